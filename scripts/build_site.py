"""Build the course website (Italian and French) from the stored notebook outputs.

    python scripts/build_site.py            # -> _site/ (open _site/index.html through a local server)
    python scripts/build_site.py --no-pdf   # skip the printable handouts

What it does, with the tools that do each part:

* **Jupyter Book 1** (Sphinx, myst-nb, sphinx-book-theme) builds one book per language with
  execution off: the pages show the outputs stored in the notebooks. Navigation, previous /
  next, the search index and the interface words (Sphinx's Italian and French translations)
  come from the tool.
* **Offline**: MathJax 3 is taken from the npm registry at build time (``npm pack``, cached in
  ``.cache/site``) and served from the site; no page loads anything from another host.
* **Alt text**: every stored figure keeps the alt text the notebook stored with it.
* **Sliders without a kernel**: every demo cell's output is replaced by frames precomputed
  here with the same demo code (``course_lib.demos``) over every position of the demo's main
  slider, and a range input that swaps them (``site_assets/course-sliders.js``). With
  JavaScript off, the default frame shows.
* **Handouts**: each lesson page is printed to PDF by Debian's Chromium (headless), linked
  from the page; skipped with a message when Chromium is not installed.

The last line printed gives the build time and the site's size.
"""
from __future__ import annotations

import argparse
import copy
import functools
import hashlib
import html
import http.server
import io
import json
import re
import shutil
import subprocess
import sys
import tarfile
import threading
import time
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
import course_lib as cl  # noqa: E402
from course_lib import demos as course_demos  # noqa: E402
from course_lib.i18n import number, t  # noqa: E402

MATHJAX_VERSION = "3.2.2"
LANGS = ("it", "fr")
OTHER = {"it": "fr", "fr": "it"}
DEMO_CALL = re.compile(r"cl\.demos\.(\w+)\(")
#: data files a lesson uses, recognised by the loader its code calls
LOADER_CARDS = {
    "load_bank_counts": "bank_full_campaign_counts",
    "load_spam_share": "spam_share_verified",
    "load_tv_caps": "tv_ad_caps_it",
    "load_bank_relationship": "bank_full_relationship_counts",
}
MAX_FRAMES = 41  # per demo: every position of the main slider, up to this many


# ---------------------------------------------------------------------------------------------
# assets
# ---------------------------------------------------------------------------------------------
def mathjax_dir(cache: Path) -> Path:
    """MathJax's es5 folder, from the npm registry (cached)."""
    target = cache / f"mathjax-{MATHJAX_VERSION}"
    if (target / "tex-chtml.js").is_file():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    out = subprocess.run(["npm", "pack", f"mathjax@{MATHJAX_VERSION}", "--silent"], cwd=cache,
                         capture_output=True, text=True, check=True)
    tgz = cache / out.stdout.strip().splitlines()[-1]
    with tarfile.open(tgz) as tar:
        members = [m for m in tar.getmembers() if m.name.startswith("package/es5/")]
        tar.extractall(cache / "unpack", members=members, filter="data")
    shutil.rmtree(target, ignore_errors=True)
    es5 = cache / "unpack" / "package" / "es5"
    target.mkdir(parents=True)
    # the combined TeX-to-HTML component, its fonts, and what it may load lazily (menu, a11y)
    shutil.copy2(es5 / "tex-chtml.js", target / "tex-chtml.js")
    for sub in ("output/chtml/fonts/woff-v2", "input/tex/extensions", "ui", "a11y"):
        shutil.copytree(es5 / sub, target / sub)
    shutil.rmtree(cache / "unpack")
    tgz.unlink()
    return target


# ---------------------------------------------------------------------------------------------
# notebooks -> book pages
# ---------------------------------------------------------------------------------------------
def lesson_files(lang: str) -> dict[str, Path]:
    out = {}
    for p in sorted((REPO / "notebooks" / lang).glob("*.ipynb")):
        out[p.name[:2]] = p
    return out


def png_bytes(output) -> bytes | None:
    import base64

    data = output.get("data", {}).get("image/png")
    return base64.b64decode(data) if data else None


def shrink_png(png: bytes) -> bytes:
    """A palette PNG (256 colours) of the frame: flat-coloured charts lose nothing visible."""
    from PIL import Image

    im = Image.open(io.BytesIO(png)).convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE)
    buf = io.BytesIO()
    im.save(buf, format="PNG", optimize=True)
    return buf.getvalue() if len(buf.getvalue()) < len(png) else png


def demo_frames(call: str, lang: str, projector: bool, static_dir: Path, cache: dict) -> str:
    """Precompute the frames of the demo built by ``call``; return the HTML that shows them."""
    key = (call, lang, projector)
    if key in cache:
        return cache[key]
    cl.set_language(lang)
    cl.use_projector_style(projector)
    try:
        demo = eval(call, {"cl": cl})  # the notebook's own call, e.g. cl.demos.attention_demo()
    finally:
        cl.use_projector_style(False)
    if not isinstance(demo, course_demos.Demo):
        raise ValueError(f"{call!r} does not build a course demo")
    spec = demo.specs[0]
    n = int(round((spec.high - spec.low) / spec.step)) + 1
    values = [spec.low + i * spec.step for i in range(n)]
    if n > MAX_FRAMES:
        stride = -(-n // MAX_FRAMES)
        values = values[::stride]
        if values[-1] != spec.high:
            values.append(spec.high)
    values = [int(round(v)) if spec.integer else round(v, 10) for v in values]
    default_index = min(range(len(values)), key=lambda i: abs(values[i] - spec.default))
    label = t(spec.label, lang)
    folder = static_dir / "frames" / hashlib.sha1(repr(key).encode()).hexdigest()[:10]
    folder.mkdir(parents=True, exist_ok=True)
    base_alt = t("demo.static_alt", lang, title=demo.title.replace("\n", " "))
    srcs, labels, alts = [], [], []
    for i, v in enumerate(values):
        demo.set(**{spec.name: v})
        png = shrink_png(demo.frame())
        (folder / f"{i:02d}.png").write_bytes(png)
        shown = str(v) if spec.integer else number(v, int(spec.fmt.strip(".f") or 2))
        srcs.append(f"_static/frames/{folder.name}/{i:02d}.png")
        labels.append(shown)
        alts.append(t("site.frame_alt", lang, alt=base_alt, label=label, value=shown))
    esc = functools.partial(html.escape, quote=True)
    markup = (
        f'<div class="course-demo" data-frames="{esc(json.dumps(srcs))}" data-labels="{esc(json.dumps(labels))}" '
        f'data-alts="{esc(json.dumps(alts, ensure_ascii=False))}">\n'
        f'<img class="course-demo-frame" src="{srcs[default_index]}" alt="{esc(alts[default_index])}">\n'
        f'<label><span>{esc(label)}</span>'
        f'<input type="range" min="0" max="{len(values) - 1}" step="1" value="{default_index}" disabled '
        f'aria-label="{esc(label)}" aria-valuetext="{esc(labels[default_index])}">'
        f'<output>{esc(labels[default_index])}</output></label>\n'
        f'<p class="course-demo-note">{esc(t("site.demo_note", lang, label=label))}</p>\n</div>'
    )
    cache[key] = markup
    return markup


@functools.lru_cache(maxsize=1)
def favicon() -> bytes:
    """A small icon in the course's two colours (no request for a missing /favicon.ico)."""
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", (32, 32), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.rectangle([2, 6, 15, 26], fill=(213, 94, 0, 255))   # interruption (Okabe-Ito vermillion)
    d.rectangle([17, 6, 30, 26], fill=(0, 114, 178, 255))  # permission (Okabe-Ito blue)
    buf = io.BytesIO()
    im.save(buf, format="PNG")
    return buf.getvalue()


def page_name(path: Path) -> str:
    return path.stem


def prepare_notebook(path: Path, lang: str, pairs: dict, static_dir: Path, frame_cache: dict,
                     with_pdf: bool) -> nbformat.NotebookNode:
    nb = nbformat.read(path, as_version=4)
    nb = copy.deepcopy(nb)
    nn = path.name[:2]
    other = OTHER[lang]
    projector = any("use_projector_style()" in c.source for c in nb.cells if c.cell_type == "code")
    header = [f'<p class="course-lang-switch"><a href="../{other}/{page_name(pairs[other][nn])}.html" '
              f'hreflang="{other}" lang="{other}">{t("site.other_language", lang)}</a></p>']
    if with_pdf and nn not in ("00",):
        header.append(f'<p class="course-handout"><a href="pdf/{page_name(path)}.pdf">'
                      f'{t("site.handout", lang)}</a></p>')
    # data cards of the data this lesson loads
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    cards = [card for loader, card in LOADER_CARDS.items()
             if loader + "(" in code and (REPO / "data" / f"{card}.md").is_file()]
    if "load_tv_caps" in code and (REPO / "data" / "tv_ad_caps_fr.md").is_file():
        cards.append("tv_ad_caps_fr")
    first = nb.cells[0]
    title, _, rest = first.source.partition("\n")
    extra = ""
    if cards:
        links = ", ".join(f"[{c}](data/{c}.md)" for c in cards)
        extra = "\n\n" + t("site.data_used", lang, cards=links)
    first.source = title + "\n\n" + "\n".join(header) + "\n" + rest + extra
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if cell.metadata.get("jupyter", {}).get("source_hidden"):
            cell.metadata.setdefault("tags", []).append("remove-input")
        m = DEMO_CALL.search(cell.source)
        is_demo = m and any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in cell.outputs)
        if is_demo:
            call = cell.source.strip().splitlines()[-1].strip()
            markup = demo_frames(call, lang, projector, static_dir, frame_cache)
            cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": markup})]
            continue
        kept = []
        for out in cell.outputs:
            data = out.get("data", {})
            data.pop("application/vnd.jupyter.widget-view+json", None)
            if "image/png" in data:
                alt = (out.get("metadata", {}).get("image/png") or {}).get("alt", "")
                cell.metadata.setdefault("mystnb", {}).setdefault("image", {})["alt"] = alt
            kept.append(out)
        cell.outputs = kept
    nb.metadata.pop("widgets", None)
    return nb


def glossary_page(lang: str) -> str:
    gl = cl.datasets.load_glossary()
    lines = [f"# {t('site.glossary', lang)}", "", t("site.glossary_intro", lang), ""]
    for _, row in gl.sort_values(lang, key=lambda s: s.str.lower()).iterrows():
        name = row[lang].split(";")[0].strip()
        lines.append(f"**{name}** ({t('site.english', lang)}: *{row['en']}*)  ")
        lines.append(f"{row['def_' + lang]}")
        lines.append("")
    return "\n".join(lines)


def data_page(lang: str, cards: list[str]) -> str:
    lines = [f"# {t('site.data', lang)}", "", t("site.data_intro", lang), ""]
    lines += [f"- [{c}](data/{c}.md)" for c in cards]
    return "\n".join(lines) + "\n"


def write_book(lang: str, src: Path, pairs: dict, mathjax: Path, with_pdf: bool, frame_cache: dict) -> list[str]:
    shutil.rmtree(src, ignore_errors=True)
    (src / "_static").mkdir(parents=True)
    for asset in (REPO / "scripts" / "site_assets").iterdir():
        shutil.copy2(asset, src / "_static" / asset.name)
    shutil.copytree(mathjax, src / "_extra" / "mathjax")
    (src / "_extra" / "favicon.png").write_bytes(favicon())
    pages = []
    for nn, path in pairs[lang].items():
        nb = prepare_notebook(path, lang, pairs, src / "_static", frame_cache, with_pdf)
        nbformat.write(nb, src / path.name)
        pages.append(path.stem)
    (src / "data").mkdir()
    cards = sorted(p.stem for p in (REPO / "data").glob("*.md"))
    for c in cards:
        text = (REPO / "data" / f"{c}.md").read_text(encoding="utf-8")
        (src / "data" / f"{c}.md").write_text(text, encoding="utf-8")
    glossary = {"it": "glossario", "fr": "glossaire"}[lang]
    data = {"it": "dati", "fr": "donnees"}[lang]
    (src / f"{glossary}.md").write_text(glossary_page(lang), encoding="utf-8")
    (src / f"{data}.md").write_text(data_page(lang, cards), encoding="utf-8")
    toc = {"format": "jb-book", "root": pages[0],
           "chapters": [{"file": p} for p in pages[1:]] + [{"file": glossary}]
           + [{"file": data, "sections": [{"file": f"data/{c}"} for c in cards]}]}
    (src / "_toc.yml").write_text(json.dumps(toc, ensure_ascii=False, indent=1), encoding="utf-8")
    config = {
        "title": t("site.title", lang),
        "author": "",
        "copyright": "",
        "only_build_toc_files": True,
        "execute": {"execute_notebooks": "off"},
        "html": {"home_page_in_navbar": True, "use_download_button": False},
        "parse": {"myst_enable_extensions": ["dollarmath", "amsmath", "colon_fence", "html_image"]},
        "sphinx": {"config": {
            "language": lang,
            "mathjax_path": "../mathjax/tex-chtml.js",
            "html_extra_path": ["_extra"],
            "nb_ipywidgets_js": {},
            "html_show_copyright": False,
            "html_context": {"default_mode": "light"},
            "html_favicon": "_extra/favicon.png",
            "html_show_sphinx": False,
            "html_copy_source": False,
            "html_show_sourcelink": False,
            "html_theme_options": {"search_bar_text": t("site.search", lang), "use_download_button": False,
                                   "use_fullscreen_button": False},
            "suppress_warnings": ["mystnb.unknown_mime_type", "myst.header"],
        }},
    }
    (src / "_config.yml").write_text(json.dumps(config, ensure_ascii=False, indent=1), encoding="utf-8")
    return pages


def build_book(src: Path, out: Path) -> None:
    # a fresh build every time: Sphinx would otherwise keep the pages of lessons that were renamed
    shutil.rmtree(src.parent / (src.name + "-build"), ignore_errors=True)
    jb = Path(sys.executable).with_name("jupyter-book")
    cmd = [str(jb) if jb.exists() else "jupyter-book", "build", str(src), "--path-output", str(src.parent / (src.name + "-build"))]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.stderr.write(res.stdout[-4000:] + res.stderr[-4000:])
        raise SystemExit(f"jupyter-book failed for {src}")
    html_dir = src.parent / (src.name + "-build") / "_build" / "html"
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(html_dir, out, ignore=shutil.ignore_patterns("_sources", ".buildinfo", ".doctrees"))


# ---------------------------------------------------------------------------------------------
# handouts
# ---------------------------------------------------------------------------------------------
class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # noqa: D401 - silence the access log
        pass


def serve(root: Path):
    handler = functools.partial(_Quiet, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def print_handouts(site: Path, pages: dict[str, list[str]], tmp: Path) -> int:
    """Print every lesson page to PDF with Debian's Chromium (one browser, driven by Playwright)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("handouts skipped: Debian's chromium is not installed (apt-get install chromium)")
        return 0
    from playwright.sync_api import sync_playwright

    httpd = serve(site)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    done = 0
    profile = tmp / "chromium-handouts"
    shutil.rmtree(profile, ignore_errors=True)
    try:
        with sync_playwright() as p:
            ctx = p.chromium.launch_persistent_context(
                str(profile), executable_path=chromium, headless=True,
                args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                      "--disable-component-update", "--disable-sync"])
            # the site is self-contained: nothing may leave it, even while printing
            ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith(base) else r.abort())
            page = ctx.new_page()
            for lang, names in pages.items():
                (site / lang / "pdf").mkdir(exist_ok=True)
                for name in names:
                    if name.startswith("00"):
                        continue
                    page.goto(f"{base}/{lang}/{name}.html", wait_until="load")
                    page.wait_for_function("() => !window.MathJax || !window.MathJax.startup || "
                                           "window.MathJax.startup.promise.then(() => true)", timeout=30_000)
                    page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
                    page.emulate_media(media="print")
                    target = site / lang / "pdf" / f"{name}.pdf"
                    page.pdf(path=str(target), format="A4", print_background=False,
                             margin={"top": "15mm", "bottom": "15mm", "left": "14mm", "right": "14mm"})
                    page.emulate_media(media="screen")
                    done += target.is_file() and target.stat().st_size > 0
            ctx.close()
    finally:
        httpd.shutdown()
        shutil.rmtree(profile, ignore_errors=True)
    return done


def index_page(pairs: dict) -> str:
    links = "\n".join(
        f'<li><a href="{lang}/{pairs[lang]["00"].stem}.html" hreflang="{lang}" lang="{lang}">'
        f'{html.escape(t("site.title", lang))}</a></li>' for lang in LANGS)
    return ("<!DOCTYPE html>\n<html lang=\"it\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<link rel=\"icon\" href=\"favicon.ico\">"
            f"<title>{html.escape(t('site.title', 'it'))} · {html.escape(t('site.title', 'fr'))}</title>"
            "<style>body{font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;font-size:1.2rem}"
            "li{margin:1rem 0}</style></head><body>"
            f"<h1>{html.escape(t('site.choose', 'it'))} · {html.escape(t('site.choose', 'fr'))}</h1>"
            f"<ul>{links}</ul></body></html>\n")


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(REPO / "_site"), help="output folder (default: _site)")
    ap.add_argument("--work", default=str(REPO / ".cache" / "site"), help="cache and build folder")
    ap.add_argument("--no-pdf", action="store_true", help="skip the printable handouts")
    args = ap.parse_args(argv)
    start = time.perf_counter()
    out, work = Path(args.out).resolve(), Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    mathjax = mathjax_dir(work)
    pairs = {lang: lesson_files(lang) for lang in LANGS}
    if set(pairs["it"]) != set(pairs["fr"]):
        raise SystemExit("notebooks/it and notebooks/fr must hold the same lessons")
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    pages, frame_cache = {}, {}
    for lang in LANGS:
        src = work / f"book-{lang}"
        pages[lang] = write_book(lang, src, pairs, mathjax, not args.no_pdf, frame_cache)
        build_book(src, out / lang)
    (out / "index.html").write_text(index_page(pairs), encoding="utf-8")
    (out / "favicon.ico").write_bytes(favicon())
    cl.set_language("it")
    handouts = 0 if args.no_pdf else print_handouts(out, pages, work)
    elapsed = time.perf_counter() - start
    n_pages = sum(len(p) for p in pages.values())
    print(f"site built in {elapsed:.1f} s: {n_pages} lesson pages, {handouts} handouts, "
          f"{dir_size(out) / 1e6:.1f} MB in {out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

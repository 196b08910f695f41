"""The course website (scripts/build_site.py) in a real browser, offline.

Builds the site once from the stored notebooks, serves it on 127.0.0.1 and, in Debian's
Chromium driven by Playwright with every request outside the site blocked, loads every page of
both languages. Skips with a reason when chromium is missing, except in CI
(COURSE_REQUIRE_BROWSER=1), where it fails instead.
"""
import csv
import functools
import http.server
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
from browser_utils import launch, require_chromium  # noqa: E402
LANGS = ("it", "fr")

pytestmark = [pytest.mark.browser, pytest.mark.slow]



class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    require_chromium()
    out = tmp_path_factory.mktemp("site")
    work = ROOT / ".cache" / "site-test"
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_site.py"), "--out", str(out),
                          "--work", str(work)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    last = res.stdout.strip().splitlines()[-1]
    assert re.match(r"site built in [\d.]+ s: \d+ lesson pages, \d+ handouts, [\d.]+ MB", last), last
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(out)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield out, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser(site, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    out, base = site
    outside = []
    with sync_playwright() as p:
        ctx = launch(p, tmp_path_factory.mktemp("chromium-profile"), allow=None)  # its own route, below

        def route(r):
            if r.request.url.startswith(base):
                r.continue_()
            else:
                outside.append(r.request.url)
                r.abort()

        ctx.route("**/*", route)
        yield ctx, base, outside
        ctx.close()


def _pages(out: Path, lang: str) -> list[str]:
    return sorted(p.relative_to(out / lang).as_posix() for p in (out / lang).rglob("*.html")
                  if p.name not in ("search.html", "genindex.html") and "_static" not in p.parts)


def _open(ctx, url):
    page = ctx.new_page()
    problems = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("requestfailed", lambda r: problems.append(f"failed request {r.url}"))
    page.on("response", lambda r: problems.append(f"HTTP {r.status} {r.url}") if r.status >= 400 else None)
    page.goto(url, wait_until="load")
    page.wait_for_function("() => !window.MathJax || !window.MathJax.startup || "
                           "window.MathJax.startup.promise.then(() => true)", timeout=30_000)
    page.wait_for_timeout(200)
    return page, problems


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_loads_offline_with_figures_alt_text_and_rendered_equations(site, browser, lang):
    out, _ = site
    ctx, base, outside = browser
    pages = _pages(out, lang)
    assert len(pages) >= 12, pages
    for name in pages:
        page, problems = _open(ctx, f"{base}/{lang}/{name}")
        assert not problems, f"{lang}/{name}: {problems[:5]}"
        images = page.eval_on_selector_all(
            "article img", "els => els.map(e => [e.currentSrc, e.naturalWidth, e.getAttribute('alt') || ''])")
        for src, width, alt in images:
            assert width > 0, f"{lang}/{name}: image {src} did not load"
            assert alt.strip() and "No description" not in alt, f"{lang}/{name}: image {src} has no alt text"
        text = page.eval_on_selector(
            "article", "el => { const c = el.cloneNode(true); c.querySelectorAll('pre, code, mjx-container')"
                       ".forEach(x => x.remove()); return c.innerText; }")
        assert "$" not in text, f"{lang}/{name}: raw TeX left: {text[text.index('$') - 40:text.index('$') + 40]!r}"
        if name[:2].isdigit() and name[:2] not in ("00",):
            assert images, f"{lang}/{name}: a lesson page shows its figures"
            href = page.get_attribute(".course-handout a", "href")
            assert href and (out / lang / href).is_file(), f"{lang}/{name}: no printable handout"
        page.close()
    assert not outside, f"requests leaving the site: {outside[:5]}"


@pytest.mark.parametrize("lang", LANGS)
def test_language_switch_leads_to_the_pair(site, browser, lang):
    out, _ = site
    ctx, base, _ = browser
    other = "fr" if lang == "it" else "it"
    lessons = [p for p in _pages(out, lang) if p[:2].isdigit()]
    assert len(lessons) >= 10
    for name in lessons:  # every page: its switch points to the page of the same lesson in the other language
        html = (out / lang / name).read_text(encoding="utf-8")
        m = re.search(r'<p class="course-lang-switch"><a href="\.\./(\w\w)/([^"]+)"', html)
        assert m, f"{lang}/{name}: no language switch"
        assert m.group(1) == other and m.group(2)[:2] == name[:2], f"{lang}/{name} -> {m.group(0)}"
        target = (out / other / m.group(2)).read_text(encoding="utf-8")
        assert f'lang="{other}"' in target[:500], f"{other}/{m.group(2)} is not a {other} page"
    # and clicking it in the browser really goes there
    page, _ = _open(ctx, f"{base}/{lang}/{lessons[1]}")
    page.click(".course-lang-switch a")
    page.wait_for_load_state("load")
    target = page.url.rsplit("/", 2)
    assert target[-2] == other and target[-1][:2] == lessons[1][:2], page.url
    assert page.evaluate("document.documentElement.lang").startswith(other)
    page.close()


@pytest.mark.parametrize("lang", LANGS)
def test_every_demo_moves_without_a_kernel(site, browser, lang):
    out, _ = site
    ctx, base, _ = browser
    seen = 0
    for name in _pages(out, lang):
        if "course-demo" not in (out / lang / name).read_text(encoding="utf-8"):
            continue
        page, problems = _open(ctx, f"{base}/{lang}/{name}")
        for i in range(page.locator(".course-demo").count()):
            demo = page.locator(".course-demo").nth(i)
            img, value = demo.locator("img"), demo.locator("output")
            before = (img.get_attribute("src"), value.inner_text())
            slider = demo.locator("input[type=range]")
            assert slider.is_enabled(), f"{lang}/{name}: demo {i} is not live"
            at_end = slider.input_value() == slider.get_attribute("max")
            slider.focus()
            page.keyboard.press("ArrowLeft" if at_end else "ArrowRight")
            page.wait_for_function("([el, src]) => el.getAttribute('src') !== src",
                                   arg=[img.element_handle(), before[0]], timeout=5000)
            after = (img.get_attribute("src"), value.inner_text())
            assert after[0] != before[0] and after[1] != before[1], f"{lang}/{name}: demo {i} did not change"
            assert page.evaluate("el => el.complete && el.naturalWidth > 0", img.element_handle())
            seen += 1
        assert not problems, f"{lang}/{name}: {problems[:5]}"
        page.close()
    assert seen >= 4, f"only {seen} demos found in {lang}"


@pytest.mark.parametrize("lang", LANGS)
def test_search_finds_a_glossary_term(site, browser, lang):
    ctx, base, _ = browser
    with open(ROOT / "data" / "glossary.csv", newline="", encoding="utf-8") as f:
        rows = {r["key"]: r for r in csv.DictReader(f)}
    word = {"it": "affollamento", "fr": "encombrement"}[lang]
    assert any(word in r[lang].lower() or word in r[f"def_{lang}"].lower() for r in rows.values()), word
    page, problems = _open(ctx, f"{base}/{lang}/search.html?q={word}")
    page.wait_for_selector("#search-results li", timeout=15_000)
    links = page.eval_on_selector_all("#search-results li a", "els => els.map(e => e.getAttribute('href'))")
    glossary = {"it": "glossario", "fr": "glossaire"}[lang]
    assert any(glossary in (h or "") for h in links), f"{word!r}: {links[:10]}"
    assert not problems, problems[:5]
    page.close()

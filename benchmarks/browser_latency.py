"""Key-to-paint latency of the slider demos in a real browser (a script, not a test).

Starts Voilà and JupyterLab on 127.0.0.1 (free ports, no token, a temporary notebook with every
demo of ``course_lib.demos.DEMOS`` in projector style, as the gallery shows them, and one ipympl
figure of the same pixel size as the reference), drives Debian's Chromium with Playwright
(headless, ``--no-sandbox``, a fresh profile, every request off 127.0.0.1 blocked), focuses a
demo's first slider and presses ArrowRight/ArrowLeft, one press at a time (sweeping so that the
value always changes). Everything is measured **inside the page**: from the keydown event
(capture listener) to the new frame painted, that is

* course demos: a MutationObserver sees the SVG layer's content replaced, then the next
  ``requestAnimationFrame`` (there is nothing to decode); for an older checkout whose overlay is an
  ``<img>`` (``--course-root``): its new ``src``, then ``img.decode()``, then the next frame;
* ipympl: the figure's ``<canvas>`` receives the new image (``drawImage``), then the next
  ``requestAnimationFrame``.

Before the single presses, a burst check presses ArrowRight several times without waiting: it
counts the frames the page receives (the slider's messages are coalesced: fewer frames than
presses), the time from the last keydown to the last frame painted, compares the last frame's
pixels with the overlay drawn here for the slider's final value (never a stale frame), and
compares a screenshot of the chart (both layers as Chromium composites them) with the whole
frame drawn here (when the chart is shown at its own size).

    python benchmarks/browser_latency.py [--presses 60] [--demos attention,burst] [--measure attention] [--separate]
        [--frontends voila,lab] [--burst 10] [--normal-style] [--screenshots DIR]
        [--course-root OTHER_CHECKOUT] [--keep]

Prints one line per demo and front end:
    <demo> <frontend> e2e_median_ms=… e2e_p95_ms=… frame_kb=… (then where the time goes:
    to the page, decode, to paint; the kernel's handler time; CPU per press of kernel and
    browser; the page's main-thread work; and the burst check)
and one per front end for the ipympl reference (the attention view drawn by ipympl):
    ipympl <frontend> e2e_median_ms=… e2e_p95_ms=… speedup_<demo>=…
``--course-root`` measures another checkout's course_lib (e.g. the version before a change) in
the same conditions. The load average is printed at the start and the end: on 2 cores shared
with other work, the figures depend on it.
Goal (issue 12): median <= 30 ms, p95 <= 50 ms on 2 cores, >= 2.5x faster than ipympl, frames <= 40 kB.
"""
from __future__ import annotations

import argparse
import base64
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]

#: in-page instrumentation, installed before any page script runs
INIT_JS = r"""
(() => {
  const S = window.__bench = {t0: null, pending: false, lat: [], parts: [], frames: 0, last: null, watched: null,
                              waiters: []};
  // resolves when more than n presses have been measured (false after ms): no polling from outside
  S.waitFor = (n, ms) => new Promise((resolve) => {
    if (S.lat.length > n) return resolve(true);
    S.waiters.push(() => resolve(S.lat.length > n));
    setTimeout(() => resolve(S.lat.length > n), ms);
  });
  document.addEventListener('keydown', () => {
    S.t0 = performance.now(); S.pending = true; S.tSend = null; S.tWs = null;
  }, true);
  // where the time goes: the slider's message leaves (first send after the key), a large binary
  // message (the frame) arrives on a websocket
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (d) {
    if (S.pending && S.tSend === null) S.tSend = performance.now();
    return send.call(this, d);
  };
  const WS = window.WebSocket;
  window.WebSocket = class extends WS {
    constructor(...a) {
      super(...a);
      this.addEventListener('message', (e) => {
        const n = e.data.byteLength || e.data.size || 0;
        if (S.pending && S.tWs === null && n > 1500) S.tWs = performance.now();
      });
    }
  };
  // tArrive: the frame reached the page (new src / image drawn); tDecoded: decoded
  const painted = (tArrive, tDecoded) => requestAnimationFrame(() => {
    S.frames += 1;
    const now = performance.now();
    if (S.pending) {
      S.lat.push(now - S.t0);
      S.parts.push([tArrive - S.t0, tDecoded - tArrive, now - tDecoded,
                    (S.tSend ?? NaN) - S.t0, (S.tWs ?? NaN) - (S.tSend ?? NaN), tArrive - (S.tWs ?? NaN)]);
      S.pending = false;
      const w = S.waiters; S.waiters = []; w.forEach((f) => f());
    }
    S.last = now;
  });
  // the demos' frames: the overlay layer (an SVG in an HTML widget; in older versions of the course
  // an <img>: the overlay image, or before the layers the one image)
  S.frameSelector = () => document.querySelector('.course-frame') ? '.course-frame' : 'img.widget-image';
  S.frameImgs = () => document.querySelectorAll(S.frameSelector());
  // the SVG layer: its content is replaced -> next animation frame (nothing to decode)
  S.watchSvg = (el) => {
    S.observer = new MutationObserver(() => {
      const t = performance.now();
      painted(t, t);
      S.lastSize = new TextEncoder().encode(el.querySelector('.widget-html-content').innerHTML).length;
    });
    S.observer.observe(el, {childList: true, subtree: true});
  };
  // course demos: the watched overlay <img> gets a new src -> decoded -> next animation frame
  S.watch = (img) => {
    if (S.observer) S.observer.disconnect();
    S.watched = img;
    if (img.tagName !== 'IMG') return S.watchSvg(img);
    S.observer = new MutationObserver(() => {
      const src = img.src, tArrive = performance.now();
      img.decode().then(() => {
        if (img.src !== src) return;  // superseded by a newer frame before it was decoded
        painted(tArrive, performance.now());
        fetch(src).then(r => r.blob()).then(b => { S.lastSize = b.size; }).catch(() => {});
      }).catch(() => {});
    });
    S.observer.observe(img, {attributes: true, attributeFilter: ['src']});
  };
  // ipympl: the figure's on-screen canvas receives the new (decoded) image from its offscreen canvas
  const draw = CanvasRenderingContext2D.prototype.drawImage;
  CanvasRenderingContext2D.prototype.drawImage = function (...args) {
    const r = draw.apply(this, args);
    if (S.watchCanvas && this.canvas.isConnected && S.watchCanvas.contains(this.canvas)) {
      const now = performance.now(); painted(now, now);
    }
    return r;
  };
})();
"""


#: in the kernel: log, for every comm message, how long after the browser sent it the handler
#: started and how long the handler took (the slider's observer draws and sends the frame inside it)
KERNEL_LOG = """
import datetime as _dt, os as _os, time as _time
_k = get_ipython().kernel
_orig = _k.shell_handlers['comm_msg']
_log = open(_os.environ['COURSE_BENCH_KERNEL_LOG'], 'a')
def _timed(*args, **kw):
    msg = args[-1]
    sent = msg['header'].get('date')
    t0 = _time.time()
    try:
        return _orig(*args, **kw)
    finally:
        t1 = _time.time()
        if isinstance(sent, str):
            sent = _dt.datetime.fromisoformat(sent.replace('Z', '+00:00'))
        lag = (t0 - sent.timestamp()) * 1e3 if sent else float('nan')
        _log.write(f"{lag:.1f} {(t1 - t0) * 1e3:.1f}\\n"); _log.flush()
_k.shell_handlers['comm_msg'] = _timed
"""


def kernel_log_stats(path: Path) -> str:
    """Median delay browser -> kernel handler, and median handler time, since the last call."""
    if not path.exists():
        return ""
    text = path.read_text()
    for line in text.splitlines():
        if line.startswith("#"):
            print(line, flush=True)
    rows = [line.split() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    path.write_text("")
    if not rows:
        return ""
    a = np.asarray(rows, dtype=float)
    return f"kernel_lag_ms={np.nanmedian(a[:, 0]):.1f} kernel_handler_ms={np.nanmedian(a[:, 1]):.1f}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def notebook(demos: list[str], projector: bool, ipympl_demo: str) -> dict:
    """One notebook: every demo, then an ipympl figure drawing the same view at the same size."""
    def code(src):
        return {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": src}

    cells = [code("import course_lib as cl\ncl.set_language('it')\n"
                  f"cl.use_projector_style({projector})\n" + KERNEL_LOG)]
    cells += [code(f"cl.demos.DEMOS[{name!r}]()") for name in demos]
    cells.append(code(f"""%matplotlib widget
import ipywidgets as widgets
import matplotlib.pyplot as plt
from course_lib.style import course_style, rc
# the reference: the same view drawn by ipympl, updated with set_data (inside view.update) + draw_idle
ref = cl.demos.DEMOS[{ipympl_demo!r}]()
plt.ioff()
with course_style():
    fig = plt.figure(figsize=rc()['figure.figsize'], dpi=rc()['figure.dpi'], layout='constrained')
    view = ref.view_cls(fig.add_subplot())
view.update(**ref.params())
fig.canvas.header_visible = fig.canvas.footer_visible = fig.canvas.toolbar_visible = False
fig.canvas.resizable = False
spec = ref.specs[0]
mpl_slider = spec.make()
def _move(change):
    view.update(**{{**ref.params(), spec.name: change['new']}})
    fig.canvas.draw_idle()
mpl_slider.observe(_move, names='value')
box = widgets.VBox([mpl_slider, fig.canvas])
box.add_class('bench-ipympl')
box"""))
    return {"cells": cells, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                        "language": "python"}},
            "nbformat": 4, "nbformat_minor": 5}


class Server:
    """A Voilà or JupyterLab server on a free port; stop() ends it and any kernel it left."""

    def __init__(self, kind: str, workdir: Path, nb_name: str, course_root: Path = ROOT):
        import psutil

        self.psutil = psutil
        self.kind, self.port = kind, free_port()
        env = {**os.environ, "PYTHONPATH": str(course_root) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               "JUPYTER_CONFIG_DIR": str(workdir / f"config-{kind}"), "MPLBACKEND": "Agg",
               "COURSE_BENCH_KERNEL_LOG": str(workdir / f"kernel-{kind}.log")}
        common = [f"--port={self.port}", "--no-browser"]
        if kind == "voila":
            cmd = [sys.executable, "-m", "voila", str(workdir / nb_name), *common, "--Voila.ip=127.0.0.1",
                   "--VoilaExecutor.timeout=180", f"--Voila.root_dir={workdir}"]
            self.url = f"http://127.0.0.1:{self.port}/"
        else:
            cmd = [sys.executable, "-m", "jupyterlab", *common, "--ServerApp.ip=127.0.0.1",
                   "--IdentityProvider.token=", "--ServerApp.password=", "--ServerApp.disable_check_xsrf=True",
                   f"--ServerApp.root_dir={workdir}", "--LabApp.expose_app_in_browser=True",
                   f"--LabApp.user_settings_dir={workdir / 'lab-settings'}",
                   f"--LabApp.workspaces_dir={workdir / 'lab-workspaces'}", "--LabApp.news_url=",
                   "--ServerApp.open_browser=False", "--allow-root"]
            self.url = f"http://127.0.0.1:{self.port}/lab/tree/{nb_name}"
        self.log = open(workdir / f"{kind}.log", "w")
        self.proc = subprocess.Popen(cmd, cwd=workdir, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 90
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"{kind} exited: {(workdir / f'{kind}.log').read_text()[-2000:]}")
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"{kind} did not start within 90 s")

    def stop(self) -> None:
        try:
            children = self.psutil.Process(self.proc.pid).children(recursive=True)
        except self.psutil.Error:
            children = []
        if self.kind == "lab":  # shut kernels down cleanly first
            try:
                req = urllib.request.Request(f"http://127.0.0.1:{self.port}/api/shutdown", method="POST")
                urllib.request.urlopen(req, timeout=10).read()
                self.proc.wait(15)
            except Exception:
                pass
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        for child in children:  # kernels this server started and left behind, by their pid
            try:
                child.terminate()
                child.wait(5)
            except self.psutil.Error:
                pass
        self.log.close()


def launch(pw, profile: Path):
    context = pw.chromium.launch_persistent_context(
        str(profile), executable_path=shutil.which("chromium"), headless=True,
        args=["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-quic",
              "--no-first-run", "--disable-component-update", "--disable-sync"],
        viewport={"width": 1400, "height": 1000}, device_scale_factor=1,
    )

    def only_local(route):
        host = route.request.url.split("://", 1)[-1].split("/", 1)[0].split(":")[0]
        if route.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
            return route.continue_()
        return route.abort()

    context.route("**/*", only_local)
    context.add_init_script(INIT_JS)
    return context


def load_page(page, server: Server, n_demos: int) -> None:
    page.goto(server.url, timeout=180_000)
    if server.kind == "lab":
        page.wait_for_function("window.jupyterapp && document.querySelector('.jp-Notebook')", timeout=180_000)
        page.wait_for_function(
            "() => { const w = jupyterapp.shell.currentWidget;"
            " return w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel"
            " && w.sessionContext.session.kernel.status === 'idle'; }", timeout=180_000)
        page.evaluate("jupyterapp.commands.execute('notebook:run-all-cells')")
    page.wait_for_function(f"window.__bench.frameImgs().length >= {n_demos}"
                           " && document.querySelector('.bench-ipympl canvas')", timeout=300_000)
    page.wait_for_timeout(1500)


def focus_demo(page, index: int):
    """Scroll demo ``index`` into view, watch its overlay, focus its first slider's handle."""
    page.evaluate("""(i) => {
        const img = window.__bench.frameImgs()[i];
        let box = img; while (box && !box.querySelector('.noUi-handle')) box = box.parentElement;
        img.scrollIntoView({block: 'end'});
        window.__bench.watch(img); window.__bench.watchCanvas = null;
        box.querySelector('.noUi-handle').focus();
    }""", index)


def focus_ipympl(page):
    page.evaluate("""() => {
        const box = document.querySelector('.bench-ipympl');
        box.querySelector('canvas').scrollIntoView({block: 'end'});
        window.__bench.watch(document.createElement('img')); window.__bench.watchCanvas = box;
        box.querySelector('.noUi-handle').focus();
    }""")


def one_press(page, key: str, timeout_s: float) -> bool:
    """Press ``key`` and wait for the frame; False when no frame came (the slider is at its end)."""
    n = page.evaluate("window.__bench.lat.length")
    page.evaluate("window.__bench.pending = false")
    page.keyboard.press(key)
    if page.evaluate("([n, ms]) => window.__bench.waitFor(n, ms)", [n, timeout_s * 1000]):
        return True
    page.evaluate("window.__bench.pending = false")
    return False


def measure(page, presses: int, sweep: int = 8) -> tuple[list, list]:
    """``presses`` single presses, sweeping right then left ``sweep`` positions (turning at an end)."""
    page.evaluate("window.__bench.lat = []; window.__bench.parts = []")
    sizes, direction, run, misses = [], "ArrowRight", 0, 0
    while len(page.evaluate("window.__bench.lat")) < presses:
        if one_press(page, direction, 3.0):
            misses = 0
            run += 1
            page.wait_for_timeout(30)  # the frame's size is fetched after the paint
            size = page.evaluate("window.__bench.lastSize || 0")
            sizes.append(size)
            if run >= sweep:
                direction, run = ("ArrowLeft" if direction == "ArrowRight" else "ArrowRight"), 0
        else:
            misses += 1
            if misses > 2:
                raise RuntimeError("no frame after three presses in both directions")
            direction, run = ("ArrowLeft" if direction == "ArrowRight" else "ArrowRight"), 0
    return page.evaluate("window.__bench.lat"), sizes, page.evaluate("window.__bench.parts")


def burst(page, name: str, n: int, projector: bool) -> str:
    """Press ArrowRight n times without waiting; frames received, settle time, last frame correct."""
    from PIL import Image

    import course_lib as cl
    from course_lib import demos

    page.evaluate("window.__bench.frames = 0; window.__bench.pending = false")
    page.keyboard.press("ArrowLeft")  # a known state: one step left (or at the low end), settled
    page.wait_for_timeout(1500)
    page.evaluate("window.__bench.frames = 0; window.__bench.pending = false")
    t_start = page.evaluate("performance.now()")
    for _ in range(n):
        page.keyboard.press("ArrowRight")
    t_last_key = page.evaluate("window.__bench.t0")
    page.wait_for_timeout(2500)
    frames, last = page.evaluate("[window.__bench.frames, window.__bench.last]")
    settle = (last - t_last_key) if last and last > t_start else float("nan")
    is_svg = page.evaluate("window.__bench.watched.tagName !== 'IMG'")
    shown = None if is_svg else page.evaluate("""async () => {
        const r = await fetch(window.__bench.watched.src); const b = new Uint8Array(await r.arrayBuffer());
        let s = ''; for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
        return btoa(s); }""")
    readout = page.evaluate("""() => { let box = window.__bench.watched;
        while (box && !box.querySelector('.noUi-handle')) box = box.parentElement;
        return box.querySelector('.widget-readout').textContent.trim(); }""")
    cl.set_language("it")
    cl.use_projector_style(projector)
    try:
        demo = demos.DEMOS[name]()
    finally:
        cl.use_projector_style(False)
    spec = demo.specs[0]
    grid = spec.grid()
    labels = [str(g) for g in grid] if spec.integer else [o[0] for o in demo.sliders[spec.name].options]
    ok = "unknown"
    if readout in labels:
        demo.set(**{spec.name: grid[labels.index(readout)]})
        layer = getattr(demo, "overlay", None) or demo.image  # the one image of a version before the layers
        if is_svg:  # the page's SVG is the one drawn here for the final value (both parsed by the page)
            # (ids differ only by the demo's prefix: cf<k>- in the kernel and here)
            ok = str(page.evaluate("""(want) => { const d = document.createElement('div'); d.innerHTML = want;
                const got = window.__bench.watched.querySelector('.widget-html-content');
                const norm = (h) => h.replace(/cf[0-9]+-/g, 'cf-');
                return norm(d.innerHTML) === norm(got.innerHTML); }""", layer.value))
        else:
            want = np.asarray(Image.open(io.BytesIO(bytes(layer.value))).convert("RGBA")).astype(int)
            got = np.asarray(Image.open(io.BytesIO(base64.b64decode(shown))).convert("RGBA")).astype(int)
            ok = str(want.shape == got.shape and int(np.abs(want - got).max()) <= 1)
    result = f"burst_presses={n} burst_frames={frames} burst_settle_ms={settle:.0f} last_frame_matches_value={ok}"
    # the two stacked layers as the page paints them, against the whole frame drawn here
    chart = page.locator(page.evaluate("window.__bench.frameSelector()")).nth(page.evaluate(
        "[...window.__bench.frameImgs()].indexOf(window.__bench.watched)")).locator("..")
    shot = np.asarray(Image.open(io.BytesIO(chart.screenshot())).convert("RGBA")).astype(int)
    full = np.asarray(Image.open(io.BytesIO(demo.frame())).convert("RGBA")).astype(int)
    if shot.shape == full.shape:
        diff = np.abs(shot - full).max(axis=-1)
        result += f" painted_vs_frame_max_diff={diff.max()} painted_vs_frame_pixels_off={np.mean(diff > 8):.4f}"
    else:
        result += f" painted_size={shot.shape[1]}x{shot.shape[0]} (scaled: not compared)"
    if SHOTS is not None:
        Image.fromarray(shot.astype(np.uint8)).save(SHOTS / f"{name}-{page.evaluate('location.port')}.png")
    return result


SHOTS = None  # a folder for the screenshots of the painted charts (--screenshots)


def cpu_seconds(procs) -> float:
    """User + system CPU time of these processes (those that ended count as 0)."""
    import psutil

    total = 0.0
    for p in procs:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


def processes(server: Server, profile: Path) -> tuple[list, list]:
    """(the server's kernels, the browser's processes), to count the CPU time each side spends."""
    import psutil

    kernels = [c for c in psutil.Process(server.proc.pid).children(recursive=True)
               if "ipykernel" in " ".join(c.cmdline())]
    browser = []
    for p in psutil.process_iter(["cmdline"]):
        cmd = " ".join(p.info["cmdline"] or [])
        if str(profile) in cmd:
            browser += [p, *p.children(recursive=True)]
    return kernels, list({b.pid: b for b in browser}.values())


def metrics(cdp) -> dict:
    """Chromium's counters of the page's main-thread work (seconds)."""
    return {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}


def stats(lat: list) -> tuple[float, float]:
    a = np.asarray(lat, dtype=float)
    return float(np.median(a)), float(np.percentile(a, 95))


def main(argv=None) -> int:
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--course-root", type=Path, default=ROOT)
    course_root = pre.parse_known_args(argv)[0].course_root.resolve()
    sys.path.insert(0, str(course_root))  # the course_lib measured (kernels and the checks here)
    from course_lib import demos as course_demos

    parser = argparse.ArgumentParser(description="Key-to-paint latency of the slider demos in Chromium.")
    parser.add_argument("--presses", type=int, default=60, help="single presses measured per demo (>= 50)")
    parser.add_argument("--demos", default=",".join(course_demos.DEMOS), help="comma-separated demo names")
    parser.add_argument("--frontends", default="voila,lab", help="voila, lab or both")
    parser.add_argument("--burst", type=int, default=10, help="presses of the burst check (0: no burst check)")
    parser.add_argument("--separate", action="store_true",
                        help="each demo in its own notebook and server run, as a lesson shows one or two")
    parser.add_argument("--measure", default="", help="comma-separated demos to measure (default: every demo shown)")
    parser.add_argument("--ipympl-demo", default="attention", help="the view the ipympl reference draws")
    parser.add_argument("--normal-style", action="store_true", help="normal style instead of projector")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (logs)")
    parser.add_argument("--course-root", type=Path, default=ROOT,
                        help="the checkout whose course_lib is measured (e.g. an older one, to compare)")
    parser.add_argument("--screenshots", type=Path, help="save the painted chart of each demo here (after the burst)")
    args = parser.parse_args(argv)
    names = [n for n in args.demos.split(",") if n]
    unknown = [n for n in names if n not in course_demos.DEMOS]
    if unknown:
        parser.error(f"unknown demo(s) {unknown}; known: {sorted(course_demos.DEMOS)}")
    if not shutil.which("chromium"):
        print("Debian's chromium is required (apt-get install chromium)", file=sys.stderr)
        return 2
    projector = not args.normal_style
    global SHOTS
    if args.screenshots:
        SHOTS = args.screenshots
        SHOTS.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    # one notebook with every demo (as the gallery), or each demo in its own notebook (as a lesson)
    for group in ([[n] for n in names] if args.separate else [names]):
        workdir = Path(tempfile.mkdtemp(prefix="course-latency-"))
        nb_name = "latency.ipynb"
        (workdir / nb_name).write_text(json.dumps(notebook(group, projector, args.ipympl_demo)))
        print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} course_lib={course_demos.__file__} "
              f"load={os.getloadavg()[0]:.2f} "
              f"nproc={os.cpu_count()} presses={args.presses} style={'projector' if projector else 'normal'}",
              flush=True)
        try:
            with sync_playwright() as pw:
                for frontend in [f for f in args.frontends.split(",") if f]:
                    server = Server(frontend, workdir, nb_name, course_root)
                    context = launch(pw, workdir / f"profile-{frontend}")
                    try:
                        page = context.pages[0] if context.pages else context.new_page()
                        load_page(page, server, len(group))
                        cdp = context.new_cdp_session(page)
                        cdp.send("Performance.enable")
                        results = {}
                        measured = [n for n in args.measure.split(",") if n] or group
                        for i, name in enumerate(group):
                            if name not in measured:
                                continue
                            focus_demo(page, i)
                            page.wait_for_timeout(300)
                            extra = burst(page, name, args.burst, projector) if args.burst else ""
                            focus_demo(page, i)
                            kernel_log_stats(workdir / f"kernel-{frontend}.log")
                            kernels, browser = processes(server, workdir / f"profile-{frontend}")
                            cpu0 = cpu_seconds(kernels), cpu_seconds(browser)
                            m0 = metrics(cdp)
                            lat, sizes, parts = measure(page, args.presses)
                            m1 = metrics(cdp)
                            work = " ".join(f"page_{k}_ms={(m1[k] - m0[k]) * 1e3 / len(lat):.1f}"
                                            for k in ("ScriptDuration", "LayoutDuration", "RecalcStyleDuration",
                                                      "TaskDuration"))
                            cpu = [(cpu_seconds(k) - c) * 1e3 / len(lat) for k, c in zip((kernels, browser), cpu0)]
                            klog = kernel_log_stats(workdir / f"kernel-{frontend}.log")
                            med, p95 = stats(lat)
                            arrive, decode, paint, key_send, send_ws, ws_src = np.nanmedian(np.asarray(parts, float), axis=0)
                            results[name] = med
                            print(f"{name} {frontend} e2e_median_ms={med:.1f} e2e_p95_ms={p95:.1f} "
                                  f"frame_kb={np.median(sizes) / 1000:.1f} frame_kb_max={max(sizes) / 1000:.1f} "
                                  f"n={len(lat)} to_page_ms={arrive:.1f} (key_to_send={key_send:.1f} "
                                  f"send_to_ws={send_ws:.1f} ws_to_src={ws_src:.1f}) decode_ms={decode:.1f} "
                                  f"to_paint_ms={paint:.1f} {klog} cpu_per_press_kernel_ms={cpu[0]:.1f} "
                                  f"cpu_per_press_browser_ms={cpu[1]:.1f} {work} "
                                  f"{extra}", flush=True)
                        focus_ipympl(page)
                        page.wait_for_timeout(300)
                        kernel_log_stats(workdir / f"kernel-{frontend}.log")
                        lat, _, _ = measure(page, args.presses)
                        med, p95 = stats(lat)
                        print("#", kernel_log_stats(workdir / f"kernel-{frontend}.log"))
                        print(f"ipympl {frontend} e2e_median_ms={med:.1f} e2e_p95_ms={p95:.1f} n={len(lat)} "
                              f"view={args.ipympl_demo} " + " ".join(
                                  f"speedup_{n}={med / m:.1f}x" for n, m in results.items()), flush=True)
                    finally:
                        context.close()
                        server.stop()
        finally:
            if args.keep:
                print(f"# logs in {workdir}")
            else:
                shutil.rmtree(workdir, ignore_errors=True)
    print(f"# end load={os.getloadavg()[0]:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Real-browser test: Voilà serves the demo gallery, Chromium moves a slider with the keyboard,
the figure's pixels change and no error is shown.

Uses Debian's chromium through Playwright (never a browser download), headless, on 127.0.0.1.
Skips with a reason when chromium is missing, except in CI (COURSE_REQUIRE_BROWSER=1), where
it fails instead.
"""
import io
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
GALLERY = ROOT / "notebooks" / "it" / "99_galleria_demo.ipynb"
from browser_utils import launch, require_chromium  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.slow]



def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


GALLERIES = {"it": GALLERY, "fr": ROOT / "notebooks" / "fr" / "99_galerie_des_demos.ipynb"}


@pytest.fixture(scope="module")
def voila_server(tmp_path_factory):
    """Start Voilà on a language's gallery once per module (each page load starts its own kernel)."""
    require_chromium()
    servers = {}

    def url(lang: str) -> str:
        if lang in servers:
            return servers[lang][0]
        port = _free_port()
        logfile = tmp_path_factory.mktemp(f"voila-{lang}") / "voila.log"
        log = open(logfile, "w")
        proc = subprocess.Popen(
            [sys.executable, "-m", "voila", str(GALLERIES[lang]), "--no-browser", f"--port={port}",
             "--Voila.ip=127.0.0.1", "--VoilaExecutor.timeout=60", "--Voila.root_dir=" + str(ROOT)],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
        )
        servers[lang] = (f"http://127.0.0.1:{port}/", proc, log)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"voila exited: {logfile.read_text()[-2000:]}")
                time.sleep(0.3)
        else:
            pytest.fail("voila did not start within 60 s")
        return servers[lang][0]

    yield url
    for _, proc, log in servers.values():
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture()
def voila_url(voila_server):
    return voila_server("it")


def _pixels(png: bytes) -> np.ndarray:
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def test_gallery_slider_changes_the_figure_in_chromium(voila_url, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        context = launch(pw, tmp_path / "chromium-profile", viewport={"width": 1280, "height": 900})
        try:
            page = context.pages[0] if context.pages else context.new_page()
            page.goto(voila_url, timeout=120_000)
            overlay = page.locator(".course-frame").first  # the live SVG layer of the first demo
            chart = overlay.locator("..")  # the grid cell with both layers, as the page paints them
            page.locator("img.course-frame-background").first.wait_for(state="visible", timeout=120_000)
            handle = page.locator(".widget-slider .noUi-handle").first
            handle.wait_for(state="visible", timeout=30_000)
            chart.scroll_into_view_if_needed()
            page.wait_for_timeout(300)
            before = chart.screenshot()
            svg_before = overlay.inner_html()
            handle.focus()
            for _ in range(3):
                page.keyboard.press("ArrowRight")
            page.wait_for_function(
                "([sel, old]) => document.querySelector(sel).innerHTML !== old",
                arg=[".course-frame", svg_before], timeout=30_000)
            page.wait_for_timeout(300)
            after = chart.screenshot()
            a, b = _pixels(before), _pixels(after)
            assert a.shape == b.shape
            changed = np.mean(np.any(a != b, axis=-1))
            assert changed > 0.001, f"the figure did not change after moving the slider ({changed:.4%} pixels)"
            body = page.inner_text("body")
            for word in ("Traceback", "Error", "Errore", "Exception"):
                assert word not in body, f"the page shows {word!r}"
            assert page.locator("[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
        finally:
            context.close()


#: what every demo of the projected gallery must show, per screen (issue 12): the whole demo on one screen
SCREENS = [(1280, 720), (1920, 1080)]

_MEASURE = """el => {
  const r = el.getBoundingClientRect();
  const px = e => parseFloat(getComputedStyle(e).fontSize);
  const clipped = e => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
  const labels = [...el.querySelectorAll('.course-label')];
  const readouts = [...el.querySelectorAll('.widget-readout')];
  const inside = (e) => {  // the label's text lies inside its widget's box (nothing cut off)
    const box = e.closest('.widget-html').getBoundingClientRect(), t = e.getBoundingClientRect();
    return t.left >= box.left - 1 && t.right <= box.right + 1 && t.top >= box.top - 1 && t.bottom <= box.bottom + 1;
  };
  const img = el.querySelector('img.widget-image').getBoundingClientRect();
  return {height: r.height, width: r.width, chart: img.width, chartBottom: img.bottom - r.top,
          labels: labels.map(e => e.textContent), cut: labels.filter(e => clipped(e.closest('.widget-html')) || !inside(e))
            .map(e => e.textContent).concat(readouts.filter(clipped).map(e => e.textContent)),
          labelPx: Math.min(...labels.map(px)), readoutPx: Math.min(...readouts.map(px))};
}"""


@pytest.mark.parametrize("lang", ["it", "fr"])
def test_projected_gallery_fits_one_screen_with_readable_controls(voila_server, tmp_path, lang):
    """Projector mode, 1280×720 and 1920×1080: every demo (controls and chart) fits the screen without
    scrolling, no slider label or readout is cut off, labels and readouts are large, the chart uses the width."""
    from playwright.sync_api import sync_playwright

    from course_lib.demos import DEMOS

    url = voila_server(lang)
    with sync_playwright() as pw:
        context = launch(pw, tmp_path / "chromium-profile", viewport=dict(zip(("width", "height"), SCREENS[0])))
        try:
            page = context.pages[0] if context.pages else context.new_page()
            page.goto(url, timeout=120_000)
            demos = page.locator(".course-projector")
            demos.last.locator("img.widget-image").first.wait_for(state="visible", timeout=120_000)
            assert demos.count() == len(DEMOS)
            for width, height in SCREENS:
                page.set_viewport_size({"width": width, "height": height})
                page.wait_for_timeout(300)
                for i in range(demos.count()):
                    m = demos.nth(i).evaluate(_MEASURE)
                    where = (lang, width, height, i, m["labels"])
                    assert m["labels"] and all(text.strip() for text in m["labels"]), where
                    assert m["height"] <= height, ("the demo does not fit the screen's height", where, m["height"])
                    assert m["width"] <= width, where
                    assert not m["cut"], ("cut off", where, m["cut"])
                    assert m["labelPx"] >= 18 and m["readoutPx"] >= 20, ("too small for a projector", where, m)
                    assert m["chart"] >= 0.6 * width, ("the chart does not use the screen's width", where, m["chart"])
        finally:
            context.close()

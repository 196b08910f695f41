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
from browser_utils import CHROMIUM, require_chromium  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.slow]



def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def voila_url(tmp_path):
    require_chromium()
    port = _free_port()
    log = open(tmp_path / "voila.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "voila", str(GALLERY), "--no-browser", f"--port={port}",
         "--Voila.ip=127.0.0.1", "--VoilaExecutor.timeout=60", "--Voila.root_dir=" + str(ROOT)],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"voila exited: {(tmp_path / 'voila.log').read_text()[-2000:]}")
                time.sleep(0.3)
        else:
            pytest.fail("voila did not start within 60 s")
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _pixels(png: bytes) -> np.ndarray:
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def test_gallery_slider_changes_the_figure_in_chromium(voila_url, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"), executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-component-update", "--disable-sync"],
            viewport={"width": 1280, "height": 900},
        )
        try:
            page = context.pages[0] if context.pages else context.new_page()
            page.goto(voila_url, timeout=120_000)
            image = page.locator("img.widget-image").first
            image.wait_for(state="visible", timeout=120_000)
            handle = page.locator(".widget-slider .noUi-handle").first
            handle.wait_for(state="visible", timeout=30_000)
            image.scroll_into_view_if_needed()
            before = image.screenshot()
            src_before = image.get_attribute("src")
            handle.focus()
            for _ in range(3):
                page.keyboard.press("ArrowRight")
            page.wait_for_function(
                "([sel, old]) => document.querySelector(sel).getAttribute('src') !== old",
                arg=["img.widget-image", src_before], timeout=30_000)
            page.wait_for_timeout(300)
            after = image.screenshot()
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

"""The live layer as Chromium paints it is the figure Agg draws.

For every demo, at its defaults and with its sliders at their ends, the page's own pieces (the
background PNG, the SVG of the moving artists with its definitions, the embedded font) are put in
a page as a demo shows them, at the figure's own size, and Chromium's screenshot is compared with
the whole frame Agg draws (:meth:`Demo.frame`, the static image). Only anti-aliasing, dash phases
and glyph placement within a pixel may differ (Agg hints glyphs and puts them on whole pixels):

* over the whole chart, almost no pixel is far from the frame's, even allowing a one-pixel shift;
* in the box of every moving text (readouts, labels, notes), the painted text matches the frame's
  (one-pixel shift allowed) much better than no text at all: a missing text scores 1, a text 3 px
  off or in another font size about 0.85 or more, the live layer 0.07–0.57 (Chromium 2026-12).
"""
import base64
import io

import numpy as np
import pytest

import course_lib as cl
from course_lib import demos
from browser_utils import launch, require_chromium

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _rgb(png: bytes) -> np.ndarray:
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def _diff(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per pixel, the smallest colour difference between ``a`` and ``b`` moved by at most one pixel:
    Agg places glyphs on whole pixels (and hints them), the browser does not."""
    pad = np.pad(b, ((1, 1), (1, 1), (0, 0)), mode="edge")
    h, w = a.shape[:2]
    return np.min([np.abs(a - pad[1 + dy:1 + dy + h, 1 + dx:1 + dx + w]).max(axis=-1)
                   for dy in (-1, 0, 1) for dx in (-1, 0, 1)], axis=0)


def _texts(demo) -> list:
    """(text, pixel box with a 2 px margin) of every visible moving text, in image rows and columns."""
    from matplotlib.text import Text

    (width, height), renderer = demo.canvas.get_width_height(), demo.canvas.get_renderer()
    boxes = []
    for artist in demo.view.dynamic:
        if isinstance(artist, Text) and artist.get_visible() and artist.get_text().strip():
            bb = artist.get_window_extent(renderer)
            boxes.append((artist.get_text(), (max(int(bb.x0) - 2, 1), max(int(height - bb.y1) - 2, 1),
                                              min(int(bb.x1) + 3, width - 1), min(int(height - bb.y0) + 3, height - 1))))
    return boxes


def _page(demo) -> str:
    w = demo.canvas.get_width_height()[0]
    bg = base64.b64encode(bytes(demo.background.value)).decode("ascii")
    return (f"<html><head>{demos._page_style().value}<style>body{{margin:0}} #chart{{display:grid;width:{w}px}}"
            "#chart>*{grid-area:1/1} .widget-html-content{line-height:0}</style></head><body>"
            f"{demo.defs.value}<div id='chart'><img src='data:image/png;base64,{bg}' style='width:100%;display:block'>"
            f"<div class='course-frame'><div class='widget-html-content'>{demo.overlay.value}</div></div></div>"
            "</body></html>")


@pytest.mark.parametrize("lang", ["it", "fr"])
def test_the_painted_layers_are_the_static_frame(lang, tmp_path):
    require_chromium()
    from playwright.sync_api import sync_playwright

    cl.set_language(lang)
    cases = []
    try:
        for name, make in demos.DEMOS.items():
            demo = make()
            cases.append((name, "defaults", _page(demo), demo.frame(), bytes(demo.background.value), _texts(demo)))
            demo.set(**{spec.name: spec.high for spec in demo.specs})
            cases.append((name, "high", _page(demo), demo.frame(), bytes(demo.background.value), _texts(demo)))
    finally:
        cl.set_language("it")
    with sync_playwright() as pw:
        context = launch(pw, tmp_path / "profile", viewport={"width": 1300, "height": 900}, device_scale_factor=1)
        try:
            page = context.pages[0] if context.pages else context.new_page()
            for name, where, html, frame, background, texts in cases:
                page.set_content(html)
                page.evaluate("document.fonts.ready")
                shot = _rgb(page.locator("#chart").screenshot())
                full, bg = _rgb(frame), _rgb(background)
                assert shot.shape == full.shape, (name, where, shot.shape, full.shape)
                diff = _diff(shot, full)
                assert np.mean(diff > 96) < 0.004, (name, where, f"{np.mean(diff > 96):.2%} pixels far off")
                assert texts, name
                for text, (x0, y0, x1, y1) in texts:
                    lacking = np.abs(bg[y0:y1, x0:x1] - full[y0:y1, x0:x1]).max(axis=-1).sum()
                    off = min(np.abs(shot[y0:y1, x0:x1] - full[y0 + dy:y1 + dy, x0 + dx:x1 + dx]).max(axis=-1).sum()
                              for dx in (-1, 0, 1) for dy in (-1, 0, 1))
                    assert off < 0.72 * lacking, (name, where, text, round(off / lacking, 2))
        finally:
            context.close()

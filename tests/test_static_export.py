"""Readers with no kernel (GitHub, nbviewer, an HTML export) see every demo's figure.

The notebooks store no widget state, so nbconvert (which nbviewer uses) falls back from the
widget view to the demo's static PNG; this test exports each notebook to HTML and counts.
"""
import re

import pytest
from nbconvert import HTMLExporter

from notebook_utils import LANGS, is_demo_cell, notebooks, read

ALL_NBS = [p for lang in LANGS for p in notebooks(lang).values()]


@pytest.mark.parametrize("path", ALL_NBS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_html_export_shows_every_figure_without_widget_javascript(path):
    nb = read(path)
    n_images = sum(
        1 for c in nb.cells if c.cell_type == "code"
        for o in c.outputs if "image/png" in o.get("data", {})
    )
    n_demos = sum(is_demo_cell(c) for c in nb.cells)
    html, _ = HTMLExporter().from_notebook_node(nb)
    assert "application/vnd.jupyter.widget-view+json" not in html, "a widget placeholder instead of the image"
    assert len(re.findall(r'<img[^>]*src="data:image/png;base64,', html)) == n_images
    if path.stem[:2] not in ("00", "99"):
        assert n_images >= n_demos + 1, "at least one static chart besides the demos"

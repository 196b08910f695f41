"""Slider demos: live updates, static image, messages instead of tracebacks, projector style."""
import base64
import html
import io
import re

import numpy as np
import pytest
from PIL import Image

import course_lib as cl
from course_lib import demos, plots
from course_lib.style import use_projector_style


@pytest.fixture(params=["it", "fr"])
def lang(request):
    cl.set_language(request.param)
    yield request.param
    cl.set_language("it")


def _pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGBA"))


def test_encode_png_round_trip():
    rng = np.random.default_rng(0)
    rgba = rng.integers(0, 256, size=(37, 53, 4), dtype=np.uint8)
    assert np.array_equal(_pixels(demos.encode_png(rgba)), rgba)


@pytest.mark.parametrize("name", sorted(demos.DEMOS))
def test_demo_static_image_and_widget_bundle(name, lang):
    demo = demos.DEMOS[name]()
    bundle, meta = demo._repr_mimebundle_()
    assert meta["image/png"]["alt"] == repr(demo)
    assert "application/vnd.jupyter.widget-view+json" in bundle
    png = base64.b64decode(bundle["image/png"])
    assert png == demo.static_png
    assert _pixels(png).shape[2] == 4
    assert bundle["text/plain"] == repr(demo)
    # labels in the notebook's language, beside each slider (wrapped, never truncated)
    for spec, row in zip(demo.specs, demo.rows):
        label, slider = row.children
        assert html.escape(cl.t(spec.label)) in label.value and slider is demo.sliders[spec.name]
    # float readouts with the decimal comma of the notebook's language
    for spec in demo.specs:
        w = demo.sliders[spec.name]
        if not spec.integer:
            labels = [o[0] for o in w.options] if hasattr(w, "options") else []
            assert labels and all("." not in x for x in labels) and any("," in x for x in labels), spec.name
    # the static image's alt text describes the chart: axes and the slider positions
    alt = meta["image/png"]["alt"]
    assert all(cl.t(spec.label) in alt for spec in demo.specs), alt
    assert len(alt) > 150, alt


@pytest.mark.parametrize("name", sorted(demos.DEMOS))
def test_every_slider_changes_the_frame_and_returns(name):
    demo = demos.DEMOS[name]()
    start = _pixels(demo.frame())
    for spec in demo.specs:
        for value in (spec.low, spec.high):
            demo.set(**{spec.name: value})
            assert demo.frame().startswith(b"\x89PNG")
        demo.set(**{spec.name: spec.high})
        high = _pixels(demo.frame())
        demo.set(**{spec.name: spec.default})
        assert not np.array_equal(high, start), f"{spec.name} at its maximum does not change the figure"
    # back at the defaults, the frame is the stored static image again (deterministic)
    assert np.array_equal(_pixels(demo.frame()), start)


def test_impossible_combination_is_a_message_not_a_traceback():
    demo = demos.escalation_demo()
    demo.set(n_advertisers=12, gamma=2.0)  # gamma > n/(n-1): no symmetric pure equilibrium
    assert demo.view.message.get_visible()
    assert "12" in demo.view.message.get_text()
    demo.set(gamma=1.0)
    assert not demo.view.message.get_visible()


def test_view_errors_are_shown_in_the_figure():
    demo = demos.two_factor_demo()

    def broken(**params):
        raise ValueError("tedium must be in (0, inf); got 0")

    demo.view.update = broken
    demo.set(tedium=0.2)
    assert demo.view.message.get_visible()
    assert "tedium" in demo.view.message.get_text()


def test_set_rejects_unknown_slider():
    with pytest.raises(ValueError, match="name"):
        demos.two_factor_demo().set(speed=3)


def test_projector_style_is_larger():
    normal = demos.two_factor_demo()
    try:
        use_projector_style()
        big = demos.two_factor_demo()
        ax = plots.two_factor()
        assert ax.title.get_fontsize() >= 20
        assert ax.lines[0].get_linewidth() >= 4
    finally:
        use_projector_style(False)
    assert big.canvas.get_width_height()[0] > normal.canvas.get_width_height()[0]
    assert big.view.ax.title.get_fontsize() > normal.view.ax.title.get_fontsize()
    with pytest.raises(ValueError, match="on"):
        use_projector_style("yes")


def test_interruption_and_permission_differ_beyond_colour():
    from course_lib.style import INTERRUPTION, PERMISSION, SERIES

    assert INTERRUPTION["linestyle"] != PERMISSION["linestyle"]
    assert INTERRUPTION["marker"] != PERMISSION["marker"]
    assert len({str(s["linestyle"]) for s in SERIES}) == len(SERIES)


def test_cultivation_demo_readouts_follow_the_model_in_each_language():
    import re

    from course_lib.permission import acquisition_vs_cultivation

    for lang, unit in (("it", "mila €"), ("fr", "\u00a0k€")):
        cl.set_language(lang)
        try:
            demo = demos.cultivation_demo()
            demo.set(budget=3, share=35)
            text = demo.view.note.get_text()
        finally:
            cl.set_language("it")
        out = acquisition_vs_cultivation(3000.0, 0.35, 36)
        lines = text.split("\n")
        assert lines[0].startswith("35") and lines[1] == str(round(float(out["customers"][-1])))
        assert unit in lines[2] and not re.search(r"\d\.\d", text)
    with pytest.raises(ValueError, match="budget"):
        demos.cultivation_demo(budget=21)


@pytest.mark.parametrize("projector", [False, True])
def test_slider_labels_wrap_and_are_complete(lang, projector):
    """A slider's label is its full translated text in a box that wraps and grows (never cut off with an
    ellipsis, as ipywidgets' own description does): the browser test measures it in the projected gallery."""
    import re

    try:
        use_projector_style(projector)
        for name, factory in demos.DEMOS.items():
            demo = factory()
            for spec, row in zip(demo.specs, demo.rows):
                label = row.children[0]
                assert demo.sliders[spec.name].description == ""  # no ipywidgets description (it truncates)
                text = html.unescape(re.sub(r"<[^>]+>", "", label.value))
                assert text == cl.t(spec.label), (name, spec.name)
                assert "white-space:normal" in label.value and label.layout.height == "auto", (name, spec.name)
                assert "nowrap" not in label.value and "ellipsis" not in label.value
            assert ("course-projector" in demo.widget._dom_classes) == projector
    finally:
        use_projector_style(False)


# --- the two layers: encoding, compositing, coalescing -------------------------------------------
def _idat(png: bytes) -> bytes:
    """The concatenated IDAT payload of a PNG (zlib stream)."""
    import struct

    i, out = 8, b""
    while i < len(png):
        n = struct.unpack(">I", png[i:i + 4])[0]
        if png[i + 4:i + 8] == b"IDAT":
            out += png[i + 8:i + 8 + n]
        i += 12 + n
    return out


@pytest.mark.parametrize("level, filter_type, strategy", [
    (0, 0, 0), (1, 0, 0), (4, 0, 0), (9, 0, 0), (1, 1, 3), (1, 2, 3), (1, 2, 0), (6, 1, 1)])
def test_encode_png_skips_blank_rows_and_stays_a_valid_zlib_stream(level, filter_type, strategy):
    import zlib

    rng = np.random.default_rng(level + 10 * filter_type)
    rgba = rng.integers(0, 256, size=(420, 260, 4), dtype=np.uint8)  # large enough for two threads
    rgba[:40] = 0  # a blank top margin, a blank band, short blank gaps and a blank bottom
    rgba[100:180] = 0
    rgba[200:202] = 0
    rgba[-7:] = 0
    rgba[300:320, :, :3] = 0  # transparent black and coloured transparent pixels are not blank rows
    png = demos.encode_png(rgba, level=level, filter_type=filter_type, strategy=strategy)
    raw = zlib.decompress(_idat(png))  # checks the Adler-32 computed piece by piece
    rows = np.frombuffer(raw, dtype=np.uint8).reshape(420, 1 + 260 * 4)
    blank_rows = ~rgba.reshape(420, -1).any(axis=1)
    assert set(rows[~blank_rows, 0].tolist()) == {filter_type}
    assert np.all(rows[:40, 0] == 0) and np.all(rows[100:180, 0] == 0)  # long blank runs: zeros, cached
    if filter_type == 0:
        assert np.array_equal(rows[:, 1:].reshape(rgba.shape), rgba)
    assert np.array_equal(_pixels(png), rgba)  # PIL undoes the filters: the same pixels
    blank = np.zeros((300, 500, 4), dtype=np.uint8)
    assert np.array_equal(_pixels(demos.encode_png(blank, level=level)), blank)
    assert len(demos.encode_png(blank, level=level)) < blank.size / 100  # blank rows cost almost nothing


def test_encode_png_rejects_what_is_not_an_rgba_image():
    with pytest.raises(ValueError, match="rgba"):
        demos.encode_png(np.zeros((4, 4, 3), dtype=np.uint8))
    with pytest.raises(ValueError, match="level"):
        demos.encode_png(np.zeros((4, 4, 4), dtype=np.uint8), level=12)
    with pytest.raises(ValueError, match="filter_type"):
        demos.encode_png(np.zeros((4, 4, 4), dtype=np.uint8), filter_type=4)


def _svg(text: str):
    import xml.etree.ElementTree as ET

    return ET.fromstring(text)


_NS = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize("name", sorted(demos.DEMOS))
def test_live_layer_is_a_small_svg_of_the_dynamic_artists_over_the_background(name, lang):
    """The live layer: one grid cell with the background PNG, an SVG of the moving artists above it
    (every visible text line of the view, every reference resolved), a few kB per move."""
    from matplotlib.text import Text

    demo = demos.DEMOS[name]()
    chart = demo.chart
    assert isinstance(chart, cl.demos.widgets.GridBox)
    assert list(chart.children[:3]) == [demo.overlay, demo.background, demo.defs]
    assert demo.overlay.layout.grid_area == demo.background.layout.grid_area  # one grid cell
    assert demo.overlay.layout.order == "1"  # painted above the background
    assert _pixels(bytes(demo.background.value))[..., 3].min() == 255  # the background is opaque
    for spec in demo.specs[:2]:
        for value in (spec.high, spec.low):
            demo.set(**{spec.name: value})
            root = _svg(demo.overlay.value)
            w, h = demo.canvas.get_width_height()
            assert root.get("viewBox") == f"0 0 {w} {h}"  # the figure's pixels, scaled with the image
            ids = {e.get("id") for e in _svg(demo.defs.value).iter() if e.get("id")}
            refs = {m for e in root.iter() for attr in ("clip-path", "style") if e.get(attr)
                    for m in re.findall(r"url\(#([^)]+)\)", e.get(attr))}
            refs |= {e.get("href")[1:] for e in root.iter() if e.get("href")}
            assert refs and all(oid in ids for oid in refs), (name, "a frame refers to an undefined id", refs - ids)
            lines = [" ".join(e.text.split()) for e in root.iter(_NS + "text") if e.text and e.text.strip()]
            for artist in demo.view.dynamic:
                if isinstance(artist, Text) and artist.get_visible() and artist.get_text().strip():
                    for line in artist.get_text().splitlines():
                        if line.strip():
                            assert " ".join(line.split()) in lines, (name, line)
            for path in root.iter(_NS + "path"):
                assert "nan" not in path.get("d").lower() and "inf" not in path.get("d").lower()
            assert len(demo.overlay.value.encode()) < 20_000, (name, len(demo.overlay.value))


@pytest.mark.parametrize("name", sorted(demos.DEMOS))
def test_a_moved_demo_draws_the_figure_a_new_demo_draws_at_those_values(name):
    """Whatever the history of moves (rescales of a live axis included), the whole frame at some
    values is the one a demo created at those values draws: nothing stale stays in the background."""
    demo = demos.DEMOS[name]()
    for spec in demo.specs:
        demo.set(**{spec.name: spec.high})
    for spec in demo.specs:
        demo.set(**{spec.name: spec.low})
        demo.set(**{spec.name: spec.high})
    target = {spec.name: spec.high if i % 2 else spec.low for i, spec in enumerate(demo.specs)}
    demo.set(**target)
    fresh = demos.DEMOS[name]()
    fresh.set(**target)
    assert np.abs(_pixels(demo.frame()).astype(int) - _pixels(fresh.frame()).astype(int)).max() <= 3


def _frames(widget):
    seen = []
    widget.observe(lambda change: seen.append(change["new"]), names="value")
    return seen


def _same_frame(svg: str, demo, other) -> bool:
    """Two demos' frames are the same drawing (their ids differ only by the demo's prefix)."""
    return svg.replace(demo._svg.prefix, "#") == other.overlay.value.replace(other._svg.prefix, "#")


def test_several_changes_at_once_draw_one_frame_of_the_last_values():
    demo = demos.attention_demo()
    frames = _frames(demo.overlay)
    demo.set(n_advertisers=9, own_effort=5.5, outside=1.0)
    assert len(frames) == 1
    with demo.hold():
        for v in (2, 5, 7, 11):
            demo.sliders["n_advertisers"].value = v
        assert len(frames) == 1  # nothing drawn inside the hold
    assert len(frames) == 2
    expected = demos.attention_demo(n_advertisers=11, own_effort=5.5, outside=1.0)
    assert _same_frame(frames[-1], demo, expected)
    assert np.array_equal(_pixels(demo.frame()), _pixels(expected.static_png))


def test_a_change_arriving_while_a_frame_is_drawn_is_coalesced():
    """A second change dispatched during the draw (as ipykernel can dispatch a comm message while
    another handler runs) is not drawn inside the draw, and the frame of the older values is never sent."""
    demo = demos.attention_demo()
    frames = _frames(demo.overlay)
    update, depth, calls = demo.view.update, [0], []

    def slow_update(**params):
        depth[0] += 1
        calls.append(params["n_advertisers"])
        try:
            if params["n_advertisers"] == 6:  # a newer value arrives while this one is drawn
                demo.sliders["n_advertisers"].value = 10
            assert depth[0] == 1, "a frame was drawn inside another"
            return update(**params)
        finally:
            depth[0] -= 1

    demo.view.update = slow_update
    demo.sliders["n_advertisers"].value = 6
    assert calls == [6, 10]
    assert len(frames) == 1  # the frame of 6 was dropped
    demo.view.update = update
    expected = demos.attention_demo(n_advertisers=10)
    assert _same_frame(frames[0], demo, expected)


def test_a_live_axis_rescales_without_sending_the_background_again():
    """The two-factor view's y range follows the sliders: its y axis is drawn in the live layer, so
    a rescale sends only the SVG (with the new tick labels), never the background."""
    demo = demos.two_factor_demo()
    assert demo.view.live_axes == [demo.view.ax.yaxis]
    backgrounds = _frames(demo.background)
    limits = set()
    for v in (0.8, 0.9, 1.0, 2.0, 1.9, 0.5, 1.0):
        demo.set(learn=v)
        limits.add(demo.view.ax.get_ylim())
        ticks = [t.get_text() for t in demo.view.ax.get_yticklabels() if t.get_visible() and t.get_text()]
        texts = [" ".join(e.text.split()) for e in _svg(demo.overlay.value).iter(_NS + "text") if e.text]
        assert ticks and all(" ".join(tick.split()) in texts for tick in ticks)
    assert len(limits) > 2  # it did rescale
    assert backgrounds == []


def test_a_view_that_rescales_otherwise_sends_its_background_once_per_rescale():
    demo = demos.permission_demo()
    backgrounds = _frames(demo.background)
    update, calls = demo.view.update, []

    def rescaling(**params):  # a view without live axes whose y axis grows every other move
        update(**params)
        calls.append(len(calls) % 2 == 0)
        if calls[-1]:
            demo.view.ax.set_ylim(0, demo.view.ax.get_ylim()[1] * 1.5)
        return calls[-1]

    demo.view.update = rescaling
    for v in (1.0, 2.0, 3.0, 4.0):
        demo.set(sends_per_week=v)
    assert len(backgrounds) == sum(calls) == 2

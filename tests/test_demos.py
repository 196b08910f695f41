"""Slider demos: live updates, static image, messages instead of tracebacks, projector style."""
import base64
import html
import io

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
    start = _pixels(bytes(demo.image.value))
    for spec in demo.specs:
        for value in (spec.low, spec.high):
            demo.set(**{spec.name: value})
            assert bytes(demo.image.value).startswith(b"\x89PNG")
        demo.set(**{spec.name: spec.high})
        high = _pixels(bytes(demo.image.value))
        demo.set(**{spec.name: spec.default})
        assert not np.array_equal(high, start), f"{spec.name} at its maximum does not change the figure"
    # back at the defaults, the frame is the stored static image again (deterministic)
    assert np.array_equal(_pixels(bytes(demo.image.value)), start)


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

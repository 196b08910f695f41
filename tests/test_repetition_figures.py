"""Figures and demos of lessons 03-04: every slider position draws the model inside its axes,
nothing overlaps the legend, scalars are validated at the door, every figure has its own alt text."""
import itertools

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402

import course_lib as cl  # noqa: E402
from course_lib import demos, plots, repetition  # noqa: E402


def _grid(spec):
    n = int(round((spec.high - spec.low) / spec.step)) + 1
    return [round(spec.low + i * spec.step, 10) for i in range(n)]


def _view(demo_fn):
    demo = demo_fn()
    fig = Figure(figsize=(9, 5), layout="constrained")
    FigureCanvasAgg(fig)
    return demo, demo.view_cls(fig.add_subplot()), fig


def test_two_factor_demo_draws_inside_its_axes_at_every_slider_position():
    demo, view, fig = _view(demos.two_factor_demo)
    grids = [_grid(s) for s in demo.specs]
    names = [s.name for s in demo.specs]
    for values in itertools.product(*grids):
        p = dict(zip(names, values))
        view.update(**p)
        lo, hi = view.ax.get_ylim()
        for line in (view.learning, view.tedium, view.total):
            y = np.asarray(line.get_ydata())
            assert lo < y.min() and y.max() < hi, f"{line.get_label()} leaves the axes at {p}"
        x, y = view.point.get_data()
        n_star = float(repetition.two_factor_optimum(p["learn"], p["rate"], p["tedium"]))
        if n_star <= view.n_max:
            assert x[0] == pytest.approx(n_star)
            assert y[0] == pytest.approx(float(np.interp(n_star, view.n, view.total.get_ydata())), abs=2e-3)
        else:  # the optimum is beyond the drawn curve: no dot off the curve, the readout says so
            assert len(x) == 0
            assert "12" in view.note.get_text()
        for text in (view.phase_in, view.phase_out):
            if text.get_visible():
                assert 0 < text.get_position()[0] < view.n_max
    plt.close("all")


def test_the_reported_bug_position_is_fixed():
    ax = plots.two_factor(learn=2.0, rate=0.1, tedium=0.01)
    dots = [ln for ln in ax.lines if ln.get_linestyle() == "None"]
    assert all(len(d.get_xdata()) == 0 for d in dots), "n* = 30 lies beyond the curve: no dot at (12, 1.60)"
    plt.close("all")


def _no_overlap(a, b):
    return a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0


@pytest.mark.parametrize("name", ["two_factor", "fatigue"])
def test_legend_and_readout_sit_beside_the_axes(name):
    for lang in ("it", "fr"):
        cl.set_language(lang)
        demo = demos.DEMOS[name]()
        renderer = demo.canvas.get_renderer()
        ax = demo.view.ax
        frame = ax.get_window_extent(renderer)
        legend = ax.get_legend().get_window_extent(renderer)
        note = demo.view.note.get_window_extent(renderer)
        assert _no_overlap(frame, legend) and _no_overlap(frame, note) and _no_overlap(legend, note)
        fig_box = demo.figure.bbox
        assert note.x1 <= fig_box.x1 + 1 and legend.x1 <= fig_box.x1 + 1, "inside the figure"
    cl.set_language("it")


def test_fatigue_demo_draws_inside_its_axes_at_every_slider_position():
    demo, view, fig = _view(demos.fatigue_demo)
    spec = {s.name: s for s in demo.specs}
    for retention in _grid(spec["retention"]):
        for tolerance in _grid(spec["tolerance"]):
            for k in (1, 4, 12):
                view.update(calls_per_month=k, retention=retention, tolerance=tolerance)
                lo, hi = view.ax.get_ylim()
                conv, opt = view.conv.get_ydata(), view.opt.get_ydata()
                assert np.all(np.isfinite(conv)) and np.all(np.isfinite(opt))
                assert lo <= conv.min() and max(conv.max(), opt.max()) <= hi
                assert np.all(conv + opt <= 1 + 1e-6)
    plt.close("all")


def test_fatigue_demo_is_calibrated_to_the_order_of_the_bank_data():
    demo = demos.fatigue_demo()
    conv, _ = demo.view.sweep(0.6, 4.0)
    assert 0.05 < conv.max() < 0.25, "purchase rates of the order of the bank campaign (11.7 %)"
    plt.close("all")


@pytest.mark.parametrize("fn,kw", [
    (plots.forgetting_curves, dict(stability=np.array([4.0]))),
    (plots.forgetting_curves, dict(tau=0.0)),
    (plots.forgetting_curves, dict(d=float("nan"))),
    (plots.two_factor, dict(learn=np.array([1.0, 2.0]))),
    (plots.two_factor, dict(n_max=0)),
    (plots.burst_vs_spread, dict(learn=np.array([0.3]))),
    (plots.fatigue_stock, dict(retention=1.0)),
    (plots.fatigue_stock, dict(sends=np.ones(1000))),
])
def test_figures_validate_scalars_at_the_door(fn, kw):
    with pytest.raises(ValueError):
        fn(**kw)
    plt.close("all")


@pytest.mark.parametrize("name", ["two_factor", "forgetting_curves", "burst_vs_spread", "fatigue_stock",
                                  "bank_conversion", "contact_hazard", "fatigue_campaign"])
@pytest.mark.parametrize("lang", ["it", "fr"])
def test_every_figure_has_its_own_alt_text(name, lang):
    cl.set_language(lang)
    ax = getattr(plots, name)()
    alt = ax.figure._course_alt
    assert alt == cl.t(f"alt.{name}", **_fmt_of(alt)) or len(alt) > 120
    assert "{" not in alt and "}" not in alt
    assert "." in alt and any(ch.isdigit() for ch in alt)
    plt.close("all")
    cl.set_language("it")


def _fmt_of(_alt):
    return {}


def test_reach_frequency_of_a_media_plan():
    shares = [0.4, 0.2, 0.15, 0.1, 0.1, 0.05]
    rf = repetition.reach_frequency(shares)
    assert rf["reach"] == pytest.approx(0.6)
    assert rf["grp"] == pytest.approx(100 * (0.2 + 0.3 + 0.3 + 0.4 + 0.25))
    assert rf["average_frequency"] == pytest.approx(rf["grp"] / 60)
    assert rf["effective_reach"] == pytest.approx(0.25)
    assert repetition.reach_frequency([1.0, 0.0], effective=1)["average_frequency"] == 0.0


@pytest.mark.parametrize("kw,word", [
    (dict(shares=[0.5, 0.6]), "sum to 1"),
    (dict(shares=[1.0]), "shares"),
    (dict(shares=[0.5, -0.1, 0.6]), "shares"),
    (dict(shares=[0.5, 0.5], effective=2), "effective"),
])
def test_reach_frequency_rejects_bad_input(kw, word):
    with pytest.raises(ValueError, match=word):
        repetition.reach_frequency(**kw)

"""Tests of course_lib.subscribers (lesson 06): invariants of a permission list over a year,
the relevance mapping, the interior optimum, validation, the figures, the demo and the exercises."""
import math

import matplotlib

matplotlib.use("agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import course_lib as cl  # noqa: E402
from course_lib import fatigue, subscribers  # noqa: E402
from course_lib.subscribers import (  # noqa: E402
    frequency_curve,
    optimal_frequency,
    relevance_parameters,
    subscriber_year,
)

SET = settings(max_examples=40, deadline=None)
sends_st = st.floats(0.0, 14.0)
rel_st = st.floats(0.0, 1.0)
weeks_st = st.integers(1, 104)
n0_st = st.floats(0.0, 1e6)
opt_st = st.floats(0.0, 1e4)


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")
    cl.set_language("it")


# ---------------------------------------------------------------- invariants (hypothesis)
@SET
@given(s=sends_st, r=rel_st, T=weeks_st, n0=n0_st, opt=opt_st, rho=st.floats(0.0, 0.95))
def test_list_never_negative_nor_above_initial_plus_optins(s, r, T, n0, opt, rho):
    y = subscriber_year(s, r, weeks=T, n0=n0, optins_per_week=opt, retention=rho)
    subs = y["subscribers"]
    ceiling = n0 + opt * np.arange(T)  # start of week t: at most n0 + t opt-ins
    tol = 1e-9 * (1.0 + ceiling)
    assert np.all(subs >= 0)
    assert np.all(subs <= ceiling + tol)
    assert 0 <= y["final_subscribers"] <= n0 + opt * T + 1e-9 * (1 + n0 + opt * T)
    # the books balance: start + opt-ins - unsubscribes = end
    assert math.isclose(n0 + y["total_optins"] - y["total_unsubscribed"], y["final_subscribers"],
                        rel_tol=1e-9, abs_tol=1e-6 * (1 + n0 + opt * T))


@SET
@given(s=sends_st, r=rel_st, T=weeks_st, n0=n0_st, opt=opt_st)
def test_responses_never_exceed_sends_times_list(s, r, T, n0, opt):
    y = subscriber_year(s, r, weeks=T, n0=n0, optins_per_week=opt)
    assert np.all(y["responses"] >= 0)
    assert np.all(y["responses"] <= s * y["subscribers"] * (1 + 1e-12) + 1e-9)
    assert 0 <= y["engagement_per_send"] <= 0.4 + 1e-12  # never above p_max


@SET
@given(s=sends_st, r1=rel_st, r2=rel_st, T=weeks_st, opt=opt_st)
def test_more_relevance_never_fewer_responses_nor_a_smaller_list(s, r1, r2, T, opt):
    lo, hi = sorted((r1, r2))
    y = subscriber_year(s, [lo, hi], weeks=T, optins_per_week=opt)
    resp, final = y["total_responses"], y["final_subscribers"]
    assert resp[1] >= resp[0] * (1 - 1e-12) - 1e-9
    assert final[1] >= final[0] * (1 - 1e-12) - 1e-9


@SET
@given(r=rel_st, s1=sends_st, s2=sends_st)
def test_more_sends_never_fewer_unsubscribes(r, s1, s2):
    lo, hi = sorted((s1, s2))
    y = subscriber_year([lo, hi], r)
    u = y["total_unsubscribed"]
    assert u[1] >= u[0] * (1 - 1e-12) - 1e-9


@pytest.mark.parametrize("r", [0.1, 0.3, 0.5, 0.8, 1.0])
def test_optimum_is_interior_for_the_default_parameters(r):
    c = frequency_curve(relevance=r)
    best = optimal_frequency(r)
    assert 0.5 < best < 3.0
    i = int(np.argmax(c["total_responses"]))
    assert c["total_responses"][i] > c["total_responses"][0]    # better than never writing
    assert c["total_responses"][i] > c["total_responses"][-1]   # better than 7 a week


def test_optimal_frequency_rises_with_relevance():
    best = [optimal_frequency(r) for r in (0.2, 0.5, 0.8, 1.0)]
    assert best == sorted(best) and best[-1] > best[0] + 0.5


def test_default_relevance_is_the_fatigue_model_of_lesson_03():
    p = relevance_parameters(0.5)
    assert float(p["base"]) == pytest.approx(0.2)
    assert float(p["kappa"]) == pytest.approx(0.15)
    assert float(p["eta1"]) == pytest.approx(0.002)
    y = subscriber_year(2.0, 0.5, weeks=30, n0=1000, optins_per_week=0)
    ref = fatigue.simulate_list(np.full(30, 2.0), n0=1000)
    np.testing.assert_allclose(y["responses"], ref["engaged"])
    np.testing.assert_allclose(y["subscribers"], ref["subscribers"])


def test_known_values_and_shapes():
    y = subscriber_year([[0.0], [1.0], [3.0]], [0.2, 0.5, 0.9])
    assert y["subscribers"].shape == (3, 3, 52)
    assert y["total_responses"].shape == (3, 3)
    # nothing sent: no responses, no unsubscribes, the list gains every opt-in
    np.testing.assert_allclose(y["total_responses"][0], 0.0)
    np.testing.assert_allclose(y["final_subscribers"][0], 5000 + 52 * 100)
    assert np.all(y["engagement_per_send"][0] == 0)
    # 1 send a week at relevance 0.5 (illustrative defaults): about 41,100 responses, 7,440 left
    assert float(y["total_responses"][1, 1]) == pytest.approx(41098.5, rel=1e-3)
    assert float(y["final_subscribers"][1, 1]) == pytest.approx(7442.6, rel=1e-3)
    # three a week: fewer responses and a list that shrinks below its start
    assert y["total_responses"][2, 1] < y["total_responses"][1, 1]
    assert y["final_subscribers"][2, 1] < 5000


# ---------------------------------------------------------------- validation
@pytest.mark.parametrize("kwargs,name", [
    (dict(sends_per_week=-1), "sends_per_week"),
    (dict(sends_per_week=15), "sends_per_week"),
    (dict(sends_per_week=math.nan), "sends_per_week"),
    (dict(sends_per_week="abc"), "sends_per_week"),
    (dict(sends_per_week=1, relevance=1.5), "relevance"),
    (dict(sends_per_week=1, relevance=math.inf), "relevance"),
    (dict(sends_per_week=1, weeks=0), "weeks"),
    (dict(sends_per_week=1, weeks=521), "weeks"),
    (dict(sends_per_week=1, n0=-5), "n0"),
    (dict(sends_per_week=1, n0=math.nan), "n0"),
    (dict(sends_per_week=1, optins_per_week=math.inf), "optins_per_week"),
    (dict(sends_per_week=1, retention=1.0), "retention"),
    (dict(sends_per_week=1, base_max=2), "base_max"),
    (dict(sends_per_week=1, kappa=-0.1), "kappa"),
    (dict(sends_per_week=1, eta0="x"), "eta0"),
    (dict(sends_per_week=1, eta1=math.nan), "eta1"),
    (dict(sends_per_week=[1, 2], relevance=[0.1, 0.2, 0.3]), "relevance"),
    (dict(sends_per_week=np.zeros(30_000)), "scenarios"),
])
def test_bad_input_names_the_parameter(kwargs, name):
    with pytest.raises(ValueError, match=name):
        subscriber_year(**kwargs)


def test_sweep_and_optimum_validation():
    with pytest.raises(ValueError, match="frequencies"):
        frequency_curve([1.0, -2.0])
    with pytest.raises(ValueError, match="frequencies"):
        frequency_curve(np.zeros(3000))
    with pytest.raises(ValueError, match="relevance"):
        frequency_curve(relevance=[0.1, 0.2])
    with pytest.raises(ValueError, match="step"):
        optimal_frequency(step=0.0)
    with pytest.raises(ValueError, match="step"):
        optimal_frequency(step=0.001, max_frequency=14)
    with pytest.raises(ValueError, match="max_frequency"):
        optimal_frequency(max_frequency=0)
    with pytest.raises(ValueError, match="relevance"):
        relevance_parameters(-0.1)


# ---------------------------------------------------------------- figures, demo, exercises
@pytest.mark.parametrize("name", ["optin_funnels", "sending_frequency"])
def test_figures_in_each_language_with_alt_text(name):
    titles, alts = {}, {}
    for lang in ("it", "fr"):
        cl.set_language(lang)
        fig, ax = plt.subplots()
        out = getattr(cl.plots, name)(ax=ax)
        assert out is ax
        fig.canvas.draw()
        titles[lang], alts[lang] = ax.get_title(), fig._course_alt
        assert ax.get_xlabel() and ax.get_ylabel()
        assert "{" not in alts[lang] and len(alts[lang]) > 100
    assert titles["it"] != titles["fr"] and alts["it"] != alts["fr"]


def test_funnel_bars_match_the_model():
    ax = cl.plots.optin_funnels(visitors=1000, form_rate=0.25, confirm_rate=0.7)
    heights = [p.get_height() for p in ax.patches]
    assert heights[:3] == pytest.approx([1000, 250, 250])      # single opt-in
    assert heights[3:6] == pytest.approx([1000, 250, 175])     # double opt-in
    with pytest.raises(ValueError, match="confirm_rate"):
        cl.plots.optin_funnels(confirm_rate=1.2)


def test_frequency_view_draws_the_model_inside_fixed_axes():
    ax = cl.plots.sending_frequency(sends_per_week=3.0, relevance=0.8)
    resp_line = ax.lines[0]
    c = frequency_curve(relevance=0.8)
    np.testing.assert_allclose(resp_line.get_ydata(), c["total_responses"] / 1000)
    # every slider position stays inside the fixed axes
    view = cl.plots.SendingFrequencyView(plt.subplots()[1])
    for r in np.arange(0.1, 1.01, 0.1):
        for s in (0.0, 3.5, 7.0):
            assert view.update(sends_per_week=s, relevance=r) is False
    with pytest.raises(ValueError, match="sends_per_week"):
        view.update(sends_per_week=8, relevance=0.5)


def test_permission_demo_is_registered_and_reads_out_with_decimal_comma():
    demo = cl.demos.DEMOS["permission"]()
    demo.set(sends_per_week=2.5, relevance=0.9)
    text = demo.view.note.get_text()
    lines = text.splitlines()
    # the optimal frequency, then the relevance, written without trailing zeros
    assert "," in lines[-2] and "." not in lines[-2]
    assert lines[-1] == "0,9"
    assert "%" in text


def test_level_names_used_by_the_lesson():
    names = [cl.permission.level_name(lv, "it") for lv in cl.permission.PermissionLevel]
    assert names[0].startswith("Spam") and len(set(names)) == 6


def test_exercises_recognise_typical_mistakes():
    from course_lib.exercises import check

    assert check("06.2", 720)
    assert "opt-in" in check("06.2", 1200).message
    assert check("06.3", optimal_frequency(0.8, weeks=26))
    assert "26" in check("06.3", optimal_frequency(0.8)).message
    assert "0,5" in check("06.3", optimal_frequency(0.5)).message
    # 06.1: a quote asked once is situational permission; each wrong level has its own feedback
    assert check("06.1", "a") and not check("06.1", "c")
    assert "punti" in check("06.1", "c").message or "points" in check("06.1", "c").message


def _boxes(ax):
    fig = ax.figure
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    out = [tx.get_window_extent(r) for a in fig.axes for tx in a.texts if tx.get_visible() and tx.get_text()]
    leg = ax.get_legend()
    if leg is not None:
        out.append(leg.get_window_extent(r))
    return out


@pytest.mark.parametrize("projector", [False, True])
@pytest.mark.parametrize("lang", ["it", "fr"])
def test_no_text_box_overlaps_another(lang, projector):
    from course_lib.style import use_projector_style

    cl.set_language(lang)
    use_projector_style(projector)
    try:
        figures = [cl.plots.optin_funnels(), cl.demos.permission_demo()]
        figures[1].set(relevance=1.0, sends_per_week=3.0)
        figures[1].canvas.draw()
        for ax in (figures[0], figures[1].view.ax):
            boxes = _boxes(ax)
            assert len(boxes) >= 3
            for i, a in enumerate(boxes):
                for b in boxes[i + 1:]:
                    assert not a.overlaps(b), (lang, projector, a, b)
    finally:
        use_projector_style(False)


VALID = [
    (relevance_parameters, dict(relevance=0.5, base_max=0.4, kappa=0.15, eta1=0.002)),
    (subscriber_year, dict(sends_per_week=1.0, relevance=0.5, weeks=10, n0=100.0, optins_per_week=5.0,
                           retention=0.7, base_max=0.4, kappa=0.15, eta0=0.002, eta1=0.002)),
    (frequency_curve, dict(frequencies=[0.5, 1.0], relevance=0.5, weeks=10)),
    (optimal_frequency, dict(relevance=0.5, step=0.1, max_frequency=4.0, weeks=10)),
]
CASES = [(f, name) for f, kw in VALID for name in kw]


@pytest.mark.parametrize("f,name", CASES, ids=[f"{f.__name__}-{n}" for f, n in CASES])
@pytest.mark.parametrize("bad", [math.nan, math.inf, "abc"], ids=["nan", "inf", "str"])
def test_every_parameter_rejects_nan_inf_and_text_by_name(f, name, bad):
    kwargs = dict(next(kw for g, kw in VALID if g is f))
    assert all(np.all(np.isfinite(np.asarray(v, dtype=float)))
               for v in (f(**kwargs).values() if isinstance(f(**kwargs), dict) else [f(**kwargs)])
               if isinstance(v, (float, np.ndarray)))
    value = kwargs[name]
    kwargs[name] = [bad] + list(value[1:]) if isinstance(value, list) else bad
    with pytest.raises(ValueError, match=name):
        f(**kwargs)

"""The consent model (lesson 07): opt-out and opt-in regimes on the same population."""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import course_lib as cl
from course_lib import consent

unit = st.floats(0.0, 1.0, allow_nan=False)
pop = st.floats(1.0, 1e7, allow_nan=False)
money = st.floats(0.0, 1000.0, allow_nan=False)


def test_worked_example_matches_the_equations():
    out = consent.compare_regimes(population=100_000, consent_share=0.10, opposition_share=0.30,
                                  response_consenting=0.05, response_other=0.005,
                                  complaint_consenting=0.002, complaint_other=0.03,
                                  value_per_response=50, cost_per_contact=1, cost_per_complaint=20)
    o, i = out["opt_out"], out["opt_in"]
    # opt-out: 10 000 consenters + 90 000 x 0.7 not on the list = 73 000
    assert o["contacts"] == pytest.approx(73_000)
    assert o["responses"] == pytest.approx(500 + 315)
    assert o["complaints"] == pytest.approx(20 + 1_890)
    assert o["value"] == pytest.approx(50 * 815 - 73_000 - 20 * 1_910)
    assert i["contacts"] == pytest.approx(10_000)
    assert i["not_contactable"] == pytest.approx(90_000)
    assert i["responses"] == pytest.approx(500)
    assert i["value"] == pytest.approx(50 * 500 - 10_000 - 20 * 20)
    assert i["response_rate"] == pytest.approx(0.05)
    assert o["response_rate"] == pytest.approx(815 / 73_000)


def test_nobody_contacted_gives_zero_rates_not_nan():
    out = consent.regime_outcomes(consent_share=0.0, regime="opt_in")
    assert out["contacts"] == 0 and out["response_rate"] == 0 and out["complaint_rate"] == 0


def test_everyone_objects_leaves_only_consenters_under_opt_out():
    out = consent.compare_regimes(consent_share=0.2, opposition_share=1.0)
    for key in ("contacts", "responses", "complaints", "value"):
        assert out["opt_out"][key] == pytest.approx(out["opt_in"][key])


def test_vectorised_and_broadcast():
    c = np.linspace(0, 1, 5)
    out = consent.regime_outcomes(consent_share=c, response_other=[[0.0], [0.01]])
    assert out["contacts"].shape == (2, 5)
    assert out["response_rate"].shape == (2, 5)
    with pytest.raises(ValueError, match="must broadcast"):
        consent.regime_outcomes(consent_share=[0.1, 0.2], opposition_share=[0.1, 0.2, 0.3])


@pytest.mark.parametrize("name,bad", [
    ("population", 0.0), ("population", 2e9), ("consent_share", 1.2), ("opposition_share", -0.1),
    ("response_consenting", 2.0), ("complaint_other", -1e-3), ("value_per_response", -1.0),
    ("cost_per_contact", math.nan), ("cost_per_complaint", math.inf), ("response_other", "x"),
])
def test_bad_input_names_the_parameter(name, bad):
    with pytest.raises(ValueError, match=name):
        consent.regime_outcomes(**{name: bad})


def test_unknown_regime_is_an_error():
    with pytest.raises(ValueError, match="regime"):
        consent.regime_outcomes(regime="opt_maybe")


@settings(max_examples=200, deadline=None)
@given(n=pop, c=unit, o=unit, rc=unit, rn=unit, kc=unit, kn=unit)
def test_population_is_conserved_and_counts_are_bounded(n, c, o, rc, rn, kc, kn):
    out = consent.compare_regimes(population=n, consent_share=c, opposition_share=o,
                                  response_consenting=rc, response_other=rn,
                                  complaint_consenting=kc, complaint_other=kn)
    tol = 1e-9 * n
    for r in out.values():
        assert r["contacts"] + r["not_contactable"] == pytest.approx(n, rel=1e-12, abs=tol)
        assert -tol <= r["contacts"] <= n + tol
        assert -tol <= r["responses"] <= r["contacts"] + tol
        assert -tol <= r["complaints"] <= r["contacts"] + tol
        assert 0.0 <= r["response_rate"] <= 1.0 + 1e-12
        assert 0.0 <= r["complaint_rate"] <= 1.0 + 1e-12
    # the opt-in list is part of the opt-out list: never more contacts, responses or complaints
    for key in ("contacts", "responses", "complaints"):
        assert out["opt_in"][key] <= out["opt_out"][key] + tol


@settings(max_examples=200, deadline=None)
@given(n=pop, c=unit, o=unit, rc=unit, rn=unit, kc=unit, kn=unit)
def test_a_willing_list_responds_more_and_complains_less_per_contact(n, c, o, rc, rn, kc, kn):
    """If consenters respond more (and complain less) than the others, the opt-in list has the
    higher response rate (and the lower complaint rate) per contact."""
    hi_r, lo_r = max(rc, rn), min(rc, rn)
    lo_k, hi_k = min(kc, kn), max(kc, kn)
    out = consent.compare_regimes(population=n, consent_share=c, opposition_share=o,
                                  response_consenting=hi_r, response_other=lo_r,
                                  complaint_consenting=lo_k, complaint_other=hi_k)
    if out["opt_in"]["contacts"] > 0:
        assert out["opt_in"]["response_rate"] >= out["opt_out"]["response_rate"] - 1e-12
        assert out["opt_in"]["complaint_rate"] <= out["opt_out"]["complaint_rate"] + 1e-12


@settings(max_examples=200, deadline=None)
@given(n=pop, c1=unit, c2=unit, o=unit, rc=unit, rn=unit, kc=unit, kn=unit)
def test_more_consent_never_shrinks_a_list(n, c1, c2, o, rc, rn, kc, kn):
    lo, hi = sorted((c1, c2))
    kw = dict(population=n, opposition_share=o, response_consenting=rc, response_other=rn,
              complaint_consenting=kc, complaint_other=kn)
    a = consent.compare_regimes(consent_share=lo, **kw)
    b = consent.compare_regimes(consent_share=hi, **kw)
    tol = 1e-9 * n
    for regime in consent.REGIMES:
        assert b[regime]["contacts"] >= a[regime]["contacts"] - tol
    assert b["opt_in"]["responses"] >= a["opt_in"]["responses"] - tol


@settings(max_examples=100, deadline=None)
@given(c=unit, o=unit, v=money, a=money, b=money)
def test_value_is_linear_in_the_population(c, o, v, a, b):
    kw = dict(consent_share=c, opposition_share=o, value_per_response=v, cost_per_contact=a,
              cost_per_complaint=b)
    one = consent.compare_regimes(population=1_000.0, **kw)
    ten = consent.compare_regimes(population=10_000.0, **kw)
    for regime in consent.REGIMES:
        assert ten[regime]["value"] == pytest.approx(10 * one[regime]["value"], rel=1e-9, abs=1e-6)


def test_exported_from_the_package():
    assert cl.consent is consent and "consent" in cl.__all__


# --- the figure and the demo of lesson 07 ---------------------------------------------------------
def test_every_slider_corner_fits_the_fixed_axes():
    import itertools

    import matplotlib
    matplotlib.use("agg")
    from course_lib import demos, plots

    demo = demos.consent_demo()
    view = demo.view
    ymax = view.ax.get_ylim()[1]
    corners = [(s.low, s.high) for s in demo.specs]
    for values in itertools.product(*corners):
        view.update(**dict(zip([s.name for s in demo.specs], values)))
        for bar in [*view.bars_out, *view.bars_in]:
            assert 0.0 <= bar.get_height() <= 1.0
        for label in [*view.labels_out, *view.labels_in]:
            assert label.get_position()[1] < 0.75 * ymax  # below the legend and the value box
    ax = plots.consent_regimes()
    assert ax.figure._course_alt and "73" in ax.figure._course_alt


def test_figure_counts_match_the_model():
    from course_lib import plots

    ax = plots.consent_regimes(consent_pct=20, opposition_pct=50)
    out = consent.compare_regimes(consent_share=0.2, opposition_share=0.5)
    heights = [p.get_height() for p in ax.patches]
    # three opt-out bars at 100 %, then the three opt-in shares of them
    assert heights[:3] == [1.0, 1.0, 1.0]
    for h, q in zip(heights[3:], ("contacts", "responses", "complaints")):
        assert h == pytest.approx(float(out["opt_in"][q] / out["opt_out"][q]))


def test_spam_exercise_names_the_file_when_a_year_is_missing(tmp_path, monkeypatch):
    import shutil

    from course_lib import datasets
    from course_lib.exercises import get_exercise

    for f in datasets.data_files(with_cards=True):
        shutil.copy(datasets.data_path(f), tmp_path / f)
    path = tmp_path / datasets.SPAM_SHARE
    lines = [ln for ln in path.read_text().splitlines() if not ln.startswith("2025,")]
    path.write_text("\n".join(lines) + "\n")
    monkeypatch.setenv(datasets.DATA_ENV_VAR, str(tmp_path))
    with pytest.raises(ValueError, match=r"spam_share_verified\.csv.*2025"):
        get_exercise("07.2").expected()


def test_spam_exercise_recognises_points_and_mixed_vendors():
    from course_lib.exercises import check

    cl.set_language("it")
    spam = cl.datasets.load_spam_share()
    k = spam[spam["vendor"] == "Kaspersky"].set_index("period")["spam_share_pct"]
    points = check("07.2", k["2025"] - k["2015"])
    assert not points and "punti" in points.message
    symantec = float(spam[(spam["vendor"] == "Symantec")]["spam_share_pct"].iloc[0])
    mixed = check("07.2", 100 * (k["2025"] - symantec) / symantec)
    assert not mixed and "Symantec" in mixed.message
    assert check("07.2", 100 * (k["2025"] - k["2015"]) / k["2015"])

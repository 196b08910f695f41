"""Tests of course_lib.permission (REFERENCES.md §1.6 invariants)."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from course_lib.permission import (
    LEVEL_NAMES,
    PermissionLevel,
    acquisition_vs_cultivation,
    clv,
    double_optin,
    level_name,
    optin_funnel,
)

SET = settings(max_examples=50, deadline=None)
rates_st = hnp.arrays(np.float64, st.integers(1, 6), elements=st.floats(0, 1))


# ---------------------------------------------------------------- levels
def test_levels_order_and_names():
    assert [int(x) for x in PermissionLevel] == list(range(6))
    assert PermissionLevel.SPAM < PermissionLevel.SITUATIONAL < PermissionLevel.INTRAVENOUS
    assert set(LEVEL_NAMES) == set(PermissionLevel)
    for names in LEVEL_NAMES.values():
        assert set(names) >= {"it", "fr"} and all(names[l].strip() for l in ("it", "fr"))
    assert level_name(PermissionLevel.POINTS, "it") == "Punti (programmi fedeltà)"
    assert level_name(4, "fr") == "Points (programmes de fidélité)"
    assert len({level_name(lv, "it") for lv in PermissionLevel}) == 6


def test_level_name_bad_input():
    with pytest.raises(ValueError, match="lang"):
        level_name(1, "en")
    with pytest.raises(ValueError, match="level"):
        level_name(6, "it")


# ---------------------------------------------------------------- funnels
@SET
@given(n=st.floats(0, 1e6), rates=rates_st, pc=st.floats(0, 1))
def test_funnel_nonincreasing_and_double_le_single(n, rates, pc):
    single = optin_funnel(n, rates)
    assert single.shape == (rates.size + 1,)
    assert single[0] == n and np.all(np.diff(single) <= 1e-9 * max(n, 1))
    np.testing.assert_allclose(single[-1], n * np.prod(rates), rtol=1e-12, atol=1e-9)
    double = double_optin(n, rates, pc)
    assert double.shape == (rates.size + 2,)
    assert double[-1] <= single[-1] + 1e-9
    np.testing.assert_allclose(double[:-1], single)


def test_funnel_broadcast():
    out = optin_funnel([100, 1000], [0.5, 0.1])
    np.testing.assert_allclose(out, [[100, 50, 5], [1000, 500, 50]])
    d = double_optin(1000, [0.5, 0.1], [1.0, 0.6])
    np.testing.assert_allclose(d[:, -1], [50, 30])


# ---------------------------------------------------------------- CLV
def test_clv_reference_example():
    assert clv(100, 0.8, 0.1) == pytest.approx(266.6667, abs=1e-3)
    assert clv(100, 0.8, 0.1, first_margin_now=True) == pytest.approx(100 * 1.1 / 0.3)


@SET
@given(m=st.floats(-500, 500), r=st.floats(0, 0.99), i=st.floats(0.0, 0.5),
       now=st.booleans(), H=st.integers(0, 60))
def test_clv_closed_forms_equal_sums(m, r, i, now, H):
    t = np.arange(0, H) if now else np.arange(1, H + 1)
    explicit = np.sum(m * (r / (1 + i)) ** t)
    assert clv(m, r, i, horizon=H, first_margin_now=now) == pytest.approx(explicit, rel=1e-9, abs=1e-9)
    t_long = np.arange(0, 5000) if now else np.arange(1, 5001)
    long_sum = np.sum(m * (r / (1 + i)) ** t_long)
    assert clv(m, r, i, first_margin_now=now) == pytest.approx(long_sum, rel=1e-6, abs=1e-6)


@SET
@given(m=st.floats(1, 500), r=st.floats(0.01, 0.95), i=st.floats(0.0, 0.5),
       H=st.one_of(st.none(), st.integers(1, 40)))
def test_clv_monotone(m, r, i, H):
    base = clv(m, r, i, horizon=H)
    assert clv(m * 1.1, r, i, horizon=H) > base
    assert clv(m, r + 0.04, i, horizon=H) > base
    assert clv(m, r, i + 0.05, horizon=H) < base
    assert clv(m, 0.0, i, horizon=H) == 0.0


def test_clv_edge_cases_and_broadcast():
    assert clv(100, 1.0, 0.0, horizon=5) == 500
    assert clv(100, 0.0, 0.1, horizon=5, first_margin_now=True) == 100
    assert clv(100, 0.5, 0.1, horizon=0) == 0
    out = clv(100, [0.5, 0.8], [[0.0], [0.1]], horizon=[10, 20])
    assert out.shape == (2, 2)


@pytest.mark.parametrize(
    "kwargs, name",
    [
        (dict(margin=np.nan, retention=0.5, discount=0.1), "margin"),
        (dict(margin=1, retention=1.2, discount=0.1), "retention"),
        (dict(margin=1, retention=0.5, discount=-0.1), "discount"),
        (dict(margin=1, retention=1.0, discount=0.0), "discount"),
        (dict(margin=1, retention=0.5, discount=0.1, horizon=2.5), "horizon"),
        (dict(margin=1, retention=0.5, discount=0.1, horizon=-1), "horizon"),
        (dict(margin=1, retention=0.5, discount=0.1, first_margin_now=1), "first_margin_now"),
    ],
)
def test_clv_bad_input(kwargs, name):
    with pytest.raises(ValueError, match=name):
        clv(**kwargs)


def test_funnel_bad_input():
    with pytest.raises(ValueError, match="rates"):
        optin_funnel(100, [0.5, 1.2])
    with pytest.raises(ValueError, match="rates"):
        optin_funnel(100, 0.5)
    with pytest.raises(ValueError, match="visitors"):
        optin_funnel(-1, [0.5])
    with pytest.raises(ValueError, match="visitors"):
        optin_funnel([1, 2, 3], [[0.5], [0.5]])
    with pytest.raises(ValueError, match="confirm_rate"):
        double_optin(100, [0.5], -0.2)


# ---------------------------------------------------------------- budget split
def test_interior_split_beats_extremes():
    shares = np.linspace(0, 1, 41)
    for budget in (2_000, 10_000, 20_000):
        res = acquisition_vs_cultivation(budget, shares)
        tv = res["total_value"]
        best = int(np.argmax(tv))
        assert 0 < best < shares.size - 1
        assert tv[best] > tv[0] and tv[best] > tv[-1]
    res = acquisition_vs_cultivation(10_000, shares)
    assert res["customers"].shape == (41, 36)
    np.testing.assert_allclose(res["cumulative_value"][..., -1], res["total_value"])


@SET
@given(budget=st.floats(0, 1e5), s=st.floats(0, 1), H=st.integers(1, 40))
def test_budget_model_bounds(budget, s, H):
    r = acquisition_vs_cultivation(budget, s, H)
    assert np.all(r["customers"] >= 0)
    assert np.all((r["retention"] >= 0.6 - 1e-12) & (r["retention"] <= 0.95 + 1e-12))
    N = r["customers"]
    np.testing.assert_allclose(N[1:], r["retention"][:-1] * N[:-1] + r["acquired"][:-1])
    if s == 0:
        assert np.all(r["acquired"] == 0) and np.all(np.diff(N) <= 0)


@pytest.mark.parametrize(
    "kwargs, name",
    [
        (dict(budget=-1, share_interruption=0.5), "budget"),
        (dict(budget=100, share_interruption=1.5), "share_interruption"),
        (dict(budget=100, share_interruption=0.5, horizon=0), "horizon"),
        (dict(budget=100, share_interruption=0.5, cac=0), "cac"),
        (dict(budget=100, share_interruption=0.5, r_max=0.5), "r_max"),
        (dict(budget=100, share_interruption=0.5, r0=1.1), "r0"),
        (dict(budget=100, share_interruption=0.5, k=-1), "k"),
    ],
)
def test_budget_bad_input(kwargs, name):
    with pytest.raises(ValueError, match=name):
        acquisition_vs_cultivation(**kwargs)

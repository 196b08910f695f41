"""Tests of course_lib.population (heterogeneous recipients)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from course_lib.fatigue import fatigue_stock, habituated_sends, simulate_list
from course_lib.population import draw_population, simulate_population

SET = settings(max_examples=50, deadline=None)
sends_st = hnp.arrays(np.float64, st.integers(1, 30), elements=st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.0]))


@SET
@given(s=sends_st, n=st.integers(1, 3000), h=st.floats(0, 2), seed=st.integers(0, 2**31))
def test_conservation_and_monotone(s, n, h, seed):
    r = simulate_population(s, n, heterogeneity=h, seed=seed)
    a, o, e = r["active"], r["opted_out"], r["engaged"]
    assert a.shape == o.shape == e.shape == s.shape
    np.testing.assert_array_equal(a + np.cumsum(o), n)
    assert np.all(np.diff(a) <= 0) and np.all(a >= 0) and np.all(o >= 0)
    active_start = np.r_[n, a[:-1]]
    bound = active_start * habituated_sends(s) * 0.2  # p0 * effective sends
    assert np.all(e >= 0) and np.all(e <= bound * (1 + 1e-5) + 1e-9)
    assert not np.any(np.isnan(e))


def test_deterministic_per_seed():
    s = np.tile([2.0, 0.0, 1.0], 10)
    r1 = simulate_population(s, 2_000, seed=3)
    r2 = simulate_population(s, 2_000, seed=3)
    r3 = simulate_population(s, 2_000, seed=4)
    for key in r1:
        np.testing.assert_array_equal(r1[key], r2[key])
    assert not np.array_equal(r1["engaged"], r3["engaged"])


def test_homogeneous_population_matches_aggregate_model():
    # heterogeneity 0: everybody identical; tolerance high enough that nobody leaves
    s = np.array([1.0, 2.0, 0.0, 1.0, 3.0, 0.0])
    r = simulate_population(s, 500, heterogeneity=0.0, tolerance_mean=100.0)
    assert np.all(r["active"] == 500)
    agg = simulate_list(s, 500, eta0=0.0, eta1=0.0)
    np.testing.assert_allclose(r["engaged"], agg["engaged"], rtol=1e-5)
    # and everyone leaves together at the first crossing of the threshold
    F = fatigue_stock(s, 0.7)
    r = simulate_population(s, 500, heterogeneity=0.0, tolerance_mean=2.5)
    t_cross = int(np.argmax(F > 2.5))
    assert r["opted_out"][t_cross] == 500 and r["opted_out"].sum() == 500


def test_fractional_sends_engagement():
    # population.py docstring: for s_t <= 1 the engagement term is s_t p0 exp(-kappa F);
    # fractional s_t > 1 matches the aggregate model (habituated_sends, linear between
    # integers)
    s = np.array([0.5, 0.25, 1.0, 0.75, 1.5, 2.5, 0.5])
    r = simulate_population(s, 400, heterogeneity=0.0, tolerance_mean=100.0)
    assert np.all(r["active"] == 400)
    F_prev = np.r_[0.0, fatigue_stock(s, 0.7)[:-1]]
    small = s <= 1
    np.testing.assert_allclose(
        r["engaged"][small], 400 * s[small] * 0.2 * np.exp(-0.15 * F_prev[small]), rtol=1e-5
    )
    agg = simulate_list(s, 400, eta0=0.0, eta1=0.0)
    np.testing.assert_allclose(r["engaged"], agg["engaged"], rtol=1e-5)


def test_heavier_schedule_loses_more():
    light = simulate_population(np.full(52, 1.0), 5_000)
    heavy = simulate_population(np.full(52, 2.0), 5_000)
    assert heavy["active"][-1] < light["active"][-1]
    assert np.all(heavy["active"] <= light["active"])


def test_draw_population_moments():
    rho, tau = draw_population(200_000, retention_mean=0.6, tolerance_mean=4.0, heterogeneity=0.5)
    assert rho.dtype == np.float32 and tau.dtype == np.float32
    assert rho.mean() == pytest.approx(0.6, abs=0.01)
    assert tau.mean() == pytest.approx(4.0, rel=0.02)
    assert np.all((rho >= 0) & (rho < 1)) and np.all(tau > 0)


@pytest.mark.parametrize(
    "kwargs, name",
    [
        (dict(sends=[[1.0, 2.0]]), "sends"),
        (dict(sends=[1.0, -1.0]), "sends"),
        (dict(sends=[1.0, np.inf]), "sends"),
        (dict(sends=[1.0], n_recipients=0), "n_recipients"),
        (dict(sends=[1.0], retention_mean=1.0), "retention_mean"),
        (dict(sends=[1.0], tolerance_mean=0.0), "tolerance_mean"),
        (dict(sends=[1.0], heterogeneity=-0.1), "heterogeneity"),
        (dict(sends=[1.0], base=1.5), "base"),
        (dict(sends=[1.0], kappa=-1.0), "kappa"),
        (dict(sends=[1.0], seed=-1), "seed"),
        (dict(sends=[1.0], seed=1.5), "seed"),
    ],
)
def test_bad_input(kwargs, name):
    with pytest.raises(ValueError, match=name):
        simulate_population(**kwargs)


# --- campaign_sweep: the vectorised campaign the fatigue demo uses -------------------------
from course_lib.population import campaign_sweep  # noqa: E402


@settings(max_examples=15, deadline=None)
@given(retention=st.floats(0.05, 0.95), tolerance=st.floats(0.5, 8.0), seed=st.integers(0, 50))
def test_campaign_without_conversions_matches_population_opt_outs(retention, tolerance, seed):
    rates = np.array([0.0, 0.3, 1.0, 2.5])
    res = campaign_sweep(rates, 20, 300, retention_mean=retention, tolerance_mean=tolerance, base=0.0, seed=seed)
    assert np.all(res["converted"] == 0)
    for i, r in enumerate(rates):
        one = simulate_population(np.full(20, r), 300, retention_mean=retention, tolerance_mean=tolerance, seed=seed)
        assert res["opted_out"][i] == pytest.approx(one["opted_out"].sum() / 300, abs=1e-6)


@settings(max_examples=20, deadline=None)
@given(retention=st.floats(0.05, 0.95), tolerance=st.floats(0.5, 8.0), base=st.floats(0, 1),
       kappa=st.floats(0, 1))
def test_campaign_shares_are_bounded(retention, tolerance, base, kappa):
    res = campaign_sweep(np.linspace(0, 3, 7), 30, 200, retention_mean=retention, tolerance_mean=tolerance,
                         base=base, kappa=kappa)
    total = res["converted"] + res["opted_out"]
    assert np.all((res["converted"] >= 0) & (res["opted_out"] >= 0))
    assert np.all(total <= 1 + 1e-6)
    assert res["converted"][0] == 0 and res["opted_out"][0] == 0  # no calls, nothing happens


def test_campaign_without_fatigue_matches_closed_form():
    # kappa = 0 and nobody ever opts out: converted = 1 - (1 - p0)^(r T)
    res = campaign_sweep([0.5, 1.0, 2.0], 10, 50, tolerance_mean=1e6, heterogeneity=0.0, base=0.1, kappa=0.0)
    expected = 1 - 0.9 ** (np.array([0.5, 1.0, 2.0]) * 10)
    assert np.allclose(res["converted"], expected, rtol=1e-5)


def test_campaign_has_an_interior_best_rate_with_the_demo_defaults():
    res = campaign_sweep(np.arange(1, 13) * 12 / 52, 52, 2000, retention_mean=0.6, tolerance_mean=4.0, seed=1)
    best = int(np.argmax(res["converted"]))
    assert 0 < best < 11


def test_campaign_rejects_bad_input():
    with pytest.raises(ValueError, match="rates"):
        campaign_sweep([1.0, -0.5])
    with pytest.raises(ValueError, match="n_periods"):
        campaign_sweep([1.0], n_periods=0)
    with pytest.raises(ValueError, match="base"):
        campaign_sweep([1.0], base=1.5)

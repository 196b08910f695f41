"""Tests of course_lib.fatigue (REFERENCES.md §1.5 invariants)."""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from course_lib.fatigue import (
    FRANCE_CALLS_PER_30_DAYS,
    FRANCE_CAP_WINDOW_DAYS,
    apply_frequency_cap,
    engagement_probability,
    fatigue_stock,
    frequency_sweep,
    habituated_sends,
    recovery_half_life,
    simulate_list,
    unsubscribe_hazard,
)

SET = settings(max_examples=50, deadline=None)
rho_st = st.floats(0.0, 0.99)
sends_st = hnp.arrays(np.float64, st.integers(1, 40), elements=st.floats(0, 10))
int_sends_st = hnp.arrays(np.int64, st.integers(1, 120), elements=st.integers(0, 6))


# ---------------------------------------------------------------- fatigue stock
def test_fatigue_stock_recursion_and_broadcast():
    s = np.array([1.0, 0, 0, 2, 0])
    np.testing.assert_allclose(fatigue_stock(s, 0.5), [1, 0.5, 0.25, 2.125, 1.0625])
    out = fatigue_stock(s, [0.0, 0.5, 0.9])
    assert out.shape == (3, 5)
    np.testing.assert_allclose(out[0], s)
    assert fatigue_stock(np.ones((4, 2, 6)), 0.7).shape == (4, 2, 6)


@SET
@given(rho=st.floats(0.0, 0.999))
def test_single_send_halves_by_ceil_half_life(rho):
    hl = recovery_half_life(rho)
    n = max(1, math.ceil(hl))
    s = np.zeros(n + 1)
    s[0] = 1.0
    F = fatigue_stock(s, rho)
    assert F[n] <= 0.5 + 1e-12
    assert np.all(np.diff(F) <= 0)


def test_half_life_values():
    assert recovery_half_life(0.5) == pytest.approx(1.0)
    assert recovery_half_life(0.0) == 0.0
    np.testing.assert_allclose(recovery_half_life([0.5, 0.25]), [1.0, 0.5])


@SET
@given(s=sends_st, rho=rho_st)
def test_fatigue_nonnegative_and_at_least_current_send(s, rho):
    F = fatigue_stock(s, rho)
    assert np.all(F >= s - 1e-12)


# ---------------------------------------------------------------- engagement / hazard
@SET
@given(F=hnp.arrays(np.float64, 10, elements=st.floats(0, 100)),
       p0=st.floats(0.001, 1), kappa=st.floats(0, 2))
def test_engagement_in_0_p0(F, p0, kappa):
    p = engagement_probability(F, p0, kappa)
    assert np.all(p > 0) and np.all(p <= p0)
    order = np.argsort(F)
    assert np.all(np.diff(p[order]) <= 1e-15)


def test_rest_restores_engagement():
    s = np.r_[np.full(10, 3.0), np.zeros(10)]
    F = fatigue_stock(s, 0.7)
    p = engagement_probability(F)
    assert np.all(np.diff(p[10:]) > 0)
    assert p[-1] > 0.9 * 0.2


@SET
@given(F=hnp.arrays(np.float64, 8, elements=st.floats(0, 1e3)),
       e0=st.floats(0, 1), e1=st.floats(0, 1), link=st.sampled_from(["cloglog", "logistic"]))
def test_hazard_in_unit_interval_and_increasing(F, e0, e1, link):
    h = unsubscribe_hazard(F, e0, e1, link)
    assert np.all(h >= 0) and np.all(h <= 1) and not np.any(np.isnan(h))
    order = np.argsort(F)
    assert np.all(np.diff(h[order]) >= 0)


def test_hazard_small_x_links_agree():
    assert unsubscribe_hazard(1.0) == pytest.approx(0.004, rel=0.01)
    assert unsubscribe_hazard(1.0, link="logistic") == pytest.approx(0.004, rel=0.01)


def test_habituated_sends():
    np.testing.assert_allclose(habituated_sends([0.0, 1.0, 3.0], 0.0), [0, 1, 3])
    np.testing.assert_allclose(habituated_sends(1.0, 0.15), 1.0)
    k = 0.15
    np.testing.assert_allclose(habituated_sends(3.0, k), 1 + np.exp(-k) + np.exp(-2 * k))
    # fractional sends: linear between integers, never more than s (regression: the
    # closed form (1 - e^{-ks}) / (1 - e^{-k}) gave 0.519 > 0.5)
    np.testing.assert_allclose(habituated_sends(0.5, k), 0.5)
    np.testing.assert_allclose(habituated_sends(2.5, k), 1 + np.exp(-k) + 0.5 * np.exp(-2 * k))
    assert habituated_sends([0.5, 1.0, 2.5], [k, k, k]).shape == (3,)


@SET
@given(
    s=hnp.arrays(np.float64, st.integers(1, 30), elements=st.floats(0, 50)),
    ds=st.floats(0, 5),
    kappa=st.floats(0, 3),
)
def test_habituated_sends_properties(s, ds, kappa):
    h = habituated_sends(s, kappa)
    assert np.all(h >= 0) and np.all(h <= s * (1 + 1e-12))
    assert np.all(habituated_sends(s + ds, kappa) >= h - 1e-12 * (1 + h))  # non-decreasing
    small = s <= 1
    np.testing.assert_allclose(h[small], s[small], rtol=1e-12)
    n = np.floor(s)
    explicit = np.array([sum(math.exp(-kappa * j) for j in range(int(m))) for m in n])
    np.testing.assert_allclose(habituated_sends(n, kappa), explicit, rtol=1e-10, atol=1e-12)


# ---------------------------------------------------------------- frequency cap
def _naive_cap(s, cap, w):
    out = np.zeros_like(s)
    for t in range(s.size):
        used = out[max(0, t - w + 1):t].sum()
        out[t] = min(s[t], cap - used)
    return out


@SET
@given(s=int_sends_st, cap=st.integers(0, 8), w=st.integers(1, 40))
def test_cap_never_increases_and_window_holds(s, cap, w):
    c = apply_frequency_cap(s, cap, w)
    assert c.shape == s.shape
    assert np.all(c <= s) and np.all(c >= 0)
    csum = np.concatenate([[0], np.cumsum(c)])
    win = csum[w:] - csum[:-w] if s.size >= w else csum[-1:]
    assert np.all(win <= cap)
    np.testing.assert_array_equal(c, _naive_cap(s, cap, w))


def test_cap_window1_is_min_and_vectorised():
    s = np.array([[0, 5, 2], [7, 1, 3]])
    np.testing.assert_array_equal(apply_frequency_cap(s, 2), np.minimum(s, 2))
    rng = np.random.default_rng(1)
    S = rng.integers(0, 3, size=(3, 90))
    C = apply_frequency_cap(S, 4, 30)
    for i in range(3):
        np.testing.assert_array_equal(C[i], _naive_cap(S[i], 4, 30))


def test_french_rule_for_a_year():
    # speed is measured in benchmarks/, not asserted in tests
    assert (FRANCE_CALLS_PER_30_DAYS, FRANCE_CAP_WINDOW_DAYS) == (4, 30)
    daily = np.ones((200, 365), dtype=int)
    c = apply_frequency_cap(daily, FRANCE_CALLS_PER_30_DAYS, FRANCE_CAP_WINDOW_DAYS)
    # greedy: the first 4 days of each 30-day block
    np.testing.assert_array_equal(c[0, :30], [1] * 4 + [0] * 26)
    assert c[0].sum() == 4 * 12 + 4  # 12 full blocks and days 360-363


# ---------------------------------------------------------------- list dynamics
@SET
@given(s=sends_st, rho=rho_st, e0=st.floats(0, 0.5), e1=st.floats(0, 0.5))
def test_list_never_grows_without_optins(s, rho, e0, e1):
    r = simulate_list(s, 1000.0, retention=rho, eta0=e0, eta1=e1)
    N = r["subscribers"]
    assert np.all(np.diff(N) <= 1e-9) and np.all(N >= 0)
    assert np.all(r["unsubscribed"] >= 0) and np.all(r["engaged"] >= 0)
    # conservation: N_{t+1} = N_t - U_t
    np.testing.assert_allclose(N[1:], N[:-1] - r["unsubscribed"][:-1], atol=1e-9)


def test_list_with_optins_conserves():
    s = np.tile([1.0, 0.0, 2.0], 5)
    opt = np.linspace(0, 20, 15)
    r = simulate_list(s, 500, new_optins=opt)
    N = r["subscribers"]
    np.testing.assert_allclose(N[1:], N[:-1] - r["unsubscribed"][:-1] + opt[:-1])


def test_simulate_list_single_send_matches_formula():
    r = simulate_list(np.array([1.0, 1.0]), 100.0)
    F = fatigue_stock([1.0, 1.0])
    np.testing.assert_allclose(r["fatigue"], F)
    np.testing.assert_allclose(r["engaged"][1], r["subscribers"][1] * 0.2 * np.exp(-0.15 * F[0]))
    np.testing.assert_allclose(r["unsubscribed"][0], 100 * unsubscribe_hazard(F[0]))


def test_simulate_list_cap_and_vector_params():
    s = np.full(60, 1)
    r = simulate_list(s, cap=4, window=30)
    assert r["sends"].sum() == 8
    r2 = simulate_list(np.ones(10), n0=[100, 200], retention=[0.1, 0.9])
    assert r2["subscribers"].shape == (2, 10)


@SET
@given(f1=st.floats(0, 6), df=st.floats(0, 6), rho=rho_st)
def test_unsubscribes_nondecreasing_in_frequency(f1, df, rho):
    r = frequency_sweep([f1, f1 + df], n_periods=30, retention=rho)
    assert r["total_unsubscribed"][1] >= r["total_unsubscribed"][0] - 1e-9


def test_sweep_interior_optimum_with_defaults():
    r = frequency_sweep(np.arange(0, 30.01, 0.25))
    best = r["best_frequency"]
    assert 0 < best < 30
    assert 0.75 <= best <= 1.5  # about 1.11 on a fine grid (docstring)
    d = frequency_sweep()  # default grid 0, 0.25, ..., 8
    assert d["best_frequency"] == 1.0
    assert d["total_engaged"].max() > d["total_engaged"][[0, -1]].max()
    te = r["total_engaged"]
    assert te.max() > te[0] and te.max() > te[-1]
    assert np.all(np.diff(r["total_unsubscribed"]) >= 0)
    np.testing.assert_allclose(
        r["final_subscribers"] + r["total_unsubscribed"], 10_000, rtol=1e-12
    )


# ---------------------------------------------------------------- validation
@pytest.mark.parametrize(
    "call, name",
    [
        (lambda: fatigue_stock([1, -1]), "sends"),
        (lambda: fatigue_stock([1, np.nan]), "sends"),
        (lambda: fatigue_stock(3.0), "sends"),
        (lambda: fatigue_stock([1, 2], 1.0), "retention"),
        (lambda: fatigue_stock([1, 2], -0.1), "retention"),
        (lambda: recovery_half_life(1.0), "retention"),
        (lambda: engagement_probability(1.0, base=1.5), "base"),
        (lambda: engagement_probability(-1.0), "fatigue"),
        (lambda: engagement_probability(1.0, kappa=-0.1), "kappa"),
        (lambda: engagement_probability(np.inf), "fatigue"),
        (lambda: unsubscribe_hazard(1.0, eta0=-1), "eta0"),
        (lambda: unsubscribe_hazard(1.0, eta1=np.nan), "eta1"),
        (lambda: unsubscribe_hazard(1.0, link="probit"), "link"),
        (lambda: apply_frequency_cap([1, 2.5], 2), "sends"),
        (lambda: apply_frequency_cap([1, 2], -1), "cap"),
        (lambda: apply_frequency_cap([1, 2], 2, window=0), "window"),
        (lambda: simulate_list([1, 1], n0=-5), "n0"),
        (lambda: simulate_list([1, 1], new_optins=-1), "new_optins"),
        (lambda: simulate_list([1, 1], new_optins=[1, 2, 3]), "new_optins"),
        (lambda: simulate_list([1.5, 1], cap=2), "sends"),
        (lambda: simulate_list([1, 1], base=2), "base"),
        (lambda: frequency_sweep([[1, 2]]), "frequencies"),
        (lambda: frequency_sweep([1, 2], n_periods=0), "n_periods"),
    ],
)
def test_bad_input_raises(call, name):
    with pytest.raises(ValueError, match=name):
        call()

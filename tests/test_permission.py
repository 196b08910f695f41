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


# ---------------------------------------------------------------- lesson 08: closed form, bounds, sizes
from course_lib.permission import MAX_CELLS, MAX_HORIZON, best_share, relationship_rates  # noqa: E402


@SET
@given(m=st.floats(-500, 500), r=st.floats(0, 0.98), i=st.floats(0.0, 0.5), now=st.booleans(),
       H=st.integers(0, 400))
def test_clv_closed_form_is_the_limit_of_the_finite_sum(m, r, i, now, H):
    """CLV_H = CLV_inf (1 - q^H): the gap to the closed form shrinks geometrically with H."""
    q = r / (1 + i)
    inf = clv(m, r, i, first_margin_now=now)
    finite = clv(m, r, i, horizon=H, first_margin_now=now)
    tol = 1e-9 * (abs(m) / (1 - q) + 1)
    assert finite == pytest.approx(inf * (1 - q**H), abs=tol)
    later = clv(m, r, i, horizon=H + 1, first_margin_now=now)
    assert abs(inf - later) <= abs(inf - finite) + tol  # never further from the limit
    assert abs(inf - clv(m, r, i, horizon=H + 2000, first_margin_now=now)) <= tol * 10


@SET
@given(budget=st.floats(0, 1e5), s=st.floats(0, 1), H=st.integers(1, 60), n0=st.floats(0, 5000),
       amax=st.floats(1, 1000), r0=st.floats(0, 0.9), dr=st.floats(0, 0.09))
def test_budget_model_customers_bounded_and_conserved(budget, s, H, n0, amax, r0, dr):
    r_max = r0 + dr
    out = acquisition_vs_cultivation(budget, s, H, n0=n0, max_acquired=amax, r0=r0, r_max=r_max)
    N, a, ret = out["customers"], out["acquired"], out["retention"]
    ceiling = max(n0, amax / (1 - r_max))
    assert np.all(N >= 0) and np.all(N <= ceiling * (1 + 1e-9) + 1e-9)
    assert np.all((a >= 0) & (a <= amax))
    # customers are conserved: next = kept + acquired, and kept + lost = current
    lost = (1 - ret[:-1]) * N[:-1]
    np.testing.assert_allclose(N[1:] - N[:-1], a[:-1] - lost, rtol=1e-9, atol=1e-9 * (1 + ceiling))


@SET
@given(b1=st.floats(0, 5e4), extra=st.floats(1, 5e4), s=st.floats(0, 1), H=st.integers(1, 48))
def test_more_budget_never_means_fewer_customers(b1, extra, s, H):
    lo = acquisition_vs_cultivation(b1, s, H)["customers"]
    hi = acquisition_vs_cultivation(b1 + extra, s, H)["customers"]
    assert np.all(hi >= lo - 1e-9 * (1 + lo))


def test_horizon_has_a_documented_maximum_and_fails_fast():
    import time

    start = time.perf_counter()
    with pytest.raises(ValueError, match=r"horizon must be an integer in \[1, 1200\]"):
        acquisition_vs_cultivation(10_000, 0.5, horizon=10**7)
    assert time.perf_counter() - start < 1.0
    assert acquisition_vs_cultivation(10_000, 0.5, horizon=MAX_HORIZON)["customers"].shape == (MAX_HORIZON,)
    with pytest.raises(ValueError, match="scenarios x horizon"):
        acquisition_vs_cultivation(np.ones(MAX_CELLS // 36 + 1), 0.5, horizon=36)
    with pytest.raises(ValueError, match="budget"):
        acquisition_vs_cultivation([1.0, 2.0], [0.1, 0.2, 0.3])


def test_best_share_is_interior_and_matches_the_sweep():
    assert best_share(2_000) == pytest.approx(0.45)
    assert best_share(10_000) == pytest.approx(0.5)
    shares = np.linspace(0, 1, 101)
    tv = acquisition_vs_cultivation(2_000, shares)["total_value"]
    assert best_share(2_000, shares) == pytest.approx(shares[np.argmax(tv)])
    # maximising customers is not maximising value
    n_end = acquisition_vs_cultivation(2_000, np.linspace(0, 1, 21))["customers"][:, -1]
    assert np.linspace(0, 1, 21)[np.argmax(n_end)] != pytest.approx(best_share(2_000))
    with pytest.raises(ValueError, match="shares"):
        best_share(2_000, [0.2, 1.5])
    with pytest.raises(ValueError, match="budget"):
        best_share(-1)


def test_relationship_rates_reproduce_the_data_card():
    from course_lib.datasets import load_bank_relationship

    r = relationship_rates(load_bank_relationship()).set_index("group")
    assert list(r.index) == ["none", "failure", "other", "success"]
    assert r.loc["none", "rate"] == pytest.approx(0.0916, abs=5e-5)
    assert r.loc["success", "rate"] == pytest.approx(0.6473, abs=5e-5)
    assert (r["ci_low"] < r["rate"]).all() and (r["rate"] < r["ci_high"]).all()
    assert r["clients"].sum() == 45_211 - 5  # five clients with an unknown earlier outcome
    with pytest.raises(ValueError, match="counts"):
        relationship_rates(load_bank_relationship().drop(columns="clients"))


@pytest.mark.parametrize("bad", [np.nan, np.inf, "abc"])
def test_best_share_bad_values_name_the_parameter(bad):
    with pytest.raises(ValueError, match="budget"):
        best_share(bad)
    with pytest.raises(ValueError, match="shares"):
        best_share(1000.0, [0.5, bad] if not isinstance(bad, str) else bad)
    with pytest.raises(ValueError, match="horizon"):
        best_share(1000.0, horizon=bad)

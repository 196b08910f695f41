"""Invariants of attention shares and the Tullock escalation (REFERENCES.md section 1.4)."""
import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from course_lib.attention import (
    attention_shares,
    best_response,
    best_response_path,
    contest_payoff,
    share_of_voice,
    tullock_equilibrium,
)

SET = settings(max_examples=50, deadline=None)
efforts = arrays(float, st.integers(1, 8), elements=st.floats(0, 1e4, allow_subnormal=False))
gammas = st.floats(0.1, 4)


# ------------------------------------------------------------------------------ shares
@SET
@given(efforts, gammas, st.floats(0, 100))
def test_shares_conserve_attention(A, g, O):
    s = attention_shares(A, gamma=g, outside=O)
    assert np.all((s >= 0) & (s <= 1))
    if O == 0:
        assert math.isclose(s.sum(), 1.0, rel_tol=1e-12)
    else:
        total = np.sum(A**g)
        assert s.sum() <= 1.0 + 1e-12  # floating-point rounding of a sum of shares
        assert math.isclose(s.sum(), total / (O + total), rel_tol=1e-9, abs_tol=1e-300)


@SET
@given(efforts, gammas, st.floats(1e-3, 1e3))
def test_shares_homogeneous_of_degree_zero(A, g, k):
    assert np.allclose(attention_shares(k * A, g), attention_shares(A, g), rtol=1e-9, atol=1e-12)


@SET
@given(arrays(float, st.integers(1, 6), elements=st.floats(0.01, 100)), gammas,
       arrays(float, 6, elements=st.floats(0.01, 10)), st.floats(0, 10))
def test_shares_match_formula(A, g, w, O):
    w = w[: A.size]
    direct = w * A**g / (O + np.sum(w * A**g))
    assert np.allclose(attention_shares(A, g, w, O), direct, rtol=1e-9, atol=1e-15)


@SET
@given(arrays(float, st.integers(2, 6), elements=st.floats(0.01, 100)), gammas,
       st.floats(1.01, 10), st.floats(0, 10))
def test_own_share_up_in_own_effort_down_in_rivals(A, g, k, O):
    base = attention_shares(A, g, outside=O)
    up = A.copy()
    up[0] *= k
    s_up = attention_shares(up, g, outside=O)
    assert s_up[0] >= base[0] - 1e-12
    assert np.all(s_up[1:] <= base[1:] + 1e-12)


def test_best_response_without_rival_spend_is_the_limit_zero():
    # any tiny positive spend wins the whole prize: no maximiser, the limit 0 is returned
    assert best_response(0.0, 3, 100.0) == 0.0
    assert best_response(5.0, 1, 100.0, gamma=0.5) == 0.0


def test_all_zero_tie_rule_and_axis():
    assert np.allclose(attention_shares(np.zeros(4)), 0.25)
    assert np.all(attention_shares(np.zeros(4), outside=1.0) == 0)
    A = np.array([[1.0, 3.0], [1.0, 1.0]])
    assert np.allclose(share_of_voice(A, axis=0), [[0.5, 0.75], [0.5, 0.25]])
    assert np.allclose(share_of_voice(A), [[0.25, 0.75], [0.5, 0.5]])
    # outside broadcasts over the non-contestant axes
    s = attention_shares(np.ones((3, 2)), outside=np.array([0.0, 1.0, 2.0]))
    assert np.allclose(s.sum(axis=-1), [1.0, 2 / 3, 0.5])
    # no overflow for huge efforts and exponents
    assert np.allclose(attention_shares([1e300, 1e300], gamma=5.0), 0.5)


# ----------------------------------------------------------------------------- contest
def test_worked_example_escalation():
    eq2 = tullock_equilibrium(100, 2)
    assert eq2["spend_each"] == pytest.approx(25)
    assert eq2["total_spend"] == pytest.approx(50)
    assert eq2["dissipation"] == pytest.approx(0.5)
    eq5 = tullock_equilibrium(100, 5)
    assert eq5["spend_each"] == pytest.approx(16)
    assert eq5["total_spend"] == pytest.approx(80)
    assert tullock_equilibrium(100, 1)["spend_each"] == 0
    out = tullock_equilibrium(100, np.array([2, 5, 10]))
    assert out["spend_each"].shape == (3,)
    assert np.allclose(out["attention_each"], [1 / 2, 1 / 5, 1 / 10])


@SET
@given(st.floats(1, 1000), st.integers(2, 12), st.data())
def test_equilibrium_is_a_best_response(V, n, data):
    g = data.draw(st.floats(0.1, n / (n - 1)))
    eq = tullock_equilibrium(V, n, g)
    A = eq["spend_each"]
    pay_eq = contest_payoff(A, (n - 1) * A, V, n=n, gamma=g)
    assert pay_eq == pytest.approx(eq["payoff_each"], rel=1e-9, abs=1e-9 * V)
    assert pay_eq == pytest.approx(V * eq["attention_each"] - A, rel=1e-9, abs=1e-9 * V)
    deviations = np.linspace(0, 2 * V, 4001)
    pays = contest_payoff(deviations, (n - 1) * A, V, n=n, gamma=g)
    assert np.all(pays <= pay_eq + 1e-9 * V)
    # the numeric best response to the equilibrium spend is the equilibrium spend
    assert best_response(A, n, V, g) == pytest.approx(A, rel=1e-6)


@SET
@given(st.floats(1e-3, 500), st.integers(2, 8), st.floats(1, 500), gammas)
def test_best_response_beats_grid(r, n, V, g):
    x = best_response(r, n, V, g)
    assert 0 <= x < V
    grid = np.linspace(0, V, 5001)
    pays = contest_payoff(grid, (n - 1) * r, V, n=n, gamma=g)
    assert contest_payoff(x, (n - 1) * r, V, n=n, gamma=g) >= pays.max() - 1e-9 * V


@SET
@given(st.floats(0, 500), st.integers(2, 8), st.floats(1, 500))
def test_best_response_closed_form_gamma_one_vs_numeric(r, n, V):
    R = (n - 1) * r
    closed = max(0.0, math.sqrt(V * R) - R)
    assert best_response(r, n, V) == pytest.approx(closed, rel=1e-12, abs=1e-12)
    # the numeric solver used for gamma != 1 is continuous through gamma = 1
    near = best_response(r, n, V, 1.0 + 1e-9)
    assert near == pytest.approx(closed, rel=1e-5, abs=1e-6 * V)


@SET
@given(st.floats(0, 100, allow_subnormal=False), st.floats(0, 100, allow_subnormal=False), st.floats(1, 100), gammas,
       st.floats(0, 10))
def test_payoff_with_attraction_matches_shares(own, rival, V, g, O):
    # n=None: rivals_total is the rivals' combined attraction
    s = attention_shares(np.array([own, rival]), gamma=g, outside=O)
    pay = contest_payoff(own, rival**g, V, gamma=g, outside=O)
    if own > 0 or rival > 0 or O > 0:
        assert pay == pytest.approx(V * s[0] - own, rel=1e-9, abs=1e-9 * V)
    # n given: rivals_total split equally among n-1 = 3 rivals
    s4 = attention_shares(np.array([own, rival, rival, rival]), gamma=g, outside=O)
    pay4 = contest_payoff(own, 3 * rival, V, n=4, gamma=g, outside=O)
    assert pay4 == pytest.approx(V * s4[0] - own, rel=1e-9, abs=1e-9 * V)


@SET
@given(st.floats(1, 1000), st.integers(1, 25), st.floats(0.1, 1.0))
def test_dynamics_escalate_to_equilibrium(V, n, g):
    path = best_response_path(V, n, g)
    target = tullock_equilibrium(V, n, g)["spend_each"]
    assert path.shape == (21,)
    assert path[0] == pytest.approx(1e-3)
    assert path[-1] == pytest.approx(target, rel=1e-6, abs=1e-9)
    if n >= 2 and target > 10 * path[0]:
        assert path[1] > 10 * path[0]  # it climbs from near zero


@SET
@given(st.integers(2, 10), st.data())
def test_dynamics_converge_for_gamma_above_one(n, data):
    lim = n / (n - 1)
    g = data.draw(st.floats(1.0, 0.97 * lim)) if 0.97 * lim > 1 else 1.0
    assume(g >= 1.0)
    path = best_response_path(100, n, g, steps=40)
    assert path[-1] == pytest.approx(tullock_equilibrium(100, n, g)["spend_each"], rel=1e-6)


@SET
@given(st.floats(1, 1000), st.integers(2, 30), st.floats(0.1, 1.0))
def test_more_clutter_more_spending_same_attention(V, n, g):
    a, b = tullock_equilibrium(V, n, g), tullock_equilibrium(V, n + 1, g)
    assert b["total_spend"] > a["total_spend"]
    assert a["attention_each"] * n == pytest.approx(1.0)
    assert a["dissipation"] <= g + 1e-12


# ---------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    "call, name",
    [
        (lambda: attention_shares([1, -2]), "efforts"),
        (lambda: attention_shares(3.0), "efforts"),
        (lambda: attention_shares([1, 2], gamma=0), "gamma"),
        (lambda: attention_shares([1, 2], weights=[1, -1]), "weights"),
        (lambda: attention_shares([1, 2], weights=[1, 1, 1]), "weights"),
        (lambda: attention_shares([1, 2], outside=-1), "outside"),
        (lambda: attention_shares([1, 2], outside=np.nan), "outside"),
        (lambda: attention_shares([1, 2], axis=2), "axis"),
        (lambda: share_of_voice([np.inf, 1]), "spend|efforts"),
        (lambda: contest_payoff(-1, 1, 10), "own"),
        (lambda: contest_payoff(1, -1, 10), "rivals_total"),
        (lambda: contest_payoff(1, 1, 0), "prize"),
        (lambda: contest_payoff(1, 1, 10, n=1.5), "n"),
        (lambda: contest_payoff(1, 1, 10, n=1), "rivals_total"),
        (lambda: best_response(1, 0, 10), "n"),
        (lambda: best_response(1, 2, 10, gamma=-1), "gamma"),
        (lambda: best_response(1, True, 10), "n"),
        (lambda: tullock_equilibrium(100, 2, gamma=2.5), "gamma"),
        (lambda: tullock_equilibrium(100, [2, 5], gamma=1.5), "gamma"),
        (lambda: tullock_equilibrium(-100, 2), "prize"),
        (lambda: tullock_equilibrium(100, 0), "n"),
        (lambda: best_response_path(100, 3, gamma=2.0), "gamma"),
        (lambda: best_response_path(100, 3, steps=0), "steps"),
        (lambda: best_response_path(100, 3, start=0.0), "start"),
    ],
)
def test_bad_input_raises(call, name):
    with pytest.raises(ValueError, match=name):
        call()

"""Mass versus targeted interruption (lesson 05): bounds, conservation, monotonicity, equivalence."""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import course_lib as cl
from course_lib import targeting

finite = dict(allow_nan=False, allow_infinity=False)
budgets = st.floats(0.01, 1e9, **finite)
costs = st.floats(1e-3, 1e3, **finite)
precisions = st.floats(0.001, 1.0, **finite)
shares = st.floats(0.0, 1.0, **finite)
populations = st.floats(1.0, 1e9, **finite)
interests = st.floats(0.001, 0.999, **finite)
conversions = st.floats(0.001, 1.0, **finite)
gains = st.floats(0.0, 100.0, **finite)
outsides = st.floats(0.01, 100.0, **finite)


def _run(B, c, p, r, N, q, b, g, O):
    return targeting.campaign_outcomes(B, c, p, r, population=N, interest=q, conversion=b, gain=g, outside=O)


@settings(max_examples=300, deadline=None)
@given(budgets, costs, precisions, shares, populations, interests, conversions, gains, outsides)
def test_bounds_and_conservation(B, c, p, r, N, q, b, g, O):
    out = _run(B, c, p, r, N, q, b, g, O)
    K, I, U = float(out["reached"]), float(out["interested"]), float(out["not_interested"])
    R, A = float(out["responses"]), float(out["annoyed"])
    assert 0 < R <= I <= K <= N
    assert I <= q * N * (1 + 1e-12)          # never more interested people than exist
    assert U <= (1 - q) * N * (1 + 1e-12) + 1e-9
    assert math.isclose(I + U, K, rel_tol=1e-12)  # conservation
    assert 0 <= A <= K * (1 + 1e-12)
    assert float(out["spent"]) <= B * (1 + 1e-12)
    assert math.isclose(float(out["cost_per_response"]) * R, float(out["spent"]), rel_tol=1e-9)
    assert 0 < float(out["attention"]) < 1


@settings(max_examples=300, deadline=None)
@given(budgets, costs, precisions, precisions, shares, populations, interests, conversions, gains, outsides)
def test_more_precision_more_responses_fewer_uninterested(B, c, p1, p2, r, N, q, b, g, O):
    lo, hi = sorted((p1, p2))
    a, z = _run(B, c, lo, r, N, q, b, g, O), _run(B, c, hi, r, N, q, b, g, O)
    assert float(z["responses"]) >= float(a["responses"]) * (1 - 1e-12)
    assert float(z["not_interested"]) <= float(a["not_interested"]) * (1 + 1e-12) + 1e-9


@settings(max_examples=300, deadline=None)
@given(budgets, costs, precisions, shares, shares, populations, interests, conversions, gains, outsides)
def test_more_relevance_more_responses_fewer_annoyed(B, c, p, r1, r2, N, q, b, g, O):
    lo, hi = sorted((r1, r2))
    a, z = _run(B, c, p, lo, N, q, b, g, O), _run(B, c, p, hi, N, q, b, g, O)
    assert float(z["responses"]) >= float(a["responses"])
    assert float(z["annoyed"]) <= float(a["annoyed"]) * (1 + 1e-12)
    assert float(z["reached"]) == float(a["reached"])  # relevance does not change who is reached


@settings(max_examples=200, deadline=None)
@given(budgets, costs, shares, populations, interests)
def test_mass_equals_targeted_at_the_base_rate(B, c, r, N, q):
    out = targeting.mass_vs_targeted(budget=B, precision=q, relevance=r, population=N, interest=q,
                                     cost_mass=c, cost_targeted=c)
    for key in out["mass"]:
        assert float(out["mass"][key]) == float(out["targeted"][key]), key


def test_worked_example_of_the_lesson():
    out = targeting.mass_vs_targeted()  # 3 000 euros, 100 000 people, 10 % interested
    m, t_ = out["mass"], out["targeted"]
    assert float(m["reached"]) == pytest.approx(60_000)
    assert float(m["interested"]) == pytest.approx(6_000)
    assert float(t_["reached"]) == pytest.approx(15_000)
    assert float(t_["interested"]) == pytest.approx(9_000)
    # attention: generic weight 1 -> 1/2, relevant weight 3 -> 3/4; half relevant -> 5/8
    assert float(m["attention"]) == pytest.approx(0.625)
    assert float(m["responses"]) == pytest.approx(6_000 * 0.1 * 0.625)
    assert float(t_["annoyed"]) == pytest.approx(6_000 + 0.5 * 9_000)
    assert float(m["cost_per_response"]) == pytest.approx(8.0)


def test_attention_comes_from_the_attention_model():
    out = targeting.campaign_outcomes(1000, 0.1, 0.5, 1.0, gain=2.0, outside=1.0)
    expected = cl.attention.attention_shares([1.0], weights=[3.0], outside=1.0)[0]
    assert float(out["attention"]) == pytest.approx(expected)


def test_break_even_precision_equalises_responses():
    p_star = float(targeting.break_even_precision(0.1, 0.05, 0.2))
    assert p_star == pytest.approx(0.4)
    out = targeting.mass_vs_targeted(precision=p_star)
    assert float(out["targeted"]["responses"]) == pytest.approx(float(out["mass"]["responses"]))
    below = targeting.mass_vs_targeted(precision=p_star - 0.05)
    above = targeting.mass_vs_targeted(precision=p_star + 0.05)
    assert float(below["targeted"]["responses"]) < float(below["mass"]["responses"])
    assert float(above["targeted"]["responses"]) > float(above["mass"]["responses"])


def test_a_precise_list_runs_out_before_the_budget():
    out = targeting.campaign_outcomes(3000, 0.2, 0.8, 0.5)  # at most 10 000 / 0.8 = 12 500 people
    assert float(out["reached"]) == pytest.approx(12_500)
    assert float(out["interested"]) == pytest.approx(10_000)
    assert float(out["spent"]) == pytest.approx(2_500)


def test_vectorised_and_broadcast():
    p = np.array([0.2, 0.5, 0.9])
    r = np.array([[0.0], [1.0]])
    out = targeting.campaign_outcomes(3000, 0.2, p, r)
    assert out["responses"].shape == (2, 3)
    assert np.all(np.diff(out["responses"], axis=1) >= 0)
    assert np.all(out["responses"][1] > out["responses"][0])


@pytest.mark.parametrize("name,value", [
    ("precision", 0.0), ("precision", 1.5), ("relevance", -0.1), ("relevance", 1.1),
    ("interest", 0.0), ("interest", 1.0), ("population", 2e9), ("population", 0.5),
    ("budget", 0.0), ("cost_per_contact", 0.0), ("conversion", 0.0), ("gain", -1.0), ("outside", 0.0),
])
def test_out_of_range_names_the_parameter(name, value):
    kw = dict(budget=3000, cost_per_contact=0.2, precision=0.5, relevance=0.5)
    kw[name] = value
    with pytest.raises(ValueError, match=name):
        targeting.campaign_outcomes(**kw)


def test_shapes_that_do_not_broadcast_are_named():
    with pytest.raises(ValueError, match="precision"):
        targeting.campaign_outcomes(3000, 0.2, [0.2, 0.5], [0.1, 0.2, 0.3])


def test_mass_vs_targeted_rejects_bad_costs():
    with pytest.raises(ValueError, match="cost_targeted"):
        targeting.mass_vs_targeted(cost_targeted=0.0)
    with pytest.raises(ValueError, match="cost_mass"):
        targeting.break_even_precision(cost_mass=-1)

"""Invariants of forgetting, awareness and schedules (REFERENCES.md section 1.3)."""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from course_lib.memory import awareness_path, retention_exponential, retention_power, schedule

SET = settings(max_examples=50, deadline=None)
prob = st.floats(0.0, 1.0)


# --------------------------------------------------------------------------- retention
@SET
@given(arrays(float, st.integers(2, 30), elements=st.floats(0, 1000)), st.floats(0.01, 100),
       st.floats(0.01, 100), st.floats(0.01, 5))
def test_retention_starts_at_one_and_decreases(t, S, tau, d):
    ts = np.sort(t)
    for R in (retention_exponential(ts, S), retention_power(ts, tau, d)):
        assert np.all((R >= 0) & (R <= 1))
        assert np.all(np.diff(R) <= 1e-15)
    assert retention_exponential(0.0, S) == 1.0
    assert retention_power(0.0, tau, d) == 1.0


@SET
@given(st.floats(0, 100), st.floats(0.1, 50), st.floats(0.1, 50), st.floats(0.01, 5))
def test_retention_closed_forms(t, S, tau, d):
    assert math.isclose(retention_exponential(t, S), math.exp(-t / S), rel_tol=1e-12)
    assert math.isclose(retention_power(t, tau, d), (1 + t / tau) ** (-d), rel_tol=1e-10)
    # half-life of the exponential curve is S ln 2
    assert math.isclose(retention_exponential(S * math.log(2), S), 0.5, rel_tol=1e-12)


# --------------------------------------------------------------------------- awareness
@SET
@given(arrays(float, st.integers(1, 60), elements=st.floats(0, 20)), prob, prob, prob)
def test_awareness_in_unit_interval_for_any_exposure(x, k, d, a0):
    a = awareness_path(x, k, d, a0)
    assert a.shape == x.shape
    assert np.all((a >= 0) & (a <= 1))


@SET
@given(arrays(float, st.integers(1, 40), elements=st.floats(0, 1)), prob, prob, prob)
def test_awareness_matches_recursion(x, k, d, a0):
    a, prev = [], a0
    for xt in x:
        prev = prev + k * xt * (1 - prev) - d * prev
        a.append(prev)
    assert np.allclose(awareness_path(x, k, d, a0), a, atol=1e-12)


@SET
@given(st.integers(1, 50), prob, prob)
def test_no_exposure_means_non_increasing_awareness(T, d, a0):
    a = awareness_path(np.zeros(T), 0.3, d, a0)
    assert np.all(np.diff(np.r_[a0, a]) <= 1e-15)


@SET
@given(arrays(float, (2, 3, 10), elements=st.floats(0, 1)))
def test_awareness_batch_equals_rows(x):
    learn = np.array([0.1, 0.5, 0.9])
    a = awareness_path(x, learn=learn, forget=0.2)
    assert a.shape == (2, 3, 10)
    for i in range(2):
        for j in range(3):
            assert np.allclose(a[i, j], awareness_path(x[i, j], learn[j], 0.2))


def test_zielske_pattern_burst_peaks_spread_ends_higher():
    burst = schedule("burst", 52, 13)
    spread = schedule("pulsing", 52, 13, period=4)
    a_b, a_s = awareness_path(burst), awareness_path(spread)
    assert a_b.max() > a_s.max()
    assert a_s[-1] > a_b[-1]


# --------------------------------------------------------------------------- schedules
@SET
@given(st.sampled_from(["continuous", "burst", "pulsing"]), st.integers(1, 200),
       st.floats(0, 500), st.data())
def test_schedule_conserves_total(kind, n, total, data):
    kw = {}
    if kind == "burst":
        start = data.draw(st.integers(0, n - 1))
        kw = dict(burst_start=start, burst_length=data.draw(st.integers(1, n - start)))
    elif kind == "pulsing":
        p = data.draw(st.integers(1, n))
        kw = dict(period=p, on=data.draw(st.integers(1, p)))
    x = schedule(kind, n, total, **kw)
    assert x.shape == (n,)
    assert np.all(x >= 0)
    assert math.isclose(x.sum(), total, rel_tol=1e-12, abs_tol=1e-12)
    active = x[x > 0]
    if total > 0:  # all active periods receive the same exposure
        assert np.allclose(active, active[0], rtol=1e-9)


def test_schedule_shapes():
    b = schedule("burst", 10, 4, burst_start=3)
    assert np.array_equal(b, [0, 0, 0, 1, 1, 1, 1, 0, 0, 0])
    p = schedule("pulsing", 8, 4, period=4, on=2)
    assert np.array_equal(p > 0, [1, 1, 0, 0, 1, 1, 0, 0])
    c = schedule("continuous", 4, 2)
    assert np.allclose(c, 0.5)
    assert np.count_nonzero(schedule("pulsing", 52, 13)) == 13


@pytest.mark.parametrize(
    "call, name",
    [
        (lambda: retention_exponential(-1, 1), "t"),
        (lambda: retention_exponential(1, 0), "stability"),
        (lambda: retention_power(1, -1, 1), "tau"),
        (lambda: retention_power(1, 1, np.inf), "d"),
        (lambda: retention_power([1, 2], [1, 2, 3], 1), "tau"),
        (lambda: awareness_path([0.5, -0.1]), "exposures"),
        (lambda: awareness_path(0.5), "exposures"),
        (lambda: awareness_path([0.5], learn=1.5), "learn"),
        (lambda: awareness_path([0.5], forget=-0.1), "forget"),
        (lambda: awareness_path([0.5], a0=2), "a0"),
        (lambda: awareness_path(np.ones((2, 4)), learn=[0.1, 0.2, 0.3]), "learn"),
        (lambda: schedule("flat", 10, 3), "kind"),
        (lambda: schedule("burst", 0, 3), "n_periods"),
        (lambda: schedule("burst", 10, -3), "total"),
        (lambda: schedule("burst", 10, 3, burst_start=10), "burst_start"),
        (lambda: schedule("burst", 10, 3, burst_start=5, burst_length=6), "burst_length"),
        (lambda: schedule("pulsing", 10, 3, period=0), "period"),
        (lambda: schedule("pulsing", 10, 3, period=4, on=5), "on"),
    ],
)
def test_bad_input_raises(call, name):
    with pytest.raises(ValueError, match=name):
        call()

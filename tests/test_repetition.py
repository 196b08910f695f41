"""Invariants of the two-factor repetition model (REFERENCES.md section 1.3)."""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from course_lib.repetition import two_factor_optimum, two_factor_response

SET = settings(max_examples=50, deadline=None)


def test_worked_example_three_exposures():
    assert math.isclose(two_factor_optimum(), 2.88, abs_tol=5e-3)
    assert two_factor_optimum(1.0, 0.8, 0.08) == pytest.approx(math.log(10) / 0.8)


@SET
@given(st.floats(0.1, 5), st.floats(0.05, 3), st.floats(0.001, 2))
def test_optimum_matches_grid_argmax(A, b, c):
    n_star = two_factor_optimum(A, b, c)
    assert n_star >= 0
    grid = np.linspace(0, max(3 * n_star, 5.0) + 1, 20001)
    E = two_factor_response(grid, A, b, c)
    assert abs(grid[np.argmax(E)] - n_star) <= 2 * (grid[1] - grid[0])
    assert two_factor_response(n_star, A, b, c) >= E.max() - 1e-12


@SET
@given(st.floats(0, 5), st.floats(0.05, 3), st.floats(0, 2))
def test_response_starts_at_zero_and_learning_is_bounded(A, b, c):
    assert two_factor_response(0.0, A, b, c) == 0.0
    n = np.linspace(0, 50, 101)
    E = two_factor_response(n, A, b, c)
    assert np.all(E <= A + 1e-12)
    # without tedium the response is non-decreasing (pure learning)
    assert np.all(np.diff(two_factor_response(n, A, b, 0.0)) >= -1e-15)


@SET
@given(st.floats(0.1, 5), st.floats(0.05, 3))
def test_no_repetition_when_tedium_dominates(A, b):
    assert two_factor_optimum(A, b, A * b) == 0.0
    assert two_factor_optimum(A, b, 2 * A * b) == 0.0
    # inverted U: rises then falls when tedium is small
    c = 0.1 * A * b
    n_star = two_factor_optimum(A, b, c)
    assert two_factor_response(n_star, A, b, c) > two_factor_response(0.5 * n_star, A, b, c)
    assert two_factor_response(n_star, A, b, c) > two_factor_response(2 * n_star, A, b, c)


def test_broadcasting():
    out = two_factor_response(np.arange(5), tedium=np.array([[0.0], [0.1]]))
    assert out.shape == (2, 5)
    assert two_factor_optimum(tedium=np.array([0.01, 0.08, 1.0])).shape == (3,)


@pytest.mark.parametrize(
    "call, name",
    [
        (lambda: two_factor_response(-1), "n"),
        (lambda: two_factor_response(1, learn=-1), "learn"),
        (lambda: two_factor_response(1, rate=0), "rate"),
        (lambda: two_factor_response(1, tedium=np.nan), "tedium"),
        (lambda: two_factor_optimum(tedium=0), "tedium"),
        (lambda: two_factor_optimum(rate=-0.8), "rate"),
        (lambda: two_factor_optimum(learn=[1, 2], rate=[1, 2, 3]), "rate"),
    ],
)
def test_bad_input_raises(call, name):
    with pytest.raises(ValueError, match=name):
        call()

"""Invariants of adstock and saturation (REFERENCES.md sections 1.1 and 1.2)."""
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from course_lib.carryover import (
    adstock_weights,
    geometric_adstock,
    half_life,
    hill,
    logistic_saturation,
    michaelis_menten,
)

SET = settings(max_examples=50, deadline=None)
alphas = st.floats(0.0, 0.95)
series = arrays(float, st.integers(1, 40), elements=st.floats(0.0, 100.0))
pos = st.floats(0.01, 100.0)


# ----------------------------------------------------------------------------- adstock
@SET
@given(alphas, st.integers(1, 30), st.booleans())
def test_weights_shape_start_and_normalisation(alpha, L, norm):
    w = adstock_weights(alpha, L, normalize=norm)
    assert w.shape == (L,)
    assert np.all(np.diff(w) <= 1e-15)  # non-increasing
    if norm:
        assert math.isclose(w.sum(), 1.0, rel_tol=1e-12)
    else:
        assert w[0] == 1.0
        assert np.allclose(w[1:] / np.maximum(w[:-1], 1e-300), alpha) or alpha == 0


def test_weights_broadcast_over_alpha():
    w = adstock_weights(np.array([[0.1, 0.5, 0.9]]), 5)
    assert w.shape == (1, 3, 5)


def _naive_recursion(x, a):
    y = np.zeros_like(x)
    prev = 0.0
    for t, v in enumerate(x):
        prev = v + a * prev
        y[t] = prev
    return y


@SET
@given(series, alphas)
def test_recursion_matches_definition_and_nerlove_arrow(x, alpha):
    y = geometric_adstock(x, alpha)
    assert np.allclose(y, _naive_recursion(x, alpha), rtol=1e-10, atol=1e-10)
    # Nerlove-Arrow goodwill G_t = (1 - delta) G_{t-1} + A_t with delta = 1 - alpha
    delta = 1.0 - alpha
    G, g = [], 0.0
    for a_t in x:
        g = (1 - delta) * g + a_t
        G.append(g)
    assert np.allclose(y, G, rtol=1e-9, atol=1e-9)


@SET
@given(series, alphas, st.integers(1, 15), st.booleans())
def test_truncated_matches_convolution(x, alpha, L, norm):
    w = alpha ** np.arange(L)
    if norm:
        w = w / w.sum()
    expected = np.convolve(x, w)[: x.size]
    got = geometric_adstock(x, alpha, l_max=L, normalize=norm)
    assert np.allclose(got, expected, rtol=1e-10, atol=1e-10)


@SET
@given(series, alphas, st.one_of(st.none(), st.integers(1, 12)))
def test_mass_conservation_with_padding(x, alpha, L):
    pad = np.concatenate([x, np.zeros(800)])
    y = geometric_adstock(pad, alpha, l_max=L, normalize=True)
    assert math.isclose(y.sum(), x.sum(), rel_tol=1e-8, abs_tol=1e-8)
    # un-normalised infinite recursion: total mass is sum(x) / (1 - alpha)
    y_raw = geometric_adstock(pad, alpha)
    assert math.isclose(y_raw.sum(), x.sum() / (1 - alpha), rel_tol=1e-8, abs_tol=1e-8)


@SET
@given(series, series, st.floats(0, 5), st.floats(0, 5), alphas)
def test_nonnegative_and_linear(x1, x2, a, b, alpha):
    T = min(x1.size, x2.size)
    x1, x2 = x1[:T], x2[:T]
    for L in (None, 6):
        y1 = geometric_adstock(x1, alpha, l_max=L)
        y2 = geometric_adstock(x2, alpha, l_max=L)
        y = geometric_adstock(a * x1 + b * x2, alpha, l_max=L)
        assert np.all(y1 >= 0)
        assert np.allclose(y, a * y1 + b * y2, rtol=1e-9, atol=1e-7)


@SET
@given(alphas, alphas, st.integers(2, 30))
def test_impulse_response_monotone_in_alpha(a1, a2, T):
    lo, hi = sorted((a1, a2))
    x = np.zeros(T)
    x[0] = 1.0
    assert np.all(geometric_adstock(x, lo) <= geometric_adstock(x, hi) + 1e-15)


def test_alpha_vector_gives_one_curve_per_value():
    x = np.r_[1.0, np.zeros(9)]
    y = geometric_adstock(x, np.array([0.2, 0.7]))
    assert y.shape == (2, 10)
    assert np.allclose(y[1], geometric_adstock(x, 0.7))
    y2 = geometric_adstock(np.ones((3, 1, 4)), np.array([0.1, 0.2]), l_max=3)
    assert y2.shape == (3, 2, 4)


def test_truncation_loss_warning_example():
    # REFERENCES 1.1: with L = 12, a fraction 0.9**12 = 0.282 of the long-run effect is cut
    x = np.r_[1.0, np.zeros(100)]
    kept = geometric_adstock(x, 0.9, l_max=12).sum() * (1 - 0.9)
    assert math.isclose(1 - kept, 0.282, abs_tol=5e-4)


# --------------------------------------------------------------------------- half-life
def test_half_life_worked_values():
    assert np.allclose(half_life([0.3, 0.5, 0.7, 0.9]), [0.58, 1.00, 1.94, 6.58], atol=5e-3)
    assert half_life(0.0) == 0.0


@SET
@given(st.floats(1e-6, 0.999))
def test_half_life_halves_the_impulse(alpha):
    h = half_life(alpha)
    assert math.isclose(alpha**h, 0.5, rel_tol=1e-9)


@SET
@given(st.floats(0.0, 0.99), st.floats(0.0, 0.99))
def test_half_life_increasing(a1, a2):
    lo, hi = sorted((a1, a2))
    assert half_life(lo) <= half_life(hi)


# -------------------------------------------------------------------------- saturation
@SET
@given(st.floats(0, 1e6), pos, st.floats(0.1, 5))
def test_hill_bounds_and_half_point(x, K, s):
    v = hill(x, K, s)
    assert 0.0 <= v <= 1.0
    assert math.isclose(hill(K, K, s), 0.5, rel_tol=1e-12)
    assert math.isclose(v, x**s / (x**s + K**s), rel_tol=1e-9, abs_tol=1e-300) or x**s > 1e300


@SET
@given(arrays(float, st.integers(2, 30), elements=st.floats(0, 1000)), pos, st.floats(0.1, 5))
def test_saturations_non_decreasing(x, K, s):
    xs = np.sort(x)
    for y in (hill(xs, K, s), michaelis_menten(xs, 2.0, K), logistic_saturation(xs, 1 / K)):
        assert np.all(np.diff(y) >= -1e-15)


@SET
@given(st.floats(0, 1000), st.floats(0, 1000), pos, pos)
def test_michaelis_menten_concave_and_equals_hill(x1, x2, vmax, km):
    mid = michaelis_menten((x1 + x2) / 2, vmax, km)
    avg = (michaelis_menten(x1, vmax, km) + michaelis_menten(x2, vmax, km)) / 2
    assert mid >= avg - 1e-12 * vmax
    assert math.isclose(michaelis_menten(x1, 1.0, km), hill(x1, km, 1.0), rel_tol=1e-9, abs_tol=1e-15)
    assert 0 <= michaelis_menten(x1, vmax, km) < vmax or x1 > 1e12


@SET
@given(st.floats(0, 50), st.floats(0.01, 10))
def test_logistic_is_its_defining_ratio(x, lam):
    e = math.exp(-lam * x)
    assert math.isclose(logistic_saturation(x, lam), (1 - e) / (1 + e), rel_tol=1e-9, abs_tol=1e-15)
    assert 0 <= logistic_saturation(x, lam) <= 1


# ---------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    "call, name",
    [
        (lambda: adstock_weights(1.2, 5), "alpha"),
        (lambda: adstock_weights(0.5, 0), "l_max"),
        (lambda: adstock_weights(0.5, 3, normalize=1), "normalize"),
        (lambda: geometric_adstock([1, 2], 1.0), "alpha"),
        (lambda: geometric_adstock([1, 2], -0.1, l_max=3), "alpha"),
        (lambda: geometric_adstock([1, np.nan], 0.5), "x"),
        (lambda: geometric_adstock([1, -1], 0.5), "x"),
        (lambda: geometric_adstock(3.0, 0.5), "x"),
        (lambda: geometric_adstock(np.ones((2, 5)), [0.1, 0.2, 0.3]), "alpha"),
        (lambda: geometric_adstock([1, 2], 0.5, l_max=2.5), "l_max"),
        (lambda: half_life(1.0), "alpha"),
        (lambda: half_life(-0.2), "alpha"),
        (lambda: hill(-1, 1), "x"),
        (lambda: hill(1, 0), "half_saturation"),
        (lambda: hill(1, 1, slope=np.inf), "slope"),
        (lambda: hill([1, 2], [1, 2, 3]), "half_saturation"),
        (lambda: michaelis_menten(1, 0, 1), "vmax"),
        (lambda: michaelis_menten(1, 1, -1), "km"),
        (lambda: logistic_saturation(1, 0), "lam"),
    ],
)
def test_bad_input_raises(call, name):
    with pytest.raises(ValueError, match=name):
        call()

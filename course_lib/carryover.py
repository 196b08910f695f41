"""Advertising carry-over (adstock) and saturation (diminishing returns).

Carry-over: the effect of an exposure does not vanish at once but decays geometrically,
so interruption is a flow that must be continually refilled (Broadbent 1979).
Saturation: each extra unit of exposure buys less (Hill, Michaelis-Menten, logistic).

All functions are pure and vectorised; time is the last axis of ``x`` and parameters
broadcast by numpy rules (a vector of ``alpha`` gives one curve per value).
"""
from __future__ import annotations

import math

import numpy as np
from scipy.signal import lfilter
from scipy.special import expit

from ._validate import (check_bool, check_int, check_nonnegative, check_positive, check_real, check_broadcast,
                        check_length)

__all__ = [
    "adstock_weights",
    "geometric_adstock",
    "half_life",
    "hill",
    "michaelis_menten",
    "logistic_saturation",
]


def _broadcast(**named) -> tuple[int, ...]:
    """Broadcast shape of the named arrays (see :func:`course_lib._validate.check_broadcast`)."""
    return check_broadcast(**named)


def _out(arr):
    """Return a numpy scalar for 0-d results, the array otherwise."""
    arr = np.asarray(arr, dtype=float)
    return arr[()] if arr.ndim == 0 else arr


# ----------------------------------------------------------------------------- adstock
#: longest carry-over kernel, in lags (ten years of weeks)
MAX_LAGS = 520
#: longest series, in periods (ten years of days)
MAX_PERIODS = 3650
#: most values in a series (all rows and periods together)
MAX_SIZE = 10_000_000


def adstock_weights(alpha, l_max, normalize=True):
    """Geometric carry-over weights w_l = alpha^l for lags l = 0 .. l_max-1.

    Equation: ``w_l = alpha**l`` (so ``w_0 = 1``); with ``normalize=True`` the weights are
    divided by their sum, ``w_l / sum_k w_k``, so that they sum to 1 (PyMC-Marketing
    convention for a truncated kernel).

    Parameters
    ----------
    alpha : float or array_like
        Retention rate per period, in [0, 1]. ``alpha = 0``: no carry-over; ``alpha = 1``:
        flat kernel (a moving sum/average over ``l_max`` periods).
    l_max : int
        Number of lags of the kernel, integer in [1, 520] (:data:`MAX_LAGS`).
    normalize : bool, default True
        Divide the weights by their sum (the sum is >= 1, so this is always safe).

    Returns
    -------
    numpy.ndarray
        Weights of shape ``(*alpha.shape, l_max)``.

    References
    ----------
    Broadbent, S. (1979), "One way TV advertisements work", Journal of the Market Research
    Society 21(3), 139-166 (citation not verified).
    PyMC-Marketing, ``pymc_marketing/mmm/transformers.py``, ``geometric_adstock``.
    """
    a = check_real("alpha", alpha, low=0.0, high=1.0)
    L = check_int("l_max", l_max, low=1, high=MAX_LAGS)
    normalize = check_bool("normalize", normalize)
    if a.size * L > MAX_SIZE:
        check_length("alpha", a, MAX_SIZE // L, axis=None)
    w = a[..., None] ** np.arange(L, dtype=float)
    if normalize:
        w = w / w.sum(axis=-1, keepdims=True)
    return w


def geometric_adstock(x, alpha, *, l_max=None, normalize=False):
    """Geometric adstock (carry-over) of an exposure or spend series along the last axis.

    Two conventions, both found in the reference libraries:

    * ``l_max=None`` -- infinite recursion (Robyn, LightweightMMM)::

          y_0 = x_0,   y_t = x_t + alpha * y_{t-1}

      With ``normalize=True`` the result is multiplied by ``(1 - alpha)``
      (LightweightMMM convention): a unit pulse then has a total effect of exactly 1 in
      the long run, i.e. total mass is conserved given enough trailing periods.
      Here alpha must be in [0, 1).
    * ``l_max=L`` (int) -- truncated convolution (PyMC-Marketing, Meridian)::

          y_t = sum_{l=0}^{L-1} w_l x_{t-l},   w_l = alpha^l   (x_t = 0 for t < 0)

      With ``normalize=True`` the weights are divided by ``sum_l w_l`` (PyMC convention),
      which conserves total mass given at least L-1 trailing periods. Un-normalised, a
      fraction ``alpha^L`` of the long-run effect is cut off (0.9^12 = 28 %).
      Here alpha may be in [0, 1].

    The discrete Nerlove-Arrow goodwill stock ``G_t = (1 - delta) G_{t-1} + A_t`` is exactly
    this recursion with ``alpha = 1 - delta`` (and ``normalize=False``).

    Parameters
    ----------
    x : array_like, shape (..., T)
        Exposures or spend per period, finite and >= 0; time is the last axis, at most 3650
        periods (:data:`MAX_PERIODS`) and 10^7 values in all (:data:`MAX_SIZE`).
    alpha : float or array_like
        Retention per period: in [0, 1) for the recursion, [0, 1] for a truncated kernel.
        Broadcasts against ``x.shape[:-1]`` (e.g. ``alpha`` of shape (k,) with ``x`` of
        shape (T,) gives an output of shape (k, T)). Rule-of-thumb ranges quoted by Robyn:
        TV 0.3-0.8, OOH/print/radio 0.1-0.4, digital 0-0.3.
    l_max : int or None, default None
        None for the infinite recursion; otherwise the kernel length, integer in [1, 520]
        (:data:`MAX_LAGS`).
    normalize : bool, default False
        See the two conventions above.

    Returns
    -------
    numpy.ndarray
        Adstocked series of shape ``broadcast(x.shape[:-1], alpha.shape) + (T,)``, >= 0.

    References
    ----------
    Broadbent, S. (1979), "One way TV advertisements work", Journal of the Market Research
    Society 21(3), 139-166 (citation not verified).
    Nerlove, M. & Arrow, K. J. (1962), "Optimal advertising policy under dynamic
    conditions", Economica 29(114), 129-142 (citation not verified).
    Robyn ``adstock_geometric``; LightweightMMM ``media_transforms.adstock``;
    PyMC-Marketing ``geometric_adstock``.
    """
    xa = check_nonnegative("x", x, ndim=range(1, 33))
    check_length("x", xa, MAX_PERIODS)
    normalize = check_bool("normalize", normalize)
    if l_max is None:
        a = check_real("alpha", alpha, low=0.0, high=1.0, high_open=True)
    else:
        L = check_int("l_max", l_max, low=1, high=MAX_LAGS)
        a = check_real("alpha", alpha, low=0.0, high=1.0)
    batch = _broadcast(**{"x (without its time axis)": xa[..., 0], "alpha": a})
    T = xa.shape[-1]
    if int(np.prod(batch)) * T > MAX_SIZE:
        check_length("x", np.broadcast_to(0.0, batch + (T,)), MAX_SIZE, axis=None)
    xb = np.broadcast_to(xa, batch + (T,)).reshape(-1, T)
    ab = np.broadcast_to(a, batch).reshape(-1)
    out = np.empty_like(xb)
    # one filter call per distinct alpha (a single call in the common scalar case)
    uniq, inv = np.unique(ab, return_inverse=True)
    for j, ai in enumerate(uniq.tolist()):
        rows = inv == j
        if l_max is None:
            y = lfilter([1.0], [1.0, -ai], xb[rows], axis=-1)
            if normalize:
                y *= 1.0 - ai
        else:
            w = ai ** np.arange(min(L, T), dtype=float)
            if normalize:
                # full kernel sum, also when the series is shorter than the kernel
                w = w / (float(L) if ai == 1.0 else (1.0 - ai**L) / (1.0 - ai))
            y = lfilter(w, [1.0], xb[rows], axis=-1)
        out[rows] = y
    np.maximum(out, 0.0, out=out)  # remove -0.0 / rounding below zero
    return out.reshape(batch + (T,))


def half_life(alpha):
    """Half-life of geometric carry-over, in periods.

    Equation: ``h = ln(0.5) / ln(alpha)`` for alpha in (0, 1), and ``h = 0`` for
    ``alpha = 0`` (the effect is gone after the first period). Examples: alpha = 0.3, 0.5,
    0.7, 0.9 give h = 0.58, 1.00, 1.94, 6.58 periods.

    Parameters
    ----------
    alpha : float or array_like
        Retention per period, in [0, 1) (alpha = 1 would mean no decay, infinite half-life).

    Returns
    -------
    float or numpy.ndarray
        Half-life (>= 0), same shape as ``alpha``.

    References
    ----------
    Broadbent, S. (1979), "One way TV advertisements work", Journal of the Market Research
    Society 21(3), 139-166 (citation not verified).
    """
    a = check_real("alpha", alpha, low=0.0, high=1.0, high_open=True)
    pos = a > 0
    la = np.log(np.where(pos, a, 0.5))
    return _out(np.where(pos, math.log(0.5) / la, 0.0))


# -------------------------------------------------------------------------- saturation
def hill(x, half_saturation, slope=1.0):
    """Hill saturation curve, in [0, 1).

    Equation: ``f(x) = x^s / (x^s + K^s)`` with K the half-saturation point (f(K) = 0.5
    for every slope s). slope = 1 is concave (identical to Michaelis-Menten with vmax = 1);
    slope > 1 is S-shaped, with a threshold below which exposure is mostly wasted.
    Computed stably as ``expit(s * ln(x / K))``.

    Parameters
    ----------
    x : array_like
        Exposure or spend, finite and >= 0.
    half_saturation : float or array_like
        K, the exposure giving half of the maximum response, > 0.
    slope : float or array_like, default 1.0
        s, shape parameter, > 0 (1 = concave; 2-3 show a threshold; illustrative default).

    Returns
    -------
    numpy.ndarray
        Response in [0, 1) (it may round to 1.0 for x >> K), broadcast shape of inputs.

    References
    ----------
    Hill, A. V. (1910), J. Physiol. 40: iv-vii (citation not verified).
    Meridian ``adstock_hill.py::_hill``; PyMC-Marketing ``hill_function``.
    """
    xa = check_nonnegative("x", x)
    K = check_positive("half_saturation", half_saturation)
    s = check_positive("slope", slope)
    _broadcast(x=xa, half_saturation=K, slope=s)
    with np.errstate(divide="ignore"):
        z = s * (np.log(xa) - np.log(K))
    return _out(expit(z))


def michaelis_menten(x, vmax, km):
    """Michaelis-Menten saturation: ``f(x) = vmax * x / (km + x)``.

    Concave and increasing, f(km) = vmax / 2, f -> vmax as x -> infinity. It is also the
    steady state of the Vidale-Wolfe sales model in spend (saturation emerges from a finite
    market), and equals ``vmax * hill(x, km, slope=1)``.

    Parameters
    ----------
    x : array_like
        Exposure or spend, finite and >= 0.
    vmax : float or array_like
        Maximum (asymptotic) response, > 0.
    km : float or array_like
        Half-saturation constant, > 0.

    Returns
    -------
    numpy.ndarray
        Response in [0, vmax), broadcast shape of inputs.

    References
    ----------
    Michaelis, L. & Menten, M. L. (1913), Biochem. Z. 49: 333-369 (citation not verified).
    PyMC-Marketing ``michaelis_menten``; Robyn ``mic_men``.
    """
    xa = check_nonnegative("x", x)
    v = check_positive("vmax", vmax)
    k = check_positive("km", km)
    shape = _broadcast(x=xa, vmax=v, km=k)
    # v x / (k + x) written as v / (1 + k / x): no overflow for huge x or k
    xb = np.broadcast_to(xa, shape)
    with np.errstate(divide="ignore", over="ignore"):  # k / tiny x -> inf -> response 0, as it should
        ratio = np.where(xb > 0, k / np.where(xb > 0, xb, 1.0), np.inf)
    return _out(np.where(xb > 0, v / (1.0 + ratio), 0.0))


def logistic_saturation(x, lam):
    """Logistic saturation: ``f(x) = (1 - e^{-lam x}) / (1 + e^{-lam x}) = tanh(lam x / 2)``.

    Concave, f(0) = 0, increasing towards 1.

    Parameters
    ----------
    x : array_like
        Exposure or spend, finite and >= 0.
    lam : float or array_like
        Steepness, > 0 (a slider from 0.5 to 4 is a good illustrative range).

    Returns
    -------
    numpy.ndarray
        Response in [0, 1), broadcast shape of inputs.

    References
    ----------
    PyMC-Marketing ``logistic_saturation`` (``pymc_marketing/mmm/transformers.py``).
    """
    xa = check_nonnegative("x", x)
    lm = check_positive("lam", lam)
    _broadcast(x=xa, lam=lm)
    return _out(np.tanh(lm * xa / 2.0))

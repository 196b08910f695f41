"""Repetition effects: the two-factor (wear-in / wear-out) inverted U.

Repetition first increases learning and agreement, then tedium and reactance take over
(Berlyne 1970; Cacioppo & Petty 1979). The equation used here is a teaching stylisation,
not taken from any single paper.
"""
from __future__ import annotations

import numpy as np

from ._validate import check_nonnegative, check_positive, check_real
from .carryover import _broadcast, _out

#: upper bound on the number of exposures n (a teaching model: far beyond any campaign)
MAX_EXPOSURES = 1e6

__all__ = ["two_factor_response", "two_factor_optimum"]

_REFS = """
    References
    ----------
    Berlyne, D. E. (1970), "Novelty, complexity, and hedonic value", Perception &
    Psychophysics 8(5), 279-286 (citation not verified).
    Cacioppo, J. T. & Petty, R. E. (1979), "Effects of message repetition and position on
    cognitive response, recall, and persuasion", Journal of Personality and Social
    Psychology 37(1), 97-109.
    Krugman, H. E. (1972), "Why three exposures may be enough", Journal of Advertising
    Research 12(6), 11-14 (citation not verified).
"""


def two_factor_response(n, learn=1.0, rate=0.8, tedium=0.08):
    """Two-factor response to n exposures: ``E(n) = A (1 - e^{-b n}) - c n``.

    The first term is learning, which saturates at A; the second is linear tedium. This is
    a teaching stylisation of two-factor theory (not an estimated model): E(0) = 0, E rises
    (wear-in) and then falls (wear-out) when c < A b.

    Parameters
    ----------
    n : array_like
        Number of exposures, in [0, 1e6] (non-integers allowed for smooth curves).
    learn : float or array_like, default 1.0
        A, maximum learning effect, >= 0 (illustrative default).
    rate : float or array_like, default 0.8
        b, learning speed per exposure, > 0 (illustrative default).
    tedium : float or array_like, default 0.08
        c, tedium cost per exposure, >= 0 (illustrative default).

    Returns
    -------
    numpy.ndarray
        Response E(n) (may be negative when tedium dominates), broadcast shape of inputs.
    """
    na = check_real("n", n, low=0.0, high=MAX_EXPOSURES)
    A = check_nonnegative("learn", learn)
    b = check_positive("rate", rate)
    c = check_nonnegative("tedium", tedium)
    _broadcast(n=na, learn=A, rate=b, tedium=c)
    with np.errstate(over="ignore", invalid="ignore"):
        e = -A * np.expm1(-b * na) - c * na
    if not np.all(np.isfinite(e)):
        raise ValueError(
            "learn, tedium and n are too large together: E(n) overflows; "
            f"keep learn and tedium * n below 1e300 (n in [0, {MAX_EXPOSURES:g}])"
        )
    return _out(e)


def two_factor_optimum(learn=1.0, rate=0.8, tedium=0.08):
    """Number of exposures maximising the two-factor response E(n) = A(1 - e^{-bn}) - cn.

    Equation: ``n* = ln(A b / c) / b`` if ``c < A b``, else ``n* = 0`` (tedium outweighs
    even the first exposure's learning). With the defaults A = 1, b = 0.8, c = 0.08:
    n* = ln(10) / 0.8 = 2.88, a "three exposures" flavour (Krugman 1972).

    Parameters
    ----------
    learn : float or array_like, default 1.0
        A, maximum learning effect, >= 0 (illustrative default).
    rate : float or array_like, default 0.8
        b, learning speed per exposure, > 0 (illustrative default).
    tedium : float or array_like, default 0.08
        c, tedium cost per exposure, > 0 (with c = 0 there is no finite optimum;
        illustrative default).

    Returns
    -------
    float or numpy.ndarray
        n* >= 0 (real-valued; round to compare with integer exposure counts), broadcast
        shape of the inputs.
    """
    A = check_nonnegative("learn", learn)
    b = check_positive("rate", rate)
    c = check_positive("tedium", tedium)
    _broadcast(learn=A, rate=b, tedium=c)
    # log(max(Ab/c, 1)) is 0 exactly when c >= A b
    return _out(np.log(np.maximum(A * b / c, 1.0)) / b)


for _f in (two_factor_response, two_factor_optimum):
    if _f.__doc__:  # docstrings are stripped under python -OO
        _f.__doc__ += _REFS
del _f

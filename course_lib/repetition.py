"""Repetition effects: the two-factor (wear-in / wear-out) inverted U.

Repetition first increases learning and agreement, then tedium and reactance take over
(Berlyne 1970; Cacioppo & Petty 1979). The equation used here is a teaching stylisation,
not taken from any single paper.
"""
from __future__ import annotations

import numpy as np

from ._validate import _err, _num, _sep, check_nonnegative, check_positive, check_real
from .carryover import _broadcast, _out

#: upper bound on the number of exposures n (a teaching model: far beyond any campaign)
MAX_EXPOSURES = 1e6

__all__ = ["two_factor_response", "two_factor_optimum", "reach_frequency", "EXAMPLE_PLAN_SHARES"]

#: largest exposure count a frequency distribution may list (a media plan, not a lifetime)
MAX_FREQUENCY_CLASSES = 1000

#: An illustrative media plan (lesson 03): share of the target exposed exactly 0, 1, ..., 6
#: times during a four-week campaign. Invented numbers for teaching, not data.
EXAMPLE_PLAN_SHARES = (0.35, 0.20, 0.15, 0.12, 0.08, 0.06, 0.04)

_REFS = """
    References
    ----------
    Berlyne, D. E. (1970), "Novelty, complexity, and hedonic value", Perception &
    Psychophysics 8(5), 279-286, doi:10.3758/BF03212593.
    Cacioppo, J. T. & Petty, R. E. (1979), "Effects of message repetition and position on
    cognitive response, recall, and persuasion", Journal of Personality and Social
    Psychology 37(1), 97-109.
    Krugman, H. E. (1972), "Why three exposures may be enough", Journal of Advertising
    Research, December 1972 (volume and pages not verified).
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
        raise _err("wearout_overflow", rng=f"[0{_sep()}{MAX_EXPOSURES:g}]")
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
    # log(max(Ab/c, 1)) is 0 exactly when c >= A b; where A b / c overflows, in logs
    with np.errstate(over="ignore", divide="ignore", under="ignore"):
        ratio = A * b / c
        log_ratio = np.where(np.isfinite(ratio), np.log(np.maximum(ratio, 1.0)),
                             np.log(A) + np.log(b) - np.log(c))
        n_star = np.maximum(log_ratio, 0.0) / b
    if not np.all(np.isfinite(n_star)):
        raise _err("optimum_overflow")
    return _out(n_star)


def reach_frequency(shares, effective=3):
    """Reach, average frequency, GRP and effective reach of a media plan.

    ``shares[k]`` is the share of the target population exposed exactly ``k`` times
    (``k = 0, 1, 2, ...``; the shares sum to 1). Media planners then define:

    * reach (copertura / couverture) ``R = 1 - shares[0]``: share exposed at least once;
    * GRP (gross rating points) ``= 100 * sum_k k * shares[k]``: exposures per 100 people;
    * average frequency (frequenza media / répétition moyenne) ``= GRP / (100 R)``: exposures per
      person reached;
    * effective reach at ``effective`` exposures: share exposed at least ``effective`` times
      (the "effective frequency" idea; 3 echoes Krugman 1972 and is a convention, not a law).

    Parameters
    ----------
    shares : array_like, shape (K,)
        Shares in [0, 1] summing to 1 (tolerance 1e-6), 2 <= K <= 1000.
    effective : int, default 3
        Threshold for effective reach, in [1, K - 1].

    Returns
    -------
    dict
        ``reach``, ``grp``, ``average_frequency`` (0 when reach is 0) and
        ``effective_reach``, floats (reach and effective reach as fractions, GRP in points).
    """
    s = check_real("shares", shares, low=0.0, high=1.0, ndim=1)
    if not 2 <= s.size <= MAX_FREQUENCY_CLASSES:
        raise _err("exposure_classes", low=2, high=MAX_FREQUENCY_CLASSES, n=s.size)
    if abs(float(s.sum()) - 1.0) > 1e-6:
        raise _err("shares_sum", value=_num(float(s.sum())))
    from ._validate import check_int
    eff = check_int("effective", effective, low=1, high=s.size - 1)
    k = np.arange(s.size)
    reach = float(1.0 - s[0])
    grp = float(100.0 * np.sum(k * s))
    return {
        "reach": reach,
        "grp": grp,
        "average_frequency": grp / (100.0 * reach) if reach > 0 else 0.0,
        "effective_reach": float(np.sum(s[eff:])),
    }


for _f in (two_factor_response, two_factor_optimum):
    if _f.__doc__:  # docstrings are stripped under python -OO
        _f.__doc__ += _REFS
del _f

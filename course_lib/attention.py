"""Share of attention (contest success function) and the escalation ("arms race") argument.

Attention is a fixed pool: advertisers split it in proportion to their (weighted, powered)
efforts. In the symmetric Tullock contest, spending escalates with clutter (more rivals)
and with "winner-take-most" attention (larger gamma), while each firm still captures 1/n
of the attention: "escalation without results".
"""
from __future__ import annotations

import math

import numpy as np
from scipy.optimize import brentq
from scipy.special import expit

from ._validate import _dec, _err, _sep, _short, check_int, check_nonnegative, check_positive, check_real
from .carryover import _broadcast, _out

__all__ = [
    "attention_shares",
    "share_of_voice",
    "contest_payoff",
    "best_response",
    "tullock_equilibrium",
    "best_response_path",
]

_REFS = """
    References
    ----------
    Tullock, G. (1980), "Efficient rent seeking", in Buchanan, Tollison & Tullock (eds.),
    Toward a Theory of the Rent-Seeking Society, College Station (TX), Texas A&M University
    Press, pp. 97-112.
    Skaperdas, S. (1996), "Contest success functions", Economic Theory 7(2), 283-290
    (citation not verified).
    Bell, D. E., Keeney, R. L. & Little, J. D. C. (1975), "A market share theorem", Journal
    of Marketing Research 12(2), 136-141 (citation not verified).
"""


#: largest number of firms (advertisers) in a contest: far more than any market a course discusses
MAX_FIRMS = 1000
#: largest prize or spend (a thousand billion euros) of the equilibrium and best-response functions:
#: their products stay far from float overflow
MAX_AMOUNT = 1e15
#: largest decisiveness exponent (beyond it, the contest is winner-take-all to machine precision,
#: and gamma x log(effort) stays far from float overflow)
MAX_GAMMA = 100.0


def _check_int_array(name, value, *, low=None, high=None):
    """Validate an integer-valued scalar or array (bools rejected); return it as floats."""
    if isinstance(value, (bool, np.bool_)) or np.asarray(value).dtype == bool:
        raise _err("int_min", name=name, low=low, value=_short(value))
    arr = check_real(name, value, low=low, high=high)
    if np.any(arr != np.round(arr)):
        bad = arr[arr != np.round(arr)].flat[0].item()
        raise _err("int_min", name=name, low=low, value=_short(bad))
    return arr


def _gamma_limit(n):
    """Largest gamma with a pure symmetric equilibrium: n/(n-1) (infinite for n = 1)."""
    n = np.asarray(n, dtype=float)
    return np.where(n > 1, n / np.maximum(n - 1.0, 1.0), np.inf)


def _check_gamma_for_n(gamma, n):
    lim = _gamma_limit(n)
    bad = gamma > lim * (1 + 1e-12)
    if np.any(bad):
        g_bad, n_bad = np.broadcast_arrays(gamma, n)
        gb, nb = g_bad[bad].flat[0].item(), int(n_bad[bad].flat[0])
        raise _err("gamma_limit", formula=f"(0{_sep()}n/(n-1)]", rng=f"(0{_sep()}{_dec(f'{nb / (nb - 1):.6g}')}]",
                   n=nb, value=_dec(repr(gb)))


# ------------------------------------------------------------------------------ shares
def attention_shares(efforts, gamma=1.0, weights=None, outside=0.0, axis=-1):
    """Share of attention captured by each contestant (contest success function).

    Equation::

        s_i = w_i A_i^gamma / (O + sum_j w_j A_j^gamma)

    Shares are >= 0 and sum to 1 when O = 0 (conservation of attention), to less than 1
    when O > 0 (attention that goes to no advertiser: content, avoidance). With O = 0 they
    are unchanged when every effort is scaled by the same factor ("escalation without
    results"). Tie rule: if no contestant has positive weighted effort and O = 0 (e.g. all
    efforts zero), the attention is split equally, s_i = 1/n; with O > 0 every share is 0.
    Computed in log space, so huge efforts or exponents do not overflow.

    Parameters
    ----------
    efforts : array_like, shape (..., n, ...)
        Efforts A_i (spend, exposures), finite and >= 0; contestants along ``axis``.
    gamma : float or array_like, default 1.0
        Decisiveness exponent, in (0, 100] (:data:`MAX_GAMMA`; 1 = proportional; larger =
        winner-take-most; at 100 the largest effort takes everything to machine precision).
        Broadcasts against ``efforts``.
    weights : array_like or None, default None
        Attraction weights w_i >= 0 (e.g. creative quality), broadcasting against
        ``efforts``; None means all 1.
    outside : float or array_like, default 0.0
        Outside option O >= 0, broadcasting against ``efforts`` with ``axis`` removed.
    axis : int, default -1
        Axis of ``efforts`` indexing the contestants.

    Returns
    -------
    numpy.ndarray
        Shares s_i in [0, 1], same shape as ``efforts`` broadcast with gamma and weights.
    """
    e = check_nonnegative("efforts", efforts, ndim=range(1, 33))
    ax = check_int("axis", axis, low=-e.ndim, high=e.ndim - 1)
    g = check_real("gamma", gamma, low=0.0, high=MAX_GAMMA, low_open=True)
    w = np.ones(()) if weights is None else check_nonnegative("weights", weights)
    O = check_nonnegative("outside", outside)
    shape = _broadcast(efforts=e, gamma=g, weights=w)
    if len(shape) != e.ndim:
        raise _err("extra_dims", shape=e.shape, g=g.shape, w=w.shape)
    e, g, w = (np.moveaxis(np.broadcast_to(v, shape), ax, -1) for v in (e, g, w))
    try:
        fits = np.broadcast_shapes(O.shape, e.shape[:-1]) == e.shape[:-1]
    except ValueError:
        fits = False
    if not fits:
        raise _err("outside_shape", shape=e.shape[:-1], got=O.shape)
    with np.errstate(divide="ignore"):
        lt = np.log(w) + g * np.log(e)  # -inf for zero effort or weight
        lo = np.log(O)
    lo = np.broadcast_to(lo, e.shape[:-1])
    m = np.maximum(lt.max(axis=-1), lo)
    ok = np.isfinite(m)
    m_safe = np.where(ok, m, 0.0)
    num = np.exp(lt - m_safe[..., None])
    den = np.exp(lo - m_safe) + num.sum(axis=-1)
    n = e.shape[-1]
    den_safe = np.where(ok, den, 1.0)
    s = np.where(ok[..., None], num / den_safe[..., None], 1.0 / n)
    return np.moveaxis(s, -1, ax)


def share_of_voice(spend, axis=-1):
    """Share of voice: each advertiser's spend divided by total spend, ``s_i = A_i / sum_j A_j``.

    This is :func:`attention_shares` with gamma = 1, no weights and no outside option.
    If every spend is zero, shares are equal (1/n).

    Parameters
    ----------
    spend : array_like
        Spend per advertiser, finite and >= 0; advertisers along ``axis``.
    axis : int, default -1
        Axis indexing the advertisers.

    Returns
    -------
    numpy.ndarray
        Shares in [0, 1] summing to 1 along ``axis``.

    References
    ----------
    Jones, J. P. (1990), "Ad spending: maintaining market share", Harvard Business Review
    68(1), 38-42 (citation not verified).
    """
    spend = check_nonnegative("spend", spend, ndim=range(1, 33))  # errors name spend, not efforts
    check_int("axis", axis, low=-spend.ndim, high=spend.ndim - 1)
    return attention_shares(spend, gamma=1.0, weights=None, outside=0.0, axis=axis)


# ------------------------------------------------------------------------------ contest
def contest_payoff(own, rivals_total, prize, n=None, gamma=1.0, outside=0.0):
    """Payoff of one firm in an attention contest: ``prize * share - own``.

    Equation::

        payoff = V * own^gamma / (O + own^gamma + R) - own

    where R, the rivals' combined attraction, depends on ``n``:

    * ``n`` given (total number of firms, including this one): ``rivals_total`` is the
      total spend of the n - 1 rivals, assumed to spend equally, so
      ``R = (n-1) * (rivals_total / (n-1))^gamma``. For the "rivals spend r each" case
      pass ``rivals_total = (n-1) * r``. With n = 1 rivals_total must be 0.
    * ``n=None``: ``rivals_total`` is already the rivals' combined attraction
      ``R = sum_j A_j^gamma`` (for gamma = 1, simply their total spend).

    Tie rule: if own effort, R and O are all zero the share is 1/n (1/2 when n is None).

    Parameters
    ----------
    own : array_like
        This firm's spend, finite and >= 0.
    rivals_total : array_like
        Rivals' total spend (n given) or combined attraction (n None), finite and >= 0.
    prize : float or array_like
        V, value of the whole attention pool, > 0.
    n : int, array_like of int, or None, default None
        Number of firms including this one, integer in [1, 1000] (:data:`MAX_FIRMS`).
    gamma : float or array_like, default 1.0
        Decisiveness exponent, in (0, 100] (:data:`MAX_GAMMA`).
    outside : float or array_like, default 0.0
        Outside option O >= 0.

    Returns
    -------
    numpy.ndarray
        Payoff, broadcast shape of the inputs.
    """
    x = check_nonnegative("own", own)
    rt = check_nonnegative("rivals_total", rivals_total)
    V = check_positive("prize", prize)
    g = check_real("gamma", gamma, low=0.0, high=MAX_GAMMA, low_open=True)
    O = check_nonnegative("outside", outside)
    if n is None:
        _broadcast(own=x, rivals_total=rt, prize=V, gamma=g, outside=O)
        with np.errstate(divide="ignore"):
            logR = np.log(rt)
        tie = 0.5
    else:
        na = _check_int_array("n", n, low=1, high=MAX_FIRMS)
        _broadcast(own=x, rivals_total=rt, prize=V, n=na, gamma=g, outside=O)
        if np.any((na == 1) & (rt > 0)):
            raise _err("rivals_alone")
        k = np.maximum(na - 1.0, 1.0)
        with np.errstate(divide="ignore"):
            logR = np.where(na > 1, np.log(k) + g * (np.log(rt) - np.log(k)), -np.inf)
        tie = 1.0 / na
    with np.errstate(divide="ignore", invalid="ignore"):
        log_own = g * np.log(x)
        log_rest = np.logaddexp(np.log(O), logR)
        both_zero = np.isneginf(log_own) & np.isneginf(log_rest)
        share = np.where(both_zero, tie, expit(np.where(both_zero, 0.0, log_own - log_rest)))
    return _out(V * share - x)


def _br_scalar(r, V, g):
    """Best response to rivals' combined attraction r = (n-1) * rival_spend^g (floats)."""
    if r <= 0.0:
        return 0.0  # any tiny positive spend wins everything: the limit is 0+
    if g == 1.0:
        return max(0.0, math.sqrt(V * r) - r)
    logr = math.log(r)
    log_vg = math.log(V) + math.log(g)  # in logs: V g can underflow for a tiny prize and gamma
    c = log_vg + logr

    def q(y):  # log of the marginal benefit dV*share/dx at x = e^y, minus log(1)
        a, b = g * y, logr
        lse = max(a, b) + math.log1p(math.exp(-abs(a - b)))
        return c + (g - 1.0) * y - 2.0 * lse

    # marginal benefit < 1 beyond x = (V g r)^(1/(g+1)), since (x^g + r)^2 > x^(2g)
    y_hi = (log_vg + logr) / (g + 1.0) + 1.0
    if g > 1.0:
        # marginal benefit peaks at x^g = r (g-1)/(g+1), decreasing afterwards
        y_lo = (logr + math.log((g - 1.0) / (g + 1.0))) / g
        if q(y_lo) <= 0.0:
            return 0.0  # marginal benefit never exceeds the marginal cost 1
    else:
        # for x^g <= r: benefit >= V g x^(g-1) / (4 r) > 1 below this point
        y_lo = min(logr / g, (log_vg - math.log(4.0) - logr) / (1.0 - g)) - 1.0
    y_lo = max(y_lo, -1e300)  # -inf when gamma is subnormal: any finite bracket end below the root
    if q(y_hi) >= 0.0 or y_lo >= y_hi:  # cannot happen mathematically; be safe
        return 0.0
    if q(y_lo) <= 0.0:  # the bracket lies below any representable spend: the best response is 0+
        return 0.0
    y = brentq(q, y_lo, y_hi, xtol=1e-14, rtol=4 * np.finfo(float).eps, maxiter=2000)
    x = math.exp(y)
    z = logr - g * y  # share = 1 / (1 + e^z), computed without overflow
    share = 1.0 / (1.0 + math.exp(z)) if z <= 0.0 else math.exp(-z) / (1.0 + math.exp(-z))
    payoff = V * share - x
    # compare with the corner x = 0 (payoff 0); exact ties (gamma = n/(n-1) at the
    # equilibrium) are broken in favour of the interior point, up to rounding
    return x if payoff >= -1e-12 * V else 0.0


def best_response(rival_spend, n, prize, gamma=1.0):
    """Spend maximising one firm's payoff when each of n - 1 rivals spends ``rival_spend``.

    Maximises ``V x^gamma / (x^gamma + R) - x`` over x >= 0 with
    ``R = (n-1) * rival_spend^gamma``. For gamma = 1 the closed form is
    ``max(0, sqrt(V R) - R)``. For other gamma the first-order condition is solved on the
    decreasing branch of the marginal benefit (a bracketed root in log x, Brent's method)
    and compared with the corner x = 0, which matters for gamma > 1 where the payoff is
    S-shaped. If R = 0 (n = 1 or rivals spend nothing) there is no maximiser (any tiny
    positive spend wins the whole prize) and the limit 0 is returned.

    Parameters
    ----------
    rival_spend : array_like
        Spend of each rival, in [0, 1e15] (:data:`MAX_AMOUNT`).
    n : int or array_like of int
        Number of firms including this one, integer in [1, 1000] (:data:`MAX_FIRMS`).
    prize : float or array_like
        V, value of the attention pool, in (0, 1e15] (:data:`MAX_AMOUNT`).
    gamma : float or array_like, default 1.0
        Decisiveness exponent, in (0, 100] (:data:`MAX_GAMMA`).

    Returns
    -------
    numpy.ndarray
        Best-response spend in [0, prize), broadcast shape of the inputs.
    """
    r = check_real("rival_spend", rival_spend, low=0.0, high=MAX_AMOUNT)
    na = _check_int_array("n", n, low=1, high=MAX_FIRMS)
    V = check_real("prize", prize, low=0.0, high=MAX_AMOUNT, low_open=True)
    g = check_real("gamma", gamma, low=0.0, high=MAX_GAMMA, low_open=True)
    shape = _broadcast(rival_spend=r, n=na, prize=V, gamma=g)
    rb, nb, Vb, gb = (np.broadcast_to(v, shape).ravel() for v in (r, na, V, g))
    with np.errstate(over="ignore"):
        R = (nb - 1.0) * rb**gb
    if np.all(gb == 1.0):
        out = np.maximum(0.0, np.sqrt(Vb * R) - R)
    else:
        out = np.array([_br_scalar(*args) for args in zip(R.tolist(), Vb.tolist(), gb.tolist())])
    return _out(out.reshape(shape))


def tullock_equilibrium(prize, n, gamma=1.0):
    """Symmetric Nash equilibrium of the n-firm Tullock attention contest.

    Equations (valid for gamma <= n/(n-1))::

        spend_each  A* = gamma V (n-1) / n^2
        total_spend    = gamma V (n-1) / n
        dissipation    = total_spend / V = gamma (n-1) / n
        attention_each = 1 / n            (regardless of spend)
        payoff_each    = V / n - A*

    With V = 100 and gamma = 1: n = 2 gives 25 each (50 % of V spent), n = 5 gives 16 each
    (80 %). More clutter (n) or more winner-take-most attention (gamma) raises spending,
    while attention per firm stays 1/n. n = 1 gives spend 0.

    Parameters
    ----------
    prize : float or array_like
        V, value of the attention pool, in (0, 1e15] (:data:`MAX_AMOUNT`).
    n : int or array_like of int
        Number of firms, integer in [1, 1000] (:data:`MAX_FIRMS`).
    gamma : float or array_like, default 1.0
        Decisiveness exponent, in (0, n/(n-1)] (in (0, 100] for n = 1); above that bound
        no pure-strategy symmetric equilibrium exists and ValueError is raised.

    Returns
    -------
    dict
        Keys "spend_each", "total_spend", "dissipation", "attention_each", "payoff_each";
        values have the broadcast shape of the inputs (numpy scalars for scalar inputs).
    """
    V = check_real("prize", prize, low=0.0, high=MAX_AMOUNT, low_open=True)
    na = _check_int_array("n", n, low=1, high=MAX_FIRMS)
    g = check_real("gamma", gamma, low=0.0, high=MAX_GAMMA, low_open=True)
    _broadcast(prize=V, n=na, gamma=g)
    _check_gamma_for_n(g, na)
    spend = g * V * (na - 1.0) / na**2
    return {
        "spend_each": _out(spend),
        "total_spend": _out(na * spend),
        "dissipation": _out(g * (na - 1.0) / na + 0.0 * V),
        "attention_each": _out(1.0 / na + 0.0 * (V + g)),
        "payoff_each": _out(V / na - spend),
    }


#: largest number of updates of :func:`best_response_path`
STEPS_MAX = 10_000


def best_response_path(prize, n, gamma=1.0, steps=20, start=1e-3):
    """Escalation under symmetric best-response dynamics, from near-zero spend.

    Every firm starts at ``start`` and each step all firms move simultaneously towards
    their best response to the others' current spend, with a damped update::

        A_{k+1} = (1 - theta) A_k + theta * BR(A_k),   theta = 1 - gamma (n-2) / n

    For n = 2 theta = 1 (plain simultaneous best responses). Undamped simultaneous updating
    oscillates for n >= 4 (for gamma = 1 the slope of BR at the equilibrium is 1 - n/2), and
    can collapse to zero when it overshoots; the chosen theta = 1 / (1 - BR'(A*)) cancels the
    slope at the equilibrium, so the path climbs to ``tullock_equilibrium(...)["spend_each"]``
    and converges fast.

    Parameters
    ----------
    prize : float
        V, value of the attention pool, in (0, 1e15] (:data:`MAX_AMOUNT`).
    n : int
        Number of firms, integer in [1, 1000] (:data:`MAX_FIRMS`).
    gamma : float, default 1.0
        Decisiveness exponent, in (0, n/(n-1)] (in (0, 100] for n = 1).
    steps : int, default 20
        Number of updates, in [1, 10000] (``STEPS_MAX``; the path converges in a few steps).
    start : float, default 1e-3
        Initial spend of every firm, in (0, 1e15] (from exactly 0 the best response is the limit 0
        and nothing moves). Illustrative default.

    Returns
    -------
    numpy.ndarray
        Spend per firm, shape (steps + 1,), starting with ``start``.
    """
    V = float(check_real("prize", prize, low=0.0, high=MAX_AMOUNT, low_open=True, ndim=0))
    nn = check_int("n", n, low=1, high=MAX_FIRMS)
    g = float(check_real("gamma", gamma, low=0.0, high=MAX_GAMMA, low_open=True, ndim=0))
    k = check_int("steps", steps, low=1, high=STEPS_MAX)
    a = float(check_real("start", start, low=0.0, high=MAX_AMOUNT, low_open=True, ndim=0))
    _check_gamma_for_n(g, nn)
    theta = 1.0 - g * (nn - 2) / nn if nn >= 2 else 1.0
    out = np.empty(k + 1)
    out[0] = a
    for i in range(1, k + 1):
        R = (nn - 1) * a**g
        a = (1.0 - theta) * a + theta * _br_scalar(R, V, g)
        out[i] = a
    return out


for _f in (attention_shares, contest_payoff, best_response, tullock_equilibrium,
           best_response_path):
    if _f.__doc__:  # docstrings are stripped under python -OO
        _f.__doc__ += _REFS
del _f

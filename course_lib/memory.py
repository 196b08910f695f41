"""Forgetting curves, the learning-forgetting awareness path and exposure schedules.

The awareness path shows a qualitative pattern often taught in media planning: with the same
total number of exposures, a burst reaches a higher peak while a spread (regular or continuous)
schedule ends the year higher. (The study usually cited for it, Zielske 1959, is not verified
here: the course does not describe its design.)
"""
from __future__ import annotations

import math

import numpy as np

from ._validate import (
    check_choice,
    check_int,
    check_nonnegative,
    check_positive,
    check_probability,
    check_length,
)
from ._validate import _err, _short
from .carryover import _broadcast, _out

#: longest exposure schedule, in periods (ten years of days)
MAX_PERIODS = 3650
#: most values in an awareness computation (all paths and periods together)
MAX_SIZE = 1_000_000

__all__ = [
    "retention_exponential",
    "retention_power",
    "awareness_path",
    "schedule",
]


def retention_exponential(t, stability):
    """Exponential forgetting curve: ``R(t) = exp(-t / S)``.

    R(0) = 1 and R decreases in t; after ``S * ln 2`` periods half is retained.

    Parameters
    ----------
    t : array_like
        Time since the exposure, finite and >= 0 (any unit, e.g. days or weeks).
    stability : float or array_like
        S, memory stability in the same unit as t, > 0.

    Returns
    -------
    numpy.ndarray
        Retention in (0, 1], broadcast shape of ``t`` and ``stability``.

    References
    ----------
    Ebbinghaus, H. (1885), Über das Gedächtnis, Leipzig: Duncker & Humblot
    (citation not verified).
    """
    ta = check_nonnegative("t", t)
    S = check_positive("stability", stability)
    _broadcast(t=ta, stability=S)
    with np.errstate(over="ignore"):  # t / S beyond float range: retention 0
        return _out(np.exp(-ta / S))


def retention_power(t, tau, d):
    """Power-law forgetting curve: ``R(t) = (1 + t / tau)^(-d)``.

    R(0) = 1 and R decreases in t, more slowly than an exponential in the long run.

    Parameters
    ----------
    t : array_like
        Time since the exposure, finite and >= 0.
    tau : float or array_like
        Time scale, > 0, same unit as t.
    d : float or array_like
        Decay exponent, > 0.

    Returns
    -------
    numpy.ndarray
        Retention in (0, 1], broadcast shape of the inputs.

    References
    ----------
    Wixted, J. T. & Ebbesen, E. B. (1991), "On the form of forgetting", Psychological
    Science 2(6), 409-415 (citation not verified).
    """
    ta = check_nonnegative("t", t)
    tau_a = check_positive("tau", tau)
    da = check_positive("d", d)
    _broadcast(t=ta, tau=tau_a, d=da)
    # exp(-d * log1p(t/tau)): no overflow, exact 1 at t = 0
    with np.errstate(over="ignore"):  # t / tau beyond float range: retention 0
        return _out(np.exp(-da * np.log1p(ta / tau_a)))


def awareness_path(exposures, learn=0.3, forget=0.1, a0=0.0):
    """Discrete learning-forgetting (Vidale-Wolfe-type) awareness path.

    Equation::

        a_t = a_{t-1} + g_t (1 - a_{t-1}) - delta a_{t-1},   g_t = min(kappa x_t, 1)

    with ``a_{-1} = a0``: exposure x_t teaches a fraction kappa x_t of the unaware, and a
    fraction delta of the aware forget each period. The learning gain ``kappa x_t`` is
    capped at 1 (nobody can learn more than the whole unaware share), which guarantees
    that awareness stays in [0, 1] for any exposures >= 0. With x_t <= 1 and kappa <= 1 the
    cap never binds.

    Parameters
    ----------
    exposures : array_like, shape (..., T)
        Exposures per period (x_t), finite and >= 0; time is the last axis. Typically in
        [0, 1] (e.g. 1 = one ad that period), see :func:`schedule`. At most 3650 periods
        (:data:`MAX_PERIODS`) and 10^6 values in all once broadcast (:data:`MAX_SIZE`).
    learn : float or array_like, default 0.3
        kappa, learning rate per unit exposure, in [0, 1] (illustrative default).
    forget : float or array_like, default 0.1
        delta, forgetting rate per period, in [0, 1] (illustrative default).
    a0 : float or array_like, default 0.0
        Awareness before the first period, in [0, 1].

    ``learn``, ``forget`` and ``a0`` broadcast against ``exposures.shape[:-1]``.

    Returns
    -------
    numpy.ndarray
        Awareness a_0 .. a_{T-1} (after each period's exposure), values in [0, 1],
        shape ``broadcast(exposures.shape[:-1], learn, forget, a0) + (T,)``.

    References
    ----------
    Vidale, M. L. & Wolfe, H. B. (1957), "An operations-research study of sales response to
    advertising", Operations Research 5(3), 370-381 (citation not verified).
    """
    x = check_nonnegative("exposures", exposures, ndim=range(1, 33))
    k = check_probability("learn", learn)
    dl = check_probability("forget", forget)
    a_init = check_probability("a0", a0)
    batch = _broadcast(
        **{"exposures (without its time axis)": x[..., 0], "learn": k, "forget": dl, "a0": a_init}
    )
    T = check_length("exposures", x, MAX_PERIODS)
    if int(np.prod(batch)) * T > MAX_SIZE:
        check_length("exposures", np.broadcast_to(0.0, batch + (T,)), MAX_SIZE, axis=None)
    gain = np.minimum(np.broadcast_to(k, batch)[..., None] * x, 1.0)
    gain = np.broadcast_to(gain, batch + (T,))
    out = np.empty(batch + (T,))
    if out.size == T:  # a single path: a plain float loop is fastest
        g = gain.reshape(-1).tolist()
        d = float(dl.reshape(-1)[0]) if dl.size else 0.0
        a = float(a_init.reshape(-1)[0])
        res = [0.0] * T
        for t in range(T):
            a = a + g[t] * (1.0 - a) - d * a
            res[t] = a
        out.reshape(-1)[:] = res
    else:
        d = np.broadcast_to(dl, batch)
        a = np.broadcast_to(a_init, batch).astype(float)
        for t in range(T):
            g = gain[..., t]
            a = a + g * (1.0 - a) - d * a
            out[..., t] = a
    np.clip(out, 0.0, 1.0, out=out)  # guard rounding only; exact values are in [0, 1]
    return out


def schedule(kind, n_periods, total, *, burst_start=0, burst_length=None, period=None, on=None):
    """Exposure schedule with a fixed total, to compare burst, pulsing and continuous plans.

    The returned exposures sum to ``total`` (up to the last floating-point unit), so
    schedules with the same budget can be compared fairly:

    * ``"continuous"``: ``total / n_periods`` in every period;
    * ``"burst"``: ``total / burst_length`` in ``burst_length`` consecutive periods starting
      at ``burst_start``, zero elsewhere;
    * ``"pulsing"``: the periods t with ``t % period < on`` are active ("on" periods in
      every cycle of ``period``), each receiving ``total / n_active``. With zero exposure
      between the active periods this is what media planners call *flighting* (bursts and
      complete pauses); their *pulsing* keeps a base level between peaks;
    * ``"spread"``: a regular spread plan, one active period every ``period`` periods
      (``"pulsing"`` with ``on=1``): the lesson's "one message every 4 weeks".

    The per-period exposure is not capped: keep it <= 1 if you feed it to
    :func:`awareness_path` with the usual reading "x_t = share of the period with an ad"
    (e.g. 13 messages over 52 weeks: ``burst`` with the default length of 13 weeks, or
    ``spread`` with ``period=4``, both give exposures of exactly 1).

    Parameters
    ----------
    kind : {"continuous", "burst", "pulsing", "spread"}
        Type of schedule.
    n_periods : int
        Number of periods, in [1, 3650] (:data:`MAX_PERIODS`).
    total : float
        Total exposures over the horizon, finite and >= 0.
    burst_start : int, default 0
        ``"burst"`` only: first period of the burst, in [0, n_periods - 1].
    burst_length : int or None, default None
        ``"burst"`` only: number of burst periods, in [1, n_periods - burst_start]. None
        gives ``ceil(total)`` (at most one exposure per period), clipped to that range.
    period : int or None, default None
        ``"pulsing"`` and ``"spread"``: cycle length, in [1, n_periods]. None gives 4 (one
        pulse a month with weekly periods; illustrative).
    on : int or None, default None
        ``"pulsing"`` only: active periods at the start of each cycle, in [1, period].
        None gives 1 (``"spread"`` always uses 1).

    Returns
    -------
    numpy.ndarray
        Float array of length ``n_periods``, >= 0, summing to ``total``.

    References
    ----------
    Simon, H. (1982), "ADPULS: An advertising model with wearout and pulsation", Journal of
    Marketing Research 19(3), 352-363.
    """
    check_choice("kind", kind, ("continuous", "burst", "pulsing", "spread"))
    if kind == "spread":
        if on not in (None, 1):
            raise _err("spread_on", value=_short(on))
        kind, on = "pulsing", 1
    n = check_int("n_periods", n_periods, low=1, high=MAX_PERIODS)
    tot = float(check_nonnegative("total", total, ndim=0))
    active = np.zeros(n, dtype=bool)
    if kind == "continuous":
        active[:] = True
    elif kind == "burst":
        start = check_int("burst_start", burst_start, low=0, high=n - 1)
        if burst_length is None:
            length = min(max(1, math.ceil(tot)), n - start)
        else:
            length = check_int("burst_length", burst_length, low=1, high=n - start)
        active[start : start + length] = True
    else:
        p = 4 if period is None else check_int("period", period, low=1, high=n)
        if period is None and p > n:
            p = n
        k = 1 if on is None else check_int("on", on, low=1, high=p)
        active = (np.arange(n) % p) < k
    out = np.zeros(n)
    idx = np.flatnonzero(active)
    out[idx] = tot / idx.size
    # make the float sum equal to total (absorb rounding in the last active period)
    out[idx[-1]] += tot - out.sum()
    if out[idx[-1]] < 0:
        out[idx[-1]] = 0.0
    return out

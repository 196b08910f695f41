r"""A permission list over a year: opt-ins in, fatigue-driven unsubscribes out, engagement
per send, and the relevance of the messages (lesson 06).

A thin layer on :mod:`course_lib.fatigue`: the list dynamics are those of
:func:`course_lib.fatigue.simulate_list` (fatigue stock, engagement per send damped by
fatigue, unsubscribe hazard rising with fatigue, new opt-ins each week). This module adds

* **relevance** ``r`` in [0, 1], which raises the engagement of a send and lowers the
  irritation it causes (:func:`relevance_parameters`);
* yearly totals (responses, unsubscribes, opt-ins, list at year end, engagement per send)
  for a constant number of sends per week (:func:`subscriber_year`);
* the sending frequency that maximises the responses of the year
  (:func:`optimal_frequency`), interior for the default parameters.

Everything is a teaching stylisation with **illustrative** parameters, none of them an
empirical estimate. At relevance 0.5 the model is exactly the fatigue model of lesson 04
with its defaults (``base = 0.2``, ``kappa = 0.15``, ``eta1 = 0.002``).

References
----------
Godin, S. (1999). *Permission Marketing*. New York: Simon & Schuster (messages
"anticipated, personal and relevant").
Kumar, V., Zhang, X. (A.) & Luo, A. (2014). Modeling customer opt-in and opt-out in a
permission-based marketing context. *Journal of Marketing Research*, August 2014,
doi:10.1509/jmr.13.0169 (marketing intensity affects opt-in and opt-out times).
REFERENCES.md §1.5 (fatigue stock, engagement, unsubscribe hazard, list dynamics).
"""
from __future__ import annotations

import numpy as np

from . import fatigue
from ._validate import _err, _num, check_int, check_nonnegative, check_probability, check_real

__all__ = [
    "MAX_WEEKS",
    "MAX_SENDS_PER_WEEK",
    "MAX_SERIES",
    "MAX_FREQUENCIES",
    "relevance_parameters",
    "subscriber_year",
    "frequency_curve",
    "optimal_frequency",
]

#: longest horizon accepted, in weeks (ten years)
MAX_WEEKS = 520
#: most sends per week accepted (two a day)
MAX_SENDS_PER_WEEK = 14.0
#: most scenarios (broadcast sends x relevance) simulated in one call
MAX_SERIES = 20_000
#: most frequencies in one sweep
MAX_FREQUENCIES = 2_001


def relevance_parameters(relevance, base_max=0.4, kappa=0.15, eta1=0.002) -> dict:
    r"""Engagement and irritation parameters of a message of relevance ``r``.

    .. math::
        p_0(r) = p_{max}\, r, \qquad
        \kappa(r) = \kappa\,(1.5 - r), \qquad
        \eta_1(r) = \eta_1\,(1.5 - r).

    A more relevant message is answered more often (``p0`` rises) and tires and irritates
    less (the habituation rate ``kappa`` and the slope ``eta1`` of the unsubscribe hazard
    fall). At ``r = 0.5`` the factor ``1.5 - r`` is 1 and ``p0 = p_max / 2``: with the
    defaults, the fatigue model's defaults ``(0.2, 0.15, 0.002)``. A teaching stylisation
    of Godin's "relevant" and of Kumar, Zhang & Luo (2014) ("marketing intensity affects
    opt-in and opt-out"); the linear forms are illustrative, not estimated.

    Parameters
    ----------
    relevance : float or array_like
        Relevance ``r`` of the messages, in [0, 1] (0: nothing the reader cares about;
        1: exactly what they asked for).
    base_max : float, default 0.4
        Engagement probability ``p_max`` of a first send at full relevance, in [0, 1]
        (illustrative).
    kappa : float, default 0.15
        Habituation rate at ``r = 0.5``, >= 0 (illustrative).
    eta1 : float, default 0.002
        Slope of the unsubscribe hazard in the fatigue stock at ``r = 0.5``, >= 0
        (illustrative).

    Returns
    -------
    dict of numpy.ndarray
        ``"base"`` (``p0``, in [0, p_max]), ``"kappa"`` and ``"eta1"``, each of the
        shape of ``relevance``. ``base`` is non-decreasing and ``kappa``, ``eta1``
        non-increasing in ``r``.

    References
    ----------
    Godin (1999); Kumar, Zhang & Luo (2014), *JMR*, doi:10.1509/jmr.13.0169.
    """
    r = check_probability("relevance", relevance)
    pm = check_probability("base_max", base_max, ndim=0)
    k = check_nonnegative("kappa", kappa, ndim=0)
    e1 = check_nonnegative("eta1", eta1, ndim=0)
    irritation = 1.5 - r
    return {"base": pm * r, "kappa": k * irritation, "eta1": e1 * irritation}


def subscriber_year(
    sends_per_week,
    relevance=0.5,
    *,
    weeks=52,
    n0=5_000.0,
    optins_per_week=100.0,
    retention=0.7,
    base_max=0.4,
    kappa=0.15,
    eta0=0.002,
    eta1=0.002,
) -> dict:
    r"""A permission list over ``weeks`` weeks at a constant number of sends per week.

    With ``s`` sends a week and the parameters of :func:`relevance_parameters`, for each
    week ``t`` (``N_t`` = subscribers at the start of the week):

    .. math::
        F_t &= \rho F_{t-1} + s, \\
        E_t &= N_t\, p_0(r)\, e^{-\kappa(r) F_{t-1}}\, h(s) \quad\text{(responses)}, \\
        U_t &= N_t \bigl[1 - e^{-s(\eta_0 + \eta_1(r) F_t)}\bigr] \quad\text{(unsubscribes)}, \\
        N_{t+1} &= N_t - U_t + \text{opt-ins},

    i.e. :func:`course_lib.fatigue.simulate_list` (cloglog link) with ``h`` its
    habituated sends (``h(s) = s`` for ``s <= 1``, ``h(s) <= s``). Deterministic expected
    values. New opt-ins arrive at a constant rate whatever the frequency (a
    simplification: Kumar, Zhang & Luo 2014 find that marketing intensity also affects
    opt-in times).

    Parameters
    ----------
    sends_per_week : float or array_like
        Sends per week ``s``, in [0, 14] (:data:`MAX_SENDS_PER_WEEK`); a non-integer value is an
        average rate (0.5 = one send every other week).
    relevance : float or array_like, default 0.5
        Relevance ``r`` in [0, 1], see :func:`relevance_parameters`. ``sends_per_week``
        and ``relevance`` broadcast (one scenario per element; at most
        :data:`MAX_SERIES` scenarios).
    weeks : int, default 52
        Horizon in weeks, in [1, 520].
    n0 : float, default 5000
        Subscribers at the start, in [0, 1e9] (illustrative).
    optins_per_week : float, default 100
        New subscribers (opt-ins) per week, in [0, 1e7] (illustrative).
    retention : float, default 0.7
        Share ``rho`` of the fatigue stock left after a week, in [0, 1) (illustrative).
    base_max, kappa, eta1 : float
        See :func:`relevance_parameters` (illustrative defaults 0.4, 0.15, 0.002).
    eta0 : float, default 0.002
        Unsubscribe hazard of a send to a rested reader, >= 0 (illustrative).

    Returns
    -------
    dict
        Weekly arrays of shape ``broadcast(sends_per_week, relevance) + (weeks,)``:
        ``"subscribers"`` (``N_t``), ``"responses"`` (``E_t``), ``"unsubscribed"``
        (``U_t``), ``"sends"`` (sends delivered, ``s N_t``). Totals of shape
        ``broadcast(sends_per_week, relevance)``: ``"total_responses"``,
        ``"total_unsubscribed"``, ``"total_optins"``, ``"total_sends"``,
        ``"final_subscribers"`` (after the last week) and ``"engagement_per_send"``
        (responses / sends delivered, 0 when nothing is sent).

        Invariants: ``0 <= N_t <= n0 + t * optins_per_week``; responses ``<= s N_t``
        each week; ``final = n0 + total_optins - total_unsubscribed``.

    References
    ----------
    REFERENCES.md §1.5; Kumar, Zhang & Luo (2014), *JMR*, doi:10.1509/jmr.13.0169;
    Godin (1999).
    """
    s = check_real("sends_per_week", sends_per_week, low=0.0, high=MAX_SENDS_PER_WEEK)
    r = check_probability("relevance", relevance)
    T = check_int("weeks", weeks, low=1, high=MAX_WEEKS)
    n_start = float(check_real("n0", n0, low=0.0, high=1e9, ndim=0))
    optins = float(check_real("optins_per_week", optins_per_week, low=0.0, high=1e7, ndim=0))
    rho = float(check_real("retention", retention, low=0.0, high=1.0, high_open=True, ndim=0))
    e0 = float(check_nonnegative("eta0", eta0, ndim=0))
    try:
        lead = np.broadcast_shapes(s.shape, r.shape)
    except ValueError:
        raise _err("broadcast_pair_must", a="sends_per_week", sa=s.shape, b="relevance", sb=r.shape) from None
    size = int(np.prod(lead)) if lead else 1
    if size > MAX_SERIES:
        raise _err("max_scenarios", a="sends_per_week", b="relevance", max=MAX_SERIES, n=size)
    par = relevance_parameters(np.broadcast_to(r, lead), base_max, kappa, eta1)
    schedule = np.broadcast_to(np.broadcast_to(s, lead)[..., None], lead + (T,))
    res = fatigue.simulate_list(
        schedule, n0=n_start, retention=rho, base=par["base"], kappa=par["kappa"],
        eta0=e0, eta1=par["eta1"], new_optins=optins,
    )
    subs = res["subscribers"]
    delivered = res["sends"] * subs
    total_optins = np.full(lead, optins * T)
    final = np.maximum(subs[..., -1] - res["unsubscribed"][..., -1] + optins, 0.0)
    total_sends = delivered.sum(axis=-1)
    total_resp = res["engaged"].sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        per_send = np.where(total_sends > 0, total_resp / np.where(total_sends > 0, total_sends, 1.0), 0.0)
    return {
        "subscribers": subs,
        "responses": res["engaged"],
        "unsubscribed": res["unsubscribed"],
        "sends": delivered,
        "total_responses": total_resp,
        # n0 + opt-ins - final list: the sum of the weekly unsubscribes, never negative
        "total_unsubscribed": np.maximum(n_start + total_optins - final, 0.0),
        "total_optins": total_optins,
        "total_sends": total_sends,
        "final_subscribers": final,
        "engagement_per_send": per_send,
    }


def frequency_curve(frequencies=None, relevance=0.5, **kwargs) -> dict:
    r"""Yearly totals of :func:`subscriber_year` for a grid of sends per week.

    Parameters
    ----------
    frequencies : array_like, shape (K,), optional
        Sends per week to compare, each in [0, 14], 1 <= K <= :data:`MAX_FREQUENCIES`.
        Default ``0, 0.01, ..., 7`` (the grid of :func:`optimal_frequency`).
    relevance : float, default 0.5
        Relevance in [0, 1] (one value).
    **kwargs
        Passed to :func:`subscriber_year` (``weeks``, ``n0``, ``optins_per_week``,
        ``retention``, ``base_max``, ``kappa``, ``eta0``, ``eta1``).

    Returns
    -------
    dict of numpy.ndarray, each of shape (K,)
        ``"frequency"``, ``"total_responses"``, ``"final_subscribers"``,
        ``"total_unsubscribed"``, ``"engagement_per_send"``; and ``"best_frequency"``
        (float): the grid value with the most responses in the horizon.

    References
    ----------
    REFERENCES.md §1.5 (interior optimal frequency; more frequency, more unsubscribes).
    """
    if frequencies is None:
        frequencies = np.round(np.arange(0.0, 7.0 + 1e-9, 0.01), 2)
    f = check_real("frequencies", frequencies, low=0.0, high=MAX_SENDS_PER_WEEK, ndim=1)
    if not 1 <= f.size <= MAX_FREQUENCIES:
        raise _err("values_between", name="frequencies", low=1, high=MAX_FREQUENCIES, n=f.size)
    r = float(check_probability("relevance", relevance, ndim=0))
    res = subscriber_year(f, r, **kwargs)
    out = {k: res[k] for k in ("total_responses", "final_subscribers", "total_unsubscribed",
                                "engagement_per_send")}
    out["frequency"] = f
    out["best_frequency"] = float(f[int(np.argmax(res["total_responses"]))])
    return out


def optimal_frequency(relevance=0.5, step=0.01, max_frequency=7.0, **kwargs) -> float:
    r"""Sends per week that maximise the responses of the horizon, to within ``step``.

    .. math:: s^* = \arg\max_{0 \le s \le s_{max}} \sum_t E_t(s)

    found on the grid ``0, step, 2 step, ..., s_max`` (the total is a smooth function of
    ``s`` except for kinks at whole numbers of sends, where the habituation factor ``h``
    changes slope, so the optimum may sit exactly on 1 or 2). With the default parameters
    the optimum is **interior**: about 1.13 sends per week at relevance 0.5, rising with
    relevance (about 1.96 at relevance 1): a more relevant message earns the right to
    write more often.

    Parameters
    ----------
    relevance : float, default 0.5
        Relevance in [0, 1].
    step : float, default 0.01
        Grid step, in [0.001, 1]; at most :data:`MAX_FREQUENCIES` grid points.
    max_frequency : float, default 7.0
        Largest frequency searched, in (0, 14].
    **kwargs
        Passed to :func:`subscriber_year`.

    Returns
    -------
    float
        The best frequency on the grid (sends per week).

    References
    ----------
    REFERENCES.md §1.5; Kumar, Zhang & Luo (2014) ("marketers should avoid
    over-marketing", MSI summary).
    """
    h = float(check_real("step", step, low=0.001, high=1.0, ndim=0))
    top = float(check_real("max_frequency", max_frequency, low=0.0, high=MAX_SENDS_PER_WEEK,
                           low_open=True, ndim=0))
    n = int(np.floor(top / h + 1e-9)) + 1
    if n > MAX_FREQUENCIES:
        raise _err("grid_points", max=MAX_FREQUENCIES, top=_num(top), step=_num(h), n=n)
    grid = np.round(np.arange(n) * h, 6)
    return frequency_curve(grid, relevance, **kwargs)["best_frequency"]

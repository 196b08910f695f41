"""Permission marketing: Godin's levels of permission, opt-in funnels (single and double
opt-in), customer lifetime value, and a small acquisition-vs-cultivation budget model.

References
----------
Godin, S. (1999). *Permission Marketing: Turning Strangers into Friends, and Friends
into Customers*. New York: Simon & Schuster.
Godin, S. (1998). The six levels of permission. *Fast Company*, 31 March 1998.
Gupta, S. & Lehmann, D. R. (2003). Customers as assets. *Journal of Interactive
Marketing* 17(1), 9-24 (citation not verified).
Gupta, S., Lehmann, D. R. & Stuart, J. A. (2004). Valuing customers. *Journal of
Marketing Research* 41(1), 7-18.
Blattberg, R. C. & Deighton, J. (1996). Manage marketing by the customer equity test.
*Harvard Business Review* 74(4), 136-144 (equations not verified).
"""
from __future__ import annotations

import enum

import numpy as np

from .realdata import wilson_interval
from ._validate import _count, _err, _fmt_range, _num, _short
from ._validate import (
    check_bool,
    check_choice,
    check_int,
    check_nonnegative,
    check_positive,
    check_probability,
    check_real,
    check_broadcast,
)

__all__ = [
    "PermissionLevel",
    "LEVEL_NAMES",
    "level_name",
    "optin_funnel",
    "double_optin",
    "clv",
    "acquisition_vs_cultivation",
    "MAX_HORIZON",
    "best_share",
    "relationship_rates",
]

#: largest number of periods :func:`acquisition_vs_cultivation` simulates (100 years of
#: months): the simulation loops over periods, so a larger horizon would only make the
#: student wait.
MAX_HORIZON = 1200
#: largest number of values (scenarios x periods) it returns per output array
MAX_CELLS = 2_000_000


class PermissionLevel(enum.IntEnum):
    """Godin's levels of permission, from none (spam) to the deepest (intravenous).

    The book (Godin 1999) lists five levels, highest first: intravenous, points,
    personal relationships, brand trust, situational; spam sits below all of them.
    The earlier six-level version (Fast Company, 31 March 1998, "The Six Levels of
    Permission") reads: intravenous treatment, green stamps (points), personal
    relationships, branding, situational selling, spam. Marketers start at the lowest
    level and work their way up, so a larger value means deeper permission.
    """

    SPAM = 0
    SITUATIONAL = 1
    BRAND_TRUST = 2
    PERSONAL_RELATIONSHIP = 3
    POINTS = 4
    INTRAVENOUS = 5


#: Italian and French names of the levels (as a teacher would write them on a slide).
LEVEL_NAMES: dict[PermissionLevel, dict[str, str]] = {
    PermissionLevel.SPAM: {
        "it": "Spam (nessun permesso)",
        "fr": "Spam (aucune permission)",
    },
    PermissionLevel.SITUATIONAL: {
        "it": "Permesso situazionale",
        "fr": "Permission situationnelle",
    },
    PermissionLevel.BRAND_TRUST: {
        "it": "Fiducia nella marca",
        "fr": "Confiance dans la marque",
    },
    PermissionLevel.PERSONAL_RELATIONSHIP: {
        "it": "Relazione personale",
        "fr": "Relation personnelle",
    },
    PermissionLevel.POINTS: {
        "it": "Punti (programmi fedeltà)",
        "fr": "Points (programmes de fidélité)",
    },
    PermissionLevel.INTRAVENOUS: {
        "it": "Permesso intravenoso (acquisto delegato)",
        "fr": "Permission intraveineuse (achat délégué)",
    },
}

_LANGS = ("it", "fr")


def level_name(level, lang: str) -> str:
    """Name of a permission level in Italian or French.

    Parameters
    ----------
    level : PermissionLevel or int
        Level, an integer in [0, 5] (0 = spam, 5 = intravenous).
    lang : {"it", "fr"}
        Language.

    Returns
    -------
    str

    References
    ----------
    Godin (1999), *Permission Marketing*; Godin (1998), *Fast Company*, "The Six Levels
    of Permission".
    """
    check_choice("lang", lang, _LANGS)
    lv = check_int("level", level, low=0, high=len(PermissionLevel) - 1)
    return LEVEL_NAMES[PermissionLevel(lv)][lang]


# --------------------------------------------------------------------------- funnels
def optin_funnel(visitors, rates) -> np.ndarray:
    r"""Expected counts through an opt-in funnel.

    .. math:: n_0 = N, \qquad n_j = N \prod_{i=1}^{j} p_i, \quad j = 1..K,

    e.g. stages exposure -> landing page -> form submitted -> active subscriber.

    Parameters
    ----------
    visitors : float or array_like
        Entrants ``N`` at the top of the funnel, >= 0. An array gives one funnel per
        value (broadcast against the leading axes of ``rates``).
    rates : array_like, shape (..., K)
        Pass-through probability of each stage, in [0, 1]; stages on the last axis,
        K >= 1.

    Returns
    -------
    numpy.ndarray, shape (..., K + 1)
        Expected counts: the entrants then the count after each stage; non-increasing
        along the last axis.

    References
    ----------
    REFERENCES.md §1.6 (opt-in funnel). Godin (1999). Tezinde, T., Smith, B. & Murphy,
    J. (2002). Getting permission. *Journal of Interactive Marketing* 16(4), 28-36.
    """
    n = check_nonnegative("visitors", visitors)
    p = check_probability("rates", rates)
    if p.ndim == 0:
        raise _err("ndim_stages", name="rates", value=_short(rates))
    try:
        lead = np.broadcast_shapes(n.shape, p.shape[:-1])
    except ValueError:
        raise _err("broadcast_stages", name="visitors", shape=n.shape, rates_shape=p.shape) from None
    p = np.broadcast_to(p, lead + p.shape[-1:])
    ones = np.ones(lead + (1,))
    return n[..., None] * np.cumprod(np.concatenate([ones, p], axis=-1), axis=-1)


def double_optin(visitors, rates, confirm_rate) -> np.ndarray:
    r"""Opt-in funnel with a final confirmation step (double opt-in).

    The funnel of :func:`optin_funnel` followed by one extra stage, the click on the
    confirmation e-mail, with probability ``p_confirm``:
    ``n_{K+1} = n_K p_confirm <= n_K``. The list is smaller than with single opt-in but
    the addresses are verified and consent is provable. No empirical ``p_confirm`` was
    verified for the course: treat it as a slider.

    Parameters
    ----------
    visitors : float or array_like
        Entrants, >= 0.
    rates : array_like, shape (..., K)
        Stage probabilities in [0, 1].
    confirm_rate : float or array_like
        Probability of confirming, in [0, 1]; broadcasts against the leading axes.

    Returns
    -------
    numpy.ndarray, shape (..., K + 2)
        Entrants, counts after each stage, then confirmed subscribers.

    References
    ----------
    REFERENCES.md §1.6 (double opt-in).
    """
    pc = check_probability("confirm_rate", confirm_rate)
    p = check_probability("rates", rates)
    if p.ndim == 0:
        raise _err("ndim_stages", name="rates", value=_short(rates))
    try:
        lead = np.broadcast_shapes(p.shape[:-1], pc.shape)
    except ValueError:
        raise _err("broadcast_stages", name="confirm_rate", shape=pc.shape, rates_shape=p.shape) from None
    p = np.concatenate(
        [np.broadcast_to(p, lead + p.shape[-1:]), np.broadcast_to(pc, lead)[..., None]], axis=-1
    )
    return optin_funnel(visitors, p)


# --------------------------------------------------------------------------- CLV
#: largest margin (in any currency unit) a CLV is computed for: far beyond any course case, and the
#: product with the margin multiple stays a finite float
MAX_MONEY = 1e15
#: longest finite horizon of :func:`clv`, in periods (1000 years of months)
MAX_CLV_HORIZON = 12_000


def clv(margin, retention, discount, horizon=None, first_margin_now=False):
    r"""Customer lifetime value with constant margin, retention and discount rate.

    With ``q = r / (1 + i)`` and margins received at the **end** of each period
    (default):

    .. math::
        \mathrm{CLV}_H = \sum_{t=1}^{H} \frac{m\,r^t}{(1+i)^t}
                       = m\,q\,\frac{1 - q^H}{1 - q},
        \qquad \mathrm{CLV}_\infty = \frac{m\,r}{1 + i - r}.

    With ``first_margin_now=True`` (margins at the start of each period, the first one
    certain): :math:`\sum_{t=0}^{H-1} m q^t = m (1-q^H)/(1-q)`, and
    :math:`m(1+i)/(1+i-r)` for an infinite horizon. Example: ``m=100, r=0.8, i=0.1``
    with an infinite horizon gives 266.7 with the default end-of-period convention
    (``m r / (1 + i - r)``) and 366.7 with ``first_margin_now=True``. When ``q = 1``
    the finite sums are ``m H``.

    Parameters
    ----------
    margin : float or array_like
        Margin per customer per period ``m`` (a real number in [-1e15, 1e15], ``MAX_MONEY``; negative = loss).
    retention : float or array_like
        Retention rate per period ``r``, in [0, 1].
    discount : float or array_like
        Discount rate per period ``i``, >= 0. For an infinite horizon ``r < 1 + i`` is
        required (i.e. not ``r = 1`` with ``i = 0``).
    horizon : int, array_like of int, or None, default None
        Number of margins ``H``, an integer in [0, 12000] (``MAX_CLV_HORIZON``); ``None`` for an
        infinite horizon.
    first_margin_now : bool, default False
        Timing convention, see above.

    Returns
    -------
    float or numpy.ndarray
        CLV, broadcast over the inputs (float for scalar inputs). Increasing in ``m``
        (for ``r > 0``) and ``r`` (for ``m > 0``). Decreasing in ``i`` only for
        ``m > 0`` (and ``r > 0``, with at least one discounted margin); for ``m < 0``
        it increases with ``i`` (discounted losses) and for ``m = 0`` it is 0. 0 when
        ``r = 0`` with the end-of-period convention.

    References
    ----------
    Gupta, S. & Lehmann, D. R. (2003). Customers as assets. *Journal of Interactive
    Marketing* 17(1), 9-24 (citation not verified; "margin multiple" r/(1+i-r)).
    Gupta, Lehmann & Stuart (2004), *JMR* 41(1), 7-18 (retention has the largest impact
    on customer value).
    """
    m = check_real("margin", margin, low=-MAX_MONEY, high=MAX_MONEY)
    r = check_probability("retention", retention)
    i = check_nonnegative("discount", discount)
    now = check_bool("first_margin_now", first_margin_now)
    check_broadcast(margin=m, retention=r, discount=i)
    q = r / (1.0 + i)
    if horizon is None:
        if np.any(q >= 1.0):
            raise _err("clv_diverges")
        out = m * (1.0 if now else q) / (1.0 - q)
    else:
        H = check_real("horizon", horizon, low=0.0, high=MAX_CLV_HORIZON)
        if np.any(H != np.floor(H)):
            raise _err("horizon_int", rng=_fmt_range(0, None, False, False), value=_short(horizon))
        check_broadcast(margin=m, retention=r, discount=i, horizon=H)
        one = q == 1.0
        qs = np.where(one, 0.5, q)
        partial = np.where(one, H, -np.expm1(H * np.log(np.where(qs > 0, qs, 1.0))) / (1.0 - qs))
        partial = np.where((q == 0) & ~one, np.minimum(H, 1.0), partial)  # 0**0 = 1 term
        out = m * (1.0 if now else q) * partial
    out = np.asarray(out, dtype=float)
    return float(out) if out.ndim == 0 else out


# --------------------------------------------------------------------------- budget split
def acquisition_vs_cultivation(
    budget,
    share_interruption,
    horizon=36,
    *,
    margin=50.0,
    n0=200.0,
    cac=100.0,
    max_acquired=200.0,
    r0=0.6,
    r_max=0.95,
    k=0.1,
    discount=0.01,
) -> dict[str, np.ndarray]:
    r"""Split a per-period budget between acquiring customers by interruption and
    cultivating them by permission: a teaching stylisation.

    Each period ``t = 0..H-1``, with budget ``B`` and share ``s`` for interruption:

    .. math::
        A &= s B, \quad R = (1 - s) B, \\
        a_t &= a_{max}\,\bigl(1 - e^{-A/(\mathrm{CAC}\,a_{max})}\bigr)
            \quad\text{(new customers; the first cost CAC each, then diminishing)}, \\
        r_t &= r_0 + (r_{max} - r_0)\bigl(1 - e^{-k R / N_t}\bigr)
            \quad\text{(retention raised by spend per customer)}, \\
        N_{t+1} &= r_t N_t + a_t, \\
        V_t &= \frac{m N_t - B}{(1 + i)^t}\quad\text{(discounted net contribution)}.

    All-interruption (``s = 1``) keeps retention at ``r0`` (a leaky bucket);
    all-permission (``s = 0``) acquires nobody and cultivates a shrinking base. With the
    illustrative defaults and ``budget=10_000`` an **interior split** (about half on
    interruption) gives the largest cumulative value over 36 periods (about 180,000,
    against a loss for all-permission and about -5,000 for all-interruption): interruption buys
    the first permission, permission makes it last (Godin's complementarity).

    This is a stylised model *inspired by* Blattberg & Deighton (1996), whose
    customer-equity test uses the same two saturating response curves (acquisition rate
    and retention rate as functions of spend); their exact equations were not verified
    for the course, and none of the default numbers is an empirical estimate.

    Parameters
    ----------
    budget : float or array_like
        Marketing budget per period ``B``, >= 0.
    share_interruption : float or array_like
        Share ``s`` of the budget spent on acquisition by interruption, in [0, 1].
        ``budget`` and ``share_interruption`` broadcast (one scenario per element); the
        number of scenarios times ``horizon`` is at most :data:`MAX_CELLS` (2,000,000).
    horizon : int, default 36
        Number of periods ``H`` (e.g. months), in [1, :data:`MAX_HORIZON`] (1200).
    margin : float, default 50.0
        Margin per customer per period ``m`` (illustrative), finite.
    n0 : float, default 200.0
        Customers at the start, >= 0 (illustrative).
    cac : float, default 100.0
        Cost of acquiring the first customer (marginal CAC at zero spend), > 0
        (illustrative).
    max_acquired : float, default 200.0
        Ceiling on new customers per period ``a_max``, > 0 (illustrative).
    r0 : float, default 0.6
        Retention per period without cultivation spend, in [0, 1] (illustrative).
    r_max : float, default 0.95
        Ceiling on retention, in [r0, 1] (illustrative).
    k : float, default 0.1
        Responsiveness of retention to spend per customer (per currency unit), >= 0
        (illustrative).
    discount : float, default 0.01
        Discount rate per period ``i``, >= 0 (illustrative).

    Returns
    -------
    dict of numpy.ndarray, each of shape broadcast(budget, share) + (H,)
        ``"customers"`` (``N_t``, start of period), ``"acquired"`` (``a_t``),
        ``"retention"`` (``r_t``), ``"value"`` (``V_t``) and ``"cumulative_value"``
        (running sum of ``V_t``); plus ``"total_value"`` of shape broadcast(budget,
        share) (the last cumulative value).

    References
    ----------
    Blattberg, R. C. & Deighton, J. (1996). Manage marketing by the customer equity
    test. *Harvard Business Review* 74(4), 136-144 (equations not verified).
    Pfeifer, P. E. (2005). The optimal ratio of acquisition and retention costs.
    *Journal of Targeting, Measurement and Analysis for Marketing* 13(2), 179-188.
    Godin, S. (1999). *Permission Marketing*.
    """
    B = check_nonnegative("budget", budget)
    s = check_probability("share_interruption", share_interruption)
    H = check_int("horizon", horizon, low=1, high=MAX_HORIZON)
    m = float(check_real("margin", margin, ndim=0))
    n_start = float(check_nonnegative("n0", n0, ndim=0))
    cac_ = float(check_positive("cac", cac, ndim=0))
    amax = float(check_positive("max_acquired", max_acquired, ndim=0))
    r_lo = float(check_probability("r0", r0, ndim=0))
    r_hi = float(check_real("r_max", r_max, low=r_lo, high=1.0, ndim=0))
    kk = float(check_nonnegative("k", k, ndim=0))
    i = float(check_nonnegative("discount", discount, ndim=0))

    try:
        shape = np.broadcast_shapes(B.shape, s.shape)
    except ValueError:
        raise _err("broadcast_pair", a="budget", sa=B.shape, b="share_interruption", sb=s.shape) from None
    cells = int(np.prod(shape, dtype=np.int64)) * H
    if cells > MAX_CELLS:
        raise _err("max_cells", max=_count(MAX_CELLS), shape=shape, horizon=H, cells=_count(cells))
    B = np.broadcast_to(B, shape)
    A = s * B
    R = (1.0 - s) * B
    # underflow to 0 (a tiny share or a tiny base) and overflow of spend per customer to inf
    # (retention then reaches r_max) are the right limits: no warning for them
    with np.errstate(under="ignore", over="ignore"):
        acquired_per = amax * -np.expm1(-A / (cac_ * amax))
        customers = np.empty(shape + (H,))
        retention = np.empty(shape + (H,))
        acquired = np.empty(shape + (H,))
        n = np.full(shape, n_start)
        for t in range(H):
            customers[..., t] = n
            pos = n > 0
            spend_per = np.divide(R, n, out=np.zeros(shape), where=pos)
            r_t = r_lo + (r_hi - r_lo) * -np.expm1(-kk * spend_per)
            retention[..., t] = r_t
            acquired[..., t] = acquired_per
            n = r_t * n + acquired_per
        disc = (1.0 + i) ** -np.arange(H, dtype=float)
        value = (m * customers - B[..., None]) * disc
        cum = np.cumsum(value, axis=-1)
    if not np.all(np.isfinite(cum)):
        raise _err("clv_overflow", margin=_num(m), budget=_num(float(np.max(B)) if B.size else 0.0), n0=_num(n_start))
    return {
        "customers": customers,
        "acquired": acquired,
        "retention": retention,
        "value": value,
        "cumulative_value": cum,
        "total_value": cum[..., -1],
    }


def best_share(budget, shares=None, horizon=36, **params) -> float:
    r"""Share of the budget for interruption that maximises the cumulative value.

    Runs :func:`acquisition_vs_cultivation` for every candidate share and returns the one
    with the largest ``total_value`` (the first one in case of a tie).

    Parameters
    ----------
    budget : float
        Marketing budget per period, >= 0 (a scalar).
    shares : array_like, optional
        Candidate shares in [0, 1], 1 to 10,001 values; default ``0, 0.05, ..., 1`` (the
        steps of the lesson's slider).
    horizon : int, default 36
        Number of periods, in [1, :data:`MAX_HORIZON`].
    **params
        Further keyword arguments of :func:`acquisition_vs_cultivation` (``margin``,
        ``n0``, ``cac``...).

    Returns
    -------
    float
        The best share, one of ``shares``.

    References
    ----------
    Pfeifer, P. E. (2005). The optimal ratio of acquisition and retention costs. *Journal of
    Targeting, Measurement and Analysis for Marketing* 13(2), 179-188.
    """
    b = float(check_nonnegative("budget", budget, ndim=0))
    if shares is None:
        s = np.linspace(0.0, 1.0, 21)
    else:
        s = check_probability("shares", shares, ndim=1)
        if not 1 <= s.size <= 10_001:
            raise _err("values_count", name="shares", low=1, high=10001, rng=_fmt_range(0, 1, False, False), n=s.size)
    out = acquisition_vs_cultivation(b, s, horizon, **params)
    return float(s[int(np.argmax(out["total_value"]))])


# --------------------------------------------------------------------------- real data


#: the groups of :func:`relationship_rates`, in display order
RELATIONSHIP_GROUPS = ("none", "failure", "other", "success")


def relationship_rates(counts):
    r"""Subscription rate by earlier relationship with the bank, with 95 % Wilson intervals.

    Groups the table of :func:`course_lib.datasets.load_bank_relationship` into four
    groups: ``"none"`` (no contact in earlier campaigns) and, for clients contacted
    before, the earlier campaign's outcome ``"failure"``, ``"other"`` and ``"success"``
    (the five clients contacted before with an unknown earlier outcome are left out).

    .. math:: \hat p = k / n, \qquad \text{Wilson interval at } z = 1.96.

    Descriptive only: the groups differ by who they are (selection), not only by the
    relationship (see the data card).

    Parameters
    ----------
    counts : pandas.DataFrame
        Columns ``previous_contacts``, ``previous_outcome``, ``clients``, ``subscribed``
        (as returned by ``load_bank_relationship``).

    Returns
    -------
    pandas.DataFrame
        One row per group in :data:`RELATIONSHIP_GROUPS` order, columns ``group``,
        ``clients``, ``subscribed``, ``rate``, ``ci_low``, ``ci_high`` (fractions in
        [0, 1]).

    References
    ----------
    Moro, S., Rita, P. & Cortez, P. (2012). *Bank Marketing*. UCI Machine Learning
    Repository, https://doi.org/10.24432/C5K306 (CC BY 4.0).
    """
    import pandas as pd

    need = ["previous_contacts", "previous_outcome", "clients", "subscribed"]
    if not isinstance(counts, pd.DataFrame) or any(c not in counts.columns for c in need):
        raise _err("relationship_counts", need=need)
    none = counts["previous_contacts"].astype(str) == "0"
    rows = []
    for g in RELATIONSHIP_GROUPS:
        sel = none if g == "none" else (~none & (counts["previous_outcome"] == g))
        n = int(counts.loc[sel, "clients"].sum())
        k = int(counts.loc[sel, "subscribed"].sum())
        if n <= 0:
            raise _err("relationship_empty_group", group=repr(g))
        lo, hi = wilson_interval(float(k), float(n))
        rows.append({"group": g, "clients": n, "subscribed": k, "rate": k / n,
                     "ci_low": float(lo), "ci_high": float(hi)})
    return pd.DataFrame(rows)

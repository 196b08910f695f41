"""Conversion by number of calls in real cold calls: UCI Bank Marketing, life-table view.

The fitted logistic curve is a descriptive trend, not a causal fatigue curve (see the caveats).

The data: Portuguese bank telemarketing campaigns, May 2008 - Nov 2010, 45,211 clients
(``bank-full.csv``); ``campaign`` = number of contacts with the client during the
campaign (including the last one), ``y`` = subscribed a term deposit. The course ships
only the aggregated table ``bank_full_campaign_counts.csv`` (``campaign, clients,
subscribed``), derived from a CC BY 4.0 dataset (attribution and a "derived: aggregated
by number of contacts" notice required).

Caveats (say them in the notebook): the number of calls is **not randomised** (calling
stops at a "yes", and the bank chose whom to keep calling), so the curves mix genuine
fatigue with selection of hard-to-convert clients; the life-table hazard assumes
non-informative stopping; the result is descriptive, not causal.

References
----------
Moro, S., Cortez, P. & Rita, P. (2014). A data-driven approach to predict the success
of bank telemarketing. *Decision Support Systems* 62, 22-31.
doi:10.1016/j.dss.2014.03.001.
Moro, S., Rita, P. & Cortez, P. (2012). Bank Marketing. UCI Machine Learning
Repository. https://doi.org/10.24432/C5K306 (CC BY 4.0).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ._validate import _err, _fmt_range, _msg, _sep, _short, check_choice, check_int

__all__ = ["contact_hazard", "fit_contact_fatigue", "ContactFatigueFit"]

# canonical column -> accepted names (first found wins)
_ALIASES = {
    "k": ("k", "campaign", "contacts", "calls"),
    "clients": ("clients", "n", "count"),
    "converted": ("converted", "subscribed", "conversions", "yes"),
}


def _column(table, canon: str):
    for name in _ALIASES[canon]:
        if name in table:
            return table[name]
    raise _err("counts_missing_column", col=repr(canon), names=repr(_ALIASES[canon]), got=repr(list(table.keys())))


def _counts_table(counts) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (k, clients, converted) as int64 arrays sorted by k, after validation."""
    if isinstance(counts, pd.DataFrame):
        cols = {c: counts[c].to_numpy() for c in counts.columns}
        k, n, c = (_column(cols, x) for x in ("k", "clients", "converted"))
    elif isinstance(counts, dict):
        k, n, c = (_column(counts, x) for x in ("k", "clients", "converted"))
    else:
        try:
            arr = np.asarray(counts, dtype=float)
        except (TypeError, ValueError):
            raise _err("counts_type", type=type(counts).__name__) from None
        if arr.ndim != 2 or arr.shape[1] != 3:
            raise _err("counts_shape", shape=arr.shape)
        k, n, c = arr[:, 0], arr[:, 1], arr[:, 2]
    out = []
    for name, col in (("k", k), ("clients", n), ("converted", c)):
        try:
            a = np.asarray(col, dtype=float)
        except (TypeError, ValueError):
            raise _err("counts_numeric", col=repr(name)) from None
        if a.ndim != 1 or a.size == 0:
            raise _err("counts_1d", col=repr(name), shape=a.shape)
        if not np.all(np.isfinite(a)):
            raise _err("counts_finite", col=repr(name))
        if np.any(a != np.floor(a)):
            bad = a[a != np.floor(a)][0]
            raise _err("counts_int", col=repr(name), value=_short(bad))
        if np.any(np.abs(a) > 2.0**53):  # beyond, counts are no longer exact (and int64 would wrap)
            bad = a[np.abs(a) > 2.0**53][0]
            raise _err("counts_int_max", col=repr(name), value=_short(bad))
        out.append(a)
    k, n, c = out
    if not (k.size == n.size == c.size):
        raise _err("counts_length")
    if np.any(k < 1):
        raise _err("counts_k", value=_short(k[k < 1][0]))
    if np.any(n < 1):
        raise _err("counts_clients", rng=_fmt_range(1, None, False, False), value=_short(n[n < 1][0]))
    if np.any(c < 0):
        raise _err("counts_converted_negative", rng=f"[0{_sep()}clients]", value=_short(c[c < 0][0]))
    if np.any(c > n):
        i = int(np.argmax(c > n))
        raise _err("counts_converted_over", rng=f"[0{_sep()}clients]", converted=_short(c[i]),
                   clients=_short(n[i]), k=_short(k[i]))
    if np.unique(k).size != k.size:
        raise _err("counts_k_repeat")
    order = np.argsort(k, kind="stable")
    return k[order].astype(np.int64), n[order].astype(np.int64), c[order].astype(np.int64)


def _life_table(k, n, c):
    # clients still being called at contact k = clients whose final count is >= k
    at_risk = np.cumsum(n[::-1])[::-1]
    return at_risk, c / at_risk


def contact_hazard(counts) -> pd.DataFrame:
    r"""Life-table ("marginal yield of the k-th call") view of contact-count data.

    Each client is called until the campaign stops calling them; a row says how many
    clients had a *final* count of ``k`` contacts and how many of them converted (on
    the last, ``k``-th, contact). Then

    .. math:: h(k) = \frac{\text{converted}_k}{\text{at risk}_k}, \qquad
              \text{at risk}_k = \sum_{j \ge k} \text{clients}_j,

    the conversion probability of the ``k``-th call among clients still being called.
    Also returned: ``rate(k) = converted_k / clients_k`` (conversion among clients called
    exactly ``k`` times) and the life-table cumulative conversion
    ``1 - prod_{j <= k} (1 - h(j))`` (a model quantity, **not** an observed rate).

    With the UCI bank-full table this gives h(1) = 5.66 %, h(2) = 5.06 %, h(3) = 4.08 %,
    ..., h(10) = 0.96 %.

    Parameters
    ----------
    counts : pandas.DataFrame, dict of columns or array_like of shape (n_rows, 3)
        Columns ``k`` (alias ``campaign``; integer >= 1, no repeats), ``clients``
        (integer >= 1) and ``converted`` (alias ``subscribed``; integer in
        [0, clients]). An array is read as columns (k, clients, converted). Gaps in
        ``k`` are allowed (they have no conversions).

    Returns
    -------
    pandas.DataFrame
        One row per ``k`` present, sorted, with columns ``k``, ``clients``,
        ``at_risk``, ``converted``, ``hazard`` (in [0, 1]), ``rate`` (in [0, 1]) and
        ``cumulative``.

    References
    ----------
    REFERENCES.md §2.1 (numbers recomputed from bank-full). Moro, Cortez & Rita (2014),
    *Decision Support Systems* 62, 22-31; UCI dataset doi:10.24432/C5K306 (CC BY 4.0).
    """
    k, n, c = _counts_table(counts)
    at_risk, h = _life_table(k, n, c)
    return pd.DataFrame(
        {
            "k": k,
            "clients": n,
            "at_risk": at_risk,
            "converted": c,
            "hazard": h,
            "rate": c / n,
            "cumulative": -np.expm1(np.cumsum(np.log1p(-np.minimum(h, 1.0 - 1e-300)))),
        }
    )


@dataclass(frozen=True)
class ContactFatigueFit:
    """Result of :func:`fit_contact_fatigue`; also readable like a dict (``fit["slope"]``)."""

    target: str
    intercept: float
    slope: float
    odds_ratio_per_call: float
    slope_se: float
    odds_ratio_ci95: tuple[float, float]
    loglik: float
    k: np.ndarray = field(repr=False)
    trials: np.ndarray = field(repr=False)
    converted: np.ndarray = field(repr=False)
    observed: np.ndarray = field(repr=False)
    predicted: np.ndarray = field(repr=False)

    def __getitem__(self, key: str):
        if key not in self.__dataclass_fields__:
            raise KeyError(key)
        return getattr(self, key)

    def keys(self):
        return list(self.__dataclass_fields__)


#: largest number of contacts a fit uses (the UCI bank data stop at 63 calls)
MAX_K = 100


def _expit(x):
    return np.exp(-np.logaddexp(0.0, -x))


def fit_contact_fatigue(counts, max_k=10, target="hazard") -> ContactFatigueFit:
    r"""Fit a descriptive logistic trend in the number of contacts (not a causal fatigue curve).

    .. math:: \operatorname{logit} q(k) = a + b\,(k - 1), \qquad k = 1, \dots, k_{max},

    by binomial maximum likelihood (damped Newton-Raphson that never accepts a worse point; the
    log-likelihood is concave),
    where ``q`` is, depending on ``target``:

    * ``"hazard"`` (default): the per-call conversion hazard of the life table
      (:func:`contact_hazard`): ``converted_k`` successes out of ``at_risk_k`` trials,
      i.e. the yield of the ``k``-th call among clients still being called. On the UCI
      bank-full data (calls 1-10) ``exp(b)`` is about **0.81** (95 % CI 0.80-0.83);
    * ``"rate"``: the conversion rate among clients called exactly ``k`` times:
      ``converted_k`` out of ``clients_k``. On bank-full this gives about **0.86**,
      the "odds ratio of about 0.86 per additional call" quoted in REFERENCES.md §2.1
      (a weighted fit on empirical logits of these rates gives the same 0.86).

    With odds ``q / (1 - q)`` and ``logit q = ln(q / (1 - q))``, ``exp(b)`` is the odds ratio
    per additional call (below 1: a lower yield with each call, whatever its cause). Both are
    descriptive, not causal (calling stops at a "yes" and the bank chose whom to keep
    calling; see the module notes).

    Parameters
    ----------
    counts : pandas.DataFrame, dict or array_like
        As in :func:`contact_hazard`.
    max_k : int, default 10
        Use contacts ``k <= max_k``, in [2, 100] (:data:`MAX_K`). At least two distinct ``k`` are needed, the
        conversions must be neither all zero nor all equal to the trials, and the data
        must not separate perfectly: some ``k`` with a non-conversion must lie above the
        smallest ``k`` with a conversion and some below the largest (otherwise the slope
        has no finite maximum-likelihood value and a ``ValueError`` is raised; use a
        larger ``max_k`` or pool sparse rows).
    target : {"hazard", "rate"}, default "hazard"
        Which curve to fit, see above.

    Returns
    -------
    ContactFatigueFit
        ``target``, ``intercept`` (a), ``slope`` (b), ``odds_ratio_per_call`` (exp b),
        ``slope_se`` (asymptotic standard error of b), ``odds_ratio_ci95`` (Wald),
        ``loglik``, and arrays over the rows used: ``k``, ``trials`` (at-risk counts or
        clients), ``converted``, ``observed`` (observed hazard or rate) and
        ``predicted`` (fitted ``expit(a + b (k-1))``, decreasing in ``k`` when
        ``b < 0``). Also indexable like a dict (``fit["odds_ratio_per_call"]``).

    References
    ----------
    REFERENCES.md §2.1. Moro, Cortez & Rita (2014), *Decision Support Systems* 62,
    22-31; UCI dataset doi:10.24432/C5K306 (CC BY 4.0).
    """
    kmax = check_int("max_k", max_k, low=2, high=MAX_K)
    check_choice("target", target, ("hazard", "rate"))
    k, n, c = _counts_table(counts)
    at_risk, h = _life_table(k, n, c)
    trials, obs = (at_risk, h) if target == "hazard" else (n, c / n)
    use = k <= kmax
    k, trials, c, obs = k[use], trials[use], c[use], obs[use]
    if k.size < 2:
        raise _err("counts_rows", max_k=kmax, n=k.size)
    if c.sum() == 0 or np.all(c == trials):
        raise _err("counts_all_zero")
    # (Quasi-)complete separation (Albert & Anderson 1984, Biometrika 71(1), 1-10;
    # citation not verified): with one covariate and an
    # intercept the binomial MLE is finite iff max k(no) > min k(yes) and
    # max k(yes) > min k(no), where k(yes) / k(no) are the k with at least one
    # conversion / non-conversion. Otherwise the slope runs off to +-inf.
    k_yes = k[c > 0]
    k_no = k[trials - c > 0]
    if k_no.max() <= k_yes.min() or k_yes.max() <= k_no.min():
        up = k_no.max() <= k_yes.min()
        where = (
            _msg("counts_separation_up", a=k_yes.min(), b=k_no.max())
            if up
            else _msg("counts_separation_down", a=k_yes.max(), b=k_no.min())
        )
        raise _err("counts_separation", max_k=kmax, where=where, target=repr(target), sign="+" if up else "-")
    x = (k - 1).astype(float)
    X = np.column_stack([np.ones_like(x), x])
    y = c.astype(float)
    m = trials.astype(float)
    p_bar = y.sum() / m.sum()
    beta = np.array([np.log(p_bar / (1 - p_bar)), 0.0])

    def loglik(b):
        eta = X @ b
        return float(np.sum(y * eta - m * np.logaddexp(0.0, eta)))

    ll = loglik(beta)
    # Damped Newton-Raphson that never accepts a worse point: the step is halved until the
    # log-likelihood does not decrease; when no halving helps, beta is already the maximum to
    # floating-point precision. A singular or non-finite Newton step (weights p (1 - p) that
    # underflow on a steep curve) falls back to a scaled gradient step, always an ascent direction.
    converged = False
    for _ in range(500):
        p = _expit(X @ beta)
        grad = X.T @ (y - m * p)
        hess = (X * (m * p * (1 - p))[:, None]).T @ X
        try:
            with np.errstate(all="ignore"):
                step = np.linalg.solve(hess, grad)
            if not np.all(np.isfinite(step)) or grad @ step <= 0:
                raise np.linalg.LinAlgError
        except np.linalg.LinAlgError:
            step = grad / max(float(np.abs(hess).max()), 1e-300)
        # Newton decrement: grad' H^-1 grad / 2 estimates how far ll is from its maximum
        if 0.5 * float(grad @ step) <= 1e-12 * (1.0 + abs(ll)):
            converged = True
            break
        t, accepted = 1.0, False
        while t >= 1e-14:
            cand = beta + t * step
            ll_c = loglik(cand)
            if np.isfinite(ll_c) and ll_c >= ll:
                accepted = True
                break
            t /= 2
        if not accepted:  # no better point in an ascent direction: at the maximum (rounding)
            converged = True
            break
        beta, ll_old, ll = cand, ll, ll_c
        if np.max(np.abs(t * step)) < 1e-10 and abs(ll - ll_old) <= 1e-13 * (1 + abs(ll)):
            converged = True
            break
    if not converged:  # pragma: no cover - concave, no separation (checked above): converges
        raise _err("counts_no_convergence", max_k=kmax, target=repr(target))
    p = _expit(X @ beta)
    hess = (X * (m * p * (1 - p))[:, None]).T @ X
    try:
        with np.errstate(all="ignore"):
            se = float(np.sqrt(np.linalg.inv(hess)[1, 1]))
    except np.linalg.LinAlgError:  # pragma: no cover - singular information matrix
        se = np.inf
    a, b = float(beta[0]), float(beta[1])
    with np.errstate(over="ignore", under="ignore"):
        ci = (float(np.exp(b - 1.959964 * se)), float(np.exp(b + 1.959964 * se)))
    # Safety net behind the separation check (which makes the MLE finite): never return a
    # non-finite slope, standard error or confidence interval.
    finite = np.all(np.isfinite(beta)) and np.isfinite(se)
    if not (finite and 0 < ci[0] and np.isfinite(ci[1])):
        raise _err(  # pragma: no cover - needs counts near 1e300
            "counts_not_finite", max_k=kmax, target=repr(target), slope=f"{b:.3g}", se=f"{se:.3g}", ci=ci)
    return ContactFatigueFit(
        target=target,
        intercept=a,
        slope=b,
        odds_ratio_per_call=float(np.exp(b)),
        slope_se=se,
        odds_ratio_ci95=ci,
        loglik=ll,
        k=k,
        trials=trials,
        converted=c,
        observed=obs,
        predicted=p,
    )


def wilson_interval(k, n, z=1.96):
    """Wilson score interval of a rate k/n (95 % for z = 1.96), as (low, high) arrays.

    .. math:: \\frac{\\hat p + z^2/2n \\pm z\\sqrt{\\hat p(1-\\hat p)/n + z^2/4n^2}}{1 + z^2/n}

    Used by the bank-data figures of lessons 04 and 08 (Wilson 1927; it stays inside [0, 1] and is
    sensible for small counts, unlike the normal approximation). ``k`` and ``n`` are counts with
    0 <= k <= n and n > 0 (validated by the callers' loaders).
    """
    p = np.asarray(k, dtype=float) / np.asarray(n, dtype=float)
    den = 1 + z**2 / n
    centre = (p + z**2 / (2 * n)) / den
    half = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / den
    return centre - half, centre + half


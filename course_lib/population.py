"""A population of individual recipients with heterogeneous fatigue and tolerance.

The aggregate list model of :mod:`course_lib.fatigue` treats every subscriber alike.
Here each recipient ``i`` has their own

* fatigue retention (recovery speed) ``rho_i ~ Beta`` with mean ``retention_mean`` and
  concentration ``4 / heterogeneity**2``;
* opt-out threshold (tolerance) ``tau_i ~ LogNormal`` with mean ``tolerance_mean`` and
  log-scale ``sigma = heterogeneity``: ``tau_i = tolerance_mean exp(sigma z_i - sigma^2/2)``.

Everyone receives the same campaign schedule ``s_t``. Each period:

1. expected engagements: ``p0 exp(-kappa F_{i,t-1})`` per send (within-period damping
   as in :func:`course_lib.fatigue.habituated_sends`), summed over active recipients;
2. fatigue update ``F_{i,t} = rho_i F_{i,t-1} + s_t``;
3. recipients with ``F_{i,t} > tau_i`` opt out, permanently.

So a heavy schedule first loses the least tolerant recipients; recovering ones (small
``rho_i``) stay longer. Randomness lies only in drawing the population (fixed by
``seed``); given the population, engagements are expected values and opt-outs are
deterministic threshold crossings. All default values are **illustrative**.

References
----------
REFERENCES.md §1.5 (fatigue stock, engagement ``p0 exp(-kappa F)``, opt-out).
Kumar, V., Zhang, X. & Luo, A. (2014). Modeling customer opt-in and opt-out in a
permission-based marketing context. *Journal of Marketing Research* 51(4), 403-419.
Micheaux, A. (2011). Managing e-mail advertising frequency from the consumer
perspective. *Journal of Advertising* 40(4), 45-66 (citation not verified).
"""
from __future__ import annotations

import numpy as np

from ._validate import (
    check_int,
    check_nonnegative,
    check_positive,
    check_probability,
    check_real,
    check_length,
)
from .fatigue import _habituated

__all__ = ["simulate_population", "draw_population", "campaign_sweep", "MAX_RECIPIENTS", "MAX_PERIODS",
           "MAX_RATES", "MAX_WORK", "MAX_SWEEP_RECIPIENTS", "MAX_SWEEP_WORK"]

_MAX_HETEROGENEITY = 3.0

#: largest population (the benchmark's 10^6 recipients x 52 weeks runs in about a second)
MAX_RECIPIENTS = 1_000_000
#: longest schedule, in periods (ten years of weeks)
MAX_PERIODS = 520
#: largest simulation of :func:`simulate_population`: recipients x periods (a few seconds at most)
MAX_WORK = 100_000_000
#: largest mean tolerance, in units of fatigue (float32 thresholds stay finite even at heterogeneity 3)
MAX_TOLERANCE = 1e6
#: most sends (or calls) in one period (float32 fatigue stays exact enough and finite)
MAX_SENDS = 1e6
#: largest habituation rate per unit of fatigue (beyond it e^(-kappa) is 0 to float32 precision)
MAX_KAPPA = 1000.0
#: largest number of call rates compared at once by :func:`campaign_sweep`
MAX_RATES = 100
#: largest population of :func:`campaign_sweep` (its arrays hold rates x recipients values)
MAX_SWEEP_RECIPIENTS = 100_000
#: largest :func:`campaign_sweep`: rates x recipients x periods (about a second)
MAX_SWEEP_WORK = 50_000_000


def _check_common(n_recipients, retention_mean, tolerance_mean, heterogeneity, seed, n_max=MAX_RECIPIENTS):
    n = check_int("n_recipients", n_recipients, low=1, high=max(1, min(MAX_RECIPIENTS, n_max)))
    mu = float(check_real("retention_mean", retention_mean, low=0.0, high=1.0,
                          low_open=True, high_open=True, ndim=0))
    tol = float(check_real("tolerance_mean", tolerance_mean, low=0.0, high=MAX_TOLERANCE, low_open=True, ndim=0))
    h = float(check_real("heterogeneity", heterogeneity, low=0.0, high=_MAX_HETEROGENEITY, ndim=0))
    sd = check_int("seed", seed, low=0)
    return n, mu, tol, h, sd


def draw_population(n_recipients=10_000, *, retention_mean=0.7, tolerance_mean=3.0,
                    heterogeneity=0.5, seed=0):
    r"""Draw recipients' fatigue retention and tolerance (see the module notes).

    .. math::
        \rho_i \sim \mathrm{Beta}(\mu c, (1-\mu) c),\ c = 4/\sigma^2, \qquad
        \tau_i = \bar\tau\, e^{\sigma z_i - \sigma^2/2},\ z_i \sim N(0, 1).

    Parameters
    ----------
    n_recipients : int, default 10_000
        Number of recipients, in [1, 10^6] (:data:`MAX_RECIPIENTS`).
    retention_mean : float, default 0.7
        Mean fatigue retention ``mu``, in (0, 1). Illustrative.
    tolerance_mean : float, default 3.0
        Mean opt-out threshold (in units of fatigue, i.e. of recent sends), in (0, 10^6]
        (:data:`MAX_TOLERANCE`). Illustrative.
    heterogeneity : float, default 0.5
        ``sigma`` in [0, 3]: log-scale of the tolerance and spread of the retention.
        0 makes every recipient identical. Illustrative.
    seed : int, default 0
        Seed of :func:`numpy.random.default_rng`, >= 0.

    Returns
    -------
    (numpy.ndarray, numpy.ndarray)
        ``rho`` in [0, 0.9999] and ``tau`` > 0, float32 arrays of shape (n_recipients,).

    References
    ----------
    REFERENCES.md §1.5.
    """
    n, mu, tol, h, sd = _check_common(n_recipients, retention_mean, tolerance_mean,
                                      heterogeneity, seed)
    return _draw(n, mu, tol, h, sd)


def _draw(n, mu, tol, h, seed):
    rng = np.random.default_rng(seed)
    if h == 0.0:
        return np.full(n, mu, dtype=np.float32), np.full(n, tol, dtype=np.float32)
    conc = 4.0 / max(h * h, 4e-12)  # cap the concentration at 1e12 (tiny h ~ homogeneous)
    rho = rng.beta(mu * conc, (1.0 - mu) * conc, size=n).astype(np.float32)
    np.minimum(rho, np.float32(0.9999), out=rho)
    tau = rng.standard_normal(n, dtype=np.float32)
    tau *= np.float32(h)
    tau += np.float32(np.log(tol) - 0.5 * h * h)
    np.exp(tau, out=tau)
    return rho, tau


def simulate_population(
    sends,
    n_recipients=10_000,
    *,
    retention_mean=0.7,
    tolerance_mean=3.0,
    heterogeneity=0.5,
    base=0.2,
    kappa=0.15,
    seed=0,
) -> dict[str, np.ndarray]:
    r"""Simulate individual recipients with heterogeneous recovery and tolerance.

    For each active recipient ``i`` and period ``t``:

    .. math::
        E_t &= \sum_{i\ \text{active}} p_0 e^{-\kappa F_{i,t-1}}\, h(s_t), \\
        F_{i,t} &= \rho_i F_{i,t-1} + s_t, \\
        i \text{ opts out at } t &\iff F_{i,t} > \tau_i \quad(\text{permanently}).

    where ``h`` is :func:`course_lib.fatigue.habituated_sends` (``(1 - e^{-kappa s})/(1 - e^{-kappa})``
    at integers, linear in between); for ``s_t <= 1`` the engagement term is simply
    ``s_t p0 exp(-kappa F_{i,t-1})``.
    Traits are drawn by :func:`draw_population`. Engagements are *expected* values given
    the drawn population (no Bernoulli draws), which keeps the curves smooth for the
    sliders and the code fast; the result is deterministic for a given ``seed``.

    Vectorised over recipients, looping only over the T periods, in float32 with
    in-place updates; opted-out recipients are removed from the working arrays.
    Memory is about 16 bytes per recipient (never an (N, T) array): 10^6 recipients x 52
    weeks runs in well under a second; 2,000 recipients in about a millisecond.

    Parameters
    ----------
    sends : array_like, shape (T,)
        Sends per period, the same schedule for everyone; in [0, 10^6] (:data:`MAX_SENDS`),
        1 <= T <= 520 (:data:`MAX_PERIODS`).
    n_recipients : int, default 10_000
        Number of recipients ``N``, in [1, 10^6] (:data:`MAX_RECIPIENTS`), with
        ``N x T <= 10^8`` (:data:`MAX_WORK`: 10^6 recipients for up to 100 periods).
    retention_mean, tolerance_mean, heterogeneity, seed
        See :func:`draw_population` (``retention_mean`` in (0, 1),
        ``tolerance_mean`` in (0, 10^6], ``heterogeneity`` in [0, 3], ``seed`` int >= 0).
        Illustrative defaults 0.7, 3.0, 0.5, 0.
    base : float, default 0.2
        Engagement probability of a fresh recipient ``p0``, in [0, 1]. Illustrative.
    kappa : float, default 0.15
        Habituation rate per unit of fatigue, in [0, 1000] (:data:`MAX_KAPPA`). Illustrative.

    Returns
    -------
    dict of numpy.ndarray, each of shape (T,)
        ``"active"`` (int64): recipients still subscribed at the end of period ``t``
        (non-increasing); ``"engaged"`` (float): expected engagements in period ``t``;
        ``"opted_out"`` (int64): recipients opting out in period ``t``. Conservation:
        ``active + cumsum(opted_out) == n_recipients``.

    References
    ----------
    REFERENCES.md §1.5. Kumar, Zhang & Luo (2014), *JMR* 51(4), 403-419.
    """
    s = check_real("sends", sends, low=0.0, high=MAX_SENDS, ndim=1)
    T = check_length("sends", s, MAX_PERIODS)
    n, mu, tol, h, sd = _check_common(n_recipients, retention_mean, tolerance_mean,
                                      heterogeneity, seed, n_max=MAX_WORK // T)
    p0 = float(check_probability("base", base, ndim=0))
    k = float(check_real("kappa", kappa, low=0.0, high=MAX_KAPPA, ndim=0))
    T = s.shape[0]

    rho, tau = _draw(n, mu, tol, h, sd)
    F = np.zeros(n, dtype=np.float32)
    buf = np.empty(n, dtype=np.float32)
    mask = np.empty(n, dtype=bool)
    neg_k = np.float32(-k)

    active = np.empty(T, dtype=np.int64)
    engaged = np.zeros(T, dtype=float)
    opted = np.zeros(T, dtype=np.int64)
    m = n  # current number of active recipients (the first m slots)
    eff = _habituated(s, k)
    for t in range(T):
        st = float(s[t])
        if m == 0:
            active[t:] = 0
            break
        Fm = F[:m]
        if st == 0.0:
            Fm *= rho[:m]
            active[t] = m
            continue
        b = buf[:m]
        if k > 0.0:
            np.multiply(Fm, neg_k, out=b)
            np.exp(b, out=b)
            w = float(b.sum(dtype=np.float64))
        else:
            w = float(m)
        engaged[t] = p0 * float(eff[t]) * w
        Fm *= rho[:m]
        Fm += np.float32(st)
        mk = mask[:m]
        np.greater(Fm, tau[:m], out=mk)
        gone = int(np.count_nonzero(mk))
        if gone:
            np.logical_not(mk, out=mk)
            keep = m - gone
            # compact the survivors into the first `keep` slots
            F[:keep] = Fm[mk]
            rho[:keep] = rho[:m][mk]
            tau[:keep] = tau[:m][mk]
            m = keep
        opted[t] = gone
        active[t] = m
    return {"active": active, "engaged": engaged, "opted_out": opted}



def campaign_sweep(
    rates,
    n_periods=52,
    n_recipients=2_000,
    *,
    retention_mean=0.7,
    tolerance_mean=3.0,
    heterogeneity=0.5,
    base=0.05,
    kappa=0.15,
    seed=0,
) -> dict[str, np.ndarray]:
    r"""A sales campaign of calls to a heterogeneous population, for several call rates at once.

    Like :func:`simulate_population`, but a recipient who says yes leaves the call list (as
    in telemarketing: a client who subscribes is not called again). For each constant rate
    ``r_k`` (calls per period) and each recipient ``i``, with ``w_i`` the probability that
    ``i`` has neither converted nor opted out yet:

    .. math::
        p_{i,t} &= p_0\, e^{-\kappa F_{i,t-1}}, \qquad
        \text{converted}_t = \sum_i w_i \left(1 - (1 - p_{i,t})^{r_k}\right), \\
        w_i &\leftarrow w_i (1 - p_{i,t})^{r_k}, \qquad F_{i,t} = \rho_i F_{i,t-1} + r_k, \\
        \text{opted out}_t &= \sum_{i:\ F_{i,t} > \tau_i} w_i \ \text{(then } w_i = 0).

    Traits ``rho_i`` and ``tau_i`` are drawn by :func:`draw_population` (the same population
    for every rate: common random numbers). Values are expected shares, deterministic for a
    given ``seed``; the computation runs on a (K, N) float32 array, a few milliseconds for
    12 rates x 2,000 recipients x 52 weeks, which is what the fatigue slider demo needs.

    Parameters
    ----------
    rates : array_like, shape (K,)
        Calls per period, in [0, 10^6] (:data:`MAX_SENDS`) (fractions are averages: 4 calls a month = 12/13 a week);
        1 <= K <= 100 (:data:`MAX_RATES`).
    n_periods : int, default 52
        Number of periods T, in [1, 520] (:data:`MAX_PERIODS`).
    n_recipients : int, default 2_000
        Number of recipients N, in [1, 10^5] (:data:`MAX_SWEEP_RECIPIENTS`), with
        ``K x N x T <= 5 x 10^7`` (:data:`MAX_SWEEP_WORK`, about a second).
    retention_mean, tolerance_mean, heterogeneity, seed
        As in :func:`simulate_population`. Illustrative defaults.
    base : float, default 0.05
        Conversion probability of a call to a fresh recipient ``p0``, in [0, 1].
        Illustrative (in the UCI bank campaign the first call converted 5.7 % of clients).
    kappa : float, default 0.15
        Habituation rate per unit of fatigue, in [0, 1000] (:data:`MAX_KAPPA`). Illustrative.

    Returns
    -------
    dict of numpy.ndarray, each of shape (K,)
        ``"converted"`` and ``"opted_out"``: shares of the population over the T periods,
        each in [0, 1], with ``converted + opted_out <= 1``.
    """
    r = check_real("rates", rates, low=0.0, high=MAX_SENDS, ndim=1)
    K = check_length("rates", r, MAX_RATES)
    T = check_int("n_periods", n_periods, low=1, high=MAX_PERIODS)
    n, mu, tol, h, sd = _check_common(n_recipients, retention_mean, tolerance_mean, heterogeneity, seed,
                                      n_max=min(MAX_SWEEP_RECIPIENTS, MAX_SWEEP_WORK // (K * T)))
    p0 = float(check_probability("base", base, ndim=0))
    k = float(check_real("kappa", kappa, low=0.0, high=MAX_KAPPA, ndim=0))
    rho, tau = _draw(n, mu, tol, h, sd)
    s = r.astype(np.float32)[:, None]
    F = np.zeros((K, n), dtype=np.float32)
    w = np.ones((K, n), dtype=np.float32)
    stay = np.empty((K, n), dtype=np.float32)
    cross = np.empty((K, n), dtype=bool)
    converted = np.zeros(K)
    opted = np.zeros(K)
    log_keep0 = np.float32(np.log1p(-p0)) if p0 < 1.0 else None
    no_calls = r == 0.0
    for _ in range(T):
        # stay = (1 - p)^s with p = p0 exp(-kappa F)
        if p0 == 0.0:
            stay.fill(1.0)
        elif k == 0.0 and log_keep0 is not None:
            np.multiply(s, log_keep0, out=stay)  # broadcast (K,1) -> (K,N)
            np.exp(stay, out=stay)
        else:
            np.multiply(F, np.float32(-k), out=stay)
            np.exp(stay, out=stay)
            stay *= np.float32(-p0)
            with np.errstate(divide="ignore", invalid="ignore"):  # p = 1 gives log(0) = -inf
                np.log1p(stay, out=stay)
                stay *= s
            np.exp(stay, out=stay)
            if no_calls.any():
                stay[no_calls] = 1.0  # no call, no conversion (0 * log 0 would be NaN)
        converted += w.sum(axis=1, dtype=np.float64)
        w *= stay
        converted -= w.sum(axis=1, dtype=np.float64)
        F *= rho
        F += s
        np.greater(F, tau, out=cross)
        np.multiply(w, cross, out=stay)  # reuse the buffer: weight of those opting out now
        opted += stay.sum(axis=1, dtype=np.float64)
        w -= stay
    return {"converted": np.clip(converted / n, 0.0, 1.0), "opted_out": np.clip(opted / n, 0.0, 1.0)}

"""Message fatigue in e-mail, push and telemarketing: a fatigue stock with recovery,
engagement that habituates, unsubscribes that rise with fatigue, frequency caps and the
resulting list dynamics.

Model (REFERENCES.md §1.5), with sends ``s_t`` per period:

* fatigue stock (an adstock of sends): ``F_t = rho * F_{t-1} + s_t``, ``F_{-1} = 0``;
* engagement probability per send: ``p_t = p0 * exp(-kappa * F_{t-1})`` (habituation);
* unsubscribe probability per send: ``h_t = 1 - exp(-(eta0 + eta1 * F_t))``;
* list: ``N_{t+1} = N_t * (1 - h_t) ** s_t + optins_t``;
* frequency cap: at most ``cap`` sends in any ``window`` consecutive periods.

Time is the last axis of every schedule. All default parameter values
(``p0 = 0.2``, ``kappa = 0.15``, ``eta0 = eta1 = 0.002``, ``rho = 0.7``) are
**illustrative**, not empirical estimates.

References
----------
Kumar, V., Zhang, X. & Luo, A. (2014). Modeling customer opt-in and opt-out in a
permission-based marketing context. *Journal of Marketing Research* 51(4), 403-419.
Micheaux, A. (2011). Managing e-mail advertising frequency from the consumer perspective.
*Journal of Advertising* 40(4), 45-66 (citation not verified).
Rankin, C. H. et al. (2009). Habituation revisited. *Neurobiology of Learning and
Memory* 92(2), 135-138 (citation not verified).
Décret n° 2022-1313 du 13 octobre 2022; code de la consommation art. D. 223-9
(France, in force since 1 March 2023: at most 4 telemarketing call attempts per 30 calendar
days). Since 11 August 2026, art. L. 223-1 C. consom. (as amended by loi n° 2025-594,
art. 13) forbids phone selling to a consumer without prior consent; whether the 2022 days,
hours and frequency rule still applies after that date is NOT verified. The constants below
are history, or a frequency rule of unverified current status.
"""
from __future__ import annotations

import numpy as np

from ._validate import (
    _err,
    _fmt_range,
    _short,
    check_choice,
    check_int,
    check_nonnegative,
    check_probability,
    check_real,
    check_broadcast,
    check_length,
)

__all__ = [
    "fatigue_stock",
    "recovery_half_life",
    "engagement_probability",
    "unsubscribe_hazard",
    "apply_frequency_cap",
    "habituated_sends",
    "simulate_list",
    "frequency_sweep",
    "FRANCE_CALLS_PER_30_DAYS",
    "FRANCE_CAP_WINDOW_DAYS",
    "FRANCE_REFUSAL_COOLDOWN_DAYS",
    "MAX_PERIODS",
    "MAX_SCHEDULE_SIZE",
    "MAX_FREQUENCIES",
    "MAX_SENDS",
    "MAX_PEOPLE",
]

#: longest schedule, in periods (ten years of days, or seventy years of weeks)
MAX_PERIODS = 3650
#: largest schedule: number of values of ``sends`` once broadcast (series x periods; under a second)
MAX_SCHEDULE_SIZE = 1_000_000
#: most frequencies compared at once by :func:`frequency_sweep`
MAX_FREQUENCIES = 1000
#: most sends in one period (integer counts stay exact; list sizes and fatigue stay finite)
MAX_SENDS = 10**9
#: largest list size and number of new subscribers per period (100 times the world's population)
MAX_PEOPLE = 1e12

#: France, décret n° 2022-1313 du 13 octobre 2022, code de la consommation art. D. 223-9
#: (in force since 1 March 2023): at most 4 call attempts per 30 calendar days ...
#: History, or a rule of unverified status: since 11 August 2026 phone selling to a consumer
#: needs prior consent (art. L. 223-1 C. consom., loi n° 2025-594, art. 13); whether D. 223-9
#: still applies after that date is not verified.
FRANCE_CALLS_PER_30_DAYS = 4
#: ... counted over 30 calendar days (same source) ...
FRANCE_CAP_WINDOW_DAYS = 30
#: ... and no call within 60 days after an explicit refusal (same source).
FRANCE_REFUSAL_COOLDOWN_DAYS = 60

_LINKS = ("cloglog", "logistic")


# --------------------------------------------------------------------------- helpers
def _check_sends(sends, name: str = "sends") -> np.ndarray:
    """In [0, MAX_SENDS], at least 1-D (time last), non-empty, at most MAX_PERIODS periods
    and MAX_SCHEDULE_SIZE values."""
    arr = check_real(name, sends, low=0.0, high=MAX_SENDS)
    if arr.ndim == 0:
        raise _err("ndim_time", name=name, value=_short(sends))
    if arr.shape[-1] == 0:
        raise _err("no_period", name=name, shape=arr.shape)
    check_length(name, arr, MAX_PERIODS)
    check_length(name, arr, MAX_SCHEDULE_SIZE, axis=None)
    return arr


def _check_integer_counts(name: str, arr: np.ndarray) -> None:
    bad = arr != np.floor(arr)
    if np.any(bad):
        raise _err("integer_counts", name=name, rng=_fmt_range(0, None, False, False), value=_short(arr[bad].flat[0]))


def _per_series(name: str, value, checker, **kw) -> np.ndarray:
    """Validate a per-series parameter and append a time axis so that it broadcasts
    against the leading (non-time) axes of a schedule."""
    return checker(name, value, **kw)[..., None]


def _log_survival(fatigue, eta0, eta1, link: str) -> np.ndarray:
    """log(1 - h) for the two links, computed without ever forming log(0)."""
    with np.errstate(over="ignore"):  # a huge hazard rate: log survival -inf, survival 0
        x = eta0 + eta1 * fatigue
        if link == "cloglog":
            return -x
        return -np.log1p(x)


# --------------------------------------------------------------------------- model
def fatigue_stock(sends, retention=0.7) -> np.ndarray:
    r"""Fatigue stock: an adstock (geometric carry-over) of the sends.

    .. math:: F_t = \rho\,F_{t-1} + s_t, \qquad F_{-1} = 0.

    Parameters
    ----------
    sends : array_like, shape (..., T)
        Messages (or calls) sent in each period, time on the last axis; in [0, 10^9]
        (:data:`MAX_SENDS`). Fractional values are allowed (expected sends). At most 3650
        periods (:data:`MAX_PERIODS`) and 10^6 values in all (:data:`MAX_SCHEDULE_SIZE`).
    retention : float or array_like, default 0.7
        Share ``rho`` of fatigue carried from one period to the next, in [0, 1).
        ``rho = 0`` means full recovery within one period. An array gives one series
        per value: it broadcasts against the *leading* axes ``sends.shape[:-1]``
        (e.g. ``retention=[0.5, 0.7, 0.9]`` with ``sends`` of shape ``(T,)`` gives
        shape ``(3, T)``). The default 0.7 is illustrative.

    Returns
    -------
    numpy.ndarray, shape broadcast(sends.shape[:-1], retention.shape) + (T,)
        The fatigue stock ``F_t`` (after the sends of period ``t``), >= 0.

    References
    ----------
    REFERENCES.md §1.5 (fatigue stock with recovery). Thompson, R. F. & Spencer, W. A.
    (1966). Habituation. *Psychological Review* 73(1), 16-43 (citation not verified).
    """
    s = _check_sends(sends)
    rho = check_real("retention", retention, low=0.0, high=1.0, high_open=True)
    lead = check_broadcast(**{"sends (without the time axis)": s[..., 0], "retention": rho})
    T = s.shape[-1]
    s = np.broadcast_to(s, lead + (T,))
    out = np.empty(lead + (T,), dtype=float)
    f = np.zeros(lead, dtype=float)
    for t in range(T):
        f = rho * f + s[..., t]
        out[..., t] = f
    return out


def recovery_half_life(retention):
    r"""Number of periods for the fatigue stock to halve when nothing is sent.

    .. math:: t_{1/2} = \frac{\ln 0.5}{\ln \rho}, \qquad t_{1/2} = 0 \text{ if } \rho = 0.

    After a single send, ``F`` falls to at most one half within ``ceil(t_half)`` periods.

    Parameters
    ----------
    retention : float or array_like
        Fatigue retention ``rho`` in [0, 1).

    Returns
    -------
    float or numpy.ndarray
        Half-life in periods, >= 0 (a float for scalar input).

    References
    ----------
    REFERENCES.md §1.5.
    """
    rho = check_real("retention", retention, low=0.0, high=1.0, high_open=True)
    safe = np.where(rho > 0, rho, 0.5)
    out = np.where(rho > 0, np.log(0.5) / np.log(safe), 0.0)
    return float(out) if out.ndim == 0 else out


def engagement_probability(fatigue, base=0.2, kappa=0.15) -> np.ndarray:
    r"""Probability that one message is engaged with (opened, clicked, converted),
    given the fatigue accumulated *before* it: habituation.

    .. math:: p = p_0 \, e^{-\kappa F}

    Parameters
    ----------
    fatigue : array_like
        Fatigue stock ``F`` (e.g. from :func:`fatigue_stock`, lagged one period), >= 0.
    base : float or array_like, default 0.2
        Engagement probability of a fresh recipient ``p0``, in [0, 1]. Illustrative.
    kappa : float or array_like, default 0.15
        Habituation rate per unit of fatigue, >= 0. Illustrative.

    All three broadcast elementwise (numpy rules).

    Returns
    -------
    numpy.ndarray
        ``p`` in (0, p0] for finite fatigue and ``p0 > 0`` (it underflows to 0 only for
        astronomically large ``kappa * F``).

    References
    ----------
    REFERENCES.md §1.5. Chatterjee, P., Hoffman, D. L. & Novak, T. P. (2003). Modeling
    the clickstream. *Marketing Science* 22(4), 520-541 (citation not verified).
    """
    F = check_nonnegative("fatigue", fatigue)
    p0 = check_probability("base", base)
    k = check_nonnegative("kappa", kappa)
    check_broadcast(fatigue=F, base=p0, kappa=k)
    return p0 * np.exp(-k * F)


def unsubscribe_hazard(fatigue, eta0=0.002, eta1=0.002, link="cloglog") -> np.ndarray:
    r"""Probability that one message makes a subscriber unsubscribe (opt out).

    With ``x = eta0 + eta1 * F``:

    * ``link="cloglog"`` (default): :math:`h = 1 - e^{-x}` (complementary log-log);
    * ``link="logistic"``: :math:`h = x / (1 + x)`, i.e. the *odds* of unsubscribing are
      linear in fatigue (``logit h = ln x``).

    Both give ``h ~ x`` for small ``x`` and stay below 1.

    Parameters
    ----------
    fatigue : array_like
        Fatigue stock ``F`` including the current send, >= 0.
    eta0 : float or array_like, default 0.002
        Baseline unsubscribe intensity per send, >= 0. Illustrative.
    eta1 : float or array_like, default 0.002
        Extra intensity per unit of fatigue, >= 0. Illustrative.
    link : {"cloglog", "logistic"}, default "cloglog"
        Link function, see above.

    Returns
    -------
    numpy.ndarray
        ``h`` in [0, 1), broadcast elementwise (it rounds to exactly 1.0 in floating
        point once ``x`` exceeds about 37 with the cloglog link). :func:`simulate_list`
        works with ``log(1 - h)`` directly, so it never loses this precision.

    References
    ----------
    REFERENCES.md §1.5; Kumar, Zhang & Luo (2014), *JMR* 51(4), 403-419 (marketing
    intensity affects the times to opt-in and to opt-out; the hazard form used here is
    illustrative, not taken from that paper).
    """
    F = check_nonnegative("fatigue", fatigue)
    e0 = check_nonnegative("eta0", eta0)
    e1 = check_nonnegative("eta1", eta1)
    check_choice("link", link, _LINKS)
    check_broadcast(fatigue=F, eta0=e0, eta1=e1)
    return -np.expm1(_log_survival(F, e0, e1, link))


def apply_frequency_cap(sends, cap, window=1) -> np.ndarray:
    r"""Enforce a rolling-window frequency cap on an integer send schedule.

    In every block of ``window`` consecutive periods at most ``cap`` sends are kept:

    .. math:: \sum_{u=t-w+1}^{t} \tilde s_u \le \text{cap} \quad \forall t,
              \qquad \tilde s_t \le s_t.

    Greedy in time: the earliest sends are kept, i.e.
    ``s~_t = min(s_t, cap - sum of s~ over the previous window-1 periods)``.
    With ``window=1`` this is the simple per-period cap ``min(s_t, cap)``. With a daily
    schedule, ``cap=4, window=30`` is the French telemarketing rule of 2022
    (:data:`FRANCE_CALLS_PER_30_DAYS`, :data:`FRANCE_CAP_WINDOW_DAYS`), read as a rolling
    window; since 11 August 2026 French phone selling needs prior consent, and the status of
    the 2022 frequency rule after that date is not verified.

    Parameters
    ----------
    sends : array_like of int, shape (..., T)
        Sends per period, integers in [0, 10^9] (:data:`MAX_SENDS`); time on the last axis. Leading axes
        are independent schedules (vectorised). At most 3650 periods (:data:`MAX_PERIODS`) and 10^6 values in all (:data:`MAX_SCHEDULE_SIZE`).
    cap : int
        Maximum number of sends in any window, in [0, 10^9] (:data:`MAX_SENDS`).
    window : int, default 1
        Window length in periods, in [1, 3650] (:data:`MAX_PERIODS`).

    Returns
    -------
    numpy.ndarray of int64, same shape as ``sends``
        The capped schedule; never larger than ``sends`` in any period.

    References
    ----------
    Décret n° 2022-1313 du 13 octobre 2022 and code de la consommation art. D. 223-9
    (France, in force since 1 March 2023): at most 4 call attempts per 30 calendar
    days by the same professional (status after 11 August 2026, when prior consent became
    required by art. L. 223-1 C. consom., not verified). Buchbinder, N., Feldman, M., Ghosh, A. & Naor, J.
    (2014). Frequency capping in online advertising. *Journal of Scheduling* 17(4),
    385-398 (citation not verified).
    """
    s = _check_sends(sends)
    _check_integer_counts("sends", s)
    check_real("sends", sends, low=0, high=MAX_SENDS)  # int64 counts stay exact: no negative count from overflow
    c = check_int("cap", cap, low=0, high=MAX_SENDS)
    w = check_int("window", window, low=1, high=MAX_PERIODS)
    s = s.astype(np.int64)
    if w == 1:
        return np.minimum(s, c)
    T = s.shape[-1]
    out = np.zeros_like(s)
    running = np.zeros(s.shape[:-1], dtype=np.int64)  # kept sends in the last w-1 periods
    for t in range(T):
        if t >= w:
            running -= out[..., t - w]
        kept = np.minimum(s[..., t], c - running)
        out[..., t] = kept
        running += kept
    return out


def habituated_sends(sends, kappa=0.15) -> np.ndarray:
    r"""Effective number of fresh sends when several messages go out in one period.

    The ``j``-th message of a period (``j = 0, 1, ..., s-1``) meets the fatigue left by
    earlier periods plus the ``j`` messages already sent in the same period, so it is
    engaged with probability ``p0 exp(-kappa (F_{t-1} + j))``. Summing over the period:

    .. math:: h(s) = \sum_{j=0}^{s-1} e^{-\kappa j}
              = \frac{1 - e^{-\kappa s}}{1 - e^{-\kappa}} \qquad (s = 0, 1, 2, \dots).

    A non-integer ``s`` (an expected send rate) is interpolated linearly between the
    neighbouring integers (a fractional last message, sent with probability ``s - n``,
    gets the damping ``e^{-kappa n}`` of message ``j = n``):

    .. math:: h(s) = \frac{1 - e^{-\kappa n}}{1 - e^{-\kappa}} + (s - n)\, e^{-\kappa n},
              \qquad n = \lfloor s \rfloor.

    So ``h(s) = s`` for ``0 <= s <= 1`` and whenever ``kappa = 0``, and ``h(s) <= s``
    always. (The closed form evaluated at a non-integer ``s`` would exceed ``s`` on
    ``0 < s < 1``.) Without this factor a single period with a huge number of sends
    would earn unbounded engagement.

    Parameters
    ----------
    sends : array_like
        Sends in the period, >= 0.
    kappa : float or array_like, default 0.15
        Habituation rate per send, >= 0 (illustrative default). Broadcast elementwise.

    Returns
    -------
    numpy.ndarray
        Effective sends, in [0, s], non-decreasing (increasing for finite ``s``),
        piecewise linear and concave in ``s``, exact at integers, equal to ``s`` for
        ``s <= 1`` and bounded by ``1 / (1 - exp(-kappa))``.

    References
    ----------
    REFERENCES.md §1.5 (engagement per send ``p0 exp(-kappa F)``).
    """
    s = check_nonnegative("sends", sends)
    k = check_nonnegative("kappa", kappa)
    return _habituated(s, k)


def _habituated(s, k):
    # h(s) = sum_{j<n} e^{-k j} + (s - n) e^{-k n}, n = floor(s): the integer sum,
    # linearly interpolated between integers (h(s) = s for s <= 1, h(s) <= s always).
    s = np.asarray(s)
    ks = np.broadcast_to(k, np.broadcast_shapes(np.shape(s), np.shape(k)))
    n = np.floor(s)
    frac = s - n
    pos = ks > 0
    kk = np.where(pos, ks, 1.0)
    with np.errstate(over="ignore", under="ignore"):  # a huge kappa: e^(-kappa n) is 0
        geom = np.where(pos, -np.expm1(-kk * n) / -np.expm1(-kk), n)  # sum_{j<n} e^{-k j}
        out = geom + frac * np.exp(-ks * n)
    return np.asarray(out, dtype=float)


def simulate_list(
    sends,
    n0=10_000,
    retention=0.7,
    base=0.2,
    kappa=0.15,
    eta0=0.002,
    eta1=0.002,
    new_optins=0.0,
    cap=None,
    window=1,
    link="cloglog",
) -> dict[str, np.ndarray]:
    r"""Expected dynamics of a mailing list under a send schedule.

    For each period ``t`` (``N_t`` = subscribers at the start of period ``t``):

    .. math::
        F_t &= \rho F_{t-1} + s_t, \\
        E_t &= N_t \, p_0 e^{-\kappa F_{t-1}} \, h(s_t), \\
        U_t &= N_t \,[1 - (1 - h_t)^{s_t}], \quad h_t = 1 - e^{-(\eta_0 + \eta_1 F_t)}, \\
        N_{t+1} &= N_t - U_t + \text{optins}_t = N_t (1 - h_t)^{s_t} + \text{optins}_t.

    Deterministic expected values (no sampling). Engagement uses the fatigue *before*
    the period's sends, ``p_t = p0 exp(-kappa F_{t-1})``, and the ``j``-th send of the
    same period is further damped by ``exp(-kappa j)``: ``h`` is :func:`habituated_sends`
    (``h(s) = (1 - e^{-kappa s}) / (1 - e^{-kappa})`` at integers, linear in between;
    for ``s_t <= 1`` the engagement is exactly ``N_t s_t p_t``). The unsubscribe hazard
    uses the fatigue *including* the period's sends.

    Parameters
    ----------
    sends : array_like, shape (..., T)
        Sends per period (in [0, 10^9], :data:`MAX_SENDS`; time last). Must be integers if
        ``cap`` is given.
        At most 3650 periods (:data:`MAX_PERIODS`) and 10^6 values in all (:data:`MAX_SCHEDULE_SIZE`).
    n0 : float or array_like, default 10_000
        Initial list size, in [0, 10^12] (:data:`MAX_PEOPLE`).
    retention, base, kappa, eta0, eta1 : float or array_like
        As in :func:`fatigue_stock` (``rho`` in [0, 1)), :func:`engagement_probability`
        (``p0`` in [0, 1], ``kappa`` >= 0) and :func:`unsubscribe_hazard`
        (``eta0, eta1`` >= 0). Defaults 0.7, 0.2, 0.15, 0.002, 0.002 are illustrative.
        These and ``n0`` are *per series*: they broadcast against the leading axes
        ``sends.shape[:-1]``, one series per value.
    new_optins : float or array_like, default 0.0
        New subscribers joining at the end of each period, in [0, 10^12]; scalar, shape (T,)
        or (..., T) (broadcast against the full schedule).
    cap : int or None, default None
        Optional frequency cap applied first with :func:`apply_frequency_cap`.
    window : int, default 1
        Window of the cap, in periods, >= 1.
    link : {"cloglog", "logistic"}, default "cloglog"
        Link of the unsubscribe hazard.

    Returns
    -------
    dict of numpy.ndarray, each of shape (..., T)
        ``"subscribers"``: ``N_t`` at the start of each period;
        ``"engaged"``: expected engagements in the period;
        ``"unsubscribed"``: expected unsubscribes in the period;
        ``"fatigue"``: ``F_t``;
        ``"sends"``: the schedule actually used (after the cap).

    References
    ----------
    REFERENCES.md §1.5 (list dynamics). Kumar, Zhang & Luo (2014), *JMR* 51(4),
    403-419. Zhang, X., Kumar, V. & Cosguner, K. (2017). Dynamically managing a
    profitable email marketing program. *JMR* 54(6), 851-866 (citation not verified).
    """
    s = _check_sends(sends)
    if cap is not None:
        s = apply_frequency_cap(s, cap, window).astype(float)
    else:
        check_int("window", window, low=1, high=MAX_PERIODS)
    check_choice("link", link, _LINKS)
    n0_ = _per_series("n0", n0, check_real, low=0.0, high=MAX_PEOPLE)
    rho = _per_series("retention", retention, check_real, low=0.0, high=1.0, high_open=True)
    p0 = _per_series("base", base, check_probability)
    k = _per_series("kappa", kappa, check_nonnegative)
    e0 = _per_series("eta0", eta0, check_nonnegative)
    e1 = _per_series("eta1", eta1, check_nonnegative)
    optins = check_real("new_optins", new_optins, low=0.0, high=MAX_PEOPLE)
    if optins.ndim > 0 and optins.shape[-1] not in (1, s.shape[-1]):
        raise _err("optins_periods", n=s.shape[-1], shape=optins.shape)
    try:
        full = np.broadcast_shapes(
            s.shape, n0_.shape, rho.shape, p0.shape, k.shape, e0.shape, e1.shape, optins.shape
        )
    except ValueError:
        raise _err("simulate_broadcast", shape=s.shape) from None
    if int(np.prod(full)) > MAX_SCHEDULE_SIZE:
        check_length("sends", np.broadcast_to(0.0, full), MAX_SCHEDULE_SIZE, axis=None)
    T = s.shape[-1]
    s = np.broadcast_to(s, full)
    optins = np.broadcast_to(optins, full)
    lead = full[:-1]

    fatigue = np.empty(full)
    subscribers = np.empty(full)
    engaged = np.empty(full)
    unsub = np.empty(full)
    f_prev = np.zeros(lead)
    n = np.broadcast_to(n0_[..., 0], lead).astype(float)
    rho0, p00, k0, e00, e10 = (a[..., 0] for a in (rho, p0, k, e0, e1))
    for t in range(T):
        st = s[..., t]
        f = rho0 * f_prev + st
        subscribers[..., t] = n
        engaged[..., t] = n * p00 * np.exp(-k0 * f_prev) * _habituated(st, k0)
        log_surv = _log_survival(f, e00, e10, link)
        # no send, no unsubscribe (0 x -inf would be NaN when the hazard is 1)
        lost = n * -np.expm1(st * np.where(st > 0, log_surv, 0.0))
        unsub[..., t] = lost
        fatigue[..., t] = f
        n = (n - lost) + optins[..., t]
        n = np.maximum(n, 0.0)  # guard against -0.0 / rounding
        f_prev = f
    return {
        "subscribers": subscribers,
        "engaged": engaged,
        "unsubscribed": unsub,
        "fatigue": fatigue,
        "sends": np.array(s, dtype=float),
    }


def frequency_sweep(frequencies=None, n_periods=52, **simulate_list_kwargs) -> dict:
    r"""Total engagement and unsubscribes for constant send frequencies.

    For each frequency ``f`` the schedule ``s_t = f`` (``t = 0..n_periods-1``) is run
    through :func:`simulate_list`; totals are summed over the horizon. Per subscriber
    and period, engagement in the fatigue steady state is
    ``g(f) = h(f) p0 exp(-kappa f / (1 - rho))`` with ``h`` = :func:`habituated_sends`.
    ``g`` is log-concave. On ``f <= 1`` (where ``h(f) = f``) it increases while
    ``f < (1 - rho)/kappa``, so ``f = (1 - rho)/kappa`` is its maximiser when
    ``(1 - rho)/kappa <= 1``. Otherwise the maximiser lies in ``[1, (1 - rho)/kappa)``,
    where the slope ``exp(-kappa floor(f))`` of ``h`` crosses ``kappa h(f) / (1 - rho)``
    (possibly at an integer kink of ``h``): about 1.84 for ``rho = 0.7, kappa = 0.15``,
    where ``(1 - rho)/kappa = 2``. Unsubscribes shrink the list faster at high ``f``
    and fatigue starts at 0, so the optimum of the totals differs: with the
    illustrative defaults (``rho = 0.7, kappa = 0.15, p0 = 0.2, eta0 = eta1 = 0.002``,
    52 weekly periods) total engagement has an **interior optimum** (about 1.11 sends
    per week; 1.0 on the default grid) while cumulative unsubscribes increase with the
    frequency.

    Parameters
    ----------
    frequencies : array_like, shape (K,), optional
        Sends per period to compare, each >= 0 (non-integer values are expected send
        rates; they must be integers if a ``cap`` is passed); 1 <= K <= 1000
        (:data:`MAX_FREQUENCIES`). Default ``0, 0.25, ..., 8``, or the whole numbers
        ``0, 1, ..., 8`` when a ``cap`` is passed.
    n_periods : int, default 52
        Horizon in periods (e.g. weeks), in [1, 3650] (:data:`MAX_PERIODS`), with
        ``K x n_periods <= 10^6`` (:data:`MAX_SCHEDULE_SIZE`).
    **simulate_list_kwargs
        Passed to :func:`simulate_list` (``n0``, ``retention``, ``base``, ``kappa``,
        ``eta0``, ``eta1``, ``new_optins``, ``cap``, ``window``, ``link``); they must
        be scalars (or broadcast against the frequency axis).

    Returns
    -------
    dict
        ``"frequency"`` (K,), ``"total_engaged"`` (K,), ``"total_unsubscribed"`` (K,),
        ``"final_subscribers"`` (K,) (list size after the last period) and
        ``"best_frequency"`` (float, argmax of total engagement on the grid).

    References
    ----------
    REFERENCES.md §1.5 (teaching outputs: interior optimal frequency; more frequency,
    more cumulative unsubscribes).
    """
    capped = simulate_list_kwargs.get("cap") is not None
    if frequencies is None:
        # a frequency cap needs whole numbers of sends: the default grid is then 0, 1, ..., 8
        frequencies = np.arange(0.0, 9.0) if capped else np.arange(0.0, 8.0 + 1e-9, 0.25)
    freq = check_real("frequencies", frequencies, low=0.0, high=MAX_SENDS, ndim=1)
    K = check_length("frequencies", freq, MAX_FREQUENCIES)
    if capped:  # errors name what the caller passed (frequencies), not the internal schedule
        _check_integer_counts("frequencies", freq)
        check_real("frequencies", freq, low=0, high=MAX_SENDS)
    T = check_int("n_periods", n_periods, low=1, high=min(MAX_PERIODS, MAX_SCHEDULE_SIZE // K))
    if "sends" in simulate_list_kwargs:
        raise _err("sweep_sends")
    for name in ("n0", "retention", "base", "kappa", "eta0", "eta1"):
        if name in simulate_list_kwargs:
            try:
                shape = np.shape(simulate_list_kwargs[name])
            except ValueError:  # a ragged list: simulate_list refuses it, naming it
                continue
            check_broadcast(frequencies=freq, **{name: np.empty(shape)})
    sends = np.repeat(freq[:, None], T, axis=1)
    res = simulate_list(sends, **simulate_list_kwargs)
    # list size after the last period: N_{T-1} - U_{T-1} + optins_{T-1}
    opt_last = np.broadcast_to(
        check_nonnegative("new_optins", simulate_list_kwargs.get("new_optins", 0.0)),
        res["subscribers"].shape,
    )[..., -1]
    final = res["subscribers"][..., -1] - res["unsubscribed"][..., -1] + opt_last
    opt_total = np.broadcast_to(
        check_nonnegative("new_optins", simulate_list_kwargs.get("new_optins", 0.0)),
        res["subscribers"].shape,
    ).sum(axis=-1)
    total_eng = res["engaged"].sum(axis=-1)
    return {
        "frequency": freq,
        "total_engaged": total_eng,
        # n0 + opt-ins - final list: equals the sum of the per-period unsubscribes and is
        # exactly monotone in floating point (the plain sum can wobble by 1e-12).
        "total_unsubscribed": np.maximum(
            res["subscribers"][..., 0] + opt_total - final, 0.0
        ),
        "final_subscribers": np.maximum(final, 0.0),
        "best_frequency": float(freq[int(np.argmax(total_eng))]),
    }

"""Figures of lessons 03 and 04: repetition, forgetting, fatigue, real data."""
from __future__ import annotations

import numpy as np
import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter

from .. import attention, fatigue, memory, population, realdata, repetition
from .. import datasets
from .._validate import check_int, check_nonnegative, check_positive, check_probability, check_real
from ..i18n import number, t
from ..style import INTERRUPTION, NEUTRAL, OKABE_ITO, PERMISSION, SERIES, course_style, rc
from ._base import (  # noqa: F401
    PercentFormatter, View, _decorate, _draw, _kv_note, _line, _message, _new_ax, _pct, set_alt,
)

__all__ = ['two_factor', 'forgetting_curves', 'burst_vs_spread', 'fatigue_stock', 'bank_conversion', 'contact_hazard', 'fatigue_campaign', 'TwoFactorView', 'FatigueCampaignView']


class TwoFactorView(View):
    """Two-factor response E(n) = A(1 - exp(-b n)) - c n, its two components and optimum."""

    defaults = {"learn": 1.0, "rate": 0.8, "tedium": 0.08}
    n_max = 12.0

    def __init__(self, ax):
        super().__init__(ax)
        self.n = np.linspace(0, self.n_max, 241)
        z = self.n * 0
        self.learning = _line(ax, self.n, z, SERIES[1], t("two_factor.learning"), markevery=40)
        self.tedium = _line(ax, self.n, z, SERIES[2], t("two_factor.tedium"), markevery=40)
        self.total = _line(ax, self.n, z, SERIES[0], t("two_factor.total"), markevery=40)
        (self.point,) = ax.plot([], [], "o", color=SERIES[0]["color"], ms=rc()["lines.markersize"] * 1.8,
                                markeredgecolor="black", zorder=8)
        self.note = _kv_note(ax, 0.30, 0.97, [t("two_factor.label_n"), t("two_factor.label_e")])
        ax.axhline(0, color="black", lw=1)
        _decorate(ax, "two_factor", xlim=(0, self.n_max), ylim=(-1.2, 2.1), legend="lower left")
        self.dynamic = [self.learning, self.tedium, self.total, self.point, self.note]

    def update(self, learn, rate, tedium):
        e = repetition.two_factor_response(self.n, learn, rate, tedium)
        self.learning.set_ydata(repetition.two_factor_response(self.n, learn, rate, 0.0))
        self.tedium.set_ydata(-float(tedium) * self.n)
        self.total.set_ydata(e)
        n_star = float(repetition.two_factor_optimum(learn, rate, tedium))
        e_star = float(repetition.two_factor_response(n_star, learn, rate, tedium))
        self.point.set_data([min(n_star, self.n_max)], [e_star])
        self.note.set_text(f"{number(n_star)}\n{number(e_star)}")


def two_factor(learn=1.0, rate=0.8, tedium=0.08, n_max=12, ax=None):
    """Two-factor (wear-in / wear-out) response to repeated exposures, with its optimum (lesson 03)."""
    check_positive("n_max", n_max)
    cls = type("TwoFactorView", (TwoFactorView,), {"n_max": float(n_max)})
    return _draw(cls, ax, learn=learn, rate=rate, tedium=tedium)


def forgetting_curves(stability=4.0, tau=1.0, d=0.8, t_max=26, ax=None):
    """Exponential and power forgetting curves (share of the memory retained after t periods)."""
    check_positive("t_max", t_max)
    tt = np.linspace(0, float(t_max), 261)
    ax = _new_ax(ax)
    with course_style():
        _line(ax, tt, memory.retention_exponential(tt, stability), SERIES[0],
              t("forgetting.exponential", s=f"{stability:g}".replace(".", ",")), markevery=26)
        _line(ax, tt, memory.retention_power(tt, tau, d), SERIES[1],
              t("forgetting.power", tau=f"{tau:g}".replace(".", ","), d=f"{d:g}".replace(".", ",")), markevery=26)
        _decorate(ax, "forgetting", xlim=(0, t_max), ylim=(0, 1.05), percent=True)
    return ax


def burst_vs_spread(total=13, n_periods=52, learn=0.3, forget=0.1, ax=None):
    """Awareness under a burst schedule and a spread schedule with the same total exposures.

    The burst puts one exposure a period in ``ceil(total)`` consecutive periods; the spread
    schedule pulses one exposure every ``n_periods // ceil(total)`` periods (``total`` in
    (0, n_periods / 2], so that both fit in the year).
    """
    n_periods = check_int("n_periods", n_periods, low=2)
    total = float(check_real("total", total, low=0.0, high=n_periods / 2, low_open=True))
    burst = memory.schedule("burst", n_periods, total, burst_length=int(np.ceil(total)))
    spread = memory.schedule("pulsing", n_periods, total, period=max(1, n_periods // int(np.ceil(total))), on=1)
    weeks = np.arange(1, n_periods + 1)
    ax = _new_ax(ax)
    with course_style():
        a_b = memory.awareness_path(burst, learn, forget)
        a_s = memory.awareness_path(spread, learn, forget)
        _line(ax, weeks, a_b, SERIES[0], t("burst.burst"), markevery=4)
        _line(ax, weeks, a_s, SERIES[1], t("burst.spread"), markevery=4)
        ax.bar(weeks, burst * 0.1, width=0.8, color=SERIES[0]["color"], alpha=0.35)
        ax.bar(weeks, spread * 0.1, width=0.4, color=SERIES[1]["color"], alpha=0.6, hatch="//",
               label=t("burst.exposures"))
        _decorate(ax, "burst", xlim=(0, n_periods + 1), ylim=(0, 1.0), percent=True, total=f"{total:g}")
    return ax


def fatigue_stock(retention=0.7, sends=None, ax=None):
    """Fatigue stock F_t = ρ F_{t-1} + s_t built by a few sends and recovering between them."""
    if sends is None:
        sends = np.zeros(30)
        sends[[1, 2, 3, 4, 12, 20]] = 1.0
    sends = check_nonnegative("sends", sends, ndim=1)
    f = fatigue.fatigue_stock(sends, retention)
    # response to a message sent in period t depends on the fatigue left by earlier periods
    p = fatigue.engagement_probability(np.concatenate([[0.0], f[:-1]]))
    periods = np.arange(sends.size)
    ax = _new_ax(ax)
    with course_style():
        ax.bar(periods, sends, width=0.5, color=OKABE_ITO["grey"], alpha=0.5, label=t("fatigue.sends"))
        _line(ax, periods, f, SERIES[0], t("fatigue.stock", rho=f"{float(retention):g}".replace(".", ",")), markevery=1)
        ax.set_xlabel(t("fatigue.xlabel"))
        ax.set_ylabel(t("fatigue.ylabel"))
        ax.set_title(t("fatigue.title"))
        ax.set_ylim(0, max(3.5, float(f.max()) * 1.2))
        ax2 = ax.twinx()
        _line(ax2, periods, p, SERIES[1], t("fatigue.engagement"), markevery=1)
        ax2.set_ylim(0, 0.25)
        ax2.yaxis.set_major_formatter(PercentFormatter(1.0))
        ax2.set_ylabel(t("fatigue.engagement"))
        ax2.grid(False)
        ax2.spines["right"].set_visible(True)
        h1, l1 = ax.get_legend_handles_labels()
        h2, l2 = ax2.get_legend_handles_labels()
        ax.legend(h1 + h2, l1 + l2, loc="upper right")
    return ax


def _wilson(k, n, z=1.96):
    p = k / n
    den = 1 + z**2 / n
    centre = (p + z**2 / (2 * n)) / den
    half = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / den
    return centre - half, centre + half


def bank_conversion(max_k=10, ax=None):
    """Conversion rate by number of calls in the UCI bank telemarketing campaign, with 95 % Wilson intervals."""
    max_k = check_int("max_k", max_k, low=2, high=40)
    counts = datasets.load_bank_counts()
    c = counts[counts["campaign"] <= max_k]
    k = c["campaign"].to_numpy()
    n = c["clients"].to_numpy(float)
    y = c["subscribed"].to_numpy(float)
    rate = y / n
    lo, hi = _wilson(y, n)
    ax = _new_ax(ax)
    with course_style():
        ax.errorbar(k, rate, yerr=[rate - lo, hi - rate], capsize=4, **SERIES[0], label=t("bank.rate"))
        ax.set_xticks(k)
        _decorate(ax, "bank", ylim=(0, max(hi) * 1.15), percent=True)
    return ax


def contact_hazard(max_k=10, ax=None):
    """Per-call conversion hazard (life-table view) and the fitted fatigue curve."""
    max_k = check_int("max_k", max_k, low=2, high=40)
    counts = datasets.load_bank_counts()
    hz = realdata.contact_hazard(counts)
    hz = hz[hz["k"] <= max_k]
    fit = realdata.fit_contact_fatigue(counts, max_k=max_k)
    ax = _new_ax(ax)
    with course_style():
        ax.plot(hz["k"], hz["hazard"], linestyle="none", marker="o", ms=rc()["lines.markersize"] * 1.3,
                color=SERIES[0]["color"], label=t("hazard.observed"))
        _line(ax, fit["k"], fit["predicted"], SERIES[1],
              t("hazard.fitted", odds=number(fit["odds_ratio_per_call"])), markevery=None)
        ax.set_xticks(np.arange(1, max_k + 1))
        _decorate(ax, "hazard", ylim=(0, float(np.max(hz["hazard"])) * 1.2), percent=True)
    return ax


class FatigueCampaignView(View):
    """A year of sales calls to a heterogeneous population, against calls per month.

    Shares of the population who bought (and so left the call list) and who opted out,
    from :func:`course_lib.population.campaign_sweep`.
    """

    defaults = {"calls_per_month": 4, "retention": 0.6, "tolerance": 4.0}
    freqs = np.arange(1, 13)
    n_recipients = 500  # enough for smooth curves (same drawn population for every rate); keeps sliders fast
    weeks = 52
    legal_cap = 4  # France: at most 4 call attempts per 30 days (décret 2022-1313, art. D.223-9)

    def __init__(self, ax):
        super().__init__(ax)
        nan = np.full(self.freqs.size, np.nan)
        self.conv = _line(ax, self.freqs, nan, INTERRUPTION, t("campaign.conversions"), markevery=1)
        self.opt = _line(ax, self.freqs, nan, SERIES[3], t("campaign.optouts"), markevery=1)
        ax.axvline(self.legal_cap, color=OKABE_ITO["black"], lw=1.5, ls="--")
        ax.text(self.legal_cap + 0.1, 0.03, t("campaign.legal_cap"), transform=ax.get_xaxis_transform(),
                va="bottom", fontsize=rc()["legend.fontsize"] * 0.9)
        self.vline = ax.axvline(4, color=OKABE_ITO["grey"], lw=8, alpha=0.25)
        self.note = _kv_note(ax, 0.80, 0.97, [t("campaign.label_conv"), t("campaign.label_opt"),
                                              t("campaign.label_best")])
        ax.set_xticks(self.freqs)
        _decorate(ax, "campaign", xlim=(0.5, 12.5), ylim=(0, 1.0), percent=True, legend=None)
        ax.legend(loc="upper left", frameon=True, facecolor="white", edgecolor="none", framealpha=0.9)
        self.dynamic = [self.conv, self.opt, self.vline, self.note]
        self._cache = (None, None)

    def sweep(self, retention, tolerance):
        """Shares converted and opted out within a year, for each calls-per-month value."""
        check_probability("retention", retention)
        check_positive("tolerance", tolerance)
        key = (float(retention), float(tolerance))
        if self._cache[0] != key:  # moving only the calls slider does not recompute the model
            res = population.campaign_sweep(
                self.freqs * 12.0 / self.weeks, self.weeks, self.n_recipients,
                retention_mean=min(max(key[0], 0.01), 0.99), tolerance_mean=key[1], seed=1)
            self._cache = (key, (res["converted"], res["opted_out"]))
        return self._cache[1]

    def update(self, calls_per_month, retention, tolerance):
        k = check_int("calls_per_month", calls_per_month, low=1, high=12)
        conv, opt = self.sweep(retention, tolerance)
        self.conv.set_ydata(conv)
        self.opt.set_ydata(opt)
        self.vline.set_xdata([k, k])
        best = int(self.freqs[np.argmax(conv)])
        self.note.set_text(f"{_pct(conv[k - 1])}\n{_pct(opt[k - 1])}\n{best}")


def fatigue_campaign(calls_per_month=4, retention=0.6, tolerance=4.0, ax=None):
    """A year of calls to a heterogeneous population: conversions and opt-outs by calls per month."""
    return _draw(FatigueCampaignView, ax, calls_per_month=calls_per_month, retention=retention, tolerance=tolerance)

"""Figures of lessons 03 and 04: repetition, forgetting, fatigue, real data."""
from __future__ import annotations

import numpy as np
import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter, MaxNLocator

from .. import attention, fatigue, memory, population, realdata, repetition
from .. import datasets
from .._validate import _err, check_int, check_nonnegative, check_positive, check_probability, check_real
from ..i18n import number, t
from ..style import INTERRUPTION, NEUTRAL, OKABE_ITO, PERMISSION, SERIES, course_style, rc
from ._base import (  # noqa: F401
    PercentFormatter, View, _decorate, _draw, _fit_title, _kv_note, _line, _message, _new_ax, _pct, _reserve_room,
    _side_legend, set_alt,
)

__all__ = ['two_factor', 'forgetting_curves', 'burst_vs_spread', 'fatigue_stock', 'bank_conversion', 'contact_hazard', 'fatigue_campaign', 'TwoFactorView', 'FatigueCampaignView', 'BurstSpreadView']


def _decimal_axis(axis):
    """Tick labels with a decimal comma and a true minus sign (it, fr), e.g. "−0,5"."""
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:g}".replace(".", ",").replace("-", "\u2212")))


class TwoFactorView(View):
    """Two-factor response E(n) = A(1 - exp(-b n)) - c n, its two components and optimum.

    The two components are learning (rising, saturating) and the tedium cost (a straight line
    below zero); *wear-in* and *wear-out* are the phases of the net effect before and after
    the optimum n*, marked on the x axis. The y range follows the sliders (every curve stays
    inside the axes) and the legend and readout sit beside the axes, never over a curve.
    """

    defaults = {"learn": 1.0, "rate": 0.8, "tedium": 0.08}
    n_max = 12.0
    step = 0.5  # y limits move by whole steps, so small slider moves do not rescale

    def __init__(self, ax):
        super().__init__(ax)
        self.n = np.linspace(0, self.n_max, 241)
        z = self.n * 0
        self.learning = _line(ax, self.n, z, SERIES[1], t("two_factor.learning"), markevery=40)
        self.tedium = _line(ax, self.n, z, SERIES[2], t("two_factor.tedium"), markevery=40)
        self.total = _line(ax, self.n, z, SERIES[0], t("two_factor.total"), markevery=40)
        (self.point,) = ax.plot([], [], "o", color=SERIES[0]["color"], ms=rc()["lines.markersize"] * 1.8,
                                markeredgecolor="black", zorder=8, label=t("two_factor.optimum"))
        self.split = ax.axvline(0, color=OKABE_ITO["black"], lw=1.2, ls=":", zorder=3)
        blend = ax.get_xaxis_transform()
        fs = rc()["legend.fontsize"]
        self.phase_in = ax.text(0, 0.03, t("two_factor.phase_in"), transform=blend, ha="center", va="bottom",
                                fontsize=fs, style="italic", zorder=7)
        self.phase_out = ax.text(0, 0.03, t("two_factor.phase_out"), transform=blend, ha="center", va="bottom",
                                 fontsize=fs, style="italic", zorder=7)
        zero = ax.axhline(0, color="black", lw=1)
        _decorate(ax, "two_factor", xlim=(0, self.n_max), ylim=(-1.5, 1.5), legend=None)
        _decimal_axis(ax.yaxis)
        # ticks at multiples of 0.1, 0.2, 0.5 or 1 (never 0.25): no tick label wider than "−1,5", so
        # that after a rescale the labels and the y label stay where the layout put them
        ax.yaxis.set_major_locator(MaxNLocator(nbins="auto", steps=[1, 2, 5, 10]))
        _side_legend(ax)
        self.note = ax.text(1.02, 0.0, "", transform=ax.transAxes, ha="left", va="bottom", fontsize=fs)
        # the readout's widest value (two-digit n*, beyond the chart) keeps its room in the layout
        _reserve_room(ax, t("two_factor.readout", n="00,00", e="0,00") + "\n"
                      + t("two_factor.beyond", n_max=f"{self.n_max:g}"), fontsize=fs)
        _fit_title(ax)
        # the y range follows the sliders: the y axis (ticks, labels, grid) and the zero line, placed
        # in data coordinates, are drawn with the curves, so a rescale redraws only them
        self.live_axes = [ax.yaxis]
        self.dynamic = [zero, self.learning, self.tedium, self.total, self.point, self.split, self.phase_in,
                        self.phase_out, self.note]

    def _room(self, text):
        """The width (in exposures) a phase label needs, with a margin: it is shown only where it fits
        between the axis and the optimum's line, never across the line."""
        width = text.get_window_extent(self.ax.figure._get_renderer()).width
        return 1.3 * width * self.n_max / max(self.ax.bbox.width, 1.0) + 0.2

    def limits(self, learn, tedium):
        """y limits that contain every curve for these parameters (whole steps, with a margin)."""
        top = float(learn)
        bottom = -float(tedium) * self.n_max
        pad = 0.08 * (top - bottom) + 0.05
        lo = self.step * np.floor((bottom - pad) / self.step)
        hi = self.step * np.ceil((top + pad) / self.step)
        return float(lo), float(hi)

    def update(self, learn, rate, tedium):
        e = repetition.two_factor_response(self.n, learn, rate, tedium)
        learning = repetition.two_factor_response(self.n, learn, rate, 0.0)
        self.learning.set_ydata(learning)
        self.tedium.set_ydata(-float(tedium) * self.n)
        self.total.set_ydata(e)
        n_star = float(repetition.two_factor_optimum(learn, rate, tedium))
        e_star = float(repetition.two_factor_response(n_star, learn, rate, tedium))
        inside = n_star <= self.n_max
        # the dot marks the optimum only where the curve is drawn; beyond it the readout says so
        self.point.set_data([n_star], [e_star]) if inside else self.point.set_data([], [])
        self.split.set_xdata([min(n_star, self.n_max)] * 2)
        self.split.set_visible(0 < n_star < self.n_max)
        self.phase_in.set_x(min(n_star, self.n_max) / 2)
        self.phase_in.set_visible(min(n_star, self.n_max) > self._room(self.phase_in))
        self.phase_out.set_x((min(n_star, self.n_max) + self.n_max) / 2)
        self.phase_out.set_visible(self.n_max - n_star > self._room(self.phase_out))
        where = "" if inside else "\n" + t("two_factor.beyond", n_max=f"{self.n_max:g}")
        self.note.set_text(t("two_factor.readout", n=number(n_star), e=number(e_star)) + where)
        lims = self.limits(learn, tedium)
        if tuple(self.ax.get_ylim()) != lims:
            self.ax.set_ylim(*lims)
            return True
        return False


#: (low, high, low excluded) of the two-factor figure's parameters
FIGURE_RANGES = {"learn": (0.0, 10.0, False), "rate": (0.0, 10.0, True), "tedium": (0.0, 10.0, False)}


def two_factor(learn=1.0, rate=0.8, tedium=0.08, n_max=12, ax=None):
    """Two-factor response to repeated exposures: learning, tedium, net effect and optimum (lesson 03).

    Wear-in and wear-out are marked as the phases of the net effect (before and after n*).
    ``learn`` in [0, 10], ``rate`` in (0, 10], ``tedium`` in [0, 10] (single numbers: the ranges
    of :data:`FIGURE_RANGES`, far beyond the demo's sliders, within which the chart stays legible),
    ``n_max`` in [1, 100].
    """
    n_max = float(check_real("n_max", n_max, low=1.0, high=100.0, ndim=0))
    for name, value in (("learn", learn), ("rate", rate), ("tedium", tedium)):
        low, high, low_open = FIGURE_RANGES[name]
        check_real(name, value, low=low, high=high, low_open=low_open, ndim=0)
    cls = type("TwoFactorView", (TwoFactorView,), {"n_max": n_max})
    ax = _draw(cls, ax, learn=learn, rate=rate, tedium=tedium)
    n_star = float(repetition.two_factor_optimum(learn, rate, tedium))
    e_star = float(repetition.two_factor_response(n_star, learn, rate, tedium))
    e_end = float(repetition.two_factor_response(n_max, learn, rate, tedium))
    set_alt(ax, "alt.two_factor", n_star=number(n_star), e_star=number(e_star), n_max=f"{n_max:g}",
            e_end=number(e_end), learn=number(learn, 1))
    return ax


def forgetting_curves(stability=4.0, tau=1.0, d=0.8, t_max=26, ax=None):
    """Exponential and power forgetting curves (share of the memory retained after t periods).

    Single numbers: ``stability`` and ``tau`` in (0, 1000] periods, ``d`` in (0, 10], ``t_max`` in
    [1, 520] (beyond them the curves are flat or vertical on the chart and the legend unreadable).
    """
    stability = float(check_real("stability", stability, low=0.0, high=1000.0, low_open=True, ndim=0))
    tau = float(check_real("tau", tau, low=0.0, high=1000.0, low_open=True, ndim=0))
    d = float(check_real("d", d, low=0.0, high=10.0, low_open=True, ndim=0))
    t_max = float(check_real("t_max", t_max, low=1.0, high=520.0, ndim=0))
    tt = np.linspace(0, t_max, 261)
    ax = _new_ax(ax)
    with course_style():
        r_exp = memory.retention_exponential(tt, stability)
        r_pow = memory.retention_power(tt, tau, d)
        _line(ax, tt, r_exp, SERIES[0], t("forgetting.exponential", s=number(stability, 1)), markevery=26)
        _line(ax, tt, r_pow, SERIES[1], t("forgetting.power", tau=number(tau, 1), d=number(d, 1)), markevery=26)
        _decorate(ax, "forgetting", xlim=(0, t_max), ylim=(0, 1.05), percent=True)
    set_alt(ax, "alt.forgetting_curves", t_max=f"{t_max:g}", exp_end=_pct(r_exp[-1]), pow_end=_pct(r_pow[-1]),
            exp_4=_pct(memory.retention_exponential(min(4.0, t_max), stability)),
            pow_4=_pct(memory.retention_power(min(4.0, t_max), tau, d)))
    return ax


def burst_vs_spread(total=13, n_periods=52, learn=0.3, forget=0.1, ax=None):
    """Awareness under a burst schedule and a spread schedule with the same total exposures.

    The burst puts one exposure a period in ``ceil(total)`` consecutive periods; the spread
    schedule puts one exposure every ``n_periods // ceil(total)`` periods (``total`` in
    (0, n_periods / 2], so that both fit in the year; ``n_periods`` in [2, 520]).
    """
    n_periods = check_int("n_periods", n_periods, low=2, high=520)
    total = float(check_real("total", total, low=0.0, high=n_periods / 2, low_open=True, ndim=0))
    learn = float(check_real("learn", learn, low=0.0, high=1.0, ndim=0))
    forget = float(check_real("forget", forget, low=0.0, high=1.0, ndim=0))
    burst = memory.schedule("burst", n_periods, total, burst_length=int(np.ceil(total)))
    spread = memory.schedule("spread", n_periods, total, period=max(1, n_periods // int(np.ceil(total))))
    weeks = np.arange(1, n_periods + 1)
    ax = _new_ax(ax)
    with course_style():
        a_b = memory.awareness_path(burst, learn, forget)
        a_s = memory.awareness_path(spread, learn, forget)
        _line(ax, weeks, a_b, SERIES[0], t("burst.burst"), markevery=4)
        _line(ax, weeks, a_s, SERIES[1], t("burst.spread"), markevery=4)
        ax.bar(weeks, burst * 0.1, width=0.8, color=SERIES[0]["color"], alpha=0.35, label=t("burst.exposures_burst"))
        ax.bar(weeks, spread * 0.1, width=0.4, color=SERIES[1]["color"], alpha=0.6, hatch="//",
               label=t("burst.exposures_spread"))
        _decorate(ax, "burst", xlim=(0, n_periods + 1), ylim=(0, 1.0), percent=True, total=f"{total:g}",
                  legend=None)
        ax.legend(loc="upper right")
    set_alt(ax, "alt.burst_vs_spread", total=f"{total:g}", n=n_periods, peak_b=_pct(a_b.max()),
            peak_s=_pct(a_s.max()), end_b=_pct(a_b[-1]), end_s=_pct(a_s[-1]))
    return ax


def fatigue_stock(retention=0.7, sends=None, ax=None):
    """Fatigue stock F_t = ρ F_{t-1} + s_t built by a few sends and recovering between them.

    ``sends``: messages per period, 1-D, >= 0, at most 520 periods (default: periods 1-4, 12, 20).
    """
    retention = float(check_real("retention", retention, low=0.0, high=1.0, high_open=True, ndim=0))
    if sends is None:
        sends = np.zeros(30)
        sends[[1, 2, 3, 4, 12, 20]] = 1.0
    sends = check_nonnegative("sends", sends, ndim=1)
    if not 1 <= sends.size <= 520:
        raise _err("periods_count", name="sends", low=1, high=520, n=sends.size)
    f = fatigue.fatigue_stock(sends, retention)
    # response to a message sent in period t depends on the fatigue left by earlier periods
    p = fatigue.engagement_probability(np.concatenate([[0.0], f[:-1]]))
    periods = np.arange(sends.size)
    ax = _new_ax(ax)
    with course_style():
        ax.bar(periods, sends, width=0.5, color=OKABE_ITO["grey"], alpha=0.5, label=t("fatigue.sends"))
        _line(ax, periods, f, SERIES[0], t("fatigue.stock", rho=number(retention, 1)), markevery=1)
        ax.set_xlabel(t("fatigue.xlabel"))
        ax.set_ylabel(t("fatigue.ylabel"))
        ax.set_title(t("fatigue.title"))
        ax.set_ylim(0, max(3.5, float(f.max()) * 1.2))
        _decimal_axis(ax.yaxis)
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
    set_alt(ax, "alt.fatigue_stock", n=sends.size, peak=number(f.max()), p_min=_pct(p.min()), p0=_pct(p[0]))
    return ax


_wilson = realdata.wilson_interval  # the name the figures and tests use


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
    set_alt(ax, "alt.bank_conversion", max_k=max_k, first=_pct1(rate[0]), last=_pct1(rate[-1]))
    return ax


def _pct1(v: float) -> str:
    return f"{100 * float(v):.1f}\u00a0%".replace(".", ",")


def contact_hazard(max_k=10, ax=None):
    """Per-call conversion rate (life-table view) and a fitted logistic trend (descriptive, not causal)."""
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
    h = hz["hazard"].to_numpy()
    set_alt(ax, "alt.contact_hazard", max_k=max_k, first=_pct1(h[0]), last=_pct1(h[-1]),
            odds=number(fit["odds_ratio_per_call"]))
    return ax


class FatigueCampaignView(View):
    """A year of sales calls to a heterogeneous population, against calls per month.

    Shares of the population who bought (and so left the call list) and who opted out,
    from :func:`course_lib.population.campaign_sweep`. Each person has a recovery rate ρᵢ
    (share of fatigue kept from one week to the next) and a tolerance τᵢ (in units of the
    fatigue stock): a call converts a fresh person with probability ``base`` (0.5 %, so that a
    year of calls converts about as many people as the UCI bank campaign, 11.7 %), less as
    fatigue builds up; a person whose stock exceeds τᵢ opts out. Illustrative, not estimated.

    The dashed line marks the 2022 French rule (at most 4 call attempts per 30 days, décret
    2022-1313): history, or a frequency rule whose status after 11 August 2026 (prior
    consent required for phone selling) is not verified.
    """

    defaults = {"calls_per_month": 4, "retention": 0.6, "tolerance": 4.0}
    freqs = np.arange(1, 13)
    n_recipients = 500  # enough for smooth curves (same drawn population for every rate); keeps sliders fast
    weeks = 52
    base = 0.005  # conversion probability of one call to a fresh person (calibrated, see the class docstring)
    legal_cap = 4  # France, 2022 rule: at most 4 call attempts per 30 days (décret 2022-1313, art. D.223-9)

    def __init__(self, ax):
        super().__init__(ax)
        nan = np.full(self.freqs.size, np.nan)
        self.conv = _line(ax, self.freqs, nan, INTERRUPTION, t("campaign.conversions"), markevery=1)
        self.opt = _line(ax, self.freqs, nan, SERIES[3], t("campaign.optouts"), markevery=1)
        ax.axvline(self.legal_cap, color=OKABE_ITO["black"], lw=1.5, ls="--", label=t("campaign.legal_cap"))
        self.vline = ax.axvline(4, color=OKABE_ITO["grey"], lw=8, alpha=0.25)
        ax.set_xticks(self.freqs)
        _decorate(ax, "campaign", xlim=(0.5, 12.5), ylim=(0, 1.0), percent=True, legend=None)
        _side_legend(ax)
        self.note = ax.text(1.02, 0.0, "", transform=ax.transAxes, ha="left", va="bottom",
                            fontsize=rc()["legend.fontsize"])
        _fit_title(ax)
        self.dynamic = [self.conv, self.opt, self.vline, self.note]
        self._cache = (None, None)

    def sweep(self, retention, tolerance):
        """Shares converted and opted out within a year, for each calls-per-month value."""
        check_real("retention", retention, low=0.0, high=0.95, ndim=0)
        check_real("tolerance", tolerance, low=0.5, high=20.0, ndim=0)
        key = (float(retention), float(tolerance))
        if self._cache[0] != key:  # moving only the calls slider does not recompute the model
            res = population.campaign_sweep(
                self.freqs * 12.0 / self.weeks, self.weeks, self.n_recipients,
                retention_mean=min(max(key[0], 0.01), 0.99), tolerance_mean=key[1], base=self.base, seed=1)
            self._cache = (key, (res["converted"], res["opted_out"]))
        return self._cache[1]

    def update(self, calls_per_month, retention, tolerance):
        k = check_int("calls_per_month", calls_per_month, low=1, high=12)
        conv, opt = self.sweep(retention, tolerance)
        self.conv.set_ydata(conv)
        self.opt.set_ydata(opt)
        self.vline.set_xdata([k, k])
        best = int(self.freqs[np.argmax(conv)])
        self.note.set_text(t("campaign.readout", k=k, conv=_pct1(conv[k - 1]), opt=_pct(opt[k - 1]), best=best))
        return False


def fatigue_campaign(calls_per_month=4, retention=0.6, tolerance=4.0, ax=None):
    """A year of calls to a heterogeneous population: conversions and opt-outs by calls per month."""
    ax = _draw(FatigueCampaignView, ax, calls_per_month=calls_per_month, retention=retention, tolerance=tolerance)
    view = FatigueCampaignView.__new__(FatigueCampaignView)
    view._cache = (None, None)
    conv, opt = FatigueCampaignView.sweep(view, retention, tolerance)
    k = int(calls_per_month)
    set_alt(ax, "alt.fatigue_campaign", best=int(np.argmax(conv)) + 1, conv_best=_pct1(conv.max()),
            k=k, conv=_pct1(conv[k - 1]), opt=_pct(opt[k - 1]), opt_12=_pct(opt[-1]))
    return ax



class BurstSpreadView(View):
    """Awareness under a burst and a spread calendar with the same number of exposures (a demo).

    Same model as :func:`burst_vs_spread` (:func:`course_lib.memory.awareness_path`) on 52 weeks;
    the sliders move the number of exposures and the weekly forgetting rate. The axes are fixed
    (0-100 % over the year) and the legend and readout sit beside the axes.
    """

    defaults = {"total": 13, "forget": 0.1, "learn": 0.3}
    n_periods = 52

    def __init__(self, ax):
        super().__init__(ax)
        self.weeks = np.arange(1, self.n_periods + 1)
        z = self.weeks * 0.0
        self.burst = _line(ax, self.weeks, z, SERIES[0], t("burst.burst_short"), markevery=4)
        self.spread = _line(ax, self.weeks, z, SERIES[1], t("burst.spread_short"), markevery=4)
        ms = rc()["lines.markersize"]
        (self.exp_b,) = ax.plot([], [], "|", color=SERIES[0]["color"], ms=ms * 2.2, mew=2.5,
                                label=t("burst.exp_burst_short"))
        (self.exp_s,) = ax.plot([], [], "|", color=SERIES[1]["color"], ms=ms * 2.2, mew=2.5,
                                label=t("burst.exp_spread_short"))
        _decorate(ax, "burst", xlim=(0, self.n_periods + 1), ylim=(0, 1.0), percent=True, total="N", legend=None)
        ax.set_title(t("burst.demo_title"))
        ax.set_ylabel(t("burst.demo_ylabel"))
        _side_legend(ax)
        fs = rc()["legend.fontsize"]
        self.note = ax.text(1.02, 0.0, "", transform=ax.transAxes, ha="left", va="bottom", fontsize=fs)
        self.dynamic = [self.burst, self.spread, self.exp_b, self.exp_s, self.note]

    def update(self, total, forget, learn=0.3):
        total = int(check_int("total", total, low=1, high=self.n_periods // 2))
        forget = float(check_real("forget", forget, low=0.0, high=1.0, ndim=0))
        learn = float(check_real("learn", learn, low=0.0, high=1.0, ndim=0))
        burst = memory.schedule("burst", self.n_periods, total, burst_length=total)
        spread = memory.schedule("spread", self.n_periods, total, period=max(1, self.n_periods // total))
        a_b = memory.awareness_path(burst, learn, forget)
        a_s = memory.awareness_path(spread, learn, forget)
        self.burst.set_ydata(a_b)
        self.spread.set_ydata(a_s)
        self.exp_b.set_data(self.weeks[burst > 0], np.full(int((burst > 0).sum()), 0.035))
        self.exp_s.set_data(self.weeks[spread > 0], np.full(int((spread > 0).sum()), 0.075))
        self.note.set_text(t("burst.readout", total=total, peak_b=_pct(a_b.max()), peak_s=_pct(a_s.max()),
                             end_b=_pct(a_b[-1]), end_s=_pct(a_s[-1]),
                             weeks_b=int((a_b >= 0.2).sum()), weeks_s=int((a_s >= 0.2).sum())))
        return False

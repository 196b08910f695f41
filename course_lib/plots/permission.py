"""Figures of lesson 06: permission marketing (opt-in funnels, a permission list over a year)."""
from __future__ import annotations

import numpy as np
from matplotlib.ticker import FuncFormatter

from .. import permission, subscribers
from .._validate import check_probability, check_real
from ..i18n import integer, number, t
from ..style import OKABE_ITO, PERMISSION, SERIES, course_style, rc
from ._base import View, _decorate, _kv_note, _line, _new_ax, set_alt

__all__ = ["optin_funnels", "sending_frequency", "SendingFrequencyView"]


def _thousands(v, _pos=None) -> str:
    """Tick label for an axis in thousands: decimal comma, no trailing zeros."""
    return f"{v:g}".replace(".", ",")


# --------------------------------------------------------------------------- funnels
def optin_funnels(visitors=1000, form_rate=0.25, confirm_rate=0.7, ax=None):
    """Single versus double opt-in: visitors of a sign-up page, forms sent, people on the list.

    Counts from :func:`course_lib.permission.optin_funnel` (single opt-in: visitors ->
    form sent) and :func:`course_lib.permission.double_optin` (the same, then the click on
    the confirmation e-mail). Illustrative rates: no empirical confirmation rate was
    verified for the course.

    Parameters
    ----------
    visitors : float, default 1000
        Visitors of the sign-up page, in [1, 1e9].
    form_rate : float, default 0.25
        Share of visitors who send the form, in [0, 1].
    confirm_rate : float, default 0.7
        Share of them who click the confirmation link (double opt-in), in [0, 1].
    ax : matplotlib Axes, optional
    """
    n = float(check_real("visitors", visitors, low=1.0, high=1e9, ndim=0))
    p = float(check_probability("form_rate", form_rate, ndim=0))
    pc = float(check_probability("confirm_rate", confirm_rate, ndim=0))
    single = permission.optin_funnel(n, [p])            # visitors, forms sent
    double = permission.double_optin(n, [p], pc)        # visitors, forms sent, confirmed
    single = np.array([single[0], single[1], single[1]])
    ax = _new_ax(ax)
    with course_style():
        x = np.arange(3)
        w = 0.38
        b1 = ax.bar(x - w / 2, single, w, color=PERMISSION["color"], edgecolor="black",
                    label=t("optin_funnel.single"))
        b2 = ax.bar(x + w / 2, double, w, color=OKABE_ITO["orange"], edgecolor="black", hatch="//",
                    label=t("optin_funnel.double"))
        fs = rc()["legend.fontsize"]
        for bars, vals in ((b1, single), (b2, double)):
            for bar, v in zip(bars, vals):
                ax.text(bar.get_x() + bar.get_width() / 2, v + 0.015 * n, integer(v), ha="center",
                        va="bottom", fontsize=fs)
        ax.set_xticks(x, [t("optin_funnel.stage_visitors"), t("optin_funnel.stage_form"),
                          t("optin_funnel.stage_list")])
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: integer(v)))
        _decorate(ax, "optin_funnel", xlim=(-0.6, 2.6), ylim=(0, 1.25 * n), legend="upper right")
        # above both bars of the last stage (and their count labels), centred on the group
        ax.text(2, single[2] + 0.12 * n, t("optin_funnel.confirm_note", pct=_pct0(pc)),
                ha="center", va="bottom", fontsize=fs * 0.9)
    lost = single[2] - double[2]
    set_alt(ax, "alt.optin_funnels", visitors=integer(n), forms=integer(single[1]), single=integer(single[2]),
            double=integer(double[2]), pct=_pct0(pc), lost=integer(lost))
    return ax


def _pct0(v: float) -> str:
    x = 100.0 * float(v)
    if abs(x - round(x)) < 1e-9:
        return f"{round(x):.0f}\u00a0%"
    return f"{x:.1f}\u00a0%".replace(".", ",")


# --------------------------------------------------------------------------- a year of sends
class SendingFrequencyView(View):
    """Responses in a year and list at year end, against sends per week, for one relevance.

    Left axis: total responses in the year (thousands); right axis: subscribers at the end
    of the year (thousands); both from :func:`course_lib.subscribers.frequency_curve`
    (5,000 subscribers at the start, 100 opt-ins a week, illustrative parameters). The
    band marks the chosen sends per week, the diamond the optimal frequency. Fixed axes
    contain every value the demo's sliders can produce (relevance 0.1 to 1, 0 to 7 sends).
    """

    defaults = {"sends_per_week": 1.0, "relevance": 0.5}
    freqs = np.round(np.arange(0.0, 7.0 + 1e-9, 0.01), 2)  # the grid of optimal_frequency
    resp_max = 200.0   # thousands: the largest total (relevance 1) is about 135, kept below the legend and readout
    list_max = 15.0    # thousands: the largest list (no sends) is 5,000 + 52 x 100 = 10,200

    def __init__(self, ax):
        super().__init__(ax)
        self.ax2 = ax.twinx()
        nan = np.full(self.freqs.size, np.nan)
        self.resp = _line(ax, self.freqs, nan, PERMISSION, t("sendfreq.responses"), markevery=100)
        self.list = _line(self.ax2, self.freqs, nan, SERIES[2], t("sendfreq.list"), markevery=100)
        # the chosen sends per week: a band from the x axis up to the higher of its two points, so that
        # it never crosses the legend or the readout above the curves (it is drawn over them)
        (self.band,) = ax.plot([1.0, 1.0], [0.0, 0.0], color=OKABE_ITO["grey"], lw=10, alpha=0.3, zorder=0,
                               solid_capstyle="butt")
        ms = rc()["lines.markersize"] * 1.8
        (self.best,) = ax.plot([], [], "D", color=PERMISSION["color"], ms=ms, markeredgecolor="black",
                               zorder=8, label=t("sendfreq.optimum"))
        (self.here,) = ax.plot([], [], "o", color="white", ms=ms * 0.8, markeredgecolor="black", zorder=8)
        (self.here2,) = self.ax2.plot([], [], "o", color="white", ms=ms * 0.8, markeredgecolor="black",
                                      zorder=8)
        self.note = _kv_note(ax, 0.81, 0.97, [t("sendfreq.label_resp"), t("sendfreq.label_list"),
                                              t("sendfreq.label_eng"), t("sendfreq.label_best"),
                                              t("sendfreq.label_relevance")])
        _decorate(ax, "sendfreq", xlim=(0, 7), ylim=(0, self.resp_max), legend=None)
        self.ax2.set_ylim(0, self.list_max)
        self.ax2.set_ylabel(t("sendfreq.ylabel_right"))
        ax.yaxis.set_major_formatter(FuncFormatter(_thousands))
        self.ax2.yaxis.set_major_formatter(FuncFormatter(_thousands))
        ax.xaxis.set_major_formatter(FuncFormatter(_thousands))
        ax.legend(handles=[self.resp, self.list, self.best], loc="upper left", frameon=True,
                  facecolor="white", edgecolor="none", framealpha=0.9)
        self.dynamic = [self.resp, self.list, self.band, self.best, self.here, self.here2, self.note]
        self._cache = (None, None)

    def curve(self, relevance):
        """Yearly totals for every frequency of the grid (cached: the sends slider moves only the marks)."""
        r = float(check_probability("relevance", relevance, ndim=0))
        if self._cache[0] != r:
            self._cache = (r, subscribers.frequency_curve(self.freqs, r))
        return self._cache[1]

    def update(self, sends_per_week, relevance):
        s = float(check_real("sends_per_week", sends_per_week, low=0.0, high=7.0, ndim=0))
        c = self.curve(relevance)
        resp = c["total_responses"] / 1000.0
        lst = c["final_subscribers"] / 1000.0
        self.resp.set_ydata(resp)
        self.list.set_ydata(lst)
        year = subscribers.subscriber_year(s, float(relevance))
        r_s, l_s = float(year["total_responses"]), float(year["final_subscribers"])
        self.here.set_data([s], [r_s / 1000.0])
        self.here2.set_data([s], [l_s / 1000.0])
        i = int(np.argmax(resp))
        self.best.set_data([self.freqs[i]], [resp[i]])
        eng = float(year["engagement_per_send"])
        self.note.set_text(f"{integer(r_s)}\n{integer(l_s)}\n{_pct1(eng)}\n{_plain(self.freqs[i])}\n"
                           f"{_plain(float(relevance))}")
        rescaled = False
        if resp.max() > self.resp_max or lst.max() > self.list_max:  # only with non-default parameters
            self.ax.set_ylim(0, 1.3 * max(resp.max(), self.resp_max))
            self.ax2.set_ylim(0, 1.3 * max(lst.max(), self.list_max))
            rescaled = True
        # the list's point in the left axis's units (both axes start at 0)
        top = max(r_s / 1000.0, l_s / 1000.0 * self.ax.get_ylim()[1] / self.ax2.get_ylim()[1])
        self.band.set_data([s, s], [0.0, top])
        self._alt = dict(s=_plain(s), r=_plain(float(relevance)), resp=integer(r_s), lst=integer(l_s),
                         eng=_pct1(eng), best=_plain(self.freqs[i]), best_resp=integer(1000 * resp[i]),
                         lst0=integer(1000 * lst[0]))
        return rescaled


def _plain(x: float) -> str:
    """A number with a decimal comma and at most two decimals, without trailing zeros (1; 0,5; 1,13)."""
    return number(x, 2).rstrip("0").rstrip(",")


def _pct1(v: float) -> str:
    return f"{100.0 * float(v):.1f}\u00a0%".replace(".", ",")


def sending_frequency(sends_per_week=1.0, relevance=0.5, ax=None):
    """Responses in a year and list at year end against sends per week (lesson 06).

    Unlike the demo (whose left axis is fixed, so that relevances can be compared), the
    static figure fits its left axis to the curve it shows.

    Parameters
    ----------
    sends_per_week : float, default 1.0
        Sends per week marked on the chart, in [0, 7].
    relevance : float, default 0.5
        Relevance of the messages, in [0, 1] (see :func:`course_lib.subscribers.relevance_parameters`).
    ax : matplotlib Axes, optional
    """
    ax = _new_ax(ax)
    with course_style():
        view = SendingFrequencyView(ax)
        view.update(sends_per_week=sends_per_week, relevance=relevance)
        # a static figure: the left axis fitted to the data (room above the peak for the legend)
        top = float(np.nanmax(view.resp.get_ydata()))
        ax.set_ylim(0, max(10.0, 10.0 * np.ceil(1.4 * top / 10.0)))
    set_alt(ax, "alt.sending_frequency", **view._alt)
    return ax

"""Figures of lesson 01: attention as a scarce resource, TV clutter caps, spam."""
from __future__ import annotations

import numpy as np
import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter, MultipleLocator

from .. import attention, fatigue, memory, population, realdata, repetition
from .. import datasets
from .._validate import check_int, check_nonnegative, check_positive, check_probability, check_real
from ..i18n import number, t
from ..style import INTERRUPTION, NEUTRAL, OKABE_ITO, PERMISSION, SERIES, course_style, rc
from ._base import (  # noqa: F401
    PercentFormatter, View, _decorate, _draw, _fit_title, _kv_note, _line, _message, _new_ax, _pct, _side_kv_note,
    _side_legend, set_alt,
)

__all__ = ['attention_share', 'tv_caps', 'spam_share', 'AttentionView']


#: largest effort or outside option of the attention figure (its axis shows efforts up to 10)
EFFORT_MAX = 1000.0


class AttentionView(View):
    """Your share, the competitors' share and the outside option's share of attention against your effort."""

    defaults = {"n_advertisers": 4, "own_effort": 2.0, "rivals_effort": 2.0, "outside": 4.0, "gamma": 1.0}
    x_max = 10.0

    def __init__(self, ax):
        super().__init__(ax)
        self.x = np.linspace(0.0, self.x_max, 201)
        mk = 20
        self.own = _line(ax, self.x, self.x * 0, SERIES[0], t("attention.own_share"), markevery=mk)
        self.rivals = _line(ax, self.x, self.x * 0, SERIES[1], t("attention.rivals_share"), markevery=mk)
        self.outside = _line(ax, self.x, self.x * 0, SERIES[2], t("attention.outside_share"), markevery=mk)
        (self.point,) = ax.plot([], [], "o", color=SERIES[0]["color"], ms=rc()["lines.markersize"] * 1.8,
                                markeredgecolor="black", zorder=8)
        # the legend and the readout sit beside the axes: every curve can reach 0 % or 100 %
        self.note = _side_kv_note(ax, [t("attention.label_own"), t("attention.label_rivals"),
                                       t("attention.label_outside")])
        # a little room right of 10, so that the last tick label is never clipped
        _decorate(ax, "attention", xlim=(0, self.x_max * 1.03), ylim=(0, 1.02), percent=True, legend=None)
        _side_legend(ax)
        _fit_title(ax)
        self.dynamic = [self.own, self.rivals, self.outside, self.point, self.note]
        self.last = {}

    def update(self, n_advertisers, own_effort, rivals_effort, outside, gamma=1.0):
        n = check_int("n_advertisers", n_advertisers, low=1, high=attention.MAX_FIRMS)
        # the figure's ranges: the axis shows efforts up to 10; 1000 is far beyond any slider
        own_effort = float(check_real("own_effort", own_effort, low=0.0, high=EFFORT_MAX, ndim=0))
        rivals_effort = float(check_real("rivals_effort", rivals_effort, low=0.0, high=EFFORT_MAX, ndim=0))
        outside = float(check_real("outside", outside, low=0.0, high=EFFORT_MAX, ndim=0))
        efforts = np.empty((self.x.size + 1, n))
        efforts[:-1, 0] = self.x
        efforts[-1, 0] = own_effort
        efforts[:, 1:] = rivals_effort
        shares = attention.attention_shares(efforts, gamma=gamma, outside=outside)
        own = shares[:, 0]
        rivals = shares[:, 1:].sum(axis=1)
        out = np.clip(1.0 - own - rivals, 0.0, 1.0)
        self.own.set_ydata(own[:-1])
        self.rivals.set_ydata(rivals[:-1])
        self.outside.set_ydata(out[:-1])
        x_pt = min(own_effort, self.x_max)
        self.point.set_data([x_pt], [own[-1]])
        self.note.set_text(f"{_pct(own[-1])}\n{_pct(rivals[-1])}\n{_pct(out[-1])}")
        self.last = {"n": n, "own_effort": own_effort, "rivals_effort": rivals_effort, "outside": outside,
                     "own": own[-1], "rivals": rivals[-1], "out": out[-1]}


def attention_share(n_advertisers=4, own_effort=2.0, rivals_effort=2.0, outside=4.0, gamma=1.0, ax=None):
    """Share of attention of one advertiser (you) against your own effort (lesson 01).

    Curves: your share, the competitors' combined share and the share of the outside option
    (attention that goes to no advertiser), from :func:`course_lib.attention.attention_shares`,
    for your effort between 0 and 10; a marker shows ``own_effort``. ``n_advertisers`` (you
    included) is an integer in [1, 1000] (:data:`course_lib.attention.MAX_FIRMS`); the efforts
    and ``outside`` are single numbers in [0, 1000] (:data:`EFFORT_MAX`).
    """
    params = dict(n_advertisers=n_advertisers, own_effort=own_effort, rivals_effort=rivals_effort,
                  outside=outside, gamma=gamma)
    ax = _new_ax(ax)
    with course_style():
        view = AttentionView(ax)
        view.update(**params)
    v = view.last
    set_alt(ax, "alt.attention_share", n=v["n"], own_effort=number(v["own_effort"], 1),
            rivals_effort=number(v["rivals_effort"], 1), outside=number(v["outside"], 1),
            own=_pct(v["own"]), rivals=_pct(v["rivals"]), out=_pct(v["out"]))
    return ax


#: the order of the countries in the TV-caps figure: the reader's own country first
_COUNTRY_ORDER = {"it": ("it", "fr"), "fr": ("fr", "it")}


def _caps_minutes(country: str):
    """The caps in force of ``country`` as (labels, minutes per hour, share %, single-hour?, public?)."""
    from ..i18n import get_language

    caps = datasets.load_tv_caps(country=country)
    if "cap_min_per_hour" in caps.columns:
        minutes = caps["cap_min_per_hour"].to_numpy(dtype=float)
    else:  # a share of the time x 60 = minutes per hour
        minutes = caps["cap_pct"].to_numpy(dtype=float) * 60.0 / 100.0
    single_hour = (caps["window"] == "any_hour").to_numpy()
    public = caps["broadcaster_type"].isin(["rai_public_service", "france_televisions"]).to_numpy()
    return caps[f"label_{get_language()}"].tolist(), minutes, caps["cap_pct"].to_numpy(dtype=float), single_hour, public


def tv_caps(ax=None):
    """Legal caps on TV advertising time (rows with no end date), Italy and France side by side (lesson 01).

    Horizontal bars in minutes of advertising per hour (bottom axis) and as a share of time
    (top axis: minutes / 60, in %). One block per country, the notebook's country first (Italy in
    Italian, France in French). Solid bars: averages (over a time band in Italy, over the day in
    France); hatched bars: the cap in any single clock hour. Public broadcasters (Rai, France
    Télévisions) and commercial channels have different colours and are named in the labels.
    Data: :func:`course_lib.datasets.load_tv_caps` (``country="it"`` and ``"fr"``).
    """
    from matplotlib.patches import Patch
    from ..i18n import get_language

    lang = get_language()
    ax = _new_ax(ax)
    with course_style():
        fs = rc()["legend.fontsize"]
        y_labels, y_pos = [], []
        y = 0.0
        for country in _COUNTRY_ORDER.get(lang, ("it", "fr")):
            labels, minutes, pct, single, public = _caps_minutes(country)
            ax.text(0.0, y - 0.2, t(f"tv_caps.country_{country}"), transform=ax.get_yaxis_transform(),
                    ha="left", va="bottom", fontweight="bold", fontsize=rc()["axes.labelsize"])
            y -= 1.0
            for lab, m, p, h, pub in zip(labels, minutes, pct, single, public):
                colour = SERIES[1]["color"] if pub else SERIES[0]["color"]
                ax.barh(y, m, color=colour, edgecolor="black", hatch="//" if h else "", height=0.7)
                minutes_txt = number(m, 1).removesuffix(",0")
                pct_txt = number(p, 1).removesuffix(",0")
                ax.annotate(t("tv_caps.bar_value", minutes=minutes_txt, pct=pct_txt), (m, y),
                            ha="left", va="center", xytext=(4, 0), textcoords="offset points", fontsize=fs)
                y_labels.append(lab)
                y_pos.append(y)
                y -= 1.0
            y -= 0.6
        ax.set_yticks(y_pos, y_labels)
        ax.set_ylim(y + 0.4, 0.9)
        ax.set_xlim(0, 17.5)
        # whole minutes (0, 3, ..., 15), written with a decimal comma should a fraction ever appear
        ax.xaxis.set_major_locator(MultipleLocator(3))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: number(v, 1).removesuffix(",0")))
        ax.set_xlabel(t("tv_caps.xlabel"))
        top = ax.secondary_xaxis("top", functions=(lambda m: m / 60.0 * 100.0, lambda p: p * 60.0 / 100.0))
        top.set_xlabel(t("tv_caps.toplabel"))
        top.xaxis.set_major_formatter(PercentFormatter(100.0))
        ax.set_title(t("tv_caps.title"), loc="right")
        ax.grid(axis="y", visible=False)
        handles = [
            Patch(facecolor="white", edgecolor="black", label=t("tv_caps.average")),
            Patch(facecolor="white", edgecolor="black", hatch="//", label=t("tv_caps.single_hour")),
            Patch(facecolor=SERIES[1]["color"], edgecolor="black", label=t("tv_caps.public")),
            Patch(facecolor=SERIES[0]["color"], edgecolor="black", label=t("tv_caps.commercial")),
        ]
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, fontsize=fs)
    set_alt(ax, "alt.tv_caps")
    return ax


def spam_share(ax=None):
    """Spam share of e-mail traffic as published by Kaspersky (one vendor: series not mixed)."""
    data = datasets.load_spam_share()
    kas = data[data["vendor"] == "Kaspersky"].copy()
    year = kas["period"].astype(str).str.slice(0, 4).astype(float)
    quarter = kas["period"].astype(str).str.extract(r"Q(\d)")[0].astype(float)
    kas["x"] = np.where(quarter.notna(), year + (quarter.fillna(1) - 0.5) / 4, year + 0.5)
    annual = ~kas["period"].astype(str).str.contains("Q")
    ax = _new_ax(ax)
    with course_style():
        ax.plot(kas["x"][annual], kas["spam_share_pct"][annual], linestyle="none", marker="o", ms=rc()["lines.markersize"] * 1.3,
                color=SERIES[0]["color"], label=t("spam.annual"))
        ax.plot(kas["x"][~annual], kas["spam_share_pct"][~annual], linestyle="none", marker="s",
                color=SERIES[1]["color"], label=t("spam.quarterly"))
        _decorate(ax, "spam", ylim=(0, 100), legend="lower left")
        ax.yaxis.set_major_formatter(PercentFormatter(100.0))
    yearly = kas[annual].set_index("period")["spam_share_pct"].sort_index()  # first and last year, whatever the file order
    first, last = yearly.index[0], yearly.index[-1]
    set_alt(ax, "alt.spam_share", first_year=first, first=number(yearly.iloc[0], 1),
            last_year=last, last=number(yearly.iloc[-1], 1), n=int(len(kas)))
    return ax

"""Figures of lesson 01: attention as a scarce resource, TV clutter caps, spam."""
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

__all__ = ['attention_share', 'tv_caps', 'spam_share', 'AttentionView']


class AttentionView(View):
    """Own share, rivals' share and outside share of attention against own effort."""

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
        self.note = _kv_note(ax, 0.36, 0.97, [t("attention.label_own"), t("attention.label_rivals"),
                                              t("attention.label_outside")])
        _decorate(ax, "attention", xlim=(0, self.x_max), ylim=(0, 1.02), percent=True)
        self.dynamic = [self.own, self.rivals, self.outside, self.point, self.note]

    def update(self, n_advertisers, own_effort, rivals_effort, outside, gamma=1.0):
        n = check_int("n_advertisers", n_advertisers, low=1)
        own_effort = float(check_nonnegative("own_effort", own_effort))
        rivals_effort = float(check_nonnegative("rivals_effort", rivals_effort))
        outside = float(check_nonnegative("outside", outside))
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


def attention_share(n_advertisers=4, own_effort=2.0, rivals_effort=2.0, outside=4.0, gamma=1.0, ax=None):
    """Share of attention of one advertiser against its own effort (lesson 01).

    Curves: own share, the rivals' combined share and the share that goes to no advertiser
    (the outside option), from :func:`course_lib.attention.attention_shares`, for own effort
    between 0 and 10; a marker shows ``own_effort``.
    """
    return _draw(AttentionView, ax, n_advertisers=n_advertisers, own_effort=own_effort,
                 rivals_effort=rivals_effort, outside=outside, gamma=gamma)


def tv_caps(ax=None):
    """Italian caps on TV advertising time (TUSMA, D.Lgs. 208/2021, art. 45), caps in force, as bars."""
    from ..i18n import get_language

    caps = datasets.load_tv_caps()
    labels = caps[f"label_{get_language()}"].tolist()
    ax = _new_ax(ax)
    with course_style():
        y = np.arange(len(caps))[::-1]
        public = caps["broadcaster_type"].str.startswith("rai").to_numpy()
        colours = [SERIES[1]["color"] if p else SERIES[0]["color"] for p in public]
        bars = ax.barh(y, caps["cap_pct"], color=colours, edgecolor="black")
        for bar, p, v in zip(bars, public, caps["cap_pct"]):
            bar.set_hatch("//" if p else "")
            ax.annotate(f"{v:g}\u00a0%".replace(".", ","), (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                        ha="left", va="center", xytext=(4, 0), textcoords="offset points")
        ax.set_yticks(y, labels)
        ax.set_xlabel(t("tv_caps.ylabel"))
        ax.set_title(t("tv_caps.title"), loc="right")
        ax.set_xlim(0, float(caps["cap_pct"].max()) * 1.2)
        ax.grid(axis="y", visible=False)
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
    return ax

"""Figures of lesson 08: acquire, then cultivate."""
from __future__ import annotations

import numpy as np
import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter

from .. import attention, fatigue, memory, population, realdata, repetition
from .. import datasets, permission
from .._validate import check_int, check_nonnegative, check_positive, check_probability, check_real
from ..i18n import integer, number, t
from ..style import INTERRUPTION, NEUTRAL, OKABE_ITO, PERMISSION, SERIES, course_style, rc
from ._base import (  # noqa: F401
    PercentFormatter, View, _decorate, _draw, _kv_note, _line, _message, _new_ax, _pct, set_alt,
)


__all__ = ["relationship_rates", "CultivationView", "customer_paths", "budget_split"]

# the demo's slider ranges (the view's fixed axes contain every position)
BUDGET_MAX_K = 20          # thousand euros per month
HORIZON = 36               # months: three years


def _signed(v: float, decimals: int = 0) -> str:
    """A number with a decimal comma and a true minus sign."""
    return number(v, decimals).replace("-", "\u2212")


def relationship_rates(ax=None):
    """Subscription rate of the UCI bank's clients by earlier relationship, with 95 % Wilson intervals.

    Four groups: no contact in earlier campaigns, then earlier campaign failed, other outcome,
    earlier campaign succeeded (lesson 08). Descriptive: the groups differ by selection.
    """
    rates = permission.relationship_rates(datasets.load_bank_relationship())
    ax = _new_ax(ax)
    y = np.arange(len(rates))[::-1]
    r = rates["rate"].to_numpy()
    lo, hi = rates["ci_low"].to_numpy(), rates["ci_high"].to_numpy()
    labels = [t(f"cult.group.{g}") for g in rates["group"]]
    with course_style():
        colours = [INTERRUPTION["color"]] + [PERMISSION["color"]] * 3
        hatches = ["", "//", "//", "//"]
        for yi, ri, c, h in zip(y, r, colours, hatches):
            ax.barh(yi, ri, height=0.6, color=c, alpha=0.35, edgecolor=c, hatch=h)
        ax.errorbar(r, y, xerr=[r - lo, hi - r], fmt="none", ecolor="black", capsize=5, lw=1.5,
                    label=t("cult.rates.ci"))
        for yi, ri, hi_, n in zip(y, r, hi, rates["clients"]):
            ax.text(hi_ + 0.015, yi, t("cult.rates.bar_label", rate=_pct1(ri), n=integer(n)),
                    va="center", fontsize=rc()["legend.fontsize"])
        ax.set_yticks(y, labels)
        ax.set_xlim(0, 1.0)
        ax.xaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_xlabel(t("cult.rates.xlabel"))
        ax.set_title(t("cult.rates.title"))
        ax.legend(loc="center right")
    set_alt(ax, "alt.relationship_rates", none=_pct1(r[0]), failure=_pct1(r[1]), other=_pct1(r[2]),
            success=_pct1(r[3]), n_success=integer(rates["clients"].iloc[3]))
    return ax


def _pct1(v: float) -> str:
    return f"{100 * float(v):.1f}\u00a0%".replace(".", ",")


class CultivationView(View):
    """Customers over three years for a monthly budget split between interruption and permission.

    Three paths of the customer base from :func:`course_lib.permission.acquisition_vs_cultivation`:
    the chosen split, all on interruption and all on permission, with the three-year values in a
    box. Parameters: ``budget`` (thousand euros per month, 0-20) and ``share`` (percent of the
    budget on interruption, 0-100).
    """

    defaults = {"budget": 10, "share": 50}

    def __init__(self, ax):
        super().__init__(ax)
        self.months = np.arange(HORIZON)
        grid = permission.acquisition_vs_cultivation(
            np.arange(BUDGET_MAX_K + 1)[:, None] * 1000.0, np.linspace(0, 1, 21)[None, :], HORIZON)
        self.y_max = float(np.max(grid["customers"])) * 1.5
        z = self.months * 0.0
        self.all_int = _line(ax, self.months, z, INTERRUPTION, t("cult.view.all_interruption"), markevery=6)
        self.all_perm = _line(ax, self.months, z, PERMISSION, t("cult.view.all_permission"), markevery=6)
        mix = dict(SERIES[2])
        self.mix = _line(ax, self.months, z, mix, t("cult.view.mix"), markevery=6, lw=rc()["lines.linewidth"] * 1.6)
        self.note = _kv_note(ax, 0.80, 0.97, [t("cult.view.label_share"), t("cult.view.label_customers"),
                                             t("cult.view.label_value"), t("cult.view.label_value_int"),
                                             t("cult.view.label_value_perm")])
        ax.set_xticks(np.arange(0, HORIZON + 1, 6))
        _decorate(ax, "cult.view", xlim=(0, HORIZON - 1), ylim=(0, self.y_max), legend="upper left")
        self.dynamic = [self.all_int, self.all_perm, self.mix, self.note]

    def update(self, budget, share):
        b = float(check_real("budget", budget, low=0.0, high=BUDGET_MAX_K)) * 1000.0
        s = float(check_real("share", share, low=0.0, high=100.0)) / 100.0
        out = permission.acquisition_vs_cultivation(b, np.array([1.0, 0.0, s]), HORIZON)
        n, v = out["customers"], out["total_value"]
        self.all_int.set_ydata(n[0])
        self.all_perm.set_ydata(n[1])
        self.mix.set_ydata(n[2])
        self.note.set_text("\n".join([
            f"{number(100 * s, 0)}\u00a0%", number(n[2, -1], 0),
            t("cult.view.k_euro", v=_signed(v[2] / 1000)), t("cult.view.k_euro", v=_signed(v[0] / 1000)),
            t("cult.view.k_euro", v=_signed(v[1] / 1000)),
        ]))
        self._alt = dict(budget=number(b / 1000, 0), share=number(100 * s, 0), n_mix=number(n[2, -1], 0),
                         n_int=number(n[0, -1], 0), n_perm=number(n[1, -1], 0), v_mix=_signed(v[2] / 1000),
                         v_int=_signed(v[0] / 1000), v_perm=_signed(v[1] / 1000))
        return False


def customer_paths(budget=10, share=50, ax=None):
    """Customers over three years when a monthly budget (thousand euros, 0-20) is split between
    interruption (``share`` percent, 0-100) and permission (lesson 08; the demo's static figure)."""
    check_real("budget", budget, low=0.0, high=BUDGET_MAX_K, ndim=0)
    check_real("share", share, low=0.0, high=100.0, ndim=0)
    ax = _new_ax(ax)
    with course_style():
        view = CultivationView(ax)
        view.update(budget=budget, share=share)
    set_alt(ax, "alt.cultivation", **view._alt)
    return ax


def budget_split(budget=10, ax=None):
    """Three-year value and final customers against the share of a monthly budget (thousand
    euros, 0-20) spent on interruption, with the best share marked (lesson 08)."""
    b = float(check_real("budget", budget, low=0.0, high=BUDGET_MAX_K, ndim=0)) * 1000.0
    shares = np.linspace(0.0, 1.0, 101)
    out = permission.acquisition_vs_cultivation(b, shares, HORIZON)
    value = out["total_value"] / 1000.0
    n_end = out["customers"][:, -1]
    best = int(np.argmax(value))
    ax = _new_ax(ax)
    with course_style():
        _line(ax, 100 * shares, value, SERIES[3], t("cult.split.value"), markevery=10)
        ax.axhline(0, color="black", lw=1)
        ax.plot([100 * shares[best]], [value[best]], "o", color=SERIES[3]["color"], markeredgecolor="black",
                ms=rc()["lines.markersize"] * 1.8, zorder=8, label=t("cult.split.best",
                                                                     share=number(100 * shares[best], 0)))
        ax.set_xlim(0, 100)
        ax.xaxis.set_major_formatter(PercentFormatter(100.0))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: _signed(v)))
        ax2 = ax.twinx()
        _line(ax2, 100 * shares, n_end, SERIES[2], t("cult.split.customers"), markevery=10)
        ax2.set_ylim(0, max(1.0, float(n_end.max())) * 1.25)
        ax2.set_ylabel(t("cult.split.ylabel2"))
        ax2.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: number(v, 0)))
        lo = min(0.0, float(value.min()))
        span = max(1.0, float(value.max()) - lo)
        ax.set_ylim(lo - 0.05 * span, float(value.max()) + 0.45 * span)
        ax.set_xlabel(t("cult.split.xlabel"))
        ax.set_ylabel(t("cult.split.ylabel"))
        ax.set_title(t("cult.split.title", budget=number(b / 1000, 0)))
        h1, l1 = ax.get_legend_handles_labels()
        h2, l2 = ax2.get_legend_handles_labels()
        ax.legend(h1 + h2, l1 + l2, loc="upper left")
    set_alt(ax, "alt.budget_split", budget=number(b / 1000, 0), best=number(100 * shares[best], 0),
            v_best=_signed(value[best]), v_0=_signed(value[0]), v_100=_signed(value[-1]),
            n_best=number(n_end[best], 0))
    return ax

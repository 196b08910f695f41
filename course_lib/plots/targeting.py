"""Figures of lesson 05: context and targeting (mass versus targeted interruption)."""
from __future__ import annotations

import math

import numpy as np

from .. import targeting
from .._validate import check_real
from ..i18n import integer, number, t  # noqa: F401 (integer: re-exported)
from ..style import INTERRUPTION, NEUTRAL, OKABE_ITO, PERMISSION, course_style, rc
from ._base import PercentFormatter, View, _draw, _line, _new_ax, set_alt  # noqa: F401

__all__: list[str] = ["TargetingView", "integer", "mass_vs_targeted", "targeting_precision"]

#: the demo's fixed scenario (the static figures use the same numbers)
SCENARIO = dict(budget=3000.0, population=100_000, interest=0.1, cost_mass=0.05, cost_targeted=0.2,
                conversion=0.1, gain=2.0, outside=1.0)
#: slider ranges of the demo, in percent (the axes contain every position)
PRECISION_PCT = (10, 100)
RELEVANCE_PCT = (0, 100)

MASS_STYLE = {"color": INTERRUPTION["color"], "hatch": "..", "edgecolor": "black"}
TARGETED_STYLE = {"color": PERMISSION["color"], "hatch": "//", "edgecolor": "black"}


#: counts of people in the figures of this module
people = integer


def euros(x: float) -> str:
    """An amount in euros with a decimal comma (5,33 €)."""
    return f"{number(x)}\u00a0€"


def _outcomes(precision, relevance):
    return targeting.mass_vs_targeted(precision=precision, relevance=relevance, **SCENARIO)


class TargetingView(View):
    """Mass and targeted campaign side by side: responses, annoyed people, cost per response.

    Sliders (``update``): ``precision_pct`` (targeting precision, %) and ``relevance_pct``
    (message relevance, %). The budget and the population are those of :data:`SCENARIO`.
    ``ax`` becomes the first of three panels (responses) that share its grid cell, and the
    figure carries the title and, below the panels, the effective spend (an ``ax`` placed by
    hand, with no grid cell, holds three inset panels instead). The y axes are fixed and
    contain every value the sliders can produce.
    """

    defaults = {"precision_pct": 60, "relevance_pct": 50}
    METRICS = ("responses", "annoyed", "cost_per_response")

    def __init__(self, ax):
        super().__init__(ax)
        title = self.title = t("targeting.title", budget=people(SCENARIO["budget"]))
        # the highest value of each metric over the slider grid fixes its axis once
        grid_p = np.linspace(*PRECISION_PCT, 19)[:, None] / 100
        grid_r = np.linspace(*RELEVANCE_PCT, 11)[None, :] / 100
        out = _outcomes(grid_p, grid_r)
        tops = {m: 1.18 * max(float(np.max(out["mass"][m])), float(np.max(out["targeted"][m]))) for m in self.METRICS}
        fs = rc()["legend.fontsize"]
        fig = ax.figure
        spec = ax.get_subplotspec()
        budget = people(SCENARIO["budget"]) + "\u00a0€"
        blank = t("targeting.spent", mass=budget, targeted=budget)
        if spec is not None:
            # ax becomes the first of three subplots of its cell, so the layout engine keeps
            # the panels, their tick labels and the titles apart; the figure carries the title
            grid = spec.subgridspec(1, 3)
            ax.set_subplotspec(grid[0, 0])
            subs = [ax] + [fig.add_subplot(grid[0, i]) for i in (1, 2)]
            fig.suptitle(title, fontsize=rc()["axes.titlesize"])
            self.spent = fig.supxlabel(blank, fontsize=fs)
        else:  # an ax placed by hand: three insets inside it
            ax.set_axis_off()
            ax.set_title(title)
            subs = [ax.inset_axes([0.07 + i * 0.335, 0.16, 0.26, 0.70]) for i in range(3)]
            self.spent = ax.text(0.5, -0.02, blank, transform=ax.transAxes, ha="center", va="bottom", fontsize=fs)
        self.panels = subs
        self.bars, self.values = {}, {}
        for i, m in enumerate(self.METRICS):
            sub = subs[i]
            sub.set_title(t(f"targeting.panel.{m}"), fontsize=rc()["axes.labelsize"])
            sub.set_xlabel(t("targeting.xlabel"), fontsize=fs)
            bars = sub.bar([0, 1], [0, 0], width=0.6, color=[MASS_STYLE["color"], TARGETED_STYLE["color"]],
                           edgecolor="black")
            bars[0].set_hatch(MASS_STYLE["hatch"])
            bars[1].set_hatch(TARGETED_STYLE["hatch"])
            sub.set_xticks([0, 1], [t("targeting.mass"), t("targeting.targeted")])
            sub.set_xlim(-0.6, 1.6)
            sub.set_ylim(0, tops[m])
            if m == "cost_per_response":
                sub.yaxis.set_major_formatter(lambda v, _p: f"{number(v, 0)}\u00a0€")
            else:
                sub.yaxis.set_major_formatter(lambda v, _p: people(v))
            sub.grid(axis="x", visible=False)
            texts = [sub.text(j, 0, "", ha="center", va="bottom", fontsize=fs, fontweight="bold") for j in (0, 1)]
            self.bars[m], self.values[m] = bars, texts
        self.dynamic = [b for m in self.METRICS for b in self.bars[m]] + \
            [x for m in self.METRICS for x in self.values[m]] + [self.spent]

    def update(self, precision_pct, relevance_pct):
        p = float(check_real("precision_pct", precision_pct, low=1, high=100)) / 100
        r = float(check_real("relevance_pct", relevance_pct, low=0, high=100)) / 100
        out = _outcomes(p, r)
        self.last = out
        for m in self.METRICS:
            for j, side in enumerate(("mass", "targeted")):
                v = float(out[side][m])
                self.bars[m][j].set_height(v)
                self.values[m][j].set_y(v)
                self.values[m][j].set_text(euros(v) if m == "cost_per_response" else people(v))
        self.spent.set_text(t("targeting.spent", mass=people(out["mass"]["spent"]) + "\u00a0€",
                              targeted=people(out["targeted"]["spent"]) + "\u00a0€"))
        return False


def mass_vs_targeted(precision=0.6, relevance=0.5, ax=None):
    """Bar chart: the same budget and message on a mass list and on a targeted list (lesson 05).

    Responses, annoyed people and cost per response, from
    :func:`course_lib.targeting.mass_vs_targeted` with the scenario :data:`SCENARIO`;
    ``precision`` in [0.01, 1] and ``relevance`` in [0, 1].
    """
    p = float(check_real("precision", precision, low=0.01, high=1.0, ndim=0))
    r = float(check_real("relevance", relevance, low=0.0, high=1.0, ndim=0))
    ax = _draw(TargetingView, ax, precision_pct=100 * p, relevance_pct=100 * r)
    out = _outcomes(p, r)
    m, g = out["mass"], out["targeted"]
    return set_alt(ax, "alt.mass_vs_targeted", budget=people(SCENARIO["budget"]),
                   p=f"{100 * p:.0f}", r=f"{100 * r:.0f}",
                   resp_m=people(m["responses"]), resp_t=people(g["responses"]),
                   ann_m=people(m["annoyed"]), ann_t=people(g["annoyed"]),
                   cpr_m=euros(m["cost_per_response"]), cpr_t=euros(g["cost_per_response"]))


def targeting_precision(relevance=0.5, ax=None):
    """Responses of the targeted campaign as its precision grows, against the mass campaign (lesson 05).

    The targeted line rises with precision until the list runs out of interested people;
    the mass campaign is a horizontal line; the break-even precision
    :func:`course_lib.targeting.break_even_precision` is marked. Scenario: :data:`SCENARIO`.
    """
    r = float(check_real("relevance", relevance, low=0.0, high=1.0, ndim=0))
    p = np.linspace(0.05, 1.0, 96)
    out = _outcomes(p, r)
    mass = float(np.asarray(out["mass"]["responses"]).flat[0])
    p_star = float(targeting.break_even_precision(SCENARIO["interest"], SCENARIO["cost_mass"],
                                                  SCENARIO["cost_targeted"]))
    ax = _new_ax(ax)
    with course_style():
        _line(ax, p, out["targeted"]["responses"], PERMISSION, t("targeting.curve_targeted"), markevery=10)
        _line(ax, p, np.full_like(p, mass), INTERRUPTION, t("targeting.curve_mass"), markevery=10)
        ax.axvline(p_star, **{k: v for k, v in NEUTRAL.items() if k != "marker"})
        ax.text(p_star + 0.015, 0.04, t("targeting.break_even", p=f"{100 * p_star:.0f}"),
                transform=ax.get_xaxis_transform(), fontsize=rc()["legend.fontsize"])
        top = float(np.max(out["targeted"]["responses"]))
        ax.set_xlim(0, 1.0)
        ax.set_ylim(0, 1.2 * max(top, mass))
        ax.xaxis.set_major_formatter(PercentFormatter(1.0))
        ax.yaxis.set_major_formatter(lambda v, _p: people(v))
        ax.set_xlabel(t("targeting_curve.xlabel"))
        ax.set_ylabel(t("targeting_curve.ylabel"))
        ax.set_title(t("targeting_curve.title"))
        ax.legend(loc="upper left")
    i_top = int(np.argmax(out["targeted"]["responses"] >= top * (1 - 1e-9)))
    return set_alt(ax, "alt.targeting_precision", r=f"{100 * r:.0f}", mass=people(mass), p_star=f"{100 * p_star:.0f}",
                   top=people(top), p_top=f"{100 * p[i_top]:.0f}")

"""Figures of lesson 07: spam and consent.

The spam figure of the lesson is lesson 01's :func:`course_lib.plots.spam_share`; this module
draws the opt-out versus opt-in comparison of :mod:`course_lib.consent`.
"""
from __future__ import annotations

import numpy as np

from .. import consent
from .._validate import check_int, check_real
from ..i18n import integer, t
from ..style import INTERRUPTION, PERMISSION, course_style, rc
from ._base import PercentFormatter, View, _draw, set_alt

__all__ = ["consent_regimes", "ConsentView"]


class ConsentView(View):
    """Opt-in against opt-out on the same population: contacts, responses, complaints.

    Each group of bars is one quantity; the opt-out bar is the reference (100 %) and the
    opt-in bar its share of it. As the opt-in list is part of the opt-out list (a property of
    :func:`course_lib.consent.compare_regimes`), every bar fits the fixed axis 0-100 %. The
    counts are written on the bars and the net value of each regime in a box.

    Parameters of ``update`` are in the units of the sliders: ``consent_pct`` and
    ``opposition_pct`` in percent (0-100), the response rates per 1,000 contacts (0-1,000).
    """

    defaults = {"consent_pct": 10, "opposition_pct": 30, "response_consenting_permille": 50,
                "response_other_permille": 5}
    #: fixed parameters of the lesson's illustrative campaign
    population = 100_000.0
    complaint_consenting = 0.002
    complaint_other = 0.03
    value_per_response = 50.0
    cost_per_contact = 1.0
    cost_per_complaint = 20.0
    quantities = ("contacts", "responses", "complaints")

    def __init__(self, ax):
        super().__init__(ax)
        x = np.arange(len(self.quantities), dtype=float)
        w = 0.36
        fs = rc()["legend.fontsize"]
        self.bars_out = ax.bar(x - w / 2, np.ones_like(x), w, color=INTERRUPTION["color"], alpha=0.85,
                               edgecolor="black", label=t("consent.opt_out"))
        self.bars_in = ax.bar(x + w / 2, np.zeros_like(x), w, color=PERMISSION["color"], alpha=0.85,
                              edgecolor="black", hatch="//", label=t("consent.opt_in"))
        self.labels_out = [ax.text(xi - w / 2, 1.02, "", ha="center", va="bottom", fontsize=fs, zorder=7)
                           for xi in x]
        self.labels_in = [ax.text(xi + w / 2, 0.02, "", ha="center", va="bottom", fontsize=fs, zorder=7)
                          for xi in x]
        self.value_note = ax.text(
            0.98, 0.97, "", transform=ax.transAxes, ha="right", va="top", fontsize=fs,
            bbox={"boxstyle": "round", "facecolor": "white", "alpha": 0.9, "edgecolor": "none"}, zorder=9)
        ax.set_xticks(x)
        ax.set_xticklabels([t(f"consent.{q}") for q in self.quantities])
        ax.set_xlim(-0.6, len(self.quantities) - 0.4)
        ax.set_ylim(0, 1.55)
        ax.set_yticks(np.linspace(0, 1, 6))
        ax.yaxis.set_major_formatter(PercentFormatter(1.0))
        ax.set_xlabel(t("consent.xlabel"))
        ax.set_ylabel(t("consent.ylabel"))
        ax.set_title(t("consent.title"))
        ax.legend(loc="upper left")
        self.dynamic = [*self.bars_out, *self.bars_in, *self.labels_out, *self.labels_in, self.value_note]

    @classmethod
    def outcomes(cls, consent_pct, opposition_pct, response_consenting_permille, response_other_permille):
        """The model's two regimes at these slider values (:func:`course_lib.consent.compare_regimes`)."""
        c = check_int("consent_pct", consent_pct, low=0, high=100)
        o = check_int("opposition_pct", opposition_pct, low=0, high=100)
        rc_ = check_int("response_consenting_permille", response_consenting_permille, low=0, high=1000)
        rn = check_int("response_other_permille", response_other_permille, low=0, high=1000)
        return consent.compare_regimes(
            population=cls.population, consent_share=c / 100, opposition_share=o / 100,
            response_consenting=rc_ / 1000, response_other=rn / 1000,
            complaint_consenting=cls.complaint_consenting, complaint_other=cls.complaint_other,
            value_per_response=cls.value_per_response, cost_per_contact=cls.cost_per_contact,
            cost_per_complaint=cls.cost_per_complaint)

    def update(self, consent_pct, opposition_pct, response_consenting_permille, response_other_permille):
        res = self.outcomes(consent_pct, opposition_pct, response_consenting_permille, response_other_permille)
        for i, q in enumerate(self.quantities):
            n_out = float(res["opt_out"][q])
            n_in = float(res["opt_in"][q])
            ratio = n_in / n_out if n_out > 0 else 0.0
            self.bars_out[i].set_height(1.0 if n_out > 0 else 0.0)
            self.bars_in[i].set_height(min(ratio, 1.0))
            self.labels_out[i].set_y((1.0 if n_out > 0 else 0.0) + 0.02)
            self.labels_out[i].set_text(integer(n_out))
            self.labels_in[i].set_y(min(ratio, 1.0) + 0.02)
            self.labels_in[i].set_text(integer(n_in))
        self.value_note.set_text(t("consent.value_note", out=integer(res["opt_out"]["value"]),
                                   inn=integer(res["opt_in"]["value"])))


def consent_regimes(consent_pct=10, opposition_pct=30, response_consenting_permille=50,
                    response_other_permille=5, ax=None):
    """Opt-out against opt-in on a population of 100,000: contacts, responses, complaints (lesson 07).

    Parameters in percent (``consent_pct``, ``opposition_pct``, integers 0-100) and per
    1,000 contacts (the two response rates, integers 0-1,000); the other parameters are the
    illustrative ones of :class:`ConsentView`.
    """
    ax = _draw(ConsentView, ax, consent_pct=consent_pct, opposition_pct=opposition_pct,
               response_consenting_permille=response_consenting_permille,
               response_other_permille=response_other_permille)
    view = ConsentView.outcomes(consent_pct, opposition_pct, response_consenting_permille,
                                response_other_permille)
    o, i = view["opt_out"], view["opt_in"]
    return set_alt(ax, "alt.consent_regimes",
                   c_out=integer(o["contacts"]), c_in=integer(i["contacts"]),
                   r_out=integer(o["responses"]), r_in=integer(i["responses"]),
                   k_out=integer(o["complaints"]), k_in=integer(i["complaints"]),
                   v_out=integer(o["value"]), v_in=integer(i["value"]))

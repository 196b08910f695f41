"""Figures of lesson 02: escalation of spending."""
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

__all__ = ['escalation', 'best_response_path', 'EscalationView']


class EscalationView(View):
    """Equilibrium spend each, total spend and attention each against the number of advertisers."""

    defaults = {"n_advertisers": 4, "gamma": 1.0, "prize": 100.0}
    n_max = 12

    def __init__(self, ax):
        super().__init__(ax)
        self.n = np.arange(1, self.n_max + 1)
        nan = np.full(self.n.size, np.nan)
        self.total = _line(ax, self.n, nan, SERIES[0], t("escalation.total_spend"), markevery=1)
        self.each = _line(ax, self.n, nan, SERIES[1], t("escalation.spend_each"), markevery=1)
        self.value = _line(ax, self.n, nan, SERIES[2], t("escalation.attention_each"), markevery=1)
        self.vline = ax.axvline(4, color=OKABE_ITO["grey"], lw=1.5, ls=":")
        self.note = _kv_note(ax, 0.62, 0.97, [t("escalation.label_n"), t("escalation.label_total"),
                                              t("escalation.label_share")])
        self.message = _message(ax)
        ax.set_xticks(self.n)
        _decorate(ax, "escalation", xlim=(0.5, self.n_max + 0.5), ylim=(0, 105), legend="center right")
        self.dynamic = [self.total, self.each, self.value, self.vline, self.note, self.message]

    def update(self, n_advertisers, gamma=1.0, prize=100.0):
        n_cur = check_int("n_advertisers", n_advertisers, low=1, high=self.n_max)
        gamma = float(check_positive("gamma", gamma))
        prize = float(check_positive("prize", prize))
        scale = 100.0 / prize  # plotted in % of the prize
        valid = gamma <= self.n / np.maximum(self.n - 1, 1) + 1e-12
        valid[0] = True
        each = np.full(self.n.size, np.nan)
        total = np.full(self.n.size, np.nan)
        for i in np.flatnonzero(valid):
            eq = attention.tullock_equilibrium(prize, int(self.n[i]), gamma)
            each[i] = eq["spend_each"]
            total[i] = eq["total_spend"]
        self.total.set_ydata(total * scale)
        self.each.set_ydata(each * scale)
        self.value.set_ydata(prize / self.n * scale)
        self.vline.set_xdata([n_cur, n_cur])
        i = n_cur - 1
        if valid[i]:
            self.note.set_text(f"{n_cur}\n{_pct(total[i] / prize)}\n{_pct(1 / n_cur)}")
            self.show_message("")
        else:
            self.note.set_text(f"{n_cur}\n–\n{_pct(1 / n_cur)}")
            self.show_message(t("escalation.no_equilibrium", n=n_cur, limit=f"{n_cur / (n_cur - 1):.2f}"))


def escalation(prize=100.0, gamma=1.0, n_max=12, ax=None, n_advertisers=4):
    """Symmetric contest equilibrium against the number of advertisers (lesson 02).

    Total spend, spend of each advertiser and value of the attention each one gets
    (prize/n), in % of the prize, from :func:`course_lib.attention.tullock_equilibrium`.
    """
    check_int("n_max", n_max, low=2, high=30)
    cls = type("EscalationView", (EscalationView,), {"n_max": int(n_max)})
    return _draw(cls, ax, n_advertisers=min(n_advertisers, int(n_max)), gamma=gamma, prize=prize)


def best_response_path(prize=100.0, n=4, gamma=1.0, steps=12, ax=None):
    """Best-response dynamics: spend per advertiser climbing from near zero to the equilibrium."""
    path = attention.best_response_path(prize, n, gamma=gamma, steps=steps)
    eq = attention.tullock_equilibrium(prize, n, gamma)
    ax = _new_ax(ax)
    with course_style():
        _line(ax, np.arange(path.size), path, SERIES[0], t("br.path", n=n), markevery=1)
        ax.axhline(eq["spend_each"], **{k: v for k, v in NEUTRAL.items() if k != "marker"},
                   label=t("br.equilibrium", value=number(eq["spend_each"], 1)))
        _decorate(ax, "br", ylim=(0, max(path.max(), eq["spend_each"]) * 1.25), legend="lower right")
    return ax

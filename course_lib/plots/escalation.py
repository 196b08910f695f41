"""Figures of lesson 02: escalation of spending."""
from __future__ import annotations

import math

import numpy as np
import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter

from .. import attention, fatigue, memory, population, realdata, repetition
from .. import datasets
from .._validate import _err, _short as _value_text, check_int, check_nonnegative, check_positive, check_probability, check_real
from ..i18n import number, t
from ..style import INTERRUPTION, NEUTRAL, OKABE_ITO, PERMISSION, SERIES, course_style, rc
from ._base import (  # noqa: F401
    PercentFormatter, View, _decorate, _draw, _fit_title, _kv_note, _line, _message, _new_ax, _pct, _side_legend,
    set_alt,
)

__all__ = ['escalation', 'best_response_path', 'EscalationView', 'no_equilibrium_message', 'gamma_advice']


#: largest number of advertisers a figure draws (one marker per n; more would not be legible)
N_MAX = 30
#: largest number of best-response turns a figure draws
STEPS_MAX = 100


def _comma_ticks(ax, decimals=0):
    """Tick labels of both axes with a decimal comma (integers stay integers)."""
    def fmt(v, _pos):
        if abs(v - round(v)) < 1e-9:
            return f"{round(v):.0f}"
        return number(v, max(decimals, 1))
    ax.xaxis.set_major_formatter(FuncFormatter(fmt))
    ax.yaxis.set_major_formatter(FuncFormatter(fmt))


def _short(x: float, decimals: int = 2) -> str:
    """A number with a decimal comma and no useless trailing zeros (1 rather than 1,00; 13,6)."""
    text = number(x, decimals)
    return text.rstrip("0").rstrip(",") if "," in text else text


def gamma_advice(n: int, gamma: float) -> tuple[float, int]:
    """What to change when ``gamma`` > n/(n-1): the largest gamma and the largest n that work.

    Returns ``(limit, n_ok)``: ``limit`` is n/(n-1) rounded *down* to two decimals (so that
    following the advice, gamma <= limit, really gives an equilibrium); ``n_ok`` is the largest
    number of advertisers m with gamma <= m/(m-1), i.e. m <= gamma/(gamma-1) (1 when gamma > 2:
    then only lowering gamma helps, since two advertisers already allow gamma up to 2).
    """
    limit = math.floor(100 * n / (n - 1) + 1e-9) / 100
    if gamma <= 1.0:
        return limit, n
    n_ok = int(math.floor(gamma / (gamma - 1.0) + 1e-9))
    return limit, max(1, min(n_ok, n))


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
        # the chosen n: up to 100 %, below the readout in the headroom
        self.vline = ax.axvline(4, ymax=100 / 128, color=OKABE_ITO["grey"], lw=1.5, ls=":")
        self.note = _kv_note(ax, 0.62, 0.97, [t("escalation.label_n"), t("escalation.label_total"),
                                              t("escalation.label_share")])
        self.message = _message(ax)
        # in the empty lower right (the curves stop early when there is no equilibrium), below the
        # legend, at the legend's size; dark text in a framed, nearly opaque box, so that it is not
        # read as a label of a curve
        self.message.set_position((0.72, 0.27))
        self.message.set_fontsize(rc()["legend.fontsize"])
        self.message.set_color("#333333")
        self.message.set_bbox({"boxstyle": "round", "facecolor": "white", "alpha": 0.9,
                               "edgecolor": OKABE_ITO["vermillion"]})
        ax.set_xticks(self.n if self.n_max <= 15 else self.n[::2])
        # headroom above 100 % for the summary at the top, so that no curve runs into it
        # the legend beside the axes: the line of the chosen n sweeps the whole width
        _decorate(ax, "escalation", xlim=(0.5, self.n_max + 0.5), ylim=(0, 128), legend=None)
        _side_legend(ax)
        ax.set_yticks(np.arange(0, 101, 20))
        ax.yaxis.set_major_formatter(PercentFormatter(100.0))
        _fit_title(ax)
        self.dynamic = [self.total, self.each, self.value, self.vline, self.note, self.message]

    def update(self, n_advertisers, gamma=1.0, prize=100.0):
        n_cur = check_int("n_advertisers", n_advertisers, low=1, high=self.n_max)
        gamma = float(check_positive("gamma", gamma, ndim=0))
        prize = float(check_real("prize", prize, low=0.0, high=attention.MAX_AMOUNT, low_open=True, ndim=0))
        # plotted in % of the prize, and the equilibrium is proportional to the prize: computed for a
        # prize of 1, so that a tiny or huge prize never overflows
        scale = 100.0
        valid = gamma <= self.n / np.maximum(self.n - 1, 1) + 1e-12
        valid[0] = True
        each = np.full(self.n.size, np.nan)
        total = np.full(self.n.size, np.nan)
        for i in np.flatnonzero(valid):
            eq = attention.tullock_equilibrium(1.0, int(self.n[i]), gamma)
            each[i] = eq["spend_each"]
            total[i] = eq["total_spend"]
        self.total.set_ydata(total * scale)
        self.each.set_ydata(each * scale)
        self.value.set_ydata(1.0 / self.n * scale)
        self.vline.set_xdata([n_cur, n_cur])
        i = n_cur - 1
        self.valid, self.totals, self.n_cur, self.gamma = bool(valid[i]), total, n_cur, gamma
        if valid[i]:
            self.note.set_text(f"{n_cur}\n{_pct(total[i])}\n{_pct(1 / n_cur)}")
            self.show_message("")
        else:
            self.note.set_text(f"{n_cur}\n–\n{_pct(1 / n_cur)}")
            self.show_message(no_equilibrium_message(n_cur, gamma))


def no_equilibrium_message(n: int, gamma: float) -> str:
    """The figure's message when gamma > n/(n-1), with advice that really works (decimal commas)."""
    limit, n_ok = gamma_advice(n, gamma)
    key = ("escalation.no_equilibrium" if n_ok > 2 else
           "escalation.no_equilibrium_two" if n_ok == 2 else "escalation.no_equilibrium_gamma")
    return t(key, n=n, gamma=number(gamma, 2), limit=number(limit, 2), n_ok=n_ok)


def _scalar(name, value, check=check_positive):
    """A scalar parameter of a figure: a clear ValueError for a list or an array."""
    if np.ndim(value) != 0:
        raise _err("single_figure", name=name, value=_value_text(value))
    return float(check(name, value, ndim=0))


def escalation(prize=100.0, gamma=1.0, n_max=12, ax=None, n_advertisers=4):
    """Symmetric contest equilibrium against the number of advertisers (lesson 02).

    Total spend, spend of each advertiser and value of the attention each one gets
    (prize/n), in % of the prize, from :func:`course_lib.attention.tullock_equilibrium`.
    Where gamma > n/(n-1) there is no symmetric pure-strategy equilibrium and the curves stop.

    Parameters
    ----------
    prize : float
        V, value of the attention pool, in (0, 1e15] (a single number; the curves are in % of it).
    gamma : float
        Decisiveness exponent, in (0, 100] (a single number).
    n_max : int
        Largest number of advertisers drawn, in [2, 30] (``N_MAX``).
    ax : matplotlib Axes, optional
    n_advertisers : int
        The number marked by the vertical line and the summary box, in [1, 30] (at most n_max
        is shown).
    """
    n_max = check_int("n_max", n_max, low=2, high=N_MAX)
    prize = _scalar("prize", prize)
    gamma = _scalar("gamma", gamma)
    n_adv = min(check_int("n_advertisers", n_advertisers, low=1, high=N_MAX), n_max)
    cls = type("EscalationView", (EscalationView,), {"n_max": n_max})
    ax = _draw(cls, ax, n_advertisers=n_adv, gamma=gamma, prize=prize)
    n = np.arange(1, n_max + 1)
    tot = np.array([attention.tullock_equilibrium(1.0, int(k), gamma)["dissipation"]
                    if gamma <= k / max(k - 1, 1) + 1e-12 or k == 1 else np.nan for k in n], dtype=float)
    if gamma > n_adv / max(n_adv - 1, 1) + 1e-12 and n_adv > 1:
        return set_alt(ax, "alt.escalation_invalid", gamma=number(gamma, 2), n=n_adv)
    last = int(np.flatnonzero(np.isfinite(tot))[-1])
    return set_alt(ax, "alt.escalation", n_max=int(n[last]), total2=_pct(tot[1]) if np.isfinite(tot[1]) else "–",
                   total_last=_pct(tot[last]), value_last=_pct(1 / n[last]), n=n_adv,
                   total_n=_pct(tot[n_adv - 1]), share_n=_pct(1 / n_adv), gamma=_short(gamma))


def best_response_path(prize=100.0, n=4, gamma=1.0, steps=12, ax=None):
    """Best-response dynamics: spend per advertiser climbing from near zero to the equilibrium.

    Parameters
    ----------
    prize : float
        V, > 0 (a single number).
    n : int
        Number of advertisers, in [2, 30] (``N_MAX``).
    gamma : float
        Decisiveness exponent, in (0, n/(n-1)] (a single number).
    steps : int
        Number of turns drawn, in [1, 100] (``STEPS_MAX``).
    ax : matplotlib Axes, optional
    """
    prize = _scalar("prize", prize)
    n = check_int("n", n, low=2, high=N_MAX)
    gamma = _scalar("gamma", gamma)
    steps = check_int("steps", steps, low=1, high=STEPS_MAX)
    path = attention.best_response_path(prize, n, gamma=gamma, steps=steps)
    eq = attention.tullock_equilibrium(prize, n, gamma)
    ax = _new_ax(ax)
    with course_style():
        _line(ax, np.arange(path.size), path, SERIES[0], t("br.path", n=n), markevery=1)
        ax.axhline(eq["spend_each"], **{k: v for k, v in NEUTRAL.items() if k != "marker"},
                   label=t("br.equilibrium", value=number(eq["spend_each"], 2)))
        _decorate(ax, "br", ylim=(0, max(path.max(), eq["spend_each"]) * 1.25), legend="lower right")
        ax.set_ylabel(t("br.ylabel", prize=_short(prize)))
        _comma_ticks(ax, 1)
    s = [_short(v) for v in path[1:5]] + ["–"] * max(0, 4 - (path.size - 1))
    return set_alt(ax, "alt.best_response_path", steps=steps, n=n, s1=s[0], s2=s[1], s3=s[2], s4=s[3],
                   eq=number(eq["spend_each"], 2))

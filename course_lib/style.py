"""Chart style: Okabe–Ito colour-blind-safe palette and a projector mode.

Interruption and permission are always told apart by line style and marker too, never by
colour alone. ``use_projector_style()`` switches every course chart (static figures and
slider demos created afterwards) to large fonts and thick lines for a classroom projector.
"""
from __future__ import annotations

from contextlib import contextmanager

import matplotlib as mpl

from ._validate import check_bool

#: Okabe, M. & Ito, K. (2008), "Color Universal Design", https://jfly.uni-koeln.de/color/
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
    "grey": "#7F7F7F",
}

#: Interruption: vermillion, solid line, circles. Permission: blue, dashed line, squares.
INTERRUPTION = {"color": OKABE_ITO["vermillion"], "linestyle": "-", "marker": "o"}
PERMISSION = {"color": OKABE_ITO["blue"], "linestyle": "--", "marker": "s"}
#: Further series, each with its own colour, line style and marker.
SERIES = [
    {"color": OKABE_ITO["vermillion"], "linestyle": "-", "marker": "o"},
    {"color": OKABE_ITO["blue"], "linestyle": "--", "marker": "s"},
    {"color": OKABE_ITO["bluish_green"], "linestyle": "-.", "marker": "^"},
    {"color": OKABE_ITO["reddish_purple"], "linestyle": ":", "marker": "D"},
    {"color": OKABE_ITO["orange"], "linestyle": (0, (5, 1, 1, 1)), "marker": "v"},
]
NEUTRAL = {"color": OKABE_ITO["grey"], "linestyle": ":", "marker": None}

_state = {"projector": False}

_BASE_RC = {
    "axes.prop_cycle": mpl.cycler(color=[s["color"] for s in SERIES]),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "legend.frameon": False,
    "figure.dpi": 100,
    "savefig.dpi": 100,
}
_NORMAL_RC = {
    **_BASE_RC,
    "figure.figsize": (9.0, 5.0),
    "font.size": 12,
    "axes.titlesize": 14,
    "axes.labelsize": 12,
    "legend.fontsize": 11,
    "lines.linewidth": 2.2,
    "lines.markersize": 7,
}
_PROJECTOR_RC = {
    **_BASE_RC,
    "figure.figsize": (11.0, 6.2),
    "font.size": 17,
    "axes.titlesize": 20,
    "axes.labelsize": 18,
    "xtick.labelsize": 16,
    "ytick.labelsize": 16,
    "legend.fontsize": 16,
    "lines.linewidth": 4.0,
    "lines.markersize": 11,
    "axes.linewidth": 1.6,
    "grid.linewidth": 1.2,
}


def use_projector_style(on: bool = True) -> None:
    """Switch every course chart created from now on to projector style (or back).

    Large fonts, thick lines, the Okabe–Ito palette; interruption and permission keep
    distinct line styles and markers.
    """
    check_bool("on", on)
    _state["projector"] = on


def is_projector() -> bool:
    """True when projector style is on."""
    return _state["projector"]


def rc() -> dict:
    """The matplotlib rcParams of the current course style."""
    return dict(_PROJECTOR_RC if _state["projector"] else _NORMAL_RC)


@contextmanager
def course_style():
    """Context manager applying the course style while a figure is built.

    The first pyplot figure of a kernel sets up the inline backend, which switches
    interactive mode on; ``rc_context`` would switch it off again on exit, and later
    figures would not be shown. So the interactive flag set inside is kept.
    """
    with mpl.rc_context(rc()):
        yield
        interactive = mpl.is_interactive()
    mpl.interactive(interactive)

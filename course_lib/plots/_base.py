"""Shared pieces of the course figures: the View base class, helpers, alt text."""
from __future__ import annotations

import numpy as np
import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter

from .._validate import _err
from ..i18n import number, t
from ..style import INTERRUPTION, NEUTRAL, OKABE_ITO, PERMISSION, SERIES, course_style, rc


def _line(ax, x, y, style, label=None, markevery=None, **kw):
    st = dict(style)
    if markevery is None:
        st.pop("marker", None)
    (line,) = ax.plot(x, y, label=label, markevery=markevery, **st, **kw)
    return line


def _new_ax(ax: Axes | None) -> Axes:
    if ax is not None:
        if not isinstance(ax, Axes):
            raise _err("ax", type=type(ax).__name__)
        return ax
    with course_style():
        fig = plt.figure(layout="constrained")
        return fig.add_subplot()


def _message(ax):
    """A centred text artist for 'impossible combination' messages (empty by default)."""
    return ax.text(
        0.5, 0.55, "", transform=ax.transAxes, ha="center", va="center", wrap=True,
        fontsize=rc()["axes.titlesize"], color=OKABE_ITO["vermillion"],
        bbox={"boxstyle": "round", "facecolor": "white", "edgecolor": OKABE_ITO["vermillion"]},
        zorder=10,
    )


def _kv_note(ax, x, y, labels, gap=0.01):
    """Static labels (drawn once, in the background) and a dynamic text for their values.

    Only the short values change on a slider move, which keeps redrawing cheap.
    """
    fs = rc()["legend.fontsize"]
    ax.text(x, y, "\n".join(labels), transform=ax.transAxes, ha="right", va="top", fontsize=fs,
            bbox={"boxstyle": "round", "facecolor": "white", "alpha": 0.85, "edgecolor": "none"}, zorder=9)
    return ax.text(x + gap, y, "", transform=ax.transAxes, ha="left", va="top", fontsize=fs,
                   fontweight="bold", zorder=9)


def _side_legend(ax, handles=None, labels=None):
    """The legend beside the axes, top right (never over a curve, whatever the sliders do)."""
    kw = dict(loc="upper left", bbox_to_anchor=(1.02, 1.0), borderaxespad=0.0, frameon=False)
    if handles is None:
        return ax.legend(**kw)
    return ax.legend(handles, labels, **kw)


def _side_kv_note(ax, labels, y=0.0):
    """A readout beside the axes, bottom right, under a side legend: static labels (drawn once, in
    the background) and, just right of them, a dynamic text for their values (returned).

    The values are placed against the labels' box (an annotation), so they never overlap the labels
    whatever the language; only the short values change on a slider move.
    """
    fs = rc()["legend.fontsize"]
    labels_text = ax.text(1.02, y, "\n".join(labels), transform=ax.transAxes, ha="left", va="bottom", fontsize=fs)
    return ax.annotate("", xy=(1.0, 0.0), xycoords=labels_text, xytext=(0.4 * fs, 0.0), textcoords="offset points",
                       ha="left", va="bottom", fontsize=fs, fontweight="bold", annotation_clip=False)


def _reserve_room(ax, text, x=1.02, y=0.0, fontsize=None):
    """Room beside the axes for a readout as wide as ``text`` (its widest value), drawn invisibly.

    The layout is computed once, with the readout of the default values; a wider value at another
    slider position (« 29,96 » instead of « 4,02 ») would then run out of the figure. This box
    (transparent text in an offset box anchored at (x, y) in axes coordinates, lower left) makes the
    layout engine keep that room. It is not an ``ax.texts`` entry, so alt text and readouts ignore it.
    """
    from matplotlib.offsetbox import AnchoredOffsetbox, TextArea

    area = TextArea(text, textprops={"alpha": 0.0, "fontsize": fontsize or rc()["legend.fontsize"]})
    box = AnchoredOffsetbox("lower left", child=area, pad=0.0, borderpad=0.0, frameon=False,
                            bbox_to_anchor=(x, y), bbox_transform=ax.transAxes)
    ax.add_artist(box)
    return box


def _text_width(renderer, text: str, prop) -> float:
    return max(renderer.get_text_width_height_descent(line, prop, ismath=False)[0] for line in text.split("\n"))


def _fit_title(ax) -> None:
    """Break the axes title into lines when it is wider than the room above the axes.

    The room is estimated before the layout is computed: the figure's width less the y axis (label
    and tick labels) on the left and what sits beside the axes on the right (a side legend, notes at
    x >= 1 in axes coordinates). A title wider than that would run over the tick labels or out of the
    figure (a long Italian or French title in projector style). Two lines: after a colon when both
    lines fit, else after a dash or semicolon, else after a comma, else where the longest line is
    shortest. Only ordinary spaces break (the French non-breaking spaces before « : » stay).
    """
    title = ax.title
    text = title.get_text()
    if not text or "\n" in text:
        return
    fig = ax.figure
    renderer = fig._get_renderer()
    prop = title.get_fontproperties()
    width = fig.bbox.width
    tick_prop = ax.yaxis.get_ticklabels()[0].get_fontproperties() if ax.yaxis.get_ticklabels() else prop
    label_h = renderer.get_text_width_height_descent("Ag", ax.yaxis.label.get_fontproperties(), ismath=False)[1]
    left = 1.6 * label_h + _text_width(renderer, "100\u00a0%", tick_prop) + 20.0
    side = 0.0
    legend = ax.get_legend()
    if legend is not None and legend.get_bbox_to_anchor().x0 >= ax.bbox.x1 - 1:
        side = legend.get_window_extent(renderer).width
    for tx in ax.texts:
        if tx.get_transform() == ax.transAxes and tx.get_position()[0] >= 1.0 and tx.get_text():
            side = max(side, _text_width(renderer, tx.get_text(), tx.get_fontproperties()))
    room = width - left - (side + 0.03 * width if side else 0.0) - 0.02 * width
    if _text_width(renderer, text, prop) <= room:
        return
    words = text.split(" ")
    splits = []
    for i in range(1, len(words)):
        first, second = " ".join(words[:i]), " ".join(words[i:])
        longest = max(_text_width(renderer, first, prop), _text_width(renderer, second, prop))
        rank = {":": 0, "\u2013": 1, "\u2014": 1, ";": 1, ",": 2}.get(first[-1], 3)
        splits.append((rank if longest <= room else 4, longest, first + "\n" + second))
    if splits:  # a break after a colon that fits, else a dash or comma, else the most balanced
        title.set_text(min(splits)[2])


def PercentFormatter(scale: float = 1.0):  # noqa: N802 - mirrors matplotlib's name
    """Percent tick labels with a decimal comma and the non-breaking space before % (it, fr)."""

    def fmt(v, _pos):
        x = 100.0 * v / scale
        if abs(x - round(x)) < 1e-6:
            return f"{round(x):.0f}\u00a0%"
        return f"{x:.1f}\u00a0%".replace(".", ",")

    return FuncFormatter(fmt)


def _decorate(ax, key, *, xlim=None, ylim=None, percent=False, legend="upper right", **title_fmt):
    """Limits, percent ticks, and the axis labels, title and legend of translation group ``key``."""
    if xlim is not None:
        ax.set_xlim(*xlim)
    if ylim is not None:
        ax.set_ylim(*ylim)
    if percent:
        ax.yaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_xlabel(t(f"{key}.xlabel"))
    ax.set_ylabel(t(f"{key}.ylabel"))
    ax.set_title(t(f"{key}.title", **title_fmt))
    if legend:
        ax.legend(loc=legend)


def _pct(v: float) -> str:
    return f"{100 * v:.0f}\u00a0%"


class View:
    """Base class: a figure whose changing parts are listed in ``dynamic``."""

    #: names of the parameters ``update`` accepts, with their defaults
    defaults: dict = {}

    def __init__(self, ax: Axes):
        self.ax = ax
        self.dynamic: list = []
        #: axes (``ax.yaxis``…) whose limits ``update`` changes often: a live demo draws them with
        #: the dynamic artists (below them), so a rescale does not redraw the whole figure; any
        #: artist placed in data coordinates of such an axis must then be in ``dynamic`` too
        self.live_axes: list = []
        self.message = None

    def update(self, **params) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def show_message(self, text: str) -> None:
        """Show ``text`` in the figure (or hide the message with "")."""
        if self.message is not None:
            self.message.set_text(text)
            self.message.set_visible(bool(text))


def _draw(view_cls, ax, **params):
    ax = _new_ax(ax)
    with course_style():
        view = view_cls(ax)
        view.update(**{**view_cls.defaults, **params})
    return ax




def set_alt(ax: Axes, key: str, **fmt) -> Axes:
    """Attach alt text (translation key ``key``, formatted with ``fmt``) to ``ax``'s figure.

    The notebook's image output then carries it (``metadata["image/png"]["alt"]``), so an
    HTML export, the course website and a screen reader describe the chart. Every course figure
    calls this; the text describes what the chart shows, in the notebook's language.
    """
    ax.figure._course_alt = t(key, **fmt)
    return ax


def _fallback_alt(fig) -> str:
    parts = []
    for ax in fig.axes:
        title = ax.get_title().replace("\n", " ").strip()
        x, y = ax.get_xlabel().strip(), ax.get_ylabel().strip()
        if title or x or y:
            parts.append(t("alt.generic", title=title or "—", x=x or "—", y=y or "—"))
    return " ".join(parts) or t("alt.empty")


def install_alt_text() -> bool:
    """In IPython, make every displayed matplotlib figure carry its alt text.

    Wraps the PNG display formatter of :class:`matplotlib.figure.Figure` (the inline backend's)
    so that it also returns ``{"alt": ...}`` metadata: the figure's own text set by
    :func:`set_alt`, or one made from its title and axis labels. Returns True when installed.
    """
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is installed with the course
        return False
    ip = get_ipython()
    if ip is None:
        return False
    from matplotlib.figure import Figure

    plt._get_backend_mod()  # load the backend now (it registers its formatters), so that it does not replace ours later
    png = ip.display_formatter.formatters["image/png"]
    try:
        current = png.lookup_by_type(Figure)
    except KeyError:
        return False
    if getattr(current, "_course_alt_wrapper", False):
        return True

    def png_with_alt(fig):
        data = current(fig)
        if data is None:
            return None
        if isinstance(data, tuple):
            data, md = data
        else:
            md = {}
        alt = getattr(fig, "_course_alt", None) or _fallback_alt(fig)
        return data, {**(md or {}), "alt": alt}

    png_with_alt._course_alt_wrapper = True
    png.for_type(Figure, png_with_alt)
    return True

"""Slider demos for the classroom: one call per notebook cell, three faces.

* **Live** (JupyterLab, Voilà): the figure is built once and shown as two stacked layers in one
  CSS grid cell (:attr:`Demo.chart`): below, the static background (axes, labels, legend) as an
  ``ipywidgets.Image`` PNG drawn by Agg, sent again only when an axis rescales; above, the view's
  ``dynamic`` artists as a small SVG in an ``ipywidgets.HTML`` (:mod:`course_lib._svgframe`: the
  artists draw themselves through a recording renderer, with Agg's text layout, so the browser
  draws exactly what Agg would, from a few kB and with nothing to decode). On each slider move
  only that SVG is written and sent. Nothing is cleared or re-displayed, so there is no flicker.
  Slider events that arrive while a frame is being drawn are coalesced: only the latest values
  are drawn.
* **Static**: the demo's rich output also carries an ordinary ``image/png`` of the figure
  at its default values (Agg draws the background and the dynamic artists, :meth:`Demo.frame`).
  GitHub, nbviewer and an HTML export, which have no kernel and no widget state, show that image.
* **Projector**: :func:`course_lib.style.use_projector_style` before the demo makes every
  figure large-font and thick-lined.

Invalid slider combinations never raise: the view shows a message inside the figure.
"""
from __future__ import annotations

import base64
import contextlib
import functools
import html
import os
import struct
import zlib
from dataclasses import dataclass

import numpy as np
import ipywidgets as widgets
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from . import plots
from ._svgframe import SVGRecorder, font_face_css
from ._validate import _err, check_int, check_real
from .i18n import t
from .style import course_style, is_projector, rc

__all__ = ["Slider", "Demo", "attention_demo", "escalation_demo", "two_factor_demo", "fatigue_demo", "DEMOS",
           "encode_png"]


_ZLIB_HEADER = b"\x78\x01"  # deflate, 32 kB window (any level decodes the same)
_FINAL_BLOCK = b"\x03\x00"  # an empty final block with fixed codes: ends a stream of sync-flushed segments
_MIN_BLANK_RUN = 4  # shorter runs of blank rows are compressed with their neighbours


def _png(w: int, h: int, idat: bytes) -> bytes:
    def chunk(tag: bytes, payload: bytes) -> bytes:
        return (struct.pack(">I", len(payload)) + tag + payload
                + struct.pack(">I", zlib.crc32(tag + payload) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)  # 8-bit RGBA, straight (non-premultiplied) alpha
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@functools.lru_cache(maxsize=256)
def _zeros_deflated(n: int) -> bytes:
    """n zero bytes as a raw deflate segment (sync-flushed, not final): a few hundred bytes."""
    co = zlib.compressobj(1, zlib.DEFLATED, -15)
    return co.compress(bytes(n)) + co.flush(zlib.Z_SYNC_FLUSH)


def _adler32_combine(a: int, b: int, len_b: int) -> int:
    """Adler-32 of A+B from those of A and B (zlib's adler32_combine)."""
    s1a, s2a, s1b, s2b = a & 0xFFFF, a >> 16, b & 0xFFFF, b >> 16
    s1 = (s1a + s1b - 1) % 65521
    s2 = (s2a + s2b + len_b * (s1a - 1)) % 65521
    return (s2 << 16) | s1


def _deflate_rows(flat: np.ndarray, a: int, b: int, filter_type: int, level: int,
                  strategy: int) -> tuple[bytes, int, int]:
    """Rows a..b of the image's RGBA bytes, PNG-filtered: (sync-flushed raw deflate segment, Adler-32, length)."""
    rows = flat[a:b]
    n, width = rows.shape
    raw = np.empty((n, width + 1), dtype=np.uint8)
    raw[:, 0] = filter_type
    if filter_type == 0:  # None
        raw[:, 1:] = rows
    elif filter_type == 1:  # Sub: each byte minus the same channel of the pixel on its left
        raw[:, 1:5] = rows[:, :4]
        np.subtract(rows[:, 4:], rows[:, :-4], out=raw[:, 5:])
    else:  # Up: each byte minus the same byte of the row above (the image's, even across pieces)
        np.subtract(rows[0], flat[a - 1] if a > 0 else 0, out=raw[0, 1:], casting="unsafe")
        np.subtract(rows[1:], rows[:-1], out=raw[1:, 1:])
    co = zlib.compressobj(level, zlib.DEFLATED, -15, 8, strategy)
    return co.compress(raw) + co.flush(zlib.Z_SYNC_FLUSH), zlib.adler32(raw), raw.size


_POOL = None
_PARALLEL_BYTES = 400_000  # content larger than this is compressed in two halves, on two threads


def _pool():
    global _POOL
    if _POOL is None:
        from concurrent.futures import ThreadPoolExecutor

        _POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="course-png")
    return _POOL


def encode_png(rgba: np.ndarray, level: int = 1, filter_type: int = 0, strategy: int = zlib.Z_DEFAULT_STRATEGY) -> bytes:
    """Encode an (H, W, 4) uint8 RGBA array (straight alpha, as Agg draws it) as PNG, fast.

    Every row uses one PNG filter (``filter_type``: 0 None, 1 Sub, 2 Up, computed with numpy)
    and zlib at a low level: for flat-coloured charts this is several times faster than a
    general encoder, at a similar file size (the background layer, the static image and the
    website's frames use it). Runs of rows that are entirely zero (fully transparent) are not
    compressed again: their deflate segment is cached by length and their Adler-32 is updated in closed
    form, so the time goes to the rows that hold something; large runs of those are compressed
    in two halves on two threads (zlib releases the GIL). The output is an ordinary PNG (one
    zlib stream of sync-flushed segments) that every decoder reads.
    """
    rgba = np.ascontiguousarray(rgba, dtype=np.uint8)
    if rgba.ndim != 3 or rgba.shape[2] != 4 or 0 in rgba.shape[:2]:
        raise _err("rgba_shape", name="rgba", shape=rgba.shape)
    check_int("level", level, low=0, high=9)
    check_int("filter_type", filter_type, low=0, high=2)
    h, w = rgba.shape[:2]
    stride = w * 4 + 1
    flat = rgba.reshape(h, w * 4)
    blank = ~flat.view(np.uint32).any(axis=1)
    # runs of equal blankness: [start, stop) with their kind; short blank runs join the content
    edges = np.flatnonzero(np.diff(blank.astype(np.int8))) + 1
    runs = []
    for a, b in zip([0, *edges.tolist()], [*edges.tolist(), h]):
        is_blank = bool(blank[a]) and b - a >= _MIN_BLANK_RUN
        if runs and not runs[-1][2] and not is_blank:
            runs[-1][1] = b  # merge with the previous content run
        else:
            runs.append([a, b, is_blank])
    # content runs, halved when large, compressed (in parallel when there are several cores)
    pieces = []
    for a, b, is_blank in runs:
        if not is_blank and (b - a) * stride > _PARALLEL_BYTES and b - a >= 2:
            m = (a + b) // 2
            pieces += [(a, m, False), (m, b, False)]
        else:
            pieces.append((a, b, is_blank))
    content = [(a, b) for a, b, is_blank in pieces if not is_blank]
    if len(content) > 1 and (os.cpu_count() or 1) > 1:
        done = dict(zip(content, _pool().map(
            lambda ab: _deflate_rows(flat, ab[0], ab[1], filter_type, level, strategy), content)))
    else:
        done = {ab: _deflate_rows(flat, ab[0], ab[1], filter_type, level, strategy) for ab in content}
    parts, adler = [_ZLIB_HEADER], 1
    for a, b, is_blank in pieces:
        if is_blank:
            n = (b - a) * stride
            parts.append(_zeros_deflated(n))
            s1, s2 = adler & 0xFFFF, adler >> 16  # Adler-32 after n zero bytes, in closed form
            adler = (((s2 + n * s1) % 65521) << 16) | s1
        else:
            segment, adler_b, n = done[(a, b)]
            parts.append(segment)
            adler = _adler32_combine(adler, adler_b, n)
    parts.append(_FINAL_BLOCK + struct.pack(">I", adler))
    return _png(w, h, b"".join(parts))


@dataclass(frozen=True)
class Slider:
    """One slider: parameter name, translation key of its label, range, step and default."""

    name: str
    label: str
    low: float
    high: float
    step: float
    default: float
    integer: bool = False
    fmt: str = ".2f"

    def grid(self) -> list:
        """Every position of the slider, low to high (floats rounded to the step's decimals)."""
        k = int(round((self.high - self.low) / self.step))
        if self.integer:
            return [int(round(self.low + i * self.step)) for i in range(k + 1)]
        return [round(self.low + i * self.step, 10) for i in range(k + 1)]

    def decimals(self) -> int:
        return int(self.fmt.strip(".f") or 2)

    def make(self) -> widgets.Widget:
        """The slider widget. Its label is shown beside it by :meth:`row` (wrapped, never cut off);
        float values are read out with the decimal comma of the notebook's language."""
        from .i18n import number

        layout = widgets.Layout(width="100%", min_width="12em")
        if self.integer:
            return widgets.IntSlider(min=self.low, max=self.high, step=self.step, value=self.default,
                                     description="", description_allow_html=False, tooltip=t(self.label),
                                     continuous_update=True, layout=layout)
        grid = self.grid()
        value = min(grid, key=lambda g: abs(g - self.default))
        return widgets.SelectionSlider(
            options=[(number(g, self.decimals()), g) for g in grid], value=value, description="",
            tooltip=t(self.label), continuous_update=True, layout=layout,
            # a value computed elsewhere (0.9000000000000001) is the grid's 0,90
            equals=lambda a, b: abs(float(a) - float(b)) < 1e-9 * max(1.0, abs(float(b))),
        )

    def row(self, slider: widgets.Widget) -> widgets.Widget:
        """The slider with its label on the left; the label wraps instead of being truncated."""
        from .style import is_projector

        text = html.escape(t(self.label))
        if is_projector():
            # projector: the label on its own line above a full-width track (the controls sit beside
            # the chart), large enough for the back of the room; it wraps, never cut off
            label = widgets.HTML(
                value=f'<span class="course-label" style="font-size:max(1.4em, 2.6vh);line-height:1.2;'
                      f'white-space:normal;font-weight:600">{text}</span>',
                layout=widgets.Layout(width="100%", height="auto", margin="0.5em 0 0 0"))
            return widgets.VBox([label, slider], layout=widgets.Layout(width="100%"))
        label = widgets.HTML(
            value=f'<span class="course-label" style="font-size:1em;line-height:1.25;white-space:normal">{text}</span>',
            layout=widgets.Layout(width="34%", min_width="9em", height="auto"))
        return widgets.HBox([label, slider], layout=widgets.Layout(width="100%", align_items="center"))


class Demo:
    """A live figure driven by sliders, with a static image for kernel-less readers.

    Parameters
    ----------
    view_cls : type
        A :class:`course_lib.plots.View` subclass (draws the figure, updates ``dynamic`` artists).
    sliders : list of Slider
        The controls; their names are the keyword arguments of ``view_cls.update``.
    fixed : dict
        Further keyword arguments of ``update`` that have no slider.
    """

    def __init__(self, view_cls, sliders, fixed=None, title_key=None):
        self.view_cls = view_cls
        self.specs = list(sliders)
        self.fixed = dict(fixed or {})
        with course_style():
            style = rc()
            self.figure = Figure(figsize=style["figure.figsize"], dpi=style["figure.dpi"], layout="constrained")
            self.canvas = FigureCanvasAgg(self.figure)
            ax = self.figure.add_subplot()
            self.view = view_cls(ax)
        for artist in [*self.view.live_axes, *self.view.dynamic]:
            artist.set_animated(True)  # not in the background layer
        self.title = getattr(self.view, "title", None) or ax.get_title()  # a view of several panels names itself
        self.sliders = {s.name: s.make() for s in self.specs}
        self._dirty = False  # slider values changed since the overlay was last drawn
        self._drawing = False  # a frame is being drawn (a change arriving now is coalesced)
        self._held = 0  # > 0 inside :meth:`hold`: changes are drawn once, when it ends
        self._render_params(self.params())
        self._draw_background()
        width, height = self.canvas.get_width_height()
        #: records the dynamic artists as SVG (text measured by this canvas' Agg renderer)
        self._svg = SVGRecorder(self.canvas.get_renderer(), width, height, self.figure.dpi)
        self._axis_svg = {}  # id(live axis) -> (its limits and place, its SVG)
        cell = dict(grid_area="frame", width="100%", height="auto", margin="0")
        #: the static layer (axes, labels, legend), opaque; sent again only when an axis rescales
        self.background = widgets.Image(value=self._background_png, format="png", layout=widgets.Layout(**cell))
        self.background.add_class("course-frame-background")
        #: the layer with the dynamic artists, an SVG written on every slider move; first in the DOM
        #: and painted above the background (CSS ``order``)
        self.overlay = widgets.HTML(value=self._overlay_svg(), layout=widgets.Layout(order="1", **cell))
        self.overlay.add_class("course-frame")
        #: the SVG definitions the frames refer to (clips, markers, hatches): sent when one is added
        self.defs = widgets.HTML(value=self._svg.defs_svg(), layout=widgets.Layout(**_NO_SIZE))
        self.static_png = self.frame()
        for w in self.sliders.values():
            w.observe(self._on_change, names="value")
        self.rows = [spec.row(self.sliders[spec.name]) for spec in self.specs]
        #: the widget that shows the chart (placed by :meth:`_layout`): the layers stacked in one grid
        #: cell, with the page's styles (the embedded font) and the frames' definitions
        self.chart = widgets.GridBox(
            [self.overlay, self.background, self.defs, _page_style()],
            layout=widgets.Layout(grid_template_areas='"frame"', grid_template_columns="100%",
                                  width="100%", max_width=f"{width}px"))
        self.widget = self._layout()

    def _layout(self) -> widgets.Widget:
        """Controls and chart in one box.

        Normal: the sliders above the chart. Projector: the whole demo is sized for a projected
        screen (1280×720 up): large labels, readouts and handles in a column beside the chart,
        and a chart as wide as the screen allows while the demo stays within the window's height
        (no scrolling inside one demo); on a narrow window the controls wrap above the chart.
        """
        if not is_projector():
            controls = widgets.VBox(self.rows, layout=widgets.Layout(width="100%", max_width="60em"))
            return widgets.VBox([controls, self.chart], layout=widgets.Layout(width="100%"))
        w, h = self.canvas.get_width_height()
        controls = widgets.VBox(self.rows, layout=widgets.Layout(
            flex="0 1 30%", min_width="15em", max_width="32vw", justify_content="center", margin="0 1em 0 0"))
        controls.add_class("course-controls")
        # the chart's width follows the window's height: a demo never needs scrolling
        self.chart.layout.flex = "1 1 0%"
        self.chart.layout.min_width = "20em"
        self.chart.layout.width = "auto"
        self.chart.layout.max_width = f"calc((100vh - {PROJECTOR_MARGIN}) * {w} / {h})"
        row = widgets.HBox([controls, self.chart], layout=widgets.Layout(
            width="100%", align_items="center", flex_flow="row wrap"))
        box = widgets.VBox([widgets.HTML(PROJECTOR_CSS, layout=widgets.Layout(height="0px", margin="0")), row],
                           layout=widgets.Layout(width="100%"))
        box.add_class("course-projector")
        return box

    # --- state -------------------------------------------------------------------------------
    def params(self) -> dict:
        """Current parameter values (sliders plus fixed)."""
        return {**self.fixed, **{name: w.value for name, w in self.sliders.items()}}

    def set(self, **values) -> None:
        """Move sliders programmatically, as a front end does; the frame is drawn once, at the end."""
        for name in values:
            if name not in self.sliders:
                raise _err("choice", name="name", choices=repr(sorted(self.sliders)), value=repr(name))
        with self.hold():
            for name, value in values.items():
                self.sliders[name].value = value

    @contextlib.contextmanager
    def hold(self):
        """Within this block, slider changes are only recorded; the latest values are drawn once at its end."""
        self._held += 1
        try:
            yield self
        finally:
            self._held -= 1
            if not self._held and self._dirty:
                self._flush()

    # --- rendering -----------------------------------------------------------------------------
    def _render_params(self, params) -> bool:
        """Update the view; return True when its axes changed and a full redraw is needed."""
        try:
            self.view.show_message("")
            for a in self.view.dynamic:
                a.set_visible(True)
            # a rescale of a live axis (drawn with the dynamic artists) leaves the background as it is
            rescaled = bool(self.view.update(**params)) and not self.view.live_axes
            if self.view.message is not None:
                self.view.message.set_visible(bool(self.view.message.get_text()))
        except ValueError as err:  # an impossible combination: say so in the figure, never a traceback
            for a in self.view.dynamic:
                a.set_visible(False)
            if self.view.message is None:
                self.view.message = plots._message(self.view.ax)
                self.view.message.set_animated(True)
                self.view.dynamic.append(self.view.message)
            self.view.message.set_text(t("demo.invalid", error=str(err)))
            self.view.message.set_visible(True)
            return False
        return rescaled

    def _draw_background(self) -> None:
        """Full draw (axes, labels, legend, not the animated artists): the background layer."""
        self.canvas.draw()
        self.figure.set_layout_engine("none")  # freeze the layout so every frame has the same geometry
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        self._background_png = encode_png(np.asarray(self.canvas.buffer_rgba()))

    def _overlay_svg(self) -> str:
        """The dynamic artists at the current values, as the SVG of the live layer."""
        self._svg.begin()
        for axis in self.view.live_axes:
            # a live axis looks the same as long as its limits and place do: drawn again only then
            key = (tuple(axis.axes.viewLim.bounds), tuple(axis.axes.bbox.bounds))
            if self._axis_svg.get(id(axis), (None,))[0] == key:
                self._svg.add(self._axis_svg[id(axis)][1])
                continue
            mark = self._svg.mark()
            axis.draw(self._svg)
            self._axis_svg[id(axis)] = (key, self._svg.since(mark))
        for artist in self.view.dynamic:
            artist.draw(self._svg)
        return self._svg.svg()

    def frame(self) -> bytes:
        """The whole figure at the current values as one PNG (the background with the dynamic
        artists drawn over it): the image of kernel-less readers, the website and the tests."""
        self.canvas.restore_region(self._background)
        for artist in [*self.view.live_axes, *self.view.dynamic]:
            self.figure.draw_artist(artist)
        return encode_png(np.asarray(self.canvas.buffer_rgba()))

    def _on_change(self, change) -> None:
        self._dirty = True
        if not self._held:
            self._flush()

    def _flush(self) -> None:
        """Draw the latest values, never a stale frame.

        How events arrive: the front end keeps at most one update of a slider in flight and
        merges the presses made meanwhile into one buffered update, sent when the kernel reports
        idle (after this frame has been sent); ipykernel 7 runs each comm message's handler, and
        so this observer, to the end on the main thread, one message after the other, except
        that a comm message arriving while an async cell holds the shell is dispatched
        concurrently. A change that arrives while a frame is being drawn (that case, or an
        observer or view moving another slider) only marks the state dirty: the loop draws once
        more with the values as they are then, and the frame of the older values is not sent."""
        if self._drawing:
            return
        self._drawing = True
        try:
            while self._dirty:
                self._dirty = False
                if self._render_params(self.params()):
                    # an axis was rescaled (rare): redraw and re-send the background layer once
                    self._draw_background()
                    self.background.value = self._background_png
                svg = self._overlay_svg()
                if self._svg.defs_changed:  # a new clip, marker or hatch: before the frame using it
                    self.defs.value = self._svg.defs_svg()
                if not self._dirty:  # otherwise a newer state is waiting: skip this frame
                    self.overlay.value = svg
        finally:
            self._drawing = False

    # --- display -------------------------------------------------------------------------------
    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = self.widget._repr_mimebundle_(include=include, exclude=exclude) or {}
        bundle = dict(bundle)
        bundle["image/png"] = base64.b64encode(self.static_png).decode("ascii")
        alt = self.alt_text()
        bundle["text/plain"] = alt
        return bundle, {"image/png": {"alt": alt}}

    def alt_text(self) -> str:
        """What the static image shows, for a reader who cannot see it: the title, the axes, the
        curves, the values the figure writes, and the slider positions."""
        from .i18n import number

        ax = self.view.ax
        parts = [t("demo.static_alt", title=self.title.replace("\n", " "))]
        axes = [a for a in self.figure.axes if a.get_visible()]
        for a in axes:
            panel = a.get_title().replace("\n", " ").strip()
            if len(axes) > 1 and panel and panel != self.title.replace("\n", " ").strip():
                parts.append(t("demo.alt_panel", title=panel))
            x, y = a.get_xlabel().strip(), a.get_ylabel().strip()
            if (x or y) and t("demo.alt_axes", x=x or "—", y=y or "—") not in parts:
                parts.append(t("demo.alt_axes", x=x or "—", y=y or "—"))
            legend = a.get_legend()
            if legend is not None:
                names = [" ".join(tx.get_text().split()) for tx in legend.get_texts() if tx.get_text()]
                if names:
                    parts.append(t("demo.alt_series", series=t("demo.alt_sep").join(names)))
        texts = [tx.get_text().strip().splitlines() for a in axes for tx in a.texts
                 if tx.get_visible() and tx.get_text().strip()]
        shown, used = [], set()
        for i, lines in enumerate(texts):  # a column of labels ("tu:") beside a column of values
            if i in used:
                continue
            if all(line.rstrip().endswith(":") for line in lines):
                j = next((j for j in range(i + 1, len(texts)) if j not in used and len(texts[j]) == len(lines)), None)
                if j is not None:
                    used.add(j)
                    shown += [f"{a} {b.strip()}" for a, b in zip(lines, texts[j])]
                    continue
            shown.append(" ".join(" ".join(lines).split()))
        if shown:
            parts.append(t("demo.alt_values", values=t("demo.alt_sep").join(shown)))
        settings = []
        for spec in self.specs:
            v = self.sliders[spec.name].value
            settings.append(f"{t(spec.label)} = {v if spec.integer else number(v, spec.decimals())}")
        parts.append(t("demo.alt_sliders", sliders=t("demo.alt_sep").join(settings)))
        del ax
        return " ".join(p.rstrip(".") + "." for p in parts)

    def __repr__(self) -> str:
        return self.alt_text()


_PAGE_STYLE = None
#: the layout of the chart's invisible parts (its styles, the frames' SVG definitions): in the grid cell, no room
_NO_SIZE = dict(grid_area="frame", width="0px", height="0px", margin="0", overflow="hidden")


def _page_style() -> widgets.HTML:
    """One widget for every demo of a kernel: the embedded font of the live text and the styles
    that let an SVG layer fill its grid cell (stored once in a notebook's widget state)."""
    global _PAGE_STYLE
    if _PAGE_STYLE is not None and _PAGE_STYLE.comm is not None:  # not closed
        return _PAGE_STYLE
    css = font_face_css() + """
.course-frame { pointer-events: none; }
.course-frame .widget-html-content { line-height: 0 !important; height: auto !important; width: 100%;
  align-self: stretch; overflow: visible; }"""
    _PAGE_STYLE = widgets.HTML(f"<style>{css}</style>", layout=widgets.Layout(**_NO_SIZE))
    return _PAGE_STYLE


#: vertical room kept around a projected chart (the page's padding and the chart's margins)
PROJECTOR_MARGIN = "3em"

#: styles of a demo in projector mode (labels, readouts and handles large enough for the back of a room)
PROJECTOR_CSS = """<style>
.course-projector .widget-readout { font-size: max(1.6em, 2.8vh) !important; min-width: 4em; font-weight: 600;
  line-height: 1.6em !important; height: auto !important; overflow: visible !important; }
.course-projector .widget-slider { height: 2.8em !important; }
.course-projector .widget-slider .noUi-handle { width: 28px !important; height: 28px !important; top: -11px !important;
  border-radius: 50% !important; }
.course-projector .widget-slider .noUi-base, .course-projector .widget-slider .noUi-target { height: 7px !important; }
.course-projector .widget-html-content { height: auto !important; line-height: 1.2 !important; }
</style>"""


# ------------------------------------------------------------------------------------------------
# The course's demos
# ------------------------------------------------------------------------------------------------
def attention_demo(n_advertisers=4, own_effort=2.0, rivals_effort=2.0, outside=4.0) -> Demo:
    """Lesson 01: share of attention with competing advertisers and an outside option."""
    return Demo(plots.AttentionView, [
        Slider("n_advertisers", "slider.n_advertisers", 1, 12, 1, n_advertisers, integer=True),
        Slider("own_effort", "slider.own_effort", 0.0, 10.0, 0.5, own_effort, fmt=".1f"),
        Slider("rivals_effort", "slider.rivals_effort", 0.0, 10.0, 0.5, rivals_effort, fmt=".1f"),
        Slider("outside", "slider.outside", 0.0, 10.0, 0.5, outside, fmt=".1f"),
    ], fixed={"gamma": 1.0})


def escalation_demo(n_advertisers=4, gamma=1.0) -> Demo:
    """Lesson 02: equilibrium spending as the number of advertisers and γ change.

    The γ slider shows its value with a decimal comma ("1,25"): it is a selection slider over
    the grid 0,50 … 2,00 in steps of 0,05, whose values are the floats themselves.
    Above γ = n/(n-1) the figure says so and gives advice that works (tests check it).
    """
    return Demo(plots.EscalationView, [
        Slider("n_advertisers", "slider.n_advertisers", 2, 12, 1, n_advertisers, integer=True),
        Slider("gamma", "slider.gamma", 0.5, 2.0, 0.05, gamma),
    ], fixed={"prize": 100.0})


def two_factor_demo(learn=1.0, rate=0.8, tedium=0.08) -> Demo:
    """Lesson 03: learning and tedium of a repeated message, its optimum, and the wear-in and wear-out phases.

    Every slider position draws every curve inside the axes (the y range follows A and c in
    whole steps), with the legend and readout beside the axes.
    """
    return Demo(plots.TwoFactorView, [
        Slider("learn", "slider.learn", 0.5, 2.0, 0.1, learn, fmt=".1f"),
        Slider("rate", "slider.rate", 0.1, 2.0, 0.1, rate, fmt=".1f"),
        Slider("tedium", "slider.tedium", 0.01, 0.30, 0.01, tedium),
    ])


def fatigue_demo(calls_per_month=4, retention=0.6, tolerance=4.0) -> Demo:
    """Lesson 04: calls per month, recovery and tolerance -> acceptances and opt-outs in a year.

    The population model (heterogeneous recovery ρᵢ and tolerance thresholds τᵢ) is described
    in :class:`course_lib.plots.FatigueCampaignView`; its purchase rates are calibrated to the
    order of the UCI bank campaign (about 12 % at the default values).
    """
    check_real("retention", retention, low=0.0, high=0.95)
    return Demo(plots.FatigueCampaignView, [
        Slider("calls_per_month", "slider.calls_per_month", 1, 12, 1, calls_per_month, integer=True),
        Slider("retention", "slider.retention", 0.0, 0.95, 0.05, retention),
        Slider("tolerance", "slider.tolerance", 1.0, 10.0, 0.5, tolerance, fmt=".1f"),
    ])


#: every demo of the course, by name (the gallery, the benchmark and the tests use this list)
DEMOS = {
    "attention": attention_demo,
    "escalation": escalation_demo,
    "two_factor": two_factor_demo,
    "fatigue": fatigue_demo,
}


def permission_demo(sends_per_week=1.0, relevance=0.5) -> Demo:
    """Lesson 06: sends per week and relevance -> responses in a year, list at year end,
    engagement per send and the optimal frequency (a permission list with 100 opt-ins a week)."""
    return Demo(plots.SendingFrequencyView, [
        Slider("sends_per_week", "slider.sends_per_week", 0.0, 7.0, 0.25, sends_per_week),
        Slider("relevance", "slider.relevance", 0.1, 1.0, 0.1, relevance, fmt=".1f"),
    ])


DEMOS["permission"] = permission_demo
__all__.append("permission_demo")


def consent_demo(consent_pct=10, opposition_pct=30, response_consenting_permille=50,
                 response_other_permille=5) -> Demo:
    """Lesson 07: consent share and response rates -> contacts, responses and complaints, opt-out vs opt-in.

    Sliders in whole units (percent of the population, responses per 1,000 contacts), so that
    every readout is an integer; the counts and net values are written with the thousands
    separator and the decimal comma of the notebook's language.
    """
    return Demo(plots.ConsentView, [
        Slider("consent_pct", "slider.consent_pct", 0, 100, 5, consent_pct, integer=True),
        Slider("opposition_pct", "slider.opposition_pct", 0, 100, 5, opposition_pct, integer=True),
        Slider("response_consenting_permille", "slider.response_consenting_permille", 0, 200, 5,
               response_consenting_permille, integer=True),
        Slider("response_other_permille", "slider.response_other_permille", 0, 50, 1,
               response_other_permille, integer=True),
    ])


__all__.append("consent_demo")
DEMOS["consent"] = consent_demo


def cultivation_demo(budget=10, share=50) -> Demo:
    """Lesson 08: a monthly budget split between interruption (acquisition) and permission
    (cultivation) -> customers and value over three years."""
    from .plots.cultivation import BUDGET_MAX_K

    budget = check_int("budget", budget, low=0, high=BUDGET_MAX_K)
    share = check_int("share", share, low=0, high=100)
    return Demo(plots.CultivationView, [
        Slider("budget", "slider.cult_budget", 0, BUDGET_MAX_K, 1, budget, integer=True),
        Slider("share", "slider.cult_share", 0, 100, 5, share, integer=True),
    ])


DEMOS["cultivation"] = cultivation_demo
__all__.append("cultivation_demo")


def targeting_demo(precision_pct=60, relevance_pct=50) -> Demo:
    """Lesson 05: targeting precision and message relevance -> responses, annoyed people and
    cost per response, for a mass and a targeted campaign with the same budget."""
    return Demo(plots.TargetingView, [
        Slider("precision_pct", "slider.precision_pct", 10, 100, 5, precision_pct, integer=True),
        Slider("relevance_pct", "slider.relevance_pct", 0, 100, 10, relevance_pct, integer=True),
    ])


DEMOS["targeting"] = targeting_demo


def burst_demo(total=13, forget=0.1) -> Demo:
    """Lesson 03: the same exposures concentrated (burst) or spread over the year -> awareness."""
    return Demo(plots.BurstSpreadView, [
        Slider("total", "slider.total_exposures", 4, 26, 1, total, integer=True),
        Slider("forget", "slider.forget", 0.02, 0.5, 0.02, forget),
    ], fixed={"learn": 0.3})


DEMOS["burst"] = burst_demo
__all__.append("burst_demo")

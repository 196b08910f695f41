"""Every slider demo, at its defaults and at every corner of its slider ranges, in both languages and
both styles: no visible text box overlaps another, none leaves the figure, and every dynamic curve
stays inside its axes (issue 12, point 2: "no overlaps, tested").

What counts as a text box: the readouts and notes (``ax.texts``, ``figure.texts``; a text with a
visible frame, such as the in-figure message, counts with its frame), the axes titles and the figure's
suptitle, each legend (its whole frame), the axis labels and the tick labels that are drawn. Two boxes
may touch, not overlap. Every box lies inside the figure (1 px of tolerance, for anti-aliasing).

What counts as a curve: every visible dynamic ``Line2D``; each finite point, in display coordinates,
lies inside its axes' box (1 px of tolerance). A readout, note or legend that reaches into an axes is
also checked against every visible ``Line2D`` drawn there (of that axes or its twin, with half the line
width): no curve runs through it (a readout over a curve is unreadable on a projector). The in-figure
message is exempt: it is drawn last, in an opaque frame, over whatever is left of the curves.

A demo is rendered as a front end renders it: ``demo.set(**values)`` moves the sliders, each move
draws one frame; the boxes are then measured with the canvas renderer. Only the defaults, the corners
of the slider ranges (2^k combinations), each slider alone at a third and two thirds of its range and
six inner positions drawn with a fixed seed are rendered, so the test stays fast and deterministic.
"""
from __future__ import annotations

import itertools
import random

import matplotlib

matplotlib.use("Agg")
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from matplotlib.legend import Legend  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.text import Text  # noqa: E402

import course_lib as cl  # noqa: E402
from course_lib import demos  # noqa: E402
from course_lib.style import use_projector_style  # noqa: E402

#: tolerance in pixels for "inside the figure" and "inside the axes" (anti-aliasing, rounding)
TOL = 1.0
#: inner slider positions rendered besides the defaults, the corners and the thirds (seeded)
EXTRA = 6


def _visible(artist) -> bool:
    """Drawn: visible, and so are its axes (a hidden panel draws nothing)."""
    if not artist.get_visible():
        return False
    ax = getattr(artist, "axes", None)
    return ax is None or ax.get_visible()


def _text_box(text: Text, renderer):
    """The window extent of a text, with its frame when the frame is visible (an edge is drawn)."""
    box = text.get_window_extent(renderer)
    patch = text.get_bbox_patch()
    if patch is not None and patch.get_visible():
        edge = patch.get_edgecolor()
        if patch.get_linewidth() > 0 and edge[3] > 0:
            text.update_bbox_position_size(renderer)
            box = type(box).union([box, patch.get_window_extent(renderer)])
    return box


def _tick_labels(axis):
    """The tick labels the axis draws at its current limits (non-empty, visible)."""
    out = []
    for tick in axis._update_ticks():
        for label in (tick.label1, tick.label2):
            if label.get_visible() and label.get_text().strip():
                out.append(label)
    return out


def text_boxes(figure, renderer) -> list[tuple[str, object, object]]:
    """(description, artist, window extent) of every visible text box of ``figure``."""
    boxes = []

    def add(kind, artist, box=None):
        if isinstance(artist, Text) and not artist.get_text().strip():
            return
        if not _visible(artist):
            return
        if box is None:
            box = _text_box(artist, renderer) if isinstance(artist, Text) else artist.get_window_extent(renderer)
        if box.width <= 0 or box.height <= 0:
            return
        label = artist.get_text() if isinstance(artist, Text) else kind
        boxes.append((f"{kind} {label!r}", artist, box))

    for tx in figure.texts:  # the suptitle is one of them
        add("suptitle" if tx is figure._suptitle else "figure text", tx)
    for legend in figure.legends:
        add("figure legend", legend)
    for i, ax in enumerate(figure.axes):
        if not ax.get_visible():
            continue
        for title in (ax.title, ax._left_title, ax._right_title):
            add(f"ax{i} title", title)
        for tx in ax.texts:
            add(f"ax{i} text", tx)
        legend = ax.get_legend()
        if legend is not None:
            add(f"ax{i} legend", legend)
        for name, axis in (("x", ax.xaxis), ("y", ax.yaxis)):
            if not axis.get_visible():
                continue
            add(f"ax{i} {name}label", axis.label)
            for label in _tick_labels(axis):
                add(f"ax{i} {name}tick", label)
    return boxes


def _overlap(a, b) -> bool:
    """Strictly overlapping boxes (touching edges do not count; 0.5 px slack for rounding)."""
    return (min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5) and (min(a.y1, b.y1) - max(a.y0, b.y0) > 0.5)


def _lines(ax, dynamic):
    return [ln for ln in ax.lines if isinstance(ln, Line2D) and _visible(ln) and (dynamic is None or ln in dynamic)]


def _display_points(line) -> np.ndarray:
    xy = np.column_stack([np.asarray(line.get_xdata(), dtype=float), np.asarray(line.get_ydata(), dtype=float)])
    if xy.size == 0:
        return xy.reshape(0, 2)
    xy = xy[np.all(np.isfinite(xy), axis=1)]
    return line.get_transform().transform(xy) if len(xy) else xy.reshape(0, 2)


def _runs_through(line, box, renderer, clip) -> bool:
    """True when the drawn line (its segments, sampled every pixel, with half its width; or its
    markers, when it has no line) reaches inside ``box`` by more than 1 px."""
    pts = _display_points(line)
    if line.get_linestyle() in ("None", "", " ") or len(pts) < 2:
        inner = pts  # markers only: a marker inside the box
        marked = line.get_marker() not in ("None", "", " ", None)
        reach = renderer.points_to_pixels(line.get_markersize()) / 2 if marked else 0.0
    else:
        reach = renderer.points_to_pixels(line.get_linewidth()) / 2
        seg = np.diff(pts, axis=0)
        n = np.maximum(1, np.ceil(np.hypot(seg[:, 0], seg[:, 1])).astype(int))
        inner = np.concatenate([pts[i] + np.outer(np.linspace(0, 1, k + 1), seg[i]) for i, k in enumerate(n)])
    if len(inner) == 0:
        return False
    m = 1.0 - reach
    inside = ((inner[:, 0] > box.x0 + m) & (inner[:, 0] < box.x1 - m)
              & (inner[:, 1] > box.y0 + m) & (inner[:, 1] < box.y1 - m)
              & (inner[:, 0] >= clip.x0) & (inner[:, 0] <= clip.x1)
              & (inner[:, 1] >= clip.y0) & (inner[:, 1] <= clip.y1))
    return bool(inside.any())


def problems(demo) -> list[str]:
    """Every layout fault of the demo's current frame, in words (empty list: none)."""
    figure = demo.figure
    renderer = demo.canvas.get_renderer()
    found = []
    fig_box = figure.bbox
    boxes = text_boxes(figure, renderer)
    for desc, _artist, box in boxes:
        if (box.x0 < fig_box.x0 - TOL or box.y0 < fig_box.y0 - TOL
                or box.x1 > fig_box.x1 + TOL or box.y1 > fig_box.y1 + TOL):
            found.append(f"{desc} leaves the figure: {box.extents.round(1)} not in {fig_box.extents}")
    for (da, _a, a), (db, _b, b) in itertools.combinations(boxes, 2):
        if _overlap(a, b):
            found.append(f"{da} overlaps {db}")
    dynamic = set(demo.view.dynamic)
    for ax in figure.axes:
        if not ax.get_visible():
            continue
        frame = ax.bbox
        for line in _lines(ax, dynamic):
            pts = _display_points(line)
            out = ((pts[:, 0] < frame.x0 - TOL) | (pts[:, 0] > frame.x1 + TOL)
                   | (pts[:, 1] < frame.y0 - TOL) | (pts[:, 1] > frame.y1 + TOL))
            if out.any():
                found.append(f"curve {line.get_label()!r} leaves its axes at {int(out.sum())} point(s)")
    # readouts, notes and legends of any axes against the curves of every axes drawn under them
    # (a twin axes shares the area of its host); a curve is clipped to its own axes
    notes = [(desc, box) for desc, artist, box in boxes if artist is not demo.view.message
             and (isinstance(artist, Legend) or any(artist in ax.texts for ax in figure.axes))]
    for ax in figure.axes:
        if not ax.get_visible():
            continue
        lines = _lines(ax, None)
        for desc, box in notes:
            if not _overlap(box, ax.bbox):
                continue  # beside these axes: none of their curves there
            for line in lines:
                if _runs_through(line, box, renderer, ax.bbox):
                    found.append(f"curve {line.get_label()!r} runs through {desc}")
    return found


def corners(demo) -> list[dict]:
    """The defaults, every combination of each slider at its low or high end, then each slider alone
    at a third and two thirds of its range (the others at their defaults): a marker that sweeps
    the x axis (the chosen n, the chosen sends per week) crosses the middle of the axes there."""
    ends = [(s.name, (s.grid()[0], s.grid()[-1])) for s in demo.specs]
    defaults = {s.name: demo.sliders[s.name].value for s in demo.specs}
    out = [defaults]
    for values in itertools.product(*(v for _, v in ends)):
        out.append(dict(zip((n for n, _ in ends), values)))
    for spec in demo.specs:
        grid = spec.grid()
        for k in (len(grid) // 3, 2 * len(grid) // 3):
            out.append({**defaults, spec.name: grid[k]})
    # and a few inner positions, the same on every run (a fixed seed per demo): after a rescale the
    # layout stays frozen, so a wider tick label at an inner position is caught too
    rng = random.Random(demo.view_cls.__name__)
    for _ in range(EXTRA):
        out.append({s.name: rng.choice(s.grid()) for s in demo.specs})
    return out


def check_demo(name: str, lang: str, projector: bool) -> list[str]:
    cl.set_language(lang)
    use_projector_style(projector)
    try:
        demo = demos.DEMOS[name]()
    finally:
        use_projector_style(False)
    found = []
    for values in corners(demo):
        demo.set(**values)
        found += [f"{name} {lang} {'projector' if projector else 'normal'} {values}: {p}" for p in problems(demo)]
    return found


@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
@pytest.mark.parametrize("lang", ["it", "fr"])
@pytest.mark.parametrize("name", list(demos.DEMOS))
def test_no_text_overlaps_and_every_curve_stays_inside(name, lang, projector):
    found = check_demo(name, lang, projector)
    assert not found, "\n".join(found[:30]) + (f"\n… and {len(found) - 30} more" if len(found) > 30 else "")


# --- the checker itself can fail -------------------------------------------------------------------
def test_the_checker_finds_an_overlap_a_clipped_label_and_a_curve_off_the_axes():
    demo = demos.DEMOS["escalation"]()
    ax = demo.view.ax
    assert problems(demo) == []
    title = ax.title.get_window_extent(demo.canvas.get_renderer())
    x, y = ax.transAxes.inverted().transform(title.p0)
    clash = ax.text(x, y, "XXXXXXXXXX", transform=ax.transAxes, va="bottom")
    assert any("overlaps" in p and "XXXXXXXXXX" in p for p in problems(demo))
    clash.remove()
    x, y = demo.view.total.get_xdata()[6], demo.view.total.get_ydata()[6]
    on_curve = ax.text(x, y, "XXXX", ha="center", va="center")
    assert any("runs through" in p and "XXXX" in p for p in problems(demo))
    on_curve.remove()
    ax.set_xlabel("a very long axis label " * 10)
    assert any("leaves the figure" in p for p in problems(demo))
    ax.set_xlabel("")
    line = demo.view.dynamic[0] if isinstance(demo.view.dynamic[0], Line2D) else next(
        a for a in demo.view.dynamic if isinstance(a, Line2D))
    lo, hi = ax.get_ylim()
    line.set_ydata(np.full_like(np.asarray(line.get_ydata(), dtype=float), hi + 10 * (hi - lo)))
    assert any("leaves its axes" in p for p in problems(demo))


def test_a_long_title_breaks_after_its_colon_and_never_at_a_non_breaking_space():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from course_lib.plots._base import _fit_title, _side_legend

    fig = Figure(figsize=(6, 4), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.plot([0, 1], [0, 1], label="une courbe")
    _side_legend(ax)
    title = "Répéter\u00a0: une phrase assez longue pour ne pas tenir"
    ax.set_title(title)
    _fit_title(ax)
    lines = ax.get_title().split("\n")
    assert lines == ["Répéter\u00a0:", "une phrase assez longue pour ne pas tenir"], lines
    # no colon: the most balanced break, never at the non-breaking spaces
    title = "Une\u00a0phrase\u00a0insécable au milieu d'un titre bien trop long pour la figure"
    ax.set_title(title)
    _fit_title(ax)
    lines = ax.get_title().split("\n")
    assert len(lines) == 2 and " ".join(lines) == title and "Une\u00a0phrase\u00a0insécable" in lines[0]
    ax.set_title("Court")
    _fit_title(ax)
    assert ax.get_title() == "Court"


def test_the_attention_readout_values_sit_right_of_their_labels_beside_the_axes():
    for lang in ("it", "fr"):
        cl.set_language(lang)
        demo = demos.DEMOS["attention"]()
        r = demo.canvas.get_renderer()
        ax = demo.view.ax
        labels = next(tx for tx in ax.texts if tx.get_text().count("\n") == 2 and tx is not demo.view.note)
        a, b = labels.get_window_extent(r), demo.view.note.get_window_extent(r)
        assert a.x1 <= b.x0 < a.x1 + 20 and abs(a.y0 - b.y0) < 2
        assert ax.bbox.x1 < a.x0 and ax.bbox.x1 < ax.get_legend().get_window_extent(r).x0

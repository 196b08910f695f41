"""A demo's moving artists as a small SVG: the live layer the browser draws itself.

Why: a frame drawn by Agg and sent as a PNG costs the kernel 8–22 ms (drawing and encoding a
1100×620 RGBA buffer) and the browser 11–15 ms more to decode it; the same artists as vectors
are a few kB of SVG that the kernel writes in about a millisecond and the browser draws with
nothing to decode (``benchmarks/browser_latency.py`` measures both).

:class:`SVGRecorder` is a matplotlib renderer that records what the artists draw instead of
rasterizing it. The artists draw themselves through it exactly as through Agg (same
``Line2D.draw``, ``Patch.draw``, ``Text.draw``), in the figure's own pixel coordinates, and the
text layout (line breaks, alignment, bounding boxes) is measured with the Agg renderer, so the
positions are those of the static image. What is written:

* paths (lines, bars, text boxes) as ``<path>``, with their colour, alpha, width (points → pixels
  at the figure's dpi), dashes, caps and joins, hatches (as a pattern one inch wide, as Agg draws
  them) and the clip rectangle of their axes;
* markers as one ``<path>`` definition and a ``<use>`` per data point;
* every text line as a ``<text>`` at the baseline position Agg uses, with ``textLength`` set to
  the width Agg measured (so a line is exactly as wide as in the static image, whatever font the
  browser ends up with) and the DejaVu Sans of matplotlib, embedded once per page by
  :func:`font_face_css`.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import html
import itertools

import numpy as np
from matplotlib import _path
from matplotlib.backend_bases import GraphicsContextBase, RendererBase
from matplotlib import font_manager
from matplotlib.colors import to_hex
from matplotlib.text import _get_text_metrics_with_cache
from matplotlib.transforms import Affine2D, IdentityTransform

#: the CSS family the SVG text asks for first (the @font-face of :func:`font_face_css`), then the
#: system's DejaVu Sans, then any sans-serif
FONT_FAMILY = "'CourseDejaVuSans', 'DejaVu Sans', sans-serif"

_CAPS = {"projecting": "square", "butt": "butt", "round": "round"}
_IDS = itertools.count()
_IDENTITY = IdentityTransform()
_CODES = [b"M", b"L", b"Q", b"C", b"z"]  # SVG's path commands for matplotlib's codes


def _path_data(path, transform, decimals: int) -> str:
    """A path's SVG ``d`` attribute (matplotlib's own C++ writer, the one its SVG backend uses)."""
    return _path.convert_to_string(path, transform, None, False, None, decimals, _CODES, False).decode("ascii")


def _num(v: float) -> str:
    """A coordinate with one decimal (a tenth of a pixel), without a trailing ``.0``."""
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def _colour(rgba) -> tuple[str, float]:
    return to_hex(rgba[:3]), float(rgba[3]) if len(rgba) > 3 else 1.0


class SVGRecorder(RendererBase):
    """Records the drawing of artists as SVG elements (see the module's docstring).

    Parameters
    ----------
    agg : RendererAgg
        The figure's Agg renderer: text is measured with it, so the layout is the static image's.
    width, height : float
        The figure's size in pixels; ``dpi`` its resolution (points → pixels).
    """

    def __init__(self, agg, width: float, height: float, dpi: float):
        super().__init__()
        self._agg = agg
        self.width, self.height, self.dpi = float(width), float(height), float(dpi)
        self._flip = Affine2D().scale(1.0, -1.0).translate(0.0, self.height)
        self.prefix = f"cf{next(_IDS)}"  # ids unique on a page that shows several demos
        self._defs: dict = {}  # key -> (id, definition), kept from frame to frame
        self.defs_changed = False
        self.begin()

    # --- what the artists ask of a renderer ----------------------------------------------------
    def flipy(self) -> bool:
        return True

    def get_canvas_width_height(self):
        return self.width, self.height

    def points_to_pixels(self, points):
        return points * self.dpi / 72.0

    def get_text_width_height_descent(self, s, prop, ismath):
        return self._agg.get_text_width_height_descent(s, prop, ismath)

    def new_gc(self):
        return GraphicsContextBase()

    def option_image_nocomposite(self) -> bool:
        return True

    # --- one frame -----------------------------------------------------------------------------
    def begin(self) -> None:
        """Forget the previous frame's elements (the definitions stay: see :meth:`defs_svg`)."""
        self._out: list[str] = []

    def mark(self) -> int:
        """A position in the frame's elements (for :meth:`since`)."""
        return len(self._out)

    def since(self, mark: int) -> str:
        """The elements recorded since ``mark``, as one fragment (which :meth:`add` can replay)."""
        return "".join(self._out[mark:])

    def add(self, fragment: str) -> None:
        """Add a fragment recorded earlier (its definitions are kept from frame to frame)."""
        self._out.append(fragment)

    def svg(self) -> str:
        """The recorded frame: an SVG as wide as its container, with the figure's pixel geometry."""
        w, h = _num(self.width), _num(self.height)
        return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
                f'style="display:block;width:100%;height:auto" aria-hidden="true">{"".join(self._out)}</svg>')

    def defs_svg(self) -> str:
        """Every definition the frames refer to (clip rectangles, marker shapes, hatch patterns), in
        an SVG of no size: sent once, and again only when a frame needs a new one (``defs_changed``);
        frames refer to them by id, as SVG allows anywhere in the page."""
        self.defs_changed = False
        defs = "".join(d for _, d in self._defs.values())
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0" aria-hidden="true" '
                f'style="position:absolute;width:0;height:0;overflow:hidden"><defs>{defs}</defs></svg>')

    def _def(self, key, make) -> str:
        found = self._defs.get(key)
        if found is None:  # an id from the definition itself: the same in every frame and history
            oid = f"{self.prefix}-{hashlib.sha1(repr(key).encode()).hexdigest()[:10]}"
            found = self._defs[key] = (oid, make(oid))
            self.defs_changed = True
        return found[0]

    def _clip(self, gc) -> str:
        """The clip-path attribute of this graphics context (its rectangle, or its clip path's extent)."""
        rect = gc.get_clip_rectangle()
        clippath, ctrans = gc.get_clip_path()
        if clippath is not None:
            ext = clippath.get_extents(ctrans)
            rect = ext if rect is None else type(ext).intersection(ext, rect) or ext
        if rect is None:
            return ""
        x, y, w, h = rect.bounds
        key = ("clip", round(x, 1), round(self.height - (y + h), 1), round(w, 1), round(h, 1))
        oid = self._def(key, lambda i: f'<clipPath id="{i}"><rect x="{_num(key[1])}" y="{_num(key[2])}" '
                                       f'width="{_num(key[3])}" height="{_num(key[4])}"/></clipPath>')
        return f' clip-path="url(#{oid})"'

    def _hatch(self, gc, rgb_face) -> str:
        """A pattern one inch wide with the hatch lines over the face colour, as Agg tiles it."""
        size = self.dpi
        stroke = tuple(gc.get_hatch_color())
        lw = self.points_to_pixels(gc.get_hatch_linewidth())
        face = None if rgb_face is None else tuple(rgb_face)
        key = ("hatch", gc.get_hatch(), face, stroke, lw)

        def make(oid):
            d = _path_data(gc.get_hatch_path(), Affine2D().scale(size).scale(1.0, -1.0).translate(0, size), 2)
            colour, alpha = _colour(stroke)
            bg = "" if face is None else f'<rect width="{_num(size + 1)}" height="{_num(size + 1)}" fill="{_colour(face)[0]}"/>'
            opacity = f' stroke-opacity="{alpha:.3g}"' if alpha < 1 else ""
            return (f'<pattern id="{oid}" patternUnits="userSpaceOnUse" width="{_num(size)}" height="{_num(size)}">'
                    f'{bg}<path d="{d}" fill="{colour}" stroke="{colour}" stroke-width="{lw:.2f}"{opacity}/></pattern>')

        return self._def(key, make)

    def _style(self, gc, rgb_face) -> str:
        forced = gc.get_forced_alpha()
        parts = []
        if gc.get_hatch() is not None:
            parts.append(f"fill:url(#{self._hatch(gc, rgb_face)})")
            if rgb_face is not None and len(rgb_face) == 4 and rgb_face[3] != 1 and not forced:
                parts.append(f"fill-opacity:{rgb_face[3]:.3g}")
        elif rgb_face is None:
            parts.append("fill:none")
        else:
            colour, alpha = _colour(rgb_face)
            parts.append(f"fill:{colour}")
            if alpha != 1 and not forced:
                parts.append(f"fill-opacity:{alpha:.3g}")
        if forced and gc.get_alpha() != 1:
            parts.append(f"opacity:{gc.get_alpha():.3g}")
        lw = gc.get_linewidth()
        if lw:
            colour, alpha = _colour(gc.get_rgb())
            parts.append(f"stroke:{colour};stroke-width:{self.points_to_pixels(lw):.2f}")
            if alpha != 1 and not forced:
                parts.append(f"stroke-opacity:{alpha:.3g}")
            offset, seq = gc.get_dashes()
            if seq is not None:
                # dashes are in points (scaled by the line width when the line was styled)
                parts.append("stroke-dasharray:" + ",".join(f"{self.points_to_pixels(v):.1f}" for v in seq))
                if offset:
                    parts.append(f"stroke-dashoffset:{self.points_to_pixels(offset):.1f}")
            parts.append(f"stroke-linecap:{_CAPS.get(gc.get_capstyle(), 'butt')};"
                         f"stroke-linejoin:{gc.get_joinstyle()}")
        return ";".join(parts)

    def draw_path(self, gc, path, transform, rgbFace=None):  # noqa: N803 - matplotlib's name
        clip = (0.0, 0.0, self.width, self.height) if rgbFace is None and gc.get_hatch_path() is None else None
        # cleaned as Agg cleans it: NaNs removed, clipped, simplified and snapped (a horizontal or
        # vertical line lands on whole pixels, as in the static image, instead of blurring over two)
        path = path.cleaned(transform=transform + self._flip, remove_nans=True, clip=clip, snap=gc.get_snap(),
                            stroke_width=self.points_to_pixels(gc.get_linewidth()),
                            simplify=path.should_simplify and clip is not None, curves=True)
        d = _path_data(path, _IDENTITY, 1).replace(" \n", " ")
        if d:
            self._out.append(f'<path d="{d}"{self._clip(gc)} style="{self._style(gc, rgbFace)}"/>')

    def draw_markers(self, gc, marker_path, marker_trans, path, trans, rgbFace=None):  # noqa: N803
        if not len(path.vertices):
            return
        d = _path_data(marker_path, marker_trans + Affine2D().scale(1.0, -1.0), 2)
        style = self._style(gc, rgbFace)
        oid = self._def(("marker", d, style), lambda i: f'<path id="{i}" d="{d}" style="{style}"/>')
        xy = (trans + self._flip).transform(np.asarray(path.vertices, dtype=float))
        ok = np.isfinite(xy).all(axis=1) & (xy[:, 0] >= 0) & (xy[:, 0] <= self.width) \
            & (xy[:, 1] >= 0) & (xy[:, 1] <= self.height)
        uses = "".join(f'<use href="#{oid}" x="{_num(x)}" y="{_num(y)}"/>' for x, y in xy[ok])
        self._out.append(f'<g{self._clip(gc)}>{uses}</g>')

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath:  # the demos' moving texts are plain; mathtext would need the Agg path
            s = s.replace("$", "")
        # the width Agg measured for this line when the text was laid out (a cache hit)
        width = _get_text_metrics_with_cache(self, s, prop, False, self.dpi)[0]
        colour, alpha = _colour(gc.get_rgb())
        size = self.points_to_pixels(prop.get_size_in_points())
        weight = prop.get_weight()  # a name or a number, as CSS takes it (matplotlib's table, like its SVG backend)
        weight = weight if isinstance(weight, int) else font_manager.weight_dict[weight]
        style = (f"font-family:{FONT_FAMILY};font-size:{size:.2f}px;font-weight:{weight};"
                 f"font-style:{prop.get_style()};fill:{colour};white-space:pre")
        if alpha != 1:
            style += f";fill-opacity:{alpha:.3g}"
        rotate = f' transform="rotate({-angle:.3g} {_num(x)} {_num(y)})"' if angle else ""
        fit = f' textLength="{width:.1f}" lengthAdjust="spacingAndGlyphs"' if width > 0 else ""
        self._out.append(f'<text x="{_num(x)}" y="{_num(y)}"{fit}{rotate}{self._clip(gc)} style="{style}">'
                         f'{html.escape(s, quote=False)}</text>')


#: characters the embedded font keeps: Latin-1, general punctuation (incl. the narrow no-break
#: space of French numbers), Greek (γ, ρ, τ), currency, arrows and mathematical operators (−, ≤)
_SUBSET_RANGES = ((0x20, 0x7E), (0xA0, 0xFF), (0x152, 0x153), (0x391, 0x3A9), (0x3B1, 0x3C9), (0x2010, 0x2027),
                  (0x202F, 0x203A), (0x20AC, 0x20AC), (0x2190, 0x2193), (0x2212, 0x2212), (0x2248, 0x2248),
                  (0x2260, 0x2265))


def _font_paths() -> list:
    """(weight, style, file) of the DejaVu Sans faces matplotlib draws with."""
    out = []
    for weight, style in (("normal", "normal"), ("bold", "normal"), ("normal", "italic")):
        try:
            prop = font_manager.FontProperties(family="DejaVu Sans", weight=weight, style=style)
            out.append((weight, style, font_manager.findfont(prop, fallback_to_default=False)))
        except Exception:  # noqa: BLE001 - a face that is not there is not embedded
            pass
    return out


def _subset_woff(path: str) -> bytes:
    import io
    import logging

    from fontTools import subset
    from fontTools.ttLib import TTFont

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # "FFTM NOT subset; dropped": expected
    font = TTFont(path, lazy=False)
    opts = subset.Options()
    opts.flavor = "woff"
    opts.layout_features = ["kern", "liga"]
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # keep the copyright and the licence (its terms ask for it)
    opts.notdef_outline = True
    opts.hinting = False  # the browser does not hint: the instructions are dead weight
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=[c for a, b in _SUBSET_RANGES for c in range(a, b + 1)])
    sub.subset(font)
    buf = io.BytesIO()
    font.flavor = "woff"
    font.save(buf)
    return buf.getvalue()


@functools.lru_cache(maxsize=1)
def font_face_css() -> str:
    """``@font-face`` rules for the DejaVu Sans (regular, bold, oblique) that matplotlib draws the
    static image with, subset to the course's characters and embedded as data (about 70 kB in
    all), so the live text is the same font as the rest of the chart; sent once per page. Empty
    when the fonts cannot be read. Subsetting takes about a second: the result is kept in
    matplotlib's cache folder, keyed by the font files and the subset, and later kernels read it."""
    import json
    import os

    faces = _font_paths()
    key = json.dumps([[w, st, p, os.path.getsize(p), int(os.path.getmtime(p))] for w, st, p in faces]
                     + [list(_SUBSET_RANGES), 2])
    cache = None
    try:
        from matplotlib import get_cachedir

        cache = os.path.join(get_cachedir(), f"course_lib-fonts-{hashlib.sha1(key.encode()).hexdigest()[:16]}.css")
        with open(cache, encoding="ascii") as fh:
            return fh.read()
    except (OSError, ValueError):
        pass
    rules = []
    for weight, style, path in faces:
        try:
            data = base64.b64encode(_subset_woff(path)).decode("ascii")
        except Exception:  # noqa: BLE001 - no embedded font: the browser's DejaVu Sans or sans-serif
            continue
        rules.append(f"@font-face {{ font-family: 'CourseDejaVuSans'; font-weight: {700 if weight == 'bold' else 400}; "
                     f"font-style: {style}; src: url(data:font/woff;base64,{data}) format('woff'); }}")
    css = "\n".join(rules)
    if cache and css:
        try:  # written whole or not at all (two kernels may start at once)
            tmp = f"{cache}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="ascii") as fh:
                fh.write(css)
            os.replace(tmp, cache)
        except OSError:
            pass
    return css

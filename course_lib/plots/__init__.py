"""Course figures: every function takes the model's parameters and an optional ``ax``.

Each figure is drawn by a *view* class: the constructor draws what never changes (axes,
labels, limits, legend) and ``update(**params)`` recomputes the model and changes only the
line data and texts listed in ``view.dynamic``. The static function (``two_factor(...)``)
builds the view once and calls ``update``; the slider demo in :mod:`course_lib.demos`
builds the same view and calls ``update`` on every slider move. So the live demo, the static
figure and the tests all run the same code.

All text comes from the translation table (:func:`course_lib.i18n.t`).
"""
from __future__ import annotations

from ._base import PercentFormatter, View, _decorate, _draw, _kv_note, _line, _message, _new_ax, _pct, install_alt_text, set_alt  # noqa: F401
from .interruption import *  # noqa: F401,F403
from .interruption import __all__ as _a01
from .escalation import *  # noqa: F401,F403
from .escalation import __all__ as _a02
from .repetition import *  # noqa: F401,F403
from .repetition import _wilson  # noqa: F401
from .repetition import __all__ as _a03
from .targeting import *  # noqa: F401,F403
from .targeting import __all__ as _a05
from .permission import *  # noqa: F401,F403
from .permission import __all__ as _a06
from .consent import *  # noqa: F401,F403
from .consent import __all__ as _a07
from .cultivation import *  # noqa: F401,F403
from .cultivation import __all__ as _a08

__all__ = [*_a01, *_a02, *_a03, *_a05, *_a06, *_a07, *_a08, "View", "set_alt"]

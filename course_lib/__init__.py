"""course_lib: attention and fatigue models for the course
"Interruption marketing versus permission marketing" (Italian and French notebooks).

Layers, kept separate:

* models (pure, vectorised numpy functions): :mod:`attention`, :mod:`memory`,
  :mod:`carryover`, :mod:`repetition`, :mod:`fatigue`, :mod:`realdata`,
  :mod:`permission`, :mod:`population`;
* figures: :mod:`plots` (parameters in, an optional ``ax``);
* slider demos: :mod:`demos` (thin factories on top of the figures);
* course support: :mod:`i18n`, :mod:`datasets`, :mod:`glossary`, :mod:`exercises`.
"""
from .i18n import LANGUAGES, get_language, set_language, t

__version__ = "0.1.0"
__all__ = ["LANGUAGES", "get_language", "set_language", "t", "__version__"]

"""course_lib: attention and fatigue models for the course
"Interruption marketing versus permission marketing" (Italian and French notebooks).

Layers, kept separate:

* models (pure, vectorised numpy functions): :mod:`attention`, :mod:`memory`,
  :mod:`carryover`, :mod:`repetition`, :mod:`fatigue`, :mod:`realdata`,
  :mod:`permission`, :mod:`population`, :mod:`subscribers`, :mod:`consent`, :mod:`targeting`;
* figures: :mod:`plots` (parameters in, an optional ``ax``) and :mod:`tables`;
* slider demos: :mod:`demos` (thin factories on top of the figures);
* course support: :mod:`i18n`, :mod:`style`, :mod:`datasets`, :mod:`glossary`, :mod:`exercises`.

In a notebook::

    import course_lib as cl
    cl.set_language("it")     # or "fr"
"""
from .i18n import LANGUAGES, get_language, t
from . import i18n as _i18n
from .style import use_projector_style
from . import (  # noqa: F401
    attention,
    carryover,
    consent,
    datasets,
    fatigue,
    glossary,
    memory,
    permission,
    population,
    realdata,
    repetition,
    subscribers,
    targeting,
)
from . import plots, tables, demos  # noqa: F401,E402



def set_language(lang: str) -> str:
    """Select the notebook's language ("it" or "fr") for every chart, widget and message.

    In Jupyter, also makes every figure the notebook shows carry its alt text in that language.
    """
    lang = _i18n.set_language(lang)
    plots.install_alt_text()
    return lang


__version__ = "0.1.0"
__all__ = [
    "LANGUAGES", "get_language", "set_language", "t", "use_projector_style", "__version__",
    "attention", "carryover", "consent", "datasets", "fatigue", "glossary", "memory", "permission",
    "population", "realdata", "repetition", "subscribers", "targeting", "plots", "tables", "demos",
]

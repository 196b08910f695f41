"""One translation table for every user-visible string of charts and widgets.

A notebook selects its language once, with ``course_lib.set_language("it")`` or
``course_lib.set_language("fr")``; every plotting function and slider demo then takes
its axis labels, titles, legends and slider descriptions from :data:`TRANSLATIONS`
through :func:`t`. Validation errors are in English until a language is selected, then in that
language (:func:`message_language`).

Keys are grouped by module in :mod:`course_lib._strings`; a test fails when a key lacks
either language or when the code uses a key the table does not have.
"""
from __future__ import annotations

import math

from ._strings import TRANSLATIONS
from ._validate import _err, check_choice, check_int, check_real

LANGUAGES = ("it", "fr")
_state = {"lang": "it", "explicit": False}


def set_language(lang: str) -> str:
    """Select the language ("it" or "fr") of every chart and widget string."""
    check_choice("lang", lang, LANGUAGES)
    _state["lang"] = lang
    _state["explicit"] = True
    return lang


def message_language() -> str:
    """The language of error messages: the notebook's once it has selected one, else "en"."""
    return _state["lang"] if _state["explicit"] else "en"


def reset_language() -> None:
    """Back to the state of a fresh import: Italian charts, English error messages."""
    _state.update(lang="it", explicit=False)


def get_language() -> str:
    """Return the language currently selected ("it" or "fr")."""
    return _state["lang"]


def t(key: str, lang: str | None = None, **fmt) -> str:
    """Translate ``key`` into the current language (or ``lang``), formatting ``fmt``.

    Raises
    ------
    ValueError
        If ``key`` is not in the table or ``lang`` is not a course language.
    """
    lang = get_language() if lang is None else check_choice("lang", lang, LANGUAGES)
    try:
        text = TRANSLATIONS[key][lang]
    except KeyError:
        raise _err("translation_key", value=repr(key)) from None
    return text.format(**fmt) if fmt else text


def integer(x: float) -> str:
    """A whole number as the notebook's language writes it: Italian 12.500, French 12\u202f500.

    ``x`` is rounded half up (562.5 gives 563, as a student rounds by hand, not Python's
    round-half-to-even); thousands are separated by a point in Italian and by a narrow
    no-break space (U+202F) in French; a negative number takes a true minus sign (−70.450).
    The one formatter of counts in figures, readouts and tables.
    """
    n = math.floor(float(check_real("x", x, ndim=0)) + 0.5)
    text = f"{abs(n):,}".replace(",", "." if get_language() == "it" else "\u202f")
    return ("\u2212" if n < 0 else "") + text


def number(x: float, decimals: int = 2) -> str:
    """Format ``x`` with a decimal comma, as Italian and French write numbers (2,88).

    ``x`` is a finite real number; ``decimals`` an integer in [0, 20].
    """
    decimals = check_int("decimals", decimals, low=0, high=20)
    text = f"{float(check_real('x', x, ndim=0)):.{decimals}f}"
    return text.replace(".", ",")

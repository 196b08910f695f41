"""Self-check exercises: the student's answer is checked by the library, in the notebook's language.

Each lesson registers its exercises in a module ``course_lib.exercises.lNN``. An exercise knows
how to compute its own correct answer from the library and data (never a hard-coded number
that could drift), how close an answer must be, and a hint in Italian and French.

In a notebook::

    from course_lib.exercises import check
    answer = None          # the student's answer
    check("03.2", answer)

Worked solutions are written in the notebook (collapsed ``<details>`` blocks); the tests run
every worked solution against this check, so a solution cannot disagree with its exercise.
"""
from __future__ import annotations

import html
import math
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..i18n import get_language
from .._validate import check_choice

__all__ = ["Exercise", "Feedback", "check", "register", "get_exercise", "all_exercises"]

_MESSAGES = {
    "correct": {"it": "✅ Esatto!", "fr": "✅ Exact\u00a0!"},
    "wrong": {"it": "❌ Non ancora.", "fr": "❌ Pas encore."},
    "empty": {
        "it": "✏️ Scrivi la tua risposta al posto di None, poi riesegui la cella.",
        "fr": "✏️ Remplacez None par votre réponse, puis relancez la cellule.",
    },
    "invalid": {
        "it": "⚠️ Questa risposta non è del tipo atteso: {what}.",
        "fr": "⚠️ Cette réponse n'est pas du type attendu\u00a0: {what}.",
    },
    "hint": {"it": "Suggerimento: ", "fr": "Indice\u00a0: "},
    "what_number": {"it": "un numero", "fr": "un nombre"},
    "what_choice": {"it": "una delle lettere {choices}", "fr": "l'une des lettres {choices}"},
    "what_choices": {
        "it": "un insieme di lettere tra {choices}, per esempio {{'a', 'c'}}",
        "fr": "un ensemble de lettres parmi {choices}, par exemple {{'a', 'c'}}",
    },
    "what_sequence": {"it": "una lista di {n} numeri", "fr": "une liste de {n} nombres"},
}


def _msg(key: str, lang: str, **fmt) -> str:
    text = _MESSAGES[key][lang]
    return text.format(**fmt) if fmt else text


@dataclass(frozen=True)
class Exercise:
    """One self-check exercise.

    Parameters
    ----------
    id : str
        "NN.k": lesson number and exercise number, e.g. "03.2".
    kind : {"number", "choice", "choices", "sequence"}
        A number (compared with ``rtol``/``atol``), one letter, a set of letters, or a
        sequence of numbers (compared element-wise).
    expected : callable
        Returns the correct answer, computed from the library or the data.
    hint : dict
        {"it": ..., "fr": ...}: shown when the answer is wrong.
    options : tuple of str
        Allowed letters for "choice" and "choices".
    rtol, atol : float
        Tolerances for numbers.
    """

    id: str
    kind: str
    expected: Callable[[], object]
    hint: dict = field(default_factory=dict)
    options: tuple = ()
    rtol: float = 0.01
    atol: float = 0.0

    def __post_init__(self):
        check_choice("kind", self.kind, ("number", "choice", "choices", "sequence"))
        for lang in ("it", "fr"):
            if not self.hint.get(lang):
                raise ValueError(f"hint must have a non-empty {lang!r} text; exercise {self.id!r}")


@dataclass(frozen=True)
class Feedback:
    """The result of :func:`check`: true when the answer is right; shows a message."""

    exercise_id: str
    correct: bool
    message: str

    def __bool__(self) -> bool:
        return self.correct

    def __repr__(self) -> str:
        return self.message

    def _repr_html_(self) -> str:
        colour = "#0b6e4f" if self.correct else "#8a4b00"
        return (
            f'<div style="border-left:4px solid {colour};padding:0.3em 0.8em;">'
            f"<b>{html.escape(self.exercise_id)}</b> — {html.escape(self.message)}</div>"
        )


_REGISTRY: dict[str, Exercise] = {}


def register(*exercises: Exercise) -> None:
    """Add exercises to the registry (ids must be unique)."""
    for ex in exercises:
        if ex.id in _REGISTRY and _REGISTRY[ex.id] is not ex:
            raise ValueError(f"exercise id must be unique; got a second {ex.id!r}")
        _REGISTRY[ex.id] = ex


def _load_all() -> None:
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("l") and info.name[1:].isdigit():
            importlib.import_module(f"{__name__}.{info.name}")


def get_exercise(exercise_id: str) -> Exercise:
    """Return the registered exercise ``exercise_id`` (e.g. "03.2")."""
    _load_all()
    if exercise_id not in _REGISTRY:
        raise ValueError(
            f"exercise_id must be one of {sorted(_REGISTRY)!r}; got {exercise_id!r}"
        )
    return _REGISTRY[exercise_id]


def all_exercises() -> list[Exercise]:
    """Every registered exercise, sorted by id."""
    _load_all()
    return [_REGISTRY[k] for k in sorted(_REGISTRY)]


def _as_number(x):
    if isinstance(x, (bool, np.bool_)) or isinstance(x, str):
        return None
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def _compare(ex: Exercise, answer, lang: str):
    """Return (correct, problem) where problem is a message when the type is wrong."""
    if ex.kind == "number":
        v = _as_number(answer)
        if v is None:
            return False, _msg("invalid", lang, what=_msg("what_number", lang))
        return bool(math.isclose(v, float(ex.expected()), rel_tol=ex.rtol, abs_tol=ex.atol)), None
    if ex.kind == "choice":
        if not isinstance(answer, str) or answer.strip().lower() not in ex.options:
            return False, _msg("invalid", lang, what=_msg("what_choice", lang, choices=", ".join(ex.options)))
        return answer.strip().lower() == ex.expected(), None
    if ex.kind == "choices":
        if isinstance(answer, str):
            answer = [answer]
        try:
            got = {str(a).strip().lower() for a in answer}
        except TypeError:
            got = None
        if not got or not got <= set(ex.options):
            return False, _msg("invalid", lang, what=_msg("what_choices", lang, choices=", ".join(ex.options)))
        return got == set(ex.expected()), None
    # sequence
    expected = np.asarray(ex.expected(), dtype=float)
    try:
        got = np.asarray(answer, dtype=float)
    except (TypeError, ValueError):
        got = None
    if got is None or got.shape != expected.shape or not np.all(np.isfinite(got)):
        return False, _msg("invalid", lang, what=_msg("what_sequence", lang, n=expected.size))
    return bool(np.allclose(got, expected, rtol=ex.rtol, atol=ex.atol)), None


def check(exercise_id: str, answer) -> Feedback:
    """Check ``answer`` for exercise ``exercise_id`` and say so in the notebook's language.

    Returns a :class:`Feedback` that is truthy when the answer is right. ``None`` means
    "not answered yet" and is never counted right.
    """
    ex = get_exercise(exercise_id)
    lang = get_language()
    if answer is None:
        return Feedback(ex.id, False, _msg("empty", lang))
    correct, problem = _compare(ex, answer, lang)
    if problem:
        return Feedback(ex.id, False, problem)
    if correct:
        return Feedback(ex.id, True, _msg("correct", lang))
    return Feedback(ex.id, False, _msg("wrong", lang) + " " + _msg("hint", lang) + ex.hint[lang])

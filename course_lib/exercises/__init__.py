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
from .._validate import _err, check_choice

__all__ = ["Exercise", "Feedback", "check", "register", "get_exercise", "all_exercises", "reset_attempts"]

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
    "hint_code": {"it": "Secondo suggerimento (il codice): ", "fr": "Deuxième indice (le code)\u00a0: "},
    "decimal_comma": {
        "it": "⚠️ In Python la virgola separa due valori: {answer!s} è una coppia di numeri, non un decimale. "
        "Nel codice il separatore decimale è il punto: scrivi {fixed}.",
        "fr": "⚠️ En Python, la virgule sépare deux valeurs\u00a0: {answer!s} est un couple de nombres, pas un "
        "nombre décimal. Dans le code, le séparateur décimal est le point\u00a0: écrivez {fixed}.",
    },
    "decimal_comma_str": {
        "it": "⚠️ Hai scritto un testo ({answer!r}). Nel codice il separatore decimale è il punto e il numero "
        "va senza virgolette: scrivi {fixed}.",
        "fr": "⚠️ Vous avez écrit un texte ({answer!r}). Dans le code, le séparateur décimal est le point et le "
        "nombre s'écrit sans guillemets\u00a0: écrivez {fixed}.",
    },
    "fraction_for_percent": {
        "it": "❌ Sembra una frazione (tra 0 e 1): la domanda chiede una percentuale. Moltiplica per 100.",
        "fr": "❌ Cela ressemble à une fraction (entre 0 et 1)\u00a0: la question demande un pourcentage. "
        "Multipliez par 100.",
    },
    "percent_for_fraction": {
        "it": "❌ Sembra una percentuale: la domanda chiede una frazione tra 0 e 1. Dividi per 100.",
        "fr": "❌ Cela ressemble à un pourcentage\u00a0: la question demande une fraction entre 0 et 1. "
        "Divisez par 100.",
    },
    "sign": {
        "it": "❌ Il valore assoluto è giusto, il segno no: rileggi in quale verso va fatta la differenza.",
        "fr": "❌ La valeur absolue est juste, le signe non\u00a0: relisez dans quel sens se fait la différence.",
    },
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
        {"it": ..., "fr": ...}: shown when the answer is wrong. A language's value may be a
        pair ``(idea, code)``: the idea comes at the first wrong answer, the code only from
        the second wrong answer on (hints in two steps).
    unit : {None, "percent", "fraction"}
        For numbers: what the answer is expressed in, so that a fraction typed for a
        percentage (or the reverse) is recognised and explained.
    mistakes : tuple
        Typical wrong answers: ``(wrong_answer_function, {"it": ..., "fr": ...})`` pairs. When
        the student's number matches ``wrong_answer_function()`` (same tolerance), the checker
        says what went wrong with that message instead of the generic hint.
    option_feedback : dict
        For "choice": ``{letter: {"it": ..., "fr": ...}}``, feedback on the option chosen,
        right or wrong.
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
    unit: str | None = None
    mistakes: tuple = ()
    option_feedback: dict = field(default_factory=dict)

    def __post_init__(self):
        check_choice("kind", self.kind, ("number", "choice", "choices", "sequence"))
        check_choice("unit", self.unit, (None, "percent", "fraction"))
        for lang in ("it", "fr"):
            h = self.hint.get(lang)
            steps = h if isinstance(h, (tuple, list)) else (h,)
            if not steps or len(steps) > 2 or not all(isinstance(x, str) and x.strip() for x in steps):
                raise ValueError(f"hint must have a non-empty {lang!r} text (or an (idea, code) pair); "
                                 f"exercise {self.id!r}")
            for wrong, msg in self.mistakes:
                if not callable(wrong) or not (isinstance(msg, dict) and str(msg.get(lang, "")).strip()):
                    raise ValueError(f"mistakes must be (function, {{'it': ..., 'fr': ...}}) pairs; "
                                     f"exercise {self.id!r}")
            for letter, msg in self.option_feedback.items():
                if letter not in self.options or not str(msg.get(lang, "")).strip():
                    raise ValueError(f"option_feedback must map options {self.options!r} to texts in it and fr; "
                                     f"exercise {self.id!r}, option {letter!r}")

    def hint_text(self, lang: str, attempt: int) -> str:
        """The hint after the ``attempt``-th wrong answer (1-based): the idea, then idea and code."""
        h = self.hint[lang]
        if isinstance(h, (tuple, list)):
            if len(h) == 1 or attempt <= 1:
                return _msg("hint", lang) + h[0]
            return _msg("hint", lang) + h[0] + " " + _msg("hint_code", lang) + h[1]
        return _msg("hint", lang) + h


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
#: wrong answers so far, per exercise (the second wrong answer unlocks the code hint)
_ATTEMPTS: dict[str, int] = {}


def reset_attempts() -> None:
    """Forget the wrong answers counted so far (hints start again from the idea)."""
    _ATTEMPTS.clear()


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
        raise _err("choice", name="exercise_id", choices=repr(sorted(_REGISTRY)), value=repr(exercise_id))
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
    except (TypeError, ValueError, OverflowError):  # 10**400 is no answer, and no traceback either
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


def _close(ex: Exercise, v: float, target: float) -> bool:
    return bool(math.isclose(v, target, rel_tol=ex.rtol, abs_tol=ex.atol))


def _typed_decimal_comma(answer, lang: str):
    """`3,66` in Python is the tuple (3, 66); "3,66" is a string: say so, in the student's language."""
    if (isinstance(answer, tuple) and len(answer) == 2
            and all(isinstance(a, (int, np.integer)) and not isinstance(a, bool) for a in answer)
            and answer[1] >= 0):
        return _msg("decimal_comma", lang, answer=answer, fixed=f"{answer[0]}.{answer[1]}")
    if isinstance(answer, str):
        text = answer.strip().replace("\u00a0", "").replace(" ", "")
        if text.count(",") == 1:
            try:
                float(text.replace(",", "."))
            except ValueError:
                return None
            return _msg("decimal_comma_str", lang, answer=answer, fixed=text.replace(",", "."))
    return None


def _diagnose(ex: Exercise, answer, lang: str):
    """A specific message for a typical wrong answer, or None."""
    if ex.kind == "choice":
        key = answer.strip().lower() if isinstance(answer, str) else None
        fb = ex.option_feedback.get(key)
        return fb[lang] if fb else None
    if ex.kind != "number":
        return None
    v = _as_number(answer)
    if v is None:
        return None
    for wrong, msg in ex.mistakes:
        target = _as_number(wrong())
        if target is not None and _close(ex, v, target):
            return "❌ " + msg[lang]
    expected = float(ex.expected())
    if ex.unit == "percent" and expected != 0 and _close(ex, 100 * v, expected):
        return _msg("fraction_for_percent", lang)
    if ex.unit == "fraction" and expected != 0 and _close(ex, v / 100, expected):
        return _msg("percent_for_fraction", lang)
    if expected != 0 and _close(ex, -v, expected):
        return _msg("sign", lang)
    return None


def check(exercise_id: str, answer) -> Feedback:
    """Check ``answer`` for exercise ``exercise_id`` and say so in the notebook's language.

    Returns a :class:`Feedback` that is truthy when the answer is right. ``None`` means
    "not answered yet" and is never counted right.
    """
    ex = get_exercise(exercise_id)
    lang = get_language()
    if answer is None:
        return Feedback(ex.id, False, _msg("empty", lang))
    if ex.kind == "number":
        comma = _typed_decimal_comma(answer, lang)
        if comma:
            return Feedback(ex.id, False, comma)
    correct, problem = _compare(ex, answer, lang)
    if problem:
        return Feedback(ex.id, False, problem)
    if correct:
        _ATTEMPTS.pop(ex.id, None)
        extra = _diagnose(ex, answer, lang) if ex.kind == "choice" else None
        return Feedback(ex.id, True, _msg("correct", lang) + (" " + extra if extra else ""))
    _ATTEMPTS[ex.id] = _ATTEMPTS.get(ex.id, 0) + 1
    specific = _diagnose(ex, answer, lang)
    if specific:
        return Feedback(ex.id, False, specific + " " + ex.hint_text(lang, _ATTEMPTS[ex.id]))
    return Feedback(ex.id, False, _msg("wrong", lang) + " " + ex.hint_text(lang, _ATTEMPTS[ex.id]))

"""The self-check: right answers pass, wrong ones get a hint in the notebook's language."""
import numpy as np
import pytest

import course_lib as cl
from course_lib.exercises import Exercise, all_exercises, check, get_exercise

EXERCISES = all_exercises()


def _wrong(ex: Exercise):
    right = ex.expected()
    if ex.kind == "number":
        return float(right) * 1.5 + 1.0
    if ex.kind == "choice":
        return next(o for o in ex.options if o != right)
    if ex.kind == "choices":
        return set(ex.options) - set(right) or {ex.options[0]}
    return (np.asarray(right, dtype=float) + 1.0).tolist()


def test_every_lesson_registers_exercises():
    lessons = {ex.id.split(".")[0] for ex in EXERCISES}
    assert {"01", "02", "03", "04"} <= lessons


@pytest.mark.parametrize("ex", EXERCISES, ids=[e.id for e in EXERCISES])
@pytest.mark.parametrize("lang", ["it", "fr"])
def test_right_wrong_and_empty_answers(ex, lang):
    cl.set_language(lang)
    try:
        right = ex.expected()
        assert check(ex.id, right)
        wrong = check(ex.id, _wrong(ex))
        hint = ex.hint[lang]
        idea = hint[0] if isinstance(hint, (tuple, list)) else hint  # two-step hints: the idea comes first
        assert not wrong and idea in wrong.message
        empty = check(ex.id, None)
        assert not empty and "None" in empty.message
        odd = check(ex.id, object())
        assert not odd
    finally:
        cl.set_language("it")


def test_messages_follow_the_language():
    ex = EXERCISES[0]
    cl.set_language("fr")
    try:
        assert "\u00a0!" in check(ex.id, ex.expected()).message
    finally:
        cl.set_language("it")
    assert check(ex.id, ex.expected()).message.startswith("✅")


def test_unknown_exercise_and_bad_definitions():
    with pytest.raises(ValueError, match="exercise_id"):
        get_exercise("99.9")
    with pytest.raises(ValueError, match="kind"):
        Exercise("00.1", "essay", lambda: 1, hint={"it": "x", "fr": "y"})
    with pytest.raises(ValueError, match="hint"):
        Exercise("00.1", "number", lambda: 1, hint={"it": "x"})

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


# --- lesson 01: typical mistakes, two-step hints, feedback on the option chosen ------------------
@pytest.fixture
def fresh_attempts():
    from course_lib.exercises import reset_attempts

    reset_attempts()
    yield
    reset_attempts()
    cl.set_language("it")


@pytest.mark.parametrize("lang", ["it", "fr"])
def test_l01_share_as_percentage_and_forgotten_parameters(lang, fresh_attempts):
    from course_lib.exercises import l01

    cl.set_language(lang)
    right = l01._own_share()
    as_percent = check("01.2", 100 * right)
    assert not as_percent and ("percentuale" in as_percent.message or "pourcentage" in as_percent.message)
    no_outside = check("01.2", l01._share_without_outside())
    assert not no_outside and "outside=6.0" in no_outside.message
    no_gamma = check("01.2", l01._share_without_gamma())
    assert not no_gamma and "gamma=1.5" in no_gamma.message


@pytest.mark.parametrize("lang", ["it", "fr"])
def test_l01_spam_points_relative_change_and_sign(lang, fresh_attempts):
    from course_lib.exercises import l01

    cl.set_language(lang)
    first = check("01.3", l01._spam_relative_change())
    assert not first and "47" in first.message
    assert "answer = k" not in first.message  # the code comes only at the second wrong answer
    second = check("01.3", -l01._spam_drop())
    assert not second and "answer = k" in second.message
    assert ("segno" in second.message) or ("signe" in second.message)
    mixed = check("01.3", l01._spam_drop_from_symantec_2010())
    assert not mixed and "Symantec" in mixed.message
    assert check("01.3", l01._spam_drop())


@pytest.mark.parametrize("lang", ["it", "fr"])
def test_l01_feedback_on_the_option_chosen(lang, fresh_attempts):
    cl.set_language(lang)
    for letter in ("a", "c", "d"):
        fb = check("01.1", letter)
        assert not fb and get_exercise("01.1").option_feedback[letter][lang] in fb.message
    right = check("01.1", "b")
    assert right and get_exercise("01.1").option_feedback["b"][lang] in right.message
    pull = check("01.4", "a")
    assert not pull and get_exercise("01.4").option_feedback["a"][lang] in pull.message

"""Validation errors: English in a script, the notebook's language once one is selected;
numbers beyond float range refused with the same clear error, never an OverflowError."""
import re
import string

import numpy as np
import pytest

import course_lib as cl
from course_lib._strings_errors import ERRORS
from course_lib._validate import check_choice, check_int, check_real
from course_lib.exercises import check


def _fields(template):
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


@pytest.mark.parametrize("key", sorted(ERRORS))
def test_every_message_exists_in_three_languages_with_the_same_fields(key):
    assert set(ERRORS[key]) == {"en", "it", "fr"}
    fields = {lang: _fields(text) for lang, text in ERRORS[key].items()}
    assert fields["it"] == fields["en"] == fields["fr"], key
    fr = ERRORS[key]["fr"]
    assert not re.search(r"[ \t][;:!?]", fr), f"{key}: French needs a non-breaking space before ; : ! ?"


def test_english_until_a_language_is_selected_then_that_language():
    with pytest.raises(ValueError, match=r"^retention must be in \[0\.0, 1\.0\]; got 1\.5$"):
        check_real("retention", 1.5, low=0.0, high=1.0)
    cl.set_language("fr")
    with pytest.raises(ValueError) as err:
        check_real("retention", 1.5, low=0.0, high=1.0)
    assert str(err.value) == "retention doit être dans [0,0\u00a0; 1,0]\u00a0; reçu 1,5"
    cl.set_language("it")
    with pytest.raises(ValueError, match=r"^retention deve essere in \[0,0; 1,0\]; ricevuto 1,5$"):
        check_real("retention", 1.5, low=0.0, high=1.0)
    with pytest.raises(ValueError, match="deve essere un numero intero"):
        check_int("n", 2.5, low=1)
    with pytest.raises(ValueError, match="deve essere uno tra"):
        check_choice("lang", "en", ("it", "fr"))


def test_model_errors_reach_the_student_in_the_notebooks_language():
    cl.set_language("fr")
    with pytest.raises(ValueError, match="^gamma doit"):
        cl.attention.attention_shares([1.0, 2.0], gamma=-1.0)
    cl.set_language("it")
    with pytest.raises(ValueError, match="^gamma deve"):
        cl.attention.attention_shares([1.0, 2.0], gamma=-1.0)


@pytest.mark.parametrize("huge", [10**400, -(10**400), [1, 10**400]])
def test_numbers_beyond_float_range_are_refused_by_name(huge):
    with pytest.raises(ValueError, match="^x must be a real number .* too large"):
        check_real("x", huge)
    with pytest.raises(ValueError, match="^gamma "):
        cl.attention.attention_shares([1.0, 2.0], gamma=huge)
    with pytest.raises(ValueError, match="^n must be an integer"):
        check_int("n", huge, low=1, high=100)


@pytest.mark.parametrize("answer", [10**400, -(10**400), float("nan"), float("inf")])
def test_an_exercise_check_never_shows_a_traceback(answer):
    cl.set_language("fr")
    feedback = check("01.2", answer)
    assert not feedback and "nombre" in feedback.message


def test_numpy_scalars_are_shown_as_numbers_not_reprs():
    with pytest.raises(ValueError) as err:
        check_real("spend", np.float64(-80.0), low=0.0)
    assert "np.float64" not in str(err.value) and "-80.0" in str(err.value)

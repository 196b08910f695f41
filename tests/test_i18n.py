"""The translation table: complete in both languages, every key used in code exists."""
import re
from pathlib import Path

import pytest

import course_lib as cl
from course_lib._strings import TRANSLATIONS

SRC = Path(cl.__file__).parent
FR_PUNCT = re.compile(r"[^\u00a0\u202f\s]([;:!?])(\s|$)")


@pytest.mark.parametrize("key", sorted(TRANSLATIONS))
def test_every_key_has_both_languages(key):
    entry = TRANSLATIONS[key]
    assert set(entry) == {"it", "fr"}, key
    assert entry["it"].strip() and entry["fr"].strip()


def _keys_used_in_code():
    used = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_0-9.]+)["']""", text))
        used |= set(re.findall(r"""Slider\(\s*"[a-z_]+",\s*"([a-z_0-9.]+)\"""", text))
        for group in re.findall(r"""_decorate\(\s*\w+,\s*"([a-z_0-9]+)\"""", text):
            used |= {f"{group}.xlabel", f"{group}.ylabel", f"{group}.title"}
    return used


def test_keys_used_in_code_exist():
    used = _keys_used_in_code()
    assert len(used) > 30  # the scan itself works
    missing = sorted(used - set(TRANSLATIONS))
    assert not missing, f"keys used in course_lib but missing from the table: {missing}"


@pytest.mark.parametrize("key", sorted(TRANSLATIONS))
def test_french_typography(key):
    fr = TRANSLATIONS[key]["fr"]
    assert not FR_PUNCT.search(fr), f"{key}: French needs a non-breaking space before ; : ! ?  -> {fr!r}"
    assert "«" not in fr or "«\u00a0" in fr


def test_set_language_switches_and_rejects_unknown():
    try:
        cl.set_language("fr")
        assert cl.t("week") == "semaine"
        cl.set_language("it")
        assert cl.t("week") == "settimana"
        with pytest.raises(ValueError, match="lang.*'de'"):
            cl.set_language("de")
        with pytest.raises(ValueError, match="key"):
            cl.t("no.such.key")
    finally:
        cl.set_language("it")

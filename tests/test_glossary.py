"""Tests of the course glossary (data/glossary.csv) and of course_lib.glossary."""
from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

import course_lib
from course_lib import datasets as ds
from course_lib.glossary import (
    GlossaryTable,
    definition,
    glossary_keys,
    key_terms,
    missing_terms,
    term,
)

REPO_DATA = Path(__file__).resolve().parents[1] / "data"
REFERENCES = Path(__file__).resolve().parent / "fixtures" / "glossary_seed.md"  # copied from the research notes
NBSP = "\u00a0"
NNBSP = "\u202f"

# REFERENCES.md §3, seed row -> (English term as in the seed, glossary key(s))
SEED = {
    1: ("interruption marketing", ["interruption_marketing"]),
    2: ("permission marketing", ["permission_marketing"]),
    3: ("outbound marketing", ["outbound_marketing"]),
    4: ("inbound marketing", ["inbound_marketing"]),
    5: ("push / pull strategy", ["push_pull_strategy"]),
    6: ("cold call", ["cold_call"]),
    7: ("telemarketing", ["telemarketing"]),
    8: ("call centre", ["call_centre"]),
    9: ("do-not-call registry", ["do_not_call_registry"]),
    10: ("spam", ["spam"]),
    11: ("opt-in", ["opt_in"]),
    12: ("opt-out", ["opt_out"]),
    13: ("double opt-in", ["double_opt_in"]),
    14: ("soft opt-in", ["soft_opt_in"]),
    15: ("consent", ["consent"]),
    16: ("unsubscribe", ["unsubscribe"]),
    17: ("unsubscribe rate", ["unsubscribe_rate"]),
    18: ("frequency capping", ["frequency_capping"]),
    19: ("ad fatigue", ["ad_fatigue"]),
    20: ("message fatigue", ["message_fatigue"]),
    21: ("wear-out", ["wear_out"]),
    22: ("wear-in", ["wear_in"]),
    23: ("habituation", ["habituation"]),
    24: ("banner blindness", ["banner_blindness"]),
    25: ("ad avoidance / ad blocker", ["ad_avoidance", "ad_blocker"]),
    26: ("ad clutter", ["ad_clutter"]),
    27: ("ad break", ["ad_break"]),
    28: ("pop-up", ["pop_up"]),
    29: ("share of voice", ["share_of_voice"]),
    30: ("reach", ["reach"]),
    31: ("frequency", ["average_frequency"]),
    32: ("effective frequency", ["effective_frequency"]),
    33: ("GRP", ["grp"]),
    34: ("adstock / carry-over effect", ["adstock"]),
    35: ("saturation / diminishing returns", ["saturation", "diminishing_returns"]),
    36: ("response curve", ["response_curve"]),
    37: ("pulsing / flighting / continuity", ["pulsing_flighting_continuity"]),
    38: ("forgetting curve", ["forgetting_curve"]),
    39: ("mere-exposure effect", ["mere_exposure_effect"]),
    40: ("click-through rate (CTR) / open rate", ["click_through_rate", "open_rate"]),
    41: ("churn", ["churn"]),
    42: ("retention", ["retention"]),
    43: ("customer acquisition cost (CAC)", ["customer_acquisition_cost"]),
    44: ("customer lifetime value (CLV)", ["customer_lifetime_value"]),
    45: ("loyalty programme / air miles", ["loyalty_programme"]),
    46: ("attention economy", ["attention_economy"]),
    47: ("advertising pressure", ["advertising_pressure"]),
}

# terms the course brief asks for beyond the seed
COURSE_KEYS = [
    "attention", "outside_option", "share_of_attention", "share_of_voice",
    "contest_success_function", "escalation", "rent_dissipation", "nash_equilibrium",
    "best_response", "prisoners_dilemma", "two_factor_theory", "optimal_number_of_exposures",
    "awareness", "spacing_effect", "burst_schedule", "spread_schedule", "fatigue_stock",
    "recovery", "half_life", "engagement", "conversion_rate", "hazard", "life_table",
    "selection_bias", "frequency_capping", "bloctel", "italian_opposition_register", "tusma",
    "permission_levels", "anticipated_personal_relevant", "double_opt_in",
    "marketing_automation", "data_driven_marketing", "contextual_advertising",
    "personalisation", "profiling", "customer_lifetime_value", "acquisition_vs_retention",
    "spam", "available_brain_time",
]


@pytest.fixture(scope="module")
def gloss() -> pd.DataFrame:
    return ds.load_glossary()


@pytest.fixture(autouse=True)
def _restore_language():
    before = course_lib.get_language()
    yield
    course_lib.set_language(before)


# --- the table ---------------------------------------------------------------------------
def test_columns_exactly(gloss):
    assert list(gloss.columns) == ["key", "en", "it", "fr", "def_it", "def_fr", "notes"]
    with open(REPO_DATA / "glossary.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == list(gloss.columns)
    assert all(len(r) == 7 for r in rows)
    assert len(rows) - 1 == len(gloss)


def test_size_and_non_empty(gloss):
    assert len(gloss) >= 55
    for col in ["key", "en", "it", "fr", "def_it", "def_fr"]:
        empty = gloss.loc[gloss[col].str.strip() == "", "key"].tolist()
        assert empty == [], f"empty {col}: {empty}"


def test_keys_snake_case_and_unique(gloss):
    assert gloss["key"].is_unique
    bad = [k for k in gloss["key"] if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", k)]
    assert bad == []


def test_every_seed_term_present(gloss):
    assert sorted(SEED) == list(range(1, 48))
    en = dict(zip(gloss["key"], gloss["en"].str.lower()))
    for row, (seed_en, keys) in SEED.items():
        for k in keys:
            assert k in en, f"seed row {row} ({seed_en}): key {k!r} missing"
        first = seed_en.split(" / ")[0].split(" (")[0].lower()
        assert any(first in en[k] for k in keys), f"seed row {row}: {seed_en!r} not in {keys}"


def test_seed_table_in_references_matches():
    text = REFERENCES.read_text(encoding="utf-8")
    section = text.split("## 3.")[1].split("\n## ")[0]
    rows = re.findall(r"^\|\s*(\d+)\s*\|\s*([^|]+?)\s*\|", section, flags=re.M)
    assert len(rows) == 47
    def core(s):  # "(average) frequency" -> "frequency"; "spam (unsolicited ...)" -> "spam"
        return re.sub(r"\([^)]*\)", "", s.lower()).split(" / ")[0].strip()

    for num, english in rows:
        assert core(english).startswith(core(SEED[int(num)][0])), (num, english)


def test_course_terms_present(gloss):
    assert missing_terms(COURSE_KEYS) == []


def test_french_typography(gloss):
    for col in ["fr", "def_fr"]:
        for key, text in zip(gloss["key"], gloss[col]):
            # no ordinary space (or no space at all) before ; : ! ?
            assert not re.search(r"[ \t]+[;:!?]", text), (key, col, text)
            for m in re.finditer(r"[;:!?]", text):
                assert m.start() > 0 and text[m.start() - 1] in (NBSP, NNBSP), (key, col, text)
            # guillemets with non-breaking spaces inside, no straight double quotes
            assert '"' not in text, (key, col, text)
            for m in re.finditer("«", text):
                assert text[m.end():m.end() + 1] == NBSP, (key, col, text)
            for m in re.finditer("»", text):
                assert text[m.start() - 1] == NBSP, (key, col, text)
            assert text.count("«") == text.count("»"), (key, col, text)


def test_guillemets_are_used_somewhere(gloss):
    # the rule above is not vacuous
    assert gloss["fr"].str.contains(f"«{NBSP}").any()
    assert gloss["def_fr"].str.contains(f"{NBSP}:").any()


def test_italian_accents_not_apostrophes(gloss):
    for col in ["it", "def_it"]:
        for key, text in zip(gloss["key"], gloss[col]):
            # "pubblicita'" or "E'" instead of "pubblicità", "È"
            assert not re.search(r"[A-Za-z]'(?=[\s.,;:)]|$)", text), (key, col, text)
    joined = " ".join(gloss["def_it"])
    for word in ["è", "più", "pubblicità"]:
        assert word in joined


def test_definitions_are_one_sentence(gloss):
    for col in ["def_it", "def_fr"]:
        for key, text in zip(gloss["key"], gloss[col]):
            assert text == text.strip() and text.endswith("."), (key, col)
            assert text[0].isupper(), (key, col)
            assert not re.search(r"[.!?]\s+[A-ZÀ-ÖØ-Þ]", text[:-1]), (key, col, text)


def test_false_friend_televendita_noted(gloss):
    notes = gloss.set_index("key").loc["telemarketing", "notes"]
    assert "televendita" in notes and "TV shopping" in notes


def test_utf8_and_nbsp_bytes():
    raw = (REPO_DATA / "glossary.csv").read_bytes()
    text = raw.decode("utf-8")
    assert NBSP in text and "\ufeff" not in text


# --- term / definition -------------------------------------------------------------------
def test_term_follows_current_language():
    course_lib.set_language("it")
    assert term("cold_call") == "chiamata a freddo"
    course_lib.set_language("fr")
    assert term("cold_call") == "prospection téléphonique à froid"
    assert term("cold_call", "it") == "chiamata a freddo"
    assert term("cold_call", "en") == "cold call"


def test_term_preferred_and_all_forms():
    assert term("spam", "it") == "spam"
    assert term("spam", "it", all_forms=True) == "spam; posta indesiderata"
    assert term("available_brain_time", "fr") == "temps de cerveau humain disponible"
    assert term("permission_marketing", "fr", all_forms=True).startswith("permission marketing" + NBSP + ";")
    assert NBSP not in term("permission_marketing", "fr")


def test_every_key_has_a_term_and_definition(gloss):
    for key in glossary_keys():
        for lang in ("it", "fr"):
            assert term(key, lang)
            assert definition(key, lang).endswith(".")
    assert glossary_keys() == gloss["key"].tolist()


def test_unknown_key_and_language():
    with pytest.raises(ValueError, match="no_such_term"):
        term("no_such_term")
    with pytest.raises(ValueError, match="lang"):
        term("spam", "de")
    with pytest.raises(ValueError, match="no_such_term"):
        definition("no_such_term", "it")


# --- key_terms ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "lang, headings",
    [("it", ["Termine", "Definizione", "In inglese"]), ("fr", ["Terme", "Définition", "En anglais"])],
)
def test_key_terms_localised(lang, headings):
    course_lib.set_language(lang)
    keys = ["interruption_marketing", "permission_marketing", "spam"]
    table = key_terms(keys)
    assert isinstance(table, pd.DataFrame) and isinstance(table, GlossaryTable)
    assert list(table.columns) == headings
    assert list(table.index) == [1, 2, 3]
    assert table.iloc[0, 2] == "interruption marketing"
    assert table.iloc[2, 1] == definition("spam", lang)
    assert list(key_terms(keys, lang="it" if lang == "fr" else "fr").columns) != headings


def test_key_terms_display_in_full():
    table = key_terms(["italian_opposition_register", "available_brain_time"], "fr")
    long_def = definition("italian_opposition_register", "fr")
    assert len(long_def) > 100
    html = table._repr_html_()
    assert long_def.replace("'", "&#39;") in html or long_def in html
    assert "Définition" in html
    assert long_def in repr(table)
    # no index column in the text view
    assert not repr(table).splitlines()[1].startswith("1")


def test_key_terms_unknown_key_named():
    with pytest.raises(ValueError, match="'not_a_term'"):
        key_terms(["spam", "not_a_term"])


def test_key_terms_dedupes_and_accepts_a_single_key():
    assert len(key_terms(["spam", "spam", "churn"], "it")) == 2
    assert len(key_terms("spam", "it")) == 1
    with pytest.raises(ValueError, match="lang"):
        key_terms(["spam"], "en")


def test_missing_terms():
    assert missing_terms(["spam", "zzz", "churn", "zzz", "yyy"]) == ["zzz", "yyy"]
    assert missing_terms([]) == []
    assert missing_terms("zzz") == ["zzz"]


# --- the glossary follows the data folder ---------------------------------------------------
def test_glossary_reloads_from_env_folder(tmp_path, monkeypatch):
    for name in ds.data_files():
        shutil.copy(REPO_DATA / name, tmp_path / name)
    path = tmp_path / "glossary.csv"
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    rows[0]["it"] = "interruzione di prova"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    monkeypatch.setenv(ds.DATA_ENV_VAR, str(tmp_path))
    assert term(rows[0]["key"], "it") == "interruzione di prova"
    rows[0]["def_it"] = ""
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with pytest.raises(ValueError, match="glossary.csv.*'def_it'"):
        term(rows[0]["key"], "it")
    monkeypatch.delenv(ds.DATA_ENV_VAR)
    assert term(rows[0]["key"], "it") == "marketing dell'interruzione"

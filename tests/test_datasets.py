"""Tests of course_lib.datasets: shipped files load, malformed files are rejected clearly."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from course_lib import datasets as ds
from csv_utils import read_rows as _rows, write_rows as _write

REPO_DATA = Path(__file__).resolve().parents[1] / "data"
LOADERS = {
    "bank_full_campaign_counts.csv": ds.load_bank_counts,
    "spam_share_verified.csv": ds.load_spam_share,
    "tv_ad_caps_it.csv": ds.load_tv_caps,
    "tv_ad_caps_fr.csv": lambda: ds.load_tv_caps(country="fr"),
    "glossary.csv": ds.load_glossary,
    "bank_full_relationship_counts.csv": ds.load_bank_relationship,
}


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of the shipped data folder, selected through COURSE_LIB_DATA."""
    for name in ds.data_files(with_cards=True):
        shutil.copy(REPO_DATA / name, tmp_path / name)
    monkeypatch.setenv(ds.DATA_ENV_VAR, str(tmp_path))
    return tmp_path


def _assert_names(info, name, column, pattern):
    """The error names the file and the column, and says what is wrong."""
    msg = str(info.value)
    assert name in msg, msg
    assert f"'{column}'" in msg, msg
    assert re.search(pattern, msg), msg


# --- the shipped files -------------------------------------------------------------------
def test_data_dir_default_is_repo_data(monkeypatch):
    monkeypatch.delenv(ds.DATA_ENV_VAR, raising=False)
    assert ds.data_dir() == REPO_DATA
    assert ds.DATA_DIR == REPO_DATA


def test_data_dir_follows_env_var(tmp_path, monkeypatch):
    monkeypatch.setenv(ds.DATA_ENV_VAR, str(tmp_path))
    assert ds.data_dir() == tmp_path
    assert ds.DATA_DIR == tmp_path


def test_data_files_all_shipped():
    names = ds.data_files(with_cards=True)
    assert set(LOADERS) <= set(names)
    assert all(n.endswith(".md") for n in names if n not in LOADERS)
    missing = [n for n in names if not (REPO_DATA / n).is_file()]
    assert missing == []
    assert ds.data_files() == list(LOADERS)


@pytest.mark.parametrize("name", list(LOADERS))
def test_loaders_return_dataframes_with_schema(name):
    df = LOADERS[name]()
    assert isinstance(df, pd.DataFrame) and len(df) > 0
    assert list(df.columns) == list(ds.SCHEMAS[name])


def test_bank_counts_totals_match_references():
    df = ds.load_bank_counts()
    assert df["clients"].sum() == 45_211
    assert df["subscribed"].sum() == 5_289
    assert df["campaign"].min() == 1 and df["campaign"].max() == 63
    assert df["campaign"].is_monotonic_increasing
    for col in df.columns:
        assert pd.api.types.is_integer_dtype(df[col])
    first = df.iloc[0]
    assert (first["clients"], first["subscribed"]) == (17_544, 2_561)
    # REFERENCES §2.1: 14.60 % at one contact, largest campaign with a "yes" is 32
    assert round(100 * first["subscribed"] / first["clients"], 2) == 14.60
    assert df.loc[df["subscribed"] > 0, "campaign"].max() == 32
    # total calls 124,956 -> 4.23 sales per 100 calls
    assert (df["campaign"] * df["clients"]).sum() == 124_956


def test_shipped_csvs_identical_to_research_copies():
    """Each derived CSV is byte for byte the research copy whose SHA-256 its data card records."""
    import hashlib

    cards = sorted(REPO_DATA.glob("*.md"))
    checked = 0
    for card in cards:
        m = re.search(r"SHA-256 of `([^`]+)`[^`]*`([0-9a-f]{64})`", card.read_text(encoding="utf-8"))
        if not m:
            continue
        name, digest = m.groups()
        assert hashlib.sha256((REPO_DATA / name).read_bytes()).hexdigest() == digest, f"{name} differs from its card"
        checked += 1
    assert checked >= 2, "the bank and spam cards record their SHA-256"


def test_spam_share_values_and_vendor_filter():
    df = ds.load_spam_share()
    assert df["spam_share_pct"].between(0, 100).all()
    assert "Kaspersky" in set(df["vendor"])
    k = ds.load_spam_share(vendor="Kaspersky")
    assert set(k["vendor"]) == {"Kaspersky"} and len(k) < len(df)
    assert float(df.loc[df["period"] == "2015", "spam_share_pct"].iloc[0]) == 55.28
    with pytest.raises(ValueError, match="vendor"):
        ds.load_spam_share(vendor="Nobody")


def test_tv_caps_rows_match_references():
    df = ds.load_tv_caps(in_force_only=False)
    caps = {(r.broadcaster_type, r.window, r.in_force): r.cap_pct for r in df.itertuples()}
    assert caps[("rai_public_service", "06-18", True)] == 6
    assert caps[("rai_public_service", "18-24", True)] == 6
    assert caps[("rai_public_service", "06-18", False)] == 7
    assert caps[("rai_public_service", "18-24", False)] == 7
    assert caps[("rai_public_service", "any_hour", True)] == 12
    assert caps[("national_commercial_fta", "06-18", True)] == 20
    assert caps[("national_commercial_fta", "18-24", True)] == 20
    assert len(df) == 7
    now = ds.load_tv_caps()
    assert len(now) == 5 and now["in_force"].all()
    assert not now.duplicated(["broadcaster_type", "window"]).any()
    assert now["label_it"].is_unique and now["label_fr"].is_unique
    assert pd.api.types.is_float_dtype(df["cap_pct"])


def test_tv_caps_fr_rows_match_facts_checked():
    df = ds.load_tv_caps(country="fr")
    caps = {(r.broadcaster_type, r.window): (r.cap_min_per_hour, r.cap_pct) for r in df.itertuples()}
    assert caps[("private", "daily_average")] == (9, 15)
    assert caps[("private", "any_hour")] == (12, 20)
    assert caps[("france_televisions", "daily_average")] == (6, 10)
    assert caps[("france_televisions", "any_hour")][0] == 8
    assert caps[("france_televisions", "20-06")] == (0, 0)
    assert len(df) == 5 and df["in_force"].all()
    assert df["label_it"].is_unique and df["label_fr"].is_unique
    assert (abs(df["cap_pct"] - df["cap_min_per_hour"] / 60 * 100) <= 0.01).all()
    assert ds.LOADERS["tv_ad_caps_fr.csv"]().equals(df)


@pytest.mark.parametrize("country", ["de", "IT", "", None, 3])
def test_tv_caps_country_is_validated(country):
    with pytest.raises(ValueError, match="country must be one of"):
        ds.load_tv_caps(country=country)


@pytest.mark.parametrize(
    "column, value, pattern",
    [
        ("cap_min_per_hour", "61", r"must be in \[0"),
        ("cap_pct", "16", "cap_min_per_hour / 60"),
        ("window", "daily_average", "duplicate key"),
        ("label_fr", "chaînes privées, moyenne quotidienne", "duplicate key"),
    ],
)
def test_tv_caps_fr_bad_values(data_copy, column, value, pattern):
    name = "tv_ad_caps_fr.csv"
    rows = _rows(data_copy / name)
    rows[1][column] = value
    _write(data_copy / name, rows)
    with pytest.raises(ValueError) as info:
        ds.load_tv_caps(country="fr")
    msg = str(info.value)
    assert name in msg and re.search(pattern, msg), msg


@pytest.mark.parametrize("country, name", [("it", "tv_ad_caps_it.csv"), ("fr", "tv_ad_caps_fr.csv")])
def test_tv_caps_need_a_cap_in_force(data_copy, country, name):
    rows = [r for r in _rows(data_copy / name)]
    for r in rows:
        r["in_force"] = "false"
        r["valid_to"] = "2020-01-01"
    _write(data_copy / name, rows)
    with pytest.raises(ValueError) as info:
        ds.load_tv_caps(country=country)
    _assert_names(info, name, "in_force", "at least one row")


# --- missing and malformed files -------------------------------------------------------
@pytest.mark.parametrize("name", list(LOADERS))
def test_missing_file_names_file_and_what_to_do(data_copy, name):
    (data_copy / name).unlink()
    with pytest.raises(FileNotFoundError) as info:
        LOADERS[name]()
    msg = str(info.value)
    assert name in msg and ds.DATA_ENV_VAR in msg and "Restore" in msg
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("name", list(LOADERS))
def test_missing_column(data_copy, name):
    rows = _rows(data_copy / name)
    dropped = list(rows[0])[-1]
    for r in rows:
        del r[dropped]
    _write(data_copy / name, rows)
    with pytest.raises(ValueError, match=rf"{name}.*missing column.*{dropped}"):
        LOADERS[name]()


@pytest.mark.parametrize("name", list(LOADERS))
def test_extra_column(data_copy, name):
    rows = _rows(data_copy / name)
    for r in rows:
        r["surprise"] = "1"
    _write(data_copy / name, rows)
    with pytest.raises(ValueError, match=rf"{name}.*unexpected column.*surprise"):
        LOADERS[name]()


def test_empty_file_with_header_only(data_copy):
    (data_copy / "glossary.csv").write_text("key,en,it,fr,def_it,def_fr,notes\n", encoding="utf-8")
    with pytest.raises(ValueError, match="glossary.csv.*no rows"):
        ds.load_glossary()


@pytest.mark.parametrize(
    "column, value, pattern",
    [
        ("clients", "many", "must be an integer"),
        ("clients", "12.5", "must be an integer"),
        ("clients", "-3", r"must be in \[1"),
        ("clients", "0", r"must be in \[1"),
        ("subscribed", "-1", r"must be in \[0"),
        ("campaign", "0", r"must be in \[1"),
        ("subscribed", "999999", "must not exceed column 'clients'"),
        ("campaign", "2", "duplicate key"),
    ],
)
def test_bank_counts_bad_values(data_copy, column, value, pattern):
    name = "bank_full_campaign_counts.csv"
    rows = _rows(data_copy / name)
    rows[0][column] = value
    _write(data_copy / name, rows)
    with pytest.raises(ValueError) as info:
        ds.load_bank_counts()
    _assert_names(info, name, column, pattern)


@pytest.mark.parametrize("value", ["101", "-0.5", "lots"])
def test_spam_share_bad_percentage(data_copy, value):
    name = "spam_share_verified.csv"
    rows = _rows(data_copy / name)
    rows[3]["spam_share_pct"] = value
    _write(data_copy / name, rows)
    with pytest.raises(ValueError, match=rf"{name}: column 'spam_share_pct'"):
        ds.load_spam_share()


def test_spam_share_duplicate_and_empty(data_copy):
    name = "spam_share_verified.csv"
    rows = _rows(data_copy / name)
    _write(data_copy / name, rows + [rows[0]])
    with pytest.raises(ValueError, match=rf"{name}: duplicate key.*period.*vendor"):
        ds.load_spam_share()
    rows[2]["vendor"] = "  "
    _write(data_copy / name, rows)
    with pytest.raises(ValueError, match=rf"{name}: column 'vendor' must not be empty.*line 4"):
        ds.load_spam_share()


@pytest.mark.parametrize(
    "column, value, pattern",
    [
        ("cap_pct", "120", r"must be in \[0"),
        ("cap_pct", "venti", "must be a number"),
        ("in_force", "maybe", "true or false"),
        ("in_force", "false", "exactly when 'valid_to' is empty"),
        ("valid_to", "31/12/2022", "ISO date"),
        ("source", "", "must not be empty"),
    ],
)
def test_tv_caps_bad_values(data_copy, column, value, pattern):
    name = "tv_ad_caps_it.csv"
    rows = _rows(data_copy / name)
    rows[-1][column] = value
    _write(data_copy / name, rows)
    with pytest.raises(ValueError) as info:
        ds.load_tv_caps()
    _assert_names(info, name, column, pattern)


@pytest.mark.parametrize(
    "column, value, pattern",
    [
        ("def_it", "", "must not be empty"),
        ("def_fr", "   ", "must not be empty"),
        ("fr", "", "must not be empty"),
        ("key", "Cold Call", "snake_case"),
        ("key", "interruption_marketing", "duplicate key"),
    ],
)
def test_glossary_bad_values(data_copy, column, value, pattern):
    name = "glossary.csv"
    rows = _rows(data_copy / name)
    rows[5][column] = value
    _write(data_copy / name, rows)
    with pytest.raises(ValueError) as info:
        ds.load_glossary()
    _assert_names(info, name, column, pattern)


def test_not_utf8(data_copy):
    (data_copy / "glossary.csv").write_bytes(
        "key,en,it,fr,def_it,def_fr,notes\nx,a,perché,b,c,d,\n".encode("latin-1")
    )
    with pytest.raises(ValueError, match="glossary.csv.*UTF-8"):
        ds.load_glossary()


@pytest.mark.parametrize("name", list(LOADERS))
def test_every_data_file_has_a_data_card(name):
    card = (REPO_DATA / name).with_suffix(".md")
    assert card.is_file(), f"{name} has no data card"
    text = card.read_text(encoding="utf-8").lower()
    for section in ("source", "licen", "column"):
        assert section in text, f"{card.name} says nothing about its {section}"
    for column in ds.SCHEMAS[name]:
        assert column.lower() in text, f"{card.name} does not describe column {column!r}"


# --- lesson 08: the bank's clients by earlier relationship ----------------------------------
RELATIONSHIP = "bank_full_relationship_counts.csv"


def test_relationship_reproduces_the_published_rates():
    df = ds.load_bank_relationship()
    assert list(df.columns) == ["previous_contacts", "previous_outcome", "clients", "subscribed"]
    assert df["clients"].sum() == 45_211 and df["subscribed"].sum() == 5_289
    cold = df[df["previous_contacts"] == "0"]
    assert round(100 * cold["subscribed"].sum() / cold["clients"].sum(), 1) == 9.2
    won = df[df["previous_outcome"] == "success"]
    assert won["clients"].sum() == 1_511
    assert round(100 * won["subscribed"].sum() / won["clients"].sum(), 1) == 64.7
    assert list(df["previous_contacts"].unique()) == ["0", "1", "2", "3+"]
    assert ds.LOADERS[RELATIONSHIP] is ds.load_bank_relationship
    assert RELATIONSHIP in ds.data_files()


@pytest.mark.parametrize(
    "row, column, value, pattern",
    [
        (1, "previous_outcome", "succes", "must be one of"),
        (1, "previous_contacts", "4", "must be one of"),
        (0, "previous_outcome", "success", "must be 'unknown' when 'previous_contacts' is '0'"),
        (3, "subscribed", "474", "must not exceed column 'clients'"),
        (3, "clients", "0", r"must be in \[1"),
        (2, "subscribed", "-1", r"must be in \[0"),
        (2, "clients", "many", "must be an integer"),
    ],
)
def test_relationship_bad_values_name_file_column_and_line(data_copy, row, column, value, pattern):
    rows = _rows(data_copy / RELATIONSHIP)
    rows[row][column] = value
    _write(data_copy / RELATIONSHIP, rows)
    with pytest.raises(ValueError) as info:
        ds.load_bank_relationship()
    msg = str(info.value)
    assert RELATIONSHIP in msg and re.search(pattern, msg), msg
    assert f"'{column}'" in msg or "'subscribed'" in msg, msg
    assert f"line {row + 2}" in msg, msg


def test_relationship_duplicate_and_missing_file(data_copy):
    rows = _rows(data_copy / RELATIONSHIP)
    _write(data_copy / RELATIONSHIP, rows + [rows[4]])
    with pytest.raises(ValueError, match=rf"{RELATIONSHIP}: duplicate key"):
        ds.load_bank_relationship()
    (data_copy / RELATIONSHIP).unlink()
    with pytest.raises(ds.DataFileNotFoundError, match=RELATIONSHIP):
        ds.load_bank_relationship()


def test_relationship_has_a_data_card():
    card = (REPO_DATA / RELATIONSHIP).with_suffix(".md").read_text(encoding="utf-8")
    for needed in ("10.24432/C5K306", "CC BY 4.0", "Descriptive", "selection", *ds.SCHEMAS[RELATIONSHIP]):
        assert needed in card


# --- the cards speak the course's languages ----------------------------------------------------
CARD_LANGS = ("## In italiano", "## En français")


def _card_section(text: str, heading: str) -> str | None:
    """The body of a level-2 section (up to the next level-1 or level-2 heading), or None."""
    m = re.search(rf"^{re.escape(heading)}[ \t]*\n(.*?)(?=^#{{1,2}} |\Z)", text, flags=re.M | re.S)
    return m.group(1).strip() if m else None


def _words(md: str) -> int:
    """Words as a reader counts them: an inline code span is one word, punctuation is none."""
    return len(re.findall(r"\w[\w'’./-]*", re.sub(r"`[^`\n]+`", " code ", md)))


@pytest.mark.parametrize("card", sorted(REPO_DATA.glob("*.md")), ids=lambda p: p.name)
def test_every_card_opens_with_an_italian_and_a_french_section(card):
    """A French or Italian reader who follows a lesson's link to a card finds their language at the top."""
    from notebook_utils import french_typography_problems, italian_accent_problems

    text = card.read_text(encoding="utf-8")
    headings = re.findall(r"^#{1,2} .*$", text, flags=re.M)
    assert headings[0].startswith("# ") and list(headings[1:3]) == list(CARD_LANGS), (
        f"{card.name}: the title, then '## In italiano' and '## En français', got {headings[:3]}")
    loader = re.search(r"`(?:course_lib|cl)\.datasets\.(load_\w+)\(", text)
    assert loader, f"{card.name}: the English card names its loader"
    sections = {h: _card_section(text, h) for h in CARD_LANGS}
    for heading, body in sections.items():
        assert body, f"{card.name}: {heading} is empty"
        assert 80 <= _words(body) <= 190, f"{card.name}: {heading} has {_words(body)} words (80-190)"
        assert f"{loader.group(1)}(" in body, f"{card.name}: {heading} does not show how to load the data"
        numbers = re.sub(r"`[^`\n]+`|CC BY(?:-[A-Z]+)*\s+\d\.\d", "", body)  # code and licence versions aside
        assert not re.search(r"\d\.\d{1,2}(?!\d)", numbers), f"{card.name}: {heading} needs a decimal comma"
        assert not re.search(r"\d ?%", body), f"{card.name}: {heading} needs a non-breaking space before %"
    it, fr = sections["## In italiano"], sections["## En français"]
    assert not italian_accent_problems(it), f"{card.name}: {italian_accent_problems(it)}"
    assert not french_typography_problems(fr), f"{card.name}: {french_typography_problems(fr)}"
    assert re.search(r"\b(Lezione|Lezioni|lezione)\b", it) and re.search(r"\b(Leçon|Leçons|leçon)\b", fr), (
        f"{card.name}: say which lesson uses the data")

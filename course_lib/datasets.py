"""Small data tables shipped with the course, loaded and checked.

Each table is a CSV file in the course's data folder, with a data card (``.md``) beside it
that gives its source, licence and caveats:

=================================  ==========================================================
file                               content
=================================  ==========================================================
``bank_full_campaign_counts.csv``  UCI Bank Marketing (``bank-full.csv``) aggregated by the
                                   number of contacts in the campaign; CC BY 4.0, derived.
``bank_full_relationship_counts``  the same clients by contacts in *earlier* campaigns and
``.csv``                           the earlier campaign's outcome; CC BY 4.0, derived.
``spam_share_verified.csv``        spam share of e-mail traffic, one published figure a row,
                                   with vendor, source and verification status.
``tv_ad_caps_it.csv``              Italian TV advertising caps, D.Lgs. 208/2021 (TUSMA) art. 45.
``tv_ad_caps_fr.csv``              French TV advertising caps (private channels, France
                                   Télévisions), in minutes per hour and percent.
``glossary.csv``                   the course glossary (key, en, it, fr, definitions, notes).
=================================  ==========================================================

The data folder is the environment variable ``COURSE_LIB_DATA`` when it is set, otherwise
the ``data/`` folder of the repository, next to the package
(``Path(__file__).resolve().parents[1] / "data"``). It is resolved at every call, so a
notebook or a test can point the loaders to another folder at any time.

Every loader checks the file before returning it: a missing file raises
:class:`DataFileNotFoundError` (both a :class:`FileNotFoundError` and a :class:`ValueError`);
missing or extra columns, wrong types, negative counts, ``subscribed > clients``,
percentages outside [0, 100], duplicate keys and empty required text raise a
:class:`ValueError` naming the file and the column.
"""
from __future__ import annotations

import functools
import os
import re
from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from ._validate import _dec, _err, _msg, _sep, _short

__all__ = [
    "DATA_ENV_VAR",
    "DATA_DIR",
    "DataFileNotFoundError",
    "data_dir",
    "data_files",
    "data_path",
    "load_bank_counts",
    "load_bank_relationship",
    "load_spam_share",
    "load_tv_caps",
    "load_glossary",
    "LOADERS",
]

DATA_ENV_VAR = "COURSE_LIB_DATA"
_DEFAULT_DATA_DIR = Path(__file__).resolve().parents[1] / "data"

BANK_COUNTS = "bank_full_campaign_counts.csv"
SPAM_SHARE = "spam_share_verified.csv"
TV_CAPS = "tv_ad_caps_it.csv"
TV_CAPS_FR = "tv_ad_caps_fr.csv"
GLOSSARY = "glossary.csv"
BANK_RELATIONSHIP = "bank_full_relationship_counts.csv"
#: the TV-caps file of each country
TV_CAPS_FILES = {"it": TV_CAPS, "fr": TV_CAPS_FR}
#: the time windows of the caps of each country (the TV-caps figure draws these)
TV_CAPS_WINDOWS = {"it": ("06-18", "18-24", "any_hour"), "fr": ("daily_average", "any_hour", "20-06")}

_FILES = (BANK_COUNTS, SPAM_SHARE, TV_CAPS, TV_CAPS_FR, GLOSSARY, BANK_RELATIONSHIP)

#: Column specification of every file: column -> kind.
#: Kinds: "int" (integer), "float" (real number), "text" (non-empty string),
#: "text?" (string, may be empty), "bool" (true/false).
SCHEMAS: dict[str, dict[str, str]] = {
    BANK_COUNTS: {"campaign": "int", "clients": "int", "subscribed": "int"},
    SPAM_SHARE: {
        "period": "text",
        "spam_share_pct": "float",
        "scope": "text",
        "vendor": "text",
        "source_as_seen": "text",
        "verification": "text",
    },
    TV_CAPS: {
        "broadcaster_type": "text",
        "window": "text",
        "cap_pct": "float",
        "valid_from": "text?",
        "valid_to": "text?",
        "in_force": "bool",
        "scope": "text",
        "label_it": "text",
        "label_fr": "text",
        "source": "text",
        "status": "text",
    },
    TV_CAPS_FR: {
        "broadcaster_type": "text",
        "window": "text",
        "cap_min_per_hour": "float",
        "cap_pct": "float",
        "valid_from": "text?",
        "valid_to": "text?",
        "in_force": "bool",
        "scope": "text",
        "label_it": "text",
        "label_fr": "text",
        "source": "text",
        "status": "text",
    },
    BANK_RELATIONSHIP: {
        "previous_contacts": "text",
        "previous_outcome": "text",
        "clients": "int",
        "subscribed": "int",
    },
    GLOSSARY: {
        "key": "text",
        "en": "text",
        "it": "text",
        "fr": "text",
        "def_it": "text",
        "def_fr": "text",
        "notes": "text?",
    },
}


class DataFileNotFoundError(FileNotFoundError, ValueError):
    """A course data file is missing (a :class:`FileNotFoundError` and a :class:`ValueError`)."""


def data_dir() -> Path:
    """Return the data folder: ``$COURSE_LIB_DATA`` if set, else the repository's ``data/``."""
    env = os.environ.get(DATA_ENV_VAR, "").strip()
    return Path(env).expanduser() if env else _DEFAULT_DATA_DIR


def __getattr__(name: str):
    # ``DATA_DIR`` is resolved when it is read, so changing COURSE_LIB_DATA takes effect.
    if name == "DATA_DIR":
        return data_dir()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def data_files(with_cards: bool = False) -> list[str]:
    """List the data files the course expects, relative to the data folder.

    Parameters
    ----------
    with_cards : bool
        Also list the data cards (``.md``) beside each CSV.

    Examples
    --------
    An environment check::

        missing = [f for f in data_files() if not (data_dir() / f).is_file()]
    """
    out: list[str] = []
    for name in _FILES:
        out.append(name)
        if with_cards:
            out.append(name[: -len(".csv")] + ".md")
    return out


def data_path(name: str) -> Path:
    """Return the full path of data file ``name`` (relative to the data folder)."""
    return data_dir() / name


# --------------------------------------------------------------------------------------
# reading and generic checks
# --------------------------------------------------------------------------------------
def _where() -> str:
    env = os.environ.get(DATA_ENV_VAR, "").strip()
    if env:
        return _msg("data_folder_env", folder=data_dir(), env=DATA_ENV_VAR)
    return _msg("data_folder", folder=data_dir())


def _read(name: str) -> pd.DataFrame:
    """Read ``name`` as strings and check its columns and cell types against SCHEMAS."""
    path = data_path(name)
    if not path.is_file():
        raise _err("data_not_found", DataFileNotFoundError, file=repr(name), where=_where(), name=name,
                   env=DATA_ENV_VAR)
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except UnicodeDecodeError:
        raise _err("data_not_utf8", file=name) from None
    except pd.errors.EmptyDataError:
        raise _err("data_empty_file", file=name) from None
    except pd.errors.ParserError as exc:  # the parser's own words (in English) say where it stopped
        raise _err("data_not_csv", file=name, detail=str(exc).strip()) from None

    schema = SCHEMAS[name]
    header = [str(c) for c in df.columns]
    dupes = sorted({c for c in header if header.count(c) > 1})
    missing = [c for c in schema if c not in header]
    extra = [c for c in header if c not in schema]
    if dupes or missing or extra:
        parts = []
        if missing:
            parts.append(_msg("data_missing_columns", cols=missing))
        if extra:
            parts.append(_msg("data_extra_columns", cols=extra))
        if dupes:
            parts.append(_msg("data_repeated_columns", cols=dupes))
        raise _err("data_columns", file=name, problems=_msg("list_sep").join(parts), expected=list(schema))
    if len(df) == 0:
        raise _err("data_no_rows", file=name)

    df = df[list(schema)].copy()
    out = {}
    for col, kind in schema.items():
        out[col] = _convert(name, col, kind, df[col])
    return pd.DataFrame(out)


#: largest integer a data file may hold (exact as a float, far from int64 overflow)
_MAX_EXACT_INT = 2**53


def _bad_row(name: str, col: str, mask: pd.Series, series: pd.Series, what: str, **fmt) -> ValueError:
    """The error of the first row in ``mask``: file, column, value and line; ``what`` is the key of
    the rule the column breaks (a template of :mod:`course_lib._strings_errors`, formatted with ``fmt``)."""
    pos = int(mask.to_numpy().nonzero()[0][0])
    line = pos + 2  # header is line 1
    return _err("data_bad_row", file=name, col=repr(col), what=_msg(what, **fmt), value=_cell(series.iloc[pos]),
                line=line)


def _cell(value) -> str:
    """A value read from a data file as a message shows it: the text of the file, or the number
    (16.0, never np.float64(16.0); with a decimal comma in Italian and French)."""
    return repr(value) if isinstance(value, str) else _short(value)


def _rng(low, high) -> str:
    """A closed interval of a data check, [0, 100] ([0; 100] in Italian and French)."""
    return f"[{low}{_sep()}{high}]"


def _convert(name: str, col: str, kind: str, s: pd.Series) -> pd.Series:
    s = s.astype(str)
    stripped = s.str.strip()
    if kind in ("text", "text?"):
        if kind == "text":
            empty = stripped == ""
            if empty.any():
                raise _bad_row(name, col, empty, s, "row_not_empty")
        return s
    if kind == "bool":
        low = stripped.str.lower()
        bad = ~low.isin(["true", "false"])
        if bad.any():
            raise _bad_row(name, col, bad, s, "row_bool")
        return low == "true"
    num = pd.to_numeric(stripped, errors="coerce")
    bad = num.isna() | ~np.isfinite(num.fillna(0.0).astype("float64"))
    if bad.any():
        what = "row_int" if kind == "int" else "row_number"
        raise _bad_row(name, col, bad, s, what)
    if kind == "int":
        frac = num != num.round()
        if frac.any():
            raise _bad_row(name, col, frac, s, "row_int")
        # beyond 2^53 a count is no longer exact, and beyond 2^63 it would wrap to a negative int64
        huge = num.abs() > _MAX_EXACT_INT
        if huge.any():
            raise _bad_row(name, col, huge, s, "row_int_range", rng=_rng(-_MAX_EXACT_INT, _MAX_EXACT_INT))
        return num.astype("int64")
    return num.astype("float64")


def _check_range(name, df, col, low=None, high=None):
    s = df[col]
    bad = pd.Series(False, index=s.index)
    if low is not None:
        bad |= s < low
    if high is not None:
        bad |= s > high
    if bad.any():
        lo = "-inf" if low is None else low
        hi = "inf" if high is None else high
        raise _bad_row(name, col, bad, s, "row_range", rng=_rng(lo, hi))


def _check_unique(name, df, cols: Iterable[str]):
    cols = list(cols)
    dup = df.duplicated(subset=cols, keep="first")
    if dup.any():
        pos = int(dup.to_numpy().nonzero()[0][0])
        value = tuple(df[c].iloc[pos] for c in cols)
        value = value[0] if len(cols) == 1 else value
        label = repr(cols[0]) if len(cols) == 1 else f"{cols}"
        shown = _cell(value) if len(cols) == 1 else f"({', '.join(_cell(v) for v in value)})"
        raise _err("data_duplicate", file=name, col=label, value=shown, line=pos + 2)


# --------------------------------------------------------------------------------------
# loaders
# --------------------------------------------------------------------------------------
def load_bank_counts() -> pd.DataFrame:
    """Load the UCI Bank Marketing counts by number of contacts in the campaign.

    Returns
    -------
    pandas.DataFrame
        Columns ``campaign`` (number of contacts with the client during the campaign,
        including the last; int >= 1, unique, sorted), ``clients`` (clients with that
        number of contacts; int >= 1: a row exists only for a count that occurred) and
        ``subscribed`` (of whom subscribed a term deposit;
        0 <= subscribed <= clients). Totals for ``bank-full.csv``: 45,211 clients, 5,289
        subscribed.

    Notes
    -----
    Derived (aggregated counts) from Moro, S., Rita, P. & Cortez, P. (2012), *Bank
    Marketing*, UCI Machine Learning Repository, https://doi.org/10.24432/C5K306, CC BY 4.0;
    see Moro, Cortez & Rita (2014), *Decision Support Systems* 62, 22-31. Descriptive only:
    ``campaign`` is not randomised (see ``data/bank_full_campaign_counts.md``).
    """
    name = BANK_COUNTS
    df = _read(name)
    _check_range(name, df, "campaign", low=1)
    _check_range(name, df, "clients", low=1)
    _check_range(name, df, "subscribed", low=0)
    over = df["subscribed"] > df["clients"]
    if over.any():
        pos = int(over.to_numpy().nonzero()[0][0])
        raise _err("data_subscribed_over", file=name, subscribed=df["subscribed"].iloc[pos],
                   clients=df["clients"].iloc[pos], line=pos + 2)
    _check_unique(name, df, ["campaign"])
    return df.sort_values("campaign", kind="stable").reset_index(drop=True)


#: a period of the spam table: a year, a quarter (2011-Q2) or a month (2015-06)
SPAM_PERIOD_RE = r"\d{4}(?:-Q[1-4]|-(?:0[1-9]|1[0-2]))?"
#: the (vendor, period) rows the course uses: exercises 01.3 and lesson 07, the spam figure
SPAM_REQUIRED_ROWS = (
    ("Kaspersky", "2009"),
    ("Kaspersky", "2015"),
    ("Kaspersky", "2025"),
    ("Symantec / MAAWG", "2010"),
    ("Symantec", "2015-06"),
)


def load_spam_share(vendor: str | None = None) -> pd.DataFrame:
    """Load the published spam shares of e-mail traffic (percent), one figure a row.

    Parameters
    ----------
    vendor : str, optional
        Keep only the rows of this vendor (e.g. ``"Kaspersky"``). Vendors measure different
        traffic: never join the rows of different vendors into one time series.

    Returns
    -------
    pandas.DataFrame
        Columns ``period`` (e.g. ``"2015"``, ``"2011-Q2"``, ``"2015-06"``),
        ``spam_share_pct`` (float in [0, 100]), ``scope`` (annual, quarter, month...),
        ``vendor``, ``source_as_seen`` and ``verification`` (how the figure was checked).
        Every period is a year ``YYYY``, a quarter ``YYYY-Qn`` or a month ``YYYY-MM``; the rows
        the course uses (:data:`SPAM_REQUIRED_ROWS`) are present.

    Raises
    ------
    ValueError
        If ``vendor`` is given but has no row, or if the file breaks one of the checks above
        (the message names the file, the column and the line, or the missing row).
    """
    name = SPAM_SHARE
    df = _read(name)
    df["period"] = df["period"].str.strip()
    bad = ~df["period"].str.fullmatch(SPAM_PERIOD_RE)
    if bad.any():
        raise _bad_row(name, "period", bad, df["period"], "row_period")
    _check_range(name, df, "spam_share_pct", low=0, high=100)
    _check_unique(name, df, ["period", "vendor"])
    present = set(zip(df["vendor"].str.strip(), df["period"]))
    for row_vendor, period in SPAM_REQUIRED_ROWS:
        if (row_vendor, period) not in present:
            raise _err("data_missing_row", file=name, vendor=repr(row_vendor), period=repr(period))
    if vendor is not None:
        vendors = sorted(df["vendor"].unique())
        if vendor not in vendors:
            raise _err("choice", name="vendor", choices=repr(vendors), value=repr(vendor))
        df = df[df["vendor"] == vendor]
    return df.reset_index(drop=True)


def load_tv_caps(in_force_only: bool = True, country: str = "it") -> pd.DataFrame:
    """Load the legal caps on TV advertising time of one country.

    Parameters
    ----------
    in_force_only : bool, default True
        Keep only the caps in force. Pass ``False`` to also get the caps that no longer apply
        (Italy: the RAI 7 % caps of 2022).
    country : {"it", "fr"}, default "it"
        ``"it"``: ``tv_ad_caps_it.csv``, D.Lgs. 208/2021 (TUSMA), art. 45 (percent of the airtime
        of a time band, or of a single clock hour). ``"fr"``: ``tv_ad_caps_fr.csv``, private
        channels and France Télévisions (minutes per hour as a daily average, or in a single
        clock hour; no advertising on France Télévisions from 20:00 to 06:00).

    Returns
    -------
    pandas.DataFrame
        Columns ``broadcaster_type``, ``window`` (Italy: ``06-18``, ``18-24``, ``any_hour``;
        France: ``daily_average``, ``any_hour``, ``20-06``; :data:`TV_CAPS_WINDOWS`), ``cap_pct`` (maximum share of
        the time, percent, in [0, 100]), ``valid_from`` / ``valid_to`` (ISO dates or empty; ``valid_to`` not before ``valid_from``),
        ``in_force`` (bool), ``scope``, ``label_it`` / ``label_fr`` (bar labels, unique among
        the rows in force), ``source`` and ``status``. The French table also has
        ``cap_min_per_hour`` (minutes per hour, in [0, 60]; ``cap_pct`` = minutes / 60 x 100).
        At least one row is in force.

    Raises
    ------
    ValueError
        If ``country`` is not ``"it"`` or ``"fr"``, or if the file breaks one of the checks
        above (the message names the file and the column).

    Examples
    --------
    >>> caps = load_tv_caps(country="fr")                 # doctest: +SKIP
    >>> ax.barh(caps["label_fr"], caps["cap_pct"])        # doctest: +SKIP
    """
    if not isinstance(country, (str, np.str_)) or country not in TV_CAPS_FILES:
        raise _err("choice", name="country", choices=repr(sorted(TV_CAPS_FILES)), value=repr(country))
    if not isinstance(in_force_only, (bool, np.bool_)):
        raise _err("bool", name="in_force_only", value=repr(in_force_only))
    name = TV_CAPS_FILES[country]
    df = _read(name)
    _check_range(name, df, "cap_pct", low=0, high=100)
    if "cap_min_per_hour" in df.columns:
        _check_range(name, df, "cap_min_per_hour", low=0, high=60)
        off = (df["cap_pct"] - df["cap_min_per_hour"] / 60.0 * 100.0).abs() > 0.01
        if off.any():
            raise _bad_row(name, "cap_pct", off, df["cap_pct"], "row_cap_pct", tol=_dec("0.01"))
    df["window"] = df["window"].str.strip()
    bad = ~df["window"].isin(TV_CAPS_WINDOWS[country])
    if bad.any():
        raise _bad_row(name, "window", bad, df["window"], "row_choice", choices=list(TV_CAPS_WINDOWS[country]))
    dates = {}
    for col in ("valid_from", "valid_to"):
        s = df[col].str.strip()
        dates[col] = pd.to_datetime(s.where(s != ""), format="%Y-%m-%d", errors="coerce")
        bad = (s != "") & (~s.str.fullmatch(r"\d{4}-\d{2}-\d{2}") | dates[col].isna())
        if bad.any():
            raise _bad_row(name, col, bad, df[col], "row_date")
    inconsistent = df["in_force"] == (df["valid_to"].str.strip() != "")
    if inconsistent.any():
        raise _bad_row(name, "in_force", inconsistent, df["in_force"], "row_in_force")
    _check_unique(name, df, ["broadcaster_type", "window", "valid_from"])
    if not df["in_force"].any():
        raise _err("data_no_in_force", file=name)
    backwards = dates["valid_to"] < dates["valid_from"]
    if backwards.any():
        raise _bad_row(name, "valid_to", backwards, df["valid_to"], "row_valid_to")
    for col in ("label_it", "label_fr"):
        _check_unique(name, df[df["in_force"]], [col])
    if in_force_only:
        df = df[df["in_force"]]
    return df.reset_index(drop=True)


#: the values of ``previous_contacts`` and ``previous_outcome`` in the relationship table
RELATIONSHIP_CONTACTS = ("0", "1", "2", "3+")
RELATIONSHIP_OUTCOMES = ("unknown", "failure", "other", "success")


def load_bank_relationship() -> pd.DataFrame:
    """Load the UCI Bank Marketing counts by earlier relationship with the bank.

    The same 45,211 clients as :func:`load_bank_counts`, counted by the number of contacts
    in *earlier* campaigns and by the outcome of the earlier campaign.

    Returns
    -------
    pandas.DataFrame
        Columns ``previous_contacts`` (text: ``"0"``, ``"1"``, ``"2"`` or ``"3+"``),
        ``previous_outcome`` (text: ``"unknown"``, ``"failure"``, ``"other"`` or
        ``"success"``; always ``"unknown"`` when ``previous_contacts`` is ``"0"``),
        ``clients`` (int >= 1) and ``subscribed`` (int, 0 <= subscribed <= clients); one row
        per (previous_contacts, previous_outcome) pair that occurred, sorted by contacts
        then outcome. Rates: 9.16 % with no earlier contact (3,384 of 36,954), 64.73 %
        after an earlier success (978 of 1,511).

    Notes
    -----
    Derived (aggregated counts of the columns ``previous``, ``poutcome`` and ``y``) from
    Moro, S., Rita, P. & Cortez, P. (2012), *Bank Marketing*, UCI Machine Learning
    Repository, https://doi.org/10.24432/C5K306, CC BY 4.0. Descriptive only: whom the bank
    called again, and who had said yes before, is not random (see
    ``data/bank_full_relationship_counts.md``).
    """
    name = BANK_RELATIONSHIP
    df = _read(name)
    for col, allowed in (("previous_contacts", RELATIONSHIP_CONTACTS),
                         ("previous_outcome", RELATIONSHIP_OUTCOMES)):
        df[col] = df[col].str.strip()
        bad = ~df[col].isin(allowed)
        if bad.any():
            raise _bad_row(name, col, bad, df[col], "row_choice", choices=list(allowed))
    _check_range(name, df, "clients", low=1)
    _check_range(name, df, "subscribed", low=0)
    over = df["subscribed"] > df["clients"]
    if over.any():
        pos = int(over.to_numpy().nonzero()[0][0])
        raise _err("data_subscribed_over", file=name, subscribed=df["subscribed"].iloc[pos],
                   clients=df["clients"].iloc[pos], line=pos + 2)
    never = (df["previous_contacts"] == "0") & (df["previous_outcome"] != "unknown")
    if never.any():
        raise _bad_row(name, "previous_outcome", never, df["previous_outcome"], "row_previous_outcome")
    _check_unique(name, df, ["previous_contacts", "previous_outcome"])
    order = df["previous_contacts"].map(RELATIONSHIP_CONTACTS.index) * 10 + df["previous_outcome"].map(
        RELATIONSHIP_OUTCOMES.index)
    return df.iloc[np.argsort(order.to_numpy(), kind="stable")].reset_index(drop=True)


_KEY_RE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


def load_glossary() -> pd.DataFrame:
    """Load the course glossary.

    Returns
    -------
    pandas.DataFrame
        Columns ``key`` (unique snake_case English id), ``en``, ``it``, ``fr`` (term forms;
        variants separated by ``;``, the preferred form first), ``def_it``, ``def_fr``
        (one-sentence definitions, non-empty) and ``notes`` (English; usage, false friends,
        sources; may be empty).
    """
    name = GLOSSARY
    df = _read(name)
    badkey = ~df["key"].map(lambda k: bool(_KEY_RE.fullmatch(k)))
    if badkey.any():
        raise _bad_row(name, "key", badkey, df["key"], "row_key")
    _check_unique(name, df, ["key"])
    return df.reset_index(drop=True)


#: the loader of each shipped data file (the environment check loads them all)
LOADERS = {
    BANK_COUNTS: load_bank_counts,
    SPAM_SHARE: load_spam_share,
    TV_CAPS: load_tv_caps,
    TV_CAPS_FR: functools.partial(load_tv_caps, country="fr"),
    GLOSSARY: load_glossary,
    BANK_RELATIONSHIP: load_bank_relationship,
}

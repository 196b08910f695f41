"""The course glossary: one table of terms in English, Italian and French.

The terms and their one-sentence definitions live in ``data/glossary.csv`` (columns
``key, en, it, fr, def_it, def_fr, notes``), loaded and checked by
:func:`course_lib.datasets.load_glossary`. Notebooks refer to a term by its stable key
(a snake_case English id such as ``"interruption_marketing"``), so both languages use the
same words for the same ideas:

>>> from course_lib.glossary import term, key_terms     # doctest: +SKIP
>>> term("cold_call", "fr")                              # doctest: +SKIP
'prospection téléphonique à froid'
>>> key_terms(["interruption_marketing", "permission_marketing"])   # doctest: +SKIP

A term cell may list variants separated by ``;`` (preferred form first): :func:`term`
returns the preferred form unless ``all_forms=True``.
"""
from __future__ import annotations

from typing import Iterable

import pandas as pd

from ._validate import _err, check_choice
from .datasets import GLOSSARY, data_path, load_glossary
from .i18n import LANGUAGES, get_language

__all__ = ["term", "definition", "key_terms", "missing_terms", "glossary_keys", "GlossaryTable"]

TERM_LANGUAGES = LANGUAGES + ("en",)

#: Column headings of :func:`key_terms`, per language.
HEADINGS = {
    "it": {"term": "Termine", "definition": "Definizione", "english": "In inglese"},
    "fr": {"term": "Terme", "definition": "Définition", "english": "En anglais"},
}

_cache: dict = {}


def _table() -> pd.DataFrame:
    """The glossary indexed by key, re-read only when the file changes."""
    path = data_path(GLOSSARY)
    try:
        st = path.stat()
        stamp = (str(path), st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None  # let load_glossary raise its helpful error
    if stamp is None or _cache.get("stamp") != stamp:
        df = load_glossary().set_index("key")
        _cache.clear()
        _cache.update(stamp=stamp, table=df)
    return _cache["table"]


def _lang(lang: str | None, allowed=TERM_LANGUAGES) -> str:
    return get_language() if lang is None else check_choice("lang", lang, allowed)


def _row(key: str) -> pd.Series:
    table = _table()
    if not isinstance(key, str) or key not in table.index:
        raise _err("glossary_key", file=GLOSSARY, value=repr(key))
    return table.loc[key]


def _preferred(cell: str) -> str:
    return cell.split(";")[0].strip()


def glossary_keys() -> list[str]:
    """Return every key of the glossary, in file order."""
    return list(_table().index)


def term(key: str, lang: str | None = None, *, all_forms: bool = False) -> str:
    """Return the term ``key`` in the current language (or ``lang``).

    Parameters
    ----------
    key : str
        Glossary key, e.g. ``"share_of_voice"``.
    lang : {"it", "fr", "en"}, optional
        Defaults to :func:`course_lib.get_language`.
    all_forms : bool
        Return every variant (``"spam; posta indesiderata"``) instead of the preferred
        form (``"spam"``).

    Raises
    ------
    ValueError
        If ``key`` is not in the glossary or ``lang`` is not a glossary language.
    """
    lang = _lang(lang)
    cell = str(_row(key)[lang])
    return cell if all_forms else _preferred(cell)


def definition(key: str, lang: str | None = None) -> str:
    """Return the one-sentence definition of ``key`` in the current language (or ``lang``)."""
    lang = _lang(lang, LANGUAGES)
    return str(_row(key)[f"def_{lang}"])


def missing_terms(keys: Iterable[str]) -> list[str]:
    """Return the keys of ``keys`` that are not in the glossary (order kept, no repeats)."""
    if isinstance(keys, str):
        keys = [keys]
    index = set(_table().index)
    out: list[str] = []
    for k in keys:
        if k not in index and k not in out:
            out.append(k)
    return out


class GlossaryTable(pd.DataFrame):
    """A DataFrame that shows its text in full (no ``...``) and without the index column."""

    _metadata: list[str] = []

    @property
    def _constructor(self):
        return GlossaryTable

    def _repr_html_(self):  # notebooks
        with pd.option_context("display.max_colwidth", None):
            try:
                # a fixed uuid: the stored HTML is then identical at every run (nbval compares it)
                styler = self.style.set_uuid("glossary").hide(axis="index").set_properties(
                    **{"text-align": "left", "vertical-align": "top"}
                ).set_table_styles([{"selector": "th", "props": [("text-align", "left")]}])
                return styler.to_html()
            except ImportError:  # Styler needs jinja2
                return pd.DataFrame(self).to_html(index=False)

    def __repr__(self):  # consoles and doctests
        df = pd.DataFrame(self).astype(str)
        widths = {c: max([len(str(c))] + [len(v) for v in df[c]]) for c in df.columns}
        lines = ["  ".join(f"{c:<{widths[c]}}" for c in df.columns).rstrip()]
        for row in df.itertuples(index=False):
            lines.append("  ".join(f"{v:<{widths[c]}}" for c, v in zip(df.columns, row)).rstrip())
        return "\n".join(lines)


def key_terms(keys: Iterable[str], lang: str | None = None) -> GlossaryTable:
    """Table of the key terms of a lesson, in the current language (or ``lang``).

    Parameters
    ----------
    keys : iterable of str
        Glossary keys, in the order to show them (repeats are dropped).
    lang : {"it", "fr"}, optional
        Defaults to :func:`course_lib.get_language`.

    Returns
    -------
    GlossaryTable
        A :class:`pandas.DataFrame` with index 1..n and the columns
        ``Termine, Definizione, In inglese`` (it) or ``Terme, Définition, En anglais`` (fr);
        in a notebook it shows in full, without the index.

    Raises
    ------
    ValueError
        Naming the first key that is not in the glossary.
    """
    lang = _lang(lang, LANGUAGES)
    if isinstance(keys, str):
        keys = [keys]
    keys = list(dict.fromkeys(keys))
    rows = [_row(k) for k in keys]  # raises on the first unknown key
    h = HEADINGS[lang]
    data = {
        h["term"]: [str(r[lang]) for r in rows],
        h["definition"]: [str(r[f"def_{lang}"]) for r in rows],
        h["english"]: [str(r["en"]) for r in rows],
    }
    return GlossaryTable(data, index=pd.RangeIndex(1, len(keys) + 1))

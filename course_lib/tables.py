"""Small tables for the lessons, with labels in the notebook's language."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ._validate import _err, _fmt_range, _num as _msg_num, _sep, _short, check_nonnegative, check_positive
from .i18n import get_language, integer, number, t
from ._strings import TRANSLATIONS

__all__ = ["advertising_dilemma", "dilemma_payoffs", "localize"]


def localize(df: pd.DataFrame, columns=None, decimals: int = 2) -> pd.DataFrame:
    """A copy of ``df`` to show a student: every header and known value in the notebook's language.

    Column ``c`` is renamed with the translation key ``col.c``; a text value ``v`` of column ``c``
    becomes the translation of ``val.c.v`` when the table has one; floats are written with a
    decimal comma and ``decimals`` decimals; integers of 10 000 or more get the thousands separator
    of the language (Italian 45.211, French 45\u202f211; smaller ones, years included, stay as they
    are, as both languages allow for four digits). A column with no
    ``col.`` translation is an error, so that no English header reaches a lesson.

    Parameters
    ----------
    df : pandas.DataFrame
        The data (for instance from :mod:`course_lib.datasets`).
    columns : list of str, optional
        The columns to keep, in this order (default: all).
    decimals : int
        Decimals of float columns (0 to 6).
    """
    if not isinstance(df, pd.DataFrame):
        raise _err("dataframe", name="df", type=type(df).__name__)
    if not isinstance(decimals, int) or isinstance(decimals, bool) or not 0 <= decimals <= 6:
        raise _err("int", name="decimals", rng=_fmt_range(0, 6, False, False), value=repr(decimals))
    if columns is not None:
        missing = [c for c in columns if c not in df.columns]
        if missing:
            raise _err("table_columns", cols=repr(list(df.columns)), missing=repr(missing))
        df = df[list(columns)]
    lang = get_language()
    untranslated = [c for c in df.columns if f"col.{c}" not in TRANSLATIONS]
    if untranslated:
        raise _err("untranslated_columns", cols=repr(untranslated))
    out = df.copy()
    for col in out.columns:
        series = out[col]
        if pd.api.types.is_float_dtype(series):
            out[col] = series.map(lambda v: "" if pd.isna(v) else number(v, decimals))
        elif pd.api.types.is_integer_dtype(series) and not pd.api.types.is_bool_dtype(series):
            if (series.abs() >= 10_000).any():
                out[col] = series.map(lambda v: integer(v) if abs(v) >= 10_000 else str(v))
        elif pd.api.types.is_object_dtype(series) or pd.api.types.is_string_dtype(series):
            out[col] = series.map(lambda v: TRANSLATIONS.get(f"val.{col}.{v}", {}).get(lang, v))
    return out.rename(columns={c: t(f"col.{c}") for c in out.columns})


def _num(x: float) -> str:
    """A payoff with a decimal comma, without useless decimals (20, 12,5)."""
    return number(x, 0) if float(x).is_integer() else number(x, 2).rstrip("0").rstrip(",")


def dilemma_payoffs(prize: float = 100.0, cost: float = 30.0) -> dict:
    """Payoffs of the two-firm advertising game (the prisoner's dilemma of interruption).

    Two firms share a market worth ``prize``. Advertising costs ``cost``. If both advertise or
    both abstain, they split the market; if only one advertises, it takes it all.

    ============  ====================  ====================
    (A, B)        B advertises           B abstains
    ============  ====================  ====================
    A advertises  (V/2 - c, V/2 - c)     (V - c, 0)
    A abstains    (0, V - c)             (V/2, V/2)
    ============  ====================  ====================

    Advertising is a dominant strategy when ``cost < prize / 2``, yet both firms end up with
    V/2 - c < V/2: the dilemma. Returns {(a_advertises, b_advertises): (payoff_a, payoff_b)}.

    Parameters
    ----------
    prize : float
        Value of the market, > 0 (a single number: one table per call).
    cost : float
        Cost of advertising, in [0, prize] (a single number).
    """
    for name, value in (("prize", prize), ("cost", cost)):
        if isinstance(value, (str, bytes)) or np.ndim(value) != 0:
            raise _err("single_table", name=name, value=_short(value))
    v = float(check_positive("prize", prize, ndim=0))
    c = float(check_nonnegative("cost", cost, ndim=0))
    if c > v:
        raise _err("range_formula", name="cost", formula=f"[0{_sep()}prize]", rng=_fmt_range(0, v, False, False),
                   value=_msg_num(c))
    return {
        (True, True): (v / 2 - c, v / 2 - c),
        (True, False): (v - c, 0.0),
        (False, True): (0.0, v - c),
        (False, False): (v / 2, v / 2),
    }


def advertising_dilemma(prize: float = 100.0, cost: float = 30.0) -> pd.DataFrame:
    """The payoff table of :func:`dilemma_payoffs` with row and column labels in the current language.

    Each cell reads "A: payoff of A; B: payoff of B" in the notebook's language, numbers with a
    decimal comma. ``prize`` and ``cost`` are validated as in :func:`dilemma_payoffs`.
    """
    pay = dilemma_payoffs(prize, cost)
    acts = [(True, t("dilemma.advertise")), (False, t("dilemma.abstain"))]
    rows = {}
    for a, a_label in acts:
        rows[t("dilemma.cell", firm=t("dilemma.firm_a"), action=a_label)] = {
            t("dilemma.cell", firm=t("dilemma.firm_b"), action=b_label):
                t("dilemma.pair", a=_num(pay[(a, b)][0]), b=_num(pay[(a, b)][1])) for b, b_label in acts
        }
    return pd.DataFrame.from_dict(rows, orient="index")

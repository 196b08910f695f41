"""Validation errors: English in a script, the notebook's language once one is selected;
numbers beyond float range refused with the same clear error, never an OverflowError.

Issue 10: every error a student can meet (bad data files, counts tables, figure and table
arguments, model inputs) is built from a template of course_lib/_strings_errors.py; an AST scan
fails on a hand-written message, and each template is triggered for real in en, it and fr."""
import ast
import re
import shutil
import string
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

import course_lib as cl
from course_lib import datasets as ds
from course_lib._strings_errors import ERRORS
from course_lib._validate import check_choice, check_int, check_real
from course_lib.exercises import check, l07
from course_lib.i18n import reset_language
from csv_utils import read_rows as _rows, write_rows as _write


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


# =====================================================================================
# Every error a student can meet is in the notebook's language (issue 10)
# =====================================================================================
ROOT = Path(__file__).resolve().parents[1]
LIB = ROOT / "course_lib"

#: hand-written English messages that only a course author or an instructor can meet:
#: (file, enclosing function or "*" for the whole module) -> reason. Every other error message
#: must be built from a template of _strings_errors (en, it, fr).
ENGLISH_ALLOWED = {
    ("classroom.py", "*"): "the instructor CLI (python -m course_lib link): instructors build hub links, "
                           "students never call it",
    ("exercises/__init__.py", "Exercise.__post_init__"): "a malformed exercise (hint, mistakes, option "
                                                         "feedback): an authoring error, raised at import",
    ("exercises/__init__.py", "register"): "two exercises with the same id: an authoring error, raised at import",
    ("_strings.py", "<module>"): "import-time consistency check of the translation tables (authoring)",
    ("datasets.py", "__getattr__"): "module __getattr__: Python's own attribute protocol, same text as Python's",
}


def _literal_text(node) -> bool:
    """A message written in the code: a string, an f-string, or built from one (+, .format, .join)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) or _literal_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return _literal_text(node.func.value)
    return False


def _hand_written_errors(path: Path):
    """(line, exception name, enclosing function) of every exception built from a literal message."""
    found = []

    def visit(node, where):
        for child in ast.iter_child_nodes(node):
            inner = where
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                inner = child.name if where == "<module>" else f"{where}.{child.name}"
            if isinstance(child, ast.Call) and child.args:
                f = child.func
                name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
                if (name.endswith("Error") or name.endswith("Exception") or name == "Warning") \
                        and _literal_text(child.args[0]):
                    found.append((child.lineno, name, where))
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), "<module>")
    return sorted(found)


def test_no_hand_written_english_error_outside_the_allow_list():
    found, allowed_used = [], set()
    for path in sorted(LIB.rglob("*.py")):
        rel = path.relative_to(LIB).as_posix()
        if rel == "_validate.py":
            continue
        for line, name, where in _hand_written_errors(path):
            key = next((k for k in ((rel, where), (rel, "*")) if k in ENGLISH_ALLOWED), None)
            if key:
                allowed_used.add(key)
            else:
                found.append(f"course_lib/{rel}:{line} {name}(<literal text>) in {where}")
    assert not found, ("errors a student can meet must be built with _validate._err(key, ...) from a template "
                       "of course_lib/_strings_errors.py (en, it, fr):\n" + "\n".join(found))
    # the allow-list holds no stale entry
    assert allowed_used == set(ENGLISH_ALLOWED), set(ENGLISH_ALLOWED) - allowed_used


def test_the_scan_finds_a_hand_written_message(tmp_path):
    """The scan above can fail: it sees f-strings, plain strings, concatenations and returned errors."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(x):\n"
        "    if x:\n"
        "        raise ValueError(f'x must be positive; got {x!r}')\n"
        "    raise TypeError('x' + ' is wrong')\n"
        "def g(name):\n"
        "    return ValueError('{} is bad'.format(name))\n"
        "def h():\n"
        "    raise _err('real', name='x')\n",
        encoding="utf-8",
    )
    assert [(name, where) for _, name, where in _hand_written_errors(sample)] == [
        ("ValueError", "f"), ("TypeError", "f"), ("ValueError", "g")]


def test_templates_are_defined_once():
    """A key written twice in the dict literal would silently drop the first template."""
    tree = ast.parse((LIB / "_strings_errors.py").read_text(encoding="utf-8"))
    keys = [k.value for node in ast.walk(tree) if isinstance(node, ast.Dict) for k in node.keys
            if isinstance(k, ast.Constant) and isinstance(k.value, str) and len(k.value) > 2]
    top = [k for k in keys if k not in ("en", "it", "fr")]
    assert len(top) == len(set(top)), sorted({k for k in top if top.count(k) > 1})


#: templates that are parts of another message and read the same in two languages
SHARED_FRAGMENTS = {"in", "list_sep"}


@pytest.mark.parametrize("key", sorted(set(ERRORS) - SHARED_FRAGMENTS))
def test_every_template_is_translated(key):
    """Italian and French are translations, not copies of the English text."""
    assert ERRORS[key]["it"] != ERRORS[key]["en"] and ERRORS[key]["fr"] != ERRORS[key]["en"], key
    assert ERRORS[key]["it"] != ERRORS[key]["fr"], key


def _template_regex(key: str, lang: str) -> re.Pattern:
    parts = []
    for literal, field, _, _ in string.Formatter().parse(ERRORS[key][lang]):
        parts.append(re.escape(literal))
        if field is not None:
            parts.append("(.*?)")
    return re.compile("".join(parts), re.DOTALL)


# --- triggering every message for real ------------------------------------------------
def _edit(name, **changes):
    """A corruption of data file ``name``: ``changes`` maps row index -> {column: value}."""
    def apply(d: Path):
        rows = _rows(d / name)
        for i, cols in changes.items():
            rows[int(i.lstrip("r"))].update(cols)
        _write(d / name, rows)
    return apply


def _drop_column(name, column):
    def apply(d: Path):
        rows = _rows(d / name)
        for r in rows:
            del r[column]
        _write(d / name, rows)
    return apply


def _rename_column(name, old, new):
    def apply(d: Path):
        rows = _rows(d / name)
        _write(d / name, [{(new if k == old else k): v for k, v in r.items()} for r in rows])
    return apply


def _add_column(name, column):
    def apply(d: Path):
        rows = _rows(d / name)
        for r in rows:
            r[column] = "1"
        _write(d / name, rows)
    return apply


def _spam_without(vendor, period):
    def apply(d: Path):
        rows = [r for r in _rows(d / ds.SPAM_SHARE) if not (r["vendor"] == vendor and r["period"] == period)]
        _write(d / ds.SPAM_SHARE, rows)
    return apply


def _no_cap_in_force(d: Path):
    rows = _rows(d / "tv_ad_caps_it.csv")
    for r in rows:
        r["in_force"], r["valid_to"] = "false", "2020-01-01"
    _write(d / "tv_ad_caps_it.csv", rows)


def _valid_to_backwards(d: Path):
    rows = _rows(d / "tv_ad_caps_it.csv")
    r = next(r for r in rows if r["in_force"] == "false")
    r["valid_from"], r["valid_to"] = "2022-12-31", "2022-06-30"
    _write(d / "tv_ad_caps_it.csv", rows)


def _in_force_with_end(d: Path):
    rows = _rows(d / "tv_ad_caps_it.csv")
    next(r for r in rows if r["in_force"] == "false")["in_force"] = "true"
    _write(d / "tv_ad_caps_it.csv", rows)


def _counts(**cols):
    base = {"k": [1, 2, 3], "clients": [10, 10, 10], "converted": [2, 1, 1]}
    return {**base, **cols}


def _fit(counts, **kw):
    return lambda: cl.realdata.fit_contact_fatigue(counts, **kw)


def _relationship_without(group):
    counts = ds.load_bank_relationship()
    return counts[counts["previous_outcome"] != group]


def _demo_set():
    from course_lib import demos

    name = sorted(demos.DEMOS)[0]
    demo = demos.DEMOS[name]()
    try:
        demo.set(no_such_slider=1)
    finally:
        plt.close("all")


def _glossary_default_folder(d: Path, monkeypatch):
    """The data folder is the default one (no environment variable) and the file is missing."""
    monkeypatch.delenv(ds.DATA_ENV_VAR, raising=False)
    monkeypatch.setattr(ds, "data_dir", lambda: d)
    (d / ds.GLOSSARY).unlink()


BANK, REL, SPAM, IT_CAPS, FR_CAPS = (ds.BANK_COUNTS, ds.BANK_RELATIONSHIP, ds.SPAM_SHARE, "tv_ad_caps_it.csv",
                                     "tv_ad_caps_fr.csv")
_bank, _spam, _caps = ds.load_bank_counts, ds.load_spam_share, ds.load_tv_caps

#: id -> (template keys (the message's first, then its parts), corruption of the data copy or None,
#:        trigger, texts the message must name, exception type)
CASES = {
    # data files
    "file missing (env)": (["data_not_found", "data_folder_env"], lambda d: (d / ds.GLOSSARY).unlink(),
                           ds.load_glossary, [ds.GLOSSARY, ds.DATA_ENV_VAR], FileNotFoundError),
    "file missing (default)": (["data_not_found", "data_folder"], "default_folder", ds.load_glossary,
                               [ds.GLOSSARY, ds.DATA_ENV_VAR], FileNotFoundError),
    "not utf-8": (["data_not_utf8"], lambda d: (d / ds.GLOSSARY).write_bytes(b"key,en\n\xff\xfe\n"),
                  ds.load_glossary, [ds.GLOSSARY], ValueError),
    "empty file": (["data_empty_file"], lambda d: (d / ds.GLOSSARY).write_text("", encoding="utf-8"),
                   ds.load_glossary, [ds.GLOSSARY], ValueError),
    "not csv": (["data_not_csv"], lambda d: (d / ds.GLOSSARY).write_text('key,en\n"open,x\n', encoding="utf-8"),
                ds.load_glossary, [ds.GLOSSARY, "EOF inside string"], ValueError),
    "missing column": (["data_columns", "data_missing_columns"], _drop_column(BANK, "subscribed"), _bank,
                       [BANK, "subscribed"], ValueError),
    "renamed column": (["data_columns", "data_missing_columns", "list_sep", "data_extra_columns"],
                       _rename_column(BANK, "subscribed", "yes"), _bank, [BANK, "'subscribed'", "'yes'"], ValueError),
    "extra column": (["data_columns", "data_extra_columns"], _add_column(BANK, "surprise"), _bank,
                     [BANK, "surprise"], ValueError),
    "no rows": (["data_no_rows"], lambda d: (d / BANK).write_text("campaign,clients,subscribed\n"), _bank,
                [BANK], ValueError),
    "empty text": (["data_bad_row", "row_not_empty"], _edit(ds.GLOSSARY, r1={"def_it": " "}), ds.load_glossary,
                   [ds.GLOSSARY, "'def_it'", "3"], ValueError),
    "not a bool": (["data_bad_row", "row_bool"], _edit(IT_CAPS, r0={"in_force": "maybe"}), _caps,
                   [IT_CAPS, "'in_force'", "'maybe'", "2"], ValueError),
    "not an integer": (["data_bad_row", "row_int"], _edit(BANK, r0={"clients": "12.5"}), _bank,
                       [BANK, "'clients'", "'12.5'", "2"], ValueError),
    "not a number": (["data_bad_row", "row_number"], _edit(SPAM, r2={"spam_share_pct": "lots"}), _spam,
                     [SPAM, "'spam_share_pct'", "'lots'", "4"], ValueError),
    "integer too large": (["data_bad_row", "row_int_range"], _edit(BANK, r1={"clients": "1e17"}), _bank,
                          [BANK, "'clients'", "'1e17'", "3", str(2**53)], ValueError),
    "out of range": (["data_bad_row", "row_range"], _edit(BANK, r0={"clients": "0"}), _bank,
                     [BANK, "'clients'", "2", "inf"], ValueError),
    "bad period": (["data_bad_row", "row_period"], _edit(SPAM, r0={"period": "2015-13"}), _spam,
                   [SPAM, "'period'", "'2015-13'"], ValueError),
    "cap_pct off": (["data_bad_row", "row_cap_pct"], _edit(FR_CAPS, r1={"cap_pct": "16"}),
                    lambda: _caps(country="fr"), [FR_CAPS, "'cap_pct'", "cap_min_per_hour"], ValueError),
    "bad window": (["data_bad_row", "row_choice"], _edit(IT_CAPS, r0={"window": "night"}), _caps,
                   [IT_CAPS, "'window'", "'night'", "any_hour"], ValueError),
    "bad date": (["data_bad_row", "row_date"], _edit(IT_CAPS, r0={"valid_from": "2020-13-01"}), _caps,
                 [IT_CAPS, "'valid_from'", "'2020-13-01'"], ValueError),
    "in_force with an end": (["data_bad_row", "row_in_force"], _in_force_with_end, _caps,
                             [IT_CAPS, "'in_force'", "valid_to"], ValueError),
    "ends before it starts": (["data_bad_row", "row_valid_to"], _valid_to_backwards, _caps,
                              [IT_CAPS, "'valid_to'", "valid_from"], ValueError),
    "outcome without contact": (["data_bad_row", "row_previous_outcome"],
                                _edit(REL, r0={"previous_outcome": "success"}), ds.load_bank_relationship,
                                [REL, "'previous_outcome'", "previous_contacts"], ValueError),
    "bad glossary key": (["data_bad_row", "row_key"], _edit(ds.GLOSSARY, r0={"key": "Bad Key"}), ds.load_glossary,
                         [ds.GLOSSARY, "'key'", "'Bad Key'", "snake_case"], ValueError),
    "duplicate key": (["data_duplicate"], _edit(BANK, r0={"campaign": "2"}), _bank, [BANK, "'campaign'", "2"],
                      ValueError),
    "subscribed over clients": (["data_subscribed_over"], _edit(BANK, r0={"subscribed": "999999"}), _bank,
                                [BANK, "subscribed=999999", "clients=17544"], ValueError),
    "subscribed over clients (relationship)": (["data_subscribed_over"], _edit(REL, r1={"subscribed": "999999"}),
                                               ds.load_bank_relationship, [REL, "subscribed=999999"], ValueError),
    "required row missing": (["data_missing_row"], _spam_without("Kaspersky", "2015"), _spam,
                             [SPAM, "'Kaspersky'", "'2015'"], ValueError),
    "no cap in force": (["data_no_in_force"], _no_cap_in_force, _caps, [IT_CAPS, "'in_force'"], ValueError),
    "vendor": (["choice"], None, lambda: _spam(vendor="Nobody"), ["vendor", "'Nobody'", "'Kaspersky'"], ValueError),
    "country": (["choice"], None, lambda: _caps(country="de"), ["country", "'de'", "'fr'"], ValueError),
    "in_force_only": (["bool"], None, lambda: _caps(in_force_only="yes"), ["in_force_only", "'yes'"], ValueError),
    "exercise row missing": (["exercise_missing_row"], None,
                             lambda: l07._row("1999", "Acme"),
                             [SPAM, "Acme", "'1999'"], ValueError),
    # counts tables of realdata
    "counts column": (["counts_missing_column"], None, _fit({"k": [1, 2], "clients": [3, 3]}),
                      ["'converted'", "'subscribed'", "['k', 'clients']"], ValueError),
    "counts type": (["counts_type"], None, _fit("table"), ["counts", "str"], ValueError),
    "counts shape": (["counts_shape"], None, _fit(np.ones((3, 2))), ["counts", "(3, 2)"], ValueError),
    "counts numeric": (["counts_numeric"], None, _fit(_counts(k=["a", "b", "c"])), ["'k'", "counts"], ValueError),
    "counts 1-D": (["counts_1d"], None, _fit(_counts(k=[[1, 2, 3]])), ["'k'", "(1, 3)"], ValueError),
    "counts finite": (["counts_finite"], None, _fit(_counts(clients=[10, np.nan, 10])), ["'clients'", "NaN"],
                      ValueError),
    "counts integers": (["counts_int"], None, _fit(_counts(k=[1, 2.5, 3])), ["'k'", "2"], ValueError),
    "counts 2**53": (["counts_int_max"], None, _fit(_counts(clients=[10, 2.0**60, 10])), ["'clients'", "2**53"],
                     ValueError),
    "counts lengths": (["counts_length"], None, _fit(_counts(k=[1, 2])), ["'k'", "'clients'", "'converted'"],
                       ValueError),
    "counts k": (["counts_k"], None, _fit(_counts(k=[0, 1, 2])), ["'k'", "0"], ValueError),
    "counts clients": (["counts_clients"], None, _fit(_counts(clients=[0, 10, 10])), ["'clients'", "inf"],
                       ValueError),
    "counts converted < 0": (["counts_converted_negative"], None, _fit(_counts(converted=[-1, 1, 1])),
                             ["'converted'", "-1"], ValueError),
    "counts converted > clients": (["counts_converted_over"], None, _fit(_counts(converted=[11, 1, 1])),
                                   ["converted=11", "clients=10", "k=1"], ValueError),
    "counts k repeated": (["counts_k_repeat"], None, _fit(_counts(k=[1, 1, 2])), ["'k'"], ValueError),
    "counts rows": (["counts_rows"], None, _fit(_counts(k=[1, 5, 6]), max_k=2), ["max_k=2", "counts"], ValueError),
    "counts all zero": (["counts_all_zero"], None, _fit(_counts(converted=[0, 0, 0])), ["'converted'", "max_k"],
                        ValueError),
    "separation up": (["counts_separation", "counts_separation_up"], None,
                      _fit(_counts(converted=[0, 0, 10])), ["max_k=10", "'hazard'", "+inf"], ValueError),
    "separation down": (["counts_separation", "counts_separation_down"], None,
                        _fit(_counts(converted=[10, 0, 0]), target="rate"), ["max_k=10", "'rate'", "-inf"],
                        ValueError),
    # models
    "rates scalar": (["ndim_stages"], None, lambda: cl.permission.optin_funnel(100.0, 0.5), ["rates", "0.5"],
                     ValueError),
    "visitors shape": (["broadcast_stages"], None, lambda: cl.permission.optin_funnel([1.0, 2.0, 3.0],
                                                                                     [[0.5], [0.5]]),
                       ["visitors", "(3,)", "(2, 1)"], ValueError),
    "confirm_rate shape": (["broadcast_stages"], None,
                           lambda: cl.permission.double_optin(100.0, [[0.5], [0.5]], [0.5, 0.5, 0.5]),
                           ["confirm_rate", "(3,)", "(2, 1)"], ValueError),
    "clv diverges": (["clv_diverges"], None, lambda: cl.permission.clv(10.0, 1.0, 0.0), ["discount", "retention"],
                     ValueError),
    "clv horizon": (["horizon_int"], None, lambda: cl.permission.clv(10.0, 0.5, 0.1, horizon=2.5),
                    ["horizon", "2.5", "None"], ValueError),
    "budget shape": (["broadcast_pair"], None,
                     lambda: cl.permission.acquisition_vs_cultivation([1.0, 2.0], [0.1, 0.2, 0.3]),
                     ["budget", "share_interruption", "(2,)", "(3,)"], ValueError),
    "too many cells": (["max_cells"], None,
                       lambda: cl.permission.acquisition_vs_cultivation(np.ones(100_000), 0.5, horizon=36),
                       ["budget", "share_interruption", "horizon=36"], ValueError),
    "clv overflow": (["clv_overflow"], None,
                     lambda: cl.permission.acquisition_vs_cultivation(100.0, 0.5, horizon=36, margin=1e300, n0=1e300),
                     ["margin", "budget", "n0"], ValueError),
    "best_share shares": (["values_count"], None,
                          lambda: cl.permission.best_share(1000.0, shares=np.linspace(0, 1, 10_002)),
                          ["shares", "10001", "10002"], ValueError),
    "relationship counts": (["relationship_counts"], None, lambda: cl.permission.relationship_rates({"a": 1}),
                            ["counts", "load_bank_relationship"], ValueError),
    "relationship group": (["relationship_empty_group"], None,
                           lambda: cl.permission.relationship_rates(_relationship_without("success")),
                           ["counts", "'success'"], ValueError),
    "subscribers shape": (["broadcast_pair_must"], None,
                          lambda: cl.subscribers.subscriber_year([1.0, 2.0], [0.1, 0.2, 0.3]),
                          ["sends_per_week", "relevance", "(2,)", "(3,)"], ValueError),
    "subscribers scenarios": (["max_scenarios"], None,
                              lambda: cl.subscribers.subscriber_year(np.ones((200, 1)), np.full(101, 0.5)),
                              ["sends_per_week", "relevance", "20000", "20200"], ValueError),
    "frequencies count": (["values_between"], None,
                          lambda: cl.subscribers.frequency_curve(np.linspace(0, 1, 2002)),
                          ["frequencies", "2001", "2002"], ValueError),
    "grid points": (["grid_points"], None, lambda: cl.subscribers.optimal_frequency(step=0.001),
                    ["step", "max_frequency", "2001"], ValueError),
    "spread on": (["spread_on"], None, lambda: cl.memory.schedule("spread", 10, 3.0, on=2), ["on", "2"],
                  ValueError),
    "n integer": (["int_min"], None, lambda: cl.attention.tullock_equilibrium(100.0, 2.5), ["n", "1", "2.5"],
                  ValueError),
    "n bool": (["int_min"], None, lambda: cl.attention.tullock_equilibrium(100.0, True), ["n", "True"],
               ValueError),
    "gamma limit": (["gamma_limit"], None, lambda: cl.attention.tullock_equilibrium(100.0, 4, gamma=2.0),
                    ["gamma", "n=4", "1", "333"], ValueError),
    "extra dims": (["extra_dims"], None, lambda: cl.attention.attention_shares([1.0, 2.0], gamma=[[1.0], [2.0]]),
                   ["gamma", "weights", "efforts", "(2,)", "(2, 1)"], ValueError),
    "outside shape": (["outside_shape"], None, lambda: cl.attention.attention_shares([1.0, 2.0],
                                                                                   outside=[1.0, 2.0]),
                      ["outside", "efforts", "(2,)"], ValueError),
    "rivals alone": (["rivals_alone"], None, lambda: cl.attention.contest_payoff(1.0, 2.0, 10.0, n=1),
                     ["rivals_total", "n=1"], ValueError),
    "E(n) overflow": (["wearout_overflow"], None, lambda: cl.repetition.two_factor_response(1e6, tedium=1e308),
                      ["learn", "tedium", "1e300"], ValueError),
    "n* overflow": (["optimum_overflow"], None, lambda: cl.repetition.two_factor_optimum(learn=1e300, rate=5e-324,
                                                                                         tedium=1e-300),
                    ["rate", "learn", "tedium"], ValueError),
    "exposure classes": (["exposure_classes"], None, lambda: cl.repetition.reach_frequency([1.0]),
                         ["shares", "1"], ValueError),
    "shares sum": (["shares_sum"], None, lambda: cl.repetition.reach_frequency([0.5, 0.2, 0.1]), ["shares", "0"],
                   ValueError),
    "sends scalar": (["ndim_time"], None, lambda: cl.fatigue.simulate_list(3.0), ["sends", "3"], ValueError),
    "integer counts": (["integer_counts"], None, lambda: cl.fatigue.apply_frequency_cap([1.5, 1.0], cap=1),
                       ["sends", "1"], ValueError),
    "frequency_sweep integers": (["integer_counts"], None,
                                 lambda: cl.fatigue.frequency_sweep([0.5, 1.0], n_periods=4, cap=1),
                                 ["frequencies", "0"], ValueError),
    "new_optins periods": (["optins_periods"], None, lambda: cl.fatigue.simulate_list(np.ones(4),
                                                                                      new_optins=[1.0, 2.0]),
                           ["new_optins", "4", "(2,)"], ValueError),
    "simulate broadcast": (["simulate_broadcast"], None, lambda: cl.fatigue.simulate_list(np.ones((3, 4)),
                                                                                          n0=[1.0, 2.0]),
                           ["sends", "n0", "(3, 4)"], ValueError),
    "sweep sends": (["sweep_sends"], None, lambda: cl.fatigue.frequency_sweep([1.0], n_periods=4, sends=[1.0]),
                    ["sends", "frequency_sweep", "frequencies"], ValueError),
    # figures, tables, widgets, exercises, translation tables
    "ax": (["ax"], None, lambda: cl.plots.fatigue_stock(ax="left"), ["ax", "str"], ValueError),
    "one figure per value": (["single_figure"], None, lambda: cl.plots.escalation(prize=[50.0, 100.0]),
                             ["prize", "50"], ValueError),
    "figure periods": (["periods_count"], None, lambda: cl.plots.fatigue_stock(sends=np.zeros(600)),
                       ["sends", "520", "600"], ValueError),
    "localize df": (["dataframe"], None, lambda: cl.tables.localize([1, 2]), ["df", "list"], ValueError),
    "localize decimals": (["int"], None, lambda: cl.tables.localize(pd.DataFrame({"a": [1.0]}), decimals=9),
                          ["decimals", "6", "9"], ValueError),
    "localize columns": (["table_columns"], None,
                         lambda: cl.tables.localize(pd.DataFrame({"a": [1.0]}), columns=["b"]), ["'a'", "'b'"],
                         ValueError),
    "localize untranslated": (["untranslated_columns"], None,
                              lambda: cl.tables.localize(pd.DataFrame({"no_such_column": [1.0]})),
                              ["'no_such_column'", "col."], ValueError),
    "one table per call": (["single_table"], None, lambda: cl.tables.dilemma_payoffs(prize=[1.0, 2.0]),
                           ["prize", "[1.0, 2.0]"], ValueError),
    "cost above prize": (["range_formula"], None, lambda: cl.tables.dilemma_payoffs(prize=10.0, cost=20.0),
                         ["cost", "prize", "20"], ValueError),
    "translation key": (["translation_key"], None, lambda: cl.t("no.such.key"), ["key", "'no.such.key'"],
                        ValueError),
    "glossary key": (["glossary_key"], None, lambda: cl.glossary.term("no_such_term"),
                     ["key", "'no_such_term'", ds.GLOSSARY], ValueError),
    "Demo.set": (["choice"], None, _demo_set, ["name", "'no_such_slider'"], ValueError),
    "encode_png": (["rgba_shape"], None, lambda: __import__("course_lib.demos").demos.encode_png(np.zeros((2, 2, 3))),
                   ["rgba", "(2, 2, 3)"], ValueError),
    "exercise id": (["choice"], None, lambda: cl.exercises.check("99.9", 1.0), ["exercise_id", "'99.9'", "'01.1'"],
                    ValueError),
}

#: templates no input can reach (behind a check that refuses the data first): kept translated all the same
UNREACHABLE = {
    "counts_no_convergence": "pragma: no cover, the log-likelihood is concave and separation is refused first",
    "counts_not_finite": "pragma: no cover, needs counts near 1e300",
    "no_period": "check_real refuses an empty schedule first (fatigue._check_sends)",
    "data_repeated_columns": "pandas renames a repeated header (clients.1), which is then an unexpected column",
}


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of the shipped data folder, selected through COURSE_LIB_DATA."""
    for name in ds.data_files():
        shutil.copy(ROOT / "data" / name, tmp_path / name)
    monkeypatch.setenv(ds.DATA_ENV_VAR, str(tmp_path))
    return tmp_path


@pytest.mark.parametrize("case", list(CASES))
def test_each_error_reads_in_the_notebooks_language(case, data_copy, monkeypatch):
    keys, corrupt, trigger, names, exc = CASES[case]
    if corrupt == "default_folder":
        _glossary_default_folder(data_copy, monkeypatch)
    elif corrupt is not None:
        corrupt(data_copy)
    try:
        for lang in (None, "it", "fr"):
            reset_language()
            if lang:
                cl.set_language(lang)
            with pytest.raises(exc) as err:
                trigger()
            msg = str(err.value)
            want = lang or "en"
            assert _template_regex(keys[0], want).fullmatch(msg), f"[{want}] {keys[0]}: {msg}"
            for other in {"en", "it", "fr"} - {want}:
                assert not _template_regex(keys[0], other).fullmatch(msg), f"[{want}] reads as {other}: {msg}"
            for part in keys[1:]:
                assert _template_regex(part, want).search(msg), f"[{want}] {part}: {msg}"
            for name in names:  # a number may be written with a decimal comma in Italian and French
                shown = name if want == "en" else name.replace(".", ",") if re.fullmatch(r"-?\d+\.\d+", name) else name
                assert shown in msg, f"[{want}] the message must name {shown!r}: {msg}"
    finally:
        reset_language()


def _keys_used_in_code() -> set[str]:
    """Every template key written as a string in course_lib (outside _validate and the tables)."""
    used = set()
    for path in LIB.rglob("*.py"):
        if path.name in ("_validate.py", "_strings_errors.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = {"_bad_row"} | {a.asname or a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                                  and (node.module or "").endswith("_validate") for a in node.names}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                f = node.func
                name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
                args = [a for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                if name in helpers & {"_err", "_msg", "_bad_row"}:
                    used |= {a.value for a in args if a.value in ERRORS}
    return used


def test_every_template_used_by_the_library_is_triggered_above():
    used = _keys_used_in_code()
    assert used, "the scan found no _err call: it is broken"
    triggered = {k for keys, *_ in CASES.values() for k in keys}
    missing = used - triggered - set(UNREACHABLE)
    assert not missing, f"templates with no real trigger in CASES: {sorted(missing)}"
    assert set(UNREACHABLE) <= used, "UNREACHABLE lists a template the library no longer uses"

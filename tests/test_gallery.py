"""The demo gallery (notebooks 99): every demo of the course, instructor notes whose numbers are
the demos' own, in both languages."""
import re

import numpy as np
import pytest

import course_lib as cl
from course_lib import demos
from notebook_utils import notebooks, read

LANGS = ("it", "fr")
LABELS = {
    "it": ("Mostra prima", "Domanda alla classe", "Risposta attesa", "Errore frequente", "Tempo"),
    "fr": ("À montrer d'abord", "Question à la salle", "Réponse attendue", "Idée reçue fréquente", "Durée"),
}


def _gallery(lang):
    return read(notebooks(lang)["99"])


def _readout(demo) -> str:
    """Every text the demo's figure writes, joined (labels and values)."""
    return " ".join(" ".join(tx.get_text().split()) for a in demo.figure.axes for tx in a.texts
                    if tx.get_visible() and tx.get_text().strip())


@pytest.mark.parametrize("lang", LANGS)
def test_gallery_has_every_demo_with_instructor_notes(lang):
    nb = _gallery(lang)
    calls = [m.group(1) for c in nb.cells if c.cell_type == "code" for m in re.finditer(r"cl\.demos\.(\w+)\(", c.source)]
    expected = {f.__name__ for f in demos.DEMOS.values()}
    assert set(calls) == expected, f"gallery demos {sorted(calls)} != course demos {sorted(expected)}"
    notes = [c.source for c in nb.cells if c.cell_type == "markdown" and "<details>" in c.source]
    assert len(notes) == len(expected)
    for text in notes:
        for label in LABELS[lang]:
            assert f"**{label}.**" in text, (label, text[:200])
        # each section links the lesson it comes from
        assert re.search(r"\]\(0[1-8]_[a-z_]+\.ipynb\)", text)


def _text(lang):
    return " ".join(c.source for c in _gallery(lang).cells if c.cell_type == "markdown").replace("\u00a0", " ")


def _pct(x):
    return f"{100 * x:.0f} %"


@pytest.mark.parametrize("lang", LANGS)
def test_numbers_in_the_notes_are_the_demos_own(lang):
    cl.set_language(lang)
    text = _text(lang)
    dot = "." if lang == "it" else " "

    def has(s):
        assert s.replace("\u00a0", " ") in text, f"{s!r} not in the {lang} gallery notes"

    # 1. attention: 4 advertisers, efforts 2, O = 4; everyone doubles; you alone double
    base = cl.attention.attention_shares([2.0] * 4, outside=4.0)
    both = cl.attention.attention_shares([4.0] * 4, outside=4.0)
    alone = cl.attention.attention_shares([4.0, 2.0, 2.0, 2.0], outside=4.0)
    for v in (base[0], 1 - base.sum(), both[0], alone[0]):
        has(_pct(v))
    # 2. escalation: share of the prize spent with 6 and 12 advertisers, payoff and spend each
    e6, e12, e2 = (cl.attention.tullock_equilibrium(100.0, n, 1.0) for n in (6, 12, 2))
    has(_pct(e6["dissipation"]))
    has(_pct(e12["dissipation"]))
    has(cl.i18n.number(e6["payoff_each"], 1))
    has(cl.i18n.number(e12["spend_each"], 1))
    assert float(e2["spend_each"]) == 25.0
    # 3. two-factor optimum, then with twice the tedium
    has(cl.i18n.number(cl.repetition.two_factor_optimum(1.0, 0.8, 0.08), 2))
    has(cl.i18n.number(cl.repetition.two_factor_optimum(1.0, 0.8, 0.16), 1))
    # 4-9: the demos' own readouts at the settings the notes quote
    checks = {
        "burst": ({}, ["75 %", "53 %", "1 %", "39 %"]),
        "fatigue": ({"retention": 0.3}, ["5 %"]),
        "targeting": ({}, ["563", "375", f"10{dot}500", f"57{dot}000"]),
        "permission": ({"relevance": 1.0}, ["1,96"]),
        "consent": ({"response_other_permille": 32}, [f"14{dot}600"]),
        "cultivation": ({}, ["340", "182"]),
    }
    for name, (settings, values) in checks.items():
        demo = demos.DEMOS[name]()
        demo.set(**settings)
        shown = _readout(demo).replace("\u00a0", " ").replace("\u202f", " ")
        for v in values:
            assert v in shown, (name, v, shown)
            has(v)
    cl.set_language("it")
    assert np.isfinite(base).all()

"""Lessons: exercises whose worked solutions pass their own checks, glossary terms, length,
structure and French typography."""
import re

import matplotlib

# Agg in this process only: an MPLBACKEND environment variable would leak into the kernels
# that nbval starts in the same pytest run, and their figures would never be displayed.
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import course_lib as cl  # noqa: E402
from course_lib import exercises  # noqa: E402
from course_lib.glossary import missing_terms  # noqa: E402
from notebook_utils import (  # noqa: E402
    LANGS,
    french_typography_problems,
    italian_accent_problems,
    notebooks,
    read,
    solution_blocks,
    word_count,
)

LESSONS = [(lang, nn, path) for lang in LANGS for nn, path in notebooks(lang).items() if nn not in ("00", "99")]
IDS = [f"{lang}/{path.name}" for lang, nn, path in LESSONS]


def _run_cells(nb):
    """Execute the notebook's code cells in one namespace (no kernel), as a student would."""
    ns = {"__name__": "__main__"}
    for cell in nb.cells:
        if cell.cell_type == "code":
            src = "\n".join(line for line in cell.source.splitlines() if not line.lstrip().startswith(("%", "!")))
            exec(compile(src, "<cell>", "exec"), ns)
    plt.close("all")
    return ns


@pytest.mark.parametrize("lang,nn,path", LESSONS, ids=IDS)
def test_worked_solutions_pass_their_own_checks(lang, nn, path, monkeypatch):
    nb = read(path)
    ns = _run_cells(nb)
    results = []
    original = exercises.check

    def recording_check(exercise_id, answer):
        result = original(exercise_id, answer)
        results.append(result)
        return result

    monkeypatch.setattr(exercises, "check", recording_check)
    ns["check"] = recording_check
    blocks = solution_blocks(nb)
    assert len(blocks) >= 3, "at least three exercises with worked solutions"
    for code in blocks:
        before = len(results)
        exec(compile(code, "<solution>", "exec"), ns)
        new = results[before:]
        assert new, f"a worked solution does not call check(): {code[:80]!r}"
        assert all(new), f"a worked solution fails its own check: {[r.message for r in new]}"
    checked = {r.exercise_id for r in results}
    registered = {e.id for e in exercises.all_exercises() if e.id.startswith(nn + ".")}
    assert registered, f"no exercises registered for lesson {nn}"
    assert checked == registered, f"solutions cover {sorted(checked)}, registered {sorted(registered)}"
    plt.close("all")
    cl.set_language("it")


@pytest.mark.parametrize("lang,nn,path", LESSONS, ids=IDS)
def test_exercise_cells_start_unanswered(lang, nn, path):
    nb = read(path)
    asks = [c for c in nb.cells if c.cell_type == "code" and re.search(r"^\s*answer\s*=\s*None", c.source, re.M)]
    assert len(asks) >= 3
    kinds = {exercises.get_exercise(i).kind for c in asks for i in re.findall(r'check\("(\d\d\.\d+)"', c.source)}
    assert "choice" in kinds or "choices" in kinds, "one conceptual exercise"
    assert "number" in kinds or "sequence" in kinds, "one exercise that uses a model or data"
    assert any("pd." in c.source or "load_" in c.source for c in nb.cells if c.cell_type == "code"), "data work"


@pytest.mark.parametrize("lang,nn,path", LESSONS, ids=IDS)
def test_key_terms_are_in_the_glossary(lang, nn, path):
    nb = read(path)
    keys = []
    for c in nb.cells:
        if c.cell_type == "code" and "key_terms(" in c.source:
            keys += re.findall(r"""["']([a-z0-9_]+)["']""", c.source.split("key_terms(", 1)[1])
    assert len(keys) >= 5, "a key-terms table with the lesson's terms"
    assert not missing_terms(keys), f"terms missing from data/glossary.csv: {missing_terms(keys)}"


@pytest.mark.parametrize("lang,nn,path", LESSONS, ids=IDS)
def test_lesson_length_and_structure(lang, nn, path):
    nb = read(path)
    words = word_count(nb)
    assert 1500 <= words <= 3300, f"{words} words of teaching text (aim 1,500-3,000)"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert any("cl.plots." in c.source for c in code), "at least one static chart"
    assert any("cl.demos." in c.source for c in code), "at least one slider demo"
    md = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown").lower()
    words_needed = {"it": ["obiettivi", "prerequisiti", "riepilogo", "fonti"],
                    "fr": ["objectifs", "prérequis", "résumé", "sources"]}[lang]
    for w in words_needed:
        assert w in md, f"the lesson has a section mentioning {w!r}"


FR_FILES = [p for p in notebooks("fr").values()]


@pytest.mark.parametrize("path", FR_FILES, ids=lambda p: p.name)
def test_french_typography(path):
    nb = read(path)
    for i, c in enumerate(nb.cells):
        if c.cell_type == "markdown":
            problems = french_typography_problems(c.source)
            assert not problems, f"cell {i}: {problems[:3]}"


IT_FILES = [p for p in notebooks("it").values()]


@pytest.mark.parametrize("path", IT_FILES, ids=lambda p: p.name)
def test_italian_accents(path):
    nb = read(path)
    bad = sorted({w for c in nb.cells if c.cell_type == "markdown" for w in italian_accent_problems(c.source)})
    assert not bad, f"Italian words without their accent: {bad[:5]}"

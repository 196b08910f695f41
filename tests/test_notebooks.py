"""Italian and French notebooks: paired, identical code, executed and clean.

What is stored is what runs: nbval (run by `python -m pytest`) re-executes every notebook
and compares text outputs; these tests check the rest of the contract.
"""
import json
import re

import pytest

from notebook_utils import LANGS, NB_DIR, headings, is_demo_cell, neutral_code, notebooks, pairs, read

PAIRS = pairs()
ALL_NBS = [p for lang in LANGS for p in notebooks(lang).values()]


def test_every_notebook_has_its_pair():
    it, fr = set(notebooks("it")), set(notebooks("fr"))
    assert it, "no notebooks found"
    assert it == fr, f"unpaired notebooks: it only {sorted(it - fr)}, fr only {sorted(fr - it)}"
    assert {"00", "01", "02", "03", "04", "99"} <= it


@pytest.mark.parametrize("nn,it_path,fr_path", PAIRS, ids=[p[0] for p in PAIRS])
def test_pair_has_same_structure_and_identical_code(nn, it_path, fr_path):
    it_nb, fr_nb = read(it_path), read(fr_path)
    assert len(it_nb.cells) == len(fr_nb.cells), "different number of cells"
    for i, (a, b) in enumerate(zip(it_nb.cells, fr_nb.cells)):
        where = f"cell {i}"
        assert a.cell_type == b.cell_type, where
        assert a.metadata.get("tags", []) == b.metadata.get("tags", []), f"{where}: tags differ"
        if a.cell_type == "code":
            assert neutral_code(a.source) == neutral_code(b.source), f"{where}: code differs"
        else:
            assert headings(a.source) == headings(b.source), f"{where}: heading levels differ"
    langs = [m.group(1) for c in it_nb.cells if c.cell_type == "code"
             for m in re.finditer(r'set_language\("(\w+)"\)', c.source)]
    assert langs == ["it"], "the Italian notebook selects Italian exactly once"
    langs = [m.group(1) for c in fr_nb.cells if c.cell_type == "code"
             for m in re.finditer(r'set_language\("(\w+)"\)', c.source)]
    assert langs == ["fr"], "the French notebook selects French exactly once"


@pytest.mark.parametrize("path", ALL_NBS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_stored_notebook_is_executed_clean_and_in_order(path):
    nb = read(path)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# "), "title first"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), "run top to bottom"
    assert "widgets" not in nb.metadata, "widget state is not stored (static images must show)"
    for i, cell in enumerate(code, 1):
        for out in cell.outputs:
            assert out.output_type != "error", f"cell [{i}] has a traceback"
            if out.output_type == "stream":
                assert out.name == "stdout", f"cell [{i}] writes to stderr (a warning?): {out.text[:200]}"
            text = json.dumps(out)
            assert "Warning" not in text, f"cell [{i}] output has a warning"
            for marker in ("/work/", "/home/", "/root/", "/tmp/", "site-packages", "C:\\\\"):
                assert marker not in text, f"cell [{i}] output contains an absolute path ({marker})"


@pytest.mark.parametrize("path", ALL_NBS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_only_widget_cells_skip_output_comparison_and_they_carry_an_image(path):
    nb = read(path)
    for i, cell in enumerate(nb.cells):
        tags = cell.metadata.get("tags", [])
        if cell.cell_type != "code":
            continue
        if is_demo_cell(cell):
            assert "nbval-ignore-output" in tags, f"cell {i}: demo cells are tagged nbval-ignore-output"
            data = [o.get("data", {}) for o in cell.outputs if o.output_type in ("display_data", "execute_result")]
            assert any("image/png" in d for d in data), f"cell {i}: the demo has no static image"
            assert any("application/vnd.jupyter.widget-view+json" in d for d in data), f"cell {i}: no live widget"
        else:
            assert "nbval-ignore-output" not in tags, f"cell {i}: only widget cells may skip nbval"
            assert "nbval-skip" not in tags, f"cell {i}: no cell is skipped"


def test_notebook_folder_has_nothing_else():
    stray = [p.name for p in NB_DIR.rglob("*") if p.is_file() and p.suffix != ".ipynb"]
    assert not stray, f"unexpected files in notebooks/: {stray}"


@pytest.mark.parametrize("path", ALL_NBS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_relative_links_resolve(path):
    nb = read(path)
    targets = []
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            targets += re.findall(r"\]\(([^)\s#]+\.ipynb)(?:#[^)]*)?\)", cell.source)
    for target in targets:
        assert not target.startswith(("/", "http")), f"{target}: links between lessons are relative"
        assert (path.parent / target).resolve().is_file(), f"broken link to {target}"


def test_index_links_every_lesson_of_its_language_and_the_other_index():
    for lang, other in (("it", "fr"), ("fr", "it")):
        nbs = notebooks(lang)
        index = read(nbs["00"])
        text = " ".join(c.source for c in index.cells if c.cell_type == "markdown")
        for nn, p in nbs.items():
            if nn != "00":
                assert p.name in text, f"the {lang} index does not link {p.name}"
        assert f"../{other}/{notebooks(other)['00'].name}" in text, f"the {lang} index does not link the {other} index"


@pytest.mark.parametrize("path", ALL_NBS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_stored_figure_has_alt_text_in_the_notebooks_language(path):
    """Screen readers, HTML exports and the website use the alt text stored with each image."""
    nb = read(path)
    lang = path.parent.name
    other_words = {"it": ("Graphique", "en abscisse"), "fr": ("Grafico", "in orizzontale")}[lang]
    images = 0
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if "image/png" in out.get("data", {}):
                images += 1
                alt = (out.get("metadata", {}).get("image/png") or {}).get("alt", "")
                assert alt.strip(), f"cell {i}: a stored figure has no alt text"
                assert not any(w in alt for w in other_words), f"cell {i}: alt text in the other language: {alt[:80]}"
    if path.stem[:2] not in ("00",):
        assert images, "a lesson stores at least one figure"


def test_every_lesson_of_the_course_map_exists():
    for lang in LANGS:
        assert set(notebooks(lang)) == {"00", "01", "02", "03", "04", "05", "06", "07", "08", "99"}, lang

"""Build a pair of lesson notebooks (it, fr) from one spec, so both have the same cells.

Usage in a lesson spec (a small script outside the repository, one per lesson):

    from lesson_builder import Lesson   # scripts/ on sys.path
    L = Lesson("01", it="01_marketing_di_interruzione", fr="01_marketing_d_interruption")
    L.md(it="# Titolo", fr="# Titre")
    L.setup()                      # import course_lib as cl; cl.set_language(...)
    L.code("ax = cl.plots.two_factor()")
    L.code("cl.demos.fatigue_demo()", demo=True)       # tagged nbval-ignore-output
    L.solution("answer = ...\ncheck('01.2', answer)")   # collapsed <details> block
    L.build()                      # writes both notebooks and executes them
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from run_notebooks import execute  # noqa: E402

SUMMARY = {"it": "Soluzione (apri solo dopo aver provato)", "fr": "Solution (à ouvrir après avoir essayé)"}


class Lesson:
    def __init__(self, number: str, *, it: str, fr: str):
        self.number = number
        self.names = {"it": it, "fr": fr}
        self.cells: list[tuple[str, dict, tuple]] = []  # (kind, content by lang, tags)
        self.hidden: set[int] = set()  # code cells whose input JupyterLab shows collapsed

    def md(self, *, it: str, fr: str, tags=()):
        self.cells.append(("markdown", {"it": it.strip("\n"), "fr": fr.strip("\n")}, tuple(tags)))

    def code(self, src: str, *, demo: bool = False, tags=(), hide_input: bool = False):
        tags = tuple(tags) + (("nbval-ignore-output",) if demo else ())
        src = src.strip("\n")
        self.cells.append(("code", {"it": src, "fr": src}, tags))
        if hide_input:
            self.hidden.add(len(self.cells) - 1)

    def setup(self, extra: str = "", hide_input: bool = False):
        lines = ["import course_lib as cl", 'cl.set_language("{lang}")']
        if extra:
            lines.append(extra.strip("\n"))
        src = "\n".join(lines)
        self.cells.append(("code", {"it": src.replace("{lang}", "it"), "fr": src.replace("{lang}", "fr")}, ()))
        if hide_input:
            self.hidden.add(len(self.cells) - 1)

    def solution(self, code: str, *, it_text: str = "", fr_text: str = ""):
        texts = {"it": it_text, "fr": fr_text}
        content = {}
        for lang in ("it", "fr"):
            body = (texts[lang].strip() + "\n\n") if texts[lang].strip() else ""
            content[lang] = (
                f"<details>\n<summary>{SUMMARY[lang]}</summary>\n\n{body}"
                f"```python\n{code.strip()}\n```\n\n</details>"
            )
        self.cells.append(("markdown", content, ("solution",)))

    def notebook(self, lang: str):
        nb = new_notebook()
        for i, (kind, content, tags) in enumerate(self.cells):
            maker = new_markdown_cell if kind == "markdown" else new_code_cell
            cell = maker(content[lang])
            cell["id"] = f"c{self.number}-{i:03d}"
            if tags:
                cell.metadata["tags"] = list(tags)
            if i in self.hidden:
                cell.metadata["jupyter"] = {"source_hidden": True}
            nb.cells.append(cell)
        nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
        nb.metadata["language_info"] = {"name": "python", "pygments_lexer": "ipython3"}
        return nb

    def build(self, execute_nb: bool = True):
        for lang in ("it", "fr"):
            path = REPO / "notebooks" / lang / f"{self.names[lang]}.ipynb"
            path.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(self.notebook(lang), path)
            if execute_nb:
                secs = execute(path)
                print(f"{path.relative_to(REPO)} executed in {secs:.1f} s")
            else:
                print(f"{path.relative_to(REPO)} written (not executed)")

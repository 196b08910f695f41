"""Helpers shared by the notebook tests."""
from __future__ import annotations

import re
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
NB_DIR = ROOT / "notebooks"
LANGS = ("it", "fr")
LANG_LINE = re.compile(r'^cl\.set_language\("(it|fr)"\)$', re.M)


def notebooks(lang: str) -> dict[str, Path]:
    """{"NN": path} for one language."""
    out = {}
    for path in sorted((NB_DIR / lang).glob("*.ipynb")):
        m = re.match(r"(\d\d)_[a-z0-9_]+\.ipynb$", path.name)
        assert m, f"{path.name}: notebook names are NN_<name>.ipynb (lower case, no spaces)"
        out[m.group(1)] = path
    return out


def pairs() -> list[tuple[str, Path, Path]]:
    it, fr = notebooks("it"), notebooks("fr")
    return [(nn, it[nn], fr[nn]) for nn in sorted(set(it) & set(fr))]


def read(path: Path):
    return nbformat.read(path, as_version=4)


def strip_comments(src: str) -> str:
    """Code without its comments and blank lines (comments may be in the notebook's language)."""
    import io
    import tokenize

    try:
        tokens = [tok for tok in tokenize.generate_tokens(io.StringIO(src).readline) if tok.type != tokenize.COMMENT]
        src = tokenize.untokenize(tokens)
    except (tokenize.TokenError, IndentationError, SyntaxError):  # IPython magics: compare as they are
        pass
    return "\n".join(line.rstrip() for line in src.splitlines() if line.strip())


def neutral_code(src: str) -> str:
    """Code with the language-selection line made neutral and comments removed."""
    return strip_comments(LANG_LINE.sub('cl.set_language("<lang>")', src))


def headings(md: str) -> list[int]:
    md = re.sub(r"```.*?```", "", md, flags=re.S)
    return [len(m.group(1)) for m in re.finditer(r"^(#{1,6})\s", md, flags=re.M)]


def prose(md: str) -> str:
    """Markdown without code blocks, inline code, maths, HTML tags and link targets."""
    md = re.sub(r"```.*?```", " ", md, flags=re.S)
    md = re.sub(r"\$\$.*?\$\$", " ", md, flags=re.S)
    md = re.sub(r"\$[^$\n]+\$", " ", md)
    md = re.sub(r"`[^`\n]+`", " ", md)
    md = re.sub(r"\]\([^)]*\)", "]", md)
    md = re.sub(r"<[^>]+>", " ", md)
    md = re.sub(r"https?://\S+", " ", md)
    return md


FR_NBSP_MISSING = re.compile(r"\S+ [;:!?](?=\s|$)|\S[;!?](?=\s|$)|\w:(?=\s)")


def french_typography_problems(md: str) -> list[str]:
    """What breaks the course's French typography in a markdown text (an empty list when nothing does).

    A non-breaking space (U+00A0 or U+202F) before ; : ! ?, guillemets « » with non-breaking spaces inside,
    no "straight quotes". Code, maths, links and *titles of works in another language* are not checked.
    """
    text = prose(md)
    text = re.sub(r"(?<!\*)\*[^*\n]+\*(?!\*)", " ", text)  # titles of works in another language keep their punctuation
    problems = [f"a non-breaking space is needed before ; : ! ? -> {bad!r}" for bad in FR_NBSP_MISSING.findall(text)]
    if re.search(r'"[^"\n]{2,}"', text):
        problems.append('French quotes are « », not "..."')
    if re.search(r"«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»", text):
        problems.append("« » need non-breaking spaces inside")
    return problems


def italian_accent_problems(md: str) -> list[str]:
    """Italian words written without their accent (perche, piu, e') in the prose of a markdown text."""
    bad = re.findall(r"\b(perche|poiche|piu|puo|cioe|gia|e'|perche')\b", prose(md), flags=re.I)
    return sorted(set(bad))


def word_count(nb) -> int:
    text = " ".join(prose(c.source) for c in nb.cells if c.cell_type == "markdown")
    return len(re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text))


def is_demo_cell(cell) -> bool:
    return cell.cell_type == "code" and "cl.demos." in cell.source


def solution_blocks(nb) -> list[str]:
    """The Python code of every worked solution (collapsed <details> markdown cells)."""
    out = []
    for cell in nb.cells:
        if cell.cell_type == "markdown" and "<details>" in cell.source:
            out += re.findall(r"```python\n(.*?)```", cell.source, flags=re.S)
    return out

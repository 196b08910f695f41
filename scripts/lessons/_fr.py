"""French typography for lesson specs: write plain spaces, get the non-breaking ones.

``fr(text)`` puts U+00A0 before ; : ! ? and %, and inside « », outside code spans, code blocks
and LaTeX; the specs stay readable and the notebooks pass the typography tests.
"""
import re

NBSP = "\u00a0"
_PROTECT = re.compile(r"```.*?```|`[^`\n]*`|\$\$.*?\$\$|\$[^$\n]*\$|\]\([^)]*\)|<[^>\n]*>", re.S)


def _fix(text: str) -> str:
    text = re.sub(r"[ \u00a0]*([;:!?])(?=\s|$|\*|\))", lambda m: NBSP + m.group(1), text)
    text = re.sub(r"(?<=\S)[ \u00a0]*([;:!?])(?=\s|$)", lambda m: NBSP + m.group(1), text)
    text = re.sub(r"«[ \u00a0]*", "«" + NBSP, text)
    text = re.sub(r"[ \u00a0]*»", NBSP + "»", text)
    text = re.sub(r"(\d)[ \u00a0]*%", lambda m: m.group(1) + NBSP + "%", text)
    return text


def fr(text: str) -> str:
    out, pos = [], 0
    for m in _PROTECT.finditer(text):
        out.append(_fix(text[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(_fix(text[pos:]))
    return "".join(out)

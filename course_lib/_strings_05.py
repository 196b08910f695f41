"""Translations of lesson 05 (targeting): key -> {"it": ..., "fr": ...}.

Merged into :data:`course_lib._strings.TRANSLATIONS` (a key defined twice is an error).
French typography: non-breaking space (U+00A0) before ; : ! ? and inside « ».
"""
STRINGS: dict[str, dict[str, str]] = {
}

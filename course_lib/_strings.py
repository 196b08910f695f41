"""The translation table: key -> {"it": ..., "fr": ...}.

French typography: non-breaking space (U+00A0) before ; : ! ? and inside « ».
Add keys in the section of the module that uses them.
"""
NBSP = "\u00a0"

TRANSLATIONS: dict[str, dict[str, str]] = {
    # --- generic ---------------------------------------------------------
    "yes": {"it": "sì", "fr": "oui"},
    "no": {"it": "no", "fr": "non"},
    "interruption": {"it": "interruzione", "fr": "interruption"},
    "permission": {"it": "permesso", "fr": "permission"},
    "week": {"it": "settimana", "fr": "semaine"},
    "weeks": {"it": "settimane", "fr": "semaines"},
    "day": {"it": "giorno", "fr": "jour"},
    "days": {"it": "giorni", "fr": "jours"},
}

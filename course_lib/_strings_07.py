"""Translations of lesson 07 (consent): key -> {"it": ..., "fr": ...}.

Merged into :data:`course_lib._strings.TRANSLATIONS` (a key defined twice is an error).
French typography: non-breaking space (U+00A0) before ; : ! ? and inside « ».
"""
NB = "\u00a0"

STRINGS: dict[str, dict[str, str]] = {
    # --- figure: opt-out against opt-in (plots.consent_regimes, demos.consent_demo) ---------------
    "consent.title": {"it": "Stessa popolazione, due regole: opt-out e opt-in",
                      "fr": f"Même population, deux règles{NB}: opt-out et opt-in"},
    "consent.xlabel": {"it": "campagna su una popolazione di 100.000 persone",
                       "fr": "campagne sur une population de 100\u202f000 personnes"},
    "consent.ylabel": {"it": "rispetto all'opt-out (opt-out = 100 %)",
                       "fr": f"par rapport à l'opt-out (opt-out = 100{NB}%)"},
    "consent.opt_out": {"it": "opt-out: tutti tranne chi si è opposto",
                        "fr": f"opt-out{NB}: tous sauf les opposants"},
    "consent.opt_in": {"it": "opt-in: solo chi ha acconsentito",
                       "fr": f"opt-in{NB}: seulement les consentants"},
    "consent.contacts": {"it": "contatti", "fr": "contacts"},
    "consent.responses": {"it": "risposte", "fr": "réponses"},
    "consent.complaints": {"it": "reclami", "fr": "plaintes"},
    "consent.value_note": {"it": "valore netto della campagna\nopt-out: {out} €\nopt-in: {inn} €",
                           "fr": f"valeur nette de la campagne\nopt-out{NB}: {{out}}{NB}€\nopt-in{NB}: {{inn}}{NB}€"},
    "alt.consent_regimes": {
        "it": "Grafico a barre su una popolazione di 100.000 persone. Con l'opt-out si possono contattare "
              "{c_out} persone, con l'opt-in {c_in}; le risposte sono {r_out} contro {r_in} e i reclami "
              "{k_out} contro {k_in}. Le barre piene dell'opt-out valgono 100 %, quelle tratteggiate "
              "dell'opt-in ne mostrano la percentuale. Valore netto: {v_out} € con l'opt-out, {v_in} € "
              "con l'opt-in.",
        "fr": f"Diagramme en barres sur une population de 100\u202f000 personnes. Avec l'opt-out, on peut "
              f"contacter {{c_out}} personnes, avec l'opt-in {{c_in}}{NB}; les réponses sont {{r_out}} contre "
              f"{{r_in}} et les plaintes {{k_out}} contre {{k_in}}. Les barres pleines de l'opt-out valent "
              f"100{NB}%, les barres hachurées de l'opt-in en donnent le pourcentage. Valeur nette{NB}: "
              f"{{v_out}}{NB}€ avec l'opt-out, {{v_in}}{NB}€ avec l'opt-in."},
    # --- sliders ---------------------------------------------------------------------------------
    "slider.consent_pct": {"it": "consenso (% della popolazione)", "fr": "consentement (% de la population)"},
    "slider.opposition_pct": {"it": "opposizione (% degli altri)", "fr": "opposition (% des autres)"},
    "slider.response_consenting_permille": {"it": "risposte ogni 1000 contatti: chi ha acconsentito",
                                            "fr": f"réponses pour 1000 contacts{NB}: consentants"},
    "slider.response_other_permille": {"it": "risposte ogni 1000 contatti: gli altri",
                                       "fr": f"réponses pour 1000 contacts{NB}: les autres"},
}


# --- the model's table in the lesson (cl.tables.localize) --------------------------------------------
STRINGS.update({
    "col.regime": {"it": "regola", "fr": "règle"},
    "col.contacts": {"it": "contatti", "fr": "contacts"},
    "col.complaints": {"it": "reclami", "fr": "plaintes"},
    "col.responses_per_1000_contacts": {"it": "risposte ogni 1000 contatti",
                                        "fr": "réponses pour 1000 contacts"},
    "col.net_value_eur": {"it": "valore netto (€)", "fr": "valeur nette (€)"},
    "val.regime.opt_out": {"it": "opt-out", "fr": "opt-out"},
    "val.regime.opt_in": {"it": "opt-in", "fr": "opt-in"},
})

# --- the spam table (datasets.load_spam_share) -------------------------------------------------------
# Lesson 01 defines these keys in course_lib/_strings.py (same texts as below). They are added here
# only when the main table does not have them yet, so that lesson 07 runs on its own and no key is
# ever defined twice; once both are merged, the main table's keys are used.
_MONTHS = {"it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                  "ottobre", "novembre", "dicembre"],
           "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                  "novembre", "décembre"]}
_SPAM_TABLE = {
    "col.period": {"it": "periodo", "fr": "période"},
    "col.spam_share_pct": {"it": "spam (% del traffico)", "fr": "spam (% du trafic)"},
    "col.vendor": {"it": "chi lo ha misurato", "fr": "éditeur"},
    "col.scope": {"it": "tipo di dato", "fr": "nature du chiffre"},
    "val.scope.annual": {"it": "annuale", "fr": "annuel"},
    "val.scope.annual (rounded)": {"it": "annuale (arrotondato)", "fr": "annuel (arrondi)"},
    "val.scope.annual estimate": {"it": "stima annuale", "fr": "estimation annuelle"},
    "val.scope.annual (stated equal to Q1 2010 average)": {
        "it": "annuale (uguale alla media del 1° trim. 2010)",
        "fr": "annuel (= moyenne du 1er trim. 2010)"},
    "val.scope.quarter": {"it": "trimestrale", "fr": "trimestriel"},
    "val.scope.month": {"it": "mensile", "fr": "mensuel"},
}
for _y in range(2005, 2031):  # periods: "2011-Q1" (quarter) and "2015-06" (month)
    for _q in range(1, 5):
        _SPAM_TABLE[f"val.period.{_y}-Q{_q}"] = {"it": f"{_y}, {_q}° trimestre",
                                                 "fr": f"{_y}, {_q}{'er' if _q == 1 else 'e'} trimestre"}
    for _m in range(1, 13):
        _SPAM_TABLE[f"val.period.{_y}-{_m:02d}"] = {"it": f"{_MONTHS['it'][_m - 1]} {_y}",
                                                    "fr": f"{_MONTHS['fr'][_m - 1]} {_y}"}


def _main_table() -> dict:
    import sys

    return getattr(sys.modules.get("course_lib._strings"), "TRANSLATIONS", {})


STRINGS.update({k: v for k, v in _SPAM_TABLE.items() if k not in _main_table()})

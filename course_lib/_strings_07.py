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

# The spam table's columns and values (datasets.load_spam_share) are lesson 01's keys, in _strings.py.


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
    "slider.response_consenting_permille": {"it": "risposte su 1000 contatti: chi consente",
                                            "fr": f"réponses pour 1000 contacts{NB}: consentants"},
    "slider.response_other_permille": {"it": "risposte su 1000 contatti: gli altri",
                                       "fr": f"réponses pour 1000 contacts{NB}: les autres"},
    # --- the spam table (datasets.load_spam_share) shown with tables.localize ----------------------
    "col.period": {"it": "periodo", "fr": "période"},
    "col.spam_share_pct": {"it": "spam (% del traffico e-mail)", "fr": f"spam (% des courriels)"},
    "col.scope": {"it": "tipo di dato", "fr": "type de chiffre"},
    "col.vendor": {"it": "fonte (azienda)", "fr": "source (entreprise)"},
    "val.scope.annual": {"it": "annuale", "fr": "annuel"},
    "val.scope.annual estimate": {"it": "stima annuale", "fr": "estimation annuelle"},
    "val.scope.annual (rounded)": {"it": "annuale (arrotondato)", "fr": "annuel (arrondi)"},
    "val.scope.annual (stated equal to Q1 2010 average)": {
        "it": "annuale (pari alla media del 1° trimestre 2010)",
        "fr": "annuel (égal à la moyenne du 1er trimestre 2010)"},
    "val.scope.quarter": {"it": "trimestrale", "fr": "trimestriel"},
    "val.scope.month": {"it": "mensile", "fr": "mensuel"},
}

# periods of the spam table ("2010-Q2", "2015-06") as a student reads them
for _year in range(2005, 2030):
    for _q in range(1, 5):
        STRINGS[f"val.period.{_year}-Q{_q}"] = {"it": f"{_year} ({_q}° trim.)", "fr": f"{_year} ({_q}e trim.)"}
STRINGS["val.period.2015-06"] = {"it": "2015 (giugno)", "fr": "2015 (juin)"}

"""Exercises of lesson 07 (spam and consent)."""
from __future__ import annotations

from . import Exercise, register
from .. import consent, datasets
from .._validate import _err

NB = "\u00a0"


def _kaspersky(period: str) -> float:
    """Kaspersky's figure for ``period``; a missing row is named with its file."""
    spam = datasets.load_spam_share()
    rows = spam[(spam["vendor"] == "Kaspersky") & (spam["period"].astype(str) == period)]
    if rows.empty:
        raise _err("exercise_missing_row", file=datasets.SPAM_SHARE, vendor="Kaspersky", period=repr(period))
    return float(rows["spam_share_pct"].iloc[0])


def _row(period: str, vendor: str) -> float:
    spam = datasets.load_spam_share()
    rows = spam[(spam["vendor"] == vendor) & (spam["period"].astype(str) == period)]
    if rows.empty:
        raise _err("exercise_missing_row", file=datasets.SPAM_SHARE, vendor=vendor, period=repr(period))
    return float(rows["spam_share_pct"].iloc[0])


def _change_2015_2025() -> float:
    start, end = _kaspersky("2015"), _kaspersky("2025")
    return 100.0 * (end - start) / start


def _complaints_per_extra_response() -> float:
    out = consent.compare_regimes()
    extra_complaints = out["opt_out"]["complaints"] - out["opt_in"]["complaints"]
    extra_responses = out["opt_out"]["responses"] - out["opt_in"]["responses"]
    return float(extra_complaints / extra_responses)


def _complaints_per_response_opt_out() -> float:
    out = consent.compare_regimes()["opt_out"]
    return float(out["complaints"] / out["responses"])


register(
    Exercise(
        "07.1",
        "choice",
        lambda: "b",
        options=("a", "b", "c", "d"),
        hint={
            "it": ("Guarda il canale: per gli SMS vale l'opposizione o il consenso?",
                   "Rileggi la sezione 3: per gli SMS e le e-mail promozionali la regola italiana è l'opt-in "
                   "(art. 130 Codice privacy); il Registro delle opposizioni riguarda le telefonate."),
            "fr": (f"Regardez le canal{NB}: pour les SMS, est-ce l'opposition ou le consentement{NB}?",
                   f"Relisez la section 3{NB}: pour les SMS et les courriels de prospection, la règle est "
                   f"l'opt-in (art. L. 34-5 CPCE){NB}; Bloctel concernait les appels téléphoniques."),
        },
        option_feedback={
            "a": {"it": "Il Registro pubblico delle opposizioni riguarda le chiamate: per gli SMS promozionali "
                        "serve il consenso preventivo (art. 130 Codice privacy).",
                  "fr": f"Bloctel concernait les appels{NB}: pour les SMS de prospection, il faut le "
                        f"consentement préalable (art. L. 34-5 CPCE)."},
            "b": {"it": "Per e-mail e SMS promozionali vale l'opt-in: serve il consenso di ciascun destinatario, "
                        "e la sola eccezione (il «soft spam») riguarda l'e-mail ai propri clienti.",
                  "fr": f"Pour les courriels et les SMS de prospection, c'est l'opt-in{NB}: il faut le "
                        f"consentement de chaque destinataire{NB}; l'exception «{NB}clients existants{NB}» "
                        f"suppose une vente antérieure."},
            "c": {"it": "Offrire un modo per disiscriversi non sostituisce il consenso: senza consenso preventivo "
                        "l'SMS promozionale è illecito fin dal primo invio. L'eccezione del «soft spam» vale solo "
                        "per l'e-mail a chi ha già comprato.",
                  "fr": f"Un lien de désinscription (le moyen de s'opposer) ne remplace pas le consentement{NB}: "
                        f"sans consentement préalable, le SMS de prospection est interdit dès le premier envoi. "
                        f"L'exception «{NB}clients existants{NB}» suppose une vente antérieure."},
            "d": {"it": "Nessuna norma italiana sugli SMS promozionali fissa una soglia del genere: senza "
                        "consenso anche un solo SMS è illecito.",
                  "fr": f"Aucune règle ne fixe un tel seuil pour les SMS{NB}: sans consentement, un seul SMS de "
                        f"prospection est déjà interdit."},
        },
    ),
    Exercise(
        "07.2",
        "number",
        _change_2015_2025,
        rtol=0.01,
        unit="percent",
        hint={
            "it": ("Variazione percentuale = (valore finale − valore iniziale) / valore iniziale × 100, con "
                   "le sole righe di Kaspersky e i periodi esattamente \"2015\" e \"2025\"; il risultato è "
                   "negativo.",
                   "k = cl.datasets.load_spam_share(vendor=\"Kaspersky\").set_index(\"period\")"
                   "[\"spam_share_pct\"]; answer = 100 * (k[\"2025\"] - k[\"2015\"]) / k[\"2015\"]"),
            "fr": ("Variation en pourcentage = (valeur finale − valeur initiale) / valeur initiale × 100, "
                   "avec les seules lignes de Kaspersky et les périodes exactement \"2015\" et \"2025\"{NB}; "
                   "le résultat est négatif.".replace("{NB}", NB),
                   "k = cl.datasets.load_spam_share(vendor=\"Kaspersky\").set_index(\"period\")"
                   "[\"spam_share_pct\"]; answer = 100 * (k[\"2025\"] - k[\"2015\"]) / k[\"2015\"]"),
        },
        mistakes=(
            (lambda: _kaspersky("2025") - _kaspersky("2015"),
             {"it": "Questa è la differenza in punti percentuali, non la variazione percentuale: dividi per "
                    "il valore del 2015.",
              "fr": f"Ceci est l'écart en points de pourcentage, pas la variation en pourcentage{NB}: divisez "
                    f"par la valeur de 2015."}),
            (lambda: _kaspersky("2015") - _kaspersky("2025"),
             {"it": "Questa è la differenza in punti (e con il segno invertito), non la variazione percentuale.",
              "fr": "Ceci est l'écart en points (avec le signe inversé), pas la variation en pourcentage."}),
            (lambda: 100.0 * _kaspersky("2025") / _kaspersky("2015"),
             {"it": "Questo è il rapporto tra i due valori (2025 in percentuale del 2015): togli 100 per "
                    "avere la variazione.",
              "fr": f"Ceci est le rapport des deux valeurs (2025 en pourcentage de 2015){NB}: retirez 100 "
                    f"pour obtenir la variation."}),
            (lambda: 100.0 * (_kaspersky("2025") - _row("2015-06", "Symantec")) / _row("2015-06", "Symantec"),
             {"it": "Hai preso come punto di partenza il dato di giugno 2015 di Symantec: è un altro "
                    "fornitore, che misura un altro traffico. Usa solo le righe di Kaspersky.",
              "fr": f"Vous avez pris comme point de départ le chiffre de juin 2015 de Symantec{NB}: c'est un autre éditeur, qui "
                    f"observe un autre trafic. N'utilisez que les lignes de Kaspersky."}),
        ),
    ),
    Exercise(
        "07.3",
        "number",
        _complaints_per_extra_response,
        rtol=0.01,
        hint={
            "it": ("Confronta le due regole: quante risposte e quanti reclami in più porta l'opt-out "
                   "rispetto all'opt-in? Poi dividi i reclami in più per le risposte in più.",
                   "out = cl.consent.compare_regimes(); answer = (out[\"opt_out\"][\"complaints\"] - "
                   "out[\"opt_in\"][\"complaints\"]) / (out[\"opt_out\"][\"responses\"] - "
                   "out[\"opt_in\"][\"responses\"])"),
            "fr": (f"Comparez les deux règles{NB}: combien de réponses et de plaintes en plus l'opt-out "
                   f"apporte-t-il par rapport à l'opt-in{NB}? Divisez ensuite les plaintes en plus par les "
                   f"réponses en plus.",
                   "out = cl.consent.compare_regimes(); answer = (out[\"opt_out\"][\"complaints\"] - "
                   "out[\"opt_in\"][\"complaints\"]) / (out[\"opt_out\"][\"responses\"] - "
                   "out[\"opt_in\"][\"responses\"])"),
        },
        mistakes=(
            (_complaints_per_response_opt_out,
             {"it": "Hai diviso i reclami totali per le risposte totali dell'opt-out: la domanda chiede "
                    "solo ciò che l'opt-out aggiunge all'opt-in (le differenze).",
              "fr": f"Vous avez divisé toutes les plaintes de l'opt-out par toutes ses réponses{NB}: la "
                    f"question porte sur ce que l'opt-out ajoute à l'opt-in (les différences)."}),
            (lambda: 1.0 / _complaints_per_extra_response(),
             {"it": "Hai fatto la divisione al contrario: risposte in più per reclamo in più.",
              "fr": "Vous avez fait la division à l'envers (réponses en plus par plainte en plus)."}),
        ),
    ),
    Exercise(
        "07.4",
        "choice",
        lambda: "c",
        options=("a", "b", "c", "d"),
        hint={
            "it": ("Dall'11 agosto 2026 in Francia la regola è il consenso preventivo: una sola di queste "
                   "chiamate rientra nell'eccezione prevista dalla legge.",
                   "L'eccezione riguarda una chiamata fatta nell'esecuzione di un contratto in corso e legata al "
                   "suo oggetto: rileggi la sezione 3, «Telefono, dall'11 agosto 2026»."),
            "fr": (f"Depuis le 11 août 2026, la règle est le consentement préalable{NB}: un seul de ces appels "
                   f"relève de l'exception prévue par la loi.",
                   f"L'exception concerne un appel passé dans le cadre de l'exécution d'un contrat en cours et "
                   f"en rapport avec son objet{NB}: relisez la section 3, «{NB}Téléphone, depuis le 11 août "
                   f"2026{NB}»."),
        },
        option_feedback={
            "a": {"it": "Bloctel era la lista di opposizione del vecchio regime: dall'11 agosto 2026 non "
                        "basta non essere iscritti, serve il consenso preventivo.",
                  "fr": f"Bloctel était la liste d'opposition de l'ancien régime{NB}: depuis le 11 août 2026, "
                        f"il ne suffit plus de ne pas y être inscrit, il faut le consentement préalable."},
            "b": {"it": "Giorni e orari sono limiti in più, non un'alternativa al consenso: dall'11 agosto 2026, "
                        "senza consenso né contratto in corso, la chiamata è vietata a qualunque ora.",
                  "fr": f"Respecter des jours et des horaires ne dispense pas du consentement{NB}: depuis le "
                        f"11 août 2026, sans consentement ni contrat en cours, l'appel est interdit, quels que "
                        f"soient le jour et l'heure."},
            "c": {"it": "È l'eccezione: una chiamata nell'esecuzione di un contratto in corso e legata al suo "
                        "oggetto.",
                  "fr": f"C'est l'exception{NB}: un appel passé dans le cadre de l'exécution d'un contrat en "
                        f"cours et en rapport avec son objet."},
            "d": {"it": "Un acquisto di tre anni fa non è un contratto in corso, e l'offerta riguarda un altro "
                        "prodotto: serve il consenso.",
                  "fr": f"Un achat d'il y a trois ans n'est pas un contrat en cours, et l'offre porte sur un "
                        f"autre produit{NB}: il faut le consentement."},
        },
    ),
)

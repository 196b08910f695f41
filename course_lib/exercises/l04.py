"""Exercises of lesson 04 (fatigue, frequency caps and real data)."""
from __future__ import annotations

import numpy as np

from . import Exercise, register
from .. import datasets, fatigue, realdata

N = "\u00a0"


def _hazard_call(k: int) -> float:
    table = realdata.contact_hazard(datasets.load_bank_counts())
    return float(100 * table.loc[table["k"] == k, "hazard"].iloc[0])


def _hazard_call_11_wrong_list() -> float:
    # Subscriptions at call 11 divided by the clients still on the list at call 10 (a typical slip).
    table = realdata.contact_hazard(datasets.load_bank_counts())
    converted = table.loc[table["k"] == 11, "converted"].iloc[0]
    return float(100 * converted / table.loc[table["k"] == 10, "at_risk"].iloc[0])


def _rate(k: int) -> float:
    counts = datasets.load_bank_counts()
    row = counts[counts["campaign"] == k]
    return float(100 * row["subscribed"].sum() / row["clients"].sum())


def _points_drop() -> float:
    return _rate(1) - _rate(4)


def _capped_calls() -> float:
    # One call every other day for 90 days, the 2022 French rule read as a rolling 30-day window
    # (history, or a rule whose status after 11 August 2026 is not verified).
    wanted = np.zeros(90, dtype=int)
    wanted[::2] = 1
    allowed = fatigue.apply_frequency_cap(
        wanted, cap=fatigue.FRANCE_CALLS_PER_30_DAYS, window=fatigue.FRANCE_CAP_WINDOW_DAYS
    )
    return float(allowed.sum())


register(
    Exercise(
        "04.1",
        "choice",
        lambda: "b",
        options=("a", "b", "c", "d"),
        hint={
            "it": "Chiediti chi riceve la seconda, la terza, la quarta chiamata: tutti i clienti, o solo "
            "quelli che non hanno ancora detto sì e che la banca ha deciso di richiamare?",
            "fr": "Demandez-vous qui reçoit le deuxième, le troisième, le quatrième appel" + N + ": tous les "
            "clients, ou seulement ceux qui n'ont pas encore dit oui et que la banque a choisi de rappeler" + N + "?",
        },
        option_feedback={
            "a": {"it": "No: le chiamate non sono state assegnate a caso, quindi il calo non misura l'effetto "
                        "causale di una chiamata in più.",
                  "fr": "Non" + N + ": les appels n'ont pas été attribués au hasard, donc la baisse ne mesure pas "
                        "l'effet causal d'un appel de plus."},
            "b": {"it": "Sì: chi sottoscrive esce dalla lista e la banca sceglie chi richiamare; il calo è "
                        "coerente con la stanchezza ma non la dimostra.",
                  "fr": "Oui" + N + ": qui souscrit sort de la liste et la banque choisit qui rappeler" + N + "; la "
                        "baisse est compatible avec la lassitude mais ne la démontre pas."},
            "c": {"it": "No: con 2, 3 o 4 chiamate sottoscrive ancora circa un cliente su dieci; e in ogni caso "
                        "un confronto non randomizzato non misura l'effetto delle chiamate.",
                  "fr": "Non" + N + ": avec 2, 3 ou 4" + N + "appels, environ un client sur dix souscrit encore" + N
                        + "; et une comparaison non randomisée ne mesure pas l'effet des appels."},
            "d": {"it": "No: il canale è un fattore confondente possibile, ma non l'unico: restano l'uscita di chi "
                        "dice sì e la scelta di chi richiamare.",
                  "fr": "Non" + N + ": le canal est un facteur de confusion possible, mais pas le seul" + N + ": "
                        "restent la sortie de ceux qui disent oui et le choix des clients rappelés."},
        },
    ),
    Exercise(
        "04.2",
        "number",
        lambda: _hazard_call(11),
        rtol=0.005,
        unit="percent",
        hint={
            "it": ("Alla chiamata 11 restano in lista i clienti ancora in lista alla chiamata 10 (tavola della "
                   "sezione 3) meno quelli chiamati esattamente 10 volte (riga «10 chiamate ricevute»); tra loro "
                   "sottoscrivono alla chiamata 11 quelli della riga «11 chiamate ricevute» che hanno sottoscritto.",
                   "at_risk = counts.loc[counts['campaign'] >= 11, 'clients'].sum(); "
                   "100 * counts.loc[counts['campaign'] == 11, 'subscribed'].sum() / at_risk"),
            "fr": ("À l'appel 11, la liste compte les clients encore présents à l'appel 10 (table de la "
                   "section 3) moins ceux appelés exactement 10" + N + "fois (ligne «" + N + "10 appels reçus" + N
                   + "»)" + N + "; parmi eux, souscrivent à l'appel 11 ceux de la ligne «" + N + "11 appels reçus"
                   + N + "» qui ont souscrit.",
                   "at_risk = counts.loc[counts['campaign'] >= 11, 'clients'].sum(); "
                   "100 * counts.loc[counts['campaign'] == 11, 'subscribed'].sum() / at_risk"),
        },
        mistakes=(
            (lambda: _rate(11), {
                "it": "Questo è il tasso di conversione dei clienti chiamati esattamente 11 volte; la resa della "
                      "chiamata 11 divide per tutti quelli ancora in lista all'undicesima chiamata (almeno 11 "
                      "chiamate).",
                "fr": "C'est le taux de conversion des clients appelés exactement 11" + N + "fois" + N + "; le "
                      "rendement de l'appel 11 divise par tous ceux encore sur la liste au onzième appel (au moins "
                      "11" + N + "appels)."}),
            (_hazard_call_11_wrong_list, {
                "it": "Hai diviso per i clienti ancora in lista alla chiamata 10: togli prima quelli chiamati "
                      "esattamente 10 volte, che all'undicesima chiamata non ci sono più.",
                "fr": "Vous avez divisé par les clients encore sur la liste à l'appel 10" + N + ": retirez d'abord "
                      "ceux appelés exactement 10" + N + "fois, qui ne sont plus là au onzième appel."}),
        ),
    ),
    Exercise(
        "04.3",
        "number",
        _points_drop,
        rtol=0.01,
        hint={
            "it": ("Una differenza tra due percentuali si misura in punti percentuali: sottrai, non dividere.",
                   "Calcola il tasso (in %) per campaign == 1 e per campaign == 4 con subscribed / clients, poi "
                   "fai tasso_1 − tasso_4."),
            "fr": ("Un écart entre deux pourcentages se mesure en points de pourcentage" + N + ": soustrayez, ne "
                   "divisez pas.",
                   "Calculez le taux (en" + N + "%) pour campaign == 1 et pour campaign == 4 avec subscribed / "
                   "clients, puis faites taux_1 − taux_4."),
        },
        mistakes=(
            (lambda: 100 * _points_drop() / _rate(1), {
                "it": "Questa è la variazione percentuale (relativa al 14,6 %), non la differenza in punti "
                      "percentuali: qui basta sottrarre i due tassi.",
                "fr": "C'est la variation en pourcentage (rapportée à 14,6" + N + "%), pas l'écart en points de "
                      "pourcentage" + N + ": il suffit ici de soustraire les deux taux."}),
            (lambda: _points_drop() / 100, {
                "it": "Hai lavorato con le frazioni: esprimi la differenza in punti percentuali (moltiplica per 100).",
                "fr": "Vous avez travaillé avec des fractions" + N + ": exprimez l'écart en points de pourcentage "
                      "(multipliez par 100)."}),
        ),
    ),
    Exercise(
        "04.4",
        "number",
        _capped_calls,
        atol=0.5,
        rtol=0.0,
        hint={
            "it": ("Conta quante chiamate cadono in ogni finestra di 30 giorni: la regola tiene le prime 4 e "
                   "scarta le altre finché la finestra non scorre.",
                   "wanted = np.zeros(90, dtype=int); wanted[::2] = 1; "
                   "int(cl.fatigue.apply_frequency_cap(wanted, cap=4, window=30).sum())"),
            "fr": ("Comptez les appels qui tombent dans chaque fenêtre de 30" + N + "jours" + N + ": la règle garde "
                   "les 4 premiers et écarte les autres jusqu'à ce que la fenêtre glisse.",
                   "wanted = np.zeros(90, dtype=int); wanted[::2] = 1; "
                   "int(cl.fatigue.apply_frequency_cap(wanted, cap=4, window=30).sum())"),
        },
        mistakes=(
            (lambda: 45.0, {
                "it": "Questi sono i tentativi desiderati (uno ogni due giorni): applica il limite di 4 ogni 30 giorni.",
                "fr": "Ce sont les tentatives souhaitées (une tous les deux jours)" + N + ": appliquez la limite de "
                      "4 par 30" + N + "jours."}),
        ),
    ),
)

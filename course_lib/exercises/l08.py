"""Exercises of lesson 08: acquire, then cultivate (relationship data, CLV, budget split).

The closing project (plan a year of contacts) is the lesson's argued exercise: it is not
self-checked; its model answer and rubric are in the notebook.
"""
from __future__ import annotations

from . import Exercise, register
from .. import datasets, permission


def _relationship() -> str:
    """08.1: the 64.7 % vs 9.2 % contrast is descriptive, confounded by selection (option b)."""
    return "b"


def _rate(sel) -> float:
    df = datasets.load_bank_relationship()
    d = df[sel(df)]
    return 100.0 * float(d["subscribed"].sum()) / float(d["clients"].sum())


def _rate_contacted_before() -> float:
    """08.2: subscription rate (percent) of the clients contacted in earlier campaigns, any outcome."""
    return _rate(lambda df: df["previous_contacts"] != "0")


def _rate_success() -> float:
    return _rate(lambda df: df["previous_outcome"] == "success")


def _rate_none() -> float:
    return _rate(lambda df: df["previous_contacts"] == "0")


def _unweighted_mean() -> float:
    r = permission.relationship_rates(datasets.load_bank_relationship()).set_index("group")["rate"]
    return 100.0 * float(r[["failure", "other", "success"]].mean())


def _share_contacted_before() -> float:
    df = datasets.load_bank_relationship()
    return 100.0 * float(df.loc[df["previous_contacts"] != "0", "clients"].sum()) / float(df["clients"].sum())


def _clv() -> float:
    """08.3: CLV with m = 120 euros a year, r = 0.8, i = 0.1, margins at the end of each year."""
    return permission.clv(120.0, 0.8, 0.1)


def _best_share() -> float:
    """08.4: best share (percent, 5-point steps) of a 2,000-euro monthly budget for interruption."""
    return 100.0 * permission.best_share(2_000.0)


def _best_customers_share() -> float:
    import numpy as np

    shares = np.linspace(0.0, 1.0, 21)
    n_end = permission.acquisition_vs_cultivation(2_000.0, shares)["customers"][:, -1]
    return 100.0 * float(shares[int(np.argmax(n_end))])


register(
    Exercise(
        "08.1",
        "choice",
        _relationship,
        options=("a", "b", "c", "d"),
        hint={
            "it": "Chiediti chi ha deciso quali clienti richiamare, e se chi aveva già detto sì a un'offerta "
            "della banca somiglia a chi nessuna campagna precedente aveva contattato.",
            "fr": "Demandez-vous qui a décidé quels clients rappeler, et si ceux qui avaient déjà dit oui à une "
            "offre de la banque ressemblent à ceux qu'aucune campagne précédente n'avait sollicités.",
        },
        option_feedback={
            "a": {"it": "È una lettura causale: i clienti non sono stati assegnati a caso ai due gruppi, quindi "
                  "il rapporto tra i tassi non misura l'effetto di una nuova chiamata.",
                  "fr": "C'est une lecture causale\u00a0: les clients n'ont pas été répartis au hasard entre les "
                  "deux groupes, donc le rapport des taux ne mesure pas l'effet d'un nouvel appel."},
            "b": {"it": "Sì: è un confronto descrittivo, distorto dalla selezione di chi viene richiamato.",
                  "fr": "Oui\u00a0: c'est une comparaison descriptive, faussée par la sélection de ceux qu'on rappelle."},
            "c": {"it": "I gruppi sono abbastanza grandi: gli intervalli di confidenza sono stretti e non si "
                  "sovrappongono. Il problema non è la dimensione, ma chi c'è in ciascun gruppo.",
                  "fr": "Les groupes sont assez grands\u00a0: les intervalles de confiance sont étroits et ne se "
                  "chevauchent pas. Le problème n'est pas la taille, mais la composition des groupes."},
            "d": {"it": "Senza nuovi clienti la base si svuota: chi è già cliente prima o poi se ne va.",
                  "fr": "Sans nouveaux clients, la base se vide\u00a0: les clients actuels finissent par partir."},
        },
    ),
    Exercise(
        "08.2",
        "number",
        _rate_contacted_before,
        rtol=0.0,
        atol=0.1,
        unit="percent",
        hint={
            "it": ("Tieni tutte le righe con almeno un contatto precedente, qualunque sia l'esito, e dividi la "
                   "somma di chi ha sottoscritto per la somma dei clienti (non fare la media dei tassi).",
                   'd = rel[rel["previous_contacts"] != "0"]; '
                   'answer = 100 * d["subscribed"].sum() / d["clients"].sum()'),
            "fr": ("Gardez toutes les lignes avec au moins un contact antérieur, quelle que soit l'issue, et "
                   "divisez la somme des souscripteurs par la somme des clients (ne faites pas la moyenne des taux).",
                   'd = rel[rel["previous_contacts"] != "0"]; '
                   'answer = 100 * d["subscribed"].sum() / d["clients"].sum()'),
        },
        mistakes=(
            (_rate_success, {"it": "Questo è il tasso dei soli clienti la cui campagna precedente è riuscita: "
                             "la domanda chiede tutti i clienti già contattati, qualunque sia l'esito.",
                             "fr": "C'est le taux des seuls clients dont la campagne précédente a réussi\u00a0: "
                             "la question porte sur tous les clients déjà contactés, quelle que soit l'issue."}),
            (_rate_none, {"it": "Questo è il tasso di chi non era mai stato contattato: prendi l'altro gruppo.",
                          "fr": "C'est le taux des clients jamais contactés\u00a0: prenez l'autre groupe."}),
            (_unweighted_mean, {"it": "Hai fatto la media dei tassi dei tre esiti: ma i gruppi hanno dimensioni "
                                "molto diverse. Somma i clienti e le sottoscrizioni, poi dividi.",
                                "fr": "Vous avez fait la moyenne des taux des trois issues\u00a0: or les groupes "
                                "ont des tailles très différentes. Additionnez clients et souscriptions, puis divisez."}),
            (_share_contacted_before, {"it": "Questa è la quota dei clienti già contattati sul totale, non il "
                                       "loro tasso di sottoscrizione.",
                                       "fr": "C'est la part des clients déjà contactés dans le total, pas leur taux "
                                       "de souscription."}),
        ),
    ),
    Exercise(
        "08.3",
        "number",
        _clv,
        rtol=0.002,
        hint={
            "it": ("Calcola prima q = r/(1 + i), poi usa la formula chiusa m·q/(1 − q), con i margini a fine anno.",
                   "answer = cl.permission.clv(120, 0.8, 0.1)"),
            "fr": ("Calculez d'abord q = r/(1 + i), puis la formule fermée m·q/(1 − q), marges en fin d'année.",
                   "answer = cl.permission.clv(120, 0.8, 0.1)"),
        },
        mistakes=(
            (lambda: permission.clv(120.0, 0.8, 0.1, first_margin_now=True),
             {"it": "Hai contato anche un margine incassato subito (inizio anno): qui i margini arrivano a fine "
              "anno e solo se il cliente resta.",
              "fr": "Vous avez compté une marge encaissée tout de suite (début d'année)\u00a0: ici les marges "
              "arrivent en fin d'année et seulement si le client reste."}),
            (lambda: permission.clv(120.0, 0.8, 0.0),
             {"it": "Hai dimenticato l'attualizzazione: un euro fra tre anni vale meno di un euro oggi (i = 0,1).",
              "fr": "Vous avez oublié l'actualisation\u00a0: un euro dans trois ans vaut moins qu'un euro "
              "aujourd'hui (i = 0,1)."}),
            (lambda: 120.0 / (1.0 - 0.8),
             {"it": "m/(1 − r) ignora sia l'attualizzazione sia il fatto che il primo margine arriva solo se "
              "il cliente resta.",
              "fr": "m/(1 − r) ignore à la fois l'actualisation et le fait que la première marge n'arrive que "
              "si le client reste."}),
        ),
    ),
    Exercise(
        "08.4",
        "number",
        _best_share,
        rtol=0.0,
        atol=2.6,
        unit="percent",
        hint={
            "it": ("Fai girare il modello per tutte le quote 0, 5, …, 100 % con un budget di 2.000 € al mese e "
                   "tieni quella con il valore in 3 anni più alto (non quella con più clienti).",
                   "answer = 100 * cl.permission.best_share(2000)"),
            "fr": ("Faites tourner le modèle pour toutes les parts 0, 5, …, 100\u00a0% avec un budget de "
                   "2\u00a0000\u00a0€ par mois et gardez celle qui donne la valeur sur 3\u00a0ans la plus haute "
                   "(pas celle qui donne le plus de clients).",
                   "answer = 100 * cl.permission.best_share(2000)"),
        },
        mistakes=(
            (_best_customers_share, {"it": "Questa quota massimizza i clienti dopo 3 anni, non il valore: "
                                     "gli ultimi clienti acquisiti costano più di quanto rendono.",
                                     "fr": "Cette part maximise les clients après 3\u00a0ans, pas la valeur\u00a0: "
                                     "les derniers clients acquis coûtent plus qu'ils ne rapportent."}),
            (lambda: 100.0 * permission.best_share(10_000.0),
             {"it": "Questa è la quota migliore con 10.000 € al mese (la figura della sezione 4): rifai il "
              "calcolo con 2.000 €.",
              "fr": "C'est la meilleure part avec 10\u00a0000\u00a0€ par mois (la figure de la section 4)\u00a0: "
              "refaites le calcul avec 2\u00a0000\u00a0€."}),
            (lambda: 100.0, {"it": "Tutto sull'interruzione: la base resta un secchio bucato.",
                             "fr": "Tout sur l'interruption\u00a0: la base reste un seau percé."}),
        ),
    ),
)

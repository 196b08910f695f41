"""Exercises of lesson 02: the escalation (Tullock contest, homogeneity of attention shares).

02.1 concept (multiple choice, feedback on every option), 02.2 and 02.4 model (typical wrong
answers recognised: spend of each for total spend, gamma forgotten, fraction for percentage),
02.3 table with pandas. The argued exercise 02.5 has no self-check (model answer and rubric in
the notebook).
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from . import Exercise, register
from .. import attention

_SPEND = np.array([10.0, 20.0, 30.0, 40.0])


def _shares_unchanged() -> str:
    """02.1: doubling every spend leaves each share unchanged (homogeneity of degree 0)."""
    before = attention.attention_shares(_SPEND, gamma=1.5)[0]
    after = attention.attention_shares(2 * _SPEND, gamma=1.5)[0]
    if np.isclose(after, before):
        return "b"
    if np.isclose(after, 2 * before):
        return "a"
    return "c" if after > before else "d"


# --- 02.2: total spend, n = 4, V = 200, gamma = 1.2 ------------------------------------------
def _eq22(gamma=1.2):
    return attention.tullock_equilibrium(prize=200, n=4, gamma=gamma)


def _total_spend() -> float:
    return float(_eq22()["total_spend"])


def _spend_each_22() -> float:
    return float(_eq22()["spend_each"])


def _total_gamma_one_22() -> float:
    return float(_eq22(1.0)["total_spend"])


def _dissipation_22() -> float:
    return float(_eq22()["dissipation"])


# --- 02.3: smallest n with dissipation > 0.65, gamma = 0.8 -----------------------------------
def _table(gamma: float) -> pd.DataFrame:
    n_values = range(2, 11)
    return pd.DataFrame(
        [attention.tullock_equilibrium(prize=100, n=n, gamma=gamma) for n in n_values],
        index=pd.Index(n_values, name="n"),
    ).astype(float)


def _smallest_n() -> int:
    table = _table(0.8)
    return int(table.index[table["dissipation"] > 0.65].min())


def _smallest_n_gamma_one() -> int:
    table = _table(1.0)
    return int(table.index[table["dissipation"] > 0.65].min())


def _dissipation_at_answer() -> float:
    return float(_table(0.8).loc[_smallest_n(), "dissipation"])


def _dissipation_percent_at_answer() -> float:
    return 100 * _dissipation_at_answer()


# --- 02.4: dissipation in percent, n = 3, V = 50, gamma = 1.2 --------------------------------
def _eq24(gamma=1.2):
    return attention.tullock_equilibrium(prize=50, n=3, gamma=gamma)


def _dissipation_percent() -> float:
    return 100 * float(_eq24()["dissipation"])


def _total_spend_24() -> float:
    return float(_eq24()["total_spend"])


def _dissipation_gamma_one_24() -> float:
    return 100 * float(_eq24(1.0)["dissipation"])


def _spend_each_percent_24() -> float:
    eq = _eq24()
    return 100 * float(eq["spend_each"]) / 50


register(
    Exercise(
        "02.1",
        "choice",
        _shares_unchanged,
        options=("a", "b", "c", "d"),
        hint={
            "it": ("Scrivi la formula della quota con tutte le spese moltiplicate per 2: dove compare il "
                   "fattore 2^γ? Che cosa succede a una frazione se moltiplichi numeratore e denominatore "
                   "per lo stesso numero?",
                   "spend = np.array([10.0, 20.0, 30.0, 40.0]); confronta "
                   "cl.attention.attention_shares(spend, gamma=1.5)[0] con "
                   "cl.attention.attention_shares(2 * spend, gamma=1.5)[0]."),
            "fr": ("Écrivez la formule de la part avec toutes les dépenses multipliées par 2\u00a0: où "
                   "apparaît le facteur 2^γ\u00a0? Que devient une fraction dont on multiplie le numérateur "
                   "et le dénominateur par le même nombre\u00a0?",
                   "spend = np.array([10.0, 20.0, 30.0, 40.0])\u00a0; comparez "
                   "cl.attention.attention_shares(spend, gamma=1.5)[0] et "
                   "cl.attention.attention_shares(2 * spend, gamma=1.5)[0]."),
        },
        option_feedback={
            "a": {"it": "❌ Raddoppia la spesa del primo, ma raddoppia anche quella di tutti gli altri: la quota "
                        "dipende dalla spesa relativa, non da quella assoluta.",
                  "fr": "❌ La dépense du premier double, mais celle de tous les autres aussi\u00a0: la part dépend "
                        "de la dépense relative, pas de la dépense absolue."},
            "b": {"it": "Il fattore 2^γ compare al numeratore e al denominatore e si semplifica, per qualunque γ.",
                  "fr": "Le facteur 2^γ apparaît au numérateur et au dénominateur et se simplifie, quel que "
                        "soit γ."},
            "c": {"it": "❌ Perché la quota dovrebbe crescere, se le spese relative restano le stesse? Prova a "
                        "scrivere la frazione con 2A al posto di A.",
                  "fr": "❌ Pourquoi la part augmenterait-elle, si les dépenses relatives restent les "
                        "mêmes\u00a0? Écrivez la fraction avec 2A à la place de A."},
            "d": {"it": "❌ Con γ > 1 chi spende di più conta di più, ma qui i rapporti tra le spese non cambiano: "
                        "il vantaggio del quarto resta quello che era.",
                  "fr": "❌ Avec γ > 1, qui dépense plus pèse davantage, mais ici les rapports entre dépenses ne "
                        "changent pas\u00a0: l'avantage du quatrième reste le même."},
        },
    ),
    Exercise(
        "02.2",
        "number",
        _total_spend,
        rtol=0.005,
        hint={
            "it": ("La spesa totale del settore è n volte la spesa di ciascuno in equilibrio, e dipende da γ.",
                   'cl.attention.tullock_equilibrium(prize=200, n=4, gamma=1.2)["total_spend"], oppure la '
                   "formula γ·V·(n−1)/n."),
            "fr": ("La dépense totale du secteur vaut n fois la dépense de chacun à l'équilibre, et elle "
                   "dépend de γ.",
                   'cl.attention.tullock_equilibrium(prize=200, n=4, gamma=1.2)["total_spend"], ou la '
                   "formule γ·V·(n−1)/n."),
        },
        mistakes=(
            (_spend_each_22, {"it": "Questa è la spesa di ciascun inserzionista: la domanda chiede la spesa "
                                    "totale del settore (tutti e quattro insieme).",
                              "fr": "C'est la dépense de chaque annonceur\u00a0: la question demande la dépense "
                                    "totale du secteur (les quatre ensemble)."}),
            (_total_gamma_one_22, {"it": "Questa sarebbe la spesa totale con γ = 1: hai dimenticato γ = 1,2.",
                                   "fr": "Ce serait la dépense totale avec γ = 1\u00a0: vous avez oublié "
                                         "γ = 1,2."}),
            (_dissipation_22, {"it": "Questa è la dissipazione D, cioè la frazione del premio spesa: la domanda "
                                     "chiede la spesa in migliaia di euro.",
                               "fr": "C'est la dissipation D, la fraction de l'enjeu dépensée\u00a0: la question "
                                     "demande la dépense en milliers d'euros."}),
        ),
    ),
    Exercise(
        "02.3",
        "number",
        _smallest_n,
        rtol=0.01,  # the answer is a whole number; the typical mistakes (0.667, 66.7) share this tolerance
        hint={
            "it": ("La dissipazione è γ(n−1)/n: costruisci la tabella per n da 2 a 10 con γ = 0,8 e cerca la "
                   "prima riga che supera 0,65 (strettamente).",
                   "Nel codice della sezione 2.2 aggiungi gamma=0.8 a tullock_equilibrium, poi "
                   'table.index[table["dissipation"] > 0.65].min().'),
            "fr": ("La dissipation vaut γ(n−1)/n\u00a0: construisez le tableau pour n de 2 à 10 avec γ = 0,8 et "
                   "cherchez la première ligne qui dépasse 0,65 (strictement).",
                   "Dans le code de la section 2.2, ajoutez gamma=0.8 à tullock_equilibrium, puis "
                   'table.index[table["dissipation"] > 0.65].min().'),
        },
        mistakes=(
            (_smallest_n_gamma_one, {"it": "Questo è il risultato con γ = 1 (la tabella della sezione 2.2): "
                                           "rifai la tabella con γ = 0,8.",
                                     "fr": "C'est le résultat avec γ = 1 (le tableau de la section 2.2)\u00a0: "
                                           "refaites le tableau avec γ = 0,8."}),
            (_dissipation_at_answer, {"it": "Questa è la dissipazione: la domanda chiede il numero di "
                                            "inserzionisti n.",
                                      "fr": "C'est la dissipation\u00a0: la question demande le nombre "
                                            "d'annonceurs n."}),
            (_dissipation_percent_at_answer, {"it": "Questa è la dissipazione in percentuale: la domanda chiede "
                                                    "il numero di inserzionisti n.",
                                              "fr": "C'est la dissipation en pourcentage\u00a0: la question "
                                                    "demande le nombre d'annonceurs n."}),
        ),
    ),
    Exercise(
        "02.4",
        "number",
        _dissipation_percent,
        rtol=0.005,
        unit="percent",
        hint={
            "it": ("Verifica la soglia n/(n−1), poi usa la dissipazione D = γ(n−1)/n: la domanda la vuole in "
                   "percentuale del premio.",
                   'answer = 100 * cl.attention.tullock_equilibrium(prize=50, n=3, gamma=1.2)["dissipation"]'),
            "fr": ("Vérifiez le seuil n/(n−1), puis utilisez la dissipation D = γ(n−1)/n\u00a0: la question la "
                   "demande en pourcentage de l'enjeu.",
                   'answer = 100 * cl.attention.tullock_equilibrium(prize=50, n=3, gamma=1.2)["dissipation"]'),
        },
        mistakes=(
            (_total_spend_24, {"it": "Questa è la spesa totale in migliaia di euro: dividila per il premio "
                                     "V = 50 e scrivila in percentuale.",
                               "fr": "C'est la dépense totale en milliers d'euros\u00a0: divisez-la par l'enjeu "
                                     "V = 50 et exprimez-la en pourcentage."}),
            (_dissipation_gamma_one_24, {"it": "Questa sarebbe la dissipazione con γ = 1: hai dimenticato "
                                               "γ = 1,2.",
                                         "fr": "Ce serait la dissipation avec γ = 1\u00a0: vous avez oublié "
                                               "γ = 1,2."}),
            (_spend_each_percent_24, {"it": "Questa è la spesa di un solo inserzionista in percentuale del "
                                            "premio: la dissipazione conta la spesa di tutti e tre.",
                                      "fr": "C'est la dépense d'un seul annonceur en pourcentage de "
                                            "l'enjeu\u00a0: la dissipation compte la dépense des trois."}),
        ),
    ),
)

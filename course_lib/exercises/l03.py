"""Exercises of lesson 03 (repetition, wear-out and fatigue)."""
from __future__ import annotations

import numpy as np

from . import Exercise, register
from .. import datasets, fatigue, repetition


def _optimum() -> float:
    # A richer message (A = 1.5) learnt more slowly (b = 0.6), a less patient public (c = 0.1).
    return float(repetition.two_factor_optimum(learn=1.5, rate=0.6, tedium=0.1))


def _rate_four_calls() -> float:
    counts = datasets.load_bank_counts()
    row = counts[counts["campaign"] == 4]
    return float(100 * row["subscribed"].sum() / row["clients"].sum())


def _capped_calls() -> float:
    # One call every other day for 90 days, French rule read as a rolling 30-day window.
    wanted = np.zeros(90, dtype=int)
    wanted[::2] = 1
    allowed = fatigue.apply_frequency_cap(
        wanted, cap=fatigue.FRANCE_CALLS_PER_30_DAYS, window=fatigue.FRANCE_CAP_WINDOW_DAYS
    )
    return float(allowed.sum())


register(
    Exercise(
        "03.1",
        "choice",
        lambda: "b",
        options=("a", "b", "c", "d"),
        hint={
            "it": "Chiediti chi riceve la seconda, la terza, la quarta chiamata: tutti i clienti, o solo "
            "quelli che non hanno ancora detto sì e che la banca ha deciso di richiamare?",
            "fr": "Demandez-vous qui reçoit le deuxième, le troisième, le quatrième appel\u00a0: tous les "
            "clients, ou seulement ceux qui n'ont pas encore dit oui et que la banque a choisi de rappeler\u00a0?",
        },
    ),
    Exercise(
        "03.2",
        "number",
        _optimum,
        rtol=0.01,
        hint={
            "it": "n* = ln(A·b/c)/b quando c < A·b; oppure "
            "cl.repetition.two_factor_optimum(learn=1.5, rate=0.6, tedium=0.1).",
            "fr": "n* = ln(A·b/c)/b lorsque c < A·b\u00a0; ou bien "
            "cl.repetition.two_factor_optimum(learn=1.5, rate=0.6, tedium=0.1).",
        },
    ),
    Exercise(
        "03.3",
        "number",
        _rate_four_calls,
        rtol=0.005,
        hint={
            "it": "Seleziona la riga con campaign == 4 e dividi subscribed per clients; poi moltiplica "
            "per 100 (la risposta è in percentuale, non una frazione).",
            "fr": "Sélectionnez la ligne où campaign == 4 et divisez subscribed par clients\u00a0; puis "
            "multipliez par 100 (la réponse est un pourcentage, pas une fraction).",
        },
    ),
    Exercise(
        "03.4",
        "number",
        _capped_calls,
        atol=0.5,
        rtol=0.0,
        hint={
            "it": "Crea wanted = np.zeros(90, dtype=int), metti wanted[::2] = 1, poi "
            "cl.fatigue.apply_frequency_cap(wanted, cap=4, window=30) e somma il risultato.",
            "fr": "Créez wanted = np.zeros(90, dtype=int), posez wanted[::2] = 1, puis "
            "cl.fatigue.apply_frequency_cap(wanted, cap=4, window=30) et faites la somme du résultat.",
        },
    ),
)

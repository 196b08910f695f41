"""Exercises of lesson 02: the escalation (Tullock contest, homogeneity of attention shares)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from . import Exercise, register
from .. import attention


def _shares_unchanged() -> str:
    """02.1: doubling every spend leaves each share unchanged (homogeneity of degree 0)."""
    spend = np.array([10.0, 20.0, 30.0, 40.0])
    before = attention.attention_shares(spend, gamma=1.5)[0]
    after = attention.attention_shares(2 * spend, gamma=1.5)[0]
    if np.isclose(after, before):
        return "b"
    if np.isclose(after, 2 * before):
        return "a"
    return "c" if after > before else "d"


def _total_spend() -> float:
    """02.2: equilibrium total spend with n = 4, V = 200, gamma = 1.2."""
    return float(attention.tullock_equilibrium(prize=200, n=4, gamma=1.2)["total_spend"])


def _smallest_n() -> int:
    """02.3: smallest n in 2..10 with dissipation > 0.65 when gamma = 0.8, V = 100."""
    n_values = range(2, 11)
    table = pd.DataFrame(
        [attention.tullock_equilibrium(prize=100, n=n, gamma=0.8) for n in n_values],
        index=pd.Index(n_values, name="n"),
    ).astype(float)
    return int(table.index[table["dissipation"] > 0.65].min())


register(
    Exercise(
        "02.1",
        "choice",
        _shares_unchanged,
        options=("a", "b", "c", "d"),
        hint={
            "it": "Moltiplica tutte le spese per 2 nella formula della quota: il fattore 2^γ "
            "compare sopra e sotto la frazione. Prova con cl.attention.attention_shares.",
            "fr": "Multipliez toutes les dépenses par 2 dans la formule de la part\u00a0: le facteur "
            "2^γ apparaît en haut et en bas de la fraction. Essayez avec cl.attention.attention_shares.",
        },
    ),
    Exercise(
        "02.2",
        "number",
        _total_spend,
        rtol=0.005,
        hint={
            "it": 'Usa cl.attention.tullock_equilibrium(prize=200, n=4, gamma=1.2)["total_spend"], '
            "oppure la formula γ·V·(n−1)/n.",
            "fr": 'Utilisez cl.attention.tullock_equilibrium(prize=200, n=4, gamma=1.2)["total_spend"], '
            "ou la formule γ·V·(n−1)/n.",
        },
    ),
    Exercise(
        "02.3",
        "number",
        _smallest_n,
        rtol=0.0,
        atol=1e-9,
        hint={
            "it": "Costruisci il DataFrame con gamma=0.8, filtra le righe con dissipation > 0.65 "
            "e prendi il più piccolo valore dell'indice n.",
            "fr": "Construisez le DataFrame avec gamma=0.8, filtrez les lignes où dissipation > 0.65 "
            "et prenez la plus petite valeur de l'index n.",
        },
    ),
)

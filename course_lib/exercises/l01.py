"""Exercises of lesson 01 (interruption marketing: what it is)."""
from __future__ import annotations

from . import Exercise, register
from .. import attention, datasets


def _own_share() -> float:
    # You: effort 3; four rivals: 1.5 each; outside option 6; gamma 1.5.
    shares = attention.attention_shares([3.0, 1.5, 1.5, 1.5, 1.5], gamma=1.5, outside=6.0)
    return float(shares[0])


def _spam_drop() -> float:
    spam = datasets.load_spam_share()
    kaspersky = spam[spam["vendor"] == "Kaspersky"].set_index("period")["spam_share_pct"]
    return float(kaspersky["2009"] - kaspersky["2025"])


register(
    Exercise(
        "01.1",
        "choice",
        lambda: "b",
        options=("a", "b", "c", "d"),
        hint={
            "it": "Cerca il messaggio che interrompe ma parla proprio di ciò che la persona sta facendo; "
            "ricorda che un messaggio richiesto non è un'interruzione.",
            "fr": "Cherchez le message qui interrompt mais parle précisément de ce que fait la personne\u00a0; "
            "un message demandé n'est pas une interruption.",
        },
    ),
    Exercise(
        "01.2",
        "number",
        _own_share,
        rtol=0.01,
        hint={
            "it": "Passa a attention_shares la lista dei 5 sforzi [3, 1.5, 1.5, 1.5, 1.5] con gamma=1.5 e "
            "outside=6.0, poi prendi il primo elemento (un numero tra 0 e 1).",
            "fr": "Passez à attention_shares la liste des 5 efforts [3, 1.5, 1.5, 1.5, 1.5] avec gamma=1.5 et "
            "outside=6.0, puis prenez le premier élément (un nombre entre 0 et 1).",
        },
    ),
    Exercise(
        "01.3",
        "number",
        _spam_drop,
        rtol=0.005,
        hint={
            "it": "Filtra vendor == \"Kaspersky\", usa period come indice e sottrai il valore di \"2025\" da "
            "quello di \"2009\" (risultato in punti percentuali, positivo).",
            "fr": "Filtrez vendor == \"Kaspersky\", prenez period comme index et soustrayez la valeur de "
            "\"2025\" de celle de \"2009\" (résultat en points de pourcentage, positif).",
        },
    ),
)

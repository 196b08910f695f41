"""Exercises of lesson 03 (repetition and forgetting: two factors, media-planning measures)."""
from __future__ import annotations

import math

from . import Exercise, register
from .. import repetition

N = "\u00a0"


def _optimum() -> float:
    # A richer message (A = 1.5) learnt more slowly (b = 0.6), a less patient public (c = 0.1).
    return float(repetition.two_factor_optimum(learn=1.5, rate=0.6, tedium=0.1))


def _plan() -> dict:
    return repetition.reach_frequency(repetition.EXAMPLE_PLAN_SHARES, effective=3)


def _grp() -> float:
    return _plan()["grp"]


def _effective_reach_percent() -> float:
    return 100 * _plan()["effective_reach"]


register(
    Exercise(
        "03.1",
        "choice",
        lambda: "b",
        options=("a", "b", "c", "d"),
        hint={
            "it": "Guarda la curva dell'effetto netto, non le sue due componenti: dove sale e dove scende?",
            "fr": "Regardez la courbe de l'effet net, pas ses deux composantes" + N + ": où monte-t-elle, où "
            "baisse-t-elle" + N + "?",
        },
        option_feedback={
            "a": {"it": "No: apprendimento e noia sono i due fattori, presenti entrambi a ogni esposizione; "
                        "wear-in e wear-out sono le fasi dell'effetto netto che ne risulta.",
                  "fr": "Non" + N + ": l'apprentissage et l'ennui sont les deux facteurs, présents à chaque "
                        "exposition" + N + "; le wear-in et le wear-out sont les phases de l'effet net qui en résulte."},
            "b": {"it": "Sì: il passaggio dall'una all'altra fase avviene al numero ottimale n*, dove "
                        "l'apprendimento marginale eguaglia il costo marginale della noia.",
                  "fr": "Oui" + N + ": on passe d'une phase à l'autre au nombre optimal n*, où l'apprentissage "
                        "marginal égale le coût marginal de l'ennui."},
            "c": {"it": "No: quando l'effetto netto diventa negativo il wear-out è cominciato da tempo; comincia "
                        "quando l'effetto netto smette di salire, cioè a n*.",
                  "fr": "Non" + N + ": quand l'effet net devient négatif, le wear-out a commencé depuis longtemps"
                        + N + "; il commence quand l'effet net cesse de monter, c'est-à-dire à n*."},
            "d": {"it": "No: la noia c'è fin dalla prima esposizione, ma all'inizio l'apprendimento cresce di più: "
                        "l'effetto netto sale (wear-in).",
                  "fr": "Non" + N + ": l'ennui existe dès la première exposition, mais au début l'apprentissage "
                        "croît davantage" + N + ": l'effet net monte (wear-in)."},
        },
    ),
    Exercise(
        "03.2",
        "number",
        _optimum,
        rtol=0.01,
        hint={
            "it": ("Il massimo sta dove l'apprendimento marginale A·b·e^(−b·n) eguaglia la noia marginale c.",
                   "n* = ln(A·b/c)/b, cioè np.log(1.5 * 0.6 / 0.1) / 0.6, oppure "
                   "cl.repetition.two_factor_optimum(learn=1.5, rate=0.6, tedium=0.1)."),
            "fr": ("Le maximum se trouve là où l'apprentissage marginal A·b·e^(−b·n) égale l'ennui marginal c.",
                   "n* = ln(A·b/c)/b, soit np.log(1.5 * 0.6 / 0.1) / 0.6, ou bien "
                   "cl.repetition.two_factor_optimum(learn=1.5, rate=0.6, tedium=0.1)."),
        },
        mistakes=(
            (lambda: math.log(1.5 * 0.6 / 0.1), {
                "it": "Hai calcolato ln(A·b/c) = 2,20: manca la divisione per b.",
                "fr": "Vous avez calculé ln(A·b/c) = 2,20" + N + ": il manque la division par b."}),
            (lambda: math.log10(1.5 * 0.6 / 0.1) / 0.6, {
                "it": "Hai usato il logaritmo in base 10: nella formula c'è il logaritmo naturale (np.log).",
                "fr": "Vous avez utilisé le logarithme décimal" + N + ": la formule utilise le logarithme népérien "
                      "(np.log)."}),
        ),
    ),
    Exercise(
        "03.3",
        "number",
        _grp,
        rtol=0.005,
        hint={
            "it": ("I GRP contano le esposizioni ogni 100 persone del pubblico obiettivo: somma «numero di "
                   "esposizioni × quota del pubblico obiettivo», poi moltiplica per 100.",
                   "100 * (plan['exposures'] * plan['share_of_target']).sum(), con la tabella plan della lezione."),
            "fr": ("Les GRP comptent les expositions pour 100 personnes de la cible" + N + ": faites la somme de "
                   "«" + N + "nombre d'expositions × part de la cible" + N + "», puis multipliez par 100.",
                   "100 * (plan['exposures'] * plan['share_of_target']).sum(), avec la table plan de la leçon."),
        },
        mistakes=(
            (lambda: _grp() / 100, {
                "it": "È il numero medio di esposizioni per persona del pubblico: i GRP lo esprimono ogni 100 "
                      "persone, moltiplica per 100.",
                "fr": "C'est le nombre moyen d'expositions par personne de la cible" + N + ": les GRP l'expriment "
                      "pour 100 personnes, multipliez par 100."}),
            (lambda: _plan()["average_frequency"], {
                "it": "Questa è la frequenza media (esposizioni per persona raggiunta), non i GRP: GRP = "
                      "copertura in % × frequenza media.",
                "fr": "C'est la répétition moyenne (expositions par personne touchée), pas les GRP" + N + ": GRP = "
                      "couverture en % × répétition moyenne."}),
            (lambda: 100 * _plan()["reach"], {
                "it": "Questa è la copertura in percentuale: conta le persone, non le esposizioni.",
                "fr": "C'est la couverture en pourcentage" + N + ": elle compte les personnes, pas les expositions."}),
        ),
    ),
    Exercise(
        "03.4",
        "number",
        _effective_reach_percent,
        rtol=0.005,
        unit="percent",
        hint={
            "it": ("Copertura efficace a 3+: la quota del pubblico esposta almeno 3 volte (3, 4, 5 o 6).",
                   "100 * plan.loc[plan['exposures'] >= 3, 'share_of_target'].sum()"),
            "fr": ("Couverture utile à 3+" + N + ": la part de la cible exposée au moins 3" + N + "fois (3, 4, 5 ou 6).",
                   "100 * plan.loc[plan['exposures'] >= 3, 'share_of_target'].sum()"),
        },
        mistakes=(
            (lambda: 100 * sum(repetition.EXAMPLE_PLAN_SHARES[2:]), {
                "it": "Hai contato anche chi ha visto il messaggio 2 volte: «almeno 3» comincia da 3.",
                "fr": "Vous avez compté aussi les personnes exposées 2" + N + "fois" + N + ": «" + N + "au moins 3"
                      + N + "» commence à 3."}),
            (lambda: 100 * sum(repetition.EXAMPLE_PLAN_SHARES[4:]), {
                "it": "Hai escluso chi ha visto il messaggio esattamente 3 volte: «almeno 3» lo include.",
                "fr": "Vous avez exclu les personnes exposées exactement 3" + N + "fois" + N + ": «" + N
                      + "au moins 3" + N + "» les inclut."}),
            (lambda: 100 * _plan()["effective_reach"] / _plan()["reach"], {
                "it": "Hai diviso per la copertura: la domanda chiede la quota di tutto il pubblico obiettivo, "
                      "non delle sole persone raggiunte.",
                "fr": "Vous avez divisé par la couverture" + N + ": la question porte sur la part de toute la cible, "
                      "pas des seules personnes touchées."}),
        ),
    ),
)

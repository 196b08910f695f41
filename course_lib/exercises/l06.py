"""Exercises of lesson 06 (permission marketing: levels, opt-in funnels, a list over a year)."""
from __future__ import annotations

from . import Exercise, register
from .. import permission, subscribers

NB = "\u00a0"

# 06.2: a sports shop's newsletter (illustrative numbers)
_VISITS, _FORM, _CONFIRM = 8000, 0.15, 0.6


def _double_optin() -> float:
    return float(permission.double_optin(_VISITS, [_FORM], _CONFIRM)[-1])


def _single_optin() -> float:
    return float(permission.optin_funnel(_VISITS, [_FORM])[-1])


def _confirm_on_visitors() -> float:
    return float(_VISITS * _CONFIRM)


def _lost_by_confirmation() -> float:
    return _single_optin() - _double_optin()


# 06.3: the optimal frequency of a six-month programme (26 weeks) at relevance 0.8
def _best_26() -> float:
    return subscribers.optimal_frequency(relevance=0.8, weeks=26)


def _best_year() -> float:
    # one year at relevance 0.8 (what the demo reads out); also six months at relevance 0.5
    return subscribers.optimal_frequency(relevance=0.8)


def _best_default() -> float:
    return subscribers.optimal_frequency()


register(
    Exercise(
        "06.1",
        "choice",
        lambda: "a",
        options=("a", "b", "c", "d"),
        hint={
            "it": "Chiediti per che cosa, e per quanto tempo, hai dato il permesso chiedendo il preventivo: per "
                  "un'occasione, per tutto ciò che la marca propone, in cambio di qualcosa che accumuli, o per "
                  "lasciarle decidere e comprare al posto tuo?",
            "fr": f"Demandez-vous pour quoi, et pour combien de temps, vous avez donné votre permission en "
                  f"demandant le devis{NB}: pour une occasion, pour tout ce que la marque propose, en échange de "
                  f"quelque chose que vous accumulez, ou pour la laisser décider et acheter à votre place{NB}?",
        },
        option_feedback={
            "a": {"it": "Chiedendo un preventivo hai dato un permesso situazionale, valido per quella domanda: "
                        "le promozioni di ogni settimana lo superano, come se ti fossi iscritto a una newsletter.",
                  "fr": f"En demandant un devis, vous avez donné une permission situationnelle, valable pour "
                        f"cette demande{NB}: les promotions hebdomadaires la dépassent, comme si vous vous étiez "
                        f"abonné à une lettre d'information."},
            "b": {"it": "La fiducia nella marca è un credito generale che si costruisce nel tempo: qui hai fatto "
                        "una sola domanda, per una sola occasione.",
                  "fr": f"La confiance dans la marque est un crédit général qui se construit avec le temps{NB}: "
                        f"ici, vous avez posé une seule question, pour une seule occasion."},
            "c": {"it": "Il livello dei punti presuppone qualcosa che il cliente accumula (punti, miglia) e che "
                        "lo fa tornare: qui non accumuli nulla.",
                  "fr": f"Le niveau des points suppose quelque chose que le client accumule (points, miles) et "
                        f"qui le fait revenir{NB}: ici, vous n'accumulez rien."},
            "d": {"it": "Al livello intravenoso il cliente lascia decidere e acquistare l'impresa al posto suo "
                        "(come un abbonamento che si rinnova da solo): qui hai soltanto chiesto un prezzo.",
                  "fr": f"Au niveau intraveineux, le client laisse l'entreprise décider et acheter à sa place "
                        f"(comme un abonnement qui se renouvelle tout seul){NB}: ici, vous avez seulement demandé "
                        f"un prix."},
        },
    ),
    Exercise(
        "06.2",
        "number",
        _double_optin,
        rtol=0.005,
        hint={
            "it": ("Con il doppio opt-in entra nella lista solo chi ha inviato il modulo e poi ha anche cliccato "
                   "il link di conferma: due tassi da applicare uno dopo l'altro (si moltiplicano).",
                   "cl.permission.double_optin(8000, [0.15], 0.6) restituisce visitatori, moduli inviati e "
                   "iscritti confermati: prendi l'ultimo valore."),
            "fr": (f"Avec le double opt-in, n'entrent dans la liste que ceux qui ont envoyé le formulaire puis "
                   f"cliqué sur le lien de confirmation{NB}: deux taux à appliquer l'un après l'autre (on les multiplie).",
                   "cl.permission.double_optin(8000, [0.15], 0.6) renvoie les visiteurs, les formulaires envoyés "
                   "et les abonnés confirmés : prenez la dernière valeur.".replace(" :", NB + ":")),
        },
        mistakes=(
            (_single_optin, {
                "it": "Questo è il numero dei moduli inviati, cioè gli iscritti con l'opt-in singolo: manca il "
                      "passaggio della conferma.",
                "fr": f"C'est le nombre de formulaires envoyés, c'est-à-dire les abonnés avec l'opt-in simple"
                      f"{NB}: il manque l'étape de la confirmation."}),
            (_confirm_on_visitors, {
                "it": "Hai applicato il tasso di conferma a tutti i visitatori: conferma solo chi ha già inviato "
                      "il modulo.",
                "fr": f"Vous avez appliqué le taux de confirmation à tous les visiteurs{NB}: seuls ceux qui ont "
                      f"déjà envoyé le formulaire peuvent confirmer."}),
            (_lost_by_confirmation, {
                "it": "Questi sono gli iscritti persi alla conferma, non quelli che entrano nella lista.",
                "fr": "Ce sont les abonnés perdus à la confirmation, pas ceux qui entrent dans la liste."}),
        ),
    ),
    Exercise(
        "06.3",
        "number",
        _best_26,
        rtol=0.0,
        atol=0.03,
        hint={
            "it": ("La frequenza ottimale è quella che dà più risposte nell'orizzonte considerato: qui sei mesi, "
                   "cioè 26 settimane, non un anno.",
                   "cl.subscribers.optimal_frequency(relevance=0.8, weeks=26)"),
            "fr": (f"La fréquence optimale est celle qui donne le plus de réponses sur l'horizon considéré{NB}: "
                   f"ici six mois, soit 26 semaines, et non un an.",
                   "cl.subscribers.optimal_frequency(relevance=0.8, weeks=26)"),
        },
        mistakes=(
            (_best_year, {
                "it": "Questo è l'ottimo di un anno intero con pertinenza 0,8 (o di sei mesi con pertinenza 0,5): "
                      "la domanda chiede sei mesi (weeks=26) e pertinenza 0,8.",
                "fr": f"C'est l'optimum d'une année entière avec une pertinence de 0,8 (ou de six mois avec "
                      f"une pertinence de 0,5){NB}: la question porte sur six mois (weeks=26) et une "
                      f"pertinence de 0,8."}),
            (_best_default, {
                "it": "Questo è l'ottimo di un anno con la pertinenza predefinita 0,5: cambia sia la pertinenza "
                      "sia l'orizzonte.",
                "fr": f"C'est l'optimum d'une année avec la pertinence par défaut, 0,5{NB}: changez à la fois "
                      f"la pertinence et l'horizon."}),
        ),
    ),
)

"""Exercises of lesson 01 (interruption marketing: what it is).

Hints come in two steps (the idea at the first wrong answer, the code from the second on);
typical wrong answers get a message that says what went wrong.
"""
from __future__ import annotations

from . import Exercise, register
from .. import attention, datasets

# --- 01.2: your share of attention -------------------------------------------------------------
_EFFORTS = [3.0, 1.5, 1.5, 1.5, 1.5]  # you: 3; four competitors: 1.5 each
_GAMMA = 1.5
_OUTSIDE = 6.0


def _own_share(gamma: float = _GAMMA, outside: float = _OUTSIDE) -> float:
    shares = attention.attention_shares(_EFFORTS, gamma=gamma, outside=outside)
    return float(shares[0])


def _share_without_outside() -> float:
    return _own_share(outside=0.0)


def _share_without_gamma() -> float:
    return _own_share(gamma=1.0)


def _share_without_both() -> float:
    return _own_share(gamma=1.0, outside=0.0)


def _competitor_share() -> float:
    return float(attention.attention_shares(_EFFORTS, gamma=_GAMMA, outside=_OUTSIDE)[1])


# --- 01.3: how much did spam fall? --------------------------------------------------------------
def _kaspersky() -> dict:
    spam = datasets.load_spam_share()
    k = spam[spam["vendor"] == "Kaspersky"].set_index("period")["spam_share_pct"]
    return {"2009": float(k["2009"]), "2025": float(k["2025"])}


def _spam_drop() -> float:
    k = _kaspersky()
    return k["2009"] - k["2025"]


def _spam_relative_change() -> float:
    k = _kaspersky()
    return 100.0 * (k["2009"] - k["2025"]) / k["2009"]


def _spam_relative_fraction() -> float:
    return _spam_relative_change() / 100.0


def _spam_drop_as_fraction() -> float:
    return _spam_drop() / 100.0


def _spam_drop_from_symantec_2010() -> float:
    spam = datasets.load_spam_share()
    sym = spam[(spam["vendor"] == "Symantec / MAAWG") & (spam["period"] == "2010")]["spam_share_pct"]
    return float(sym.iloc[0]) - _kaspersky()["2025"]


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
        option_feedback={
            "a": {"it": "No: lo spot interrompe il film, ma l'automobile non ha niente a che vedere con il film, "
                        "quindi è un'interruzione fuori contesto.",
                  "fr": "Non\u00a0: le spot interrompt le film, mais la voiture n'a aucun rapport avec lui\u00a0; "
                        "c'est une interruption hors contexte."},
            "b": {"it": "Il pop-up interrompe la lettura, ma il casco riguarda proprio l'argomento "
                        "dell'articolo: interruzione contestuale.",
                  "fr": "La fenêtre surgissante interrompt la lecture, mais le casque porte précisément sur le "
                        "sujet de l'article\u00a0: interruption contextuelle."},
            "c": {"it": "No: la newsletter l'hai chiesta tu, quindi non è un'interruzione ma permission marketing.",
                  "fr": "Non\u00a0: cette lettre d'information, vous l'avez demandée\u00a0; ce n'est pas une "
                        "interruption mais du permission marketing."},
            "d": {"it": "No: la chiamata interrompe la cena con un'offerta uguale per tutti, che non ha niente a "
                        "che vedere con ciò che stai facendo, quindi è un'interruzione fuori contesto.",
                  "fr": "Non\u00a0: l'appel interrompt le dîner avec une offre identique pour tous, sans rapport avec ce "
                        "que vous faites\u00a0; c'est une interruption hors contexte."},
        },
    ),
    Exercise(
        "01.2",
        "number",
        _own_share,
        rtol=0.01,
        unit="fraction",
        hint={
            "it": ("Al numeratore c'è il tuo sforzo, 3, elevato a γ = 1,5; al denominatore ci sono "
                   "l'opzione esterna O e la somma dei cinque sforzi, ciascuno elevato a γ.",
                   "prima efforts = [3.0, 1.5, 1.5, 1.5, 1.5], poi answer = "
                   "cl.attention.attention_shares(efforts, gamma=1.5, outside=6.0)[0]"),
            "fr": ("Au numérateur figure votre effort, 3, élevé à la puissance γ = 1,5\u00a0; au dénominateur, "
                   "l'option extérieure O et la somme des cinq efforts, chacun élevé à la puissance γ.",
                   "d'abord efforts = [3.0, 1.5, 1.5, 1.5, 1.5], puis answer = "
                   "cl.attention.attention_shares(efforts, gamma=1.5, outside=6.0)[0]"),
        },
        mistakes=(
            (_share_without_outside, {
                "it": "Questa è la quota senza opzione esterna: hai dimenticato O = 6 (outside=6.0).",
                "fr": "C'est la part sans option extérieure\u00a0: vous avez oublié O = 6 (outside=6.0)."}),
            (_share_without_gamma, {
                "it": "Questa è la quota con γ = 1: hai dimenticato gamma=1.5.",
                "fr": "C'est la part avec γ = 1\u00a0: vous avez oublié gamma=1.5."}),
            (_share_without_both, {
                "it": "Hai dimenticato sia l'opzione esterna (outside=6.0) sia γ (gamma=1.5).",
                "fr": "Vous avez oublié à la fois l'option extérieure (outside=6.0) et γ (gamma=1.5)."}),
            (_competitor_share, {
                "it": "Questa è la quota di un concorrente (secondo elemento): la tua è il primo, indice 0.",
                "fr": "C'est la part d'un concurrent (deuxième élément)\u00a0: la vôtre est la première, "
                      "indice 0."}),
        ),
    ),
    Exercise(
        "01.3",
        "number",
        _spam_drop,
        rtol=0.005,
        hint={
            "it": ("Servono due numeri della stessa fonte, Kaspersky: la quota del 2009 e quella del 2025. "
                   "Una differenza in punti è una semplice sottrazione.",
                   "prima k = spam[spam[\"vendor\"] == \"Kaspersky\"].set_index(\"period\")[\"spam_share_pct\"], "
                   "poi answer = k[\"2009\"] - k[\"2025\"]"),
            "fr": ("Il faut deux nombres de la même source, Kaspersky\u00a0: la part de 2009 et celle de 2025. "
                   "Un écart en points est une simple soustraction.",
                   "d'abord k = spam[spam[\"vendor\"] == \"Kaspersky\"].set_index(\"period\")[\"spam_share_pct\"], "
                   "puis answer = k[\"2009\"] - k[\"2025\"]"),
        },
        mistakes=(
            (_spam_relative_change, {
                "it": "Questa è la variazione percentuale (un calo di circa il 47\u00a0% rispetto al 2009), non la "
                      "differenza in punti percentuali: sottrai semplicemente le due quote.",
                "fr": "C'est la variation en pourcentage (une baisse d'environ 47\u00a0% par rapport à 2009), pas "
                      "l'écart en points de pourcentage\u00a0: soustrayez simplement les deux parts."}),
            (_spam_relative_fraction, {
                "it": "Questa è la variazione relativa scritta come frazione, non la differenza in punti "
                      "percentuali.",
                "fr": "C'est la variation relative écrite comme une fraction, pas l'écart en points de "
                      "pourcentage."}),
            (_spam_drop_as_fraction, {
                "it": "La differenza è giusta ma divisa per 100: le quote della tabella sono già in percentuale, "
                      "la risposta va in punti (un numero intorno a 40).",
                "fr": "L'écart est juste mais divisé par 100\u00a0: les parts du tableau sont déjà en "
                      "pourcentage, la réponse s'exprime en points (un nombre proche de 40)."}),
            (_spam_drop_from_symantec_2010, {
                "it": "Hai preso il 2010 di Symantec/MAAWG: fornitori diversi non si confrontano. Usa il 2009 "
                      "di Kaspersky.",
                "fr": "Vous avez pris 2010 chez Symantec/MAAWG\u00a0: des éditeurs différents ne se comparent "
                      "pas. Prenez 2009 chez Kaspersky."}),
        ),
    ),
    Exercise(
        "01.4",
        "choice",
        lambda: "b",
        options=("a", "b", "c"),
        hint={
            "it": "Nei manuali, push e pull si distinguono per il destinatario della comunicazione: gli "
            "intermediari del canale o i consumatori finali?",
            "fr": "Dans les manuels, push et pull se distinguent par le destinataire de la communication\u00a0: "
            "les intermédiaires du circuit ou les consommateurs finals\u00a0?",
        },
        option_feedback={
            "a": {"it": "No: nel senso dei manuali la strategia push passa per il canale (forza vendita, "
                        "promozioni ai distributori); lo spot parla ai consumatori finali.",
                  "fr": "Non\u00a0: au sens des manuels, la stratégie push passe par le circuit de distribution "
                        "(force de vente, promotions destinées aux distributeurs)\u00a0; le spot s'adresse aux "
                        "consommateurs finals."},
            "b": {"it": "Lo spot stimola la domanda dei consumatori finali, che «tirano» il prodotto lungo "
                        "il canale. È pull nel senso dei manuali, anche se nel gergo digitale è un messaggio "
                        "«push» perché nessuno l'ha chiesto.",
                  "fr": "Le spot suscite la demande des consommateurs finals, qui «\u00a0tirent\u00a0» "
                        "le produit à travers le circuit. C'est du pull au sens des manuels, même si, dans le "
                        "jargon numérique, c'est un message «\u00a0push\u00a0», puisque personne ne l'a demandé."},
            "c": {"it": "No: la distinzione dei manuali riguarda tutta la comunicazione, pubblicità compresa.",
                  "fr": "Non\u00a0: la distinction des manuels porte sur toute la communication, publicité "
                        "comprise."},
        },
    ),
)

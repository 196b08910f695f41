"""Exercises of lesson 05 (context and targeting)."""
from __future__ import annotations

import numpy as np

from . import Exercise, register
from .. import targeting

# 05.3: break-even precision for a base rate of 5 %, 4 cents a mass contact, 30 cents a targeted one
_Q, _CM, _CT = 0.05, 0.04, 0.30


def _first_cheaper_precision() -> float:
    """Lowest precision in 0.25, 0.35, ..., 0.95 at which the targeted cost per response is lower."""
    p = np.round(np.arange(0.25, 1.0, 0.1), 2)
    out = targeting.mass_vs_targeted(precision=p, relevance=0.5)
    cheaper = np.asarray(out["targeted"]["cost_per_response"]) < np.asarray(out["mass"]["cost_per_response"])
    return float(p[cheaper].min())


def _break_even_pct() -> float:
    return float(100 * targeting.break_even_precision(_Q, _CM, _CT))


register(
    Exercise(
        "05.1",
        "choice",
        lambda: "c",
        options=("a", "b", "c", "d"),
        hint={
            "it": "Il contesto è ciò che la persona sta facendo in quel momento; il targeting usa ciò che i dati "
                  "dicono di lei. Cerca il messaggio scelto con i dati ma estraneo all'attività in corso.",
            "fr": "Le contexte, c'est ce que fait la personne à ce moment-là\u00a0; le ciblage utilise ce que les "
                  "données disent d'elle. Cherchez le message choisi grâce aux données mais étranger à l'activité "
                  "en cours.",
        },
        option_feedback={
            "a": {"it": "No: la chiamata è fuori contesto (stai cucinando) e non è mirata: il tuo numero viene da un "
                        "elenco, senza alcun segnale di interesse.",
                  "fr": "Non\u00a0: l'appel est hors contexte (vous cuisinez) et n'est pas ciblé\u00a0: votre numéro "
                        "vient d'un annuaire, sans aucun signe d'intérêt."},
            "b": {"it": "No: l'annuncio interrompe il video, ma propone proprio ciò che serve per la riparazione che "
                        "stai guardando: è un'interruzione contestuale.",
                  "fr": "Non\u00a0: la publicité interrompt la vidéo, mais propose exactement ce qu'il faut pour la "
                        "réparation que vous regardez\u00a0: c'est une interruption contextuelle."},
            "c": {"it": "Sì: il banner non c'entra con la ricetta che stai leggendo (non è contestuale), ma è stato "
                        "scelto con i dati del tuo profilo (la polizza in scadenza): è un'interruzione mirata.",
                  "fr": "Oui\u00a0: la bannière n'a rien à voir avec la recette que vous lisez (elle n'est pas "
                        "contextuelle), mais elle a été choisie grâce aux données de votre profil (le contrat qui "
                        "arrive à échéance)\u00a0: c'est une interruption ciblée."},
            "d": {"it": "No: la newsletter l'hai chiesta tu: è marketing del permesso (permission marketing), non "
                        "un'interruzione.",
                  "fr": "Non\u00a0: cette lettre d'information, vous l'avez demandée\u00a0: c'est du permission "
                        "marketing, pas une interruption."},
        },
    ),
    Exercise(
        "05.2",
        "number",
        _first_cheaper_precision,
        rtol=1e-6,
        atol=1e-9,
        unit="fraction",
        hint={
            "it": ("Costruisci una tabella con una riga per ogni precisione e due colonne di costo per risposta "
                   "(di massa e mirata); poi tieni solo le righe in cui la mirata costa meno.",
                   "p = np.round(np.arange(0.25, 1.0, 0.1), 2), poi out = cl.targeting.mass_vs_targeted(precision=p, "
                   "relevance=0.5), poi pd.DataFrame({'p': p, 'massa': out['mass']['cost_per_response'], "
                   "'mirata': out['targeted']['cost_per_response']}) e il minimo di p dove mirata < massa."),
            "fr": ("Construisez un tableau avec une ligne par précision et deux colonnes de coût par réponse "
                   "(masse et ciblée)\u00a0; gardez ensuite les lignes où la campagne ciblée coûte moins.",
                   "p = np.round(np.arange(0.25, 1.0, 0.1), 2), puis out = cl.targeting.mass_vs_targeted("
                   "precision=p, relevance=0.5), puis pd.DataFrame({'p': p, 'masse': "
                   "out['mass']['cost_per_response'], 'ciblée': out['targeted']['cost_per_response']}) et le "
                   "minimum de p là où ciblée < masse."),
        },
    ),
    Exercise(
        "05.3",
        "number",
        _break_even_pct,
        rtol=0.01,
        unit="percent",
        mistakes=(
            (lambda: 100 * _Q * _CM / _CT,
             {"it": "Hai invertito il rapporto dei costi: la lista mirata costa di più, quindi la sua precisione "
                    "deve superare la quota di interessati, non restarne sotto.",
              "fr": "Vous avez inversé le rapport des coûts\u00a0: la liste ciblée coûte plus cher, sa précision doit "
                    "donc dépasser la part d'intéressés, pas rester en dessous."}),
            (lambda: _CT / _CM,
             {"it": "7,5 è il lift necessario (quante volte la lista mirata deve essere più precisa di una scelta "
                    "a caso): moltiplicalo per la quota di interessati per ottenere la precisione.",
              "fr": "7,5 est le lift nécessaire (combien de fois la liste ciblée doit être plus précise qu'un choix "
                    "au hasard)\u00a0: multipliez-le par la part d'intéressés pour obtenir la précision."}),
            (lambda: 100 * _CT / _CM,
             {"it": "750 % è il lift necessario, non una precisione (che non può superare il 100 %): moltiplica il "
                    "lift per la quota di interessati.",
              "fr": "750\u00a0% est le lift nécessaire, pas une précision (qui ne peut pas dépasser 100\u00a0%)\u00a0: "
                    "multipliez le lift par la part d'intéressés."}),
        ),
        hint={
            "it": ("Finché è il budget a limitare le due campagne, le risposte sono proporzionali a (budget / costo "
                   "per contatto) × precisione: scrivi l'uguaglianza tra le due campagne.",
                   "100 * cl.targeting.break_even_precision(interest=0.05, cost_mass=0.04, cost_targeted=0.30)"),
            "fr": ("Tant que c'est le budget qui limite les deux campagnes, les réponses sont proportionnelles à "
                   "(budget / coût par contact) × précision\u00a0: écrivez l'égalité entre les deux campagnes.",
                   "100 * cl.targeting.break_even_precision(interest=0.05, cost_mass=0.04, cost_targeted=0.30)"),
        },
    ),
    Exercise(
        "05.4",
        "choice",
        lambda: "a",
        options=("a", "b", "c", "d"),
        hint={
            "it": "L'eccezione per i clienti vale a tre condizioni: un acquisto vero, prodotti analoghi dello stesso "
                  "venditore, la possibilità di opporsi al momento della raccolta dell'indirizzo e in ogni messaggio.",
            "fr": "L'exception pour les clients tient à trois conditions\u00a0: un achat réel, des produits analogues "
                  "du même vendeur, la possibilité de s'opposer dès la collecte et dans chaque message.",
        },
        option_feedback={
            "a": {"it": "Sì: acquisto vero, prodotto analogo dello stesso negozio, opposizione possibile in ogni "
                        "messaggio.",
                  "fr": "Oui\u00a0: achat réel, produit analogue du même magasin, opposition possible dans chaque "
                        "message."},
            "b": {"it": "No: l'eccezione copre solo i prodotti o servizi analoghi del venditore, non le offerte di "
                        "un'altra impresa.",
                  "fr": "Non\u00a0: l'exception ne couvre que les produits ou services analogues du vendeur, pas les "
                        "offres d'une autre entreprise."},
            "c": {"it": "No: il cliente deve essere informato che può opporsi, alla raccolta dell'indirizzo e in "
                        "ogni messaggio.",
                  "fr": "Non\u00a0: le client doit pouvoir refuser simplement et gratuitement, lors de la collecte et "
                        "dans chaque message."},
            "d": {"it": "No: l'eccezione presuppone un indirizzo fornito nel contesto di una vendita; una semplice "
                        "iscrizione al sito senza acquisto non basta (in Francia la CNIL lo dice espressamente).",
                  "fr": "Non\u00a0: sans achat il n'y a pas de client\u00a0; avoir créé un compte ne suffit pas."},
        },
    ),
)

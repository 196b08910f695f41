"""The translation table: key -> {"it": ..., "fr": ...}.

French typography: non-breaking space (U+00A0) before ; : ! ? and inside « ».
Add keys in the section of the module that uses them.
"""
NBSP = "\u00a0"

TRANSLATIONS: dict[str, dict[str, str]] = {
    # --- generic ---------------------------------------------------------
    "yes": {"it": "sì", "fr": "oui"},
    "no": {"it": "no", "fr": "non"},
    "interruption": {"it": "interruzione", "fr": "interruption"},
    "permission": {"it": "permesso", "fr": "permission"},
    "week": {"it": "settimana", "fr": "semaine"},
    "weeks": {"it": "settimane", "fr": "semaines"},
    "day": {"it": "giorno", "fr": "jour"},
    "days": {"it": "giorni", "fr": "jours"},
    # --- lesson 01: attention ---------------------------------------------
    "attention.own_share": {"it": "quota del nostro messaggio", "fr": "part de notre message"},
    "attention.rivals_share": {"it": "quota dei concorrenti (insieme)", "fr": "part des concurrents (ensemble)"},
    "attention.outside_share": {"it": "attenzione che non va a nessuna pubblicità", "fr": "attention qui ne va à aucune publicité"},
    "attention.xlabel": {"it": "nostro sforzo (spesa o intensità del messaggio)", "fr": "notre effort (dépense ou intensité du message)"},
    "attention.ylabel": {"it": "quota di attenzione", "fr": "part de l'attention"},
    "attention.title": {"it": "L'attenzione è scarsa: ogni messaggio la sottrae agli altri",
                        "fr": "L'attention est rare\u00a0: chaque message la prend aux autres"},
    "tv_caps.ylabel": {"it": "tetto di affollamento (% del tempo)", "fr": "plafond publicitaire (% du temps d'antenne)"},
    "tv_caps.title": {"it": "Italia, TUSMA art. 45: tetti alla pubblicità televisiva",
                      "fr": "Italie, TUSMA art.\u00a045\u00a0: plafonds de publicité télévisée"},
    "spam.annual": {"it": "dato annuale", "fr": "chiffre annuel"},
    "spam.quarterly": {"it": "dato trimestrale", "fr": "chiffre trimestriel"},
    "spam.xlabel": {"it": "anno", "fr": "année"},
    "spam.ylabel": {"it": "quota di spam nel traffico e-mail (%)", "fr": "part du spam dans les courriels (en %)"},
    "spam.title": {"it": "Quota di spam nel traffico e-mail (Kaspersky)",
                   "fr": "Part du spam dans le trafic de courriels (Kaspersky)"},
    # --- lesson 02: escalation --------------------------------------------
    "escalation.total_spend": {"it": "spesa totale del settore", "fr": "dépense totale du secteur"},
    "escalation.spend_each": {"it": "spesa di ciascun inserzionista", "fr": "dépense de chaque annonceur"},
    "escalation.attention_each": {"it": "valore dell'attenzione ottenuta da ciascuno", "fr": "valeur de l'attention obtenue par chacun"},
    "escalation.xlabel": {"it": "numero di inserzionisti in concorrenza", "fr": "nombre d'annonceurs en concurrence"},
    "escalation.ylabel": {"it": "% del valore in palio", "fr": "en % de la valeur en jeu"},
    "escalation.title": {"it": "Più concorrenti: più spesa, stessa attenzione complessiva",
                         "fr": "Plus de concurrents\u00a0: plus de dépenses, pas plus d'attention"},
    "escalation.no_equilibrium": {
        "it": "Con n = {n} e γ oltre {limit}\nnon esiste un equilibrio simmetrico semplice:\nriduci γ o aumenta n",
        "fr": "Avec n = {n} et γ au-delà de {limit},\npas d'équilibre symétrique simple\u00a0:\nréduisez γ ou augmentez n"},
    "br.path": {"it": "spesa di ciascuno, {n} inserzionisti", "fr": "dépense de chacun, {n}\u00a0annonceurs"},
    "br.equilibrium": {"it": "equilibrio ({value})", "fr": "équilibre ({value})"},
    "br.xlabel": {"it": "turno di risposta", "fr": "tour de réponse"},
    "br.ylabel": {"it": "spesa di ciascun inserzionista", "fr": "dépense de chaque annonceur"},
    "br.title": {"it": "L'escalation passo dopo passo: ognuno risponde agli altri",
                 "fr": "L'escalade pas à pas\u00a0: chacun répond aux autres"},
    "dilemma.advertise": {"it": "fa pubblicità", "fr": "fait de la publicité"},
    "dilemma.abstain": {"it": "non fa pubblicità", "fr": "ne fait pas de publicité"},
    "dilemma.cell": {"it": "{firm}: {action}", "fr": "{firm}\u00a0: {action}"},
    "dilemma.firm_a": {"it": "Impresa A", "fr": "Entreprise A"},
    "dilemma.firm_b": {"it": "Impresa B", "fr": "Entreprise B"},
    # --- lessons 03-04: repetition, forgetting, fatigue and real data ---------------------------------
    "two_factor.learning": {"it": "apprendimento", "fr": "apprentissage"},
    "two_factor.tedium": {"it": "costo della noia", "fr": "coût de l'ennui"},
    "two_factor.optimum": {"it": "numero ottimale n*", "fr": "nombre optimal n*"},
    "two_factor.phase_in": {"it": "wear-in", "fr": "wear-in"},
    "two_factor.phase_out": {"it": "wear-out", "fr": "wear-out"},
    "two_factor.readout": {"it": "numero ottimale n*: {n}\neffetto massimo: {e}",
                           "fr": "nombre optimal n*\u00a0: {n}\neffet maximal\u00a0: {e}"},
    "two_factor.beyond": {"it": "(oltre le {n_max} esposizioni\ndel grafico)",
                          "fr": "(au-delà des {n_max}\u00a0expositions\ndu graphique)"},
    "two_factor.total": {"it": "effetto netto", "fr": "effet net"},
    "two_factor.xlabel": {"it": "numero di esposizioni allo stesso messaggio", "fr": "nombre d'expositions au même message"},
    "two_factor.ylabel": {"it": "effetto sul pubblico (unità arbitrarie)", "fr": "effet sur le public (unités arbitraires)"},
    "two_factor.title": {"it": "Ripetere aiuta, poi stanca", "fr": "Répéter aide, puis lasse"},
    "forgetting.exponential": {"it": "esponenziale (S = {s})", "fr": "exponentielle (S = {s})"},
    "forgetting.power": {"it": "legge di potenza (τ = {tau}; d = {d})", "fr": "loi de puissance (τ = {tau}\u00a0; d = {d})"},
    "forgetting.xlabel": {"it": "settimane dall'ultima esposizione", "fr": "semaines depuis la dernière exposition"},
    "forgetting.ylabel": {"it": "quota di ricordo conservata", "fr": "part du souvenir conservée"},
    "forgetting.title": {"it": "Due curve dell'oblio", "fr": "Deux courbes de l'oubli"},
    "burst.burst": {"it": "campagna concentrata (burst)", "fr": "campagne concentrée (burst)"},
    "burst.spread": {"it": "campagna distribuita (un messaggio ogni 4 settimane)",
                     "fr": "campagne étalée (un message toutes les 4\u00a0semaines)"},
    "burst.exposures_burst": {"it": "settimane con un messaggio (campagna concentrata)",
                              "fr": "semaines avec un message (campagne concentrée)"},
    "burst.exposures_spread": {"it": "settimane con un messaggio (campagna distribuita)",
                               "fr": "semaines avec un message (campagne étalée)"},
    "burst.xlabel": {"it": "settimana", "fr": "semaine"},
    "burst.ylabel": {"it": "notorietà (quota di chi ricorda la marca)", "fr": "notoriété (part du public qui se souvient de la marque)"},
    "burst.title": {"it": "Stessi {total} messaggi, due calendari", "fr": "Les mêmes {total}\u00a0messages, deux calendriers"},
    "fatigue.sends": {"it": "messaggi inviati", "fr": "messages envoyés"},
    "fatigue.stock": {"it": "stock di stanchezza (ρ = {rho})", "fr": "stock de lassitude (ρ = {rho})"},
    "fatigue.engagement": {"it": "probabilità di risposta", "fr": "probabilité de réponse"},
    "fatigue.xlabel": {"it": "periodo", "fr": "période"},
    "fatigue.ylabel": {"it": "stock di stanchezza", "fr": "stock de lassitude"},
    "fatigue.title": {"it": "La stanchezza si accumula e poi si smaltisce", "fr": "La lassitude s'accumule, puis se résorbe"},
    "bank.rate": {"it": "tasso di conversione (intervallo di confidenza al 95 %)",
                  "fr": "taux de conversion (intervalle de confiance à 95\u00a0%)"},
    "bank.xlabel": {"it": "numero di chiamate ricevute nella campagna", "fr": "nombre d'appels reçus pendant la campagne"},
    "bank.ylabel": {"it": "quota di clienti che hanno sottoscritto", "fr": "part des clients ayant souscrit"},
    "bank.title": {"it": "Telemarketing bancario: chi ha ricevuto più chiamate\nha sottoscritto in proporzione meno",
                   "fr": "Télémarketing bancaire\u00a0: plus les clients ont reçu d'appels,\nplus leur taux de conversion est bas"},
    "hazard.observed": {"it": "osservato: resa della k-esima chiamata", "fr": "observé\u00a0: rendement du k-ième appel"},
    "hazard.fitted": {"it": "tendenza logistica stimata, descrittiva (odds × {odds} a ogni chiamata)",
                      "fr": "tendance logistique ajustée, descriptive (cote × {odds} à chaque appel)"},
    "hazard.xlabel": {"it": "chiamata numero k", "fr": "appel numéro k"},
    "hazard.ylabel": {"it": "sottoscrizioni alla chiamata k / clienti ancora in lista",
                      "fr": "souscriptions à l'appel k / clients encore sur la liste"},
    "hazard.title": {"it": "La resa osservata della k-esima chiamata scende", "fr": "Le rendement observé du k-ième appel baisse"},
    "attention.label_own": {"it": "noi:", "fr": "nous\u00a0:"},
    "attention.label_rivals": {"it": "concorrenti:", "fr": "concurrents\u00a0:"},
    "attention.label_outside": {"it": "nessuna pubblicità:", "fr": "aucune publicité\u00a0:"},
    "escalation.label_n": {"it": "inserzionisti n:", "fr": "annonceurs n\u00a0:"},
    "escalation.label_total": {"it": "spesa totale / valore:", "fr": "dépense totale / valeur\u00a0:"},
    "escalation.label_share": {"it": "attenzione di ciascuno:", "fr": "attention de chacun\u00a0:"},
    "two_factor.label_n": {"it": "numero ottimale n*:", "fr": "nombre optimal n*\u00a0:"},
    "two_factor.label_e": {"it": "effetto massimo:", "fr": "effet maximal\u00a0:"},
    "campaign.conversions": {"it": "hanno accettato l'offerta", "fr": "ont accepté l'offre"},
    "campaign.optouts": {"it": "si sono opposti", "fr": "se sont opposés"},
    "campaign.legal_cap": {"it": "regola francese del 2022:\n4 tentativi / 30 giorni\n(validità dopo l'11 agosto\n2026 da verificare)",
                           "fr": "règle française de 2022\u00a0:\n4\u00a0tentatives / 30\u00a0jours\n(maintien après le\n11\u00a0août 2026 à vérifier)"},
    "campaign.readout": {"it": "con {k} chiamate al mese:\naccettano {conv}\nsi oppongono {opt}\nritmo con più vendite: {best}",
                         "fr": "avec {k}\u00a0appels par mois\u00a0:\nacceptent\u00a0: {conv}\ns'opposent\u00a0: {opt}\nrythme le plus vendeur\u00a0: {best}"},
    "campaign.xlabel": {"it": "chiamate al mese per persona", "fr": "appels par mois et par personne"},
    "campaign.ylabel": {"it": "quota delle persone chiamate, in un anno", "fr": "part des personnes appelées, sur un an"},
    "campaign.title": {"it": "Chiamare di più: vendite e opposizioni (modello illustrativo)",
                       "fr": "Appeler plus\u00a0: ventes et oppositions (modèle illustratif)"},
    "campaign.label_conv": {"it": "hanno accettato:", "fr": "ont accepté\u00a0:"},
    "campaign.label_opt": {"it": "si oppongono:", "fr": "s'opposent\u00a0:"},
    "campaign.label_best": {"it": "ritmo con più vendite:", "fr": "rythme le plus vendeur\u00a0:"},
    # table headers shown in lessons 03-04 (cl.tables.localize)
    "col.exposures": {"it": "esposizioni", "fr": "expositions"},
    "col.share_of_target": {"it": "quota del pubblico obiettivo", "fr": "part de la cible"},
    "col.campaign": {"it": "chiamate ricevute", "fr": "appels reçus"},
    "col.clients": {"it": "clienti", "fr": "clients"},
    "col.subscribed": {"it": "hanno sottoscritto", "fr": "ont souscrit"},
    "col.k": {"it": "chiamata k", "fr": "appel k"},
    "col.at_risk": {"it": "ancora in lista", "fr": "encore sur la liste"},
    "col.converted": {"it": "sottoscrivono alla chiamata k", "fr": "souscrivent à l'appel k"},
    "col.hazard": {"it": "resa della chiamata k", "fr": "rendement de l'appel k"},
    "col.hazard_pct": {"it": "resa della chiamata k (%)", "fr": "rendement de l'appel k (%)"},
    "col.rate": {"it": "tasso di conversione", "fr": "taux de conversion"},
    # alt text of the lesson 03-04 figures
    "alt.two_factor": {
        "it": "Grafico a linee: in orizzontale il numero di esposizioni allo stesso messaggio (da 0 a {n_max}), in "
              "verticale l'effetto in unità arbitrarie. La curva dell'apprendimento sale e si appiattisce verso {learn}; "
              "il costo della noia è una retta che scende sotto lo zero; l'effetto netto, somma delle due, sale fino "
              "al massimo {e_star} a n* = {n_star} esposizioni (fase di wear-in) e poi scende (fase di wear-out), "
              "fino a {e_end} all'esposizione {n_max}.",
        "fr": "Graphique en courbes\u00a0: en abscisse le nombre d'expositions au même message (de 0 à {n_max}), en "
              "ordonnée l'effet en unités arbitraires. La courbe de l'apprentissage monte puis s'aplatit vers {learn}\u00a0; "
              "le coût de l'ennui est une droite qui descend sous zéro\u00a0; l'effet net, somme des deux, monte jusqu'au "
              "maximum {e_star} à n* = {n_star} expositions (phase de wear-in) puis baisse (phase de wear-out), "
              "jusqu'à {e_end} à la {n_max}e\u00a0exposition."},
    "alt.forgetting_curves": {
        "it": "Due curve dell'oblio su {t_max} settimane, in verticale la quota di ricordo conservata. Dopo 4 settimane "
              "la curva esponenziale conserva {exp_4}, la legge di potenza {pow_4}: la legge di potenza scende più in "
              "fretta all'inizio, poi si appiattisce. Alla fine la curva esponenziale conserva {exp_end}, la legge di "
              "potenza {pow_end}.",
        "fr": "Deux courbes de l'oubli sur {t_max}\u00a0semaines, en ordonnée la part du souvenir conservée. Après "
              "4\u00a0semaines, la courbe exponentielle conserve {exp_4}, la loi de puissance {pow_4}\u00a0: la loi de "
              "puissance baisse plus vite au début, puis s'aplatit. À la fin, l'exponentielle conserve {exp_end}, la loi "
              "de puissance {pow_end}."},
    "alt.burst_vs_spread": {
        "it": "Notorietà settimana per settimana ({n} settimane) con gli stessi {total} messaggi in due calendari; barre "
              "basse segnano le settimane con un messaggio. La campagna concentrata sale fino a {peak_b} e poi crolla "
              "fino a {end_b} a fine anno; quella distribuita sale a dente di sega fino a {peak_s} e chiude a {end_s}.",
        "fr": "Notoriété semaine par semaine ({n}\u00a0semaines) avec les mêmes {total}\u00a0messages selon deux "
              "calendriers\u00a0; de petites barres marquent les semaines avec un message. La campagne concentrée monte à "
              "{peak_b} puis s'effondre à {end_b} en fin d'année\u00a0; la campagne étalée monte en dents de scie jusqu'à "
              "{peak_s} et finit à {end_s}."},
    "alt.fatigue_stock": {
        "it": "Su {n} periodi: barre grigie per i messaggi inviati, una linea per lo stock di stanchezza (asse di "
              "sinistra, massimo {peak}) e una per la probabilità di risposta (asse di destra). Gli invii ravvicinati "
              "alzano lo stock e fanno scendere la risposta da {p0} fino a {p_min}; nelle pause lo stock si svuota e "
              "la risposta risale.",
        "fr": "Sur {n}\u00a0périodes\u00a0: barres grises pour les messages envoyés, une courbe pour le stock de "
              "lassitude (axe de gauche, maximum {peak}) et une pour la probabilité de réponse (axe de droite). Les envois "
              "rapprochés font monter le stock et baisser la réponse de {p0} à {p_min}\u00a0; pendant les pauses, le "
              "stock se vide et la réponse remonte."},
    "alt.bank_conversion": {
        "it": "Punti con barre d'errore (intervalli di confidenza al 95 %): tasso di conversione dei clienti della "
              "banca secondo il numero di chiamate ricevute, da 1 a {max_k}. Scende da {first} con una chiamata a "
              "{last} con {max_k}; le barre si allargano a destra, dove i clienti sono pochi.",
        "fr": "Points avec barres d'erreur (intervalles de confiance à 95\u00a0%)\u00a0: taux de conversion des "
              "clients de la banque selon le nombre d'appels reçus, de 1 à {max_k}. Il passe de {first} pour un appel à "
              "{last} pour {max_k}\u00a0; les barres s'élargissent à droite, où les clients sont peu nombreux."},
    "alt.contact_hazard": {
        "it": "Punti: quota di clienti ancora in lista che sottoscrive alla chiamata k, da 1 a {max_k}: scende da "
              "{first} a {last}. Una linea tratteggiata, la tendenza logistica stimata (odds moltiplicati per {odds} a "
              "ogni chiamata), segue i punti da vicino. È una descrizione, non una prova causale.",
        "fr": "Points\u00a0: part des clients encore sur la liste d'appel qui souscrivent à l'appel k, de 1 à "
              "{max_k}\u00a0: elle passe de {first} à {last}. Une courbe en tirets, la tendance logistique ajustée (cote "
              "multipliée par {odds} à chaque appel), suit les points de près. C'est une description, pas une preuve "
              "causale."},
    "alt.fatigue_campaign": {
        "it": "Modello illustrativo: in orizzontale le chiamate al mese per persona (da 1 a 12), in verticale la quota "
              "delle persone chiamate in un anno. Le accettazioni salgono fino al massimo ({conv_best}) a {best} "
              "chiamate al mese e poi calano; le opposizioni crescono fino a {opt_12} a 12 chiamate. Con {k} chiamate "
              "al mese accetta {conv} delle persone e si oppone {opt}. Una linea tratteggiata segna la regola francese del 2022 "
              "(4 tentativi ogni 30 giorni).",
        "fr": "Modèle illustratif\u00a0: en abscisse les appels par mois et par personne (de 1 à 12), en ordonnée la part "
              "des personnes appelées sur un an. Les acceptations montent jusqu'au maximum de {conv_best} à "
              "{best}\u00a0appels par mois, puis baissent\u00a0; les oppositions montent jusqu'à {opt_12} à 12\u00a0appels. "
              "Avec {k}\u00a0appels par mois, {conv} acceptent et {opt} s'opposent. Une ligne en tirets marque la règle "
              "française de 2022 (4\u00a0tentatives par 30\u00a0jours)."},
    # --- slider labels -------------------------------------------------------
    "slider.n_advertisers": {"it": "inserzionisti", "fr": "annonceurs"},
    "slider.own_effort": {"it": "nostro sforzo", "fr": "notre effort"},
    "slider.rivals_effort": {"it": "sforzo dei concorrenti", "fr": "effort des concurrents"},
    "slider.outside": {"it": "attenzione altrove", "fr": "attention ailleurs"},
    "slider.gamma": {"it": "γ (chi vince prende quasi tutto)", "fr": "γ (le gagnant rafle presque tout)"},
    "slider.learn": {"it": "apprendimento massimo A", "fr": "apprentissage maximal A"},
    "slider.rate": {"it": "velocità di apprendimento b", "fr": "vitesse d'apprentissage b"},
    "slider.tedium": {"it": "noia per esposizione c", "fr": "ennui par exposition c"},
    "slider.calls_per_month": {"it": "chiamate al mese", "fr": "appels par mois"},
    "slider.retention": {"it": "stanchezza residua settimanale media ρ", "fr": "lassitude moyenne conservée par semaine ρ"},
    "slider.tolerance": {"it": "soglia di tolleranza media τ", "fr": "seuil de tolérance moyen τ"},
    "demo.invalid": {"it": "Combinazione non valida:\n{error}", "fr": "Combinaison impossible\u00a0:\n{error}"},
    "demo.static_alt": {"it": "Demo interattiva «{title}» (figura ai valori predefiniti)",
                        "fr": "Démo interactive «\u00a0{title}\u00a0» (figure aux valeurs par défaut)"},
}

# --- alt text (every course figure) --------------------------------------------------------------
TRANSLATIONS.update({
    "alt.generic": {"it": "Grafico «{title}»: in orizzontale {x}, in verticale {y}.",
                    "fr": "Graphique «\u00a0{title}\u00a0»\u00a0: en abscisse {x}, en ordonnée {y}."},
    "alt.empty": {"it": "Grafico senza titolo.", "fr": "Graphique sans titre."},
})

# --- lessons 05-08: one module each, merged here ------------------------------------------------
from ._strings_05 import STRINGS as _S05  # noqa: E402
from ._strings_06 import STRINGS as _S06  # noqa: E402
from ._strings_07 import STRINGS as _S07  # noqa: E402
from ._strings_08 import STRINGS as _S08  # noqa: E402

for _part in (_S05, _S06, _S07, _S08):
    _twice = sorted(set(_part) & set(TRANSLATIONS))
    if _twice:
        raise ValueError(f"translation keys defined twice: {_twice}")
    TRANSLATIONS.update(_part)


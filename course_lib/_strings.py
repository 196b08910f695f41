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
    "escalation.attention_each": {"it": "valore dell'attenzione ottenuta da ciascuno",
                                  "fr": "valeur de l'attention obtenue par chacun"},
    "escalation.xlabel": {"it": "numero di inserzionisti in concorrenza", "fr": "nombre d'annonceurs en concurrence"},
    "escalation.ylabel": {"it": "quota del premio V", "fr": "part de l'enjeu V"},
    "escalation.title": {"it": "Più concorrenti: più spesa, stessa attenzione complessiva",
                         "fr": "Plus de concurrents\u00a0: plus de dépenses, la même attention au total"},
    # shown in the figure when gamma > n/(n-1); {limit} is n/(n-1) rounded down, {n_ok} the
    # largest number of advertisers for which this gamma has an equilibrium (tests follow the advice)
    "escalation.no_equilibrium": {
        "it": "Con {n} inserzionisti e γ = {gamma} non esiste\nun equilibrio simmetrico in strategie pure.\n"
              "Riduci γ a {limit} o meno, oppure porta\ngli inserzionisti a {n_ok} o meno.",
        "fr": "Avec {n}\u00a0annonceurs et γ = {gamma}, il n'existe pas\nd'équilibre symétrique en stratégies pures.\n"
              "Réduisez γ à {limit} ou moins, ou ramenez\nle nombre d'annonceurs à {n_ok} ou moins."},
    # the same when only two advertisers work: the slider's minimum is 2, so no "or fewer"
    "escalation.no_equilibrium_two": {
        "it": "Con {n} inserzionisti e γ = {gamma} non esiste\nun equilibrio simmetrico in strategie pure.\n"
              "Riduci γ a {limit} o meno, oppure porta\ngli inserzionisti a 2.",
        "fr": "Avec {n}\u00a0annonceurs et γ = {gamma}, il n'existe pas\nd'équilibre symétrique en stratégies pures.\n"
              "Réduisez γ à {limit} ou moins, ou ramenez\nle nombre d'annonceurs à 2."},
    "escalation.no_equilibrium_gamma": {
        "it": "Con {n} inserzionisti e γ = {gamma} non esiste\nun equilibrio simmetrico in strategie pure.\n"
              "Riduci γ a {limit} o meno.",
        "fr": "Avec {n}\u00a0annonceurs et γ = {gamma}, il n'existe pas\nd'équilibre symétrique en stratégies pures.\n"
              "Réduisez γ à {limit} ou moins."},
    "br.path": {"it": "spesa di ciascuno, {n} inserzionisti", "fr": "dépense de chacun, {n}\u00a0annonceurs"},
    "br.equilibrium": {"it": "spesa di equilibrio ({value})", "fr": "dépense d'équilibre ({value})"},
    "br.xlabel": {"it": "turno di risposta", "fr": "tour de réponse"},
    "br.ylabel": {"it": "spesa di ciascun inserzionista (premio V = {prize})",
                  "fr": "dépense de chaque annonceur (enjeu V = {prize})"},
    "br.title": {"it": "L'escalation passo dopo passo: ognuno risponde agli altri",
                 "fr": "L'escalade pas à pas\u00a0: chacun répond aux autres"},
    "dilemma.advertise": {"it": "fa pubblicità", "fr": "fait de la publicité"},
    "dilemma.abstain": {"it": "non fa pubblicità", "fr": "ne fait pas de publicité"},
    "dilemma.cell": {"it": "{firm}: {action}", "fr": "{firm}\u00a0: {action}"},
    "dilemma.firm_a": {"it": "Impresa A", "fr": "Entreprise A"},
    "dilemma.firm_b": {"it": "Impresa B", "fr": "Entreprise B"},
    "dilemma.pair": {"it": "A: {a}; B: {b}", "fr": "A\u00a0: {a}\u00a0; B\u00a0: {b}"},
    # columns of the equilibrium table (cl.tables.localize)
    "col.spend_each": {"it": "spesa di ciascuno", "fr": "dépense de chacun"},
    "col.total_spend": {"it": "spesa totale", "fr": "dépense totale"},
    "col.dissipation": {"it": "dissipazione D", "fr": "dissipation D"},
    "col.attention_each": {"it": "attenzione di ciascuno", "fr": "attention de chacun"},
    "col.payoff_each": {"it": "guadagno netto di ciascuno", "fr": "gain net de chacun"},
    # alt text of the lesson-02 figures
    "alt.escalation": {
        "it": "Grafico a linee: in orizzontale il numero di inserzionisti da 1 a {n_max}, in verticale la percentuale "
              "del premio V. La spesa totale del settore (linea con cerchi) sale da 0 con un inserzionista a "
              "{total2} con due e a {total_last} con {n_max}; il valore dell'attenzione ottenuta da ciascuno (linea "
              "con triangoli, V/n) scende da 100\u00a0% a {value_last}; la spesa di ciascun inserzionista (linea con "
              "quadrati) si avvicina sempre di più a quel valore. Una linea verticale punteggiata segna n = {n}: "
              "spesa totale {total_n}, attenzione di ciascuno {share_n}. Valori calcolati con γ = {gamma}.",
        "fr": "Graphique en courbes\u00a0: en abscisse le nombre d'annonceurs de 1 à {n_max}, en ordonnée le "
              "pourcentage de l'enjeu V. La dépense totale du secteur (courbe à cercles) monte de 0 avec un "
              "annonceur à {total2} avec deux et à {total_last} avec {n_max}\u00a0; la valeur de l'attention obtenue "
              "par chacun (courbe à triangles, V/n) descend de 100\u00a0% à {value_last}\u00a0; la dépense de chaque "
              "annonceur (courbe à carrés) s'en rapproche de plus en plus. Une ligne verticale pointillée marque "
              "n = {n}\u00a0: dépense totale {total_n}, attention de chacun {share_n} (γ = {gamma})."},
    "alt.escalation_invalid": {
        "it": "Grafico a linee della spesa di equilibrio contro il numero di inserzionisti, con γ = {gamma}: "
              "per n = {n} non esiste un equilibrio simmetrico in strategie pure e il grafico lo dice in un riquadro.",
        "fr": "Graphique en courbes de la dépense d'équilibre selon le nombre d'annonceurs, avec γ = {gamma}\u00a0: "
              "pour n = {n}, il n'existe pas d'équilibre symétrique en stratégies pures, ce qu'indique un encadré."},
    "alt.best_response_path": {
        "it": "Grafico a linee: in orizzontale i turni di risposta da 0 a {steps}, in verticale la spesa di "
              "ciascuno dei {n} inserzionisti. La linea con cerchi parte quasi da zero, sale a {s1}, {s2}, {s3} "
              "e {s4}, poi raggiunge la spesa di equilibrio {eq} (linea orizzontale punteggiata), dove resta.",
        "fr": "Graphique en courbes\u00a0: en abscisse les tours de réponse de 0 à {steps}, en ordonnée la dépense "
              "de chacun des {n}\u00a0annonceurs. La courbe à cercles part de presque zéro, monte à {s1}, {s2}, "
              "{s3} et {s4}, puis atteint la dépense d'équilibre {eq} (ligne horizontale en pointillés), où elle "
              "reste."},
    # --- lesson 03: repetition and fatigue ---------------------------------
    "two_factor.learning": {"it": "apprendimento (wear-in)", "fr": "apprentissage (wear-in)"},
    "two_factor.tedium": {"it": "noia e irritazione (wear-out)", "fr": "ennui et agacement (usure)"},
    "two_factor.total": {"it": "effetto netto", "fr": "effet net"},
    "two_factor.xlabel": {"it": "numero di esposizioni allo stesso messaggio", "fr": "nombre d'expositions au même message"},
    "two_factor.ylabel": {"it": "effetto sul pubblico (unità arbitrarie)", "fr": "effet sur le public (unités arbitraires)"},
    "two_factor.title": {"it": "Ripetere aiuta, poi stanca", "fr": "Répéter aide, puis lasse"},
    "forgetting.exponential": {"it": "esponenziale (S = {s})", "fr": "exponentielle (S = {s})"},
    "forgetting.power": {"it": "legge di potenza (τ = {tau}, d = {d})", "fr": "puissance (τ = {tau}, d = {d})"},
    "forgetting.xlabel": {"it": "settimane dall'ultima esposizione", "fr": "semaines depuis la dernière exposition"},
    "forgetting.ylabel": {"it": "ricordo conservato", "fr": "souvenir conservé"},
    "forgetting.title": {"it": "Due curve dell'oblio", "fr": "Deux courbes de l'oubli"},
    "burst.burst": {"it": "tutto concentrato (burst)", "fr": "tout concentré (burst)"},
    "burst.spread": {"it": "distribuito nell'anno", "fr": "réparti sur l'année"},
    "burst.exposures": {"it": "esposizioni (scala ridotta)", "fr": "expositions (échelle réduite)"},
    "burst.xlabel": {"it": "settimana", "fr": "semaine"},
    "burst.ylabel": {"it": "notorietà (quota di chi ricorda la marca)", "fr": "notoriété (part qui se souvient)"},
    "burst.title": {"it": "Stesse {total} esposizioni, due calendari", "fr": "Les mêmes {total}\u00a0expositions, deux calendriers"},
    "fatigue.sends": {"it": "messaggi inviati", "fr": "messages envoyés"},
    "fatigue.stock": {"it": "stock di stanchezza (ρ = {rho})", "fr": "stock de lassitude (ρ = {rho})"},
    "fatigue.engagement": {"it": "probabilità di risposta", "fr": "probabilité de réponse"},
    "fatigue.xlabel": {"it": "periodo", "fr": "période"},
    "fatigue.ylabel": {"it": "stock di stanchezza", "fr": "stock de lassitude"},
    "fatigue.title": {"it": "La stanchezza si accumula e poi si smaltisce", "fr": "La lassitude s'accumule, puis se résorbe"},
    "bank.rate": {"it": "tasso di conversione (IC 95 %)", "fr": "taux de conversion (IC 95\u00a0%)"},
    "bank.xlabel": {"it": "numero di chiamate ricevute nella campagna", "fr": "nombre d'appels reçus pendant la campagne"},
    "bank.ylabel": {"it": "clienti che hanno sottoscritto", "fr": "part des clients ayant souscrit"},
    "bank.title": {"it": "Telemarketing bancario: più chiamate, meno conversioni",
                   "fr": "Télémarketing bancaire\u00a0: plus d'appels, moins de conversions"},
    "hazard.observed": {"it": "osservato: resa della k-esima chiamata", "fr": "observé\u00a0: rendement du k-ième appel"},
    "hazard.fitted": {"it": "curva di stanchezza stimata (odds × {odds} per chiamata)",
                      "fr": "courbe de lassitude estimée (cote × {odds} par appel)"},
    "hazard.xlabel": {"it": "chiamata numero k", "fr": "appel numéro k"},
    "hazard.ylabel": {"it": "conversioni alla chiamata k / clienti ancora chiamati",
                      "fr": "conversions à l'appel k / clients encore appelés"},
    "hazard.title": {"it": "Ogni chiamata in più rende meno", "fr": "Chaque appel supplémentaire rapporte moins"},
    "attention.label_own": {"it": "noi:", "fr": "nous\u00a0:"},
    "attention.label_rivals": {"it": "concorrenti:", "fr": "concurrents\u00a0:"},
    "attention.label_outside": {"it": "nessuna pubblicità:", "fr": "aucune publicité\u00a0:"},
    "escalation.label_n": {"it": "numero di inserzionisti n:", "fr": "nombre d'annonceurs n\u00a0:"},
    "escalation.label_total": {"it": "spesa totale / premio V:", "fr": "dépense totale / enjeu V\u00a0:"},
    "escalation.label_share": {"it": "attenzione di ciascuno:", "fr": "attention de chacun\u00a0:"},
    "two_factor.label_n": {"it": "numero ottimo n*:", "fr": "nombre optimal n*\u00a0:"},
    "two_factor.label_e": {"it": "effetto massimo:", "fr": "effet maximal\u00a0:"},
    "campaign.conversions": {"it": "hanno comprato (escono dalla lista)", "fr": "ont acheté (on ne les rappelle plus)"},
    "campaign.optouts": {"it": "si sono opposti alle chiamate", "fr": "se sont opposés aux appels"},
    "campaign.legal_cap": {"it": " tetto francese:\n 4 chiamate / 30 giorni", "fr": " plafond français\u00a0:\n 4 appels / 30 jours"},
    "campaign.xlabel": {"it": "chiamate al mese per persona", "fr": "appels par mois et par personne"},
    "campaign.ylabel": {"it": "quota delle persone chiamate, in un anno", "fr": "part des personnes appelées, sur un an"},
    "campaign.title": {"it": "Chiamare di più: vendite e opposizioni", "fr": "Appeler plus\u00a0: ventes et oppositions"},
    "campaign.label_conv": {"it": "hanno comprato:", "fr": "ont acheté\u00a0:"},
    "campaign.label_opt": {"it": "si oppongono:", "fr": "s'opposent\u00a0:"},
    "campaign.label_best": {"it": "ritmo con più vendite:", "fr": "rythme le plus vendeur\u00a0:"},
    # --- slider labels -------------------------------------------------------
    "slider.n_advertisers": {"it": "inserzionisti", "fr": "annonceurs"},
    "slider.own_effort": {"it": "nostro sforzo", "fr": "notre effort"},
    "slider.rivals_effort": {"it": "sforzo dei concorrenti", "fr": "effort des concurrents"},
    "slider.outside": {"it": "attenzione altrove", "fr": "attention ailleurs"},
    "slider.gamma": {"it": "γ (peso della spesa)", "fr": "γ (poids de la dépense)"},
    "slider.learn": {"it": "apprendimento massimo A", "fr": "apprentissage maximal A"},
    "slider.rate": {"it": "velocità di apprendimento b", "fr": "vitesse d'apprentissage b"},
    "slider.tedium": {"it": "noia per esposizione c", "fr": "ennui par exposition c"},
    "slider.calls_per_month": {"it": "chiamate al mese", "fr": "appels par mois"},
    "slider.retention": {"it": "stanchezza residua settimanale", "fr": "lassitude conservée par semaine"},
    "slider.tolerance": {"it": "tolleranza media", "fr": "tolérance moyenne"},
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


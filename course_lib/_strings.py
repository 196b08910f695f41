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
    # one name per concept: "opzione esterna" / "option extérieure" (glossary key outside_option);
    # the reader is "tu" / "vous"; the others are "concorrenti" / "concurrents"
    "attention.own_share": {"it": "la tua quota", "fr": "votre part"},
    "attention.rivals_share": {"it": "quota dei concorrenti (insieme)", "fr": "part des concurrents (ensemble)"},
    "attention.outside_share": {"it": "quota dell'opzione esterna", "fr": "part de l'option extérieure"},
    "attention.xlabel": {"it": "il tuo sforzo A (budget, numero di spot o di contatti)",
                         "fr": "votre effort A (budget, nombre de spots ou de contacts)"},
    "attention.ylabel": {"it": "quota di attenzione", "fr": "part d'attention"},
    "attention.title": {"it": "L'attenzione è scarsa: ciò che un messaggio cattura, gli altri lo perdono",
                        "fr": "L'attention est rare\u00a0: ce qu'un message capte, les autres le perdent"},
    # the Italian art. 45 is verified in its 2021 text only (FACTS-CHECKED #11): no "in force today"
    "tv_caps.title": {"it": "Tetti alla pubblicità in TV: Italia e Francia",
                      "fr": "Plafonds de publicité télévisée\u00a0: France et Italie"},
    "tv_caps.xlabel": {"it": "minuti di pubblicità per ora", "fr": "minutes de publicité par heure"},
    "tv_caps.toplabel": {"it": "quota del tempo (%)", "fr": "part du temps (%)"},
    "tv_caps.bar_value": {"it": "{minutes} min ({pct}\u00a0%)", "fr": "{minutes}\u00a0min ({pct}\u00a0%)"},
    "tv_caps.country_it": {"it": "Italia (TUSMA, art. 45)", "fr": "Italie (TUSMA, art.\u00a045)"},
    "tv_caps.country_fr": {"it": "Francia", "fr": "France"},
    "tv_caps.average": {"it": "media (su una fascia o sulla giornata)", "fr": "moyenne (sur une tranche ou sur la journée)"},
    "tv_caps.single_hour": {"it": "tetto in una singola ora", "fr": "plafond dans une heure d'horloge donnée"},
    "tv_caps.public": {"it": "servizio pubblico", "fr": "service public"},
    "tv_caps.commercial": {"it": "TV commerciali e private", "fr": "chaînes privées et commerciales"},
    "spam.annual": {"it": "dato annuale", "fr": "chiffre annuel"},
    "spam.quarterly": {"it": "dato trimestrale", "fr": "chiffre trimestriel"},
    "spam.xlabel": {"it": "anno", "fr": "année"},
    "spam.ylabel": {"it": "quota di spam nel traffico e-mail", "fr": "part du spam dans les courriels"},
    "spam.title": {"it": "Quota di spam nel traffico e-mail (Kaspersky)",
                   "fr": "Part du spam dans le trafic de courriels (Kaspersky)"},
    # --- lesson 02: escalation --------------------------------------------
    "escalation.total_spend": {"it": "spesa totale del settore", "fr": "dépense totale du secteur"},
    "escalation.spend_each": {"it": "spesa di ciascun\ninserzionista", "fr": "dépense de chaque\nannonceur"},
    # two lines: the legend sits beside the axes (the line of the chosen n sweeps the whole width)
    "escalation.attention_each": {"it": "valore dell'attenzione\nottenuta da ciascuno",
                                  "fr": "valeur de l'attention\nobtenue par chacun"},
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
    # --- lessons 03-04: repetition, forgetting, fatigue and real data ---------------------------------
    "two_factor.learning": {"it": "apprendimento", "fr": "apprentissage"},
    "two_factor.tedium": {"it": "costo della noia", "fr": "coût de l'ennui"},
    "two_factor.optimum": {"it": "numero ottimale n*", "fr": "nombre optimal n*"},
    "two_factor.phase_in": {"it": "wear-in", "fr": "wear-in"},
    "two_factor.phase_out": {"it": "wear-out", "fr": "wear-out"},
    "two_factor.readout": {"it": "numero ottimale n*: {n}\neffetto massimo: {e}",
                           "fr": "nombre optimal n*\u00a0: {n}\neffet maximal\u00a0: {e}"},
    "two_factor.beyond": {"it": "(oltre le {n_max} esposizioni\ndel grafico)",
                          "fr": "(au-delà des\n{n_max}\u00a0expositions\ndu graphique)"},
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
    "burst.burst_short": {"it": "concentrata (burst)", "fr": "concentrée (burst)"},
    "burst.spread_short": {"it": "distribuita (spread)", "fr": "répartie (spread)"},
    "burst.demo_title": {"it": "Stesse esposizioni, due calendari", "fr": "Mêmes expositions, deux calendriers"},
    "burst.demo_ylabel": {"it": "notorietà (chi ricorda la marca)", "fr": "notoriété (qui se souvient de la marque)"},
    "burst.exp_burst_short": {"it": "esposizioni (concentrata)", "fr": "expositions (concentrée)"},
    "burst.exp_spread_short": {"it": "esposizioni (distribuita)", "fr": "expositions (répartie)"},
    "burst.readout": {
        "it": "{total} esposizioni\npicco: concentrata {peak_b},\n  distribuita {peak_s}\nfine anno: concentrata {end_b},\n  distribuita {end_s}\nsettimane sopra il 20 %:\n  concentrata {weeks_b}, distribuita {weeks_s}",
        "fr": "{total}\u00a0expositions\npic\u00a0: concentrée {peak_b},\n  répartie {peak_s}\nfin d'année\u00a0: concentrée {end_b},\n  répartie {end_s}\nsemaines au-dessus de 20\u00a0%\u00a0:\n  concentrée {weeks_b}, répartie {weeks_s}"},
    "slider.total_exposures": {"it": "esposizioni nell'anno", "fr": "expositions dans l'année"},
    "slider.forget": {"it": "oblio settimanale (quota dimenticata)", "fr": "oubli hebdomadaire (part oubliée)"},
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
    "attention.label_own": {"it": "tu:", "fr": "vous\u00a0:"},
    "attention.label_rivals": {"it": "concorrenti:", "fr": "concurrents\u00a0:"},
    "attention.label_outside": {"it": "opzione esterna:", "fr": "option extérieure\u00a0:"},
    "escalation.label_n": {"it": "numero di inserzionisti n:", "fr": "nombre d'annonceurs n\u00a0:"},
    "escalation.label_total": {"it": "spesa totale / premio V:", "fr": "dépense totale / enjeu V\u00a0:"},
    "escalation.label_share": {"it": "attenzione di ciascuno:", "fr": "attention de chacun\u00a0:"},
    "two_factor.label_n": {"it": "numero ottimale n*:", "fr": "nombre optimal n*\u00a0:"},
    "two_factor.label_e": {"it": "effetto massimo:", "fr": "effet maximal\u00a0:"},
    "campaign.conversions": {"it": "hanno accettato l'offerta", "fr": "ont accepté l'offre"},
    "campaign.optouts": {"it": "si sono opposti", "fr": "se sont opposés"},
    "campaign.legal_cap": {"it": "regola francese del 2022:\n4 tentativi / 30 giorni\n(dall'11 agosto 2026 serve\nanche il consenso preventivo)",
                           "fr": "règle française de 2022\u00a0:\n4\u00a0tentatives / 30\u00a0jours\n(depuis le 11\u00a0août 2026,\nconsentement préalable requis)"},
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
    "slider.own_effort": {"it": "il tuo sforzo", "fr": "votre effort"},
    "slider.rivals_effort": {"it": "sforzo di ciascun concorrente", "fr": "effort de chaque concurrent"},
    "slider.outside": {"it": "opzione esterna O", "fr": "option extérieure O"},
    "slider.gamma": {"it": "γ (peso della spesa)", "fr": "γ (poids de la dépense)"},
    "slider.learn": {"it": "apprendimento massimo A", "fr": "apprentissage maximal A"},
    "slider.rate": {"it": "velocità di apprendimento b", "fr": "vitesse d'apprentissage b"},
    "slider.tedium": {"it": "noia per esposizione c", "fr": "ennui par exposition c"},
    "slider.calls_per_month": {"it": "chiamate al mese", "fr": "appels par mois"},
    "slider.retention": {"it": "stanchezza residua settimanale media ρ", "fr": "lassitude moyenne conservée par semaine ρ"},
    "slider.tolerance": {"it": "soglia di tolleranza media τ", "fr": "seuil de tolérance moyen τ"},
    "demo.invalid": {"it": "Combinazione non valida:\n{error}", "fr": "Combinaison impossible\u00a0:\n{error}"},
    "demo.alt_axes": {"it": "In orizzontale: {x}; in verticale: {y}", "fr": "En abscisse\u00a0: {x}\u00a0; en ordonnée\u00a0: {y}"},
    "demo.alt_series": {"it": "Serie: {series}", "fr": "Séries\u00a0: {series}"},
    "demo.alt_values": {"it": "Valori scritti nel grafico: {values}", "fr": "Valeurs écrites dans le graphique\u00a0: {values}"},
    "demo.alt_panel": {"it": "Riquadro «{title}»", "fr": "Panneau «\u00a0{title}\u00a0»"},
    "demo.alt_sep": {"it": "; ", "fr": "\u00a0; "},
    "demo.alt_sliders": {"it": "Cursori: {sliders}", "fr": "Curseurs\u00a0: {sliders}"},
    "demo.static_alt": {"it": "Demo interattiva «{title}» (figura ai valori predefiniti)",
                        "fr": "Démo interactive «\u00a0{title}\u00a0» (figure aux valeurs par défaut)"},
}

# --- alt text (every course figure) --------------------------------------------------------------
TRANSLATIONS.update({
    "alt.generic": {"it": "Grafico «{title}»: in orizzontale {x}, in verticale {y}.",
                    "fr": "Graphique «\u00a0{title}\u00a0»\u00a0: en abscisse {x}, en ordonnée {y}."},
    "alt.empty": {"it": "Grafico senza titolo.", "fr": "Graphique sans titre."},
})

# --- lesson 01: alt text, table columns and values ----------------------------------------------
TRANSLATIONS.update({
    "alt.attention_share": {
        "it": "Grafico a linee: quote di attenzione in funzione del tuo sforzo A, da 0 a 10, con {n} inserzionisti, "
              "ciascun concorrente con sforzo {rivals_effort} e opzione esterna O = {outside}. La tua quota (linea "
              "continua con cerchi) parte da 0 e sale sempre più lentamente; la quota dei concorrenti insieme "
              "(tratteggio con quadrati) e quella dell'opzione esterna (tratto e punto con triangoli) scendono. "
              "Al tuo sforzo attuale, {own_effort}, segnato da un cerchio grande: tu {own}, concorrenti {rivals}, "
              "opzione esterna {out}.",
        "fr": "Graphique en courbes : parts d'attention en fonction de votre effort A, de 0 à 10, avec {n} "
              "annonceurs, chaque concurrent fournissant un effort de {rivals_effort} et une option extérieure "
              "O = {outside}. Votre part (trait plein avec des cercles) part de 0 et monte de moins en moins vite ; "
              "la part des concurrents ensemble (tirets avec des carrés) et celle de l'option extérieure (trait-point "
              "avec des triangles) baissent. À votre effort actuel, {own_effort}, marqué par un grand cercle : "
              "vous {own}, concurrents {rivals}, option extérieure {out}.",
    },
    "alt.tv_caps": {
        "it": "Barre orizzontali: tetti di legge alla pubblicità televisiva (TUSMA nel testo del 2021; regole "
              "francesi del 2009–2010), in minuti di pubblicità per ora (asse in basso) e in quota del tempo (asse "
              "in alto). Italia (TUSMA, art. 45): Rai 3,6 minuti "
              "per ora in media (6 %) nelle fasce 6–18 e 18–24 e al massimo 7,2 minuti (12 %) in una singola ora; "
              "TV commerciali nazionali 12 minuti per ora in media (20 %) in ciascuna fascia. Francia: TV private "
              "9 minuti per ora in media giornaliera (15 %) e al massimo 12 minuti (20 %) in una singola ora; "
              "France Télévisions 6 minuti per ora in media (10 %), al massimo 8 minuti (13,3 %) in una singola ora "
              "e nessuna pubblicità commerciale tra le 20 e le 6. Barre piene: medie; barre tratteggiate: tetto in una singola "
              "ora.",
        # the reader's country first, as in the figure
        "fr": "Barres horizontales : plafonds légaux de publicité télévisée (règles françaises de 2009-2010 ; "
              "TUSMA dans son texte de 2021), en minutes de publicité par heure (axe du bas) et en part du temps "
              "(axe du haut). France : chaînes privées 9 minutes par heure en moyenne quotidienne (15 %) et au "
              "plus 12 minutes (20 %) dans une heure d'horloge donnée ; France Télévisions 6 minutes par heure en "
              "moyenne (10 %), au plus 8 minutes (13,3 %) dans une heure d'horloge donnée et aucun écran de "
              "publicité commerciale entre 20 h et 6 h. Italie (TUSMA, art. 45) : "
              "RAI 3,6 minutes par heure en moyenne (6 %) dans les tranches 6 h–18 h et "
              "18 h–24 h et au plus 7,2 minutes (12 %) dans une heure donnée ; chaînes "
              "commerciales nationales 12 minutes par heure en moyenne (20 %) dans chaque tranche. Barres "
              "pleines : moyennes ; barres hachurées : plafond dans une heure d'horloge donnée.",
    },
    "alt.spam_share": {
        "it": "Grafico a punti: quota di spam nel traffico e-mail secondo Kaspersky, {n} cifre pubblicate tra il "
              "{first_year} e il {last_year} (cerchi: dati annuali; quadrati: dati trimestrali). La quota scende: "
              "{first} % nel {first_year}, {last} % nel {last_year}; i valori più alti, oltre l'80 %, sono "
              "intorno al 2010.",
        "fr": "Nuage de points : part du spam dans le trafic de courriels selon Kaspersky, {n} chiffres publiés "
              "entre {first_year} et {last_year} (cercles : chiffres annuels ; carrés : chiffres "
              "trimestriels). La part passe de {first} % en {first_year} à {last} % en {last_year} ; "
              "les valeurs les plus hautes, au-dessus de 80 %, se situent autour de 2010.",
    },
    # table columns (cl.tables.localize)
    "col.period": {"it": "periodo", "fr": "période"},
    "col.spam_share_pct": {"it": "spam (% del traffico)", "fr": "spam (% du trafic)"},
    "col.vendor": {"it": "chi lo ha misurato", "fr": "éditeur"},
    "col.scope": {"it": "tipo di dato", "fr": "nature du chiffre"},
    "col.broadcaster_type": {"it": "emittente", "fr": "diffuseur"},
    "col.window": {"it": "fascia o misura", "fr": "tranche ou mesure"},
    "col.cap_pct": {"it": "tetto (% del tempo)", "fr": "plafond (% du temps)"},
    "col.cap_min_per_hour": {"it": "tetto (minuti per ora)", "fr": "plafond (minutes par heure)"},
    "col.valid_from": {"it": "in vigore dal", "fr": "en vigueur depuis le"},
    "col.valid_to": {"it": "fino al", "fr": "jusqu'au"},
    # table values
    "val.scope.annual": {"it": "annuale", "fr": "annuel"},
    "val.scope.annual (rounded)": {"it": "annuale (arrotondato)", "fr": "annuel (arrondi)"},
    "val.scope.annual estimate": {"it": "stima annuale", "fr": "estimation annuelle"},
    "val.scope.annual (stated equal to Q1 2010 average)": {
        "it": "annuale (uguale alla media del 1° trim. 2010)",
        "fr": "annuel (= moyenne du 1er trim. 2010)"},
    "val.scope.quarter": {"it": "trimestrale", "fr": "trimestriel"},
    "val.scope.month": {"it": "mensile", "fr": "mensuel"},
    "val.broadcaster_type.rai_public_service": {"it": "Rai (servizio pubblico)", "fr": "RAI (service public)"},
    "val.broadcaster_type.national_commercial_fta": {"it": "TV commerciali nazionali in chiaro",
                                                     "fr": "chaînes commerciales nationales gratuites"},
    "val.broadcaster_type.private": {"it": "TV private", "fr": "chaînes privées"},
    "val.broadcaster_type.france_televisions": {"it": "France Télévisions (servizio pubblico)",
                                                "fr": "France Télévisions (service public)"},
    "val.window.06-18": {"it": "fascia 6–18", "fr": "tranche 6 h–18 h"},
    "val.window.18-24": {"it": "fascia 18–24", "fr": "tranche 18 h–24 h"},
    "val.window.20-06": {"it": "fascia 20–6", "fr": "tranche 20 h–6 h"},
    "val.window.any_hour": {"it": "una singola ora", "fr": "une heure d'horloge donnée"},
    "val.window.daily_average": {"it": "media giornaliera", "fr": "moyenne quotidienne"},
})
# dates shown in the TV-caps tables of lesson 01 (valid_from / valid_to): Italian 31/12/2022, French 31 déc. 2022
_FR_MONTHS_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
for _iso in ("2009-01-05", "2022-12-31", "2023-01-01"):
    _y, _m, _d = (int(_p) for _p in _iso.split("-"))
    _fr_day = "1er" if _d == 1 else str(_d)
    for _col in ("valid_from", "valid_to"):
        TRANSLATIONS[f"val.{_col}.{_iso}"] = {"it": f"{_d:02d}/{_m:02d}/{_y}",
                                              "fr": f"{_fr_day}\u00a0{_FR_MONTHS_SHORT[_m - 1]}\u00a0{_y}"}
_MONTHS = {"it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                  "ottobre", "novembre", "dicembre"],
           "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                  "novembre", "décembre"]}
for _y in range(2005, 2031):  # periods of the spam table: "2011-Q1" (quarter) and "2015-06" (month)
    for _q in range(1, 5):
        TRANSLATIONS[f"val.period.{_y}-Q{_q}"] = {"it": f"{_y}, {_q}° trimestre",
                                                  "fr": f"{_y}, {_q}{'er' if _q == 1 else 'e'} trimestre"}
    for _m in range(1, 13):
        TRANSLATIONS[f"val.period.{_y}-{_m:02d}"] = {"it": f"{_MONTHS['it'][_m - 1]} {_y}",
                                                     "fr": f"{_MONTHS['fr'][_m - 1]} {_y}"}

# --- lessons 05-08: one module each, merged here ------------------------------------------------
from ._strings_05 import STRINGS as _S05  # noqa: E402
from ._strings_06 import STRINGS as _S06  # noqa: E402
from ._strings_07 import STRINGS as _S07  # noqa: E402
from ._strings_08 import STRINGS as _S08  # noqa: E402
from ._strings_site import STRINGS as _SSITE  # noqa: E402

for _part in (_S05, _S06, _S07, _S08, _SSITE):
    # a key shared by two lessons (e.g. a table column) may be defined twice only with the same text
    _twice = sorted(k for k in set(_part) & set(TRANSLATIONS) if _part[k] != TRANSLATIONS[k])
    if _twice:
        raise ValueError(f"translation keys defined twice with different texts: {_twice}")
    TRANSLATIONS.update(_part)


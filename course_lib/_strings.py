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
    "attention.label_own": {"it": "tu:", "fr": "vous\u00a0:"},
    "attention.label_rivals": {"it": "concorrenti:", "fr": "concurrents\u00a0:"},
    "attention.label_outside": {"it": "opzione esterna:", "fr": "option extérieure\u00a0:"},
    "escalation.label_n": {"it": "inserzionisti n:", "fr": "annonceurs n\u00a0:"},
    "escalation.label_total": {"it": "spesa totale / valore:", "fr": "dépense totale / valeur\u00a0:"},
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
    "slider.own_effort": {"it": "il tuo sforzo", "fr": "votre effort"},
    "slider.rivals_effort": {"it": "sforzo di ciascun concorrente", "fr": "effort de chaque concurrent"},
    "slider.outside": {"it": "opzione esterna O", "fr": "option extérieure O"},
    "slider.gamma": {"it": "γ (chi vince prende quasi tutto)", "fr": "γ (le gagnant rafle presque tout)"},
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

for _part in (_S05, _S06, _S07, _S08):
    _twice = sorted(set(_part) & set(TRANSLATIONS))
    if _twice:
        raise ValueError(f"translation keys defined twice: {_twice}")
    TRANSLATIONS.update(_part)


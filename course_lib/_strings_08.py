"""Translations of lesson 08 (cultivation): key -> {"it": ..., "fr": ...}.

Merged into :data:`course_lib._strings.TRANSLATIONS` (a key defined twice is an error).
French typography: non-breaking space (U+00A0) before ; : ! ? and inside « ».
"""
STRINGS: dict[str, dict[str, str]] = {
    # --- the bank's clients by earlier relationship ----------------------------------------
    "cult.group.none": {"it": "nessun contatto\nnelle campagne precedenti",
                        "fr": "aucun contact lors\ndes campagnes précédentes"},
    "cult.group.failure": {"it": "contattati prima:\ncampagna fallita", "fr": "déjà contactés\u00a0:\ncampagne échouée"},
    "cult.group.other": {"it": "contattati prima:\naltro esito", "fr": "déjà contactés\u00a0:\nautre issue"},
    "cult.group.success": {"it": "contattati prima:\ncampagna riuscita", "fr": "déjà contactés\u00a0:\ncampagne réussie"},
    "cult.rates.ci": {"it": "intervallo di confidenza al 95 %", "fr": "intervalle de confiance à 95\u00a0%"},
    "cult.rates.bar_label": {"it": "{rate} (su {n} clienti)", "fr": "{rate} (sur {n}\u00a0clients)"},
    "cult.rates.xlabel": {"it": "quota di clienti che hanno sottoscritto il deposito in questa campagna",
                          "fr": "part des clients ayant souscrit le dépôt lors de cette campagne"},
    "cult.rates.title": {"it": "I clienti già contattati in una campagna precedente sottoscrivono molto più spesso (dati descrittivi)",
                         "fr": "Les clients déjà sollicités par une campagne précédente souscrivent bien plus souvent (données descriptives)"},
    "alt.relationship_rates": {
        "it": "Grafico a barre orizzontali dei clienti della banca (dati UCI) che hanno sottoscritto un deposito, "
              "per relazione precedente con la banca, con intervalli di confidenza al 95 %: nessun contatto "
              "nelle campagne precedenti {none}; contattati prima con campagna fallita {failure}; con altro "
              "esito {other}; con campagna precedente riuscita {success} (su {n_success} clienti). Gli "
              "intervalli sono stretti. Dati descrittivi, non causali.",
        "fr": "Diagramme en barres horizontales des clients de la banque (données UCI) ayant souscrit un dépôt, selon "
              "leur relation antérieure avec la banque, avec des intervalles de confiance à 95\u00a0%\u00a0: "
              "aucun contact lors des campagnes précédentes {none}\u00a0; déjà contactés, campagne échouée "
              "{failure}\u00a0; autre issue {other}\u00a0; campagne précédente réussie {success} (sur "
              "{n_success}\u00a0clients). Les intervalles sont étroits. Données descriptives, non causales.",
    },
    # --- the budget split over three years (view and demo) ----------------------------------
    "cult.view.all_interruption": {"it": "tutto sull'interruzione", "fr": "tout sur l'interruption"},
    "cult.view.all_permission": {"it": "tutto sul permesso", "fr": "tout sur la permission"},
    "cult.view.mix": {"it": "la tua ripartizione", "fr": "votre répartition"},
    "cult.view.label_share": {"it": "quota all'interruzione:", "fr": "part pour l'interruption\u00a0:"},
    "cult.view.label_customers": {"it": "clienti dopo 3 anni:", "fr": "clients après 3\u00a0ans\u00a0:"},
    "cult.view.label_value": {"it": "valore in 3 anni:", "fr": "valeur sur 3\u00a0ans\u00a0:"},
    "cult.view.label_value_int": {"it": "valore, tutto sull'interruzione:", "fr": "valeur, tout sur l'interruption\u00a0:"},
    "cult.view.label_value_perm": {"it": "valore, tutto sul permesso:", "fr": "valeur, tout sur la permission\u00a0:"},
    "cult.view.k_euro": {"it": "{v} mila €", "fr": "{v}\u00a0k€"},
    "cult.view.xlabel": {"it": "mese", "fr": "mois"},
    "cult.view.ylabel": {"it": "clienti attivi a inizio mese", "fr": "clients actifs en début de mois"},
    "cult.view.title": {"it": "Acquisire e coltivare: la base clienti in tre anni",
                        "fr": "Acquérir et cultiver\u00a0: la base de clients sur trois ans"},
    "slider.cult_budget": {"it": "budget mensile (migliaia di €)", "fr": "budget mensuel (k€)"},
    "slider.cult_share": {"it": "% del budget all'interruzione", "fr": "part pour l'interruption (%)"},
    "alt.cultivation": {
        "it": "Grafico a linee dei clienti attivi mese per mese per tre anni, con un budget di {budget} mila "
              "euro al mese, partendo da 200 clienti. Tutto sull'interruzione (linea continua con cerchi): "
              "la base arriva a {n_int} clienti, valore in 3 anni {v_int} mila euro. Tutto sul "
              "permesso (tratteggio con quadrati): la base arriva a {n_perm} clienti, valore {v_perm} mila "
              "euro. La tua ripartizione, {share} % all'interruzione (linea spessa con triangoli): {n_mix} "
              "clienti, valore {v_mix} mila euro.",
        "fr": "Graphique en courbes des clients actifs mois par mois pendant trois ans, avec un budget de "
              "{budget}\u00a0k€ par mois, à partir de 200\u00a0clients. Tout sur l'interruption "
              "(trait plein à ronds)\u00a0: la base atteint {n_int}\u00a0clients, valeur sur "
              "3\u00a0ans {v_int}\u00a0k€. Tout sur la permission (tirets à carrés)\u00a0: la base atteint "
              "{n_perm}\u00a0clients, valeur {v_perm}\u00a0k€. Votre répartition, {share}\u00a0% pour "
              "l'interruption (trait épais à triangles)\u00a0: {n_mix}\u00a0clients, valeur {v_mix}\u00a0k€.",
    },
    # --- the value of each split ------------------------------------------------------------
    "cult.split.value": {"it": "valore in 3 anni (scala a sinistra)", "fr": "valeur sur 3\u00a0ans (échelle de gauche)"},
    "cult.split.customers": {"it": "clienti dopo 3 anni (scala a destra)", "fr": "clients après 3\u00a0ans (échelle de droite)"},
    "cult.split.best": {"it": "valore massimo: {share} % all'interruzione",
                        "fr": "valeur maximale\u00a0: {share}\u00a0% pour l'interruption"},
    "cult.split.xlabel": {"it": "quota del budget mensile spesa per l'interruzione (acquisizione)",
                          "fr": "part du budget mensuel consacrée à l'interruption (acquisition)"},
    "cult.split.ylabel": {"it": "valore attualizzato in 3 anni (migliaia di €)",
                          "fr": "valeur actualisée sur 3\u00a0ans (k€)"},
    "cult.split.ylabel2": {"it": "clienti dopo 3 anni", "fr": "clients après 3\u00a0ans"},
    "cult.split.title": {"it": "Budget di {budget} mila € al mese: né tutto sull'interruzione né tutto sul permesso",
                         "fr": "Budget de {budget}\u00a0k€ par mois\u00a0: ni tout sur l'interruption, ni tout sur la permission"},
    "alt.budget_split": {
        "it": "Grafico a linee con un budget di {budget} mila euro al mese. In orizzontale la quota del budget "
              "spesa per l'interruzione, da 0 a 100 %. Il valore attualizzato in 3 anni (linea punteggiata "
              "con rombi) parte da {v_0} mila euro con 0 %, sale fino a un massimo di {v_best} mila euro con "
              "{best} % e ridiscende a {v_100} mila euro con 100 %. I clienti dopo 3 anni (linea a tratto e "
              "punto con triangoli, scala a destra) hanno un andamento a campana simile; con la quota migliore "
              "sono {n_best}.",
        "fr": "Graphique en courbes avec un budget de {budget}\u00a0k€ par mois. En abscisse, la "
              "part du budget consacrée à l'interruption, de 0 à 100\u00a0%. La valeur actualisée sur 3\u00a0ans "
              "(pointillés à losanges) part de {v_0}\u00a0k€ à 0\u00a0%, monte jusqu'à un maximum de "
              "{v_best}\u00a0k€ à {best}\u00a0% et redescend à {v_100}\u00a0k€ à 100\u00a0%. Les clients après "
              "3\u00a0ans (trait mixte à triangles, échelle de droite) suivent une courbe en cloche semblable\u00a0; "
              "à la meilleure part, ils sont {n_best}.",
    },
    # --- tables shown in the lesson (cl.tables.localize) -------------------------------------
    "col.previous_contacts": {"it": "contatti nelle campagne precedenti", "fr": "contacts lors des campagnes précédentes"},
    "col.previous_outcome": {"it": "esito della campagna precedente", "fr": "issue de la campagne précédente"},
    "col.clients": {"it": "clienti", "fr": "clients"},
    "col.subscribed": {"it": "hanno sottoscritto", "fr": "ont souscrit"},
    "col.rate_pct": {"it": "tasso (%)", "fr": "taux (%)"},
    "col.horizon": {"it": "orizzonte (anni)", "fr": "horizon (années)"},
    "col.retention": {"it": "tasso di ritenzione r", "fr": "taux de rétention r"},
    "col.clv": {"it": "CLV (€)", "fr": "CLV (€)"},
    "col.gap": {"it": "distanza dalla formula chiusa (€)", "fr": "écart à la formule fermée (€)"},
    "val.previous_outcome.unknown": {"it": "non disponibile", "fr": "non disponible"},
    "val.previous_outcome.failure": {"it": "fallita", "fr": "échec"},
    "val.previous_outcome.other": {"it": "altro", "fr": "autre"},
    "val.previous_outcome.success": {"it": "riuscita", "fr": "succès"},
}

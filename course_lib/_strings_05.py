"""Translations of lesson 05 (targeting): key -> {"it": ..., "fr": ...}.

Merged into :data:`course_lib._strings.TRANSLATIONS` (a key defined twice is an error).
French typography: non-breaking space (U+00A0) before ; : ! ? and inside « ».
"""
STRINGS: dict[str, dict[str, str]] = {
    # --- bar chart and demo: mass versus targeted --------------------------------------------------
    "targeting.title": {
        "it": "Stesso budget ({budget} €), stesso messaggio: campagna di massa o mirata",
        "fr": "Même budget ({budget}\u00a0€), même message\u00a0: campagne de masse ou ciblée",
    },
    "targeting.xlabel": {"it": "campagna", "fr": "campagne"},
    "targeting.mass": {"it": "di massa", "fr": "de masse"},
    "targeting.targeted": {"it": "mirata", "fr": "ciblée"},
    "targeting.panel.responses": {"it": "risposte", "fr": "réponses"},
    "targeting.panel.annoyed": {"it": "persone infastidite", "fr": "personnes importunées"},
    "targeting.panel.cost_per_response": {"it": "costo per risposta", "fr": "coût par réponse"},
    "targeting.spent": {
        "it": "spesa effettiva: di massa {mass}, mirata {targeted}",
        "fr": "dépense effective\u00a0: de masse {mass}, ciblée {targeted}",
    },
    "slider.precision_pct": {"it": "precisione del targeting (%)", "fr": "précision du ciblage (%)"},
    "slider.relevance_pct": {"it": "pertinenza del messaggio (%)", "fr": "pertinence du message (%)"},
    # --- line chart: responses against precision ----------------------------------------------------
    "targeting_curve.title": {
        "it": "Quando la campagna mirata ottiene più risposte?",
        "fr": "Quand la campagne ciblée obtient-elle plus de réponses\u00a0?",
    },
    "targeting_curve.xlabel": {
        "it": "precisione del targeting (quota di interessati tra i contattati)",
        "fr": "précision du ciblage (part d'intéressés parmi les contactés)",
    },
    "targeting_curve.ylabel": {"it": "risposte attese", "fr": "réponses attendues"},
    "targeting.curve_targeted": {"it": "campagna mirata", "fr": "campagne ciblée"},
    "targeting.curve_mass": {"it": "campagna di massa", "fr": "campagne de masse"},
    "targeting.break_even": {"it": "pareggio: {p}\u00a0%", "fr": "seuil\u00a0: {p}\u00a0%"},
    # --- alt text -------------------------------------------------------------------------------------
    "alt.mass_vs_targeted": {
        "it": "Tre grafici a barre affiancati, ciascuno con una barra per la campagna di massa (puntinata) e una "
              "per la campagna mirata (a righe oblique), con lo stesso budget di {budget} euro, precisione del "
              "targeting {p} % e pertinenza del messaggio {r} %. Risposte: {resp_m} di massa, {resp_t} mirata. "
              "Persone infastidite: {ann_m} di massa, {ann_t} mirata. Costo per risposta: {cpr_m} di massa, "
              "{cpr_t} mirata.",
        "fr": "Trois graphiques en barres côte à côte, chacun avec une barre pour la campagne de masse "
              "(pointillée) et une pour la campagne ciblée (hachurée), avec le même budget de {budget}\u00a0euros, "
              "une précision du ciblage de {p}\u00a0% et une pertinence du message de {r}\u00a0%. Réponses\u00a0: "
              "{resp_m} pour la campagne de masse, {resp_t} pour la campagne ciblée. Personnes importunées\u00a0: "
              "{ann_m} pour la campagne de masse, {ann_t} pour la campagne ciblée. Coût par réponse\u00a0: {cpr_m} "
              "pour la campagne de masse, {cpr_t} pour la campagne ciblée.",
    },
    "alt.targeting_precision": {
        "it": "Grafico a linee: in orizzontale la precisione del targeting da 0 a 100 %, in verticale le risposte "
              "attese, con pertinenza del messaggio {r} %. La campagna di massa è una retta orizzontale a {mass} "
              "risposte. La campagna mirata (linea tratteggiata) sale in linea retta con la precisione, incrocia la "
              "campagna di massa al {p_star} % di precisione (linea verticale: la precisione di pareggio) e si ferma a {top} "
              "risposte dal {p_top} % in poi, quando la lista contiene già tutti gli interessati.",
        "fr": "Graphique en lignes\u00a0: en abscisse la précision du ciblage de 0 à 100\u00a0%, en ordonnée les "
              "réponses attendues, avec une pertinence du message de {r}\u00a0%. La campagne de masse est une "
              "droite horizontale à {mass} réponses. La campagne ciblée (ligne en tirets) monte en ligne droite avec "
              "la précision, croise la campagne de masse à {p_star}\u00a0% de précision (ligne verticale : "
              "la précision seuil) et plafonne à {top} réponses à partir de {p_top}\u00a0%, quand la liste contient déjà "
              "toutes les personnes intéressées.",
    },
    # --- table headers and values shown in lesson 05 (cl.tables.localize) ----------------------------
    "col.strategy": {"it": "campagna", "fr": "campagne"},
    "val.strategy.mass": {"it": "di massa", "fr": "de masse"},
    "val.strategy.targeted": {"it": "mirata", "fr": "ciblée"},
    "col.reached": {"it": "persone raggiunte", "fr": "personnes atteintes"},
    "col.interested": {"it": "interessati raggiunti", "fr": "intéressés atteints"},
    "col.not_interested": {"it": "non interessati raggiunti", "fr": "non-intéressés atteints"},
    "col.attention": {"it": "attenzione media degli interessati", "fr": "attention moyenne des intéressés"},
    "col.responses": {"it": "risposte", "fr": "réponses"},
    "col.annoyed": {"it": "persone infastidite", "fr": "personnes importunées"},
    "col.spent": {"it": "spesa (€)", "fr": "dépense (€)"},
    "col.cost_per_response": {"it": "costo per risposta (€)", "fr": "coût par réponse (€)"},
    "col.precision": {"it": "precisione", "fr": "précision"},
    "col.mass_cpr": {"it": "costo per risposta, campagna di massa (€)", "fr": "coût par réponse, campagne de masse (€)"},
    "col.targeted_cpr": {"it": "costo per risposta, campagna mirata (€)", "fr": "coût par réponse, campagne ciblée (€)"},
    "col.usable": {"it": "persone utilizzabili", "fr": "personnes utilisables"},
}

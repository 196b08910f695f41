"""Translations of lesson 06 (permission): key -> {"it": ..., "fr": ...}.

Merged into :data:`course_lib._strings.TRANSLATIONS` (a key defined twice is an error).
French typography: non-breaking space (U+00A0) before ; : ! ? and inside « ».
"""
STRINGS: dict[str, dict[str, str]] = {
    # --- opt-in funnels (static figure) ---
    "optin_funnel.title": {
        "it": "Opt-in singolo e doppio opt-in: chi arriva nella lista",
        "fr": "Opt-in simple et double opt-in\u00a0: qui arrive dans la liste",
    },
    "optin_funnel.xlabel": {"it": "fase dell'iscrizione", "fr": "étape de l'inscription"},
    "optin_funnel.ylabel": {"it": "persone", "fr": "personnes"},
    "optin_funnel.single": {"it": "opt-in singolo", "fr": "opt-in simple"},
    "optin_funnel.double": {"it": "doppio opt-in (con conferma)", "fr": "double opt-in (avec confirmation)"},
    "optin_funnel.stage_visitors": {"it": "visitano la pagina\ndi iscrizione", "fr": "visitent la page\nd'inscription"},
    "optin_funnel.stage_form": {"it": "inviano\nil modulo", "fr": "envoient\nle formulaire"},
    "optin_funnel.stage_list": {"it": "sono nella lista", "fr": "sont dans la liste"},
    "optin_funnel.confirm_note": {"it": "tasso di conferma: {pct}", "fr": "taux de confirmation\u00a0: {pct}"},
    "alt.optin_funnels": {
        "it": "Grafico a barre affiancate per tre fasi dell'iscrizione a una newsletter, opt-in singolo "
              "(barre piene) e doppio opt-in (barre tratteggiate). {visitors} persone visitano la pagina di "
              "iscrizione e {forms} inviano il modulo in entrambi i casi; nella lista entrano {single} persone "
              "con l'opt-in singolo e {double} con il doppio opt-in, perché solo il {pct} clicca il link di "
              "conferma: {lost} iscritti in meno, ma indirizzi verificati.",
        "fr": "Diagramme en barres groupées pour trois étapes de l'inscription à une lettre d'information, "
              "opt-in simple (barres pleines) et double opt-in (barres hachurées). {visitors} personnes visitent "
              "la page d'inscription et {forms} envoient le formulaire dans les deux cas\u00a0; {single} personnes "
              "entrent dans la liste avec l'opt-in simple et {double} avec le double opt-in, car seulement {pct} d'entre elles "
              "cliquent sur le lien de confirmation\u00a0: {lost} abonnés de moins, mais des adresses vérifiées.",
    },
    # --- a year of sends (static figure and demo) ---
    "sendfreq.title": {
        "it": "Un anno di invii: risposte e iscritti secondo la frequenza",
        "fr": "Une année d'envois\u00a0: réponses et abonnés selon la fréquence",
    },
    "sendfreq.xlabel": {"it": "invii a settimana", "fr": "envois par semaine"},
    "sendfreq.ylabel": {"it": "risposte nell'anno (migliaia)", "fr": "réponses dans l'année (en milliers)"},
    "sendfreq.ylabel_right": {"it": "iscritti a fine anno (migliaia)", "fr": "abonnés en fin d'année (en milliers)"},
    "sendfreq.responses": {"it": "risposte nell'anno", "fr": "réponses dans l'année"},
    "sendfreq.list": {"it": "iscritti a fine anno", "fr": "abonnés en fin d'année"},
    "sendfreq.optimum": {"it": "frequenza ottimale", "fr": "fréquence optimale"},
    "sendfreq.label_resp": {"it": "risposte nell'anno:", "fr": "réponses dans l'année\u00a0:"},
    "sendfreq.label_list": {"it": "iscritti a fine anno:", "fr": "abonnés en fin d'année\u00a0:"},
    "sendfreq.label_eng": {"it": "coinvolgimento per invio:", "fr": "engagement par envoi\u00a0:"},
    "sendfreq.label_best": {"it": "frequenza ottimale (a settimana):", "fr": "fréquence optimale (par semaine)\u00a0:"},
    "sendfreq.label_relevance": {"it": "pertinenza r:", "fr": "pertinence r\u00a0:"},
    "alt.sending_frequency": {
        "it": "Grafico a due assi verticali, in orizzontale gli invii a settimana da 0 a 7. La curva delle "
              "risposte nell'anno (linea tratteggiata con quadrati, asse sinistro) sale, tocca il massimo a "
              "{best} invii a settimana ({best_resp} risposte, segnato da un rombo) e poi scende; la curva degli "
              "iscritti a fine anno (linea a tratto e punto con triangoli, asse destro) scende sempre al crescere "
              "degli invii, da {lst0} iscritti senza invii. Pertinenza {r}; invii a settimana scelti (banda "
              "grigia): {s}, con {resp} risposte nell'anno, {lst} iscritti a fine anno e un coinvolgimento per "
              "invio del {eng}.",
        "fr": "Graphique à deux axes verticaux, en abscisse les envois par semaine de 0 à 7. La courbe des "
              "réponses dans l'année (tirets et carrés, axe de gauche) monte, atteint son maximum pour une "
              "fréquence de {best} par semaine ({best_resp} réponses, marqué d'un losange) puis redescend\u00a0; "
              "la courbe des abonnés en fin d'année (trait mixte et triangles, axe de droite) baisse toujours "
              "quand les envois augmentent, à partir de {lst0} abonnés sans envoi. Pertinence {r}\u00a0; à une "
              "fréquence de {s} par semaine (bande grise)\u00a0: {resp} réponses dans l'année, {lst} abonnés en "
              "fin d'année, engagement par envoi de {eng}.",
    },
    "slider.sends_per_week": {"it": "invii a settimana", "fr": "envois par semaine"},
    "slider.relevance": {"it": "pertinenza dei messaggi r", "fr": "pertinence des messages r"},
    # --- table of the lesson (cl.tables.localize) ---
    "col.sends_per_week": {"it": "invii a settimana", "fr": "envois par semaine"},
    "col.year_responses": {"it": "risposte nell'anno", "fr": "réponses dans l'année"},
    "col.year_unsubscribed": {"it": "disiscrizioni nell'anno", "fr": "désabonnements dans l'année"},
    "col.year_end_list": {"it": "iscritti a fine anno", "fr": "abonnés en fin d'année"},
    "col.engagement_per_send_pct": {"it": "coinvolgimento per invio (%)", "fr": "engagement par envoi (%)"},
    "col.week_1": {"it": "settimana 1", "fr": "semaine 1"},
    "col.week_13": {"it": "settimana 13", "fr": "semaine 13"},
    "col.week_26": {"it": "settimana 26", "fr": "semaine 26"},
    "col.week_52": {"it": "settimana 52", "fr": "semaine 52"},
    "col.optin": {"it": "iscrizione", "fr": "inscription"},
    "val.optin.single": {"it": "opt-in singolo", "fr": "opt-in simple"},
    "val.optin.double": {"it": "doppio opt-in", "fr": "double opt-in"},
    "col.visitors": {"it": "visitatori", "fr": "visiteurs"},
    "col.forms_sent": {"it": "moduli inviati", "fr": "formulaires envoyés"},
    "col.on_list": {"it": "iscritti nella lista", "fr": "abonnés dans la liste"},
}

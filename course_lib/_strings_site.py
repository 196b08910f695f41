"""Translations of the course website's own words (scripts/build_site.py): key -> {"it", "fr"}.

Merged into :data:`course_lib._strings.TRANSLATIONS`. The theme's interface words (search,
contents, previous / next) come from Sphinx's own Italian and French translations.
"""
NBSP = "\u00a0"

STRINGS: dict[str, dict[str, str]] = {
    "site.title": {"it": "Marketing dell'interruzione e permission marketing",
                   "fr": "Marketing d'interruption et permission marketing"},
    "site.other_language": {"it": "Version française", "fr": "Versione italiana"},
    "site.handout": {"it": "Dispensa stampabile (PDF)", "fr": "Fiche imprimable (PDF)"},
    "site.search": {"it": "Cerca nel corso…", "fr": "Rechercher dans le cours…"},
    "site.glossary": {"it": "Glossario del corso", "fr": "Glossaire du cours"},
    "site.glossary_intro": {
        "it": "Tutti i termini del corso, con la definizione e l'equivalente inglese.",
        "fr": "Tous les termes du cours, avec leur définition et leur équivalent anglais.",
    },
    "site.english": {"it": "inglese", "fr": "anglais"},
    "site.data": {"it": "Schede dei dati", "fr": "Fiches des données"},
    "site.data_intro": {
        "it": "Ogni file di dati del corso ha una scheda: in apertura una presentazione in italiano (che cosa "
              "contiene, fonte e licenza, lezione, limiti), seguita da quella in francese e dalla scheda completa in "
              "inglese (derivazione, colonne).",
        "fr": "Chaque fichier de données du cours a une fiche\u00a0: en tête, une présentation en italien puis en "
              "français (contenu, source et licence, leçon, limites), suivie de la fiche complète en anglais "
              "(dérivation, colonnes).",
    },
    "site.data_used": {"it": "Dati usati in questa lezione: {cards}.",
                       "fr": "Données utilisées dans cette leçon\u00a0: {cards}."},
    "site.demo_note": {
        "it": "Immagini precalcolate con il codice della demo, al variare di «{label}»; gli altri cursori "
              "restano ai valori predefiniti. Per usare tutti i cursori dal vivo apri la lezione in JupyterLab, "
              "oppure la galleria con Voilà.",
        "fr": "Images précalculées par le code de la démo quand «\u00a0{label}\u00a0» varie\u00a0; les autres "
              "curseurs restent à leur valeur par défaut. Pour utiliser tous les curseurs en direct, ouvrez la "
              "leçon dans JupyterLab, ou la galerie avec Voilà.",
    },
    "site.frame_alt": {"it": "{alt}, con «{label}» = {value}", "fr": "{alt}, avec «\u00a0{label}\u00a0» = {value}"},
    "site.choose": {"it": "Scegli la lingua", "fr": "Choisissez la langue"},
}

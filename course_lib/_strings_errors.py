"""Validation messages in English (no language selected) and in the course's languages.

:mod:`course_lib._validate` builds every ValueError from these templates, and so does every module
whose errors a student can meet (bad data files, counts tables, figure arguments...), through
``_validate._err(key, **fmt)`` (``_err(key, DataFileNotFoundError, ...)`` for another exception type)
or ``_validate._msg`` for a part of a message: once a notebook has called ``cl.set_language("it")``
or ``("fr")``, a student who passes a bad value reads the message in the notebook's language; a
script that never selects a language gets English. ``tests/test_error_language.py`` fails on a
hand-written message (outside its short allow-list of authoring and instructor errors), on a
template without its three languages or fields, and on a template no test triggers for real.
French typography: non-breaking space (U+00A0) before ; : ! ?
"""
NBSP = "\u00a0"

ERRORS: dict[str, dict[str, str]] = {
    "real": {
        "en": "{name} must be a real number in {rng}; got {value}",
        "it": "{name} deve essere un numero reale in {rng}; valore ricevuto: {value}",
        "fr": "{name} doit être un nombre réel dans {rng}\u00a0; valeur reçue\u00a0: {value}",
    },
    "too_large": {
        "en": "{name} must be a real number in {rng}; got a number too large for a float: {value}",
        "it": "{name} deve essere un numero reale in {rng}; il numero ricevuto è troppo grande: {value}",
        "fr": "{name} doit être un nombre réel dans {rng}\u00a0; le nombre reçu est trop grand\u00a0: {value}",
    },
    "rgba_shape": {
        "en": "{name} must be an (H, W, 4) uint8 array with H, W >= 1; got shape {shape}",
        "it": "{name} deve essere un array uint8 di forma (H, W, 4) con H, W >= 1; forma ricevuta: {shape}",
        "fr": "{name} doit être un tableau uint8 de forme (H, W, 4) avec H, W >= 1\u00a0; forme reçue\u00a0: {shape}",
    },
    "ndim": {
        "en": "{name} must have {want} dimension(s); got shape {shape}",
        "it": "{name} deve avere {want} dimensioni; forma ricevuta: {shape}",
        "fr": "{name} doit avoir {want} dimension(s)\u00a0; forme reçue\u00a0: {shape}",
    },
    "empty": {
        "en": "{name} must not be empty; got shape {shape}",
        "it": "{name} non deve essere vuoto; forma ricevuta: {shape}",
        "fr": "{name} ne doit pas être vide\u00a0; forme reçue\u00a0: {shape}",
    },
    "finite": {
        "en": "{name} must be finite, in {rng}; got {bad} in {value}",
        "it": "{name} deve essere un numero finito in {rng}; ricevuto {bad} in {value}",
        "fr": "{name} doit être un nombre fini dans {rng}\u00a0; reçu {bad} dans {value}",
    },
    "range": {
        "en": "{name} must be in {rng}; got {bad}{where}",
        "it": "{name} deve essere in {rng}; ricevuto {bad}{where}",
        "fr": "{name} doit être dans {rng}\u00a0; reçu {bad}{where}",
    },
    "in": {"en": " in {value}", "it": " in {value}", "fr": " dans {value}"},
    "int": {
        "en": "{name} must be an integer in {rng}; got {value}",
        "it": "{name} deve essere un numero intero in {rng}; valore ricevuto: {value}",
        "fr": "{name} doit être un nombre entier dans {rng}\u00a0; valeur reçue\u00a0: {value}",
    },
    "choice": {
        "en": "{name} must be one of {choices}; got {value}",
        "it": "{name} deve essere uno tra {choices}; valore ricevuto: {value}",
        "fr": "{name} doit être l'une des valeurs {choices}\u00a0; valeur reçue\u00a0: {value}",
    },
    "bool": {
        "en": "{name} must be True or False; got {value}",
        "it": "{name} deve essere True o False; valore ricevuto: {value}",
        "fr": "{name} doit être True ou False\u00a0; valeur reçue\u00a0: {value}",
    },
    "broadcast": {
        "en": "parameters {names} must broadcast together (numpy rules); got shapes {shapes}",
        "it": "i parametri {names} devono avere forme compatibili (regole di numpy); forme ricevute: {shapes}",
        "fr": "les paramètres {names} doivent avoir des formes compatibles (règles de numpy)\u00a0; "
              "formes reçues\u00a0: {shapes}",
    },
    "array_of_shape": {"en": "array of shape {shape}", "it": "array di forma {shape}", "fr": "tableau de forme {shape}"},
    "list_sep": {"en": "; ", "it": "; ", "fr": "\u00a0; "},
    # ---------------------------------------------------------------- data files (datasets.py)
    "data_not_found": {
        "en": "data file {file} not found in {where}. Restore it from the course repository (data/{name}), "
              "or set {env} to the folder that holds the course data files.",
        "it": "file di dati {file} non trovato {where}. Ripristinalo dal repository del corso (data/{name}) "
              "oppure imposta {env} sulla cartella che contiene i file di dati del corso.",
        "fr": "fichier de données {file} introuvable {where}. Restaurez-le à partir du dépôt du cours "
              "(data/{name}) ou faites pointer {env} vers le dossier qui contient les fichiers de données du cours.",
    },
    # the folder, after "not found in" (Italian and French put the preposition in the fragment)
    "data_folder": {"en": "the data folder {folder}", "it": "nella cartella dei dati {folder}",
                    "fr": "dans le dossier de données {folder}"},
    "data_folder_env": {
        "en": "the data folder {folder} (set by the environment variable {env})",
        "it": "nella cartella dei dati {folder} (impostata dalla variabile d'ambiente {env})",
        "fr": "dans le dossier de données {folder} (défini par la variable d'environnement {env})",
    },
    "data_not_utf8": {
        "en": "{file}: the file is not valid UTF-8 text",
        "it": "{file}: il file non è un testo UTF-8 valido",
        "fr": "{file}\u00a0: le fichier n'est pas un texte UTF-8 valide",
    },
    "data_not_csv": {
        "en": "{file}: cannot be read as CSV ({detail})",
        "it": "{file}: non si riesce a leggerlo come CSV ({detail})",
        "fr": "{file}\u00a0: impossible de le lire comme un fichier CSV ({detail})",
    },
    "data_empty_file": {
        "en": "{file}: the file is empty (not even a header line)",
        "it": "{file}: il file è vuoto (manca anche la riga di intestazione)",
        "fr": "{file}\u00a0: le fichier est vide (il n'a même pas de ligne d'en-tête)",
    },
    "data_columns": {
        "en": "{file}: {problems}; expected exactly the columns {expected}",
        "it": "{file}: {problems}; le colonne attese sono esattamente {expected}",
        "fr": "{file}\u00a0: {problems}\u00a0; les colonnes attendues sont exactement {expected}",
    },
    "data_missing_columns": {"en": "missing column(s) {cols}", "it": "colonne mancanti {cols}",
                             "fr": "colonne(s) manquante(s) {cols}"},
    "data_extra_columns": {"en": "unexpected column(s) {cols}", "it": "colonne inattese {cols}",
                           "fr": "colonne(s) inattendue(s) {cols}"},
    "data_repeated_columns": {"en": "repeated column(s) {cols}", "it": "colonne ripetute {cols}",
                              "fr": "colonne(s) répétée(s) {cols}"},
    "data_no_rows": {
        "en": "{file}: the file has a header but no rows",
        "it": "{file}: il file ha l'intestazione ma nessuna riga di dati",
        "fr": "{file}\u00a0: le fichier a une ligne d'en-tête mais aucune ligne de données",
    },
    "data_bad_row": {
        "en": "{file}: column {col} {what}; got {value} on line {line}",
        "it": "{file}: la colonna {col} {what}; trovato {value} alla riga {line}",
        "fr": "{file}\u00a0: la colonne {col} {what}\u00a0; trouvé {value} à la ligne {line}",
    },
    "row_not_empty": {"en": "must not be empty", "it": "non deve essere vuota", "fr": "ne doit pas être vide"},
    "row_bool": {"en": "must be true or false", "it": "deve valere true o false", "fr": "doit valoir true ou false"},
    "row_int": {"en": "must be an integer", "it": "deve contenere numeri interi",
                "fr": "doit contenir des nombres entiers"},
    "row_number": {"en": "must be a number", "it": "deve contenere numeri", "fr": "doit contenir des nombres"},
    "row_int_range": {"en": "must be an integer in {rng}", "it": "deve contenere numeri interi in {rng}",
                      "fr": "doit contenir des nombres entiers dans {rng}"},
    "row_range": {"en": "must be in {rng}", "it": "deve avere valori in {rng}", "fr": "doit avoir des valeurs dans {rng}"},
    "row_period": {
        "en": "must be a year YYYY, a quarter YYYY-Qn or a month YYYY-MM",
        "it": "deve contenere un anno AAAA, un trimestre AAAA-Qn o un mese AAAA-MM",
        "fr": "doit contenir une année AAAA, un trimestre AAAA-Qn ou un mois AAAA-MM",
    },
    "row_cap_pct": {
        "en": "must equal cap_min_per_hour / 60 x 100 (to {tol})",
        "it": "deve essere uguale a cap_min_per_hour / 60 x 100 (con uno scarto massimo di {tol})",
        "fr": "doit être égale à cap_min_per_hour / 60 x 100 (à {tol} près)",
    },
    "row_choice": {"en": "must be one of {choices}", "it": "deve contenere uno tra {choices}",
                   "fr": "doit contenir l'une des valeurs {choices}"},
    "row_date": {
        "en": "must be an ISO date YYYY-MM-DD or empty",
        "it": "deve contenere una data ISO AAAA-MM-GG o essere vuota",
        "fr": "doit contenir une date ISO AAAA-MM-JJ ou être vide",
    },
    "row_in_force": {
        "en": "must be true exactly when 'valid_to' is empty",
        "it": "deve valere true se e solo se 'valid_to' è vuota",
        "fr": "doit valoir true si et seulement si 'valid_to' est vide",
    },
    "row_valid_to": {"en": "must not be before 'valid_from'", "it": "non deve essere precedente a 'valid_from'",
                     "fr": "ne doit pas être antérieure à 'valid_from'"},
    "row_previous_outcome": {
        "en": "must be 'unknown' when 'previous_contacts' is '0' (no earlier campaign)",
        "it": "deve valere 'unknown' quando 'previous_contacts' è '0' (nessuna campagna precedente)",
        "fr": "doit valoir 'unknown' quand 'previous_contacts' vaut '0' (aucune campagne précédente)",
    },
    "row_key": {"en": "must be a snake_case identifier", "it": "deve contenere un identificatore in snake_case",
                "fr": "doit contenir un identifiant en snake_case"},
    "data_duplicate": {
        "en": "{file}: duplicate key in column {col}: {value} on line {line}",
        "it": "{file}: chiave duplicata nella colonna {col}: {value} alla riga {line}",
        "fr": "{file}\u00a0: clé en double dans la colonne {col}\u00a0: {value} à la ligne {line}",
    },
    "data_subscribed_over": {
        "en": "{file}: column 'subscribed' must not exceed column 'clients'; "
              "got subscribed={subscribed} > clients={clients} on line {line}",
        "it": "{file}: la colonna 'subscribed' non deve superare la colonna 'clients'; "
              "trovato subscribed={subscribed} > clients={clients} alla riga {line}",
        "fr": "{file}\u00a0: la colonne 'subscribed' ne doit pas dépasser la colonne 'clients'\u00a0; "
              "trouvé subscribed={subscribed} > clients={clients} à la ligne {line}",
    },
    "data_missing_row": {
        "en": "{file}: the row of vendor {vendor} for period {period} is missing; "
              "the course's exercises and figures use it",
        "it": "{file}: manca la riga del fornitore {vendor} per il periodo {period}; "
              "la usano gli esercizi e i grafici del corso",
        "fr": "{file}\u00a0: la ligne de l'éditeur {vendor} pour la période {period} est absente\u00a0; "
              "les exercices et les graphiques du cours l'utilisent",
    },
    "data_no_in_force": {
        "en": "{file}: column 'in_force' must be true on at least one row (no cap in force)",
        "it": "{file}: la colonna 'in_force' deve valere true in almeno una riga (nessun limite in vigore)",
        "fr": "{file}\u00a0: la colonne 'in_force' doit valoir true sur au moins une ligne (aucun plafond en vigueur)",
    },
    "exercise_missing_row": {
        "en": "{file}: the exercise needs the {vendor} row for period {period}, which is missing",
        "it": "{file}: l'esercizio ha bisogno della riga di {vendor} per il periodo {period}, che manca",
        "fr": "{file}\u00a0: l'exercice a besoin de la ligne {vendor} pour la période {period}, qui est absente",
    },
    # ---------------------------------------------------------------- counts tables (realdata.py)
    "counts_missing_column": {
        "en": "counts is missing the column {col} (accepted names: {names}); got columns {got}",
        "it": "in counts manca la colonna {col} (nomi accettati: {names}); colonne ricevute: {got}",
        "fr": "il manque la colonne {col} dans counts (noms acceptés\u00a0: {names})\u00a0; colonnes reçues\u00a0: {got}",
    },
    "counts_type": {
        "en": "counts must be a DataFrame, a dict of columns or a 2-D array with columns "
              "(k, clients, converted); got {type}",
        "it": "counts deve essere un DataFrame, un dizionario di colonne o un array 2-D con le colonne "
              "(k, clients, converted); tipo ricevuto: {type}",
        "fr": "counts doit être un DataFrame, un dictionnaire de colonnes ou un tableau 2-D avec les colonnes "
              "(k, clients, converted)\u00a0; type reçu\u00a0: {type}",
    },
    "counts_shape": {
        "en": "counts as an array must have shape (n_rows, 3) with columns (k, clients, converted); got shape {shape}",
        "it": "counts, se è un array, deve avere forma (n_righe, 3) con le colonne (k, clients, converted); "
              "forma ricevuta: {shape}",
        "fr": "counts, sous forme de tableau, doit avoir la forme (n_lignes, 3) avec les colonnes "
              "(k, clients, converted)\u00a0; forme reçue\u00a0: {shape}",
    },
    "counts_numeric": {"en": "column {col} of counts must be numeric",
                       "it": "la colonna {col} di counts deve contenere numeri",
                       "fr": "la colonne {col} de counts doit contenir des nombres"},
    "counts_1d": {
        "en": "column {col} of counts must be a non-empty 1-D column; got shape {shape}",
        "it": "la colonna {col} di counts deve essere una colonna 1-D non vuota; forma ricevuta: {shape}",
        "fr": "la colonne {col} de counts doit être une colonne 1-D non vide\u00a0; forme reçue\u00a0: {shape}",
    },
    "counts_finite": {
        "en": "column {col} of counts must be finite; got NaN or inf",
        "it": "la colonna {col} di counts deve contenere numeri finiti; trovato NaN o inf",
        "fr": "la colonne {col} de counts doit contenir des nombres finis\u00a0; trouvé NaN ou inf",
    },
    "counts_int": {
        "en": "column {col} of counts must hold integers; got {value}",
        "it": "la colonna {col} di counts deve contenere numeri interi; trovato {value}",
        "fr": "la colonne {col} de counts doit contenir des nombres entiers\u00a0; trouvé {value}",
    },
    "counts_int_max": {
        "en": "column {col} of counts must hold integers up to 2**53; got {value}",
        "it": "la colonna {col} di counts deve contenere numeri interi fino a 2**53; trovato {value}",
        "fr": "la colonne {col} de counts doit contenir des nombres entiers jusqu'à 2**53\u00a0; trouvé {value}",
    },
    "counts_length": {
        "en": "columns 'k', 'clients' and 'converted' of counts must have equal length",
        "it": "le colonne 'k', 'clients' e 'converted' di counts devono avere la stessa lunghezza",
        "fr": "les colonnes 'k', 'clients' et 'converted' de counts doivent avoir la même longueur",
    },
    "counts_k": {
        "en": "column 'k' (number of contacts) must be >= 1; got {value}",
        "it": "la colonna 'k' (numero di contatti) deve essere >= 1; trovato {value}",
        "fr": "la colonne 'k' (nombre de contacts) doit être >= 1\u00a0; trouvé {value}",
    },
    "counts_clients": {
        "en": "column 'clients' must be >= 1 in every row (in {rng}); got {value}",
        "it": "la colonna 'clients' deve essere >= 1 in ogni riga (in {rng}); trovato {value}",
        "fr": "la colonne 'clients' doit être >= 1 sur chaque ligne (dans {rng})\u00a0; trouvé {value}",
    },
    "counts_converted_negative": {
        "en": "column 'converted' must be >= 0 (in {rng}); got {value}",
        "it": "la colonna 'converted' deve essere >= 0 (in {rng}); trovato {value}",
        "fr": "la colonne 'converted' doit être >= 0 (dans {rng})\u00a0; trouvé {value}",
    },
    "counts_converted_over": {
        "en": "column 'converted' must be <= column 'clients' (in {rng}); "
              "got converted={converted} > clients={clients} at k={k}",
        "it": "la colonna 'converted' non deve superare la colonna 'clients' (in {rng}); "
              "trovato converted={converted} > clients={clients} con k={k}",
        "fr": "la colonne 'converted' ne doit pas dépasser la colonne 'clients' (dans {rng})\u00a0; "
              "trouvé converted={converted} > clients={clients} pour k={k}",
    },
    "counts_k_repeat": {
        "en": "column 'k' of counts must not repeat a number of contacts",
        "it": "la colonna 'k' di counts non deve ripetere un numero di contatti",
        "fr": "la colonne 'k' de counts ne doit pas répéter un nombre de contacts",
    },
    "counts_rows": {
        "en": "counts must have at least 2 rows with k <= max_k={max_k}; got {n}",
        "it": "counts deve avere almeno 2 righe con k <= max_k={max_k}; righe trovate: {n}",
        "fr": "counts doit avoir au moins 2 lignes avec k <= max_k={max_k}\u00a0; lignes trouvées\u00a0: {n}",
    },
    "counts_all_zero": {
        "en": "column 'converted' must not be all 0 (or all equal to the trials) for k <= max_k: "
              "the logistic fit has no finite maximum",
        "it": "la colonna 'converted' non deve essere tutta 0 (né tutta uguale al numero di prove) per k <= max_k: "
              "l'adattamento logistico non ha un massimo finito",
        "fr": "la colonne 'converted' ne doit pas valoir 0 partout (ni être partout égale au nombre d'essais) "
              "pour k <= max_k\u00a0: l'ajustement logistique n'a pas de maximum fini",
    },
    "counts_separation": {
        "en": "counts: the data separate perfectly for k <= max_k={max_k} ({where}; target={target}), so the "
              "logistic fit does not converge (the slope runs off to {sign}inf); the conversions and "
              "non-conversions must overlap in k: use a larger max_k or pool sparse rows",
        "it": "counts: per k <= max_k={max_k} i dati sono separati perfettamente ({where}; target={target}), "
              "quindi l'adattamento logistico non converge (la pendenza tende a {sign}inf); conversioni e non "
              "conversioni devono sovrapporsi in k: usa un max_k più grande o raggruppa le righe con pochi dati",
        "fr": "counts\u00a0: pour k <= max_k={max_k}, les données sont parfaitement séparées ({where}\u00a0; "
              "target={target}), donc l'ajustement logistique ne converge pas (la pente part vers {sign}inf)\u00a0; "
              "les conversions et les non-conversions doivent se chevaucher en k\u00a0: prenez un max_k plus grand "
              "ou regroupez les lignes qui ont peu de données",
    },
    "counts_separation_up": {
        "en": "every conversion is at k >= {a} and every non-conversion at k <= {b}",
        "it": "tutte le conversioni sono a k >= {a} e tutte le non conversioni a k <= {b}",
        "fr": "toutes les conversions sont à k >= {a} et toutes les non-conversions à k <= {b}",
    },
    "counts_separation_down": {
        "en": "every conversion is at k <= {a} and every non-conversion at k >= {b}",
        "it": "tutte le conversioni sono a k <= {a} e tutte le non conversioni a k >= {b}",
        "fr": "toutes les conversions sont à k <= {a} et toutes les non-conversions à k >= {b}",
    },
    "counts_no_convergence": {
        "en": "counts: the logistic fit did not converge for k <= max_k={max_k} (target={target}); "
              "use a larger max_k or pool sparse rows",
        "it": "counts: l'adattamento logistico non è arrivato a convergenza per k <= max_k={max_k} "
              "(target={target}); usa un max_k più grande o raggruppa le righe con pochi dati",
        "fr": "counts\u00a0: l'ajustement logistique n'a pas convergé pour k <= max_k={max_k} (target={target})\u00a0; "
              "prenez un max_k plus grand ou regroupez les lignes qui ont peu de données",
    },
    "counts_not_finite": {
        "en": "counts: the logistic fit does not converge to finite values for k <= max_k={max_k} "
              "(target={target}; slope {slope}, standard error {se}, odds-ratio CI {ci}): the data nearly "
              "separate perfectly; use a larger max_k or pool sparse rows",
        "it": "counts: l'adattamento logistico non converge a valori finiti per k <= max_k={max_k} "
              "(target={target}; pendenza {slope}, errore standard {se}, IC dell'odds ratio {ci}): i dati sono "
              "quasi perfettamente separati; usa un max_k più grande o raggruppa le righe con pochi dati",
        "fr": "counts\u00a0: l'ajustement logistique ne converge pas vers des valeurs finies pour k <= max_k={max_k} "
              "(target={target}\u00a0; pente {slope}, erreur type {se}, IC de l'odds ratio {ci})\u00a0: les données "
              "sont presque parfaitement séparées\u00a0; prenez un max_k plus grand ou regroupez les lignes qui "
              "ont peu de données",
    },
    # ---------------------------------------------------------------- models
    "ndim_stages": {
        "en": "{name} must have at least 1 dimension (stages last); got {value}",
        "it": "{name} deve avere almeno 1 dimensione (le fasi sull'ultimo asse); valore ricevuto: {value}",
        "fr": "{name} doit avoir au moins 1 dimension (les étapes sur le dernier axe)\u00a0; valeur reçue\u00a0: {value}",
    },
    "broadcast_stages": {
        "en": "{name} (shape {shape}) does not broadcast against the leading axes of rates (shape {rates_shape})",
        "it": "{name} (forma {shape}) non è compatibile con gli assi iniziali di rates (forma {rates_shape})",
        "fr": "{name} (forme {shape}) n'est pas compatible avec les premiers axes de rates (forme {rates_shape})",
    },
    "clv_diverges": {
        "en": "discount must be > 0 when retention = 1 and horizon is None (the infinite sum diverges); "
              "got retention=1, discount=0",
        "it": "discount deve essere > 0 quando retention = 1 e horizon è None (la somma infinita diverge); "
              "ricevuto retention=1, discount=0",
        "fr": "discount doit être > 0 quand retention = 1 et que horizon vaut None (la somme infinie diverge)\u00a0; "
              "reçu retention=1, discount=0",
    },
    "horizon_int": {
        "en": "horizon must be a non-negative integer number of periods in {rng} or None; got {value}",
        "it": "horizon deve essere un numero intero non negativo di periodi in {rng} oppure None; "
              "valore ricevuto: {value}",
        "fr": "horizon doit être un nombre entier positif ou nul de périodes dans {rng}, ou None\u00a0; "
              "valeur reçue\u00a0: {value}",
    },
    "broadcast_pair": {
        "en": "{a} (shape {sa}) and {b} (shape {sb}) do not broadcast",
        "it": "{a} (forma {sa}) e {b} (forma {sb}) non hanno forme compatibili",
        "fr": "{a} (forme {sa}) et {b} (forme {sb}) n'ont pas des formes compatibles",
    },
    "broadcast_pair_must": {
        "en": "{a} (shape {sa}) and {b} (shape {sb}) must broadcast",
        "it": "{a} (forma {sa}) e {b} (forma {sb}) devono avere forme compatibili",
        "fr": "{a} (forme {sa}) et {b} (forme {sb}) doivent avoir des formes compatibles",
    },
    "max_cells": {
        "en": "scenarios x horizon must be at most {max} values (budget and share_interruption broadcast to "
              "{shape}, horizon={horizon}); got {cells}",
        "it": "scenari x orizzonte devono essere al massimo {max} valori (forma comune di budget e "
              "share_interruption {shape}, horizon={horizon}); valori ricevuti: {cells}",
        "fr": "scénarios x horizon ne doivent pas dépasser {max} valeurs (forme commune de budget et de "
              "share_interruption {shape}, horizon={horizon})\u00a0; valeurs reçues\u00a0: {cells}",
    },
    "clv_overflow": {
        "en": "margin, budget and n0 must keep the value finite; got an overflow "
              "(margin={margin}, largest budget={budget}, n0={n0})",
        "it": "margin, budget e n0 devono lasciare finito il valore; il calcolo è andato in overflow "
              "(margin={margin}, budget più grande={budget}, n0={n0})",
        "fr": "margin, budget et n0 doivent laisser la valeur finie\u00a0; le calcul a dépassé la capacité des "
              "nombres flottants (margin={margin}, plus grand budget={budget}, n0={n0})",
    },
    "values_count": {
        "en": "{name} must hold {low} to {high} values in {rng}; got {n}",
        "it": "{name} deve contenere da {low} a {high} valori in {rng}; valori ricevuti: {n}",
        "fr": "{name} doit contenir de {low} à {high} valeurs dans {rng}\u00a0; valeurs reçues\u00a0: {n}",
    },
    "values_between": {
        "en": "{name} must have between {low} and {high} values; got {n}",
        "it": "{name} deve avere tra {low} e {high} valori; valori ricevuti: {n}",
        "fr": "{name} doit avoir entre {low} et {high} valeurs\u00a0; valeurs reçues\u00a0: {n}",
    },
    "periods_count": {
        "en": "{name} must have {low} to {high} periods; got {n}",
        "it": "{name} deve avere da {low} a {high} periodi; periodi ricevuti: {n}",
        "fr": "{name} doit avoir de {low} à {high} périodes\u00a0; périodes reçues\u00a0: {n}",
    },
    "relationship_counts": {
        "en": "counts must be a DataFrame with the columns {need}; "
              "load it with course_lib.datasets.load_bank_relationship()",
        "it": "counts deve essere un DataFrame con le colonne {need}; "
              "caricalo con course_lib.datasets.load_bank_relationship()",
        "fr": "counts doit être un DataFrame avec les colonnes {need}\u00a0; "
              "chargez-le avec course_lib.datasets.load_bank_relationship()",
    },
    "relationship_empty_group": {
        "en": "counts has no clients in group {group}",
        "it": "counts non ha clienti nel gruppo {group}",
        "fr": "counts n'a aucun client dans le groupe {group}",
    },
    "max_scenarios": {
        "en": "{a} and {b} must give at most {max} scenarios; got {n}",
        "it": "{a} e {b} devono dare al massimo {max} scenari; scenari ricevuti: {n}",
        "fr": "{a} et {b} doivent donner au plus {max} scénarios\u00a0; scénarios reçus\u00a0: {n}",
    },
    "grid_points": {
        "en": "step must give at most {max} grid points up to max_frequency={top}; got step={step} ({n} points)",
        "it": "step deve dare al massimo {max} punti della griglia fino a max_frequency={top}; "
              "ricevuto step={step} ({n} punti)",
        "fr": "step doit donner au plus {max} points de grille jusqu'à max_frequency={top}\u00a0; "
              "reçu step={step} ({n} points)",
    },
    "spread_on": {
        "en": "on must be 1 (or None) for a spread schedule; got {value}",
        "it": "on deve valere 1 (o None) per una programmazione spread (distribuita); valore ricevuto: {value}",
        "fr": "on doit valoir 1 (ou None) pour un calendrier spread (étalé)\u00a0; valeur reçue\u00a0: {value}",
    },
    "int_min": {
        "en": "{name} must be an integer >= {low}; got {value}",
        "it": "{name} deve essere un numero intero >= {low}; valore ricevuto: {value}",
        "fr": "{name} doit être un nombre entier >= {low}\u00a0; valeur reçue\u00a0: {value}",
    },
    "gamma_limit": {
        "en": "gamma must be in {formula} = {rng} for n={n} (no pure-strategy symmetric equilibrium above); "
              "got {value}",
        "it": "gamma deve essere in {formula} = {rng} per n={n} (oltre non esiste un equilibrio simmetrico in "
              "strategie pure); valore ricevuto: {value}",
        "fr": "gamma doit être dans {formula} = {rng} pour n={n} (au-delà, il n'existe pas d'équilibre symétrique "
              "en stratégies pures)\u00a0; valeur reçue\u00a0: {value}",
    },
    "extra_dims": {
        "en": "gamma and weights must not add dimensions to efforts {shape}; got gamma {g}, weights {w}",
        "it": "gamma e weights non devono aggiungere dimensioni a efforts {shape}; ricevuto gamma {g}, weights {w}",
        "fr": "gamma et weights ne doivent pas ajouter de dimensions à efforts {shape}\u00a0; "
              "reçu gamma {g}, weights {w}",
    },
    "outside_shape": {
        "en": "outside must broadcast to efforts without its contestants axis, shape {shape}; got shape {got}",
        "it": "outside deve avere una forma compatibile con efforts senza l'asse dei concorrenti, cioè {shape}; "
              "forma ricevuta: {got}",
        "fr": "outside doit avoir une forme compatible avec efforts sans son axe des concurrents, soit {shape}\u00a0; "
              "forme reçue\u00a0: {got}",
    },
    "rivals_alone": {
        "en": "rivals_total must be 0 when n=1 (no rivals); got a positive value",
        "it": "rivals_total deve essere 0 quando n=1 (nessun concorrente); ricevuto un valore positivo",
        "fr": "rivals_total doit valoir 0 quand n=1 (aucun concurrent)\u00a0; reçu une valeur positive",
    },
    "wearout_overflow": {
        "en": "learn, tedium and n are too large together: E(n) overflows; "
              "keep learn and tedium * n below 1e300 (n in {rng})",
        "it": "learn, tedium e n sono troppo grandi insieme: E(n) va in overflow; "
              "tieni learn e tedium * n sotto 1e300 (n in {rng})",
        "fr": "learn, tedium et n sont trop grands ensemble\u00a0: E(n) dépasse la capacité des nombres flottants\u00a0; "
              "gardez learn et tedium * n sous 1e300 (n dans {rng})",
    },
    "optimum_overflow": {
        "en": "rate is too small for learn and tedium: the optimum n* = ln(learn rate / tedium) / rate "
              "overflows; keep rate above 1e-300 or learn / tedium moderate",
        "it": "rate è troppo piccolo rispetto a learn e tedium: l'ottimo n* = ln(learn rate / tedium) / rate "
              "va in overflow; tieni rate sopra 1e-300 oppure learn / tedium moderato",
        "fr": "rate est trop petit par rapport à learn et tedium\u00a0: l'optimum n* = ln(learn rate / tedium) / rate "
              "dépasse la capacité des nombres flottants\u00a0; gardez rate au-dessus de 1e-300 ou learn / tedium modéré",
    },
    "exposure_classes": {
        "en": "shares must list {low} to {high} exposure classes (0, 1, 2, ...); got {n}",
        "it": "shares deve elencare da {low} a {high} classi di esposizione (0, 1, 2, ...); classi ricevute: {n}",
        "fr": "shares doit énumérer de {low} à {high} classes d'exposition (0, 1, 2, ...)\u00a0; classes reçues\u00a0: {n}",
    },
    "shares_sum": {
        "en": "shares must sum to 1 (they are shares of the population); got {value}",
        "it": "la somma di shares deve essere 1 (sono quote della popolazione); somma ricevuta: {value}",
        "fr": "la somme de shares doit valoir 1 (ce sont des parts de la population)\u00a0; somme reçue\u00a0: {value}",
    },
    "ndim_time": {
        "en": "{name} must have at least 1 dimension (time is the last axis); got a scalar {value}",
        "it": "{name} deve avere almeno 1 dimensione (il tempo è l'ultimo asse); ricevuto lo scalare {value}",
        "fr": "{name} doit avoir au moins 1 dimension (le temps est le dernier axe)\u00a0; reçu le scalaire {value}",
    },
    "no_period": {
        "en": "{name} must have at least one period; got shape {shape}",
        "it": "{name} deve avere almeno un periodo; forma ricevuta: {shape}",
        "fr": "{name} doit avoir au moins une période\u00a0; forme reçue\u00a0: {shape}",
    },
    "integer_counts": {
        "en": "{name} must be non-negative integer counts in {rng}; got {value}",
        "it": "{name} deve contenere conteggi interi non negativi in {rng}; ricevuto {value}",
        "fr": "{name} doit contenir des nombres entiers positifs ou nuls dans {rng}\u00a0; reçu {value}",
    },
    "optins_periods": {
        "en": "new_optins must be a scalar or have {n} periods on its last axis; got shape {shape}",
        "it": "new_optins deve essere uno scalare o avere {n} periodi sull'ultimo asse; forma ricevuta: {shape}",
        "fr": "new_optins doit être un scalaire ou avoir {n} périodes sur son dernier axe\u00a0; forme reçue\u00a0: {shape}",
    },
    "simulate_broadcast": {
        "en": "sends, per-series parameters (n0, retention, base, kappa, eta0, eta1) and new_optins do not "
              "broadcast; got sends shape {shape}",
        "it": "sends, i parametri per serie (n0, retention, base, kappa, eta0, eta1) e new_optins non hanno "
              "forme compatibili; forma di sends ricevuta: {shape}",
        "fr": "sends, les paramètres par série (n0, retention, base, kappa, eta0, eta1) et new_optins n'ont pas "
              "des formes compatibles\u00a0; forme de sends reçue\u00a0: {shape}",
    },
    "sweep_sends": {
        "en": "sends must not be passed to frequency_sweep; use frequencies",
        "it": "non passare sends a frequency_sweep: usa frequencies",
        "fr": "ne passez pas sends à frequency_sweep\u00a0: utilisez frequencies",
    },
    # ---------------------------------------------------------------- figures, tables, widgets, tables of text
    "ax": {
        "en": "ax must be a matplotlib Axes or None; got {type}",
        "it": "ax deve essere un Axes di matplotlib o None; tipo ricevuto: {type}",
        "fr": "ax doit être un Axes de matplotlib ou None\u00a0; type reçu\u00a0: {type}",
    },
    "single_figure": {
        "en": "{name} must be a single number (one figure per value); got {value}",
        "it": "{name} deve essere un solo numero (un grafico per valore); valore ricevuto: {value}",
        "fr": "{name} doit être un seul nombre (un graphique par valeur)\u00a0; valeur reçue\u00a0: {value}",
    },
    "single_table": {
        "en": "{name} must be a single real number (one table per call); got {value}",
        "it": "{name} deve essere un solo numero reale (una tabella per chiamata); valore ricevuto: {value}",
        "fr": "{name} doit être un seul nombre réel (un tableau par appel)\u00a0; valeur reçue\u00a0: {value}",
    },
    "range_formula": {
        "en": "{name} must be in {formula} = {rng}; got {value}",
        "it": "{name} deve essere in {formula} = {rng}; ricevuto {value}",
        "fr": "{name} doit être dans {formula} = {rng}\u00a0; reçu {value}",
    },
    "dataframe": {
        "en": "{name} must be a pandas DataFrame; got {type}",
        "it": "{name} deve essere un DataFrame di pandas; tipo ricevuto: {type}",
        "fr": "{name} doit être un DataFrame pandas\u00a0; type reçu\u00a0: {type}",
    },
    "table_columns": {
        "en": "columns must be columns of df {cols}; got {missing}",
        "it": "columns deve contenere colonne di df {cols}; ricevuto {missing}",
        "fr": "columns doit contenir des colonnes de df {cols}\u00a0; reçu {missing}",
    },
    "untranslated_columns": {
        "en": "columns {cols} have no translation (add 'col.<name>' keys to the table)",
        "it": "le colonne {cols} non hanno una traduzione (aggiungi le chiavi 'col.<nome>' alla tabella delle traduzioni)",
        "fr": "les colonnes {cols} n'ont pas de traduction (ajoutez les clés 'col.<nom>' à la table des traductions)",
    },
    "translation_key": {
        "en": "key must be a translation key of course_lib; got {value}",
        "it": "key deve essere una chiave di traduzione di course_lib; valore ricevuto: {value}",
        "fr": "key doit être une clé de traduction de course_lib\u00a0; valeur reçue\u00a0: {value}",
    },
    "glossary_key": {
        "en": "key must be a key of the course glossary (data/{file}); got {value}",
        "it": "key deve essere una chiave del glossario del corso (data/{file}); valore ricevuto: {value}",
        "fr": "key doit être une clé du glossaire du cours (data/{file})\u00a0; valeur reçue\u00a0: {value}",
    },
}

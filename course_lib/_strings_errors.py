"""Validation messages in English (no language selected) and in the course's languages.

:mod:`course_lib._validate` builds every ValueError from these templates: once a notebook has
called ``cl.set_language("it")`` or ``("fr")``, a student who passes a bad value reads the
message in the notebook's language; a script that never selects a language gets English.
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
}

"""Revise the course index (lesson 00) in both languages: course map, honest promises, install notes.

Run once: PYTHONPATH=. python scripts/lessons/l00_index_edit.py (then re-execute the two notebooks).
Edits the existing cells in place (same ids in both languages) and inserts an install section.
"""
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_markdown_cell

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _fr import fr  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
PATHS = {"it": REPO / "notebooks/it/00_indice.ipynb", "fr": REPO / "notebooks/fr/00_sommaire.ipynb"}

TEXT = {
    "c00-000": {
        "it": r"""
# Marketing dell'interruzione e permission marketing — Indice del corso

*[Version française](../fr/00_sommaire.ipynb)*

Ti diamo il benvenuto! Questo è un corso aperto, in italiano e in francese, su due modi opposti di raggiungere i
clienti:

- il **marketing dell'interruzione** (*interruption marketing*), che cattura l'attenzione delle persone mentre fanno
  altro: lo spot in mezzo al film, la telefonata del call center, l'e-mail che nessuno ha chiesto;
- il ***permission marketing***, che si rivolge solo a chi ha accettato, anzi chiesto, di ricevere i messaggi.
  Traduciamo il primo termine ma lasciamo il secondo in inglese, perché non ha un equivalente italiano affermato.

Il punto di partenza è il libro di Seth Godin *Permission Marketing* (1999). Lo rileggiamo con gli strumenti di chi
studia marketing oggi: definizioni chiare ed esempi italiani, francesi ed europei, semplici modelli matematici che
si possono esplorare con i cursori, e **dati reali** (lo spam nel traffico e-mail, i limiti di legge
all'affollamento pubblicitario in TV, una vera campagna di telemarketing bancario).

Ogni lezione è un notebook Jupyter: testo, formule, codice Python breve e grafici nello stesso documento.
""",
        "fr": r"""
# Marketing d'interruption et permission marketing — Sommaire du cours

*[Versione italiana](../it/00_indice.ipynb)*

Bienvenue ! Ce cours ouvert, en français et en italien, oppose deux manières d'atteindre les clients :

- le **marketing d'interruption** (*interruption marketing*), qui capte l'attention du public pendant qu'il fait
  autre chose : l'écran publicitaire au milieu du film, le démarchage téléphonique, le courriel non sollicité ;
- le ***permission marketing***, qui ne s'adresse qu'aux personnes ayant accepté, voire demandé, de recevoir des
  messages.

Le point de départ est le livre de Seth Godin, *Permission Marketing* (1999). Nous l'abordons avec les outils du
marketing d'aujourd'hui : des définitions précises et des exemples français, italiens et européens, de petits
modèles mathématiques que l'on explore avec des curseurs, et des **données réelles** (la part du spam dans les
courriels, les plafonds légaux de publicité télévisée, une vraie campagne de télémarketing bancaire).

Chaque leçon est un notebook Jupyter : texte, formules, code Python court et graphiques réunis dans un même document.
""",
    },
    "c00-001": {
        "it": r"""
## A chi è rivolto

- **Studenti** universitari e di business school: ogni lezione ha obiettivi, esercizi con correzione automatica e un
  riepilogo.
- **Docenti**: ogni lezione contiene almeno una demo con cursori da proiettare in aula, un esercizio argomentato con
  risposta modello e griglia di valutazione, e le soluzioni degli esercizi, in riquadri a scomparsa.
- **Chi studia da solo**: i notebook si leggono anche senza eseguirli, per esempio su GitHub o su nbviewer, con tutti
  i grafici già visibili.

**Serve saper programmare?** No, se segui il **percorso senza codice** che ogni lezione descrive all'inizio: esegui
le celle dall'alto in basso, leggi, guarda i grafici e muovi i cursori. Gli esercizi a scelta multipla e quelli
argomentati non richiedono codice; quelli numerici si risolvono con una calcolatrice a partire dalle formule e dalle
tabelle stampate nella lezione (basta scrivere il numero al posto di `None`). Il codice Python (con pandas) serve
solo a chi vuole rifare i calcoli o andare oltre: le soluzioni lo mostrano sempre. Alcune lezioni usano formule con
logaritmi o derivate, sempre spiegate a parole.
""",
        "fr": r"""
## À qui s'adresse ce cours

- Aux **étudiants** d'université et d'école de commerce : chaque leçon comporte des objectifs, des exercices corrigés
  automatiquement et un résumé.
- Aux **enseignants** : chaque leçon propose au moins une démonstration à curseurs à projeter en cours, un exercice
  argumenté avec sa réponse modèle et sa grille d'évaluation, et les solutions des exercices, repliées.
- Aux **autodidactes** : les notebooks se lisent aussi sans être exécutés, par exemple sur GitHub ou sur nbviewer,
  avec tous les graphiques déjà affichés.

**Faut-il savoir programmer ?** Non, si vous suivez le **parcours sans code** que chaque leçon décrit au début :
exécutez les cellules de haut en bas, lisez, regardez les graphiques et déplacez les curseurs. Les exercices à choix
multiple et les exercices argumentés ne demandent pas de code ; les exercices numériques se résolvent à la
calculatrice, à partir des formules et des tableaux affichés dans la leçon (il suffit d'écrire le nombre à la place
de `None`). Le code Python (avec pandas) ne sert qu'à refaire les calculs ou à aller plus loin : les solutions le
donnent toujours. Certaines leçons utilisent des formules avec des logarithmes ou des dérivées, toujours expliquées
en mots.
""",
    },
    "install": {
        "it": r"""
## Installazione

Serve Python 3 (versione 3.10 o successiva). In un terminale, nella cartella del corso:

```bash
python3 -m venv .venv && .venv/bin/pip install -r requirements.txt && .venv/bin/jupyter lab notebooks/
```

Il comando crea un ambiente virtuale (`.venv`), installa i pacchetti e apre JupyterLab sulla cartella delle lezioni.
Su Windows scrivi `.venv\Scripts\` al posto di `.venv/bin/`. Altri dettagli (in inglese) nel file `README.md`.
""",
        "fr": r"""
## Installation

Il faut Python 3 (version 3.10 ou ultérieure). Dans un terminal, depuis le dossier du cours :

```bash
python3 -m venv .venv && .venv/bin/pip install -r requirements.txt && .venv/bin/jupyter lab notebooks/
```

La commande crée un environnement virtuel (`.venv`), installe les paquets et ouvre JupyterLab sur le dossier des
leçons. Sous Windows, écrivez `.venv\Scripts\` au lieu de `.venv/bin/`. D'autres détails (en anglais) figurent dans
le fichier `README.md`.
""",
    },
    "c00-002": {
        "it": r"""
## Come usare un notebook

1. **Esegui le celle in ordine**, dall'alto in basso: seleziona una cella e premi **Maiusc+Invio** (o il pulsante ▶).
   Per eseguire tutto: menu *Run → Run All Cells* (se JupyterLab è in italiano, le voci del menu sono tradotte).
2. La **prima cella di codice** di ogni lezione prepara l'ambiente: carica la libreria del corso `course_lib`
   (abbreviata `cl`) e sceglie la lingua di grafici e messaggi. Eseguila sempre per prima, come qui sotto.
3. Nelle **demo interattive** muovi i cursori e il grafico si aggiorna subito. Su GitHub o su nbviewer i cursori non
   funzionano: al loro posto vedi la stessa figura come immagine statica, calcolata con i valori predefiniti.
4. Negli **esercizi** scrivi la risposta al posto di `None` ed esegui la cella: la funzione `check` ti dice se è
   giusta o ti dà un suggerimento (prima l'idea, poi, al secondo errore, il codice). La soluzione è in un riquadro a
   scomparsa sotto l'esercizio: aprila solo dopo averci provato.
5. Se qualcosa non funziona, apri un terminale nella cartella del corso e lancia `.venv/bin/python -m course_lib`:
   il comando controlla la versione di Python, i pacchetti, l'estensione dei widget e i file di dati, e segnala che
   cosa manca.
6. Nel testo, nei grafici e nelle tabelle i decimali hanno la virgola (2,88); nelle righe stampate direttamente da
   Python compare invece il punto (2.88): è lo stesso numero.
""",
        "fr": r"""
## Comment utiliser un notebook

1. **Exécutez les cellules dans l'ordre**, de haut en bas : sélectionnez une cellule et appuyez sur **Maj+Entrée**
   (ou sur le bouton ▶). Pour tout exécuter : menu *Run → Run All Cells* (si JupyterLab est en français, les menus
   sont traduits).
2. La **première cellule de code** de chaque leçon prépare l'environnement : elle charge la bibliothèque du cours
   `course_lib` (abrégée en `cl`) et choisit la langue des graphiques et des messages. Exécutez-la toujours en
   premier, comme ci-dessous.
3. Dans les **démonstrations interactives**, déplacez les curseurs : le graphique se met à jour aussitôt. Sur GitHub
   ou nbviewer, les curseurs ne fonctionnent pas : vous voyez à leur place la même figure en image statique,
   calculée avec les valeurs par défaut.
4. Dans les **exercices**, remplacez `None` par votre réponse et exécutez la cellule : la fonction `check` vous dit si
   elle est juste ou vous donne un indice (d'abord l'idée, puis, à la deuxième erreur, le code). La solution est
   repliée sous l'exercice : ne l'ouvrez qu'après avoir essayé.
5. En cas de problème, ouvrez un terminal dans le dossier du cours et lancez `.venv/bin/python -m course_lib` : la
   commande vérifie la version de Python, les paquets, l'extension des widgets et les fichiers de données, et signale
   ce qui manque.
6. Dans le texte, les graphiques et les tableaux, les décimales s'écrivent avec une virgule (2,88) ; dans les lignes
   affichées directement par Python, elles s'écrivent avec un point (2.88) : c'est le même nombre.
""",
    },
    "c00-006": {
        "it": r"""
### Per i docenti: presentare in aula

- **Modalità presentazione con Voilà.** Voilà mostra un notebook come una pagina web con i soli risultati e i cursori
  funzionanti, senza il codice. La [galleria delle demo](99_galleria_demo.ipynb) raccoglie tutte le demo del corso in
  formato da proiettore; da un terminale nella cartella del corso:
  `.venv/bin/voila notebooks/it/99_galleria_demo.ipynb --VoilaExecutor.timeout=60`
  (lo stesso comando funziona con ogni lezione).
- **Stile per il proiettore.** Subito dopo la cella di preparazione, aggiungi una cella con
  `cl.use_projector_style()`: tutti i grafici e le demo creati da quel momento usano caratteri grandi e linee spesse.
  Con `cl.use_projector_style(False)` torni allo stile normale.
- I colori dei grafici sono leggibili anche da chi è daltonico, e le serie si distinguono anche per tipo di linea
  e di marcatore; ogni grafico salvato ha un testo alternativo che lo descrive.
""",
        "fr": r"""
### Pour les enseignants : présenter en cours

- **Mode présentation avec Voilà.** Voilà affiche un notebook comme une page web ne montrant que les résultats et les
  curseurs actifs, sans le code. La [galerie des démos](99_galerie_des_demos.ipynb) réunit toutes les démos du cours
  au format vidéoprojecteur ; depuis un terminal dans le dossier du cours :
  `.venv/bin/voila notebooks/fr/99_galerie_des_demos.ipynb --VoilaExecutor.timeout=60`
  (la même commande fonctionne avec chaque leçon).
- **Style vidéoprojecteur.** Juste après la cellule de préparation, ajoutez une cellule contenant
  `cl.use_projector_style()` : tous les graphiques et démonstrations créés ensuite utilisent de grands caractères et
  des traits épais. `cl.use_projector_style(False)` rétablit le style normal.
- Les couleurs des graphiques restent lisibles par les personnes daltoniennes, et les séries se distinguent aussi par
  le type de trait et de marqueur ; chaque graphique enregistré porte un texte alternatif qui le décrit.
""",
    },
    "c00-007": {
        "it": r"""
## Mappa delle lezioni

Ogni lezione è pensata per una sessione di circa 40–45 minuti, esercizi compresi, e si apre con obiettivi,
prerequisiti, tempo stimato e percorso senza codice; le parti segnate come facoltative (per esempio nella lezione 4)
richiedono qualche minuto in più. Conviene seguire le lezioni in ordine.

- `00` **Indice del corso** — questa pagina.

### Parte I — Il marketing dell'interruzione

- `01` [**Il marketing dell'interruzione: che cos'è**](01_marketing_di_interruzione.ipynb) — definizione, sinonimi
  ed esempi; interruzioni fuori contesto, contestuali e mirate; l'attenzione come risorsa scarsa e un modello di
  quota di attenzione; dati reali sullo spam e sui limiti alla pubblicità in TV in Italia e in Francia.
- `02` [**L'escalation: più spesa, non più risultati**](02_escalation_della_spesa.ipynb) — perché, quando
  l'attenzione è limitata, gli inserzionisti finiscono per spendere sempre di più senza ottenere di più: un modello
  di competizione e il suo equilibrio.
- `03` [**Ripetizione e oblio: perché l'ennesima interruzione vale meno**](03_ripetizione_e_oblio.ipynb) — i due
  fattori della ripetizione e il numero ottimale di esposizioni; copertura, frequenza, GRP e frequenza efficace; la
  memoria che si svuota, campagna concentrata o distribuita.
- `04` [**Stanchezza, tetti di frequenza e dati reali**](04_stanchezza_tetti_e_dati_reali.ipynb) — la stanchezza
  come stock, le disiscrizioni, le regole italiane e francesi sul telemarketing, i dati di una vera campagna di
  chiamate e una simulazione di quante chiamate fare.
- `05` [**Quando interrompere non disturba: contesto e targeting**](05_contesto_e_targeting.ipynb) — interruzioni
  contestuali e mirate: quando un messaggio non richiesto è pertinente.

### Parte II — Il permission marketing

- `06` [**Il permission marketing: chiedere il permesso, e meritarlo**](06_permission_marketing.ipynb) — l'idea di
  Godin: messaggi attesi, personali e pertinenti, a chi ha dato il permesso.
- `07` [**Spam e consenso: dall'interruzione al permesso, per legge**](07_spam_e_consenso.ipynb) — lo spam, il
  consenso e le regole che trasformano l'interruzione in permesso.
- `08` [**Acquisire, poi coltivare**](08_acquisire_poi_coltivare.ipynb) — l'interruzione per conquistare nuovi
  clienti, il permesso per coltivare quelli acquisiti: due strategie complementari.

### Per l'aula

- `99` [**Galleria delle demo interattive**](99_galleria_demo.ipynb) — tutte le demo del corso, in formato da
  proiettore.
""",
        "fr": r"""
## Plan du cours

Chaque leçon est conçue pour une séance d'environ 40 à 45 minutes, exercices compris, et s'ouvre sur ses objectifs,
ses prérequis, sa durée estimée et son parcours sans code ; les parties signalées comme facultatives (par exemple
dans la leçon 4) demandent quelques minutes de plus. Mieux vaut suivre les leçons dans l'ordre.

- `00` **Sommaire du cours** — cette page.

### Partie I — Le marketing d'interruption

- `01` [**Le marketing d'interruption : de quoi parle-t-on ?**](01_marketing_d_interruption.ipynb) — définition,
  synonymes et exemples ; interruptions hors contexte, contextuelles et ciblées ; l'attention, ressource rare, et un
  modèle de part d'attention ; données réelles sur le spam et sur les plafonds de publicité à la télévision
  en France et en Italie.
- `02` [**L'escalade : plus de dépenses, pas plus de résultats**](02_escalade_des_depenses.ipynb) — pourquoi, quand
  l'attention est limitée, les annonceurs finissent par dépenser toujours plus sans obtenir davantage : un modèle de
  concurrence et son équilibre.
- `03` [**Répétition et oubli : pourquoi l'énième interruption vaut moins**](03_repetition_et_oubli.ipynb) — les deux
  facteurs de la répétition et le nombre optimal d'expositions ; couverture, répétition, GRP et répétition utile ; la
  mémoire qui se vide, campagne concentrée ou étalée.
- `04` [**Lassitude, plafonds de fréquence et données réelles**](04_lassitude_plafonds_et_donnees_reelles.ipynb) —
  la lassitude comme stock, les désabonnements, les règles françaises et italiennes du démarchage téléphonique, les
  données d'une vraie campagne d'appels et une simulation du nombre d'appels à passer.
- `05` [**Quand interrompre n'importune pas : contexte et ciblage**](05_contexte_et_ciblage.ipynb) — interruptions
  contextuelles et ciblées : quand un message non sollicité est pertinent.

### Partie II — Le permission marketing

- `06` [**Le permission marketing : demander la permission, et la mériter**](06_permission_marketing.ipynb) — l'idée
  de Godin : des messages attendus, personnels et pertinents, envoyés à qui a donné sa permission.
- `07` [**Spam et consentement : de l'interruption à la permission, par la loi**](07_spam_et_consentement.ipynb) — le
  spam, le consentement et les règles qui transforment l'interruption en permission.
- `08` [**Acquérir, puis cultiver**](08_acquerir_puis_cultiver.ipynb) — l'interruption pour conquérir de nouveaux
  clients, la permission pour cultiver ceux qui sont acquis : deux stratégies complémentaires.

### Pour le cours en salle

- `99` [**Galerie des démos interactives**](99_galerie_des_demos.ipynb) — toutes les démos du cours, au format
  vidéoprojecteur.
""",
    },
    "c00-009": {
        "it": r"""
## Per cominciare

Apri la [lezione 1](01_marketing_di_interruzione.ipynb) ed esegui la prima cella. Buono studio!

*Questo corso esiste anche in francese: [sommaire du cours](../fr/00_sommaire.ipynb).*
""",
        "fr": r"""
## Pour commencer

Ouvrez la [leçon 1](01_marketing_d_interruption.ipynb) et exécutez la première cellule. Bon travail !

*Ce cours existe aussi en italien : [indice del corso](../it/00_indice.ipynb).*
""",
    },
}
# cell c00-008 ("how lessons are built"): only the wording fixes
REPLACE = {
    "it": [("cambiano il testo e, a volte, gli esempi locali (Rai e Mediaset qui, TF1 e M6 nella versione francese).",
            "cambiano il testo e, a volte, gli esempi locali (Rai e Mediaset qui, TF1 e M6 nella versione francese; le "
            "regole italiane e francesi sono presentate in entrambe le lingue).")],
    "fr": [("seuls le texte et parfois les exemples locaux changent (TF1 et M6 ici, la RAI et Mediaset dans la\n"
            "  version italienne).",
            "seuls le texte et parfois les exemples locaux changent (TF1 et M6 ici, la RAI et Mediaset dans la\n"
            "  version italienne ; les règles françaises et italiennes sont présentées dans les deux langues).")],
}

for lang, path in PATHS.items():
    nb = nbformat.read(path, as_version=4)
    by_id = {c.get("id"): c for c in nb.cells}
    for cid, texts in TEXT.items():
        text = texts[lang].strip("\n")
        text = fr(text) if lang == "fr" else text
        if cid == "install":
            if "c00-010" not in by_id:
                cell = new_markdown_cell(text)
                cell["id"] = "c00-010"
                pos = [c.get("id") for c in nb.cells].index("c00-002")
                nb.cells.insert(pos, cell)
            else:
                by_id["c00-010"].source = text
            continue
        by_id[cid].source = text
    for old, new in REPLACE[lang]:
        c = by_id["c00-008"]
        if old in c.source:
            c.source = c.source.replace(old, fr(new) if lang == "fr" else new)
    nbformat.write(nb, path)
    print("edited", path.relative_to(REPO))

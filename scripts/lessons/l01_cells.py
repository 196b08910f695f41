"""Lesson 01, revised text (both languages): rebuilds the markdown and code cells of
notebooks/it/01_marketing_di_interruzione.ipynb and notebooks/fr/01_marketing_d_interruption.ipynb.

Run: PYTHONPATH=. python scripts/lessons/l01_cells.py, then scripts/run_notebooks.py on both notebooks.
"""
from __future__ import annotations

import re
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[2]
PATHS = {"it": ROOT / "notebooks/it/01_marketing_di_interruzione.ipynb",
         "fr": ROOT / "notebooks/fr/01_marketing_d_interruption.ipynb"}
NB = "\u00a0"

CELLS = []  # (kind, {"it": ..., "fr": ...} or code, tags)


def md(it, fr, tags=()):
    CELLS.append(("markdown", {"it": it.strip("\n"), "fr": fr.strip("\n")}, list(tags)))


def code(src, tags=(), comments=None):
    """Code identical in both languages; ``comments`` = {"it": {...}, "fr": {...}} fills {c0}, {c1}..."""
    CELLS.append(("code", {"src": src.strip("\n"), "comments": comments or {}}, list(tags)))


# ------------------------------------------------------------------------------------------------
md(
it="""
# Lezione 1 — Il marketing dell'interruzione: che cos'è

Una telefonata all'ora di cena, lo spot che spezza il film sul più bello, un'e-mail promozionale mai chiesta: sono
tutte forme di *interruption marketing*. Qui diamo un nome al fenomeno e costruiamo un primo modello
dell'attenzione del pubblico.

**Obiettivi di apprendimento.** Alla fine della lezione saprai:

1. definire il marketing dell'interruzione, i suoi sinonimi e il suo contrario, distinguendo i due sensi di *push*;
2. distinguere un'interruzione fuori contesto da una contestuale o mirata;
3. spiegare in che modo la riforma francese del 2026 porta il telemarketing dall'interruzione al permesso;
4. spiegare, con un modello di quota di attenzione, perché l'attenzione è una risorsa scarsa;
5. leggere due tabelle di dati reali: lo spam e i tetti alla pubblicità in TV in Italia e in Francia.

**Prerequisiti.** Saper eseguire una cella (Maiusc+Invio) e calcolare percentuali.

**Tempo stimato.** Circa 45 minuti: 20 di lettura, 5 per la demo, 20 per gli esercizi 01.1, 01.2, 01.4 e 01.5
(01.3 è facoltativo).

**Percorso senza codice.** Testo e grafici salvati bastano; 01.1, 01.4 e 01.5 si fanno senza Python, 01.3 anche a
mano.
""",
fr="""
# Leçon 1 — Le marketing d'interruption : de quoi parle-t-on ?

Le téléphone qui sonne en plein dîner, la page de publicité qui coupe le film au moment crucial, le courriel
promotionnel que personne n'a demandé : voilà le *marketing d'interruption* (*interruption marketing*). Cette leçon
définit la notion et construit un premier modèle de l'attention du public.

**Objectifs d'apprentissage.** À la fin de la leçon, vous saurez :

1. définir le marketing d'interruption, ses synonymes et son contraire, en distinguant les deux sens de *push* ;
2. distinguer une interruption hors contexte d'une interruption contextuelle ou ciblée ;
3. expliquer en quoi la réforme française de 2026 fait passer le démarchage téléphonique de l'interruption à la
   permission ;
4. expliquer, avec un modèle de part d'attention, pourquoi l'attention est une ressource rare ;
5. lire deux jeux de données réelles : le spam et les plafonds de publicité télévisée en France et en Italie.

**Prérequis.** Savoir exécuter une cellule (Maj+Entrée) et calculer des pourcentages.

**Durée estimée.** Environ 45 minutes : 20 de lecture, 5 pour la démo, 20 pour les exercices (01.3 facultatif).

**Parcours sans code.** Le texte et les graphiques enregistrés suffisent ; 01.1, 01.4 et 01.5 se font sans
Python, 01.3 aussi à la main.
""")

md(
it="""
Esegui per prima la cella seguente: carica la libreria del corso (`cl`) in italiano e la funzione `check`.
""",
fr="""
Exécutez d'abord la cellule suivante : elle charge la bibliothèque du cours (`cl`) en français et la fonction `check`.
""")

code('''
import course_lib as cl
cl.set_language("{lang}")
import numpy as np
import pandas as pd
from course_lib.exercises import check
''')

md(
it="""
## 1. Una definizione

Alla lettera, *interruption marketing* significa «marketing dell'interruzione». È una comunicazione pubblicitaria,
promozionale o di vendita che **raggiunge una persona mentre sta facendo un'altra attività** e la distoglie da
quell'attività: guardare un film, leggere un articolo, cenare con la famiglia, controllare la posta.

Il nome dice tutto: l'accento cade sull'atto di *interrompere* ciò che la persona sta facendo per metterle davanti
un messaggio che non ha cercato. Di solito è una strategia **di massa** (*marketing di massa*): lo stesso messaggio per moltissime persone,
con poca o nessuna personalizzazione, ma con eccezioni importanti. Il termine è stato reso popolare da Seth Godin (1999), che gli ha contrapposto il *permission
marketing*.
""",
fr="""
## 1. Une définition

Le *marketing d'interruption* désigne toute communication publicitaire, promotionnelle ou commerciale qui
**atteint une personne pendant qu'elle est occupée à une autre activité** et l'en détourne : regarder un film, lire
un article, dîner en famille, trier ses courriels.

L'essentiel est l'acte d'*interrompre* l'activité de la personne pour placer
sous ses yeux un message qu'elle n'a pas sollicité. Le plus souvent, c'est une stratégie **de masse** (*marketing de masse*) : le même
message pour un très grand nombre de personnes, avec peu ou pas de personnalisation, sauf exceptions
notables. Le terme a été popularisé par Seth Godin (1999), qui lui oppose le *permission marketing*.
""")

md(
it="""
### Sinonimi, un termine a due sensi e il contrario

- ***outbound marketing***: il messaggio «esce» dall'azienda e va a cercare il pubblico, anziché aspettare che sia il
  pubblico a cercarlo (*inbound marketing*);
- ***push***, che ha **due significati** da non confondere:
  1. nei manuali (Kotler e Keller), la **strategia push** spinge il prodotto *lungo il canale distributivo* (forza
     vendita, promozioni ai distributori); la **strategia pull** stimola la domanda dei consumatori finali,
     soprattutto con la pubblicità, perché siano loro a «tirare» il prodotto. In questo senso lo spot TV è *pull*;
  2. nel marketing digitale, «push» è ogni messaggio inviato a chi non l'ha chiesto (telefonata, e-mail, notifica),
     «pull» il contenuto che la persona cerca da sé.

  Quando questo corso dice che l'interruzione è *push*, intende il **secondo** significato.

Il contrario è il ***permission marketing***: si comunica con chi ha accettato, anzi chiesto, di ricevere i
messaggi. La coppia **interruzione / permesso** è il filo conduttore del corso.
""",
fr="""
### Notions voisines, un terme à double sens et le contraire

- ***outbound marketing*** (« marketing sortant ») : l'entreprise va chercher le public au lieu
  d'attendre qu'il vienne à elle (*inbound marketing*, « marketing entrant ») ;
- ***push***, qui a **deux sens** à ne pas confondre :
  1. dans les manuels (Kotler, Keller et Manceau ; *Mercator*), la **stratégie push** (de *pression*) pousse le
     produit *à travers le circuit de distribution* (force de vente, promotions aux distributeurs) ; la **stratégie
     pull** (d'*aspiration*) suscite, par la publicité notamment, la demande des consommateurs finals. En ce sens, le
     spot télévisé est *pull* ;
  2. en communication numérique, *push* désigne tout message envoyé sans demande (appel, courriel, notification), et
     *pull* l'information que la personne vient chercher elle-même.

  Quand ce cours dit que l'interruption est *push*, c'est au **second** sens.

Le contraire est le ***permission marketing*** : on ne s'adresse qu'à ceux qui ont accepté, voire demandé, les
messages. Le couple **interruption / permission** est le fil rouge du cours.
""")

md(
it="""
## 2. Tre esempi classici

1. **La chiamata del call center.** Squilla il telefono: un fornitore di luce e gas, o un operatore telefonico,
   propone, con una *chiamata a freddo*, un'offerta che nessuno ha chiesto. In Italia chi non vuole più queste chiamate iscrive il proprio numero,
   anche di cellulare, al *Registro pubblico delle opposizioni* (RPO): è un regime di **opt-out**, in cui chiamare è
   lecito finché la persona non si oppone.
2. **Lo spot che interrompe il film.** Sulla Rai o su Canale 5 il film si ferma per l'**interruzione
   pubblicitaria**: lo spettatore la subisce (o cambia canale).
3. **L'e-mail mai richiesta.** Un'offerta arriva nella casella di una persona che non si è mai iscritta per
   riceverla: finisce nello spam oppure irrita chi la riceve. Per e-mail e SMS promozionali vale la regola opposta,
   l'**opt-in**: serve il consenso preventivo (art. 130 del Codice in materia di protezione dei dati personali,
   d.lgs. 196/2003, detto «Codice privacy»), con eccezioni (lezione 7).

In tutti e tre i casi il messaggio arriva **senza essere stato chiesto**, **nel momento scelto da chi lo invia** e
**mentre la persona sta facendo altro**. Sono i tre tratti che useremo per riconoscere un'interruzione.
""",
fr="""
## 2. Trois exemples classiques

1. **Le démarchage téléphonique.** Le téléphone sonne : un fournisseur d'énergie ou un opérateur de téléphonie
   propose, par une *prospection téléphonique à froid*, une offre que personne n'a demandée. Jusqu'en 2026, c'était le régime de
   l'**opt-out** : l'appel était permis tant que la personne ne s'y était pas opposée (liste **Bloctel**) ; la règle
   est désormais inversée (voir ci-dessous).
2. **La publicité qui coupe le film.** Sur TF1 ou M6, le film s'arrête pour un écran publicitaire : le
   téléspectateur le subit (ou il zappe).
3. **Le courriel jamais demandé.** Une offre arrive dans la boîte d'une personne qui ne s'est jamais inscrite pour
   la recevoir : elle finit dans le courrier indésirable ou agace son destinataire. Pour prospecter un particulier
   par courriel ou SMS, il faut un consentement préalable, l'**opt-in** (art. L. 34-5 du code des postes et des
   communications électroniques), sauf exceptions (leçon 7).

Dans les trois cas, le message arrive **sans avoir été demandé**, **au moment choisi par l'émetteur** et **pendant
que la personne fait autre chose**. Ce sont les trois traits qui signalent une interruption.
""")

md(
it="""
### Un caso reale: la Francia porta il telemarketing dall'interruzione al permesso

La Francia seguiva la logica dell'RPO: la lista di opposizione **Bloctel** e, dal 2023, un decreto (n. 2022-1313)
che limitava giorni, ore e tentativi di chiamata (al massimo quattro in trenta giorni). **Dall'11 agosto 2026**, data
di fine della concessione di Bloctel, un professionista non può più chiamare a scopo commerciale un consumatore che
**non abbia dato prima il proprio consenso** (art. L. 223-1 del *Code de la consommation*, modificato dalla legge
n. 2025-594, art. 13): un consenso «libero, specifico, informato, inequivocabile e revocabile», che spetta al
professionista dimostrare. Eccezione: le chiamate nell'ambito di un contratto in corso e legate al suo oggetto.

Bloctel e i limiti del 2022 appartengono al vecchio regime di opposizione: oggi la regola di base è il consenso. (La
legge prevede ancora un decreto su giorni, orari e frequenza delle chiamate.)
""",
fr="""
### Un cas réel : la France fait passer le démarchage téléphonique de l'interruption à la permission

La France suivait une logique d'opposition, comme l'Italie aujourd'hui avec son *Registro pubblico delle
opposizioni* (RPO) : la liste **Bloctel** et, depuis 2023, le décret n° 2022-1313 (jours,
heures, au plus quatre tentatives d'appel sur trente jours). **Depuis le 11 août
2026**, date de la fin de la concession Bloctel, un professionnel ne peut plus démarcher par téléphone un
consommateur qui **n'a pas exprimé préalablement son consentement** (art. L. 223-1 du code de la consommation,
modifié par la loi n° 2025-594 du 30 juin 2025, art. 13) : une volonté « libre, spécifique, éclairée, univoque et
révocable », dont la preuve incombe au professionnel. Exception : l'appel passé dans le cadre d'un contrat en cours
et en rapport avec son objet.

Bloctel et le cadre de 2022 appartiennent à l'ancien régime ; le nouvel article L. 223-1 prévoit
toujours qu'un décret fixe les jours, les horaires et la fréquence des appels.
""")

md(
it="""
### Quanto spam c'è davvero?

Il terzo esempio ha un nome: *spam*, la posta elettronica indesiderata inviata in massa. Alcune aziende di
sicurezza informatica ne misurano la quota nel traffico e-mail. La tabella del corso contiene **solo cifre
pubblicate**, ciascuna con la sua fonte.
""",
fr="""
### Quelle est la part réelle du spam ?

Le troisième exemple porte un nom : le *spam*, courriel non sollicité envoyé en masse. Des éditeurs de sécurité
informatique mesurent sa part dans le trafic. Le tableau de données du cours ne contient **que des chiffres
publiés**, chacun avec sa source.
""")

code('''
spam = cl.datasets.load_spam_share()
cl.tables.localize(spam, columns=["period", "spam_share_pct", "vendor", "scope"])
''')

md(
it="""
Le cifre di fornitori diversi **non sono confrontabili**: ognuno osserva il traffico dei propri clienti (per il 2016,
Cisco 65 %, Kaspersky 59 % nel terzo trimestre). Il grafico usa quindi solo Kaspersky.
""",
fr="""
Les chiffres d'éditeurs différents **ne sont pas comparables** : chacun observe le trafic de ses propres clients
(pour 2016, Cisco 65 %, Kaspersky 59 % au troisième trimestre). Le graphique ne retient donc que Kaspersky.
""")

code('''
ax = cl.plots.spam_share()
''')

md(
it="""
**Cosa notare.** Secondo Kaspersky lo spam era il 79–85 % del traffico nel 2009–2011 (cerchi: dati annuali;
quadrati: trimestrali), poi è sceso: le cifre annuali vanno dal 55 % del 2015 al 45 % del 2025. Un blogger francese
che commentava il libro di Godin ipotizzava «oltre il 90 %» delle e-mail del mondo: per il 2009–2010 l'ordine di
grandezza era giusto (84–88 % nella tabella; la stima più alta, 88 %, è di Symantec/MAAWG, citata da Rao e Reiley
2012), anche se un po' eccessivo; oggi siamo intorno al 45 % (lezione 7).
""",
fr="""
**À remarquer.** D'après Kaspersky, le spam représentait 79 à 85 % du trafic en 2009–2011 (cercles : chiffres
annuels ; carrés : trimestriels), puis il a reculé : les chiffres annuels vont de 55 % en 2015 à 45 % en 2025. Un
blogueur français qui commentait le livre de Godin avançait « plus de 90 % des mails mondiaux » : pour 2009–2010,
l'ordre de grandeur était juste (84 à 88 % dans le tableau, 88 % selon Symantec/MAAWG, cités par Rao et Reiley
2012), quoiqu'un peu trop élevé ; aujourd'hui, on est autour de 45 % (leçon 7).
""")

md(
it="""
## 3. Fuori contesto… ma non sempre

Negli esempi della sezione 2 il messaggio **non c'entra nulla** con ciò che la persona sta facendo: per questo
l'interruzione viene spesso identificata con la comunicazione *fuori contesto*.

Non è però sempre così. Pensa a un **pop-up** (una finestra che si apre da sola sulla pagina) che compare mentre
leggi un articolo su un sito di cucina e ti propone un corso di pasta fresca: interrompe la lettura, certo, ma parla
proprio dell'argomento che stai leggendo. È un'**interruzione contestuale**.
""",
fr="""
## 3. Hors contexte… mais pas toujours

Dans les exemples de la section 2, le message **n'a aucun rapport** avec ce que fait la personne : c'est pourquoi on
assimile souvent l'interruption à une communication *hors contexte*.

Ce n'est pourtant pas une règle. Imaginez une **fenêtre surgissante** (*pop-up*) qui s'ouvre pendant que vous lisez
un article sur un site de randonnée, pour vous proposer des chaussures de marche : elle interrompt la lecture,
mais elle porte précisément sur le sujet de l'article. C'est une **interruption contextuelle**.
""")

md(
it="""
### Dati e automazione: interruzioni mirate

Con la *marketing automation* (campagne fatte partire da un evento) e il *data-driven
marketing* (decisioni guidate dai dati sui clienti), l'interruzione diventa più mirata e in parte
**personalizzata**:

- un operatore che chiama i clienti con offerte **in linea con i loro consumi** (esempio classico: a chi ha un piano
  senza SMS se ne propone uno che li comprende; oggi, a chi esaurisce i giga, un'offerta con più dati);
- un banner che ti ripropone, su un altro sito, il prodotto lasciato nel carrello (*retargeting*);
- un'**e-mail con un'offerta** subito dopo un acquisto in negozio.

Resta un'interruzione, ma parla del cliente; e interrompere non vuol dire per forza infastidire: un'interruzione può
**creare un primo contatto** con chi non conosce la marca, o **mantenerlo e renderlo più redditizio**. Contano la
pertinenza, il momento e la frequenza (lezione 3); l'uso dei dati del cliente ha regole precise (lezioni 5–8).
""",
fr="""
### Données et automatisation : des interruptions ciblées

Avec l'automatisation du marketing (*marketing automation* : des campagnes déclenchées par un événement) et le
marketing fondé sur les données (*data-driven marketing*), l'interruption devient mieux ciblée et en partie
**personnalisée** :

- un opérateur qui appelle ses clients avec des offres **cohérentes avec leur consommation** (exemple classique : le
  forfait sans SMS ; aujourd'hui, à qui épuise ses données mobiles, un forfait plus généreux) ;
- une bannière qui vous remontre, sur un autre site, le produit laissé dans votre panier (*retargeting*) ;
- un **courriel promotionnel** envoyé juste après un achat en magasin.

Cela reste une interruption, mais elle parle du client. Interrompre n'est pas forcément importuner : on peut
ainsi **établir un premier contact** avec qui ne connaît pas la marque, ou **l'entretenir et le rendre plus
rentable**. Tout se joue sur la pertinence, le moment et la fréquence (leçon 3) ; l'usage des données
obéit à des règles précises (leçons 5 à 8).
""")

md(
it="""
## 4. Il punto di vista di Seth Godin

Nel libro *Permission Marketing* (1999) Seth Godin contrappone due modi di fare marketing: l'interruzione e il
permesso. Per Godin il marketing dell'interruzione è **la pubblicità come la conosciamo**, ovunque e in ogni
momento: in TV, sui giornali, su Internet, sui muri delle città. Il consumatore **non viene interpellato**, è
passivo: l'inserzionista cattura un po' del suo tempo per proporgli, o
meglio imporgli, un'offerta.

Il metodo ha dato prova di sé: le somme investite sono colossali (produzione degli spot, spazi in prima serata) e i
risultati reali. Ma l'attenzione è limitata. Nel 2004 Patrick Le Lay, allora presidente di TF1, lo disse senza giri di
parole: «Ce que nous vendons à Coca-Cola, c'est du temps de cerveau humain disponible» (vendiamo alla Coca-Cola tempo
di cervello umano disponibile). Sono le emittenti a vendere questo tempo, che però non aumenta: se tutti alzano la voce,
ognuno spende di più senza risultati migliori. Questa **escalation** è il tema della lezione 2.
""",
fr="""
## 4. Le point de vue de Seth Godin

Dans *Permission Marketing* (1999), Seth Godin oppose deux façons de faire du marketing : l'interruption et la
permission. Pour lui, le marketing d'interruption, c'est **la publicité telle que nous la connaissons**, partout et
tout le temps : à la télévision, dans la presse, sur Internet, sur les murs des villes. Le consommateur **n'est pas
consulté**, il reste passif : l'annonceur lui prend un peu de son temps pour lui présenter,
voire lui imposer, une offre.

La méthode a fait ses preuves, à coups de sommes colossales (films publicitaires, espace aux heures de grande
écoute). Mais l'attention est limitée. En 2004, Patrick Le Lay, alors PDG de
TF1, l'a dit sans détour : « Ce que nous vendons à Coca-Cola, c'est du temps de cerveau humain disponible ». Ce sont les chaînes qui vendent ce temps, et il n'est
pas extensible : si tous haussent le ton, chacun dépense davantage sans meilleurs résultats. Cette **escalade** fera
l'objet de la leçon 2.
""")

md(
it="""
## 5. L'attenzione, una risorsa scarsa

«Una ricchezza di informazione crea una povertà di attenzione», scriveva l'economista Herbert
Simon (1971; traduzione nostra). È l'idea dell'**economia dell'attenzione**: per il marketing dell'interruzione,
l'attenzione è una torta di dimensione fissa che gli inserzionisti si spartiscono.

### Un modello di quota di attenzione

Ci sono $n$ inserzionisti che si contendono l'attenzione dello stesso pubblico; la quota che
va all'inserzionista $i$ è

$$
s_i \\;=\\; \\frac{w_i\\,A_i^{\\gamma}}{O + \\sum_{j=1}^{n} w_j\\,A_j^{\\gamma}}
$$

dove:

- $s_i$ è la **quota di attenzione** dell'inserzionista $i$, un numero tra 0 e 1;
- $A_i \\ge 0$ è il suo **sforzo**: budget, numero di spot, di chiamate o di e-mail;
- $w_i \\ge 0$ è un **peso**: l'efficacia del messaggio (creatività, pertinenza); di norma $w_i = 1$;
- $\\gamma > 0$ dice quanto conta lo sforzo: con $\\gamma = 1$ le quote degli inserzionisti stanno tra loro come i
  loro sforzi; con $\\gamma > 1$ chi spende di
  più si prende una fetta più che proporzionale;
- $O \\ge 0$ è l'**opzione esterna**: il peso di ciò che attira l'attenzione fuori dalla pubblicità (il film, un'altra
  attività, lo zapping);
- la somma $\\sum_{j=1}^{n}$ è estesa a tutti gli $n$ inserzionisti, compreso $i$.

Le quote degli inserzionisti più la quota dell'opzione esterna, $O / (O + \\sum_j w_j A_j^{\\gamma})$, danno
sempre 1: in questo modello l'attenzione non si crea né si distrugge, si sposta.
""",
fr="""
## 5. L'attention, une ressource rare

« Une abondance d'information crée une pauvreté d'attention », écrivait l'économiste Herbert
Simon (1971 ; notre traduction). C'est l'*économie de l'attention* : pour le marketing
d'interruption, l'attention est un gâteau de taille fixe que les annonceurs se partagent.

### Un modèle de part d'attention

Soit $n$ annonceurs qui se disputent l'attention d'un même public ; la part qui revient à l'annonceur
$i$ vaut

$$
s_i \\;=\\; \\frac{w_i\\,A_i^{\\gamma}}{O + \\sum_{j=1}^{n} w_j\\,A_j^{\\gamma}}
$$

où :

- $s_i$ est la **part d'attention** de l'annonceur $i$, comprise entre 0 et 1 ;
- $A_i \\ge 0$ est son **effort** : budget, nombre de spots, d'appels ou de courriels ;
- $w_i \\ge 0$ est un **poids** : l'efficacité du message (création, pertinence) ; par défaut $w_i = 1$ ;
- $\\gamma > 0$ mesure le rôle de l'effort : avec $\\gamma = 1$, les parts des annonceurs sont proportionnelles à
  leurs efforts respectifs ; avec
  $\\gamma > 1$, celui qui dépense le plus rafle une part plus que proportionnelle ;
- $O \\ge 0$ est l'**option extérieure** : le poids de ce qui retient l'attention hors publicité (le film, une autre
  activité, le zapping) ;
- la somme $\\sum_{j=1}^{n}$ porte sur les $n$ annonceurs, $i$ compris.

Les parts des annonceurs et la part de l'option extérieure, $O / (O + \\sum_j w_j A_j^{\\gamma})$, ont toujours
pour somme 1 : dans ce modèle, l'attention ne se crée pas, elle se déplace.
""")

md(
it="""
Proviamo con quattro inserzionisti che fanno lo stesso sforzo, $A = 2$, e un'opzione esterna $O = 4$ (con
$\\gamma = 1$ e pesi uguali, i valori predefiniti). La funzione `cl.attention.attention_shares` applica la formula;
i suoi argomenti `gamma=`, `weights=` e `outside=` sono $\\gamma$, i pesi $w$ e l'opzione esterna $O$. La funzione
`show` scrive i numeri con la virgola decimale:
""",
fr="""
Essayons avec quatre annonceurs au même effort, $A = 2$, et une option extérieure $O = 4$ (avec
$\\gamma = 1$ et poids égaux, par défaut). La fonction `cl.attention.attention_shares` applique la
formule ; ses arguments `gamma=`, `weights=` et `outside=` sont $\\gamma$, les poids $w$ et l'option extérieure $O$. La
fonction `show` écrit les nombres avec la virgule décimale :
""")

code('''
def show(values):  {c0}
    print("; ".join(cl.i18n.number(v, 3) for v in values))

efforts = np.array([2.0, 2.0, 2.0, 2.0])
shares = cl.attention.attention_shares(efforts, outside=4.0)
show(shares)
show([1 - shares.sum()])  {c1}
''', comments={"it": ["# numeri con la virgola decimale", "# quota dell'opzione esterna"],
               "fr": ["# nombres avec la virgule décimale", "# part de l'option extérieure"]})

md(
it="""
Ognuno ottiene $2/(4 + 4\\cdot 2) = 1/6 \\approx 0{,}167$ dell'attenzione; il restante $1/3$ va all'opzione
esterna. Ora il primo inserzionista raddoppia lo sforzo, poi **tutti** lo raddoppiano, infine il primo torna a 2 ma
con un messaggio pertinente, di peso doppio:
""",
fr="""
Chacun obtient $2/(4 + 4\\cdot 2) = 1/6 \\approx 0{,}167$ de l'attention ; le tiers restant va à l'option
extérieure. Le premier annonceur double maintenant son effort, puis **tous** le doublent, enfin le premier revient
à 2, mais avec un message pertinent, de poids double :
""")

code('''
show(cl.attention.attention_shares([4.0, 2.0, 2.0, 2.0], outside=4.0))
show(cl.attention.attention_shares([4.0, 4.0, 4.0, 4.0], outside=4.0))
show(cl.attention.attention_shares([2.0, 2.0, 2.0, 2.0], weights=[2, 1, 1, 1], outside=4.0))
''')

md(
it="""
Se è l'unico a raddoppiare lo sforzo, il primo inserzionista passa da 0,167 a 0,286, a spese dei concorrenti (scesi
a 0,143) e dell'opzione esterna. Se però **tutti** raddoppiano, ognuno arriva solo a 0,2; senza opzione esterna ($O = 0$)
le quote resterebbero $1/4$: è il germe dell'escalation. L'ultima riga mostra l'alternativa: un messaggio
contestuale o mirato si traduce in un peso $w_i$ più alto e, con $\\gamma = 1$, raddoppiare questo peso rende quanto
raddoppiare lo sforzo (0,286).

Il grafico fa variare il tuo sforzo (primo inserzionista) da 0 a 10, con i concorrenti fermi a 2 e $O = 4$.
""",
fr="""
En doublant seul son effort, le premier annonceur passe de 0,167 à 0,286, aux dépens de ses concurrents (0,143) et
de l'option extérieure. Si **tous** doublent, chacun n'atteint que 0,2 ; sans option extérieure ($O = 0$), les parts resteraient à $1/4$ : c'est le germe
de l'escalade. La dernière ligne montre l'autre voie : un message contextuel ou ciblé se traduit par un poids $w_i$
plus élevé et, avec $\\gamma = 1$, doubler ce poids rapporte autant que doubler l'effort (0,286).

Le graphique fait varier votre effort (premier annonceur) de 0 à 10, avec des concurrents à 2 et
$O = 4$.
""")

code('''
ax = cl.plots.attention_share()
''')

md(
it="""
**Cosa notare.** La tua quota (linea continua con cerchi; il cerchio grande indica lo sforzo attuale, 2, a cui
corrisponde una quota del 17 % circa) cresce con lo sforzo, ma sempre più lentamente: passare da 0 a 2 rende molto
più che passare da 8 a 10. Intanto scendono sia la quota dei concorrenti (tratteggio con quadrati) sia quella
dell'opzione esterna (tratto e punto con triangoli): ciò che guadagni, qualcun altro lo perde.
""",
fr="""
**À remarquer.** Votre part (trait plein avec des cercles ; le grand cercle repère l'effort actuel, 2, qui donne
une part d'environ 17 %) augmente de moins en moins vite : passer de 0 à 2 rapporte bien plus que de 8 à 10. La part des concurrents
(tirets avec des carrés) et celle de l'option extérieure (trait-point avec des triangles) diminuent : ce que vous
gagnez, d'autres le perdent.
""")

md(
it="""
### Prova tu

La demo parte da **8 inserzionisti**. Prova a:

1. portare gli inserzionisti da 4 a 12, sforzi a 2: che cosa succede alla tua quota, se né tu né i concorrenti di
   prima avete cambiato budget?
2. mettere l'opzione esterna a 0 e dare a tutti lo stesso sforzo, prima 2, poi 8: la tua quota cambia?
3. (per approfondire) con 12 inserzionisti, cercare lo sforzo che ti riporta alla quota che avevi con 4.
""",
fr="""
### À vous

La démo démarre avec **8 annonceurs**. Essayez de :

1. passer de 4 à 12 annonceurs, efforts à 2 : que devient votre part, alors que ni vous ni vos anciens concurrents
   n'avez changé de budget ?
2. mettre l'option extérieure à 0, puis donner à tous le même effort, 2 puis 8 : votre part change-t-elle ?
3. (pour aller plus loin) avec 12 annonceurs, chercher l'effort qui vous rend la part que vous aviez face à
   3 concurrents.
""")

code('''
cl.demos.attention_demo(n_advertisers=8)
''', tags=["nbval-ignore-output"])

md(
it="""
**Cosa notare.** Con 8 inserzionisti, sforzi a 2 e opzione esterna 4, il riquadro indica il 10 % a te, il 70 % ai
concorrenti e il 20 % all'opzione esterna: rispetto al grafico statico (4 inserzionisti) la tua quota è scesa dal
17 % al 10 % senza che tu abbia cambiato nulla. È l'**affollamento pubblicitario** (*clutter*), l'eccesso di
messaggi studiato da Anderson e de Palma (2009).

<details>
<summary>Risposte attese a «Prova tu»</summary>

1. Scende da circa il 17 % a circa il 7 % ($2/28$).
2. No: senza opzione esterna e con sforzi uguali la quota è sempre $1/n$, qualunque sia lo sforzo comune.
3. Circa 5,2: con $O = 4$ e 11 concorrenti a 2 serve $A/(4 + 22 + A) = 1/6$.

</details>
""",
fr="""
**À remarquer.** Avec 8 annonceurs (efforts de 2, option extérieure de 4), l'encadré indique 10 % pour vous, 70 %
pour les concurrents, 20 % pour l'option extérieure : face au graphique statique (4 annonceurs), votre part est
tombée de 17 % à 10 % sans que vous ayez rien changé. C'est l'**encombrement publicitaire**
(*clutter*), l'excès de messages qu'étudient Anderson et de Palma (2009).

<details>
<summary>Réponses attendues à « À vous »</summary>

1. Elle tombe d'environ 17 % à environ 7 % ($2/28$).
2. Non : sans option extérieure et à efforts égaux, la part vaut toujours $1/n$, quel que soit l'effort commun.
3. Environ 5,2 : avec $O = 4$ et 11 concurrents à 2, il faut $A/(4 + 22 + A) = 1/6$.

</details>
""")

md(
it="""
## 6. Tetti legali all'affollamento: Italia e Francia

Se ognuno alza la voce, le interruzioni rischiano di rovinare il programma: per questo la legge fissa dei tetti alle
emittenti, che vendono gli spazi.

- **Italia.** L'art. 45 del *Testo unico per la fornitura di servizi di media audiovisivi* (TUSMA, d.lgs. 8 novembre
  2021, n. 208, nel testo originario) fissa i tetti come **quota del tempo**: per la **Rai**, servizio pubblico, il **6 %** nelle fasce
  6–18 e 18–24 (7 % fino al 2022) e il **12 %** di ogni ora; per le **TV commerciali nazionali in chiaro**
  (per esempio Mediaset) il **20 %** per fascia.
- **Francia.** I tetti sono in **minuti per ora**: reti private **9 minuti** in media giornaliera e al massimo **12**
  in una singola ora; France 2 e France 3 (France Télévisions) **6** in media e al massimo **8**, e dal 5 gennaio
  2009 nessuna pubblicità commerciale tra le 20 e le 6 (restano ammesse le sponsorizzazioni).

Per confrontarli: minuti per ora = quota del tempo × 60 (il 20 % di un'ora sono 12 minuti). La cella seguente mostra
le due tabelle con questa colonna dei minuti.
""",
fr="""
## 6. Des plafonds légaux contre l'encombrement : France et Italie

Si chacun hausse le ton, les interruptions risquent de gâcher le programme : d'où des plafonds légaux, imposés aux
diffuseurs, qui vendent l'espace publicitaire.

- **France.** Les plafonds sont en **minutes par heure** : chaînes privées **9 minutes** en moyenne quotidienne et
  au plus **12** dans une heure d'horloge donnée ; France 2 et France 3 (France Télévisions) **6** en moyenne et au
  plus **8**, et, depuis le 5 janvier 2009, aucun écran de publicité commerciale entre 20 h et 6 h (le parrainage et
  la publicité générique restent permis).
- **Italie.** L'article 45 du TUSMA, le code italien des médias audiovisuels (décret législatif n° 208 du
  8 novembre 2021, texte d'origine), fixe les plafonds en **part du temps** : pour la **RAI**, service public, **6 %** dans les tranches 6 h–18 h et 18 h–24 h (7 % jusqu'en 2022) et
  **12 %** de chaque heure ; pour les **chaînes commerciales nationales gratuites** (Mediaset, par exemple),
  **20 %** par tranche.

Pour les comparer : minutes par heure = part du temps × 60 (20 % d'une heure font 12 minutes). La cellule suivante
affiche les deux tableaux avec cette colonne des minutes.
""")

code('''
from IPython.display import display
countries = ["it", "fr"] if cl.get_language() == "it" else ["fr", "it"]  {c0}
for country in countries:
    caps = cl.datasets.load_tv_caps(in_force_only=False, country=country)
    caps["cap_min_per_hour"] = caps["cap_pct"] * 60 / 100  {c1}
    display(cl.tables.localize(caps, columns=["broadcaster_type", "window", "cap_min_per_hour", "cap_pct",
                                              "valid_from", "valid_to"], decimals=1))
''', comments={"it": ["# prima il paese di chi legge", "# minuti per ora = quota × 60"],
               "fr": ["# le pays du lecteur d'abord", "# minutes par heure = part × 60"]})

md(
it="""
Ogni riga è un limite con la sua validità. Il grafico confronta i tetti senza data di fine: minuti per ora in basso,
quota del tempo in alto.
""",
fr="""
Chaque ligne est une limite avec sa validité. Le graphique compare les plafonds sans date de fin : minutes par heure
en bas, part du temps en haut.
""")

code('''
ax = cl.plots.tv_caps()
''')

md(
it="""
**Cosa notare.** Barre piene: medie (su una fascia in Italia, sulla giornata in Francia); barre tratteggiate: tetto
in una singola ora. Le TV commerciali italiane possono arrivare in media a 12
minuti l'ora, più del triplo della Rai (3,6 minuti); le reti private francesi hanno una media più bassa (9 minuti),
ma in una singola ora non possono superare 12 minuti; per le TV commerciali italiane l'art. 45 fissa invece solo un
tetto medio per fascia, non un tetto per singola ora: in prima serata possono quindi concentrare più pubblicità,
purché la media della fascia resti entro il 20 %. Una media per
fascia e una media giornaliera sono vicine, non identiche.

Nel modello, un tetto limita lo sforzo totale $\sum_j A_j$ in un'ora: protegge l'opzione esterna, cioè il programma.
""",
fr="""
**À remarquer.** Barres pleines : moyennes (sur la journée en France, sur une tranche en Italie) ; barres
hachurées : plafond dans une heure d'horloge donnée. Les chaînes privées françaises diffusent en moyenne au plus
9 minutes par heure, jamais plus de 12 dans une heure d'horloge donnée ; les chaînes commerciales italiennes
peuvent atteindre 12 minutes en moyenne, plus du triple de la RAI (3,6 minutes). Pour elles, l'article 45 ne fixe
qu'un plafond moyen par tranche, sans plafond pour une heure donnée : elles peuvent donc concentrer davantage de
publicité en soirée, pourvu que la moyenne de la tranche ne dépasse pas 20 %.
Attention : une moyenne quotidienne (France) et une moyenne par tranche horaire (Italie) ne mesurent pas tout à fait
la même chose.

Dans le modèle, un plafond borne l'effort total $\sum_j A_j$ d'une heure : il protège l'option extérieure,
c'est-à-dire le programme.
""")

# --- exercises -----------------------------------------------------------------------------------
SOL_IT = "<details>\n<summary>Soluzione (apri solo dopo aver provato)</summary>\n\n"
SOL_FR = "<details>\n<summary>Solution (à ouvrir après avoir essayé)</summary>\n\n"

md(
it="""
## 7. Esercizi

Scrivi la risposta al posto di `None` ed esegui la cella: `check` la corregge e ti dà un suggerimento (al secondo
errore, anche il codice).

### Esercizio 01.1 — Riconoscere un'interruzione contestuale

Quale di questi quattro casi è un'**interruzione contestuale**?

- **a)** Durante un film del sabato sera su Canale 5 parte uno spot di un'automobile.
- **b)** Mentre leggi un articolo sui sentieri per la mountain bike si apre un pop-up che offre uno sconto su un
  casco da bici.
- **c)** Il lunedì mattina ricevi la newsletter a cui ti sei iscritto tu stesso, come ogni settimana.
- **d)** Mentre sei a cena squilla il telefono: un call center ti propone la stessa offerta di luce e gas che propone
  a tutti.

Rispondi con una lettera tra virgolette, per esempio `"a"`.
""",
fr="""
## 7. Exercices

Remplacez `None` par votre réponse et exécutez la cellule : `check` la corrige et donne un indice (à la deuxième
erreur, le code aussi).

### Exercice 01.1 — Reconnaître une interruption contextuelle

Lequel de ces quatre cas est une **interruption contextuelle** ?

- **a)** Pendant le film du dimanche soir sur TF1, un spot pour une voiture interrompt l'action.
- **b)** Pendant que vous lisez un article sur les sentiers de VTT, une fenêtre surgissante vous propose une remise
  sur un casque de vélo.
- **c)** Le lundi matin, vous recevez la lettre d'information à laquelle vous vous êtes vous-même abonné, comme
  chaque semaine.
- **d)** En plein dîner, le téléphone sonne : un centre d'appels vous propose la même offre d'énergie qu'à tout le
  monde.

Répondez par une lettre entre guillemets, par exemple `"a"`.
""")

code('''
answer = None  # "a" | "b" | "c" | "d"
check("01.1", answer)
''')

md(
it=SOL_IT + """Il pop-up interrompe la lettura, ma parla proprio dell'argomento dell'articolo: è un'interruzione
contestuale. Lo spot (a) e la chiamata (d) sono interruzioni di massa fuori contesto; la newsletter (c) non è
un'interruzione, perché l'hai chiesta tu: è permission marketing.

```python
answer = "b"
check("01.1", answer)
```

</details>""",
fr=SOL_FR + """La fenêtre surgissante interrompt la lecture, mais elle porte précisément sur le sujet de l'article :
c'est une interruption contextuelle. Le spot (a) et l'appel (d) sont des interruptions de masse hors contexte ; la
lettre d'information (c) n'est pas une interruption, puisque vous l'avez demandée : c'est du permission marketing.

```python
answer = "b"
check("01.1", answer)
```

</details>""", tags=["solution"])

md(
it="""
### Esercizio 01.2 — La tua quota di attenzione

Cinque inserzionisti si contendono lo stesso pubblico. Tu investi uno sforzo $A_1 = 3$; ciascuno dei quattro
concorrenti investe $1{,}5$. L'opzione esterna vale $O = 6$ e lo sforzo conta più che proporzionalmente:
$\\gamma = 1{,}5$ (pesi tutti uguali a 1). Quale quota di attenzione ottieni? Scrivi un numero tra 0 e 1 usando
`cl.attention.attention_shares` con gli argomenti `gamma=` e `outside=`; in Python i decimali si separano con il
punto (per esempio `0.25`).
""",
fr="""
### Exercice 01.2 — Votre part d'attention

Cinq annonceurs se disputent le même public. Votre effort vaut $A_1 = 3$, celui de chacun des quatre concurrents
$1{,}5$. L'option extérieure vaut $O = 6$ et l'effort compte plus que proportionnellement :
$\\gamma = 1{,}5$ (tous les poids égaux à 1). Quelle part d'attention obtenez-vous ? Donnez un nombre entre 0 et 1,
à l'aide de `cl.attention.attention_shares` et de ses arguments `gamma=` et `outside=` ; en Python, le séparateur
décimal est le point (par exemple `0.25`).
""")

code('''
answer = None  # 0–1
check("01.2", answer)
''')

md(
it=SOL_IT + """La tua quota è il primo elemento del risultato:
$3^{1{,}5} / (6 + 3^{1{,}5} + 4 \\cdot 1{,}5^{1{,}5}) \\approx 0{,}28$. Con il doppio dello sforzo di ogni concorrente
ottieni quasi tre volte la sua quota ($2^{1{,}5} \\approx 2{,}83$), perché $\\gamma > 1$. Errori tipici: dimenticare
l'opzione esterna (0,41) o $\\gamma$ (0,20).

```python
efforts = [3.0, 1.5, 1.5, 1.5, 1.5]
shares = cl.attention.attention_shares(efforts, gamma=1.5, outside=6.0)
answer = shares[0]
print(round(answer, 3))
check("01.2", answer)
```

</details>""",
fr=SOL_FR + """Votre part est le premier élément du résultat :
$3^{1{,}5} / (6 + 3^{1{,}5} + 4 \\cdot 1{,}5^{1{,}5}) \\approx 0{,}28$. Avec un effort double de celui de chaque
concurrent, vous obtenez presque trois fois sa part ($2^{1{,}5} \\approx 2{,}83$), parce que $\\gamma > 1$. Erreurs
typiques : oublier l'option extérieure (0,41) ou $\\gamma$ (0,20).

```python
efforts = [3.0, 1.5, 1.5, 1.5, 1.5]
shares = cl.attention.attention_shares(efforts, gamma=1.5, outside=6.0)
answer = shares[0]
print(round(answer, 3))
check("01.2", answer)
```

</details>""", tags=["solution"])

md(
it="""
### Esercizio 01.3 (facoltativo) — Quanto è calato lo spam?

Usando la tabella `cl.datasets.load_spam_share()` e solo le righe di Kaspersky, calcola di quanti **punti
percentuali** è scesa la quota di spam tra il dato annuale del 2009 (`period` uguale a `"2009"`) e quello del 2025
(`"2025"`). Scrivi un numero positivo, con il punto decimale (per esempio `12.5`); va bene anche il calcolo a mano.
""",
fr="""
### Exercice 01.3 (pour aller plus loin) — De combien le spam a-t-il reculé ?

À partir du tableau `cl.datasets.load_spam_share()`, en ne gardant que les lignes de Kaspersky, calculez de combien
de **points de pourcentage** la part du spam a baissé entre le chiffre annuel de 2009 (`period` égal à `"2009"`) et
celui de 2025 (`"2025"`). Donnez un nombre positif, avec le point décimal (par exemple `12.5`) ; le calcul à la main
convient aussi.
""")

code('''
answer = None  # p.p.
check("01.3", answer)
''')

md(
it=SOL_IT + """Si filtrano le righe di Kaspersky, si usa il periodo come indice e si sottrae:
$85{,}2 - 44{,}99 = 40{,}21$ punti percentuali. Attenzione: è una differenza in *punti*, non una variazione
percentuale (che sarebbe un calo di circa il 47 %).

```python
spam = cl.datasets.load_spam_share()
kaspersky = spam[spam["vendor"] == "Kaspersky"].set_index("period")["spam_share_pct"]
answer = kaspersky["2009"] - kaspersky["2025"]
print(round(answer, 2))
check("01.3", answer)
```

</details>""",
fr=SOL_FR + """On filtre les lignes de Kaspersky, on prend la période comme index et l'on soustrait :
$85{,}2 - 44{,}99 = 40{,}21$ points de pourcentage. Attention : c'est un écart en *points*, pas une variation en
pourcentage (qui serait une baisse d'environ 47 %).

```python
spam = cl.datasets.load_spam_share()
kaspersky = spam[spam["vendor"] == "Kaspersky"].set_index("period")["spam_share_pct"]
answer = kaspersky["2009"] - kaspersky["2025"]
print(round(answer, 2))
check("01.3", answer)
```

</details>""", tags=["solution"])

md(
it="""
### Esercizio 01.4 — Push o pull?

Una marca di shampoo compra spot in prima serata per convincere i consumatori a chiederlo al supermercato. Nel senso
dei **manuali** (sezione 1), di quale strategia fa parte lo spot?

- **a)** push
- **b)** pull
- **c)** nessuna delle due: push e pull riguardano solo la distribuzione, non la pubblicità
""",
fr="""
### Exercice 01.4 — Push ou pull ?

Une marque de shampoing achète des spots aux heures de grande écoute pour que les consommateurs le réclament au
supermarché. Au sens des **manuels** (section 1), de quelle stratégie relève le spot ?

- **a)** push
- **b)** pull
- **c)** aucune des deux : push et pull ne concernent que la distribution, pas la publicité
""")

code('''
answer = None  # "a" | "b" | "c"
check("01.4", answer)
''')

md(
it=SOL_IT + """Lo spot parla ai consumatori finali perché siano loro a «tirare» il prodotto lungo il canale: è
**pull** nel senso dei manuali. Nel gergo digitale resta un messaggio «push», perché nessuno l'ha chiesto: per questo
conviene sempre dire in quale senso si usa la parola.

```python
answer = "b"
check("01.4", answer)
```

</details>""",
fr=SOL_FR + """Le spot s'adresse aux consommateurs finals pour qu'ils « tirent » le produit à travers le circuit :
c'est du **pull** au sens des manuels. Dans le jargon numérique, il reste un message « push », puisque personne ne
l'a demandé : d'où l'intérêt de toujours préciser en quel sens on emploie le mot.

```python
answer = "b"
check("01.4", answer)
```

</details>""", tags=["solution"])

md(
it="""
### Esercizio 01.5 (argomentato) — Interruzione, interruzione contestuale o permesso?

Classifica ogni messaggio come **interruzione fuori contesto**, **interruzione contestuale o mirata** o
**permesso**, e giustifica in una o due frasi con i tre tratti della sezione 2.

1. Settembre 2026: un fornitore di energia chiama in Francia, a cena, una persona che non è sua cliente e non gli ha
   mai dato il consenso.
2. Il tuo operatore ti chiama per proporti più giga, perché ogni mese esaurisci quelli del tuo piano.
3. Durante una partita in TV parte uno spot di un'assicurazione auto.
4. Una compagnia aerea ti scrive il saldo punti del programma fedeltà a cui ti sei iscritto, come avevi chiesto.
""",
fr="""
### Exercice 01.5 (argumenté) — Interruption, interruption contextuelle ou permission ?

Classez chaque message comme **interruption hors contexte**, **interruption contextuelle ou ciblée** ou
**permission**, et justifiez en une ou deux phrases à l'aide des trois traits de la section 2.

1. Septembre 2026 : un fournisseur d'énergie appelle en France, en plein dîner, une personne qui n'est pas sa cliente
   et ne lui a jamais donné son consentement.
2. Votre opérateur vous appelle pour vous proposer plus de données, parce que vous épuisez chaque mois celles de votre
   forfait.
3. Pendant un match à la télévision, un spot pour une assurance auto coupe la retransmission.
4. Une compagnie aérienne vous envoie le solde de points du programme de fidélité auquel vous vous êtes inscrit,
   comme vous l'aviez demandé.
""")

md(
it="""
<details>
<summary>Risposta modello (apri dopo aver scritto la tua)</summary>

1. **Interruzione fuori contesto**, e dall'11 agosto 2026 **vietata** in Francia: non richiesta, all'ora scelta dal
   fornitore, durante la cena, senza consenso (art. L. 223-1). Con un consenso valido diventerebbe permesso.
2. **Interruzione mirata**: non richiesta e nel momento scelto dall'operatore, ma basata sui consumi e pertinente
   (è l'esempio della sezione 3). In Francia questa chiamata può restare lecita senza consenso: avviene nell'ambito
   di un contratto in corso ed è legata al suo oggetto.
3. **Interruzione fuori contesto**: spezza la trasmissione, uguale per tutti, estranea alla partita.
4. **Permesso**: richiesto, atteso, personale e pertinente, come l'estratto punti di un programma fedeltà che il
   cliente stesso va a consultare.

</details>
""",
fr="""
<details>
<summary>Réponse modèle (à ouvrir après avoir rédigé la vôtre)</summary>

1. **Interruption hors contexte**, et depuis le 11 août 2026 **interdite** en France : non demandée, à l'heure
   choisie par le fournisseur, pendant le dîner, sans consentement (art. L. 223-1). Avec un consentement valable, ce
   serait de la permission.
2. **Interruption ciblée** : non demandée et au moment choisi par l'opérateur, mais fondée sur la consommation et
   pertinente (exemple classique). En France, cet appel peut rester permis sans consentement : il a lieu dans le
   cadre d'un contrat en cours et a un rapport avec son objet.
3. **Interruption hors contexte** : elle coupe le match, identique pour tous, sans rapport avec le football.
4. **Permission** : demandée, attendue, personnelle et pertinente ; c'est l'exemple des miles aériens du blogueur
   cité plus haut.

</details>
""", tags=["solution"])

md(
it="""
<details>
<summary>Griglia di valutazione</summary>

- **Classificazione** (4 punti): uno per messaggio.
- **Giustificazione** (4 punti): per ogni messaggio almeno un tratto (richiesto o no, momento, attività interrotta).
- **Diritto** (1 punto): messaggio 1, consenso preventivo obbligatorio in Francia dal 2026.
- **Sfumatura** (1 punto): il messaggio 2 resta un'interruzione; «mirato» non vuol dire «permesso».

8–10: ottimo; 5–7: rileggi le sezioni 2 e 3; sotto 5: rileggi la lezione.

</details>
""",
fr="""
<details>
<summary>Grille d'évaluation</summary>

- **Classement** (4 points) : un par message.
- **Justification** (4 points) : pour chaque message, au moins un trait (demandé ou non, moment, activité interrompue).
- **Droit** (1 point) : message 1, consentement préalable obligatoire en France depuis 2026.
- **Nuance** (1 point) : le message 2 reste une interruption ; « ciblé » ne veut pas dire « permission ».

8 à 10 : très bien ; 5 à 7 : relisez les sections 2 et 3 ; moins de 5 : relisez la leçon.

</details>
""", tags=["solution"])

md(
it="""
## Riepilogo

- Il **marketing dell'interruzione** (*outbound*; *push* in senso digitale) raggiunge le persone mentre fanno
  altro; il contrario è il *permission marketing*. Nei manuali la pubblicità è *pull*.
- Spesso è di massa e fuori contesto, ma può essere **contestuale** e, con dati e automazione, **mirato**.
- Dall'11 agosto 2026 la Francia esige il **consenso preventivo** per il telemarketing: dall'interruzione al permesso.
- In Italia: opt-out (RPO) per le telefonate con operatore, opt-in (art. 130) per e-mail e SMS.
- Nel modello, ciò che un inserzionista guadagna lo perdono gli altri; un messaggio più pertinente (peso $w_i$ più
  alto) può rendere quanto un budget più alto (con $\\gamma = 1$, raddoppiare il peso equivale a raddoppiare lo sforzo).
- Lo spam è sceso dall'85 % (2009) al 45 % (2025) secondo Kaspersky; in Italia e in Francia la legge fissa tetti
  all'affollamento pubblicitario in TV, più bassi per il servizio pubblico.

Nella **lezione 2**: l'escalation della spesa senza escalation dei risultati.
""",
fr="""
## En résumé

- Le **marketing d'interruption** (*outbound* ; *push* au sens numérique) atteint les gens pendant qu'ils font autre
  chose ; son contraire est le *permission marketing*. Dans les manuels, la publicité relève du *pull*.
- Souvent de masse et hors contexte, il peut être **contextuel** et, grâce aux données, **ciblé**.
- Depuis le 11 août 2026, la France exige le **consentement préalable** au démarchage téléphonique : de
  l'interruption à la permission.
- Pour les courriels et SMS, l'opt-in est la règle en France comme en Italie ; pour les appels, l'Italie reste en
  opt-out (RPO).
- Dans le modèle, ce qu'un annonceur gagne, les autres le perdent ; un message plus pertinent (poids $w_i$ plus
  élevé) peut rapporter autant qu'un budget plus élevé (avec $\\gamma = 1$, doubler le poids équivaut à doubler
  l'effort).
- Le spam est passé de 85 % (2009) à 45 % (2025) selon Kaspersky ; en France comme en Italie, la loi plafonne la
  publicité télévisée, plus strictement pour le service public.

À la **leçon 2** : l'escalade des dépenses sans escalade des résultats.
""")

md(
it="""
### Termini chiave
""",
fr="""
### Termes clés
""")

code('''
cl.glossary.key_terms([
    "interruption_marketing", "outbound_marketing", "push_pull_strategy", "permission_marketing",
    "mass_marketing", "call_centre", "cold_call", "opt_out", "opt_in", "do_not_call_registry",
    "italian_opposition_register", "bloctel", "french_phone_opt_in_2026", "ad_break", "spam", "pop_up",
    "contextual_advertising", "marketing_automation", "data_driven_marketing", "attention_economy",
    "share_of_attention", "outside_option", "ad_clutter", "tusma",
])
''')

md(
it="""
## Fonti

- Godin, S. (1999), *Permission Marketing*, New York, Simon & Schuster.
- Simon, H. A. (1971), «Designing organizations for an information-rich world», in M. Greenberger (a cura di),
  *Computers, Communications, and the Public Interest*, Baltimora, Johns Hopkins Press, pp. 40–41.
- Le Lay, P., frase pronunciata nel 2004, riportata da *L'Usine Nouvelle*, «Chronique des chiffres et des êtres: le
  grand retour du temps de cerveau disponible».
- Kotler, P. e Keller, K. L., *Marketing management*, Pearson (strategie push e pull).
- *Code de la consommation*, art. L. 223-1, modificato dalla legge francese (*loi*) n. 2025-594 del 30 giugno 2025,
  art. 13; decreto francese (*décret*) n. 2022-1313 del 13 ottobre 2022 (art. D. 223-9), Légifrance.
- d.lgs. 30 giugno 2003, n. 196, art. 130; d.P.R. 27 gennaio 2022, n. 26, attuativo della legge 11 gennaio 2018, n. 5.
- d.lgs. 8 novembre 2021, n. 208 (TUSMA), art. 45, Gazzetta Ufficiale (testo originario): `data/tv_ad_caps_it.csv`.
- Francia: decreto francese (*décret*) n. 2010-747 del 2 luglio 2010, art. 49; legge francese (*loi*) n. 2009-258 del
  5 marzo 2009; CSA (oggi Arcom), domande frequenti sulla pubblicità televisiva: `data/tv_ad_caps_fr.csv`.
- Kaspersky, rapporti *Spam and phishing* (securelist.com) e altri fornitori: `data/spam_share_verified.csv`.
- Rao, J. M. e Reiley, D. H. (2012), «The economics of spam», *Journal of Economic Perspectives* 26(3), 87–110.
- Anderson, S. P. e de Palma, A. (2009), «Information congestion», *RAND Journal of Economics* 40(4), 688–709.

I parametri del modello sono illustrativi, non stimati.
""",
fr="""
## Sources

- Godin, S. (1999), *Permission Marketing*, New York, Simon & Schuster ; trad. fr. *Permission marketing*, Paris,
  Maxima, 2000.
- Simon, H. A. (1971), « Designing organizations for an information-rich world », dans M. Greenberger (dir.),
  *Computers, Communications, and the Public Interest*, Baltimore, Johns Hopkins Press, p. 40-41.
- Le Lay, P., propos tenus en 2004, cités par *L'Usine Nouvelle*, « Chronique des chiffres et des êtres : le grand
  retour du temps de cerveau disponible ».
- Kotler, P., Keller, K. L. et Manceau, D., *Marketing management*, Pearson (stratégies push et pull).
- Code de la consommation, art. L. 223-1, modifié par la loi n° 2025-594 du 30 juin 2025, art. 13 ; décret
  n° 2022-1313 du 13 octobre 2022 (art. D. 223-9), Légifrance. CPCE, art. L. 34-5.
- Décret n° 2010-747 du 2 juillet 2010, art. 49 ; loi n° 2009-258 du 5 mars 2009 ; CSA (aujourd'hui Arcom), foire aux
  questions sur la publicité télévisée : `data/tv_ad_caps_fr.csv`.
- Italie : D.Lgs. n. 208/2021 (TUSMA), art. 45, Gazzetta Ufficiale (texte d'origine) : `data/tv_ad_caps_it.csv`.
- Kaspersky, rapports *Spam and phishing* (securelist.com) et autres éditeurs : `data/spam_share_verified.csv`.
- Rao, J. M. et Reiley, D. H. (2012), « The economics of spam », *Journal of Economic Perspectives* 26(3), 87–110.
- Anderson, S. P. et de Palma, A. (2009), « Information congestion », *RAND Journal of Economics* 40(4), 688–709.

Les paramètres du modèle sont illustratifs, non estimés.
""")


# ------------------------------------------------------------------------------------------------
def _fr_typography(text: str) -> str:
    """Non-breaking spaces before ; : ! ? and %, inside « », outside code and maths."""
    parts = re.split(r"(```.*?```|`[^`\n]*`|\$\$.*?\$\$|\$[^$\n]+\$|<[^>]+>|https?://\S+)", text, flags=re.S)
    out = []
    for i, p in enumerate(parts):
        if i % 2 == 0:
            p = re.sub(r" ([;:!?%])", NB + r"\1", p)
            p = re.sub(r"« ", "«" + NB, p)
            p = re.sub(r" »", NB + "»", p)
            p = re.sub(r"n° (\d)", "n°" + NB + r"\1", p)
            p = re.sub(r"(\d) h\b", r"\1" + NB + "h", p)
        out.append(p)
    return "".join(out)


def _it_typography(text: str) -> str:
    parts = re.split(r"(```.*?```|`[^`\n]*`|\$\$.*?\$\$|\$[^$\n]+\$|<[^>]+>)", text, flags=re.S)
    return "".join(re.sub(r"(\d) %", r"\1" + NB + "%", p) if i % 2 == 0 else p for i, p in enumerate(parts))


def build(lang: str) -> list:
    cells = []
    for k, (kind, content, tags) in enumerate(CELLS):
        cid = f"c01-{k:03d}"
        if kind == "markdown":
            text = content[lang]
            text = _fr_typography(text) if lang == "fr" else _it_typography(text)
            cell = nbformat.v4.new_markdown_cell(text, id=cid)
        else:
            comments = content["comments"].get(lang, [])
            src = content["src"].replace("{lang}", lang)
            for j, c in enumerate(comments):
                src = src.replace("{c%d}" % j, c)
            src = re.sub(r"[ \t]+\{c\d\}", "", src)
            cell = nbformat.v4.new_code_cell(src, id=cid)
        if tags:
            cell.metadata["tags"] = list(tags)
        cells.append(cell)
    return cells


def main():
    for lang, path in PATHS.items():
        nb = nbformat.read(path, as_version=4)
        nb.cells = build(lang)
        nbformat.write(nb, path)
        print(f"{path.relative_to(ROOT)}: {len(nb.cells)} cells")


if __name__ == "__main__":
    main()

"""Lesson 06 — Permission marketing (it/fr), built with scripts/lesson_builder.py.

    PYTHONPATH=$PWD python scripts/lessons/l06.py            # write and execute both notebooks
    PYTHONPATH=$PWD python scripts/lessons/l06.py --no-run   # write only

French typography: the text is written with ordinary spaces before ; : ! ? % and inside « »;
:func:`fr` turns them into non-breaking spaces outside code, maths and HTML.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lesson_builder import Lesson  # noqa: E402

NB = "\u00a0"
NNB = "\u202f"


def _fix_prose(text: str) -> str:
    text = re.sub(r" ([;:!?])(?=\s|$)", NB + r"\1", text)
    text = re.sub(r"([^\s" + NB + r"])([;!?])(?=\s|$)", r"\1" + NB + r"\2", text)
    text = text.replace("« ", "«" + NB).replace(" »", NB + "»")
    text = re.sub(r"(\d) %", r"\1" + NB + "%", text)
    text = re.sub(r"(\d) (\d{3})\b", r"\1" + NNB + r"\2", text)  # 10 200 -> thousands separator
    return text


def fr(text: str) -> str:
    """French typography in prose, leaving code blocks, inline code, maths and tags alone."""
    parts = re.split(r"(```.*?```|`[^`\n]+`|\$\$.*?\$\$|\$[^$\n]+\$|<[^>\n]+>|(?<!\*)\*[^*\n]+\*(?!\*))",
                     text, flags=re.S)
    return "".join(p if i % 2 else _fix_prose(p) for i, p in enumerate(parts))


def it(text: str) -> str:
    return re.sub(r"(\d) %", r"\1" + NB + "%", text)


L = Lesson("06", it="06_permission_marketing", fr="06_permission_marketing")


def md(it_text: str, fr_text: str, tags=()):
    L.md(it=it(it_text), fr=fr(fr_text), tags=tags)


# =============================================================================== title
md(
    """
# Lezione 6 — Il permission marketing: chiedere il permesso, e meritarlo

Dopo il marketing dell'interruzione, questa lezione passa dall'altra parte, al *permission marketing* (letteralmente «marketing del permesso»): comunicare solo con chi ha accettato di
ascoltare, e fare in modo che continui a volerlo.

**Obiettivi di apprendimento.** Alla fine della lezione saprai:

1. definire il permission marketing con le tre parole di Seth Godin e spiegare perché il cliente ne diventa
   protagonista;
2. riconoscere i livelli del permesso, dallo spam al più profondo, e collocarvi una carta miglia;
3. calcolare il numero di iscritti all'uscita di un funnel di iscrizione, con opt-in singolo e con doppio
   opt-in;
4. spiegare, con un modello della lista degli iscritti, perché esiste una frequenza di invio ottimale, e come
   la sposta la pertinenza;
5. discutere i limiti del permission marketing reale.

**Prerequisiti.** Lezione 1 (marketing dell'interruzione, spam) e lezione 4 (lo stock di stanchezza e le
disiscrizioni). Per la matematica: prodotti, percentuali e, nella sezione 5, l'esponenziale decrescente del modello di
stanchezza della lezione 4.

**Tempo stimato.** 40–45 minuti: circa 20 minuti di lettura, 5 minuti di demo, 15–20 minuti di esercizi
(il 06.4 si può finire a casa).

**Percorso senza codice.** Testo, tabelle e figure sono già calcolati. Python serve solo per il 06.3 (una
riga); il 06.2 si risolve anche a mano, il 06.1 e il 06.4 sono di ragionamento.
""",
    """
# Leçon 6 — Le permission marketing : demander la permission, et la mériter

Après le marketing d'interruption, cette leçon passe de l'autre côté, au *permission marketing* (littéralement « marketing de la permission ») : ne communiquer qu'avec
les personnes qui ont accepté d'écouter, et faire en sorte qu'elles le veuillent encore.

**Objectifs d'apprentissage.** À la fin de la leçon, vous serez capable de :

1. définir le permission marketing par les trois mots de Seth Godin et expliquer pourquoi le client en devient
   acteur ;
2. reconnaître les niveaux de permission, du spam au plus profond, et y situer une carte de miles ;
3. calculer le nombre d'abonnés à la sortie d'un entonnoir d'inscription, en opt-in simple et en double
   opt-in ;
4. expliquer, à l'aide d'un modèle de liste d'abonnés, pourquoi il existe une fréquence d'envoi optimale, et
   comment la pertinence la déplace ;
5. discuter les limites du permission marketing réel.

**Prérequis.** Leçon 1 (marketing d'interruption, spam) et leçon 4 (le stock de lassitude et les
désabonnements). Côté mathématiques : des produits, des pourcentages et, à la section 5,
l'exponentielle décroissante du modèle de lassitude de la leçon 4.

**Durée estimée.** 40 à 45 minutes : environ 20 minutes de lecture, 5 minutes de démo, 15 à 20 minutes
d'exercices (le 06.4 peut se terminer après la séance).

**Parcours sans code.** Le texte, les tableaux et les figures sont déjà calculés. Python ne sert qu'au 06.3
(une ligne) ; le 06.2 se résout aussi à la main, le 06.1 et le 06.4 sont des exercices de raisonnement.
""",
)

md(
    """
Esegui prima la cella seguente: carica la libreria del corso (`course_lib`, abbreviata `cl`), sceglie l'italiano
per i grafici e importa `numpy`, `pandas` e la funzione `check` degli esercizi.
""",
    """
Exécutez d'abord la cellule suivante : elle charge la bibliothèque du cours (`course_lib`, abrégée en `cl`),
choisit le français pour les graphiques et importe `numpy`, `pandas` et la fonction `check` des exercices.
""",
)
L.setup("import numpy as np\nimport pandas as pd\nfrom course_lib.exercises import check")

# =============================================================================== 1. definition
md(
    """
## 1. Che cos'è il permission marketing

Seth Godin, nel libro *Permission Marketing* (1999), riassume l'idea in tre aggettivi: i messaggi devono essere
**attesi, personali e pertinenti**.

- **Attesi**: chi li riceve sa che arriveranno, perché li ha chiesti (la newsletter del lunedì).
- **Personali**: sono rivolti a quella persona, non a «tutti quelli che guardano la TV stasera».
- **Pertinenti**: riguardano qualcosa che le interessa. La **pertinenza** è il grado in cui un messaggio
  corrisponde agli interessi e alle richieste di chi lo riceve.

Il punto di partenza è capovolto rispetto all'interruzione. Là l'impresa sceglie il momento e la persona subisce;
qui è il cliente ad aver **espresso un interesse** per un prodotto o un servizio, e l'approccio è **positivo e
scelto**: la persona ha detto sì, e può dire no in qualunque momento. Per questo il cliente non è più un
bersaglio passivo, ma un **attore** (anzi, un protagonista) della relazione: decide che cosa ricevere, quanto
spesso, e quando smettere.

Il gesto con cui una persona dà il permesso si chiama **opt-in** (consenso preventivo): si iscrive, spunta
una casella non preselezionata, lascia il proprio indirizzo. Il gesto contrario è la **disiscrizione**, con cui
ritira il permesso. Lo **spam**, i messaggi elettronici inviati in massa a chi non li ha chiesti, è
l'esatto opposto del permission marketing: nessun permesso.
""",
    """
## 1. Qu'est-ce que le permission marketing ?

Dans son livre *Permission Marketing* (1999), Seth Godin résume l'idée en trois adjectifs : les messages doivent
être **attendus, personnels et pertinents**.

- **Attendus** : on sait qu'ils arriveront, parce qu'on les a demandés (la lettre d'information du lundi).
- **Personnels** : ils s'adressent à cette personne, et non à « tous ceux qui regardent la télé ce soir ».
- **Pertinents** : ils portent sur ce qui l'intéresse. La **pertinence** est le degré auquel un message
  correspond aux intérêts et aux demandes de la personne qui le reçoit.

Le point de départ est inversé par rapport à l'interruption. Là, l'entreprise choisit le moment et la personne
subit ; ici, c'est le client qui a **exprimé un intérêt** pour un produit ou un service, et la démarche est
**positive et choisie** : la personne a dit oui, et peut dire non à tout moment. Le client n'est donc plus une
cible passive, mais un **acteur** de la relation : il décide de ce qu'il reçoit, à quel rythme, et quand
arrêter.

Le geste par lequel une personne donne sa permission s'appelle **opt-in** (consentement préalable) : elle
s'inscrit, coche une case non précochée, laisse son adresse. Le geste inverse est le
**désabonnement**, par lequel elle retire sa permission. Le **spam**, ces messages électroniques envoyés en
masse à des personnes qui ne les ont pas demandés, est l'exact opposé du permission marketing : aucune
permission.
""",
)

# =============================================================================== 2. levels
md(
    """
## 2. I livelli del permesso

Il permesso non è un interruttore acceso o spento: può essere più o meno **profondo**. Nel libro Godin ordina
cinque **livelli del permesso**; lo spam sta sotto tutti. Un articolo precedente di Godin (*Fast Company*, 1998)
ne contava sei, con lo spam come ultimo gradino. La libreria del corso li numera da 0 (spam) a 5 (il più
profondo). Attenzione: nel libro Godin li numera al contrario, da 1 (intravenoso, il più profondo) a 5
(situazionale); conta l'ordine, non il numero.
""",
    """
## 2. Les niveaux de permission

La permission n'est pas un interrupteur allumé ou éteint : elle peut être plus ou moins **profonde**. Dans son
livre, Godin classe cinq **niveaux de permission** ; le spam se situe en dessous de tous. Un article antérieur
de Godin (*Fast Company*, 1998) en comptait six, le spam formant la dernière marche. La bibliothèque du cours
les numérote de 0 (spam) à 5 (le plus profond). Attention : dans le livre, Godin les numérote dans l'autre
sens, de 1 (intraveineuse, la plus profonde) à 5 (situationnelle) ; ce qui compte est l'ordre, pas le numéro.
""",
)
L.code(
    """for level in reversed(cl.permission.PermissionLevel):
    print(int(level), cl.permission.level_name(level, cl.get_language()))"""
)
md(
    """
Dal basso verso l'alto, con esempi nostri:

- **Permesso situazionale.** Vale per un'occasione: fai una domanda al commesso e accetti che ti risponda su
  quella, non che ti scriva per anni.
- **Fiducia nella marca.** Conosci e apprezzi la marca, e sei disposto a provare ciò che ti propone: un
  permesso ampio ma vago.
- **Relazione personale.** Una persona (il libraio di fiducia, la consulente della banca) ti conosce e può
  suggerirti qualcosa: il permesso passa attraverso di lei.
- **Punti.** Accumuli punti o miglia in cambio della tua attenzione e dei tuoi acquisti, e accetti i messaggi
  che li riguardano.
- **Permesso intravenoso.** Lasci che sia l'impresa a decidere e ad acquistare per te: un abbonamento che si
  rinnova da solo, un rifornimento automatico. È il livello più profondo.

Chi fa marketing, osserva Godin, parte in genere dal livello più basso e sale un gradino alla volta.

### La carta miglia

L'autore di un blog francese, uno dei due testi da cui parte il corso (un lettore che annota le prime impressioni
sul libro di Godin), cita come esempio la carta miglia, cioè il programma fedeltà di una compagnia aerea. Il cliente accumula miglia a ogni volo e lo strumento gli è così utile che è lui a cercarlo: controlla il saldo,
digita il numero della tessera, legge le e-mail sulle promozioni: torna da sé. È il livello dei **punti**, e
mostra bene la differenza con l'interruzione: il messaggio non deve strappare un'attenzione già offerta.
""",
    """
Du bas vers le haut, avec nos propres exemples :

- **Permission situationnelle.** Elle vaut pour une occasion : vous posez une question au vendeur et acceptez
  qu'il y réponde, pas qu'il vous écrive pendant des années.
- **Confiance dans la marque.** Vous connaissez et appréciez la marque, et vous êtes prêt à essayer ce qu'elle
  propose : une permission large, mais vague.
- **Relation personnelle.** Une personne (votre libraire, votre conseillère bancaire) vous connaît et peut
  vous suggérer quelque chose : la permission passe par elle.
- **Points.** Vous accumulez des points ou des miles en échange de votre attention et de vos achats, et vous
  acceptez les messages qui les concernent.
- **Permission intraveineuse.** Vous laissez l'entreprise décider et acheter à votre place : un abonnement
  qui se renouvelle tout seul, un réapprovisionnement automatique. C'est le niveau le plus profond.

Selon Godin, le marketeur part en général du niveau le plus bas et monte une marche à la fois.

### La carte de miles

L'auteur d'un blog français, l'un des deux textes dont part le cours (un lecteur qui note ses premières
impressions sur le livre de Godin), prend pour exemple la carte de miles, c'est-à-dire le programme de
fidélité d'une compagnie aérienne. Le client accumule des miles à chaque vol, et l'outil lui est si utile que c'est lui qui vient le chercher :
il consulte son solde, saisit son numéro de carte, lit les courriels sur les promotions : il revient de
lui-même. C'est le niveau des
**points**, et il montre bien la différence avec l'interruption : le message n'a pas à arracher une attention
déjà offerte.
""",
)

# =============================================================================== 3. deepening
md(
    """
## 3. Approfondire il permesso, un passo alla volta

Godin paragona la conquista del permesso a un corteggiamento: non si chiede tutto al primo incontro. I passi
che propone sono cinque:

1. offrire un incentivo perché la persona si faccia avanti (un buono, un contenuto utile);
2. usare l'attenzione ottenuta per insegnarle qualcosa sul prodotto, un messaggio dopo l'altro;
3. rinnovare l'incentivo, perché il permesso resti vivo;
4. offrire nuovi incentivi in cambio di un permesso più ampio (più argomenti, più canali);
5. col tempo, trasformare il permesso in vendite.

Il suo esempio è un campo estivo per ragazzi: l'annuncio serve solo a farsi chiedere la brochure, la brochure a
ottenere una visita, la visita la prima estate, la prima estate le successive. Ogni passo ha un solo scopo:
allargare il permesso. Nota che il primo passo è spesso un'interruzione (l'annuncio): l'interruzione compra il
primo permesso, il permesso lo fa durare.

### Personalizzare in massa: Internet e la profilazione

Secondo il blog francese, il permission marketing richiede una relazione **personalizzata**. La
**personalizzazione** adatta il contenuto, l'offerta o il momento del messaggio al singolo cliente. Il libraio
di quartiere lo fa a memoria; un'impresa con un milione di iscritti no. Qui entrano in gioco Internet e
l'informatica: la **profilazione**, il trattamento automatizzato dei dati di una persona per valutarne o
prevederne interessi e comportamenti, permette una relazione personalizzata **su scala di massa**. È anche un
rischio: un cliente che si sente spiato ritira il permesso (il consenso è il tema della lezione 7).
""",
    """
## 3. Approfondir la permission, pas à pas

Godin compare la conquête de la permission à une séduction : on ne demande pas tout au premier rendez-vous. Il
propose cinq étapes :

1. offrir une incitation pour que la personne se manifeste (un bon d'achat, un contenu utile) ;
2. utiliser l'attention obtenue pour lui apprendre quelque chose sur le produit, message après message ;
3. renouveler l'incitation, pour que la permission reste vivante ;
4. offrir de nouvelles incitations en échange d'une permission plus large (plus de sujets, plus de canaux) ;
5. avec le temps, transformer la permission en ventes.

Son exemple est une colonie de vacances : l'annonce ne sert qu'à faire demander la brochure, la brochure à
obtenir une visite, la visite le premier été, le premier été les suivants. Chaque étape n'a qu'un but : élargir
la permission. Notez que la première étape est souvent une interruption (l'annonce) : l'interruption achète la
première permission, la permission la fait durer.

### Personnaliser en masse : Internet et le profilage

Selon le blog français, le permission marketing exige une relation **personnalisée**. La
**personnalisation** adapte le contenu, l'offre ou le moment du message à chaque client. Le libraire de
quartier le fait de mémoire ; une entreprise d'un million d'abonnés, non. D'où le rôle d'Internet et de
l'informatique : le **profilage**, traitement automatisé des données d'une personne pour évaluer ou prévoir
ses intérêts et ses comportements, permet une relation personnalisée **à l'échelle de masse**. C'est aussi un
risque : un client qui se sent épié retire sa permission (le consentement est le sujet de la leçon 7).
""",
)

# =============================================================================== 4. funnels
md(
    """
## 4. Entrare nella lista: opt-in singolo e doppio opt-in

Torniamo al primo passo: prima di approfondire il permesso bisogna ottenerlo. Una newsletter raccoglie gli iscritti con una pagina di
iscrizione; la **lista degli iscritti** è l'insieme delle persone che hanno dato il permesso. Il percorso dalla
pagina alla lista è un **funnel di iscrizione** (*funnel*, imbuto): a ogni fase una parte delle persone si
ferma. Se $N$ persone entrano e la fase $k$ lascia passare la quota $p_k$, alla fine restano in media

$$N \, p_1 \, p_2 \cdots p_K .$$

Con l'**opt-in singolo** chi invia il modulo è subito iscritto. Con il **doppio opt-in** riceve prima un'e-mail
di verifica e diventa iscritto solo quando clicca il link di conferma: un fattore in più, $p_{conf} < 1$. La
lista è più piccola, ma gli indirizzi sono verificati (niente errori di battitura, niente iscrizioni fatte a
nome di altri) e l'impresa può dimostrare il consenso. In Italia l'art. 130 del Codice privacy richiede il
consenso per le comunicazioni promozionali via e-mail, con un'eccezione: a chi è già cliente l'impresa può
scrivere via e-mail per offrire prodotti o servizi propri, analoghi a quelli già venduti, purché lo informi,
quando raccoglie l'indirizzo e in ogni messaggio, che può opporsi (il cosiddetto *soft spam*). Ne parleremo
nella lezione 7.

Un esempio con numeri inventati, solo per fare i conti: 1.000 visitatori della pagina, il 25 % invia il modulo, il 70 % conferma. Ecco i conteggi, fase per fase:
""",
    """
## 4. Entrer dans la liste : opt-in simple et double opt-in

Revenons au premier pas : avant d'approfondir la permission, il faut l'obtenir. Une lettre d'information recueille ses abonnés par une
page d'inscription ; la **liste d'abonnés** est l'ensemble des personnes qui ont donné leur permission. Le
parcours de la page à la liste est un **entonnoir d'inscription** : à chaque étape, une partie des personnes
s'arrête. Si $N$ personnes entrent et que l'étape $k$ laisse passer la part $p_k$, il en reste en moyenne, à la
fin,

$$N \, p_1 \, p_2 \cdots p_K .$$

Avec l'**opt-in simple**, la personne qui envoie le formulaire est aussitôt abonnée. Avec le **double opt-in**,
elle reçoit d'abord un courriel de vérification et ne devient abonnée qu'en cliquant sur le lien de
confirmation : un facteur de plus, $p_{conf} < 1$. La liste est plus petite, mais les adresses sont vérifiées
(pas de faute de frappe, pas d'inscription faite au nom d'un autre) et l'entreprise peut prouver le
consentement. En France, l'article L. 34-5 du code des postes et des communications électroniques interdit la
prospection par courriel d'une personne physique qui n'y a pas consenti au préalable, avec une exception, dite
« clients existants », pour les produits ou services analogues proposés par la même entreprise (nous y
reviendrons à la leçon 7).

Un exemple avec des chiffres inventés, juste pour faire les calculs : 1 000 visiteurs de la page, 25 % envoient le formulaire, 70 % confirment. Voici les effectifs, étape par étape :
""",
)
L.code(
    """single = cl.permission.optin_funnel(1000, [0.25])
double = cl.permission.double_optin(1000, [0.25], 0.7)
funnels = pd.DataFrame({
    "optin": ["single", "double"],
    "visitors": [single[0], double[0]],
    "forms_sent": [single[1], double[1]],
    "on_list": [single[-1], double[-1]],
})
funnels[["visitors", "forms_sent", "on_list"]] = funnels[["visitors", "forms_sent", "on_list"]].round().astype(int)
cl.tables.localize(funnels).set_index(cl.t("col.optin"))"""
)
L.code("ax = cl.plots.optin_funnels(visitors=1000, form_rate=0.25, confirm_rate=0.7)")
md(
    """
**Cosa notare.** Le prime due coppie di barre sono identiche: 1.000 visitatori, 250 moduli inviati. La
differenza è tutta nell'ultima fase: 250 iscritti con l'opt-in singolo (barra piena), 175 con il doppio
opt-in (barra tratteggiata). Il doppio opt-in «costa» 75 iscritti su 250, il 30 %; in cambio, ognuno dei 175
ha compiuto due gesti espliciti. Per il permission marketing non conta quanti indirizzi hai, ma quanti
vogliono davvero leggerti.
""",
    """
**À remarquer.** Les deux premières paires de barres sont identiques : 1 000 visiteurs, 250 formulaires
envoyés. Toute la différence tient à la dernière étape : 250 abonnés en opt-in simple (barre pleine), 175 en
double opt-in (barre hachurée). Le double opt-in « coûte » 75 abonnés sur 250, soit 30 % ; en échange, chacun
des 175 a fait deux gestes explicites. En permission marketing, ce qui compte n'est pas le nombre d'adresses,
mais le nombre de personnes qui veulent vraiment vous lire.
""",
)

# =============================================================================== 5. the list over a year
md(
    """
## 5. La lista in un anno: chi entra, chi esce, chi risponde

Ottenuto il permesso, quante volte scrivere? Ogni invio può produrre una **risposta**, cioè un gesto attivo:
un'apertura, un clic, un acquisto. L'insieme di questi gesti si chiama **coinvolgimento** (in gergo,
*engagement*). Ma ogni invio aggiunge anche un po' di stanchezza, e la stanchezza porta alle disiscrizioni. Kumar, Zhang e Luo (2014) trovano che l'intensità del marketing
influisce sia sul momento dell'iscrizione sia su quello della disiscrizione; la sintesi del Marketing Science
Institute ne ricava un consiglio: non sollecitare troppo chi ha dato il permesso.

Per vederlo riprendiamo il modello della lezione 4, settimana per settimana ($t = 1, \\dots, 52$), con una
**frequenza di invio** costante di $s$ messaggi a settimana a ogni iscritto:

- lo **stock di stanchezza** accumula gli invii e ogni settimana ne smaltisce una parte (ne resta la quota
  $\\rho$): $F_t = \\rho F_{t-1} + s$, con $\\rho = 0{,}7$;
- ogni invio ottiene una risposta con probabilità $p_0 \\, e^{-\\kappa F_{t-1}}$, che cala con la stanchezza; e
  i messaggi della stessa settimana si stancano anche tra loro (il secondo rende meno del primo, il terzo meno
  del secondo);
- ogni invio fa disiscrivere con probabilità circa $\\eta_0 + \\eta_1 F_t$, che cresce con la stanchezza;
- ogni settimana entrano 100 nuovi iscritti (opt-in); all'inizio la lista ne conta 5.000.

($p_0$: probabilità di risposta di un iscritto «fresco»; $\\kappa$: peso di un'unità di stanchezza; $\\eta_0$:
rischio di base; $\\eta_1$: rischio in più per unità di stanchezza.)

La **pertinenza** $r$, tra 0 e 1, entra in due punti: alza la probabilità di risposta ($p_0 = 0{,}4\\,r$) e
riduce l'irritazione (moltiplica $\\kappa$ ed $\\eta_1$ per $1{,}5 - r$). Con $r = 0{,}5$ ritrovi esattamente i
valori della lezione 4 ($p_0 = 0{,}2$, $\\kappa = 0{,}15$, $\\eta_0 = \\eta_1 = 0{,}002$). L'ipotesi è coerente con Tezinde, Smith e Murphy (2002), secondo cui pertinenza e
personalizzazione influiscono sui tassi di risposta; i numeri, invece, sono illustrativi. Il **coinvolgimento per invio** è il rapporto tra
risposte e messaggi consegnati.

Ecco la lista con uno e con tre invii a settimana (pertinenza 0,5), alle settimane 1, 13, 26 e 52 (a inizio settimana):
""",
    """
## 5. La liste sur un an : qui entre, qui sort, qui répond

Une fois la permission obtenue, combien de fois écrire ? Chaque envoi peut susciter une **réponse**, c'est-à-dire
un geste actif : une ouverture, un clic, un achat. L'ensemble de ces gestes s'appelle l'**engagement**. Mais
chaque envoi ajoute aussi un peu de lassitude, et la lassitude mène au désabonnement. Kumar, Zhang et Luo (2014) montrent que l'intensité du marketing
influe sur le moment de l'inscription comme sur celui du désabonnement ; la synthèse du Marketing Science
Institute en tire un conseil : éviter de sursolliciter les personnes qui ont donné leur permission.

Pour le voir, reprenons le modèle de la leçon 4, semaine par semaine ($t = 1, \\dots, 52$), avec une **fréquence
d'envoi** constante de $s$ messages par semaine à chaque abonné :

- le **stock de lassitude** cumule les envois et en résorbe une partie chaque semaine (il en reste la part
  $\\rho$) : $F_t = \\rho F_{t-1} + s$, avec $\\rho = 0{,}7$ ;
- chaque envoi obtient une réponse avec la probabilité $p_0 \\, e^{-\\kappa F_{t-1}}$, qui baisse avec la
  lassitude ; et les messages d'une même semaine se fatiguent aussi entre eux (chacun rapporte moins que le
  précédent) ;
- chaque envoi provoque un désabonnement avec une probabilité d'environ $\\eta_0 + \\eta_1 F_t$, qui augmente
  avec la lassitude ;
- chaque semaine, 100 nouveaux abonnés arrivent (opt-in) ; au départ, la liste en compte 5 000.

($p_0$ : probabilité de réponse d'un abonné « reposé » ; $\\kappa$ : poids d'une unité de lassitude ;
$\\eta_0$ : risque de base ; $\\eta_1$ : risque supplémentaire par unité de lassitude.)

La **pertinence** $r$, entre 0 et 1, intervient à deux endroits : elle augmente la probabilité de réponse
($p_0 = 0{,}4\\,r$) et réduit l'agacement (elle multiplie $\\kappa$ et $\\eta_1$ par $1{,}5 - r$). Avec $r = 0{,}5$,
on retrouve exactement les valeurs de la leçon 4 ($p_0 = 0{,}2$, $\\kappa = 0{,}15$, $\\eta_0 = \\eta_1 = 0{,}002$). L'hypothèse s'accorde avec Tezinde, Smith et Murphy (2002),
selon qui pertinence et personnalisation influent sur les taux de réponse ; les chiffres, eux, sont illustratifs. L'**engagement par
envoi** est le rapport entre les réponses et les messages remis.

Voici la liste avec un et avec trois envois par semaine (pertinence 0,5), aux semaines 1, 13, 26 et 52 (en début de semaine) :
""",
)
L.code(
    """year = cl.subscribers.subscriber_year([1, 3], relevance=0.5)
weeks = pd.DataFrame(year["subscribers"][:, [0, 12, 25, 51]].round().astype(int),
                     columns=["week_1", "week_13", "week_26", "week_52"])
weeks.insert(0, "sends_per_week", [1, 3])
cl.tables.localize(weeks).set_index(cl.t("col.sends_per_week"))"""
)
md(
    """
Con un invio a settimana la lista cresce, da 5.000 a circa 7.400 iscritti: le nuove iscrizioni superano le
disiscrizioni. Con tre invii la stessa lista, con gli stessi 100 ingressi a settimana, si riduce a circa 1.700:
si svuota più in fretta di quanto si riempia. Ecco i totali dell'anno per diverse frequenze:
""",
    """
Avec un envoi par semaine, la liste grossit, de 5 000 à environ 7 400 abonnés : les inscriptions dépassent les
désabonnements. Avec trois envois, la même liste, avec les mêmes 100 arrivées par semaine, tombe à environ
1 700 : elle se vide plus vite qu'elle ne se remplit. Voici les totaux de l'année pour plusieurs fréquences :
""",
)
L.code(
    """freq = [0.5, 1, 2, 3, 5]
year = cl.subscribers.subscriber_year(freq, relevance=0.5)
table = pd.DataFrame({
    "sends_per_week": freq,
    "year_responses": year["total_responses"].round().astype(int),
    "year_unsubscribed": year["total_unsubscribed"].round().astype(int),
    "year_end_list": year["final_subscribers"].round().astype(int),
    "engagement_per_send_pct": (100 * year["engagement_per_send"]).round(1),
})
cl.tables.localize(table, decimals=1).set_index(cl.t("col.sends_per_week"))"""
)
md(
    """
Le **disiscrizioni** crescono sempre con la frequenza; il **coinvolgimento per invio** cala sempre (dal 15,8 %
al 3,1 %). Le **risposte dell'anno**, invece, prima salgono (da circa 29.000 a circa 41.000) e poi calano:
con cinque invii scendono a circa 10.600, un quarto di quelle con un invio a settimana. Scrivere di più rende solo finché la lista e la pazienza degli iscritti
reggono. Il grafico seguente mostra tutte le frequenze da 0 a 7 invii a settimana.
""",
    """
Les **désabonnements** augmentent toujours avec la fréquence ; l'**engagement par envoi** baisse toujours (de
15,8 % à 3,1 %). Les **réponses de l'année**, elles, montent d'abord (d'environ 29 000 à environ 41 000) puis
redescendent : avec cinq envois, elles tombent à environ 10 600, un quart de celles obtenues avec un envoi
par semaine. Écrire plus ne rapporte que tant que la liste et la
patience des abonnés tiennent. Le graphique suivant montre toutes les fréquences de 0 à 7 envois par semaine.
""",
)
L.code("ax = cl.plots.sending_frequency(sends_per_week=1, relevance=0.5)")
md(
    """
**Cosa notare.** La curva delle risposte nell'anno (linea tratteggiata con quadrati, asse sinistro) sale, tocca
il massimo a circa 1,1 invii a settimana (il rombo) e poi scende: la **frequenza ottimale** è interna, né zero
né «il più possibile». La curva degli iscritti a fine anno (linea a tratto e punto con triangoli, asse destro)
scende invece sempre: senza invii la lista sale a 10.200 iscritti (5.000 all'inizio, più 52 × 100 iscrizioni),
ma non produce nulla. I cerchi bianchi sulla banda grigia segnano la frequenza scelta (un invio a settimana).
Le due curve usano assi diversi: il punto in cui si incrociano non ha significato.

Attenzione a che cosa misura questo ottimo: massimizza le risposte dell'anno e non dà alcun valore agli iscritti
che restano alla fine. Con un invio a settimana la lista finisce a 7.443 iscritti invece di 10.200: più di un
quarto della lista possibile è perso, e quelle persone non risponderanno nemmeno l'anno dopo. Un'impresa che
tiene conto del valore futuro della sua lista sceglierà una frequenza più bassa; l'esercizio 06.3 mostra
l'effetto opposto di un orizzonte corto.
""",
    """
**À remarquer.** La courbe des réponses dans l'année (tirets et carrés, axe de gauche) monte, atteint son
maximum vers 1,1 envoi par semaine (le losange) puis redescend : la **fréquence optimale** est intérieure, ni
zéro ni « le plus possible ». La courbe des abonnés en fin d'année (trait mixte et triangles, axe de droite)
baisse au contraire toujours : sans envoi, la liste monte à 10 200 abonnés (5 000 au départ, plus 52 × 100
inscriptions), mais ne produit rien. Les cercles blancs sur la bande grise marquent la fréquence choisie (un
envoi par semaine). Les deux courbes n'ont pas la même échelle : leur croisement ne signifie rien.

Attention à ce que mesure cet optimum : il maximise les réponses de l'année et ne compte rien pour les abonnés
qui restent à la fin. Or, à un envoi par semaine, la liste finit à 7 443 abonnés au lieu de 10 200 : plus d'un
quart de la liste possible est perdu, et ces personnes ne répondront plus l'année suivante. Une entreprise qui
tient compte de la valeur future de sa liste choisira une fréquence plus basse ; l'exercice 06.3 montre l'effet
inverse d'un horizon court.
""",
)

# =============================================================================== 6. try it
md(
    """
## 6. Prova tu

Nella demo cambi gli invii a settimana (da 0 a 7) e la pertinenza $r$ (da 0,1 a 1). Prova a:

- lasciare $r = 0{,}5$ e portare gli invii da 1 a 4: che cosa succede alla lista? E alle risposte?
- alzare la pertinenza fino a 1: dove si sposta il rombo della frequenza ottimale? Perché un messaggio più
  pertinente può permettersi di arrivare più spesso?
- abbassare la pertinenza a 0,1: che cosa resta da guadagnare scrivendo di più?
- trovare una combinazione con più risposte del punto di partenza ma meno iscritti a fine anno: sceglieresti
  quella strategia? Da che cosa dipende?

Ai valori predefiniti (un invio a settimana, $r = 0{,}5$) la demo mostra le stesse curve della sezione 5, ma con
l'asse sinistro fisso (da 0 a 200.000 risposte), per confrontare le pertinenze.
""",
    """
## 6. À vous de jouer

Dans la démo, vous modifiez les envois par semaine (de 0 à 7) et la pertinence $r$ (de 0,1 à 1). Essayez de :

- garder $r = 0{,}5$ et passer de 1 à 4 envois : qu'arrive-t-il à la liste ? Et aux réponses ?
- pousser la pertinence jusqu'à 1 : où se déplace le losange de la fréquence optimale ? Pourquoi un message
  plus pertinent peut-il se permettre d'arriver plus souvent ?
- baisser la pertinence à 0,1 : que reste-t-il à gagner en écrivant davantage ?
- trouver une combinaison qui donne plus de réponses que le point de départ mais moins d'abonnés en fin
  d'année : choisiriez-vous cette stratégie ? De quoi cela dépend-il ?

Aux valeurs par défaut (un envoi par semaine, $r = 0{,}5$), la démo montre les mêmes courbes qu'à la section 5,
mais avec un axe de gauche fixe (de 0 à 200 000 réponses), pour comparer les pertinences.
""",
)
L.code("cl.demos.permission_demo()", demo=True)
md(
    """
<details>
<summary>Che cosa avresti dovuto osservare (apri dopo aver provato)</summary>

- Da 1 a 4 invii ($r = 0{,}5$): la lista finisce a circa 900 iscritti invece di 7.443 e le risposte scendono da
  41.000 a 14.000; oltre l'ottimo si perde su entrambi i fronti.
- Con $r = 1$ il rombo va verso due invii a settimana (1,96): un messaggio atteso può arrivare più spesso.
- Con $r = 0{,}1$ le risposte restano basse (circa 6.500 con un invio, sei volte meno) e il rombo arretra a un
  invio.
- Da 1 a 1,13 invii ($r = 0{,}5$): circa 270 risposte in più, 500 iscritti in meno. Conviene solo se un iscritto
  vale poco l'anno dopo.

</details>
""",
    """
<details>
<summary>Ce que vous auriez dû observer (à ouvrir après avoir essayé)</summary>

- De 1 à 4 envois ($r = 0{,}5$) : la liste finit à environ 900 abonnés au lieu de 7 443 et les réponses passent
  de 41 000 à 14 000 ; au-delà de l'optimum, on perd sur les deux tableaux.
- Avec $r = 1$, le losange va vers deux envois par semaine (1,96) : un message attendu peut arriver plus souvent.
- Avec $r = 0{,}1$, les réponses restent faibles (environ 6 500 à un envoi, six fois moins) et le losange
  recule à un envoi.
- De 1 à 1,13 envoi ($r = 0{,}5$) : environ 270 réponses de plus, 500 abonnés de moins. Cela ne vaut que si un
  abonné compte peu l'année suivante.

</details>
""",
)

# =============================================================================== 7. the doubt
md(
    """
## 7. Un dubbio per finire

Il blog francese si chiude con un dubbio, da prendere sul serio. All'autore sembra ancora poco diffuso
un permission marketing vissuto **dal cliente** come una relazione ricca e personale. È un'impressione, non una
misura: pensa alle newsletter a cui sei iscritto, quante vivi come una relazione e quante come un flusso di
offerte? Krafft, Arden e Verhoef (2017) studiano perché i clienti concedano, o neghino, il permesso, e mettono al
centro i timori per la privacy.

C'è poi il canale. Se il veicolo principale del permission marketing è l'e-mail, il messaggio atteso arriva in
una casella ingombra di spam, e il permesso va meritato a ogni invio. La stima dell'autore («più del 90 %» delle
e-mail) è messa a confronto con i dati nella lezione 7.
""",
    """
## 7. Un doute pour finir

Le blog français se termine sur un doute, à prendre au sérieux. Un permission marketing vécu **par le
client** comme une relation riche et personnelle lui semble encore peu répandu. C'est une impression, pas une
mesure. Pensez aux lettres d'information auxquelles vous êtes abonné : combien en vivez-vous comme une
relation, et combien comme un flot d'offres ? Krafft, Arden et Verhoef (2017) étudient pourquoi les clients
accordent, ou refusent, leur permission, en plaçant au centre les inquiétudes liées à la vie privée.

Reste le canal. Si le vecteur principal du permission marketing est le courriel, le message attendu arrive dans
une boîte encombrée de spam, et la permission s'y mérite à chaque envoi. L'estimation de l'auteur (« plus de
90 % » des courriels) est confrontée aux chiffres à la leçon 7.
""",
)

# =============================================================================== exercises
md(
    """
## 8. Esercizi

Sostituisci `None` con la tua risposta ed esegui la cella: `check` ti dice se è giusta e, se non lo è, ti dà un
suggerimento (al secondo tentativo sbagliato, anche il codice). Le soluzioni, chiuse, vanno aperte solo dopo
aver provato.

### Esercizio 06.1 — Il preventivo della cucina

Hai chiesto un preventivo a un negozio di cucine; da allora ti manda ogni settimana le sue promozioni. Quale
permesso gli avevi dato con la tua richiesta?

- **a)** permesso situazionale;
- **b)** fiducia nella marca;
- **c)** punti;
- **d)** permesso intravenoso.

Rispondi con una lettera tra virgolette, per esempio `"a"`.
""",
    """
## 8. Exercices

Remplacez `None` par votre réponse et exécutez la cellule : `check` indique si elle est juste et, sinon, donne
un indice (au deuxième essai erroné, le code aussi). Les solutions, repliées, sont à ouvrir après avoir essayé.

### Exercice 06.1 — Le devis de cuisine

Vous avez demandé un devis à un cuisiniste ; depuis, il vous envoie chaque semaine ses promotions. Quelle
permission lui aviez-vous donnée en demandant ce devis ?

- **a)** permission situationnelle ;
- **b)** confiance dans la marque ;
- **c)** points ;
- **d)** permission intraveineuse.

Répondez par une lettre entre guillemets, par exemple `"a"`.
""",
)
L.code('answer = None  # "a" | "b" | "c" | "d"\ncheck("06.1", answer)')
L.solution(
    'answer = "a"\ncheck("06.1", answer)',
    it_text="""
Chiedendo un preventivo hai dato un permesso **situazionale** (a): che ti rispondano su quella domanda, per
quell'occasione. Non hai concesso alla marca un credito generale (b), non accumuli nulla (c), non le hai
lasciato scegliere e comprare al posto tuo (d). Le promozioni di ogni settimana vanno oltre questo
permesso.
""",
    fr_text=fr("""
En demandant un devis, vous avez donné une permission **situationnelle** (a) : qu'on vous réponde sur cette
demande, pour cette occasion. Vous n'avez pas accordé à la marque un crédit général (b), vous n'accumulez rien
(c), vous ne l'avez pas laissée choisir et acheter à votre place (d). Les promotions hebdomadaires dépassent cette
permission.
"""),
)
md(
    """
### Esercizio 06.2 — Quanti iscritti con il doppio opt-in?

La pagina di iscrizione alla newsletter di un negozio online di articoli sportivi riceve 8.000 visitatori al
mese; il 15 % invia il modulo. Il negozio usa il doppio opt-in e il 60 % di chi invia il modulo clicca il link
di conferma. Quanti nuovi iscritti entrano nella lista ogni mese, in media?
""",
    """
### Exercice 06.2 — Combien d'abonnés en double opt-in ?

La page d'inscription à la lettre d'information d'une boutique en ligne d'articles de sport reçoit 8 000
visites par mois ; 15 % des visiteurs envoient le formulaire. La boutique pratique le double opt-in, et 60 % des personnes qui envoient
le formulaire cliquent sur le lien de confirmation. Combien de nouveaux abonnés entrent dans la liste chaque
mois, en moyenne ?
""",
)
L.code('answer = None  # ...\ncheck("06.2", answer)')
L.solution(
    """funnel = cl.permission.double_optin(8000, [0.15], 0.6)
print(funnel.round().astype(int))
answer = float(funnel[-1])
check("06.2", answer)""",
    it_text="""
$8{.}000 \\times 0{,}15 = 1{.}200$ moduli, poi $1{.}200 \\times 0{,}6 = 720$ iscritti confermati. Con l'opt-in
singolo sarebbero stati 1.200: il doppio opt-in ne perde 480, ma i 720 rimasti hanno fatto due gesti espliciti
(il modulo, poi il clic di conferma).
""",
    fr_text=fr("""
$8\\,000 \\times 0{,}15 = 1\\,200$ formulaires, puis $1\\,200 \\times 0{,}6 = 720$ abonnés confirmés. En opt-in
simple, il y en aurait eu 1 200 : le double opt-in en perd 480, mais les 720 restants ont fait deux gestes
explicites (le formulaire, puis le clic de confirmation).
"""),
)
md(
    """
### Esercizio 06.3 — La frequenza ottimale su sei mesi

Una marca di cosmetici manda una newsletter molto pertinente ($r = 0{,}8$) alla lista del modello (5.000
iscritti, 100 nuovi a settimana), ma il suo programma dura solo **sei mesi** (26 settimane). Con
`cl.subscribers.optimal_frequency(relevance=..., weeks=...)` (la pertinenza, poi il numero di settimane; senza
`weeks` l'orizzonte è di un anno) trova la frequenza di invio che massimizza le risposte in quei sei mesi (in
invii a settimana). Poi confrontala con la frequenza ottimale su un anno che la demo ti mostra per $r = 0{,}8$.
""",
    """
### Exercice 06.3 — La fréquence optimale sur six mois

Une marque de cosmétiques envoie une lettre d'information très pertinente ($r = 0{,}8$) à la liste du modèle
(5 000 abonnés, 100 nouveaux par semaine), mais son programme ne dure que **six mois** (26 semaines). À l'aide de
`cl.subscribers.optimal_frequency(relevance=..., weeks=...)` (la pertinence, puis le nombre de semaines ; sans
`weeks`, l'horizon est d'un an), trouvez la fréquence d'envoi qui maximise les réponses sur ces six mois (en
envois par semaine). Comparez-la ensuite à la fréquence optimale sur un an que la démo affiche pour $r = 0{,}8$.
""",
)
L.code('answer = None  # ...\ncheck("06.3", answer)')
L.solution(
    """best_6_months = cl.subscribers.optimal_frequency(relevance=0.8, weeks=26)
best_1_year = cl.subscribers.optimal_frequency(relevance=0.8)
print(cl.i18n.number(best_6_months), cl.i18n.number(best_1_year))
answer = best_6_months
check("06.3", answer)""",
    it_text="""
Su sei mesi conviene scrivere di più (2 invii a settimana) che su un anno (circa 1,5): chi guarda a breve
termine non paga per intero il prezzo delle disiscrizioni, che si fa sentire nei mesi successivi. Per questo un
orizzonte corto spinge a scrivere troppo spesso.
""",
    fr_text=fr("""
Sur six mois, il vaut mieux écrire davantage (2 envois par semaine) que sur un an (environ 1,5) : qui regarde à
court terme ne paie pas en entier le prix des désabonnements, qui se fait sentir les mois suivants. D'où la
tentation, à court terme, d'écrire trop souvent.
"""),
)
md(
    """
### Esercizio 06.4 — Progettare i passi del permesso (argomentato)

Scegli una marca reale che conosci (un supermercato con la sua carta fedeltà, una compagnia aerea, un'app di trasporti…). In 6–8 righe:

1. indica a quale livello del permesso si trova oggi la sua relazione con te, e perché;
2. progetta tre passi concreti per portarla al livello superiore, dicendo per ciascuno che cosa la marca offre
   e che cosa chiede in cambio (quale dato, quale permesso);
3. indica come sceglieresti la frequenza dei messaggi, e quale segnale ti direbbe che stai esagerando;
4. indica un rischio per la relazione (profilazione percepita come invadente, spam, promessa non mantenuta).
""",
    """
### Exercice 06.4 — Concevoir les étapes de la permission (argumenté)

Choisissez une marque réelle que vous connaissez (un supermarché et sa carte de fidélité, une compagnie
aérienne, une application de transport…). En 6 à 8 lignes :

1. indiquez à quel niveau de permission se situe aujourd'hui sa relation avec vous, et pourquoi ;
2. concevez trois étapes concrètes pour la faire monter d'un niveau, en précisant pour chacune ce que la marque
   offre et ce qu'elle demande en échange (quelle donnée, quelle permission) ;
3. indiquez comment vous choisiriez la fréquence des messages, et quel signal vous dirait que vous en faites
   trop ;
4. indiquez un risque pour la relation (profilage perçu comme intrusif, spam, promesse non tenue).
""",
)
md(
    """
<details>
<summary>Una risposta modello (apri solo dopo aver scritto la tua)</summary>

*Una catena di supermercati con carta fedeltà.* Sono al livello dei **punti**: uso la carta e accetto le
e-mail sui punti. Il gradino superiore è il **permesso intravenoso**. Passi: (1) offerte legate ai miei acquisti,
in cambio dell'uso dello storico; (2) un questionario facoltativo sulle preferenze, in cambio di un buono;
(3) una spesa ricorrente che la catena consegna da sé, modificabile in ogni momento. Frequenza: una e-mail a
settimana; allarme se il coinvolgimento per invio cala e le disiscrizioni salgono. Rischio: un'offerta troppo
precisa su un acquisto delicato fa sentire il cliente spiato.

</details>
""",
    """
<details>
<summary>Une réponse modèle (à ouvrir après avoir rédigé la vôtre)</summary>

*Une chaîne de supermarchés.* J'en suis au niveau des **points** : j'utilise la carte de fidélité et
j'accepte les courriels sur les points. La marche suivante est la **permission intraveineuse**.
Étapes : (1) des offres liées à mes achats, en échange de l'usage de mon historique ; (2) un questionnaire
facultatif sur mes préférences, contre un bon d'achat ; (3) des courses récurrentes livrées par la chaîne,
modifiables à tout moment. Fréquence : un courriel par semaine ; alarme si l'engagement par envoi baisse
pendant que les désabonnements montent. Risque : une offre trop précise sur un achat délicat, et le client se
sent épié.

</details>
""",
    tags=("solution",),
)
md(
    """
<details>
<summary>Griglia di valutazione</summary>

- **Livello (2 punti).** Nominato e giustificato con un comportamento osservabile del cliente.
- **Passi (3 punti).** Tre passi concreti, ciascuno con ciò che la marca dà e chiede, nell'ordine della scala
  di Godin (i punti stanno sopra la relazione personale).
- **Frequenza (2 punti).** Una regola motivata e un segnale misurabile di eccesso.
- **Rischio (2 punti).** Un rischio realistico legato al permesso.
- **Chiarezza (1 punto).** Termini della lezione usati correttamente.

</details>
""",
    """
<details>
<summary>Grille d'évaluation</summary>

- **Niveau (2 points).** Nommé et justifié par un comportement observable du client.
- **Étapes (3 points).** Trois étapes concrètes, chacune avec ce que la marque donne et demande, dans l'ordre
  de l'échelle de Godin (les points se situent au-dessus de la relation personnelle).
- **Fréquence (2 points).** Une règle motivée et un signal mesurable d'excès.
- **Risque (2 points).** Un risque réaliste lié à la permission.
- **Clarté (1 point).** Des termes de la leçon employés correctement.

</details>
""",
    tags=("solution",),
)

# =============================================================================== summary
md(
    """
## Riepilogo

- Il **permission marketing** comunica solo con chi ha accettato: messaggi **attesi, personali e pertinenti**,
  con il cliente protagonista.
- I **livelli del permesso** vanno dal situazionale all'intravenoso, con lo spam sotto tutti; la carta miglia è
  il livello dei **punti**. Il permesso si approfondisce un passo alla volta.
- In un **funnel di iscrizione** gli iscritti sono $N \\, p_1 \\cdots p_K$; il **doppio opt-in** aggiunge la
  conferma: una lista più piccola, ma verificata.
- Le disiscrizioni crescono sempre con la frequenza di invio; le risposte dell'anno hanno un massimo, la
  **frequenza ottimale**, più alta per messaggi più pertinenti e orizzonti più brevi, e che ignora il valore
  futuro della lista.
""",
    """
## En résumé

- Le **permission marketing** ne s'adresse qu'aux personnes qui ont accepté : des messages **attendus,
  personnels et pertinents**, dont le client est acteur.
- Les **niveaux de permission** vont du situationnel à l'intraveineux, le spam en dessous de tous ; la carte
  de miles relève des **points**. La permission s'approfondit pas à pas.
- Dans un **entonnoir d'inscription**, les abonnés sont $N \\, p_1 \\cdots p_K$ ; le **double opt-in** ajoute la
  confirmation : une liste plus petite, mais vérifiée.
- Les désabonnements augmentent toujours avec la fréquence d'envoi ; les réponses de l'année ont un maximum,
  la **fréquence optimale**, plus élevée pour des messages pertinents et des horizons courts, et qui ignore la
  valeur future de la liste.
""",
)
md("### Termini chiave", "### Termes clés")
L.code(
    """cl.glossary.key_terms([
    "permission_marketing", "anticipated_personal_relevant", "relevance", "opt_in", "unsubscribe", "spam",
    "permission_levels", "loyalty_programme", "personalisation", "profiling", "subscriber_list",
    "optin_funnel", "double_opt_in", "soft_opt_in", "engagement", "fatigue_stock", "sending_frequency",
    "optimal_sending_frequency",
])"""
)
md(
    """
## Fonti

- Godin, S. (1999), *Permission Marketing: Turning Strangers into Friends, and Friends into Customers*, New
  York, Simon & Schuster.
- Godin, S. (1998), «The six levels of permission», *Fast Company*, 31 marzo 1998.
- Un post di un blog francese, le prime impressioni di un lettore del *Permission Marketing* di Godin: uno dei
  due testi da cui parte il corso.
- Kumar, V., Zhang, X. (A.) e Luo, A. (2014), «Modeling customer opt-in and opt-out in a permission-based
  marketing context», *Journal of Marketing Research*, agosto 2014, DOI 10.1509/jmr.13.0169; sintesi del
  Marketing Science Institute, «Influencing customer opt-in and opt-out».
- Krafft, M., Arden, C. M. e Verhoef, P. C. (2017), «Permission marketing and privacy concerns — why do
  customers (not) grant permissions?», *Journal of Interactive Marketing* 39, 39–54, DOI
  10.1016/j.intmar.2017.03.001.
- Tezinde, T., Smith, B. e Murphy, J. (2002), «Getting permission: exploring factors affecting permission
  marketing», *Journal of Interactive Marketing* 16(4), 28–36, DOI 10.1002/dir.10041.
- Codice in materia di protezione dei dati personali, d.lgs. 30 giugno 2003, n. 196, art. 130 (testo vigente).

I parametri del modello della lista e i tassi del funnel sono illustrativi, non stime empiriche.
""",
    """
## Sources

- Godin, S. (1999), *Permission Marketing: Turning Strangers into Friends, and Friends into Customers*, New
  York, Simon & Schuster. Traduction française : *Permission marketing*, Paris, Maxima, traduction de Larry
  Cohen (2000 selon le CNAM).
- Godin, S. (1998), « The six levels of permission », *Fast Company*, 31 mars 1998.
- Un billet d'un blog français, les premières impressions d'un lecteur du *Permission Marketing* de Godin : l'un
  des deux textes dont part le cours.
- Kumar, V., Zhang, X. (A.) et Luo, A. (2014), « Modeling customer opt-in and opt-out in a permission-based
  marketing context », *Journal of Marketing Research*, août 2014, DOI 10.1509/jmr.13.0169 ; synthèse du
  Marketing Science Institute, « Influencing customer opt-in and opt-out ».
- Krafft, M., Arden, C. M. et Verhoef, P. C. (2017), « Permission marketing and privacy concerns — why do
  customers (not) grant permissions? », *Journal of Interactive Marketing* 39, 39–54, DOI
  10.1016/j.intmar.2017.03.001.
- Tezinde, T., Smith, B. et Murphy, J. (2002), « Getting permission : exploring factors affecting permission
  marketing », *Journal of Interactive Marketing* 16(4), 28–36, DOI 10.1002/dir.10041.
- Code des postes et des communications électroniques, article L. 34-5, Légifrance.

Les paramètres du modèle de la liste et les taux de l'entonnoir sont illustratifs, pas des estimations
empiriques.
""",
)

if __name__ == "__main__":
    L.build(execute_nb="--no-run" not in sys.argv)

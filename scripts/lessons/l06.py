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


def md_sources(it_text: str, fr_text: str):
    """The sources: English titles keep English punctuation (no space before ? and :)."""
    text = fr(fr_text)
    for title in ("grant permissions?", "Getting permission:"):
        text = text.replace(title.replace(title[-1], NB + title[-1]), title)
    L.md(it=it(it_text), fr=text)


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
disiscrizioni). Per la matematica bastano prodotti e percentuali, più, nella sezione 5, il modello di stanchezza
della lezione 4 (un esponenziale decrescente).

**Tempo stimato.** 40–45 minuti: circa 20 minuti di lettura, 5 minuti di demo, 15–20 minuti di esercizi
(il 06.4 si può finire a casa).

**Percorso senza codice.** Testo, tabelle e figure sono già calcolati: puoi leggere tutta la lezione senza
scrivere codice. Python serve solo per l'esercizio 06.3 (una riga, che il secondo suggerimento ti dà); il 06.2
si risolve anche a mano, il 06.1 e il 06.4 sono di ragionamento.
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
désabonnements). Côté mathématiques, des produits et des pourcentages suffisent, plus, à la section 5, le modèle
de lassitude de la leçon 4 (une exponentielle décroissante).

**Durée estimée.** 40 à 45 minutes : environ 20 minutes de lecture, 5 minutes de démo, 15 à 20 minutes
d'exercices (le 06.4 peut se terminer après la séance).

**Parcours sans code.** Le texte, les tableaux et les figures sont déjà calculés : vous pouvez lire toute la
leçon sans écrire de code. Python ne sert qu'à l'exercice 06.3 (une ligne, que le deuxième indice vous donne) ;
le 06.2 se résout aussi à la main, le 06.1 et le 06.4 sont des exercices de raisonnement.
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

- **Attendus** : la personne qui les reçoit sait qu'ils arriveront, parce qu'elle les a demandés (la lettre
  d'information du lundi).
- **Personnels** : ils s'adressent à cette personne, et non à « tous ceux qui regardent la télé ce soir ».
- **Pertinents** : ils portent sur ce qui l'intéresse. La **pertinence** est le degré auquel un message
  correspond aux intérêts et aux demandes de la personne qui le reçoit.

Le point de départ est inversé par rapport à l'interruption. Là, l'entreprise choisit le moment et la personne
subit ; ici, c'est le client qui a **exprimé un intérêt** pour un produit ou un service, et la démarche est
**positive et choisie** : la personne a dit oui, et peut dire non à tout moment. Le client n'est donc plus une
cible passive, mais un **acteur** de la relation : il décide de ce qu'il reçoit, à quel rythme, et quand
arrêter.

Le geste par lequel une personne donne sa permission s'appelle **opt-in** (consentement préalable) : elle
s'inscrit, coche une case qui n'était pas précochée, laisse son adresse. Le geste inverse est le
**désabonnement**, par lequel elle retire sa permission. Le **spam**, ces messages électroniques envoyés en
masse à des personnes qui ne les ont pas demandés, est l'exact opposé du permission marketing : aucune
permission. Le législateur français a fait le même choix pour le téléphone : depuis le 11 août 2026, démarcher
par téléphone un consommateur suppose son consentement préalable (art. L. 223-1 du code de la consommation,
modifié par la loi n° 2025-594, art. 13) ; la leçon 7 y revient.
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
les numérote de 0 (spam) à 5 (le plus profond). Attention : dans le livre, Godin numérote ses niveaux dans
l'autre sens (1 = permission intraveineuse, 5 = permission situationnelle) ; la numérotation de 0 à 5, du plus
faible au plus profond, est propre au cours.
""",
)
L.code(
    """for level in reversed(cl.permission.PermissionLevel):
    print(int(level), cl.permission.level_name(level, cl.get_language()))"""
)
md(
    """
Dal basso verso l'alto, con esempi nostri:

- **Permesso situazionale.** Vale per un'occasione: chiedi un preventivo o fai una domanda al commesso, e
  accetti che ti rispondano su quello, non di ricevere offerte per anni.
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
sul libro di Godin), cita come esempio la carta miglia, cioè il programma fedeltà di una compagnia aerea. Il cliente accumula miglia a ogni volo; lo strumento di fidelizzazione gli è così utile che è lui a
cercarlo: va sul sito a controllare il saldo, digita il numero della tessera a ogni acquisto, legge le
e-mail sulle promozioni. Nessuno lo ha interrotto: è il cliente a tornare. È il livello dei **punti**, e
mostra bene la differenza con l'interruzione: il messaggio non deve strappare un'attenzione già offerta.
""",
    """
Du bas vers le haut, avec nos propres exemples :

- **Permission situationnelle.** Elle vaut pour une occasion : vous demandez un devis ou posez une question au
  vendeur, et vous acceptez qu'on vous réponde sur ce point, pas de recevoir des offres pendant des années.
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
fidélité d'une compagnie aérienne. Le client accumule des miles à chaque vol ; l'outil de fidélisation lui est si utile que c'est lui
qui vient le chercher : il va sur le site consulter son solde, saisit son numéro de carte à chaque achat, lit
les courriels sur les promotions. Personne ne l'a interrompu : c'est le client qui revient. C'est le niveau des
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
4. offrire nuovi incentivi in cambio di un permesso più ampio (più informazioni, più argomenti, più canali);
5. col tempo, trasformare il permesso in vendite.

Il suo esempio è un campo estivo per ragazzi: l'annuncio serve solo a farsi chiedere la brochure, la brochure a
ottenere una visita, la visita la prima estate, la prima estate le successive. Ogni passo ha un solo scopo:
allargare il permesso. Nota che il primo passo è spesso un'interruzione (l'annuncio): l'interruzione compra il
primo permesso, il permesso lo fa durare.

### Personalizzare in massa: Internet e la profilazione

Il blog francese insiste su un punto: perché il permission marketing funzioni, serve una relazione
**personalizzata**. La **personalizzazione** adatta il contenuto, l'offerta o il momento del messaggio al
singolo cliente. Il libraio di quartiere lo fa a memoria; un'impresa con un milione di iscritti no. Qui
entrano in gioco Internet e l'informatica: la **profilazione**, cioè il trattamento
automatizzato dei dati di una persona per valutarne o prevederne interessi e comportamenti, permette una
relazione molto personalizzata **su scala di massa**. È la promessa, ed è anche un rischio: la profilazione usa
dati personali, e un cliente che si sente spiato ritira il permesso (le regole sul consenso sono il tema
della lezione 7).
""",
    """
## 3. Approfondir la permission, pas à pas

Godin compare la conquête de la permission à une séduction : on ne demande pas tout au premier rendez-vous. Il
propose cinq étapes :

1. offrir une incitation pour que la personne se manifeste (un bon d'achat, un contenu utile) ;
2. utiliser l'attention obtenue pour lui apprendre quelque chose sur le produit, message après message ;
3. renouveler l'incitation, pour que la permission reste vivante ;
4. offrir de nouvelles incitations en échange d'une permission plus large (plus d'informations, plus de
   sujets, plus de canaux) ;
5. avec le temps, transformer la permission en ventes.

Son exemple est une colonie de vacances : l'annonce ne sert qu'à faire demander la brochure, la brochure à
obtenir une visite, la visite le premier été, le premier été les suivants. Chaque étape n'a qu'un but : élargir
la permission. Notez que la première étape est souvent une interruption (l'annonce) : l'interruption achète la
première permission, la permission la fait durer.

### Personnaliser en masse : Internet et le profilage

Le blog français insiste sur un point : pour que le permission marketing fonctionne, il faut une relation
**personnalisée**. La **personnalisation** adapte le contenu, l'offre ou le moment du message à chaque client.
Le libraire de quartier le fait de mémoire ; une entreprise qui compte un million d'abonnés, non. C'est là
qu'interviennent Internet et l'informatique : le **profilage**, c'est-à-dire le traitement
automatisé des données d'une personne pour évaluer ou prévoir ses intérêts et ses comportements, permet une
relation très personnalisée **à l'échelle de masse**. C'est la promesse, et c'est aussi un risque : le profilage
utilise des données personnelles, et un client qui se sent épié retire sa permission. Les règles du
consentement sont le sujet de la leçon 7.
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

Un esempio con numeri inventati, solo per fare i conti: 1.000 visitatori della pagina, il 25 % invia il modulo, il 70 % conferma. Le funzioni del corso restituiscono i conteggi
fase per fase; li mettiamo in una piccola tabella.
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
« clients existants », pour les produits ou services analogues proposés par la même entreprise : nous y
reviendrons à la leçon 7.

Un exemple avec des chiffres inventés, juste pour faire les calculs : 1 000 visiteurs de la page, 25 % envoient le formulaire, 70 % confirment. Les fonctions du cours renvoient les effectifs
étape par étape ; nous les rangeons dans un petit tableau.
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
chaque envoi ajoute aussi un peu de lassitude, et la lassitude mène au désabonnement. Kumar, Zhang et Luo (2014) trouvent que l'intensité du marketing influe à
la fois sur le moment de l'inscription et sur celui du désabonnement ; la synthèse du Marketing Science
Institute en tire un conseil : éviter de sursolliciter les personnes qui ont donné leur permission.

Pour le voir, reprenons le modèle de la leçon 4, semaine par semaine ($t = 1, \\dots, 52$), avec une **fréquence
d'envoi** constante de $s$ messages par semaine à chaque abonné :

- le **stock de lassitude** cumule les envois et en résorbe une partie chaque semaine (il en reste la part
  $\\rho$) : $F_t = \\rho F_{t-1} + s$, avec $\\rho = 0{,}7$ ;
- chaque envoi obtient une réponse avec la probabilité $p_0 \\, e^{-\\kappa F_{t-1}}$, qui baisse avec la
  lassitude ; et les messages d'une même semaine se fatiguent aussi entre eux (le deuxième rapporte moins que le
  premier, le troisième moins que le deuxième) ;
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
si svuota più in fretta di quanto si riempia. Ora guardiamo i totali dell'anno per diverse frequenze, in una
tabella costruita con pandas:
""",
    """
Avec un envoi par semaine, la liste grossit, de 5 000 à environ 7 400 abonnés : les inscriptions dépassent les
désabonnements. Avec trois envois, la même liste, avec les mêmes 100 arrivées par semaine, tombe à environ
1 700 : elle se vide plus vite qu'elle ne se remplit. Regardons maintenant les totaux de l'année pour plusieurs
fréquences, dans un tableau construit avec pandas :
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
al 3,1 %). Le **risposte dell'anno**, invece, prima salgono (da circa 29.000 a circa 41.000) e poi scendono:
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
envoi par semaine). Les deux courbes n'ont pas la même échelle (axe de gauche, axe de droite) : leur croisement
ne signifie rien.

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

Nella demo puoi cambiare gli invii a settimana (da 0 a 7) e la pertinenza dei messaggi $r$ (da 0,1 a 1); il
riquadro mostra i risultati dell'anno e la frequenza ottimale. Prova a:

- lasciare $r = 0{,}5$ e portare gli invii da 1 a 4: che cosa succede alla lista? E alle risposte?
- alzare la pertinenza fino a 1: dove si sposta il rombo della frequenza ottimale? Perché un messaggio più
  pertinente può permettersi di arrivare più spesso?
- abbassare la pertinenza a 0,1: che cosa resta da guadagnare scrivendo di più?
- trovare una combinazione con più risposte del punto di partenza ma meno iscritti a fine anno: sceglieresti
  quella strategia? Da che cosa dipende?

Ai valori predefiniti (un invio a settimana, $r = 0{,}5$) la demo mostra le stesse curve della sezione 5; l'asse
sinistro però resta fisso (da 0 a 200.000 risposte), perché tu possa confrontare le pertinenze.
""",
    """
## 6. À vous de jouer

Dans la démo, vous pouvez modifier les envois par semaine (de 0 à 7) et la pertinence des messages $r$ (de 0,1
à 1) ; l'encadré affiche les résultats de l'année et la fréquence optimale. Essayez de :

- garder $r = 0{,}5$ et passer de 1 à 4 envois : qu'arrive-t-il à la liste ? Et aux réponses ?
- pousser la pertinence jusqu'à 1 : où se déplace le losange de la fréquence optimale ? Pourquoi un message
  plus pertinent peut-il se permettre d'arriver plus souvent ?
- baisser la pertinence à 0,1 : que reste-t-il à gagner en écrivant davantage ?
- trouver une combinaison qui donne plus de réponses que le point de départ mais moins d'abonnés en fin
  d'année : choisiriez-vous cette stratégie ? De quoi cela dépend-il ?

Aux valeurs par défaut (un envoi par semaine, $r = 0{,}5$), la démo montre les mêmes courbes qu'à la section 5 ;
l'axe de gauche reste toutefois fixe (de 0 à 200 000 réponses), pour que vous puissiez comparer les pertinences.
""",
)
L.code("cl.demos.permission_demo()", demo=True)
md(
    """
<details>
<summary>Che cosa avresti dovuto osservare (apri dopo aver provato)</summary>

- Da 1 a 4 invii ($r = 0{,}5$) la lista di fine anno crolla, da 7.443 a circa 900 iscritti, e anche le risposte
  dell'anno calano, da circa 41.000 a circa 14.000: oltre l'ottimo, scrivere di più fa perdere su entrambi i
  fronti.
- Con $r = 1$ il rombo si sposta a destra, verso due invii a settimana (1,96): un messaggio più atteso irrita
  meno e ottiene più risposte, quindi può arrivare più spesso.
- Con $r = 0{,}1$ le risposte restano basse a qualunque frequenza (con un invio a settimana circa 6.500, sei
  volte meno che con $r = 0{,}5$) e il rombo arretra un poco, a un invio a settimana: scrivere di più a chi il
  messaggio non interessa rende poco e svuota la lista.
- Più risposte con meno iscritti a fine anno: con $r = 0{,}5$, passare da 1 a 1,13 invii dà circa 270 risposte
  in più e circa 500 iscritti in meno. È «vendere» una parte del futuro della lista in cambio di risposte
  immediate; la scelta dipende da quanto vale un iscritto l'anno dopo.

</details>
""",
    """
<details>
<summary>Ce que vous auriez dû observer (à ouvrir après avoir essayé)</summary>

- De 1 à 4 envois ($r = 0{,}5$), la liste de fin d'année s'effondre, de 7 443 à environ 900 abonnés, et les
  réponses de l'année baissent aussi, d'environ 41 000 à environ 14 000 : au-delà de l'optimum, écrire plus fait
  perdre sur les deux tableaux.
- Avec $r = 1$, le losange se déplace vers la droite, vers deux envois par semaine (1,96) : un message plus
  attendu agace moins et obtient plus de réponses, il peut donc arriver plus souvent.
- Avec $r = 0{,}1$, les réponses restent faibles quelle que soit la fréquence (à un envoi par semaine, environ
  6 500, six fois moins qu'avec $r = 0{,}5$) et le losange recule un peu, à un envoi par semaine : écrire
  davantage à des gens que le message n'intéresse pas rapporte peu et vide la liste.
- Plus de réponses avec moins d'abonnés en fin d'année : avec $r = 0{,}5$, passer de 1 à 1,13 envoi donne
  environ 270 réponses de plus et environ 500 abonnés de moins. C'est « vendre » une partie de l'avenir de la
  liste contre des réponses immédiates ; le choix dépend de ce que vaut un abonné l'année suivante.

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
offerte? Anche la ricerca se ne occupa: Krafft, Arden e Verhoef (2017), per esempio, si chiedono proprio perché
i clienti concedano, o neghino, il permesso, e mettono al centro i timori per la privacy.

C'è poi il canale. Se il veicolo principale del permission marketing è l'e-mail, il messaggio atteso arriva in
una casella ingombra di spam, e il permesso va meritato a ogni invio. La stima dell'autore («più del 90 %» delle
e-mail) è messa a confronto con i dati nella lezione 7.
""",
    """
## 7. Un doute pour finir

L'auteur du blog français termine sur un doute, à prendre au sérieux. Un permission marketing vécu **par le
client** comme une relation riche et personnelle lui semble encore peu répandu. C'est une impression, pas une
mesure : pensez aux lettres d'information auxquelles vous êtes abonné : combien en vivez-vous comme une
relation, et combien comme un flot d'offres ? La recherche s'en préoccupe aussi : Krafft, Arden et Verhoef
(2017), par exemple, se demandent précisément pourquoi les clients accordent, ou refusent, leur permission, en
plaçant au centre les inquiétudes liées à la vie privée.

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
lasciato scegliere e comprare al posto tuo (d). Le promozioni di ogni settimana vanno oltre il permesso
ricevuto: il negozio tratta un permesso di un'occasione come un'iscrizione a una newsletter.
""",
    fr_text=fr("""
En demandant un devis, vous avez donné une permission **situationnelle** (a) : qu'on vous réponde sur cette
demande, pour cette occasion. Vous n'avez pas accordé à la marque un crédit général (b), vous n'accumulez rien
(c), vous ne l'avez pas laissée choisir et acheter à votre place (d). Les promotions hebdomadaires dépassent la
permission reçue : le cuisiniste traite une permission d'une occasion comme un abonnement à une lettre
d'information.
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
termine non paga per intero il prezzo delle disiscrizioni, che si fa sentire nei mesi successivi. È una ragione
per cui un orizzonte corto spinge a scrivere troppo spesso.
""",
    fr_text=fr("""
Sur six mois, il vaut mieux écrire davantage (2 envois par semaine) que sur un an (environ 1,5) : qui regarde à
court terme ne paie pas en entier le prix des désabonnements, qui se fait sentir les mois suivants. C'est une
raison pour laquelle un horizon court pousse à écrire trop souvent.
"""),
)
md(
    """
### Esercizio 06.4 — Progettare i passi del permesso (argomentato)

Scegli una marca reale che conosci (un supermercato con la sua carta fedeltà, un negozio di libri, una compagnia
aerea, un'app di trasporti…). In 6–8 righe:

1. indica a quale livello del permesso si trova oggi la sua relazione con te, e perché;
2. progetta tre passi concreti per portarla al livello superiore, dicendo per ciascuno che cosa la marca offre
   e che cosa chiede in cambio (quale dato, quale permesso);
3. indica come sceglieresti la frequenza dei messaggi, e quale segnale ti direbbe che stai esagerando;
4. indica un rischio per la relazione (profilazione percepita come invadente, spam, promessa non mantenuta).
""",
    """
### Exercice 06.4 — Concevoir les étapes de la permission (argumenté)

Choisissez une marque réelle que vous connaissez (un supermarché et sa carte de fidélité, une librairie, une
compagnie aérienne, une application de transport…). En 6 à 8 lignes :

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

*Una catena di supermercati con carta fedeltà.* Oggi sono al livello dei **punti**: uso la carta per lo
sconto e i punti, e accetto le e-mail che li riguardano. Il gradino superiore è il **permesso intravenoso**.
Tre passi: (1) offerte e ricette legate a ciò che compro davvero, in cambio del permesso di usare lo storico
degli acquisti; (2) un breve questionario facoltativo sulle mie preferenze (biologico, senza glutine) in cambio
di un buono; (3) una spesa ricorrente (acqua, caffè, detersivi) che la catena prepara e consegna da sé, e che
posso modificare o sospendere in ogni momento. Frequenza: un messaggio a settimana, di più solo per chi apre e clicca; allarme se il
coinvolgimento per invio cala mentre le disiscrizioni salgono. Rischio: un'offerta troppo precisa su un
acquisto delicato fa sentire il cliente spiato.

</details>
""",
    """
<details>
<summary>Une réponse modèle (à ouvrir après avoir rédigé la vôtre)</summary>

*Une chaîne de supermarchés avec une carte de fidélité.* Aujourd'hui, j'en suis au niveau des **points** :
j'utilise la carte pour la remise et les points, et j'accepte les courriels qui en parlent. La marche suivante
est la **permission intraveineuse**. Trois étapes : (1) des offres et des recettes liées à ce que j'achète
réellement, en échange de la permission d'utiliser l'historique de mes achats ; (2) un court questionnaire
facultatif sur mes préférences (bio, sans gluten) en échange d'un bon d'achat ; (3) des courses récurrentes
(eau, café, lessive) que la chaîne prépare et livre d'elle-même, et que je peux modifier ou suspendre à tout
moment. Fréquence : un
message par semaine, davantage seulement pour ceux qui ouvrent et cliquent ; alarme si l'engagement par envoi
baisse pendant que les désabonnements montent. Risque : une offre trop précise sur un achat délicat donne au
client le sentiment d'être épié.

</details>
""",
    tags=("solution",),
)
md(
    """
<details>
<summary>Griglia di valutazione</summary>

- **Livello (2 punti).** Il livello è nominato correttamente e giustificato con un comportamento osservabile
  del cliente, non con la sola opinione sulla marca.
- **Passi (3 punti).** Tre passi concreti e in ordine, ciascuno con ciò che la marca dà e ciò che chiede; il
  permesso cresce a ogni passo, nell'ordine della scala di Godin (attenzione: i punti stanno sopra la relazione
  personale).
- **Frequenza (2 punti).** Una regola motivata (partire bassi, adattare alla risposta, pertinenza) e un segnale
  misurabile di eccesso (disiscrizioni, coinvolgimento per invio).
- **Rischio (2 punti).** Un rischio realistico per la relazione, legato al permesso (privacy, spam, fiducia).
- **Chiarezza (1 punto).** Testo ordinato, termini della lezione usati correttamente.

</details>
""",
    """
<details>
<summary>Grille d'évaluation</summary>

- **Niveau (2 points).** Le niveau est correctement nommé et justifié par un comportement observable du
  client, pas seulement par une opinion sur la marque.
- **Étapes (3 points).** Trois étapes concrètes et ordonnées, chacune avec ce que la marque donne et ce
  qu'elle demande ; la permission grandit à chaque étape, dans l'ordre de l'échelle de Godin (attention : les
  points se situent au-dessus de la relation personnelle).
- **Fréquence (2 points).** Une règle motivée (commencer bas, s'adapter à la réponse, pertinence) et un signal
  mesurable d'excès (désabonnements, engagement par envoi).
- **Risque (2 points).** Un risque réaliste pour la relation, lié à la permission (vie privée, spam,
  confiance).
- **Clarté (1 point).** Un texte ordonné, des termes de la leçon employés correctement.

</details>
""",
    tags=("solution",),
)

# =============================================================================== summary
md(
    """
## Riepilogo

- Il **permission marketing** comunica solo con chi ha accettato: messaggi **attesi, personali e pertinenti**;
  il cliente ha espresso un interesse, sceglie ed è protagonista della relazione.
- I **livelli del permesso** vanno dal situazionale all'intravenoso, con lo spam sotto tutti; la carta miglia è
  il livello dei **punti**. Il permesso si approfondisce un passo alla volta; la profilazione personalizza in
  massa, ma può sembrare invadente.
- In un **funnel di iscrizione** gli iscritti sono $N \\, p_1 \\cdots p_K$; il **doppio opt-in** aggiunge la
  conferma: una lista più piccola, ma verificata.
- Nel modello della lista, le disiscrizioni crescono sempre con la frequenza di invio, mentre le risposte
  dell'anno hanno un massimo interno: la **frequenza ottimale**, più alta per messaggi più pertinenti e per
  orizzonti più brevi.
- Resta un dubbio: all'autore del blog sembrano ancora rare relazioni di permesso ricche, vissute come tali
  dal cliente; e l'e-mail, il loro canale principale, divide la casella con lo spam.
""",
    """
## En résumé

- Le **permission marketing** ne s'adresse qu'aux personnes qui ont accepté : des messages **attendus,
  personnels et pertinents** ; le client a exprimé un intérêt, choisit et devient acteur de la relation.
- Les **niveaux de permission** vont du situationnel à l'intraveineux, le spam en dessous de tous ; la carte
  de miles relève des **points**. La permission s'approfondit pas à pas ; le profilage personnalise en masse,
  au risque de paraître intrusif.
- Dans un **entonnoir d'inscription**, les abonnés sont $N \\, p_1 \\cdots p_K$ ; le **double opt-in** ajoute la
  confirmation : une liste plus petite, mais vérifiée.
- Dans le modèle de la liste, les désabonnements augmentent toujours avec la fréquence d'envoi, tandis que les
  réponses de l'année ont un maximum intérieur : la **fréquence optimale**, plus élevée pour des messages plus
  pertinents et pour des horizons plus courts.
- Reste le doute de l'auteur : des relations de permission riches, vécues comme telles par le client, lui
  semblent encore rares ; et le courriel, leur canal principal, partage la boîte avec le spam.
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
md_sources(
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
  Cohen (2000 selon la fiche de lecture du CNAM).
- Godin, S. (1998), « The six levels of permission », *Fast Company*, 31 mars 1998.
- Un billet d'un blog français, les premières impressions d'un lecteur du *Permission Marketing* de Godin : l'un
  des deux textes dont part le cours.
- Kumar, V., Zhang, X. (A.) et Luo, A. (2014), « Modeling customer opt-in and opt-out in a permission-based
  marketing context », *Journal of Marketing Research*, août 2014, DOI 10.1509/jmr.13.0169 ; synthèse du
  Marketing Science Institute, « Influencing customer opt-in and opt-out ».
- Krafft, M., Arden, C. M. et Verhoef, P. C. (2017), « Permission marketing and privacy concerns — why do
  customers (not) grant permissions? », *Journal of Interactive Marketing* 39, 39–54, DOI
  10.1016/j.intmar.2017.03.001.
- Tezinde, T., Smith, B. et Murphy, J. (2002), « Getting permission: exploring factors affecting permission
  marketing », *Journal of Interactive Marketing* 16(4), 28–36, DOI 10.1002/dir.10041.
- Code des postes et des communications électroniques, article L. 34-5, Légifrance.
- Code de la consommation, article L. 223-1, modifié par la loi n° 2025-594, art. 13, Légifrance.

Les paramètres du modèle de la liste et les taux de l'entonnoir sont illustratifs, pas des estimations
empiriques.
""",
)

if __name__ == "__main__":
    L.build(execute_nb="--no-run" not in sys.argv)

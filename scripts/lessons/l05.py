"""Lesson 05 — When interrupting is not annoying: context and targeting (it + fr).

Build (from the repository root, with PYTHONPATH pointing at it):

    python scripts/lessons/l05.py
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lesson_builder import Lesson  # noqa: E402

NBSP = "\u00a0"
NNBSP = "\u202f"  # French thousands separator, as in the figures


def F(text: str) -> str:
    """French typography: a non-breaking space before ; : ! ? and inside « », outside code and maths."""
    parts = re.split(r"(```.*?```|`[^`\n]*`|\$\$.*?\$\$|\$[^$\n]+\$|https?://\S+)", text, flags=re.S)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            part = re.sub(r" ([;:!?])(?=\s|$|\*)", NBSP + r"\1", part)
            part = part.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
            part = re.sub(r"(\d) %", r"\1" + NBSP + "%", part)
            part = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NNBSP, part)  # thousands: 60 000
            part = re.sub(r"(?<=\d) (?=(?:euros?|centimes|h|Go)\b)", NBSP, part)  # 8 euros, 20 h 30
            part = re.sub(r"(?<=\d" + NBSP + r"h) (?=\d)", NBSP, part)
            part = part.replace("n° ", "n°" + NBSP)
        out.append(part)
    return "".join(out)


def I(text: str) -> str:  # noqa: E743 - Italian: 60.000 for thousands, a non-breaking space before %
    parts = re.split(r"(```.*?```|`[^`\n]*`|\$\$.*?\$\$|\$[^$\n]+\$|https?://\S+)", text, flags=re.S)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            part = re.sub(r"(\d) %", r"\1" + NBSP + "%", part)
            part = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", ".", part)  # thousands: 60.000
        out.append(part)
    return "".join(out)


L = Lesson("05", it="05_contesto_e_targeting", fr="05_contexte_et_ciblage")


def md(it, fr, tags=()):
    L.md(it=I(it), fr=F(fr), tags=tags)


# ------------------------------------------------------------------------------------------------ 0
md(
    it="""
# Lezione 5 — Quando interrompere non disturba: contesto e targeting

L'e-mail del negozio dove hai appena comprato gli scarponi è un'interruzione, ma non sempre dà fastidio. Questa
lezione approfondisce la sezione 3 della lezione 1: perché un'interruzione contestuale o mirata disturba meno, quanto
rende con lo stesso budget e dove la legge la limita.

**Obiettivi di apprendimento.** Alla fine della lezione saprai:

1. distinguere un'interruzione fuori contesto, un'interruzione contestuale e un'interruzione mirata, con esempi di oggi;
2. spiegare, con un modello, come la precisione del targeting e la pertinenza del messaggio cambiano le risposte, le
   persone infastidite e il costo per risposta;
3. calcolare la precisione minima a partire dalla quale una lista mirata più cara ottiene, con lo stesso budget, più
   risposte di una campagna di massa;
4. indicare dove il consenso e le regole sulla profilazione limitano il targeting, in Italia e in Francia.

**Prerequisiti.** Lezione 1 (sezione 3 e quota di attenzione) e lezione 4 (regole sulle telefonate). Saper leggere
una tabella e calcolare una percentuale.

**Tempo stimato.** 45 minuti: 20 di lettura e grafici, 5 con la demo, 20 per gli esercizi.

**Percorso senza codice.** Le sezioni 1, 2 e 7 e gli esercizi 05.1, 05.4 (basta scrivere una lettera) e 05.5 non
richiedono di programmare; nelle sezioni 3–6 basta eseguire le celle. Solo 05.2 chiede un po' di codice; 05.3 si
risolve anche a mano.
""",
    fr="""
# Leçon 5 — Quand interrompre n'importune pas : contexte et ciblage

Le courriel du magasin où vous venez d'acheter des chaussures de randonnée est une interruption, mais il ne dérange
pas forcément. Cette leçon approfondit la section 3 de la leçon 1 : pourquoi une interruption contextuelle ou ciblée
dérange moins, ce qu'elle rapporte à budget égal et où la loi la limite.

**Objectifs d'apprentissage.** À la fin de la leçon, vous serez capable de :

1. distinguer une interruption hors contexte, contextuelle et ciblée, avec des exemples actuels ;
2. expliquer, avec un modèle, comment la précision du ciblage et la pertinence du message modifient les réponses, les
   personnes importunées et le coût par réponse ;
3. calculer la précision minimale à partir de laquelle une liste ciblée plus chère obtient plus de réponses qu'une
   campagne de masse, à budget égal ;
4. indiquer où le consentement et les règles sur le profilage limitent le ciblage, en France et en Italie.

**Prérequis.** Leçon 1 (section 3 et part d'attention) et leçon 4 (règles sur le démarchage téléphonique). Savoir
lire un tableau et calculer un pourcentage.

**Durée estimée.** 45 minutes : 20 de lecture et de graphiques, 5 avec la démo, 20 pour les exercices.

**Parcours sans code.** Les sections 1, 2 et 7 et les exercices 05.1, 05.4 (une lettre à écrire) et 05.5 se passent
de programmation ; dans les sections 3 à 6, il suffit d'exécuter les cellules. Seul 05.2 demande un peu de code ;
05.3 se résout aussi à la main.
""",
)
L.setup(extra="import numpy as np\nimport pandas as pd\nfrom course_lib.exercises import check")

# ------------------------------------------------------------------------------------------------ 1
md(
    it="""
## 1. Perché un'interruzione contestuale disturba meno

Nella lezione 1 hai visto che un'interruzione non è sempre **fuori contesto**, cioè estranea a ciò che la persona sta
facendo (la telefonata all'ora di cena, lo spot che spezza il film). Un'**interruzione contestuale** riguarda proprio
ciò che la persona sta leggendo, guardando o facendo: se leggi una recensione di biciclette da città e una **finestra
pop-up** (che si apre da sola sopra la pagina) ti propone un lucchetto, la lettura viene interrotta, ma da un
messaggio che parla del tuo argomento.

Perché dovrebbe disturbare meno? Uno studio sui pop-up pubblicitari (Edwards, Li e Lee, 2002) spiega il fastidio
con l'**intrusività percepita**: la sensazione che l'annuncio si intrometta in ciò che stai facendo. Tra i fattori da
cui dipende, gli autori indicano:

- la **congruenza** tra il contenuto dell'annuncio e l'attività in corso;
- l'**intensità dell'impegno mentale** nel momento in cui l'annuncio compare.

L'intuizione è semplice: un annuncio in tema sembra meno un'intrusione, mentre interrompere chi è concentrato pesa di
più. Quando l'intrusività è alta, le conseguenze sono irritazione ed **evitamento** dell'annuncio. Il contesto,
quindi, contribuisce a decidere se la stessa interruzione viene vissuta come un aiuto o come un disturbo.
""",
    fr="""
## 1. Pourquoi une interruption contextuelle dérange moins

Dans la leçon 1, vous avez vu qu'une interruption n'est pas toujours **hors contexte**, c'est-à-dire sans rapport avec
ce que fait la personne (l'appel à l'heure du dîner, la publicité qui coupe le film). Une **interruption
contextuelle** porte précisément sur ce que la personne lit, regarde ou fait : si vous lisez un comparatif de vélos
de ville et qu'une **fenêtre surgissante** (*pop-up*, qui s'ouvre d'elle-même au-dessus de la page) vous propose un
antivol, votre lecture est interrompue, mais par un message qui parle de votre sujet.

Pourquoi dérangerait-elle moins ? Une étude sur les fenêtres publicitaires (Edwards, Li et Lee, 2002) explique la
gêne par l'**intrusivité perçue** : le sentiment que l'annonce s'immisce dans ce que l'on est en train de faire. Parmi
les facteurs dont elle dépend, les auteurs retiennent :

- la **congruence** entre le contenu de l'annonce et l'activité en cours ;
- l'**intensité de l'effort mental** au moment où l'annonce apparaît.

L'intuition est simple : une annonce dans le sujet paraît moins intrusive, tandis qu'interrompre une personne
concentrée pèse davantage. Quand l'intrusivité est forte, il en résulte de l'irritation et un **évitement** de
l'annonce. Le contexte contribue donc à décider si la même interruption est vécue comme une aide ou comme une gêne.
""",
)

# ------------------------------------------------------------------------------------------------ 2
md(
    it="""
## 2. Dai dati all'offerta: l'interruzione mirata

Il contesto dice *che cosa sta facendo* la persona; i dati dicono *chi è* e *che cosa consuma*. Con la
*marketing automation* (software che inviano messaggi in automatico quando si verifica un evento) e il *data-driven marketing*
(decidere a chi, quando e che cosa comunicare analizzando i dati dei clienti), l'interruzione diventa più mirata e in
parte personalizzata. Chiamiamo **interruzione mirata** un'interruzione rivolta solo alle persone che i dati indicano
come probabilmente interessate; scegliere a chi rivolgersi in base ai dati si chiama ***targeting*** (dall'inglese
*target*, bersaglio).

Riprendiamo due esempi della lezione 1 e aggiorniamoli:

- **Le chiamate in linea con i consumi.** Esempio da manuale: l'operatore chiama un cliente il cui piano **non
  comprende gli SMS** per proporgli, a un prezzo poco più alto, un'offerta che li include. Oggi l'equivalente è il
  cliente che ogni mese compra un pacchetto di giga in più, a cui l'operatore propone un piano più capiente per pochi
  euro in più.
- **L'e-mail dopo un acquisto in negozio.** Hai comprato una macchina da caffè e lasciato il tuo indirizzo e-mail
  alla cassa; qualche giorno dopo il negozio ti propone le pastiglie decalcificanti adatte.

Il modello userà due grandezze:

- la **precisione del targeting**: la quota di interessati all'offerta tra le persone contattate;
- la **pertinenza del messaggio**: la quota di interessati per cui il messaggio corrisponde alla loro situazione del
  momento (l'offerta giusta, nel contesto giusto).
""",
    fr="""
## 2. Des données à l'offre : l'interruption ciblée

Le contexte dit *ce que fait* la personne ; les données disent *qui elle est* et *ce qu'elle consomme*. Avec le
*marketing automation* (des logiciels qui envoient un message dès qu'un événement se produit) et le
*data-driven marketing* (décider à qui, quand et quoi communiquer en analysant les données clients), l'interruption
devient plus ciblée et en partie personnalisée. Appelons **interruption ciblée** une interruption adressée aux seules
personnes que les données désignent comme probablement intéressées ; choisir à qui s'adresser à partir des données,
c'est le **ciblage** (*targeting*).

Reprenons deux exemples de la leçon 1 en les actualisant :

- **Les appels cohérents avec la consommation.** Exemple d'école : l'opérateur appelle un client dont le forfait
  **n'inclut pas les SMS** pour lui proposer, un peu plus cher, une offre qui les comprend. Aujourd'hui, l'équivalent
  est le client qui achète chaque mois une recharge de données, et à qui l'opérateur propose un forfait plus généreux
  pour quelques euros de plus.
- **Le courriel après un achat en magasin.** Vous avez acheté une machine à café et laissé votre adresse à la caisse ;
  quelques jours plus tard, le magasin vous propose les pastilles de détartrage adaptées.

Le modèle utilisera deux grandeurs :

- la **précision du ciblage** : la part d'intéressés par l'offre parmi les personnes contactées ;
- la **pertinence du message** : la part des intéressés pour qui le message correspond à leur situation du moment
  (la bonne offre, dans le bon contexte).
""",
)
# ------------------------------------------------------------------------------------------------ 3
md(
    it=r"""
## 3. Il modello: stesso budget, due liste

Un'impresa ha un budget $B$ per contattare $N$ persone, di cui una quota $q$ è interessata all'offerta. Può
spenderlo in due modi:

- una **campagna di massa**: contatta persone a caso, a un costo basso per contatto $c_m$; la sua precisione è
  semplicemente $q$;
- una **campagna mirata**: usa i dati per scegliere chi contattare, con precisione $p > q$, ma ogni contatto costa di
  più ($c_t > c_m$).

**Chi viene raggiunto.** Il budget compra $B/c$ contatti ($c = c_m$ o $c_t$ secondo la campagna), ma una lista non
può contenere più interessati di quanti ne esistano ($qN$): una lista di precisione $p$ contiene al massimo $qN/p$
persone e, allo stesso modo, al massimo $(1-q)N/(1-p)$ per via dei non interessati. Le persone raggiunte sono quindi
$K = \min\big(B/c,\ N,\ qN/p,\ (1-q)N/(1-p)\big)$, di cui $I = pK$ interessate e $K - I$ non interessate.

**Quanta attenzione.** Riprendiamo la quota di attenzione della lezione 1: il messaggio, con peso $w$, compete con ciò
che la persona stava facendo, l'opzione esterna $O$:

$$s(w) = \frac{w}{w + O}.$$

Un messaggio pertinente ha un peso più alto ($w = 1 + g$, dove $g = 2$ è il **guadagno di peso** dovuto alla
pertinenza), uno generico peso $1$. Con $O = 1$, il primo
conquista $3/4$ dell'attenzione, il secondo $1/2$. Se la pertinenza è $r$, l'attenzione media degli interessati è
$\bar s = s(1) + r\,[s(1+g) - s(1)]$.

**Che cosa ne esce.**

- **risposte** $= b\, I\, \bar s$, dove $b = 10\ \%$ è la probabilità che un interessato attento risponda (solo
  gli interessati rispondono);
- **persone infastidite** $= (K - I) + (1 - r)\,I$: i non interessati raggiunti, più gli interessati a cui il
  messaggio non corrispondeva;
- **costo per risposta** $=$ spesa effettiva $/$ risposte.

Lo scenario della lezione (numeri illustrativi, non stime): 100 000 persone, 10 % interessate, 3 000 euro di budget,
5 centesimi per un contatto di massa, 20 per un contatto mirato; lista mirata con precisione 60 %, pertinenza 50 %.
""",
    fr=r"""
## 3. Le modèle : même budget, deux listes

Une entreprise a un budget $B$ pour contacter $N$ personnes, dont une part $q$ est intéressée par l'offre. Deux
façons de le dépenser :

- une **campagne de masse** : elle contacte des personnes au hasard, à un coût par contact faible $c_m$ ; sa précision
  est simplement $q$ ;
- une **campagne ciblée** : elle utilise les données pour choisir qui contacter, avec une précision $p > q$, mais chaque
  contact coûte plus cher ($c_t > c_m$).

**Qui est atteint.** Le budget achète $B/c$ contacts ($c = c_m$ ou $c_t$ selon la campagne), mais une liste ne peut
pas contenir plus d'intéressés qu'il n'en existe ($qN$) : une liste de précision $p$ compte au plus $qN/p$ personnes
et, de même, au plus $(1-q)N/(1-p)$ à cause des non-intéressés. Les personnes atteintes sont donc
$K = \min\big(B/c,\ N,\ qN/p,\ (1-q)N/(1-p)\big)$, dont $I = pK$ intéressées et $K - I$ non intéressées.

**Combien d'attention.** Reprenons la part d'attention de la leçon 1 : le message, de poids $w$, rivalise avec ce
que faisait la personne, l'option extérieure $O$ :

$$s(w) = \frac{w}{w + O}.$$

Un message pertinent a un poids plus élevé ($w = 1 + g$, où $g = 2$ est le supplément de poids qu'apporte la
pertinence), un message générique un poids $1$. Avec
$O = 1$, le premier capte $3/4$ de l'attention, le second $1/2$. Si la pertinence vaut $r$, l'attention moyenne des
intéressés est $\bar s = s(1) + r\,[s(1+g) - s(1)]$.

**Ce qui en résulte.**

- **réponses** $= b\, I\, \bar s$, où $b = 10\ \%$ est la probabilité qu'un intéressé attentif réponde (seuls
  les intéressés répondent) ;
- **personnes importunées** $= (K - I) + (1 - r)\,I$ : les non-intéressés atteints, plus les intéressés à qui le
  message ne correspondait pas ;
- **coût par réponse** $=$ dépense effective $/$ réponses.

Le scénario de la leçon (chiffres illustratifs, pas des estimations) : 100 000 personnes, 10 % intéressées,
3 000 euros de budget, 5 centimes par contact de masse, 20 par contact ciblé ; précision 60 %, pertinence 50 %.
""",
)
L.code("""
out = cl.targeting.mass_vs_targeted(budget=3000, precision=0.6, relevance=0.5)
table = pd.DataFrame([{"strategy": name, **{k: float(v) for k, v in res.items()}} for name, res in out.items()])
counts = ["reached", "interested", "annoyed", "responses", "spent"]
table[counts] = table[counts].map(cl.plots.integer)  # whole numbers, rounded half up, thousands separated
shown = cl.tables.localize(table, columns=["strategy", *counts, "cost_per_response"])
shown.set_index(shown.columns[0])
""")
md(
    it="""
Con 3 000 euro la campagna di massa raggiunge 60 000 persone, ma solo 6 000 sono interessate: 57 000 persone
ricevono un messaggio che non volevano (54 000 persone non interessate e 3 000 interessate per cui il messaggio non era
pertinente). Ottiene 375 risposte, a 8 euro l'una.

La campagna mirata raggiunge solo 15 000 persone, perché ogni contatto costa quattro volte di più, ma 9 000 sono
interessate: le risposte salgono a 562,5 in media (563 nella tabella, che arrotonda all'unità), le persone
infastidite scendono a 10 500 e il costo per risposta a 5,33 euro. Cambia solo *chi* riceve il messaggio.
""",
    fr="""
Avec 3 000 euros, la campagne de masse atteint 60 000 personnes, mais 6 000 seulement sont intéressées :
57 000 personnes reçoivent un message qu'elles ne voulaient pas (54 000 personnes non intéressées et 3 000 intéressées
pour qui le message n'était pas pertinent). Elle obtient 375 réponses, à 8 euros l'une.

La campagne ciblée n'atteint que 15 000 personnes, parce que chaque contact coûte quatre fois plus cher, mais
9 000 sont intéressées : les réponses montent à 562,5 en moyenne (563 dans le tableau, qui arrondit à l'unité), les
personnes importunées descendent à 10 500 et le coût par réponse à 5,33 euros. Seul change *qui* reçoit le message.
""",
)
L.code("ax = cl.plots.mass_vs_targeted(precision=0.6, relevance=0.5)")
md(
    it="""
**Cosa notare.** Nei tre pannelli la barra puntinata è la campagna di massa, quella a righe oblique la campagna mirata.
La mirata ottiene il 50 % di risposte in più e ogni risposta costa un terzo in meno; ma il vantaggio più grande è nel
fastidio evitato: infastidisce 10 500 persone invece di 57 000 (−82 %).
""",
    fr="""
**À remarquer.** Dans les trois panneaux, la barre pointillée est la campagne de masse, la barre hachurée la campagne
ciblée. La campagne ciblée obtient 50 % de réponses en plus et chaque réponse coûte un tiers de moins ; mais le gain
le plus net est dans la gêne évitée : elle importune 10 500 personnes au lieu de 57 000 (−82 %).
""",
)

# ------------------------------------------------------------------------------------------------ 4
md(
    it=r"""
## 4. Quanto deve essere precisa una lista?

Una lista mirata costa di più per contatto: quando conviene? Finché è il budget a limitare entrambe le campagne, le
risposte sono proporzionali a (contatti comprati) × (precisione), cioè $(B/c_t)\,p$ contro $(B/c_m)\,q$. La campagna
mirata ottiene più risposte quando

$$\frac{p}{q} > \frac{c_t}{c_m}.$$

Il rapporto $p/q$ si chiama ***lift***: quante volte la lista mirata fa meglio di una scelta a caso. Nel nostro scenario il contatto mirato costa 4 volte
quello di massa, quindi serve un lift di almeno 4: una precisione di $4 \times 10\ \% = 40\ \%$, la **precisione di
pareggio**. La libreria la calcola così:
""",
    fr=r"""
## 4. Quelle précision faut-il à une liste ?

Une liste ciblée coûte plus cher par contact : quand vaut-elle la peine ? Tant que le budget limite les deux campagnes, les réponses sont proportionnelles à (contacts achetés) × (précision), soit $(B/c_t)\,p$ contre
$(B/c_m)\,q$. La campagne ciblée obtient plus de réponses lorsque

$$\frac{p}{q} > \frac{c_t}{c_m}.$$

Le rapport $p/q$ s'appelle le ***lift*** : combien de fois la liste ciblée fait mieux qu'un choix au hasard. Dans notre scénario, le contact ciblé coûte 4 fois le
contact de masse : il faut donc un lift d'au moins 4, soit une précision de $4 \times 10\ \% = 40\ \%$, la
**précision seuil**. La bibliothèque la calcule ainsi :
""",
)
L.code("p_star = float(cl.targeting.break_even_precision(interest=0.1, cost_mass=0.05, cost_targeted=0.2))\nprint(round(100 * p_star), \"%\")")
L.code("ax = cl.plots.targeting_precision(relevance=0.5)")
md(
    it="""
**Cosa notare.** La retta orizzontale con i cerchi è la campagna di massa (375 risposte, qualunque sia la precisione
della lista mirata). La linea tratteggiata con i quadrati è la campagna mirata: sale in linea retta con la precisione,
incrocia quella di massa esattamente al 40 % (la linea verticale) e poi si appiattisce a 625 risposte da circa il 67 % in
poi. Lì la lista contiene già tutti i 10 000 interessati: più precisa, si accorcia e lascia inutilizzata
una parte del budget.
""",
    fr="""
**À remarquer.** La droite horizontale avec des cercles est la campagne de masse (375 réponses, quelle que soit la
précision). La ligne en tirets avec des carrés, la campagne ciblée, monte en ligne droite avec la précision, croise
la campagne de masse à 40 % (la ligne verticale), puis plafonne à 625 réponses à partir d'environ 67 % : la liste
contient alors déjà les 10 000 intéressés ; plus précise, elle raccourcit et laisse une partie du budget inutilisée.
""",
)

# ------------------------------------------------------------------------------------------------ 5
md(
    it="""
## 5. Prova tu

Muovi la precisione del targeting e la pertinenza del messaggio nella demo qui sotto. Prova a rispondere:

- a quale precisione le due campagne ottengono lo stesso numero di risposte? E lo stesso costo per risposta?
- con la precisione al 10 %, perché la campagna mirata fa peggio di quella di massa, pur avendo la stessa precisione?
- la pertinenza cambia il numero di persone raggiunte? E quello delle persone infastidite?
- oltre quale precisione la campagna mirata spende meno di 3 000 euro, e perché?
""",
    fr="""
## 5. À vous de jouer

Faites varier la précision du ciblage et la pertinence du message dans la démo ci-dessous. Essayez de répondre :

- à quelle précision les deux campagnes obtiennent-elles le même nombre de réponses ? Et le même coût par réponse ?
- à 10 % de précision, comme la campagne de masse, pourquoi la campagne ciblée fait-elle moins bien ?
- la pertinence change-t-elle le nombre de personnes atteintes ? Et celui des personnes importunées ?
- au-delà de quelle précision la campagne ciblée dépense-t-elle moins de 3 000 euros, et pourquoi ?
""",
)
L.code("cl.demos.targeting_demo()", demo=True)
md(
    it="""
<details>
<summary>Risposte (apri dopo aver provato)</summary>

1. Al 40 %, la precisione di pareggio, per entrambe: finché si spende tutto il budget, stesse risposte vuol dire
   stesso costo per risposta.
2. Ogni contatto mirato costa quattro volte tanto: con lo stesso budget raggiunge un quarto delle persone, quindi un
   quarto degli interessati.
3. No, le persone raggiunte non cambiano; la pertinenza riduce le persone infastidite e aumenta le risposte.
4. Oltre il 67 % circa (2/3; sul cursore, dal 70 %): la lista contiene già tutti i 10 000 interessati, quindi conta al
   massimo 10 000/$p$ persone e costa meno di 3 000 euro.

</details>
""",
    fr="""
<details>
<summary>Réponses (à ouvrir après avoir essayé)</summary>

1. À 40 %, la précision seuil, pour les deux : tant que tout le budget est dépensé, mêmes réponses veut dire même
   coût par réponse.
2. Chaque contact ciblé coûte quatre fois plus cher : à budget égal, la campagne ciblée atteint quatre fois moins de
   personnes, donc quatre fois moins d'intéressés.
3. Non, les personnes atteintes ne changent pas ; la pertinence réduit les personnes importunées et augmente les
   réponses.
4. Au-delà d'environ 67 % (2/3 ; sur le curseur, dès 70 %) : la liste contient déjà les 10 000 intéressés, elle
   compte donc au plus 10 000/$p$ personnes et coûte moins de 3 000 euros.

</details>
""",
)

# ------------------------------------------------------------------------------------------------ 6
md(
    it="""
## 6. Dove la legge limita il targeting

Una lista mirata si costruisce con dati personali (acquisti, consumi, posizione). Usarli per prevedere i tuoi
interessi è una **profilazione**, un trattamento di dati personali disciplinato dal regolamento europeo sulla
protezione dei dati (GDPR). La base giuridica (consenso o un'altra prevista dal GDPR) dipende dal caso e qui non la
approfondiamo; bastano tre regole certe per vedere dove il targeting trova un limite.

- **Il diritto di opposizione.** Chi riceve marketing diretto può opporsi in qualsiasi momento al trattamento dei suoi
  dati per quello scopo, che deve allora cessare (GDPR, art. 21, par. 2 e 3).
- **E-mail e SMS: prima il consenso.** In Italia l'art. 130 del Codice privacy richiede il consenso per il marketing
  via e-mail, SMS, fax e chiamate automatizzate. Il comma 4 prevede un'eccezione, il ***soft spam***: chi ti ha
  venduto un prodotto o un servizio può usare l'e-mail che gli hai dato in quell'occasione per proporti **prodotti o
  servizi analoghi propri**, se ti informa che puoi opporti, alla raccolta e in ogni messaggio; vale solo per
  l'e-mail, non per gli SMS. È il caso dell'e-mail dopo l'acquisto in negozio. In Francia l'eccezione è simile
  (art. L. 34-5 del Code des postes et des communications électroniques), vale anche per gli SMS e, secondo la CNIL,
  richiede una vera vendita: aver creato un account non basta.
- **Le telefonate.** In Italia le chiamate con operatore seguono un regime di *opt-out*: si può chiamare chi non si è
  iscritto al Registro pubblico delle opposizioni (lezione 4). In Francia, dall'11 agosto 2026, è vietato telefonare
  a un consumatore per vendergli qualcosa senza il suo consenso preventivo, salvo le chiamate nell'ambito
  dell'esecuzione di un contratto in corso e in rapporto con il suo oggetto. L'operatore della sezione 2, che chiama
  un **proprio cliente** per proporgli un piano più adatto, rientra in linea di principio in questa eccezione; un
  fornitore di luce e gas che chiama chi non è suo cliente deve invece avere prima il suo consenso.

Nel modello questi limiti agiscono sulla lista: può contenere solo persone i cui dati si possono usare. Se solo
30 000 persone su 100 000 possono essere profilate, la lista mirata si accorcia:
""",
    fr="""
## 6. Où la loi limite le ciblage

Une liste ciblée se construit avec des données personnelles (achats, consommation, localisation). Les utiliser pour
prévoir vos centres d'intérêt, c'est faire du **profilage**, un traitement encadré par le règlement européen sur la
protection des données (RGPD). La base juridique (consentement ou autre) dépend de chaque cas et dépasse cette leçon ;
trois règles établies suffisent pour voir où s'arrête le ciblage.

- **Le droit d'opposition.** Toute personne qui reçoit de la prospection peut s'opposer à tout moment au traitement de
  ses données à cette fin, qui doit alors cesser (RGPD, art. 21, paragraphes 2 et 3).
- **Courriel et SMS : d'abord le consentement.** En France, l'article L. 34-5 du Code des postes et des
  communications électroniques interdit la prospection par courrier électronique (SMS compris, selon la CNIL) vers une
  personne physique sans consentement préalable. Exception pour les clients (*soft opt-in*) : si l'adresse a été
  recueillie lors d'une vente, l'entreprise peut proposer ses **propres produits ou services analogues**, si la
  personne peut s'y opposer simplement et gratuitement lors de la collecte et dans chaque message. C'est le cas du
  courriel après l'achat en magasin ; selon la CNIL, un simple compte ne suffit pas. En Italie aussi, courriel et SMS
  exigent le consentement (art. 130, alinéas 1 et 2, du *Codice privacy*, le code italien de la protection des
  données) ; l'exception pour les clients (alinéa 4) ne vise que le courriel, pas les SMS.
- **Le téléphone.** Depuis le 11 août 2026, il est interdit en France de démarcher par téléphone un consommateur qui
  n'a pas exprimé préalablement son consentement (art. L. 223-1 du Code de la consommation, modifié par la loi
  n° 2025-594, art. 13), sauf pour les appels passés dans le cadre de l'exécution d'un contrat en cours et en rapport
  avec son objet. L'opérateur de la section 2, qui appelle **son propre client** pour un forfait plus adapté, relève
  en principe de cette exception ; un fournisseur d'énergie qui appelle une personne qui n'est pas sa cliente doit,
  lui, avoir son consentement préalable. En Italie, les appels avec un opérateur relèvent de l'*opt-out* : on peut
  appeler quiconque ne s'est pas inscrit au Registre public des oppositions (leçon 4).

Dans le modèle, ces limites agissent sur la liste : elle ne contient que des personnes dont on peut utiliser les
données. Si seules 30 000 personnes sur 100 000 peuvent être profilées, la liste ciblée raccourcit :
""",
)
L.code("""
rows = []
for people in (100_000, 30_000):
    res = cl.targeting.campaign_outcomes(budget=3000, cost_per_contact=0.2, precision=0.6, relevance=0.5,
                                         population=people)
    rows.append({"usable": people, **{k: float(res[k]) for k in ("reached", "responses", "spent")}})
shown = cl.tables.localize(pd.DataFrame(rows).map(cl.plots.integer))
shown.set_index(shown.columns[0])
""")
md(
    it="""
Con 30 000 persone utilizzabili gli interessati disponibili sono 3 000: la lista si ferma a 5 000 persone, le
risposte scendono da 562,5 a 187,5 in media e si riescono a spendere solo 1 000 euro del budget. Il consenso fissa
quindi la dimensione massima del pubblico che puoi interrompere in modo mirato: nelle prossime lezioni il permesso (il
*permission marketing* di Godin) diventerà una risorsa da costruire.
""",
    fr="""
Avec 30 000 personnes utilisables, il ne reste que 3 000 intéressés : la liste s'arrête à 5 000 personnes, les
réponses tombent de 562,5 à 187,5 en moyenne et seuls 1 000 euros du budget peuvent être dépensés. Le consentement fixe
donc la taille maximale du public que l'on peut interrompre de façon ciblée : dans les leçons suivantes, la permission
(le *permission marketing* de Godin) deviendra une ressource à construire.
""",
)

# ------------------------------------------------------------------------------------------------ 7
md(
    it="""
## 7. I limiti del modello, e la conclusione

Come ogni modello, anche questo semplifica:

- **interessati o no, senza sfumature:** nella realtà l'interesse è graduale e cambia nel tempo;
- **un solo contatto:** la stanchezza da ripetizione (lezioni 3 e 4) non compare;
- **nessun effetto sui contatti successivi:** il modello ignora che chi è irritato tende a evitare gli annunci
  (Edwards, Li e Lee, 2002).

La conclusione, però, regge: **interrompere non vuol dire per forza infastidire**. Pensata con una strategia,
contestuale per argomento e momento, mirata e lecita, un'interruzione può **creare un primo contatto** con chi non
conosce la marca, oppure **mantenere il contatto** con chi è già cliente e renderlo più redditizio nel tempo. Il fastidio nasce quando il messaggio
raggiunge chi non lo voleva, o arriva al momento sbagliato.
""",
    fr="""
## 7. Les limites du modèle, et la conclusion

Comme tout modèle, celui-ci simplifie :

- **intéressé ou non, sans nuances :** en réalité l'intérêt est graduel et change avec le temps ;
- **un seul contact :** la lassitude due à la répétition (leçons 3 et 4) n'apparaît pas ;
- **aucun effet sur les contacts suivants :** le modèle ignore que l'irritation conduit à éviter les annonces
  (Edwards, Li et Lee, 2002).

La conclusion tient pourtant : **interrompre n'est pas forcément importuner**. Pensée dans le cadre d'une stratégie,
contextuelle par son sujet et son moment, ciblée et licite, une interruption peut **établir un premier contact** avec
des personnes qui ne connaissent pas la marque, ou **entretenir le contact** avec un client et le rendre plus rentable
dans la durée. La gêne naît quand le message atteint des personnes qui n'en voulaient pas, ou arrive au mauvais
moment.
""",
)

# ------------------------------------------------------------------------------------------------ exercises
md(it="## Esercizi", fr="## Exercices")
md(
    it="""
### Esercizio 05.1 (concetti)

Dopo la lezione 1, distinguiamo contesto e targeting. Quale di questi messaggi è un'interruzione **mirata, ma non contestuale**?

- a) Mentre cucini, ti chiama un fornitore di luce e gas che ha trovato il tuo numero in un elenco.
- b) Mentre guardi un video su come riparare una foratura, compare un annuncio di 5 secondi per un kit di riparazione.
- c) Mentre leggi una ricetta, un banner ti propone di rinnovare l'assicurazione auto: secondo il tuo profilo, la
  polizza scade il mese prossimo.
- d) Ricevi la newsletter di una libreria, a cui ti sei iscritto il mese scorso sul suo sito.

Scrivi la lettera tra virgolette, per esempio `"a"`.
""",
    fr="""
### Exercice 05.1 (notions)

Après la leçon 1, distinguons contexte et ciblage. Lequel de ces messages est une interruption **ciblée, mais pas contextuelle** ?

- a) Pendant que vous cuisinez, un fournisseur d'énergie qui a trouvé votre numéro dans un annuaire vous appelle.
- b) Pendant que vous regardez une vidéo sur la réparation d'une crevaison, une publicité de 5 secondes pour un kit de
  réparation s'affiche.
- c) Pendant que vous lisez une recette, une bannière vous propose de renouveler votre assurance auto : d'après votre
  profil, votre contrat expire le mois prochain.
- d) Vous recevez la lettre d'information d'une librairie, à laquelle vous vous êtes abonné le mois dernier sur son
  site.

Écrivez la lettre entre guillemets droits, par exemple `"a"`.
""",
)
L.code('answer = None  # "a" | "b" | "c" | "d"\ncheck("05.1", answer)')
L.solution(
    'answer = "c"\ncheck("05.1", answer)',
    it_text="Il banner non c'entra con la ricetta, quindi non è contestuale, ma è stato scelto in base al tuo "
            "profilo: è mirato. La pubblicità del kit (b) è contestuale; la chiamata (a) è fuori contesto e non "
            "mirata; la newsletter (d) l'hai chiesta tu, quindi non è un'interruzione. Risposta **c**.",
    fr_text=F("La bannière n'a rien à voir avec la recette, elle n'est donc pas contextuelle, mais elle a été choisie "
              "grâce à votre profil : elle est ciblée. La publicité pour le kit (b) est contextuelle ; l'appel (a) est "
              "hors contexte et non ciblé ; la lettre d'information (d), vous l'avez demandée : ce n'est pas une "
              "interruption. Réponse **c**."),
)
md(
    it="""
### Esercizio 05.2 (modello e pandas)

Con lo scenario della lezione e pertinenza 0,5, costruisci una tabella pandas con le precisioni 0,25, 0,35, …, 0,95 e,
per ciascuna, il costo per risposta della campagna di massa e di quella mirata (usa
`cl.targeting.mass_vs_targeted`, che accetta un vettore di precisioni). Qual è la **precisione più bassa** della tabella
a cui la campagna mirata costa meno per risposta? Rispondi con un numero tra 0 e 1, scritto con il punto come in
Python (per esempio `0.55`).
""",
    fr="""
### Exercice 05.2 (modèle et pandas)

Avec le scénario de la leçon et une pertinence de 0,5, construisez un tableau pandas avec les précisions 0,25, 0,35,
…, 0,95 et, pour chacune, le coût par réponse de la campagne de masse et de la campagne ciblée (avec
`cl.targeting.mass_vs_targeted`, qui accepte un vecteur de précisions). Quelle est la **précision la plus basse** du
tableau à laquelle la campagne ciblée coûte moins cher par réponse ? Répondez par un nombre entre 0 et 1, écrit avec
un point comme en Python (par exemple `0.55`).
""",
)
L.code('answer = None  # 0–1\ncheck("05.2", answer)')
L.solution(
    """
p = np.round(np.arange(0.25, 1.0, 0.1), 2)
out = cl.targeting.mass_vs_targeted(precision=p, relevance=0.5)
cpr = pd.DataFrame({"precision": p,
                    "mass_cpr": out["mass"]["cost_per_response"],
                    "targeted_cpr": out["targeted"]["cost_per_response"]})
print(cl.tables.localize(cpr).to_string(index=False))
answer = float(cpr.loc[cpr["targeted_cpr"] < cpr["mass_cpr"], "precision"].min())
check("05.2", answer)
""",
    it_text="Il costo per risposta della campagna di massa è 8 euro per ogni precisione; quello della mirata scende quando la precisione sale e passa sotto gli 8 euro dopo il 40 %, "
            "la precisione di pareggio. Nella tabella il primo valore oltre il 40 % è **0,45**.",
    fr_text=F("Le coût par réponse de la campagne de masse vaut 8 euros quelle que soit la précision ; celui de la campagne ciblée baisse quand la précision augmente et passe sous "
              "les 8 euros au-delà de 40 %, la précision seuil. Dans le tableau, la première valeur au-delà de 40 % "
              "est **0,45**."),
)
md(
    it="""
### Esercizio 05.3 (calcolo)

Un'azienda di cosmetici stima che il 5 % della popolazione sia interessato a una nuova crema. Un contatto di massa
costa 4 centesimi, un contatto da una lista mirata 30 centesimi. Qual è la **precisione di pareggio** della lista
mirata, in percentuale? Puoi fare il calcolo a mano o con la libreria.
""",
    fr="""
### Exercice 05.3 (calcul)

Une marque de cosmétiques estime que 5 % de la population est intéressée par une nouvelle crème. Un contact de masse
coûte 4 centimes, un contact issu d'une liste ciblée 30 centimes. Quelle est la **précision seuil** de la liste
ciblée, en pourcentage ? Vous pouvez faire le calcul à la main ou avec la bibliothèque.
""",
)
L.code('answer = None  # %\ncheck("05.3", answer)')
L.solution(
    """
answer = 100 * float(cl.targeting.break_even_precision(interest=0.05, cost_mass=0.04, cost_targeted=0.30))
check("05.3", answer)
""",
    it_text="Il contatto mirato costa 0,30 / 0,04 = 7,5 volte quello di massa, quindi serve un lift di 7,5: "
            "precisione di pareggio = 7,5 × 5 % = **37,5 %**. Sotto questa soglia la lista mirata, pur essendo "
            "«mirata», ottiene meno risposte della campagna di massa con lo stesso budget.",
    fr_text=F("Le contact ciblé coûte 0,30 / 0,04 = 7,5 fois le contact de masse : il faut donc un lift de 7,5, "
              "soit une précision seuil de 7,5 × 5 % = **37,5 %**. En dessous de ce seuil, la liste « ciblée » "
              "obtient moins de réponses que la campagne de masse avec le même budget."),
)
md(
    it="""
### Esercizio 05.4 (regole)

Hai comprato una macchina da caffè in un negozio e, alla cassa, hai lasciato il tuo indirizzo e-mail. Quale messaggio
il negozio può inviarti **senza chiederti un nuovo consenso**, in base all'eccezione per i clienti (*soft spam*)?

- a) Un'e-mail con un'offerta sulle pastiglie decalcificanti che vende e un link per disiscriversi.
- b) Un'e-mail con l'offerta di un'assicurazione auto di un'azienda partner.
- c) Un'e-mail sulle stesse pastiglie, ma senza alcun modo per opporsi agli invii.
- d) L'e-mail a), ma inviata a chi ha solo creato un account sul sito, senza comprare nulla.
""",
    fr="""
### Exercice 05.4 (règles)

Vous avez acheté une machine à café dans un magasin et laissé votre adresse électronique à la caisse. Quel message le
magasin peut-il vous envoyer **sans vous demander un nouveau consentement**, au titre de l'exception pour les clients
(*soft opt-in*) ?

- a) Un courriel avec une offre sur les pastilles de détartrage qu'il vend et un lien de désinscription.
- b) Un courriel proposant l'assurance auto d'une entreprise partenaire.
- c) Un courriel sur les mêmes pastilles, mais sans aucun moyen de s'opposer aux envois.
- d) Le courriel a), mais envoyé à une personne qui a seulement créé un compte sur le site, sans rien acheter.
""",
)
L.code('answer = None  # "a" | "b" | "c" | "d"\ncheck("05.4", answer)')
L.solution(
    'answer = "a"\ncheck("05.4", answer)',
    it_text="L'eccezione vale solo se sono soddisfatte tutte e tre le condizioni: indirizzo raccolto con una vendita, "
            "prodotti analoghi dello stesso venditore, possibilità di opporsi alla raccolta e in ogni messaggio. La b "
            "riguarda un'altra impresa, la c non permette di opporsi, la d non nasce da una vendita. Risposta **a**.",
    fr_text=F("L'exception ne vaut que si les trois conditions sont réunies : adresse recueillie lors d'une vente, "
              "produits analogues du même vendeur, possibilité de s'opposer lors de la collecte et dans chaque "
              "message. La b concerne une autre entreprise, la c ne permet pas de s'opposer, la d ne vient pas "
              "d'une vente. Réponse **a**."),
)
md(
    it="""
### Esercizio 05.5 (argomentare: classificare e giustificare)

Per ciascun messaggio, di' se è un'interruzione fuori contesto, contestuale o mirata (o più cose insieme) e se
infastidisce la maggior parte di chi lo riceve, e perché. Scrivi 2–3 righe per
messaggio, poi confronta con la risposta modello e con la griglia di valutazione.

1. Alle 20:30 ti chiama un fornitore di luce e gas di cui non sei cliente, per proporti «un risparmio sulla
   bolletta».
2. Una settimana dopo aver comprato degli scarponi da montagna, il negozio ti propone per e-mail uno spray
   impermeabilizzante, con il link per disiscriverti.
3. Appena atterri a Tokyo, l'app del tuo operatore ti avvisa che il tuo piano non copre il traffico dati in Giappone e
   ti propone 1 GB per 10 euro.
4. Mentre leggi sul sito di un quotidiano un lungo articolo sulla legge di bilancio, un pop-up copre il testo per
   proporti un abbonamento scontato allo stesso quotidiano.
""",
    fr="""
### Exercice 05.5 (argumenter : classer et justifier)

Pour chaque message, dites s'il s'agit d'une interruption hors contexte, contextuelle ou ciblée (ou de plusieurs à
la fois) et si elle importune la plupart des personnes qui la reçoivent, et pourquoi. Écrivez 2 à 3 lignes par message, puis comparez avec la réponse modèle et la grille d'évaluation.

1. À 20 h 30, un fournisseur d'énergie dont vous n'êtes pas client vous appelle pour vous proposer « des économies
   sur votre facture ».
2. Une semaine après votre achat de chaussures de randonnée, le magasin vous propose par courriel un spray
   imperméabilisant, avec un lien de désinscription.
3. À votre arrivée à Tokyo, l'application de votre opérateur vous signale que votre forfait ne couvre pas les données
   au Japon et vous propose 1 Go pour 10 euros.
4. Pendant que vous lisez un long article sur le budget de l'État sur le site d'un quotidien, une fenêtre surgissante
   masque le texte pour vous proposer un abonnement à prix réduit à ce quotidien.
""",
)
md(
    it="""
<details>
<summary>Risposta modello (apri solo dopo aver scritto la tua)</summary>

1. **Fuori contesto e non mirata** (la cena, una lista senza segnali di interesse): infastidisce quasi tutti. In Italia è lecita solo se il tuo numero non è iscritto al Registro pubblico delle opposizioni
   (lezione 4); in Francia, dall'11 agosto 2026, è vietata senza il tuo consenso preventivo (non sei cliente:
   l'eccezione del contratto in corso non vale).
2. **Mirata** (sei cliente, il prodotto è legato al tuo acquisto) e al momento giusto: disturba poco. È lecita grazie
   al *soft spam* se il prodotto è analogo e puoi opporti in ogni messaggio.
3. **Mirata e contestuale**: usa un dato (il piano non copre il Giappone) e arriva quando il problema si presenta.
   È un aiuto più che un disturbo: l'erede moderna della chiamata sul piano senza SMS.
4. **Contestuale per argomento ma nel momento sbagliato**: copre il testo mentre sei concentrato, proprio l'impegno
   mentale che Edwards, Li e Lee legano all'intrusività percepita. Infastidisce molti lettori, anche se a chi legge
   spesso quel quotidiano lo sconto può interessare. Meglio proporre l'abbonamento alla fine dell'articolo.

</details>
""",
    fr="""
<details>
<summary>Réponse modèle (à ouvrir après avoir écrit la vôtre)</summary>

1. **Hors contexte et non ciblée** (le dîner, une liste sans signe d'intérêt) : elle importune presque tout le
   monde. En France, depuis le 11 août 2026, cet appel est interdit sans votre consentement
   préalable (vous n'êtes pas client : l'exception du contrat en cours ne joue pas) ; en Italie, il n'est permis que
   si votre numéro n'est pas inscrit au Registre public des oppositions (leçon 4).
2. **Ciblée** (vous êtes client, le produit est lié à votre achat) et au bon moment : elle dérange peu. Elle est
   licite grâce au *soft opt-in* si le produit est analogue et si vous pouvez vous opposer dans chaque message.
3. **Ciblée et contextuelle** : elle utilise une donnée (le forfait ne couvre pas le Japon) et arrive quand le
   problème se pose. C'est une aide plus qu'une gêne : l'héritière moderne de l'appel sur le forfait sans SMS.
4. **Contextuelle par son sujet mais au mauvais moment** : elle masque le texte pendant que vous êtes concentré,
   précisément l'effort mental qu'Edwards, Li et Lee relient à l'intrusivité perçue. Elle importune beaucoup de
   lecteurs, même si la remise peut intéresser un lecteur assidu. Mieux vaudrait proposer l'abonnement à la fin de
   l'article.

</details>
""",
)
md(
    it="""
<details>
<summary>Griglia di valutazione</summary>

- **Classificazione (4 punti):** un punto per messaggio classificato correttamente, distinguendo il contesto (che
  cosa sta facendo la persona) dal profilo (chi è).
- **Fastidio motivato (4 punti):** un punto per messaggio se il giudizio usa un concetto della lezione (congruenza,
  impegno mentale, precisione, pertinenza), non solo un'impressione.
- **Regole (1 punto):** cita correttamente almeno una regola (consenso, *soft spam*, regole sulle chiamate).
- **Sfumatura (1 punto):** riconosce che lo stesso messaggio può aiutare alcuni e disturbarne altri (caso 4) e propone
  come renderlo meno fastidioso.

</details>
""",
    fr="""
<details>
<summary>Grille d'évaluation</summary>

- **Classement (4 points) :** un point par message correctement classé, en distinguant le contexte (ce que fait la
  personne) du profil (qui elle est).
- **Gêne justifiée (4 points) :** un point par message si le jugement mobilise une notion de la leçon (congruence,
  effort mental, précision, pertinence), pas seulement une impression.
- **Règles (1 point) :** cite correctement au moins une règle (consentement, *soft opt-in*, règles sur les appels).
- **Nuance (1 point) :** reconnaît que le même message peut aider les uns et gêner les autres (cas 4) et propose un
  moyen de le rendre moins gênant.

</details>
""",
)

# ------------------------------------------------------------------------------------------------ summary
md(
    it="""
## Riepilogo

- Un'**interruzione contestuale** parla di ciò che la persona sta facendo; un'**interruzione mirata** si rivolge a chi
  i dati indicano come interessato.
- Il fastidio nasce dall'**intrusività percepita**, che dipende tra l'altro dalla congruenza dell'annuncio con
  l'attività in corso e dall'impegno mentale del momento (Edwards, Li e Lee, 2002).
- Nel modello, la **precisione del targeting** riduce le persone infastidite e, oltre la **precisione di pareggio**
  (lift uguale al rapporto tra i costi per contatto), dà più risposte della campagna di massa a parità di budget; la
  **pertinenza del messaggio** aumenta le risposte e riduce il fastidio.
- Diritto di opposizione, consenso e *soft spam* fissano i confini del targeting e la dimensione massima della lista.
- **Interrompere non vuol dire per forza infastidire**: un'interruzione pensata con una strategia, contestuale, mirata
  e lecita può creare un primo contatto o mantenere il contatto con un cliente e renderlo più redditizio nel tempo.
""",
    fr="""
## Résumé

- Une **interruption contextuelle** parle de ce que fait la personne ; une **interruption ciblée** vise les personnes
  que les données désignent comme intéressées.
- La gêne naît de l'**intrusivité perçue**, qui dépend notamment de la congruence de l'annonce avec l'activité en
  cours et de l'effort mental du moment (Edwards, Li et Lee, 2002).
- Dans le modèle, la **précision du ciblage** réduit les personnes importunées et, au-delà de la **précision seuil**
  (lift égal au rapport des coûts par contact), donne plus de réponses que la campagne de masse à budget égal ; la
  **pertinence du message** augmente les réponses et réduit la gêne.
- Le droit d'opposition, le consentement et le *soft opt-in* fixent les limites du ciblage et la taille maximale de la
  liste.
- **Interrompre n'est pas forcément importuner** : une interruption pensée dans le cadre d'une stratégie, contextuelle,
  ciblée et licite peut établir un premier contact ou entretenir la relation avec un client et la rendre plus rentable
  dans la durée.
""",
)
md(it="### Termini chiave", fr="### Termes clés")
L.code("""
cl.glossary.key_terms([
    "out_of_context_interruption", "contextual_interruption", "pop_up", "perceived_intrusiveness", "ad_congruence", "targeted_interruption",
    "targeting", "marketing_automation", "data_driven_marketing", "targeting_precision", "message_relevance",
    "targeting_lift", "break_even_precision", "cost_per_response", "profiling", "consent",
    "right_to_object_direct_marketing", "soft_opt_in",
])
""")
md(
    it="""
## Fonti

- Edwards, S. M., Li, H. e Lee, J.-H. (2002), «Forced Exposure and Psychological Reactance: Antecedents and
  Consequences of the Perceived Intrusiveness of Pop-Up Ads», *Journal of Advertising* 31(3), 83–95,
  DOI 10.1080/00913367.2002.10673678.
- Godin, S. (1999), *Permission Marketing: Turning Strangers into Friends, and Friends into Customers*, New York, Simon
  & Schuster.
- Regolamento (UE) 2016/679 (GDPR), art. 21, par. 2–3 (opposizione al marketing diretto), EUR-Lex,
  CELEX 32016R0679.
- Decreto legislativo 30 giugno 2003, n. 196 (Codice in materia di protezione dei dati personali), art. 130, commi 1,
  2 e 4, Gazzetta Ufficiale.
- Code des postes et des communications électroniques, art. L. 34-5; CNIL, «La prospection commerciale par SMS et
  MMS» (cnil.fr/la-prospection-commerciale-par-sms-mms) e CNIL Direct, domanda 371 sulla prospezione per e-mail
  (cnil.fr/cnil-direct/question/371).
- Code de la consommation, art. L. 223-1, come modificato dalla loi n° 2025-594 del 30 giugno 2025, art. 13 (in
  vigore dall'11 agosto 2026).
""",
    fr="""
## Sources

- Edwards, S. M., Li, H. et Lee, J.-H. (2002),
  « *Forced Exposure and Psychological Reactance: Antecedents and Consequences of the Perceived Intrusiveness of Pop-Up Ads* », *Journal of Advertising* 31(3), 83–95,
  DOI 10.1080/00913367.2002.10673678.
- Godin, S. (1999), *Permission Marketing: Turning Strangers into Friends, and Friends into Customers*, New York, Simon
  & Schuster.
- Règlement (UE) 2016/679 (RGPD), art. 21, paragraphes 2 et 3 (opposition à la prospection), EUR-Lex,
  CELEX 32016R0679.
- Code des postes et des communications électroniques, art. L. 34-5 ; CNIL, « La prospection commerciale par SMS et
  MMS » (cnil.fr/la-prospection-commerciale-par-sms-mms) et CNIL Direct, question 371 sur la prospection par courriel
  (cnil.fr/cnil-direct/question/371).
- Code de la consommation, art. L. 223-1, dans sa rédaction issue de la loi n° 2025-594 du 30 juin 2025, art. 13 (en
  vigueur depuis le 11 août 2026).
- Decreto legislativo 30 giugno 2003, n. 196 (Codice in materia di protezione dei dati personali), art. 130, alinéas
  1, 2 et 4, Gazzetta Ufficiale.
""",
)

if __name__ == "__main__":
    L.build(execute_nb="--no-exec" not in sys.argv)

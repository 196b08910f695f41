"""Lesson 02 (escalation) in Italian and French, from one spec.

    PYTHONPATH=. python scripts/lessons/l02.py          # writes and executes both notebooks
    PYTHONPATH=. python scripts/lessons/l02.py --no-run # writes them only

French typography (non-breaking spaces before ; : ! ? and inside « », before %) is applied by
``fr()``; Italian gets the non-breaking space before % (``it()``).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lesson_builder import Lesson  # noqa: E402

NB = "\u00a0"


def _pct(text: str) -> str:
    return re.sub(r"(\d) %", "\\1" + NB + "%", text)


def it(text: str) -> str:
    return _pct(text)


def fr(text: str) -> str:
    text = _pct(text)
    text = re.sub(r" ([;:!?])(?=\s|$|\*\*)", NB + r"\1", text, flags=re.M)
    text = text.replace("« ", "«" + NB).replace(" »", NB + "»").replace("n° ", "n°" + NB)
    return text


L = Lesson("02", it="02_escalation_della_spesa", fr="02_escalade_des_depenses")


def md(i, f, tags=()):
    L.md(it=it(i), fr=fr(f), tags=tags)


def solution(code, i, f):
    L.solution(code, it_text=it(i), fr_text=fr(f))


# ------------------------------------------------------------------------------------------- 0
md(r"""
# Lezione 2 — L'escalation: più spesa, non più risultati

**Obiettivi di apprendimento.** Alla fine di questa lezione saprai:

1. spiegare perché, quando l'attenzione è limitata, gli inserzionisti si rincorrono a colpi di budget (l'argomento di Seth Godin);
2. usare il modello di *contest* (contesa) di Tullock per calcolare quanto spendono ciascun inserzionista e il settore quando nessuno ha più interesse a cambiare;
3. mostrare con i numeri che, se tutti raddoppiano la spesa, le quote di attenzione non cambiano;
4. leggere lo stesso fenomeno come un dilemma del prigioniero, senza formule;
5. indicare i limiti del modello e le strade per «cambiare gioco», e argomentarle in un caso.

**Prerequisiti.** Lezione 1: la quota di attenzione e l'**opzione esterna** (l'attenzione che non va a nessun inserzionista). Per l'approfondimento delle sezioni 2.1 e 2.2: saper calcolare una derivata e una radice quadrata.

**Tempo stimato.** Circa 45 minuti: 20 di lettura, 5 per la demo, 10 per gli esercizi 02.1, 02.2 e 02.4, 10 per l'esercizio argomentato; 5 in più per il 02.3 (facoltativo), 10 in meno senza l'approfondimento 2.1–2.2.

**Percorso senza codice.** Le sezioni 1, 3, 4, 5, 7 e 8 si leggono senza Python, grafici compresi. Gli esercizi 02.1 e 02.5 non richiedono codice; 02.2–02.4 si risolvono anche a mano con le formule della sezione 2.2.
""", r"""
# Leçon 2 — L'escalade : plus de dépenses, pas plus de résultats

**Objectifs d'apprentissage.** À la fin de cette leçon, vous saurez :

1. expliquer pourquoi, lorsque l'attention est limitée, les annonceurs surenchérissent (l'argument de Seth Godin) ;
2. calculer avec le modèle de concours (*contest*) de Tullock la dépense de chaque annonceur et celle du secteur lorsque plus personne n'a intérêt à changer de stratégie ;
3. montrer par le calcul que, si tout le monde double ses dépenses, les parts d'attention ne bougent pas ;
4. lire le même phénomène comme un dilemme du prisonnier, sans formules ;
5. énoncer les limites du modèle et les moyens de « changer de jeu », puis argumenter une recommandation (exercice 02.5).

**Prérequis.** Leçon 1 : la part d'attention et l'**option extérieure** (l'attention qui ne va à aucun annonceur). Pour les sections 2.1 et 2.2 : savoir calculer une dérivée et une racine carrée.

**Durée estimée.** Environ 45 minutes : 20 de lecture, 5 pour la démonstration, 10 pour les exercices 02.1, 02.2 et 02.4, 10 pour l'exercice argumenté (ou après la séance) ; 5 de plus pour le 02.3 (facultatif), 10 de moins sans l'approfondissement 2.1–2.2.

**Parcours sans code.** Les sections 1, 3, 4, 5, 7 et 8 se lisent sans Python, graphiques compris. Les exercices 02.1 et 02.5 ne demandent pas de code ; 02.2 à 02.4 se résolvent aussi à la main (formules de la section 2.2).
""")

L.setup("import numpy as np\nimport pandas as pd\nfrom course_lib.exercises import check")

# ------------------------------------------------------------------------------------------- 1
md(r"""
## 1. L'argomento di Godin: l'attenzione non si moltiplica

In *Permission Marketing* (1999) Seth Godin parte da una constatazione: il marketing dell'interruzione (lo spot che spezza il film, il cartellone, il banner) ha funzionato davvero, con investimenti enormi e vendite reali.

Ma il tempo delle persone e il loro «spazio mentale disponibile» non crescono: una serata ha sempre le stesse ore e l'attenzione di una persona non si moltiplica (anzi, chi guarda la TV con il telefono in mano la divide ancora di più). Se ogni inserzionista cerca di prendersi una fetta più grande di una torta che non cresce, la spesa sale, ma i risultati complessivi no. È l'**escalation**: più mezzi, non più risultati. Gli economisti parlano di **economia dell'attenzione**: l'attenzione, non l'informazione, è la risorsa scarsa.

Il punto, quindi, non è se la pubblicità «funziona» in media, ma quanto rende **l'euro in più** speso quando anche i concorrenti spendono di più: il **rendimento marginale**.
""", r"""
## 1. L'argument de Godin : l'attention ne se multiplie pas

Dans *Permission Marketing* (1999), Seth Godin part d'un constat : le marketing d'interruption (le spot qui coupe le film, l'affiche, la bannière) a fait ses preuves, avec des sommes colossales investies et des ventes bien réelles.

Or le temps dont dispose le public et sa capacité d'attention n'augmentent pas : une soirée compte toujours autant d'heures, et l'attention d'une personne ne se multiplie pas (le téléphone consulté pendant les écrans publicitaires, autrement dit les coupures de publicité, la divise même). Si chaque annonceur veut une plus grosse part d'un gâteau qui ne grossit pas, les dépenses montent et les résultats d'ensemble stagnent. C'est l'**escalade** : une surenchère de moyens sans surenchère de résultats.

La question n'est donc pas de savoir si la publicité « marche » en moyenne, mais ce que rapporte **l'euro supplémentaire** quand les concurrents dépensent eux aussi davantage : le **rendement marginal**.
""")

md(r"""
### Un esempio di casa nostra: l'affollamento pubblicitario

Il legislatore chiama **affollamento pubblicitario** la quantità di spot in onda e la limita: il TUSMA (testo unico sui servizi di media audiovisivi, d.lgs. 208/2021), nella versione originaria pubblicata in Gazzetta Ufficiale (quella in vigore, su Normattiva, può essere stata modificata), fissa all'art. 45 per le emittenti commerciali nazionali in chiaro un tetto del 20 % del tempo di trasmissione in ciascuna delle fasce 6–18 e 18–24, e per la Rai un tetto più basso (il 6 % dal 2023).

Gli spazi li vende l'**emittente** e li comprano gli inserzionisti. Senza regole, le emittenti potrebbero venderne più di quanti il pubblico ne sopporti, perché pagano solo in parte il fastidio degli spettatori, e ogni spot in più toglie attenzione agli altri spot della stessa interruzione. Il tetto serve anche a questo, oltre che a proteggere gli spettatori.

Oltralpe la stessa idea, lo «spazio mentale disponibile» di cui parlavamo, è diventata proverbiale. Nel 2004 Patrick Le Lay, allora a capo del gruppo televisivo TF1, riassunse così il mestiere della sua rete: «Ce que nous vendons à Coca-Cola, c'est du temps de cerveau humain disponible» («Ciò che vendiamo a Coca-Cola è tempo di cervello umano disponibile»). È una frase, non un dato, ma rende bene l'idea di una risorsa scarsa messa all'asta tra le marche.
""", r"""
### Une phrase restée célèbre : le « temps de cerveau humain disponible »

En 2004, Patrick Le Lay, alors à la tête du groupe TF1, a résumé ainsi le métier de sa chaîne : « Ce que nous vendons à Coca-Cola, c'est du temps de cerveau humain disponible. » Une phrase, pas une donnée, mais qui dit crûment ce que vend une chaîne : l'attention, ressource rare (on parle d'**économie de l'attention**).

C'est la **chaîne** qui vend l'espace publicitaire aux annonceurs. Livrée à elle-même, elle pourrait en vendre plus que le public n'en supporte, car elle ne paie qu'une partie de la gêne des téléspectateurs, et chaque spot supplémentaire prend de l'attention aux autres spots du même écran : c'est l'**encombrement publicitaire**. C'est pourquoi la réglementation plafonne ce volume. En France, le décret n° 92-280 (art. 15) limite les chaînes privées à neuf minutes de publicité par heure en moyenne quotidienne, sans dépasser douze minutes pour une heure donnée ; et depuis le 5 janvier 2009, les chaînes de France Télévisions ne diffusent plus de publicité de marque entre 20 heures et 6 heures (le parrainage reste autorisé).
""")

# ------------------------------------------------------------------------------------------- 2
md(r"""
## 2. Il modello: una contesa per una torta fissa

Riprendiamo la quota di attenzione della lezione 1, ma senza opzione esterna: conta solo l'attenzione che gli inserzionisti si contendono, per esempio il pubblico di un'interruzione pubblicitaria. Gli economisti parlano di *contest* (contesa), sulla scia del lavoro di Gordon Tullock sulla ricerca di rendite (*rent seeking*: spendere risorse per accaparrarsi un valore che esiste già, invece di crearne di nuovo): chi investe di più ha più probabilità di vincere, ma non la certezza.

La quota di attenzione dell'inserzionista $i$ è

$$s_i = \frac{A_i^{\gamma}}{\sum_{j=1}^{n} A_j^{\gamma}}$$

(la regola che trasforma le spese in quote si chiama *funzione di successo della contesa*) e il suo guadagno netto è

$$\pi_i = V\, s_i - A_i .$$

I simboli:

- $n$ è il numero di inserzionisti che si contendono lo stesso pubblico;
- $A_i \ge 0$ è la spesa pubblicitaria dell'inserzionista $i$ (in euro);
- $V > 0$ è il **premio**: il valore, in euro, di tutta l'attenzione in palio;
- $s_i$ è la quota di attenzione, tra 0 e 1 (la somma delle quote è 1): la fetta di pubblico conquistata, o la probabilità di «vincere» lo spettatore;
- $\gamma > 0$ misura **quanto pesa la spesa** nella contesa. Con $\gamma = 1$ il *rapporto* tra due quote è uguale al rapporto tra le spese (il doppio della spesa, il doppio dell'attenzione), e la quota di ciascuno è la sua parte della spesa totale, la *share of voice* (quota di voce). Con $\gamma > 1$ chi spende un po' più degli altri si prende molto di più; con $\gamma < 1$ l'attenzione si divide in modo più uniforme;
- $\pi_i$ è il guadagno netto: valore dell'attenzione ottenuta meno la spesa.

Un esempio: tre inserzionisti spendono 10, 20 e 30 (migliaia di euro) con $\gamma = 1$.
""", r"""
## 2. Le modèle : un concours pour un gâteau fixe

Reprenons la part d'attention de la leçon 1, mais sans option extérieure : seule compte l'attention que les annonceurs se disputent, par exemple l'audience d'un écran publicitaire. Les économistes parlent de concours (*contest*), d'après les travaux de Gordon Tullock sur la recherche de rente (*rent seeking* : dépenser des ressources pour s'approprier une valeur qui existe déjà, au lieu d'en créer) : plus on investit, plus on a de chances de l'emporter, sans certitude.

La part d'attention de l'annonceur $i$ vaut

$$s_i = \frac{A_i^{\gamma}}{\sum_{j=1}^{n} A_j^{\gamma}}$$

et son gain net vaut

$$\pi_i = V\, s_i - A_i .$$

Les symboles :

- $n$ est le nombre d'annonceurs qui se disputent le même public ;
- $A_i \ge 0$ est la dépense publicitaire de l'annonceur $i$ (en euros) ;
- $V > 0$ est l'**enjeu** : la valeur, en euros, de toute l'attention disputée ;
- $s_i$ est la part d'attention, entre 0 et 1, et les parts ont pour somme 1 : la part du public captée, ou la probabilité de « gagner » le spectateur ;
- $\gamma > 0$ mesure **le poids de la dépense** dans le concours. Avec $\gamma = 1$, le *rapport* entre deux parts est égal au rapport entre les dépenses (deux fois plus de dépense, deux fois plus d'attention), et la part de chacun est sa part de la dépense totale, la *part de voix* (*share of voice*). Avec $\gamma > 1$, dépenser un peu plus que les autres rapporte beaucoup plus ; avec $\gamma < 1$, l'attention se répartit de façon plus égale ;
- $\pi_i$ est le gain net : la valeur de l'attention obtenue moins la dépense.

Un exemple : trois annonceurs dépensent 10, 20 et 30 (milliers d'euros) avec $\gamma = 1$.
""")

L.code("cl.attention.attention_shares([10, 20, 30])")

md(r"""
Il primo ottiene un sesto dell'attenzione, il secondo un terzo, il terzo la metà: ciascuno riceve la sua parte della spesa totale (10, 20 e 30 su 60). Nelle uscite di Python il separatore decimale è il punto.
""", r"""
Le premier obtient un sixième de l'attention, le deuxième un tiers, le troisième la moitié : chacun reçoit sa part de la dépense totale (10, 20 et 30 sur 60). Dans les sorties Python, le séparateur décimal est le point.
""")

md(r"""
### 2.1 Approfondimento: due inserzionisti, $\gamma = 1$, passo per passo

*(Senza matematica: leggi solo le definizioni in grassetto dei passi 2 e 3, poi passa alla tabella della sezione 2.2.)*

Chiamiamo $A_1$ la spesa dell'inserzionista 1 e $R = A_2$ quella del rivale. Il guadagno dell'inserzionista 1 è

$$\pi_1 = V\,\frac{A_1}{A_1 + R} - A_1 .$$

**Passo 1: la derivata.** Quanto cambia il guadagno se l'inserzionista 1 spende un euro in più?

$$\frac{\partial \pi_1}{\partial A_1} = V\,\frac{(A_1 + R) - A_1}{(A_1 + R)^2} - 1 = \frac{V R}{(A_1 + R)^2} - 1 .$$

Il primo termine è il beneficio marginale (attenzione in più, in euro), il secondo è il costo marginale (un euro).

**Passo 2: la risposta ottima.** Conviene aumentare la spesa finché il beneficio marginale supera il costo marginale, cioè fino a quando $(A_1 + R)^2 = V R$. Da qui

$$A_1 = \sqrt{V R} - R$$

(o zero, se questa quantità è negativa). È la **risposta ottima** (*best response*): la spesa che massimizza il guadagno dato quello che spende il rivale. La derivata seconda, $-2VR/(A_1+R)^3$, è negativa: è un massimo.

**Passo 3: l'equilibrio.** Un **equilibrio di Nash** è una situazione in cui ciascuno sta già giocando la propria risposta ottima, quindi nessuno ha interesse a cambiare da solo la propria scelta. Con due inserzionisti identici cerchiamo un equilibrio **simmetrico**, in cui spendono lo stesso: $A_1 = A_2 = A$. Allora $A = \sqrt{V A} - A$, quindi $2A = \sqrt{VA}$, $4A^2 = VA$ e

$$A^* = \frac{V}{4} .$$

**Passo 4: i numeri.** Con $V = 100$ ciascuno spende 25, in totale 50: metà del premio se ne va in pubblicità. E ciascuno ottiene metà dell'attenzione, esattamente come se entrambi avessero speso un centesimo.
""", r"""
### 2.1 Approfondissement : deux annonceurs, $\gamma = 1$, pas à pas

*(Sans mathématiques : lisez seulement les définitions en gras des étapes 2 et 3, puis passez au tableau de la section 2.2.)*

Notons $A_1$ la dépense de l'annonceur 1 et $R = A_2$ celle de son rival. Le gain de l'annonceur 1 est

$$\pi_1 = V\,\frac{A_1}{A_1 + R} - A_1 .$$

**Étape 1 : la dérivée.** De combien varie le gain si l'annonceur 1 dépense un euro de plus ?

$$\frac{\partial \pi_1}{\partial A_1} = V\,\frac{(A_1 + R) - A_1}{(A_1 + R)^2} - 1 = \frac{V R}{(A_1 + R)^2} - 1 .$$

Premier terme : le bénéfice marginal (l'attention gagnée, en euros) ; second terme : le coût marginal (un euro).

**Étape 2 : la meilleure réponse.** On a intérêt à dépenser tant que le bénéfice marginal dépasse le coût marginal, jusqu'à l'égalité $(A_1 + R)^2 = V R$, soit

$$A_1 = \sqrt{V R} - R$$

(ou zéro si cette quantité est négative). C'est la **meilleure réponse** (*best response*) : la dépense qui maximise le gain compte tenu de ce que dépense le rival. La dérivée seconde, $-2VR/(A_1+R)^3$, est négative : c'est un maximum.

**Étape 3 : l'équilibre.** Un **équilibre de Nash** est une situation où chacun joue déjà sa meilleure réponse, si bien que personne n'a intérêt à changer seul de stratégie. Avec deux annonceurs identiques, on cherche un équilibre **symétrique**, où ils dépensent autant : $A_1 = A_2 = A$. Alors $A = \sqrt{V A} - A$, donc $2A = \sqrt{VA}$, $4A^2 = VA$ et

$$A^* = \frac{V}{4} .$$

**Étape 4 : les chiffres.** Avec $V = 100$, chacun dépense 25, soit 50 au total : la moitié de l'enjeu part en publicité. Et chacun obtient la moitié de l'attention, comme si les deux avaient dépensé un centime.
""")

md(r"""
Verifichiamo con la libreria la risposta ottima quando il rivale spende 1, 10, 25 o 50:
""", r"""
Vérifions avec la bibliothèque la meilleure réponse quand le rival dépense 1, 10, 25 ou 50 :
""")

L.code("np.round(cl.attention.best_response(np.array([1, 10, 25, 50]), n=2, prize=100), 2)")

md(r"""
Contro un rivale che spende 1 conviene spendere 9; contro 10 conviene salire a 21,62; contro 25, proprio a 25: ecco il punto fisso, cioè la spesa che è la risposta ottima a sé stessa: l'equilibrio. Oltre, la risposta ottima scende (20,71 contro 50).

Molte imprese fissano il budget guardando a quello dei concorrenti (il **metodo della parità competitiva** dei manuali di marketing). Non è proprio la risposta ottima del modello, ma ne condivide la logica: il budget di ciascuno dipende da quello degli altri. È una regola ragionevole per ciascuna impresa, ma costosa per il settore quando la seguono tutte.
""", r"""
Face à un rival qui dépense 1, mieux vaut dépenser 9 ; face à 10, monter à 21,62 ; face à 25, exactement 25 : la meilleure réponse à 25 est 25, c'est un point fixe, autrement dit l'équilibre. Au-delà, la meilleure réponse baisse (20,71 face à 50).

Beaucoup d'entreprises fixent leur budget d'après celui de leurs concurrents (la **méthode de l'alignement sur la concurrence** des manuels de marketing). Comme dans la meilleure réponse, la dépense de chacun dépend de celle des autres, mais l'alignement copie ce budget au lieu de l'optimiser. Raisonnable pour chacune, cette règle coûte cher au secteur quand toutes la suivent.
""")

md(r"""
### 2.2 Il caso generale: $n$ inserzionisti

Ripetendo il calcolo con $n$ inserzionisti identici e un $\gamma$ qualsiasi si trova l'equilibrio simmetrico:

$$A^* = \frac{\gamma V (n-1)}{n^2}, \qquad n A^* = \frac{\gamma V (n-1)}{n}, \qquad D = \frac{n A^*}{V} = \frac{\gamma (n-1)}{n}, \qquad s^* = \frac{1}{n}.$$

- $A^*$ è la spesa di ciascuno in equilibrio;
- $n A^*$ è la spesa totale del settore;
- $D$ è la **dissipazione** (della rendita): la frazione del premio bruciata in spesa pubblicitaria;
- $s^* = 1/n$ è la quota di attenzione di ciascuno, che **non dipende affatto dalla spesa**.

Le formule valgono per $\gamma \le n/(n-1)$ (4/3 con quattro inserzionisti). Oltre questa soglia, all'equilibrio simmetrico il guadagno di ciascuno diventerebbe negativo: meglio non spendere nulla, e quindi **non esiste più un equilibrio simmetrico in strategie pure** (cioè in cui tutti scelgono con certezza la stessa spesa).

Ecco la tabella degli equilibri per $n$ da 2 a 10, con $V = 100$ e $\gamma = 1$:
""", r"""
### 2.2 Le cas général : $n$ annonceurs

En refaisant le calcul avec $n$ annonceurs identiques et un $\gamma$ quelconque, on obtient l'équilibre symétrique :

$$A^* = \frac{\gamma V (n-1)}{n^2}, \qquad n A^* = \frac{\gamma V (n-1)}{n}, \qquad D = \frac{n A^*}{V} = \frac{\gamma (n-1)}{n}, \qquad s^* = \frac{1}{n}.$$

- $A^*$ est la dépense de chaque annonceur à l'équilibre ;
- $n A^*$ est la dépense totale du secteur ;
- $D$ est la **dissipation** (de la rente) : la fraction de l'enjeu brûlée en dépenses publicitaires ;
- $s^* = 1/n$ est la part d'attention de chacun, qui **ne dépend pas du tout de la dépense**.

Ces formules valent pour $\gamma \le n/(n-1)$ (4/3 avec quatre annonceurs). Au-delà de ce seuil, le gain de chacun à l'équilibre symétrique deviendrait négatif : mieux vaudrait ne rien dépenser, si bien qu'**il n'existe plus d'équilibre symétrique en stratégies pures** (où chacun choisit avec certitude la même dépense).

Voici le tableau des équilibres pour $n$ de 2 à 10, avec $V = 100$ et $\gamma = 1$ :
""")

L.code('''
n_values = range(2, 11)
table = pd.DataFrame(
    [cl.attention.tullock_equilibrium(prize=100, n=n) for n in n_values],
    index=pd.Index(n_values, name="n"),
).astype(float)
cl.tables.localize(table, decimals=2)
''')

md(r"""
Da due a dieci inserzionisti la spesa totale sale da 50 a 90, l'attenzione di ciascuno è sempre $1/n$ (da 0,50 a 0,10) e il guadagno netto di ciascuno crolla da 25 a 1. La spesa di ciascuno cala (da 25 a 9), ma meno del valore dell'attenzione che ottiene (da 50 a 10): −64 % contro −80 %.
""", r"""
De deux à dix annonceurs, la dépense totale passe de 50 à 90, l'attention de chacun vaut toujours $1/n$ (de 0,50 à 0,10) et le gain net de chacun s'effondre de 25 à 1. La dépense individuelle baisse (de 25 à 9), mais moins vite que la valeur de l'attention obtenue (de 50 à 10) : −64 % contre −80 %.
""")

L.code("ax = cl.plots.escalation()")

md(r"""
**Cosa notare.** La curva continua con i cerchi (spesa totale) sale in fretta, da 0 con un solo inserzionista al 50 % del premio con due e a oltre il 90 % con dodici. La curva a tratto e punto con i triangoli (valore dell'attenzione ottenuta da ciascuno, $V/n$) scende, e quella tratteggiata con i quadrati (spesa di ciascuno) le si avvicina sempre di più: quando i concorrenti sono molti, ciascuno spende quasi tutto quello che la sua fetta di attenzione vale. Il testo in alto nel grafico riassume il caso $n = 4$ (linea verticale punteggiata): 75 % del premio speso, 25 % dell'attenzione a testa.
""", r"""
**À remarquer.** La courbe en trait plein à cercles (dépense totale) monte vite, de 0 avec un seul annonceur à 50 % de l'enjeu avec deux et à plus de 90 % avec douze. La courbe en traits mixtes à triangles (valeur de l'attention obtenue par chacun, $V/n$) descend, et la courbe en tirets à carrés (dépense de chacun) s'en rapproche de plus en plus : quand les concurrents sont nombreux, chacun dépense presque tout ce que vaut sa part d'attention. Le texte en haut du graphique résume le cas $n = 4$ (ligne verticale pointillée) : 75 % de l'enjeu dépensé, 25 % de l'attention chacun.
""")

# ------------------------------------------------------------------------------------------- 3
md(r"""
## 3. Come nasce l'escalation: le risposte ottime, un turno dopo l'altro

L'equilibrio è un livello fisso, non una corsa. L'«escalation» che si vede nel tempo nasce dal cammino con cui il settore arriva all'equilibrio e dal confronto tra situazioni diverse (più concorrenti, come nel grafico precedente, o un $\gamma$ più alto, come nella demo della sezione 6).

Quattro inserzionisti partono da una spesa quasi nulla (0,001) e a ogni turno ciascuno si avvicina alla propria risposta ottima alla spesa degli altri: quando tutti spendono pochissimo, un piccolo sforzo conquista una grossa fetta, quindi conviene spendere di più. Ma gli altri ragionano allo stesso modo.

Dettaglio tecnico: con quattro o più inserzionisti, saltare subito alla risposta ottima farebbe oscillare la spesa; la libreria fa quindi solo metà strada a ogni turno (per $n = 4$ e $\gamma = 1$). Solo il punto d'arrivo è un risultato del modello, non la forma del percorso.
""", r"""
## 3. Comment naît l'escalade : les meilleures réponses, tour après tour

L'équilibre est un niveau fixe, pas une course. L'« escalade » observée dans le temps naît du chemin par lequel le secteur rejoint l'équilibre et de la comparaison entre situations (plus de concurrents, comme dans le graphique précédent, ou un $\gamma$ plus élevé, comme dans la démonstration de la section 6).

Quatre annonceurs partent d'une dépense quasi nulle (0,001) ; à chaque tour, chacun se rapproche de sa meilleure réponse à la dépense des autres : quand tout le monde dépense très peu, un petit effort rapporte une grosse part, donc mieux vaut dépenser davantage. Mais les autres raisonnent de même.

Détail technique : avec quatre annonceurs ou plus, sauter d'un coup à la meilleure réponse ferait osciller la dépense ; la bibliothèque ne fait donc que la moitié du chemin à chaque tour (pour $n = 4$ et $\gamma = 1$). Seul le point d'arrivée est un résultat du modèle, pas la forme du chemin.
""")

L.code('''
path = cl.attention.best_response_path(prize=100, n=4, steps=12)
np.round(path, 2)
''')

L.code("ax = cl.plots.best_response_path()")

md(r"""
**Cosa notare.** Partita quasi da zero, la linea con i cerchi raggiunge in cinque turni la spesa di equilibrio di 18,75 (la linea orizzontale punteggiata), dove resta. Nessuno ha deciso di «fare la guerra»: ogni passo è la risposta ragionevole alla spesa degli altri, eppure il settore finisce per spendere 75 su 100.
""", r"""
**À remarquer.** Partie de presque zéro, la courbe à cercles atteint en cinq tours la dépense d'équilibre de 18,75 (la ligne horizontale en pointillés), où elle reste. Personne n'a décidé de « faire la guerre » : chaque pas est la réponse raisonnable aux dépenses des autres, et pourtant le secteur finit par dépenser 75 sur 100.
""")

# ------------------------------------------------------------------------------------------- 4
md(r"""
## 4. Se tutti raddoppiano, non cambia nulla

Moltiplichiamo tutte le spese per lo stesso fattore $k > 0$:

$$s_i(kA_1, \dots, kA_n) = \frac{k^{\gamma} A_i^{\gamma}}{\sum_j k^{\gamma} A_j^{\gamma}} = \frac{A_i^{\gamma}}{\sum_j A_j^{\gamma}} = s_i(A_1, \dots, A_n).$$

Il fattore $k^{\gamma}$ compare al numeratore e al denominatore e si semplifica: le quote sono **omogenee di grado zero** nelle spese, cioè dipendono solo dalle spese relative. Ognuno paga il doppio per la stessa fetta:
""", r"""
## 4. Si tout le monde double, rien ne change

Multiplions toutes les dépenses par un même facteur $k > 0$ :

$$s_i(kA_1, \dots, kA_n) = \frac{k^{\gamma} A_i^{\gamma}}{\sum_j k^{\gamma} A_j^{\gamma}} = \frac{A_i^{\gamma}}{\sum_j A_j^{\gamma}} = s_i(A_1, \dots, A_n).$$

Le facteur $k^{\gamma}$ apparaît au numérateur et au dénominateur et se simplifie. Les parts sont **homogènes de degré zéro** par rapport aux dépenses : elles ne dépendent que des dépenses relatives. Chacun paie deux fois plus pour la même part :
""")

L.code('''
spend = np.array([10.0, 20.0, 30.0, 40.0])
print(cl.attention.attention_shares(spend))
print(cl.attention.attention_shares(2 * spend))
print(spend.sum(), (2 * spend).sum())
''')

md(r"""
Le quote restano 10 %, 20 %, 30 % e 40 %, mentre la spesa complessiva passa da 100 a 200. Reintroduciamo ora l'**opzione esterna** della lezione 1, finora lasciata da parte (l'attenzione che non va a nessun inserzionista: il programma, il telefono, il frigorifero), con un valore di 100 nella stessa unità delle spese. Quando tutti raddoppiano insieme, qualcosa cambia:
""", r"""
Les parts restent à 10 %, 20 %, 30 % et 40 %, alors que la dépense totale passe de 100 à 200. Réintroduisons l'**option extérieure** de la leçon 1 (l'attention qui ne va à aucun annonceur : l'émission, le téléphone), avec un poids de 100 dans la même unité que les dépenses. Un doublement général modifie alors la répartition :
""")

L.code('''
print(round(cl.attention.attention_shares(spend, outside=100).sum(), 3))
print(round(cl.attention.attention_shares(2 * spend, outside=100).sum(), 3))
''')

md(r"""
L'attenzione totale catturata dagli inserzionisti sale da 0,5 a circa 0,67: l'escalation sottrae attenzione all'opzione esterna (il programma, il telefono…), non ai concorrenti. Ma anche questa riserva è limitata, e lo spettatore stanco può cambiare canale: la stanchezza è il tema della lezione 3.
""", r"""
L'attention totale captée par les annonceurs passe de 0,5 à environ 0,67 : l'escalade prend de l'attention à l'option extérieure (l'émission, le téléphone…), pas aux concurrents. Mais cette réserve est limitée ; la lassitude, qui pousse à zapper, est le thème de la leçon 3.
""")

# ------------------------------------------------------------------------------------------- 5
md(r"""
## 5. La versione senza formule: il dilemma del prigioniero

Lo stesso meccanismo si può raccontare con una semplice tabella a doppia entrata (2 × 2). Due imprese si dividono un pubblico che vale 100; una campagna costa 30. Se nessuna delle due fa pubblicità, il pubblico si divide a metà. Se una sola la fa, se lo prende tutto. Se la fanno entrambe, si torna a metà, ma ciascuna ha pagato 30.
""", r"""
## 5. La version sans formules : le dilemme du prisonnier

Le même mécanisme tient dans un tableau à double entrée (2 × 2). Deux entreprises se partagent un public qui vaut 100 ; une campagne coûte 30. Sans publicité, le public se partage en deux ; si une seule des deux fait de la publicité, elle capte tout le public ; si les deux en font, on revient au partage, mais chacune a payé 30.
""")

L.code("cl.tables.advertising_dilemma(prize=100, cost=30)")

md(r"""
Ogni cella riporta il guadagno di A e quello di B. Se B fa pubblicità, A ottiene 20 facendola e 0 non facendola; se B non la fa, A ottiene 70 facendola e 50 non facendola. In entrambi i casi conviene farla: è una **strategia dominante** (la scelta migliore qualunque cosa faccia l'altro), e lo stesso vale per B.

Risultato: entrambe fanno pubblicità e ottengono 20 ciascuna, contro i 50 che avrebbero avuto astenendosi. È il **dilemma del prigioniero**, di cui la contesa della sezione 2 è la versione continua.
""", r"""
Chaque case donne le gain de A et celui de B. Si B fait de la publicité, A obtient 20 si elle en fait aussi, 0 sinon ; si B n'en fait pas, A obtient 70 si elle en fait, 50 sinon. Dans les deux cas, mieux vaut en faire : c'est une **stratégie dominante** (le meilleur choix quoi que fasse l'autre), et il en va de même pour B.

Résultat : les deux en font et obtiennent 20 chacune, contre 50 si elles s'étaient abstenues. C'est le **dilemme du prisonnier**, dont le concours de la section 2 est la version continue.
""")

# ------------------------------------------------------------------------------------------- 6
md(r"""
## 6. Prova tu

Nella demo qui sotto puoi cambiare il numero di inserzionisti (da 2 a 12) e $\gamma$, il peso della spesa (da 0,5 a 2). Prova a:

- fissare $\gamma = 1$ e portare gli inserzionisti da 2 a 12: quanta parte del premio finisce in pubblicità?
- fissare 4 inserzionisti e alzare $\gamma$: che cosa succede alla spesa totale? E alla quota di ciascuno?
- con 4 inserzionisti, portare $\gamma$ oltre 4/3: perché compare un messaggio? Segui il consiglio che ti dà: il messaggio sparisce?
""", r"""
## 6. À vous

La démonstration ci-dessous fait varier le nombre d'annonceurs (de 2 à 12) et $\gamma$, le poids de la dépense (de 0,5 à 2). Essayez de :

- fixer $\gamma = 1$ et faire passer le nombre d'annonceurs de 2 à 12 : quelle part de l'enjeu part en publicité ?
- fixer 4 annonceurs et augmenter $\gamma$ : que devient la dépense totale ? et la part de chacun ?
- avec 4 annonceurs, pousser $\gamma$ au-delà de 4/3 : pourquoi un message apparaît-il ? Suivez le conseil qu'il donne : le message disparaît-il ?
""")

L.code("cl.demos.escalation_demo()", demo=True)

md(r"""
**Cosa notare.** Il numero di inserzionisti e $\gamma$ spostano la spesa totale; la quota di ciascuno resta sempre $1/n$. Con $\gamma > 1$ le curve si interrompono: oltre $n = \gamma/(\gamma-1)$ inserzionisti un equilibrio simmetrico in strategie pure non esiste più, perché il guadagno di equilibrio $V/n - A^*$ sarebbe negativo.

<details>
<summary>Risposte attese</summary>

- Con $\gamma = 1$ si spende la frazione $(n-1)/n$ del premio: dal 50 % con due inserzionisti a circa il 92 % con dodici.
- Con 4 inserzionisti la spesa totale è $\gamma \cdot 75\ \%$ del premio (circa 94 % con $\gamma = 1{,}25$).
- Con 4 inserzionisti e $\gamma > 4/3$ il messaggio consiglia di riportare $\gamma$ a 1,33 o meno, oppure di ridurre il numero di inserzionisti (la soglia $n/(n-1)$ sale): così sparisce.

</details>
""", r"""
**À remarquer.** Le nombre d'annonceurs et $\gamma$ déplacent la dépense totale ; la part de chacun reste toujours $1/n$. Avec $\gamma > 1$, les courbes s'interrompent : au-delà de $n = \gamma/(\gamma-1)$ annonceurs, il n'existe plus d'équilibre symétrique en stratégies pures, car le gain d'équilibre $V/n - A^*$ serait négatif.

<details>
<summary>Réponses attendues</summary>

- Avec $\gamma = 1$, on dépense la fraction $(n-1)/n$ de l'enjeu : de 50 % avec deux annonceurs à environ 92 % avec douze.
- Avec 4 annonceurs, la dépense totale vaut $\gamma \cdot 75\ \%$ de l'enjeu (environ 94 % avec $\gamma = 1{,}25$).
- Avec 4 annonceurs et $\gamma > 4/3$, le message conseille de ramener $\gamma$ à 1,33 ou moins, ou de réduire le nombre d'annonceurs (le seuil $n/(n-1)$ remonte) : il disparaît alors.

</details>
""")

# ------------------------------------------------------------------------------------------- 7
md(r"""
## 7. I limiti del modello

Un modello è una lente, non una fotografia. Quattro limiti:

- **Imprese simmetriche.** Nella realtà una marca ha spot migliori o un budget molto più ampio. Per questo i responsabili marketing confrontano la propria *share of voice* con la propria **quota di mercato** (*share of market*): il modello dice quanto costa tenere il passo, non chi vende di più.
- **Premio fisso.** Si assume che la pubblicità sposti soltanto attenzione da una marca all'altra (domanda **selettiva**). Invece può far crescere la domanda **primaria**, quella dell'intera categoria, o farla calare (il pubblico infastidito se ne va).
- **Una sola mossa.** Qui la contesa si gioca una volta; le imprese che si ritrovano ogni stagione possono imparare a moderare la spesa (un accordo tacito, su cui vigila il diritto della concorrenza), o esservi costrette da un tetto di legge.
- **Nessun costo per il pubblico.** Il fastidio di chi subisce le interruzioni non compare. Anderson e de Palma (2009) mostrano che, quando i messaggi si contendono un'attenzione scarsa, se ne possono inviare troppi; per lo spam, Rao e Reiley (2012) stimano quasi 20 miliardi di dollari l'anno di costi per imprese e consumatori statunitensi, contro circa 200 milioni di dollari di ricavi lordi mondiali per gli spammer e i commercianti che promuovono.

Nonostante questi limiti, il messaggio centrale regge: quando il premio è fisso e la quota dipende dalla spesa relativa, spendere di più è razionale per ciascuno e inutile per tutti.
""", r"""
## 7. Les limites du modèle

Un modèle est une loupe, pas une photographie. Quatre limites :

- **Des entreprises symétriques.** En réalité, une marque peut avoir de meilleurs spots ou un budget bien plus important. C'est pourquoi les responsables marketing comparent leur part de voix à leur **part de marché** : le modèle dit ce que coûte de suivre le rythme, pas qui vend le plus.
- **Un enjeu fixe.** Le modèle suppose que la publicité ne fait que déplacer l'attention d'une marque à l'autre (demande **sélective**). Or elle peut faire croître la demande **primaire**, celle de toute la catégorie, ou la faire fondre (le public agacé s'en va).
- **Un seul coup.** Ici, le concours se joue une fois ; des entreprises qui se retrouvent chaque saison peuvent apprendre à modérer leurs dépenses (une entente tacite, que surveille le droit de la concurrence), ou y être obligées par un plafond légal.
- **Aucun coût pour le public.** La gêne de ceux qui subissent les interruptions n'y figure pas. Anderson et de Palma (2009) montrent que, lorsque les messages se disputent une attention rare, il peut s'en envoyer trop ; pour le spam, Rao et Reiley (2012) estiment les coûts des entreprises et des consommateurs américains à près de 20 milliards de dollars par an, contre environ 200 millions de dollars de revenus bruts mondiaux pour les spammeurs et leurs marchands.

Malgré ces limites, le message central tient : quand l'enjeu est fixe et que la part dépend de la dépense relative, dépenser plus est rationnel pour chacun et inutile pour tous.
""")

# ------------------------------------------------------------------------------------------- 8
md(r"""
## 8. Come uscirne: cambiare gioco

- **Targeting.** Invece di contendersi la stessa interruzione affollata, si cerca un pubblico più piccolo ma pertinente: meno rivali ($n$ più basso), un messaggio che vale di più per chi lo riceve.
- **Permesso** (*permission marketing*). È la proposta di Godin: se il cliente accetta di ricevere i messaggi (newsletter, programma fedeltà), la sua attenzione non è più un premio da strappare ai concorrenti, ma una relazione da coltivare, che dipende dalla fiducia e dalla pertinenza più che dalla spesa relativa.
- **Regole.** I tetti all'affollamento del TUSMA cambiano il gioco dall'esterno; per il telemarketing, in Italia, chi non vuole essere chiamato può iscriversi al Registro pubblico delle opposizioni, mentre e-mail e SMS promozionali richiedono il consenso preventivo del destinatario, salvo un'eccezione limitata, il cosiddetto *soft spam*: e-mail ai propri clienti su prodotti o servizi analoghi a quelli già acquistati, purché possano opporsi in ogni momento (art. 130, comma 4, del Codice privacy).

Godin non rinuncia del tutto all'interruzione: serve ad **acquisire** il primo contatto, mentre il permesso serve a **coltivarlo**. È il tema della seconda parte del corso (dalla lezione 4 in poi).
""", r"""
## 8. Comment en sortir : changer de jeu

- **Le ciblage.** Plutôt que de se disputer le même écran saturé, on vise un public plus restreint mais pertinent : moins de rivaux ($n$ plus petit), un message qui vaut davantage pour qui le reçoit.
- **La permission** (*permission marketing*). C'est la proposition de Godin : si le client accepte de recevoir des messages (lettre d'information, programme de fidélité), son attention n'est plus un enjeu à arracher aux concurrents, mais une relation à cultiver, qui dépend de la confiance et de la pertinence plutôt que de la dépense relative.
- **Les règles.** Les plafonds de publicité télévisée changent le jeu de l'extérieur. Pour le téléphone, la France est allée plus loin : depuis le 11 août 2026, il est interdit de démarcher par téléphone un consommateur qui n'y a pas consenti au préalable (art. L. 223-1 du code de la consommation), sauf appel passé pour l'exécution d'un contrat en cours et en rapport avec son objet. Le démarchage téléphonique est passé de l'interruption à la permission.

Godin ne renonce pas pour autant à l'interruption : elle sert à **conquérir** le premier contact, la permission à le **cultiver**. C'est le thème de la seconde partie du cours (à partir de la leçon 4).
""")

# ------------------------------------------------------------------------------------------- 9
md(r"""
## 9. Esercizi

Quattro esercizi con verifica automatica (il 02.3 è facoltativo; al secondo errore il suggerimento mostra anche il codice) e un esercizio argomentato.
""", r"""
## 9. Exercices

Quatre exercices autocorrigés (le 02.3 est facultatif ; à la deuxième erreur, l'indice montre aussi le code) et un exercice argumenté.
""")

md(r"""
### Esercizio 02.1 — Tutti raddoppiano

Quattro inserzionisti spendono 10, 20, 30 e 40; la contesa premia molto chi spende di più ($\gamma = 1{,}5$) e non c'è opzione esterna. Queste spese sono fissate in partenza, senza cercare l'equilibrio (con $\gamma = 1{,}5 > 4/3$ un equilibrio simmetrico non esisterebbe comunque). Tutti raddoppiano il budget nello stesso momento. Che cosa succede alla quota di attenzione del primo inserzionista?

- a) raddoppia;
- b) resta uguale;
- c) aumenta, ma meno del doppio;
- d) diminuisce, perché con $\gamma > 1$ chi spende di più guadagna ancora di più.

Scrivi la lettera tra virgolette, per esempio `"a"`.
""", r"""
### Exercice 02.1 — Tout le monde double

Quatre annonceurs dépensent 10, 20, 30 et 40 ; l'attention favorise nettement celui qui dépense le plus ($\gamma = 1{,}5$) et il n'y a pas d'option extérieure. Ces dépenses sont fixées d'avance, sans chercher l'équilibre (avec $\gamma = 1{,}5 > 4/3$, il n'existerait d'ailleurs pas d'équilibre symétrique). Tous doublent leur budget au même moment. Que devient la part d'attention du premier annonceur ?

- a) elle double ;
- b) elle reste la même ;
- c) elle augmente, mais moins que du double ;
- d) elle baisse, car avec $\gamma > 1$ ceux qui dépensent le plus gagnent encore plus.

Écrivez la lettre entre guillemets droits, par exemple `"a"`.
""")

L.code('answer = None  # "a" | "b" | "c" | "d"\ncheck("02.1", answer)')

solution('''
spend = np.array([10.0, 20.0, 30.0, 40.0])
print(cl.attention.attention_shares(spend, gamma=1.5)[0])
print(cl.attention.attention_shares(2 * spend, gamma=1.5)[0])
answer = "b"
check("02.1", answer)
''', r"""
Moltiplicando tutte le spese per 2, il fattore $2^{\gamma}$ compare al numeratore e al denominatore e si semplifica, per qualunque $\gamma$: la quota resta la stessa (circa 5,9 %). Risposta **b**.
""", r"""
En multipliant toutes les dépenses par 2, le facteur $2^{\gamma}$ apparaît au numérateur et au dénominateur et se simplifie, quel que soit $\gamma$ : la part reste la même (environ 5,9 %). Réponse **b**.
""")

md(r"""
### Esercizio 02.2 — La spesa del settore

Quattro inserzionisti si contendono un pubblico che vale $V = 200$ (migliaia di euro), con $\gamma = 1{,}2$. Verifica prima che $\gamma \le n/(n-1)$, poi calcola (con `cl.attention.tullock_equilibrium` oppure a mano) la **spesa totale** di equilibrio del settore, in migliaia di euro.
""", r"""
### Exercice 02.2 — La dépense du secteur

Quatre annonceurs se disputent un public qui vaut $V = 200$ (milliers d'euros), avec $\gamma = 1{,}2$. Vérifiez d'abord que $\gamma \le n/(n-1)$, puis calculez (avec `cl.attention.tullock_equilibrium` ou à la main) la **dépense totale** d'équilibre du secteur, en milliers d'euros.
""")

L.code('answer = None\ncheck("02.2", answer)')

solution('''
eq = cl.attention.tullock_equilibrium(prize=200, n=4, gamma=1.2)
answer = float(eq["total_spend"])
check("02.2", answer)
''', r"""
La soglia è $4/3 \approx 1{,}33$, quindi $\gamma = 1{,}2$ va bene. Spesa totale $= \gamma V (n-1)/n = 1{,}2 \cdot 200 \cdot 3/4 = 180$ (migliaia di euro): il 90 % del premio è dissipato. Non confonderla con la spesa di ciascuno (45).
""", r"""
Le seuil vaut $4/3 \approx 1{,}33$, donc $\gamma = 1{,}2$ convient. Dépense totale $= \gamma V (n-1)/n = 1{,}2 \cdot 200 \cdot 3/4 = 180$ (milliers d'euros) : 90 % de l'enjeu est dissipé. Ne la confondez pas avec la dépense de chacun (45).
""")

md(r"""
### Esercizio 02.3 (facoltativo) — Quando la dissipazione supera il 65 %

Supponiamo ora una contesa meno sbilanciata: $\gamma = 0{,}8$, con $V = 100$. Costruisci la tabella degli equilibri per $n$ da 2 a 10 (con pandas, come nella sezione 2.2, oppure a mano con la formula di $D$) e trova il **più piccolo $n$** per cui la dissipazione supera il 65 % (in pandas: `dissipation > 0.65`).
""", r"""
### Exercice 02.3 (facultatif) — Quand la dissipation dépasse 65 %

Supposons maintenant un concours plus équilibré : $\gamma = 0{,}8$, avec $V = 100$. Construisez le tableau des équilibres pour $n$ de 2 à 10 (avec pandas, comme à la section 2.2, ou à la main avec la formule de $D$) et trouvez le **plus petit $n$** pour lequel la dissipation dépasse 65 % (en pandas : `dissipation > 0.65`).
""")

L.code('answer = None\ncheck("02.3", answer)')

solution('''
n_values = range(2, 11)
table08 = pd.DataFrame(
    [cl.attention.tullock_equilibrium(prize=100, n=n, gamma=0.8) for n in n_values],
    index=pd.Index(n_values, name="n"),
).astype(float)
answer = int(table08.index[table08["dissipation"] > 0.65].min())
check("02.3", answer)
''', r"""
Con $\gamma = 0{,}8$ la dissipazione è $0{,}8\,(n-1)/n$: 64 % con $n = 5$, circa 66,7 % con $n = 6$. La risposta è $n = 6$. A mano: $0{,}8\,(n-1)/n > 0{,}65$ equivale a $n > 16/3 \approx 5{,}33$.
""", r"""
Avec $\gamma = 0{,}8$, la dissipation vaut $0{,}8\,(n-1)/n$ : 64 % pour $n = 5$, environ 66,7 % pour $n = 6$. La réponse est $n = 6$. À la main : $0{,}8\,(n-1)/n > 0{,}65$ équivaut à $n > 16/3 \approx 5{,}33$.
""")

md(r"""
### Esercizio 02.4 — Quanto del premio va in fumo?

Tre inserzionisti si contendono un pubblico che vale $V = 50$ (migliaia di euro), con $\gamma = 1{,}2$. In equilibrio, quale **percentuale** del premio viene dissipata in pubblicità? Scrivi un numero tra 0 e 100 (per esempio 12.5 per 12,5 %).
""", r"""
### Exercice 02.4 — Quelle fraction de l'enjeu part en fumée ?

Trois annonceurs se disputent un public qui vaut $V = 50$ (milliers d'euros), avec $\gamma = 1{,}2$. À l'équilibre, quel **pourcentage** de l'enjeu est dissipé en publicité ? Écrivez un nombre entre 0 et 100 (par exemple 12.5 pour 12,5 %).
""")

L.code('answer = None\ncheck("02.4", answer)')

solution('''
eq = cl.attention.tullock_equilibrium(prize=50, n=3, gamma=1.2)
answer = 100 * float(eq["dissipation"])
check("02.4", answer)
''', r"""
La soglia è $3/2 = 1{,}5$, quindi $\gamma = 1{,}2$ va bene. $D = \gamma (n-1)/n = 1{,}2 \cdot 2/3 = 0{,}8$, cioè l'80 % del premio: 40 mila euro di spesa totale su 50 mila. La dissipazione non dipende da $V$.
""", r"""
Le seuil vaut $3/2 = 1{,}5$, donc $\gamma = 1{,}2$ convient. $D = \gamma (n-1)/n = 1{,}2 \cdot 2/3 = 0{,}8$, soit 80 % de l'enjeu : 40 000 euros de dépense totale sur 50 000. La dissipation ne dépend pas de $V$.
""")

md(r"""
### Esercizio 02.5 — Un parere per un'associazione di categoria (argomentato)

Un'associazione di categoria riunisce i cinque grandi produttori di bibite di un paese. Ciascuno aumenta la spesa in spot televisivi del 10 % all'anno, ma le quote di mercato non si muovono e i margini calano. Il presidente ti chiede un parere di 150–200 parole:

1. spiega con il modello della lezione perché la spesa cresce senza risultati;
2. proponi **due** strade per uscirne, collegando ciascuna a un elemento del modello ($n$, $V$, $\gamma$ o le regole del gioco);
3. indica per ciascuna strada un limite o un rischio.
""", r"""
### Exercice 02.5 — Un avis pour une organisation professionnelle (argumenté)

Une organisation professionnelle réunit les cinq grands fabricants de boissons d'un pays. Chacun augmente ses dépenses en spots télévisés de 10 % par an, mais les parts de marché ne bougent pas et les marges baissent. Le président vous demande un avis de 150 à 200 mots :

1. expliquez avec le modèle de la leçon pourquoi les dépenses augmentent sans résultat ;
2. proposez **deux** pistes pour en sortir, en reliant chacune à un élément du modèle ($n$, $V$, $\gamma$ ou les règles du jeu) ;
3. indiquez pour chaque piste une limite ou un risque.
""")

md(r"""
<details>
<summary>Risposta modello</summary>

La quota di ciascun produttore dipende dalla spesa **relativa**: se tutti aumentano del 10 %, le quote non cambiano, ma i costi sì. Eppure a ciascuno conviene aumentare, perché chi si ferma mentre gli altri crescono perde quota: è un dilemma del prigioniero. Con cinque concorrenti e $\gamma = 1$ il modello prevede che l'80 % del valore in palio finisca in pubblicità, con $1/5$ dell'attenzione a testa.

Prima strada: **far crescere la torta** ($V$) con una campagna collettiva di categoria, che stimoli la domanda primaria. Limite: chi non contribuisce ne beneficia lo stesso.

Seconda strada: **cambiare gioco** spostando parte del budget verso programmi fedeltà e messaggi a chi ha dato il consenso, dove conta la pertinenza e non la spesa relativa. Nel modello è come uscire dalla contesa: la quota di attenzione di chi ha dato il permesso non dipende più dalla spesa dei concorrenti. Limite: servono tempo, dati e il rispetto delle regole sul consenso.

Un accordo tra concorrenti per tagliare insieme la pubblicità andrebbe prima vagliato alla luce del diritto della concorrenza.

</details>
""", r"""
<details>
<summary>Corrigé type</summary>

La part de chaque fabricant dépend de sa dépense **relative** : si tous augmentent de 10 %, les parts ne bougent pas, mais les coûts, si. Pourtant chacun a intérêt à augmenter, sinon il perd des parts : c'est un dilemme du prisonnier. Avec cinq concurrents et $\gamma = 1$, le modèle prévoit que 80 % de la valeur disputée part en publicité, avec $1/5$ de l'attention chacun.

Première piste : **faire grossir le gâteau** ($V$) par une campagne collective de catégorie, qui stimule la demande primaire. Limite : ceux qui ne cotisent pas en profitent quand même.

Deuxième piste : **changer de jeu** en déplaçant une partie du budget vers les programmes de fidélité et les messages adressés à ceux qui ont donné leur consentement, où compte la pertinence et non la dépense relative. Dans le modèle, c'est sortir du concours : leur attention ne dépend plus des dépenses des concurrents. Limite : cela demande du temps, des données et le respect des règles sur le consentement.

Un accord entre concurrents pour réduire ensemble la publicité devrait d'abord être examiné au regard du droit de la concurrence.

</details>
""")

md(r"""
<details>
<summary>Griglia di valutazione (10 punti)</summary>

- **Modello (3 punti):** spesa relativa, quote invariate, un numero giusto (80 % dissipato, quota $1/5$).
- **Dilemma (2 punti):** razionale per ciascuno, inutile per tutti.
- **Due strade (3 punti):** distinte, ciascuna legata a $n$, $V$, $\gamma$ o alle regole.
- **Limiti (2 punti):** uno plausibile per ciascuna strada.

</details>
""", r"""
<details>
<summary>Grille d'évaluation (10 points)</summary>

- **Modèle (3 points) :** dépense relative, parts inchangées, un chiffre juste (80 % dissipés, part de $1/5$).
- **Dilemme (2 points) :** rationnel pour chacun, inutile pour tous.
- **Deux pistes (3 points) :** distinctes, chacune reliée à $n$, $V$, $\gamma$ ou aux règles.
- **Limites (2 points) :** une limite plausible pour chaque piste.

</details>
""")

# ------------------------------------------------------------------------------------------- end
md(r"""
## Riepilogo

- Contesa di Tullock con $n$ inserzionisti identici: in equilibrio ciascuno spende $\gamma V (n-1)/n^2$, si dissipa la frazione $\gamma(n-1)/n$ del premio e ciascuno ottiene sempre $1/n$ dell'attenzione; oltre $\gamma = n/(n-1)$ non c'è equilibrio simmetrico in strategie pure.
- Con risposte ottime successive la spesa sale fino all'equilibrio; la parità competitiva ne condivide la logica.
- Se tutti raddoppiano, le quote non cambiano: è un dilemma del prigioniero.
- Per uscirne si cambia gioco (targeting, permesso, regole): l'interruzione acquisisce, il permesso coltiva.

### Termini chiave
""", r"""
## En résumé

- Concours de Tullock à $n$ annonceurs identiques : à l'équilibre, chacun dépense $\gamma V (n-1)/n^2$, la fraction $\gamma(n-1)/n$ de l'enjeu est dissipée, et chacun obtient toujours $1/n$ de l'attention ; au-delà de $\gamma = n/(n-1)$, pas d'équilibre symétrique en stratégies pures.
- Par meilleures réponses successives, la dépense monte jusqu'à l'équilibre ; l'alignement sur la concurrence suit la même logique.
- Si tout le monde double, les parts ne bougent pas : c'est un dilemme du prisonnier.
- Pour en sortir, on change de jeu (ciblage, permission, règles) : l'interruption conquiert, la permission cultive.

### Termes clés
""")

L.code('''
cl.glossary.key_terms([
    "attention_economy", "ad_clutter", "available_brain_time", "outside_option", "share_of_voice",
    "contest_success_function", "best_response", "nash_equilibrium", "rent_dissipation",
    "escalation", "competitive_parity", "prisoners_dilemma", "dominant_strategy", "permission_marketing",
])
''')

md(r"""
## Fonti

- Godin, S. (1999), *Permission Marketing*, New York, Simon & Schuster.
- Tullock, G. (1980), «Efficient rent seeking», in J. M. Buchanan, R. D. Tollison e G. Tullock (a cura di), *Toward a Theory of the Rent-Seeking Society*, College Station (TX), Texas A&M University Press, pp. 97–112.
- Anderson, S. P. e de Palma, A. (2009), «Information congestion», *RAND Journal of Economics* 40(4), 688–709, DOI 10.1111/j.1756-2171.2009.00085.x.
- Rao, J. M. e Reiley, D. H. (2012), «The economics of spam», *Journal of Economic Perspectives* 26(3), 87–110, DOI 10.1257/jep.26.3.87.
- Decreto legislativo 8 novembre 2021, n. 208, Testo unico per la fornitura di servizi di media audiovisivi (TUSMA), art. 45 «Limiti di affollamento», Gazzetta Ufficiale, Serie generale, 10 dicembre 2021.
- Decreto legislativo 30 giugno 2003, n. 196, Codice in materia di protezione dei dati personali, art. 130.
- Decreto del Presidente della Repubblica 27 gennaio 2022, n. 26 (Registro pubblico delle opposizioni), attuativo della legge n. 5 del 2018.
- Le Lay, P. (2004), frase riportata da *L'Usine Nouvelle*, «Le grand retour du temps de cerveau disponible», https://www.usinenouvelle.com/article/chronique-des-chiffres-et-des-etres-le-grand-retour-du-temps-de-cerveau-disponible.N1076709.
""", r"""
## Sources

- Godin, S. (1999), *Permission Marketing*, New York, Simon & Schuster.
- Le Lay, P. (2004), propos rapportés par *L'Usine Nouvelle*, « Le grand retour du temps de cerveau disponible », https://www.usinenouvelle.com/article/chronique-des-chiffres-et-des-etres-le-grand-retour-du-temps-de-cerveau-disponible.N1076709.
- Tullock, G. (1980), « Efficient rent seeking », dans J. M. Buchanan, R. D. Tollison et G. Tullock (dir.), *Toward a Theory of the Rent-Seeking Society*, College Station (TX), Texas A&M University Press, p. 97–112.
- Anderson, S. P. et de Palma, A. (2009), « Information congestion », *RAND Journal of Economics* 40(4), 688–709, DOI 10.1111/j.1756-2171.2009.00085.x.
- Rao, J. M. et Reiley, D. H. (2012), « The economics of spam », *Journal of Economic Perspectives* 26(3), 87–110, DOI 10.1257/jep.26.3.87.
- Décret n° 92-280 du 27 mars 1992, art. 15, dans sa rédaction issue du décret n° 2010-747 du 2 juillet 2010 ; loi n° 2009-258 du 5 mars 2009.
- Code de la consommation, art. L. 223-1, modifié par la loi n° 2025-594 du 30 juin 2025, art. 13.
""")

if __name__ == "__main__":
    L.build(execute_nb="--no-run" not in sys.argv)

"""Lesson 03 — repetition and forgetting (it/fr). Build: PYTHONPATH=. python scripts/lessons/l03.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from lesson_builder import Lesson  # noqa: E402
from _fr import fr  # noqa: E402

L = Lesson("03", it="03_ripetizione_e_oblio", fr="03_repetition_et_oubli")


def md(it, fr_text, tags=()):
    L.md(it=it, fr=fr(fr_text), tags=tags)


md(r"""
# Lezione 3 — Ripetizione e oblio: perché l'ennesima interruzione vale meno

Uno spot simpatico alla prima visione, alla quinta nella stessa partita ci fa cambiare canale. Eppure le marche
ripetono: un messaggio visto una volta sola si dimentica in fretta. In questa lezione misuriamo le due forze in
gioco, **la ripetizione che insegna e annoia** e **la memoria che si svuota**, e impariamo le parole con cui chi
pianifica i media decide quante volte raggiungere una persona.

**Obiettivi di apprendimento.** Alla fine della lezione saprai:

1. distinguere i due fattori della ripetizione (apprendimento e noia) dalle due fasi dell'effetto netto (*wear-in* e *wear-out*) e calcolare il numero ottimale di esposizioni in un modello stilizzato;
2. usare copertura, frequenza media, GRP e frequenza efficace per descrivere un piano media;
3. confrontare due curve dell'oblio e due calendari, uno concentrato e uno distribuito, con lo stesso numero di messaggi.

**Prerequisiti.** Lezioni 1 e 2. Non serve saper programmare (vedi sotto).

**Tempo stimato.** Circa 45 minuti: 25 di lettura, grafici e demo, 20 per gli esercizi.

**Percorso senza codice.** Puoi seguire tutta la lezione senza scrivere Python: esegui le celle dall'alto in basso
(menu *Run → Run All Cells*), leggi, guarda i grafici e muovi i cursori della demo. Gli esercizi 03.1 (a scelta
multipla) e 03.5 (argomentato) non richiedono codice; 03.2, 03.3 e 03.4 si risolvono con una calcolatrice, dalla
formula o dalla tabella stampata: basta scrivere il numero al posto di `None`. Le soluzioni mostrano anche la
versione in Python, per chi la conosce.
""", r"""
# Leçon 3 — Répétition et oubli : pourquoi l'énième interruption vaut moins

Un spot amusant au premier passage devient insupportable au cinquième pendant le match. Pourtant les marques
répètent : un message vu une seule fois s'oublie vite. Dans cette leçon, nous mesurons les deux forces en jeu,
**la répétition qui fait apprendre et qui lasse** et **la mémoire qui se vide**, et nous apprenons les mots avec
lesquels les média-planneurs décident combien de fois toucher une personne.

**Objectifs d'apprentissage.** À la fin de la leçon, vous saurez :

1. distinguer les deux facteurs de la répétition (apprentissage et ennui) des deux phases de l'effet net (*wear-in* et *wear-out*) et calculer le nombre optimal d'expositions dans un modèle stylisé ;
2. décrire un plan média avec la couverture, la répétition moyenne, les GRP et la répétition utile ;
3. comparer deux courbes de l'oubli et deux calendriers, l'un concentré, l'autre étalé, avec le même nombre de messages.

**Prérequis.** Leçons 1 et 2. Il n'est pas nécessaire de savoir programmer (voir ci-dessous).

**Durée estimée.** Environ 45 minutes : 25 pour la lecture, les graphiques et la démo, 20 pour les exercices.

**Parcours sans code.** Vous pouvez suivre toute la leçon sans écrire de Python : exécutez les cellules de haut en
bas (menu *Run → Run All Cells*), lisez, regardez les graphiques et déplacez les curseurs de la démo. Les exercices
03.1 (à choix multiple) et 03.5 (argumenté) ne demandent pas de code ; 03.2, 03.3 et 03.4 se résolvent à la
calculatrice, à partir de la formule ou du tableau affiché : il suffit d'écrire le nombre à la place de `None`. Les
solutions donnent aussi la version en Python, pour qui la connaît.
""")

md("Una sola cella prepara tutto: libreria del corso, lingua dei grafici e funzione `check` per gli esercizi.",
   "Une seule cellule prépare tout : bibliothèque du cours, langue des graphiques et fonction `check` des exercices.")
L.setup("import numpy as np\nimport pandas as pd\nfrom course_lib.exercises import check")

md(r"""
## 1. Due fattori, due fasi

Una sola esposizione di rado basta: il messaggio va notato, capito, ricordato. Ripetere produce però **due effetti
opposti**, i due fattori da cui prende nome la **teoria dei due fattori**: l'**apprendimento**, che cresce con le ripetizioni ma sempre meno,
e la **noia** (irritazione, rifiuto), che cresce a ogni ripetizione. All'inizio prevale l'apprendimento e l'effetto
netto del messaggio sale: è la fase di ***wear-in***. Poi prevale la noia e l'effetto netto scende: è la fase di
***wear-out***, l'usura del messaggio. Attenzione alle parole: *wear-in* e *wear-out* non sono i due fattori, ma
le due fasi del loro saldo.

L'idea dei due fattori viene dalla psicologia sperimentale (Berlyne 1970). In un esperimento classico, Cacioppo e
Petty (1979) fecero ascoltare a studenti universitari lo stesso messaggio persuasivo 1, 3 o 5 volte, più un gruppo
di controllo: l'accordo con il messaggio prima aumentò e poi diminuì (una U rovesciata), mentre le
controargomentazioni fecero il percorso inverso (una U).
""", r"""
## 1. Deux facteurs, deux phases

Une seule exposition suffit rarement : le message doit être remarqué, compris, retenu. Mais répéter produit **deux
effets opposés**, d'où le nom de **théorie des deux facteurs** : l'**apprentissage**, qui croît avec les
répétitions mais de moins en moins, et l'**ennui** (agacement, rejet), qui croît à chaque répétition. Au début,
l'apprentissage l'emporte et l'effet net du message augmente : c'est la phase de ***wear-in*** (imprégnation).
Ensuite l'ennui l'emporte et l'effet net diminue : c'est la phase de ***wear-out***, l'usure du message. Attention
aux mots : *wear-in* et *wear-out* ne sont pas les deux facteurs, mais les deux phases de leur solde.

L'idée des deux facteurs vient de la psychologie expérimentale (Berlyne 1970). Dans une expérience classique,
Cacioppo et Petty (1979) ont fait écouter à des étudiants le même message persuasif 1, 3 ou 5 fois, avec un groupe
témoin : l'adhésion au message a d'abord augmenté, puis diminué (courbe en U inversé), tandis que les
contre-arguments suivaient le chemin inverse (courbe en U).
""")

md(r"""
### Un modello stilizzato

Per ragionare con i numeri usiamo una **stilizzazione didattica**, non il modello di un articolo preciso:

$$E(n) = \underbrace{A\left(1 - e^{-b\,n}\right)}_{\text{apprendimento}} \;-\; \underbrace{c\,n}_{\text{costo della noia}}$$

dove $n$ è il numero di esposizioni della stessa persona al messaggio, $E(n)$ l'effetto netto (unità arbitrarie),
$A$ il massimo che l'apprendimento può dare, $b$ la velocità di apprendimento e $c$ il costo, in noia, di ogni
esposizione. L'apprendimento cresce fino a saturarsi; il costo della noia cresce in linea retta (il grafico lo
disegna sotto lo zero, perché si sottrae all'apprendimento). (Tutti i parametri sono **illustrativi**.) Con $A = 1$, $b = 0{,}8$ e $c = 0{,}08$:
""", r"""
### Un modèle stylisé

Pour raisonner sur des chiffres, nous utilisons un **modèle stylisé à visée pédagogique**, et non le modèle d'un article précis :

$$E(n) = \underbrace{A\left(1 - e^{-b\,n}\right)}_{\text{apprentissage}} \;-\; \underbrace{c\,n}_{\text{coût de l'ennui}}$$

où $n$ est le nombre d'expositions d'une même personne au message, $E(n)$ l'effet net (unités arbitraires), $A$ le
maximum que peut apporter l'apprentissage, $b$ la vitesse d'apprentissage et $c$ le coût en ennui de chaque
exposition. L'apprentissage croît puis sature ; le coût de l'ennui croît en ligne droite (le graphique le
trace en négatif, sous zéro, puisqu'il se retranche de l'apprentissage). (Tous les paramètres sont **illustratifs**.) Avec $A = 1$, $b = 0{,}8$ et $c = 0{,}08$ :
""")
L.code("""
n = np.arange(0, 9)
E = cl.repetition.two_factor_response(n, learn=1.0, rate=0.8, tedium=0.08)
print(E.round(3))
""")
md(r"""
L'effetto netto sale fino alla terza esposizione, poi cala. Ancora più chiaro è il **valore marginale**
dell'$n$-esima interruzione, $E(n) - E(n-1)$, cioè quanto aggiunge quella esposizione in più:
""", r"""
L'effet net monte jusqu'à la troisième exposition, puis baisse. Plus parlante encore est la **valeur marginale** de
la $n$-ième interruption, $E(n) - E(n-1)$, c'est-à-dire ce qu'ajoute cette exposition de plus :
""")
L.code("""
marginal = np.diff(E)
print(marginal.round(3))
""")
md(r"""
Ecco la risposta al titolo: la prima interruzione vale circa 0,47, la seconda 0,17, la terza 0,03, e dalla quarta
in poi il contributo è **negativo**. Il massimo sta dove l'apprendimento marginale eguaglia il costo marginale della
noia: annullando la derivata, $E'(n) = A\,b\,e^{-b n} - c = 0$, si trova il **numero ottimale di esposizioni**

$$n^* = \frac{1}{b}\,\ln\!\left(\frac{A\,b}{c}\right) \qquad \text{se } c < A\,b,$$

altrimenti $n^* = 0$: se fin dall'inizio il costo marginale della noia supera l'apprendimento marginale
($c \geq A\,b$), meglio non interrompere. Prima di $n^*$ siamo nella fase di *wear-in*, dopo nella fase di *wear-out*.
""", r"""
Voilà qui répond au titre : la première interruption vaut environ 0,47, la deuxième 0,17, la troisième 0,03, puis
la contribution devient **négative**. Le maximum se trouve là où l'apprentissage marginal égale le coût marginal de
l'ennui : en annulant la dérivée, $E'(n) = A\,b\,e^{-b n} - c = 0$, on obtient le **nombre optimal d'expositions**

$$n^* = \frac{1}{b}\,\ln\!\left(\frac{A\,b}{c}\right) \qquad \text{si } c < A\,b,$$

et sinon $n^* = 0$ : si, dès le départ, le coût marginal de l'ennui dépasse l'apprentissage marginal
($c \geq A\,b$), mieux vaut ne pas interrompre. Avant $n^*$, nous sommes dans la phase de *wear-in* ; après, dans celle de *wear-out*.
""")
L.code("""
n_star = cl.repetition.two_factor_optimum(learn=1.0, rate=0.8, tedium=0.08)
print(round(n_star, 2))
""")
md(r"""
Qui $n^* = \ln(10)/0{,}8 \approx 2{,}88$: circa tre esposizioni, conseguenza dei parametri scelti e non legge di
natura.
""", r"""
Ici, $n^* = \ln(10)/0{,}8 \approx 2{,}88$ : environ trois expositions, conséquence des paramètres choisis, et non
d'une loi de la nature.
""")
L.code("ax = cl.plots.two_factor()")
md(r"""
**Cosa notare.** L'effetto netto (linea continua con cerchi) è la somma dell'apprendimento (linea tratteggiata con
quadrati), che si satura, e del costo della noia (linea a tratto e punto con triangoli), disegnato sotto lo zero: una retta
che scende perché il costo cresce a ogni esposizione.
L'effetto netto sale in fretta, tocca il massimo a 2,88 esposizioni (circa 0,67, il punto grande sulla linea
verticale punteggiata) e poi scende quasi in linea retta, fino a tornare vicino allo zero alla dodicesima
esposizione: dodici interruzioni valgono quasi quanto nessuna, ma costano dodici volte una sola. Sull'asse in basso
sono segnate le due fasi, *wear-in* a sinistra dell'ottimo e *wear-out* a destra.
""", r"""
**À remarquer.** L'effet net (trait continu avec des ronds) est la somme de l'apprentissage (tirets avec des
carrés), qui sature, et du coût de l'ennui (trait mixte avec des triangles), tracé sous zéro : une droite
qui descend parce que le coût croît à chaque exposition. L'effet
net monte vite, atteint son maximum à 2,88 expositions (environ 0,67, le gros point sur la ligne verticale en
pointillés), puis redescend presque en ligne droite jusqu'à revenir près de zéro à la douzième exposition : douze
interruptions valent à peu près autant qu'aucune, mais coûtent douze fois plus qu'une seule. En bas du graphique
sont marquées les deux phases, le *wear-in* à gauche de l'optimum et le *wear-out* à droite.
""")
md(r"""
### Prova tu

I cursori regolano $A$, $b$ e $c$; il riquadro a destra dà $n^*$ e l'effetto massimo.

- La demo parte da una noia doppia ($c = 0{,}16$): in che direzione si è spostato l'ottimo rispetto al grafico
  precedente? Che cosa succede all'effetto massimo?
- Alza molto la velocità $b$, come per un messaggio semplice: servono più o meno ripetizioni?
- Riesci a trovare una combinazione in cui la fase di *wear-in* scompare? Quale condizione sui parametri la produce?
""", r"""
### À vous

Les curseurs règlent $A$, $b$ et $c$ ; l'encadré de droite donne $n^*$ et l'effet maximal.

- La démo part d'un ennui doublé ($c = 0{,}16$) : dans quelle direction l'optimum s'est-il déplacé par rapport
  au graphique précédent ? Que devient l'effet maximal ?
- Augmentez fortement la vitesse $b$, comme pour un message simple : faut-il plus ou moins de répétitions ?
- Trouvez-vous une combinaison où la phase de *wear-in* disparaît ? Quelle condition sur les paramètres la produit ?
""")
L.code("cl.demos.two_factor_demo(tedium=0.16)", demo=True)
md(r"""
Senza kernel (su GitHub, per esempio) vedi l'immagine calcolata con i valori iniziali della demo
($c = 0{,}16$); in JupyterLab le curve, l'ottimo e le due fasi seguono i cursori. Se $n^*$ cade oltre le 12 esposizioni
del grafico, il riquadro lo dice e il punto non viene disegnato.
""", r"""
Sans noyau Python actif (sur GitHub, par exemple), vous voyez l'image calculée avec les valeurs initiales
de la démo ($c = 0{,}16$) ; dans JupyterLab, les courbes, l'optimum et les deux phases suivent les curseurs.
Si $n^*$ tombe au-delà des 12 expositions du graphique, l'encadré l'indique et le point n'est pas dessiné.
""")

md(r"""
## 2. Quante volte raggiungere una persona: il lessico del media planning

Chi pianifica una campagna non ragiona su una persona sola, ma su un **pubblico obiettivo** (*target*). Quattro
misure, che ritroverai in ogni piano media:

- **copertura** (*reach*): la quota del pubblico obiettivo esposta **almeno una volta** alla campagna;
- **frequenza media**: il numero medio di esposizioni **per persona raggiunta**;
- **GRP** (*gross rating point*): le esposizioni ogni 100 persone del pubblico obiettivo, cioè copertura in
  percentuale × frequenza media; misurano la **pressione** della campagna, non quante persone raggiunge;
- **frequenza efficace**: il numero minimo di esposizioni ritenuto necessario perché il messaggio funzioni; la
  **copertura efficace** (per esempio «a 3+») è la quota del pubblico esposta almeno quel numero di volte.

Un esempio a mente: su 100 persone, 50 vedono lo spot due volte, 20 una volta e 30 mai. La copertura è del 70 %,
le esposizioni sono 50 × 2 + 20 = 120, quindi 120 GRP, e la frequenza media è 120/70 ≈ 1,7.

Lo stesso numero di GRP può nascondere piani molto diversi: pochi molto esposti (rischio di *wear-out*) o molti
esposti una volta sola (rischio di fermarsi all'inizio della fase di *wear-in*, prima che il messaggio sia
appreso). Per questo conta la **distribuzione** delle
esposizioni. Ecco quella di un piano di quattro settimane (numeri inventati per l'esercizio): quota del pubblico
esposta esattamente 0, 1, …, 6 volte (nel codice le colonne si chiamano `exposures` e `share_of_target`).
""", r"""
## 2. Combien de fois toucher une personne : le vocabulaire du média-planning

Le média-planneur ne raisonne pas sur une personne, mais sur une **cible**. Quatre mesures, que vous retrouverez
dans tout plan média :

- **couverture** (*reach*) : la part de la cible exposée **au moins une fois** à la campagne ;
- **répétition moyenne** : le nombre moyen d'expositions **par personne touchée** ;
- **GRP** (*gross rating points*) : les expositions pour 100 personnes de la cible, c'est-à-dire la couverture en
  pourcentage × la répétition moyenne ; ils mesurent la **pression** de la campagne, pas le nombre de personnes
  touchées ;
- **répétition utile** (ou fréquence efficace) : le nombre minimal d'expositions jugé nécessaire pour que le
  message agisse ; la **couverture utile** (par exemple « à 3+ ») est la part de la cible exposée au moins ce
  nombre de fois.

Un petit calcul, à faire de tête : sur 100 personnes, 50 voient le spot deux fois, 20 une fois et 30 jamais. La
couverture est de 70 %, on compte 50 × 2 + 20 = 120 expositions, soit 120 GRP, et la répétition moyenne vaut 120/70 ≈ 1,7.

Un même nombre de GRP peut cacher des plans très différents : peu de personnes très exposées (risque de
*wear-out*) ou beaucoup de personnes exposées une seule fois (risque de rester en deçà de la répétition utile). C'est
pourquoi la **distribution** des expositions compte. Voici celle d'un plan de quatre semaines (chiffres inventés
pour l'exercice) : part de la cible exposée exactement 0, 1, …, 6 fois (dans le code, les colonnes s'appellent `exposures` et
`share_of_target`).
""")
L.code("""
plan = pd.DataFrame({"exposures": range(7), "share_of_target": cl.repetition.EXAMPLE_PLAN_SHARES})
cl.tables.localize(plan)
""")
md(r"""
Il 35 % del pubblico non vede mai il messaggio: la copertura del piano è quindi del 65 %. Quanti GRP vale il piano,
e quante persone arrivano ad almeno tre esposizioni? Lo calcolerai negli esercizi 03.3 e 03.4.

Perché proprio tre? H. E. Krugman (1972), in un articolo intitolato «Why three exposures may be enough»,
suggerì che tre esposizioni fossero di solito la frequenza ottimale; da allora «3+» è una soglia convenzionale dei
piani media, non una legge. Il nostro $n^* \approx 2{,}88$ vi somiglia solo perché abbiamo scelto così i parametri.
Nel media planning francese si usa anche il **beta di memorizzazione** attribuito a Morgensztern: se una quota
$\beta$ del pubblico memorizza il messaggio alla prima esposizione, dopo $n$ esposizioni lo ricorda
$1 - (1 - \beta)^n$. È esattamente il termine di apprendimento del nostro modello con $A = 1$ e
$e^{-b} = 1 - \beta$: con $b = 0{,}8$, $\beta = 1 - e^{-0{,}8} \approx 0{,}55$, un valore volutamente alto, scelto per
l'illustrazione. (La formula circola in manuali e dispense francesi di media planning; non se ne conosce con
certezza la pubblicazione originale, né l'anno.)
""", r"""
35 % de la cible ne voit jamais le message : la couverture du plan est donc de 65 %. Combien de GRP vaut le plan,
et combien de personnes atteignent au moins trois expositions ? Vous le calculerez dans les exercices 03.3 et 03.4.

Pourquoi trois ? H. E. Krugman (1972), dans un article intitulé *Why three exposures may be enough*, a suggéré
que trois expositions étaient en général la fréquence optimale ; depuis, « 3+ » est un seuil conventionnel des
plans média, pas une loi. Notre $n^* \approx 2{,}88$ lui ressemble seulement parce que nous avons choisi ainsi les
paramètres. Les cours français de média-planning utilisent aussi le **bêta de mémorisation** attribué à
Morgensztern : si une part $\beta$ de la cible mémorise le message dès la première exposition, après $n$ expositions
la mémorisation vaut $1 - (1 - \beta)^n$. C'est exactement le terme d'apprentissage de notre modèle, avec $A = 1$ et
$e^{-b} = 1 - \beta$ : avec $b = 0{,}8$, $\beta = 1 - e^{-0{,}8} \approx 0{,}55$, une valeur volontairement élevée,
choisie pour l'illustration. (Cette formule est transmise par les manuels et les supports de cours de
média-planning ; sa publication d'origine reste à identifier.)
""")

md(r"""
## 3. L'oblio: perché si ripete comunque

Perché ripetere comunque? Perché la memoria **si svuota**: di uno spot visto oggi sulla Rai o su una rete Mediaset,
fra un mese resterà un ricordo molto più sbiadito. La **curva dell'oblio** dà la quota di ricordo $R(t)$ che rimane
dopo $t$ settimane dall'ultima esposizione. Due forme classiche:

$$R_{\exp}(t) = e^{-t/S} \qquad\qquad R_{\text{pot}}(t) = \left(1 + \frac{t}{\tau}\right)^{-d}$$

Nella forma **esponenziale** $S$ è la stabilità del ricordo (in settimane): ogni settimana si perde la stessa
*frazione* di ciò che resta. Nella forma **a legge di potenza** $\tau$ è una scala di tempo e $d$ l'esponente di
decadimento: si dimentica in fretta all'inizio, poi sempre più lentamente. Ecco le quote conservate dopo 0, 1, 4, 8
e 26 settimane:
""", r"""
## 3. L'oubli : pourquoi on répète malgré tout

Pourquoi répéter malgré tout ? Parce que la mémoire **se vide** : un spot vu aujourd'hui sur TF1 sera bien moins
présent à l'esprit dans un mois. La **courbe de l'oubli** donne la part du souvenir $R(t)$ qui subsiste $t$ semaines
après la dernière exposition. Deux formes classiques :

$$R_{\exp}(t) = e^{-t/S} \qquad\qquad R_{\text{p}}(t) = \left(1 + \frac{t}{\tau}\right)^{-d}$$

Dans la forme **exponentielle**, $S$ est la stabilité du souvenir (en semaines) : chaque semaine, on perd la même
*fraction* de ce qui reste. Dans la forme **en loi de puissance**, $\tau$ est une échelle de temps et $d$
l'exposant de décroissance : on oublie vite au début, puis de plus en plus lentement. Voici les parts conservées
après 0, 1, 4, 8 et 26 semaines :
""")
L.code("""
t = np.array([0, 1, 4, 8, 26])
print(cl.memory.retention_exponential(t, stability=4.0).round(3))
print(cl.memory.retention_power(t, tau=1.0, d=0.8).round(3))
""")
L.code("ax = cl.plots.forgetting_curves()")
md(r"""
**Cosa notare.** Con questi parametri illustrativi la legge di potenza (linea tratteggiata con quadrati) scende
**più in fretta** dell'esponenziale (linea continua con cerchi) nelle prime settimane, poi si appiattisce: le curve
si incrociano fra la sesta e la settima settimana e dopo 26 settimane la legge di potenza conserva ancora circa il
7 % del ricordo, l'esponenziale quasi nulla. È la coda che decide se un vecchio spot lascia una traccia.
""", r"""
**À remarquer.** Avec ces paramètres illustratifs, la loi de puissance (tirets avec des carrés) descend **plus
vite** que l'exponentielle (trait continu avec des ronds) les premières semaines, puis s'aplatit : les courbes se
croisent entre la sixième et la septième semaine et, après 26 semaines, la loi de puissance conserve encore environ
7 % du souvenir, l'exponentielle presque rien. C'est la queue de la courbe qui décide si un ancien spot laisse une
trace.
""")
md(r"""
### Imparare e dimenticare settimana per settimana

Uniamo apprendimento e oblio in un modello di **notorietà** $a_t$ (quota di persone che ricordano la marca alla
settimana $t$, fra 0 e 1):

$$a_t = a_{t-1} + \alpha\,x_t\,(1 - a_{t-1}) - \delta\,a_{t-1}$$

dove $x_t$ è l'esposizione della settimana (1 = un messaggio, 0 = nessuno), $\alpha$ la quota di chi non conosce
ancora la marca che la impara a ogni esposizione e $\delta$ la quota di chi la conosce che la dimentica ogni
settimana. Il fattore $(1 - a_{t-1})$ è la saturazione: si può far conoscere la marca solo a chi non la conosce
ancora. Confrontiamo due piani con **lo stesso totale** di 13 messaggi in 52 settimane: una **campagna
concentrata** (*burst*: 13 settimane di fila, poi silenzio) e una **campagna distribuita** (un messaggio ogni 4
settimane), con $\alpha = 0{,}3$ e $\delta = 0{,}1$ (valori illustrativi).
""", r"""
### Apprendre et oublier semaine après semaine

Réunissons apprentissage et oubli dans un modèle de **notoriété** $a_t$ (part des personnes qui se souviennent de
la marque la semaine $t$, entre 0 et 1) :

$$a_t = a_{t-1} + \alpha\,x_t\,(1 - a_{t-1}) - \delta\,a_{t-1}$$

où $x_t$ est l'exposition de la semaine (1 = un message, 0 = aucun), $\alpha$ la part des personnes qui ne
connaissent pas encore la marque et l'apprennent à chaque exposition, et $\delta$ la part de celles qui la
connaissent et l'oublient chaque semaine. Le facteur $(1 - a_{t-1})$ traduit la saturation : on ne peut faire
connaître la marque qu'à ceux qui ne la connaissent pas encore. Comparons deux plans avec **le même total** de 13
messages en 52 semaines : une **campagne concentrée** (*burst* : 13 semaines d'affilée, puis le silence) et une
**campagne étalée** (un message toutes les 4 semaines), avec $\alpha = 0{,}3$ et $\delta = 0{,}1$ (valeurs
illustratives).
""")
L.code("""
burst = cl.memory.schedule("burst", n_periods=52, total=13)
spread = cl.memory.schedule("spread", n_periods=52, total=13, period=4)
print(burst.sum(), spread.sum())
a_burst = cl.memory.awareness_path(burst, learn=0.3, forget=0.1)
a_spread = cl.memory.awareness_path(spread, learn=0.3, forget=0.1)
print(round(a_burst.max(), 2), round(a_spread.max(), 2))
print(round(a_burst[-1], 2), round(a_spread[-1], 2))
""")
md(r"""
Stessi 13 messaggi: la campagna concentrata tocca un picco più alto (0,75 contro 0,53), ma a fine anno la marca è
quasi dimenticata (0,01 contro 0,39).
""", r"""
Avec les mêmes 13 messages, la campagne concentrée culmine plus haut (0,75 contre 0,53) mais, en fin d'année, la
marque est presque oubliée (0,01 contre 0,39).
""")
L.code("ax = cl.plots.burst_vs_spread()")
md(r"""
**Cosa notare.** La campagna concentrata (linea continua con cerchi) sale in fretta nelle prime 13 settimane e
crolla appena i messaggi si fermano; la campagna distribuita (linea tratteggiata con quadrati) sale a dente di sega
(ogni richiamo rinfresca il ricordo) e, dalla settimana 17 circa, resta sempre sopra. Le barre basse segnano le
settimane con un messaggio. Per un lancio conta il picco; per restare presenti tutto l'anno conviene distribuire.
È un confronto qualitativo con parametri illustrativi, non la stima di una campagna reale.
""", r"""
**À remarquer.** La campagne concentrée (trait continu avec des ronds) monte vite pendant les 13 premières semaines
et s'effondre dès que les messages s'arrêtent ; la campagne étalée (tirets avec des carrés) monte en dents de scie
(chaque rappel ravive le souvenir) et reste au-dessus à partir de la semaine 17 environ. Les petites barres marquent
les semaines avec un message. Pour un lancement, mieux vaut viser le pic ; pour une présence tout au long de
l'année, l'étalement. C'est une comparaison qualitative, avec des paramètres illustratifs, pas l'estimation d'une
campagne réelle.
""")

# --- exercises ----------------------------------------------------------------------------------
md(r"""
## 4. Esercizi

### Esercizio 03.1 — Due fattori o due fasi?

Quale affermazione sul modello dei due fattori è corretta?

- **a)** Il *wear-in* è la curva dell'apprendimento, il *wear-out* è la retta della noia.
- **b)** Il *wear-in* è la fase in cui l'effetto netto sale, il *wear-out* quella in cui scende; si passa dall'una all'altra al numero ottimale $n^*$.
- **c)** Il *wear-out* comincia quando l'effetto netto diventa negativo.
- **d)** Il *wear-out* comincia alla prima esposizione, perché la noia c'è fin dall'inizio.

Rispondi con una lettera tra virgolette, per esempio `answer = "a"`.
""", r"""
## 4. Exercices

### Exercice 03.1 — Deux facteurs ou deux phases ?

Quelle affirmation sur le modèle à deux facteurs est correcte ?

- **a)** Le *wear-in* est la courbe de l'apprentissage, le *wear-out* la droite de l'ennui.
- **b)** Le *wear-in* est la phase où l'effet net monte, le *wear-out* celle où il baisse ; on passe de l'une à l'autre au nombre optimal $n^*$.
- **c)** Le *wear-out* commence quand l'effet net devient négatif.
- **d)** Le *wear-out* commence dès la première exposition, puisque l'ennui existe dès le début.

Répondez par une lettre entre guillemets, par exemple `answer = "a"`.
""")
L.code('answer = None  # "a" | "b" | "c" | "d"\ncheck("03.1", answer)')
L.solution('answer = "b"\ncheck("03.1", answer)',
           it_text="Apprendimento e noia agiscono insieme a ogni esposizione; il loro saldo, l'effetto netto, "
                   "prima sale (*wear-in*) e poi scende (*wear-out*). Il punto di svolta è $n^*$, molto prima che "
                   "l'effetto netto diventi negativo.",
           fr_text=fr("L'apprentissage et l'ennui agissent ensemble à chaque exposition ; leur solde, l'effet net, "
                      "monte d'abord (*wear-in*) puis baisse (*wear-out*). Le tournant est $n^*$, bien avant que "
                      "l'effet net devienne négatif."))

md(r"""
### Esercizio 03.2 — Un messaggio più ricco, un pubblico più insofferente

Un messaggio complesso ha più da insegnare ($A = 1{,}5$), si impara più lentamente ($b = 0{,}6$) e annoia di più
($c = 0{,}1$). Qual è il numero ottimale di esposizioni $n^*$? Usa la formula (con una calcolatrice: $\ln$ è il
logaritmo naturale) oppure `cl.repetition.two_factor_optimum`.
""", r"""
### Exercice 03.2 — Un message plus riche, un public plus impatient

Un message complexe a davantage à transmettre ($A = 1{,}5$), s'apprend plus lentement ($b = 0{,}6$) et lasse
davantage ($c = 0{,}1$). Quel est le nombre optimal d'expositions $n^*$ ? Utilisez la formule (à la calculatrice :
$\ln$ est le logarithme népérien) ou `cl.repetition.two_factor_optimum`.
""")
L.code('answer = None  # n*\ncheck("03.2", answer)')
L.solution("answer = cl.repetition.two_factor_optimum(learn=1.5, rate=0.6, tedium=0.1)\nprint(round(answer, 2))\ncheck(\"03.2\", answer)",
           it_text="$A\\,b/c = 9$, quindi $n^* = \\ln(9)/0{,}6 \\approx 3{,}66$: più esposizioni, perché si impara "
                   "più lentamente.",
           fr_text=fr("$A\\,b/c = 9$, donc $n^* = \\ln(9)/0{,}6 \\approx 3{,}66$ : davantage d'expositions, parce "
                      "qu'on apprend plus lentement."))

md(r"""
### Esercizio 03.3 — I GRP del piano

Con la tabella `plan` della sezione 2, quanti **GRP** vale il piano? (Somma «numero di esposizioni × quota del
pubblico» e riporta il risultato a 100 persone.)
""", r"""
### Exercice 03.3 — Les GRP du plan

Avec la table `plan` de la section 2, combien de **GRP** vaut le plan ? (Faites la somme de « nombre d'expositions ×
part de la cible » et ramenez le résultat à 100 personnes.)
""")
L.code('answer = None  # GRP\ncheck("03.3", answer)')
L.solution("""answer = 100 * (plan["exposures"] * plan["share_of_target"]).sum()
print(round(answer, 1))
check("03.3", answer)""",
           it_text="0 × 0,35 + 1 × 0,20 + 2 × 0,15 + 3 × 0,12 + 4 × 0,08 + 5 × 0,06 + 6 × 0,04 = 1,72 esposizioni "
                   "per persona del pubblico, cioè 172 GRP. Con una copertura del 65 %, la frequenza media è "
                   "172/65 ≈ 2,6.",
           fr_text=fr("0 × 0,35 + 1 × 0,20 + 2 × 0,15 + 3 × 0,12 + 4 × 0,08 + 5 × 0,06 + 6 × 0,04 = 1,72 "
                      "exposition par personne de la cible, soit 172 GRP. Avec une couverture de 65 %, la "
                      "répétition moyenne vaut 172/65 ≈ 2,6."))

md(r"""
### Esercizio 03.4 — Copertura efficace

Quale **percentuale** del pubblico obiettivo è esposta **almeno 3 volte** (copertura efficace a 3+)?
""", r"""
### Exercice 03.4 — Couverture utile

Quel **pourcentage** de la cible est exposé **au moins 3 fois** (couverture utile à 3+) ?
""")
L.code('answer = None  # %\ncheck("03.4", answer)')
L.solution("""answer = 100 * plan.loc[plan["exposures"] >= 3, "share_of_target"].sum()
print(round(answer, 1))
check("03.4", answer)""",
           it_text="12 % + 8 % + 6 % + 4 % = 30 %: meno della metà delle persone raggiunte (65 %) arriva alla soglia "
                   "convenzionale di tre esposizioni.",
           fr_text=fr("12 % + 8 % + 6 % + 4 % = 30 % : moins de la moitié des personnes touchées (65 %) atteint le "
                      "seuil conventionnel de trois expositions."))

md(r"""
### Esercizio 03.5 (argomentato) — Tutto sui saldi?

Una catena di arredamento ha un budget TV fisso per l'anno. Il responsabile marketing propone di concentrare tutti
i passaggi nelle tre settimane dei saldi di gennaio: «così li vedono tutti, e tante volte». Valuta la proposta in
5–8 righe, usando almeno due strumenti della lezione, e formula una raccomandazione.
""", r"""
### Exercice 03.5 (argumenté) — Tout sur les soldes ?

Une enseigne d'ameublement dispose d'un budget télévision fixe pour l'année. Le directeur marketing propose de
concentrer tous les passages sur les trois semaines des soldes de janvier : « comme ça, tout le monde les voit, et
plusieurs fois ». Évaluez la proposition en 5 à 8 lignes, en vous appuyant sur au moins deux outils de la leçon,
et formulez une recommandation.
""")
md(r"""
<details>
<summary>Risposta modello (apri dopo aver scritto la tua)</summary>

La proposta serve un obiettivo, il picco di attenzione durante i saldi, ma ne sacrifica un altro, la presenza nel
resto dell'anno. Nel confronto fra calendari la campagna concentrata tocca il picco più alto ma a fine anno la marca
è quasi dimenticata: la memoria si svuota. Inoltre, concentrare molti GRP in tre settimane alza la frequenza per
persona: chi vede lo spot dieci volte è ben oltre $n^*$, in piena fase di *wear-out*, mentre una parte del pubblico
resta comunque fuori dalla copertura. Raccomandazione: una quota del budget per i saldi, puntando a portare la
maggior parte del pubblico obiettivo ad almeno 3 esposizioni (copertura 3+) senza superarne, per esempio, 5–6 a
persona, e il resto distribuito nell'anno; misurare copertura, copertura 3+ e notorietà prima e dopo. I parametri dei modelli sono illustrativi:
vanno stimati sui dati della catena.

</details>
""", r"""
<details>
<summary>Réponse modèle (à ouvrir après avoir rédigé la vôtre)</summary>

La proposition sert un objectif, le pic d'attention pendant les soldes, mais en sacrifie un autre, la présence le
reste de l'année. Dans la comparaison des calendriers, la campagne concentrée culmine plus haut mais, en fin
d'année, la marque est presque oubliée : la mémoire se vide. De plus, concentrer beaucoup de GRP sur trois semaines
fait monter la répétition par personne : qui voit le spot dix fois est bien au-delà de $n^*$, en plein *wear-out*,
tandis qu'une partie de la cible reste hors de la couverture. Recommandation : une part du budget pour les soldes,
en visant la répétition utile (3 expositions ou plus) pour la majorité de la cible sans dépasser un plafond par
personne (par exemple 5 ou 6 expositions), et le reste étalé sur l'année ; mesurer la couverture, la couverture à 3+ et la notoriété avant et après. Les paramètres
des modèles sont illustratifs : il faut les estimer sur les données de l'enseigne.

</details>
""")
md(r"""
<details>
<summary>Griglia di valutazione</summary>

- **2 punti**: distingue i due obiettivi (picco durante i saldi, presenza nell'anno) e dice quale la proposta sacrifica.
- **2 punti**: usa l'oblio o il confronto fra campagna concentrata e distribuita.
- **2 punti**: usa la frequenza per persona (*wear-out*, $n^*$, frequenza efficace o GRP), distinguendo pressione e copertura.
- **2 punti**: raccomandazione concreta, con indicatori misurabili e la cautela sui parametri illustrativi.

</details>
""", r"""
<details>
<summary>Grille d'évaluation</summary>

- **2 points** : distingue les deux objectifs (pic pendant les soldes, présence sur l'année) et dit lequel la proposition sacrifie.
- **2 points** : mobilise l'oubli ou la comparaison entre campagne concentrée et campagne étalée.
- **2 points** : mobilise la répétition par personne (*wear-out*, $n^*$, répétition utile ou GRP), en distinguant pression et couverture.
- **2 points** : recommandation concrète, avec des indicateurs mesurables et la prudence sur les paramètres illustratifs.

</details>
""")

md(r"""
## Riepilogo

- Ripetere ha due effetti opposti, i due fattori: l'apprendimento, che si satura, e la noia, che cresce a ogni
  esposizione. Il loro saldo, l'effetto netto, prima sale (*wear-in*) e poi scende (*wear-out*).
- Nel modello stilizzato $E(n) = A(1 - e^{-bn}) - cn$ il numero ottimale di esposizioni è $n^* = \ln(Ab/c)/b$ se
  $c < Ab$ (qui $\approx 2{,}88$, in pratica tre esposizioni); dalla quarta in poi ogni interruzione in più vale
  meno di zero.
- Un piano media si descrive con copertura, frequenza media e GRP (copertura in % × frequenza media); la copertura
  efficace conta chi arriva alla soglia di frequenza scelta, per convenzione spesso 3+ (Krugman 1972).
- La memoria si svuota, per questo si ripete. A parità di messaggi, la campagna concentrata ha il picco più alto,
  quella distribuita chiude l'anno più in alto.

Nella [lezione 4](04_stanchezza_tetti_e_dati_reali.ipynb) guardiamo il **tempo** fra un messaggio e l'altro: la
stanchezza che si accumula, i tetti di frequenza fissati dalla legge e i dati reali di una campagna di
telemarketing.
""", r"""
## En résumé

- Répéter a deux effets opposés, les deux facteurs : l'apprentissage, qui sature, et l'ennui, qui croît à chaque
  exposition. Leur solde, l'effet net, monte d'abord (*wear-in*) puis baisse (*wear-out*).
- Dans le modèle stylisé $E(n) = A(1 - e^{-bn}) - cn$, le nombre optimal d'expositions est $n^* = \ln(Ab/c)/b$ si
  $c < Ab$ (ici $\approx 2{,}88$, en pratique trois expositions) ; à partir de la quatrième, chaque interruption
  supplémentaire vaut moins que rien.
- Un plan média se décrit par la couverture, la répétition moyenne et les GRP (couverture en % × répétition
  moyenne) ; la couverture utile compte les personnes qui atteignent le seuil de répétition choisi, souvent 3+ par
  convention (Krugman 1972).
- La mémoire se vide, c'est pourquoi on répète. À nombre de messages égal, la campagne concentrée atteint le pic le
  plus élevé, la campagne étalée termine l'année plus haut.

Dans la [leçon 4](04_lassitude_plafonds_et_donnees_reelles.ipynb), nous regardons le **temps** qui sépare deux
messages : la lassitude qui s'accumule, les plafonds de fréquence fixés par la loi et les données réelles d'une
campagne de télémarketing.
""")
md("### Termini chiave", "### Termes clés")
L.code("""
cl.glossary.key_terms([
    "two_factor_theory", "wear_in", "wear_out", "optimal_number_of_exposures",
    "reach", "average_frequency", "grp", "effective_frequency", "effective_reach", "memorisation_beta",
    "forgetting_curve", "awareness", "burst_schedule", "spread_schedule",
])
""")
md(r"""
## Fonti

- Berlyne, D. E. (1970), «Novelty, complexity, and hedonic value», *Perception & Psychophysics* 8(5), 279–286,
  doi:10.3758/BF03212593.
- Cacioppo, J. T. e Petty, R. E. (1979), «Effects of message repetition and position on cognitive response,
  recall, and persuasion», *Journal of Personality and Social Psychology* 37(1), 97–109.
- Krugman, H. E. (1972), «Why three exposures may be enough», *Journal of Advertising Research*, dicembre 1972.
- Il beta di memorizzazione di Morgensztern è citato da manuali e dispense di media planning; non se ne conosce con
  certezza la pubblicazione originale.
- I modelli di questa lezione (due fattori, curve dell'oblio, notorietà) sono stilizzazioni didattiche con
  parametri illustrativi; il piano media degli esercizi è inventato.
""", r"""
## Sources

- Berlyne, D. E. (1970), « Novelty, complexity, and hedonic value », *Perception & Psychophysics* 8(5), 279–286,
  doi:10.3758/BF03212593.
- Cacioppo, J. T. et Petty, R. E. (1979), « Effects of message repetition and position on cognitive response,
  recall, and persuasion », *Journal of Personality and Social Psychology* 37(1), 97–109.
- Krugman, H. E. (1972), « Why three exposures may be enough », *Journal of Advertising Research*, décembre 1972.
- Le bêta de mémorisation de Morgensztern est cité par des manuels et des supports de cours de média-planning ;
  sa publication d'origine reste à identifier.
- Les modèles de cette leçon (deux facteurs, courbes de l'oubli, notoriété) sont des stylisations pédagogiques aux
  paramètres illustratifs ; le plan média des exercices est inventé.
""")

if __name__ == "__main__":
    L.build(execute_nb="--no-exec" not in sys.argv)

"""Lesson 04 — fatigue, caps and real data (it/fr). Build: PYTHONPATH=. python scripts/lessons/l04.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from lesson_builder import Lesson  # noqa: E402
from _fr import fr  # noqa: E402

L = Lesson("04", it="04_stanchezza_tetti_e_dati_reali", fr="04_lassitude_plafonds_et_donnees_reelles")


def md(it, fr_text, tags=()):
    L.md(it=it, fr=fr(fr_text), tags=tags)


md(r"""
# Lezione 4 — Stanchezza, tetti di frequenza e dati reali

La terza telefonata dello stesso call center in una settimana non convince: irrita. Nella lezione 3 abbiamo
contato le esposizioni; qui guardiamo **quando** arrivano. La stanchezza si accumula con i messaggi ravvicinati e si
smaltisce nelle pause; la legge, in Italia e in Francia, regola questi contatti, e la Francia ora chiede il consenso
preventivo; infine, i dati reali
di una banca mostrano quanto rende ogni chiamata in più, purché li si legga con cautela.

**Obiettivi di apprendimento.** Alla fine della lezione saprai:

1. descrivere la stanchezza come uno *stock* che si accumula e si smaltisce, e dire come agisce su risposte e disiscrizioni;
2. confrontare le regole italiane e francesi sul telemarketing, compreso il passaggio francese al consenso preventivo dell'agosto 2026;
3. leggere i dati reali di una campagna bancaria: tasso di conversione, intervallo di confidenza, resa della $k$-esima chiamata, e perché la lettura è descrittiva e non causale;
4. usare una simulazione per discutere quante chiamate al mese fare.

**Prerequisiti.** Lezione 3; saper leggere una percentuale.

**Tempo stimato.** Circa 45 minuti: 25 di lettura, grafici e demo, 20 per gli esercizi 04.1, 04.2, 04.4 e 04.5.
Le parti facoltative (gli *odds* nella sezione 3, l'esercizio 04.3) richiedono una decina di minuti in più.

**Percorso senza codice.** Esegui le celle dall'alto in basso (menu *Run → Run All Cells*), leggi, guarda i grafici
e muovi i cursori. Gli esercizi 04.1 e 04.5 non richiedono codice; 04.2 e 04.3 si risolvono con una calcolatrice
a partire dalle tabelle stampate, 04.4 su un calendario: basta scrivere il numero al posto di `None`.
""", r"""
# Leçon 4 — Lassitude, plafonds de fréquence et données réelles

Le troisième appel du même centre d'appels dans la semaine agace plus qu'il ne convainc. Dans la leçon 3, nous
avons compté les expositions ; ici, nous regardons **quand** elles arrivent. La lassitude s'accumule quand les
messages se rapprochent et se résorbe pendant les pauses ; la loi, en Italie et en France, encadre ces contacts, et
la France exige désormais le consentement préalable ; enfin, les données réelles d'une banque montrent ce que rapporte chaque appel supplémentaire,
à condition de les lire avec prudence.

**Objectifs d'apprentissage.** À la fin de la leçon, vous saurez :

1. décrire la lassitude comme un *stock* qui s'accumule puis se résorbe, et dire comment elle agit sur les réponses et les désabonnements ;
2. comparer les règles italiennes et françaises du démarchage téléphonique, y compris le passage français au consentement préalable en août 2026 ;
3. lire les données réelles d'une campagne bancaire : taux de conversion, intervalle de confiance, rendement du $k$-ième appel, et pourquoi cette lecture est descriptive et non causale ;
4. utiliser une simulation pour discuter du nombre d'appels à passer par mois.

**Prérequis.** Leçon 3 ; savoir lire un pourcentage.

**Durée estimée.** Environ 45 minutes : 25 pour la lecture, les graphiques et la démo, 20 pour les exercices
04.1, 04.2, 04.4 et 04.5. Les parties facultatives (la cote dans la section 3, l'exercice 04.3) demandent une
dizaine de minutes de plus.

**Parcours sans code.** Exécutez les cellules de haut en bas (menu *Run → Run All Cells*), lisez, regardez les
graphiques et déplacez les curseurs. Les exercices 04.1 et 04.5 ne demandent pas de code ; 04.2 et 04.3 se font à
la calculatrice avec les tableaux affichés, 04.4 sur un calendrier : écrivez le nombre à la place de `None`.
""")
md("Una sola cella prepara tutto: libreria del corso, lingua dei grafici e funzione `check` per gli esercizi.",
   "Une seule cellule prépare tout : bibliothèque du cours, langue des graphiques et fonction `check` des exercices.")
L.setup("import numpy as np\nimport pandas as pd\nfrom course_lib.exercises import check")

md(r"""
## 1. La stanchezza, uno stock che si accumula e si smaltisce

Il modello dei due fattori conta le esposizioni, ma non dice **quando** arrivano: tre e-mail in un giorno pesano
più di tre e-mail in tre mesi. Nel marketing si chiama ***adstock*** (o effetto di trascinamento) l'effetto residuo
della pubblicità passata, che decade nel tempo e si somma a quello delle nuove esposizioni. Usiamo la stessa
logica per il fastidio: la stanchezza è uno **stock** $F_t$, alimentato dagli invii e svuotato dal tempo,

$$F_t = \rho\,F_{t-1} + s_t$$

dove $s_t$ è il numero di messaggi (o chiamate) nel periodo $t$ e $\rho \in [0, 1)$ la quota di stanchezza che
resta da un periodo all'altro. Lo stock si dimezza in $t_{1/2} = \ln 0{,}5 / \ln \rho$ periodi: l'**emivita** della
stanchezza. È una misura della **pressione pubblicitaria** (si dice anche pressione commerciale) che tiene conto del tempo. Un esempio: tre messaggi di fila, una pausa, un quarto messaggio, con $\rho = 0{,}7$.
""", r"""
## 1. La lassitude, un stock qui s'accumule et se résorbe

Le modèle à deux facteurs compte les expositions, mais ne dit pas **quand** elles arrivent : trois courriels le
même jour pèsent plus lourd que trois courriels en trois mois. En marketing, on appelle ***adstock*** (effet de
rémanence) l'effet résiduel de la publicité passée, qui décroît avec le temps et s'ajoute à celui des nouvelles
expositions. Nous appliquons la même logique à l'agacement : la lassitude est un **stock** $F_t$, alimenté par les
envois et vidé par le temps,

$$F_t = \rho\,F_{t-1} + s_t$$

où $s_t$ est le nombre de messages (ou d'appels) de la période $t$ et $\rho \in [0\,;1[$ la part de lassitude qui
subsiste d'une période à l'autre. Le stock est divisé par deux en $t_{1/2} = \ln 0{,}5 / \ln \rho$ périodes : la
**demi-vie** de la lassitude. C'est une mesure de la **pression publicitaire** (on parle aussi de pression commerciale) qui tient compte du temps. Un exemple : trois
messages d'affilée, une pause, un quatrième message, avec $\rho = 0{,}7$.
""")
L.code("""
sends = np.array([1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0])
F = cl.fatigue.fatigue_stock(sends, retention=0.7)
print(F.round(2))
print(round(cl.fatigue.recovery_half_life(0.7), 2))
""")
md(r"""
Tre messaggi di fila portano lo stock a 2,19; cinque periodi di silenzio lo riportano sotto 0,4. Con $\rho = 0{,}7$
l'emivita è di circa 1,9 periodi.

Due conseguenze, con parametri **illustrativi**. L'**assuefazione**: la probabilità di rispondere a un messaggio
cala con la stanchezza lasciata dai messaggi **precedenti** (lo stock *prima* dell'invio, `F_before` nel codice),
$p = p_0\,e^{-\kappa F}$ ($p_0$: probabilità di risposta di una persona «fresca»; $\kappa$: peso di un'unità
di stanchezza). La **disiscrizione** (la persona chiede di non ricevere più messaggi): la sua
probabilità cresce con lo stock *dopo* l'invio, perché anche il messaggio appena arrivato pesa,
$u = 1 - e^{-(\eta_0 + \eta_1 F)}$ ($\eta_0$: rischio di base; $\eta_1$: rischio in più per unità di stanchezza).
""", r"""
Trois messages de suite portent le stock à 2,19 ; cinq périodes de silence le ramènent sous 0,4. Avec
$\rho = 0{,}7$, la demi-vie est d'environ 1,9 période.

Deux conséquences, avec des paramètres **illustratifs**. L'**accoutumance** : la probabilité de répondre à un
message baisse avec la lassitude laissée par les messages **précédents** (le stock *avant* l'envoi,
`F_before` dans le code), $p = p_0\,e^{-\kappa F}$ ($p_0$ : probabilité de réponse d'une personne « reposée » ;
$\kappa$ : poids d'une unité de lassitude). Le **désabonnement** (la personne demande à ne plus recevoir de
messages) : sa probabilité augmente avec le stock *après* l'envoi, car le message qui vient d'arriver pèse lui
aussi, $u = 1 - e^{-(\eta_0 + \eta_1 F)}$ ($\eta_0$ : risque de base ; $\eta_1$ : risque supplémentaire par unité
de lassitude).
""")
L.code("""
F_before = np.concatenate([[0.0], F[:-1]])
p = cl.fatigue.engagement_probability(F_before, base=0.2, kappa=0.15)
u = cl.fatigue.unsubscribe_hazard(F, eta0=0.002, eta1=0.002)
print((100 * p[sends > 0]).round(1))
print((100 * u[sends > 0]).round(2))
""")
md(r"""
La probabilità di risposta ai quattro messaggi è del 20 %, 17,2 %, 15,5 % e, dopo la pausa, 18,9 %; la probabilità
di disiscrizione sale dallo 0,40 % allo 0,64 % e torna allo 0,45 %. La pausa restituisce quasi tutta l'attenzione.
Il grafico seguente usa un altro calendario: quattro invii di fila (periodi 1–4), poi due invii isolati
(periodi 12 e 20).
""", r"""
Les quatre messages obtiennent des probabilités de réponse de 20 %, 17,2 %, 15,5 % puis, après la pause, 18,9 % ;
la probabilité de désabonnement passe de 0,40 % à 0,64 % puis retombe à 0,45 %. La pause restaure presque
entièrement l'attention. Le graphique suivant utilise un autre calendrier : quatre envois d'affilée
(périodes 1 à 4), puis deux envois isolés (périodes 12 et 20).
""")
L.code("ax = cl.plots.fatigue_stock()")
md(r"""
**Cosa notare.** Le barre grigie sono gli invii. Quattro invii di fila portano lo stock (linea continua con cerchi,
asse di sinistra) a circa 2,5 e la probabilità di risposta (linea tratteggiata con quadrati, asse di destra) scende
dal 20 % a meno del 14 %; nel silenzio lo stock si svuota e la risposta torna vicina al 20 %. Gli invii isolati dei
periodi 12 e 20 alzano lo stock solo poco sopra 1: distanziare i messaggi consuma molta meno attenzione.
""", r"""
**À remarquer.** Les barres grises sont les envois. Quatre envois d'affilée portent le stock (trait continu avec
des ronds, axe de gauche) à environ 2,5 et la probabilité de réponse (tirets avec des carrés, axe de droite) tombe
de 20 % à moins de 14 % ; dans le silence, le stock se vide et la réponse revient près de 20 %. Les envois isolés des
périodes 12 et 20 ne portent le stock qu'un peu au-dessus de 1 : espacer les messages consomme beaucoup moins
d'attention.
""")

md(r"""
## 2. Tetti di frequenza: quando la regola la scrive il legislatore

Online, il *frequency capping* (limite di frequenza) fissa un tetto alle visualizzazioni di un annuncio per
persona: è l'inserzionista a sceglierlo. Per il telemarketing, invece, intervengono le leggi. Italia e Francia
sono partite dalla stessa idea, il registro delle opposizioni, e poi si sono separate.

### Italia: opposizione, consenso e pratiche aggressive

- **Chiamate con operatore: opt-out**, cioè, nel rispetto delle altre regole, si può chiamare chi non si è iscritto al registro delle opposizioni. Con il d.P.R. 27 gennaio 2022, n. 26, che attua la legge n. 5/2018, il
  Registro pubblico delle opposizioni (RPO) è stato esteso ai **numeri di cellulare**; le iscrizioni sono aperte
  dal 27 luglio 2022. Chi si iscrive **revoca i consensi** al telemarketing dati in precedenza.
- **E-mail, SMS, fax e chiamate automatizzate: opt-in**, cioè serve il consenso prima del messaggio. L'art. 130 del Codice privacy (d.lgs.
  n. 196/2003) richiede il consenso preventivo; per l'e-mail ai propri clienti, su prodotti o servizi analoghi a quelli
  già venduti, c'è l'eccezione detta «soft spam». Sul consenso vigila il Garante per la protezione dei dati
  personali, che nel gennaio 2020 ha sanzionato TIM per circa 27,8 milioni di euro.
- **La ripetizione in sé.** L'art. 26, comma 1, lettera c) del Codice del consumo (d.lgs. n. 206/2005) considera in
  ogni caso aggressiva la pratica di «effettuare ripetute e non richieste sollecitazioni commerciali per telefono,
  via fax, per posta elettronica o mediante altro mezzo di comunicazione a distanza»; vigila l'Autorità garante
  della concorrenza e del mercato (AGCM, da non confondere con l'AGCOM, l'Autorità per le garanzie nelle
  comunicazioni). La legge italiana colpisce dunque la
  ripetizione, ma **senza una soglia numerica**.
""", r"""
## 2. Plafonds de fréquence : quand le législateur fixe la règle

En ligne, le *capping* (plafonnement de la fréquence) limite le nombre d'affichages d'une annonce par personne :
c'est l'annonceur qui le choisit. Pour le démarchage téléphonique, en revanche, la loi intervient. L'Italie et la
France sont parties d'une même idée, la liste d'opposition, puis ont divergé.

### Italie : opposition, consentement et pratiques agressives

- **Appels avec un opérateur : opt-out**, c'est-à-dire qu'on peut appeler, sous réserve des autres règles, les numéros qui ne sont pas inscrits au registre. Avec le décret du président de la République (d.P.R.)
  n° 26 du 27 janvier 2022, qui met en œuvre la loi n° 5/2018, le *Registro pubblico delle opposizioni* (RPO) a été étendu aux
  **numéros mobiles** ; les inscriptions sont ouvertes depuis le 27 juillet 2022. L'inscription **révoque les
  consentements** au démarchage donnés auparavant.
- **Courriel, SMS, fax et appels automatisés : opt-in**, c'est-à-dire qu'il faut le consentement avant le message. L'art. 130 du code italien de la vie privée (d.lgs.
  n° 196/2003) l'exige ; pour les courriels adressés à ses propres clients, sur des produits
  ou services analogues à ceux déjà vendus, il existe une exception (le « soft spam »). Le *Garante per la protezione
  dei dati personali*, l'autorité de protection des données, contrôle le consentement : en janvier 2020, il a
  infligé à TIM une sanction d'environ 27,8 millions d'euros.
- **La répétition elle-même.** L'art. 26, alinéa 1, lettre c) du code italien de la consommation (d.lgs.
  n° 206/2005) qualifie d'agressif en toutes circonstances le fait d'*effettuare ripetute e non richieste
  sollecitazioni commerciali* (des sollicitations commerciales répétées et non demandées) par téléphone, fax,
  courriel ou tout autre moyen à distance ; l'autorité de la concurrence (AGCM) y veille. Le droit italien vise donc
  la répétition, mais **sans seuil chiffré**.
""")
md(r"""
### Francia: dal registro al consenso preventivo

Per anni la Francia ha avuto **Bloctel**, una lista di opposizione (opt-out) simile all'RPO, e un decreto che fissava
giorni, orari e frequenza: il *décret* n. 2022-1313 del 13 ottobre 2022 (art. D. 223-9 del *Code de la
consommation*), in vigore dal 1° marzo 2023, consentiva le chiamate di vendita ai consumatori solo

- dal lunedì al venerdì, festivi esclusi, **dalle 10 alle 13 e dalle 14 alle 20**;
- con **al massimo 4 tentativi di chiamata ogni 30 giorni di calendario** dallo stesso professionista;
- e non nei 60 giorni successivi a un rifiuto esplicito.

**Dall'11 agosto 2026**, data in cui è terminata la concessione di Bloctel, la regola è cambiata: l'art. L. 223-1 del
*Code de la consommation*, modificato dalla legge n. 2025-594 del 30 giugno 2025 (art. 13), **vieta di chiamare per
vendere un consumatore che non abbia espresso prima il proprio consenso**, cioè una volontà libera, specifica,
informata, univoca e revocabile; la prova spetta al professionista. Fanno eccezione le chiamate fatte
nell'ambito dell'esecuzione di un contratto in corso e in rapporto con il suo oggetto. La Francia è passata
dall'opt-out all'opt-in: dall'interruzione al permesso, proprio l'opposizione di Godin. La regola del 2022 su
giorni, orari e frequenza vale ancora dopo l'11 agosto 2026? **Da verificare**: la legge nuova prevede ancora un
decreto su questi punti; controlla l'art. D. 223-9 su Légifrance prima di farvi affidamento.

Simuliamo la regola dei 4 tentativi, come **regola di frequenza** (finestra mobile: in qualunque periodo di 30 giorni consecutivi, al massimo 4
tentativi), per chi vorrebbe
chiamare ogni giorno per 60 giorni. La simulazione ignora il divieto dei fine settimana e dei festivi.
""", r"""
### France : de la liste d'opposition au consentement préalable

Pendant des années, la France a eu **Bloctel**, une liste d'opposition (opt-out) proche du RPO, et un décret qui
fixait les jours, les heures et la fréquence : le décret n° 2022-1313 du 13 octobre 2022 (art. D. 223-9 du code de
la consommation), en vigueur depuis le 1<sup>er</sup> mars 2023, n'autorisait le démarchage téléphonique des
consommateurs que

- du lundi au vendredi, hors jours fériés, **de 10 h à 13 h et de 14 h à 20 h** ;
- à raison d'**au plus 4 tentatives d'appel par période de 30 jours calendaires** pour un même professionnel ;
- et jamais dans les 60 jours suivant un refus explicite.

**Depuis le 11 août 2026**, date de la fin de la concession Bloctel, la règle a changé : l'art. L. 223-1 du code de
la consommation, modifié par la loi n° 2025-594 du 30 juin 2025 (art. 13), **interdit de démarcher par téléphone un
consommateur qui n'a pas exprimé préalablement son consentement**, c'est-à-dire une volonté « libre, spécifique,
éclairée, univoque et révocable » ; la preuve incombe au professionnel. Font exception les appels passés dans le cadre de
l'exécution d'un contrat en cours et en rapport avec son objet. La France est passée de l'opt-out à l'opt-in : de
l'interruption à la permission, exactement l'opposition de Godin. La règle de 2022 sur les jours, les heures et la
fréquence s'applique-t-elle encore après le 11 août 2026 ? **À vérifier** : la nouvelle loi prévoit toujours un décret
sur ces points ; consultez l'art. D. 223-9 sur Légifrance avant de vous y fier.

Simulons la règle des 4 tentatives, comme **règle de fréquence** (fenêtre glissante : sur toute période de 30 jours consécutifs, pas plus de
4 tentatives), pour un
professionnel qui voudrait appeler tous les jours pendant 60 jours. La simulation ignore l'interdiction des
week-ends et des jours fériés.
""")
L.code("""
wanted = np.ones(60, dtype=int)
allowed = cl.fatigue.apply_frequency_cap(
    wanted, cap=cl.fatigue.FRANCE_CALLS_PER_30_DAYS, window=cl.fatigue.FRANCE_CAP_WINDOW_DAYS
)
print(wanted.sum(), allowed.sum())
print(np.flatnonzero(allowed))
""")
md(r"""
Restano 8 tentativi su 60 (giorni 0–3 e 30–33). Il limite taglia senza distanziare: per lasciar smaltire la
stanchezza conviene distribuire le quattro chiamate nel mese.
""", r"""
Il reste 8 tentatives sur 60 (jours 0 à 3 et 30 à 33). Le plafond coupe sans espacer : pour laisser la lassitude se
résorber, mieux vaut répartir les quatre appels dans le mois.
""")

md(r"""
## 3. Dati reali: le chiamate di una banca

Il dataset *Bank Marketing* dell'UCI Machine Learning Repository (Università della California, Irvine; Moro,
Cortez e Rita 2014) descrive le campagne di telemarketing di una
banca portoghese fra il 2008 e il 2010: 45.211 clienti chiamati per proporre un deposito a termine. Il corso ne
include una tabella **derivata**, aggregata per numero di chiamate: quanti clienti hanno ricevuto esattamente 1, 2,
3… chiamate nella campagna (l'ultima inclusa) e quanti di loro hanno sottoscritto. (Nel codice le colonne si
chiamano `campaign`, chiamate ricevute, `clients` e `subscribed`, hanno sottoscritto.)
""", r"""
## 3. Données réelles : les appels d'une banque

Le jeu de données *Bank Marketing* de l'UCI Machine Learning Repository (université de Californie à Irvine ; Moro,
Cortez et Rita 2014) décrit les campagnes de télémarketing d'une banque
portugaise entre 2008 et 2010 : 45 211 clients appelés pour leur proposer un dépôt à terme. Le cours en fournit une
table **dérivée**, agrégée par nombre d'appels : combien de clients ont reçu exactement 1, 2, 3… appels pendant la
campagne (dernier appel compris) et combien d'entre eux ont souscrit. (Dans le code, les colonnes s'appellent
`campaign`, appels reçus, `clients` et `subscribed`, ont souscrit.)
""")
L.code("""
counts = cl.datasets.load_bank_counts()
print(counts["clients"].sum(), counts["subscribed"].sum())
cl.tables.localize(counts.head(12)).set_index(cl.t("col.campaign"))
""")
md(r"""
In tutto sottoscrive l'11,7 % dei clienti. Il **tasso di conversione** per numero di chiamate è il numero di chi ha
sottoscritto diviso per il numero di clienti, riga per riga. Un tasso calcolato su pochi clienti è incerto: per
questo il grafico gli affianca un **intervallo di confidenza al 95 %**, un intervallo di valori calcolato con un
procedimento che, 95 volte su 100, contiene il tasso vero. Più i clienti sono pochi, più l'intervallo è largo.
""", r"""
Au total, 11,7 % des clients souscrivent. Le **taux de conversion** par nombre d'appels est le nombre de
souscripteurs divisé par le nombre de clients, ligne par ligne. Un taux calculé sur peu de clients est incertain :
c'est pourquoi le graphique l'accompagne d'un **intervalle de confiance à 95 %**, un intervalle de valeurs calculé
par une méthode qui, 95 fois sur 100, contient le vrai taux. Moins il y a de clients, plus l'intervalle est large.
""")
L.code("ax = cl.plots.bank_conversion()")
md(r"""
**Cosa notare.** Il tasso scende quasi sempre: 14,6 % con una chiamata, 11,2 % con due o tre, 9,0 % con quattro,
circa 5 % con dieci. Le barre verticali, gli intervalli di confidenza, si allargano verso destra perché i clienti
chiamati molte volte sono pochi.
""", r"""
**À remarquer.** Le taux baisse presque toujours : 14,6 % avec un appel, 11,2 % avec deux ou trois, 9,0 % avec
quatre, environ 5 % avec dix. Les barres verticales, les intervalles de confiance, s'élargissent vers la droite,
car les clients appelés de nombreuses fois sont peu nombreux.
""")
md(r"""
### La resa della $k$-esima chiamata

A chi gestisce la campagna interessa però un'altra domanda: **se chiamo ancora una volta, quanto rende quella
chiamata?** Alla chiamata $k$ sono ancora in lista i clienti che ne hanno ricevute almeno $k$. È la logica delle
**tavole di sopravvivenza** dei demografi, applicata alle chiamate: a ogni chiamata si contano i clienti ancora in lista e quelli che sottoscrivono.

$$h(k) = \frac{\text{clienti che sottoscrivono alla chiamata } k}{\text{clienti ancora in lista alla chiamata } k}$$

Chiamiamo $h(k)$ la **resa della chiamata $k$** (in statistica: tasso di rischio, *hazard*).
""", r"""
### Le rendement du $k$-ième appel

Le responsable de la campagne se pose plutôt une autre question : **si j'appelle encore une fois, que rapporte cet
appel ?** Au $k$-ième appel, sont encore sur la liste d'appel les clients qui ont reçu au moins $k$ appels. C'est la
logique des **tables de survie** des démographes, appliquée aux appels : à chaque appel, on compte les clients encore sur la liste et ceux qui souscrivent.

$$h(k) = \frac{\text{clients qui souscrivent au } k\text{-ième appel}}{\text{clients encore sur la liste au } k\text{-ième appel}}$$

Nous appelons $h(k)$ le **rendement de l'appel $k$** (en statistique : taux de risque, *hazard*).
""")
L.code("""
table = cl.realdata.contact_hazard(counts)
table["hazard_pct"] = 100 * table["hazard"]
cl.tables.localize(table[["k", "at_risk", "converted", "hazard_pct"]].head(10)).set_index(cl.t("col.k"))
""")
md(r"""
La prima chiamata converte il 5,7 % dei clienti, la terza il 4,1 % di quelli ancora in lista, la decima meno
dell'1 %. Il grafico seguente riassume la discesa con una **tendenza logistica**, una curva liscia stimata sui punti.
""", r"""
Le premier appel convertit 5,7 % des clients, le troisième 4,1 % de ceux qui sont encore sur la liste, le dixième
moins de 1 %. Le graphique suivant résume cette baisse par une **tendance logistique**, une courbe lisse ajustée
sur les points.
""")
L.code("ax = cl.plots.contact_hazard()")
md(r"""
**Cosa notare.** I punti osservati scendono dal 5,7 % della prima chiamata all'1 % circa della decima, e la
tendenza logistica stimata (linea tratteggiata) li segue da vicino: la resa di ogni chiamata in più si assottiglia
con regolarità. È una **tendenza descrittiva**, non una curva causale della stanchezza (vedi il riquadro
qui sotto).
""", r"""
**À remarquer.** Les points observés descendent de 5,7 % au premier appel à environ 1 % au dixième, et la tendance
logistique ajustée (tirets) les suit de près : le rendement de chaque appel supplémentaire s'amenuise
régulièrement. C'est une **tendance descriptive**, pas une courbe causale de la lassitude (voir l'encadré
ci-dessous).
""")
md(r"""
### Per approfondire (facoltativo): un solo numero per la discesa

Gli ***odds*** (rapporto tra
probabilità di successo e di insuccesso) di un evento con probabilità $q$ valgono $q/(1-q)$: con $q = 20\,\%$ sono
0,25, cioè «1 a 4». Il **logit** è il logaritmo naturale degli odds, $\ln\frac{q}{1-q}$: a differenza di $q$, può
assumere qualsiasi valore, e lo si può descrivere con una retta. Stimiamo sulle prime 10 chiamate

$$\operatorname{logit} q(k) = \beta_0 + \beta_1\,(k-1),$$

dove $e^{\beta_1}$ è l'***odds ratio***: il numero per cui gli odds si moltiplicano a ogni chiamata in più. Lo
calcoliamo sia per il tasso di conversione sia per la resa della chiamata $k$:
""", r"""
### Pour aller plus loin (facultatif) : un seul nombre pour la baisse

La **cote** (en anglais *odds*)
d'un événement de probabilité $q$ vaut $q/(1-q)$ : avec $q = 20\,\%$, elle vaut 0,25, soit « 1 contre 4 ». Le
**logit** est le logarithme népérien de la cote, $\ln\frac{q}{1-q}$ : contrairement à $q$, il peut prendre
n'importe quelle valeur, et on peut le décrire par une droite. Ajustons sur les 10 premiers appels

$$\operatorname{logit} q(k) = \beta_0 + \beta_1\,(k-1),$$

où $e^{\beta_1}$ est le **rapport de cotes** (*odds ratio*) : le nombre par lequel la cote est multipliée à chaque
appel supplémentaire. Calculons-le pour le taux de conversion et pour le rendement de l'appel $k$ :
""")
L.code("""
fit_rate = cl.realdata.fit_contact_fatigue(counts, max_k=10, target="rate")
fit_hazard = cl.realdata.fit_contact_fatigue(counts, max_k=10)
print(round(fit_rate.odds_ratio_per_call, 2), round(fit_hazard.odds_ratio_per_call, 2))
""")
md(r"""
Per il tasso l'odds ratio è circa **0,86**: ogni chiamata in più si associa a odds di sottoscrizione più bassi di
circa il 14 %. Per la resa della chiamata $k$ la discesa è più ripida (0,81): è la tendenza tratteggiata del
grafico, e il numero in legenda.
""", r"""
Pour le taux, le rapport de cotes vaut environ **0,86** : chaque appel supplémentaire va de pair avec une cote de
souscription inférieure d'environ 14 %. Pour le rendement de l'appel $k$, la baisse est plus raide (0,81) : c'est la
tendance en tirets du graphique, et le nombre de sa légende.
""")
md(r"""
### Attenzione: descrittivo, non causale

Non se ne può concludere che ogni chiamata in più *riduca* le sottoscrizioni. I motivi:

1. **Le chiamate non sono state assegnate a caso.**
2. **Chi dice sì esce**: chi sottoscrive alla prima chiamata non riceve la seconda, quindi chi resta è più
   difficile da convincere.
3. **Selezione** (*distorsione da selezione*): la banca ha scelto chi richiamare, forse in base a informazioni
   che non vediamo.
4. **Il canale è un possibile fattore confondente**, cioè un fattore legato sia al numero di chiamate sia
   all'esito: i tassi variano molto fra cellulare, fisso e canale non registrato.
5. **La tavola ha un'ipotesi nascosta**: che la banca smetta di chiamare un cliente non convertito per motivi che
   non dipendono dalla sua propensione a sottoscrivere.

I dati sono **coerenti** con la stanchezza ma non la **dimostrano**: servirebbe un esperimento che assegni a caso
il numero di contatti.
""", r"""
### Attention : descriptif, pas causal

On ne peut pas en conclure que chaque appel supplémentaire *réduit* les souscriptions. Pour plusieurs raisons :

1. **Les appels n'ont pas été attribués au hasard.**
2. **Ceux qui disent oui sortent de la liste** : qui souscrit au premier appel ne reçoit pas le deuxième, donc ceux
   qui restent sont plus difficiles à convaincre.
3. **Sélection** (*biais de sélection*) : la banque a choisi qui rappeler, peut-être sur la base d'informations
   que nous ne voyons pas.
4. **Le canal est un facteur de confusion possible**, c'est-à-dire lié à la fois au nombre d'appels et au
   résultat : les taux varient beaucoup entre mobile, fixe et canal non enregistré.
5. **La table repose sur une hypothèse cachée** : que la banque cesse d'appeler un client non converti pour des
   raisons qui ne dépendent pas de sa propension à souscrire.

Les données sont **compatibles** avec la lassitude mais ne la **démontrent** pas : il faudrait une expérience qui
tire au sort le nombre de contacts.
""")

md(r"""
## 4. Quante chiamate al mese?

La demo seguente simula un anno (52 settimane) di chiamate di vendita a 500 persone virtuali, tutte chiamate lo
stesso numero di volte al mese. **Il modello.** Ogni persona ha due tratti, diversi da persona a persona: la
**stanchezza residua settimanale** $\rho_i$ (la quota del suo stock di stanchezza che resta da una settimana
all'altra: più è alta, più lento è il recupero) e una **soglia di tolleranza** $\tau_i$, misurata nelle stesse
unità dello stock. A ogni chiamata una persona «fresca» accetta l'offerta con probabilità 0,5 %, meno se è stanca
(l'assuefazione della sezione 1); chi accetta esce dalla lista, come nella banca; chi ha uno stock superiore alla
propria soglia si oppone (è l'equivalente telefonico della disiscrizione della sezione 1) e non viene più chiamato. I cursori regolano le chiamate al mese e le medie di $\rho_i$ e
$\tau_i$ nella popolazione.

La probabilità di 0,5 % per chiamata è scelta in modo che, ai valori predefiniti, accetti l'offerta in un anno circa
il 12 % delle persone: lo stesso ordine di grandezza dell'11,7 % della campagna bancaria. Il confronto finisce qui:
per chiamata la demo converte circa dieci volte meno della prima chiamata della banca, che chiamava clienti
selezionati; è calibrato solo l'ordine di grandezza sull'anno. È un modello **illustrativo**, non stimato su quei dati.

### Prova tu

- Passa da 1 a 12 chiamate al mese: come si muovono le accettazioni e le opposizioni? Dove cade il ritmo con più
  vendite rispetto alla linea tratteggiata della regola francese del 2022?
- Porta la stanchezza residua verso 0,05 e poi verso 0,95: come cambia il ritmo con più vendite? Perché?
""", r"""
## 4. Combien d'appels par mois ?

La démo suivante simule une année (52 semaines) d'appels de vente à 500 personnes virtuelles, toutes appelées le
même nombre de fois par mois. **Le modèle.** Chaque personne a deux traits, différents d'une personne à l'autre :
la **lassitude conservée par semaine** $\rho_i$ (la part de son stock de lassitude qui subsiste d'une semaine à
l'autre : plus elle est élevée, plus la récupération est lente) et un **seuil de tolérance** $\tau_i$, mesuré dans
les mêmes unités que le stock. À chaque appel, une personne « reposée » accepte l'offre avec une probabilité de
0,5 %, moins si elle est lasse (l'accoutumance de la section 1) ; qui accepte sort de la liste, comme à la banque ;
qui a un stock supérieur à son seuil s'oppose (c'est l'équivalent téléphonique du désabonnement de la section 1)
et n'est plus appelé. Les curseurs règlent le nombre d'appels par
mois et les moyennes de $\rho_i$ et de $\tau_i$ dans la population.

La probabilité de 0,5 % par appel est choisie pour que, aux valeurs par défaut, environ 12 % des personnes
acceptent en un an : le même ordre de grandeur que les 11,7 % de la campagne bancaire. La comparaison s'arrête là :
par appel, la démo convertit environ dix fois moins que le premier appel de la banque, qui appelait des clients
sélectionnés ; seul l'ordre de grandeur sur l'année est calé. C'est un modèle **illustratif**, non estimé sur ces données.

### À vous

- Passez de 1 à 12 appels par mois : comment évoluent les acceptations et les oppositions ? Où tombe le rythme le
  plus vendeur par rapport à la ligne en tirets de la règle française de 2022 ?
- Amenez la lassitude conservée vers 0,05, puis vers 0,95 : comment évolue le rythme le plus vendeur ? Pourquoi ?
""")
L.code("cl.demos.fatigue_demo()", demo=True)
md(r"""
**Cosa notare.** Ai valori predefiniti (stanchezza residua 0,6, soglia media 4) le accettazioni (linea continua
con cerchi) toccano il massimo, circa il 12,5 %, a 4 chiamate al mese, ma a quel ritmo si è già opposta una persona
su quattro (linea punteggiata con rombi). A 12 chiamate accetta circa il 5 % e si oppone quasi il 90 %. Oltre il
massimo, ogni chiamata in più consuma la lista senza vendere di più. La banda grigia verticale segna il ritmo scelto
con il cursore «chiamate al mese» (i valori corrispondenti sono scritti a destra); la linea tratteggiata, la regola
francese del 2022.
""", r"""
**À remarquer.** Aux valeurs par défaut (lassitude conservée 0,6, seuil moyen 4), les acceptations (trait continu
avec des ronds) culminent à environ 12,5 % à 4 appels par mois, mais à ce rythme une personne sur quatre s'est déjà
opposée (pointillés avec des losanges). À 12 appels, environ 5 % acceptent et près de 90 % s'opposent. Au-delà du
maximum, chaque appel de plus use la liste sans vendre davantage. La bande grise verticale suit le curseur « appels
par mois » (valeurs affichées à droite) ; la ligne en tirets marque la règle française de
2022.
""")

# --- exercises ----------------------------------------------------------------------------------
md(r"""
## 5. Esercizi

### Esercizio 04.1 — Che cosa dicono davvero i dati?

Nei dati della banca il tasso di conversione scende dal 14,6 % (una chiamata) al 9,0 % (quattro chiamate). Quale
conclusione è giustificata?

- **a)** Ogni chiamata in più *causa* un calo delle sottoscrizioni: basta chiamare una volta.
- **b)** Il calo è coerente con la stanchezza ma la mescola con la selezione (chi dice sì esce, la banca sceglie chi richiamare): è una descrizione, non una prova causale.
- **c)** Il calo dimostra che le chiamate dopo la prima non hanno alcun effetto.
- **d)** Il calo si spiega interamente con il canale di contatto.

Rispondi con una lettera tra virgolette, per esempio `answer = "a"`.
""", r"""
## 5. Exercices

### Exercice 04.1 — Que disent vraiment les données ?

Dans les données de la banque, le taux de conversion passe de 14,6 % (un appel) à 9,0 % (quatre appels). Quelle
conclusion est justifiée ?

- **a)** Chaque appel supplémentaire *cause* une baisse des souscriptions : un seul appel suffit.
- **b)** La baisse est compatible avec la lassitude mais la mélange avec la sélection (ceux qui disent oui sortent, la banque choisit qui rappeler) : c'est une description, pas une preuve causale.
- **c)** La baisse prouve que les appels après le premier n'ont aucun effet.
- **d)** La baisse s'explique entièrement par le canal de contact.

Répondez par une lettre entre guillemets, par exemple `answer = "a"`.
""")
L.code('answer = None  # "a" | "b" | "c" | "d"\ncheck("04.1", answer)')
L.solution('answer = "b"\ncheck("04.1", answer)',
           it_text="Le chiamate non sono randomizzate: chi converte esce e la banca decide chi richiamare. Il calo è "
                   "compatibile con la stanchezza ma non la dimostra.",
           fr_text=fr("Les appels ne sont pas tirés au sort : qui souscrit sort de la liste et la banque décide qui "
                      "rappeler. La baisse est compatible avec la lassitude mais ne la démontre pas."))
md(r"""
### Esercizio 04.2 — La resa dell'undicesima chiamata, a mano

Usa la tavola della sezione 3 (che si ferma alla chiamata 10) e la tabella `counts` (clienti e sottoscrizioni per
numero di chiamate ricevute): alla chiamata 11 restano in lista i clienti ancora in lista alla chiamata 10 meno
quelli chiamati esattamente 10 volte. Calcola **in percentuale** la resa della chiamata 11. È più alta di quella
della decima: perché non bisogna dare peso a questo aumento?
""", r"""
### Exercice 04.2 — Le rendement du onzième appel, à la main

Utilisez la table de la section 3 (qui s'arrête à l'appel 10) et la table `counts` (clients et souscriptions par
nombre d'appels reçus) : à l'appel 11, la liste compte les clients encore présents à l'appel 10, moins ceux appelés
exactement 10 fois. Calculez **en pourcentage** le rendement de l'appel 11. Il est plus élevé que celui du
dixième : pourquoi ne faut-il pas accorder de poids à cette hausse ?
""")
L.code('answer = None  # %\ncheck("04.2", answer)')
L.solution("""at_risk = counts.loc[counts["campaign"] >= 11, "clients"].sum()
converted = counts.loc[counts["campaign"] == 11, "subscribed"].sum()
answer = 100 * converted / at_risk
print(at_risk, converted, round(answer, 2))
check("04.2", answer)""",
           it_text="Alla chiamata 11 restano in lista 1.462 − 266 = 1.196 clienti; 16 sottoscrivono: circa 1,34 %, "
                   "più della decima (0,96 %). Ma su così pochi clienti qualche sottoscrizione in più o in meno "
                   "sposta molto la resa: l'intervallo di confidenza è largo.",
           fr_text=fr("À l'appel 11, il reste 1 462 − 266 = 1 196 clients sur la liste ; 16 souscrivent : environ "
                      "1,34 %, plus qu'au dixième (0,96 %). Mais sur si peu de clients, quelques souscriptions de "
                      "plus ou de moins déplacent beaucoup le rendement : l'intervalle de confiance est large."))
md(r"""
### Esercizio 04.3 (facoltativo) — Punti percentuali

Di quanti **punti percentuali** scende il tasso di conversione passando dai clienti chiamati una volta a quelli
chiamati esattamente quattro volte? (Rispondi con un numero positivo.)
""", r"""
### Exercice 04.3 (facultatif) — Points de pourcentage

De combien de **points de pourcentage** le taux de conversion baisse-t-il entre les clients appelés une fois et
ceux appelés exactement quatre fois ? (Répondez par un nombre positif.)
""")
L.code('answer = None  # p.p.\ncheck("04.3", answer)')
L.solution("""rate = 100 * counts["subscribed"] / counts["clients"]
answer = rate[counts["campaign"] == 1].iloc[0] - rate[counts["campaign"] == 4].iloc[0]
print(round(answer, 2))
check("04.3", answer)""",
           it_text="14,6 % − 9,0 % ≈ 5,6 punti percentuali. In termini relativi il calo è del 38 % circa "
                   "(5,6/14,6): è un'altra misura, e va detto quale si usa.",
           fr_text=fr("14,6 % − 9,0 % ≈ 5,6 points de pourcentage. En termes relatifs, la baisse est d'environ "
                      "38 % (5,6/14,6) : c'est une autre mesure, et il faut dire laquelle on utilise."))
md(r"""
### Esercizio 04.4 — La regola francese del 2022 su un calendario

Un call center vorrebbe chiamare lo stesso consumatore **un giorno sì e uno no** per 90 giorni (giorni 0, 2, …,
88). Con la regola del 2022 letta come finestra mobile (al massimo 4 tentativi in 30 giorni, `cl.fatigue.apply_frequency_cap`),
quanti tentativi restano? (Ignora fine settimana e festivi.)
""", r"""
### Exercice 04.4 — La règle française de 2022 sur un calendrier

Un centre d'appels voudrait appeler le même consommateur **un jour sur deux** pendant 90 jours (jours 0, 2, …, 88).
Avec la règle de 2022 lue comme une fenêtre glissante (au plus 4 tentatives sur 30 jours,
`cl.fatigue.apply_frequency_cap`), combien reste-t-il de tentatives ? (Ignorez les
week-ends et les jours fériés.)
""")
L.code('answer = None  # int\ncheck("04.4", answer)')
L.solution("""wanted = np.zeros(90, dtype=int)
wanted[::2] = 1
allowed = cl.fatigue.apply_frequency_cap(wanted, cap=4, window=30)
answer = int(allowed.sum())
print(wanted.sum(), answer, np.flatnonzero(allowed))
check("04.4", answer)""",
           it_text="Dei 45 tentativi ne restano 12: quattro per blocco (giorni 0–6, 30–36, 60–66).",
           fr_text=fr("Sur les 45 tentatives, il en reste 12 : quatre par bloc (jours 0 à 6, 30 à 36, 60 à 66)."))
md(r"""
### Esercizio 04.5 (argomentato) — Una politica di contatto

Sei responsabile del telemarketing di un fornitore di luce e gas presente in Italia e in Francia. Vuoi proporre una
nuova offerta ai clienti attuali e a nuovi contatti. In 6–10 righe scrivi una politica di contatto: chi puoi
chiamare, quante volte al massimo e a che ritmo, e come misurerai se stai chiamando troppo. Distingui i due Paesi.
""", r"""
### Exercice 04.5 (argumenté) — Une politique de contact

Vous dirigez le télémarketing d'un fournisseur d'électricité et de gaz présent en Italie et en France. Vous voulez
proposer une nouvelle offre aux clients actuels et à de nouveaux contacts. En 6 à 10 lignes, rédigez une politique
de contact : qui vous pouvez appeler, combien de fois au plus et à quel rythme, et comment vous mesurerez si vous
appelez trop. Distinguez les deux pays.
""")
md(r"""
<details>
<summary>Risposta modello (apri dopo aver scritto la tua)</summary>

**Chi.** In Francia, dall'11 agosto 2026, i nuovi contatti si chiamano solo con un consenso preventivo che l'impresa
sa provare; i clienti attuali che non hanno dato il consenso solo per l'esecuzione del contratto in corso e per ciò che vi
è collegato. In Italia, prima di chiamare con operatore, si escludono i numeri iscritti all'RPO (chi è iscritto ha
revocato i consensi), mentre SMS,
e-mail e chiamate automatizzate richiedono il consenso (art. 130 Codice privacy). **Quante volte.** L'Italia vieta le
sollecitazioni ripetute e non richieste senza fissare una soglia: l'impresa deve darsene una. Una scelta prudente:
3–4 tentativi al mese al massimo, distanziati, e stop dopo un rifiuto (la regola francese del 2022, di stato
incerto, è solo un riferimento). **Misure.** Resa di ogni chiamata $k$, opposizioni e reclami; per la causalità,
un test che assegni a caso il numero di tentativi.

</details>
""", r"""
<details>
<summary>Réponse modèle (à ouvrir après avoir rédigé la vôtre)</summary>

**Qui.** En France, depuis le 11 août 2026, on n'appelle de nouveaux contacts qu'avec un consentement préalable que
l'entreprise sait prouver ; les clients actuels qui n'ont pas consenti, seulement dans le cadre de l'exécution du contrat
en cours et pour ce qui s'y rapporte. En Italie, les appels avec opérateur sont interdits vers les numéros inscrits
au RPO (l'inscription révoque les consentements), tandis que les SMS, les courriels et les appels automatisés exigent le consentement (art. 130 du
code italien de la vie privée). **Combien de fois.** L'Italie interdit les sollicitations répétées et non demandées
sans fixer de seuil : l'entreprise doit s'en donner un. Un choix prudent : 3 à 4 tentatives par mois au plus,
espacées, et l'arrêt après un refus (la règle française de 2022, au statut incertain, n'est qu'un repère).
**Mesures.** Rendement de chaque appel $k$, oppositions et réclamations ; pour la causalité, un test qui tire au
sort le nombre de tentatives.

</details>
""")
md(r"""
<details>
<summary>Griglia di valutazione</summary>

- **2 punti**: regole corrette per Paese (Francia: consenso preventivo dal 2026 ed eccezione del contratto in corso; Italia: esclusione degli iscritti all'RPO per le chiamate con operatore, consenso per canali automatizzati e messaggi).
- **2 punti**: tetto e ritmo espliciti, motivati con la stanchezza e con il divieto italiano di sollecitazioni ripetute.
- **2 punti**: indicatori misurabili (resa per chiamata, opposizioni, reclami).
- **2 punti**: distingue correlazione e causalità (test con assegnazione casuale) e non presenta come certo ciò che non è verificato.

</details>
""", r"""
<details>
<summary>Grille d'évaluation</summary>

- **2 points** : règles exactes par pays (France : consentement préalable depuis 2026 et exception du contrat en cours ; Italie : pas d'appel avec opérateur vers les inscrits au RPO, consentement pour les canaux automatisés et les messages).
- **2 points** : plafond et rythme explicites, justifiés par la lassitude et par l'interdiction italienne des sollicitations répétées.
- **2 points** : des indicateurs mesurables (rendement par appel, oppositions, réclamations).
- **2 points** : distingue corrélation et causalité (test avec tirage au sort) et ne présente pas comme certain ce qui n'est pas vérifié.

</details>
""")

md(r"""
## Riepilogo

- La stanchezza è uno stock che cresce con gli invii e si smaltisce nel tempo: abbassa la risposta e alza le
  disiscrizioni. A parità di messaggi, distanziarli consuma meno attenzione.
- Italia: RPO (opt-out) per le chiamate con operatore, consenso preventivo (opt-in) per e-mail, SMS e chiamate
  automatizzate, divieto di sollecitazioni ripetute senza soglia numerica. Francia: dall'11 agosto 2026 serve il
  consenso preventivo per le chiamate di vendita; la regola del 2022 (4 tentativi ogni 30 giorni) è anteriore alla
  riforma, e resta da verificare se valga ancora come limite di frequenza (art. D. 223-9).
- Dati bancari: il tasso di conversione e la resa di ogni chiamata in più scendono (nella parte facoltativa: odds
  ratio 0,86 e 0,81 per chiamata), ma la lettura è descrittiva, non causale.
- Nella simulazione, oltre un certo ritmo ogni chiamata in più consuma la lista senza vendere di più.

La [lezione 3](03_ripetizione_e_oblio.ipynb) spiega perché si ripete; la [lezione 5](05_contesto_e_targeting.ipynb)
guarda al contesto e al *targeting*.
""", r"""
## En résumé

- La lassitude est un stock qui croît avec les envois et se résorbe avec le temps : elle fait baisser la réponse
  et monter les désabonnements. À nombre de messages égal, les espacer consomme moins d'attention.
- Italie : RPO (opt-out) pour les appels avec opérateur, consentement préalable (opt-in) pour les courriels, les SMS
  et les appels automatisés, interdiction des sollicitations répétées sans seuil chiffré. France : depuis le 11 août
  2026, le démarchage téléphonique exige le consentement préalable ; la règle de 2022 (4 tentatives par 30 jours)
  est antérieure à la réforme ; son maintien après le 11 août 2026 reste à vérifier (art. D. 223-9).
- Données bancaires : le taux de conversion et le rendement de chaque appel supplémentaire baissent (dans la partie
  facultative : rapports de cotes de 0,86 et 0,81 par appel), mais la lecture est descriptive, pas causale.
- Dans la simulation, au-delà d'un certain rythme, chaque appel supplémentaire use la liste sans vendre davantage.

La [leçon 3](03_repetition_et_oubli.ipynb) explique pourquoi on répète ; la [leçon 5](05_contexte_et_ciblage.ipynb)
s'intéresse au contexte et au ciblage.
""")
md("### Termini chiave", "### Termes clés")
L.code("""
cl.glossary.key_terms([
    "fatigue_stock", "adstock", "half_life", "habituation", "unsubscribe", "advertising_pressure",
    "frequency_capping", "italian_opposition_register", "opt_out", "opt_in", "bloctel", "french_phone_opt_in_2026",
    "french_telemarketing_decree", "conversion_rate", "confidence_interval", "hazard", "life_table",
    "odds", "logit", "selection_bias",
])
""")
md(r"""
## Fonti

- Moro, S., Cortez, P. e Rita, P. (2014), «A data-driven approach to predict the success of bank telemarketing»,
  *Decision Support Systems* 62, 22–31, doi:10.1016/j.dss.2014.03.001.
- Moro, S., Rita, P. e Cortez, P. (2012), *Bank Marketing*, UCI Machine Learning Repository,
  https://doi.org/10.24432/C5K306 (CC BY 4.0 secondo la pagina dell'UCI); qui solo una tabella derivata, aggregata
  per numero di contatti.
- Italia: d.P.R. 27 gennaio 2022, n. 26 (Registro pubblico delle opposizioni), in attuazione della legge n. 5/2018;
  d.lgs. n. 196/2003 (Codice privacy), art. 130; d.lgs. n. 206/2005 (Codice del consumo), art. 26, comma 1,
  lettera c); Garante per la protezione dei dati personali, provvedimento nei confronti di TIM S.p.A. del 15 gennaio
  2020.
- Francia: *Code de la consommation*, art. L. 223-1, come modificato dalla legge n. 2025-594 del 30 giugno 2025,
  art. 13 (in vigore dall'11 agosto 2026); *décret* n. 2022-1313 del 13 ottobre 2022, *Code de la consommation*,
  art. D. 223-9 (stato dopo l'11 agosto 2026 non verificato).
- I modelli di stanchezza e la popolazione della demo sono stilizzazioni didattiche con parametri illustrativi.
""", r"""
## Sources

- Moro, S., Cortez, P. et Rita, P. (2014), « A data-driven approach to predict the success of bank telemarketing »,
  *Decision Support Systems* 62, 22–31, doi:10.1016/j.dss.2014.03.001.
- Moro, S., Rita, P. et Cortez, P. (2012), *Bank Marketing*, UCI Machine Learning Repository,
  https://doi.org/10.24432/C5K306 (CC BY 4.0 selon la page de l'UCI) ; ici, seulement une table dérivée, agrégée par
  nombre de contacts.
- France : code de la consommation, art. L. 223-1, modifié par la loi n° 2025-594 du 30 juin 2025, art. 13 (en
  vigueur depuis le 11 août 2026) ; décret n° 2022-1313 du 13 octobre 2022, code de la consommation, art. D. 223-9
  (statut après le 11 août 2026 non vérifié).
- Italie : d.P.R. n° 26 du 27 janvier 2022 (*Registro pubblico delle opposizioni*), pris en application de la loi
  n° 5/2018 ; d.lgs. n° 196 du 30 juin 2003 (code de la vie privée), art. 130 ; d.lgs. n° 206/2005 (code de la
  consommation), art. 26, al. 1, lettre c) ; *Garante per la protezione dei dati personali*, décision contre TIM
  S.p.A. du 15 janvier 2020.
- Les modèles de lassitude et la population de la démo sont des stylisations pédagogiques aux paramètres
  illustratifs.
""")

if __name__ == "__main__":
    L.build(execute_nb="--no-exec" not in sys.argv)

"""Lesson 08 (acquire, then cultivate): the spec of both notebooks.

Run from the repository root:  PYTHONPATH=. python scripts/lessons/l08.py
French typography (non-breaking spaces before ; : ! ? %, inside « ») is applied by F() to the
prose, never to code, inline code or maths.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lesson_builder import Lesson  # noqa: E402

NB = "\u00a0"
_PROTECT = re.compile(r"(```.*?```|`[^`\n]*`|\$\$.*?\$\$|\$[^$\n]+\$|<[^>\n]+>|https?://\S+)", re.S)


def F(text: str) -> str:
    """French typography on prose only."""
    parts = _PROTECT.split(text)
    for i in range(0, len(parts), 2):
        p = parts[i]
        p = re.sub(r" ([:;!?])(?=\s|$|\))", NB + r"\1", p)
        p = p.replace("« ", "«" + NB).replace(" »", NB + "»")
        p = re.sub(r"(\d) %", r"\1" + NB + "%", p)
        p = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u202f", p)
        p = re.sub(r"(\d) (€|k€)", r"\1" + NB + r"\2", p)
        p = p.replace("n° ", "n°" + NB)
        parts[i] = p
    return "".join(parts)


L = Lesson("08", it="08_acquisire_poi_coltivare", fr="08_acquerir_puis_cultiver")


def I(text: str) -> str:
    """Italian thousands separator (45.211) on prose only."""
    parts = _PROTECT.split(text)
    for i in range(0, len(parts), 2):
        parts[i] = re.sub(r"(?<=\d) (?=\d{3}\b)", ".", parts[i])
    return "".join(parts)


def md(it: str, fr: str, tags=()):
    L.md(it=I(it), fr=F(fr), tags=tags)


def solution(code: str, it_text: str, fr_text: str):
    L.solution(code, it_text=I(it_text), fr_text=F(fr_text))


# ------------------------------------------------------------------------------------------ title
md(
    it=r"""# Lezione 8 — Acquisire, poi coltivare

**Obiettivi di apprendimento.** Alla fine di questa lezione saprai:

1. distinguere la prospezione a freddo dalla fidelizzazione e lo strumento adatto a ciascuna;
2. leggere con prudenza un confronto descrittivo tra clienti già contattati, o no, in una campagna precedente;
3. calcolare il valore del ciclo di vita del cliente (CLV) come somma finita e come limite di questa somma (la formula chiusa);
4. dividere con un modello un budget tra interruzione e permesso, e spiegare perché gli estremi rendono meno di una ripartizione;
5. leggere Godin con spirito critico.

**Prerequisiti.** Lezione 4 (dati della banca, intervalli di confidenza), lezioni 6 e 7 (permesso e consenso); la somma di una serie geometrica.

**Tempo stimato.** 45 minuti in aula (20 di lettura, 10 per la demo, 15 per tre esercizi brevi; l'08.4 si può fare a casa), più un'ora a casa per il progetto finale (08.5).

**Percorso senza codice.** Le sezioni 1, 6 e 7 e il progetto finale (con la demo) non richiedono Python; il resto chiede qualche riga di codice (soluzioni nei riquadri a scomparsa).""",
    fr=r"""# Leçon 8 — Acquérir, puis cultiver

**Objectifs d'apprentissage.** À la fin de cette leçon, vous saurez :

1. distinguer la prospection à froid de la fidélisation, et l'outil adapté à chacune ;
2. lire avec prudence une comparaison descriptive entre clients déjà sollicités, ou non, par une campagne précédente ;
3. calculer la valeur vie client (CLV) comme somme finie et comme limite de cette somme (la formule fermée) ;
4. répartir avec un modèle un budget entre interruption et permission, et expliquer pourquoi les extrêmes rapportent moins qu'une répartition ;
5. lire Godin avec un esprit critique.

**Prérequis.** Leçon 4 (données de la banque, intervalles de confiance), leçons 6 et 7 (permission et consentement) ; la somme d'une série géométrique.

**Durée estimée.** 45 minutes en cours (20 de lecture, 10 pour la démonstration, 15 pour trois exercices courts ; le 08.4 peut se faire après la séance), plus une heure chez soi pour le projet final (08.5).

**Parcours sans code.** Les sections 1, 6 et 7 et le projet final (avec la démonstration) ne demandent pas de Python ; le reste demande quelques lignes de code (solutions dans les encadrés repliés).""",
)
L.setup("import numpy as np\nimport pandas as pd\nfrom course_lib.exercises import check")

# ------------------------------------------------------------------------------------------ 1
md(
    it=r"""## 1. Due mestieri: cercare clienti e coltivarli

- La **prospezione a freddo** cerca nuovi clienti tra persone che non conoscono il prodotto e non hanno chiesto nulla: lo spot, il cartellone, l'annuncio online, la chiamata di un *call center*. È il terreno naturale del marketing dell'interruzione: per farsi notare da chi non ci conosce bisogna interromperlo. Il suo costo si misura con il **costo di acquisizione cliente** (CAC): la spesa di marketing e di vendita necessaria, in media, per ottenere un nuovo cliente.
- La **fidelizzazione** coltiva i clienti già acquisiti: farli restare, vendere loro di più. Qui il permission marketing dà il meglio: il cliente ha già scelto l'impresa e può accettare di riceverne offerte.

Il **tasso di ritenzione** $r$ (*retention rate*) è la quota dei clienti di un periodo che sono ancora clienti nel periodo successivo; il complemento $1 - r$ è il tasso di abbandono (*churn*). La **base clienti** è l'insieme dei clienti attivi in un dato momento: cresce con le acquisizioni e cala con gli abbandoni.

L'autore del blog francese da cui parte il corso, a metà del libro di Godin, riassume così il contrasto: cercare chi non conosce il prodotto, o coltivare chi è già cliente per vendergli di più. Misuriamo la differenza con dati reali e con un modello.""",
    fr=r"""## 1. Deux métiers : trouver des clients et les cultiver

- La **prospection à froid** cherche de nouveaux clients parmi des personnes qui ne connaissent pas le produit et n'ont rien demandé : le spot, l'affiche, l'annonce en ligne, l'appel d'un centre d'appels. C'est le terrain naturel du marketing d'interruption : pour se faire remarquer de qui ne vous connaît pas, il faut l'interrompre. Son coût se mesure par le **coût d'acquisition client** (CAC) : la dépense de marketing et de vente nécessaire, en moyenne, pour obtenir un nouveau client.
- La **fidélisation** cultive les clients déjà acquis : les garder, leur vendre davantage. Le permission marketing y excelle : le client a déjà choisi l'entreprise et peut accepter d'en recevoir des offres.

Le **taux de rétention** $r$ (*retention rate*) est la part des clients d'une période encore clients à la période suivante ; son complément $1 - r$ est le taux d'attrition (*churn*). La **base de clients** est l'ensemble des clients actifs à un moment donné : elle augmente avec les acquisitions et diminue avec les départs.

L'auteur du blog français dont part le cours, à la moitié du livre de Godin, résume ainsi le contraste : chercher ceux qui ne connaissent pas le produit, ou cultiver les clients déjà conquis pour leur vendre davantage. Mesurons l'écart avec des données réelles et un modèle.""",
)

# ------------------------------------------------------------------------------------------ 2
md(
    it="""## 2. Gli stessi clienti, già contattati o no in passato

Nella lezione 4 abbiamo usato i dati pubblici di una banca (*Bank Marketing*, UCI, Moro, Rita e Cortez 2012): 45 211 clienti chiamati al telefono per proporre un deposito a termine. Ora li contiamo in un altro modo: quante volte erano stati contattati **nelle campagne precedenti** (0, 1, 2, 3 o più) e come era finita la campagna precedente (fallita, riuscita, altro esito; «non disponibile» quando l'esito non è registrato, come per tutti i clienti mai contattati prima). La tabella è in `data/`, con la sua scheda (fonte, licenza, limiti). Aggiungiamo il tasso di sottoscrizione, in percentuale:""",
    fr="""## 2. Les mêmes clients, déjà sollicités ou non

Dans la leçon 4, nous avons utilisé les données publiques d'une banque (*Bank Marketing*, UCI, Moro, Rita et Cortez 2012) : 45 211 clients appelés au téléphone pour leur proposer un dépôt à terme. Comptons-les maintenant autrement : combien de fois ils avaient été contactés **lors des campagnes précédentes** (0, 1, 2, 3 ou plus) et comment la campagne précédente s'était terminée (échec, succès, autre issue ; « non disponible » quand l'issue n'est pas enregistrée, comme pour tous les clients jamais sollicités). Le tableau est dans `data/`, avec sa fiche (source, licence, limites). Ajoutons le taux de souscription, en pourcentage :""",
)
L.code('''rel = cl.datasets.load_bank_relationship()
rel = rel.assign(rate_pct=100 * rel["subscribed"] / rel["clients"])
cl.tables.localize(rel, decimals=1)''')
md(
    it=r"""Attenzione: sono tutti già clienti della banca (il file riporta il loro saldo e i loro prestiti). La prima riga è quanto di più vicino alla prospezione a freddo offrono questi dati: 36 954 clienti che nessuna campagna precedente aveva contattato. Solo il 9,2 % di loro sottoscrive. Le righe «riuscita» raccolgono i clienti che avevano già detto sì a una campagna precedente: 1 511 in tutto, con un tasso sopra il 60 % in ogni riga. Le tre righe «non disponibile» con uno o due clienti non dicono nulla, e la figura le lascia da parte.

Raggruppiamo i clienti in quattro gruppi e disegniamo i tassi con i loro **intervalli di confidenza al 95 %** (lezione 4): intervalli calcolati con un procedimento che, 95 volte su 100, contiene il tasso vero. Più il gruppo è grande, più l'intervallo è stretto.""",
    fr=r"""Attention : ce sont tous déjà des clients de la banque (le fichier indique leur solde et leurs prêts). La première ligne est ce qui, dans ces données, se rapproche le plus de la prospection à froid : 36 954 clients qu'aucune campagne précédente n'avait sollicités. Seulement 9,2 % d'entre eux souscrivent. Les lignes « succès » réunissent les clients qui avaient déjà dit oui à une campagne précédente : 1 511 au total, avec un taux supérieur à 60 % dans chaque ligne. Les trois lignes « non disponible » ne comptent qu'un ou deux clients : leurs taux ne veulent rien dire, et la figure les laisse de côté.

Regroupons les clients en quatre groupes et traçons les taux avec leurs **intervalles de confiance à 95 %** (leçon 4) : des intervalles calculés par une méthode qui, 95 fois sur 100, contient le vrai taux. Plus le groupe est grand, plus l'intervalle est étroit.""",
)
L.code("ax = cl.plots.relationship_rates()")
md(
    it=r"""**Cosa notare.** La barra piena in alto (nessun contatto precedente) si ferma al 9,2 %; le barre tratteggiate dei clienti già contattati salgono al 12,6 % dopo una campagna fallita, al 16,7 % dopo un altro esito e al 64,7 % dopo una campagna riuscita. Gli intervalli (segmenti neri) sono cortissimi: con più di mille clienti per gruppo, è molto improbabile che la differenza sia dovuta al caso.

**Ma attenzione: è un dato descrittivo, non causale.** Nessuno ha assegnato a caso i clienti ai gruppi. La banca ha scelto chi richiamare, e chi ha già sottoscritto l'offerta di una campagna precedente è diverso da chi nessuna campagna aveva contattato (risparmi, età, fiducia…). È una **distorsione da selezione**: i gruppi differiscono per chi sono, non solo per la relazione. Il rapporto fra 64,7 % e 9,2 % *non* dice quanto renderebbe costruire una relazione con un cliente qualunque. E «campagna riuscita» indica un cliente che ha già accettato un'offerta, non un permesso nel senso di Godin.""",
    fr=r"""**À remarquer.** La barre pleine du haut (aucun contact antérieur) s'arrête à 9,2 % ; les barres hachurées des clients déjà contactés montent à 12,6 % après une campagne échouée, à 16,7 % après une autre issue et à 64,7 % après une campagne réussie. Les intervalles (segments noirs) sont très courts : avec au moins 1 500 clients par groupe, il est très improbable que l'écart soit dû au hasard.

**Mais attention : c'est une donnée descriptive, pas causale.** Personne n'a tiré les groupes au sort. La banque a choisi qui rappeler, et ceux qui ont déjà souscrit lors d'une campagne précédente diffèrent de ceux qu'aucune campagne n'avait sollicités (épargne, âge, confiance…). C'est un **biais de sélection** : les groupes diffèrent par ce qu'ils sont, pas seulement par la relation. Le rapport entre 64,7 % et 9,2 % ne dit *pas* ce que rapporterait une relation nouée avec n'importe quel client. Et « campagne réussie » désigne un client qui a déjà accepté une offre, pas une permission au sens de Godin.""",
)

# ------------------------------------------------------------------------------------------ 3
md(
    it="""## 3. Quanto vale un cliente: il CLV

Il **valore del ciclo di vita del cliente** (*customer lifetime value*, CLV) è il valore attuale dei margini **attesi** che il cliente porterà all'impresa per tutta la durata della relazione.

Tre ingredienti:

- $m$, il **margine** per periodo (ricavi meno costi diretti, in euro), che supponiamo costante;
- $r$, il tasso di ritenzione per periodo: il cliente c'è ancora al periodo $t$ con probabilità $r^t$;
- $i$, il **tasso di attualizzazione** per periodo: un euro incassato fra $t$ periodi vale oggi $1/(1+i)^t$, perché un euro oggi si potrebbe investire.

Con i margini a fine periodo e un orizzonte di $H$ periodi, il CLV è una somma finita:

$$\\mathrm{CLV}_H = \\sum_{t=1}^{H} \\frac{m\\,r^t}{(1+i)^t} = m \\sum_{t=1}^{H} q^t, \\qquad q = \\frac{r}{1+i}.$$

(Il primo margine arriva solo se il cliente resta; incassato subito, la formula chiusa qui sotto diventerebbe $m(1+i)/(1+i-r)$.) È una serie geometrica di ragione $q$. Moltiplicando la somma per $(1-q)$ quasi tutti i termini si annullano, e resta

$$\\mathrm{CLV}_H = m\\,q\\,\\frac{1-q^H}{1-q}.$$

Poiché $0 \\le q < 1$, il termine $q^H$ tende a zero quando l'orizzonte si allunga, e la somma tende alla **formula chiusa**

$$\\mathrm{CLV}_\\infty = \\frac{m\\,q}{1-q} = \\frac{m\\,r}{1+i-r}.$$

Con $m = 100$ € all'anno, $r = 0{,}8$ e $i = 0{,}1$ (10 % all'anno): $\\mathrm{CLV}_\\infty = 80/0{,}3 \\approx 266{,}67$ €. Verifichiamo che la somma finita vi si avvicini:""",
    fr="""## 3. Combien vaut un client : la CLV

La **valeur vie client** (*customer lifetime value*, CLV) est la valeur actualisée des marges **attendues** qu'un client apportera à l'entreprise pendant toute la durée de la relation.

Trois ingrédients :

- $m$, la **marge** par période (recettes moins coûts directs, en euros), supposée constante ;
- $r$, le taux de rétention par période : le client est encore là à la période $t$ avec la probabilité $r^t$ ;
- $i$, le **taux d'actualisation** par période : un euro encaissé dans $t$ périodes vaut aujourd'hui $1/(1+i)^t$, car un euro d'aujourd'hui pourrait être placé.

Avec des marges en fin de période et un horizon de $H$ périodes, la CLV est une somme finie :

$$\\mathrm{CLV}_H = \\sum_{t=1}^{H} \\frac{m\\,r^t}{(1+i)^t} = m \\sum_{t=1}^{H} q^t, \\qquad q = \\frac{r}{1+i}.$$

(La première marge n'arrive que si le client reste ; encaissée tout de suite, la formule fermée ci-dessous deviendrait $m(1+i)/(1+i-r)$.) C'est une série géométrique de raison $q$. En multipliant la somme par $(1-q)$, presque tous les termes s'annulent, et il reste

$$\\mathrm{CLV}_H = m\\,q\\,\\frac{1-q^H}{1-q}.$$

Comme $0 \\le q < 1$, le terme $q^H$ tend vers zéro quand l'horizon s'allonge, et la somme tend vers la **formule fermée**

$$\\mathrm{CLV}_\\infty = \\frac{m\\,q}{1-q} = \\frac{m\\,r}{1+i-r}.$$

Avec $m = 100$ € par an, $r = 0{,}8$ et $i = 0{,}1$ (10 % par an) : $\\mathrm{CLV}_\\infty = 80/0{,}3 \\approx 266{,}67$ €. Vérifions que la somme finie s'en rapproche :""",
)
L.code('''closed = cl.permission.clv(100, 0.8, 0.1)            # CLV∞
horizons = [1, 2, 5, 10, 20, 50]
clv_table = pd.DataFrame({"horizon": horizons,
                          "clv": cl.permission.clv(100, 0.8, 0.1, horizon=horizons)})
clv_table["gap"] = closed - clv_table["clv"]
print(cl.i18n.number(closed))
cl.tables.localize(clv_table)''')
md(
    it="""**Cosa notare.** Con un solo anno il cliente vale 72,73 €; con cinque, 212,41 €; con venti la distanza dalla formula chiusa è ormai di mezzo euro. La distanza è esattamente $\\mathrm{CLV}_\\infty\\,q^H$: si riduce dello stesso fattore $q \\approx 0{,}73$ a ogni anno in più. I margini lontani pesano poco: il cliente può essersene andato, e sono attualizzati.

Ora la leva della ritenzione, a parità di margine e di attualizzazione:""",
    fr="""**À remarquer.** Sur un an, le client vaut 72,73 € ; sur cinq ans, 212,41 € ; sur vingt ans, l'écart à la formule fermée n'est plus que d'un demi-euro. L'écart vaut exactement $\\mathrm{CLV}_\\infty\\,q^H$ : il diminue du même facteur $q \\approx 0{,}73$ à chaque année supplémentaire. Les marges lointaines pèsent peu : le client a pu partir, et elles sont actualisées.

Voyons le levier de la rétention, à marge et actualisation égales :""",
)
L.code('''ret_table = pd.DataFrame({"retention": [0.7, 0.8, 0.9]})
ret_table["clv"] = cl.permission.clv(100, ret_table["retention"], 0.1)
cl.tables.localize(ret_table)''')
md(
    it="""Passare da $r = 0{,}8$ a $r = 0{,}9$ fa salire il valore del cliente da 266,67 € a 450 €: +69 %, per dieci punti di ritenzione. Gupta, Lehmann e Stuart (2004) lo hanno stimato con i dati di imprese reali: nei loro calcoli, un miglioramento dell'1 % del tasso di ritenzione fa crescere il valore dell'impresa del 5 % circa, molto più di un miglioramento dell'1 % del margine o del costo di acquisizione.""",
    fr="""Passer de $r = 0{,}8$ à $r = 0{,}9$ fait monter la valeur du client de 266,67 € à 450 € : +69 %, pour dix points de rétention. Gupta, Lehmann et Stuart (2004) l'ont estimé à partir des données d'entreprises réelles : selon leurs calculs, une amélioration de 1 % de la rétention augmente la valeur de l'entreprise d'environ 5 %, bien plus qu'une amélioration de 1 % de la marge ou du coût d'acquisition.""",
)

# ------------------------------------------------------------------------------------------ 4
md(
    it=r"""## 4. Un budget da dividere tra interruzione e permesso

Immaginiamo un'impresa con 200 clienti e un budget di marketing mensile $B$. Ne dà una quota $s$ all'**interruzione** (acquisizione: annunci, spot, prospezione) e il resto, $(1-s)B$, al **permesso** (fidelizzazione: newsletter, programma fedeltà, servizio ai clienti). Il modello (`cl.permission.acquisition_vs_cultivation`) segue, mese per mese, tre regole:

- **nuovi clienti**: i primi costano circa 100 € l'uno, poi sempre di più (rendimenti decrescenti), fino a un massimo di 200 al mese;
- **ritenzione**: senza spesa di fidelizzazione resta il 60 % dei clienti ogni mese; la spesa *per cliente* la alza, con rendimenti decrescenti, fino al 95 %;
- **base clienti**: clienti del mese dopo = clienti rimasti + nuovi clienti, cioè $N_{t+1} = r_t N_t + a_t$.

Ogni cliente porta un margine di 50 € al mese; il valore di un mese è margine totale meno budget, attualizzato all'1 % al mese, sommato su tre anni. È un modello didattico ispirato a Blattberg e Deighton (1996): numeri illustrativi, non stime.

Il CLV della sezione 3 fa intuire il risultato. Con la ritenzione di base ($r = 0{,}6$) un cliente vale $50 \cdot 0{,}6/(1{,}01 - 0{,}6) pprox 73$ €, meno dei 100 € che costa acquisirlo: riempire il secchio senza tappare i buchi fa perdere denaro. Con $r = 0{,}95$ vale circa 792 €, prima della spesa di fidelizzazione necessaria per arrivarci. Ecco il valore in tre anni per ogni ripartizione di un budget di 10 000 € al mese:""",
    fr=r"""## 4. Un budget à répartir entre interruption et permission

Prenons une entreprise de 200 clients, avec un budget marketing mensuel $B$. Elle en consacre une part $s$ à l'**interruption** (acquisition : annonces, spots, prospection) et le reste, $(1-s)B$, à la **permission** (fidélisation : lettre d'information, programme de fidélité, service client). Le modèle (`cl.permission.acquisition_vs_cultivation`) suit, mois après mois, trois règles :

- **nouveaux clients** : les premiers coûtent environ 100 € chacun, puis de plus en plus (rendements décroissants), jusqu'à 200 par mois au maximum ;
- **rétention** : sans dépense de fidélisation, 60 % des clients restent chaque mois ; la dépense *par client* fait monter ce taux, avec des rendements décroissants, jusqu'à 95 % ;
- **base de clients** : clients du mois suivant = clients restés + nouveaux clients, soit $N_{t+1} = r_t N_t + a_t$.

Chaque client rapporte une marge de 50 € par mois ; la valeur d'un mois est la marge totale moins le budget, actualisée à 1 % par mois, additionnée sur trois ans. C'est un modèle pédagogique inspiré de Blattberg et Deighton (1996) : chiffres illustratifs, pas des estimations.

La CLV de la section 3 laisse deviner le résultat. Avec la rétention de base ($r = 0{,}6$), un client vaut $50 \cdot 0{,}6/(1{,}01 - 0{,}6) pprox 73$ €, moins que les 100 € de son acquisition : remplir le seau sans boucher les trous fait perdre de l'argent. Avec $r = 0{,}95$, il vaut environ 792 €, avant la dépense de fidélisation nécessaire pour atteindre ce taux. Voici la valeur sur trois ans pour chaque répartition d'un budget de 10 000 € par mois :""",
)
L.code("ax = cl.plots.budget_split(budget=10)")
md(
    it="""**Cosa notare.** La curva punteggiata a rombi (valore in tre anni, scala a sinistra) è una collina: −155 mila € con tutto sul permesso, circa −5 mila € con tutto sull'interruzione, un massimo di circa 182 mila € intorno al 50 % (il cerchio). I clienti dopo tre anni (tratto e punto con triangoli, scala a destra) seguono la stessa forma. Tutto sull'interruzione è un **secchio bucato**; tutto sul permesso coltiva una base che nessuno rifornisce.""",
    fr="""**À remarquer.** La courbe en pointillés à losanges (valeur sur trois ans, échelle de gauche) dessine une colline : −155 k€ avec tout sur la permission, environ −5 k€ avec tout sur l'interruption, un maximum d'environ 182 k€ autour de 50 % (le cercle). Les clients après trois ans (trait mixte à triangles, échelle de droite) suivent la même forme. Tout sur l'interruption, c'est un **seau percé** ; tout sur la permission cultive une base que personne n'alimente.""",
)

# ------------------------------------------------------------------------------------------ 5
md(
    it=r"""## 5. Prova tu

La demo segue la base clienti per tre anni: gli estremi (tutto sull'interruzione: linea continua con cerchi; tutto sul permesso: tratteggio con quadrati) e la tua ripartizione (tratto e punto spesso, con triangoli). Il riquadro dà clienti e valore in tre anni. Prova a:

- lasciare il budget a 10 mila € e spostare la quota da 0 a 100 %: dove si trova il valore più alto? Coincide con il punto in cui i clienti sono di più?
- portare il budget a 2 mila €, poi a 20 mila €: la quota migliore cambia molto? E il valore?
- con tutto sull'interruzione, perché la base si ferma presto a un livello fisso (a 10 mila € resta intorno a 200 clienti, a 20 mila € sale a circa 316 e lì si ferma)?""",
    fr=r"""## 5. À vous

La démonstration suit la base de clients sur trois ans : les extrêmes (tout sur l'interruption : trait plein à ronds ; tout sur la permission : tirets à carrés) et votre répartition (trait mixte épais à triangles). L'encadré donne les clients et la valeur sur trois ans. Essayez de :

- laisser le budget à 10 k€ et faire varier la part de 0 à 100 % : où se trouve la valeur la plus haute ? Coïncide-t-elle avec le point où les clients sont les plus nombreux ?
- passer le budget à 2 k€, puis à 20 k€ : la meilleure part change-t-elle beaucoup ? Et la valeur ?
- avec tout sur l'interruption, pourquoi la base se fige-t-elle vite à un niveau fixe (vers 200 clients à 10 k€ ; vers 316 à 20 k€) ?""",
)
L.code("cl.demos.cultivation_demo()", demo=True)
md(
    it=r"""Ai valori iniziali (10 mila € al mese, metà all'interruzione) la demo è vicinissima al punto più alto della figura della sezione 4 (52 %): circa 340 clienti dopo tre anni e 182 mila € di valore.

<details>
<summary>Risposte (apri dopo aver provato)</summary>

1. A 10 mila € il valore più alto è al 50 % (182 mila €). Su una griglia fine il valore culmina verso il 52 %, i clienti verso il 49 %: vicini, non identici.
2. La quota migliore cambia poco: 45 % a 2 mila € (68 mila €), 50 % a 10 e a 20 mila € (182 e 253 mila €). Dieci volte il budget dà solo 3,7 volte il valore (rendimenti decrescenti).
3. Senza fidelizzazione ogni mese se ne va il 40 % dei clienti: la base si ferma quando le uscite ($0{,}4\,N$) pareggiano i nuovi arrivi $a$, cioè a $N = 2{,}5\,a$: circa 79 arrivi e 197 clienti a 10 mila €, 126 e 316 a 20 mila €. Anche con un budget infinito (200 arrivi al mese) non si supererebbero i 500 clienti: è il secchio bucato.

</details>""",
    fr=r"""Aux valeurs initiales (10 k€ par mois, moitié pour l'interruption), la démonstration est tout près du point le plus haut de la figure de la section 4 (52 %) : environ 340 clients après trois ans et 182 k€ de valeur.

<details>
<summary>Réponses (à ouvrir après avoir essayé)</summary>

1. À 10 k€, la valeur est la plus haute à 50 % (182 k€). Sur une grille fine : 52 % pour la valeur, 49 % pour les clients ; proches, sans coïncider.
2. La meilleure part bouge peu : 45 % à 2 k€ (68 k€), 50 % à 10 et à 20 k€ (182 et 253 k€). Dix fois plus de budget ne donne que 3,7 fois plus de valeur (rendements décroissants).
3. Sans fidélisation, 40 % des clients partent chaque mois : la base se stabilise quand les départs ($0{,}4\,N$) égalent les arrivées $a$, soit $N = 2{,}5\,a$ : environ 79 arrivées et 197 clients à 10 k€, 126 et 316 à 20 k€. Même avec un budget infini (200 arrivées par mois), on ne dépasserait pas 500 clients : c'est le seau percé.

</details>""",
)

# ------------------------------------------------------------------------------------------ 6
md(
    it=r"""## 6. Una lettura critica di Godin

I dati e il modello danno in parte ragione a Godin, ma restano quattro obiezioni.

- **Anche le liste si stancano.** Un permesso non è un assegno in bianco: troppe e-mail consumano l'attenzione di chi le ha chieste. Kumar, Zhang e Luo (2014) modellano proprio l'iscrizione e la disiscrizione dei clienti in un contesto di marketing basato sul permesso; secondo la sintesi del loro articolo, l'intensità del marketing influisce sul momento dell'una e dell'altra.
- **Non tutti i clienti vogliono una relazione.** Chi compra una caffettiera spesso desidera solo che funzioni: per lui una «relazione» fatta di messaggi frequenti è un'altra interruzione.
- **La privacy può frenare il consenso.** Per coltivare un cliente bisogna conoscerlo, cioè trattare i suoi dati. Krafft, Arden e Verhoef (2017) pongono la domanda già nel titolo: perché i clienti concedono, o no, il permesso, e che ruolo hanno le **preoccupazioni per la privacy**? L'intuizione, da confrontare con i loro risultati: chi teme l'uso che l'impresa farà dei suoi dati esiterà di più a dare il consenso.
- **Il dubbio del lettore.** L'autore del blog ammette che un permission marketing vissuto dai clienti come una relazione ricca e personalizzata, a suo giudizio, non è ancora stato davvero realizzato.

Anche il nostro modello ha limiti (clienti tutti uguali, né stanchezza né concorrenza): mostra la forma del problema, non una percentuale da applicare.""",
    fr=r"""## 6. Une lecture critique de Godin

Les données et le modèle donnent en partie raison à Godin, mais quatre objections demeurent.

- **Les listes s'usent aussi.** Une permission n'est pas un chèque en blanc : trop de courriels épuisent l'attention de ceux qui les ont demandés. Kumar, Zhang et Luo (2014) modélisent justement l'inscription et la désinscription dans un contexte de marketing fondé sur la permission ; selon le résumé de leur article, l'intensité du marketing influe sur le moment de l'une et de l'autre.
- **Tous les clients ne veulent pas d'une relation.** Qui achète une cafetière souhaite souvent seulement qu'elle fonctionne : pour lui, une « relation » faite de messages fréquents n'est qu'une interruption de plus.
- **La vie privée peut freiner le consentement.** Pour cultiver un client, il faut le connaître, donc traiter ses données. Krafft, Arden et Verhoef (2017) posent la question dès leur titre : pourquoi les clients accordent-ils, ou non, leur permission, face à leurs **préoccupations pour la vie privée** ? L'intuition, à confronter à leurs résultats : qui craint l'usage que l'entreprise fera de ses données hésitera davantage à consentir.
- **Le doute du lecteur.** L'auteur du blog avoue qu'un permission marketing vécu par les clients comme une relation riche et personnalisée n'est, selon lui, pas encore vraiment réalisé.

Notre modèle a aussi ses limites (clients identiques, ni lassitude ni concurrence) : il montre la forme du problème, pas un pourcentage à appliquer.""",
)

# ------------------------------------------------------------------------------------------ 7
md(
    it=r"""## 7. Conclusione: due strumenti complementari, dentro le regole del 2026

L'autore del blog arrivava, per altra via, alla stessa conclusione del nostro modello: i due approcci sono **complementari**; l'interruzione conquista i clienti, il permesso li coltiva. La divisione, però, non è netta: la banca della sezione 2 *telefona* ai propri clienti, e Godin stesso usa un annuncio per ottenere il primo permesso. Interrompere non vuol dire per forza disturbare, se il messaggio è pertinente e la frequenza misurata.

In Italia, nel 2026:

- **e-mail, SMS, MMS, fax e chiamate automatiche** a fini commerciali richiedono il consenso del destinatario (art. 130 del Codice privacy, d.lgs. n. 196/2003). Eccezione, il *soft spam* (art. 130, comma 4): si può scrivere per e-mail, senza chiederne il consenso, a chi ha fornito l'indirizzo acquistando un prodotto, ma solo per prodotti propri analoghi e informandolo, alla raccolta e in ogni messaggio, che può opporsi;
- le **telefonate con operatore** sono ammesse verso chi non si è opposto: chi non vuole essere chiamato si iscrive al Registro pubblico delle opposizioni (d.P.R. n. 26/2022, attuativo della legge n. 5/2018; aperto ai cellulari dal 27 luglio 2022), e l'iscrizione revoca, in linea generale, i consensi dati in precedenza;
- ognuno può opporsi in qualunque momento al marketing diretto (art. 21 del GDPR), e le «ripetute e non richieste sollecitazioni commerciali» sono una pratica commerciale aggressiva (art. 26, comma 1, lett. c, del Codice del consumo), su cui vigila l'AGCM (Autorità garante della concorrenza e del mercato).

In pratica: la prospezione a freddo per e-mail o SMS richiede il consenso, per telefono bisogna almeno escludere gli iscritti al Registro; spot, cartelloni e annunci non chiedono consenso. I clienti si possono coltivare per e-mail con offerte di prodotti propri analoghi finché non si oppongono (soft spam); per SMS e chiamate automatiche serve comunque il consenso. Sempre con misura.""",
    fr=r"""## 7. Conclusion : deux outils complémentaires, dans les règles de 2026

L'auteur du blog arrivait, par une autre voie, à la même conclusion que notre modèle : les deux approches sont **complémentaires** ; l'interruption conquiert des clients, la permission les cultive. Le partage n'est pourtant pas net : la banque de la section 2 *téléphone* à ses propres clients, et Godin lui-même utilise une annonce pour obtenir une première permission. Interrompre n'est pas forcément déranger, si le message est pertinent et la fréquence mesurée.

En France, en 2026 :

- **démarchage téléphonique** : depuis le 11 août 2026, date de la fin de la concession Bloctel, l'article L. 223-1 du Code de la consommation (loi n° 2025-594 du 30 juin 2025, art. 13) interdit d'appeler un consommateur sans son consentement préalable, qui doit exprimer une volonté « libre, spécifique, éclairée, univoque et révocable » et que le professionnel doit prouver ; exception : un appel lié à l'exécution d'un contrat en cours et à son objet. L'article prévoit toujours un décret sur les jours, horaires et fréquence des appels ; nous n'avons pas pu vérifier si celui de 2022 (quatre tentatives au plus sur trente jours) a changé depuis : vérifiez-le sur Légifrance ;
- **courriel et SMS** : la prospection d'un particulier exige son consentement préalable (art. L. 34-5 du CPCE), sauf pour un client dont on a recueilli les coordonnées lors d'une vente ou d'une prestation de services, pour des produits analogues de la même entreprise, s'il peut s'y opposer simplement et gratuitement à la collecte et à chaque envoi ;
- chacun peut s'opposer à tout moment au traitement de ses données à des fins de prospection (art. 21 du RGPD).

En pratique, la prospection à froid par courriel, SMS ou téléphone exige le consentement préalable ; restent les médias (spots, affiches, annonces). Les clients se cultivent avec mesure : par courriel ou SMS pour des produits analogues tant qu'ils ne s'y opposent pas, par téléphone seulement dans le cadre d'un contrat en cours et en rapport avec son objet. Pour le téléphone, la loi est passée de l'opposition au consentement : de l'interruption à la permission.""",
)

# ------------------------------------------------------------------------------------------ exercises
md(it="## Esercizi", fr="## Exercices")
md(
    it="""### Esercizio 08.1 (concetti)

Tra i clienti della banca, sottoscrive il 64,7 % di chi aveva detto sì alla campagna precedente, contro il 9,2 % di chi nessuna campagna precedente aveva contattato. Quale conclusione è corretta?

- a) ricontattare un cliente moltiplica per sette la sua probabilità di sottoscrivere;
- b) il confronto è descrittivo: la banca ha scelto chi richiamare, e chi aveva già detto sì è un cliente diverso;
- c) il confronto non dice nulla, perché i due gruppi hanno dimensioni molto diverse;
- d) conviene smettere di cercare nuovi clienti e richiamare solo quelli vecchi.

Scrivi la lettera tra virgolette, per esempio `"a"`.""",
    fr="""### Exercice 08.1 (notions)

Parmi les clients de la banque, 64,7 % de ceux qui avaient dit oui à la campagne précédente souscrivent, contre 9,2 % de ceux qu'aucune campagne précédente n'avait sollicités. Quelle conclusion est correcte ?

- a) recontacter un client multiplie par sept sa probabilité de souscrire ;
- b) la comparaison est descriptive : la banque a choisi qui rappeler, et ceux qui avaient déjà dit oui sont des clients différents ;
- c) la comparaison ne dit rien, car les deux groupes ont des tailles très différentes ;
- d) mieux vaut cesser de chercher de nouveaux clients et ne rappeler que les anciens.

Écrivez la lettre entre guillemets droits, par exemple `"a"`.""",
)
L.code('answer = None  # "a", "b", "c", "d"\ncheck("08.1", answer)')
solution(
    'answer = "b"\ncheck("08.1", answer)',
    it_text="""Nessuno ha assegnato a caso i clienti ai gruppi: è una **distorsione da selezione**. La (a) legge un rapporto descrittivo come un effetto causale; la (c) è smentita dagli intervalli di confidenza, strettissimi; la (d) dimentica che senza nuovi clienti la base si svuota. Risposta **b**.""",
    fr_text="""Personne n'a tiré les groupes au sort : c'est un **biais de sélection**. La (a) lit un rapport descriptif comme un effet causal ; la (c) est démentie par des intervalles très étroits ; la (d) oublie que sans nouveaux clients la base se vide. Réponse **b**.""",
)
md(
    it="""### Esercizio 08.2 (dati con pandas)

Usando la tabella `rel` della sezione 2, calcola il tasso di sottoscrizione, **in percentuale**, di tutti i clienti che erano stati contattati almeno una volta nelle campagne precedenti, qualunque fosse l'esito. Nel codice le colonne hanno nomi inglesi: `previous_contacts` (testo: `"0"`, `"1"`, `"2"`, `"3+"`), `previous_outcome`, `clients` e `subscribed`.""",
    fr="""### Exercice 08.2 (données avec pandas)

À partir du tableau `rel` de la section 2, calculez le taux de souscription, **en pourcentage**, de tous les clients qui avaient été contactés au moins une fois lors des campagnes précédentes, quelle qu'ait été l'issue. Dans le code, les colonnes ont des noms anglais : `previous_contacts` (texte : `"0"`, `"1"`, `"2"`, `"3+"`), `previous_outcome`, `clients` et `subscribed`.""",
)
L.code('answer = None  # ...\ncheck("08.2", answer)')
solution(
    '''before = rel[rel["previous_contacts"] != "0"]
answer = 100 * before["subscribed"].sum() / before["clients"].sum()
print(cl.i18n.number(answer, 1))
check("08.2", answer)''',
    it_text="""Si sommano clienti e sottoscrizioni delle righe con almeno un contatto precedente: 1 905 su 8 257, cioè il 23,1 %. Fare la media dei tassi delle righe darebbe troppo peso ai gruppi piccoli (le righe con uno o due clienti peserebbero quanto quella con 1 707).""",
    fr_text="""On additionne les clients et les souscriptions des lignes avec au moins un contact antérieur : 1 905 sur 8 257, soit 23,1 %. Faire la moyenne des taux des lignes donnerait trop de poids aux petits groupes (les lignes d'un ou deux clients pèseraient autant que celle de 1 707).""",
)
md(
    it="""### Esercizio 08.3 (modello)

Un abbonamento annuale porta un margine di 120 € all'anno, incassato a fine anno. Ogni anno resta l'80 % degli abbonati e il tasso di attualizzazione è del 10 %. Quanto vale un abbonato con la formula chiusa del CLV (orizzonte infinito)? Rispondi in euro.""",
    fr="""### Exercice 08.3 (modèle)

Un abonnement annuel rapporte une marge de 120 € par an, encaissée en fin d'année. Chaque année, 80 % des abonnés restent et le taux d'actualisation est de 10 %. Combien vaut un abonné selon la formule fermée de la CLV (horizon infini) ? Répondez en euros.""",
)
L.code('answer = None  # ...\ncheck("08.3", answer)')
solution(
    '''answer = cl.permission.clv(120, 0.8, 0.1)
print(cl.i18n.number(answer))
check("08.3", answer)''',
    it_text="""$q = 0{,}8/1{,}1$ e $\\mathrm{CLV}_\\infty = m\\,r/(1+i-r) = 120 \\cdot 0{,}8/0{,}3 = 320$ €.""",
    fr_text="""$q = 0{,}8/1{,}1$ et $\\mathrm{CLV}_\\infty = m\\,r/(1+i-r) = 120 \\cdot 0{,}8/0{,}3 = 320$ €.""",
)
md(
    it="""### Esercizio 08.4 (modello)

Con il modello della sezione 4 e un budget di **2 000 € al mese**, quale quota del budget, **in percentuale** e a passi di 5 punti (0, 5, …, 100 %), conviene spendere per l'interruzione per ottenere il valore più alto in tre anni?""",
    fr="""### Exercice 08.4 (modèle)

Avec le modèle de la section 4 et un budget de **2 000 € par mois**, quelle part du budget, **en pourcentage** et par pas de 5 points (0, 5, …, 100 %), faut-il consacrer à l'interruption pour obtenir la valeur la plus haute sur trois ans ?""",
)
L.code('answer = None  # ...\ncheck("08.4", answer)')
solution(
    '''shares = np.linspace(0, 1, 21)
result = cl.permission.acquisition_vs_cultivation(2000, shares)
answer = 100 * shares[np.argmax(result["total_value"])]
print(cl.i18n.number(answer, 0))
check("08.4", answer)''',
    it_text="""Con un budget più piccolo la quota migliore scende un poco, al 45 %. Attenzione a non inseguire il numero di clienti: i clienti dopo tre anni sono massimi intorno al 50–55 %, ma gli ultimi acquistati costano più di quanto rendono.""",
    fr_text="""Avec un budget plus petit, la meilleure part baisse à 45 %. Attention à ne pas courir après le nombre de clients : il est maximal vers 50–55 % après trois ans, mais les derniers clients acquis coûtent plus qu'ils ne rapportent.""",
)
md(
    it=r"""### Esercizio 08.5 (progetto finale, argomentato)

Dirigi il marketing di «Caffè Aurora», una torrefazione immaginaria che vende caffè in abbonamento online. Hai **5 000 € al mese per un anno**.

1. Scegli la quota del budget da dare all'interruzione. Senza codice: nella demo della sezione 5, budget a 5 mila €, prova diverse quote; leggi i clienti al mese 12 sul grafico e il valore in 3 anni nel riquadro (non mostra il valore a 12 mesi). Con Python: `res = cl.permission.acquisition_vs_cultivation(5000, quota, horizon=12)` (`quota` fra 0 e 1), poi `res["customers"][-1]` (clienti a inizio del 12° mese) e `res["total_value"]` (valore in 12 mesi, in euro).
2. Scrivi il calendario dei contatti, trimestre per trimestre: a chi ti rivolgi (persone che non ti conoscono o clienti), con quali canali (annunci, spot, telefono, e-mail, SMS), con quale frequenza, e quale regola ti permette di contattarli (consenso, soft spam, Registro delle opposizioni; sezione 7).
3. Giustifica il piano in 5–8 frasi: perché questa ripartizione, quali rischi di stanchezza o di rifiuto vedi, che cosa misureresti per correggere la rotta.

Scrivi la risposta in una cella Markdown, poi confrontala con la risposta modello e la griglia.""",
    fr=r"""### Exercice 08.5 (projet final, argumenté)

Vous dirigez le marketing de « Café Aurore », une brûlerie fictive qui vend du café par abonnement en ligne. Vous disposez de **5 000 € par mois pendant un an**.

1. Choisissez la part du budget à consacrer à l'interruption. Sans code : dans la démonstration de la section 5, budget à 5 k€, essayez plusieurs parts ; lisez les clients au mois 12 sur le graphique et la valeur sur 3 ans dans l'encadré (elle n'affiche pas la valeur à 12 mois). Avec Python : `res = cl.permission.acquisition_vs_cultivation(5000, part, horizon=12)` (`part` entre 0 et 1), puis `res["customers"][-1]` (clients au début du 12ᵉ mois) et `res["total_value"]` (valeur sur 12 mois, en euros).
2. Écrivez le calendrier des contacts, trimestre par trimestre : à qui vous vous adressez (personnes qui ne vous connaissent pas ou clients), par quels canaux (annonces, spots, téléphone, courriel, SMS), à quelle fréquence, et quelle règle vous autorise à les contacter (consentement, exception « clients existants », contrat en cours ; section 7).
3. Justifiez le plan en 5 à 8 phrases : pourquoi cette répartition, quels risques de lassitude ou de refus, que mesurer pour corriger le cap.

Rédigez votre réponse dans une cellule Markdown, puis comparez-la à la réponse modèle et à la grille.""",
)
md(
    it=r"""<details>
<summary>Risposta modello (apri solo dopo aver scritto la tua)</summary>

**Ripartizione.** Metà del budget all'interruzione (2 500 € al mese), metà al permesso. Dopo 12 mesi: circa 176 clienti (erano 200: più di quanti 5 000 € al mese riescano a mantenere) e 47 mila € di valore, contro 17 mila € con tutto sull'interruzione e 24 mila € con tutto sul permesso. Nella demo (valore in 3 anni): 119 mila €, contro 27 e −18 mila € agli estremi.

**Calendario.**
- *Trimestre 1 (acquisizione)*: annunci online e nei podcast sul caffè, due fiere, un'offerta di prova. Nessuna telefonata a freddo.
- *Da subito, a ogni primo acquisto*: newsletter con casella non preselezionata (consenso, art. 130) e l'avviso che si riceveranno e-mail su prodotti simili, a cui ci si può opporre con un clic.
- *Trimestre 2*: a chi non si è iscritto e non si è opposto, al massimo un'e-mail al mese su prodotti propri analoghi (soft spam), con il link per opporsi in ogni messaggio.
- *Trimestre 3*: newsletter quindicinale con contenuti utili e programma a punti; nessun SMS senza consenso.
- *Trimestre 4*: annunci prima di Natale; agli abbonati, un'offerta regalo.

**Giustificazione.** L'interruzione fa conoscere il marchio, il permesso trattiene i clienti. Anche una lista si stanca: misurerei ogni mese ritenzione, costo per nuovo cliente e disiscrizioni. Il modello è illustrativo.

</details>""",
    fr=r"""<details>
<summary>Réponse modèle (à ouvrir après avoir rédigé la vôtre)</summary>

**Répartition.** Moitié pour l'interruption (2 500 € par mois), moitié pour la permission. Après 12 mois : environ 176 clients (ils étaient 200 : c'est ce que 5 000 € par mois peuvent entretenir) et 47 k€ de valeur, contre 17 k€ tout sur l'interruption et 24 k€ tout sur la permission. Dans la démonstration (valeur sur 3 ans) : 119 k€, contre 27 et −18 k€ aux extrêmes.

**Calendrier.**
- *Trimestre 1 (acquisition)* : annonces en ligne et dans des podcasts sur le café, deux salons, une offre d'essai. Aucun appel à froid : il faudrait le consentement préalable de chacun.
- *Dès chaque premier achat* : case non précochée pour la lettre d'information (consentement, art. L. 34-5 CPCE) et, dans la commande, un moyen simple et gratuit de refuser la prospection.
- *Trimestre 2* : aux autres acheteurs, au plus un courriel par mois sur des produits analogues (exception « clients existants »), avec un lien de désinscription à chaque envoi.
- *Trimestre 3* : lettre tous les quinze jours, contenus utiles et programme à points ; pas de SMS promotionnels, même si l'exception le permettrait : canal jugé trop intrusif.
- *Trimestre 4* : annonces avant Noël ; aux abonnés, une offre cadeau (un appel ne serait possible que dans le cadre de leur abonnement en cours et en rapport avec son objet).

**Justification.** L'interruption fait connaître la marque, la permission retient les clients. Une liste s'use aussi : je suivrais chaque mois la rétention, le coût par nouveau client et les désabonnements. Le modèle est illustratif.

</details>""",
    tags=('solution',),
)
md(
    it=r"""<details>
<summary>Griglia di valutazione (10 punti)</summary>

| criterio | punti |
|---|---|
| Numeri del simulatore (clienti a 12 mesi; valore a 12 mesi con Python, in 3 anni con la demo); quota scelta guardando il valore | 3 |
| Complementarità: interruzione per acquisire, permesso per coltivare; canali adatti al pubblico | 3 |
| Regole italiane corrette: consenso (art. 130), soft spam con le sue condizioni, Registro delle opposizioni, opposizione | 2 |
| Spirito critico: stanchezza, clienti senza voglia di relazione, privacy, limiti del modello; indicatori | 2 |

Un piano tutto sull'interruzione o tutto sul permesso, senza argomenti, non supera 4 punti; un piano con contatti non consentiti perde i 2 punti del terzo criterio.

</details>""",
    fr=r"""<details>
<summary>Grille d'évaluation (10 points)</summary>

| critère | points |
|---|---|
| Chiffres du simulateur (clients à 12 mois ; valeur à 12 mois avec Python, sur 3 ans avec la démonstration) ; part choisie d'après la valeur | 3 |
| Complémentarité : interruption pour acquérir, permission pour cultiver ; canaux adaptés au public | 3 |
| Règles françaises exactes : consentement pour le téléphone depuis le 11 août 2026 (et son exception), pour courriel et SMS (exception « clients existants »), opposition | 2 |
| Esprit critique : lassitude, clients sans envie de relation, vie privée, limites du modèle ; indicateurs | 2 |

Un plan tout sur l'interruption ou tout sur la permission, sans arguments, ne dépasse pas 4 points ; un plan avec des contacts non autorisés perd les 2 points du troisième critère.

</details>""",
    tags=('solution',),
)

# ------------------------------------------------------------------------------------------ summary
md(
    it=r"""## Riepilogo

- La prospezione a freddo cerca clienti tra chi non conosce il prodotto (interruzione); la fidelizzazione coltiva quelli già acquisiti (permesso).
- Banca: 9,2 % di sottoscrizioni tra i clienti mai contattati prima, 64,7 % dopo una campagna riuscita; un confronto descrittivo, distorto dalla selezione.
- CLV: $m\,q\,(1-q^H)/(1-q)$ con $q = r/(1+i)$, che tende a $m\,r/(1+i-r)$.
- Tutto sull'interruzione è un secchio bucato, tutto sul permesso svuota la base: il valore più alto sta in mezzo.
- Le liste si stancano, non tutti vogliono una relazione, la privacy può frenare il consenso.
- Interruzione e permesso sono complementari.""",
    fr=r"""## Résumé

- La prospection à froid cherche des clients parmi ceux qui ne connaissent pas le produit (interruption) ; la fidélisation cultive les clients acquis (permission).
- Banque : 9,2 % de souscriptions chez les clients qu'aucune campagne n'avait sollicités, 64,7 % après une campagne réussie ; une comparaison descriptive, faussée par la sélection.
- CLV : $m\,q\,(1-q^H)/(1-q)$ avec $q = r/(1+i)$, qui tend vers $m\,r/(1+i-r)$.
- Tout sur l'interruption, c'est un seau percé ; tout sur la permission vide la base : la valeur la plus haute est entre les deux.
- Les listes s'usent, tout le monde ne veut pas d'une relation, la vie privée peut freiner le consentement.
- Interruption et permission sont complémentaires.""",
)
md(it="### Termini chiave", fr="### Termes clés")
L.code('''cl.glossary.key_terms([
    "cold_prospecting", "acquisition_vs_retention", "customer_acquisition_cost", "retention", "churn",
    "customer_base", "customer_lifetime_value", "discount_rate", "selection_bias", "privacy_concern",
    "permission_marketing", "consent", "soft_opt_in",
])''')
md(
    it="""## Fonti

- Godin, S. (1999), *Permission Marketing: Turning Strangers into Friends, and Friends into Customers*, New York, Simon & Schuster.
- Moro, S., Rita, P. e Cortez, P. (2012), *Bank Marketing* [dataset], UCI Machine Learning Repository, DOI 10.24432/C5K306, licenza CC BY 4.0 secondo la pagina dell'UCI (tabella derivata: conteggi aggregati).
- Gupta, S., Lehmann, D. R. e Stuart, J. A. (2004), «Valuing customers», *Journal of Marketing Research* 41(1), 7–18.
- Blattberg, R. C. e Deighton, J. (1996), «Manage marketing by the customer equity test», *Harvard Business Review* 74(4), 136–144.
- Kumar, V., Zhang, X. (A.) e Luo, A. (2014), «Modeling customer opt-in and opt-out in a permission-based marketing context», *Journal of Marketing Research*, DOI 10.1509/jmr.13.0169.
- Krafft, M., Arden, C. M. e Verhoef, P. C. (2017), «Permission marketing and privacy concerns — why do customers (not) grant permissions?», *Journal of Interactive Marketing* 39, 39–54, DOI 10.1016/j.intmar.2017.03.001.
- d.lgs. 30 giugno 2003, n. 196 (Codice in materia di protezione dei dati personali), art. 130; d.P.R. 27 gennaio 2022, n. 26 (Registro pubblico delle opposizioni), attuativo della legge n. 5/2018; d.lgs. n. 206/2005 (Codice del consumo), art. 26, comma 1, lett. c); Regolamento (UE) 2016/679 (GDPR), art. 21.""",
    fr="""## Sources

- Godin, S. (1999), *Permission Marketing: Turning Strangers into Friends, and Friends into Customers*, New York, Simon & Schuster.
- Moro, S., Rita, P. et Cortez, P. (2012), *Bank Marketing* [jeu de données], UCI Machine Learning Repository, DOI 10.24432/C5K306, licence CC BY 4.0 selon la page de l'UCI (tableau dérivé : comptages agrégés).
- Gupta, S., Lehmann, D. R. et Stuart, J. A. (2004), « Valuing customers », *Journal of Marketing Research* 41(1), 7–18.
- Blattberg, R. C. et Deighton, J. (1996), « Manage marketing by the customer equity test », *Harvard Business Review* 74(4), 136–144.
- Kumar, V., Zhang, X. (A.) et Luo, A. (2014), « Modeling customer opt-in and opt-out in a permission-based marketing context », *Journal of Marketing Research*, DOI 10.1509/jmr.13.0169.
- Krafft, M., Arden, C. M. et Verhoef, P. C. (2017), « Permission marketing and privacy concerns — why do customers (not) grant permissions\u00a0? », *Journal of Interactive Marketing* 39, 39–54, DOI 10.1016/j.intmar.2017.03.001.
- Code de la consommation, art. L. 223-1, dans sa rédaction issue de la loi n° 2025-594 du 30 juin 2025, art. 13 (en vigueur le 11 août 2026) ; Code des postes et des communications électroniques, art. L. 34-5 ; CNIL, « CNIL Direct », question 371 (https://cnil.fr/cnil-direct/question/371) ; règlement (UE) 2016/679 (RGPD), art. 21.""",
)

if __name__ == "__main__":
    L.build(execute_nb="--no-exec" not in sys.argv)

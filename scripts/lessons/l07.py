"""Lesson 07 — Spam and consent (it: 07_spam_e_consenso, fr: 07_spam_et_consentement).

Build (from the repository root, with PYTHONPATH pointing at it):

    python scripts/lessons/l07.py          # writes and executes both notebooks

Facts: only as /work/shared/FACTS-CHECKED.md states them (checked 2026-12-01).
French text is written with ordinary spaces; :func:`fr` adds the non-breaking spaces.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from lesson_builder import Lesson  # noqa: E402

NB = "\u00a0"


def fr(text: str) -> str:
    """French typography: non-breaking space before ; : ! ? and %, inside « »."""
    # code, maths, links and English titles in italics keep their punctuation
    parts = re.split(r"(```.*?```|`[^`\n]*`|\$\$.*?\$\$|\$[^$\n]+\$|https?://\S+|(?<!\*)\*[A-Z][A-Za-z ,:'-]*\*(?!\*))",
                     text, flags=re.S)
    out = []
    for i, p in enumerate(parts):
        if i % 2 == 0:
            p = re.sub(r"[ \u00a0]?([;:!?])(?=\s|$|\*\*)", NB + r"\1", p)
            p = re.sub(r"«[ \u00a0]*", "«" + NB, p)
            p = re.sub(r"[ \u00a0]*»", NB + "»", p)
            p = re.sub(r"(\d) %", r"\1" + NB + "%", p)
        out.append(p)
    return "".join(out)


class L07(Lesson):
    def md(self, *, it: str, fr: str, tags=()):  # noqa: D401 - same signature as Lesson.md
        super().md(it=it, fr=globals()["fr"](fr), tags=tags)

    def solution(self, code: str, *, it_text: str = "", fr_text: str = ""):
        super().solution(code, it_text=it_text, fr_text=globals()["fr"](fr_text))


L = L07("07", it="07_spam_e_consenso", fr="07_spam_et_consentement")

# ------------------------------------------------------------------------------------------------
L.md(it="""
# Lezione 7 — Spam e consenso: dall'interruzione al permesso, per legge

L'autore del post francese da cui parte il corso teme che il *permission marketing* via e-mail si scontri con il problema
dello spam, e azzarda: «più del 90 % delle e-mail del mondo?». Controlliamo la stima sui dati, vediamo quanto costa
lo spam a chi lo riceve e come il diritto sceglie, canale per canale, tra **opposizione** e **consenso**.

**Obiettivi di apprendimento.** Alla fine della lezione saprai:

1. verificare una cifra su una tabella di fonti, senza mescolare i fornitori in una stessa serie;
2. spiegare perché lo spam è un costo per tutti (un'*esternalità*);
3. dire quale regola, *opt-out* o *opt-in*, vale in Italia e in Francia per e-mail, SMS e telefonate;
4. confrontare con un modello le due regole sulla stessa popolazione;
5. consigliare un'azienda sulla nuova regola francese del telemarketing.

**Prerequisiti.** La lezione 1 (spam) e la lezione 6 (*permission marketing*); percentuali e punti percentuali; un
po' di pandas per l'esercizio 07.2. *Opt-in* e *opt-out* sono spiegati nella sezione 3.

**Tempo stimato.** 45 minuti: 20 di lettura, 5 con la demo, 20 per gli esercizi da 07.1 a 07.4; l'esercizio
argomentato 07.5 (15 minuti) si può fare dopo la lezione.

**Percorso senza codice.** Tutto si segue senza scrivere Python, tranne la sezione 4 (il modello) e gli esercizi
07.2 (pandas) e 07.3; le figure sono già salvate nel notebook.
""", fr="""
# Leçon 7 — Spam et consentement : de l'interruption à la permission, par la loi

L'auteur du billet de blog qui sert de point de départ au cours craint que le *permission marketing* par courriel ne se
heurte au spam, et avance une estimation : « plus de 90 % des e-mails du monde ? ». Vérifions-la sur les chiffres,
voyons ce que le spam coûte à ceux qui le reçoivent et comment le droit choisit, canal par canal, entre
**opposition** et **consentement**.

**Objectifs d'apprentissage.** À la fin de la leçon, vous saurez :

1. vérifier un chiffre sur une table de sources, sans mélanger les éditeurs dans une même série ;
2. expliquer pourquoi le spam est un coût pour tous (une *externalité*) ;
3. dire quelle règle, *opt-out* ou *opt-in*, s'applique en France et en Italie au courriel, au SMS et au téléphone ;
4. comparer avec un modèle les deux règles sur la même population ;
5. conseiller une entreprise sur la nouvelle règle française du démarchage téléphonique.

**Prérequis.** La leçon 1 (spam) et la leçon 6 (*permission marketing*) ; pourcentages et points de pourcentage ;
un peu de pandas pour l'exercice 07.2. L'*opt-in* et l'*opt-out* sont expliqués à la section 3.

**Durée estimée.** 45 minutes : 20 de lecture, 5 avec la démo, 20 pour les exercices 07.1 à 07.4 ; l'exercice
argumenté 07.5 (15 minutes) peut se faire après la séance.

**Parcours sans code.** Tout se suit sans écrire de Python, sauf la section 4 (le modèle) et les exercices 07.2
(pandas) et 07.3 ; les figures sont déjà enregistrées dans le notebook.
""")

L.md(it="""
Esegui per prima la cella seguente: carica la libreria del corso (`cl`), sceglie l'italiano, importa `pandas` e la
funzione `check` degli esercizi.
""", fr="""
Exécutez d'abord la cellule suivante : elle charge la bibliothèque du cours (`cl`), choisit le français, importe
`pandas` et la fonction `check` des exercices.
""")

L.setup("import pandas as pd\nfrom course_lib.exercises import check")

# ------------------------------------------------------------------------------------------------
L.md(it="""
## 1. «Più del 90 % delle e-mail è spam?»

Lo **spam** è la posta elettronica indesiderata inviata in massa: il caso estremo del marketing dell'interruzione,
perché spedire un milione di messaggi costa poco più che spedirne uno. Quale quota del traffico e-mail è spam lo
misurano alcune aziende di sicurezza informatica (i *fornitori*: Kaspersky, Symantec, Cisco), ciascuna sul traffico
che filtra per i propri clienti. La tabella del corso raccoglie **solo cifre pubblicate**, con la fonte di ognuna.
""", fr="""
## 1. « Plus de 90 % des courriels sont du spam ? »

Le **spam** (en français, *courriel indésirable*) est le courrier électronique non sollicité envoyé en
masse : le cas extrême du marketing d'interruption, car envoyer un million de messages ne coûte guère plus
qu'en envoyer un. La part du spam dans le trafic de courriels est mesurée par des entreprises de sécurité informatique
(les *éditeurs* : Kaspersky, Symantec, Cisco), chacune sur le trafic qu'elle filtre pour ses clients. La table du
cours ne rassemble **que des chiffres publiés**, chacun avec sa source.
""")

L.code("""
spam = cl.datasets.load_spam_share()
cl.tables.localize(spam, columns=["period", "spam_share_pct", "vendor", "scope"])
""")

L.md(it="""
Nel 2009 Kaspersky misura l'85,2 %; per il 2010 Rao e Reiley (2012) riportano una stima dell'88 % (Symantec e
MAAWG, un gruppo di lavoro di operatori contro gli abusi della posta elettronica). La stima del post, «più del 90 %», è quindi **dell'ordine di grandezza giusto per il 2009–2010**, un po'
alta.

Attenzione però: le cifre di **fornitori diversi non sono confrontabili tra loro**, perché ognuno osserva un
traffico diverso. Per il 2016 Cisco indica il 65 %, Kaspersky il 59,19 % nel terzo trimestre: la differenza
dipende soprattutto dal punto di osservazione (e qui anche dal periodo: un anno contro un trimestre). Una serie nel tempo si costruisce con **un solo fornitore**: il grafico
seguente (lo stesso della lezione 1) usa solo Kaspersky.
""", fr="""
En 2009, Kaspersky mesure 85,2 % ; pour 2010, Rao et Reiley (2012) rapportent une estimation de 88 % (Symantec et le
MAAWG, une association de la filière de la messagerie contre les abus). L'estimation du billet, « plus de 90 % », était donc **du bon ordre de grandeur pour 2009–2010**, quoiqu'un peu forte.

Attention toutefois : les chiffres d'**éditeurs différents ne sont pas comparables entre eux**, car chacun observe
un trafic différent. Pour 2016, Cisco donne 65 %, Kaspersky 59,19 % au troisième trimestre : la différence tient
surtout au point d'observation (et ici aussi à la période : une année contre un trimestre). Une série dans le temps se construit avec **un seul éditeur** : le
graphique suivant (le même qu'à la leçon 1) n'utilise que Kaspersky.
""")

L.code("ax = cl.plots.spam_share()")

L.md(it="""
**Cosa notare.** I punti più alti, sopra l'80 %, si concentrano intorno al 2010; poi la quota scende: le cifre
annuali dal 2015 al 2025 stanno tra il 45 e il 55 % circa. Lo spam non è sparito, ma è diventato meno della metà del traffico.

**Perché è scesa?** Kaspersky (bollettino sul 2015) lo attribuisce soprattutto allo spostamento della pubblicità di
prodotti legittimi verso piattaforme legali più comode; filtri migliori e la chiusura delle *botnet* (reti di
computer infetti) sono altre spiegazioni plausibili, che questa tabella non misura.
""", fr="""
**À remarquer.** Les points les plus hauts, au-dessus de 80 %, se concentrent autour de 2010 ; ensuite la part
baisse : les chiffres annuels de 2015 à 2025 se situent entre 45 et 55 % environ. Le spam n'a pas disparu, mais il est devenu
moins de la moitié du trafic.

**Pourquoi a-t-elle baissé ?** Kaspersky (bulletin sur 2015) l'attribue surtout au passage de la publicité pour des
produits légitimes vers des plateformes légales plus pratiques ; des filtres plus efficaces et le démantèlement des
*botnets* (réseaux d'ordinateurs infectés) sont d'autres explications plausibles, que cette table ne mesure pas.
""")

# ------------------------------------------------------------------------------------------------
L.md(it="""
## 2. Quanto costa lo spam agli altri

Chi manda spam paga pochissimo; il costo ricade su chi lo riceve (tempo perso, messaggi legittimi finiti tra lo
spam) e su chi gestisce la posta (filtri, server). Un costo che un'attività fa
ricadere su altri, senza compensarli, si chiama **esternalità negativa**.

Rao e Reiley (2012) ne hanno stimato l'ordine di grandezza per gli Stati Uniti: circa **20 miliardi di dollari
l'anno** di costi per la collettività, contro circa **200 milioni** di ricavi per gli spammer. Ogni dollaro
guadagnato dagli spammer costa quindi agli altri circa **100 dollari**.

L'autore del post lo aveva intuito: se il *permission marketing* passa per l'e-mail, si scontra con lo spam. La
newsletter a cui ti sei iscritto passa per gli stessi filtri dello spam: deve farsi riconoscere.
""", fr="""
## 2. Ce que le spam coûte aux autres

Celui qui envoie du spam paie très peu ; le coût retombe sur ceux qui le reçoivent (temps perdu, messages
légitimes classés comme spam) et sur ceux qui gèrent la messagerie (filtres, serveurs). Un coût qu'une activité fait peser sur d'autres, sans les dédommager, s'appelle une **externalité
négative**.

Rao et Reiley (2012) en ont estimé l'ordre de grandeur pour les États-Unis : environ **20 milliards de dollars par
an** de coûts pour la collectivité, contre environ **200 millions** de recettes pour les spammeurs. Chaque dollar
gagné par les spammeurs coûte donc environ **100 dollars** aux autres.

L'auteur du billet l'avait pressenti : si le *permission marketing* passe par le courriel, il se heurte au spam. La
lettre d'information à laquelle vous êtes abonné passe par les mêmes filtres que le spam : elle doit s'y faire
reconnaître.
""")

# ------------------------------------------------------------------------------------------------
L.md(it="""
## 3. Opposizione o consenso: che cosa dice la legge

Due regole possibili per lo stesso canale (in linguaggio giuridico, due *regimi*):

- **opt-out** (regime di opposizione): si può contattare chiunque, **finché non si oppone**, per esempio
  iscrivendosi a un registro delle opposizioni;
- **opt-in** (regime di consenso): si può contattare **solo chi ha dato prima il proprio consenso**.

### Le regole europee

Il Regolamento generale sulla protezione dei dati (**GDPR**, Regolamento (UE) 2016/679) definisce il **consenso**
(art. 4, punto 11) come una manifestazione di volontà **libera, specifica, informata e inequivocabile** con cui una
persona accetta, con una dichiarazione o con un'**azione positiva inequivocabile**, che i suoi dati siano trattati:
il silenzio, quindi, non basta. L'art. 21 (paragrafi 2 e 3) dà poi a ciascuno il **diritto di opposizione al
marketing diretto** (le comunicazioni commerciali inviate direttamente alla persona: e-mail, SMS, telefonate,
posta): ci si può opporre in qualsiasi momento, senza dare motivi, al trattamento dei propri dati per questo
scopo, che deve allora cessare.
""", fr="""
## 3. Opposition ou consentement : ce que dit la loi

Deux règles possibles pour un même canal (en langage juridique, deux *régimes*) :

- **opt-out** (régime d'opposition) : on peut contacter n'importe qui, **tant qu'il ne s'y oppose pas**, par exemple
  en s'inscrivant sur une liste d'opposition ;
- **opt-in** (régime de consentement) : on ne peut contacter **que les personnes qui ont donné leur consentement au
  préalable**.

### Les règles européennes

Le règlement général sur la protection des données (**RGPD**, règlement (UE) 2016/679) définit le **consentement**
(art. 4, point 11) comme toute manifestation de volonté, **libre, spécifique, éclairée et univoque**, par laquelle
une personne accepte, par une déclaration ou par un **acte positif clair**, que ses données soient traitées : se
taire ou ne rien faire n'est donc pas un acte positif. L'article 21 (paragraphes 2 et 3) donne ensuite à chacun un
**droit d'opposition à la prospection** : on peut s'opposer à tout moment, sans motif, au traitement de ses
données à des fins de prospection, qui doit alors cesser.
""")

L.md(it="""
### In Italia: consenso per e-mail e SMS, opposizione per le telefonate con operatore

- **E-mail, SMS, fax e chiamate automatizzate**: l'art. 130 del Codice privacy (d.lgs. 196/2003) richiede il
  **consenso** (opt-in). Unica eccezione, il cosiddetto **«soft spam»** (art. 130, comma 4): a chi ha già comprato
  si possono mandare **per e-mail** offerte di prodotti **propri e analoghi**, usando l'indirizzo dato al momento
  della vendita, purché la persona sia informata, **al momento della raccolta dell'indirizzo e in
  ogni messaggio**, che può opporsi in qualsiasi momento a questo uso.
- **Telefonate con operatore**: vale l'opposizione. Chi non vuole essere chiamato si iscrive al **Registro pubblico
  delle opposizioni** (RPO; d.P.R. n. 26/2022, attuativo della legge n. 5/2018), aperto dal 27 luglio 2022 anche ai
  cellulari; l'iscrizione revoca, in linea generale, i consensi dati in passato.
- **Insistenza**: le «ripetute e non richieste sollecitazioni commerciali» per telefono, e-mail o altri mezzi a
  distanza sono una pratica commerciale **in ogni caso aggressiva** (art. 26, comma 1, lettera c) del Codice del
  consumo, d.lgs. 206/2005), salvo le eccezioni previste dalla norma stessa.

**Chi vigila.** Il **Garante per la protezione dei dati personali** sanziona il telemarketing illecito: 27.802.946
euro a TIM (15 gennaio 2020) e 79.107.101 euro a Enel Energia (8 febbraio 2024), per carenze di sicurezza che
avevano permesso a call center abusivi di caricare contratti. Il Garante ha presentato questa multa come la sanzione
più alta mai applicata dall'Autorità, ed Enel ha annunciato di impugnarla. Le pratiche aggressive sono invece di
competenza dell'**AGCM** (Autorità garante della concorrenza e del mercato).
""", fr="""
### En Italie : consentement pour le courriel et le SMS, opposition pour les appels avec un opérateur

- **Courriel, SMS, fax et appels automatisés** : l'art. 130 du *Codice privacy* (d.lgs. 196/2003 ; d.lgs. abrège
  *decreto legislativo*, décret législatif) exige le **consentement** (opt-in). Seule exception, le « *soft spam* » (art. 130,
  alinéa 4) : à un client qui a déjà acheté, on peut envoyer **par courriel** des offres portant sur **ses propres
  produits ou services, analogues** à ceux déjà vendus, avec l'adresse donnée lors de la vente, à condition de
  l'informer, **lors de la collecte de l'adresse et dans chaque message**, qu'il peut s'opposer à tout moment à cet
  usage.
- **Appels avec un opérateur** : c'est l'opposition. Qui ne veut pas être appelé s'inscrit au *Registro pubblico
  delle opposizioni* (RPO, le registre public des oppositions ; d.P.R. n. 26/2022, décret du président de la République
  pris pour la loi n. 5/2018),
  ouvert depuis le 27 juillet 2022 aux mobiles ; l'inscription révoque, en règle générale, les consentements donnés
  auparavant.
- **Insistance** : des sollicitations commerciales répétées et non demandées, par téléphone, courriel ou autre
  moyen à distance, sont une pratique commerciale **agressive en toutes circonstances** (art. 26, al. 1, lettre c)
  du *Codice del consumo*, d.lgs. 206/2005), sauf les exceptions prévues par le texte même.

**Qui contrôle.** Le *Garante per la protezione dei dati personali* (l'équivalent italien de la CNIL, la
Commission nationale de l'informatique et des libertés) sanctionne le télémarketing illicite : 27 802 946 euros
contre TIM (15 janvier 2020) et 79 107 101 euros contre Enel Energia (8 février 2024), pour des failles de
sécurité qui avaient permis à des centres d'appels illicites d'enregistrer des contrats. Le *Garante* a présenté
cette amende comme la plus lourde sanction jamais prononcée par cette autorité, et Enel a annoncé la contester. Les
pratiques agressives relèvent de l'**AGCM**, l'autorité de la concurrence et du marché.
""")

L.md(it="""
### In Francia: dal 2026 il consenso anche al telefono

- **E-mail e SMS**: l'art. L. 34-5 del *Code des postes et des communications électroniques* (Codice delle poste e
  delle comunicazioni elettroniche; deriva dalla *loi pour la confiance dans l'économie numérique*, la legge per la
  fiducia nell'economia digitale, LCEN, del 2004) vieta il marketing diretto (*prospection directe*) per posta
  elettronica verso una persona fisica che **non ha dato prima il consenso**; per la **CNIL**, l'autorità francese
  per la protezione dei dati, anche l'SMS rientra in questa regola. L'eccezione «clienti esistenti» assomiglia al
  soft spam italiano: indirizzo raccolto presso la persona in occasione di una vendita, prodotti o servizi analoghi
  della stessa impresa, possibilità di opporsi in modo semplice e gratuito **al momento della raccolta** e in ogni
  messaggio. Per la CNIL creare un account non basta: serve una vendita o una prestazione di servizi.
- **Telefono, prima dell'11 agosto 2026**: opposizione, con la lista **Bloctel**; un decreto del 2022 (n. 2022-1313)
  aggiungeva giorni, orari e al massimo 4 chiamate allo stesso consumatore in 30 giorni.
- **Telefono, dall'11 agosto 2026**, data di fine della concessione Bloctel, vale il **consenso preventivo al
  telemarketing**: l'art. L. 223-1 del *Code de la consommation* (il codice del consumo francese), modificato dalla legge n. 2025-594 (art. 13), **vieta di chiamare per vendere, direttamente o tramite
  un terzo che agisce per suo conto, un consumatore che non ha espresso prima il proprio consenso**. Il consenso deve esprimere una volontà «libre, spécifique, éclairée,
  univoque et révocable» (libera, specifica, informata, inequivocabile e revocabile) e **spetta al professionista provarlo**.
  Resta un'eccezione: la chiamata fatta nell'esecuzione di un **contratto in corso** e legata al suo oggetto.
- **Giorni, orari e frequenza**: Bloctel e il quadro del 2022 appartengono al vecchio regime; il nuovo art. L. 223-1
  prevede ancora che un decreto fissi i giorni, gli orari e la frequenza delle chiamate. Chi organizza una campagna
  verifica il decreto in vigore su Légifrance, la banca dati ufficiale del diritto francese.

È il caso più chiaro del corso: la vendita al telefono passa **dall'interruzione al permesso**.

**La pubblicità cartacea: «Oui Pub».** Per i volantini la Francia ha sperimentato l'opt-in *Oui Pub* in 14 territori
dal 2022 al 2025 (legge *Climat et résilience*, «Clima e resilienza», art. 21); di fronte a risultati giudicati
«très contrastés» (molto discordanti), dal 1° maggio 2025 è tornata ovunque all'opt-out *Stop Pub*.
""", fr="""
### En France : depuis 2026, le consentement aussi au téléphone

- **Courriel et SMS** : l'art. L. 34-5 du code des postes et des communications électroniques (issu de la loi pour la confiance dans
  l'économie numérique, LCEN, de 2004) interdit la prospection directe par courrier
  électronique (le SMS en est un, selon la **CNIL**, l'autorité française de protection des données) d'une personne physique qui **n'a pas exprimé préalablement son
  consentement**. L'exception « clients existants » ressemble au *soft spam* italien : coordonnées recueillies auprès
  de la personne à l'occasion d'une vente, produits ou services analogues de la même entreprise, possibilité de
  s'opposer simplement et gratuitement lors de la collecte et à chaque envoi. Pour la CNIL, la création d'un compte ne
  suffit pas : il faut une vente ou une prestation de services.
- **Téléphone, avant le 11 août 2026** : l'opposition, avec la liste **Bloctel** ; un décret de 2022
  (n° 2022-1313) y ajoutait des jours, des horaires et au plus 4 appels au même consommateur en 30 jours.
- **Téléphone, depuis le 11 août 2026**, date de fin de la concession Bloctel, c'est le **consentement préalable au
  démarchage téléphonique** : l'art. L. 223-1 du code de la
  consommation, modifié par la loi n° 2025-594 (art. 13), **interdit de démarcher par téléphone, directement ou par
  l'intermédiaire d'un tiers agissant pour son compte, un consommateur qui n'a pas exprimé préalablement son
  consentement**. Ce consentement doit traduire une volonté « libre, spécifique,
  éclairée, univoque et révocable » et **il appartient au professionnel d'en apporter la preuve**. Une exception demeure :
  l'appel passé dans le cadre de l'exécution d'un **contrat en cours** et en rapport avec son objet.
- **Jours, horaires et fréquence** : Bloctel et le cadre de 2022 appartiennent à l'ancien régime ; le nouvel
  article L. 223-1 prévoit toujours qu'un décret fixe les jours, les horaires et la fréquence des appels. Qui
  organise une campagne vérifie le décret en vigueur sur Légifrance, la base officielle du droit français.

C'est le cas le plus net du cours : le démarchage téléphonique passe **de l'interruption à la permission**.

**La publicité papier : « Oui Pub ».** Pour les prospectus, la France a expérimenté l'opt-in *Oui Pub* dans
14 territoires de 2022 à 2025 (loi Climat et résilience, art. 21) ; devant des résultats jugés « très contrastés »,
elle est revenue partout, le 1er mai 2025, à l'opt-out *Stop Pub*.
""")

L.md(it="""
| canale | Italia | Francia |
|---|---|---|
| e-mail, SMS | opt-in (art. 130); soft spam per i clienti, solo via e-mail | opt-in (L. 34-5); eccezione «clienti esistenti» (e-mail e SMS) |
| telefonata con operatore | opt-out (RPO) | opt-in dall'11 agosto 2026 (L. 223-1), salvo contratto in corso |
| volantini nella cassetta | — | opt-out (*Stop Pub*); opt-in sperimentato (*Oui Pub*) e non esteso |

Il GDPR vale in entrambi i Paesi. (Nella tabella, «—»: nessuna regola verificata in questo corso.)
""", fr="""
| canal | Italie | France |
|---|---|---|
| courriel, SMS | opt-in (art. 130) ; *soft spam* pour les clients, par courriel seulement | opt-in (L. 34-5) ; exception « clients existants » (courriel et SMS) |
| appel avec un opérateur | opt-out (RPO) | opt-in depuis le 11 août 2026 (L. 223-1), sauf contrat en cours |
| prospectus en boîte aux lettres | — | opt-out (*Stop Pub*) ; opt-in expérimenté (*Oui Pub*) et non généralisé |

Le RGPD s'applique dans les deux pays. (Dans le tableau, « — » : aucune règle vérifiée dans ce cours.)
""")

# ------------------------------------------------------------------------------------------------
L.md(it="""
## 4. Un modello: la stessa popolazione sotto le due regole

Prendiamo una popolazione di $N$
persone: una quota $c$ ha dato il consenso; fra le altre, una quota $o$ si è iscritta al registro delle opposizioni.

- Con l'**opt-out** si possono contattare le persone che hanno acconsentito e tutte le altre non iscritte:
  $C_{\\text{out}} = N\\,[\\,c + (1-c)(1-o)\\,]$.
- Con l'**opt-in** solo chi ha acconsentito: $C_{\\text{in}} = N\\,c$.

Chi ha acconsentito risponde con probabilità $r_c$ e reclama con probabilità $k_c$; gli altri con $r_n$ e $k_n$.
Le risposte sono $R = N\\,[\\,c\\,r_c + (1-c)(1-o)\\,r_n\\,]$ con l'opt-out e $R = N\\,c\\,r_c$ con l'opt-in; i reclami
$K$ si contano allo stesso modo. Il **valore netto** della campagna è $V = v\\,R - a\\,C - b\\,K$: $v$ euro per
risposta, $a$ euro per contatto, $b$ euro per reclamo (gestione, reputazione, sanzioni).

Parametri **illustrativi**, non stime: $N = 100.000$, $c = 10\\,\\%$, $o = 30\\,\\%$, $r_c = 5\\,\\%$, $r_n = 0{,}5\\,\\%$,
$k_c = 0{,}2\\,\\%$, $k_n = 3\\,\\%$, $v = 50$, $a = 1$, $b = 20$. Sono i valori predefiniti di
`cl.consent.compare_regimes`:
""", fr="""
## 4. Un modèle : la même population sous les deux règles

Prenons une population de $N$
personnes : une part $c$ a donné son consentement ; parmi les autres, une part $o$ s'est inscrite sur la liste
d'opposition.

- Avec l'**opt-out**, on peut contacter les consentants et tous les autres non inscrits :
  $C_{\\text{out}} = N\\,[\\,c + (1-c)(1-o)\\,]$.
- Avec l'**opt-in**, seulement les consentants : $C_{\\text{in}} = N\\,c$.

Les consentants répondent avec une probabilité $r_c$ et se plaignent avec une probabilité $k_c$ ; les autres avec
$r_n$ et $k_n$. Les réponses sont $R = N\\,[\\,c\\,r_c + (1-c)(1-o)\\,r_n\\,]$ avec l'opt-out et $R = N\\,c\\,r_c$ avec
l'opt-in ; les plaintes $K$ se comptent de la même façon. La **valeur nette** de la campagne est
$V = v\\,R - a\\,C - b\\,K$ : $v$ euros par réponse, $a$ euros par contact, $b$ euros par plainte (traitement,
réputation, sanctions).

Paramètres **illustratifs**, pas des estimations : $N = 100\\,000$, $c = 10\\,\\%$, $o = 30\\,\\%$, $r_c = 5\\,\\%$,
$r_n = 0{,}5\\,\\%$, $k_c = 0{,}2\\,\\%$, $k_n = 3\\,\\%$, $v = 50$, $a = 1$, $b = 20$. Ce sont les valeurs par défaut
de `cl.consent.compare_regimes` :
""")

L.code("""
out = cl.consent.compare_regimes()
table = pd.DataFrame({
    "regime": ["opt_out", "opt_in"],
    "contacts": [round(float(out[r]["contacts"])) for r in ("opt_out", "opt_in")],
    "complaints": [round(float(out[r]["complaints"])) for r in ("opt_out", "opt_in")],
    "responses_per_1000_contacts": [1000 * float(out[r]["response_rate"]) for r in ("opt_out", "opt_in")],
    "net_value_eur": [round(float(out[r]["value"])) for r in ("opt_out", "opt_in")],
})
cl.tables.localize(table, decimals=1)
""")

L.md(it="""
L'opt-out raggiunge 73.000 persone, l'opt-in 10.000. Ma le 63.000 persone in più (chi non ha né acconsentito né si
è opposto) rispondono poco e reclamano molto: con questi parametri portano 315 risposte e 1.890 reclami. Per
contatto, la lista opt-in risponde circa 4,5 volte di più (50 risposte ogni 1000 contatti contro 11,2). È il valore
di una lista **più piccola ma ben disposta**. La figura confronta le due regole (opt-out = 100 %).
""", fr="""
L'opt-out atteint 73 000 personnes, l'opt-in 10 000. Mais les 63 000 personnes de plus (celles qui n'ont ni consenti
ni fait opposition) répondent peu et se plaignent beaucoup : avec ces paramètres, elles apportent 315 réponses et
1 890 plaintes. Par contact, la liste opt-in répond environ 4,5 fois plus (50 réponses pour 1000 contacts contre
11,2). C'est la valeur d'une liste **plus petite mais disposée à écouter**. La figure compare les deux règles (opt-out = 100 %).
""")

L.code("ax = cl.plots.consent_regimes()")

L.md(it="""
**Cosa notare.** Con il 14 % circa dei contatti (barre tratteggiate), l'opt-in conserva il 61 % circa delle
risposte e appena l'1 % dei reclami; il riquadro mostra che, con questi costi, il valore netto passa da negativo
a positivo. Il risultato dipende dai parametri: se gli «altri» rispondessero quasi quanto chi ha acconsentito, l'opt-out
tornerebbe conveniente per chi vende, ma non per chi riceve i messaggi. Secondo Anderson e de Palma
(2009), senza regole si inviano troppi messaggi.
""", fr="""
**À remarquer.** Avec environ 14 % des contacts (barres hachurées), l'opt-in conserve environ 61 % des réponses et à
peine 1 % des plaintes ; l'encadré montre qu'avec ces coûts la valeur nette passe de négative à positive. Le
résultat dépend des paramètres : si les « autres » répondaient presque autant que les consentants, l'opt-out
redeviendrait rentable pour le vendeur, mais pas pour ceux qui reçoivent les messages. Selon Anderson et de Palma
(2009), sans règles, on envoie trop de messages.
""")

L.md(it="""
### Prova tu

I cursori cambiano le quote e le risposte; reclami e costi restano quelli della figura. Prova a rispondere:

1. Porta il consenso dal 10 % al 50 %: come cambiano i contatti e il valore netto di ciascuna regola?
2. Porta l'opposizione al 100 %: che cosa diventano le due regole, e perché?
3. Da quante risposte ogni 1000 contatti degli «altri» in su l'opt-out diventa più conveniente per chi vende? E i
   reclami, intanto?

(Senza kernel, per esempio su GitHub, vedi solo l'immagine ai valori iniziali.)
""", fr="""
### À vous

Les curseurs changent les parts et les réponses ; plaintes et coûts restent ceux de la figure. Essayez de répondre :

1. Portez le consentement de 10 % à 50 % : comment évoluent les contacts et la valeur nette de chaque règle ?
2. Portez l'opposition à 100 % : que deviennent les deux règles, et pourquoi ?
3. À partir de combien de réponses pour 1000 contacts chez les « autres » l'opt-out devient-il plus rentable
   pour le vendeur ? Et les plaintes, pendant ce temps ?

(Sans noyau, par exemple sur GitHub, vous ne voyez que l'image aux valeurs initiales.)
""")

L.code("cl.demos.consent_demo()", demo=True)

L.md(it="""
**Cosa notare.** Le barre opt-in non superano mai quelle opt-out: la lista opt-in è sempre una parte della lista
opt-out.

<details>
<summary>Risposte attese</summary>

1. Con il 50 % di consenso: opt-out 85.000 contatti e 25.750 € di valore netto, opt-in 50.000 contatti e
   73.000 €. I 35.000 «altri» costano ancora più di quanto rendono.
2. Con l'opposizione al 100 % le due regole coincidono: si contattano solo i 10.000 che hanno acconsentito
   (14.600 €).
3. Ogni «altro» contattato rende 50 € × $r_n$ e costa 1 € più 3 % × 20 € = 0,60 € di reclami attesi, cioè 1,60 €:
   l'opt-out conviene oltre 32 risposte ogni 1000 contatti (a 32 le due regole si equivalgono, 14.600 €). I reclami
   restano 1.910 contro 20.

</details>
""", fr="""
**À remarquer.** Les barres opt-in ne dépassent jamais les barres opt-out : la liste opt-in est toujours une partie
de la liste opt-out.

<details>
<summary>Réponses attendues</summary>

1. À 50 % de consentement : opt-out, 85 000 contacts et 25 750 € de valeur nette ; opt-in, 50 000 contacts et
   73 000 €. Les 35 000 « autres » coûtent toujours plus qu'ils ne rapportent.
2. À 100 % d'opposition, les deux règles coïncident : on ne contacte que les 10 000 consentants (14 600 €).
3. Chaque « autre » contacté rapporte 50 € × $r_n$ et coûte 1 € plus 3 % × 20 € = 0,60 € de plaintes attendues,
   soit 1,60 € : l'opt-out devient plus rentable au-delà de 32 réponses pour 1000 contacts (à 32, égalité à
   14 600 €). Les plaintes restent à 1 910 contre 20.

</details>
""")

# ------------------------------------------------------------------------------------------------
L.md(it="""
## 5. Esercizi

Scrivi la risposta al posto di `None` ed esegui la cella: `check` ti dice se è corretta e, se no, ti dà un
suggerimento (al secondo errore, uno più preciso, a volte con il codice). Apri le soluzioni solo dopo averci provato.

### Esercizio 07.1 — Quale regola per gli SMS?

Un negozio online italiano vuole mandare SMS promozionali a 50.000 numeri comprati da un fornitore di liste:
nessuno di loro ha mai acquistato nulla dal negozio. Che cosa serve?

- **a)** Verificare che i numeri non siano iscritti al Registro pubblico delle opposizioni.
- **b)** Il consenso preventivo di ciascun destinatario.
- **c)** Basta inserire in ogni SMS un link per disiscriversi.
- **d)** Niente, se si mandano al massimo 4 SMS al mese a ciascuno.

Rispondi con una lettera tra virgolette, per esempio `"a"`.
""", fr="""
## 5. Exercices

Écrivez votre réponse à la place de `None` et exécutez la cellule : `check` vous dit si elle est juste et,
sinon, vous donne une piste (à la deuxième erreur, une piste plus précise, parfois avec le code). N'ouvrez les solutions qu'après avoir essayé.

### Exercice 07.1 — Quelle règle pour les SMS ?

Une boutique en ligne française veut envoyer des SMS promotionnels à 50 000 numéros loués auprès d'un
loueur de fichiers : aucune de ces personnes n'a jamais rien acheté à la boutique. Que faut-il ?

- **a)** Vérifier que les numéros ne sont pas inscrits sur Bloctel.
- **b)** Le consentement préalable de chaque destinataire.
- **c)** Il suffit de mettre dans chaque SMS un lien de désinscription.
- **d)** Rien, si l'on envoie au plus 4 SMS par mois à chacun.

Répondez par une lettre entre guillemets droits, par exemple `"a"`.
""")

L.code('answer = None  # "a" | "b" | "c" | "d"\ncheck("07.1", answer)')

L.solution('answer = "b"\ncheck("07.1", answer)', it_text="""
Per gli SMS promozionali vale l'opt-in (art. 130 Codice privacy): serve il consenso di ciascun destinatario. Il
registro delle opposizioni riguarda le telefonate; un modo per opporsi non sostituisce il consenso;
nessuna regola fissa una soglia di 4 SMS.
""", fr_text="""
Pour les SMS de prospection, c'est l'opt-in (art. L. 34-5 CPCE) : il faut le consentement de chaque destinataire.
Bloctel concernait les appels ; un lien de désinscription ne remplace pas le consentement ; aucune
règle ne fixe un seuil de 4 SMS.
""")

L.md(it="""
### Esercizio 07.2 — Di quanto è calato lo spam, in percentuale?

Nella lezione 1 hai calcolato un calo in **punti percentuali**. Ora, con pandas e le sole righe di Kaspersky,
calcola la **variazione percentuale** della quota di spam tra il dato annuale del 2015 (`period` uguale a `"2015"`)
e quello del 2025 (`"2025"`). Scrivi il risultato in percentuale, con il segno (un calo è negativo) e il punto
decimale, per esempio `-12.5`.
""", fr="""
### Exercice 07.2 — De combien le spam a-t-il baissé, en pourcentage ?

À la leçon 1, vous avez calculé une baisse en **points de pourcentage**. Maintenant, avec pandas et les seules
lignes de Kaspersky, calculez la **variation en pourcentage** de la part du spam entre le chiffre annuel de 2015
(`period` égal à `"2015"`) et celui de 2025 (`"2025"`). Donnez le résultat en pourcentage, avec son signe (une
baisse est négative) et le point décimal, par exemple `-12.5`.
""")

L.code('answer = None  # %\ncheck("07.2", answer)')

L.solution("""
kaspersky = spam[spam["vendor"] == "Kaspersky"].set_index("period")["spam_share_pct"]
answer = 100 * (kaspersky["2025"] - kaspersky["2015"]) / kaspersky["2015"]
print(round(answer, 1))
check("07.2", answer)
""", it_text="""
$(44{,}99 - 55{,}28) / 55{,}28 \\approx -18{,}6\\,\\%$: un calo di 10,29 **punti**, che è il 18,6 % del valore di
partenza. Filtrare il fornitore conta: la riga di giugno 2015 è di Symantec e misura un altro traffico.
""", fr_text="""
$(44{,}99 - 55{,}28) / 55{,}28 \\approx -18{,}6\\,\\%$ : une baisse de 10,29 **points**, soit 18,6 % de la valeur de
départ. Filtrer l'éditeur compte : la ligne de juin 2015 vient de Symantec et mesure un autre trafic.
""")

L.md(it="""
### Esercizio 07.3 — Il prezzo dei contatti in più

Con i parametri della sezione 4 (`cl.consent.compare_regimes()`), l'opt-out porta più risposte dell'opt-in, ma
anche più reclami. **Quanti reclami in più** costa, in media, **ogni risposta in più**? Scrivi un numero.
""", fr="""
### Exercice 07.3 — Le prix des contacts supplémentaires

Avec les paramètres de la section 4 (`cl.consent.compare_regimes()`), l'opt-out apporte plus de réponses que
l'opt-in, mais aussi plus de plaintes. **Combien de plaintes supplémentaires** coûte, en moyenne, **chaque réponse
supplémentaire** ? Donnez un nombre.
""")

L.code('answer = None\ncheck("07.3", answer)')

L.solution("""
out = cl.consent.compare_regimes()
extra_complaints = out["opt_out"]["complaints"] - out["opt_in"]["complaints"]
extra_responses = out["opt_out"]["responses"] - out["opt_in"]["responses"]
answer = float(extra_complaints / extra_responses)
print(round(answer, 2))
check("07.3", answer)
""", it_text="""
$(1.910 - 20) / (815 - 500) = 1.890 / 315 = 6$: ogni risposta guadagnata con l'opt-out costa sei reclami. Dividere
i totali dell'opt-out ($1.910 / 815 \\approx 2{,}34$) mescolerebbe chi ha acconsentito, che è in entrambe le liste.
""", fr_text="""
$(1\\,910 - 20) / (815 - 500) = 1\\,890 / 315 = 6$ : chaque réponse gagnée avec l'opt-out coûte six plaintes.
Diviser les totaux de l'opt-out ($1\\,910 / 815 \\approx 2{,}34$) mélangerait les consentants, présents dans les deux listes.
""")

L.md(it="""
### Esercizio 07.4 — La nuova regola francese

È il 15 settembre 2026. Un consumatore francese non ha mai dato il consenso a essere chiamato. Quale di queste
chiamate commerciali è lecita?

- **a)** Una chiamata di un'impresa qualsiasi, perché il suo numero non è iscritto a Bloctel.
- **b)** Una chiamata di martedì alle 11, primo tentativo del mese.
- **c)** Una chiamata del suo fornitore di Internet, con cui ha un contratto in corso, per proporgli un'opzione
  legata all'abbonamento.
- **d)** Una chiamata del negozio dove ha comprato un divano tre anni fa, per un'offerta di cucine.
""", fr="""
### Exercice 07.4 — La nouvelle règle française

Nous sommes le 15 septembre 2026. Un consommateur n'a jamais consenti à être démarché par téléphone. Lequel de ces
appels commerciaux est licite ?

- **a)** L'appel d'une entreprise quelconque, puisque son numéro n'est pas inscrit sur Bloctel.
- **b)** Un appel un mardi à 11 h, première tentative du mois.
- **c)** Un appel de son fournisseur d'accès à Internet, avec qui il a un contrat en cours, pour lui proposer une
  option liée à son abonnement.
- **d)** Un appel du magasin où il a acheté un canapé il y a trois ans, pour une offre de cuisines.
""")

L.code('answer = None  # "a" | "b" | "c" | "d"\ncheck("07.4", answer)')

L.solution('answer = "c"\ncheck("07.4", answer)', it_text="""
Dall'11 agosto 2026 serve il consenso preventivo; delle quattro chiamate, solo la (c) rientra nell'eccezione: una
chiamata nell'esecuzione di un contratto in corso e legata al suo oggetto. Bloctel (a) apparteneva al vecchio
regime; giorni e orari (b) sono limiti in più, non un'alternativa al consenso; un acquisto di tre anni fa (d) non è un contratto in corso.
""", fr_text="""
Depuis le 11 août 2026, il faut le consentement préalable ; des quatre appels, seul (c) relève de l'exception : un
appel passé dans le cadre de l'exécution d'un contrat en cours et en rapport avec son objet. Bloctel (a) relevait
de l'ancien régime ; respecter jours et horaires (b) ne dispense pas du consentement ; un achat d'il y a trois ans (d) n'est pas un
contrat en cours.
""")

L.md(it="""
### Esercizio 07.5 (argomentato) — Una campagna di settembre 2026

Un'assicurazione francese (polizze casa) aveva previsto per settembre 2026 la stessa campagna degli anni scorsi:
200.000 numeri comprati da un fornitore di liste, filtrati su Bloctel, e chiamate a freddo da un call center. Il
direttore marketing ti chiede una nota di 8–10 righe: **che cosa deve cambiare, e che cosa proponi al suo posto?**
Motiva ogni punto con la regola o con il ragionamento della lezione.
""", fr="""
### Exercice 07.5 (argumenté) — Une campagne de septembre 2026

Un assureur français (assurance habitation) avait prévu pour septembre 2026 la même campagne que les années
précédentes : 200 000 numéros loués auprès d'un loueur de fichiers, filtrés sur Bloctel, et des appels à froid par un
centre d'appels. Le directeur marketing vous demande une note de 8 à 10 lignes : **que faut-il changer, et que
proposez-vous à la place ?** Justifiez chaque point par la règle ou par le raisonnement de la leçon.
""")

L.md(it="""
<details>
<summary>Risposta modello (apri dopo aver scritto la tua)</summary>

1. **La campagna così non si può fare.** Dall'11 agosto 2026 l'art. L. 223-1 del *Code de la consommation* vieta di
   chiamare un consumatore senza il suo consenso preventivo, anche tramite un call center che agisce per
   l'impresa: filtrare Bloctel non basta più.
2. **La lista comprata va verificata, non presunta.** Il consenso deve essere libero, specifico, informato,
   inequivocabile e revocabile, e la prova spetta all'assicurazione: senza una traccia del consenso di ciascuno
   *a essere chiamato da questa impresa*, quel numero non si chiama. Un consenso generico «ai partner» è difficile
   da conciliare con «specifico» (è un ragionamento, da far verificare a un giurista).
3. **I clienti restano raggiungibili nei limiti dell'eccezione:** una chiamata nell'esecuzione di un contratto in
   corso e legata al suo oggetto (per esempio un'estensione della polizza casa).
4. **Giorni, orari e frequenza:** Bloctel e il quadro del 2022 appartengono al vecchio regime; il nuovo
   art. L. 223-1 prevede ancora che un decreto fissi i giorni, gli orari e la frequenza delle chiamate: prima della
   campagna, verificare su Légifrance il decreto in vigore e rispettarlo.
5. **Al suo posto, costruire il permesso:** raccogliere consensi sui propri canali (sito, preventivi), con prova
   conservata: come nel modello della sezione 4, una lista più piccola ma ben disposta può rendere di più.

</details>
""", fr="""
<details>
<summary>Réponse modèle (à ouvrir après avoir écrit la vôtre)</summary>

1. **La campagne ne peut pas se faire ainsi.** Depuis le 11 août 2026, l'article L. 223-1 du code de la
   consommation interdit d'appeler un consommateur sans son consentement préalable, y compris par un centre
   d'appels agissant pour l'assureur : filtrer Bloctel ne suffit plus.
2. **Le fichier loué se vérifie, il ne se présume pas.** Le consentement doit être libre, spécifique, éclairé,
   univoque et révocable, et la preuve incombe à l'assureur : sans trace du consentement de chacun *à être appelé
   par cette entreprise*, on n'appelle pas ce numéro. Un consentement général « aux partenaires » se concilie mal
   avec « spécifique » (c'est un raisonnement, à faire valider par un juriste).
3. **Les clients restent joignables dans les limites de l'exception :** un appel dans le cadre de l'exécution d'un
   contrat en cours et en rapport avec son objet (par exemple une extension de l'assurance habitation).
4. **Jours, horaires et fréquence :** Bloctel et le cadre de 2022 appartiennent à l'ancien régime ; le nouvel
   article L. 223-1 prévoit toujours qu'un décret fixe les jours, les horaires et la fréquence des appels : avant
   la campagne, vérifier sur Légifrance le décret en vigueur et le respecter.
5. **À la place, construire la permission :** recueillir des consentements sur ses propres canaux (site, devis),
   avec une preuve conservée : comme dans le modèle de la section 4, une liste plus petite mais disposée à écouter
   peut rapporter davantage.

</details>
""", tags=("solution",))

L.md(it="""
<details>
<summary>Griglia di valutazione</summary>

- **Regola (3 punti):** cita il divieto di chiamare senza consenso preventivo dall'11 agosto 2026 (L. 223-1) e
  capisce che Bloctel non basta più.
- **Consenso e prova (2 punti):** i caratteri del consenso e l'onere della prova a carico dell'impresa.
- **Eccezione (2 punti):** la chiamata ai clienti nell'esecuzione di un contratto in corso e legata al suo oggetto,
  senza estenderla a chiunque abbia comprato in passato.
- **Prudenza sui fatti (1 punto):** propone di verificare il decreto in vigore su giorni, orari e frequenza, senza
  dare per certi i limiti del 2022.
- **Alternativa (2 punti):** una proposta di permission marketing motivata (lista più piccola, più risposte, meno
  reclami).

</details>
""", fr="""
<details>
<summary>Grille d'évaluation</summary>

- **Règle (3 points) :** cite l'interdiction d'appeler sans consentement préalable depuis le 11 août 2026
  (L. 223-1) et comprend que Bloctel ne suffit plus.
- **Consentement et preuve (2 points) :** les caractères du consentement et la charge de la preuve pour
  l'entreprise.
- **Exception (2 points) :** l'appel aux clients dans le cadre de l'exécution d'un contrat en cours et en rapport
  avec son objet, sans l'étendre à quiconque a acheté un jour.
- **Prudence sur les faits (1 point) :** propose de vérifier le décret en vigueur sur les jours, les horaires et la
  fréquence, sans tenir pour certaines les limites de 2022.
- **Solution de rechange (2 points) :** une proposition de permission marketing argumentée (liste plus petite,
  plus de réponses, moins de plaintes).

</details>
""", tags=("solution",))

# ------------------------------------------------------------------------------------------------
L.md(it="""
## Riepilogo

- «Più del 90 %» valeva per il 2009–2010 (85–88 %); oggi Kaspersky misura circa il 45 %. Una serie usa un solo
  fornitore.
- Lo spam è un'**esternalità negativa**: circa 100 dollari di costi altrui per dollaro di ricavo (Rao e Reiley).
- **Opt-out**: si contatta chi non si è opposto; **opt-in**: solo chi ha acconsentito. Il GDPR dà a tutti il diritto
  di opporsi al marketing diretto.
- Italia: opt-in per e-mail, SMS e chiamate automatizzate (art. 130), RPO per le telefonate con operatore.
- Francia: opt-in per e-mail e SMS (L. 34-5) e, dall'11 agosto 2026, per le telefonate (L. 223-1), salvo contratto
  in corso.
- Nel modello, l'opt-in contatta meno persone, con più risposte per contatto e molti meno reclami.

Nella **lezione 8** (*Acquisire, poi coltivare*): come coltivare i clienti conquistati.
""", fr="""
## Résumé

- « Plus de 90 % » valait pour 2009–2010 (85 à 88 %) ; aujourd'hui, Kaspersky mesure environ 45 %. Une série
  n'utilise qu'un éditeur.
- Le spam est une **externalité négative** : environ 100 dollars de coûts pour autrui par dollar de recettes (Rao et
  Reiley).
- **Opt-out** : on contacte ceux qui ne se sont pas opposés ; **opt-in** : seulement ceux qui ont consenti. Le RGPD
  donne à chacun le droit de s'opposer à la prospection.
- France : opt-in pour le courriel et le SMS (L. 34-5) et, depuis le 11 août 2026, pour le démarchage téléphonique
  (L. 223-1), sauf contrat en cours.
- Italie : opt-in pour le courriel, le SMS et les appels automatisés (art. 130), RPO pour les appels avec un
  opérateur.
- Dans le modèle, l'opt-in contacte moins de personnes, avec plus de réponses par contact et beaucoup moins de
  plaintes.

Dans la **leçon 8** (*Acquérir, puis cultiver*) : comment cultiver les clients conquis.
""")

L.md(it="""
### Termini chiave

I termini della lezione, dal glossario del corso.
""", fr="""
### Termes clés

Les termes de la leçon, d'après le glossaire du cours.
""")

L.code("""
cl.glossary.key_terms([
    "spam", "negative_externality", "opt_out", "opt_in", "consent", "right_to_object_direct_marketing",
    "soft_opt_in", "italian_opposition_register", "aggressive_commercial_practice", "data_protection_authority",
    "bloctel", "french_phone_opt_in_2026", "oui_pub", "permission_marketing",
])
""")

L.md(it="""
## Fonti

- Kaspersky, rapporti *Spam and phishing* (securelist.com), tra cui *Spam and phishing in 2015*, e gli altri
  fornitori, raccolti con la fonte di ogni cifra in `data/spam_share_verified.csv`.
- Rao, J. M. e Reiley, D. H. (2012), «The economics of spam», *Journal of Economic Perspectives* 26(3), 87–110,
  DOI 10.1257/jep.26.3.87.
- Anderson, S. P. e de Palma, A. (2009), «Information congestion», *RAND Journal of Economics* 40(4), 688–709,
  DOI 10.1111/j.1756-2171.2009.00085.x.
- Godin, S. (1999), *Permission Marketing: Turning Strangers into Friends, and Friends into Customers*, New York,
  Simon & Schuster.
- Regolamento (UE) 2016/679 (GDPR), art. 4, punto 11, e art. 21, paragrafi 2 e 3 (EUR-Lex, CELEX 32016R0679).
- d.lgs. 30 giugno 2003, n. 196 (Codice in materia di protezione dei dati personali), art. 130.
- d.lgs. 6 settembre 2005, n. 206 (Codice del consumo), art. 26, comma 1, lettera c).
- d.P.R. 27 gennaio 2022, n. 26, attuativo della legge n. 5/2018 (Registro pubblico delle opposizioni); Il Post,
  27 luglio 2022, sull'apertura del registro ai cellulari (ilpost.it).
- Garante per la protezione dei dati personali, provvedimento del 15 gennaio 2020 (TIM S.p.A., docweb 9256486) e
  provvedimento dell'8 febbraio 2024 (Enel Energia, docweb 9988710).
- *Code des postes et des communications électroniques*, art. L. 34-5; CNIL, pagine sulla prospezione commerciale
  per e-mail e per SMS.
- *Code de la consommation*, art. L. 223-1, come modificato dalla legge n. 2025-594 del 30 giugno 2025, art. 13
  (in vigore dall'11 agosto 2026); décret n. 2022-1313 del 13 ottobre 2022 (art. D. 223-9); CMS Francis
  Lefebvre, nota sulla fine della concessione Bloctel (cms.law).
- legge n. 2021-1104 del 22 agosto 2021 (*Climat et résilience*), art. 21; Ministère de la Transition écologique,
  «L'expérimentation Oui Pub».

I parametri del modello (sezione 4) sono illustrativi, non stime empiriche.
""", fr="""
## Sources

- Kaspersky, rapports *Spam and phishing* (securelist.com), dont *Spam and phishing in 2015*, et les autres
  éditeurs, rassemblés avec la source de chaque chiffre dans `data/spam_share_verified.csv`.
- Rao, J. M. et Reiley, D. H. (2012), « The economics of spam », *Journal of Economic Perspectives* 26(3), 87–110,
  DOI 10.1257/jep.26.3.87.
- Anderson, S. P. et de Palma, A. (2009), « Information congestion », *RAND Journal of Economics* 40(4), 688–709,
  DOI 10.1111/j.1756-2171.2009.00085.x.
- Godin, S. (1999), *Permission Marketing: Turning Strangers into Friends, and Friends into Customers*, New York,
  Simon & Schuster.
- Règlement (UE) 2016/679 (RGPD), art. 4, point 11, et art. 21, paragraphes 2 et 3 (EUR-Lex, CELEX 32016R0679).
- Code des postes et des communications électroniques, art. L. 34-5 ; CNIL, pages sur la prospection commerciale
  par courriel et par SMS.
- Code de la consommation, art. L. 223-1, dans sa rédaction issue de la loi n° 2025-594 du 30 juin 2025, art. 13
  (en vigueur depuis le 11 août 2026) ; décret n° 2022-1313 du 13 octobre 2022 (art. D. 223-9) ; CMS Francis
  Lefebvre, note sur la fin de la concession Bloctel (cms.law).
- Loi n° 2021-1104 du 22 août 2021 (Climat et résilience), art. 21 ; ministère de la Transition écologique,
  « L'expérimentation Oui Pub ».
- Italie : d.lgs. 196/2003 (*Codice privacy*), art. 130 ; d.lgs. 206/2005 (*Codice del consumo*), art. 26 ;
  d.P.R. 27 gennaio 2022, n. 26 (RPO), et Il Post, 27 juillet 2022, sur l'ouverture du registre aux mobiles
  (ilpost.it) ; *Garante*, décisions du 15 janvier 2020 (TIM, docweb 9256486) et du
  8 février 2024 (Enel Energia, docweb 9988710).

Les paramètres du modèle (section 4) sont illustratifs, pas des estimations empiriques.
""")

if __name__ == "__main__":
    L.build(execute_nb="--no-exec" not in sys.argv)

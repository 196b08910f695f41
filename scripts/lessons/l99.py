"""The demo gallery (99): every slider demo of the course, in course order, with instructor notes.

    PYTHONPATH=. python scripts/lessons/l99.py

Each demo has a short visible caption (what to move) and collapsed notes for the instructor: what to
show first, one question for the room with its expected answer, one common misconception, the time.
The numbers in the notes are the demos' own (computed with course_lib, see tests/test_gallery.py).
Opened with Voilà the code stays hidden; the course website prints this page as the instructor guide.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
from lesson_builder import Lesson  # noqa: E402
from _fr import fr  # noqa: E402

L = Lesson("99", it="99_galleria_demo", fr="99_galerie_des_demos")

NOTES = {"it": "Note per chi insegna", "fr": "Notes pour l'enseignant"}


def _cap(text):
    """Capitalise the first letter after a bold label (a guillemet or a symbol stays first)."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1:]
    return text


def _fr_numbers(text):
    """French thousands separator: a non-breaking space (10 500)."""
    text = re.sub(r"(\d) (\d{3})(?!\d)", "\\1\u00a0\\2", text)
    return re.sub(r"(\d) (k?€)", "\\1\u00a0\\2", text)


def notes(lang, show, question, answer, misconception, minutes):
    labels = {
        "it": ("Mostra prima", "Domanda alla classe", "Risposta attesa", "Errore frequente", "Tempo"),
        "fr": ("À montrer d'abord", "Question à la salle", "Réponse attendue", "Idée reçue fréquente", "Durée"),
    }[lang]
    text = (f"<details>\n<summary>{NOTES[lang]}</summary>\n\n"
            f"- **{labels[0]}.** {_cap(show)}\n- **{labels[1]}.** {question}\n- **{labels[2]}.** {_cap(answer)}\n"
            f"- **{labels[3]}.** {_cap(misconception)}\n- **{labels[4]}.** {_cap(minutes)}\n\n</details>")
    return _fr_numbers(fr(text)) if lang == "fr" else text


def demo_section(it_title, fr_title, it_caption, fr_caption, it_notes, fr_notes, call):
    L.md(it=f"## {it_title}\n\n{it_caption}\n\n{notes('it', *it_notes)}",
         fr=_fr_numbers(fr(f"## {fr_title}\n\n{fr_caption}\n\n")) + notes("fr", *fr_notes))
    L.code(call, demo=True)


L.md(
    it="""# Galleria delle demo interattive

Tutte le demo a cursori del corso, nell'ordine delle lezioni, in grande formato per la proiezione in aula.
Aprila con Voilà (il codice resta nascosto) o in JupyterLab:

```bash
.venv/bin/voila notebooks/it/99_galleria_demo.ipynb --VoilaExecutor.timeout=60
```

Ogni demo ha una didascalia (che cosa muovere) e, chiuse in un riquadro, le **note per chi insegna**: che cosa
mostrare per prima cosa, una domanda da fare alla classe con la risposta attesa, un errore frequente e il tempo
che serve (in tutto, le nove demo chiedono 45–55 minuti). Le cifre delle note sono quelle delle demo ai valori
indicati. Sul sito del corso questa pagina, stampata,
è la guida per chi insegna. Torna all'[indice del corso](00_indice.ipynb).""",
    fr=fr("""# Galerie des démos interactives

Toutes les démos à curseurs du cours, dans l'ordre des leçons, en grand format pour la projection en classe.
Ouvrez-la avec Voilà (le code reste caché) ou dans JupyterLab :

```bash
.venv/bin/voila notebooks/fr/99_galerie_des_demos.ipynb --VoilaExecutor.timeout=60
```

Chaque démo a une légende (ce qu'il faut bouger) et, dans un encadré replié, des **notes pour l'enseignant** : ce
qu'il faut montrer d'abord, une question à poser à la salle avec la réponse attendue, une idée reçue fréquente et
la durée (en tout, les neuf démos demandent 45 à 55 minutes). Les chiffres des notes sont ceux des démos aux
valeurs indiquées. Sur le site du cours, cette page
imprimée sert de guide de l'enseignant. Retour au [sommaire du cours](00_sommaire.ipynb).""")),
L.setup("cl.use_projector_style()", hide_input=True)

demo_section(
    "1. L'attenzione è scarsa ([lezione 1](01_marketing_di_interruzione.ipynb))",
    "1. L'attention est rare ([leçon 1](01_marketing_d_interruption.ipynb))",
    "Aumenta il numero di inserzionisti: la quota di ciascuno scende anche se il suo sforzo non cambia. "
    "Poi alza l'opzione esterna $O$: una parte del pubblico non guarda nessuna pubblicità.",
    "Augmentez le nombre d'annonceurs : la part de chacun baisse, même si son effort ne change pas. "
    "Puis montez l'option extérieure $O$ : une partie du public ne regarde aucune publicité.",
    ("i valori iniziali (4 inserzionisti, sforzi pari a 2, $O = 4$): ognuno ha il 17 % dell'attenzione, "
     "l'opzione esterna il 33 %. Poi porta solo il tuo sforzo a 4: la tua quota sale al 29 %.",
     "«Se tutti e quattro raddoppiano lo sforzo, da 2 a 4, che cosa succede alla quota di ciascuno?»",
     "sale solo dal 17 % al 20 %: le quote relative non cambiano, l'aumento viene tutto dall'opzione esterna, "
     "che scende dal 33 % al 20 %. Tutti spendono il doppio per poco.",
     "«spendere di più aumenta sempre la mia quota rispetto ai concorrenti»: vale solo se gli altri stanno fermi.",
     "5 minuti."),
    ("les valeurs initiales (4 annonceurs, efforts égaux à 2, $O = 4$) : chacun a 17 % de l'attention, "
     "l'option extérieure 33 %. Puis portez votre seul effort à 4 : votre part monte à 29 %.",
     "« Si les quatre annonceurs doublent leur effort, de 2 à 4, que devient la part de chacun ? »",
     "elle ne monte que de 17 % à 20 % : les parts relatives ne changent pas, le gain vient tout entier de "
     "l'option extérieure, qui tombe de 33 % à 20 %. Tout le monde dépense le double pour peu.",
     "« dépenser plus augmente toujours ma part face aux concurrents » : vrai seulement si les autres ne bougent pas.",
     "5 minutes."),
    "cl.demos.attention_demo()",
)

demo_section(
    "2. L'escalation della spesa ([lezione 2](02_escalation_della_spesa.ipynb))",
    "2. L'escalade des dépenses ([leçon 2](02_escalade_des_depenses.ipynb))",
    "Con più concorrenti la spesa totale si avvicina a tutto il premio in palio, mentre ciascuno ottiene sempre "
    "$1/n$ dell'attenzione. Alza γ (quanto la spesa pesa nel conquistare l'attenzione: con γ alto chi spende di "
    "più prende quasi tutto): oltre $n/(n-1)$ non esiste un equilibrio simmetrico in strategie pure, e il "
    "grafico lo dice.",
    "Avec plus de concurrents, la dépense totale s'approche de tout l'enjeu, alors que chacun obtient toujours "
    "$1/n$ de l'attention. Montez γ (le poids de la dépense dans la conquête de l'attention : avec un γ élevé, "
    "le plus dépensier rafle presque tout) : au-delà de $n/(n-1)$, il n'existe pas d'équilibre symétrique en stratégies "
    "pures, et le graphique le dit.",
    ("con γ = 1, passa da 2 a 12 inserzionisti: la spesa totale sale dal 50 % al 92 % del premio.",
     "«Con 6 inserzionisti, quale parte del premio viene spesa in tutto?»",
     "5/6, cioè circa l'83 %: a ciascuno resta un guadagno netto di 2,8 su 100.",
     "«con più concorrenti ciascuno spende di più»: è la spesa *totale* che cresce; quella di ciascuno scende "
     "(da 25 con 2 inserzionisti a 7,6 con 12).",
     "5–7 minuti."),
    ("avec γ = 1, passez de 2 à 12 annonceurs : la dépense totale monte de 50 % à 92 % de l'enjeu.",
     "« Avec 6 annonceurs, quelle part de l'enjeu est dépensée au total ? »",
     "5/6, soit environ 83 % : il reste à chacun un gain net de 2,8 sur 100.",
     "« avec plus de concurrents, chacun dépense plus » : c'est la dépense *totale* qui augmente ; celle de chacun "
     "baisse (de 25 avec 2 annonceurs à 7,6 avec 12).",
     "5 à 7 minutes."),
    "cl.demos.escalation_demo()",
)

demo_section(
    "3. Ripetere aiuta, poi stanca ([lezione 3](03_ripetizione_e_oblio.ipynb))",
    "3. Répéter aide, puis lasse ([leçon 3](03_repetition_et_oubli.ipynb))",
    "Il punto segna il numero di esposizioni che rende massimo l'effetto netto; prima c'è la fase di *wear-in*, "
    "dopo quella di *wear-out*. Più noia per esposizione ($c$ più alto) sposta l'ottimo a sinistra.",
    "Le point marque le nombre d'expositions qui rend l'effet net maximal ; avant vient la phase de *wear-in*, "
    "après celle de *wear-out*. Plus d'ennui par exposition ($c$ plus élevé) déplace l'optimum vers la gauche.",
    ("i valori iniziali ($A = 1$, $b = 0{,}8$, $c = 0{,}08$): l'ottimo è a 2,88 esposizioni.",
     "«Se il pubblico si annoia il doppio ($c = 0{,}16$), l'ottimo si sposta a destra o a sinistra? Di quanto?»",
     "a sinistra, a circa 2,0 esposizioni ($n^* = \\ln(Ab/c)/b$).",
     "«dopo l'ottimo lo spot non funziona più»: nella fase di *wear-out* l'effetto netto cala, ma per un po' "
     "resta positivo; ogni esposizione in più rende meno di quanto costa in noia.",
     "5 minuti."),
    ("les valeurs initiales ($A = 1$, $b = 0{,}8$, $c = 0{,}08$) : l'optimum est à 2,88 expositions.",
     "« Si le public se lasse deux fois plus vite ($c = 0{,}16$), l'optimum va-t-il à droite ou à gauche ? "
     "De combien ? »",
     "à gauche, vers 2,0 expositions ($n^* = \\ln(Ab/c)/b$).",
     "« après l'optimum, le spot ne marche plus » : pendant le *wear-out*, l'effet net baisse mais reste un temps "
     "positif ; chaque exposition de plus rapporte moins qu'elle ne coûte en ennui.",
     "5 minutes."),
    "cl.demos.two_factor_demo()",
)

demo_section(
    "4. Stesse esposizioni, due calendari ([lezione 3](03_ripetizione_e_oblio.ipynb))",
    "4. Mêmes expositions, deux calendriers ([leçon 3](03_repetition_et_oubli.ipynb))",
    "Le stesse esposizioni concentrate in poche settimane (*burst*) o distribuite sull'anno (*spread*). "
    "Muovi l'oblio settimanale e guarda quante settimane ciascun calendario resta sopra il 20 %.",
    "Les mêmes expositions concentrées en quelques semaines (*burst*) ou réparties sur l'année (*spread*). "
    "Bougez l'oubli hebdomadaire et regardez combien de semaines chaque calendrier reste au-dessus de 20 %.",
    ("i valori iniziali (13 esposizioni, oblio 0,10): la campagna concentrata arriva al 75 % di notorietà, quella "
     "distribuita al 53 %; ma a fine anno la prima è all'1 %, la seconda al 39 %.",
     "«Quale calendario tiene la notorietà sopra il 20 % per più settimane?»",
     "quello distribuito: 52 settimane su 52, contro 25 della campagna concentrata.",
     "«il picco più alto vince sempre»: conta l'obiettivo. Un lancio vuole il picco, la presenza continua vuole "
     "la distribuzione.",
     "5 minuti."),
    ("les valeurs initiales (13 expositions, oubli 0,10) : la campagne concentrée atteint 75 % de notoriété, la "
     "campagne répartie 53 % ; mais en fin d'année, la première est à 1 %, la seconde à 39 %.",
     "« Quel calendrier garde la notoriété au-dessus de 20 % pendant le plus de semaines ? »",
     "le calendrier réparti : 52 semaines sur 52, contre 25 pour la campagne concentrée.",
     "« le pic le plus haut gagne toujours » : tout dépend de l'objectif. Un lancement veut un pic, une présence "
     "continue veut la répartition.",
     "5 minutes."),
    "cl.demos.burst_demo()",
)

demo_section(
    "5. Quante chiamate al mese? ([lezione 4](04_stanchezza_tetti_e_dati_reali.ipynb))",
    "5. Combien d'appels par mois ? ([leçon 4](04_lassitude_plafonds_et_donnees_reelles.ipynb))",
    "Una popolazione con tolleranze diverse riceve chiamate per un anno. Oltre un certo ritmo le adesioni "
    "calano, perché chi si oppone esce dalla lista. Il modello è illustrativo, calibrato sull'ordine di grandezza "
    "dei dati reali della banca portoghese della lezione 4. La linea tratteggiata segna la regola francese del 2022 "
    "(4 tentativi in 30 giorni); la banda grigia, il ritmo scelto con il cursore.",
    "Une population aux tolérances différentes reçoit des appels pendant un an. Au-delà d'un certain rythme, les "
    "adhésions baissent, car ceux qui s'opposent quittent la liste. Le modèle est illustratif, calé sur l'ordre de "
    "grandeur des données réelles de la banque portugaise de la leçon 4. La ligne en tirets marque la règle "
    "française de 2022 (4 tentatives en 30 jours) ; la bande grise, le rythme choisi avec le curseur.",
    ("i valori iniziali (4 chiamate al mese): accetta il 12,5 %, si oppone il 25 %; il ritmo con più adesioni è 4.",
     "«Se le persone smaltiscono la stanchezza più in fretta (abbassa ρ a 0,30), il ritmo migliore sale o scende?»",
     "sale, a 7 chiamate al mese, e le opposizioni a 4 chiamate scendono al 5 %. Con ρ = 0,90 il ritmo migliore "
     "scende a 2.",
     "«più chiamate, più adesioni»: oltre il ritmo migliore ogni chiamata in più fa perdere più persone "
     "(opposizioni) di quante ne convinca. In Italia chi è iscritto al Registro pubblico delle opposizioni non va "
     "chiamato; in Francia, dall'11 agosto 2026, serve il consenso preventivo.",
     "5–7 minuti."),
    ("les valeurs initiales (4 appels par mois) : 12,5 % acceptent, 25 % s'opposent ; le rythme le plus vendeur "
     "est 4.",
     "« Si les gens se remettent plus vite de leur lassitude (baissez ρ à 0,30), le meilleur rythme monte-t-il ou "
     "baisse-t-il ? »",
     "il monte, à 7 appels par mois, et les oppositions à 4 appels tombent à 5 %. Avec ρ = 0,90, le meilleur "
     "rythme descend à 2.",
     "« plus d'appels, plus d'adhésions » : au-delà du meilleur rythme, chaque appel de plus fait perdre plus de "
     "personnes (oppositions) qu'il n'en convainc. Depuis le 11 août 2026, en France, démarcher un consommateur "
     "par téléphone exige son consentement préalable : la question du rythme ne se pose plus qu'avec ceux qui ont "
     "consenti.",
     "5 à 7 minutes."),
    "cl.demos.fatigue_demo()",
)

demo_section(
    "6. Massa o mirata? ([lezione 5](05_contesto_e_targeting.ipynb))",
    "6. Masse ou ciblage ? ([leçon 5](05_contexte_et_ciblage.ipynb))",
    "Stesso budget (3.000 €) e stesso messaggio, inviati a una lista qualsiasi (0,05 € a contatto) o a una lista "
    "mirata (0,20 € a contatto): risposte, persone infastidite e costo per risposta, fianco a fianco.",
    "Même budget (3 000 €) et même message, envoyés à une liste quelconque (0,05 € le contact) ou à une liste "
    "ciblée (0,20 € le contact) : réponses, personnes importunées et coût par réponse, côte à côte.",
    ("i valori iniziali (precisione 60 %, pertinenza 50 %): 563 risposte mirate contro 375 di massa, 10.500 "
     "persone infastidite contro 57.000.",
     "«A quale precisione la lista mirata ottiene solo tante risposte quanto la campagna di massa?»",
     "al 40 %: le risposte sono le stesse (375) e anche il costo per risposta (8 €), perché un contatto mirato "
     "costa quattro volte tanto; sotto il 40 % la massa rende di più.",
     "«mirare è sempre meglio»: conviene solo se la precisione compensa il costo più alto del contatto; in ogni "
     "caso disturba molte meno persone.",
     "5 minuti."),
    ("les valeurs initiales (précision 60 %, pertinence 50 %) : 563 réponses ciblées contre 375 en masse, 10 500 "
     "personnes importunées contre 57 000.",
     "« À quelle précision la liste ciblée n'obtient-elle pas plus de réponses que la campagne de masse ? »",
     "à 40 % : les réponses sont les mêmes (375), et le coût par réponse aussi (8 €), parce qu'un contact ciblé "
     "coûte quatre fois plus cher ; en dessous de 40 %, la masse rapporte davantage.",
     "« cibler est toujours mieux » : c'est rentable seulement si la précision compense le coût plus élevé du "
     "contact ; dans tous les cas, on importune beaucoup moins de monde.",
     "5 minutes."),
    "cl.demos.targeting_demo()",
)

demo_section(
    "7. Quanti invii a chi ha detto sì? ([lezione 6](06_permission_marketing.ipynb))",
    "7. Combien d'envois à ceux qui ont dit oui ? ([leçon 6](06_permission_marketing.ipynb))",
    "Una lista di iscritti per un anno: nuove iscrizioni ogni settimana, disiscrizioni dovute alla stanchezza. "
    "Muovi gli invii a settimana e la pertinenza dei messaggi.",
    "Une liste d'abonnés pendant un an : de nouvelles inscriptions chaque semaine, des désabonnements dus à la "
    "lassitude. Bougez les envois par semaine et la pertinence des messages.",
    ("i valori iniziali (1 invio a settimana, pertinenza 0,5): 41.098 risposte nell'anno, 7.443 iscritti a fine "
     "anno; la frequenza ottimale è 1,13 invii a settimana.",
     "«Con messaggi più pertinenti (r = 1), la frequenza ottimale sale o scende?»",
     "sale, a circa 2 invii a settimana (1,96); alla stessa frequenza di 1 invio le risposte nell'anno sono 2,7 "
     "volte quelle con r = 0,5. Con r = 0,1 l'ottimo scende a 0,99.",
     "«chi ha dato il permesso si può scrivere quanto si vuole»: anche una lista con permesso si stanca; la "
     "pertinenza, non la frequenza, compra il diritto di scrivere più spesso.",
     "5–7 minuti."),
    ("les valeurs initiales (1 envoi par semaine, pertinence 0,5) : 41 098 réponses dans l'année, 7 443 abonnés en "
     "fin d'année ; la fréquence optimale est de 1,13 envoi par semaine.",
     "« Avec des messages plus pertinents (r = 1), la fréquence optimale monte-t-elle ou baisse-t-elle ? »",
     "elle monte, vers 2 envois par semaine (1,96) ; à la même fréquence d'un envoi, les réponses de l'année "
     "sont 2,7 fois celles obtenues avec r = 0,5. Avec r = 0,1, l'optimum descend à 0,99.",
     "« on peut écrire autant qu'on veut à qui a donné sa permission » : une liste avec permission se lasse aussi ; "
     "c'est la pertinence, pas la fréquence, qui donne le droit d'écrire plus souvent.",
     "5 à 7 minutes."),
    "cl.demos.permission_demo()",
)

demo_section(
    "8. Opt-out o opt-in? ([lezione 7](07_spam_e_consenso.ipynb))",
    "8. Opt-out ou opt-in ? ([leçon 7](07_spam_et_consentement.ipynb))",
    "La stessa popolazione di 100.000 persone sotto due regole: si contatta chiunque non si sia opposto "
    "(*opt-out*) o solo chi ha acconsentito (*opt-in*). Contatti, risposte, reclami e valore netto, con prezzi "
    "illustrativi: 50 € di margine per risposta, 1 € per contatto, 20 € di costo per reclamo.",
    "La même population de 100 000 personnes sous deux règles : on contacte tous ceux qui ne se sont pas opposés "
    "(*opt-out*) ou seulement ceux qui ont consenti (*opt-in*). Contacts, réponses, plaintes et valeur nette, avec "
    "des prix illustratifs : 50 € de marge par réponse, 1 € par contact, 20 € de coût par plainte.",
    ("i valori iniziali (10 % di consenso): l'opt-out contatta 73.000 persone e ottiene 815 risposte ma 1.910 "
     "reclami (valore netto −70.450 €); l'opt-in contatta 10.000 persone, 500 risposte, 20 reclami (+14.600 €).",
     "«Quante risposte ogni 1000 contatti dovrebbero dare le persone che non hanno acconsentito perché l'opt-out "
     "valga quanto l'opt-in?» (cursore «risposte su 1000 contatti: gli altri»).",
     "circa 32: a quel punto le due regole valgono entrambe 14.600 €; con 35 l'opt-out sale a 24.050 €. Con le "
     "risposte di oggi (5 ogni 1000) l'opt-in vince a ogni livello di consenso.",
     "«con l'opt-in si guadagna di più perché si ottengono più risposte»: l'opt-in ottiene sempre *meno* risposte "
     "(500 contro 815 ai valori iniziali), perché contatta solo una parte delle stesse persone; vince perché evita "
     "quasi tutti i reclami e i contatti inutili. In Italia e-mail e SMS commerciali richiedono il consenso "
     "(art. 130 del Codice privacy); in Francia, dall'11 agosto 2026, anche le telefonate.",
     "5–7 minuti."),
    ("les valeurs initiales (10 % de consentement) : l'opt-out contacte 73 000 personnes et obtient 815 réponses "
     "mais 1 910 plaintes (valeur nette −70 450 €) ; l'opt-in contacte 10 000 personnes, 500 réponses, 20 plaintes "
     "(+14 600 €).",
     "« Combien de réponses pour 1000 contacts devraient donner les personnes qui n'ont pas consenti pour que "
     "l'opt-out vaille autant que l'opt-in ? » (curseur « réponses pour 1000 contacts : les autres »).",
     "environ 32 : les deux règles valent alors 14 600 € chacune ; à 35, l'opt-out monte à 24 050 €. Avec les "
     "réponses d'aujourd'hui (5 pour 1000), l'opt-in l'emporte à tout niveau de consentement.",
     "« l'opt-in rapporte plus parce qu'il obtient plus de réponses » : l'opt-in obtient toujours *moins* de "
     "réponses (500 contre 815 aux valeurs initiales), car il ne contacte qu'une partie des mêmes personnes ; il "
     "l'emporte parce qu'il évite presque toutes les plaintes et les contacts inutiles. C'est le passage que la "
     "France a fait pour le démarchage téléphonique le 11 août 2026 : de l'opposition (Bloctel) au consentement "
     "préalable.",
     "5 à 7 minutes."),
    "cl.demos.consent_demo()",
)

demo_section(
    "9. Acquisire, poi coltivare ([lezione 8](08_acquisire_poi_coltivare.ipynb))",
    "9. Acquérir, puis cultiver ([leçon 8](08_acquerir_puis_cultiver.ipynb))",
    "Un budget mensile diviso tra interruzione (per acquisire clienti) e permesso (per coltivarli): la base "
    "clienti e il valore in tre anni. Il modello è illustrativo.",
    "Un budget mensuel partagé entre l'interruption (pour acquérir des clients) et la permission (pour les "
    "cultiver) : la base de clients et la valeur sur trois ans. Le modèle est illustratif.",
    ("i valori iniziali (10 mila € al mese, metà all'interruzione): 340 clienti dopo tre anni, valore 182 mila €; "
     "tutto sull'interruzione −5 mila €, tutto sul permesso −155 mila €.",
     "«Qual è la ripartizione migliore?»",
     "una via di mezzo: tra il 40 % e il 60 % all'interruzione il valore resta tra 171 e 182 mila €, mentre i "
     "due estremi perdono denaro.",
     "«o l'una o l'altra»: senza interruzione non entra nessun cliente da coltivare; senza permesso i clienti "
     "acquisiti se ne vanno. Le due strategie sono complementari.",
     "5 minuti."),
    ("les valeurs initiales (10 k€ par mois, moitié pour l'interruption) : 340 clients après trois ans, valeur "
     "182 k€ ; tout sur l'interruption −5 k€, tout sur la permission −155 k€.",
     "« Quelle est la meilleure répartition ? »",
     "un partage : entre 40 % et 60 % pour l'interruption, la valeur reste entre 171 et 182 k€, alors que les "
     "deux extrêmes perdent de l'argent.",
     "« c'est l'une ou l'autre » : sans interruption, aucun client n'arrive à cultiver ; sans permission, les "
     "clients acquis s'en vont. Les deux stratégies sont complémentaires.",
     "5 minutes."),
    "cl.demos.cultivation_demo()",
)

if __name__ == "__main__":
    L.build()

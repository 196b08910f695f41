"""Every point of the course's two source documents (the research digest SOURCES-DIGEST.md, summarised in POINTS below) is covered,
in our own words, by the lesson that owns it, in both languages.

Each point maps to a lesson and to words that must appear in that lesson's teaching text
(any of the alternatives, case-insensitive). Course map: 01 interruption, 02 escalation,
03 repetition and forgetting, 04 fatigue, caps and real data, 05 context and targeting,
06 permission marketing, 07 spam and consent, 08 acquire then cultivate. The permission points
belong to 06 (FR blog 7-10), 08 (11-13) and 07 (14); a point is checked as soon as the notebook
of its lesson exists.
"""
import re

import pytest

from notebook_utils import notebooks, read

# (source, point, lesson, {"it": [alternatives...], "fr": [...]}) -- all alternatives of one
# inner list are equivalent; every inner list must match.
POINTS = [
    ("IT glossary", 1, "01", {"it": [["interromp"], ["altra attività", "mentre"]], "fr": [["interromp"], ["activité"]]}),
    ("IT glossary", 2, "01", {"it": [["massa"], ["personalizzat"]], "fr": [["masse"], ["personnalis"]]}),
    ("IT glossary", 3, "01", {"it": [["outbound"], ["push"], ["permission marketing"]],
                              "fr": [["outbound"], ["push"], ["permission marketing"]]}),
    ("IT glossary", 4, "01", {"it": [["interrompere", "interruzione"]], "fr": [["interrompre", "interruption"]]}),
    ("IT glossary", 5, "01", {"it": [["call center"], ["film"], ["spam"]], "fr": [["centre d'appels"], ["film"], ["spam"]]}),
    ("IT glossary", 6, "01", {"it": [["fuori contesto", "fuori dal contesto"]], "fr": [["hors contexte", "hors de contexte"]]}),
    ("IT glossary", 7, "01", {"it": [["pop-up"], ["contestual"]], "fr": [["pop-up", "fenêtre surgissante"], ["contextu"]]}),
    ("IT glossary", 8, "01", {"it": [["marketing automation", "automazione"], ["data-driven", "dati"]],
                              "fr": [["automatisation", "marketing automation"], ["données", "data-driven"]]}),
    ("IT glossary", 9, "01", {"it": [["sms"], ["negozio"]], "fr": [["sms"], ["magasin", "boutique"]]}),
    ("IT glossary", 10, "01", {"it": [["fastidi"], ["strateg"]], "fr": [["agaç", "importun", "dérange"], ["stratégi"]]}),
    ("FR blog", 1, "01", {"it": [["godin"]], "fr": [["godin"]]}),
    ("FR blog", 2, "01", {"it": [["permission marketing"]], "fr": [["permission marketing"]]}),
    ("FR blog", 3, "01", {"it": [["ovunque"], ["giornali", "stampa"], ["muri"]], "fr": [["partout"], ["presse", "journaux"], ["murs"]]}),
    ("FR blog", 4, "01", {"it": [["passiv"]], "fr": [["passi"]]}),
    ("FR blog", 5, "01", {"it": [["colossal", "enormi"]], "fr": [["colossal"]]}),
    ("FR blog", 6, "02", {"it": [["escalation"], ["attenzione"]], "fr": [["escalade"], ["cerveau"]]}),
    ("FR blog", 7, "06", {"it": [["attore", "protagonista"]], "fr": [["acteur"]]}),
    ("FR blog", 8, "06", {"it": [["miglia"]], "fr": [["miles"]]}),
    ("FR blog", 9, "06", {"it": [["personalizzat"]], "fr": [["personnalis"]]}),
    ("FR blog", 10, "06", {"it": [["internet"], ["profilazione", "profil"]], "fr": [["internet"], ["profil"]]}),
    ("FR blog", 11, "08", {"it": [["coltiva"]], "fr": [["cultiv"]]}),
    ("FR blog", 12, "08", {"it": [["complementar"]], "fr": [["complémentaire"]]}),
    ("FR blog", 13, "08", {"it": [["dubbi", "non ancora"]], "fr": [["doute", "pas encore"]]}),
    ("FR blog", 14, "07", {"it": [["spam"], ["90"]], "fr": [["spam"], ["90"]]}),
    # already foreshadowed in the first half, where it belongs to the argument
    ("FR blog", 12, "02", {"it": [["acquisi"], ["coltiva"]], "fr": [["acqu", "conquér"], ["cultiv"]]}),
    ("FR blog", 14, "01", {"it": [["90"], ["spam"]], "fr": [["90"], ["spam"]]}),
    # lesson 05 takes the Italian glossary's points 6-10 (context and targeting) in depth
    ("IT glossary", 6, "05", {"it": [["fuori contesto"]], "fr": [["hors contexte"]]}),
    ("IT glossary", 7, "05", {"it": [["pop-up"], ["contestual"]], "fr": [["pop-up", "fenêtre surgissante"], ["contextu"]]}),
    ("IT glossary", 8, "05", {"it": [["marketing automation"], ["data-driven"]],
                              "fr": [["marketing automation"], ["data-driven"]]}),
    ("IT glossary", 9, "05", {"it": [["sms"], ["negozio"], ["consumi"]], "fr": [["sms"], ["magasin"], ["consommation"]]}),
    ("IT glossary", 10, "05", {"it": [["infastidire"], ["primo contatto"], ["mantenere"]],
                               "fr": [["importuner"], ["premier contact"], ["entretenir"]]}),
]


def _text(lang, nn):
    nb = read(notebooks(lang)[nn])
    return " ".join(c.source for c in nb.cells if c.cell_type == "markdown").lower()


@pytest.mark.parametrize("source,point,lesson,words", POINTS,
                         ids=[f"{s.split()[0]}{p}-L{lesson}" for s, p, lesson, _ in POINTS])
@pytest.mark.parametrize("lang", ["it", "fr"])
def test_source_point_is_covered(lang, source, point, lesson, words):
    if lesson not in notebooks(lang):
        pytest.skip(f"{source} point {point} belongs to lesson {lesson}, not written yet")
    text = _text(lang, lesson)
    for alternatives in words[lang]:
        assert any(re.search(re.escape(a), text) for a in alternatives), (
            f"{source} point {point}: lesson {lesson} ({lang}) never mentions any of {alternatives}")


def test_every_digest_point_is_mapped():
    it_points = {p for s, p, _, _ in POINTS if s == "IT glossary"}
    fr_points = {p for s, p, _, _ in POINTS if s == "FR blog"}
    assert it_points == set(range(1, 11)) and fr_points == set(range(1, 15))

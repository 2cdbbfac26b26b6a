"""French topic files that used to fall back to English (topics8, 2026-12).

Fourteen self-care topics (un orgelet, un furoncle, la peau sèche, un bébé qui régurgite, la
pilule du lendemain...) had no French text: a plain question about them found its topic only
through its findings, if at all, and the advice came back in English. Every message here is our
own, written the way people type on WhatsApp in France and francophone Africa (no accents, "j ai",
"j arrive pas"); each must now find its topic at the topic's own default level, and the advice
must come back in French. Words the new topics brought to light are fixed in the findings:
"crevasses" on heels or hands are not the nipples', "croûtes de lait" are cradle cap and not
thick scaly patches, one spot on the eyelid is not a rash near the eye, and a baby who "rejette
un peu de lait" is bringing milk up, not refusing the feed. Rules are tested without the
similarity layer.
"""

from __future__ import annotations

import pytest

from . import topics_helper as topics

RULES = topics.RULES

FRANCE = "+33612345678"

WRITTEN = (
    "baby_posseting",
    "bladder_leaks",
    "boils",
    "breast_pain",
    "breastfeeding_problems",
    "cholesterol",
    "contraception",
    "cradle_cap",
    "dry_eyes",
    "dry_skin",
    "erection_problems",
    "medicine_questions",
    "muscle_aches",
    "stye",
)

FRENCH = [
    ("mon bebe regurgite apres chaque biberon", "baby_posseting"),
    ("bebe qui rejette un peu de lait apres le biberon", "baby_posseting"),
    ("j ai des fuites urinaires quand je cours", "bladder_leaks"),
    ("depuis mon accouchement je perds mes urines quand j eternue", "bladder_leaks"),
    ("j ai un furoncle sur la fesse qui fait mal", "boils"),
    ("un gros furoncle sous le bras depuis 3 jours", "boils"),
    ("j ai mal aux seins avant mes regles tous les mois", "breast_pain"),
    ("seins douloureux avant les regles c est normal ?", "breast_pain"),
    ("mes mamelons sont douloureux quand j allaite", "breastfeeding_problems"),
    ("bouts de sein douloureux quand je donne le sein", "breastfeeding_problems"),
    ("comment faire baisser mon cholesterol naturellement", "cholesterol"),
    ("je prends une statine, je peux boire du jus de pamplemousse ?", "cholesterol"),
    ("j ai oublie ma pilule hier soir", "contraception"),
    # the morning after pill wanted is urgent since fix10u (time-limited); questions stay self-care
    ("j ai saute ma pilule hier, est ce que je suis protegee", "contraception"),
    ("mon bebe a des croutes de lait", "cradle_cap"),
    ("le bebe a des croutes de lait sur le crane", "cradle_cap"),
    ("j ai les yeux secs a force d etre sur l ordi", "dry_eyes"),
    ("yeux fatigues par l ecran toute la journee", "dry_eyes"),
    ("j ai la peau tres seche en hiver", "dry_skin"),
    ("mes talons sont crevasses, quoi mettre", "dry_skin"),
    ("mon mari a des problemes d erection", "erection_problems"),
    ("j arrive pas a garder mon erection", "erection_problems"),
    ("est ce que je peux prendre de l ibuprofene en allaitant", "medicine_questions"),
    ("j ai oublie de prendre mes comprimes ce matin", "medicine_questions"),
    ("j ai des courbatures partout apres la salle", "muscle_aches"),
    ("douleurs musculaires dans les cuisses apres le foot", "muscle_aches"),
    ("j ai un orgelet a l oeil droit", "stye"),
    ("un orgelet sur la paupiere du bas depuis hier", "stye"),
]


@pytest.mark.parametrize(("text", "topic"), FRENCH)
def test_a_message_finds_its_new_topic_at_its_default_level(text: str, topic: str) -> None:
    topics.finds_topic(text, "fr", topic, topics.default_level(topic))


def test_every_written_topic_is_tested_and_no_longer_a_fallback() -> None:
    assert {topic for _, topic in FRENCH} == set(WRITTEN)
    for topic in WRITTEN:
        topics.not_a_fallback("fr", topic)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # cracked nipples while feeding are still a feeding problem
        ("j ai des crevasses", "breastfeeding_problem"),
        ("mes mamelons sont crevasses et saignent", "breastfeeding_problem"),
        # a baby refusing the breast or bottle is still not feeding
        ("mon bebe rejette le sein depuis ce matin", "baby_not_feeding"),
        ("bebe rejette tous ses biberons", "baby_not_feeding"),
        # spots near the eye that burn are still shingles near the eye
        ("j ai des boutons sur la paupiere et le front, ca brule", "shingles_near_eye"),
        # thick crusts on an adult's scalp are still scaly patches
        ("des croutes epaisses sur le cuir chevelu", "scaly_patches"),
    ],
)
def test_a_near_word_keeps_its_warning(text: str, flag: str) -> None:
    found = RULES.assess(text, "fr")
    assert flag in {fired.id for fired in found.fired}, found


@pytest.mark.parametrize(
    ("text", "title", "line", "english"),
    [
        (
            "j ai un orgelet a l oeil droit",
            "*Orgelet sur la paupière*",
            "posez-le sur l'œil fermé",
            "Soak a clean cloth",
        ),
        (
            "j ai la peau tres seche en hiver",
            "*Peau sèche*",
            "crème hydratante simple, sans parfum",
            "unperfumed moisturiser",
        ),
        (
            "mon bebe regurgite apres chaque biberon",
            "*Bébé qui régurgite du lait*",
            "Tenez votre bébé bien droit",
            "Hold your baby upright",
        ),
    ],
)
def test_the_advice_comes_back_in_french(text: str, title: str, line: str, english: str) -> None:
    _, said = topics.reply(FRANCE, "33", text)
    topics.says(said, title, line)
    topics.never_says(said, english)

"""Indirect suicidal intent, fifth-round families (2026-12-05).

An ending hinted at with a time ("after sunday none of it will matter", "tonight I finally
rest") is only context on its own, and a warning sign with another: a goodbye already said to a
best friend, things given away, the means gathered (NHS help for suicidal thoughts: talk of a
time after which things will not matter, saying goodbye, giving things away). A lethal amount
asked about in other words ("how much so that a person sleeps and never wakes up"), "everyone
will be fine without me" with tablets gathered (Hindi), and in the safety net a goodbye posted
with medicine hoarded (Tagalog, Indonesian) are emergencies too.

Every message is our own phrasing; the other side of each guard is tested: nothing will matter
after an exam because it is over, goodbye said at an airport, resting after a long shift,
medicine kept in a drawer, an everyday "pamit dulu".
"""

# ruff: noqa: E501  (one message per line)
from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import assert_level, rules

ENGINE = rules()

EMERGENCY = [
    (
        "en",
        "once my last shift on saturday is done nothing will matter, I kinda already said my goodbyes to my best friend",
    ),
    (
        "en",
        "after tomorrow none of this will matter. basically already texted goodbye to my buddy. need something for a sore back",
    ),
    ("en", "tonight I'll finally be at peace, gave my guitar to my cousin this afternoon"),
    ("en", "I finally get to rest tonight, the dog is going to live with my aunt"),
    (
        "en",
        "been keeping my sleeping tablets aside for weeks. how much so that a person goes to sleep and never wakes up",
    ),
    ("es", "después del domingo ya nada va a importar, como que ya me despedí de mi pana"),
    ("es", "esta noche al fin descanso, le regalé mi moto a mi primo"),
    ("pt", "depois do meu plantão nada mais vai importar, já dei tchau pro meu parceiro"),
    ("pt", "hoje finalmente descanso, dei minhas roupas para minha irmã"),
    ("fr", "après samedi plus rien n'aura d'importance, j'ai déjà fait mes adieux à mon frérot"),
    ("fr", "ce soir je vais enfin pouvoir me reposer, j'ai donné mon chien à mon voisin"),
    ("sw", "baada ya jumapili hakuna kitu kitakachojalisha tena, nimeshamuaga shoga yangu"),
    ("hi", "रविवार के बाद कुछ भी फर्क नहीं पड़ेगा, यार को बाय बोल दिया"),
    ("hi", "मेरे बिना घर वाले ठीक रहेंगे, गोलियां जमा कर ली हैं"),
    ("hi", "sabko mere bina theek rahega, neend ki goliyan ikatthi kar li hain"),
    ("tl", "nag-post ang pinsan ko ng goodbye sa fb, tinago daw niya yung mga gamot ng lola"),
    ("tl", "nagpost si ate ng 'paalam' sa group chat tapos hindi na sumasagot"),
    ("id", "temenku nulis pamitan di ig, katanya obat tidurnya udah dikumpulin"),
]

NOT_EMERGENCY = [
    ("en", "nothing will matter after the exam, I'll finally relax"),
    ("en", "after friday none of it will matter, the project is handed in and I can sleep"),
    ("en", "said bye to my best friend at the airport, feeling a bit low"),
    ("en", "tonight I finally rest after a double shift, my back aches"),
    ("en", "how many hours so that a person sleeps and doesn't wake up tired"),
    ("es", "después del examen nada va a importar, me voy de vacaciones"),
    ("es", "esta noche por fin descanso, terminamos la mudanza"),
    ("pt", "depois da prova nada vai importar, vou viajar com a família"),
    ("fr", "après l'examen plus rien ne comptera, je vais enfin me détendre"),
    ("sw", "baada ya mtihani hakuna kitu kitakachojalisha, nitapumzika tu"),
    ("hi", "परीक्षा के बाद कुछ भी मायने नहीं रखेगा, फिर मैं घूमने जाऊंगा"),
    ("tl", "nag-ipon ng gamot si lola para sa buong buwan"),
    ("id", "ibu nyimpen obat di laci, pamit dulu ya mau ke pasar"),
]


@pytest.mark.parametrize(("lang", "text"), EMERGENCY)
def test_indirect_intent_is_an_emergency(lang: str, text: str) -> None:
    assert_level(ENGINE, text, TriageLevel.EMERGENCY, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_EMERGENCY)
def test_the_everyday_side_is_not(lang: str, text: str) -> None:
    assert ENGINE.assess(text, lang).level != TriageLevel.EMERGENCY


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "nothing will matter after the exam, I'll finally relax"),
        ("en", "after this shift tonight I finally rest, long day"),
        ("sw", "baada ya mtihani hakuna kitu kitakachojalisha, nitapumzika tu"),
    ],
)
def test_an_ending_hint_alone_is_no_crisis(lang: str, text: str) -> None:
    assessment = ENGINE.assess(text, lang)
    assert not assessment.crisis
    assert assessment.level not in (TriageLevel.EMERGENCY, TriageLevel.URGENT)

"""Round-15 over-triage, narrowed as families (both sides kept).

A heart attack or stroke asked about hypothetically, or said to be years ago (NHS stroke,
heart attack: signs learnt ahead, driving after an old stroke), or a friend's past one that
frightened the writer; "I thought I was going to die" said of a fright (not a plan: NHS help
for suicidal thoughts); hearing going bit by bit with age (NHS hearing loss: a GP's); Swahili
burning said of peeing (NHS urinary tract infection), and a tetanus jab not had (NHS tetanus:
urgent, not tetanus itself). Each neighbour's emergency side still fires.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, U, assert_level, assert_not_emergency, rules

LEVELS: list[tuple[str, TriageLevel, str]] = [
    # emergency side kept
    ("my wife is having a stroke, her face has dropped on one side", E, "en"),
    ("not sure if my dad had a stroke, his speech went funny for a minute", E, "en"),
    ("I think he is having a heart attack right now", E, "en"),
    ("mon pere fait un AVC, sa bouche est tordue", E, "fr"),
    ("je crois que ma femme fait un infarctus maintenant", E, "fr"),
    ("je vais me tuer ce soir", E, "fr"),
    ("ce soir je vais mourir, j ai tout prevu", E, "fr"),
    ("mere dost ko abhi heart attack aa raha hai, seene me tez dard", E, "hi"),
    ("papa ko stroke aaya hai, muh tedha ho gaya", E, "hi"),
    ("दोस्त को अभी हार्ट अटैक आ रहा है", E, "hi"),
    ("mtoto ameungua sana na maji ya moto kifuani", E, "sw"),
    ("nimeungua vibaya mkono mzima kwa moto", E, "sw"),
    ("taya imekaza na misuli inakakamaa baada ya kidonda cha msumari", E, "sw"),
    # hearing: sudden stays urgent, gradual is a GP's
    ("woke up deaf in one ear today", U, "en"),
    ("grandad is going deaf, can he get a hearing aid", R, "en"),
    ("my mum has gone a bit deaf over the years, how do we get her ears tested", R, "en"),
    # Swahili dysuria and a jab not had: urgent, not a burn or tetanus
    ("ninakojoa damu na naungua nikikojoa", U, "sw"),
    ("mkojo unaungua na nina homa, mgongo unauma upande mmoja", U, "sw"),
    ("nimejikata na msumari wenye kutu, sijachomwa sindano ya pepopunda miaka mingi", U, "sw"),
]

NOT_EMERGENCY: list[tuple[str, str]] = [
    ("hypothetically, if my husband had a heart attack, what would I notice first?", "en"),
    ("in theory if someone had a stroke what should I look for", "en"),
    ("first aid course tomorrow, hypothetically what would a heart attack look like", "en"),
    ("ma mere a fait un infarctus il y a 5 ans, peut elle prendre l avion", "fr"),
    ("mon oncle a fait un AVC l an dernier, il peut conduire ?", "fr"),
    ("j ai cru que j allais mourir de rire devant ce film", "fr"),
    ("j ai cru que j allais mourir de peur quand le chien a aboye, rien de grave", "fr"),
    ("dost ko heart attack aaya tha to mai dar gaya, mujhe bas halki khansi hai", "hi"),
    ("दोस्त को स्ट्रोक आया था, डर लग रहा है, मुझे हल्का सर दर्द है", "hi"),
    ("ninakojoa damu na naungua sana", "sw"),
    ("nimekanyaga msumari wenye kutu, sijachoma sindano ya tetanasi tangu zamani", "sw"),
]


@pytest.mark.parametrize(("text", "want", "language"), LEVELS)
def test_level(text: str, want: TriageLevel, language: str) -> None:
    assert_level(rules(), text, want, language)


@pytest.mark.parametrize(("text", "language"), NOT_EMERGENCY)
def test_not_emergency(text: str, language: str) -> None:
    assert_not_emergency(rules(), text, language)

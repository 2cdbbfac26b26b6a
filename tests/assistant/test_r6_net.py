"""Safety-net languages, round 6 follow-up (2026-12-06): word classes that were missing.

* Moroccan Darija and Arabizi: eyes rolled up typed in Latin letters ("3inih tal3in") is a
  fit; "no longer answers" ("ma b9ach kayjawb", "ma kayjawbnich") is not responding — but
  never about a phone or messages, and never "kayred" (also vomiting in Moroccan).
* Yoruba: oògùn typed with one o ("ogun"), a child who swallowed someone's medicine and is
  drowsy after it (poisoning); a severe burn over two parts of the body or with the skin
  coming off (injury); blood coming out "gan-an" (heavy bleeding, after a birth too).
* Zulu: a swallowed (button) battery (poisoning); an asthma reliever that does not help, or
  too breathless to talk (not breathing).
* Amharic: the chest-pain verb in its forms for "her", "you", "it" (ደረቷ ያማታል, ያማል).

Every message is our own, written for these tests by engineers who are not native speakers.
The other side is tested too: the same words in everyday messages stay below an emergency.
"""

from __future__ import annotations

import pytest

from .support import E, engine, net

EMERGENCIES = (
    # Moroccan Darija / Arabizi: a fit with the eyes rolled up, and no longer answering
    ("ar", "binti fiha s5ana w 3iniha tal3in lfo9", "fit"),
    ("ar", "wldi sokhon o bda kaytrta3 o 3ynih m9loubin", "fit"),
    ("ar", "khoya ta7 f l2erd w mab9ach kayjawbni", "unconscious"),
    ("ar", "ولدي فيه السخانة وما بقاش كيجاوبني", "unconscious"),
    ("ar", "3ayatt 3lih bzaf w ma kayjawbnich", "unconscious"),
    # Yoruba: a child who swallowed someone's medicine; drowsy after medicine
    ("yo", "omo mi gbe oogun baba re mi, o n sun lo", "poisoning"),
    ("yo", "omo odun meji gbe ogun iya mi pupo", "poisoning"),
    ("yo", "omo mi gbe tablet mama re mi lati aaro", "poisoning"),
    # Yoruba: a severe burn
    ("yo", "ina jo omo mi gan-an ni ile idana", "injury"),
    ("yo", "ina jo baba mi, apa ati ese re", "injury"),
    ("yo", "omi gbigbona jo o, awo ara re n bo kuro", "injury"),
    # Yoruba: heavy bleeding, after a birth too
    ("yo", "eje n jade lara iyawo mi gan-an lehin to bimo", "bleeding"),
    # Zulu: a swallowed battery; an asthma attack the pump does not help
    ("zu", "ingane yami igwinye ibhetri encane yewashi", "poisoning"),
    ("zu", "umntwana ugwinye i-battery ekuseni", "poisoning"),
    ("zu", "une-asthma i-pump ayimsizi nakancane", "not_breathing"),
    ("zu", "inhaler ayisebenzi futhi uphefumula kanzima", "not_breathing"),
    ("zu", "umama akakwazi nokukhuluma ngenxa yomoya", "not_breathing"),
    # Amharic: chest pain in the forms for her / it
    ("am", "እናቴ ደረቷ በጣም ያማታል ላብም ያልባታል", "chest_pain"),
    ("am", "ደረቴ በጣም ያማል ወደ ግራ እጄ", "chest_pain"),
    ("am", "bale bete deretwa yamatal betam", "chest_pain"),
)


@pytest.mark.parametrize(("code", "text", "statement"), EMERGENCIES)
def test_the_missing_word_classes_make_their_statement(
    code: str, text: str, statement: str
) -> None:
    assert statement in net().match(text, code)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("wlidi 3ndo s5ana w 3inih tal3in w mab9ach kayjawbni", "fit"),
        ("Omo mi odun meta gbe ogun baba re pupo mi, o n sun lo", "poisoning"),
        ("Ingane yami igwinye ibhetri encane, ngicela usizo", "poisoning"),
        ("ባለቤቴ ደረቷ ያማታል ላብ ያልባታል", "chest_pain"),
    ],
)
def test_the_whole_assistant_answers_them_as_an_emergency(text: str, statement: str) -> None:
    assessment = engine().assess(text)
    assert assessment.level is E
    assert f"safety_net:{statement}" in [f.id for f in assessment.fired]


CALM = (
    # Darija: a phone or WhatsApp; "kayred" (no longer vomiting); a pimple by the eye; a shiver
    ("ar", "mab9ach kayjawbni f whatsapp"),
    ("ar", "ma kayjawbnich 3la tilifoun"),
    ("ar", "ما بقاش كيجاوب على التيليفون"),
    ("ar", "ما بقاش كيرد الماكلة"),
    ("ar", "3ini tal3a fiha 7abba"),
    ("ar", "3ndi s5ana w kanrta3ch bzaf"),
    # Yoruba: malaria medicine taken as told; dancing ("jó ijó"); a little bleeding after a birth
    ("yo", "mo mu ogun iba ana"),
    ("yo", "mo mu oogun iba, ara mi ti ya"),
    ("yo", "o jo ijo gan-an ni party"),
    ("yo", "eje die n jade lehin ibimo"),
    # Zulu: a new phone battery; a pump that ran out; talking fine
    ("zu", "ngithenge ibhetri entsha yefoni"),
    ("zu", "i-pump yami iphelile ngicela enye"),
    ("zu", "ngiyakwazi ukukhuluma kahle manje"),
    # Amharic: a headache and a stomach ache (the same verb, not the chest)
    ("am", "ጭንቅላቷ ያማታል"),
    ("am", "ሆዱ ያመዋል"),
)


@pytest.mark.parametrize(("code", "text"), CALM)
def test_the_same_words_in_everyday_messages_make_no_emergency_statement(
    code: str, text: str
) -> None:
    fired = net().match(text, code)
    assert not [k for k in fired if net().level(code, k) is E], fired

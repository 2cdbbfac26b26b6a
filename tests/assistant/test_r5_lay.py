"""Emergencies and urgent signs said in lay words (fifth-round families, part B).

Phrasings written for this test (not taken from any evaluation set). Each family was fixed in
the language data, never for one sentence: bleeding after a birth at home with pads or cloths
changed again and again (Hindi), the glass test in West African English with "and" between,
an organ "taken out" days ago with shivers, a racing heart and a sense that something terrible
is happening (sepsis), a Swahili pesticide said "dawa ya kuulia wadudu", an older woman with a
urine infection "talking nonsense" (Hindi), painful one-sided blisters near the eye (Swahili,
Hindi), a baby feeding half or less of the usual (French, Spanish, Portuguese, Swahili, Hindi)
and sex with someone whose HIV status is not known (Swahili, French, Hindi, English). The
benign side of each family is tested too.
"""

# ruff: noqa: E501  (one message per line)
from __future__ import annotations

import pytest

from tests.assistant.support import E, R, S, U, rules

_ENGINE = rules()


def level(text: str, lang: str) -> object:
    return _ENGINE.assess(text, lang).level


EMERGENCY = [
    # bleeding after a birth at home (NHS: postpartum haemorrhage, 999)
    (
        "hi",
        "bhabhi ne kal raat ghar par bachcha paida kiya, khoon abhi bhi bahut aa raha hai aur chakkar aa rahe hain",
    ),
    ("hi", "घर पर जन्म दिया, पैड कई बार बदले, खून अभी भी बहुत बह रहा है"),
    ("hi", "delivery ke baad kapde baar baar badle, bahut kamzori hai"),
    # the glass test in West African / Caribbean English (NICE NG143, meningitis: 999)
    ("en", "my pikin hot well well and get small spots, I press cup on top and e no fading"),
    ("en", "baby have rash, mi press di glass pon it and dem nuh fading at all"),
    # sepsis after an operation (NHS sepsis: 999)
    (
        "en",
        "had my appendix taken out on monday, now shivering and my heart is racing, something terrible is happening to me",
    ),
    (
        "en",
        "got my womb removed 6 days ago, shaking with chills, pulse racing, I have a sense of doom",
    ),
    # pesticide swallowed (NHS poisoning: 999)
    ("sw", "shangazi amekunywa dawa za kuulia wadudu, anasema hajambo"),
    ("sw", "mtoto amemeza kiuatilifu cha shambani"),
    # an older woman with a urine infection now confused (NHS UTI/sepsis: 999)
    ("hi", "amma ko peshab ka infection hai, aaj ulta seedha bol rahi hain"),
    ("hi", "माँ को पेशाब का इन्फेक्शन है, आज ऊटपटांग बातें कर रही हैं"),
]

URGENT = [
    # shingles near the eye (NHS shingles: urgent)
    ("sw", "nina malengelenge yanayouma upande mmoja wa kipaji karibu na jicho"),
    ("hi", "mathe pe ek taraf dard wale chhale hain, aankh tak aa gaye"),
    # a baby feeding half or less of the usual (NICE NG143 amber)
    ("fr", "mon bébé de 3 mois ne prend que la moitié de ses biberons depuis hier"),
    ("es", "mi niña de 4 meses está mamando apenas la mitad desde ayer"),
    ("pt", "a minha bebé de 2 meses só bebe metade do biberão desde ontem"),
    ("sw", "mtoto wa miezi 5 ananyonya nusu tu tangu jana"),
    ("hi", "6 mahine ka beta aadhe se bhi kam doodh pi raha hai"),
    # sex with someone whose HIV status is not known (NHS HIV: PEP within 72 hours)
    ("sw", "juzi tulifanya mapenzi bila kondomu, sijui kama ana ukimwi"),
    ("fr", "rapport sans capote hier avec un garçon dont je ne connais pas le statut"),
    ("hi", "bina condom ke sambandh banaye, pata nahi use HIV hai ya nahi"),
    ("en", "slept with a guy on saturday without a condom, I don't know if he has HIV"),
    # rigors and a racing heart days after an operation (NICE NG51: urgent)
    ("en", "had my gallbladder removed 5 days ago, now shivering and heart racing"),
]


@pytest.mark.parametrize(("lang", "text"), EMERGENCY)
def test_lay_emergency(lang: str, text: str) -> None:
    assert level(text, lang) == E, text


@pytest.mark.parametrize(("lang", "text"), URGENT)
def test_lay_urgent(lang: str, text: str) -> None:
    assert level(text, lang) == U, text


# The benign side of each family stays below the level above.
NOT_EMERGENCY = [
    ("en", "I press a glass on the rash and e fade, she's playing fine"),
    ("en", "had my hip replaced 3 years ago, now shivering and heart racing after a cold shower"),
    ("en", "I have a cold and I feel like something bad is going to happen"),
    ("hi", "delivery ke 3 hafte baad thoda khoon aa raha hai, theek hoon"),
    ("hi", "nani ko urine infection hai, par baat theek se kar rahi hain"),
    ("sw", "nimenunua dawa ya kuulia wadudu kwa shamba, inafaa?"),
]

NOT_URGENT = [
    ("es", "mi bebé de 5 meses toma la mitad de la dosis de paracetamol?"),
    ("pt", "meu bebê de 4 meses pode tomar metade da dose do xarope?"),
    ("fr", "mon bébé de 4 mois peut prendre la moitié d'un sachet?"),
    ("fr", "mon bébé de 5 mois a le nez bouché, il tète bien"),
    ("sw", "tulifanya mapenzi na mume wangu, tunataka mtoto"),
    ("en", "had my tonsils out 3 days ago, throat sore, eating ice cream"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_EMERGENCY)
def test_benign_side_not_emergency(lang: str, text: str) -> None:
    assert level(text, lang) != E, text


@pytest.mark.parametrize(("lang", "text"), NOT_URGENT)
def test_benign_side_not_urgent(lang: str, text: str) -> None:
    assert level(text, lang) in (R, S), text

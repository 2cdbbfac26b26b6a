"""Sixth-round emergencies in Hindi and Swahili, said as families (not sentences).

Phrasings written for this test (not taken from any evaluation set). Each family was fixed in
the language data: a snake said "saap", "saamp", "साँप" and its bite "daans liya" (WHO
snakebite envenoming: every snake bite goes to hospital); many pills said "bahut goliyan" and
sleeping pills ("neend ki goliyan") with the number before or after (NHS overdose: A&E); and a
Swahili scald over two large areas ("kifua na tumbo") or with the skin coming off after hot
water or tea (NHS burns and scalds: A&E for large burns). The benign side of each family is
tested too.

Then urgent and routine families: blisters on one side of the back or chest (Hindi, shingles),
a one-sided sore throat with the side named in between (Hindi, quinsy), a decayed tooth with
a swelling cheek (Swahili, and the same rule in every language: dental abscess), a blood sugar
reading said as a number and thirst "that never ends" (Swahili), weight lost said in kilos
(Swahili), and mouth ulcers on one side that must not read as a drooping face (Hindi).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import Chat, E, R, S, U, joined, rules

_ENGINE = rules()

EMERGENCY = [
    # snake bites, Latin and Devanagari (bite_serious)
    ("hi", "papa ko kheton me saap ne kaat liya, ungli neeli pad rahi hai", "bite_serious"),
    ("hi", "meri behen ko saamp ne daans liya, usko neend si aa rahi hai", "bite_serious"),
    ("hi", "रात को साँप ने पैर पर डंस लिया, पलकें भारी लग रही हैं", "bite_serious"),
    ("sw", "kaka ameumwa na nyoka shambani, mguu unavimba", "bite_serious"),
    # many pills, sleeping pills (overdose)
    ("hi", "chachi ne neend ki bahut goliyan kha li, ab jag nahi pa rahi", "overdose"),
    ("hi", "usne bahut goliyan kha li hain, bol nahi pa raha theek se", "overdose"),
    ("hi", "दादी ने नींद की बहुत सारी गोलियां खा लीं", "overdose"),
    ("hi", "bhai ne sone wali kai goliyan ek saath kha li", "overdose"),
    # scalds over a large area or with the skin coming off (serious_burn)
    ("sw", "mtoto amemwagikiwa na chai ya moto kifuani na tumboni, analia sana", "serious_burn"),
    ("sw", "mwanangu ameungua na uji wa moto mgongo na mapaja", "serious_burn"),
    ("sw", "amemwagikiwa na maji ya moto mkononi, ngozi inabambuka", "serious_burn"),
]

NOT_EMERGENCY = [
    # a snake seen or dreamt of, not a bite
    ("hi", "sapne me saap dekha, raat bhar dar lagta raha"),
    ("hi", "ghar ke paas saamp dikha tha, kya karein"),
    # a usual sleeping pill, medicines tried for a fever
    ("hi", "main roz raat ko neend ki ek goli leta hoon, kya ye theek hai"),
    ("hi", "bahut dawai kha li phir bhi bukhar nahi utra"),
    # a small burn, a peeling sunburn
    ("sw", "nimeungua kidogo kidoleni na sufuria, inauma"),
    ("sw", "nimeungua na jua jana, leo ngozi inachubuka"),
    ("sw", "ameungua na chai mkononi kidogo, hakuna malengelenge"),
]


def test_r6_hisw_snake_bite_reply_leads_with_india_emergency_number() -> None:
    chat = Chat("+919812345678", "91")
    reply = joined(chat.send("bachche ko saap ne kaat liya, aankhein band si ho rahi hain"))
    assert "112" in reply, reply


URGENT = [
    ("hi", "peeth par ek taraf chhale nikal aaye hain, jalan bahut hai, umar 68", "shingles"),
    ("hi", "छाती पर एक तरफ छाले और जलन, उम्र 70", "shingles"),
    ("hi", "gale me left side bahut dard hai, thook nigalne me dikkat", "tonsillitis_severe"),
    ("hi", "गले में एक साइड बहुत दर्द और सूजन है", "tonsillitis_severe"),
    ("sw", "jino la chini limeoza na shavu linavimba tangu juzi", "dental_abscess_signs"),
    ("en", "my broken tooth has gone black and now my cheek is swollen", "dental_abscess_signs"),
    ("sw", "baba ana kisukari, sukari inasoma 25 tangu asubuhi", "diabetes_unwell"),
]

ROUTINE = [
    (
        "sw",
        "mama amepungua kilo 7 tangu mwezi wa tatu bila kujua kwa nini",
        "unexplained_weight_loss",
    ),
    ("sw", "nina kiu haiishi na nakojoa mara nyingi usiku", "thirst_and_weeing"),
]

BENIGN: list[tuple[str, str, tuple[TriageLevel, ...]]] = [
    # mouth ulcers on one side, not a drooping face (stroke)
    ("hi", "munh ke andar ek taraf chhale ho gaye hain, khane me jalan", (S, R)),
    # a usual sugar reading, weight lost on purpose, acne on the face
    ("sw", "nina kisukari, sukari imesoma 7 leo asubuhi, je ni sawa", (S, R)),
    ("sw", "nimepungua kilo 5 kwa sababu ya mazoezi na kula kidogo", (S, R)),
    ("hi", "chehre pe daane hain, pimple jaise", (S, R)),
    ("hi", "gale me thoda dard hai aur khansi", (S, R)),
]


NEARBY = [*[(lang, text, (S, R, U)) for lang, text in NOT_EMERGENCY], *BENIGN]


@pytest.mark.parametrize(("lang", "text", "levels"), NEARBY)
def test_r6_hisw_nearby_not_over_triaged(lang: str, text: str, levels: tuple[object, ...]) -> None:
    a = _ENGINE.assess(text, lang)
    assert a.level in levels, (text, a.level, [f.id for f in a.fired])


FAMILIES = (
    [(lang, text, flag, E) for lang, text, flag in EMERGENCY]
    + [(lang, text, flag, U) for lang, text, flag in URGENT]
    + [(lang, text, flag, R) for lang, text, flag in ROUTINE]
)


@pytest.mark.parametrize(("lang", "text", "flag", "want"), FAMILIES)
def test_r6_hisw_family_reaches_its_level(lang: str, text: str, flag: str, want: object) -> None:
    a = _ENGINE.assess(text, lang)
    assert a.level is want, (text, a.level, [f.id for f in a.fired])
    assert flag in {f.id for f in a.fired}, (text, [f.id for f in a.fired])

"""Warfarin's INR read as a reading, and bleeding on a blood thinner (issue inr11), in every
full language, with the near misses beside them.

An INR of 5 or more, bleeding or not, is a same-day call to the anticoagulation clinic or a
doctor (NICE CKS oral anticoagulation, warfarin: withhold, vitamin K from 8): urgent
(``inr_high``). Black, sticky poo on a blood thinner is major bleeding (NICE CKS; NHS
anticoagulants): an emergency (``anticoagulant_gut_bleed``), and a head injury or bleeding
that will not stop on one stays an emergency whatever the medicine is called. An INR in range,
a target, a question about what the INR is, and minor bleeding on a blood thinner with no
reading stay where they were. Sentences written for these tests, not taken from any
evaluation set.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import assess
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, rules

RULES = rules()

# (language, text, the INR read)
READINGS: list[tuple[str, str, float]] = [
    ("en", "my INR is 6.5 on warfarin, no bleeding", 6.5),
    ("en", "inr was 7,2 yesterday", 7.2),
    ("en", "INR came back at 9", 9.0),
    ("en", "my mums INR at the clinic this morning was 8.4", 8.4),
    ("en", "INR: 7.1", 7.1),
    ("en", "INR 2.5 stable, when's my next test", 2.5),
    ("es", "el INR de mi padre ayer le salio 7,2", 7.2),
    ("es", "mi inr esta en 5.5", 5.5),
    ("pt", "o RNI da minha mae deu 6,8 hoje", 6.8),
    ("pt", "meu INR ta 2,4 normal", 2.4),
    ("fr", "l'INR de ma mere est monte a 7,2", 7.2),
    ("fr", "mon INR est de 6", 6.0),
    ("sw", "INR ya baba ilikuwa 7.2 jana", 7.2),
    ("sw", "INR ya mama imepanda hadi 8", 8.0),
    ("hi", "पापा का INR कल 7.2 आया", 7.2),
    ("hi", "मेरा INR 2.8 है, अगली जांच कब होगी", 2.8),
    ("hi-latn", "papa ka inr kal 7,2 aaya", 7.2),
    ("hi-latn", "mera inr 5.5 hai", 5.5),
]

# (language, text): no INR reading in it (a time, a count, a date, a question)
NOT_READINGS: list[tuple[str, str]] = [
    ("en", "what does INR mean"),
    ("en", "what is a normal INR"),
    ("en", "inr test at 5pm today"),
    ("en", "INR clinic says come back in 6 weeks"),
    ("en", "INR test booked for the 5th"),
    ("es", "que significa el INR"),
    ("fr", "c'est quoi l'INR"),
]

# (language, text, the level it must reach, a red flag that must fire)
Case = tuple[str, str, TriageLevel, str | None]

INR_HIGH: list[Case] = [
    ("en", "my INR is 6.5 on warfarin, no bleeding", U, "inr_high"),
    ("en", "INR 6.5", U, "inr_high"),
    ("en", "Inr of 12 but feel fine", U, "inr_high"),
    ("en", "my husbands INR came out 10 today hes not bleeding", U, "inr_high"),
    ("en", "dad's inr reading 5.8 today what do i do", U, "inr_high"),
    ("en", "my INR machine at home reads 6.2", U, "inr_high"),
    ("es", "mi INR salio 6,5 con sintrom", U, "inr_high"),
    ("es", "tengo el INR en 8 y no sangro", U, "inr_high"),
    ("es", "me hicieron el INR y dio 9", U, "inr_high"),
    ("pt", "meu INR deu 7 tomando varfarina", U, "inr_high"),
    ("pt", "o INR do meu pai ta 9 e ele ta sem sangramento", U, "inr_high"),
    ("fr", "mon INR est a 6,5 sous previscan", U, "inr_high"),
    ("fr", "INR a 8,5 chez mon pere sous coumadine", U, "inr_high"),
    ("sw", "INR yangu ni 6.5 natumia warfarin", U, "inr_high"),
    ("sw", "nimepima INR imefika 7.5", U, "inr_high"),
    ("hi", "मेरा INR 6.5 आया है, वारफारिन लेता हूँ", U, "inr_high"),
    ("hi", "माँ का INR 8 है", U, "inr_high"),
    ("hi-latn", "mera INR 6.5 aaya hai warfarin leta hu", U, "inr_high"),
    ("hi-latn", "mummy ka INR 9 aaya hai", U, "inr_high"),
]

# In range, a target, a question: not urgent, and inr_high does not fire.
INR_NOT: list[Case] = [
    ("en", "INR 2.5 stable, when's my next test", R, "inr_high"),
    ("en", "my INR target is 2-3", R, "inr_high"),
    ("en", "what does INR mean", R, "inr_high"),
    ("en", "inr 4.9 no bleeding", R, "inr_high"),
    ("en", "INR 3.5 which is my target for my valve", R, "inr_high"),
    ("en", "my INR is 2.5. I have a cold", S, "inr_high"),
    ("es", "mi INR esta en 2,5, cuando me toca el siguiente control", R, "inr_high"),
    ("pt", "meu INR deu 2,5, quando devo repetir o exame?", R, "inr_high"),
    ("fr", "mon INR est a 2,5 stable", R, "inr_high"),
    ("sw", "INR yangu ni 2.5", R, "inr_high"),
    ("hi", "मेरा INR 2.5 है", R, "inr_high"),
    ("hi-latn", "mera INR 2 hai", R, "inr_high"),
]

# Bleeding or a head injury on a blood thinner, whatever it is called: an emergency.
ON_THINNERS: list[Case] = [
    ("en", "im on edoxaban and pooing black tar", E, "anticoagulant_gut_bleed"),
    ("en", "my dad takes warfarin and hes been passing black tarry stools", E, None),
    ("en", "on coumadin and bumped my head yesterday, now bad headache", E, None),
    ("en", "my nan is on pradaxa and she banged her head on the cupboard", E, None),
    ("en", "on warfarin and ive cut my hand, its been bleeding for 30 mins and wont stop", E, None),
    ("es", "estoy tomando sintrom y me sangra la nariz sin parar", E, None),
    ("es", "tomo xarelto y hago caca negra como alquitran", E, "anticoagulant_gut_bleed"),
    ("es", "mi abuela toma sintrom y se dio un golpe en la cabeza", E, None),
    ("pt", "tomo varfarina e meu coco esta preto", E, "anticoagulant_gut_bleed"),
    ("pt", "meu pai toma xarelto e caiu e bateu a cabeca", E, None),
    ("pt", "tomo marevan e estou vomitando sangue", E, None),
    ("fr", "je suis sous xarelto et je suis tombe sur la tete", E, None),
    ("fr", "sous eliquis et mes selles sont noires", E, "anticoagulant_gut_bleed"),
    ("fr", "ma mere est sous previscan et elle saigne du nez sans arret", E, None),
    ("sw", "ninatumia warfarin na nimeanza kutapika damu", E, None),
    ("sw", "natumia xarelto na kinyesi changu ni cheusi", E, "anticoagulant_gut_bleed"),
    ("sw", "bibi anatumia dawa za kupunguza damu na ameanguka akagonga kichwa", E, None),
    ("hi", "दादी एसिट्रोम लेती हैं और गिर गईं, सिर पर चोट लगी", E, None),
    ("hi", "वारफारिन लेता हूँ और काली टट्टी हो रही है", E, "anticoagulant_gut_bleed"),
    ("hi", "खून पतला करने वाली दवा लेता हूँ और उल्टी में खून आ रहा है", E, None),
    ("hi-latn", "main acitrom leta hu aur naak se khoon band nahi ho raha", E, None),
    ("hi-latn", "papa khoon patla karne ki dawa lete hain aur sir pe chot lagi", E, None),
    ("hi-latn", "blood thinner leta hu aur kala potty ho raha hai", E, "anticoagulant_gut_bleed"),
]

# Minor bleeding, black poo with no blood thinner, a question about the medicine: below
# emergency, and the blood-thinner gut bleed does not fire.
ON_THINNERS_NOT: list[Case] = [
    ("en", "my gums bleed a little when brushing, on apixaban", R, "anticoagulant_gut_bleed"),
    ("en", "my poo is black since i started iron tablets, not on any blood thinners", U, None),
    ("en", "on warfarin, can i have cranberry juice", R, "anticoagulant_gut_bleed"),
    ("en", "coumadin dose question, missed one yesterday", R, "anticoagulant_gut_bleed"),
    ("es", "tomo sintrom, que alimentos debo evitar", R, "anticoagulant_gut_bleed"),
    ("pt", "tomo marevan, posso tomar dipirona?", R, "anticoagulant_gut_bleed"),
    ("fr", "je suis sous previscan, je peux manger des epinards ?", R, "anticoagulant_gut_bleed"),
    ("sw", "natumia warfarin, naweza kunywa pombe?", R, "anticoagulant_gut_bleed"),
    ("hi", "मैं वारफारिन लेता हूँ, क्या मैं पालक खा सकता हूँ", R, "anticoagulant_gut_bleed"),
]


@pytest.mark.parametrize(("code", "text", "inr"), READINGS)
def test_an_inr_is_read(code: str, text: str, inr: float) -> None:
    assert RULES.assess(text, code).facts.vitals.inr == pytest.approx(inr), text


@pytest.mark.parametrize(("code", "text"), NOT_READINGS)
def test_a_time_count_or_question_is_not_an_inr(code: str, text: str) -> None:
    assert RULES.assess(text, code).facts.vitals.inr is None, text


def test_a_hindi_reading_whose_verb_ends_in_a_vowel_sign_is_read() -> None:
    # "आया" ends in a vowel sign, which is not a word character to \b
    assert RULES.assess("पापा की शुगर कल 230 आया", "hi").facts.vitals.glucose_mmol == 12.8


@pytest.mark.parametrize(
    ("text", "spo2", "glucose"), [("sats: 91", 91, None), ("glucose: 7.1", None, 7.1)]
)
def test_a_reading_after_a_colon_is_read(text: str, spo2: int | None, glucose: float) -> None:
    vitals = RULES.assess(text, "en").facts.vitals
    assert (vitals.spo2, vitals.glucose_mmol) == (spo2, glucose), text


@pytest.mark.parametrize(("code", "text", "level", "flag"), INR_HIGH + ON_THINNERS)
def test_reaches_its_level(code: str, text: str, level: TriageLevel, flag: str | None) -> None:
    a = assess(text, code)
    assert a.level == level, (text, a.level, [f.id for f in a.fired])
    if flag is not None:
        assert flag in {f.id for f in a.fired}, (text, [f.id for f in a.fired])


@pytest.mark.parametrize(("code", "text", "level", "flag"), INR_NOT + ON_THINNERS_NOT)
def test_near_misses_stay_where_they_were(
    code: str, text: str, level: TriageLevel, flag: str | None
) -> None:
    a = assess(text, code)
    assert a.level.rank >= level.rank, (text, a.level, [f.id for f in a.fired])
    if flag is not None:
        assert flag not in {f.id for f in a.fired}, (text, [f.id for f in a.fired])

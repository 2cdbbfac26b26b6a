"""Routine messages that used to be answered as self-care (round 7): a groin lump that comes
out on coughing belongs to lumps and swellings (a GP looks at a hernia), not to the cough it
names; a long-term condition's regular medicine stopped without advice is for the GP. Each
family is checked in every language where the phrasing exists, beside the nearby messages that
must stay self-care or stay raised."""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import Assessment, assess
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U


def check(text: str, level: TriageLevel) -> Assessment:
    a = assess(text)
    assert a.level is level, (text, a.level, a.topic, [f.id for f in a.fired])
    return a


def raised(text: str) -> None:
    a = assess(text)
    assert a.level in (U, E), (text, a.level, [f.id for f in a.fired])


# --- a hernia: a lump in the groin that comes out on coughing --------------------------------

GROIN_LUMP = [
    "there is a bulge in my groin that pops out when i cough and goes back when i lie flat",
    "tengo una bolita en la ingle que sale al toser y se mete cuando me acuesto",
    "tenho um carocinho na virilha que aparece quando tusso e some deitado",
    "il y a une boule dans le pli de l aine qui sort quand je tousse, pas de douleur",
    "nina uvimbe kwenye kinena unaotokeza nikikohoa, hauumi",
    "पेडू में उभार है जो खांसने पर बाहर आता है, दर्द नहीं",
]


def test_a_stuck_painful_hernia_stays_raised() -> None:
    raised("my hernia in the groin wont go back in, its very painful and i keep vomiting")


def test_a_plain_cough_is_still_a_cough() -> None:
    a = assess("i have had a dry cough for 4 days, no fever, eating fine")
    assert a.topic == "cough" and a.level is S, (a.topic, a.level)


# --- a regular medicine for a long-term condition stopped without advice ---------------------

MEDICINE_STOPPED = [
    "my dad has high blood pressure and quit his amlodipine last month since he feels well",
    "i have diabetes and stopped taking my metformin 3 weeks ago, i feel ok",
    "mi mama es hipertensa y dejo de tomar sus pastillas hace un mes porque se siente bien",
    "meu pai tem pressao alta e largou os comprimidos porque diz que esta bem",
    "ma mere a du diabete et elle a arrete son traitement depuis deux mois",
    "bibi ana kisukari na ameacha kutumia dawa zake mwezi uliopita",
    "dadi ko bp hai aur unhone bp ki goli lena chhod diya kyunki theek lagta hai",
    "पिताजी को ब्लड प्रेशर है, उन्होंने दवा लेना बंद कर दिया",
]


@pytest.mark.parametrize("text", MEDICINE_STOPPED)
def test_a_long_term_medicine_stopped_is_for_the_gp(text: str) -> None:
    assert "treatment_stopped" in check(text, R).present, text


@pytest.mark.parametrize(
    "text",
    [
        # a short course for a passing problem, finished: nothing for the GP
        "i stopped taking ibuprofen for my twisted ankle, it feels better now",
        "my headache stopped after the tablets",
        # the condition without any medicine left off
        "i have high blood pressure, what foods should i avoid",
    ],
)
def test_a_finished_short_course_is_not_a_stopped_treatment(text: str) -> None:
    check(text, S)


def test_a_medicine_left_off_is_not_meals_or_drink_stopped() -> None:
    # "stopped taking/drinking the medicine" is not self-neglect or stopping alcohol
    for text in (
        "baba ana presha, ameacha kunywa dawa kwa sababu anajisikia vizuri",
        "papa ko sugar hai, unhone dawai khana chhod diya",
    ):
        assert "self_neglect" not in check(text, R).present, text
    # meals and drink really stopped, and alcohol stopped with shaking, stay raised
    for text in (
        "mama ameacha kula na kunywa siku tatu",
        "papa ne khana chhod diya hai, udaas rehte hain",
        "nimeacha kunywa pombe wiki mbili, natetemeka",
    ):
        raised(text)


# --- eyesight to be tested: a squint, print held very close or at arm's length ---------------

EYESIGHT = [
    "my 4 year old's left eye wanders outwards when she is watching tv",
    "my son sits really close to the telly and says he cant see the board at school",
    "im 47 and i have to hold my phone at arms length to read messages now",
    "a mi hija de 2 años se le va un ojo hacia afuera en las fotos",
    "o meu neto tem um olho que foge para fora quando esta cansado",
    "ma fille de 6 ans colle son cahier très près de ses yeux pour écrire",
    "mwanangu huweka daftari karibu sana na macho akisoma",
    "bitiya copy bahut paas rakh ke padhti hai, aankh bhi malti hai",
    "मेरे बेटे की एक आंख बाहर की तरफ घूमती है",
]


@pytest.mark.parametrize(
    ("text", "topic"),
    [(t, ("lumps_swellings",)) for t in GROIN_LUMP]
    + [(t, ("vision_changes", "squint")) for t in EYESIGHT],
)
def test_routine_under_its_own_topic(text: str, topic: tuple[str, ...]) -> None:
    # a groin lump on coughing is a lump for the GP, not the cough; signs the eyes need testing
    # (an eye that turns may be read as the narrower squint topic: both send for an eye test)
    assert check(text, R).topic in topic, text


def test_an_eye_turning_in_a_child_is_not_a_stroke() -> None:
    # 'ojo desviado' is a squint; a face or mouth that drops stays a stroke sign
    assert "face_droop" not in check("mi nene de 2 años tiene el ojo desviado", R).present
    check("a mi esposo se le torcio la boca de repente y no puede hablar bien", E)


@pytest.mark.parametrize(
    "text",
    [
        # sudden double vision or sight lost stays raised
        "suddenly seeing double and my eye has turned inwards since this morning",
        "i suddenly lost the sight in my left eye an hour ago",
    ],
)
def test_sudden_eye_changes_stay_raised(text: str) -> None:
    raised(text)

"""Routine messages that used to be answered as self-care (round 8): menopause symptoms that
spoil sleep ("messing up my sleep", "keeps waking me up") are for a GP; asking whether to stop
a long-term condition's regular medicine ("can I just stop it?") is the same GP question as
having stopped it; a weak stream named in its own clause after passing urine often at night is
a prostate check. Each family is checked in the languages where the phrasing was missing,
beside the nearby messages that must stay self-care."""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import Assessment, assess
from selfcare.events import TriageLevel
from tests.assistant.support import R, S, U


def check(text: str, level: TriageLevel) -> Assessment:
    a = assess(text)
    assert a.level is level, (text, a.level, a.topic, [f.id for f in a.fired], sorted(a.present))
    return a


# --- menopause symptoms that spoil sleep -------------------------------------------------------

MENOPAUSE_SLEEP = [
    "im 52, hot flushes day and night and the sweats keep waking me up",
    "mi 48 an di hot flush dem a mess up mi sleep every night",
    "night sweats keeping me awake all night, periods all over the place, im 50",
]


@pytest.mark.parametrize("text", MENOPAUSE_SLEEP)
def test_menopause_symptoms_that_spoil_sleep_are_routine(text: str) -> None:
    a = check(text, R)
    assert "insomnia" in a.present


def test_menopause_symptoms_alone_stay_self_care() -> None:
    check("im 53 and getting a few hot flushes, what can i do to help myself", S)


# --- asking whether to stop a regular medicine -------------------------------------------------

STOP_QUESTION = [
    "been on metformin a month and it gives me wind and a loose tummy, can i just stop it?",
    "my blood pressure tablets make my ankles puff up, is it ok to stop taking them",
    "tomo metformina para la diabetes y me da nauseas, puedo dejarla?",
    "tomo metformina pro diabetes e me deixa enjoada, posso parar de tomar?",
    "je suis diabetique, la metformine me donne des nausees, je peux l arreter ?",
    "nina kisukari, metformin inanisumbua tumbo, naweza kuacha kuitumia?",
]


@pytest.mark.parametrize("text", STOP_QUESTION)
def test_asking_to_stop_a_regular_medicine_is_routine(text: str) -> None:
    a = check(text, R)
    assert "treatment_stopped" in a.present


@pytest.mark.parametrize(
    "text",
    [
        "i have diabetes, can i stop it from getting worse with diet",
        "can i stop it itching, its a bite on my arm",
    ],
)
def test_stopping_something_else_is_not_a_stopped_medicine(text: str) -> None:
    assert "treatment_stopped" not in assess(text).present


# --- a weak stream named in its own clause -----------------------------------------------------

WEAK_STREAM = [
    "दादाजी को रात में कई बार पेशाब के लिए उठना पड़ता है, धार भी पतली है",
    "nanaji ko raat ko baar baar peshab aata hai, dhaar bhi kamzor hai",
]


@pytest.mark.parametrize("text", WEAK_STREAM)
def test_night_frequency_with_a_weak_stream_is_a_prostate_check(text: str) -> None:
    a = check(text, R)
    assert "prostate_like" in a.present


def test_frequency_with_burning_is_not_a_weak_stream() -> None:
    assert "prostate_like" not in assess("बार बार पेशाब आता है और जलन भी होती है").present


# --- contraception a clinic fits or gives ------------------------------------------------------

CLINIC_CONTRACEPTION = [
    "thinking of switching from the pill to the implant in my arm, who do i see",
    "quiero ponerme el diu de cobre, a donde voy",
    "quero colocar o diu pelo sus, como faco",
    "je voudrais me faire poser un sterilet, qui consulter",
    "nataka kuwekewa kitanzi cha uzazi wa mpango",
    "mujhe copper t lagwana hai, kahan jaun",
]


@pytest.mark.parametrize("text", CLINIC_CONTRACEPTION)
def test_contraception_a_clinic_gives_is_routine(text: str) -> None:
    check(text, R)


def test_the_pill_from_the_pharmacy_stays_self_care() -> None:
    check("missed one of my pills yesterday, what do i do", S)


def test_emergency_contraception_is_the_same_day() -> None:
    # time-limited (NHS emergency contraception: the pill within 3 or 5 days), since fix10u
    check("condom split last night, where can i get the morning after pill", U)

"""Swahili (sw) and Spanish (es) topic files that used to fall back to English (2026-12).

A topic with no file in a language was found only through its findings, so a plain self-care
question about it ("nina pumu", "mi esposo ronca") came back not understood, and any advice
shown was in English. Every message here is our own, written the way people type on WhatsApp
(no accents, Sheng and English mixed into Swahili, Latin American and Spain Spanish); each
must now find its topic at the topic's own default level (no red flag in these messages).
Rules are tested without the similarity layer.
"""

from __future__ import annotations

import pytest

from tests.assistant.support import Chat, joined, rules

ENGINE = rules()
KENYA = "+254712345678"
MEXICO = "+5215512345678"


def _default_level(topic: str) -> str:
    return ENGINE.kb.topics[topic].default_level


SWAHILI = [
    ("nimeumwa na kupe mguuni jana", "tick_bites"),
    ("kupe amemshika mtoto nyuma ya sikio nimemtoa", "tick_bites"),
    ("nina pumu na inhaler yangu imeisha", "asthma"),
    ("pumu yangu inasumbua kila baridi ikiingia", "asthma"),
    ("mwanangu ana asthma anatumia ventolin", "asthma"),
    ("nimepimwa nina korona", "covid"),
    ("nina covid nakohoa kidogo", "covid"),
    ("nimepoteza ladha na harufu tangu juzi", "covid"),
    ("nina aleji ya penicillin nataka kujua dawa nyingine", "allergic_reaction"),
    ("mwanangu ana mzio wa karanga", "allergic_reaction"),
    ("joto limenizidi nimetokwa jasho jingi", "heat_exhaustion"),
    ("nahisi moyo unaruka ruka nikikaa", "palpitations"),
    ("moyo unapiga haraka nikinywa kahawa nyingi", "palpitations"),
    ("nimepata panic attack kazini leo", "panic_attacks"),
    ("hofu ya ghafla inanishika nikiwa kwenye matatu", "panic_attacks"),
    ("nimegonga kichwa kwenye mlango wa kabati", "head_injury"),
    ("mtoto aligonga kichwa kwenye meza lakini anacheza", "head_injury"),
    ("baba tezi dume imeongezeka, anaamka usiku kukojoa", "urinary_problems_men"),
    ("kinyesi chenye damu kidogo kwa siku mbili", "rectal_bleeding"),
    ("bibi ameanguka jikoni lakini yuko sawa", "falls_older"),
    ("nalia lia tangu nijifungue mwezi uliopita", "postnatal_mood"),
    ("nina fuko mgongoni limeanza kuwasha", "mole_changes"),
    ("tumetafuta mtoto mwaka mzima bila mafanikio", "fertility"),
    ("maziwa yamejaa na matiti yamekuwa magumu", "after_birth"),
]

SPANISH = [
    ("mi esposo ronca muchisimo en la noche", "snoring_sleep_apnoea"),
    ("mi esposa ronca toda la noche", "snoring_sleep_apnoea"),
    ("mi pareja ronca muy fuerte", "snoring_sleep_apnoea"),
    ("se me bajo el azucar y estoy temblando un poco", "diabetes_blood_sugar"),
    ("soy diabetica, como controlo el azucar", "diabetes_blood_sugar"),
    ("soy diabetica y no se cuanta insulina ponerme", "diabetes_blood_sugar"),
    ("tengo sangrado despues del parto, poquito y oscuro", "after_birth"),
    ("me duelen los puntos de la cesarea", "after_birth"),
    ("tengo los pechos muy llenos y duros dando teta", "after_birth"),
    ("estoy en la cuarentena y tengo entuertos", "after_birth"),
    ("quiero dejar de beber, como lo hago", "alcohol_drugs"),
    ("cuanto alcohol es seguro a la semana", "alcohol_drugs"),
    ("llevamos un ano buscando bebe y nada", "fertility"),
    ("queremos tener un hijo pero no llega", "fertility"),
    ("se me duermen los dedos de la mano en la noche", "hand_numbness"),
    ("tengo hormigueo en las manos al despertar", "hand_numbness"),
    ("picazon en la barriga del embarazo", "itching_pregnancy"),
    ("me salio una bolita en el cuello", "lumps_swellings"),
    ("tengo los ganglios inflamados", "lumps_swellings"),
    ("ando muy olvidadiza ultimamente", "memory_problems"),
    ("cambio en el ritmo intestinal desde hace semanas", "bowel_changes"),
    ("orino a cada rato y siempre tengo sed", "thirst_urination"),
    ("veo moscas volando desde hace anos", "vision_changes"),
    ("mi abuela se cayo en el bano pero esta bien", "falls_older"),
    ("creo que tengo depresion posparto", "postnatal_mood"),
    ("orino a gotas y me cuesta empezar", "cant_pee"),
]


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [(text, "sw", topic) for text, topic in SWAHILI]
    + [(text, "es", topic) for text, topic in SPANISH],
)
def test_a_message_finds_its_new_topic_at_its_default_level(
    text: str, language: str, topic: str
) -> None:
    found = ENGINE.assess(text, language)
    assert found.topic == topic, found
    assert found.level.value == _default_level(topic), found
    assert topic in ENGINE.kb.languages[language].topics


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [
        # words that mean something else nearby stay with their own topic
        ("estoy ronco desde ayer", "es", "hoarse_voice"),
        ("me arde al orinar y orino a cada rato", "es", "uti_symptoms"),
        ("ngozi ya mguu ni nyekundu na ina joto", "sw", "cellulitis"),
        # a context (diabetes, a new baby) is not the topic when a symptom says more
        ("tengo diabetes y hace meses veo nublado", "es", "vision_changes"),
        ("tuve a mi bebe hace un mes y no siento ningun lazo con el", "es", "postnatal_mood"),
    ],
)
def test_a_near_word_keeps_its_own_topic(text: str, language: str, topic: str) -> None:
    found = ENGINE.assess(text, language)
    assert found.topic == topic, found


def test_the_written_topics_are_no_longer_fallbacks() -> None:
    for code in ("sw", "es"):
        language = ENGINE.kb.languages[code]
        assert not set(language.spec.fallbacks) & set(language.topics), code


def test_tick_bite_advice_comes_back_in_swahili() -> None:
    text = joined(Chat(KENYA, "254").send("nimeumwa na kupe mguuni jana"))
    assert "*Kuumwa na kupe*" in text, text
    assert "Osha mahali pa kuumwa kwa sabuni na maji" in text, text
    assert "Wash the bite" not in text, text


def test_snoring_advice_comes_back_in_spanish() -> None:
    text = joined(Chat(MEXICO, "52").send("mi esposo ronca muchisimo en la noche"))
    assert "*Ronquidos y pausas al respirar*" in text, text
    assert "dormir de lado" in text, text
    assert "sleeping on your side" not in text, text

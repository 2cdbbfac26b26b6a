"""care11: advice for the right person (emergency contraception is for the partner who could
get pregnant, with the place the country pack names for it), contractions alone said for days
(signs of labour, not prolonged labour) and blood sugar units read from language data."""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel

from .support import Chat, E, R, S, U, assert_level, joined, rules

# A man writing about sex without a condom: the partner could get pregnant (text, language, level)
PARTNER = [
    ("I'm a guy, had sex without a condom last night, what should I do", "en", U),
    ("im a man and the condom broke", "en", U),
    ("condom split with my gf, she might get pregnant", "en", U),
    ("me and my girlfriend had sex and the condom split", "en", U),
    ("I came inside my girlfriend, no condom", "en", U),
    ("i didnt pull out in time with my gf", "en", U),
    ("the condom broke with my wife last night", "en", U),
    ("soy hombre, tuve relaciones sin condon anoche", "es", U),
    ("sou um cara, transei sem camisinha", "pt", U),
    ("je suis un mec, rapport sans capote hier", "fr", U),
    ("mimi ni mwanaume, nilifanya ngono bila kondomu", "sw", U),
    ("main ladka hoon, bina condom ke sex kiya", "hi", U),
]
HERSELF = [
    ("had unprotected sex last night", "en"),
    ("the condom split last night and i dont want to get pregnant", "en"),
    ("he came inside me, the condom broke", "en"),
    ("he came inside me without a condom", "en"),
    ("he pulled out too late last night", "en"),
    ("my girlfriend had unprotected sex, she needs the morning after pill", "en"),
    ("se rompio el condon anoche y no quiero quedar embarazada", "es"),
    ("a camisinha estourou ontem a noite e nao quero engravidar", "pt"),
]


@pytest.mark.parametrize(("text", "language", "level"), PARTNER)
def test_a_man_gets_the_partner_s_emergency_contraception(
    text: str, language: str, level: TriageLevel
) -> None:
    found = assert_level(rules(), text, level, language)
    fired = [f.id for f in found.fired]
    assert "partner_emergency_contraception" in fired, fired
    assert "emergency_contraception" not in fired, fired


@pytest.mark.parametrize(("text", "language"), HERSELF)
def test_the_one_who_could_be_pregnant_still_gets_her_own(text: str, language: str) -> None:
    found = assert_level(rules(), text, U, language)
    fired = [f.id for f in found.fired]
    assert "emergency_contraception" in fired, fired
    assert "partner_emergency_contraception" not in fired, fired


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("im a guy, sore throat", S),
        ("I slept with my wife last night and now my back hurts", S),
        ("i pulled out late from the parking", R),
        ("had sex with my wife without a condom 3 weeks ago", R),
        ("I'm a man, the condom split and she is HIV positive", U),
    ],
)
def test_near_misses_keep_their_level(text: str, level: TriageLevel) -> None:
    found = assert_level(rules(), text, level, "en")
    if level is not U:
        assert "partner_emergency_contraception" not in [f.id for f in found.fired]


def test_the_partner_reply_speaks_of_her_and_of_him() -> None:
    reply = joined(Chat().send("I'm a guy, had sex without a condom last night, what should I do"))
    assert "She can get the morning after pill" in reply, reply
    assert "PEP" in reply and "72 hours" in reply, reply


@pytest.mark.parametrize(
    ("phone", "country", "text", "place", "not_place"),
    [
        ("+5511987654321", "55", "a camisinha estourou ontem", "qualquer farmácia", "UPA 24h"),
        ("+447700900123", "44", "the condom split last night", "a pharmacy", "NHS 111"),
        ("+14155550100", "1", "the condom broke last night", "Plan B", "urgent care"),
        ("+254712345678", "254", "the condom broke last night", "pharmacy", "a health facility"),
        ("+33612345678", "33", "le preservatif a craque hier soir", "pharmacie", "SOS Médecins"),
        ("+34612345678", "34", "se rompio el condon anoche", "farmacia", "urgencias"),
        ("+5215512345678", "52", "se rompio el condon anoche", "farmacia", "IMSS"),
        ("+27821234567", "27", "the condom broke last night", "pharmacy", "your GP"),
        ("+2348012345678", "234", "the condom broke last night", "pharmacy", "hospital"),
        ("+919812345678", "91", "the condom broke last night", "chemist", "a doctor"),
    ],
)
def test_emergency_contraception_names_the_country_s_place_for_it(
    phone: str, country: str, text: str, place: str, not_place: str
) -> None:
    reply = joined(Chat(phone, country).send(text))
    assert place in reply, reply
    level_line = next(line for line in reply.splitlines() if place in line)
    assert not_place not in level_line, level_line


def test_other_urgent_answers_keep_the_level_s_place() -> None:
    reply = joined(Chat("+5511987654321", "55").send("estou com dor no ouvido e febre ha 3 dias"))
    assert "qualquer farmácia (sem receita)" not in reply, reply


@pytest.mark.parametrize(
    ("text", "language", "level"),
    [
        # contractions alone said for a day or days: signs of labour, the maternity unit today
        ("contractions for 2 days", "en", U),
        ("ive had contractions since yesterday", "en", U),
        ("had contractions on and off for two days now", "en", U),
        ("contracciones desde hace dos dias", "es", U),
        ("j'ai des contractions depuis 2 jours", "fr", U),
        # still emergency: in labour that long, hours of contractions, preterm, waters, bleeding
        ("in labour for 2 days", "en", E),
        ("been having contractions for 20 hours now, im exhausted", "en", E),
        ("contractions for 2 days and im 33 weeks", "en", E),
        ("contractions for 2 days and bleeding", "en", E),
        ("my waters broke and contractions for 2 days", "en", E),
        ("contracciones desde hace dos dias y sangrado", "es", E),
        ("my wife has been in labour since yesterday and the baby still isnt coming out", "en", E),
        ("contractions since yesterday and the baby still isnt coming out", "en", E),
        ("tiene contracciones desde ayer y el bebe todavia no sale", "es", E),
        ("contrações desde ontem e o bebê ainda não nasceu", "pt", E),
        ("contractions depuis hier et le bebe ne sort toujours pas", "fr", E),
        # a change in the baby's movements stays an emergency, with contractions or without
        ("contractions for two days and the baby isnt moving as much", "en", E),
        ("im 34 weeks and the baby isnt moving as much", "en", E),
        ("my 6 month old isnt moving as much as his brother did at that age", "en", R),
    ],
)
def test_contractions_for_days(text: str, language: str, level: TriageLevel) -> None:
    assert_level(rules(), text, level, language)


@pytest.mark.parametrize(
    ("text", "language", "mmol"),
    [
        ("blood sugar 250 mg/dl", "en", 13.9),
        ("sugar 2.5 mmol", "en", 2.5),
        ("my sugar is 1,26 g/l", "en", 7.0),
        ("glycémie 1,26 g/l", "fr", 7.0),
        ("glycemie 1,26 grammes/l", "fr", 7.0),
        ("glicemia 1,26 g/l", "pt", 7.0),
        ("azucar 1,30 gramos/litro", "es", 7.2),
        ("sugar is 540", "en", 30.0),
        ("glucose 3.1", "en", 3.1),
    ],
)
def test_glucose_units_come_from_language_data(text: str, language: str, mmol: float) -> None:
    found = rules().assess(text, language)
    assert found.facts.vitals.glucose_mmol == mmol, found.facts.vitals


def test_every_language_names_its_glucose_units() -> None:
    for code, language in rules().kb.languages.items():
        units = language.spec.facts.units.get("glucose", ())
        assert {u.per for u in units} == {1, 18, 0.18}, code

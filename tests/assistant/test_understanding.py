"""Understanding: normalisation, concepts, negation, subject and the extracted facts."""

from __future__ import annotations

import pytest

from selfcare.assistant.understanding import normalise, understand


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("I can't STOP Vomitting!!", "i cant stop vomiting ! !"),
        ("had the runs all day", "had diarrhoea all day"),
        ("im preggo", "im pregnant"),
        ("hayfever again", "hay fever again"),
        ("his lips r swelling", "his lips are swelling"),
        ("feel 🤮", "feel vomiting"),
        ("c/o SOB and CP", "complains of short of breath and chest pain"),
        ("temperture of 38", "temperature of 38"),
        ("dizzinness all day", "dizziness all day"),  # one slip from a known word
        ("my 3-year-old", "my 3 year old"),
        ("up 3 or 4 times a night", "up 3-4 times a night"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("throwing up since lunch", "vomiting"),
        ("cant keep anything down", "vomit_persistent"),
        ("chest feels tight", "chest_tight"),
        ("pain in the middle of my chest", "chest_pain"),
        ("cant breathe properly", "breath_severe"),
        ("the runs since yesterday", "diarrhoea"),
        ("pooed twice with blood in it", "rectal_blood"),
        ("it stings when i wee", "urinary"),
        ("he had a fit", "seizure"),
        ("bad tummy ache", "abdo_pain"),
        # clinical wording pasted by a relative or nurse
        ("tachycardic and pale", "tachycardia"),
        ("neck stiffness and photophobia", "neck_stiff"),
        ("neck stiffness and photophobia", "photophobia"),
        ("rebound tenderness in RIF", "peritonism"),
        ("guarding on palpation", "peritonism"),
        ("non-blanching rash on trunk", "rash_nonblanching"),
        ("haemoptysis x2 today", "haemoptysis"),
        ("melaena since yesterday", "melaena"),
        ("unilateral weakness of the left arm", "limb_weak"),
    ],
)
def test_concepts(text: str, concept: str) -> None:
    assert concept in understand(text).present


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("no fever", "fever"),
        ("not short of breath", "breathless"),
        ("breathing is fine", "breathless"),
        ("had a cough for weeks, no blood or anything", "haemoptysis"),
        ("can swallow ok", "cant_swallow"),
        ("no thoughts of hurting myself", "suicidal_thoughts"),
        ("no cough, fever or rash", "fever"),
        ("no cough, fever or rash", "rash"),
        ("denies chest pain", "chest_pain"),
        ("she hasnt got a temperature", "fever"),
        ("without any vomiting", "vomiting"),
    ],
)
def test_negation(text: str, concept: str) -> None:
    u = understand(text)
    assert concept not in u.present
    if concept != "haemoptysis":
        assert concept in u.negated


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("no fever but his neck is stiff", "neck_stiff"),
        ("no fever, stiff neck though", "neck_stiff"),
        ("i cant breathe", "breath_severe"),
        ("the cut wont stop bleeding", "bleed_heavy"),
        ("she is not feeding at all", "not_feeding"),
        ("not sure but i think its broken wrist", "fracture"),
        ("no idea why but my chest hurts", "chest_pain"),
    ],
)
def test_cues_that_do_not_negate(text: str, concept: str) -> None:
    assert concept in understand(text).present


@pytest.mark.parametrize(
    ("text", "subject", "age"),
    [
        ("my baby has a temperature", "baby", None),
        ("my dad has chest pain", "other_adult", None),
        ("my 3 yo has a rash", "child", 3.0),
        ("grandad fell over", "other_adult", None),
        ("I have a headache", "self", None),
        ("my wife says I snore", "self", None),
        ("my 2yo is hot", "child", 2.0),
        ("baby is 9 months and hot", "baby", 0.75),
        ("my 6 month old", "baby", 0.5),
        ("I'm 40 and tired", "self", 40.0),
        ("chest pain. 58M", "self", 58.0),
        ("tummy pain 23F", "self", 23.0),
        ("my mum (68) fell", "other_adult", 68.0),
        ("62, woke up with a rash", "self", 62.0),
        ("A 72-year-old woman presents with weakness", "other_adult", 72.0),
        ("my son's 6 and has a cough", "child", 6.0),
        ("infant, 10 weeks, T 38.6", "baby", 10 / 52),
        ("in my forties and tired", "self", 45.0),
    ],
)
def test_subject_and_age(text: str, subject: str, age: float | None) -> None:
    facts = understand(text).facts
    assert facts.subject == subject
    assert facts.age_years == (pytest.approx(age, rel=0.01) if age is not None else None)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("sore since tuesday", 3.0),
        ("cough for 3 days", 3.0),
        ("low for weeks", 21.0),
        ("lump for 2 months", 60.0),
        ("rash since yesterday", 1.0),
        ("stung 10 mins ago", 10 / 1440),
        ("hoarse for about a month", 30.0),
        ("cough 3/52", 21.0),
        ("worst cold ever. day 2", 2.0),
        ("knees ache, been like this 2-3 months", 75.0),
    ],
)
def test_duration(text: str, days: float) -> None:
    assert understand(text).facts.duration_days == pytest.approx(days, rel=0.01)


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        ("she has had 39.5 since last night", 39.5),
        ("temp 38.6 and shivery", 38.6),
        ("he's 102F", 38.9),
        ("fever of 38 degrees", 38.0),
        ("T 38.6, feeding less", 38.6),
        ("temp of 37.2, fine", 37.2),
    ],
)
def test_temperature(text: str, celsius: float) -> None:
    assert understand(text).facts.temperature_c == pytest.approx(celsius, abs=0.05)


def test_temperature_not_taken_from_other_numbers() -> None:
    facts = understand("BP 120/80, HR 88, 3 days").facts
    assert facts.temperature_c is None


@pytest.mark.parametrize(
    ("text", "pregnant", "weeks"),
    [
        ("34 weeks pregnant with a headache", True, 34),
        ("im preggo and have a cold", True, None),
        ("32+4 weeks pregnant, bleeding", True, 32),
        ("28 weeks, havent felt the baby move today", True, 28),
        ("we are trying for a baby", False, None),
        ("not pregnant, period late", False, None),
    ],
)
def test_pregnancy(text: str, pregnant: bool, weeks: int | None) -> None:
    facts = understand(text).facts
    assert facts.pregnant is pregnant
    assert facts.pregnancy_weeks == weeks


def test_vital_signs() -> None:
    facts = understand("temp 39.8, HR 128, SpO2 89%, RR 30, BP 80/50, GCS 12, BM 2.4").facts
    v = facts.vitals
    assert facts.temperature_c == 39.8
    assert (v.heart_rate, v.spo2, v.resp_rate) == (128, 89, 30)
    assert (v.systolic_bp, v.diastolic_bp, v.gcs, v.glucose_mmol) == (80, 50, 12, 2.4)


def test_sats_and_breaths_per_minute() -> None:
    v = understand("sats 91% on air, breathing 44 breaths a minute").facts.vitals
    assert v.spo2 == 91
    assert v.resp_rate == 44


def test_duration_near_uses_the_same_sentence() -> None:
    u = understand("hay fever this week. I've had a cough for 5 weeks.")
    assert u.duration_near("cough") == pytest.approx(35.0)


def test_empty_and_odd_input() -> None:
    for text in ("", "   ", "?!", "👍", "x" * 2000):
        u = understand(text)
        assert u.facts.subject == "self"

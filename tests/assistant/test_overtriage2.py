"""English over-triage and reading errors found in review (2026-12-05), each tested on both
sides: the everyday phrasing no longer escalates or lands on the wrong topic, and the
dangerous phrasing of the same shape still does. Every message is our own. The rules are
tested without the similarity layer.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import Assessment
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, rules

ENGINE = rules()
READER = ENGINE.reader("en")


def assess(text: str) -> Assessment:
    return ENGINE.assess(text, "en")


def level(text: str) -> TriageLevel:
    return assess(text).level


LEVELS = [
    # --- contractions
    ("I'd like some advice about my hay fever", S),
    ("I'll take some paracetamol for this sore throat", S),
    ("he'll be ok I think, just a runny nose", S),
    # the dangerous side of the same words
    ("I'll kill myself tonight", E),
    ("ill kill myself", E),
    ("id like to end it all", U),
    # --- how long ago a past illness was
    # (not how long the complaint has lasted)
    ("I had pneumonia 2 years ago, now I have a sore throat since yesterday", S),
    ("my gran had a stroke last year and I have a sore throat since yesterday", S),
    ("had a slipped disc years ago, now a runny nose since this morning", S),
    # ...and the complaint's own long duration still counts, and a new red flag is new
    ("I've had this cough for 2 years", R),
    ("I've had a cough for 4 weeks, I had TB years ago", R),
    ("I had chest pain 5 years ago and now crushing chest pain since an hour", E),
    # --- the real words themselves
    ("I took an overdose of paracetamol", E),
    ("contractions every 3 minutes and my waters have gone, 39 weeks", U),
    ("contractons every 5 minutes, 38 weeks", U),
    # --- alcohol withdrawal
    ("I stopped drinking 2 days ago and now I have the shakes and I'm seeing things", E),
    ("my dad is an alcoholic and he is seeing things and shaking", E),
    ("he's an alcoholic, stopped drinking yesterday and now he's had a fit", E),
    ("I stopped drinking 2 days ago and now I'm shaky and sweating", U),
    ("he is shaking and sweating, he's an alcoholic", U),
    ("I need a drink in the morning to stop the shakes", U),
    # --- "a burden": a thing is not a crisis, a person who feels one is
    ("the printer is a burden", R),
    ("the cost of the medicine is a burden", R),
    ("this paperwork is a burden on my time, and I have a cold", S),
    ("I am a burden to everyone", U),
    ("I feel like a burden", U),
    ("im just a burden", U),
    ("my mum says she is a burden to us all", U),
    ("I'm a burden on my family", U),
]


@pytest.mark.parametrize(("text", "expected"), LEVELS)
def test_level(text: str, expected: TriageLevel) -> None:
    a = assess(text)
    assert a.level is expected, (text, a.level, [f.id for f in a.fired], a.facts.duration_days)


# --- contractions: "I'd like" keeps its I, "I'll" is not "ill", "we'll" not "well" -----------


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("I'd like some advice about my hay fever", "i like some advice about my hay fever"),
        ("id like to ask about a rash", "i like to ask about a rash"),
        ("I’ll take paracetamol for it", "i will take paracetamol for it"),
        ("we'll see the GP on Monday", "we will see the gp on monday"),
        ("he'll be fine I think", "he will be fine i think"),
        ("she'd rather wait", "she rather wait"),
        ("we're at the clinic", "we are at the clinic"),
    ],
)
def test_contractions_keep_their_pronoun(text: str, normalised: str) -> None:
    assert READER.read(text).text == normalised


def test_he_will_is_someone_else() -> None:
    assert assess("he'll be ok, just a runny nose").facts.subject == "other_adult"


# --- a number of months or weeks that says when, not how old -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "missed 3 months of periods and not pregnant",
        "I've missed 2 months now",
        "my period is 3 months late",
        "no period in 4 months, tests negative",
        "3 months without a period",
        "I had a baby a month back and now my back hurts",
        "since having my baby a month or two ago I feel low",
        "my baby was born a month early and is now 2 years old with a cold",
        "36 weeks pregnant with heartburn",
    ],
)
def test_when_is_not_a_babys_age(text: str) -> None:
    a = assess(text)
    assert not any(age < 1 for age in a.facts.ages), (text, a.facts.ages)
    assert not {"under_two", "under_3_months"} & a.present, (text, sorted(a.present))


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("my baby is 3 months old and has a cough", 0.25),
        ("my 3 month old has a cough", 0.25),
        ("the baby is 3 months and has a cough", 0.25),
        ("baby 2 months, not feeding well", 2 / 12),
    ],
)
def test_a_babys_age_is_still_read(text: str, age: float) -> None:
    assert assess(text).facts.age_years == pytest.approx(age), text


def test_baby_under_3_months_with_fever_still_emergency() -> None:
    assert level("my 6 week old has a temperature of 38") is E
    assert level("baby is 2 months and has a temp of 38.2") is E


# --- a duration from someone else's illness, when the writer tells their own ----------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the writer's own complaint, another person's course beside it
        ("my mum had this for 5 days, I've had a sore throat since today", 0.3),
        ("I've had a cough since yesterday, my mum had one for 4 weeks", 1.0),
        ("my dad had it for 2 weeks, I have had a runny nose since yesterday", 1.0),
        # a message about the other person keeps their duration
        ("my mum has had a cough for 5 days", 5.0),
        ("my dad has had chest pain for 3 weeks", 21.0),
        # their own complaint that the writer does not share keeps it too
        ("my son has had a fever for 5 days and I have a headache", 5.0),
    ],
)
def test_whose_duration(text: str, days: float) -> None:
    assert assess(text).facts.duration_days == pytest.approx(days), text


def test_someone_elses_fever_for_days_still_counts() -> None:
    # NICE NG143: a child's fever of 5 days or more needs a clinician
    assert level("my son has had a fever for 5 days and I have a headache") in (U, E)
    assert level("my mum had this for 5 days, I've had a sore throat since today") is S


# --- an alias in a side remark does not outweigh the complaint's finding --------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Teething again, her back tooth is coming through, maybe I'm being paranoid", "teething"),
        (
            "my husband says I'm overthinking it, itchy down there with thick white discharge",
            "thrush",
        ),
    ],
)
def test_side_alias_does_not_outweigh_finding(text: str, topic: str) -> None:
    assert assess(text).topic == topic, (text, assess(text).topic)


def test_alias_alone_still_chooses_its_topic() -> None:
    assert assess("any indigestion remedies?").topic in ("indigestion", "heartburn")
    assert assess("paranoid thoughts, people are watching me").topic == "psychosis_concerns"


# --- real words are not typos of other words ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("not having contractions, just a heavy feeling", "contraception"),
        ("no contractions yet, just tired", "contraception"),
    ],
)
def test_contractions_are_not_contraception(text: str, wrong: str) -> None:
    assert assess(text).topic != wrong, text


@pytest.mark.parametrize(
    "text",
    [
        "I think I overdone it at the gym, legs aching",
        "overdone it in the garden, back is stiff",
        "sorry for my spelling, I have a sore throat",
        "my wee is smelling a bit strong",
        "I injected my insulin as usual and feel fine",
        "I was blending a smoothie and nicked my finger",
    ],
)
def test_real_words_are_not_corrected_into_red_flags(text: str) -> None:
    a = assess(text)
    assert a.level in (S, R), (text, a.level, [f.id for f in a.fired])
    assert not {"overdose", "swelling", "infection", "bleeding"} & a.present, sorted(a.present)


def test_vaccine_is_not_swallowed_medicine() -> None:
    a = assess("75 and had my flu vaccine yesterday, arm is sore and I feel a bit off")
    assert "child_ate_meds" not in a.present
    assert level("he took a ride on the slide and hurt his arm") is not E
    assert level("my toddler swallowed some of my sertraline") is E
    assert level("my 2 year old ate grandmas amlodipine") is E


# --- croup is a child's topic ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I have a barking cough",
        "45 year old with a barking cough",
        "my husband has a barking cough and a cold",
    ],
)
def test_adult_barking_cough_is_not_croup(text: str) -> None:
    assert assess(text).topic != "croup", text


@pytest.mark.parametrize(
    "text",
    [
        "my 3 year old has a barking cough",
        "barking cough in my toddler at night",
        "my son has a cough that sounds like a seal",
    ],
)
def test_childs_barking_cough_is_croup(text: str) -> None:
    assert assess(text).topic == "croup", text


def test_child_croup_with_stridor_at_rest_still_urgent_or_more() -> None:
    text = "my 2 year old has a barking cough and a harsh noise breathing in even when resting"
    assert level(text) in (U, E)


# --- asking for help with alcohol is not a hangover or withdrawal ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I want to stop drinking",
        "I want to quit drinking, how do I do it",
        "my brother is an alcoholic",
        "my husband is an alcoholic, how can I help him",
        "how do I cut down on alcohol",
        "help me to stop drinking",
    ],
)
def test_alcohol_help_request(text: str) -> None:
    a = assess(text)
    assert a.level is R, (text, a.level, [f.id for f in a.fired])
    assert a.topic == "alcohol_drugs", (text, a.topic)
    assert not {"self_neglect", "alcohol_stopped"} & a.present, sorted(a.present)


def test_not_eating_or_drinking_is_still_self_neglect() -> None:
    assert "self_neglect" in assess("he has stopped eating and drinking, stays in bed").present


# --- a bare blood pressure reading ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "systolic", "diastolic"),
    [
        ("200/130", 200, 130),
        ("checked at the pharmacy, 185/125, feel fine", 185, 125),
        ("machine said 210 / 135 this morning", 210, 135),
        ("my bp is 200/130 with headache", 200, 130),
    ],
)
def test_bare_bp_is_read(text: str, systolic: int, diastolic: int) -> None:
    v = assess(text).facts.vitals
    assert (v.systolic_bp, v.diastolic_bp) == (systolic, diastolic), text


@pytest.mark.parametrize(
    "text",
    [
        "I saw the doctor on 20/11 about my knee",
        "take 1/2 tablet of paracetamol?",
        "38/40 pregnant with heartburn",
        "co-amoxiclav 250/125 for my chest infection",
        "scored 100/120 on the test, have a cold",
        "12/10 pain in my toe since 14/11",
    ],
)
def test_dates_fractions_doses_are_not_bp(text: str) -> None:
    assert assess(text).facts.vitals.systolic_bp is None, text


def test_bare_bp_levels() -> None:
    assert level("200/130") in (U, E)
    assert level("my bp is 200/130 with headache") in (U, E)
    assert level("mine was 128/82 at the chemist, is that ok") is not E


# --- "a burden": a person, not a thing ------------------------------------------------------


@pytest.mark.parametrize("text", [t for t, lvl in LEVELS if "burden" in t and lvl is not U])
def test_a_thing_that_is_a_burden_is_no_crisis(text: str) -> None:
    assert not assess(text).crisis, text

"""The engine: normalisation, findings, facts, levels, what is missing, and safety
properties over our own vignettes.

Ported from the old understanding and triage tests: the sentences are the same, the names
are the knowledge base's finding and red-flag ids. Scope (negation, history, hypotheticals,
other people) is in test_scope.py; every red flag's own lines and examples are checked in
test_invariants.py.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfcare.assistant.engine import Assessment, Fired, assess, engine
from selfcare.assistant.engine.facts import Facts
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, kb

VIGNETTES = Path(__file__).parents[1] / "data" / "vignettes"
OWN_SETS = sorted(VIGNETTES.glob("*.jsonl"))


def normalise(text: str) -> str:
    return engine().reader("en").normalise(text)


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
    ("text", "finding"),
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
def test_findings(text: str, finding: str) -> None:
    assert finding in engine().understand(text).present


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
    facts = engine().understand(text).facts
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
    assert engine().understand(text).facts.duration_days == pytest.approx(days, rel=0.01)


@pytest.mark.parametrize(
    ("text", "celsius"),
    [
        ("she has had 39.5 since last night", 39.5),
        ("temp 38.6 and shivery", 38.6),
        ("he's 102F", 38.9),
        ("fever of 38 degrees", 38.0),
        ("T 38.6, feeding less", 38.6),
        ("temp of 37.2, fine", 37.2),
        ("39.8 and she's been really sleepy and hard to wake", 39.8),
    ],
)
def test_temperature(text: str, celsius: float) -> None:
    assert engine().understand(text).facts.temperature_c == pytest.approx(celsius, abs=0.05)


def test_temperature_not_taken_from_other_numbers() -> None:
    assert engine().understand("BP 120/80, HR 88, 3 days").facts.temperature_c is None


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
    facts = engine().understand(text).facts
    assert facts.pregnant is pregnant
    assert facts.pregnancy_weeks == weeks


def test_vital_signs() -> None:
    facts = engine().understand("temp 39.8, HR 128, SpO2 89%, RR 30, BP 80/50, GCS 12, BM 2.4")
    v = facts.facts.vitals
    assert facts.facts.temperature_c == 39.8
    assert (v.heart_rate, v.spo2, v.resp_rate) == (128, 89, 30)
    assert (v.systolic_bp, v.diastolic_bp, v.gcs, v.glucose_mmol) == (80, 50, 12, 2.4)


def test_sats_and_breaths_per_minute() -> None:
    v = engine().understand("sats 91% on air, breathing 44 breaths a minute").facts.vitals
    assert v.spo2 == 91
    assert v.resp_rate == 44


def test_duration_near_uses_the_same_sentence() -> None:
    u = engine().understand("hay fever this week. I've had a cough for 5 weeks.")
    assert u.duration_near("cough") == pytest.approx(35.0)


@pytest.mark.parametrize("text", ["", "   ", "?!", "👍", "x" * 2000, "\n\n\n"])
def test_empty_and_odd_input(text: str) -> None:
    u = engine().understand(text)
    assert u.facts.subject == "self" and not u.present
    found = engine().assess(text)
    assert not found.understood and found.level is R  # not understood is never self-care


# --- levels -------------------------------------------------------------------------------

RED_FLAGS = {
    "cardiac chest pain": [
        "chest feels tight and my arm is numb",
        "crushing pain in my chest going into my jaw, sweating buckets",
        "dad (70) has chest pain and is short of breath and clammy",
        "pt 60M central chest pain radiating to L arm, diaphoretic",
    ],
    "stroke": [
        "his face has dropped on one side and his speech is slurred",
        "mum suddenly cant lift her left arm and her words are coming out jumbled",
        "sudden weakness down my right side and I can't find my words",
    ],
    "breathing": [
        "cant breathe, can only say a few words",
        "my baby is grunting and sucking in under her ribs",
        "his lips are going blue and he's gasping",
    ],
    "anaphylaxis": [
        "stung by a bee and now my throat feels tight and I feel faint",
        "ate peanuts, lips swelling and wheezing",
        "after the new antibiotic my tongue is swelling up and I'm short of breath",
    ],
    "meningitis and sepsis": [
        "temp 39 and a rash that doesn't fade when I press a glass on it",
        "high fever, stiff neck and the light hurts my eyes",
        "chest infection and now he's confused and his skin is mottled",
        "temp 38.9, HR 135, RR 28, BP 85/50",
    ],
    "heavy bleeding": [
        "blood spurting from my arm and it wont stop",
        "bleeding heavily through the towel after cutting myself",
    ],
    "head injury": [
        "hit his head on the floor, knocked out and now vomiting",
        "nan banged her head and she takes warfarin",
    ],
    "thunderclap headache": [
        "worst headache of my life, came on in seconds",
        "sudden severe headache like being hit with a hammer",
    ],
    "seizure": ["my wife is having a seizure", "toddler had a fit with his temperature"],
    "pregnancy": [
        "34 weeks pregnant and bleeding heavily",
        "30 weeks pregnant, bad headache and flashing lights",
        "6 weeks pregnant with one sided tummy pain and shoulder tip pain",
        "32 weeks and the baby has stopped moving",
    ],
    "infant": [
        "my 6 week old has a temperature of 38.3",
        "my baby is floppy and won't wake for feeds",
        "baby is vomiting green",
    ],
    "crisis": [
        "I've saved up my pills and written goodbye letters",
        "im going to kill myself tonight",
        "took 30 paracetamol an hour ago",
    ],
    "other emergencies": [
        "my 15 year old has sudden severe pain in his testicle",
        "my toddler swallowed a button battery",
        "my son drank bleach",
        "boiling water down my daughter's chest, blisters and white skin",
        "type 1 diabetic, cant wake him",
        "back pain and numb between my legs and cant control my bladder",
        "vomiting blood",
        "black tarry poo and feeling faint",
        "sudden sharp pain breathing in and short of breath after a long flight, calf swollen",
    ],
}
_RED = [text for texts in RED_FLAGS.values() for text in texts]


@pytest.mark.parametrize("text", _RED, ids=lambda t: t[:40])
def test_red_flags_are_emergencies(text: str) -> None:
    a = assess(text)
    assert a.level is E, (a.fired, sorted(a.present))
    assert a.fired and a.fired[0].level is E


@pytest.mark.parametrize(
    "text",
    [
        "left calf swollen and warm after a long flight, breathing is fine",
        "my leg is red hot and the redness is spreading",
        "burning when I pee with a temp of 38.5 and pain in my back under the ribs",
        "pain moved from my belly button to the lower right, worse when I walk",
        "shingles rash near my eye",
        "suddenly lost hearing in one ear this morning",
        "contact lens wearer, painful red eye, light hurts",
        "dog bit me and the teeth went through the skin",
        "fell on my wrist, think it's broken",
        "back from Nigeria with a fever",
        "20 weeks pregnant and been with someone with chickenpox, never had it",
        "my 3 yo's temp won't come down with calpol",
        "toothache and my cheek is swollen",
        "my 4 year old has a sandpaper rash and sore throat",
        "my daughter (5) says it stings when she wees, temp 38",
        "my 2 yo pushed a bead up his nose",
        "baby has had fewer wet nappies today",
        "asthma worse, using my inhaler every few hours, can talk fine",
        "I keep thinking I'd be better off dead but I have no plan",
    ],
    ids=lambda t: t[:40],
)
def test_urgent(text: str) -> None:
    a = assess(text)
    assert a.level is U, (a.fired, sorted(a.present))


@pytest.mark.parametrize(
    ("text", "language", "level"),
    [
        # NHS stomach ache: only "really bad" is an urgent GP appointment or 111 ...
        ("really bad tummy pain", "en", U),
        ("my stomach is so painful", "en", U),
        ("tres mal au ventre", "fr", U),
        ("dolor de panza muy fuerte", "es", U),
        ("dor de barriga muito forte", "pt", U),
        ("tumbo linauma sana", "sw", U),
        ("pet mein bahut tez dard", "hi-latn", U),
        # ... sudden and severe, or beyond bearing, or with another red flag: 999 or A&E
        ("really bad tummy pain that came on suddenly", "en", E),
        ("unbearable tummy pain", "en", E),
        ("stomach pain, I'm in agony", "en", E),
        ("really bad tummy pain and I'm vomiting blood", "en", E),
        ("douleur atroce au ventre", "fr", E),
        ("dolor de barriga insoportable", "es", E),
        ("dor na barriga insuportavel", "pt", E),
        ("maumivu ya tumbo yasiyovumilika", "sw", E),
        ("pet mein asahniya dard", "hi-latn", E),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_how_bad_tummy_pain_is(text: str, language: str, level: TriageLevel) -> None:
    a = engine().assess(text, language)
    assert a.level is level, (a.fired, sorted(a.present))


@pytest.mark.parametrize(
    "text",
    [
        "cough for 4 weeks",
        "hoarse voice for a month",
        "my mole has got bigger and darker",
        "lost a stone without trying",
        "lump in my neck for 3 weeks",
        "I'm 60 and my bowel habit has changed for 6 weeks",
        "dad is 70 and up every night to wee with a weak flow",
        "mum keeps forgetting things, getting worse over the year",
        "heavy periods for months",
        "I snore and stop breathing in my sleep",
        "low mood for 2 months, no thoughts of harming myself",
        "headaches most days for 3 months",
        "numb fingers at night for weeks",
        "trying for a baby for 18 months",
        "exhausted for 2 months",
        "always thirsty and peeing loads",
        "knees ache for 3 months",
        "eczema not getting better with the cream",
    ],
    ids=lambda t: t[:40],
)
def test_routine(text: str) -> None:
    a = assess(text)
    assert a.level is R, (a.fired, sorted(a.present))


@pytest.mark.parametrize(
    "text",
    [
        "I have a headache",
        "got a cold, sneezing and blocked nose",
        "hungover, what can I take",
        "wasp sting on my arm, a bit red and itchy, feel fine otherwise",
        "sprained my ankle, can walk on it fine",
        "athletes foot between my toes",
        "mouth ulcer for 3 days",
        "nits again",
        "my baby is teething",
        "I'm 16 weeks pregnant with a cold, what can I take?",
    ],
    ids=lambda t: t[:40],
)
def test_self_care(text: str) -> None:
    a = assess(text)
    assert a.level is S, (a.fired, sorted(a.present))
    assert a.understood and a.topic is not None


def test_reassuring_negations_do_not_fire_a_red_flag() -> None:
    a = assess("headache since this afternoon, no fever, no stiff neck, no rash, breathing is fine")
    assert a.level is S
    assert {"fever", "neck_stiff", "rash", "breathless"} <= set(a.negated)
    assert not assess("no chest pain and breathing is fine").fired


def test_multiple_complaints_take_the_most_urgent() -> None:
    a = assess(
        "hay fever's bad, what tablet? also thirsty and weeing loads for weeks. oh and chest "
        "feels tight and my left arm is heavy"
    )
    assert a.level is E
    ranks = [f.level.rank for f in a.fired]
    assert ranks == sorted(ranks) and len(set(ranks)) > 1


def test_crisis_flags() -> None:
    plan = assess("I've been stockpiling my tablets and I'm going to take them tonight")
    assert plan.level is E and plan.crisis
    thoughts = assess("sometimes I wish I could go to sleep and not wake up, no plan")
    assert thoughts.level is U and thoughts.crisis
    assert not assess("low for 6 weeks, no thoughts of hurting myself").crisis


def test_contract_shape() -> None:
    a = assess("my 2yo has 39.5 fever since last night")
    assert isinstance(a, Assessment) and isinstance(a.facts, Facts)
    assert a.facts.subject == "child" and a.facts.age_years == 2.0
    assert a.facts.temperature_c == 39.5
    assert a.topic in kb().topics and a.understood
    assert all(isinstance(f, Fired) for f in a.fired)
    assert Facts().subject == "self"


def test_fired_red_flags_name_their_source_and_what_was_said() -> None:
    a = assess("crushing pain in my chest going into my jaw, sweating buckets")
    first = a.fired[0]
    flag = kb().red_flags[first.id]
    assert first.source == str(flag.source) and first.level.value == flag.level
    assert first.matched and set(first.matched) <= a.present


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("my baby has a temperature", "age"),
        ("my son has a fever", "age"),
        ("I've got a cough", "duration"),
        ("my 4 year old has a fever", "duration"),
    ],
)
def test_missing_facts_are_the_ones_that_change_the_level(text: str, fact: str) -> None:
    assert fact in assess(text).missing


def test_nothing_missing_for_an_emergency() -> None:
    assert assess("crushing chest pain down my arm").missing == ()


def test_a_fever_where_malaria_is_common_is_seen_today() -> None:
    """Country packs list the conditions common there; WHO guidance is that a fever in a
    malaria area is tested the same day, so the pack's ``local`` must reach the triage."""
    text = "I've had a fever and chills since yesterday"
    assert assess(text).level is S  # where malaria is not common
    nigeria = frozenset(kb().countries["NG"].local)
    assert "malaria" in nigeria
    assert engine().assess(text, local=nigeria).level.rank <= U.rank


def test_fever_topic_follows_age() -> None:
    cases = {
        "my 6 month old has a high temperature": "fever_baby",
        "my 5 year old has a fever": "fever_child",
        "I've got a fever and feel rubbish": "fever_adult",
    }
    for text, topic in cases.items():
        assert assess(text).topic == topic, text


def test_topics_match_lay_words_and_typos() -> None:
    for text, topic in {
        "hayfever is killing me": "hay_fever",
        "athletes foot again": "athletes_foot",
        "got a cold sore coming": "cold_sores",
    }.items():
        assert assess(text).topic == topic, text


# --- safety on our own vignette sets ------------------------------------------------------


def _rows(paths: list[Path]) -> Iterator[tuple[str, str, TriageLevel]]:
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                yield d["id"], d["text"], TriageLevel(d["triage"])


def test_own_vignettes_safety() -> None:
    rows = list(_rows(OWN_SETS))
    assert len(rows) >= 120
    predicted = [(ref, assess(text).level) for _, text, ref in rows]
    missed = [
        vid
        for (vid, _, ref), (_, p) in zip(rows, predicted, strict=True)
        if ref is E and p is not E
    ]
    safe = sum(p.rank <= ref.rank for ref, p in predicted) / len(predicted)
    exact = sum(p is ref for ref, p in predicted) / len(predicted)
    assert missed == []
    assert safe >= 0.95
    assert exact >= 0.85


# --- properties ---------------------------------------------------------------------------

_ALL_TEXTS = [text for _, text, _ in _rows(OWN_SETS)]
_BENIGN = [text for _, text, ref in _rows(OWN_SETS) if ref is S]
_SOFTENERS = [
    "it's probably nothing",
    "probably nothing but",
    "should we just let him lie down?",
    "not sure if I'm overreacting lol",
    "sorry to bother you",
    "is that ok??",
]


@settings(max_examples=60, deadline=None)
@given(text=st.sampled_from(_ALL_TEXTS), softener=st.sampled_from(_SOFTENERS), front=st.booleans())
def test_softening_never_lowers_the_level(text: str, softener: str, front: bool) -> None:
    softened = f"{softener} {text}" if front else f"{text}. {softener}"
    assert assess(softened).level.rank <= assess(text).level.rank


@settings(max_examples=60, deadline=None)
@given(
    red=st.sampled_from(_RED),
    benign=st.lists(st.sampled_from(_BENIGN), min_size=1, max_size=3),
    position=st.integers(min_value=0, max_value=3),
)
def test_a_red_flag_among_benign_text_stays_an_emergency(
    red: str, benign: list[str], position: int
) -> None:
    parts = list(benign)
    parts.insert(min(position, len(parts)), red)
    assert assess(". ".join(parts)).level is E


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_a_level_and_not_understood_is_never_self_care(text: str) -> None:
    a = assess(text)
    assert a.level in TriageLevel
    assert a.understood or a.level is not S


@pytest.mark.parametrize("text", ["i think i am overreacting", "not sure if im overreacting lol"])
def test_a_topic_guessed_from_a_look_alike_word_is_never_self_care(text: str) -> None:
    """'overreacting' looks like the alias 'overheating': a guess, not understanding."""
    assert assess(text).level is not S


class _Readings:
    """An engine whose per-language readings are given, to test how they are combined."""

    def __init__(self, detected: list[str], readings: dict[str, Assessment]) -> None:
        self.real = engine()
        self.detected = detected
        self.readings = readings

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)

    def languages_of(self, text: str) -> list[str]:
        return self.detected

    def _reading(
        self,
        text: str,
        language: str,
        local: frozenset[str],
        ruled_out: frozenset[str] = frozenset(),
    ) -> tuple[Assessment, None]:
        return self.readings[language], None  # nothing understood: no "what if" to ask


@pytest.mark.parametrize(
    ("detected", "own_understood", "want"),
    [
        # Hindi found nothing, only the English reading placed it (at self-care): not understood
        (["hi"], False, TriageLevel.ROUTINE),
        # Hindi understood it as self-care: that reading stands
        (["hi"], True, TriageLevel.SELF_CARE),
        # English was detected itself: its own reading stands
        (["en"], True, TriageLevel.SELF_CARE),
    ],
)
def test_the_english_reading_alone_never_makes_another_languages_message_self_care(
    detected: list[str], own_understood: bool, want: TriageLevel
) -> None:
    own = Assessment(TriageLevel.ROUTINE if not own_understood else TriageLevel.SELF_CARE,
                     language=detected[0], understood=own_understood)  # fmt: skip
    english = Assessment(TriageLevel.SELF_CARE, topic="head_injury", language="en")
    fake = _Readings(detected, {detected[0]: own, "en": english})
    result = type(engine())._assess_all(fake, "some words")  # type: ignore[arg-type]
    assert result.level is want

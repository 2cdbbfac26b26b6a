"""Triage: each red-flag family in several phrasings, the lower levels, the contract, and the
safety properties measured on the dev set and our own vignettes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfcare.assistant import topics
from selfcare.assistant.triage import RULES, Assessment, Facts, Finding, assess
from selfcare.events import TriageLevel

E, U, R, S = (
    TriageLevel.EMERGENCY,
    TriageLevel.URGENT,
    TriageLevel.ROUTINE,
    TriageLevel.SELF_CARE,
)
HERE = Path(__file__).resolve().parent
OWN_SETS = sorted((HERE.parent / "data" / "vignettes").glob("*.jsonl"))
DEV_SET = HERE.parents[2] / "shared" / "vignettes" / "dev.jsonl"

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


@pytest.mark.parametrize(
    "text", [t for texts in RED_FLAGS.values() for t in texts], ids=lambda t: t[:40]
)
def test_red_flags_are_emergencies(text: str) -> None:
    a = assess(text)
    assert a.level is E, (a.findings, a.concepts)
    assert a.findings and a.findings[0].level is E


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
    assert a.level is U, (a.findings, a.concepts)


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
    assert a.level is R, (a.findings, a.concepts)


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
    assert a.level is S, (a.findings, a.concepts)


def test_reassuring_negations_do_not_fire_the_red_flag() -> None:
    a = assess("headache since this afternoon, no fever, no stiff neck, no rash, breathing is fine")
    assert a.level is S
    assert {"fever", "neck_stiff", "rash", "breathless"} <= set(a.negated)
    assert not assess("no chest pain and breathing is fine").findings


def test_multiple_complaints_take_the_most_urgent() -> None:
    a = assess(
        "hay fever's bad, what tablet? also thirsty and weeing loads for weeks. oh and chest "
        "feels tight and my left arm is heavy"
    )
    assert a.level is E
    assert [f.level for f in a.findings] == sorted(
        (f.level for f in a.findings), key=lambda x: x.rank
    )


def test_crisis_flags() -> None:
    plan = assess("I've been stockpiling my tablets and I'm going to take them tonight")
    assert plan.level is E and plan.crisis
    thoughts = assess("sometimes I wish I could go to sleep and not wake up, no plan")
    assert thoughts.level is U and thoughts.crisis
    safe = assess("low for 6 weeks, no thoughts of hurting myself")
    assert not safe.crisis


def test_contract_shape() -> None:
    a = assess("my 2yo has 39.5 fever since last night")
    assert isinstance(a, Assessment) and isinstance(a.facts, Facts)
    assert a.facts.subject == "child" and a.facts.age_years == 2.0
    assert a.facts.temperature_c == 39.5
    assert all(isinstance(f, Finding) for f in a.findings)
    assert Facts().subject == "self"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("my baby has a temperature", "age"),
        ("my son has a fever", "age"),
        ("I've got a cough", "duration"),
        ("my 4 year old has a fever", "duration"),
        ("my nephew has chickenpox and I've been around him", "pregnancy"),
    ],
)
def test_missing_facts_are_the_ones_that_change_the_level(text: str, fact: str) -> None:
    assert fact in assess(text).missing


def test_nothing_missing_for_an_emergency() -> None:
    assert assess("crushing chest pain down my arm").missing == ()


def test_rules_are_auditable() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    diagnoses = ("heart attack", "stroke", "meningitis", "sepsis", "appendicitis", "anaphylaxis")
    for rule in RULES:
        assert rule.id.replace("_", "").isalnum() and rule.id == rule.id.lower()
        assert rule.reason and not any(d in rule.reason for d in diagnoses), rule.id
        assert rule.source.startswith("https://"), rule.id
        assert any(h in rule.source for h in ("nhs.uk", "nice.org.uk", "cdc.gov", "who.int"))


def test_rules_only_name_concepts_that_exist() -> None:
    import re

    from selfcare.assistant import lexicon

    root = HERE.parents[1] / "src" / "selfcare" / "assistant"
    known = set(lexicon.CONCEPTS)
    for name in ("rules_emergency.py", "rules_urgent.py", "rules_routine.py", "rules.py"):
        source = (root / name).read_text()
        for call in re.findall(r"c(?:ase)?\.(?:has|all|count)\(([^)]*)\)", source):
            for concept in re.findall(r'"([a-z_]+)"', call):
                assert concept in known, f"{name}: unknown concept {concept!r}"


def test_fever_topic_follows_age() -> None:
    ids = topics.topic_ids()
    cases = {
        "my 6 month old has a high temperature": "fever_baby",
        "my 5 year old has a fever": "fever_child",
        "I've got a fever and feel rubbish": "fever_adult",
    }
    for text, topic in cases.items():
        if topic in ids:
            assert assess(text).topic == topic


def test_topics_match_lay_words_and_typos() -> None:
    ids = topics.topic_ids()
    for text, topic in {
        "hayfever is killing me": "hay_fever",
        "athletes foot again": "athletes_foot",
        "got a cold sore coming": "cold_sores",
    }.items():
        if topic in ids:
            assert assess(text).topic == topic


def test_partial_knowledge_base_never_crashes(monkeypatch: pytest.MonkeyPatch) -> None:
    topics._index.cache_clear()

    def broken(*_: object) -> object:
        raise OSError("topic files are being written")

    monkeypatch.setattr(topics, "check", broken)
    try:
        a = assess("I have a headache")
        assert a.topic is None and a.level is S
    finally:
        monkeypatch.undo()
        topics._index.cache_clear()


# --- safety properties on whole vignette sets --------------------------------------------


def _rows(paths: list[Path]) -> Iterator[tuple[str, str, TriageLevel]]:
    for path in paths:
        for line in path.read_text().splitlines():
            if line.strip():
                d = json.loads(line)
                yield d["id"], d["text"], TriageLevel(d["triage"])


def _check_set(paths: list[Path]) -> None:
    rows = list(_rows(paths))
    predicted = [(ref, assess(text).level) for _, text, ref in rows]
    under_emergencies = [p for ref, p in predicted if ref is E and p is not E]
    safe = sum(p.rank <= ref.rank for ref, p in predicted) / len(predicted)
    exact = sum(p is ref for ref, p in predicted) / len(predicted)
    assert under_emergencies == []
    assert safe >= 0.95
    assert exact >= 0.85


@pytest.mark.skipif(not DEV_SET.is_file(), reason="shared dev set not present")
def test_dev_set_safety() -> None:
    _check_set([DEV_SET])


def test_own_vignettes_safety() -> None:
    assert sum(1 for _ in _rows(OWN_SETS)) >= 120
    _check_set(OWN_SETS)


def test_own_vignettes_reach_below_urgent_for_no_emergency() -> None:
    """No emergency in any set ever comes out as routine or self-care."""
    paths = [*OWN_SETS, *([DEV_SET] if DEV_SET.is_file() else [])]
    for vid, text, ref in _rows(paths):
        if ref is E:
            assert assess(text).level.rank <= U.rank, vid


# --- properties ------------------------------------------------------------------------------

_ALL_TEXTS = [text for _, text, _ in _rows(OWN_SETS)]
_BENIGN = [text for _, text, ref in _rows(OWN_SETS) if ref is S]
_RED = [t for texts in RED_FLAGS.values() for t in texts]
_SOFTENERS = [
    "it's probably nothing",
    "probably nothing but",
    "should we just let him lie down?",
    "not sure if I'm overreacting lol",
    "sorry to bother you",
    "is that ok??",
]


@settings(max_examples=150, deadline=None)
@given(text=st.sampled_from(_ALL_TEXTS), softener=st.sampled_from(_SOFTENERS), front=st.booleans())
def test_softening_never_lowers_the_level(text: str, softener: str, front: bool) -> None:
    softened = f"{softener} {text}" if front else f"{text}. {softener}"
    assert assess(softened).level.rank <= assess(text).level.rank


@settings(max_examples=150, deadline=None)
@given(
    red=st.sampled_from(_RED),
    benign=st.lists(st.sampled_from(_BENIGN), min_size=1, max_size=3),
    position=st.integers(min_value=0, max_value=3),
)
def test_red_flag_embedded_in_benign_text_stays_emergency(
    red: str, benign: list[str], position: int
) -> None:
    parts = list(benign)
    parts.insert(min(position, len(parts)), red)
    assert assess(". ".join(parts)).level is E


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_a_level(text: str) -> None:
    a = assess(text)
    assert a.level in TriageLevel

"""Reading the answer to a follow-up question, and the engine reading those words back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfcare.assistant.dialogue.answers import FACTS, from_reply_id, parse
from selfcare.assistant.engine import engine
from tests.assistant.support import T0, S

AGE_ANSWERS = [
    ("2", 2.0),
    ("she's 2", 2.0),
    ("2yo", 2.0),
    ("two and a half", 2.5),
    ("18 months", 1.5),
    ("he is 6 weeks", 6 / 52),
    ("I'm 40", 40.0),
    ("newborn", 1 / 52),
    ("4 months old", 4 / 12),
    ("she'll be 3 in may", 3.0),
]


@pytest.mark.parametrize(("text", "years"), AGE_ANSWERS)
def test_age_answers(text: str, years: float) -> None:
    answer = parse("age", text)
    assert answer is not None and answer.known and answer.words.endswith("old")


@pytest.mark.parametrize(
    ("fact", "text", "words"),
    [
        ("age", "fever for 3 days", None),
        ("age", "she is a baby", None),
        ("age", "no idea", ""),
        # a temperature given in answer to "how old?" is not an age
        ("age", "39.8 and she's been really sleepy and hard to wake", None),
        ("duration", "3 days", "for 3 days"),
        ("duration", "since monday", "for 2 days"),  # T0 is a Wednesday
        ("duration", "a couple of days", "for 2 days"),
        ("duration", "2 weeks", "for 2 weeks"),
        ("duration", "this morning", "started today"),
        ("duration", "since yesterday", "for 1 day"),
        ("duration", "hmm", None),
        ("duration", "not sure", ""),
        # "and" is not "a d(ay)"
        ("duration", "it came on suddenly and it's the worst I've ever had", None),
        ("temperature", "38.5", "temperature of 38.5 degrees"),
        ("temperature", "102F", "temperature of 38.9 degrees"),
        ("temperature", "38,2", "temperature of 38.2 degrees"),
        ("temperature", "39.8 and she's been really sleepy", "temperature of 39.8 degrees"),
        ("temperature", "not measured", ""),
        ("temperature", "she's 2", None),
        ("pregnancy", "yes", "pregnant"),
        ("pregnancy", "yes, 20 weeks", "pregnant 20 weeks"),
        ("pregnancy", "no", "not pregnant"),
        ("pregnancy", "I'm not pregnant", "not pregnant"),
        ("pregnancy", "maybe", "might be pregnant"),
        ("severity", "8/10", "it is severe"),
        ("severity", "quite bad", "it is moderate"),
        ("severity", "mild", "it is mild"),
    ],
)
def test_answers(fact: str, text: str, words: str | None) -> None:
    answer = parse(fact, text, T0.date())
    assert (answer.words if answer else None) == words


@pytest.mark.parametrize(
    ("reply_id", "words"),
    [
        ("ans:duration:0.5", "started today"),
        ("ans:duration:3", "for 3 days"),
        ("ans:duration:7", "for 7 days"),
        ("ans:temperature:unknown", ""),
        ("ans:pregnancy:yes", "pregnant"),
        ("ans:pregnancy:no", "not pregnant"),
        ("ans:severity:severe", "it is severe"),
    ],
)
def test_button_answers(reply_id: str, words: str) -> None:
    answer = from_reply_id(reply_id)
    assert answer is not None and answer.words == words


@pytest.mark.parametrize(
    "reply_id",
    ["ans:duration:soon", "ans:shoe:9", "ans:severity:unbearable", "delete:yes", "ans", ""],
)
def test_odd_button_ids_are_not_answers(reply_id: str) -> None:
    assert from_reply_id(reply_id) is None


@given(st.sampled_from(FACTS), st.text(max_size=200))
def test_any_text_is_an_answer_or_not_never_an_error(fact: str, text: str) -> None:
    answer = parse(fact, text, T0.date())
    assert answer is None or answer.fact == fact


# --- the engine reads the words an answer adds to the complaint ----------------------------


@pytest.mark.parametrize(("text", "years"), AGE_ANSWERS)
def test_age_words_are_read_by_the_engine(text: str, years: float) -> None:
    answer = parse("age", text)
    assert answer is not None
    facts = engine().assess(f"my son has a fever. {answer.words}").facts
    assert facts.age_years == pytest.approx(years, rel=0.15)


@pytest.mark.parametrize(("text", "celsius"), [("38.5", 38.5), ("39", 39.0), ("102F", 38.9)])
def test_temperature_words_are_read_by_the_engine(text: str, celsius: float) -> None:
    answer = parse("temperature", text)
    assert answer is not None
    facts = engine().assess(f"my son has a fever. {answer.words}").facts
    assert facts.temperature_c == pytest.approx(celsius, abs=0.1)


@pytest.mark.parametrize(("text", "days"), [("3 days", 3.0), ("2 weeks", 14.0), ("today", 0.5)])
def test_duration_words_are_read_by_the_engine(text: str, days: float) -> None:
    answer = parse("duration", text, T0.date())
    assert answer is not None
    facts = engine().assess(f"I've got a cough. {answer.words}").facts
    assert facts.duration_days is not None
    assert facts.duration_days == pytest.approx(days, abs=0.6)


def test_pregnancy_words_are_read_by_the_engine() -> None:
    yes = parse("pregnancy", "yes, 20 weeks")
    no = parse("pregnancy", "no")
    assert yes is not None and no is not None
    assert engine().assess(f"I have a headache. {yes.words}").facts.pregnant
    assert not engine().assess(f"I have a headache. {no.words}").facts.pregnant


@pytest.mark.parametrize(
    "complaint",
    ["I have a headache", "I've got a sore throat", "hay fever is bad", "I have a mouth ulcer"],
)
def test_an_ordinary_duration_does_not_raise_a_self_care_complaint(complaint: str) -> None:
    """The words an answer adds ("for 3 days", "started today") are not a warning sign."""
    assert engine().assess(complaint).level is S
    for answer in ("3 days", "since this morning"):
        words = parse("duration", answer, T0.date())
        assert words is not None
        said = f"{complaint}. {words.words}"
        assert engine().assess(said).level is S, said

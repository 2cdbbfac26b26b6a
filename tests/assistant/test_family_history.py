"""A relative's heart attack or stroke dated by the age it happened at is family history, asked
about for one's own risk — not an emergency now (NICE CKS "CVD risk assessment"); a reading, a
temperature or a clock time after "at" dates nothing, and a new event said now still is one."""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, assert_level, assert_not_emergency, rules

NOT_NOW = (
    "my dad had a heart attack at 52, should I get my cholesterol checked?",
    "mum had a stroke at 60, what can I do to lower my own risk",
    "my brother had a heart attack at the age of 45, do I need tests",
    "grandad had a stroke at 71, does that mean I will",
    "my father had a cardiac arrest at 58, is it in the genes",
)

STILL_NOW = (
    ("my dad had a heart attack at 52 and now he has crushing chest pain again", E),
    ("he had chest pain at 20 past 3 and its still crushing now", E),
    ("his sats are at 85 and lips blue", E),
    ("her oxygen at 84 and she is struggling to breathe", E),
    ("sugar at 30 and she is confused and drowsy, type 1", E),
    ("he collapsed at 55 minutes into the match and is not breathing", E),
    ("my mum had a heart attack at 50, I am 35, no symptoms, can I get a cholesterol test", R),
)


@pytest.mark.parametrize("text", NOT_NOW)
def test_an_event_at_an_age_is_history(text: str) -> None:
    assert_not_emergency(rules(), text)


@pytest.mark.parametrize(("text", "want"), STILL_NOW)
def test_readings_times_and_new_events_still_count(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)

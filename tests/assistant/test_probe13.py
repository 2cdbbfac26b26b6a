"""The glass test and carbon monoxide said in other words (session, 2026-12-06).

NICE NG143 and the NHS meningitis page: a rash that does not fade under a pressed glass is an
emergency. People say it as "doesn't go when I press a glass on it", "I can still see them
through the glass", "it stays red when I press the glass". A rash that goes when pressed, or a
sunburn that "doesn't go away" with no glass, is not this.

The NHS carbon monoxide page: symptoms since a heater or boiler came on, shared by the people
(and pets) at home, are poisoning until shown otherwise (999 or A&E). A dog sleepy after a walk
is not.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, S, assert_level, rules

LEVELS: list[tuple[str, TriageLevel]] = [
    ("she's had a cold all week and now a rash that doesnt go when i press a glass on it", E),
    ("little red dots on his tummy, i pressed a glass on them and could still see them through the glass", E),
    ("the spots stayed purple when i pushed the tumbler on them", E),
    ("rash on her legs stays red when I press the glass against it, she's hot", E),
    ("the rash goes away when I press on it and it's very itchy", S),
    ("since we switched the gas fire on we've all got headaches and even the cat is being sick", E),
    ("me and the kids feel dizzy and sleepy since we lit the charcoal in the bedroom", E),
    ("tension headache after a long day at work, the heating was on in the office", S),
]


@pytest.mark.parametrize(("text", "want"), LEVELS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, "en")

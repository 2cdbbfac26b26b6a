"""Emergencies said mildly, found by probing families (session, 2026-12-06).

NICE NG143 and the NHS meningitis page: a rash that does not fade under a pressed glass is an
emergency. People say it as "doesn't go when I press a glass on it", "I can still see them
through the glass", "it stays red when I press the glass". A rash that goes when pressed, or a
sunburn that "doesn't go away" with no glass, is not this.

The NHS carbon monoxide page: symptoms since a heater or boiler came on, shared by the people
(and pets) at home, are poisoning until shown otherwise (999 or A&E). A dog sleepy after a walk
is not.

The UK Sepsis Trust's adult safety net and the NHS sepsis page: an infection with less urine
than usual, or hot and shivery and very unwell, needs medical advice at once (same day); a
fever with a cold, drinking and peeing as usual, is looked after at home.

Said as something milder: "period pain" on one side with a late period and feeling faint (NHS
ectopic pregnancy: 999 if very dizzy or faint), an arm that "went weak" (NHS stroke, FAST: one
arm weak), an older person "not making much sense" after a fall (NHS: sudden confusion). An arm
weak after lifting at the gym is not a stroke.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS: list[tuple[str, TriageLevel]] = [
    ("she's had a cold all week and now a rash that doesnt go when i press a glass on it", E),
    ("red dots on his tummy, pressed a glass on them and could still see them through it", E),
    ("the spots stayed purple when i pushed the tumbler on them", E),
    ("rash on her legs stays red when I press the glass against it, she's hot", E),
    ("the rash goes away when I press on it and it's very itchy", S),
    ("since we switched the gas fire on we've all got headaches and even the cat is being sick", E),
    ("me and the kids feel dizzy and sleepy since we lit the charcoal in the bedroom", E),
    ("tension headache after a long day at work, the heating was on in the office", S),
    ("feel really rough, a temperature and shivers, and I've hardly peed today", U),
    ("my husband has a fever and is peeing less than usual", U),
    ("hot and shivery with a high temperature and I feel really unwell", U),
    ("fever with a cold, drinking plenty and peeing normally", S),
    ("my period is a week late and I've got period pain on my left side, I nearly fainted", E),
    ("her right arm just went weak while she was talking to me", E),
    ("grandad (80) isn't making much sense today, he fell over yesterday", E),
    ("bad period pain on day 1 of my period as usual, paracetamol helps", S),
    ("ten years ago my arm went weak for a while, they said a mini stroke. can I fly?", R),
]


@pytest.mark.parametrize(("text", "want"), LEVELS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, "en")

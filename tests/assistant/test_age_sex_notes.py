"""An age and sex in a note ("88F", "91F") is not a temperature in Fahrenheit (2026-12-07).

Pharmacists and community health workers open a note with the person's age and sex. Read as
88 °F (31 °C), "88F" made a question about a vitamin D dose a hypothermia emergency (NEWS2
red). A bare "F" after a number below 96 is now an age and sex; a reading with a temperature
word or "degrees" is still a temperature, and so is any plausible fever in Fahrenheit.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, assert_level, assert_not_emergency, rules

AGE_SEX = [
    "Pharm note: 88F, asks about vitamin D dose, no other issues",
    "Note: 91F on warfarin, wants her INR check date",
    "CHV visit: 87F lives alone, BP check due next month",
    "86F, asking if she can take paracetamol with her blood pressure tablets",
]

READINGS: list[tuple[str, TriageLevel]] = [
    ("temp 88f and shivering, found on the floor in the cold", E),
    ("found granny on the kitchen floor, thermometer says 89 degrees F, very sleepy", E),
    ("my 2 month old baby has 100.8F", E),
]


@pytest.mark.parametrize("text", AGE_SEX)
def test_an_age_and_sex_is_not_a_temperature(text: str) -> None:
    assert_not_emergency(rules(), text)
    assert "vital_signs_red" not in [f.id for f in rules().assess(text).fired]


@pytest.mark.parametrize(("text", "want"), READINGS)
def test_a_reading_in_fahrenheit_still_counts(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)

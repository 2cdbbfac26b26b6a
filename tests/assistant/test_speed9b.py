"""Speed-ups of the reading that must not change what is read (second pass): a finding that
may begin with a digit (``\\d``), or with too many beginnings to list in full, is tried only at
the word starts it may begin at (a digit of any script, or its shorter beginnings) instead of
over the whole text, and finds the same matches as running its pattern over the whole text."""

from __future__ import annotations

import re

import pytest

from selfcare.assistant.engine import Engine
from selfcare.assistant.engine.lexicon import DIGIT, PREFIX, analyse
from tests.assistant.test_speed7 import _whole_text

# Our own phrasings, full of numbers: ages, doses, weeks, readings, in several scripts.
NUMBERS = (
    "she is 34 weeks pregnant and since 2 hours her head hurts, bp 165/112",
    "took 12 tablets of 500mg about 3 hours ago, 2nd time this year",
    "my boy is 18 months, 10kg, temp 39.4 for 3 days, 4 wet nappies today",
    "baby born 2 days ago at 35 weeks, now 3 weeks old, feeding every 3 hours",
    "fell off a 3 metre ladder, cut about 4 cm long on the shin",
    "٣ days of fever and ٢ episodes of vomiting, ٤ years old",
    "mimba ya wiki 30, homa siku 3, mtoto wa miezi 2",
    "tengo 28 semanas de embarazo y 2 días con dolor, 38,7 de fiebre",
    "j'ai 3 jours de fièvre à 39 et mon bébé a 6 semaines",
    "mujhe 3 din se bukhar hai, BP 170/115, ३ गोलियाँ खा लीं",
)


@pytest.fixture(scope="module", name="engine")
def _engine() -> Engine:
    return Engine(similarity=False)


@pytest.mark.parametrize("text", NUMBERS)
def test_numbers_are_read_as_over_the_whole_text(engine: Engine, text: str) -> None:
    for code in engine.understands:
        reader = engine.reader(code)
        norm = reader.normalise(text)
        reader._heads.clear()
        first, again = reader._matches(norm), reader._matches(norm)  # words then remembered
        assert first == again == _whole_text(engine, code, norm), code


def test_a_digit_beginning_stands_for_a_digit_of_any_script() -> None:
    needs, begins = analyse(re.compile(r"(?<![^\W_])\d+ ?(?:days?|weeks?)(?![^\W_])"))
    assert begins == {DIGIT}
    assert needs is not None and "day" in needs
    # a literal before the digit keeps it: "x" then any digit
    assert analyse(re.compile(r"(?<![^\W_])x\d+"))[1] == {"x" + DIGIT}
    # a word class says nothing of how a match begins: tried everywhere
    assert analyse(re.compile(r"(?<![^\W_])\w*ache"))[1] is None


def test_too_many_beginnings_are_shortened_not_dropped() -> None:
    letters = "|".join(f"{a}{b}{c}x" for a in "abcdefgh" for b in "abcdefgh" for c in "abcdefgh")
    _, begins = analyse(re.compile(rf"(?<![^\W_])(?:{letters}) pain"))
    assert begins is not None and 0 < len(begins) <= 400
    assert all(len(b) < PREFIX for b in begins)
    assert "ab" in begins or "abc" in begins

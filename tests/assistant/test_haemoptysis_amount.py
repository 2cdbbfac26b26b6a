"""Blood coughed up, graded by the amount said (2026-12-07).

NHS "Coughing up blood": call 999 or go to A&E for more than a few teaspoons; streaks or specks in
the phlegm are an urgent GP or 111 matter. An amount said as a cup, a glass, a mouthful — with a
hedge or a colour between ("about a cup of bright red blood") — is the emergency in English,
Spanish and Swahili as it already was in Portuguese and French; a little stays urgent.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, U, assert_level, rules

ROWS: list[tuple[str, TriageLevel]] = [
    ("i coughed up about a cup of bright red blood just now, still feel ok mostly", E),
    ("I coughed up a mouthful of blood", E),
    ("coughed up half a cup of blood this morning", E),
    ("coughed up a few specks of blood", U),
    ("there was a streak of blood in my phlegm this morning", U),
    ("tosí como una taza de sangre", E),
    ("escupi un vaso de sangre al toser", E),
    ("tosí y salió un poco de sangre en la flema", U),
    ("nimekohoa kikombe kizima cha damu", E),
    ("nimekohoa damu kidogo kwenye makohozi", U),
    ("tossi um copo de sangue", E),
    ("j'ai craché une tasse de sang en toussant", E),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)

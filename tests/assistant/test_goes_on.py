"""A fit said to go on is a fit that has not stopped (NHS epilepsy: call 999 when a fit does
not stop), and "without knowing" says how something happened, not that what follows is absent
(NegEx pseudo-negation): the throat closing after a food eaten "sin saber" is anaphylaxis."""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, assert_level

ROWS = [
    ("husband's fits not stopping", E),
    ("her fits won't stop, its been ten minutes", E),
    ("his fits keep coming one after the other", E),
    ("the fits are still going on, he's blue", E),
    ("the new shoes fit well, fits me nicely", R),  # not understood: never self-care
    ("comió cacahuate sin saber y se le está cerrando la garganta", E),
    ("me tomé un jugo con maní sin fijarme y siento que se me cierra la garganta", E),
    ("se cayó sin querer y no despierta", E),
    # a real denial keeps its reading: without fever, without breathing trouble
    ("tos sin fiebre desde hace dos días, sin dificultad para respirar", S),
    ("dolor de cabeza sin saber por qué desde hace un mes", R),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(engine(), text, want)

"""Spanish (es): our own messages, through the public engine entry point."""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel

ENGINE = engine()


@pytest.mark.parametrize(
    "text",
    [
        "mi bebe no respira",
        "mi bebé no respira!!",
        "mi papá se desmayó y no reacciona",
        "me duele mucho el pecho y se me va al brazo izquierdo, estoy sudando",
        "a mi abuela se le cayo la cara de un lado y habla raro",
        "mi hijo esta convulsionando",
    ],
)
def test_emergencies_in_spanish_are_emergencies(text: str) -> None:
    assert ENGINE.assess(text).level is TriageLevel.EMERGENCY


def test_a_crisis_statement_reaches_the_crisis_path() -> None:
    a = ENGINE.assess("ya no quiero vivir, tengo las pastillas guardadas para esta noche")
    assert a.level is TriageLevel.EMERGENCY
    assert any(f.crisis for f in a.fired)


def test_negated_and_hypothetical_forms_do_not_fire() -> None:
    assert (
        "not_breathing" not in ENGINE.assess("mi hijo respira bien, no tiene fiebre", "es").present
    )
    assert "chest_pain" not in ENGINE.assess("no tengo dolor de pecho, solo tos", "es").present
    assert "seizure" not in ENGINE.assess("que hago si le da una convulsion?", "es").present


def test_ordinary_complaints_are_not_emergencies() -> None:
    for text in ("me duele la garganta desde hace 3 dias", "tengo un resfriado y mocos"):
        assert ENGINE.assess(text).level is not TriageLevel.EMERGENCY


def test_short_spanish_messages_are_detected_as_spanish() -> None:
    for text in ("mi hijo tiene fiebre desde ayer", "me duele mucho la cabeza"):
        assert ENGINE.languages_of(text)[0] == "es"

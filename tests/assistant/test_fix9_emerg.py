"""Emergencies missed in the ninth round (brief fix9-emerg, 2026-12-06), in every language.

Phrasings written for this test (not taken from any evaluation set):

- asthma so bad the person cannot (even) finish a sentence is an asthma attack (NHS asthma
  attack): "even" ("ni", "nem", "hata", "bhi") may stand between "cannot" and "finish";
  a person who says they can talk in full sentences is not one.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from tests.assistant.support import E, assert_level

# --- 1. asthma, cannot even finish a sentence ------------------------------------------------

CANNOT_FINISH_SENTENCE = [
    ("asthma flaring, used the inhaler lots and i cant even finish a sentence", "en"),
    ("my asthma is awful, i cannot really talk in sentences", "en"),
    ("tengo asma y no puedo ni terminar una frase", "es"),
    ("con el asma no consigo terminar de hablar una frase", "es"),
    ("estou com crise de asma e não consigo nem acabar uma frase", "pt"),
    ("pumu imenibana, siwezi hata kumaliza sentensi", "sw"),
    ("अस्थमा का दौरा है, एक वाक्य भी पूरा नहीं बोल पा रही", "hi"),
    ("asthma ho raha hai, ek line bhi poora nahi bol pa rahi", "hi"),
]


@pytest.mark.parametrize(("text", "language"), CANNOT_FINISH_SENTENCE)
def test_asthma_cannot_even_finish_a_sentence_is_an_emergency(text: str, language: str) -> None:
    found = assert_level(engine(), text, E, language)
    assert "breath_severe" in found.present


CAN_TALK = [
    ("my asthma is a bit tight today but i can talk in full sentences", "en"),
    ("tengo algo de asma pero puedo terminar frases sin problema", "es"),
    ("a asma está chata mas consigo terminar as frases", "pt"),
    ("pumu kidogo lakini naweza kumaliza sentensi", "sw"),
]


@pytest.mark.parametrize(("text", "language"), CAN_TALK)
def test_asthma_while_talking_in_sentences_is_not_breath_severe(text: str, language: str) -> None:
    found = engine().assess(text, language)
    assert "breath_severe" not in found.present
    assert found.level is not E, [f.id for f in found.fired]

"""Emergencies missed in the ninth round (brief fix9-emerg, 2026-12-06), in every language.

Phrasings written for this test (not taken from any evaluation set):

- asthma so bad the person cannot (even) finish a sentence is an asthma attack (NHS asthma
  attack): "even" ("ni", "nem", "hata", "bhi") may stand between "cannot" and "finish";
  a person who says they can talk in full sentences is not one;
- a child's eyes rolling or turning over is a fit (NHS febrile seizures), with "are", "estão"
  between, Spanish "se le voltean los ojos", French "les yeux qui tournent"; rolling one's eyes
  at someone, or all eyes turning towards someone, is not;
- a burn with the skin gone ("la peau est partie", "the skin has gone"), white in places, or a
  whole arm or half the trunk burnt is a serious burn (NHS burns and scalds); skin gone red on
  a burnt finger is not.
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


# --- 4. eyes rolling or turning over -----------------------------------------------------------

EYES_ROLLING = [
    ("toddler is burning up and her eyes are rolling up", "en"),
    ("a mi hijo con fiebre se le viraron los ojos", "es"),
    ("la nena tiene calentura y los ojos se le voltearon", "es"),
    ("meu neto com febre ficou com os olhos revirando", "pt"),
    ("le petit a de la fièvre, ses yeux roulent", "fr"),
]


@pytest.mark.parametrize(("text", "language"), EYES_ROLLING)
def test_eyes_rolling_is_a_fit(text: str, language: str) -> None:
    found = assert_level(engine(), text, E, language)
    assert "seizure" in found.present


NOT_EYES_ROLLING = [
    ("my son rolls his eyes whenever I ask him to tidy up", "en"),
    ("quand je parle tous les yeux se tournent vers moi", "fr"),
]


@pytest.mark.parametrize(("text", "language"), NOT_EYES_ROLLING)
def test_rolling_eyes_at_someone_is_not_a_fit(text: str, language: str) -> None:
    found = engine().assess(text, language)
    assert "seizure" not in found.present
    assert found.level is not E


# --- 2. a burn with the skin gone, white in places, or a whole limb --------------------------

SERIOUS_BURN = [
    ("l'eau bouillante s'est renversée sur sa cuisse, la peau est partie", "fr"),
    ("brûlé par la friteuse, c'est blanc par endroits", "fr"),
    ("il s'est brûlé toute la jambe avec de l'huile", "fr"),
    ("scalded my arm with the kettle and the skin has gone", "en"),
]


@pytest.mark.parametrize(("text", "language"), SERIOUS_BURN)
def test_burn_with_skin_gone_or_large_is_serious(text: str, language: str) -> None:
    found = assert_level(engine(), text, E, language)
    assert "serious_burn" in {f.id for f in found.fired}


def test_a_small_burn_gone_red_is_not_serious() -> None:
    found = engine().assess("touched the iron with my thumb, the skin has gone red", "en")
    assert "burn_serious" not in found.present
    assert found.level is not E

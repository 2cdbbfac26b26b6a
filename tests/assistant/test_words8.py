"""Emergencies said in plain words (issues 10/11), in every language we read.

Three families were read too low: speech lost or hard to get out (a stroke sign: NHS FAST,
"they may not be able to talk at all"), numbness of a named arm, leg or face (a named side
is one side), and someone not conscious after a fall or on their own. Each is checked with
what must now be an emergency and with the near-misses that must stay below it: a hoarse
voice or a voice lost with a cold (laryngitis), a toddler not talking yet, trouble speaking
in public or in another language, pins and needles from lying on an arm, numb fingers in the
cold, numbness with back pain (sciatica) or at night (carpal tunnel), and a faint after
which the person came round at once.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from tests.assistant.support import E, R, S, U, assert_level

# --- speech lost or hard to get out ------------------------------------------------------

SPEECH_EMERGENCY = [
    ("my grandad is struggling with speech since breakfast", "en"),
    ("she is having real difficulty talking, it started an hour ago", "en"),
    ("my wife can't speak, she was fine at dinner", "en"),
    ("mi esposo tiene dificultad para hablar", "es"),
    ("a mi tía le cuesta hablar desde anoche", "es"),
    ("meu avô está com dificuldade de falar", "pt"),
    ("minha irmã não consegue falar desde o almoço", "pt"),
    ("mon mari a des difficultés à parler depuis une heure", "fr"),
    ("ma grand-mère n'arrive plus à parler", "fr"),
    ("mume wangu ana shida ya kuongea tangu jana", "sw"),
    ("bibi hawezi kuzungumza tangu saa tatu", "sw"),
    ("dadaji ko baat karne me takleef ho rahi hai", "hi"),
    ("नानी को बोलने में परेशानी हो रही है", "hi"),
    ("papa ki awaaz band ho gayi hai", "hi"),
    ("माँ की आवाज़ बंद हो गई है", "hi"),
]

SPEECH_BELOW = [
    ("my voice has been croaky for ten days", "en", S),
    ("lost my voice after shouting at the match and I have a cold", "en", S),
    ("I have trouble speaking in front of people at work", "en", None),
    ("my two year old is not talking yet, he just babbles", "en", None),
    ("tengo la voz ronca por el resfriado", "es", None),
    ("mi hijo tiene problemas para hablar en público", "es", None),
    ("estou rouco por causa do resfriado", "pt", None),
    ("j'ai une extinction de voix avec un rhume", "fr", None),
    ("sauti imekauka kwa sababu ya mafua", "sw", None),
    ("gala kharab hai aur awaaz baith gayi", "hi", None),
    ("mujhe angrezi bolne me dikkat hoti hai", "hi", None),
]


@pytest.mark.parametrize(("text", "language"), SPEECH_EMERGENCY)
def test_speech_lost_or_hard_to_get_out_is_an_emergency(text: str, language: str) -> None:
    found = assert_level(engine(), text, E, language)
    assert "stroke_fast" in [f.id for f in found.fired]


@pytest.mark.parametrize(("text", "language", "want"), SPEECH_BELOW)
def test_a_hoarse_voice_shyness_or_a_late_talker_is_not_a_stroke(
    text: str, language: str, want: object
) -> None:
    found = engine().assess(text, language)
    assert "stroke_fast" not in [f.id for f in found.fired], text
    assert found.level is not E, f"{text!r} -> {found.level.value}"
    if want is not None:
        assert found.level is want, f"{text!r} -> {found.level.value}, want {want}"


# --- numbness of a named arm, leg or face ------------------------------------------------

NUMB_EMERGENCY = [
    ("there is no feeling in my left leg", "en"),
    ("my dad lost all sensation in his right arm", "en"),
    ("no motion in her right leg", "en"),
    ("perdió la sensibilidad en la pierna izquierda", "es"),
    ("não sinto nada, perdi a sensibilidade na perna direita", "pt"),
    ("il a perdu la sensibilité de la jambe droite", "fr"),
    ("mguu wa kushoto umekufa ganzi", "sw"),
    ("dadi ka baaya pair sunn ho gaya", "hi"),
    ("पापा का दायां हाथ सुन्न हो गया है", "hi"),
]

NUMB_BELOW = [
    ("woke up with pins and needles in my left arm from lying on it, it went after a minute", "en"),
    ("my fingers go white and numb when it is freezing outside", "en"),
    ("backache with tingling down my right leg for a week", "en"),
    ("my right hand goes numb at night and wakes me", "en"),
]


@pytest.mark.parametrize(("text", "language"), NUMB_EMERGENCY)
def test_numbness_of_a_named_side_is_a_stroke_sign(text: str, language: str) -> None:
    found = assert_level(engine(), text, E, language)
    assert "stroke_fast" in [f.id for f in found.fired]


@pytest.mark.parametrize(("text", "language"), NUMB_BELOW)
def test_numbness_from_pressure_cold_a_nerve_or_at_night_is_not(text: str, language: str) -> None:
    found = engine().assess(text, language)
    assert "stroke_fast" not in [f.id for f in found.fired], text


@pytest.mark.parametrize("text", ["ungliyan sunn ho gayi hain", "उंगलियां सुन्न हो गई हैं"])
def test_numb_fingers_in_hindi_are_understood(text: str) -> None:
    found = engine().assess(text, "hi")
    assert found.understood, text
    assert "hand_numb" in found.present
    assert found.level in (R, S, U)


# --- not conscious, after a fall or on its own -------------------------------------------

UNCONSCIOUS = [
    ("nani bathroom me gir gayi, hosh nahi", "hi", True),
    ("नाना जी गिर गए होश नहीं", "hi", True),
    ("bhai behosh hai uth nahi raha", "hi", False),
    ("babu ameanguka na hajaamka", "sw", True),
    ("shangazi amezimia na hajaamka", "sw", False),
    ("mi abuelo se cayó en la calle y no reacciona", "es", True),
    ("minha tia desmaiou e não volta", "pt", False),
    ("meu avô caiu e não acorda", "pt", True),
    ("ma tante est tombée et ne répond plus", "fr", True),
    ("mon fils ne se réveille pas", "fr", False),
]


@pytest.mark.parametrize(("text", "language", "fell"), UNCONSCIOUS)
def test_not_conscious_is_an_emergency(text: str, language: str, fell: bool) -> None:
    found = assert_level(engine(), text, E, language)
    assert "unresponsive" in [f.id for f in found.fired]
    if fell:  # "hosh nahi" after the fall does not deny the fall
        assert "fall" in found.present and "fall" not in found.negated


FAINTED_AND_CAME_ROUND = [
    ("my sister fainted but came round straight away and is chatting now", "en"),
    ("se desmayó pero despertó enseguida y ya habla", "es"),
    ("ela desmaiou mas acordou logo e está conversando", "pt"),
    ("il s'est évanoui mais s'est réveillé tout de suite", "fr"),
    ("alizimia lakini ameamka sasa anaongea", "sw"),
    ("hosh nahi khoya, bas chakkar aaya tha", "hi"),
]


@pytest.mark.parametrize(("text", "language"), FAINTED_AND_CAME_ROUND)
def test_a_faint_that_came_round_stays_below_emergency(text: str, language: str) -> None:
    found = engine().assess(text, language)
    assert found.level is not E, f"{text!r} -> {found.level.value}: {[f.id for f in found.fired]}"

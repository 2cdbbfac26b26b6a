"""Found in the twelfth round's misses, mended in the session (both sides).

A purple toe or leg that still walks is a bruise, not a person going blue (NHS bruises; the
colour of a breathless person or a baby stays a 999 sign). A Portuguese message with two words
Spanish also lists among its common words ("está", "respirar") and one Portuguese ("ele") was
read in Spanish alone, which did not understand it: every other language's common words now
count against reading a message in one language without asking the model. Yellow crusts on a
baby's scalp are cradle cap, not jaundice or impetigo (NHS cradle cap); a teething baby who
drools is teething, not saliva that cannot be swallowed (NHS teething).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, S, U, assert_level, rules


def languages(text: str) -> list[str]:
    return rules().languages_of(text)


LEVELS: list[tuple[str, str | None, TriageLevel]] = [
    # a colour after a knock that still walks or moves: a bruise
    ("bati o dedinho do pé na quina da cama, ta roxinho mas consigo andar", "pt", S),
    ("caí e a perna ta roxa mas ando normal", "pt", S),
    ("ta roxo, mas consegue andar normal", "pt", S),
    # a person or a baby going blue: 999 still
    ("o bebê está roxo e não respira", "pt", E),
    ("a boca dele ficou roxa", "pt", E),
    ("my baby has gone blue", "en", E),
    ("he's gone blue and he can't breathe", "en", E),
    ("she went purple and she can barely breathe", "en", E),
    # Portuguese with words Spanish shares, read without being told the language
    ("ele está roxo e mal consegue respirar", None, E),
    ("ela está roxa e não consegue respirar direito", None, E),
    # yellow crusts on a baby's scalp: cradle cap; yellow skin or eyes: jaundice, same day
    ("mon bébé de 4 mois a des croûtes jaunes sur le cuir chevelu, il va très bien", "fr", S),
    ("meu bebê de 3 meses tem umas casquinhas amarelas na cabeça, está bem", "pt", S),
    ("mi bebé de 2 meses tiene costritas amarillas en la cabeza, está bien", "es", S),
    ("mon bébé a les yeux jaunes", "fr", U),
    ("mon bébé de 2 semaines est tout jaune", "fr", U),
    ("mon bébé a des croûtes jaunes autour du nez qui coulent", "fr", U),
    # a teething baby who drools; saliva that will not go down after food stuck stays
    ("al nene le están saliendo los dientes, babea todo y muerde todo, sin fiebre", "es", S),
    ("se me atoró un pedazo de carne en el esófago", "es", U),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_level(text: str, language: str | None, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("ele está roxo e mal consegue respirar", "pt"),
        ("mi hijo está morado y no puede respirar", "es"),
        ("tengo dolor de cabeza desde ayer", "es"),
    ],
)
def test_the_language_read_first(text: str, first: str) -> None:
    assert languages(text)[0] == first


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [
        (
            "mon bébé de 4 mois a des croûtes jaunes sur le cuir chevelu, il va très bien",
            "fr",
            "cradle_cap",
        ),
        ("mon fils a des croûtes jaunes autour de la bouche", "fr", "impetigo"),
    ],
)
def test_the_topic_answered(text: str, language: str, topic: str) -> None:
    assert rules().assess(text, language).topic == topic

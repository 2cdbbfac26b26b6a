"""Emergencies the eighth blind round missed (issues 10/11), in our own words.

An overdose of all of a named medicine; wanting to die with a weapon beside them; letters
written to the family with "today is the day"; fits in pregnancy in Hindi typed in Latin
letters; skin coming off after a burn of the hands or belly; swollen lips and breathing
trouble in Hindi; a button battery or magnet swallowed in the safety-net languages. Near
misses on each side stay where they were.
"""

from __future__ import annotations

import pytest

from tests.assistant.support import E, assert_level, rules


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("he took all his amitriptyline about two hours ago and says he is fine", "en"),
        ("my sister swallowed all of her quetiapine after the row", "en"),
        ("te juro que me quiero matar, tengo una pistola en el cajon", "es"),
        ("se quiere matar y tiene un cuchillo en la mano", "es"),
        ("I want to kill myself, my dad's gun is right here", "en"),
        ("escrevi cartas pra minha familia. hoje é o dia", "pt"),
        ("I've written letters to my kids. today is the day", "en"),
        ("deje cartas para mis hijos. hoy es el dia", "es"),
        ("bhabhi 8 mahine pregnant hai aur unko fits aa rahe hain", "hi"),
        ("dadi ko achanak fits aane lage", "hi"),
        ("ubalta paani gir gaya pura pair aur pet jal gaya", "hi"),
        ("garam tel se haath jal gaya aur chamdi utar gayi", "hi"),
        ("jhinga khaya aur ab hothon pe soojan aa gayi saans phool rahi hai", "hi"),
    ],
)
def test_now_an_emergency(text: str, language: str) -> None:
    assert_level(rules(), text, E, language)


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a letter or "today is the day" alone is not a farewell
        ("today is the day, my exam results come out", "en", None),
        ("escrevi uma carta pra minha mae no aniversario dela", "pt", None),
        # a weapon without any wish to die is not a crisis
        ("me corte con un cuchillo de cocina pelando papas", "es", None),
        # all of a course of tablets taken as prescribed is not an overdose
        ("finished all my amoxicillin course last week", "en", None),
    ],
)
def test_near_misses_stay_below_emergency(text: str, language: str, want: object) -> None:
    found = rules().assess(text, language, frozenset())
    assert found.level is not E, (text, [f.id for f in found.fired])
    if want is not None:
        assert found.level is want, (text, found.level)


def test_sunburn_peeling_is_not_a_serious_burn() -> None:
    text = "sunburnt my hands at the beach and the skin is peeling"
    found = rules().assess(text, "en", frozenset())
    assert "serious_burn" not in [f.id for f in found.fired]


@pytest.mark.parametrize(
    "text",
    [
        "nakalunok ng baterya ng relo si bunso",
        "anak saya tertelan baterai jam",
    ],
)
def test_battery_swallowed_in_the_net_languages(text: str) -> None:
    found = rules().assess(text, None, frozenset())
    assert found.level is E, (text, [f.id for f in found.fired])

"""Ordinary neighbours of emergency words, read as what they are (2026-12-07): a cut on the
leg is not a limb cut off (Spanish "se cortó la pierna"), a box cutter is a tool, not a
self-harm word, the day's tablets taken as usual are not an overdose, and a phone about to
die is a flat battery (Indonesian "mau mati"), and an ankle twisted in a fall down the stairs
is a sprain, not major trauma; too much coffee, or a hangover the morning after, is not
alcohol poisoning. The emergencies beside them still are."""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, S, U, assert_level, assert_not_emergency, rules

NOT_EMERGENCIES = (
    "se corto un poco la pierna con una hoja de papel",
    "me corte el dedo pelando papas, poquita sangre",
    "je me suis coupe le doigt avec un cutter en ouvrant un carton, ca saigne un peu",
    "cut my thumb with a box cutter opening a parcel",
    "I took all my blood pressure tablets this morning as usual, can I have a coffee",
    "took all my morning pills like always, is it ok to have grapefruit",
    "hp saya mau mati, ada charger?",
    "batre hp mau mati nih, nanti aku kabarin",
    "fell down the stairs yesterday, twisted my ankle, can walk on it but its sore",
    "tropece en la escalera y me torci el tobillo, puedo caminar",
    "drank too much coffee this morning and was sick, feel shaky",
    "had too much to drink last night and threw up, hungover",
)

LEVELS = (
    ("se corto la mano, le quedo colgando", E),
    ("se le corto el dedo entero con la sierra", E),
    ("caiu da escada alta da obra e nao mexe as pernas", E),
    ("se corto un dedo con la sierra, se lo arranco", E),
    ("car crash an hour ago, my arm is bent the wrong way", E),
    ("fell down the stairs and now cant feel her legs", E),
    ("came off my motorbike at speed and injured my hip, cant get up", E),
    ("she drank a bottle of vodka and now wont wake up and is being sick", E),
    ("my mate drank a whole bottle of vodka and keeps throwing up, hes really drowsy", E),
    ("I took all my tablets, the whole box, I want to sleep forever", E),
    ("took all my mums sleeping tablets an hour ago", E),
    ("im a cutter and i went too deep tonight, it wont stop bleeding", E),
    ("she is a cutter, found fresh cuts on her arms today", U),
    ("aku mau mati aja, udah capek", E),
    ("saya ingin mati malam ini", E),
    ("cut my thumb with a box cutter opening a parcel", S),
)


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_ordinary_neighbours_are_not_emergencies(text: str) -> None:
    assert_not_emergency(rules(), text)


@pytest.mark.parametrize(("text", "want"), LEVELS)
def test_the_emergencies_beside_them_still_are(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)

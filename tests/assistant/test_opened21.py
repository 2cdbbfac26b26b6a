"""Families the twenty-first blind round's first run showed missing (after its figures were
recorded; the messages here are our own): a message of two or three words none of its readings
understood is read in every language we help in ("no respira" detected as English); "a lot of
tablets" said any way in French; bladder control lost with back pain in Latin-script Hindi
('pe', 'rok nahi pa raha'); a blow taken to the head said as in sport; the amount of blood
coughed up said after it."""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level

ROWS = [
    ("no respira", E),
    ("ya no respira", E),
    ("ne respire plus", E),
    ("no se", R),
    ("ok thanks", R),
    ("pas mal", R),
    ("il a avalé beaucoup de comprimés hier soir", E),
    ("elle a pris énormément de cachets", E),
    ("kamar me dard hai aur peshab pe control nahi hai", E),
    ("kamar dard ke saath pishab rok nahi pa raha", E),
    ("कमर दर्द के साथ पेशाब रोक नहीं पा रहा", E),
    ("khansne pe thoda peshab nikal jata hai", R),
    ("got a clatter on the head at football and been sick twice since", E),
    ("my dad gave me a belt for christmas, my head aches a little", None),
    ("coughing up blood, nearly a whole cup of it", E),
    ("coughed up a small streak of blood in my phlegm this morning", U),
    ("feeling really low since february, crying every day, no thoughts of harming myself", R),
    ("ando muy triste desde enero, lloro todos los días, no pienso hacerme daño", R),
    ("je me sens déprimée depuis janvier, je pleure souvent, aucune idée de me faire du mal", R),
    ("nina huzuni tangu Februari, nalia kila siku, sina mawazo ya kujidhuru", R),
    ("my cold started on march 3rd, just a runny nose", S),
    ("my wife is so hard to wake this evening, she falls straight back asleep", E),
    ("mi abuelo está muy difícil de despertar desde la tarde", E),
    ("minha avó está muito difícil de acordar hoje", E),
    ("ma grand-mère est très difficile à réveiller ce soir", E),
    ("bibi ni vigumu kumwamsha tangu mchana", E),
    ("dadi ko jagana bahut mushkil ho raha hai aaj", E),
    ("feeling drowsy today with this flu", U),
    ("my teenager is hard to wake for school every morning", None),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel | None) -> None:
    if want is None:  # an ordinary message: never an emergency
        assert engine().assess(text).level is not E, text
    else:
        assert_level(engine(), text, want)

"""Wanting to die with medicines to hand, and wrists or veins cut, in every language (session).

NICE NG225 and the NHS page on suicidal thoughts treat access to the means as a warning on its
own: "I want to die and I have pills" is a 999 message, as Spanish and Hindi already read it
while English, French, Portuguese and Swahili read it as thoughts alone (same day). Cutting
the wrists or the veins is serious self-harm (NHS self-harm: call 999 if you have seriously
hurt yourself), as Spanish and Swahili read it. Medicines named without a wish to die, and a
cut wrist from broken glass or long ago, stay where they were; so does a Portuguese cut while
cooking, no longer read as self-harm.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS: list[tuple[str, str, TriageLevel]] = [
    # a wish to die with medicines to hand
    ("I want to die and I have a bottle of pills", "en", E),
    ("my sister says she wants to die and she has pills in her room", "en", E),
    ("he keeps saying he wants to end his life, he's got all his mum's tablets", "en", E),
    ("je veux mourir, j'ai des médicaments", "fr", E),
    ("elle dit qu'elle veut mourir et elle a des cachets dans sa chambre", "fr", E),
    ("quero morrer e tenho remédios em casa", "pt", E),
    ("meu irmão fala que quer morrer e tem uma caixa de remédios", "pt", E),
    ("nataka kufa na nina vidonge", "sw", E),
    ("quiero morirme y tengo pastillas", "es", E),
    ("मैं मरना चाहती हूं और मेरे पास नींद की गोलियां हैं", "hi", E),
    # medicines to hand without a wish to die: as before
    ("I have pills for my blood pressure", "en", S),
    ("feeling low lately, I have tablets from the GP for it", "en", R),
    ("I had thoughts of ending it years ago, now I have tablets for my heart", "en", R),
    ("j'ai des médicaments pour la tension", "fr", S),
    ("tenho remédios para dor de cabeça em casa", "pt", S),
    # wrists or veins cut
    ("I slashed my wrists", "en", E),
    ("she cut her wrists", "en", E),
    ("je me suis tailladé les veines", "fr", E),
    ("il s'est ouvert les veines", "fr", E),
    ("cortei os pulsos", "pt", E),
    ("ela cortou os pulsos", "pt", E),
    ("me corté las venas", "es", E),
    # a wrist cut by accident, long ago, or sore: not this
    ("I cut my wrist on a broken glass while washing up", "en", S),
    ("I used to cut my wrists as a teen", "en", U),
    ("I cut my wrists years ago", "en", R),
    ("my wrists hurt from typing", "en", S),
    # Portuguese "me cortei" is also the everyday cut: what cut, where or while doing what
    # makes it one (NHS cuts and grazes); on purpose, or to feel relief, stays self-harm
    ("me cortei com a faca fazendo comida", "pt", S),
    ("minha filha se cortou no vidro", "pt", S),
    ("me cortei no braço de propósito", "pt", U),
    ("ela se cortou nas coxas pra aliviar", "pt", U),
    ("minha filha se cortou de novo, vi os braços dela", "pt", U),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_level(text: str, language: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)

"""Found by the round-11 helpers and the session's eval, mended in the session (both sides).

A cut on the hand while chopping vegetables is not a part cut off (Hindi "हाथ कट गया");
afraid of getting hurt at the gym is not being afraid of harming oneself (Portuguese); cauda
equina told as "can't really feel my bum" with "not been able to get a wee out" had reached
emergency only through "both legs heavy", no longer read as weakness (en-n-027).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS: list[tuple[str, str, TriageLevel]] = [
    # a cut while cooking; a part cut off, or a whole finger, still an emergency
    ("सब्जी काटते हुए हाथ कट गया", "hi", S),
    ("sabzi kaatte hue haath kat gaya, thoda khoon aaya", "hi", S),
    ("chaku se ungli kat gayi, chhota sa cut hai", "hi", S),
    ("मशीन में उंगली कटकर अलग हो गई", "hi", E),
    ("ungli kat ke alag ho gayi", "hi", E),
    ("पूरी उंगली कट गई", "hi", E),
    # cauda equina said with "can't really feel", retention as "can't get a wee out", a bad
    # back; heavy legs alone are not it (test_scope11), these are
    (
        "had a bad back for a week, now I can't really feel my bum or between my legs when"
        " I wipe and I've not been able to get a wee out properly since this morning",
        "en",
        E,
    ),
    ("I can't really feel my bum when I wipe", "en", E),
    ("haven't been able to get a wee out since lunch", "en", E),
    ("I can't really feel my toes in the cold", "en", R),
    ("had a bad back for a week after lifting boxes", "en", S),
    # months of a pregnancy are not a baby's age (a baby under 3 months with a fever is 999;
    # a pregnant woman with a fever is same day: NHS)
    ("estou grávida de 2 meses e estou com febre", "pt", U),
    ("estoy embarazada de 2 meses y tengo un poco de fiebre", "es", U),
    ("2 mahine ki pregnancy hai aur bukhar hai", "hi", U),
    ("मैं 2 महीने की गर्भवती हूं और बुखार है", "hi", U),
    ("meu bebê de 2 meses está com febre", "pt", E),
    ("mi hija tiene 2 meses y tiene fiebre", "es", E),
    ("beti 2 mahine ki hai, bukhar hai", "hi", E),
    # afraid of hurting oneself is still a crisis
    ("tenho medo de me machucar, os pensamentos não param", "pt", E),
    ("não me sinto segura, tenho medo de me machucar", "pt", E),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_level(text: str, language: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)


# Afraid of getting hurt doing something: not read as a crisis, whatever else it is.
NOT_A_CRISIS = [
    ("tenho medo de me machucar na academia", "pt"),
    ("tenho medo de me machucar jogando bola", "pt"),
]


@pytest.mark.parametrize(("text", "language"), NOT_A_CRISIS)
def test_not_a_crisis(text: str, language: str) -> None:
    a = rules().assess(text, language)
    assert a.level.rank > E.rank and not any(f.crisis for f in a.fired), (text, a.level)

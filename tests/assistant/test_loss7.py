"""Sudden loss of function said as something gone, lost or stopped: the sight of one eye
("the vision in my left eye is gone", "blacked out in one eye"), the strength, use or
feeling of a limb ("the strength in his right arm went", "her leg stopped working", "no
power in my left hand"), speech ("lost my speech"), in English, Spanish, Portuguese,
French, Swahili and Hindi. NHS stroke and eye pages: call 999.

The phrasings are our own. The other side is tested too: a loss said to be years old or
dating from an old stroke, one that came on gradually over months, a numb foot in
long-standing diabetes, a pain or swelling that has gone, a lost voice with a cold and
"gone" said of things that are not the body stay below emergency.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import Engine
from tests.assistant.support import E

ENGINE = Engine(similarity=False)


def _read(language: str, text: str) -> tuple[object, set[str]]:
    a = ENGINE.assess(text, language)
    return a.level, {f.id for f in a.fired}


EMERGENCIES = [
    # sight of one eye gone
    ("en", "the vision in my left eye is gone since I woke up", "eye_emergency"),
    ("en", "grandad says the sight out of his right eye has gone dark", "eye_emergency"),
    ("en", "I blacked out in my left eye for a few minutes while reading", "eye_emergency"),
    # strength, use or feeling of a limb gone
    ("en", "the strength in his right arm went about an hour ago", "stroke_fast"),
    ("en", "all of a sudden her left leg stopped working", "stroke_fast"),
    ("en", "there's no power in my left hand since breakfast", "stroke_fast"),
    ("en", "lost the use of my right arm suddenly at work", "stroke_fast"),
    ("en", "the feeling in the right side of my face went suddenly", "stroke_fast"),
    # speech lost
    ("en", "mum lost her speech all of a sudden at dinner", "stroke_fast"),
    ("es", "a mi padre se le fue la fuerza del brazo derecho de golpe", "stroke_fast"),
    ("es", "de la nada su pierna izquierda dejó de funcionar", "stroke_fast"),
    ("es", "mi madre perdió el habla de repente esta tarde", "stroke_fast"),
    ("pt", "o braço direito do meu pai parou de funcionar do nada", "stroke_fast"),
    ("pt", "de repente perdi a força da perna esquerda", "stroke_fast"),
    ("fr", "d'un coup sa jambe gauche ne répond plus", "stroke_fast"),
    (
        "fr",
        "plus de force dans le bras droit depuis une heure, c'est venu brutalement",
        "stroke_fast",
    ),
    ("sw", "ghafla mkono wa kulia wa baba umeacha kufanya kazi", "stroke_fast"),
    ("sw", "mama hana nguvu kwenye mguu wa kushoto tangu asubuhi ghafla", "stroke_fast"),
    ("hi", "अचानक पापा के बाएं पैर में जान नहीं रही", "stroke_fast"),
    ("hi", "achanak papa ke daaye haath mein jaan nahi rahi", "stroke_fast"),
    ("hi", "अचानक माँ के दाएं हाथ ने काम करना बंद कर दिया", "stroke_fast"),
    ("hi", "दादी का अचानक से बोलना बंद हो गया", "stroke_fast"),
    ("hi", "achanak se dadi ka bolna band ho gaya", "stroke_fast"),
]


@pytest.mark.parametrize(("language", "text", "flag"), EMERGENCIES)
def test_function_gone_is_an_emergency(language: str, text: str, flag: str) -> None:
    level, fired = _read(language, text)
    assert level is E
    assert flag in fired


NOT_EMERGENCIES = [
    # long-standing, or dating from an old stroke or accident
    ("en", "the sight in my right eye has been gone for years, it's my lazy eye"),
    ("en", "his left arm has been weak ever since his stroke four years ago"),
    ("en", "her right leg stopped working properly after her accident 10 years back"),
    ("en", "the strength in my legs has gone slowly over the past months"),
    ("en", "my eyesight has gone gradually over the last year, I need new glasses"),
    ("en", "numb feet, I've been diabetic for 12 years"),
    # something else gone
    ("en", "the pain in my arm has gone now"),
    ("en", "the swelling in my ankle has gone down"),
    ("en", "my wifi signal is gone again"),
    ("en", "my appetite went after the flu"),
    ("en", "I lost my voice with this cold"),
    ("en", "my eye went out of focus reading small print"),
    ("es", "la fuerza en las rodillas se me fue poco a poco con los años"),
    ("fr", "plus de batterie dans mon portable"),
    ("sw", "mguu umekufa ganzi, nina kisukari miaka mingi"),
    ("hi", "bukhar band ho gaya"),
    ("hi", "सिर में दर्द होना बंद हो गया"),
    ("hi", "दादी की उल्टी बंद हो गई"),
]


@pytest.mark.parametrize(("language", "text"), NOT_EMERGENCIES)
def test_old_gradual_or_not_the_body_is_not_an_emergency(language: str, text: str) -> None:
    level, fired = _read(language, text)
    assert level is not E, fired

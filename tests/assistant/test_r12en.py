"""English round-12 misses, mended as families (both sides).

Caribbean "mih" and "siddong" (my, sitting) on a heart attack's pressure; someone else said to
say nobody will miss them, with the means; blood or fluid out of the ear and asking the same
thing over and over after a fall from a height (NICE NG232); a cloth pressed on a wound soaked
through, blood like a fountain (NHS severe bleeding, also Hinglish); a sore throat on
carbimazole or clozapine (MHRA: urgent blood count); "can't even keep water down" (NHS: 111);
pain on the thumb side of the wrist after a fall (scaphoid, NHS: same day); a note's "G1 32wks"
with a raised blood pressure (NICE NG133: same-day assessment).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS: list[tuple[str, str, TriageLevel]] = [
    # Caribbean English "mih" (my), "siddong/siddung" (sitting): crushing chest pain to the jaw
    # or arm is 999 (NHS heart attack); a sore knee said the same way stays self-care
    ("feel like somebody siddung on mih chest and the pain going down mih left arm", "en", E),
    ("like a big man siddong on mih chest, ah sweating bad", "en", E),
    ("mih knee hurting since last week", "en", S),
    # someone else saying nobody will miss them, with the means (NICE NG225, NHS: 999); said
    # alone it is still a warning sign; said of a retiring colleague it is nothing
    ("my sister keeps saying nobody would miss her and she has been hoarding her pills", "en", E),
    ("he keeps telling me no one would even notice and he took a rope to his room", "en", E),
    ("she keeps saying nobody will miss her", "en", U),
    ("the old manager retired last week, nobody will miss him", "en", R),
    # a fall from a height with blood out of the ear, or asking the same thing over and over
    # after a head injury (NICE NG232: 999 or A&E)
    ("my son fell off the scaffolding at work and has blood coming out his ear", "en", E),
    ("he hit his head on the shelf and theres blood leaking out his ear", "en", E),
    ("banged her head and keeps asking what happened over and over", "en", E),
    ("came off the ladder, about 2 metres", "en", E),
    ("came off my bike, grazed my knee", "en", S),
    # the cloth pressed on a wound soaked through, blood like a fountain (NHS: 999)
    ("cut my finger, pressed a tissue on it for 10 min and its soaked through", "en", E),
    ("sliced my arm on a window, blood spurting like a fountain", "en", E),
    ("the blood's only a little, it stopped quickly", "en", R),
    ("ladke ke pair se khoon nal jaisa beh raha hai", "hi", E),
    ("patti baandhi phir bhi khoon nahi ruk raha", "hi", E),
    ("पैर से खून फव्वारे जैसा निकल रहा है", "hi", E),
    ("कपड़ा बाँधा फिर भी खून नहीं रुक रहा", "hi", E),
    ("ungli pe chhota sa cut hai, khoon ruk gaya", "hi", S),
    ("a mi hermano le sale la sangre como una fuente del brazo", "es", E),
    ("damu inatoka kama bomba kwenye mguu wake", "sw", E),
    # a sore throat, fever or mouth ulcers on carbimazole or clozapine: urgent blood count
    # (MHRA, BNF); a question about taking it is not
    ("on clozapine, now got a sore throat and temperature", "en", U),
    ("my mum takes carbimazole and her throat is really sore", "en", U),
    ("tomo carbimazol y me duele la garganta", "es", U),
    ("I'm on carbimazole, when is the best time to take it?", "en", R),
    # being sick and unable to keep even water down (NHS diarrhoea and vomiting: 111)
    ("cant even keep sips of water down since yesterday", "en", U),
    ("he can't really keep any fluids down, been sick all night", "en", U),
    ("I can keep water down but not food", "en", R),
    # thumb-side wrist pain after a fall (NHS broken wrist; scaphoid: X-ray the same day); the
    # same pain from typing is not a fracture
    ("slipped on ice, wrist tender in the snuffbox", "en", U),
    ("fell playing football. pain at the base of his thumb, wrist a bit puffy", "en", U),
    ("sore thumb side of my wrist from typing all day", "en", S),
    # a note's gravida then weeks is a pregnancy: a raised blood pressure is same day (NICE
    # NG133); a G number without weeks is not
    ("G3 at 28 weeks, bp 150/100", "en", U),
    ("28F G1 32wks, BP 144/92 today", "en", U),
    ("G1 results came back fine, bp 144/92", "en", R),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_level(text: str, language: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)

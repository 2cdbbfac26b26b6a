"""A sign said with its own "not" is not denied by an earlier "not" (scope, 2026-12-07).

"my dad is not moving and not answering me" lists two signs of someone who cannot be roused
(NHS when to call 999: unconscious, not responding); the first "not" used to reach over
"moving and" into "not answering me" and deny it, so the message came back routine. NegEx
ends a cue's scope at the next cue: a finding that says its own negation in its first words
("not answering", "ne respire pas", "no responde") after an "and" starts a scope of its own.
A cue right before such a finding still denies it ("não tô confuso nem sem ar"), so do an
"or" list and a noun qualified ("no spots that don't fade"); denials of ordinary findings are
unchanged.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, S, U, assert_level, rules

ROWS: list[tuple[str, TriageLevel]] = [
    ("my dad is not moving and not answering me", E),
    ("grandma is lying on the floor not moving and not responding", E),
    ("he fell down, is not talking and not breathing", E),
    ("the baby is floppy and not feeding at all and not waking for feeds, 3 weeks old", E),
    ("mi papa no se mueve y no responde", E),
    ("mi abuela esta en el piso, no habla y no respira", E),
    ("meu pai caiu, não se mexe e não responde", E),
    ("minha avó não fala e não respira direito", E),
    ("mon père ne bouge plus et ne répond pas", E),
    ("ma grand-mère est par terre, ne parle pas et ne respire pas", E),
    ("elle ne parle pas et ne respire pas", E),
    ("baba hasongi na hajibu", E),
    ("bibi ameanguka, haongei na hapumui", E),
    ("papa hil nahi rahe aur jawab nahi de rahe", E),
    ("पापा हिल नहीं रहे और जवाब नहीं दे रहे", E),
    # denials of ordinary findings are still denials
    ("no cough and no runny nose, just a bit tired after a late night", S),
    ("not feverish and not coughing, just sneezing a lot", S),
    ("she is eating and drinking fine, no fever, not floppy, just a runny nose", S),
    ("he is not unwell, not off his food, just a bit of a cold", S),
    # a noun qualified by a "not" is still denied ("no spots that don't fade")
    ("he has a cold, no spots that dont fade under a glass, eating fine", S),
    ("I do not have a rash that is not fading, just a runny nose", S),
    # a cue right before a finding that starts with its own "without" still denies it
    (
        "minha perna tá vermelha, quente e inchada desde ontem, a vermelhidão tá subindo e "
        "hoje deu febre de 38. não tô confuso nem sem ar",
        U,
    ),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


def test_passed_out_is_not_a_pain_that_passed() -> None:
    """ "never passed out" after "no chest pain" is a fainting denied, not chest pain that
    passed (the episode's words took the "never" and left the faint undenied)."""
    found = rules().assess("my heart skips a beat sometimes, no chest pain, never passed out")
    assert found.level is not TriageLevel.EMERGENCY, [f.id for f in found.fired]

"""Indirect suicidal statements in English, by family (session, 2026-12-06).

NICE NG225 and the NHS page on suicidal thoughts list the warning signs people write in other
words than "suicide": the means bought by the pack or saved up over weeks, "don't worry about
me any more" beside the means, a decision ("I've sorted it", "she says she is at peace now")
beside a goodbye or things given away, a method said as a place or a vehicle (a flyover, the
car park roof, stepping in front of a train), hopelessness said with "no point". Each family's
neighbours stay where they were: pain relief bought for a period, stepping off a bus, "no
point going to the GP for a cold", "at peace now the knee pain is gone".
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, S, U, assert_level, rules

LEVELS: list[tuple[str, TriageLevel]] = [
    # the means bought by the pack, with hopelessness or talk of being a burden
    ("so tired of being a burden on everyone. bought 3 packets of paracetamol for later", E),
    ("feel completely worthless, picked up a few boxes of sleeping tablets on the way home", E),
    ("went round 4 chemists and got loads of paracetamol, i just want to stop existing", E),
    # the means saved up over weeks
    ("been saving my sleeping pills for months and now i have enough", E),
    ("my mum has kept back her morphine over the last few weeks and says she is calm about it", E),
    # "don't worry about me any more" beside the means
    ("dont worry about me anymore, the rope is in the shed", E),
    ("you wont have to worry about me after tonight. i have my tablets", E),
    # a decision beside the means, a goodbye or things given away
    ("i've sorted it all out. the pills are counted out on the table", E),
    ("my nephew gave away his bike and his games and says he is at peace now", E),
    ("she's rehomed her dog and she's strangely calm, she said goodbye to all of us", E),
    # a method said as a place or a vehicle
    ("my cousin says he will jump off the flyover, he left the house an hour ago", E),
    ("im at the top of the multi storey car park and im going to jump", E),
    ("he rang me from the station saying he's going to step in front of a train", E),
    ("she said she would lie down on the railway line tonight", E),
    # hopelessness said with "no point", then a wish not to wake
    ("theres no point in anything anymore and i wish i wouldnt wake up tomorrow", U),
    ("i keep thinking about not waking up in the morning, it scares me", U),
    ("no point carrying on anymore, nobody needs me", U),
    # neighbours: not these
    ("bought 2 packs of paracetamol for my period pain, how many can i take", S),
    ("my son is going to step off the bus on his own today, any tips for travel sickness", S),
    ("she says she is at peace now that the pain in her knee is gone", S),
    ("saved up my tablets for the holiday, can I take them on the plane", S),
    ("ive sorted it out, the fever came down with calpol", S),
]


@pytest.mark.parametrize(("text", "want"), LEVELS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, "en")


def test_no_point_denies_nothing_after_it() -> None:
    """'No point' is distress, not a negation of what follows it."""
    a = rules().assess("theres no point in anything and i wish i would never wake up", None)
    assert "suicidal_thoughts" in a.present
    assert "suicidal_thoughts" not in a.negated


def test_thinking_of_not_waking_is_not_someone_unconscious() -> None:
    a = rules().assess("sometimes i think about not waking up", None)
    assert "unresponsive" not in a.present
    assert a.level == U

"""The plan of one health reply: what was decided, before any words.

The engine and the dialogue decide (level, red flags, topic, a question, the safety net);
a renderer words it. The default renderer uses each language's templates; a later one may
use a language model, behind :class:`Wording`, and whatever it writes passes the same
:mod:`selfcare.assistant.render.guard` (level not lowered, number first, sizes, no
diagnosis) or the template words are sent instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, Protocol

from selfcare.assistant.engine import Fired
from selfcare.events import OutboundMessage, TriageLevel

Audience = Literal["self", "child", "baby", "other"]


class Kind(StrEnum):
    EMERGENCY = "emergency"  # the number first, why, one first-aid line
    CRISIS = "crisis"  # suicidal thoughts with a plan or intent: warm, the crisis line
    ADVICE = "advice"  # a level of care, what may help, when to get help
    UPDATE = "update"  # more about the same complaint: what changed, briefly
    NOT_UNDERSTOOD = "not_understood"  # at least routine, one question, the safety net
    MEDICINE = "medicine"  # a medicine question answered at label level


def audience(subject: str) -> Audience:
    """Who a reply is about, from the engine's ``facts.subject``."""
    if subject == "baby":
        return "baby"
    if subject == "child":
        return "child"
    if subject == "other_adult":
        return "other"
    return "self"


@dataclass(frozen=True, slots=True)
class Plan:
    kind: Kind
    level: TriageLevel
    language: str
    audience: Audience = "self"
    topic: str | None = None
    fired: tuple[Fired, ...] = ()  # red flags that fired, most urgent first
    question: str | None = None  # the fact asked about ("age", "temperature"…)
    said: str = ""  # the answer understood, echoed back ("39.8°C")
    changed: bool = False  # an update that changed the level
    medicine: str | None = None  # the medicine advice key
    present: frozenset[str] = frozenset()  # findings said (a warning may not be shown with one)
    welcome: bool = False  # first contact: the welcome goes with it


class Wording(Protocol):
    """A replaceable wording step (a language model, later). It gets the plan and the
    template words, and returns its own words; :func:`~.guard.check` decides whether they
    may be sent."""

    async def word(
        self, plan: Plan, draft: Sequence[OutboundMessage]
    ) -> Sequence[OutboundMessage]: ...

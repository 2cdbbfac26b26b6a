"""What the engine says about one message: the level, why, and what was understood."""

from __future__ import annotations

from dataclasses import dataclass, field

from selfcare.assistant.engine.facts import Facts
from selfcare.assistant.knowledge.loader import REFERENCE
from selfcare.events import TriageLevel


@dataclass(frozen=True, slots=True)
class Fired:
    """One red flag that fired, with the findings of the person that made it fire."""

    id: str
    level: TriageLevel
    source: str
    crisis: bool = False
    topic: str | None = None
    matched: tuple[str, ...] = ()  # finding ids the person reported


@dataclass(frozen=True, slots=True)
class Assessment:
    level: TriageLevel  # never empty: the best estimate from the text
    topic: str | None = None  # knowledge-base topic id that fits best, if any
    fired: tuple[Fired, ...] = ()  # most urgent first
    facts: Facts = field(default_factory=Facts)
    missing: tuple[str, ...] = ()  # facts that would change the level if known ("age", ...)
    present: frozenset[str] = frozenset()  # findings understood
    negated: frozenset[str] = frozenset()  # findings the person said they do not have
    language: str = REFERENCE
    understood: bool = True  # False: no red flag and no topic fitted
    # True: the topic came only from a word that looks like one of its aliases (no red flag,
    # no alias or finding of it said): a reading that understood more is preferred to it
    guessed: bool = False

    @property
    def crisis(self) -> bool:
        return any(f.crisis for f in self.fired)

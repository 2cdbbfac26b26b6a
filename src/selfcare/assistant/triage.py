"""Triage: deterministic, auditable rules that place a message at a level of care.

CONTRACT (other modules rely on these names; keep them):
    assess(text: str) -> Assessment

This file is a placeholder until the real rules land.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from selfcare.events import TriageLevel


@dataclass(frozen=True, slots=True)
class Facts:
    """What was extracted from the text. ``None`` means not said."""

    subject: str = "self"  # "self" | "child" | "baby" | "other_adult"
    age_years: float | None = None
    temperature_c: float | None = None
    duration_days: float | None = None
    pregnant: bool = False
    pregnancy_weeks: int | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule that fired."""

    rule: str  # stable id, e.g. "chest_pain_cardiac"
    level: TriageLevel
    reason: str  # plain words for the person, e.g. "chest pain that spreads to the arm"
    source: str  # URL of the public guidance the rule comes from
    crisis: bool = False  # suicide / self-harm: answer with crisis support


@dataclass(frozen=True, slots=True)
class Assessment:
    level: TriageLevel  # never empty: the best estimate from the text
    topic: str | None = None  # knowledge-base topic id that fits best, if any
    findings: tuple[Finding, ...] = ()  # most urgent first
    facts: Facts = field(default_factory=Facts)
    missing: tuple[str, ...] = ()  # facts that would change the level if known ("age", ...)


def assess(text: str) -> Assessment:
    return Assessment(level=TriageLevel.SELF_CARE)

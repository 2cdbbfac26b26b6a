"""Triage: deterministic, auditable rules that place a message at a level of care.

CONTRACT (other modules rely on these names; keep them):
    assess(text: str) -> Assessment

How a message is placed:

1. ``understanding.understand`` finds concepts (with negation) and facts (subject, age,
   duration, temperature, pregnancy, vital signs).
2. Every rule runs: red flags (``rules_emergency``), then same-day (``rules_urgent``), then
   routine (``rules_routine``). Each finding carries a stable rule id, a plain-words reason and
   the public guidance it comes from. The most urgent finding sets the level, so a message with
   several complaints takes the most urgent one; nothing ever lowers a level.
3. With no finding, the level is the matched topic's ``default_level``, else ``self_care``.
4. ``missing`` lists facts not given that would change the level if known, found by asking
   the same rules "what if" (a baby under 3 months, a fever for 5 days...).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from selfcare.assistant import topics
from selfcare.assistant.facts import Facts, Vitals
from selfcare.assistant.rules import Case, Rule, vital_signs
from selfcare.assistant.rules_emergency import RULES as EMERGENCY_RULES
from selfcare.assistant.rules_routine import RULES as ROUTINE_RULES
from selfcare.assistant.rules_urgent import RULES as URGENT_RULES
from selfcare.assistant.understanding import Understanding, understand
from selfcare.events import TriageLevel

__all__ = ["RULES", "Assessment", "Facts", "Finding", "Vitals", "assess"]

RULES: tuple[Rule, ...] = EMERGENCY_RULES + URGENT_RULES + ROUTINE_RULES
_IDS = [r.id for r in RULES]
assert len(_IDS) == len(set(_IDS)), "rule ids must be unique"


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
    concepts: tuple[str, ...] = ()  # what was understood, for audit and the dialogue
    negated: tuple[str, ...] = ()  # what the person said they do not have

    @property
    def crisis(self) -> bool:
        return any(f.crisis for f in self.findings)


def _fire(case: Case) -> list[Rule]:
    fired = [rule for rule in RULES if rule.when(case)]
    fired.sort(key=lambda r: r.level.rank)  # stable: rule order within a level is kept
    return fired


def _level(fired: list[Rule], topic: str | None) -> TriageLevel:
    if fired:
        return fired[0].level
    t = topics.get(topic)
    return TriageLevel(t.default_level) if t is not None else TriageLevel.SELF_CARE


def _what_ifs(u: Understanding) -> list[tuple[str, Facts]]:
    """Plausible values for each fact the person did not give."""
    f = u.facts
    options: list[tuple[str, Facts]] = []
    if f.age_years is None:
        if f.subject in ("baby", "child"):
            ages = (
                (0.1, 0.4, 3.0, 10.0)
                if f.subject == "baby" or "fever" in u.present
                else (3.0, 10.0)
            )
        else:
            ages = (30.0, 70.0)
        options += [("age", replace(f, age_years=a)) for a in ages]
    if f.duration_days is None:
        options += [("duration", replace(f, duration_days=d)) for d in (0.5, 6.0, 30.0, 400.0)]
    if f.temperature_c is None and ("fever" in u.present or u.facts.subject == "baby"):
        options += [("temperature", replace(f, temperature_c=t)) for t in (38.3, 39.5, 40.5)]
    # "my nephew has chickenpox and I've been with him": the writer may be the one pregnant
    writer = f.subject != "self" and any(w in u.text.split() for w in ("i", "im", "ive", "me"))
    could_be = f.subject in ("self", "other_adult") and f.sex != "male"
    if not f.pregnant and (could_be or writer):
        options.append(("pregnancy", replace(f, pregnant=True, pregnancy_weeks=24)))
    return options


def _missing(u: Understanding, level: TriageLevel, topic: str | None) -> tuple[str, ...]:
    if level is TriageLevel.EMERGENCY:
        return ()
    missing: list[str] = []
    for name, facts in _what_ifs(u):
        if name in missing:
            continue
        if _level(_fire(Case(u, facts)), topic) is not level:
            missing.append(name)
    return tuple(missing)


def assess(text: str) -> Assessment:
    """Place one message at a level of care. Pure, deterministic and fast (no I/O after the
    first call, which reads the knowledge base once)."""
    u = understand(text or "")
    case = Case(u)
    fired = _fire(case)
    topic = topics.choose(u, tuple(r.topic for r in fired if r.topic))
    level = _level(fired, topic)
    findings = []
    for rule in fired:
        reason = rule.reason
        if rule.id.startswith("vital_signs"):
            reason = vital_signs(case)[1] or reason
        findings.append(Finding(rule.id, rule.level, reason, rule.source, rule.crisis))
    return Assessment(
        level=level,
        topic=topic,
        findings=tuple(findings),
        facts=u.facts,
        missing=_missing(u, level, topic),
        concepts=tuple(sorted(u.present)),
        negated=tuple(sorted(u.negated)),
    )

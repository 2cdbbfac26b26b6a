"""The rule framework: a :class:`Case` to ask questions of, a :class:`Rule` that answers one.

A rule is a stable id, a level, a plain-words reason (never a diagnosis), the public
guidance it comes from, and a predicate over a :class:`Case`. Rules live in
``rules_emergency``, ``rules_urgent`` and ``rules_routine``; :data:`ALL_RULES` keeps them
most-urgent first, which is also the order findings are reported in.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from selfcare.assistant.facts import Facts
from selfcare.assistant.understanding import Understanding
from selfcare.events import TriageLevel

E = TriageLevel.EMERGENCY
U = TriageLevel.URGENT
R = TriageLevel.ROUTINE
S = TriageLevel.SELF_CARE

NHS = "https://www.nhs.uk/conditions/"


_BABY_MENTION = re.compile(
    r"\b(?:baby|babys) (?:is|has|was|keeps|wont|isnt|hasnt)\b|\b(?:my|our) (?:\w+ )?baby\b"
    r"|\binfant\b|\bnew ?born\b"
)


class Case:
    """The questions rules ask: which concepts are present, and the facts of the person.

    ``facts`` may differ from ``understanding.facts`` when the engine asks "what if we knew
    the age/duration?" to work out which missing facts would change the level.
    """

    __slots__ = ("_dur_override", "facts", "u")

    def __init__(self, u: Understanding, facts: Facts | None = None) -> None:
        self.u = u
        self.facts = facts if facts is not None else u.facts
        self._dur_override = (
            self.facts.duration_days if self.facts.duration_days != u.facts.duration_days else None
        )

    # concepts
    def has(self, *concepts: str) -> bool:
        return not self.u.present.isdisjoint(concepts)

    def all(self, *concepts: str) -> bool:
        return self.u.present.issuperset(concepts)

    def count(self, *concepts: str) -> int:
        return len(self.u.present.intersection(concepts))

    def said(self, text: str) -> bool:
        """A literal phrase in the normalised text (for context words, not findings)."""
        return text in self.u.text

    # facts
    @property
    def age(self) -> float | None:
        return self.facts.age_years

    @property
    def baby(self) -> bool:
        age = self.facts.age_years
        if self.facts.subject == "baby" or any(a < 1 for a in self.facts.ages):
            return True  # any baby mentioned: their red flags must not be missed
        if _BABY_MENTION.search(self.u.text):
            return True
        return age is not None and age < 1

    @property
    def child(self) -> bool:
        age = self.facts.age_years
        return self.facts.subject in ("child", "baby") if age is None else age < 16

    def _ages(self) -> tuple[float, ...]:
        age = self.facts.age_years
        return (*self.facts.ages, age) if age is not None else self.facts.ages

    def under(self, years: float) -> bool:
        """Anyone mentioned is younger than ``years`` (the safer reading for red flags)."""
        return any(a < years for a in self._ages())

    def over(self, years: float) -> bool:
        """Anyone mentioned is ``years`` or older (the safer reading for red flags)."""
        return any(a >= years for a in self._ages())

    @property
    def pregnant(self) -> bool:
        return self.facts.pregnant

    def weeks(self) -> int | None:
        return self.facts.pregnancy_weeks

    @property
    def temp(self) -> float | None:
        return self.facts.temperature_c

    @property
    def fever(self) -> bool:
        t = self.facts.temperature_c
        if t is not None:
            return t >= 38.0 or (t >= 37.8 and self.has("fever"))
        return self.has("fever")

    def dur(self, concept: str | None = None) -> float:
        """Days the complaint has lasted; 0 when not said (so ``>=`` tests stay false)."""
        if self._dur_override is not None:
            return self._dur_override
        days = self.u.duration_near(concept) if concept else self.facts.duration_days
        return days if days is not None else 0.0

    def chronic_near(self, *concepts: str) -> bool:
        """Long-standing by what is said *about these findings* (same sentence only): used to
        rule a red flag out, so a duration said about another complaint must not count."""
        if self._dur_override is not None:
            return self._dur_override >= 14
        for c in concepts:
            days = self.u.local_duration(c)
            if (days is not None and days >= 14) or self.u.near(c, "chronic_marker"):
                return True
        return False

    def dur_known(self) -> bool:
        return self.facts.duration_days is not None

    @property
    def chronic(self) -> bool:
        return self.has("chronic_marker") or self.dur() >= 14

    @property
    def male(self) -> bool:
        return self.facts.sex == "male"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    level: TriageLevel
    reason: str
    source: str
    when: Callable[[Case], bool]
    crisis: bool = False
    topic: str | None = None


# --- vital signs ---------------------------------------------------------------------------------


def _child_band(age: float | None) -> int:
    """0: under 1, 1: 1-5, 2: 5-12, 3: 12 and over (APLS-style bands)."""
    if age is None:
        return 1
    if age < 1:
        return 0
    if age < 5:
        return 1
    if age < 12:
        return 2
    return 3


# (amber = urgent, red = emergency) heart-rate and breathing-rate limits by band; NICE NG143
# gives the under-5 figures, the older bands follow common paediatric ranges.
_CHILD_HR = ((160, 180), (140, 165), (130, 150), (120, 140))
_CHILD_RR = ((50, 60), (40, 55), (30, 40), (25, 30))


_CHILD_WORDS = re.compile(
    r"\b(?:baby|babys|infant|toddler|child|kid|son|daughter|boy|girl|newborn|little one|"
    r"\d+ ?(?:yo|yos|yr|yrs|years?|months?|mo|mths?|weeks?|wks?)(?: old)?)\b"
)


def _vitals_are_a_childs(case: Case) -> bool:
    """Child limits only when the sentence with the numbers is about the child: a parent may
    write about a child and paste their own (or a relative's) observations."""
    if not case.child or case.over(16):
        return False
    u, at = case.u, case.facts.vitals.at
    if at is None:
        return True
    s = bisect.bisect_right(u.sentence_starts, at) - 1
    end = u.sentence_starts[s + 1] if s + 1 < len(u.sentence_starts) else len(u.text)
    return (
        bool(_CHILD_WORDS.search(u.text, u.sentence_starts[s], end)) or len(u.sentence_starts) == 1
    )


def vital_signs(case: Case) -> tuple[TriageLevel | None, str]:
    """The most urgent level the pasted vital signs call for, with a plain reason."""
    v = case.facts.vitals
    if not v.any() and case.temp is None:
        return None, ""
    child = _vitals_are_a_childs(case)
    red: list[str] = []
    amber: list[str] = []
    if v.spo2 is not None:
        if v.spo2 <= (92 if child else 91):
            red.append("low oxygen level")
        elif v.spo2 <= (95 if child else 93):
            amber.append("oxygen level lower than normal")
    if v.resp_rate is not None:
        if child:
            amber_rr, red_rr = _CHILD_RR[_child_band(case.age)]
        else:
            amber_rr, red_rr = 21, 25
        if v.resp_rate >= red_rr or v.resp_rate <= 8:
            red.append("very fast or very slow breathing")
        elif v.resp_rate >= amber_rr:
            amber.append("fast breathing")
    if v.heart_rate is not None:
        if child:
            amber_hr, red_hr = _CHILD_HR[_child_band(case.age)]
        else:
            amber_hr, red_hr = 111, 131
        if v.heart_rate >= red_hr or v.heart_rate < 40:
            red.append("very fast or very slow heart rate")
        elif v.heart_rate >= amber_hr:
            amber.append("fast heart rate")
    if v.systolic_bp is not None:
        low = 70 + 2 * int(case.age) if child and case.age is not None else 90
        if v.systolic_bp <= low:
            red.append("low blood pressure")
        elif v.systolic_bp <= 100 and not child:
            amber.append("blood pressure on the low side")
        elif v.systolic_bp >= 180 or (v.diastolic_bp or 0) >= 120:
            if case.has("headache", "chest_pain", "vision_disturbed", "vision_loss", "confusion"):
                red.append("very high blood pressure with symptoms")
            else:
                amber.append("very high blood pressure")
    if v.gcs is not None and v.gcs < 15:
        red.append("reduced level of consciousness")
    if v.glucose_mmol is not None:
        if v.glucose_mmol < 3.0 and case.has("drowsy", "confusion", "unresponsive", "seizure"):
            red.append("very low blood sugar with drowsiness or confusion")
        elif v.glucose_mmol < 4.0 or v.glucose_mmol >= 20:
            amber.append("blood sugar far out of range")
    if v.cap_refill_s is not None and v.cap_refill_s >= 3:
        amber.append("slow skin colour return after pressing")
    t = case.temp
    if t is not None:
        if t <= 35.0:
            red.append("very low body temperature")
        elif t >= 41.0:
            red.append("very high temperature")
    if red:
        return E, ", ".join(red)
    if amber:
        return U, ", ".join(amber)
    return None, ""

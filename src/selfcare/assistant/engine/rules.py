"""Red flags as decision tables: a :class:`Case` to ask questions of, and :func:`fires`.

A red flag fires when any row of its table holds; a row holds when every condition it gives
holds (see :class:`selfcare.assistant.knowledge.schema.Row`). What a table cannot say —
vital-sign scoring — is a named function in :mod:`.checks`, referenced from the row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from selfcare.assistant.engine.facts import Facts
from selfcare.assistant.engine.understand import Understanding
from selfcare.assistant.knowledge.schema import Range, RedFlag, Row
from selfcare.events import TriageLevel

CHRONIC_DAYS = 14


class Case:
    """The questions rows ask: which findings are present, and the facts of the person.

    ``facts`` may differ from ``understanding.facts`` when the engine asks "what if we knew
    the age/duration?" to work out which missing facts would change the level.
    """

    __slots__ = ("_dur_override", "crisis", "facts", "local", "present", "u")

    def __init__(
        self,
        u: Understanding,
        facts: Facts | None = None,
        present: frozenset[str] | None = None,
        local: frozenset[str] = frozenset(),
        crisis: Callable[[TriageLevel, bool], bool] | None = None,
    ) -> None:
        self.u = u
        self.local = local  # conditions common where the person is (from the country pack)
        # Whether the message is said like crisis messages of a level, at the model's usual or
        # strict threshold (the learned crisis model, :mod:`.similarity`); None: no model for
        # its language, never
        self.crisis = crisis
        self.facts = facts if facts is not None else u.facts
        self.present = present if present is not None else u.present
        self._dur_override = (
            self.facts.duration_days if self.facts.duration_days != u.facts.duration_days else None
        )

    def said_like_crisis(self, level: TriageLevel, strict: bool = False) -> bool:
        return self.crisis is not None and self.crisis(level, strict)

    # findings
    def has(self, *findings: str) -> bool:
        return not self.present.isdisjoint(findings)

    def all(self, *findings: str) -> bool:
        return self.present.issuperset(findings)

    def count(self, *findings: str) -> int:
        return len(self.present.intersection(findings))

    # facts
    @property
    def age(self) -> float | None:
        return self.facts.age_years

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
    def baby(self) -> bool:
        if self.facts.subject == "baby" or any(a < 1 for a in self.facts.ages):
            return True  # any baby mentioned: their red flags must not be missed
        return self.has("baby_mentioned") or (self.age is not None and self.age < 1)

    @property
    def child(self) -> bool:
        age = self.facts.age_years
        return self.facts.subject in ("child", "baby") if age is None else age < 16

    @property
    def temp(self) -> float | None:
        return self.facts.temperature_c

    @property
    def fever(self) -> bool:
        t = self.facts.temperature_c
        if t is not None:
            return t >= 38.0 or (t >= 37.8 and self.has("fever"))
        return self.has("fever")

    def dur(self, finding: str | None = None) -> float | None:
        """Days the complaint (or ``finding``) has lasted, if said."""
        if self._dur_override is not None:
            return self._dur_override
        return self.u.duration_near(finding) if finding else self.facts.duration_days

    def chronic_near(self, *findings: str) -> bool:
        """Long-standing by what is said *about these findings* (a duration in the same
        clause; a "for years" said of them, `Understanding.said_of`): used to rule a red flag
        out, so one said about another complaint must not count ("BP for years, but this
        evening her face dropped")."""
        if self._dur_override is not None:
            return self._dur_override >= CHRONIC_DAYS
        for f in findings:
            days = self.u.local_duration(f)
            if (days is not None and days >= CHRONIC_DAYS) or self.u.said_of(f, "chronic_marker"):
                return True
        return False

    @property
    def chronic(self) -> bool:
        return self.has("chronic_marker") or (self.dur() or 0.0) >= CHRONIC_DAYS

    def new(self, finding: str) -> bool:
        """Present, and sudden or not said to be long-standing."""
        return self.has(finding) and (self.has("sudden") or not self.chronic_near(finding))

    def recent(self, finding: str) -> bool:
        """Present, and not said to be long-standing in its own sentence (sudden or not)."""
        return self.has(finding) and not self.chronic_near(finding)


Check = Callable[[Case], bool]


def _in(value: float | None, r: Range) -> bool:
    if value is None:
        return r.unknown
    if r.at_least is not None and value < r.at_least:
        return False
    return r.under is None or value < r.under


def _age(c: Case, r: Range) -> bool:
    # The safer reading: a message may mention two people (a mother and her baby).
    if not c._ages():
        return r.unknown
    low = r.at_least is None or c.over(r.at_least)
    high = r.under is None or c.under(r.under)
    return low and high


def may_hold(row: Row, present: frozenset[str]) -> bool:
    """Whether ``row``'s conditions on findings alone hold: those no fact changes, so a row
    failing them is not asked again when the engine asks "what if" about the facts."""
    if row.all and not present.issuperset(row.all):
        return False
    if row.any and present.isdisjoint(row.any):
        return False
    if any(present.isdisjoint(group) for group in row.one_of):
        return False
    if row.none and not present.isdisjoint(row.none):
        return False
    if row.at_least and len(present.intersection(row.at_least.of)) < row.at_least.n:
        return False
    return all(f in present for f in (*row.new, *row.recent))


def holds(row: Row, c: Case, checks: Mapping[str, Check]) -> bool:
    """Whether every condition ``row`` gives holds for ``c``."""
    if row.all and not c.all(*row.all):
        return False
    if row.any and not c.has(*row.any):
        return False
    if any(not c.has(*group) for group in row.one_of):
        return False
    if row.none and c.has(*row.none):
        return False
    if row.at_least and c.count(*row.at_least.of) < row.at_least.n:
        return False
    if any(not c.new(f) for f in row.new):
        return False
    if any(not c.recent(f) for f in row.recent):
        return False
    if row.near and not c.u.near(*row.near):
        return False
    if any(c.u.near(*pair) for pair in row.not_near):
        return False
    if row.age is not None and not _age(c, row.age):
        return False
    if row.child is not None and c.child is not row.child:
        return False
    if row.baby is not None and c.baby is not row.baby:
        return False
    if row.pregnant is not None and c.facts.pregnant is not row.pregnant:
        return False
    if row.weeks is not None and not _in(c.facts.pregnancy_weeks, row.weeks):
        return False
    if row.postpartum is not None and c.facts.postpartum is not row.postpartum:
        return False
    if row.sex is not None and c.facts.sex != row.sex:
        return False
    if row.fever is not None and c.fever is not row.fever:
        return False
    if row.temperature is not None and not _in(c.temp, row.temperature):
        return False
    if row.days is not None and not _in(c.dur(row.days.of), row.days):
        return False
    if row.chronic is not None and c.chronic is not row.chronic:
        return False
    if row.local and c.local.isdisjoint(row.local):
        return False
    if row.check is not None and not checks[row.check](c):
        return False
    return row.not_check is None or not checks[row.not_check](c)


def fires(flag: RedFlag, c: Case, checks: Mapping[str, Check]) -> bool:
    return any(holds(row, c, checks) for row in flag.when)

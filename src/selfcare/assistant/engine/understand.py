"""Understanding one message in one language: findings with their scope, and the facts.

``Reader(language).read(text)`` normalises the text, finds every finding's mentions, decides
each mention's scope (absent, past, hypothetical, someone else's: :mod:`.scope`), and
extracts the facts (who it is about, age, duration, temperature, pregnancy, vital signs).

A *symptom* counts as present when one of its mentions is in none of those scopes. A
*context* or *modifier* finding ("on blood thinners", "diabetic", "sudden") counts whenever it
is said: scope does not apply to it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from selfcare.assistant.engine import patterns
from selfcare.assistant.engine.facts import FactReader, Facts, Vitals, extract_vitals
from selfcare.assistant.engine.lexicon import DIGIT, Compiled, Lexicon, word_heads
from selfcare.assistant.engine.patterns import PatternStore
from selfcare.assistant.engine.scope import ScopedText, ScopeRules
from selfcare.assistant.engine.text import Normaliser
from selfcare.assistant.knowledge.loader import Language
from selfcare.assistant.knowledge.schema import Finding, LanguageSpec, Scope

_SENTENCE = re.compile(r" [.!?] ")
# A past illness this long ago is history, not the course of today's complaint; a recent one
# may be ("had covid 2 months ago, still tired" is long covid), so its duration counts.
_LONG_AGO_DAYS = 365.0
_FAMILY = "family_history"  # findings said of relatives by their nature (family_history_heart)
MAX_CHARS = 4000  # analysed per message; more is never a health message (the rest is stored)
_MAX_HEADS = 50_000  # word beginnings remembered per language (a few MB at most)


@dataclass(frozen=True, slots=True)
class Mention:
    finding: str
    start: int
    end: int
    negated: bool = False
    past: bool = False
    hypothetical: bool = False
    someone_else: bool = False

    @property
    def current(self) -> bool:
        return not (self.negated or self.past or self.hypothetical or self.someone_else)


@dataclass(frozen=True, slots=True)
class Understanding:
    language: str
    text: str  # normalised
    present: frozenset[str]
    negated: frozenset[str]  # said to be absent, and not also said to be present
    mentions: tuple[Mention, ...]
    facts: Facts
    durations: tuple[tuple[int, float], ...]  # (position, days)
    sentence_starts: tuple[int, ...]
    scoped: ScopedText | None = None
    child_mentions: tuple[int, ...] = ()  # where a child or baby is named
    writer: bool = False  # the writer speaks of themselves ("I", "me")
    # Where a finding's ``absent`` phrase took back one of its mentions ("quiero morir de
    # verguenza": a figure of speech): a topic's alias said there is not meant either.
    absent_spans: tuple[tuple[int, int], ...] = ()

    def negated_at(self, start: int) -> bool:
        """Whether a phrase starting at ``start`` in :attr:`text` falls in a negation's scope."""
        return self.scoped is not None and self.scoped.negated(start, start)

    def absent_at(self, start: int, end: int) -> bool:
        """Whether the phrase ``text[start:end]`` overlaps an ``absent`` phrase that took back
        a finding's mention."""
        return any(lo < end and start < hi for lo, hi in self.absent_spans)

    def past_at(self, start: int) -> bool:
        """Whether a phrase starting at ``start`` in :attr:`text` is dated in the past ("a
        miscarriage last year", "a TIA 2 years ago")."""
        return self.scoped is not None and self.scoped.historical(start, start)

    def supposed_at(self, start: int) -> bool:
        """Whether a phrase starting at ``start`` in :attr:`text` is said as a supposition
        ("what to do if he ever has a fit")."""
        return self.scoped is not None and self.scoped.hypothetical(start, start)

    def _sentence(self, pos: int) -> tuple[int, int]:
        s = bisect.bisect_right(self.sentence_starts, pos) - 1
        end = self.sentence_starts[s + 1] if s + 1 < len(self.sentence_starts) else len(self.text)
        return self.sentence_starts[s], end

    def _clause(self, pos: int) -> tuple[int, int]:
        """The clause around ``pos``, a comma counting as its end."""
        lo, hi = self._sentence(pos) if self.scoped is None else self.scoped.clause(pos)
        comma = self.text.rfind(" , ", lo, pos)
        lo = comma + 3 if comma >= 0 else lo
        after = self.text.find(" , ", pos, hi)
        return lo, after if after >= 0 else hi

    def local_duration(self, finding: str) -> float | None:
        """The longest duration said in a clause that mentions ``finding`` (no fallback).

        Used to rule a red flag out as long-standing, so only what is said in the same clause
        counts: "a heart attack last year and now crushing chest pain" is new chest pain."""
        best: float | None = None
        for m in self.mentions:
            if m.finding == finding and not m.negated:
                lo, hi = self._clause(m.start)
                for pos, days in self.durations:
                    if lo <= pos < hi and (best is None or days > best):
                        best = days
        return best

    def near(self, finding: str, other: str) -> bool:
        """Whether ``other`` is said in the same sentence as ``finding``."""
        spans = [self._sentence(m.start) for m in self.mentions if m.finding == finding]
        return any(
            lo <= m.start < hi
            for m in self.mentions
            if m.finding == other and not m.negated
            for lo, hi in spans
        )

    def said_of(self, finding: str, other: str) -> bool:
        """Whether ``other`` (a "for years") is said of ``finding``: in its clause, or in its
        sentence in a clause of its own that names nothing else ("one side of her face droops,
        it has been like that for years"); not in another complaint's clause ("BP for years,
        but this evening her face dropped")."""
        for m in self.mentions:
            if m.finding != finding:
                continue
            lo, hi = self._clause(m.start)
            s_lo, s_hi = self._sentence(m.start)
            for o in self.mentions:
                if o.finding != other or o.negated or not s_lo <= o.start < s_hi:
                    continue
                if lo <= o.start < hi:
                    return True
                c_lo, c_hi = self._clause(o.start)
                if not any(
                    c_lo <= x.start < c_hi and (x.end <= o.start or x.start >= o.end)
                    for x in self.mentions
                ):
                    return True
        return False

    def duration_near(self, finding: str) -> float | None:
        """The longest duration said in the same sentence as ``finding``, else overall."""
        spans = [m for m in self.mentions if m.finding == finding and not m.negated]
        if not spans or not self.durations:
            return self.facts.duration_days
        best: float | None = None
        for m in spans:
            lo, hi = self._sentence(m.start)
            for pos, days in self.durations:
                if lo <= pos < hi and (best is None or days > best):
                    best = days
        return best if best is not None else self.facts.duration_days


def _merged(own: Scope, also: Scope) -> Scope:
    """One language's scope cues with another's added (English, mixed into most messages)."""
    joined = {
        name: tuple(dict.fromkeys((*getattr(own, name), *getattr(also, name))))
        for name, value in own
        if isinstance(value, tuple)
    }
    gaps = f"{own.gap_stops}|{also.gap_stops}"
    light = "|".join(w for w in (own.gap_light, also.gap_light) if w)
    return own.model_copy(update={**joined, "gap_stops": gaps, "gap_light": light})


class Reader:
    """Everything needed to understand text in one language, compiled once.

    With ``also`` (English, for every other language), its words are read too, and its scope
    cues and facts count: people mix English into their own language ("nina chest pain",
    "chest me pain ho raha hai", "mi hijo tiene fever").
    """

    def __init__(
        self,
        language: Language,
        findings: Mapping[str, Finding],
        also: Reader | None = None,
        store: PatternStore | None = None,
    ) -> None:
        spec = language.spec
        self.spec: LanguageSpec = spec
        self.code = spec.code
        self.also = also
        self.normalise = Normaliser(spec.normalise)
        self.lexicon = Lexicon(spec, language.findings, store)
        self.lexicons = (self.lexicon, *((also.lexicon,) if also else ()))
        self.scope = ScopeRules(_merged(spec.scope, also.spec.scope) if also else spec.scope)
        self.facts = FactReader(spec.facts)
        # a message announced as several questions (``LanguageSpec.parts``), its own words
        # or English's read beside them
        said = [p for p in (spec.parts, also.spec.parts if also else "") if p]
        self.parts = patterns.compile("|".join(f"(?:{p})" for p in said)) if said else None
        # Where each finding can begin (its first characters at a word start), so a text is
        # indexed once and each finding tried only there; and the literal words a match
        # needs, to skip it when none occurs. Both are necessary for a match: the same
        # matches as running every pattern over the whole text.
        self._order: list[tuple[str, Compiled]] = []
        self._anywhere: list[int] = []  # findings whose beginnings cannot be told
        self._by_begin: dict[str, list[int]] = {}
        for lexicon in self.lexicons:
            for name, compiled in lexicon.findings.items():
                k = len(self._order)
                self._order.append((name, compiled))
                if compiled.begins is None:
                    self._anywhere.append(k)
                for begin in compiled.begins or ():
                    self._by_begin.setdefault(begin, []).append(k)
        # A word's first characters -> the findings that may begin there (every beginning of
        # ``_by_begin`` it starts with), filled as words are met: an index of the lexicon, not
        # of any message, so :meth:`forget` keeps it (bounded: a flood of odd words stops it).
        self._heads: dict[str, tuple[int, ...]] = {}
        # Context and modifiers (risk factors, "sudden", "severe") count whatever the tense.
        self.context = frozenset(f.id for f in findings.values() if f.kind != "symptom")
        # What a finding tells about a pregnancy (its ``pregnancy`` attribute in the data).
        self.pregnancy_only = frozenset(f.id for f in findings.values() if f.pregnancy == "implies")
        self.no_pregnancy = frozenset(f.id for f in findings.values() if f.pregnancy == "rules_out")
        # Said in the past, still a risk: a clause's opening time does not date them.
        self.past_is_risk = frozenset(f.id for f in findings.values() if f.past_is_risk)
        # English words read alongside: their findings come after this language's own.
        self._own = len(self.lexicon.findings)
        self._false_friends = spec.false_friends if also else frozenset()
        self._read = lru_cache(maxsize=256)(self._read)  # type: ignore[method-assign]

    def read(self, text: str) -> Understanding:
        """What ``text`` says (cached: one turn reads the same text for each assessment)."""
        return self._read(text)

    def forget(self) -> None:
        self._read.cache_clear()  # type: ignore[attr-defined]
        self.facts.forget()

    def _read(self, text: str) -> Understanding:
        norm = self.normalise((text or "")[:MAX_CHARS])
        matches = self._matches(norm)
        # A cue inside a finding's own words is part of the finding ("not pooed", "can't
        # breathe"), not a negation of what follows it.
        scoped = self.scope.read(norm, [(start, end) for _, start, end in matches])
        mentions: list[Mention] = []
        present: set[str] = set()
        negated: set[str] = set()
        for name, start, end in matches:
            mention = self._mention(name, start, end, scoped)
            mentions.append(mention)
            if mention.current:
                present.add(name)
            elif mention.negated:
                negated.add(name)
        absent = [item for lexicon in self.lexicons for item in lexicon.absent.items()]
        absent_spans: list[tuple[int, int]] = []
        for name, compiled in absent:
            if not compiled.possible(norm) or not compiled.pattern.search(norm):
                continue
            negated.add(name)
            if name not in present:
                continue
            own = [mm for mm in mentions if mm.finding == name]
            found = [compiled.pattern.search(norm, mm.start, mm.end + 30) for mm in own]
            if all(f or not mm.current for f, mm in zip(found, own, strict=True)):
                present.discard(name)
                absent_spans.extend(
                    (min(mm.start, f.start()), f.end())
                    for f, mm in zip(found, own, strict=True)
                    if f
                )
        durations = list(self.facts.durations_in(norm))
        durations = self._writers_durations(norm, scoped, mentions, durations)
        spans = (
            self.facts.pregnancy_spans(norm)
            if self.facts.pregnant.search(norm)
            else self.facts.said_weeks_spans(norm)
        )
        if spans:
            durations = [(p, d) for p, d in durations if not any(lo <= p < hi for lo, hi in spans)]
        return Understanding(
            language=self.code,
            text=norm,
            present=frozenset(present),
            negated=frozenset(negated - present),
            mentions=tuple(mentions),
            facts=self._facts(norm, present, durations, self._others_told(norm, scoped)),
            durations=tuple(durations),
            sentence_starts=(0, *(m.end() for m in _SENTENCE.finditer(norm))),
            scoped=scoped,
            child_mentions=tuple(
                m.start()
                for pattern, who in self.facts.subjects
                if who in ("child", "baby")
                for m in pattern.finditer(norm)
            ),
            writer=bool(self.facts.writer.search(norm)),
            absent_spans=tuple(absent_spans),
        )

    def _matches(self, norm: str) -> list[tuple[str, int, int]]:
        """Every finding's matches in ``norm``, (finding, start, end), in finding order: the
        same as each pattern's ``finditer`` over the whole text.
        A finding with known beginnings is tried only at the word starts, in order, that
        begin with one of them; the literal test pays only for those that may begin
        anywhere."""
        candidates: dict[int, list[int] | None] = dict.fromkeys(self._anywhere)
        heads = self._heads
        for pos, head in word_heads(norm):
            found = heads.get(head)
            if found is None:
                found = self._begun(head)
            for k in found:
                positions = candidates.get(k)
                if positions is None:
                    candidates[k] = [pos]
                else:
                    positions.append(pos)
        out: list[tuple[str, int, int]] = []
        for k in sorted(candidates):
            name, compiled = self._order[k]
            at = candidates[k]
            got: list[tuple[str, int, int]] = []
            if at is None:  # may begin anywhere
                if compiled.possible(norm):
                    got = [(name, m.start(), m.end()) for m in compiled.pattern.finditer(norm)]
            else:
                match = compiled.pattern.match
                end = 0
                for pos in at:  # leftmost, non-overlapping, as finditer
                    if pos >= end and (m := match(norm, pos)) is not None:
                        got.append((name, pos, m.end()))
                        end = m.end()
            if k >= self._own and self._false_friends:
                # an English finding made of this language's false friends is not English here
                friends = self._false_friends
                got = [f for f in got if friends.isdisjoint(norm[f[1] : f[2]].split())]
            out.extend(got)
        return out

    def _begun(self, head: str) -> tuple[int, ...]:
        """The findings that may begin where a word starts with ``head`` (remembered)."""
        begun = self._by_begin
        found = tuple(
            sorted(
                {
                    k
                    for n in range(1, len(head) + 1)
                    for begin in (
                        (head[:n], head[: n - 1] + DIGIT)
                        if head[n - 1].isdecimal()
                        else (head[:n],)
                    )
                    for k in begun.get(begin, ())
                }
            )
        )
        if len(self._heads) < _MAX_HEADS:
            self._heads[head] = found
        return found

    def _clause(self, norm: str, scoped: ScopedText, pos: int) -> tuple[int, int]:
        """The clause around ``pos``, a comma or an "and" that starts a clause ("and I have")
        ending it."""
        lo, hi = scoped.clause(pos)
        comma = norm.rfind(" , ", lo, pos)
        after = norm.find(" , ", pos, hi)
        lo, hi = (comma + 3 if comma >= 0 else lo), (after if after >= 0 else hi)
        joins = self.scope.and_clause
        for m in joins.finditer(norm, lo, hi) if joins is not None else ():
            if m.start() > pos:
                return lo, m.start()
            lo = m.start()
        return lo, hi

    def _others_told(self, norm: str, scoped: ScopedText) -> str:
        """``norm`` without the clauses that tell someone else's illness ("babu alikufa kwa
        mshtuko wa moyo, mimi nina mafua": grandad died of a heart attack) when the writer
        speaks of themselves outside them: who the message is about, and their age, are read
        from the rest (hist 2026-12-07). Blanked, so positions stay."""
        cues = scoped.someone_else_cues()
        writer = self.facts.writer
        if not cues or not writer.search(norm):
            return norm
        told = list(norm)
        for pos in cues:
            lo, hi = self._clause(norm, scoped, pos)
            if not writer.search(norm[lo:hi]):
                told[lo:hi] = " " * (hi - lo)
        rest = "".join(told)
        return rest if writer.search(rest) else norm

    def _writers_durations(
        self,
        norm: str,
        scoped: ScopedText,
        mentions: Sequence[Mention],
        durations: list[tuple[int, float]],
    ) -> list[tuple[int, float]]:
        """Durations without those said of someone else's illness when the writer tells
        their own: "my mum had this for 5 days, I've had a sore throat since today" is a sore
        throat since today. Only a clause that names another person (the ``subjects`` words),
        not the writer, and holds no current complaint of its own that the writer does not
        share is dropped: "my son has had a fever for 5 days and I have a headache" keeps the
        son's 5 days, and a message about someone else alone keeps everything. So is a clause
        that tells only a past illness a year or more ago ("I had a stroke 5 years ago, now a
        cold")."""
        if not durations or not self.facts.writer.search(norm):
            return durations

        def others(lo: int, hi: int) -> bool:
            part = norm[lo:hi]
            return not self.facts.writer.search(part) and any(
                who != "self" and pattern.search(part) for pattern, who in self.facts.subjects
            )

        current = [m for m in mentions if m.current and m.finding not in self.context]
        writers = {
            m.finding
            for m in current
            if (span := self._clause(norm, scoped, m.start)) and not others(*span)
        }
        if not writers:
            return durations
        kept: list[tuple[int, float]] = []
        for pos, days in durations:
            lo, hi = self._clause(norm, scoped, pos)
            theirs = {m.finding for m in current if lo <= m.start < hi}
            if others(lo, hi) and theirs <= writers:
                continue  # someone else's course of an illness the writer also tells
            if not theirs and days >= _LONG_AGO_DAYS and scoped.history_cue_at(pos):
                continue  # how long ago a past illness was ("a stroke 5 years ago")
            kept.append((pos, days))
        return kept

    def _mention(self, name: str, start: int, end: int, scoped: ScopedText) -> Mention:
        if name in self.context:  # only negation applies ("not diabetic", "not severe")
            # and someone else's (hist 2026-12-07): "grandad died of a heart attack" is not the
            # writer's heart condition (NICE CKS CVD risk assessment); a family history is
            # said of relatives by its nature, and counts
            theirs = not name.startswith(_FAMILY) and scoped.someone_else(start, end)
            return Mention(
                name, start, end, negated=scoped.negated(start, end), someone_else=theirs
            )
        return Mention(
            name,
            start,
            end,
            negated=scoped.negated(start, end),
            past=scoped.historical(start, end, opened=name not in self.past_is_risk),
            hypothetical=scoped.hypothetical(start, end),
            someone_else=scoped.someone_else(start, end),
        )

    def _facts(
        self,
        norm: str,
        present: set[str],
        durations: Sequence[tuple[int, float]],
        who: str | None = None,
    ) -> Facts:
        """``who``: the text to read who it is about and their age from (``norm`` without
        someone else's story)."""
        own = self._own_facts(norm, present, durations, who=who)
        if self.also is None:
            return own
        # What the language's own words did not say, English words may have ("2yo", "temp 39").
        english = self.also._own_facts(
            norm, present, self.also.facts.durations_in(norm), vitals=False, who=who
        )
        # The weeks the language reads as a pregnancy are not an age English words saw in
        # them ("wife 32 hafte pregnant": "wife 32").
        english_ages = tuple(a for a in english.ages if a != own.pregnancy_weeks)
        return Facts(
            subject=own.subject if own.subject != "self" else english.subject,
            age_years=own.age_years if own.age_years is not None else (english_ages or (None,))[0],
            temperature_c=own.temperature_c or english.temperature_c,
            duration_days=own.duration_days or english.duration_days,
            pregnant=own.pregnant or english.pregnant,
            pregnancy_weeks=own.pregnancy_weeks or english.pregnancy_weeks,
            sex=own.sex or english.sex,
            postpartum=own.postpartum or english.postpartum,
            vitals=own.vitals,
            ages=own.ages or english_ages,
        )

    def _own_facts(
        self,
        norm: str,
        present: set[str],
        durations: Sequence[tuple[int, float]],
        *,
        vitals: bool = True,  # False: the caller keeps its own (clinical notation is shared)
        who: str | None = None,
    ) -> Facts:
        f = self.facts
        who = norm if who is None else who
        ages = f.ages_in(who)
        age = ages[0] if ages else None
        pregnant, weeks, postpartum = f.pregnancy(norm)
        if pregnant and weeks is None and not self.no_pregnancy.isdisjoint(present):
            # "menopausal for 3 years, a little bleeding" (a midwife's note): not a pregnancy
            pregnant = False
        only = self.pregnancy_only & present
        if not pregnant and only and not f.not_pregnant.search(norm):
            # "32 weeks and the baby has stopped moving": only a pregnancy has these findings
            pregnant = True
            lead = f.weeks_lead.match(norm)
            weeks = int(lead.group(1)) if lead and 4 <= int(lead.group(1)) <= 42 else weeks
        subject = f.subject(who, age, pregnant)
        if pregnant and age is None and subject in ("baby", "child") and only:
            subject = "self"  # "mtoto hachezi" of someone pregnant: the baby not yet born
        return Facts(
            subject=subject,
            age_years=age,
            temperature_c=f.temperature(norm),
            duration_days=max((d for _, d in durations), default=None),
            pregnant=pregnant,
            pregnancy_weeks=weeks,
            sex=f.sex(norm),
            postpartum=postpartum,
            vitals=extract_vitals(norm, f.vitals, f.reading_numbers, f.glucose_units)
            if vitals
            else Vitals(),
            ages=ages,
        )

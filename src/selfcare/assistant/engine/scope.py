"""Scope: is a finding said to be absent, in the past, hypothetical, or someone else's?

The ConText algorithm (Harkema et al., J Biomed Inform 2009; NegEx, Chapman et al. 2001) with
each language's cues as data (``languages/<code>/language.yaml``, section ``scope``):

* a ``*_before`` cue governs a finding that follows it in the same clause within ``window``
  words; a ``*_after`` cue governs a finding before it, likewise;
* a clause ends at a ``terminator`` ("but", ".", "because"…) or at an "and" that starts a
  new clause ("…and she has…"); a comma ends a negation unless the list ends in "or"/"nor"
  ("no cough, fever or rash");
* a ``history_when`` clause dates the clause before it ("he had a fit when he was 2"): its
  finding is past when a ``past_tense`` word says it (the "when" ends that clause, so no
  ``*_after`` cue there reaches back);
* a ``history_opener`` ("last month", "in 2019", "when I was a child", "in my last pregnancy")
  said at the start of a clause dates that clause: with a ``past_tense`` word in its reach,
  every finding from it to a comma, a new clause ("and I…") or a ``present`` word ("now",
  "today", "this time", "started") is past; what follows is read as said of now;
* ``pseudo`` cues look like cues but are not ("not sure", "can't stop coughing");
* a ``worry`` is a worried question said with a negation ("कहीं X तो नहीं", "¿no será X?",
  "ce n'est pas X au moins ?": could it be X?): the negation and "if" cues inside it do not
  count, so the finding it names is read as said (safety first: a feared red flag is asked
  about, never taken as denied);
* cues inside the finding's own words do not count ("can't breathe" is a finding);
* a cue that ends with the clause word opening the finding's clause governs that clause
  ("j'ai lu que…", "vi en tiktok que…": "que" is also a clause word).

Linear in the length of the text: every cue and boundary is found once, and each finding
looks up the nearest one with a binary search.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from selfcare.assistant.engine import patterns
from selfcare.assistant.knowledge.schema import Scope

_SENTENCE_END = re.compile(r"[.!?]")
# A history opener opens its clause: at most this many words before it there ("and last
# month…", "my son last month…").
_OPENER_LEAD = 3
# and reaches at most this many words after it (a clause is rarely longer).
_OPENER_REACH = 20


def _alternation(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    if not cues:
        return None
    body = "|".join(f"(?:{p})" for p in cues)
    # tried only where one of the cues may begin: ``re`` otherwise tries every cue at every
    # position of the text (the same matches, about a third of the time)
    return patterns.gated(rf"(?<![^\W_])(?:{body})(?![^\W_])")


def _merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Half-open ``spans`` as disjoint, sorted ``(starts, ends)``."""
    los: list[int] = []
    his: list[int] = []
    for lo, hi in sorted(spans):
        if los and lo <= his[-1]:
            his[-1] = max(his[-1], hi)
        else:
            los.append(lo)
            his.append(hi)
    return los, his


@dataclass(frozen=True, slots=True)
class Cues:
    """Where each kind of cue is in one normalised text."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def find(
        cls,
        pattern: re.Pattern[str] | None,
        text: str,
        pseudo: re.Pattern[str] | None,
        inside: list[tuple[int, int]] | None = None,
        dropped: list[int] | None = None,
    ) -> Cues:
        """The cues in ``text``, less pseudo-cues and cues ``inside`` a finding's words (their
        starts are added to ``dropped``, when given)."""
        starts: list[int] = []
        ends: list[int] = []
        if pattern is not None:
            # The finding spans merged and sorted, so each cue is one bisect, not a scan of
            # every span: linear-time on long repetitive texts ("no headache " × 5,000).
            los, his = _merged(inside or [])
            for m in pattern.finditer(text):
                if pseudo is not None and pseudo.match(text, m.start()):
                    continue
                i = bisect.bisect_right(los, m.start()) - 1
                if i >= 0 and m.start() < his[i]:
                    if dropped is not None:
                        dropped.append(m.start())
                    continue
                starts.append(m.start())
                ends.append(m.end())
        return cls(starts, ends)

    def last_before(self, pos: int, floor: int) -> int | None:
        """Index of the last cue ending at or before ``pos`` and starting at or after
        ``floor``."""
        i = bisect.bisect_right(self.ends, pos) - 1
        # ends are increasing with starts for non-overlapping regex matches
        if i >= 0 and self.starts[i] >= floor:
            return i
        return None

    def last_starting_before(self, pos: int, floor: int) -> int | None:
        """Index of the last cue starting before ``pos`` (it may run into the finding:
        "if my hernia won't go back in") and at or after ``floor``."""
        i = bisect.bisect_left(self.starts, pos) - 1
        if i >= 0 and self.starts[i] >= floor:
            return i
        return None

    def first_after(self, pos: int, ceiling: int) -> int | None:
        i = bisect.bisect_left(self.starts, pos)
        if i < len(self.starts) and self.ends[i] <= ceiling:
            return i
        return None


class ScopeRules:
    """One language's cues, compiled; :meth:`read` prepares a text for many lookups."""

    def __init__(self, spec: Scope) -> None:
        self.window = spec.window
        self.negation = _alternation(spec.negation_before)
        self.negation_list = _alternation(spec.negation_list)
        self.negation_after = _alternation(spec.negation_after)
        self.and_word = (
            patterns.compile(rf"(?<![^\W_])(?:{spec.and_word}) *$") if spec.and_word else None
        )
        self.negation_opener = (
            patterns.compile(rf"(?:{spec.negation_opener})(?![^\W_])")
            if spec.negation_opener
            else None
        )
        self.pseudo = (
            patterns.compile("|".join(f"(?:{p})" for p in spec.pseudo)) if spec.pseudo else None
        )
        self.history = _alternation(spec.history_before)
        self.history_after = _alternation(spec.history_after)
        self.history_when = _alternation(spec.history_when)
        self.past_tense = _alternation(spec.past_tense)
        self.history_opener = _alternation(spec.history_opener)
        self.present = _alternation(spec.present)
        self.ongoing = _alternation(spec.ongoing)
        self.current = _alternation(spec.current)
        self.hypothetical = _alternation(spec.hypothetical_before)
        self.hypothetical_after = _alternation(spec.hypothetical_after)
        self.hypothetical_relative = _alternation(spec.hypothetical_relative)
        self.other = _alternation(spec.other_before)
        self.boundary = patterns.compile(
            # the space after is looked at, not taken, so that two clause words in a row both
            # count (Kreyol "kriz kè sa gen 5 an", read "kriz que sa gen 5 an"; hist 2026-12-07)
            r" (?:" + "|".join(f"(?:{t})" for t in spec.terminators) + r")(?= )"
        )
        self.and_clause = _alternation(spec.and_clause)
        self.list_or = _alternation(spec.list_or)
        self.worry = _alternation(spec.worry)

    def read(self, text: str, findings: list[tuple[int, int]] | None = None) -> ScopedText:
        """``text`` ready for scope questions; ``findings`` are the spans of finding words
        (a negation cue inside one is part of that finding)."""
        return ScopedText(self, text, findings or [])


class ScopedText:
    def __init__(self, rules: ScopeRules, text: str, findings: list[tuple[int, int]]) -> None:
        self.rules = rules
        self.text = text
        self.boundaries = [m.start() for m in rules.boundary.finditer(text)]
        worries = [(m.start(), m.end()) for m in rules.worry.finditer(text)] if rules.worry else []
        # negation cues a finding says in its own words ("not answering", "can't breathe")
        self._neg_own: list[int] = []
        self._neg = Cues.find(
            rules.negation, text, rules.pseudo, [*findings, *worries], self._neg_own
        )
        self._neg_after = Cues.find(rules.negation_after, text, None, worries)
        self._hist = Cues.find(rules.history, text, None)
        self._hist_after = Cues.find(rules.history_after, text, None)
        self._current = Cues.find(rules.current, text, None)
        self._opener = Cues.find(rules.history_opener, text, None)
        # what bounds an opener's reach, looked for only when the text has an opener
        opened = bool(self._opener.starts)
        self._present = Cues.find(rules.present if opened else None, text, None)
        self._past = Cues.find(rules.past_tense if opened else None, text, None)
        self._ongoing = Cues.find(rules.ongoing if opened else None, text, None)
        self._hypo = Cues.find(rules.hypothetical, text, None, worries)
        self._hypo_after = Cues.find(rules.hypothetical_after, text, None, worries)
        self._hypo_rel = Cues.find(rules.hypothetical_relative, text, None)
        self._other = Cues.find(rules.other, text, None)

    def clause(self, pos: int) -> tuple[int, int]:
        """The clause around ``pos``: from after the last boundary to the next one."""
        i = bisect.bisect_left(self.boundaries, pos) - 1
        start = self.boundaries[i] + 1 if i >= 0 else 0
        j = i + 1
        end = self.boundaries[j] if j < len(self.boundaries) else len(self.text)
        return start, end

    def _words(self, start: int, end: int, limit: int) -> int | None:
        """Words between two positions, or None when clearly more than ``limit``."""
        if end - start > 40 * (limit + 1):
            return None
        return len(self.text[start:end].split())

    def _before(self, cues: Cues, start: int, clause_start: int) -> str | None:
        """The text between the governing cue and the finding, if a cue governs it."""
        i = cues.last_before(start, clause_start)
        if i is None:
            return None
        between = self.text[cues.ends[i] : start]
        if len(between) > 40 * (self.rules.window + 5):
            return None
        and_clause = self.rules.and_clause
        if and_clause is not None and and_clause.search(" " + between + " "):
            return None
        return between

    def negated(self, start: int, end: int) -> bool:
        clause_start, clause_end = self.clause(start)
        between = self._before(self._neg, start, clause_start)
        # Two signs joined by "and", each with its own "not" ("not moving and not answering",
        # "ne parle pas et ne respire pas"): the first "not" does not reach into the second
        # (NegEx ends a cue's scope at the next cue). "no fever or not eating", "no rash that
        # does not fade", "nem sem ar" are still denials: an "or" list, a noun qualified, a
        # cue right before.
        if between is not None and self._joined(between) and self._says_not(start, end):
            between = None
        window = self.rules.window
        if between is not None:
            words = len(between.split())
            if " , " in between or between.startswith(", "):
                if self._clinical_list(start, clause_start, between):
                    if words <= window + 4:
                        return True
                else:
                    tail = self.text[start : start + 60].split(" . ")[0]
                    list_or = self.rules.list_or
                    listed = list_or is not None and (
                        list_or.search(between) or list_or.search(tail)
                    )
                    if listed and words <= window + 4:
                        return True
            elif words <= window:
                return True
        # A cue before that does not reach the finding leaves the one after it to decide
        # ("je tousse pas, je maigris pas": the first "pas" does not govern "maigris", the
        # second does).
        after = self._neg_after.first_after(end, clause_end)
        if after is not None:
            gap = self.text[end : self._neg_after.starts[after]]
            count = self._words(end, self._neg_after.starts[after], window)
            # "chest pain, went away after 10 minutes" had chest pain: a comma ends it.
            return count is not None and count <= window and " , " not in f" {gap} "
        return False

    def _joined(self, between: str) -> bool:
        """Whether the words between a cue and a finding end with "and"."""
        and_word = self.rules.and_word
        return and_word is not None and and_word.search(between) is not None

    def _says_not(self, start: int, end: int) -> bool:
        """Whether the finding at ``start`` begins with its own negation ("not answering",
        "no responde", French "ne respire pas")."""
        own = bisect.bisect_left(self._neg_own, start)
        if own < len(self._neg_own) and self._neg_own[own] == start:
            return True
        opener = self.rules.negation_opener
        return opener is not None and opener.match(self.text, start, end) is not None

    def _clinical_list(self, start: int, clause_start: int, between: str) -> bool:
        """A note's list after "denies"/"negative for": every short item is negated."""
        cue = self.rules.negation_list
        if cue is None:
            return False
        head = self.text[max(clause_start, start - len(between) - 30) : start - len(between)]
        if not cue.search(head):
            return False
        return all(len(item.split()) <= 3 for item in between.split(" , "))

    def _governed(
        self, before: Cues, after: Cues | None, start: int, end: int, reach: int = 1
    ) -> bool:
        """A cue governs the finding from before or after it, within the window and without
        a comma in between (in a message, a comma usually starts another thought: "crushing
        chest pain, I had a heart attack last year")."""
        clause_start, clause_end = self.clause(start)
        window = self.rules.window * reach
        i = before.last_starting_before(start, clause_start)
        if i is None and clause_start > 0:
            # A cue that ends with the clause word opening the finding's clause governs that
            # clause, as a cue inside it would: "j'ai lu que…", "lei que…", "li que…" ("que" is
            # also a clause word). Only one that ends there: "dice que a veces le dan…" does not
            # reach across (scope 2026-12-07)
            k = before.last_starting_before(clause_start, 0)
            word_end = self.text.find(" ", clause_start)
            if k is not None and before.ends[k] == (len(self.text) if word_end < 0 else word_end):
                i = k
        if i is not None:
            between = self.text[min(before.ends[i], start) : start]
            and_clause = self.rules.and_clause
            new_clause = and_clause is not None and and_clause.search(f" {between} ")
            if len(between.split()) <= window and " , " not in between and not new_clause:
                return True
        if after is not None:
            # A finding said across a clause word ("pain when the chest is pressed") is
            # followed by what ends its last word's clause, not its first's.
            clause_end = max(clause_end, self.clause(max(start, end - 1))[1])
            i = after.first_after(end, clause_end)
            if i is not None:
                gap = self.text[end : after.starts[i]]
                words = self._words(end, after.starts[i], window)
                return words is not None and words <= window and " , " not in f" {gap} "
        return False

    def historical(self, start: int, end: int, opened: bool = True) -> bool:
        """Whether the finding at ``start`` is dated in the past; ``opened``: whether a
        history opener may date it (not a suicide attempt: a past one is a risk now)."""
        reach = self._opened(start, end) if opened else None
        if reach is not None:
            # what the opener dates ends at its reach: "last pregnancy I had cholestasis, am
            # I at risk again?" — the "again" after the comma is the question, not now; it
            # goes on when the sentence says so ("…chest pain and it is still there")
            clause_start, clause_end = reach
            stop = _SENTENCE_END.search(self.text, clause_end)
            i = bisect.bisect_left(self._ongoing.starts, clause_start)
            if i < len(self._ongoing.starts) and self._ongoing.starts[i] < (
                stop.start() if stop else len(self.text)
            ):
                return False
        else:
            governed = self._governed(self._hist, self._hist_after, start, end)
            if not governed and not self._dated_after(start, end):
                return False
            clause_start, clause_end = self.clause(start)
        if self._current_in(clause_start, clause_end):
            return False
        # "I had crushing chest pain 5 years ago and now I have it again": back now, said
        # after it in the same sentence, as for a past "when" clause (_dated_after) — not in
        # a question ("she had a fit when she was little, will it happen again?")
        stop = _SENTENCE_END.search(self.text, end)
        if stop is not None and stop.group() == "?":
            return True
        return not self._current_in(clause_end, stop.start() if stop else len(self.text))

    def _opened(self, start: int, end: int) -> tuple[int, int] | None:
        """The reach ``(from, to)`` of the history opener that dates the finding at ``start``,
        if one does: the last opener before it, at the start of its clause (no more than
        ``_OPENER_LEAD`` words after a boundary or a comma), reaching to the next comma (not
        one right after it: "last year, I had…"), new clause, ``present`` word or boundary,
        with a ``past_tense`` word in it ("in 2019 I had a stroke", "पिछले महीने … दस्त थे").
        A finding said across a ``present`` word ("… my calf is swollen") is said of now."""
        cues = self._opener
        i = bisect.bisect_right(cues.starts, start) - 1
        if i < 0:
            return None
        text = self.text
        cue_start, cue_end = cues.starts[i], cues.ends[i]
        lo, hi = self.clause(cue_start)
        if start >= hi:
            return None
        comma = text.rfind(" , ", lo, cue_start)
        lo = comma + 3 if comma >= 0 else lo
        if len(text[lo:cue_start].split()) > _OPENER_LEAD:
            return None
        after = cue_end + 2 if text.startswith(" ,", cue_end) else cue_end
        comma = text.find(" , ", after, hi)
        hi = comma if comma >= 0 else hi
        and_clause = self.rules.and_clause
        if and_clause is not None:
            joined = and_clause.search(text, after, hi)
            hi = joined.start() if joined is not None else hi
        k = bisect.bisect_left(self._present.starts, cue_end)
        if k < len(self._present.starts) and self._present.starts[k] < hi:
            hi = self._present.starts[k]
        if end > hi or len(text[cue_end:start].split()) > _OPENER_REACH:
            return None
        k = bisect.bisect_left(self._past.starts, cue_start)
        if k == len(self._past.starts) or self._past.starts[k] >= hi:
            return None
        return lo, hi

    def _current_in(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self._current.starts, lo)
        return i < len(self._current.starts) and self._current.starts[i] < hi

    def _dated_after(self, start: int, end: int) -> bool:
        """Whether the "when" clause right after the finding's dates it in the past ("he had
        a fit when he was 2", "ele teve uma convulsão quando era criança"): at most two words
        between the finding and the "when", and a past tense said before or in the finding
        (not after it: "he is fitting like he did when he was 2" is now), or the finding all
        its clause and the "when" clause itself past ("chest tightness when I had covid last
        year"). Anything current said after it in the sentence ("and now he is having another
        one") keeps it current: :meth:`historical` looks for that, whatever dated it."""
        rules = self.rules
        if rules.history_when is None or rules.past_tense is None:
            return False
        text = self.text
        # a finding said across a clause word (Kreyol "kriz kè", read "kriz que") begins in
        # its first word's clause and ends in its last's (hist 2026-12-07)
        lo, hi = self.clause(start)[0], self.clause(max(start, end - 1))[1]
        if hi >= len(text) or rules.history_when.match(text, hi + 1) is None:
            return False
        tail = text[end:hi]
        if len(tail.split()) > 2 or " , " in f" {tail} ":
            return False
        when_end = self.clause(hi + 1)[1]
        comma = text.find(" , ", hi + 1, when_end)
        when_end = comma if comma >= 0 else when_end
        last = None
        for m in rules.past_tense.finditer(text, lo, end):
            if m.start() < end:
                last = m
        if last is not None:
            between = text[min(last.end(), start) : start]
            and_clause = rules.and_clause
            if " , " in f" {between} " or (and_clause and and_clause.search(f" {between} ")):
                return False
            return len(between.split()) <= rules.window
        alone = not text[lo:start].strip() and not tail.strip()
        return alone and rules.past_tense.search(text, hi + 1, when_end) is not None

    def history_cue_at(self, pos: int) -> bool:
        """Whether a history cue ("5 years ago", "last year") is said at ``pos``."""
        cues = self._hist_after
        i = bisect.bisect_right(cues.starts, pos) - 1
        return i >= 0 and cues.starts[i] <= pos < cues.ends[i]

    def hypothetical(self, start: int, end: int) -> bool:
        # A question frames its whole clause: "what if my son has a fever with a stiff neck";
        # where the verb comes last, after it ("दौरा पड़ने पर क्या करें").
        if self._governed(self._hypo, None, start, end, reach=2) or self._supposed_after(
            start, end
        ):
            return True
        # "how to help someone who is not breathing": the relative clause opened after a
        # general person is in the supposition that governs that person
        clause_start = self.clause(start)[0]
        rel = self._hypo_rel
        i = bisect.bisect_left(rel.starts, clause_start) - 1
        if i < 0 or not rel.starts[i] < clause_start < rel.ends[i]:
            return False
        if len(self.text[clause_start:start].split()) > self.rules.window * 2:
            return False
        return self._governed(self._hypo, None, rel.starts[i], rel.starts[i] + 1, reach=2)

    def _supposed_after(self, start: int, end: int) -> bool:
        """A supposition said after the finding in its clause, with no comma and no new
        clause ("and now…") between them."""
        cues = self._hypo_after
        if not cues.starts:
            return False
        clause_end = max(self.clause(start)[1], self.clause(max(start, end - 1))[1])
        i = cues.first_after(end, clause_end)
        if i is None:
            return False
        gap = f" {self.text[end : cues.starts[i]]} "
        and_clause = self.rules.and_clause
        if " , " in gap or (and_clause is not None and and_clause.search(gap)):
            return False
        window = self.rules.window * 2
        words = self._words(end, cues.starts[i], window)
        return words is not None and words <= window

    def someone_else_cues(self) -> list[int]:
        """Where a cue of someone else's illness ("died of", "family history of") starts."""
        return list(self._other.starts)

    def someone_else(self, start: int, end: int) -> bool:
        return self._governed(self._other, None, start, end)

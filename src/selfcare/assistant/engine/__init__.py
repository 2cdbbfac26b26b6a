"""The triage engine: a message (and what was said before) placed at a level of care.

CONTRACT: ``Engine().assess(text) -> Assessment``; :func:`assess` uses the shared engine.

1. :mod:`.understand` reads the text: findings with their scope, and facts.
2. Every red flag of the knowledge base runs (:mod:`.rules`); the most urgent that fires sets
   the level, so a message with several complaints takes the most urgent one.
3. With none, the level is the matched topic's default. With no topic either, the message
   was not understood: the level is ``routine`` (never self-care) and the dialogue asks.
4. ``missing`` lists facts not given that would change the level if known, found by asking
   the same red flags "what if" (a baby under 3 months, a fever for 5 days…).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache, lru_cache, partial

from selfcare.assistant.engine import patterns, topics
from selfcare.assistant.engine.assessment import Assessment, Fired
from selfcare.assistant.engine.checks import CHECKS
from selfcare.assistant.engine.detect import SCRIPT_LANGUAGES, SHORT, TINY, Detector, script_of
from selfcare.assistant.engine.facts import Facts
from selfcare.assistant.engine.net import SafetyNetReader
from selfcare.assistant.engine.patterns import PatternStore
from selfcare.assistant.engine.rules import Case, holds, may_hold
from selfcare.assistant.engine.similarity import Models
from selfcare.assistant.engine.understand import Reader, Understanding
from selfcare.assistant.knowledge.loader import REFERENCE, ROOT, Knowledge, load
from selfcare.assistant.knowledge.schema import RedFlag, Row, Topic
from selfcare.events import TriageLevel

__all__ = ["Assessment", "Engine", "Fired", "assess", "engine"]


# Languages we have no words for, known to the detector so that a message in one of them
# is not taken for a language we do know (it is then read in English: not understood).
OTHERS = ("es", "pt", "fr", "sw", "hi", "de", "it", "nl", "ru", "tr", "pl", "ur", "fa")

SIMILAR = "similar_messages"  # the id a level raised by the similarity layer is reported as


class Engine:
    """The knowledge base compiled for triage; build once, call :meth:`assess` many times.

    ``similarity``: let the learned layer (:mod:`.similarity`) raise levels (never lower).
    Languages other than English are compiled on first use (with English words mixed in).
    """

    def __init__(self, knowledge: Knowledge | None = None, *, similarity: bool = True) -> None:
        self.kb = knowledge or load()
        self.models = Models(ROOT / "training", enabled=similarity)
        # Crisis models: is a message said like a suicide crisis? Asked only by red-flag rows
        # that also need a warning sign the rules read (``check: said_like_crisis``)
        self.crisis = Models(ROOT / "crisis", enabled=similarity)
        self.understands = tuple(
            code for code, lang in self.kb.languages.items() if lang.spec.base is None
        )
        self._cognate = frozenset(c for c, lang in self.kb.languages.items() if lang.spec.cognate)
        self._readers: dict[str, Reader] = {}
        self._indexes: dict[str, topics.TopicIndex] = {}
        self._lock = threading.Lock()
        markers = {code: lang.spec.markers for code, lang in self.kb.languages.items()}
        markers |= {code: net.markers for code, net in self.kb.safety_net.items()}
        self.detector = Detector((*self.understands, *self.kb.safety_net, *OTHERS), markers)
        store = PatternStore.open("safety_net", self.kb.digest)
        self.net = SafetyNetReader(self.kb.safety_net, store, self.detector.markers)
        store.save()
        self.flags = tuple(self.kb.red_flags.values())
        # Each row of a red flag needs one of a few findings (its key, the fewest it must
        # have one of): a message is asked only the rows keyed by a finding it has, and the
        # few that need none. (flag, row) positions, so they sort in the file's order.
        self.always: list[tuple[int, int]] = []
        self.by_finding: dict[str, list[tuple[int, int]]] = {}
        for i, flag in enumerate(self.flags):
            for j, row in enumerate(flag.when):
                key = _key(row)
                if key is None:
                    self.always.append((i, j))
                for finding in key or ():
                    self.by_finding.setdefault(finding, []).append((i, j))
        self.assess = lru_cache(maxsize=512)(self._assess_all)
        # One reading per (text, language, local): a turn asks for the English reading on its
        # own (is the message understood in English?) and again among the detected languages.
        # Called with every argument given, so that each reading has one key.
        self._reading = lru_cache(maxsize=512)(self._reading)  # type: ignore[method-assign]
        self._candidates = lru_cache(maxsize=512)(self._candidates)  # type: ignore[method-assign]
        self.reader(REFERENCE)

    def reader(self, language: str) -> Reader:
        """The reader for a language (a variant reads with its base's), built on first use."""
        spec = self.kb.languages[language].spec
        code = spec.base or language
        with self._lock:
            reader = self._readers.get(code)
            if reader is None:
                also = self._readers.get(REFERENCE) if code != REFERENCE else None
                lang = self.kb.languages[code]
                store = PatternStore.open(code, self.kb.digest)
                reader = Reader(lang, self.kb.findings, also, store)
                self._readers[code] = reader
                tag = _spec_tag(lang.spec.normalise)
                self._indexes[code] = topics.TopicIndex.build(
                    self.kb.topics,
                    lang,
                    lambda raw: _kept(store, reader, tag, raw),
                    reader.normalise.words,
                    variants=self.kb.variants(code),
                )
                store.save()
                patterns.save()
            return reader

    def index(self, language: str) -> topics.TopicIndex:
        """A language's topic aliases, ready for matching (built with its reader)."""
        return self._indexes[self.reader(language).code]

    def warm(self) -> None:
        """Compile every language now rather than on its first message."""
        for code in self.understands:
            self.reader(code)
            self.models.get(code)
            self.crisis.get(code)
        self.detector.warm()

    def forget(self) -> None:
        """Drop every cached reading, as if no message had been seen (benchmarks time new
        messages; what is compiled stays)."""
        self.assess.cache_clear()
        self._reading.cache_clear()  # type: ignore[attr-defined]
        self._candidates.cache_clear()  # type: ignore[attr-defined]
        self.detector.forget()
        for reader in self._readers.values():
            reader.forget()
        for model in (*self.models.loaded(), *self.crisis.loaded()):
            model.forget()

    # --- one message ------------------------------------------------------------------------

    def understand(self, text: str, language: str = REFERENCE) -> Understanding:
        return self.reader(language).read(text)

    def _fire(self, case: Case) -> list[RedFlag]:
        return [
            flag
            for flag, rows in self._candidates(case.present)
            if any(holds(row, case, CHECKS) for row in rows)
        ]

    def _candidates(self, present: frozenset[str]) -> list[tuple[RedFlag, tuple[Row, ...]]]:
        """The red flags, in order, with the rows of each that the findings ``present``
        allow (cached: every "what if" about the facts asks again with the same findings)."""
        keyed = set(self.always)
        for finding in present:
            keyed.update(self.by_finding.get(finding, ()))
        held: dict[int, list[Row]] = {}
        for i, j in sorted(keyed):
            row = self.flags[i].when[j]
            if may_hold(row, present):
                held.setdefault(i, []).append(row)
        return [(self.flags[i], tuple(rows)) for i, rows in held.items()]

    def _level(
        self,
        fired: list[RedFlag],
        topic: str | None,
        u: Understanding | None = None,
        others: tuple[str, ...] = (),
    ) -> TriageLevel:
        if fired:
            return TriageLevel(fired[0].level)
        level = self._topic_level(topic, u)
        # In a message announced as several questions every complaint is weighed, not only
        # the one the reply is about: in "two things: a cold, and a lump in my neck" the lump's
        # ordinary appointment is not lost behind the cold's self-care (routine3, 2026-12-07).
        # ``others``: the other topics that fit what was said (``topics.fitting``); one whose
        # own level is routine makes it routine. A more urgent complaint is recognised by its
        # red flags, not by a second topic's name ("the meningitis jab" is no emergency); and
        # not in every message: topics that share a finding fit together ("thirsty" fits the
        # hangover and thirst topics), so without the announcement they would raise ordinary
        # self-care messages.
        if level is TriageLevel.SELF_CARE:
            for other in others:
                t = self.kb.topics.get(other)
                if t is not None and t.default_level == "routine":
                    return TriageLevel.ROUTINE
        return level

    def _parts(self, u: Understanding) -> bool:
        """Whether the message is announced as several questions ("two things:")."""
        reader = self._readers.get(u.language)
        return reader is not None and reader.parts is not None and bool(reader.parts.search(u.text))

    def _others(
        self, u: Understanding, scores: dict[str, float], topic: str | None
    ) -> tuple[str, ...]:
        """The topics besides ``topic`` that fit what was said in words of their own: one of
        their findings said, of now, outside the words that said ``topic``'s ("brûlures
        d'estomac" is heartburn's, not a second complaint of tummy pain as well)."""
        known = self.kb.topics
        own = known[topic].findings if topic is not None and topic in known else ()
        taken = [
            (m.start, m.end) for m in u.mentions if m.finding in own and m.finding in u.present
        ]
        others: list[str] = []
        for _, other in topics.fitting(u, scores, known):
            if other == topic:
                continue
            theirs = set(known[other].findings) - set(own)
            if any(
                m.finding in theirs
                and m.finding in u.present
                and not (m.negated or m.past or m.hypothetical or m.someone_else)
                and not any(m.start < hi and lo < m.end for lo, hi in taken)
                for m in u.mentions
            ):
                others.append(other)
        return tuple(others)

    def _topic_level(self, topic: str | None, u: Understanding | None) -> TriageLevel:
        t = self.kb.topics.get(topic) if topic else None
        if t is None:
            return TriageLevel.ROUTINE
        level = TriageLevel(t.default_level)
        if u is not None and level.rank < TriageLevel.ROUTINE.rank and self._history(u, t):
            # A topic named only as history ("a miscarriage last year, we want to try again"),
            # none of its findings said of now and no red flag: a question about the past is
            # an ordinary appointment, not its urgent default.
            return TriageLevel.ROUTINE
        return level

    def _history(self, u: Understanding, t: Topic) -> bool:
        """Whether topic ``t`` comes only from its words dated in the past."""
        if not u.present.isdisjoint(t.findings):
            return False
        index = self._indexes.get(u.language)
        return index is not None and index.only_past(u, t.id)

    def understood(self, text: str, language: str) -> bool:
        """Whether ``text`` read in ``language`` alone is understood: ``assess(text,
        language).understood``, without working out what is missing."""
        # The same arguments as :meth:`_assess_all` passes, so the cached reading is shared.
        return self._reading(text, language, frozenset(), frozenset())[0].understood

    def languages_of(self, text: str) -> list[str]:
        """The languages to read ``text`` in, most likely first (English when unsure)."""
        found = [d.code for d in self.detector.detect(text)]
        return found or [REFERENCE]

    def _assess_all(
        self,
        text: str,
        language: str | None = None,
        local: frozenset[str] = frozenset(),
    ) -> Assessment:
        """Place one message at a level of care (``assess``, cached: it is pure, and a turn
        asks about the same text more than once). Deterministic, no I/O.

        ``language``: read it in this language (with English); by default, in every language
        detected in it, and the most urgent reading wins. ``local``: the conditions common
        where the person is (malaria, dengue…), from their country pack.
        """
        codes = [language] if language else self.languages_of(text)[:3]
        appended = language is None and REFERENCE not in codes
        if appended:
            codes.append(REFERENCE)  # English is read too: notes, and words mixed in
        mixed: list[str] = []
        if language is None:
            # A safety-net emergency phrase inside a message mostly in another language ("he
            # took pills, ma 3am yrod"): its language is read too, for its emergencies only.
            mixed = [code for code in self._nets_mixed_in(text) if code not in codes]
        readings: list[tuple[Assessment, Understanding | None]] = []
        # What the reading in the message's own language (the most likely one) understood to
        # be absent, past, supposed or someone else's stays so in every other reading: those
        # read the same words without their scope ("sem febre" in Spanish, "sin fiebre" in
        # English) and must not make a present complaint of them.
        ruled_out: frozenset[str] = frozenset()
        # English words mixed in carry facts the English reading understood, present or said
        # not to be ("may chest pain ako pero mild lang", "sina chest pain"): a safety-net
        # statement made in those words alone is the English reading's to weigh.
        told = (
            _told(self._reading(text, REFERENCE, local, frozenset()))
            if REFERENCE in codes and (mixed or any(c in self.kb.safety_net for c in codes))
            else frozenset()
        )
        for code in codes:
            if code in self.kb.safety_net:
                readings.append((self.net.assess(text, code, local, told=told), None))
            elif code in self.kb.languages:
                found, read = self._reading(text, code, local, ruled_out)
                readings.append((found, read))
                if code == codes[0] and read is not None:
                    ruled_out = _ruled_out(read)
        # A safety net's same-day statement counts too when no reading understood the message
        # (Latin-script Bengali detected as Hausa: "amar sob jinish ... diye diyechi").
        unread = not any(r[0].understood for r in readings)
        for code in mixed:
            said = self.net.assess(text, code, local, mixed=True, told=told)
            if said.level is TriageLevel.EMERGENCY or (unread and said.understood):
                readings.append((said, None))
        if not readings:
            readings.append(self._reading(text, REFERENCE, local, frozenset()))
        if language is None:
            # A short message with a few common words of a language we help in fully is read
            # in it too, however the model ranked it ("achanak bolna band ho gaya" reads to it
            # as Indonesian): its red flags are read. Such a reading may only raise the level.
            most = min(r[0].level.rank for r in readings)
            for code in self._marked(text):
                if code in codes:
                    continue
                found, read = self._reading(text, code, local, ruled_out)
                if _understood(found) == 0 and found.level.rank < most:
                    readings.append((found, read))
            if len(text.split()) <= TINY and not any(r[0].understood for r in readings):
                # A message of a few words no reading understood ("no respira" detected as
                # English) is read in every language we help in fully: an emergency red flag
                # read in one of them counts. Nothing less: two words are too few to tell
                # a language by, not too few to say someone is not breathing.
                for code in self.understands:
                    if code not in codes:
                        found, read = self._reading(text, code, local, ruled_out)
                        if found.level is TriageLevel.EMERGENCY and found.fired:
                            readings.append((found, read))
        # The most urgent reading that understood the message; among equals, the most likely
        # language (listed first). A reading that only guessed a topic from a look-alike word
        # ("verrugas" read in English) gives way to one that understood the words; not
        # understood in any language: still never self-care.
        own = readings[0][0]
        if (
            appended
            and own.language in self._cognate
            and own.understood
            and not own.guessed
            and own.topic is not None
        ):
            # English read only because it is always read: with no red flag of its own, an
            # English alias that is also a word of a ``cognate`` language ("anginas" as
            # angina, "herpes labial" as herpes) does not outrank the topic the message's own
            # language understood. Not for Swahili or Hindi, where the English words are
            # English ("nilipata stroke", code-switching).
            readings = [
                r
                for r in readings
                if r[0] is own or r[0].language != REFERENCE or r[0].fired or r[1] is None
            ]
        best, u = min(readings, key=lambda r: (_understood(r[0]), r[0].level.rank))
        full = [r for r in readings if r[1] is not None and r[0].understood]
        if u is None and full and not appended:
            # In a message detected as partly English (or another language we help in), a
            # safety net only raises the full reading, never replaces it: the reading that
            # understood the message, at the net's level, the net's statements first.
            raised, u = min(full, key=lambda r: r[0].level.rank)
            level = min(best.level, raised.level, key=lambda v: v.rank)
            best = replace(raised, level=level, fired=(*best.fired, *raised.fired))
        if u is not None:  # asked only of the reading chosen: the "what ifs" cost the most
            best = replace(best, missing=self._missing(u, best.level, best.topic, local))
        alone = appended and best.language == REFERENCE and len(readings) > 1
        if best.level is TriageLevel.SELF_CARE and (
            codes[0] not in self.kb.languages or alone or self._net_written(text)
        ):
            # Written mostly in a language we do not handle, or in one we do whose own
            # reading (English words included) found nothing, or short and with words of a
            # safety-net language spelt with digits (Arabizi): the English words understood
            # may be the least of it ("… fever …" inside Tagalog, "3andi headache fag2a":
            # sudden), so never self-care.
            best = replace(best, level=TriageLevel.ROUTINE)
        return best

    def _marked(self, text: str) -> list[str]:
        """The languages we help in fully with a few of their marker words in ``text``, when
        it is short (:data:`~.detect.SHORT` words or fewer)."""
        if len(text.split()) > SHORT:
            return []
        return [code for code in self.detector.marked(text) if code in self.kb.languages]

    def _net_written(self, text: str) -> bool:
        """Whether a short message (:data:`~.detect.SHORT` words or fewer) holds a marker
        word of a safety-net language spelt with a digit (Arabizi "3andi", "7arara"): words
        of a language no full reading understands."""
        if len(text.split()) > SHORT:
            return False
        markers = self.net.markers
        return any(
            any(c.isdigit() for c in m[0])
            for code in self.kb.safety_net
            if code in markers
            for m in markers[code].finditer(text)
        )

    def _nets_mixed_in(self, text: str) -> list[str]:
        """Safety-net languages with a marker word or a letter of their own script in
        ``text``, however little of it they are."""
        hits = self.detector.marker_hits(text)
        scripts = {script_of(ch) for ch in text if not ch.isascii()} - {None}
        return [
            code
            for code in self.kb.safety_net
            if hits.get(code, 0) > 0 or SCRIPT_LANGUAGES.get(code) in scripts
        ]

    def _reading(
        self,
        text: str,
        language: str,
        local: frozenset[str],
        ruled_out: frozenset[str] = frozenset(),
    ) -> tuple[Assessment, Understanding]:
        """One language's reading of ``text``, without :attr:`Assessment.missing` (cached),
        and what was understood, to find what is missing when this reading is chosen.
        ``ruled_out``: findings another reading understood not to be present now."""
        reader = self.reader(language)
        u = reader.read(text)
        removed = not ruled_out.isdisjoint(u.present)
        if ruled_out and not removed:
            # Nothing this reading found is ruled out: the same as the reading without (often
            # already made: a turn asks whether the message is understood in English first).
            return self._reading(text, language, local, frozenset())
        if removed:
            u = replace(u, present=u.present - ruled_out)
        case = Case(u, local=local, crisis=self._crisis(reader.code, u.text))
        fired = self._fire(case)
        index = self._indexes[reader.code]
        scores = index.scores(u)
        guessed = False
        if not scores and not removed:  # its words were read, not guessed, by another reading
            scores, endings_only = index.guesses(u)
            guessed = not endings_only
        preferred = tuple(f.topic for f in fired if f.topic)
        topic = topics.choose(u, scores, self.kb.topics, preferred)
        others = self._others(u, scores, topic) if not guessed and self._parts(u) else ()
        level = self._level(fired, topic, u, others)
        if guessed and not fired and level is TriageLevel.SELF_CARE:
            # A topic guessed from a look-alike word is not understanding: never self-care.
            level = TriageLevel.ROUTINE
        reported = tuple(self._fired(flag, u) for flag in fired)
        model = self.models.get(reader.code)
        raised = model.raise_to(u.text, level) if model is not None else None
        if raised is not None:
            level = raised
            reported = (Fired(SIMILAR, raised, "", topic=topic), *reported)
        found = Assessment(
            level=level,
            topic=topic,
            fired=reported,
            facts=u.facts,
            present=u.present,
            negated=u.negated,
            language=language,
            understood=bool(fired or topic or raised),
            guessed=guessed and topic is not None and not fired and raised is None,
        )
        return found, u

    def _crisis(self, code: str, text: str) -> Callable[[TriageLevel, bool], bool] | None:
        """The crisis model's judgement of ``text`` (scored only when a row asks), if the
        language read with ``code`` has one."""
        model = self.crisis.get(code)
        return partial(model.said_like, text) if model is not None else None

    def _fired(self, flag: RedFlag, u: Understanding) -> Fired:
        matched = tuple(sorted(flag.named() & u.present))
        return Fired(
            flag.id, TriageLevel(flag.level), str(flag.source), flag.crisis, flag.topic, matched
        )

    # --- what would change the level ---------------------------------------------------------

    def _missing(
        self, u: Understanding, level: TriageLevel, topic: str | None, local: frozenset[str]
    ) -> tuple[str, ...]:
        if level is TriageLevel.EMERGENCY:
            return ()
        missing: list[str] = []
        index = self._indexes.get(u.language)
        others = (
            self._others(u, index.scores(u), topic) if index is not None and self._parts(u) else ()
        )
        crisis = self._crisis(self.reader(u.language).code, u.text)
        for name, facts in _what_ifs(u):
            if name in missing:
                continue
            case = Case(u, facts, local=local, crisis=crisis)
            if self._level(self._fire(case), topic, u, others) is not level:
                missing.append(name)
        return tuple(missing)


def _understood(found: Assessment) -> int:
    """How much a reading understood, for choosing among readings: 0 its words, 1 only a
    look-alike word's topic, 2 nothing."""
    if not found.understood:
        return 2
    return 1 if found.guessed else 0


def _ruled_out(u: Understanding) -> frozenset[str]:
    """Findings ``u`` mentions only out of the present (absent, past, supposed, someone
    else's) or says are absent."""
    return (frozenset(m.finding for m in u.mentions) | u.negated) - u.present


def _told(reading: tuple[Assessment, Understanding]) -> frozenset[str]:
    """The words of what a reading understood: its findings' mentions when it understood the
    message, and what it was told is not there ("sina chest pain") in any case."""
    found, u = reading
    said = (m for m in u.mentions if found.understood or m.negated)
    return frozenset(w for m in said for w in u.text[m.start : m.end].split())


def _key(row: Row) -> frozenset[str] | None:
    """Findings of which a message must have one for ``row`` to hold (:func:`.rules.may_hold`
    fails without): the smallest such set the row gives; None when it needs none (vital
    signs, a temperature alone)."""
    options: list[frozenset[str]] = [frozenset({f}) for f in (*row.all, *row.new, *row.recent)]
    options += [frozenset(group) for group in (row.any, *row.one_of) if group]
    if row.at_least and row.at_least.n >= 1:
        options.append(frozenset(row.at_least.of))
    return min(options, key=len, default=None)


def _what_ifs(u: Understanding) -> Iterable[tuple[str, Facts]]:
    """Plausible values for each fact the person did not give."""
    f = u.facts
    if f.age_years is None:
        if f.subject in ("baby", "child"):
            ages: tuple[float, ...] = (
                (0.1, 0.4, 3.0, 10.0)
                if f.subject == "baby" or "fever" in u.present
                else (3.0, 10.0)
            )
        else:
            ages = (30.0, 70.0)
        yield from (("age", replace(f, age_years=a)) for a in ages)
    if f.duration_days is None:
        yield from (("duration", replace(f, duration_days=d)) for d in (0.5, 6.0, 30.0, 400.0))
    if f.temperature_c is None and ("fever" in u.present or u.facts.subject == "baby"):
        yield from (("temperature", replace(f, temperature_c=t)) for t in (38.3, 39.5, 40.5))
    # "my nephew has chickenpox and I've been with him": the writer may be the one pregnant
    writer = f.subject != "self" and u.writer
    could_be = f.subject in ("self", "other_adult") and f.sex != "male"
    if not f.pregnant and (could_be or writer):
        yield ("pregnancy", replace(f, pregnant=True, pregnancy_weeks=24))


def _spec_tag(spec: object) -> str:
    """A short digest of a language's normalising rules: a kept normalisation is keyed by
    them too, or a store seeded from an older file (a changed spelling fix) keeps the old one."""
    return hashlib.sha256(repr(spec).encode()).hexdigest()[:12]


def _kept(store: PatternStore, reader: Reader, tag: str, raw: str) -> str:
    """A topic alias normalised, kept with the language's patterns between runs (normalising
    every alias of every topic is a tenth of a cold start)."""
    return store.expansion(f"normalised\x1f{tag}\x1f{raw}", lambda: reader.normalise(raw))


@cache
def engine() -> Engine:
    """The shared engine, built on first use (the service warms it at start-up)."""
    return Engine()


def assess(text: str, language: str | None = None) -> Assessment:
    return engine().assess(text, language)

"""The safety invariants, generated over the whole knowledge base in every language.

Each generator yields :class:`Check`s; the tests assert every one passes and ``selfcare eval``
prints them as counts.

1. What we tell people to watch for, we recognise: every red flag's line, said back in the
   person's own voice — about themselves, their child, a parent, as the red flag's rows
   allow — reaches its level.
2. Every red flag's examples reach its level, because that red flag (or one as urgent about
   the same concern) fired: not merely because routine is where a message not understood
   lands.
3. Answers to questions are read for red flags: a topic's emergency line, given as the
   answer to the follow-up question, gets emergency advice with the number first.
4. Nothing the person says lowers a level reached: playing it down keeps the level.
5. Not understood is never self-care.
6. Scope: a finding said to be absent, in the past, hypothetical or a relative's history
   does not count.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice, product

from selfcare.assistant import Assistant, MemoryStore
from selfcare.assistant.engine import SIMILAR, Engine, Fired
from selfcare.assistant.knowledge.loader import Language
from selfcare.assistant.knowledge.schema import Range, RedFlag, Row
from selfcare.assistant.knowledge.voices import Voice, said_back
from selfcare.events import Channel, InboundMessage, MessageKind, TriageLevel

VOICES: tuple[Voice, ...] = ("self", "child", "parent")


@dataclass(frozen=True, slots=True)
class Check:
    kind: str  # which invariant
    case: str  # which record, voice, language
    passed: bool
    detail: str = ""
    text: str = ""  # the message checked, where there is one


def at_least(level: TriageLevel, wanted: str) -> bool:
    return level.rank <= TriageLevel(wanted).rank


def _inside(r: Range | None, default: float) -> float:
    """A value inside a row's range, to say a line back in the right context."""
    if r is None:
        return default
    if r.at_least is not None:
        return r.at_least + (1 if r.under is None or r.under - r.at_least > 1 else 0)
    return (r.under or default) / 2


def _context(row: Row, voices: list[Voice]) -> tuple[list[Voice], str]:
    """The voices a row applies to, and the English words that set its scene."""
    if row.baby or (row.age and row.age.under is not None and row.age.under <= 1):
        return ["child"], "my son is 3 months old and "
    if row.child or (row.age and row.age.under is not None and row.age.under <= 16):
        return ["child"], f"my son is {_inside(row.age, 4):g} and "
    if row.pregnant:
        return ["self"], f"I am {_inside(row.weeks, 30):g} weeks pregnant and "
    if row.postpartum:
        return ["self"], "I had a baby 5 days ago and "
    if row.age and row.age.at_least is not None:
        return ["parent"], f"my mum is {_inside(row.age, 70):g} and "
    if row.sex == "male":
        return [v for v in voices if v != "parent"] or ["child"], ""
    if row.sex == "female":
        return [v for v in voices if v != "child"] or ["parent"], ""
    return voices, ""


def contexts(flag: RedFlag) -> dict[Voice, list[tuple[str, frozenset[str]]]]:
    """Per voice, the contexts its rows apply in: a line about a baby is said about a baby,
    a pregnancy line by someone pregnant; a child-only line is not said about a parent."""
    out: dict[Voice, list[tuple[str, frozenset[str]]]] = {}
    for row in flag.when:
        voices, prefix = _context(row, list(VOICES))
        for voice in voices:
            out.setdefault(voice, []).append((prefix, frozenset(row.local)))
    return out


def said_back_lines(engine: Engine, language: Language) -> Iterator[Check]:
    """Invariant 1 in ``language`` (the scene-setting words are English, understood in
    every language)."""
    voices = language.spec.voices
    for flag in engine.kb.red_flags.values():
        said = language.red_flags.get(flag.id)
        if said is None:
            continue
        for voice, ways in contexts(flag).items():
            line = said_back(said.say, voices, voice)
            levels = [engine.assess(p + line, language.code, local).level for p, local in ways]
            ok = any(at_least(level, flag.level) for level in levels)
            detail = "" if ok else f"{ways[0][0]}{line!r} -> {levels[0].value}, want {flag.level}"
            yield Check("said back", f"{language.code}:{flag.id}:{voice}", ok, detail)


def covers(fired: Fired, flag: RedFlag) -> bool:
    """Whether ``fired`` answers the concern of ``flag``: it is ``flag``, or another red flag
    at least as urgent about the same topic or the same findings ("food stuck and drooling"
    may fire choking rather than food stuck). The similarity layer covers nothing: it says a
    message is like others, not what it is about."""
    if fired.id == flag.id:
        return True
    if fired.id == SIMILAR or not at_least(fired.level, flag.level):
        return False
    same_topic = flag.topic is not None and fired.topic == flag.topic
    return same_topic or not flag.named().isdisjoint(fired.matched)


def examples(engine: Engine, language: Language) -> Iterator[Check]:
    """Invariant 2 in ``language``: each example reaches its red flag's level ("example"),
    and does so because the red flag, or one covering the same concern, fired ("example
    fires"): a message not understood at all is routine, which is not recognising it."""
    for flag in engine.kb.red_flags.values():
        said = language.red_flags.get(flag.id)
        for text in said.examples if said else ():
            found = engine.assess(text, language.code)
            case = f"{language.code}:{flag.id}"
            ok = at_least(found.level, flag.level)
            detail = "" if ok else f"{text!r} -> {found.level.value}, want {flag.level}"
            yield Check("example", case, ok, detail, text)
            fired = [f.id for f in found.fired]
            ok = any(covers(f, flag) for f in found.fired)
            detail = "" if ok else f"{text!r} fired {fired or 'nothing'}, want {flag.id}"
            yield Check("example fires", case, ok, detail, text)


def _message(text: str, n: int, person: str) -> InboundMessage:
    return InboundMessage(
        channel=Channel.CLI,
        message_id=f"inv-{n}",
        sender=person,
        timestamp=datetime(2026, 12, 2, 12, 0, n, tzinfo=UTC),
        kind=MessageKind.TEXT,
        text=text,
    )


def answers(assistant: Assistant, language: Language) -> Iterator[Check]:
    """Invariant 3: a topic's emergency line given as the answer to its first question."""
    kb = assistant.engine.kb
    person = "+447700900123"
    for topic in kb.topics.values():
        text = language.topics.get(topic.id)
        if text is None:
            continue
        voice: Voice = "child" if topic.audience in ("child", "baby") else "self"
        for flag_id in topic.warnings.emergency:
            said = language.red_flags.get(flag_id)
            if said is None or voice not in contexts(kb.red_flags[flag_id]):
                continue
            store = MemoryStore(assistant)
            first = store.handle(_message(text.aliases[0], 1, person))
            if first.triage is TriageLevel.EMERGENCY:
                continue  # the topic's own words are an emergency already
            answer = said_back(said.say, language.spec.voices, voice)
            reply = store.handle(_message(answer, 2, person))
            ok = reply.triage is TriageLevel.EMERGENCY and "999" in reply.texts[0]
            detail = "" if ok else f"{text.aliases[0]!r} then {answer!r} -> {reply.triage}"
            yield Check("answer", f"{language.code}:{topic.id}:{flag_id}", ok, detail)


def push_back(assistant: Assistant, language: Language, most: int = 200) -> Iterator[Check]:
    """Invariant 4: after a red flag, playing it down never lowers the level."""
    kb = assistant.engine.kb
    phrases = language.commands.softening if language.commands else ()
    flags = [f for f in kb.red_flags.values() if f.id in language.red_flags]
    pairs = islice(product(flags[::7], phrases[::5]), most)
    for flag, phrase in pairs:
        voices = contexts(flag)
        voice = next(iter(voices))
        prefix, _ = voices[voice][0]
        line = prefix + said_back(language.red_flags[flag.id].say, language.spec.voices, voice)
        store = MemoryStore(assistant)
        first = store.handle(_message(line, 1, "+447700900124"))
        then = store.handle(_message(f"{phrase}, I think", 2, "+447700900124"))
        ok = first.triage is not None and then.triage is not None
        ok = ok and then.triage.rank <= first.triage.rank  # type: ignore[union-attr]
        detail = "" if ok else f"{line!r} ({first.triage}) then {phrase!r} -> {then.triage}"
        yield Check("push back", f"{language.code}:{flag.id}:{phrase}", ok, detail)


VAGUE = [
    "my",
    "the",
    "a",
    "is",
    "feeling",
    "weird",
    "odd",
    "thing",
    "bit",
    "sort",
    "of",
    "not",
    "right",
    "since",
    "yesterday",
    "elbow",
    "knee",
    "toe",
    "finger",
    "skin",
    "ear",
    "back",
    "arm",
    "leg",
    "funny",
    "strange",
    "worried",
    "mum",
    "dad",
    "son",
    "he",
    "she",
    "it",
]


def not_understood(engine: Engine, most: int = 400) -> Iterator[Check]:
    """Invariant 5 over messages made of vague words: self-care only when understood."""
    for n, words in enumerate(islice(product(VAGUE[::3], VAGUE[1::3], VAGUE[2::3]), most)):
        text = " ".join(words)
        found = engine.assess(text)
        ok = found.understood or found.level is not TriageLevel.SELF_CARE
        yield Check("not understood", f"#{n}", ok, "" if ok else f"{text!r} -> self_care")


SCOPES = {
    "negated": ("I do not have {label}", "no {bare} at all"),
    "past": ("I had {label} years ago, it went", "history of {label} as a child"),
    "hypothetical": ("what should I do if I get {label}",),
    "someone else": ("family history of {label}",),
}


def scope(engine: Engine) -> Iterator[Check]:
    """Invariant 6, in English, over every symptom whose label is itself understood."""
    en = engine.kb.reference
    for finding in engine.kb.findings.values():
        if finding.kind != "symptom" or finding.id not in en.findings:
            continue
        label = en.findings[finding.id].label
        if finding.id not in engine.understand(f"I have {label}").present:
            continue
        first, _, rest = label.partition(" ")
        bare = rest if first in ("a", "an", "the") and rest else label
        for name, templates in SCOPES.items():
            for template in templates:
                text = template.format(label=label, bare=bare)
                ok = finding.id not in engine.understand(text).present
                yield Check(f"scope: {name}", finding.id, ok, "" if ok else text)

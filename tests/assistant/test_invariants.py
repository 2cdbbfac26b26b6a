"""Safety invariants, each checked over the whole knowledge base (not a handful of examples).

1. What we tell people to watch for, we recognise: every red flag's line, said back in the
   person's own voice — about themselves, their child, a parent — reaches its level.
2. Every red flag's own examples reach its level.
3. Not understood is never self-care.
4. Answers to questions are read for red flags: a warning line given as the answer to a
   follow-up question gets emergency advice at once.
5. Nothing the person says lowers a level reached: playing it down keeps the advice.
6. Scope: a finding said to be absent, in the past, hypothetical or a relative's history
   does not count.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfcare.assistant import Assistant, MemoryStore
from selfcare.assistant.engine import engine
from selfcare.assistant.knowledge.loader import load, read
from selfcare.assistant.knowledge.schema import Range, RedFlag
from selfcare.assistant.knowledge.voices import said_back
from selfcare.events import Channel, InboundMessage, MessageKind, TriageLevel

KB = load()
EN = KB.reference
VOICES = ("self", "child", "parent")
FLAGS = sorted(KB.red_flags.values(), key=lambda f: f.id)
SHOWN = sorted(
    {(t.id, f) for t in KB.topics.values() for f in t.warnings.emergency},
)


def level_reached(text: str) -> TriageLevel:
    return engine().assess(text).level


def at_least(level: TriageLevel, wanted: str) -> bool:
    return level.rank <= TriageLevel(wanted).rank


def test_the_knowledge_base_has_no_problems() -> None:
    _, problems = read()
    assert not problems, "\n".join(str(p) for p in problems[:30])


def _inside(r: Range | None, default: float) -> float:
    """A value inside a row's range, for saying a line back in the right context."""
    if r is None:
        return default
    if r.at_least is not None:
        return r.at_least + (1 if r.under is None or r.under - r.at_least > 1 else 0)
    return (r.under or default) / 2


def contexts(flag: RedFlag) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Per voice, the contexts its rows apply in: a line about a baby is said about a baby,
    a pregnancy line by someone pregnant; a child-only line is not said about a parent."""
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for row in flag.when:
        local = frozenset(row.local)
        prefix = ""
        voices = list(VOICES)
        if row.baby or (row.age and row.age.under is not None and row.age.under <= 1):
            voices, prefix = ["child"], "my son is 3 months old and "
        elif row.child or (row.age and row.age.under is not None and row.age.under <= 16):
            age = _inside(row.age, 4)
            voices, prefix = ["child"], f"my son is {age:g} and "
        elif row.age and row.age.at_least is not None:
            voices, prefix = ["parent"], f"my mum is {_inside(row.age, 70):g} and "
        if row.pregnant:
            weeks = _inside(row.weeks, 30)
            voices, prefix = ["self"], f"I am {weeks:g} weeks pregnant and "
        elif row.postpartum:
            voices, prefix = ["self"], "I had a baby 5 days ago and "
        if row.sex == "male":
            voices = [v for v in voices if v != "parent"] or ["child"]
        elif row.sex == "female":
            voices = [v for v in voices if v != "child"] or ["parent"]
        for voice in voices:
            out.setdefault(voice, []).append((prefix, local))
    return out


@pytest.mark.parametrize("voice", VOICES)
@pytest.mark.parametrize("flag", FLAGS, ids=lambda f: f.id)
def test_every_warning_line_said_back_reaches_its_level(flag: RedFlag, voice: str) -> None:
    ways = contexts(flag).get(voice)
    if not ways:
        pytest.skip(f"{flag.id} does not apply to the {voice} voice")
    line = said_back(EN.red_flags[flag.id].say, EN.spec.voices, voice)  # type: ignore[arg-type]
    got = [engine().assess(prefix + line, local=local).level for prefix, local in ways]
    assert any(at_least(level, flag.level) for level in got), (
        f"{ways[0][0]}{line!r} -> {got[0].value}, want {flag.level}"
    )


@pytest.mark.parametrize("flag", FLAGS, ids=lambda f: f.id)
def test_every_example_reaches_its_level(flag) -> None:  # type: ignore[no-untyped-def]
    misses = [
        (text, level_reached(text).value)
        for text in EN.red_flags[flag.id].examples
        if not at_least(level_reached(text), flag.level)
    ]
    assert not misses, f"{flag.id} ({flag.level}): {misses}"


VAGUE_WORDS = [
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
    "kind",
    "not",
    "right",
    "since",
    "yesterday",
    "elbow",
    "knee",
    "toe",
    "finger",
    "tummy",
    "skin",
    "ear",
    "head",
    "back",
    "arm",
    "leg",
    "funny",
    "strange",
    "worried",
    "mum",
    "dad",
    "son",
    "daughter",
    "baby",
    "he",
    "she",
    "it",
    "hurts",
    "sore",
    "pain",
    "swollen",
    "red",
    "lump",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VAGUE_WORDS), min_size=1, max_size=12))
def test_not_understood_is_never_self_care(words: list[str]) -> None:
    found = engine().assess(" ".join(words))
    assert found.understood or found.level is not TriageLevel.SELF_CARE


def _message(text: str, n: int) -> InboundMessage:
    return InboundMessage(
        channel=Channel.CLI,
        message_id=f"inv-{n}",
        sender="+447700900123",
        timestamp=datetime(2026, 12, 2, 12, 0, n, tzinfo=UTC),
        kind=MessageKind.TEXT,
        text=text,
    )


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return Assistant(default_country="44")


@pytest.mark.parametrize(("topic", "flag"), SHOWN, ids=lambda x: str(x))
def test_a_warning_line_given_as_an_answer_is_an_emergency(
    assistant: Assistant, topic: str, flag: str
) -> None:
    store = MemoryStore(assistant)
    text = EN.topics[topic]
    first = store.handle(_message(text.aliases[0], 1))
    if first.triage is TriageLevel.EMERGENCY:
        pytest.skip("the topic's own words are an emergency already")
    voice = "child" if KB.topics[topic].audience in ("child", "baby") else "self"
    answer = said_back(EN.red_flags[flag].say, EN.spec.voices, voice)  # type: ignore[arg-type]
    reply = store.handle(_message(answer, 2))
    assert reply.triage is TriageLevel.EMERGENCY, (topic, answer, reply.texts)
    assert "999" in reply.texts[0]


URGENT_TOPICS = sorted(
    {(t.id, f) for t in KB.topics.values() for f in (*t.warnings.emergency, *t.warnings.urgent)}
)
PLAY_DOWN = EN.commands.softening if EN.commands else ()


@pytest.mark.parametrize("phrase", PLAY_DOWN[:: max(1, len(PLAY_DOWN) // 12)])
@pytest.mark.parametrize(("topic", "flag"), URGENT_TOPICS[:: max(1, len(URGENT_TOPICS) // 15)])
def test_playing_it_down_never_lowers_the_level(
    assistant: Assistant, topic: str, flag: str, phrase: str
) -> None:
    store = MemoryStore(assistant)
    voice = "child" if KB.topics[topic].audience in ("child", "baby") else "self"
    line = said_back(EN.red_flags[flag].say, EN.spec.voices, voice)  # type: ignore[arg-type]
    first = store.handle(_message(line, 1))
    assert first.triage is not None
    reached = first.triage
    reply = store.handle(_message(f"{phrase}, i think", 2))
    assert reply.triage is not None and reply.triage.rank <= reached.rank, (line, phrase)


SYMPTOMS = sorted(f.id for f in KB.findings.values() if f.kind == "symptom")
SCOPES = {
    "negated": ("I do not have {label}", "no {bare} at all"),
    "past": ("I had {label} years ago, it went", "history of {label} as a child"),
    "hypothetical": ("what should I do if I get {label}",),
    "someone_else": ("family history of {label}",),
}


def _recognised(finding: str) -> bool:
    return finding in engine().understand(f"I have {EN.findings[finding].label}").present


RECOGNISED = [f for f in SYMPTOMS if _recognised(f)]


def test_finding_labels_are_recognised() -> None:
    """The short names we show for findings are themselves understood (most of them)."""
    assert len(RECOGNISED) >= 0.8 * len(SYMPTOMS), sorted(set(SYMPTOMS) - set(RECOGNISED))


@pytest.mark.parametrize("scope", sorted(SCOPES))
@pytest.mark.parametrize("finding", RECOGNISED)
def test_scope_takes_a_finding_out_of_the_present(finding: str, scope: str) -> None:
    label = EN.findings[finding].label
    bare = label.split(" ", 1)[1] if label.split(" ", 1)[0] in ("a", "an", "the") else label
    for template in SCOPES[scope]:
        text = template.format(label=label, bare=bare)
        assert finding not in engine().understand(text).present, text

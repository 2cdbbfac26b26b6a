"""Multi-turn conversation scripts (tests/data/conversations/*.yaml), run turn by turn.

Each script names a fake triage engine as a rule table (or ``engine: real``) and lists turns:
``send`` (text), ``tap`` (a button or list row), or ``kind`` (a non-text message), each with
what the reply must show. See the scripts for the keys; unknown keys fail the test.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from selfcare.assistant import Assistant, MemoryStore, triage
from selfcare.assistant.triage import Assessment, Facts, Finding
from selfcare.events import Channel, InboundMessage, Media, MessageKind, Reply, TriageLevel

SCRIPTS = sorted((Path(__file__).parents[1] / "data" / "conversations").glob("*.yaml"))
PLACEHOLDER = "placeholder" in (triage.__doc__ or "")
EXPECT_KEYS = {
    "triage",
    "topic",
    "messages",
    "contains",
    "absent",
    "first_starts",
    "first_contains",
    "buttons",
    "menu",
    "silent",
    "actions",
    "state",
    "state_is_empty",
    "assessed",
}


class RuleEngine:
    """A fake engine from a script's rule table; remembers the texts it was given."""

    def __init__(self, rules: list[Mapping[str, Any]]) -> None:
        self.rules = rules
        self.calls: list[str] = []

    def __call__(self, text: str) -> Assessment:
        self.calls.append(text)
        low = text.lower()
        for rule in self.rules:
            if all(word.lower() in low for word in rule["when"]):
                level = TriageLevel(rule["level"])
                findings: tuple[Finding, ...] = ()
                if "reason" in rule:
                    crisis = bool(rule.get("crisis", False))
                    findings = (Finding("rule", level, rule["reason"], "x", crisis),)
                return Assessment(
                    level=level,
                    topic=rule.get("topic"),
                    findings=findings,
                    facts=Facts(subject=rule.get("subject", "self")),
                    missing=tuple(rule.get("missing", ())),
                )
        return Assessment(TriageLevel.SELF_CARE)


def _lookup(state: Mapping[str, Any], path: str) -> Any:
    value: Any = state
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _check(reply: Reply, expect: Mapping[str, Any], engine: RuleEngine | None, where: str) -> None:
    unknown = set(expect) - EXPECT_KEYS
    assert not unknown, f"{where}: unknown expect keys {unknown}"
    texts = reply.texts
    joined = "\n".join(texts)
    assert len(texts) <= 3 and all(len(t) <= 700 for t in texts), where
    assert not re.search(r"^(?!• ).*\byou have\b", joined, re.I | re.M), where
    if "triage" in expect:
        wanted = expect["triage"]
        assert (reply.triage.value if reply.triage else None) == wanted, f"{where}: {joined}"
    if "topic" in expect:
        assert reply.topic == expect["topic"], f"{where}: {joined}"
    if "messages" in expect:
        assert len(texts) == expect["messages"], f"{where}: {texts}"
    for part in expect.get("contains", ()):
        assert part in joined, f"{where}: {part!r} not in {joined!r}"
    for part in expect.get("absent", ()):
        assert part not in joined, f"{where}: {part!r} in {joined!r}"
    if "first_starts" in expect:
        assert texts and texts[0].startswith(expect["first_starts"]), f"{where}: {texts}"
    if "first_contains" in expect:
        assert texts and expect["first_contains"] in texts[0], f"{where}: {texts}"
    if "buttons" in expect:
        assert [b.id for b in reply.messages[-1].buttons] == expect["buttons"], where
    if expect.get("menu"):
        assert reply.messages and reply.messages[-1].menu is not None, where
    if expect.get("silent"):
        assert reply.messages == (), f"{where}: {texts}"
    if "actions" in expect:
        assert [a.value for a in reply.actions] == expect["actions"], where
    for path, value in expect.get("state", {}).items():
        assert _lookup(reply.state, path) == value, f"{where}: state {path} in {reply.state}"
    if expect.get("state_is_empty"):
        assert dict(reply.state) == {}, where
    if "assessed" in expect:
        assert engine is not None and expect["assessed"] in engine.calls, f"{where}: {engine}"


@pytest.mark.parametrize("path", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_conversation_script(path: Path) -> None:
    script = yaml.safe_load(path.read_text(encoding="utf-8"))
    engine: RuleEngine | None = None
    if script["engine"] == "real":
        if PLACEHOLDER:
            pytest.skip("the real triage engine has not landed")
        assistant = Assistant("44")
    else:
        engine = RuleEngine(script["engine"])
        assistant = Assistant("44", assess=engine)
    store = MemoryStore(assistant)
    phone = script.get("phone", "+447700900123")
    now = datetime(2025, 3, 5, 9, 0, tzinfo=UTC)
    assert script["turns"], "a script needs turns"
    for number, turn in enumerate(script["turns"], start=1):
        now += timedelta(hours=turn.get("after_hours", 0), minutes=1)
        kind, text, reply_id, media = MessageKind.TEXT, turn.get("send"), None, None
        if "tap" in turn:
            kind, text, reply_id = MessageKind.INTERACTIVE, turn["tap"]["title"], turn["tap"]["id"]
        elif "kind" in turn:
            kind = MessageKind(turn["kind"])
            media = Media(caption=turn["caption"]) if "caption" in turn else None
        message = InboundMessage(
            channel=Channel.WHATSAPP,
            message_id=f"wamid.{number}",
            sender=phone,
            timestamp=now,
            kind=kind,
            text=text,
            reply_id=reply_id,
            media=media,
        )
        reply = store.handle(message)
        _check(reply, turn.get("expect", {}), engine, f"{path.stem} turn {number}")


def test_the_scripts_cover_the_required_situations() -> None:
    names = {p.stem for p in SCRIPTS}
    assert {
        "question_answered",
        "topic_switch",
        "emergency_hold",
        "stop_start",
        "delete_my_data",
        "greetings",
        "non_text",
    } <= names

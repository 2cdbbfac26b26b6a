"""Whole conversations: the scripts in tests/data/conversations/ and the conversations issue
10 asks for, each through :class:`~selfcare.assistant.MemoryStore` with the real engine.

A script lists turns — ``send`` (text), ``tap`` (a button or list row) or ``kind`` (a non-text
message, with an optional ``caption``), ``after_hours`` to let time pass — each with what the
reply must show (the keys are :data:`EXPECT_KEYS`; an unknown key fails). ``strings`` and
``first_strings`` name interface strings (``languages/en/strings.yaml``, with the person's
place filled in), so a script pins what is said, not how it is worded.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from selfcare.assistant.render.plan import audience
from selfcare.assistant.render.words import Words
from selfcare.events import Media, MessageKind, Reply
from tests.assistant.support import (
    BSUID,
    EMERGENCY_PHRASES,
    FIJI,
    PHILIPPINES,
    UK,
    Chat,
    E,
    R,
    U,
    assert_well_formed,
    assistant,
    bullets,
    first_line,
    joined,
    kb,
    said,
    words,
)

SCRIPTS = sorted((Path(__file__).parents[1] / "data" / "conversations").glob("*.yaml"))
SCRIPT_KEYS = {"name", "phone", "turns"}
TURN_KEYS = {"send", "tap", "kind", "caption", "after_hours", "expect"}
EXPECT_KEYS = {
    "triage",
    "topic",
    "messages",
    "contains",
    "absent",
    "strings",
    "no_strings",
    "first_strings",
    "first_contains",
    "first_line_contains",
    "buttons",
    "menu",
    "silent",
    "actions",
    "state",
    "state_is_empty",
    "assessed",
}


def _lookup(state: Mapping[str, Any], path: str) -> Any:
    value: Any = state
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _check(reply: Reply, expect: Mapping[str, Any], chat: Chat, w: Words, where: str) -> None:
    unknown = set(expect) - EXPECT_KEYS
    assert not unknown, f"{where}: unknown expect keys {unknown}"
    assert_well_formed(reply)
    texts = reply.texts
    text = "\n".join(texts)
    if "triage" in expect:
        wanted = expect["triage"]
        assert (reply.triage.value if reply.triage else None) == wanted, f"{where}: {text}"
    if "topic" in expect:
        assert reply.topic == expect["topic"], f"{where}: {text}"
    if "messages" in expect:
        assert len(texts) == expect["messages"], f"{where}: {texts}"
    for part in expect.get("contains", ()):
        assert part in text, f"{where}: {part!r} not in {text!r}"
    for part in expect.get("absent", ()):
        assert part not in text, f"{where}: {part!r} in {text!r}"
    for name in expect.get("strings", ()):
        assert w(name) in text, f"{where}: string {name} not in {text!r}"
    for name in expect.get("no_strings", ()):
        assert w(name) not in text, f"{where}: string {name} in {text!r}"
    for name in expect.get("first_strings", ()):
        assert texts and w(name) in texts[0], f"{where}: string {name} not first: {texts}"
    if "first_contains" in expect:
        assert texts and expect["first_contains"] in texts[0], f"{where}: {texts}"
    if "first_line_contains" in expect:
        assert expect["first_line_contains"] in first_line(reply), f"{where}: {texts}"
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
        assert any(c.startswith(expect["assessed"]) for c in chat.calls), f"{where}: {chat.calls}"


@pytest.mark.parametrize("path", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_conversation_script(path: Path) -> None:
    script = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert not set(script) - SCRIPT_KEYS, f"unknown script keys {set(script) - SCRIPT_KEYS}"
    assert script["turns"], "a script needs turns"
    phone = script.get("phone", UK)
    chat = Chat(phone, record=True)
    w = words(phone)
    for number, turn in enumerate(script["turns"], start=1):
        assert not set(turn) - TURN_KEYS, f"turn {number}: unknown keys {set(turn) - TURN_KEYS}"
        after = timedelta(hours=turn.get("after_hours", 0), minutes=1)
        if "tap" in turn:
            reply = chat.send(
                turn["tap"]["title"],
                kind=MessageKind.INTERACTIVE,
                reply_id=turn["tap"]["id"],
                after=after,
            )
        elif "kind" in turn:
            media = Media(caption=turn["caption"]) if "caption" in turn else None
            reply = chat.send(kind=MessageKind(turn["kind"]), media=media, after=after)
        else:
            reply = chat.send(turn["send"], after=after)
        _check(reply, turn.get("expect", {}), chat, w, f"{path.stem} turn {number}")


def test_the_scripts_cover_the_required_situations() -> None:
    names = {p.stem for p in SCRIPTS}
    assert {
        "question_answered",
        "answer_by_button",
        "topic_switch",
        "emergency_hold",
        "hold_expires",
        "stop_start",
        "delete_my_data",
        "greetings",
        "non_text",
    } <= names


# --- issue 10: a conversation that listens ----------------------------------------------------

W = words()


def test_a_red_flag_given_as_an_answer_gets_emergency_advice() -> None:
    """A parent answers "how old is your child?" with a temperature and a red flag."""
    chat = Chat()
    chat.send("my daughter has a fever")
    assert chat.state["pending"]["fact"] == "age"
    reply = chat.send("39.8 and she's been really sleepy and hard to wake")
    assert_well_formed(reply)
    assert reply.triage is E, reply.texts
    assert "999" in first_line(reply)


def test_emergency_advice_from_an_answer_is_for_the_child_with_one_first_aid_line() -> None:
    chat = Chat()
    chat.send("my daughter has a fever")
    reply = chat.send("39.8 and she's been really sleepy and hard to wake")
    assert reply.triage is E
    text = reply.texts[0]
    assert W("emergency_other") in text and W("emergency_self") not in text  # about her
    lead = W("first_aid", first_aid="").strip()
    assert sum(line.startswith(lead) for line in text.splitlines()) == 1, text


def test_a_red_flag_given_as_a_duration_answer_gets_emergency_advice() -> None:
    chat = Chat()
    chat.send("I've got a sore throat")
    assert chat.state["pending"]["fact"] == "duration"
    reply = chat.send("2 days, and now I can't swallow my own spit and I'm drooling")
    assert reply.triage is E, reply.texts
    assert "999" in first_line(reply)


@pytest.mark.parametrize(
    "push_back",
    [
        "it's probably just indigestion",
        "my wife says I'm overreacting, it's only heartburn",
        "I'll see how I feel in the morning",
        "it's eased off now",
    ],
)
def test_push_back_after_emergency_advice_keeps_it(push_back: str) -> None:
    chat = Chat()
    first = chat.send("I've got a tight feeling in my chest and my left arm feels heavy")
    assert first.triage is E
    reply = chat.send(push_back)
    assert_well_formed(reply)
    assert reply.triage is E
    assert "999" in first_line(reply)
    text = joined(reply)
    assert W("what_may_help") not in text and W("level_self_care") not in text
    assert all(item not in text for item in kb().reference.topics["indigestion"].pharmacist)


@pytest.mark.parametrize(
    "text",
    [
        "my chest feels tight, probably just indigestion",
        "my husband has crushing chest pain but he says it's just indigestion",
    ],
)
def test_chest_pain_played_down_in_the_same_message_is_still_an_emergency(text: str) -> None:
    reply = Chat().send(text)
    assert reply.triage is E and "999" in first_line(reply)
    assert all(
        item not in joined(reply) for item in kb().reference.topics["indigestion"].pharmacist
    )


def test_a_relative_playing_down_an_urgent_complaint_does_not_lower_it() -> None:
    chat = Chat()
    first = chat.send("my leg is red hot and the redness is spreading")
    assert first.triage is U
    reply = chat.send("my husband says it's probably just a bit of sunburn")
    assert reply.triage is not None and reply.triage.rank <= U.rank, reply.texts
    assert chat.state["complaint"]["level"] in ("urgent", "emergency")


def _medicine_advice(key: str) -> str:
    medicines = kb().reference.medicines
    assert medicines is not None
    return medicines.advice[key]


def test_a_medicine_question_gets_the_medicine_answer() -> None:
    reply = Chat().send("can I take ibuprofen with my blood pressure tablets?")
    assert_well_formed(reply)
    text = joined(reply)
    assert _medicine_advice("ibuprofen+blood_pressure_tablets") in text
    assert W("not_understood") not in text and W("medicine_unknown") not in text


def test_a_medicine_question_in_the_middle_of_a_complaint_is_answered() -> None:
    chat = Chat()
    chat.send("I have a headache")
    assert chat.state["pending"]["fact"] == "duration"
    reply = chat.send("can I take ibuprofen with my blood pressure tablets?")
    text = joined(reply)
    assert _medicine_advice("ibuprofen+blood_pressure_tablets") in text
    assert W("reask", question=W("ask_duration")) not in text


def test_a_medicine_question_keeps_the_level_reached() -> None:
    chat = Chat()
    chat.send("my leg is red hot and the redness is spreading")
    reply = chat.send("can I take ibuprofen for it?")
    assert reply.triage is U
    assert W("level_urgent") in joined(reply)


def _not_repeated(reply: Reply, topic: str) -> None:
    text = kb().reference.topics[topic]
    body = joined(reply)
    assert text.title not in body and text.summary not in body
    assert not any(item in body for item in text.self_care)


def test_an_answer_that_changes_nothing_is_one_short_message() -> None:
    chat = Chat()
    first = chat.send("I've got a sore throat")
    assert chat.state["pending"]["fact"] == "duration"
    reply = chat.send("3 days")
    assert reply.triage is first.triage
    assert len(reply.messages) == 1 and len(reply.texts[0]) <= 300, reply.texts
    _not_repeated(reply, "sore_throat")


def test_a_button_answer_that_changes_nothing_is_one_short_message() -> None:
    chat = Chat()
    first = chat.send("I have a mouth ulcer")
    assert chat.state["pending"]["fact"] == "duration"
    reply = chat.tap("ans:duration:3", W("answer_days"))
    assert reply.triage is first.triage
    assert len(reply.messages) == 1 and len(reply.texts[0]) <= 300, reply.texts
    _not_repeated(reply, "mouth_ulcers")


def _net(reply: Reply, header: str) -> list[str]:
    """The bullet lines under one safety-net header."""
    text = joined(reply)
    assert header in text, text
    block = text.split(header, 1)[1].split("\n\n", 1)[0]
    return bullets(block)


@pytest.mark.parametrize(
    ("later", "topic"),
    [
        ("my son has had a bad cough for 2 days", "cough"),
        ("and my little girl has diarrhoea", "diarrhoea"),
    ],
)
@pytest.mark.parametrize("answered", [True, False], ids=["answered", "question_pending"])
def test_a_new_complaint_about_someone_else_switches_topic(
    later: str, topic: str, answered: bool
) -> None:
    chat = Chat()
    chat.send("I've got a sore throat")
    if answered:
        chat.send("3 days")
    reply = chat.send(later)
    assert_well_formed(reply)
    assert reply.topic == topic
    assert chat.state["complaint"]["topic"] == topic
    assert chat.state["complaint"]["subject"] == "child"
    lines = _net(reply, W("net_emergency"))
    assert lines and all(line.startswith("Your child") for line in lines), lines


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("my little girl has been coughing all night", "child"),
        ("my 4 year old has a sore throat", "child"),
        ("my baby has diarrhoea", "baby"),
        ("my baby has a rash", "baby"),
    ],
)
def test_advice_about_a_child_is_rendered_for_the_child(text: str, who: str) -> None:
    chat = Chat()
    chat.send("hi")
    reply = chat.send(text)
    assert_well_formed(reply)
    assert reply.topic is not None
    lines = _net(reply, W("net_emergency"))
    assert lines and all(line.startswith(f"Your {who}") for line in lines), lines
    shown = kb().topics[reply.topic].warnings.emergency
    assert any(said(flag, who) in lines for flag in shown)
    assert not any(said(flag) in lines for flag in shown)  # not the adult's lines


def test_more_about_the_same_child_is_rendered_for_the_child() -> None:
    """ "he" in a follow-up is still the son the conversation is about."""
    chat = Chat()
    chat.send("my son has a sore throat")
    reply = chat.send("he's 6 and he has a temperature of 39 and a rash")
    assert reply.triage is not None and reply.triage.rank <= U.rank
    lines = _net(reply, W("net_emergency") if reply.triage is not E else W("update_watch"))
    assert lines and all(line.startswith("Your child") for line in lines), lines


@pytest.mark.parametrize("phrase", EMERGENCY_PHRASES)
def test_an_emergency_leads_with_the_number_and_one_first_aid_line(phrase: str) -> None:
    reply = Chat().send(phrase)
    assert reply.triage is E
    assert "999" in first_line(reply)
    lead = W("first_aid", first_aid="").strip()
    aid = [line for line in joined(reply).splitlines() if line.startswith(lead)]
    assert len(aid) == 1, reply.texts
    assert aid[0] in reply.texts[0]
    assessed = assistant().assess(phrase)
    fired = [f for f in assessed.fired if f.level is E]
    # the line for whom it is about ("I can't breathe": the writer's, not "sit them upright")
    first_aid = W.first_aid(fired[0].id, audience(assessed.facts.subject))
    assert first_aid is not None
    assert first_aid[1:] in aid[0]


def test_an_unknown_country_gets_neutral_words() -> None:
    chat = Chat(FIJI)
    replies = [chat.send(t) for t in ("hi", "I've got a sore throat", "3 days", "thanks")]
    emergency = Chat(FIJI).send(EMERGENCY_PHRASES[0])
    crisis = Chat(FIJI).send("I want to kill myself")
    assert W("emergency_unknown") in first_line(emergency)
    assert W("emergency_unknown") in crisis.texts[0]
    text = "\n".join(joined(r) for r in [*replies, emergency, crisis])
    assert "112 works from most mobile" in text
    for other in ("999", "911", "NHS", "111", "A&E", "Samaritans"):
        assert other not in text, other


def test_the_philippines_gets_911() -> None:
    chat = Chat(PHILIPPINES)
    emergency = chat.send(EMERGENCY_PHRASES[0])
    assert "911" in first_line(emergency)
    advice = Chat(PHILIPPINES).send("I've got a sore throat")
    text = joined(emergency) + joined(advice)
    assert "911" in joined(advice)
    for other in ("999", "NHS", "A&E"):
        assert other not in text, other


@pytest.mark.parametrize(("default", "number"), [("44", "999"), ("1", "911"), ("63", "911")])
def test_a_business_scoped_id_gets_the_default_country(default: str, number: str) -> None:
    reply = Chat(BSUID, default_country=default).send(EMERGENCY_PHRASES[0])
    assert reply.triage is E and number in first_line(reply)


def test_a_business_scoped_id_with_an_unknown_default_gets_neutral_words() -> None:
    reply = Chat(BSUID, default_country="999").send(EMERGENCY_PHRASES[0])
    assert W("emergency_unknown") in first_line(reply)
    assert "999" not in joined(reply)


NOT_UNDERSTOOD = ["I feel a bit weird", "something's not right with me", "my tummy is doing odd"]


@pytest.mark.parametrize("text", NOT_UNDERSTOOD)
def test_a_message_not_understood_gets_routine_one_question_and_the_safety_net(
    text: str,
) -> None:
    chat = Chat()
    chat.send("hi")
    reply = chat.send(text)
    assert_well_formed(reply)
    assert reply.triage is R  # never self-care
    body = joined(reply)
    assert body.count("?") == 1, body  # one clarifying question
    net = _net(reply, W("not_understood_net"))
    assert len(net) >= 3
    assert "999" in W("not_understood_net")
    assert reply.messages[-1].menu is not None  # and a short menu to pick from
    assert chat.state["complaint"]["level"] == "routine"


@pytest.mark.parametrize("text", NOT_UNDERSTOOD)
def test_the_engine_never_says_self_care_for_what_it_did_not_understand(text: str) -> None:
    found = assistant().assess(text)
    assert not found.understood and found.level is R


def test_someone_not_waking_up_is_an_emergency_not_a_faint() -> None:
    reply = Chat().send("my friend isn't waking up")
    assert reply.triage is E and "999" in first_line(reply)
    assert all(
        f.id != "collapse_recovered" for f in assistant().assess("my friend isn't waking up").fired
    )


@pytest.mark.parametrize(
    "text",
    [
        "I've said goodbye to everyone and I have the pills ready",
        "I've written letters to my family and I'm going to end it tonight",
        "I've given my things away, I won't be around much longer",
    ],
)
def test_a_farewell_with_the_means_ready_gets_the_crisis_line(text: str) -> None:
    reply = Chat().send(text)
    assert_well_formed(reply)
    assert reply.triage is E, reply.texts
    assert "116 123" in reply.texts[0] and "999" in reply.texts[0]
    assert reply.messages[-1].menu is None


@pytest.mark.parametrize(
    "text",
    [
        "sometimes I wish I could go to sleep and not wake up, no plan",
        "I just want to go to sleep and never wake up",
    ],
)
def test_a_wish_not_to_wake_up_gets_the_crisis_line_not_first_aid(text: str) -> None:
    """Thoughts of not waking up are about the person's life, not someone unresponsive."""
    reply = Chat().send(text)
    assert_well_formed(reply)
    assert reply.triage in (E, U)
    assert "116 123" in reply.texts[0]
    lead = W("first_aid", first_aid="").strip()
    assert lead not in joined(reply), reply.texts


@pytest.mark.parametrize(
    "text",
    [
        "I accidentally took double my paracetamol dose this morning",
        "I took 12 paracetamol yesterday by mistake for my toothache",
    ],
)
def test_an_accidental_overdose_gets_urgent_help_not_the_suicide_script(text: str) -> None:
    reply = Chat().send(text)
    assert_well_formed(reply)
    assert reply.triage in (E, U), reply.texts
    # Not the suicide script: nobody said they meant it (the topic's safety net may still
    # name the crisis line among its warnings).
    assert W("crisis").split(".")[0] not in joined(reply)
    assert "116 123" not in reply.texts[0]


def test_an_intended_overdose_gets_the_crisis_line() -> None:
    reply = Chat().send("I took all my tablets because I want to die")
    assert reply.triage is E
    assert "116 123" in reply.texts[0] and "999" in reply.texts[0]


def test_self_care_is_never_the_answer_to_a_red_flag_in_any_turn() -> None:
    """The same warning line, sent as the first message or after a self-care complaint."""
    line = "my son is floppy and not responding normally"
    assert Chat().send(line).triage is E
    chat = Chat()
    chat.send("my son has a runny nose")
    assert chat.send(line).triage is E

"""The conversation: safety first, commands, non-text messages, questions, state, limits.

Every test runs the real engine through :class:`~selfcare.assistant.MemoryStore`. Wording is
checked against the interface strings (``languages/en/strings.yaml``) and the records, with
the person's place filled in, so these tests pin behaviour, not sentences.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from selfcare.events import Channel, Conversation, InboundMessage, Media, MessageKind, ReplyAction
from tests.assistant.support import (
    CRISIS_PHRASES,
    EMERGENCY_PHRASES,
    NUMBERS,
    SOFTENING,
    T0,
    UK,
    US,
    Chat,
    E,
    R,
    S,
    U,
    assert_well_formed,
    assistant,
    first_line,
    joined,
    kb,
    said,
    words,
)

W = words()  # the strings as a UK reply has them


# --- first contact ------------------------------------------------------------------------


def test_first_greeting_gets_the_welcome_privacy_notice_and_a_menu() -> None:
    reply = Chat().send("Hello!")
    assert_well_formed(reply)
    assert W("welcome") in reply.texts[0]
    text = joined(reply)
    assert "999" in text and "DELETE MY DATA" in text and "STOP" in text
    assert reply.triage is None
    menu = reply.messages[-1].menu
    assert menu is not None and 1 <= len(menu.rows) <= 10
    ids = {row.id for row in menu.rows}
    assert "topic:other" in ids
    assert {i.removeprefix("topic:") for i in ids} - {"other"} <= set(kb().topics)


def test_first_message_with_a_complaint_is_answered_in_the_same_turn() -> None:
    reply = Chat().send("I have a headache")
    assert_well_formed(reply)
    assert W("welcome") in reply.texts[0]  # the welcome first
    assert reply.triage is S and reply.topic == "headache"
    text = joined(reply)
    topic = kb().reference.topics["headache"]
    assert topic.title in text and topic.self_care[0] in text
    assert topic.pharmacist[0] in text
    # the safety net is the topic's own red flags, as the records say them
    assert said(kb().topics["headache"].warnings.emergency[0]) in text


def test_welcome_is_given_once() -> None:
    chat = Chat()
    chat.send("hi")
    assert W("welcome") not in joined(chat.send("I have a headache"))
    assert W("welcome") not in joined(chat.send("hi"))


def test_first_contact_emergency_puts_the_emergency_first() -> None:
    reply = Chat().send(EMERGENCY_PHRASES[0])
    assert_well_formed(reply)
    assert reply.triage is E
    assert "999" in first_line(reply)
    assert W("welcome") not in reply.texts[0]
    assert W("welcome") in joined(reply)  # after the emergency advice


# --- safety -------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", EMERGENCY_PHRASES)
def test_an_emergency_leads_with_the_number(phrase: str) -> None:
    chat = Chat()
    for reply in (chat.send(phrase), chat.send(phrase)):  # first contact and later
        assert_well_formed(reply)
        assert reply.triage is E, reply.texts
        assert "999" in first_line(reply)


@pytest.mark.parametrize("phone", NUMBERS)
def test_the_number_is_the_local_one(phone: str) -> None:
    chat = Chat(phone)
    for phrase in EMERGENCY_PHRASES[:2]:
        reply = chat.send(phrase)
        assert_well_formed(reply)
        assert reply.triage is E
        assert NUMBERS[phone] in first_line(reply)


def test_emergency_wins_while_stopped() -> None:
    chat = Chat()
    chat.send("hi")
    chat.send("STOP")
    reply = chat.send(EMERGENCY_PHRASES[1])
    assert reply.triage is E and "999" in first_line(reply)
    assert chat.state.get("stopped") is True  # still stopped for everything else
    assert chat.send("I have a headache").messages == ()


def test_emergency_wins_mid_question() -> None:
    chat = Chat()
    chat.send("my daughter has a fever")
    assert chat.state["pending"]["fact"] == "age"
    reply = chat.send(EMERGENCY_PHRASES[2])
    assert reply.triage is E and "999" in first_line(reply)
    assert "pending" not in chat.state


def test_emergency_wins_mid_delete_and_nothing_is_erased() -> None:
    chat = Chat()
    chat.send("hi")
    chat.send("DELETE MY DATA")
    reply = chat.send(EMERGENCY_PHRASES[3])
    assert reply.triage is E and "999" in first_line(reply) and not reply.actions
    assert "confirm_delete" not in chat.state
    assert not chat.send("yes").actions  # the question was dropped with the emergency


@pytest.mark.parametrize("softening", SOFTENING)
def test_emergency_advice_is_never_softened(softening: str) -> None:
    chat = Chat()
    chat.send(EMERGENCY_PHRASES[0])
    for _ in range(2):
        reply = chat.send(softening)
        assert_well_formed(reply)
        assert reply.triage is E
        assert "999" in reply.texts[0]
        text = joined(reply)
        assert W("level_self_care") not in text and W("what_may_help") not in text


def test_holding_the_line_lasts_a_day() -> None:
    chat = Chat()
    chat.send(EMERGENCY_PHRASES[0])
    assert chat.send("hi", after=timedelta(hours=23)).triage is E
    later = chat.send("hi", after=timedelta(hours=2))
    assert later.triage is None
    assert later.messages[-1].menu is not None  # a greeting again, not the advice


def test_after_calling_for_help_the_person_is_reassured() -> None:
    chat = Chat()
    chat.send(EMERGENCY_PHRASES[0])
    reply = chat.send("ok I've called 999, the ambulance is on the way")
    assert reply.triage is E
    assert reply.texts == (W("emergency_hold_acted"),)


def test_not_calling_is_not_having_called() -> None:
    chat = Chat()
    chat.send(EMERGENCY_PHRASES[0])
    reply = chat.send("I haven't called anyone")
    assert reply.triage is E and W("emergency_hold_acted") not in joined(reply)
    assert "999" in reply.texts[0]


def test_a_new_complaint_after_an_emergency_is_answered_with_a_reminder() -> None:
    chat = Chat()
    chat.send(EMERGENCY_PHRASES[0])
    reply = chat.send("I have a sore throat too")
    assert_well_formed(reply)
    assert reply.topic == "sore_throat"
    assert "999" in reply.texts[0]  # the reminder comes first
    assert kb().reference.topics["sore_throat"].title not in reply.texts[0]
    # playing the emergency down later still brings it back
    again = chat.send("the chest pain is probably nothing")
    assert again.triage is E and "999" in first_line(again)


def test_a_non_text_message_during_an_emergency_gets_the_reminder() -> None:
    chat = Chat()
    chat.send(EMERGENCY_PHRASES[0])
    reply = chat.send(kind=MessageKind.AUDIO)
    assert reply.triage is E and "999" in first_line(reply)


@pytest.mark.parametrize(
    ("phone", "line", "number"),
    [
        (UK, "116 123", "999"),
        (US, "988", "911"),
        ("+919812345678", "14416", "112"),
        ("+61412345678", "13 11 14", "000"),
        ("+5511987654321", "188", "192"),
    ],
)
@pytest.mark.parametrize("phrase", CRISIS_PHRASES)
def test_crisis_gets_the_crisis_line_and_the_emergency_number(
    phone: str, line: str, number: str, phrase: str
) -> None:
    chat = Chat(phone)
    reply = chat.send(phrase)
    assert_well_formed(reply)
    assert reply.triage is E
    first = reply.texts[0]
    assert line in first and number in first
    assert not any(m.buttons or m.menu for m in reply.messages)  # warm and short: no menus
    again = chat.send("I don't want to talk to anyone")
    assert again.triage is E
    assert line in again.texts[0] and number in again.texts[0]


def test_crisis_without_a_crisis_line_gives_the_emergency_number() -> None:
    reply = Chat("+2348031234567").send(CRISIS_PHRASES[0])  # Nigeria: no crisis line known
    assert reply.triage is E and "112" in reply.texts[0]


def test_a_collapse_without_breathing_gets_cpr_as_first_aid() -> None:
    """The one first-aid line must fit the emergency: someone collapsed and not breathing
    needs CPR, not an inhaler."""
    reply = Chat().send("my dad collapsed and isn't breathing")
    assert reply.triage is E and "999" in first_line(reply)
    aid = [line for line in reply.texts[0].splitlines() if line.startswith("While you wait")]
    assert len(aid) == 1 and "CPR" in aid[0], aid


# --- commands -----------------------------------------------------------------------------


def test_a_command_sent_last_in_a_joined_turn_is_honoured() -> None:
    """Messages sent in quick succession reach the assistant as one turn, a line each
    (the worker joins them): STOP or DELETE MY DATA sent last is the person's last word;
    a red flag anywhere in the turn still comes first."""
    chat = Chat()
    stop = chat.send("I have a headache\nSTOP")
    assert stop.texts == (W("stopped"),) and chat.state.get("stopped") is True
    chat = Chat()
    ask = chat.send("my knee hurts\ndelete my data")
    assert ask.messages[-1].buttons and chat.state.get("confirm_delete") is True
    chat = Chat()
    urgent = chat.send("my chest hurts and I can't breathe\nSTOP")
    assert urgent.triage is E and "999" in first_line(urgent)
    chat = Chat()
    assert chat.send("STOP\nI have a headache").texts != (W("stopped"),)  # not the last word


def test_stop_confirms_once_then_silence_until_start() -> None:
    chat = Chat()
    chat.send("hi")
    stop = chat.send("STOP")
    assert stop.texts == (W("stopped"),)
    assert "START" in stop.texts[0] and "999" in stop.texts[0]
    for text in ("I have a headache", "hello", "STOP", "ok", "thanks", "help"):
        assert chat.send(text).messages == ()
    assert chat.send(kind=MessageKind.IMAGE).messages == ()
    back = chat.send("START")
    assert back.messages and W("started") in back.texts[0]
    assert back.messages[-1].menu is not None
    assert "stopped" not in chat.state
    assert chat.send("I have a headache").topic == "headache"


def test_delete_my_data_asks_first_then_erases() -> None:
    chat = Chat()
    chat.send("I have a headache")
    ask = chat.send("delete my data")
    assert ReplyAction.ERASE_DATA not in ask.actions
    assert [b.id for b in ask.messages[-1].buttons] == ["delete:yes", "delete:no"]
    done = chat.tap("delete:yes", W("delete_yes"))
    assert done.actions == (ReplyAction.ERASE_DATA,)
    assert done.state == {}
    assert done.texts == (W("deleted"),)
    assert W("welcome") in joined(chat.send("hi"))  # a fresh start


def test_delete_my_data_can_be_cancelled() -> None:
    chat = Chat()
    chat.send("I have a headache")
    chat.send("DELETE MY DATA")
    reply = chat.send("no")
    assert ReplyAction.ERASE_DATA not in reply.actions and W("delete_cancelled") in reply.texts[0]
    assert chat.state["complaint"]["topic"] == "headache"


def test_delete_is_honoured_while_stopped_and_stop_is_kept() -> None:
    chat = Chat()
    chat.send("hi")
    chat.send("STOP")
    assert chat.send("DELETE MY DATA").messages[-1].buttons
    done = chat.send("yes")
    assert done.actions == (ReplyAction.ERASE_DATA,)
    assert dict(done.state) == {"stopped": True}
    assert chat.send("I have a headache").messages == ()


@pytest.mark.parametrize("text", ["help", "MENU", "Help!", "what can you do"])
def test_help_and_menu(text: str) -> None:
    chat = Chat()
    chat.send("hi")
    reply = chat.send(text)
    assert_well_formed(reply)
    assert reply.messages[-1].menu is not None
    assert reply.triage is None


def test_a_sentence_with_help_in_it_is_not_the_help_command() -> None:
    reply = Chat().send("help, my baby isn't breathing")
    assert reply.triage is E and "999" in first_line(reply)


@pytest.mark.parametrize("text", ["ok", "??", "👍", "thanks!", "k", "lol"])
def test_short_unknown_text_is_handled_gracefully(text: str) -> None:
    chat = Chat()
    chat.send("hi")
    reply = chat.send(text)
    assert_well_formed(reply)
    assert reply.messages and reply.triage is None


def test_thanks_after_advice_repeats_the_safety_net() -> None:
    chat = Chat()
    chat.send("I have a headache")
    reply = chat.send("thank you")
    assert reply.texts[0].startswith(W("thanks"))
    assert "999" in reply.texts[0]
    sign = said(kb().topics["headache"].warnings.emergency[0])
    assert sign[1:] in reply.texts[0]


def test_topic_picked_from_the_menu() -> None:
    chat = Chat()
    chat.send("hi")
    reply = chat.tap("topic:headache", "Headache")
    assert_well_formed(reply)
    assert reply.topic == "headache"
    assert kb().reference.topics["headache"].title in reply.texts[0]
    assert chat.state["complaint"]["topic"] == "headache"
    other = chat.tap("topic:other", W("menu_other"))
    assert other.texts == (W("something_else"),)


# --- non-text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        (MessageKind.AUDIO, "non_text_audio"),
        (MessageKind.IMAGE, "non_text_other"),
        (MessageKind.STICKER, "non_text_other"),
        (MessageKind.VIDEO, "non_text_other"),
        (MessageKind.DOCUMENT, "non_text_other"),
        (MessageKind.LOCATION, "non_text_location"),
        (MessageKind.CONTACTS, "non_text_contacts"),
        (MessageKind.UNSUPPORTED, "non_text_other"),
    ],
)
def test_non_text_gets_a_short_kind_reply(kind: MessageKind, name: str) -> None:
    chat = Chat()
    chat.send("hi")
    reply = chat.send(kind=kind)
    assert len(reply.messages) == 1
    assert reply.texts[0].startswith(W(name)) and "999" in reply.texts[0]


def test_non_text_first_gets_the_answer_then_the_welcome() -> None:
    reply = Chat().send(kind=MessageKind.STICKER)
    assert len(reply.messages) == 2
    assert reply.texts[0].startswith(W("non_text_other"))
    assert reply.texts[1] == W("welcome")


@pytest.mark.parametrize("kind", [MessageKind.REACTION, MessageKind.SYSTEM])
def test_reactions_and_system_messages_get_no_reply(kind: MessageKind) -> None:
    chat = Chat()
    chat.send("hi")
    reply = chat.send(kind=kind, reaction_emoji="👍", reacted_to="wamid.1")
    assert reply.messages == ()


def test_a_photo_caption_is_read() -> None:
    chat = Chat()
    chat.send("hi")
    reply = chat.send(kind=MessageKind.IMAGE, media=Media(caption=EMERGENCY_PHRASES[0]))
    assert reply.triage is E and "999" in first_line(reply)
    chat = Chat()
    chat.send("hi")
    reply = chat.send(kind=MessageKind.IMAGE, media=Media(caption="I have a headache"))
    assert reply.topic == "headache"
    assert reply.texts[0].startswith(W("media_note"))


# --- questions ------------------------------------------------------------------------------


def test_a_question_is_asked_and_the_answer_is_used() -> None:
    chat = Chat(record=True)
    first = chat.send("my daughter has a fever")
    assert_well_formed(first)
    assert W("ask_age_child") in first.texts[-1]
    assert chat.state["pending"]["fact"] == "age"
    reply = chat.send("she's 2 months")
    assert_well_formed(reply)
    assert any(c.startswith("my daughter has a fever. 2 months old") for c in chat.calls)
    assert reply.triage is not None and reply.triage.rank < first.triage.rank  # type: ignore[union-attr]
    assert "pending" not in chat.state


def test_an_answer_by_button_is_used() -> None:
    chat = Chat(record=True)
    first = chat.send("I've got a sore throat")
    assert chat.state["pending"]["fact"] == "duration"
    ids = [b.id for b in first.messages[-1].buttons]
    assert ids and all(i.startswith("ans:duration:") for i in ids)
    chat.tap(ids[1], W("answer_days"))
    assert any(call.endswith("sore throat. for 3 days") for call in chat.calls), chat.calls


def test_an_answer_that_changes_nothing_says_so_and_asks_the_next() -> None:
    chat = Chat()
    first = chat.send("my son has a fever")
    assert chat.state["pending"]["fact"] == "age"
    reply = chat.send("he's 6")
    assert reply.triage is first.triage
    assert len(reply.messages) == 1
    assert W("question_intro") in reply.texts[0]  # the second question
    assert chat.state["pending"]["fact"] != "age"


def test_at_most_two_questions_per_complaint() -> None:
    chat = Chat()
    chat.send("my son has a fever")
    chat.send("not sure")
    chat.send("not sure")
    assert "pending" not in chat.state
    assert len(chat.state["complaint"]["asked"]) == 2
    assert chat.state["complaint"]["topic"] == "fever_child"


def test_an_ignored_question_and_a_new_complaint() -> None:
    chat = Chat()
    chat.send("my daughter has a fever")
    reply = chat.send("actually I have a bad sore throat myself")
    assert reply.topic == "sore_throat"
    assert chat.state["complaint"]["topic"] == "sore_throat"


def test_a_non_answer_is_asked_again_once() -> None:
    chat = Chat()
    chat.send("my daughter has a fever")
    again = chat.send("hmm what")
    assert len(again.messages) == 1
    assert again.texts[0] == W("reask", question=W("ask_age_child"))
    moved_on = chat.send("hmm what")
    assert W("ask_age_child") not in joined(moved_on)


def test_more_detail_on_the_same_complaint_is_reassessed() -> None:
    chat = Chat()
    chat.send("I have a headache")
    chat.tap("ans:duration:0.5", W("answer_today"))
    reply = chat.send("I also have jaw pain when chewing and my scalp is tender")
    assert_well_formed(reply)
    assert reply.triage is U and reply.topic == "headache"
    assert len(reply.messages) == 1  # what changed, not the whole advice again
    assert W("level_urgent") in reply.texts[0]


def test_more_detail_that_is_an_emergency_gets_emergency_advice() -> None:
    chat = Chat()
    chat.send("I have a headache")
    reply = chat.send("it's the worst headache of my life, came on in seconds")
    assert reply.triage is E and "999" in first_line(reply)


def test_routine_level_wording() -> None:
    reply = Chat().send("my mole has got bigger and darker")
    assert reply.triage is R
    assert W("level_routine") in joined(reply) and "your GP" in joined(reply)


def test_urgent_wording_outside_the_uk() -> None:
    chat = Chat(US)
    chat.send("hi")
    reply = chat.send("my leg is red hot and the redness is spreading")
    assert reply.triage is U
    text = joined(reply)
    assert words(US)("level_urgent") in text
    assert "NHS" not in text and "999" not in text


# --- state ----------------------------------------------------------------------------------


def test_state_is_json_and_the_assistant_is_pure() -> None:
    helper = assistant()
    message = InboundMessage(Channel.WHATSAPP, "m1", UK, T0, MessageKind.TEXT, text="headache")
    conversation = Conversation(UK)
    one = helper.respond(conversation, message)
    two = helper.respond(conversation, message)
    assert one == two
    assert json.loads(json.dumps(one.state)) == dict(one.state)
    follow = InboundMessage(Channel.WHATSAPP, "m2", UK, T0, MessageKind.TEXT, text="2 days")
    later = Conversation(UK, state=one.state)
    assert helper.respond(later, follow) == helper.respond(later, follow)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=12,
)
_KEYS = st.sampled_from(
    ["v", "lang", "welcomed", "stopped", "confirm_delete", "complaint", "pending", "hold"]
)


@given(
    st.dictionaries(_KEYS | st.text(max_size=12), _JSON),
    st.sampled_from(["hi there", "yes", "2", "ibuprofen?", "STOP", "I have a headache"]),
)
@settings(max_examples=50, deadline=None)
def test_odd_state_never_breaks_the_assistant(state: dict[str, Any], text: str) -> None:
    message = InboundMessage(Channel.WHATSAPP, "m1", UK, T0, MessageKind.TEXT, text=text)
    reply = assistant().respond(Conversation(UK, state=state), message)
    assert_well_formed(reply)
    json.dumps(reply.state)


def test_an_odd_complaint_in_the_state_never_breaks_the_assistant() -> None:
    state = {
        "welcomed": True,
        "complaint": {"text": "x", "topic": "no_such_topic", "level": "sideways", "asked": 3},
        "pending": {"fact": "shoe size", "at": "yesterday"},
        "hold": {"topic": 5, "reason": None, "crisis": "no", "at": "not a time"},
    }
    for text in ("hi", "2", "thanks", "I have a headache", EMERGENCY_PHRASES[0]):
        message = InboundMessage(Channel.WHATSAPP, "m1", UK, T0, MessageKind.TEXT, text=text)
        reply = assistant().respond(Conversation(UK, state=state), message)
        assert_well_formed(reply)


_TURNS = [
    "hi",
    "STOP",
    "START",
    "yes",
    "no",
    "2",
    "3 days",
    "39.5",
    "DELETE MY DATA",
    "thanks",
    "I have a headache",
    "my son has a fever",
    "I've got a sore throat",
    "can I take ibuprofen with my blood pressure tablets?",
    *SOFTENING,
    *EMERGENCY_PHRASES,
    *CRISIS_PHRASES,
]


@given(
    st.lists(st.sampled_from(_TURNS) | st.text(max_size=300), min_size=1, max_size=6),
    st.sampled_from(list(NUMBERS)),
)
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_any_conversation_keeps_the_limits_and_the_emergency_first(
    turns: list[str], phone: str
) -> None:
    """Whatever is typed, in any order: the limits hold, and a message that is an emergency
    on its own is answered with the local number first, whatever the state."""
    chat = Chat(phone)
    for text in turns:
        reply = chat.send(text)
        assert_well_formed(reply)
        if assistant().assess(text).level is E:
            assert reply.triage is E, (text, reply.texts)
            assert NUMBERS[phone] in reply.texts[0]  # a crisis reply says it after a kind word

"""Handover through the real worker and assistant, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from selfcare.desk.store import Desk, OptedOut, WindowClosed, wording
from selfcare.store import Store
from selfcare.store.tables import desk as desk_table
from selfcare.store.tables import inbox
from tests.desk.conftest import ALICE, ASSISTANT, Turns, policy

BOB = "+447700900456"


async def test_asking_for_a_human_gets_one_notice_and_then_silence(turns: Turns) -> None:
    await turns.say("I have a sore throat")
    [notice] = await turns.say("can I talk to a nurse please")
    assert "someone from our team" in notice and "999" in notice
    row = await turns.row()
    assert row is not None and row["state"] == "waiting" and not row["urgent"]
    [summary] = await turns.desk.conversations("waiting")
    assert summary.topic is not None and "throat" in summary.topic  # the complaint so far
    assert await turns.say("hello?") == []
    assert await turns.say("nurse??") == [], "one notice, not one per request"
    assert await turns.say("I also have a cough") == []
    assert (await turns.row() or {})["state"] == "waiting"


async def test_a_red_flag_while_waiting_gets_emergency_advice_and_is_urgent(turns: Turns) -> None:
    await turns.say("real person")
    said = await turns.say("my chest hurts, crushing pain spreading to my arm")
    assert said and said[0].startswith("Call 999")
    row = await turns.row()
    assert row is not None and row["state"] == "waiting" and row["urgent"]
    assert row["reason"] == "emergency"


async def test_a_crisis_while_an_operator_holds_it_still_gets_the_crisis_line(
    turns: Turns,
) -> None:
    await turns.say("speak to someone")
    row = await turns.row()
    assert row is not None
    await turns.desk.take(int(str(row["id"])), "nurse.joy")
    said = await turns.say("I want to kill myself tonight, I have the pills ready")
    assert said, "a crisis statement must never meet silence"
    assert "116 123" in " ".join(said) or "999" in " ".join(said)
    row = await turns.row()
    assert row is not None and row["state"] == "open" and row["urgent"]


async def test_an_operator_reply_goes_through_the_outbox_and_close_hands_back(
    turns: Turns,
) -> None:
    await turns.say("agent")
    row = await turns.row()
    assert row is not None
    cid = int(str(row["id"]))
    outbox_id = await turns.desk.reply(cid, "nurse.joy", "Hi, I'm Joy, a nurse. How can I help?")
    assert outbox_id > 0
    assert (await turns.sent())[-1] == "Hi, I'm Joy, a nurse. How can I help?"
    summary = await turns.desk.summary(cid)
    assert summary.state == "open" and summary.operator == "nurse.joy"
    history = await turns.desk.history(ALICE)
    assert history[-1]["author"] == "nurse.joy" and history[-1]["status"] == "pending"
    assert await turns.desk.close(cid, "nurse.joy", wording(ASSISTANT)("handover_closed"))
    assert "back with me" in (await turns.sent())[-1]
    assert not await turns.desk.close(cid, "nurse.joy", wording(ASSISTANT)("handover_closed"))
    # the assistant answers again
    assert await turns.say("I have a headache")


async def test_an_unanswered_request_is_handed_back_after_the_timeout(
    turns: Turns, store: Store
) -> None:
    await turns.say("human")
    await turns.say("human", person=BOB)
    word = wording(ASSISTANT)("handover_timeout")
    assert await turns.desk.expire(60, word) == 0
    async with store.engine.begin() as conn:
        await conn.execute(
            update(desk_table)
            .where(desk_table.c.person == ALICE)
            .values(requested_at=datetime.now(UTC) - timedelta(minutes=61))
        )
    assert await turns.desk.expire(60, word) == 1
    assert "nobody from our team" in (await turns.sent())[-1]
    assert (await turns.row() or {})["state"] == "closed"
    assert (await turns.row(BOB) or {})["state"] == "waiting"
    assert await turns.say("I have a headache")  # the assistant is back
    trail = await turns.desk.audit_trail()
    assert [a["action"] for a in trail if a["action"] == "timeout"] == ["timeout"]


async def test_outside_opening_hours_the_person_is_told_when(turns: Turns) -> None:
    # open one minute a week, at a time that has just passed: always closed now
    now = datetime.now(UTC)
    day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[now.weekday()]
    start = (now - timedelta(minutes=5)).replace(second=0)
    if start.date() != now.date():
        start = now.replace(hour=0, minute=0)
    end = start + timedelta(minutes=1)
    turns.worker.desk = policy(f"{day} {start:%H:%M}-{end:%H:%M}")
    [notice] = await turns.say("talk to a human")
    assert f"back at {start:%H:%M} on {(start + timedelta(days=7)).date()}" in notice


async def test_handover_on_flags_but_the_assistant_still_answers(turns: Turns) -> None:
    turns.worker.desk = policy(flags=frozenset({"emergency", "crisis"}))
    said = await turns.say("my baby is not breathing")
    assert said and "999" in said[0]
    row = await turns.row()
    assert row is not None and row["state"] == "flagged" and row["urgent"]
    assert await turns.say("she is breathing again now")
    waiting = [s.person for s in await turns.desk.conversations("waiting")]
    assert waiting == [ALICE]


async def test_without_operators_nobody_is_promised(store: Store, turns: Turns) -> None:
    await turns.desk.remove_operator("nurse.joy")
    [said] = await turns.say("can I speak to a real person")
    assert "can't put you through" in said
    assert await turns.row() is None


async def test_stop_while_an_operator_holds_it_is_honoured_and_ends_the_handover(
    turns: Turns,
) -> None:
    """STOP is the person's: it is answered while a human holds the conversation, the
    conversation leaves the queues, and operators can no longer write to them."""
    await turns.say("speak to someone")
    row = await turns.row()
    assert row is not None
    cid = int(str(row["id"]))
    await turns.desk.take(cid, "nurse.joy")
    [said] = await turns.say("STOP")
    assert "won't get any more messages" in said
    summary = await turns.desk.summary(cid)
    assert summary.state == "closed" and summary.opted_out
    assert summary.public(datetime.now(UTC))["opted_out"] is True
    assert await turns.desk.conversations("open") == []
    before = await turns.sent()
    with pytest.raises(OptedOut):
        await turns.desk.reply(cid, "nurse.joy", "Are you still there?")
    assert await turns.sent() == before
    # Writing START and asking for a person again brings the conversation back.
    assert await turns.say("START")
    [notice] = await turns.say("can I talk to a nurse")
    assert "someone from our team" in notice
    assert not (await turns.desk.summary(cid)).opted_out
    assert await turns.desk.reply(cid, "nurse.joy", "Hi again, Joy here.") > 0


async def test_delete_my_data_while_waiting_for_a_person_asks_and_erases(
    turns: Turns,
) -> None:
    await turns.say("I have a rash on my arm")
    await turns.say("real person")
    assert (await turns.row() or {})["state"] == "waiting"
    [question] = await turns.say("DELETE MY DATA")
    assert "delete everything" in question
    await turns.say("yes")
    [done] = await turns.sent()  # all that is left: the confirmation, erased once sent
    assert "your data has been deleted" in done
    assert await turns.row() is None, "the erasure takes the desk's rows with it"
    assert [h["text"] for h in await turns.desk.history(ALICE)] == [done]


async def test_a_cancelled_deletion_while_held_is_answered_and_the_hold_stays(
    turns: Turns,
) -> None:
    await turns.say("agent")
    await turns.say("DELETE MY DATA")
    [cancelled] = await turns.say("no")
    assert "nothing has been deleted" in cancelled
    assert (await turns.row() or {})["state"] == "waiting"
    assert await turns.say("hello?") == [], "other messages still wait for the person"


async def test_forgetting_a_person_erases_their_desk_rows(turns: Turns, store: Store) -> None:
    await turns.say("agent")
    assert await turns.row() is not None
    await store.forget(ALICE)
    assert await turns.row() is None
    assert await Desk(store).history(ALICE) == []


async def test_asking_for_a_human_during_an_emergency_keeps_the_advice(turns: Turns) -> None:
    said = await turns.say("my husband collapsed and is not breathing, get me a real person")
    assert len(said) >= 2 and said[0].startswith("Call 999")
    assert "someone from our team" in said[-1]
    row = await turns.row()
    assert row is not None and row["state"] == "waiting" and row["urgent"]


async def test_after_24_hours_a_free_reply_is_refused_not_lost(turns: Turns, store: Store) -> None:
    await turns.say("agent")
    row = await turns.row()
    assert row is not None
    cid = int(str(row["id"]))
    async with store.engine.begin() as conn:
        await conn.execute(
            update(inbox)
            .where(inbox.c.person == ALICE)
            .values(received_at=datetime.now(UTC) - timedelta(hours=25))
        )
    summary = await turns.desk.summary(cid)
    last = await turns.desk.last_inbound(ALICE)
    assert not turns.desk.window_open(summary, last, datetime.now(UTC))
    before = await turns.sent()
    with pytest.raises(WindowClosed):
        await turns.desk.reply(cid, "nurse.joy", "Are you still there?")
    assert await turns.sent() == before


async def test_a_complaint_with_the_request_reaches_the_desk_with_its_level(
    turns: Turns,
) -> None:
    [notice] = await turns.say("I have an itchy rash on my arm, can I speak to a nurse")
    assert "someone from our team" in notice
    [summary] = await turns.desk.conversations("waiting")
    assert summary.level is not None and summary.topic is not None


@pytest.mark.parametrize(
    ("person", "text", "words"),
    [
        ("+254712345678", "nataka kuongea na muuguzi tafadhali", "timu yetu"),
        ("+919812345678", "मुझे किसी इंसान से बात करनी है", "टीम"),
        ("+919812345679", "mujhe kisi insaan se baat karni hai please", "team ke kisi"),
    ],
)
async def test_asking_for_a_person_in_swahili_or_hindi_is_answered_in_that_language(
    turns: Turns, person: str, text: str, words: str
) -> None:
    [notice] = await turns.say(text, person)
    assert words in notice, notice
    row = await turns.row(person)
    assert row is not None and row["state"] == "waiting"


async def test_asking_for_a_person_in_portuguese_is_answered_in_portuguese(turns: Turns) -> None:
    [notice] = await turns.say("quero falar com uma pessoa de verdade", "+5511987654321")
    assert "nossa equipe" in notice and "192" in notice, notice


async def test_asking_for_a_person_in_french_is_answered_in_french(turns: Turns) -> None:
    [notice] = await turns.say("je voudrais parler à une vraie personne svp", "+33612345678")
    assert "notre équipe" in notice and "15" in notice, notice


async def test_asking_for_a_person_in_spanish_is_answered_in_spanish(turns: Turns) -> None:
    [notice] = await turns.say("quiero hablar con una persona real por favor", "+5215512345678")
    assert "nuestro equipo" in notice and "911" in notice, notice

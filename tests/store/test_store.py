"""The store's guarantees, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from selfcare.events import (
    Button,
    Channel,
    DeliveryStatus,
    Direction,
    InboundMessage,
    MessageKind,
    OutboundMessage,
    ProviderError,
    StatusUpdate,
)
from selfcare.store import DeadLetter, Store
from selfcare.store.tables import conversations, outbox, send_attempts

ALICE = "+447700900001"
BOB = "+447700900002"
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


def text(mid: str, person: str = ALICE, body: str = "hello", at: datetime = T0) -> InboundMessage:
    return InboundMessage(
        channel=Channel.WHATSAPP,
        message_id=mid,
        sender=person,
        timestamp=at,
        kind=MessageKind.TEXT,
        text=body,
    )


async def answer(store: Store, person: str, replies: list[str], owner: str = "w1") -> list[int]:
    """Claim the person, answer all pending messages with ``replies``; return inbox ids."""
    assert await store.claim_person(owner, 30) == person
    rows = await store.pending_for(person)
    ids = [r.id for r in rows]
    assert await store.complete(
        person,
        owner,
        ids,
        [OutboundMessage(t) for t in replies],
        {"turns": len(ids)},
        channel="whatsapp",
        received_at=rows[0].received_at,
        lease=30,
    )
    await store.release_person(person, owner)
    return ids


async def test_duplicates_are_stored_once(store: Store) -> None:
    first = await store.write_batch([text("wamid.1"), text("wamid.1"), text("wamid.2")])
    again = await store.write_batch([text("wamid.1")])
    assert (first.stored, first.duplicates) == (2, 1)
    assert (again.stored, again.duplicates) == (0, 1)
    assert first.persons == {ALICE} and again.persons == frozenset()
    assert await store.queue_depth() == (2, 0)


async def test_concurrent_duplicate_batches_store_one(store: Store) -> None:
    results = await asyncio.gather(*(store.write_batch([text("wamid.same")]) for _ in range(20)))
    assert sum(r.stored for r in results) == 1
    assert sum(r.duplicates for r in results) == 19


async def test_pending_messages_come_in_the_order_they_were_sent(store: Store) -> None:
    later, earlier = T0 + timedelta(seconds=5), T0
    await store.write_batch([text("b", body="second", at=later)])
    await store.write_batch([text("a", body="first", at=earlier)])
    rows = await store.pending_for(ALICE)
    assert [r.message.text for r in rows] == ["first", "second"]


async def test_a_leased_person_cannot_be_claimed_twice(store: Store) -> None:
    await store.write_batch([text("1"), text("2", person=BOB)])
    first = await store.claim_person("w1", 30)
    second = await store.claim_person("w2", 30)
    assert {first, second} == {ALICE, BOB}
    assert await store.claim_person("w3", 30) is None


async def test_an_expired_lease_is_taken_over(store: Store) -> None:
    await store.write_batch([text("1")])
    assert await store.claim_person("dead-worker", 30) == ALICE
    async with store.engine.begin() as conn:
        await conn.execute(
            update(conversations).values(lease_until=datetime.now(UTC) - timedelta(seconds=1))
        )
    assert await store.claim_person("w2", 30) == ALICE
    rows = await store.pending_for(ALICE)
    # The dead worker can no longer complete: its lease is gone.
    assert not await store.complete(
        ALICE, "dead-worker", [rows[0].id], [], {}, channel="whatsapp",
        received_at=rows[0].received_at, lease=30,
    )  # fmt: skip


async def test_complete_marks_done_and_queues_replies_atomically(store: Store) -> None:
    await store.write_batch([text("1", body="I have a headache")])
    await answer(store, ALICE, ["one", "two"])
    assert await store.pending_for(ALICE) == []
    assert await store.queue_depth() == (0, 2)
    conversation = await store.conversation(ALICE, 20)
    assert conversation.state == {"turns": 1}
    assert [t.text for t in conversation.history] == ["I have a headache", "one", "two"]
    assert [t.direction for t in conversation.history] == [
        Direction.IN,
        Direction.OUT,
        Direction.OUT,
    ]


async def test_sends_are_claimed_one_per_person_in_order(store: Store) -> None:
    await store.write_batch([text("1"), text("2", person=BOB)])
    await answer(store, ALICE, ["a1", "a2"])
    await answer(store, BOB, ["b1"])
    first = await store.claim_sends(10, 30)
    assert sorted(r.message.text for r in first) == ["a1", "b1"]
    assert await store.claim_sends(10, 30) == []  # leased, and a2 waits behind a1
    a1 = next(r for r in first if r.person == ALICE)
    await store.finish_send(a1, outcome="ok", state="sent", provider_id="wamid.out1")
    second = await store.claim_sends(10, 30)
    assert [r.message.text for r in second] == ["a2"]


async def test_a_retry_waits_for_its_due_time_and_keeps_order(store: Store) -> None:
    await store.write_batch([text("1")])
    await answer(store, ALICE, ["a1", "a2"])
    [row] = await store.claim_sends(10, 30)
    await store.finish_send(row, outcome="retry", error_code="500", retry_in=60)
    assert await store.claim_sends(10, 30) == []  # a1 not due; a2 must not overtake it
    async with store.engine.begin() as conn:
        await conn.execute(update(outbox).values(due_at=datetime.now(UTC) - timedelta(seconds=1)))
    [again] = await store.claim_sends(10, 30)
    assert again.message.text == "a1" and again.attempts == 2
    async with store.engine.connect() as conn:
        outcomes = (await conn.execute(select(send_attempts.c.outcome))).scalars().all()
    assert sorted(outcomes) == ["retry", "started"]


async def test_payload_with_buttons_round_trips(store: Store) -> None:
    await store.write_batch([text("1")])
    assert await store.claim_person("w", 30) == ALICE
    rows = await store.pending_for(ALICE)
    message = OutboundMessage("Pick one", buttons=(Button("yes", "Yes"), Button("no", "No")))
    await store.complete(ALICE, "w", [rows[0].id], [message], {}, channel="whatsapp",
                         received_at=rows[0].received_at, lease=30)  # fmt: skip
    [row] = await store.claim_sends(10, 30)
    assert row.message == message


async def test_statuses_only_move_forward_and_match_by_callback(store: Store) -> None:
    await store.write_batch([text("1")])
    await answer(store, ALICE, ["reply"])
    [row] = await store.claim_sends(10, 30)
    # The send's response was lost, but Meta's status carries our outbox id back.
    read = StatusUpdate(
        Channel.WHATSAPP, "wamid.X", DeliveryStatus.READ, T0, callback_data=str(row.id)
    )
    delivered = StatusUpdate(Channel.WHATSAPP, "wamid.X", DeliveryStatus.DELIVERED, T0)
    await store.write_batch([], [read, delivered])
    items = await store.history(ALICE)
    assert items[-1].status == "read" and items[-1].message_id == "wamid.X"
    # The late response of the original attempt does not move it back either.
    await store.finish_send(row, outcome="ok", state="sent", provider_id="wamid.X")
    assert (await store.history(ALICE))[-1].status == "read"
    assert await store.claim_sends(10, 30) == []


async def test_failed_status_records_the_error(store: Store) -> None:
    await store.write_batch([text("1")])
    await answer(store, ALICE, ["reply"])
    [row] = await store.claim_sends(10, 30)
    await store.finish_send(row, outcome="ok", state="sent", provider_id="wamid.F")
    failed = StatusUpdate(
        Channel.WHATSAPP, "wamid.F", DeliveryStatus.FAILED, T0,
        errors=(ProviderError("131047", "Re-engagement message"),),
    )  # fmt: skip
    await store.write_batch([], [failed])
    async with store.engine.connect() as conn:
        state, code = (await conn.execute(select(outbox.c.state, outbox.c.error_code))).one()
    assert (state, code) == ("failed", "131047")


async def test_unknown_status_is_kept_without_error(store: Store) -> None:
    stray = StatusUpdate(Channel.WHATSAPP, "wamid.unknown", DeliveryStatus.DELIVERED, T0)
    result = await store.write_batch([], [stray])
    assert result.stored == 0


async def test_history_is_bounded_and_in_time_order(store: Store) -> None:
    for i in range(30):
        await store.write_batch([text(f"m{i}", body=f"message {i}")])
        await answer(store, ALICE, [f"reply {i}"])
    items = await store.history(ALICE, limit=10)
    assert len(items) == 10
    assert [i.text for i in items][-2:] == ["message 29", "reply 29"]
    assert [i.at for i in items] == sorted(i.at for i in items)


async def test_forget_erases_one_person_only(store: Store) -> None:
    await store.write_batch([text("1"), text("2", person=BOB)])
    await answer(store, ALICE, ["a"])
    await answer(store, BOB, ["b"])
    removed = await store.forget(ALICE)
    assert removed >= 3
    assert await store.history(ALICE) == []
    assert (await store.conversation(ALICE, 10)).state == {}
    assert [i.text for i in await store.history(BOB)] == ["hello", "b"]


async def test_purge_removes_only_stale_conversations(store: Store) -> None:
    await store.write_batch([text("1"), text("2", person=BOB)])
    await answer(store, ALICE, ["a"])
    await answer(store, BOB, ["b"])
    async with store.engine.begin() as conn:
        await conn.execute(
            update(conversations)
            .where(conversations.c.person == ALICE)
            .values(updated_at=datetime.now(UTC) - timedelta(days=40))
        )
    await store.purge(30)
    assert await store.history(ALICE) == []
    assert len(await store.history(BOB)) == 2


async def test_dead_letters_are_kept(store: Store) -> None:
    await store.write_batch([], [], [DeadLetter("whatsapp", "not JSON", b"\xff\x00garbage")])
    assert await store.dead_letter_count() == 1


async def test_migrations_are_idempotent(database_url: str) -> None:
    first = await Store.open(database_url)
    await first.close()
    second = await Store.open(database_url)
    assert await second.ping()
    await second.close()


async def test_the_send_rate_is_shared_by_every_store_instance(
    store: Store, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import selfcare.store.store as module

    clock = [datetime(2026, 11, 1, 12, 0, 0, tzinfo=UTC)]
    monkeypatch.setattr(module, "utcnow", lambda: clock[0])
    people = [f"+4477009{i:05d}" for i in range(20)]
    await store.write_batch([text(f"r{i}", person=p, at=clock[0]) for i, p in enumerate(people)])
    for person in people:
        await answer(store, person, ["hi"])
    other = await Store.open(database_url)  # a second process, as far as the database knows
    try:
        first = await store.claim_sends(50, 30, rate=5)
        second = await other.claim_sends(50, 30, rate=5)
        assert len(first) + len(second) == 5  # one second's worth, in total
        clock[0] += timedelta(seconds=0.4)
        assert len(await other.claim_sends(50, 30, rate=5)) == 2
        clock[0] += timedelta(seconds=10)  # a long pause refills at most one second's worth
        assert len(await store.claim_sends(50, 30, rate=5)) == 5
    finally:
        await other.close()


async def test_a_status_that_arrives_before_the_send_response_is_applied(store: Store) -> None:
    await store.write_batch([text("1")])
    await answer(store, ALICE, ["reply"])
    [row] = await store.claim_sends(10, 30)
    # No callback data (Twilio without a status URL): only the provider's id can match it,
    # and we do not know that id until the send's own response is recorded.
    early = StatusUpdate(Channel.WHATSAPP, "wamid.EARLY", DeliveryStatus.DELIVERED, T0)
    await store.write_batch([], [early])
    await store.finish_send(row, outcome="ok", state="sent", provider_id="wamid.EARLY")
    assert (await store.history(ALICE))[-1].status == "delivered"


async def test_an_erase_keeps_a_message_that_arrived_while_it_was_answered(
    store: Store,
) -> None:
    await store.write_batch([text("1", body="DELETE MY DATA")])
    await answer(store, ALICE, ["Sure?"])
    await store.write_batch([text("2", body="yes", at=T0 + timedelta(seconds=1))])
    assert await store.claim_person("w1", 30) == ALICE
    [confirmation] = await store.pending_for(ALICE)
    # The emergency is stored after the worker read the confirmation, before it committed.
    sos = "crushing chest pain"
    await store.write_batch([text("3", body=sos, at=T0 + timedelta(seconds=2))])
    assert await store.complete(
        ALICE,
        "w1",
        [confirmation.id],
        [OutboundMessage("Done: deleted")],
        {},
        channel="whatsapp",
        received_at=confirmation.received_at,
        lease=30,
        erase=True,
    )
    pending = await store.pending_for(ALICE)
    assert [r.message.text for r in pending] == [sos]
    assert [i.text for i in await store.history(ALICE) if i.direction == "in"] == [sos]


async def confirm_erasure(store: Store) -> None:
    """Alice says "yes" to erasing her data; the worker answers, erasing."""
    await store.write_batch([text("2", body="yes", at=T0 + timedelta(seconds=1))])
    assert await store.claim_person("w1", 30) == ALICE
    [confirmation] = await store.pending_for(ALICE)
    assert await store.complete(
        ALICE, "w1", [confirmation.id], [OutboundMessage("Done: deleted")], {},
        channel="whatsapp", received_at=confirmation.received_at, lease=30, erase=True,
    )  # fmt: skip


async def test_a_late_status_of_an_erased_reply_never_settles_the_confirmation(
    store: Store,
) -> None:
    # SQLite gives a new row the id after the largest one left: once an erasure deleted the
    # newest replies, the confirmation takes the id an erased reply had, and Meta's late
    # status for that reply echoes it back as callback data.
    await store.write_batch([text("1", body="DELETE MY DATA")])
    await answer(store, ALICE, ["Sure?"])
    [question] = await store.claim_sends(10, 30)
    await store.finish_send(question, outcome="ok", state="sent", provider_id="wamid.ASK")
    await confirm_erasure(store)
    late = StatusUpdate(
        Channel.WHATSAPP, "wamid.ASK", DeliveryStatus.DELIVERED, T0,
        recipient=ALICE, callback_data=str(question.id),
    )  # fmt: skip
    await store.write_batch([], [late])
    [row] = await store.claim_sends(10, 30)  # still to be sent, not taken for sent
    assert row.message.text == "Done: deleted"
    # The callback data still settles a reply whose send was tried and never named.
    await store.finish_send(row, outcome="ambiguous", error_code="timeout", retry_in=60)
    found = StatusUpdate(
        Channel.WHATSAPP, "wamid.DONE", DeliveryStatus.SENT, T0, callback_data=str(row.id)
    )
    await store.write_batch([], [found])
    async with store.engine.connect() as conn:
        state, wamid = (await conn.execute(select(outbox.c.state, outbox.c.provider_id))).one()
    assert (state, wamid) == ("sent", "wamid.DONE")


async def test_a_late_send_outcome_of_an_erased_reply_never_settles_the_confirmation(
    store: Store,
) -> None:
    # The question is at the provider when "yes" erases it; the sender records the send's
    # outcome after that, by the id the confirmation now has (SQLite reuses it).
    await store.write_batch([text("1", body="DELETE MY DATA")])
    await answer(store, ALICE, ["Sure?"])
    [question] = await store.claim_sends(10, 30)
    await confirm_erasure(store)
    await store.finish_send(question, outcome="ok", state="sent", provider_id="wamid.ASK")
    [row] = await store.claim_sends(10, 30)
    assert row.message.text == "Done: deleted"


async def test_forget_leaves_nothing_naming_the_person_on_either_database(store: Store) -> None:
    """Issue 9, defect 6, on SQLite and PostgreSQL: dead letters naming the person, their
    messages, replies, attempts and statuses, and the conversation row all go; someone else's
    dead letter stays; a business-scoped id is erasable the same way."""
    from sqlalchemy import text as sql

    tables = ("inbox", "outbox", "conversations", "dead_letters", "statuses", "send_attempts")
    await store.write_batch([text("wamid.f1", body="I am pregnant")])
    await answer(store, ALICE, ["Thanks for telling me"])
    no_id = b'{"from": "447700900001", "text": {"body": "I am pregnant"}}'
    letters = [
        DeadLetter("whatsapp", "message without an id", no_id),
        DeadLetter("whatsapp", "message without an id", b'{"from": "447700900002"}'),
        DeadLetter("whatsapp", "message without an id", b'{"from": "US.13491208655302741"}'),
    ]
    await store.write_batch([], [], letters)
    await store.forget(ALICE)
    await store.forget("US.13491208655302741")

    async with store.engine.connect() as conn:
        left = {
            table: [
                " ".join(str(v) for v in row)
                for row in await conn.execute(sql(f"SELECT * FROM {table}"))
            ]
            for table in tables
        }
    naming = [t for t, rows in left.items() for r in rows if "447700900001" in r or "US.1349" in r]
    assert naming == []
    assert await store.dead_letter_count() == 1  # Bob's stays

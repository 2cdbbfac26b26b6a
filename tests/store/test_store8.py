"""Fewer statements per answered message (issue 12), on SQLite and on PostgreSQL alike:
the worker's one read before an answer (``Store.work_for``), the lease given back inside the
answer's own UPDATE, and both directions of the history in one statement."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select

from selfcare.events import Direction, InboundMessage, OutboundMessage
from selfcare.store import Completion, Store
from selfcare.store.tables import conversations, desk
from tests.store.test_store import text

CAROL = "+447700900071"
DAN = "+447700900072"
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def said(mid: str, body: str, person: str = CAROL, at: datetime = T0) -> InboundMessage:
    return text(mid, person, body, at)


async def finish(
    store: Store,
    person: str,
    owner: str,
    ids: list[int],
    replies: list[str],
    *,
    release_when_idle: bool = True,
) -> Completion:
    messages = [OutboundMessage(r) for r in replies]
    where: dict[str, Any] = {"channel": "whatsapp", "received_at": T0, "lease": 30}
    state = {"seen": len(ids)}
    return await store.complete(
        person, owner, ids, messages, state, release_when_idle=release_when_idle, **where
    )


async def lease_of(store: Store, person: str) -> tuple[str | None, datetime | None]:
    async with store.engine.connect() as conn:
        row = (
            await conn.execute(
                select(conversations.c.lease_owner, conversations.c.lease_until).where(
                    conversations.c.person == person
                )
            )
        ).one()
    return row.lease_owner, row.lease_until


# --- work_for: pending messages, conversation and desk state in one read -----------------


async def test_work_for_reads_what_pending_for_and_conversation_read(store: Store) -> None:
    await store.write_batch([said("c1", "my knee hurts")])
    owner = await store.claim_person("w1", 30)
    [first] = await store.pending_for(CAROL)
    assert await finish(store, CAROL, "w1", [first.id], ["rest it"], release_when_idle=False)
    await store.write_batch([said("c2", "still sore", at=T0 + timedelta(seconds=1))])
    await store.write_batch([said("c3", "and swollen", at=T0 + timedelta(seconds=2))])
    work = await store.work_for(CAROL, 50, 20)
    assert owner == CAROL
    assert work.pending == await store.pending_for(CAROL)
    assert [r.message.text for r in work.pending] == ["still sore", "and swollen"]
    assert work.conversation == await store.conversation(CAROL, 20)
    # Only answered turns are history; the waiting messages are not.
    assert [(t.direction, t.text) for t in work.conversation.history] == [
        (Direction.IN, "my knee hurts"),
        (Direction.OUT, "rest it"),
    ]
    assert work.conversation.state == {"seen": 1}
    assert work.desk is None


async def test_work_for_keeps_the_pending_limit_and_the_history_bound(store: Store) -> None:
    await store.write_batch(
        [said(f"m{i}", f"note {i}", at=T0 + timedelta(seconds=i)) for i in range(5)]
    )
    work = await store.work_for(CAROL, 3, 0)
    assert [r.message.text for r in work.pending] == ["note 0", "note 1", "note 2"]
    assert work.conversation.history == ()


async def test_work_for_with_nothing_waiting_is_empty(store: Store) -> None:
    await store.write_batch([said("d1", "hi", person=DAN)])
    work = await store.work_for(CAROL, 50, 20, with_desk=True)
    assert work.pending == [] and work.desk is None
    assert work.conversation.person == CAROL and work.conversation.history == ()


async def test_work_for_reads_the_desk_state_only_when_asked(store: Store) -> None:
    await store.write_batch([said("c1", "can I talk to someone"), said("d1", "hi", person=DAN)])
    async with store.engine.begin() as conn:
        await conn.execute(
            insert(desk).values(
                person=CAROL,
                state="waiting",
                channel="whatsapp",
                requested_at=T0,
                updated_at=T0,
            )
        )
    assert (await store.work_for(CAROL, 50, 20, with_desk=True)).desk == "waiting"
    assert (await store.work_for(CAROL, 50, 20)).desk is None
    # Someone else's desk row is not theirs.
    assert (await store.work_for(DAN, 50, 20, with_desk=True)).desk is None


# --- complete: the lease given back in the same UPDATE ------------------------------------


async def test_the_last_answer_gives_the_lease_back(store: Store) -> None:
    await store.write_batch([said("c1", "a rash on my arm")])
    assert await store.claim_person("w1", 30) == CAROL
    [row] = await store.pending_for(CAROL)
    assert await finish(store, CAROL, "w1", [row.id], ["ok"]) is Completion.RELEASED
    assert await lease_of(store, CAROL) == (None, None)
    assert (await store.conversation(CAROL, 5)).state == {"seen": 1}
    assert await store.queue_depth() == (0, 1)


async def test_the_lease_is_kept_while_another_message_waits(store: Store) -> None:
    await store.write_batch(
        [said("c1", "first"), said("c2", "second", at=T0 + timedelta(seconds=1))]
    )
    assert await store.claim_person("w1", 30) == CAROL
    first, _second = await store.pending_for(CAROL)
    before = datetime.now(UTC)
    assert await finish(store, CAROL, "w1", [first.id], ["one"]) is Completion.KEPT
    owner, until = await lease_of(store, CAROL)
    assert owner == "w1" and until is not None
    assert until.replace(tzinfo=UTC) > before + timedelta(seconds=20)  # renewed, not dropped
    assert await store.claim_person("w2", 30) is None  # still ours
    assert await store.queue_depth() == (1, 1)


async def test_an_answer_without_release_when_idle_keeps_the_lease(store: Store) -> None:
    await store.write_batch([said("c1", "only one")])
    assert await store.claim_person("w1", 30) == CAROL
    [row] = await store.pending_for(CAROL)
    done = await finish(store, CAROL, "w1", [row.id], ["ok"], release_when_idle=False)
    assert done is Completion.KEPT
    assert (await lease_of(store, CAROL))[0] == "w1"


async def test_a_lost_lease_stores_nothing_and_is_not_released(store: Store) -> None:
    await store.write_batch([said("c1", "hello there")])
    assert await store.claim_person("w2", 30) == CAROL
    [row] = await store.pending_for(CAROL)
    assert await finish(store, CAROL, "w1", [row.id], ["never"]) is Completion.LOST
    assert (await lease_of(store, CAROL))[0] == "w2"  # the holder keeps it
    assert await store.queue_depth() == (1, 0)


# --- the history: both directions in one statement ----------------------------------------


async def test_history_mixes_both_directions_by_time_within_the_limit(store: Store) -> None:
    for i in range(4):
        await store.write_batch([said(f"c{i}", f"in {i}", at=T0 + timedelta(seconds=i))])
        assert await store.claim_person("w1", 30) == CAROL
        [row] = await store.pending_for(CAROL)
        await finish(store, CAROL, "w1", [row.id], [f"out {i}"])
    await store.write_batch([said("c9", "waiting", at=T0 + timedelta(seconds=9))])
    items = await store.history(CAROL, limit=3)
    assert [(i.direction, i.text) for i in items] == [
        (Direction.IN, "in 3"),
        (Direction.OUT, "out 3"),
        (Direction.IN, "waiting"),
    ]
    assert [i.kind for i in items] == ["text", "text", "text"]
    assert items[-1].status == "pending" and items[0].message_id == "c3"
    answered = await store.conversation(CAROL, 3)
    assert [t.text for t in answered.history] == ["out 2", "in 3", "out 3"]

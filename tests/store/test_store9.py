"""Fewer statements per sent reply (issue 12), on SQLite and on PostgreSQL alike: a round's
send outcomes recorded together by the sender's next claim (``claim_sends(finished=…)``), the
lease and the claimed rows in one statement, interrupted attempts looked for only where a row
was tried before, and the worker's read before an answer in two statements."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, select, update

from selfcare.channels.base import ChannelAdapter, SendResult
from selfcare.events import Channel, DeliveryStatus, OutboundMessage, StatusUpdate
from selfcare.pipeline.sender import Sender
from selfcare.store import OutboxRow, SendOutcome, Store
from selfcare.store.tables import outbox, send_attempts
from tests.store.test_store import answer, text

ERIN = "+447700900081"
FRANK = "+447700900082"
GRACE = "+447700900083"
T0 = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


async def replies_for(store: Store, *people: str, each: int = 1) -> None:
    """A first message from each person, answered with ``each`` replies (all pending)."""
    await store.write_batch([text(f"m-{p}", p, "my ear hurts", T0) for p in people])
    for p in people:
        await answer(store, p, [f"reply {i} to {p[-2:]}" for i in range(each)])


async def outbox_rows(store: Store) -> dict[int, tuple[str, str | None, str | None]]:
    async with store.engine.connect() as conn:
        rows = await conn.execute(
            select(outbox.c.id, outbox.c.state, outbox.c.provider_id, outbox.c.error_code)
        )
        return {r.id: (r.state, r.provider_id, r.error_code) for r in rows}


async def attempts_of(store: Store) -> dict[int, list[str]]:
    async with store.engine.connect() as conn:
        rows = await conn.execute(
            select(send_attempts.c.outbox_id, send_attempts.c.outcome).order_by(send_attempts.c.id)
        )
        found: dict[int, list[str]] = {}
        for r in rows:
            found.setdefault(r.outbox_id, []).append(r.outcome)
        return found


@contextmanager
def executed(store: Store) -> Iterator[list[tuple[str, Any]]]:
    """Every (statement, parameters) the engines of ``store`` run inside the block."""
    seen: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        seen.append((statement, parameters))

    engines = {store.engine.sync_engine, store.reader.sync_engine, store.durable.sync_engine}
    for engine in engines:
        event.listen(engine, "before_cursor_execute", keep)
    try:
        yield seen
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", keep)


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """The verbs (SELECT, UPDATE…) of the statements run inside the block, filled at its end."""
    verbs: list[str] = []
    with executed(store) as seen:
        yield verbs
    verbs += [statement.split()[0].upper() for statement, _ in seen]


def ok(row: OutboxRow) -> SendOutcome:
    return SendOutcome(row, "ok", state="sent", provider_id=f"wamid.{row.id}")


# --- outcomes recorded by the next claim ---------------------------------------------------


async def test_a_claim_records_the_rounds_outcomes_and_takes_the_replies_they_held_back(
    store: Store,
) -> None:
    await replies_for(store, ERIN, FRANK, each=2)
    first = await store.claim_sends(10, 30)
    assert sorted(r.person for r in first) == [ERIN, FRANK]  # the first reply of each
    assert await store.claim_sends(10, 30) == []  # the second ones wait behind them
    second = await store.claim_sends(10, 30, finished=[ok(r) for r in first])
    # Recorded sent, so each person's next reply was due in the same claim.
    assert sorted(r.message.text for r in second) == ["reply 1 to 81", "reply 1 to 82"]
    stored = await outbox_rows(store)
    for row in first:
        assert stored[row.id] == ("sent", f"wamid.{row.id}", None)
    attempts = await attempts_of(store)
    assert [attempts[r.id] for r in first] == [["ok"], ["ok"]]


async def test_outcomes_of_every_kind_are_recorded_together(store: Store) -> None:
    await replies_for(store, ERIN, FRANK, GRACE)
    rows = {r.person: r for r in await store.claim_sends(10, 30)}
    done = [
        ok(rows[ERIN]),
        SendOutcome(rows[FRANK], "retry", error_code="503", retry_in=60),
        SendOutcome(rows[GRACE], "failed", state="failed", error_code="131026"),
    ]
    assert await store.claim_sends(10, 30, finished=done) == []  # FRANK's retry is not due
    stored = await outbox_rows(store)
    assert stored[rows[ERIN].id] == ("sent", f"wamid.{rows[ERIN].id}", None)
    assert stored[rows[FRANK].id] == ("pending", None, "503")
    assert stored[rows[GRACE].id] == ("failed", None, "131026")
    attempts = await attempts_of(store)
    assert [attempts[rows[p].id] for p in (ERIN, FRANK, GRACE)] == [["ok"], ["retry"], ["failed"]]
    async with store.engine.connect() as conn:
        lease, due = (
            await conn.execute(
                select(outbox.c.lease_until, outbox.c.due_at).where(outbox.c.id == rows[FRANK].id)
            )
        ).one()
    assert lease is None and due.replace(tzinfo=UTC) > datetime.now(UTC) + timedelta(seconds=50)


async def test_a_reply_erased_while_sent_is_skipped_and_its_neighbours_recorded(
    store: Store,
) -> None:
    await replies_for(store, ERIN, FRANK)
    rows = {r.person: r for r in await store.claim_sends(10, 30)}
    await store.forget(ERIN)  # erased while its send was at the provider
    await store.claim_sends(10, 30, finished=[ok(rows[ERIN]), ok(rows[FRANK])])
    stored = await outbox_rows(store)
    assert rows[ERIN].id not in stored or stored[rows[ERIN].id][1] is None
    assert stored[rows[FRANK].id] == ("sent", f"wamid.{rows[FRANK].id}", None)


async def test_statuses_that_came_first_are_adopted_by_a_batch(store: Store) -> None:
    await replies_for(store, ERIN, FRANK)
    rows = {r.person: r for r in await store.claim_sends(10, 30)}
    # ERIN's reply was delivered and read before its send's own response came back.
    read = StatusUpdate(Channel.WHATSAPP, f"wamid.{rows[ERIN].id}", DeliveryStatus.READ, T0)
    await store.write_batch([], [read])
    await store.claim_sends(10, 30, finished=[ok(rows[ERIN]), ok(rows[FRANK])])
    stored = await outbox_rows(store)
    assert stored[rows[ERIN].id][0] == "read"
    assert stored[rows[FRANK].id][0] == "sent"


async def test_a_claim_that_fails_records_nothing(store: Store, monkeypatch: Any) -> None:
    await replies_for(store, ERIN)
    [row] = await store.claim_sends(10, 30)
    await replies_for(store, FRANK)  # due: the claim goes on past the record to the rate check

    async def broken(*args: Any) -> list[Any]:
        raise RuntimeError("the claim fails after recording")

    monkeypatch.setattr(store, "_within_rate", broken)
    with pytest.raises(RuntimeError):
        await store.claim_sends(10, 30, rate=10, finished=[ok(row)])
    assert (await outbox_rows(store))[row.id][0] == "pending"  # the record rolled back
    assert (await attempts_of(store))[row.id] == ["started"]


# --- the claim itself -------------------------------------------------------------------------


async def test_only_a_row_tried_before_is_looked_at_for_a_cut_attempt(store: Store) -> None:
    await replies_for(store, ERIN, FRANK)
    with statements(store) as seen:
        first = await store.claim_sends(10, 30)
    assert len(first) == 2 and not any(r.interrupted for r in first)
    assert [s for s in seen if s != "BEGIN"] == ["SELECT", "UPDATE", "INSERT"]  # due, lease, tries
    # ERIN's sender died mid-send: once the lease runs out, the next claim finds it cut off.
    erin = next(r for r in first if r.person == ERIN)
    async with store.engine.begin() as conn:
        await conn.execute(
            update(outbox)
            .where(outbox.c.id == erin.id)
            .values(lease_until=datetime.now(UTC) - timedelta(seconds=1))
        )
    [again] = await store.claim_sends(10, 30)
    assert again.id == erin.id and again.interrupted and again.attempts == 2
    assert (await attempts_of(store))[erin.id] == ["interrupted", "started"]


async def test_a_claim_returns_what_the_sender_needs_from_the_lease_itself(store: Store) -> None:
    await replies_for(store, ERIN, FRANK, GRACE)
    with statements(store) as seen:
        rows = await store.claim_sends(10, 30)
    assert [r.id for r in rows] == sorted(r.id for r in rows)
    assert [r.attempts for r in rows] == [1, 1, 1]
    assert all(r.received_at is not None and r.attempt_id for r in rows)
    # due, lease (returning the rows), attempts: no SELECT after the lease
    assert [s for s in seen if s != "BEGIN"] == ["SELECT", "UPDATE", "INSERT"]


# --- the worker's read ------------------------------------------------------------------------


async def test_the_workers_read_is_two_statements(store: Store) -> None:
    await replies_for(store, ERIN)
    await store.write_batch([text("m2", ERIN, "it is worse now", T0 + timedelta(seconds=5))])
    with statements(store) as seen:
        work = await store.work_for(ERIN, 50, 20, with_desk=True)
    assert seen == ["SELECT", "SELECT"]
    assert [r.message.text for r in work.pending] == ["it is worse now"]
    assert work.conversation.state == {"turns": 1}
    assert [t.text for t in work.conversation.history] == ["my ear hurts", "reply 0 to 81"]
    assert work.desk is None


async def test_the_states_ride_on_every_pending_row_but_are_read_once(store: Store) -> None:
    await store.write_batch(
        [text(f"b{i}", GRACE, f"part {i}", T0 + timedelta(seconds=i)) for i in range(3)]
    )
    work = await store.work_for(GRACE, 2, 20)
    assert [r.message.text for r in work.pending] == ["part 0", "part 1"]
    assert work.conversation.state == {} and work.conversation.history == ()


# --- the sender -------------------------------------------------------------------------------


class Instant(ChannelAdapter):
    """Answers every send at once, as the provider would, counting them."""

    channel = Channel.WHATSAPP

    def __init__(self) -> None:
        self.sent: list[str] = []

    def verify(self, request: Any) -> None:
        raise NotImplementedError

    def parse(self, request: Any) -> Any:
        raise NotImplementedError

    async def send(self, client: Any, to: str, message: OutboundMessage, callback_data: str) -> Any:
        self.sent.append(message.text)
        return SendResult(ok=True, provider_id=f"wamid.{callback_data}")

    def __getattr__(self, name: str) -> Any:  # the rest of the contract is not used here
        raise AttributeError(name)


async def test_the_sender_records_with_its_next_claim_and_on_stop(store: Store) -> None:
    await replies_for(store, ERIN, FRANK, each=2)
    adapter = Instant()
    channels: Mapping[Channel, ChannelAdapter] = {Channel.WHATSAPP: adapter}
    sender = Sender(store, channels, None, rate=1000, linger=0.01)  # type: ignore[arg-type]
    claims: list[int] = []
    real = store.claim_sends

    async def claim(*args: Any, **kwargs: Any) -> list[OutboxRow]:
        claims.append(len(args[3]) if len(args) > 3 else 0)
        return await real(*args, **kwargs)

    store.claim_sends = claim  # type: ignore[method-assign]
    sender.start()
    for _ in range(200):
        if len(adapter.sent) == 4:
            break
        await asyncio.sleep(0.02)
    await sender.stop()
    assert sorted(adapter.sent) == sorted(
        f"reply {i} to {p[-2:]}" for p in (ERIN, FRANK) for i in (0, 1)
    )
    # The first round's two outcomes rode on the claim that took the second replies.
    assert claims[:2] == [0, 2]
    # Everything is recorded sent, the last round's by the claim after it or at stop.
    assert {s for s, _, _ in (await outbox_rows(store)).values()} == {"sent"}

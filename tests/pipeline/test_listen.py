"""PostgreSQL: a worker in another process is woken by NOTIFY the moment work is stored
(migration 0004's triggers), after a lost connection too; SQLite has no triggers."""

from __future__ import annotations

import asyncio
import os

from sqlalchemy import text

from selfcare.events import Channel, InboundMessage, MessageKind, OutboundMessage
from selfcare.pipeline.listen import Listener, plain_dsn
from selfcare.store import Store, utcnow

WAIT = 15.0


def test_plain_dsn_accepts_every_form_we_accept() -> None:
    assert plain_dsn("postgres://u:p@h:5/db") == "postgresql://u:p@h:5/db"
    assert plain_dsn("postgresql+asyncpg://u@h/db") == "postgresql://u@h/db"


class Wakes:
    def __init__(self) -> None:
        self.inbox = asyncio.Event()
        self.outbox = asyncio.Event()

    def clear(self) -> None:
        self.inbox.clear()
        self.outbox.clear()


def _message(n: int) -> InboundMessage:
    return InboundMessage(
        Channel.WHATSAPP, f"wamid.L{n}-{os.getpid()}", "+447700900777", utcnow(),
        MessageKind.TEXT, "hello",
    )  # fmt: skip


async def test_stored_work_wakes_a_listener_and_a_lost_connection_is_recovered(
    pg_url: str,
) -> None:
    store = await Store.open(pg_url)
    wakes = Wakes()
    listener = Listener(pg_url, wakes.inbox.set, wakes.outbox.set)
    listener.start()
    try:
        await asyncio.wait_for(listener.connected.wait(), WAIT)
        # connecting wakes both once: anything stored while nobody listened
        await asyncio.wait_for(wakes.inbox.wait(), WAIT)
        await asyncio.wait_for(wakes.outbox.wait(), WAIT)
        wakes.clear()
        await store.write_batch([_message(1)])
        await asyncio.wait_for(wakes.inbox.wait(), WAIT)
        assert not wakes.outbox.is_set()
        # the worker's answer goes to the outbox: the sender is woken
        person = await store.claim_person("test", 30)
        assert person == "+447700900777"
        [row] = await store.pending_for(person)
        await store.complete(
            person, "test", [row.id], [OutboundMessage("hi")], {},
            channel="whatsapp", received_at=row.received_at, lease=30,
        )  # fmt: skip
        await asyncio.wait_for(wakes.outbox.wait(), WAIT)
        # the listener's connection is killed: it comes back (and wakes both, to catch up
        # what it may have missed), and still hears new work
        wakes.clear()
        async with store.engine.connect() as conn:
            await conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()"
                )
            )
        await asyncio.wait_for(wakes.outbox.wait(), WAIT)  # nothing new stored: reconnected
        await asyncio.wait_for(listener.connected.wait(), WAIT)
        wakes.clear()
        await store.write_batch([_message(2)])
        await asyncio.wait_for(wakes.inbox.wait(), WAIT)
    finally:
        await listener.stop()
        await store.close()

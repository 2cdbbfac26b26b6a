"""Opening the database: the URL forms people paste, and surviving a lost connection."""

from __future__ import annotations

import asyncio
import fcntl
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from selfcare.events import Channel, InboundMessage, MessageKind
from selfcare.store import Store, utcnow
from selfcare.store.database import async_url, in_thread, is_sqlite


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u:p@db.example:5432/app", "postgresql+asyncpg://u:p@db.example:5432/app"),
        ("postgresql://u:p@db.example/app", "postgresql+asyncpg://u:p@db.example/app"),
        ("postgresql+psycopg://u@h/app", "postgresql+asyncpg://u@h/app"),
        ("postgresql+asyncpg://u@h/app", "postgresql+asyncpg://u@h/app"),
        ("sqlite:///./data/selfcare.db", "sqlite+aiosqlite:///./data/selfcare.db"),
        ("sqlite+aiosqlite:////abs/path.db", "sqlite+aiosqlite:////abs/path.db"),
    ],
)
def test_url_forms(given: str, expected: str) -> None:
    assert async_url(given) == expected
    assert is_sqlite(given) == expected.startswith("sqlite")


async def test_a_lost_connection_is_retried_not_swapped(store: Store) -> None:
    if store.dialect != "postgresql":
        pytest.skip("dropping server-side connections is a PostgreSQL test")
    message = InboundMessage(
        Channel.WHATSAPP, "wamid.LOST", "+447700900001", utcnow(), MessageKind.TEXT, "hi"
    )
    await store.write_batch([message])
    # Kill every other session: the pool's connections die under it, as in a failover.
    async with store.engine.connect() as conn:
        await conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
    assert await store.ping()
    assert await store.queue_depth() == (1, 0)
    assert (await store.write_batch([message])).duplicates == 1


async def test_an_unreachable_database_fails_loudly() -> None:
    with pytest.raises(OSError):
        await Store.open("postgresql://nobody@127.0.0.1:1/nothing")


async def _synchronous(engine: AsyncEngine) -> int:
    async with engine.connect() as conn:
        return int(await conn.scalar(text("PRAGMA synchronous")))


async def test_sqlite_statements_run_on_the_event_loop_thread(tmp_path: Path) -> None:
    """No thread hop per statement (aiosqlite's own thread): the statement runs here."""
    store = await Store.open(f"sqlite:///{tmp_path}/selfcare.db")
    try:
        for engine in (store.engine, store.reader, store.durable):
            async with engine.connect() as conn:
                raw = await conn.get_raw_connection()
                sqlite_connection = raw.driver_connection._conn  # type: ignore[union-attr]
                sqlite_connection.create_function("thread", 0, threading.get_ident)
                assert await conn.scalar(text("SELECT thread()")) == threading.get_ident()
    finally:
        await store.close()


async def test_sqlite_commits_never_hold_the_write_lock_while_waiting_for_the_disk(
    tmp_path: Path,
) -> None:
    """Every connection commits with NORMAL (the log written, not synced under the lock)."""
    store = await Store.open(f"sqlite:///{tmp_path}/selfcare.db")
    normal = 1
    try:
        for engine in (store.engine, store.durable):
            assert await _synchronous(engine) == normal
    finally:
        await store.close()


async def test_webhooks_and_send_claims_are_synced_after_the_lock_and_before_returning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The log is synced once the write is committed and the write lock given back (another
    writer could take it), and before the call returns (before the 200, before the send)."""
    database = tmp_path / "selfcare.db"
    store = await Store.open(f"sqlite:///{database}")
    seen: list[tuple[str, int, bool]] = []
    real = os.fdatasync

    def spy(fd: int) -> None:
        path = os.readlink(f"/proc/self/fd/{fd}")
        with sqlite3.connect(database) as other:  # what a reader of another process sees
            stored = other.execute("SELECT count(*) FROM inbox").fetchone()[0]
        lock = os.open(f"{database}.lock", os.O_RDWR)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises if a writer holds it
            fcntl.flock(lock, fcntl.LOCK_UN)
            free = True
        except BlockingIOError:
            free = False
        finally:
            os.close(lock)
        seen.append((path, stored, free))
        real(fd)

    monkeypatch.setattr(os, "fdatasync", spy)
    message = InboundMessage(
        Channel.WHATSAPP, "wamid.S1", "+447700900001", utcnow(), MessageKind.TEXT, "hi"
    )
    try:
        await store.write_batch([message])
        assert seen == [(f"{database}-wal", 1, True)]
        await store.claim_sends(10, 30.0)
        assert len(seen) == 2 and seen[1][2]
    finally:
        await store.close()


async def test_webhooks_and_send_claims_use_the_durable_connection(tmp_path: Path) -> None:
    store = await Store.open(f"sqlite:///{tmp_path}/selfcare.db")

    class Refused:
        def begin(self) -> Any:
            raise OSError(28, "No space left on device")

    message = InboundMessage(
        Channel.WHATSAPP, "wamid.D1", "+447700900001", utcnow(), MessageKind.TEXT, "hi"
    )
    real, store.durable = store.durable, Refused()  # type: ignore[assignment]
    try:
        with pytest.raises(OSError):
            await store.write_batch([message])
        with pytest.raises(OSError):
            await store.claim_sends(10, 30.0)
    finally:
        store.durable = real
        await store.close()


async def test_a_cancelled_caller_waits_for_its_thread_to_finish() -> None:
    """A COMMIT or checkpoint in a thread is never left running on a connection that the
    cancelled caller's clean-up rolls back or closes (two threads in one connection)."""
    started, release = threading.Event(), threading.Event()
    finished: list[bool] = []

    def work() -> None:
        started.set()
        release.wait(10)
        finished.append(True)

    task = asyncio.create_task(in_thread(work))
    await asyncio.to_thread(started.wait, 10)
    task.cancel()
    await asyncio.sleep(0.05)
    assert not task.done()  # still waiting for the thread, despite the cancel
    release.set()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert finished == [True]


def _turn_threads() -> int:
    return sum(t.name == "sqlite write turn" for t in threading.enumerate())


def _until(check: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the condition never held"
        time.sleep(0.01)


async def test_a_writer_cancelled_while_waiting_for_its_turn_gives_the_turn_back(
    tmp_path: Path,
) -> None:
    """Another process holds the write turn; a webhook's write waits for it and is cancelled
    (a shutdown). When the turn comes it is given back at once — a later writer gets it — and
    no thread of the loop's executor is left blocked in ``flock`` (the loop can close)."""
    database = tmp_path / "selfcare.db"
    store = await Store.open(f"sqlite:///{database}")
    holder = os.open(f"{database}.lock", os.O_RDWR)
    fcntl.flock(holder, fcntl.LOCK_EX)  # the other process's turn
    message = InboundMessage(
        Channel.WHATSAPP, "wamid.T1", "+447700900002", utcnow(), MessageKind.TEXT, "hi"
    )
    try:
        waiting = asyncio.create_task(store.write_batch([message]))
        await asyncio.to_thread(_until, lambda: _turn_threads() > 0)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        fcntl.flock(holder, fcntl.LOCK_UN)  # the turn comes round: nobody is waiting for it
        await asyncio.to_thread(_until, lambda: _turn_threads() == 0)
        await asyncio.wait_for(store.write_batch([message]), timeout=30)
        async with store.reader.connect() as conn:
            assert await conn.scalar(text("SELECT count(*) FROM inbox")) == 1
    finally:
        os.close(holder)
        await store.close()

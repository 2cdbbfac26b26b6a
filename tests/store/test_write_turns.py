"""SQLite writers take turns on a lock file (``WriteTurns``): a second writer waits for the
first one's transaction without polling and without blocking the event loop, and the turn is
given back after a commit, a rollback or a lost connection."""

from __future__ import annotations

import asyncio
import fcntl
import os
from pathlib import Path

import pytest
from sqlalchemy import text

from selfcare.store.database import create_engine


def _free(lock: Path) -> bool:
    """Nobody holds the turn: another open file can take it at once."""
    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # closing releases a lock taken here
    return True


async def test_a_second_writer_waits_for_the_first_and_the_loop_keeps_running(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path}/t.db"
    first, second = create_engine(url, single=True), create_engine(url, single=True)
    try:
        async with first.begin() as conn:
            await conn.execute(text("CREATE TABLE t (x INTEGER)"))
        order: list[str] = []

        async def write(engine_name: str) -> None:
            async with second.begin() as conn:
                await conn.execute(text("INSERT INTO t VALUES (2)"))
                order.append(engine_name)

        async with first.begin() as conn:
            await conn.execute(text("INSERT INTO t VALUES (1)"))
            waiting = asyncio.create_task(write("second"))
            ticks = 0
            while ticks < 20:  # the loop runs while the second writer waits its turn
                await asyncio.sleep(0.005)
                ticks += 1
            assert not waiting.done()
            order.append("first")
        await asyncio.wait_for(waiting, 30)
        assert order == ["first", "second"]
        assert _free(tmp_path / "t.db.lock")
    finally:
        await first.dispose()
        await second.dispose()


async def test_the_turn_is_given_back_after_a_rollback(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/t.db"
    engine = create_engine(url, single=True)
    lock = tmp_path / "t.db.lock"
    try:
        with pytest.raises(RuntimeError):
            async with engine.begin() as conn:
                await conn.execute(text("CREATE TABLE t (x INTEGER)"))
                assert not _free(lock)
                raise RuntimeError("a failed transaction")
        assert _free(lock)
        async with engine.begin() as conn:  # and the next transaction gets it again
            await conn.execute(text("CREATE TABLE u (x INTEGER)"))
        assert _free(lock)
    finally:
        await engine.dispose()
    assert _free(lock)
    assert oct(lock.stat().st_mode & 0o777) == "0o600"

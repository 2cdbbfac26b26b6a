"""PostgreSQL: wake this process's worker and sender the moment another process stores work.

Migration 0004 makes every insert into the inbox or the outbox ``NOTIFY selfcare_inbox`` /
``selfcare_outbox`` on commit. A worker started on its own (``selfcare worker``, on another
machine, or behind another web process) LISTENs on one connection of its own, outside the
pool, and calls ``on_inbox`` / ``on_outbox``: the same wake-ups ``selfcare serve`` gives its
children over a socket pair. Polling (``WORKER_POLL_SECONDS``) stays as the safety net: a
notification lost while the connection was down is caught up by waking both once on every
(re)connection, and the poll finds anything else.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

import asyncpg
from sqlalchemy.engine import make_url

from selfcare.pipeline.guard import LoopHealth, cancel
from selfcare.store.database import async_url

log = logging.getLogger("selfcare.pipeline")

INBOX, OUTBOX = "selfcare_inbox", "selfcare_outbox"


def plain_dsn(url: str) -> str:
    """The libpq form of a PostgreSQL URL in any form we accept (``postgres://``,
    ``postgresql+asyncpg://``…)."""
    parsed = make_url(async_url(url)).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


class Listener:
    def __init__(
        self, url: str, on_inbox: Callable[[], None], on_outbox: Callable[[], None]
    ) -> None:
        self.dsn = plain_dsn(url)
        self.wakes = {INBOX: on_inbox, OUTBOX: on_outbox}
        self.connected = asyncio.Event()  # for tests and /readyz-like checks
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        await cancel(self._task)
        self._task = None

    def _notified(self, _conn: Any, _pid: int, channel: str, _payload: str) -> None:
        wake = self.wakes.get(channel)
        if wake is not None:
            wake()

    async def _run(self) -> None:
        health = LoopHealth("listener", base=0.5, cap=30.0)
        while True:
            try:
                conn = await asyncpg.connect(self.dsn)
            except Exception as exc:  # the database is down: poll meanwhile, try again
                await asyncio.sleep(health.failed(exc, "listening for new work"))
                continue
            try:
                await self._listen(conn, health)
                log.warning("listener: the connection was lost; polling until it is back")
            except Exception as exc:
                await asyncio.sleep(health.failed(exc, "listening for new work"))
            finally:
                self.connected.clear()
                with contextlib.suppress(Exception):
                    await conn.close(timeout=2)

    async def _listen(self, conn: Any, health: LoopHealth) -> None:
        """Listen on ``conn`` until it is lost."""
        lost = asyncio.Event()
        conn.add_termination_listener(lambda _conn: lost.set())
        for channel in self.wakes:
            await conn.add_listener(channel, self._notified)
        health.ok()
        self.connected.set()
        for wake in self.wakes.values():
            wake()  # whatever was stored while we were not listening
        await lost.wait()

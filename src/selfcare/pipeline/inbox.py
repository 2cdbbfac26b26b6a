"""Durable intake with group commit.

Each webhook request hands its events to :meth:`Inbox.put` and waits; one writer task stores
everything queued meanwhile in a single transaction, so a burst of concurrent webhooks costs
one commit, and no request is acknowledged before its events are on disk.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from selfcare import metrics
from selfcare.events import InboundMessage, StatusUpdate
from selfcare.pipeline.guard import LoopHealth, cancel
from selfcare.store import DeadLetter, Store, WriteResult

log = logging.getLogger(__name__)


def _refused_value(exc: BaseException) -> bool:
    """The database refused a value (too long, out of range), as opposed to being down."""
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    return (
        isinstance(exc, DBAPIError)
        and not exc.connection_invalidated
        and not isinstance(exc, OperationalError | InterfaceError)
    )


def _disconnected(exc: BaseException) -> bool:
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, DBAPIError) and exc.connection_invalidated


@dataclass
class _Request:
    messages: Sequence[InboundMessage]
    updates: Sequence[StatusUpdate]
    letters: Sequence[DeadLetter]
    done: asyncio.Future[None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class Inbox:
    def __init__(self, store: Store, on_stored: Callable[[], None] = lambda: None) -> None:
        self.store = store
        self.on_stored = on_stored
        self._queue: list[_Request] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.health = LoopHealth("inbox")

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="inbox-writer")

    async def stop(self) -> None:
        await cancel(self._task)
        self._task = None
        for request in self._queue:
            request.done.set_exception(RuntimeError("shutting down"))
        self._queue.clear()

    async def put(
        self,
        messages: Sequence[InboundMessage],
        updates: Sequence[StatusUpdate] = (),
        letters: Sequence[DeadLetter] = (),
    ) -> None:
        """Return once everything is stored durably; raise if it could not be."""
        if not (messages or updates or letters):
            return
        if self._task is None:
            raise RuntimeError("the inbox is not running")
        request = _Request(messages, updates, letters)
        self._queue.append(request)
        self._wake.set()
        await asyncio.shield(request.done)

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            batch, self._queue = self._queue, []
            if not batch:
                continue
            try:
                await self._write(batch)
            except Exception as exc:  # nothing may end the writer; these requests get 503
                self.health.failed(exc, "storing webhooks")
                for request in batch:
                    if not request.done.done():
                        request.done.set_exception(exc)

    async def _write(self, batch: list[_Request]) -> None:
        try:
            result = await self._write_batch(batch)
        except Exception as exc:
            if len(batch) > 1:
                # One bad request must not fail its neighbours: write them one by one.
                for request in batch:
                    await self._write([request])
                return
            if _refused_value(exc) and await self._write_items(batch[0]):
                return
            self.health.failed(exc, "storing a webhook")
            if not batch[0].done.done():
                batch[0].done.set_exception(exc)
            return
        self.health.ok()
        self._count(batch, result)
        for request in batch:
            if not request.done.done():
                request.done.set_result(None)
        if result.stored:
            self.on_stored()

    async def _write_batch(self, batch: list[_Request]) -> WriteResult:
        messages = [m for r in batch for m in r.messages]
        updates = [u for r in batch for u in r.updates]
        letters = [d for r in batch for d in r.letters]
        try:
            return await self.store.write_batch(messages, updates, letters)
        except Exception as exc:
            if not _disconnected(exc):
                raise
        # The connection had died (a database restart, an idle one cut): nothing was
        # written, and the pool now hands out fresh connections. Once more, at once.
        return await self.store.write_batch(messages, updates, letters)

    async def _write_items(self, request: _Request) -> bool:
        """The store refused a value in this request (the adapters' limits should have caught
        it): store its events one by one, each refused one as a dead letter, so the rest is
        not lost with it. False if something else failed (the request then gets a 503)."""
        items: list[tuple[list[InboundMessage], list[StatusUpdate], list[DeadLetter]]] = [
            *(([m], [], []) for m in request.messages),
            *(([], [u], []) for u in request.updates),
            *(([], [], [d]) for d in request.letters),
        ]
        stored = 0
        for messages, updates, letters in items:
            try:
                result = await self.store.write_batch(messages, updates, letters)
                stored += result.stored
            except Exception as exc:
                if not _refused_value(exc) or letters:
                    return False
                channel = (messages or updates)[0].channel.value
                reason = f"refused by the store ({type(exc).__name__})"
                try:
                    await self.store.write_batch([], [], [DeadLetter(channel, reason, b"{}")])
                except Exception:
                    return False
                metrics.DEAD_LETTERS.inc()
                log.warning("a webhook item was refused by the store; kept as a dead letter")
        self.health.ok()
        if not request.done.done():
            request.done.set_result(None)
        if stored:
            self.on_stored()
        return True

    @staticmethod
    def _count(batch: list[_Request], result: WriteResult) -> None:
        for request in batch:
            for m in request.messages:
                metrics.EVENTS.labels(m.channel.value, m.kind.value).inc()
            for u in request.updates:
                metrics.EVENTS.labels(u.channel.value, "status").inc()
        if result.duplicates and batch[0].messages:
            metrics.DUPLICATES.labels(batch[0].messages[0].channel.value).inc(result.duplicates)

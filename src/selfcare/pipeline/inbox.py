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
from selfcare.pipeline.guard import LoopHealth
from selfcare.store import DeadLetter, Store, WriteResult

log = logging.getLogger(__name__)


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
        if self._task:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
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
            result = await self.store.write_batch(
                [m for r in batch for m in r.messages],
                [u for r in batch for u in r.updates],
                [d for r in batch for d in r.letters],
            )
        except Exception as exc:
            if len(batch) > 1:
                # One bad request must not fail its neighbours: write them one by one.
                for request in batch:
                    await self._write([request])
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

    @staticmethod
    def _count(batch: list[_Request], result: WriteResult) -> None:
        for request in batch:
            for m in request.messages:
                metrics.EVENTS.labels(m.channel.value, m.kind.value).inc()
            for u in request.updates:
                metrics.EVENTS.labels(u.channel.value, "status").inc()
        if result.duplicates and batch[0].messages:
            metrics.DUPLICATES.labels(batch[0].messages[0].channel.value).inc(result.duplicates)

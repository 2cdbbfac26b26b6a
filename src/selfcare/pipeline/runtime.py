"""The pipeline's wiring: the store, channels, inbox writer, worker and sender, built and
started together and stopped in order.

The web app (:mod:`selfcare.app`) runs it for its lifetime; ``selfcare worker`` runs it alone,
without importing the web app. With worker processes (``selfcare serve``'s default on a
multi-core machine, :mod:`selfcare.pipeline.processes`) the web process runs only the inbox
writer and each child is a ``selfcare worker``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from selfcare.assistant import Assistant
from selfcare.assistant.engine import engine
from selfcare.channels import AioHttp, build_channels
from selfcare.channels.base import ChannelAdapter
from selfcare.desk.hours import OpeningHours
from selfcare.desk.policy import DeskPolicy
from selfcare.desk.store import Desk, expire_loop
from selfcare.events import Channel, Conversation, InboundMessage, Reply
from selfcare.pipeline.guard import LoopHealth, cancel
from selfcare.pipeline.inbox import Inbox
from selfcare.pipeline.listen import Listener
from selfcare.pipeline.processes import (
    AUTH_FAILED,
    SENDING_FAILING,
    STOP_WAIT,
    Parent,
    WorkerProcesses,
)
from selfcare.pipeline.sender import Sender
from selfcare.pipeline.worker import Responder, Worker
from selfcare.settings import Settings
from selfcare.store import Store

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """What the routes and the pipeline share: the channels at once, the rest filled in by
    :func:`pipeline` when it starts."""

    settings: Settings
    channels: Mapping[Channel, ChannelAdapter]
    store: Store | None = None
    inbox: Inbox | None = None
    worker: Worker | None = None
    sender: Sender | None = None
    client: AioHttp | None = None
    processes: WorkerProcesses | None = None  # the worker and sender when they run apart
    extra: dict[str, object] = field(default_factory=dict)


@asynccontextmanager
async def pipeline(
    runtime: Runtime,
    assistant: Responder | None,
    *,
    run_worker: bool | None = None,
    processes: int | None = None,
) -> AsyncIterator[None]:
    """Open the store and run the inbox writer, worker and sender until the block ends.

    With ``processes`` (default: ``WORKER_PROCESSES``, unset meaning 0 here — ``selfcare
    serve`` decides for the machine) the worker and sender run in that many child processes
    instead of this one."""
    settings = runtime.settings
    run_worker = settings.run_worker if run_worker is None else run_worker
    if processes is None:
        processes = settings.worker_processes or 0
    apart = run_worker and processes > 0
    run_worker = run_worker and not apart
    children = WorkerProcesses(processes) if apart else None
    if children is not None:
        children.start()  # they load while this process opens its store
    try:
        store = await Store.open(settings.database_url, settings.database_pool_size)
    except BaseException:
        if children is not None:
            await children.stop()
        raise
    client = AioHttp(connections=100)
    runtime.store, runtime.client = store, client
    sender = Sender(
        store,
        runtime.channels,
        client,
        rate=settings.send_rate_per_second,
        lease=settings.worker_lease_seconds,
        poll=settings.worker_poll_seconds,
        max_backoff=settings.send_max_backoff_seconds,
        ambiguous_grace=settings.send_ambiguous_grace_seconds,
    )
    if assistant is None and apart:
        # The children answer; here it only words the console's notices, if ever: not
        # worth a second of start-up.
        assistant = _OnFirstUse(settings.default_country_code)
    elif assistant is None:
        assistant = Assistant(default_country=settings.default_country_code)
        if run_worker:
            # Build the lexicon and topic index now, not on the first person's message.
            engine().assess("warm up")
    worker = Worker(
        store,
        assistant,
        runtime.channels,
        client,
        history_turns=settings.history_turns,
        lease=settings.worker_lease_seconds,
        poll=settings.worker_poll_seconds,
        on_reply=sender.notify,
        read_receipts=settings.read_receipts,
        desk=DeskPolicy(
            OpeningHours.parse(settings.handover_hours, settings.handover_timezone),
            settings.handover_flags,
            settings.handover_timeout_minutes,
        ),
    )
    runtime.extra["assistant"] = assistant
    runtime.extra["wake_sender"] = sender.notify
    inbox = Inbox(store, on_stored=worker.notify)
    runtime.inbox, runtime.worker, runtime.sender = inbox, worker, sender
    if children is not None:
        runtime.processes = children
        inbox.on_stored = children.wake_worker
        runtime.extra["wake_sender"] = children.wake_sender
        await children.ready()
    inbox.start()
    housekeeping: asyncio.Task[None] | None = None
    handback: asyncio.Task[None] | None = None
    listener: Listener | None = None
    if run_worker:
        worker.start()
        sender.start()
        if store.dialect == "postgresql":
            listener = Listener(settings.database_url, worker.notify, sender.notify)
            listener.start()
        if settings.data_retention_days > 0 or settings.dead_letter_retention_days > 0:
            housekeeping = asyncio.create_task(
                retention(store, settings.data_retention_days, settings.dead_letter_retention_days)
            )
        if settings.handover_timeout_minutes > 0:
            minutes = settings.handover_timeout_minutes
            handback = asyncio.create_task(
                expire_loop(Desk(store), assistant, minutes, sender.notify)
            )
    try:
        yield
    finally:
        await cancel(housekeeping, handback)
        if listener is not None:
            await listener.stop()
        await inbox.stop()
        if runtime.processes is not None:
            await runtime.processes.stop()
            runtime.processes = None
        await worker.stop()
        await sender.stop()
        await client.aclose()
        await store.close()


class _OnFirstUse:
    """The assistant, built when first asked for something."""

    def __init__(self, default_country: str) -> None:
        self.default_country = default_country
        self._assistant: Assistant | None = None

    def _get(self) -> Assistant:
        if self._assistant is None:
            self._assistant = Assistant(default_country=self.default_country)
        return self._assistant

    def respond(self, conversation: Conversation, message: InboundMessage) -> Reply:
        return self._get().respond(conversation, message)

    def notice(self, conversation: Conversation, key: str, values: Mapping[str, str]) -> str:
        return self._get().notice(conversation, key, values)


async def retention(store: Store, days: int, unlinked_days: int, every: float = 3600.0) -> None:
    """Hourly: purge conversations idle for longer than DATA_RETENTION_DAYS, and dead letters
    and orphan statuses older than DEAD_LETTER_RETENTION_DAYS (0 keeps either). A failed purge
    is tried again sooner, with backoff, and never ends the loop."""
    health = LoopHealth("retention", base=5.0, cap=every)
    while True:
        pause = every
        try:
            removed = await store.purge(days) if days > 0 else 0
            if unlinked_days > 0:
                removed += await store.purge_unlinked(unlinked_days)
        except Exception as exc:
            pause = health.failed(exc, "the retention purge")
        else:
            health.ok()
            if removed:
                log.info("retention: purged %d records", removed)
        await asyncio.sleep(pause)


async def run_worker(settings: Settings, wake_fd: int | None = None) -> None:
    """The worker and sender without the HTTP server, until SIGINT or SIGTERM — or, as a
    child of ``selfcare serve`` (``wake_fd``), until the web process is gone."""
    runtime = Runtime(settings=settings, channels=build_channels(settings))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    parent = Parent(wake_fd) if wake_fd is not None else None
    async with pipeline(runtime, None, run_worker=True, processes=0):
        if parent is not None:
            worker, sender = runtime.worker, runtime.sender
            assert worker is not None and sender is not None

            def health() -> int:
                return (AUTH_FAILED if sender.auth_failed else 0) | (
                    SENDING_FAILING if sender.failing else 0
                )

            parent.watch(worker.notify, sender.notify, stop.set)
            parent.report(health)
        log.info("worker running (no HTTP server)")
        await stop.wait()
        exit_if_stuck(STOP_WAIT)
        if parent is not None:
            await parent.close()
    log.info("worker stopped")


EXIT_STUCK = 3  # the exit code of a worker that had to end itself (see exit_if_stuck)


def exit_if_stuck(seconds: float) -> None:
    """End this process hard if it has not ended by itself ``seconds`` from now.

    Called once a worker is asked to stop: whatever keeps it from stopping (a task deaf to
    cancellation, a driver call that never returns), it must not outlive its web process,
    answering on and holding leases. Ending hard loses nothing: every message was stored
    before it was acknowledged and is answered under a lease in one transaction, so what this
    process held is taken over when its leases run out — exactly as after SIGKILL. A thread,
    not the event loop: the loop may be what is stuck."""

    def end() -> None:
        try:
            log.warning("the worker did not stop within %.0f s; ending it", seconds)
        finally:
            os._exit(EXIT_STUCK)

    timer = threading.Timer(seconds, end)
    timer.daemon = True  # never what keeps the process alive
    timer.start()

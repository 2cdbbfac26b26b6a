"""The ASGI app: webhook routes, health and metrics, and the pipeline's lifetime.

Webhook handlers only verify, parse and store; the worker and sender do the rest after 200.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import httpx
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from selfcare import metrics
from selfcare.assistant import Assistant
from selfcare.assistant.engine import engine
from selfcare.channels import build_channels
from selfcare.channels.base import ChannelAdapter, RawRequest, WebhookRejected
from selfcare.channels.whatsapp import verify_subscription
from selfcare.console import console_routes
from selfcare.desk.hours import OpeningHours
from selfcare.desk.policy import DeskPolicy
from selfcare.desk.store import Desk, expire_loop
from selfcare.events import InboundMessage, StatusUpdate, Unparsed
from selfcare.pipeline.guard import LoopHealth
from selfcare.pipeline.inbox import Inbox
from selfcare.pipeline.sender import Sender
from selfcare.pipeline.worker import Responder, Worker
from selfcare.settings import Settings, load_settings
from selfcare.store import DeadLetter, Store
from selfcare.webchat import webchat_routes

log = logging.getLogger(__name__)


class BodyTooLarge(Exception):
    pass


@dataclass
class Runtime:
    """What the routes need, built in the lifespan."""

    settings: Settings
    channels: Mapping[str, ChannelAdapter]
    store: Store | None = None
    inbox: Inbox | None = None
    worker: Worker | None = None
    sender: Sender | None = None
    client: httpx.AsyncClient | None = None
    extra: dict[str, object] = field(default_factory=dict)


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def raw_request(request: Request, body: bytes) -> RawRequest:
    return RawRequest(
        body=body,
        headers={k.lower(): v for k, v in request.headers.items()},
        url=str(request.url),
        query=dict(request.query_params),
    )


async def ingest(runtime: Runtime, adapter: ChannelAdapter, request: Request) -> Response:
    """Verify, parse and store one webhook; the answer says only whether we have it."""
    started = time.perf_counter()
    name = adapter.channel.value
    try:
        body = await read_body(request, runtime.settings.max_body_bytes)
    except BodyTooLarge:
        metrics.REJECTED.labels(name, "too_large").inc()
        log.warning("%s webhook refused: body over %d bytes", name, runtime.settings.max_body_bytes)
        return PlainTextResponse("payload too large", status_code=413)
    raw = raw_request(request, body)
    try:
        adapter.verify(raw)
    except WebhookRejected as exc:
        metrics.REJECTED.labels(name, exc.reason).inc()
        log.warning("%s webhook refused: %s", name, exc.reason)
        return PlainTextResponse(exc.reason, status_code=exc.status)
    parsed = adapter.parse(raw)
    messages = [e for e in parsed.events if isinstance(e, InboundMessage)]
    updates = [e for e in parsed.events if isinstance(e, StatusUpdate)]
    letters = [
        DeadLetter(name, e.reason, json.dumps(e.data, default=str).encode())
        for e in parsed.events
        if isinstance(e, Unparsed)
    ]
    if parsed.dead_letter:
        letters.append(DeadLetter(name, parsed.dead_letter, body))
        log.info("%s webhook kept as a dead letter: %s", name, parsed.dead_letter)
    metrics.DEAD_LETTERS.inc(len(letters))
    assert runtime.inbox is not None
    try:
        await runtime.inbox.put(messages, updates, letters)
    except Exception:
        # Not acknowledged, so the provider delivers it again later: nothing is lost.
        return PlainTextResponse("temporarily unavailable", status_code=503)
    metrics.ACK_LATENCY.observe(time.perf_counter() - started)
    return adapter_ack(adapter)


def adapter_ack(adapter: ChannelAdapter) -> Response:
    ack = getattr(adapter, "ack", None)
    return ack() if callable(ack) else PlainTextResponse("OK")


def create_app(settings: Settings, *, assistant: Responder | None = None) -> Starlette:
    runtime = Runtime(settings=settings, channels=build_channels(settings))

    async def verify(request: Request) -> Response:
        token = settings.whatsapp_verify_token
        challenge = verify_subscription(
            dict(request.query_params), token.get_secret_value() if token else None
        )
        if challenge is None:
            log.warning("webhook verification refused")
            return PlainTextResponse("forbidden", status_code=403)
        log.info("webhook verified by Meta")
        return PlainTextResponse(challenge)

    def route_for(channel: str) -> object:
        async def handler(request: Request) -> Response:
            adapter = runtime.channels.get(channel)
            if adapter is None:
                return PlainTextResponse(f"the {channel} channel is not configured", 404)
            return await ingest(runtime, adapter, request)

        return handler

    async def healthz(_: Request) -> Response:
        return JSONResponse({"status": "alive"})

    async def readyz(_: Request) -> Response:
        store = runtime.store
        database = store is not None and await store.ping()
        writable = database and store is not None and await store.can_write()
        sender = runtime.sender
        token_ok = not (sender and sender.auth_failed)
        # Only a running sender can be failing (RUN_WORKER=false runs none).
        sending = not (sender and sender.running and sender.failing)
        ready = writable and token_ok and sending
        body = {
            "status": "ready" if ready else "degraded",
            "database": "ok" if writable else ("not writable" if database else "unreachable"),
            "access_token": "ok" if token_ok else "rejected",
            "sender": "ok" if sending else "failing",
        }
        return JSONResponse(body, status_code=200 if ready else 503)

    async def metrics_route(_: Request) -> Response:
        if runtime.store is not None:
            try:
                waiting, unsent = await runtime.store.queue_depth()
            except Exception:
                waiting = unsent = -1
            metrics.QUEUE_DEPTH.labels("inbox").set(waiting)
            metrics.QUEUE_DEPTH.labels("outbox").set(unsent)
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        async with pipeline(runtime, assistant):
            yield

    routes = [
        Route("/webhook", verify, methods=["GET"]),
        Route("/webhook", route_for("whatsapp"), methods=["POST"]),  # type: ignore[arg-type]
        Route("/webhook/twilio", route_for("twilio"), methods=["POST"]),  # type: ignore[arg-type]
        # Twilio's delivery callbacks: the same adapter tells them from messages by content.
        Route("/webhook/twilio/status", route_for("twilio"), methods=["POST"]),  # type: ignore[arg-type]
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/metrics", metrics_route, methods=["GET"]),
        *console_routes(runtime),
        *webchat_routes(runtime),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.runtime = runtime
    return app


@asynccontextmanager
async def pipeline(
    runtime: Runtime, assistant: Responder | None, *, run_worker: bool | None = None
) -> AsyncIterator[None]:
    """Open the store and run the inbox writer, worker and sender for the app's lifetime."""
    settings = runtime.settings
    run_worker = settings.run_worker if run_worker is None else run_worker
    if settings.whatsapp_webhook_secret is None and settings.unsigned_webhooks_allowed:
        log.warning(
            "WHATSAPP_WEBHOOK_SECRET is not set: webhook signatures are NOT checked "
            "(local mode: no access token either). Set it to the App Secret before going live."
        )
    elif settings.whatsapp_webhook_secret is None:
        log.warning(
            "WHATSAPP_WEBHOOK_SECRET is not set while WHATSAPP_ACCESS_TOKEN is: every Meta "
            "webhook is refused (403) until it is set to the App Secret."
        )
    store = await Store.open(settings.database_url, settings.database_pool_size)
    client = httpx.AsyncClient(
        timeout=settings.send_timeout_seconds,
        limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
    )
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
    if assistant is None:
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
    inbox.start()
    housekeeping: asyncio.Task[None] | None = None
    handback: asyncio.Task[None] | None = None
    if run_worker:
        worker.start()
        sender.start()
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
        for task in (housekeeping, handback):
            if task:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        await inbox.stop()
        await worker.stop()
        await sender.stop()
        await client.aclose()
        await store.close()


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


def factory() -> Starlette:
    """The app from the environment: ``selfcare serve --workers N`` starts one per process."""
    from selfcare.logs import configure

    settings = load_settings()
    configure(settings.log_level)
    return create_app(settings)


async def run_worker(settings: Settings) -> None:
    """The worker and sender without the HTTP server, until SIGINT or SIGTERM."""
    import signal

    runtime = Runtime(settings=settings, channels=build_channels(settings))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with pipeline(runtime, None, run_worker=True):
        log.info("worker running (no HTTP server)")
        await stop.wait()
    log.info("worker stopped")

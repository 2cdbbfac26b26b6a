"""The ASGI app: webhook routes, health and metrics. The pipeline
(:mod:`selfcare.pipeline.runtime`) runs for the app's lifetime.

Webhook handlers only verify, parse and store; the worker and sender do the rest after 200.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from selfcare import metrics
from selfcare.channels.base import ChannelAdapter, HttpReply, RawRequest, WebhookRejected
from selfcare.channels.registry import adapters, build_channels, log_settings
from selfcare.console import console_routes
from selfcare.events import Channel, InboundMessage, StatusUpdate, Unparsed
from selfcare.pipeline.runtime import Runtime, pipeline
from selfcare.pipeline.worker import Responder
from selfcare.settings import Settings, load_settings
from selfcare.store import DeadLetter
from selfcare.webchat import webchat_routes

log = logging.getLogger(__name__)

Endpoint = Callable[[Request], Awaitable[Response]]


class BodyTooLarge(Exception):
    pass


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
    unparsed = [e for e in parsed.events if isinstance(e, Unparsed)]
    letters = [
        DeadLetter(name, e.reason, json.dumps(e.data, default=str).encode()) for e in unparsed
    ]
    if parsed.dead_letter:
        letters.append(DeadLetter(name, parsed.dead_letter, body))
    if letters:
        # Reasons only (ours, or a provider's field name): never a body or a number.
        reasons = Counter(letter.reason for letter in letters)
        said = "; ".join(f"{r} (x{n})" if n > 1 else r for r, n in reasons.items())
        log.info("%s webhook: %d kept as dead letters, not answered: %s", name, len(letters), said)
    metrics.DEAD_LETTERS.inc(len(letters))
    assert runtime.inbox is not None
    try:
        await runtime.inbox.put(messages, updates, letters)
    except Exception:
        # Not acknowledged, so the provider delivers it again later: nothing is lost.
        return PlainTextResponse("temporarily unavailable", status_code=503)
    metrics.ACK_LATENCY.observe(time.perf_counter() - started)
    return response(adapter.ack())


def response(reply: HttpReply) -> Response:
    return Response(reply.body, status_code=reply.status, headers=dict(reply.headers))


def webhook_routes(runtime: Runtime) -> list[Route]:
    """Every known provider's routes, as its adapter declares them; one whose channel this
    deployment does not run answers 404 saying so."""
    routes: list[Route] = []
    taken: dict[tuple[str, str], Channel] = {}
    for channel, declared in adapters(runtime.settings).items():
        for route in declared.routes:
            owner = taken.setdefault((route.method, route.path), channel)
            if owner is not channel:
                raise ValueError(f"{route.method} {route.path}: both {owner} and {channel}")
            handler = _endpoint(runtime, channel, route.method)
            routes.append(Route(route.path, handler, methods=[route.method]))
    return routes


def _endpoint(runtime: Runtime, channel: Channel, method: str) -> Endpoint:
    async def handler(request: Request) -> Response:
        adapter = runtime.channels.get(channel)
        if adapter is None:
            return PlainTextResponse(f"the {channel} channel is not configured", 404)
        if method == "GET":
            return response(adapter.handshake(raw_request(request, b"")))
        return await ingest(runtime, adapter, request)

    return handler


def create_app(settings: Settings, *, assistant: Responder | None = None) -> Starlette:
    runtime = Runtime(settings=settings, channels=build_channels(settings))

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
        log_settings(runtime.channels)
        async with pipeline(runtime, assistant):
            yield

    routes = [
        *webhook_routes(runtime),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/metrics", metrics_route, methods=["GET"]),
        *console_routes(runtime),
        *webchat_routes(runtime),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.state.runtime = runtime
    return app


def factory() -> Starlette:
    """The app from the environment: ``selfcare serve --workers N`` starts one per process."""
    from selfcare.logs import configure

    settings = load_settings()
    configure(settings.log_level)
    return create_app(settings)

"""The ASGI app: webhook routes, health and metrics. The pipeline
(:mod:`selfcare.pipeline.runtime`) runs for the app's lifetime.

Webhook handlers only verify, parse and store; the worker and sender do the rest after 200.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from urllib.parse import parse_qsl

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.datastructures import URL
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

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


class Disconnected(Exception):
    pass


async def read_body(receive: Receive, headers: Mapping[str, str], limit: int) -> bytes:
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise Disconnected
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def raw_request(scope: Scope, headers: Mapping[str, str], body: bytes) -> RawRequest:
    query = scope.get("query_string", b"").decode("latin-1")
    return RawRequest(
        body=body,
        headers=headers,
        url=str(URL(scope=scope)),
        query=dict(parse_qsl(query, keep_blank_values=True)),
    )


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


async def ingest(runtime: Runtime, adapter: ChannelAdapter, raw: RawRequest) -> HttpReply:
    """Verify, parse and store one webhook; the answer says only whether we have it."""
    name = adapter.channel.value
    try:
        adapter.verify(raw)
    except WebhookRejected as exc:
        metrics.REJECTED.labels(name, exc.reason).inc()
        log.warning("%s webhook refused: %s", name, exc.reason)
        return HttpReply.text(exc.reason, exc.status)
    parsed = adapter.parse(raw)
    messages = [e for e in parsed.events if isinstance(e, InboundMessage)]
    updates = [e for e in parsed.events if isinstance(e, StatusUpdate)]
    unparsed = [e for e in parsed.events if isinstance(e, Unparsed)]
    letters = [
        DeadLetter(name, e.reason, json.dumps(e.data, default=str).encode()) for e in unparsed
    ]
    if parsed.dead_letter:
        letters.append(DeadLetter(name, parsed.dead_letter, raw.body))
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
        return HttpReply.text("temporarily unavailable", 503)
    return adapter.ack()


def response(reply: HttpReply) -> Response:
    return Response(reply.body, status_code=reply.status, headers=dict(reply.headers))


async def _write(send: Send, reply: HttpReply) -> None:
    headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers.items()]
    headers.append((b"content-length", str(len(reply.body)).encode()))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": reply.body})


class Webhooks:
    """ASGI middleware that answers every provider's webhook POSTs itself.

    A webhook is the one request a provider sends at its own rate, by the thousand: taking
    it before Starlette's routing, request and response objects cuts the CPU of an
    acknowledgement that is not the store's (measured in docs/benchmarks.md). Everything
    else (GET handshakes, health, console) goes on to the Starlette app as before."""

    def __init__(
        self,
        app: ASGIApp,
        runtime: Runtime,
        posts: Mapping[str, Channel],
        handshakes: frozenset[str],
    ) -> None:
        self.app = app
        self.runtime = runtime
        self.posts = posts
        self.handshakes = handshakes  # paths that also answer a GET (Starlette's routes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        channel = self.posts.get(scope["path"]) if scope["type"] == "http" else None
        if channel is None or scope["method"] in ("GET", "HEAD"):
            await self.app(scope, receive, send)  # a handshake, or not a webhook at all
            return
        if scope["method"] != "POST":
            allow = "GET, HEAD, POST" if scope["path"] in self.handshakes else "POST"
            reply = HttpReply.text("method not allowed", 405)
            await _write(send, HttpReply(405, reply.body, {**reply.headers, "allow": allow}))
            return
        started = time.perf_counter()
        adapter = self.runtime.channels.get(channel)
        if adapter is None:
            await _write(send, HttpReply.text(f"the {channel} channel is not configured", 404))
            return
        headers = _headers(scope)
        limit = self.runtime.settings.max_body_bytes
        try:
            body = await read_body(receive, headers, limit)
        except Disconnected:
            return
        except BodyTooLarge:
            metrics.REJECTED.labels(channel.value, "too_large").inc()
            log.warning("%s webhook refused: body over %d bytes", channel.value, limit)
            await _write(send, HttpReply.text("payload too large", 413))
            return
        reply = await ingest(self.runtime, adapter, raw_request(scope, headers, body))
        if reply.status == 200:
            metrics.ACK_LATENCY.observe(time.perf_counter() - started)
        await _write(send, reply)


def webhook_posts(runtime: Runtime) -> dict[str, Channel]:
    """Every known provider's webhook paths, as its adapter declares them; a deployment
    that does not run a channel still owns its path (answered 404, saying so)."""
    posts: dict[str, Channel] = {}
    for channel, declared in adapters(runtime.settings).items():
        for route in declared.routes:
            if route.method == "POST":
                owner = posts.setdefault(route.path, channel)
                if owner is not channel:
                    raise ValueError(f"POST {route.path}: both {owner} and {channel}")
    return posts


def handshake_routes(runtime: Runtime) -> list[Route]:
    """Every known provider's GET routes (subscription checks), as its adapter declares
    them; one whose channel this deployment does not run answers 404 saying so."""
    routes: list[Route] = []
    taken: dict[str, Channel] = {}
    for channel, declared in adapters(runtime.settings).items():
        for route in declared.routes:
            if route.method != "GET":
                continue
            owner = taken.setdefault(route.path, channel)
            if owner is not channel:
                raise ValueError(f"GET {route.path}: both {owner} and {channel}")
            routes.append(Route(route.path, _handshake(runtime, channel), methods=["GET"]))
    return routes


def _handshake(runtime: Runtime, channel: Channel) -> Endpoint:
    async def handler(request: Request) -> Response:
        adapter = runtime.channels.get(channel)
        if adapter is None:
            return PlainTextResponse(f"the {channel} channel is not configured", 404)
        scope = request.scope
        return response(adapter.handshake(raw_request(scope, _headers(scope), b"")))

    return handler


def create_app(settings: Settings, *, assistant: Responder | None = None) -> Starlette:
    runtime = Runtime(settings=settings, channels=build_channels(settings))

    async def healthz(_: Request) -> Response:
        return JSONResponse({"status": "alive"})

    async def readyz(_: Request) -> Response:
        store = runtime.store
        database = store is not None and await store.ping()
        writable = database and store is not None and await store.can_write()
        sender, children = runtime.sender, runtime.processes
        token_ok = not (sender and sender.auth_failed) and not (children and children.auth_failed)
        # Only a running sender can be failing (RUN_WORKER=false runs none).
        sending = not (sender and sender.running and sender.failing)
        sending = sending and not (children and children.sending_failing)
        workers = children is None or children.alive
        ready = writable and token_ok and sending and workers
        body = {
            "status": "ready" if ready else "degraded",
            "database": "ok" if writable else ("not writable" if database else "unreachable"),
            "access_token": "ok" if token_ok else "rejected",
            "sender": "ok" if sending else "failing",
            "worker_processes": "ok" if workers else "not running",
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

    handshakes = handshake_routes(runtime)
    routes = [
        *handshakes,
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/metrics", metrics_route, methods=["GET"]),
        *console_routes(runtime),
        *webchat_routes(runtime),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[
            Middleware(
                Webhooks,
                runtime=runtime,
                posts=webhook_posts(runtime),
                handshakes=frozenset(r.path for r in handshakes),
            )
        ],
    )
    app.state.runtime = runtime
    return app


def factory() -> Starlette:
    """The app from the environment: ``selfcare serve --workers N`` starts one per process."""
    from selfcare.logs import configure

    settings = load_settings()
    configure(settings.log_level)
    return create_app(settings)

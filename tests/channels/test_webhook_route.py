"""The webhook POSTs are answered by the app's own ASGI layer (``app.Webhooks``), before
Starlette's routing: a body in several chunks, a client gone mid-body, a method the path
does not take, and the other routes still reached through Starlette."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from selfcare.app import create_app
from selfcare.channels.whatsapp import sign, text_webhook
from tests.conftest import make_settings

SECRET = "route-secret"


def _settings(tmp_path: Path) -> Any:
    return make_settings(
        database_url=f"sqlite:///{tmp_path}/route.db",
        run_worker=False,
        whatsapp_webhook_secret=SECRET,
        whatsapp_phone_number_id="555",
    )


async def _post(app: Any, chunks: list[bytes], headers: list[tuple[bytes, bytes]]) -> list[Any]:
    """One POST /webhook through the ASGI app, its body in ``chunks``; an empty chunk list
    means the client went away before sending any."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/webhook",
        "raw_path": b"/webhook",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"example.org"), *headers],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    queue = [
        {"type": "http.request", "body": c, "more_body": i < len(chunks) - 1}
        for i, c in enumerate(chunks)
    ]
    if not chunks:
        queue = [
            {"type": "http.request", "body": b"{", "more_body": True},
            {"type": "http.disconnect"},
        ]
    sent: list[Any] = []

    async def receive() -> Any:
        return queue.pop(0) if queue else {"type": "http.disconnect"}

    async def send(message: Any) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return sent


def test_a_body_in_chunks_is_verified_whole_and_stored(tmp_path: Path) -> None:
    body = text_webhook("447700900111", "hello", phone_number_id="555", message_id="wamid.chunks")
    headers = [(b"x-hub-signature-256", sign(body, SECRET).encode())]
    with TestClient(create_app(_settings(tmp_path))) as client:
        app, portal = client.app, client.portal  # type: ignore[attr-defined]
        thirds = [body[:10], body[10:40], body[40:]]
        sent = portal.call(_post, app, thirds, headers)
        assert sent[0]["status"] == 200
        store = client.app.state.runtime.store  # type: ignore[attr-defined]
        assert portal.call(store.queue_depth) == (1, 0)
        # A client gone mid-body: no answer written, nothing stored, no error.
        assert portal.call(_post, app, [], headers) == []
        # The same webhook again is a duplicate: acknowledged, stored once.
        assert portal.call(_post, app, [body], headers)[0]["status"] == 200
        assert portal.call(store.queue_depth) == (1, 0)


def test_a_wrong_signature_is_refused_on_the_raw_route(tmp_path: Path) -> None:
    body = text_webhook("447700900111", "hello", phone_number_id="555")
    with TestClient(create_app(_settings(tmp_path))) as client:
        response = client.post(
            "/webhook", content=body, headers={"x-hub-signature-256": "sha256=00"}
        )
        assert response.status_code in (401, 403)
        assert "signature" in response.text


def test_other_methods_and_routes_still_answer(tmp_path: Path) -> None:
    with TestClient(create_app(_settings(tmp_path))) as client:
        put = client.put("/webhook", content=b"{}")
        assert put.status_code == 405
        assert put.headers["allow"] == "GET, HEAD, POST"
        assert client.get("/healthz").json() == {"status": "alive"}
        # The handshake (GET) still goes through Starlette's route to the adapter.
        assert client.get("/webhook").status_code == 403
        big = b"x" * (4 * 1024 * 1024)
        assert client.post("/webhook", content=big).status_code == 413


def test_the_app_is_still_usable_from_plain_asyncio(tmp_path: Path) -> None:
    """No TestClient: lifespan and a POST driven by hand, as uvicorn would."""

    async def run() -> int:
        app = create_app(_settings(tmp_path))
        body = text_webhook("447700900112", "hi", phone_number_id="555")
        headers = [(b"x-hub-signature-256", sign(body, SECRET).encode())]
        async with app.router.lifespan_context(app):
            sent = await _post(app, [body], headers)
        return int(sent[0]["status"])

    assert asyncio.run(run()) == 200

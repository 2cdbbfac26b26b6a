"""The production send client (``AioHttp``) on real loopback sockets: what it puts on the
wire, and how each way of getting no answer is told apart — the retry depends on whether a
request may have reached the provider."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import socket
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from selfcare.channels import AioHttp
from selfcare.channels.base import NoAnswer

Serve = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@contextlib.asynccontextmanager
async def server(serve: Serve) -> AsyncIterator[tuple[str, list[bytes], asyncio.Event]]:
    """A raw HTTP/1.1 server on loopback: ``serve`` gets each connection after its request
    (head and body) was read into the list; the event is set at each request."""
    seen: list[bytes] = []
    arrived = asyncio.Event()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":", 1)[1])
        seen.append(head + await reader.readexactly(length))
        arrived.set()
        await serve(reader, writer)

    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/v1/messages", seen, arrived
    finally:
        srv.close()


async def answer_json(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    body = b'{"messages": [{"id": "wamid.1"}]}'
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nRetry-After: 3\r\n"
        b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
    )
    await writer.drain()


async def never_answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    await asyncio.sleep(30)


async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.close()


def headers_of(raw: bytes) -> dict[str, str]:
    lines = raw.split(b"\r\n\r\n", 1)[0].decode().split("\r\n")[1:]
    return {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines)}


async def test_a_json_post_and_its_answer() -> None:
    client = AioHttp()
    try:
        async with server(answer_json) as (url, seen, _):
            answer = await client.request(
                "POST", url, wait=5, json={"to": "447700900123"}, headers={"X-Test": "1"}
            )
    finally:
        await client.aclose()
    assert answer.status == 200 and answer.ok
    assert answer.json() == {"messages": [{"id": "wamid.1"}]}
    assert answer.headers["retry-after"] == "3" and answer.headers["RETRY-AFTER"] == "3"
    (raw,) = seen
    assert raw.startswith(b"POST /v1/messages HTTP/1.1\r\n")
    sent = headers_of(raw)
    assert sent["content-type"] == "application/json" and sent["x-test"] == "1"
    assert json.loads(raw.split(b"\r\n\r\n", 1)[1]) == {"to": "447700900123"}


async def test_a_form_post_with_basic_auth() -> None:
    client = AioHttp()
    try:
        async with server(answer_json) as (url, seen, _):
            await client.request(
                "POST", url, wait=5, form={"To": "whatsapp:+447700900123"}, auth=("AC1", "tok")
            )
    finally:
        await client.aclose()
    (raw,) = seen
    sent = headers_of(raw)
    assert sent["content-type"] == "application/x-www-form-urlencoded"
    assert sent["authorization"] == "Basic " + base64.b64encode(b"AC1:tok").decode()
    assert raw.split(b"\r\n\r\n", 1)[1] == b"To=whatsapp%3A%2B447700900123"


async def failure_of(url: str, wait: float = 5.0, client: AioHttp | None = None) -> str:
    own = client is None
    client = client or AioHttp()
    try:
        with pytest.raises(NoAnswer) as caught:
            await client.request("POST", url, wait=wait, json={})
    finally:
        if own:
            await client.aclose()
    return caught.value.failure


async def test_a_refused_connection_never_left() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert await failure_of(f"http://127.0.0.1:{port}/v1/messages") == "refused"


async def test_no_answer_in_time_may_have_left() -> None:
    async with server(never_answer) as (url, seen, _):
        assert await failure_of(url, wait=0.3) == "timeout"
    assert len(seen) == 1  # the request did reach the server


async def test_a_connection_cut_after_sending_may_have_left() -> None:
    async with server(hang_up) as (url, seen, _):
        assert await failure_of(url) == "cut"
    assert len(seen) == 1


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/messages", "not a url", "http://"])
async def test_a_broken_url_can_never_be_sent(url: str) -> None:
    assert await failure_of(url) == "bad_url"


async def test_waiting_for_a_pooled_connection_too_long_never_left() -> None:
    client = AioHttp(connections=1)
    try:
        async with server(never_answer) as (url, seen, arrived):
            first = asyncio.create_task(client.request("POST", url, wait=30, json={}))
            await asyncio.wait_for(arrived.wait(), 10)  # it holds the only connection
            assert await failure_of(url, wait=0.2, client=client) == "not_sent"
            first.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await first
        assert len(seen) == 1
    finally:
        await client.aclose()

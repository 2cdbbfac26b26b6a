"""A fake Graph API that only counts, in its own process, so it is never the bottleneck.

    python -m bench.fakegraph PORT

Answers every ``POST /{version}/{phone_number_id}/messages`` like Meta does (a send gets a
``wamid``; a mark-as-read gets ``{"success": true}``) and records, per recipient, when its
first and last reply arrived (``time.monotonic()``, the same clock in every process on
Linux) and how many it got. ``GET /stats`` returns that as JSON; ``POST /reset`` clears it.
A raw ``asyncio.Protocol`` on uvloop: no framework, no body parsing beyond one regex.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import sys
import time

_TO = re.compile(rb'"(?:to|recipient)"\s*:\s*"([^"]+)"')
_READ = re.compile(rb'"status"\s*:\s*"read"')


class _State:
    def __init__(self) -> None:
        self.first: dict[str, float] = {}
        self.last: dict[str, float] = {}
        self.count: dict[str, int] = {}
        self.sends = 0
        self.reads = 0
        self.counter = itertools.count(1)

    def reset(self) -> None:
        self.__init__()  # type: ignore[misc]

    def stats(self) -> bytes:
        return json.dumps(
            {
                "sends": self.sends,
                "reads": self.reads,
                "first": self.first,
                "last": self.last,
                "count": self.count,
            }
        ).encode()


STATE = _State()


def _response(status: str, body: bytes) -> bytes:
    return (
        f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\n\r\n"
    ).encode() + body


class _Http(asyncio.Protocol):
    def __init__(self) -> None:
        self.buf = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # uvloop's is not a subclass

    def data_received(self, data: bytes) -> None:
        self.buf += data
        while True:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buf[:end])
            lower = head.lower()
            at = lower.find(b"content-length:")
            length = 0
            if at >= 0:
                stop = lower.find(b"\r\n", at)
                length = int(lower[at + 15 : stop if stop >= 0 else None])
            total = end + 4 + length
            if len(self.buf) < total:
                return
            body = bytes(self.buf[end + 4 : total])
            del self.buf[:total]
            assert self.transport is not None
            self.transport.write(self.handle(head, body))

    def handle(self, head: bytes, body: bytes) -> bytes:
        line = head.split(b"\r\n", 1)[0]
        if line.startswith(b"GET /stats"):
            return _response("200 OK", STATE.stats())
        if line.startswith(b"POST /reset"):
            STATE.reset()
            return _response("200 OK", b"{}")
        if not line.startswith(b"POST ") or b"/messages" not in line:
            return _response("404 Not Found", b'{"error": {"message": "not found"}}')
        if _READ.search(body):
            STATE.reads += 1
            return _response("200 OK", b'{"success": true}')
        match = _TO.search(body)
        to = match.group(1).decode() if match else ""
        now = time.monotonic()
        STATE.sends += 1
        STATE.first.setdefault(to, now)
        STATE.last[to] = now
        STATE.count[to] = STATE.count.get(to, 0) + 1
        wamid = f"wamid.FAKE{next(STATE.counter):09d}"
        answer = (
            f'{{"messaging_product":"whatsapp","contacts":[{{"input":"{to}","wa_id":"{to}"}}],'
            f'"messages":[{{"id":"{wamid}"}}]}}'
        )
        return _response("200 OK", answer.encode())


async def serve(port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Http, "127.0.0.1", port, backlog=1024)
    async with server:
        await server.serve_forever()


def main() -> None:
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    asyncio.run(serve(int(sys.argv[1])))


if __name__ == "__main__":
    main()

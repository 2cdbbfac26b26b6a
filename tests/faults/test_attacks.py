"""Attacks on the webhook: forged signatures, slow bodies, oversized bodies.

(tests/pipeline/test_webhook_routes.py already proves: no header → 401, a wrong secret → 403,
a body changed by a word → 403, and a 3 MB body → 413, in-process. These add the forms a
forger would try, and slow and huge bodies against a real server process.)
"""

from __future__ import annotations

import socket
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from selfcare.channels.whatsapp import sign
from tests.conftest import SECRET
from tests.fakes.graph import FakeGraph
from tests.faults.conftest import PEOPLE, LoggedServer, db_rows, flood_body, wait_until
from tests.pipeline.conftest import Echo, Start, settle

BODY = flood_body(PEOPLE[0], 0, prefix="forged")
GOOD = sign(BODY, SECRET)  # "sha256=" + 64 lower-case hex digits
HEX = GOOD.removeprefix("sha256=")


def flip(body: bytes, at: int) -> bytes:
    return body[:at] + bytes([body[at] ^ 0x01]) + body[at + 1 :]


# (name, body sent, signature header or None for no header, expected status)
FORGERIES: list[tuple[str, bytes, str | bytes | None, int]] = [
    ("no header", BODY, None, 401),
    ("empty header", BODY, "", 401),
    ("blank header", BODY, "   ", 401),
    ("wrong secret", BODY, sign(BODY, SECRET + "x"), 403),
    ("empty secret", BODY, sign(BODY, ""), 403),
    ("truncated by one", BODY, GOOD[:-1], 403),
    ("truncated by half", BODY, GOOD[:-32], 403),
    ("prefix only", BODY, "sha256=", 403),
    ("extended by one", BODY, GOOD + "0", 403),
    ("doubled", BODY, GOOD + HEX, 403),
    ("two signatures", BODY, f"{GOOD},{sign(BODY, 'x')}", 403),
    ("no prefix", BODY, HEX, 403),
    ("sha1 prefix", BODY, "sha1=" + HEX, 403),
    ("upper-case prefix", BODY, "SHA256=" + HEX, 403),
    ("not hex", BODY, "sha256=" + "z" * 64, 403),
    ("non-ASCII", BODY, ("sha256=" + "é" * 32).encode(), 403),
    ("signature of another body", BODY, sign(BODY + b" ", SECRET), 403),
    ("first byte changed", flip(BODY, 0), GOOD, 403),
    ("middle byte changed", flip(BODY, len(BODY) // 2), GOOD, 403),
    ("last byte changed", flip(BODY, len(BODY) - 1), GOOD, 403),
    ("byte appended", BODY + b"\n", GOOD, 403),
    ("byte removed", BODY[:-1], GOOD, 403),
    ("empty body", b"", GOOD, 403),
]


def inbox_count(tmp_path: Path) -> int:
    with sqlite3.connect(tmp_path / "selfcare.db") as db:
        return int(db.execute("SELECT count(*) FROM inbox").fetchone()[0])


def test_forged_signatures_are_rejected_and_nothing_is_stored(
    start: Start, graph: FakeGraph, tmp_path: Path
) -> None:
    client = start(Echo())
    for name, body, header, expected in FORGERIES:
        headers: dict[str, str | bytes] = {"content-type": "application/json"}
        if header is not None:
            headers["x-hub-signature-256"] = header
        response = client.post("/webhook", content=body, headers=headers)
        assert response.status_code == expected, name
        assert BODY.decode() not in response.text
    settle(0.3)
    assert inbox_count(tmp_path) == 0
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    assert client.portal.call(runtime.store.dead_letter_count) == 0
    assert graph.requests == []  # nothing answered, nothing even marked read


def test_upper_case_hex_is_the_same_signature(
    start: Start, graph: FakeGraph, tmp_path: Path
) -> None:
    # A decision of the product: the digest's hex is compared case-insensitively (the same
    # 256 bits); only the "sha256=" prefix must be exact.
    client = start(Echo())
    upper = {"x-hub-signature-256": "sha256=" + HEX.upper()}
    assert client.post("/webhook", content=BODY, headers=upper).status_code == 200
    assert graph.wait_for(1, 10)
    mixed = {"x-hub-signature-256": "sha256=" + HEX[:32].upper() + HEX[32:]}
    assert client.post("/webhook", content=BODY, headers=mixed).status_code == 200
    assert (
        client.post("/webhook", content=BODY, headers={"x-hub-signature-256": GOOD}).status_code
        == 200
    )
    settle(0.3)
    assert inbox_count(tmp_path) == 1  # the same bytes: one message, stored once
    assert graph.texts == ["echo qzv forged0"]


# --- slow and huge bodies against a real server -------------------------------------------


def request_head(port: int, length: int | None, signature: str) -> bytes:
    framing = f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked"
    return (
        f"POST /webhook HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{framing}\r\n"
        f"Content-Type: application/json\r\nX-Hub-Signature-256: {signature}\r\n\r\n"
    ).encode()


class RawClient:
    """One raw connection; a reader thread catches the answer even while we still send
    (a server that refuses a body early may reset the connection before we finish)."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.answer = b""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        try:
            while b"\r\n\r\n" not in self.answer:
                chunk = self.sock.recv(65536)
                if not chunk:
                    return
                self.answer += chunk
        except OSError:
            return

    def send(self, data: bytes) -> bool:
        try:
            self.sock.sendall(data)
        except OSError:  # the server closed on us: fine, if it answered first
            return False
        return True

    def status(self, timeout: float) -> int | None:
        self._reader.join(timeout)
        first = self.answer.split(b"\r\n", 1)[0].split()
        return int(first[1]) if len(first) > 1 else None

    def close(self) -> None:
        self.sock.close()


def test_slow_and_oversized_bodies_do_not_take_the_server_down(
    graph: FakeGraph, servers: Callable[..., LoggedServer], tmp_path: Path
) -> None:
    server = servers()
    stop = threading.Event()
    # Ten clients trickle signed messages 20 bytes at a time, every 0.1 s.
    slow_bodies = [flood_body(PEOPLE[1], i, prefix="slow") for i in range(10)]
    slow = [RawClient(server.port) for _ in slow_bodies]

    def trickle(client: RawClient, body: bytes) -> None:
        client.send(request_head(server.port, len(body), sign(body, SECRET)))
        for at in range(0, len(body), 20):
            if stop.wait(0.1):
                return
            client.send(body[at : at + 20])

    # Two clients send 10 MB: one declares it, one streams it chunked.
    huge = b'{"object": "whatsapp_business_account", "pad": "' + b"x" * 10_000_000 + b'"}'
    declared, chunked = RawClient(server.port), RawClient(server.port)

    def send_declared() -> None:
        declared.send(request_head(server.port, len(huge), sign(huge, SECRET)))
        for at in range(0, len(huge), 1 << 16):
            if stop.is_set() or not declared.send(huge[at : at + (1 << 16)]):
                return

    def send_chunked() -> None:
        chunked.send(request_head(server.port, None, sign(huge, SECRET)))
        for at in range(0, len(huge), 1 << 16):
            piece = huge[at : at + (1 << 16)]
            if stop.is_set() or not chunked.send(b"%x\r\n%b\r\n" % (len(piece), piece)):
                return
        chunked.send(b"0\r\n\r\n")

    threads = [
        threading.Thread(target=trickle, args=pair) for pair in zip(slow, slow_bodies, strict=True)
    ]
    threads += [threading.Thread(target=send_declared), threading.Thread(target=send_chunked)]
    try:
        for thread in threads:
            thread.start()
        time.sleep(0.3)  # the attack is under way
        # Meanwhile, someone else's ordinary webhook is acknowledged promptly and answered.
        normal = flood_body(PEOPLE[2], 0, prefix="normal")
        began = time.monotonic()
        assert server.post(normal, timeout=5) == 200
        assert time.monotonic() - began < 2.0, "the ordinary webhook waited behind the attack"
        assert graph.wait_for(1, 10)
        assert graph.messages[0].to == PEOPLE[2].lstrip("+")

        # The huge bodies were refused without being stored.
        assert declared.status(15) == 413
        assert chunked.status(15) == 413
        # The slow bodies, once complete, were taken like any other.
        for thread in threads:
            thread.join(15)
        assert [c.status(5) for c in slow] == [200] * len(slow)
    finally:
        stop.set()
        for client in [*slow, declared, chunked]:
            client.close()
    assert server.alive
    assert db_rows(tmp_path, "SELECT count(*) FROM dead_letters") == [(0,)]
    assert db_rows(tmp_path, "SELECT count(*) FROM inbox") == [(len(slow) + 1,)]
    assert wait_until(
        lambda: db_rows(tmp_path, "SELECT DISTINCT state FROM inbox") == [("done",)], 10
    ), "the slow messages were not answered"
    assert wait_until(lambda: PEOPLE[1].lstrip("+") in {m.to for m in graph.messages}, 10)
    with httpx.Client(timeout=5) as http:
        assert http.get(f"{server.url}/healthz").status_code == 200

"""Shared pieces of the fault and attack suite, and its privacy guard.

Every test here runs under :func:`privacy_guard`: each INFO+ log record produced in-process,
and the stderr of every server subprocess started through :class:`LoggedServer`, is checked
for the suite's sentinels — the test people's phone numbers (with or without ``+``), the
marker every message text carries, and the secret, access token and verify token.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from selfcare.channels.whatsapp import sign
from tests.conftest import ACCESS_TOKEN, SECRET, VERIFY_TOKEN
from tests.fakes.graph import FakeGraph
from tests.pipeline.conftest import start, status_body, text_body
from tests.pipeline.process import Server, free_port

__all__ = ["start"]  # the in-process app fixture of tests/pipeline, shared with this package

# Every message text the suite sends carries this marker; it must never reach a log line.
MARKER = "qzv"
# The people of this suite: distinctive numbers, so that a leak is unmistakable.
PEOPLE = [f"+4477009{n:05d}" for n in range(31, 39)]
SECRETS = (SECRET, ACCESS_TOKEN, VERIFY_TOKEN)


def said(text: str) -> str:
    """A message text as the suite sends it: with the marker the privacy guard looks for."""
    return f"{MARKER} {text}"


def leaks(text: str) -> list[str]:
    """The sentinels found in ``text`` (described, never quoted back in full)."""
    found = []
    for person in PEOPLE:
        digits = person.lstrip("+")
        if re.search(rf"(?<!\d){digits}(?!\d)", text):
            found.append(f"phone number ending {digits[-3:]}")
    if MARKER in text:
        found.append("a message text")
    for value in SECRETS:
        if value in text:
            found.append(f"secret/token starting {value[:6]}")
    return found


# --- the guard ----------------------------------------------------------------------------


# HTTP clients log each request's URL at INFO: the test's own requests (a query string may
# hold a token on purpose) and the product's sends. `selfcare.logs.configure` raises them to
# WARNING in the product, so below WARNING they are not the product's log.
CLIENT_LOGGERS = frozenset({"httpx", "httpx2", "httpcore", "httpcore2"})


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []
        self._lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.split(".")[0] in CLIENT_LOGGERS and record.levelno < logging.WARNING:
            return
        try:
            line = f"{record.name}: {record.getMessage()}"
        except Exception:  # a malformed record is itself worth failing on
            line = f"{record.name}: unformattable {record.msg!r}"
        if record.exc_info and record.exc_info[1] is not None:
            line += f" | {record.exc_info[1]!r}"
        with self._lock:
            self.lines.append(line)


_server_logs: list[Path] = []


@pytest.fixture(autouse=True)
def privacy_guard() -> Iterator[_Records]:
    """Fail the test if any INFO+ log line it produced holds a sentinel."""
    handler = _Records()
    root = logging.getLogger()
    selfcare = logging.getLogger("selfcare")
    old_root, old_selfcare = root.level, selfcare.level
    root.addHandler(handler)
    if old_root == logging.NOTSET or old_root > logging.INFO:
        root.setLevel(logging.INFO)
    selfcare.setLevel(logging.INFO)
    del _server_logs[:]
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(old_root)
        selfcare.setLevel(old_selfcare)
    problems = [f"in-process log: {leak}" for line in handler.lines for leak in leaks(line)]
    for path in _server_logs:
        text = path.read_text(errors="replace") if path.exists() else ""
        problems += [f"{path.name}: {leak}" for leak in leaks(text)]
    assert not problems, "sentinels leaked into logs: " + "; ".join(sorted(set(problems)))


# --- a server subprocess whose logs we keep -----------------------------------------------


class LoggedServer(Server):
    """:class:`tests.pipeline.process.Server` with its stderr (where it logs) kept in a file
    that the privacy guard scans."""

    def __init__(self, tmp: Path, graph: FakeGraph, **env: str) -> None:
        super().__init__(tmp, graph, **env)
        self.starts = 0

    def start(self) -> LoggedServer:
        """Start the server; again on another port if someone took its port meanwhile (a
        port found free is not reserved: on a busy machine another test's server or an
        outgoing connection may bind it before the server does)."""
        for _ in range(3):
            try:
                return self._start()
            except PortTaken:
                self.port = free_port()
                self.env["WEBHOOK_PORT"] = str(self.port)
        return self._start()

    def _start(self) -> LoggedServer:
        self.starts += 1
        log_path = self.tmp / f"server-{self.port}-{self.starts}.log"
        _server_logs.append(log_path)
        with log_path.open("wb") as stderr:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "selfcare", "serve"],
                env=self.env,
                cwd=self.tmp,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,  # its own process group: kill() takes its workers too
            )
        deadline = time.monotonic() + 120  # a loaded 2-core machine starts slowly
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                said = log_path.read_text(errors="replace")
                if "address already in use" in said.lower():
                    raise PortTaken(self.port)
                raise AssertionError(f"the server exited at start: {said[-600:]}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=0.5).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("server did not start")

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def post(self, body: bytes, timeout: float = 10.0) -> int:
        headers = {"x-hub-signature-256": sign(body, SECRET), "content-type": "application/json"}
        return httpx.post(
            f"{self.url}/webhook", content=body, headers=headers, timeout=timeout
        ).status_code


class PortTaken(Exception):
    """The port chosen for a server was bound by someone else before the server bound it."""


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with FakeGraph() as fake:
        yield fake


@pytest.fixture
def servers(tmp_path: Path, graph: FakeGraph) -> Iterator[Callable[..., LoggedServer]]:
    """Start :class:`LoggedServer` processes; each is stopped (or found dead) at the end."""
    started: list[LoggedServer] = []

    def make(**env: str) -> LoggedServer:
        server = LoggedServer(tmp_path, graph, **env)
        started.append(server)
        return server.start()

    yield make
    for server in started:
        with contextlib.suppress(Exception):
            server.stop()


# --- reading the SQLite file behind a subprocess ------------------------------------------


def db_rows(tmp: Path, query: str) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(tmp / "selfcare.db", timeout=10)) as db:
        return list(db.execute(query).fetchall())


def wait_until(check: Callable[[], bool], timeout: float, every: float = 0.1) -> bool:
    """Poll ``check`` until it holds or ``timeout`` passes (bounded, never forever)."""
    deadline = time.monotonic() + timeout
    while True:
        if check():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(every)


# --- Meta's side: status webhooks for accepted messages -----------------------------------


class MetaStatuses:
    """Post a ``sent`` status webhook, carrying our callback data, for every message the fake
    accepted — promptly, from a background thread, as Meta does. ``post`` may fail (the
    server is down); the status is then posted again on the next round, as Meta retries.

    The statuses waiting at each round go in one webhook, as Meta batches them: posted one
    by one (a connection and a durable commit each, 0.3-0.7 s apiece on a loaded 2-core
    machine) they fell ever further behind a sender that had finished long before."""

    BATCH = 50  # statuses in one webhook at most

    def __init__(self, graph: FakeGraph, post: Callable[[bytes], int]) -> None:
        self.graph = graph
        self.post = post
        self.reported: set[str] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="meta-statuses", daemon=True)

    def _round(self) -> None:
        waiting = [m for m in self.graph.messages if m.wamid and m.wamid not in self.reported]
        for first in range(0, len(waiting), self.BATCH):
            batch = waiting[first : first + self.BATCH]
            docs = [
                json.loads(
                    status_body(
                        m.wamid or "",
                        "sent",
                        recipient="+" + (m.to or ""),
                        callback_data=m.json.get("biz_opaque_callback_data"),
                    )
                )
                for m in batch
            ]
            body = docs[0]
            value = body["entry"][0]["changes"][0]["value"]
            value["statuses"] = [
                item for doc in docs for item in doc["entry"][0]["changes"][0]["value"]["statuses"]
            ]
            try:
                if self.post(json.dumps(body).encode()) == 200:
                    self.reported.update(m.wamid for m in batch if m.wamid)
            except (httpx.HTTPError, OSError):
                return  # the server is down: try again next round

    def _run(self) -> None:
        while not self._stop.is_set():
            self._round()
            self._stop.wait(0.05)

    def __enter__(self) -> MetaStatuses:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(10)


async def raw_posts(port: int, body: bytes, times: int, connections: int) -> list[int]:
    """POST one signed webhook ``times`` times over ``connections`` concurrent keep-alive
    connections, with plain asyncio streams (light enough that the server, not the client,
    is what is being loaded); returns the status codes."""
    head = (
        f"POST /webhook HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: {len(body)}\r\n"
        f"Content-Type: application/json\r\nX-Hub-Signature-256: {sign(body, SECRET)}\r\n\r\n"
    ).encode()
    codes: list[int] = []

    async def connection(count: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            for _ in range(count):
                writer.write(head + body)
                await writer.drain()
                status = await reader.readline()
                length = 0
                while (line := await reader.readline()) not in (b"\r\n", b""):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                await reader.readexactly(length)
                codes.append(int(status.split()[1]))
        finally:
            writer.close()

    per, extra = divmod(times, connections)
    await asyncio.wait_for(
        asyncio.gather(*(connection(per + (i < extra)) for i in range(connections))), 60
    )
    return codes


def flood_body(person: str, i: int, *, prefix: str = "m", ts: int = 1_800_000_000) -> bytes:
    """Message ``i`` of a person's stream, with a stable id and increasing timestamps."""
    return text_body(
        said(f"{prefix}{i}"),
        sender=person,
        message_id=f"wamid.FAULT.{person[-3:]}.{prefix}{i}",
        ts=ts + i,
    )

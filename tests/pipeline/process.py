"""A selfcare server in its own process, as an operator would run it."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx

from selfcare.channels.whatsapp import build_requests, sign
from selfcare.store.codec import outbound_from_json
from tests.conftest import ACCESS_TOKEN, PHONE_NUMBER_ID, SECRET, VERIFY_TOKEN
from tests.fakes.graph import FakeGraph

SRC = Path(__file__).resolve().parents[2] / "src"  # this checkout's package, not an installed one


def python_path() -> str:
    """PYTHONPATH for a child process run in another directory: this checkout's ``src`` first,
    then what the caller had, each entry made absolute (``PYTHONPATH=src`` means this cwd's)."""
    inherited = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    entries = [str(SRC), *(str(Path(p).resolve()) for p in inherited)]
    return os.pathsep.join(dict.fromkeys(entries))


def provider_messages(tmp: Path, outbox_id: int | None = None) -> int:
    """The Graph API messages the stored replies (or one of them) make: a turn is stored as
    one reply, which WhatsApp carries as two when its buttons' body would pass 1,024
    characters."""
    query, args = "SELECT person, payload FROM outbox", ()
    if outbox_id is not None:
        query, args = query + " WHERE id = ?", (outbox_id,)
    with sqlite3.connect(tmp / "selfcare.db") as db:
        rows = db.execute(query, args).fetchall()
    return sum(parts(person, json.loads(payload)) for person, payload in rows)


def parts(person: str, payload: dict[str, object]) -> int:
    """The Graph API messages one stored reply (its outbox payload) makes."""
    return len(build_requests(person, outbound_from_json(payload), "0"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``python -m selfcare serve`` in its own process, as an operator would run it."""

    def __init__(
        self, tmp: Path, graph: FakeGraph, *args: str, command: str = "serve", **env: str
    ) -> None:
        self.args = [command, *args]
        self.port = free_port()
        self.env = {
            **os.environ,
            "PYTHONPATH": python_path(),
            "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
            "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
            "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
            "WHATSAPP_WEBHOOK_SECRET": SECRET,
            "WHATSAPP_API_BASE_URL": graph.base_url,
            "DATABASE_URL": f"sqlite:///{tmp}/selfcare.db",
            "WORKER_LEASE_SECONDS": "2",
            "WEBHOOK_HOST": "127.0.0.1",
            "WEBHOOK_PORT": str(self.port),
            **env,
        }
        self.tmp = tmp
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, wait: bool = True) -> Server:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "selfcare", *self.args],
            env=self.env,
            cwd=self.tmp,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: kill() takes its workers too
        )
        if not wait:
            return self
        deadline = time.monotonic() + 120  # a loaded 2-core machine starts slowly
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=0.5).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def post(self, body: bytes) -> int:
        headers = {"x-hub-signature-256": sign(body, SECRET), "content-type": "application/json"}
        return httpx.post(f"{self.url}/webhook", content=body, headers=headers).status_code

    def kill(self) -> None:
        """SIGKILL the server and its worker processes at once, as a crash of the machine
        or an OOM kill of the container would."""
        assert self.proc is not None
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def children(self) -> list[int]:
        """The worker processes it started (running ones)."""
        assert self.proc is not None
        path = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children")
        try:
            return [int(pid) for pid in path.read_text().split()]
        except FileNotFoundError:
            return []

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)

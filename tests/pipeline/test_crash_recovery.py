"""Kill the real server process with SIGKILL at the worst moments; restart; exactly one reply."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from selfcare.channels.whatsapp import sign
from tests.conftest import ACCESS_TOKEN, PHONE_NUMBER_ID, SECRET, VERIFY_TOKEN
from tests.fakes.graph import FakeGraph
from tests.pipeline.conftest import settle, text_body


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``python -m selfcare serve`` in its own process, as an operator would run it."""

    def __init__(self, tmp: Path, graph: FakeGraph, **env: str) -> None:
        self.port = free_port()
        self.env = {
            **os.environ,
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

    def start(self) -> Server:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "selfcare", "serve"],
            env=self.env,
            cwd=self.tmp,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
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
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)


def stored_replies(tmp: Path) -> int:
    with sqlite3.connect(tmp / "selfcare.db") as db:
        return int(db.execute("SELECT count(*) FROM outbox").fetchone()[0])


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with FakeGraph() as fake:
        yield fake


def test_killed_after_the_ack_answers_once_after_restart(tmp_path: Path, graph: FakeGraph) -> None:
    # The first process acknowledges and stores, but dies before any work is done.
    first = Server(tmp_path, graph, RUN_WORKER="false").start()
    body = text_body("I have a headache", message_id="wamid.CRASH1")
    try:
        assert first.post(body) == 200
    finally:
        first.kill()
    assert graph.messages == []
    second = Server(tmp_path, graph).start()
    try:
        assert graph.wait_for(1, 15)
        settle(1.0)
        answer = graph.texts
        assert second.post(body) == 200  # Meta retries the same delivery: still one answer
        settle(1.0)
        assert graph.texts == answer
    finally:
        second.stop()
    assert len(answer) == stored_replies(tmp_path)  # each stored reply went out exactly once


def test_killed_with_a_reply_stored_but_unsent_sends_it_once(
    tmp_path: Path, graph: FakeGraph
) -> None:
    graph.fail_next(10_000, status=503)  # the provider is down: the reply waits in the outbox
    first = Server(tmp_path, graph).start()
    try:
        assert first.post(text_body("I have a headache", message_id="wamid.CRASH2")) == 200
        deadline = time.monotonic() + 15
        while not graph.requests or all(r.status != 503 for r in graph.requests):
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        first.kill()
    graph.reset()
    second = Server(tmp_path, graph).start()
    try:
        assert graph.wait_for(1, 15)
        settle(1.5)
    finally:
        second.stop()
    assert len(graph.messages) == stored_replies(tmp_path)

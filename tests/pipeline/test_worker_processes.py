"""``selfcare serve`` with its worker in a process of its own (WORKER_PROCESSES): answered
from there, started again when it dies, gone when the server is — and every message still
answered exactly once."""

from __future__ import annotations

import os
import signal
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.fakes.graph import FakeGraph
from tests.pipeline.conftest import text_body
from tests.pipeline.process import Server, provider_messages

WAIT = 60.0
PEOPLE = [f"+4477009{n:05d}" for n in range(50, 56)]


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with FakeGraph() as fake:
        yield fake


def wait_until(check: object, timeout: float = WAIT) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (dead, not yet reaped by its parent) still answers kill(0).
    return "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()


def test_the_worker_runs_apart_and_answers(tmp_path: Path, graph: FakeGraph) -> None:
    server = Server(tmp_path, graph, WORKER_PROCESSES="1").start()
    try:
        assert wait_until(lambda: len(server.children()) == 1)
        assert server.post(text_body("hi", sender=PEOPLE[0], message_id="wamid.APART1")) == 200
        assert graph.wait_for(1, WAIT)
        ready = httpx.get(f"{server.url}/readyz").json()
        assert ready["worker_processes"] == "ok"
    finally:
        server.stop()
    assert {m.to for m in graph.messages} == {PEOPLE[0].lstrip("+")}


def test_a_killed_worker_process_is_started_again_and_nothing_is_lost(
    tmp_path: Path, graph: FakeGraph
) -> None:
    server = Server(tmp_path, graph, WORKER_PROCESSES="1").start()
    try:
        assert wait_until(lambda: len(server.children()) == 1)
        [first] = server.children()
        ids = iter(range(1000))
        for person in PEOPLE[:3]:
            body = text_body("hi", sender=person, message_id=f"wamid.K{next(ids)}")
            assert server.post(body) == 200
        os.kill(first, signal.SIGKILL)
        # Webhooks are still acknowledged while the worker is away: they wait, stored.
        for person in PEOPLE[3:]:
            body = text_body("hi", sender=person, message_id=f"wamid.K{next(ids)}")
            assert server.post(body) == 200
        assert wait_until(lambda: server.children() not in ([], [first]))
        assert not alive(first)
        # Leases of the killed process run out (WORKER_LEASE_SECONDS=2), then all are answered.
        assert wait_until(lambda: {m.to for m in graph.messages} >= {p[1:] for p in PEOPLE})
        assert wait_until(lambda: httpx.get(f"{server.url}/readyz").status_code == 200)
        time.sleep(1.0)  # a negative check: no second answer turns up late
    finally:
        server.stop()
    per_person = Counter(m.to for m in graph.messages)
    assert sum(per_person.values()) == provider_messages(tmp_path)  # each reply sent once
    assert len(per_person) == len(PEOPLE)


def test_the_worker_process_ends_with_the_server_even_on_sigkill(
    tmp_path: Path, graph: FakeGraph
) -> None:
    server = Server(tmp_path, graph, WORKER_PROCESSES="2").start()
    try:
        assert wait_until(lambda: len(server.children()) == 2)
        children = server.children()
        assert server.proc is not None
        server.proc.send_signal(signal.SIGKILL)  # the server only: its workers see it go
        server.proc.wait(10)
        assert wait_until(lambda: not any(alive(pid) for pid in children))
    finally:
        server.stop()


def test_stopping_the_server_stops_its_workers(tmp_path: Path, graph: FakeGraph) -> None:
    server = Server(tmp_path, graph, WORKER_PROCESSES="1").start()
    assert wait_until(lambda: len(server.children()) == 1)
    [child] = server.children()
    server.stop()
    assert server.proc is not None and server.proc.poll() is not None
    assert not alive(child)


def test_a_worker_that_cannot_stop_ends_itself() -> None:
    """Once asked to stop, a worker that does not end by itself ends hard (its leases then
    run out and another process takes its work over, as after SIGKILL)."""
    import subprocess
    import sys

    from selfcare.pipeline.runtime import EXIT_STUCK

    code = (
        "import time\n"
        "from selfcare.pipeline.runtime import exit_if_stuck\n"
        "exit_if_stuck(0.2)\n"
        "while True: time.sleep(1)  # stuck: only the hard exit ends this\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], timeout=WAIT, capture_output=True)
    assert proc.returncode == EXIT_STUCK
    assert b"did not stop" in proc.stderr

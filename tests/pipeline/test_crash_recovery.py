"""Kill the real server process with SIGKILL at the worst moments; restart; exactly one reply."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.graph import FakeGraph
from tests.pipeline.conftest import settle, text_body
from tests.pipeline.process import Server, provider_messages


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
        assert graph.wait_for(1, 30)
        settle(1.0)
        answer = graph.texts
        assert second.post(body) == 200  # Meta retries the same delivery: still one answer
        settle(1.0)
        assert graph.texts == answer
    finally:
        second.stop()
    assert len(answer) == provider_messages(tmp_path)  # each stored reply went out exactly once


def test_killed_with_a_reply_stored_but_unsent_sends_it_once(
    tmp_path: Path, graph: FakeGraph
) -> None:
    graph.fail_next(10_000, status=503)  # the provider is down: the reply waits in the outbox
    # A send cut by the kill waits this long for a status proving it went out; none will come.
    grace = {"SEND_AMBIGUOUS_GRACE_SECONDS": "2"}
    first = Server(tmp_path, graph, **grace).start()
    try:
        assert first.post(text_body("I have a headache", message_id="wamid.CRASH2")) == 200
        deadline = time.monotonic() + 15
        while not graph.requests or all(r.status != 503 for r in graph.requests):
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        first.kill()
    graph.reset()
    second = Server(tmp_path, graph, **grace).start()
    try:
        assert graph.wait_for(1, 30)
        settle(1.5)
    finally:
        second.stop()
    assert len(graph.messages) == provider_messages(tmp_path)

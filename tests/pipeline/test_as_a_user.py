"""The issue's "done when", tried as a new user would: a real server, `selfcare simulate`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from selfcare.cli import app
from tests.conftest import PHONE_NUMBER_ID, SECRET
from tests.fakes.graph import FakeGraph
from tests.pipeline.conftest import settle
from tests.pipeline.process import Server


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with FakeGraph() as fake:
        yield fake


def test_simulated_headache_gets_a_reply_and_retries_get_none(
    tmp_path: Path, graph: FakeGraph
) -> None:
    server = Server(tmp_path, graph).start()
    env = {"WHATSAPP_WEBHOOK_SECRET": SECRET, "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID}
    args = ["simulate", "I have a headache", "--from", "+447700900123", "--url",
            f"{server.url}/webhook", "--message-id", "wamid.USER1"]  # fmt: skip
    try:
        result = CliRunner().invoke(app, args, env=env)
        assert result.exit_code == 0, result.output
        assert graph.wait_for(1, 10)
        settle(1.0)
        answer = graph.texts
        for _ in range(5):
            assert CliRunner().invoke(app, args, env=env).exit_code == 0
        settle(1.0)
        assert graph.texts == answer
        assert all(m.path == f"/v25.0/{PHONE_NUMBER_ID}/messages" for m in graph.messages)
        assert all(m.to == "447700900123" for m in graph.messages)
        assert any("headache" in t.lower() for t in answer)
    finally:
        server.stop()

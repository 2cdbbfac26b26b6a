from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from selfcare.app import create_app
from selfcare.channels.whatsapp import sign, status_webhook, text_webhook
from selfcare.events import Conversation, InboundMessage, OutboundMessage, Reply
from selfcare.pipeline.worker import Responder
from tests.conftest import PHONE_NUMBER_ID, SECRET, make_settings
from tests.fakes.graph import FakeGraph

ALICE = "+447700900123"
BOB = "+15551230001"


class Echo:
    """A stand-in assistant whose answers show exactly what it was given."""

    def __init__(self) -> None:
        self.seen: list[tuple[Conversation, InboundMessage]] = []

    def respond(self, conversation: Conversation, message: InboundMessage) -> Reply:
        self.seen.append((conversation, message))
        n = int(conversation.state.get("n", 0)) + 1
        return Reply(
            (OutboundMessage(f"echo {message.text or message.kind.value}"),),
            state={"n": n},
        )


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with FakeGraph() as fake:
        yield fake


Start = Callable[..., TestClient]


@pytest.fixture
def start(graph: FakeGraph, tmp_path: Path) -> Iterator[Start]:
    """Start the app in-process (lifespan, worker and sender running) against the fake."""
    clients: list[TestClient] = []

    def make(assistant: Responder | None = None, **overrides: object) -> TestClient:
        values: dict[str, object] = {
            "whatsapp_api_base_url": graph.base_url,
            "database_url": f"sqlite:///{tmp_path}/selfcare.db",
            "send_timeout_seconds": 2.0,
        }
        values.update(overrides)
        client = TestClient(create_app(make_settings(**values), assistant=assistant))
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


def post(client: TestClient, body: bytes, secret: str | None = SECRET) -> int:
    headers = {"content-type": "application/json"}
    if secret:
        headers["x-hub-signature-256"] = sign(body, secret)
    return client.post("/webhook", content=body, headers=headers).status_code


def text_body(
    text: str, sender: str = ALICE, message_id: str | None = None, ts: int | None = None
) -> bytes:
    return text_webhook(
        sender, text, phone_number_id=PHONE_NUMBER_ID, message_id=message_id, timestamp=ts
    )


def status_body(wamid: str, status: str, recipient: str = ALICE, **kw: object) -> bytes:
    return status_webhook(
        wamid,
        status,
        recipient=recipient,
        phone_number_id=PHONE_NUMBER_ID,
        **kw,  # type: ignore[arg-type]
    )


def settle(seconds: float = 0.6) -> None:
    """Give the worker time to do something it must NOT do (a negative check)."""
    time.sleep(seconds)

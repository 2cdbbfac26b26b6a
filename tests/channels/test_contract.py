"""The channel contract: a provider is a folder and a line in the registry.

A tiny provider defined here (its own route, signature check, parsing, acknowledgement,
sending and address format) is registered and driven through the real app, store, worker
and sender; and ``app.py`` and ``cli.py`` are checked to hold nothing provider-specific.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from selfcare.app import create_app
from selfcare.channels import registry
from selfcare.channels.base import (
    ChannelAdapter,
    Http,
    HttpReply,
    Parsed,
    RawRequest,
    SendResult,
    WebhookRejected,
    WebhookRoute,
)
from selfcare.events import Channel, InboundMessage, MessageKind, OutboundMessage
from selfcare.settings import Settings
from tests.conftest import make_settings
from tests.pipeline.conftest import Echo

SRC = Path(__file__).parents[2] / "src" / "selfcare"
KEY = "pager-key"


class Pager(ChannelAdapter):
    """A made-up provider: JSON webhooks signed with a shared key, XML acknowledgements,
    addresses ``pager:<digits>``. It borrows the web chat's slot in the Channel enum (a real
    new provider adds its own member there), so the registry is the only thing edited."""

    channel = Channel.WEB
    routes = (WebhookRoute("/hooks/pager"),)

    def __init__(self, settings: Settings) -> None:
        self.sent: list[tuple[str, str]] = []

    def verify(self, request: RawRequest) -> None:
        if request.headers.get("x-pager-key") != KEY:
            raise WebhookRejected(401, "missing pager key")

    def parse(self, request: RawRequest) -> Parsed:
        data = json.loads(request.body)
        message = InboundMessage(
            self.channel,
            data["id"],
            f"pager:{data['from']}",
            datetime.now(UTC),
            MessageKind.TEXT,
            text=data["text"],
        )
        return Parsed(events=(message,))

    def ack(self) -> HttpReply:
        return HttpReply(202, b"<received/>", {"content-type": "application/xml"})

    async def send(
        self, client: Http, to: str, message: OutboundMessage, callback_data: str
    ) -> SendResult:
        self.sent.append((to, message.text))
        return SendResult(ok=True, provider_id=f"pager.{callback_data}")

    def address(self, raw: str) -> str | None:
        return raw if re.fullmatch(r"pager:\d+", raw) else None


def until(check: Callable[[], object], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the condition never came true"
        time.sleep(0.02)


@pytest.fixture
def pager_app(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[tuple[TestClient, Pager]]:
    made: list[Pager] = []

    def factory(settings: Settings) -> ChannelAdapter:
        made.append(Pager(settings))
        return made[-1]

    monkeypatch.setitem(registry.PROVIDERS, Channel.WEB, factory)
    settings = make_settings(database_url=f"sqlite:///{tmp_path}/selfcare.db")
    with TestClient(create_app(settings, assistant=Echo())) as client:
        yield client, made[0]


def test_a_new_provider_needs_only_its_adapter_and_a_registry_line(
    pager_app: tuple[TestClient, Pager],
) -> None:
    client, pager = pager_app
    body = json.dumps({"id": "p-1", "from": "555123", "text": "hello pager"})
    refused = client.post("/hooks/pager", content=body)
    assert refused.status_code == 401 and refused.text == "missing pager key"

    answer = client.post("/hooks/pager", content=body, headers={"x-pager-key": KEY})
    assert answer.status_code == 202  # the adapter's own acknowledgement, as it is
    assert answer.content == b"<received/>"
    assert answer.headers["content-type"] == "application/xml"
    until(lambda: pager.sent)
    assert pager.sent == [("pager:555123", "echo hello pager")]

    # The same message again is a duplicate for this provider too: never a second answer.
    client.post("/hooks/pager", content=body, headers={"x-pager-key": KEY})
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    items = client.portal.call(runtime.store.history, "pager:555123")
    assert [i.text for i in items] == ["hello pager", "echo hello pager"]
    assert len(pager.sent) == 1


def test_the_cli_finds_people_by_any_registered_address_format(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(registry.PROVIDERS, Channel.WEB, Pager)
    channels = registry.adapters(make_settings())
    assert registry.person("pager:42", channels) == "pager:42"
    assert registry.person("+44 7700 900123", channels) == "+447700900123"
    assert registry.person("whatsapp:+447700900123", channels) == "+447700900123"
    assert registry.person("US.13491208655302741918", channels) == "US.13491208655302741918"
    assert registry.person("call me maybe", channels) is None


def test_two_providers_cannot_claim_the_same_route(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    class Squatter(Pager):
        routes = (WebhookRoute("/webhook"),)

    monkeypatch.setitem(registry.PROVIDERS, Channel.WEB, Squatter)
    with pytest.raises(ValueError, match="POST /webhook"):
        create_app(make_settings(database_url=f"sqlite:///{tmp_path}/x.db"))


def test_a_provider_that_is_off_answers_that_it_is_not_configured(tmp_path: Path) -> None:
    settings = make_settings(database_url=f"sqlite:///{tmp_path}/selfcare.db")
    assert not settings.twilio_enabled
    with TestClient(create_app(settings, assistant=Echo())) as client:
        answer = client.post("/webhook/twilio", content=b"Body=hi")
    assert answer.status_code == 404 and "twilio channel is not configured" in answer.text


# Provider details that must stay in the provider folders.
PROVIDER_WORDS = [
    "graph.facebook",
    "graph api",
    "hub.",
    "x-hub-signature",
    "x-twilio-signature",
    "twiml",
    "<response",
    "messaging_product",
    "phone_number_id",
    "wamid",
    "whatsapp_business_account",
    "messagesid",
    "getattr(adapter",
    "from selfcare.channels.whatsapp",
    "from selfcare.channels.twilio",
    "from selfcare.channels import twilio",
]


@pytest.mark.parametrize("module", ["app.py", "cli.py"])
def test_app_and_cli_hold_no_provider_specific_code(module: str) -> None:
    source = (SRC / module).read_text().lower()
    found = [word for word in PROVIDER_WORDS if word in source]
    assert found == []

"""What every channel must do the same way, run once per provider.

Each provider gets a small driver that knows how to build and sign its webhooks and how to
read replies back from its fake; the tests themselves never mention a provider.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

import pytest
from starlette.testclient import TestClient

from selfcare.assistant import Assistant
from selfcare.channels.twilio import encode_form, inbound_webhook, sign
from selfcare.events import Channel
from tests.fakes.graph import FakeGraph
from tests.fakes.twilio import DEFAULT_SID, DEFAULT_TOKEN, FakeTwilio
from tests.pipeline.conftest import ALICE, BOB, Echo, Start, post, settle, text_body

WAIT = 10.0
TWILIO_NUMBER = "whatsapp:+14155238886"
TWILIO_URL = "http://testserver/webhook/twilio"


class Driver(Protocol):
    channel: Channel

    def post_text(self, client: TestClient, text: str, *, sender: str, key: str) -> int:
        """Post a signed text webhook; ``key`` names the message (the same key, the same id)."""

    def post_audio(self, client: TestClient, *, sender: str, key: str) -> int:
        """Post a signed voice-note webhook."""

    def wait_for(self, count: int) -> bool:
        """Wait until ``count`` replies were accepted by the fake."""

    def replies(self, person: str | None = None) -> list[str]:
        """Reply texts accepted by the fake (to ``person`` only, when given), in order."""


@dataclass
class MetaDriver:
    graph: FakeGraph
    channel: Channel = Channel.WHATSAPP

    def post_text(self, client: TestClient, text: str, *, sender: str, key: str) -> int:
        return post(client, text_body(text, sender=sender, message_id=f"wamid.{key}"))

    def post_audio(self, client: TestClient, *, sender: str, key: str) -> int:
        payload = json.loads(text_body("x", sender=sender, message_id=f"wamid.{key}"))
        message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
        message.pop("text")
        message.update(type="audio", audio={"id": "MEDIA1", "mime_type": "audio/ogg"})
        return post(client, json.dumps(payload).encode())

    def wait_for(self, count: int) -> bool:
        return self.graph.wait_for(count, WAIT)

    def replies(self, person: str | None = None) -> list[str]:
        wanted = person.lstrip("+") if person else None
        return [m.text or "" for m in self.graph.messages if wanted is None or m.to == wanted]


@dataclass
class TwilioDriver:
    twilio: FakeTwilio
    channel: Channel = Channel.TWILIO

    def _post(self, client: TestClient, form: dict[str, str]) -> int:
        headers = {
            "content-type": "application/x-www-form-urlencoded",
            "x-twilio-signature": sign(TWILIO_URL, form, DEFAULT_TOKEN),
        }
        return client.post(TWILIO_URL, content=encode_form(form), headers=headers).status_code

    @staticmethod
    def _sid(key: str, prefix: str = "SM") -> str:
        return prefix + key.encode().hex().ljust(32, "0")[:32]

    def post_text(self, client: TestClient, text: str, *, sender: str, key: str) -> int:
        form = inbound_webhook(sender, text, to=TWILIO_NUMBER, message_id=self._sid(key))
        return self._post(client, form)

    def post_audio(self, client: TestClient, *, sender: str, key: str) -> int:
        media = [
            ("https://api.twilio.com/2010-04-01/Accounts/AC/Messages/MM/Media/ME", "audio/ogg")
        ]
        form = inbound_webhook(
            sender, to=TWILIO_NUMBER, message_id=self._sid(key, "MM"), media=media
        )
        return self._post(client, form)

    def wait_for(self, count: int) -> bool:
        return self.twilio.wait_for(count, WAIT)

    def replies(self, person: str | None = None) -> list[str]:
        wanted = f"whatsapp:{person}" if person else None
        return [m.text or "" for m in self.twilio.messages if wanted is None or m.to == wanted]


@pytest.fixture
def twilio() -> Iterator[FakeTwilio]:
    with FakeTwilio(account_sid=DEFAULT_SID, auth_token=DEFAULT_TOKEN) as fake:
        yield fake


@pytest.fixture(params=["whatsapp", "twilio"])
def driver(request: pytest.FixtureRequest, graph: FakeGraph, twilio: FakeTwilio) -> Driver:
    return MetaDriver(graph) if request.param == "whatsapp" else TwilioDriver(twilio)


@pytest.fixture
def run(start: Start, twilio: FakeTwilio) -> Start:
    """Start the app with both channels on: each test drives one, the other stays quiet."""

    def make(assistant: object, **overrides: object) -> TestClient:
        return start(
            assistant,
            twilio_account_sid=DEFAULT_SID,
            twilio_auth_token=DEFAULT_TOKEN,
            twilio_whatsapp_number=TWILIO_NUMBER,
            twilio_api_base_url=twilio.base_url,
            **overrides,
        )

    return make


def test_a_message_delivered_many_times_is_answered_once(run: Start, driver: Driver) -> None:
    client = run(Echo())
    codes = [driver.post_text(client, "same message", sender=ALICE, key="DUP1") for _ in range(3)]
    threads = [
        threading.Thread(
            target=lambda: codes.append(
                driver.post_text(client, "same message", sender=ALICE, key="DUP1")
            )
        )
        for _ in range(10)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes == [200] * 13
    assert driver.wait_for(1)
    settle()
    assert driver.replies() == ["echo same message"]


def test_one_persons_messages_are_answered_in_order(run: Start, driver: Driver) -> None:
    client = run(Echo())
    for i in range(5):
        assert driver.post_text(client, f"m{i}", sender=ALICE, key=f"ORDER{i}") == 200
        assert driver.post_text(client, f"b{i}", sender=BOB, key=f"BOB{i}") == 200
    assert driver.wait_for(2)

    def said(person: str) -> list[str]:
        return " ".join(driver.replies(person)).replace("echo", "").split()

    # A burst is answered after a quiet moment: wait (bounded) until all five are answered.
    deadline = time.monotonic() + 10
    while len(said(ALICE)) < 5 or len(said(BOB)) < 5:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    settle(0.5)
    for person, letter in ((ALICE, "m"), (BOB, "b")):
        # Messages that arrive together may be answered together, but never out of order.
        assert said(person) == [f"{letter}{i}" for i in range(5)]


def test_a_voice_note_gets_a_reply_asking_for_text(run: Start, driver: Driver) -> None:
    client = run(Assistant())
    assert driver.post_audio(client, sender=ALICE, key="VOICE1") == 200
    assert driver.wait_for(1)
    [reply] = driver.replies(ALICE)
    assert "voice notes" in reply and "text" in reply


def test_history_and_state_reach_the_assistant(run: Start, driver: Driver) -> None:
    echo = Echo()
    client = run(echo)
    driver.post_text(client, "first", sender=ALICE, key="HIST1")
    assert driver.wait_for(1)
    driver.post_text(client, "second", sender=ALICE, key="HIST2")
    assert driver.wait_for(2)
    conversation, message = echo.seen[-1]
    assert message.channel is driver.channel
    assert message.text == "second" and message.address == ALICE
    assert conversation.person == ALICE
    assert conversation.state == {"n": 1}
    assert [t.text for t in conversation.history] == ["first", "echo first"]
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    items = client.portal.call(runtime.store.history, ALICE)  # type: ignore[union-attr]
    assert [(i.direction, i.text) for i in items] == [
        ("in", "first"),
        ("out", "echo first"),
        ("in", "second"),
        ("out", "echo second"),
    ]

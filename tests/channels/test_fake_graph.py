"""The fake Graph API, driven by the real adapter over loopback HTTP."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest

from selfcare.channels.whatsapp import WhatsAppChannel
from selfcare.events import Button, OutboundMessage
from tests.conftest import ACCESS_TOKEN, PHONE_NUMBER_ID, make_settings
from tests.fakes.graph import FakeGraph
from tests.fakes.http import sending

TO = "+447700900123"


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeGraph]:
    with FakeGraph(token=ACCESS_TOKEN) as server:
        yield server


@pytest.fixture(autouse=True)
def _reset(fake: FakeGraph) -> None:
    fake.reset()
    fake.expect_token(ACCESS_TOKEN)


def channel(fake: FakeGraph, **overrides: object) -> WhatsAppChannel:
    return WhatsAppChannel(make_settings(whatsapp_api_base_url=fake.base_url, **overrides))


async def test_send_is_accepted_and_recorded(fake: FakeGraph) -> None:
    assert fake.base_url.startswith("http://127.0.0.1:")
    async with sending() as client:
        result = await channel(fake).send(client, TO, OutboundMessage(text="Rest well"), "out-1")
    assert result.ok and result.provider_id and result.provider_id.startswith("wamid.")
    (sent,) = fake.messages
    assert sent.wamid == result.provider_id
    assert sent.path == f"/v25.0/{PHONE_NUMBER_ID}/messages"
    assert sent.headers["authorization"] == f"Bearer {ACCESS_TOKEN}"
    assert sent.json["biz_opaque_callback_data"] == "out-1"
    assert sent.to == "447700900123" and sent.text == "Rest well"
    assert fake.texts == ["Rest well"]


async def test_interactive_and_long_messages_pass_meta_validation(fake: FakeGraph) -> None:
    message = OutboundMessage(text="word " * 1500, buttons=(Button("a", "Yes"), Button("b", "No")))
    async with sending() as client:
        result = await channel(fake).send(client, TO, message, "out-2")
    assert result.ok, result
    assert [m.json["type"] for m in fake.messages] == ["text", "text", "interactive"]


async def test_scripted_failures_map_to_results(fake: FakeGraph) -> None:
    fake.fail_next(1, status=500)
    fake.fail_next(1, status=429, retry_after=1)
    fake.fail_next(1, meta_code=131047, status=400)
    async with sending() as client:
        wa = channel(fake)
        results = [await wa.send(client, TO, OutboundMessage(text="x"), "o") for _ in range(4)]
    assert [(r.ok, r.retryable, r.error_code, r.retry_after) for r in results] == [
        (False, True, "500", None),
        (False, True, "429", 1.0),
        (False, False, "131047", None),
        (True, False, None, None),
    ]
    assert len(fake.messages) == 1 and len(fake.requests) == 4


async def test_wrong_token_is_auth_failure(fake: FakeGraph) -> None:
    async with sending() as client:
        wa = channel(fake, whatsapp_access_token="stale")
        result = await wa.send(client, TO, OutboundMessage(text="x"), "o")
    assert result.auth_failed and not result.retryable and result.error_code == "190"
    assert fake.messages == []


async def test_hang_gives_an_ambiguous_timeout_yet_the_message_is_sent(fake: FakeGraph) -> None:
    fake.hang_next(1, seconds=0.6)
    async with sending() as client:
        wa = channel(fake, send_timeout_seconds=0.2)
        result = await wa.send(client, TO, OutboundMessage(text="late"), "o")
    assert (result.ok, result.retryable, result.ambiguous, result.error_code) == (
        False,
        True,
        True,
        "timeout",
    )
    assert await fake.wait_for_async(1, timeout=5)
    assert fake.texts == ["late"]


async def test_mark_read_recorded_separately(fake: FakeGraph) -> None:
    async with sending() as client:
        await channel(fake).mark_read(client, "wamid.IN1")
    (read,) = fake.reads
    assert read.json["message_id"] == "wamid.IN1"
    assert read.json["typing_indicator"] == {"type": "text"}
    assert fake.messages == []


def test_phone_number_lookup(fake: FakeGraph) -> None:
    url = f"{fake.base_url}/v25.0/{PHONE_NUMBER_ID}"
    good = httpx.get(url, headers={"Authorization": f"Bearer {ACCESS_TOKEN}"})
    assert good.status_code == 200
    assert good.json()["id"] == PHONE_NUMBER_ID
    assert {"display_phone_number", "verified_name"} <= set(good.json())
    bad = httpx.get(url, headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401 and bad.json()["error"]["code"] == 190
    assert httpx.get(url).status_code == 401


def test_invalid_body_refused_like_meta(fake: FakeGraph) -> None:
    url = f"{fake.base_url}/v25.0/{PHONE_NUMBER_ID}/messages"
    headers = {"Authorization": f"Bearer {ACCESS_TOKEN}"}
    body = {"messaging_product": "whatsapp", "to": "1", "type": "text", "text": {"body": ""}}
    response = httpx.post(url, json=body, headers=headers)
    assert response.status_code == 400 and response.json()["error"]["code"] == 100


def test_wait_for_from_threads(fake: FakeGraph) -> None:
    url = f"{fake.base_url}/v25.0/{PHONE_NUMBER_ID}/messages"
    headers = {"Authorization": f"Bearer {ACCESS_TOKEN}"}

    def post(i: int) -> None:
        body = {
            "messaging_product": "whatsapp",
            "to": "1",
            "type": "text",
            "text": {"body": f"m{i}"},
        }
        httpx.post(url, json=body, headers=headers)

    assert fake.wait_for(1, timeout=0.05) is False
    threads = [threading.Thread(target=post, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    assert fake.wait_for(8, timeout=10)
    for t in threads:
        t.join()
    assert sorted(fake.texts) == sorted(f"m{i}" for i in range(8))
    assert len({m.wamid for m in fake.messages}) == 8

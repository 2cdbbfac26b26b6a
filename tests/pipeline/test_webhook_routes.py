"""The HTTP surface: verification, signatures, limits, dead letters, health and metrics."""

from __future__ import annotations

import logging

import pytest

from selfcare.channels.whatsapp import sign
from tests.conftest import SECRET, VERIFY_TOKEN
from tests.fakes.graph import FakeGraph
from tests.pipeline.conftest import Echo, Start, post, settle, text_body


@pytest.mark.parametrize(
    ("query", "status", "body"),
    [
        ({"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201444"},
         200, "1158201444"),
        ({"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"}, 403, None),
        ({"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"},
         403, None),
        ({"hub.challenge": "1"}, 403, None),
        ({}, 403, None),
    ],
)  # fmt: skip
def test_subscription_verification(
    start: Start, query: dict[str, str], status: int, body: str | None
) -> None:
    response = start(Echo()).get("/webhook", params=query)
    assert response.status_code == status
    if body is not None:
        assert response.text == body
        assert response.headers["content-type"].startswith("text/plain")


def test_unsigned_post_is_401_and_wrong_signature_403(
    start: Start, graph: FakeGraph, caplog: pytest.LogCaptureFixture
) -> None:
    client = start(Echo())
    body = text_body("should never be stored", message_id="wamid.FORGED")
    assert post(client, body, secret=None) == 401
    assert post(client, body, secret="not-the-app-secret") == 403
    assert post(client, body + b" ", secret=None) == 401
    tampered = body.replace(b"never", b"NEVER")
    headers = {"x-hub-signature-256": sign(body, SECRET)}
    assert client.post("/webhook", content=tampered, headers=headers).status_code == 403
    settle()
    assert graph.messages == []
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "missing signature" in logged and "bad signature" in logged
    assert "should never be stored" not in logged


def test_without_a_secret_or_token_posts_are_accepted(start: Start) -> None:
    client = start(Echo(), whatsapp_webhook_secret=None, whatsapp_access_token=None)
    assert post(client, text_body("hi", message_id="wamid.NOSECRET"), secret=None) == 200
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    assert client.portal.call(runtime.store.history, "+447700900123")


def test_with_a_token_but_no_secret_posts_are_refused(start: Start, graph: FakeGraph) -> None:
    client = start(Echo(), whatsapp_webhook_secret=None)
    assert post(client, text_body("hi", message_id="wamid.NOSECRET"), secret=None) == 403
    settle()
    assert graph.messages == []


def test_oversized_body_is_413(start: Start) -> None:
    client = start(Echo())
    big = b'{"object": "whatsapp_business_account", "pad": "' + b"x" * (3 * 1024 * 1024) + b'"}'
    assert post(client, big) == 413


@pytest.mark.parametrize(
    "body",
    [b"not json at all", b'{"object": "page", "entry": []}', b"[1, 2, 3]", b"\xff\xfe\x00"],
)
def test_signed_unusable_bodies_become_dead_letters(start: Start, body: bytes) -> None:
    client = start(Echo())
    assert post(client, body) == 200
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    assert client.portal.call(runtime.store.dead_letter_count) == 1  # type: ignore[union-attr]


def test_health_ready_and_metrics(start: Start, graph: FakeGraph) -> None:
    client = start(Echo())
    assert client.get("/healthz").json() == {"status": "alive"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["database"] == "ok"
    post(client, text_body("count me", message_id="wamid.METRIC"))
    post(client, text_body("count me", message_id="wamid.METRIC"))
    assert graph.wait_for(1, 10)
    settle(0.3)
    text = client.get("/metrics").text
    for name in (
        'selfcare_events_received_total{channel="whatsapp",type="text"}',
        'selfcare_duplicates_total{channel="whatsapp"}',
        "selfcare_replies_sent_total",
        'selfcare_queue_depth{queue="inbox"} 0.0',
        "selfcare_webhook_ack_seconds_bucket",
        "selfcare_webhook_to_reply_seconds_bucket",
    ):
        assert name in text


def test_missing_secret_warns_loudly(start: Start, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    start(Echo(), whatsapp_webhook_secret=None)
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("WHATSAPP_WEBHOOK_SECRET NOT SET" in m and "refused" in m for m in warned)

"""From a signed Twilio form webhook to a reply at the fake Twilio API, through the real
pipeline, with Meta's channel running alongside."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from starlette.testclient import TestClient

from selfcare.assistant import Assistant
from selfcare.channels.twilio import (
    EMPTY_TWIML,
    encode_form,
    inbound_webhook,
    sign,
    status_webhook,
)
from selfcare.store import HistoryItem
from tests.fakes.graph import FakeGraph
from tests.fakes.twilio import DEFAULT_SID, DEFAULT_TOKEN, FakeTwilio
from tests.pipeline.conftest import ALICE, Echo, Start, post, settle, text_body
from tests.pipeline.process import Server

WAIT = 10.0  # generous: these are correctness checks, latency lives in bench/
NUMBER = "whatsapp:+14155238886"
PUBLIC = "https://selfcare.example.org/webhook/twilio"  # what Twilio calls, via a proxy


@pytest.fixture
def twilio() -> Iterator[FakeTwilio]:
    with FakeTwilio(account_sid=DEFAULT_SID, auth_token=DEFAULT_TOKEN) as fake:
        yield fake


def twilio_settings(fake: FakeTwilio, **overrides: object) -> dict[str, object]:
    values: dict[str, object] = {
        "twilio_account_sid": DEFAULT_SID,
        "twilio_auth_token": DEFAULT_TOKEN,
        "twilio_whatsapp_number": NUMBER,
        "twilio_api_base_url": fake.base_url,
        "twilio_webhook_url": PUBLIC,
    }
    values.update(overrides)
    return values


def post_form(
    client: TestClient, form: dict[str, str], url: str = PUBLIC, token: str = DEFAULT_TOKEN
) -> tuple[int, str, str]:
    """POST ``form`` as Twilio would to the public ``url`` (the proxy hands it to us)."""
    parts = urlsplit(url)
    local = parts.path + (f"?{parts.query}" if parts.query else "")
    headers = {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": sign(url, form, token),
    }
    response = client.post(local, content=encode_form(form), headers=headers)
    return response.status_code, response.headers.get("content-type", ""), response.text


def history(client: TestClient, person: str = ALICE) -> list[HistoryItem]:
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    assert client.portal is not None
    items: list[HistoryItem] = client.portal.call(runtime.store.history, person)
    return items


def test_a_headache_gets_one_reply_however_often_twilio_retries(
    start: Start, twilio: FakeTwilio
) -> None:
    client = start(Assistant(), **twilio_settings(twilio))
    form = inbound_webhook(ALICE, "I have a headache", to=NUMBER, account_sid=DEFAULT_SID)
    status, content_type, body = post_form(client, form)
    assert (status, body) == (200, EMPTY_TWIML)
    assert content_type.startswith("text/xml")
    assert twilio.wait_for(1, WAIT)
    settle()
    replies = len(twilio.messages)
    for _ in range(5):
        assert post_form(client, form)[0] == 200
    settle(1.0)
    assert len(twilio.messages) == replies
    first = twilio.messages[0]
    assert first.path == twilio.messages_path
    assert first.form["To"] == "whatsapp:" + ALICE
    assert first.form["From"] == NUMBER
    assert first.text  # what it says is the assistant's business, tested elsewhere
    # The status callback names our public URL and our outbox id.
    assert first.form["StatusCallback"].startswith(f"{PUBLIC}/status?ref=")


def test_status_callbacks_are_recorded_against_the_reply(start: Start, twilio: FakeTwilio) -> None:
    client = start(Echo(), **twilio_settings(twilio))
    post_form(client, inbound_webhook(ALICE, "hello", to=NUMBER))
    assert twilio.wait_for(1, WAIT)
    [sent] = twilio.messages
    callback = sent.form["StatusCallback"]
    for state in ("queued", "sent", "delivered"):
        code, _, body = post_form(client, status_webhook(sent.sid or "", state, to=ALICE), callback)
        assert (code, body) == (200, EMPTY_TWIML)
    # An older status arriving late never moves the message back.
    post_form(client, status_webhook(sent.sid or "", "sent", to=ALICE), callback)
    settle(0.5)
    reply = history(client)[-1]
    assert (reply.direction, reply.text, reply.status) == ("out", "echo hello", "delivered")


def test_statuses_are_matched_by_sid_without_our_callback_url(
    start: Start, twilio: FakeTwilio
) -> None:
    # Status callbacks configured in the Twilio console carry no ref: the sid finds the row.
    client = start(Echo(), **twilio_settings(twilio, twilio_webhook_url=None))
    local = "http://testserver/webhook/twilio"
    post_form(client, inbound_webhook(ALICE, "hi", to=NUMBER), local)
    assert twilio.wait_for(1, WAIT)
    [sent] = twilio.messages
    assert "StatusCallback" not in sent.form
    post_form(client, status_webhook(sent.sid or "", "read", to=ALICE), f"{local}/status")
    settle(0.5)
    assert history(client)[-1].status == "read"


def test_outside_the_window_is_recorded_not_retried(start: Start, twilio: FakeTwilio) -> None:
    twilio.fail_next(1, status=400, code=63016, message="outside the allowed window")
    client = start(Echo(), **twilio_settings(twilio))
    post_form(client, inbound_webhook(ALICE, "late", to=NUMBER))
    settle(1.5)
    assert len(twilio.requests) == 1 and twilio.messages == []
    assert history(client)[-1].status == "failed"


def test_a_63016_status_callback_fails_the_reply(start: Start, twilio: FakeTwilio) -> None:
    # Most often Twilio accepts the send and reports the window later, in a callback.
    client = start(Echo(), **twilio_settings(twilio))
    post_form(client, inbound_webhook(ALICE, "late", to=NUMBER))
    assert twilio.wait_for(1, WAIT)
    [sent] = twilio.messages
    failed = status_webhook(sent.sid or "", "undelivered", to=ALICE, error_code="63016")
    assert post_form(client, failed, sent.form["StatusCallback"])[0] == 200
    settle(1.0)
    assert history(client)[-1].status == "failed"
    assert len(twilio.requests) == 1


def test_server_errors_are_retried_until_delivered_once(start: Start, twilio: FakeTwilio) -> None:
    twilio.fail_next(1, status=500)
    twilio.fail_next(1, status=429, code=20429, retry_after=0)
    client = start(Echo(), **twilio_settings(twilio))
    post_form(client, inbound_webhook(ALICE, "retry me", to=NUMBER))
    assert twilio.wait_for(1, WAIT)
    settle()
    assert twilio.texts == ["echo retry me"]
    assert [r.status for r in twilio.requests] == [500, 429, 201]


def test_an_ambiguous_timeout_is_not_sent_twice_when_a_status_proves_it(
    start: Start, twilio: FakeTwilio
) -> None:
    twilio.hang_next(1, seconds=0.8)
    client = start(
        Echo(),
        **twilio_settings(twilio),
        send_timeout_seconds=0.3,
        send_ambiguous_grace_seconds=1.5,
    )
    post_form(client, inbound_webhook(ALICE, "maybe sent", to=NUMBER))
    assert twilio.wait_for(1, WAIT)
    [sent] = twilio.messages
    # We never saw this sid: only the ref in the callback URL ties it to our reply.
    delivered = status_webhook(sent.sid or "", "delivered", to=ALICE)
    assert post_form(client, delivered, sent.form["StatusCallback"])[0] == 200
    settle(2.0)  # past the grace: a retry would have happened by now
    assert len(twilio.messages) == 1
    assert history(client)[-1].status == "delivered"


def test_forged_and_incomplete_webhooks_are_refused(start: Start, twilio: FakeTwilio) -> None:
    client = start(Echo(), **twilio_settings(twilio))
    form = inbound_webhook(ALICE, "never stored", to=NUMBER)
    assert post_form(client, form, token="not-the-token")[0] == 403
    unsigned = client.post("/webhook/twilio", content=encode_form(form))
    assert unsigned.status_code == 401
    # Signed for the URL the server sees, not the public one: a proxy setup mistake.
    assert post_form(client, form, "http://testserver/webhook/twilio")[0] == 403
    no_sid = {k: v for k, v in form.items() if k != "MessageSid"}
    code, _, body = post_form(client, no_sid)
    assert (code, body) == (400, "missing MessageSid")
    settle()
    assert twilio.requests == [] and history(client) == []


def test_without_twilio_settings_the_routes_are_404(start: Start) -> None:
    client = start(Echo())
    assert post_form(client, inbound_webhook(ALICE, "hi", to=NUMBER))[0] == 404


def test_meta_and_twilio_run_side_by_side(
    start: Start, twilio: FakeTwilio, graph: FakeGraph
) -> None:
    bob = "+15551230001"
    client = start(Echo(), **twilio_settings(twilio))
    post_form(client, inbound_webhook(ALICE, "via twilio", to=NUMBER))
    assert post(client, text_body("via meta", sender=bob, message_id="wamid.SIDE1")) == 200
    assert twilio.wait_for(1, WAIT) and graph.wait_for(1, WAIT)
    settle()
    assert twilio.texts == ["echo via twilio"]
    assert graph.texts == ["echo via meta"]
    assert twilio.messages[0].form["To"] == "whatsapp:" + ALICE
    assert graph.messages[0].to == bob.lstrip("+")


def test_no_phone_number_or_body_in_logs(
    start: Start, twilio: FakeTwilio, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = start(Assistant(), **twilio_settings(twilio))
    secret_text = "my chest feels tight and my left arm is numb"
    post_form(client, inbound_webhook(ALICE, secret_text, to=NUMBER))
    post_form(client, inbound_webhook(ALICE, "I have a headache since tuesday", to=NUMBER))
    assert twilio.wait_for(1, WAIT)  # one turn (the two may be answered together)
    [first, *_] = twilio.messages
    post_form(
        client, status_webhook(first.sid or "", "delivered", to=ALICE), first.form["StatusCallback"]
    )
    post_form(client, inbound_webhook(ALICE, "forged words", to=NUMBER), token="wrong")
    twilio.fail_next(1, status=400, code=63016)
    post_form(client, inbound_webhook(ALICE, "one more thing", to=NUMBER))
    settle()
    visible = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert visible, "expected some INFO logs to check"
    joined = "\n".join(visible)
    for needle in (ALICE, ALICE.lstrip("+"), "chest feels tight", "headache since", "forged",
                   "one more thing", DEFAULT_TOKEN, *twilio.texts):  # fmt: skip
        assert needle not in joined
    # Bodies: not even at DEBUG in our own code (aiosqlite's DEBUG echoes SQL parameters).
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("selfcare"))
    assert "chest feels tight" not in ours and "forged" not in ours


def test_simulate_posts_a_signed_twilio_webhook_to_a_real_server(
    tmp_path: Path, graph: FakeGraph, twilio: FakeTwilio
) -> None:
    twilio_env = {
        "TWILIO_ACCOUNT_SID": DEFAULT_SID,
        "TWILIO_AUTH_TOKEN": DEFAULT_TOKEN,
        "TWILIO_WHATSAPP_NUMBER": NUMBER,
        "TWILIO_API_BASE_URL": twilio.base_url,
        "TWILIO_WEBHOOK_URL": PUBLIC,  # as behind ngrok: both sides must use the public URL
    }
    server = Server(tmp_path, graph, **twilio_env).start()
    try:

        def simulate(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
            command = [sys.executable, "-m", "selfcare", "simulate", "--provider", "twilio"]
            return subprocess.run(
                [*command, *args],
                env={**server.env, **env},
                cwd=tmp_path,
                capture_output=True,
                text=True,
                timeout=30,
            )

        done = simulate("I have a headache", "--from", ALICE)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"200 {EMPTY_TWIML}"
        assert twilio.wait_for(1, WAIT)
        reply = twilio.messages[0]
        assert reply.form["To"] == "whatsapp:" + ALICE and reply.form["From"] == NUMBER

        forged = simulate("hello", "--from", ALICE, TWILIO_AUTH_TOKEN="not-the-token")
        assert forged.returncode == 1 and forged.stdout.startswith("403")
        unknown = simulate("hello", "--provider", "telegram")
        assert unknown.returncode == 2 and "whatsapp or twilio" in unknown.stderr
    finally:
        server.stop()

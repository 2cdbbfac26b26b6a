"""From a signed webhook to a reply at the fake Graph API, through the real pipeline."""

from __future__ import annotations

import logging
import threading

import pytest

from selfcare.assistant import Assistant
from selfcare.channels.whatsapp import sign
from tests.conftest import ACCESS_TOKEN, PHONE_NUMBER_ID, SECRET
from tests.fakes.graph import FakeGraph
from tests.faults.conftest import wait_until
from tests.pipeline.conftest import ALICE, BOB, Echo, Start, post, settle, status_body, text_body

WAIT = 30.0  # generous: a loaded 2-core machine answers slowly


def test_a_headache_gets_one_reply_however_often_meta_retries(
    start: Start, graph: FakeGraph
) -> None:
    client = start(Assistant())
    body = text_body("I have a headache", message_id="wamid.HEADACHE1")
    assert post(client, body) == 200
    assert graph.wait_for(1, WAIT)
    settle()
    replies = len(graph.messages)
    for _ in range(5):
        assert post(client, body) == 200
    settle(1.0)
    assert len(graph.messages) == replies
    first = graph.messages[0]
    assert first.path == f"/v25.0/{PHONE_NUMBER_ID}/messages"
    assert first.to == ALICE.lstrip("+")
    assert first.headers["authorization"] == f"Bearer {ACCESS_TOKEN}"
    assert first.text


def test_each_message_is_marked_read_with_typing(start: Start, graph: FakeGraph) -> None:
    client = start(Echo(), read_receipts=True)
    post(client, text_body("hi", message_id="wamid.READ1"))
    assert graph.wait_for(1, WAIT)
    settle(0.3)
    [read] = graph.reads
    assert read.json["message_id"] == "wamid.READ1"
    assert read.json["typing_indicator"] == {"type": "text"}


def test_by_default_the_answer_is_the_only_call(start: Start, graph: FakeGraph) -> None:
    client = start(Echo())
    post(client, text_body("hi", message_id="wamid.READ2"))
    assert graph.wait_for(1, WAIT)
    settle(0.3)
    assert graph.reads == []
    assert graph.texts == ["echo hi"]


def test_a_turn_goes_out_as_one_message(start: Start, graph: FakeGraph) -> None:
    client = start(Assistant())
    post(client, text_body("I have a headache", message_id="wamid.ONE1"))
    assert graph.wait_for(1, WAIT)
    settle(0.5)
    # A first contact is a welcome, advice and when to get help: one message when it fits
    # (its buttons' body limit may split off the closing part, never more).
    assert 1 <= len(graph.messages) <= 2
    assert "self-care helper" in (graph.messages[0].text or "")


def test_concurrent_duplicate_deliveries_produce_one_reply(start: Start, graph: FakeGraph) -> None:
    client = start(Echo())
    body = text_body("same message", message_id="wamid.CONCURRENT")
    codes: list[int] = []
    threads = [threading.Thread(target=lambda: codes.append(post(client, body))) for _ in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes == [200] * 30
    assert graph.wait_for(1, WAIT)
    settle()
    assert graph.texts == ["echo same message"]


def test_one_persons_messages_are_answered_in_order(start: Start, graph: FakeGraph) -> None:
    echo = Echo()
    client = start(echo, run_worker=True)
    for i in range(5):
        post(client, text_body(f"m{i}", message_id=f"wamid.ORDER{i}", ts=1_700_000_000 + i))
        post(
            client, text_body(f"b{i}", sender=BOB, message_id=f"wamid.BOB{i}", ts=1_700_000_000 + i)
        )

    def alice_words() -> set[str]:
        texts = [m.text or "" for m in graph.messages if m.to == ALICE.lstrip("+")]
        return {s for t in texts for s in t.split() if s != "echo"}

    # Bursts are held up to 4 s before they are answered: wait for the condition itself.
    assert wait_until(lambda: alice_words() >= {f"m{i}" for i in range(5)}, WAIT)
    to_alice = [m.text for m in graph.messages if m.to == ALICE.lstrip("+")]
    # Texts that arrive together may be answered together, but never out of order.
    said = " ".join(t or "" for t in to_alice).replace("echo", "").split()
    assert said == sorted(said, key=lambda s: int(s[1:]))
    assert {s for t in to_alice for s in (t or "").split() if s != "echo"} == {
        f"m{i}" for i in range(5)
    }


def test_history_and_state_reach_the_assistant(start: Start, graph: FakeGraph) -> None:
    echo = Echo()
    client = start(echo)
    post(client, text_body("first", message_id="wamid.H1"))
    assert graph.wait_for(1, WAIT)
    post(client, text_body("second", message_id="wamid.H2"))
    assert graph.wait_for(2, WAIT)
    conversation, message = echo.seen[-1]
    assert message.text == "second"
    assert conversation.state == {"n": 1}
    assert [t.text for t in conversation.history] == ["first", "echo first"]


def test_statuses_never_trigger_a_reply(start: Start, graph: FakeGraph) -> None:
    echo = Echo()
    client = start(echo)
    for status in ("sent", "delivered", "read"):
        assert post(client, status_body("wamid.OUT1", status)) == 200
    settle()
    assert echo.seen == [] and graph.messages == []


def test_server_errors_are_retried_until_delivered_once(start: Start, graph: FakeGraph) -> None:
    graph.fail_next(2, status=500)
    graph.fail_next(1, status=429, retry_after=0)
    client = start(Echo())
    post(client, text_body("retry me", message_id="wamid.RETRY"))
    assert graph.wait_for(1, WAIT)
    settle()
    assert graph.texts == ["echo retry me"]
    attempts = [r for r in graph.requests if r.json.get("type") == "text"]
    assert [r.status for r in attempts] == [500, 500, 429, 200]


def test_outside_the_window_is_recorded_not_retried(start: Start, graph: FakeGraph) -> None:
    graph.fail_next(1, status=400, meta_code=131047, message="Re-engagement message")
    client = start(Echo())
    post(client, text_body("late", message_id="wamid.LATE"))
    settle(1.5)
    attempts = [r for r in graph.requests if r.json.get("type") == "text"]
    assert len(attempts) == 1
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    items = client.portal.call(runtime.store.history, ALICE)  # type: ignore[union-attr]
    assert items[-1].status == "failed"


def test_an_ambiguous_timeout_is_not_sent_twice_when_a_status_proves_it(
    start: Start, graph: FakeGraph
) -> None:
    # The fake takes longer than the client's timeout but sends the message anyway.
    graph.hang_next(1, seconds=1.5)
    client = start(Echo(), send_timeout_seconds=0.5, send_ambiguous_grace_seconds=3.0)
    post(client, text_body("maybe sent", message_id="wamid.AMBIG"))
    assert graph.wait_for(1, WAIT)
    [sent] = graph.messages
    # Meta's status webhook echoes our callback data: the retry must not happen.
    callback = sent.json["biz_opaque_callback_data"]
    assert post(client, status_body(sent.wamid or "", "delivered", callback_data=callback)) == 200
    settle(4.0)
    assert len(graph.messages) == 1


def test_a_rejected_token_degrades_readyz(start: Start, graph: FakeGraph) -> None:
    graph.expect_token("the-real-token")
    client = start(Echo())
    assert client.get("/readyz").status_code == 200
    post(client, text_body("hello", message_id="wamid.TOKEN"))
    settle(1.5)
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.json()["access_token"] == "rejected"


def test_non_text_messages_get_a_kind_reply(start: Start, graph: FakeGraph) -> None:
    import json

    client = start(Assistant())
    payload = json.loads(text_body("x", message_id="wamid.VOICE"))
    msg = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    msg.pop("text")
    msg.update(type="audio", audio={"id": "MEDIA1", "mime_type": "audio/ogg", "voice": True})
    assert post(client, json.dumps(payload).encode()) == 200
    assert graph.wait_for(1, WAIT)
    assert "text" in (graph.messages[0].text or "").lower()


def test_no_phone_number_or_body_in_logs(
    start: Start, graph: FakeGraph, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = start(Assistant())
    secret_text = "my chest feels tight and my left arm is numb"
    post(client, text_body(secret_text, message_id="wamid.PRIV1"))
    post(client, text_body("I have a headache since tuesday", message_id="wamid.PRIV2"))
    assert graph.wait_for(1, WAIT)  # one turn (the two may be answered together), one message
    bad = b'{"not": "signed properly"}'
    client.post("/webhook", content=bad, headers={"x-hub-signature-256": sign(bad, "wrong")})
    settle()
    visible = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert visible, "expected some INFO logs to check"
    joined = "\n".join(visible)
    for needle in (ALICE, ALICE.lstrip("+"), "chest feels tight", "headache since", SECRET,
                   ACCESS_TOKEN, *[m.text or "" for m in graph.messages]):  # fmt: skip
        assert needle not in joined

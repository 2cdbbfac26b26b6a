"""Sending through the Meta adapter: request shape, result mapping, splitting, mark-as-read."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfcare.channels.base import Failure, NoAnswer, SendResult
from selfcare.channels.whatsapp import (
    INTERACTIVE_BODY_LIMIT,
    TEXT_LIMIT,
    WhatsAppChannel,
    build_requests,
    classify_response,
    split_text,
)
from selfcare.events import Button, ListMenu, ListRow, OutboundMessage, Template
from tests.conftest import ACCESS_TOKEN, PHONE_NUMBER_ID, make_settings
from tests.fakes.http import HandlerHttp

BASE = "http://graph.test"
URL = f"{BASE}/v25.0/{PHONE_NUMBER_ID}/messages"
TO = "+447700900123"

Handler = Callable[[httpx.Request], httpx.Response]


def ok(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    n = len(SEEN)
    SEEN.append(body)
    return httpx.Response(
        200,
        json={
            "messaging_product": "whatsapp",
            "contacts": [{"input": body.get("to"), "wa_id": body.get("to")}],
            "messages": [{"id": f"wamid.SENT{n}"}],
        },
    )


SEEN: list[dict[str, Any]] = []


@pytest.fixture(autouse=True)
def _clear_seen() -> None:
    SEEN.clear()


def channel(**overrides: object) -> WhatsAppChannel:
    return WhatsAppChannel(make_settings(whatsapp_api_base_url=BASE, **overrides))


async def send(
    handler: Handler, message: OutboundMessage | str = "Hello", to: str = TO, **overrides: object
) -> SendResult:
    if isinstance(message, str):
        message = OutboundMessage(text=message)
    return await channel(**overrides).send(HandlerHttp(handler), to, message, "out-1")


def meta_error(status: int, code: int, headers: dict[str, str] | None = None) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        SEEN.append(json.loads(request.content))
        error = {
            "message": f"(#{code}) error",
            "type": "OAuthException",
            "code": code,
            "error_data": {"messaging_product": "whatsapp", "details": "details"},
            "fbtrace_id": "Az8or2yhqkZfEZ-_4Qn_Bam",
        }
        return httpx.Response(status, json={"error": error}, headers=headers)

    return handler


# --- request shape ------------------------------------------------------------------------


async def test_text_request_shape() -> None:
    captured: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        captured.append(request)
        return ok(request)

    result = await send(handler, "Drink plenty of fluids.")
    assert result == SendResult(ok=True, provider_id="wamid.SENT0")
    (request,) = captured
    assert request.method == "POST" and str(request.url) == URL
    assert request.headers["authorization"] == f"Bearer {ACCESS_TOKEN}"
    assert json.loads(request.content) == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": "447700900123",
        "biz_opaque_callback_data": "out-1",
        "type": "text",
        "text": {"body": "Drink plenty of fluids.", "preview_url": False},
    }


async def test_url_uses_configured_version() -> None:
    urls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        urls.append(str(request.url))
        return ok(request)

    await send(handler, whatsapp_api_version="v26.0")
    assert urls == [f"{BASE}/v26.0/{PHONE_NUMBER_ID}/messages"]


async def test_bsuid_goes_in_recipient() -> None:
    await send(ok, to="US.13491208655302741918")
    assert SEEN[0]["recipient"] == "US.13491208655302741918"
    assert "to" not in SEEN[0]


def test_buttons_payload() -> None:
    message = OutboundMessage(
        text="Is the pain severe?",
        buttons=(
            Button("sev_yes", "Yes"),
            Button("sev_no", "No"),
            Button("sev_unsure", "Not sure"),
        ),
    )
    (body,) = build_requests(TO, message, "cb")
    assert body["type"] == "interactive"
    assert body["to"] == "447700900123" and body["biz_opaque_callback_data"] == "cb"
    assert body["interactive"] == {
        "type": "button",
        "body": {"text": "Is the pain severe?"},
        "action": {
            "buttons": [
                {"type": "reply", "reply": {"id": "sev_yes", "title": "Yes"}},
                {"type": "reply", "reply": {"id": "sev_no", "title": "No"}},
                {"type": "reply", "reply": {"id": "sev_unsure", "title": "Not sure"}},
            ]
        },
    }


def test_a_template_is_sent_by_name_and_language_and_nothing_else() -> None:
    message = OutboundMessage("[template nurse_follow_up]", template=Template("nurse_follow_up"))
    (body,) = build_requests(TO, message, "cb")
    assert body["type"] == "template" and "text" not in body
    assert body["template"] == {"name": "nurse_follow_up", "language": {"code": "en"}}
    assert body["to"] == "447700900123" and body["biz_opaque_callback_data"] == "cb"


def test_list_payload() -> None:
    menu = ListMenu(
        button="Topics",
        rows=(ListRow("t_fever", "Fever", "High temperature"), ListRow("t_cough", "Cough")),
    )
    (body,) = build_requests(TO, OutboundMessage(text="Pick a topic", menu=menu), "cb")
    assert body["interactive"] == {
        "type": "list",
        "body": {"text": "Pick a topic"},
        "action": {
            "button": "Topics",
            "sections": [
                {
                    "title": "Topics",
                    "rows": [
                        {"id": "t_fever", "title": "Fever", "description": "High temperature"},
                        {"id": "t_cough", "title": "Cough"},
                    ],
                }
            ],
        },
    }


def _words(text: str) -> list[str]:
    return text.split()


def test_long_text_is_sent_in_parts_in_order() -> None:
    paragraphs = [f"Paragraph {i}. " + "word " * 300 for i in range(8)]
    text = "\n\n".join(paragraphs)
    bodies = build_requests(TO, OutboundMessage(text=text), "cb")
    assert len(bodies) > 1
    assert all(b["type"] == "text" and len(b["text"]["body"]) <= TEXT_LIMIT for b in bodies)
    assert _words(" ".join(b["text"]["body"] for b in bodies)) == _words(text)
    assert all(b["biz_opaque_callback_data"] == "cb" for b in bodies)
    # Paragraph boundaries are preferred: every part starts a paragraph.
    assert all(b["text"]["body"].startswith("Paragraph") for b in bodies)


def test_interactive_rides_on_the_last_part() -> None:
    text = "First. " * 900 + "\n\nDo you want to continue?"
    message = OutboundMessage(text=text, buttons=(Button("y", "Yes"), Button("n", "No")))
    bodies = build_requests(TO, message, "cb")
    assert [b["type"] for b in bodies] == ["text", "text", "interactive"]
    assert bodies[-1]["interactive"]["body"]["text"] == "Do you want to continue?"
    assert bodies[-2]["text"]["body"].endswith("First.")
    sent = [b["text"]["body"] for b in bodies[:-1]] + ["Do you want to continue?"]
    assert _words(" ".join(sent)) == _words(text)


def test_long_last_part_moves_only_its_tail_to_the_interactive_message() -> None:
    text = "Sentence number one is here. " * 60  # ~1740 characters, one part
    message = OutboundMessage(text=text, buttons=(Button("ok", "OK"),))
    bodies = build_requests(TO, message, "cb")
    assert [b["type"] for b in bodies] == ["text", "interactive"]
    tail = bodies[1]["interactive"]["body"]["text"]
    assert 0 < len(tail) <= INTERACTIVE_BODY_LIMIT
    assert tail.startswith("Sentence") and bodies[0]["text"]["body"].endswith("here.")
    assert _words(bodies[0]["text"]["body"] + " " + tail) == _words(text)


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab .\n")), min_size=1, max_size=6000),
    menu=st.booleans(),
)
def test_interactive_split_properties(text: str, menu: bool) -> None:
    message = OutboundMessage(
        text=text,
        buttons=() if menu else (Button("b", "B"),),
        menu=ListMenu("Open", (ListRow("r", "R"),)) if menu else None,
    )
    bodies = build_requests(TO, message, "cb")
    if not text.strip():
        assert bodies == []
        return
    assert [b["type"] for b in bodies[:-1]] == ["text"] * (len(bodies) - 1)
    assert bodies[-1]["type"] == "interactive"
    assert all(len(b["text"]["body"]) <= TEXT_LIMIT for b in bodies[:-1])
    tail = bodies[-1]["interactive"]["body"]["text"]
    assert 0 < len(tail) <= INTERACTIVE_BODY_LIMIT
    sent = [b["text"]["body"] for b in bodies[:-1]] + [tail]
    assert "".join(sent).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace(
        "\n", ""
    )


def test_blank_message_sends_nothing() -> None:
    assert build_requests(TO, OutboundMessage(text="  \n "), "cb") == []


async def test_blank_message_result() -> None:
    result = await send(ok, "   ")
    assert result == SendResult(ok=False, error_code="empty_message") and SEEN == []


async def test_not_configured() -> None:
    result = await send(ok, whatsapp_access_token=None)
    assert result == SendResult(ok=False, error_code="not_configured") and SEEN == []


async def test_parts_stop_at_first_failure() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return ok(request) if calls == 1 else httpx.Response(503)

    result = await send(handler, "word " * 2000)
    assert calls == 2
    assert result.ok is False and result.retryable and result.error_code == "503"


async def test_multi_part_success_returns_last_id() -> None:
    result = await send(ok, "word " * 2000)
    assert len(SEEN) == 3
    assert result == SendResult(ok=True, provider_id="wamid.SENT2")


# --- result mapping -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (400, 131047, SendResult(ok=False, error_code="131047")),
        (400, 131026, SendResult(ok=False, error_code="131026")),
        (401, 190, SendResult(ok=False, error_code="190", auth_failed=True)),
        (400, 190, SendResult(ok=False, error_code="190", auth_failed=True)),
        (400, 100, SendResult(ok=False, error_code="100")),
        (403, 10, SendResult(ok=False, error_code="10")),
        (429, 130429, SendResult(ok=False, error_code="130429", retryable=True)),
        (400, 131056, SendResult(ok=False, error_code="131056", retryable=True)),
        (400, 4, SendResult(ok=False, error_code="4", retryable=True)),
        (400, 80007, SendResult(ok=False, error_code="80007", retryable=True)),
        (500, 131000, SendResult(ok=False, error_code="131000", retryable=True)),
        (503, 131016, SendResult(ok=False, error_code="131016", retryable=True)),
    ],
)
async def test_meta_error_codes(status: int, code: int, expected: SendResult) -> None:
    assert await send(meta_error(status, code)) == expected


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (500, SendResult(ok=False, error_code="500", retryable=True)),
        (502, SendResult(ok=False, error_code="502", retryable=True)),
        (429, SendResult(ok=False, error_code="429", retryable=True)),
        (401, SendResult(ok=False, error_code="401", auth_failed=True)),
        (404, SendResult(ok=False, error_code="404")),
        (400, SendResult(ok=False, error_code="400")),
    ],
)
async def test_http_status_without_meta_body(status: int, expected: SendResult) -> None:
    assert await send(lambda r: httpx.Response(status, text="<html>oops</html>")) == expected


async def test_retry_after_seconds() -> None:
    result = await send(meta_error(429, 130429, {"Retry-After": "7"}))
    assert result.retryable and result.retry_after == 7.0
    result = await send(lambda r: httpx.Response(503, headers={"Retry-After": "1.5"}))
    assert result.retryable and result.retry_after == 1.5


async def test_retry_after_http_date() -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    result = await send(lambda r: httpx.Response(503, headers={"Retry-After": when}))
    assert result.retry_after is not None and 25 <= result.retry_after <= 31


@pytest.mark.parametrize("value", ["soon", "", "nan", "inf"])
async def test_retry_after_unusable(value: str) -> None:
    result = await send(lambda r: httpx.Response(503, headers={"Retry-After": value}))
    assert result.retryable and result.retry_after is None


async def test_retry_after_negative_is_zero() -> None:
    result = await send(lambda r: httpx.Response(429, headers={"Retry-After": "-3"}))
    assert result.retry_after == 0.0


def raising(exc: Exception) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return handler


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        ("timeout", SendResult(False, error_code="timeout", retryable=True, ambiguous=True)),
        ("not_sent", SendResult(False, error_code="timeout", retryable=True)),
        ("refused", SendResult(False, error_code="network", retryable=True)),
        ("cut", SendResult(False, error_code="network", retryable=True, ambiguous=True)),
        ("bad_url", SendResult(False, error_code="network")),
    ],
)
async def test_network_errors(failure: Failure, expected: SendResult) -> None:
    assert await send(raising(NoAnswer(failure, "test"))) == expected


@pytest.mark.parametrize(
    "content", [b"", b"not json", b"[]", b'{"messages": []}', b'{"messages": [{"id": 5}]}']
)
def test_2xx_without_id_is_ok_without_provider_id(content: bytes) -> None:
    assert classify_response(200, {}, content) == SendResult(ok=True, provider_id=None)


def test_error_code_string_bool_is_not_a_code() -> None:
    body = json.dumps({"error": {"code": True}}).encode()
    assert classify_response(400, {}, body).error_code == "400"


# --- mark_read ----------------------------------------------------------------------------


async def test_mark_read_body() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True})

    await channel().mark_read(HandlerHttp(handler), "wamid.IN1")
    (request,) = seen
    assert str(request.url) == URL
    assert request.headers["authorization"] == f"Bearer {ACCESS_TOKEN}"
    assert json.loads(request.content) == {
        "messaging_product": "whatsapp",
        "status": "read",
        "message_id": "wamid.IN1",
        "typing_indicator": {"type": "text"},
    }


@pytest.mark.parametrize(
    "handler",
    [
        raising(NoAnswer("refused", "test")),
        raising(NoAnswer("timeout", "test")),
        lambda r: httpx.Response(500),
        lambda r: httpx.Response(400, json={"error": {"code": 100}}),
    ],
)
async def test_mark_read_swallows_errors(
    handler: Handler, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="selfcare")
    await channel().mark_read(HandlerHttp(handler), "wamid.IN1")
    assert all(r.levelno <= logging.DEBUG for r in caplog.records)


async def test_send_logs_nothing_personal(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="selfcare")
    await send(ok, "my chest hurts badly")
    await send(meta_error(400, 131047), "my chest hurts badly")
    await send(raising(NoAnswer("timeout", "test")), "my chest hurts badly")
    assert all(r.levelno <= logging.DEBUG for r in caplog.records)
    assert "447700900123" not in caplog.text and "chest" not in caplog.text
    assert ACCESS_TOKEN not in caplog.text


# --- split_text ---------------------------------------------------------------------------


def test_split_short_text_untouched() -> None:
    assert split_text("  hi  ") == ["  hi  "]
    assert split_text("") == [] and split_text(" \n ") == []
    assert split_text("x" * TEXT_LIMIT) == ["x" * TEXT_LIMIT]


def test_split_prefers_paragraph_then_sentence_then_word() -> None:
    assert split_text("aaaa bbbb.\n\ncccc dddd", 15) == ["aaaa bbbb.", "cccc dddd"]
    assert split_text("Aaaa bbb. Cccc dd eeee", 15) == ["Aaaa bbb.", "Cccc dd eeee"]
    assert split_text("aaaa bbbb cccc dddd", 12) == ["aaaa bbbb", "cccc dddd"]
    assert split_text("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_split_avoids_tiny_first_part() -> None:
    text = "Hi.\n\n" + "word " * 40
    parts = split_text(text, 100)
    assert len(parts[0]) > 25


def test_split_rejects_bad_limit() -> None:
    with pytest.raises(ValueError, match="limit"):
        split_text("abc", 0)


_alphabet = st.sampled_from(list("abcdefgh xyz.!?…\n\t ")) | st.characters(codec="utf-8")


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=_alphabet, max_size=600), limit=st.integers(1, 120))
def test_split_properties(text: str, limit: int) -> None:
    parts = split_text(text, limit)
    assert all(0 < len(p) <= limit for p in parts)
    assert all(p.strip() for p in parts)
    # No character other than whitespace is lost, added or reordered.
    squash = re.compile(r"\s+")
    assert squash.sub("", "".join(parts)) == squash.sub("", text)
    # When no word is longer than the limit, words survive whole and in order.
    if all(len(w) <= limit for w in text.split()):
        assert " ".join(parts).split() == text.split()


@settings(max_examples=50, deadline=None)
@given(
    words=st.lists(
        st.text(alphabet="abcdefghij", min_size=1, max_size=12), min_size=1, max_size=1500
    ),
    seps=st.lists(st.sampled_from([" ", " ", ". ", "\n", "\n\n"]), min_size=1, max_size=8),
)
def test_split_properties_at_real_limit(words: list[str], seps: list[str]) -> None:
    text = "".join(w + seps[i % len(seps)] for i, w in enumerate(words))
    parts = split_text(text)
    assert all(len(p) <= TEXT_LIMIT for p in parts)
    assert " ".join(parts).split() == text.split()
    if len(text) > TEXT_LIMIT:
        assert len(parts) >= 2

"""The Twilio adapter: signatures, parsing of every named fixture, sending and its results."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from selfcare.channels import build_channels
from selfcare.channels.base import NoAnswer, RawRequest, SendResult, WebhookRejected
from selfcare.channels.twilio import (
    TEXT_LIMIT,
    TwilioChannel,
    encode_form,
    parse_form,
    public_url,
    sign,
    twilio_address,
    whatsapp_address,
)
from selfcare.events import (
    Button,
    Channel,
    DeliveryStatus,
    InboundMessage,
    ListMenu,
    ListRow,
    Location,
    MessageContext,
    MessageKind,
    OutboundMessage,
    StatusUpdate,
    Template,
)
from tests.conftest import make_settings
from tests.fakes.http import HandlerHttp

DATA = Path(__file__).parent.parent / "data" / "twilio"
SID = "AC3f9d1c2b7e6a4d5c8b9a0f1e2d3c4b5a"
TOKEN = "twilio-test-auth-token"
NUMBER = "whatsapp:+14155238886"
USER = "+447700900123"
LOCAL = "http://127.0.0.1:8000/webhook/twilio"
PUBLIC = "https://abc123.ngrok-free.app/webhook/twilio"
API = "https://api.twilio.test"


def load(name: str) -> dict[str, str]:
    data: dict[str, str] = json.loads((DATA / f"{name}.json").read_text())
    return data


def channel(**overrides: object) -> TwilioChannel:
    values: dict[str, object] = {
        "twilio_account_sid": SID,
        "twilio_auth_token": TOKEN,
        "twilio_whatsapp_number": NUMBER,
        "twilio_api_base_url": API,
    }
    values.update(overrides)
    return TwilioChannel(make_settings(**values))


def signed(
    form: dict[str, str], url: str = LOCAL, *, signed_url: str | None = None, token: str = TOKEN
) -> RawRequest:
    """A request as the app hands it over, signed the way Twilio signs it."""
    body = encode_form(form)
    query = {k: v[0] for k, v in parse_qs(url.partition("?")[2]).items()}
    headers = {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": sign(signed_url or url, form, token),
    }
    return RawRequest(body=body, headers=headers, url=url, query=query)


def parse_one(name: str, url: str = LOCAL) -> Any:
    adapter = channel()
    request = signed(load(name), url)
    adapter.verify(request)
    parsed = adapter.parse(request)
    assert parsed.dead_letter is None
    assert len(parsed.events) == 1, parsed.events
    return parsed.events[0]


# --- addresses and URLs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "address"),
    [
        ("whatsapp:+447700900123", "+447700900123"),
        ("WhatsApp:+15551230001", "+15551230001"),
        ("+15551230001", "+15551230001"),
        ("whatsapp:US.13491208655302741918", "US.13491208655302741918"),
    ],
)
def test_addresses_lose_the_whatsapp_prefix(raw: str, address: str) -> None:
    assert twilio_address(raw) == address


def test_addresses_gain_the_whatsapp_prefix() -> None:
    assert whatsapp_address("+447700900123") == "whatsapp:+447700900123"
    assert whatsapp_address("447700900123") == "whatsapp:+447700900123"
    assert whatsapp_address("whatsapp:+447700900123") == "whatsapp:+447700900123"


@pytest.mark.parametrize(
    ("seen", "setting", "signed_url"),
    [
        (LOCAL, None, LOCAL),
        (LOCAL, PUBLIC, PUBLIC),
        (LOCAL, "https://abc123.ngrok-free.app", PUBLIC),
        (LOCAL, "https://abc123.ngrok-free.app/", PUBLIC),
        (f"{LOCAL}/status?ref=12", PUBLIC, f"{PUBLIC}/status?ref=12"),
        (f"{LOCAL}/status?ref=12", f"{PUBLIC}/status", f"{PUBLIC}/status?ref=12"),
        # a proxy that strips a path prefix on the way in
        (LOCAL, "https://example.org/selfcare/webhook/twilio",
         "https://example.org/selfcare/webhook/twilio"),
        ("http://10.0.0.5:8000/api/webhook/twilio", "https://example.org/webhook/twilio",
         "https://example.org/webhook/twilio"),
    ],
)  # fmt: skip
def test_the_url_twilio_signed(seen: str, setting: str | None, signed_url: str) -> None:
    assert public_url(seen, setting) == signed_url


# --- signatures ---------------------------------------------------------------------------


def test_a_correct_signature_passes() -> None:
    channel().verify(signed(load("text")))


def test_a_missing_signature_is_401() -> None:
    request = signed(load("text"))
    headers = {"content-type": "application/x-www-form-urlencoded"}
    with pytest.raises(WebhookRejected) as caught:
        channel().verify(RawRequest(request.body, headers, request.url))
    assert caught.value.status == 401
    assert caught.value.reason == "missing signature"


def test_a_signature_made_with_another_token_is_403() -> None:
    with pytest.raises(WebhookRejected) as caught:
        channel().verify(signed(load("text"), token="not-the-token"))
    assert caught.value.status == 403


def test_a_changed_body_parameter_is_403() -> None:
    form = load("text")
    request = signed(form)
    tampered = encode_form({**form, "Body": "something else"})
    with pytest.raises(WebhookRejected) as caught:
        channel().verify(RawRequest(tampered, request.headers, request.url))
    assert caught.value.status == 403


def test_an_added_body_parameter_is_403() -> None:
    form = load("text")
    request = signed(form)
    tampered = encode_form({**form, "ButtonPayload": "delete:yes"})
    with pytest.raises(WebhookRejected) as caught:
        channel().verify(RawRequest(tampered, request.headers, request.url))
    assert caught.value.status == 403


def test_behind_a_proxy_the_public_url_is_what_was_signed() -> None:
    request = signed(load("text"), LOCAL, signed_url=PUBLIC)
    with pytest.raises(WebhookRejected) as caught:
        channel().verify(request)  # without the setting, the local URL is checked
    assert caught.value.status == 403
    channel(twilio_webhook_url=PUBLIC).verify(request)
    channel(twilio_webhook_url="https://abc123.ngrok-free.app").verify(request)


def test_a_status_callback_with_our_ref_is_checked_with_its_query() -> None:
    url = f"{LOCAL}/status?ref=42"
    request = signed(load("status_delivered"), url, signed_url=f"{PUBLIC}/status?ref=42")
    adapter = channel(twilio_webhook_url=PUBLIC)
    adapter.verify(request)
    forged = RawRequest(request.body, request.headers, f"{LOCAL}/status?ref=43", {"ref": "43"})
    with pytest.raises(WebhookRejected):
        adapter.verify(forged)


def test_the_port_may_or_may_not_be_in_the_signed_url() -> None:
    # Twilio is not consistent about :443; the official validator accepts both.
    request = signed(
        load("text"), LOCAL, signed_url="https://abc123.ngrok-free.app:443/webhook/twilio"
    )
    channel(twilio_webhook_url=PUBLIC).verify(request)


@pytest.mark.parametrize(("field", "reason"), [("MessageSid", "missing MessageSid"),
                                               ("From", "missing From")])  # fmt: skip
def test_a_signed_body_without_a_required_field_is_400(field: str, reason: str) -> None:
    form = load("text")
    del form[field]
    with pytest.raises(WebhookRejected) as caught:
        channel().verify(signed(form))
    assert (caught.value.status, caught.value.reason) == (400, reason)


def test_a_status_callback_needs_no_sender() -> None:
    form = load("status_delivered")
    del form["From"]
    channel().verify(signed(form))


def test_an_unsigned_body_without_a_required_field_is_still_401_first() -> None:
    # The signature is checked before the content: a stranger learns nothing about fields.
    body = encode_form({"Body": "hi"})
    with pytest.raises(WebhookRejected) as caught:
        channel().verify(RawRequest(body, {}, LOCAL))
    assert caught.value.status == 401


def test_repeated_parameters_are_signed_and_kept_in_order() -> None:
    pairs = [("MessageSid", "SM1"), ("From", "whatsapp:+447700900123"), ("Tag", "b"), ("Tag", "a")]
    body = encode_form(pairs)
    form = parse_form(body)
    assert form["Tag"] == ["b", "a"]
    headers = {"x-twilio-signature": sign(LOCAL, form, TOKEN)}
    channel().verify(RawRequest(body, headers, LOCAL))


# --- parsing ------------------------------------------------------------------------------

AUDIO_URL = "https://api.twilio.com/2010-04-01/Accounts/" + SID


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("text", {"kind": MessageKind.TEXT, "text": "I have a headache",
                  "message_id": "SM5f0e4c1d2b3a49688f7e6d5c4b3a2910"}),
        ("unknown_fields", {"kind": MessageKind.TEXT, "text": "hello"}),
        ("image", {"kind": MessageKind.IMAGE, "text": "rash on my arm"}),
        ("voice_note", {"kind": MessageKind.AUDIO, "text": None}),
        ("video", {"kind": MessageKind.VIDEO, "text": None}),
        ("document", {"kind": MessageKind.DOCUMENT, "text": "my prescription"}),
        ("two_images", {"kind": MessageKind.IMAGE}),
        ("location", {"kind": MessageKind.LOCATION,
                      "location": Location(51.5072178, -0.1275862, "Trafalgar Square",
                                           "Trafalgar Square, London WC2N 5DN")}),
        ("button", {"kind": MessageKind.BUTTON, "reply_id": "delete:yes", "text": "Yes",
                    "context": MessageContext(replied_to="SM00112233445566778899aabbccddeeff")}),
        ("reply_to", {"kind": MessageKind.TEXT, "text": "it started yesterday",
                      "context": MessageContext(replied_to="SM0f0e0d0c0b0a09080706050403020100")}),
    ],
)  # fmt: skip
def test_inbound_messages(name: str, expected: dict[str, Any]) -> None:
    message = parse_one(name)
    assert isinstance(message, InboundMessage)
    assert message.channel is Channel.TWILIO
    assert message.sender == USER and message.address == USER
    assert message.business_id == "+14155238886"
    assert message.profile_name == "Alice"
    assert message.timestamp.tzinfo is not None
    for key, value in expected.items():
        assert getattr(message, key) == value, key


@pytest.mark.parametrize(
    ("name", "mime"),
    [("image", "image/jpeg"), ("voice_note", "audio/ogg"), ("video", "video/mp4"),
     ("document", "application/pdf"), ("two_images", "image/jpeg")],
)  # fmt: skip
def test_media_keeps_its_url_and_type(name: str, mime: str) -> None:
    form = load(name)
    message = parse_one(name)
    assert message.media is not None
    assert message.media.url == form["MediaUrl0"]
    assert message.media.mime_type == mime


def test_further_media_items_are_kept() -> None:
    message = parse_one("two_images")
    assert message.extra["media"] == [{"url": load("two_images")["MediaUrl1"], "type": "image/png"}]


def test_a_form_with_nothing_we_know_is_unknown_not_an_error() -> None:
    form = load("text")
    del form["Body"]
    form["MessageType"] = "reaction"
    message = parse_one_form(form)
    assert message.kind is MessageKind.UNKNOWN
    assert message.extra == {"type": "reaction"}


def parse_one_form(form: dict[str, str]) -> Any:
    adapter = channel()
    request = signed(form)
    adapter.verify(request)
    [event] = adapter.parse(request).events
    return event


@pytest.mark.parametrize(
    ("name", "status", "code"),
    [
        ("status_queued", DeliveryStatus.QUEUED, None),
        ("status_sent", DeliveryStatus.SENT, None),
        ("status_delivered", DeliveryStatus.DELIVERED, None),
        ("status_read", DeliveryStatus.READ, None),
        ("status_failed", DeliveryStatus.FAILED, "63016"),
        ("status_undelivered", DeliveryStatus.FAILED, "63024"),
    ],
)
def test_status_callbacks(name: str, status: DeliveryStatus, code: str | None) -> None:
    update = parse_one(name)
    assert isinstance(update, StatusUpdate)
    assert update.channel is Channel.TWILIO
    assert update.message_id == "SMfeedfacefeedfacefeedfacefeedface"
    assert update.status is status
    assert update.recipient == USER
    assert [e.code for e in update.errors] == ([code] if code else [])
    assert update.callback_data is None


def test_a_status_callback_carries_our_outbox_id_from_its_url() -> None:
    update = parse_one("status_delivered", f"{LOCAL}/status?ref=17")
    assert update.callback_data == "17"


def test_an_unknown_status_is_unknown_not_an_error() -> None:
    form = {**load("status_sent"), "MessageStatus": "teleported"}
    assert parse_one_form(form).status is DeliveryStatus.UNKNOWN


def test_a_message_posted_to_the_status_url_is_still_a_message() -> None:
    message = parse_one("text", f"{LOCAL}/status")
    assert isinstance(message, InboundMessage)


def test_an_unreadable_body_is_a_dead_letter_not_a_crash() -> None:
    parsed = channel().parse(RawRequest(b"\xff\xfe=\x00", {}, LOCAL))
    assert parsed.events == () and parsed.dead_letter == "missing MessageSid"


def test_parsing_logs_neither_number_nor_body(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("text", "image", "status_failed"):
        parse_one(name)
    with pytest.raises(WebhookRejected):
        channel().verify(signed(load("text"), token="wrong"))
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "447700900123" not in logged and "headache" not in logged


def test_ack_is_empty_twiml() -> None:
    response = channel().ack()
    assert response.status == 200
    assert response.headers["content-type"].startswith("text/xml")
    assert bytes(response.body).decode().endswith("<Response/>")


def test_the_channel_is_registered_when_configured() -> None:
    assert "twilio" not in build_channels(make_settings())
    channels = build_channels(
        make_settings(
            twilio_account_sid=SID, twilio_auth_token=TOKEN, twilio_whatsapp_number=NUMBER
        )
    )
    assert set(channels) == {"whatsapp", "twilio"}
    assert channels["twilio"].channel is Channel.TWILIO


# --- sending ------------------------------------------------------------------------------

Handler = Callable[[httpx.Request], httpx.Response]
SEEN: list[httpx.Request] = []


@pytest.fixture(autouse=True)
def _clear_seen() -> None:
    SEEN.clear()


def form_of(request: httpx.Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}


def created(request: httpx.Request) -> httpx.Response:
    SEEN.append(request)
    sid = f"SM{len(SEEN):032x}"
    return httpx.Response(201, json={"sid": sid, "status": "queued", "to": form_of(request)["To"]})


def twilio_error(status: int, code: int, headers: dict[str, str] | None = None) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        SEEN.append(request)
        body = {"code": code, "message": "error", "more_info": "", "status": status}
        return httpx.Response(status, json=body, headers=headers)

    return handler


def raising(exc: Exception) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        SEEN.append(request)
        raise exc

    return handler


async def send(
    handler: Handler, message: OutboundMessage | str = "Hello", **overrides: object
) -> SendResult:
    if isinstance(message, str):
        message = OutboundMessage(text=message)
    return await channel(**overrides).send(HandlerHttp(handler), USER, message, "41")


async def test_a_send_is_a_form_post_with_basic_auth() -> None:
    result = await send(created, "Drink plenty of water.")
    assert result == SendResult(ok=True, provider_id=f"SM{1:032x}")
    [request] = SEEN
    assert str(request.url) == f"{API}/2010-04-01/Accounts/{SID}/Messages.json"
    assert (
        request.headers["authorization"]
        == "Basic " + base64.b64encode(f"{SID}:{TOKEN}".encode()).decode()
    )
    assert form_of(request) == {
        "From": NUMBER,
        "To": "whatsapp:+447700900123",
        "Body": "Drink plenty of water.",
    }


async def test_a_template_is_sent_by_its_content_sid_without_a_body() -> None:
    """Outside the 24-hour window only an approved template goes through; Twilio names it by
    its Content SID."""
    sid = "HX" + "0" * 32
    await send(created, OutboundMessage("[template]", template=Template(sid)))
    assert form_of(SEEN[0]) == {"From": NUMBER, "To": "whatsapp:+447700900123", "ContentSid": sid}


async def test_a_send_asks_for_status_callbacks_when_the_public_url_is_known() -> None:
    await send(created, twilio_webhook_url=PUBLIC)
    assert form_of(SEEN[0])["StatusCallback"] == f"{PUBLIC}/status?ref=41"


async def test_the_sender_number_may_be_given_without_its_prefix() -> None:
    await send(created, twilio_whatsapp_number="+14155238886")
    assert form_of(SEEN[0])["From"] == NUMBER


@pytest.mark.parametrize(
    ("handler", "expected"),
    [
        (twilio_error(429, 20429, {"Retry-After": "7"}),
         SendResult(ok=False, error_code="20429", retryable=True, retry_after=7.0)),
        (twilio_error(500, 20500), SendResult(ok=False, error_code="20500", retryable=True)),
        (twilio_error(503, 20503, {"Retry-After": "soon"}),
         SendResult(ok=False, error_code="20503", retryable=True)),
        (twilio_error(400, 63016), SendResult(ok=False, error_code="63016")),
        (twilio_error(400, 21211), SendResult(ok=False, error_code="21211")),
        (twilio_error(401, 20003), SendResult(ok=False, error_code="20003", auth_failed=True)),
        (twilio_error(403, 20003), SendResult(ok=False, error_code="20003", auth_failed=True)),
        (lambda r: httpx.Response(502, text="<html>bad gateway</html>"),
         SendResult(ok=False, error_code="502", retryable=True)),
        (raising(NoAnswer("timeout", "slow")),
         SendResult(ok=False, error_code="timeout", retryable=True, ambiguous=True)),
        (raising(NoAnswer("not_sent", "slow")),
         SendResult(ok=False, error_code="timeout", retryable=True)),
        (raising(NoAnswer("refused", "refused")),
         SendResult(ok=False, error_code="network", retryable=True)),
        (raising(NoAnswer("cut", "reset")),
         SendResult(ok=False, error_code="network", retryable=True, ambiguous=True)),
    ],
)  # fmt: skip
async def test_send_results(handler: Handler, expected: SendResult) -> None:
    assert await send(handler) == expected


async def test_a_long_text_is_sent_in_parts_of_at_most_1600() -> None:
    text = "\n\n".join(f"Paragraph {i}. " + "Rest and drink water. " * 30 for i in range(6))
    assert len(text) > 2 * TEXT_LIMIT
    result = await send(created, text)
    bodies = [form_of(r)["Body"] for r in SEEN]
    assert len(bodies) >= 3 and all(len(b) <= TEXT_LIMIT for b in bodies)
    assert " ".join(bodies).split() == text.split()
    assert result.provider_id == f"SM{len(SEEN):032x}"


async def test_a_failed_part_stops_the_rest() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return created(request) if len(calls) == 1 else twilio_error(500, 20500)(request)

    result = await send(handler, "word " * 700)
    assert len(calls) == 2 and result.retryable


async def test_buttons_become_numbered_options() -> None:
    message = OutboundMessage(
        "How long have you had it?",
        buttons=(Button("ans:duration:1", "Since today"), Button("ans:duration:3", "A few days")),
    )
    await send(created, message)
    [request] = SEEN
    assert form_of(request)["Body"] == "How long have you had it?\n\n1. Since today\n2. A few days"


async def test_a_list_becomes_numbered_rows_under_its_label() -> None:
    rows = (
        ListRow("topic:headache", "Headache", "Tension, migraine"),
        ListRow("topic:cold", "Cold"),
    )
    await send(created, OutboundMessage("Which one?", menu=ListMenu("Topics", rows)))
    body = form_of(SEEN[0])["Body"]
    assert body == "Which one?\n\n*Topics*\n1. Headache – Tension, migraine\n2. Cold"


async def test_options_stay_together_when_the_text_is_long() -> None:
    text = "a" * (TEXT_LIMIT - 5)
    await send(created, OutboundMessage(text, buttons=(Button("y", "Yes"), Button("n", "No"))))
    assert [form_of(r)["Body"] for r in SEEN] == [text, "1. Yes\n2. No"]


@pytest.mark.parametrize(
    "overrides",
    [{"twilio_whatsapp_number": None}, {"twilio_auth_token": None}, {"twilio_account_sid": None}],
)
async def test_without_settings_nothing_is_sent(overrides: dict[str, object]) -> None:
    result = await send(created, "Hello", **overrides)
    assert result == SendResult(ok=False, error_code="not_configured")
    assert SEEN == []


async def test_an_empty_message_is_not_sent() -> None:
    assert (await send(created, "   ")).error_code == "empty_message"
    assert SEEN == []


async def test_mark_read_is_a_no_op() -> None:
    await channel().mark_read(HandlerHttp(created), "SM5f0e4c1d2b3a49688f7e6d5c4b3a2910")
    assert SEEN == []


async def test_sending_logs_neither_number_nor_body(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    await send(created, "private words")
    await send(twilio_error(400, 63016), "private words")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "447700900123" not in logged and "private words" not in logged
    assert TOKEN not in logged


# --- robustness ---------------------------------------------------------------------------

_FIELDS = st.sampled_from(
    ["Body", "NumMedia", "MediaUrl0", "MediaContentType0", "Latitude", "Longitude", "Address",
     "ButtonText", "ButtonPayload", "ListId", "MessageStatus", "ErrorCode", "WaId", "From",
     "OriginalRepliedMessageSid", "Forwarded", "ProfileName", "To"]
)  # fmt: skip


@given(st.dictionaries(_FIELDS, st.text(max_size=40), max_size=12))
@settings(max_examples=300, deadline=None)
def test_any_signed_form_parses_without_raising(fields: dict[str, str]) -> None:
    form = {"MessageSid": "SM" + "a" * 32, **fields}
    adapter = channel()
    request = signed(form)
    try:
        adapter.verify(request)
    except WebhookRejected as exc:
        assert (exc.status, exc.reason) == (400, "missing From")
        return
    parsed = adapter.parse(request)
    assert parsed.dead_letter is None and len(parsed.events) == 1
    [event] = parsed.events
    if isinstance(event, InboundMessage):
        assert event.sender.strip() and event.address == event.sender

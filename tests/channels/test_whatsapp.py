"""The Meta adapter: signature and subscription checks, and parsing of every named fixture."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from selfcare.channels.base import RawRequest, WebhookRejected
from selfcare.channels.whatsapp import (
    WhatsAppChannel,
    parse_payload,
    sign,
    status_webhook,
    text_webhook,
    verify_signature,
    verify_subscription,
)
from selfcare.events import (
    Channel,
    DeliveryStatus,
    InboundMessage,
    Location,
    MessageKind,
    StatusUpdate,
    Unparsed,
)
from tests.conftest import PHONE_NUMBER_ID, SECRET, VERIFY_TOKEN, make_settings

DATA = Path(__file__).parent.parent / "data" / "whatsapp"
USER = "+447700900123"
OUR_WAMID = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA="
WHEN = datetime.fromtimestamp(1739321024, tz=UTC)


def load(name: str) -> bytes:
    return (DATA / f"{name}.json").read_bytes()


def request(body: bytes, headers: dict[str, str] | None = None) -> RawRequest:
    return RawRequest(body=body, headers=headers or {})


@pytest.fixture
def channel() -> WhatsAppChannel:
    return WhatsAppChannel(make_settings())


def parse_one(channel: WhatsAppChannel, name: str) -> Any:
    parsed = channel.parse(request(load(name)))
    assert parsed.dead_letter is None
    assert len(parsed.events) == 1, parsed.events
    return parsed.events[0]


# --- signatures ---------------------------------------------------------------------------


def test_sign_is_hmac_sha256_hex() -> None:
    # RFC 4231, test case 2.
    assert sign(b"what do ya want for nothing?", "Jefe") == (
        "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    )


def test_good_signature_accepted(channel: WhatsAppChannel) -> None:
    body = load("text")
    channel.verify(request(body, {"x-hub-signature-256": sign(body, SECRET)}))


def test_upper_case_hex_accepted(channel: WhatsAppChannel) -> None:
    body = load("text")
    digest = sign(body, SECRET).removeprefix("sha256=")
    channel.verify(request(body, {"x-hub-signature-256": "sha256=" + digest.upper()}))


def test_header_name_case_insensitive(channel: WhatsAppChannel) -> None:
    body = load("text")
    channel.verify(request(body, {"X-Hub-Signature-256": sign(body, SECRET)}))


def _tamper(body: bytes) -> dict[str, str]:
    good = sign(body, SECRET)
    digest = good.removeprefix("sha256=")
    return {
        "wrong secret": sign(body, "not-the-secret"),
        "truncated hex": good[:-1],
        "extended hex": good + "0",
        "missing prefix": digest,
        "wrong prefix": "sha1=" + digest,
        "upper-case prefix": "SHA256=" + digest,
        "other body": sign(body + b" ", SECRET),
        "not ascii": "sha256=" + "é" * 64,
        "garbage": "sha256=zz",
    }


@pytest.mark.parametrize("case", list(_tamper(b"{}")))
def test_bad_signature_rejected_403(channel: WhatsAppChannel, case: str) -> None:
    body = load("text")
    header = _tamper(body)[case]
    with pytest.raises(WebhookRejected) as info:
        channel.verify(request(body, {"x-hub-signature-256": header}))
    assert info.value.status == 403
    assert info.value.reason == "bad signature"


def test_body_changed_by_one_byte_rejected(channel: WhatsAppChannel) -> None:
    body = load("text")
    header = sign(body, SECRET)
    for i in (0, len(body) // 2, len(body) - 1):
        changed = body[:i] + bytes([body[i] ^ 1]) + body[i + 1 :]
        with pytest.raises(WebhookRejected) as info:
            channel.verify(request(changed, {"x-hub-signature-256": header}))
        assert info.value.status == 403


@pytest.mark.parametrize("headers", [{}, {"x-hub-signature-256": ""}, {"x-hub-signature-256": " "}])
def test_missing_signature_rejected_401(channel: WhatsAppChannel, headers: dict[str, str]) -> None:
    with pytest.raises(WebhookRejected) as info:
        channel.verify(request(load("text"), headers))
    assert info.value.status == 401
    assert info.value.reason == "missing signature"


def test_rejection_reason_holds_no_body_or_secret() -> None:
    body = b'{"secret body": "+447700900123"}'
    for header in [None, "sha256=00", sign(body, "x")]:
        with pytest.raises(WebhookRejected) as info:
            verify_signature(body, header, SECRET)
        text = f"{info.value} {info.value.reason!r} {info.value.args!r}"
        assert SECRET not in text and "447700900123" not in text and "secret body" not in text


def test_no_secret_and_no_token_accepts_unsigned() -> None:
    settings = make_settings(whatsapp_webhook_secret=None, whatsapp_access_token=None)
    WhatsAppChannel(settings).verify(request(load("text")))


def test_no_secret_with_a_token_refuses_unsigned() -> None:
    channel = WhatsAppChannel(make_settings(whatsapp_webhook_secret=None))
    with pytest.raises(WebhookRejected) as info:
        channel.verify(request(load("text")))
    assert info.value.status == 403 and "WHATSAPP_WEBHOOK_SECRET" in info.value.reason


# --- subscription -------------------------------------------------------------------------


def _query(**overrides: str) -> dict[str, str]:
    query = {
        "hub.mode": "subscribe",
        "hub.verify_token": VERIFY_TOKEN,
        "hub.challenge": "1158201444",
    }
    query.update(overrides)
    return query


def test_subscription_echoes_challenge() -> None:
    assert verify_subscription(_query(), VERIFY_TOKEN) == "1158201444"
    reply = WhatsAppChannel(make_settings()).handshake(RawRequest(b"", {}, query=_query()))
    assert (reply.status, reply.body) == (200, b"1158201444")


@pytest.mark.parametrize(
    "query",
    [
        _query(**{"hub.verify_token": "wrong"}),
        _query(**{"hub.verify_token": ""}),
        _query(**{"hub.verify_token": VERIFY_TOKEN + "x"}),
        _query(**{"hub.verify_token": "é"}),
        _query(**{"hub.mode": "unsubscribe"}),
        _query(**{"hub.challenge": ""}),
        {"hub.mode": "subscribe", "hub.challenge": "1"},
        {},
    ],
)
def test_subscription_refused(query: dict[str, str]) -> None:
    assert verify_subscription(query, VERIFY_TOKEN) is None


def test_subscription_without_configured_token_refused(caplog: pytest.LogCaptureFixture) -> None:
    assert verify_subscription(_query(), None) is None
    assert verify_subscription(_query(**{"hub.verify_token": ""}), "") is None
    channel = WhatsAppChannel(make_settings(whatsapp_verify_token=None))
    with caplog.at_level(logging.INFO):
        reply = channel.handshake(RawRequest(b"", {}, query=_query()))
    assert reply.status == 403 and b"1158201444" not in reply.body
    # The log says why (the setting's name), never a token.
    assert "WHATSAPP_VERIFY_TOKEN is not set" in caplog.text
    assert VERIFY_TOKEN not in caplog.text


def test_a_wrong_verify_token_is_refused_without_logging_either_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    channel = WhatsAppChannel(make_settings())
    with caplog.at_level(logging.INFO):
        reply = channel.handshake(
            RawRequest(b"", {}, query=_query(**{"hub.verify_token": "guess"}))
        )
    assert reply.status == 403
    assert "refused" in caplog.text
    assert "guess" not in caplog.text and VERIFY_TOKEN not in caplog.text


# --- parsing: the named fixtures ------------------------------------------------------------

# fixture name → expected attributes of the single InboundMessage it holds
INBOUND: dict[str, dict[str, Any]] = {
    "text": {"kind": MessageKind.TEXT, "text": "I have had a headache since this morning"},
    "image": {
        "kind": MessageKind.IMAGE,
        "text": "my rash",
        "media.media_id": "1003383421387256",
        "media.mime_type": "image/jpeg",
        "media.caption": "my rash",
    },
    "video": {"kind": MessageKind.VIDEO, "media.mime_type": "video/mp4"},
    "document": {
        "kind": MessageKind.DOCUMENT,
        "media.filename": "blood-test.pdf",
        "media.mime_type": "application/pdf",
        "text": "test results",
    },
    "sticker": {"kind": MessageKind.STICKER, "media.mime_type": "image/webp", "text": None},
    "audio": {"kind": MessageKind.AUDIO, "media.voice": False},
    "voice": {
        "kind": MessageKind.AUDIO,
        "media.voice": True,
        "media.mime_type": "audio/ogg; codecs=opus",
    },
    "location": {
        "kind": MessageKind.LOCATION,
        "location": Location(
            37.483307, -122.148981, "Philz Coffee", "1 Hacker Way, Menlo Park, CA 94025"
        ),
    },
    "contacts": {"kind": MessageKind.CONTACTS, "text": None},
    "button_reply": {
        "kind": MessageKind.INTERACTIVE,
        "subtype": "button_reply",
        "reply_id": "triage_yes",
        "text": "Yes",
        "context.replied_to": OUR_WAMID,
    },
    "list_reply": {
        "kind": MessageKind.INTERACTIVE,
        "subtype": "list_reply",
        "reply_id": "topic_fever",
        "text": "Fever",
    },
    "nfm_reply": {"kind": MessageKind.INTERACTIVE, "subtype": "nfm_reply", "text": "Sent"},
    "button": {"kind": MessageKind.BUTTON, "text": "Remind me later", "reply_id": "REMIND_LATER"},
    "reaction": {
        "kind": MessageKind.REACTION,
        "reaction_emoji": "\U0001f44d",
        "reacted_to": OUR_WAMID,
    },
    "reaction_removed": {
        "kind": MessageKind.REACTION,
        "reaction_emoji": "",
        "reacted_to": OUR_WAMID,
    },
    "order": {"kind": MessageKind.ORDER, "text": "Please deliver today"},
    "system_number_changed": {
        "kind": MessageKind.SYSTEM,
        "subtype": "user_changed_number",
        "text": None,
        "profile_name": None,
    },
    "unsupported": {"kind": MessageKind.UNSUPPORTED, "subtype": "edit"},
    "unknown_type": {"kind": MessageKind.UNKNOWN, "text": None},
    "context_reply": {
        "kind": MessageKind.TEXT,
        "context.replied_to": OUR_WAMID,
        "context.forwarded": False,
    },
    "forwarded": {
        "kind": MessageKind.TEXT,
        "context.replied_to": None,
        "context.forwarded": True,
        "context.frequently_forwarded": True,
    },
    "referral": {"kind": MessageKind.TEXT, "text": "Hi, I saw your ad"},
}


def _get(obj: object, dotted: str) -> object:
    for name in dotted.split("."):
        obj = getattr(obj, name)
    return obj


@pytest.mark.parametrize("name", list(INBOUND))
def test_inbound_fixture(channel: WhatsAppChannel, name: str) -> None:
    event = parse_one(channel, name)
    assert isinstance(event, InboundMessage)
    assert event.channel is Channel.WHATSAPP
    assert event.sender == USER and event.reply_to == USER and event.address == USER
    assert event.business_id == PHONE_NUMBER_ID
    assert event.timestamp == WHEN
    assert event.message_id.startswith("wamid.")
    if name != "system_number_changed":  # system messages carry no contacts array
        assert event.profile_name == "Sheena Nelson"
    for dotted, expected in INBOUND[name].items():
        assert _get(event, dotted) == expected, dotted


def test_every_fixture_is_covered() -> None:
    names = {p.stem for p in DATA.glob("*.json")}
    covered = (
        set(INBOUND)
        | set(STATUSES)
        | {
            "batch",
            "not_whatsapp",
            "other_field",
            "bad_timestamp",
            "bsuid_without_from",
            "bsuid_contact_only",
            "bsuid_with_from",
            "status_bsuid",
        }
    )
    assert names == covered


def test_nfm_reply_keeps_response_json(channel: WhatsAppChannel) -> None:
    event = parse_one(channel, "nfm_reply")
    assert json.loads(event.extra["response_json"]) == {
        "flow_token": "AQAAAAACS5FpgQ_cAAAAAD0QI3s.",
        "symptom": "cough",
    }


def test_list_reply_keeps_description(channel: WhatsAppChannel) -> None:
    assert parse_one(channel, "list_reply").extra["description"] == "High temperature"


def test_contacts_and_order_kept_in_extra(channel: WhatsAppChannel) -> None:
    contacts = parse_one(channel, "contacts").extra["contacts"]
    assert contacts[0]["name"]["formatted_name"] == "Barbara J. Johnson"
    order = parse_one(channel, "order").extra["order"]
    assert order["product_items"][0]["product_retailer_id"] == "di9ozbzfi4"


def test_system_message_keeps_new_number_out_of_text(channel: WhatsAppChannel) -> None:
    event = parse_one(channel, "system_number_changed")
    assert event.text is None
    assert event.extra["system"]["wa_id"] == "447700900999"


def test_unsupported_carries_errors(channel: WhatsAppChannel) -> None:
    (error,) = parse_one(channel, "unsupported").errors
    assert error.code == "131051"
    assert error.title == "Message type unknown"
    assert error.detail == "Message type is currently not supported."


def test_unknown_type_keeps_type_name(channel: WhatsAppChannel) -> None:
    assert parse_one(channel, "unknown_type").extra["type"] == "hologram"


def test_referral_kept(channel: WhatsAppChannel) -> None:
    referral = parse_one(channel, "referral").referral
    assert referral is not None
    assert referral["source_type"] == "ad"
    assert referral["ctwa_clid"].startswith("ARAkLkA8")


def test_bsuid_without_from(channel: WhatsAppChannel) -> None:
    for name in ("bsuid_without_from", "bsuid_contact_only"):
        event = parse_one(channel, name)
        assert isinstance(event, InboundMessage)
        assert event.sender == "US.13491208655302741918"
        assert event.reply_to == "US.13491208655302741918"
        assert event.profile_name == "Sheena Nelson"
        assert event.extra["username"] == "@sheena"


def test_bsuid_with_from_prefers_phone_and_keeps_user_id(channel: WhatsAppChannel) -> None:
    event = parse_one(channel, "bsuid_with_from")
    assert event.sender == USER
    assert event.extra["user_id"] == "GB.9912873645"


def test_bad_timestamp_becomes_now(channel: WhatsAppChannel) -> None:
    before = datetime.now(UTC)
    event = parse_one(channel, "bad_timestamp")
    assert before <= event.timestamp <= datetime.now(UTC)
    assert event.timestamp.tzinfo is not None


STATUSES: dict[str, dict[str, Any]] = {
    "status_sent": {"status": DeliveryStatus.SENT, "message_id": "wamid.OUT1"},
    "status_delivered": {"status": DeliveryStatus.DELIVERED},
    "status_read": {"status": DeliveryStatus.READ},
    "status_failed": {"status": DeliveryStatus.FAILED, "message_id": "wamid.OUT2"},
    "status_played": {"status": DeliveryStatus.PLAYED},
    "status_unknown": {"status": DeliveryStatus.UNKNOWN},
}


@pytest.mark.parametrize("name", list(STATUSES))
def test_status_fixture(channel: WhatsAppChannel, name: str) -> None:
    event = parse_one(channel, name)
    assert isinstance(event, StatusUpdate)
    assert event.recipient == USER
    assert event.callback_data == "out-42"
    assert event.timestamp == WHEN
    for attr, expected in STATUSES[name].items():
        assert getattr(event, attr) == expected


def test_failed_status_errors(channel: WhatsAppChannel) -> None:
    (error,) = parse_one(channel, "status_failed").errors
    assert error.code == "131047"
    assert error.title == "Re-engagement message"
    assert "24 hours" in error.detail


def test_status_to_bsuid(channel: WhatsAppChannel) -> None:
    event = parse_one(channel, "status_bsuid")
    assert event.recipient == "US.13491208655302741918"
    assert event.callback_data == "out-43"


def test_batch_walks_every_entry_change_message_and_status(channel: WhatsAppChannel) -> None:
    parsed = channel.parse(request(load("batch")))
    assert parsed.dead_letter is None
    inbound = [e for e in parsed.events if isinstance(e, InboundMessage)]
    statuses = [e for e in parsed.events if isinstance(e, StatusUpdate)]
    unparsed = [e for e in parsed.events if isinstance(e, Unparsed)]
    assert [(m.message_id, m.sender, m.profile_name) for m in inbound] == [
        ("wamid.B1", "+447700900001", "Ann"),
        ("wamid.B2", "+447700900002", "Bob"),
    ]
    # Cy wrote to another number on the same app: answering would come from the wrong
    # number, so it is kept as a dead letter, with the reason (issue 9, defect 5).
    [other] = [u for u in unparsed if u.reason == "message to a business number not configured"]
    assert other.data["message_id"] == "wamid.B3"
    assert other.data["business_id"] == "106540352242923"
    assert [(s.message_id, s.status, s.callback_data) for s in statuses] == [
        ("wamid.OUTB1", DeliveryStatus.DELIVERED, "out-1"),
        ("wamid.OUTB2", DeliveryStatus.READ, "out-2"),
    ]
    assert sorted(u.reason for u in unparsed) == [
        "message is not an object",
        "message to a business number not configured",
        "unhandled field: account_update",
    ]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (load("not_whatsapp"), "object is not whatsapp_business_account"),
        (b"", "body is not JSON"),
        (b"not json", "body is not JSON"),
        (b"\xff\xfe\x00", "body is not JSON"),
        (b"[1, 2]", "body is not a JSON object"),
        (b'"string"', "body is not a JSON object"),
        (b"[" * 100_000, "body is not JSON"),
        (b'{"object": "whatsapp_business_account"}', "entry is not a list"),
        (b'{"object": "whatsapp_business_account", "entry": {}}', "entry is not a list"),
    ],
)
def test_dead_letters(channel: WhatsAppChannel, body: bytes, reason: str) -> None:
    parsed = channel.parse(request(body))
    assert parsed.events == ()
    assert parsed.dead_letter == reason


def test_other_field_is_unparsed_not_dead(channel: WhatsAppChannel) -> None:
    event = parse_one(channel, "other_field")
    assert isinstance(event, Unparsed)
    assert event.reason == "unhandled field: account_update"
    assert event.data["field"] == "account_update"


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ({"messages": "x"}, "messages is not a list"),
        ({"statuses": {"id": 1}}, "statuses is not a list"),
        ({"messages": [{"from": "1", "timestamp": "1"}]}, "message without id"),
        ({"messages": [{"id": "wamid.1", "type": "text"}]}, "message without sender"),
        ({"messages": [[["nested"]]]}, "message is not an object"),
        ({"statuses": [{"status": "read"}]}, "status without id"),
        ({"statuses": [None]}, "status is not an object"),
        ({"contacts": []}, "change without messages or statuses"),
    ],
)
def test_unusable_elements_become_unparsed(
    channel: WhatsAppChannel, value: dict[str, Any], reason: str
) -> None:
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "1", "changes": [{"field": "messages", "value": value}]}],
    }
    parsed = channel.parse(request(json.dumps(body).encode()))
    assert parsed.dead_letter is None
    (event,) = parsed.events
    assert isinstance(event, Unparsed) and event.reason == reason


def test_wrong_types_inside_a_message_are_tolerated(channel: WhatsAppChannel) -> None:
    message = {
        "from": 447700900123,  # a number, not a string
        "id": "wamid.X",
        "timestamp": ["1739321024"],
        "type": "image",
        "image": "not an object",
        "context": {"id": 5, "forwarded": "yes"},
        "referral": "not an object",
        "errors": [None, {"code": None}, {"code": 1, "error_data": "x"}],
    }
    body = {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "changes": [
                    {
                        "field": "messages",
                        "value": {"metadata": [], "contacts": "x", "messages": [message]},
                    }
                ]
            }
        ],
    }
    (event,) = channel.parse(request(json.dumps(body).encode())).events
    assert isinstance(event, InboundMessage)
    assert event.sender == USER
    assert event.kind is MessageKind.IMAGE
    assert event.media is not None and event.media.media_id is None
    assert event.context is not None and event.context.replied_to == "5"
    assert event.context.forwarded is False
    assert event.referral is None and event.business_id is None
    assert [e.code for e in event.errors] == ["1"]


def test_unparsed_logs_only_at_debug_without_pii(
    channel: WhatsAppChannel, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="selfcare")
    body = {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messages": [
                                {
                                    "from": "447700900123",
                                    "type": "text",
                                    "text": {"body": "my chest hurts"},
                                }
                            ]
                        },
                    },
                ]
            }
        ],
    }
    channel.parse(request(json.dumps(body).encode()))
    channel.parse(request(load("batch")))
    channel.parse(request(load("bad_timestamp")))
    assert caplog.records, "expected DEBUG lines"
    assert all(r.levelno <= logging.DEBUG for r in caplog.records)
    logged = caplog.text
    assert "447700900" not in logged and "chest" not in logged and "one" not in logged.split()


# --- body builders --------------------------------------------------------------------------


def test_text_webhook_round_trip(channel: WhatsAppChannel) -> None:
    body = text_webhook(
        "+447700900123",
        "Hello ✓",
        phone_number_id=PHONE_NUMBER_ID,
        message_id="wamid.A",
        timestamp=1739321024,
        name="Ann",
    )
    channel.verify(request(body, {"x-hub-signature-256": sign(body, SECRET)}))
    (event,) = channel.parse(request(body)).events
    assert isinstance(event, InboundMessage)
    assert (event.sender, event.text, event.message_id, event.business_id) == (
        USER,
        "Hello ✓",
        "wamid.A",
        PHONE_NUMBER_ID,
    )
    assert (event.profile_name, event.timestamp) == ("Ann", WHEN)


def test_text_webhook_unique_ids_and_bsuid_sender(channel: WhatsAppChannel) -> None:
    first = text_webhook("+447700900123", "a", phone_number_id=PHONE_NUMBER_ID)
    second = text_webhook("+447700900123", "a", phone_number_id=PHONE_NUMBER_ID)
    ids = {
        e.message_id
        for b in (first, second)
        for e in channel.parse(request(b)).events
        if isinstance(e, InboundMessage)
    }
    assert len(ids) == 2
    (event,) = channel.parse(
        request(text_webhook("US.1349", "b", phone_number_id=PHONE_NUMBER_ID))
    ).events
    assert isinstance(event, InboundMessage) and event.sender == "US.1349"


def test_status_webhook_round_trip(channel: WhatsAppChannel) -> None:
    body = status_webhook(
        "wamid.OUT",
        "failed",
        recipient=USER,
        phone_number_id="1",
        callback_data="out-7",
        error_code=131047,
        timestamp=1739321024,
    )
    (event,) = channel.parse(request(body)).events
    assert isinstance(event, StatusUpdate)
    assert (event.message_id, event.status, event.recipient, event.callback_data) == (
        "wamid.OUT",
        DeliveryStatus.FAILED,
        USER,
        "out-7",
    )
    assert event.errors[0].code == "131047"
    assert event.timestamp == WHEN


@pytest.mark.parametrize(
    ("field", "reason"),
    [
        ("account_update", "unhandled field: account_update"),
        ("my chest hurts call +447700900123", "unhandled field: (not a name)"),
        (["a", "list"], "unhandled field: (not a name)"),
    ],
)
def test_an_unhandled_field_is_named_only_when_it_is_a_name(field: object, reason: str) -> None:
    """Dead-letter reasons are logged at INFO: a field value the sender chose must not carry
    their words (or a number) into the log."""
    body = json.dumps({"entry": [{"changes": [{"field": field, "value": {}}]}]}).encode()
    (event,) = parse_payload(body).events
    assert isinstance(event, Unparsed)
    assert event.reason == reason

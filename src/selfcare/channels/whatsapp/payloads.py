"""Meta WhatsApp Cloud API payloads ⇄ :mod:`selfcare.events` (private to the adapter).

Inbound: :func:`parse_payload` walks every entry × change × (messages, statuses) of one webhook
body and never raises; what it cannot use becomes :class:`~selfcare.events.Unparsed`.
Hand-written test bodies (a setup guide's curl) are read as Meta's when their shape is: no
``"object"`` or ``"field"`` needed while ``entry[].changes[].value`` holds messages or
statuses, a message's ``type`` is the one content key it carries, and a message without an
``id`` gets one derived from its content (so the very same body sent again is a duplicate,
as a redelivery would be). Meta's own bodies always carry all of these.
Outbound test bodies: :func:`text_webhook` and :func:`status_webhook` build realistic webhook
bodies (for ``selfcare simulate`` and the tests).

Nothing here logs above DEBUG, and no log line carries a phone number or a message body.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import secrets
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from selfcare import jsontext
from selfcare.channels.address import normalize_address, phone_number
from selfcare.channels.base import Parsed, storable, within_limits
from selfcare.events import (
    Channel,
    DeliveryStatus,
    Event,
    InboundMessage,
    Location,
    Media,
    MessageContext,
    MessageKind,
    ProviderError,
    StatusUpdate,
    Unparsed,
    parse_enum,
)

log = logging.getLogger("selfcare.channels.whatsapp")

WABA_OBJECT = "whatsapp_business_account"
INTERNAL_ERROR = "internal parse error"
_MEDIA_KINDS = frozenset(
    {
        MessageKind.IMAGE,
        MessageKind.VIDEO,
        MessageKind.DOCUMENT,
        MessageKind.STICKER,
        MessageKind.AUDIO,
    }
)
_CH = Channel.WHATSAPP
_KINDS = frozenset(MessageKind)


# --- tolerant accessors -------------------------------------------------------------------


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: object) -> str | None:
    """A non-empty string; numbers become strings (ids sometimes arrive as numbers)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str) and value:
        return value
    return None


def _text(value: object) -> str | None:
    """Free text: a string (may be empty) or None."""
    return value if isinstance(value, str) else None


def _float(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float | str):
        try:
            return float(value)
        except (ValueError, OverflowError):
            return None
    return None


_FIELD_NAME = re.compile(r"[a-z][a-z_]{0,59}")


def _short(value: object, limit: int = 60) -> str:
    text = value if isinstance(value, str) else type(value).__name__
    return text[:limit]


def parse_timestamp(value: object) -> datetime:
    """Meta's Unix-seconds string as an aware UTC datetime; a bad value becomes now."""
    try:
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise TypeError
        seconds = int(value)
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        log.debug("whatsapp: unusable timestamp (%s), using now", type(value).__name__)
        return datetime.now(UTC)


def _errors(value: object) -> tuple[ProviderError, ...]:
    out: list[ProviderError] = []
    for item in _list(value):
        err = _dict(item)
        code = _str(err.get("code"))
        if code is None:
            continue
        detail = _text(_dict(err.get("error_data")).get("details")) or _text(err.get("message"))
        out.append(
            ProviderError(code=code, title=_text(err.get("title")) or "", detail=detail or "")
        )
    return tuple(out)


def _unparsed(reason: str, data: object) -> Unparsed:
    log.debug("whatsapp: unparsed element: %s", reason)
    return Unparsed(_CH, reason, data if isinstance(data, dict) else {"value": data})


# --- the walk -----------------------------------------------------------------------------


def parse_payload(body: bytes) -> Parsed:
    """Translate one webhook body into events. Never raises."""
    try:
        data = jsontext.loads(body)  # fast, and as the standard parser reads it
        # Only an escape (\u...) or a NaN/Infinity literal can carry what storable() removes.
        if b"\\u" in body or b"NaN" in body or b"Infinity" in body:
            data = storable(data)
    except (ValueError, RecursionError):
        return Parsed(dead_letter="body is not JSON")
    if not isinstance(data, dict):
        return Parsed(dead_letter="body is not a JSON object")
    if data.get("object", WABA_OBJECT) != WABA_OBJECT:
        return Parsed(dead_letter=f"object is not {WABA_OBJECT}")
    entries = data.get("entry")
    if not isinstance(entries, list):
        return Parsed(dead_letter="entry is not a list")
    try:
        return Parsed(events=within_limits(_walk(entries)))
    except Exception as exc:  # a bug, not bad input: keep the body, do not crash the route
        log.warning("whatsapp: parse failed with %s", type(exc).__name__)
        return Parsed(dead_letter=INTERNAL_ERROR)


def _walk(entries: list[Any]) -> list[Event]:
    events: list[Event] = []
    for entry in entries:
        if not isinstance(entry, dict):
            events.append(_unparsed("entry is not an object", entry))
            continue
        changes = entry.get("changes")
        if not isinstance(changes, list):
            events.append(_unparsed("entry without a changes list", entry))
            continue
        for change in changes:
            events.extend(_change(change))
    return events


def _change(change: object) -> list[Event]:
    if not isinstance(change, dict):
        return [_unparsed("change is not an object", change)]
    field = change.get("field", "messages")
    if field != "messages":
        # Meta's field names are identifiers; anything else is the sender's own text, which
        # must not reach the INFO log that reports dead letters.
        name = field if isinstance(field, str) and _FIELD_NAME.fullmatch(field) else "(not a name)"
        return [_unparsed(f"unhandled field: {name}", change)]
    value = change.get("value")
    if not isinstance(value, dict):
        return [_unparsed("change value is not an object", change)]
    messages, statuses = value.get("messages"), value.get("statuses")
    if messages is None and statuses is None:
        return [_unparsed("change without messages or statuses", change)]
    business_id = _str(_dict(value.get("metadata")).get("phone_number_id"))
    contacts = _Contacts(value.get("contacts"))
    events: list[Event] = []
    if messages is not None:
        if not isinstance(messages, list):
            events.append(_unparsed("messages is not a list", {"messages": messages}))
        else:
            events.extend(_message(m, business_id, contacts) for m in messages)
    if statuses is not None:
        if not isinstance(statuses, list):
            events.append(_unparsed("statuses is not a list", {"statuses": statuses}))
        else:
            events.extend(_status(s) for s in statuses)
    return events


class _Contacts:
    """``value.contacts``: profile names and business-scoped ids, by wa_id and by user_id."""

    def __init__(self, raw: object) -> None:
        self.items = [c for c in _list(raw) if isinstance(c, dict)]
        self.by_wa_id: dict[str, dict[str, Any]] = {}
        self.by_user_id: dict[str, dict[str, Any]] = {}
        for contact in self.items:
            wa_id, user_id = _str(contact.get("wa_id")), _str(contact.get("user_id"))
            if wa_id:
                self.by_wa_id.setdefault(normalize_address(wa_id), contact)
            if user_id:
                self.by_user_id.setdefault(user_id, contact)

    def find(self, phone: str | None, user_id: str | None) -> dict[str, Any]:
        if phone and phone in self.by_wa_id:
            return self.by_wa_id[phone]
        if user_id and user_id in self.by_user_id:
            return self.by_user_id[user_id]
        if len(self.items) == 1 and not (phone and _str(self.items[0].get("wa_id"))):
            return self.items[0]
        return {}


def _message(raw: object, business_id: str | None, contacts: _Contacts) -> Event:
    if not isinstance(raw, dict):
        return _unparsed("message is not an object", raw)
    kind = parse_enum(MessageKind, raw.get("type") or _content_key(raw), MessageKind.UNKNOWN)
    message_id = _str(raw.get("id"))
    if message_id is None:
        if kind is MessageKind.UNKNOWN:
            return _unparsed("message without id", raw)
        message_id = _content_id(raw, business_id)
    phone_raw = _str(raw.get("from"))
    phone = normalize_address(phone_raw) if phone_raw else None
    user_id = _str(raw.get("from_user_id"))
    contact = contacts.find(phone, user_id)
    user_id = user_id or _str(contact.get("user_id"))
    sender = phone or user_id
    if not sender:
        return _unparsed("message without sender", raw)
    profile = _dict(contact.get("profile"))
    extra: dict[str, Any] = {}
    if user_id and phone:
        extra["user_id"] = user_id
    if username := _str(profile.get("username")):
        extra["username"] = username

    fields = _content(kind, raw, extra)
    context = _dict(raw.get("context"))
    referral = raw.get("referral")
    return InboundMessage(
        channel=_CH,
        message_id=message_id,
        sender=sender,
        reply_to=sender,
        timestamp=parse_timestamp(raw.get("timestamp")),
        kind=kind,
        business_id=business_id,
        profile_name=_text(profile.get("name")),
        context=MessageContext(
            replied_to=_str(context.get("id")),
            forwarded=context.get("forwarded") is True,
            frequently_forwarded=context.get("frequently_forwarded") is True,
        )
        if context
        else None,
        referral=dict(referral) if isinstance(referral, dict) else None,
        errors=_errors(raw.get("errors")),
        extra=extra,
        **fields,
    )


def _content_id(raw: dict[str, Any], business_id: str | None) -> str:
    """An id for a message that came without one: the same content gives the same id."""
    canonical = json.dumps([raw, business_id], sort_keys=True, default=str, ensure_ascii=False)
    return "local." + hashlib.sha256(canonical.encode(errors="replace")).hexdigest()[:40]


def _content_key(raw: dict[str, Any]) -> str | None:
    """The message type a message without ``type`` implies: its one content object."""
    kinds = [k for k in raw if k in _KINDS and isinstance(raw[k], dict)]
    return kinds[0] if len(kinds) == 1 else None


def _content(kind: MessageKind, raw: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """The kind-specific fields of one message; fills ``extra`` with kept details."""
    body = _dict(raw.get(str(kind)))
    if kind is MessageKind.TEXT:
        return {"text": _text(body.get("body"))}
    if kind in _MEDIA_KINDS:
        media = Media(
            media_id=_str(body.get("id")),
            mime_type=_text(body.get("mime_type")),
            url=_text(body.get("url")),
            caption=_text(body.get("caption")),
            filename=_text(body.get("filename")),
            voice=kind is MessageKind.AUDIO and body.get("voice") is True,
        )
        return {"media": media, "text": media.caption}
    if kind is MessageKind.LOCATION:
        location = Location(
            latitude=_float(body.get("latitude")),
            longitude=_float(body.get("longitude")),
            name=_text(body.get("name")),
            address=_text(body.get("address")),
        )
        return {"location": location}
    if kind is MessageKind.INTERACTIVE:
        return _interactive(body, extra)
    if kind is MessageKind.BUTTON:
        return {"text": _text(body.get("text")), "reply_id": _str(body.get("payload"))}
    if kind is MessageKind.REACTION:
        return {
            "reaction_emoji": _text(body.get("emoji")) or "",
            "reacted_to": _str(body.get("message_id")),
        }
    if kind is MessageKind.CONTACTS:
        extra["contacts"] = _list(raw.get("contacts"))
        return {}
    if kind is MessageKind.ORDER:
        extra["order"] = body
        return {"text": _text(body.get("text"))}
    if kind is MessageKind.SYSTEM:
        # The body names phone numbers: kept in extra, never offered as the person's text.
        extra["system"] = body
        return {"subtype": _str(body.get("type"))}
    if kind is MessageKind.UNSUPPORTED:
        return {"subtype": _str(body.get("type"))}
    extra["type"] = _short(raw.get("type"))
    return {}


def _interactive(body: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    subtype = _str(body.get("type"))
    reply = _dict(body.get(subtype)) if subtype else {}
    if subtype in ("button_reply", "list_reply"):
        if description := _text(reply.get("description")):
            extra["description"] = description
        return {
            "subtype": subtype,
            "reply_id": _str(reply.get("id")),
            "text": _text(reply.get("title")),
        }
    if subtype == "nfm_reply":
        extra["name"] = _text(reply.get("name"))
        extra["response_json"] = _text(reply.get("response_json"))
        return {"subtype": subtype, "text": _text(reply.get("body"))}
    if reply:
        extra[str(subtype)] = reply
    return {"subtype": subtype}


def _status(raw: object) -> Event:
    if not isinstance(raw, dict):
        return _unparsed("status is not an object", raw)
    message_id = _str(raw.get("id"))
    if message_id is None:
        return _unparsed("status without id", raw)
    recipient_raw = _str(raw.get("recipient_id"))
    recipient = normalize_address(recipient_raw) if recipient_raw else None
    return StatusUpdate(
        channel=_CH,
        message_id=message_id,
        status=parse_enum(DeliveryStatus, raw.get("status"), DeliveryStatus.UNKNOWN),
        timestamp=parse_timestamp(raw.get("timestamp")),
        recipient=recipient or _str(raw.get("recipient_user_id")),
        errors=_errors(raw.get("errors")),
        callback_data=_text(raw.get("biz_opaque_callback_data")),
    )


# --- realistic webhook bodies (simulate, tests) ---------------------------------------------

TEST_WABA_ID = "102290129340398"
TEST_DISPLAY_NUMBER = "15550783881"


def new_wamid() -> str:
    """A fresh id shaped like Meta's (``wamid.`` + base64-ish)."""
    return "wamid.HBgL" + secrets.token_urlsafe(30).replace("-", "A").replace("_", "B")


def _is_phone(address: str) -> bool:
    return phone_number(address) is not None


def _envelope(value: Mapping[str, Any], phone_number_id: str) -> bytes:
    value = {
        "messaging_product": "whatsapp",
        "metadata": {
            "display_phone_number": TEST_DISPLAY_NUMBER,
            "phone_number_id": phone_number_id,
        },
        **value,
    }
    payload = {
        "object": WABA_OBJECT,
        "entry": [{"id": TEST_WABA_ID, "changes": [{"value": value, "field": "messages"}]}],
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def text_webhook(
    sender: str,
    text: str,
    *,
    phone_number_id: str,
    message_id: str | None = None,
    timestamp: int | None = None,
    name: str = "Test User",
) -> bytes:
    """A Meta text-message webhook body from ``sender`` (E.164 phone or business-scoped id)."""
    message: dict[str, Any] = {
        "id": message_id or new_wamid(),
        "timestamp": str(int(time.time()) if timestamp is None else timestamp),
        "type": "text",
        "text": {"body": text},
    }
    contact: dict[str, Any] = {"profile": {"name": name}}
    if _is_phone(sender):
        wa_id = sender.lstrip("+")
        message = {"from": wa_id, **message}
        contact["wa_id"] = wa_id
    else:
        message = {"from_user_id": sender, **message}
        contact["user_id"] = sender
    return _envelope({"contacts": [contact], "messages": [message]}, phone_number_id)


def status_webhook(
    message_id: str,
    status: str = "delivered",
    *,
    recipient: str,
    phone_number_id: str,
    timestamp: int | None = None,
    callback_data: str | None = None,
    error_code: int | None = None,
    error_title: str = "Message failed to send",
) -> bytes:
    """A Meta status webhook body for one of our outbound messages."""
    item: dict[str, Any] = {
        "id": message_id,
        "status": status,
        "timestamp": str(int(time.time()) if timestamp is None else timestamp),
    }
    if _is_phone(recipient):
        item["recipient_id"] = recipient.lstrip("+")
    else:
        item["recipient_user_id"] = recipient
    if callback_data is not None:
        item["biz_opaque_callback_data"] = callback_data
    if error_code is not None:
        item["errors"] = [
            {
                "code": error_code,
                "title": error_title,
                "message": error_title,
                "error_data": {"details": error_title},
            }
        ]
    elif status in ("sent", "delivered", "read"):
        item["pricing"] = {
            "billable": True,
            "pricing_model": "PMP",
            "category": "service",
            "type": "free_customer_service",
        }
    return _envelope({"statuses": [item]}, phone_number_id)

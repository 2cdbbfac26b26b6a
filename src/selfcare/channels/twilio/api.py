"""Twilio's formats (WhatsApp through Twilio's Messaging API): forms, signatures, parsing,
send bodies and answers, and realistic webhook bodies for tests and ``selfcare simulate``.

Framework-free: functions take bytes, headers and URLs and return values. Signatures
(``X-Twilio-Signature``) are checked with the official ``twilio`` package's
``RequestValidator``; :func:`sign` wraps the same class for the tests and ``selfcare simulate``.

Decisions worth knowing:

- **The URL that was signed.** Twilio signs the public URL it called. Behind a proxy or a
  tunnel (ngrok) the server sees another one, so when ``TWILIO_WEBHOOK_URL`` is set we
  validate against it instead: its scheme, host and any path prefix, plus the path and query
  this request arrived on. The setting may be the bare public base (``https://x.ngrok.app``)
  or the full inbound URL (``https://x.ngrok.app/webhook/twilio``); a trailing
  ``/webhook/twilio`` or ``/webhook/twilio/status`` is dropped to find the base.
- **Status callbacks carry our outbox id.** Each send asks for ``StatusCallback`` =
  ``<base>/webhook/twilio/status?ref=<outbox id>`` (only when ``TWILIO_WEBHOOK_URL`` is set:
  without it we do not know our public address). ``ref`` comes back as
  ``StatusUpdate.callback_data``, so a status finds its message even when the send's own
  answer was lost to a timeout (the ambiguous case), exactly like Meta's callback data.
- **Messages and statuses share one parser.** A body with ``MessageStatus`` (other than
  ``received``) is a status callback; anything else is an inbound message. So both routes
  may point at either URL without losing anything.
- **Required fields are checked in** :meth:`TwilioChannel.verify`, after the signature: a
  signed body without ``MessageSid`` (or an inbound one without ``From``) is answered 400,
  which keeps ``app.py`` provider-free.
- **The acknowledgement is empty TwiML** (:meth:`TwilioChannel.ack`): nothing to say
  synchronously; replies go out through the REST API.
- **Buttons and lists become numbered text.** Real interactive WhatsApp messages through
  Twilio need Content API templates created ahead of time; our buttons are dynamic, so the
  options are appended to the last part as ``1. Title`` lines. A person answers by typing
  the number or the words.
- **1600 characters per message** (Twilio's limit for a WhatsApp body): longer texts are sent
  as several messages with :func:`~selfcare.channels.text.split_text`; the result's
  ``provider_id`` is the last part's ``sid``.
- **No read receipts.** Twilio has no API to mark a WhatsApp message read: ``mark_read`` is a
  no-op.
- **Error 63016** (free-form message outside the 24-hour window) is a plain 4xx: recorded
  with ``error_code="63016"`` and never retried. It more often arrives later, as a ``failed``
  status callback with ``ErrorCode=63016``; the store records that the same way.

Nothing here logs above DEBUG, and no log line carries a phone number or a message body.
"""

from __future__ import annotations

import json
import logging
import math
import secrets
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from twilio.request_validator import RequestValidator

from selfcare.channels._http import classify, error_code
from selfcare.channels.address import phone_number
from selfcare.channels.base import Parsed, SendResult, WebhookRejected, within_limits
from selfcare.channels.text import split_text
from selfcare.events import (
    Channel,
    DeliveryStatus,
    Event,
    InboundMessage,
    Location,
    Media,
    MessageContext,
    MessageKind,
    OutboundMessage,
    ProviderError,
    StatusUpdate,
)

log = logging.getLogger("selfcare.channels.twilio")

SIGNATURE_HEADER = "x-twilio-signature"
TEXT_LIMIT = 1600
INBOUND_PATH = "/webhook/twilio"
STATUS_PATH = "/webhook/twilio/status"
CALLBACK_PARAM = "ref"
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'
_PREFIX = "whatsapp:"
# Far more than Twilio ever sends (about 20-40 fields, 10 media): bounds the work a signed
# but absurd body can cause.
MAX_FIELDS = 1000

AUTH_CODES = frozenset({20003})
RETRYABLE_CODES = frozenset({20429, 20500, 20503})

_STATUSES: Mapping[str, DeliveryStatus] = {
    "accepted": DeliveryStatus.QUEUED,
    "scheduled": DeliveryStatus.QUEUED,
    "queued": DeliveryStatus.QUEUED,
    "sending": DeliveryStatus.QUEUED,
    "sent": DeliveryStatus.SENT,
    "delivered": DeliveryStatus.DELIVERED,
    "read": DeliveryStatus.READ,
    "failed": DeliveryStatus.FAILED,
    "undelivered": DeliveryStatus.FAILED,
    "canceled": DeliveryStatus.FAILED,
}
_INBOUND_STATUSES = frozenset({"received", "receiving"})
_MEDIA_KINDS: tuple[tuple[str, MessageKind], ...] = (
    ("image/", MessageKind.IMAGE),
    ("video/", MessageKind.VIDEO),
    ("audio/", MessageKind.AUDIO),
)
_CH = Channel.TWILIO


# --- forms and addresses --------------------------------------------------------------------


class Form(dict[str, list[str]]):
    """A decoded form body: every name with all its values, in the order sent.

    ``getlist`` is the method ``RequestValidator`` looks for, so repeated names are signed
    the way Twilio signs them.
    """

    def getlist(self, name: str) -> list[str]:
        return self[name]

    def first(self, name: str) -> str | None:
        """The first value of ``name`` when it is non-blank, else None."""
        values = self.get(name)
        if not values or not values[0].strip():
            return None
        return values[0]


def parse_form(body: bytes) -> Form:
    """Decode an ``application/x-www-form-urlencoded`` body; raises ValueError when absurd."""
    form = Form()
    text = body.decode("utf-8", errors="replace")
    pairs = parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_FIELDS)
    for name, value in pairs:
        form.setdefault(name, []).append(value)
    return form


def encode_form(params: Mapping[str, str] | Iterable[tuple[str, str]]) -> bytes:
    """The form body for ``params`` (what Twilio sends, what we send to Twilio)."""
    items = params.items() if isinstance(params, Mapping) else params
    return urlencode(list(items)).encode()


def twilio_address(raw: str) -> str:
    """``whatsapp:+447700900123`` → ``+447700900123``; other values lose only the prefix."""
    value = raw.strip()
    if value.lower().startswith(_PREFIX):
        value = value[len(_PREFIX) :].strip()
    return phone_number(value) or value


def whatsapp_address(address: str) -> str:
    """Our address (``+447700900123``) as Twilio wants it: ``whatsapp:+447700900123``."""
    value = address.strip()
    if value.lower().startswith(_PREFIX):
        return value
    return _PREFIX + (phone_number(value) or value)


# --- URLs -----------------------------------------------------------------------------------


def _public_base(webhook_url: str) -> str:
    """``TWILIO_WEBHOOK_URL`` without query, fragment, trailing slash or our route path."""
    parts = urlsplit(webhook_url.strip())
    path = parts.path.rstrip("/")
    for suffix in (STATUS_PATH, INBOUND_PATH):
        if path.endswith(suffix):
            path = path[: -len(suffix)]
            break
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def public_url(request_url: str, webhook_url: str | None) -> str:
    """The URL Twilio signed: the request's own, or ``TWILIO_WEBHOOK_URL``'s base with the
    request's path and query (a proxy or tunnel rewrites scheme, host and port)."""
    if not webhook_url:
        return request_url
    seen = urlsplit(request_url)
    path = seen.path
    # A proxy may also strip a path prefix: keep only our route onwards.
    at = path.find(INBOUND_PATH)
    if at > 0:
        path = path[at:]
    url = _public_base(webhook_url) + path
    return f"{url}?{seen.query}" if seen.query else url


def status_callback_url(webhook_url: str | None, callback_data: str) -> str | None:
    """Where Twilio should post statuses of one message, or None when we cannot know."""
    if not webhook_url:
        return None
    query = urlencode({CALLBACK_PARAM: callback_data}, quote_via=quote)
    return f"{_public_base(webhook_url)}{STATUS_PATH}?{query}"


# --- verification ---------------------------------------------------------------------------


def sign(url: str, params: Mapping[str, str] | Form, token: str) -> str:
    """The ``X-Twilio-Signature`` Twilio would send for a POST of ``params`` to ``url``."""
    form = params if isinstance(params, Form) else Form({k: [v] for k, v in params.items()})
    return str(RequestValidator(token).compute_signature(url, form))


def verify_signature(url: str, form: Form, header: str | None, token: str) -> None:
    """Raise :class:`WebhookRejected` unless ``header`` signs ``url`` + ``form``.

    Missing or blank header → 401; anything that does not match → 403. The reason never
    holds the body, the header or the token.
    """
    provided = (header or "").strip()
    if not provided:
        raise WebhookRejected(401, "missing signature")
    if not RequestValidator(token).validate(url, form, provided):
        raise WebhookRejected(403, "bad signature")


def _is_status(form: Form) -> bool:
    status = form.first("MessageStatus")
    return status is not None and status.lower() not in _INBOUND_STATUSES


def missing_field(form: Form) -> str | None:
    """The name of a field a usable body cannot lack, or None."""
    if form.first("MessageSid") is None:
        return "MessageSid"
    if not _is_status(form) and not twilio_address(form.first("From") or ""):
        return "From"  # absent, blank or a bare "whatsapp:": no one to answer
    return None


# --- parsing --------------------------------------------------------------------------------


def _float(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _int(value: str | None) -> int:
    try:
        return max(0, int(value or "0"))
    except ValueError:
        return 0


def _media_kind(content_type: str | None) -> MessageKind:
    kind = (content_type or "").lower()
    for prefix, media_kind in _MEDIA_KINDS:
        if kind.startswith(prefix):
            return media_kind
    return MessageKind.DOCUMENT  # PDFs, office files, vCards: anything not playable


def parse_events(form: Form, query: Mapping[str, str], now: datetime | None = None) -> Parsed:
    """Translate one verified form into events. Never raises.

    Twilio's webhooks carry no timestamp: the time of arrival stands in for it.
    """
    when = now or datetime.now(UTC)
    missing = missing_field(form)
    if missing is not None:  # verify() refuses these; kept for callers that skip it
        return Parsed(dead_letter=f"missing {missing}")
    try:
        event = _status(form, query, when) if _is_status(form) else _message(form, when)
    except Exception as exc:  # a bug, not bad input: keep the body, do not crash the route
        log.warning("twilio: parse failed with %s", type(exc).__name__)
        return Parsed(dead_letter="internal parse error")
    return Parsed(events=within_limits((event,)))


def _status(form: Form, query: Mapping[str, str], when: datetime) -> Event:
    raw = (form.first("MessageStatus") or "").lower()
    status = _STATUSES.get(raw)
    if status is None:
        log.debug("twilio: unknown MessageStatus %r", raw[:30])
        status = DeliveryStatus.UNKNOWN
    errors: tuple[ProviderError, ...] = ()
    code = form.first("ErrorCode")
    if code is not None and code != "0":
        errors = (ProviderError(code=code, detail=form.first("ErrorMessage") or ""),)
    to = form.first("To")
    return StatusUpdate(
        channel=_CH,
        message_id=form.first("MessageSid") or "",
        status=status,
        timestamp=when,
        recipient=twilio_address(to) if to else None,
        errors=errors,
        callback_data=query.get(CALLBACK_PARAM) or None,
    )


def _message(form: Form, when: datetime) -> Event:
    sender = twilio_address(form.first("From") or "")
    wa_id = form.first("WaId")
    if not sender.startswith("+") and wa_id and wa_id.isascii() and wa_id.isdigit():
        sender = "+" + wa_id  # From is not a number (future ids): the WhatsApp id is
    to = form.first("To")
    body = form.get("Body", [None])[0]
    fields: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    count = _int(form.first("NumMedia"))
    latitude, longitude = _float(form.first("Latitude")), _float(form.first("Longitude"))
    if count > 0 and form.first("MediaUrl0"):
        content_type = form.first("MediaContentType0")
        fields["kind"] = _media_kind(content_type)
        fields["media"] = Media(
            url=form.first("MediaUrl0"), mime_type=content_type, caption=body or None
        )
        fields["text"] = body or None
        if count > 1:  # one person, one album: the first item stands for it, the rest kept
            extra["media"] = [
                {"url": form.first(f"MediaUrl{i}"), "type": form.first(f"MediaContentType{i}")}
                for i in range(1, min(count, 10))
            ]
    elif latitude is not None and longitude is not None:
        fields["kind"] = MessageKind.LOCATION
        fields["location"] = Location(
            latitude=latitude,
            longitude=longitude,
            name=form.first("Label"),
            address=form.first("Address"),
        )
    elif form.first("ButtonPayload") or form.first("ButtonText"):
        fields.update(
            kind=MessageKind.BUTTON,
            reply_id=form.first("ButtonPayload"),
            text=form.first("ButtonText"),
        )
    elif form.first("ListId"):
        fields.update(
            kind=MessageKind.INTERACTIVE,
            subtype="list_reply",
            reply_id=form.first("ListId"),
            text=form.first("ListTitle"),
        )
    elif body is not None:
        fields.update(kind=MessageKind.TEXT, text=body)
    else:
        fields["kind"] = MessageKind.UNKNOWN
        extra["type"] = (form.first("MessageType") or "")[:60]
    replied_to = form.first("OriginalRepliedMessageSid")
    forwarded = (form.first("Forwarded") or "").lower() == "true"
    frequently = (form.first("FrequentlyForwarded") or "").lower() == "true"
    return InboundMessage(
        channel=_CH,
        message_id=form.first("MessageSid") or "",
        sender=sender,
        reply_to=sender,
        timestamp=when,
        business_id=twilio_address(to) if to else None,
        profile_name=form.first("ProfileName"),
        context=MessageContext(replied_to, forwarded, frequently)
        if replied_to or forwarded or frequently
        else None,
        extra=extra,
        **fields,
    )


# --- outbound -------------------------------------------------------------------------------


def _options(message: OutboundMessage) -> str:
    """Buttons or list rows as numbered lines (see the module docstring for why)."""
    if message.buttons:
        return "\n".join(f"{i}. {b.title}" for i, b in enumerate(message.buttons, 1))
    if message.menu is not None:
        lines = [f"*{message.menu.button}*"]
        for i, row in enumerate(message.menu.rows, 1):
            lines.append(f"{i}. {row.title}" + (f" – {row.description}" if row.description else ""))
        return "\n".join(lines)
    return ""


def render_text(message: OutboundMessage) -> list[str]:
    """The bodies that carry ``message``, each at most :data:`TEXT_LIMIT` characters.

    Options stay together on the last part: after the text when they fit, else on their own.
    """
    parts = split_text(message.text, TEXT_LIMIT)
    options = _options(message)
    if not options:
        return parts
    if parts and len(parts[-1]) + 2 + len(options) <= TEXT_LIMIT:
        parts[-1] = f"{parts[-1]}\n\n{options}"
    else:
        parts.append(options)
    return parts


def build_requests(
    to: str, message: OutboundMessage, sender: str, status_callback: str | None
) -> list[dict[str, str]]:
    """The form bodies that send ``message`` to ``to``, in order (``[]`` for nothing)."""
    base = {"From": whatsapp_address(sender), "To": whatsapp_address(to)}
    if status_callback:
        base["StatusCallback"] = status_callback
    if message.template is not None:  # Twilio names an approved template by its Content SID
        return [{**base, "ContentSid": message.template.name}]
    return [{**base, "Body": part} for part in render_text(message)]


def _json(content: bytes) -> dict[str, Any]:
    try:
        data = json.loads(content)
    except (ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def classify_response(status: int, headers: Mapping[str, str], content: bytes) -> SendResult:
    """Map one Messages API answer to a :class:`SendResult`."""
    data = _json(content)
    sid = data.get("sid")
    if 200 <= status < 300 and not isinstance(sid, str):
        log.debug("twilio: 2xx without a message sid")
    return classify(
        status,
        headers,
        provider_id=sid if isinstance(sid, str) else None,
        provider_code=error_code(data.get("code")),
        auth_codes=AUTH_CODES,
        retryable_codes=RETRYABLE_CODES,
    )


# --- realistic webhook bodies (simulate, tests) ---------------------------------------------

TEST_ACCOUNT_SID = "AC" + "0" * 32
SANDBOX_NUMBER = "whatsapp:+14155238886"


def new_message_sid(prefix: str = "SM") -> str:
    """A fresh id shaped like Twilio's: ``SM`` + 32 hex digits (``MM`` for media)."""
    return prefix + secrets.token_hex(16)


def inbound_webhook(
    sender: str,
    text: str | None = None,
    *,
    to: str = SANDBOX_NUMBER,
    account_sid: str = TEST_ACCOUNT_SID,
    message_id: str | None = None,
    name: str = "Test User",
    media: Iterable[tuple[str, str]] = (),
    **more: str,
) -> dict[str, str]:
    """The form Twilio posts for a WhatsApp message from ``sender`` (E.164), as a dict.

    ``media`` holds ``(url, content type)`` pairs; ``more`` adds or overrides fields
    (``ButtonPayload=…``, ``Latitude=…``).
    """
    items = list(media)
    address = whatsapp_address(sender)
    form = {
        "SmsMessageSid": "",
        "NumMedia": str(len(items)),
        "ProfileName": name,
        "MessageType": "text" if not items else items[0][1].split("/")[0],
        "SmsSid": "",
        "WaId": sender.lstrip("+"),
        "SmsStatus": "received",
        "Body": text or "",
        "To": whatsapp_address(to),
        "NumSegments": "1",
        "ReferralNumMedia": "0",
        "MessageSid": message_id or new_message_sid("MM" if items else "SM"),
        "AccountSid": account_sid,
        "From": address,
        "ApiVersion": "2010-04-01",
    }
    form["SmsMessageSid"] = form["SmsSid"] = form["MessageSid"]
    for i, (url, content_type) in enumerate(items):
        form[f"MediaUrl{i}"] = url
        form[f"MediaContentType{i}"] = content_type
    form.update(more)
    return form


def status_webhook(
    message_sid: str,
    status: str = "delivered",
    *,
    to: str,
    sender: str = SANDBOX_NUMBER,
    account_sid: str = TEST_ACCOUNT_SID,
    error_code: str | None = None,
) -> dict[str, str]:
    """The form Twilio posts to a ``StatusCallback`` for one of our messages."""
    form = {
        "ChannelPrefix": "whatsapp",
        "ApiVersion": "2010-04-01",
        "MessageStatus": status,
        "SmsSid": message_sid,
        "SmsStatus": status,
        "ChannelInstallSid": "XE" + "0" * 32,
        "To": whatsapp_address(to),
        "From": whatsapp_address(sender),
        "MessageSid": message_sid,
        "AccountSid": account_sid,
        "ChannelToAddress": "+" + to.lstrip("+")[:5] + "XXXXX",
    }
    if error_code is not None:
        form["ErrorCode"] = error_code
        form["ErrorMessage"] = "Message failed to send"
    return form

"""Twilio adapter (WhatsApp through Twilio's Messaging API): verification, parsing, sending.

Framework-free like the Meta adapter: functions take bytes, headers and URLs and return
values. Signatures (``X-Twilio-Signature``) are checked with the official ``twilio`` package's
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
- **Buttons and lists become numbered text.** Real interactive WhatsApp messages through
  Twilio need Content API templates created ahead of time; our buttons are dynamic, so the
  options are appended to the last part as ``1. Title`` lines. A person answers by typing
  the number or the words.
- **1600 characters per message** (Twilio's limit for a WhatsApp body): longer texts are sent
  as several messages with :func:`~selfcare.channels.whatsapp.split_text`; the result's
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

import httpx
from starlette.responses import Response
from twilio.request_validator import RequestValidator

from selfcare.channels.base import (
    Parsed,
    RawRequest,
    SendResult,
    WebhookRejected,
    addressed_to,
    network_failure,
    retry_after_seconds,
    storable,
    within_limits,
)
from selfcare.channels.whatsapp import split_text
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
from selfcare.settings import Settings

__all__ = [
    "EMPTY_TWIML",
    "TEXT_LIMIT",
    "Form",
    "TwilioChannel",
    "build_requests",
    "classify_response",
    "encode_form",
    "inbound_webhook",
    "missing_field",
    "new_message_sid",
    "parse_events",
    "parse_form",
    "public_url",
    "render_text",
    "sign",
    "status_callback_url",
    "status_webhook",
    "twilio_address",
    "verify_signature",
    "whatsapp_address",
]

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
    digits = value[1:] if value.startswith("+") else value
    if digits.isascii() and digits.isdigit():
        return "+" + digits
    return value


def whatsapp_address(address: str) -> str:
    """Our address (``+447700900123``) as Twilio wants it: ``whatsapp:+447700900123``."""
    value = address.strip()
    if value.lower().startswith(_PREFIX):
        return value
    digits = value[1:] if value.startswith("+") else value
    if digits.isascii() and digits.isdigit():
        return f"{_PREFIX}+{digits}"
    return _PREFIX + value


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


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is not None:
        return value
    for key, item in headers.items():
        if key.lower() == name:
            return item
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
    if 200 <= status < 300:
        sid = data.get("sid")
        if not isinstance(sid, str):
            log.debug("twilio: 2xx without a message sid")
        return SendResult(ok=True, provider_id=sid if isinstance(sid, str) else None)
    code = data.get("code")
    twilio_code = code if isinstance(code, int) and not isinstance(code, bool) else None
    error_code = str(twilio_code) if twilio_code is not None else str(status)
    if twilio_code in AUTH_CODES or status == 401:
        return SendResult(ok=False, error_code=error_code, auth_failed=True)
    if twilio_code in RETRYABLE_CODES or status == 429 or status >= 500:
        return SendResult(
            ok=False,
            error_code=error_code,
            retryable=True,
            retry_after=retry_after_seconds(_header(headers, "retry-after")),
        )
    return SendResult(ok=False, error_code=error_code)


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


# --- the adapter ----------------------------------------------------------------------------


class TwilioChannel:
    """The Twilio adapter (see :class:`selfcare.channels.base.ChannelAdapter`)."""

    channel: Channel = Channel.TWILIO

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    @property
    def messages_url(self) -> str:
        s = self._settings
        return f"{s.twilio_api_base_url}/2010-04-01/Accounts/{s.twilio_account_sid}/Messages.json"

    def _token(self) -> str | None:
        token = self._settings.twilio_auth_token
        return token.get_secret_value() if token else None

    def verify(self, request: RawRequest) -> None:
        token = self._token()
        if token is None:  # not registered without one; refuse rather than trust anyone
            raise WebhookRejected(403, "twilio auth token not configured")
        try:
            form = parse_form(request.body)
        except ValueError:
            raise WebhookRejected(400, "unreadable form body") from None
        url = public_url(request.url, self._settings.twilio_webhook_url)
        verify_signature(url, form, _header(request.headers, SIGNATURE_HEADER), token)
        missing = missing_field(form)
        if missing is not None:
            raise WebhookRejected(400, f"missing {missing}")

    def parse(self, request: RawRequest) -> Parsed:
        try:
            form = parse_form(request.body)
        except ValueError:
            return Parsed(dead_letter="unreadable form body")
        # Cleaned only here: the signature was checked on the values exactly as sent.
        clean = Form({storable(k): storable(v) for k, v in form.items()})
        parsed = parse_events(clean, storable(dict(request.query)))
        number = self._settings.twilio_whatsapp_number
        ours = frozenset({twilio_address(number)} if number else ())
        return Parsed(events=addressed_to(parsed.events, ours), dead_letter=parsed.dead_letter)

    def ack(self) -> Response:
        """Empty TwiML: nothing to say synchronously; replies go out through the REST API."""
        return Response(EMPTY_TWIML, media_type="text/xml")

    async def send(
        self, client: httpx.AsyncClient, to: str, message: OutboundMessage, callback_data: str
    ) -> SendResult:
        s = self._settings
        token = self._token()
        if token is None or not s.twilio_account_sid or not s.twilio_whatsapp_number:
            return SendResult(ok=False, error_code="not_configured")
        callback = status_callback_url(s.twilio_webhook_url, callback_data)
        bodies = build_requests(to, message, s.twilio_whatsapp_number, callback)
        if not bodies:
            return SendResult(ok=False, error_code="empty_message")
        auth = httpx.BasicAuth(s.twilio_account_sid, token)
        result = SendResult(ok=False)
        for body in bodies:
            result = await self._post(client, body, auth)
            if not result.ok:
                break
        return result

    async def _post(
        self, client: httpx.AsyncClient, body: dict[str, str], auth: httpx.BasicAuth
    ) -> SendResult:
        timeout = self._settings.send_timeout_seconds
        try:
            response = await client.post(self.messages_url, data=body, auth=auth, timeout=timeout)
        except httpx.HTTPError as exc:
            log.debug("twilio: send got no answer: %s", type(exc).__name__)
            return network_failure(exc)
        result = classify_response(response.status_code, response.headers, response.content)
        log.debug("twilio: send → HTTP %s (%s)", response.status_code, result.error_code)
        return result

    async def mark_read(self, client: httpx.AsyncClient, message_id: str) -> None:
        """Twilio offers no read receipts for WhatsApp: nothing to do."""

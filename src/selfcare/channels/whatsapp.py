"""Meta WhatsApp Cloud API adapter: webhook verification and parsing, sending, mark-as-read.

Framework-free: the functions here take bytes, headers and query strings and return values;
``selfcare.app`` is thin glue around them. Signatures (``x-hub-signature-256``) are checked
with :func:`sign`, the same function the tests and ``selfcare simulate`` sign with.

Decisions worth knowing:

- The signature's hex digest is compared case-insensitively (Meta sends lower case; an
  upper-case digest carries the same 256 bits). The ``sha256=`` prefix must be exact.
- An address that is a phone number (``+447700900123``) is sent as ``to`` (digits only); any
  other address is a business-scoped user id (``US.1349…``) and is sent as ``recipient``.
- A text over 4096 characters is sent as several messages (:func:`split_text`); interactive
  parts ride on the last one, whose body is at most 1024 characters. Every part carries the
  same ``biz_opaque_callback_data``; the result's ``provider_id`` is the last part's id. A
  failure on a later part is reported as the message's failure (a retry repeats the parts
  already sent: rare, since replies are short).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
from collections.abc import Mapping
from typing import Any

import httpx

from selfcare.channels.base import (
    Parsed,
    RawRequest,
    SendResult,
    WebhookRejected,
    addressed_to,
    network_failure,
    retry_after_seconds,
)
from selfcare.channels.whatsapp_payloads import (
    normalize_address,
    parse_payload,
    status_webhook,
    text_webhook,
)
from selfcare.events import Channel, OutboundMessage
from selfcare.settings import Settings

__all__ = [
    "INTERACTIVE_BODY_LIMIT",
    "TEXT_LIMIT",
    "WhatsAppChannel",
    "build_requests",
    "classify_response",
    "normalize_address",
    "parse_payload",
    "sign",
    "split_text",
    "status_webhook",
    "text_webhook",
    "verify_signature",
    "verify_subscription",
]

log = logging.getLogger("selfcare.channels.whatsapp")

SIGNATURE_HEADER = "x-hub-signature-256"
_PREFIX = "sha256="
TEXT_LIMIT = 4096
INTERACTIVE_BODY_LIMIT = 1024
SECTION_TITLE_LIMIT = 24

# Meta error codes worth another try: throttling, pair rate limit, temporary outages.
RETRYABLE_CODES = frozenset({2, 4, 80007, 130429, 131000, 131016, 131056, 133004})
AUTH_CODES = frozenset({190})


# --- verification -------------------------------------------------------------------------


def sign(body: bytes, secret: str) -> str:
    """``sha256=`` + the hex HMAC-SHA256 of ``body`` keyed with the App Secret."""
    return _PREFIX + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, header: str | None, secret: str) -> None:
    """Raise :class:`WebhookRejected` unless ``header`` signs the raw ``body``.

    Missing or blank header → 401; anything else that does not match → 403. The reason never
    holds the body, the header or the secret.
    """
    provided = (header or "").strip()
    if not provided:
        raise WebhookRejected(401, "missing signature")
    if provided.startswith(_PREFIX):
        provided = _PREFIX + provided[len(_PREFIX) :].lower()
    # Bytes, not str: compare_digest refuses non-ASCII str, and a header may hold anything.
    if not hmac.compare_digest(provided.encode(), sign(body, secret).encode()):
        raise WebhookRejected(403, "bad signature")


def verify_subscription(query: Mapping[str, str], verify_token: str | None) -> str | None:
    """The ``hub.challenge`` to echo when Meta's subscription request carries our token."""
    if not verify_token:
        return None
    if query.get("hub.mode") != "subscribe":
        return None
    given = query.get("hub.verify_token") or ""
    if not hmac.compare_digest(given.encode(), verify_token.encode()):
        return None
    challenge = query.get("hub.challenge")
    return challenge or None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is not None:
        return value
    for key, item in headers.items():
        if key.lower() == name:
            return item
    return None


# --- text splitting -----------------------------------------------------------------------

_SENTENCE = re.compile(r"[.!?…。！？][\"'’”)\]»]*\s+")
_WORD = re.compile(r"\s+")
_BOUNDARIES = (re.compile(r"\n[^\S\n]*\n\s*"), re.compile(r"\n\s*"), _SENTENCE, _WORD)


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Split ``text`` into parts of at most ``limit`` characters.

    A text that fits is returned as is. Otherwise cuts fall on the last paragraph break in
    reach, else line break, else sentence end, else space (a cut that would leave a part
    shorter than a quarter of ``limit`` is passed over for the next kind of boundary); a
    word longer than ``limit`` is cut hard. Parts are stripped; blank text gives ``[]``.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    if not text.strip():
        return []
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = _cut(rest, limit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def _cut(rest: str, limit: int) -> int:
    """Where the next part ends: an index in ``1..limit`` (whitespace after it is dropped)."""
    window = rest[: limit + 1]
    floor = limit // 4
    for pattern in _BOUNDARIES:
        best = 0
        for match in pattern.finditer(window):
            end = match.start()
            if pattern is _SENTENCE:  # keep the punctuation, drop the space after it
                end += len(match.group().rstrip())
            if end <= limit:
                best = end
        if best > 0 and (best >= floor or pattern is _WORD):
            return best
    return limit


def _split_tail(text: str, limit: int) -> tuple[str, str]:
    """``(head, tail)`` of a stripped text longer than ``limit``: the longest tail that fits,
    cut at a paragraph break, else a line break, sentence end or space, else hard."""
    for pattern in _BOUNDARIES:
        for match in pattern.finditer(text):
            if 0 < len(text) - match.end() <= limit:
                return text[: match.end()].rstrip(), text[match.end() :]
    return text[:-limit], text[-limit:]


# --- outbound -----------------------------------------------------------------------------


def _address_fields(to: str) -> dict[str, str]:
    address = normalize_address(to)
    if address.startswith("+"):
        return {"to": address[1:]}
    return {"recipient": address}


def _interactive(message: OutboundMessage, body: str) -> dict[str, Any]:
    if message.menu is not None:
        menu = message.menu
        rows = []
        for row in menu.rows:
            item = {"id": row.id, "title": row.title}
            if row.description:
                item["description"] = row.description
            rows.append(item)
        action: dict[str, Any] = {
            "button": menu.button,
            "sections": [{"title": menu.button[:SECTION_TITLE_LIMIT], "rows": rows}],
        }
        return {"type": "list", "body": {"text": body}, "action": action}
    buttons = [{"type": "reply", "reply": {"id": b.id, "title": b.title}} for b in message.buttons]
    return {"type": "button", "body": {"text": body}, "action": {"buttons": buttons}}


def build_requests(to: str, message: OutboundMessage, callback_data: str) -> list[dict[str, Any]]:
    """The JSON bodies that send ``message`` to ``to``, in order (``[]`` for nothing to send)."""
    base: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        **_address_fields(to),
        "biz_opaque_callback_data": callback_data,
    }
    parts = split_text(message.text, TEXT_LIMIT)
    interactive = bool(message.buttons or message.menu)
    tail: str | None = None
    if interactive and parts:
        last = parts.pop().strip()
        if len(last) <= INTERACTIVE_BODY_LIMIT:
            tail = last
        else:  # the closing paragraphs or sentences go on the interactive message
            head, tail = _split_tail(last, INTERACTIVE_BODY_LIMIT)
            parts.append(head)
    bodies = [{**base, "type": "text", "text": {"body": p, "preview_url": False}} for p in parts]
    if tail is not None:
        bodies.append({**base, "type": "interactive", "interactive": _interactive(message, tail)})
    return bodies


def _meta_error(content: bytes) -> dict[str, Any]:
    try:
        data = json.loads(content)
    except (ValueError, RecursionError):
        return {}
    error = data.get("error") if isinstance(data, dict) else None
    return error if isinstance(error, dict) else {}


def classify_response(status: int, headers: Mapping[str, str], content: bytes) -> SendResult:
    """Map one Graph API answer to a :class:`SendResult`."""
    if 200 <= status < 300:
        provider_id = None
        try:
            data = json.loads(content)
            first = data["messages"][0]
            provider_id = first["id"] if isinstance(first["id"], str) else None
        except (ValueError, RecursionError, LookupError, TypeError):
            log.debug("whatsapp: 2xx without a message id")
        return SendResult(ok=True, provider_id=provider_id)
    error = _meta_error(content)
    code = error.get("code")
    meta_code = code if isinstance(code, int) and not isinstance(code, bool) else None
    error_code = str(meta_code) if meta_code is not None else str(status)
    if meta_code in AUTH_CODES or status == 401:
        return SendResult(ok=False, error_code=error_code, auth_failed=True)
    if meta_code in RETRYABLE_CODES or status == 429 or status >= 500:
        return SendResult(
            ok=False,
            error_code=error_code,
            retryable=True,
            retry_after=retry_after_seconds(_header(headers, "retry-after")),
        )
    return SendResult(ok=False, error_code=error_code)


# --- the adapter --------------------------------------------------------------------------


class WhatsAppChannel:
    """The Meta Cloud API adapter (see :class:`selfcare.channels.base.ChannelAdapter`)."""

    channel: Channel = Channel.WHATSAPP

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    @property
    def messages_url(self) -> str:
        s = self._settings
        base = f"{s.whatsapp_api_base_url}/{s.whatsapp_api_version}"
        return f"{base}/{s.whatsapp_phone_number_id}/messages"

    def verify_subscription(self, query: Mapping[str, str]) -> str | None:
        token = self._settings.whatsapp_verify_token
        return verify_subscription(query, token.get_secret_value() if token else None)

    def verify(self, request: RawRequest) -> None:
        secret = self._settings.whatsapp_webhook_secret
        if secret is None:
            if self._settings.unsigned_webhooks_allowed:
                return  # local mode: no token, so no reply can reach anyone real
            raise WebhookRejected(403, "webhook secret not configured: set WHATSAPP_WEBHOOK_SECRET")
        header = _header(request.headers, SIGNATURE_HEADER)
        verify_signature(request.body, header, secret.get_secret_value())

    def parse(self, request: RawRequest) -> Parsed:
        parsed = parse_payload(request.body)
        ours = self._settings.whatsapp_phone_number_id
        events = addressed_to(parsed.events, frozenset({ours} if ours else ()))
        return Parsed(events=events, dead_letter=parsed.dead_letter)

    def _headers(self) -> dict[str, str] | None:
        token = self._settings.whatsapp_access_token
        if token is None or not self._settings.whatsapp_phone_number_id:
            return None
        return {"Authorization": f"Bearer {token.get_secret_value()}"}

    async def send(
        self, client: httpx.AsyncClient, to: str, message: OutboundMessage, callback_data: str
    ) -> SendResult:
        headers = self._headers()
        if headers is None:
            return SendResult(ok=False, error_code="not_configured")
        bodies = build_requests(to, message, callback_data)
        if not bodies:
            return SendResult(ok=False, error_code="empty_message")
        result = SendResult(ok=False)
        for body in bodies:
            result = await self._post(client, body, headers)
            if not result.ok:
                break
        return result

    async def _post(
        self, client: httpx.AsyncClient, body: dict[str, Any], headers: dict[str, str]
    ) -> SendResult:
        timeout = self._settings.send_timeout_seconds
        try:
            response = await client.post(
                self.messages_url, json=body, headers=headers, timeout=timeout
            )
        except httpx.HTTPError as exc:
            log.debug("whatsapp: send got no answer: %s", type(exc).__name__)
            return network_failure(exc)
        result = classify_response(response.status_code, response.headers, response.content)
        log.debug("whatsapp: send → HTTP %s (%s)", response.status_code, result.error_code)
        return result

    async def mark_read(self, client: httpx.AsyncClient, message_id: str) -> None:
        headers = self._headers()
        if headers is None:
            return
        body = {
            "messaging_product": "whatsapp",
            "status": "read",
            "message_id": message_id,
            "typing_indicator": {"type": "text"},
        }
        try:
            response = await client.post(
                self.messages_url,
                json=body,
                headers=headers,
                timeout=self._settings.send_timeout_seconds,
            )
        except httpx.HTTPError as exc:
            log.debug("whatsapp: mark_read failed with %s", type(exc).__name__)
            return
        if response.is_error:
            log.debug("whatsapp: mark_read → HTTP %s", response.status_code)

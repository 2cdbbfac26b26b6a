"""Meta's send API: our messages as Graph API bodies, and its answers as send results.

- An address that is a phone number (``+447700900123``) is sent as ``to`` (digits only); any
  other address is a business-scoped user id (``US.1349…``) and is sent as ``recipient``.
- An approved template (:class:`~selfcare.events.Template`) is sent as ``type: template``
  with its name and language; the message's text is ours only (the history's).
- A text over 4096 characters is sent as several messages (:func:`split_text`); interactive
  parts ride on the last one, whose body is at most 1024 characters. Every part carries the
  same ``biz_opaque_callback_data``; the result's ``provider_id`` is the last part's id. A
  failure on a later part is reported as the message's failure (a retry repeats the parts
  already sent: rare, since replies are short).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

from selfcare.channels._http import classify, error_code
from selfcare.channels.address import digits, normalize_address
from selfcare.channels.base import SendResult
from selfcare.channels.text import split_tail, split_text
from selfcare.events import OutboundMessage

log = logging.getLogger("selfcare.channels.whatsapp")

TEXT_LIMIT = 4096
INTERACTIVE_BODY_LIMIT = 1024
SECTION_TITLE_LIMIT = 24

# Meta error codes worth another try: throttling, pair rate limit, temporary outages.
RETRYABLE_CODES = frozenset({2, 4, 80007, 130429, 131000, 131016, 131056, 133004})
AUTH_CODES = frozenset({190})


def _address_fields(to: str) -> dict[str, str]:
    address = normalize_address(to)
    if address.startswith("+"):
        return {"to": digits(address)}
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
    if message.template is not None:
        template = {"name": message.template.name, "language": {"code": message.template.language}}
        return [{**base, "type": "template", "template": template}]
    parts = split_text(message.text, TEXT_LIMIT)
    interactive = bool(message.buttons or message.menu)
    tail: str | None = None
    if interactive and parts:
        last = parts.pop().strip()
        if len(last) <= INTERACTIVE_BODY_LIMIT:
            tail = last
        else:  # the closing paragraphs or sentences go on the interactive message
            head, tail = split_tail(last, INTERACTIVE_BODY_LIMIT)
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


def _message_id(content: bytes) -> str | None:
    try:
        first = json.loads(content)["messages"][0]
        return first["id"] if isinstance(first["id"], str) else None
    except (ValueError, RecursionError, LookupError, TypeError):
        log.debug("whatsapp: 2xx without a message id")
        return None


def classify_response(status: int, headers: Mapping[str, str], content: bytes) -> SendResult:
    """Map one Graph API answer to a :class:`SendResult`."""
    ok = 200 <= status < 300
    return classify(
        status,
        headers,
        provider_id=_message_id(content) if ok else None,
        provider_code=None if ok else error_code(_meta_error(content).get("code")),
        auth_codes=AUTH_CODES,
        retryable_codes=RETRYABLE_CODES,
    )

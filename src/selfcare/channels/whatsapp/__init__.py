"""Meta WhatsApp Cloud API: the provider folder.

``adapter``   :class:`WhatsAppChannel`, the contract (routes, handshake, verify, parse, send…)
``signing``   the ``X-Hub-Signature-256`` HMAC and the subscription handshake's token
``payloads``  webhook bodies ⇄ :mod:`selfcare.events`, and realistic bodies for tests
``outbound``  our messages as Graph API bodies; its answers as send results

Framework-free: everything takes bytes, headers and query strings and returns values.
"""

from selfcare.channels.address import normalize_address
from selfcare.channels.text import split_text
from selfcare.channels.whatsapp.adapter import WhatsAppChannel
from selfcare.channels.whatsapp.outbound import (
    INTERACTIVE_BODY_LIMIT,
    TEXT_LIMIT,
    build_requests,
    classify_response,
)
from selfcare.channels.whatsapp.payloads import (
    INTERNAL_ERROR,
    WABA_OBJECT,
    parse_payload,
    status_webhook,
    text_webhook,
)
from selfcare.channels.whatsapp.signing import sign, verify_signature, verify_subscription

__all__ = [
    "INTERACTIVE_BODY_LIMIT",
    "INTERNAL_ERROR",
    "TEXT_LIMIT",
    "WABA_OBJECT",
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

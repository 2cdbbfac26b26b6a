"""Twilio (WhatsApp through Twilio's Messaging API): the provider folder.

``adapter``  :class:`TwilioChannel`, the contract (routes, verify, parse, TwiML ack, send…)
``api``      Twilio's formats: forms, signatures, parsing, send bodies, test webhooks
"""

from selfcare.channels.twilio.adapter import TwilioChannel
from selfcare.channels.twilio.api import (
    EMPTY_TWIML,
    INBOUND_PATH,
    SANDBOX_NUMBER,
    STATUS_PATH,
    TEST_ACCOUNT_SID,
    TEXT_LIMIT,
    Form,
    build_requests,
    classify_response,
    encode_form,
    inbound_webhook,
    missing_field,
    new_message_sid,
    parse_events,
    parse_form,
    public_url,
    render_text,
    sign,
    status_callback_url,
    status_webhook,
    twilio_address,
    verify_signature,
    whatsapp_address,
)

__all__ = [
    "EMPTY_TWIML",
    "INBOUND_PATH",
    "SANDBOX_NUMBER",
    "STATUS_PATH",
    "TEST_ACCOUNT_SID",
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

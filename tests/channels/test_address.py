"""Phone numbers are normalised in one place, the same for every provider."""

from __future__ import annotations

import pytest

from selfcare.channels.address import normalize_address, phone_number
from selfcare.channels.twilio import twilio_address, whatsapp_address
from selfcare.channels.whatsapp import build_requests
from selfcare.events import OutboundMessage


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+1234567890", "+1234567890"),
        ("1234567890", "+1234567890"),
        (" +44 7700 900123 ", "+447700900123"),
        ("+1 (555) 123-4567", "+15551234567"),
        ("US.13491208655302741918", None),
        ("web:abcdefgh1234", None),
        ("+", None),
        ("", None),
        ("١٢٣٤٥٦٧", None),  # digits, but not ASCII ones: not a number we can send to
    ],
)
def test_phone_number(raw: str, expected: str | None) -> None:
    assert phone_number(raw) == expected


def test_every_provider_agrees_on_a_person() -> None:
    assert normalize_address("+1234567890") == "+1234567890"
    assert twilio_address("whatsapp:+1 234 567 890") == "+1234567890"
    assert whatsapp_address("+1234567890") == "whatsapp:+1234567890"
    [body] = build_requests("+1234567890", OutboundMessage("hi"), "1")
    assert body["to"] == "1234567890"  # Meta wants digits only
    assert normalize_address("US.1349") == "US.1349"

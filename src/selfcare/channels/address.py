"""Phone numbers as we store them, in one place: E.164 with its ``+`` (``+447700900123``).

Providers write numbers their own way (Meta: digits only; Twilio: ``whatsapp:+…``; a person
or a setup guide: ``+1 234-567-890``); each adapter strips its own wrapping and hands the rest
here. Anything that is not a number (a business-scoped user id ``US.1349…``, a web chat
visitor ``web:…``) is kept as it is, trimmed.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s().-]")
E164_DIGITS = range(6, 16)  # what a person can be asked to type (E.164 allows 15)


def phone_number(raw: str) -> str | None:
    """``raw`` as ``+digits`` when it is a phone number (separators allowed), else None."""
    value = _SEPARATORS.sub("", raw.strip())
    digits = value[1:] if value.startswith("+") else value
    if digits and digits.isascii() and digits.isdigit():
        return "+" + digits
    return None


def normalize_address(raw: str) -> str:
    """A phone number as E.164 (``447700900123`` → ``+447700900123``); anything else as is.

    Business-scoped user ids (``US.13491208655302741918``) are returned unchanged.
    """
    return phone_number(raw) or raw.strip()


def digits(address: str) -> str:
    """A stored number without its ``+``, as Meta and most providers write it."""
    return address[1:] if address.startswith("+") else address

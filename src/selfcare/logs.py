"""Logging for health data: numbers masked, bodies never at INFO or above.

Code logs people through :func:`mask`; the :class:`RedactingFilter` is the second line of
defence, masking anything that still looks like a phone number in a formatted record.
"""

from __future__ import annotations

import logging
import re

_PHONE = re.compile(r"(?<![\w.])\+?(\d{2,3})(\d{4,9})(\d{3})(?!\d)")


def mask(address: str | None) -> str:
    """``+447700900123`` → ``+44*******123``; anything else keeps only its last 3 characters."""
    if not address:
        return "-"
    digits = address.lstrip("+")
    if digits.isdigit() and len(digits) >= 8:
        return "+" + digits[:2] + "*" * (len(digits) - 5) + digits[-3:]
    return "*" * max(len(address) - 3, 3) + address[-3:]


def redact(text: str) -> str:
    """``text`` with everything that looks like a phone number masked."""
    return _PHONE.sub(lambda m: mask(m.group(0)), text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def configure(level: str = "INFO") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL at INFO; ours are safe, but its peers' may not be.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)

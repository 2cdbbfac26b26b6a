"""Meta's two checks: the ``X-Hub-Signature-256`` HMAC on every webhook body, and the
verify token of the GET subscription handshake.

The signature's hex digest is compared case-insensitively (Meta sends lower case; an
upper-case digest carries the same 256 bits). The ``sha256=`` prefix must be exact.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

from selfcare.channels.base import WebhookRejected

SIGNATURE_HEADER = "x-hub-signature-256"
_PREFIX = "sha256="


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

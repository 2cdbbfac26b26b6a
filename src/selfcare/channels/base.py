"""The small contract every provider adapter keeps.

An adapter only translates: provider bytes in, :mod:`selfcare.events` out; an
:class:`~selfcare.events.OutboundMessage` in, the provider's HTTP call out. It never touches
the store or the assistant. Errors, drawn once:

    WebhookRejected          verification failed: the route answers ``status`` (401/403/400)
"""

from __future__ import annotations

import email.utils
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

import httpx

from selfcare.events import (
    Channel,
    Event,
    InboundMessage,
    OutboundMessage,
    StatusUpdate,
    Unparsed,
)

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(value: Any) -> Any:
    """Provider data made storable in any database: a lone surrogate (valid in JSON, not in
    UTF-8) or a NUL (refused by PostgreSQL) becomes U+FFFD, NaN and infinities become None.
    Without this, one odd character would make every retry of a webhook fail for days.
    Iterative, so nesting as deep as the JSON parser allows cannot overflow the stack."""
    root = [value]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        container, key = stack.pop()
        item = container[key]
        if isinstance(item, str):
            container[key] = _UNSTORABLE.sub("\ufffd", item)
        elif isinstance(item, float) and not math.isfinite(item):
            container[key] = None
        elif isinstance(item, dict):
            cleaned = {_UNSTORABLE.sub("\ufffd", str(k)): v for k, v in item.items()}
            container[key] = cleaned
            stack.extend((cleaned, k) for k in cleaned)
        elif isinstance(item, list):
            copied = list(item)
            container[key] = copied
            stack.extend((copied, i) for i in range(len(copied)))
    return root[0]


# What the store's columns hold (store/tables.py), the same on SQLite and PostgreSQL. An
# event over them is kept as a dead letter with the reason, so one odd item can never make
# its whole webhook fail on PostgreSQL (and be redelivered, failing, for days).
MAX_ID = 255  # inbox.message_id, statuses.provider_id
MAX_ADDRESS = 64  # inbox.person, conversations.person
MAX_ERROR_CODE = 32  # statuses.error_code


def _too_long(event: Event) -> str | None:
    if isinstance(event, InboundMessage):
        if len(event.message_id) > MAX_ID:
            return "message id"
        if len(event.address) > MAX_ADDRESS:
            return "sender"
    elif isinstance(event, StatusUpdate):
        if len(event.message_id) > MAX_ID:
            return "message id"
        if event.errors and len(event.errors[0].code) > MAX_ERROR_CODE:
            return "error code"
    return None


def within_limits(events: Sequence[Event]) -> tuple[Event, ...]:
    """``events`` with each one that cannot be stored replaced by an :class:`Unparsed` saying
    which field is too long (its data kept for inspection, truncated)."""
    out: list[Event] = []
    for event in events:
        field_name = _too_long(event)
        if field_name is None:
            out.append(event)
            continue
        data = {
            "kind": type(event).__name__,
            "message_id": event.message_id[:MAX_ID],  # type: ignore[union-attr]
            "address": getattr(event, "address", None) or getattr(event, "recipient", None),
        }
        out.append(Unparsed(event.channel, f"{field_name} too long to store", data))
    return tuple(out)


def addressed_to(events: Sequence[Event], ours: frozenset[str]) -> tuple[Event, ...]:
    """``events`` with each message written to a business number other than ``ours`` kept as
    an :class:`Unparsed` (a dead letter): answering it would come from the wrong number.
    Without a configured number (a local try) or a number in the message, nothing changes."""
    if not ours:
        return tuple(events)
    out: list[Event] = []
    for event in events:
        if isinstance(event, InboundMessage) and event.business_id not in (None, *ours):
            data = {
                "message_id": event.message_id,
                "address": event.address,
                "business_id": event.business_id,
            }
            event = Unparsed(event.channel, "message to a business number not configured", data)
        out.append(event)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class RawRequest:
    """A webhook request as the web framework hands it over: nothing parsed yet."""

    body: bytes
    headers: Mapping[str, str]  # lower-case names
    url: str = ""
    query: Mapping[str, str] = field(default_factory=dict)


class WebhookRejected(Exception):
    """The request is not from the provider. ``reason`` is safe to log (no body, no secret)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Parsed:
    """What one webhook body held. ``dead_letter`` says why a signed body could not be used."""

    events: tuple[Event, ...] = ()
    dead_letter: str | None = None


@dataclass(frozen=True, slots=True)
class SendResult:
    """The outcome of one send attempt.

    ``retryable`` failures are tried again after ``retry_after`` seconds (or backoff);
    ``ambiguous`` means the provider may have sent it (a timeout after the request left).
    """

    ok: bool
    provider_id: str | None = None
    error_code: str | None = None
    retryable: bool = False
    retry_after: float | None = None
    ambiguous: bool = False
    auth_failed: bool = False  # the access token was rejected: /readyz reports it


def retry_after_seconds(value: str | None) -> float | None:
    """A ``Retry-After`` header in seconds, from a number or an HTTP date; None if unusable."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    return max(0.0, seconds) if math.isfinite(seconds) else None


def network_failure(exc: httpx.HTTPError) -> SendResult:
    """What a request that got no HTTP answer means for the retry: did it perhaps leave?"""
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return SendResult(ok=False, error_code="timeout", retryable=True)  # never left
    if isinstance(exc, httpx.TimeoutException):
        return SendResult(ok=False, error_code="timeout", retryable=True, ambiguous=True)
    if isinstance(exc, httpx.ConnectError):
        return SendResult(ok=False, error_code="network", retryable=True)
    if isinstance(exc, httpx.UnsupportedProtocol):
        return SendResult(ok=False, error_code="network")  # a bad base URL: retrying is futile
    return SendResult(ok=False, error_code="network", retryable=True, ambiguous=True)


class ChannelAdapter(Protocol):
    channel: Channel

    def verify(self, request: RawRequest) -> None:
        """Raise :class:`WebhookRejected` unless the request is signed by the provider."""

    def parse(self, request: RawRequest) -> Parsed:
        """Translate a verified body into events; never raises on bad content."""

    async def send(
        self, client: httpx.AsyncClient, to: str, message: OutboundMessage, callback_data: str
    ) -> SendResult:
        """Send one message; never raises for HTTP or network errors."""

    async def mark_read(self, client: httpx.AsyncClient, message_id: str) -> None:
        """Best effort: mark an inbound message read and show the typing indicator."""

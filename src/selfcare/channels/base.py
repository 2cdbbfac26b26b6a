"""The contract every provider adapter keeps, and the types it speaks.

A provider is one folder under ``channels/`` whose adapter (a :class:`ChannelAdapter`) owns,
framework-free, everything about that provider: its webhook routes and their verification
(the GET handshake included), parsing into :mod:`selfcare.events`, the acknowledgement
(status, headers, bytes), sending and read receipts, the address format of its people, the
settings it reports, and signed test requests for ``selfcare simulate``. It never touches
the store or the assistant. The registry (:mod:`selfcare.channels.registry`) lists the
providers by :class:`~selfcare.events.Channel`; ``app.py`` and ``cli.py`` only go through
this contract. Errors, drawn once:

    WebhookRejected   verification failed: the route answers ``status`` (401/403/400)
    ChannelError      the adapter cannot do what a command asked (one line, no secret)
    NoAnswer          an outbound request got no HTTP answer (from an :class:`Http` client)
"""

from __future__ import annotations

import json
import math
import re
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

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


_TEXT: Mapping[str, str] = {"content-type": "text/plain; charset=utf-8"}


@dataclass(frozen=True, slots=True)
class HttpReply:
    """An answer to the provider's request, framework-free: the app writes it as it is."""

    status: int = 200
    body: bytes = b"OK"
    headers: Mapping[str, str] = field(default_factory=lambda: dict(_TEXT))

    @classmethod
    def text(cls, text: str, status: int = 200) -> HttpReply:
        return cls(status, text.encode(), dict(_TEXT))


@dataclass(frozen=True, slots=True)
class WebhookRoute:
    """A path the provider calls. ``POST``: a webhook (verify, parse, store, then
    :meth:`ChannelAdapter.ack`). ``GET``: the provider's handshake
    (:meth:`ChannelAdapter.handshake`)."""

    path: str
    method: Literal["GET", "POST"] = "POST"


@dataclass(frozen=True, slots=True)
class SettingState:
    """One line of ``check-config`` and of the start-up log: a setting and what it means.

    ``problem``: the channel cannot work as configured (``check-config`` exits 1).
    ``warning``: people or the service are at risk as configured (logged at every start)."""

    name: str
    state: str
    problem: bool = False
    warning: bool = False


@dataclass(frozen=True, slots=True)
class SimulatedRequest:
    """A webhook request as the provider would send it, signed: ``selfcare simulate``."""

    url: str
    body: bytes
    headers: Mapping[str, str]


class ChannelError(Exception):
    """What an adapter cannot do, in one line naming settings, never their values."""


# Why a request got no answer, as far as the retry cares:
#   not_sent  no connection in time: it never left
#   refused   the connection was refused or the name did not resolve: it never left
#   bad_url   it can never be sent (a broken base URL): retrying is futile
#   timeout   no answer in time after it was sent: it may have reached the provider
#   cut       the connection broke after it was sent: it may have reached the provider
Failure = Literal["not_sent", "refused", "bad_url", "timeout", "cut"]


@dataclass(frozen=True)
class Answer:
    """A provider's HTTP answer; ``headers`` look up names in any case."""

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def json(self) -> Any:
        """The body as JSON, or None when it is not JSON."""
        try:
            return json.loads(self.body)
        except ValueError:
            return None


class NoAnswer(Exception):
    """A request that got no HTTP answer (``failure`` says whether it may have left)."""

    def __init__(self, failure: Failure, reason: str) -> None:
        super().__init__(f"{failure}: {reason}")
        self.failure: Failure = failure
        self.reason = reason


class Http(Protocol):
    """What adapters need from an HTTP client."""

    async def request(
        self,
        method: str,
        url: str,
        *,
        wait: float,
        headers: Mapping[str, str] | None = None,
        json: Any = None,
        form: Mapping[str, str] | None = None,
        auth: tuple[str, str] | None = None,
    ) -> Answer:
        """Send once, waiting at most ``wait`` seconds for a connection and again for the
        answer; an :class:`Answer` for any HTTP status, :class:`NoAnswer` otherwise."""
        ...


class ChannelAdapter(ABC):
    """The contract. Subclasses set ``channel`` and ``routes`` and implement
    :meth:`verify`, :meth:`parse` and :meth:`send`; every other method has a default that
    fits a provider without it (no handshake, a plain ``OK``, no read receipts…)."""

    channel: Channel
    routes: tuple[WebhookRoute, ...] = ()

    @property
    def enabled(self) -> bool:
        """Whether this deployment runs the channel (its credentials are set)."""
        return True

    def handshake(self, request: RawRequest) -> HttpReply:
        """Answer a GET on one of :attr:`routes` (a subscription check)."""
        return HttpReply.text("not found", 404)

    @abstractmethod
    def verify(self, request: RawRequest) -> None:
        """Raise :class:`WebhookRejected` unless the request is signed by the provider."""
        raise NotImplementedError

    @abstractmethod
    def parse(self, request: RawRequest) -> Parsed:
        """Translate a verified body into events; never raises on bad content."""
        raise NotImplementedError

    def ack(self) -> HttpReply:
        """The answer to a webhook once its events are stored."""
        return HttpReply.text("OK")

    @abstractmethod
    async def send(
        self, client: Http, to: str, message: OutboundMessage, callback_data: str
    ) -> SendResult:
        """Send one message; never raises for HTTP or network errors."""
        raise NotImplementedError

    async def mark_read(self, client: Http, message_id: str) -> None:
        """Best effort: mark an inbound message read (and show typing), where offered."""
        return None

    def address(self, raw: str) -> str | None:
        """``raw`` (as a person or operator types it) in the form this channel stores its
        people under, or None when it cannot be one of them."""
        return None

    def report(self) -> list[SettingState]:
        """The channel's settings as ``check-config`` and the start-up log show them."""
        return []

    async def check_online(self, client: Http) -> str | None:
        """Ask the provider whether the credentials work: one line to show, None when there
        is nothing to ask, or :class:`ChannelError`."""
        return None

    def simulate(
        self, text: str, sender: str, *, url: str | None, local: str, message_id: str | None
    ) -> SimulatedRequest:
        """A signed webhook carrying ``text`` from ``sender``, posted to ``url`` (or to this
        channel's first route on ``local``, e.g. ``http://127.0.0.1:8000``)."""
        raise ChannelError(f"the {self.channel} channel cannot be simulated")

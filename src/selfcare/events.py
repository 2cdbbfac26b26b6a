"""The normalized model shared by every part of selfcare.

Provider formats (Meta's JSON, Twilio's forms) stop at ``selfcare.channels``; past that,
everything speaks these frozen dataclasses. Enums are forward compatible: a value we do not
know becomes ``UNKNOWN`` (see :func:`parse_enum`), never an exception.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

log = logging.getLogger(__name__)

E = TypeVar("E", bound=StrEnum)


def parse_enum(enum: type[E], value: object, unknown: E) -> E:
    """Return ``enum(value)``, or ``unknown`` (with a DEBUG line) for a value we do not know."""
    try:
        return enum(str(value))
    except ValueError:
        log.debug("unknown %s value %r", enum.__name__, value)
        return unknown


class Channel(StrEnum):
    WHATSAPP = "whatsapp"
    TWILIO = "twilio"
    WEB = "web"  # the web chat at /try
    CLI = "cli"


class MessageKind(StrEnum):
    TEXT = "text"
    IMAGE = "image"
    VIDEO = "video"
    DOCUMENT = "document"
    STICKER = "sticker"
    AUDIO = "audio"
    LOCATION = "location"
    CONTACTS = "contacts"
    INTERACTIVE = "interactive"  # button_reply, list_reply, nfm_reply
    BUTTON = "button"  # template quick-reply
    REACTION = "reaction"
    ORDER = "order"
    SYSTEM = "system"
    UNSUPPORTED = "unsupported"
    UNKNOWN = "unknown"


class DeliveryStatus(StrEnum):
    """Delivery state of one outbound message, in the order it normally advances."""

    PENDING = "pending"  # stored, not yet accepted by the provider
    QUEUED = "queued"  # Twilio: accepted, not yet handed to WhatsApp
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    PLAYED = "played"
    FAILED = "failed"
    UNKNOWN = "unknown"


# Statuses arrive out of order; a status only moves a message forward. FAILED is final.
STATUS_RANK: Mapping[DeliveryStatus, int] = {
    DeliveryStatus.UNKNOWN: -1,
    DeliveryStatus.PENDING: 0,
    DeliveryStatus.QUEUED: 1,
    DeliveryStatus.SENT: 2,
    DeliveryStatus.DELIVERED: 3,
    DeliveryStatus.READ: 4,
    DeliveryStatus.PLAYED: 5,
    DeliveryStatus.FAILED: 9,
}


class TriageLevel(StrEnum):
    """Levels of care, most to least urgent (shared/design.md)."""

    EMERGENCY = "emergency"
    URGENT = "urgent"
    ROUTINE = "routine"
    SELF_CARE = "self_care"

    @property
    def rank(self) -> int:
        """0 for the most urgent; compare with ``<`` to find the more cautious level."""
        return _LEVEL_ORDER.index(self)

    # A StrEnum would otherwise compare by spelling ("emergency" < "routine"), which reads
    # like severity and is not: ordering levels goes through ``rank``.
    def __lt__(self, other: object) -> bool:
        raise TypeError("levels are not ordered by name: compare their .rank")

    __le__ = __gt__ = __ge__ = __lt__


_LEVEL_ORDER = (
    TriageLevel.EMERGENCY,
    TriageLevel.URGENT,
    TriageLevel.ROUTINE,
    TriageLevel.SELF_CARE,
)


@dataclass(frozen=True, slots=True)
class ProviderError:
    code: str
    title: str = ""
    detail: str = ""


@dataclass(frozen=True, slots=True)
class MessageContext:
    """What an inbound message refers to: a reply to one of ours, or a forward."""

    replied_to: str | None = None
    forwarded: bool = False
    frequently_forwarded: bool = False


@dataclass(frozen=True, slots=True)
class Media:
    media_id: str | None = None
    mime_type: str | None = None
    url: str | None = None
    caption: str | None = None
    filename: str | None = None
    voice: bool = False


@dataclass(frozen=True, slots=True)
class Location:
    latitude: float | None = None
    longitude: float | None = None
    name: str | None = None
    address: str | None = None


@dataclass(frozen=True, slots=True)
class InboundMessage:
    """One message a person sent us, whatever the provider.

    ``sender`` is the person's address as the provider gives it: a phone number in E.164
    form (``+447700900123``) or, when WhatsApp hides the number, the business-scoped user
    id. ``reply_to`` is where replies go (normally the same value).
    """

    channel: Channel
    message_id: str
    sender: str
    timestamp: datetime
    kind: MessageKind
    text: str | None = None
    reply_id: str | None = None  # the id of a tapped button or list row
    reply_to: str | None = None
    business_id: str | None = None  # our number / phone number id that received it
    profile_name: str | None = None
    media: Media | None = None
    location: Location | None = None
    reaction_emoji: str | None = None  # "" means the reaction was removed
    reacted_to: str | None = None
    context: MessageContext | None = None
    referral: Mapping[str, Any] | None = None
    errors: tuple[ProviderError, ...] = ()
    subtype: str | None = None  # e.g. interactive "button_reply", system "customer_changed_number"
    extra: Mapping[str, Any] = field(default_factory=dict)  # kept provider details, never parsed

    @property
    def address(self) -> str:
        return self.reply_to or self.sender


@dataclass(frozen=True, slots=True)
class StatusUpdate:
    """A provider's word on one of our outbound messages. Never triggers a reply."""

    channel: Channel
    message_id: str  # the provider's id of our outbound message
    status: DeliveryStatus
    timestamp: datetime
    recipient: str | None = None
    errors: tuple[ProviderError, ...] = ()
    callback_data: str | None = None  # echoed back from our send (our outbound id)


@dataclass(frozen=True, slots=True)
class Unparsed:
    """A piece of a valid payload we do not understand; kept, acknowledged, not acted on."""

    channel: Channel
    reason: str
    data: Mapping[str, Any]


Event = InboundMessage | StatusUpdate | Unparsed


# --- Outbound -----------------------------------------------------------------------------

MAX_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_LIST_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_DESCRIPTION = 72


@dataclass(frozen=True, slots=True)
class Button:
    id: str
    title: str

    def __post_init__(self) -> None:
        if not 0 < len(self.title) <= MAX_BUTTON_TITLE:
            raise ValueError(f"button title must be 1-{MAX_BUTTON_TITLE} characters")


@dataclass(frozen=True, slots=True)
class ListRow:
    id: str
    title: str
    description: str = ""

    def __post_init__(self) -> None:
        if not 0 < len(self.title) <= MAX_ROW_TITLE:
            raise ValueError(f"list row title must be 1-{MAX_ROW_TITLE} characters")
        if len(self.description) > MAX_ROW_DESCRIPTION:
            raise ValueError(f"list row description must be at most {MAX_ROW_DESCRIPTION}")


@dataclass(frozen=True, slots=True)
class ListMenu:
    button: str  # the label of the button that opens the list
    rows: tuple[ListRow, ...]

    def __post_init__(self) -> None:
        if not 0 < len(self.button) <= MAX_BUTTON_TITLE:
            raise ValueError(f"list button label must be 1-{MAX_BUTTON_TITLE} characters")
        if not 0 < len(self.rows) <= MAX_LIST_ROWS:
            raise ValueError(f"a list has 1-{MAX_LIST_ROWS} rows")


@dataclass(frozen=True, slots=True)
class Template:
    """A message template approved in advance by the provider: the only way to write to
    someone whose last message is over 24 hours old. ``name`` as approved (for Twilio, the
    template's Content SID, ``HX…``); ``language`` its language code (``en``, ``pt_BR``)."""

    name: str
    language: str = "en"


@dataclass(frozen=True, slots=True)
class OutboundMessage:
    """One message to send: text, optionally with reply buttons or a list (not both); or an
    approved template, whose ``text`` is only what the history shows of it."""

    text: str
    buttons: tuple[Button, ...] = ()
    menu: ListMenu | None = None
    template: Template | None = None

    def __post_init__(self) -> None:
        if len(self.buttons) > MAX_BUTTONS:
            raise ValueError(f"at most {MAX_BUTTONS} buttons")
        if self.buttons and self.menu:
            raise ValueError("a message has buttons or a list, not both")
        if self.template and (self.buttons or self.menu):
            raise ValueError("a template carries no buttons or list of ours")


class ReplyAction(StrEnum):
    """Something the service must do for the assistant besides sending texts."""

    ERASE_DATA = "erase_data"  # the person confirmed "DELETE MY DATA"
    HANDOVER = "handover"  # the person asked for a human (the service words the notice)
    OPT_OUT = "opt_out"  # the person said STOP: nothing more goes to them, from anyone
    # The reply answers START or DELETE MY DATA (or its question): like ERASE_DATA and OPT_OUT,
    # sent even while a human holds the conversation — a person's control of their data and of
    # what we send them does not wait for an operator.
    COMMAND = "command"


@dataclass(frozen=True, slots=True)
class Reply:
    """What the assistant answers to one message.

    ``messages`` holds 0-3 WhatsApp messages; interactive parts sit on the last one.
    ``state`` is the person's new assistant state, JSON-serializable, stored by the service
    and handed back in the next :class:`Conversation`. ``plan`` is the assistant's decision
    behind a health reply (``selfcare.assistant.render.plan.Plan``), for a replaceable
    wording step; the service does not read it.
    """

    messages: tuple[OutboundMessage, ...]
    triage: TriageLevel | None = None
    topic: str | None = None
    state: Mapping[str, Any] = field(default_factory=dict)
    actions: tuple[ReplyAction, ...] = ()
    plan: Any = None

    @property
    def texts(self) -> tuple[str, ...]:
        return tuple(m.text for m in self.messages)


# --- Conversation ------------------------------------------------------------------------


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


@dataclass(frozen=True, slots=True)
class Turn:
    direction: Direction
    text: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Conversation:
    """What the assistant knows of one person when a message arrives.

    ``person`` is the address (E.164 phone number or a business-scoped id); ``history`` the
    last turns, oldest first, not including the message being answered; ``state`` what the
    assistant returned last time (empty on first contact).
    """

    person: str
    history: tuple[Turn, ...] = ()
    state: Mapping[str, Any] = field(default_factory=dict)

    @property
    def first_contact(self) -> bool:
        return not self.history and not self.state

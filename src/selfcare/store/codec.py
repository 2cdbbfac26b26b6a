"""Events to JSON and back, for the ``event`` and ``payload`` columns, and the engines'
JSON serializer for every JSON column (:func:`dumps`; they read with
:func:`selfcare.jsontext.loads`)."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from enum import Enum
from typing import Any

import orjson

from selfcare.events import (
    Button,
    Channel,
    InboundMessage,
    ListMenu,
    ListRow,
    Location,
    Media,
    MessageContext,
    MessageKind,
    OutboundMessage,
    ProviderError,
    Template,
    parse_enum,
)


def _plain(value: Any) -> Any:
    # Hand-rolled rather than dataclasses.asdict: asdict deep-copies every nested value,
    # which was the largest single cost of acknowledging a webhook.
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value  # str, numbers, None, and provider dicts/lists already JSON-shaped


def dumps(value: Any) -> str:
    """A JSON column's value as text. An event can be stored as itself: orjson writes a
    dataclass, enum, datetime and tuple exactly as :func:`_plain` shapes them, in C (the
    largest part of storing a webhook after the insert itself). What orjson refuses (an
    integer over 64 bits) is written as it always was."""
    try:
        return orjson.dumps(value).decode()
    except orjson.JSONEncodeError:
        return json.dumps(_plain(value))


def inbound_to_json(message: InboundMessage) -> dict[str, Any]:
    data: dict[str, Any] = _plain(message)
    return data


def inbound_from_json(data: dict[str, Any]) -> InboundMessage:
    def part(cls: Any, value: Any) -> Any:
        return cls(**value) if isinstance(value, dict) else None

    return InboundMessage(
        channel=parse_enum(Channel, data["channel"], Channel.WHATSAPP),
        message_id=data["message_id"],
        sender=data["sender"],
        timestamp=datetime.fromisoformat(data["timestamp"]),
        kind=parse_enum(MessageKind, data["kind"], MessageKind.UNKNOWN),
        text=data.get("text"),
        reply_id=data.get("reply_id"),
        reply_to=data.get("reply_to"),
        business_id=data.get("business_id"),
        profile_name=data.get("profile_name"),
        media=part(Media, data.get("media")),
        location=part(Location, data.get("location")),
        reaction_emoji=data.get("reaction_emoji"),
        reacted_to=data.get("reacted_to"),
        context=part(MessageContext, data.get("context")),
        referral=data.get("referral"),
        errors=tuple(ProviderError(**e) for e in data.get("errors") or ()),
        subtype=data.get("subtype"),
        extra=data.get("extra") or {},
    )


def outbound_to_json(message: OutboundMessage) -> dict[str, Any]:
    data: dict[str, Any] = _plain(message)
    return data


def outbound_from_json(data: dict[str, Any]) -> OutboundMessage:
    menu = data.get("menu")
    return OutboundMessage(
        text=data["text"],
        buttons=tuple(Button(**b) for b in data.get("buttons") or ()),
        menu=ListMenu(menu["button"], tuple(ListRow(**r) for r in menu["rows"])) if menu else None,
        template=Template(**template) if (template := data.get("template")) else None,
    )

"""parse() never raises: raw bytes, and payloads shaped like Meta's with everything bent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from selfcare.channels.base import Parsed, RawRequest
from selfcare.channels.whatsapp import INTERNAL_ERROR, WhatsAppChannel
from selfcare.events import InboundMessage, StatusUpdate, Unparsed
from tests.conftest import make_settings

CHANNEL = WhatsAppChannel(make_settings())
DATA = Path(__file__).parent.parent / "data" / "whatsapp"
FIXTURES = [json.loads(p.read_text()) for p in sorted(DATA.glob("*.json"))]
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def parse(body: bytes) -> Parsed:
    parsed = CHANNEL.parse(RawRequest(body=body, headers={}))
    assert isinstance(parsed, Parsed)
    assert parsed.dead_letter != INTERNAL_ERROR, "parse hit an internal error"
    for event in parsed.events:
        assert isinstance(event, InboundMessage | StatusUpdate | Unparsed)
        if isinstance(event, InboundMessage):
            assert event.message_id and event.sender
            assert event.timestamp.tzinfo is not None
    return parsed


odd_text = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["", " ", "\u0000", "\ud7ff", "\u202e", "👩🏽‍⚕️", "9" * 5000, "x" * 20_000]),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    odd_text,
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
KEYS = [
    "from",
    "id",
    "timestamp",
    "type",
    "text",
    "body",
    "image",
    "audio",
    "voice",
    "context",
    "referral",
    "errors",
    "interactive",
    "button_reply",
    "list_reply",
    "nfm_reply",
    "button",
    "reaction",
    "emoji",
    "message_id",
    "location",
    "latitude",
    "longitude",
    "contacts",
    "order",
    "system",
    "status",
    "recipient_id",
    "biz_opaque_callback_data",
    "from_user_id",
    "user_id",
    "profile",
    "name",
    "wa_id",
    "code",
    "error_data",
    "forwarded",
    "payload",
    "title",
]
TYPES = [
    "text",
    "image",
    "video",
    "document",
    "sticker",
    "audio",
    "location",
    "contacts",
    "interactive",
    "button",
    "reaction",
    "order",
    "system",
    "unsupported",
    "unknown",
    "zzz",
]
meta_like = st.recursive(
    scalars | st.sampled_from(TYPES),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS), children, max_size=8)
    ),
    max_leaves=12,
)


def envelope(value: Any, field: Any = "messages") -> bytes:
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "1", "changes": [{"field": field, "value": value}]}],
    }
    return json.dumps(body).encode()


@FUZZ
@given(st.binary(max_size=2000))
def test_raw_bytes(body: bytes) -> None:
    parse(body)


@FUZZ
@given(json_values)
def test_any_json(value: Any) -> None:
    parse(json.dumps(value).encode())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    messages=st.one_of(meta_like, st.lists(meta_like, max_size=5)),
    statuses=st.one_of(meta_like, st.lists(meta_like, max_size=5)),
    contacts=st.one_of(meta_like, st.lists(meta_like, max_size=3)),
    metadata=meta_like,
    field=st.sampled_from(["messages", "account_update", None, 3]),
)
def test_bent_values(
    messages: Any, statuses: Any, contacts: Any, metadata: Any, field: Any
) -> None:
    value = {"messages": messages, "statuses": statuses, "contacts": contacts, "metadata": metadata}
    parse(envelope(value, field))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    message=st.fixed_dictionaries(
        {"id": st.text(min_size=1, max_size=10), "from": st.sampled_from(["447700900123", "+1"])},
        optional={k: meta_like for k in KEYS if k not in ("id", "from")},
    ),
    kind=st.sampled_from(TYPES),
    payload=meta_like,
)
def test_bent_messages_still_yield_messages(
    message: dict[str, Any], kind: str, payload: Any
) -> None:
    message["type"] = kind
    message[kind] = payload
    message["id"] = message["id"] or "x"
    message["from"] = "447700900123"
    (event,) = parse(envelope({"messages": [message]})).events
    assert isinstance(event, InboundMessage)
    assert event.sender == "+447700900123"


@settings(max_examples=60, deadline=None)
@given(
    fixture=st.sampled_from(FIXTURES),
    path_choice=st.randoms(use_true_random=False),
    replacement=json_values,
)
def test_mutated_fixtures(fixture: Any, path_choice: Any, replacement: Any) -> None:
    """Replace one random node of a real fixture with junk."""
    doc = json.loads(json.dumps(fixture))
    nodes: list[tuple[Any, Any]] = []

    def collect(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in list(items):
            nodes.append((node, key))
            if isinstance(child, dict | list):
                collect(child)

    collect(doc)
    parent, key = path_choice.choice(nodes)
    parent[key] = replacement
    parse(json.dumps(doc).encode())


def test_many_entries() -> None:
    message = {
        "from": "447700900123",
        "id": "wamid.1",
        "timestamp": "1",
        "type": "text",
        "text": {"body": "hi"},
    }
    change = {"field": "messages", "value": {"messages": [message] * 50}}
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": str(i), "changes": [change, change]} for i in range(10)],
    }
    parsed = parse(json.dumps(body).encode())
    assert len(parsed.events) == 1000


def test_deep_nesting_inside_a_message() -> None:
    deep: Any = "x"
    for _ in range(900):
        deep = [deep]
    message = {
        "from": "447700900123",
        "id": "wamid.1",
        "type": "text",
        "text": deep,
        "context": deep,
        "referral": {"deep": deep},
    }
    (event,) = parse(envelope({"messages": [message]})).events
    assert isinstance(event, InboundMessage) and event.text is None

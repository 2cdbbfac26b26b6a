"""Every message type survives the trip through the inbox's JSON column unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from selfcare.channels.whatsapp import parse_payload
from selfcare.events import Button, InboundMessage, ListMenu, ListRow, OutboundMessage, Template
from selfcare.store import codec

FIXTURES = sorted((Path(__file__).parents[1] / "data" / "whatsapp").glob("*.json"))


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_inbound_round_trip(path: Path) -> None:
    events = parse_payload(path.read_bytes()).events
    for message in (e for e in events if isinstance(e, InboundMessage)):
        stored = json.loads(json.dumps(codec.inbound_to_json(message)))
        assert codec.inbound_from_json(stored) == message


@pytest.mark.parametrize(
    "message",
    [
        OutboundMessage("plain"),
        OutboundMessage("pick", buttons=(Button("a", "A"), Button("b", "B"))),
        OutboundMessage("menu", menu=ListMenu("Topics", (ListRow("x", "X", "about x"),))),
        OutboundMessage("[template]", template=Template("follow_up", "pt_BR")),
    ],
)
def test_outbound_round_trip(message: OutboundMessage) -> None:
    stored = json.loads(json.dumps(codec.outbound_to_json(message)))
    assert codec.outbound_from_json(stored) == message

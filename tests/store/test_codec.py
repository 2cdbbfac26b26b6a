"""Every message type survives the trip through the inbox's JSON column unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from selfcare import jsontext
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


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_an_event_stored_as_itself_is_written_as_its_plain_form(path: Path) -> None:
    """The store hands events to the engines' serializer (:func:`codec.dumps`) as they are:
    what it writes must read back as the same message, and hold what ``inbound_to_json``
    gives (the form older rows were written in)."""
    for message in (e for e in parse_payload(path.read_bytes()).events):
        if isinstance(message, InboundMessage):
            stored = jsontext.loads(codec.dumps(message))
            assert stored == codec.inbound_to_json(message)
            assert codec.inbound_from_json(stored) == message


def test_what_orjson_refuses_is_written_and_read_as_before() -> None:
    huge = {"n": 2**70, "items": (1, 2)}
    assert json.loads(codec.dumps(huge)) == {"n": 2**70, "items": [1, 2]}
    assert jsontext.loads(codec.dumps(huge)) == {"n": 2**70, "items": [1, 2]}  # not a float
    assert jsontext.loads('{"code": ' + "9" * 40 + "}") == {"code": int("9" * 40)}
    assert (
        jsontext.loads('{"x": NaN}')["x"] != jsontext.loads('{"x": NaN}')["x"]
    )  # NaN, read as before
    assert jsontext.loads(b'{"a": [1, "\\u00e9"]}') == {"a": [1, "é"]}

"""Fuzzing over HTTP: correctly signed webhooks whose payload is bent in every way, and raw
bytes. Never a 5xx, never a stuck or crashed worker, and what cannot be used is kept as a
dead letter.

(tests/channels/test_whatsapp_fuzz.py fuzzes the parser as a function; this goes through
the route, the inbox, the store, the worker and the sender — on SQLite, and on PostgreSQL
too when TEST_DATABASE_URL is set, since each database refuses different text.)
"""

from __future__ import annotations

import copy
import itertools
import json
import os
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from tests.fakes.graph import FakeGraph
from tests.faults.conftest import PEOPLE, flood_body, said, wait_until
from tests.pipeline.conftest import Echo, Start, post

# Small for `make test`; FUZZ_EXAMPLES=500 for a deeper run by hand.
FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "40")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
WAIT = 20.0
LIMIT = 3 * 1024 * 1024  # MAX_BODY_BYTES: larger bodies are refused with 413
_ids = itertools.count()

BASE = json.loads(flood_body(PEOPLE[5], 0, prefix="fuzz"))
STATUS = {
    "id": "wamid.OUT",
    "status": "delivered",
    "timestamp": "1800000000",
    "recipient_id": PEOPLE[5].lstrip("+"),
    "biz_opaque_callback_data": "999999",  # no such reply
}
BASE["entry"][0]["changes"][0]["value"]["statuses"] = [STATUS]


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths(value, (*prefix, index))


PATHS = [p for p in paths(BASE) if p]

odd_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            # (lone surrogates: see test_a_lone_surrogate_is_stored_not_refused_forever)
            "\u202e\u200f",
            "\ufeff",
            "👩🏽‍⚕️" * 50,
            "ﷺ" * 1000,
            "9" * 5000,
            "x" * 100_000,
        ]
    ),
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
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def nested(depth: int) -> Any:
    value: Any = "deep"
    for i in range(depth):
        value = [value] if i % 2 else {"v": value}
    return value


mutation = st.tuples(
    st.sampled_from(PATHS),
    st.one_of(
        st.just(("delete", None)),
        st.tuples(st.just("set"), json_values),
        st.tuples(st.just("nest"), st.integers(min_value=10, max_value=400)),
        st.tuples(st.just("repeat"), st.integers(min_value=2, max_value=150)),
    ),
)


def mutate(base: dict[str, Any], changes: list[tuple[tuple[Any, ...], Any]]) -> dict[str, Any]:
    doc = base
    repeated = False
    for path, (action, arg) in changes:
        if action == "repeat":
            if repeated:
                continue  # repeats compound (150 x 150 x ...): one per example keeps it sane
            repeated = True
        parent: Any = doc
        try:
            for step in path[:-1]:
                parent = parent[step]
            key = path[-1]
            current = parent[key]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed the way there
        if not isinstance(parent, dict | list):
            continue  # an earlier change put a string there: indexable, but not changeable
        if action == "delete":
            del parent[key]
        elif action == "set":
            parent[key] = arg
        elif action == "nest":
            parent[key] = nested(arg)
        elif action == "repeat":  # many entries, changes, messages...
            parent[key] = [copy.deepcopy(current) for _ in range(arg)]
    return doc


def fresh_base() -> dict[str, Any]:
    """The base payload with a new message id, so that every example is a new message."""
    n = next(_ids)
    doc = copy.deepcopy(BASE)
    message = doc["entry"][0]["changes"][0]["value"]["messages"][0]
    message["id"] = f"wamid.FUZZ{n}"
    message["text"]["body"] = said(f"fuzz {n}")
    return doc


def unusable(body: bytes) -> bool:
    """Whether the whole body is unusable, so that it must be kept as a dead letter."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return True
    return (
        not isinstance(data, dict)
        # A body without "object" is read as Meta's (a hand-written test's shape).
        or data.get("object", "whatsapp_business_account") != "whatsapp_business_account"
        or not isinstance(data.get("entry"), list)
    )


class Probe:
    """Posts signed bodies and checks what the server did with each."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.store = client.app.state.runtime.store  # type: ignore[attr-defined]

    def dead_letters(self) -> int:
        return int(self.client.portal.call(self.store.dead_letter_count))

    def send(self, body: bytes) -> None:
        before = self.dead_letters()
        status = post(self.client, body)
        if len(body) > LIMIT:
            assert status == 413, f"an oversized signed body answered {status}"
            assert self.dead_letters() == before
            return
        assert status == 200, f"signed body answered {status}"
        after = self.dead_letters()
        assert after >= before
        if unusable(body):
            assert after == before + 1, "an unusable signed body was not kept"

    def assert_healthy(self, graph: FakeGraph) -> None:
        """Everything stored was answered, and a normal message still is."""
        before = len(graph.messages)
        assert post(self.client, flood_body(PEOPLE[6], next(_ids), prefix="after")) == 200
        assert graph.wait_for(before + 1, WAIT), "a normal message was not answered"
        assert self.client.get("/readyz").status_code == 200

        def all_done() -> bool:
            waiting, _unsent = self.client.portal.call(self.store.queue_depth)
            return bool(waiting == 0)

        assert wait_until(all_done, WAIT), "a stored message was never answered"


def test_bent_payloads_signed_correctly(start: Start, graph: FakeGraph, database_url: str) -> None:
    probe = Probe(start(Echo(), database_url=database_url))

    @FUZZ
    @given(st.lists(mutation, min_size=1, max_size=4))
    @example([])  # no change: the valid payload
    @example([(("entry",), ("nest", 400))])
    @example([(("entry", 0, "changes"), ("repeat", 150))])
    @example([(("entry", 0, "changes", 0, "value", "messages", 0, "from"), ("set", 1e308))])
    def bent(changes: list[tuple[tuple[Any, ...], Any]]) -> None:
        doc = mutate(fresh_base(), changes)
        body = json.dumps(doc).encode()
        probe.send(body)

    bent()
    probe.assert_healthy(graph)


def test_raw_bytes_signed_correctly(start: Start, graph: FakeGraph, database_url: str) -> None:
    probe = Probe(start(Echo(), database_url=database_url))

    @FUZZ
    @given(st.binary(max_size=4096))
    @example(b"")
    @example(b"\xff\xfe\x00\x00")
    @example(b"[" * 200_000)
    @example(b'{"object": "whatsapp_business_account", "entry": ' + b"[" * 100_000)
    @example(b'{"object": "whatsapp_business_account", "entry": [' + b'{"a":' * 5000 + b"1")
    @example(b"\xef\xbb\xbf" + json.dumps(BASE).encode())  # a byte-order mark first
    @example(json.dumps(BASE).encode().replace(b"qzv", b"\xff\xfe"))  # invalid UTF-8 inside
    @example(b'{"object": "whatsapp_business_account", "entry": [], "x": NaN}')
    def raw(body: bytes) -> None:
        probe.send(body)

    raw()
    probe.assert_healthy(graph)


SURROGATE = ("text", "field")


@pytest.mark.parametrize("where", SURROGATE)
def test_a_lone_surrogate_is_stored_not_refused_forever(
    start: Start, graph: FakeGraph, database_url: str, where: str
) -> None:
    probe = Probe(start(Echo(), database_url=database_url))
    doc = fresh_base()
    change = doc["entry"][0]["changes"][0]
    if where == "text":  # in the person's text: the inbox row's body column
        change["value"]["messages"][0]["text"]["body"] = said("\ud800 hello")
    else:  # in an unknown field name: the dead letter's reason column
        change["field"] = "\ud800"
    probe.send(json.dumps(doc).encode())
    probe.assert_healthy(graph)

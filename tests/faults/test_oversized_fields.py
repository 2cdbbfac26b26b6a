"""One over-long field never blocks a whole webhook: ten good messages and one odd item (a
70-character business-scoped id, a 300-character message id, a 40-digit error code, a
100-digit sender) — the ten are stored and answered, the odd one is a dead letter with the
reason, and the webhook is acknowledged. The same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from selfcare.channels.whatsapp import WABA_OBJECT
from tests.conftest import PHONE_NUMBER_ID
from tests.fakes.graph import FakeGraph
from tests.faults.conftest import PEOPLE, said, wait_until
from tests.pipeline.conftest import Echo, Start, post

GOOD = [
    {
        "from": PEOPLE[n % 4].lstrip("+"),
        "id": f"wamid.LONG.{n}",
        "timestamp": str(1_800_000_000 + n),
        "type": "text",
        "text": {"body": said(f"good{n}")},
    }
    for n in range(10)
]


def body(messages: list[dict[str, Any]], statuses: list[dict[str, Any]] = ()) -> bytes:  # type: ignore[assignment]
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550783881", "phone_number_id": PHONE_NUMBER_ID},
        "messages": messages,
    }
    if statuses:
        value["statuses"] = statuses
    entry = {"id": "1", "changes": [{"field": "messages", "value": value}]}
    return json.dumps({"object": WABA_OBJECT, "entry": [entry]}).encode()


def odd_message(**fields: Any) -> dict[str, Any]:
    message = {
        "from": "447700900999",
        "id": "wamid.ODD",
        "timestamp": "1800000100",
        "type": "text",
        "text": {"body": said("odd")},
    }
    message.update(fields)
    return {k: v for k, v in message.items() if v is not None}


ODD = {
    "business-scoped id of 70": (
        [odd_message(**{"from": None, "from_user_id": "US." + "1" * 67})],
        [],
    ),
    "message id of 300": ([odd_message(id="wamid." + "A" * 294)], []),
    "sender of 100 digits": ([odd_message(**{"from": "4" * 100})], []),
    "error code of 40 digits": (
        [],
        [
            {
                "id": "wamid.OUT1",
                "status": "failed",
                "timestamp": "1800000100",
                "recipient_id": "447700900999",
                "errors": [{"code": int("9" * 40), "title": "x"}],
            }
        ],
    ),
}


@pytest.mark.parametrize("odd", list(ODD))
def test_one_over_long_field_does_not_block_the_other_ten(
    start: Start, graph: FakeGraph, database_url: str, odd: str
) -> None:
    client = start(Echo(), database_url=database_url)
    messages, statuses = ODD[odd]
    assert post(client, body(GOOD + messages, statuses)) == 200
    good = {f"good{n}" for n in range(10)}

    def words() -> set[str]:
        return {w for t in graph.texts for w in t.split() if w.startswith(("good", "odd"))}

    assert wait_until(lambda: words() >= good, 30), graph.texts
    assert words() == good
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    assert client.portal.call(runtime.store.dead_letter_count) == 1


async def test_an_item_the_store_refuses_is_a_dead_letter_and_the_rest_is_stored() -> None:
    """The inbox's second line of defence, for a limit the adapters do not know."""
    from sqlalchemy.exc import DataError

    from selfcare.channels.whatsapp import parse_payload
    from selfcare.pipeline.inbox import Inbox
    from selfcare.store import WriteResult

    class Picky:
        def __init__(self) -> None:
            self.messages: list[str] = []
            self.letters: list[str] = []

        async def write_batch(self, messages: Any, updates: Any, letters: Any) -> WriteResult:
            if any(m.message_id.endswith(".3") for m in messages):
                raise DataError("INSERT", {}, Exception("value too long"))
            self.messages += [m.message_id for m in messages]
            self.letters += [d.reason for d in letters]
            return WriteResult(len(messages), 0, frozenset())

    store: Any = Picky()
    inbox = Inbox(store)
    inbox.start()
    try:
        events = parse_payload(body(GOOD[:5])).events
        await inbox.put(events)  # type: ignore[arg-type]
    finally:
        await inbox.stop()
    assert store.messages == [f"wamid.LONG.{n}" for n in (0, 1, 2, 4)]
    assert store.letters == ["refused by the store (DataError)"]

"""Replies never go out from the wrong business number: a message written to another number
on the same Meta app (another ``phone_number_id``), or sent ``To`` another Twilio number, is
kept as a dead letter with the reason, not marked read and not answered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from selfcare.channels.twilio import inbound_webhook
from selfcare.channels.whatsapp import text_webhook
from tests.fakes.graph import FakeGraph
from tests.fakes.twilio import DEFAULT_SID, DEFAULT_TOKEN, FakeTwilio
from tests.faults.conftest import PEOPLE, said, wait_until
from tests.pipeline.conftest import Echo, Start, post, settle
from tests.pipeline.test_twilio_end_to_end import NUMBER, post_form, twilio_settings

OTHER_ID = "106540352249999"  # another number on the same app


@pytest.fixture
def twilio() -> Iterator[FakeTwilio]:
    with FakeTwilio(account_sid=DEFAULT_SID, auth_token=DEFAULT_TOKEN) as fake:
        yield fake


def dead_letters(client: object) -> int:
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    return int(client.portal.call(runtime.store.dead_letter_count))  # type: ignore[attr-defined]


def test_a_message_to_another_meta_number_is_not_answered(start: Start, graph: FakeGraph) -> None:
    client = start(Echo(), read_receipts=True)  # ours is marked read: the other one is not
    other = text_webhook(PEOPLE[0], said("to the other number"), phone_number_id=OTHER_ID)
    assert post(client, other) == 200
    assert dead_letters(client) == 1
    mine = text_webhook(PEOPLE[1], said("to us"), phone_number_id=graph_id())
    assert post(client, mine) == 200
    assert graph.wait_for(1, 30)
    settle()
    assert [m.to for m in graph.messages] == [PEOPLE[1].lstrip("+")]
    marked = [r for r in graph.requests if r.json.get("status") == "read"]
    assert len(marked) == 1, "the other number's message was marked read"


def graph_id() -> str:
    from tests.conftest import PHONE_NUMBER_ID

    return PHONE_NUMBER_ID


def test_a_twilio_message_to_another_number_is_not_answered(
    start: Start, twilio: FakeTwilio
) -> None:
    client = start(Echo(), **twilio_settings(twilio))
    other = inbound_webhook(PEOPLE[2], said("to the other"), to="whatsapp:+14155550000")
    assert post_form(client, other)[0] == 200
    assert dead_letters(client) == 1
    mine = inbound_webhook(PEOPLE[3], said("to us"), to=NUMBER)
    assert post_form(client, mine)[0] == 200
    assert wait_until(lambda: len(twilio.messages) >= 1, 30)
    settle()
    assert [m.form["To"] for m in twilio.messages] == [f"whatsapp:{PEOPLE[3]}"]

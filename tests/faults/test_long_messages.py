"""One long message must not freeze the server: understanding is linear on long repetitive
texts, only the start of a message is analysed (the whole text is stored), and the
assistant never runs on the event loop that acknowledges webhooks.

Work is measured by counting function calls, not by wall time, so a loaded machine cannot
make these tests flaky.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from selfcare.assistant import MAX_ANALYSED_CHARS, Assistant
from selfcare.assistant.engine import engine
from selfcare.assistant.engine import understand as understanding
from selfcare.events import Channel, Conversation, InboundMessage, MessageKind, Reply
from tests.fakes.graph import FakeGraph
from tests.faults.conftest import PEOPLE, said, wait_until
from tests.pipeline.conftest import Echo, Start, post, text_body

UNITS = ["no headache ", "chest pain, no fever. ", "not ", "a", "if i had chest pain "]


def calls(action: Callable[[], object]) -> int:
    """How many Python and C functions ``action`` called: the work done, not the time."""
    count = 0

    def profile(_frame: object, event: str, _arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return count


def repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


@pytest.mark.parametrize("unit", UNITS)
def test_understanding_is_linear_on_long_repetitive_text(
    unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without the cap, to see how the work grows: 16 × the text must cost about 16 × the work
    # (a quadratic step would cost 256 ×).
    monkeypatch.setattr(understanding, "MAX_CHARS", 1 << 20)
    reader = engine()
    reader.understand("warm up")
    small = calls(lambda: reader.understand(repeated(unit, 4096)))
    large = calls(lambda: reader.understand(repeated(unit, 64 * 1024)))
    assert large <= 24 * small, (small, large)


def test_only_the_start_of_a_long_message_is_analysed() -> None:
    assistant = Assistant()
    seen: list[int] = []
    real = assistant._dialogue.respond

    def spy(conversation: Conversation, message: InboundMessage) -> Reply:
        seen.append(len(message.text or ""))
        return real(conversation, message)

    assistant._dialogue.respond = spy  # type: ignore[method-assign]
    text = "I have crushing chest pain. " + repeated("no headache ", 64 * 1024)
    message = InboundMessage(
        Channel.WHATSAPP, "wamid.LONG", PEOPLE[0], datetime.now(UTC), MessageKind.TEXT, text
    )
    reply = assistant.respond(Conversation(PEOPLE[0]), message)
    assert seen == [MAX_ANALYSED_CHARS]
    assert reply.triage == "emergency"  # what was said first is still read


class Blocking(Echo):
    """An assistant that holds its first answer until released: if it ran on the event loop,
    nothing else (no acknowledgement) could happen meanwhile."""

    def __init__(self) -> None:
        super().__init__()
        self.entered = threading.Event()
        self.release = threading.Event()

    def respond(self, conversation: Conversation, message: InboundMessage) -> Reply:
        self.entered.set()
        self.release.wait(60)
        return super().respond(conversation, message)


def test_a_webhook_is_acknowledged_while_the_assistant_is_busy(
    start: Start, graph: FakeGraph
) -> None:
    assistant = Blocking()
    client = start(assistant)
    # The test's patience: after 20 s the assistant is let go whatever happened. Had it run on
    # the event loop, the acknowledgement below could only come after that.
    patience = threading.Timer(20.0, assistant.release.set)
    try:
        assert post(client, text_body(said("first"), sender=PEOPLE[0])) == 200
        assert assistant.entered.wait(30), "the assistant was never called"
        patience.start()
        # The assistant is busy (blocked): the next webhook and the health check still answer.
        assert post(client, text_body(said("second"), sender=PEOPLE[1])) == 200
        assert client.get("/healthz").status_code == 200
        assert not assistant.release.is_set(), "the webhook waited for the assistant"
    finally:
        patience.cancel()
        assistant.release.set()
    assert graph.wait_for(2, 30)


def test_a_64_kib_message_is_stored_whole_and_answered(start: Start, graph: FakeGraph) -> None:
    client = start()  # the real assistant
    text = said(repeated("no headache ", 64 * 1024))
    assert post(client, text_body(text, sender=PEOPLE[0])) == 200
    assert post(client, text_body(said("I have a sore throat"), sender=PEOPLE[1])) == 200
    assert graph.wait_for(2, 60), "not both were answered"
    runtime = client.app.state.runtime  # type: ignore[attr-defined]

    def stored() -> bool:
        items = client.portal.call(runtime.store.history, PEOPLE[0])
        return any(len(i.text) == len(text) for i in items)

    assert wait_until(stored, 10)

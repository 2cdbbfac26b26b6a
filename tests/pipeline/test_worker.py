"""Worker rules that do not need a server: joining waiting texts, surviving a failing store."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from selfcare.events import Channel, InboundMessage, MessageKind
from selfcare.pipeline.worker import MAX_JOINED, Worker, coalesce, joined
from selfcare.store import InboxRow
from tests.fakes.http import sending
from tests.pipeline.conftest import Echo

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def row(i: int, kind: MessageKind = MessageKind.TEXT, text: str | None = None) -> InboxRow:
    message = InboundMessage(
        Channel.WHATSAPP, f"wamid.{i}", "+447700900123", NOW, kind, text or f"part {i}"
    )
    return InboxRow(i, message, NOW)


def test_consecutive_texts_are_answered_together_in_order() -> None:
    rows = [row(1), row(2), row(3, MessageKind.IMAGE), row(4)]
    group = coalesce(rows)
    assert [r.id for r in group] == [1, 2]
    assert joined(group).text == "part 1\npart 2"
    assert joined(group).message_id == "wamid.2"


def test_a_non_text_message_is_answered_alone() -> None:
    assert [r.id for r in coalesce([row(1, MessageKind.AUDIO), row(2)])] == [1]


def test_joining_is_bounded() -> None:
    many = [row(i) for i in range(MAX_JOINED + 20)]
    assert len(coalesce(many)) == MAX_JOINED
    long = [row(i, text="x" * 3000) for i in range(5)]
    assert 1 <= len(coalesce(long)) < 5


class FlakyStore:
    """Fails the first claims, as a database restarting would."""

    def __init__(self) -> None:
        self.calls = 0

    async def claim_people(self, prefix: str, lease: float, limit: int) -> list[tuple[str, str]]:
        self.calls += 1
        if self.calls <= 3:
            raise ConnectionError("database restarting")
        return []


async def test_the_worker_keeps_trying_when_the_store_fails() -> None:
    store: Any = FlakyStore()
    async with sending() as client:
        worker = Worker(store, Echo(), {}, client, concurrency=1, poll=0.01)
        worker.start()
        # it backs off between failures, so wait for the retries rather than a fixed time
        for _ in range(300):
            if store.calls > 3:
                break
            await asyncio.sleep(0.05)
        alive = not worker._tasks[0].done()
        await worker.stop()
    assert alive and store.calls > 3

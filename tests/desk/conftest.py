"""A worker with the real assistant on a real store (SQLite and PostgreSQL), driven a turn at
a time: what a person says, what went into the outbox, what the desk holds."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from selfcare.assistant import Assistant
from selfcare.desk.auth import hash_password
from selfcare.desk.hours import OpeningHours
from selfcare.desk.policy import DeskPolicy
from selfcare.desk.store import Desk
from selfcare.events import Channel, InboundMessage, MessageKind
from selfcare.pipeline.worker import Worker
from selfcare.store import Store, utcnow
from tests.fakes.http import sending

ALICE = "+447700900123"
_ids = itertools.count(1)


@dataclass
class Turns:
    store: Store
    worker: Worker
    desk: Desk

    async def say(self, text: str, person: str = ALICE) -> list[str]:
        """Send one message through the worker; return the texts it queued for the person."""
        before = await self.sent(person)
        message = InboundMessage(
            Channel.WHATSAPP, f"wamid.T{next(_ids)}", person, utcnow(), MessageKind.TEXT, text
        )
        await self.store.write_batch([message])
        assert await self.store.claim_person("test", 30) == person
        try:
            await self.worker.work_on(person, "test")
        finally:
            await self.store.release_person(person, "test")
        return (await self.sent(person))[len(before) :]

    async def sent(self, person: str = ALICE) -> list[str]:
        return [i.text for i in await self.store.history(person, 500) if i.direction == "out"]

    async def row(self, person: str = ALICE) -> dict[str, object] | None:
        for state in ("all",):
            for s in await self.desk.conversations(state):
                if s.person == person:
                    return {"id": s.id, "state": s.state, "urgent": s.urgent, "reason": s.reason}
        return None


def policy(hours: str = "", flags: frozenset[str] = frozenset()) -> DeskPolicy:
    return DeskPolicy(OpeningHours.parse(hours, "UTC"), flags, 60)


ASSISTANT = Assistant()


@pytest.fixture
async def turns(store: Store) -> AsyncIterator[Turns]:
    async with sending() as client:
        worker = Worker(store, ASSISTANT, {}, client, desk=policy())
        desk = Desk(store)
        await desk.set_operator("nurse.joy", hash_password("correct horse battery"))
        yield Turns(store, worker, desk)

"""Erasure leaves nothing about the person: not in dead letters (a message without an id
still holds the number and the text), not in conversations, not the confirmation's own
outbox row, attempts or statuses; business-scoped ids are erasable; erased text does not
linger in the SQLite file or its WAL; dead letters and orphan statuses have a retention.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text, update
from typer.testing import CliRunner

from selfcare.channels.whatsapp import WABA_OBJECT
from selfcare.cli import app
from selfcare.store import DeadLetter, Store
from selfcare.store.tables import dead_letters
from tests.conftest import PHONE_NUMBER_ID
from tests.fakes.graph import FakeGraph
from tests.faults.conftest import PEOPLE, MetaStatuses, wait_until
from tests.pipeline.conftest import Start, post, text_body

SECRET_WORDS = "zebracorn pregnant"  # unmistakable in a byte dump
TABLES = ("inbox", "outbox", "conversations", "dead_letters", "statuses", "send_attempts")


def no_id_body(person: str) -> bytes:
    """A signed message without an id, holding the number and the text: through the webhook
    it is accepted with an id made from its content; stored as a dead letter, it is the kind
    of row an erasure must find by the number inside it."""
    message = {"from": person.lstrip("+"), "timestamp": "1800000000", "type": "text",
               "text": {"body": f"I am {SECRET_WORDS}"}}  # fmt: skip
    value = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550783881", "phone_number_id": PHONE_NUMBER_ID},
        "messages": [message],
    }
    entry = {"id": "1", "changes": [{"field": "messages", "value": value}]}
    return json.dumps({"object": WABA_OBJECT, "entry": [entry]}).encode()


def traces(database: Path, person: str) -> list[str]:
    """Tables still holding the person's number (as digits) or the secret words."""
    digits = person.lstrip("+")
    found = []
    with sqlite3.connect(database) as db:
        for table in TABLES:
            for row in db.execute(f"SELECT * FROM {table}"):
                dump = " ".join(
                    bytes(v).decode("latin-1") if isinstance(v, bytes) else str(v) for v in row
                )
                if digits in dump or "zebracorn" in dump:
                    found.append(table)
    return found


def pending(database: Path) -> bool:
    with sqlite3.connect(database) as db:
        return db.execute("SELECT 1 FROM inbox WHERE state = 'pending'").fetchone() is not None


def test_delete_my_data_leaves_nothing_about_the_person(
    start: Start, graph: FakeGraph, tmp_path: Path
) -> None:
    client = start(worker_lease_seconds=5.0)  # the real assistant
    person, other = PEOPLE[0], PEOPLE[1]
    database = tmp_path / "selfcare.db"
    with MetaStatuses(graph, lambda body: post(client, body)):
        assert post(client, no_id_body(person)) == 200
        assert post(client, text_body("I have a headache", sender=other)) == 200
        assert post(client, text_body(f"I am {SECRET_WORDS} and have a headache", person)) == 200
        # Both answered (not merely two messages out: one reply may take two), so what
        # follows is a turn of its own rather than joined to a headache still waiting.
        answered = {p.lstrip("+") for p in (person, other)}
        assert wait_until(lambda: answered <= {m.to for m in graph.messages}, 30)
        # The person sent two messages, which may be two turns of one reply each: wait until
        # the inbox holds nothing of theirs still waiting.
        assert wait_until(lambda: not pending(database), 30)
        assert post(client, text_body("DELETE MY DATA", sender=person)) == 200
        asked = "want me to delete"
        assert wait_until(lambda: any(asked in (t or "").lower() for t in graph.texts), 30)
        assert post(client, text_body("yes", sender=person)) == 200
        assert wait_until(lambda: any("deleted" in (t or "").lower() for t in graph.texts), 30)
        # The confirmation is sent, its statuses arrive: then nothing is left.
        assert wait_until(lambda: traces(database, person) == [], 30), traces(database, person)
    assert traces(database, other) != []  # the other person is untouched
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    assert client.portal.call(runtime.store.history, person) == []


def test_forget_erases_dead_letters_and_business_scoped_ids(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/selfcare.db"
    bsuid = "US.13491208655302741918"

    async def seed() -> None:
        store = await Store.open(url)
        letters = [
            DeadLetter("whatsapp", "message without id", no_id_body(PEOPLE[2])),
            DeadLetter(
                "whatsapp", "message without id", json.dumps({"from_user_id": bsuid}).encode()
            ),
            DeadLetter("whatsapp", "body is not JSON", b"unrelated"),
        ]
        await store.write_batch([], [], letters)
        await store.close()

    asyncio.run(seed())
    env = {"DATABASE_URL": url}
    assert CliRunner().invoke(app, ["forget", "--yes", PEOPLE[2]], env=env).exit_code == 0
    result = CliRunner().invoke(app, ["forget", "--yes", bsuid], env=env)
    assert result.exit_code == 0, result.output
    with sqlite3.connect(tmp_path / "selfcare.db") as db:
        assert [r for (r,) in db.execute("SELECT reason FROM dead_letters")] == ["body is not JSON"]


def test_erased_text_does_not_linger_in_the_file_or_its_wal(tmp_path: Path) -> None:
    database = tmp_path / "selfcare.db"

    async def go() -> None:
        store = await Store.open(f"sqlite:///{database}")
        try:
            async with store.engine.connect() as conn:
                assert (await conn.exec_driver_sql("PRAGMA secure_delete")).scalar() == 1
            from selfcare.channels.whatsapp import parse_payload

            body = text_body(f"I am {SECRET_WORDS}", sender=PEOPLE[3])
            await store.write_batch(list(parse_payload(body).events))  # type: ignore[arg-type]
            await store.forget(PEOPLE[3])
            raw = await asyncio.to_thread(
                lambda: database.read_bytes() + Path(f"{database}-wal").read_bytes()
            )
            assert b"zebracorn" not in raw
        finally:
            await store.close()

    asyncio.run(go())


def test_dead_letters_and_orphan_statuses_have_their_own_retention(tmp_path: Path) -> None:
    async def go() -> tuple[int, int]:
        store = await Store.open(f"sqlite:///{tmp_path}/selfcare.db")
        try:
            await store.write_batch([], [], [DeadLetter("whatsapp", "old", b"{}")])
            old = datetime.now(UTC) - timedelta(days=40)
            async with store.engine.begin() as conn:
                await conn.execute(update(dead_letters).values(received_at=old))
                await conn.execute(
                    text(
                        "INSERT INTO statuses (channel, provider_id, status, at, received_at) "
                        "VALUES ('whatsapp', 'wamid.X', 'read', :at, :at)"
                    ),
                    {"at": old},
                )
            removed = await store.purge_unlinked(30)
            return removed, await store.dead_letter_count()
        finally:
            await store.close()

    removed, left = asyncio.run(go())
    assert removed == 2 and left == 0

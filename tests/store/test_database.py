"""Opening the database: the URL forms people paste, and surviving a lost connection."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from selfcare.events import Channel, InboundMessage, MessageKind
from selfcare.store import Store, utcnow
from selfcare.store.database import async_url, is_sqlite


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u:p@db.example:5432/app", "postgresql+asyncpg://u:p@db.example:5432/app"),
        ("postgresql://u:p@db.example/app", "postgresql+asyncpg://u:p@db.example/app"),
        ("postgresql+psycopg://u@h/app", "postgresql+asyncpg://u@h/app"),
        ("postgresql+asyncpg://u@h/app", "postgresql+asyncpg://u@h/app"),
        ("sqlite:///./data/selfcare.db", "sqlite+aiosqlite:///./data/selfcare.db"),
        ("sqlite+aiosqlite:////abs/path.db", "sqlite+aiosqlite:////abs/path.db"),
    ],
)
def test_url_forms(given: str, expected: str) -> None:
    assert async_url(given) == expected
    assert is_sqlite(given) == expected.startswith("sqlite")


async def test_a_lost_connection_is_retried_not_swapped(store: Store) -> None:
    if store.dialect != "postgresql":
        pytest.skip("dropping server-side connections is a PostgreSQL test")
    message = InboundMessage(
        Channel.WHATSAPP, "wamid.LOST", "+447700900001", utcnow(), MessageKind.TEXT, "hi"
    )
    await store.write_batch([message])
    # Kill every other session: the pool's connections die under it, as in a failover.
    async with store.engine.connect() as conn:
        await conn.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
    assert await store.ping()
    assert await store.queue_depth() == (1, 0)
    assert (await store.write_batch([message])).duplicates == 1


async def test_an_unreachable_database_fails_loudly() -> None:
    with pytest.raises(OSError):
        await Store.open("postgresql://nobody@127.0.0.1:1/nothing")

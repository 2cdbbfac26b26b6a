"""PostgreSQL: every database connection is killed again and again while messages arrive
(pg_terminate_backend every 0.3 s). Webhooks may be refused (503, Meta delivers again);
once the killing stops, every message is answered exactly once, and new ones too.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter

from tests.fakes.graph import FakeGraph
from tests.faults.conftest import PEOPLE, MetaStatuses, flood_body, wait_until
from tests.pipeline.conftest import Echo, Start, post

WAIT = 60.0


class Killer:
    """Terminates every other connection to the test database every ``every`` seconds."""

    def __init__(self, url: str, every: float = 0.3) -> None:
        self.url = url.replace("postgresql+asyncpg://", "postgresql://")
        self.every = every
        self.kills = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._run()), daemon=True)

    async def _run(self) -> None:
        import asyncpg

        conn = await asyncpg.connect(self.url)
        try:
            while not self._stop.is_set():
                killed = await conn.fetchval(
                    "select count(pg_terminate_backend(pid)) from pg_stat_activity "
                    "where datname = current_database() and pid <> pg_backend_pid()"
                )
                self.kills += int(killed or 0)
                await asyncio.sleep(self.every)
        finally:
            await conn.close()

    def __enter__(self) -> Killer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(10)


def deliver(client: object, body: bytes, tries: int = 200) -> None:
    """Post until acknowledged, as Meta retries a webhook that was not."""
    for _ in range(tries):
        try:
            if post(client, body) == 200:  # type: ignore[arg-type]
                return
        except Exception:
            continue
    raise AssertionError("a webhook was never acknowledged")


def test_connections_killed_under_load_then_every_message_is_answered_once(
    start: Start, graph: FakeGraph, pg_url: str
) -> None:
    client = start(
        Echo(),
        database_url=pg_url,
        worker_lease_seconds=2.0,
        send_ambiguous_grace_seconds=1.0,
        send_max_backoff_seconds=1.0,
    )
    who = PEOPLE[:6]
    words = {f"p{n}m{i}" for n in range(len(who)) for i in range(5)}
    with MetaStatuses(graph, lambda body: post(client, body)):
        with Killer(pg_url) as killer:
            for i in range(5):
                for n, person in enumerate(who):
                    deliver(client, flood_body(person, i, prefix=f"p{n}m"))
            assert wait_until(lambda: killer.kills >= 5, 20), "the killer never hit anything"
        # After the storm, a new message is answered too.
        deliver(client, flood_body(PEOPLE[7], 0, prefix="after"))
        words.add("after0")

        def answered() -> bool:
            return words <= {w for t in graph.texts for w in t.split()}

        assert wait_until(answered, WAIT, 0.2), sorted(
            words - {w for t in graph.texts for w in t.split()}
        )
    said = Counter(w for t in graph.texts for w in t.split() if w not in ("echo", "qzv"))
    assert said == dict.fromkeys(words, 1), "a message was answered twice or not at all"
    assert wait_until(lambda: client.get("/readyz").status_code == 200, 20)

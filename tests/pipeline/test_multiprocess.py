"""Several server processes sharing one PostgreSQL: exactly once, in order, and a SIGKILLed
process's work taken over by the others."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from selfcare.store.database import create_engine
from selfcare.store.tables import inbox, outbox
from tests.fakes.graph import FakeGraph
from tests.pipeline.conftest import status_body, text_body
from tests.pipeline.process import Server, parts

PEOPLE = [f"+4477009{n:05d}" for n in range(8)]
PER_PERSON = 10


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    with FakeGraph() as fake:
        yield fake


async def _snapshot(
    url: str,
) -> tuple[list[tuple[int, str, str, int]], list[tuple[int, str, int | None, str]]]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            ins = (await conn.execute(
                select(inbox.c.id, inbox.c.person, inbox.c.state, inbox.c.sent_at)
            )).all()  # fmt: skip
            outs = (await conn.execute(
                select(outbox.c.id, outbox.c.person, outbox.c.inbox_id, outbox.c.state)
            )).all()  # fmt: skip
    finally:
        await engine.dispose()
    return [tuple(r) for r in ins], [tuple(r) for r in outs]  # type: ignore[misc]


def test_processes_share_the_work_exactly_once_and_survive_a_kill(
    tmp_path: Path, graph: FakeGraph, pg_url: str
) -> None:
    servers = [
        Server(tmp_path / f"p{i}", graph, DATABASE_URL=pg_url, WORKER_LEASE_SECONDS="2")
        for i in range(3)
    ]
    for i in range(len(servers)):
        (tmp_path / f"p{i}").mkdir()
    with ThreadPoolExecutor(3) as pool:
        list(pool.map(lambda s: s.start(), servers))
    alive = list(servers)
    stream = [
        (
            person,
            i,
            text_body(
                f"message {i}", sender=person, message_id=f"wamid.{p}.{i}", ts=1_800_000_000 + i
            ),
        )
        for i in range(PER_PERSON)
        for p, person in enumerate(PEOPLE)
    ]
    acknowledged: set[bytes] = set()
    statused: set[str] = set()
    turn = itertools.count()

    def meta_statuses() -> None:
        # Meta reports each accepted message within moments; the status carries our outbox
        # id back, which is how a send whose process died is known to have gone out.
        for message in graph.messages:
            callback = message.json.get("biz_opaque_callback_data")
            if message.wamid and message.wamid not in statused:
                body = status_body(message.wamid, "sent", recipient="+" + (message.to or ""),
                                   callback_data=callback)  # fmt: skip
                if alive[next(turn) % len(alive)].post(body) == 200:
                    statused.add(message.wamid)

    def deliver(body: bytes) -> None:
        # Each message twice, to two different processes, as Meta's retries may do.
        for _ in range(2):
            server = alive[next(turn) % len(alive)]
            try:
                if server.post(body) == 200:
                    acknowledged.add(body)
            except httpx.HTTPError:
                pass  # a killed process: Meta would deliver again, as the next try does

    streaming = threading.Event()

    def meta() -> None:
        while not streaming.is_set():
            with contextlib.suppress(httpx.HTTPError):
                meta_statuses()
            time.sleep(0.05)

    reporter = threading.Thread(target=meta, daemon=True)
    reporter.start()
    try:
        with ThreadPoolExecutor(4) as pool:
            half = len(stream) // 2
            list(pool.map(lambda item: deliver(item[2]), stream[:half]))
            servers[0].kill()  # mid-stream, possibly holding leases and sends in flight
            alive.remove(servers[0])
            list(pool.map(lambda item: deliver(item[2]), stream[half:]))
        assert len(acknowledged) == len(stream)

        deadline = time.monotonic() + 60
        while True:
            ins, outs = asyncio.run(_snapshot(pg_url))
            finished = all(r[2] == "done" for r in ins) and all(o[3] != "pending" for o in outs)
            if finished and len(ins) == len(stream) and outs:
                break
            assert time.monotonic() < deadline, "the surviving processes did not finish"
            time.sleep(0.3)
    finally:
        streaming.set()
        reporter.join(5)
        for server in alive:
            server.stop()

    # Exactly once: every stored reply reached the provider once, and nothing else did.
    sent_ids = [m.json.get("biz_opaque_callback_data") for m in graph.messages]
    assert len(sent_ids) == len(set(sent_ids)), "a reply was sent twice"
    assert sorted(int(i) for i in sent_ids) == sorted(o[0] for o in outs)
    assert len(ins) == len(stream)  # every message stored once, despite double delivery

    # In order: each person's replies answer their messages in the order they were sent,
    # and reached the provider in that order.
    sent_at = {r[0]: r[3] for r in ins}
    by_person: dict[str, list[int]] = defaultdict(list)
    for out_id, person, inbox_id, _state in sorted(outs):
        assert inbox_id is not None
        by_person[person].append(out_id)
        answered = [sent_at[o[2]] for o in sorted(outs) if o[1] == person and o[2] is not None]
        assert answered == sorted(answered)
    for person, ids in by_person.items():
        delivered = [int(i) for i, m in zip(sent_ids, graph.messages, strict=True)
                     if m.to == person.lstrip("+")]  # fmt: skip
        assert delivered == sorted(ids), f"replies out of order for {json.dumps(person)[1:4]}"


def _answered_once(graph: FakeGraph, url: str, messages: int) -> None:
    deadline = time.monotonic() + 30
    while True:
        ins, outs = asyncio.run(_snapshot(url))
        done = len(ins) == messages and all(r[2] == "done" for r in ins)
        if done and outs and all(o[3] != "pending" for o in outs):
            break
        assert time.monotonic() < deadline, "messages were not all answered"
        time.sleep(0.2)
    sent = Counter(int(m.json.get("biz_opaque_callback_data")) for m in graph.messages)
    # Each stored reply went out, in as many messages as WhatsApp needs for it, once.
    payloads = asyncio.run(_payloads(url))
    assert sent == {i: parts(person, payload) for i, (person, payload) in payloads.items()}


async def _payloads(url: str) -> dict[int, tuple[str, dict[str, object]]]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            rows = (await conn.execute(
                select(outbox.c.id, outbox.c.person, outbox.c.payload)
            )).all()  # fmt: skip
    finally:
        await engine.dispose()
    return {r.id: (r.person, r.payload) for r in rows}


def test_serve_with_several_workers_answers_each_message_once(
    tmp_path: Path, graph: FakeGraph, pg_url: str
) -> None:
    server = Server(tmp_path, graph, "--workers", "2", DATABASE_URL=pg_url).start()
    try:
        bodies = [text_body(f"hello {i}", sender=PEOPLE[i % 4], message_id=f"wamid.W{i}",
                            ts=1_800_000_000 + i) for i in range(12)]  # fmt: skip
        with ThreadPoolExecutor(4) as pool:
            codes = list(pool.map(server.post, bodies + bodies))
        assert codes == [200] * 24
        _answered_once(graph, pg_url, 12)
    finally:
        server.stop()


def test_a_separate_worker_process_answers_what_the_web_process_stored(
    tmp_path: Path, graph: FakeGraph, pg_url: str
) -> None:
    web = Server(tmp_path, graph, DATABASE_URL=pg_url, RUN_WORKER="false").start()
    worker = Server(tmp_path, graph, command="worker", DATABASE_URL=pg_url)
    try:
        assert web.post(text_body("I have a headache", message_id="wamid.SPLIT")) == 200
        time.sleep(0.5)
        assert graph.messages == []  # the web process only ingests
        worker.start(wait=False)
        assert graph.wait_for(1, 30)
        _answered_once(graph, pg_url, 1)
    finally:
        worker.stop()
        web.stop()

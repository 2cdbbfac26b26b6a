"""SIGKILL while messages are flowing: after a restart on the same SQLite file, every
acknowledged message is answered, and every stored reply reached the provider exactly once.

(tests/pipeline/test_crash_recovery.py kills an idle server at two chosen moments; this one
kills a busy one, with webhooks arriving and sends in flight.)
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tests.fakes.graph import FakeGraph
from tests.faults.conftest import PEOPLE, LoggedServer, MetaStatuses, db_rows, flood_body
from tests.faults.conftest import wait_until as until

PER_PERSON = 8
WHO = PEOPLE[:5]  # 5 people x 8 messages = 40
STARTED = "SELECT count(*) FROM send_attempts WHERE outcome = 'started'"
LEASE = 6.0


def test_sigkill_mid_stream_loses_nothing_and_sends_nothing_twice(
    tmp_path: Path, graph: FakeGraph, servers: Callable[..., LoggedServer]
) -> None:
    # Each send takes a moment at the provider, so some are in flight when the process dies.
    graph.hang_next(1000, seconds=0.3)
    current = {"server": servers(WORKER_LEASE_SECONDS=str(LEASE))}
    stream = [
        (person, flood_body(person, i))
        for i in range(PER_PERSON)
        for person in WHO  # interleaved, as several people write at once
    ]
    acknowledged: set[int] = set()
    lock = threading.Lock()
    killed_at: list[float] = []

    def deliver(index: int) -> None:
        try:
            ok = current["server"].post(stream[index][1], timeout=5) == 200
        except httpx.HTTPError:
            ok = False  # the process is gone: Meta keeps the delivery and tries again later
        if ok:
            with lock:
                acknowledged.add(index)

    def in_flight() -> int:
        return int(db_rows(tmp_path, STARTED)[0][0])

    def killer() -> None:
        # Mid-stream: half the messages acknowledged, and sends at the provider right now.
        until(lambda: len(acknowledged) >= len(stream) // 2, 20, 0.01)
        until(lambda: in_flight() >= 2, 10, 0.02)
        current["server"].kill()
        killed_at.append(time.monotonic())

    with MetaStatuses(graph, lambda body: current["server"].post(body, timeout=2)) as meta:
        kill = threading.Thread(target=killer)
        kill.start()
        with ThreadPoolExecutor(3) as pool:
            list(pool.map(deliver, range(len(stream))))
        kill.join(30)
        assert not current["server"].alive, "the server was not killed mid-stream"
        assert 0 < len(acknowledged) < len(stream), "the kill did not land mid-stream"
        first_life = set(acknowledged)
        cut = in_flight()
        assert cut > 0, "no send was in flight at the kill"

        current["server"] = servers(WORKER_LEASE_SECONDS=str(LEASE))
        # Meta delivers again what was never acknowledged.
        for index in sorted(set(range(len(stream))) - first_life):
            assert current["server"].post(stream[index][1]) == 200
            acknowledged.add(index)

        def finished() -> bool:
            states = db_rows(tmp_path, "SELECT state FROM inbox")
            unsent = db_rows(tmp_path, "SELECT count(*) FROM outbox WHERE state = 'pending'")
            return (
                len(states) == len(stream)
                and all(s == "done" for (s,) in states)
                and unsent[0][0] == 0
            )

        assert until(finished, 40, 0.2), "the restarted server did not finish the work"
        # Every accepted message has had its status posted, so nothing is left ambiguous.
        assert until(lambda: meta.reported >= {m.wamid for m in graph.messages}, 5)

    inbox = db_rows(tmp_path, "SELECT message_id, state FROM inbox")
    assert sorted(m for m, _ in inbox) == sorted(
        f"wamid.FAULT.{p[-3:]}.m{i}" for i in range(PER_PERSON) for p in WHO
    )
    assert {s for _, s in inbox} == {"done"}
    outbox = {row[0] for row in db_rows(tmp_path, "SELECT id FROM outbox")}
    sent = [m.json.get("biz_opaque_callback_data") for m in graph.messages]
    assert {int(c) for c in sent} == outbox, "stored replies and sent replies differ"
    assert len(sent) == len(set(sent)), "a reply reached the provider twice"
    # Each send cut by the kill is closed: proven sent by Meta's status, or sent again
    # because it never left (then its callback data appears once at the provider all the same).
    # Its attempt stays "started" when the status settled it first, or became "interrupted"
    # when the restarted sender claimed it first (and then waited for the status): which one
    # comes first depends on how long the restart took.
    cut_rows = db_rows(
        tmp_path,
        "SELECT DISTINCT outbox_id FROM send_attempts WHERE outcome IN ('started', 'interrupted')",
    )
    assert len(cut_rows) == cut
    for (row,) in cut_rows:
        assert sent.count(str(row)) == 1
    # Every person got answers, and only people who wrote got any.
    assert {"+" + (m.to or "") for m in graph.messages} == set(WHO)


def test_a_send_cut_by_a_kill_waits_for_the_status_after_restart(
    tmp_path: Path, graph: FakeGraph, servers: Callable[..., LoggedServer]
) -> None:
    env = {"WORKER_LEASE_SECONDS": "1", "SEND_AMBIGUOUS_GRACE_SECONDS": "3"}
    graph.hang_next(1, seconds=1.0)  # the provider takes the message, slowly
    first = servers(**env)
    assert first.post(flood_body(PEOPLE[7], 0)) == 200
    # The reply is at the provider (the fake has taken up its hang cue) and no answer has
    # come back yet. Now the process dies.
    assert until(lambda: db_rows(tmp_path, STARTED)[0][0] == 1, 10, 0.01)
    assert until(lambda: graph.cues_left == 0, 5, 0.01)
    first.kill()
    assert graph.wait_for(1, 5)  # the provider did send it
    # The restart takes longer than the lease (a deploy, a reboot, a crash loop).
    time.sleep(1.2)
    current = {"server": first}
    with MetaStatuses(graph, lambda body: current["server"].post(body, timeout=2)) as meta:
        current["server"] = servers(**env)
        # Meta's status for the message arrives as soon as the server listens again.
        assert until(lambda: bool(meta.reported), 5)
        unsent = "SELECT count(*) FROM outbox WHERE state = 'pending'"
        assert until(lambda: db_rows(tmp_path, unsent) == [(0,)], 10)
        time.sleep(0.5)  # a negative check: give a wrong resend time to happen
    sent = [m.json.get("biz_opaque_callback_data") for m in graph.messages]
    assert len(sent) == len(set(sent)), "a reply reached the provider twice"
    assert {int(c) for c in sent} == {i for (i,) in db_rows(tmp_path, "SELECT id FROM outbox")}

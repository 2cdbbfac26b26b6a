"""The Graph API fails — 500s, 429 with Retry-After, hangs past our timeout — then recovers:
every reply is delivered, none twice, and the retries keep their distance.

(tests/pipeline/test_end_to_end.py already proves one message through 500, 500, 429 with
Retry-After 0, and one hang resolved by a status webhook; these add the timing, several
people at once, and hangs mixed with errors.)
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

from tests.fakes.graph import FakeGraph, Recorded
from tests.faults.conftest import PEOPLE, MetaStatuses, _Records, flood_body, wait_until
from tests.pipeline.conftest import Echo, Start, post

WAIT = 20.0


def attempts_by_message(graph: FakeGraph) -> dict[str, list[Recorded]]:
    """Every send attempt the fake saw (accepted or not), grouped by our outbox id."""
    grouped: dict[str, list[Recorded]] = defaultdict(list)
    for request in graph.requests:
        callback = request.json.get("biz_opaque_callback_data")
        if isinstance(callback, str):
            grouped[callback].append(request)
    return grouped


def outbox(tmp_path: Path) -> dict[int, str]:
    with sqlite3.connect(tmp_path / "selfcare.db") as db:
        return dict(db.execute("SELECT id, state FROM outbox").fetchall())


def test_backoff_grows_and_retry_after_is_respected(
    start: Start, graph: FakeGraph, privacy_guard: _Records
) -> None:
    graph.fail_next(3, status=500)
    graph.fail_next(1, status=429, retry_after=1)
    client = start(Echo(), send_max_backoff_seconds=2.0)
    assert post(client, flood_body(PEOPLE[0], 0)) == 200
    assert graph.wait_for(1, WAIT)

    [attempts] = attempts_by_message(graph).values()
    assert [r.status for r in attempts] == [500, 500, 500, 429, 200]
    gaps = [b.at - a.at for a, b in itertools.pairwise(attempts)]
    # Full jitter in [ceiling/2, ceiling], the ceiling doubling from 0.5 s up to the 2 s cap.
    floors, ceilings = [0.25, 0.5, 1.0], [0.5, 1.0, 2.0]
    for gap, floor, ceiling in zip(gaps, floors, ceilings, strict=False):
        assert floor <= gap <= ceiling + 0.75, gaps
    assert gaps[3] >= 1.0, "retried before the provider's Retry-After"
    assert gaps[3] <= 1.0 + 0.75, gaps
    # The delays the sender chose (as it logs them) never shrink before the Retry-After.
    chosen = [
        float(m.group(1))
        for line in privacy_guard.lines
        if (m := re.search(r"retrying in ([\d.]+)s", line))
    ]
    assert len(chosen) == 4, chosen
    assert chosen[:3] == sorted(chosen[:3]), chosen
    assert chosen[3] == 1.0
    assert graph.texts == ["echo qzv m0"]


def test_outage_then_recovery_delivers_every_reply_once(
    start: Start, graph: FakeGraph, tmp_path: Path
) -> None:
    graph.fail_next(4, status=500)
    graph.fail_next(3, status=429, retry_after=0.5)
    graph.hang_next(2, seconds=0.8)  # past the timeout: ambiguous, but the provider sends
    graph.fail_next(2, status=503)
    client = start(
        Echo(),
        send_timeout_seconds=0.4,
        send_ambiguous_grace_seconds=1.5,
        send_max_backoff_seconds=1.0,
    )
    who = PEOPLE[:4]
    words = {f"p{n}m{i}" for n in range(len(who)) for i in range(3)}
    with MetaStatuses(graph, lambda body: post(client, body)):
        for i in range(3):
            for n, person in enumerate(who):
                assert post(client, flood_body(person, i, prefix=f"p{n}m")) == 200
        # The provider's own errors (not a rejected token) leave the service ready.
        assert client.get("/readyz").status_code == 200

        def answered() -> bool:
            seen = {w for t in graph.texts for w in t.split()}
            rows = outbox(tmp_path)
            return words <= seen and bool(rows) and "pending" not in rows.values()

        assert wait_until(answered, WAIT, 0.1), "not every reply was delivered"

    said = Counter(w for t in graph.texts for w in t.split() if w not in ("echo", "qzv"))
    assert said == dict.fromkeys(words, 1), "a message was answered twice or not at all"
    sent = [m.json["biz_opaque_callback_data"] for m in graph.messages]
    assert len(sent) == len(set(sent)), "a reply reached the provider twice"
    assert {int(c) for c in sent} == set(outbox(tmp_path))
    # Each of the failures was really met, and a 429's Retry-After was honoured.
    statuses = Counter(r.status for r in graph.requests if r.json.get("type") == "text")
    assert statuses[500] == 4 and statuses[429] == 3 and statuses[503] == 2
    with sqlite3.connect(tmp_path / "selfcare.db") as db:
        outcomes = Counter(o for (o,) in db.execute("SELECT outcome FROM send_attempts"))
    assert outcomes["ambiguous"] == 2, outcomes  # the two hangs timed out on our side
    for attempts in attempts_by_message(graph).values():
        for before, after in itertools.pairwise(attempts):
            if before.status == 429:
                assert after.at - before.at >= 0.5, "retried before Retry-After"
    # Every person's replies came in the order they wrote.
    for n, person in enumerate(who):
        mine = [w for m in graph.messages if m.to == person.lstrip("+") for w in m.text.split()]
        assert [w for w in mine if w.startswith("p")] == [f"p{n}m{i}" for i in range(3)]

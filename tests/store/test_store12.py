"""The worker's and the sender's claims read only what waits (issue 12).

They once named the state as a bound parameter, which no planner can prove falls inside the
partial ``ix_*_pending`` indexes, and the worker's claim grouped every message ever received
by person: a claim cost grew with the history kept (35 ms at 220,000 answered messages on
the development VM, against 0.05 ms now). The people whose oldest message waited longest
are leased first, strictly: an UPDATE over a claim's spares too once leased whichever it met.
"""

from __future__ import annotations

from datetime import timedelta

from selfcare.store import Store
from tests.store.test_store import answer, text
from tests.store.test_store9 import T0, executed

PEOPLE = [f"+4477009001{i:02d}" for i in range(12)]


async def answered_history(store: Store) -> None:
    """Answered messages (and their sent replies) from every person: the history that must
    not be read again by a claim."""
    for n, person in enumerate(PEOPLE):
        await store.write_batch([text(f"old-{person}", person, "hello", T0 + timedelta(seconds=n))])
        await answer(store, person, ["hi"])
    assert len(await store.claim_sends(100, 30)) == len(PEOPLE)


async def test_people_are_claimed_oldest_waiting_first(store: Store) -> None:
    await answered_history(store)
    later = T0 + timedelta(minutes=5)
    # one person has written three times; order is by each person's oldest waiting message
    order = [PEOPLE[11], PEOPLE[3], PEOPLE[3], PEOPLE[3], PEOPLE[7], PEOPLE[0], PEOPLE[5]]
    at = [later + timedelta(seconds=i) for i in range(len(order))]
    await store.write_batch([text(f"n{i}", p, "still ill", at[i]) for i, p in enumerate(order)])
    # one at a time, in that order (a spare is leased only when another process took the
    # first meanwhile; an UPDATE over both once leased whichever it met first)
    claimed = []
    for _ in range(5):
        claimed += [p for p, _ in await store.claim_people("w1:", 30, 1)]
    assert claimed == [PEOPLE[11], PEOPLE[3], PEOPLE[7], PEOPLE[0], PEOPLE[5]]
    assert await store.claim_people("w1:", 30, 5) == []


async def test_a_person_with_many_waiting_messages_does_not_hold_up_the_others(
    store: Store,
) -> None:
    chatty, quiet = PEOPLE[0], PEOPLE[1]
    burst = [text(f"b{i}", chatty, f"part {i}", T0 + timedelta(seconds=i)) for i in range(40)]
    await store.write_batch([*burst, text("q", quiet, "my ear hurts", T0 + timedelta(minutes=1))])
    first = {p for p, _ in await store.claim_people("w1:", 30, 2)}
    assert chatty in first
    # the chatty person, now held, is passed over: the quiet one is next at the latest
    second = {p for p, _ in await store.claim_people("w1:", 30, 2)}
    assert first | second == {chatty, quiet} and not first & second


async def test_claims_read_the_pending_indexes_not_the_history(sqlite_url: str) -> None:
    store = await Store.open(sqlite_url)
    try:
        await answered_history(store)
        await store.write_batch([text("new", PEOPLE[2], "worse now", T0 + timedelta(hours=1))])
        with executed(store) as seen:
            assert [p for p, _ in await store.claim_people("w1:", 30, 4)] == [PEOPLE[2]]
            await store.claim_sends(10, 30)
        selects = [(s, p) for s, p in seen if s.lstrip().upper().startswith("SELECT")]
        assert len(selects) >= 2  # the worker's candidates and the sender's due replies
        async with store.reader.connect() as conn:
            for statement, parameters in selects:
                result = await conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
                plan = [str(row[-1]) for row in result]
                for step in plan:
                    for table in ("inbox", "outbox"):
                        if step.startswith(f"SCAN {table}"):
                            assert f"ix_{table}_pending" in step, (statement, plan)
    finally:
        await store.close()

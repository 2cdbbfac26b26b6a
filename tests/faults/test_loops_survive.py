"""Every background loop survives any exception: a raising store, a raising adapter, a read
receipt that blows up. Each logs the failure once (no secret, no number), backs off and
carries on; /readyz says "not ready" while the sender cannot work, and a metric counts it.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import pytest
from prometheus_client import REGISTRY
from starlette.testclient import TestClient

from selfcare.settings import SettingsError, load_settings
from tests.fakes.graph import FakeGraph
from tests.fakes.http import sending
from tests.faults.conftest import PEOPLE, _Records, flood_body, wait_until
from tests.pipeline.conftest import Echo, Start, post

WAIT = 20.0


def loop_errors(loop: str) -> float:
    return REGISTRY.get_sample_value("selfcare_loop_errors_total", {"loop": loop}) or 0.0


def runtime(client: TestClient) -> Any:
    return client.app.state.runtime  # type: ignore[attr-defined]


def fail_first(times: int, method: Callable[..., Any], error: Exception) -> Callable[..., Any]:
    """``method`` raising ``error`` on its first ``times`` calls (a store or adapter double)."""
    calls = {"n": 0}
    lock = threading.Lock()

    async def double(*args: Any, **kwargs: Any) -> Any:
        with lock:
            calls["n"] += 1
            n = calls["n"]
        if n <= times:
            raise error
        return await method(*args, **kwargs)

    return double


def test_a_store_that_raises_once_recording_a_send_does_not_stop_the_sender(
    start: Start, graph: FakeGraph, privacy_guard: _Records
) -> None:
    client = start(Echo(), worker_lease_seconds=2.0)
    store = runtime(client).store
    before = loop_errors("sender")
    real = store.claim_sends
    failed = {"n": 0}

    async def claim(*args: Any, **kwargs: Any) -> Any:
        # The sender records a round's outcomes with its next claim: fail the first one.
        if args[3:] and args[3] and not failed["n"]:
            failed["n"] += 1
            raise RuntimeError("disk I/O error")
        return await real(*args, **kwargs)

    store.claim_sends = claim
    assert post(client, flood_body(PEOPLE[0], 0)) == 200
    assert graph.wait_for(1, WAIT)
    # The sender is still alive: later messages are answered too.
    for i, person in enumerate(PEOPLE[1:4], 1):
        assert post(client, flood_body(person, i)) == 200
    assert graph.wait_for(4, WAIT), graph.texts
    assert sorted(graph.texts) == sorted(f"echo qzv m{i}" for i in range(4)), "sent twice?"
    assert loop_errors("sender") == before + 1
    errors = [line for line in privacy_guard.lines if "RuntimeError" in line]
    assert len(errors) == 1, errors  # logged once, by type, never the message


def test_an_adapter_that_raises_is_survived_and_retried(
    start: Start, graph: FakeGraph, privacy_guard: _Records
) -> None:
    client = start(Echo(), send_ambiguous_grace_seconds=0.2, send_max_backoff_seconds=0.5)
    adapter = runtime(client).channels["whatsapp"]
    adapter.send = fail_first(3, adapter.send, UnicodeEncodeError("ascii", "x", 0, 1, "bad"))
    assert post(client, flood_body(PEOPLE[0], 0)) == 200
    assert graph.wait_for(1, WAIT)
    assert post(client, flood_body(PEOPLE[1], 1)) == 200
    assert graph.wait_for(2, WAIT)
    assert sorted(graph.texts) == ["echo qzv m0", "echo qzv m1"]
    assert len([line for line in privacy_guard.lines if "UnicodeEncodeError" in line]) == 1


def test_readyz_is_not_ready_while_the_sender_cannot_reach_the_store(
    start: Start, graph: FakeGraph
) -> None:
    client = start(Echo())
    store = runtime(client).store
    broken = {"on": True}
    real = store.claim_sends

    async def claim(*args: Any, **kwargs: Any) -> Any:
        if broken["on"]:
            raise ConnectionError("terminated")
        return await real(*args, **kwargs)

    store.claim_sends = claim
    assert wait_until(lambda: client.get("/readyz").status_code == 503, WAIT)
    body = client.get("/readyz").json()
    assert body["sender"] == "failing"
    assert post(client, flood_body(PEOPLE[0], 0)) == 200  # still acknowledged: it is stored
    broken["on"] = False
    assert graph.wait_for(1, WAIT), "the sender never came back"
    assert wait_until(lambda: client.get("/readyz").status_code == 200, WAIT)


def test_a_read_receipt_that_raises_is_logged_once_without_the_token(
    start: Start, graph: FakeGraph, privacy_guard: _Records
) -> None:
    client = start(Echo(), read_receipts=True)
    adapter = runtime(client).channels["whatsapp"]

    async def mark_read(*_: Any) -> None:
        # What httpx raised for a token with a non-breaking space: the token in the repr.
        raise UnicodeEncodeError("ascii", "Bearer test-access-token-EAAG\xa0", 30, 31, "x")

    adapter.mark_read = mark_read
    for i, person in enumerate(PEOPLE[:3]):
        assert post(client, flood_body(person, i)) == 200
    assert graph.wait_for(3, WAIT)
    assert len([line for line in privacy_guard.lines if "UnicodeEncodeError" in line]) == 1


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("WHATSAPP_ACCESS_TOKEN", "EAAGtoken\u00a0"),
        ("WHATSAPP_ACCESS_TOKEN", "EAAG token"),
        ("WHATSAPP_ACCESS_TOKEN", "EAAGtoken\n"),
        ("TWILIO_AUTH_TOKEN", "tok\u200ben"),
        ("TWILIO_ACCOUNT_SID", "AC\u00e9"),
    ],
)
def test_a_token_that_cannot_be_an_http_header_is_refused_naming_the_variable(
    clean_env: object, monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert str(info.value).startswith(f"{name}:")
    assert value.strip() not in str(info.value)


async def test_the_worker_backs_off_when_answering_keeps_failing() -> None:
    """A store that fails every time: the worker keeps trying, but not in a hot loop."""
    from selfcare.pipeline.worker import Worker

    class Broken:
        calls = 0

        async def claim_people(
            self, prefix: str, lease: float, limit: int
        ) -> list[tuple[str, str]]:
            self.calls += 1
            return [("+447700900123", f"{prefix}+447700900123")]

        async def work_for(self, person: str, limit: int, turns: int, **_: Any) -> Any:
            raise ConnectionError("gone")

        async def release_person(self, person: str, owner: str) -> None:
            return None

    store: Any = Broken()
    async with sending() as client:
        worker = Worker(store, Echo(), {}, client, concurrency=1, poll=0.01)
        worker.start()
        await asyncio.sleep(1.0)
        alive = not worker._tasks[0].done()
        await worker.stop()
    assert alive
    assert 2 <= store.calls <= 30, store.calls  # retried, with growing pauses


async def test_a_worker_stops_even_if_its_first_cancellation_is_swallowed() -> None:
    """A driver that turns a cancellation into a normal return (as ``asyncio.wait_for`` does
    on 3.11 when its awaitable completes at that moment): the worker's loop would go on
    answering for ever, and ``selfcare worker`` would outlive its web process."""
    from selfcare.pipeline.worker import Worker

    class Deaf:
        swallowed = 0
        claiming = asyncio.Event()

        async def claim_people(
            self, prefix: str, lease: float, limit: int
        ) -> list[tuple[str, str]]:
            # Long enough that the stop's cancellation lands here however loaded the machine.
            self.claiming.set()
            try:
                await asyncio.sleep(WAIT)
            except asyncio.CancelledError:
                self.swallowed += 1
            return []

    store: Any = Deaf()
    async with sending() as client:
        worker = Worker(store, Echo(), {}, client, concurrency=1, poll=0.01)
        worker.start()
        await asyncio.wait_for(store.claiming.wait(), WAIT)
        await asyncio.wait_for(worker.stop(), WAIT)
    assert worker._tasks == [] and store.swallowed >= 1

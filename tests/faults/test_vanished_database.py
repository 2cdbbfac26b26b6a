"""The database file deleted while the server runs: nothing more is acknowledged (503, so
Meta delivers again later) and /readyz says not ready — rather than acknowledging messages
into an unlinked file that a restart loses. /readyz also proves the store takes writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.fakes.graph import FakeGraph
from tests.faults.conftest import PEOPLE, flood_body, wait_until
from tests.pipeline.conftest import Echo, Start, post


def test_a_deleted_database_file_stops_acknowledgements(
    start: Start, graph: FakeGraph, tmp_path: Path
) -> None:
    client = start(Echo())
    assert post(client, flood_body(PEOPLE[0], 0)) == 200
    assert graph.wait_for(1, 20)
    assert client.get("/readyz").status_code == 200
    for path in tmp_path.glob("selfcare.db*"):
        path.unlink()
    codes = [post(client, flood_body(PEOPLE[1], i)) for i in range(1, 6)]
    assert codes == [503] * 5, codes
    assert wait_until(lambda: client.get("/readyz").json()["database"] == "not writable", 5)
    assert client.get("/readyz").status_code == 503


def test_readyz_is_not_ready_when_the_store_cannot_write(start: Start) -> None:
    client = start(Echo())
    assert client.get("/readyz").status_code == 200
    store = client.app.state.runtime.store  # type: ignore[attr-defined]

    class Full:
        def begin(self) -> Any:
            raise OSError(28, "No space left on device")

    real, store.durable = store.durable, Full()
    try:
        # cached 1 s; the sender, whose claims need the same durable writes, may say so first
        assert wait_until(lambda: client.get("/readyz").json()["database"] == "not writable", 5)
        assert client.get("/readyz").status_code == 503
    finally:
        store.durable = real
    assert wait_until(lambda: client.get("/readyz").status_code == 200, 5)

"""Logs hold no phone number, no message text, no secret — checked on a real server's stderr
after it went through every path that logs, and (by ``privacy_guard`` in conftest.py) on
every INFO+ record of this whole package."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import httpx

from selfcare.channels.whatsapp import sign
from selfcare.logs import mask
from tests.conftest import ACCESS_TOKEN, SECRET, VERIFY_TOKEN
from tests.fakes.graph import FakeGraph
from tests.faults.conftest import (
    MARKER,
    PEOPLE,
    LoggedServer,
    _Records,
    db_rows,
    flood_body,
    leaks,
    said,
    wait_until,
)
from tests.pipeline.conftest import status_body


def test_the_sentinels_are_recognised() -> None:
    person = PEOPLE[0]
    for text in (
        f"from {person}",
        f"to {person.lstrip('+')}.",
        said("my chest hurts"),
        f"token={ACCESS_TOKEN}",
        f"secret {SECRET}",
        f"verify {VERIFY_TOKEN}",
    ):
        assert leaks(text), text
    for text in (f"from {mask(person)}", "answered 3 message(s)", person.lstrip("+")[:-1] + "x"):
        assert not leaks(text), text


def test_the_guard_sees_in_process_records(privacy_guard: _Records) -> None:
    logging.getLogger("selfcare.test").info("a harmless line about %s", mask(PEOPLE[0]))
    assert any("a harmless line" in line for line in privacy_guard.lines)


def test_a_server_that_went_through_every_logging_path_leaks_nothing(
    tmp_path: Path, graph: FakeGraph, servers: Callable[..., LoggedServer]
) -> None:
    graph.fail_next(1, status=500)  # a retry warning
    graph.fail_next(1, status=400, meta_code=131047, message="Re-engagement message")
    graph.hang_next(1, seconds=1.0)  # an ambiguous timeout
    server = servers(SEND_TIMEOUT_SECONDS="0.3", SEND_AMBIGUOUS_GRACE_SECONDS="0.5")
    url = f"{server.url}/webhook"
    with httpx.Client(timeout=5) as http:
        for i, person in enumerate(PEOPLE[:3]):
            assert server.post(flood_body(person, i, prefix="private")) == 200
        body = flood_body(PEOPLE[3], 0, prefix="forged")
        forged = {"x-hub-signature-256": sign(body, "not-the-secret")}
        assert http.post(url, content=body, headers=forged).status_code == 403
        assert http.post(url, content=body).status_code == 401
        assert server.post(f'{{"{MARKER}": "{PEOPLE[4]}"}}'.encode()) == 200  # dead letter
        status = status_body("wamid.X", "failed", recipient=PEOPLE[5], error_code=131026)
        assert server.post(status) == 200
        for bad in ("wrong", VERIFY_TOKEN + "x"):
            query = {"hub.mode": "subscribe", "hub.verify_token": bad, "hub.challenge": "1"}
            assert http.get(url, params=query).status_code == 403
        assert wait_until(
            lambda: db_rows(tmp_path, "SELECT DISTINCT state FROM inbox") == [("done",)], 15
        )
        assert graph.wait_for(2, 15)
    server.stop()
    # The server did log about all this (masked); the guard scans the file at teardown.
    [log] = tmp_path.glob("server-*.log")
    text = log.read_text()
    assert "answered 1 message(s) from +44" in text
    assert "bad signature" in text and "missing signature" in text
    assert "failed for good" in text and "retrying in" in text

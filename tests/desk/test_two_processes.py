"""Handover with two server processes on one store (a SQLite file, and PostgreSQL when
TEST_DATABASE_URL is set): the desk, sessions and sign-in live in the database, so an
operator signed in on one process works on conversations the other received."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from tests.console.conftest import PASSWORD, add_operator
from tests.fakes.graph import FakeGraph
from tests.pipeline.conftest import text_body
from tests.pipeline.process import Server

WAIT = 20.0
API = "/console/api/conversations"


def until(check: Callable[[], object], timeout: float = WAIT) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.1)


def alive(server: Server) -> bool:
    try:
        return httpx.get(f"{server.url}/healthz", timeout=0.5).status_code == 200
    except httpx.HTTPError:
        return False


def stop(server: Server) -> None:
    try:
        server.stop()
    except subprocess.TimeoutExpired:  # a busy machine: make sure it goes
        server.kill()


def texts(graph: FakeGraph) -> list[str]:
    return [m.text or "" for m in graph.messages]


@pytest.mark.timeout(900)  # two servers warming up the assistant on a busy machine
def test_two_processes_share_the_desk(tmp_path: Path, database_url: str) -> None:
    with FakeGraph() as graph:
        servers = []
        for name in ("a", "b"):
            (tmp_path / name).mkdir()
            servers.append(
                Server(tmp_path / name, graph, DATABASE_URL=database_url, WORKER_LEASE_SECONDS="2")
            )
        a, b = servers
        try:
            if database_url.startswith("postgresql"):
                for server in servers:  # migrations take an advisory lock
                    server.start(wait=False)
            else:
                a.start(wait=False)  # SQLite has no migration lock: the first migrates alone
                until(lambda: alive(a), timeout=300)
                b.start(wait=False)
            for server in servers:  # the assistant warms up first: slow on a busy machine
                until(lambda s=server: alive(s), timeout=300)
            add_operator(database_url)
            assert a.post(text_body("can I talk to a nurse")) == 200
            until(lambda: any("someone from our team" in t for t in texts(graph)))

            with (
                httpx.Client(base_url=b.url, timeout=60) as on_b,
                httpx.Client(base_url=a.url, timeout=60) as on_a,
            ):
                signed = on_b.post(
                    "/console/login", data={"username": "nurse.joy", "password": PASSWORD}
                )
                assert signed.status_code == 303
                token = on_b.cookies["selfcare_console"]
                on_a.cookies.set("selfcare_console", token)
                csrf = on_a.get("/console/api/session").json()["csrf_token"]  # the other process
                [row] = on_b.get(API + "?state=waiting").json()["conversations"]

                before = len(graph.messages)
                assert b.post(text_body("hello? still there?")) == 200
                time.sleep(1.5)
                assert len(graph.messages) == before, "the assistant must stay silent"

                reply = on_a.post(
                    f"{API}/{row['id']}/messages",
                    json={"text": "Hi, I'm Joy. How can I help?"},
                    headers={"X-CSRF-Token": csrf},
                )
                assert reply.status_code == 201
                until(lambda: "Hi, I'm Joy. How can I help?" in texts(graph))

                assert a.post(text_body("my chest hurts, crushing pain down my left arm")) == 200
                until(lambda: any(t.startswith("Call 999") for t in texts(graph)))
                [held] = on_b.get(API + "?state=open").json()["conversations"]
                assert held["urgent"] is True and held["operator"] == "nurse.joy"

                closed = on_b.post(f"{API}/{row['id']}/close", headers={"X-CSRF-Token": csrf})
                assert closed.json()["changed"] is True
                until(lambda: any("back with me" in t for t in texts(graph)))
                assert (
                    on_a.post(f"{API}/{row['id']}/close", headers={"X-CSRF-Token": csrf}).json()[
                        "changed"
                    ]
                    is False
                )
        finally:
            for server in servers:
                stop(server)

"""The console's JSON API and pages: sessions, CSRF, the inbox, replies through the outbox,
closing, the audit trail, and privacy in the logs."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from starlette.testclient import TestClient

from selfcare.desk.store import Desk
from selfcare.store import Store
from selfcare.store.tables import inbox
from tests.console.conftest import ASSISTANT, PASSWORD, add_operator, sign_in
from tests.fakes.graph import FakeGraph
from tests.pipeline.conftest import ALICE, Start, post, start, text_body  # noqa: F401

WAIT = 10.0
API = "/console/api/conversations"


def ask_for_a_human(
    client: TestClient, graph: FakeGraph, text: str = "can I talk to a nurse"
) -> int:
    before = len(graph.messages)
    assert post(client, text_body(text)) == 200
    assert graph.wait_for(before + 1, WAIT)
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        rows = client.get(API + "?state=waiting").json()["conversations"]
        if rows:
            return int(rows[0]["id"])
        time.sleep(0.05)
    raise AssertionError("the conversation never reached the desk")


def test_without_a_session_the_api_is_401_and_pages_redirect(console: TestClient) -> None:
    for path in ("/console/api/session", API, API + "/1"):
        assert console.get(path).status_code == 401
    for path in (API + "/1/messages", API + "/1/close", API + "/1/take"):
        assert console.post(path, json={"text": "hi"}).status_code == 401
    for path in ("/console/", "/console/conversations/1"):
        response = console.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"] == "/console/login"
    assert 'name="username"' in console.get("/console/login").text


def test_sign_in_sets_a_strict_http_only_cookie(console: TestClient) -> None:
    wrong = console.post("/console/login", data={"username": "nurse.joy", "password": "nope"})
    assert wrong.status_code == 401 and "Wrong name or password" in wrong.text
    response = console.post(
        "/console/login",
        data={"username": "nurse.joy", "password": PASSWORD},
        follow_redirects=False,
    )
    assert response.status_code == 303
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/console" in cookie
    assert "secure" not in cookie  # plain HTTP in the test; Secure behind HTTPS
    session = console.get("/console/api/session").json()
    assert session["operator"] == "nurse.joy" and len(session["csrf_token"]) >= 32


def test_sign_in_attempts_are_limited(console: TestClient) -> None:
    for _ in range(5):
        bad = console.post("/console/login", data={"username": "nurse.joy", "password": "x" * 12})
        assert bad.status_code == 401
    limited = console.post("/console/login", data={"username": "nurse.joy", "password": PASSWORD})
    assert limited.status_code == 429
    assert console.get("/console/api/session").status_code == 401


def test_an_operator_takes_replies_and_hands_back(console: TestClient, graph: FakeGraph) -> None:
    csrf = sign_in(console)
    cid = ask_for_a_human(console, graph)
    assert "someone from our team" in (graph.messages[-1].text or "")
    [row] = console.get(API + "?state=waiting").json()["conversations"]
    assert row["person"] != ALICE and row["person"].endswith(ALICE[-3:])
    assert row["state"] == "waiting" and row["waiting_seconds"] >= 0
    detail = console.get(f"{API}/{cid}").json()
    assert detail["window_open"] is True
    assert [m["direction"] for m in detail["messages"]] == ["in", "out"]
    assert detail["messages"][1]["author"] == "notice" or detail["messages"][1]["author"]

    # state changes need the CSRF header
    assert console.post(f"{API}/{cid}/messages", json={"text": "hi"}).status_code == 403
    bad = {"X-CSRF-Token": "forged"}
    assert console.post(f"{API}/{cid}/close", headers=bad).status_code == 403
    headers = {"X-CSRF-Token": csrf}
    assert (
        console.post(f"{API}/{cid}/messages", json={"text": " "}, headers=headers).status_code
        == 400
    )
    before = len(graph.messages)
    sent = console.post(
        f"{API}/{cid}/messages", json={"text": "Hello, I'm Joy, a nurse."}, headers=headers
    )
    assert sent.status_code == 201
    assert graph.wait_for(before + 1, WAIT)
    assert graph.messages[-1].text == "Hello, I'm Joy, a nurse."
    assert graph.messages[-1].to == ALICE.lstrip("+")
    assert console.get(API + "?state=open").json()["conversations"][0]["operator"] == "nurse.joy"

    # the assistant stays silent while Joy holds it
    before = len(graph.messages)
    assert post(console, text_body("thank you, my throat is sore")) == 200
    time.sleep(1.0)
    assert len(graph.messages) == before

    closed = console.post(f"{API}/{cid}/close", headers=headers)
    assert closed.json() == {"id": cid, "state": "closed", "changed": True}
    assert graph.wait_for(before + 1, WAIT)
    assert "back with me" in (graph.messages[-1].text or "")
    assert console.get(API + "?state=waiting").json()["conversations"] == []
    statuses = [m.get("status") for m in console.get(f"{API}/{cid}").json()["messages"]]
    assert "sent" in statuses


def test_the_audit_trail_has_no_message_content(
    console: TestClient, graph: FakeGraph, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    csrf = sign_in(console)
    cid = ask_for_a_human(console, graph, "speak to someone about my rash")
    console.get(f"{API}/{cid}")
    console.get(f"/console/conversations/{cid}")
    secret_text = "Please photograph the rash for me"
    reply = console.post(
        f"{API}/{cid}/messages", json={"text": secret_text}, headers={"X-CSRF-Token": csrf}
    )
    assert reply.status_code == 201
    from typer.testing import CliRunner

    from selfcare.cli import app as cli

    url = str(console.app.state.runtime.settings.database_url)  # type: ignore[attr-defined]
    result = CliRunner().invoke(cli, ["audit"], env={"DATABASE_URL": url})
    assert result.exit_code == 0, result.output
    # one audit row a line: when, who, action, … (other lines, such as a warning, are skipped)
    rows = [line.split() for line in result.output.splitlines()]
    actions = [parts[2] for parts in rows if len(parts) >= 3]
    assert "login" in actions and "view" in actions and "reply" in actions
    assert "nurse.joy" in result.output
    assert secret_text not in result.output and "rash" not in result.output
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    assert "console: nurse.joy opened conversation" in logged
    assert secret_text not in logged and "rash" not in logged
    assert ALICE not in logged and ALICE.lstrip("+") not in logged


def _age_inbox(url: str, hours: float) -> None:
    """Make every message look ``hours`` old: WhatsApp's 24-hour window has closed."""

    async def age() -> None:
        store = await Store.open(url)
        try:
            async with store.engine.begin() as conn:
                then = datetime.now(UTC) - timedelta(hours=hours)
                await conn.execute(update(inbox).values(received_at=then))
        finally:
            await store.close()

    asyncio.run(age())


def test_after_the_24_hour_window_the_console_sends_the_approved_template(
    start: Start,  # noqa: F811
    graph: FakeGraph,
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path}/selfcare.db"
    client = start(
        ASSISTANT, handover_template="nurse_follow_up", handover_template_language="pt_BR"
    )
    add_operator(url)
    headers = {"X-CSRF-Token": sign_in(client)}
    cid = ask_for_a_human(client, graph)
    _age_inbox(url, 25)
    detail = client.get(f"{API}/{cid}").json()
    assert detail["window_open"] is False and detail["template"] == "nurse_follow_up"
    page = client.get(f"/console/conversations/{cid}").text
    assert 'id="send-template"' in page and "nurse_follow_up" in page
    refused = client.post(f"{API}/{cid}/messages", json={"text": "still there?"}, headers=headers)
    assert refused.status_code == 409 and refused.json()["error"] == "window_closed"
    assert client.post(f"{API}/{cid}/template").status_code == 403  # CSRF, as every change
    before = len(graph.messages)
    sent = client.post(f"{API}/{cid}/template", headers=headers)
    assert sent.status_code == 201
    assert graph.wait_for(before + 1, WAIT)
    body = graph.messages[-1].json
    assert body["type"] == "template"
    assert body["template"] == {"name": "nurse_follow_up", "language": {"code": "pt_BR"}}
    history = client.get(f"{API}/{cid}").json()["messages"]
    assert history[-1]["author"] == "nurse.joy" and "nurse_follow_up" in history[-1]["text"]
    trail = [a["action"] for a in _trail(url)]
    assert "template" in trail


def _trail(url: str) -> list[dict[str, object]]:
    async def read() -> list[dict[str, object]]:
        store = await Store.open(url)
        try:
            return await Desk(store).audit_trail()
        finally:
            await store.close()

    return asyncio.run(read())


def test_without_a_configured_template_the_console_says_so(console: TestClient) -> None:
    headers = {"X-CSRF-Token": sign_in(console)}
    refused = console.post(API + "/1/template", headers=headers)
    assert refused.status_code == 409 and refused.json()["error"] == "no_template"


def test_unknown_conversations_and_states(console: TestClient) -> None:
    csrf = sign_in(console)
    assert console.get(API + "/999").status_code == 404
    assert console.get(API + "/abc").status_code == 404
    assert console.get(API + "?state=everything").status_code == 400
    headers = {"X-CSRF-Token": csrf}
    assert console.post(API + "/999/close", headers=headers).status_code == 404
    assert (
        console.post(API + "/999/messages", json={"text": "x"}, headers=headers).status_code == 404
    )
    assert console.get("/console/conversations/999").status_code == 404


def test_behind_https_the_cookie_is_secure(start: Start, tmp_path: Path) -> None:  # noqa: F811
    client = start(ASSISTANT, console_secure_cookie=True)
    add_operator(f"sqlite:///{tmp_path}/selfcare.db")
    response = client.post(
        "/console/login",
        data={"username": "nurse.joy", "password": PASSWORD},
        follow_redirects=False,
    )
    assert response.status_code == 303 and "secure" in response.headers["set-cookie"].lower()

"""The web chat at /try: through the same inbox, worker and outbox; handed over like any
other conversation; on by default only without provider credentials."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from selfcare.settings import Settings
from tests.console.conftest import ASSISTANT, add_operator, sign_in
from tests.pipeline.conftest import Start, graph, start  # noqa: F401  (fixtures)

WAIT = 10.0


def replies(client: TestClient, count: int, after: int = 0) -> list[dict[str, Any]]:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        got = client.get(f"/try/api/messages?after={after}").json()["messages"]
        if len(got) >= count:
            return list(got)
        time.sleep(0.05)
    raise AssertionError(f"expected {count} replies")


def test_the_web_chat_is_on_by_default_only_without_credentials() -> None:
    assert Settings(_env_file=None).web_chat_on  # type: ignore[call-arg]
    meta = Settings(_env_file=None, whatsapp_access_token="t", whatsapp_phone_number_id="1")  # type: ignore[call-arg]
    assert not meta.web_chat_on
    forced = Settings(  # type: ignore[call-arg]
        _env_file=None,
        whatsapp_access_token="t",
        whatsapp_phone_number_id="1",
        web_chat_enabled=True,
    )
    assert forced.web_chat_on


def test_off_when_whatsapp_is_configured(start: Start) -> None:  # noqa: F811
    client = start(ASSISTANT)
    assert client.get("/try").status_code == 404
    assert client.post("/try/api/messages", json={"text": "hi"}).status_code == 404


def test_a_visitor_talks_to_the_assistant(start: Start) -> None:  # noqa: F811
    client = start(ASSISTANT, web_chat_enabled=True)
    page = client.get("/try")
    assert page.status_code == 200 and 'id="chat"' in page.text
    response = client.post("/try/api/messages", json={"text": "I have a sore throat"})
    assert response.status_code == 202
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie
    said = replies(client, 1)
    assert any("throat" in m["text"].lower() for m in said)
    assert all(m["direction"] == "out" for m in said)
    history = client.get("/try/api/messages?after=0&history=1").json()["messages"]
    assert history[0] == {"direction": "in", "text": "I have a sore throat"}
    # another visitor (no cookie, or a made-up one) sees nothing of it
    mine = dict(client.cookies)
    client.cookies.clear()
    assert client.get("/try/api/messages?after=0").json()["messages"] == []
    client.cookies.set("selfcare_try", "web:someone-elses-id", path="/try")
    assert client.get("/try/api/messages?after=0").json()["messages"] == []
    client.cookies.clear()
    for name, value in mine.items():
        client.cookies.set(name, value, path="/try")
    # bad input is refused clearly
    assert client.post("/try/api/messages", json={"text": ""}).status_code == 400
    assert client.post("/try/api/messages", content=b"text=hi").status_code == 415
    assert client.post("/try/api/messages", json={"text": "x" * 3000}).status_code == 400


def test_a_web_conversation_is_handed_over_like_any_other(
    start: Start,  # noqa: F811
    tmp_path: Path,
) -> None:
    client = start(ASSISTANT, web_chat_enabled=True)
    add_operator(f"sqlite:///{tmp_path}/selfcare.db")
    client.post("/try/api/messages", json={"text": "can I speak to a real person"})
    [notice] = replies(client, 1)
    assert "someone from our team" in notice["text"]
    operator = client  # the console's cookie lives under /console, the visitor's under /try
    csrf = sign_in(operator)
    [row] = operator.get("/console/api/conversations").json()["conversations"]
    assert row["channel"] == "web" and row["person"].startswith("*")
    sent = operator.post(
        f"/console/api/conversations/{row['id']}/messages",
        json={"text": "Hi, this is Sam from the team."},
        headers={"X-CSRF-Token": csrf},
    )
    assert sent.status_code == 201
    got = replies(client, 1, after=notice["id"])
    assert got[0]["text"] == "Hi, this is Sam from the team."

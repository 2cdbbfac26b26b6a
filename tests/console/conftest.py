"""The app in-process against the fake Graph API, with one operator."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from selfcare.assistant import Assistant
from selfcare.desk.auth import hash_password
from selfcare.desk.store import Desk
from selfcare.store import Store
from tests.pipeline.conftest import Start, graph, start  # noqa: F401  (fixtures)

PASSWORD = "correct horse battery"
ASSISTANT = Assistant()


def add_operator(url: str, name: str = "nurse.joy", password: str = PASSWORD) -> None:
    async def add() -> None:
        store = await Store.open(url)
        try:
            await Desk(store).set_operator(name, hash_password(password))
        finally:
            await store.close()

    asyncio.run(add())


@pytest.fixture
def console(start: Start, tmp_path: Path) -> Iterator[TestClient]:  # noqa: F811
    client = start(ASSISTANT)
    add_operator(f"sqlite:///{tmp_path}/selfcare.db")
    yield client


def sign_in(client: TestClient, name: str = "nurse.joy", password: str = PASSWORD) -> str:
    """Sign in through the form; returns the CSRF token."""
    response = client.post(
        "/console/login",
        data={"username": name, "password": password},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return str(client.get("/console/api/session").json()["csrf_token"])

"""Shared fixtures: no real network, a database per test (SQLite, and PostgreSQL when
TEST_DATABASE_URL is set), settings pointing at local fakes."""

from __future__ import annotations

import asyncio
import functools
import ipaddress
import logging
import os
import socket
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from selfcare.settings import Settings
from selfcare.store import Store

SECRET = "test-app-secret"
VERIFY_TOKEN = "test-verify-token"
ACCESS_TOKEN = "test-access-token-EAAG"
PHONE_NUMBER_ID = "106540352242922"

_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: object) -> None:
    host = address[0] if isinstance(address, tuple) else None
    if isinstance(host, str):
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = host == "localhost"
        if not loopback:
            raise RuntimeError(f"a test tried to reach the network: {host}")
    _real_connect(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any accidental real network call fails the test; loopback fakes are fine."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)


def _not_pytests(handler: logging.Handler) -> bool:
    return not type(handler).__module__.startswith("_pytest")


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """A command run in a test configures logging to that run's stderr, closed once the run
    returns: a later test in the same process would log to it (and print "Logging error" into
    its own command's output). The root logger's own handlers and level are put back."""
    root = logging.getLogger()
    handlers, level = [h for h in root.handlers if _not_pytests(h)], root.level
    yield
    root.handlers[:] = handlers + [h for h in root.handlers if not _not_pytests(h)]
    root.setLevel(level)


def postgres_url() -> str | None:
    """TEST_DATABASE_URL, or under pytest-xdist a database of this worker's own beside it:
    the fixtures drop the whole schema, so two workers must never share one."""
    url = os.environ.get("TEST_DATABASE_URL") or None
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if url is None or worker is None:
        return url
    return _worker_database(url, worker)


@functools.cache
def _worker_database(url: str, worker: str) -> str:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    name = f"{parsed.database}_{worker}"
    asyncio.run(_create_database(url, name))
    return parsed.set(database=name).render_as_string(hide_password=False)


async def _create_database(url: str, name: str) -> None:
    from sqlalchemy import text

    from selfcare.store.database import create_engine

    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            # CREATE DATABASE cannot run inside a transaction.
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            found = await conn.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            )
            if found is None:
                await conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        await engine.dispose()


async def _reset_postgres(url: str) -> None:
    from sqlalchemy import text

    from selfcare.store.database import create_engine

    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            await conn.execute(text("DROP SCHEMA public CASCADE"))
            await conn.execute(text("CREATE SCHEMA public"))
    finally:
        await engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/selfcare.db"
    url = postgres_url()
    if url is None:
        if os.environ.get("SELFCARE_REQUIRE_POSTGRES"):
            pytest.fail("SELFCARE_REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not")
        pytest.skip("PostgreSQL tests need TEST_DATABASE_URL=postgresql://user@host/db")
    try:
        asyncio.run(_reset_postgres(url))
    except OSError as exc:
        if os.environ.get("SELFCARE_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL at TEST_DATABASE_URL is unreachable: {exc}")
        pytest.skip(f"PostgreSQL at TEST_DATABASE_URL is unreachable: {exc}")
    return url


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[Store]:
    opened = await Store.open(database_url)
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/selfcare.db"


def make_settings(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "whatsapp_verify_token": VERIFY_TOKEN,
        "whatsapp_access_token": ACCESS_TOKEN,
        "whatsapp_phone_number_id": PHONE_NUMBER_ID,
        "whatsapp_webhook_secret": SECRET,
        "whatsapp_api_base_url": "http://127.0.0.1:9",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg, arg-type]


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """Run with no selfcare variables from the machine and no .env in the way."""
    for name in list(os.environ):
        if name.startswith(("WHATSAPP_", "TWILIO_", "WEBHOOK_", "DATABASE_", "DATA_")):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    yield tmp_path


@pytest.fixture
def pg_url() -> str:
    """A reset PostgreSQL database for tests that start server processes on it."""
    url = postgres_url()
    if url is None:
        if os.environ.get("SELFCARE_REQUIRE_POSTGRES"):
            pytest.fail("SELFCARE_REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not")
        pytest.skip("needs PostgreSQL: set TEST_DATABASE_URL")
    asyncio.run(_reset_postgres(url))
    return url

"""Health data is not world-readable: data/ is 0700, the database and its -wal and -shm 0600,
whatever the shell's umask — for the `selfcare` command (which sets the umask at start) and
for the store opened in-process (which makes its files private)."""

from __future__ import annotations

import asyncio
import os
import stat
import subprocess
import sys
from pathlib import Path

from selfcare.store import Store
from tests.faults.conftest import PEOPLE, flood_body
from tests.pipeline.process import python_path


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_command_creates_its_data_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    env = {
        **os.environ,
        "PYTHONPATH": python_path(),
        "DATABASE_URL": f"sqlite:///{folder}/selfcare.db",
    }
    old = os.umask(0o022)  # the usual shell umask, which would give 0755 and 0644
    try:
        done = subprocess.run(
            [sys.executable, "-m", "selfcare", "history", PEOPLE[0]],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            timeout=120,
        )
    finally:
        os.umask(old)
    assert done.returncode == 0, done.stderr[-300:]
    assert mode(folder) == 0o700
    assert mode(folder / "selfcare.db") == 0o600


def test_the_store_keeps_the_database_and_its_wal_private(tmp_path: Path) -> None:
    database = tmp_path / "data" / "selfcare.db"

    async def write() -> list[int]:
        store = await Store.open(f"sqlite:///{database}")
        try:
            from selfcare.channels.whatsapp import parse_payload

            [message] = parse_payload(flood_body(PEOPLE[0], 0)).events
            await store.write_batch([message])  # type: ignore[list-item]
            paths = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
            return [mode(p) for p in paths]
        finally:
            await store.close()

    old = os.umask(0o022)
    try:
        modes = asyncio.run(write())
    finally:
        os.umask(old)
    assert modes == [0o600, 0o600, 0o600], [oct(m) for m in modes]
    assert mode(database.parent) == 0o700


def test_an_existing_world_readable_database_is_made_private(tmp_path: Path) -> None:
    database = tmp_path / "old.db"
    url = f"sqlite:///{database}"

    async def open_close() -> None:
        store = await Store.open(url)
        await store.close()

    asyncio.run(open_close())
    os.chmod(database, 0o644)
    asyncio.run(open_close())
    assert mode(database) == 0o600

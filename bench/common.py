"""What every benchmark shares: the machine, statistics, server processes, /proc readings."""

from __future__ import annotations

import contextlib
import http.client
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
IMG = DOCS / "img"
PROFILES = DOCS / "profiles"

SECRET = "bench-app-secret"
VERIFY_TOKEN = "bench-verify-token"
ACCESS_TOKEN = "bench-access-token"
PHONE_NUMBER_ID = "106540352242922"
# Its own database, created if missing; BENCH_POSTGRES_URL names another.
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/bench")

TICK = os.sysconf("SC_CLK_TCK")


# --- the machine ----------------------------------------------------------------------------


def machine() -> dict[str, str]:
    model = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "nproc": str(os.cpu_count() or 0),
        "cpu": model,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


# --- statistics -----------------------------------------------------------------------------


def spread(values: Sequence[float]) -> dict[str, float]:
    """Median, min and max of several runs."""
    clean = [v for v in values if v == v]  # drop NaN
    if not clean:
        return {"median": float("nan"), "min": float("nan"), "max": float("nan"), "n": 0}
    return {
        "median": statistics.median(clean),
        "min": min(clean),
        "max": max(clean),
        "n": len(clean),
    }


def fmt(s: dict[str, float], digits: int = 0, unit: str = "") -> str:
    """``median (min–max)``."""
    if not s or not s.get("n") or s.get("median") is None:
        return "—"
    f = f"{{:,.{digits}f}}"
    if s["n"] == 1 or s["min"] == s["max"]:
        return f.format(s["median"]) + unit
    return f"{f.format(s['median'])}{unit} ({f.format(s['min'])}–{f.format(s['max'])})"


def table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table (also readable printed)."""
    widths = [max(len(str(c)) for c in col) for col in zip(head, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    out = [line(head), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(r) for r in rows]
    return "\n".join(out)


# --- processes ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def http_get(port: int, path: str, timeout: float = 2.0) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def http_post(port: int, path: str, body: bytes = b"", timeout: float = 5.0) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("POST", path, body=body)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def wait_port(
    port: int, path: str, timeout: float = 120.0, proc: subprocess.Popen[bytes] | None = None
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the process on port {port} exited with {proc.returncode}")
        with contextlib.suppress(OSError, http.client.HTTPException):
            if http_get(port, path, timeout=0.5)[0] < 500:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing answered on 127.0.0.1:{port}{path}")


def tree(pid: int) -> list[int]:
    """``pid`` and its descendants (``serve --workers N`` forks one process per worker)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            stat = (entry / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo += children.get(current, [])
    return out


def cpu_seconds(pids: Sequence[int]) -> float:
    """User + system CPU time of these processes so far (from /proc/<pid>/stat)."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / TICK


def rss_mb(pid: int) -> float:
    """VmRSS of one process, in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Process:
    """A server in its own process, started as an operator would, stopped with SIGTERM."""

    args: list[str]
    port: int
    env: dict[str, str]
    cwd: Path
    ready_path: str = "/healthz"
    proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Process:
        log = (self.cwd / f"server-{self.port}.log").open("wb")
        self.proc = subprocess.Popen(
            self.args, env=self.env, cwd=self.cwd, stdout=log, stderr=subprocess.STDOUT
        )
        log.close()
        try:
            wait_port(self.port, self.ready_path, proc=self.proc)
        except RuntimeError:
            self.stop()
            raise
        return self

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def pids(self) -> list[int]:
        return tree(self.pid)

    def cpu(self) -> float:
        return cpu_seconds(self.pids())

    def rss(self) -> float:
        """Resident memory of the server, all its processes together (MiB)."""
        total = 0.0
        for pid in self.pids():
            with contextlib.suppress(OSError):
                total += rss_mb(pid)
        return total

    def stop(self, sig: int = signal.SIGTERM, grace: float = 5.0) -> None:
        """Stop it; after ``grace`` seconds (a backlog being worked off), kill it."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(sig)
        try:
            self.proc.wait(grace)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)

    def __enter__(self) -> Process:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def python() -> str:
    return sys.executable


def selfcare_env(
    port: int, database_url: str, graph_port: int | None, **extra: str
) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("WHATSAPP_", "TWILIO_", "DATABASE_", "WEBHOOK_", "SEND_"))
    }
    env |= {
        "PYTHONPATH": str(ROOT),
        "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
        "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
        "WHATSAPP_WEBHOOK_SECRET": SECRET,
        "WHATSAPP_API_BASE_URL": f"http://127.0.0.1:{graph_port or 9}",
        "DATABASE_URL": database_url,
        "WEBHOOK_HOST": "127.0.0.1",
        "WEBHOOK_PORT": str(port),
        **extra,
    }
    return env


def selfcare_server(
    tmp: Path,
    database_url: str | None = None,
    *,
    graph_port: int | None = None,
    workers: int = 1,
    argv_prefix: Sequence[str] = (),
    **extra: str,
) -> Process:
    """``python -m selfcare serve`` with the bench's settings (SQLite in ``tmp`` by default)."""
    port = free_port()
    url = database_url or f"sqlite:///{tmp}/selfcare-{port}.db"
    args = [python(), *argv_prefix, "-m", "selfcare", "serve"]
    if workers > 1:
        args += ["--workers", str(workers)]
    return Process(args, port, selfcare_env(port, url, graph_port, **extra), tmp)


def bench_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def bare_server(tmp: Path) -> Process:
    port = free_port()
    return Process([python(), "-m", "bench.bare", str(port)], port, bench_env(), tmp)


def fake_graph(tmp: Path) -> Process:
    port = free_port()
    return Process([python(), "-m", "bench.fakegraph", str(port)], port, bench_env(), tmp, "/stats")


def pywa_server(tmp: Path, graph_port: int) -> Process:
    port = free_port()
    args = [python(), "-m", "bench.pywa_echo", str(port), str(graph_port)]
    return Process(args, port, bench_env(), tmp)


@contextlib.contextmanager
def workdir(prefix: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix=f"selfcare-bench-{prefix}-") as tmp:
        yield Path(tmp)


# --- databases ------------------------------------------------------------------------------


def sqlite_count(path: Path, table: str = "inbox") -> int:
    import sqlite3

    with contextlib.closing(sqlite3.connect(path, timeout=30)) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


async def _pg(url: str, action: str) -> Any:
    import asyncpg

    dsn = url.replace("postgresql+asyncpg://", "postgresql://")
    if action == "create":
        admin = await asyncpg.connect(dsn.rsplit("/", 1)[0] + "/postgres", timeout=3)
        try:
            name = dsn.rsplit("/", 1)[1]
            exists = await admin.fetchval("SELECT 1 FROM pg_database WHERE datname=$1", name)
            if not exists:
                await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()
        return None
    conn = await asyncpg.connect(dsn, timeout=3)
    try:
        if action == "reset":
            await conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
            return None
        if action == "count":
            return int(await conn.fetchval("SELECT count(*) FROM inbox"))
    finally:
        await conn.close()
    raise ValueError(action)


def postgres(url: str = POSTGRES_URL) -> str | None:
    """Make sure the bench database exists; None (with the reason printed) if unreachable."""
    import asyncio

    try:
        asyncio.run(_pg(url, "create"))
        asyncio.run(_pg(url, "reset"))
    except Exception as exc:
        print(f"note: PostgreSQL at {url} is unreachable ({type(exc).__name__}): skipped")
        return None
    return url


def postgres_reset(url: str) -> None:
    import asyncio

    asyncio.run(_pg(url, "reset"))


def postgres_count(url: str) -> int:
    import asyncio

    return int(asyncio.run(_pg(url, "count")))


# --- plots ----------------------------------------------------------------------------------


def pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"figure.dpi": 110, "axes.grid": True, "grid.alpha": 0.3})
    return plt


def save(fig: Any, name: str) -> str:
    IMG.mkdir(parents=True, exist_ok=True)
    path = IMG / name
    fig.tight_layout()
    fig.savefig(path)
    pyplot().close(fig)
    return f"img/{name}"

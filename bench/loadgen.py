"""An HTTP/1.1 load generator in its own process: pre-signed bodies, keep-alive, raw sockets.

Python must not be the bottleneck of the generator, so every request is built and signed
before the clock starts, and the hot loop is an ``asyncio.Protocol`` on uvloop that writes
prepared bytes and scans for the end of each response. Two modes:

- open loop (``rate``): request ``i`` is due at ``start + i / rate`` whatever happened to the
  previous ones; latency counts from the due time, so a server (or a generator) that falls
  behind shows it in the latency instead of hiding it (no coordinated omission);
- closed loop (``rate=None``): ``connections`` connections each send the next request as soon
  as the previous answer arrived: the most the server can take.

:func:`run` is what the harness calls through :class:`Child` (a fresh interpreter, so the
generator's CPU time is its own: reported as ``cpu_share``).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TEXT = "I have had a sore throat for two days, what can I do?"
PHONE_NUMBER_ID = "106540352242922"


def address(tag: int, index: int) -> str:
    """The sender of message ``index`` in batch ``tag``: unique per message, so a reply is
    matched to its webhook by the recipient number."""
    return f"+4477{tag % 100:02d}{index:07d}"


def build_requests(
    port: int, secret: str, count: int, tag: int, *, path: str = "/webhook", bsuid: bool = False
) -> list[bytes]:
    """``count`` complete, correctly signed one-message webhook requests, each unique.

    ``bsuid`` adds the business-scoped user id (``contacts[0].user_id``) that newer Meta
    payloads carry and pywa requires.
    """
    from selfcare.channels.whatsapp import sign, text_webhook

    out = []
    for i in range(count):
        body = text_webhook(
            address(tag, i),
            TEXT,
            phone_number_id=PHONE_NUMBER_ID,
            message_id=f"wamid.BENCH{tag:04d}{i:08d}",
        )
        if bsuid:
            data = json.loads(body)
            contact = data["entry"][0]["changes"][0]["value"]["contacts"][0]
            contact["user_id"] = "GB." + address(tag, i).lstrip("+")
            body = json.dumps(data).encode()
        head = (
            f"POST {path} HTTP/1.1\r\nhost: 127.0.0.1:{port}\r\n"
            f"content-type: application/json\r\nx-hub-signature-256: {sign(body, secret)}\r\n"
            f"content-length: {len(body)}\r\n\r\n"
        )
        out.append(head.encode() + body)
    return out


@dataclass
class LoadResult:
    mode: str  # "open" or "closed"
    offered_rate: float | None
    connections: int
    sent: int
    completed: int
    errors: int
    statuses: dict[int, int]
    latencies_ms: list[float]  # sorted, one per completed request
    wall_s: float  # first send to last answer
    cpu_s: float  # the generator's own CPU time over the run
    server_cpu_s: float  # the server's processes' CPU time over the same run
    machine_busy: float  # CPU cores busy on the whole machine over the run (all processes)
    started: float  # time.monotonic() of the first request
    # time.monotonic() per request index: when it was due (open loop) or sent (closed loop)
    send_times: list[float] = field(default_factory=list)

    @property
    def rps(self) -> float:
        return self.completed / self.wall_s if self.wall_s > 0 else 0.0

    @property
    def ok(self) -> int:
        return self.statuses.get(200, 0)

    @property
    def cpu_share(self) -> float:
        """The generator's CPU time over wall time (1.0 = one core busy)."""
        return self.cpu_s / self.wall_s if self.wall_s > 0 else 0.0

    @property
    def others_cpu(self) -> float:
        """Cores busy with other processes on the machine (other people's work, the fake, a
        database server) while this ran."""
        return max(0.0, self.machine_busy - self.cpu_share - self.server_cpu_share)

    @property
    def server_cpu_share(self) -> float:
        """The server's CPU time over wall time (2.0 = both cores of this machine)."""
        return self.server_cpu_s / self.wall_s if self.wall_s > 0 else 0.0

    def pct(self, q: float) -> float:
        return percentile(self.latencies_ms, q)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile of already sorted values (nan when empty)."""
    if not values:
        return float("nan")
    rank = max(1, min(len(values), round(q / 100 * len(values) + 0.4999)))
    return values[rank - 1]


def _cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def _machine() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    with open("/proc/stat") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    idle = values[3] + values[4]
    return sum(values[:8]) - idle, sum(values[:8])


class _Conn(asyncio.Protocol):
    def __init__(self, gen: _Generator) -> None:
        self.gen = gen
        self.transport: asyncio.Transport | None = None
        self.buf = bytearray()
        self.current = -1

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # uvloop's is not a subclass

    def send(self, index: int) -> None:
        assert self.transport is not None
        self.current = index
        if self.gen.send_times[index] == 0.0:
            self.gen.send_times[index] = time.monotonic()
        self.transport.write(self.gen.requests[index])

    def data_received(self, data: bytes) -> None:
        self.buf += data
        while self.current >= 0:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buf[:end]).lower()
            at = head.find(b"content-length:")
            length = 0
            if at >= 0:
                stop = head.find(b"\r\n", at)
                length = int(head[at + 15 : stop if stop >= 0 else None])
            total = end + 4 + length
            if at < 0 and b"transfer-encoding: chunked" in head:
                last = self.buf.find(b"\r\n0\r\n\r\n", end)
                if last < 0:
                    return
                total = last + 7
            if len(self.buf) < total:
                return
            status = int(head[9:12])
            del self.buf[:total]
            index, self.current = self.current, -1
            self.gen.done(self, index, status)

    def connection_lost(self, exc: Exception | None) -> None:
        self.gen.lost(self)


class _Generator:
    def __init__(self, requests: list[bytes], due: list[float]) -> None:
        self.requests = requests
        self.due = due
        self.send_times = [0.0] * len(requests)
        self.latencies: list[float] = []
        self.statuses: dict[int, int] = {}
        self.errors = 0
        self.idle: deque[_Conn] = deque()
        self.waiting: deque[int] = deque()
        self.conns: set[_Conn] = set()
        self.next_index = 0
        self.closed_loop_until = 0.0
        self.last_done = 0.0
        self.finished = asyncio.Event()
        self.outstanding = 0

    def dispatch(self, index: int) -> None:
        self.outstanding += 1
        if self.idle:
            self.idle.popleft().send(index)
        else:
            self.waiting.append(index)

    def done(self, conn: _Conn, index: int, status: int) -> None:
        now = time.monotonic()
        self.last_done = now
        self.latencies.append((now - (self.due[index] or self.send_times[index])) * 1000)
        self.statuses[status] = self.statuses.get(status, 0) + 1
        self.outstanding -= 1
        self._next(conn, now)

    def _next(self, conn: _Conn, now: float) -> None:
        if self.closed_loop_until:
            if now < self.closed_loop_until and self.next_index < len(self.requests):
                self.outstanding += 1
                conn.send(self.next_index)
                self.next_index += 1
                return
        elif self.waiting:
            conn.send(self.waiting.popleft())
            return
        self.idle.append(conn)
        if self.outstanding == 0 and (self.closed_loop_until or self.next_index >= len(self.due)):
            self.finished.set()

    def lost(self, conn: _Conn) -> None:
        self.conns.discard(conn)
        with_request = conn.current >= 0
        if conn in self.idle:
            self.idle.remove(conn)
        if with_request:
            self.errors += 1
            self.outstanding -= 1
        if not self.conns:
            self.finished.set()


async def _connect(gen: _Generator, host: str, port: int, count: int) -> None:
    loop = asyncio.get_running_loop()
    for _ in range(count):
        _, conn = await loop.create_connection(lambda: _Conn(gen), host, port)
        gen.conns.add(conn)
        gen.idle.append(conn)


async def _open_loop(
    host: str, port: int, requests: list[bytes], rate: float, connections: int, drain: float
) -> tuple[_Generator, float]:
    n = len(requests)
    gen = _Generator(requests, [0.0] * n)
    await _connect(gen, host, port, connections)
    start = time.monotonic() + 0.02
    gen.due = [start + i / rate for i in range(n)]
    while gen.next_index < n:
        now = time.monotonic()
        due_count = min(n, int((now - start) * rate) + 1) if now >= start else 0
        while gen.next_index < due_count:
            gen.dispatch(gen.next_index)
            gen.next_index += 1
        if gen.next_index < n:
            # Sleep until the next request is due (libuv timers tick in milliseconds, so
            # at high rates a tick sends the few that fell due together).
            await asyncio.sleep(max(0.0, gen.due[gen.next_index] - time.monotonic()))
    if gen.outstanding:
        try:
            await asyncio.wait_for(gen.finished.wait(), drain)
        except TimeoutError:
            gen.errors += gen.outstanding
    return gen, start


async def _closed_loop(
    host: str, port: int, requests: list[bytes], duration: float, connections: int
) -> tuple[_Generator, float]:
    gen = _Generator(requests, [0.0] * len(requests))
    await _connect(gen, host, port, connections)
    start = time.monotonic()
    gen.closed_loop_until = start + duration
    for conn in list(gen.idle):
        gen.idle.remove(conn)
        gen._next(conn, start)
    try:
        await asyncio.wait_for(gen.finished.wait(), duration + 30)
    except TimeoutError:
        gen.errors += gen.outstanding
    return gen, start


def run(
    port: int,
    secret: str,
    count: int,
    tag: int,
    *,
    rate: float | None,
    connections: int = 64,
    duration: float = 3.0,
    path: str = "/webhook",
    host: str = "127.0.0.1",
    drain_timeout: float = 60.0,
    keep_send_times: bool = False,
    server_pids: list[int] | None = None,
    bsuid: bool = False,
) -> LoadResult:
    """Send ``count`` unique signed webhooks (open loop at ``rate``, or closed loop for
    ``duration`` seconds when ``rate`` is None) and measure every answer."""
    if host != "127.0.0.1":
        raise ValueError("the benchmarks only send traffic to 127.0.0.1")
    try:
        import uvloop

        uvloop.install()
    except ImportError:  # plain asyncio works, a little slower
        pass
    requests = build_requests(port, secret, count, tag, path=path, bsuid=bsuid)

    async def go() -> tuple[_Generator, float]:
        if rate is None:
            return await _closed_loop(host, port, requests, duration, connections)
        return await _open_loop(host, port, requests, rate, connections, drain_timeout)

    pids = server_pids or []
    server_before, machine_before = _cpu_seconds(pids), _machine()
    before = resource.getrusage(resource.RUSAGE_SELF)
    gen, start = asyncio.run(go())
    after = resource.getrusage(resource.RUSAGE_SELF)
    server_cpu = _cpu_seconds(pids) - server_before
    machine_after = _machine()
    busy = (machine_after[0] - machine_before[0]) / max(1, machine_after[1] - machine_before[1])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    wall = max(gen.last_done - start, 1e-9)
    sent = sum(1 for t in gen.send_times if t)
    return LoadResult(
        mode="closed" if rate is None else "open",
        offered_rate=rate,
        connections=connections,
        sent=sent,
        completed=len(gen.latencies),
        errors=gen.errors,
        statuses=gen.statuses,
        latencies_ms=sorted(gen.latencies),
        wall_s=wall,
        cpu_s=cpu,
        server_cpu_s=server_cpu,
        machine_busy=busy * (os.cpu_count() or 1),
        started=start,
        send_times=(gen.due if rate is not None else gen.send_times) if keep_send_times else [],
    )


class Child:
    """Runs :func:`run` in a fresh interpreter (``python -m bench.loadgen``), one call at a
    time, so the generator's CPU is its own and never shares a GIL with the harness."""

    def __init__(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="selfcare-loadgen-")
        self._calls = itertools.count()

    def submit(self, *args: Any, **kwargs: Any) -> Pending:
        out = Path(self._tmp.name) / f"result-{next(self._calls)}.pickle"
        spec = json.dumps({"args": args, "kwargs": kwargs, "out": str(out)})
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
        proc = subprocess.Popen([sys.executable, "-m", "bench.loadgen", spec], env=env)
        return Pending(proc, out)

    def close(self) -> None:
        self._tmp.cleanup()

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class Pending:
    proc: subprocess.Popen[bytes]
    out: Path

    def done(self) -> bool:
        return self.proc.poll() is not None

    def result(self, timeout: float = 600) -> LoadResult:
        code = self.proc.wait(timeout)
        if code != 0:
            raise RuntimeError(f"the load generator failed with exit code {code}")
        with self.out.open("rb") as f:
            result: LoadResult = pickle.load(f)
        self.out.unlink()
        return result


def main() -> None:
    from bench import loadgen  # not __main__: the pickled result must name bench.loadgen

    spec = json.loads(sys.argv[1])
    result = loadgen.run(*spec["args"], **spec["kwargs"])
    with open(spec["out"], "wb") as f:
        pickle.dump(result, f)


if __name__ == "__main__":
    main()

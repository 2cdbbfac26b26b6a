"""Worker processes: the worker and sender of ``selfcare serve`` in processes of their own.

The assistant's CPU work would otherwise share the web process's event loop (a thread does
not help: the GIL), and every acknowledgement would wait behind it. So the web process only
verifies, stores and acknowledges; each worker process is ``selfcare worker`` — the same
leases, the same exactly-once transactions as any number of ``selfcare worker`` processes
beside a ``RUN_WORKER=false`` server, which is why nothing about durability changes.

Each child shares a socket pair with the web process. Down it go wake-ups: a byte after each
group commit (and when an operator's reply waits to be sent), so the child's worker and
sender start at once instead of at their next poll. Up it comes the child's health (the
sender failing, the access token rejected), which the web process's ``/readyz`` reports.
It also ties the child to its parent: when the web process ends, even by SIGKILL, the child
reads end-of-file and stops. A child that dies is started again (with backoff) and
``/readyz`` says "not running" meanwhile; its leases run out and the new one takes over.
At start the web process waits for its children to be ready before it serves.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import subprocess
import sys
from collections.abc import Callable

from selfcare.pipeline.guard import LoopHealth, cancel

log = logging.getLogger(__name__)

WATCH_EVERY = 0.2  # seconds between looks at the children
STOP_WAIT = 15.0  # seconds a child gets to finish its transactions after end-of-file
START_WAIT = 120.0  # at most this long for the children to be ready before serving anyway
REPORT_EVERY = 0.25  # seconds between a child's looks at its own health
# The health byte a child sends up: bits that are set say what is wrong.
AUTH_FAILED = 1
SENDING_FAILING = 2
# The wake-up bytes sent down: which loop has work. Waking the sender for every stored
# webhook would cost a claim transaction each (holding SQLite's write lock) for nothing.
WAKE_WORKER = b"w"
WAKE_SENDER = b"s"


def default_count() -> int:
    """Worker processes when ``WORKER_PROCESSES`` is unset: one beside the web process when
    there is a second core for it, else none (two processes on one core only add switches)."""
    return 1 if (os.cpu_count() or 1) > 1 else 0


class _Child:
    def __init__(self, argv: list[str]) -> None:
        self.sock, theirs = socket.socketpair()
        self.sock.setblocking(False)
        self.health = 0
        self.ready = False  # it has reported once: its worker and sender are running
        env = {**os.environ, "WORKER_PROCESSES": "0", "RUN_WORKER": "true"}
        fd = theirs.fileno()
        try:
            # close_fds: a child must not hold its siblings' sockets, or they never see EOF.
            self.proc = subprocess.Popen(
                [*argv, "--wake-fd", str(fd)], pass_fds=(fd,), env=env, close_fds=True
            )
        except BaseException:
            self.sock.close()
            raise
        finally:
            theirs.close()
        self._loop = asyncio.get_running_loop()
        self._loop.add_reader(self.sock.fileno(), self._readable)

    def _readable(self) -> None:
        try:
            data = self.sock.recv(256)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if data:
            self.health, self.ready = data[-1], True
        else:
            self._loop.remove_reader(self.sock.fileno())

    def wake(self, what: bytes) -> None:
        # A full buffer already holds a wake-up; a closed socket means the child is gone.
        with contextlib.suppress(OSError):
            self.sock.send(what)

    def close(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._loop.remove_reader(self.sock.fileno())
        self.sock.close()


class WorkerProcesses:
    """``count`` children running ``selfcare worker``, kept running until :meth:`stop`."""

    def __init__(self, count: int, argv: list[str] | None = None) -> None:
        self.count = count
        self.argv = argv or [sys.executable, "-m", "selfcare", "worker"]
        self._children: list[_Child | None] = [None] * count
        self._task: asyncio.Task[None] | None = None
        self.health = LoopHealth("worker_processes", base=0.5, cap=30.0)
        self.restarts = 0

    @property
    def alive(self) -> bool:
        """Every child is running and ready (``/readyz`` reports one that is not)."""
        return all(c is not None and c.ready and c.proc.poll() is None for c in self._children)

    @property
    def auth_failed(self) -> bool:
        return any(c is not None and c.health & AUTH_FAILED for c in self._children)

    @property
    def sending_failing(self) -> bool:
        return any(c is not None and c.health & SENDING_FAILING for c in self._children)

    @property
    def pids(self) -> list[int]:
        return [c.proc.pid for c in self._children if c is not None]

    def start(self) -> None:
        """Start the children (they load while this process opens its store)."""
        for slot in range(self.count):
            self._children[slot] = _Child(self.argv)

    async def ready(self) -> None:
        """Wait until the children answer (so a server that serves also answers, as in one
        process), or one exits, or START_WAIT passes; then watch them."""
        deadline = asyncio.get_running_loop().time() + START_WAIT
        while not self.alive and asyncio.get_running_loop().time() < deadline:
            if any(c is None or c.proc.poll() is not None for c in self._children):
                break  # the watch below starts it again and /readyz says so
            await asyncio.sleep(0.05)
        log.info("started %d worker process(es)", self.count)
        self._task = asyncio.create_task(self._watch(), name="worker-processes")

    def wake_worker(self) -> None:
        """New messages are stored."""
        for child in self._children:
            if child is not None:
                child.wake(WAKE_WORKER)

    def wake_sender(self) -> None:
        """A reply waits to be sent (an operator's, from the console)."""
        for child in self._children:
            if child is not None:
                child.wake(WAKE_SENDER)

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(WATCH_EVERY)
            for slot, child in enumerate(self._children):
                if child is None or child.proc.poll() is None:
                    continue
                child.close()
                self._children[slot] = None
                pause = self.health.failed(ChildExited(child.proc.returncode), "a worker process")
                await asyncio.sleep(pause)
                try:
                    self._children[slot] = _Child(self.argv)
                except Exception as exc:  # fork failed (out of memory, pids): try again later
                    self.health.failed(exc, "starting a worker process")
                    continue
                self.restarts += 1
                log.info("worker process started again")

    async def stop(self) -> None:
        await cancel(self._task)
        self._task = None
        children = [c for c in self._children if c is not None]
        for child in children:
            # SIGTERM, as `selfcare worker` stops (a child still starting up has nothing
            # to finish), and end-of-file for good measure.
            with contextlib.suppress(ProcessLookupError):
                child.proc.terminate()
            child.close()
        loop = asyncio.get_running_loop()
        for child in children:
            await loop.run_in_executor(None, _reap, child.proc)
        self._children = [None] * self.count


def _reap(proc: subprocess.Popen[bytes]) -> None:
    try:
        proc.wait(STOP_WAIT)
    except subprocess.TimeoutExpired:
        log.warning("a worker process did not stop in %.0f s; killing it", STOP_WAIT)
        proc.kill()
        proc.wait()


class ChildExited(Exception):
    """A worker process ended (its exit code is the message: no content ever)."""


class Parent:
    """In a worker process: the socket to ``selfcare serve`` (``--wake-fd``)."""

    def __init__(self, fd: int) -> None:
        self.sock = socket.socket(fileno=fd)
        self.sock.setblocking(False)
        self._sent = -1
        self._task: asyncio.Task[None] | None = None

    def watch(
        self, worker: Callable[[], None], sender: Callable[[], None], gone: Callable[[], None]
    ) -> None:
        """Wake the ``worker`` or the ``sender`` as asked; ``gone`` when the web process is."""
        loop = asyncio.get_running_loop()

        def readable() -> None:
            try:
                data = self.sock.recv(4096)
            except BlockingIOError:
                return
            except OSError:
                data = b""
            if WAKE_WORKER in data:
                worker()
            if WAKE_SENDER in data:
                sender()
            if not data:
                loop.remove_reader(self.sock.fileno())
                gone()

        loop.add_reader(self.sock.fileno(), readable)

    def report(self, health: Callable[[], int]) -> None:
        """Send ``health()`` up whenever it changes."""

        async def loop() -> None:
            while True:
                now = health()
                if now != self._sent:
                    with contextlib.suppress(BlockingIOError):
                        self.sock.send(bytes([now]))
                        self._sent = now
                await asyncio.sleep(REPORT_EVERY)

        self._task = asyncio.create_task(loop(), name="report-health")

    async def close(self) -> None:
        await cancel(self._task)
        with contextlib.suppress(OSError, ValueError, RuntimeError):
            asyncio.get_running_loop().remove_reader(self.sock.fileno())
        self.sock.close()

"""A Starlette app served by uvicorn in a background thread on a free loopback port.

The fakes are real HTTP servers, so the code under test (or a separate server process)
talks to them exactly as it would to the provider.
"""

from __future__ import annotations

import asyncio
import itertools
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import Generic, Protocol, Self, TypeVar

import uvicorn
from starlette.applications import Starlette


class LoopbackServer:
    """Use as a context manager, or call :meth:`start` / :meth:`stop`."""

    name = "fake server"

    def __init__(self, app: Starlette) -> None:
        self.app = app
        self._stopping = threading.Event()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        self._stopping.clear()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app, log_level="warning", lifespan="off", timeout_graceful_shutdown=1
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name=self.name, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError(f"{self.name} did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class Record(Protocol):
    @property
    def accepted(self) -> bool: ...

    @property
    def text(self) -> str | None: ...


R = TypeVar("R", bound=Record)


@dataclass
class Cue:
    """What to do with the next ``remaining`` sends: fail with ``status`` (and the provider's
    error ``code``), or hang ``hang_seconds`` and then accept."""

    remaining: int
    status: int = 500
    code: int | None = None
    retry_after: float | None = None
    hang_seconds: float | None = None
    message: str = ""


class ScriptedServer(LoopbackServer, Generic[R]):
    """A loopback fake that records every request and follows scripted cues."""

    def __init__(self, app: Starlette) -> None:
        super().__init__(app)
        self._lock = threading.Condition()
        self._log: list[R] = []
        self._cues: deque[Cue] = deque()
        self._counter = itertools.count(1)

    # -- scripting ------------------------------------------------------------------------

    def hang_next(self, n: int = 1, seconds: float = 5.0) -> None:
        """Sleep ``seconds`` before answering the next ``n`` sends, then accept them anyway.

        With ``seconds`` beyond the client's timeout this is the ambiguous case: the client
        gives up, yet the message was sent (it shows in :attr:`messages`).
        """
        self._cue(Cue(n, hang_seconds=seconds))

    def _cue(self, cue: Cue) -> None:
        if cue.remaining > 0:
            with self._lock:
                self._cues.append(cue)

    def reset(self) -> None:
        with self._lock:
            self._log.clear()
            self._cues.clear()

    @property
    def cues_left(self) -> int:
        """Scripted answers not yet taken up by a request."""
        with self._lock:
            return sum(c.remaining for c in self._cues)

    # -- reading --------------------------------------------------------------------------

    @property
    def requests(self) -> list[R]:
        with self._lock:
            return list(self._log)

    @property
    def messages(self) -> list[R]:
        """Accepted sends, in the order they were accepted."""
        return [r for r in self.requests if r.accepted]

    @property
    def texts(self) -> list[str]:
        return [r.text for r in self.messages if r.text is not None]

    def wait_for(self, count: int, timeout: float = 5.0) -> bool:
        """Block until ``count`` messages were accepted; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while sum(r.accepted for r in self._log) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(left)
            return True

    async def wait_for_async(self, count: int, timeout: float = 5.0) -> bool:  # noqa: ASYNC109
        """:meth:`wait_for` for async tests, without blocking the event loop."""
        return await asyncio.to_thread(self.wait_for, count, timeout)

    # -- for the handlers -----------------------------------------------------------------

    def _append(self, record: R) -> None:
        with self._lock:
            self._log.append(record)
            self._lock.notify_all()

    def _next_cue(self) -> Cue | None:
        with self._lock:
            if not self._cues:
                return None
            cue = self._cues[0]
            cue.remaining -= 1
            if cue.remaining <= 0:
                self._cues.popleft()
            return cue

    async def _sleep(self, seconds: float) -> None:
        """Hang without holding the event loop; cut short when the fake stops."""
        await asyncio.to_thread(self._stopping.wait, seconds)

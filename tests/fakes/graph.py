"""A fake Meta Graph API: a real HTTP server on loopback (Starlette on uvicorn, in a thread).

    with FakeGraph(token="test-token") as fake:
        settings = Settings(whatsapp_api_base_url=fake.base_url, ...)
        ...
        assert fake.wait_for(1, timeout=5)
        assert fake.messages[0].json["text"]["body"] == "..."

Serves ``POST /{version}/{phone_number_id}/messages`` (sends and mark-as-read) and
``GET /{version}/{phone_number_id}`` (phone number details, for ``check-config --online``).
Script failures with :meth:`FakeGraph.fail_next` and :meth:`FakeGraph.hang_next`; they apply
to sends, in the order scripted, not to mark-as-read. Everything is thread-safe: the test
thread scripts and reads while the server thread records.
"""

from __future__ import annotations

import asyncio
import itertools
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.fakes.server import LoopbackServer

DEFAULT_TOKEN = "test-access-token"


@dataclass(frozen=True)
class Recorded:
    """One request the fake received."""

    method: str
    path: str
    headers: dict[str, str]
    json: Any  # the parsed body; {} for a GET or a body that is not JSON
    at: float  # time.monotonic() on arrival
    status: int  # what the fake answered
    wamid: str | None = None  # the id given to an accepted message

    @property
    def to(self) -> str | None:
        body = self.json if isinstance(self.json, dict) else {}
        value = body.get("to") or body.get("recipient")
        return value if isinstance(value, str) else None

    @property
    def text(self) -> str | None:
        """The text a person would read: a text body, or an interactive message's body."""
        body = self.json if isinstance(self.json, dict) else {}
        if body.get("type") == "text":
            value = body.get("text", {}).get("body")
        elif body.get("type") == "interactive":
            value = body.get("interactive", {}).get("body", {}).get("text")
        else:
            value = None
        return value if isinstance(value, str) else None


@dataclass
class _Cue:
    remaining: int
    status: int = 200
    meta_code: int | None = None
    retry_after: float | None = None
    hang_seconds: float | None = None
    message: str = ""


@dataclass
class _State:
    lock: threading.Condition = field(default_factory=threading.Condition)
    requests: list[Recorded] = field(default_factory=list)
    cues: deque[_Cue] = field(default_factory=deque)
    token: str | None = None
    counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))


def meta_error(code: int, message: str, status: int) -> JSONResponse:
    """An error in Meta's shape."""
    error: dict[str, Any] = {
        "message": message or f"(#{code}) error",
        "type": "OAuthException",
        "code": code,
        "fbtrace_id": "A" + secrets.token_hex(10),
    }
    if code not in (190, 100):
        error["error_data"] = {"messaging_product": "whatsapp", "details": message or "error"}
    return JSONResponse({"error": error}, status_code=status)


_VALID = "(#100) Invalid parameter"


def _invalid(body: Any) -> str | None:
    """Why Meta would refuse this send body with code 100, or None."""
    if not isinstance(body, dict) or body.get("messaging_product") != "whatsapp":
        return "messaging_product must be whatsapp"
    if not (body.get("to") or body.get("recipient")):
        return "to or recipient is required"
    kind = body.get("type")
    if kind == "text":
        text = body.get("text", {}).get("body")
        if not isinstance(text, str) or not text or len(text) > 4096:
            return "text.body must be 1-4096 characters"
        return None
    if kind == "interactive":
        interactive = body.get("interactive", {})
        text = interactive.get("body", {}).get("text")
        if not isinstance(text, str) or not text or len(text) > 1024:
            return "interactive.body.text must be 1-1024 characters"
        action = interactive.get("action", {})
        if interactive.get("type") == "button":
            buttons = action.get("buttons", [])
            if not 1 <= len(buttons) <= 3:
                return "1-3 buttons"
            if any(not 1 <= len(b["reply"]["title"]) <= 20 for b in buttons):
                return "button titles are 1-20 characters"
            return None
        if interactive.get("type") == "list":
            rows = [r for s in action.get("sections", []) for r in s.get("rows", [])]
            if not 1 <= len(rows) <= 10 or not 1 <= len(action.get("button", "")) <= 20:
                return "1-10 rows and a 1-20 character button"
            return None
        return "unknown interactive type"
    if kind == "template":
        return None if isinstance(body.get("template"), dict) else "template is required"
    return "unsupported type"


class FakeGraph(LoopbackServer):
    """The fake Graph API. Use as a context manager, or call :meth:`start` / :meth:`stop`."""

    name = "fake Graph API"

    def __init__(
        self,
        *,
        token: str | None = None,
        display_phone_number: str = "+1 555-078-3881",
        verified_name: str = "Selfcare Test",
    ) -> None:
        self._state = _State(token=token)
        self.display_phone_number = display_phone_number
        self.verified_name = verified_name
        super().__init__(
            Starlette(
                routes=[
                    Route(
                        "/{version}/{phone_number_id}/messages", self._messages, methods=["POST"]
                    ),
                    Route("/{version}/{phone_number_id}", self._phone_number, methods=["GET"]),
                ]
            )
        )

    # -- scripting ------------------------------------------------------------------------

    def expect_token(self, token: str | None) -> None:
        """Only this bearer token is accepted (None: any non-empty bearer token)."""
        with self._state.lock:
            self._state.token = token

    def fail_next(
        self,
        n: int = 1,
        *,
        status: int = 500,
        meta_code: int | None = None,
        retry_after: float | None = None,
        message: str = "",
    ) -> None:
        """Answer the next ``n`` sends with an error (Meta's shape when ``meta_code``)."""
        self._cue(
            _Cue(n, status=status, meta_code=meta_code, retry_after=retry_after, message=message)
        )

    def hang_next(self, n: int = 1, seconds: float = 5.0) -> None:
        """Sleep ``seconds`` before answering the next ``n`` sends, then accept them anyway.

        With ``seconds`` beyond the client's timeout this is the ambiguous case: the client
        gives up, yet the message was sent (it shows in :attr:`messages`).
        """
        self._cue(_Cue(n, hang_seconds=seconds))

    def _cue(self, cue: _Cue) -> None:
        if cue.remaining > 0:
            with self._state.lock:
                self._state.cues.append(cue)

    def reset(self) -> None:
        with self._state.lock:
            self._state.requests.clear()
            self._state.cues.clear()

    # -- reading --------------------------------------------------------------------------

    @property
    def requests(self) -> list[Recorded]:
        with self._state.lock:
            return list(self._state.requests)

    @property
    def messages(self) -> list[Recorded]:
        """Accepted sends, in the order they were accepted."""
        return [r for r in self.requests if r.wamid is not None]

    @property
    def reads(self) -> list[Recorded]:
        """Mark-as-read requests (accepted or not)."""
        return [r for r in self.requests if _is_read(r.json)]

    @property
    def texts(self) -> list[str]:
        return [r.text for r in self.messages if r.text is not None]

    def wait_for(self, count: int, timeout: float = 5.0) -> bool:
        """Block until ``count`` messages were accepted; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._state.lock:
            while sum(r.wamid is not None for r in self._state.requests) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._state.lock.wait(left)
            return True

    async def wait_for_async(self, count: int, timeout: float = 5.0) -> bool:  # noqa: ASYNC109
        """:meth:`wait_for` for async tests, without blocking the event loop."""
        return await asyncio.to_thread(self.wait_for, count, timeout)

    # -- handlers -------------------------------------------------------------------------

    def _authorized(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        if not header.startswith("Bearer ") or not header[7:]:
            return False
        with self._state.lock:
            expected = self._state.token
        return expected is None or secrets.compare_digest(header[7:], expected)

    def _record(self, request: Request, body: Any, status: int, wamid: str | None) -> None:
        item = Recorded(
            method=request.method,
            path=request.url.path,
            headers=dict(request.headers),
            json=body if body is not None else {},
            at=time.monotonic(),
            status=status,
            wamid=wamid,
        )
        with self._state.lock:
            self._state.requests.append(item)
            self._state.lock.notify_all()

    def _next_cue(self) -> _Cue | None:
        with self._state.lock:
            if not self._state.cues:
                return None
            cue = self._state.cues[0]
            cue.remaining -= 1
            if cue.remaining <= 0:
                self._state.cues.popleft()
            return cue

    async def _messages(self, request: Request) -> JSONResponse:
        try:
            body = await request.json()
        except ValueError:
            body = None
        if not self._authorized(request):
            self._record(request, body, 401, None)
            return meta_error(190, "Error validating access token", 401)
        if _is_read(body):
            self._record(request, body, 200, None)
            return JSONResponse({"success": True})
        cue = self._next_cue()
        if cue is not None and cue.hang_seconds is not None:
            await self._sleep(cue.hang_seconds)
        elif cue is not None:
            self._record(request, body, cue.status, None)
            headers = {}
            if cue.retry_after is not None:
                headers["Retry-After"] = f"{cue.retry_after:g}"
            if cue.meta_code is not None:
                response = meta_error(cue.meta_code, cue.message, cue.status)
            else:
                response = JSONResponse({"error": {"message": "fake failure"}}, cue.status)
            response.headers.update(headers)
            return response
        problem = _invalid(body)
        if problem is not None:
            self._record(request, body, 400, None)
            return meta_error(100, f"{_VALID}: {problem}", 400)
        wamid = f"wamid.FAKE{next(self._state.counter):06d}{secrets.token_hex(4)}"
        self._record(request, body, 200, wamid)
        to = body.get("to") or body.get("recipient")
        return JSONResponse(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": to, "wa_id": to}],
                "messages": [{"id": wamid}],
            }
        )

    async def _phone_number(self, request: Request) -> JSONResponse:
        if not self._authorized(request):
            self._record(request, None, 401, None)
            return meta_error(190, "Error validating access token", 401)
        self._record(request, None, 200, None)
        return JSONResponse(
            {
                "id": request.path_params["phone_number_id"],
                "display_phone_number": self.display_phone_number,
                "verified_name": self.verified_name,
                "quality_rating": "GREEN",
                "code_verification_status": "VERIFIED",
            }
        )

    async def _sleep(self, seconds: float) -> None:
        """Hang without holding the event loop; cut short when the fake stops."""
        await asyncio.to_thread(self._stopping.wait, seconds)


def _is_read(body: Any) -> bool:
    return isinstance(body, dict) and body.get("status") == "read" and "message_id" in body

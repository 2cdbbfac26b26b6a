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

import secrets
import time
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.fakes.server import Cue, ScriptedServer

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
    def accepted(self) -> bool:
        return self.wamid is not None

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


class FakeGraph(ScriptedServer["Recorded"]):
    """The fake Graph API. Use as a context manager, or call :meth:`start` / :meth:`stop`."""

    name = "fake Graph API"

    def __init__(
        self,
        *,
        token: str | None = None,
        display_phone_number: str = "+1 555-078-3881",
        verified_name: str = "Selfcare Test",
    ) -> None:
        self._token = token
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
        with self._lock:
            self._token = token

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
        self._cue(Cue(n, status=status, code=meta_code, retry_after=retry_after, message=message))

    # -- reading --------------------------------------------------------------------------

    @property
    def reads(self) -> list[Recorded]:
        """Mark-as-read requests (accepted or not)."""
        return [r for r in self.requests if _is_read(r.json)]

    # -- handlers -------------------------------------------------------------------------

    def _authorized(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        if not header.startswith("Bearer ") or not header[7:]:
            return False
        with self._lock:
            expected = self._token
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
        self._append(item)

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
            if cue.code is not None:
                response = meta_error(cue.code, cue.message, cue.status)
            else:
                response = JSONResponse({"error": {"message": "fake failure"}}, cue.status)
            response.headers.update(headers)
            return response
        problem = _invalid(body)
        if problem is not None:
            self._record(request, body, 400, None)
            return meta_error(100, f"{_VALID}: {problem}", 400)
        wamid = f"wamid.FAKE{next(self._counter):06d}{secrets.token_hex(4)}"
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


def _is_read(body: Any) -> bool:
    return isinstance(body, dict) and body.get("status") == "read" and "message_id" in body

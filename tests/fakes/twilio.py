"""A fake Twilio REST API: a real HTTP server on loopback (Starlette on uvicorn, in a thread).

    with FakeTwilio(account_sid=SID, auth_token=TOKEN) as fake:
        settings = Settings(twilio_api_base_url=fake.base_url, ...)
        ...
        assert fake.wait_for(1, timeout=5)
        assert fake.messages[0].form["Body"] == "..."

Serves ``POST /2010-04-01/Accounts/{sid}/Messages.json`` the way Twilio does: HTTP basic auth
(account SID, auth token) or 401 with code 20003; form fields ``From``, ``To`` and ``Body``
(at most 1600 characters) or 400 with Twilio's code; 201 with a JSON message resource whose
``sid`` is ``SM…`` and ``status`` is ``queued``. Script failures with :meth:`fail_next` and
:meth:`hang_next`, applied in the order scripted. Thread-safe: the test thread scripts and
reads while the server thread records.
"""

from __future__ import annotations

import base64
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.fakes.server import Cue, ScriptedServer

DEFAULT_SID = "AC" + "1" * 32
DEFAULT_TOKEN = "test-twilio-auth-token"


@dataclass(frozen=True)
class Recorded:
    """One request the fake received."""

    method: str
    path: str
    headers: dict[str, str]
    form: dict[str, str]  # the last value of each field
    at: float  # time.monotonic() on arrival
    status: int  # what the fake answered
    sid: str | None = None  # the id given to an accepted message

    @property
    def to(self) -> str | None:
        return self.form.get("To")

    @property
    def accepted(self) -> bool:
        return self.sid is not None

    @property
    def text(self) -> str | None:
        return self.form.get("Body")


def twilio_error(code: int, message: str, status: int) -> JSONResponse:
    """An error in Twilio's shape."""
    return JSONResponse(
        {
            "code": code,
            "message": message or f"error {code}",
            "more_info": f"https://www.twilio.com/docs/errors/{code}",
            "status": status,
        },
        status_code=status,
    )


def _invalid(form: dict[str, str]) -> tuple[int, str] | None:
    """Why Twilio would refuse this send (its code and message), or None."""
    if not form.get("To"):
        return 21604, "A 'To' phone number is required."
    if not form.get("From"):
        return 21603, "A 'From' phone number is required."
    if not form["To"].startswith("whatsapp:+") or not form["From"].startswith("whatsapp:"):
        return 63007, "Twilio could not find a Channel with the specified From address"
    body = form.get("Body", "")
    if not body:
        return 21602, "Message body is required."
    if len(body) > 1600:
        return 21617, "The concatenated message body exceeds the 1600 character limit."
    return None


class FakeTwilio(ScriptedServer["Recorded"]):
    """The fake Messages API. Use as a context manager, or call :meth:`start` / :meth:`stop`."""

    name = "fake Twilio API"

    def __init__(self, *, account_sid: str = DEFAULT_SID, auth_token: str = DEFAULT_TOKEN) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        super().__init__(
            Starlette(
                routes=[
                    Route(
                        "/2010-04-01/Accounts/{sid}/Messages.json", self._messages, methods=["POST"]
                    ),
                ]
            )
        )

    @property
    def messages_path(self) -> str:
        return f"/2010-04-01/Accounts/{self.account_sid}/Messages.json"

    # -- scripting ------------------------------------------------------------------------

    def fail_next(
        self,
        n: int = 1,
        *,
        status: int = 500,
        code: int | None = None,
        retry_after: float | None = None,
        message: str = "",
    ) -> None:
        """Answer the next ``n`` sends with an error (Twilio's JSON shape, ``code`` or 20500)."""
        self._cue(Cue(n, status=status, code=code, retry_after=retry_after, message=message))

    # -- handlers -------------------------------------------------------------------------

    def _authorized(self, request: Request) -> bool:
        pair = f"{self.account_sid}:{self.auth_token}".encode()
        expected = "Basic " + base64.b64encode(pair).decode()
        given = request.headers.get("authorization", "")
        return request.path_params["sid"] == self.account_sid and secrets.compare_digest(
            given.encode(), expected.encode()
        )

    def _record(self, request: Request, form: dict[str, str], status: int, sid: str | None) -> None:
        item = Recorded(
            method=request.method,
            path=request.url.path,
            headers=dict(request.headers),
            form=form,
            at=time.monotonic(),
            status=status,
            sid=sid,
        )
        self._append(item)

    async def _messages(self, request: Request) -> JSONResponse:
        # Parsed by hand: Starlette's form parser needs python-multipart, not a dependency.
        form = dict(parse_qsl((await request.body()).decode(), keep_blank_values=True))
        if not self._authorized(request):
            self._record(request, form, 401, None)
            return twilio_error(20003, "Authenticate", 401)
        cue = self._next_cue()
        if cue is not None and cue.hang_seconds is not None:
            await self._sleep(cue.hang_seconds)
        elif cue is not None:
            self._record(request, form, cue.status, None)
            response = twilio_error(cue.code or 20500, cue.message, cue.status)
            if cue.retry_after is not None:
                response.headers["Retry-After"] = f"{cue.retry_after:g}"
            return response
        problem = _invalid(form)
        if problem is not None:
            self._record(request, form, 400, None)
            return twilio_error(problem[0], problem[1], 400)
        sid = f"SM{next(self._counter):06d}{secrets.token_hex(13)}"
        self._record(request, form, 201, sid)
        return JSONResponse(self._resource(sid, form), status_code=201)

    def _resource(self, sid: str, form: dict[str, str]) -> dict[str, Any]:
        now = format_datetime(datetime.now(UTC), usegmt=True)
        return {
            "account_sid": self.account_sid,
            "api_version": "2010-04-01",
            "body": form["Body"],
            "date_created": now,
            "date_sent": None,
            "date_updated": now,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": form["From"],
            "messaging_service_sid": None,
            "num_media": "0",
            "num_segments": "1",
            "price": None,
            "price_unit": "USD",
            "sid": sid,
            "status": "queued",
            "subresource_uris": {
                "media": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}/Media.json"
            },
            "to": form["To"],
            "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json",
        }

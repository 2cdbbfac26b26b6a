"""Console routes (see the package docstring). Pages are Jinja2 templates, no build step."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qs

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from selfcare.desk.auth import SignIn, same
from selfcare.desk.store import MAX_REPLY_CHARS, Desk, DeskError, NotFound, wording
from selfcare.events import Template
from selfcare.settings import Settings
from selfcare.store import Store, utcnow

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
COOKIE = "selfcare_console"
STATES = ("waiting", "open", "all")
MAX_FORM = 4096

_templates = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


class RuntimeLike(Protocol):
    settings: Settings
    store: Store | None
    extra: dict[str, object]


def _page(name: str, status: int = 200, **values: Any) -> HTMLResponse:
    html = _templates.get_template(name).render(**values)
    return HTMLResponse(html, status_code=status, headers=_NO_STORE)


_NO_STORE = {
    "cache-control": "no-store",
    "x-frame-options": "DENY",
    "content-security-policy": "default-src 'self'; frame-ancestors 'none'",
    "referrer-policy": "same-origin",
}


def _error(status: int, code: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": code, **extra}, status_code=status, headers=_NO_STORE)


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


Handler = Callable[[Request], Awaitable[Response]]


def console_routes(runtime: RuntimeLike) -> list[BaseRoute]:
    settings = runtime.settings

    def desk() -> Desk:
        if runtime.store is None:
            raise RuntimeError("the store is not open")
        return Desk(runtime.store)

    def secure(request: Request) -> bool:
        if settings.console_secure_cookie is not None:
            return settings.console_secure_cookie
        return request.url.scheme == "https"

    async def who(request: Request) -> tuple[str, str] | None:
        token = request.cookies.get(COOKIE)
        if not token or len(token) > 128:
            return None
        return await desk().session(token)

    def api(write: bool = False) -> Callable[[Callable[..., Awaitable[Response]]], Handler]:
        """An API handler: 401 without a session, 403 without the CSRF header on writes."""

        def wrap(handler: Callable[..., Awaitable[Response]]) -> Handler:
            async def route(request: Request) -> Response:
                session = await who(request)
                if session is None:
                    return _error(401, "not_signed_in")
                operator, csrf = session
                if write and not same(request.headers.get("x-csrf-token", ""), csrf):
                    log.warning("console: a state change without a valid CSRF token refused")
                    return _error(403, "csrf")
                try:
                    return await handler(request, operator, csrf)
                except DeskError as exc:
                    extra = {}
                    if exc.code == "window_closed":
                        extra["template"] = settings.handover_template
                    return _error(exc.status, exc.code, **extra)

            return route

        return wrap

    def page(handler: Callable[..., Awaitable[Response]]) -> Handler:
        async def route(request: Request) -> Response:
            session = await who(request)
            if session is None:
                return RedirectResponse("/console/login", status_code=303)
            try:
                return await handler(request, *session)
            except DeskError as exc:
                return _page("error.html", exc.status, message=exc.code.replace("_", " "))

        return route

    def wake_sender() -> None:
        """A new outbox row: the sender need not wait for its next poll."""
        wake = runtime.extra.get("wake_sender")
        if callable(wake):
            wake()

    def conversation_id(request: Request) -> int:
        raw = str(request.path_params["id"])
        if not raw.isdigit() or len(raw) > 18:
            raise NotFound
        return int(raw)

    # --- sign-in -------------------------------------------------------------------------

    async def login_form(request: Request) -> Response:
        if await who(request) is not None:
            return RedirectResponse("/console/", status_code=303)
        return _page("login.html")

    async def login(request: Request) -> Response:
        body = await request.body()
        if len(body) > MAX_FORM:
            return _page("login.html", 413, error="That was too long.")
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
        name, password = form.get("username", "").strip().lower(), form.get("password", "")
        client = _client(request)
        sign_in = SignIn(desk())
        if await sign_in.limited(name, client):
            log.warning("console: sign-in refused, too many failed attempts")
            return _page("login.html", 429, error="Too many attempts. Try again in 15 minutes.")
        operator = await sign_in.attempt(name, password, client)
        if operator is None:
            log.info("console: a sign-in failed")
            return _page("login.html", 401, error="Wrong name or password.")
        token, _csrf = await desk().open_session(operator, settings.console_session_hours)
        log.info("console: %s signed in", operator)
        response = RedirectResponse("/console/", status_code=303)
        response.set_cookie(
            COOKIE,
            token,
            max_age=int(settings.console_session_hours * 3600),
            path="/console",
            httponly=True,
            samesite="strict",
            secure=secure(request),
        )
        return response

    @api(write=True)
    async def logout(request: Request, operator: str, csrf: str) -> Response:
        await desk().close_session(request.cookies.get(COOKIE, ""))
        response = JSONResponse({"signed_out": True})
        response.delete_cookie(COOKIE, path="/console")
        return response

    # --- the JSON API --------------------------------------------------------------------

    @api()
    async def session(request: Request, operator: str, csrf: str) -> Response:
        return JSONResponse({"operator": operator, "csrf_token": csrf}, headers=_NO_STORE)

    @api()
    async def conversations(request: Request, operator: str, csrf: str) -> Response:
        state = request.query_params.get("state", "waiting")
        if state not in STATES:
            return _error(400, "bad_state", allowed=list(STATES))
        now = utcnow()
        rows = await desk().conversations(state)
        log.info("console: %s listed %d %s conversation(s)", operator, len(rows), state)
        return JSONResponse(
            {"state": state, "conversations": [r.public(now) for r in rows]}, headers=_NO_STORE
        )

    async def detail(operator: str, cid: int) -> dict[str, Any]:
        d = desk()
        summary = await d.summary(cid)
        now = utcnow()
        last = await d.last_inbound(summary.person)
        history = await d.history(summary.person)
        await d.audit(operator, "view", cid)
        log.info("console: %s opened conversation %d", operator, cid)
        return summary.public(now) | {
            "window_open": d.window_open(summary, last, now),
            "template": settings.handover_template,
            "messages": history,
        }

    @api()
    async def conversation(request: Request, operator: str, csrf: str) -> Response:
        cid = conversation_id(request)
        return JSONResponse(await detail(operator, cid), headers=_NO_STORE)

    @api(write=True)
    async def send(request: Request, operator: str, csrf: str) -> Response:
        cid = conversation_id(request)
        try:
            data = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            return _error(400, "bad_json")
        text = data.get("text") if isinstance(data, dict) else None
        if not isinstance(text, str) or not text.strip():
            return _error(400, "empty_text")
        if len(text) > MAX_REPLY_CHARS:
            return _error(400, "too_long", max=MAX_REPLY_CHARS)
        outbox_id = await desk().reply(cid, operator, text.strip())
        log.info("console: %s replied in conversation %d", operator, cid)
        wake_sender()
        return JSONResponse({"id": outbox_id, "status": "pending"}, status_code=201)

    @api(write=True)
    async def send_template(request: Request, operator: str, csrf: str) -> Response:
        """The configured template, for a person whose 24-hour window has closed."""
        cid = conversation_id(request)
        name = settings.handover_template
        if not name:
            return _error(409, "no_template")
        template = Template(name, settings.handover_template_language)
        outbox_id = await desk().reply(cid, operator, f"[template {name}]", template)
        log.info("console: %s sent the template in conversation %d", operator, cid)
        wake_sender()
        return JSONResponse({"id": outbox_id, "status": "pending"}, status_code=201)

    @api(write=True)
    async def take(request: Request, operator: str, csrf: str) -> Response:
        cid = conversation_id(request)
        await desk().take(cid, operator)
        log.info("console: %s took conversation %d", operator, cid)
        return JSONResponse({"id": cid, "state": "open", "operator": operator})

    @api(write=True)
    async def close(request: Request, operator: str, csrf: str) -> Response:
        cid = conversation_id(request)
        word = wording(runtime.extra.get("assistant"))("handover_closed")
        closed = await desk().close(cid, operator, word)
        log.info("console: %s closed conversation %d", operator, cid)
        if closed:
            wake_sender()
        return JSONResponse({"id": cid, "state": "closed", "changed": closed})

    # --- pages ---------------------------------------------------------------------------

    @page
    async def inbox_page(request: Request, operator: str, csrf: str) -> Response:
        state = request.query_params.get("state", "waiting")
        state = state if state in STATES else "waiting"
        now = utcnow()
        rows = [r.public(now) for r in await desk().conversations(state)]
        log.info("console: %s viewed the %s inbox", operator, state)
        return _page(
            "inbox.html", operator=operator, csrf=csrf, state=state, states=STATES, rows=rows
        )

    @page
    async def conversation_page(request: Request, operator: str, csrf: str) -> Response:
        cid = conversation_id(request)
        return _page(
            "conversation.html", operator=operator, csrf=csrf, c=await detail(operator, cid)
        )

    async def root(_: Request) -> Response:
        return RedirectResponse("/console/", status_code=307)

    base = "/console/api/conversations"
    return [
        Route("/console", root, methods=["GET"]),
        Route("/console/", inbox_page, methods=["GET"]),
        Route("/console/login", login_form, methods=["GET"]),
        Route("/console/login", login, methods=["POST"]),
        Route("/console/conversations/{id}", conversation_page, methods=["GET"]),
        Route("/console/api/session", session, methods=["GET"]),
        Route("/console/api/logout", logout, methods=["POST"]),
        Route(base, conversations, methods=["GET"]),
        Route(base + "/{id}", conversation, methods=["GET"]),
        Route(base + "/{id}/messages", send, methods=["POST"]),
        Route(base + "/{id}/template", send_template, methods=["POST"]),
        Route(base + "/{id}/take", take, methods=["POST"]),
        Route(base + "/{id}/close", close, methods=["POST"]),
        Mount("/console/static", StaticFiles(directory=HERE / "static"), name="console-static"),
    ]

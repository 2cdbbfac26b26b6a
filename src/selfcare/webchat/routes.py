"""``/try``: the page, and its two calls (post a message, fetch replies)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from selfcare.channels.web import MAX_TEXT, inbound, is_visitor, new_visitor
from selfcare.logs import mask
from selfcare.pipeline.inbox import Inbox
from selfcare.settings import Settings
from selfcare.store import Store, codec
from selfcare.store.tables import inbox as inbox_table
from selfcare.store.tables import outbox

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
COOKIE = "selfcare_try"
MAX_BODY = 8192
_HEADERS = {
    "cache-control": "no-store",
    "x-frame-options": "DENY",
    "content-security-policy": "default-src 'self'; frame-ancestors 'none'",
}


class RuntimeLike(Protocol):
    settings: Settings
    store: Store | None
    inbox: Inbox | None


def _out(row: Any) -> dict[str, Any]:
    message = codec.outbound_from_json(row.payload)
    options = [{"id": b.id, "title": b.title} for b in message.buttons]
    if message.menu is not None:
        options += [{"id": r.id, "title": r.title} for r in message.menu.rows]
    return {"id": row.id, "direction": "out", "text": message.text, "options": options}


def webchat_routes(runtime: RuntimeLike) -> list[BaseRoute]:
    enabled = runtime.settings.web_chat_on

    def visitor(request: Request) -> str | None:
        value = request.cookies.get(COOKIE, "")
        return value if is_visitor(value) else None

    async def page(_: Request) -> Response:
        if not enabled:
            return JSONResponse({"error": "the web chat is off (WEB_CHAT_ENABLED)"}, 404)
        return FileResponse(HERE / "static" / "try.html", headers=_HEADERS)

    async def post_message(request: Request) -> Response:
        if not enabled:
            return JSONResponse({"error": "off"}, 404)
        if "application/json" not in request.headers.get("content-type", ""):
            return JSONResponse({"error": "json_only"}, 415)
        body = await request.body()
        if len(body) > MAX_BODY:
            return JSONResponse({"error": "too_large"}, 413)
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return JSONResponse({"error": "bad_json"}, 400)
        text = data.get("text") if isinstance(data, dict) else None
        reply_id = data.get("reply_id") if isinstance(data, dict) else None
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
            return JSONResponse({"error": "text", "max": MAX_TEXT}, 400)
        if reply_id is not None and (not isinstance(reply_id, str) or len(reply_id) > 200):
            return JSONResponse({"error": "reply_id"}, 400)
        person = visitor(request)
        fresh = person is None
        person = person or new_visitor()
        assert runtime.inbox is not None
        try:
            await runtime.inbox.put([inbound(person, text.strip(), reply_id)])
        except Exception:
            return JSONResponse({"error": "temporarily unavailable"}, 503)
        log.info("web chat: a message from %s stored", mask(person))
        response = JSONResponse({"stored": True}, status_code=202, headers=_HEADERS)
        if fresh:
            response.set_cookie(
                COOKIE,
                person,
                max_age=30 * 24 * 3600,
                path="/try",
                httponly=True,
                samesite="strict",
                secure=request.url.scheme == "https",
            )
        return response

    async def messages(request: Request) -> Response:
        """Replies after ``after`` (an outbox id); ``history=1`` adds what the visitor said."""
        if not enabled:
            return JSONResponse({"error": "off"}, 404)
        person = visitor(request)
        if person is None:
            return JSONResponse({"messages": [], "last": 0}, headers=_HEADERS)
        after = request.query_params.get("after", "0")
        start = int(after) if after.isdigit() and len(after) < 18 else 0
        assert runtime.store is not None
        async with runtime.store.reader.connect() as conn:
            outs = (
                await conn.execute(
                    select(outbox.c.id, outbox.c.payload, outbox.c.created_at)
                    .where(outbox.c.person == person, outbox.c.id > start)
                    .order_by(outbox.c.id)
                    .limit(200)
                )
            ).all()
            items: list[tuple[Any, dict[str, Any]]] = [(r.created_at, _out(r)) for r in outs]
            if request.query_params.get("history") == "1":
                ins = await conn.execute(
                    select(inbox_table.c.id, inbox_table.c.body, inbox_table.c.received_at)
                    .where(inbox_table.c.person == person)
                    .order_by(inbox_table.c.id.desc())
                    .limit(200)
                )
                items += [(r.received_at, {"direction": "in", "text": r.body or ""}) for r in ins]
                items.sort(key=lambda i: (i[0], i[1]["direction"] == "out"))
        last = max([start, *(r.id for r in outs)])
        return JSONResponse(
            {"messages": [item for _, item in items], "last": last}, headers=_HEADERS
        )

    return [
        Route("/try", page, methods=["GET"]),
        Route("/try/api/messages", post_message, methods=["POST"]),
        Route("/try/api/messages", messages, methods=["GET"]),
        Mount("/try/static", StaticFiles(directory=HERE / "static"), name="try-static"),
    ]

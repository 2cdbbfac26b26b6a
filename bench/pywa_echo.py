"""What a developer would reach for instead: a minimal echo bot on pywa (async) and FastAPI.

    python -m bench.pywa_echo PORT GRAPH_PORT

Built as pywa's documentation shows (``WhatsApp(server=FastAPI(), verify_token=...,
app_secret=...)`` and an ``on_message`` handler that replies), served like ``selfcare serve``
(``uvicorn.run``, ``log_config=None, access_log=False``).

pywa has no base-URL option: ``pywa/api.py`` sets ``session.base_url`` to
``https://graph.facebook.com/v{version}`` on whatever client it is given. It does take an
``httpx`` client (``session=``), so the bot gets one whose transport sends every request to
the fake Graph API on 127.0.0.1 instead (and refuses anything that is not the Graph host).
"""

from __future__ import annotations

import sys

import httpx
import uvicorn
from fastapi import FastAPI
from pywa_async import WhatsApp, filters, types
from pywa_async.utils import UserIdentifier

from bench.common import ACCESS_TOKEN, PHONE_NUMBER_ID, SECRET, VERIFY_TOKEN


class ToFakeGraph(httpx.AsyncBaseTransport):
    """Rewrites ``https://graph.facebook.com/...`` to ``http://127.0.0.1:PORT/...``."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.inner = httpx.AsyncHTTPTransport(
            limits=httpx.Limits(max_connections=100, max_keepalive_connections=20)
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host != "graph.facebook.com":
            raise httpx.ConnectError(f"refusing {request.url.host}: only the fake is allowed")
        request.url = request.url.copy_with(scheme="http", host="127.0.0.1", port=self.port)
        request.headers["host"] = f"127.0.0.1:{self.port}"
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def build(graph_port: int) -> FastAPI:
    app = FastAPI()
    wa = WhatsApp(
        phone_id=PHONE_NUMBER_ID,
        token=ACCESS_TOKEN,
        server=app,
        webhook_endpoint="/webhook",
        verify_token=VERIFY_TOKEN,
        app_secret=SECRET,
        session=httpx.AsyncClient(transport=ToFakeGraph(graph_port), timeout=10),
        # Reply to the phone number, as selfcare does (the fake matches replies by number).
        user_identifier_priority=(
            UserIdentifier.WA_ID,
            UserIdentifier.BSUID,
            UserIdentifier.PARENT_BSUID,
        ),
    )

    @wa.on_message(filters.text)  # type: ignore[untyped-decorator]
    async def echo(_: WhatsApp, message: types.Message) -> None:
        await message.reply_text(message.text or "")

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "alive"}

    return app


def main() -> None:
    port, graph_port = int(sys.argv[1]), int(sys.argv[2])
    uvicorn.run(build(graph_port), host="127.0.0.1", port=port, log_config=None, access_log=False)


if __name__ == "__main__":
    main()

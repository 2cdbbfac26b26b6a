"""An :class:`~selfcare.channels.base.Http` client that answers from a function, for tests of
what adapters send and how they read answers without a server.

The function gets the request as an ``httpx.Request`` (its URL, headers and body are easy to
assert on) and returns an ``httpx.Response``, or raises
:class:`~selfcare.channels.base.NoAnswer` to stand for a request that got no answer. How the
production client (``AioHttp``) puts requests on the wire and turns network failures into
``NoAnswer`` is tested against real sockets in ``tests/channels/test_http_client.py``.
"""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlencode

import httpx

from selfcare.channels import AioHttp
from selfcare.channels.base import Answer

Handler = Callable[[httpx.Request], httpx.Response]


class HandlerHttp:
    def __init__(self, handler: Handler) -> None:
        self.handler = handler

    async def request(
        self,
        method: str,
        url: str,
        *,
        wait: float,
        headers: Mapping[str, str] | None = None,
        json: Any = None,
        form: Mapping[str, str] | None = None,
        auth: tuple[str, str] | None = None,
    ) -> Answer:
        sent = dict(headers or {})
        if auth is not None:
            token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
            sent["Authorization"] = f"Basic {token}"
        if form is not None:
            content = urlencode(dict(form)).encode()
        elif json is not None:
            content = httpx.Request("POST", url, json=json).content
        else:
            content = b""
        response = self.handler(httpx.Request(method, url, headers=sent, content=content))
        return Answer(response.status_code, response.headers, response.read())


@asynccontextmanager
async def sending() -> AsyncIterator[AioHttp]:
    """The production client, closed afterwards."""
    client = AioHttp(connections=10)
    try:
        yield client
    finally:
        await client.aclose()

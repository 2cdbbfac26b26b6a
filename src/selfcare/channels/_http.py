"""Sending over HTTP, shared by the provider adapters (private to ``channels``).

The production :class:`~selfcare.channels.base.Http` client is :class:`AioHttp`, one
keep-alive ``aiohttp`` session (about a fifth of ``httpx``'s CPU per send, ``make bench``
section 6); tests drive adapters with a client of their own. And one place decides what an
answer, or the lack of one, means for the retry: a provider's own codes
for "your token was rejected" and "try again", 429 and 5xx, ``Retry-After`` in seconds or as a
date, and whether a request that got no answer may have left.
"""

from __future__ import annotations

import base64
import email.utils
import logging
import math
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

import aiohttp

from selfcare.channels.base import Answer, Http, NoAnswer, SendResult

log = logging.getLogger(__name__)
B = TypeVar("B")


class AioHttp:
    """The production :class:`~selfcare.channels.base.Http`: one ``aiohttp`` session with a
    keep-alive pool, made on first use (a session belongs to the event loop it was made in)."""

    def __init__(self, *, connections: int = 100) -> None:
        self._connections = connections
        self._session: aiohttp.ClientSession | None = None

    def _open(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._connections, limit_per_host=0)
            self._session = aiohttp.ClientSession(connector=connector, raise_for_status=False)
        return self._session

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
        # ``connect`` covers waiting for a pooled connection and opening one: a request
        # that times out there never left. ``sock_read`` is the wait for the answer.
        limits = aiohttp.ClientTimeout(total=None, connect=wait, sock_read=wait)
        sent = dict(headers or {})
        if auth is not None:
            pair = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
            sent["Authorization"] = f"Basic {pair}"
        try:
            async with self._open().request(
                method,
                url,
                headers=sent,
                json=json,
                data=dict(form) if form is not None else None,
                timeout=limits,
                allow_redirects=False,
            ) as response:
                body = await response.read()
                return Answer(response.status, response.headers, body)
        except (aiohttp.InvalidURL, aiohttp.NonHttpUrlClientError) as exc:
            raise NoAnswer("bad_url", type(exc).__name__) from None
        except aiohttp.ConnectionTimeoutError as exc:
            raise NoAnswer("not_sent", type(exc).__name__) from None
        except aiohttp.ClientConnectorError as exc:
            raise NoAnswer("refused", type(exc).__name__) from None
        except (TimeoutError, aiohttp.ServerTimeoutError) as exc:
            raise NoAnswer("timeout", type(exc).__name__) from None
        except aiohttp.ClientError as exc:
            raise NoAnswer("cut", type(exc).__name__) from None

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


def retry_after_seconds(value: str | None) -> float | None:
    """A ``Retry-After`` header in seconds, from a number or an HTTP date; None if unusable."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    return max(0.0, seconds) if math.isfinite(seconds) else None


def network_failure(exc: NoAnswer) -> SendResult:
    """What a request that got no HTTP answer means for the retry: did it perhaps leave?"""
    if exc.failure == "not_sent":
        return SendResult(ok=False, error_code="timeout", retryable=True)
    if exc.failure == "refused":
        return SendResult(ok=False, error_code="network", retryable=True)
    if exc.failure == "bad_url":
        return SendResult(ok=False, error_code="network")
    code = "timeout" if exc.failure == "timeout" else "network"
    return SendResult(ok=False, error_code=code, retryable=True, ambiguous=True)


def classify(
    status: int,
    headers: Mapping[str, str],
    *,
    provider_id: str | None,
    provider_code: int | None,
    auth_codes: frozenset[int],
    retryable_codes: frozenset[int],
) -> SendResult:
    """One provider answer as a :class:`SendResult`, given what the adapter read from its
    body: the new message's id (on success) and the provider's error code (on failure)."""
    if 200 <= status < 300:
        return SendResult(ok=True, provider_id=provider_id)
    error_code = str(provider_code) if provider_code is not None else str(status)
    if provider_code in auth_codes or status == 401:
        return SendResult(ok=False, error_code=error_code, auth_failed=True)
    if provider_code in retryable_codes or status == 429 or status >= 500:
        return SendResult(
            ok=False,
            error_code=error_code,
            retryable=True,
            retry_after=retry_after_seconds(header(headers, "retry-after")),
        )
    return SendResult(ok=False, error_code=error_code)


def header(headers: Mapping[str, str], name: str) -> str | None:
    """``name`` (lower case) from headers whose keys may be in any case."""
    value = headers.get(name)
    if value is not None:
        return value
    for key, item in headers.items():
        if key.lower() == name:
            return item
    return None


def error_code(value: object) -> int | None:
    """A provider's numeric error code from its JSON (never a bool)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


async def post(
    client: Http,
    url: str,
    classify_response: Callable[[int, Mapping[str, str], bytes], SendResult],
    *,
    name: str,
    **request: Any,
) -> SendResult:
    """POST once (``request``: :meth:`Http.request`'s arguments, ``wait`` included) and
    classify the answer; never raises for HTTP or network errors."""
    try:
        answer = await client.request("POST", url, **request)
    except NoAnswer as exc:
        log.debug("%s: send got no answer: %s", name, exc.reason)
        return network_failure(exc)
    result = classify_response(answer.status, answer.headers, answer.body)
    log.debug("%s: send → HTTP %s (%s)", name, answer.status, result.error_code)
    return result


async def send_parts(
    bodies: Iterable[B], post_one: Callable[[B], Awaitable[SendResult]]
) -> SendResult:
    """Send a message's parts in order, stopping at the first failure (reported as the
    message's); the result of the last part otherwise."""
    result = SendResult(ok=False, error_code="empty_message")
    for body in bodies:
        result = await post_one(body)
        if not result.ok:
            break
    return result

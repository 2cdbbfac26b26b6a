"""Sending over HTTP, shared by the provider adapters (private to ``channels``).

One place decides what an answer, or the lack of one, means for the retry: a provider's own
codes for "your token was rejected" and "try again", 429 and 5xx, ``Retry-After`` in seconds
or as a date, and whether a request that got no answer may have left.
"""

from __future__ import annotations

import email.utils
import logging
import math
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx

from selfcare.channels.base import SendResult

log = logging.getLogger(__name__)
B = TypeVar("B")


def header(headers: Mapping[str, str], name: str) -> str | None:
    """``name`` (lower case) from headers whose keys may be in any case."""
    value = headers.get(name)
    if value is not None:
        return value
    for key, item in headers.items():
        if key.lower() == name:
            return item
    return None


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


def network_failure(exc: httpx.HTTPError) -> SendResult:
    """What a request that got no HTTP answer means for the retry: did it perhaps leave?"""
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return SendResult(ok=False, error_code="timeout", retryable=True)  # never left
    if isinstance(exc, httpx.TimeoutException):
        return SendResult(ok=False, error_code="timeout", retryable=True, ambiguous=True)
    if isinstance(exc, httpx.ConnectError):
        return SendResult(ok=False, error_code="network", retryable=True)
    if isinstance(exc, httpx.UnsupportedProtocol):
        return SendResult(ok=False, error_code="network")  # a bad base URL: retrying is futile
    return SendResult(ok=False, error_code="network", retryable=True, ambiguous=True)


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


def error_code(value: object) -> int | None:
    """A provider's numeric error code from its JSON (never a bool)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


async def post(
    client: httpx.AsyncClient,
    url: str,
    classify_response: Callable[[int, Mapping[str, str], bytes], SendResult],
    *,
    name: str,
    **request: Any,
) -> SendResult:
    """POST once (``request``: httpx's arguments, the timeout included) and classify the
    answer; never raises for HTTP or network errors."""
    try:
        response = await client.post(url, **request)
    except httpx.HTTPError as exc:
        log.debug("%s: send got no answer: %s", name, type(exc).__name__)
        return network_failure(exc)
    result = classify_response(response.status_code, response.headers, response.content)
    log.debug("%s: send → HTTP %s (%s)", name, response.status_code, result.error_code)
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

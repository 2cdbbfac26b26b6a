"""The web chat (``/try``): a channel whose "provider" is our own page.

The page posts a visitor's text to ``/try/api/messages``; it is stored in the inbox like any
webhook and answered by the same worker. "Sending" a reply means it is ready for the page to
fetch from the outbox, so :meth:`WebChannel.send` only confirms it. Addresses are
``web:<random id>``, held in the visitor's HttpOnly cookie.
"""

from __future__ import annotations

import secrets
import uuid
from datetime import UTC, datetime

from selfcare.channels.base import (
    ChannelAdapter,
    Http,
    Parsed,
    RawRequest,
    SendResult,
    SettingState,
    WebhookRejected,
)
from selfcare.events import Channel, InboundMessage, MessageKind, OutboundMessage
from selfcare.settings import Settings

PREFIX = "web:"
MAX_TEXT = 2000


def new_visitor() -> str:
    return PREFIX + secrets.token_urlsafe(12)


def is_visitor(address: str) -> bool:
    rest = address.removeprefix(PREFIX)
    return (
        address.startswith(PREFIX)
        and 8 <= len(rest) <= 32
        and rest.replace("-", "").replace("_", "").isalnum()
    )


def inbound(visitor: str, text: str, reply_id: str | None = None) -> InboundMessage:
    kind = MessageKind.INTERACTIVE if reply_id else MessageKind.TEXT
    return InboundMessage(
        Channel.WEB,
        f"web.{uuid.uuid4().hex}",
        visitor,
        datetime.now(UTC),
        kind,
        text=text[:MAX_TEXT],
        reply_id=reply_id,
    )


class WebChannel(ChannelAdapter):
    """No webhook (the page posts to the web chat's own routes); on without provider
    credentials, or with ``WEB_CHAT_ENABLED=true``."""

    channel = Channel.WEB

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    @property
    def enabled(self) -> bool:
        return self._settings.web_chat_on

    def report(self) -> list[SettingState]:
        state = "on at /try" if self.enabled else "off (WEB_CHAT_ENABLED=true turns it on)"
        return [SettingState("WEB_CHAT", state)]

    def address(self, raw: str) -> str | None:
        value = raw.strip()
        return value if is_visitor(value) else None

    def verify(self, request: RawRequest) -> None:
        raise WebhookRejected(404, "the web chat has no webhook")

    def parse(self, request: RawRequest) -> Parsed:
        return Parsed()

    async def send(
        self, client: Http, to: str, message: OutboundMessage, callback_data: str
    ) -> SendResult:
        # The page fetches replies from the outbox: once stored, it is delivered.
        return SendResult(ok=True, provider_id=f"web.{callback_data}")

"""The Meta Cloud API adapter: everything the app and the CLI need from Meta, behind the
contract of :class:`selfcare.channels.base.ChannelAdapter`."""

from __future__ import annotations

import logging
import re
from typing import Any

from selfcare.channels._http import header, post, send_parts
from selfcare.channels.address import E164_DIGITS, digits, phone_number
from selfcare.channels.base import (
    ChannelAdapter,
    ChannelError,
    Http,
    HttpReply,
    NoAnswer,
    Parsed,
    RawRequest,
    SendResult,
    SettingState,
    SimulatedRequest,
    WebhookRejected,
    WebhookRoute,
    addressed_to,
)
from selfcare.channels.whatsapp.outbound import build_requests, classify_response
from selfcare.channels.whatsapp.payloads import parse_payload, text_webhook
from selfcare.channels.whatsapp.signing import (
    SIGNATURE_HEADER,
    sign,
    verify_signature,
    verify_subscription,
)
from selfcare.events import Channel, OutboundMessage
from selfcare.settings import Settings

log = logging.getLogger("selfcare.channels.whatsapp")

PATH = "/webhook"
# A business-scoped user id, for people whose number WhatsApp does not share.
_BSUID = re.compile(r"[A-Z]{2}\.[0-9A-Za-z]{1,60}")
_EXAMPLE_NUMBER_ID = "123456789012345"
NOT_SENT = "replies are not sent"
NO_SECRET = "webhook secret not configured: set WHATSAPP_WEBHOOK_SECRET"


class WhatsAppChannel(ChannelAdapter):
    """Meta's webhook at ``/webhook`` (GET: the subscription handshake; POST: messages and
    statuses, signed with the App Secret), and the Graph API's ``/messages`` for sending."""

    channel = Channel.WHATSAPP
    routes = (WebhookRoute(PATH, "GET"), WebhookRoute(PATH))

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    @property
    def _graph(self) -> str:
        s = self._settings
        return f"{s.whatsapp_api_base_url}/{s.whatsapp_api_version}"

    @property
    def messages_url(self) -> str:
        return f"{self._graph}/{self._settings.whatsapp_phone_number_id}/messages"

    # --- inbound ------------------------------------------------------------------------

    def handshake(self, request: RawRequest) -> HttpReply:
        token = self._settings.whatsapp_verify_token
        if token is None:
            log.warning("webhook verification refused: WHATSAPP_VERIFY_TOKEN is not set")
            return HttpReply.text("forbidden", 403)
        challenge = verify_subscription(request.query, token.get_secret_value())
        if challenge is None:
            log.warning(
                "webhook verification refused: not a subscribe request with our verify token"
            )
            return HttpReply.text("forbidden", 403)
        log.info("webhook verified by Meta")
        return HttpReply.text(challenge)

    def verify(self, request: RawRequest) -> None:
        secret = self._settings.whatsapp_webhook_secret
        if secret is None:
            if self._settings.unsigned_webhooks_allowed:
                return  # local mode, or the loudly named opt-out
            raise WebhookRejected(403, NO_SECRET)
        signature = header(request.headers, SIGNATURE_HEADER)
        verify_signature(request.body, signature, secret.get_secret_value())

    def parse(self, request: RawRequest) -> Parsed:
        parsed = parse_payload(request.body)
        ours = self._settings.whatsapp_phone_number_id
        events = addressed_to(parsed.events, frozenset({ours} if ours else ()))
        return Parsed(events=events, dead_letter=parsed.dead_letter)

    def address(self, raw: str) -> str | None:
        value = raw.strip()
        if _BSUID.fullmatch(value):
            return value
        number = phone_number(value)
        return number if number and len(digits(number)) in E164_DIGITS else None

    # --- outbound -----------------------------------------------------------------------

    def _headers(self) -> dict[str, str] | None:
        token = self._settings.whatsapp_access_token
        if token is None or not self._settings.whatsapp_phone_number_id:
            return None
        return {"Authorization": f"Bearer {token.get_secret_value()}"}

    async def send(
        self, client: Http, to: str, message: OutboundMessage, callback_data: str
    ) -> SendResult:
        headers = self._headers()
        if headers is None:
            return SendResult(ok=False, error_code="not_configured")

        async def post_one(body: dict[str, Any]) -> SendResult:
            return await post(
                client,
                self.messages_url,
                classify_response,
                name="whatsapp",
                wait=self._settings.send_timeout_seconds,
                json=body,
                headers=headers,
            )

        return await send_parts(build_requests(to, message, callback_data), post_one)

    async def mark_read(self, client: Http, message_id: str) -> None:
        headers = self._headers()
        if headers is None:
            return
        body = {
            "messaging_product": "whatsapp",
            "status": "read",
            "message_id": message_id,
            "typing_indicator": {"type": "text"},
        }
        try:
            answer = await client.request(
                "POST",
                self.messages_url,
                json=body,
                headers=headers,
                wait=self._settings.send_timeout_seconds,
            )
        except NoAnswer as exc:
            log.debug("whatsapp: mark_read failed: %s", exc.reason)
            return
        if not answer.ok:
            log.debug("whatsapp: mark_read → HTTP %s", answer.status)

    # --- operating it -------------------------------------------------------------------

    @property
    def _used(self) -> bool:
        """False on a deployment on Twilio alone: what Meta's settings lack is no fault."""
        s = self._settings
        meta = (s.whatsapp_access_token, s.whatsapp_phone_number_id, s.whatsapp_verify_token)
        return any(value is not None for value in meta) or not s.twilio_enabled

    def report(self) -> list[SettingState]:
        s = self._settings
        used = self._used
        lines = [
            _required("WHATSAPP_VERIFY_TOKEN", s.whatsapp_verify_token, "Meta cannot verify", used),
            _required("WHATSAPP_ACCESS_TOKEN", s.whatsapp_access_token, NOT_SENT, used),
            _required("WHATSAPP_PHONE_NUMBER_ID", s.whatsapp_phone_number_id, NOT_SENT, used),
        ]
        name = "WHATSAPP_WEBHOOK_SECRET"
        if s.whatsapp_webhook_secret is not None:
            lines.append(SettingState(name, "set"))
            if s.whatsapp_allow_unsigned:
                lines.append(
                    SettingState(
                        "WHATSAPP_ALLOW_UNSIGNED",
                        "true but ignored: the secret is set, so signatures are checked",
                        warning=True,
                    )
                )
        elif not s.provider_credentials:
            lines.append(
                SettingState(
                    name,
                    "NOT SET (local mode, no credentials: webhook signatures are NOT checked; "
                    "set it to the App Secret before going live)",
                    warning=True,
                )
            )
        elif s.whatsapp_allow_unsigned:
            lines.append(
                SettingState(
                    name,
                    "NOT SET and WHATSAPP_ALLOW_UNSIGNED=true: webhook signatures are NOT "
                    "checked although credentials are set; anyone who finds the URL can make "
                    "this server send messages and fill its database",
                    warning=True,
                )
            )
        else:
            lines.append(
                SettingState(
                    name,
                    "NOT SET (credentials are set, so every Meta webhook is refused with 403 "
                    "until it is set to the App Secret)",
                    problem=used,
                    warning=True,
                )
            )
        return lines

    async def check_online(self, client: Http) -> str | None:
        s = self._settings
        token = s.whatsapp_access_token
        if not self._used:
            return None
        if token is None or not s.whatsapp_phone_number_id:
            raise ChannelError("--online needs WHATSAPP_ACCESS_TOKEN and WHATSAPP_PHONE_NUMBER_ID")
        url = f"{self._graph}/{s.whatsapp_phone_number_id}"
        auth = {"authorization": f"Bearer {token.get_secret_value()}"}
        try:
            answer = await client.request("GET", url, headers=auth, wait=10)
        except NoAnswer as exc:
            raise ChannelError(f"could not reach the Graph API: {exc.reason}") from None
        if answer.status != 200:
            raise ChannelError(
                f"the Graph API refused: HTTP {answer.status} (check the token and id)"
            )
        data = answer.json()
        data = data if isinstance(data, dict) else {}
        return (
            f"online: number {data.get('display_phone_number', '?')} "
            f"({data.get('verified_name', '?')}) reachable with this token"
        )

    def simulate(
        self, text: str, sender: str, *, url: str | None, local: str, message_id: str | None
    ) -> SimulatedRequest:
        s = self._settings
        body = text_webhook(
            sender,
            text,
            phone_number_id=s.whatsapp_phone_number_id or _EXAMPLE_NUMBER_ID,
            message_id=message_id,
        )
        headers = {"content-type": "application/json"}
        if s.whatsapp_webhook_secret is not None:
            headers[SIGNATURE_HEADER] = sign(body, s.whatsapp_webhook_secret.get_secret_value())
        return SimulatedRequest(url or local + PATH, body, headers)


def _required(name: str, value: object, without: str, used: bool) -> SettingState:
    if value:
        return SettingState(name, "set")
    if not used:
        return SettingState(name, "not set (Meta's channel is not used)")
    return SettingState(name, f"NOT SET ({without})", problem=True)

"""The Twilio adapter: Twilio's webhooks and Messages API behind the contract of
:class:`selfcare.channels.base.ChannelAdapter`."""

from __future__ import annotations

from selfcare.channels._http import header, post, send_parts
from selfcare.channels.address import E164_DIGITS, digits
from selfcare.channels.base import (
    ChannelAdapter,
    ChannelError,
    Http,
    HttpReply,
    Parsed,
    RawRequest,
    SendResult,
    SettingState,
    SimulatedRequest,
    WebhookRejected,
    WebhookRoute,
    addressed_to,
    storable,
)
from selfcare.channels.twilio.api import (
    EMPTY_TWIML,
    INBOUND_PATH,
    SANDBOX_NUMBER,
    SIGNATURE_HEADER,
    STATUS_PATH,
    TEST_ACCOUNT_SID,
    Form,
    build_requests,
    classify_response,
    encode_form,
    inbound_webhook,
    missing_field,
    parse_events,
    parse_form,
    public_url,
    sign,
    status_callback_url,
    twilio_address,
    verify_signature,
)
from selfcare.events import Channel, OutboundMessage
from selfcare.settings import Settings

_TWIML = HttpReply(200, EMPTY_TWIML.encode(), {"content-type": "text/xml; charset=utf-8"})


class TwilioChannel(ChannelAdapter):
    """Twilio's webhooks at ``/webhook/twilio`` (messages) and ``/webhook/twilio/status``
    (delivery callbacks; the same parser tells them apart by content), signed with the auth
    token; on when ``TWILIO_ACCOUNT_SID`` and ``TWILIO_AUTH_TOKEN`` are set."""

    channel = Channel.TWILIO
    routes = (WebhookRoute(INBOUND_PATH), WebhookRoute(STATUS_PATH))

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    @property
    def enabled(self) -> bool:
        return self._settings.twilio_enabled

    @property
    def messages_url(self) -> str:
        s = self._settings
        return f"{s.twilio_api_base_url}/2010-04-01/Accounts/{s.twilio_account_sid}/Messages.json"

    def _token(self) -> str | None:
        token = self._settings.twilio_auth_token
        return token.get_secret_value() if token else None

    # --- inbound ------------------------------------------------------------------------

    def verify(self, request: RawRequest) -> None:
        token = self._token()
        if token is None:  # not enabled without one; refuse rather than trust anyone
            raise WebhookRejected(403, "twilio auth token not configured")
        try:
            form = parse_form(request.body)
        except ValueError:
            raise WebhookRejected(400, "unreadable form body") from None
        url = public_url(request.url, self._settings.twilio_webhook_url)
        verify_signature(url, form, header(request.headers, SIGNATURE_HEADER), token)
        missing = missing_field(form)
        if missing is not None:
            raise WebhookRejected(400, f"missing {missing}")

    def parse(self, request: RawRequest) -> Parsed:
        try:
            form = parse_form(request.body)
        except ValueError:
            return Parsed(dead_letter="unreadable form body")
        # Cleaned only here: the signature was checked on the values exactly as sent.
        clean = Form({storable(k): storable(v) for k, v in form.items()})
        parsed = parse_events(clean, storable(dict(request.query)))
        number = self._settings.twilio_whatsapp_number
        ours = frozenset({twilio_address(number)} if number else ())
        return Parsed(events=addressed_to(parsed.events, ours), dead_letter=parsed.dead_letter)

    def ack(self) -> HttpReply:
        """Empty TwiML: nothing to say synchronously; replies go out through the REST API."""
        return _TWIML

    def address(self, raw: str) -> str | None:
        number = twilio_address(raw)
        if number.startswith("+") and len(digits(number)) in E164_DIGITS:
            return number
        return None

    # --- outbound -----------------------------------------------------------------------

    async def send(
        self, client: Http, to: str, message: OutboundMessage, callback_data: str
    ) -> SendResult:
        s = self._settings
        token = self._token()
        if token is None or not s.twilio_account_sid or not s.twilio_whatsapp_number:
            return SendResult(ok=False, error_code="not_configured")
        callback = status_callback_url(s.twilio_webhook_url, callback_data)
        auth = (s.twilio_account_sid, token)

        async def post_one(body: dict[str, str]) -> SendResult:
            return await post(
                client,
                self.messages_url,
                classify_response,
                name="twilio",
                wait=s.send_timeout_seconds,
                form=body,
                auth=auth,
            )

        bodies = build_requests(to, message, s.twilio_whatsapp_number, callback)
        return await send_parts(bodies, post_one)

    async def mark_read(self, client: Http, message_id: str) -> None:
        """Twilio offers no read receipts for WhatsApp: nothing to do."""

    # --- operating it -------------------------------------------------------------------

    def report(self) -> list[SettingState]:
        s = self._settings
        if not self.enabled:
            return [SettingState("TWILIO", "off (set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN)")]
        lines = [SettingState("TWILIO", "on (webhooks signed with TWILIO_AUTH_TOKEN)")]
        if not s.twilio_whatsapp_number:
            lines.append(
                SettingState(
                    "TWILIO_WHATSAPP_NUMBER", "NOT SET (replies are not sent)", problem=True
                )
            )
        if not s.twilio_webhook_url:
            lines.append(
                SettingState(
                    "TWILIO_WEBHOOK_URL",
                    "not set (behind a proxy or tunnel signatures fail; no status callbacks)",
                )
            )
        return lines

    def simulate(
        self, text: str, sender: str, *, url: str | None, local: str, message_id: str | None
    ) -> SimulatedRequest:
        s = self._settings
        token = self._token()
        if token is None:
            raise ChannelError(
                "--provider twilio needs TWILIO_AUTH_TOKEN (the webhook is signed with it)"
            )
        target = url or local + INBOUND_PATH
        form = inbound_webhook(
            sender,
            text,
            to=s.twilio_whatsapp_number or SANDBOX_NUMBER,
            account_sid=s.twilio_account_sid or TEST_ACCOUNT_SID,
            message_id=message_id,
        )
        # Signed for the URL the server will check: TWILIO_WEBHOOK_URL's when set.
        signature = sign(public_url(target, s.twilio_webhook_url), form, token)
        headers = {
            "content-type": "application/x-www-form-urlencoded",
            SIGNATURE_HEADER: signature,
        }
        return SimulatedRequest(target, encode_form(form), headers)

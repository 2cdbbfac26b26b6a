"""Provider adapters, one module each, listed explicitly in :func:`build_channels`."""

from __future__ import annotations

from selfcare.channels.base import ChannelAdapter
from selfcare.settings import Settings


def build_channels(settings: Settings) -> dict[str, ChannelAdapter]:
    """The channels this deployment runs, side by side in one server.

    Meta's is always on: receiving needs no secret. Twilio's is on when its account SID and
    auth token are set (without the token no webhook could be verified). The web chat's is
    on without provider credentials, or with ``WEB_CHAT_ENABLED=true``.
    """
    from selfcare.channels.whatsapp import WhatsAppChannel

    channels: dict[str, ChannelAdapter] = {"whatsapp": WhatsAppChannel(settings)}
    if settings.twilio_enabled:
        from selfcare.channels.twilio import TwilioChannel

        channels["twilio"] = TwilioChannel(settings)
    if settings.web_chat_on:
        from selfcare.channels.web import WebChannel

        channels["web"] = WebChannel()
    return channels

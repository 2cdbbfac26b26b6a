"""Provider adapters, one module each, listed explicitly in :func:`build_channels`."""

from __future__ import annotations

from selfcare.channels.base import ChannelAdapter
from selfcare.settings import Settings


def build_channels(settings: Settings) -> dict[str, ChannelAdapter]:
    """The channels this deployment runs. Meta's is always on: receiving needs no secret."""
    from selfcare.channels.whatsapp import WhatsAppChannel

    channels: dict[str, ChannelAdapter] = {"whatsapp": WhatsAppChannel(settings)}
    return channels

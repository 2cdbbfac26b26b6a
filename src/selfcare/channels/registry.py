"""The providers this build knows, by :class:`~selfcare.events.Channel`: adding one is a
folder under ``channels/`` and one line here (see docs/architecture.md, "The channel
contract"). Each factory imports its adapter only when called, so ``selfcare --help`` stays
fast."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from selfcare.channels.base import ChannelAdapter, ChannelError
from selfcare.events import Channel
from selfcare.settings import Settings

log = logging.getLogger(__name__)

Factory = Callable[[Settings], ChannelAdapter]


def _whatsapp(settings: Settings) -> ChannelAdapter:
    from selfcare.channels.whatsapp import WhatsAppChannel

    return WhatsAppChannel(settings)


def _twilio(settings: Settings) -> ChannelAdapter:
    from selfcare.channels.twilio import TwilioChannel

    return TwilioChannel(settings)


def _web(settings: Settings) -> ChannelAdapter:
    from selfcare.channels.web import WebChannel

    return WebChannel(settings)


PROVIDERS: dict[Channel, Factory] = {
    Channel.WHATSAPP: _whatsapp,
    Channel.TWILIO: _twilio,
    Channel.WEB: _web,
}


def adapters(settings: Settings) -> dict[Channel, ChannelAdapter]:
    """Every known provider's adapter, running or not (their routes say "not configured")."""
    return {channel: factory(settings) for channel, factory in PROVIDERS.items()}


def build_channels(settings: Settings) -> dict[Channel, ChannelAdapter]:
    """The channels this deployment runs, side by side in one server: each adapter says
    whether its credentials are set (Meta's is always on: receiving needs no secret)."""
    return {channel: a for channel, a in adapters(settings).items() if a.enabled}


def adapter(channel: Channel, settings: Settings) -> ChannelAdapter:
    factory = PROVIDERS.get(channel)
    if factory is None:
        raise ChannelError(f"no {channel} provider in this build")
    return factory(settings)


def person(raw: str, channels: Mapping[Channel, ChannelAdapter]) -> str | None:
    """``raw`` as stored for whichever channel recognises it (a number, a user id…)."""
    for channel_adapter in channels.values():
        found = channel_adapter.address(raw)
        if found is not None:
            return found
    return None


def log_settings(channels: Mapping[Channel, ChannelAdapter]) -> None:
    """At start: every setting whose state puts people or the service at risk, and why."""
    for channel_adapter in channels.values():
        for line in channel_adapter.report():
            if line.warning:
                log.warning("%s %s", line.name, line.state)

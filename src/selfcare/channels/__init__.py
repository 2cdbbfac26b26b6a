"""Provider adapters, one folder each (``whatsapp/``, ``twilio/``, ``web/``), listed by
:class:`~selfcare.events.Channel` in :mod:`selfcare.channels.registry`; the contract they
keep is :class:`selfcare.channels.base.ChannelAdapter`."""

from selfcare.channels.registry import build_channels

__all__ = ["build_channels"]

"""Provider adapters, one folder each (``whatsapp/``, ``twilio/``, ``web/``), listed by
:class:`~selfcare.events.Channel` in :mod:`selfcare.channels.registry`; the contract they
keep is :class:`selfcare.channels.base.ChannelAdapter`, and they send through the
:class:`~selfcare.channels.base.Http` client the pipeline gives them (:class:`AioHttp`)."""

from selfcare.channels._http import AioHttp
from selfcare.channels.registry import build_channels

__all__ = ["AioHttp", "build_channels"]

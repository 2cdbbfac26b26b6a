"""The web chat at ``/try``: talk to the assistant without Meta, through the same inbox,
worker and outbox as WhatsApp (see :mod:`selfcare.channels.web`)."""

from selfcare.webchat.routes import webchat_routes

__all__ = ["webchat_routes"]

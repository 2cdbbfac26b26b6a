"""The self-care assistant: red-flag triage first, then the knowledge base, in a conversation.

CONTRACT used by the service:  Assistant(default_country="44").respond(conversation, message)
-> selfcare.events.Reply. Pure and deterministic: state goes in with the Conversation and
comes back in Reply.state; the service stores it.
"""

from __future__ import annotations

from selfcare.assistant.triage import assess
from selfcare.events import Conversation, InboundMessage, MessageKind, OutboundMessage, Reply


class Assistant:
    """Placeholder until the dialogue lands: triage only."""

    def __init__(self, default_country: str = "44") -> None:
        self.default_country = default_country

    def respond(self, conversation: Conversation, message: InboundMessage) -> Reply:
        if message.kind is not MessageKind.TEXT or not message.text:
            return Reply((OutboundMessage("I can only read text messages for now."),))
        found = assess(message.text)
        return Reply(
            (OutboundMessage(f"Thanks for your message. Level: {found.level}."),),
            triage=found.level,
            topic=found.topic,
            state=dict(conversation.state),
        )

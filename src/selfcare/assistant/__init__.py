"""The self-care assistant: red-flag triage first, then the knowledge base, in a conversation.

CONTRACT used by the service:  Assistant(default_country="44").respond(conversation, message)
-> selfcare.events.Reply. Pure and deterministic: state goes in with the Conversation and
comes back in Reply.state; the service stores it.

Inside: :mod:`.triage` places the text at a level of care; :mod:`.dialogue` runs the
conversation (safety first, then commands, questions and advice); :mod:`.compose` words
the reply; :mod:`.locales` gives the emergency number for where the person is.
:class:`MemoryStore` keeps conversations in memory when the assistant is used on its own
(``selfcare chat``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from selfcare.assistant import triage
from selfcare.assistant.compose import Composer
from selfcare.assistant.dialogue import AssessFn, Dialogue
from selfcare.assistant.knowledge import KnowledgeBase, KnowledgeBaseError, load
from selfcare.assistant.triage import Assessment
from selfcare.events import (
    Conversation,
    Direction,
    InboundMessage,
    Reply,
    ReplyAction,
    Turn,
)

__all__ = ["Assistant", "MemoryStore"]

log = logging.getLogger(__name__)


def _default_assess(text: str) -> Assessment:
    return triage.assess(text)


def _load_kb() -> KnowledgeBase:
    try:
        return load()
    except KnowledgeBaseError as exc:  # missing or bad topic files: generic advice only
        log.warning("knowledge base unavailable, giving generic advice: %s", exc)
        return KnowledgeBase({})


class Assistant:
    """One person's message and state in, a :class:`Reply` out (see the module docstring).

    ``assess`` replaces the triage engine (tests inject a fake); ``kb`` the knowledge base;
    ``composer`` the wording step (a later LLM composer would go here, behind the same
    safety checks).
    """

    def __init__(
        self,
        default_country: str = "44",
        *,
        assess: AssessFn | None = None,
        kb: KnowledgeBase | None = None,
        composer: Composer | None = None,
    ) -> None:
        self.default_country = default_country.lstrip("+")
        self.kb = kb if kb is not None else _load_kb()
        self.assess: Callable[[str], Assessment] = assess or _default_assess
        self._dialogue = Dialogue(
            self.kb, self.assess, composer or Composer(), self.default_country
        )

    def respond(self, conversation: Conversation, message: InboundMessage) -> Reply:
        return self._dialogue.respond(conversation, message)


@dataclass
class _Person:
    history: list[Turn] = field(default_factory=list)
    state: dict[str, Any] = field(default_factory=dict)


class MemoryStore:
    """Conversations kept in memory, with the service's state and history handling.

    For the assistant used on its own (the terminal chat); the service uses the database.
    """

    def __init__(self, assistant: Assistant, history_turns: int = 20) -> None:
        self.assistant = assistant
        self.history_turns = history_turns
        self._people: dict[str, _Person] = {}

    def conversation(self, person: str) -> Conversation:
        record = self._people.get(person, _Person())
        return Conversation(
            person=person,
            history=tuple(record.history[-self.history_turns :]),
            state=dict(record.state),
        )

    def handle(self, message: InboundMessage) -> Reply:
        """Answer one message and remember it, as the service would."""
        person = message.address
        reply = self.assistant.respond(self.conversation(person), message)
        if ReplyAction.ERASE_DATA in reply.actions:
            self._people.pop(person, None)
            if reply.state:
                self._people[person] = _Person(state=dict(reply.state))
            return reply
        record = self._people.setdefault(person, _Person())
        if message.text:
            record.history.append(Turn(Direction.IN, message.text, message.timestamp))
        for text in reply.texts:
            record.history.append(Turn(Direction.OUT, text, message.timestamp))
        record.history = record.history[-self.history_turns * 2 :]
        record.state = dict(reply.state)
        return reply

    def forget(self, person: str) -> None:
        self._people.pop(person, None)

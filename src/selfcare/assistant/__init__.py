"""The self-care assistant: red-flag triage first, then the knowledge base, in a conversation.

CONTRACT used by the service:  Assistant(default_country="44").respond(conversation, message)
-> selfcare.events.Reply. Pure and deterministic: state goes in with the Conversation and
comes back in Reply.state; the service stores it.

Inside: :mod:`.engine` places the text at a level of care from the knowledge base
(:mod:`.knowledge`); :mod:`.dialogue` runs the conversation (safety first, then commands,
questions and advice); :mod:`.render` words each decision in the person's language;
:mod:`.countries` says where to get care where they are. :class:`MemoryStore` keeps
conversations in memory when the assistant is used on its own (``selfcare chat``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from selfcare.assistant import countries
from selfcare.assistant.dialogue import Dialogue
from selfcare.assistant.engine import Assessment, Engine, engine
from selfcare.assistant.render import guard
from selfcare.assistant.render.plan import Plan, Wording
from selfcare.events import Conversation, Direction, InboundMessage, Reply, ReplyAction, Turn

__all__ = ["Assistant", "MemoryStore"]

# Analysed per message: more is never a health message (the whole text is still stored).
MAX_ANALYSED_CHARS = 4000


class Assistant:
    """One person's message and state in, a :class:`Reply` out (see the module docstring)."""

    def __init__(self, default_country: str = "44", *, triage: Engine | None = None) -> None:
        self.default_country = default_country.lstrip("+")
        self.engine = triage or engine()
        self._dialogue = Dialogue(self.engine, self.default_country)

    def respond(self, conversation: Conversation, message: InboundMessage) -> Reply:
        return self._dialogue.respond(conversation, message)

    async def reword(self, conversation: Conversation, reply: Reply, wording: Wording) -> Reply:
        """The reply in a replaceable wording step's words (a language model, later), if they
        pass the same guard as the template words: the level said, an emergency leading with
        the number, sizes, no diagnosis. Otherwise the template words stand."""
        plan = reply.plan
        if not isinstance(plan, Plan):
            return reply
        country = countries.find(
            conversation.person, self.engine.kb.countries, self.default_country
        )
        words = self._dialogue.words(country, plan.language)
        worded = await wording.word(plan, reply.messages)
        chosen = guard.choose(plan, worded, reply.messages, words)
        return replace(reply, messages=chosen)

    def notice(self, conversation: Conversation, key: str, values: Mapping[str, str]) -> str:
        """An interface string (``strings.yaml``) in the person's language, with their place
        filled in: how the service words handover notices."""
        from selfcare.assistant.dialogue.state import State

        country = countries.find(
            conversation.person, self.engine.kb.countries, self.default_country
        )
        language = State.read(conversation.state).language or "en"
        return self._dialogue.words(country, language)(key, **values)

    def assess(self, text: str) -> Assessment:
        """The triage of a text on its own (batch triage, evaluation)."""
        return self.engine.assess(text[:MAX_ANALYSED_CHARS])


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

"""What a whole short message means when it is not a health complaint, and two cues.

The words are each language's data (``languages/<code>/commands.yaml``). Only whole (short)
messages are commands, so "help, my baby isn't breathing" is never HELP; triage always runs
before any of this.
"""

from __future__ import annotations

import re
from enum import StrEnum

from selfcare.assistant.engine import patterns
from selfcare.assistant.knowledge.schema import Commands

# Not a word character to Python, but part of a word: the vowel signs and viramas of the
# Indic scripts (Devanagari "बंद करो" would otherwise lose them); their dandas are punctuation.
_STRIP = re.compile(r"[^\w\s'\u0900-\u0963\u0966-\u0dff]+")
_SPACES = re.compile(r"\s+")


class Command(StrEnum):
    STOP = "stop"
    START = "start"
    DELETE = "delete"
    YES = "yes"
    NO = "no"
    HELP = "help"
    GREETING = "greeting"
    THANKS = "thanks"
    ACK = "ack"  # "ok", "??", an emoji: nothing to act on
    LANGUAGE = "language"  # asks for the language menu
    HUMAN = "human"  # asks for a person (a nurse, an operator)


# The person's control of what we send and keep: honoured even as the last line of a message.
CONTROLS = frozenset({Command.STOP, Command.START, Command.DELETE})


def normalize(text: str) -> str:
    """Lower case, no punctuation or emoji, single spaces: "  STOP!! " -> "stop"."""
    text = text.lower().replace("’", "'")
    return _SPACES.sub(" ", _STRIP.sub(" ", text)).strip()


# Checked in this order: a data request before anything else.
_ORDER = (
    Command.DELETE,
    Command.STOP,
    Command.START,
    Command.YES,
    Command.NO,
    Command.HUMAN,
    Command.HELP,
    Command.LANGUAGE,
    Command.THANKS,
)


class Cues:
    """One language's commands and cues, ready to use."""

    def __init__(self, data: Commands) -> None:
        self._sets = {c: frozenset(getattr(data, c.value)) for c in _ORDER}
        self._ack = frozenset(data.ack)
        self._greetings = tuple(data.greeting)
        self._tails = frozenset(("", *data.greeting_tails))
        self._softening = tuple(p.lower() for p in data.softening)
        self._acted = tuple(p.lower() for p in data.acted)
        self._acted_not = tuple(p.lower() for p in data.acted_not)
        joined = "|".join(f"(?:{p})" for p in data.asks_medicine)
        self._medicine = patterns.compile(joined, re.IGNORECASE) if joined else None
        human = "|".join(f"(?:{p})" for p in data.asks_human)
        self._human = patterns.compile(human, re.IGNORECASE) if human else None

    def command(self, text: str) -> Command | None:
        """The command a whole message is, if any."""
        norm = normalize(text)
        if not norm:
            return Command.ACK  # only punctuation or emoji: "??", "👍"
        for cmd in _ORDER:
            if norm in self._sets[cmd]:
                return cmd
        if self._greeting(norm):
            return Command.GREETING
        return Command.ACK if norm in self._ack else None

    def _greeting(self, norm: str) -> bool:
        return any(
            (norm == greeting or norm.startswith(greeting + " "))
            and norm[len(greeting) :].strip() in self._tails
            for greeting in self._greetings
        )

    def softening(self, text: str) -> bool:
        """Playing down earlier emergency advice: "it's probably nothing"."""
        low = text.lower().replace("’", "'")
        return any(phrase in low for phrase in self._softening)

    def acted(self, text: str) -> bool:
        """Help is on its way: "I've called 999", "we're at A&E"."""
        low = text.lower().replace("’", "'")
        if any(neg in low for neg in self._acted_not):
            return False
        return any(phrase in low for phrase in self._acted)

    def asks_medicine(self, text: str) -> bool:
        return self._medicine is not None and bool(self._medicine.search(text))

    def asks_human(self, text: str) -> bool:
        """A request for a person, as the whole message or inside one ("can I talk to a
        nurse please, my head hurts")."""
        norm = normalize(text)
        if norm in self._sets[Command.HUMAN]:
            return True
        if self._human is None:
            return False
        for match in self._human.finditer(norm):
            # "I don't want to talk to a person" is not a request
            before = " ".join(norm[: match.start()].split()[-3:]) + " "
            if not any(neg in before for neg in self._acted_not):
                return True
        return False

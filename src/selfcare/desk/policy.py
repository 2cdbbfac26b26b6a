"""What the worker does with the assistant's reply, given the desk (see the package doc)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from selfcare.desk.hours import OpeningHours
from selfcare.events import OutboundMessage, Reply, ReplyAction, TriageLevel

SILENT = frozenset({"waiting", "open"})
STOPPED = "stopped"  # a desk row's reason once the person said STOP
# Replies the assistant gives even while a human holds the conversation: the person's own
# commands (STOP, START, DELETE MY DATA).
OWN_COMMANDS = frozenset({ReplyAction.COMMAND, ReplyAction.OPT_OUT, ReplyAction.ERASE_DATA})
MAX_MESSAGES = 3


@dataclass(frozen=True, slots=True)
class DeskUpdate:
    """A change to one person's desk row, stored with the reply in one transaction.

    ``state`` None keeps the state (a row is created only when ``state`` is given).
    """

    state: str | None = None
    urgent: bool = False
    level: str | None = None
    topic: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Note:
    """The assistant's triage beside an answer, shown to operators."""

    level: str | None
    topic: str | None
    reasons: tuple[str, ...] = ()
    silenced: bool = False


@dataclass(frozen=True, slots=True)
class Decision:
    reply: Reply
    update: DeskUpdate | None
    note: Note
    notices: tuple[str, ...] = field(default=())  # which notices were added


# key, values -> the notice in the person's language
Notice = Callable[[str, Mapping[str, str]], str]


def _crisis(reply: Reply) -> bool:
    return str(getattr(reply.plan, "kind", "")) == "crisis"


def _reasons(reply: Reply) -> tuple[str, ...]:
    fired = getattr(reply.plan, "fired", ()) or ()
    return tuple(str(getattr(f, "id", f)) for f in fired)


@dataclass(frozen=True)
class DeskPolicy:
    hours: OpeningHours
    flag_on: frozenset[str] = frozenset()
    timeout_minutes: int = 60

    def when(self, now: datetime) -> tuple[str, dict[str, str]]:
        """The notice for a new request and its values: open now, or back at a time."""
        if self.hours.is_open(now):
            return "handover_requested", {}
        back = self.hours.next_open(now)
        return "handover_requested_closed", {
            "time": back.strftime("%H:%M"),
            "date": back.strftime("%Y-%m-%d"),
        }

    def decide(
        self,
        desk_state: str | None,
        reply: Reply,
        old_state: Mapping[str, Any],
        notice: Notice,
        now: datetime,
        *,
        staffed: bool = True,
    ) -> Decision:
        """``staffed``: someone can sign in to the console (an operator exists)."""
        level = reply.triage.value if reply.triage else None
        emergency = reply.triage is TriageLevel.EMERGENCY
        crisis = _crisis(reply)
        note = Note(level, reply.topic, _reasons(reply))
        asked = ReplyAction.HANDOVER in reply.actions
        command = not OWN_COMMANDS.isdisjoint(reply.actions)
        # Emergency advice, as opposed to the assistant's "nobody to put you through to".
        advice = str(getattr(reply.plan, "kind", "")) in ("emergency", "crisis")
        safety = crisis or (emergency and (not asked or advice))
        if asked and staffed and desk_state not in SILENT:
            key, values = self.when(now)
            messages = list(reply.messages)[: MAX_MESSAGES - 1] if advice else []
            messages.append(OutboundMessage(notice(key, values)))
            update = DeskUpdate(
                state="waiting",
                urgent=emergency,
                level=level,
                topic=reply.topic,
                reason="crisis" if crisis else "asked",
            )
            return Decision(replace(reply, messages=tuple(messages)), update, note, (key,))
        if ReplyAction.OPT_OUT in reply.actions and desk_state is not None:
            # STOP: the confirmation goes out, and the conversation leaves the console's
            # queues; operators can no longer write to the person (Desk.reply refuses).
            return Decision(reply, DeskUpdate(state="closed", reason=STOPPED), note)
        if desk_state in SILENT:
            if command:
                return Decision(reply, DeskUpdate(), note)
            if safety:
                # Safety first: the advice goes out at once, and the operator sees it urgent.
                reason = "crisis" if crisis else "emergency"
                return Decision(reply, DeskUpdate(urgent=True, level=level, reason=reason), note)
            # A human holds the conversation: nothing from the assistant, state untouched.
            quiet = replace(reply, messages=(), state=dict(old_state), actions=())
            return Decision(quiet, DeskUpdate(), replace(note, silenced=True))
        flag = "crisis" if crisis and "crisis" in self.flag_on else None
        if flag is None and level in self.flag_on:
            flag = level
        if flag is None:
            return Decision(reply, DeskUpdate() if desk_state else None, note)
        update = DeskUpdate(
            state="flagged", urgent=emergency, level=level, topic=reply.topic, reason=flag
        )
        return Decision(reply, update, note)


FALLBACK_NOTICES = {
    "handover_requested": "OK, someone from our team will reply here soon. If it can't wait, "
    "call your local emergency number now.",
    "handover_requested_closed": "OK, someone from our team will reply when they are back "
    "({time} on {date}). If it can't wait, call your local emergency number now.",
    "handover_timeout": "Sorry, nobody from our team could pick up your message in time. "
    "If it can't wait, call your local emergency number.",
    "handover_closed": "You're back with the self-care helper. In an emergency, call your "
    "local emergency number.",
}


def notice(responder: object, conversation: Any, key: str, values: Mapping[str, str]) -> str:
    """The notice in the person's language when the responder can word it (the real
    assistant can), else plain English."""
    word = getattr(responder, "notice", None)
    if callable(word):
        try:
            return str(word(conversation, key, values))
        except Exception:  # a wording problem must not cost the person the notice
            pass
    return FALLBACK_NOTICES.get(key, FALLBACK_NOTICES["handover_requested"]).format_map(
        dict(values)
    )

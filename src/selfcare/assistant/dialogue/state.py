"""The per-person assistant state, as it travels in ``Conversation.state`` / ``Reply.state``.

A plain JSON mapping on the wire; :class:`State` reads it defensively (a missing or odd
value becomes its default, never an exception) and writes it back with :meth:`State.dump`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from selfcare.events import TriageLevel

VERSION = 1
HOLD_FOR = timedelta(hours=24)  # emergency advice stands this long
PENDING_FOR = timedelta(hours=24)  # an unanswered question expires
MAX_QUESTIONS = 2  # per complaint
MAX_COMPLAINT_CHARS = 2000


def _level(value: object, default: TriageLevel = TriageLevel.SELF_CARE) -> TriageLevel:
    try:
        return TriageLevel(str(value))
    except ValueError:
        return default


def _time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


@dataclass(slots=True)
class Complaint:
    """What the person is asking about now: the words so far and what we asked."""

    text: str
    topic: str | None
    level: TriageLevel
    asked: list[str] = field(default_factory=list)
    subject: str = "self"  # who it is about: "self", "child", "baby", "other_adult"

    def dump(self) -> dict[str, Any]:
        return {
            "text": self.text[-MAX_COMPLAINT_CHARS:],
            "topic": self.topic,
            "level": self.level.value,
            "asked": list(self.asked),
            "subject": self.subject,
        }

    @classmethod
    def read(cls, raw: object) -> Complaint | None:
        if not isinstance(raw, Mapping) or not _str(raw.get("text")):
            return None
        asked = raw.get("asked")
        return cls(
            text=str(raw["text"]),
            topic=_str(raw.get("topic")),
            level=_level(raw.get("level")),
            asked=[str(a) for a in asked] if isinstance(asked, list) else [],
            subject=_str(raw.get("subject")) or "self",
        )


@dataclass(slots=True)
class Hold:
    """Emergency (or crisis) advice given: it stands until it expires, never softened."""

    topic: str | None
    reason: str
    crisis: bool
    at: datetime | None

    def active(self, now: datetime) -> bool:
        if self.at is None:
            return True
        try:
            return now - self.at < HOLD_FOR
        except TypeError:  # naive vs aware timestamps: stay on the safe side
            return True

    def dump(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "reason": self.reason,
            "crisis": self.crisis,
            "at": self.at.isoformat() if self.at else None,
        }

    @classmethod
    def read(cls, raw: object) -> Hold | None:
        if not isinstance(raw, Mapping):
            return None
        return cls(
            topic=_str(raw.get("topic")),
            reason=str(raw.get("reason") or ""),
            crisis=bool(raw.get("crisis")),
            at=_time(raw.get("at")),
        )


@dataclass(slots=True)
class Pending:
    """The follow-up question waiting for an answer."""

    fact: str
    at: datetime | None
    reasked: bool = False

    def active(self, now: datetime) -> bool:
        if self.at is None:
            return True
        try:
            return now - self.at < PENDING_FOR
        except TypeError:
            return True

    def dump(self) -> dict[str, Any]:
        return {
            "fact": self.fact,
            "at": self.at.isoformat() if self.at else None,
            "reasked": self.reasked,
        }

    @classmethod
    def read(cls, raw: object) -> Pending | None:
        if not isinstance(raw, Mapping) or not _str(raw.get("fact")):
            return None
        return cls(str(raw["fact"]), _time(raw.get("at")), bool(raw.get("reasked")))


@dataclass(slots=True)
class State:
    language: str | None = None  # the language the person writes in (or chose)
    welcomed: bool = False
    stopped: bool = False
    confirm_delete: bool = False
    complaint: Complaint | None = None
    pending: Pending | None = None
    hold: Hold | None = None

    def dump(self) -> dict[str, Any]:
        out: dict[str, Any] = {"v": VERSION, "welcomed": self.welcomed}
        if self.language:
            out["lang"] = self.language
        if self.stopped:
            out["stopped"] = True
        if self.confirm_delete:
            out["confirm_delete"] = True
        if self.complaint:
            out["complaint"] = self.complaint.dump()
        if self.pending:
            out["pending"] = self.pending.dump()
        if self.hold:
            out["hold"] = self.hold.dump()
        return out

    @classmethod
    def read(cls, raw: Mapping[str, Any] | None) -> State:
        if not isinstance(raw, Mapping):
            return cls()
        return cls(
            language=_str(raw.get("lang")),
            welcomed=bool(raw.get("welcomed")),
            stopped=bool(raw.get("stopped")),
            confirm_delete=bool(raw.get("confirm_delete")),
            complaint=Complaint.read(raw.get("complaint")),
            pending=Pending.read(raw.get("pending")),
            hold=Hold.read(raw.get("hold")),
        )

"""Opening hours: when a person asking for a human can expect someone.

``HANDOVER_HOURS`` reads like a shop door: ``mon-fri 08:00-18:00; sat 09:00-13:00`` in the
time zone ``HANDOVER_TIMEZONE``. Empty means always staffed. Days are ``mon`` … ``sun``; a
range ``fri-mon`` wraps; ``24:00`` closes at midnight.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PART = re.compile(
    r"^(?P<days>[a-z]{3}(?:-[a-z]{3})?(?:,[a-z]{3}(?:-[a-z]{3})?)*)\s+"
    r"(?P<start>\d{1,2}:\d{2})-(?P<end>\d{1,2}:\d{2})$"
)


class HoursError(ValueError):
    """A malformed ``HANDOVER_HOURS`` or ``HANDOVER_TIMEZONE``; the message says which part."""


def _minutes(value: str) -> int:
    hours, minutes = (int(x) for x in value.split(":"))
    if not (0 <= hours <= 24 and 0 <= minutes < 60) or (hours == 24 and minutes):
        raise HoursError(f"{value!r} is not a time of day")
    return hours * 60 + minutes


def _days(spec: str) -> set[int]:
    out: set[int] = set()
    for piece in spec.split(","):
        first, _, last = piece.partition("-")
        if first not in DAYS or (last and last not in DAYS):
            raise HoursError(f"{piece!r}: days are {', '.join(DAYS)}")
        start, end = DAYS.index(first), DAYS.index(last or first)
        day = start
        while True:
            out.add(day)
            if day == end:
                break
            day = (day + 1) % 7
    return out


@dataclass(frozen=True)
class OpeningHours:
    zone: ZoneInfo
    spans: tuple[tuple[int, int, int], ...]  # (weekday, start minute, end minute)

    @classmethod
    def parse(cls, spec: str, timezone: str = "UTC") -> OpeningHours:
        try:
            zone = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise HoursError(f"unknown time zone {timezone!r} (e.g. Africa/Nairobi)") from None
        spans: list[tuple[int, int, int]] = []
        for part in filter(None, (p.strip().lower() for p in spec.split(";"))):
            match = _PART.match(re.sub(r"\s+", " ", part))
            if match is None:
                raise HoursError(f"{part!r}: write it like 'mon-fri 08:00-18:00'")
            start, end = _minutes(match["start"]), _minutes(match["end"])
            if end <= start:
                raise HoursError(f"{part!r}: closes before it opens")
            spans += [(day, start, end) for day in sorted(_days(match["days"]))]
        return cls(zone, tuple(spans))

    @property
    def always(self) -> bool:
        return not self.spans

    def is_open(self, now: datetime) -> bool:
        if self.always:
            return True
        local = now.astimezone(self.zone)
        minute = local.hour * 60 + local.minute
        return any(d == local.weekday() and s <= minute < e for d, s, e in self.spans)

    def next_open(self, now: datetime) -> datetime:
        """When someone is next there (``now`` itself when open), in the local time zone."""
        local = now.astimezone(self.zone)
        if self.is_open(now):
            return local
        for ahead in range(8):
            day = (local + timedelta(days=ahead)).date()
            starts = sorted(s for d, s, _ in self.spans if d == day.weekday())
            for start in starts:
                at = datetime.combine(day, time(start // 60, start % 60), self.zone)
                if at > local:
                    return at
        return local  # unreachable with at least one span

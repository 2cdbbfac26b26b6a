"""Where the person is, as far as care goes: emergency number, crisis line, urgent service.

The country comes from the sender's address: its calling code is matched on the longest
prefix against ``emergency_numbers.yaml`` ("+447700900123" and "447700900123" are both
+44). An address that is not a phone number (a WhatsApp business-scoped user id) or a code
we do not know falls back to the configured default country.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

NUMBERS_FILE = Path(__file__).with_name("emergency_numbers.yaml")

_PHONE = re.compile(r"^\+?\d{7,15}$")
_SEPARATORS = re.compile(r"[\s\-().]")


@dataclass(frozen=True, slots=True)
class CrisisLine:
    name: str
    number: str
    how: str  # "call Samaritans free on 116 123, any time"


@dataclass(frozen=True, slots=True)
class Locale:
    calling_code: str
    country: str
    emergency: str  # the number to call first, e.g. "999"
    also: tuple[str, ...] = ()  # other emergency numbers ("112 from a mobile")
    emergency_place: str = "the nearest emergency department"
    urgent_name: str | None = None  # "NHS 111"
    urgent_how: str | None = None  # "call NHS 111 or go to 111.nhs.uk"
    doctor: str = "doctor"  # "GP" where people say GP
    crisis: CrisisLine | None = None

    @property
    def emergency_text(self) -> str:
        """The number with its alternatives: "10177 (or 112 from a mobile)"."""
        if not self.also:
            return self.emergency
        return f"{self.emergency} (or {' or '.join(self.also)})"

    @property
    def urgent_service(self) -> str:
        """Who to turn to for care today: "NHS 111" or a generic phrase."""
        return self.urgent_name or "a doctor or urgent care today"


class LocaleError(ValueError):
    pass


def _locale(code: str, raw: Mapping[str, Any]) -> Locale:
    try:
        crisis_raw = raw.get("crisis")
        crisis = (
            CrisisLine(str(crisis_raw["name"]), str(crisis_raw["number"]), str(crisis_raw["how"]))
            if crisis_raw
            else None
        )
        urgent = raw.get("urgent") or {}
        return Locale(
            calling_code=code,
            country=str(raw["country"]),
            emergency=str(raw["emergency"]),
            also=tuple(str(n) for n in raw.get("also", ())),
            emergency_place=str(raw.get("emergency_place", "the nearest emergency department")),
            urgent_name=str(urgent["name"]) if urgent else None,
            urgent_how=str(urgent["how"]) if urgent else None,
            doctor=str(raw.get("doctor", "doctor")),
            crisis=crisis,
        )
    except (KeyError, TypeError) as exc:
        raise LocaleError(f"bad entry for +{code}: {exc}") from exc


@cache
def load(path: Path = NUMBERS_FILE) -> Mapping[str, Locale]:
    """Every locale in the data file, by calling code (read once per process)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # a safe loader
    if not isinstance(data, dict):
        raise LocaleError(f"{path.name} must hold a mapping of calling codes")
    locales: dict[str, Locale] = {}
    for key, raw in data.items():
        code = str(key)
        if not code.isdigit() or not isinstance(raw, dict):
            raise LocaleError(f"bad entry {key!r} in {path.name}")
        locales[code] = _locale(code, raw)
    return locales


def calling_code(address: str | None, known: Mapping[str, Locale] | None = None) -> str | None:
    """The calling code of a phone-number address, or ``None`` if it is not one we know."""
    if not address:
        return None
    text = address.strip()
    if ":" in text:  # Twilio's "whatsapp:+447700900123"
        text = text.rsplit(":", 1)[1]
    text = _SEPARATORS.sub("", text)
    if text.startswith("00"):
        text = text[2:]
    if not _PHONE.match(text):
        return None
    digits = text.lstrip("+")
    if digits.startswith("0"):  # a national number: no country in it
        return None
    codes = known if known is not None else load()
    for length in (3, 2, 1):
        if digits[:length] in codes:
            return digits[:length]
    return None


def for_address(address: str | None, default_country: str = "44") -> Locale:
    """The locale for a sender's address, or the default country's."""
    locales = load()
    code = calling_code(address, locales)
    if code is not None:
        return locales[code]
    return for_country(default_country)


def for_country(code: str) -> Locale:
    """The locale of a calling code ("44", "+44"); an unknown code gets a safe generic one."""
    locales = load()
    code = code.lstrip("+")
    if code in locales:
        return locales[code]
    return Locale(calling_code=code, country="your country", emergency="112")

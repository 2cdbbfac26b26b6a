"""Where the person is, as far as care goes: their country pack, in their language.

The country comes from the sender's address: its calling code is matched on the longest
prefix ("+447700900123" is +44, the United Kingdom). An address that is not a phone number
(a WhatsApp business-scoped id, the web chat) takes the configured default country. A code
we have no pack for gets the neutral pack: "your local emergency number (112 works from most
mobile phones)", never another country's services.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from selfcare.assistant.knowledge.loader import REFERENCE, Language
from selfcare.assistant.knowledge.schema import Country, Places

NEUTRAL = "XX"
_PHONE = re.compile(r"^\+?\d{7,15}$")
_SEPARATORS = re.compile(r"[\s\-().]")


def calling_code(address: str, codes: Mapping[str, str]) -> str | None:
    """The longest calling code in ``codes`` that ``address`` starts with, if it is a phone."""
    digits = _SEPARATORS.sub("", address or "")
    if digits.startswith("00"):  # the international prefix dialled in most of the world
        digits = "+" + digits[2:]
    if not _PHONE.match(digits):
        return None
    digits = digits.lstrip("+")
    for length in (4, 3, 2, 1):
        if digits[:length] in codes:
            return digits[:length]
    return ""  # a phone number from a country we have no pack for


def find(address: str, countries: Mapping[str, Country], default_code: str | None) -> Country:
    """The country pack for ``address`` (see the module docstring)."""
    by_code = {code: c.code for c in countries.values() for code in c.calling_codes}
    neutral = countries.get(NEUTRAL)
    code = calling_code(address, by_code)
    if code is None:  # not a phone number: the deployment's own country
        code = (default_code or "").lstrip("+")
        if code not in by_code:
            code = ""
    if code:
        return countries[by_code[code]]
    if neutral is None:
        raise LookupError("the knowledge base has no neutral country pack (countries/xx.yaml)")
    return neutral


@dataclass(frozen=True)
class Where:
    """A country pack with the words to fill into replies in one language."""

    country: Country
    language: Language
    reference: Language

    @property
    def neutral(self) -> bool:
        return self.country.code == NEUTRAL

    def _string(self, name: str) -> str:
        value = self.language.strings.get(name) or self.reference.strings[name]
        return value if isinstance(value, str) else ", ".join(value)

    def _places(self) -> Places:
        places = self.country.places
        return places.get(self.language.code) or places[REFERENCE]

    def need_place(self, need: str | None) -> str | None:
        """The place the pack names for ``need`` in this language, if it names one."""
        return self._places().needs.get(need) if need else None

    def need_places(self) -> tuple[str, ...]:
        return tuple(self._places().needs.values())

    def _how(self, how: Mapping[str, str]) -> str:
        return how.get(self.language.code) or how.get(REFERENCE) or next(iter(how.values()))

    @property
    def emergency(self) -> str:
        return self._string("emergency_unknown") if self.neutral else self.country.emergency

    @property
    def emergency_text(self) -> str:
        if self.neutral:
            return self._string("emergency_unknown_text")
        if not self.country.also:
            return self.country.emergency
        also = f" {self._string('or')} ".join(self.country.also)
        return self._string("emergency_also").format(number=self.country.emergency, also=also)

    def values(self) -> dict[str, str]:
        """Every placeholder about where the person is (see ``strings.yaml``)."""
        places = self._places()
        doctor = self.country.doctor
        crisis, poison = self.country.crisis, self.country.poison
        return {
            "emergency": self.emergency,
            "emergency_text": self.emergency_text,
            "emergency_place": places.emergency,
            "urgent_place": places.urgent,
            "routine_place": places.routine,
            "self_care_place": places.self_care,
            "doctor": doctor.get(self.language.code)
            or doctor.get(REFERENCE)
            or self._string("doctor"),
            "crisis_how": self._how(crisis.how) if crisis else "",
            "poison_how": self._how(poison.how) if poison else "",
        }

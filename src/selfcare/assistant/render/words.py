"""One language's interface strings with the person's place filled in.

``words("level_urgent")`` is the string named in ``languages/<code>/strings.yaml`` (English
when a language deliberately lacks it), with ``{emergency}``, ``{urgent_place}``… taken from
the country pack and any other ``{field}`` from the call.
"""

from __future__ import annotations

from dataclasses import dataclass

from selfcare.assistant.countries import Where
from selfcare.assistant.knowledge.loader import Language
from selfcare.assistant.knowledge.voices import Audience, render


class _Fields(dict[str, str]):
    def __missing__(self, key: str) -> str:
        # A field a string names but nobody gave stays visible rather than failing a reply.
        return "{" + key + "}"


@dataclass(frozen=True)
class Words:
    language: Language
    reference: Language
    where: Where

    @property
    def code(self) -> str:
        return self.language.code

    def raw(self, name: str) -> str | tuple[str, ...]:
        value = self.language.strings.get(name)
        return value if value is not None else self.reference.strings[name]

    def __call__(self, name: str, **values: str) -> str:
        raw = self.raw(name)
        text = raw if isinstance(raw, str) else "\n".join(raw)
        return text.format_map(_Fields(self.where.values() | values))

    def items(self, name: str) -> tuple[str, ...]:
        raw = self.raw(name)
        return (raw,) if isinstance(raw, str) else raw

    def say(self, flag_id: str, audience: Audience) -> str:
        """A red flag's line for whoever the reply is about, first letter capital."""
        said = self.language.red_flags.get(flag_id) or self.reference.red_flags[flag_id]
        language = self.language if flag_id in self.language.red_flags else self.reference
        line = render(said.say, language.spec.voices, audience)
        return line[:1].upper() + line[1:]

    def first_aid(self, flag_id: str) -> str | None:
        said = self.language.red_flags.get(flag_id) or self.reference.red_flags.get(flag_id)
        return said.first_aid if said else None

    def label(self, finding: str) -> str:
        words = self.language.findings.get(finding) or self.reference.findings.get(finding)
        return words.label if words else finding.replace("_", " ")

"""One language's interface strings with the person's place filled in.

``words("level_urgent")`` is the string named in ``languages/<code>/strings.yaml`` (English
when a language deliberately lacks it), with ``{emergency}``, ``{urgent_place}``… taken from
the country pack and any other ``{field}`` from the call.
"""

from __future__ import annotations

from dataclasses import dataclass

from selfcare.assistant.countries import Where
from selfcare.assistant.knowledge.loader import Language
from selfcare.assistant.knowledge.schema import TopicText
from selfcare.assistant.knowledge.voices import Audience, render

# Whose first-aid line fits an audience, best first: a child or a baby is someone else too.
_FIRST_AID_FOR: dict[Audience, tuple[Audience, ...]] = {
    "self": ("self",),
    "other": ("other",),
    "child": ("child", "other"),
    "baby": ("baby", "other"),
}


class _Fields(dict[str, str]):
    def __missing__(self, key: str) -> str:
        # A field a string names but nobody gave stays visible rather than failing a reply.
        return "{" + key + "}"


@dataclass(frozen=True)
class Words:
    """``language``'s strings, then ``base``'s where it lacks one (a variant's base language,
    else English), then ``english``'s."""

    language: Language
    base: Language
    where: Where
    english: Language | None = None

    @property
    def reference(self) -> Language:
        return self.english or self.base

    @property
    def code(self) -> str:
        return self.language.code

    def raw(self, name: str) -> str | tuple[str, ...]:
        for lang in (self.language, self.base):
            value = lang.strings.get(name)
            if value is not None:
                return value
        return self.reference.strings[name]

    def __call__(self, name: str, **values: str) -> str:
        raw = self.raw(name)
        text = raw if isinstance(raw, str) else "\n".join(raw)
        return text.format_map(_Fields(self.where.values() | values))

    def items(self, name: str) -> tuple[str, ...]:
        raw = self.raw(name)
        return (raw,) if isinstance(raw, str) else raw

    def _chain(self) -> tuple[Language, ...]:
        return (self.language, self.base, self.reference)

    def say(self, flag_id: str, audience: Audience) -> str:
        """A red flag's line for whoever the reply is about, first letter capital."""
        language = next(lang for lang in self._chain() if flag_id in lang.red_flags)
        # Rendered with the voices of the language the line is written in: a variant in
        # another script (hi-latn) has its own ("aapko" -> "aapke bachhe ko").
        voices = language.spec.voices
        line = render(language.red_flags[flag_id].say, voices, audience)
        return line[:1].upper() + line[1:]

    def first_aid(self, flag_id: str, audience: Audience = "self") -> str | None:
        """A red flag's first-aid line for whoever the reply is about: the audience's own line
        (``first_aid_for``; a child's or a baby's, else another adult's), else ``first_aid``.
        A line for the audience in a language further down the chain (English, where this
        language lists it as a fallback) comes before this language's ``first_aid``: first
        aid for the writer is no first aid for their baby."""
        said = [lang.red_flags[flag_id] for lang in self._chain() if flag_id in lang.red_flags]
        if not said:
            return None
        for whom in _FIRST_AID_FOR[audience]:
            for record in said:
                if whom in record.first_aid_for:
                    return record.first_aid_for[whom]
        return said[0].first_aid

    def _own_script(self) -> tuple[Language, ...]:
        # A variant's base is written in another script (Devanagari in a reply in Latin
        # letters): where the variant lacks a text it shows the English one instead.
        if self.language.spec.base is None:
            return self._chain()
        return (self.language, self.reference)

    def label(self, finding: str) -> str:
        # A variant has no findings of its own: its labels.yaml names them, else English.
        if finding in self.language.labels:
            return self.language.labels[finding]
        for lang in self._own_script():
            if finding in lang.findings:
                return lang.findings[finding].label
        return finding.replace("_", " ")

    def topic(self, topic_id: str) -> TopicText:
        return next(lang.topics[topic_id] for lang in self._own_script() if topic_id in lang.topics)

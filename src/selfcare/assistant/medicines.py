"""Medicine questions: which medicine (and which situation) a message asks about.

"can I take nurofen with my amlodipine?" is ibuprofen with blood-pressure tablets. The
medicines, situations and what we say are data (``knowledge/medicines.yaml`` and each
language's ``medicines.yaml``); this only finds them, in order of mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from selfcare.assistant.knowledge.loader import Knowledge, Language


def _compile(patterns: tuple[str, ...], expand: Callable[[str], str]) -> re.Pattern[str]:
    body = "|".join(f"(?:{expand(p)})" for p in patterns)
    return re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])")


class MedicineFinder:
    """One language's medicine and situation words, compiled."""

    def __init__(
        self,
        kb: Knowledge,
        language: Language,
        expand: Callable[[str], str],
        local_names: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        """``local_names``: the country pack's names for medicines ("Biogesic", "Calpol")."""
        core, words = kb.medicines, language.medicines
        self.keys = frozenset(a.key for a in core.advice) if core else frozenset()
        # Situations are tried in the order medicines.yaml lists them: its order is priority
        # ("on warfarin and 75" is first of all about the blood thinner).
        self.priority = {name: i for i, name in enumerate(core.situations)} if core else {}
        patterns: dict[str, list[str]] = {
            m: list(n.words) for m, n in (words.medicines.items() if words else ())
        }
        for medicine, names in (local_names or {}).items():
            patterns.setdefault(medicine, []).extend(re.escape(n.lower()) for n in names)
        self.medicines = {m: _compile(tuple(ps), expand) for m, ps in patterns.items() if ps}
        self.situations = (
            {s: _compile(n.words, expand) for s, n in words.situations.items()} if words else {}
        )

    @staticmethod
    def _found(table: dict[str, re.Pattern[str]], text: str) -> list[str]:
        hits = [(m.start(), name) for name, p in table.items() if (m := p.search(text))]
        return [name for _, name in sorted(hits)]

    def advice_key(self, text: str) -> str | None:
        """The advice to give for a normalised text: a medicine with a situation when we have
        advice for the pair, else the medicine alone; None when no medicine is named."""
        medicines = self._found(self.medicines, text)
        if not medicines:
            return None
        situations = sorted(self._found(self.situations, text), key=self.priority.__getitem__)
        others = [*situations, *medicines[1:]]
        for medicine in medicines:
            for other in others:
                for key in (f"{medicine}+{other}", f"{other}+{medicine}"):
                    if key in self.keys:
                        return key
        return next((m for m in medicines if m in self.keys), None)

"""The safety net for languages we do not fully support: emergencies and crisis recognised.

For each such language (``knowledge/safety_net/<code>.yaml``) the commonest emergency and
crisis statements — not breathing, unconscious, chest pain, heavy bleeding, a fit, signs of a
stroke (face dropping, one side weak, speech gone), poisoning or a snake or scorpion bite,
suicidal intent — and further danger signs (a severe allergic reaction, dengue warning signs,
a child's general danger signs and meningitis signs, drowning or a severe burn) are matched;
the reply is a short pre-written line in that language with the local number (the crisis line
for suicidal intent, the emergency line for the rest). Anything else in such a language is
"not understood", never self-care.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from selfcare.assistant.engine.assessment import Assessment, Fired
from selfcare.assistant.engine.patterns import PatternStore
from selfcare.assistant.engine.text import keep
from selfcare.assistant.knowledge.schema import SafetyNet
from selfcare.events import TriageLevel

NET = "safety_net"  # fired red flags from here are "safety_net:<statement>"
# Arabic short vowels, shadda, sukun, dagger alef and tatweel are optional marks most people
# never type (كمّل = كمل); the files are written without them.
_ARABIC_MARKS = dict.fromkeys([*range(0x064B, 0x0653), 0x0670, 0x0640])


class SafetyNetReader:
    def __init__(self, nets: Mapping[str, SafetyNet], store: PatternStore | None = None) -> None:
        compile_ = (store or PatternStore()).compile
        self.statements = {
            code: {
                kind: compile_("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
                for kind, patterns in net.statements.items()
                if patterns
            }
            for code, net in nets.items()
        }

    def match(self, text: str, code: str) -> list[str]:
        """The statements ``text`` makes, in the order the file lists them."""
        # One form for letters a phone may send composed or as base and mark (Bengali ো, ৌ;
        # accented Latin letters): the files are written composed.
        clean = keep(unicodedata.normalize("NFC", text).lower(), ascii_only=False)
        clean = clean.translate(_ARABIC_MARKS)
        return [kind for kind, p in self.statements.get(code, {}).items() if p.search(clean)]

    def assess(self, text: str, code: str) -> Assessment:
        said = self.match(text, code)
        if not said:
            return Assessment(TriageLevel.ROUTINE, language=code, understood=False)
        fired = tuple(
            Fired(f"{NET}:{kind}", TriageLevel.EMERGENCY, "", crisis=kind == "suicide")
            for kind in said
        )
        return Assessment(TriageLevel.EMERGENCY, fired=fired, language=code)

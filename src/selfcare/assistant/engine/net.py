"""The safety net for languages we do not fully support: emergencies and crisis recognised.

For each such language (``knowledge/safety_net/<code>.yaml``) the commonest emergency and
crisis statements — not breathing, unconscious, chest pain, heavy bleeding, a fit, signs of a
stroke (face dropping, one side weak, speech gone), poisoning or a snake or scorpion bite,
suicidal intent — and further danger signs (a severe allergic reaction, dengue warning signs,
a child's general danger signs and meningitis signs, drowning, a severe burn or a broken hip
after a fall, pre-eclampsia signs) are matched;
the reply is a short pre-written line in that language with the local number (the crisis line
for suicidal intent, the emergency line for the rest). Some statements are below an
emergency (``levels`` in the file): a fever where malaria or dengue is common (``where``: only
when the person's country pack lists one of them), an animal bite that broke the skin; they
are answered with their own line (``lines``). A statement said under one of the language's
negation cues ("there is no bleeding") is not made, nor one told as over and past ("he had a
fit last year"; never suicidal intent or self-harm). Anything else in such a language is
"not understood", never self-care.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping

from selfcare.assistant.engine.assessment import Assessment, Fired
from selfcare.assistant.engine.detect import marker_pattern
from selfcare.assistant.engine.patterns import UNUSUAL_CASE, PatternStore
from selfcare.assistant.engine.text import keep
from selfcare.assistant.knowledge.schema import SafetyNet
from selfcare.events import TriageLevel

NET = "safety_net"  # fired red flags from here are "safety_net:<statement>"
# Arabic short vowels, shadda, sukun, dagger alef and tatweel are optional marks most people
# never type (كمّل = كمل); the files are written without them.
_ARABIC_MARKS = dict.fromkeys([*range(0x064B, 0x0653), 0x0670, 0x0640])
# A negation cue reaches this many words forward ("there is no [high] fever"), inside its
# clause (no punctuation between): the statement starts at most one word after the cue.
_NEGATION_REACH = 2
_WITHIN_REACH = rf"(?:\s+\S+){{0,{_NEGATION_REACH - 1}}}\s*$"  # the cue, then a word at most
_OWN = re.compile(r"[^\x00-\x7f]|\d")  # another script, or Arabizi digits (3 for ع)
_CLAUSE_END = re.compile(r"[.;:!?\n،؛।።፣፤]")
# A history cue ("last year") reaches this many words either side of a statement, within its
# clause or comma-separated part ("fitted as a child, now shaking and not answering" is now).
_HISTORY_REACH = 3
_PART_END = re.compile(r"[.,;:!?\n،؛।።፣፤፥]")
_ALWAYS_NOW = frozenset(("suicide", "self_harm"))  # a past attempt is itself a risk
_WORD = re.compile(r"\w+")


class SafetyNetReader:
    def __init__(
        self,
        nets: Mapping[str, SafetyNet],
        store: PatternStore | None = None,
        markers: Mapping[str, re.Pattern[str]] | None = None,
    ) -> None:
        """``markers``: each language's marker words compiled (the engine passes its
        detector's; by default they are compiled here the same way)."""
        store = store or PatternStore()
        compile_ = store.compile
        sources = {
            code: {
                kind: "|".join(f"(?:{p})" for p in patterns)
                for kind, patterns in net.statements.items()
                if patterns
            }
            for code, net in nets.items()
        }
        self.statements = {
            code: {kind: compile_(source, re.IGNORECASE) for kind, source in kinds.items()}
            for code, kinds in sources.items()
        }
        # The same, case-sensitive, for the text lower-cased (the same matches, faster),
        # where no part of a statement may match other than its lower case; tried only where
        # one of its patterns may begin (a Yoruba statement read inside a Spanish message:
        # about half the time).
        self._exact = {
            code: {kind: store.exact_case(source, gate=True) for kind, source in kinds.items()}
            for code, kinds in sources.items()
        }
        # each pattern alone: with words ``told``, a match in them must not hide another
        # pattern's match from the same place ("chest pain since morning, pawis na pawis")
        self.parts = {
            code: {
                kind: [compile_(p, re.IGNORECASE) for p in patterns]
                for kind, patterns in net.statements.items()
                if patterns
            }
            for code, net in nets.items()
        }
        self.negation = {
            code: compile_(rf"(?<!\w)(?:{net.negation}){_WITHIN_REACH}", re.IGNORECASE)
            for code, net in nets.items()
            if net.negation
        }
        self.negation_after = {
            code: compile_(rf"^(?:\S+\s+)?(?:{net.negation_after})(?!\w)", re.IGNORECASE)
            for code, net in nets.items()
            if net.negation_after
        }
        self.history = {
            code: compile_(rf"(?<!\w)(?:{net.history})(?!\w)", re.IGNORECASE)
            for code, net in nets.items()
            if net.history
        }
        self.levels: dict[str, dict[str, TriageLevel]] = {
            code: {kind: TriageLevel(level) for kind, level in net.levels.items()}
            for code, net in nets.items()
        }
        self.where: dict[str, dict[str, frozenset[str]]] = {
            code: {kind: frozenset(places) for kind, places in net.where.items()}
            for code, net in nets.items()
        }
        self.optional_marks = {
            code: frozenset(net.optional_marks) for code, net in nets.items() if net.optional_marks
        }
        self.markers = (
            markers
            if markers is not None
            else {code: marker_pattern(net.markers) for code, net in nets.items() if net.markers}
        )

    def match(
        self,
        text: str,
        code: str,
        local: Collection[str] | None = None,
        *,
        mixed: bool = False,
        told: frozenset[str] = frozenset(),
    ) -> list[str]:
        """The statements ``text`` makes, in the order the file lists them. ``local``: the
        conditions common where the person is (a statement with a ``where`` needs one of
        them); ``None`` does not ask. ``mixed``: the text is mostly in another language, so
        a statement counts only in the language's own words (its script, Arabizi digits or
        a marker word in or next to the words matched), not in the English words a file
        also lists ("heart attack", "seizure"). ``told``: words a full reading understood
        (English mixed in: "may chest pain ako pero mild lang"); a statement made in these
        words alone is that reading's to weigh, with its negation and severity."""
        # One form for letters a phone may send composed or as base and mark (Bengali ো, ৌ;
        # accented Latin letters): the files are written composed.
        clean = keep(unicodedata.normalize("NFC", text).lower(), ascii_only=False)
        clean = clean.translate(_ARABIC_MARKS)
        said = self._made(clean, code, local, mixed=mixed, told=told)
        # Marks a writer may or may not type (Yoruba tones: "ó ti sú mi" is "o ti su mi"): the
        # text is read as typed and again without them, so a statement written in either form
        # is made (a general mechanism; which marks is each file's data, ``optional_marks``).
        marks = self.optional_marks.get(code)
        if marks:
            bare = unicodedata.normalize(
                "NFC", "".join(c for c in unicodedata.normalize("NFD", clean) if c not in marks)
            )
            if bare != clean:
                more = self._made(bare, code, local, mixed=mixed, told=told)
                said = [k for k in self.statements.get(code, {}) if k in said or k in more]
        return said

    def _made(
        self,
        clean: str,
        code: str,
        local: Collection[str] | None,
        *,
        mixed: bool,
        told: frozenset[str],
    ) -> list[str]:
        """The statements the normalised text ``clean`` makes (see ``match``)."""
        before, after = self.negation.get(code), self.negation_after.get(code)
        history = self.history.get(code)
        where = self.where.get(code, {})
        exact = self._exact.get(code, {}) if UNUSUAL_CASE.isdisjoint(clean) else {}
        parts = self.parts.get(code, {})
        return [
            kind
            for kind, p in self.statements.get(code, {}).items()
            if (local is None or kind not in where or not where[kind].isdisjoint(local))
            # a statement none of whose patterns matches anywhere is not made: one search of
            # them all together says so before each is run alone for the words ``told``
            and (not told or (exact.get(kind) or p).search(clean) is not None)
            and any(
                not _negated(clean, m, before, after)
                and (history is None or kind in _ALWAYS_NOW or not _past(clean, m, history))
                and (not mixed or self._own(clean, m, code))
                and not (told and self._told(m[0], code, told))
                for one in (parts[kind] if told else (exact.get(kind) or p,))
                for m in one.finditer(clean)
            )
        ]

    def _own(self, clean: str, m: re.Match[str], code: str) -> bool:
        """Whether the words matched, with two words either side, are in the language's own
        words: its script, Arabizi digits, or one of its marker words."""
        near = " ".join([*clean[: m.start()].split()[-2:], m[0], *clean[m.end() :].split()[:2]])
        markers = self.markers.get(code)
        return bool(_OWN.search(near)) or (markers is not None and bool(markers.search(near)))

    def _told(self, said: str, code: str, told: frozenset[str]) -> bool:
        """Whether the words matched are all words a full reading understood, with none of
        the language's own (its script, Arabizi digits, a marker word: "gusto ko nang
        mamatay" is Tagalog even where the English reading knows the phrase)."""
        markers = self.markers.get(code)
        own = bool(_OWN.search(said)) or (markers is not None and bool(markers.search(said)))
        return not own and told.issuperset(_WORD.findall(said))

    def level(self, code: str, kind: str) -> TriageLevel:
        return self.levels.get(code, {}).get(kind, TriageLevel.EMERGENCY)

    def assess(
        self,
        text: str,
        code: str,
        local: Collection[str] = frozenset(),
        *,
        mixed: bool = False,
        told: frozenset[str] = frozenset(),
    ) -> Assessment:
        said = self.match(text, code, local, mixed=mixed, told=told)
        if not said:
            return Assessment(TriageLevel.ROUTINE, language=code, understood=False)
        fired = sorted(
            (
                Fired(f"{NET}:{kind}", self.level(code, kind), "", crisis=kind == "suicide")
                for kind in said
            ),
            key=lambda f: f.level.rank,
        )
        return Assessment(fired[0].level, fired=tuple(fired), language=code)


def _past(clean: str, m: re.Match[str], history: re.Pattern[str]) -> bool:
    """Whether a history cue stands within a few words of the match, in its part of the
    sentence (up to a comma or a clause end) on either side."""
    before = _PART_END.split(clean[: m.start()])[-1].split()[-_HISTORY_REACH - 3 :]
    after = _PART_END.split(clean[m.end() :])[0].split()[: _HISTORY_REACH + 3]
    near_before = " ".join(before)
    near_after = " ".join(after)
    for cue in history.finditer(near_before):
        if len(near_before[cue.end() :].split()) <= _HISTORY_REACH:
            return True
    for cue in history.finditer(near_after):
        if len(near_after[: cue.start()].split()) <= _HISTORY_REACH:
            return True
    return False


def _negated(
    clean: str, m: re.Match[str], before: re.Pattern[str] | None, after: re.Pattern[str] | None
) -> bool:
    """Whether a negation cue ends at most a word before the match, in its clause (or, for
    ``after`` cues, stands right after it: the next word or the one after)."""
    if before is not None:
        words = _CLAUSE_END.split(clean[: m.start()])[-1].split()[-_NEGATION_REACH - 4 :]
        if words and before.search(" ".join(words)):
            return True
    if after is not None:
        rest = _CLAUSE_END.split(clean[m.end() :])[0].strip()
        return after.search(rest) is not None
    return False

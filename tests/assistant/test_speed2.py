"""Scope cues and fact patterns tried only where a match may begin (``patterns.gated``): the
same matches as the patterns as written, for every language's cues and facts, over
messages in their languages and others, with digits, marks and text starts (our own
wordings)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from selfcare.assistant.engine import engine
from selfcare.assistant.engine.detect import _overlapping
from selfcare.assistant.engine.facts import FactReader, Guarded
from selfcare.assistant.engine.scope import ScopeRules

TEXTS = (
    "i had a stroke 3 years ago but now it's only a sore throat since tuesday",
    "if my boy gets a rash next week what then , he is 4 and not feverish now",
    "my gran , 81 , has had a temp of 38.9 for 2 days and isn't eating",
    "not short of breath , no chest pain , just a cough for a fortnight",
    "she's 30 weeks pregnant with a bad headache since this morning",
    "bp 85/50 , hr 130 , sats 91% on air , 2/7 of vomiting",
    "mi hija de 3 años lleva dos días con fiebre de 39 , 5 y sin tos",
    "hace un año tuve neumonía pero ahora solo tengo mocos",
    "mon fils de 8 mois a de la fièvre depuis hier , pas de boutons",
    "je suis enceinte de 20 semaines et j'ai mal au ventre",
    "meu avô de 70 anos caiu ontem e não consegue andar direito",
    "nina mimba ya miezi sita na kichwa kinauma tangu jana",
    "mtoto wangu wa miaka 2 hana homa lakini anakohoa",
    "mujhe 3 din se bukhar hai aur sir mein dard hai",
    "मेरी बेटी 5 साल की है और उसे कल से खांसी है",
    "ọmọ mi kò lè mí dáadáa",
    "",
    "!!! ??",
)


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as written: the gate is a non-capturing group in front, then the source."""
    source = pattern.pattern
    if source.startswith("(?:(?=") or source.startswith("(?:\\A)"):
        depth, i = 0, 0
        while True:  # the end of the gate's group
            c = source[i]
            if c == "\\":
                i += 2
                continue
            depth += c == "("
            depth -= c == ")"
            i += 1
            if depth == 0:
                break
        assert source[i : i + 3] == "(?:" and source.endswith(")")
        source = source[i + 3 : -1]
    return re.compile(source, pattern.flags)


def _patterns(obj: object) -> Iterator[re.Pattern[str]]:
    for value in vars(obj).values() if not hasattr(obj, "__slots__") else ():
        items = value if isinstance(value, list) else [value]
        for item in items:
            item = item[0] if isinstance(item, tuple) and item else item
            if isinstance(item, Guarded):
                item = item.pattern
            if isinstance(item, re.Pattern):
                yield item


def _readers() -> Iterator[tuple[str, ScopeRules | FactReader]]:
    e = engine()
    for code in e.kb.languages:
        reader = e.reader(code)
        yield code, reader.scope
        yield code, reader.facts


def test_gated_cues_and_facts_match_as_written() -> None:
    gated = checked = 0
    for code, rules in _readers():
        for pattern in _patterns(rules):
            plain = _plain(pattern)
            gated += plain.pattern != pattern.pattern
            for text in TEXTS:
                assert [m.span() for m in pattern.finditer(text)] == [
                    m.span() for m in plain.finditer(text)
                ], (code, plain.pattern[:80], text)
                # a match asked for at one place, as the readers do, is the same there
                for pos in range(0, len(text), 7):
                    got, want = pattern.match(text, pos), plain.match(text, pos)
                    assert (got and got.span()) == (want and want.span()), (code, text, pos)
                    # and a search of the text before a place ("for" before a number)
                    got, want = pattern.search(text, 0, pos), plain.search(text, 0, pos)
                    assert (got and got.span()) == (want and want.span()), (code, text, pos)
                checked += 1
    assert gated > 100 and checked > 5000


def test_gated_markers_count_as_written() -> None:
    """Language detection's marker words for lower-cased text, gated: the same overlapping
    markers found as the pattern as written."""
    detector = engine().detector
    assert detector._lower_markers
    for code, fast in detector._lower_markers.items():
        plain = re.compile(_overlapping(detector.markers[code].pattern))
        assert fast.pattern != plain.pattern
        for text in TEXTS:
            low = text.lower()
            assert fast.findall(low) == plain.findall(low), (code, text)

"""Finding patterns compiled for one language, with a cheap test that skips most of them.

A pattern is a regular expression over normalised text with two shorthands: ``~N `` is a gap
of up to N words that never crosses punctuation or one of the language's ``gap_stops`` (so
"sore throat and chest infection" is not chest pain), and upper-case word classes (``PAIN``,
``POSS``) come from the language's ``macros``. Each finding becomes one regex; the literal
words at least one of which any match must contain are read off the regex's parse tree, so
a message that has none of them skips that finding with a substring test.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from selfcare.assistant.knowledge.schema import FindingWords, LanguageSpec

_sre: Any = importlib.import_module("re._parser")
_MIN_LITERAL = 3


class PatternError(ValueError):
    def __init__(self, finding: str, pattern: str, reason: str) -> None:
        super().__init__(f"{finding}: pattern {pattern!r} does not compile: {reason}")
        self.finding = finding


def _required(seq: Any) -> frozenset[str] | None:
    """Literal strings of which at least one must occur for ``seq`` to match, if known."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= _MIN_LITERAL:
            options.append(frozenset({"".join(run)}))
        run.clear()

    for op, av in seq:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        flush()
        sub: frozenset[str] | None = None
        if name == "SUBPATTERN":
            sub = _required(av[3])
        elif name == "BRANCH":
            parts = [_required(branch) for branch in av[1]]
            if all(p is not None for p in parts):
                sub = frozenset().union(*(p for p in parts if p is not None))
        elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
            sub = _required(av[2])
        if sub:
            options.append(sub)
    flush()
    if not options:
        return None
    return min(options, key=lambda o: (len(o), -min(map(len, o))))


def prefilter(pattern: re.Pattern[str]) -> frozenset[str] | None:
    try:
        return _required(_sre.parse(pattern.pattern))
    except Exception:  # an unusual construct: never skip that pattern
        return None


@dataclass(frozen=True, slots=True)
class Compiled:
    pattern: re.Pattern[str]
    needs: frozenset[str] | None  # skip unless one of these occurs in the text

    def possible(self, text: str) -> bool:
        return self.needs is None or any(word in text for word in self.needs)


class Lexicon:
    """Every finding's words for one language, compiled (see the module docstring)."""

    def __init__(self, spec: LanguageSpec, words: Mapping[str, FindingWords]) -> None:
        self._macros = sorted(spec.macros.items(), key=lambda kv: -len(kv[0]))
        gap = rf"(?!(?:{spec.scope.gap_stops}) )[^\W_][\w%/+.-]*"
        self._gap = gap
        self.findings: dict[str, Compiled] = {}
        self.absent: dict[str, Compiled] = {}
        self.labels = {name: w.label for name, w in words.items()}
        for name, w in words.items():
            self.findings[name] = self._compile(name, w.words)
            if w.absent:
                self.absent[name] = self._compile(name, w.absent)

    def expand(self, pattern: str) -> str:
        for name, value in self._macros:
            pattern = pattern.replace(name, value)
        return re.sub(r"~(\d+) ", lambda m: rf"(?:{self._gap} ){{0,{m.group(1)}}}", pattern)

    def _compile(self, name: str, patterns: tuple[str, ...]) -> Compiled:
        for p in patterns:
            try:
                re.compile(self.expand(p))
            except re.error as exc:
                raise PatternError(name, p, str(exc)) from None
        body = "|".join(f"(?:{self.expand(p)})" for p in patterns)
        compiled = re.compile(rf"(?<![^\W_])(?:{body})(?![^\W_])")
        return Compiled(compiled, prefilter(compiled))

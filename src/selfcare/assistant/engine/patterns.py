"""Finding patterns compiled once and kept between runs, so the engine loads in well under
a second however many phrasings the languages grow.

Python's ``re`` parses and compiles a pattern in Python code: a language's finding patterns
(hundreds of kilobytes once the word classes and gaps are expanded) take seconds — at
start-up for English, on the first message for any other language. A compiled pattern
cannot be pickled (only its source is kept), so the store keeps what ``re``'s own compiler
hands to ``_sre.compile`` — the code list — and rebuilds each pattern from it in
microseconds: the very object ``re.compile`` makes (patterns compare equal by their code,
and a test checks every finding's). It keeps what :func:`.lexicon.analyse` reads off each
pattern too. A file is keyed by the exact Python (the code format is internal to it), the
lexicon's own code and the knowledge base; anything unexpected — no cache directory, a file
that does not load, a code list ``_sre`` refuses — falls back to compiling as usual.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import sys
from array import array
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from selfcare.assistant.engine import lexicon
from selfcare.assistant.knowledge.loader import read_cache, read_newest_cache, write_cache

_sre: Any = importlib.import_module("_sre")
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")

# The code list is kept as the bytes of an array of code words (``_sre.CODESIZE`` bytes
# each): marshal reads bytes at once and an array makes the list fast, where reading a
# marshalled list of millions of numbers was most of loading a language's patterns.
_CODE_TYPE = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
_EXPANDED = "\x00"  # the prefix of an expansion's key (no regex source starts with NUL)

# Characters ``re`` matches case-insensitively by more than their lower case (ſ and s, the
# Kelvin sign and k, final and medial sigma…): without them, and without İ (whose lower case
# is two characters), a lower-cased text matched case-sensitively gives the same matches as
# the text matched with IGNORECASE, and several times faster (``re`` skips most of a word
# list on its first letter only when the case is exact).
_CASEFIX: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
UNUSUAL_CASE = frozenset(
    chr(c) for key, others in _CASEFIX.items() for c in (key, *others) if c > 127
)
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})

Analysed = tuple[re.Pattern[str], frozenset[str] | None, frozenset[str] | None]


def _code_tag() -> str:
    # What the kept entries are made by: the lexicon (expansions, analyses), this module and
    # the normaliser (topic aliases are kept normalised).
    here = Path(__file__).parent
    source = b"".join((here / f).read_bytes() for f in ("lexicon.py", "patterns.py", "text.py"))
    what = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode() + source
    return hashlib.sha256(what).hexdigest()[:12]


class PatternStore:
    """Compiled finding patterns for one language; ``name`` None keeps nothing on disk."""

    def __init__(
        self, name: str | None = None, kind: str | None = None, seed: str | None = None
    ) -> None:
        self.name = name
        self.kind = kind
        loaded = read_cache(name) if name else None
        self._dirty = False
        # Keys this store used, when it started from another file's entries (None: all are).
        self._used: set[str] | None = None
        if not isinstance(loaded, dict) and seed:
            # A knowledge base changed since the last run still has most of its patterns in
            # the newest file kept for this part (entries are keyed by all they are made
            # from, so any file's are right): start from it, and keep only what is used.
            loaded = read_newest_cache(seed)
            if isinstance(loaded, dict):
                self._used, self._dirty = set(), True
        self._entries: dict[str, tuple[Any, ...]] = loaded if isinstance(loaded, dict) else {}

    @classmethod
    def open(cls, part: str, knowledge: str) -> PatternStore:
        """The store for one part (a language's words, the safety net) of the knowledge
        base with digest ``knowledge``."""
        kind = f"patterns-{part}-"
        if not knowledge:
            return cls(None, kind)
        same_code = f"{kind}{_code_tag()}-"
        return cls(f"{same_code}{knowledge}.marshal", kind, seed=same_code)

    def compile(self, source: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(source, flags)``; raises ``re.error``."""
        return self._get(source, int(flags), analyse=False)[0]

    def finding(self, source: str) -> Analysed:
        """A finding's pattern, with its :func:`.lexicon.analyse`; raises ``re.error``."""
        return self._get(source, 0, analyse=True)

    def exact_case(self, source: str, *, gate: bool = False) -> re.Pattern[str] | None:
        """``source`` meant with IGNORECASE, compiled case-sensitively for lower-cased text
        that holds none of :data:`UNUSUAL_CASE`: the same matches there, faster. None when a
        part of it may match other than its own lower case (an upper-case letter, a range
        whose letters lower-case out of it, a back-reference, an inline flag). ``gate``: tried
        only where a match may begin (:func:`.lexicon.gated`: the same matches)."""
        free = self.expansion(f"case-free\x1f{source}", lambda: "1" if _case_free(source) else "")
        if not free:
            return None
        return self.compile(self.gated_source(source) if gate else source)

    def gated_source(self, source: str) -> str:
        """:func:`.lexicon.gated` of ``source``, kept with the compiled patterns."""
        return self.expansion(f"gated\x1f{source}", lambda: lexicon.gated(source))

    def expansion(self, key: str, make: Callable[[], str]) -> str:
        """``make()``, kept under ``key`` (all its inputs) with the compiled patterns."""
        key = _EXPANDED + key
        self._use(key)
        entry = self._entries.get(key)
        if entry is not None and len(entry) == 1 and isinstance(entry[0], str):
            return entry[0]
        value = make()
        self._entries[key] = (value,)
        self._dirty = True
        return value

    def _use(self, key: str) -> None:
        if self._used is not None:
            self._used.add(key)

    def _get(self, source: str, flags: int, *, analyse: bool) -> Analysed:
        # One entry per (source, flags): the safety net compiles each statement both with
        # IGNORECASE and without (exact_case); under one key each would undo the other's.
        key = _key(source, flags)
        self._use(key)
        entry = self._entries.get(key)
        if entry is not None and entry[0] == flags:
            try:
                _, final, kept, groups, groupindex, names, needs, begins = entry
                code = array(_CODE_TYPE, kept).tolist()
                pattern = _sre.compile(source, final, code, groups, groupindex, names)
                return pattern, _set(needs), _set(begins)
            except (TypeError, ValueError, RuntimeError, OverflowError):  # not this Python's
                pass
        tree = _parser.parse(source, flags)  # raises re.error for a bad pattern
        needs, begins = lexicon.analyse_tree(tree) if analyse else (None, None)
        try:  # what re._compiler.compile does, keeping the code it makes
            code = [int(op) for op in _compiler._code(tree, flags)]
            groupindex = dict(tree.state.groupdict)
            indexgroup: list[str | None] = [None] * tree.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
            final = int(flags | tree.state.flags)
            groups = tree.state.groups - 1
            pattern = _sre.compile(source, final, code, groups, groupindex, tuple(indexgroup))
        except Exception:  # a Python whose re works differently inside: compile as usual
            return re.compile(source, flags), needs, begins
        self._entries[key] = (
            flags,
            final,
            array(_CODE_TYPE, code).tobytes(),
            groups,
            groupindex,
            tuple(indexgroup),
            None if needs is None else tuple(sorted(needs)),
            None if begins is None else tuple(sorted(begins)),
        )
        self._dirty = True
        return pattern, needs, begins

    def save(self) -> None:
        """Write what was compiled, if anything new was (silently not, when unwritable)."""
        if self.name and self._dirty:
            used = self._used
            kept = (
                self._entries
                if used is None
                else {k: self._entries[k] for k in used & self._entries.keys()}
            )
            write_cache(self.name, kept, self.kind)
            self._dirty = False


def _key(source: str, flags: int) -> str:
    """Where a compiled pattern is kept: its source, prefixed by its flags when it has any
    (a regex source starts with neither NUL, the expansions' prefix, nor SOH)."""
    return f"\x01{flags}\x1f{source}" if flags else source


def _case_free(source: str) -> bool:
    """Whether every character ``source`` matches with IGNORECASE in a lower-cased text
    (without :data:`UNUSUAL_CASE`) it also matches without: see :meth:`PatternStore.exact_case`."""
    tree = _parser.parse(source)
    return tree.state.flags & ~int(re.UNICODE) == 0 and _seq_case_free(tree)


def _lower(c: int) -> bool:
    return _sre.unicode_tolower(c) == c and chr(c) not in UNUSUAL_CASE


def _seq_case_free(seq: Any) -> bool:
    for op, av in seq:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            ok = _lower(av)
        elif name == "IN":  # each letter's lower case in the class too: [a-z], not [A-z]
            ok = all(
                str(o) in ("NEGATE", "CATEGORY")
                or (str(o) == "LITERAL" and _lower(a))
                or (
                    str(o) == "RANGE"
                    and all(
                        a[0] <= _sre.unicode_tolower(c) <= a[1] and chr(c) not in UNUSUAL_CASE
                        for c in range(a[0], a[1] + 1)
                    )
                )
                for o, a in av
            )
        elif name in ("ANY", "AT", "CATEGORY"):
            ok = True
        elif name == "SUBPATTERN":
            ok = not (av[1] or av[2]) and _seq_case_free(av[3])
        elif name == "BRANCH":
            ok = all(_seq_case_free(branch) for branch in av[1])
        elif name in _REPEATS:
            ok = _seq_case_free(av[2])
        elif name in ("ASSERT", "ASSERT_NOT"):
            ok = _seq_case_free(av[1])
        elif name == "ATOMIC_GROUP":
            ok = _seq_case_free(av)
        else:  # a back-reference, a conditional group
            ok = False
        if not ok:
            return False
    return True


def _set(values: tuple[str, ...] | None) -> frozenset[str] | None:
    return None if values is None else frozenset(values)


@cache
def _shared() -> PatternStore:
    kind = "patterns-shared-"
    return PatternStore(f"{kind}{_code_tag()}.marshal", kind)


def compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` through the store shared by the languages' other patterns (scope cues,
    facts, normalising, markers, commands), kept between runs like the findings'."""
    return _shared().compile(source, flags)


def gated(source: str) -> re.Pattern[str]:
    """:func:`compile` of ``source`` (case-sensitive, no flags) tried only where a match may
    begin (:func:`.lexicon.gated`: the same matches), the gated source kept with the
    patterns."""
    return _shared().compile(gated_source(source))


def gated_source(source: str) -> str:
    """:func:`.lexicon.gated`, kept with the patterns."""
    return _shared().gated_source(source)


def analysed(source: str) -> Analysed:
    """:func:`compile`, with what :func:`.lexicon.analyse` reads off the pattern (nothing
    when the pattern sets its own ignore-case flag: its words may then be in any case)."""
    pattern, needs, begins = _shared().finding(source)
    if pattern.flags & re.IGNORECASE:
        return pattern, None, None
    return pattern, needs, begins


def save() -> None:
    """Write the shared store if anything new was compiled."""
    _shared().save()

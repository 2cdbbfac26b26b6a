"""Finding patterns compiled for one language, with a cheap test that skips most of them.

A pattern is a regular expression over normalised text with two shorthands: ``~N `` is a gap
of up to N words that never crosses punctuation or one of the language's ``gap_stops`` (so
"sore throat and chest infection" is not chest pain) and does not count its ``gap_light``
words (articles, prepositions, "very"); it takes as few words as it needs, so a finding's
span ends where its words do (scope cues after it are measured from there). Upper-case word
classes (``PAIN``, ``POSS``) come from the language's ``macros``. An optional word beside a
space may be left out with its space (``descarga (?:electrica)?`` matches "descarga":
:func:`optional_spaces`). Each finding becomes one regex; the literal
words at least one of which any match must contain are read off the regex's parse tree, so
a message that has none of them skips that finding with a substring test.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from selfcare.assistant.knowledge.schema import FindingWords, LanguageSpec

if TYPE_CHECKING:
    from selfcare.assistant.engine.patterns import PatternStore

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
        if name == "SUBPATTERN" and not (av[1] or av[2]):  # with inline flags: not known
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


PREFIX = 5  # a match's first characters, looked up where each word starts
_MAX_PREFIXES = 400  # more possible beginnings than this: try every word start
_MAX_CLASS = 64  # a character class wider than this may start with anything
_ZERO_WIDTH = frozenset({"ASSERT", "ASSERT_NOT", "AT"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
_UNKNOWN: frozenset[tuple[str, bool]] = frozenset({("", False)})
# ``\d`` in a beginning: it stands for any digit (what ``\d`` matches: ``str.isdecimal``),
# always last (what follows a digit class is not followed); never in a normalised text.
DIGIT = "\x00"

Starts = frozenset[tuple[str, bool]]  # (beginning, whether the item's match is exactly it)


def _class(items: Any) -> Starts:
    """A ``[...]`` class: its characters when it is a short list of letters and ranges."""
    out: set[tuple[str, bool]] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add((chr(av), True))
        elif name == "RANGE" and av[1] - av[0] < _MAX_CLASS:
            out.update((chr(c), True) for c in range(av[0], av[1] + 1))
        elif name == "CATEGORY" and str(av) == "CATEGORY_DIGIT":
            out.add((DIGIT, False))  # any digit, what follows not told
        else:  # negated, another category (\w), a wide range
            return _UNKNOWN
    return frozenset(out)


def _starts(seq: Any) -> Starts:
    """How a match of ``seq`` can begin: strings of up to :data:`PREFIX` characters, each
    flagged when it is the whole match. Every match begins with one of them; a string cut
    short ("" at worst) where what follows cannot be told. Assertions are skipped: a
    superset of the beginnings is always safe."""
    current: set[tuple[str, bool]] = {("", True)}
    for op, av in seq:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        if name == "LITERAL":
            item: Starts = frozenset({(chr(av), True)})
        elif name == "IN":
            item = _class(av)
        elif name == "SUBPATTERN":
            item = _UNKNOWN if av[1] or av[2] else _starts(av[3])  # inline flags: unknown
        elif name == "BRANCH":
            item = frozenset().union(*(_starts(branch) for branch in av[1]))
        elif name in _REPEATS:
            once = _starts(av[2])
            item = once if av[1] == 1 else frozenset((t, False) for t, _ in once)
            if av[0] == 0:
                item |= {("", True)}
        else:  # any character, a back-reference…
            item = _UNKNOWN
        grown: set[tuple[str, bool]] = set()
        for head, whole in current:
            if not whole or len(head) >= PREFIX:
                grown.add((head[:PREFIX], False))
                continue
            for tail, tail_whole in item:
                joined = head + tail
                grown.add((joined[:PREFIX], tail_whole and len(joined) <= PREFIX))
        current = grown
        if len(current) > _MAX_PREFIXES:
            return _shortened(current)
        if not any(whole and len(head) < PREFIX for head, whole in current):
            break
    return frozenset(current)


def _shortened(starts: set[tuple[str, bool]]) -> Starts:
    """Too many beginnings to list: the longest shorter beginnings that are few enough
    (each a beginning of some of them, so every match still begins with one), else unknown."""
    for n in range(PREFIX - 1, 0, -1):
        cut = {(head[:n], False) for head, _ in starts}
        if ("", False) in cut:
            break
        if len(cut) <= _MAX_PREFIXES:
            return frozenset(cut)
    return _UNKNOWN


def analyse(pattern: re.Pattern[str]) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """What a text must hold for ``pattern`` to match: one of some literal words (``needs``),
    and one of some beginnings (``begins``: up to :data:`PREFIX` characters) at a word start.
    None where it cannot be told."""
    if pattern.flags & re.IGNORECASE:
        return None, None
    try:
        tree = _sre.parse(pattern.pattern)
    except Exception:  # an unusual construct: never skip that pattern
        return None, None
    return analyse_tree(tree)


def analyse_tree(tree: Any) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """:func:`analyse` of a pattern already parsed (without flags)."""
    begins = {h for h, _ in _starts(tree)}
    # It may match anything or nothing, or begin with a space (only words are indexed).
    if "" in begins or any(h[0].isspace() for h in begins):
        return _required(tree), None
    return _required(tree), frozenset(begins)


_AT_START = frozenset({"AT_BEGINNING", "AT_BEGINNING_STRING"})


def _anchored(seq: Any) -> bool:
    """Whether every match of ``seq`` begins at the start of the text (``^``, ``\\A``)."""
    if not seq:
        return False
    op, av = seq[0]
    name = str(op)
    if name == "AT":
        return str(av) in _AT_START
    if name == "SUBPATTERN" and not (av[1] or av[2]):
        return _anchored(av[3])
    return name == "BRANCH" and all(_anchored(branch) for branch in av[1])


def _located(seq: Any) -> tuple[bool, frozenset[str]] | None:
    """Where a match of ``seq`` may begin: (at the text's start, the beginnings it may
    have anywhere else), each alternative on its own; None where it cannot be told."""
    if _anchored(seq):
        return True, frozenset()
    if len(seq) == 1:
        op, av = seq[0]
        if str(op) == "SUBPATTERN" and not (av[1] or av[2]):
            return _located(av[3])
        if str(op) == "BRANCH":
            at_start, begins = False, set[str]()
            for branch in av[1]:
                found = _located(branch)
                if found is None:
                    return None
                at_start |= found[0]
                begins |= found[1]
            return at_start, frozenset(begins)
    begins = {head for head, _ in _starts(seq)}
    if "" in begins:
        return None
    return False, frozenset(begins)


def _trie(heads: Collection[str]) -> str:
    """A regex matching exactly the strings that begin with one of ``heads`` (none empty),
    written as a tree of their characters so ``re`` tests one branch per first character."""
    tails: dict[str, list[str]] = {}
    for head in heads:
        if not head:
            return ""  # a shorter beginning: anything may follow
        tails.setdefault(head[0], []).append(head[1:])
    out = []
    for first, rest in sorted(tails.items()):
        sub = _trie(rest)
        out.append((r"\d" if first == DIGIT else re.escape(first)) + (f"(?:{sub})" if sub else ""))
    return "|".join(out)


def gated(source: str) -> str:
    """``source`` (case-sensitive, no flags) with a zero-width test in front that lets it
    try only where one of its alternatives may begin: at the text's start for one anchored
    there (``^``), else where the text has one of the beginnings :func:`_starts` reads off
    it. The same matches (the test is true wherever a match begins, and consumes nothing);
    ``re`` otherwise tries every alternative of a long statement at every position, which
    for a message in another language is nearly all of reading it. ``source`` as it is
    where a beginning cannot be told."""
    try:
        tree = _sre.parse(source)
    except Exception:  # an unusual construct: left as it is
        return source
    if tree.state.flags & (re.IGNORECASE | re.MULTILINE):
        return source
    found = _located(tree)
    if found is None:
        return source
    at_start, begins = found
    tests = [f"(?={_trie(begins)})"] if begins else []
    if at_start:
        tests.append(r"\A")
    return f"(?:{'|'.join(tests)})(?:{source})"


_WORD_START = re.compile(r"(?<![^\W_])\S")


def word_heads(text: str) -> list[tuple[int, str]]:
    r"""Each word start of ``text`` in order (where a finding may begin: every pattern starts
    with ``(?<![^\W_])``), with the next :data:`PREFIX` characters there."""
    return [(pos, text[pos : pos + PREFIX]) for pos in map(_start, _WORD_START.finditer(text))]


def _start(m: re.Match[str]) -> int:
    return m.start()


def may_match(needs: frozenset[str] | None, text: str) -> bool:
    """Whether ``text`` holds one of the literal words a pattern's every match holds
    (``needs``, read off the pattern by :func:`analyse`; None: not known, so yes).
    A substring test that skips most patterns for most messages; map() keeps the loop over
    ``in`` in C, as it runs for hundreds of patterns per message."""
    return needs is None or any(map(text.__contains__, needs))


@dataclass(frozen=True, slots=True)
class Compiled:
    pattern: re.Pattern[str]
    needs: frozenset[str] | None  # skip unless one of these occurs in the text
    begins: frozenset[str] | None = None  # a match begins with one of these, if known

    def possible(self, text: str) -> bool:
        return may_match(self.needs, text)


def _group_end(pattern: str, start: int) -> int:
    """The index of the ``)`` closing the group opened at ``start``, or -1."""
    depth = 0
    i = start
    in_class = False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern.startswith(("[^]", "[]"), i):  # a "]" first in a class is literal
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


_GAP_END = re.compile(r"~\d+$")


def _alternative_ends(pattern: str, at: int) -> bool:
    return at >= len(pattern) or pattern[at] in "|)"


def optional_spaces(pattern: str) -> str:
    r"""Words said or not, written as an optional group beside a space, made to match
        without the space too: normalised text has one space between words, so in
        ``descarga (?:electrica)?`` the space is required even when the group is absent, and the
        pattern never matched "descarga" at the end of a message. The space moves into the
        group: ``descarga(?: (?:electrica))?``, ``a(?: (?:b))? c``, and at an alternative's start
        ``(?:(?:muy) )?dolor``. A group ending in its own space (``dolor (?:de )?cabeza``) is
        already right and left alone. After a gap, an optional group ending the alternative takes
    the gap with it: ``a ~3 (?:x)?`` is ``a(?: ~3 (?:x))?``, "a" alone or "a" then "x"."""
    out: list[str] = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if c == "[":  # a character class: copied as it is
            end = i + 1
            end += 1 if pattern.startswith("^", end) else 0
            end += 1 if pattern.startswith("]", end) else 0
            while end < n and pattern[end] != "]":
                end += 2 if pattern[end] == "\\" else 1
            out.append(pattern[i : end + 1])
            i = end + 1
            continue
        if (c == "(" and not pattern.startswith("(?", i)) or pattern.startswith("(?:", i):
            close = _group_end(pattern, i)
            optional = close > 0 and pattern.startswith("?", close + 1)
            if optional and not pattern.startswith("??", close + 1):
                inner = optional_spaces(pattern[i + 1 : close])
                group = pattern[i] + inner + ")"
                after = close + 2
                gap = _GAP_END.search("".join(out[-4:-1]))
                spaced_before = bool(out) and out[-1] == " " and gap is None
                if gap is not None and out[-1] == " " and _alternative_ends(pattern, after):
                    # A gap and an optional ending, "a ~3 (?:x)?": the gap and its space
                    # go into the group, "a(?: ~3 (?:x))?", so "a" alone matches too.
                    words = len(gap.group(0)) + 1
                    if len(out) > words and out[-words - 1] == " ":
                        del out[-words - 1 :]
                        out.append(f"(?: {gap.group(0)} {group})?")
                        i = after
                        continue
                at_start = not out or out[-1] in ("|", "(?:", "(")
                if (
                    spaced_before
                    and not inner.endswith(" ")
                    and (_alternative_ends(pattern, after) or pattern.startswith(" ", after))
                ):
                    out[-1] = f"(?: {group})?"
                    i = after
                    continue
                if at_start and pattern.startswith(" ", after) and not inner.startswith(" "):
                    out.append(f"(?:{group} )?")
                    i = after + 1
                    continue
            if pattern.startswith("(?:", i):
                out.append("(?:")
                i += 3
                continue
        out.append(c)
        i += 1
    return "".join(out)


class Expander:
    """A language's macros, gaps and optional spaces: how its phrasings become regex source."""

    def __init__(self, spec: LanguageSpec) -> None:
        self._macros = sorted(spec.macros.items(), key=lambda kv: -len(kv[0]))
        stops, light = spec.scope.gap_stops, spec.scope.gap_light
        word = r"[^\W_][\w%/+.-]*"
        if light:
            # Light words (articles, prepositions, "very") do not count towards a gap, two at
            # a time: "dolor bien fuerte en el pecho" is PAIN ~3 pecho. Light and counted
            # words are disjoint, so the regex never has two ways to read one word.
            free = rf"(?:(?!(?:{stops}) )(?:{light}) ){{0,2}}"
            self._gap = rf"{free}(?:(?!(?:{stops}|{light}) ){word} {free}){{0,{{n}}}}?"
        else:
            self._gap = rf"(?:(?!(?:{stops}) ){word} ){{0,{{n}}}}?"

    def expand(self, pattern: str) -> str:
        for name, value in self._macros:
            pattern = pattern.replace(name, value)
        pattern = optional_spaces(pattern)
        return re.sub(r"~(\d+) ", lambda m: self._gap.replace("{n}", m.group(1)), pattern)

    def source(self, patterns: tuple[str, ...]) -> str:
        """One finding's phrasings expanded and joined into the regex that finds them."""
        body = "|".join(f"(?:{self.expand(p)})" for p in patterns)
        return rf"(?<![^\W_])(?:{body})(?![^\W_])"

    def key(self, patterns: tuple[str, ...]) -> str:
        """All that :meth:`source` makes its result from."""
        return "\x1f".join((self._gap, *(v for _, v in self._macros), *patterns))


class Lexicon:
    """Every finding's words for one language, compiled (see the module docstring)."""

    def __init__(
        self,
        spec: LanguageSpec,
        words: Mapping[str, FindingWords],
        store: PatternStore | None = None,
    ) -> None:
        self.expander = Expander(spec)
        self.findings: dict[str, Compiled] = {}
        self.absent: dict[str, Compiled] = {}
        self.labels = {name: w.label for name, w in words.items()}
        for name, w in words.items():
            self.findings[name] = self._compile(name, w.words, store)
            if w.absent:
                self.absent[name] = self._compile(name, w.absent, store)

    def _compile(
        self, name: str, patterns: tuple[str, ...], store: PatternStore | None
    ) -> Compiled:
        expander = self.expander
        try:
            if store is not None:
                # Expanding macros, gaps and optional spaces is a tenth of a cold start:
                # the store keeps the result with the compiled pattern.
                made = store.expansion(expander.key(patterns), lambda: expander.source(patterns))
                return Compiled(*store.finding(made))
            compiled = re.compile(expander.source(patterns))
        except re.error:
            for p in patterns:  # which one, for the message
                try:
                    re.compile(expander.expand(p))
                except re.error as exc:
                    raise PatternError(name, p, str(exc)) from None
            raise
        return Compiled(compiled, *analyse(compiled))

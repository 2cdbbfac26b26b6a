"""``selfcare kb check``: every problem in the knowledge base, listed at once.

Beyond what :func:`selfcare.assistant.knowledge.loader.read` checks (shapes, ids, cross-
references, every language complete or deliberately falling back), this compiles every
pattern of every language and of the safety net (each net pattern also sanity-checked: one
that can never match, that matches the empty string or an everyday message saying nothing is
a mistake), checks every ``say`` line renders in every voice, and every named check a red
flag uses exists.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

from selfcare.assistant.engine.checks import CHECKS
from selfcare.assistant.engine.lexicon import Lexicon, PatternError
from selfcare.assistant.engine.patterns import PatternStore
from selfcare.assistant.engine.scope import ScopeRules
from selfcare.assistant.knowledge import voices
from selfcare.assistant.knowledge.loader import ROOT, Knowledge, Problem, read

# The parser and its constants, as engine/patterns.py reads them (private in the standard library).
sre_parse: Any = importlib.import_module("re._parser")
sre_constants: Any = importlib.import_module("re._constants")

# Messages that say nothing: a safety-net pattern matching one of them would answer "ok" with
# the emergency number.
EVERYDAY = ("ok", "hello", "thanks", "yes", "no", "hi there", "good morning", "?", "1")


def _language_problems(k: Knowledge) -> list[Problem]:
    out: list[Problem] = []
    for code, language in k.languages.items():
        folder = k.root / "languages" / code
        # Through the engine's store: a pattern kept there has compiled before, and one new
        # since is compiled (and kept) here, so only what changed costs a compile.
        store = PatternStore.open(language.spec.base or code, k.digest)
        try:
            Lexicon(language.spec, language.findings, store)
        except PatternError as exc:
            out.append(Problem(folder / "findings", str(exc)))
        store.save()
        try:
            ScopeRules(language.spec.scope)
        except re.error as exc:
            out.append(Problem(folder / "language.yaml", f"scope: a cue does not compile: {exc}"))
        for flag_id, said in language.red_flags.items():
            for problem in voices.problems(said.say, language.spec.voices):
                out.append(Problem(folder / "red_flags", f"{flag_id}: say: {problem}"))
    return out


def _net_problems(k: Knowledge) -> list[Problem]:
    """Every safety-net pattern compiled (through the engine's store, as it uses them) and
    sanity-checked, each problem naming its file and record (statement)."""
    out: list[Problem] = []
    store = PatternStore.open("safety_net", k.digest)
    for code, net in k.safety_net.items():
        path = k.root / "safety_net" / f"{code}.yaml"
        named: list[tuple[str, str]] = [
            (f"statements: {kind}: pattern {i}", pattern)
            for kind, patterns in net.statements.items()
            for i, pattern in enumerate(patterns, 1)
        ]
        named += [
            (n, p)
            for n, p in (
                ("markers", net.markers),
                ("negation", net.negation),
                ("negation_after", net.negation_after),
                ("history", net.history),
            )
            if p
        ]
        for where, pattern in named:
            problem = _pattern_problem(store, pattern, statement=where.startswith("statements"))
            if problem:
                out.append(Problem(path, f"{where}: {problem}: {pattern[:80]!r}"))
    store.save()
    return out


def _pattern_problem(store: PatternStore, source: str, *, statement: bool) -> str | None:
    try:
        compiled = store.compile(source, re.IGNORECASE)
    except re.error as exc:
        return f"does not compile ({exc})"
    if compiled.search("") is not None:
        return "matches the empty string (so every message)"
    if statement:
        said = [text for text in EVERYDAY if compiled.search(text)]
        if said:
            return f"matches an everyday message that says nothing ({said[0]!r})"
    tree = sre_parse.parse(source, re.IGNORECASE)
    if _never(list(tree)):
        return "can never match"
    dead = [i for i, alt in enumerate(_alternatives(list(tree)), 1) if _never(alt)]
    if dead:
        return f"alternative {dead[0]} can never match"
    return None


def _alternatives(items: list[Any]) -> list[list[Any]]:
    """The top-level alternatives of a parsed pattern ("a|b|c"), or none if it has one."""
    if len(items) == 1 and items[0][0] is sre_constants.BRANCH:
        return [list(alt) for alt in items[0][1][1]]
    return []


def _never(items: list[Any], consumed: bool = False) -> bool:
    """Whether a parsed sequence can never match: a start anchor after a character must be
    read, a character that must be read after an end anchor, a class that holds nothing,
    an empty negative lookahead (``(?!)``), or a group or alternation made only of such."""
    ended = False
    for op, av in items:
        if op is sre_constants.AT:
            if av in (sre_constants.AT_BEGINNING, sre_constants.AT_BEGINNING_STRING) and consumed:
                return True
            if av in (sre_constants.AT_END, sre_constants.AT_END_STRING):
                ended = True
            continue
        if op is sre_constants.IN and _empty_class(av):
            return True
        if op is sre_constants.ASSERT_NOT and not list(av[1]):
            return True
        if op is sre_constants.BRANCH and all(_never(list(alt), consumed) for alt in av[1]):
            return True
        if op is sre_constants.SUBPATTERN and _never(list(av[-1]), consumed):
            return True
        repeat = op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)
        if repeat and av[0] > 0 and _never(list(av[2]), consumed):
            return True
        low = sre_parse.SubPattern(sre_parse.State(), [(op, av)]).getwidth()[0]
        if low > 0:
            if ended:
                return True
            consumed = True
    return False


def _empty_class(items: list[Any]) -> bool:
    """``[^\\s\\S]`` and the like: a negated class holding a category and its opposite."""
    if not items or items[0][0] is not sre_constants.NEGATE:
        return False
    cats = {av for op, av in items if op is sre_constants.CATEGORY}
    pairs = (
        (sre_constants.CATEGORY_SPACE, sre_constants.CATEGORY_NOT_SPACE),
        (sre_constants.CATEGORY_DIGIT, sre_constants.CATEGORY_NOT_DIGIT),
        (sre_constants.CATEGORY_WORD, sre_constants.CATEGORY_NOT_WORD),
    )
    return any(a in cats and b in cats for a, b in pairs)


def _check_names(k: Knowledge) -> list[Problem]:
    out: list[Problem] = []
    for flag in k.red_flags.values():
        for row in flag.when:
            for name in (row.check, row.not_check):
                if name is not None and name not in CHECKS:
                    out.append(Problem(k.root / "red_flags", f"{flag.id}: no check {name!r}"))
    return out


def check(root: Path = ROOT) -> tuple[Knowledge, list[Problem]]:
    knowledge, problems = read(root)
    return knowledge, [
        *problems,
        *_check_names(knowledge),
        *_language_problems(knowledge),
        *_net_problems(knowledge),
    ]

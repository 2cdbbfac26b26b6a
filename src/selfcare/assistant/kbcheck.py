"""``selfcare kb check``: every problem in the knowledge base, listed at once.

Beyond what :func:`selfcare.assistant.knowledge.loader.read` checks (shapes, ids, cross-
references, every language complete or deliberately falling back), this compiles every
pattern of every language, checks every ``say`` line renders in every voice, and every
named check a red flag uses exists.
"""

from __future__ import annotations

import re
from pathlib import Path

from selfcare.assistant.engine.checks import CHECKS
from selfcare.assistant.engine.lexicon import Lexicon, PatternError
from selfcare.assistant.engine.patterns import PatternStore
from selfcare.assistant.engine.scope import ScopeRules
from selfcare.assistant.knowledge import voices
from selfcare.assistant.knowledge.loader import ROOT, Knowledge, Problem, read


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
    return knowledge, problems + _check_names(knowledge) + _language_problems(knowledge)

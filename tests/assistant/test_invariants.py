"""The safety invariants (:mod:`selfcare.assistant.invariants`) hold over the whole knowledge
base, in every language: each generated check is one test case."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from selfcare.assistant import Assistant
from selfcare.assistant import invariants as inv
from selfcare.assistant.engine import engine
from selfcare.assistant.kbcheck import check as kb_check
from selfcare.assistant.knowledge.loader import REFERENCE

ENGINE = engine()
ASSISTANT = Assistant("44")
LANGUAGES = [lang for lang in ENGINE.kb.languages.values() if lang.spec.base is None]


def cases(checks: Iterable[inv.Check]) -> list[object]:
    return [pytest.param(c, id=c.case) for c in checks]


def test_the_knowledge_base_has_no_problems() -> None:
    _, problems = kb_check()
    assert not problems, "\n".join(str(p) for p in problems[:30])


@pytest.mark.parametrize(
    "check", cases(c for lang in LANGUAGES for c in inv.said_back_lines(ENGINE, lang))
)
def test_every_warning_line_said_back_reaches_its_level(check: inv.Check) -> None:
    assert check.passed, check.detail


@pytest.mark.parametrize(
    "check", cases(c for lang in LANGUAGES for c in inv.examples(ENGINE, lang))
)
def test_every_example_reaches_its_level(check: inv.Check) -> None:
    assert check.passed, check.detail


@pytest.mark.parametrize(
    "check", cases(c for lang in LANGUAGES for c in inv.answers(ASSISTANT, lang))
)
def test_a_warning_line_given_as_an_answer_is_an_emergency(check: inv.Check) -> None:
    assert check.passed, check.detail


@pytest.mark.parametrize(
    "check", cases(c for lang in LANGUAGES for c in inv.push_back(ASSISTANT, lang, most=60))
)
def test_playing_it_down_never_lowers_the_level(check: inv.Check) -> None:
    assert check.passed, check.detail


def test_not_understood_is_never_self_care() -> None:
    failed = [c.detail for c in inv.not_understood(ENGINE) if not c.passed]
    assert not failed, failed[:10]


@pytest.mark.parametrize("check", cases(inv.scope(ENGINE)))
def test_scope_takes_a_finding_out_of_the_present(check: inv.Check) -> None:
    assert check.passed, check.detail


def test_most_finding_labels_are_understood() -> None:
    """The short names we show for findings are themselves understood (most of them)."""
    en = ENGINE.kb.languages[REFERENCE]
    symptoms = [f.id for f in ENGINE.kb.findings.values() if f.kind == "symptom"]
    understood = [
        f for f in symptoms if f in ENGINE.understand(f"I have {en.findings[f].label}").present
    ]
    assert len(understood) >= 0.8 * len(symptoms), sorted(set(symptoms) - set(understood))

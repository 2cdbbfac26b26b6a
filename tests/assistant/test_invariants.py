"""The safety invariants (:mod:`selfcare.assistant.invariants`) hold over the whole knowledge
base, in every language: each generated check is one test case. (That the knowledge base
checks clean is test_kbcheck.py's.)"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from selfcare.assistant import Assistant
from selfcare.assistant import invariants as inv
from selfcare.assistant.engine import engine
from selfcare.assistant.knowledge.loader import REFERENCE

ENGINE = engine()
ASSISTANT = Assistant("44")
LANGUAGES = [lang for lang in ENGINE.kb.languages.values() if lang.spec.base is None]


def cases(checks: Iterable[inv.Check]) -> list[object]:
    return [pytest.param(c, id=c.case) for c in checks]


@pytest.mark.parametrize(
    "check", cases(c for lang in LANGUAGES for c in inv.said_back_lines(ENGINE, lang))
)
def test_every_warning_line_said_back_reaches_its_level(check: inv.Check) -> None:
    assert check.passed, check.detail


def _known_gaps() -> set[tuple[str, str]]:
    """Examples whose red flag does not fire yet (the languages' words, listed to be closed)."""
    path = Path(__file__).parent.parent / "data" / "example_gaps.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    return {(case, text) for case, _, text in (x.partition("\t") for x in lines if x[:1] != "#")}


GAPS = _known_gaps()


@pytest.mark.parametrize(
    "check", cases(c for lang in LANGUAGES for c in inv.examples(ENGINE, lang))
)
def test_every_example_reaches_its_level(check: inv.Check) -> None:
    """Always its level; and by its own red flag (or one as urgent about the same concern),
    except the gaps listed in tests/data/example_gaps.tsv: a new one fails."""
    if check.kind == "example fires" and not check.passed and (check.case, check.text) in GAPS:
        pytest.xfail(f"known gap: {check.detail}")
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


def test_an_example_not_understood_is_not_recognised() -> None:
    """Routine is where a message not understood lands: reaching a routine red flag's level
    that way does not count as recognising it, and the similarity layer covers no concern."""
    flag = ENGINE.kb.red_flags["bowel_habit_change"]
    found = ENGINE.assess("the thing is a bit odd")
    assert inv.at_least(found.level, flag.level)
    assert not any(inv.covers(f, flag) for f in found.fired)
    similar = inv.Fired(inv.SIMILAR, found.level, "", topic=flag.topic)
    assert not inv.covers(similar, flag)
    itself = ENGINE.assess("my bowel habits have changed for 6 weeks")
    assert any(inv.covers(f, flag) for f in itself.fired), itself.fired

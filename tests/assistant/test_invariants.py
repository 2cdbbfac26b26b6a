"""The safety invariants (:mod:`selfcare.assistant.invariants`) hold over the whole knowledge
base, in every language: one test per invariant and language runs every generated check and
lists each one that fails (its case and what went wrong), not only the first. (That the
knowledge base checks clean is test_kbcheck.py's.)"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from selfcare.assistant import invariants as inv
from selfcare.assistant.engine import SIMILAR, Fired, engine
from selfcare.assistant.knowledge.loader import REFERENCE
from tests.assistant.support import assistant

ENGINE = engine()
ASSISTANT = assistant("44")
LANGUAGES = {code: lang for code, lang in ENGINE.kb.languages.items() if lang.spec.base is None}


def failures(checks: Iterable[inv.Check]) -> tuple[int, list[inv.Check]]:
    """How many checks ran, and those that failed."""
    ran = list(checks)
    return len(ran), [c for c in ran if not c.passed]


def listed(failed: list[inv.Check], ran: int) -> str:
    """Every failed check on its own line: the case (language:record:...) and the detail."""
    lines = [f"{len(failed)} of {ran} checks failed:"]
    lines += [f"  {c.kind} {c.case}: {c.detail}" for c in failed]
    return "\n".join(lines)


def assert_all_pass(checks: Iterable[inv.Check]) -> None:
    ran, failed = failures(checks)
    assert ran, "no check was generated"
    assert not failed, listed(failed, ran)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_warning_line_said_back_reaches_its_level(code: str) -> None:
    assert_all_pass(inv.said_back_lines(ENGINE, LANGUAGES[code]))


def _known_gaps() -> set[tuple[str, str]]:
    """Examples whose red flag does not fire yet (the languages' words, listed to be closed)."""
    path = Path(__file__).parent.parent / "data" / "example_gaps.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    return {(case, text) for case, _, text in (x.partition("\t") for x in lines if x[:1] != "#")}


GAPS = _known_gaps()


def _listed_gap(check: inv.Check) -> bool:
    return check.kind == "example fires" and (check.case, check.text) in GAPS


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_example_reaches_its_level(code: str) -> None:
    """Always its level; and by its own red flag (or one as urgent about the same concern),
    except the gaps listed in tests/data/example_gaps.tsv: a new one fails. While a listed gap
    is still open the language's test is an expected failure that names them."""
    ran, failed = failures(inv.examples(ENGINE, LANGUAGES[code]))
    assert ran, "no check was generated"
    known = [c for c in failed if _listed_gap(c)]
    new = [c for c in failed if not _listed_gap(c)]
    assert not new, listed(new, ran)
    if known:
        pytest.xfail(f"{len(known)} known gaps (tests/data/example_gaps.tsv): {listed(known, ran)}")


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_warning_line_given_as_an_answer_is_an_emergency(code: str) -> None:
    assert_all_pass(inv.answers(ASSISTANT, LANGUAGES[code]))


@pytest.mark.parametrize("code", LANGUAGES)
def test_playing_it_down_never_lowers_the_level(code: str) -> None:
    assert_all_pass(inv.push_back(ASSISTANT, LANGUAGES[code], most=60))


def test_not_understood_is_never_self_care() -> None:
    assert_all_pass(inv.not_understood(ENGINE))


def test_scope_takes_a_finding_out_of_the_present() -> None:
    assert_all_pass(inv.scope(ENGINE))


def test_a_failed_check_is_listed_with_its_case_and_detail() -> None:
    """The batches above fail on any one check and name every failure."""
    ok = inv.Check("said back", "en:a:self", True)
    bad = [
        inv.Check("said back", f"xx:flag{n}:self", False, f"line {n} -> routine") for n in (1, 2)
    ]
    with pytest.raises(AssertionError) as raised:
        assert_all_pass([ok, *bad])
    said = str(raised.value)
    assert "2 of 3 checks failed" in said
    assert "said back xx:flag1:self: line 1 -> routine" in said and "xx:flag2:self" in said
    with pytest.raises(AssertionError, match="no check was generated"):
        assert_all_pass([])


def test_only_a_listed_example_that_does_not_fire_its_flag_is_a_known_gap() -> None:
    case, text = sorted(GAPS)[0]
    assert _listed_gap(inv.Check("example fires", case, False, "", text))
    assert not _listed_gap(inv.Check("example", case, False, "", text))  # its level: always
    assert not _listed_gap(inv.Check("example fires", case, False, "", text + " again"))


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
    similar = Fired(SIMILAR, found.level, "", topic=flag.topic)
    assert not inv.covers(similar, flag)
    itself = ENGINE.assess("my bowel habits have changed for 6 weeks")
    assert any(inv.covers(f, flag) for f in itself.fired), itself.fired

"""Scope: what is said to be absent, past, hypothetical or someone else's does not count —
and what only looks like a cue ("isn't waking up", "can't stop coughing") does.

The whole-knowledge-base checks are in test_invariants.py; these are the hand-picked cases
the old understanding tests and issue 10 name.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from tests.assistant.support import E, U


def present(text: str) -> frozenset[str]:
    return engine().understand(text).present


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("no fever", "fever"),
        ("not short of breath", "breathless"),
        ("breathing is fine", "breathless"),
        ("can swallow ok", "cant_swallow"),
        ("no thoughts of hurting myself", "suicidal_thoughts"),
        ("no cough, fever or rash", "fever"),
        ("no cough, fever or rash", "rash"),
        ("denies chest pain", "chest_pain"),
        ("she hasnt got a temperature", "fever"),
        ("without any vomiting", "vomiting"),
        ("I dont have a fever", "fever"),
        ("she hasn't been sick", "vomiting"),
        ("no chest pain, no shortness of breath", "chest_pain"),
        ("no chest pain, no shortness of breath", "breathless"),
    ],
)
def test_negation(text: str, finding: str) -> None:
    u = engine().understand(text)
    assert finding not in u.present
    assert finding in u.negated


def test_a_negated_detail_is_not_read_as_another_finding() -> None:
    assert "haemoptysis" not in present("had a cough for weeks, no blood or anything")


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("no fever but his neck is stiff", "neck_stiff"),
        ("no fever, stiff neck though", "neck_stiff"),
        ("i cant breathe", "breath_severe"),
        ("not breathing", "breath_severe"),
        ("my son is not breathing", "breath_severe"),
        ("the cut wont stop bleeding", "bleed_heavy"),
        ("she is not feeding at all", "not_feeding"),
        ("no fever, but she is not feeding", "not_feeding"),
        ("not sure but i think its broken wrist", "fracture"),
        ("no idea why but my chest hurts", "chest_pain"),
        ("can't stop coughing", "cough"),
        ("my friend isn't waking up", "unresponsive"),
        ("he is not waking up", "unresponsive"),
        ("she won't wake up", "unresponsive"),
        ("my son is having a fit and it won't stop", "seizure"),
        ("my baby is not feeding and not drinking", "not_feeding"),
    ],
)
def test_cues_that_do_not_negate(text: str, finding: str) -> None:
    assert finding in present(text)


@pytest.mark.parametrize(
    ("text", "now", "finding"),
    [
        ("I had a stroke years ago", "I had a stroke", "emergency_named"),
        ("previous DVT 5 years ago", "I think I have a DVT", "dvt_word"),
        ("had a seizure as a child", "I had a seizure", "seizure"),
        ("I used to get migraines as a teenager", "I get migraines", "headache"),
    ],
)
def test_history_is_not_now(text: str, now: str, finding: str) -> None:
    assert finding in present(now)  # the words are known...
    assert finding not in present(text)  # ...and the history cue takes them out


@pytest.mark.parametrize(
    "text",
    [
        "I had a stroke years ago",
        "I had a heart attack last year",
        "had a seizure as a child",
    ],
)
def test_history_alone_is_not_an_emergency(text: str) -> None:
    assert engine().assess(text).level is not E


@pytest.mark.parametrize(
    "text",
    [
        "I had a stroke years ago and now my face is drooping on one side",
        "I had a heart attack last year and now I have crushing chest pain",
        "I have crushing chest pain, I had a heart attack last year",
    ],
)
def test_history_does_not_take_away_what_is_happening_now(text: str) -> None:
    assert engine().assess(text).level is E


@pytest.mark.parametrize(
    ("text", "now", "finding"),
    [
        ("what if she gets a fever", "she gets a fever", "fever"),
        ("what should I do if my baby stops breathing", "my baby stops breathing", "breath_severe"),
        ("in case he has a fit", "he has a fit", "seizure"),
        ("what should I do if my chest pain comes back?", "my chest pain comes back", "chest_pain"),
    ],
)
def test_hypotheticals_are_not_now(text: str, now: str, finding: str) -> None:
    assert finding in present(now)
    assert finding not in present(text)


@pytest.mark.parametrize(
    "text",
    [
        "my dad had a heart attack last year",
        "my mum has a history of chest pain",
        "family history of bowel cancer",
    ],
)
def test_someone_elses_history_is_not_the_persons(text: str) -> None:
    found = engine().assess(text)
    assert not found.present & {"chest_pain", "chest_tight"}
    assert found.level is not E


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("my son has chest pain", "child"),
        ("my friend isn't waking up", "other_adult"),
        ("my wife says I snore", "self"),
        ("my baby has a temperature", "baby"),
    ],
)
def test_someone_else_now_is_about_them(text: str, subject: str) -> None:
    assert engine().assess(text).facts.subject == subject


def test_someone_else_now_still_counts() -> None:
    """Another person's current symptoms are what the message is about: they count."""
    assert engine().assess("my son has chest pain").level.rank <= U.rank
    assert engine().assess("my friend isn't waking up").level is E

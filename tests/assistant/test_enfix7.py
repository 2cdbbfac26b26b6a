"""English reading and the words other languages share with it (brief enfix, 2026-12-06).

Phrasings written for this test (not taken from any evaluation set). Each family was fixed in
the language data or the pattern compiler, never for one sentence:

- the writer's own shaking with a fever is rigors (shivering), not a fit and not the cold:
  a fit is described by someone watching it; a fit with fever in a child stays an emergency
  (NHS febrile seizures), and shivering after cold exposure stays hypothermia;
- a gap then an optional ending (``a ~3 (?:x)?``) matches "a" alone anywhere, not only
  before punctuation (tests/assistant/test_lexicon.py pins the compiled form).

The benign side of each family is tested too.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import Engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, S, U

_ENGINE = Engine(similarity=False)


def fired(text: str, lang: str | None = None) -> tuple[TriageLevel, set[str]]:
    a = _ENGINE.assess(text, lang)
    return a.level, {f.id for f in a.fired}


def present(text: str, lang: str) -> frozenset[str]:
    return _ENGINE.understand(text, lang).present


# --- 1. own shaking with a fever: rigors, not a fit, not hypothermia -------------------------

OWN_RIGORS_SEVERE = [
    ("en", "running a temperature of 38.9 and i just cannot stop shivering under the duvet"),
    ("es", "llevo toda la noche con fiebre y no paro de temblar"),
    ("fr", "depuis ce soir j'ai de la fièvre et je tremble de partout sous la couette"),
    ("sw", "tangu jana nina homa kali na ninatetemeka mwili mzima"),
]


@pytest.mark.parametrize(("lang", "text"), OWN_RIGORS_SEVERE)
def test_own_shaking_with_a_fever_is_rigors_seen_the_same_day(lang: str, text: str) -> None:
    level, ids = fired(text, lang)
    assert level == U, ids
    assert "adult_fever_concerns" in ids
    assert not ids & {"seizure", "hypothermia"}


OWN_RIGORS = [
    ("es", "estoy temblando con la fiebre desde anoche", "es"),
    ("fr", "je tremble de fièvre depuis cet après-midi", "fr"),
    ("pt", "estou tremendo de febre desde a madrugada", "pt"),
    ("sw", "nina homa na ninatetemeka tangu asubuhi", "sw"),
]


@pytest.mark.parametrize(("lang", "text", "_"), OWN_RIGORS)
def test_shaking_said_with_the_fever_is_read_as_rigors(lang: str, text: str, _: str) -> None:
    found = present(text, lang)
    assert "rigors" in found
    assert "seizure" not in found
    level, ids = fired(text, lang)
    assert not ids & {"seizure", "hypothermia"}
    assert level in (S, U)


WATCHED_FITS = [
    ("fr", "mon mari tremble de partout, il bave et ne répond plus"),
    ("sw", "mtoto wangu wa miaka 2 ana homa na anatetemeka mwili mzima"),
    ("en", "my toddler has a high temperature and is jerking all over, eyes rolled back"),
]


@pytest.mark.parametrize(("lang", "text"), WATCHED_FITS)
def test_a_fit_someone_watches_stays_an_emergency(lang: str, text: str) -> None:
    level, ids = fired(text, lang)
    assert level == E
    assert "seizure" in ids


COLD = [
    ("en", "we found grandad in the garden shed overnight, he can't stop shivering"),
    ("es", "mi tío pasó la noche afuera en el frío y está tiritando sin parar"),
]


@pytest.mark.parametrize(("lang", "text"), COLD)
def test_shivering_after_the_cold_stays_hypothermia(lang: str, text: str) -> None:
    level, ids = fired(text, lang)
    assert level == E
    assert "hypothermia" in ids


def test_shaking_without_the_cold_in_spanish_is_not_hypothermia() -> None:
    _, ids = fired("estoy temblando sin parar de los nervios antes del examen", "es")
    assert "hypothermia" not in ids


# --- 3. a gap then an optional ending ---------------------------------------------------------
# Since the head of "a ~3 (?:x)?" matches alone anywhere, heads too broad alone now need their
# ending (Portuguese "perdeu", "quebrou", "travou", "saiu", "feridas").

HEAD_ALONE_NOT_ENOUGH = [
    ("pt", "perdeu peso nos ultimos meses sem fazer dieta", "amputation"),
    ("pt", "o celular dele quebrou e ele ficou nervoso", "fracture"),
    ("pt", "minha coluna travou quando peguei o balde", "choking"),
    ("pt", "tenho umas feridas de mosquito que coçam", "punched_out"),
    ("pt", "meu ombro ta doendo desde a academia", "shoulder_tip"),
    ("en", "the chest infection is not responding to the antibiotics", "unresponsive"),
]


@pytest.mark.parametrize(("lang", "text", "finding"), HEAD_ALONE_NOT_ENOUGH)
def test_a_broad_head_word_alone_is_not_the_finding(lang: str, text: str, finding: str) -> None:
    assert finding not in present(text, lang)


CHOKING_NOT_CLEARED = [
    ("pt", "meu filho engasgou com uma moeda, tossiu e saiu sangue, ta sem ar"),
    ("pt", "engasgou com uma bala e vomitou, nao consegue respirar"),
]


@pytest.mark.parametrize(("lang", "text"), CHOKING_NOT_CLEARED)
def test_choking_is_not_cleared_by_a_bare_verb(lang: str, text: str) -> None:
    level, _ = fired(text, lang)
    assert level == E
    assert "cleared" not in present(text, lang)


ENDINGS_STILL_READ = [
    ("pt", "quebrei o braço caindo da bicicleta", "fracture"),
    ("pt", "a carne travou na garganta dele e ele nao respira", "choking"),
    ("pt", "a hernia desceu e travou, ta doendo muito", "hernia_stuck"),
    ("pt", "deixei cair a caneta de insulina e quebrou", "insulin_problem"),
    ("en", "she collapsed and stopped responding", "unresponsive"),
]


@pytest.mark.parametrize(("lang", "text", "finding"), ENDINGS_STILL_READ)
def test_the_head_with_its_ending_is_read(lang: str, text: str, finding: str) -> None:
    assert finding in present(text, lang)

"""English reading and the words other languages share with it (brief enfix, 2026-12-06).

Phrasings written for this test (not taken from any evaluation set). Each family was fixed in
the language data or the pattern compiler, never for one sentence:

- the writer's own shaking with a fever is rigors (shivering), not a fit and not the cold:
  a fit is described by someone watching it; a fit with fever in a child stays an emergency
  (NHS febrile seizures), and shivering after cold exposure stays hypothermia;
- English words read inside another language's message: a language's false friends
  ("son", "mains", "lo", "até", "gripe", "jab") are never read as English there; English word
  classes too broad for English itself are narrowed ("puffing up" is swelling, scratching an
  itch until it bleeds is not self-harm, French "une boite de" is a box, not a limp or an
  overdose unless it was taken);
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


# --- 2. English words read inside another language's message ----------------------------------
# A language lists its false friends (language.yaml ``false_friends``): an English finding whose
# words hold one is not read in that language's messages. The English word classes too broad
# for English itself are narrowed in the data.

FALSE_FRIENDS = [
    ("pt", "meu filho tem febre ate agora e nao quer comer", "swallowed"),
    ("pt", "estou com gripe desde segunda, nariz entupido", "abdo_pain"),
    ("fr", "son ventre gonfle depuis hier soir", "child_word"),
    ("fr", "j'ai les mains qui tremblent quand j'ai faim", "electric_high"),
    ("es", "son las dos de la mañana y lo tengo con tos", "child_word"),
    ("hi", "jab bhi chalta hoon to saans phool jaati hai", "faint_trigger"),
    ("pt", "estou fechando a janela com dor nas costas", "hand_face_foot_word"),
]


@pytest.mark.parametrize(("lang", "text", "finding"), FALSE_FRIENDS)
def test_a_false_friend_is_not_read_as_english(lang: str, text: str, finding: str) -> None:
    assert finding not in present(text, lang)


ENGLISH_MIXED_IN = [
    ("pt", "meu filho swallowed uma pilha de relogio", "swallowed"),
    ("es", "mi hijo tiene fever desde ayer", "fever"),
    ("fr", "mon fils a une chest pain depuis ce matin", "chest_pain"),
    ("en", "burnt the back of my hand on the oven door", "hand_face_foot_word"),
]


@pytest.mark.parametrize(("lang", "text", "finding"), ENGLISH_MIXED_IN)
def test_english_words_mixed_in_are_still_read(lang: str, text: str, finding: str) -> None:
    assert finding in present(text, lang)


NOT_RAISED = [
    (
        "fr",
        "il y a une boite de doliprane dans le placard, je peux en donner a mon fils de 8 ans ?",
        {"overdose"},
    ),
    ("fr", "je cherche la boite de pansements pour sa coupure", {"child_limp"}),
    ("en", "my ankles are puffing up by the end of the day", {"breathlessness"}),
    ("en", "his eczema is so itchy he keeps scratching till it bleeds", {"suicidal_thoughts"}),
]


@pytest.mark.parametrize(("lang", "text", "not_fired"), NOT_RAISED)
def test_a_broad_english_or_french_word_does_not_raise(
    lang: str, text: str, not_fired: set[str]
) -> None:
    _, ids = fired(text, lang)
    assert not ids & not_fired


STILL_RAISED = [
    ("fr", "elle a avale une boite de doliprane il y a une heure", "overdose"),
    ("fr", "ma fille boite depuis ce matin et a de la fievre", None),
    ("en", "walked up the stairs and im puffing like a train, chest tight", "breathlessness"),
    ("en", "i keep scratching myself till it bleeds when im upset", "suicidal_thoughts"),
]


@pytest.mark.parametrize(("lang", "text", "flag"), STILL_RAISED)
def test_the_real_thing_is_still_raised(lang: str, text: str, flag: str | None) -> None:
    level, ids = fired(text, lang)
    if flag is None:
        assert "child_limp" in present(text, lang)
        assert level in (U, E)
    else:
        assert flag in ids

"""Portuguese and French: round-6 families (2026-12-06), fixed in ``knowledge/`` as classes.

Every message is our own phrasing; levels follow NHS pages (pre-eclampsia and eclampsia,
fits, breathing difficulty in babies, suicidal thoughts, broken wrist, acne). The rules are
tested without the similarity layer, and each family has nearby messages that must stay below.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine.text import Normaliser
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, kb, rules

ENGINE = rules()
ORDER = {S: 0, R: 1, U: 2, E: 3}


def _level(lang: str, text: str) -> tuple[TriageLevel, list[str], list[str]]:
    got = ENGINE.assess(text, lang)
    return got.level, [f.id for f in got.fired], sorted(got.present)


# --- 1. a fit in pregnancy said in lay words (eclampsia: NHS, call 999) ----------------------
FIT_IN_PREGNANCY = [
    ("pt", "minha mulher ta gravida de 7 meses, teve um ataque, tremeu toda e ficou sem responder"),
    ("pt", "gravida de 30 semanas, minha mae disse que eu tremi toda e fiquei sem responder"),
    ("pt", "minha esposa gravida se sacudiu toda no sofa e nao respondia"),
    ("fr", "ma femme enceinte de 8 mois a eu une attaque, elle a tremblé puis ne répondait plus"),
    ("fr", "ma copine enceinte s'est mise à trembler de partout et ne réagissait plus"),
    ("fr", "ma femme est enceinte et elle a eu un malaise, elle tremblait et se débattait"),
]
NOT_A_FIT = [
    # trembling from anxiety or cold, or an unanswered message, is not a fit
    ("pt", "to gravida de 7 meses e tive uma crise de ansiedade, tremia muito"),
    ("pt", "to gravida e minha mao tremeu um pouco de frio"),
    ("pt", "meu namorado ficou sem responder minhas mensagens o dia todo"),
    ("fr", "enceinte de 6 mois, j'ai fait une crise de panique et je tremblais"),
    ("fr", "enceinte, j'ai froid et je tremble, je réponds plus aux messages de ma mère"),
]


@pytest.mark.parametrize(("lang", "text"), FIT_IN_PREGNANCY)
def test_a_fit_in_pregnancy_in_lay_words_is_an_emergency(lang: str, text: str) -> None:
    level, fired, present = _level(lang, text)
    assert level is E, (text, level, fired, present)
    assert "seizure" in present and "pregnancy_red_flags" in fired, (text, fired, present)


@pytest.mark.parametrize(("lang", "text"), NOT_A_FIT)
def test_trembling_without_a_fit_is_not_read_as_one(lang: str, text: str) -> None:
    level, fired, present = _level(lang, text)
    assert "seizure" not in present and "unresponsive" not in present, (text, present)
    assert level is not E, (text, level, fired)


def test_someone_who_fell_and_stays_unresponsive_is_an_emergency() -> None:
    level, fired, present = _level("pt", "meu avo caiu no banheiro e ficou sem responder")
    assert level is E and "unresponsive" in present, (level, fired, present)


# --- 2. a baby's danger signs said with diminutives (-inho/-inha) ---------------------------
def test_diminutives_of_danger_words_read_as_the_plain_words() -> None:
    norm = Normaliser(kb().languages["pt"].spec.normalise)
    assert norm("labios roxinhos") == "labios roxos"
    assert norm("a barriguinha afunda") == "a barriga afunda"
    assert norm("gelidinho e branquinho") == "gelado e branco"
    assert norm("choro fraquinho") == "choro fraco"
    assert norm("a costelinha afundando") == "a costela afundando"
    # words of their own that end in -inho/-inha are left alone
    for word in ("bombinha", "camisinha", "espinha", "sozinho", "pouquinho", "minha", "tinha"):
        assert norm(word) == word, word


BABY_DIMINUTIVES = [
    ("pt", "minha bebe de 3 meses respira rapidinho e a barriguinha afunda toda vez"),
    ("pt", "meu bebe de 5 meses ta com os labios roxinhos"),
    ("pt", "meu nene ta com a boquinha roxinha"),
    ("pt", "meu filho de 6 meses ficou azulzinho em volta da boca"),
    ("pt", "meu nene de 5 meses ta com a costelinha afundando pra respirar"),
    ("pt", "bebe de 2 meses com choro fraquinho e branquinho"),
]
BABY_DIMINUTIVES_CALM = [
    ("pt", "meu bebe ta com a barriguinha estufada mas ta mamando bem"),
    ("pt", "minha bebe ta com a bochecha vermelhinha do frio"),
    ("pt", "comprei uma bombinha nova pra minha asma"),
]


@pytest.mark.parametrize(("lang", "text"), BABY_DIMINUTIVES)
def test_a_babys_danger_signs_in_diminutives_are_an_emergency(lang: str, text: str) -> None:
    level, fired, present = _level(lang, text)
    assert level is E, (text, level, fired, present)


@pytest.mark.parametrize(("lang", "text"), BABY_DIMINUTIVES_CALM)
def test_diminutives_without_danger_signs_stay_low(lang: str, text: str) -> None:
    level, fired, present = _level(lang, text)
    assert ORDER[level] <= ORDER[R], (text, level, fired, present)


# --- 3. suicidal thoughts reported by someone else, without a plan: urgent -------------------
SUICIDAL_REPORTED = [
    ("pt", "meu irmao tem pensado em morrer, nao falou de plano, ta aqui em casa"),
    ("pt", "meu pai ta calado, ele sempre diz que a familia ficaria melhor sem ele"),
    ("fr", "mon frère dit que tout le monde serait mieux sans lui, il est chez moi"),
    ("fr", "ma fille répète qu'elle pense que tout le monde serait mieux sans elle"),
]
NOT_SUICIDAL = [
    ("pt", "minha vida seria melhor sem ele, terminamos ontem"),
    ("pt", "tenho pensado em mudar de emprego"),
    ("fr", "elle dit que tout le monde serait mieux sans lui, il boit trop"),
    ("fr", "ma vie serait mieux sans lui"),
]


@pytest.mark.parametrize(("lang", "text"), SUICIDAL_REPORTED)
def test_reported_suicidal_thoughts_are_at_least_urgent(lang: str, text: str) -> None:
    level, fired, present = _level(lang, text)
    assert "suicidal_thoughts" in present, (text, level, fired, present)
    assert ORDER[level] >= ORDER[U], (text, level)


@pytest.mark.parametrize(("lang", "text"), NOT_SUICIDAL)
def test_better_off_without_someone_else_is_not_suicidal(lang: str, text: str) -> None:
    present = _level(lang, text)[2]
    assert "suicidal_thoughts" not in present, (text, present)


# --- 4. a fall on a joint, swollen and very painful: possible fracture (urgent) -------------
FRACTURE = [
    ("fr", "ma fille est tombée à vélo sur le poignet, très gonflé, elle a super mal"),
    ("fr", "il est tombé sur la cheville, c'est tout gonflé et il a tellement mal"),
    ("pt", "minha filha caiu de patins no pulso, ta muito inchado e doendo demais"),
]
SPRAIN_MILD = [
    ("fr", "je suis tombée sur la cheville, un peu gonflée, je marche bien et ça va"),
    ("pt", "cai de bicicleta e bati o joelho, ta um pouco inchado mas ando normal"),
]


@pytest.mark.parametrize(("lang", "text"), FRACTURE)
def test_swollen_very_painful_joint_after_a_fall_is_urgent(lang: str, text: str) -> None:
    level, fired, present = _level(lang, text)
    assert level is U and "possible_fracture" in fired, (text, level, fired, present)


@pytest.mark.parametrize(("lang", "text"), SPRAIN_MILD)
def test_mildly_swollen_joint_after_a_fall_is_not_urgent(lang: str, text: str) -> None:
    level, fired, present = _level(lang, text)
    assert "possible_fracture" not in fired, (text, fired, present)
    assert ORDER[level] <= ORDER[R], (text, level)


def test_intensified_pain_in_french_is_painful_but_not_urgent_alone() -> None:
    level, fired, present = _level("fr", "j'ai super mal à la gorge depuis hier")
    assert "painful_word" in present
    assert level is S, (level, fired)


# --- 5. a treatment tried "and nothing": not improving -------------------------------------
def test_treatment_tried_and_nothing_is_not_improving() -> None:
    level, fired, present = _level(
        "pt", "to com muita espinha na testa, usei sabonete de farmacia 2 meses e nada"
    )
    assert "not_improving" in present and "skin_treatment_not_working" in fired, (fired, present)
    assert level is R
    level, fired, present = _level("pt", "tomei um cha e nada de mais, posso tomar outro?")
    assert "not_improving" not in present, present

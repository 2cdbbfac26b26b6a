"""Sixth-round emergency families in English and Spanish (issue 10).

Phrasings written for this test (not taken from any evaluation set). Each family was fixed in
the language data, never for one sentence:

- crisis: the means laid out with the wish to be gone said in a hedged way ("I don't think I
  want to be here tonight", "no sé si quiero seguir") → suicide_plan (NHS, Samaritans);
- snake bites with the snake named by kind or slang (rattler, adder, cottonmouth, víbora,
  cobra) or with "I think it was a …" between → bite_serious (NHS snake bites: 999);
- a whole box or bottle of a medicine taken, said in Spanish ("una caja entera de
  paracetamol"), even when the young person says they feel fine → overdose (NHS: any
  paracetamol overdose goes to A&E, however well the person seems).

The benign side of each family is tested too.
"""

# ruff: noqa: E501  (one message per line)
from __future__ import annotations

import pytest

from tests.assistant.support import E, U, rules

_ENGINE = rules()


def fired(text: str, lang: str) -> tuple[object, set[str]]:
    a = _ENGINE.assess(text, lang)
    return a.level, {f.id for f in a.fired}


CRISIS = [
    (
        "en",
        "my mums sleeping tablets are all lined up next to me, i dont think i want to be here anymore",
    ),
    ("en", "got my pills counted out on the table. honestly not sure i want to be alive tomorrow"),
    (
        "es",
        "tengo todas las pastillas de mi abuelo juntas en la cama, no creo que quiera estar aqui mañana",
    ),
    ("es", "ya tengo las pastillas guardadas, no se si quiero seguir viviendo"),
]


@pytest.mark.parametrize(("lang", "text"), CRISIS)
def test_means_with_a_hedged_wish_to_be_gone_is_a_crisis(lang: str, text: str) -> None:
    level, ids = fired(text, lang)
    assert level == E
    assert "suicide_plan" in ids


HEDGED_ALONE = [
    ("en", "i dont think i want to be alive any more"),
    ("es", "no creo que quiera seguir viviendo"),
]


@pytest.mark.parametrize(("lang", "text"), HEDGED_ALONE)
def test_a_hedged_wish_alone_is_still_suicidal_thoughts(lang: str, text: str) -> None:
    level, ids = fired(text, lang)
    assert level in (U, E)
    assert "suicidal_thoughts" in ids


NOT_CRISIS = [
    ("en", "i dont think i want to be here for the whole party, can i leave early with a headache"),
    ("en", "i dont think i want to live in the city, the pollution makes my asthma worse"),
    ("en", "im not sure i want to go on the pill, what are the side effects"),
    ("es", "no se si quiero seguir en la universidad, estoy estresado con los examenes"),
    ("es", "no se si quiero vivir en madrid, el polen me da alergia"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CRISIS)
def test_hesitation_about_a_place_or_plan_is_not_a_crisis(lang: str, text: str) -> None:
    _, ids = fired(text, lang)
    assert not ids & {"suicide_plan", "suicidal_thoughts"}


SNAKE = [
    ("en", "my brother got bit by a rattler on his hand out by the barn and its going purple"),
    ("en", "something bit my leg in the long grass, i think it was an adder, feeling sick"),
    ("en", "a cottonmouth got my daughter on the foot at the creek"),
    ("en", "bitten on the calf by what looked like a viper, mouth tastes weird"),
    ("es", "me mordio algo en la finca, creo que era una vibora, se me esta hinchando la mano"),
    ("es", "una cobra mordio a mi primo en el brazo"),
    ("es", "a mi papa lo ha mordido una culebra en el pie y le sabe la boca a metal"),
]


@pytest.mark.parametrize(("lang", "text"), SNAKE)
def test_a_snake_named_by_kind_or_slang_is_an_emergency(lang: str, text: str) -> None:
    level, ids = fired(text, lang)
    assert level == E
    assert "bite_serious" in ids


NOT_SNAKE = [
    ("en", "i have a cobra tattoo on my arm and its a bit itchy"),
    ("en", "got bit by a mosquito and it is itchy, we watched a film about vipers"),
    ("es", "tengo un tatuaje de serpiente que me pica un poco"),
    ("es", "me pico algo, creo que era una araña, tengo un granito rojo"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_SNAKE)
def test_snake_words_without_a_bite_are_not_a_snake_bite(lang: str, text: str) -> None:
    level, ids = fired(text, lang)
    assert level != E
    assert "bite_serious" not in ids


OVERDOSE = [
    (
        "es",
        "mi hijo de 14 se tomo una caja entera de ibuprofeno esta mañana y dice que esta perfecto",
    ),
    ("es", "mi hermana se trago la caja completa de paracetamol anoche, dice que no le pasa nada"),
    ("es", "mi hija se tomo un frasco entero de las pastillas de su abuela, se ve bien"),
    ("en", "my son swallowed the whole packet of paracetamol an hour ago, he says he feels ok"),
]


@pytest.mark.parametrize(("lang", "text"), OVERDOSE)
def test_a_whole_box_taken_is_an_overdose_even_if_well(lang: str, text: str) -> None:
    level, ids = fired(text, lang)
    assert level == E
    assert "overdose" in ids


NOT_OVERDOSE = [
    ("es", "compre una caja entera de paracetamol y me tome una pastilla para el dolor de cabeza"),
    ("es", "me tome una tableta de paracetamol de la caja nueva, cuantas puedo tomar al dia"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_OVERDOSE)
def test_one_tablet_from_a_whole_box_is_not_an_overdose(lang: str, text: str) -> None:
    level, ids = fired(text, lang)
    assert level != E
    assert "overdose" not in ids


OTHER_URGENT = [
    # blisters over the eyebrow or brow (NHS shingles: a rash near the eye, same day)
    (
        "en",
        "burning patch on my temple since monday and today a cluster of blisters over my left eyebrow",
        "shingles_near_eye",
    ),
    ("en", "painful blistery rash came up on her brow and the eye is sore", "shingles_near_eye"),
    # a partner who is HIV positive, written without the apostrophe (NHS: PEP within 72 hours)
    (
        "en",
        "slept with my ex on saturday without protection and now shes telling me shes hiv positive",
        "hiv_exposure",
    ),
]


@pytest.mark.parametrize(("lang", "text", "flag"), OTHER_URGENT)
def test_other_round_six_urgent_families(lang: str, text: str, flag: str) -> None:
    level, ids = fired(text, lang)
    assert level == U
    assert flag in ids


def test_a_spot_by_a_plucked_eyebrow_is_not_urgent() -> None:
    level, ids = fired("i plucked my eyebrow yesterday and got one little spot", "en")
    assert level not in (U, E)
    assert "shingles_near_eye" not in ids


GUAGUA = [
    "estoy de 34 semanas y desde anoche casi no siento a la guagua, antes pateaba harto",
    "la guaguita casi no se mueve hoy y tengo 30 semanas",
]


@pytest.mark.parametrize("text", GUAGUA)
def test_guagua_moving_less_is_reduced_movements(text: str) -> None:
    level, ids = fired(text, "es")
    assert level == E
    assert "reduced_movements" in ids


def test_a_bus_called_guagua_is_not_a_baby_moving_less() -> None:
    level, ids = fired("la guagua no se movio de la parada en media hora y llegue tarde", "es")
    assert "reduced_movements" not in ids
    assert level != E


def test_messages_from_the_tv_are_psychosis_signs() -> None:
    level, ids = fired(
        "mi tia lleva tres noches sin dormir y dice que le mandan mensajes por la radio", "es"
    )
    assert level == U
    assert "psychosis_signs" in ids


def test_nosy_neighbours_are_not_psychosis() -> None:
    _, ids = fired("mi hija dice que los vecinos la vigilan cuando sale, son muy chismosos", "es")
    assert "psychosis_signs" not in ids

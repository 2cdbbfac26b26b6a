"""Seventh-round families in English, Spanish, Portuguese and French (r7en).

Phrasings written for this test (not taken from any evaluation set). Each family was fixed in
the language data, never for one sentence:

- an electric shock from a household motor, pump, geyser or iron, or "caught current", then
  palpitations or a burn → electric_shock_serious (NHS: electric shock, 999);
- a poison named by where it is used ("the paddy field poison", "the crop poison") drunk → poisoning;
  taken "after fighting with" someone → deliberate (crisis), in es/pt/fr too;
- a feverish child "jerking" with the eyes rolled up or not answering → a fit, not an injury
  ("eyes rolled up" is no rolled ankle);
- red, hot, swollen skin with a few words before it spreads (es "desde antier y se está
  extendiendo") → cellulitis (NHS cellulitis: same day);
- a rusty or dirty puncture in someone never vaccinated → deep_wound (NHS tetanus), all
  languages; "2 semanitas" read as an age under 4 weeks (newborn red eye → urgent).

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


# (message, the flags one of which must fire): electric shocks with signs, and feverish children
# jerking with the eyes rolled up or not answering (a fit, never sprain_red_flags)
EMERGENCIES = [
    (
        "my dad got a shock off the borehole pump and was thrown across the yard, now his heart is racing and skipping",
        {"electric_shock_serious"},
    ),
    (
        "my sister caught current from the geyser this morning, there is a burn mark on her fingers",
        {"electric_shock_serious"},
    ),
    (
        "my girl is 2 and burning up with fever, now shes jerking and her eyes rolled up, shes not responding to us",
        {"seizure"},
    ),
    (
        "our son aged 3 has a high temperature and he is twitching, he is not answering us",
        {"seizure", "unresponsive"},
    ),
]


@pytest.mark.parametrize(("text", "flags"), EMERGENCIES)
def test_shocks_and_feverish_fits_are_emergencies(text: str, flags: set[str]) -> None:
    level, ids = fired(text, "en")
    assert level == E
    assert ids & flags
    assert "sprain_red_flags" not in ids


@pytest.mark.parametrize(
    "text",
    [
        "i got such a shock from the exam results, my heart was pounding",
        "had a shock from the news about my aunt, chest feels a bit tight with worry",
    ],
)
def test_an_emotional_shock_is_not_electric(text: str) -> None:
    _, ids = fired(text, "en")
    assert not ids & {"electric_shock_serious", "electric_shock"}


POISONS = [
    (
        "en",
        "my cousin drank the farm poison after fighting with his wife, he is vomiting and drooling",
    ),
    (
        "es",
        "mi primo se tomo veneno para las plagas despues de pelear con su esposa, esta vomitando",
    ),
    ("pt", "meu primo bebeu veneno de lavoura depois de brigar com a esposa, esta vomitando"),
    ("fr", "mon cousin a bu du desherbant apres une dispute avec sa femme, il vomit"),
]


@pytest.mark.parametrize(("lang", "text"), POISONS)
def test_poison_drunk_after_a_fight_is_a_crisis_and_an_emergency(lang: str, text: str) -> None:
    a = _ENGINE.assess(text, lang)
    assert a.level == E
    assert a.crisis


def test_a_poison_named_by_its_use_is_swallowed_poison() -> None:
    level, ids = fired(
        "grandad drank some of the crop poison by mistake, hes sweating and drooling", "en"
    )
    assert level == E
    assert "poisoning" in ids


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "after fighting with my brother i cant sleep and feel stressed"),
        ("en", "touched some poison ivy on the walk, itchy rash on my arm"),
        ("fr", "apres une dispute avec mon mari j ai mal a la tete"),
        ("es", "despues de pelear con mi novio me duele la cabeza"),
    ],
)
def test_a_fight_or_poison_ivy_alone_is_no_poisoning(lang: str, text: str) -> None:
    level, ids = fired(text, lang)
    assert level != E
    assert not ids & {"poisoning", "overdose_intended"}


def test_a_rolled_ankle_is_still_an_injury() -> None:
    a = _ENGINE.assess("i rolled my ankle on the kerb yesterday and it is sore", "en")
    assert "injury" in a.present
    assert "seizure" not in {f.id for f in a.fired}


SPREADING = [
    (
        "es",
        "tengo el brazo rojo, caliente e hinchado desde el sabado y se va extendiendo hacia el codo",
    ),
    (
        "es",
        "la pierna de mi mama esta hinchada y roja desde ayer en la tarde y se esta extendiendo",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SPREADING)
def test_red_hot_swollen_skin_that_spreads_is_same_day(lang: str, text: str) -> None:
    level, ids = fired(text, lang)
    assert level == U
    assert "cellulitis_signs" in ids


def test_pain_that_spreads_is_not_cellulitis() -> None:
    _, ids = fired("tengo la garganta roja y el dolor se extiende al oido", "es")
    assert "cellulitis_signs" not in ids


UNVACCINATED = [
    (
        "en",
        "my nephew trod on an old rusty nail and it went right in, he has never been vaccinated",
    ),
    ("es", "mi nieto se clavo un clavo oxidado en el pie y nunca lo vacunaron"),
    ("pt", "minha filha pisou num prego enferrujado e ela nunca foi vacinada"),
    ("fr", "mon neveu s est planté un clou rouillé dans le pied, il n a jamais été vacciné"),
    ("sw", "mwanangu amechomwa na msumari wenye kutu mguuni, hajawahi kuchanjwa"),
    ("hi", "बेटी के पैर में जंग लगी कील घुस गई, उसे कभी टीका नहीं लगा"),
    ("hi", "beti ke pair me jang lagi keel ghus gayi, use kabhi tika nahi laga"),
]


@pytest.mark.parametrize(("lang", "text"), UNVACCINATED)
def test_a_rusty_puncture_without_vaccines_is_same_day(lang: str, text: str) -> None:
    level, ids = fired(text, lang)
    assert level == U
    assert "deep_wound" in ids


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my nephew trod on an old rusty nail and it went in, his jabs are all up to date"),
        ("en", "my baby is not vaccinated yet, she has a bit of a runny nose"),
    ],
)
def test_a_vaccinated_puncture_or_unvaccinated_cold_is_not_a_wound_flag(
    lang: str, text: str
) -> None:
    _, ids = fired(text, lang)
    assert "deep_wound" not in ids


def test_a_baby_of_a_few_little_weeks_with_a_red_eye_is_urgent() -> None:
    level, ids = fired("mi bebita tiene 3 semanitas y el ojo le amanecio rojo con lagañas", "es")
    assert level == U
    assert "newborn_red_eye" in ids


def test_an_older_baby_with_a_sticky_white_eye_is_not_urgent() -> None:
    level, _ = fired("mi bebe tiene 9 semanas y tiene un poco de lagaña, el ojo no esta rojo", "es")
    assert level != U and level != E


# Reading errors that raised benign or same-day messages to an emergency (over-triage), with the
# nearby message that must still be raised.
NOT_EMERGENCIES = [
    (
        "en",
        "burnt my hand on the oven door, just a red mark, held it under cold water for 20 minutes like the advice says",
        {"drowning"},
    ),
    (
        "en",
        "34 weeks pregnant, my ankles and fingers puffed up fast this week and I have a headache that paracetamol hasnt touched, baby kicking fine",
        {"poisoning", "overdose"},
    ),
    (
        "en",
        "after a week of tonsillitis the left side of my throat is swollen much more than the right, I can hardly open my jaw and my voice sounds odd",
        {"allergic_reaction_severe", "airway_infection", "stroke_fast"},
    ),
    (
        "es",
        "llevo 5 dias con anginas, me duele solo de un lado, no puedo abrir bien la boca y la voz me sale extraña",
        {"stroke_fast", "sepsis_signs"},
    ),
    (
        "en",
        "nurse note: mosquito bite on left calf, 3 cm pink itchy area, no spreading, no facial swelling, no SOB",
        {"bite_sting_urgent"},
    ),
    (
        "en",
        "got bitten by red ants in the garden, little itchy bumps on my ankle, nothing else",
        {"animal_bite"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "flags"), NOT_EMERGENCIES)
def test_reading_errors_no_longer_raise(lang: str, text: str, flags: set[str]) -> None:
    level, ids = fired(text, lang)
    assert level != E
    assert not ids & flags


STILL_RAISED = [
    (
        "en",
        "my little boy slipped under the water in the bath for a few seconds and coughed a lot",
        "drowning",
    ),
    ("en", "my 3 year old had some of my paracetamol tablets, not sure how many", "poisoning"),
    (
        "en",
        "ate a prawn and now my throat is swelling and my voice sounds strange",
        "allergic_reaction_severe",
    ),
    ("en", "my dad suddenly has slurred speech and his face looks droopy", "stroke_fast"),
    ("es", "a mi abuelo de repente se le oye la voz arrastrada y no mueve el brazo", "stroke_fast"),
    (
        "en",
        "wasp sting on the forearm yesterday and now a 12 cm red swollen area around it",
        "bite_sting_urgent",
    ),
    ("en", "was bitten by a neighbours dog on the hand, it broke the skin", "animal_bite"),
]


@pytest.mark.parametrize(("lang", "text", "flag"), STILL_RAISED)
def test_the_nearby_dangers_still_raise(lang: str, text: str, flag: str) -> None:
    _, ids = fired(text, lang)
    assert flag in ids

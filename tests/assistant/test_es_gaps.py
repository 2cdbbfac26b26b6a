"""Spanish (es): classes of phrasing found missing on a development corpus (2026-12-04).

Every message is our own, a different phrasing of a class fixed in
``knowledge/languages/es/`` (each marked with its class); levels are what the NHS A-Z pages,
NICE CKS and WHO guidance give. The rules are tested without the similarity layer.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, S, U, assert_level, rules

ENGINE = rules()


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # chest tightness said with a gerund or another verb
        ("siento el pecho apretando desde hace media hora y sudo frio", E),
        ("me esta oprimiendo el pecho y me dan nauseas", E),
        # breathlessness: "coger / agarrar aire"
        ("mi tio dice que no coge aire y le duele el pecho", E),
        ("no agarro bien el aire desde anoche, tengo asma y el inhalador no me hace nada", E),
        # stabbing pain verbs ("pincha") with a clot before
        (
            "me pincha el pecho cada vez que tomo aire y me falta el aire, "
            "tuve un coagulo en la pierna hace poco",
            E,
        ),
        # palpitations in another tense or order
        ("a mi mama le duele el pecho y el corazon le late rapidisimo", E),
        # "duro" for a strong pain (Colombia, the Andes)
        ("tengo un dolor en el pecho bien duro que no se me quita", E),
        # "desde hace rato" is hours today, not a month
        ("mi papá tiene dolor de pecho desde hace rato, ya lleva un buen rato asi", E),
        # angina: the tablet or spray under the tongue has not helped
        ("se puso la nitro bajo la lengua y el dolor de pecho sigue igual", E),
        # tearing pain
        ("siento como si me partieran la espalda por dentro, empezo de golpe", E),
        # stroke: dragging a leg, talking nonsense, half the body numb
        ("mi abuela empezó a arrastrar el pie y no se le entiende", E),
        ("mi esposo esta diciendo puras cosas sin sentido y se le cae la cara", E),
        ("se me durmio la mitad de la cara y el brazo de un lado", E),
        # an age said bare ("tengo 70")
        ("tengo 70 y se me durmio el brazo derecho de repente", E),
        # sepsis: marble skin, not passing urine (first person)
        (
            "tengo fiebre y escalofrios, la piel de las piernas como marmol "
            "y no he orinado en todo el dia",
            E,
        ),
        # anaphylaxis: lips and tongue together, a throat closing
        ("mi hijo comio mani, es alergico, se le hincharon la boca y la lengua", E),
        (
            "despues de la picadura de abeja me salieron ronchas y se me esta cerrando la garganta",
            E,
        ),
        # asthma: the reliever every few minutes and no better
        ("estoy usando el salbutamol cada cinco minutos y no mejoro nada", E),
        # the finger meter named by what it is
        ("el aparatito del dedo me marca 85 y me cuesta respirar", E),
        # suicide: a decision and a time, farewell letters, a high place, hopelessness and means
        ("ya lo he decidido, esta noche es mi ultima noche", E),
        ("he dejado unas cartas para mis hijos, no quiero seguir", E),
        ("estoy arriba del puente y nadie me va a extrañar", E),
        ("ya no quiero seguir, tengo las pastillas y no le veo sentido a nada", E),
        # overdose: a multiple of the dose
        ("a mi nieto le dieron el triple de la dosis del jarabe", E),
        # snake bite: regional names of pit vipers
        ("a mi papa lo mordio una terciopelo en la mano", E),
        # testicle pain named second ("la barriga y un testículo")
        ("a mi hijo de 9 le duele la barriga y un testiculo desde hace rato", E),
        # scald: said by the liquid, skin peeling
        ("se le volco el cafe hirviendo encima al nene y la piel se le esta pelando", E),
        # diving into shallow water, both legs
        ("mi vecino se aventó de cabeza a la alberca y no puede mover las piernas", E),
        # sudden loss of sight: "dejar de ver"
        ("de repente deje de ver por el ojo izquierdo", E),
        # bleeding after birth: "no me para la sangre" is not a negation
        ("di a luz hace dos dias y no me para la sangre, estoy palida y fria", E),
        # a baby's age with "tiene", "beba", a temperature with a decimal comma and its site
        ("la beba tiene 3 semanas y tiene 38,2 en la axila", E),
        # pesticide spraying and drooling
        ("mi papa estaba fumigando y ahora esta babeando y temblando", E),
        # spreading redness, sudden hearing loss, swelling late in pregnancy
        ("me pico algo en el brazo y la raya roja va subiendo, tengo fiebre", U),
        ("me desperte sin oir nada por el oido izquierdo", U),
        ("estoy de 33 semanas y se me han hinchado los pies y las manos, me duele la cabeza", U),
        # numbness that climbs, vomiting everything, a child who will not move the arm
        ("tengo adormecimiento en las manos que ya me sube a los codos desde ayer", U),
        ("mi abuelo de 82 vomita desde ayer y no tolera ni el agua", U),
        ("mi nene se cayo de la cama y no deja que le toquen el brazo", U),
        # a tooth knocked out ("se le salió"), a blood pressure reading said bare
        ("a mi hija de 10 se le salio un diente de un pelotazo", U),
        ("me medi y tengo 190/100, me siento bien", U),
        # pain that started at the navel and moved; lips swollen (perfect tense)
        ("el dolor empezo cerca del ombligo y ya esta a la derecha, tengo nauseas", U),
        ("se me ha hinchado la boca despues de comer camarones", U),
        # deformity joined by "y" ("hinchado y torcido"): A&E on the NHS page
        ("me cai de la bici y el tobillo esta hinchado y torcido", E),
        # grinding, then something in the eye: A&E on the NHS eye injuries page
        ("estaba puliendo una reja y me salto algo al ojo", E),
    ],
)
def test_a_class_fixed_reaches_its_level(text: str, level: TriageLevel) -> None:
    assert_level(ENGINE, text, level)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # negated and harmless neighbours of the words added
        ("no me duele el pecho ni me falta el aire", "chest_pain"),
        ("el corazon me late normal, solo tengo tos", "palpitations"),
        ("regale mi bicicleta a mi sobrino porque ya le quedaba chica", "resolved"),
        ("estoy en el puente esperando el bus, me duele la cabeza", "hopeless"),
        ("tome 2 gramos de paracetamol en todo el dia por el dolor de muela", "overdose"),
        ("hoy casi no orine porque tome poca agua", "no_urine"),
        ("mi bebe de 4 meses respira un poco agitado con los mocos", "agitated"),
        ("tengo la presion en 120/80", "bp_very_high"),
    ],
)
def test_a_harmless_neighbour_does_not_read_the_finding(text: str, absent: str) -> None:
    a = ENGINE.assess(text)
    assert absent not in a.present
    assert a.level is not E


def test_numbers_said_bare_are_read_as_facts() -> None:
    assert ENGINE.understand("tengo 67, me duelen las rodillas", "es").facts.age_years == 67
    # a number that could be a temperature is not taken for an age
    assert ENGINE.understand("tengo 39 y me duele todo", "es").facts.age_years is None
    # a baby's age with "tiene"; "tiene 2 meses con tos" is how long, not how old
    assert ENGINE.understand("la beba tiene 10 dias", "es").facts.age_years is not None
    assert ENGINE.understand("mi bebe tiene 2 meses con tos", "es").facts.age_years is None
    assert ENGINE.understand("tiene 39,5 de fiebre", "es").facts.temperature_c == 39.5
    assert ENGINE.understand("estoy de 34 semanas", "es").facts.pregnancy_weeks == 34
    hours = ENGINE.understand("me duele desde hace rato", "es").facts.duration_days
    assert hours is not None and hours < 1


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("me duele la espalda al toser", S),
        ("tengo una herida en el dedo que se infecto un poco, sin fiebre", U),
    ],
)
def test_everyday_forms_stay_at_their_level(text: str, level: TriageLevel) -> None:
    assert_level(ENGINE, text, level)

"""Spanish (es): our own messages, through the public engine entry point."""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import Chat, assert_level, joined, medicine_answer

ENGINE = engine()


@pytest.mark.parametrize(
    "text",
    [
        "mi bebe no respira",
        "mi bebé no respira!!",
        "mi papá se desmayó y no reacciona",
        "me duele mucho el pecho y se me va al brazo izquierdo, estoy sudando",
        "a mi abuela se le cayo la cara de un lado y habla raro",
        "mi hijo esta convulsionando",
    ],
)
def test_emergencies_in_spanish_are_emergencies(text: str) -> None:
    assert_level(ENGINE, text, TriageLevel.EMERGENCY)


def test_a_crisis_statement_reaches_the_crisis_path() -> None:
    a = ENGINE.assess("ya no quiero vivir, tengo las pastillas guardadas para esta noche")
    assert a.level is TriageLevel.EMERGENCY
    assert any(f.crisis for f in a.fired)


def test_negated_and_hypothetical_forms_do_not_fire() -> None:
    assert (
        "not_breathing" not in ENGINE.assess("mi hijo respira bien, no tiene fiebre", "es").present
    )
    assert "chest_pain" not in ENGINE.assess("no tengo dolor de pecho, solo tos", "es").present
    assert "seizure" not in ENGINE.assess("que hago si le da una convulsion?", "es").present


def test_ordinary_complaints_are_not_emergencies() -> None:
    for text in ("me duele la garganta desde hace 3 dias", "tengo un resfriado y mocos"):
        assert ENGINE.assess(text).level is not TriageLevel.EMERGENCY


def test_short_spanish_messages_are_detected_as_spanish() -> None:
    for text in ("mi hijo tiene fiebre desde ayer", "me duele mucho la cabeza"):
        assert ENGINE.languages_of(text)[0] == "es"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("me arde al orinar y tengo fiebre", TriageLevel.URGENT),
        ("mi bebe de 4 meses tiene 39.2 de temperatura", TriageLevel.URGENT),
        ("tengo 9 semanas de embarazo y estoy manchando", TriageLevel.URGENT),
        ("tengo tos desde hace 4 semanas", TriageLevel.ROUTINE),
    ],
)
def test_urgent_and_routine_signs_in_spanish_reach_their_level(
    text: str, level: TriageLevel
) -> None:
    assert ENGINE.assess(text, "es").level.rank <= level.rank


def test_a_temperature_said_before_its_label_is_read() -> None:
    assert ENGINE.understand("tiene 40 de fiebre", "es").facts.temperature_c == 40.0


def test_a_reflexive_verb_after_no_is_negated_not_taken_for_no_se() -> None:
    """'no se golpeó' (did not hit himself) negates; 'no sé.' (I don't know) does not."""
    assert "injury" not in ENGINE.understand("mi hijo cojea y no se golpeo", "es").present


def test_common_spanish_complaints_find_their_topic() -> None:
    for text, topic in [
        ("me duele la garganta", "sore_throat"),
        ("tengo diarrea", "diarrhoea"),
        ("me duele la espalda", "back_pain"),
        ("tengo agruras", "heartburn"),
    ]:
        assert ENGINE.assess(text, "es").topic == topic


def test_warning_lines_are_said_back_in_the_right_person() -> None:
    from selfcare.assistant.knowledge.voices import said_back

    es = ENGINE.kb.languages["es"]
    line = es.red_flags["postpartum_psychosis"].say
    assert said_back(line, es.spec.voices, "parent").startswith("mi mamá tuvo un bebé")
    assert said_back(line, es.spec.voices, "self").startswith("tuve un bebé")


MEXICO = "+525512345678"

MEDICINE_QUESTIONS = [
    ("puedo tomar advil si tomo losartan para la presion", "ibuprofen+blood_pressure_tablets"),
    ("tomo sintrom, me puedo tomar un ibuprofeno?", "ibuprofen+blood_thinners"),
    ("estoy dando pecho, puedo tomar ibuprofeno?", "ibuprofen+breastfeeding"),
    ("puedo tomar unas chelas si estoy con metronidazol", "metronidazole+alcohol"),
    ("se me olvido tomar la pastilla anticonceptiva ayer", "combined_pill+missed_dose"),
    ("vomite despues de tomar la pastilla del dia siguiente", "emergency_contraception+being_sick"),
    ("cuanto tempra le puedo dar a mi hijo de 2 anos", "paracetamol+child"),
    ("se puede intercalar paracetamol con ibuprofeno", "paracetamol+another_painkiller"),
    ("como le preparo el suero oral a mi nena", "oral_rehydration+child"),
]


@pytest.mark.parametrize(("question", "key"), MEDICINE_QUESTIONS)
def test_a_medicine_question_in_spanish_gets_the_spanish_advice(question: str, key: str) -> None:
    medicine_answer("es", MEXICO, "52", "hola", question, key)


SELF_CARE_MESSAGES = [
    ("a mi hijo le salieron ronchitas rojas en la panza", "rash_child"),
    ("me salieron ronchas por todo el cuerpo y me pican mucho", "hives"),
    ("mi bebe tiene la colita roja por el pañal", "nappy_rash"),
    ("mi nena tiene varicela desde el lunes", "chickenpox"),
    ("a mi bebe le estan saliendo los dientes y babea mucho", "teething"),
    ("me dormi mal y tengo torticolis", "neck_pain"),
    ("me salio un fuego en el labio", "cold_sores"),
    ("mi hija tiene piojos, q le pongo", "head_lice"),
    ("tengo una cruda horrible", "hangover"),
    ("se me metio una basurita en el ojo", "something_in_eye"),
    ("se me clavo una espina en el dedo", "splinters"),
    ("me mareo en el carro cuando viajo", "motion_sickness"),
]


@pytest.mark.parametrize(("text", "topic"), SELF_CARE_MESSAGES)
def test_everyday_problems_written_as_people_write_find_their_spanish_topic(
    text: str, topic: str
) -> None:
    found = ENGINE.assess(text, "es")
    assert (found.topic, found.level) == (topic, TriageLevel.SELF_CARE)


def test_a_topic_is_answered_with_its_spanish_text() -> None:
    es = ENGINE.kb.languages["es"].topics["chickenpox"]
    reply = joined(
        Chat(MEXICO, "52").send("creo que mi hijo tiene varicela, le pican mucho los granitos")
    )
    assert es.title in reply and es.self_care[0] in reply

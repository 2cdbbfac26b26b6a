"""Medicine questions: which advice a question asks for, and the answer in the conversation.

The questions are the ones issue 10 names (over-the-counter medicines with blood-pressure
tablets, blood thinners and antidepressants, in pregnancy and breastfeeding, alcohol with
metronidazole, a missed pill) in the ways people ask them.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.assistant.medicines import MedicineFinder
from tests.assistant.support import PHILIPPINES, Chat, assert_well_formed, joined, kb, words

W = words()
QUESTIONS = [
    ("can I take ibuprofen with my blood pressure tablets?", "ibuprofen+blood_pressure_tablets"),
    ("can i take nurofen with my amlodipine", "ibuprofen+blood_pressure_tablets"),
    ("I'm on warfarin, can I take ibuprofen?", "ibuprofen+blood_thinners"),
    ("I'm on warfarin and 75, can I take aspirin?", "aspirin+blood_thinners"),
    ("can I take ibuprofen with sertraline?", "ibuprofen+antidepressants"),
    ("is paracetamol ok when pregnant?", "paracetamol+pregnancy"),
    ("can I take ibuprofen while pregnant", "ibuprofen+pregnancy"),
    ("I'm breastfeeding, is ibuprofen ok?", "ibuprofen+breastfeeding"),
    ("can I take co-codamol when breastfeeding", "codeine+breastfeeding"),
    ("can I drink alcohol on metronidazole?", "metronidazole+alcohol"),
    ("can I drink on metronidazole", "metronidazole+alcohol"),
    ("I forgot to take my pill last night", "combined_pill+missed_dose"),
    ("I missed my mini pill", "progestogen_only_pill+missed_dose"),
    ("I was sick after taking the morning after pill", "emergency_contraception+being_sick"),
    ("can I give calpol to my 2 year old", "paracetamol+child"),
    ("is it ok to take paracetamol and ibuprofen together", "paracetamol+another_painkiller"),
    ("can i take piriton while pregnant", "drowsy_antihistamine+pregnancy"),
    ("i have asthma can i take ibuprofen", "ibuprofen+asthma"),
    ("is loperamide ok for my 8 year old", "loperamide+child"),
    ("I'm 70, can I take ibuprofen?", "ibuprofen+older_age"),
]


def finder() -> MedicineFinder:
    reader = engine().reader("en")
    return MedicineFinder(kb(), kb().reference, reader.lexicon.expander.expand)


def advice(key: str) -> str:
    medicines = kb().reference.medicines
    assert medicines is not None
    return medicines.advice[key]


@pytest.mark.parametrize(("question", "key"), QUESTIONS)
def test_the_advice_a_question_asks_for(question: str, key: str) -> None:
    assert finder().advice_key(engine().reader("en").normalise(question)) == key


@pytest.mark.parametrize(
    "text", ["what can I take for a headache?", "I have a headache", "my tablets are blue"]
)
def test_no_medicine_named_is_no_medicine_advice(text: str) -> None:
    assert finder().advice_key(engine().reader("en").normalise(text)) is None


def test_every_answer_has_words_and_guidance() -> None:
    medicines = kb().medicines
    assert medicines is not None
    said = kb().reference.medicines
    assert said is not None
    for item in medicines.advice:
        assert said.advice[item.key].strip(), item.key
        assert str(item.source).startswith("https://"), item.key
        assert item.medicine in said.medicines, item.key


@pytest.mark.parametrize(("question", "key"), QUESTIONS)
def test_a_medicine_question_is_answered_in_the_conversation(question: str, key: str) -> None:
    chat = Chat()
    chat.send("hi")
    reply = chat.send(question)
    assert_well_formed(reply)
    text = joined(reply)
    assert advice(key) in text, text
    assert W("not_understood") not in text


def test_a_question_naming_no_medicine_gets_the_topics_pharmacist_options() -> None:
    reply = Chat().send("what can I take for a headache?")
    assert reply.topic == "headache"
    assert kb().reference.topics["headache"].pharmacist[0] in joined(reply)


def test_a_local_medicine_name_is_understood() -> None:
    """Country packs list local brand names (``medicine_names``): Biogesic is paracetamol
    in the Philippines."""
    assert "Biogesic" in kb().countries["PH"].medicine_names["paracetamol"]
    reply = Chat(PHILIPPINES).send("is Biogesic ok when pregnant?")
    assert advice("paracetamol+pregnancy") in joined(reply)


def test_an_overdose_question_is_triaged_first() -> None:
    """Safety comes before the medicine answer."""
    reply = Chat().send("I took 30 paracetamol an hour ago, can I take ibuprofen too?")
    assert reply.triage is not None and reply.triage.value == "emergency"
    assert "999" in reply.texts[0]

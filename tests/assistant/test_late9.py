"""Families found while merging (brief late9, 2026-12-06), in every language where they apply.

Phrasings written for this test (not taken from any evaluation set):

- the means made ready, saved up or lined up, said alone, is a suicide warning (NHS, NICE
  NG225: the means at hand): the `means_ready` finding reaches the crisis flag on its own;
  a bare rope or gun, medicines ready to collect, set out by a carer or counted for a trip
  do not;
- "started fitting in the car" is a fit: only the social sense of "fitting in" (at school, with
  friends, fitting in well), making time ("fitting in a run") and fitting things (a kitchen, a
  bra fitting) are not; Hindi "began to have a fit" (daura padne laga) in both scripts;
- a pacemaker or ICD with dizziness, near-fainting, a slow pulse or breathlessness, or a shock
  from the device, is urgent (NHS pacemaker implantation, BHF): `heart_device`, `device_shock`,
  red flag `heart_device_symptoms`; a question about living with one is not;
- a labour ward or the midwife as the person's own work is not a pregnancy; seeing the
  midwife still is.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from tests.assistant.support import E, U, assert_level

# --- 1. the means made ready, said alone ------------------------------------------------------

MEANS_READY = [
    ("the noose is ready in the garage", "en"),
    ("I've saved up loads of my sleeping tablets", "en"),
    ("all my tablets are laid out on the bed", "en"),
    ("been buying painkillers in different chemists all week", "en"),
    ("la soga ya está preparada", "es"),
    ("llevo acumulando muchas pastillas", "es"),
    ("já juntei bastante comprimidos", "pt"),
    ("os remédios estão enfileirados na cama", "pt"),
    ("j'ai accumulé plein de somnifères", "fr"),
    ("la corde est déjà prête", "fr"),
    ("vidonge viko tayari", "sw"),
    ("nimehifadhi vidonge vingi", "sw"),
    ("फंदा तैयार कर लिया", "hi"),
    ("bahut saari goliyan jama kar rakhi", "hi"),
]


@pytest.mark.parametrize(("text", "language"), MEANS_READY)
def test_the_means_made_ready_alone_is_a_crisis(text: str, language: str) -> None:
    found = assert_level(engine(), text, E, language)
    assert "means_ready" in found.present
    assert "suicide_plan" in {f.id for f in found.fired}


NOT_MEANS_READY = [
    ("the chemist says my repeat prescription is ready to pick up", "en"),
    ("my tablets are in the dosette box for the week", "en"),
    ("we need a rope for the tent pegs", "en"),
    ("I counted my tablets for the trip abroad", "en"),
    ("renewing my gun licence this month", "en"),
    ("dad's meds are set out by the district nurse", "en"),
    ("las pastillas están listas para recoger en la farmacia", "es"),
    ("os remédios do vovô estão separados no porta-comprimidos", "pt"),
    ("mes médicaments sont prêts à récupérer à la pharmacie", "fr"),
    ("dawa ziko tayari kuchukua famasia", "sw"),
    ("dawai chemist ki dukan par taiyar hai", "hi"),
]


@pytest.mark.parametrize(("text", "language"), NOT_MEANS_READY)
def test_medicines_ready_for_ordinary_reasons_are_not_the_means(text: str, language: str) -> None:
    found = engine().assess(text, language)
    assert "means_ready" not in found.present
    assert found.level is not E, [f.id for f in found.fired]


# --- 2. fitting in the car is a fit; fitting in at school is not ------------------------------

BEGAN_FITTING = [
    ("my brother began fitting in the supermarket", "en"),
    ("grandad started fitting on the bathroom floor", "en"),
    ("she was fitting in her cot when I went in", "en"),
    ("la niña empezó a convulsionar en el parque", "es"),
    ("meu filho começou a convulsionar no ônibus", "pt"),
    ("ma fille a commencé à convulser au parc", "fr"),
    ("mtoto alianza kupata degedege sokoni", "sw"),
    ("बाजार में मेरे भाई को दौरा पड़ने लगा", "hi"),
    ("bazaar me bhai ko daura padne laga", "hi"),
]


@pytest.mark.parametrize(("text", "language"), BEGAN_FITTING)
def test_began_fitting_somewhere_is_a_fit(text: str, language: str) -> None:
    found = assert_level(engine(), text, E, language)
    assert "seizure" in found.present


NOT_A_FIT = [
    "my son is finding fitting in with the other kids hard",
    "she is fitting in really well at her new job",
    "anxious about never fitting in.",
    "trying to keep fitting in a swim before my shift",
    "I was fitting a carpet and my knee aches",
    "went for a dress fitting and felt a bit light headed",
]


@pytest.mark.parametrize("text", NOT_A_FIT)
def test_fitting_in_socially_or_fitting_things_is_not_a_fit(text: str) -> None:
    found = engine().assess(text, "en")
    assert "seizure" not in found.present
    assert found.level is not E


# --- 3. a heart device with symptoms ---------------------------------------------------------

DEVICE_WITH_SYMPTOMS = [
    ("I've had a pacemaker for two years and now I keep going lightheaded", "en"),
    ("my mum has an ICD and has been short of breath since yesterday", "en"),
    ("felt a jolt from my defibrillator while gardening, I feel fine now", "en"),
    ("mi padre tiene marcapasos y se marea mucho", "es"),
    ("o cardiodesfibrilador me deu um choque ontem", "pt"),
    ("mon père a un pacemaker et il a des vertiges", "fr"),
    ("baba ana pacemaker na ana kizunguzungu", "sw"),
    ("पापा को पेसमेकर लगा है और उन्हें चक्कर आ रहे हैं", "hi"),
    ("papa ko pacemaker laga hai aur chakkar aa rahe hain", "hi"),
]


@pytest.mark.parametrize(("text", "language"), DEVICE_WITH_SYMPTOMS)
def test_a_heart_device_with_symptoms_is_urgent(text: str, language: str) -> None:
    found = assert_level(engine(), text, U, language)
    assert "heart_device_symptoms" in {f.id for f in found.fired}


NOT_DEVICE_SYMPTOMS = [
    ("I have a pacemaker, is it safe to use an induction hob", "en"),
    ("the security scanner device went off at the airport", "en"),
    ("what is the ICD-10 code for asthma", "en"),
    ("tengo marcapasos, ¿puedo viajar en avión?", "es"),
]


@pytest.mark.parametrize(("text", "language"), NOT_DEVICE_SYMPTOMS)
def test_a_heart_device_question_is_not_urgent(text: str, language: str) -> None:
    found = engine().assess(text, language)
    assert "heart_device_symptoms" not in {f.id for f in found.fired}


def test_fainting_with_a_pacemaker_stays_an_emergency() -> None:
    assert_level(engine(), "she has a pacemaker and just fainted in the shop", E, "en")


# --- 4. the labour ward or the midwife as work ------------------------------------------------

AT_WORK = [
    ("I'm a porter on the labour ward and my head is pounding with blurry vision", "en"),
    ("I work as a midwife, I've got a headache and blurred vision", "en"),
    ("trabajo como matrona y tengo dolor de cabeza y veo borroso", "es"),
    ("sou parteira e estou com dor de cabeça e vista embaçada", "pt"),
    ("je suis sage-femme, j'ai mal à la tête et la vue trouble", "fr"),
    ("I work on the antenatal ward, my head hurts and my eyesight is blurry", "en"),
    ("mimi ni mkunga na kichwa kinauma na naona ukungu", "sw"),
]


@pytest.mark.parametrize(("text", "language"), AT_WORK)
def test_working_on_the_labour_ward_is_not_a_pregnancy(text: str, language: str) -> None:
    found = engine().assess(text, language)
    assert not found.facts.pregnant
    assert "pre_eclampsia_signs" not in {f.id for f in found.fired}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my midwife wants me checked for a headache and blurred vision", "en"),
        ("la matrona me dijo que vigile el dolor de cabeza y la vista borrosa", "es"),
    ],
)
def test_seeing_the_midwife_is_still_a_pregnancy(text: str, language: str) -> None:
    assert engine().assess(text, language).facts.pregnant

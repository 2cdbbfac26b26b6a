"""Routine needs read as self-care, and topic choice (brief under8, 2026-12-06).

Phrasings written for this test (not taken from any evaluation set). Each family was fixed in
the knowledge base (a word class, a scope cue, a red flag's rows) or, for topic choice, by a
general rule in the data (``narrows``):

- period pain said with the tummy's cramps is period pain (self-care), not recurring tummy
  pain nor colic: ``period_pain`` narrows ``tummy_pain``, ``colic`` and ``kidney_stones``, and
  monthly pain with the period no longer fires ``tummy_pain_recurring``;
- ankles or feet that keep swelling, or stay swollen, on blood-pressure or heart treatment:
  ``swollen_ankles_check`` (routine, NHS oedema), never the high_blood_pressure topic's
  self-care;
- Caribbean "bun mi" of a belly or of peeing is a burning pain inside, not a skin burn;
  pain under the right rib (singular) is upper tummy pain (gallstones: routine);
- thrush that recurs, sleep apnoea with nodding off at the wheel (hi-latn word order),
  fasting readings after a comma (pt), a Sheng hook-up and discharge (sw), "no proper motion"
  (South Asian English), a Hindi "cut got", stiffness after the gym (hi).

Both sides: red flags still lead (jaundice with fever, bleeding that will not stop, breathless
with swollen ankles) and near-misses stay where they were.
"""

from __future__ import annotations

import pytest

from tests.assistant.support import E, R, S, U, assert_level, rules

# --- period pain vs tummy pain, six languages ------------------------------------------------

PERIOD_SELF_CARE = [
    (
        "every month when my period starts my lower tummy cramps, "
        "can i take ibuprofen with paracetamol?",
        "en",
    ),
    ("colicos de regla, que puedo tomar", "es"),
    ("cólicas da menstruação todo mês, posso tomar ibuprofeno?", "pt"),
    ("douleurs de regles chaque mois, je peux prendre de l ibuprofene ?", "fr"),
    ("kila mwezi nikiwa kwenye period tumbo la chini linauma, nitumie dawa gani?", "sw"),
    ("पीरियड के दूसरे दिन पेट के नीचे वाले हिस्से में मरोड़ होती है", "hi"),
    ("periods ke time pet me marod hoti hai, koi dawa?", "hi"),
]


@pytest.mark.parametrize(("text", "lang"), PERIOD_SELF_CARE)
def test_period_pain_is_self_care_period_topic(text: str, lang: str) -> None:
    found = assert_level(rules(), text, S, lang)
    assert found.topic == "period_pain", found.topic


def test_recurring_tummy_pain_without_a_period_stays_routine() -> None:
    found = assert_level(rules(), "my tummy hurts every week after meals for months", R, "en")
    assert "tummy_pain_recurring" in {f.id for f in found.fired}


def test_period_pain_red_flags_still_lead() -> None:
    assert_level(
        rules(),
        "period pain so bad i fainted and the bleeding is soaking a pad every hour",
        E,
        "en",
    )


# --- swollen ankles on treatment -------------------------------------------------------------

ANKLES_ROUTINE = [
    ("my grandad's ankles puff up every evening since he started his blood pressure pills", "en"),
    ("a mi papa se le hinchan los tobillos en la tarde y toma pastillas de la presion", "es"),
    ("meu pai tem pressao alta e as pernas dele incham no fim do dia", "pt"),
    ("mon pere fait de la tension et ses chevilles gonflent le soir", "fr"),
    ("baba ana presha na miguu yake inavimba kila siku jioni", "sw"),
    ("दादी को हाई बीपी है और उनके पैर शाम को सूज जाते हैं", "hi"),
]


@pytest.mark.parametrize(("text", "lang"), ANKLES_ROUTINE)
def test_swollen_ankles_on_treatment_is_routine(text: str, lang: str) -> None:
    found = assert_level(rules(), text, R, lang)
    assert "swollen_ankles_check" in {f.id for f in found.fired}


def test_swollen_ankles_with_breathlessness_stay_urgent() -> None:
    assert_level(
        rules(),
        "my ankles are puffy and I get breathless when I lie flat, I have heart failure",
        U,
        "en",
    )


def test_a_twisted_swollen_ankle_is_not_oedema() -> None:
    found = assert_level(rules(), "twisted my ankle at football and it's swollen", S, "en")
    assert "swollen_ankles_check" not in {f.id for f in found.fired}


# --- gallstone-like pain, and "bun" that is not a burn -----------------------------------------


def test_pain_under_the_right_rib_after_fatty_food_is_routine() -> None:
    found = assert_level(
        rules(), "aching under my right rib after a greasy takeaway, eases by bedtime", R, "en"
    )
    assert found.topic == "tummy_pain"


def test_caribbean_belly_burning_is_not_a_skin_burn() -> None:
    found = assert_level(rules(), "mi belly a bun mi after mi eat, under mi right rib", R, "en")
    assert "burn" not in found.present
    assert found.topic != "minor_burns"


def test_caribbean_burning_pee_is_urinary() -> None:
    found = rules().assess("mi pee a bun mi", "en")
    assert "urinary" in found.present
    assert "burn" not in found.present


def test_a_skin_burn_in_caribbean_english_is_still_a_burn() -> None:
    found = rules().assess("di hot pot handle bun mi hand", "en")
    assert "burn" in found.present


def test_right_rib_pain_with_yellow_eyes_and_fever_is_not_routine() -> None:
    found = rules().assess(
        "pain under my right rib after fried food, now my eyes are yellow and i have a fever", "en"
    )
    assert found.level in (E, U), found.level


# --- recurring thrush, diabetes readings, sleep apnoea, STI, constipation ----------------------


def test_thrush_that_keeps_recurring_is_routine() -> None:
    assert_level(rules(), "la mycose vaginale revient tous les mois malgre les ovules", R, "fr")
    assert_level(rules(), "démangeaisons vaginales qui reviennent chaque mois", R, "fr")


def test_a_first_ordinary_itch_is_not_the_recurring_rule() -> None:
    found = rules().assess("j ai des demangeaisons vaginales depuis hier", "fr")
    assert "recurring" not in found.present


def test_fasting_reading_after_a_comma_is_above_target() -> None:
    found = assert_level(rules(), "sou diabetica, a glicemia em jejum, deu 170 ontem", R, "pt")
    assert "glucose_above_target" in found.present


def test_fasting_reading_in_range_is_not_above_target() -> None:
    found = rules().assess("sou diabetica, a glicemia em jejum, deu 98 ontem", "pt")
    assert "glucose_above_target" not in found.present


def test_hinglish_snoring_with_pauses_and_sleepy_at_the_wheel_is_routine() -> None:
    found = assert_level(
        rules(), "papa bahut kharrate lete hain, beech me saans ruk jaati hai", R, "hi"
    )
    assert "breathing_pauses" in found.present
    assert_level(
        rules(), "bhai zor se kharrate leta hai aur gaadi chalate neend aa jaati hai", R, "hi"
    )


def test_sheng_hook_up_with_discharge_is_routine() -> None:
    found = assert_level(rules(), "usaha inatoka uumeni tangu nilihook up wiki iliyopita", R, "sw")
    assert "sti_risk" in found.present


def test_no_proper_motion_is_constipation() -> None:
    found = assert_level(rules(), "no proper motion since three days, feeling full", S, "en")
    assert found.topic == "constipation"
    found = rules().assess("motion is not clear since yesterday", "en")
    assert "constipation" in found.present


# --- self-care not understood before (hi) ----------------------------------------------------


def test_hindi_small_cut_that_stopped_is_self_care() -> None:
    found = assert_level(rules(), "चाकू से अंगूठे पर कट लग गया, दबाने से खून बंद हो गया", S, "hi")
    assert found.topic == "cuts_grazes"


def test_hindi_cut_that_will_not_stop_bleeding_is_not_self_care() -> None:
    found = rules().assess("hath pe cut lag gaya aur 15 minute se khoon band nahi ho raha", "hi")
    assert found.level in (E, U), found.level


def test_hinglish_stiffness_after_the_gym_is_self_care() -> None:
    found = assert_level(rules(), "kal gym me squats kiye, aaj jaangh me akdan hai", S, "hi")
    assert "muscle_pain" in found.present


# --- teething signs in everyday words (NHS: gnawing and chewing on everything) ---------------

TEETHING = [
    ("mtoto wangu wa miezi 6 anatafuna kila kitu na anatoa mate mengi, hana homa", "sw"),
    ("mi bebe de 8 meses mastica todo y babea, no tiene fiebre", "es"),
    ("minha bebe de 6 meses vive mordendo tudo, sem febre", "pt"),
    ("ma fille de 7 mois mordille tout, pas de fievre", "fr"),
    ("8 mahine ki beti har cheez munh me daal rahi hai, bukhar nahi hai", "hi"),
]


@pytest.mark.parametrize(("text", "lang"), TEETHING)
def test_teething_signs_without_fever_are_self_care(text: str, lang: str) -> None:
    found = assert_level(rules(), text, S, lang)
    assert found.topic == "teething", found.topic


def test_teething_signs_with_a_high_temperature_are_not_self_care() -> None:
    found = rules().assess("mtoto wa miezi 7 anatafuna kila kitu na ana homa ya 39", "sw")
    assert found.level in (E, U), found.level

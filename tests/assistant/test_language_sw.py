"""Swahili (Kenya, Tanzania): our own messages, written for these tests the way people type
on WhatsApp (no accents, Sheng contractions, Swahili and English mixed). Nothing here is taken
from an evaluation set. Everything goes through the public entry points: the engine's
``assess`` and the assistant's conversation store."""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.assistant.knowledge.voices import said_back
from tests.assistant.support import (
    ENGLISH_ONLY_2026_12_04,
    Chat,
    E,
    R,
    U,
    first_line,
    joined,
    medicine_answer,
)

ENGINE = engine()
KENYA = "+254712345678"
TANZANIA = "+255754123456"


def level(text: str) -> str:
    return ENGINE.assess(text, "sw").level.value


# --- emergencies: adult and child, Sheng and typos -----------------------------------------------

EMERGENCIES = (
    "mtoto wangu wa miezi 4 hapumui",
    "babu ameanguka bafuni na hajitambui",
    "nna maumivu makali ya kifua yanashuka mkono wa kushoto na jasho jingi",
    "mama ghafla uso umepinda na hawezi kuongea",
    "mwanangu wa miaka 3 ana degedege na homa kali",
    "mtoi amelegea hanyonyi kabisa",
    "mke wangu ni mjamzito wiki 28 anatokwa na damu nyingi",
    "nimemeza vidonge vyote kwa makusudi",
    "mtoto amekunywa mafuta ya taa",
    "jamaa amegongwa na boda boda damu nyingi haikomi",
    "kaka anakabwa na mfupa wa kuku hawezi kupumua",
    "mtoto ana homa na vipele vya zambarau havipotei nikibonyeza glasi",
    "dada yangu amelala na jiko la mkaa chumbani sasa haamki",
    "siwezi kupumua midomo imekuwa ya bluu",
)


@pytest.mark.parametrize("text", EMERGENCIES)
def test_an_emergency_in_swahili_is_an_emergency(text: str) -> None:
    assert level(text) == "emergency", ENGINE.assess(text, "sw")


@pytest.mark.parametrize(
    "text",
    [
        "sitaki kuishi tena nimenunua dawa ya panya",
        "nimechoka na maisha nataka kujiua leo usiku",
        "kwaherini wote, mtakuwa sawa bila mimi",
    ],
)
def test_a_suicidal_statement_reaches_the_crisis_path(text: str) -> None:
    found = ENGINE.assess(text, "sw")
    assert found.level is E
    assert found.crisis, found.fired


def test_swahili_is_read_without_being_named_and_mixed_with_english() -> None:
    for text in ("mtoto wangu hapumui", "nina chest pain inashuka kwa mkono wa kushoto"):
        assert ENGINE.assess(text).level is E, text


# --- scope: negated, someone else, hypothetical, history ----------------------------------------


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("sina maumivu ya kifua", "chest_pain"),
        ("hana homa wala kikohozi", "fever"),
        ("hakuna damu kwenye choo", "rectal_blood"),
        ("mtoto hatapiki", "vomiting"),
        ("sijatapika leo", "vomiting"),
        ("hakuna degedege", "seizure"),
    ],
)
def test_a_negated_finding_is_not_present(text: str, finding: str) -> None:
    assert finding not in ENGINE.assess(text, "sw").present


@pytest.mark.parametrize(
    "text",
    [
        "nifanye nini kama mtoto akipata degedege",
        "je kama mtoto hapumui nifanye nini",
        "dalili za hatari za kiharusi ni zipi",
        "historia ya familia ya kiharusi",
        "babu alifariki kwa kiharusi",
    ],
)
def test_questions_and_other_peoples_history_are_not_emergencies(text: str) -> None:
    assert level(text) != "emergency", ENGINE.assess(text, "sw")


def test_a_red_flag_line_is_said_back_in_swahili_voices() -> None:
    sw = ENGINE.kb.languages["sw"]
    line = sw.red_flags["chest_pain_cardiac"].say
    assert said_back(line, sw.spec.voices, "self").startswith("nina maumivu ya kifua")
    assert said_back(line, sw.spec.voices, "child").startswith("mwanangu ana maumivu")
    assert said_back(line, sw.spec.voices, "parent").startswith("mama yangu ana maumivu")


# --- ordinary complaints are not emergencies -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "koo linauma siku tatu",
        "nina mafua na kikohozi kidogo tangu jana",
        "mgongo unauma baada ya kubeba mzigo",
        "nina upele unawasha mkononi",
        "naumwa na kichwa kidogo",
    ],
)
def test_an_ordinary_complaint_is_not_an_emergency(text: str) -> None:
    assert ENGINE.assess(text, "sw").level.rank > E.rank, ENGINE.assess(text, "sw")


# --- replies: in Swahili, with the local number first --------------------------------------------


def test_an_emergency_in_kenya_is_answered_in_swahili_with_999_first() -> None:
    reply = Chat(KENYA, "254").send("mwanangu hapumui na midomo ni ya bluu")
    assert reply.triage is E
    lead = first_line(reply)
    assert lead.startswith("Piga 999"), lead
    assert "Wakati unasubiri:" in joined(reply)


def test_an_emergency_in_tanzania_leads_with_112() -> None:
    reply = Chat(TANZANIA, "255").send("baba ameanguka ghafla na hajitambui")
    assert reply.triage is E
    assert first_line(reply).startswith("Piga 112"), first_line(reply)


def test_a_crisis_in_swahili_gets_the_kenyan_line_in_swahili() -> None:
    reply = Chat(KENYA, "254").send("sitaki kuishi tena, nimepanga kujinyonga")
    assert reply.triage is E
    text = joined(reply)
    assert "1199" in text and "Pole sana" in text, text


def test_fever_in_kenya_is_seen_today_and_said_in_swahili() -> None:
    reply = Chat(KENYA, "254").send("nina homa na baridi kali tangu jana")
    assert reply.triage is not None and reply.triage.rank <= U.rank
    assert "leo" in joined(reply)


def test_a_sore_throat_is_not_urgent() -> None:
    reply = Chat(TANZANIA, "255").send("koo linauma tangu jana lakini niko sawa")
    assert reply.triage is not None and reply.triage.rank > U.rank


# --- commands in Swahili -------------------------------------------------------------------------


def test_stop_and_start_in_swahili() -> None:
    chat = Chat(TANZANIA, "255")
    stopped = chat.send("acha")
    assert "sitakutumia ujumbe tena" in joined(stopped)
    started = chat.send("anza")
    assert "Karibu tena" in joined(started)


def test_delete_my_data_in_swahili_asks_then_deletes() -> None:
    chat = Chat(TANZANIA, "255")
    chat.send("nina kikohozi siku mbili")
    asked = chat.send("futa data yangu")
    assert "Unataka nifute" in joined(asked)
    done = chat.send("ndiyo")
    assert "zimefutwa" in joined(done)


def test_asking_for_swahili_switches_the_language() -> None:
    chat = Chat("+447700900123", "44")
    chat.send("hello")
    reply = chat.send("kiswahili tafadhali")
    assert "Kiswahili" in joined(reply), reply.texts
    assert chat.state.get("language") == "sw" or "Nini kinakusumbua" in joined(reply)


# --- detection -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "mtoto wangu ana homa kali",
        "kichwa kinauma sana tangu jana",
        "naskia kizunguzungu na kichefuchefu",
        "mama yangu anakohoa usiku mzima",
        "tumbo linaniuma baada ya kula",
        "mtoi anaharisha siku mbili",
    ],
)
def test_short_swahili_messages_are_detected_as_swahili(text: str) -> None:
    assert ENGINE.languages_of(text)[0] == "sw", ENGINE.detector.detect(text)


# --- red flags written in Swahili for the first time (2026-12-03) ---------------------------------
# Sentences written for these tests, not copied from the red flags' own examples.


@pytest.mark.parametrize(
    "text",
    [
        "mwanangu amemeza betri ya saa ya ukutani",
        "baba amekaa juani siku nzima sasa amechanganyikiwa",
        "mama alifanyiwa operesheni siku 10 zilizopita sasa ghafla anapumua kwa shida"
        " na mguu wake umevimba",
        "mume wangu ana kisukari na kidole cha mguu kimekuwa cheusi",
        "rafiki amekunywa pombe nyingi na haamki tukimwita",
        "mtoto amemwagikiwa jik machoni",
    ],
)
def test_newly_written_emergencies_are_emergencies(text: str) -> None:
    assert level(text) == "emergency", ENGINE.assess(text, "sw")


@pytest.mark.parametrize(
    "text",
    [
        "korodani ya mwanangu imevimba",
        "inachoma nikikojoa na nina homa",
        "nina mimba ya wiki 30 na viganja vinawasha sana usiku",
    ],
)
def test_newly_written_urgent_red_flags_are_seen_today(text: str) -> None:
    assert ENGINE.assess(text, "sw").level.rank <= U.rank, ENGINE.assess(text, "sw")


def test_cutting_a_finger_while_cooking_is_a_cut_not_self_harm() -> None:
    accident = ENGINE.assess("nimejikata kidole nikikata vitunguu", "sw")
    assert not accident.crisis and accident.topic == "cuts_grazes", accident
    on_purpose = ENGINE.assess("najikata kwa wembe makusudi", "sw")
    assert on_purpose.crisis, on_purpose


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("sikio linauma tangu jana", "earache"),
        ("jino linauma nikila vitu baridi", "toothache"),
        ("nina kiungulia baada ya kula", "heartburn"),
        ("nimefunga choo siku tatu", "constipation"),
        ("maumivu ya hedhi yamenishika", "period_pain"),
        ("nimeumwa na mbu mguu unawasha", "insect_bites_stings"),
        ("mtoto ana minyoo, anajikuna makalio usiku", "threadworms"),
        ("nina kwikwi tangu asubuhi haiishi", "hiccups"),
        ("nina chunusi nyingi usoni", "acne"),
        ("familia nzima tunajikuna usiku, vipele katikati ya vidole", "scabies"),
        ("nina nta nyingi sikioni", "earwax"),
        ("nimevutwa na mshipa usiku mguuni", "muscle_cramps"),
        ("mtoto anatapika kwenye gari kila tukisafiri", "motion_sickness"),
    ],
)
def test_common_complaints_find_their_swahili_topic(text: str, topic: str) -> None:
    found = ENGINE.assess(text, "sw")
    assert found.topic == topic, found
    assert topic in ENGINE.kb.languages["sw"].topics


# --- routine red flags and the findings behind them (December, second batch) -------------------


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "baba ana miaka 72, anaamka usiku mara nne kukojoa na mkojo unatoka dhaifu",
            "urinary_symptoms_older_men",
        ),
        ("mkono unakufa ganzi kila usiku kwa wiki tatu sasa", "carpal_tunnel_pattern"),
        ("ninakoroma sana mke wangu anasema inaharibu usingizi wake", "snoring_affecting_life"),
        ("nimegundua kinundu kwenye titi la kushoto", "breast_lump"),
        ("nina fangasi ukeni kila mwezi zinajirudia", "thrush_check"),
        ("mwanangu wa miaka 2 anapata homa kila baada ya wiki chache", "recurrent_fevers"),
        ("kuna mstari mweusi chini ya ukucha wa kidole gumba", "changing_mole"),
    ],
)
def test_a_routine_red_flag_said_in_swahili_is_seen_by_a_doctor(text: str, flag: str) -> None:
    found = ENGINE.assess(text, "sw")
    assert flag in {f.id for f in found.fired}, found
    assert found.level is R, found


def test_an_older_mans_urinary_line_holds_when_said_about_mama_too() -> None:
    """The parent voice is 'mama yangu': the prostate rows cannot hold for her, the line's
    'affects sleep or daily life' row must (it did not, before affects_life had Swahili words)."""
    sw = ENGINE.kb.languages["sw"]
    line = said_back(sw.red_flags["urinary_symptoms_older_men"].say, sw.spec.voices, "parent")
    assert line.startswith("mama yangu anaamka"), line
    found = ENGINE.assess(line, "sw")
    assert "urinary_symptoms_older_men" in {f.id for f in found.fired}, found


def test_swahili_has_its_own_words_for_every_finding_and_red_flag() -> None:
    sw = ENGINE.kb.languages["sw"]
    missing = (set(ENGINE.kb.findings) - set(sw.findings)) | (
        set(ENGINE.kb.red_flags) - set(sw.red_flags)
    )
    assert missing <= ENGLISH_ONLY_2026_12_04 & set(sw.spec.fallbacks)
    assert sw.medicines is not None


MEDICINE_QUESTIONS = [
    ("naweza kumpa mtoto wangu wa miaka 2 panadol?", "paracetamol+child"),
    ("nina mimba ya miezi 5, naweza kutumia panadol", "paracetamol+pregnancy"),
    ("natumia warfarin, naweza kutumia brufen?", "ibuprofen+blood_thinners"),
    ("nanyonyesha, brufen ni salama?", "ibuprofen+breastfeeding"),
    ("naweza kunywa pombe nikitumia flagyl", "metronidazole+alcohol"),
    ("nimesahau kidonge cha majira jana usiku", "combined_pill+missed_dose"),
    ("nilitapika baada ya kumeza p2", "emergency_contraception+being_sick"),
    ("ors inachanganywaje kwa mtoto", "oral_rehydration+child"),
    ("nimesahau kumeza antibiotiki asubuhi", "antibiotics+missed_dose"),
]


@pytest.mark.parametrize(("question", "key"), MEDICINE_QUESTIONS)
def test_a_medicine_question_in_swahili_gets_the_swahili_advice(question: str, key: str) -> None:
    medicine_answer("sw", KENYA, "254", "habari", question, key)

"""Hindi (Devanagari and Latin letters), sixth-round families.

Phrasings written for this test (not taken from any evaluation set). Each family is fixed in
the language data, never for one sentence:

* a heart attack in lay words (ghabrahat, paseena, heaviness or burning in the chest, arm or
  jaw pain) is an emergency; exam nerves and sweating in the heat are not;
* a fingertip or the top of a finger cut off is an emergency (NHS cuts: a body part cut off);
  a cut called deep or gaping, or one asking for stitches, is urgent; bleeding that "does not
  stop" said with "nahi" before the verb is heavy bleeding; a small cut is self-care;
* a limb suddenly cold and pale, its colours listed with commas, is an emergency (NHS PAD);
* the say-lines of the early-sepsis and sudden-cold-limb rows reach their levels;
* what is denied after the word stays denied: "bukhar nahi" in Latin letters (read by the
  English reading too), "… ka koi khayal nahi" (no thought of self-harm), a numb leg denied
  beside "sab normal" (not a stroke that passed);
* Hinglish replies for topics that had only Devanagari text.
"""

# ruff: noqa: E501  (one message per line)
from __future__ import annotations

import re

import pytest

from tests.assistant.support import Chat, E, R, S, U, joined, kb, rules

_ENGINE = rules()
ORDER = {S: 0, R: 1, U: 2, E: 3}
INDIA = "+919812345678"


def assess(text: str, local: frozenset[str] = frozenset()) -> object:
    return _ENGINE.assess(text, None, local)


def fired(text: str, local: frozenset[str] = frozenset()) -> set[str]:
    return {f.id for f in _ENGINE.assess(text, None, local).fired}


# --- levels reached, with the red flag that decides them ------------------------------------

REACHES = [
    # 1. a heart attack in lay words (NHS heart attack: 999)
    (
        "papa ko achanak ghabrahat ho rahi hai, seene me bhaaripan aur pasine se tar ho gaye",
        "chest_pain_cardiac",
        E,
    ),
    ("चाचा को घबराहट, छाती में दबाव और ठंडा पसीना आ रहा है", "chest_pain_cardiac", E),
    (
        "seene pe jalan si hai aur baayi baanh me dard, paseena chhoot raha hai",
        "chest_pain_cardiac",
        E,
    ),
    ("जबड़े तक दर्द जा रहा है, सीने में भारीपन, पसीना पसीना हो गए", "chest_pain_cardiac", E),
    # 2. a fingertip or the top of a finger cut off (NHS cuts: a body part cut off)
    ("chaaku se ungli ka upar wala hissa kat gaya", "serious_wound", E),
    ("machine me bete ki ungli ki nok kat gayi", "serious_wound", E),
    ("दरवाज़े में अंगूठे का सिरा कट गया", "serious_wound", E),
    ("उंगली कटकर अलग हो गई है", "serious_wound", E),
    # bleeding that does not stop, "not" before the verb
    ("das minute se daba ke rakha hai phir bhi khoon nahi ruk raha", "heavy_bleeding", E),
    ("कपड़े से दबाया फिर भी खून नहीं रुक रहा", "heavy_bleeding", E),
    ("khoon nahi tham raha, ungli kat gayi thi", "heavy_bleeding", E),
    # a cut called deep or gaping, or asking for stitches (NHS cuts and grazes: urgent)
    ("tin ki chadar se kaat laga, kaat gehra hai aur khula hua hai", "deep_wound", U),
    ("कांच से हथेली पर कट लगा, कट गहरा है, टांके लगेंगे क्या?", "deep_wound", U),
    ("ghutne pe ghaav khula hua hai, andar tak gehra lag raha", "deep_wound", U),
    # 3. a limb suddenly cold and pale, its colours listed with commas (NHS PAD: 999)
    ("मेरा हाथ अचानक ठंडा, सफ़ेद पड़ गया है", "limb_circulation", E),
    ("dadi ka pair achanak thanda, safed aur neela pad gaya hai", "limb_circulation", E),
    # yellow eyes and skin named together, "peeli dikh rahi" (NHS jaundice: urgent), with
    # the fever denied so that only the jaundice decides
    ("nanaji ki aankhen aur skin peeli dikh rahi hain, bukhar nahi hai", "jaundice", U),
    ("दादी की आंखें और त्वचा पीली दिख रही है", "jaundice", U),
]


@pytest.mark.parametrize(("text", "flag", "expected"), REACHES)
def test_reaches_level_by_its_red_flag(text: str, flag: str, expected: object) -> None:
    a = assess(text)
    assert flag in {f.id for f in a.fired}
    assert a.level == expected


@pytest.mark.parametrize(
    "text",
    [
        "kal board exam hai, bahut ghabrahat ho rahi hai, neend nahi aa rahi",
        "परीक्षा से पहले घबराहट होती है, हाथों में पसीना आता है",
        "dhoop me kheti ka kaam kiya, bahut paseena aaya, ab theek hoon",
        "khana khane ke baad seene me halki jalan, khatti dakar aati hai",
        "khana khane ke baad seene pe jalan hoti hai, khatti dakar",
    ],
)
def test_exam_nerves_heat_and_heartburn_are_not_emergency(text: str) -> None:
    assert ORDER[assess(text).level] < ORDER[U]


@pytest.mark.parametrize(
    "text",
    [
        "sabzi kaatte hue ungli thodi kat gayi, khoon ruk gaya",
        "ungli ki nok par halka sa kat gaya",
        "कट गहरा नहीं है, छोटा सा है, खून रुक गया",
        "kal kaat laga tha, ab khoon nahi aa raha",
    ],
)
def test_small_cut_is_not_urgent(text: str) -> None:
    a = assess(text)
    assert ORDER[a.level] < ORDER[U]
    assert not {"serious_wound", "heavy_bleeding", "deep_wound"} & {f.id for f in a.fired}


# --- the say-lines of the new rows; early sepsis ------------------------------------------


def test_cold_hands_in_winter_are_not_an_emergency() -> None:
    assert assess("sardi me haath pair thande ho jaate hain hamesha").level != E


@pytest.mark.parametrize("code", ["hi", "hi-latn"])
def test_new_rows_are_in_the_hindi_say_lines(code: str) -> None:
    lines = kb().languages[code].red_flags
    infection = lines["infection_warning_signs"].say
    limb = lines["limb_circulation"].say
    if code == "hi":
        assert "दिल बहुत तेज़ धड़क" in infection and "अचानक" in limb
    else:
        assert "dil bahut tez dhadak" in infection and "achanak" in limb


@pytest.mark.parametrize(
    "text",
    [
        "tez bukhar hai, thand lagkar kaanp raha hoon aur dil bahut tez dhadak raha hai",
        "मुझे तेज़ बुखार है, कंपकंपी हो रही है और दिल बहुत तेज़ धड़क रहा है",
    ],
)
def test_fever_shivers_and_racing_heart_at_least_urgent(text: str) -> None:
    assert "infection_warning_signs" in fired(text)
    assert ORDER[assess(text).level] >= ORDER[U]


# --- 4. what is denied stays denied ---------------------------------------------------------

MALARIA = frozenset({"malaria"})


@pytest.mark.parametrize(
    "text",
    [
        "naak beh rahi hai aur chheenke, bukhar nahi hai",
        "2 din se patli potty, ORS le raha hoon, bukhar nahi khoon nahi",
        "beti ke daant aa rahe hain, chidchidi hai, bukhar nahi",
    ],
)
def test_fever_denied_in_latin_letters_is_not_a_fever(text: str) -> None:
    a = _ENGINE.assess(text, None, MALARIA)
    assert "fever" not in a.present
    assert "malaria_risk" not in {f.id for f in a.fired}
    assert ORDER[a.level] < ORDER[U]


@pytest.mark.parametrize(
    "text", ["2 din se bukhar hai", "bukhar hai aur kapkapi bhi", "bukhar nahi utar raha"]
)
def test_a_fever_said_is_still_tested_for_malaria(text: str) -> None:
    assert "malaria_risk" in fired(text, MALARIA)


@pytest.mark.parametrize(
    "text",
    [
        "teen mahine se udaasi hai, kisi kaam me mann nahi lagta. khud ko nuksan pahunchane ka koi khayal nahi hai",
        "हर वक्त घबराहट रहती है, नींद कम है। खुद को चोट पहुंचाने का कोई विचार नहीं",
    ],
)
def test_no_thought_of_self_harm_is_not_suicidal(text: str) -> None:
    a = assess(text)
    assert not {"suicidal_thoughts", "suicide_plan"} & {f.id for f in a.fired}
    assert a.level == R


@pytest.mark.parametrize(
    "text",
    [
        "mujhe khud ko nuksan pahunchane ka khayal aata hai",
        "marne ka khayal dimaag se nahi jaata",
        "खुद को खत्म करने का ख्याल आता है, कोई प्लान नहीं है",
    ],
)
def test_thoughts_of_self_harm_still_count(text: str) -> None:
    assert ORDER[assess(text).level] >= ORDER[U]


def test_numb_legs_denied_beside_all_normal_is_not_a_passing_stroke() -> None:
    text = "kamar me dard 3 mahine se, pair me sunnpan nahi, peshab potty sab normal"
    a = assess(text)
    assert "stroke_fast" not in {f.id for f in a.fired}
    assert a.level != E


@pytest.mark.parametrize(
    "text",
    [
        "papa ka chehra 10 minute ke liye tedha ho gaya tha, ab theek hai",
        "माँ का हाथ सुन्न हो गया था, 5 मिनट में ठीक हो गया",
    ],
)
def test_a_stroke_sign_that_passed_is_still_an_emergency(text: str) -> None:
    assert assess(text).level == E


# --- 5. Hinglish replies for topics that had only Devanagari text --------------------------


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("2 din se thoda chakkar aa raha hai, khade hone par", "*Chakkar aana*"),
        ("bagal me phoda ho gaya hai, dard hai", "*Phoda*"),
        ("gym ke baad badan dard ho raha hai", "*Muscles me dard*"),
        ("hamesha thakan rehti hai, energy nahi hai", "*Thakaan aur kamzori*"),
        ("periods me zyada khoon aata hai har mahine", "*Zyada khoon wale periods*"),
        ("aankh laal hai, dard nahi, dikhna theek hai", "*Laal ya dard wali aankh*"),
        ("daant me pus hai, masoode me phoda", "*Daant me mawaad (phoda)*"),
    ],
)
def test_hinglish_topic_is_answered_in_latin_letters(message: str, title: str) -> None:
    chat = Chat(INDIA, "91")
    chat.send("namaste")
    text = joined(chat.send(message))
    assert text.startswith(title)
    assert not re.search("[\u0900-\u097f]", text)

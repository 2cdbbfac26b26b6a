"""Hindi in Latin letters (hi-latn): topic texts for the everyday complaints, and the general
gaps that sent such messages to the wrong place.

Every message here is our own, written for these tests (not copied from any corpus or eval
set), the way people type Hindi on WhatsApp: Roman letters, loose spelling, English words
mixed in. A message reaches its topic at the topic's default level, and the reply is the
Roman Hindi text (not the English one, never Devanagari). The variant's own aliases count
when a message is read (they are how people writing in Latin letters name a topic), and each
over-triage fix is tested on both sides: the everyday phrasing and the dangerous one.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S

from .support import Chat, assert_level, joined, rules

RULES = rules()  # the knowledge base alone, without the similarity raise
KB = RULES.kb
LATN = KB.languages["hi-latn"]
HI = KB.languages["hi"]
EN = KB.languages["en"]
INDIA = "+919812345678"

# The topics written in Roman Hindi on 2026-12-05 (the first sixteen were there before).
WRITTEN = [
    "acne",
    "athletes_foot",
    "bloating_wind",
    "chickenpox",
    "cold_sores",
    "colic",
    "conjunctivitis",
    "cuts_grazes",
    "dandruff",
    "dehydration",
    "diabetes_blood_sugar",
    "earwax",
    "eczema",
    "flu",
    "haemorrhoids",
    "hay_fever",
    "head_lice",
    "heat_exhaustion",
    "heat_rash",
    "hiccups",
    "high_blood_pressure",
    "hives",
    "indigestion",
    "insect_bites_stings",
    "insomnia",
    "joint_pain",
    "low_mood",
    "migraine",
    "minor_burns",
    "motion_sickness",
    "mouth_ulcers",
    "muscle_cramps",
    "nappy_rash",
    "neck_pain",
    "nosebleed",
    "panic_attacks",
    "ringworm",
    "scabies",
    "sinusitis",
    "sprains_strains",
    "stress_anxiety",
    "sunburn",
    "teething",
    "threadworms",
    "thrush",
    "toothache",
    "tonsillitis",
    "vomiting_child",
]

CASES = [
    ("indigestion", "aajkal khana hajam nahi hota, pet bhari bhari rehta hai"),
    ("indigestion", "khane ke baad badhazmi ho jati hai"),
    ("joint_pain", "mere jodon me dard hai, umar 55"),
    ("joint_pain", "gathiya ka dard hai ghutne me"),
    ("toothache", "kal se daant me dard hai"),
    ("toothache", "akal daad nikal rahi hai, dard hai"),
    ("conjunctivitis", "meri aankh aa gayi hai, laal hai"),
    ("conjunctivitis", "subah aankhein chipak jati hain keechad se"),
    ("hives", "pure sharir par pitti nikal aayi hai"),
    ("insect_bites_stings", "madhumakhi ne haath par kaat liya"),
    ("insect_bites_stings", "raat ko machhar ne bahut kaata, daane ho gaye"),
    ("insect_bites_stings", "bhirad ne kaata ungli par"),
    ("minor_burns", "chai banate hue haath jal gaya"),
    ("minor_burns", "garam chai gir gayi haath par"),
    ("minor_burns", "garam tel gir gaya ungli par"),
    ("cuts_grazes", "cycle se gir gaya ghutna chhil gaya"),
    ("cuts_grazes", "blade se kat gaya thoda sa"),
    ("sprains_strains", "seedhi utarte hue pair mud gaya, moch aa gayi"),
    ("sprains_strains", "kalai me moch aa gayi hai"),
    ("high_blood_pressure", "bp ki dawai roz leni padegi kya"),
    ("diabetes_blood_sugar", "mujhe sugar hai, khane me kya dhyan rakhu"),
    ("stress_anxiety", "office ki wajah se bahut tension rehti hai"),
    ("low_mood", "kuch dino se mann udaas rehta hai"),
    ("insomnia", "raat ko neend nahi aati, karwat badalta rehta hu"),
    ("teething", "baby ke daant nikal rahe hain, chidchida hai"),
    ("colic", "mera 2 mahine ka baby shaam ko bahut rota hai"),
    ("nappy_rash", "baby ko diaper rash ho gaya hai"),
    ("thrush", "yoni me khujli aur safed paani aa raha hai"),
    ("acne", "chehre pe bahut pimples ho gaye hain"),
    ("dandruff", "baalon me rusi bahut hai"),
    ("migraine", "fir se aadhe sir me dard, roshni buri lagti hai"),
    ("flu", "flu ho gaya hai, badan toot raha hai"),
    ("heat_rash", "garmi me bachhe ko ghamoriyan ho gayi hain"),
    ("mouth_ulcers", "munh me chhale ho gaye hain, khana nahi kha pa raha"),
    ("mouth_ulcers", "jeebh par chhale pad gaye"),
    ("nosebleed", "bete ki naak se khoon aa raha hai garmi me"),
    ("bloating_wind", "pet me gas banti hai bahut, pet phool jata hai"),
    ("eczema", "haathon ki twacha fat gayi hai aur khujli hoti hai"),
    ("chickenpox", "bete ko chhoti mata nikli hai"),
    ("ringworm", "jaangh me daad ho gaya hai"),
    ("neck_pain", "galat sone se gardan akad gayi"),
    ("dehydration", "garmi me paani ki kami ho gayi lagti hai"),
    ("heat_exhaustion", "dhoop me kaam karke chakkar aa raha hai aur paseena"),
    ("haemorrhoids", "bawaseer ki problem hai, potty me dard"),
    ("hay_fever", "dhool se allergy hai, chheenkein aati hain"),
    ("sunburn", "dhoop se chehra laal ho gaya, jalan hai"),
    ("head_lice", "beti ke baalon me jooen ho gayi hain"),
    ("motion_sickness", "bus me safar karte hi ulti aati hai"),
    ("motion_sickness", "gaadi me baithte hi ulti jaisa lagta hai"),
    ("hiccups", "subah se hichki ruk nahi rahi"),
    ("sinusitis", "sinus ki problem hai, naak band aur maathe me dard"),
    ("panic_attacks", "kal raat panic attack aaya tha"),
    ("vomiting_child", "3 saal ke bete ko ulti aur dast ho rahe hain"),
    ("scabies", "ghar me sabko khujli ho rahi hai raat ko"),
    ("period_pain", "periods me pet ke neeche dard hota hai"),
    ("cold_sores", "honth par cold sore nikal aaya"),
    ("earwax", "kaan me mail jam gaya hai, kam sunai deta hai"),
    ("athletes_foot", "pair ki ungliyon ke beech khujli aur safed twacha"),
    ("threadworms", "bachhe ko raat ko potty ki jagah khujli hoti hai"),
    ("threadworms", "bete ki potty me safed keede dikhe"),
]


@pytest.mark.parametrize(("topic", "text"), CASES)
def test_a_roman_hindi_complaint_reaches_its_topic_at_its_level(topic: str, text: str) -> None:
    a = RULES.assess(text, "hi-latn")
    assert a.topic == topic, (text, a.topic, [f.id for f in a.fired])
    assert a.level.value == KB.topics[topic].default_level, (text, a.level, a.fired)


@pytest.mark.parametrize(("topic", "text"), CASES[::4])
def test_the_language_is_found_without_being_told(topic: str, text: str) -> None:
    a = RULES.assess(text)
    assert a.language == "hi" and a.topic == topic, (text, a.language, a.topic)


@pytest.mark.parametrize("topic", WRITTEN)
def test_the_topic_has_roman_hindi_text_and_is_no_longer_a_fallback(topic: str) -> None:
    assert topic in LATN.topics
    assert topic not in LATN.spec.fallbacks
    text, english = LATN.topics[topic], EN.topics[topic]
    assert text.title != english.title or topic == "flu"
    assert not any("\u0900" <= ch <= "\u097f" for ch in text.summary + "".join(text.self_care))
    # the same parts as the English topic: no advice dropped or invented as a new section
    assert len(text.self_care) == len(english.self_care), topic
    assert len(text.pharmacist) == len(english.pharmacist), topic


def test_aliases_written_only_in_the_variant_are_read() -> None:
    # "bhirad" (a hornet) names insect bites in hi-latn only: the base's reading uses it too.
    hindi = {a for t in HI.topics.values() for a in t.aliases}
    assert "bhirad ne kaata" in LATN.topics["insect_bites_stings"].aliases
    assert "bhirad ne kaata" not in hindi
    assert RULES.assess("bhirad ne kaata", "hi-latn").topic == "insect_bites_stings"


REPLIES = [
    ("toothache", "30 saal ka hu, kal se daant me dard hai"),
    ("conjunctivitis", "25 saal ki hu, meri aankh aa gayi hai, laal hai"),
    ("acne", "19 saal ki hu, chehre pe bahut pimples ho gaye hain"),
    ("dandruff", "28 saal ka hu, baalon me rusi bahut hai"),
    ("insomnia", "45 saal ka hu, raat ko neend nahi aati, karwat badalta rehta hu"),
    ("hay_fever", "33 saal ki hu, dhool se allergy hai, chheenkein aati hain"),
    ("nappy_rash", "mere 8 mahine ke baby ko diaper rash ho gaya hai"),
    ("hiccups", "40 saal ka hu, subah se hichki ruk nahi rahi"),
]


@pytest.mark.parametrize(("topic", "message"), REPLIES)
def test_the_reply_is_the_roman_hindi_text(topic: str, message: str) -> None:
    reply = Chat(INDIA).send(message)
    text = joined(reply)
    assert reply.triage is not None
    # the similarity model may raise a plain complaint to routine, never lower it
    default = TriageLevel(KB.topics[topic].default_level)
    assert reply.triage in (default, R), (message, reply.triage)
    mine = LATN.topics[topic]
    # the reply fits what it can of the text into three messages: the title and the summary's
    # first sentence always come first
    assert mine.title in text and mine.summary.split(". ")[0] in text, (message, text)
    assert EN.topics[topic].summary.split(". ")[0] not in text
    assert not any("\u0900" <= ch <= "\u097f" for ch in text), text


# --- general gaps found on the way, both sides -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("5 saal ke bete ko kal se bukhar hai", 5.0),
        ("6 saal ke ladke ko kal se bukhar hai", 6.0),
        ("2 saal ke baby ko dast ho rahe hain", 2.0),
        ("3 साल के बेटे को उल्टी हो रही है", 3.0),
    ],
)
def test_an_age_before_a_son_or_boy_is_an_age_not_a_duration(text: str, age: float) -> None:
    # "N saal ke bete/ladke ko" (oblique forms) is the child's age; read as "for N years" it
    # made a day-old complaint look long-standing (urgent).
    u = RULES.understand(text, "hi")
    assert u.facts.age_years == age and u.facts.subject == "child", (text, u.facts)
    assert_level(RULES, text, S, "hi-latn")


@pytest.mark.parametrize(
    "text",
    ["2 mahine ke bete ko bukhar hai", "6 hafte ke bete ko bukhar hai", "2 महीने के बेटे को बुखार है"],
)
def test_a_young_baby_with_a_fever_is_still_an_emergency(text: str) -> None:
    u = RULES.understand(text, "hi")
    assert u.facts.age_years is not None and u.facts.age_years < 0.25, (text, u.facts)
    assert_level(RULES, text, E, "hi-latn")


def test_a_complaint_for_years_is_still_long_standing() -> None:
    u = RULES.understand("mujhe 3 saal se kamar me dard rehta hai", "hi")
    assert u.facts.duration_days == 3 * 365 and u.facts.age_years is None


# (message, finding, whether it is read, level): each family on both sides.
READINGS = [
    # a liquid that fell is spilt, and a fall off a bike is a fall: neither is a collapse
    ("garam chai gir gayi haath par", "collapse", False, S),
    ("garam tel gir gaya ungli par", "collapse", False, S),
    ("garam doodh gir gaya ungli par", "collapse", False, S),
    ("cycle se gir gaya ghutna chhil gaya", "collapse", False, S),
    ("bike se gir gayi, kohni chhil gayi", "collapse", False, S),
    # a person falling down still is
    ("papa achanak gir gaye", "collapse", True, E),
    ("dadi achanak se gir gayi", "collapse", True, E),
    # a fall alone is a fall, as in English ("my dad fell while walking"); with a sign it is 999
    ("pitaji chalte chalte gir pade", "fall", True, R),
    ("dadi bathroom me gir gayi, behosh hai", "unresponsive", True, E),
    ("चाचा अचानक गिर गए", "collapse", True, E),
    # chest heaviness spelt with long vowels ("bhaaripan", "dabaav")
    ("seene me bhaaripan hai", "chest_tight", True, E),
    ("chhati me bhaaripan aur paseena", "chest_tight", True, E),
    ("ghabrahat aur seene me bhaaripan", "chest_tight", True, E),
    ("seene par bhaari dabaav lag raha hai", "chest_tight", True, E),
]


@pytest.mark.parametrize(("text", "finding", "read", "level"), READINGS)
def test_a_phrasing_is_read_as_it_is_meant(
    text: str, finding: str, read: bool, level: TriageLevel
) -> None:
    present = RULES.understand(text, "hi").present
    assert (finding in present) is read, (text, sorted(present))
    assert_level(RULES, text, level, "hi-latn")


def test_a_fall_from_a_roof_is_still_an_emergency() -> None:
    assert RULES.assess("chhat se gir gaya", "hi-latn").level is E


@pytest.mark.parametrize(
    "text", ["munh me chhale ho gaye hain", "jeebh par chhale pad gaye", "मुंह में छाले हो गए हैं"]
)
def test_mouth_chhale_are_mouth_ulcers_not_blisters_in_an_odd_place(text: str) -> None:
    # "munh ke chhale" is the everyday Hindi for mouth ulcers.
    a = RULES.assess(text, "hi-latn")
    assert a.topic == "mouth_ulcers" and a.level is S, (text, a.topic, a.fired)


@pytest.mark.parametrize("text", ["aankh ki palak par chhale", "private part par chhale ho gaye"])
def test_blisters_on_an_eyelid_or_the_genitals_still_need_a_doctor(text: str) -> None:
    assert RULES.assess(text, "hi-latn").level.rank <= R.rank, text


def test_a_heavy_stomach_after_food_is_not_chest_heaviness() -> None:
    a = RULES.assess("khane ke baad pet bhaari lagta hai", "hi-latn")
    assert a.topic == "indigestion" and a.level is S, (a.topic, a.fired)

"""Hindi in Latin letters (hi-latn): the topic texts written on 2026-12-06 (issue 11), the
last topics that answered a Roman-Hindi writer in English.

Every message here is our own, written for these tests (not copied from any corpus or eval
set), the way people type Hindi on WhatsApp: Roman letters, loose spelling, English words
mixed in. Each topic is reached by two phrasings (at its default level, or a more urgent one
when a red flag of its own fires: a broken-skin bite, spreading redness); a chat reply to an
Indian number carries the Roman Hindi text, with no Devanagari and no English topic text. The
general causes fixed on the way are tested on both sides.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel

from .support import Chat, joined, rules

RULES = rules()  # the knowledge base alone, without the similarity raise
KB = RULES.kb
LATN = KB.languages["hi-latn"]
EN = KB.languages["en"]
INDIA = "+919812345678"

CASES = [
    ("after_birth", "delivery ke baad ab bhi thoda khoon aa raha hai, 2 hafte ho gaye"),
    ("after_birth", "cesarean ke baad taanko me halka dard rehta hai"),
    ("allergic_reaction", "jhinga khane se allergy ho gayi, khujli ho rahi hai"),
    ("allergic_reaction", "nayi dawai ka reaction ho gaya lagta hai, haath par daane"),
    ("animal_bites", "gali ke kutte ne pair par kaat liya"),
    ("animal_bites", "billi ne kaata, rabies ka injection lagwana hai kya"),
    ("asthma", "mujhe dama hai, inhaler kaise sahi lu"),
    ("asthma", "asthma ki bimari hai, har saal sardi me badh jati hai"),
    ("baby_posseting", "3 mahine ka baby har feed ke baad doodh ulat deta hai"),
    ("baby_posseting", "meri beti doodh peene ke baad thoda doodh nikal deti hai, khush rehti hai"),
    ("bladder_leaks", "jab bhi khansti hu peshab nikal jata hai"),
    ("bladder_leaks", "chheenkne par thoda susu nikal jata hai"),
    ("breast_pain", "har mahine periods se pehle breast me dard hota hai"),
    ("breast_pain", "period aane se pehle breast bhari aur dukhte hai"),
    ("breastfeeding_problems", "nipple me dard hai, baby 1 hafte ka hai"),
    ("breastfeeding_problems", "baby theek se nahi pakadta, nipple me dard hai"),
    ("cellulitis", "ghaav ke aas paas laali fail rahi hai aur garam hai"),
    ("cellulitis", "pair me skin me infection ho gaya lagta hai, laal aur suja"),
    ("contraception", "emergency pill kab tak le sakte hai"),
    ("contraception", "goli khana bhool gayi do din, kya karu"),
    ("covid", "corona positive aaya hai, gala kharab hai aur thakaan"),
    ("covid", "lagta hai corona ho gaya, swad aur gandh chali gayi"),
    ("cradle_cap", "3 mahine ke baby ke sir par peeli papdi jami hai"),
    ("cradle_cap", "baby ke sir me papdi hai, kya karu"),
    ("croup", "bete ko raat se bhaunkne jaisi khansi hai"),
    ("croup", "2 saal ki beti ko kutte jaisi khansi aa rahi hai"),
    ("erection_problems", "kuch mahino se erection nahi hota theek se"),
    ("erection_problems", "mardana kamzori ki problem hai, kya karu"),
    ("fainting", "kal mandir me khade khade behosh ho gayi thi, ab theek hu"),
    ("fainting", "subah nahate waqt aankhon ke aage andhera aur behoshi aa gayi"),
    ("gout", "uric acid zyada hai aur pair ke anguthe me sujan aur dard hai"),
    ("gout", "doctor ne bola gout hai, angutha laal aur sooja hua"),
    ("hangover", "kal raat zyada pi li, ab sir bhari hai"),
    ("hangover", "daaru ke baad sir dard ho raha hai subah se"),
    ("hearing_loss", "papa ko ab kam sunai deta hai"),
    ("hearing_loss", "raat ko kaan me seeti ki awaaz aati hai"),
    ("hoarse_voice", "shaadi me gaane ke baad awaaz baith gayi"),
    ("hoarse_voice", "do din se gala baith gaya hai, bolne me dikkat"),
    ("impetigo", "bete ke naak ke paas peeli papdi wale ghaav hain"),
    ("impetigo", "school se aaya to munh ke paas peeli papdi"),
    ("itching_pregnancy", "7 mahine ki pregnancy me pet par khujli hoti hai"),
    ("itching_pregnancy", "pregnant hu aur khujli bahut hoti hai"),
    ("kidney_stones", "pehle bhi pathri hui thi, ab fir pathri ka dard lag raha hai"),
    ("kidney_stones", "doctor ne kaha kidney me pathri hai, paani kitna piyu"),
    ("menopause", "48 saal ki hu, menopause ke lakshan lag rahe hain"),
    ("menopause", "raat ko hot flushes aate hain aur paseena"),
    ("missed_period", "period late hai, kya main pregnant hu"),
    ("missed_period", "periods late ho gaye hain, pregnancy test kab karu"),
    ("mouth_patches", "munh ke cancer ka dar hai, gutkha khata hu"),
    ("mouth_patches", "munh ka ghaav theek nahi ho raha"),
    ("pregnancy_minor_ailments", "pregnancy me acidity bahut ho rahi hai"),
    ("pregnancy_minor_ailments", "pregnancy me kabz ho gayi hai, kya lu"),
    ("rash_child", "beti ko daane nikle hain, khujli hai"),
    ("rash_child", "beti ko daane nikle hain, glass test kaise karu"),
    ("sciatica", "kamar se pair tak dard jata hai, nas dab gayi lagti hai"),
    ("sciatica", "taang me current jaisa dard hota hai kamar se"),
    ("shingles", "dadi ko nagin ho gayi hai, kamar par ek taraf daane"),
    ("shingles", "pet par ek taraf jalan wale daane nikle hain"),
    ("snoring_sleep_apnoea", "pati bahut zor se kharrate lete hain"),
    ("snoring_sleep_apnoea", "raat ko kharrate aate hai, wife pareshan hai"),
    ("something_in_eye", "aankh me kachra chala gaya, chubh raha hai"),
    ("something_in_eye", "hawa se aankh me dhool chali gayi"),
    ("stop_smoking", "mujhe cigarette chhodni hai, madad chahiye"),
    ("stop_smoking", "gutkha chhodna hai, koi tarika batao"),
    ("tick_bites", "kutte se kilni chipak gayi mere haath par"),
    ("tick_bites", "khet me tick ne kaata, kya karu"),
    ("urinary_problems_men", "60 saal ka hu, peshab ki dhaar kamzor ho gayi hai"),
    (
        "urinary_problems_men",
        "raat ko baar baar peshab ke liye uthna padta hai, prostate ki problem",
    ),
    # sex without a condom is first a question of emergency contraception (same day, fix10u)
    ("contraception", "bina condom sex kiya tha, sti test karwana hai"),
    ("vaginal_discharge", "yoni se peela pani aana aur badbu"),
    ("warts_verrucas", "ungli par massa ho gaya hai"),
    ("warts_verrucas", "talve me massa hai, chalne me chubhta hai"),
]
WRITTEN = sorted({topic for topic, _ in CASES})


def _devanagari(text: str) -> bool:
    return any("\u0900" <= ch <= "\u097f" for ch in text)


def test_every_topic_of_the_base_has_roman_hindi_text() -> None:
    # no topic written in Devanagari falls back to the English text for a Roman-Hindi writer
    base = KB.languages["hi"].topics
    assert set(WRITTEN) <= set(LATN.topics)
    assert not set(WRITTEN) & set(LATN.spec.fallbacks)
    assert len(WRITTEN) == 36 and set(WRITTEN) <= set(base)


@pytest.mark.parametrize("topic", WRITTEN)
def test_the_text_is_roman_hindi_with_the_english_parts(topic: str) -> None:
    text, english = LATN.topics[topic], EN.topics[topic]
    whole = " ".join((text.title, text.summary, *text.self_care, *text.pharmacist, text.duration))
    assert not _devanagari(whole + " ".join(text.aliases)), topic
    assert text.title != english.title and text.summary != english.summary
    assert len(text.self_care) == len(english.self_care), topic
    assert len(text.pharmacist) == len(english.pharmacist), topic


@pytest.mark.parametrize(("topic", "text"), CASES)
def test_a_roman_hindi_message_reaches_its_topic(topic: str, text: str) -> None:
    a = RULES.assess(text, "hi-latn")
    assert a.topic == topic, (text, a.topic, [f.id for f in a.fired])
    # at the topic's level, or more urgent when one of its own red flags fires; never less
    assert a.level.rank <= TriageLevel(KB.topics[topic].default_level).rank, (text, a.level)


# The first message of each topic with an age where the reply would ask for one.
REPLIES = [
    (
        "after_birth",
        "28 saal ki hu, delivery ke baad ab bhi thoda khoon aa raha hai, 2 hafte ho gaye",
    ),
    ("asthma", "35 saal ka hu, mujhe dama hai, inhaler kaise sahi lu"),
    ("baby_posseting", "3 mahine ka baby har feed ke baad doodh ulat deta hai"),
    ("bladder_leaks", "45 saal ki hu, jab bhi khansti hu peshab nikal jata hai"),
    ("breast_pain", "30 saal ki hu, har mahine periods se pehle breast me dard hota hai"),
    ("contraception", "24 saal ki hu, emergency pill kab tak le sakte hai"),
    ("cradle_cap", "meri 5 mahine ki beti ke sir par papdi hai, kya lagayein"),
    ("erection_problems", "50 saal ka hu, kuch mahino se erection nahi hota theek se"),
    ("hangover", "32 saal ka hu, kal raat zyada pi li, ab sir bhari hai"),
    ("hoarse_voice", "40 saal ki hu, shaadi me gaane ke baad awaaz baith gayi"),
    ("impetigo", "6 saal ke bete ke naak ke paas peeli papdi wale ghaav hain"),
    ("menopause", "48 saal ki hu, menopause ke lakshan lag rahe hain"),
    ("stop_smoking", "38 saal ka hu, mujhe cigarette chhodni hai, madad chahiye"),
    ("warts_verrucas", "22 saal ka hu, ungli par massa ho gaya hai"),
]


@pytest.mark.parametrize(("topic", "message"), REPLIES)
def test_the_chat_reply_is_the_roman_hindi_text(topic: str, message: str) -> None:
    reply = Chat(INDIA).send(message)
    text = joined(reply)
    assert reply.triage is not None
    mine = LATN.topics[topic]
    assert mine.title in text and mine.summary.split(". ")[0] in text, (message, text)
    assert EN.topics[topic].summary.split(". ")[0] not in text, text
    assert not _devanagari(text), text


# --- general causes fixed on the way, both sides ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # crusts a topic of its own explains are that topic's, not a scaly scalp to see a GP for
        ("baby ke sir me papdi hai, kya karu", "cradle_cap"),
        ("bachhe ke munh ke paas peeli papdi", "impetigo"),
    ],
)
def test_cradle_cap_and_impetigo_crusts_are_their_own_topics(text: str, topic: str) -> None:
    a = RULES.assess(text, "hi-latn")
    assert a.topic == topic and a.level is TriageLevel.SELF_CARE, (text, a.topic, a.fired)


def test_scaly_patches_on_an_adult_scalp_still_see_a_gp() -> None:
    a = RULES.assess("mere sir me papdi aur khujli rehti hai", "hi-latn")
    assert a.topic == "dandruff", (a.topic, a.fired)


@pytest.mark.parametrize(
    "text",
    [
        "jab bhi khansti hu peshab nikal jata hai",
        "chheenkte hi thoda susu nikal jata hai",
        "हंसती हूं तो पेशाब निकल जाता है",
    ],
)
def test_leaks_when_i_cough_or_sneeze_are_bladder_leaks(text: str) -> None:
    assert "urine_leak" in RULES.understand(text, "hi").present, text
    assert RULES.assess(text, "hi-latn").topic == "bladder_leaks", text


@pytest.mark.parametrize(
    "text", ["khansi aati hai aur peshab me jalan", "hansta hu to pet dukhta hai"]
)
def test_a_cough_or_a_laugh_without_a_leak_is_not_one(text: str) -> None:
    assert "urine_leak" not in RULES.understand(text, "hi").present, text

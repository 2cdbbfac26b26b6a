"""Hindi topic files for everyday complaints that used to fall back to English.

Every message here is our own, written for these tests (not copied from any corpus or eval
set): the everyday words for a complaint, in Devanagari and in Latin letters (Hinglish),
without nuktas, with common misspellings. Each must reach its topic at the topic's default
level; a Devanagari message is answered with the Hindi topic text, and a Latin-letter one
never with Devanagari (a topic hi-latn lacks is shown in English, not in its base's script).
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel

from .support import Chat, joined, rules

R, S = TriageLevel.ROUTINE, TriageLevel.SELF_CARE
ENGINE = engine()
RULES = rules()  # the knowledge base alone, without the similarity raise
HI = ENGINE.kb.languages["hi"]
LATN = ENGINE.kb.languages["hi-latn"]
INDIA = "+919812345678"

CASES = [
    ("heartburn", "रात को खाने के बाद छाती में जलन होती है"),
    ("heartburn", "khatti dakar aur gale tak jalan rehti hai"),
    ("heartburn", "mujhe acidity bahut hoti hai"),
    ("indigestion", "आजकल खाना हजम नहीं होता"),
    ("indigestion", "badhazmi se pareshan hu"),
    ("constipation", "चार दिन से पेट साफ नहीं हुआ"),
    ("constipation", "kabj ki shikayat hai"),
    ("constipation", "potty nahi ho rahi 3 din se"),
    ("back_pain", "झाडू लगाते हुए कमर में झटका आ गया"),
    ("back_pain", "peeth me dard rehta hai office me"),
    ("migraine", "फिर से आधे सिर में दर्द हो रहा है"),
    ("migraine", "aadha sisi ka dard ho raha hai"),
    ("period_pain", "माहवारी में दर्द होता है हर महीने"),
    ("period_pain", "periods me kamar dard hota hai"),
    ("thrush", "योनि में खुजली हो रही है"),
    ("uti_symptoms", "पेशाब करते समय जलन होती है"),
    ("uti_symptoms", "susu me jalan ho rahi hai"),
    ("insect_bites_stings", "खटमल ने काटा, लाल दाने हैं"),
    ("insect_bites_stings", "madhumakhi ne kaata ungli par"),
    ("eczema", "हाथों पर एक्जिमा है"),
    ("hives", "पूरे बदन पर पित्ती निकल आई"),
    ("acne", "माथे पर मुंहासे निकल रहे हैं"),
    ("acne", "face pe pimples bahut hain"),
    ("head_lice", "बेटी के बालों में जुएं हैं"),
    ("head_lice", "beti ke baalon me jooen ho gayi"),
    ("dandruff", "सिर में रूसी बहुत है"),
    ("dandruff", "baalon me rusi aur khujli"),
    ("athletes_foot", "पैर की उंगलियों के बीच खुजली रहती है"),
    ("earwax", "कान में मैल जम गया है"),
    ("conjunctivitis", "बच्चे की आंख आ गई है"),
    ("conjunctivitis", "eye flu ho gaya hai"),
    ("hay_fever", "धूल से एलर्जी है, छींकें आती हैं"),
    ("sprains_strains", "कलाई में मोच आ गई"),
    ("nosebleed", "गर्मी में नकसीर फूट गई"),
    ("nosebleed", "bete ki nakseer phooti"),
    ("insomnia", "रात को नींद नहीं आती"),
    ("stress_anxiety", "काम की वजह से बहुत टेंशन है"),
    ("panic_attacks", "कल पैनिक अटैक आया था"),
    ("hangover", "kal raat zyada pi li, hangover hai"),
    ("motion_sickness", "safar me ulti aati hai"),
    ("nappy_rash", "बेबी को डायपर रैश है"),
    ("teething", "बेबी के दांत निकल रहे हैं"),
    ("colic", "baby shaam ko bahut rota hai"),
    ("chickenpox", "बेटे को छोटी माता निकली है"),
    ("haemorrhoids", "बवासीर की तकलीफ है"),
    ("ringworm", "जांघों में दाद हो गया है"),
    ("bloating_wind", "पेट में गैस बहुत बनती है"),
    ("sinusitis", "sinus ki problem hai"),
    ("scabies", "पूरे घर को खुजली हो रही है"),
    ("sunburn", "धूप से चेहरा लाल हो गया"),
    ("heat_rash", "बच्चे को घमौरियां हो गई हैं"),
    ("muscle_cramps", "pindli me cramp aa gaya"),
    ("neck_pain", "सोकर उठा तो गर्दन अकड गई"),
    ("hiccups", "हिचकी आ रही है"),
]


@pytest.mark.parametrize(("topic", "text"), CASES)
def test_an_everyday_complaint_reaches_its_topic(topic: str, text: str) -> None:
    a = ENGINE.assess(text, "hi")
    assert a.topic == topic, (text, a.topic, [f.id for f in a.fired])
    # the similarity model may raise a plain complaint to routine, never lower it
    assert a.level in (S, R), (text, a.level, [f.id for f in a.fired])


@pytest.mark.parametrize(("topic", "text"), CASES)
def test_the_knowledge_base_gives_the_topics_default_level(topic: str, text: str) -> None:
    a = RULES.assess(text, "hi")
    assert a.topic == topic, (text, a.topic, [f.id for f in a.fired])
    assert a.level.value == RULES.kb.topics[topic].default_level, (text, a.level)


@pytest.mark.parametrize("topic", sorted({t for t, _ in CASES}))
def test_the_topic_has_hindi_words_and_is_no_longer_a_fallback(topic: str) -> None:
    assert topic in HI.topics
    assert topic not in HI.spec.fallbacks


def test_a_devanagari_message_gets_the_hindi_topic_text() -> None:
    reply = Chat(INDIA).send("40 साल का हूं, दो दिन से खाने के बाद छाती में जलन और खट्टी डकार")
    assert reply.triage is S
    text = joined(reply)
    assert HI.topics["heartburn"].title in text
    assert HI.topics["heartburn"].self_care[0] in text
    assert ENGINE.kb.languages["en"].topics["heartburn"].title not in text


def test_a_latin_letter_reply_never_mixes_in_devanagari() -> None:
    # Whether hi-latn has the topic or not, a reply in Latin letters has no Devanagari.
    for message in ("mujhe 2 din se kabz hai, 30 saal ki hu", "25 saal ki hu, periods me dard"):
        text = joined(Chat(INDIA).send(message))
        assert not any("\u0900" <= ch <= "\u097f" for ch in text), (message, text)


def test_a_latin_letter_message_gets_the_hinglish_topic_text_where_there_is_one() -> None:
    text = joined(Chat(INDIA).send("mujhe 2 din se kabz hai, 30 saal ki hu"))
    assert LATN.topics["constipation"].title in text
    assert LATN.topics["constipation"].self_care[0] in text


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("साइनस है पर दवा का असर नहीं हुआ", "sinus"),
        ("kamar dard hai aur aaram nahi ho raha", "back_pain"),
        ("khansi hai aur koi sudhar nahi hai", "cough"),
    ],
)
def test_no_relief_is_not_a_negation_of_the_complaint(text: str, finding: str) -> None:
    # "आराम / असर / सुधार नहीं" says the complaint goes on; it does not deny it
    assert finding in RULES.understand(text, "hi").present


def test_a_plain_negation_still_denies() -> None:
    assert "back_pain" in RULES.understand("kamar dard nahi hai", "hi").negated

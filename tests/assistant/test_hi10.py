"""Hindi completeness, second part (issue 11): the records Hindi left to English until
2026-12-06 have Hindi words (findings) or Hindi lines (red flags), in Devanagari and in Latin
letters, and Hindi medicine questions ("क्रोसिन ले सकती हूं", "bachhe ko dolo kitna dein") are
read in Hindi. Our own messages, written for these tests (not from any eval set): each table
holds messages that must be read AND near-misses (negated, mild, another complaint, a
look-alike) that must not."""

from __future__ import annotations

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel

from .support import Chat, joined

ENGINE = engine()
INDIA = "+919812345678"
KB = ENGINE.kb
HI = KB.languages["hi"]
LATN = KB.languages["hi-latn"]

# The records Hindi fell back to English for until 2026-12-06 (panic_recurrent is another
# helper's; the medicines answers were written by himed11, see test_himed11.py).
WRITTEN_FINDINGS = (
    "bleed_like_period", "rigors_severe", "review_wanted", "glucose_above_target",
    "meal_trigger", "medicine_question", "gp_request",
)  # fmt: skip
WRITTEN_FLAGS = (
    "gp_request", "stop_smoking_medicines", "diabetes_review", "carer_struggling",
    "alcohol_help", "motion_sickness_severe", "breathless_long_term", "wheeze_ongoing",
    "cough_from_medicine", "cold_not_settling", "wound_slow_to_heal", "nose_one_sided",
)  # fmt: skip

# (finding, message, read?)
FINDINGS: list[tuple[str, str, bool]] = [
    # shaking that will not stop, with a fever
    ("rigors_severe", "बुखार के साथ कंपकंपी रुक ही नहीं रही", True),
    ("rigors_severe", "तेज बुखार है और पूरा शरीर थरथरा रहा है", True),
    ("rigors_severe", "bukhar me buri tarah kaanp raha hai, daant kitkita rahe hain", True),
    ("rigors_severe", "mummy ka kaanpna band hi nahi ho raha, 103 bukhar", True),
    ("rigors_severe", "हल्की सी कंपकंपी थी, अब ठीक है", False),
    ("rigors_severe", "thodi thand lag rahi hai bas", False),
    ("rigors_severe", "पूरा शरीर दुख रहा है", False),
    # bleeding like a period
    ("bleed_like_period", "डिलीवरी के 3 हफ्ते बाद फिर से पीरियड जैसा खून आ रहा है", True),
    ("bleed_like_period", "pregnancy me period jaisi bleeding shuru ho gayi", True),
    ("bleed_like_period", "khoon bilkul mahwari jitna aa raha hai", True),
    ("bleed_like_period", "पीरियड जैसा दर्द हो रहा है पेट के नीचे", False),
    ("bleed_like_period", "period jaisa dard hai, khoon nahi", False),
    # burning or gas brought on by food, or eased by an antacid
    ("meal_trigger", "खाना खाने के बाद सीने में जलन होती है", True),
    ("meal_trigger", "tala hua khane se gas aur khatti dakar aati hai", True),
    ("meal_trigger", "jalan hoti hai par eno se aaram mil jata hai", True),
    ("meal_trigger", "पेट में जलन है, खाना नहीं खा पा रहा", False),
    ("meal_trigger", "eno se aaram nahi hua", False),
    ("meal_trigger", "गरम चाय हाथ पर गिर गई, जलन हो रही है", False),
    ("meal_trigger", "munh ke chhale me khana khate hi jalan hoti hai", False),
    # a question about a medicine
    ("medicine_question", "प्रेगनेंसी में क्रोसिन ले सकती हूं क्या", True),
    ("medicine_question", "बच्चे को डोलो सिरप कितना दें", True),
    ("medicine_question", "kya combiflam aur crocin ek saath le sakte hain", True),
    ("medicine_question", "feeding ke time paracetamol safe hai kya", True),
    ("medicine_question", "BP ki goli lena bhool gayi kal raat", True),
    ("medicine_question", "antibiotic ki dose miss ho gayi", True),
    ("medicine_question", "दवा से कोई आराम नहीं हुआ", False),
    ("medicine_question", "dawai le li thi, ab thoda theek hai", False),
    # a repeat prescription, a yearly check, a referral
    ("gp_request", "मेरी बीपी की दवा खत्म हो गई है", True),
    ("gp_request", "parcha purana ho gaya, sugar ki goliyan khatam", True),
    ("gp_request", "asthma ki salana jaanch baki hai", True),
    ("gp_request", "skin specialist ke liye referral chahiye", True),
    ("gp_request", "दवा का असर खत्म होते ही दर्द लौट आता है", False),
    ("gp_request", "dard ab khatam ho gaya", False),
    # a wish to have a treatment or test looked at
    ("review_wanted", "अपनी बीपी की दवा बदलवाना चाहती हूं", True),
    ("review_wanted", "doctor se baat karna chahta hu apni dawai ke baare me", True),
    ("review_wanted", "thyroid ka test dobara kab karwana hai", True),
    ("review_wanted", "doctor ko dikhana chahiye kya", False),
    # blood sugar above target on treatment
    ("glucose_above_target", "मेटफॉर्मिन लेने के बाद भी शुगर 250 रहती है", True),
    ("glucose_above_target", "insulin ke bawajood sugar control nahi ho rahi", True),
    ("glucose_above_target", "खाली पेट शुगर 160 आई", True),
    ("glucose_above_target", "doctor ne bola pre diabetic ho", True),
    ("glucose_above_target", "sugar control me hai, 110 aati hai", False),
    ("glucose_above_target", "दवा लेने के बाद भी बुखार है", False),
    # breathless: the verb inflected (a family fix in breathless' words)
    ("breathless", "सीढ़ी चढ़ने पर सांस फूलती है", True),
    ("breathless", "chalne par saans phoolti hai", True),
    ("breathless", "सांस नहीं फूलती, बस खांसी है", False),
]

# (message, red flag that must fire, or None: none of WRITTEN_FLAGS may fire)
FLAGS: list[tuple[str, str | None]] = [
    ("sugar ki goliyan khatam ho gayi hain, naya parcha chahiye", "gp_request"),
    ("डायबिटीज है, इंसुलिन के बावजूद शुगर कंट्रोल नहीं हो रही", "diabetes_review"),
    ("bidi chhodni hai, doctor se baat karni hai dawai ke baare me", "stop_smoking_medicines"),
    ("बच्चा सारी रात रोता रहता है, हमसे अब बर्दाश्त नहीं हो रहा", "carer_struggling"),
    ("bhai roz raat bahut sharab peeta hai", "alcohol_help"),
    ("पहाड़ों में गाड़ी में उल्टी होती है, गोली से भी फर्क नहीं पड़ता", "motion_sickness_severe"),
    ("teen hafte se saans me seeti ki awaz aati hai", "wheeze_ongoing"),
    ("बीपी की नई गोली शुरू करने के बाद से सूखी खांसी है", "cough_from_medicine"),
    ("मुझे 5 हफ्ते से जुकाम है", "cold_not_settling"),
    ("tetanus ka injection kab laga yaad nahi, kat gaya hai", "wound_slow_to_heal"),
    ("ek taraf se naak baar baar band hoti hai aur khoon aata hai", "nose_one_sided"),
    # near-misses
    ("बच्चा थोड़ा रो रहा है, भूख लगी होगी", None),
    ("kal party me thodi sharab pi thi", None),
    ("2 din se zukam hai", None),
]


def test_the_written_records_are_no_longer_fallbacks() -> None:
    for name in WRITTEN_FINDINGS:
        assert name in HI.findings and HI.findings[name].words, name
        assert name not in HI.spec.fallbacks, name
    for name in WRITTEN_FLAGS:
        assert name in HI.red_flags and name in LATN.red_flags, name
        assert name not in HI.spec.fallbacks and name not in LATN.spec.fallbacks, name
        assert HI.red_flags[name].examples, name


def test_hindi_words_read_the_written_findings_in_both_scripts() -> None:
    failed = []
    for name, text, wanted in FINDINGS:
        got = name in ENGINE.understand(text, "hi").present
        if got != wanted:
            failed.append(f"{name}: {text!r} read={got}")
    assert not failed, failed


def test_the_written_red_flags_fire_and_near_misses_do_not() -> None:
    failed = []
    for text, flag in FLAGS:
        result = ENGINE.assess(text)
        fired = {f.id for f in result.fired}
        if flag is None:
            if fired & set(WRITTEN_FLAGS) or result.level == TriageLevel.EMERGENCY:
                failed.append(f"{text!r} fired {sorted(fired)}")
        elif flag not in fired:
            failed.append(f"{text!r} -> {sorted(fired)}, want {flag}")
    assert not failed, failed


def test_rigors_with_a_fever_is_seen_the_same_day_in_both_scripts() -> None:
    for text in ("तेज बुखार है और कंपकंपी रुक ही नहीं रही", "bukhar hai aur buri tarah kaanp raha hu"):
        assert ENGINE.assess(text).level in (TriageLevel.URGENT, TriageLevel.EMERGENCY), text


# (message, what the answer must say, what it must not) Hindi has its own medicine answers and
# situation words since 2026-12-06 (himed11): a question about a named medicine for an adult
# gets that medicine's answer with its dose, in the script it was asked in; one for a
# pregnancy or a child gets the answer for that situation, never the healthy adult's dose.
MEDICINE_ANSWERS: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("सिर में दर्द है, क्रोसिन ले सकता हूं क्या", ("500mg", "24 घंटे", "पैरासिटामोल"), ()),
    ("kamar dard hai, brufen le sakti hu kya", ("200mg", "6 ghante", "khane"), ()),
    ("dast ho rahe hain, electral kitna lena hai", ("ORS", "paani"), ()),
    ("क्या मैं प्रेगनेंसी में क्रोसिन ले सकती हूं", ("प्रेगनेंसी", "पैरासिटामोल"), ("500mg",)),
    ("kya main pregnancy me brufen le sakti hu", ("20 hafte", "paracetamol"), ("200mg",)),
    ("bachhe ko combiflam de sakte hai kya", ("3 mahine", "5kg"), ("200mg",)),
    ("बच्चे को डोलो कितना दें", ("4 घंटे", "उम्र"), ("500mg",)),
]


def test_a_named_medicine_gets_its_answer_only_where_no_situation_changes_it() -> None:
    failed = []
    for text, said, unsaid in MEDICINE_ANSWERS:
        reply = joined(Chat(INDIA).send(text))
        missing = [w for w in said if w not in reply]
        wrong = [w for w in unsaid if w in reply]
        if missing or wrong or "The usual adult dose" in reply:
            failed.append(f"{text!r}: missing {missing}, said {wrong}")
    assert not failed, failed

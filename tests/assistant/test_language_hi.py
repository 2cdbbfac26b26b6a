"""Hindi, in Devanagari and in Latin letters (Hinglish): our own messages, written for these
tests (not from any eval set), through the public entry points.

Emergencies in both scripts reach emergency (adult and child), crisis statements reach the
crisis path, negated and hypothetical forms do not count, ordinary complaints are not
emergencies, replies come in the script the person writes in and lead with India's number,
commands work in Hindi, and short typical messages are detected as Hindi.
"""

from __future__ import annotations

import pytest

from selfcare.assistant import invariants as inv
from selfcare.assistant.engine import engine
from selfcare.assistant.knowledge.voices import said_back
from selfcare.events import ReplyAction, TriageLevel
from tests.assistant.support import E, R, U

from .support import Chat, first_line, joined

INDIA = "+919812345678"
ENGINE = engine()
HI = ENGINE.kb.languages["hi"]
LATN = ENGINE.kb.languages["hi-latn"]


def level(text: str) -> TriageLevel:
    return ENGINE.assess(text).level


def present(text: str) -> frozenset[str]:
    return ENGINE.understand(text, "hi").present


# --- emergencies -------------------------------------------------------------------------------

EMERGENCIES = (
    # adults, Devanagari
    "मेरे पति के सीने में बहुत दर्द है और बाएं हाथ में भी जा रहा है",
    "नानी का मुंह टेढा हो गया है और बोल नहीं पा रहीं",
    "ससुर जी बेहोश पडे हैं, जगाने पर भी नहीं उठ रहे",
    "मम्मी को सांस लेने में बहुत ज्यादा दिक्कत है, होंठ नीले हो गए",
    "पैर कट गया है खून रुक ही नहीं रहा",
    # adults, Latin letters, typos and no accents
    "mere husband ko chhati me bahut dard hai aur pasina aa rha h",
    "dadi ka chehra ek taraf tedha ho gya aur haath utha nhi pa rhi",
    "papa ko saans lene me bahut zyada takleef ho rahi hai",
    "mummy ne galti se sulphas kha liya",
    "mujhe neeche se bahut bleeding ho rahi hai, 7 mahine ki pregnant hu",
    # children and babies
    "2 महीने के बच्चे को 101 बुखार है",
    "बेटी को झटके आ रहे हैं और मुंह से झाग निकल रहा है",
    "mera 6 mahine ka baby bilkul dheela pad gaya hai",
    "bachhe ke gale me sikka atak gaya saans nahi le pa raha",
    "beti ki pasliyan andar dhans rahi hain saans lete waqt",
    # India's own: heatstroke, snake bite, pesticide, a stroke named the lay way
    "खेत में काम करते हुए लू लग गई, बेहोश हो गए",
    "chacha ko khet me saanp ne kaat liya",
    "पापा को लकवा मार गया",
)


@pytest.mark.parametrize("text", EMERGENCIES)
def test_emergencies_in_both_scripts_are_emergencies(text: str) -> None:
    assert level(text) is E, (text, present(text))


CRISIS = (
    "मैं अब और जीना नहीं चाहता",
    "main suicide karna chahti hu",
    "mujhe marne ka mann karta hai, sab khatam kar dunga",
    "मैंने नींद की गोलियां जमा कर रखी हैं, आज रात सब खत्म कर दूंगा",
    "main khudkushi kar lungi",
    "aaj raat faansi laga lunga",
)


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_statements_take_the_crisis_path(text: str) -> None:
    found = ENGINE.assess(text)
    assert found.level in (E, U), found
    assert any(f.crisis for f in found.fired), found.fired


def test_a_crisis_reply_names_tele_manas_in_hindi() -> None:
    reply = Chat(INDIA).send("मैं आत्महत्या करना चाहता हूं")
    text = joined(reply)
    assert "14416" in text and "Tele-MANAS" in text
    assert "आप अकेले" in text or "अकेले नहीं" in text


# --- scope: negation, other people, hypotheticals ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("मुझे बुखार नहीं है, बस खांसी है", "fever"),
        ("bukhar nahi hai bas gala kharab hai", "fever"),
        ("सीने में दर्द नहीं है", "chest_pain"),
        ("seene me koi dard nahi hai", "chest_pain"),
        ("बच्चे को उल्टी नहीं हुई", "vomiting"),
    ],
)
def test_a_negated_finding_does_not_count(text: str, finding: str) -> None:
    assert finding not in present(text)


def test_a_negation_inside_a_finding_is_part_of_it() -> None:
    # "नहीं" in "सांस नहीं ले रहा" is the finding, and "कम नहीं हुआ" is not a negation
    assert "not_breathing" in present("बच्चा सांस नहीं ले रहा")
    assert "headache" in present("सिरदर्द कम नहीं हुआ")
    assert "vomit_persistent" in present("ulti band nahi ho rahi")


@pytest.mark.parametrize(
    "text",
    [
        "अगर बच्चे को तेज बुखार और गर्दन में अकडन हो तो क्या करें",
        "agar kisi ko heart attack aaye to kya karna chahiye",
    ],
)
def test_a_hypothetical_is_not_an_emergency(text: str) -> None:
    assert level(text) is not E


def test_a_relatives_history_is_not_the_persons_complaint() -> None:
    assert "emergency_named" not in present("परिवार में किसी को हार्ट अटैक हुआ था")


def test_the_left_side_is_not_vomiting() -> None:
    assert "vomiting" not in present("उल्टी तरफ के हाथ में दर्द है")
    assert "vomiting" in present("बच्चे को उल्टी हो रही है")


def test_the_postposition_ko_is_not_a_knock_out() -> None:
    # English reads "ko" as knocked out; Hindi "ko" is "to": "papa ko daru ki aadat hai"
    assert "knocked_out" not in present("papa ko bukhar hai")
    assert level("papa ko daaru peene ke baad ulti ho rahi hai") is not E


# --- ordinary complaints ----------------------------------------------------------------------

ORDINARY = (
    "मुझे 2 दिन से जुकाम और हल्की खांसी है",
    "sar me halka dard hai kal se",
    "bachhe ko dast ho rahe hain par paani pee raha hai aur khel raha hai",
    "पेट में गैस बन रही है",
    "gale me kharash hai 3 din se",
)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_complaints_are_not_emergencies(text: str) -> None:
    assert level(text) is not E, (text, ENGINE.assess(text).fired)


# --- facts ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("3 महीने की बच्ची को बुखार है", 0.25),
        ("mera 2 saal ka beta", 2.0),
        ("papa 70 saal ke hain", 70.0),
        ("meri umar 45 hai", 45.0),
    ],
)
def test_ages_said_in_hindi(text: str, years: float) -> None:
    age = ENGINE.understand(text, "hi").facts.age_years
    assert age is not None and abs(age - years) < 0.01


@pytest.mark.parametrize(
    ("text", "days"),
    [("3 दिन से बुखार है", 3.0), ("do hafte se khansi hai", 14.0), ("kal se sar dard", 1.0)],
)
def test_durations_said_in_hindi(text: str, days: float) -> None:
    assert ENGINE.understand(text, "hi").facts.duration_days == days


def test_a_fever_in_fahrenheit_is_read() -> None:
    assert ENGINE.understand("bukhar 102 hai", "hi").facts.temperature_c == 38.9


def test_who_the_message_is_about() -> None:
    assert ENGINE.understand("मेरे बेटे को बुखार है", "hi").facts.subject == "child"
    assert ENGINE.understand("papa ko chakkar aa rahe hain", "hi").facts.subject == "other_adult"
    assert ENGINE.understand("मुझे बुखार है", "hi").facts.subject == "self"
    # "बच्चा हुआ है" is a birth: the message is about the mother
    facts = ENGINE.understand("बच्चा हुआ है और बहुत खून आ रहा है", "hi").facts
    assert facts.postpartum and facts.subject == "self"


def test_pregnancy_said_in_months() -> None:
    facts = ENGINE.understand("7 mahine ki pregnant hu", "hi").facts
    assert facts.pregnant and facts.pregnancy_weeks == 30


# --- replies in the person's script -------------------------------------------------------------


def test_an_emergency_in_devanagari_is_answered_in_devanagari_with_108_and_112_first() -> None:
    reply = Chat(INDIA).send("पापा के सीने में तेज दर्द है और पसीना आ रहा है")
    assert reply.triage is E
    line = first_line(reply)
    assert line.startswith("अभी 112") and "108" in line, line
    first_aid = HI.red_flags["chest_pain_cardiac"].first_aid_for[
        "other"
    ]  # about papa: the line for a helper
    assert first_aid and first_aid[5:] in joined(reply)


def test_an_emergency_in_latin_letters_is_answered_in_latin_letters() -> None:
    reply = Chat(INDIA).send("mere papa ke seene me bahut dard hai aur paseena aa raha hai")
    assert reply.triage is E
    line = first_line(reply)
    assert line.startswith("Abhi 112") and "108" in line, line
    text = joined(reply)
    first_aid = LATN.red_flags["chest_pain_cardiac"].first_aid_for[
        "other"
    ]  # about papa: the line for a helper
    assert first_aid and first_aid[5:] in text
    assert not any("\u0900" <= ch <= "\u097f" for ch in text), text


def test_a_hindi_speaker_abroad_gets_the_local_number_in_hindi() -> None:
    reply = Chat("+447700900123").send("मेरे बेटे को दौरा पड रहा है और रुक नहीं रहा")
    assert reply.triage is E
    assert first_line(reply).startswith("अभी 999")


def test_playing_it_down_in_hinglish_keeps_the_emergency() -> None:
    chat = Chat(INDIA)
    assert chat.send("बच्चे के होंठ नीले पड गए हैं और सांस नहीं ले पा रहा").triage is E
    for text in (
        "subah tak ruk sakte hain kya",
        "kuch nahi hai shayad",
        "ghar pe hi theek ho jayega",
    ):
        reply = chat.send(text)
        assert reply.triage is E, (text, reply.texts)
        assert "112" in first_line(reply)


# --- commands -----------------------------------------------------------------------------------


@pytest.mark.parametrize("stop", ["बंद करो", "band karo"])
def test_stop_and_start_in_hindi(stop: str) -> None:
    chat = Chat(INDIA)
    chat.send("नमस्ते")
    stopped = chat.send(stop)
    assert stopped.messages and "112" in stopped.texts[0]
    assert chat.send("मुझे सिरदर्द है").messages == ()
    back = chat.send("शुरू करो")
    assert back.messages


@pytest.mark.parametrize("delete", ["मेरा डेटा मिटाओ", "mera data delete karo"])
def test_delete_my_data_in_hindi(delete: str) -> None:
    chat = Chat(INDIA)
    chat.send("मुझे 2 दिन से खांसी है")
    ask = chat.send(delete)
    assert ReplyAction.ERASE_DATA not in ask.actions and ask.messages[-1].buttons
    done = chat.send("हां")
    assert done.actions == (ReplyAction.ERASE_DATA,)


def test_asking_for_hindi_switches_to_it() -> None:
    chat = Chat("+447700900123")
    chat.send("hello")
    reply = chat.send("हिंदी")
    assert reply.texts and "हिंदी" in reply.texts[0]
    assert chat.state["lang"] == "hi"


# --- detection ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("मुझे बुखार है", "hi"),
        ("बच्चे को दस्त हो रहे हैं", "hi"),
        ("mujhe bukhar hai", "hi"),
        ("bachhe ko tez bukhar hai", "hi"),
        ("mere pet me dard ho raha hai", "hi"),
        ("papa ko chakkar aa rahe hain", "hi"),
        ("sar dard ho raha hai kya karu", "hi"),
    ],
)
def test_short_hindi_messages_are_detected(text: str, code: str) -> None:
    found = ENGINE.detector.detect(text)
    assert found and found[0].code == code, found


def test_english_is_not_read_as_hindi() -> None:
    for text in ("I have a headache since yesterday", "my son has a fever and a rash"):
        found = ENGINE.detector.detect(text)
        assert found and found[0].code == "en", found


# --- the variant's lines ------------------------------------------------------------------------


def test_every_latin_line_said_back_reaches_its_level() -> None:
    """Invariant 1 for hi-latn (the invariant tests run the base languages only)."""
    failed = []
    for flag in ENGINE.kb.red_flags.values():
        said = LATN.red_flags.get(flag.id)
        if said is None:
            continue
        for voice, ways in inv.contexts(flag).items():
            line = said_back(said.say, LATN.spec.voices, voice)
            levels = [ENGINE.assess(p + line, "hi-latn", local).level for p, local in ways]
            if not any(inv.at_least(lv, flag.level) for lv in levels):
                failed.append(f"{flag.id}:{voice}: {line!r} -> {levels[0].value}")
    assert not failed, failed


def test_both_scripts_say_the_same_red_flags() -> None:
    assert set(HI.red_flags) == set(LATN.red_flags)
    for flag_id, said in LATN.red_flags.items():
        assert bool(said.first_aid) == bool(HI.red_flags[flag_id].first_aid), flag_id


def test_no_nukta_or_chandrabindu_in_hindi_patterns() -> None:
    """The normaliser drops the nukta and turns chandrabindu into anusvara before matching:
    a pattern that spells them can never match."""
    for name, words in HI.findings.items():
        for pattern in (*words.words, *words.absent):
            assert "\u093c" not in pattern and "\u0901" not in pattern, (name, pattern)


def test_a_short_greeting_in_latin_letters_from_india_is_answered_in_english() -> None:
    # A word or two in Latin letters could be anything: India's first language for replies
    # is English, and Hindi wins as soon as it is written (next test) or detected.
    text = joined(Chat(INDIA).send("Good morning!"))
    assert not any("\u0900" <= ch <= "\u097f" for ch in text), text


def test_a_short_message_in_devanagari_is_answered_in_hindi() -> None:
    text = joined(Chat(INDIA).send("नमस्ते"))
    assert any("\u0900" <= ch <= "\u097f" for ch in text), text
    text = joined(Chat("+447700900123").send("बुखार है"))
    assert any("\u0900" <= ch <= "\u097f" for ch in text), text


# --- Nepal, urgent red flags and topics written in both scripts ---------------------------------


def test_a_hindi_emergency_from_nepal_leads_with_nepals_ambulance_number() -> None:
    reply = Chat("+9779812345678").send("पापा के सीने में तेज दर्द है और पसीना आ रहा है")
    assert reply.triage is E
    line = first_line(reply)
    assert line.startswith("अभी 102"), line
    assert "108" not in line and "112" not in line, line


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # our own sentences, not the red flags' examples
        ("नाना जी का हर्निया बहुत दर्द कर रहा है और अंदर नहीं जा रहा", E),
        ("bhai ko current laga tha aur woh behosh ho gaya", E),
        ("मेरी 5 हफ्ते की प्रेग्नेंसी है, अचानक पेट में बहुत तेज दर्द और चक्कर", E),
        ("chhoti beti ne button cell nigal liya", E),
        ("पेशाब में खून आ रहा है", U),
        ("sugar ke mareez hain aur pair ke ghaav me pus hai", U),
        ("कुत्ते ने काट लिया, खून निकला", U),
    ],
)
def test_newly_written_red_flags_are_read_in_both_scripts(text: str, wanted: TriageLevel) -> None:
    assert inv.at_least(level(text), wanted.value), (text, level(text), present(text))


@pytest.mark.parametrize(
    ("text", "topic"),
    [("खांसी है 3 दिन से", "cough"), ("gale me kharash hai", "sore_throat"), ("कान में दर्द", "earache")],
)
def test_common_complaints_reach_their_topic_in_hindi(text: str, topic: str) -> None:
    assert ENGINE.assess(text, "hi").topic == topic


def test_a_new_medicine_is_read() -> None:
    # "नई" (new) is normalised to "नहीं" (not); our words for a new medicine use "नयी"
    assert "new_medicine" in present("नयी दवा के बाद पूरे शरीर पर खुजली है")


# --- data fixes: "चला गया", "नई", "अपने आप" ------------------------------------------------------


@pytest.mark.parametrize("text", ["आंख में चूना चला गया", "bachhe ki aankh me chuna chala gaya"])
def test_something_that_went_into_the_eye_is_not_something_gone(text: str) -> None:
    # "चला गया" is also "went (into)": only "अब/अपने आप चला गया" says a symptom passed
    assert "eye_chemical" in present(text)
    assert level(text) is E


def test_a_symptom_that_has_passed_is_still_negated() -> None:
    assert "fever" not in present("bukhar ab chala gaya hai, bas khansi hai")


def test_new_is_not_not() -> None:
    # "नई दवा" is a new medicine, not "no medicine"
    assert "medicine_side_effect" in present("नई दवा शुरू करने के बाद से चक्कर आ रहे हैं")


def test_by_itself_is_not_the_pronoun_when_said_back() -> None:
    line = "आपके हाथों पर अपने आप नीले निशान आ रहे हैं"
    assert said_back(line, HI.spec.voices, "self") == "मेरे हाथों पर अपने आप नीले निशान आ रहे हैं"
    latn = said_back("aapke haath par apne aap neel pad rahe hain", LATN.spec.voices, "child")
    assert "apne aap" in latn and "mere bete ke" in latn


# --- findings written the way people write ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the angina spray or tablet under the tongue has not helped
        ("sorbitrate lene ke baad bhi seene ka dard kam nahi hua", E),
        ("bachhe ne galti se harpic pi liya", E),
        # dehyd 2026-12-07 (WHO IMCI): a skin pinch going back slowly is some dehydration
        ("बच्चे की त्वचा चुटकी से उठाने पर धीरे वापस जाती है, दस्त हो रहे हैं", U),
        ("बच्चे की आंखें धंसी हैं, त्वचा चुटकी से बहुत धीरे वापस जाती है, दस्त हैं", E),
        ("मुझे अपने आप से सुरक्षित महसूस नहीं हो रहा", E),
        ("33 हफ्ते की प्रेग्नेंट हूं, पीरियड जैसा दर्द और पेट बार बार कस रहा है", U),
        ("gali ke kutte ne pair me kaat liya, daant ke nishan aur thoda khoon", U),
        ("is hafte teen baar sugar low ho gayi, raat me", U),
        ("मेरे 3 हफ्ते के बच्चे की आंखें लाल और चिपचिपी हैं", U),
        ("khansne par peshab nikal jata hai", R),
    ],
)
def test_new_findings_reach_their_level(text: str, wanted: TriageLevel) -> None:
    assert level(text) is wanted, (text, present(text), ENGINE.assess(text).fired)


@pytest.mark.parametrize(
    "text",
    [
        # "अभी तक हलचल नहीं" today, late in pregnancy, is fewer movements, not "never felt yet"
        "32 हफ्ते की प्रेग्नेंट हूं, आज अभी तक बच्चे की हलचल महसूस नहीं हुई",
        # a blocked ear said plainly is not earwax: sudden hearing loss stays urgent
        "achanak ek kaan band sa ho gaya, sunai nahi de raha",
    ],
)
def test_findings_that_soften_a_red_flag_stay_narrow(text: str) -> None:
    assert level(text) in (E, U), (text, present(text))


def test_an_urgent_line_in_latin_letters_is_answered_in_latin_letters() -> None:
    reply = Chat(INDIA).send("mandir me bandar ne haath par kaat liya, khoon aa raha hai")
    assert reply.triage is U
    text = joined(reply)
    assert not any("\u0900" <= ch <= "\u097f" for ch in text), text

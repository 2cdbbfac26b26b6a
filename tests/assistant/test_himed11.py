"""Hindi medicine answers (issue 11, himed11): a question about a medicine asked in Hindi gets
the answer in Hindi, in the script it was asked in (Devanagari from languages/hi, Latin
letters from languages/hi-latn, which reads questions with hi's words), for the situation said
(a pregnancy, a child, BP tablets, Combiflam with another painkiller…), with the same doses
and warnings as the English answer. A medicine question with a red flag is still that red
flag's level first. Our own messages, written for these tests (not from any eval set): each
table holds the phrasings that must be answered AND near-misses that must not."""

from __future__ import annotations

import re

import pytest

from selfcare.assistant.engine import engine
from selfcare.assistant.medicines import MedicineFinder

from .support import Chat, E, S, U, joined

ENGINE = engine()
KB = ENGINE.kb
INDIA = "+919812345678"
HI = KB.languages["hi"]
LATN = KB.languages["hi-latn"]
DEVANAGARI = re.compile("[\u0900-\u097f]")


def _answers(code: str) -> dict[str, str]:
    said = KB.languages[code].medicines
    assert said is not None, code
    return said.advice


def _key(reply: str) -> str | None:
    """Which Hindi answer a reply holds, and in which script ("hi:paracetamol+child")."""
    for code in ("hi", "hi-latn"):
        for key, line in _answers(code).items():
            if line in reply:
                return f"{code}:{key}"
    return None


# (message, the answer: script and key, what it must say: dose digits, a Hindi word)
ANSWERS: list[tuple[str, str, tuple[str, ...]]] = [
    # a pregnancy: paracetamol is the usual first choice; ibuprofen not from 20 weeks
    (
        "kya main pregnancy me paracetamol le sakti hoon",
        "hi-latn:paracetamol+pregnancy",
        ("pehli pasand",),
    ),
    ("pregnant hu, crocin le sakti hu kya?", "hi-latn:paracetamol+pregnancy", ("paracetamol",)),
    (
        "meri wife 5 mahine ki pregnant hai usko dolo de sakte hai",
        "hi-latn:paracetamol+pregnancy",
        ("doctor",),
    ),
    ("गर्भवती हूं, क्या पैरासिटामोल लेना सुरक्षित है", "hi:paracetamol+pregnancy", ("पैरासिटामोल",)),
    ("प्रेगनेंसी में ब्रुफेन ले सकती हूं क्या", "hi:ibuprofen+pregnancy", ("20 हफ्ते",)),
    # a child: the dose for their age on the packet, never an adult's
    ("बच्चे को कितनी ibuprofen दे सकते हैं", "hi:ibuprofen+child", ("3 महीने", "5kg")),
    ("bachhe ko brufen syrup kitna dena hai", "hi-latn:ibuprofen+child", ("3 mahine", "5kg")),
    (
        "mere 4 saal ke bete ko calpol kitni baar de sakte hain",
        "hi-latn:paracetamol+child",
        ("4 ghante", "umar"),
    ),
    ("बेटी को क्रोसिन सिरप कितना दें", "hi:paracetamol+child", ("4 घंटे", "उम्र")),
    ("12 saal ki beti ko disprin de sakte hai?", "hi-latn:aspirin+child", ("16 saal",)),
    # how often: the adult dose, and a 650mg tablet is 1 a dose
    ("dolo 650 din me kitni baar", "hi-latn:paracetamol", ("500mg", "8 goli", "650mg ki goli")),
    ("crocin ek din me kitni goli le sakta hu", "hi-latn:paracetamol", ("4 ghante", "4000mg")),
    ("डोलो 650 दिन में कितनी बार लें", "hi:paracetamol", ("500mg", "650mg", "24 घंटे")),
    ("brufen kitni baar le sakte hai", "hi-latn:ibuprofen", ("200mg", "6 ghante")),
    # BP tablets with ibuprofen (Combiflam has it)
    (
        "क्या मैं BP की दवा के साथ Combiflam ले सकता हूं",
        "hi:ibuprofen+blood_pressure_tablets",
        ("बीपी", "केमिस्ट"),
    ),
    (
        "bp ki goli leta hu, combiflam le sakta hu kya",
        "hi-latn:ibuprofen+blood_pressure_tablets",
        ("BP",),
    ),
    ("मैं बीपी की दवाई खाता हूं, ब्रुफेन ले सकता हूं?", "hi:ibuprofen+blood_pressure_tablets", ("किडनी",)),
    (
        "amlodipine ke sath brufen le sakte hai kya",
        "hi-latn:ibuprofen+blood_pressure_tablets",
        ("kidney",),
    ),
    # Combiflam alone or with paracetamol: it has both, so no extra paracetamol
    ("combiflam kitni baar le sakte hai", "hi-latn:ibuprofen+another_painkiller", ("Combiflam",)),
    (
        "kya combiflam aur crocin ek saath le sakte hain",
        "hi-latn:ibuprofen+another_painkiller",
        ("aspirin",),
    ),
    # other situations, both scripts
    ("doodh pilati hu, combiflam le sakti hu?", "hi-latn:ibuprofen+breastfeeding", ("doodh",)),
    ("स्तनपान कराती हूं, क्या क्रोसिन ले सकती हूं", "hi:paracetamol+breastfeeding", ("दूध",)),
    ("warfarin leta hu, disprin le sakta hu kya", "hi-latn:aspirin+blood_thinners", ("warfarin",)),
    ("खून पतला करने की दवा चल रही है, क्या ब्रुफेन ले सकते हैं", "hi:ibuprofen+blood_thinners", ("वारफरिन",)),
    (
        "ecosprin leta hu, combiflam le sakta hu?",
        "hi-latn:aspirin+another_painkiller",
        ("Ecosprin",),
    ),
    (
        "mala d lena bhool gayi kal, kya karu?",
        "hi-latn:combined_pill+missed_dose",
        ("7 din", "condom"),
    ),
    ("cetzine le ke gaadi chala sakta hu?", "hi-latn:non_drowsy_antihistamine+driving", ("gaadi",)),
    ("metrogyl ke saath sharab pi sakte hai?", "hi-latn:metronidazole+alcohol", ("48 ghante",)),
    ("शराब पी है, क्या क्रोसिन ले सकता हूं", "hi:paracetamol+alcohol", ("14",)),
    (
        "sugar ki dawai leta hu, sinarest le sakta hu?",
        "hi-latn:decongestant+diabetes",
        ("chemist",),
    ),
    ("bachhe ko dast hai, ORS kitna dein?", "hi-latn:oral_rehydration+child", ("packet",)),
    ("pan d kitne din tak le sakte hai", "hi-latn:omeprazole", ("20mg", "2 hafte")),
    ("asthma hai, brufen le sakta hu?", "hi-latn:ibuprofen+asthma", ("inhaler",)),
    ("मेरी मम्मी 72 साल की हैं, क्या ब्रुफेन दे सकते हैं", "hi:ibuprofen+older_age", ("65 साल",)),
    (
        "kidney ki problem hai, combiflam le sakta hu?",
        "hi-latn:ibuprofen+kidney_problems",
        ("kidney",),
    ),
    ("pet me ulcer hai, disprin le sakta hu kya", "hi-latn:aspirin+stomach_ulcer", ("ulcer",)),
]


@pytest.mark.parametrize(("text", "key", "said"), ANSWERS)
def test_a_hindi_medicine_question_gets_the_hindi_answer_in_its_script(
    text: str, key: str, said: tuple[str, ...]
) -> None:
    reply = Chat(INDIA).send(text)
    body = joined(reply)
    assert reply.triage is S, (text, reply.triage)
    assert _key(body) == key, (text, _key(body), body[-400:])
    answer = _answers(key.split(":")[0])[key.split(":")[1]]
    latin = key.startswith("hi-latn:")
    assert bool(DEVANAGARI.search(answer)) is not latin, answer
    for word in said:
        assert word in answer, (text, word)
    assert "The usual adult dose" not in body, text


# (message, level) A red flag said with a medicine's name is that red flag first: no medicine
# answer in either script (an overdose, a poisoning, chest pain, a stroke, a fit, breathing).
RED_FLAG_FIRST: list[tuple[str, object]] = [
    ("bachhe ne galti se crocin ki puri bottle pi li, kya karein", E),
    ("मैंने 15 क्रोसिन खा ली, क्या होगा", E),
    ("seene me bahut tez dard hai, disprin le lu kya?", E),
    ("saans nahi aa rahi, kya main asthalin le sakta hu", E),
    ("papa ka chehra ek taraf latak gaya hai, kya unhe ecosprin de sakte hai?", E),
    ("बच्चे को दौरा पड रहा है, क्या क्रोसिन दे सकते हैं", E),
    ("i pill lene ke baad ulti ho gayi kya karu", U),
    ("आई पिल लेने के बाद उल्टी हो गई, क्या करूं", U),
]


@pytest.mark.parametrize(("text", "level"), RED_FLAG_FIRST)
def test_a_red_flag_with_a_medicine_question_is_its_level_first(text: str, level: object) -> None:
    reply = Chat(INDIA).send(text)
    assert reply.triage is level, (text, reply.triage)
    assert _key(joined(reply)) is None, text


# Near misses: a medicine only mentioned (no question) is the complaint's reply, not an answer;
# look-alikes of a situation do not change the answer ("cold drink" is not alcohol, mouth ulcers
# are not a stomach ulcer, a grown-up addressed as "beta" does not make it a child's dose).
NOT_ANSWERED = [
    "crocin li thi, ab bukhar utar gaya",
    "kal combiflam li thi aur ab pet me dard hai",
    "बीपी की गोली रोज लेता हूं",
    "crocin di thi, par bukhar kitne din tak rahega?",
]
ANSWER_UNCHANGED: list[tuple[str, str]] = [
    ("cold drink ke saath dolo le sakte hai?", "hi-latn:paracetamol"),
    ("मुंह में छाले हैं, brufen ले सकता हूं?", "hi:ibuprofen"),
    ("mujhe sar dard hai, dolo 650 le sakta hu kya", "hi-latn:paracetamol"),
]


@pytest.mark.parametrize("text", NOT_ANSWERED)
def test_a_medicine_only_mentioned_gets_no_medicine_answer(text: str) -> None:
    assert _key(joined(Chat(INDIA).send(text))) is None, text


@pytest.mark.parametrize(("text", "key"), ANSWER_UNCHANGED)
def test_look_alikes_do_not_change_the_situation(text: str, key: str) -> None:
    assert _key(joined(Chat(INDIA).send(text))) == key, text


def test_the_answers_keep_every_number_of_the_english_answers_in_both_scripts() -> None:
    english = KB.reference.medicines
    assert english is not None
    for code in ("hi", "hi-latn"):
        said = _answers(code)
        assert set(said) == set(english.advice), code
        for key, line in english.advice.items():
            missing = set(re.findall(r"\d+", line)) - set(re.findall(r"\d+", said[key]))
            assert not missing, (code, key, missing)
            assert bool(DEVANAGARI.search(said[key])) is (code == "hi"), (code, key)


def test_medicines_are_no_longer_a_fallback_and_latin_reads_with_hindi_words() -> None:
    assert "medicines" not in HI.spec.fallbacks and "medicines" not in LATN.spec.fallbacks
    assert LATN.medicines is not None and not LATN.medicines.medicines
    assert HI.medicines is not None and HI.medicines.situations
    finder = MedicineFinder(KB, HI, ENGINE.reader("hi").lexicon.expander.expand)
    normalise = ENGINE.reader("hi").normalise
    assert finder.advice_key(normalise("combiflam")) == "ibuprofen+another_painkiller"
    assert finder.advice_key(normalise("कॉम्बिफ्लेम और बीपी की गोली")) == (
        "ibuprofen+blood_pressure_tablets"
    )

"""Hindi gaps found on the Hindi development corpus (2026-12-04), closed as word classes.

Every message here is our own, written for these tests (not copied from any corpus or eval
set); each is a different phrasing of a class the fix covers, in Devanagari or in Latin
letters, with the level NHS guidance gives (the class is named in the comment). The last
group checks that the new words do not fire on harmless or negated look-alikes.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, U, assert_level

ENGINE = engine()

CASES = [
    # indirect suicidal statements: "I won't be here", "no longer a burden" (NHS: urgent)
    ("अब मैं और नहीं रहूंगा, बहुत थक गया हूं", U),
    ("kal ke baad main nahi rahungi", U),
    ("ab kisi pe bojh nahi banunga", U),
    ("bas hamesha ke liye so jaana chahta hu", U),
    ("mujhe sab khatam karna hai", U),
    # indirect statement with a farewell: emergency
    ("जल्द ही किसी चीज की जरूरत नहीं पडेगी मुझे, अलविदा", E),
    # a method stated: jumping, all the tablets at once, a noose (NHS: emergency)
    ("terrace pe hu, abhi neeche kood jaungi", E),
    ("पुल पर खड़ा हूं, नीचे कूद जाऊंगा", E),
    ("saari neend ki goliyan ek saath khane ka socha hai", E),
    ("पंखे से दुपट्टा बांध लिया है", E),
    # thoughts or low mood with the means to hand (poison bought, the railway line)
    ("जीना नहीं चाहता, चूहे मारने की दवा खरीद ली है", E),
    ("mann karta hai mar jaun, railway track pe khada hu", E),
    ("ab koi cheez accha nahi lagti, meri paas zehar rakha hai", E),
    # putting affairs in order: belongings signed over and a letter to the family
    ("apna laptop dost ke naam kar diya, papa ke liye letter likh diya", E),
    # a farewell passed on through someone
    ("mummy ko bol dena mujhe maaf kar de", E),
    # poisons by name: pesticides, rat and termite poison, aluminium phosphide
    ("पति ने कीड़े मारने की दवा पी ली", E),
    ("chacha ne khet wali keetnashak pi li hai", E),
    ("सेल्फॉस की गोली खा ली उसने", E),
    ("dadi ne galti se deemak maarne ki dawai kha li", E),
    # overdose: on purpose ("jaan bujh ke"), a whole strip, ten or more tablets
    ("usne jaan bujh ke neend ki goliyan kha li", E),
    ("भाई ने पूरा पत्ता गोलियों का खा लिया", E),
    ("maine 30 crocin kha li hai, ab pet me dard", E),
    # a child at someone else's tablets, with words between
    ("बेटी ने नानी की शुगर की गोलियां खा लीं", E),
    # an extra dose said after the medicine (NHS: ask 111 or the poisons line)
    ("दादी ने दिल की गोली दो बार खा ली", U),
    # diabetes with slurred speech said after the verb, or acting strangely
    ("शुगर की दवा तीन बार ले ली, अब पसीना और ठीक से बोल नहीं पा रही", E),
    ("मधुमेह है, पापा अजीब हरकतें कर रहे हैं", E),
    # cannot be woken
    ("bhai ko hilane se bhi nahi uth raha", E),
    # breathing stopping, in the present
    ("dam ghut raha hai, saans ruk rahi hai", E),
    ("सांस बंद हो रही है", E),
    # chest pressure as a weight or a stone, words between
    ("सीने पर पत्थर जैसा वजन लग रहा है, पसीना आ रहा", E),
    ("chhati ke beech me ajeeb sa dabav hai aur left haath sunn", E),
    # a mouthful of blood with a cough
    ("khanste waqt munh bhar ke khoon aaya", E),
    # a reaction right after an injection or stings
    ("injection lagte hi honth sooj gaye aur saans phool rahi", E),
    ("ततैया ने कई जगह डंक मारा, जीभ सूज रही है", E),
    # snake bite: fang marks, words between snake and bite
    ("kisi keede ne kaata, do nishan hai pair par, sujan badh rahi", E),
    ("सांप ने बच्चे के हाथ पर काटा", E),
    # neck that will not bend, the negation before the verb
    ("tez bukhar hai aur gardan nahi mud rahi", E),
    # a month of pregnancy said as an ordinal ("आठवां महीना"): headache and blurred vision
    ("आठवां महीना चल रहा है, सिर में तेज दर्द और आंखों के आगे धुंधला", E),
    # something hit the head ("सिर पर ... लगा"), then repeated vomiting (NICE NG232)
    ("माथे पर अलमारी का दरवाजा लगा था, अब बार बार उल्टी", E),
    # a fall from stairs or a floor up, with the verb inflected ("gira")
    ("ladka seedhiyon se neeche gira, peeth me dard, pair nahi hila pa raha", E),
    # a floppy child, a child's chest or throat sucking in
    ("1 saal ka beta ekdum dheela ho gaya hai", E),
    ("बच्ची की सांस तेज है और गले के नीचे गड्ढा बन रहा है", E),
    # an erection that will not go down for hours
    ("5 घंटे से लिंग में तनाव है जो उतर नहीं रहा", E),
]

NOT_EMERGENCY = [
    "kya main saari dawai ek saath le sakta hu?",
    "papa ne ghar bhai ke naam kar diya",
    "मैंने दफ्तर के लिए चिट्ठी लिख दी है",
    "chhat pe kapde sukhane ja rahi hu",
    "2 goli crocin kha li, sar dard me",
    "saans nahi phool rahi, bas khansi hai",
    "saanp nahi tha, machhar ne kaata",
    "सीने में दबाव नहीं है, बस खांसी है",
    "ab main is ghar me nahi rahunga, hostel ja raha hu",
    "beta chhathe mahine ka hai, thoda zukam hai",
    "sar me dard laga hua hai",
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_hindi_gap_classes_reach_their_level(text: str, want: TriageLevel) -> None:
    assert_level(ENGINE, text, want)


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_harmless_look_alikes_are_not_emergencies(text: str) -> None:
    assert ENGINE.assess(text).level is not E


def test_an_ordinal_month_is_a_pregnancy_but_a_babys_age_is_not() -> None:
    assert ENGINE.assess("सातवें महीने में बुखार है").facts.pregnancy_weeks == 30
    assert not ENGINE.assess("beta chhathe mahine ka hai, thoda zukam hai").facts.pregnant


def test_aluminium_phosphide_is_not_read_as_a_battery() -> None:
    assert "battery_magnet" not in ENGINE.understand("सेल्फॉस की गोली खा ली", "hi").present

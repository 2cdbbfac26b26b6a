"""Swahili and Hindi over-triage and reading errors (2026-12-05), both sides of each.

Every message is our own phrasing of a class fixed in ``knowledge/languages/{sw,hi}/``:

- Swahili: hearing that went "kidogo kidogo" (gradually) is not sudden hearing loss
  ("ghafla" still is); "nimepoteza fahamu kwa sekunde" told after coming round is a faint
  (NHS fainting: checked the same day), while "hajitambui", "hazinduki" or "amepoteza fahamu"
  now are 999; forgetting or taking one's own tablets is not a poisoning (too many, or a
  child's, still are); "sina nguvu za kiume" is an erection problem, and "sina nguvu" (no
  strength) a complaint, not a denial of what follows; stiff knees or back are not a fit.
- Hindi: tea or hot food that "fell" ("चाय गिर गई") spilled — a scald, not a fall, a collapse
  or waters breaking; "गिर गया" alone is a fall, as English "fell" (a collapse is falling
  suddenly, with dizziness or fainting); "मुंह में छाले" are mouth ulcers, not blisters in an
  unusual place (widespread blisters with fever or peeling skin stay 999); a finger or wrist
  that "हिल नहीं रही" after a knock is not a person who is not responding.

The rules are tested without the similarity layer.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

ENGINE = rules()
_RANK = {S: 0, R: 1, U: 2, E: 3}


def _level(text: str, language: str) -> TriageLevel:
    return ENGINE.assess(text, language).level


# --- the benign side: at most this level (and, where given, this topic) -----------------------

AT_MOST = [
    # Swahili: gradual hearing loss
    ("sw", "nimekuwa kiziwi kidogo kidogo", R, "hearing_loss"),
    ("sw", "bibi amekuwa kiziwi kidogo kidogo tangu azeeke", R, "hearing_loss"),
    ("sw", "masikio yangu yanapungua kusikia taratibu", R, "hearing_loss"),
    ("sw", "usikivu wangu unazidi kupungua kidogo kidogo", R, "hearing_loss"),
    ("sw", "sisikii vizuri, imekuja hatua kwa hatua", R, "hearing_loss"),
    # Swahili: a brief faint, now come round
    ("sw", "nimepoteza fahamu kwa sekunde chache kazini, sasa niko sawa", U, "fainting"),
    ("sw", "nilipoteza fahamu jana kwa dakika moja hivi", U, "fainting"),
    ("sw", "dada alipoteza fahamu kwa muda mfupi akazinduka", U, "fainting"),
    ("sw", "nimepoteza fahamu kidogo baada ya kusimama muda mrefu", U, None),
    # Swahili: tablets forgotten, refused or taken every day
    ("sw", "nimesahau kumeza vidonge vyangu vya jana", R, None),
    ("sw", "babu amesahau kunywa vidonge vya sukari asubuhi", R, None),
    ("sw", "mgonjwa amekataa kumeza vidonge vyake", R, None),
    ("sw", "ninakunywa vidonge vya presha kila siku, naweza kula ndimu", R, None),
    # Swahili: male strength, and "no strength"
    ("sw", "sina nguvu za kiume", R, "erection_problems"),
    ("sw", "mpenzi wangu hana nguvu za kiume siku hizi", R, "erection_problems"),
    ("sw", "nguvu za kiume zimeisha kabisa", R, "erection_problems"),
    ("sw", "nimepungukiwa na nguvu za kiume tangu nianze dawa", R, "erection_problems"),
    ("sw", "sina nguvu mwilini kwa wiki mbili", R, "fatigue"),
    # Swahili: stiff joints are not a fit
    ("sw", "magoti yangu yanakakamaa kila asubuhi", R, None),
    ("sw", "mgongo umekakamaa baada ya kulala vibaya", R, None),
    ("sw", "vidole vinakakamaa nikiamka", R, None),
    # Hindi: spilled tea or hot food
    ("hi", "चाय गिर गई", S, "minor_burns"),
    ("hi", "गर्म चाय पैर पर गिर गई, थोड़ी लाली है", S, "minor_burns"),
    ("hi", "मेरे हाथ पर दूध वाली चाय गिर गई", S, "minor_burns"),
    ("hi", "chai gir gayi pair pe, bas laal hua hai", S, "minor_burns"),
    ("hi", "coffee haath par gir gayi thodi jalan hai", S, "minor_burns"),
    ("hi", "garam daal ungli pe gir gayi", S, "minor_burns"),
    # Hindi: "fell" alone is a fall, not a collapse
    ("hi", "phone haath se gir gaya", R, None),
    ("hi", "मैं सीढ़ी पर फिसल कर गिर गया, घुटना छिल गया", R, None),
    ("hi", "bhai football khelte hue gir gaya, takhna suj gaya", U, None),
    ("hi", "बच्चे का दूध का दांत गिर गया", R, None),
    # Hindi: a finger or hand that will not move after a knock is not a person not responding
    ("hi", "दरवाजे में उंगली दब गई, अब उंगली हिल नहीं रही", U, None),
    ("hi", "gend lagne ke baad angootha hil nahi raha", U, None),
    ("hi", "गिरने के बाद कलाई हिल नहीं रही, सूजन है", U, None),
    # Hindi: mouth ulcers
    ("hi", "मुंह में छाले हो गए हैं", S, "mouth_ulcers"),
    ("hi", "मुँह में दो छाले हैं, मसालेदार खाने से जलन", S, "mouth_ulcers"),
    ("hi", "जीभ पर छाला निकल आया है", S, "mouth_ulcers"),
    ("hi", "muh me chhale ho gaye hain 2 din se", S, "mouth_ulcers"),
    ("hi", "masudon par chhale hain, brush karne me dard", S, "mouth_ulcers"),
]


@pytest.mark.parametrize(("language", "text", "most", "topic"), AT_MOST)
def test_benign_phrasing_is_not_escalated(
    language: str, text: str, most: TriageLevel, topic: str | None
) -> None:
    a = ENGINE.assess(text, language)
    assert _RANK[a.level] <= _RANK[most], (text, a.level, a.fired)
    if topic is not None:
        assert a.topic == topic, (text, a.topic)


# --- the dangerous side: at least this level ------------------------------------------------

AT_LEAST = [
    # Swahili: sudden hearing loss
    ("sw", "nimekuwa kiziwi ghafla sikio la kushoto", U),
    ("sw", "usikivu umepotea ghafla leo asubuhi", U),
    # Swahili: not come round
    ("sw", "mjomba hajitambui", E),
    ("sw", "mtoto hazinduki hata tukimwita", E),
    ("sw", "bibi ameanguka bafuni na hajazinduka", E),
    ("sw", "baba amepoteza fahamu", E),
    ("sw", "mama amepoteza fahamu kwa dakika kumi sasa", E),
    # Swahili: tablets swallowed
    ("sw", "amemeza vidonge vingi vya panadol", E),
    ("sw", "rafiki yangu amekunywa vidonge vyake vyote", E),
    ("sw", "mtoto wa miaka mitatu amemeza vidonge vya bibi", U),
    ("sw", "kitoto kimekula vidonge vya presha vya babu", U),
    # Swahili: erection that will not go down; other red flags beside "sina nguvu"
    ("sw", "uume umesimama kwa masaa sita na unauma sana", E),
    ("sw", "sina nguvu za kiume na nina maumivu ya kifua yanayoenea mkononi", E),
    ("sw", "mkono wa kushoto hauna nguvu ghafla na mdomo umepinda", E),
    # Swahili: a fit
    ("sw", "mtoto amekakamaa na macho yamepanda juu", E),
    ("sw", "mwili wake wote umekakamaa na anatetemeka", E),
    # Hindi: waters, a fall with danger signs, a collapse
    ("hi", "पानी की थैली फट गई", U),
    ("hi", "33 hafte ki pregnancy hai, neeche se paani gir raha hai", E),
    ("hi", "papa gir gaye, sir pe chot lagi aur ulti ho rahi hai", E),
    ("hi", "दादी गिर गईं, सिर पर चोट है और वे कुछ बोल नहीं रहीं", E),
    ("hi", "पापा 78 साल के हैं, गिर गए और सिर पर चोट लगी", U),
    ("hi", "बाबा चक्कर खाकर गिर पड़े", U),
    ("hi", "mummy achanak gir gayi aur hosh nahi aa raha", E),
    ("hi", "नाना जी हिल नहीं रहे, कुछ बोल भी नहीं रहे", E),
    ("hi", "bachha hil nahi raha", E),
    # Hindi: a large or deep scald
    ("hi", "खौलता तेल पूरे हाथ और चेहरे पर गिर गया, बड़े छाले", U),
    ("hi", "garam paani bachhe ke pair pe gir gaya, chhale pad gaye", U),
    # Hindi: blisters with fever, sore eyes or peeling skin
    ("hi", "पूरे शरीर पर छाले और बुखार, त्वचा उतर रही है", E),
    ("hi", "मुंह में छाले, आंखें लाल और पूरे बदन पर फफोले, बुखार है", E),
    ("hi", "muh me chhale aur tez bukhar, kuch kha nahi pa raha", U),
    ("hi", "नई दवा शुरू करने के बाद मुंह में छाले और बदन पर लाल दाने फैल रहे", E),
    ("hi", "skin pe daane phail rahe aur muh me chhale, antibiotic li thi", E),
    # Hindi: a fall with a swollen joint that hurts when moved (a possible break)
    ("hi", "volleyball me gir gaya, kalai suj gayi aur hilane par dard", U),
    ("hi", "सीढ़ी से फिसल कर गिरी, टखना सूज गया, घुमाने पर तेज दर्द", U),
    # Hindi: an older relative's fall, the age said first
    ("hi", "75 saal ki nani gir gayi, ghutne me bahut dard", U),
    ("hi", "82 साल के दादा गिर गए, याद नहीं कैसे", U),
]


@pytest.mark.parametrize(("language", "text", "least"), AT_LEAST)
def test_dangerous_phrasing_still_escalates(language: str, text: str, least: TriageLevel) -> None:
    level = _level(text, language)
    assert _RANK[level] >= _RANK[least], (text, level)


# --- a blistered burn of the face or hands stays 999 in Hindi (NHS burns and scalds: A&E for
# burns on the face, hands, feet or genitals), the place said apart from the burn ------------


@pytest.mark.parametrize(
    "text",
    [
        "ubalta paani bete ke pairon par gira, bade chhale ban gaye",
        "कढ़ाई का गर्म तेल हाथ और चेहरे पर पड़ गया, फफोले हैं",
    ],
)
def test_a_blistered_burn_of_face_hands_or_feet_is_an_emergency_in_hindi(text: str) -> None:
    assert_level(ENGINE, text, E, "hi")

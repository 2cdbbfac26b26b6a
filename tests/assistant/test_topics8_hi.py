"""Hindi (Devanagari) topic texts for topics that still fell back to English (issue 11).

Emergencies and urgent worries (chest pain, stroke, fits, thoughts of suicide, a baby not
feeding, bleeding in pregnancy, a baby moving less), injuries (head, eye, burns, a broken
bone) and other same-day complaints (jaundice, blood in the pee, a limp in a child) had no
Hindi text: a message about them was answered with the English advice. Every message here is
our own, written the way people type on WhatsApp, in Devanagari (without nuktas) and in Latin
letters; each must find its topic, never below the topic's own level, and a Devanagari
message must get the Hindi text, not the English one. Rules are tested without the
similarity layer.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel

from . import topics_helper as topics

EN = topics.EN
RULES = topics.RULES

HI = RULES.kb.languages["hi"]
INDIA = "+919812345678"

# (topic, message): two lay ways of raising each newly written topic; the first is Devanagari
CASES = [
    ("chest_pain", "सुबह से सीने में भारीपन सा लग रहा है"),
    ("chest_pain", "chhati me dard ho raha hai jab saans leta hu"),
    ("stroke_tia", "पापा का मुंह टेढा हो गया और बोल नहीं पा रहे"),
    ("stroke_tia", "dadi ko lakwa maar gaya lagta hai"),
    ("suicidal_feelings", "अब जीने का मन नहीं करता, सब बेकार है"),
    ("suicidal_feelings", "kabhi kabhi lagta hai mere bina sab khush rahenge"),
    ("seizures", "बेटे को बुखार में झटके आए थे"),
    ("seizures", "mujhe mirgi hai aur dawai khatam ho gayi"),
    ("shortness_of_breath", "सीढियां चढते ही सांस फूल जाती है"),
    ("shortness_of_breath", "kal se saans lene me dikkat ho rahi hai"),
    ("breathing_child", "बेबी की पसलियां चल रही हैं और नाक बह रही है"),
    ("breathing_child", "bache ki chhati baj rahi hai saans lete waqt"),
    ("unwell_baby", "सुबह से बेबी दूध नहीं पी रहा"),
    ("unwell_baby", "baby bottle nahi le raha kal se"),
    ("head_injury", "दरवाजे से सिर टकरा गया, हल्का दर्द है"),
    ("head_injury", "darwaze se sir takra gaya, halka dard hai"),
    ("poisoning_swallowed", "मेरे बच्चे ने सिक्का निगल लिया"),
    ("poisoning_swallowed", "beti ne galti se phenyl pi liya"),
    ("overdose_medicines", "आज बीपी की गोली दो बार खा ली"),
    ("overdose_medicines", "galti se double dose le li dawai ki"),
    ("vomiting_blood", "पति को रात में खून की उल्टी हुई"),
    ("vomiting_blood", "sharab ke baad ulti me khoon aaya"),
    ("pregnancy_bleeding", "8 हफ्ते की प्रेगनेंसी है और हल्का खून आ रहा है"),
    ("pregnancy_bleeding", "pregnant hu aur spotting ho rahi hai"),
    ("reduced_movements", "32 हफ्ते हैं और आज बच्चा पेट में नहीं हिल रहा"),
    ("reduced_movements", "30 hafte ki pregnancy hai, baby ki movement kam hai"),
    ("meningitis", "अगर बच्चे को मेनिनजाइटिस हो तो कैसे पता चलेगा"),
    ("meningitis", "गिलास टेस्ट कैसे करते हैं"),
    ("sepsis", "मेरी बीवी को डर है कि कहीं सेप्सिस न हो"),
    ("sepsis", "kaise pata chale ki infection sepsis ban gaya"),
    ("waters_breaking", "39 हफ्ते हैं और लगता है पानी की थैली फट गई"),
    ("waters_breaking", "38 hafte ki pregnancy hai, labour pain shuru ho gaya lagta hai"),
    ("pre_eclampsia", "प्रेगनेंसी में चेहरे पर सूजन है"),
    ("pre_eclampsia", "doctor ne bola pregnancy me bp high hai"),
    ("burns_serious", "बेटे का चेहरा बुरी तरह जल गया"),
    ("burns_serious", "bhai ko current lag gaya aur haath jal gaya"),
    ("near_drowning", "भतीजा तालाब में गिर गया था, पानी पी गया"),
    ("near_drowning", "beti pool me doobte doobte bachi"),
    ("confusion_delirium", "दादी अचानक बहकी बहकी बातें कर रही हैं"),
    ("confusion_delirium", "papa subah se ghar walon ko nahi pehchan rahe"),
    ("self_harm_support", "मैं फिर से खुद को काटने लगी हूं, घाव कैसे साफ करूं"),
    ("self_harm_support", "beti khud ko kaatne lagi hai"),
    ("psychosis_concerns", "भाई को आवाजें सुनाई देती हैं और सोता नहीं"),
    ("psychosis_concerns", "bhai ko lagta hai sab uske khilaf hai"),
    ("rash_with_fever", "वायरल के दाने निकले हैं"),
    ("rash_with_fever", "doctor ne kaha viral rash hai"),
    ("broken_bone", "साइकिल से गिरा, लगता है कलाई टूट गई"),
    ("broken_bone", "beta gir gaya aur haath toot gaya lagta hai"),
    ("eye_injury", "खेलते हुए आंख पर गेंद लगी"),
    ("eye_injury", "aankh me chuna chala gaya safai karte waqt"),
    ("jaundice", "पति की आंखें पीली हो गई हैं"),
    ("jaundice", "mujhe lagta hai peeliya ho gaya hai"),
    ("newborn_jaundice", "5 दिन का बेबी पीला दिख रहा है"),
    ("newborn_jaundice", "doctor ne kaha baby ka bilirubin badha hai"),
    ("blood_in_urine", "आज पेशाब में खून आया, दर्द नहीं है"),
    ("blood_in_urine", "kal se peshab laal aa raha hai"),
    ("limp_child", "बेटा कल से लंगडा रहा है"),
    ("limp_child", "3 saal ki beti langda rahi hai"),
    ("cant_pee", "पापा का सुबह से पेशाब नहीं उतर रहा"),
    ("cant_pee", "70 saal ke dada ji ka peshab atak gaya hai"),
    ("dvt", "लंबे सफर के बाद एक पिंडली सूज गई और दर्द है"),
    ("dvt", "operation ke baad pair me khoon ka thakka ka dar hai"),
    ("rectal_bleeding", "पाखाने के साथ खून आ रहा है"),
    ("rectal_bleeding", "potty me khoon dikha aaj"),
    ("pregnancy_pain", "प्रेगनेंट हूं और पेट में दर्द है"),
    ("pregnancy_pain", "pregnancy me pet me khinchav sa lagta hai"),
    ("postnatal_mood", "डिलीवरी के बाद से रोना आता रहता है"),
    ("postnatal_mood", "bacha hone ke baad udaasi rehti hai"),
    ("testicle_problems", "अंडकोष में हल्का दर्द है दो दिन से"),
    ("testicle_problems", "andkosh me sujan aa gayi hai"),
    ("vision_changes", "आंखों के आगे काले धब्बे तैरते हैं"),
    ("vision_changes", "aankh me chamak dikhti hai raat ko"),
    ("hand_numbness", "रात को हाथ सुन्न हो जाता है"),
    ("hand_numbness", "ungliyon me jhunjhuni rehti hai typing se"),
    ("falls_older", "दादी बाथरूम में गिर गईं, चोट नहीं लगी"),
    ("falls_older", "papa bathroom me fisal gaye, 75 saal ke hai"),
    ("breast_lump", "स्तन में बदलाव दिख रहा है"),
    ("breast_lump", "breast me badlav mehsoos ho raha hai"),
]
WRITTEN = sorted({topic for topic, _ in CASES})


@pytest.mark.parametrize(("topic", "text"), CASES)
def test_a_message_finds_its_new_hindi_topic(topic: str, text: str) -> None:
    topics.finds_topic(text, "hi", topic)


@pytest.mark.parametrize("topic", WRITTEN)
def test_the_topic_has_hindi_text_and_is_no_longer_a_fallback(topic: str) -> None:
    topics.not_a_fallback("hi", topic)
    text = HI.topics[topic]
    assert text.title != EN.topics[topic].title
    assert len(text.self_care) == len(EN.topics[topic].self_care)
    assert len(text.pharmacist) == len(EN.topics[topic].pharmacist)
    # written in Devanagari: the advice lines are not Latin-letter Hindi
    for line in (text.title, text.summary, *text.self_care):
        assert any("\u0900" <= ch <= "\u097f" for ch in line), line


def _devanagari(topic: str) -> str:
    return next(text for t, text in CASES if t == topic and not text.isascii())


@pytest.mark.parametrize("topic", WRITTEN)
def test_a_devanagari_message_gets_the_hindi_text(topic: str) -> None:
    message = _devanagari(topic)
    level, text = topics.reply(INDIA, "91", message)
    topics.never_says(text, *topics.english_lines(topic))
    if level is not TriageLevel.EMERGENCY:
        topics.says(text, f"*{HI.topics[topic].title}*")


# (message, topic it must not be): everyday words near a new topic's aliases
NEAR_MISSES = [
    ("बच्चा गिर गया और घुटना छिल गया", "pregnancy_bleeding"),
    ("पति को मोच के बाद से लंगडा कर चलना पड रहा है", "limp_child"),
    ("सिर में दर्द है, कल रात नींद नहीं आई", "head_injury"),
    ("सब्जी काटते हुए उंगली कट गई", "self_harm_support"),
    ("पीले रंग का बलगम आ रहा है", "jaundice"),
    ("बीपी की गोली दिन में दो बार लेता हूं", "overdose_medicines"),
    ("दांत में दर्द से मरने जैसा हाल है", "suicidal_feelings"),
    ("गर्म चाय से उंगली थोडी जल गई", "burns_serious"),
]


@pytest.mark.parametrize(("text", "topic"), NEAR_MISSES)
def test_a_near_word_does_not_pick_the_new_topic(text: str, topic: str) -> None:
    assert RULES.assess(text, "hi").topic != topic, text


def test_a_limp_said_with_a_time_finds_the_limp_topic_in_english_too() -> None:
    # limp_child now points to its own finding: "since yesterday" no longer leaves it out
    assert RULES.assess("my son has been limping since yesterday", "en").topic == "limp_child"
    assert RULES.assess("I have been limping since I twisted my ankle", "en").topic != "limp_child"

"""Hindi crisis gate words, both scripts (hintshi, 2026-12-07).

The four broad findings the crisis model's row counts as warning signs (hint_sorry, hint_over,
hint_affairs, hint_gift: Samaritans and Befrienders warning signs, NHS help for suicidal thoughts,
NICE NG225): sorry or love said to family or to all, "when I am no longer here", a last selfie,
passwords or policy papers handed over, debts all paid, things or a pet going to a named person,
someone asked to look after the children. Crisis messages reach two signs; ordinary messages
with the same words (a late reply, a phone given for repair, a meeting day, a trip, a festival
wish, an office's last day) read no hint and never reach an emergency.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import rules

HINTS = frozenset({"hint_sorry", "hint_over", "hint_affairs", "hint_gift"})

# (text, the hint read) - each a crisis message with a second warning sign
CRISIS: list[tuple[str, str]] = [
    ("मुझे अब जीना नहीं है। मम्मी पापा माफ करना, मेरी कोई गलती हो तो", "hint_sorry"),
    ("जीने का मन नहीं करता। मेरे बैंक का पिन और पासवर्ड डायरी में लिख दिए हैं", "hint_affairs"),
    ("mujhe ab jeena nahi hai. bank ke saare passwords bhai ko bhej diye h", "hint_affairs"),
    ("ab aur nahi jeena. mera laptop aur guitar rohit ka, yaad rakhna", "hint_gift"),
    ("जिंदगी से थक गया हूं। मेरे बाद बच्चों का ख्याल रखना", "hint_over"),
    ("zindagi se thak gayi hu. mere baad mera kutta priya ko de dena", "hint_gift"),
    ("मेरा आखिरी जन्मदिन है ये। मेरी बाइक अमन की, जूते भी", "hint_gift"),
    (
        "sab udhaar chuka diya, ab kisi ka kuch nahi dena. kal ka sooraj nahi dekhna mujhe",
        "hint_affairs",
    ),
    ("सारा कर्ज चुका दिया आज। अब मैं तुम लोगों को तंग नहीं करूंगा", "hint_over"),
    (
        "LIC policy ke papers almari me h, wife ko bata dena. jab tum ye padhoge main nahi rahungi",
        "hint_over",
    ),
    ("कमरा खाली कर दिया है। जब तुम ये पढोगे मैं जा चुका हूंगा", "hint_affairs"),
    ("love you mummy papa. ab tumhe meri zarurat nahi padegi", "hint_sorry"),
    ("सबको मेरा प्यार। मेरे बिना तुम सब ज्यादा खुश रहोगे", "hint_over"),
    ("मर जाना चाहता हूं। अलविदा दोस्तों", "hint_over"),
    ("maine faisla kar liya h. bachon ka khayal rakhna", "hint_gift"),
    ("insurance me suicide pe paisa milta h kya? sab maaf karna", "hint_affairs"),
]

# (text, the hint that must not be read from these everyday words)
TRAPS: list[tuple[str, str]] = [
    ("sorry mummy late ho gaya, traffic bahut tha", "hint_sorry"),
    ("सॉरी मम्मी, आज देर हो जाएगी, खाना मत बनाना", "hint_sorry"),
    ("mummy se sorry bolna hai, unka gussa kaise shant karu", "hint_sorry"),
    ("सब खुश रहो, दिवाली की शुभकामनाएं", "hint_sorry"),
    ("rona mat beta, chot jaldi theek ho jayegi", "hint_sorry"),
    ("love you mummy, happy birthday!", "hint_sorry"),
    ("meri ghadi bhai ko de di repair ke liye", "hint_gift"),
    ("mera bhai meri purani bike lega, maine nayi le li", "hint_gift"),
    ("insurance ka premium kab tak bharna hai?", "hint_affairs"),
    ("bank ka password bhool gaya, reset kaise karu", "hint_affairs"),
    ("बैंक का पिन भूल गया, नया कैसे बनवाऊं", "hint_affairs"),
    ("room saaf kar diya, mehmaan aa rahe hain", "hint_affairs"),
    ("meri diary kho gayi, usme sab passwords the", "hint_affairs"),
    ("exam friday tak khatam ho jayenge, phir chhutti", "hint_over"),
    ("आज ऑफिस में मेरा आखिरी दिन है, पार्टी है शाम को", "hint_over"),
    ("ye mera aakhri din hai office me, kal se nayi job", "hint_over"),
    ("main kal delhi chala jaunga, train subah ki hai", "hint_over"),
    ("मैं कल गांव चला जाऊंगा, दो दिन बाद लौटूंगा", "hint_over"),
    ("मेरे बाद आना, लाइन लंबी है", "hint_over"),
    ("hum hamesha ke liye bangalore shift ho rahe hain", "hint_over"),
    ("sunday theek rahega milne ke liye?", "hint_over"),
    ("शनिवार ठीक रहेगा मीटिंग के लिए", "hint_over"),
    ("ye last selfie hai trip ki, kal wapas ghar", "hint_over"),
]


@pytest.mark.parametrize(("text", "hint"), CRISIS)
def test_crisis_reads_the_hint(text: str, hint: str) -> None:
    found = rules().assess(text)
    assert hint in found.present, (text, sorted(found.present))


@pytest.mark.parametrize(("text", "hint"), TRAPS)
def test_everyday_words_read_no_hint(text: str, hint: str) -> None:
    found = rules().assess(text)
    assert hint not in found.present, (text, sorted(found.present))
    assert found.level is not TriageLevel.EMERGENCY, (text, [f.id for f in found.fired])

"""Swahili, Hindi and the safety-net languages: the second gap pass (2026-12-04).

Every message is our own, a different phrasing of a class fixed in
``knowledge/languages/{sw,hi}/findings/`` or ``knowledge/safety_net/``. Levels follow the NHS
pages on help for suicidal thoughts (a goodbye letter, no longer a burden, things given away,
the means made ready: 999), post-partum psychosis and poisoning. The rules are tested without
the similarity layer; safety-net statements are tested on the reader itself (which line is
given: the crisis line for ``suicide``, the emergency line for ``poisoning``).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import net, rules

ENGINE = rules()

E = TriageLevel.EMERGENCY


def _level(text: str) -> TriageLevel:
    return ENGINE.assess(text, None, frozenset()).level


# --- Swahili and Hindi: farewells and other emergency constructions -------------------------


@pytest.mark.parametrize(
    "text",
    [
        # sw: farewell letters (plural, "za kuwaaga"), letters written to the children
        "nimewaandikia wanangu barua za kuwaaga, nimegawa nguo zangu",
        "ameandika barua kwa watoto wake na amegawa simu yake",
        "ujumbe wa kuwaaga nimeshautuma kwa familia, nimechoka na maisha",
        # sw: no longer a burden, with things given away
        "sitakuwa mzigo tena kwa mtu yeyote, vitu vyangu nimewapa wadogo zangu",
        # sw: tired of "this" life, all the tablets gathered, tonight is the end
        "nimechoshwa na hii dunia. vidonge vyote nimevikusanya",
        "nimechoka na haya maisha, usiku huu ndio mwisho",
        # hi (Latin): "khatam karna hai sab" with a goodbye message written
        "ab khatam karna hai sab, maine sabko last message likh diya",
        # hi: no trouble to anyone because of me after tonight, a farewell note
        "आज के बाद किसी को मेरी वजह से परेशानी नहीं होगी, अलविदा का खत लिख दिया है",
        "kal se gharwalon ko meri wajah se tension nahi hogi. alvida ka msg bhej diya",
        # hi: days since the delivery, then talking strangely (post-partum psychosis)
        "डिलीवरी को 10 दिन हुए, बहू रात भर जागती है और अजीब बातें करती है",
        "delivery ke baad se biwi ajeeb baatein kar rahi hai, so nahi rahi",
        # sw: ten or more tablets counted ("kama 15", "karibu ishirini")
        "binti yangu amemeza piriton kama 15 hivi usiku",
        "babu amekunywa vidonge vyake vya sukari karibu ishirini",
        # sw: the chest with the i-/li- agreement, "as if someone sat on it"
        "kifua imebana sana tangu asubuhi na natoka jasho",
        "nahisi kifua kama mtu amekalia, na mkono wa kushoto unauma",
        # sw: a fall, a comma, then passing out; asking the same question again and again
        "mwanangu alidondoka kwenye baiskeli, akazimia kidogo",
        "mzee aligonga kichwa mlangoni na sasa anarudia swali lile lile",
        # sw: paraffin without "ya"
        "mtoto amekunywa mafuta taa kwenye kikombe",
        # sw: a weak arm that passed (TIA: NHS says 999 even when it goes)
        "baba alishindwa kuinua mkono kwa dakika kumi halafu ikaisha",
        # hi: "झटके खा रहा" (jerking) in a child; rat poison a few words before the verb
        "बच्ची तेज बुखार में झटके खा रही है",
        "beti chuhe maarne wali goli ka dabba khol ke kha gayi",
        # sw: the baby's movements with the object marker, or fewer than they were (NHS)
        "mimba ina wiki 31 na tangu asubuhi sijamhisi mtoto akirusha mateke",
        "nina ujauzito wa wiki 35, mtoto alikuwa akicheza kila jioni, sasa amepungua sana",
        # hi: one arm and one leg gone numb suddenly (one side: FAST)
        "nani ka ek haath aur ek pair achanak sunn pad gaya",
    ],
)
def test_emergencies_in_everyday_phrasing(text: str) -> None:
    assert _level(text) is E


@pytest.mark.parametrize(
    "text",
    [
        # hi: better for all if I were not here; no point living; better off without me
        "लगता है मैं न रहूं तो घरवालों के लिए बेहतर होगा",
        "kabhi lagta hai main na rahun to sab khush rahenge",
        "भाई बोलता है जीने का कोई फायदा नहीं",
        "uski baaton se lagta hai mere bina sab behtar rahenge, wo yahi kehti hai",
        # hi: eyes sunk in, no tears, dry lips with diarrhoea in a child (NHS dehydration)
        "bete ko subah se 8 baar dast, aankhen andar dhans gayi hain",
        "बच्ची को उल्टी दस्त, होंठ सूखे और रोते समय आंसू नहीं आ रहे",
    ],
)
def test_urgent_in_everyday_phrasing(text: str) -> None:
    assert _level(text) is TriageLevel.URGENT


@pytest.mark.parametrize(
    "text",
    [
        # the end of the month is not the end; a letter to one's mother about school fees
        "leo ni mwisho wa mwezi na nina homa kidogo",
        "nimeandika barua kwa mama kuhusu ada, kichwa kinauma kidogo",
        # hi: no trouble to anyone because of me, said of wearing a mask
        "main mask pehnunga, meri wajah se kisi ko problem nahi hogi",
        # a course of tablets for ten days, a dose in mg, a week that has passed
        "nimekunywa panadol kwa siku 10 na bado kichwa kinauma kidogo",
        "wiki moja imepita na bado nakohoa kidogo",
        "nilikuwa na mafua kisha yakaisha, sasa pua tu inatoa kamasi",
        # a toddler who plays a lot but eats less: not the baby's movements in pregnancy
        "mtoto wangu wa miaka 3 anacheza sana lakini amepunguza kula",
        # hi: "if I am not at home" is not "if I were not here"
        "main ghar pe nahi hu to bachhe theek rehte hain, bas khansi hai",
    ],
)
def test_everyday_look_alikes_are_not_emergencies(text: str) -> None:
    assert _level(text) is not E


# --- the safety net: farewells are the crisis line --------------------------------------------

FAREWELLS = {
    "ar": [
        "كتبت رسالة وداع لعيلتي وخلاص",
        "انا مش هكون عبء على حد بعد النهارده",
        "ما عاد فيني كمّل.",
        "تركت ورقة لأولادي على الطاولة",
    ],
    "bn": [
        "মায়ের জন্য বিদায়ের চিঠি রেখে গেলাম",
        "আর কারো বোঝা হয়ে থাকবো না",
        "আমাকে নিয়ে আর কাউকে চিন্তা করতে হবে না",
    ],
    "id": [
        "aku gak bakal ngerepotin siapa-siapa lagi",
        "baju-bajuku udah aku bagiin ke temen kos",
        "racun tikus udah aku beliin, tinggal nunggu malam",
        "surat perpisahan buat mama ada di lemari",
    ],
    "tl": [
        "hindi na ako magiging pabigat sa pamilya ko",
        "huwag nyo na akong hanapin",
        "nag-iwan ako ng sulat para sa mga anak ko",
    ],
    "yo": [
        "mo ti ko leta idagbere fun iya mi",
        "mi o ni je eru fun enikeni mo",
    ],
    "zu": [
        "ngibhale incwadi yokuvalelisa",
        "angisoze ngaba umthwalo kini",
    ],
    "am": [
        "የመጨረሻ መልእክቴን ጻፍኩ",
        "ከእንግዲህ ሸክም አልሆንባችሁም",
    ],
    "ha": [
        "na rubuta wasikar bankwana ga iyalina",
        "ba zan sake zama nauyi a kanku ba",
    ],
}


@pytest.mark.parametrize(
    ("code", "text"),
    [pytest.param(c, t, id=f"{c}-{t[:24]}") for c, ts in FAREWELLS.items() for t in ts],
)
def test_safety_net_farewells_are_suicide_statements(code: str, text: str) -> None:
    assert "suicide" in net().match(text, code)


# An accident is poisoning (the emergency line), never the crisis line.
ACCIDENTS = {
    "id": [
        "anak saya tidak sengaja minum racun tikus",
        "adik ketelan obat nyamuk bakar",
        "balita saya keminum baygon",
    ],
    "ha": ["yaron ya sha guba ba da gangan ba", "yarinya ta sha guba bisa kuskure"],
    "bn": ["ছোট ভাই ভুল করে বিষ খেয়ে ফেলেছে", "আমার মেয়ে ইঁদুরের বিষ খেয়েছে"],
    "tl": ["nakainom ang pamangkin ko ng zonrox", "nainom ng bunso namin yung kerosene"],
}


@pytest.mark.parametrize(
    ("code", "text"),
    [pytest.param(c, t, id=f"{c}-{t[:24]}") for c, ts in ACCIDENTS.items() for t in ts],
)
def test_safety_net_accidental_poisoning_gets_the_poisoning_line(code: str, text: str) -> None:
    said = net().match(text, code)
    assert "poisoning" in said
    assert "suicide" not in said


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # the person who took it says so, or will: still the crisis line
        ("id", "aku mau minum racun tikus malam ini"),
        ("ha", "zan sha guba yau da dare"),
        ("bn", "আমি বিষ খাবো আজ রাতে"),
    ],
)
def test_safety_net_poison_taken_on_purpose_is_suicide(code: str, text: str) -> None:
    assert "suicide" in net().match(text, code)


@pytest.mark.parametrize(
    ("code", "text", "statement"),
    [
        # bleeding that keeps coming, with the Levantine "عم" between
        ("ar", "الجرح عم ينزل منه الدم عم يسيل كتير", "bleeding"),
        # throat closing after a food (anaphylaxis)
        ("id", "habis makan kacang tenggorokan saya rasa tercekik", "not_breathing"),
        # a snake bit, the child named between the verb's two parts
        ("yo", "ejo bu omo egbon mi je lese", "poisoning"),
        # Tagalog: the drinker named first, then the chemical
        ("tl", "nakainom ang lolo ko (75) yung thinner sa garahe", "poisoning"),
    ],
)
def test_safety_net_constructions(code: str, text: str, statement: str) -> None:
    assert statement in net().match(text, code)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # no blood with the cough: not bleeding
        ("bn", "দুই সপ্তাহ কাশি, কাশির সাথে রক্ত নাই"),
        ("bn", "kashir sathe rokto nai, jor ache"),
        # tired of the pain, not of life; lost things, not given away
        ("ar", "ما عاد فيني اتحمل وجع الضرس"),
        ("id", "hp saya udah aku kasih ke tukang servis kemarin"),
    ],
)
def test_safety_net_calm_messages_stay_calm(code: str, text: str) -> None:
    # no emergency statement; a fever ("jor ache") is a same-day statement where malaria or
    # dengue is common (2026-12-05), not an emergency
    said = net().match(text, code)
    assert [k for k in said if net().level(code, k) is TriageLevel.EMERGENCY] == []


@pytest.mark.parametrize(
    "text",
    [
        # Zulu "angina(yo)" is "I don't have", not chest pain read in English
        "Anginayo imfiva, ngiyathimula nje",
        "ikhanda liyangiqaqamba kancane, angina fever",
    ],
)
def test_zulu_i_dont_have_is_not_angina(text: str) -> None:
    fired = [f.id for f in ENGINE.assess(text, None, frozenset()).fired]
    assert "chest_pain" not in fired

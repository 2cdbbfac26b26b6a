"""Swahili (sw) topic texts for the last topics that fell back to English (2026-12, issue 11).

Forty topics had no Swahili file: emergencies (chest pain, stroke, fits, sepsis, poisoning,
near-drowning, serious burns…) and common complaints (boils, styes, dry skin, contraception,
stopping smoking…). Their advice came back in English, and a plain question about them
("nina jipu", "chuchu zinauma") found no topic. Every message here is our own, written the way
people type on WhatsApp in Kenya and Tanzania (no accents, English words mixed in); each must
find its topic at no lower than the topic's own level, and the reply must be the Swahili text.

The same pass fixed the general causes the messages showed: "uti wa mgongo" (the spinal cord,
as in meningitis) read as a UTI; "sumu kwenye damu" (blood poisoning: sepsis) read as something
swallowed; an acid burn on the hand, a burnt face or mouth, a swollen face in pregnancy,
"ameanguka kifafa", "nusura azame" and "amezidisha dozi" missed where the English reads them;
and a baby's yellow skin answered with the adult jaundice topic.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U

from . import topics_helper as topics

EN = topics.EN
RULES = topics.RULES

SW = RULES.kb.languages["sw"]
KENYA = "+254712345678"

# (topic, message, level): the level a red flag gives, or the topic's own
FOUND = [
    ("chest_pain", "kifua kinaniuma tangu asubuhi", U),
    ("chest_pain", "nahisi kifua kimebana nikipanda ngazi", E),
    ("stroke_tia", "bibi mdomo umepinda ghafla na anaongea kwa shida", E),
    ("stroke_tia", "dalili za kiharusi kidogo ni zipi", R),
    ("seizures", "mwanangu ameanguka kifafa shuleni leo", E),
    ("seizures", "nina kifafa nataka ushauri kuhusu dawa za kifafa", R),
    ("meningitis", "dalili za homa ya uti wa mgongo ni zipi", R),
    ("meningitis", "dalili za meningitis ni zipi", R),
    ("sepsis", "je hii inaweza kuwa sepsis", U),
    ("sepsis", "naogopa kidonda kimeleta sumu kwenye damu", U),
    ("shortness_of_breath", "napumua kwa shida nikitembea kidogo", U),
    ("shortness_of_breath", "nakosa pumzi tangu jana", E),
    ("breathing_child", "mtoto wa miezi 6 anapumua haraka sana", U),
    ("breathing_child", "mwanangu anahema na kifua kinalia usiku", U),
    ("unwell_baby", "mtoto amelegea na analala sana leo", E),
    ("unwell_baby", "baby hataki kunyonya tangu asubuhi", U),
    ("overdose_medicines", "nimemeza vidonge vingi vya panadol kwa makosa", E),
    ("overdose_medicines", "mama amezidisha dozi ya dawa zake za presha", U),
    ("poisoning_swallowed", "mtoto amemeza sarafu ya shilingi kumi", U),
    ("poisoning_swallowed", "mwanangu amekunywa mafuta ya taa", E),
    ("self_harm_support", "binti yangu anajikata mikononi", U),
    ("self_harm_support", "nimeanza kujikata tena", U),
    ("vomiting_blood", "nimetapika damu asubuhi hii", E),
    ("vomiting_blood", "baba anatapika damu nyeusi", E),
    ("burns_serious", "mtoto ameungua usoni na uji wa moto", E),
    ("burns_serious", "nimeungua na asidi mkononi kazini", E),
    ("near_drowning", "mtoto alizama majini kwenye bwawa tumemtoa", E),
    ("near_drowning", "rafiki yangu nusura azame baharini leo", E),
    ("near_drowning", "mtoto amemeza maji ya bwawa akiogelea", U),
    ("pre_eclampsia", "nina mimba ya wiki 34 na uso umevimba", U),
    ("pre_eclampsia", "nina presha ya mimba nataka kujua", U),
    ("waters_breaking", "nina mimba ya wiki 39 na chupa imepasuka", U),
    ("waters_breaking", "uchungu umeanza nina mimba ya wiki 38", U),
    ("confusion_delirium", "bibi amechanganyikiwa ghafla hajui yuko wapi", E),
    ("confusion_delirium", "bibi anaweweseka usiku", U),
    ("psychosis_concerns", "kaka yangu anasikia sauti na anaongea peke yake", U),
    ("psychosis_concerns", "mume wangu anadhani watu wanamfuatilia", U),
    ("rash_with_fever", "vipele vya virusi huisha baada ya muda gani", R),
    ("rash_with_fever", "nina vipele vya virusi mgongoni", R),
    ("newborn_jaundice", "mtoto wangu wa siku 4 ana manjano", U),
    ("newborn_jaundice", "mtoto mchanga ana macho ya njano", U),
    ("jaundice", "macho yangu yamekuwa ya njano", U),
    ("jaundice", "ngozi ya mume wangu imekuwa ya njano", U),
    ("eye_injury", "nimeumia jicho nikicheza mpira", U),
    ("eye_injury", "mpira umenigonga jichoni nikicheza", U),
    ("broken_bone", "nadhani nimevunjika mkono nilipoanguka", U),
    ("broken_bone", "mguu wa mtoto umevunjika baada ya kuanguka kwenye mti", U),
    ("blood_in_urine", "nakojoa damu tangu jana", U),
    ("blood_in_urine", "mkojo wangu umekuwa mwekundu", U),
    ("limp_child", "mwanangu anachechemea tangu jana", U),
    ("limp_child", "mtoto hataki kutembea tangu jana", U),
    ("boils", "nina jipu kwenye paja linauma", S),
    ("boils", "jipu limetokea kwapani", S),
    ("stye", "nina chokea kwenye jicho la kulia", S),
    ("stye", "kuna kipele kwenye kope kinauma", S),
    ("dry_skin", "ngozi yangu ni kavu sana na inabanduka", S),
    ("dry_skin", "visigino vimepasuka sana", S),
    ("dry_eyes", "macho yangu yanachoka nikitumia simu", S),
    ("dry_eyes", "macho makavu kila siku kazini", S),
    ("muscle_aches", "misuli inauma baada ya gym jana", S),
    ("muscle_aches", "mwili unauma baada ya mazoezi ya jana", S),
    ("contraception", "nataka kujua kuhusu njia za uzazi wa mpango", S),
    ("contraception", "nimesahau kidonge cha uzazi wa mpango jana", S),
    ("medicine_questions", "nimesahau kumeza dawa yangu ya asubuhi", S),
    ("medicine_questions", "ni salama kutumia cetirizine nikinyonyesha", S),
    ("cradle_cap", "mtoto ana mba kichwani", S),
    ("cradle_cap", "kichwa cha mtoto kinabanduka", S),
    ("baby_posseting", "mtoto anacheua maziwa kila baada ya kunyonya", S),
    ("baby_posseting", "baby wangu anarudisha maziwa kidogo", S),
    ("breastfeeding_problems", "chuchu zinauma sana nikinyonyesha", S),
    ("breastfeeding_problems", "chuchu zimechubuka na kunyonyesha kunauma", S),
    ("breast_pain", "matiti yanauma kila mwezi kabla ya hedhi", S),
    ("breast_pain", "maziwa yananiuma kabla ya period yangu", S),
    ("bladder_leaks", "mkojo unanitoka nikikohoa au kucheka", R),
    ("bladder_leaks", "siwezi kuzuia mkojo tangu nijifungue", R),
    ("erection_problems", "nina tatizo la nguvu za kiume", R),
    ("erection_problems", "uume hausimami vizuri siku hizi", R),
    ("stop_smoking", "nataka kuacha kuvuta sigara", S),
    ("stop_smoking", "nisaidie kuacha sigara nimevuta miaka 10", S),
    ("cholesterol", "daktari amesema cholesterol iko juu", S),
    ("cholesterol", "nifanye nini kushusha cholesterol", S),
]
WRITTEN = sorted({topic for topic, _, _ in FOUND})


@pytest.mark.parametrize(("topic", "text", "level"), FOUND)
def test_a_message_finds_its_topic_at_its_level(topic: str, text: str, level: TriageLevel) -> None:
    topics.finds_topic(text, "sw", topic, level)  # and never below the topic's own level


def test_every_topic_has_swahili_text_and_no_fallback_is_left() -> None:
    assert len(WRITTEN) == 40
    assert not set(SW.spec.fallbacks) & set(RULES.kb.topics)
    for topic in RULES.kb.topics:
        assert topic in SW.topics, topic
    for topic in WRITTEN:
        text = SW.topics[topic]
        assert text.summary != EN.topics[topic].summary, topic
        assert not set(text.self_care) & set(EN.topics[topic].self_care), topic


# the first message of each topic that is not an emergency: the reply carries the Swahili text
# (an emergency reply leads with the number instead)
SHOWN = [
    (topic, text)
    for topic, text, level in FOUND
    if level is not E
    and (topic, text) == next((t, m) for t, m, lv in FOUND if t == topic and lv is not E)
]


@pytest.mark.parametrize(("topic", "text"), SHOWN)
def test_the_advice_comes_back_in_swahili(topic: str, text: str) -> None:
    _, said = topics.reply(KENYA, "254", text)
    topics.says(said, f"*{SW.topics[topic].title}*")
    # the English title and first self-care line among the lines it must not carry
    topics.never_says(said, *topics.english_lines(topic))


@pytest.mark.parametrize(
    ("text", "topic", "not_fired"),
    [
        # "uti wa mgongo" is the spinal cord: no urine infection read in it; a UTI still is one
        ("naogopa mtoto ana homa ya uti wa mgongo", None, {"child_uti", "kidney_infection_signs"}),
        ("nina uti inachoma nikikojoa", "uti_symptoms", set()),
        # blood poisoning is no poison swallowed; a poison swallowed still is an emergency
        ("nahisi nina sumu kwenye damu", "sepsis", {"poisoning"}),
        # a scald on a finger stays a minor burn; a sunburnt face is not a deep burn
        ("nimeungua kidole na maji ya moto", "minor_burns", {"serious_burn"}),
        ("nimeungua usoni na jua", None, {"serious_burn"}),
        # an adult's yellow eyes keep the jaundice topic
        ("macho ya baba yamekuwa ya njano", "jaundice", {"newborn_jaundice"}),
        # a face swollen from a bee sting is an allergy, not pregnancy
        ("uso umevimba baada ya kuumwa na nyuki", "allergic_reaction", {"pre_eclampsia_signs"}),
        # a red eye stays a red eye ("chokea", a stye, left the red eye's words)
        ("jicho jekundu tangu jana", "red_eye", set()),
    ],
)
def test_a_near_word_keeps_its_own_reading(
    text: str, topic: str | None, not_fired: set[str]
) -> None:
    a = RULES.assess(text, "sw")
    if topic is not None:
        assert a.topic == topic, (text, a.topic, [f.id for f in a.fired])
    assert not not_fired & {f.id for f in a.fired}, (text, [f.id for f in a.fired])


def test_a_swallowed_poison_is_still_an_emergency() -> None:
    a = RULES.assess("amekunywa sumu ya panya", "sw")
    assert a.topic == "poisoning_swallowed"
    assert a.level is E


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # "chini ya miaka 5" is younger than 5 (as the English reads "under 5"), not 5 itself
        ("mdogo wangu chini ya miaka 3 anatapika kila kitu hata maji", "child_vomits_everything"),
        # cracked or bleeding nipples said the relative way are the routine breastfeeding check
        ("nina chuchu zilizopasuka zinazotoa damu nikinyonyesha", "breastfeeding_problem"),
    ],
)
def test_a_swahili_phrasing_the_english_reads_fires_its_flag(text: str, flag: str) -> None:
    a = RULES.assess(text, "sw")
    assert flag in {f.id for f in a.fired}, (text, [f.id for f in a.fired])

"""es/pt/fr, Swahili, Hindi and safety-net families (romnet7, 2026-12-06).

* Weeks or months of a pregnancy are not a baby's age ("32 hafte ki pregnancy hai", "mimba
  yangu ni ya miezi 8"), and "tengo 20 semanas y…" is a pregnancy, not twenty weeks of a
  complaint; a baby's own age in weeks is still read.
* A child who "hachezi" (is not playing) is a sick child: the baby in the womb only with a
  pregnancy said; when the movements of a baby not yet born are what is said, the child red
  flags are not raised for it.
* A sunburn is not a deep burn where one word says burnt and sunburnt ("kuungua na jua
  mgongo wote", "me quemé con el sol"); a scald over the back still is.
* Hindi "dhadkan bahut tez" (the heartbeat felt racing) is palpitations, not also a counted
  fast pulse: one sign is not two among the signs of sepsis.
* English words mixed into a safety-net language ("may chest pain ako pero mild lang") are
  the English reading's to weigh; a safety net only raises a full reading, never replaces it.
* Two more same-day safety-net statements in all eight languages: burning urine with a
  fever, shivers or back pain, or in pregnancy (NHS kidney infection), and a deep or dirty
  wound or a rusty nail (NHS tetanus), each with its own line.

Every message is our own; the other side of each change is tested too.
"""

from __future__ import annotations

import pytest

from .support import Chat, E, R, S, U, engine, joined

NIGERIA, EGYPT, PHILIPPINES = "+2348031234567", "+201001234567", "+639171234567"


def _ids(text: str) -> list[str]:
    return [f.id for f in engine().assess(text).fired]


# --- 1. weeks or months of a pregnancy are not a baby's age -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "29 hafte ki pregnancy hai, kal raat se bukhar hai",
        "6 mahine ki pregnancy hai aur bukhar aa raha hai",
        "28 हफ्ते की प्रेग्नेंसी है, बुखार है",
        "meri biwi 31 hafte pregnant hai, use ulti ho rahi hai",
        "mimba yangu ni ya miezi 7 na nina homa tangu jana",
    ],
)
def test_weeks_of_a_pregnancy_are_not_a_babys_age(text: str) -> None:
    found = engine().assess(text)
    assert found.facts.pregnant
    assert found.facts.subject in ("self", "other_adult")
    assert all(age >= 1 for age in found.facts.ages), found.facts.ages
    assert not {"infant_red_flags", "child_fever_concerns"} & set(_ids(text))


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("mera beta 5 hafte ka hai, use bukhar hai", 5),
        ("mtoto wangu wa wiki 6 ana homa tangu asubuhi", 6),
        ("mi bebé de 6 semanas tiene fiebre desde la noche", 6),
    ],
)
def test_a_babys_own_age_in_weeks_is_still_read(text: str, weeks: int) -> None:
    found = engine().assess(text)
    assert found.facts.subject == "baby"
    assert found.facts.age_years == pytest.approx(weeks / 52, abs=0.01)
    assert found.level is E  # a fever under 3 months


def test_tengo_n_semanas_of_someone_pregnant_is_the_pregnancy() -> None:
    found = engine().assess("tengo 24 semanas y tengo acidez, el bebé se mueve bien")
    assert found.facts.pregnant and found.facts.pregnancy_weeks == 24
    assert found.facts.subject == "self"
    assert found.facts.duration_days is None  # not 24 weeks of heartburn
    # a complaint of some weeks is still how long it has lasted
    cough = engine().assess("tengo 4 semanas con tos y no se me quita")
    assert not cough.facts.pregnant and cough.facts.duration_days == 28


# --- 2. a child who is not playing, and a baby not yet born who is not moving --------------


def test_a_baby_not_yet_born_who_is_not_moving_is_not_a_sick_child() -> None:
    text = "nina mimba ya miezi 8, tangu jana mtoto hachezi kama zamani"
    found = engine().assess(text)
    assert found.level is E and found.facts.subject == "self"
    assert "reduced_movements" in _ids(text)
    assert "child_red_flags" not in _ids(text)


def test_a_child_who_is_not_playing_is_still_a_sick_child() -> None:
    text = "mtoto hachezi leo, analala tu na ana homa kali"
    found = engine().assess(text)
    assert found.level is E and not found.facts.pregnant
    assert "reduced_movements" not in _ids(text)
    assert found.facts.subject == "child"


# --- 3. a sunburn is not a deep burn -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "nimeungua na jua mgongo wote jana ufukweni, ni mwekundu na unauma",
        "jua limeniunguza mgongo wote, ngozi inabambuka kidogo, sina homa",
    ],
)
def test_a_sunburn_over_the_back_without_blisters_or_fever_is_self_care(text: str) -> None:
    found = engine().assess(text)
    assert found.level is S, _ids(text)
    assert "serious_burn" not in _ids(text)


def test_a_blistered_feverish_sunburn_is_same_day_not_an_emergency() -> None:
    text = "nimeungua na jua mabega yote, kuna malengelenge na nina homa"
    assert engine().assess(text).level is U
    assert "serious_burn" not in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "mtoto amemwagikiwa na maji ya moto mgongo wote",
        "me quemé con aceite hirviendo todo el brazo",
    ],
)
def test_a_large_scald_is_still_an_emergency(text: str) -> None:
    assert engine().assess(text).level is E
    assert "serious_burn" in _ids(text)


def test_burnt_by_the_sun_in_spanish_is_a_sunburn() -> None:
    text = "me quemé con el sol en la playa, tengo los hombros rojos"
    assert "serious_burn" not in _ids(text)
    assert engine().assess(text).topic == "sunburn"


# --- 4. the heartbeat felt racing is one sign, not two ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "kal se bukhar hai, thand lag ke kaanp raha hoon, dhadkan bahut tez hai",
        "बुखार है, कंपकंपी है और दिल की धड़कन बहुत तेज़ चल रही है",
    ],
)
def test_dhadkan_tez_with_fever_and_shivers_is_not_sepsis(text: str) -> None:
    found = engine().assess(text)
    assert "sepsis_signs" not in _ids(text)
    assert "tachycardia" not in found.present and "palpitations" in found.present
    assert found.level is U  # fever with shivers: seen today


def test_a_counted_fast_pulse_is_still_a_fast_heart_rate() -> None:
    assert "tachycardia" in engine().assess("dhadkan 150 hai aur chakkar aa rahe hain").present
    text = "bukhar, kapkapi, nabz bahut tez aur saans phool rahi hai"
    assert "tachycardia" in engine().assess(text).present
    assert engine().assess(text).level is E


# --- 5. English words mixed into a safety-net language --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "may chest pain ako pero mild lang, parang nabinat lang sa gym",
        "may ubo ako 4 days na, konting chest pain pag umuubo, no fever naman",
    ],
)
def test_english_facts_in_taglish_are_read_by_the_english_engine(text: str) -> None:
    found = engine().assess(text)
    assert found.language == "en"
    assert found.level is U and found.topic == "chest_pain"
    assert "safety_net:chest_pain" not in _ids(text)


def test_a_net_statement_in_its_own_words_still_raises_the_english_reading() -> None:
    text = "my mum has had chest pain since lunch and pawis na pawis siya"
    found = engine().assess(text)
    assert found.level is E
    assert found.language == "en" and found.topic == "chest_pain"
    assert _ids(text)[0] == "safety_net:chest_pain"
    reply = Chat(PHILIPPINES, "63").send(text)
    assert reply.triage is E
    assert joined(reply).startswith("Call 911")


@pytest.mark.parametrize(
    "text",
    [
        "sobrang sakit ng dibdib ni lolo, parang dinadaganan, hindi makahinga",
        "si tatay may chest pain kanina pa, pawis na pawis siya",
    ],
)
def test_a_message_mostly_in_tagalog_keeps_the_nets_emergency_line(text: str) -> None:
    reply = Chat(PHILIPPINES, "63").send(text)
    assert reply.triage is E
    assert "Tumawag agad sa 911" in joined(reply)


def test_english_said_not_to_be_there_is_not_the_nets_statement() -> None:
    # Swahili "sina" (I have no) before English words: not a chest pain emergency
    found = engine().assess("sina chest pain")
    assert found.level is not E
    assert "safety_net:chest_pain" not in _ids("sina chest pain")


# --- 6. same-day safety-net statements: a urine infection reaching up, a tetanus-prone wound ----

URINE = {
    "ar": (
        "عندي حرقان في البول من امبارح وسخونة ورعشة",
        "مراتي حامل في الشهر السابع والبول بيحرقها",
    ),
    "bn": ("দুই দিন ধরে প্রস্রাবে জ্বালা, আজ জ্বর আর পিঠে ব্যথা", "আমি গর্ভবতী, প্রস্রাব করলে জ্বালা করে"),
    "id": (
        "pipis perih dari kemarin, sekarang menggigil dan pinggang sakit",
        "saya lagi hamil, kencing perih terus",
    ),
    "ha": (
        "fitsari yana min zafi sosai, kuma ina da zazzabi",
        "matata tana da ciki, fitsari yana mata zafi",
    ),
    "yo": ("ito mi n ta mi lati ana, ibà sì ń ṣe mí", "mo lóyún osu marun, ito n ta mi"),
    "zu": ("ukuchama kubuhlungu futhi ngiyaqhaqhazela", "ngikhulelwe futhi uma ngichama kuyashisa"),
    "am": ("ሽንቴ ሲወጣ ያቃጥለኛል፣ ትኩሳትም አለኝ", "ነፍሰ ጡር ነኝ፣ ሽንት ሲወጣ ያቃጥለኛል"),
    "tl": (
        "masakit umihi tapos may lagnat at giniginaw ako",
        "buntis ang asawa ko, mahapdi daw umihi",
    ),
}
WOUND = {
    "ar": ("بنتي داست على مسمار مصدي", "اتعورت بسكينة والجرح عميق ووسخ"),
    "bn": ("ছেলের পায়ে পেরেক ঢুকে গেছে", "হাতে গভীর ক্ষত, মাটি লেগে আছে"),
    "id": ("anak saya nginjek paku berkarat", "luka di kaki cukup dalam kena tanah"),
    "ha": ("kusa mai tsatsa ta soke yarona a kafa", "rauni mai zurfi a hannuna"),
    "yo": ("ìṣó ìpẹtà gún ọmọ mi lẹ́sẹ̀", "ọgbẹ́ ọwọ́ mi jìn gan"),
    "zu": ("umntwana ugwazwe isipikili esigqwalile", "nginenxeba elijulile emlenzeni"),
    "am": ("የዛገ ሚስማር የልጄን እግር ወጋው", "እጄ ላይ ጥልቅ ቁስል አለ"),
    "tl": ("natusok ng pako ang paa ng anak ko sa bakuran", "malalim ang sugat sa binti ko"),
}


@pytest.mark.parametrize(("code", "text"), [(c, t) for c, texts in URINE.items() for t in texts])
def test_burning_urine_with_fever_back_pain_or_pregnancy_is_same_day(code: str, text: str) -> None:
    found = engine().net.assess(text, code)
    assert found.level is U, text
    assert "safety_net:urine" in [f.id for f in found.fired]
    assert not found.crisis


@pytest.mark.parametrize(("code", "text"), [(c, t) for c, texts in WOUND.items() for t in texts])
def test_a_deep_or_dirty_wound_or_a_rusty_nail_is_same_day(code: str, text: str) -> None:
    found = engine().net.assess(text, code)
    assert found.level is U, text
    assert "safety_net:wound" in [f.id for f in found.fired]


NOT_SAME_DAY = {
    "ar": ("عندي حرقان في البول بس مفيش سخونة", "جرح صغير مش عميق في صباعي"),
    "bn": ("প্রস্রাবে একটু জ্বালা, জ্বর নেই", "আঙুলে ছোট কাটা, রক্ত থেমে গেছে"),
    "id": ("anyang-anyangan sedikit, tidak demam", "lukanya tidak dalam, cuma lecet"),
    "ha": ("fitsari yana min zafi kadan, babu zazzabi", "na yanke yatsa kadan da wuka"),
    "yo": ("ito mi n ta mi die, ko si iba", "mo ge ika mi die"),
    "zu": ("ukuchama kuyashisa kancane, akukho fiva", "ngizisike kancane emunweni"),
    "am": ("ሽንቴ ትንሽ ያቃጥለኛል፣ ትኩሳት የለኝም", "ጣቴን ትንሽ ቆረጥኩ"),
    "tl": ("medyo mahapdi umihi pero walang lagnat", "maliit na hiwa lang sa daliri ko"),
}


@pytest.mark.parametrize(
    ("code", "text"), [(c, t) for c, texts in NOT_SAME_DAY.items() for t in texts]
)
def test_plain_burning_urine_or_a_small_cut_is_not_the_statement(code: str, text: str) -> None:
    said = engine().net.match(text, code)
    assert "urine" not in said and "wound" not in said, (text, said)


def test_the_urine_and_wound_lines_are_sent_in_the_language_with_the_number() -> None:
    reply = Chat(EGYPT).send("اختي حامل وعندها حرقان في البول ووجع في ضهرها")
    assert reply.triage is U
    assert "الكلى" in joined(reply) and "اليوم" in joined(reply)
    reply = Chat(NIGERIA).send("kusa mai tsatsa ta soke kafar yarona a gona jiya")
    assert reply.triage is U
    assert "tetanus" in joined(reply) and "112" in joined(reply)
    assert reply.triage is not R


# --- 7. Hindi in Latin letters: more topics written in Roman Hindi ------------------------------

INDIA = "+919812345678"
ROMAN = [
    ("stye", "30 saal ki hu, palak pe phunsi ho gayi hai, halka dard hai", "Guheri"),
    (
        "dry_eyes",
        "35 saal ka hu, phone dekh ke aankhein thak jati hain aur sookhi lagti hain",
        "Screen",
    ),
    ("dry_skin", "28 saal ki hu, sardi me skin bahut dry hai aur ediyan fat gayi", "moisturiser"),
    ("blisters", "25 saal ka hu, naye joote se edi pe chhala ho gaya", "Chhale"),
    ("bruises", "40 saal ki hu, ghutne pe neel pad gaya table se takkar lagi", "Neel"),
    ("splinters", "32 saal ka hu, lakdi ka kaam karte ungli me kaanta chubh gaya", "Phaans"),
]


@pytest.mark.parametrize(("topic", "message", "word"), ROMAN)
def test_the_roman_hindi_text_is_the_reply(topic: str, message: str, word: str) -> None:
    latn = engine().kb.languages["hi-latn"]
    assert topic in latn.topics and topic not in latn.spec.fallbacks
    assert len(latn.topics[topic].self_care) == len(engine().kb.reference.topics[topic].self_care)
    assert engine().assess(message).topic == topic
    reply = Chat(INDIA).send(message)
    text = joined(reply)
    assert reply.triage is S
    assert word in text
    assert not any("\u0900" <= ch <= "\u097f" for ch in text)


def test_a_stye_that_spreads_over_the_eyelid_is_not_self_care() -> None:
    found = engine().assess("palak pe phunsi thi, ab poori palak laal aur suj gayi hai, bukhar bhi")
    assert found.level is not S


# --- 8. remaining under-triage: words for a known finding ---------------------------------------


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("mi nena de 4 tiene diarrea y hoy dos veces vino con sangre", "bloody_diarrhoea"),
        ("me rebané el dedo con un cuchillo, el corte es profundo", "deep_wound"),
        ("cortei a mão no vidro, o corte é fundo e abre quando dobro o dedo", "deep_wound"),
        ("tengo una franja de ampollitas en el costado, solo del lado derecho, arde", "shingles"),
    ],
)
def test_a_known_finding_said_another_way_is_caught(text: str, flag: str) -> None:
    assert flag in _ids(text)
    assert engine().assess(text).level is U


@pytest.mark.parametrize(
    "text",
    [
        "mi hijo tiene diarrea desde ayer, sin sangre, toma bien el suero",
        "cortei o dedo, o corte não é fundo e já parou de sangrar",
        "me salieron ampollas en los dos talones por los zapatos nuevos",
    ],
)
def test_the_same_complaint_without_the_sign_stays_self_care(text: str) -> None:
    assert engine().assess(text).level is S, _ids(text)

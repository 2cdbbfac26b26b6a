"""Safety-net languages, round 6 (2026-12-05): same-day statements, Arabic dialects, mixing.

For Arabic, Bengali, Indonesian, Hausa, Yoruba, Zulu, Amharic and Tagalog
(``knowledge/safety_net/``):

* two statements below an emergency, each answered with its own pre-written line in the
  language: a fever where malaria or dengue is common (WHO: a test the same day; only where
  the country pack lists malaria or dengue) and an animal bite (WHO rabies: wash the wound,
  the vaccine today) — urgent, never an emergency, never "not understood";
* Arabic dialects and Arabizi (Levantine, Egyptian, Moroccan, Gulf): not answering, an
  overdose, a baby who will not feed at all or breathes fast;
* an emergency phrase in a safety-net language inside a message mostly in English is read;
* a statement said under one of the language's negation cues ("there is no fever") is not
  made.

Every message is our own, written for these tests by engineers who are not native speakers.
The other side is tested too: a fever said to have gone, a fever where malaria is not common,
a mosquito bite, a phone that is not answered, everyday messages and greetings stay "not
understood" (routine), never an emergency.
"""

from __future__ import annotations

import pytest

from .support import Chat, E, R, U, engine, joined, net

MALARIA = frozenset({"malaria", "tb"})  # as the Nigerian, Ethiopian… packs list it
DENGUE = frozenset({"dengue"})
NONE: frozenset[str] = frozenset()
NIGERIA, BANGLADESH, EGYPT = "+2348031234567", "+8801712345678", "+201001234567"


def _fired(text: str, local: frozenset[str] = NONE) -> list[str]:
    return [f.id for f in engine().assess(text, None, local).fired]


# --- 1. a fever where malaria or dengue is common: urgent, with the fever line ---------------

FEVERS = {
    "ha": ("yarinyata tana da zazzabi mai zafi tun shekaranjiya", "ina jin tsoron maleriya ce"),
    "yo": ("omo mi ni iba lati oru ana", "ara baba mi gbona gan lati ana"),
    "id": ("anak saya demam tinggi dan menggigil dari semalam", "badan saya panas sejak sore"),
    "bn": ("আমার ছেলের দুই দিন ধরে খুব জ্বর", "kal theke jor ar matha betha"),
    "am": ("ልጄ ከትናንት ጀምሮ ትኩሳት አለው", "ወባ እንዳይሆን እፈራለሁ"),
    "tl": ("dalawang araw na siyang nilalagnat at giniginaw", "may lagnat ang anak ko mula kagabi"),
    "zu": ("umntwana unemfiva kusukela izolo", "ngesaba ukuthi umalaleveva"),
    "ar": ("ابني عنده حمى ورعشة من امبارح", "ibni 3ando s5oneya mn embare7"),
}


@pytest.mark.parametrize(("code", "text"), [(c, t) for c, texts in FEVERS.items() for t in texts])
def test_a_fever_where_malaria_is_common_is_urgent_in_every_net_language(
    code: str, text: str
) -> None:
    said = net().assess(text, code, MALARIA)
    assert said.level is U and said.understood
    assert [f.id for f in said.fired] == ["safety_net:fever"]
    assert not said.crisis
    # where dengue is the common one, the same
    assert net().assess(text, code, DENGUE).level is U


@pytest.mark.parametrize(("code", "text"), [(c, t) for c, texts in FEVERS.items() for t in texts])
def test_a_fever_where_neither_is_common_stays_not_understood(code: str, text: str) -> None:
    said = net().assess(text, code, NONE)  # Egypt, South Africa: no malaria or dengue listed
    assert said.level is R and not said.understood


def test_the_fever_line_is_sent_in_the_language_with_the_local_number() -> None:
    reply = Chat(NIGERIA).send("Ina da zazzabi tun jiya da yamma, kuma kaina yana ciwo sosai")
    assert reply.triage is U
    text = joined(reply)
    assert "maleriya" in text and "yau" in text and "112" in text
    reply = Chat(BANGLADESH).send("আমার মেয়ের গতকাল থেকে কাঁপুনি দিয়ে জ্বর আসছে")
    assert reply.triage is U
    assert "ম্যালেরিয়া" in joined(reply) or "ম্যালেরি" in joined(reply)


def test_the_fever_line_is_not_sent_where_malaria_is_not_common() -> None:
    reply = Chat(EGYPT).send("ابني عنده سخونية من امبارح وكحة")
    assert reply.triage is not U and reply.triage is not E
    assert "ملاريا" not in joined(reply)


FEVER_GONE_OR_DENIED = {
    "ha": ("zazzabin ya sauka tun jiya, yana wasa yanzu", "babu zazzabi, tari ne kawai"),
    "yo": ("iba omo mi ti lo lati aaro", "ko si iba, inu rirun die ni"),
    "id": ("demamnya sudah turun dari kemarin", "anak saya tidak ada demam, cuma pilek"),
    "bn": ("জ্বর কমে গেছে, এখন ভালো আছে", "জ্বর নেই, শুধু সর্দি"),
    "am": ("ትኩሳቱ ቀንሷል አሁን ደህና ነው", "ትኩሳት የለውም፣ ጉንፋን ብቻ ነው"),
    "tl": ("bumaba na ang lagnat niya, okay na siya", "walang lagnat, sipon lang"),
    "zu": ("imfiva yehlile izolo, uyadlala manje", "akukho mfiva, ngumkhuhlane nje"),
    "ar": ("السخونة نزلت والحمد لله", "ما عنده حرارة، بس زكام"),
}


@pytest.mark.parametrize(
    ("code", "text"), [(c, t) for c, texts in FEVER_GONE_OR_DENIED.items() for t in texts]
)
def test_a_fever_gone_or_denied_is_not_the_fever_statement(code: str, text: str) -> None:
    assert "fever" not in net().match(text, code, MALARIA), text
    assert net().assess(text, code, MALARIA).level is R


# --- 1. an animal bite: urgent everywhere, with the bite line ---------------------------------

BITES = {
    "ar": ("كلب الجيران عض بنتي في رجلها وطلع دم", "kalb fel share3 3addo ebni"),
    "bn": ("একটা কুকুর আমার ছেলের হাতে কামড় দিয়েছে", "kukur amake kamor diyeche"),
    "id": ("tangan saya digigit anjing liar tadi pagi", "monyet di taman menggigit kaki adik"),
    "ha": ("kare ya cije ni a kafa jiya", "cizon kare ne a hannun yarona"),
    "yo": ("aja bu omo mi je ni ese", "aja were kan bu mi je lana"),
    "zu": ("inja ilume umfana wami emlenzeni", "ngilunywe yikati namhlanje"),
    "am": ("ውሻ እጄን ነከሰኝ", "ልጄን የሰፈር ውሻ ነክሶታል"),
    "tl": ("nakagat ng aso ang anak ko kanina", "yung pusa namin kumagat sa kamay ko"),
}


@pytest.mark.parametrize(("code", "text"), [(c, t) for c, texts in BITES.items() for t in texts])
def test_an_animal_bite_is_urgent_in_every_net_language(code: str, text: str) -> None:
    said = net().assess(text, code)  # wherever the person is: rabies is not in ``where``
    assert said.level is U
    assert "safety_net:bite" in [f.id for f in said.fired]


def test_the_bite_line_is_sent_with_wound_washing_and_the_vaccine() -> None:
    reply = Chat(NIGERIA).send("karen makwabcinmu ya ciji yarona a hannu, jini ya fito kadan")
    assert reply.triage is U
    text = joined(reply)
    assert "rabies" in text and "sabulu" in text and "112" in text


NOT_BITES = {
    "tl": "ang daming kagat ng lamok sa binti ko",
    "id": "kaki anak saya bentol-bentol digigit nyamuk",
    "ha": "akwai cizon sauro da yawa a hannuna",
    "ar": "عضلات رجلي بتوجعني من الرياضة",
    "bn": "মশার কামড়ে হাত চুলকাচ্ছে",
    "zu": "inja yami iyagula, ayidli",
}


@pytest.mark.parametrize(("code", "text"), NOT_BITES.items())
def test_insect_bites_and_sick_pets_are_not_animal_bites(code: str, text: str) -> None:
    assert net().match(text, code, MALARIA) == []


# --- 2. Arabic dialects and Arabizi ----------------------------------------------------------

ARABIC = (
    # not answering: Levantine, Egyptian, Moroccan (Arabizi and Arabic script)
    ("abouya wa2a3 bel ard w ma 3am yrod", "unconscious"),
    ("jiddo mabiroddish khales w 3eeno msakkara", "unconscious"),
    ("bba tah f lard w ma kayjawebch", "unconscious"),
    ("أبويا مابيردش خالص وعينه مقفولة", "unconscious"),
    # an overdose: a whole box or strip, or a lot
    ("a5ti bel3et 3elbet 7boob kemle", "poisoning"),
    ("akhad shreet panadol kollo mn sa3a", "poisoning"),
    ("shribt dawa ktir w msh 3arfe shu a3mel", "poisoning"),
    # a baby who will not feed at all, or breathes fast
    ("ولدي عندو شهرين وما بغاش يرضع", "danger_signs"),
    ("binti 3omra 3 shhour w ma bghatch trda3", "danger_signs"),
    ("بنتي عمرها 5 شهور وكتتنفس بزربة", "danger_signs"),
    ("el bebe 3ando 4 shhour w kaytnaffas bzerba", "danger_signs"),
)


@pytest.mark.parametrize(("text", "statement"), ARABIC)
def test_arabic_dialects_and_arabizi_are_recognised(text: str, statement: str) -> None:
    assert statement in net().match(text, "ar")
    # detected (or read as a safety-net phrase) and answered as an emergency
    assessment = engine().assess(text)
    assert assessment.level is E, [d.code for d in engine().detector.detect(text)]
    assert f"safety_net:{statement}" in [f.id for f in assessment.fired]


ARABIC_CALM = (
    "ma 3am yrod 3al phone mn imbare7",
    "mabiroddish 3ala el whatsapp",
    "مش بيرد على التليفون من الصبح",
    "shribt dawa el ka7a w ana a7san",
    "ana kantnaffas bzerba mli kanjri",
    "ولدي ما بغاش ياكل الخضرة",
)


@pytest.mark.parametrize("text", ARABIC_CALM)
def test_arabic_everyday_messages_with_the_same_words_are_not_emergencies(text: str) -> None:
    assert net().match(text, "ar") == []
    assert engine().assess(text).level is not E


def test_arabizi_function_words_place_dialect_messages_in_arabic() -> None:
    for text in ("ibni ma 3am yrod w wejho azra2", "bba ma kayjawebch w kaytnaffas bzerba"):
        assert engine().detector.detect(text)[0].code == "ar", text


# --- 3. mixed messages and negation ----------------------------------------------------------

MIXED = (
    ("Please help, my father collapsed and ma 3am yrod", "safety_net:unconscious"),
    ("I gave her water but mabiroddish at all", "safety_net:unconscious"),
    ("my dad fell in the kitchen, ahora bai numfashi", "safety_net:not_breathing"),
    ("Help please!! anak saya tidak bernapas", "safety_net:not_breathing"),
    ("please come, ابني ما عم يتنفس", "safety_net:not_breathing"),
)


@pytest.mark.parametrize(("text", "flag"), MIXED)
def test_a_net_emergency_phrase_inside_an_english_message_is_read(text: str, flag: str) -> None:
    assessment = engine().assess(text)
    assert assessment.level is E
    assert flag in [f.id for f in assessment.fired]


MIXED_CALM = (
    "My son has a small cold, ibni 3ando zokam",
    "hello, sannu, how are you",
    "thanks po, salamat",
    "I have a mild headache, kaina yana ciwo kadan",
)


@pytest.mark.parametrize("text", MIXED_CALM)
def test_everyday_mixed_messages_are_not_emergencies(text: str) -> None:
    assessment = engine().assess(text)
    assert assessment.level is not E
    assert not [f for f in assessment.fired if f.id.startswith("safety_net:")]


NEGATED = (
    ("ما في نزيف بس جرح صغير في إيده", "ar", "bleeding"),
    ("babu jini, rauni ne karami", "ha", "bleeding"),
    ("tidak ada perdarahan, cuma lecet sedikit", "id", "bleeding"),
    ("walang dugo, gasgas lang", "tl", "bleeding"),
)


@pytest.mark.parametrize(("text", "code", "statement"), NEGATED)
def test_a_statement_under_a_negation_cue_is_not_made(text: str, code: str, statement: str) -> None:
    assert statement not in net().match(text, code)


KEPT = (
    # the negation belongs to another clause or word: the statement stands
    ("bayi gak nangis dan gak napas", "id", "not_breathing"),
    ("ডাকলে কোনো সাড়া দিচ্ছে না", "bn", "unconscious"),
    ("ما في حدا بالبيت وابني ما عم يتنفس", "ar", "not_breathing"),
)


@pytest.mark.parametrize(("text", "code", "statement"), KEPT)
def test_a_negation_elsewhere_does_not_undo_a_statement(
    text: str, code: str, statement: str
) -> None:
    assert statement in net().match(text, code)


GREETINGS = {
    "ar": "السلام عليكم، كيف حالك",
    "ha": "sannu, ina kwana",
    "yo": "e kaaro, bawo ni",
    "zu": "sawubona, unjani",
    "am": "ሰላም እንደምን አደርክ",
    "tl": "magandang umaga po",
    "id": "selamat pagi, apa kabar",
    "bn": "আসসালামু আলাইকুম, কেমন আছেন",
}


@pytest.mark.parametrize(("code", "text"), GREETINGS.items())
def test_greetings_stay_not_understood(code: str, text: str) -> None:
    said = net().assess(text, code, MALARIA)
    assert said.level is R and not said.understood

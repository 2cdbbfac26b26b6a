"""Pregnancy and baby safety gaps in six languages (brief safety8, 2026-12-06).

Phrasings written for this test (not taken from any evaluation set). Each family was fixed in
the knowledge base or the normaliser, not for one sentence:

- a pregnancy said without "pregnant" (pre-eclampsia named, a due date, "I'm expecting", the
  midwife, placenta praevia, gestational diabetes now) is a pregnancy: the `pregnant` fact and
  `pregnant_word`; named pre-eclampsia (`pre_eclampsia_named`, a pregnancy-only finding) with
  any of its symptoms is `pre_eclampsia_signs` (NHS pre-eclampsia);
- swollen face, hands or fingers in pregnancy reach `pre_eclampsia_signs` in every language
  (es, sw, hi needed a "suddenly"), and the allergy topic does not win;
- bringing up milk after each feed is posseting, not "vomits all feeds" (IMCI: vomits
  everything): "after" before "each feed" is when, not what;
- a split condom alone is contraception (NHS: emergency contraception, an STI test), not an
  HIV exposure; with a partner who has HIV it is;
- a child's limp carries the limp_child topic;
- a colour needs lips, face or tongue to be cyanosis: a foot that went purple is not;
- Spanish and Portuguese "bebe" (drinks) after eating, a negation or before a drink is the verb,
  not a baby.

Both sides: real pre-eclampsia signs, vomiting danger signs and blue lips stay where they were.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from tests.assistant.support import E, S, U, assert_level, rules

# --- 1. a pregnancy said without the word -----------------------------------------------------

NAMED_PRE_ECLAMPSIA_WITH_SYMPTOM = [
    ("they told me I've got pre-eclampsia, today my head is pounding", "en"),
    ("me diagnosticaron preeclampsia y hoy tengo dolor de cabeza", "es"),
    ("estou com pré-eclâmpsia e hoje a cabeça dói", "pt"),
    ("on m'a dit que j'ai une prééclampsie et j'ai mal à la tête", "fr"),
    ("daktari alisema nina pre eclampsia na sasa kichwa kinauma", "sw"),
    ("डॉक्टर ने प्री एक्लेम्पसिया बताया है और सिर में दर्द है", "hi"),
    ("doctor ne pre eclampsia bataya hai aur sir me dard hai", "hi"),
]


@pytest.mark.parametrize(("text", "language"), NAMED_PRE_ECLAMPSIA_WITH_SYMPTOM)
def test_named_pre_eclampsia_with_a_symptom_is_urgent(text: str, language: str) -> None:
    found = assert_level(engine(), text, U, language)
    assert found.facts.pregnant
    assert "pre_eclampsia_signs" in {f.id for f in found.fired}
    assert found.topic == "pre_eclampsia"


SAID_WITHOUT_THE_WORD = [
    ("my due date is in march and my ankles and face swelled up overnight", "en"),
    ("we're expecting, and since this morning her hands are really puffy", "en"),
    ("mi fecha de parto es en dos semanas y tengo la cara hinchada", "es"),
    ("a data prevista do parto é semana que vem e meu rosto inchou", "pt"),
    ("ma sage-femme m'a dit de surveiller, j'ai le visage gonflé", "fr"),
    ("tarehe ya kujifungua imekaribia na uso umevimba", "sw"),
]


@pytest.mark.parametrize(("text", "language"), SAID_WITHOUT_THE_WORD)
def test_a_pregnancy_said_another_way_reaches_pre_eclampsia_signs(text: str, language: str) -> None:
    found = assert_level(engine(), text, U, language)
    assert "pre_eclampsia_signs" in {f.id for f in found.fired}


def test_placenta_praevia_with_bleeding_is_a_pregnancy() -> None:
    found = engine().assess("I have placenta praevia and I'm bleeding a bit", "en")
    assert found.level in (U, E)
    assert {"pregnant_word"} <= found.present


NOT_A_PREGNANCY = [
    ("I'm expecting a call back from the surgery about my headache", "en"),
    ("I had gestational diabetes years ago, should my sugar be checked now?", "en"),
    ("estoy esperando los resultados, me duele la cabeza", "es"),
]


@pytest.mark.parametrize(("text", "language"), NOT_A_PREGNANCY)
def test_near_misses_are_not_a_pregnancy(text: str, language: str) -> None:
    found = engine().assess(text, language)
    assert not found.facts.pregnant, text
    assert "pre_eclampsia_signs" not in {f.id for f in found.fired}


# --- 2. swollen face and hands in pregnancy, every language ------------------------------------

SWOLLEN_IN_PREGNANCY = [
    ("I'm 30 weeks pregnant and my fingers and face have gone puffy", "en"),
    ("estoy embarazada de 7 meses y tengo los dedos y la cara hinchados", "es"),
    ("grávida de 32 semanas, minhas mãos estão inchadas", "pt"),
    ("enceinte de 8 mois, mes doigts sont gonflés", "fr"),
    ("nina mimba ya miezi saba, vidole vimevimba", "sw"),
    ("मैं सात महीने की गर्भवती हूँ, मेरी उंगलियां सूज गई हैं", "hi"),
    ("main pregnant hoon, mere hathon me soojan hai", "hi"),
]


@pytest.mark.parametrize(("text", "language"), SWOLLEN_IN_PREGNANCY)
def test_swollen_face_or_hands_in_pregnancy_is_pre_eclampsia_not_allergy(
    text: str, language: str
) -> None:
    found = assert_level(engine(), text, U, language)
    assert "pre_eclampsia_signs" in {f.id for f in found.fired}
    assert found.topic != "allergic_reaction"


REAL_PRE_ECLAMPSIA_EMERGENCY = [
    ("34 weeks pregnant, awful headache and I keep seeing flashing lights", "en"),
    ("embarazada de 33 semanas, dolor de cabeza fuerte y veo borroso", "es"),
    ("grávida de 35 semanas com dor de cabeça e vista embaçada", "pt"),
]


@pytest.mark.parametrize(("text", "language"), REAL_PRE_ECLAMPSIA_EMERGENCY)
def test_pre_eclampsia_with_vision_changes_stays_an_emergency(text: str, language: str) -> None:
    assert_level(engine(), text, E, language)


# --- 3. posseting vs vomiting everything --------------------------------------------------------

POSSETING = [
    ("mi bebé saca un poquito de leche después de cada toma", "es"),
    ("minha bebê bota um pouco de leite pra fora depois da mamada", "pt"),
    ("ma fille recrache un peu de lait après chaque tétée", "fr"),
    ("mtoto wangu kila akinyonya anarudisha maziwa kidogo", "sw"),
    ("har bar feed ke baad baby thoda sa doodh nikal deti hai", "hi"),
    ("my baby brings up a bit of milk after every bottle but is happy", "en"),
]


@pytest.mark.parametrize(("text", "language"), POSSETING)
def test_bringing_up_a_little_milk_after_feeds_is_not_vomiting_everything(
    text: str, language: str
) -> None:
    found = engine().assess(text, language)
    assert "vomits_all_feeds" not in found.present, text
    assert found.level is not E, [f.id for f in found.fired]


VOMITING_DANGER = [
    ("el bebé vomita todas las tomas, no retiene nada", "es"),
    ("o bebê vomita tudo que mama, até a água", "pt"),
    ("mon bébé vomit tous ses biberons depuis ce matin", "fr"),
    ("mtoto anatapika kila kitu anachokunywa", "sw"),
    ("baby jo bhi peeti hai ulti kar deti hai", "hi"),
    ("my baby is throwing up every feed and it's bright green", "en"),
]


@pytest.mark.parametrize(("text", "language"), VOMITING_DANGER)
def test_vomiting_everything_or_green_stays_an_emergency(text: str, language: str) -> None:
    assert_level(engine(), text, E, language)


# --- 4. a split condom ------------------------------------------------------------------------

CONDOM_SPLIT = [
    ("the condom came off last night", "en"),
    ("anoche se nos rompió el preservativo", "es"),
    ("ontem a camisinha rasgou", "pt"),
    ("hier soir la capote a craqué", "fr"),
    ("jana kondomu ilipasuka", "sw"),
    ("कल रात कंडोम फट गया", "hi"),
    ("kal raat condom phat gaya", "hi"),
]


@pytest.mark.parametrize(("text", "language"), CONDOM_SPLIT)
def test_a_split_condom_alone_is_contraception_not_hiv_exposure(text: str, language: str) -> None:
    found = engine().assess(text, language)
    assert "hiv_exposure" not in {f.id for f in found.fired}, text
    assert "contraception_question" in found.present


CONDOM_SPLIT_HIV = [
    ("the condom split and my partner is HIV positive", "en"),
    ("se rompió el condón y mi pareja tiene vih", "es"),
    ("a camisinha estourou e meu namorado é soropositivo", "pt"),
]


@pytest.mark.parametrize(("text", "language"), CONDOM_SPLIT_HIV)
def test_a_split_condom_with_a_partner_who_has_hiv_is_urgent(text: str, language: str) -> None:
    found = assert_level(engine(), text, U, language)
    assert "hiv_exposure" in {f.id for f in found.fired}


# --- 5. a child's limp carries its topic -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my 6 year old woke up limping, no fall", "en"),
        ("mi hija de 3 años cojea desde ayer", "es"),
    ],
)
def test_a_childs_limp_has_the_limp_topic(text: str, language: str) -> None:
    found = assert_level(engine(), text, U, language)
    assert found.topic == "limp_child"


# --- 6. cyanosis needs lips, face or tongue ----------------------------------------------------

LIMB_COLOUR = [
    ("meu dedão do pé ficou roxo e frio", "pt"),
    ("my toes went purple in the cold", "en"),
    ("mon pied est tout violet", "fr"),
]


@pytest.mark.parametrize(("text", "language"), LIMB_COLOUR)
def test_a_limb_colour_is_not_breathing_severe(text: str, language: str) -> None:
    found = engine().assess(text, language)
    assert "breathing_severe" not in {f.id for f in found.fired}, text


BLUE_LIPS = [
    ("labios morados y le cuesta respirar", "es"),
    ("meu filho está com os lábios roxos", "pt"),
    ("mon fils a les lèvres bleues", "fr"),
    ("mtoto ana midomo ya bluu", "sw"),
    ("बच्चे के होंठ नीले पड़ गए हैं", "hi"),
    ("her lips look blue", "en"),
    ("ele ficou roxo e parou de respirar", "pt"),
]


@pytest.mark.parametrize(("text", "language"), BLUE_LIPS)
def test_blue_lips_stay_an_emergency(text: str, language: str) -> None:
    assert_level(engine(), text, E, language)


# --- 7. "bebe" the verb ----------------------------------------------------------------------

BEBE_VERB = [
    ("tengo tos pero como y bebe normal", "es"),
    ("mi papá tiene gripe, come bien y bebe bastante agua", "es"),
    ("meu pai está gripado mas come e bebe normal", "pt"),
    ("minha mãe tosse muito, bebe pouca água", "pt"),
]


@pytest.mark.parametrize(("text", "language"), BEBE_VERB)
def test_bebe_the_verb_is_not_a_baby(text: str, language: str) -> None:
    found = engine().assess(text, language)
    assert "baby_mentioned" not in found.present, text
    assert found.facts.subject != "baby"


BEBE_BABY = [
    ("mi bebe tiene fiebre y no quiere comer", "es"),
    ("el bebe no bebe nada desde la mañana", "es"),
    ("meu bebe está com febre", "pt"),
]


@pytest.mark.parametrize(("text", "language"), BEBE_BABY)
def test_bebe_the_baby_is_still_a_baby(text: str, language: str) -> None:
    found = engine().assess(text, language)
    assert "baby_mentioned" in found.present, text


def test_a_baby_who_drinks_nothing_is_not_self_care() -> None:
    found = engine().assess("el bebe no bebe nada desde la mañana", "es")
    assert found.level is not S


@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("kondomu ilipasuka jana na mpenzi wangu ana VVU", True),
        ("tulilala pamoja wiki hii na kumbe yuko na virusi vya ukimwi", True),
        ("mume wangu ana HIV na anatumia dawa, tunataka kupata mtoto", False),
        ("dada yangu ana VVU na anaendelea vizuri na ARV", False),
    ],
)
def test_a_partner_living_with_hiv_is_an_exposure_only_with_sex_named(
    text: str, exposed: bool
) -> None:
    fired = {f.id for f in rules().assess(text, "sw").fired}
    assert ("hiv_exposure" in fired) is exposed, (text, fired)

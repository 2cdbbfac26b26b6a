"""Scope and word-sense families (brief scope9, 2026-12-06).

Phrasings written for this test (not taken from any evaluation set). Each family was fixed as a
class, in the languages where it applies:

1. a worried question said with a negation is not a denial: Hindi "कहीं X तो नहीं" / "kahin X to
   nahi", "डर है कि X तो नहीं", Spanish "¿no será X?", Portuguese "não será X?", French "ce n'est
   pas X au moins ?" (the language's ``scope.worry``; a Hindi verb said after "तो नहीं" is moved
   before it by the normaliser). A fear of what will come ("…हो जाएगा") stays hypothetical, and
   real denials ("बुखार तो नहीं है", "kahin bhi dard nahi") stay denials;
2. English "fitted"/"fitting" as put in or measured for (a coil, an IUD, glasses, a fitted sheet)
   is not a fit (the NOTFITTED and FITTED_THING word classes); "he fitted for 5 minutes" is;
3. a nut or shellfish named in Hindi, also before वाला/वाली ("peanut wala laddu", "मूंगफली
   वाली चिक्की"), is a possible allergy trigger, as in English: with swelling of the lips or
   tongue and trouble breathing it is anaphylaxis;
4. a child's fever with a rash reaches the fever checks (the rash that does not fade under a
   glass) in every language, Spanish diminutives included; a heat rash without fever stays
   self-care;
5. a couple where the partner's HIV is undetectable on treatment, or on treatment and planning a
   baby, is conception planning (routine), not an exposure (``hiv_partner_treated``, NHS U=U,
   WHO); a split condom or sex without one with a partner who has HIV stays urgent.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from tests.assistant.support import E, R, S, U, assert_level


def assert_not_read(text: str, language: str, finding: str) -> None:
    """``finding`` is not read in ``text`` and the message is no emergency."""
    found = engine().assess(text, language)
    assert finding not in found.present, (text, sorted(found.present))
    assert found.level is not E, (text, [f.id for f in found.fired])


# --- 1. a worried question is not a denial ---------------------------------------------------

WORRIED_QUESTIONS = [
    ("hi", "कहीं मेरे बेटे की सांस तो नहीं रुक रही? वह बहुत हांफ रहा है", "breathing_severe"),
    ("hi", "kahin meri beti ki saans to nahi ruk rahi, bahut dar lag raha hai", "breathing_severe"),
    ("hi", "kahin unhe daura to nahi pad raha, haath pair jhatak rahe hain", "seizure"),
    ("hi", "बेटी को तेज बुखार है, कहीं उसकी गर्दन अकड़ तो नहीं गई", "meningitis_signs"),
    ("hi", "beta bukhar me tap raha hai, kahin gardan akad to nahi gayi", "meningitis_signs"),
    ("es", "¿no será un infarto? a mi tío le suda la frente y está pálido", "named_emergency"),
    ("pt", "não será um infarto? meu tio está suando frio e pálido", "named_emergency"),
    ("fr", "ce n'est pas un infarctus au moins ? mon oncle transpire et il est tout pâle", None),
]


DENIALS_AND_FEARS = [
    # a plain denial, "anywhere", and a fear of what will come are not worried questions
    ("hi", "बुखार तो नहीं है, बस हल्की खांसी है", "fever"),
    ("hi", "bukhar to nahi hai, bas thodi khansi hai", "fever"),
    ("hi", "kahin bhi dard nahi hai, bas thakan hai", "pain"),
    ("hi", "kahin wo behosh to nahi ho jayegi agar garmi badhi", "unresponsive"),
    ("hi", "कहीं उसे बुखार तो नहीं आएगा टीके के बाद", "fever"),
    ("es", "no tengo fiebre, solo un poco de tos", "fever"),
    ("pt", "não tenho febre, só um pouco de tosse", "fever"),
    ("fr", "il n'a pas de fièvre au moins, juste le nez qui coule", "fever"),
]


# --- 2. fitted as put in is not a fit ----------------------------------------------------------

FITTED_AS_PUT_IN = [
    "got my copper coil fitted on tuesday and the cramps are bad",
    "the nurse is fitting an IUD next month, does it hurt",
    "had an implant fitted in my arm and it's bruised",
    "I was fitted for new glasses and now my eyes ache",
    "bought a fitted sheet and my skin itches after sleeping on it",
    "he had a pacemaker fitted last year",
]


A_FIT = [
    "my nephew fitted for about five minutes and is now very sleepy",
    "grandad fitted twice this afternoon",
    "my son has been fitting for over 12 minutes now",
    "my toddler started fitting at the park",
    "she fitted for a few minutes with a high temperature",
]


# --- 3. a food before wala/wali is still the food ---------------------------------------------

FOOD_WITH_WALA = [
    "maine kaju wali barfi khayi aur hoth sooj gaye, saans lene me dikkat ho rahi hai",
    "bete ne moongfali wala laddu khaya, jeebh sooj gayi aur saans phool rahi hai",
    "मूंगफली वाली टिक्की खाने के बाद होंठ सूज गए और सांस लेने में दिक्कत है",
    "jhinga wali curry khayi, chehra aur hoth sooj gaye, saans nahi le pa rahi",
]


READ_AS_EMERGENCIES = [
    *((language, text, None, flag) for language, text, flag in WORRIED_QUESTIONS),
    *(("en", text, "seizure", None) for text in A_FIT),
    *(("hi", text, "allergen", "anaphylaxis") for text in FOOD_WITH_WALA),
]


@pytest.mark.parametrize(("language", "text", "finding", "flag"), READ_AS_EMERGENCIES)
def test_the_red_flag_is_read(
    language: str, text: str, finding: str | None, flag: str | None
) -> None:
    """A worried question, "fitted" as a fit, a food before "wala": an emergency."""
    found = assert_level(engine(), text, E, language)
    assert finding is None or finding in found.present
    assert flag is None or flag in {f.id for f in found.fired}


NOT_A_FOOD = [
    "chai wala bhaiya bola gala kharab hai, thoda khansi hai",
    "sabzi wali aunty ke bete ko zukam hai",
]


NOT_READ = [
    *DENIALS_AND_FEARS,
    *(("en", text, "seizure") for text in FITTED_AS_PUT_IN),
    *(("hi", text, "allergen") for text in NOT_A_FOOD),
]


@pytest.mark.parametrize(("language", "text", "finding"), NOT_READ)
def test_the_look_alike_is_not_read(language: str, text: str, finding: str) -> None:
    """A denial, a fear of what will come, "fitted" as put in, "wala" after a person."""
    assert_not_read(text, language, finding)


# --- 4. a child's fever with a rash reaches the fever checks ---------------------------------

FEVER_AND_RASH_CHILD = [
    ("en", "my 4 year old is burning up and has a blotchy rash on his chest"),
    ("es", "mi niña de 3 años tiene fiebre y le salieron manchitas rojas en la barriga"),
    ("pt", "minha filha de 3 anos está com febre e pintinhas vermelhas na barriga"),
    ("fr", "ma fille de 3 ans a de la fièvre et des boutons rouges sur le ventre"),
    ("sw", "binti yangu wa miaka 3 ana homa na vipele vyekundu tumboni"),
    ("hi", "meri 3 saal ki beti ko bukhar hai aur pet par laal daane nikle hain"),
]


@pytest.mark.parametrize(("language", "text"), FEVER_AND_RASH_CHILD)
def test_a_childs_fever_with_a_rash_is_at_least_urgent(language: str, text: str) -> None:
    found = engine().assess(text, language)
    assert found.level in (U, E), (text, found.level, [f.id for f in found.fired])
    assert {"fever", "rash"} <= found.present


WORRIED_MENINGITIS = [
    ("en", "scared it could be meningitis, my little boy is floppy and hot"),
    ("hi", "mujhe dar hai ki meningitis to nahi, beta bahut sust hai aur bukhar hai"),
    ("hi", "डर लग रहा है कि मेनिनजाइटिस तो नहीं, बेटी सुस्त है और बुखार है"),
]


@pytest.mark.parametrize(("language", "text"), WORRIED_MENINGITIS)
def test_a_meningitis_worry_with_an_unwell_child_is_not_reassured(language: str, text: str) -> None:
    found = engine().assess(text, language)
    assert found.level in (U, E), (text, found.level)
    assert "meningitis_word" in found.present


HEAT_RASH = [
    ("en", "tiny red heat rash on my baby's neck after a hot day, no temperature, feeding fine"),
    ("es", "mi bebé tiene sarpullido por el calor en la espalda, sin fiebre"),
    ("hi", "बच्चे की पीठ पर गर्मी के दाने हैं, बुखार नहीं है"),
]


@pytest.mark.parametrize(("language", "text"), HEAT_RASH)
def test_a_heat_rash_without_fever_stays_self_care(language: str, text: str) -> None:
    found = assert_level(engine(), text, S, language)
    assert found.topic == "heat_rash"


# --- 5. HIV: conception planning is routine, an exposure is urgent -------------------------------

PLANNING_ON_TREATMENT = [
    ("en", "my husband lives with HIV, on ART and undetectable, we would like a baby"),
    ("en", "partner is hiv positive but undetectable for years, we want to start a family"),
    ("es", "mi marido tiene vih, está en tratamiento y es indetectable, queremos un bebé"),
    ("pt", "meu marido tem hiv, faz tratamento e está indetectável, queremos engravidar"),
    ("fr", "mon mari a le vih, il est sous traitement et indétectable, on voudrait un enfant"),
    ("sw", "mume wangu ana VVU, anatumia ARV na virusi havionekani, tunataka mtoto"),
    ("hi", "mere pati ko HIV hai, woh ARV lete hain aur undetectable hain, hum baccha chahte hain"),
]


@pytest.mark.parametrize(("language", "text"), PLANNING_ON_TREATMENT)
def test_planning_a_baby_with_a_treated_partner_is_routine(language: str, text: str) -> None:
    found = assert_level(engine(), text, R, language)
    assert "hiv_exposure" not in {f.id for f in found.fired}


EXPOSURE = [
    ("en", "the condom came off last night and my girlfriend is hiv positive"),
    ("en", "slept with a man who has HIV without a condom, he's not on any treatment"),
    ("en", "partner is hiv positive and undetectable but the condom tore yesterday"),
    ("es", "anoche se rompió el condón y mi novio tiene vih"),
    ("pt", "a camisinha rompeu ontem e minha namorada tem hiv"),
    ("fr", "la capote a craqué hier soir et mon copain a le vih"),
    ("sw", "kondomu ilipasuka jana na mpenzi wangu ana VVU"),
    ("hi", "kal condom phat gaya aur boyfriend ko HIV hai"),
    ("hi", "कल कंडोम फट गया और पति को एचआईवी है"),
]


@pytest.mark.parametrize(("language", "text"), EXPOSURE)
def test_an_exposure_to_a_partner_with_hiv_is_urgent(language: str, text: str) -> None:
    found = assert_level(engine(), text, U, language)
    assert "hiv_exposure" in {f.id for f in found.fired}

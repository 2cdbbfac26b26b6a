"""Country fever rules (malaria, dengue) are read like every other red flag: a fever said to
be absent, supposed, prevented or asked about in a medicine question is not a fever now, in
any reading of the message; a real fever where malaria is common stays a same-day test.

The phrasings are our own. Both sides of each change are tested: what is no longer raised and
the nearby messages that must still be.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import E, S, U

MALARIA = frozenset({"malaria", "dengue"})  # as the Kenyan, Brazilian, Indian… packs list them


def level(text: str, local: frozenset[str] = MALARIA) -> TriageLevel:
    return engine().assess(text, local=local).level


def fired(text: str, local: frozenset[str] = MALARIA) -> set[str]:
    return {f.id for f in engine().assess(text, local=local).fired}


# --- one reading's scope holds in the others ------------------------------------------------

# Said without fever in the message's own language; the English reading (which knows "fiebre",
# "homa") or a neighbour language's (which reads Portuguese "sem" as "semanas") does not know
# the negation or the supposition, and used to make a present fever of it.
NO_FEVER_NOW = [
    "me duele la garganta desde el martes, sin fiebre, tomo agua sin problema",
    "tengo diarrea desde ayer, sin sangre ni fiebre, me siento bien",
    "estou com o nariz entupido faz 3 dias, sem febre, comendo normal",
    "minha garganta coça desde domingo, sem febre e sem falta de ar",
    "Tunasafiri Mombasa wiki ijayo na mtoto wa miaka 3, akipata homa huko tumpe nini?",
]


@pytest.mark.parametrize("text", NO_FEVER_NOW)
def test_a_fever_the_own_language_rules_out_is_not_read_back_in(text: str) -> None:
    assert "malaria_risk" not in fired(text)
    assert level(text).rank > U.rank


@pytest.mark.parametrize(
    "text",
    [
        "me duele la garganta desde el martes y tengo fiebre",
        "estou com o nariz entupido faz 3 dias e com febre",
        "mtoto wa miaka 3 ana homa tangu jana",
        "tengo fiebre de 38.5 desde anoche, sin tos",
        "estou com febre desde ontem, sem tosse",
    ],
)
def test_a_real_fever_where_malaria_is_common_stays_a_same_day_test(text: str) -> None:
    assert "malaria_risk" in fired(text)
    assert level(text) is U


@pytest.mark.parametrize(
    "text",
    [
        "tengo fiebre y mi hijo de 2 años no despierta",
        "estou com febre alta e manchas roxas que não somem quando aperto o copo",
    ],
)
def test_fever_with_danger_signs_stays_an_emergency(text: str) -> None:
    assert level(text) is E


def test_what_the_first_reading_rules_out_does_not_hide_another_readings_own_finding() -> None:
    """A Portuguese message negates vomiting; the reading-out of a blood sugar of 350 with a
    verb between ("ta dando 350") is the Portuguese reading's own, and stays urgent."""
    text = "tenho diabetes e a glicemia ta dando 380 desde ontem, sem vomito"
    assert "diabetes_unwell" in fired(text, frozenset())
    assert level("minha glicemia deu 110 hoje cedo, ta bom?", frozenset()) is S


# --- word classes and cues -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("pharmacist here: 40M, sore throat 3/7, afebrile, FeverPAIN 1, eating ok", False),
        ("sore throat 3 days, FeverPAIN 4, temp 38.6", True),
    ],
)
def test_a_score_named_after_fever_is_not_a_fever(text: str, want: bool) -> None:
    assert ("malaria_risk" in fired(text)) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("तीन हफ्ते से खांसी है, बुखार नहीं। दवा बताइए", False),
        ("गले में खराश है, बुखार नहीं। क्या लूं?", False),
        ("दो दिन से बुखार है। दवा नहीं ली।", True),
    ],
)
def test_a_hindi_negation_ends_at_the_danda(text: str, want: bool) -> None:
    assert ("malaria_risk" in fired(text)) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("si a mi hija le da fiebre en el viaje que le doy? ahorita esta bien", False),
        ("si a alguno de los niños le da calentura en la playa, cuanto jarabe le doy?", False),
        ("a mi hija le da fiebre desde ayer en la tarde", True),
        ("mi hija tiene fiebre y si le doy jarabe no baja", True),
    ],
)
def test_spanish_if_someone_gets_a_fever_is_supposed(text: str, want: bool) -> None:
    assert ("malaria_risk" in fired(text)) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Comment protéger mes petits contre le paludisme cet hiver ? Ils vont bien", False),
        ("how can i protect my family from malaria in the rainy season? all fine now", False),
        ("como proteger minha filha contra a dengue? ela esta bem", False),
        ("mon fils a le paludisme et de la fièvre depuis hier", True),
        ("my daughter has a fever since last night", True),
    ],
)
def test_protecting_from_an_illness_is_not_having_it(text: str, want: bool) -> None:
    assert ("malaria_risk" in fired(text)) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("क्या बुखार में पैरासिटामोल और ब्रूफेन एक साथ दे सकते हैं?", False),
        ("kya bukhar me dolo aur combiflam saath le sakte hain?", False),
        ("can we give paracetamol and ibuprofen together in fever?", False),
        # a fever said to be had now keeps its reading, whatever the question after it
        ("mujhe kal se bukhar hai, kya bukhar me crocin le sakte hain?", True),
        ("मुझे बुखार है, क्या पैरासिटामोल ले सकता हूँ?", True),
        ("I have had a fever for 2 days, can I take crocin during fever?", True),
    ],
)
def test_a_medicine_asked_about_in_fever_is_not_a_fever_now(text: str, want: bool) -> None:
    assert ("malaria_risk" in fired(text)) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("May sugat ako sa tuhod, wala namang lagnat", False),
        ("masakit ang ulo ko, walang lagnat", False),
        ("may lagnat ako since kahapon", True),
    ],
)
def test_filipino_english_negation_of_lagnat(text: str, want: bool) -> None:
    assert (level(text) is U) is want


@pytest.mark.parametrize(
    "text",
    [
        "I had a fever yesterday but it has gone away today, feel ok",
        "mtoto alikuwa na homa jana, leo imeisha",
    ],
)
def test_a_fever_in_the_last_day_where_malaria_is_common_is_still_tested(text: str) -> None:
    """WHO: in an endemic area a fever now or in the last 48 hours is tested for malaria."""
    assert level(text) is U
    assert level(text, frozenset()).rank > U.rank


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("रात को बाहर का खाना खाया, आज 4 बार पतले दस्त हुए। खून नहीं, ORS ले रहा हूं", False),
        ("आज 4 बार दस्त हुए। दस्त में खून आ रहा है", True),
    ],
)
def test_a_hindi_gap_does_not_cross_the_danda(text: str, want: bool) -> None:
    """ "…दस्त हुए। खून नहीं": diarrhoea, then no blood, is not blood in the stool."""
    assert ("bloody_diarrhoea" in fired(text, frozenset())) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("my girl 6 has chickenpox, scratching a lot, eating fine, fever gone", False),
        ("my girl 6 has chickenpox and a fever, not eating", True),
        # a loss said with "has gone" or "is gone" stays a loss
        ("his speech has gone all of a sudden", True),
    ],
)
def test_a_fever_gone_is_not_a_fever_now(text: str, want: bool) -> None:
    assert (level(text, frozenset()).rank <= U.rank) is want


def test_only_a_fever_word_makes_a_medicine_question_generic() -> None:
    """The cue is for fever: chest pain in a medicine question is still chest pain."""
    assert level("क्या सीने में दर्द में एस्पिरिन दे सकते हैं?", frozenset()).rank <= U.rank

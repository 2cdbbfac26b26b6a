"""Round 8, urgent cases read as routine or self-care: fever words in spoken Swahili, Haitian
Kreyol inside French and English ("has been hot since"), read with the country pack's malaria;
and the weeks of a later pregnancy said without the word "pregnant", so that itchy palms and
soles reach the same-day midwife call (NHS: intrahepatic cholestasis of pregnancy)."""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel

from .support import assert_level, kb, rules

U = TriageLevel.URGENT


def _local(code: str) -> frozenset[str]:
    return frozenset(kb().countries[code].local)


FEVER_IN_MALARIA_COUNTRY = [
    ("KE", "sw", "niko na joto mwili tangu jana na baridi inanitetemesha"),
    ("TZ", "sw", "mtoto wangu ako na joto tangu usiku, anakula vizuri tu"),
    ("UG", "sw", "mtoto wa miezi 9 yuko na joto tangu asubuhi ila ananyonya fiti"),
    ("HT", "fr", "mwen gen lafyèv depi de jou, mal partout"),
    ("HT", "fr", "ti gason an gen fyèv depi maten, li jwe toujou"),
    ("NG", "en", "my son 3 yrs has been hot since last night, still eating fine"),
]


@pytest.mark.parametrize(("code", "lang", "text"), FEVER_IN_MALARIA_COUNTRY)
def test_a_fever_word_in_a_malaria_country_is_seen_today(code: str, lang: str, text: str) -> None:
    assert "malaria" in _local(code)
    found = assert_level(rules(), text, U, lang, _local(code))
    assert "fever" in found.present


NOT_A_FEVER = [
    ("KE", "sw", "joto la mwili ni la kawaida ila kichwa kinauma kidogo"),
    ("KE", "sw", "leo niko na joto la jua sana nikiwa nje, nikunywe maji gani"),
    ("NG", "en", "it has been hot since this morning, what should I drink to stay cool"),
    ("NG", "en", "the weather has been hot since monday and I have a mild headache"),
]


@pytest.mark.parametrize(("code", "lang", "text"), NOT_A_FEVER)
def test_heat_of_the_day_is_not_a_fever(code: str, lang: str, text: str) -> None:
    found = rules().assess(text, lang, _local(code))
    assert "fever" not in found.present, (text, sorted(found.present))


LATE_PREGNANCY_ITCH = [
    ("en", "36 weeks and my hands and feet are so itchy, worse at night, no rash"),
    ("es", "estoy de 31 semanas y me pican muchisimo las manos y los pies"),
    ("pt", "estou de 33 semanas e as palmas das maos cocando demais de noite"),
    ("fr", "je suis à 35 semaines, ça me gratte aux paumes et aux plantes des pieds"),
    ("sw", "niko na wiki 32, nyayo na viganja vinawasha sana usiku"),
    ("hi", "सातवां महीना चल रहा है और हथेलियों पर बहुत खुजली"),
]


@pytest.mark.parametrize(("lang", "text"), LATE_PREGNANCY_ITCH)
def test_itchy_palms_and_soles_in_a_later_pregnancy_are_urgent(lang: str, text: str) -> None:
    found = assert_level(rules(), text, U, lang)
    assert "pregnancy_itching" in {f.id for f in found.fired}


ITCH_NOT_PREGNANCY = [
    ("en", "6 weeks and still itchy hands, worse at night"),
    ("es", "tengo 3 semanas con tos y me pican las manos"),
    ("pt", "estou com tosse ha 3 semanas e as maos cocando"),
]


@pytest.mark.parametrize(("lang", "text"), ITCH_NOT_PREGNANCY)
def test_weeks_of_a_complaint_are_not_a_pregnancy(lang: str, text: str) -> None:
    found = rules().assess(text, lang)
    assert "pregnancy_itching" not in {f.id for f in found.fired}, (text, sorted(found.present))


TOOTH_WITH_FACE_SWELLING = [
    ("en", "back tooth throbbing for days and now my jaw is swelling"),
    ("pt", "dente doendo e a bochecha comecou a inchar hoje"),
    ("sw", "gego limekuwa likiniuma wiki nzima, sasa shavu limevimba"),
    ("es", "me duele la muela y se me esta hinchando la mejilla"),
    ("fr", "j'ai mal aux dents depuis hier et la joue gonfle"),
    ("hi", "daant me bahut dard hai aur gaal sooj gaya"),
]


@pytest.mark.parametrize(("lang", "text"), TOOTH_WITH_FACE_SWELLING)
def test_a_toothache_with_the_face_swelling_is_urgent(lang: str, text: str) -> None:
    assert_level(rules(), text, U, lang)


def test_a_toothache_with_swallowing_trouble_stays_an_emergency() -> None:
    text = "dente doendo, o rosto ta comecando a inchar e nao consigo engolir"
    assert_level(rules(), text, TriageLevel.EMERGENCY, "pt")


def test_starting_to_swell_is_not_read_without_the_face() -> None:
    found = rules().assess("o pe ta comecando a inchar depois da caminhada", "pt")
    assert "face_swelling" not in found.present

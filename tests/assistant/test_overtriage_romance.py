"""Spanish, Portuguese and French over-triage and reading errors (2026-12-05).

Each class has two sides: the benign phrasing no longer escalates (or takes the wrong topic),
and the dangerous phrasing of the same words still does. Every message is our own; levels are
what the NHS A-Z pages, NICE CKS and WHO guidance give. Rules only (no similarity layer).
"""

from __future__ import annotations

import pytest

from tests.assistant.support import E, R, S, U, rules

ENGINE = rules()
LEVELS = (S, R, U, E)


def _level(text: str, lang: str):  # type: ignore[no-untyped-def]
    return ENGINE.assess(text, lang).level


def _at_most(text: str, lang: str, most):  # type: ignore[no-untyped-def]
    level = _level(text, lang)
    assert LEVELS.index(level) <= LEVELS.index(most), (text, level)


def _at_least(text: str, lang: str, least):  # type: ignore[no-untyped-def]
    level = _level(text, lang)
    assert LEVELS.index(level) >= LEVELS.index(least), (text, level)


# --- benign: no longer escalates -------------------------------------------------------------
BENIGN = [
    # es: "ronco/ronca" the adjective (hoarse), not snoring
    ("es", "amaneci ronca y con la garganta irritada", S),
    ("es", "sigo ronco despues del partido de ayer, grite mucho", S),
    ("es", "ando medio ronca y cansadita por el resfriado", S),
    # es: "a ratos" / "va y viene" said of something other than a pain is not colic
    ("es", "tengo tos a ratos desde el lunes", S),
    ("es", "me pica la cabeza a ratos", R),
    # es: "es alcohólico" is a drinking problem, not withdrawal; daily medicine is not drink
    ("es", "mi cuñado es alcohólico, ¿dónde puede pedir ayuda?", R),
    ("es", "creo que mi mamá es alcohólica, toma mucho vino", R),
    ("es", "mi abuelo toma todos los dias su pastilla para el azucar", R),
    # es: "dar (el) pecho" is breastfeeding, not chest pain
    ("es", "cuando le doy pecho a la bebe me duelen los pezones", R),
    ("es", "estoy dando el pecho, ¿puedo tomar paracetamol?", R),
    ("es", "me arde al darle pecho a mi hijo", R),
    # es: a bare "vih" is the test or the word, not an exposure
    ("es", "¿en qué centro de salud me hacen la prueba del vih gratis?", R),
    ("es", "me hice el test de vih el mes pasado y quiero repetirlo", R),
    # es: pain on moving, with no eye said, is not pain moving the eye
    ("es", "me duele al moverme desde que me cai", R),
    ("es", "le duele al mover el cuello", R),
    # es: spots on the forehead are acne, not shingles near the eye
    ("es", "me salieron granitos en la frente y me arden un poco", R),
    ("es", "tengo granos en la frente y la nariz, ¿qué jabón uso?", S),
    # es: weeks of a pregnancy or how long a symptom lasted are not a baby's age
    ("es", "llevo fiebre de 2 dias y me duele el cuerpo", U),
    ("es", "tengo tos de tres semanas y algo de fiebre 38", U),
    ("es", "estoy de 10 semanas y tengo fiebre de 38", U),
    # es: a partner's account of pauses while asleep is sleep apnoea (GP), not "stopped breathing"
    ("es", "mi esposa dice que ronco y que dejo de respirar a ratos dormido", R),
    ("es", "mi papá deja de respirar por momentos en la noche cuando duerme", R),
    # pt: peeling skin between the toes is athlete's foot, not a burn or blistering rash
    ("pt", "tá soltando a pele entre os dedos do pé e coça muito", S),
    ("pt", "meu pé ta descascando entre os dedos e ficou vermelhinho", S),
    # pt: "há um mês", "faz 2 meses", "tem 2 meses que" are how long, not how old
    ("pt", "to com febre baixa faz um mês", U),
    ("pt", "meu marido tem tosse e febre há 2 meses", U),
    ("pt", "tem 2 meses que sinto febre de tarde", U),
    # pt: weeks of a pregnancy are not how long back pain lasted
    ("pt", "to com 34 semanas e uma dor nas costas chata", S),
    # pt: "vai e volta" said of a fever is not colic
    ("pt", "meu filho de 6 anos tem febre de 38 que vai e volta desde ontem", S),
    # fr: "prise de sang" is a blood test, not bleeding
    ("fr", "j'ai une prise de sang à faire demain, je dois être à jeun ?", R),
    ("fr", "les résultats de ma prise de sang sont arrivés", R),
    ("fr", "mon taux de sucre dans le sang était bon", S),
    # fr: "j'arrive plus à bander" is erection trouble (GP), not cannot cope
    ("fr", "depuis un mois j'arrive plus à bander avec ma copine", R),
    ("fr", "je n'arrive pas à bander, c'est grave docteur ?", R),
    # fr: how long a cough or fever has lasted is not a baby's age
    ("fr", "une toux de 3 semaines et 38 de fièvre le soir", U),
]


@pytest.mark.parametrize(("lang", "text", "most"), BENIGN)
def test_benign_phrasing_does_not_escalate(lang: str, text: str, most) -> None:  # type: ignore[no-untyped-def]
    _at_most(text, lang, most)


# --- the dangerous side: still reaches its level ---------------------------------------------
DANGEROUS = [
    # es: hoarse with a new neck lump or trouble swallowing (NHS laryngitis: urgent)
    ("es", "llevo 3 semanas ronca y me salió una bolita en el cuello", U),
    ("es", "ando ronco y me cuesta tragar hasta el agua", U),
    # es: snoring with daytime tiredness (GP), pauses in a child's breathing (emergency)
    ("es", "mi marido ronca horrible y anda cansado todo el dia", R),
    ("es", "mi bebe de 2 meses deja de respirar por ratos", E),
    ("es", "mi abuela dejó de respirar, no reacciona", E),
    # es: pain in waves in the side (kidney stone: urgent)
    ("es", "me duele el costado izquierdo a ratos, muy fuerte, y orino rojizo", U),
    # es: alcohol withdrawal (NHS: urgent; seeing things or a fit: emergency)
    ("es", "mi hermano dejó de tomar ayer y tiembla y suda mucho", U),
    ("es", "mi papá es alcohólico, dejó de beber hace 2 días y ahora ve cosas", E),
    ("es", "dejo de tomar y le dio una convulsion", E),
    ("es", "si no me tomo un trago en la mañana me tiemblan las manos", U),
    # es: chest pain still chest pain while breastfeeding
    ("es", "estoy dando pecho y me dio un dolor en el pecho que se va al brazo izquierdo", E),
    ("es", "me duele el pecho y me falta el aire", E),
    # es: HIV exposure (PEP within 72 hours: urgent)
    ("es", "anoche se rompió el condón y él tiene vih", U),
    ("es", "tuve sexo sin proteccion con una persona seropositiva hace un dia", U),
    ("es", "me pinché con una jeringa usada en la calle", U),
    # es: pain moving the eye with a swollen eyelid (orbital cellulitis: emergency)
    ("es", "se le hinchó el párpado y le duele mover el ojo", E),
    ("es", "le pegaron un golpe en el ojo y le duele cuando lo mueve", E),
    # es: blisters on the forehead on one side (shingles near the eye: urgent)
    ("es", "me salieron ampollas en la frente de un lado y me arden mucho", U),
    ("es", "granitos con ardor en el parpado y alrededor del ojo", U),
    # es: a baby's age still read
    ("es", "mi bebita tiene 20 dias y tiene 38 de fiebre", E),
    ("es", "mi nieto de 6 semanas tiene calentura de 38.3", E),
    # pt: a real scald with the skin coming off, and widespread peeling with fever
    ("pt", "derrubei água fervendo na perna do meu filho e a pele soltou", E),
    ("pt", "a pele dela está soltando no corpo todo e tem febre alta", E),
    # pt: a baby's age still read
    ("pt", "minha bebê tem um mês e ta com febre de 38", E),
    ("pt", "nenê de 2 meses com 38,5 de febre", E),
    # pt: pain in waves down to the groin
    ("pt", "tenho uma dor do lado que vai e volta e desce pra virilha", U),
    # fr: real bleeding
    ("fr", "je saigne énormément de la main, ça ne s'arrête pas", E),
    ("fr", "il y a du sang dans mes selles depuis hier", R),
    ("fr", "j'ai craché du sang ce matin en toussant", U),
    # fr: not coping is still not coping
    ("fr", "je n'arrive plus à faire face, je pense à en finir", U),
    ("fr", "j'y arrive plus du tout, je craque", U),
    # fr: glucose in g/L (hypo under 0.7 g/L with symptoms; very high with vomiting)
    ("fr", "glycémie à 0,45 g/l, elle tremble et elle est toute moite", U),
    ("fr", "glycémie à 3,2 g/l et je vomis depuis ce matin", E),
    # fr: a baby's age still read
    ("fr", "ma fille a 5 semaines et 38,2 de fièvre", E),
]


@pytest.mark.parametrize(("lang", "text", "least"), DANGEROUS)
def test_dangerous_phrasing_still_escalates(lang: str, text: str, least) -> None:  # type: ignore[no-untyped-def]
    _at_least(text, lang, least)


# --- readings: the right finding, facts and topic --------------------------------------------
def test_spanish_hoarse_is_not_snoring() -> None:
    a = ENGINE.assess("estoy ronca desde el sabado", "es")
    assert "hoarse" in a.present and "snoring" not in a.present
    b = ENGINE.assess("mi esposo ronca todas las noches", "es")
    assert "snoring" in b.present and "hoarse" not in b.present


def test_spanish_alcoholic_is_not_dependence() -> None:
    a = ENGINE.assess("mi hermano es alcohólico", "es")
    assert "alcohol_dependence" not in a.present and "substance_problem" in a.present


def test_spanish_breastfeeding_is_not_chest() -> None:
    a = ENGINE.assess("me duele mucho al dar pecho", "es")
    assert "chest_pain" not in a.present and "breastfeeding" in a.present


def test_portuguese_duration_is_not_an_age() -> None:
    a = ENGINE.assess("tem 2 meses que to com febre", "pt")
    assert "under_3_months" not in a.present and a.facts.age_years is None
    b = ENGINE.assess("estou com 36 semanas e dor nas costas", "pt")
    assert b.facts.pregnancy_weeks == 36 and b.facts.duration_days is None


def test_french_blood_test_is_not_bleeding() -> None:
    a = ENGINE.assess("je dois faire une prise de sang", "fr")
    assert "bleeding" not in a.present and "blood_word" not in a.present


def test_french_glucose_in_grams_per_litre() -> None:
    # 1,26 g/L = 126 mg/dL = 7.0 mmol/L
    a = ENGINE.assess("ma glycémie à jeun est à 1,26 g/l", "fr")
    assert a.facts.vitals.glucose_mmol == pytest.approx(7.0, abs=0.1)


def test_french_condom_that_broke_is_not_cannot_cope() -> None:
    for text in ("la capote qui a craqué hier soir", "le préservatif qui a craqué, je fais quoi"):
        assert "not_coping" not in ENGINE.assess(text, "fr").present, text
    assert "not_coping" in ENGINE.assess("je craque complètement", "fr").present

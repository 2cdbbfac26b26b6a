"""Blood sugar readings, ingrown toenails, smelly feet and squints (issues 10/11, topics9).

A reading someone quotes ("fasting 6.4", "240 mg/dl", "sugar is fifteen") gets the band WHO
and NICE give: normal stays self-care, above normal or in the diabetes range is a routine
test, 11.1 mmol/L or more with thirst is urgent and with vomiting an emergency, a hypo with
confusion an emergency. Readings are said in mmol/L or mg/dL, with a decimal point or comma,
or in number words. The new topics (ingrown toenail, smelly or sweaty feet, squint) are
found in every language, with their own GP, urgent and emergency lines, and close look-alikes
do not fire them. Every message is our own; rules are tested without the similarity layer.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel

from .support import rules

RULES = rules()
S, R, U, E = (
    TriageLevel.SELF_CARE,
    TriageLevel.ROUTINE,
    TriageLevel.URGENT,
    TriageLevel.EMERGENCY,
)

# (language, message, level): readings, about the writer and about other people
READINGS = [
    ("en", "checked my fasting sugar this morning, 5.3", S),
    ("en", "my wife's blood sugar was 6.2 after her dinner", S),
    ("en", "fasting glucose of 6.3 at the pharmacy health check", R),
    ("en", "my brother's sugar was 8.6 two hours after eating", R),
    ("en", "blood sugar 9 after lunch, not diabetic", R),
    ("en", "my fasting blood sugar came back 7.4", R),
    ("en", "glucose 230 mg/dl on a random test", R),
    ("en", "mum's sugar reading was 12.2 this afternoon", R),
    ("en", "my sugar is fourteen and i am thirsty all the time", U),
    ("en", "my son's sugar is 16 and he keeps throwing up", E),
    ("en", "her sugar is 2.6 and she is confused", E),
    ("es", "mi azucar en ayunas salio en 6,4", R),
    ("es", "a mi esposo la glucosa le dio 250 despues de comer", R),
    ("es", "mi glucosa en ayunas es de 92", S),
    ("pt", "minha glicemia de jejum deu 118", R),
    ("pt", "a glicose da minha mae deu 98 em jejum", S),
    ("fr", "ma glycemie a jeun est a 7,8 mmol", R),
    ("sw", "mama ana kiu sana na sukari yake ni kumi na nne", U),
    ("hi", "पापा की शुगर 280 है", R),
    ("hi", "meri khali pet sugar 95 hai", S),
]


@pytest.mark.parametrize(("code", "text", "level"), READINGS)
def test_a_quoted_reading_gets_its_band(code: str, text: str, level: TriageLevel) -> None:
    a = RULES.assess(text, code)
    assert a.level is level, (text, a.level, [f.id for f in a.fired])


def test_number_words_are_read_but_vague_ones_are_not() -> None:
    assert RULES.assess("my blood sugar is twelve", "en").facts.vitals.glucose_mmol == 12
    assert RULES.assess("mi azucar esta en quince", "es").facts.vitals.glucose_mmol == 15
    # "a few", "a" and "several" are number words for durations, never a reading
    for text in ("my sugar is a few points up", "sugar is a bit up", "my sugars several times"):
        assert RULES.assess(text, "en").facts.vitals.glucose_mmol is None, text


def test_a_decimal_comma_is_a_decimal() -> None:
    assert RULES.assess("glucosa 6,8 en ayunas", "es").facts.vitals.glucose_mmol == 6.8


# (language, message, topic, level)
TOPICS = [
    ("en", "the nail on my big toe is digging into the skin", "ingrown_toenail", S),
    ("en", "ingrowing toenail for a month, soaking it is not getting better", "ingrown_toenail", R),
    ("en", "my dad is diabetic and has an ingrown toenail", "ingrown_toenail", R),
    ("en", "ingrown toenail, hot and swollen, and I'm diabetic", None, U),
    ("es", "a mi hija se le encarno la una del pie", "ingrown_toenail", S),
    ("pt", "estou com unha encravada no dedao", "ingrown_toenail", S),
    ("fr", "mon fils a un ongle incarne", "ingrown_toenail", S),
    ("sw", "kucha ya kidole cha mguu imeingia ndani ya nyama", "ingrown_toenail", S),
    ("hi", "अंगूठे का नाखून अंदर मांस में घुस गया है", "ingrown_toenail", S),
    ("en", "my teenager's trainers stink and his feet sweat loads", "smelly_feet", S),
    ("en", "smelly feet for months, tried everything and not getting better", "smelly_feet", R),
    ("es", "a mi hijo le apestan los pies", "smelly_feet", S),
    ("pt", "meu marido tem um chule horrivel", "smelly_feet", S),
    ("fr", "j ai les pieds qui puent", "smelly_feet", S),
    ("sw", "miguu ya mwanangu inanuka sana", "smelly_feet", S),
    ("en", "my 4 year old's eyes don't line up in photos", "squint", R),
    ("en", "my little girl screws up her eyes to see the tv", "squint", R),
    ("es", "creo que mi bebe de 8 meses es bizco", "squint", R),
    ("pt", "meu filho tem um olho que vira pra dentro", None, R),
    ("fr", "ma fille louche depuis quelques mois", "squint", R),
    ("sw", "mwanangu ana makengeza", "squint", R),
    ("hi", "बेटे की एक आंख तिरछी है", "squint", R),
    ("en", "my son suddenly has a squint since this morning", "squint", U),
    ("en", "her eye suddenly turned inwards and she has a terrible headache", None, E),
]


@pytest.mark.parametrize(("code", "text", "topic", "level"), TOPICS)
def test_new_topics_are_found_at_their_level(
    code: str, text: str, topic: str | None, level: TriageLevel
) -> None:
    a = RULES.assess(text, code)
    assert a.level is level, (text, a.level, [f.id for f in a.fired])
    if topic is not None:
        assert a.topic == topic, (text, a.topic)


# close look-alikes: the new words must not fire
LOOK_ALIKES = [
    ("en", "I squinted at the sun on the beach", "squint_signs"),
    ("en", "cut my toenails short yesterday", "ingrown_toenail"),
    ("en", "my feet are cold at night", "foot_odour"),
    ("en", "my sugar levels are fine, just asking about diet", "glucose_fasting"),
    ("es", "me duelen los pies de tanto caminar", "foot_odour"),
    ("pt", "cortei a unha do pe", "ingrown_toenail"),
]


@pytest.mark.parametrize(("code", "text", "finding"), LOOK_ALIKES)
def test_look_alikes_do_not_fire(code: str, text: str, finding: str) -> None:
    assert finding not in RULES.assess(text, code).present, text


def test_itchy_skin_between_the_toes_stays_athletes_foot() -> None:
    assert RULES.assess("itchy peeling skin between my toes", "en").topic == "athletes_foot"

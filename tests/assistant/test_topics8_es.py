"""Spanish (es) topic texts for the topics that still fell back to English (issue 11).

Forty-three topics had no Spanish text: emergencies (chest pain, stroke, seizures, a baby
moving less), urgent worries (blood in the pee, a limp in a child, newborn jaundice) and
common complaints (styes, boils, dry skin, the morning after pill). A message about them
found the topic through its findings only, or not at all, and its advice came back in
English. Every message here is our own, written the way people type on WhatsApp (no
accents, Latin American and Spain Spanish); each must now find its topic, never below the
topic's own level, and the reply must carry the Spanish text, not the English one.
Rules are tested without the similarity layer.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel

from . import topics_helper as topics

EN = topics.EN
RULES = topics.RULES

ES = RULES.kb.languages["es"]
MEXICO = "+5215512345678"

# (topic, message): two lay ways of raising each newly written topic
CASES = [
    ("chest_pain", "desde hace rato tengo una opresion en el pecho"),
    ("chest_pain", "me duele el pecho cuando respiro hondo"),
    ("stroke_tia", "a mi papa se le chueco la boca y habla raro"),
    ("stroke_tia", "creo que a mi abuela le dio un derrame"),
    ("suicidal_feelings", "ya no quiero vivir, todo me sale mal"),
    ("suicidal_feelings", "a veces pienso que estarian mejor sin mi"),
    ("seizures", "mi hijo tuvo una convulsion con la fiebre"),
    ("seizures", "tengo epilepsia y se me acabo el medicamento"),
    ("shortness_of_breath", "me falta el aire cuando subo las escaleras"),
    ("shortness_of_breath", "me cuesta respirar desde ayer"),
    ("meningitis", "como saber si mi hijo tiene meningitis"),
    ("meningitis", "como se hace la prueba del vaso"),
    ("sepsis", "como se si una infeccion es sepsis"),
    ("sepsis", "tengo infeccion de orina y me da miedo la septicemia"),
    ("overdose_medicines", "me tome la pastilla de la presion dos veces hoy"),
    ("overdose_medicines", "tome doble dosis de mi medicina sin querer"),
    ("poisoning_swallowed", "mi nino se trago una moneda"),
    ("poisoning_swallowed", "mi hija se tomo un poco de cloro"),
    ("breathing_child", "mi bebe respira rapido y tiene mocos"),
    ("breathing_child", "a mi hijo le silba el pecho cuando respira"),
    ("unwell_baby", "mi bebe no quiere tomar leche desde la manana"),
    ("unwell_baby", "mi bebe rechaza el biberon desde ayer"),
    ("vomiting_blood", "mi esposo vomito sangre en la noche"),
    ("vomiting_blood", "vomite con sangre despues de tomar mucho"),
    ("pregnancy_bleeding", "tengo 8 semanas de embarazo y estoy manchando"),
    ("pregnancy_bleeding", "estoy embarazada y estoy sangrando poquito"),
    ("reduced_movements", "tengo 32 semanas y hoy no siento al bebe"),
    ("reduced_movements", "mi bebe se mueve menos que ayer, tengo 30 semanas"),
    ("waters_breaking", "creo que se me rompio la fuente, tengo 39 semanas"),
    ("waters_breaking", "tengo contracciones cada diez minutos"),
    ("pre_eclampsia", "tengo 34 semanas y se me hincharon las manos y la cara"),
    ("pre_eclampsia", "me dijeron que tengo presion alta en el embarazo"),
    ("burns_serious", "mi hijo se quemo la cara con aceite"),
    ("burns_serious", "tuvo una quemadura electrica con un cable"),
    ("near_drowning", "sacamos a mi sobrino de la alberca, trago agua"),
    ("near_drowning", "mi hija casi se ahoga en la piscina"),
    ("confusion_delirium", "mi abuela de repente esta confundida y no sabe donde esta"),
    ("confusion_delirium", "mi papa esta desorientado desde la manana"),
    ("self_harm_support", "recai y me corte otra vez, como curo la herida"),
    ("self_harm_support", "descubri que mi hija se corta"),
    ("psychosis_concerns", "mi hermano escucha voces y no duerme"),
    ("psychosis_concerns", "mi tio cree que lo siguen y esta paranoico"),
    ("rash_with_fever", "el doctor dijo que es un sarpullido viral"),
    ("rash_with_fever", "a mi hija le dio un sarpullido viral"),
    ("broken_bone", "me cai de la bici y creo que me rompi la muneca"),
    ("broken_bone", "mi hijo se cayo y tiene el brazo roto"),
    ("eye_injury", "me pegaron con una pelota en el ojo"),
    ("eye_injury", "me cayo cloro en el ojo limpiando"),
    ("jaundice", "tengo los ojos amarillos desde hace dias"),
    ("jaundice", "mi esposo tiene la piel amarilla"),
    ("newborn_jaundice", "mi bebe de 5 dias se ve amarillito"),
    ("newborn_jaundice", "el pediatra dijo que mi bebe tiene la bilirrubina alta"),
    ("blood_in_urine", "hoy orine sangre y no me duele nada"),
    ("blood_in_urine", "tengo la orina rosada desde ayer"),
    ("limp_child", "mi hijo esta cojeando desde ayer"),
    ("limp_child", "mi hija no quiere apoyar la pierna"),
    ("contraception", "olvide tomar la pastilla anticonceptiva ayer"),
    ("contraception", "donde consigo la pastilla del dia siguiente"),
    ("muscle_aches", "tengo agujetas por el gimnasio"),
    ("muscle_aches", "me duelen los musculos despues de entrenar"),
    ("boils", "me salio un nacido en la pierna"),
    ("boils", "tengo un forunculo en la axila que duele"),
    ("stye", "me salio un orzuelo en el ojo"),
    ("stye", "tengo una bolita en el parpado que duele"),
    ("dry_skin", "tengo los talones agrietados"),
    ("dry_skin", "tengo la piel muy seca en invierno"),
    ("dry_eyes", "tengo los ojos secos de estar en la computadora"),
    ("dry_eyes", "siento los ojos cansados por el celular"),
    ("medicine_questions", "se me olvido una dosis del antibiotico, que hago"),
    ("medicine_questions", "cual es la dosis maxima de paracetamol al dia"),
    ("stop_smoking", "quiero dejar de fumar, me ayudan"),
    ("stop_smoking", "los parches de nicotina sirven"),
    ("baby_posseting", "mi bebe regurgita un poquito despues de comer"),
    ("baby_posseting", "mi bebe tiene reflujo y echa leche por la boca"),
    ("cradle_cap", "mi bebe tiene costra lactea"),
    ("cradle_cap", "como le quito la costra lactea a mi bebe"),
    ("breast_pain", "siempre me duelen los senos antes de la regla"),
    ("breast_pain", "tengo sindrome premenstrual, me duelen los pechos"),
    ("breastfeeding_problems", "tengo grietas en los pezones de dar pecho"),
    ("breastfeeding_problems", "mi bebe no agarra bien el pecho y me duele"),
    ("bladder_leaks", "se me sale la orina cuando toso"),
    ("bladder_leaks", "desde que tuve a mi bebe me orino al estornudar"),
    ("erection_problems", "ya no se me para como antes"),
    ("erection_problems", "tengo problemas de ereccion"),
    ("cholesterol", "me salio alto el colesterol en los analisis"),
    ("cholesterol", "como bajo el colesterol sin pastillas"),
]
WRITTEN = sorted({topic for topic, _ in CASES})


@pytest.mark.parametrize(("topic", "text"), CASES)
def test_a_message_finds_its_new_spanish_topic(topic: str, text: str) -> None:
    topics.finds_topic(text, "es", topic)


@pytest.mark.parametrize("topic", WRITTEN)
def test_the_topic_has_spanish_text_and_is_no_longer_a_fallback(topic: str) -> None:
    topics.not_a_fallback("es", topic)
    text = ES.topics[topic]
    assert text.title != EN.topics[topic].title or topic == "cholesterol"
    assert text.summary != EN.topics[topic].summary
    assert len(text.self_care) >= 2
    assert len(text.pharmacist) == len(EN.topics[topic].pharmacist)


def test_every_topic_has_a_spanish_text() -> None:
    assert set(RULES.kb.topics) <= set(ES.topics)


# the first message of a topic is the one sent, but for these: "ya no se me para como antes"
# reads as Portuguese to the language guess (a known gap, left to the language reader)
SENT = {"erection_problems": "tengo problemas de ereccion"}
# questions the medicines answers take first: the answer is Spanish, without a topic title
MEDICINE_ANSWERED = {"contraception", "medicine_questions"}


@pytest.mark.parametrize("topic", WRITTEN)
def test_the_reply_is_in_spanish(topic: str) -> None:
    message = SENT.get(topic) or next(text for t, text in CASES if t == topic)
    level, text = topics.reply(MEXICO, "52", message)
    topics.never_says(text, *topics.english_lines(topic))
    if level is not TriageLevel.EMERGENCY and topic not in MEDICINE_ANSWERED:
        spanish = ES.topics[topic]
        topics.says(text, f"*{spanish.title}*", spanish.summary.split(". ")[0])


# (message, topic it must not be): everyday words near a new topic's aliases
NEAR_MISSES = [
    ("me hago cortes con la tijera en la cocina", "self_harm_support"),
    ("mi papa esta cojeando desde ayer", "limp_child"),
    ("se me baja la presion cuando me paro", "erection_problems"),
    ("quiero planificar un viaje con mi bebe de 6 meses", "contraception"),
    ("mi hija tiene anginas y fiebre", "chest_pain"),
    ("a mi bebe se le cayo el chupon y llora", "boils"),
    ("no aguanto mas el dolor de muela", "suicidal_feelings"),
    ("tomo la pastilla de la presion dos veces al dia", "overdose_medicines"),
]


@pytest.mark.parametrize(("text", "topic"), NEAR_MISSES)
def test_a_near_word_does_not_pick_the_new_topic(text: str, topic: str) -> None:
    assert RULES.assess(text, "es").topic != topic, text


# (message, finding, present): the Spanish words the new topics showed missing, both sides
FINDINGS = [
    # a diminutive colour is still yellow
    ("mi bebe de 5 dias se ve amarillito", "yellow_baby", True),
    ("mi bebe de una semana esta amarillita", "yellow_baby", True),
    ("mi bebe esta contento y rosadito", "yellow_baby", False),
    # cutting as a habit, said with hacerse
    ("me hago cortes en los brazos cuando estoy triste", "self_harm", True),
    ("mi hermana se hace cortadas en las piernas", "self_harm", True),
    ("me hago cortes con la tijera en la cocina", "self_harm", False),
    # the same medicine taken twice, named in between; a twice-a-day schedule is not
    ("me tome la pastilla de la presion dos veces hoy", "extra_dose", True),
    ("le di el jarabe dos veces", "extra_dose", True),
    ("le di la medicina de la tos dos veces sin querer", "extra_dose", True),
    ("tomo la pastilla de la presion dos veces al dia", "extra_dose", False),
    ("tome las pastillas dos veces por semana", "extra_dose", False),
    # cradle cap is not the thick scaly scalp of psoriasis
    ("mi bebe tiene costra lactea", "scalp_scaly", False),
    ("tengo el cuero cabelludo con placas gruesas", "scalp_scaly", True),
]


@pytest.mark.parametrize(("text", "finding", "present"), FINDINGS)
def test_the_spanish_words_behind_the_new_topics(text: str, finding: str, present: bool) -> None:
    assert (finding in RULES.understand(text, "es").present) is present, text

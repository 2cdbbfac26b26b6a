"""Over-triage calibration (2026-12-04): presentations public guidance sends to 111 or an
urgent GP today, not to 999, and red flags that fired on the wrong words. The maternity-unit
presentations (reduced movements, pre-eclampsia symptoms, waters before 37 weeks) stay
emergencies by our policy, with the "call your maternity unit now" line.

Every message is our own. Each family is tested on both sides of its line: the urgent
version stays urgent and the 999 version stays an emergency (NHS A-Z pages, NICE NG133,
NICE NG19, WHO IMCI). The rules are tested without the similarity layer.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import Chat, E, R, S, U, kb, rules

ENGINE = rules()


def level(text: str) -> TriageLevel:
    return ENGINE.assess(text, None, frozenset()).level


PREGNANCY = [
    # reduced fetal movements: NHS says the maternity unit now; kept at emergency (our policy:
    # where we deploy, the maternity unit is the hospital), with the maternity line first-aid
    ("im 33 weeks pregnant and the baby is moving much less than usual today", E),
    ("29 weeks, I havent felt her kick since last night", E),
    ("tengo 32 semanas y el bebe casi no se mueve desde ayer", E),
    ("je suis enceinte de 34 semaines et le bébé bouge beaucoup moins depuis hier", E),
    ("estou com 33 semanas e o bebe quase nao mexeu hoje", E),
    # ...with heavy bleeding or severe constant pain: 999
    ("im 33 weeks pregnant, baby moving less and I am bleeding heavily", E),
    ("tengo 32 semanas, el bebe casi no se mueve y estoy sangrando mucho", E),
    ("estou com 33 semanas, o bebe quase nao mexeu e estou sangrando muito", E),
    # pre-eclampsia symptoms without a fit: kept at emergency (WHO: emergency referral)
    ("35 weeks pregnant, bad headache since this morning and I keep seeing flashing lights", E),
    ("estoy de 34 semanas, me duele mucho la cabeza y veo lucecitas", E),
    ("enceinte de 33 semaines, gros mal de tête et je vois des points lumineux", E),
    ("estou grávida de 35 semanas, dor de cabeça forte e vendo pontinhos de luz", E),
    # ...with a fit, or a reading of 160/110 or more: 999
    ("my wife is 36 weeks pregnant, she had a headache and has just had a fit", E),
    ("34 weeks pregnant, headache and blurred vision, my BP is 166/112", E),
    ("estoy de 34 semanas, dolor de cabeza y veo borroso, la tension 170/110", E),
    ("grávida de 36 semanas, dor de cabeça e visão embaçada, pressão 168/112", E),
    ("गर्भवती 33 हफ्ते, तेज़ सिर दर्द और अभी झटका आया", E),
    # waters breaking before 37 weeks, clear, no bleeding: kept at emergency (preterm)
    ("34 weeks and my waters just went, clear fluid, no pain", E),
    ("tengo 33 semanas y se me rompio la fuente, el liquido es transparente", E),
    ("je suis à 32 semaines et j'ai perdu les eaux, le liquide est clair", E),
    # ...green or brown waters, the cord, the urge to push: 999
    ("34 weeks, waters broke and the fluid is dark green", E),
    ("estou com 35 semanas, a bolsa estourou e o liquido e esverdeado", E),
    ("waters went at 36 weeks and I can feel the cord", E),
    # a tooth coming through is not a baby being born
    ("o dente do meu bebe de 7 meses ta nascendo e ele baba muito", S),
]


DEHYDRATION = [
    # a child still passing some urine, alert, drinking: GP or 111 today (NHS dehydration)
    (
        "my 2 year old has diarrhoea since yesterday, fewer wet nappies but she is drinking",
        U,
    ),
    ("mi hija de 1 año tiene diarrea y moja menos pañales, pero toma bien y juega", U),
    ("mon fils de 18 mois a la diarrhée, moins de couches mouillées, il boit bien", U),
    ("minha filha de 2 anos com diarreia, fez menos xixi hoje mas esta brincando", U),
    ("mtoto wa mwaka 1 anaharisha, nepi chache leo lakini ananyonya vizuri", U),
    # no urine all day, drowsy: 999
    ("my toddler has diarrhoea and hasnt had a wet nappy since this morning", E),
    ("my 3 year old has been vomiting all day and is very drowsy and floppy", E),
    # dehyd 2026-12-07 (WHO IMCI): sunken eyes alone in a child over 6 months is one sign, at
    # most some dehydration (same day); with drinking poorly or a very slow skin pinch: severe
    ("my son is 2, diarrhoea for 2 days and his eyes look sunken", U),
    ("mi hijo de 2 años tiene diarrea y tiene los ojos hundidos", U),
    ("meu filho de 1 ano com diarreia e os olhos fundos", U),
    ("my son is 2, diarrhoea for 2 days, his eyes look sunken and he is barely drinking", E),
    ("mi hijo de 2 años tiene diarrea, los ojos hundidos y casi no toma nada", E),
    ("meu filho de 4 meses com diarreia e os olhos fundos", E),
    # an adult who has not peed all day with diarrhoea and vomiting: 999
    ("my dad has had diarrhoea and vomiting and has not peed all day", E),
]


SICKLE_CELL = [
    # sickle cell disease with a temperature: urgent GP or 111 (NHS)
    ("my daughter is 9 and has sickle cell, temperature 38.4 since lunch, drinking ok", U),
    ("I have sickle cell and a fever of 38.5", U),
    ("mi hijo tiene anemia falciforme y fiebre de 38,7", U),
    ("ma fille est drépanocytaire et a 38,6 de fièvre", U),
    ("meu filho tem anemia falciforme e febre de 38,4", U),
    ("mtoto wangu ana selimundu na homa ya 38.5", U),
    # ...with chest pain, trouble breathing or a swollen, painful tummy: 999
    ("my son has sickle cell, fever and now chest pain and breathing fast", E),
    ("I have sickle cell and my tummy is swollen and very painful", E),
    ("mi hija tiene anemia falciforme y le duele el pecho y le cuesta respirar", E),
    ("mon fils est drépanocytaire et il a très mal au ventre, il est gonflé", E),
    ("nina selimundu na tumbo limevimba na linauma sana", E),
    # other weak immune systems with a temperature stay an emergency
    ("I am on chemotherapy and my temperature is 38.2", E),
    ("estoy en quimioterapia y tengo fiebre de 38,3", E),
]


MASTOIDITIS = [
    # mastoiditis signs: urgent GP or 111 (NHS mastoiditis)
    ("my son 5 had an ear infection, now behind his ear is red and swollen, temp 38.5", U),
    ("mi hija de 4 años tiene detrás de la oreja rojo e hinchado y la oreja despegada", U),
    (
        "derrière l'oreille de mon fils c'est rouge et gonflé, l'oreille est décollée, il a 38,5",
        U,
    ),
    ("meu filho de 6 anos esta com inchaço vermelho atrás da orelha e febre", U),
    # ...with a stiff neck or not waking properly: 999
    ("my son has swelling behind his ear, a fever and a stiff neck", E),
    (
        "my girl has a red swelling behind her ear, a fever and she is floppy and hard to wake",
        E,
    ),
]


def test_a_maternity_reply_leads_with_the_number_and_says_call_the_unit_now() -> None:
    """The emergency reply leads with the number and names the maternity unit (first_aid)."""
    reply = Chat().send("im 33 weeks pregnant and the baby is moving less than usual today")
    assert reply.texts[0].startswith("Call 999")
    assert "maternity unit now" in reply.texts[0]


def test_an_urgent_reply_shows_its_red_flags_action_line() -> None:
    """An urgent red flag's first_aid line follows the level line (mastoiditis: the 111 level
    with what to do meanwhile)."""
    reply = Chat().send(
        "my son had an ear infection last week, now there's swelling behind his ear "
        "and the ear is pushed forward"
    )
    assert reply.triage is U
    aid = kb().reference.red_flags["mastoiditis_signs"].first_aid
    assert aid is not None
    advice = next(t for t in reply.texts if "Please get seen today" in t)
    assert aid in advice


WRONG_WORDS = [
    # pauses in breathing while asleep, with snoring: sleep apnoea (routine), not 999
    ("my husband snores and stops breathing for a few seconds at night then gasps", R),
    ("mon mari ronfle et il arrête de respirer la nuit", R),
    ("meu marido ronca e para de respirar de noite", R),
    ("mume wangu anakoroma na anaacha kupumua usiku", R),
    # ...someone who has stopped breathing: 999
    ("my dad collapsed and has stopped breathing", E),
    ("il s'est effondré et il a arrêté de respirer", E),
    ("mi papa se desmayo y dejo de respirar", E),
    ("meu pai desmaiou e parou de respirar", E),
    ("he was snoring and now he is gasping and I can't wake him", E),
    # "don't know who to talk to / where to start" is not confusion
    ("I drink every night and want to cut down but dont know where to start", R),
    ("dark thoughts that everyone is better off without me, dont know who to talk to", U),
    # ...not knowing where they are or who we are is
    ("my mum suddenly doesnt know where she is", E),
    ("grandad suddenly doesnt know who we are", E),
    # a very high reading with only a headache: urgent GP (NICE NG136); with changed
    # vision or chest pain: 999 (NHS)
    ("my bp is 186/116 this morning, a bit of a headache, forgot my tablets", U),
    ("BP 190/118 and my vision has gone blurry", E),
    ("BP 200/120 and I have chest pain", E),
    # fast breathing in a child with no danger sign: same day (WHO IMCI, NICE NG143 amber)
    ("CHV: 3 year old, fever 2 days, cough, RR 52/min, no chest indrawing, drinking ok", U),
    # ...over 60, or with chest indrawing: 999
    # the child known only from an age: the numbers are still the child's
    ("Field note. 2yo male, cough and fever 2 days, RR 50/min. Feeding well.", U),
    ("2 year old with cough and fever, RR 64/min", E),
    ("my 2 year old has a cough and the skin is sucking in under his ribs", E),
]


@pytest.mark.parametrize(
    ("text", "expected"), PREGNANCY + DEHYDRATION + SICKLE_CELL + MASTOIDITIS + WRONG_WORDS
)
def test_each_side_of_the_line(text: str, expected: TriageLevel) -> None:
    assert level(text) is expected, text


# Words that meant something else: the finding must not be read, and the neighbour that does
# mean it still is.
NOT_THE_FINDING = [
    ("mi marido tiene tos desde hace dos dias", "dizzy", False),  # husband, not dizzy
    ("mi marido esta mareado desde la mañana", "dizzy", True),
    ("cut my hand on broken glass, only a small cut", "fracture", False),
    ("broken bottle cut my foot at the beach", "fracture", False),
    ("I think my wrist is broken after the fall", "fracture", True),
    ("the knife slipped and I cut my finger", "fall", False),
    ("I slipped on the wet floor and landed on my hip", "fall", True),
    ("my guinea pig bit me, just a scratch", "travel_malaria", False),
    ("just back from guinea, fever and shivering", "travel_malaria", True),
    # an everyday note to someone is no farewell; a note left for the family still is
    ("left a note for my husband about picking up the kids", "farewell", False),
    ("wrote a note to my daughter saying I'd be late home", "farewell", False),
    ("I've left a note for my husband, I'm done with everything", "farewell", True),
]


@pytest.mark.parametrize(("text", "finding", "read"), NOT_THE_FINDING)
def test_a_word_with_another_meaning_is_not_the_finding(
    text: str, finding: str, read: bool
) -> None:
    assert (finding in ENGINE.assess(text, None, frozenset()).present) is read

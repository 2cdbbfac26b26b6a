"""English self-care and routine questions that used to be "not understood" (routine) or read
as the wrong topic: reflux after food, medicine and contraception questions, erection
problems, bladder leaks, stopping smoking, a night's drinking, teething, Filipino English
("ubo", "sipon", "LBM"), diabetes and periods that need a GP. Each family is checked in several
voices, with the red-flag version that must still escalate beside it."""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import assess
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U

URGENT_OR_MORE = None  # a level of urgent or emergency: another helper owns which


def check(text: str, level: TriageLevel | None, topic: str | None) -> None:
    a = assess(text)
    if level is URGENT_OR_MORE:
        assert a.level in (U, E), (text, a.level, a.topic)
        return
    assert a.level is level, (text, a.level, a.topic, [f.id for f in a.fired])
    if topic is not None:
        assert a.topic == topic, (text, a.topic)


REFLUX_AFTER_FOOD = [
    # burning in the chest or throat brought on by a meal, or eased by an antacid, is reflux
    ("every time I have a takeaway my chest burns for an hour", S, "heartburn"),
    ("burning feeling in my chest after fried food, rennie sorts it", S, "heartburn"),
    ("chest burning after dinner, sour burps, im 35", S, "heartburn"),
    ("acid rising up into my throat at night after a heavy supper", S, "heartburn"),
    ("whenever I eat spicy food my chest de burn small", S, "heartburn"),
    (
        "gas and acidity after the party food, burning in chest, no pain when walking",
        S,
        "heartburn",
    ),
    # a burning feeling in the throat is not a burn
    ("burning in my throat and a sour taste since the big meal", S, "heartburn"),
    # chest pain on effort, or with the warning signs, still escalates
    ("burning in my chest when I climb the stairs", U, None),
    ("burning chest after dinner spreading to my left arm and I'm sweating", E, None),
    ("I burnt my whole chest with boiling oil", E, "burns_serious"),
]


MEDICINE_QUESTIONS = [
    # a question about a medicine is for the pharmacist
    ("is ibuprofen safe while breastfeeding? my baby is 8 weeks", S, "medicine_questions"),
    ("can my mum take paracetamol with her blood pressure tablets", S, None),
    ("loratadine and cetirizine together ok?", S, "medicine_questions"),
    ("how many panadol can I take in a day", S, "medicine_questions"),
    ("I forgot to take my statin yesterday, what now", S, None),
    ("which antacid is safe when pregnant? 20 weeks", S, None),
    # a complaint keeps its own topic when a medicine is asked about with it
    ("lump in my neck for 4 weeks, can I take paracetamol", R, None),
    # too much of a medicine is not a question
    ("I took 30 paracetamol on purpose", E, None),
]


CONTRACEPTION = [
    # a split or slipped condom: emergency contraception is time-limited, the same day (fix10u,
    # NHS emergency contraception); a missed pill alone or a question stays the pharmacy's
    ("the condom broke last night, where do I get the morning after pill", U, "contraception"),
    ("condom slipped off during sex yesterday, im not on the pill", U, "contraception"),
    ("missed two of my microgynon this week what do I do", S, "contraception"),
    ("will amoxicillin stop my pill working", S, "contraception"),
    # a new or unknown partner, or wanting tests, is for a clinic; with a split condom the
    # emergency contraception comes first
    ("condom split with a guy from tinder, I want to get tested for STIs", U, None),
    ("I want an sti check, had a one night stand", R, None),
    # a partner with HIV is urgent (PEP)
    ("the condom burst and my partner is hiv positive", U, None),
]


ERECTION_PROBLEMS = [
    # erection problems are for a GP
    (
        "I can't keep an erection lately, I'm 50 and on blood pressure tablets",
        R,
        "erection_problems",
    ),
    ("my husband has erectile dysfunction, he is diabetic", R, "erection_problems"),
    ("can I buy viagra online? trouble in the bedroom for months", R, "erection_problems"),
    # an erection that will not go down is an emergency
    ("my erection has lasted 5 hours and it's painful", E, None),
]


BLADDER_LEAKS = [
    # leaking pee is for a GP (pelvic floor help), in women too
    ("since my second baby I leak a little wee when I sneeze", R, "bladder_leaks"),
    ("I wet myself when I laugh or jump on the trampoline", R, "bladder_leaks"),
    ("weak bladder at 60, cant hold my wee in time", R, "bladder_leaks"),
    # with numb saddle and weak legs it is an emergency
    ("wetting myself and numb between my legs after my back went", E, None),
]


STOP_SMOKING = [
    # stopping smoking or vaping: pharmacy and stop smoking services
    ("I want to give up smoking, are nicotine patches any good", S, "stop_smoking"),
    ("trying to quit vaping, cravings are awful", S, "stop_smoking"),
    # prescription medicines for it come from a GP
    ("want to stop smoking and id like to talk to my GP about tablets for it", R, "stop_smoking"),
]


A_NIGHTS_DRINKING = [
    # one night's drinking is a hangover, and "banging head" is a headache
    ("drank way too much at my mates stag do last night, head is killing me", S, None),
    ("hungover and a banging head, any tips", S, None),
    ("I had too much wine yesterday and feel sick today", S, "hangover"),
    # drinking every day is a drinking problem
    ("I drink too much every day and can't stop", R, None),
    # a real knock to the head after drinking is a head injury
    ("drunk last night and banged my head on the kerb, now vomiting", E, None),
]


FILIPINO_ENGLISH = [
    # Filipino English: ubo (cough), sipon (runny nose), lagnat (fever), LBM (diarrhoea)
    ("my daughter 6yo has ubo and sipon since yesterday, no lagnat, eating well", S, None),
    ("I have sipon 2 days po, what can I take", S, None),
    ("LBM since this morning after eating at a carinderia, no blood", S, "diarrhoea"),
    # with blood in it, or a baby with a fever, it still escalates
    ("LBM with blood since yesterday po", U, None),
    ("my 2 month old baby has lagnat 38.5", URGENT_OR_MORE, None),
]


TEETHING = [
    # a tooth on its way
    ("my 8 month old is dribbling and chewing on his fists all day", S, "teething"),
    ("her first tooth is coming through and she's grumpy", S, "teething"),
    ("back teeth coming through, 20 month old is miserable", S, "teething"),
    # a high temperature is not teething
    ("teething baby 5 months with a temperature of 39 and very sleepy", URGENT_OR_MORE, None),
]


DIABETES_NUMBERS = [
    # diabetes readings above target on treatment, or wanting treatment reviewed: GP
    ("type 2, my fasting sugar is 165 most mornings even on metformin", R, "diabetes_blood_sugar"),
    ("HbA1c 9.1 on my last test despite taking my tablets", R, "diabetes_blood_sugar"),
    (
        "diabetic, I'd like my medication reviewed, sugars are creeping up",
        R,
        "diabetes_blood_sugar",
    ),
    ("told I'm prediabetic, when should I be tested again", R, "diabetes_blood_sugar"),
    # everyday diabetes questions stay self-care
    ("had a hypo at 3.7, ate jelly babies, now 6 and fine", S, "diabetes_blood_sugar"),
    ("what snacks are good for someone with type 2", S, "diabetes_blood_sugar"),
    # very high sugar with vomiting is urgent or more
    ("my diabetic son's sugar is 28 and he keeps vomiting", E, None),
]


EVERYDAY_CHECKS = [
    # cholesterol: diet questions at home, a high result or aches on a statin for the GP
    ("how can I bring my cholesterol down with food? doc said diet first", S, "cholesterol"),
    ("my cholesterol came back at 6.9, what happens next", R, "cholesterol"),
    ("since starting simvastatin my thighs ache", R, None),
    # a blood pressure reading without symptoms is for the GP; with symptoms it is urgent or more
    ("pharmacy checked me, 156/96, I feel completely fine", R, "high_blood_pressure"),
    ("what exercise helps borderline bp? im 40 and well", S, "high_blood_pressure"),
    ("bp 190/120 with a crushing headache and blurred vision", URGENT_OR_MORE, None),
]

BREASTS_AND_BABIES = [
    # sore nipples and full breasts while breastfeeding, breast pain before a period
    (
        "breastfeeding my 5 day old, my nipples are a bit tender after feeds",
        S,
        "breastfeeding_problems",
    ),
    # cracked, bleeding or very sore nipples: a check of the latch (the existing red flag)
    ("my nipples are so sore from feeding I dread every feed", R, None),
    ("my breasts are engorged and rock hard on day 3", S, None),
    ("my boobs get sore and heavy the week before my period", S, "breast_pain"),
    # heavy periods are for the GP
    ("my periods are so heavy I flood through pads every hour", R, None),
    ("really heavy painful periods for the last year", R, None),
    # a red, hot, painful breast with a fever is mastitis
    ("breastfeeding, one breast red hot and painful and I have a fever and chills", U, None),
    # cradle cap, and a baby bringing up a little milk who is feeding and growing
    ("my 6 week old has yellow crusty cradle cap", S, "cradle_cap"),
    ("4 month old brings up a bit of milk after feeds but is happy and growing", S, None),
    # projectile vomiting every feed is not posseting
    ("my 5 week old vomits every feed and can't keep anything down", URGENT_OR_MORE, None),
]

PERIODS_AND_MENOPAUSE = [
    # months without a period, tests negative: GP
    ("I haven't had my period for 4 months, tests negative, 29", R, "missed_period"),
    ("missed 3 periods now and all my pregnancy tests are negative", R, "missed_period"),
    # HRT is prescribed by a GP
    ("hot flushes are awful, 52, I'd like to try HRT", R, "menopause"),
    # a late period with one-sided pain and dizziness is an emergency
    ("period is 2 weeks late, sharp pain on one side and I feel faint", E, None),
]


@pytest.mark.parametrize(
    ("text", "level", "topic"),
    REFLUX_AFTER_FOOD
    + MEDICINE_QUESTIONS
    + CONTRACEPTION
    + ERECTION_PROBLEMS
    + BLADDER_LEAKS
    + STOP_SMOKING
    + A_NIGHTS_DRINKING
    + FILIPINO_ENGLISH
    + TEETHING
    + DIABETES_NUMBERS
    + EVERYDAY_CHECKS
    + BREASTS_AND_BABIES
    + PERIODS_AND_MENOPAUSE,
)
def test_english_self_care_families(
    text: str, level: TriageLevel | None, topic: str | None
) -> None:
    check(text, level, topic)

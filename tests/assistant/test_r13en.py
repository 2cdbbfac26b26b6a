"""English round-13 misses, mended as families (both sides).

A fit told in Nigerian Pidgin or plain words ("the whole body shake and foam for mouth", "hands
and legs dey shake and the eyes turn up"), in pregnancy ("8 month belle": eclampsia, NHS
pre-eclampsia) or with a fever (NHS febrile seizures); jaw or arm pain with sickness or a sweat at
rest in an older adult who denies chest pain (NHS heart attack); the testicle named without a
pain word, sudden, with sickness (NHS testicle pain: A&E); someone else's tablets collected for
months, "not a burden to anybody after this weekend", "is 40 enough for a 60kg person" (NICE
NG225); "it'd be easier not to wake up" (NHS help for suicidal thoughts: urgent); tender on the
bone and unable to turn the hand after a fall (NHS broken wrist: same day); what the GP can offer
for a problem that has lasted or that treatment has not helped, a family history of early heart
disease, HRT asked of the GP, patchy hair loss (routine).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, assert_not_emergency, rules

LEVELS: list[tuple[str, TriageLevel]] = [
    # a fit: the whole body, the hands and legs, falling then shaking, foam from the mouth, the
    # eyes turning up; in pregnancy or with a fever (NHS seizures, febrile seizures, pre-eclampsia)
    (
        "my wife is 7 month belle and she collapse, her whole body dey shake "
        "and foam come out of her mouth",
        E,
    ),
    (
        "she carry belle of 8 months, she fall down and the body start to "
        "shake, now she is not talking",
        E,
    ),
    ("34 weeks pregnant, my sister fell and her arms and legs were jerking for a minute", E),
    ("my wife pregnant, her body went stiff and shaking then she slept", E),
    (
        "my 2 year old is burning up and his arms and legs started jerking, "
        "eyes turned up, now sleepy",
        E,
    ),
    (
        "baby 9 months with fever, hands and legs dey shake and her eyes turn "
        "up, she is sleeping now",
        E,
    ),
    ("his eyes keep turning up and his whole body is jerking", E),
    ("my uncle fell down and the whole body shake, foam from the mouth", E),
    # the writer's own shaking, a shiver: not a fit
    ("my hands and legs are shaking after the gym, is that low sugar", S),
    ("my whole body is shaking with the cold after swimming", S),
    # jaw or arm pain with sickness or a sweat at rest, chest pain denied (NHS heart attack)
    (
        "my dad is 72, his jaw aches and he feels sick, he's clammy sitting in "
        "his chair, says no chest pain",
        E,
    ),
    (
        "nan 80 says her jaw aches and she keeps feeling sick, sitting down "
        "resting, no pain in her chest",
        E,
    ),
    (
        "mum 66 feels off, left arm aching and she has been sick twice, she is "
        "sitting on the sofa, no chest pain",
        E,
    ),
    ("jaw aches when i chew gum for a long time, clicks too", R),
    # the testicle named, sudden, with sickness (NHS testicle pain: A&E)
    ("my 14 year old says it's his testicle, started suddenly an hour ago and he threw up", E),
    (
        "son 15 says pain is actually in his testicle not groin, came on "
        "suddenly and he feels sick",
        E,
    ),
    # tablets saved up over time, someone else's too; a burden "after" a time; a lethal amount
    # asked for a person's weight (NICE NG225, NHS help for suicidal thoughts)
    ("been saving up my dad's heart tablets for weeks, now I have 60 of them", E),
    ("i have been collecting my husband sleeping pills since 3 months, now i have 50", E),
    ("after sunday I am not a burden to anybody anymore", E),
    ("i will not be a burden to anyone after this weekend", E),
    ("is 40 enough for a 60kg person? i dont want to be here anymore", E),
    ("is 2 enough for a headache?", S),
    # passive thoughts of not waking up (NHS: urgent help)
    ("it would be easier if I just didn't wake up tomorrow, I won't do anything", U),
    ("some nights i think it'd be better not to wake up, been like that most of this week", U),
    ("i wouldnt mind if i never woke up honestly", U),
    # tender on the bone, cannot turn or grip after a fall (NHS broken arm or wrist)
    (
        "my daughter 7 fell off the trampoline onto her hand, her wrist is "
        "very tender on the bone and swelling",
        U,
    ),
    ("fell on my outstretched hand playing netball, cant turn my hand over, wrist swollen", U),
    ("my boy tripped at school, sore right on the bone of his wrist and he cannot grip", U),
    ("wrist a bit achy after typing all day, no injury", S),
    # what the GP can offer, a specialist or physio, for a problem that has lasted or that
    # treatment has not helped; a test with a family history of early heart disease; HRT;
    # patchy hair loss (routine); a new, short problem asked the same way stays self-care
    (
        "tried two antihistamines and a nasal spray for a month for my hay "
        "fever and still streaming, what else can the gp offer?",
        R,
    ),
    ("knee has been stiff for 2 months, physio or gp first?", R),
    ("had eczema for years, nothing from the chemist helps, do I need to see a dermatologist", R),
    ("sore throat since yesterday, what can the doctor give?", S),
    ("my dad had a heart attack when he was 50, should I ask the gp for a cholesterol test", R),
    (
        "family history of early heart disease, never had my cholesterol checked, do I need a test",
        R,
    ),
    ("is hrt something the gp can give me? hot sweats all day and cant sleep", R),
    ("a few coin sized bald patches on my scalp for 6 weeks", R),
    ("round bald spots on my son's head, 2 of them", R),
]

# Neighbours that must not read as a fit, a crisis or a torsion (whatever else they reach).
NOT_EMERGENCY: list[str] = [
    "my newborn's hands and legs shake a little when she cries, otherwise feeding well",
    "I pick up my mum's blood pressure tablets from the pharmacy every month for her",
    "my son asked what a testicle is for his biology homework",
    "it would be easier to wake up early if i went to bed sooner",
]


@pytest.mark.parametrize(("text", "want"), LEVELS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, "en")


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text: str) -> None:
    assert_not_emergency(rules(), text, "en")

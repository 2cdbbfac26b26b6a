"""English under-triage: families of emergencies and urgent cases that were read too low
(2026-12-04).

Every message is our own phrasing of a family fixed in ``knowledge/`` (UK slang, Nigerian,
Ghanaian, Indian and Filipino English, clinical shorthand); levels are what the NHS A-Z
pages, NICE CKS and NICE guidance give. The rules are tested without the similarity layer.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel

from .support import Chat, E, R, S, U, assert_level, rules

ENGINE = rules()


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # testicular pain with a dropped g ("killin") and slang for the testicle
        ("my right nut is proper killin me since i woke up and ive thrown up", E),
        ("bro my left ball been hurtin bad for an hour, feel sick", E),
        # a hot drink pulled or spilt over a young child, blistering or larger than a hand
        ("my 2yo grabbed my cup of coffee and it went all over her tummy, its blistering", E),
        ("toddler knocked the kettle, hot water on his leg, skin is blistered", E),
        ("baby pulled a bowl of noodles onto his arm, red and blistering now", E),
        # heart pain felt only in the jaw, arm or back, with breathlessness and a sweat
        ("60F, no chest pain but an ache in my jaw, breathless walking and clammy", E),
        ("my mum has a pain between her shoulder blades, sweating and can't catch her breath", E),
        ("husband diabetic, pain in his left arm, short of breath and feels sick", E),
        # arterial bleeding in the words people use for it
        ("sliced my wrist on a broken window, blood is spurting out in jets", E),
        ("cut my leg with the strimmer, blood pulsing out with every beat", E),
        ("the blood is shooting out from the cut on his hand", E),
        # a child with a fever who will not bear weight (septic arthritis)
        ("my 4yo has temp 38.8 and won't put any weight on her right leg", U),
        ("son 6yrs fever since yesterday, refusing to bear any weight on his left leg", U),
        # new psychosis: ideas of reference, thought interference
        ("my brother says the telly is sending him secret messages, not slept in days", U),
        ("she is convinced the radio is talking to her and people are reading her thoughts", U),
        # shingles blisters spreading to the eye
        ("72 yo, burning pain on my forehead then blisters came up going towards my eye", U),
        ("blisters on one side of my forehead spreading down to the eyelid, eye watering", U),
        # calf swelling after surgery or with heat and tenderness (DVT)
        ("day 6 post op hernia repair, L calf swollen and sore, warm to touch", U),
        ("my calf is swollen and tender and hot since this morning, no chest pain", U),
        ("65M, day 2 following hip replacement, right calf swollen", U),
        # chickenpox in an adult; pregnant and not immune after a contact
        ("I'm 31 and I've come out in chickenpox, never had it as a child", U),
        ("23 weeks pregnant, never had chicken pox and my niece has just come out in spots", U),
        ("pregnant 16 wks, not immune to chickenpox, my colleague has shingles", U),
        # PEP: a partner living with HIV or of unknown status
        ("condom burst last night and my boyfriend who is hiv positive isn't undetectable yet", U),
        ("had a hook up on saturday, the condom came off, no idea of her status", U),
        ("unprotected with a sex worker 2 nights ago, can I still get pep", U),
        # something in the eye still felt after rinsing
        (
            "sand blew into my eye at the beach, washed it loads but still feels like "
            "something in there",
            U,
        ),
        ("sawdust in my eye, flushed it with water but still it feels like grit under the lid", U),
        # sickle cell pain that the usual painkillers do not control
        ("im a sickler, crisis in my back and legs since morning, tramadol not helping", U),
        ("sickle cell patient here, bone pain worse than usual, my painkillers are not working", U),
        ("my daughter has sickle cell and the pain is severe in her chest and arms", E),
        # a staggered paracetamol overdose; two paracetamol products together
        (
            "been taking 2 panadol every 2 hours for 3 days for my tooth, now vomiting and "
            "pain under my right ribs",
            E,
        ),
        ("took 2 paracetamol and then 2 co-codamol an hour later, feel ok", U),
        ("mum has been having lemsip sachets with her paracetamol since monday", U),
        # someone called a burden, no point any more (passive suicidal thoughts, told by a relative)
        ("my dad keeps telling us he's a burden and there is no point anymore", U),
        ("she says shes just a burden to everyone now", U),
        # a heart condition with legs swelling and wheeze or breathlessness lying down
        ("grandad has heart failure, legs puffy up to the knees and hes wheezy at night", U),
        ("I've got a heart condition, ankles swollen and I get breathless lying flat now", U),
        # an animal that "went for" someone; peeing that burns in pregnancy; movements not felt
        ("next door's dog went for me and got my hand, two puncture marks", U),
        ("26 weeks pregnant, weeing all the time and it stings", U),
        ("my wife is 30 weeks and she is not feeling the baby kicking like usual today", E),
        # fever after travel to a malaria area named by city
        ("just flew back from kampala, fever and chills since last night", U),
        ("back from accra 10 days ago and now i have fever and body aches", U),
    ],
)
def test_a_family_fixed_reaches_its_level(text: str, level: TriageLevel) -> None:
    assert_level(ENGINE, text, level)


@pytest.mark.parametrize(
    "text",
    [
        # a plan for tonight, a time chosen after others sleep
        "got it all planned for tonight once my parents are asleep, nobody will even miss me",
        "i have it all worked out, after everyone goes to bed tonight, im so tired of it all",
        # a farewell: a will done, pets provided for, notes left, no longer a burden
        "My will is done, the cat is going to my neighbour and I left letters for my daughters. "
        "After tonight I won't be a burden to anyone",
        "made my will last week, gave my dog to my brother, feel empty and there's no point",
    ],
)
def test_a_plan_or_a_farewell_is_an_emergency(text: str) -> None:
    assert_level(ENGINE, text, E)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("got it all planned for the party tonight, so excited", R),
        ("my will is done, finally, the solicitor was great", R),
        ("the dog went for my ball in the park", R),
        ("17 weeks pregnant and not feeling the baby move yet, is that ok?", R),
        ("the dog is going to my mum for the weekend while we are away", R),
        ("the ads on my phone keep sending me messages about diets", R),
        ("pain between my shoulder blades after the gym yesterday", S),
        ("can I take lemsip or paracetamol for a cold?", S),
        ("I'm 35, my son aged 6 has chickenpox, how do I stop the itching", S),
        ("sickle cell trait, can I give blood?", R),
        ("eyelash in my eye, rinsed it and it's gone now", S),
    ],
)
def test_a_harmless_neighbour_stays_low(text: str, level: TriageLevel) -> None:
    """What shares the words of a fixed family but not its danger is not raised by it."""
    assert_level(ENGINE, text, level)


def test_living_in_a_city_is_not_travel_to_it() -> None:
    a = ENGINE.assess("we live in lagos, my 9 year old had 38.5 but calpol brought it down")
    assert "travel_malaria" not in a.present


def test_a_nut_allergy_is_not_a_testicle() -> None:
    assert "testicle_pain" not in ENGINE.assess("my nut allergy is killing me, mouth itchy").present


@pytest.mark.parametrize(
    "text",
    [
        "woke up with my left ball killin me, sick twice, it looks higher than the other",
        "toddler tipped a mug of tea over herself, chest and arm blistering, bigger than my hand",
    ],
)
def test_the_emergency_reply_leads_with_the_number(text: str) -> None:
    reply = Chat().send(text)
    assert reply.triage is E, reply.texts
    assert "999" in reply.texts[0].splitlines()[0], reply.texts


# --- early sepsis signs (NHS sepsis: a high temperature with shivering and a fast heartbeat
# -> urgent advice from 111), and the same words without a temperature ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "running a fever, shivering like mad and my heart won't stop racing",
        "temp of 38.9, the chills, and my pulse feels really fast",
        "high temperature and shaking, heart pounding",
    ],
)
def test_fever_with_shivering_and_a_fast_heartbeat_is_urgent(text: str) -> None:
    assert ENGINE.assess(text).level.rank <= TriageLevel.URGENT.rank


@pytest.mark.parametrize(
    "text",
    [
        "my heart races when i climb the stairs",
        "shaky and heart racing before my driving test",
        "fever and chills with the flu since yesterday",
    ],
)
def test_shivering_or_a_racing_heart_alone_is_not_urgent(text: str) -> None:
    assert ENGINE.assess(text).level.rank > TriageLevel.URGENT.rank


# --- a limb suddenly cold and pale or blue without an injury (acute limb ischaemia: 999), and
# cold hands or feet that are long-standing or come with the weather -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my dad's foot suddenly turned cold and blue this morning",
        "all of a sudden my left leg went pale and cold and it's agony",
    ],
)
def test_a_limb_suddenly_cold_and_pale_is_an_emergency(text: str) -> None:
    assert_level(ENGINE, text, E)


@pytest.mark.parametrize(
    "text",
    [
        "my hands are cold and sore every winter",
        "my toes go white and numb in the cold, have done for years",
    ],
)
def test_cold_hands_or_feet_without_a_sudden_change_are_not_an_emergency(text: str) -> None:
    assert ENGINE.assess(text).level is not E


# --- "I'd like to die" (a wish said politely is still a wish to die) and a baby "kicking less"
# (NHS: a change in the baby's movements -> the maternity unit now) --------------------------


@pytest.mark.parametrize(
    "text", ["i'd honestly like to just die", "I would like to be dead", "id like to disappear"]
)
def test_a_wish_to_die_said_as_would_like_is_suicidal_thoughts(text: str) -> None:
    assert ENGINE.assess(text).level.rank <= U.rank


@pytest.mark.parametrize("text", ["I'd like to book a smear test", "i would like to sleep better"])
def test_would_like_about_everyday_things_is_not(text: str) -> None:
    assert ENGINE.assess(text).level.rank > U.rank


@pytest.mark.parametrize(
    "text",
    ["33 weeks and the baby's kicking way less than normal", "bump kicks much less today, 35 wks"],
)
def test_a_baby_kicking_less_in_pregnancy_is_an_emergency(text: str) -> None:
    assert_level(ENGINE, text, E)


# --- words from the fifth held-out round's families (2026-12-05): a snake bite with the place
# said between, "hot body" for a fever, a baby that has "barely moved"; and their near misses ---


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my husband was bitten on the leg by a snake in the field, he feels okay", E),
        ("bitten by a mosquito on my arm, itchy lump", S),
        ("my daughter has hot body since morning and she is vomiting", U),
        ("i have a hot body and lots of energy lol", R),
        ("35 weeks pregnant and the baby has hardly moved since lunch", E),
    ],
)
def test_fifth_round_families(text: str, level: TriageLevel) -> None:
    assert_level(ENGINE, text, level, None, frozenset({"malaria"}))


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("been feeling hot and shivery since yesterday", U),
        ("im burning up with the chills", U),
        ("it was hot and sunny at the beach all week", R),
    ],
)
def test_feeling_hot_with_shivers_is_a_temperature(text: str, level: TriageLevel) -> None:
    """NHS fever: "feeling hot or shivery"; in a malaria area a temperature is tested today."""
    assert_level(ENGINE, text, level, None, frozenset({"malaria"}))

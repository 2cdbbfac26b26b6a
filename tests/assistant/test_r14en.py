"""English round-14 misses, mended as families (both sides).

A wound spurting or pulsing out, or soaking through the cloth held on it, with the word blood
never said (NHS cuts and grazes, when to call 999); a field or crop sprayed, then sweating,
drooling, small pupils or twitching muscles (organophosphate poisoning: WHO, UK ToxBase);
water coughed out after a fall into a pond, well or tank named locally (WHO drowning, RLSS UK);
a sharp side pain on breathing in with a cough and a temperature (NHS chest infection); sickle
cell pain the tablets "nah help" (NICE CG143); a tender thumb side of the wrist after a fall
(scaphoid, NHS); which contraception while breastfeeding (NHS, WHO eligibility criteria); and
words misread upwards: a stabbing pain, "e no dey breathe hard", the school prom, "a bit"
muffled in the right ear, waters that "might have broken".
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, assert_not_emergency, rules

LEVELS: list[tuple[str, TriageLevel]] = [
    # arterial bleeding told by what is seen (NHS: 999 for spurting or pulsing bleeding)
    ("sliced my forearm on a pane of glass and it's squirting out in pulses", E),
    ("caught my shin with the chainsaw, keeps spurting out no matter what", E),
    ("the knife slipped into my palm, it's spraying out in jets", E),
    ("cut my thumb on the mower blade, pumping out with every heartbeat", E),
    ("gashed my leg on the fence, the bandage has bled right through already", E),
    ("cut my finger chopping onions, stopped after a few minutes of pressure", S),
    # organophosphate poisoning after spraying crops (WHO pesticide intoxication; ToxBase)
    ("my dad was spraying the cotton this morning, now he's sweating buckets and drooling", E),
    ("brother sprayed the maize field yesterday, now his pupils are tiny and he keeps vomiting", E),
    ("after spraying the tea bushes she has too much saliva and her muscles keep twitching", E),
    ("husband was spraying the rice paddy, now spit is pouring out and he is sweating", E),
    ("sprayed the garden with the hose today and got sunburnt a bit", S),
    ("i was spraying the veg patch with water, my shoulder aches now", S),
    # near-drowning, water coughed out, then drowsy or breathing fast (WHO, RLSS UK)
    (
        "my daughter fell into the well, we got her out, she coughed up loads of water,"
        " now she's so sleepy",
        E,
    ),
    ("little boy slipped into the fish pond this afternoon, now breathing quick and tired", E),
    ("he was spluttering out water after we pulled him from the tank, now keeps coughing", E),
    ("i have a cough, drinking lots of water helps", S),
    ("coughing a bit at night, drinking water with honey and lemon", S),
    # pleuritic pain with a cough and a temperature (NHS chest infection: GP today)
    ("coughing 5 days, now stabbing pain in my left side whenever i breathe in, temp 38.4", U),
    ("chesty cough and 38.7, sharp pain under my ribs when I take a deep breath", U),
    ("bad cough and fever, it hurts in me right side when i breathe in", U),
    # sickle cell pain the usual painkillers do not ease (NICE CG143: the care team today)
    ("my son has sickle cell, pain in his legs, gave him the tablets but dem nah help", U),
    ("sickle cell crisis in my arms, took two painkillers and it didnt help at all", U),
    ("she has sickle cell, back pain, the panadol no work", U),
    # scaphoid: tender thumb side of the wrist after a fall on the hand (NHS: same day)
    ("tripped on the stairs and landed on my hand, wrist tender on the thumb side", U),
    ("came off my skateboard, wrist swollen and sore at the base of my thumb", U),
    ("fell at netball onto my hand, my wrist really hurts by the snuffbox", U),
    # diabetes said the Caribbean way, with numb burning feet: a GP (NHS diabetic neuropathy)
    ("me feet a bun mi a night and dem numb, mi have sugar fi years", R),
    # contraception chosen while breastfeeding (NHS contraception after a baby; WHO MEC)
    ("what contraception is safe while I'm breastfeeding my 3 month old?", R),
    ("nursing my 6 week old, which family planning method should i start", R),
    ("I'm breastfeeding, which birth control is best for me", R),
    # misread upwards: a stabbing pain is no stab wound
    # (a chest wall strain, no age said: self-care since scope 2026-12-07, NHS chest pain)
    ("stabbing pain in my chest wall when I press on it after lifting boxes", S),
    # the school prom is no ruptured membranes; PROM in a note still is
    ("big zit on my chin and prom is on friday, how do I shrink it", S),
    ("massive pimple on my forehead, the prom is next week", S),
    ("39 weeks pregnant ?PROM since this morning, clear fluid", U),
    # "a bit" muffled in the right ear is no object in the ear and no right-sided tummy pain
    ("hearing gone a bit muffled in my right ear for weeks, no pain", R),
    # blood under a nail after a knock is a bruise, not a splinter (NHS); something stuck is
    ("trapped my finger in the car door, now a dark purple patch under my nail", S),
    ("hit my thumb with a hammer, a black spot under the nail, can bend it fine", S),
    ("a bit of glass went under my fingernail and I can't get it out", U),
    # the idiom "a heart attack waiting to happen" is no heart condition
    (
        "palpitations lying in bed for months, short flutters, my sister says im a heart attack"
        " waiting to happen",
        R,
    ),
    ("I had a heart attack last year and I'm getting palpitations since yesterday", U),
    # dizzy on standing since a blood pressure medicine: the medicine, a GP (NHS low BP)
    ("new blood pressure pills making me dizzy when i get up from the sofa", R),
    ("been out in the heat all day, dizzy when I stand up and my pee is dark", U),
    # too much eaten, full and belching: indigestion (NHS indigestion)
    ("overate at the wedding, stomach still full this morning and belching a lot", S),
    ("ate too much rice and stew last night, still bloated, no pain", S),
    # a pimple before an event is acne (NHS acne)
    ("huge spot on my forehead, so sore, school disco tomorrow", S),
    # a spot that bleeds and does not heal, or heals and comes back, is a GP's (NHS
    # non-melanoma skin cancer), whatever its size
    ("a huge spot on my cheek that bleeds and hasn't healed for 2 months", R),
    ("scab on my scalp that heals and then comes back, been months", R),
    ("big spot on my chin, it should heal in a few days hopefully", S),
]

# Neighbours that must not read as an emergency (whatever else they reach).
NOT_EMERGENCY: list[str] = [
    "my spot was squirting out when i squeezed it",
    "my heart beats really fast after my morning run, is that normal",
    "cut my lip, it pulses a bit with my heartbeat but the bleeding stopped",
    "My uncle dey cough for 4 weeks now, e dey lose weight, e no dey breathe hard",
    "she no dey breathe fast, just small catarrh",
    "I think my waters might have broken, 40 weeks, no bleeding, baby moving",
    "had a stabbing pain in my side after running, gone now",
    "my hands throb with every heartbeat after gardening",
]


@pytest.mark.parametrize(("text", "want"), LEVELS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, "en")


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text: str) -> None:
    assert_not_emergency(rules(), text, "en")


def test_pidgin_not_breathing_still_read() -> None:
    """'e no dey breathe' alone is still not breathing (NHS CPR)."""
    assert_level(rules(), "my papa fall down, e no dey breathe, e no wake", E, "en")

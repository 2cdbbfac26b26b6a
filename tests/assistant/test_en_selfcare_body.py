"""English self-care and routine coverage for the body areas (2026-12-04): skin, hair and scalp,
bites and stings, burns, sprains and strains, muscles and back, eyes, ENT and voice, colds.

Messages that were "not understood" (routine by default) or read as the wrong topic. Every
message is our own phrasing of a family fixed in ``knowledge/`` (the family is named above each
group); levels follow the NHS A-Z pages and NICE CKS. Each family has its negative: the red-flag
version still escalates, and weeks of the same trouble still goes to a GP. Rules are tested
without the similarity layer.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, rules

ENGINE = rules()


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # insect bites said by how many or how they look, without "insect bite"
        ("covered in itchy bites after the barbecue, nothing swollen", "insect_bites_stings"),
        ("eaten alive by mozzies on holiday, my ankles are one big itch", "insect_bites_stings"),
        ("little red bites on my arms since camping, itchy not sore", "insect_bites_stings"),
        ("bitten by something in the shed, red itchy lump on my wrist", "insect_bites_stings"),
        # a size word ("all over my legs") is not a burn without a burn
        ("mosquito bites all over my arms and legs, so itchy", "insect_bites_stings"),
        # sprains: a twisted joint in any word order
        ("my wrist got twisted when I fell off my bike, it moves but it's sore", "sprains_strains"),
        ("knee twisted playing netball, bit puffy but I can walk on it", "sprains_strains"),
        ("went over on my ankle stepping off the kerb, bit swollen, can walk", "sprains_strains"),
        ("pulled my hamstring sprinting for the bus", "sprains_strains"),
        # back: "did my back in", a hurt lower back
        ("think I've done my back in moving the wardrobe, it aches when I bend", "back_pain"),
        ("strained my lower back gardening at the weekend, just stiff", "back_pain"),
        # muscles sore after exercise
        ("my thighs are killing me after leg day yesterday, can barely do stairs", "muscle_aches"),
        ("arms really stiff and sore since my first boxing class", "muscle_aches"),
        ("aching muscles everywhere after the charity run", "muscle_aches"),
        # colds: Filipino and clinical words, and "another cold"
        ("I have ubo and sipon since Monday, no fever po", "common_cold"),
        ("got another cold, third one this winter, just snotty", "common_cold"),
        ("URTI, day 2, coryzal, otherwise well", "common_cold"),
        ("running nose and sneezing since yesterday", "common_cold"),
        # flaky scalp
        ("white flakes all over my black jumper from my scalp", "dandruff"),
        ("my hair is full of dry flakes and my head itches", "dandruff"),
        # dry skin
        ("my hands are so dry and cracked from washing up all the time", "dry_skin"),
        ("skin on my legs is really dry and flaky this winter", "dry_skin"),
        # dry, tired eyes from screens
        ("my eyes get dry and tired staring at the computer all day", "dry_eyes"),
        ("eye strain from my phone, eyes feel gritty by bedtime", "dry_eyes"),
        # a stye: a spot on the eyelid edge, not acne, not a lump to check
        ("I've got a stye on my bottom eyelid, it's sore", "stye"),
        ("a little painful spot on the edge of my eyelid like a pimple", "stye"),
        # a boil
        ("got a boil on my bum, really sore, no temperature", "boils"),
        # scabies: itchy between the fingers
        ("my hands itch like mad between the fingers, worse in bed", "scabies"),
        # an eye with yellow discharge is conjunctivitis, never vaginal discharge
        ("my left eye has green discharge and it's crusty in the morning", "conjunctivitis"),
        ("woke up with my eye with yellow discharge, vision is fine", "conjunctivitis"),
        # a sore arm after the flu jab at 70-odd is the jab, not flu in an older person (scare
        # 2026-12-07: the jab's own topic, NHS vaccine side effects)
        (
            "75 and had my flu vaccine yesterday, arm is sore and I feel a bit off",
            "vaccine_reactions",
        ),
        # lost voice
        ("no voice at all after the concert last night, throat a bit raw", "hoarse_voice"),
        # a blister after walking to the temple: the temple is not the side of the head
        ("got a blister on my heel walking to the temple", "blisters"),
    ],
)
def test_body_self_care_topic(text: str, topic: str) -> None:
    a = ENGINE.assess(text)
    assert a.topic == topic, (text, a.topic, sorted(a.present))
    assert a.level is S, (text, a.level, [f.id for f in a.fired])


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a large burn is still an emergency; the topic no longer needs the size alone
        ("spilt a kettle of boiling water all over my legs", E),
        ("burnt my whole arm on the barbecue, it's white and leathery", E),
        # a bite with breathing trouble or a swollen face is anaphylaxis
        ("stung by a wasp and now my lips are swelling and I can't breathe", E),
        # an eyelid that is red, hot and swollen is not a stye
        ("my whole eyelid is swollen, red and hot and it hurts to move my eye", U),
        # a boil with a fever, or getting bigger
        ("boil on my thigh getting bigger and now I have a temperature of 38.5", U),
        # a twisted ankle that cannot take weight, or looks out of shape
        ("twisted my ankle, heard a crack and can't put any weight on it", U),
        # muscles aching with dark brown pee after hard exercise
        ("muscles really sore after a crossfit session and my pee is dark brown", E),
        # back pain with numbness around the bottom
        ("did my back in and now I can't feel my bum and can't control my bladder", E),
        # a sore throat with drooling and trouble breathing
        ("lost my voice and now I'm drooling and struggling to breathe", E),
    ],
)
def test_body_red_flag_still_escalates(text: str, level: TriageLevel) -> None:
    a = ENGINE.assess(text)
    assert a.level.rank <= level.rank, (text, a.level, [f.id for f in a.fired])


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # weeks of the same trouble goes to a GP
        ("hoarse voice for 5 weeks now and I smoke", R),
        ("my sprained ankle is still sore 2 months after", R),
        ("I twisted my knee 6 weeks ago and it still hurts when I run", R),
        ("dandruff for months, pharmacy shampoo not helping", R),
        ("dry itchy skin for 2 months, creams not working", R),
        ("styes keep coming back on my eyelids", R),
        ("boils keep coming back under my arms", R),
        # muscle aches on a statin are a medicine's side effect for the GP to review
        ("my legs ache since I started atorvastatin last month", R),
        # a graze is self-care, but tetanus not up to date needs a GP or nurse
        ("grazed my hand in the garden and I don't think I've had a tetanus jab in 20 years", R),
    ],
)
def test_body_long_standing_is_routine(text: str, level: TriageLevel) -> None:
    a = ENGINE.assess(text)
    assert a.level is level, (text, a.level, [f.id for f in a.fired])


@pytest.mark.parametrize(
    ("text", "finding", "expected"),
    [
        # "2 months after" is how long ago, not a baby's age
        ("ankle still sore 2 months after a sprain", "young_child_age", False),
        ("my 2 months old has a rash", "young_child_age", True),
        # eaten alive by insects is not swallowing
        ("eaten alive by midges at the loch", "swallowed", False),
        ("my toddler has eaten a button", "swallowed", True),
        # a boil is not water boiling
        ("the kettle boils over", "boil", False),
        ("I have a boil on my neck", "boil", True),
        # a twinge is pain
        ("twinge in my knee on the stairs", "joint_pain", True),
        # a flu jab is a vaccine, not flu; flu is flu
        ("had the flu jab this morning and my arm aches", "flu_like", False),
        ("think I've got the flu, shivery and achy", "flu_like", True),
        # the cold weather is not a cold
        ("my toes go numb and white out in the cold", "cold", False),
        ("I've caught a horrible head cold", "cold", True),
        # a vision screening is not screen time; staring at a laptop is
        ("failed the school vision screen in his left eye", "dry_eye", False),
        ("my eyes ache after hours staring at my laptop", "dry_eye", True),
        # not having had a tetanus jab is being unsure about tetanus
        ("scraped my knee on a rusty gate, never had a tetanus booster", "tetanus_unsure", True),
    ],
)
def test_body_words(text: str, finding: str, expected: bool) -> None:
    assert (finding in ENGINE.assess(text).present) is expected, text

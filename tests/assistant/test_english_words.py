"""English words that used to be misread, each checked both ways: the reading we want, and the
look-alike that must not be read the same (a duration is not an age, nausea is not vomiting,
a febrile seizure follows the NHS febrile seizures advice)."""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import assess
from selfcare.events import TriageLevel
from tests.assistant.support import E, R, U


def present(text: str) -> frozenset[str]:
    return assess(text).present


@pytest.mark.parametrize(
    ("text", "finding", "expected"),
    [
        # "for 3 months" is how long, not a baby's age; "39M" is an adult's age and sex
        ("my baby has had a cough for 3 months", "young_child_age", False),
        ("my 2 year old has had eczema for about 3 months", "under_two", False),
        ("39M, cough for a week", "young_child_age", False),
        ("my 3 month old has a cough", "young_child_age", True),
        ("my 9m old has a runny nose", "young_child_age", True),
        # a bat is an animal with a determiner, a plural or a bite; French 'bat' is 'beats'
        ("a bat bit my son last night", "bat_word", True),
        ("I woke up with a bat in the bedroom", "rabies_risk", True),
        ("mon coeur bat tres vite depuis ce matin", "bat_word", False),
        ("mon coeur bat tres vite depuis ce matin", "rabies_risk", False),
        # feeling sick is nausea; being sick is vomiting
        ("I feel sick all day", "vomiting", False),
        ("feeling really sick all the time", "vomiting", False),
        ("she's been sick all day", "vomiting", True),
        # blood tests are not a lot of blood
        ("we had a lot of blood tests done", "bleed_heavy", False),
        ("there's a lot of blood coming from his head", "bleed_heavy", True),
        # "ko" is Hindi 'to' and Tagalog 'my', not a knock-out; "got KO'd" is one
        ("meri beti ko bukhar hai", "knocked_out", False),
        ("ang anak ko ay may ubo", "knocked_out", False),
        ("he got KO'd in the ring last night", "knocked_out", True),
        # blood sugar and blood pressure are not bleeding; blood in the pee is
        ("my blood sugar is 250 today", "bleeding", False),
        ("his blood pressure is 150 over 95", "bleeding", False),
        ("there is blood in my pee", "bleeding", True),
        # a white patch of skin is not a deep burn; white skin after a scald is
        ("white skin patches on my arm", "burn_serious", False),
        ("boiling water down my son's back, blisters and white skin", "burn_serious", True),
        # spots seen in the eyes are a vision problem, not a rash
        ("I keep seeing spots in my vision", "rash", False),
        ("red spots on my arm", "rash", True),
        # someone on chemotherapy, steroids, after a transplant or with HIV
        ("on steroids for my lungs and have a fever", "immunosuppressed", True),
        ("I had a kidney transplant last year", "immunosuppressed", True),
        ("I have HIV", "immunosuppressed", True),
        ("had a hair transplant last month", "immunosuppressed", False),
        # a tearing pain; a torn muscle is not one
        ("sudden ripping pain between my shoulder blades", "tearing_pain", True),
        ("I think I tore a muscle in my calf", "tearing_pain", False),
    ],
)
def test_a_word_and_its_look_alike(text: str, finding: str, expected: bool) -> None:
    assert (finding in present(text)) is expected, sorted(present(text))


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # NHS febrile seizures: the first one, or one over 5 minutes, needs an ambulance
        ("my son had his first fit with a fever, it lasted a minute, he's back to normal now", E),
        ("my daughter had a febrile seizure that lasted 7 minutes, she has had them before", E),
        # one before, this one short and the child back to normal: seen today
        ("he's had a febrile convulsion before. had one today, under 2 mins, now fine", U),
        (
            "she has had febrile fits before, another one tonight, lasted about 2 minutes "
            "and she's back to normal now",
            U,
        ),
    ],
)
def test_febrile_seizures_follow_the_nhs_advice(text: str, level: TriageLevel) -> None:
    a = assess(text)
    assert a.level is level, (a.level, [f.id for f in a.fired])


def test_halos_and_spots_in_the_vision_go_to_the_vision_topic() -> None:
    for text in ("seeing halos around lights", "I keep seeing spots in my vision"):
        a = assess(text)
        assert a.topic == "vision_changes", (text, a.topic)
        assert a.level.rank <= R.rank, (text, a.level)  # a change in vision is never self-care

"""Emergencies told by what a bystander sees or hears (seen14): a fit, someone not responding,
breathing by sight and sound, a stroke by sight, anaphylaxis, in UK and world Englishes and
texting style, each read through words in the knowledge data, with ordinary neighbours (a
tongue bitten eating, jerks falling asleep, a lip swollen by a cold sore or a knock) that must
stay lower."""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, assert_level, rules

LEVELS: list[tuple[str, TriageLevel]] = [
    # a fit told by what is seen: gone stiff then shaking with words between, the eyes fixed or
    # looking up (NHS epilepsy, what to do if someone has a seizure; NHS febrile seizures)
    ("my brother is stiff as a plank and his arms are jerking, he wont answer", E),
    ("she's gone all rigid and now her legs are twitching", E),
    ("grandad went stiff in his chair then after a bit started shaking", E),
    ("her eyes were fixed upwards and she was shaking all over", E),
    ("my pikin dey shake, him eye dey look up and e no answer me", E),
    ("he's stiff as a board and his jaw is clenched and he's shaking", E),
    ("my boy has fever and he dey jerk, him eye dey look up", E),
    ("omg my bf is fitting on the floor rn its not stopping", E),
    ("she has been fitting for over 5 minutes and it wont stop", E),
    # not responding: eyes open but no one there, not reacting at all, gone limp, not come round
    # (NHS when to call 999: unconscious, not responding)
    ("he collapsed at work, his eyes are open but there's nobody home", E),
    ("mum's eyes are open but she's not responding to anything i say", E),
    ("found him on the sofa eyes wide open but he doesnt react when i shout", E),
    ("she's lying there and not reacting to us at all", E),
    ("my wife fainted 10 mins ago and still hasn't come round", E),
    ("he passed out and has not come round yet", E),
    ("mate just dropped and is shaking, eyes open but nothing there", E),
    ("he fainted and still hasn't come round after 5 mins", E),
    ("she's completely limp and staring, not reacting to me", E),
    ("wife has fallen and not moving, eyes open but she doesnt answer", E),
    ("i cant rouse my grandad, he's just snoring really loud and won't wake", E),
    # breathing by sight and sound: cannot finish a word or sentence, the chest going in, grunting
    # (NHS asthma attack; WHO IMCI chest indrawing; NICE NG143 red signs)
    ("she cant even finish a sentence she's that out of breath", E),
    ("dad can barely finish a word, breathing so hard", E),
    ("di pikin chest dey go in when e breathe and e dey pant", E),
    ("you can see her ribs go in every time she breathes and she is grunting", E),
    ("he can't finish a word he's so breathless", E),
    ("my pikin no fit breathe well, e dey pant and chest dey go in", E),
    ("my baby is grunting with every breath", E),
    # stroke by sight: cannot see on one side, bumping into things on one side (NHS stroke)
    ("my husband suddenly can't see on the left side and keeps bumping into doors on that side", E),
    ("all of a sudden she cant see anything to her right side", E),
    ("dad suddenly keeps walking into things and can't see on one side", E),
    ("her face has dropped on one side", E),
    # anaphylaxis: the throat closing said as a feeling, swollen lips with breathing trouble
    # (NHS anaphylaxis; NHS angioedema)
    ("my throat feels like it's closing after the prawn curry", E),
    ("ma throat dey feel like e wan close after I chop the nut", E),
    ("her lips swelled right up after the antibiotic and she's wheezing", E),
    ("his lips are swelling and he's short of breath, he's allergic to eggs", E),
    ("lips going huge after the wasp sting n hes breathin weird", E),
    ("my throat feel like e dey close after I chop groundnut", E),
    ("after the injection her lips swelled and she's breathing funny", E),
    # other bystander emergencies still reached
    ("blood is spurting out of his leg", E),
    ("my toddler has a rash that doesn't fade when i press a glass on it", E),
    ("she collapsed in the heat and is hot to touch and talking rubbish", E),
    # neighbours that stay lower: a tongue bitten eating, jerks falling asleep, a lip knocked or
    # with a cold sore, looking up, stiff from sleeping, shivering with a cold, a stopped nosebleed
    ("bit my tongue while eating dinner, really sore now", R),
    ("i bit my tongue by accident and it bled a bit", R),
    ("my legs jerk when I'm falling asleep, is that normal", R),
    ("my arms jerk sometimes as I'm drifting off to sleep", R),
    ("my lip is swollen where I banged it on the door", S),
    ("got a cold sore and the lip is a bit puffy and tingly", S),
    ("woke up with a stiff back and shaking hands after too much coffee", R),
    ("my neck is stiff from sleeping funny", S),
    ("my baby looks up at the mobile and giggles", R),
    ("i looked up remedies for a cold online", S),
    ("my grandad says my ribs stick out, am i too thin", R),
    ("my toddler is having a nap after nursery", R),
    ("shivery with a cold, runny nose and sneezing", S),
    ("had a nosebleed, pinched it for 10 minutes and it stopped", S),
    ("feel a bit jittery after two energy drinks", S),
    ("my voice is croaky after singing all night", S),
    ("I've got a cold sore and my lip is a bit swollen", S),
    ("my lip is a bit puffy where i bit it", S),
    ("bit my tongue while eating, it's sore", R),
    ("my legs jerk as I fall asleep", R),
    ("i'm shivering with a cold and a runny nose", S),
    ("had a nosebleed but it stopped after 10 mins of pinching", S),
    ("she went stiff with cold and is shaking", R),
    # round 2: "not responsive", slumped and not answering, cannot keep them awake, a grey colour,
    # arm drift in FAST, a drowsy household with the CO alarm (NHS when to call 999; NHS stroke;
    # NHS carbon monoxide poisoning)
    ("she's not responsive, breathing slowly", E),
    ("my nan is slumped in her chair and won't answer", E),
    ("grandpa is really drowsy and we cant keep him awake", E),
    ("he's turned a grey colour and his breathing is really slow", E),
    ("he can't raise both arms, one keeps falling down", E),
    ("asked her to lift both arms and one drifted down", E),
    ("the carbon monoxide alarm went off and my kids are drowsy and vomiting", E),
    ("my son is slumped over the steering wheel and isnt moving", E),
    # and their neighbours: a grunt while pooing, hair going grey, sleepy in class, a shop
    ("my baby grunts a bit when she's pooing but feeding well", S),
    ("my hair is going grey", R),
    ("his beard has gone grey", R),
    ("the teacher cant keep him awake in class", R),
    ("the online shop is not responsive to my emails", R),
]


@pytest.mark.parametrize(("text", "want"), LEVELS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)

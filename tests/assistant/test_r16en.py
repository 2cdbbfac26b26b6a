"""English round-16 misses, mended as families (both sides).

A crisis told by a friend with a day after an event and blades being saved; an overdose told
in Caribbean English ("done take all my pills") or by a paracetamol brand sold abroad; a scald
where the kettle or pan is named and "the water went down his chest" (a burn, not waters
breaking); an ectopic pregnancy told in Jamaican English ("pon di right side", "a go faint"); and
urgent matters read too low: fewer wet nappies said as "drier" or "only two wet ones", a child
refusing to put weight on a leg after a fall, sudden hearing loss in one ear, more reliever
since a cold, palpitations going on for hours, waking undressed after a spiked drink.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, S, U, assert_level, assert_not_emergency, rules

LEVELS: list[tuple[str, TriageLevel]] = [
    # a time chosen after an event, the means being saved (NICE NG225, Samaritans)
    ("my mate says she will end it after her last exam, and she's been saving blades", E),
    ("he keeps saying he'll kill himself after his final shift on friday", E),
    ("my sister says she'll end it on saturday, she's got razors hidden", E),
    ("she said she wants to die and showed me the pills she's been hoarding", E),
    ("he talks about ending it all and has tablets he's been stashing", E),
    # an overdose in Caribbean English, or by a paracetamol brand (NHS poisoning)
    ("I done take all my sleeping pills with some rum, don't fuss", E),
    ("mi done tek di whole bottle a mi pressure pills", E),
    ("took 20 of my mum's biogesic two hours ago, feel a bit sick", E),
    ("had about 30 crocin this morning because I was so stressed", E),
    ("swallowed 16 panado earlier, I feel fine", E),
    # a scald from a kettle or pan on a small child (NHS burns and scalds)
    ("my toddler pulled the kettle lead and the water went down his chest, it's blistering", E),
    ("my 2 year old tipped the pan and the soup went over her arm, big blisters", E),
    ("my 3 year old knocked my mug and the tea went down her neck, blisters coming up", E),
    # an ectopic pregnancy in Jamaican English (NHS ectopic pregnancy)
    ("test positive, bad pain pon di left side low down an mi feel like mi a go faint", E),
    ("period late, pregnancy test positive, sharp pain low down pon di right side, feel faint", E),
    ("six weeks pregnant, sharp pain low on the right and I felt like I was going to drop", E),
    # fewer wet nappies with a tummy bug (NICE NG143 amber)
    ("my 1 year old has diarrhoea and his nappies are a lot drier than usual", U),
    ("baby 10 months with vomiting, only 2 wet ones today", U),
    ("my 9 month old has the runs and her nappies are much lighter", U),
    # a child refusing to put weight on a leg after a fall (NHS limp in children)
    ("my 5 year old fell yesterday and is refusing to put weight on his leg", U),
    ("she fell off her bike and refused to put weight on her foot all evening", U),
    # sudden hearing loss in one ear (NHS sudden hearing loss)
    ("my right ear suddenly cannot hear since this morning", U),
    ("woke up and my left ear stopped hearing, no pain", U),
    ("since yesterday I cannot hear like I'm underwater in one ear", U),
    # more reliever since a cold (NHS asthma attack)
    ("since my cold I'm on the blue inhaler every few hours, preventer ran out a month ago", U),
    # palpitations going on for hours, first time (NHS heart palpitations)
    ("my heart has been racing and irregular for about three hours now, never had it before", U),
    ("heart thumping all over the place for two hours, no pain", U),
    # waking undressed or sore after a spiked drink (NHS help after sexual assault)
    ("I think I was drugged, can't remember the night and woke up with my clothes off", U),
    ("my drink got spiked and I woke up sore down there, don't remember anything", U),
    # neighbours
    ("my ear felt blocked after swimming, hearing fine, no pain", S),
    ("I'm 38 weeks and my waters went about an hour ago, clear, no pains", U),
]

# Neighbours that must not read as an emergency (whatever else they reach).
NOT_EMERGENCY: list[str] = [
    "I did take all my malaria tablets and still got a fever after the trip",
    "had a sharp pain in my side while running, gone after a rest",
    "my heart races a little when I drink lots of coffee before exams",
    "my daughter saves her old razor blades for recycling",
    "the kettle water went cold before I could make tea",
    "my friend is stressed about her last exam on friday",
    "I took 2 biogesic for my headache this morning",
    "my son knocked his cup over and the water went all over his trousers, it was cold",
]


@pytest.mark.parametrize(("text", "want"), LEVELS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, "en")


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text: str) -> None:
    assert_not_emergency(rules(), text, "en")

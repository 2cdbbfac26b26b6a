"""English round-15 misses, mended as families (both sides).

A gut bleed told by what the vomit or the toilet looks like ("like coffee", "the toilet is
black") with weakness or faintness; an overdose discovered by tablets gone or packets found
empty, with drowsiness or vomiting; a newborn's first days (yellow on day one, a swollen eye with
pus, the age said as "born 5 days ago"); Parkinson's medicine missed or run out; sex without
consent told without the words rape or assault; and routine matters read as self-care (overdue
diabetic checks, bleeding after the menopause, pain for "months", a recurring ingrown toenail).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, assert_not_emergency, rules

LEVELS: list[tuple[str, TriageLevel]] = [
    # a bleed into the gut told by what the vomit or the toilet looks like (NHS vomiting blood;
    # bleeding from the bottom: black poo with feeling faint or very weak)
    ("threw up twice and it looked like old coffee, now I feel faint", E),
    ("my uncle's vomit is dark and grainy like wet coffee, he's very pale", E),
    ("she keeps bringing up coffee granules looking stuff and feels dizzy", E),
    ("the toilet went jet black after his poo and he is very weak", E),
    ("the loo was black this morning and she nearly passed out", E),
    ("black tarry stools and the room keeps spinning", E),
    ("poo like tar since yesterday and I feel like fainting", E),
    # an overdose found out by tablets gone or packets found empty, with the person drowsy,
    # confused or vomiting (NHS poisoning: call 999)
    ("found my son's sertraline packets empty in his bedroom, he's really drowsy", E),
    ("found her sleeping pills box empty this morning, she's hard to wake", E),
    ("there were about 25 tablets left last night and she's confused and sleepy now", E),
    ("half of grandad's tramadol has gone and he's very dozy", E),
    ("counted mum's pills and 14 are missing, she keeps vomiting", E),
    ("the blister packs were full yesterday and now they're empty, he's slurring and drowsy", E),
    # a newborn: yellow on the first day (NICE CG98), pus and swelling of the eye in the first
    # weeks (NICE CKS conjunctivitis), the age said as when the baby was born
    ("my newborn is yellow and she was only born this morning", U),
    ("baby born yesterday already looks yellowish", U),
    ("yellow looking baby on day 1, is that ok", U),
    ("my baby born 4 days ago has pus coming out of her eye and the lid is swollen", U),
    ("born 9 days back, his eyelids are swollen with green discharge", U),
    # Parkinson's medicine run out or doses missed (NICE NG71; Parkinson's UK: get it on time)
    ("grandad has parkinsons and his tablets ran out yesterday, he's very stiff", U),
    ("my husband missed his sinemet doses today and is freezing", U),
    ("been out of my co-beneldopa since friday, the surgery hasn't sorted it", U),
    ("mum with parkinson's hasn't had her levodopa since this morning", U),
    # sex without consent said without the words rape or assault (NHS help after rape and
    # sexual assault; Rape Crisis)
    ("I think someone had sex with me when I was passed out at a party", U),
    ("he forced himself on me last night and I don't know what to do", U),
    ("my sister says her ex made her have sex with him at the weekend", U),
    ("my drink was spiked and a guy took advantage of me", U),
    ("a man groped me on the train this morning, I feel sick about it", U),
    # routine, not self-care: a diabetic's yearly checks overdue (NICE NG28, NG19), bleeding after
    # the menopause (NICE NG12), a pain lasting months, an ingrown toenail that keeps coming back
    ("I'm diabetic and overdue for my annual foot check", R),
    ("type 1 diabetes and I've never had a retinal screening", R),
    ("diabetic, I haven't checked my feet at the clinic since last year", R),
    ("my periods stopped 5 years ago and I've had a little bleeding this week", R),
    ("elbow pain months, worse lifting the kettle", R),
    ("ingrown toenail on my big toe, fourth time this year", R),
    ("my knee's a bit sore after a long walk yesterday", S),
    # harmless neighbours
    ("ingrown toenail since monday, a little red, no pus", S),
    ("can't sleep the last couple of weeks with work stress, any tips", S),
    ("what time should I take my levodopa with food", R),
    ("my dad has parkinsons and his hand tremor has slowly got worse this year", R),
]

# Neighbours that must not read as an emergency (whatever else they reach).
NOT_EMERGENCY: list[str] = [
    "black poo since starting iron tablets, otherwise well",
    "I drank three coffees and threw up once, fine now",
    "my pill organiser is empty, I need to collect my repeat prescription",
    "the room was spinning after the fairground ride but it stopped",
    "me doblé el tobillo, me molesta un poco al caminar",
    "my periods stopped 2 years ago, any tips for hot flushes",
]


@pytest.mark.parametrize(("text", "want"), LEVELS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, "en")


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text: str) -> None:
    assert_not_emergency(rules(), text, "en")

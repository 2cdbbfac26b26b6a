"""Ordinary messages raised too high by a dramatic word used harmlessly (over14, 2026-12-06),
each family tested on both sides with our own phrasings; the rules are tested without the
similarity layer.

- the UK "fit note" (the sick note, NHS: getting a fit note) and "fit to fly" are paperwork, not
  a fit; a fit happening still is;
- a bitten tongue is a fit's sign only with a blackout, a fall or shaking (NICE CG109 transient
  loss of consciousness); bitten while eating is not;
- "collapsed on the sofa after work" is resting; a collapse that will not wake, or one told as
  it happened, is still a collapse (NHS fainting);
- "nearly had a heart attack when I saw the bill" (and its Spanish, Portuguese, French,
  Swahili and Hindi forms) is a fright; "I think I'm having a heart attack" still is (NHS heart
  attack);
- asking who to call or what happens "if someone..." is a question for later; a real event
  said with it still fires;
- "going to die of boredom" is a figure of speech; "I feel like I'm going to die" with a fever
  is still a sepsis sign (NHS sepsis);
- not breathing through a blocked nose (es, pt, fr, sw, hi) is a cold (NHS common cold); not
  able to breathe still is an emergency;
- "stroke ke lakshan kya hote hain" (what are the signs of a stroke) asks for information, and
  "dawai dobara chahiye" (the medicine again) is a repeat, not the stroke back;
- "la factura" (the bill) is not a fracture.

Under-triage found on the way: blood said to come "out of" the bottom (NHS bleeding from the
bottom) and a head said to hit something (NICE NG232 head injury).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

ENGINE = rules()

LOW: list[tuple[str, str, TriageLevel]] = [
    # fit note, fit to fly
    ("en", "can i get a fit note for my back, been off work 8 days with it", R),
    ("en", "hi do i need a fit note from the gp or can i self certify, had a cold all week", S),
    ("en", "need a fit to fly letter for my holiday, im 30 weeks pregnant and well", R),
    # bitten tongue
    ("en", "bit my tongue eating a sandwich and it bled a bit, its sore now", R),
    ("en", "keep biting my tongue at night in my sleep? it's sore in the morning", R),
    # collapsed on the sofa
    ("en", "collapsed on the sofa after work, totally knackered, tips for sleeping better?", S),
    ("en", "just collapsed into bed exhausted after a 12 hour shift, now my feet ache", S),
    # a fright, not a heart attack
    (
        "en",
        "nearly had a heart attack when i opened the gas bill lol, anyway heartburn after curry",
        S,
    ),
    ("en", "almost had a stroke when i saw my exam results haha, now got a tension headache", S),
    (
        "es",
        "casi me da un infarto cuando vi la factura, pero lo que tengo es acidez despues de comer",
        S,
    ),
    ("pt", "quase tive um infarto quando vi a conta, mas to com azia depois do almoço", S),
    ("sw", "nusura nipate shambulio la moyo nilipoona bei, ila nina kiungulia baada ya kula", S),
    ("hi", "bill dekh ke heart attack aate aate bacha, par khane ke baad seene mein jalan hai", S),
    # who to call, what happens if
    # hyp 2026-12-07: asked ahead, answered at self-care (emergency_signs_ready)
    ("en", "what number do you call if someone is having a heart attack? just want to know", S),
    ("en", "what happens if you take too much paracetamol? doing a school project", R),
    # die of boredom
    ("en", "im going to die of boredom in this waiting room, anyway i've a sore throat", S),
    # blocked nose
    ("es", "no puedo respirar por la nariz con este resfriado, la tengo tapadísima", S),
    ("pt", "não consigo respirar pelo nariz por causa da gripe, tá tudo entupido", S),
    ("fr", "j'arrive pas à respirer par le nez avec ce rhume, tout est bouché", S),
    ("sw", "siwezi kupumua kwa pua kwa sababu ya mafua, pua imeziba", S),
    ("hi", "zukaam se naak se saans nahi le pa rahi, naak band hai", S),
    # information about a stroke, a repeat after an old stroke
    # hyp 2026-12-07: asked ahead, answered at self-care (emergency_signs_ready)
    ("hi", "stroke ke lakshan kya hote hain? bas jaankari ke liye", S),
    ("hi", "4 saal pehle papa ko stroke hua tha, unki statin ki dawai dobara chahiye", R),
    # English already right: keep it
    ("en", "had a stroke 6 years ago, after my statin repeat please", R),
    ("en", "what should i do if my son has a fit? he's never had one, just asking", S),
    ("en", "my throat's on fire and this cold is killing me, day 2, no fever", S),
    ("en", "cut myself shaving, bit of blood, how do i stop it", S),
    ("en", "cant breathe through my nose with this cold, any spray?", S),
    ("en", "my blood tests came back normal, do i need to see anyone", R),
]

HIGH: list[tuple[str, str, TriageLevel]] = [
    ("en", "my son had a fit at school and he's still not waking up properly", E),
    ("en", "he's having a fit now, it's been going 6 minutes", E),
    ("en", "found her on the floor, she'd wet herself and bitten her tongue", E),
    ("en", "blacked out in the kitchen and bit my tongue, first time ever", E),
    ("en", "my husband collapsed on the sofa and we can't wake him", E),
    ("en", "i think im having a heart attack, crushing pain in my chest", E),
    ("en", "nearly had a heart attack at the bill and now crushing chest pain and sweating", E),
    ("en", "what number do i call, my dad is having a heart attack right now", E),
    ("en", "i took 20 paracetamol an hour ago on purpose", E),
    ("en", "i feel like im going to die, fever, shivering and my hands are cold and blotchy", E),
    ("en", "blood coming out of my bum, lots of it, and i feel dizzy and cold", E),
    ("en", "my head hit the windscreen in a crash and now i'm drowsy and keep being sick", E),
    ("en", "as soon as my head hit the pillow i got a thunderclap headache, worst ever", E),
    ("es", "no puedo respirar, tengo los labios morados", E),
    ("es", "mi papá tiene un infarto, dolor fuerte en el pecho que le baja al brazo", E),
    ("pt", "não consigo respirar, meus lábios estão roxos", E),
    ("pt", "acho que minha mãe está tendo um AVC, a boca ficou torta de repente", E),
    ("fr", "je n'arrive pas à respirer et mes lèvres sont bleues", E),
    (
        "fr",
        "je crois que mon père fait une crise cardiaque, il a mal à la poitrine et transpire",
        E,
    ),
    ("sw", "siwezi kupumua kabisa, midomo imekuwa ya bluu", E),
    ("sw", "baba amepata shambulio la moyo sasa hivi, maumivu makali ya kifua", E),
    ("hi", "saans nahi le pa raha, honth neele pad gaye", E),
    ("hi", "papa ko abhi stroke aaya hai, muh tedha ho gaya", E),
    (
        "hi",
        "stroke ke lakshan dikh rahe hain, mummy ka muh tedha ho gaya aur haath nahi uth raha",
        E,
    ),
    ("hi", "5 saal pehle stroke hua tha, aaj phir se haath kamzor ho gaya aur bol nahi pa rahe", E),
]


@pytest.mark.parametrize(("language", "text", "want"), LOW + HIGH)
def test_level(language: str, text: str, want: TriageLevel) -> None:
    assert_level(ENGINE, text, want, language)


def test_rows_enough() -> None:
    assert len(LOW) + len(HIGH) >= 40
    assert all(want in (E, U) for _, _, want in HIGH)
    assert all(want in (R, S) for _, _, want in LOW)

"""Time-critical illness said as something milder, in English (cardiac14).

A heart attack felt only as heaviness in the arms or jaw, an ache in the left shoulder or a
heavy upper tummy with a sweat (NHS heart attack: older people, women and people with diabetes
may have no chest pain); breathlessness with a sweat and sickness in an older or diabetic
person; a tearing pain in a clinician's note (NHS aortic dissection); coughing up "a bit of"
blood with breathlessness (NHS coughing up blood, pulmonary embolism); a "ballbag" in agony
(NHS testicle pain); "period pain" while the period is late, with a faint (NHS ectopic
pregnancy); a rock-hard belly (NHS stomach ache); feeling ill "like never before" with the urine
stopped (NHS sepsis); black tar-like poo with weakness (NHS vomiting blood, rectal bleeding); a
reliever that "no dey work" (NHS asthma attack); "baby movement is less" (NHS your baby's
movements). Ordinary messages of the same shape stay low.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS: list[tuple[str, TriageLevel]] = [
    # heart attack without chest pain: arms, jaw, left shoulder, upper tummy, with a sweat
    ("heaviness in both arms and my jaw since I walked up the hill, now sweating loads", E),
    ("pressure in my jaw and i'm all sweaty, 66", E),
    ("dull ache in my left shoulder, sweating, feel a bit sick, I'm 59", E),
    ("having gas trouble since morning, sweating and giddy, pain in left arm", E),
    ("pain for my jaw and my left hand, body dey sweat", E),
    ("me jaw n arm r killin me and im sweatin buckets", E),
    ("grandma feels off, sweaty and sick, says there's a heavy feeling in her upper tummy", E),
    ("pressure in the pit of my stomach and I've come out in a cold sweat", E),
    # older or diabetic, breathless with a sweat and sickness, no pain
    ("my nan is 82, breathless, sweating and feeling sick, no pain at all", E),
    ("70M SOB, diaphoretic, nauseous, denies chest pain", E),
    ("type 2 diabetic, suddenly breathless and sweaty, no pain", E),
    ("im diabetic, feel really unwell, breathless and clammy", E),
    # aortic dissection in a note
    ("68F hypertensive, sudden severe interscapular pain, tearing in nature", E),
    ("back pain came on all of a sudden, feels like something is ripping inside", E),
    # coughing up a bit of blood
    ("coughing up a bit of blood and breathless since my flight", E),
    ("been coughing up a few streaks of blood this week", U),
    # testicle called a strain
    ("agony in me ballbag came on sudden, been sick", E),
    ("my ball bag is swollen and really painful, started an hour ago, 16", E),
    # ectopic called period pain
    ("feels like period cramps but my period is 10 days late and I fainted at work", E),
    ("period pains but my period is late and I collapsed in the shower", E),
    # acute abdomen
    ("belly is rock hard and I can't move without it hurting", E),
    ("rigid tummy, fever, lying still because moving hurts", E),
    # sepsis
    ("feel ill like never before, shaking and shivering, urine has stopped", E),
    ("my dad feels worse than he has ever felt, hot and shivery, his pee has stopped", E),
    # GI bleed with shock
    ("black poo like tar since last night and I'm getting weak", E),
    ("passing black tarry stools, pale and clammy", E),
    # asthma minimised
    ("asthma attack, my pump no dey work", E),
    ("used my inhaler loads of times and still wheezy", E),
    # reduced movements
    ("30 weeks, baby movement is less today", E),
    ("I'm 34 weeks and the baby kicks are weaker than normal", E),
    # ordinary messages of the same shape stay low
    ("had heartburn after a big curry, a rennie sorted it", S),
    ("burning in my chest after dinner, settled with gaviscon", S),
    ("mild indigestion after a big meal, bit of burping", S),
    ("pulled a muscle in my chest at the gym, hurts when I press on it", S),
    ("sore shoulder after painting the ceiling", S),
    ("period cramps as usual on day 1, hot water bottle helping", S),
    ("my period pain is the usual, ibuprofen helps", S),
    ("back ache after lifting boxes yesterday, stiff but walking fine", S),
    ("legs stiff and achy after a long run, no swelling", S),
    ("groin strain from football, hurts to stretch, no swelling down below", S),
    ("sweating a lot at night since it got hot", R),
    ("feel a bit off today, tired, probably need sleep", S),
    ("baby kicking loads today, all good", R),
    ("my asthma is tickly in the cold, one puff of the blue inhaler sorts it", S),
    ("constipated for two days, still passing wind, eating fine", S),
]


@pytest.mark.parametrize(("text", "want"), LEVELS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)

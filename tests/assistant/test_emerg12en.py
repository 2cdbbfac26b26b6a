"""English emergencies as the world writes them (emerg12en), both sides.

Caribbean English and Patois, West African Pidgin, Scots and text-speak, and health workers'
notes (PV bleed heavy, reduced FM, APH, PPH, L sided weakness, absent distal pulse, full
thickness burn, STEMI). Each family is read as a finding's words, in the data; the near misses
(history, negation, a question, a milder version, a phone that is "not responding") stay lower.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS: list[tuple[str, str, TriageLevel]] = [
    # not breathing in Pidgin and Patois (NHS CPR); breathing "well well" now, or through the
    # nose, is not it
    ("my daddy no dey breathe at all, e just lie down for floor", "en", E),
    ("di pikin no dey breathe, e body don cold", "en", E),
    ("she nuh breathing, mi cyah feel nothing", "en", E),
    ("she dey breathe well well now, fever don go", "en", S),
    ("him nah breathe through him nose, blocked nose", "en", S),
    # cannot be woken or brought round (NHS when to call 999); the writer who cannot wake up
    # in the mornings is awake, and a phone or an app "not responding" is not a person
    ("she's out cold and we can't bring her round", "en", E),
    ("couldn't get him round after he fell, he's just lying there", "en", E),
    ("I can't wake up in the mornings, always tired", "en", S),
    ("i just cant wake up in the morning no matter what", "en", R),
    ("my phone is not responding, lol, anyway I have a sore throat", "en", S),
    ("the app isn't responding, anyway my son has a cough", "en", S),
    # a person not talking, in Pidgin (NHS stroke: may not be able to talk)
    ("my oga just fall down for office, e no dey talk, e no dey move", "en", E),
    ("e no dey talk to me since we quarrel", "en", R),
    # heart attack in Patois: "mi chess a hurt mi", pain running "dung mi lef arm" (NHS heart
    # attack); a chest sore from a cough is not it
    ("mi chess a hurt mi bad bad, it run dung mi lef arm", "en", E),
    ("me chess a hurt and it a go dung mi lef arm, mi a sweat", "en", E),
    ("mi chess a hurt mi likkle when mi cough, cold from last week", "en", U),
    # heart attack named in notes (NICE CG95): STEMI, ST elevation
    ("?STEMI, central CP, ST elevation", "en", E),
    ("ECG shows ST elevation, pt pale", "en", E),
    # a sudden thunderclap headache in Caribbean and West African English (NHS subarachnoid
    # haemorrhage)
    ("head di bust suddenly like thunder, worst pain ever", "en", E),
    ("mi head a bust, it come sudden sudden, worst pain mi ever feel", "en", E),
    # a baby not feeding and cold to touch (NHS sepsis: not interested in feeding; UK Sepsis
    # Trust: abnormally cold to touch); cold hands in the evening, feeding well, are not
    ("baby nah feed and cold to touch", "en", E),
    ("di baby no wan feed and e cold to touch", "en", E),
    ("baby hands cold to touch in the evening, feeding well and happy", "en", R),
    # a baby's chest or belly sucking in (WHO IMCI: chest indrawing)
    ("mi baby a breathe fast fast and im belly a suck in", "en", E),
    ("di pikin chest dey pull in when e breathe", "en", E),
    ("mi baby a breathe normal, just a likkle cold", "en", R),
    # severe dehydration in Caribbean English: no pee all day with sunken eyes (NHS dehydration)
    (
        "nuh pee whole day, lips dry dry, eyes sunken, very weak can't stand, after runny belly",
        "en",
        E,
    ),
    ("e no piss since morning, e eye don sink, e dey purge", "en", E),
    ("mild diarrhoea 1 day, drinking fine, passing urine", "en", S),
    # a hard tummy and a blocked bowel (NHS stomach ache; bowel obstruction)
    ("belly hard like board and pain terrible, he can't even stand straight", "en", E),
    (
        "pain in belly so bad I dey shout, I no fit pass stool or fart since two days"
        " and belly swell",
        "en",
        E,
    ),
    ("mi belly a hurt likkle bit after eating, nothing serious", "en", R),
    # a stuck hernia (NHS inguinal hernia); one that goes back in is not
    ("my hernia lump gone hard and won't push back in and it's killing me", "en", E),
    ("incarcerated inguinal hernia, tender, irreducible, vomiting", "en", E),
    ("my hernia goes back in when I lie down, no pain", "en", R),
    # heavy bleeding from the bottom, Scots "fae his bum" (NHS rectal bleeding)
    ("wee man bleedin fae his bum, the toilet's full of blood and clots", "en", E),
    # coughing up a lot of blood said the clinical way (NHS coughing up blood)
    ("massive haemoptysis", "en", E),
    ("pt with large volume haemoptysis this am", "en", E),
    # bleeding like a stuck pig (NHS severe bleeding)
    ("she's bleeding like a stuck pig from her leg, won't stop", "en", E),
    ("small cut on finger, bleeding stopped", "en", S),
    # a cold, pale, pulseless limb below an injury or in a cast (NHS broken arm or leg); a pulse
    # in the foot is not a cardiac arrest, and "no pulse problems" is not one either
    ("fracture with absent distal pulse, pale cold foot", "en", E),
    ("after putting on the plaster cast, his toes are blue and cold and pain is too much", "en", E),
    ("no pulse problems, just asking about my heart rate of 55 when running", "en", R),
    ("the pain is too much to sleep, toothache", "en", R),
    # deep burns said the clinical way (NHS burns and scalds; NICE CKS burns)
    ("full thickness burn, 20% BSA", "en", E),
    ("burns >10% TBSA, child", "en", E),
    ("3rd degree burns on his legs from the fire", "en", E),
    ("full thickness burn on my finger from years ago, scar itchy", "en", R),
    # a deep self-harm wound in notes (NICE NG225)
    ("DSH, deep lacerations forearm", "en", E),
    # stroke in notes: "L sided weakness", "R-sided weakness" (NHS stroke)
    ("?stroke, L sided weakness, onset 45 min", "en", E),
    ("new R sided weakness since 1 hr", "en", E),
    # text-speak without vowels and "head inj" (NHS head injury)
    ("cnt brth, chst tight, help", "en", E),
    ("head inj, LOC 5 min, vomiting x2", "en", E),
    ("cnt sleep, stressed", "en", S),
    ("head inj last month, fully recovered", "en", S),
    # a fit told by one eye rolling back (NHS febrile seizures)
    ("pikin hand dey shake, body hot hot, eye roll back", "en", E),
    # pregnancy in Pidgin and notes: "get belle", "blood dey comot", "water don break", APH,
    # PV bleed heavy, reduced or absent FM (NHS pregnancy bleeding, baby's movements, waters)
    (
        "mama belle dey pain am well well and blood dey comot for her private part,"
        " she get belle of 7 months",
        "en",
        E,
    ),
    ("water don break and she be only 30 weeks", "en", E),
    ("APH, heavy, 32/40", "en", E),
    ("PV bleed heavy at 28 wks", "en", E),
    ("reduced FM 36/40", "en", E),
    ("absent FM since this morning, 38/40", "en", E),
    ("she get belle of 3 months, small headache", "en", S),
    ("no FM concerns, baby active, 32 weeks", "en", R),
    ("history of APH in last pregnancy, now 12 weeks, no bleeding", "en", R),
    # after a birth: "blood dey comot plenty after she born", PPH (NHS after birth)
    ("blood dey comot plenty after she born", "en", E),
    ("PPH, >1L", "en", E),
    ("after she born, small blood like period, she dey fine", "en", R),
    ("i had a PPH with my first baby 3 years ago, now 20 weeks pregnant and fine", "en", R),
    # an ectopic pregnancy with pain in the iliac fossa (NHS ectopic pregnancy)
    ("?ectopic, positive test, severe L iliac fossa pain", "en", E),
    # Indian English "consumed" tablets (NHS overdose)
    ("my wife consumed 20 sleeping tablets", "en", E),
    ("my mum consumed 2 paracetamol for headache", "en", S),
    # an older person fallen and "not getting up" (NHS falls); a son not getting up for school
    ("my father fell in bathroom and is not getting up, he is 80 years", "en", E),
    ("my son is not getting up for school, always tired", "en", S),
    # a threat made with a weapon (NHS mental health emergencies); a machete for the grass is not
    ("my brother is threatening to kill us with a machete", "en", E),
    ("we cut the grass with a machete and he got a small cut", "en", S),
    # sniffing glue or solvents, then collapsing (NHS poisoning)
    ("my kid sniffed glue and collapsed", "en", E),
    # fumes in a closed room, then collapsing (NHS poisoning: breathed in fumes); a headache from
    # them, gone in fresh air, is a call to 111
    ("we were painting in a closed room and my husband collapsed, fumes", "en", E),
    ("painting in a closed room gave me a headache, fine now after fresh air", "en", U),
    # dark urine with swollen, painful muscles after exercise (NHS: rhabdomyolysis)
    ("after gym yesterday my pee is dark brown and my muscles are swollen and painful", "en", E),
    ("my muscles are swollen and sore after gym, pee is normal colour", "en", S),
    # alcohol withdrawal with hallucinations (NHS alcohol misuse: delirium tremens); real
    # spiders in the bathroom are not seeing things
    (
        "he's drinking loads for years, stopped 2 days ago and now he's shaking and seeing spiders",
        "en",
        E,
    ),
    ("I keep seeing spiders in my bathroom, how do I get rid of them", "en", R),
    # acute severe asthma named in notes (BTS/SIGN 158); a past admission is history
    ("status asthmaticus", "en", E),
    ("?life threatening asthma, sats 91%", "en", E),
    ("history of acute severe asthma, admitted 2015, now fine, asking about inhaler", "en", S),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_level(text: str, language: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)


# A pulse missing from a foot or a hand is the limb's, never CPR.
NOT_CARDIAC_ARREST = [
    "no pulse in the foot after the fall, it's cold",
    "fracture with absent distal pulse, pale cold foot",
]


@pytest.mark.parametrize("text", NOT_CARDIAC_ARREST)
def test_limb_pulse_is_not_cardiac_arrest(text: str) -> None:
    found = rules().assess(text, "en", frozenset())
    assert found.level is E
    assert "not_breathing" not in {f.id for f in found.fired}

# ruff: noqa: E501 - the messages are kept whole, as people wrote them
"""Urgent situations said as people say them: each must reach at least "urgent".

Held-out first runs in every language most often rated an urgent case (get seen today) as
self-care. These messages were written for this test from the NHS "ask for an urgent GP
appointment or get help from NHS 111 if…" lists (NHS A-Z condition pages, NHS 111 online),
in several voices (UK, Nigeria, India, Kenya, the Philippines, the US: the id's prefix, and
each is triaged with that country's pack, as the service would), in the third person, with
typos and durations; they are not from any evaluation set.

``FIRST``, first run (2026-12-03, before any fix, read without a country): 32 of 36 at urgent
or above; 2 self-care (a toothache "paining him" with a swollen face and fever; burning
"while passing urine" in a man with fever) and 2 not understood (hearing that "can hardly
hear"; "weed blood"). The causes were words, fixed as word classes, not sentences:
"paining"/"pained" as pain words (Nigerian, Indian and Kenyan English), pain *while* or
*during* passing urine, "can hardly / barely hear", and peeing blood in the past tense.

``AFTER`` was written after those fixes, as a check that they were general: 19 of 20 at
urgent or above read without a country; the one below (fever after a trip "to the village",
self-care) is urgent with Nigeria's pack, where malaria is local — as the service reads it.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import assess, engine
from selfcare.events import TriageLevel

COUNTRY = {"uk": "GB", "ng": "NG", "in": "IN", "ke": "KE", "ph": "PH", "us": "US"}

FIRST: tuple[tuple[str, str, str], ...] = (
    (
        "uk-ear",
        "my lad is 7, had earache since friday and now theres a red swollen lump behind his ear that sticks it out, hes got a temp",
        "swelling behind the ear with earache: 111/GP today",
    ),
    (
        "ng-kidney",
        "Good evening doctor, my wife has been having pains for passing urine since 3 days and now pain at her back on the right side with high fever and she is shivering",
        "UTI with back pain and fever: kidney infection, same day",
    ),
    (
        "in-cellulitis",
        "Sir my father leg is red and hot and swelling, the redness is spreading up from ankle since yesterday and he is having fever also. He is diabetic",
        "spreading cellulitis with fever: same day",
    ),
    (
        "ke-dehydration",
        "my mum is 68 she has been vomiting since yesterday morning and cannot keep even water down, she is not passing much urine and feels dizzy when standing",
        "cannot keep fluids down, signs of dehydration: 111 now",
    ),
    (
        "ph-shingles",
        "hi po my tita 62 has painful blisters rash on one side of her forehead going near her eye, started 2 days ago, tingling before",
        "shingles near the eye: urgent GP/111",
    ),
    (
        "us-eye",
        "I wear contacts and my right eye has gotten really red and painful since last night, light hurts it and my vision is kinda blurry",
        "red painful eye, light sensitivity, vision change in contact lens wearer: same day",
    ),
    (
        "uk-preg-itch",
        "34 weeks pregnant and ive got really bad itching on my hands and feet, worse at night, no rash",
        "itching in later pregnancy: contact midwife urgently",
    ),
    (
        "ng-preg-swell",
        "Please I am 30 weeks pregnant, my face and hands are swelling since yesterday and I have headache that paracetamol is not removing",
        "pre-eclampsia signs: urgent same day",
    ),
    (
        "in-fever5",
        "my son 3 years having fever from last 5 days, taking crocin but fever is coming again and again",
        "fever 5 days or more in a child: urgent",
    ),
    (
        "ke-epididymitis",
        "my husband has a swollen and painful testicle that came slowly over two days, he also has a fever and it burns when he urinates",
        "painful swollen testicle with fever: urgent",
    ),
    (
        "uk-hearing",
        "woke up this morning and can hardly hear anything out of my left ear, no pain, just muffled and ringing",
        "sudden hearing loss: urgent same day",
    ),
    (
        "us-back",
        "my back has been hurting for a week and now I have a fever of 101 and chills, I had a kidney stone last year",
        "back pain with fever: urgent",
    ),
    (
        "ph-mastitis",
        "im breastfeeding my 2 month old, my left breast is red hot and painful, i have chills and body aches since yesterday",
        "mastitis with flu-like symptoms not better: urgent GP",
    ),
    (
        "uk-joint",
        "my knee has swollen right up overnight, its red and really hot and i cant put weight on it, feel shivery too",
        "hot swollen joint with fever: possible septic arthritis, urgent",
    ),
    (
        "ng-tooth",
        "my brother tooth has been paining him for days and now his cheek is swollen and hot and the swelling is increasing, he has fever",
        "dental abscess with spreading swelling and fever: urgent/111",
    ),
    (
        "uk-asthma",
        "my asthma is bad today, ive needed my blue inhaler every 3 hours since this morning and its not lasting",
        "reliever needed more than every 4 hours: urgent",
    ),
    (
        "us-dvt",
        "my calf on one leg is swollen and sore and warm to touch, I flew back from Europe 4 days ago",
        "possible DVT: urgent same day",
    ),
    (
        "ke-bite",
        "a neighbours dog bit my daughter on the hand this afternoon, it broke the skin and bled a bit, we washed it",
        "dog bite that broke the skin: urgent",
    ),
    (
        "in-jaundice",
        "my mother eyes and skin have turned yellow colour since 4 days, urine is dark like tea, she is 58",
        "jaundice: urgent GP",
    ),
    (
        "uk-blood-pee",
        "weed blood this morning, bright red, no pain at all, im 55 and a smoker",
        "blood in urine: urgent GP",
    ),
    (
        "ph-scarlet",
        "my son 5 has fever and sore throat and now a rough red rash like sandpaper on his chest and his tongue is red and bumpy",
        "scarlet fever: urgent GP/111",
    ),
    (
        "us-newborn-eye",
        "my 10 day old baby has sticky yellow pus coming from both eyes and the eyelids look swollen",
        "conjunctivitis in a newborn: urgent",
    ),
    (
        "uk-sinus",
        "had a cold for a week and now the skin around my right eye is swollen and red and it hurts to move the eye",
        "swelling around the eye with sinusitis: urgent",
    ),
    (
        "ng-typo",
        "my daugter 9yrs has been having feva and vomitting for 2 days, she is weak and not eating, her urin is very small",
        "child with fever, vomiting and little urine: urgent",
    ),
    (
        "in-uti-man",
        "I am male 45 years, burning while passing urine and going frequently since 2 days, also mild fever",
        "UTI in a man: urgent GP",
    ),
    (
        "ke-chickenpox-preg",
        "I am 20 weeks pregnant and my sisters kids have chickenpox, I was with them all weekend, I never had it as a child",
        "chickenpox contact in pregnancy without immunity: urgent",
    ),
    (
        "us-diabetic",
        "I'm type 1 diabetic, my sugars have been over 300 all day and I have been throwing up since lunch",
        "high blood sugar and vomiting in type 1 diabetes: urgent",
    ),
    (
        "uk-quinsy",
        "severe sore throat worse on one side, can barely open my mouth and my voice sounds muffled, been 4 days",
        "quinsy signs: urgent same day",
    ),
    (
        "ph-cough-blood",
        "my lolo has been coughing for 3 weeks and today there was some blood in his phlegm, he is 70 and a smoker",
        "coughing up blood: urgent",
    ),
    (
        "us-head-older",
        "my grandma (84) fell yesterday and hit her head, she seemed ok but today she has a headache and is a bit more forgetful than normal. she takes warfarin",
        "head injury on blood thinners: urgent/emergency",
    ),
    (
        "uk-child-limp",
        "my 4 year old has started limping and wont put weight on his right leg, no fall that we know of, he has a slight temp",
        "limp with fever in a child: urgent",
    ),
    (
        "in-eye-chemical",
        "while cleaning my wife got some toilet cleaner splash in her eye, we washed it with water but it is still burning and red",
        "chemical in the eye: urgent (eye casualty)",
    ),
    (
        "ke-burn",
        "my son touched a hot sufuria, the burn on his palm is the size of a coin and has blisters, it is very painful",
        "burn on the hand with blisters in a child: urgent",
    ),
    (
        "ng-baby-diarrhoea",
        "my baby of 7 months has been stooling watery stool like 8 times today and vomiting, she has only wet one diaper since morning",
        "baby with diarrhoea and few wet nappies: urgent",
    ),
    (
        "us-kidney-stone",
        "pain in my left side came on suddenly an hour ago, it comes in waves and goes down to my groin, i feel sick",
        "severe flank pain: urgent/111",
    ),
    (
        "uk-third-person-vague",
        "my husband keeps getting headaches in the mornings for 3 weeks now with being sick, hes never had headaches before",
        "new persistent headache with vomiting: urgent",
    ),
)

AFTER: tuple[tuple[str, str, str], ...] = (
    (
        "uk-gp-rash-nappy",
        "my 9 month olds nappy rash has gone bright red with little spots outside the nappy area and shes got a temp of 38.4",
        "nappy rash with fever: GP/111",
    ),
    (
        "ng-malaria",
        "my husband just came back from the village, he is having fever and headache and body pain since 2 days, we have not done malaria test",
        "fever after malaria exposure: same day test",
    ),
    (
        "in-dengue",
        "my sister 19 having high fever 4 days with severe body pains and pain behind eyes, small red spots on arms, platelet not checked",
        "suspected dengue: same-day review",
    ),
    (
        "ke-typhoid",
        "my cousin has had fever for one week going up every evening with stomach pain and he is constipated",
        "prolonged fever with abdominal pain: urgent",
    ),
    (
        "ph-uti-child",
        "my daughter 3 yrs old is crying when she pees and her pee smells bad, she has fever since last night",
        "UTI in a young child: urgent",
    ),
    (
        "us-strep-adult",
        "sore throat for 5 days, fever 102, white spots on tonsils and swollen glands, can't eat much",
        "severe tonsillitis: urgent",
    ),
    (
        "uk-eye-vision",
        "my nan says shes seeing a dark curtain coming over part of the vision in one eye since this afternoon and flashes",
        "retinal detachment signs: urgent same day",
    ),
    (
        "ng-ear-discharge",
        "pus is coming out of my son's ear since yesterday and he has fever, he is 6",
        "ear discharge with fever in a child: urgent",
    ),
    (
        "in-boil",
        "big painful boil on my thigh with red streak going up towards groin, feeling feverish",
        "abscess with spreading redness and fever: urgent",
    ),
    (
        "ke-vomit-child",
        "my boy 4yrs has vomited 6 times since morning, he is drowsy a bit and lips dry, not urinated since night",
        "child dehydration: urgent",
    ),
    (
        "uk-preg-bleed",
        "im 9 weeks pregnant and ive started bleeding, like a period, with some cramps",
        "bleeding in early pregnancy: urgent EPU/111",
    ),
    (
        "us-preg-movement",
        "im 31 weeks and the baby has been moving less than normal today",
        "reduced movements: contact midwife now",
    ),
    (
        "ph-older-confused-uti",
        "my lola 80 is more confused than usual since yesterday and her urine smells strong, no fever",
        "new confusion in an older person: urgent",
    ),
    (
        "uk-shingles-older",
        "started with burning pain on my left side of my chest 3 days ago and now a band of blisters, im 71",
        "shingles over 50 within 3 days: urgent GP",
    ),
    (
        "ng-abdo-woman",
        "my wife lower tummy is paining her and she has smelly discharge and fever since 2 days",
        "pelvic infection signs: urgent",
    ),
    (
        "in-diabetic-foot",
        "my father is diabetic and there is a wound on his foot sole which is not healing and now it is smelling and swollen",
        "infected diabetic foot: urgent",
    ),
    (
        "ke-asthma-child",
        "my daughter 7 is wheezing and her inhaler is not helping much today, she is coughing a lot at night",
        "asthma not helped by reliever: urgent",
    ),
    (
        "us-allergy-spread",
        "hives all over my body after eating shrimp an hour ago, itchy but breathing ok, lips a bit puffy",
        "allergic reaction with lip swelling: urgent",
    ),
    (
        "uk-post-op",
        "had my gallbladder out 5 days ago and now the wound is red, hot and leaking yellow stuff and i feel feverish",
        "infected wound after surgery: urgent",
    ),
    (
        "ph-dengue-kid",
        "my son 8 fever for 3 days now, he has pain in his tummy and vomited twice, lots of mosquitos here",
        "dengue warning signs in a child: urgent",
    ),
)


@pytest.mark.parametrize(("name", "text", "why"), FIRST + AFTER, ids=[u[0] for u in FIRST + AFTER])
def test_urgent_said_plainly_is_at_least_urgent(name: str, text: str, why: str) -> None:
    triage = engine()
    local = frozenset(triage.kb.countries[COUNTRY[name[:2]]].local)
    found = triage.assess(text, None, local)
    assert found.level.rank <= TriageLevel.URGENT.rank, (name, why, found.level, found.fired)
    assert found.understood


def test_the_word_classes_behind_the_fixes_hold_in_other_sentences() -> None:
    """The fixes are word classes: other sentences using them are read the same way."""
    assert "toothache" in assess("my molar has been paining me since sunday").present
    assert "urinary" in assess("she feels a sting during peeing").present
    assert "hearing_loss" in assess("i could barely hear out of my right ear today").present
    assert "haematuria" in assess("he peed blood twice last night").present
    assert "haematuria" not in assess("i passed wind and had some blood on the tissue").present

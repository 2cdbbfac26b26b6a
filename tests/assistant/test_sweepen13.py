"""English emergency and urgent recall sweep (sweepen13): paraphrases in voices the records
lacked (Caribbean, West African, South Asian, a relative writing, the key fact late), each read
through words in the knowledge data, with neighbours that must stay lower."""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS: list[tuple[str, TriageLevel]] = [
    # sudden loss of sight in one eye said with 'cannot' / 'not able to' (NHS stroke symptoms);
    # a child who cannot see the board is an eye test
    ("my uncle suddenly cannot see from one eye and his arm is numb and heavy, he is 70", E),
    ("grandad suddenly not able to see out of his left eye and his speech is slurred", E),
    ("I can't see the board from the back of the class with my glasses", R),
    # someone else 'shaking and jerking' is a fit (NHS epilepsy, what to do if someone has a
    # seizure); shivering with a fever and the writer's own jerks falling asleep are not
    ("my daughter is shaking and jerking for 7 minutes now and not stopping", E),
    ("my nephew is jerking and twitching on the floor, first time ever", E),
    ("my daughter is shaking and shivering with a fever of 38", U),
    ("I'm shaking and jerking when I fall asleep sometimes", R),
    # a birth with the article left out ('just had baby', NHS after birth: heavy bleeding is 999)
    ("just had baby 2 days ago and bleeding soaking a pad every 20 minutes", E),
    ("delivered baby last week, now bleeding heavily with big clots and dizzy", E),
    ("I just had my baby shower and my feet are swollen", R),
    # a household with the same symptoms and a fuel heater on (NHS carbon monoxide poisoning: 999)
    ("whole family has headache and dizzy, the gas heater is on, the dog is sleepy too", E),
    ("the whole family loves the new stove", R),
    ("the kerosene heater was on all night and we all woke up with headaches and feeling sick", E),
    ("whole family has a headache after the wedding party", S),
    # fast, deep breathing and being sick in someone with diabetes, the breath smelling of pear
    # drops or fruit (NHS diabetic ketoacidosis)
    ("type 1 diabetic son vomiting, breathing deep and fast, smells like pear drops", E),
    ("she is diabetic, vomiting, breathing really deep, her breath smells fruity", E),
    ("my room smells of fruit", R),
    # headache with a swollen face, hands or feet from 20 weeks (NHS pre-eclampsia)
    ("im 36 weeks, swollen feet and face and headache", U),
    ("pregnant 30 weeks, headache since morning and my hands and face are puffy", U),
    # a bone out of shape or a bump after an injury (NHS broken bones)
    ("dropped a heavy box on my toe, its bent and purple", U),
    ("fell off bike, my collarbone looks like a bump and hurts so much", U),
    ("i was walking and slipped on the ice, my wrist is now shaped funny and swollen", U),
    # Caribbean 'juk', a poke with a stick or pencil (NHS eye injuries); rubbing an itch is not
    ("me eye get juk with a stick and now it red and hurting bad", U),
    ("my son got jabbed in the eye with a pencil at school, it's watering and he can't open it", U),
    ("my eye is itchy, I rubbed it with my finger", R),
    # pus from the ear said after the ear (NHS earache)
    (
        "my son (7) has been having fever for 2 days and today his ear is paining him and "
        "there is pus coming out",
        U,
    ),
    # a headache getting worse with vomiting (NICE CKS headache red flags); not a known migraine
    ("headache every morning getting worse with vomiting", U),
    ("my migraine is getting worse and I vomited", R),
    # West African and Caribbean words for a lot of blood (NHS severe bleeding)
    (
        "Auntie here. My niece 16 locked herself in bathroom and she cut herself deep on the "
        "arm and it is bleeding plenty plenty",
        E,
    ),
    ("i cut myself shaving and it's bleeding a bit", S),
    # Caribbean 'drop from di tree' and 'nah talk, just a lie there' (NHS when to call 999)
    ("mi son drop from di mango tree and now him nah talk, just a lie there", E),
    ("dropped my phone from the balcony", R),
    ("him foot cut bad bad on zinc, blood a run like pipe water", E),
    # a newborn not crying and floppy (WHO IMCI young infant danger signs)
    ("my baby was born at home 2 hours ago and is not crying and very floppy", E),
    ("she is not crying anymore and sleeping peacefully", R),
    # confusion 'over 2 days' is a time (NHS sudden confusion)
    ("my 70 year old mother has become very confused over 2 days and has a urine smell", E),
    ("I'm confused over which tablet to take", R),
    # on the kitchen floor since last night (NHS falls); landing on the neck (NHS neck pain)
    ("my 80 yr old nan has been on the kitchen floor since last night, can't get up", E),
    ("my son fell off the trampoline onto his neck and now says his arms are tingling", E),
    ("fell on my bum, sore coccyx", S),
    # an attempt in the last day (NHS help for suicidal thoughts, NICE NG225)
    ("I tried to take my life last night and I still feel the same", E),
    ("i tried to quit smoking yesterday", S),
    # burning said of the urine, 'hot urine' (NHS UTIs, kidney infection); dark urine alone is not
    ("since 2 days my urine is dark and burning and I'm shivering with fever", U),
    ("passing hot urine since 3 days and now fever and pain in my side", U),
    ("my urine is dark yellow, I don't drink much", R),
    # a surgical wound leaking pus (NHS cellulitis); a newborn's belly button, said with the
    # possessive (NICE NG194)
    ("wound from my operation is red and leaking pus", U),
    ("newborn's belly button is red and smelly", U),
    # two things not kept down (NHS severe vomiting in pregnancy; NHS diarrhoea and vomiting)
    (
        "I'm 8 weeks pregnant and can't keep any food or water down for 2 days, peeing very little",
        U,
    ),
    ("my baby can't keep milk or water down since this morning", U),
    # backache that comes and goes before 37 weeks (NHS premature labour); not outside pregnancy
    ("i'm 30 weeks pregnant and I feel a lot of pressure and backache that comes and goes", U),
    ("I have had back pain that comes and goes for 3 weeks", S),
    # tonsillitis with one side of the throat swollen (NHS quinsy: the same day, not 999)
    (
        "i have had tonsillitis and now one side of my throat is very swollen and i can barely "
        "open my mouth",
        U,
    ),
    # forgetting things over days (NHS confusion, memory loss); not over a year
    (
        "my dad is 75 and has become unsteady and forgetting things over the past few days, "
        "had a fall last week",
        U,
    ),
    ("my mum keeps forgetting things for a year now", R),
    # an ulcer with green pus or a bad smell (NHS leg ulcer, cellulitis); a dressing question is not
    ("i'm a carer and my client's leg ulcer has a bad smell and green pus", U),
    ("I have a leg ulcer, how do I dress it", R),
    # the noise breathing in, with a pale colour (NHS croup: 999 if pale or blue); only when
    # crying, otherwise happy, is a same-day check
    (
        "toddler has a barking cough and now he's making a noise breathing in even when "
        "resting and is pale",
        E,
    ),
    ("my toddler has croup and makes a noise breathing in when he cries, otherwise happy", U),
    # eczema suddenly worse with blisters and a fever (NHS atopic eczema, eczema herpeticum)
    (
        "my daughter has eczema and suddenly it's much worse with painful clustered blisters "
        "and she has a fever",
        E,
    ),
    # slow to respond after the cold (NHS hypothermia); a slow surgery or internet is not a person
    (
        "uncle fell asleep outside drunk in the cold, now very slow to respond and skin is ice "
        "cold",
        E,
    ),
    ("the GP surgery is very slow to respond to my emails", R),
    # neighbours of the words above that stay lower: asleep on the neck, a mole's shape, a flu
    # jab, a birth with a question, a headache with flu, a bus drop-off
    ("I fell asleep on my neck funny and now I have a stiff neck", S),
    ("my mole is shaped funny", R),
    ("had my flu jab my eyes are a bit red", S),
    ("I just had a baby and want contraception advice", S),
    ("flu, headache getting worse and vomited once", R),
    ("dropped off the bus at school, sore throat", S),
]


@pytest.mark.parametrize(("text", "want"), LEVELS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)

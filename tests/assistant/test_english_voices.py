# ruff: noqa: E501 - the messages are kept whole, as people wrote them
"""Emergencies and urgent situations said in many English voices (issue 10, "voices").

Written for this test from public guidance only (NHS A-Z "call 999 / go to A&E if…" and
"urgent GP appointment / NHS 111 if…" boxes, NHS 111 online, NICE CKS, NICE NG225 and the
warning signs suicide charities publish), not from any evaluation set. Voices: the UK,
Nigeria, India, Kenya, South Africa, the Philippines, the US and Pakistan (the id's prefix;
each is triaged with that country's pack, as the service would); parents about babies and
children, adult children about parents, partners and friends; clinical notes ("61F known HTN,
retrosternal heaviness x 30 mins"); one-liners; indirect statements of suicidal intent and
farewells. ``SAID_BACK`` are the warning lines the English replies list ("Call 999 now if…",
"Get seen today if…", the `say` lines in languages/en/red_flags/) rewritten as a person would
say them, in other words; the last field names the line.

Each batch was written in full before the engine read any of it, then run once; that run is
the measure. "At level" means the level guidance gives or a more urgent one.

First batch (2026-12-04, before any fix): 77 of 81 at level (95.1%), 73 exact (90.1%), 2 of 57
emergencies below emergency. ``FIRST`` alone 60 of 64 (56 exact, 2 of 46 emergencies missed);
``SAID_BACK`` 17 of 17. The misses and their causes, fixed as word classes in
languages/en/findings:

- "I'm on ARVs" (self-care): HIV treatment as it is named in southern and eastern Africa and
  India (ARVs, ART, HAART, a low CD4, living with HIV) was not a weak immune system.
- "I have kept the rat poison with me" (urgent, not emergency): the means kept, hidden,
  carried or stored were read only for medicines, and pesticides and rat killer not at all.
- Also found on the way: "like being hit with a bat" was a bat (rabies), and "nobody cares"
  was not hopelessness unless it ended "about me".

Second batch (``SECOND``, ``SAID_BACK_SECOND``), written after those fixes as the check that they
were general, run once: 36 of 45 at level (80.0%), 34 exact (75.6%), 6 of 28 emergencies below
emergency — worse than the first: the fixes held ("bought pesticide" was now the means) but
indirect suicidal statements had more gaps than the first batch showed. ``SECOND`` 28 of 33
(4 of 20 emergencies missed), ``SAID_BACK_SECOND`` 8 of 12 (2 of 8). Causes, fixed as word
classes: pills found hidden (a bag of pills under the bed); "I am at peace now" as a calm
decision; "not picking my calls" (East and West African English); "see you on the other side"
or "in heaven" as a farewell; "everything is finished for me", "my life is over" as
hopelessness; wishing to sleep and "not have to deal with anything ever again"; "both my legs"
(a possessive between "both" and "legs"); losing control of the bladder read as "not coping";
"seeing two of everything" as double vision and "all at once" as sudden; an eyelid "red and
puffed up"; diarrhoea "and there's blood in it".

Third batch (``THIRD``, ``SAID_BACK_THIRD``), written after the second round of fixes and run
once, the same check again: 23 of 33 at level (69.7%), 22 exact (66.7%), 9 of 24 emergencies
below emergency (``THIRD`` 17 of 25, 7 of 18; ``SAID_BACK_THIRD`` 6 of 8, 2 of 6). Indirect
suicidal statements stay the thin part: each batch finds new ways of saying them. Causes,
fixed as word classes: shame and failure said of oneself ("I failed again", "my parents will be
ashamed") as low mood; a "voice note" read as hearing voices; "we will never see him again",
"you will never hear from me again" as farewells; looking up "how many pills it would take" or
ways to die, and setting oneself on fire, as a plan; "gave me his watch" (the person given to
named) as giving things away; "ingested" and "consumed" as swallowing; water "leaking from
below" as waters breaking; a newborn "not sucking milk since morning" as not feeding at all;
"I don't think he's breathing" as not breathing; "has no idea where he is" as confusion, and
"I don't know where he is" (the writer looking for someone) no longer confusion.

Three were left as gaps (``CLOSED``, below), each needing a red-flag row rather than words: a fall
without the head named, in someone on blood thinners who is now drowsy and vomiting, is read as
drowsiness (urgent) — the head-injury red flag needs a head injury named; a farewell said only
as thanks with "won't need this app after tonight" is a decision ("resolved") without a second
sign, so not understood (routine); and giving things away, then a phone switched off, is two
signs no row joins (``giving_away`` with ``not_answering``). They were closed afterwards: a
fall plus an anticoagulant plus drowsiness, confusion or vomiting is head_injury_serious (NICE
NG232), giving things away then not answering is suicide_plan, and "won't need this app /
anyone after tonight" is a farewell (narrowly: "won't need help after today, my sister is
coming" is not). Every message here reaches its level; all three batches have been seen now, so
an unseen set is the next measure.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import Assessment, assess, engine
from selfcare.events import TriageLevel

E = TriageLevel.EMERGENCY.value
U = TriageLevel.URGENT.value
COUNTRY = {
    "uk": "GB",
    "ng": "NG",
    "in": "IN",
    "ke": "KE",
    "za": "ZA",
    "ph": "PH",
    "us": "US",
    "pk": "PK",
}

FIRST: tuple[tuple[str, str, str, str], ...] = (
    (
        "uk-collapse-snoring",
        "my dad's collapsed in the kitchen and he's making weird snoring noises, we cant wake him",
        E,
        "unresponsive, abnormal breathing: 999",
    ),
    (
        "ng-stroke-mother",
        "Doctor please my mother just fell down and her mouth has turned to one side, she is talking rubbish and cannot lift her right hand",
        E,
        "stroke (FAST): 999",
    ),
    (
        "in-note-cardiac",
        "61F known HTN, retrosternal heaviness x 30 mins, diaphoretic, vomited once",
        E,
        "cardiac chest pain: 999",
    ),
    (
        "ke-chest-husband",
        "my husband is having chest pain that is squeezing and going to his left shoulder, he is sweating a lot, he is 55",
        E,
        "cardiac chest pain: 999",
    ),
    (
        "za-gran-stroke",
        "my gran is 79, she's suddenly not making sense and she can't stand up, her face looks skew",
        E,
        "stroke: 999",
    ),
    (
        "ph-infant-fever",
        "my baby 2 months hot to touch 38.5 and she is not drinking her milk",
        E,
        "under 3 months with 38C or more: NICE red",
    ),
    (
        "us-button-battery",
        "my 4yo swallowed one of those little round batteries from the remote like 20 min ago, he seems totally fine",
        E,
        "button battery: A&E now",
    ),
    (
        "pk-overdose-brother",
        "my brother 24 took whole strip of sleeping tablets after fight with family, now he is very drowsy",
        E,
        "intended overdose, drowsy: 999",
    ),
    (
        "uk-letters-tonight",
        "i've written letters for my mum and my sister and sorted my bank stuff. tonight's the night, i won't be a burden anymore",
        E,
        "plan, time and farewell: 999",
    ),
    (
        "ng-farewell-tablets",
        "Thank you for everything. Please tell my children I loved them. I can't do this anymore, I have the tablets ready",
        E,
        "farewell with means: 999",
    ),
    (
        "in-jump-terrace",
        "I don't see any point living. I have decided to jump from the building terrace tonight",
        E,
        "plan and time: 999",
    ),
    (
        "us-gave-dog-away",
        "honestly everyone would be better off without me. already gave my dog to my neighbor and said my goodbyes",
        E,
        "giving things away, goodbyes: 999",
    ),
    (
        "ke-baby-indrawing",
        "my baby 8 months is breathing very fast and the skin under his ribs is going in, his lips are a bit blue",
        E,
        "severe breathing difficulty in a baby: 999",
    ),
    (
        "za-bee-wheeze",
        "my son got stung by a bee and now his face is swelling and he's wheezing and struggling to breathe",
        E,
        "anaphylaxis: 999",
    ),
    (
        "ph-snake-bite",
        "my husband was bitten by a snake in the rice field, his leg is swelling fast",
        E,
        "snake bite: emergency",
    ),
    (
        "us-note-stroke",
        "72M, sudden onset L sided weakness and slurred speech, onset 20 mins ago",
        E,
        "stroke: 999",
    ),
    (
        "uk-note-ectopic",
        "34F, LMP 7 wks ago, sudden severe RIF pain, shoulder tip pain, dizzy",
        E,
        "possible ectopic: 999",
    ),
    (
        "ng-pph-home",
        "My wife just gave birth at home 1 hour ago and the blood is pouring, she has soaked 3 wrappers and she is feeling dizzy",
        E,
        "postpartum haemorrhage: 999",
    ),
    (
        "in-child-fitting",
        "my 6 year old son having fits since 10 minutes, not stopping, first time",
        E,
        "seizure over 5 minutes: 999",
    ),
    (
        "pk-coffee-vomit",
        "my father 70 vomited blood like coffee colour twice and he is very weak, pale",
        E,
        "vomiting blood: 999",
    ),
    (
        "ke-boda-head",
        "my friend fell from a boda boda and hit his head, he was knocked out for a few minutes and now keeps vomiting",
        E,
        "head injury with loss of consciousness and vomiting: A&E",
    ),
    (
        "za-teen-pills",
        "my daughter of 16 drank a bottle of her gran's pills, she says she wants to die",
        E,
        "intended overdose: 999",
    ),
    (
        "ph-lolo-gasping",
        "my lolo 80 suddenly cannot breathe well, gasping, he cannot finish his words",
        E,
        "severe breathlessness: 999",
    ),
    (
        "us-thunderclap-gym",
        "worst headache of my life came on like a thunderclap 10 min ago while lifting weights, now feel sick",
        E,
        "thunderclap headache: 999",
    ),
    (
        "uk-glass-rash",
        "my 18 month old has a temperature and a rash that doesnt fade when I press a glass on it",
        E,
        "non-blanching rash with fever: 999",
    ),
    (
        "ng-kerosene",
        "My son 3 years drank kerosene from a coke bottle, he is coughing",
        E,
        "swallowed poison: A&E",
    ),
    (
        "in-friend-drunk-blue",
        "bro my friend drank too much, he is not waking up and his lips are bluish, breathing very slow",
        E,
        "alcohol poisoning: 999",
    ),
    (
        "pk-preg-flashing",
        "my sister 27 weeks pregnant having severe headache and seeing flashing lights, her feet are swollen",
        E,
        "severe pre-eclampsia: emergency",
    ),
    (
        "us-green-waters",
        "my wife is 35 weeks and her water just broke and it's green",
        E,
        "meconium-stained waters, preterm: emergency",
    ),
    (
        "ke-newborn-yellow-sleepy",
        "my baby 3 weeks has yellow eyes and he is very sleepy, not waking for feeds",
        E,
        "jaundice with drowsiness in a newborn: emergency",
    ),
    (
        "za-stabbed",
        "my boyfriend got stabbed in the side at a party, blood is coming out a lot",
        E,
        "stab wound, heavy bleeding: 999",
    ),
    (
        "uk-teen-testicle",
        "my 14yo son woke up with terrible pain in his testicle, its swollen and he's been sick",
        E,
        "testicular torsion: A&E",
    ),
    (
        "ph-cold-hands-blotchy",
        "my 5 yo has high fever, his hands and feet are cold and his skin looks blotchy and he's very sleepy",
        E,
        "sepsis signs in a child: 999",
    ),
    (
        "us-hypo-husband",
        "my husband is type 1, he's acting drunk and confused and sweaty and he hasn't had anything to drink",
        E,
        "hypoglycaemia with confusion: 999",
    ),
    (
        "in-note-anaphylaxis",
        "Pt 45F ate prawns, lips and tongue swollen, stridor",
        E,
        "anaphylaxis: 999",
    ),
    (
        "uk-hip-fall",
        "mum's had a fall and her leg looks shorter and turned out, she cant get up and shes 86",
        E,
        "possible broken hip: 999",
    ),
    (
        "ng-croup-pulling",
        "My daughter of 2 years is breathing with a loud noise and her chest is pulling in, she has barking cough",
        E,
        "severe croup: 999",
    ),
    (
        "pk-tearing-back",
        "Assalam o alaikum, my mother is 65, sudden pain in chest and back like something tearing, she is sweating",
        E,
        "aortic dissection signs: 999",
    ),
    (
        "ke-dka-child",
        "My 9 year old has diabetes, she is breathing fast and deep and vomiting and her breath smells sweet",
        E,
        "DKA: emergency",
    ),
    (
        "us-wrist-cut",
        "i cut my wrist deeper than i meant to and it wont stop bleeding, feeling faint",
        E,
        "self-harm with heavy bleeding: 999",
    ),
    (
        "uk-baby-4m-39",
        "my 4 month old has a temp of 39.2 and isn't herself",
        U,
        "3 to 6 months with 39C: urgent",
    ),
    (
        "ng-child-cannot-keep",
        "My son 6 years has been vomiting and cannot keep anything down even water since this morning",
        U,
        "child cannot keep fluids down: urgent",
    ),
    (
        "in-father-blood-urine",
        "my father 68 has blood in urine since yesterday, no pain",
        U,
        "blood in urine: urgent GP",
    ),
    (
        "za-arv-diarrhoea",
        "I'm on ARVs and I've had diarrhoea for 5 days, feeling weak",
        U,
        "diarrhoea with weak immune system: urgent",
    ),
    (
        "ph-baby-no-tears",
        "my 11 month old has had diarrhoea 3 days and his nappies are drier, no tears when he cries",
        U,
        "dehydration in a baby: urgent",
    ),
    (
        "us-gf-spotting",
        "my girlfriend thinks she's pregnant (missed her period) and now she has pain low on the left side and some brown spotting",
        U,
        "possible ectopic: urgent at least",
    ),
    (
        "pk-preg-fever-urine",
        "I am 22 weeks pregnant, I have fever 101 and burning in urine",
        U,
        "fever and urine infection in pregnancy: urgent",
    ),
    (
        "ke-mum-confused",
        "my mum is 70 and is suddenly very confused since morning, she doesn't know where she is",
        E,
        "sudden confusion: 999",
    ),
    (
        "uk-note-fever-5d",
        "5yo, fever 5/7, red eyes, cracked lips, rash, swollen hands",
        U,
        "fever 5 days in a child: urgent",
    ),
    (
        "ng-cannot-pass-urine",
        "my husband has been having pain when passing urine and now he cannot pass urine at all since morning, his belly is full",
        U,
        "urinary retention: urgent at least",
    ),
    (
        "in-preg-not-moving",
        "Sir my wife 8 months pregnant says baby is not moving since morning",
        U,
        "no fetal movements: maternity unit now",
    ),
    (
        "za-dog-bite",
        "I got bitten by a stray dog on my leg yesterday, it bled",
        U,
        "dog bite through the skin (rabies area): urgent",
    ),
    (
        "us-pep",
        "condom broke with someone whose status i don't know last night, can i get PEP",
        U,
        "possible HIV exposure within 72 hours: urgent",
    ),
    (
        "ph-bum-lump",
        "I have a very painful red lump near my bum that's getting bigger and I have fever",
        U,
        "perianal abscess with fever: urgent",
    ),
    (
        "uk-cord-stump",
        "my 2 week old's belly button stump is red and oozing and smells",
        U,
        "cord infection: urgent",
    ),
    (
        "pk-appendix",
        "my son 10 year has pain in stomach started around navel now moved to right side bottom, he is not eating, fever",
        U,
        "appendicitis pattern: urgent at least",
    ),
    (
        "ke-glaucoma",
        "my father is 60, his eye became painful and red suddenly and he sees rainbow circles around lights, he is vomiting",
        E,
        "acute angle-closure glaucoma: A&E",
    ),
    (
        "ng-bp-headache",
        "Good day, I am 40 years. I have been having headache and my BP is 190/120 since morning",
        U,
        "very high blood pressure with headache: urgent",
    ),
    (
        "za-arm-bent",
        "my 7 yr old fell off the jungle gym, his arm looks bent at the wrong angle",
        U,
        "deformed limb after injury: A&E",
    ),
    (
        "uk-friend-festival",
        "my mate took some pills at a festival and he's burning up, jaw going mad and he's confused",
        E,
        "drug toxicity, overheating, confusion: 999",
    ),
    (
        "pk-rat-poison",
        "I am tired of this life, I have kept the rat poison with me, nobody will miss me",
        E,
        "means obtained: 999",
    ),
    (
        "ph-last-message",
        "sorry for everything po. this is my last message, take care of mama for me",
        E,
        "farewell: crisis, emergency",
    ),
)

SAID_BACK: tuple[tuple[str, str, str, str], ...] = (
    (
        "said-chest-jaw",
        "there's a tight feeling in my chest that's moved into my jaw and left arm, I'm all sweaty",
        E,
        "chest_pain_cardiac",
    ),
    (
        "said-face-dropped",
        "half of my mum's face has dropped and she can't get her words out right",
        E,
        "stroke_fast",
    ),
    (
        "said-throat-closing",
        "my throat's closing up after I ate something with nuts in it",
        E,
        "anaphylaxis",
    ),
    (
        "said-worst-headache",
        "out of nowhere the most awful headache i have ever had, like being hit with a bat",
        E,
        "thunderclap_headache",
    ),
    (
        "said-coffee-grounds",
        "been throwing up and it looks like coffee grounds",
        E,
        "vomiting_blood",
    ),
    (
        "said-toilet-clots",
        "the toilet bowl is full of blood every time I go and there are big clots",
        E,
        "rectal_bleeding_heavy",
    ),
    (
        "said-numb-bum",
        "bad back and now I can't feel my bum when I wipe and I've wet myself",
        E,
        "cauda_equina_signs",
    ),
    (
        "said-fitting-5min",
        "my husband has been fitting for over 5 mins and it's not stopping",
        E,
        "seizure",
    ),
    (
        "said-baby-pauses",
        "my little one keeps stopping breathing for a few seconds and grunting",
        E,
        "child_breathing_severe",
    ),
    (
        "said-pph-pad",
        "had my baby 4 days ago, bleeding is getting heavier, I'm going through a pad every hour and passing clots the size of a plum",
        E,
        "postpartum_haemorrhage",
    ),
    (
        "said-paracetamol-too-many",
        "I think I've taken too many paracetamol by accident, about 12 today",
        E,
        "overdose",
    ),
    (
        "said-kidney-shivers",
        "it stings when i wee and I've got a pain in my back just under my ribs and keep shivering",
        U,
        "kidney_infection_signs",
    ),
    (
        "said-sips-only",
        "throat is so sore I can only take tiny sips of water and it's much worse on the right",
        U,
        "tonsillitis_severe",
    ),
    (
        "said-ear-gone",
        "all of a sudden I can't hear out of my right ear",
        U,
        "sudden_hearing_loss",
    ),
    (
        "said-floaters-flashes",
        "suddenly seeing loads of black specks floating and little flashes in the corner of my eye",
        U,
        "flashes_floaters",
    ),
    (
        "said-jaw-swollen-tooth",
        "my jaw has swollen up on one side from a bad tooth and I've got a temperature",
        U,
        "dental_abscess_signs",
    ),
    (
        "said-killing-myself",
        "I keep thinking about killing myself",
        U,
        "suicidal_thoughts",
    ),
)

SECOND: tuple[tuple[str, str, str, str], ...] = (
    (
        "uk-note-cpr",
        "49M collapsed at 5-a-side, not breathing, CPR in progress",
        E,
        "cardiac arrest: 999",
    ),
    (
        "ng-father-one-side",
        "Please my father is 72, since morning he cannot talk well and one side of his body is not moving, his mouth is pulling to one side",
        E,
        "stroke: 999",
    ),
    (
        "in-toddler-bp-tablets",
        "my 2 year old daughter has swallowed 4-5 of her grandmother's BP tablets, she seems ok now",
        E,
        "child swallowed someone else's medicines: A&E",
    ),
    (
        "ke-postnatal-sepsis",
        "my sister delivered 3 days ago and now she has very high fever, shaking, and her discharge smells bad, she is breathing fast",
        E,
        "maternal sepsis: 999",
    ),
    (
        "za-sunken-fontanelle",
        "my 10 month old's soft spot on top of his head is sunken and he hasn't had a wet nappy since yesterday, very sleepy",
        E,
        "severe dehydration in a baby: 999",
    ),
    (
        "ph-ladder-legs",
        "my tatay fell from the ladder and now can't move his legs and his back is very painful",
        E,
        "spinal injury: 999",
    ),
    (
        "us-teen-pills-bag",
        "my 16 yo daughter has been saying she's going to sleep and not wake up and i found a bag of her pills under the bed",
        E,
        "suicidal statements with means hoarded: emergency",
    ),
    (
        "pk-meningitis",
        "sir my husband suddenly has very severe headache, neck is stiff and light is hurting his eyes, fever 103",
        E,
        "meningitis signs: 999",
    ),
    (
        "uk-flatmate-passed-out",
        "my flatmate has been drinking all night, now she's passed out on the bathroom floor and I can't wake her, she's been sick",
        E,
        "alcohol poisoning, unrousable: 999",
    ),
    (
        "ng-will-at-peace",
        "I have written my will and gave my phone and my clothes to my younger brother. I am at peace now",
        E,
        "giving things away, calm decision: 999",
    ),
    (
        "in-pressure-gone",
        "Sorry mummy papa. I am not able to take this pressure. By the time you read this I will be gone",
        E,
        "farewell: 999",
    ),
    (
        "ke-note-ectopic",
        "F 26, 9/52 amenorrhoea, severe L iliac fossa pain, syncope x1",
        E,
        "ectopic pregnancy: 999",
    ),
    (
        "za-heatstroke",
        "my husband was working in the sun all day and now he is confused, not sweating and very hot",
        E,
        "heatstroke: 999",
    ),
    (
        "us-peanut-hoarse",
        "my son 6 ate peanut butter at a party, now his voice is hoarse and he's coughing and scratching his throat, we have an epipen",
        E,
        "anaphylaxis: use the pen, 999",
    ),
    (
        "ph-near-drowning",
        "my pamangkin 1 yr old nearly drowned in the pool, we got him out, he was coughing, now he's breathing fast",
        E,
        "near drowning with breathing change: 999",
    ),
    (
        "pk-note-oedema",
        "65M, DM, sudden onset SOB, frothy pink sputum, can't lie flat",
        E,
        "acute pulmonary oedema: 999",
    ),
    (
        "uk-newborn-grunting",
        "my 3 week old is grunting with every breath and going a bit grey around the mouth",
        E,
        "grunting, grey in a newborn: 999",
    ),
    (
        "us-bag-of-pills-note",
        "found a note in my husband's truck that says sorry for everything and he's not answering his phone",
        E,
        "note and not answering: 999",
    ),
    (
        "ke-status-other-side",
        "my friend posted on his status see you on the other side and now he is not picking my calls",
        E,
        "farewell post and not answering: 999",
    ),
    (
        "pk-bought-pesticide",
        "Everything is finished for me. I have bought pesticide today",
        E,
        "hopeless with means: 999",
    ),
    (
        "ng-fever-6-days-eyes",
        "My daughter 4 years has been having fever for 6 days now and her eyes are red, we have given her drugs",
        U,
        "fever 5 days or more in a child: urgent",
    ),
    (
        "in-mother-uti-shivering",
        "my mother 66 has burning urine and she is shivering with fever since last night, she is diabetic",
        U,
        "urine infection with fever and rigors: urgent at least",
    ),
    (
        "ke-malaria-kisumu",
        "I think I have malaria, fever and headache for 2 days and joints paining, I live in Kisumu",
        U,
        "fever in a malaria area: same-day test",
    ),
    (
        "za-tb-contact",
        "I've been coughing for 4 weeks with night sweats and I've lost weight, my neighbour had TB",
        U,
        "possible TB: urgent GP",
    ),
    (
        "us-preg-puffy",
        "my wife is 32 weeks pregnant and her face and hands suddenly got really puffy today, she has a headache that won't go away",
        U,
        "pre-eclampsia signs: urgent",
    ),
    (
        "ph-cat-scratch",
        "my son was scratched by a stray cat yesterday and it bled a little",
        U,
        "rabies risk: urgent",
    ),
    (
        "pk-pale-poo-yellow",
        "my baby 5 weeks old his poo is very pale almost white and his eyes look yellow",
        U,
        "jaundice with pale stools in a baby: urgent",
    ),
    (
        "uk-thirst-weight",
        "been weeing loads and I'm always thirsty, lost nearly a stone without trying, feel shattered",
        U,
        "possible diabetes: urgent GP",
    ),
    (
        "uk-note-croup",
        "7yo, barking cough, stridor only when crying, temp 38.3",
        U,
        "croup, amber: urgent",
    ),
    (
        "in-ankle-crack",
        "my brother hurt his ankle playing football, he heard a crack and can't put weight on it at all, it's swelling",
        U,
        "possible fracture: urgent",
    ),
    (
        "ng-calf-swollen",
        "My 65 year old mother's left leg suddenly became swollen and painful, the calf is tender",
        U,
        "possible DVT: urgent",
    ),
    (
        "za-cough-blood-60",
        "I'm 60 and I've noticed blood when I cough for the last few days",
        U,
        "coughing up blood: urgent",
    ),
    (
        "us-sleep-forever-wish",
        "lately I just wish I could go to sleep and not have to deal with anything ever again",
        U,
        "passive suicidal thoughts: urgent",
    ),
)

SAID_BACK_SECOND: tuple[tuple[str, str, str, str], ...] = (
    (
        "said-shoulder-tip",
        "might be pregnant, sudden stabbing pain low in my belly and a weird pain at the top of my shoulder",
        E,
        "ectopic_signs",
    ),
    (
        "said-double-wobbly",
        "all at once I'm seeing two of everything and I can't walk in a straight line",
        E,
        "sudden_balance_or_vision",
    ),
    (
        "said-legs-bladder",
        "both my legs have gone weak since this morning and I've lost control of my bladder",
        E,
        "spinal_cord_signs",
    ),
    (
        "said-bladder-burst",
        "I haven't been able to wee at all since last night and my bladder feels like it's going to burst",
        E,
        "urinary_retention",
    ),
    (
        "said-diabetic-rouse",
        "my dad's a diabetic and he's really drowsy and hard to rouse",
        E,
        "diabetes_emergency",
    ),
    (
        "said-spit-drool",
        "my throat is so swollen I can't even swallow my spit and I'm drooling",
        E,
        "airway_infection",
    ),
    (
        "said-cut-purple",
        "the cut on my leg hurts way more than it should and the skin around it is turning purplish black",
        E,
        "necrotising_infection",
    ),
    (
        "said-harm-baby",
        "sometimes I get thoughts of hurting my baby",
        E,
        "harm_to_baby",
    ),
    (
        "said-eyelid-puffy",
        "my kid's eyelid is red and puffed up",
        U,
        "eyelid_swelling_red",
    ),
    (
        "said-groin-lump",
        "there's a painful lump in my groin",
        U,
        "hernia_painful",
    ),
    (
        "said-runs-blood",
        "I've got the runs and there's blood in it",
        U,
        "bloody_diarrhoea",
    ),
    (
        "said-spotting-12w",
        "I'm 12 weeks and just noticed some spotting",
        U,
        "pregnancy_bleeding",
    ),
)

THIRD: tuple[tuple[str, str, str, str], ...] = (
    (
        "uk-brother-xbox",
        "my brother's been giving away his xbox and his trainers and keeps saying he won't be around much longer",
        E,
        "giving things away and saying he won't be around: 999",
    ),
    (
        "ng-packed-letter",
        "Doctor I am tired. I have packed all my things and written letter to my mother. I will not be a problem for anybody again",
        E,
        "farewell letter, decision: 999",
    ),
    (
        "in-collected-tablets",
        "I failed again, my parents will be ashamed. I have collected my mother's sleeping tablets",
        E,
        "means collected: 999",
    ),
    (
        "ke-voice-note-river",
        "my cousin sent a voice note crying saying he is going to the river and we will never see him again",
        E,
        "farewell with a place: 999",
    ),
    (
        "za-rope-garage",
        "I'm done with everything. the rope is in the garage",
        E,
        "means ready: 999",
    ),
    (
        "ph-disappear-forever",
        "pagod na ako. I just want to disappear forever and not wake up",
        U,
        "suicidal thoughts: urgent",
    ),
    (
        "us-researching-pills",
        "told my therapist I was fine but honestly I've been researching how many pills it would take",
        E,
        "researching a method: emergency",
    ),
    (
        "pk-set-fire",
        "my wife said she will set herself on fire if her in-laws keep fighting with her",
        E,
        "threat with a method: 999",
    ),
    (
        "uk-note-paracetamol",
        "22F, took 30 x paracetamol 2h ago, states wanted to die, now vomiting",
        E,
        "intended overdose: 999",
    ),
    (
        "za-mom-heavy-chest",
        "my mom is 58 and has been having a heavy feeling in her chest on and off since lunch and her left arm is aching, she's diabetic",
        E,
        "cardiac chest pain: 999",
    ),
    (
        "in-newborn-cold",
        "Baby is 20 days old, not sucking milk since morning and body feels cold",
        E,
        "newborn not feeding and cold: 999",
    ),
    (
        "ng-convulsing-hot",
        "my son 5 years is convulsing and his body is very hot, it has been more than 10 minutes",
        E,
        "fit over 5 minutes: 999",
    ),
    (
        "ke-preg-stars",
        "my wife is 36 weeks and has a terrible headache and her eyes are seeing stars, legs swollen",
        E,
        "severe pre-eclampsia: emergency",
    ),
    (
        "ph-lola-speech",
        "my lola cannot speak properly since this morning and her right hand is weak, she is 77",
        E,
        "stroke: 999",
    ),
    (
        "pk-chest-fell",
        "my father 55 had sudden chest pain then fell down, now he is not responding and not breathing properly",
        E,
        "cardiac arrest: 999",
    ),
    (
        "us-note-oxy",
        "3yo M, ingested unknown amount of grandma's oxycodone, sleepy, pinpoint pupils",
        E,
        "opioid poisoning in a child: 999",
    ),
    (
        "uk-8wk-fever",
        "my 8 week old has a temp of 38.2 and is a bit sleepy",
        E,
        "under 3 months with 38C: NICE red",
    ),
    (
        "za-toddler-rash-drinking",
        "my child of 2 has a rash and fever and she's not drinking much, rash goes away when i press it",
        U,
        "fever with poor drinking in a toddler: urgent",
    ),
    (
        "ng-yellow-herbs",
        "my eyes are yellow and I have been vomiting for 3 days, I drank herbs",
        U,
        "jaundice: urgent",
    ),
    (
        "in-sudden-vision",
        "my mother 62 has sudden loss of vision in left eye since 1 hour, no pain",
        E,
        "sudden loss of sight: emergency",
    ),
    (
        "ke-raped",
        "I was raped last night, what should I do",
        U,
        "sexual assault: urgent (PEP, emergency contraception)",
    ),
    (
        "uk-headache-cough",
        "I've had a headache every day for 2 weeks, worse in the mornings and when I cough, and I've started being sick",
        U,
        "headache worse on coughing with vomiting: urgent",
    ),
    (
        "us-eye-ball",
        "my son 12 got hit in the eye with a ball and now he sees floaters and his vision is blurry",
        U,
        "eye injury with vision change: urgent",
    ),
    (
        "pk-preg-leaking",
        "I am 28 weeks pregnant and water is leaking from below since morning",
        U,
        "waters leaking before 37 weeks: maternity now",
    ),
)

SAID_BACK_THIRD: tuple[tuple[str, str, str, str], ...] = (
    (
        "said-still-breathing",
        "my grandad's gone really still and I don't think he's breathing right",
        E,
        "not_breathing",
    ),
    (
        "said-wont-wake-mumbles",
        "my wife won't wake up properly, she just mumbles",
        E,
        "unresponsive",
    ),
    (
        "said-no-wee-passed-out",
        "I haven't had a wee all day and I nearly passed out when I stood up",
        E,
        "severe_dehydration",
    ),
    (
        "said-agonising-balls",
        "a sudden agonising pain in my balls",
        E,
        "testicle_sudden_pain",
    ),
    (
        "said-gas-fire",
        "the gas fire has been on, we all have headaches and my husband has just collapsed",
        E,
        "carbon_monoxide",
    ),
    (
        "said-pad-hourly-dizzy",
        "my period is so heavy I'm changing my pad every hour and I feel dizzy",
        U,
        "heavy_bleeding_urgent",
    ),
    (
        "said-drinking-wetting",
        "my little girl is drinking loads and weeing all the time, and she's started wetting the bed again",
        U,
        "child_thirst_weeing",
    ),
    (
        "said-no-idea-where",
        "my dad all of a sudden has no idea where he is",
        E,
        "sudden_confusion",
    ),
)

# The three gaps the third batch left, closed with red-flag rows and one farewell phrasing
# (2026-12-04): a fall on blood thinners with drowsiness or vomiting (head_injury_serious),
# giving things away then not answering (suicide_plan), "won't need this app after tonight".
CLOSED: tuple[tuple[str, str, str, str], ...] = (
    (
        "in-mother-blood-thinner-fall",
        "My mother 75 fell in bathroom 2 days back, now she is more sleepy than usual and vomiting. She is on blood thinner",
        E,
        "head injury on anticoagulant, drowsy, vomiting: A&E",
    ),
    (
        "uk-after-tonight",
        "just wanted to say thanks for listening. won't need this app after tonight",
        U,
        "indirect farewell: at least urgent",
    ),
    (
        "us-grandpa-watch",
        "my grandpa has been really quiet, he gave me his watch yesterday and today his phone is off",
        E,
        "giving things away, then cannot be reached: 999",
    ),
)

ALL = FIRST + SAID_BACK + SECOND + SAID_BACK_SECOND + THIRD + SAID_BACK_THIRD + CLOSED


def _assess(name: str, text: str) -> Assessment:
    triage = engine()
    country = COUNTRY.get(name.split("-")[0])
    local = frozenset(triage.kb.countries[country].local) if country else frozenset()
    return triage.assess(text, None, local)


@pytest.mark.parametrize(("name", "text", "level", "why"), ALL, ids=[u[0] for u in ALL])
def test_said_in_our_voices_reaches_its_level(name: str, text: str, level: str, why: str) -> None:
    found = _assess(name, text)
    want = TriageLevel(level)
    assert found.understood, (name, why, found.level)
    assert found.level.rank <= want.rank, (name, why, found.level, found.fired)
    if want is TriageLevel.EMERGENCY:
        assert found.level is TriageLevel.EMERGENCY, (name, why, found.level, found.fired)


# The fixes are word classes: other sentences using them are read the same way, and the
# ordinary senses of the same words are not (finding, sentence, read or not).
WORD_CLASSES: tuple[tuple[str, str, bool], ...] = (
    ("immunosuppressed", "he defaulted on his ARVs and now has a cough", True),
    ("immunosuppressed", "I'm on ARV for PEP after the assault", False),
    ("immunosuppressed", "she is taking art classes and has diarrhoea", False),
    ("suicide_means", "he has hidden a rope in the garage", True),
    ("suicide_means", "found a stash of his sleeping pills", True),
    ("rabies_risk", "like being hit with a bat", False),
    ("rabies_risk", "a bat bit me in the cave", True),
    ("hopeless", "he says nobody cares and my life is over", True),
    ("hopeless", "nobody cares about the rash, it is tiny", False),
    ("not_answering", "she is not picking her calls since morning", True),
    ("farewell", "he texted see you in heaven", True),
    ("farewell", "see you on the other side of my operation", False),
    ("not_coping", "I lost control of the car on the ice", False),
    ("legs_both_weak", "both of his legs went weak this morning", True),
    ("vision_loss", "suddenly everything looks double", True),
    ("eyelid_swollen", "her eyelids are hot and swelled up", True),
    ("rectal_blood", "he has had the runs since friday and now theres blood in it", True),
    ("rectal_blood", "diarrhoea since yesterday but there is no blood", False),
    ("low_mood", "I feel like such a failure", True),
    ("psychosis", "she sent a voice note saying she is tired", False),
    ("farewell", "goodbye, you will never hear from me again", True),
    ("farewell", "my wife says I will never see her again if I keep drinking", False),
    ("suicide_plan", "i have been googling how many of my sleeping pills it would take", True),
    ("suicide_plan", "checking how many paracetamol it would take to help my toothache", False),
    ("suicide_plan", "researching how many days it would take to heal a sprain", False),
    ("child_ate_meds", "my son ingested some of my blood pressure tablets", True),
    ("waters_broken", "fluid keeps trickling from down below, 33 weeks", True),
    ("cannot_drink", "my 3 week old has not fed since last night", True),
    ("cannot_drink", "the baby is not feeding well since this morning", False),
    ("not_breathing", "I dont think the baby is breathing", True),
    ("confusion", "my nan has no idea where she is", True),
    ("confusion", "I don't know where he is, he left an hour ago", False),
)


@pytest.mark.parametrize(("finding", "text", "read"), WORD_CLASSES)
def test_the_word_classes_behind_the_fixes_hold_in_other_sentences(
    finding: str, text: str, read: bool
) -> None:
    assert (finding in assess(text).present) is read, (finding, text)

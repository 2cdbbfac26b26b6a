"""The commonest emergencies in new lay phrasings reach emergency.

Written for this test (not taken from any evaluation set), in voices the knowledge base was not
grown from: first and third person, texting, non-native English, clinical notes ("c/o", "63M"),
understatement. Each failure was fixed by a word family in the English findings (a weight
"sitting on" the chest, "gone a bit blue", "a gush of blood", "going to jump", the car running
in a shut garage, a fever with dislike of light and a painful neck, "I loved you all", "like
I'm dying", "nobody will miss me"), never by a rule for one sentence.
"""

# ruff: noqa: E501  (one message per line)
from __future__ import annotations

import pytest

from selfcare.assistant.engine import assess
from tests.assistant.support import E

LAY_EMERGENCIES = [
    # chest pain
    "there's a heavy weight sitting on my chest and it's spreading up into my jaw",
    "my husband's chest has been squeezing for half an hour and he's grey and sweaty",
    "feels like an elephant is standing on my chest",
    "got this pressure behind my breastbone and my left arm feels dead",
    "dad keeps rubbing his chest, says it's indigestion but he's pale and clammy",
    "pain in centre of chest since 1 hour, sweating too much, pain going to left hand",
    "my father having chest pain and vomiting, he is diabetic, sweating heavily",
    "chest feels like its being crushed, cant get comfy, feel like im gonna pass out",
    "since morning chest is paining and now pain is going to my back and jaw, i am sweating",
    "bro my chest is killing me and my left arm is tingling, been 40 mins",
    "c/o central chest pressure radiating to L arm, diaphoretic, onset 30 min ago",
    "my chest feels heavy like a tight band and I'm short of breath walking to the loo",
    "pain in my chest comes and goes but now it's constant and I'm clammy",
    # stroke
    "my mum's mouth has gone lopsided and she can't lift her right arm",
    "he's talking gibberish all of a sudden and one side of his face has slipped",
    "my nan suddenly can't find her words and her arm is floppy",
    "woke up and my left side won't work properly, my leg gives way",
    "half his face isn't moving and his words are coming out wrong",
    "grandad's speech went all slurry 20 mins ago and he's dribbling from one side",
    "my wife suddenly cannot raise her left arm and her smile is crooked",
    "mum's face looks droopy on the left and she's not making sense",
    "63M sudden R sided weakness and aphasia onset 1hr",
    "my uncle can't smile properly on one side and his words are jumbled since an hour",
    "she went to pick up her cup and dropped it, now her arm won't work and her speech is funny",
    "my wife's arm and leg went numb on one side and her face feels weird, now her speech is slurred",
    "he can't say his words right and is confused, happened suddenly after lunch",
    "my dad's vision went in one eye suddenly and his arm is weak",
    # breathing
    "i can't catch my breath even sitting still and i can only say a few words",
    "my son is sucking in under his ribs with every breath and grunting",
    "she's fighting for every breath and her lips look purple",
    "wife's gasping for air and can't finish a sentence",
    "my inhaler isn't touching it, I'm struggling to breathe and getting worse",
    "cant breath properly, chest very tight, lips going bluish",
    "my asthma is really bad, blue inhaler not working, can't talk in sentences",
    "my baby is breathing funny, like she stops breathing for a few seconds and goes pale",
    "sat 88% on my finger monitor and i'm really breathless",
    "he's wheezing so bad he can't speak and he's going blue round the lips",
    "gasping and can't get a breath in, my chest is heaving",
    "my son is 4, breathing so hard his tummy is sucking in and he's too breathless to talk",
    # sepsis
    "he's really poorly, shaking uncontrollably, confused and his skin looks blotchy and cold",
    "my mum has a water infection and now she's muddled, breathing fast and hasn't peed all day",
    "I feel like I'm going to die, fever, shivering and my knees are mottled",
    "my partner is burning up, can barely stand and is talking nonsense",
    "he is very cold and mottled, breathing fast, and just not himself, had a chest infection",
    "she has a temp of 39.5, shivering badly, hasn't passed urine since morning and is confused",
    "my mum's got a kidney infection and she's now really drowsy, cold hands and breathing fast",
    "husband has flu symptoms but now his skin is grey and blotchy and he's confused",
    "grandma is feverish, not making sense and her breathing is really quick",
    "my husband's leg wound is red and hot, he's shivering, confused and his heart is racing",
    "I feel terrible, like I'm dying, temp 39.8 and my skin is cold and patchy",
    # meningitis
    "my daughter has a rash that doesn't fade when I press a glass on it and she has a fever",
    "my son can't bear the light, his neck is stiff and he's got a temperature",
    "tiny purple dots all over her legs and she's floppy and hot",
    "my teenager has a banging headache, stiff neck and keeps throwing up",
    "my child has purple spots that don't go away with a glass and he's vomiting",
    "my son's neck is so stiff he can't put his chin to his chest and he has a fever",
    "my daughter is 7, fever, headache and there's a rash like pinpricks that won't fade",
    "my son has a fever and is screaming when I touch his neck, he can't look at the light",
    "my son is drowsy and has a rash of purple spots on his tummy",
    # anaphylaxis
    "my lips and tongue are swelling up after eating peanuts and my throat feels tight",
    "ate a prawn and now my face is puffing up and I'm wheezing",
    "stung by a wasp and now he's struggling to breathe and his face is swollen",
    "my throat is closing up after the antibiotic tablet",
    "i ate something with nuts, my tongue is huge now and i can't swallow",
    "my daughter got stung by a bee and now she has hives everywhere and is wheezy and faint",
    "face swelling up and can't breathe properly after a bee sting",
    "i took an ibuprofen and now my lips are massive and my voice is hoarse and breathing is hard",
    "my tongue and throat swelled up after the injection, hard to breathe",
    # baby danger signs
    "my 5 week old baby won't feed and is really floppy",
    "newborn is grunting with every breath and looks blue around the mouth",
    "my 2 month old has a temperature of 38.5 and won't wake up properly",
    "baby has been making a high pitched weird cry and is really limp",
    "my baby's soft spot is bulging and she keeps vomiting",
    "my baby is breathing really fast and the skin between her ribs sucks in",
    "my 6 week old is very sleepy, not interested in feeds and has a temperature of 38.2",
    "baby 3 weeks has gone a bit blue when feeding and is breathing fast",
    "my 4 month old's lips are blue and he's gone all floppy",
    "my 2 week old has a temperature of 38",
    "my baby is 8 weeks and has been floppy and not waking for feeds",
    "newborn is 4 days old and very yellow and sleepy and won't feed",
    "my 10 month old had a fit and is still not responding properly",
    "my 3 month old has stopped breathing for a few seconds a few times and is pale",
    "the baby is hardly moving and won't take any milk, she's 3 weeks old",
    # pregnancy
    "12 weeks pregnant and bleeding heavily with clots, soaking pads",
    "I'm 8 weeks pregnant, bleeding and I have a sharp pain on one side and pain in my shoulder tip",
    "pregnant and I've had a sudden gush of blood and bad tummy pain",
    "34 weeks, bad headache, flashing lights and my face and hands have puffed up",
    "6 weeks pregnant with severe pain on my right side and feeling faint",
    "I'm pregnant and soaking a pad every hour with bright red blood",
    "pregnant 36 weeks, awful headache and seeing spots, feet and face very swollen",
    "i'm 20 weeks pregnant and my waters just broke",
    "38 weeks pregnant and baby hasn't moved all day",
    "I'm 7 weeks pregnant and collapsed with a really bad pain in my lower belly",
    "pregnant with twins 32 weeks, bad headache that won't go, vision blurry",
    "I'm 26 weeks pregnant and I have a constant tummy pain and bleeding",
    # suicidal intent
    "I've got the tablets lined up and I'm going to take them all tonight",
    "i've written my goodbye letters and i know how i'm going to do it",
    "there's no point anymore, I'm going to end it after everyone goes to bed",
    "I've taken a whole packet of paracetamol because I want to die",
    "i'm standing on the bridge and i'm going to jump",
    "i don't want to be here anymore and i've got a rope ready",
    "I have decided to end my life this weekend, I've saved up my pills",
    "i keep thinking everyone would be better off without me and i've bought a rope",
    "my friend just messaged saying goodbye and that she's taken all her tablets",
    "he's locked himself in the garage with the car running",
    "i cant do this anymore, i have the knife here and im going to use it",
    "I've had enough, I'm writing a note to my family and then I'm going to take all my pills",
    "tonight's the night, ive got the pills and i'm done",
    "if i'm not here tomorrow, know that i loved you all",
    "mate sent me a message saying he's sorry for everything and he's at the cliffs",
    "I'm going to hang myself when my wife goes to work",
    "I just want to go to sleep and never wake up, I've got sleeping pills saved up",
    "nobody will miss me, I'm ending it tonight",
    "i've said my goodbyes and im going to do it",
]


@pytest.mark.parametrize("text", LAY_EMERGENCIES, ids=lambda t: t[:40])
def test_a_common_emergency_in_new_words_is_an_emergency(text: str) -> None:
    a = assess(text)
    assert a.level is E, (a.level, [f.id for f in a.fired], sorted(a.present))

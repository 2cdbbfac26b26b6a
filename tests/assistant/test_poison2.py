"""Poisoning and overdose told in everyday words (poison2, 2026-12-07).

The family: an amount told as packs, strips, blisters or boxes ("2 packs", "cartela", "tira",
"plaquette", "पत्ता") or as a count over the daily maximum ("12 x 500mg", "10 PCM"), staggered
over a day; an opioid or a sedative with breathing slowed or barely there, or someone going
blue ("respire à peine", "respira muy lento", "respirando muito pouco"); a corrosive (bleach,
drain cleaner, lejía, água sanitária, eau de Javel) swallowed with drooling, pain swallowing or
vomiting, the swallow said apart from the product; rat poison or pesticide by a child ("rat
medicine" in Amharic); pharmacists' and health workers' notes. Levels from NHS Poisoning, NHS
Paracetamol overdose (A&E for more than the maximum, even if well), NICE CKS Poisoning, the WHO
opioid overdose fact sheet (unconsciousness, pinpoint pupils, slowed breathing) and WHO
pesticide poisoning. Traps both ways: a little toothpaste swallowed, one extra vitamin, 2
paracetamol or ibuprofen instead of 1 (the label dose), a hypothetical "what if my child drank
bleach", the contraceptive pill's packs taken back to back, tablets bought, not taken.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, S, U, assert_level, assert_not_emergency, rules

ROWS: list[tuple[str, TriageLevel]] = [
    (
        "CP note: lady in her 50s wants stronger painkillers, says she has had 3 boxes of "
        "16 paracetamol since yesterday for sciatica, feels queasy",
        E,
    ),
    ("I've had about 24 paracetamol over the day for my tooth and now my stomach hurts", E),
    ("took 2 strips of paracetamol today cos the toothache won't go, bit sick now", E),
    ("been taking 2 co-codamol every 2 hours since this morning for my migraine, feeling sick", E),
    ("Pharm: 45M admits 12 x 500mg paracetamol today for back pain, asking for more", E),
    (
        "nurse note - pt 19F ingested 40 x 500mg paracetamol approx 4h ago, currently asymptomatic",
        E,
    ),
    (
        "my flatmate took a load of his xanax and now he's really drowsy and I can't wake "
        "him properly",
        E,
    ),
    ("found my brother on the bathroom floor, lips blue, barely breathing, he uses heroin", E),
    ("he took his nan's oxycodone and his breathing is really slow and he's gone grey", E),
    ("my mate took benzos with vodka and is hardly breathing", E),
    ("my son swallowed a whole sheet of diazepam, he's very sleepy and floppy", E),
    ("my 3 year old drank some drain cleaner, he's drooling and cries when he swallows", E),
    ("toddler got into the bleach under the sink, drooling and been sick twice", E),
    ("my 4yo ate some rat poison pellets from the garage", E),
    ("CHW note: 2yo ingested kerosene from a soda bottle, coughing and breathing fast", E),
    ("my little one drank weedkiller out of a juice bottle in the shed", E),
    ("took my warfarin twice this morning by mistake, feel fine", U),
    ("my dad took 2 of his blood pressure tablets instead of 1", U),
    ("my kid swallowed a bit of toothpaste while brushing, is that ok", S),
    ("what should I do if my toddler ever drinks bleach? just want to be prepared", S),
    ("I took my normal 2 paracetamol four times today for a cold, is that ok", S),
    ("I'd kill for a paracetamol, my head is pounding after the party", S),
    (
        "me tomé dos cajas de paracetamol desde la mañana por el dolor de muela y ahora "
        "tengo náuseas",
        E,
    ),
    ("mi hija de 3 años tomó lejía, está babeando y vomita", E),
    ("mi niño se tomó un poco de cloro y le duele al tragar", E),
    ("se tomó una tira entera de clonazepam y está muy dormido, casi no respira", E),
    ("mi hermano se metió fentanilo, está morado y respira muy lento", E),
    ("el niño se comió veneno para ratas", E),
    ("mi hijo se tragó un poquito de pasta de dientes al cepillarse", S),
    ("qué hago si algún día mi hijo toma lejía? quiero estar preparada", S),
    ("tomei uma cartela inteira de paracetamol hoje por causa da dor de dente e estou enjoada", E),
    ("minha filha bebeu água sanitária, está babando e chora para engolir", E),
    ("ele engoliu uma caixa de clonazepam e está muito sonolento, respirando devagar", E),
    ("meu filho de 2 anos comeu chumbinho", E),
    ("meu namorado tomou duas cartelas de diazepam e está mole, não acorda direito", E),
    ("meu filho engoliu um pouquinho de pasta de dente", S),
    (
        "j'ai pris deux plaquettes de doliprane depuis ce matin pour une rage de dents, "
        "j'ai la nausée",
        E,
    ),
    ("mon fils de 2 ans a bu de l'eau de Javel, il bave et pleure quand il avale", E),
    ("mon pote a pris de l'héroïne, il est tout bleu et respire à peine", E),
    ("elle a avalé une boîte entière de Lexomil, elle est très somnolente", E),
    ("mon bébé a mangé du raticide", E),
    ("mon fils a avalé un peu de dentifrice", S),
    ("nimemeza vidonge 20 vya panadol leo kwa sababu ya maumivu ya jino, sasa natapika", E),
    ("mtoto wangu wa miaka 2 amekunywa jik, anatokwa na mate mengi na analia akimeza", E),
    ("mtoto amekula sumu ya panya", E),
    ("amekunywa dawa ya kuua wadudu shambani, anatoa povu mdomoni", E),
    ("amemeza pakiti nzima ya vidonge vya usingizi, amelala hawezi kuamka vizuri", E),
    ("mtoto amemeza dawa ya meno kidogo wakati wa kupiga mswaki", S),
    ("मैंने दाँत के दर्द के लिए आज पैरासिटामोल के दो पत्ते खा लिए, अब उल्टी जैसा लग रहा है", E),
    ("मेरे 2 साल के बेटे ने फिनाइल पी लिया, मुँह से लार गिर रही है", E),
    ("बच्चे ने चूहे मारने की दवा खा ली", E),
    ("उसने नींद की गोलियों का पूरा पत्ता खा लिया, बहुत सुस्त है", E),
    ("बच्चे ने ब्रश करते समय थोड़ा टूथपेस्ट निगल लिया", S),
    ("maine paracetamol ka pura patta kha liya dant dard ke liye, ab ulti aa rahi hai", E),
    ("bachhe ne harpic pi liya, muh se laar gir rahi hai", E),
    ("usne keede maarne ki dawai pi li, muh se jhaag aa raha hai", E),
    ("beta thoda sa toothpaste nigal gaya brush karte waqt", S),
    ("uminom ng isang banig na paracetamol ang kapatid ko", E),
    ("nakainom ng zonrox ang anak ko, naglalaway siya", E),
    ("omo mi mu bleach, o n bi", E),
    ("dana ya sha guba", E),
    ("ingane yami iphuze ubuthi bamagundane", E),
    ("ልጄ የአይጥ መድሀኒት ዋጠች", E),
    ("ابني شرب كلور وعم يستفرغ", E),
    ("আমার ছেলে ইঁদুর মারার বিষ খেয়েছে", E),
    ("anak saya minum racun tikus", E),
    ("anak saya minum pembersih lantai, mulutnya berbusa", E),
    (
        "Pharm note: customer in her 30s wants more PCM, says she's done 2 packets since "
        "morning for period pain, now queasy",
        E,
    ),
    ("admits taking 3 blister packs of paracetamol over 2 days for toothache", E),
    ("she ingested a box of 32 paracetamol last night, feels ok", E),
    ("have taken 10 pcm today for fever and my stomach is paining me", E),
    ("found him blue and barely breathing with empty fentanyl patches next to him", E),
    ("he's on methadone, took extra, now pinpoint pupils and slow breathing", E),
    ("toddler swallowed oven cleaner, spitting and screaming when swallowing", E),
    (
        "I was cleaning and put bleach in an old juice bottle, my 2yo had a sip of it "
        "before I saw, now dribbling and won't swallow",
        E,
    ),
    (
        "estaba limpiando y dejé el cloro en una botella de refresco, mi hija de 3 años "
        "ya había tomado un poco, está babeando",
        E,
    ),
    ("mi bebé tomó destapacaños, llora al tragar y vomita", E),
    ("mi marido se tomó 3 blísteres de alprazolam y no despierta bien", E),
    ("llevo 3 tiras de paracetamol desde ayer por la muela", E),
    ("encontré a mi amigo morado, casi no respira, se metió heroína", E),
    ("tomei uma cartela de clonazepam, to ficando grogue", E),
    ("ela tomou uma cartela de alprazolam e está muito sonolenta", E),
    ("meu filho bebeu soda cáustica, está babando e vomitando", E),
    ("achei meu amigo roxo, respirando muito pouco, ele usa heroína", E),
    ("mon frère a pris du fentanyl, il est bleu, il respire presque plus", E),
    ("j'ai pris une plaquette de Xanax, je me sens partir", E),
    ("il a avalé une plaquette entière de lexomil, il a du mal à rester éveillé", E),
    ("mon fils a bu du déboucheur, il bave et vomit", E),
    ("nimemeza strip nzima ya panadol leo, tumbo linauma", E),
    ("amekunywa jik, anatema mate na anaumia kumeza", E),
    ("rafiki yangu ametumia heroini, midomo ni ya bluu, anapumua kwa shida sana", E),
    ("amemeza kadi nzima ya vidonge vya valium, anasinzia sana", E),
    ("मैंने सिरदर्द के लिए आज 3 पत्ते क्रोसिन खा लिए, जी मिचला रहा है", E),
    ("उसने नींद की गोली का एक पत्ता खा लिया, होश ठीक से नहीं है", E),
    ("बच्चे ने तेज़ाब पी लिया, मुँह से लार और उल्टी", E),
    ("usne alprazolam ka pura patta kha liya, bahut neend mein hai", E),
    ("crocin ke 2 patte kha liye sar dard ke liye, ji machal raha hai", E),
    ("nalunok ng anak ko ang lason sa daga", E),
    ("ልጁ በረኪና ጠጣ እያስመለሰው ነው", E),
    ("ልጄ የአይጥ መድኃኒት በላ", E),
    ("accidentally swallowed some toothpaste lol am I poisoned", S),
]

# traps: not an emergency (most reach self-care; a few are only not understood, routine)
NOT_EMERGENCY: list[str] = [
    "she had one extra vitamin gummy by mistake, anything to worry about?",
    "I took 2 ibuprofen instead of 1, the box says 1 or 2 tablets",
    "et si mon enfant buvait de l'eau de javel un jour, que faut-il faire ?",
    "tomei 2 comprimidos de dipirona em vez de 1, tudo bem?",
    "j'ai pris 2 comprimés au lieu d'un de Doliprane 500, c'est grave ?",
    "my baby licked a tiny bit of the toothpaste tube",
    "did i poison myself? swallowed toothpaste brushing my teeth",
    "took 2 paracetamol instead of 1 this morning, that's still fine isn't it",
    "tomé 2 pastillas de paracetamol en vez de 1, está bien?",
    "swallowed some pool water while swimming, feel fine",
    "e se o meu filho beber água sanitária um dia, o que devo fazer?",
    "I took an extra vitamin D tablet by accident",
    "I've taken 2 packs of microgynon back to back",
    "taking 3 packs of the pill back to back to skip my period",
    "took 2 strips of my antibiotics this week as prescribed",
    "bought 2 packs of paracetamol today for the house",
    "I have 2 packs of paracetamol at home, can I take one for my headache",
    "I take methadone every morning, breathing fine",
    "my nan takes tramadol and codeine for her back, is that ok",
    "tomé dos cajas de anticonceptivos este año",
    "tomei uma cartela de anticoncepcional esse mes",
    "ela toma uma cartela de anticoncepcional por mes",
    "I've been through 2 packs of nicotine gum today",
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text: str) -> None:
    assert_not_emergency(rules(), text)

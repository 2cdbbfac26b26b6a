"""Indirect suicidal statements in Swahili and Hindi (Devanagari and Latin letters), by family
(crisisswhi13, 2026-12-06).

NICE NG225, the NHS page on suicidal thoughts and the Samaritans' warning signs: talk of not
being a worry any more beside the means ("msinijali tena", "अब मेरी चिंता मत करना"), the means
bought by the pack or saved up over weeks, things given away with a sudden calm or a goodbye to
everyone, a farewell post then unreachable, a place (a roof, a bridge, the tracks) with "enough"
or "it's over", a method said (under a train, lying on the tracks): an emergency. A wish not to
wake up, no plan and no means, is urgent. Each family's neighbours stay low: paracetamol bought
for a fever, old clothes given to a church, a mind at peace after a talk, a baby calm after a
feed, "don't worry about me, I've arrived", a condition ("if I don't wake up, call the doctor").
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

SW: list[tuple[str, TriageLevel]] = [
    # "don't worry about me any more" beside the means
    ("msinijali tena, nimeshanunua sumu ya panya", E),
    ("usinijali tena mama, sumu iko hapa mfukoni", E),
    ("msihangaike nami tena, vidonge viko hapa chumbani", E),
    ("acheni kunijali, nimeshapata sumu", E),
    ("msinicheki tena, nimeshabuy sumu", E),
    # the means bought by the pack, with hopelessness or a goodbye
    ("usijali kuhusu mimi tena, nimenunua pakiti tano za panadol", E),
    ("nimenunua paketi kadhaa za panadol, sioni maana ya kuishi tena", E),
    ("nimechukua boksi nne za panadol, sina matumaini tena", E),
    ("nimenunua sumu ya panya, nimechoka na kila kitu", E),
    # the means saved up over weeks
    ("nimekuwa nikiweka vidonge vyangu kwa wiki kadhaa, sasa vinatosha", E),
    ("nimeweka akiba ya dawa zangu kwa miezi, sasa zinatosha", E),
    ("amekuwa akihifadhi vidonge vyake kwa miezi mingi", E),
    # things given away with a calm, a letter or a goodbye to everyone
    ("kaka yangu amegawa pikipiki na simu yake na anasema yuko na amani sasa", E),
    ("dada yangu amegawa nguo zake zote na yuko mtulivu sana", E),
    ("binti yangu amegawa simu yake na laptop, na ametulia ajabu", E),
    ("jamaa yangu ameniandikia barua na amegawa vitu vyake", E),
    ("ameandika wosia na ametuaga wote", E),
    ("mume wangu amegawa gari lake na ametuaga wote", E),
    # a farewell post, then unreachable
    ('amepost "asanteni kwa kila kitu, kwaherini" na hapatikani', E),
    ("rafiki yangu ameweka status kwaheri asanteni kwa kila kitu, simu yake imezimwa", E),
    # a place, with "enough"
    ("niko kwenye paa la jengo, imetosha", E),
    ("nipo darajani sasa hivi, imetosha", E),
    # a wish not to wake up, no plan: urgent
    ("kuna wakati natamani nisiamke", U),
    ("siku zingine natamani nisiamke kesho", U),
    ("nafikiria tu kutoamka asubuhi", U),
    ("ninafikiria kutoamka tena, naogopa", U),
    ("mara kwa mara natamani nife usingizini", U),
    # neighbours: not these
    ("nimenunua paketi mbili za panadol kwa homa ya mtoto, nimpe ngapi", S),
    ("nimenunua pakiti tatu za panadol kwa ajili ya familia, homa imezidi", S),
    ("natamani nisiamke mapema kesho, nimechoka sana", S),
    ("nimechoka na kila kitu kazini leo, kichwa kinauma", S),
    ("usijali kuhusu mimi, nimefika salama. kichwa kinauma kidogo tu", S),
    ("nimegawa nguo zangu za zamani kwa kanisa", R),
    ("baada ya kuongea na mchungaji sasa niko na amani", R),
    ("mtoto ametulia sana sasa baada ya kunyonya", R),
    ("usinijali tena, nimepona kabisa, asante daktari", R),
    ("niko darajani nikirekebisha bomba", R),
]

HI: list[tuple[str, TriageLevel]] = [
    # "don't worry about me any more" beside the means
    ("अब मेरी चिंता मत करना, गोलियां मेरे पास हैं", E),
    ("अब मेरी फिक्र मत करना, नींद की गोलियों के चार पत्ते ले आया हूं", E),
    ("ab meri fikar mat karna, maine chuhe maarne ki dawai kharid li hai", E),
    ("meri chinta mat karna ab, zeher mere paas hai", E),
    ("ab meri tension mat lena, saari goliyan mere paas hain", E),
    # the means bought by the strip, with hopelessness
    ("मैंने पैरासिटामोल के पांच पत्ते खरीद लिए हैं, अब जीने का कोई मतलब नहीं", E),
    ("maine paracetamol ke 4 patte le liye, ab jeene ka koi matlab nahi", E),
    ("maine neend ki goliyon ke 3 patte khareed liye, koi umeed nahi bachi", E),
    ("मैंने चूहे मारने की दवा खरीद ली है, अब और नहीं सहा जाता", E),
    # the means saved up over weeks
    ("हफ्तों से अपनी गोलियां बचा रहा हूं, अब काफी हो गई हैं", E),
    ("कई महीनों से नींद की गोलियां जमा कर रही हूं", E),
    ("mahino se dawai jama kar raha hoon, ab kaafi hai", E),
    # things given away with a calm, a letter or a goodbye to everyone
    ("बेटी ने अपना सामान बांट दिया और चिट्ठी लिखी, बहुत शांत है", E),
    ("बहन ने अपनी स्कूटी और फोन दे दिया, कहती है अब वह शांत है", E),
    ("bhai ne apni bike aur phone de diya aur bolta hai ab wo shaant hai, sabko bye bol diya", E),
    ("usne apna laptop aur phone de diya aur sabko alvida bol diya", E),
    # a place with "enough" or "it's over"; a method said
    ("मैं छत पर हूं, अब बस", E),
    ("मैं पुल पर खड़ा हूं, आज सब खत्म", E),
    ("main bridge pe khada hoon, aaj sab khatam", E),
    ("chhat pe khadi hoon, ab bas", E),
    ("मैं ट्रेन के नीचे आ जाऊंगा आज", E),
    ("main patri pe let jaunga aaj", E),
    # a wish not to wake up, no plan: urgent
    ("कभी कभी लगता है सुबह न उठूं", U),
    ("कभी कभी सोचता हूं कि सुबह उठूं ही नहीं", U),
    ("कभी कभी मन करता है कि सुबह उठूं ही नहीं", U),
    ("kabhi kabhi lagta hai subah na uthun", U),
    # neighbours: not these
    ("बुखार के लिए पैरासिटामोल का पत्ता खरीदा, बच्चे को कितना दूं", S),
    ("crocin ke do patte le liye bukhar ke liye, bachhe ko kitni dein", S),
    ("meri fikar mat karo, main theek se pahunch gaya, bas thoda sir dard hai", S),
    ("अगर सुबह न उठूं तो डॉक्टर को बुलाना, बुखार है", S),
    ("पुराने कपड़े दान कर दिए, अब घर साफ़ है", R),
    ("दोस्त से बात करके अब मन शांत है", R),
    ("dost se baat karke ab dil shaant hai", R),
    ("purani cycle bhai ko de di, ab nayi lunga", R),
    ("बच्चा बहुत शांत है, ठीक से दूध पी रहा है", R),
    ("agar subah na uthun to alarm laga dena", R),
]


@pytest.mark.parametrize(("text", "want"), SW)
def test_swahili(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, "sw")


@pytest.mark.parametrize(("text", "want"), HI)
def test_hindi(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, "hi")


def test_dont_worry_alone_is_no_crisis() -> None:
    """'Don't worry about me any more' is a goodbye only beside another warning sign."""
    a = rules().assess("msinijali tena, nimepona", None)
    assert "goodbye_word" in a.present
    assert a.level not in (E, U)


def test_wish_not_to_wake_is_not_someone_unconscious() -> None:
    a = rules().assess("kuna wakati natamani nisiamke", None)
    assert "suicidal_thoughts" in a.present
    assert "unresponsive" not in a.present
    assert a.level == U

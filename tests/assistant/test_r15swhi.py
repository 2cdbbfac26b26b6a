"""Swahili and Hindi round-15 misses, mended as families (both languages, both Hindi scripts).

Indirect crisis statements (Samaritans warning signs, NICE NG225, NHS help for suicidal
thoughts): thanks passed on to everyone with possessions handed over, sorry said to everyone
with the family entrusted, a place (a canal, a river, a well, a bridge) with a time. An injury to
the belly, the belly swelling and the person gone pale (NHS when to call 999: bleeding inside).
A child with diarrhoea whose eyes are a little sunken (WHO IMCI: some dehydration, same day).
Bleeding piles or blood on wiping (NHS bleeding from the bottom: a GP). Round patches on a
child's head with the hair breaking there (NHS ringworm: scalp ringworm needs a GP).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, assert_not_emergency, rules

HI: list[tuple[str, TriageLevel]] = [
    # thanks passed on to everyone and things handed over
    ("sabko thank you bol dena meri taraf se, meri ghadi aur laptop bhai ko de dena", E),
    ("सबको मेरी तरफ से शुक्रिया कहना, मेरी किताबें और मोबाइल बहन को दे देना", E),
    ("meri saari cheezein dost ko de dena, sabko thanks bolna", E),
    ("सबका धन्यवाद बोल देना। मेरी घड़ी और मोबाइल दोस्त को दे देना", E),
    # sorry said to everyone and the family entrusted; a place with a time
    ("sabse maafi maang li, bridge pe ja raha hu abhi", E),
    ("सबसे माफी मांग ली है। आज रात पुल पर जाऊंगा", E),
    ("aaj raat kuen pe jaungi, bachon ka khayal rakhna", E),
    ("सबको सॉरी का मैसेज कर दिया, बच्चों का ख्याल रखना", E),
    ("sabko sorry ka message bhej diya, ghar walon ka dhyan rakhna", E),
    ("कुएं पर चली जाऊंगी, बच्चों का ध्यान रखना", E),
    ("kal subah railway line pe jaunga, sabko bye bol dena", E),
    # neighbours: travelling, thanks for wishes, a bike lent, a quarrel made up
    ("main do din ke liye gaon ja raha hu, maa ka khayal rakhna", R),
    ("sabko thanks kehna hai birthday wishes ke liye", R),
    ("meri bike bhai ko de dena, main kal le lunga", R),
    ("मैं शादी में जा रहा हूं, बच्चों का ख्याल रखना", R),
    ("sabse maafi maang li, jhagda khatam ho gaya", R),
    # an injury to the belly, swelling and gone pale
    ("papa seedhi se gir gaye, pet phool raha hai aur chehra safed pad gaya", E),
    ("bhai ka accident hua, pet tight aur sujaa hua, chehra feeka ho gaya", E),
    ("गाय ने पेट में लात मारी, पेट फूल गया और चेहरा पीला पड़ गया", E),
    ("पेड़ से गिरा, पेट फूलता जा रहा है, रंग सफेद हो गया", E),
    # neighbours: wind after food, a grazed knee
    ("gas se pet phool gaya hai khana khane ke baad", S),
    ("कल साइकिल से गिरा था, घुटना छिल गया", S),
    # a child with diarrhoea, eyes a little sunken: some dehydration
    ("bachhe ko dast hai, aankhein kuch andar lag rahi hain", U),
    ("बेटी को कल से दस्त हैं, आंखें कुछ अंदर लग रहीं", U),
    ("mere 3 saal ke bete ko dast, aankhe halki andar ko", U),
    # lying listless with sunken eyes, or unable to drink: severe
    ("bachha sust pada hai, dast ke saath aankhein andar dhans gayi", E),
    ("बच्चा पानी भी नहीं पी पा रहा, दस्त और आंखें धंसी हुई", E),
    # neighbour: one eye turning in is a squint, not dehydration
    ("baby ki ek aankh andar ki taraf jaati hai, baaki theek hai", R),
    # bleeding piles
    ("bawasir me khoon aata hai latrine jaate waqt", R),
    ("खूनी बवासीर है, टॉयलेट में थोड़ा खून", R),
    # round patches on the head with the hair breaking
    ("bete ke sar par gol daag hain aur wahan baal toot rahe", R),
    ("बच्चे के सिर पर गोल चकत्ते, वहां से बाल झड़ रहे", R),
    ("haath par gol daad hai khujli wala", S),
]

SW: list[tuple[str, TriageLevel]] = [
    # thanks to everyone and things handed over
    ("nawashukuru wote kwa kila kitu, pikipiki yangu mpeni mdogo wangu", E),
    ("asanteni nyote, simu yangu na saa yangu mpeni kaka", E),
    ("nawashukuru nyote, gari langu mpeni binamu yangu. nimechoka sasa", E),
    # sorry asked of everyone and the family entrusted; a place with a time
    ("nimewaomba msamaha wote. leo usiku nitaenda darajani", E),
    ("usiku wa leo nitaenda mtoni, mtunzeni mama", E),
    ("naomba mnisamehe wote, tunzeni familia yangu", E),
    ("leo usiku naenda kisimani, watunzeni watoto wangu", E),
    # neighbours: a journey, thanks for gifts, fishing
    ("nimesafiri leo, mtunzeni mama", R),
    ("asanteni wote kwa zawadi za harusi", R),
    ("kesho nitaenda mtoni kuvua samaki", R),
    # an injury to the belly, swelling and gone pale
    ("baba ameanguka kutoka kwenye trekta, tumbo limevimba na amepauka", E),
    ("mtoto amepigwa teke tumboni, tumbo linavimba na amekuwa mweupe sana", E),
    ("ameanguka kutoka juu ya mti, tumbo limejaa na limekaza, uso umepauka", E),
    # neighbour: wind after beans
    ("tumbo limejaa gesi baada ya kula maharage", S),
    # dehydration signs in a child with diarrhoea
    ("mtoto anaharisha, midomo imekauka na analia bila machozi", U),
    ("mtoto anaharisha tangu jana, anakojoa kidogo sana", U),
    # bleeding piles, blood on wiping
    ("mgoro wangu unavuja damu asubuhi ninapojisaidia", R),
    ("natoka damu kidogo nikijisafisha baada ya choo", R),
    ("bawasiri yangu imeanza kutoa damu", R),
    ("mgoro unavuja damu ninapojisaidia", R),
    ("nina bawasiri zinawasha tu hakuna damu", S),
    # patches on the head with the hair breaking
    ("mwanangu ana madoa ya mviringo kichwani, nywele zimenyonyoka hapo", R),
    ("kichwani kuna baka la duara, nywele zinatoka", R),
    ("mtoto ana choa kichwani, nywele zinapukutika", R),
    ("nina baka la duara mkononi linawasha", S),
]

NOT_EMERGENCY: list[tuple[str, str]] = [
    ("kal subah nadi pe nahane gaya tha, ab kaan me dard hai", "hi"),
    ("aaj raat nadi pe jaunga machli pakadne", "hi"),
    ("mujhe bachon ka khayal rakhna padta hai, bahut thak jaati hu", "hi"),
    ("leo usiku naenda mtoni kuchota maji", "sw"),
    ("nimefurahi, asanteni wote kwa kunitembelea hospitalini", "sw"),
]

ROWS = [(text, "hi", want) for text, want in HI] + [(text, "sw", want) for text, want in SW]


@pytest.mark.parametrize(("text", "language", "want"), ROWS)
def test_level(text: str, language: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)


@pytest.mark.parametrize(("text", "language"), NOT_EMERGENCY)
def test_not_emergency(text: str, language: str) -> None:
    assert_not_emergency(rules(), text, language)

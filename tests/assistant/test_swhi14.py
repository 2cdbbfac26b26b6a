"""Swahili and Hindi: emergencies and urgent signs told by what is seen (swhi14).

Parents, grandparents and neighbours in Kenya, Tanzania, Uganda and India, in Swahili, Hindi in
Devanagari and Hindi typed in Latin letters, saying what they see: a fit (jerking limbs, froth at
the mouth, eyes rolled up; "mirgi jaisa", "dora pada"), someone who will not wake, breathing by
sight (chest or belly sucking in under the ribs, turning blue), a face dropped on one side, a
snake bite, a large scald on a child, WHO IMCI danger signs (not able to drink or breastfeed,
lethargic, convulsions, vomiting everything, a young infant gone cold), severe dehydration,
pregnancy bleeding, fits or headache with swelling, and poisoning (kerosene, rat poison,
pesticide). Near misses (a child with a little fever who plays, a cold, a small burn or cut, a
child "a bit" listless after a late night) stay lower.

Sources: WHO IMCI chart booklet (general danger signs; young infant: low body temperature,
chest indrawing), https://www.who.int/publications/i/item/9789241506823; NHS febrile seizures,
stroke, burns and scalds (A&E for a burn bigger than the person's hand), whooping cough (call
999 when the lips or skin turn blue); NICE NG143 (fever in under 5s).
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, local_of, rules

LEVELS: list[tuple[str, str, TriageLevel]] = [
    # --- Swahili: fits by sight ---
    ("mtoto wangu anatetemeka mwili mzima na hajibu", "KE", E),
    ("mwanangu ametoa povu mdomoni na macho yamegeuka juu", "TZ", E),
    ("mwanangu anarusharusha mikono na miguu hatusikii", "KE", E),
    ("dada anarusharusha miguu na mikono na hajitambui", "UG", E),
    ("mtoto ana homa na degedege", "TZ", E),
    ("mtoto amekakamaa mwili na anapepesa macho hajibu", "KE", E),
    # not waking, breathing by sight
    ("babu amezimia na haamki", "KE", E),
    ("mzee amelala haamki hata tukimtikisa", "TZ", E),
    ("mtoto kifua kinaingia ndani akipumua", "KE", E),
    ("mtoto anapumua kama anakoroma na tumbo linaingia chini ya mbavu", "KE", E),
    ("kichanga ngozi inavutika ndani chini ya mbavu akipumua", "TZ", E),
    ("mtoto anabadilika rangi kuwa bluu akikohoa", "KE", E),
    ("mtoto amegeuka bluu hapumui vizuri", "UG", E),
    ("midomo imekuwa ya bluu na anahema sana", "KE", E),
    # stroke, snake, scald
    ("mdomo umepinda na mkono wa kulia hauna nguvu ghafla", "KE", E),
    ("nimeumwa na nyoka mguuni", "TZ", E),
    ("mtoto ameungua na maji ya moto mwili mzima", "KE", E),
    # IMCI danger signs, dehydration, a young infant gone cold
    ("mtoto hanyonyi na amelegea sana", "TZ", E),
    ("mtoto wa mwezi mmoja hanyonyi na amepoa mwili", "KE", E),
    ("kichanga cha wiki tatu hanyonyi vizuri na amepoa mwili mzima", "TZ", E),
    ("mtoto ameharisha sana macho yameingia ndani na hanywi", "KE", E),
    # pregnancy, poisoning
    ("nina mimba na ninatoka damu nyingi", "KE", E),
    ("mke wangu mjamzito ana degedege", "TZ", E),
    ("mtoto amekunywa mafuta ya taa", "KE", E),
    ("mtoto amekunywa dawa ya panya", "TZ", E),
    # near misses: a limb or a bruise gone blue is no breathing sign; a baby calmed down
    ("mguu umebadilika rangi kuwa bluu baada ya kugongwa", "KE", R),
    ("mtoto ana mafua pua inatoka kamasi", "KE", S),
    ("nimejikata kidole kidogo wakati wa kupika", "TZ", S),
    ("nimeungua kidogo kidole na sufuria", "UG", S),
    ("kikohozi kidogo tangu jana bila homa", "KE", S),
    # --- Hindi, Devanagari ---
    ("बच्चे को झटके आ रहे हैं", "IN", E),
    ("मेरे बेटे के मुंह से झाग निकल रहा है और आंखें ऊपर चढ़ गई हैं", "IN", E),
    ("बेटी को मिर्गी जैसा दौरा पड़ा है", "IN", E),
    ("दादाजी हिल नहीं रहे बुलाने पर जवाब नहीं दे रहे", "IN", E),
    ("सांस फूल रही है बोल भी नहीं पा रहे", "IN", E),
    ("होंठ नीले पड़ गए हैं सांस नहीं ले पा रहा", "IN", E),
    ("अचानक मुंह टेढ़ा हो गया और एक तरफ का हाथ काम नहीं कर रहा", "IN", E),
    ("खेत में बच्चे को सांप ने डस लिया", "IN", E),
    ("बच्चा गरम पानी से बहुत जल गया है पूरी पीठ पर छाले", "IN", E),
    ("बच्ची चाय से झुलस गई, सारी छाती लाल और छाले", "IN", E),
    ("नवजात दूध नहीं पी रहा और सुस्त है", "IN", E),
    ("गर्भवती पत्नी को दौरा पड़ा", "IN", E),
    ("बच्चे ने मिट्टी का तेल पी लिया", "IN", E),
    ("बच्चा दूध नहीं पी रहा है", "IN", U),
    ("बच्चा थोड़ा सुस्त है क्योंकि रात को देर से सोया पर खेल रहा है", "IN", R),
    ("सर्दी जुकाम है नाक बह रही है", "IN", S),
    ("उंगली पर छोटा सा कट लग गया", "IN", S),
    # --- Hindi in Latin letters (Hinglish) ---
    ("pregnant wife ko dora pada", "IN", E),
    ("bhabhi pregnant hai usko daura pada abhi", "IN", E),
    ("usko mirgi jaisa aa raha hai haath pair maar raha", "IN", E),
    ("bete ko fit jaisa aaya aankhen upar chadh gayi", "IN", E),
    ("saans phool rahi hai bol bhi nahi pa rahe", "IN", E),
    ("papa bol bhi nahi pa rahe munh tedha ho gaya", "IN", E),
    ("baccha garam paani se jal gaya poori peeth pe chhale", "IN", E),
    ("bacche pe khaulta paani gir gaya pura pet jal gaya", "IN", E),
    ("newborn doodh nahi pee raha aur sust hai", "IN", E),
    ("navjaat doodh nahi pi raha aur bilkul dheela pad gaya", "IN", E),
    ("kisan ne keetnashak pee liya", "IN", E),
    ("baccha doodh nahi pee raha", "IN", U),
    ("bacchi doodh nahi pee rahi hai", "IN", U),
    ("baccha thoda sust hai par khel raha", "IN", R),
    ("bacche ka haath thoda jal gaya", "IN", S),
    ("thodi khansi hai", "IN", S),
    ("ungli pe chhota sa cut lag gaya", "IN", S),
]


@pytest.mark.parametrize(("text", "country", "want"), LEVELS)
def test_level(text: str, country: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, None, local_of(country))

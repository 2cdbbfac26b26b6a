"""Four emergency families carried into every language we help in (fam16a, 2026-12-07).

A bleed from the gut told by what is seen (sick like coffee grounds, black tarry poo, the toilet
black) with faintness (NHS vomiting blood; bleeding from the bottom). An overdose found out:
tablets missing from a strip, a box or bottle empty, and the person drowsy or hard to wake (NHS
poisoning: call 999). Pesticide (organophosphate) poisoning told by its signs after spraying
or drinking it: pinpoint pupils, saliva pouring, sweating, twitching (WHO, Clinical management
of acute pesticide intoxication, 2008). A blow or fall onto the tummy or chest followed by signs
of shock: pale, cold, clammy, faint, a swelling tummy, fast breathing (NHS when to call 999;
NICE NG39). Harmless neighbours stay below an emergency.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, assert_not_emergency, rules

ROWS: list[tuple[str, TriageLevel]] = [
    # a bleed from the gut, told by what is seen
    ("the toilet was black after i went, and i'm dizzy and weak", E),
    ("my grandad's sick looks like coffee granules and he's dizzy", E),
    ("el inodoro quedó negro después de ir al baño y casi me desmayo", E),
    ("el abuelo vomita algo oscuro como café molido y está mareado", E),
    ("o vaso ficou preto depois que fui ao banheiro e quase desmaiei", E),
    ("papi vomit quelque chose de brun foncé comme du marc de café et il a la tête qui tourne", E),
    ("babu ametapika kitu cheusi kama kahawa na ana kizunguzungu", E),
    ("मुझे कॉफी जैसी काली उल्टी हुई और चक्कर आ रहे हैं", E),
    ("पिताजी का पखाना काला है, चेहरा पीला और ठंडा पसीना", E),
    ("dadaji ko coffee ke rang ki ulti hui aur chakkar aa rahe hain", E),
    # black poo alone: same day
    ("tengo las heces negras desde ayer, nada más", U),
    ("kal se potty kali aa rahi hai, aur kuch nahi", U),
    # an overdose found out: tablets gone and the person drowsy or hard to wake
    ("found my son asleep and can't properly wake him, half the paracetamol strip is gone", E),
    ("mum's blister pack of sleeping pills is empty and she is very drowsy", E),
    ("there's an empty bottle of tramadol by his bed and he's hard to wake", E),
    ("my little sister ate some of the pills from mum's dosette box and she's very sleepy", E),
    ("el blíster de sus pastillas para dormir está vacío y no se despierta bien", E),
    ("a cartela de remédio para dormir está vazia e ela não acorda direito", E),
    ("mon fils est très somnolent et il manque la moitié des comprimés de la plaquette", E),
    ("vidonge vya usingizi vya mama vimeisha na hawezi kuamka vizuri", E),
    ("नींद की गोलियों का पत्ता खाली मिला और माँ उठ नहीं रही", E),
    ("neend ki goliyon ka patta khali mila aur maa uth nahi rahi", E),
    # pesticide signs after spraying or drinking it
    ("after dipping the cattle he started sweating buckets and his muscles are twitching", E),
    ("después de fumigar el campo tiene las pupilas pequeñas y mucha saliva", E),
    ("fumigaba el maizal y ahora tiene la boca llena de saliva y los músculos le brincan", E),
    ("passou veneno na plantação e agora está babando e com as pupilas pequenas", E),
    (
        "il pulvérisait des pesticides et maintenant il transpire, bave et a des contractions "
        "musculaires",
        E,
    ),
    ("après avoir traité le champ elle a les pupilles en tête d'épingle et salive beaucoup", E),
    (
        "alikuwa akinyunyizia dawa ya wadudu shambani sasa anatoka jasho, mate yanamtoka na "
        "anatetemeka",
        E,
    ),
    ("baada ya kunyunyizia dawa shambani mboni za macho ni ndogo na mate mengi", E),
    ("खेत में कीटनाशक छिड़कने के बाद पसीना, मुँह से लार और मांसपेशियाँ फड़क रही हैं", E),
    (
        "dhaan mein keetnashak chhidakne ke baad aankh ki putli chhoti ho gayi aur munh se laar "
        "aa rahi hai",
        E,
    ),
    # a blow to the tummy or chest, then signs of shock
    ("got punched in the tummy, now pale clammy and dizzy", E),
    ("she took a knee to the ribs in the match and now she's breathing fast and looks pale", E),
    ("le pegaron en la panza y ahora está pálida, fría y mareada", E),
    ("cayó con el manillar en la barriga, se le hincha y está pálido y sudoroso", E),
    ("levou um soco na barriga e agora está pálida, fria e tonta", E),
    (
        "caiu de bicicleta e bateu a barriga no guidão, a barriga está crescendo e ele está "
        "pálido e suado",
        E,
    ),
    ("elle a pris un coup au ventre, maintenant pâle, froide et étourdie", E),
    ("elle a pris un coup de genou dans les côtes et respire vite, elle est toute pâle", E),
    ("ameangukia usukani wa baiskeli tumboni, tumbo linavimba na amepauka", E),
    ("पेट में लात लगी, अब पेट फूल रहा है और चेहरा पीला पड़ गया है", E),
    ("chhati par ghoonsa laga, ab tez saans chal rahi hai aur chehra safed pad gaya", E),
    ("i'm pregnant and my partner punched me in the belly, i feel faint", E),
    # neighbours
    ("bumped my tummy on a table corner yesterday, it's a bit bruised", S),
    ("me golpeé la barriga con la mesa ayer, tengo un moretón", S),
    ("je me suis cogné le ventre contre la table hier, j'ai un bleu", S),
    ("कल मेज़ से पेट टकराया, नील पड़ गया", S),
    ("i forgot to take my blood pressure pill this morning", S),
    ("olvidé tomar la pastilla de la presión esta mañana", S),
    ("esqueci de tomar o remédio de pressão hoje de manhã", S),
    ("nimesahau kumeza dawa ya presha asubuhi", S),
    ("my stools are dark since i started iron tablets", R),
    ("mes selles sont foncées depuis que je prends du fer", R),
]

NOT_EMERGENCY = [
    "i took my sleeping pills and now i feel drowsy",
    "empty bottle of cough syrup, i need to buy more",
    "the blister pack is empty, i need a repeat prescription",
    "usé insecticida en la cocina, cómo guardo el envase",
    "j'ai utilisé un insecticide dans la cuisine, comment ranger la bombe",
    "rasoi mein keede marne ki dawa chhidki, bachi hui kaise rakhun",
    "took a ball to the chest at football, sore but fine otherwise",
    "levei uma bolada no peito jogando bola, dói um pouco",
    "nimepigwa mpira kifuani nikicheza, inauma kidogo",
    "football khelte hue chhati par ball lagi, thoda dard hai",
    "fell on my tummy on the trampoline, a bit winded for a minute",
    "मैंने खेत में खाद डाली, थोड़ा पसीना आया",
    # the baby kicking inside is not a blow to the tummy
    "32 weeks pregnant, baby keeps kicking me in the ribs, bit pale and lightheaded today",
    "embarazada, el bebé me patea mucho la barriga y hoy estoy pálida y mareada",
    "enceinte, le bébé gigote et donne des coups dans le ventre, je suis pâle",
    "गर्भवती हूँ, बच्चा पेट में लात मार रहा है, चेहरा पीला पड़ गया और चक्कर",
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_neighbours_are_not_emergencies(text: str) -> None:
    assert_not_emergency(rules(), text)

"""Injuries below an emergency, across languages (injury2, 2026-12-07).

A suspected broken arm or wrist, an arm or wrist out of shape with the hand warm and feeling
(NHS broken arm or wrist: the urgent treatment centre or A&E the same day; 999 only with the
bone through the skin, heavy bleeding, a numb or a cold, pale or blue hand), a child who will
not use an arm after a fall or a pull (a fracture or a pulled elbow: seen the same day), an
ankle that cannot take weight or has gone black and blue after a twist (NHS broken ankle,
Ottawa ankle rules), a knee that swelled up straight away after a twist (NICE CKS knee pain:
blood in the joint, assessed the same day), a rusty nail or soil in a wound with the tetanus
vaccine never had or not known (NHS tetanus: medical help the same day). A blow to the eye
with blurred sight and a fragment thrown into the eye by a grinder stay an emergency (NHS eye
injuries: A&E for any change in sight after an eye injury, or something that hit the eye at
high speed from a power tool). The reverse stays self-care: a bruise, a knock that went purple
with nothing more, a twisted ankle that walks. Emergencies stay emergencies: a bone through the
skin, a limb cold, pale or numb, a leg out of shape, a chemical in the eye.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, S, U, assert_level, assert_not_emergency, rules

ROWS: list[tuple[str, TriageLevel]] = [
    (
        "slipped on ice and landed on my hand, wrist is really swollen and bruised and I can "
        "barely move it",
        U,
    ),
    (
        "think my son broke his arm falling off his bike, very painful and swollen, no bone "
        "showing",
        U,
    ),
    (
        "fell on my wrist at the skatepark, it looks bent and its massively swollen, i can still "
        "wiggle my fingers",
        U,
    ),
    (
        "Nurse note: 9yo FOOSH at school, tender distal radius, swelling, reluctant to move "
        "wrist, neurovasc intact",
        U,
    ),
    ("me caí de la bici y creo que me rompí la muñeca, está muy hinchada y me duele al moverla", U),
    (
        "me caí en la calle y el brazo se ve torcido raro, está hinchado, pero siento y muevo "
        "los dedos",
        U,
    ),
    ("je suis tombé sur le poignet, il est tout enflé et déformé, je bouge les doigts", U),
    ("nimeanguka na mkono wangu umevimba sana, nadhani umevunjika", U),
    ("cycle se gira aur haath ki haddi tooti lag rahi hai, bahut soojan hai", U),
    (
        "my 2 year old won't use her arm since I pulled her up by the hand, she holds it still "
        "and cries if we touch it",
        U,
    ),
    ("toddler fell off the sofa and now keeps his arm limp by his side, won't reach for toys", U),
    (
        "mi hijo de 3 años no quiere mover el brazo desde que lo jalé de la mano, llora si se lo "
        "toco",
        U,
    ),
    ("minha filha de 2 anos caiu e não quer mexer o braço, fica com ele parado", U),
    ("ma fille de 3 ans ne veut plus bouger son bras depuis qu'on l'a tirée par la main", U),
    ("mtoto wangu wa miaka 2 hataki kutumia mkono wake tangu aanguke, analia ukiushika", U),
    ("मेरा 3 साल का बेटा गिरने के बाद अपना हाथ नहीं हिला रहा, छूने पर रोता है", U),
    ("twisted my ankle playing football, cant put any weight on it and its gone black and blue", U),
    ("rolled my ankle coming down the stairs, cant walk on it at all, very swollen", U),
    ("me torcí el tobillo y no puedo apoyar el pie, está morado", U),
    ("virei o pé na escada, o tornozelo inchou e não consigo pisar no chão", U),
    ("je me suis tordu la cheville au soccer, je suis pas capable de mettre du poids dessus", U),
    ("nimeteguka kifundo cha mguu, siwezi kukanyaga chini na kimevimba", U),
    ("टखना मुड़ गया, पैर जमीन पर नहीं रख पा रहा, बहुत सूजन है", U),
    ("twisted my knee at netball and it swelled up straight away, heard a pop", U),
    ("me torcí la rodilla jugando fútbol y se hinchó enseguida", U),
    ("torci o joelho no futebol e inchou na hora", U),
    ("je me suis tordu le genou au ski, il a enflé tout de suite", U),
    ("nilijipinda goti kwenye mpira na likavimba hapo hapo", U),
    ("got hit in the eye with a tennis ball and now my vision is blurry in that eye", E),
    ("un balonazo en el ojo y ahora veo borroso", E),
    ("levei uma bolada no olho e estou vendo embaçado", E),
    ("j'ai reçu un coup de poing dans l'oeil et je vois flou depuis", E),
    ("was using an angle grinder and something flew into my eye, it scratches when I blink", E),
    ("estaba usando la pulidora y me saltó una esquirla de metal al ojo", E),
    ("tava lixando ferro com a esmerilhadeira e caiu um cisco de metal no olho", E),
    ("stood on a rusty nail in the garden, not sure when I last had a tetanus jab", U),
    ("me clavé un clavo oxidado en el pie y no tengo la vacuna del tétanos", U),
    ("pisei num prego enferrujado e nunca tomei vacina antitetânica", U),
    ("j'ai marché sur un clou rouillé, je sais pas si mon vaccin contre le tétanos est à jour", U),
    ("nimekanyaga msumari wenye kutu na sijawahi kupata chanjo ya pepopunda", U),
    ("जंग लगी कील पैर में घुस गई, टिटनेस का टीका कभी नहीं लगवाया", U),
    ("zang lagi keel pair me chubh gayi, tetanus ka injection nahi lagwaya", U),
    ("bumped my shin on the coffee table, got a bruise", S),
    ("me golpeé el brazo con la puerta y me salió un moretón", S),
    ("bati o joelho na mesa e ficou roxo, nada demais", S),
    ("je me suis cogné la cuisse, j'ai un bleu", S),
    ("nimejigonga mguu, kuna mchubuko mdogo", S),
    ("ghutne par chot lagi hai thoda neela pad gaya, chal sakta hun", S),
    ("twisted my ankle yesterday, bit swollen but I can walk on it fine", S),
    ("fell off a ladder and the bone is sticking out of my leg", E),
    ("wrist broken after a fall and now my hand is cold, white and numb", E),
    ("got bleach splashed in my eye", E),
    ("a piece of metal is stuck in my eye and I can't see out of it", E),
    ("घुटना मुड़ गया खेलते वक्त और तुरंत सूज गया", U),
    ("ghutna mud gaya football me aur turant sooj gaya", U),
    ("mi hija se cayó del columpio y tiene el codo chueco, llora mucho", U),
    ("tombé en vélo, mon bras est croche pis enflé", U),
    (
        "rolled my ankle, it puffed up straight away but I can walk on it and press on the bones "
        "fine",
        S,
    ),
    ("mtoto ameanguka, kidole kimepinda na kimevimba", U),
    (
        "my son fell from the roof, arm bent the wrong way, hand is cold and blue and he can't "
        "feel his fingers",
        E,
    ),
    ("fell and my leg is bent the wrong way below the knee", E),
]

# said as history, a question or in general, or someone else's story: never an emergency
NOT_EMERGENCY: list[str] = [
    "fell on grass, wrist bit sore and a little swollen but I can move it fully",
    "stepped on a clean drawing pin, tetanus up to date, tiny hole",
    "broke my wrist 5 years ago, it's fine now, just wanted to know if I can do push ups",
    "my friend broke her arm last year playing netball, how long do casts take to heal?",
    "my wrist isn't deformed or swollen, it just aches a bit after typing all day",
    "what should I do if my child ever breaks an arm?",
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text: str) -> None:
    assert_not_emergency(rules(), text)

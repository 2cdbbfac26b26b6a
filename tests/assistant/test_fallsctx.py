"""Which topic a fall takes (fallsctx, 2026-12-07).

The falls topic (NHS falls; NICE CG161, falls in people 65 and over) is the topic of an older
person's fall (an age of 65 or more, or an older person named: grandma, idoso, mzee, दादी) or
of falling as the complaint itself (keeps falling, a long lie, cannot get up), in en, es, pt,
fr, sw and hi. A younger person's fall is how an injury came about: the injured part's topic
decides (NHS sprains and strains, cuts and grazes, bruises), and a swollen joint after such a
fall is a sprain, not gout. Red flags fire whatever the topic: head injury signs, on a blood
thinner (NHS head injury: A&E), cannot get up, a leg shorter and turned out after a fall.
Traps both ways: an older person's fall with only a bruise stays a falls check (routine), a
40-year-old who keeps falling is the falls topic, a child's or a sportsman's fall with a
bruise stays self-care.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

ROWS: list[tuple[str, TriageLevel]] = [
    ("fell on the grass playing football, wrist a bit swollen but I can move it fully", S),
    ("I slipped on wet floor at work yesterday and twisted my ankle, bit swollen, walking ok", S),
    ("tripped over a kerb, grazed my knee, cleaned it", S),
    ("fell off my bike, few scrapes on my elbow, nothing else", S),
    ("I'm 25, fell while running, ankle sore and a little swollen, can walk on it", S),
    ("came off my skateboard, bruise on my thigh, fine otherwise", S),
    ("fell during netball, sprained my wrist I think, can still move everything", S),
    ("my son 10 fell in the playground, bruised knee, running around fine", S),
    ("fell on my outstretched hand, wrist very swollen and I can't move it, looks bent", U),
    ("fell off a ladder, hit my head, vomited twice and very drowsy", E),
    ("my mum fell and is on the floor, can't get up, been there since last night", E),
    ("my dad is 78, he had a fall yesterday, no injury, but it's the second this month", R),
    ("grandma keeps falling at home", R),
    ("my gran fell, she's on warfarin and hit her head", E),
    ("my 82 year old mother fell and now her leg is shorter and turned out, can't stand", E),
    ("elderly neighbour had a fall, she got up herself, just a bruise on her arm", R),
    ("I am 70 and fell in the garden, bruised hip but walking fine", R),
    ("I was drunk and fell last night, just a bruise on my shin", S),
    ("fell at the gym, pulled a muscle in my back, can move ok", S),
    ("me cai jugando futbol, la muñeca un poco hinchada pero la muevo bien", S),
    ("me resbale y me torci el tobillo, poco hinchado, camino bien", S),
    ("mi abuela se cayo ayer, no se lastimo pero ya es la segunda vez", R),
    ("mi abuelo se cayo y no puede levantarse desde anoche", E),
    ("me cai de la bici, raspones en la rodilla nada mas", S),
    ("cai jogando bola, o pulso ta um pouco inchado mas mexo normal", S),
    ("levei um tombo na rua, torci o tornozelo, inchou pouco, consigo andar", S),
    ("minha avo caiu ontem, nao se machucou, mas ja e a terceira vez", R),
    ("meu avo caiu e nao consegue levantar, esta no chao desde ontem", E),
    ("je suis tombe au foot, poignet un peu enfle mais je le bouge bien", S),
    ("je me suis tordu la cheville en tombant, un peu gonflee, je marche", S),
    ("ma mere est tombee, 80 ans, pas de blessure, elle tombe souvent", R),
    ("mon pere est tombe, il ne peut pas se relever depuis hier soir", E),
    ("nimeanguka nikicheza mpira, kifundo cha mkono kimevimba kidogo lakini nakisogeza vizuri", S),
    ("niliteleza nikateguka kifundo cha mguu, kimevimba kidogo, natembea", S),
    ("bibi ameanguka jana, hakuumia, lakini ni mara ya pili", R),
    ("babu ameanguka na hawezi kuinuka tangu jana usiku", E),
    ("खेलते हुए गिर गया, कलाई थोड़ी सूजी है पर पूरी हिल रही है", S),
    ("fisal ke gir gaya, takhne me moch, thodi sujan, chal pa raha hu", S),
    ("दादी गिर गईं, चोट नहीं लगी, पर यह दूसरी बार है", R),
    ("dada ji gir gaye aur uth nahi pa rahe, raat se zameen par hain", E),
    ("my 30 yo husband fell off a chair, bruised his arm, moves it fine", S),
    ("fell on ice, hit the back of my head, bit of a headache, no vomiting, on blood thinners", E),
    ("my 68 year old dad tripped on the rug, grazed his elbow, otherwise ok", R),
    ("avo de 75 anos caiu no quintal, so um roxo no braco", R),
    ("mi papa de 80 años se cayo en el baño, solo un moreton", R),
    ("mon grand-pere de 82 ans est tombe, juste un bleu au bras", R),
    ("I'm 40 and I keep falling over for no reason lately", R),
    ("my daughter 8 fell off the trampoline, bruise on her leg, playing normally", S),
    ("my 3 year old fell off the bunk bed, hit his head, now very sleepy and vomiting", E),
    ("my son fell on his arm at football and won't use it, crying when we touch it", U),
    ("I tripped going down the steps, pulled my calf muscle, walking fine", S),
    ("grandpa fell, his hip hurts badly and his leg is turned out, can't stand", E),
]

# the topic each kind of fall takes
TOPICS: list[tuple[str, str]] = [
    (
        "fell on the grass playing football, wrist a bit swollen but I can move it fully",
        "sprains_strains",
    ),
    ("je suis tombe au foot, poignet un peu enfle mais je le bouge bien", "sprains_strains"),
    ("cai jogando bola, o pulso ta um pouco inchado mas mexo normal", "sprains_strains"),
    ("fell off my bike, few scrapes on my elbow, nothing else", "cuts_grazes"),
    ("my daughter 8 fell off the trampoline, bruise on her leg, playing normally", "bruises"),
    ("I am 70 and fell in the garden, bruised hip but walking fine", "falls_older"),
    ("mi papa de 80 años se cayo en el baño, solo un moreton", "falls_older"),
    ("grandma keeps falling at home", "falls_older"),
    ("I'm 40 and I keep falling over for no reason lately", "falls_older"),
    ("bibi ameanguka jana, hakuumia, lakini ni mara ya pili", "falls_older"),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


@pytest.mark.parametrize(("text", "topic"), TOPICS)
def test_topic(text: str, topic: str) -> None:
    assert rules().assess(text, None, frozenset()).topic == topic

"""Everyday self-care complaints understood in every language we help in (scare, 2026-12-07).

A sore, red or swollen arm or leg, a mild fever or aches after a vaccine (NHS vaccine side
effects: the new ``vaccine_reactions`` topic; a baby under 3 months with 38C or more, a floppy
baby, a swollen face or trouble breathing after a jab keep their care); jet lag (NHS jet lag,
CDC Yellow Book: ``jet_lag``); muscles sore after exercise; swimmer's ear; sunburn said as "red
as a lobster"; a stubbed toe, still walking; a little toothpaste swallowed (NHS fluoride:
``toothpaste_swallowed``; a tube of it, or mouthwash drunk, is still a poisoning question);
constipation after a move; a baby bringing up a little milk; a jellyfish sting that is red and
burns (NHS jellyfish stings; trouble breathing after one is an emergency); a hangover.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, S, U, assert_level, assert_not_emergency, rules

# (message, level, topic: None where only the level matters)
ROWS: list[tuple[str, TriageLevel, str | None]] = [
    # after a vaccine: the jab's common side effects
    (
        "had my covid booster yesterday, arm is red and swollen where the jab went in",
        S,
        "vaccine_reactions",
    ),
    ("the jab site on my arm is hot and swollen, feel fine otherwise", S, "vaccine_reactions"),
    (
        "my 3 year old had her jabs today, slight temperature of 37.8 but she's playing",
        S,
        "vaccine_reactions",
    ),
    (
        "ayer me pusieron la vacuna y tengo el brazo rojo, hinchado y adolorido",
        S,
        "vaccine_reactions",
    ),
    ("tomei a vacina ontem e meu braço está vermelho e inchado", S, "vaccine_reactions"),
    (
        "mon fils a eu ses vaccins hier, la cuisse est un peu gonflée, il joue",
        S,
        "vaccine_reactions",
    ),
    ("nilichomwa sindano ya chanjo jana, mkono umevimba na ni mwekundu", S, "vaccine_reactions"),
    ("कल टीका लगा था, बांह लाल है और सूजन है", S, "vaccine_reactions"),
    ("kal tika laga tha, baanh laal hai aur soojan hai", S, "vaccine_reactions"),
    # ... and what still needs care after one
    ("my 7 week old had her jabs this morning and her temperature is 38.3", U, None),
    ("mi bebé de 2 meses tiene 38.5 de fiebre después de las vacunas", U, None),
    ("mtoto wangu wa miezi 2 ana homa ya 38.5 baada ya chanjo", U, None),
    ("मेरे 2 महीने के बच्चे को टीके के बाद 38.5 बुखार है", U, None),
    ("after her jabs my baby is floppy and won't wake up properly", E, None),
    ("depois da vacina meu bebê ficou molinho e não acorda direito", E, None),
    ("after the vaccine his face swelled up", U, None),
    ("after the jab her lips swelled up and she's wheezing", E, None),
    ("après le vaccin son visage a gonflé et il respire mal", E, None),
    ("the jab site is still red, hot and spreading 5 days later", U, None),
    # jet lag
    (
        "flew back from Singapore, jet lag, wide awake at night and asleep all afternoon",
        S,
        "jet_lag",
    ),
    ("volví de Japón con jet lag y no puedo dormir de noche", S, "jet_lag"),
    ("voltei da Europa com jet lag, não consigo dormir à noite", S, "jet_lag"),
    ("je rentre du Canada avec le décalage horaire, je ne dors pas la nuit", S, "jet_lag"),
    ("nimerudi na jet lag, siwezi kulala usiku", S, "jet_lag"),
    ("विदेश से लौटा हूं, जेट लैग है, रात को नींद नहीं आती", S, "jet_lag"),
    # swimmer's ear
    ("ear is itchy and sore since swimming, hurts when I pull on my earlobe", S, "earache"),
    ("j'ai l'oreille qui gratte et qui fait mal depuis la piscine", S, "earache"),
    # red as a lobster (sunburn, no blisters)
    ("went red as a lobster at the beach, no blisters", S, "sunburn"),
    ("fiquei vermelha como um camarão na praia, sem bolhas", S, "sunburn"),
    ("je suis rouge comme une écrevisse après la plage", S, "sunburn"),
    ("me puse rojo como camarón en la alberca", S, "sunburn"),
    # a stubbed toe, still walking
    ("stubbed my little toe on the door, bit bruised but walking fine", S, "bruises"),
    ("je me suis cogné le petit orteil contre la table, petite bosse, je marche", S, "bruises"),
    ("nimejigonga kidole cha mguu mlangoni, kuna uvimbe mdogo lakini natembea", S, "bruises"),
    ("पैर का अंगूठा दरवाजे से टकरा गया, थोडी सूजन है, चल पा रहा हूं", S, "bruises"),
    ("pair ka angootha darwaze se takra gaya, chal pa raha hu", S, "bruises"),
    ("stubbed my toe and now it's bent at an odd angle and I can't walk on it", E, None),
    # a little toothpaste swallowed; a tube of it, or mouthwash, is not
    ("my 2 year old licked a bit of toothpaste off her brush", S, "toothpaste_swallowed"),
    ("mi niña de 3 años se comió un poquito de pasta de dientes", S, "toothpaste_swallowed"),
    ("meu filho de 2 anos comeu um pouquinho de pasta de dente", S, "toothpaste_swallowed"),
    ("ma fille a avalé un peu de dentifrice en se brossant les dents", S, "toothpaste_swallowed"),
    ("mtoto wangu amemeza dawa ya meno kidogo", S, "toothpaste_swallowed"),
    ("बच्चे ने थोडा टूथपेस्ट खा लिया", S, "toothpaste_swallowed"),
    ("bachhe ne thoda toothpaste kha liya", S, "toothpaste_swallowed"),
    ("my toddler ate a whole tube of toothpaste", U, None),
    ("mi hijo se comió un tubo entero de pasta de dientes", U, None),
    ("meu filho comeu um tubo inteiro de pasta de dente", U, None),
    ("mon fils a mangé un tube entier de dentifrice", U, None),
    ("my 2 year old drank a lot of mouthwash", U, None),
    ("my 3 year old drank half a bottle of mouthwash and is very drowsy", E, None),
    ("mtoto amekunywa nusu chupa ya dawa ya kusukutua kinywa na ana usingizi sana", E, None),
    # a jellyfish sting that is red and burns; trouble breathing after one
    (
        "stung by a bluebottle at the beach, red lines and burning, breathing fine",
        S,
        "insect_bites_stings",
    ),
    ("me picó una aguamala, tengo la pierna roja y me arde", S, "insect_bites_stings"),
    ("uma água-viva me queimou, está vermelho e ardendo", S, "insect_bites_stings"),
    ("piqué par une méduse, c'est rouge et ça brûle", S, "insect_bites_stings"),
    ("nimeumwa na jellyfish baharini, ni nyekundu na inawasha", S, "insect_bites_stings"),
    ("जेलीफिश ने काट लिया, लाल है और जलन है", S, "insect_bites_stings"),
    ("stung by a jellyfish 4 days ago, now it's red, hot and spreading and there's pus", U, None),
    ("piquée par une méduse et maintenant j'ai du mal à respirer", E, None),
    ("nimeumwa na jellyfish na sasa napumua kwa shida", E, None),
    ("जेलीफिश के डंक के बाद सांस लेने में दिक्कत हो रही है", E, None),
    ("jellyfish ne kaata aur ab saans lene me dikkat ho rahi hai", E, None),
    # a hangover, not a headache
    ("tengo resaca, me duele la cabeza y tengo náuseas", S, "hangover"),
    ("nina hangover, kichwa kinauma baada ya pombe jana", S, "hangover"),
    ("आज हैंगओवर है, सिर दर्द हो रहा है", S, "hangover"),
]


@pytest.mark.parametrize(("text", "want", "topic"), ROWS)
def test_level_and_topic(text: str, want: TriageLevel, topic: str | None) -> None:
    found = assert_level(rules(), text, want)
    if topic is not None:
        assert found.topic == topic, (text, found.topic)


NOT_EMERGENCY = [
    "stung by a jellyfish, red welts and it burns, but I'm breathing fine",
    "had my flu jab and my arm is sore, red and a bit swollen",
    "बच्चे को आज टीके लगे, जांघ पर थोडी सूजन है पर खेल रहा है",
    "mtoto wangu wa miaka 2 amemeza dawa ya meno kidogo",
]


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text: str) -> None:
    assert_not_emergency(rules(), text)

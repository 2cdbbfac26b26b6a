"""Misreadings left from the last session, mended as families (open12), both sides.

Short messages with one marker word of one language are read in it ("daura pada", "convulsion
fiebre"); Spanish "la zona" is the area, not shingles; yellow teeth or nails are not jaundice;
a dry scaly patch growing is not cellulitis, and a patch "on my leg" is not a swollen leg;
drops of pee after peeing are the prostate's, not retention; "I'm 20 weeks" is a pregnancy's
weeks; a choke now and then on a drink is a swallowing problem; a known allergen touched or
eaten with breathing trouble is anaphylaxis, a background allergy with a tight chest is not a
heart attack; hangnails, corns and calluses have self-care topics.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, rules

LEVELS: list[tuple[str, str, TriageLevel]] = [
    # 'zona' is shingles in French and Portuguese; in Spanish (and Portuguese 'na zona do')
    # it is the area (NHS shingles: a band of blisters on one side)
    ("me duele la zona", "es", R),
    ("tengo un sarpullido en la zona del cuello", "es", S),
    ("me pica toda la zona", "es", R),
    ("esa zona está roja", "es", R),
    ("coceira na zona genital", "pt", R),
    ("tengo culebrilla en la espalda", "es", U),
    ("me dio herpes zóster", "es", U),
    ("estou com zona nas costas", "pt", U),
    ("tive zona de novo", "pt", U),
    ("j'ai un zona sur le dos", "fr", U),
    ("I think I have zona on my back", "en", U),
    # yellow teeth or nails are not jaundice (NHS jaundice: yellow skin or whites of the eyes)
    ("tenho dentes amarelos", "pt", R),
    ("meus dentes estão ficando amarelos", "pt", R),
    ("my teeth are going yellow", "en", R),
    ("my teeth look yellow", "en", R),
    ("mes dents sont jaunes", "fr", R),
    ("I'm going yellow", "en", U),
    ("he looks yellow", "en", U),
    ("my skin is going yellow", "en", U),
    ("ele está ficando amarelo", "pt", U),
    ("os olhos dele estão amarelos", "pt", U),
    ("meu bebê está amarelo", "pt", U),
    # a dry, scaly, flaky or itchy patch growing is ringworm, eczema or psoriasis, not
    # cellulitis (hot, swollen, painful: NHS); a patch "on my leg" is not a swollen leg (DVT)
    ("red scaly patch getting bigger", "en", R),
    ("itchy red ring on my leg getting bigger", "en", R),
    ("red scaly patch on my calf getting bigger", "en", R),
    ("red hot patch on my leg getting bigger", "en", U),
    ("red swollen area on my shin getting bigger and hot", "en", U),
    ("redness spreading up my arm", "en", U),
    ("my calf is swollen and red", "en", U),
    ("swollen red leg, hot to touch", "en", U),
    # drops of pee after peeing are the prostate's or the pelvic floor's (GP); only drops
    # coming, or a full bladder, is retention (NHS urinary retention)
    ("se me salen gotas de pipí después de orinar", "es", R),
    ("me quedan unas gotas de pipí al terminar", "es", R),
    ("goteo de orina al terminar de orinar", "es", R),
    ("orino gota a gota", "es", R),
    ("no puedo orinar, solo salen unas gotas", "es", E),
    ("solo me salen gotas de pipí y tengo la vejiga llena", "es", E),
    ("apenas salen gotitas de pipí desde ayer", "es", U),
    ("tengo gota en el dedo gordo", "es", S),
    # "I'm 20 weeks" said of oneself is a pregnancy's weeks, not 20 weeks of a complaint
    ("I'm 20 weeks and constipated", "en", S),
    ("im 20 wks, really constipated", "en", S),
    ("I've been constipated for 20 weeks", "en", R),
    ("I'm 8 weeks and bleeding", "en", U),
    ("she's 30 weeks and has a bad headache and blurry vision", "en", E),
    # a choke now and then on a drink, recovered, is a swallowing problem for the GP (NHS
    # swallowing problems); a choke now is still 999
    ("I sometimes choke a bit on my drink", "en", R),
    ("my dad often chokes on his tea these days", "en", R),
    ("I choke on my drinks sometimes", "en", R),
    ("I tend to choke when drinking fast", "en", R),
    ("a veces me atraganto con el agua", "es", R),
    ("mi papá se atraganta seguido con la comida", "es", R),
    ("às vezes engasgo com água", "pt", R),
    ("minha mãe engasga muito quando bebe água", "pt", R),
    ("ma mère fait souvent des fausses routes", "fr", R),
    ("he's choking on water right now", "en", E),
    ("my son is choking", "en", E),
    ("my baby keeps choking on her milk", "en", E),
    ("se atragantó con un dulce y no respira", "es", E),
    ("mi hijo se está atragantando", "es", E),
    ("ele está engasgando", "pt", E),
    ("il s'étouffe avec un bonbon", "fr", E),
    # breathing trouble or a tight chest after something one knows one is allergic to is
    # anaphylaxis (NHS: 999); a tight chest with a background allergy (dust, hay fever) is
    # allergic asthma until seen (urgent), not a heart attack
    ("trouble breathing after something I'm allergic to", "en", E),
    ("I'm allergic to peanuts and ate one, now my chest is tight", "en", E),
    ("me cuesta respirar después de comer algo a lo que soy alérgica", "es", E),
    ("comí camarones y soy alérgico, me falta el aire", "es", E),
    ("comi amendoim e sou alérgica, estou com falta de ar", "pt", E),
    (
        "j'ai mangé des crevettes alors que je suis allergique, j'ai du mal à respirer",
        "fr",
        E,
    ),
    ("nimekula karanga na nina mzio, ninapumua kwa shida", "sw", E),
    ("jisse allergy hai wo kha liya, saans lene me dikkat", "hi", E),
    ("allergic to dust, chest tight", "en", U),
    ("I'm allergic to dust and my chest feels tight", "en", U),
    ("hay fever and my chest feels a bit tight", "en", U),
    ("soy alérgica al polvo y siento el pecho apretado", "es", U),
    ("sou alérgico a poeira e estou com o peito apertado", "pt", U),
    ("je suis allergique à la poussière et j'ai la poitrine serrée", "fr", U),
    ("nina mzio wa vumbi na kifua kimebana", "sw", U),
    ("my chest is tight and it's spreading to my left arm, I have hay fever", "en", E),
    ("allergic to cats, sneezing and itchy eyes", "en", S),
    # hangnails, corns and calluses: self-care (NICE CKS acute paronychia, NHS corns and
    # calluses); infected, or with diabetes or poor circulation, see a GP
    ("I have a hangnail", "en", S),
    ("torn cuticle on my thumb, it's sore", "en", S),
    ("tengo un padrastro en el dedo", "es", S),
    ("tô com uma espiga na unha", "pt", S),
    ("j'ai une petite peau arrachée au doigt", "fr", S),
    ("nakhun ke paas chamdi ukhad gayi", "hi", S),
    ("I have a corn on my toe", "en", S),
    ("hard skin callus on my foot", "en", S),
    ("painful corn on my little toe from new shoes", "en", S),
    ("tengo durezas en los talones", "es", S),
    ("tenho um calo no pé", "pt", S),
    ("j'ai un cor au pied", "fr", S),
    ("nina sugu mguuni", "sw", S),
    ("pair me gokhru ho gaya hai", "hi", S),
    ("पैर में घट्टा है", "hi", S),
    ("I have diabetes and a corn on my little toe", "en", R),
    ("I pulled off a hangnail and now the side of my nail is swollen with pus", "en", R),
    ("I ate corn and now I have diarrhoea", "en", S),
    ("j'ai envie de vomir", "fr", S),
    ("doigt arraché par la machine", "fr", E),
]


@pytest.mark.parametrize(("text", "language", "want"), LEVELS)
def test_level(text: str, language: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)


# Short messages, their language detected: one marker word of one language, where no other
# language has one, reads the message in it (the model reads two words as anything); a
# function word several languages share ("se") decides nothing.
DETECTED: list[tuple[str, str]] = [
    ("daura pada", "hi"),
    ("bachcha behosh", "hi"),
    ("behosh", "hi"),
    ("bukhar", "hi"),
    ("aankh lal", "hi"),
    ("jukham hai", "hi"),
    ("breast me gaanth", "hi"),
    ("bp 190/110 aaya hai", "hi"),
    ("convulsion fiebre", "es"),
    ("mi papa convulsiono", "es"),
    ("mi papa se ve amarillo", "es"),
    ("mi papa esta orinando sangre", "es"),
    ("mi bebe no respira", "es"),
    ("presion 185/110", "es"),
    ("se ahoga", "es"),
    ("febre alta", "pt"),
    ("manchas no corpo", "pt"),
    ("sinusite faz 10 dias", "pt"),
    ("vertiges", "fr"),
    ("hay fever again", "en"),
]


@pytest.mark.parametrize(("text", "language"), DETECTED)
def test_detected(text: str, language: str) -> None:
    assert rules().languages_of(text)[0] == language


# The same short messages reach their level without a language given.
AUTO: list[tuple[str, TriageLevel]] = [
    ("daura pada", E),
    ("bachcha behosh", E),
    ("behosh", E),
    ("se atraganta", E),
    ("convulsion fiebre", E),
    ("convulsiones", E),
    ("mi papa convulsiono", E),
]


@pytest.mark.parametrize(("text", "want"), AUTO)
def test_auto(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)

"""Suspected broken bones and animal exposures across languages (injury, 2026-12-07).

After a fall, a twist or a blow, pain when the bone is touched or pressed, a thumb or finger that
can no longer grip, pinch or hold things, or an arm that has changed shape is a possible break,
seen the same day (NHS broken arm or wrist, broken ankle, broken finger or thumb); a limb cold
and pale below a break, or the bone through the skin, is an emergency (NHS broken leg); a mild
sprain that takes weight is self-care (NHS sprains and strains). Pain on touching a bone is not
a tender tummy. A bat in the room where someone slept, or a bat's bite or scratch, needs rabies
advice the same day (NHS rabies; WHO rabies), as does a bite where rabies is common (the country
pack's ``rabies``); a lick on unbroken skin is not an exposure. Rows are our own phrasings.
"""

from __future__ import annotations

import pytest

from tests.assistant.support import LEVELS, assert_level, rules, table

RABIES = frozenset({"rabies"})


def _table(block: str) -> list[tuple[str, str, bool, str]]:
    """Rows "LEVEL LANGUAGE [rabies] | text": the tag says rabies is common where they are."""
    return [
        (level, language, local == ["rabies"], text)
        for level, language, *local, text in table(block)
    ]


ROWS = _table(
    """
    # pain when the bone is touched or pressed after a fall or a twist
    U en | fell off my bike onto my hand, wrist swollen and really sore when I press on the bone
    U en | fell on my hand yesterday, wrist is bruised and swollen and it hurts to touch the bone
    U en | it really hurts when I touch the bone on the outside of my ankle after I twisted it
    U en | tripped and landed on my hand, pain when I press on the wrist bone
    U es | me caí sobre la mano y me duele al presionar el hueso de la muñeca
    U es | me duele mucho cuando toco el hueso del tobillo después de torcerlo
    U es | me caí con la mano extendida y la muñeca está hinchada y me duele mucho al tocar el hueso
    U pt | cai apoiando a mão e dói quando aperto o osso do punho
    U pt | dói muito quando toco no osso do tornozelo depois que torci
    U fr | je suis tombé sur la main et j'ai mal quand je touche l'os du poignet
    U fr | il a très mal quand on appuie sur l'os de la cheville après la chute
    U sw | nimeanguka na mkono wangu umevimba na unauma sana nikigusa mfupa
    U sw | nimeanguka na kifundo cha mkono kimevimba, kinauma nikibonyeza mfupa
    U sw | mfupa unauma sana ukiguswa baada ya kuanguka
    U hi | गिरने के बाद कलाई सूज गई है और हड्डी को छूने पर बहुत दर्द होता है
    U hi | गिरने के बाद कलाई की हड्डी दबाने पर बहुत दर्द होता है
    U hi | girne ke baad kalai ki haddi dabane par dard hota hai
    U hi | girne ke baad kalai suj gayi hai aur haddi chhune par bahut dard hai
    # a thumb or finger that cannot grip, pinch or hold after an injury
    U en | hurt my thumb skiing, now I can't grip or pinch anything
    U en | caught my thumb playing rugby, can't pinch or hold a pen
    U es | me lesioné el pulgar y no puedo hacer pinza ni sostener un bolígrafo
    U es | me lastimé el pulgar esquiando y no puedo agarrar nada
    U pt | machuquei o polegar e não consigo segurar uma caneta
    U pt | machuquei o dedão e não consigo segurar nada nem fazer pinça
    U fr | je me suis fait mal au pouce au ski, je n'arrive plus à serrer ni à pincer
    U sw | kidole gumba kimeumia na siwezi kushika kitu
    U hi | अंगूठे में चोट लगी और कुछ पकड़ नहीं पा रहा
    U hi | angoothe mein chot lagi aur kuch pakad nahi pa raha
    # "I can move my fingers" does not rule a break out
    U en | he can wiggle his fingers but the wrist is swollen and painful since he fell
    U en | I can still move my fingers but my wrist is really painful and swollen since I fell
    # an arm out of shape after a fall: the same day; a leg or ankle, or a cold pale limb: 999
    U es | mi hijo se cayó y el brazo tiene una forma rara
    U es | el brazo de mi hija quedó con forma rara después de caerse
    U pt | o braço dele ficou com formato estranho depois da queda
    U fr | son bras a une forme bizarre après la chute
    U sw | mkono wake umebadilika umbo baada ya kuanguka
    U sw | mkono wake umepinda baada ya kuanguka
    U hi | गिरने के बाद उसकी बांह टेढ़ी हो गई है
    E en | after the crash his ankle is pointing the wrong way
    E en | broke my arm and now my hand is cold and pale
    E es | se rompió la pierna y el pie está frío y pálido
    E pt | quebrou a perna e o pé está gelado e pálido
    E fr | il s'est cassé la jambe et son pied est froid et blanc
    E sw | mguu umevunjika na sasa ni baridi na mweupe
    E hi | मेरा पैर टूट गया है और पैर ठंडा और सफ़ेद पड़ गया है
    E en | fell off a ladder, bone sticking out of my leg
    E es | se cayó de la moto y tiene el hueso salido por la piel
    E pt | caiu da escada e o osso está saindo pela pele
    E fr | il est tombé de l'échelle, l'os sort de la peau
    E sw | ameanguka kutoka kwenye mti na mfupa umetoka nje ya ngozi
    E hi | सीढ़ी से गिरा और हड्डी त्वचा से बाहर निकल आई है
    # cannot bear weight, a knee that gave way and swelled at once
    U en | twisted my ankle playing football and I can't put any weight on it
    U en | knee gave way playing netball and it swelled up straight away
    U fr | mon genou a lâché au sport et il a gonflé tout de suite
    U sw | nimeteguka kifundo cha mguu na siwezi kukanyaga
    U hi | pair mud gaya aur pair par vajan nahi daal pa raha
    # mild sprains taking weight: self-care; old injuries, bruises without bone pain: not urgent
    S en | twisted my ankle, a bit swollen but I can walk on it and move it fine
    S en | a bruise on my arm, no pain when I press the bone and I can move it fine
    S es | me torcí el tobillo, está un poco hinchado pero puedo caminar bien
    S pt | torci o pé, está um pouco inchado mas consigo andar normalmente
    S fr | je me suis tordu la cheville, un peu gonflée mais je marche sans problème
    S sw | mguu umeteguka kidogo, naweza kutembea na kuusogeza
    S hi | टखना थोड़ा मुड़ गया है, हल्की सूजन है पर चल पा रहा हूँ
    S hi | moch aa gayi hai halka dard hai par chal sakta hoon
    # pressing the bone said not to hurt: a sprain's
    S en | twisted my ankle, pressing on the bone doesn't hurt and I can walk fine
    S es | me torcí el tobillo, tocar el hueso no duele y camino bien
    S fr | je me suis tordu la cheville, appuyer sur l'os ne fait pas mal et je marche bien
    S hi | टखना मुड़ गया, हड्डी पर दबाने से दर्द नहीं होता, चल पा रहा हूँ
    S hi | takhna mud gaya, haddi dabane par dard nahi hota, chal pa raha hoon
    S en | caught my finger on the oven shelf, small red patch, no blister, stings a bit
    R en | broke my wrist 2 years ago and it still aches when it's cold
    R en | I fractured my ankle last year and it still gets stiff sometimes
    # a bat in the room where someone slept, a bat's bite or scratch
    U en | a bat was in the bedroom where I was sleeping last night
    U en | a bat flew into my daughter's room while she was asleep
    U es | había un murciélago en el cuarto donde dormía mi hija
    U pt | tinha um morcego no quarto onde eu dormia
    U fr | il y avait une chauve-souris dans la chambre pendant que je dormais
    U sw | popo alikuwa chumbani nilipokuwa nimelala
    U sw | kulikuwa na popo chumbani usiku tulipokuwa tumelala
    U sw | popo ameniuma
    U hi | सोते समय कमरे में चमगादड़ था
    U hi | bat ne kaat liya
    # bites and scratches where rabies is common, or abroad
    U en | bitten by a dog in Thailand yesterday, small puncture
    U en | a monkey scratched me in Bali
    U en rabies | my cat scratched me and drew blood
    U es rabies | un perro callejero mordió a mi hijo en la pierna
    U pt rabies | um cachorro de rua mordeu meu filho
    U fr | un chien errant m'a mordu au Maroc
    U sw rabies | nimeumwa na mbwa jana
    U sw rabies | tumbili amenikwaruza
    U hi rabies | कुत्ते ने काट लिया है
    U hi rabies | gali ke kutte ne bete ko kaat liya
    # a lick on unbroken skin, our own vaccinated pet's scratch in the UK: not urgent
    R en | my dog licked my hand, skin not broken
    R en | my own vaccinated cat gave me a small scratch
    """
)


@pytest.mark.parametrize(("want", "language", "rabies", "text"), ROWS)
def test_level(want: str, language: str, rabies: bool, text: str) -> None:
    assert_level(rules(), text, LEVELS[want], language, RABIES if rabies else frozenset())


def test_pain_on_touching_a_bone_is_not_a_tender_tummy() -> None:
    found = rules().assess("गिरने के बाद कलाई की हड्डी दबाने पर बहुत दर्द होता है", "hi")
    assert "peritonism" not in found.present
    assert found.topic == "broken_bone"


def test_hindi_aching_limbs_are_not_a_broken_leg() -> None:
    found = rules().assess("बुखार है और हाथ पैर टूट रहे हैं", "hi")
    assert "fracture" not in found.present

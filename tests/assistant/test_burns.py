"""Burns, broken bones and bites below and at an emergency, across languages (burns, 2026-12-07).

A burn that has left white, black, charred or leathery places, or no feeling there, is a deep
burn and goes to A&E whatever its size (NHS burns and scalds); a small red burn with no blister
is self-care; a blistered burn on a child under 5 stays an emergency, as before. A body part
named as the place of an injury ("burned my chest", "je me suis brûlé la poitrine") is not
chest pain; a chest that burns when walking still is. After a fall or a blow, a swollen wrist
that will not bend with bad pain, or a finger bent out of shape, is a possible fracture, seen
the same day (NHS broken arm or wrist, broken finger); a leg out of shape stays an emergency.
An animal bite that broke the skin, or one red and swollen the next day, is seen the same day
(NICE CKS bites; WHO rabies), in Swahili said with "-uma" ("paka aliniuma"). "Una zona como
una moneda" is an area, not shingles. Rows are our own phrasings.
"""

from __future__ import annotations

import pytest

from tests.assistant.support import LEVELS, assert_level, assert_not_emergency, rules, table

# "LEVEL LANGUAGE | text" (auto: the engine finds the language, as for Hinglish)
ROWS = table(
    """
    # deep burns: white, black, leathery, no feeling (NHS burns and scalds: A&E)
    E en | burnt my arm on the stove, the middle is white and does not hurt at all
    E en | the fire burned his hand, skin is black and leathery
    E en | my arm got burnt by the exhaust, the centre looks white and waxy
    E en | spilt boiling water on my leg, parts look white and I cant feel anything there
    E es | se quemó el brazo con la plancha, la piel quedó negra y dura
    E es | me quemé con aceite, algunas partes están blancas y no duelen
    E pt | óleo quente caiu no meu braço, algumas partes ficaram brancas e não doem
    E pt | queimei a mão no fogão, o meio está branco e duro como couro
    E fr | de l'huile bouillante sur le bras, certains endroits sont blancs et ne font pas mal
    E sw | mafuta ya moto yamenimwagikia mkono, sehemu zingine ni nyeupe na haziumi
    E auto | garam tel se haath jal gaya, chamdi safed ho gayi aur dard nahi ho raha
    E hi | गरम तेल से हाथ जल गया, चमडी सफेद हो गई और दर्द नहीं हो रहा
    E auto | garam paani se pair jal gaya, kuch jagah safed hai aur dard nahi
    E hi | गरम पानी से पैर जल गया, कुछ जगह सफेद है और दर्द नहीं
    # two large parts in Quebec French ("pis" for "et"): a large burn
    E fr | l'eau bouillante de la casserole a coulé sur son ventre pis ses cuisses, des cloques
    # a blister on a child under 5 stays A&E, wherever it is (as the earlier rounds' rows)
    E en | my 3 year old touched the hot pan, small blister on her finger tip
    E en | my 2 year old spilt warm tea on her tummy, one small blister the size of a coin
    # small red burns stay self-care
    S en | small burn on my wrist from the iron, red, size of a coin, no blisters
    S es | me quemé el dorso de la mano con la sartén, una zona como una moneda, roja, sin ampolla
    S pt | queimei o dedo no forno, está vermelho, sem bolha
    S fr | je me suis brûlé le doigt avec le fer, c'est rouge, pas de cloque
    S sw | nimeungua kidogo kidole, ni nyekundu tu
    S auto | tawe se ungli thodi jal gayi, lal hai, chhala nahi
    # the place of an injury is not chest pain; a burning chest still is
    S en | burned my chest a bit with hot tea, it's red
    S fr | je me suis brûlé un peu la poitrine avec du thé, c'est rouge
    U fr | ça me brûle dans la poitrine quand je monte l'escalier
    U en | my chest burned when I walked up the hill, and I felt sick
    E en | burned my arm yesterday and now crushing chest pain going to my left arm and sweating
    # possible fractures (NHS broken arm or wrist; broken finger)
    U en | fell down the steps last night, my wrist is puffed up, wont bend and the pain is awful
    U auto | kal cycle se gira tha, kalai suji hui hai, mud nahi rahi, dard bahut
    U en | caught my finger in the car door, it's bent sideways and swollen
    U en | a crate crushed my thumb at work, it looks bent and throbs
    E en | fell from the ladder, his leg is bent the wrong way
    S en | twisted my ankle a bit, slightly swollen, I can walk on it fine
    # bites (NICE CKS bites; WHO rabies)
    U sw | paka alimuuma mtoto mkono jana, leo umevimba na ni mwekundu
    U sw | mbwa aliniuma mguu jana, damu ilitoka
    U auto | billi ne kaata kal, aaj haath suja hua hai aur lal hai
    U fr | mon chat m'a mordu la main hier, aujourd'hui c'est rouge et gonflé
    U es | el gato me mordió ayer y hoy la mano está hinchada y roja
    U pt | o gato me mordeu ontem, hoje a mão está inchada e vermelha
    """,
)

# history, another's, a neck, an area, a question, a cat that is ill: never an emergency
NOT_EMERGENCY = table(
    """
    en | my burn from last week doesn't hurt anymore, it's healing well
    en | what should I do if a burn goes white?
    en | i have white patches on my skin, no burn
    en | I self harm because I can't feel anything anymore
    auto | gardan mud nahi rahi subah se
    sw | paka wangu anaumwa, hali chakula
    auto | dard bahut kam hai ab, jalne ka nishaan reh gaya
    """,
)


@pytest.mark.parametrize(("want", "language", "text"), ROWS)
def test_level(want: str, language: str, text: str) -> None:
    assert_level(rules(), text, LEVELS[want], None if language == "auto" else language)


@pytest.mark.parametrize(("language", "text"), NOT_EMERGENCY)
def test_not_emergency(language: str, text: str) -> None:
    assert_not_emergency(rules(), text, None if language == "auto" else language)


def test_the_place_of_a_burn_is_not_chest_pain() -> None:
    for text, language in [
        ("at work hot oil hit me, part of my chest burned, red and sore", "en"),
        ("je me suis brûlé la poitrine avec la bouilloire", "fr"),
    ]:
        fired = {f.id for f in rules().assess(text, language).fired}
        assert "chest_pain" not in fired, (text, fired)


def test_a_spanish_area_is_not_shingles() -> None:
    found = rules().assess("una zona roja como una moneda en la mano, me quemé con aceite", "es")
    assert "shingles" not in found.present
    assert found.topic != "shingles"

"""Figures of speech about dying, laughs, and false friends (fig, 2026-12-07).

Family 1: "dying" said as a figure of speech (of laughter, fright, shame, heat, hunger, or with a
laugh: jaja, kkk, mdr, lol, haha) is not the feeling of dying (NHS sepsis) nor a death wish (NHS
help for suicidal thoughts), in Spanish, Portuguese, French, Swahili, Hindi (both scripts) and
English; the complaint said with it still counts ("this headache is killing me" is a headache).
The other side stays: a death wish in the same words (the crisis answer), a laugh used to play
down an overdose, "I feel like I'm dying" with chest pain or breathlessness, a plan, a farewell.

Family 2: words that mislead: Swahili "inaungua / naungua" (a burning feeling: peeing,
heartburn) and "inababuka" (peeling skin between the toes) are not a burn; "dói quando aperto",
"dabane par dard" said of a bruise or an ankle sprain that takes weight are not a tender tummy
(NHS bruises, sprains and strains), while a tender tummy, a real burn, a baby going blue and a
bone tender after a twist (Ottawa ankle rules, NICE CKS sprains) keep their level.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, U, assert_level, assert_not_emergency, rules

# --- family 1: figures of speech, the real complaint kept ------------------------------------
FIGURES: list[tuple[str, str | None, TriageLevel]] = [
    ("casi me muero del susto jaja", "es", R),
    ("anoche me mori de la resaca, hoy tengo dolor de cabeza", "es", S),
    ("me estoy muriendo de calor jaja y tengo la garganta un poco irritada", "es", S),
    ("me quiero morir de la verguenza jajaja", "es", R),
    ("me quiero morir de verguenza, me cai enfrente de mi crush", "es", R),
    ("me estoy muriendo de dolor de barriga jaja comi demasiado", "es", R),
    ("me esta matando la espalda desde que cargue las cajas ayer", "es", S),
    ("quase morri de vergonha na reunião kkkk", "pt", R),
    ("quero morrer de vergonha kkkk", "pt", R),
    ("tô morrendo de calor e com dor de garganta kkk", "pt", S),
    ("essa dor de cabeça tá me matando kkk", "pt", S),
    ("je veux mourir de honte mdr", "fr", R),
    ("je vais mourir de chaud mdr j'ai mal à la gorge", "fr", S),
    ("ce mal de tête me tue lol, j'ai pris un doliprane", "fr", S),
    ("mon dos me tue depuis que j'ai déménagé le frigo", "fr", S),
    ("kichwa kinaniua tangu asubuhi", "sw", S),
    ("nataka kufa kwa aibu haha", "sw", R),
    ("nimekufa na kicheko haha", "sw", R),
    ("nahisi nitakufa kwa njaa haha", "sw", R),
    ("pet dard se mar raha hu lol zyada kha liya", "hi", R),
    ("पेट दर्द से मर रहा हूं हाहा ज्यादा खा लिया", "hi", R),
    ("sharam se marna chahti hu lol", "hi", R),
    ("शर्म से मरना चाहती हूं हाहा", "hi", R),
    ("garmi se mar raha hu aur gala kharab hai", "hi", S),
    ("sir phat raha hai subah se", "hi", S),
    ("i want to die of embarrassment lol", "en", R),
    ("this headache is killing me lol", "en", S),
]


@pytest.mark.parametrize(("text", "language", "want"), FIGURES)
def test_figure_of_speech(text: str, language: str | None, want: TriageLevel) -> None:
    found = assert_level(rules(), text, want, language)
    assert not found.crisis, [f.id for f in found.fired]


# --- family 1, the other side: a death wish, a played-down overdose, dying with chest pain ----
DEATH_WISH: list[tuple[str, str | None]] = [
    ("quiero morirme, ya no aguanto mas", "es"),
    ("me quiero morir de tristeza", "es"),
    ("quero morrer, não aguento mais", "pt"),
    ("je veux mourir, j'en peux plus", "fr"),
    ("nataka kufa, sitaki kuishi tena", "sw"),
    ("मैं मर जाना चाहता हूं", "hi"),
    ("mar jaana chahta hun", "hi"),
    ("i want to die", "en"),
]


@pytest.mark.parametrize(("text", "language"), DEATH_WISH)
def test_death_wish_is_still_a_crisis(text: str, language: str | None) -> None:
    found = assert_level(rules(), text, U, language)
    assert found.crisis, [f.id for f in found.fired]


STILL_EMERGENCY: list[tuple[str, str | None]] = [
    ("jaja me tome 20 pastillas de paracetamol", "es"),
    ("siento que me voy a morir jaja, me duele el pecho y no puedo respirar", "es"),
    ("me voy a matar esta noche, ya tengo las pastillas", "es"),
    ("kkk tomei 20 comprimidos", "pt"),
    ("sinto que vou morrer, dor no peito e falta de ar", "pt"),
    ("mdr j'ai pris 20 comprimés de doliprane", "fr"),
    ("j'ai l'impression que je vais mourir, douleur dans la poitrine et je respire mal", "fr"),
    ("je vais me tuer ce soir", "fr"),
    ("haha nimemeza vidonge 20", "sw"),
    ("nahisi nitakufa, kifua kinauma na siwezi kupumua", "sw"),
    ("nataka kujiua leo usiku", "sw"),
    ("हाहा मैंने 20 गोलियां खा ली", "hi"),
    ("lag raha hai mar jaunga, seene me dard aur saans nahi aa rahi", "hi"),
    ("lol i took 20 pills", "en"),
    ("i feel like i'm dying lol, chest pain and can't breathe", "en"),
    ("goodbye everyone, i won't be here tomorrow", "en"),
]


@pytest.mark.parametrize(("text", "language"), STILL_EMERGENCY)
def test_still_emergency(text: str, language: str | None) -> None:
    assert_level(rules(), text, E, language)


# --- family 2: false friends, both sides ------------------------------------------------------
WORDS: list[tuple[str, str | None, TriageLevel]] = [
    # Swahili: a burning feeling and peeling skin are not a burn
    ("naungua sehemu za siri nikikojoa", "sw", S),
    ("kifua kinaungua baada ya kula", "sw", S),
    ("naungua moyoni baada ya kula chakula cha pilipili", "sw", S),
    ("ngozi inababuka katikati ya vidole vya miguu", "sw", S),
    ("ngozi ya miguu inababuka na kuwasha katikati ya vidole", "sw", S),
    # ... while a real burn keeps its level
    ("nimeungua na maji ya moto mkono mzima, malengelenge makubwa", "sw", E),
    ("mtoto ameungua na moto uso na kifua", "sw", E),
    ("mkono wangu unaungua sana baada ya kugusa pasi ya moto", "sw", E),
    # a bruise tender when pressed is not a tender tummy
    ("to com um roxo na perna onde bati na mesa, só dói quando aperto, ando normal", "pt", S),
    ("bati a barriga na quina da mesa, ficou roxo, só dói quando aperto, tô andando", "pt", S),
    ("ficou roxo no braço onde bati, dói quando encosto", "pt", S),
    ("me golpeé la pierna, tengo un moretón, me duele al tocar", "es", S),
    ("pet pe chot lagi, neel pad gaya, bas dabane pe dard hota hai, chal raha hu", "hi", S),
    ("पेट पर चोट लगी थी, नील पड़ गया, बस दबाने पर दर्द होता है, ठीक से चल रहा हूं", "hi", S),
    ("pair me neel pad gaya, dabane pe dard hota hai bas", "hi", S),
    ("i have a bruise on my tummy where i hit it, only hurts when pressed, walking fine", "en", S),
    # ... an ankle sprain that takes weight
    ("ankle me moch, dabane par dard, chal sakti hu", "hi", S),
    ("pair mud gaya, takhne me sujan hai, dabane pe dard hai, chal pa raha hu", "hi", S),
    # ... while a tender tummy, a blue baby and a tender bone keep theirs
    ("dor na barriga do lado direito, dói quando aperto e quando solto", "pt", E),
    ("meu bebê ficou roxo e não respira", "pt", E),
    ("tengo dolor de barriga, me duele al tocar", "es", E),
    ("pet me dard hai subah se. dabane par bahut dard hota hai", "hi", E),
    ("नाभि के पास दर्द, दबाने से दर्द बढ़ता है", "hi", E),
    ("पेट में चोट लगी है साइकिल के हैंडल से, दबाने पर बहुत दर्द", "hi", E),
    ("pet me dard hai, dabane par dard, chal raha hu to dard badh jata hai", "hi", E),
    ("टखना मुड़ गया, हड्डी दबाने पर दर्द, चल पा रही हूं", "hi", U),
    ("bachche ka pair mud gaya, ro raha hai, pair zameen par nahi rakh raha", "hi", U),
    ("पैर में मोच आ गई, बहुत सूजन है, खड़ा नहीं हो पा रहा", "hi", U),
]


@pytest.mark.parametrize(("text", "language", "want"), WORDS)
def test_false_friends(text: str, language: str | None, want: TriageLevel) -> None:
    assert_level(rules(), text, want, language)


NOT_EMERGENCY: list[tuple[str, str | None]] = [
    ("inaungua ukeni na kuwasha", "sw"),
    ("miguu inaungua usiku, nina kisukari", "sw"),
    ("tenho um hematoma na coxa, dói quando aperto", "pt"),
    ("हाथ पर नील पड़ गया है, दबाने से दर्द होता है", "hi"),
    ("j'ai cru mourir de rire mdr", "fr"),
    ("i'm dying lol this tummy ache after eating too much", "en"),
]


@pytest.mark.parametrize(("text", "language"), NOT_EMERGENCY)
def test_not_emergency(text: str, language: str | None) -> None:
    assert_not_emergency(rules(), text, language)

"""Scope defects found by the eleventh round's helpers (brief scope11b, 2026-12-06).

Phrasings written for this test (not taken from any evaluation set):

- history after "when": a fit, chest pain or tightness in the past tense whose "when" clause
  says a past time ("when he was 2", "quand il était petit", "cuando era niño", "when I had
  covid last year") is history, in English, Spanish, Portuguese, French, Swahili and Hindi;
  the same words with a present event ("she has a fit when she gets a fever", "chest pain when
  I walk"), a comparison ("fitting like when he was 2") or a baby's days stay where they were;
- labour now and after the birth: the French present "accouche", the Spanish and Portuguese
  "está pariendo / dando a luz / parindo" are labour now, so a stuck baby or a long labour is
  obstructed or prolonged labour (WHO, Managing complications in pregnancy and childbirth);
  "a accouché", "dio a luz", "deu à luz" are after it;
- poisons named without anyone taking them ("I keep rat poison in the shed, is it safe for
  the cat?") are not a poisoning; swallowed, drunk, eaten, got into, or with signs of
  poisoning they are (NHS poisoning);
- the ectopic warning ("you might be pregnant and…") is not shown to a man asking about
  emergency contraception for his partner; a woman asking still gets it.
"""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import engine
from tests.assistant.support import Chat, E, R, U, assert_level, joined, said

PAST_WHEN = [
    # en
    "he had a fit when he was 2",
    "my son had convulsions when he was three years old",
    "she had a seizure when she was little, will it happen again?",
    "my daughter had a febrile convulsion when she was a baby",
    "chest tightness when I had covid last year",
    "i had chest pain when i was a teenager",
    # es
    "tuvo una convulsión cuando era niño",
    "mi hija tuvo convulsiones cuando tenia 2 años",
    "mi hijo tuvo convulsiones febriles cuando era bebé",
    "me dio dolor de pecho cuando tuve covid el año pasado",
    # pt
    "ele teve uma convulsão quando era criança",
    "meu filho teve convulsao quando tinha 2 anos",
    "ela teve uma crise convulsiva quando era bebe",
    "tive dor no peito quando peguei covid ano passado",
    # fr
    "il a fait une convulsion quand il était petit",
    "mon fils a fait des convulsions quand il avait 2 ans",
    "elle a fait une crise convulsive quand elle était bébé",
    "j'ai eu une douleur thoracique quand j'ai eu le covid l'année dernière",
    # sw
    "alipata degedege wakati alipokuwa mtoto",
    "mtoto wangu alipata degedege wakati akiwa na miaka 2",
    # hi
    "जब वह छोटा था तब उसे दौरा पड़ा था",
    "उसे बचपन में दौरा पड़ा था",
    "jab wo 2 saal ka tha tab use daura pada tha",
    "jab woh chhota tha tab usko mirgi ka daura aaya tha",
]

PRESENT_WHEN = [
    ("she has a fit when she gets a fever", E),
    ("he is fitting like when he was 2", E),
    ("he had a fit today like when he was 2", E),
    ("he had a fit when he was 2 days old", E),
    ("she had a fit when she got a fever", E),
    ("my baby had a seizure when she was 2 weeks old", E),
    # history, then another one now in the same sentence
    ("he had a fit when he was 2 and now he is having another one", E),
    ("i had chest pain when i was a teenager, now its back", U),
    ("tuvo una convulsión cuando era niño y ahora está teniendo otra", E),
    ("ele teve uma convulsão quando era criança e agora está tendo outra", E),
    ("il a fait une convulsion quand il était petit et là il en refait une", E),
    ("chest tightness like when I had covid last year", E),
    ("chest pain when I walk", U),
    ("I get breathless when I climb stairs", U),
    ("me duele el pecho cuando respiro", U),
    ("tiene una convulsión cuando le da fiebre", E),
    ("está convulsionando como cuando era bebé", E),
    ("ele tem convulsão quando tem febre", E),
    ("ele ta convulsionando igual quando era pequeno", E),
    ("dor no peito quando ando", U),
    ("il fait une convulsion quand il a de la fièvre", E),
    ("il convulse comme quand il était petit", E),
    ("j'ai mal à la poitrine quand je respire", U),
    ("mtoto ana degedege wakati ana homa", E),
    ("nina maumivu ya kifua wakati ninatembea", U),
    ("jab bhi bukhar aata hai use daura padta hai", E),
    ("जब भी बुखार आता है उसे दौरा पड़ता है", E),
    ("jab wo chhota tha tab se use daure padte hai", E),
    ("mere bete ko daura pad raha hai", E),
]

LABOUR_NOW = [
    "ma sœur accouche à la maison et le bébé est coincé",
    "elle accouche depuis hier soir, le bebe descend pas",
    "ma femme accouche chez nous et le bb sort pas",
    "ma femme est en train d'accoucher depuis 20 heures et le bébé ne sort pas",
    "mi hermana está dando a luz en la casa y el bebé está atorado",
    "mi esposa está pariendo desde ayer y el bebe no sale",
    "mi esposa va a parir y lleva 20 horas de trabajo de parto",
    "minha irmã está parindo em casa e o bebê está preso",
    "ela está dando à luz em casa desde ontem e o nenem não sai",
    "my sister is giving birth at home and the baby is stuck",
]

AFTER_BIRTH = [
    # after the birth a long labour is over: not prolonged labour
    ("elle a accouché hier après 20 heures de travail, tout va bien", R),
    ("I gave birth 2 days ago after 20 hours of labour", R),
    ("di a luz hace 3 dias tras 20 horas de parto", R),
    # and a birth's heavy bleeding is still an emergency
    ("ma femme a accouché hier et elle saigne beaucoup", E),
    ("je viens d'accoucher et je saigne beaucoup, une serviette par heure", E),
    ("mi esposa dio a luz ayer y sangra mucho", E),
    ("minha mulher deu à luz ontem e está sangrando muito", E),
]

POISON_TAKEN = [
    "my son drank bleach",
    "the baby got into the rat poison",
    "he was playing with the rat poison and now he is very drowsy",
    "il a bu de la javel",
    "mon fils a avalé du pesticide",
    "ma fille a mangé de la mort aux rats",
    "tomou veneno de rato",
    "meu filho bebeu agua sanitaria",
    "o bebe pegou o chumbinho e botou na boca",
    "meu filho mexeu no veneno de rato e agora ta sonolento",
    "intoxicação por chumbinho",
    "mi hijo se tomo el cloro",
    "el niño bebio gasolina",
    "mtoto amekunywa sumu ya panya",
    "amekunywa sumu",
    "mtoto amekunywa mafuta ya taa",
    "bachche ne chuhe marne ki dawai kha li",
    # a child found with it, or signs after an exposure (NHS poisoning)
    "the toddler was found with an open bottle of bleach",
    "a criança estava com o frasco de veneno de rato aberto",
    "le bébé avait la bouteille de javel ouverte dans les mains",
    "el niño estuvo jugando con el raticida y ahora vomita sin parar",
    "mon fils a joué avec la mort aux rats et maintenant il est très somnolent",
    "meu filho cheirou gasolina e está tonto e vomitando",
]

CHEMICAL_OTHERWISE = [
    # not swallowed, and still an emergency by another red flag (burns, eyes, fumes)
    "me queme el brazo con acido de destapacaños, una quemadura quimica",
    "queimei o braco com soda caustica do desentupidor, queimadura quimica",
    "je me suis brulé la main avec de l'acide",
    "espirrou agua sanitaria no olho do meu filho",
    "me salpicó lejía en el ojo y me arde mucho",
    "misturei cloro com agua sanitaria e estou com falta de ar",
    "j'ai mélangé javel et vinaigre, je respire mal",
]

POISON_KEPT = [
    "tenho veneno de rato em casa, é perigoso para o cachorro?",
    "posso guardar agua sanitaria perto da comida?",
    "tengo matarratas en casa, ¿es peligroso para el perro?",
    "usé lejía para limpiar el baño, ¿cuánto tiempo ventilo?",
    "j'ai de la javel à la maison, c'est dangereux pour le chien ?",
    "est-ce que l'essence est inflammable",
    "on a mis du pesticide dans le jardin, le chien peut sortir ?",
    "we keep rat poison in the shed, is it safe for the cat?",
    "nina sumu ya panya nyumbani, ni hatari kwa mbwa?",
    "ghar me chuhe marne ki dawai rakhi hai, kutte ke liye khatarnak hai?",
]


@pytest.mark.parametrize("text", PAST_WHEN)
def test_a_past_when_clause_dates_the_finding_before_it(text: str) -> None:
    found = engine().assess(text, None)
    assert found.level is R, (text, found.level, [f.id for f in found.fired])


@pytest.mark.parametrize(("text", "level"), PRESENT_WHEN)
def test_a_present_when_clause_keeps_the_finding(text: str, level: object) -> None:
    assert_level(engine(), text, level)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", LABOUR_NOW)
def test_labour_now_with_the_baby_stuck_or_long_is_an_emergency(text: str) -> None:
    found = assert_level(engine(), text, E)
    fired = {f.id for f in found.fired}
    assert fired & {"labour_prolonged", "labour_danger_signs"}, (text, fired)


@pytest.mark.parametrize(("text", "level"), AFTER_BIRTH)
def test_after_the_birth(text: str, level: object) -> None:
    found = assert_level(engine(), text, level)  # type: ignore[arg-type]
    assert "labour_prolonged" not in {f.id for f in found.fired}, text


@pytest.mark.parametrize("text", POISON_TAKEN)
def test_a_poison_taken_is_a_poisoning(text: str) -> None:
    found = assert_level(engine(), text, E)
    assert "poisoning" in {f.id for f in found.fired}, text


@pytest.mark.parametrize("text", CHEMICAL_OTHERWISE)
def test_a_chemical_on_the_skin_in_the_eye_or_breathed_in(text: str) -> None:
    assert_level(engine(), text, E)


@pytest.mark.parametrize("text", POISON_KEPT)
def test_a_poison_only_named_is_not(text: str) -> None:
    found = engine().assess(text, None)
    assert found.level is not E, (text, [f.id for f in found.fired])
    assert "poison_named" in found.present, text


ECTOPIC = said("ectopic_signs").split(" and ")[1]  # the signs, whoever they are said of


@pytest.mark.parametrize(
    "text",
    [
        "im a guy, had sex without a condom last night with my girlfriend",
        "I'm a man, the condom broke with my wife yesterday, what do we do",
        "came inside my girlfriend last night, where can she get the morning after pill",
    ],
)
def test_no_pregnancy_warning_for_a_man_asking_for_his_partner(text: str) -> None:
    reply = joined(Chat().send(text))
    assert "morning after pill" in reply, reply
    assert ECTOPIC not in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "the condom split last night and i dont want to get pregnant",
        "i forgot my pill twice this week and had sex",
    ],
)
def test_the_pregnancy_warning_stays_for_her(text: str) -> None:
    reply = joined(Chat().send(text))
    assert ECTOPIC in reply, reply

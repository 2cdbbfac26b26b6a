"""Past history and someone else's story in every language we help in fully (brief hist,
2026-12-07).

Phrasings written for this test (not taken from any evaluation set):

- a time long past said first or after ("hace 5 años", "há 3 anos", "il y a 3 ans", Kreyol "sa
  gen 3 lane", "miaka 5 iliyopita", "5 साल पहले", "2018 mein"), fine ever since ("desde
  entonces bien", "c'est du passé", "tangu hapo niko sawa", "tab se theek") and the age a
  relative had it at ("a los 50", "aos 50", "à 50 ans", "50 ki umar mein") date a heart attack
  or a stroke: a question about stopping smoking, driving or viagra is not an emergency, and
  a cold is self-care (NHS colds; NHS heart attack and stroke recovery; NICE CKS CVD risk);
- someone else's death ("murió de", "morreu de", "te mouri ak", "alifariki kwa", "ki maut")
  is not the writer's complaint, nor their heart condition;
- a new event now ("y hoy amaneció con la boca torcida", "e hoje voltou a dor no peito", "na leo
  asubuhi mdomo umepinda", "otra vez desde esta mañana") stays an emergency.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, S, assert_level, assert_not_emergency, rules

LEVELS = [
    # Spanish
    (
        "tuve un derrame cerebral hace 5 años, ya me recuperé. ahora solo tengo un resfriado con "
        "mocos",
        S,
    ),
    (
        "mi papá tuvo un infarto a los 50, yo tengo 45 y quiero saber si debo revisarme el "
        "colesterol",
        R,
    ),
    ("hola, hace 4 años me dio un infarto, estoy bien desde entonces. ¿puedo tomar viagra?", R),
    ("tuve un infarto en 2018, ya estoy bien, solo tengo moqueo y estornudos", S),
    ("tuve un derrame hace 5 años y ahora tengo el brazo débil otra vez desde esta mañana", E),
    ("hace 3 años tuve un infarto y hoy me volvió el dolor de pecho muy fuerte", E),
    ("mi papá tuvo un derrame hace 3 años y hoy amaneció con la boca torcida y no puede hablar", E),
    ("hace 5 años tuve una convulsión, hoy tuve otra", E),
    # Portuguese
    ("tive um AVC faz 5 anos, já me recuperei. agora só estou resfriado com coriza", S),
    ("tive um infarto ha 4 anos, desde então tudo bem. posso tomar viagra?", R),
    ("quando era criança tive convulsão, desde então nada. agora estou gripado com tosse", S),
    ("tive um infarto em 2018, hoje estou bem, só tenho coriza e espirros", S),
    ("tive um AVC há 5 anos e agora meu braço ficou fraco de novo desde hoje de manhã", E),
    ("há 3 anos tive um infarto e hoje voltou a dor no peito muito forte", E),
    ("meu pai teve um derrame há 3 anos e hoje acordou com a boca torta e não consegue falar", E),
    # French and Haitian Kreyol read as French
    ("mon père a fait un AVC il y a 3 ans, peut-il reprendre le volant ?", R),
    ("j'ai eu un AVC il y a 5 ans, je suis remis. là j'ai juste un rhume avec le nez qui coule", S),
    ("l'enfant de la voisine est mort d'une méningite l'année dernière et mon fils a un rhume", S),
    ("mon grand-père est mort d'une crise cardiaque et moi j'ai la grippe avec des courbatures", S),
    ("mwen te fè yon AVC sa gen 3 lane, kounye a mwen gen yon grip sèlman", S),
    ("papa m te fè yon kriz kè sa gen 5 an, eske li ka kondi machin ankò ?", R),
    (
        "j'ai fait un AVC il y a 5 ans et maintenant mon bras est faible à nouveau depuis ce matin",
        E,
    ),
    (
        "mon père a fait un AVC il y a 3 ans et ce matin il a la bouche tordue et n'arrive plus "
        "à parler",
        E,
    ),
    ("mwen te fè yon AVC sa gen 5 lane e kounye a bra m fèb ankò depi maten an", E),
    ("mwen te fè yon kriz kè sa gen 4 an, mwen byen depi lè sa a. èske m ka pran viagra ?", R),
    # Swahili
    ("baba yangu alipata kiharusi miaka 3 iliyopita, je anaweza kuendesha gari tena?", R),
    (
        "nilikuwa na kifafa nilipokuwa mtoto, tangu hapo niko sawa. sasa nina homa ya mafua na "
        "kikohozi",
        S,
    ),
    ("nilipata shambulio la moyo mwaka 2019, sasa niko sawa. naweza kutumia viagra?", R),
    ("nilipata kiharusi miaka 5 iliyopita na sasa mkono wangu ni dhaifu tena tangu asubuhi", E),
    ("baba alipata kiharusi miaka 3 iliyopita na leo asubuhi mdomo umepinda na hawezi kuongea", E),
    # Hindi, in Devanagari and in Latin letters
    ("3 साल पहले मुझे लकवा हुआ था, अब ठीक हूँ। अभी बस जुकाम है", S),
    ("मुझे 2018 में स्ट्रोक हुआ था, अब बिल्कुल ठीक हूं, बस नाक बह रही है और छींक आ रही है", S),
    ("3 साल पहले हार्ट अटैक आया था और आज फिर से सीने में तेज दर्द हो रहा है", E),
    ("mere papa ko 3 saal pehle lakwa hua tha, kya wo gaadi chala sakte hain?", R),
    ("3 saal pehle heart attack aaya tha aur aaj phir se seene mein tez dard ho raha hai", E),
]

# Routine, not self-care, but never an emergency: an English word in a past clause ("stroke") is
# still read by the English reading, which knows no Swahili or Hindi time words, and a past or
# someone else's illness named still chooses the topic beside today's cold.
NOT_EMERGENCY = [
    "3 saal pehle mujhe stroke hua tha, ab theek hoon. abhi bas zukam hai",
    "mujhe 2018 mein stroke hua tha, ab bilkul theek hoon, bas naak beh rahi hai",
    "nilipata stroke miaka 5 iliyopita, sasa nina mafua tu",
    # a past or someone else's illness named still chooses the topic beside today's cold
    "el hijo de la vecina murió de meningitis el año pasado y mi niño tiene un resfriado, "
    "solo mocos",
    "j'ai fait des convulsions quand j'étais petit, c'est du passé. là j'ai la grippe et je tousse",
    "pitit vwazin nan te mouri ak meningite ane pase, pitit mwen an gen yon ti rim",
    "mtoto wa jirani alifariki kwa homa ya uti wa mgongo mwaka jana, mtoto wangu ana mafua tu",
    "पड़ोसी के बच्चे की पिछले साल दिमागी बुखार से मौत हो गई, मेरे बेटे को बस जुकाम है",
    "hace 5 años tuve un infarto y me pusieron stent, ahora bien. quiero dejar de fumar",
    "hace años tuve un infarto, todo bien. tengo tos y congestión desde ayer",
    "há 5 anos tive um infarto e coloquei stent, agora estou bem. quero parar de fumar",
    "meu pai teve um infarto aos 50, eu tenho 48 e quero saber se devo fazer exames",
    "mon père a fait un infarctus à 50 ans, j'ai 47 ans, je dois faire un bilan ?",
    "lè m te piti mwen te konn fè kriz, c'est du passé. kounye a mwen gen rim ak tous",
    "granpapa m te mouri ak kriz kè, mwen menm mwen gen grip ak kò fè m mal",
    "mwen te fè yon kriz kè sa gen 4 an, mwen byen depi lè sa a. èske m ka pran viagra ?",
    "nilipata mshtuko wa moyo miaka 5 iliyopita, sasa niko sawa. nataka kuacha kuvuta sigara",
    "मेरे पापा को 50 की उम्र में हार्ट अटैक आया था, मुझे कौन से टेस्ट कराने चाहिए?",
    "mere papa ko 50 ki umar mein heart attack aaya tha, mujhe kaunse test karwane chahiye?",
    "5 saal pehle mujhe heart attack aaya tha, stent pada tha, ab theek hoon. smoking chhodni hai",
]


@pytest.mark.parametrize(("text", "want"), LEVELS)
def test_history_and_others_stories(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_a_past_or_relatives_event_is_not_an_emergency(text: str) -> None:
    assert_not_emergency(rules(), text)

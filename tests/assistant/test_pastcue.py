"""History cues said before the finding in Spanish, Portuguese and French (pastcue, 2026-12-07).

A time-ago phrase with a past tense leading the clause dates the finding ("el año pasado tuve un
infarto, ahora quiero saber…", "ano passado tive convulsão, hoje só quero…", "l'année dernière
j'ai fait un AVC, maintenant…"): a follow-up question after a past heart attack, stroke or fit is
routine (NHS heart attack recovery, stroke recovery, epilepsy; NICE CG172, NG128). A current
sign said after it ("y ahora otra vez me duele el pecho", "e hoje acordou com a boca torta",
"et la douleur reprend") keeps the emergency (NHS 999: chest pain, FAST, a fit over 5 minutes);
so does a current sign said first. Swahili, Hindi (both scripts) and English are checked alike.
An activity taken up again ("reprendre le sport", "recommencer à conduire") is not the illness back.
"""

from __future__ import annotations

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, R, assert_level, rules

ROWS: list[tuple[str, TriageLevel]] = [
    ("el año pasado tuve un infarto, ahora quiero saber si puedo hacer ejercicio", R),
    ("el ano pasado me dio un infarto y quiero saber que dieta seguir", R),
    (
        "el año pasado tuve un infarto y ahora otra vez me duele el pecho muy fuerte y sudo frio",
        E,
    ),
    ("hace un año tuve un derrame cerebral, ahora estoy bien, puedo manejar?", R),
    ("hace 5 años me operaron del corazon, quiero saber cada cuanto hacerme chequeo", R),
    (
        "hace 3 años tuve una convulsion, ahora quiero saber si puedo sacar licencia de conducir",
        R,
    ),
    (
        "hace 3 años tuve una convulsion y ahora mi hijo esta convulsionando otra vez "
        "hace 10 minutos",
        E,
    ),
    (
        "mi papa tuvo un derrame el año pasado y hoy amanecio con la boca torcida y no "
        "puede hablar",
        E,
    ),
    ("el año pasado a mi mama le dio un derrame, que puedo hacer para prevenir otro?", R),
    (
        "l'année dernière j'ai fait un AVC, maintenant je voudrais savoir si je peux "
        "reprendre le sport",
        R,
    ),
    ("l annee derniere j ai fait un infarctus, maintenant je veux savoir quoi manger", R),
    (
        "l'année dernière j'ai fait un infarctus et maintenant j'ai de nouveau une "
        "douleur forte dans la poitrine",
        E,
    ),
    (
        "il y a 5 ans j'ai fait une crise d'épilepsie, aujourd'hui je veux juste savoir "
        "si je peux conduire",
        R,
    ),
    ("y a 2 ans on m a opéré du coeur, je voudrais un bilan", R),
    ("il y a 2 ans il a fait un AVC et depuis ce matin il ne peut plus bouger le bras droit", E),
    ("ano passado tive convulsão, hoje só quero saber se posso dirigir", R),
    ("ano passado tive um infarto, agora quero saber se posso fazer academia", R),
    ("ano passado tive um infarto e agora estou com dor forte no peito de novo suando frio", E),
    ("há um ano tive um AVC, agora quero saber sobre a alimentação", R),
    ("faz 5 anos que me operaram do coração, quero fazer check up", R),
    (
        "há 4 anos meu filho teve convulsão com febre, hoje só quero saber se pode tomar vacina",
        R,
    ),
    ("há 4 anos meu filho teve convulsão e agora está convulsionando de novo e não acorda", E),
    ("ano passado minha mãe teve AVC e hoje acordou com a boca torta e sem falar direito", E),
    ("em 2020 tive trombose na perna, posso tomar anticoncepcional?", R),
    ("mwaka jana nilipata kiharusi, sasa nataka kujua kama naweza kuendesha gari", R),
    ("miaka mitatu iliyopita nilipata shambulio la moyo, sasa nataka kujua chakula bora", R),
    ("mwaka jana nilipata kiharusi na sasa hivi mdomo umepinda na siwezi kuongea", E),
    (
        "पिछले साल मुझे हार्ट अटैक आया था, अब मैं जानना चाहता हूं कि क्या मैं व्यायाम कर सकता हूं",
        R,
    ),
    ("पिछले साल हार्ट अटैक आया था और अब फिर से सीने में तेज दर्द है और पसीना आ रहा है", E),
    ("pichle saal mujhe heart attack aaya tha, ab bas diet ke bare me jaana hai", R),
    ("pichle saal stroke hua tha aur aaj subah se muh tedha ho gaya aur bol nahi pa rahe", E),
    ("last year I had a heart attack, now I want to know if I can fly", R),
    (
        "last year I had a heart attack and now I have crushing chest pain again and I am sweating",
        E,
    ),
    ("5 years ago I had a seizure, now I just want to ask about driving", R),
    ("tengo dolor fuerte en el pecho y sudo frio, el año pasado tuve un infarto", E),
    (
        "j'ai une douleur forte dans la poitrine qui serre, l'année dernière j'ai fait "
        "un infarctus",
        E,
    ),
    ("estou com dor forte no peito e suando, ano passado tive infarto", E),
    (
        "hace un año tuve dolor de pecho, me hicieron estudios y todo normal, quiero un chequeo",
        R,
    ),
    ("el año pasado tuve neumonia, ahora quiero vacunarme", R),
    (
        "l'année passée j'ai eu une méningite, maintenant je voudrais savoir si je dois "
        "faire un rappel de vaccin",
        R,
    ),
    ("ano passado tive meningite, agora quero saber sobre vacina", R),
    ("mi hija tuvo convulsiones el año pasado y ahora no despierta y respira raro", E),
    ("el año pasado me dio un infarto y ahora tengo dolor opresivo en el pecho con sudor", E),
    ("el ano pasado tuve un derrame y de nuevo se me torcio la boca y no puedo hablar bien", E),
    (
        "hace un año tuve convulsiones y ahora le volvio a dar una convulsion que no "
        "para hace 10 minutos",
        E,
    ),
    (
        "l'année dernière j'ai fait un infarctus et la douleur dans la poitrine reprend "
        "avec des sueurs",
        E,
    ),
    ("ano passado tive AVC e agora o braço ficou fraco de novo e a boca torta", E),
    ("no ano passado tive infarto e hoje estou com dor forte no peito e suor frio", E),
    ("quiero volver a trabajar, el año pasado tuve un infarto, que me recomiendan", R),
    ("j ai fait un avc l annee derniere, je voudrais recommencer a conduire", R),
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_level(text: str, want: TriageLevel) -> None:
    assert_level(rules(), text, want)

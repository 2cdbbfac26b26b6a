"""Our own emergency probes in every language (issues 10/11: no emergency missed).

``tests/data/probe9.jsonl`` holds 170 emergencies we wrote from the NHS "when to call 999"
pages, NHS 111 red flags, WHO IMCI danger signs and the WHO fact sheets (snakebite,
poisoning, drowning, maternal health): 30 English (UK, Nigerian, Kenyan, Indian, Filipino
idiom), 20 each Spanish, Portuguese, French, Swahili, Hindi (10 Devanagari, 10 Latin
letters) and 5 each in the eight safety-net languages. Every one must reach its reference
level with its country's local diseases, as ``evaluate.score`` reads them.

The families the probes found, fixed by their general cause and checked here on fresh
paraphrases: a scald from hot food or oil named before it lands on someone, with the skin
coming off, raw, or over two large parts (en, es, fr, pt, sw, hi); a sting with the one stung
named in between in Hindi, and the scorpion spelt "bicchu"; a Yoruba snake bite typed
"bùjẹ"; a Zulu "unyoka"; an Amharic fit said as shaking that does not stop. Near look-alikes
on each side stay below emergency.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from selfcare.events import TriageLevel
from tests.assistant.support import E, assert_level, local_of, rules

DATA = Path(__file__).resolve().parents[1] / "data" / "probe9.jsonl"
CASES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_probe_reaches_its_level(case: dict[str, str]) -> None:
    found = rules().assess(case["text"], None, local_of(case["country"]))
    want = TriageLevel(case["triage"])
    assert found.level.rank <= want.rank, (
        case["id"],
        case["text"],
        found.level.value,
        [f.id for f in found.fired],
    )


def test_probe_set_is_what_the_brief_asked() -> None:
    langs = [c["lang"] for c in CASES]
    assert langs.count("en") == 30
    for lang in ("es", "pt", "fr", "sw", "hi"):
        assert langs.count(lang) == 20, lang
    scripts = [c.get("script") for c in CASES if c["lang"] == "hi"]
    assert scripts.count("deva") == scripts.count("latn") == 10
    for lang in ("ar", "bn", "id", "ha", "yo", "zu", "am", "tl"):
        assert langs.count(lang) == 5, lang


@pytest.mark.parametrize(
    "text",
    [
        # hot food or oil landing on someone, large or with the skin coming off or raw
        "a pot of hot stew fell on my little boy's tummy and legs, skin looks white in places",
        "boiling ugali tipped onto her arm and chest and the skin is peeling off",
        "le cayó la olla de caldo hirviendo en las piernas y la espalda",
        "se quemó con aceite y tiene la mano en carne viva",
        "la casserole d'eau bouillante est tombée sur le petit, sa peau se décolle",
        "la soupe brûlante s'est renversée sur ses cuisses et son ventre",
        "o óleo da fritadeira espirrou no peito e nos braços dele, ficou em carne viva",
        "sufuria ya uji wa moto imemwagikia mtoto miguu na tumbo, ngozi inatoka",
        "गर्म दाल बच्चे के सीने और पेट पर गिर गई, खाल उतर गई",
        "garam daal bachhe ke seene aur pet pe gir gayi, chamdi nikal gayi",
        # a sting with the one stung named between, a child sweating and being sick
        "बिच्छू ने कल रात मेरी 3 साल की बेटी को डंक मारा, बहुत पसीना आ रहा है और उल्टी",
        "bichhoo ne mere 2 saal ke bete ke pair me kaat liya, bahut pasina aur ulti",
        # safety net: a snake bite (Yoruba, Zulu), a fit that goes on (Amharic)
        "ejo buje baba mi ni oko",
        "ejo ti bu omo mi lese",
        "unyoka umlumile ugogo",
        "umntwana ulunywe ngunyoka emasimini",
        "ልጄ እየተንቀጠቀጠ ነው አልቆመም",
        "አባቴ ሰውነቱ እየተንቀጠቀጠ ነው ለ10 ደቂቃ አላቋረጠም",
    ],
)
def test_fixed_families_are_emergencies(text: str) -> None:
    assert_level(rules(), text, E)


@pytest.mark.parametrize(
    "text",
    [
        # hot food that lands on a plate, or is eaten, is no scald
        "I love hot curry all over my rice",
        "poured hot gravy over my son's rice",
        "had some hot dal for lunch and my stomach hurts",
        # two body parts that ache, with no burn said
        "me duele la espalda y las piernas desde ayer",
        "j'ai mal au dos et aux jambes depuis hier",
        "garam paani se nahaya, seene aur pet mein dard hai",
        "garmi mein peeth aur pet pe daane",
        # a liquid spilt on clothes
        "le café est tombé sur ma robe",
        "o óleo caiu na minha roupa",
        # a small burn, a mosquito bite
        "se quemó un dedito con la plancha, está rojo nada más",
        "machhar ne bachhe ko bahut kaata hai, daane nikal aaye",
        # a snake seen, not a bite; shivers with a cold or a fever
        "mo ri ejo kan ni oko lana",
        "ngibone unyoka egcekeni izolo",
        "ብርድ እያንቀጠቀጠው ነው አያቆምም",
        "ትኩሳት አለው እየተንቀጠቀጠ ነው አላቆመም",
    ],
)
def test_look_alikes_stay_below_emergency(text: str) -> None:
    found = rules().assess(text, None, frozenset())
    assert found.level is not E, (text, [f.id for f in found.fired])
    assert not any(f.id == "serious_burn" for f in found.fired), text

"""Portuguese (Brazil) topic files that used to fall back to English (topics8, 2026-12).

Fourteen self-care topics (a stye, a boil, dry skin, a baby bringing up milk, the morning after
pill...) had no Portuguese text: a plain question about them found its topic only through its
findings, if at all, and the advice came back in English. Every message here is our own, written
the way Brazilians type on WhatsApp (no accents, "to", "ta", slang); each must now find its topic
at the topic's own default level, and the advice must come back in Portuguese. Two words the new
topics brought to light are fixed in the findings: the nipple ("bico do peito") is not the chest,
and "toda mamada" (every feed) is not "toda mamada" (drunk). Rules are tested without the
similarity layer.
"""

from __future__ import annotations

import pytest

from . import topics_helper as topics

RULES = topics.RULES

BRAZIL = "+5511987654321"

WRITTEN = (
    "baby_posseting",
    "bladder_leaks",
    "boils",
    "breast_pain",
    "breastfeeding_problems",
    "cholesterol",
    "contraception",
    "cradle_cap",
    "dry_eyes",
    "dry_skin",
    "erection_problems",
    "medicine_questions",
    "muscle_aches",
    "stye",
)

PORTUGUESE = [
    ("meu bebe golfa depois de toda mamada", "baby_posseting"),
    ("minha bebe de 2 meses vive golfando leite", "baby_posseting"),
    ("perco xixi quando tusso ou dou risada", "bladder_leaks"),
    ("escapa xixi quando eu espirro", "bladder_leaks"),
    ("estou com um furunculo na coxa que doi", "boils"),
    ("nasceu um furunculo no sovaco", "boils"),
    ("meus seios ficam doloridos antes da menstruacao", "breast_pain"),
    ("toda vez que chega a tpm meus seios doem", "breast_pain"),
    ("dor no bico do peito quando amamento", "breastfeeding_problems"),
    ("to com os mamilos doloridos de amamentar", "breastfeeding_problems"),
    ("como baixar o colesterol sem remedio", "cholesterol"),
    # stopping a statin alone is the prescriber's review since regmed (test_regmed.py); a diet
    # question stays the topic's own
    ("quais alimentos ajudam a baixar o colesterol?", "cholesterol"),
    ("esqueci de tomar a pilula dois dias", "contraception"),
    # the morning after pill wanted is urgent since fix10u (time-limited); questions stay self-care
    ("esqueci de tomar a pilula ontem, o que eu faco", "contraception"),
    ("meu bebe tem crosta lactea na cabeca", "cradle_cap"),
    ("crostinha na cabeca do bebe, o que passar", "cradle_cap"),
    ("estou com os olhos secos de tanto ficar no computador", "dry_eyes"),
    ("olho seco de tanto ficar no celular", "dry_eyes"),
    ("minha pele ta muito seca e descamando", "dry_skin"),
    ("maos rachadas de tanto lavar", "dry_skin"),
    ("meu marido ta com problema de erecao", "erection_problems"),
    ("nao consigo manter a erecao com minha esposa", "erection_problems"),
    ("posso tomar dipirona amamentando?", "medicine_questions"),
    ("esqueci de tomar o remedio da pressao ontem", "medicine_questions"),
    ("to com dor muscular depois da academia", "muscle_aches"),
    ("meus musculos estao doloridos do treino", "muscle_aches"),
    ("acordei com um tercol no olho", "stye"),
    ("estou com tercol ha 3 dias", "stye"),
]


@pytest.mark.parametrize(("text", "topic"), PORTUGUESE)
def test_a_message_finds_its_new_topic_at_its_default_level(text: str, topic: str) -> None:
    topics.finds_topic(text, "pt", topic, topics.default_level(topic))


def test_every_written_topic_is_tested_and_no_longer_a_fallback() -> None:
    assert {topic for _, topic in PORTUGUESE} == set(WRITTEN)
    for topic in WRITTEN:
        topics.not_a_fallback("pt", topic)


@pytest.mark.parametrize(
    ("text", "topic", "level"),
    [
        # the chest is still the chest, with or without a nipple or a baby nearby
        # (romance14 2026-12-06: "forte" after the place is severe, as "dor forte no peito")
        ("dor no peito forte", "chest_pain", "emergency"),
        ("meu peito doi quando dou de mamar", "chest_pain", "urgent"),
        ("dor no peito e no bico do peito", "chest_pain", "urgent"),
        # drunk is still drunk when said of a person
        ("ela ta toda mamada e vomitando", "alcohol_drugs", "urgent"),
    ],
)
def test_a_near_word_keeps_its_own_reading(text: str, topic: str, level: str) -> None:
    found = RULES.assess(text, "pt")
    assert found.topic == topic, found
    assert found.level.value == level, found


def test_a_baby_bringing_up_milk_after_every_feed_is_not_drunk() -> None:
    found = RULES.assess("meu bebe golfa depois de toda mamada", "pt")
    assert "drunk" not in found.present, found
    assert not found.fired, found


@pytest.mark.parametrize(
    ("text", "title", "line", "english"),
    [
        (
            "acordei com um tercol no olho",
            "*Terçol na pálpebra*",
            "Não esprema nem estoure o terçol",
            "Do not squeeze or burst",
        ),
        (
            "minha pele ta muito seca e descamando",
            "*Pele seca*",
            "hidratante simples, sem perfume",
            "unperfumed moisturiser",
        ),
        (
            "meu bebe golfa depois de toda mamada",
            "*Bebê golfando leite*",
            "Segure o bebê em pé durante a mamada",
            "Hold your baby upright",
        ),
    ],
)
def test_the_advice_comes_back_in_portuguese(
    text: str, title: str, line: str, english: str
) -> None:
    _, said = topics.reply(BRAZIL, "55", text)
    topics.says(said, title, line)
    topics.never_says(said, english)

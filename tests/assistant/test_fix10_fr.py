"""French from the tenth round's families (own phrasings): a condom's failure said with the
feminine or plural agreement ("capote craquée"), being followed or watched said with who (NHS
psychosis: same-day help), and "tempe" read as the temple unless a reading follows. Both sides."""

from __future__ import annotations

from selfcare.assistant.engine import engine

REACHES = [
    (
        "la capote s est dechiree cette nuit, je veux la pilule du lendemain",
        "emergency_contraception",
    ),
    ("preservatif perce hier soir, je ne prends rien d autre", "emergency_contraception"),
    ("notre capote est restee dedans samedi", "emergency_contraception"),
    (
        "ma mere croit que les voisins l espionnent par la fenetre et ne dort plus",
        "psychosis_signs",
    ),
    ("il est persuade que la police le traque depuis une semaine", "psychosis_signs"),
    ("elle dit que des gens la suivent partout et veulent lui faire du mal", "psychosis_signs"),
    # 'tempe' unaccented is the temple: with jaw pain on chewing, an urgent headache sign (GCA)
    (
        "ma grand mere 84 ans a mal aux tempes et a la machoire quand elle mastique",
        "headache_red_flags",
    ),
]

NOT = [
    ("la police poursuit les voleurs dans mon quartier, j ai mal a la tete", "psychosis_signs"),
    ("mon fils dit que des gens le suivent sur instagram, il a mal au ventre", "psychosis_signs"),
    (
        "on utilise la pilule depuis 2 ans, aucun souci, question sur les regles",
        "emergency_contraception",
    ),
]


def test_tempe_is_the_temperature_only_with_a_reading_or_a_rise() -> None:
    fever = {
        "mon fils fait de la tempe depuis ce matin": True,
        "il a de la tempe et des courbatures": True,
        "mal a la tempe droite depuis hier": False,
        "je me suis cogne la tempe contre la porte": False,
    }
    read = {t: "fever" in engine().understand(t, "fr").present for t in fever}
    assert read == fever


def test_the_family_reaches_its_red_flag() -> None:
    failed = [
        (text, flag)
        for text, flag in REACHES
        if flag not in {f.id for f in engine().assess(text, "fr").fired}
    ]
    assert not failed


def test_look_alikes_do_not_fire_it() -> None:
    failed = [
        (text, flag)
        for text, flag in NOT
        if flag in {f.id for f in engine().assess(text, "fr").fired}
    ]
    assert not failed

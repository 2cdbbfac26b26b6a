"""The speed-ups of respond() change no output: the topic-alias index split by first two
words finds what a scan of every alias beginning with the word finds, keep()'s shortcut
keeps what its per-letter pass keeps, and understood() shares assess's English reading."""

from __future__ import annotations

import unicodedata

import pytest

from selfcare.assistant.engine import engine
from selfcare.assistant.engine.text import keep
from selfcare.assistant.engine.topics import TopicIndex
from selfcare.assistant.engine.understand import Understanding


def _scan(index: TopicIndex, u: Understanding) -> dict[str, float]:
    """The alias scores as they were found before: every alias beginning with the word,
    longest first, without the supposition rule (``ahead`` empty)."""
    scores: dict[str, float] = {}
    tokens = u.text.split()
    offset, covered_to = 0, -1
    for i, token in enumerate(tokens):
        for words, topic in index.by_first.get(token, ()):
            n = len(words)
            if tuple(tokens[i : i + n]) == words:
                if i + n > covered_to and not u.negated_at(offset):
                    covered_to = i + n
                    scores[topic] = scores.get(topic, 0.0) + len(" ".join(words))
                break
        offset += len(token) + 1
    return scores


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "my little boy has a sore throat and a blocked nose, no rash on his tummy"),
        ("en", "I have got a bad back and my knee hurts when I climb the stairs"),
        ("es", "me duele mucho la cabeza y tengo la nariz tapada desde ayer"),
        ("es", "mi hija tiene dolor de oido y se me olvido darle la medicina"),
        ("fr", "j'ai mal a la gorge et le nez qui coule depuis trois jours"),
        ("sw", "mtoto wangu ana kikohozi na homa kidogo tangu jana"),
    ],
)
def test_alias_index_finds_what_a_full_scan_finds(language: str, text: str) -> None:
    e = engine()
    u = e.understand(text, language)
    index = e.index(language)
    assert index._alias_scores(u) == _scan(index, u)


def test_alias_at_the_end_of_a_message_and_alone() -> None:
    e = engine()
    index = e.index("en")
    for text in ("sore throat", "throat", "it is a sore", "sore"):
        u = e.understand(text)
        assert index._alias_scores(u) == _scan(index, u)


@pytest.mark.parametrize(
    "text",
    [
        "plain ascii\nwith a newline",
        "tab\there and a bell\x07",
        "accents: fièvre, niño, ação",
        "zero\u200bwidth and\u00a0nbsp",
        "देवनागरी मात्राएँ",
        "emoji 😀 and a line\u2028separator",
        "fièvre\x07 et toux\nle soir",  # other letters and a control character (speed10)
        "\x00\x7f niño",
        "",
    ],
)
def test_keep_matches_its_letter_by_letter_rule(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text)
    for ascii_only in (True, False):
        if ascii_only:
            want = "".join(
                ch for ch in decomposed if ch.isascii() and (ch.isprintable() or ch == "\n")
            )
        else:
            want = "".join(
                ch
                for ch in decomposed
                if not "\u0300" <= ch <= "\u036f"
                and (ch.isprintable() or ch == "\n" or unicodedata.combining(ch))
            )
        assert keep(decomposed, ascii_only) == want


def test_understood_shares_the_english_reading_with_assess() -> None:
    e = engine()
    text = "my throat has been scratchy since the weekend, speed9 check"
    e.understood(text, "en")
    before = e._reading.cache_info().hits  # type: ignore[attr-defined]
    e.assess(text, "en")
    assert e._reading.cache_info().hits == before + 1  # type: ignore[attr-defined]

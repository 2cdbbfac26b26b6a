"""Speed-ups of the reading that must not change what is read: a reader trying each finding
only at the word starts that may begin it (with word beginnings remembered between messages)
finds what every pattern run over the whole text finds; the safety net's statements matched
case-sensitively in lower-cased text find what they find with IGNORECASE."""

from __future__ import annotations

import pytest

from selfcare.assistant.engine import Engine
from selfcare.assistant.engine.patterns import PatternStore

# Our own phrasings, in the languages read and the safety net's, some in odd case and script.
READ = (
    "my little boy is 3 and has had a high temp since yesterday, floppy and not drinking",
    "sudden worst headache of my life an hour ago, threw up twice, neck feels stiff",
    "no chest pain, no breathlessness. Just a tickly cough for about 10 days",
    "mi madre de 80 años se cayó y ahora no puede mover la pierna, le duele mucho la cadera",
    "mon fils de 5 ans vomit depuis ce matin et il a mal au ventre à droite",
    "minha filha de 6 meses está com tosse e respira com dificuldade",
    "mama yangu ana homa na maumivu ya kichwa tangu jana, pia anatapika",
    "mujhe 3 din se bukhar hai aur sir mein bahut dard hai",
    "मुझे दो दिन से पेट में दर्द है और उल्टी हो रही है",
    "Ich habe Fieber SINCE MONDAY ſo bad, and my KID is 2 ... ?? 38.9",
)
NET = (
    "He is NOT BREATHING and has turned blue",
    "ọmọ mi kò mí mọ́, ó ti daku",
    "Anak saya KEJANG dan tidak sadar",
    "HINDI SIYA HUMIHINGA, nawalan ng malay",
    "ابني لا يتنفس وفقد الوعي",
    "আমার বাবার বুকে প্রচণ্ড ব্যথা",
    "Ba ya numfashi, ya suma",
    "Akaphefumuli, uquleke",
    "my son ſeems unconscious, the dose was 5 K",  # letters re folds beyond their lower case
    "İLAÇ İÇTİ, bayıldı",
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(similarity=False)


def _whole_text(engine: Engine, code: str, norm: str) -> list[tuple[str, int, int]]:
    reader = engine.reader(code)
    return [
        (name, m.start(), m.end())
        for name, compiled in reader._order
        for m in compiled.pattern.finditer(norm)
    ]


def test_reader_finds_every_match_of_every_finding(engine: Engine) -> None:
    found = 0
    for code in engine.understands:
        reader = engine.reader(code)
        for text in READ:
            norm = reader.normalise(text)
            expected = _whole_text(engine, code, norm)
            reader._heads.clear()
            assert reader._matches(norm) == expected, (code, text)  # nothing remembered yet
            assert reader._matches(norm) == expected, (code, text)  # its words remembered
            found += len(expected)
    assert found > 100


def test_a_text_without_findings_matches_nothing(engine: Engine) -> None:
    reader = engine.reader("en")
    norm = reader.normalise("ok thank you, see you tomorrow then")
    assert reader._matches(norm) == _whole_text(engine, "en", norm) == []


def test_net_statements_match_the_same_in_either_case_path(engine: Engine) -> None:
    net = engine.net
    exact = net._exact
    assert any(p is not None for kinds in exact.values() for p in kinds.values())
    said = 0
    try:
        for code in net.statements:
            for text in (*NET, *READ):
                for mixed in (False, True):
                    fast = net.match(text, code, None, mixed=mixed)
                    net._exact = {}
                    assert net.match(text, code, None, mixed=mixed) == fast, (code, text)
                    net._exact = exact
                    said += bool(fast)
    finally:
        net._exact = exact
    assert said >= 8  # the phrasings do make statements


@pytest.mark.parametrize(
    "source",
    [
        r"[A-Z]bc",  # an upper-case range
        r"Chest",  # an upper-case letter
        r"(?i:x)y",  # an inline flag
        r"(a)\1",  # a back-reference
        r"s[ſt]",  # a letter re folds beyond its lower case
        r"[Z-a]",  # a range holding capitals
    ],
)
def test_a_pattern_that_may_match_other_than_its_lower_case_stays_ignorecase(
    source: str,
) -> None:
    assert PatternStore().exact_case(source) is None


@pytest.mark.parametrize("source", [r"(?<!\w)ko\s+(?:si|ri)\S*", r"[a-z0-9]+ ?mg\b", r"\d{2}"])
def test_a_lower_case_pattern_is_matched_case_sensitively(source: str) -> None:
    pattern = PatternStore().exact_case(source)
    assert pattern is not None and pattern.pattern == source

"""How finding patterns and fact words are compiled: what a language's data writes must match
the way people write it, whatever words the data holds."""

from __future__ import annotations

import re

import pytest

from selfcare.assistant.engine import engine
from selfcare.assistant.engine.facts import FactReader
from selfcare.assistant.engine.lexicon import Expander, Lexicon, optional_spaces
from selfcare.assistant.knowledge.schema import FindingWords
from tests.assistant.support import kb


def _lexicon(*patterns: str) -> Lexicon:
    words = {"thing": FindingWords(label="a thing", words=patterns)}
    return Lexicon(kb().reference.spec, words)


def _found(lexicon: Lexicon, text: str) -> str | None:
    m = lexicon.findings["thing"].pattern.search(text)
    return m.group(0) if m else None


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        # an optional word after a space: the word alone, at the end or before more words
        ("shock (?:electric)?", "i got a shock", "shock"),
        ("shock (?:electric)?", "i got a shock . it hurt", "shock"),
        ("shock (?:electric)?", "i got a shock electric", "shock electric"),
        ("shock (?:electric)?|zap", "a shock", "shock"),
        # an optional word between two others
        ("water (?:has)? broken", "my water broken", "water broken"),
        ("water (?:has)? broken", "my water has broken", "water has broken"),
        ("water (?:has|have)? broken", "water have broken", "water have broken"),
        # an optional word first
        ("(?:very)? dizzy", "i am dizzy", "dizzy"),
        ("(?:very)? dizzy", "i am very dizzy", "very dizzy"),
        # nested, and after a gap
        ("pain (?:in (?:the)?)?", "pain in", "pain in"),
        # a gap then an optional ending: the first word alone, at the end or before more
        # words (once only before punctuation), or the first word then the ending
        ("pain ~2 (?:chest)?", "pain", "pain"),
        ("pain ~2 (?:chest)?", "pain in my leg", "pain"),
        ("pain ~2 (?:chest)?", "pain in my chest", "pain in my chest"),
        ("pain ~2 (?:chest)?", "pain in my left upper front chest", "pain"),
        # written with the space inside the group: unchanged
        ("pain (?:in the )?chest", "pain chest", "pain chest"),
        ("pain (?:in the )?chest", "pain in the chest", "pain in the chest"),
        ("pain (?:in the )?chest", "painchest", None),
    ],
)
def test_an_optional_word_beside_a_space_may_be_left_out(
    pattern: str, text: str, found: str | None
) -> None:
    assert _found(_lexicon(pattern), text) == found


@pytest.mark.parametrize(
    "pattern",
    [
        "a (?:b )?c",  # the group brings its own space
        r"a [ (]b",  # a class, not a group
        r"a \( (b)",  # an escaped parenthesis; a group that is not optional
        "a (?:b)?? c",  # lazy: left as written
        "(?:x)?y",  # no space beside it
    ],
)
def test_other_groups_are_left_as_written(pattern: str) -> None:
    assert optional_spaces(pattern) == pattern


def test_rewriting_keeps_every_pattern_valid_and_matching_what_it_matched() -> None:
    """Each pattern rewritten compiles and matches at least what it matched before on its own
    finding's label (that every finding's words compile whole is kb check's)."""
    for language in kb().languages.values():
        expander = Expander(language.spec)
        for words in language.findings.values():
            for pattern in words.words:
                before = re.compile(pattern.replace("~", "")) if "~" not in pattern else None
                if before is None or re.search("[A-Z]", pattern):
                    continue  # gaps and word classes: compiled above, nothing to compare
                after = re.compile(expander.expand(pattern))
                label = words.label.lower()
                if before.fullmatch(label):
                    assert after.fullmatch(label), (language.spec.code, pattern)


@pytest.mark.parametrize(
    ("text", "language", "both"),
    [
        ("mis ronquidos estan afectando mi trabajo", "es", {"snoring", "snoring_impact"}),
        ("ronco tanto que no me deja dormir", "es", {"snoring", "snoring_impact"}),
        ("chest pain spreading to my left arm", "en", {"pain_radiates", "getting_bigger"}),
    ],
)
def test_two_findings_starting_at_the_same_word_are_both_read(
    text: str, language: str, both: set[str]
) -> None:
    u = engine().understand(text, language)
    assert both <= u.present
    assert len({m.start for m in u.mentions if m.finding in both}) == 1


def test_a_duration_word_is_a_whole_word() -> None:
    """A short duration word ("a" in Portuguese: "a 3 dias") must not match the end of
    another word ("filha de 2 anos" is a girl's age, not how long)."""
    spec = kb().reference.spec.facts.model_copy(update={"duration_words": "for|a"})
    facts = FactReader(spec)
    assert facts.ages_in("della mum 80 has a cough") == (80.0,)
    assert facts.ages_in("for a mum 80 has a cough") == ()
    pt = engine().understand("minha filha de 2 anos tem febre faz 3 dias", "pt").facts
    assert pt.age_years == 2.0
    assert pt.duration_days == 3.0


@pytest.mark.parametrize(
    ("text", "language", "spo2", "heart_rate", "bp"),
    [
        ("mi oxigeno esta en 89 por ciento", "es", 89, None, None),
        ("saturacion 88%, pulso 135", "es", 88, 135, None),
        ("la presion me salio 185/110", "es", None, None, (185, 110)),
        ("ma saturation est a 89 %", "fr", 89, None, None),
        ("sa tension est de 200/120 et son pouls 80", "fr", None, 80, (200, 120)),
        ("saturacao 84 e pulso 120", "pt", 84, 120, None),
        ("pressao 190/100", "pt", None, None, (190, 100)),
        ("oksijeni yangu ni 89", "sw", 89, None, None),
        ("presha 200/120", "sw", None, None, (200, 120)),
        ("tengo 30 años y me duele la cabeza desde hace 2 dias", "es", None, None, None),
    ],
)
def test_vital_signs_named_in_the_language(
    text: str, language: str, spo2: int | None, heart_rate: int | None, bp: tuple[int, int] | None
) -> None:
    v = engine().understand(text, language).facts.vitals
    assert v.spo2 == spo2
    assert v.heart_rate == heart_rate
    assert (v.systolic_bp, v.diastolic_bp) == (bp or (None, None))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("pain in the middle of my chest", True),  # 1 counted word (middle), 4 light ones
        ("pain really really bad in the chest", True),  # two light words at a time pass
        ("pain so so so bad chest", False),  # three light words in a row do not
        (
            "pain behind bone under the front chest",
            False,
        ),  # 4 counted words (behind bone under front)
        ("pain in the leg and the chest", False),  # a stop word is never crossed
        ("pain is not in the chest", False),
    ],
)
def test_light_words_do_not_count_towards_a_gap(text: str, found: bool) -> None:
    assert (_found(_lexicon("pain ~2 chest"), text) is not None) is found


def test_a_gap_takes_as_few_words_as_it_needs() -> None:
    # A gap before an optional ending once swallowed the words after the finding, so a
    # history cue after it ("years ago") fell inside the finding and did not govern it.
    found = _found(_lexicon("leaking ~3 (?:vagina)?"), "leaking from the vagina years ago")
    assert found is not None and "years" not in found
    assert _found(_lexicon("pain ~3 chest"), "pain in my chest") == "pain in my chest"


def test_fact_patterns_skipped_on_their_words_find_what_a_full_scan_finds() -> None:
    """Ages, durations and people are scanned only when a word they need is in the text
    (:class:`Guarded`): over every language's red-flag examples, the same matches."""
    e = engine()
    checked = 0
    for code, language in e.kb.languages.items():
        if language.spec.base is not None:
            continue
        reader = e.reader(code)
        texts = [reader.normalise(x) for said in language.red_flags.values() for x in said.examples]
        guarded = [p for p, _ in (*reader.facts.ages, *reader.facts.durations)]
        guarded += [p for p, _ in reader.facts.subjects]
        for pattern in guarded:
            for text in texts:
                full = [m.span() for m in pattern.pattern.finditer(text)]
                assert [m.span() for m in pattern.finditer(text)] == full, (code, text)
                checked += bool(full)
    assert checked > 100  # the texts hold what the patterns look for


@pytest.mark.parametrize(
    "text",
    [
        "Hola, tengo FIEBRE y dolor de cabeza desde ayer",
        "MY DAUGHTER HAS A FEVER AND SHE IS NOT EATING",
        "İSTANBUL, I have had chest pain since yesterday",  # İ lower-cases to two characters
        "ſince yeſterday I have had a fever",  # ſ is s only when case is ignored
        "ΣΟΦΙΑ: my chest hurts when I breathe",  # Σ lower-cases by its place in the word
        "Mujhe BUKHAR hai aur sar dard ho raha hai",
    ],
)
def test_marker_words_are_counted_in_any_case(text: str) -> None:
    detector = engine().detector
    # Every marker starting at a word, overlapping ones too ("ho raha" and "raha").
    ignoring_case = {
        code: len({m[1].lower() for m in re.finditer(f"(?=({p.pattern}))", text, p.flags)})
        for code, p in detector.markers.items()
    }
    assert detector.marker_hits(text) == ignoring_case

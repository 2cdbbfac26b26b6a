"""The safety net's statements tried only where one of their patterns may begin
(``lexicon.gated``): the same matches as the statements alone, for every net language's
statements over messages in their languages, in others and mixed (our own wordings)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from selfcare.assistant.engine import engine
from selfcare.assistant.engine.lexicon import gated
from selfcare.assistant.engine.net import _ARABIC_MARKS
from selfcare.assistant.engine.text import keep

# Our own messages: net languages with and without marks, English and the full languages
# (a net is read inside them for a marker word they share), digits, a text start.
TEXTS = (
    "omo mi ko le mi daadaa lati aaro, o si ti subu",
    "ọmọ mi kò lè mí, ó ti dákú",
    "mo fe pa ara mi lale oni, mo ti ra oogun",
    "mi abuela se cayó y no responde, respira raro",
    "mi niña tomó pastillas de la abuela y está dormida",
    "je suis tombée, ma hanche me fait mal et je ne peux pas me lever",
    "nina homa kali na mtoto wangu ana degedege tangu asubuhi",
    "my husband collapsed at 7 and is not breathing properly",
    "I took 20 tablets 2 hours ago and feel sleepy",
    "anak saya tidak sadar dan kejang kejang sejak pagi",
    "hindi makahinga si lola at masakit ang dibdib niya",
    "yaro na ya fadi kuma baya numfashi",
    "umntwana akaphefumuli kahle futhi uyaquleka",
    "ibnak ma 3am yetnaffas, 3ando sokhneh 40",
    "ابني لا يتنفس وفقد الوعي",
    "আমার বাবা অজ্ঞান হয়ে গেছেন",
    "ልጄ አይተነፍስም ራሱን ስቶአል",
    "ejo bu omo mi je ni ese, o ti wu",
    "no hay sangrado, solo un poco de dolor de cabeza",
    "12 weeks pregnant, headache and blurry vision since 3pm",
    "",
    "!!!",
)


def _clean(text: str) -> str:
    return keep(unicodedata.normalize("NFC", text).lower(), ascii_only=False).translate(
        _ARABIC_MARKS
    )


def test_every_statement_matches_the_same_gated() -> None:
    """The engine's gated, case-sensitive statements against the statements as written
    (ignoring case), over the lower-cased texts: the same spans."""
    net = engine().net
    cleans = [_clean(t) for t in TEXTS]
    checked = gated_count = 0
    for code, kinds in net.statements.items():
        for kind, plain in kinds.items():
            fast = net._exact[code].get(kind)
            if fast is None:
                continue
            gated_count += fast.pattern != plain.pattern
            for clean in cleans:
                assert [m.span() for m in fast.finditer(clean)] == [
                    m.span() for m in plain.finditer(clean)
                ], (code, kind, clean)
                checked += 1
    assert gated_count > 50 and checked > 1000


@pytest.mark.parametrize(
    ("source", "texts"),
    [
        (r"\bfoo\s+bar|baz\d", ["a foo  bar baz7", "foobar baz", "xbaz1 foo bar"]),
        (r"^(?=.*\bsad\b)(?=.*\bpills\b).*", ["so sad, took pills", "pills sad", "glad"]),
        (r"[eè]mi\s+\S+|^ok", ["ok emi ti", "èmi o", "no ok"]),
        (r"(?<!ko )w[uú]\b|\d+\s*tablets", ["ko wu", "o wú", "took 30 tablets"]),
    ],
)
def test_gated_matches_the_same(source: str, texts: list[str]) -> None:
    made = gated(source)
    assert made != source
    for text in texts:
        assert [m.span() for m in re.finditer(made, text)] == [
            m.span() for m in re.finditer(source, text)
        ]


@pytest.mark.parametrize(
    "source",
    [
        r"\s+foo",  # may begin with any space
        r".*bar",  # may begin anywhere
        r"(?m)^foo",  # a line start, not only the text's
        r"(?i)foo",  # any case
        r"[^a]oo",  # a negated class
    ],
)
def test_left_as_it_is_where_a_beginning_cannot_be_told(source: str) -> None:
    assert gated(source) == source

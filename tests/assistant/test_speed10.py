"""Speed-ups of respond() (issue 10) that must not change what is answered: a safety-net
statement none of whose patterns occurs is not run pattern by pattern for the words a full
reading understood; a reading asked with findings ruled out that it never found is the
reading without them (one reading, not two); a red flag's line rendered for someone is kept.
keep() dropping non-ASCII letters in one pass: its cases are in test_speed9.py."""

from __future__ import annotations

import unicodedata
from typing import get_args

from selfcare.assistant.engine import Engine, engine
from selfcare.assistant.engine.net import _ARABIC_MARKS, SafetyNetReader, _negated
from selfcare.assistant.engine.patterns import UNUSUAL_CASE
from selfcare.assistant.engine.text import keep
from selfcare.assistant.knowledge import voices

# Our own messages: net-language phrases with English words mixed in, English alone, other
# full languages (read for a net marker word they happen to hold), negated and not.
NET_TEXTS = (
    ("tl", "may chest pain ako pero mild lang"),
    ("tl", "hindi makahinga ang anak ko, chest pain din"),
    ("tl", "walang lagnat, sakit lang ng ulo"),
    ("id", "anak saya kejang dan tidak sadar sejak tadi"),
    ("id", "tidak ada demam, cuma pusing sedikit"),
    ("yo", "ọmọ mi kò lè mí dáadáa, chest pain"),
    ("yo", "mi hijo tiene fiebre y tos desde ayer, nada más"),
    ("yo", "I have a fever and mi cabeza duele"),
    ("ha", "yaro na ya suma kuma baya numfashi"),
    ("zu", "ingane ayiphefumuli kahle, seizure"),
    ("ar", "ma 3am yetnaffas, chest pain"),
    ("ar", "عندي ألم في الصدر منذ ساعة"),
    ("bn", "বুকে ব্যথা আর শ্বাস নিতে কষ্ট"),
    ("am", "ልጄ አይተነፍስም"),
)
TOLD: tuple[frozenset[str], ...] = (
    frozenset(),
    frozenset({"chest", "pain"}),
    frozenset({"fever", "fiebre", "seizure"}),
)


def _match_before(
    net: SafetyNetReader, text: str, code: str, *, mixed: bool, told: frozenset[str]
) -> list[str]:
    """:meth:`SafetyNetReader.match` as it was: each statement's patterns run one by one
    whenever words are told, with no search of them all together first."""
    clean = keep(unicodedata.normalize("NFC", text).lower(), ascii_only=False)
    clean = clean.translate(_ARABIC_MARKS)
    before, after = net.negation.get(code), net.negation_after.get(code)
    exact = net._exact.get(code, {}) if UNUSUAL_CASE.isdisjoint(clean) else {}
    parts = net.parts.get(code, {})
    return [
        kind
        for kind, p in net.statements.get(code, {}).items()
        if any(
            not _negated(clean, m, before, after)
            and (not mixed or net._own(clean, m, code))
            and not (told and net._told(m[0], code, told))
            for one in (parts[kind] if told else (exact.get(kind) or p,))
            for m in one.finditer(clean)
        )
    ]


def test_net_statements_are_the_same_with_words_told() -> None:
    net = engine().net
    failures = []
    made = 0
    for code, text in NET_TEXTS:
        for told in TOLD:
            for mixed in (False, True):
                want = _match_before(net, text, code, mixed=mixed, told=told)
                got = net.match(text, code, None, mixed=mixed, told=told)
                made += bool(got)
                if got != want:
                    failures.append((code, text, sorted(told), mixed, got, want))
    assert not failures
    assert made  # the table has statements that are made, not only ones that are not


def test_a_reading_with_nothing_of_its_own_ruled_out_is_the_reading_without() -> None:
    e = engine()
    text = "sore throat and a runny nose since the weekend, speed10 check"
    alone = e._reading(text, "en", frozenset(), frozenset())
    assert "sore_throat" in alone[0].present
    # findings another reading ruled out that this one never found: the same reading
    unrelated = frozenset({"chest_pain", "rash"})
    assert e._reading(text, "en", frozenset(), unrelated) is alone
    # one it did find: set aside, a reading of its own
    ruled = e._reading(text, "en", frozenset(), frozenset({"sore_throat"}))
    assert "sore_throat" not in ruled[0].present
    assert ruled is not alone


def test_assessments_agree_with_a_fresh_engine() -> None:
    """The shared engine (its readings kept across calls) and a new one agree."""
    texts = (
        "tengo dolor de garganta y fiebre de 38,5 desde hace tres días, sin tos",
        "mi hija no respira bien y tiene los labios azules",
        "ma fille a de la fièvre depuis hier, 38,9, elle tète moins",
        "nina homa na maumivu ya kichwa tangu juzi, sina kutapika",
        "may lagnat ang anak ko, walang chest pain",
        "my daughter has a temperature since Monday and her ear hurts",
    )
    shared, fresh = engine(), Engine()
    failures = []
    for text in texts:
        for e in (shared, shared):  # the second time from what was kept
            a, b = e.assess(text), fresh.assess(text)
            if (a.level, a.topic, a.fired, a.missing, a.language) != (
                b.level,
                b.topic,
                b.fired,
                b.missing,
                b.language,
            ):
                failures.append((text, a.level, b.level))
    assert not failures


AUDIENCES = ("self", "child", "baby", "other")


def test_rendered_lines_are_kept_and_the_same() -> None:
    kb = engine().kb
    failures = []
    for code, lang in kb.languages.items():
        v = lang.spec.voices
        for flag_id, said in list(lang.red_flags.items())[:40]:
            for audience in AUDIENCES:
                first = voices.render(said.say, v, audience)  # type: ignore[arg-type]
                again = voices.render(said.say, v, audience)  # type: ignore[arg-type]
                want = voices._render(said.say, v, audience)  # type: ignore[arg-type]
                if not first == again == want:
                    failures.append((code, flag_id, audience))
    assert not failures
    assert set(AUDIENCES) <= set(get_args(voices.Audience))


def test_a_kept_line_is_not_given_for_other_voices() -> None:
    v = engine().kb.reference.spec.voices
    line = "call 999 if you cannot wake them"
    told = voices.render(line, v, "other")
    # other voices (a knowledge base read anew, changed): their own rendering, not the kept one
    changed = v.model_copy(update={"to_other": ((r"\bcall\b", "ring"),)})
    assert voices.render(line, changed, "other") == "ring 999 if you cannot wake them"
    assert voices.render(line, v, "other") == told

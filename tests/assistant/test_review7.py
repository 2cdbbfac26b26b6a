"""Replies read as a native speaker would (issue 11, docs/review-notes.md): the general faults
found in a read of each language's replies, checked over every line they could spoil.

- A warning line said about a child in French named the child at every verb ("votre enfant a…,
  votre enfant ne peut pas…"), broke reflexives ("ne votre enfant réveille pas") and gave
  feminine nouns "son" ("son saturation"); in Spanish a reflexive verb kept the "tú" ending
  ("se quejas").
- Portuguese templates put "em" before a place that carries its article ("em a UBS"); Hindi
  templates put "में" after a place said in the nominative ("डॉक्टर में दिखाने").
- The same-day header wrapped a place that has brackets of its own in brackets.
- An answer to a question was echoed back in English ("Merci (3 days)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from selfcare.assistant import countries
from selfcare.assistant.knowledge.voices import Audience, render
from selfcare.assistant.render.templates import echo
from selfcare.assistant.render.words import Words
from selfcare.events import Button, MessageKind

from .support import Chat, joined, kb

FULL = ("en", "es", "pt", "fr", "sw", "hi", "hi-latn")


def _words(code: str, country_code: str) -> Words:
    k = kb()
    lang = k.languages[code]
    base = k.languages[lang.spec.base] if lang.spec.base else k.reference
    where = countries.Where(k.countries[country_code.upper()], lang, base)
    return Words(lang, base, where, k.reference)


def _packs(code: str) -> Iterator[str]:
    """Every country pack with its own place names in language ``code``."""
    for country_code, country in kb().countries.items():
        if code in country.places:
            yield country_code


def _nested(text: str) -> bool:
    depth = 0
    for char in text:
        depth += char == "("
        if char == "(" and depth > 1:
            return True
        depth -= char == ")" and depth > 0
    return False


# --- French: a line about a child names the child once, then says "il" ----------------------


def _fr(flag_id: str, audience: Audience = "child") -> str:
    lang = kb().languages["fr"]
    return render(lang.red_flags[flag_id].say, lang.spec.voices, audience)


def test_french_child_lines_keep_reflexives_and_feminine_possessives() -> None:
    lang = kb().languages["fr"]
    broken = re.compile(
        r"\bne votre enfant\b|\bne votre bébé\b|\ben votre enfant \w+ant\b"
        r"|\bson (?:saturation|tension|toux|peau|main|jambe|vessie|respiration|salive|vue)\b"
    )
    bad = []
    for flag_id, flag in lang.red_flags.items():
        for audience in ("child", "baby", "other"):
            line = render(flag.say, lang.spec.voices, audience)
            if broken.search(line):
                bad.append((flag_id, audience, line))
    assert not bad, bad[:5]


def test_french_child_named_once_then_il() -> None:
    line = _fr("breathing_severe")
    assert line.count("votre enfant") == 1, line
    assert ", il ne peut pas" in line and "sa saturation" in line, line
    assert _fr("unresponsive") == "votre enfant ne se réveille pas, ou il ne réagit pas normalement"
    # For a baby too; and for another adult the line still names "la personne" (no pronoun
    # whose adjectives would have to agree).
    assert _fr("breathing_severe", "baby").count("votre bébé") == 1
    assert "la personne ne peut pas" in _fr("breathing_severe", "other")


def test_french_object_vous_is_not_made_a_subject() -> None:
    # "il revient sans cesse, vous empêche de manger": "vous" is the object, not "il".
    assert "il empêche" not in _fr("hiccups_persistent")
    assert "il rend" not in _fr("skin_treatment_not_working")
    # The person's own line is unchanged.
    said = kb().languages["fr"].red_flags["breathing_severe"].say
    assert render(said, kb().languages["fr"].spec.voices, "self") == said


# --- Spanish: reflexive verbs in the third person ---------------------------------------------


def test_spanish_reflexive_verbs_take_the_third_person() -> None:
    lang = kb().languages["es"]
    te_verb = re.compile(r"(?<!\w)te (\w+?[ae])s(?!\w)")
    bad = []
    for flag_id, flag in lang.red_flags.items():
        verbs = {m.group(1) for m in te_verb.finditer(flag.say)}
        for audience in ("child", "baby", "other"):
            line = render(flag.say, lang.spec.voices, audience)
            bad += [(flag_id, line) for v in verbs if re.search(rf"\bse {v}s\b", line)]
    assert not bad, bad[:5]
    child = render(lang.red_flags["child_breathing_severe"].say, lang.spec.voices, "child")
    assert "se queja" in child and "se quejas" not in child


# --- place names fitted into templates --------------------------------------------------------

PLACE_STRINGS = {
    "level_routine": "routine_place",
    "net_routine": "routine_place",
    "not_understood_level": "routine_place",
    "level_urgent": "urgent_place",
    "net_urgent": "urgent_place",
}


# Wrong around a place fitted into a template: Portuguese "em" + article unmerged ("em a
# farmácia"); Spanish "en" before a person — a pack may name one ("el farmacéutico") where
# another names a place ("la farmacia"), and "en el farmacéutico te pueden ayudar" read wrong.
BAD_AROUND_PLACE = {
    "pt": r"\bem (?:o|a|os|as|um|uma|o seu|a sua)\b",
    "es": r"\ben (?:el|un|una) (?:químico )?farmac[eé]utic[oa]\b",
}


@pytest.mark.parametrize(
    ("code", "country_code"),
    [(code, cc) for code in sorted(BAD_AROUND_PLACE) for cc in sorted(_packs(code))],
)
def test_places_fit_their_templates(code: str, country_code: str) -> None:
    w = _words(code, country_code)
    for name in (*PLACE_STRINGS, "level_self_care"):
        text = w(name)
        assert not re.search(BAD_AROUND_PLACE[code], text), text


@pytest.mark.parametrize("code", ["hi", "hi-latn"])
def test_hindi_places_take_no_postposition(code: str) -> None:
    for country_code in _packs(code):
        w = _words(code, country_code)
        for name, field in PLACE_STRINGS.items():
            text, place = w(name), w.where.values()[field]
            assert place in text, text
            assert not re.search(re.escape(place) + r"\s*(?:में|me|mein)\b", text), text


@pytest.mark.parametrize("code", FULL)
def test_the_same_day_header_nests_no_brackets(code: str) -> None:
    for country_code in (*_packs(code), "gb"):
        text = _words(code, country_code)("net_urgent")
        assert "{" not in text and not _nested(text), text
        assert _words(code, country_code).where.values()["urgent_place"] in text


def test_the_uk_header_reads_whole_in_english() -> None:
    assert _words("en", "gb")("net_urgent") == (
        "Get seen today — NHS 111 (call 111 or go to 111.nhs.uk) — if:"
    )


# --- an answer echoed back ------------------------------------------------------------------

ENGLISH_ECHO = re.compile(r"\b(?:days?|weeks?|since today|not sure|years old|pregnant)\b")


# Complaints that get the duration question, with a typed answer in the same language.
ASKED = [
    ("+33612345441", "33", "j'ai un mal de tête qui ne me lâche pas", "ça a commencé hier soir"),
    ("+5215512345442", "52", "tengo dolor de cabeza", "desde hace tres días"),
    ("+5511987654003", "55", "minhas costas estão doendo muito", "desde anteontem"),
    ("+254712345443", "254", "naumwa na kichwa sana", "tangu jana"),
    ("+919812345444", "91", "sir me dard ho raha hai", "kal raat se"),
]


def _asked(phone: str, country: str, complaint: str) -> tuple[Chat, list[Button]]:
    chat = Chat(phone, country)
    first = chat.send(complaint)
    buttons = [b for m in first.messages for b in m.buttons]
    assert buttons and buttons[0].id.startswith("ans:duration"), joined(first)
    return chat, buttons


@pytest.mark.parametrize(("phone", "country", "complaint", "typed"), ASKED)
def test_a_duration_answer_is_read_and_thanked_in_the_persons_language(
    phone: str, country: str, complaint: str, typed: str
) -> None:
    # Tapped: thanked without an English echo ("Merci (3 days)").
    chat, buttons = _asked(phone, country, complaint)
    reply = chat.send(buttons[1].title, kind=MessageKind.INTERACTIVE, reply_id=buttons[1].id)
    assert not ENGLISH_ECHO.search(joined(reply)), joined(reply)
    # Typed in the person's own words ("desde hace tres días", "tangu jana"): understood, not
    # asked again.
    chat, _ = _asked(phone, country, complaint)
    reply = chat.send(typed)
    assert not any(m.buttons for m in reply.messages), joined(reply)


def test_english_still_echoes_the_answer() -> None:
    chat = Chat("+447700900321", "44")
    first = chat.send("I've got a bad headache")
    buttons = [b for m in first.messages for b in m.buttons]
    reply = chat.send(buttons[1].title, kind=MessageKind.INTERACTIVE, reply_id=buttons[1].id)
    assert "(3 days)" in joined(reply), joined(reply)


def test_a_measured_temperature_is_echoed_in_any_language() -> None:
    w = _words("fr", "fr")
    assert echo("38.5°C", w) == "38.5°C"
    assert echo("3 days", w) == ""
    assert echo("3 days", _words("en", "gb")) == "3 days"


# --- a topic picked from the menu, and a first one-word command -------------------------------


def _picked(phone: str, country: str, hello: str, topic_id: str) -> str:
    chat = Chat(phone, country)
    first = chat.send(hello)
    rows = [r for m in first.messages if m.menu for r in m.menu.rows]
    row = next(r for r in rows if r.id == f"topic:{topic_id}")
    return joined(chat.send(row.title, kind=MessageKind.INTERACTIVE, reply_id=row.id))


@pytest.mark.parametrize(
    ("phone", "country", "hello", "child", "adult"),
    [
        ("+447700900411", "44", "hello", "Your child", "You "),
        ("+5511987654412", "55", "oi", "Seu filho ou filha", "Você"),
        ("+33612345413", "33", "bonjour", "Votre enfant", "Vous"),
    ],
)
def test_a_childrens_topic_from_the_menu_warns_about_the_child(
    phone: str, country: str, hello: str, child: str, adult: str
) -> None:
    text = _picked(phone, country, hello, "fever_child")
    warnings = [line for line in text.splitlines() if line.startswith("• ")]
    assert warnings and all(line[2:].startswith(child) for line in warnings[-3:]), text
    # An adult's topic picked the same way still speaks to the person.
    adult_text = _picked(phone[:-1] + "9", country, hello, "fever_adult")
    assert not any(line[2:].startswith(child) for line in adult_text.splitlines()), adult_text
    assert any(line[2:].startswith(adult) for line in adult_text.splitlines()), adult_text


@pytest.mark.parametrize(
    ("phone", "country", "word", "expected"),
    [
        ("+254712345421", "254", "msaada", "sw"),
        ("+254712345422", "254", "lugha", "sw"),
        ("+919812345423", "91", "madad", "hi-latn"),
        # Nearby: the country's first language stays.
        ("+254712345431", "254", "hello", "en"),
        ("+254712345432", "254", "habari", "en"),  # a greeting English lists too
        ("+254712345433", "254", "ok", "en"),
        ("+447700900434", "44", "msaada", "en"),  # not a language of the country
    ],
)
def test_a_first_one_word_command_answers_in_its_language(
    phone: str, country: str, word: str, expected: str
) -> None:
    chat = Chat(phone, country)
    chat.send(word)
    assert chat.state["lang"] == expected


def test_something_that_is_not_a_duration_is_still_asked_again() -> None:
    chat = Chat("+33612345445", "33")
    chat.send("j'ai un mal de tête qui ne me lâche pas")
    reply = chat.send("bof")
    assert any(b.id.startswith("ans:duration") for m in reply.messages for b in m.buttons)

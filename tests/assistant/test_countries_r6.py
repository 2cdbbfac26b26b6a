"""Country packs added in round 6 (issue 11), and the Zambia and Zimbabwe numbers re-checked.

Each new pack must be picked by its calling code (never the neutral pack), lead the emergency
reply with its own first number (in English and in the pack's reply language), and carry its
local malaria into triage: an adult's fever there is seen the same day, at the pack's own
urgent place. Nearby messages (no fever, a fever that has gone) must stay self-care, and the
same fever stays self-care where WHO lists no local malaria.
"""

from __future__ import annotations

import re

import pytest

from selfcare.assistant import countries
from selfcare.assistant.countries import NEUTRAL
from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import EMERGENCY_PHRASES, Chat, S, U, first_line, joined, kb

# code, a phone number from there, the number the emergency reply must lead with
NEW = (
    ("BO", "+59171234567", "110"),
    ("CU", "+5351234567", "104"),
    ("HT", "+50934123456", "116"),
    ("LR", "+231770123456", "911"),
    ("MW", "+265991234567", "118"),
    ("NE", "+22790123456", "18"),
    ("BJ", "+22997123456", "118"),
    ("TG", "+22890123456", "118"),
    ("SD", "+249912345678", "999"),
    ("SS", "+211912345678", "112"),
    ("SO", "+252612345678", "999"),
    ("MG", "+261321234567", "118"),
    ("MM", "+959123456789", "192"),
    ("IQ", "+9647701234567", "122"),
    ("KH", "+85512345678", "119"),
    ("LA", "+8562012345678", "1195"),
    ("AF", "+93701234567", "119"),
    ("YE", "+967712345678", "195"),
    ("GN", "+224621234567", "18"),
    ("BI", "+25779123456", "113"),
    ("PG", "+67571234567", "111"),
)
PHONE = {code: phone for code, phone, _ in NEW}
IDS = [code for code, _, _ in NEW]
MALARIA = tuple(c for c in IDS if c not in ("CU", "IQ"))
NO_MALARIA = ("CU", "IQ")

# Someone who cannot breathe, in the reply language of the French- and Spanish-speaking packs.
FRENCH = ("HT", "NE", "BJ", "TG", "MG", "GN", "BI")
SPANISH = ("BO", "CU")
NOT_BREATHING = {
    "fr": ("mon mari ne respire plus", "Appelez"),
    "es": ("mi esposo no respira", "Llama"),
}

# An adult's fever, said several ways (in the first person, about a partner, with an age).
FEVERS = (
    "been feverish with chills since last night",
    "my husband has a high temperature and keeps shivering, since yesterday",
    "im 41 and running a temperature since this morning",
)
# Near misses that must stay self-care even where malaria is common.
NO_FEVER = (
    "no fever, just a blocked nose and sneezing",
    "sore throat and a runny nose, temperature is normal",
)


def _position(line: str, number: str) -> int:
    """Where ``number`` first stands alone in the line (not inside a longer number)."""
    found = re.search(rf"(?<!\d){re.escape(number)}(?!\d)", line)
    return found.start() if found else -1


@pytest.mark.parametrize(("code", "phone", "number"), NEW, ids=IDS)
def test_the_calling_code_picks_the_new_pack(code: str, phone: str, number: str) -> None:
    country = countries.find(phone, kb().countries, "44")
    assert country.code == code != NEUTRAL
    assert country.emergency == number
    assert country.review and "2026-12" in country.review
    assert country.places.get("en") and country.sources


@pytest.mark.parametrize(("code", "phone", "number"), NEW, ids=IDS)
def test_an_emergency_leads_with_the_packs_own_number(code: str, phone: str, number: str) -> None:
    reply = Chat(phone).send(EMERGENCY_PHRASES[0])
    assert reply.triage is TriageLevel.EMERGENCY
    line = first_line(reply)
    first = _position(line, number)
    assert first >= 0, (code, line)
    for other in kb().countries[code].also:  # the other numbers come after the first one
        assert _position(line, other) == -1 or _position(line, other) > first, (code, line)
    if number != "999":  # the UK number must not leak into another country's reply
        assert _position(line, "999") == -1, (code, line)


@pytest.mark.parametrize("code", FRENCH + SPANISH)
def test_the_emergency_in_the_packs_language_leads_with_its_number(code: str) -> None:
    lang = "fr" if code in FRENCH else "es"
    text, verb = NOT_BREATHING[lang]
    reply = Chat(PHONE[code]).send(text)
    assert reply.triage is TriageLevel.EMERGENCY
    line = first_line(reply)
    assert line.startswith(verb), (code, line)
    assert _position(line, kb().countries[code].emergency) >= 0, (code, line)
    assert kb().countries[code].places[lang].emergency in line, (code, line)


@pytest.mark.parametrize("code", MALARIA)
@pytest.mark.parametrize("text", FEVERS)
def test_a_fever_is_seen_the_same_day_where_malaria_is_local(code: str, text: str) -> None:
    local = frozenset(kb().countries[code].local)
    assert "malaria" in local
    found = engine().assess(text, local=local)
    assert found.level is U, (code, text, found.level)
    assert "malaria_risk" in {f.id for f in found.fired}, (code, text)


@pytest.mark.parametrize("code", MALARIA)
def test_the_same_day_line_names_the_packs_urgent_place(code: str) -> None:
    """End to end: the phone number alone brings the pack's malaria and its places."""
    reply = Chat(PHONE[code]).send("I've had a fever and chills since yesterday, I'm 30")
    assert reply.triage is U, (code, reply.texts)
    text = joined(reply)
    assert f"get seen today: {kb().countries[code].places['en'].urgent}" in text, (code, text)


@pytest.mark.parametrize("code", ("NE", "MG", "HT"))
def test_a_french_fever_is_seen_the_same_day_too(code: str) -> None:
    reply = Chat(PHONE[code]).send("j'ai de la fièvre et des frissons depuis hier")
    assert reply.triage is U, (code, reply.texts)
    assert kb().countries[code].places["fr"].urgent in joined(reply)


@pytest.mark.parametrize("code", MALARIA)
@pytest.mark.parametrize("text", NO_FEVER)
def test_no_fever_stays_self_care_where_malaria_is_local(code: str, text: str) -> None:
    local = frozenset(kb().countries[code].local)
    assert engine().assess(text, local=local).level is S, (code, text)


@pytest.mark.parametrize("code", NO_MALARIA)
@pytest.mark.parametrize("text", FEVERS[:1])
def test_the_same_fever_stays_self_care_without_local_malaria(code: str, text: str) -> None:
    local = frozenset(kb().countries[code].local)
    assert "malaria" not in local
    assert engine().assess(text, local=local).level is S, code


def test_no_new_pack_names_a_line_it_could_not_confirm() -> None:
    """Crisis and poison lines are only given where they were confirmed: none were here."""
    for code in IDS:
        country = kb().countries[code]
        assert country.crisis is None and country.poison is None, code
        assert "no crisis or poison line was confirmed" in country.review.lower(), code


@pytest.mark.parametrize(
    ("phone", "first", "other"),
    [("+260971234567", "999", "991"), ("+263771234567", "999", "112")],
    ids=["ZM", "ZW"],
)
def test_zambia_and_zimbabwe_keep_their_number_and_add_the_rechecked_one(
    phone: str, first: str, other: str
) -> None:
    country = countries.find(phone, kb().countries, "44")
    assert "UNCERTAIN (re-checked 2026-12)" in country.review
    line = first_line(Chat(phone).send(EMERGENCY_PHRASES[0]))
    assert 0 <= _position(line, first) < _position(line, other), line

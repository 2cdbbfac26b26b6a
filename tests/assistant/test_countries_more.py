"""Country packs added on 2026-12-05 for places people write from that had none.

Each pack must be picked by its calling code (not fall to the neutral pack or to a
neighbour sharing +1), lead the emergency reply with its own first number, and carry its
local conditions into triage: where WHO lists malaria as endemic, an adult's fever with
chills is seen the same day; where it does not, the same fever stays self-care.
"""

from __future__ import annotations

import pytest

from selfcare.assistant import countries
from selfcare.assistant.countries import NEUTRAL
from selfcare.assistant.engine import engine
from selfcare.events import TriageLevel
from tests.assistant.support import EMERGENCY_PHRASES, Chat, S, U, first_line, kb

# code, a phone number from there, the number the emergency reply must lead with
NEW = (
    ("SL", "+23276123456", "117"),
    ("ZM", "+260971234567", "999"),
    ("ZW", "+263771234567", "999"),
    ("ML", "+22376123456", "18"),
    ("BF", "+22670123456", "18"),
    ("JM", "+18765551234", "110"),
    ("JM", "+16585551234", "110"),
    ("TT", "+18685551234", "811"),
    ("TH", "+66812345678", "1669"),
    ("LK", "+94771234567", "1990"),
    ("SG", "+6591234567", "995"),
    ("MY", "+60123456789", "999"),
    ("VN", "+84912345678", "115"),
    ("AE", "+971501234567", "998"),
    ("TN", "+21620123456", "190"),
    ("VE", "+584121234567", "911"),
    ("GT", "+50251234567", "122"),
    ("NI", "+50581234567", "128"),
    ("DZ", "+213551234567", "14"),
    ("SA", "+966501234567", "997"),
    ("LB", "+96171123456", "140"),
    ("JO", "+962791234567", "911"),
)
MALARIA = ("SL", "ZM", "ZW", "ML", "BF", "TH", "VN", "VE", "GT", "NI")
NO_MALARIA = ("JM", "TT", "LK", "SG", "MY", "AE", "TN", "DZ", "SA", "LB", "JO")

# An adult's fever, said several ways: same-day care where malaria is common.
FEVERS = (
    "I've had a fever and chills since yesterday",
    "running a high temperature with shivering since monday, im 34",
    "my wife has had a temperature and the shakes since this morning",
)


@pytest.mark.parametrize(("code", "phone", "number"), NEW, ids=[f"{c}-{p}" for c, p, _ in NEW])
def test_the_calling_code_picks_the_pack(code: str, phone: str, number: str) -> None:
    country = countries.find(phone, kb().countries, "44")
    assert country.code == code != NEUTRAL
    assert country.emergency == number
    assert country.review and country.places.get("en")


@pytest.mark.parametrize(("code", "phone", "number"), NEW, ids=[f"{c}-{p}" for c, p, _ in NEW])
def test_the_emergency_reply_leads_with_its_number(code: str, phone: str, number: str) -> None:
    reply = Chat(phone).send(EMERGENCY_PHRASES[0])
    assert reply.triage is TriageLevel.EMERGENCY
    line = first_line(reply)
    assert number in line, (code, line)
    if number != "999":  # the UK number must not leak into another country's reply
        assert "999" not in line or "999" in kb().countries[code].also, (code, line)


def test_jamaica_is_not_read_as_the_us() -> None:
    assert countries.find("+1 876 555 1234", kb().countries, "1").code == "JM"
    assert countries.find("+1 415 555 0100", kb().countries, "1").code == "US"


@pytest.mark.parametrize("code", MALARIA)
@pytest.mark.parametrize("text", FEVERS)
def test_an_adult_fever_is_urgent_where_malaria_is_local(code: str, text: str) -> None:
    local = frozenset(kb().countries[code].local)
    assert "malaria" in local
    assert engine().assess(text, local=local).level.rank <= U.rank, (code, text)


@pytest.mark.parametrize("code", NO_MALARIA)
def test_the_same_fever_stays_self_care_where_malaria_is_not_local(code: str) -> None:
    local = frozenset(kb().countries[code].local)
    assert "malaria" not in local
    assert engine().assess(FEVERS[0], local=local).level is S, code


def test_a_fever_from_a_malaria_country_phone_is_seen_today() -> None:
    """End to end: the phone number alone brings the pack's malaria into the chat."""
    reply = Chat("+260971234567").send("I've had a fever and chills since yesterday, I'm 30")
    assert reply.triage is not None and reply.triage.rank <= U.rank, reply.texts

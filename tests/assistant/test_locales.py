"""Emergency numbers and crisis lines by the sender's country calling code."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfcare.assistant import locales
from selfcare.assistant.locales import calling_code, for_address, for_country

EU = (  # calling codes of the EU countries (and Ireland's 353)
    *("353", "33", "49", "34", "39", "31", "32", "43", "46", "45", "358", "351", "30", "48"),
    *("420", "421", "36", "40", "359", "385", "386", "352", "356", "357", "370", "371", "372"),
)


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("+447700900123", "44"),
        ("447700900123", "44"),
        ("whatsapp:+447700900123", "44"),
        ("+1 (415) 555-0100", "1"),
        ("14155550100", "1"),
        ("+919812345678", "91"),
        ("+27821234567", "27"),
        ("+61412345678", "61"),
        ("+2348031234567", "234"),
        ("+254712345678", "254"),
        ("+5511987654321", "55"),
        ("+353871234567", "353"),  # not +35 / +3
        ("+4915112345678", "49"),
        ("00447700900123", "44"),
    ],
)
def test_calling_code_is_the_longest_known_prefix(address: str, code: str) -> None:
    assert calling_code(address) == code
    assert for_address(address, "1").calling_code == code


@pytest.mark.parametrize(
    "address",
    ["US.13491208655302741918", "abc", "", None, "07700900123", "+999123", "+8801712345678"],
)
def test_not_a_known_phone_number_falls_back_to_the_default(address: str | None) -> None:
    assert for_address(address, "44").emergency == "999"
    assert for_address(address, "1").emergency == "911"


@pytest.mark.parametrize(
    ("code", "emergency", "crisis"),
    [
        ("1", "911", "988"),
        ("44", "999", "116 123"),
        ("91", "112", "14416"),
        ("27", "10177", "0800 567 567"),
        ("61", "000", "13 11 14"),
        ("234", "112", None),
        ("254", "999", "1199"),
        ("55", "192", "188"),
        ("353", "112", "116 123"),
    ],
)
def test_required_numbers(code: str, emergency: str, crisis: str | None) -> None:
    locale = for_country(code)
    assert locale.emergency == emergency
    if crisis is None:
        assert locale.crisis is None
    else:
        assert locale.crisis is not None
        assert locale.crisis.number == crisis
        assert crisis in locale.crisis.how


def test_alternative_numbers_are_shown_with_the_main_one() -> None:
    assert for_country("27").emergency_text == "10177 (or 112 from a mobile)"
    assert "112" in for_country("254").emergency_text
    assert for_country("44").emergency_text == "999"


@pytest.mark.parametrize("code", EU)
def test_every_eu_country_uses_112(code: str) -> None:
    assert code in locales.load()
    assert for_country(code).emergency == "112"


def test_urgent_service_name() -> None:
    assert for_country("44").urgent_service == "NHS 111"
    assert for_country("1").urgent_service == "a doctor or urgent care today"
    assert for_country("+44").urgent_service == "NHS 111"


def test_unknown_default_country_still_has_a_number() -> None:
    assert for_country("999").emergency == "112"


def test_every_entry_is_complete() -> None:
    for code, locale in locales.load().items():
        assert code.isdigit() and code == locale.calling_code
        assert locale.emergency.isdigit(), code
        assert locale.country
        if locale.crisis:
            assert any(ch.isdigit() for ch in locale.crisis.number)


@given(st.text(max_size=40))
def test_any_address_gets_a_locale(address: str) -> None:
    locale = for_address(address, "44")
    assert locale.emergency.isdigit()

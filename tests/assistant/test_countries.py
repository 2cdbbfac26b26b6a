"""Country packs: the sender's calling code picks where to get care, in their words.

A code we have no pack for gets the neutral pack ("your local emergency number"), never
another country's services; an address that is not a phone number takes the default.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfcare.assistant import countries
from selfcare.assistant.countries import NEUTRAL, Where, calling_code, find
from selfcare.assistant.knowledge.schema import Country
from tests.assistant.support import kb

EU = (  # calling codes of the EU countries
    *("353", "33", "49", "34", "39", "31", "32", "43", "46", "45", "358", "351", "30", "48"),
    *("420", "421", "36", "40", "359", "385", "386", "352", "356", "357", "370", "371", "372"),
)


def _codes() -> dict[str, str]:
    return {code: c.code for c in kb().countries.values() for code in c.calling_codes}


def _find(address: str | None, default: str = "44") -> Country:
    return find(address, kb().countries, default)  # type: ignore[arg-type]


def _where(country: Country) -> Where:
    return Where(country, kb().reference, kb().reference)


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("+447700900123", "44"),
        ("447700900123", "44"),
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
        ("+8801712345678", "880"),
        ("00447700900123", "44"),  # the international prefix dialled from a phone
        ("+18095551234", "1809"),  # the Dominican Republic shares +1 with the US
        ("+1 829 555 1234", "1829"),
        ("+593991234567", "593"),
    ],
)
def test_calling_code_is_the_longest_known_prefix(address: str, code: str) -> None:
    assert calling_code(address, _codes()) == code
    assert code in _find(address, "1").calling_codes


@pytest.mark.parametrize("address", ["US.13491208655302741918", "abc", "", None, "+999123"])
def test_not_a_phone_number_takes_the_default_country(address: str | None) -> None:
    assert _find(address, "44").code == "GB"
    assert _find(address, "1").code == "US"
    assert _find(address, "+63").code == "PH"


@pytest.mark.parametrize("address", ["+6799123456", "+9991234567", "+7 912 345 67 89"])
def test_a_phone_from_a_country_without_a_pack_gets_the_neutral_pack(address: str) -> None:
    country = _find(address, "44")
    assert country.code == NEUTRAL
    where = _where(country)
    assert where.neutral
    assert where.emergency == kb().reference.strings["emergency_unknown"]
    assert "112" in where.emergency_text


def test_an_unknown_default_country_is_neutral_too() -> None:
    assert _find("US.13491208655302741918", "999").code == NEUTRAL
    assert _find("US.13491208655302741918", "").code == NEUTRAL


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
        ("63", "911", "1553"),
        ("1809", "911", None),
        ("593", "911", None),
        ("506", "911", None),
        ("503", "132", None),  # medical emergencies: the health ministry's SEM, not 911 (police)
        ("595", "141", None),  # SEME ambulances; 911 is the police
    ],
)
def test_required_numbers(code: str, emergency: str, crisis: str | None) -> None:
    country = _find(f"+{code}123456789")
    assert country.emergency == emergency
    values = _where(country).values()
    assert emergency in values["emergency"]
    if crisis is None:
        assert country.crisis is None and values["crisis_how"] == ""
    else:
        assert country.crisis is not None and country.crisis.number == crisis
        assert crisis in values["crisis_how"]


def test_alternative_numbers_are_shown_with_the_main_one() -> None:
    za = _where(_find("+27821234567")).emergency_text
    assert za.startswith("10177") and "112" in za
    assert "112" in _where(_find("+254712345678")).emergency_text
    assert _where(_find("+14155550100")).emergency_text == "911"


@pytest.mark.parametrize("code", EU)
def test_112_works_in_every_eu_country(code: str) -> None:
    assert code in _codes(), code
    country = _find(f"+{code}123456789")
    assert "112" in (country.emergency, *country.also), country.code


TODAY = {"en": r"\btoday\b", "es": r"\bhoy\b", "pt": r"\bhoje\b", "fr": r"aujourd",
         "sw": r"\bleo\b", "hi": r"आज", "hi-latn": r"\baaj\b"}  # fmt: skip


def test_the_urgent_place_leaves_today_to_the_sentence_it_goes_in() -> None:
    """Every language's urgent sentences already say "today" ("Please get seen today:
    {urgent_place}."): a place saying it again read "uma UPA 24h hoje" after "hoje"."""
    for country in kb().countries.values():
        for code, places in country.places.items():
            word = TODAY.get(code)
            assert word is None or not re.search(word, places.urgent), (country.code, code)


def test_urgent_places_are_the_local_ones() -> None:
    assert "NHS 111" in _where(_find("+447700900123")).values()["urgent_place"]
    for country in kb().countries.values():
        if country.code != "GB":
            text = " ".join(str(v) for v in _where(country).values().values())
            assert "NHS" not in text and "111.nhs.uk" not in text, country.code


def test_the_neutral_pack_names_no_services() -> None:
    neutral = kb().countries[NEUTRAL]
    assert neutral.calling_codes == () and neutral.crisis is None and neutral.poison is None
    values = _where(neutral).values()
    assert values["crisis_how"] == "" and values["poison_how"] == ""
    text = " ".join(values.values())
    for number in ("999", "911", "000", "111"):
        assert number not in text


def test_every_pack_is_complete() -> None:
    packs = kb().countries
    assert len(packs) >= 50 and NEUTRAL in packs
    seen: set[str] = set()
    for country in packs.values():
        assert country.name and country.places.get("en"), country.code
        assert not seen & set(country.calling_codes), country.code
        seen |= set(country.calling_codes)
        assert all(code.isdigit() for code in country.calling_codes), country.code
        assert country.emergency.isdigit(), country.code
        assert all(n.replace(" ", "").isdigit() for n in country.also), country.code
        if country.crisis:
            assert any(ch.isdigit() for ch in country.crisis.number), country.code
        values = _where(country).values()
        for name in ("emergency", "emergency_text", "emergency_place", "urgent_place"):
            assert values[name].strip() and "{" not in values[name], (country.code, name)


@given(st.text(max_size=40), st.sampled_from(["44", "1", "999", ""]))
def test_any_address_gets_a_pack_with_a_number(address: str, default: str) -> None:
    country = countries.find(address, kb().countries, default)
    assert _where(country).emergency.strip()

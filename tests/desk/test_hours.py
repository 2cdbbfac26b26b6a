"""Opening hours: open or not, and when someone is next there, in the desk's time zone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from selfcare.desk.hours import HoursError, OpeningHours
from selfcare.settings import SettingsError, load_settings

# 2026-12-03 is a Thursday.
THU_10_UTC = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


def test_empty_means_always_open() -> None:
    hours = OpeningHours.parse("")
    assert hours.always and hours.is_open(THU_10_UTC)


def test_weekday_hours_in_the_desk_time_zone() -> None:
    hours = OpeningHours.parse("mon-fri 08:00-18:00", "Africa/Nairobi")  # UTC+3
    assert hours.is_open(THU_10_UTC)  # 13:00 in Nairobi
    assert not hours.is_open(datetime(2026, 12, 3, 15, 30, tzinfo=UTC))  # 18:30 there
    assert hours.is_open(datetime(2026, 12, 3, 14, 59, tzinfo=UTC))  # 17:59 there


def test_next_open_skips_the_weekend() -> None:
    hours = OpeningHours.parse("mon-fri 08:00-18:00; sat 09:00-13:00", "Europe/London")
    friday_night = datetime(2026, 12, 4, 22, 0, tzinfo=UTC)
    back = hours.next_open(friday_night)
    assert (back.weekday(), back.hour, back.minute) == (5, 9, 0)
    saturday_afternoon = datetime(2026, 12, 5, 14, 0, tzinfo=UTC)
    back = hours.next_open(saturday_afternoon)
    assert (back.weekday(), back.hour) == (0, 8)
    assert hours.next_open(THU_10_UTC) == THU_10_UTC.astimezone(hours.zone)


def test_ranges_wrap_and_midnight_closes() -> None:
    hours = OpeningHours.parse("fri-mon 20:00-24:00")
    assert hours.is_open(datetime(2026, 12, 7, 23, 59, tzinfo=UTC))  # Monday
    assert not hours.is_open(datetime(2026, 12, 8, 23, 0, tzinfo=UTC))  # Tuesday


@pytest.mark.parametrize(
    "spec", ["weekdays 9-5", "mon-fri 18:00-08:00", "mon-fry 08:00-18:00", "mon 25:00-26:00"]
)
def test_bad_hours_are_refused_with_a_reason(spec: str) -> None:
    with pytest.raises(HoursError):
        OpeningHours.parse(spec)


def test_settings_name_the_bad_variable() -> None:
    with pytest.raises(SettingsError, match="HANDOVER_HOURS"):
        load_settings(_env_file=None, handover_hours="9 to 5")
    with pytest.raises(SettingsError, match="HANDOVER_TIMEZONE"):
        load_settings(_env_file=None, handover_timezone="Mars/Olympus")
    with pytest.raises(SettingsError, match="HANDOVER_ON"):
        load_settings(_env_file=None, handover_on="emergency,sometimes")
    ok = load_settings(_env_file=None, handover_on=" Emergency , crisis")
    assert ok.handover_flags == {"emergency", "crisis"}

"""Settings: every one documented, secrets never shown, bad values named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from selfcare.settings import Settings, SettingsError, load_settings

ROOT = Path(__file__).parents[1]


def test_every_setting_is_in_env_example() -> None:
    documented = set(
        re.findall(r"^#?([A-Z][A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M)
    )
    assert {name.upper() for name in Settings.model_fields} == documented


def test_secrets_never_appear_in_repr(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WHATSAPP_ACCESS_TOKEN", "EAAG-very-secret")
    monkeypatch.setenv("WHATSAPP_WEBHOOK_SECRET", "app-secret-123")
    settings = load_settings()
    shown = repr(settings) + str(settings.model_dump())
    assert "EAAG-very-secret" not in shown and "app-secret-123" not in shown


def test_defaults_match_the_design(clean_env: Path) -> None:
    settings = load_settings()
    assert settings.webhook_port == 8000
    assert settings.whatsapp_api_base_url == "https://graph.facebook.com"
    assert settings.whatsapp_api_version == "v25.0"
    assert settings.sqlite_path == Path("data/selfcare.db")
    assert not settings.whatsapp_enabled and not settings.twilio_enabled


def test_a_bad_value_names_the_variable_not_the_value(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SEND_RATE_PER_SECOND", "-5")
    with pytest.raises(SettingsError) as info:
        load_settings()
    assert str(info.value).startswith("SEND_RATE_PER_SECOND:")
    assert "-5" not in str(info.value)

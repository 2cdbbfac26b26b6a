"""The one Settings object, read from the environment and ``.env``.

Secrets are ``SecretStr``: their value never appears in a repr, a log line or an error.
A bad value raises :class:`SettingsError`, whose message names the variable only.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///./data/selfcare.db"
# Optional settings for which an empty value (``NAME=`` in .env) means "not set".
_OPTIONAL = (
    "whatsapp_verify_token",
    "whatsapp_access_token",
    "whatsapp_phone_number_id",
    "whatsapp_webhook_secret",
    "twilio_account_sid",
    "twilio_auth_token",
    "twilio_whatsapp_number",
    "twilio_webhook_url",
)
_HEADER_SAFE = re.compile(r"[\x21-\x7e]+")


class SettingsError(Exception):
    """One line for a person: which variable is wrong and why, never its value."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", frozen=True
    )

    # Meta WhatsApp Cloud API
    whatsapp_verify_token: SecretStr | None = None
    whatsapp_access_token: SecretStr | None = None
    whatsapp_phone_number_id: str | None = None
    whatsapp_webhook_secret: SecretStr | None = None  # the App Secret
    # The one way to accept unsigned Meta webhooks while credentials are set (never do it
    # on a server people use: anyone who finds the URL could make it send messages).
    whatsapp_allow_unsigned: bool = False
    whatsapp_api_base_url: str = "https://graph.facebook.com"
    whatsapp_api_version: str = Field(default="v25.0", pattern=r"^v\d+\.\d+$")

    # Twilio
    twilio_account_sid: str | None = None
    twilio_auth_token: SecretStr | None = None
    twilio_whatsapp_number: str | None = None
    twilio_webhook_url: str | None = None
    twilio_api_base_url: str = "https://api.twilio.com"

    # Server and store
    webhook_host: str = "0.0.0.0"
    webhook_port: Annotated[int, Field(ge=1, le=65535)] = 8000
    database_url: str = DEFAULT_DATABASE_URL
    database_pool_size: Annotated[int, Field(ge=1, le=200)] = 10
    # 0 keeps everything; at most 100 years (a date further back cannot be computed).
    data_retention_days: Annotated[int, Field(ge=0, le=36500)] = 0
    # Dead letters and statuses matching none of our messages hold no conversation to keep:
    # their own retention (0 keeps them), whatever DATA_RETENTION_DAYS says.
    dead_letter_retention_days: Annotated[int, Field(ge=0, le=36500)] = 30
    max_body_bytes: Annotated[int, Field(ge=1024)] = 3 * 1024 * 1024

    # Pipeline
    run_worker: bool = True  # run the worker and sender inside the server process
    # `selfcare serve` runs the worker and sender in this many processes of their own, so the
    # assistant's CPU work never delays an acknowledgement (the GIL rules out a thread).
    # 0: inside the web process. Unset: 1 on a machine with several cores, else 0.
    worker_processes: Annotated[int | None, Field(ge=0, le=64)] = None
    # Mark each answered message read (blue ticks): one more provider call per message, and
    # the answer itself, seconds later, already shows it was read.
    read_receipts: bool = False
    worker_lease_seconds: Annotated[float, Field(gt=0)] = 30.0
    # How often an idle worker looks for work another process stored (its own wakes it).
    worker_poll_seconds: Annotated[float, Field(gt=0, le=60)] = 0.25
    history_turns: Annotated[int, Field(ge=0, le=200)] = 20
    send_rate_per_second: Annotated[float, Field(gt=0)] = 80.0
    send_timeout_seconds: Annotated[float, Field(gt=0)] = 10.0
    send_max_backoff_seconds: Annotated[float, Field(gt=0)] = 300.0
    # After a timeout the provider may have sent the message: wait this long for a status
    # webhook that proves it before sending again.
    send_ambiguous_grace_seconds: Annotated[float, Field(ge=0)] = 20.0

    # Assistant
    default_country_code: str = Field(default="44", pattern=r"^\d{1,4}$")

    log_level: str = Field(default="INFO", pattern=r"^(DEBUG|INFO|WARNING|ERROR)$")

    # Handover to people and the operator console (docs/operators.md)
    # Conversations flagged for an operator while the assistant answers as usual:
    # a comma list of levels (emergency, urgent, routine, self_care) and/or "crisis".
    handover_on: str = ""
    handover_hours: str = ""  # e.g. "mon-fri 08:00-18:00; sat 09:00-13:00"; empty: always
    handover_timezone: str = "UTC"
    # A request nobody takes within this time goes back to the assistant (0: never).
    handover_timeout_minutes: Annotated[int, Field(ge=0)] = 60
    # The approved template the console sends when WhatsApp's 24-hour window has closed (its
    # name in WhatsApp Manager; with Twilio, its Content SID), and the language it was
    # approved in (Meta's code: en, en_US, pt_BR…).
    handover_template: str | None = None
    handover_template_language: Annotated[str, Field(pattern=r"^[a-z]{2,3}(_[A-Z]{2})?$")] = "en"
    console_session_hours: Annotated[float, Field(gt=0, le=24 * 30)] = 12.0
    console_secure_cookie: bool | None = None  # None: Secure when the request came by HTTPS
    # The web chat at /try: None turns it on only when no provider credentials are set.
    web_chat_enabled: bool | None = None

    @field_validator("whatsapp_api_base_url", "twilio_api_base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator(*_OPTIONAL, mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        # `cp .env.example .env` leaves `NAME=` lines: an empty value means "not set",
        # everywhere (never an empty HMAC key that anyone can sign with).
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("whatsapp_access_token", "twilio_auth_token", "twilio_account_sid")
    @classmethod
    def _header_safe(cls, value: SecretStr | str | None) -> SecretStr | str | None:
        # These travel in an HTTP header, which holds printable ASCII only: a pasted
        # non-breaking space or line break would fail every send (and httpx's error would
        # carry the token into logs). Refuse it at start, naming the variable only.
        raw = value.get_secret_value() if isinstance(value, SecretStr) else value
        if raw and not _HEADER_SAFE.fullmatch(raw):
            raise ValueError(
                "holds a space, line break or non-ASCII character (a paste accident?); "
                "it cannot be sent in an HTTP header"
            )
        return value

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if not value.startswith(("sqlite", "postgresql", "postgres://")):
            raise ValueError("must be a sqlite:// or postgresql:// URL")
        return value

    @field_validator("handover_on")
    @classmethod
    def _escalation(cls, value: str) -> str:
        known = {"emergency", "urgent", "routine", "self_care", "crisis"}
        names = [v.strip().lower() for v in value.split(",") if v.strip()]
        unknown = sorted(set(names) - known)
        if unknown:
            raise ValueError(f"unknown {', '.join(unknown)}: use {', '.join(sorted(known))}")
        return ",".join(names)

    @field_validator("handover_hours")
    @classmethod
    def _hours(cls, value: str) -> str:
        from selfcare.desk.hours import OpeningHours

        OpeningHours.parse(value)
        return value

    @field_validator("handover_timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        from selfcare.desk.hours import OpeningHours

        OpeningHours.parse("", value)
        return value

    @property
    def handover_flags(self) -> frozenset[str]:
        return frozenset(v for v in self.handover_on.split(",") if v)

    @property
    def web_chat_on(self) -> bool:
        if self.web_chat_enabled is not None:
            return self.web_chat_enabled
        return not (self.whatsapp_enabled or self.twilio_enabled)

    @property
    def provider_credentials(self) -> bool:
        """Whether any provider credential is set: an access token, or Twilio's SID or token.
        Then the service can reach real people, so webhooks must be signed."""
        return bool(self.whatsapp_access_token or self.twilio_account_sid or self.twilio_auth_token)

    @property
    def unsigned_webhooks_allowed(self) -> bool:
        """Whether a Meta webhook may come without a signature when no App Secret is set:
        in local mode (no credentials at all), or with the explicit WHATSAPP_ALLOW_UNSIGNED.
        With credentials the service is live, and an unsigned webhook could make it message
        anyone: refused. With the secret set, signatures are always checked."""
        if self.whatsapp_webhook_secret is not None:
            return False
        return self.whatsapp_allow_unsigned or not self.provider_credentials

    @property
    def whatsapp_enabled(self) -> bool:
        return self.whatsapp_access_token is not None and self.whatsapp_phone_number_id is not None

    @property
    def twilio_enabled(self) -> bool:
        return bool(self.twilio_account_sid and self.twilio_auth_token)

    @property
    def sqlite_path(self) -> Path | None:
        """The SQLite file, when the store is SQLite on disk."""
        for prefix in ("sqlite+aiosqlite:///", "sqlite:///"):
            if self.database_url.startswith(prefix):
                rest = self.database_url[len(prefix) :]
                return None if rest in ("", ":memory:") else Path(rest)
        return None


def load_settings(**overrides: object) -> Settings:
    """Build the settings, turning a validation error into one line naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors(include_input=False)[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        raise SettingsError(f"{name}: {first['msg']}") from None

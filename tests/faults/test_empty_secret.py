"""An empty ``WHATSAPP_WEBHOOK_SECRET=`` (what `cp .env.example .env` leaves) is "not set"
everywhere, and with an access token configured an unsigned or empty-key webhook is refused:
a forger cannot make the live service message a number of their choosing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from selfcare.channels.whatsapp import sign
from selfcare.cli import app
from selfcare.settings import load_settings
from tests.conftest import PHONE_NUMBER_ID
from tests.fakes.graph import FakeGraph
from tests.faults.conftest import PEOPLE, flood_body
from tests.pipeline.conftest import Echo, Start, settle

ROOT = Path(__file__).parents[2]
BODY = flood_body(PEOPLE[0], 0, prefix="forged")


def env_from_example(folder: Path, **filled: str) -> None:
    """`cp .env.example .env`, then fill in only the given lines."""
    lines = []
    for line in (ROOT / ".env.example").read_text().splitlines():
        name = line.split("=", 1)[0]
        lines.append(f"{name}={filled[name]}" if name in filled else line)
    (folder / ".env").write_text("\n".join(lines) + "\n")


def test_empty_lines_of_env_example_are_not_set(clean_env: Path) -> None:
    env_from_example(clean_env, WHATSAPP_ACCESS_TOKEN="EAAG-live", WHATSAPP_PHONE_NUMBER_ID="1")
    settings = load_settings()
    assert settings.whatsapp_webhook_secret is None
    assert settings.whatsapp_verify_token is None
    assert not settings.unsigned_webhooks_allowed


@pytest.mark.parametrize(
    ("header", "status"),
    [(None, 403), ("", 403), (sign(BODY, ""), 403), (sign(BODY, " "), 403)],
)
def test_with_a_token_and_no_secret_unsigned_and_empty_key_webhooks_are_refused(
    start: Start, graph: FakeGraph, header: str | None, status: int
) -> None:
    client = start(Echo(), whatsapp_webhook_secret="")
    headers = {"content-type": "application/json"}
    if header is not None:
        headers["x-hub-signature-256"] = header
    response = client.post("/webhook", content=BODY, headers=headers)
    assert response.status_code == status
    assert "WHATSAPP_WEBHOOK_SECRET" in response.text  # says what to do
    settle()
    assert graph.messages == []
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    assert client.portal.call(runtime.store.queue_depth) == (0, 0)


def test_local_mode_without_token_or_secret_still_accepts_unsigned(start: Start) -> None:
    client = start(Echo(), whatsapp_webhook_secret="  ", whatsapp_access_token="")
    response = client.post("/webhook", content=BODY, headers={"content-type": "application/json"})
    assert response.status_code == 200
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    assert client.portal.call(runtime.store.history, PEOPLE[0]), "the message was not stored"


def test_check_config_names_the_missing_secret_when_a_token_is_set(clean_env: Path) -> None:
    env_from_example(
        clean_env, WHATSAPP_ACCESS_TOKEN="EAAG-live", WHATSAPP_PHONE_NUMBER_ID=PHONE_NUMBER_ID
    )
    result = CliRunner().invoke(app, ["check-config"], env={"WHATSAPP_VERIFY_TOKEN": "v"})
    assert result.exit_code == 1
    line = next(x for x in result.output.splitlines() if x.startswith("WHATSAPP_WEBHOOK_SECRET"))
    assert "NOT SET" in line and "refused" in line
    assert "EAAG-live" not in result.output

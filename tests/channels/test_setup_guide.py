"""Secure and friendly defaults, tried as a new user would.

The setup guide's curl test is read from docs/whatsapp-setup.md and run as written; webhooks
are refused unsigned once any credential is set (and check-config and the start-up log say
why); what is kept as a dead letter is logged with its reason and listed by
``selfcare dead-letters``; and nothing at INFO or above names a person or quotes them.
"""

from __future__ import annotations

import json
import logging
import re
import shlex
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from selfcare.app import create_app
from selfcare.channels.registry import adapters, log_settings
from selfcare.channels.whatsapp import sign
from selfcare.cli import app as cli
from tests.conftest import ACCESS_TOKEN, make_settings
from tests.pipeline.conftest import Echo, text_body

GUIDE = Path(__file__).parents[2] / "docs" / "whatsapp-setup.md"
# A local try: no credential of any kind.
LOCAL = {
    "whatsapp_verify_token": None,
    "whatsapp_access_token": None,
    "whatsapp_phone_number_id": None,
    "whatsapp_webhook_secret": None,
}
JSON = {"content-type": "application/json"}


def guide_commands() -> tuple[list[str], str]:
    """The curl command of the guide's local try, split as a shell would, and the history
    command after it."""
    text = GUIDE.read_text()
    block = re.search(r"```sh\n(curl .*?)\n(selfcare history [^\n]+)\n```", text, re.S)
    assert block, "the setup guide's curl test is missing"
    return shlex.split(block.group(1)), block.group(2)


def curl_body(argv: list[str]) -> bytes:
    return argv[argv.index("-d") + 1].encode()


def until(check: Callable[[], object], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "the condition never came true"
        time.sleep(0.02)


def history(client: TestClient, person: str) -> list[str]:
    runtime = client.app.state.runtime  # type: ignore[attr-defined]
    return [item.text for item in client.portal.call(runtime.store.history, person)]


def test_the_guides_curl_test_works_as_written(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    argv, history_command = guide_commands()
    assert argv[0] == "curl" and "-H" in argv
    body = curl_body(argv)
    assert b'"object"' not in body and b'"+1234567890"' in body  # as the issue describes it
    url = f"sqlite:///{tmp_path}/selfcare.db"
    settings = make_settings(database_url=url, **LOCAL)
    with caplog.at_level(logging.INFO), TestClient(create_app(settings, assistant=Echo())) as c:
        answer = c.post("/webhook", content=body, headers=JSON)
        assert (answer.status_code, answer.text) == (200, "OK")
        until(lambda: len(history(c, "+1234567890")) == 2)
        assert history(c, "+1234567890") == ["I have a headache", "echo I have a headache"]
        # The very same body again is a duplicate (as Meta's redeliveries are): no new answer.
        assert c.post("/webhook", content=body, headers=JSON).status_code == 200
        runtime = c.app.state.runtime  # type: ignore[attr-defined]
        assert c.portal.call(runtime.store.dead_letter_count) == 0

    monkeypatch.chdir(tmp_path)
    shown = CliRunner().invoke(cli, shlex.split(history_command)[1:], env={"DATABASE_URL": url})
    assert shown.exit_code == 0, shown.output
    lines = shown.output.splitlines()
    assert len(lines) == 2
    assert "<-" in lines[0] and lines[0].endswith("I have a headache")
    assert "->" in lines[1] and lines[1].endswith("echo I have a headache")
    # Nothing at INFO or above names the person or quotes them.
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    assert "1234567890" not in logged and "headache" not in logged


@pytest.mark.parametrize(
    "credentials",
    [
        {"whatsapp_access_token": ACCESS_TOKEN},
        {"twilio_account_sid": "AC" + "1" * 32, "twilio_auth_token": "twilio-token"},
        {"twilio_auth_token": "twilio-token"},
    ],
    ids=["access token", "twilio credentials", "twilio token alone"],
)
def test_with_any_credential_unsigned_webhooks_are_refused_and_the_log_says_why(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, credentials: dict[str, str]
) -> None:
    settings = make_settings(database_url=f"sqlite:///{tmp_path}/s.db", **(LOCAL | credentials))
    with caplog.at_level(logging.INFO), TestClient(create_app(settings, assistant=Echo())) as c:
        refused = c.post("/webhook", content=text_body("hello"), headers=JSON)
        assert refused.status_code == 403 and "WHATSAPP_WEBHOOK_SECRET" in refused.text
        runtime = c.app.state.runtime  # type: ignore[attr-defined]
        assert c.portal.call(runtime.store.queue_depth) == (0, 0)
    started = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("WHATSAPP_WEBHOOK_SECRET" in m and "refused" in m for m in started)
    for value in credentials.values():
        assert value not in caplog.text


def test_wrongly_signed_webhooks_are_refused(tmp_path: Path) -> None:
    settings = make_settings(database_url=f"sqlite:///{tmp_path}/s.db")
    body = text_body("hello")
    with TestClient(create_app(settings, assistant=Echo())) as c:
        unsigned = c.post("/webhook", content=body, headers=JSON)
        forged = c.post(
            "/webhook", content=body, headers=JSON | {"x-hub-signature-256": sign(body, "guess")}
        )
    assert (unsigned.status_code, forged.status_code) == (401, 403)


def test_only_the_loudly_named_opt_out_accepts_unsigned_with_credentials(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    values = LOCAL | {"whatsapp_access_token": ACCESS_TOKEN, "whatsapp_allow_unsigned": True}
    settings = make_settings(database_url=f"sqlite:///{tmp_path}/s.db", **values)
    with caplog.at_level(logging.INFO), TestClient(create_app(settings, assistant=Echo())) as c:
        assert c.post("/webhook", content=text_body("hello"), headers=JSON).status_code == 200
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("WHATSAPP_ALLOW_UNSIGNED=true" in m and "NOT" in m for m in warned)


def test_the_opt_out_never_switches_off_a_configured_secret() -> None:
    settings = make_settings(whatsapp_allow_unsigned=True)  # the secret is set
    assert not settings.unsigned_webhooks_allowed
    states = {
        line.name: line for line in adapters(settings)[next(iter(adapters(settings)))].report()
    }
    assert "ignored" in states["WHATSAPP_ALLOW_UNSIGNED"].state


def test_without_any_credential_unsigned_is_accepted_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = make_settings(**LOCAL)
    assert settings.unsigned_webhooks_allowed
    with caplog.at_level(logging.WARNING):
        log_settings(adapters(settings))
    assert "signatures are NOT checked" in caplog.text


def run(*args: str, env: dict[str, str]):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), env=env)


def test_check_config_says_why_twilio_credentials_need_the_app_secret(clean_env: Path) -> None:
    twilio = {
        "TWILIO_ACCOUNT_SID": "AC" + "2" * 32,
        "TWILIO_AUTH_TOKEN": "tw-secret-token",
        "TWILIO_WHATSAPP_NUMBER": "whatsapp:+14155238886",
    }
    alone = run("check-config", env=twilio)
    [line] = [x for x in alone.output.splitlines() if x.startswith("WHATSAPP_WEBHOOK_SECRET")]
    assert "refused" in line and "403" in line
    # On Twilio alone Meta's webhook is unused: refusing it is right, and nothing to fix.
    assert alone.exit_code == 0, alone.output
    assert "Meta's channel is not used" in alone.output
    online = run("check-config", "--online", env=twilio)  # nothing to ask Meta about
    assert online.exit_code == 0, online.output
    both = run("check-config", env=twilio | {"WHATSAPP_ACCESS_TOKEN": "EAAG-token"})
    assert both.exit_code == 1 and "to fix:" in both.output
    assert "WHATSAPP_WEBHOOK_SECRET" in both.output.splitlines()[-1]
    opted_out = run("check-config", env=twilio | {"WHATSAPP_ALLOW_UNSIGNED": "true"})
    assert "NOT checked" in opted_out.output
    for result in (alone, both, opted_out):
        assert "tw-secret-token" not in result.output and "EAAG-token" not in result.output


def test_dead_letters_are_logged_with_their_reason_and_listed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path}/selfcare.db"
    settings = make_settings(database_url=url, **LOCAL)
    page = {"object": "page", "entry": [{"from": "+447700900123", "text": "my chest hurts"}]}
    with caplog.at_level(logging.INFO), TestClient(create_app(settings, assistant=Echo())) as c:
        assert c.post("/webhook", content=json.dumps(page), headers=JSON).status_code == 200
        runtime = c.app.state.runtime  # type: ignore[attr-defined]
        assert c.portal.call(runtime.store.dead_letter_count) == 1
    kept = [r for r in caplog.records if "dead letter" in r.getMessage()]
    assert kept and kept[0].levelno == logging.INFO
    assert "object is not whatsapp_business_account" in kept[0].getMessage()
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "chest" not in logged and "447700900123" not in logged

    monkeypatch.chdir(tmp_path)
    listed = run("dead-letters", env={"DATABASE_URL": url})
    assert listed.exit_code == 0, listed.output
    assert (
        "whatsapp" in listed.output and "object is not whatsapp_business_account" in listed.output
    )
    assert "chest" not in listed.output and "7700900123" not in listed.output
    shown = run("dead-letters", "--show-body", env={"DATABASE_URL": url})
    assert "my chest hurts" in shown.output  # asked for
    assert "7700900123" not in shown.output and "+44*******123" in shown.output


def test_dead_letters_when_there_are_none(clean_env: Path) -> None:
    listed = run("dead-letters", env={"DATABASE_URL": f"sqlite:///{clean_env}/empty.db"})
    assert listed.exit_code == 0 and "no dead letters" in listed.output


@pytest.mark.parametrize(
    "query",
    [
        "",
        "hub.mode=subscribe",
        "hub.mode=subscribe&hub.challenge=1&hub.verify_token=%FF%FE",
        "hub.mode=subscribe&hub.mode=subscribe&hub.challenge=&hub.verify_token=",
        "hub.challenge=" + "9" * 5000,
    ],
)
def test_odd_handshakes_are_refused_never_a_server_error(tmp_path: Path, query: str) -> None:
    settings = make_settings(database_url=f"sqlite:///{tmp_path}/s.db")
    with TestClient(create_app(settings, assistant=Echo())) as c:
        answer = c.get(f"/webhook?{query}")
    assert answer.status_code == 403 and answer.text == "forbidden"

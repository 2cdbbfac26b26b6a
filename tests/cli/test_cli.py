"""The ``selfcare`` command: clear one-line errors, no secrets printed, real effects."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from typer.testing import CliRunner

from selfcare.cli import app
from selfcare.events import Channel, InboundMessage, MessageKind
from selfcare.store import Store, utcnow
from tests.conftest import ACCESS_TOKEN, PHONE_NUMBER_ID
from tests.fakes.graph import FakeGraph

runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env, input=input)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("WEBHOOK_PORT", "eighty"),
        ("WEBHOOK_PORT", "70000"),
        ("DATABASE_URL", "mysql://nope"),
        ("WHATSAPP_API_VERSION", "25"),
        ("WHATSAPP_API_BASE_URL", "graph.facebook.com"),
    ],
)
def test_a_bad_setting_is_one_line_naming_the_variable(
    clean_env: Path, name: str, value: str
) -> None:
    result = run("check-config", env={name: value, "WHATSAPP_ACCESS_TOKEN": "s3cr3t-token"})
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and name in lines[0]
    assert value not in result.output and "s3cr3t-token" not in result.output
    assert "Traceback" not in result.output


def test_check_config_reports_without_printing_secrets(clean_env: Path) -> None:
    env = {
        "WHATSAPP_VERIFY_TOKEN": "verify-me-123",
        "WHATSAPP_ACCESS_TOKEN": "EAAG-secret",
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
    }
    result = run("check-config", env=env)
    assert result.exit_code == 1  # a token without the App Secret: webhooks are refused
    assert "WHATSAPP_WEBHOOK_SECRET" in result.output and "NOT SET" in result.output
    assert "EAAG-secret" not in result.output and "verify-me-123" not in result.output


def test_check_config_online_asks_the_graph_api(clean_env: Path) -> None:
    with FakeGraph(token=ACCESS_TOKEN) as graph:
        env = {
            "WHATSAPP_VERIFY_TOKEN": "v",
            "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
            "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
            "WHATSAPP_WEBHOOK_SECRET": "app-secret",
            "WHATSAPP_API_BASE_URL": graph.base_url,
        }
        good = run("check-config", "--online", env=env)
        bad = run("check-config", "--online", env={**env, "WHATSAPP_ACCESS_TOKEN": "expired"})
    assert good.exit_code == 0 and "reachable with this token" in good.output
    assert bad.exit_code == 2 and "HTTP 401" in bad.output and "expired" not in bad.output


def test_simulate_without_a_server_is_a_clear_error(clean_env: Path) -> None:
    result = run("simulate", "hello", "--url", "http://127.0.0.1:9/webhook")
    assert result.exit_code == 2
    assert "could not reach" in result.output and "Traceback" not in result.output


def _seed(url: str) -> None:
    async def go() -> None:
        store = await Store.open(url)
        message = InboundMessage(
            Channel.WHATSAPP,
            "wamid.CLI",
            "+447700900123",
            utcnow(),
            MessageKind.TEXT,
            "sore throat",
        )
        await store.write_batch([message])
        await store.close()

    asyncio.run(go())


def test_history_and_forget(clean_env: Path) -> None:
    url = f"sqlite:///{clean_env}/cli.db"
    _seed(url)
    env = {"DATABASE_URL": url}
    shown = run("history", "+44 7700 900123", env=env)
    assert shown.exit_code == 0 and "sore throat" in shown.output
    assert run("forget", "+447700900123", env=env, input="n\n").exit_code == 1
    erased = run("forget", "+447700900123", "--yes", env=env)
    assert erased.exit_code == 0 and "erased" in erased.output
    assert "no messages stored" in run("history", "+447700900123", env=env).output


def test_history_takes_any_channels_address_format(clean_env: Path) -> None:
    url = f"sqlite:///{clean_env}/cli.db"
    _seed(url)
    # Twilio writes numbers as whatsapp:+…; the person is the same.
    shown = run("history", "whatsapp:+447700900123", env={"DATABASE_URL": url})
    assert shown.exit_code == 0 and "sore throat" in shown.output
    visitor = run("history", "web:abcdefgh1234", env={"DATABASE_URL": url})
    assert visitor.exit_code == 0 and "no messages stored" in visitor.output


@pytest.mark.parametrize(
    ("provider", "says"),
    [("pager", "unknown provider 'pager'"), ("web", "the web channel cannot be simulated")],
)
def test_simulate_names_what_it_cannot_do(clean_env: Path, provider: str, says: str) -> None:
    result = run("simulate", "hello", "--provider", provider)
    assert result.exit_code == 2 and says in result.output
    assert "Traceback" not in result.output


def test_simulate_twilio_needs_its_auth_token(clean_env: Path) -> None:
    result = run("simulate", "hello", "--provider", "twilio")
    assert result.exit_code == 2 and "TWILIO_AUTH_TOKEN" in result.output


def test_history_rejects_a_malformed_number(clean_env: Path) -> None:
    result = run("history", "not-a-number")
    assert result.exit_code == 2 and "international form" in result.output


def test_purge_needs_a_retention_period(clean_env: Path) -> None:
    result = run("purge", env={"DEAD_LETTER_RETENTION_DAYS": "0"})
    assert result.exit_code == 2 and "DATA_RETENTION_DAYS" in result.output


# `selfcare kb check` on the built-in knowledge base (20 s of CPU) runs once in the suite:
# tests/assistant/test_kbcheck.py::test_the_built_in_knowledge_base_has_no_problems.


def test_kb_check_reports_a_broken_topic(clean_env: Path) -> None:
    folder = clean_env / "kb" / "topics"  # --directory is a knowledge base's root folder
    folder.mkdir(parents=True)
    (folder / "broken.yaml").write_text("id: broken\ntitle: X\n")
    result = run("kb", "check", "--directory", str(clean_env / "kb"))
    assert result.exit_code == 1 and "broken.yaml" in result.output


@pytest.mark.parametrize("command", ["serve", "worker"])
def test_an_unreachable_database_is_one_clear_line(clean_env: Path, command: str) -> None:
    result = run(command, env={"DATABASE_URL": "postgresql://me:hunter2@127.0.0.1:1/app"})
    assert result.exit_code == 2
    assert "cannot open the database at postgresql://me:***@127.0.0.1:1/app" in result.output
    assert "hunter2" not in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("port", ["99999", "0", "-1", "65536"])
def test_serve_refuses_an_out_of_range_port(clean_env: Path, port: str) -> None:
    result = run("serve", "--port", port)
    assert result.exit_code == 2
    assert "--port" in result.output and "Traceback" not in result.output


CREDENTIAL_URLS = [
    "postgresql://app:hunter2pw@127.0.0.1:9/db",
    "postgresql://app@127.0.0.1:9/db?password=hunter2pw",
    "postgres://127.0.0.1:9/db?user=app&password=hunter2pw&sslmode=require",
    "postgresql://127.0.0.1:9/db?sslpassword=hunter2pw",
    "postgresql+asyncpg://app:hunter2pw@127.0.0.1:9/db?token=hunter2pw",
]


@pytest.mark.parametrize("url", CREDENTIAL_URLS)
def test_no_form_of_database_credential_is_printed(clean_env: Path, url: str) -> None:
    shown = run("check-config", env={"DATABASE_URL": url})
    assert "hunter2pw" not in shown.output and "127.0.0.1" in shown.output
    failed = run("history", "+447700900123", env={"DATABASE_URL": url})
    assert failed.exit_code == 2 and "cannot open the database" in failed.output
    assert "hunter2pw" not in failed.output and "Traceback" not in failed.output


def test_an_absurd_retention_is_refused_naming_the_variable(clean_env: Path) -> None:
    result = run("purge", env={"DATA_RETENTION_DAYS": "99999999"})
    assert result.exit_code == 2
    assert "DATA_RETENTION_DAYS" in result.output and "unexpected" not in result.output
    assert "99999999" not in result.output


def test_the_worker_command_runs_without_the_web_app() -> None:
    """``selfcare worker`` scales processing apart from ingestion: it needs the pipeline's
    wiring, not the HTTP routes (checked in a fresh interpreter, as a worker process starts)."""
    import subprocess
    import sys

    probe = (
        "import sys, selfcare.cli\n"
        "from selfcare.pipeline.runtime import run_worker\n"
        "print(sorted(m for m in sys.modules if m == 'selfcare.app' or m.startswith('starlette')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"

"""``selfcare operator add|list|remove`` and ``selfcare audit``: real effects, clear errors."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from selfcare.cli import app

runner = CliRunner()


def run(url: str, *args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env={"DATABASE_URL": url}, input=input)


def test_operators_are_added_listed_reset_and_removed(clean_env: Path) -> None:
    url = f"sqlite:///{clean_env}/ops.db"
    added = run(url, "operator", "add", "Nurse.Joy", "--password-stdin", input="s3cret-enough\n")
    assert added.exit_code == 0, added.output
    assert "operator nurse.joy added" in added.output and "s3cret" not in added.output
    listed = run(url, "operator", "list")
    assert listed.exit_code == 0 and listed.output.startswith("nurse.joy")
    reset = run(url, "operator", "add", "nurse.joy", "--password-stdin", input="another-secret\n")
    assert "operator nurse.joy reset" in reset.output
    removed = run(url, "operator", "remove", "nurse.joy")
    assert removed.exit_code == 0
    assert "no operators" in run(url, "operator", "list").output
    trail = run(url, "audit").output
    assert "operator_add" in trail and "operator_reset" in trail and "operator_remove" in trail
    assert "another-secret" not in trail


def test_operator_errors_are_one_line(clean_env: Path) -> None:
    url = f"sqlite:///{clean_env}/ops.db"
    short = run(url, "operator", "add", "joy", "--password-stdin", input="short\n")
    assert short.exit_code == 2 and "at least 10 characters" in short.output
    assert "Traceback" not in short.output
    no_stdin = run(url, "operator", "add", "joy")
    assert no_stdin.exit_code == 2 and "--password-stdin" in no_stdin.output
    bad_name = run(url, "operator", "add", "joy smith", "--password-stdin", input="x" * 12)
    assert bad_name.exit_code == 2 and "name" in bad_name.output
    missing = run(url, "operator", "remove", "nobody")
    assert missing.exit_code == 1 and "no operator named" in missing.output

"""The ``selfcare`` command. Errors are one clear line on stderr and exit code 2, never a
traceback; heavy imports happen inside each command so ``--help`` stays fast."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from selfcare.settings import Settings, SettingsError, load_settings

app = typer.Typer(
    help="selfcare: a self-care health assistant on WhatsApp.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
kb_app = typer.Typer(help="The knowledge base.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as exc:
        fail(f"bad setting {exc}")


@app.command()
def chat(
    phone: Annotated[
        str | None, typer.Option(help="Your number, e.g. +447700900123 (picks the country).")
    ] = None,
) -> None:
    """Talk to the assistant in this terminal (type 'quit' to leave)."""
    from selfcare.assistant.chat import run_chat

    run_chat(phone=phone, default_country=settings().default_country_code)


@app.command()
def triage(
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Read JSON lines on stdin.")] = False,
) -> None:
    """Triage each stdin line {"id","text","phone"?} as a first message; write JSON lines."""
    if not jsonl:
        fail("only --jsonl input is supported: pipe JSON lines on stdin")
    from selfcare.assistant.batch import triage_jsonl

    code = triage_jsonl(sys.stdin, sys.stdout, default_country=settings().default_country_code)
    raise typer.Exit(code)


@app.command("eval")
def evaluate(
    paths: Annotated[list[Path], typer.Argument(help="Vignette files (JSON lines).")],
) -> None:
    """Score triage against vignettes: accuracy, safe rate, under/over-triage, confusion."""
    from selfcare.assistant.evaluate import main as run_eval

    for path in paths:
        if not path.is_file():
            fail(f"no such vignette file: {path}")
    raise typer.Exit(run_eval(paths))


@kb_app.command("check")
def kb_check(
    directory: Annotated[
        Path | None, typer.Option(help="A folder of topic files (default: the built-in one).")
    ] = None,
) -> None:
    """Validate every knowledge-base topic file against the schema."""
    from selfcare.assistant import knowledge

    folder = directory or knowledge.TOPICS_DIR
    if not folder.is_dir():
        fail(f"no such folder: {folder}")
    topics, errors = knowledge.check(folder)
    for error in errors:
        typer.echo(f"{error.path.name}: {error.message}", err=True)
    typer.echo(f"{len(topics)} topics valid, {len(errors)} with errors")
    raise typer.Exit(1 if errors else 0)


def main() -> None:
    try:
        app()
    except SettingsError as exc:
        typer.echo(f"error: bad setting {exc}", err=True)
        sys.exit(2)

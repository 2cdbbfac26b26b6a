"""The ``selfcare`` command. Errors are one clear line on stderr and exit code 2, never a
traceback; heavy imports happen inside each command so ``--help`` stays fast."""

from __future__ import annotations

import os
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TypeVar

import typer

from selfcare.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from selfcare.channels.base import ChannelAdapter
    from selfcare.store import Store

T = TypeVar("T")

app = typer.Typer(
    help="selfcare: a self-care health assistant on WhatsApp.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
kb_app = typer.Typer(help="The knowledge base.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")
operator_app = typer.Typer(help="People who may sign in to the console.", no_args_is_help=True)
app.add_typer(operator_app, name="operator")


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as exc:
        fail(f"bad setting {exc}")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Overrides WEBHOOK_HOST.")] = None,
    port: Annotated[
        int | None, typer.Option(min=1, max=65535, help="Overrides WEBHOOK_PORT.")
    ] = None,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Server processes.")] = 1,
) -> None:
    """Run the webhook server with the worker and sender (in WORKER_PROCESSES processes of
    their own; unset: one on a multi-core machine, else inside the server)."""
    import uvicorn

    from selfcare.app import create_app
    from selfcare.logs import configure
    from selfcare.pipeline.processes import default_count
    from selfcare.store.database import is_sqlite

    config = settings()
    configure(config.log_level)
    _preflight(config)
    if config.worker_processes is None:
        count = default_count()
        config = config.model_copy(update={"worker_processes": count})
        os.environ["WORKER_PROCESSES"] = str(count)  # for the processes --workers starts
    bind_host, bind_port = host or config.webhook_host, port or config.webhook_port
    if workers == 1:
        uvicorn.run(
            create_app(config), host=bind_host, port=bind_port, log_config=None, access_log=False
        )
        return
    if is_sqlite(config.database_url):
        typer.echo("warning: several processes on SQLite work, but PostgreSQL is the store "
                   "for that (see docs/deployment.md)", err=True)  # fmt: skip
    uvicorn.run(
        "selfcare.app:factory",
        factory=True,
        workers=workers,
        log_config=None,
        access_log=False,
        host=bind_host,
        port=bind_port,
    )


def _preflight(config: Settings) -> None:
    """Open the database (and migrate it) before serving, so a bad one is one clear line."""

    async def check(store: Store) -> None:
        return None

    _with_store(check)


@app.command()
def worker(
    wake_fd: Annotated[
        int | None,
        typer.Option(hidden=True, help="Set by `selfcare serve` for the processes it starts."),
    ] = None,
) -> None:
    """Answer and send without the HTTP server (scale processing apart from ingestion)."""
    import asyncio

    from selfcare.logs import configure
    from selfcare.pipeline.runtime import run_worker

    config = settings()
    configure(config.log_level)
    if wake_fd is None:  # started by `selfcare serve`, the database is checked already
        _preflight(config)
    asyncio.run(run_worker(config, wake_fd))


@app.command()
def simulate(
    text: Annotated[str, typer.Argument(help="The message text, as a person would send it.")],
    sender: Annotated[str, typer.Option("--from", help="The sender's number.")] = "+15551234567",
    url: Annotated[str | None, typer.Option(help="Webhook URL (default: this server).")] = None,
    message_id: Annotated[
        str | None, typer.Option(help="Reuse a provider message id to test dedupe.")
    ] = None,
    provider: Annotated[
        str | None,
        typer.Option(
            help="Which provider's webhook to imitate, by its channel name (a wrong name "
            "lists them; default: the registry's first)."
        ),
    ] = None,
) -> None:
    """Post a correctly signed text webhook, as the provider would send it, to a running server."""
    import httpx

    from selfcare.channels.base import ChannelError

    config = settings()
    adapter = _adapter(provider, config)
    try:
        request = adapter.simulate(
            text,
            sender,
            url=url,
            local=f"http://127.0.0.1:{config.webhook_port}",
            message_id=message_id,
        )
    except ChannelError as exc:
        fail(str(exc))
    try:
        response = httpx.post(
            request.url, content=request.body, headers=dict(request.headers), timeout=10
        )
    except httpx.HTTPError as exc:
        fail(f"could not reach {request.url}: {type(exc).__name__} (is the server running?)")
    typer.echo(f"{response.status_code} {response.text.strip()[:200]}")
    raise typer.Exit(0 if response.status_code == 200 else 1)


def _adapter(name: str | None, config: Settings) -> ChannelAdapter:
    from selfcare.channels.registry import PROVIDERS, adapter
    from selfcare.events import Channel

    known = [c.value for c in PROVIDERS]
    name = known[0] if name is None else name
    if name not in known:
        fail(f"unknown provider {name!r}: use {' or '.join(known)}")
    return adapter(Channel(name), config)


@app.command("check-config")
def check_config(
    online: Annotated[
        bool, typer.Option(help="Also ask each provider about the credentials.")
    ] = False,
) -> None:
    """Validate the settings and say what each channel can do; with --online, ask the
    providers whether the credentials work."""
    from selfcare.channels.registry import adapters
    from selfcare.store.database import safe_url

    config = settings()
    problems = []
    channels = adapters(config)
    for adapter in channels.values():
        for line in adapter.report():
            typer.echo(f"{line.name:28} {line.state}")
            if line.problem:
                problems.append(line.name)
    typer.echo(f"{'DATABASE_URL':28} {safe_url(config.database_url)}")
    if online:
        _check_online([a for a in channels.values() if a.enabled])
    if problems:
        typer.echo(f"to fix: {', '.join(problems)}")
    raise typer.Exit(1 if problems else 0)


def _check_online(running: list[ChannelAdapter]) -> None:
    import asyncio

    from selfcare.channels import AioHttp
    from selfcare.channels.base import ChannelError

    async def ask() -> list[str]:
        client = AioHttp(connections=4)
        try:
            return [line for a in running if (line := await a.check_online(client))]
        finally:
            await client.aclose()

    try:
        lines = asyncio.run(ask())
    except ChannelError as exc:
        fail(str(exc))
    for line in lines:
        typer.echo(line)


PERSON_HELP = "The person's number (+447700900123), user id (US.1349…) or web chat id."


def _address(raw: str) -> str:
    """The person as stored, whichever channel's address format ``raw`` is in."""
    from selfcare.channels.registry import adapters, person

    found = person(raw, adapters(settings()))
    if found is None:
        fail("give the number in international form (+447700900123) or the user id (US.1349…)")
    return found


def _with_store(action: Callable[[Store], Awaitable[T]]) -> T:
    import asyncio

    from selfcare.store import Store
    from selfcare.store.database import safe_url

    async def run() -> T:
        config = settings()
        try:
            store = await Store.open(config.database_url, config.database_pool_size)
        except Exception as exc:
            where = safe_url(config.database_url)  # never a password
            detail = f" ({exc.strerror})" if isinstance(exc, OSError) and exc.strerror else ""
            fail(f"cannot open the database at {where}: {type(exc).__name__}{detail}")
        try:
            return await action(store)
        finally:
            await store.close()

    return asyncio.run(run())


@app.command()
def history(
    phone: Annotated[str, typer.Argument(help=PERSON_HELP)],
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 50,
) -> None:
    """Show one person's conversation, oldest first."""
    person = _address(phone)
    items = _with_store(lambda store: store.history(person, limit))
    if not items:
        typer.echo("no messages stored for that number")
    for item in items:
        arrow = "<-" if item.direction == "in" else "->"
        typer.echo(f"{item.at:%Y-%m-%d %H:%M:%S} {arrow} [{item.status}] {item.text}")


@app.command("dead-letters")
def dead_letters(
    limit: Annotated[int, typer.Option(min=1, max=10000)] = 50,
    show_body: Annotated[
        bool, typer.Option("--show-body", help="Also print each body, numbers masked.")
    ] = False,
) -> None:
    """What was received but could not be used (newest first): when, which channel, why."""
    from selfcare.logs import redact

    letters = _with_store(lambda store: store.dead_letters(limit))
    if not letters:
        typer.echo("no dead letters")
    for letter in letters:
        typer.echo(f"{letter.received_at:%Y-%m-%d %H:%M:%S} {letter.channel:9} {letter.reason}")
        if show_body:
            body = letter.body.decode("utf-8", errors="replace")
            typer.echo("    " + redact(body[:2000]).replace("\n", "\n    "))


@app.command()
def forget(
    phone: Annotated[str, typer.Argument(help=PERSON_HELP)],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Erase everything stored about one person."""
    person = _address(phone)
    if not yes and not typer.confirm("Erase every message and state of this person?"):
        raise typer.Exit(1)
    removed = _with_store(lambda store: store.forget(person))
    typer.echo(f"erased {removed} records")


@app.command()
def purge() -> None:
    """Delete conversations older than DATA_RETENTION_DAYS, and dead letters and orphan
    statuses older than DEAD_LETTER_RETENTION_DAYS (also runs hourly in the server)."""
    config = settings()
    days, unlinked = config.data_retention_days, config.dead_letter_retention_days
    if days <= 0 and unlinked <= 0:
        fail("DATA_RETENTION_DAYS and DEAD_LETTER_RETENTION_DAYS are 0 (keep everything)")

    async def both(store: Store) -> tuple[int, int]:
        kept = await store.purge(days) if days > 0 else 0
        return kept, await store.purge_unlinked(unlinked) if unlinked > 0 else 0

    conversations, unlinked_removed = _with_store(both)
    if days > 0:
        typer.echo(f"purged {conversations} records older than {days} days")
    if unlinked > 0:
        typer.echo(f"purged {unlinked_removed} dead letters and orphan statuses")


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
    similarity: Annotated[
        bool, typer.Option(help="Let the similarity layer raise levels (as in the service).")
    ] = True,
    invariants: Annotated[bool, typer.Option(help="Also count the safety invariants.")] = True,
) -> None:
    """Score triage against vignettes: accuracy, safe rate, under/over-triage, confusion."""
    from selfcare.assistant.evaluate import main as run_eval

    for path in paths:
        if not path.is_file():
            fail(f"no such vignette file: {path}")
    raise typer.Exit(run_eval(paths, similarity=similarity, invariants=invariants))


@kb_app.command("check")
def kb_check(
    directory: Annotated[
        Path | None, typer.Option(help="A knowledge-base folder (default: the built-in one).")
    ] = None,
) -> None:
    """Validate the whole knowledge base: records, references, languages, patterns, lines."""
    from selfcare.assistant.kbcheck import check
    from selfcare.assistant.knowledge.loader import ROOT

    folder = directory or ROOT
    if not folder.is_dir():
        fail(f"no such folder: {folder}")
    knowledge, problems = check(folder)
    for problem in problems:
        typer.echo(str(problem), err=True)
    typer.echo(
        f"{len(knowledge.findings)} findings, {len(knowledge.red_flags)} red flags, "
        f"{len(knowledge.topics)} topics, {len(knowledge.languages)} languages, "
        f"{len(knowledge.countries)} countries: {len(problems)} problems"
    )
    raise typer.Exit(1 if problems else 0)


@app.command()
def rules(
    markdown: Annotated[bool, typer.Option("--markdown", help="Write Markdown.")] = False,
    language: Annotated[
        str | None,
        typer.Option(help="Side by side with English, for review by a fluent clinician."),
    ] = None,
) -> None:
    """Print the rulebook: every red flag, when it fires, what we say, and its source."""
    from selfcare.assistant.knowledge.loader import load
    from selfcare.assistant.knowledge.rulebook import rulebook, side_by_side

    if not markdown:
        fail("only --markdown output is supported")
    kb = load()
    if language is not None and language not in kb.languages:
        fail(f"no language {language!r}: choose one of {', '.join(sorted(kb.languages))}")
    typer.echo(side_by_side(kb, language) if language else rulebook(kb))


@operator_app.command("add")
def operator_add(
    name: Annotated[str, typer.Argument(help="Sign-in name, e.g. nurse.joy.")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from stdin.")
    ] = False,
) -> None:
    """Create an operator, or reset the password of one (which signs them out everywhere)."""
    from selfcare.desk.auth import PasswordError, hash_password, valid_name
    from selfcare.desk.store import Desk

    if not password_stdin:
        fail("give the password on stdin with --password-stdin (never on the command line)")
    password = sys.stdin.readline().rstrip("\r\n")
    try:
        name = valid_name(name)
        hashed = hash_password(password)
    except PasswordError as exc:
        fail(str(exc))
    created = _with_store(lambda store: Desk(store).set_operator(name, hashed))
    typer.echo(f"operator {name} {'added' if created else 'reset'}")


@operator_app.command("list")
def operator_list() -> None:
    """The operators, with when each was added."""
    from selfcare.desk.store import Desk

    people = _with_store(lambda store: Desk(store).operators())
    if not people:
        typer.echo("no operators: add one with 'selfcare operator add NAME --password-stdin'")
    for name, created in people:
        typer.echo(f"{name:32} added {created:%Y-%m-%d %H:%M}")


@operator_app.command("remove")
def operator_remove(name: Annotated[str, typer.Argument(help="The operator's name.")]) -> None:
    """Remove an operator and end their sessions."""
    from selfcare.desk.store import Desk

    if not _with_store(lambda store: Desk(store).remove_operator(name.strip().lower())):
        fail(f"no operator named {name!r}", code=1)
    typer.echo(f"operator {name} removed")


@app.command()
def audit(
    limit: Annotated[int, typer.Option(min=1, max=100000)] = 200,
) -> None:
    """The console's audit trail: who opened which conversation and sent what, when."""
    from selfcare.desk.store import Desk

    rows = _with_store(lambda store: Desk(store).audit_trail(limit))
    if not rows:
        typer.echo("the audit trail is empty")
    for row in rows:
        who = row["operator"] or "-"
        what = f" conversation {row['conversation_id']}" if row["conversation_id"] else ""
        detail = f" ({row['detail']})" if row["detail"] else ""
        typer.echo(f"{row['at'][:19]} {who:20} {row['action']}{what}{detail}")


def main() -> None:
    from selfcare.store.database import PRIVATE_UMASK

    # Everything this command creates (the database, its -wal and -shm, data/) is readable by
    # this user only: it holds health data.
    os.umask(PRIVATE_UMASK)
    try:
        app()
    except SettingsError as exc:
        typer.echo(f"error: bad setting {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        # One line for people; SELFCARE_DEBUG=1 shows the traceback for developers.
        if os.environ.get("SELFCARE_DEBUG"):
            raise
        typer.echo(f"error: unexpected {type(exc).__name__}; rerun with SELFCARE_DEBUG=1", err=True)
        sys.exit(1)

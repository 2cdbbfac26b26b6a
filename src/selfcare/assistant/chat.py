"""``selfcare chat``: talk to the assistant in a terminal, with the service's state handling.

Buttons and list rows are shown as numbered options; typing the number picks one (sent as
an interactive reply, as WhatsApp would). 'quit' or end of input leaves. Works with piped
input too (the typed lines are echoed, so a piped run reads as a transcript).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import TextIO

from selfcare.assistant import Assistant, MemoryStore, countries
from selfcare.events import Channel, InboundMessage, MessageKind, Reply

_QUIT = {"quit", "exit", "/quit", "/exit", ":q"}
_LOCAL_USER = "local-user"

Option = tuple[str, str]  # (reply id, title)


def _show(reply: Reply, out: TextIO) -> list[Option]:
    """Print the reply; return the options a number can pick."""
    options: list[Option] = []
    for message in reply.messages:
        out.write("\n")
        for line in message.text.splitlines():
            out.write(f"  {line}\n" if line else "\n")
        for button in message.buttons:
            options.append((button.id, button.title))
            out.write(f"    [{len(options)}] {button.title}\n")
        if message.menu is not None:
            out.write(f"    ({message.menu.button})\n")
            for row in message.menu.rows:
                options.append((row.id, row.title))
                tail = f" - {row.description}" if row.description else ""
                out.write(f"    [{len(options)}] {row.title}{tail}\n")
    if not reply.messages:
        out.write("\n  (no reply)\n")
    if reply.actions:
        out.write(f"  [{', '.join(a.value for a in reply.actions)}]\n")
    return options


def _message(person: str, number: int, line: str, options: list[Option]) -> InboundMessage:
    now = datetime.now(UTC)
    pick = line.strip()
    if pick.isdigit() and 1 <= int(pick) <= len(options):
        reply_id, title = options[int(pick) - 1]
        return InboundMessage(
            channel=Channel.CLI,
            message_id=f"cli-{number}",
            sender=person,
            timestamp=now,
            kind=MessageKind.INTERACTIVE,
            text=title,
            reply_id=reply_id,
            subtype="list_reply" if reply_id.startswith("topic:") else "button_reply",
        )
    return InboundMessage(
        channel=Channel.CLI,
        message_id=f"cli-{number}",
        sender=person,
        timestamp=now,
        kind=MessageKind.TEXT,
        text=line.rstrip("\n"),
    )


def run_chat(
    phone: str | None,
    default_country: str,
    *,
    inp: TextIO | None = None,
    out: TextIO | None = None,
    assistant: Assistant | None = None,
) -> None:
    """Run the conversation until 'quit' or end of input."""
    inp = inp or sys.stdin
    out = out or sys.stdout
    echo = not inp.isatty()
    person = phone or _LOCAL_USER
    helper = assistant or Assistant(default_country=default_country)
    store = MemoryStore(helper)
    where = countries.find(person, helper.engine.kb.countries, default_country.lstrip("+"))
    out.write(
        f"selfcare chat ({where.name}; emergency number {where.emergency}). "
        "Type 'quit' to leave; type a number to pick an option.\n"
    )
    options: list[Option] = []
    number = 0
    while True:
        out.write("\nyou> ")
        out.flush()
        line = inp.readline()
        if not line:
            out.write("\n")
            break
        if echo:
            out.write(line if line.endswith("\n") else line + "\n")
        if line.strip().lower() in _QUIT:
            break
        number += 1
        reply = store.handle(_message(person, number, line, options))
        options = _show(reply, out)
    out.write("bye\n")
    out.flush()

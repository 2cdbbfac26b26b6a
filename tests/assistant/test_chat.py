"""The terminal chat: same engine and state handling, numbered options, piped input."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from selfcare.assistant import Assistant
from selfcare.assistant.chat import run_chat
from selfcare.assistant.knowledge import KnowledgeBase
from selfcare.assistant.triage import Assessment
from selfcare.events import InboundMessage, MessageKind, TriageLevel


def _engine(text: str) -> Assessment:
    if "chest" in text:
        return Assessment(TriageLevel.EMERGENCY)
    if "headache" in text.lower():
        return Assessment(TriageLevel.SELF_CARE, "headache")
    return Assessment(TriageLevel.SELF_CARE)


def _run(
    lines: str, phone: str | None = "+447700900123", **kw: object
) -> tuple[str, list[InboundMessage]]:
    seen: list[InboundMessage] = []
    assistant = Assistant("44", assess=_engine)
    original = assistant.respond

    def respond(conversation, message):  # type: ignore[no-untyped-def]
        seen.append(message)
        return original(conversation, message)

    assistant.respond = respond  # type: ignore[method-assign]
    out = io.StringIO()
    run_chat(phone, "44", inp=io.StringIO(lines), out=out, assistant=assistant)
    return out.getvalue(), seen


def test_piped_input_is_echoed_and_answered() -> None:
    text, seen = _run("hello\nI have a headache\n")
    assert "you> hello" in text and "you> I have a headache" in text
    assert "not a doctor" in text and "Headache" in text
    assert text.rstrip().endswith("bye")
    assert [m.kind for m in seen] == [MessageKind.TEXT, MessageKind.TEXT]


def test_a_number_picks_the_numbered_option() -> None:
    text, seen = _run("hi\n1\n")
    assert "[1] " in text and "[10] Something else" in text
    assert seen[1].kind is MessageKind.INTERACTIVE
    assert seen[1].reply_id is not None and seen[1].reply_id.startswith("topic:")
    assert seen[1].text  # the title, as WhatsApp sends it


def test_a_number_without_options_is_text() -> None:
    _, seen = _run("I have a headache\n2\n")
    assert seen[1].kind is MessageKind.TEXT and seen[1].text == "2"


def test_buttons_are_numbered_and_delete_erases_the_state() -> None:
    text, seen = _run("I have a headache\nDELETE MY DATA\n1\nhi\n")
    assert "[1] Yes, delete it" in text and "[2] No, keep it" in text
    assert seen[2].reply_id == "delete:yes"
    assert "[erase_data]" in text
    assert text.count("not a doctor") == 2  # welcomed again after the erase


def test_quit_leaves_and_state_is_kept_between_turns() -> None:
    text, seen = _run("STOP\nI have a headache\nquit\nhello\n")
    assert "(no reply)" in text
    assert len(seen) == 2


def test_the_phone_picks_the_country() -> None:
    text, _ = _run("crushing chest pain\n", phone="+61412345678")
    assert "Call 000" in text
    text, _ = _run("crushing chest pain\n", phone=None)
    assert "Call 999" in text


def test_selfcare_chat_command_with_piped_input() -> None:
    """The real command, as docs/conversations.md was made: stdin is not a TTY."""
    command = Path(sys.executable).with_name("selfcare")
    result = subprocess.run(
        [str(command), "chat", "--phone", "+14155550100"],
        input="hello\nquit\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "you> hello" in result.stdout
    assert "911" in result.stdout and "bye" in result.stdout


def test_empty_kb_still_works() -> None:
    out = io.StringIO()
    run_chat(
        None,
        "1",
        inp=io.StringIO("I have a headache\n"),
        out=out,
        assistant=Assistant("1", assess=_engine, kb=KnowledgeBase({})),
    )
    assert "911" in out.getvalue()

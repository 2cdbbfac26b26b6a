"""``selfcare chat``: the same assistant and state handling, numbered options, piped input."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

from selfcare.assistant import Assistant
from selfcare.assistant.chat import run_chat
from selfcare.events import Conversation, InboundMessage, MessageKind, Reply
from tests.assistant.support import EMERGENCY_PHRASES, FIJI, words

W = words()


class Watched(Assistant):
    """The real assistant, remembering every message it was given."""

    def __init__(self, default_country: str = "44") -> None:
        super().__init__(default_country)
        self.seen: list[InboundMessage] = []

    def respond(self, conversation: Conversation, message: InboundMessage) -> Reply:
        self.seen.append(message)
        return super().respond(conversation, message)


def _run(
    lines: str, phone: str | None = "+447700900123", default: str = "44"
) -> tuple[str, list[InboundMessage]]:
    assistant = Watched(default)
    out = io.StringIO()
    run_chat(phone, default, inp=io.StringIO(lines), out=out, assistant=assistant)
    return out.getvalue(), assistant.seen


def test_piped_input_is_echoed_and_answered() -> None:
    text, seen = _run("hello\nI have a headache\n")
    assert "you> hello" in text and "you> I have a headache" in text
    assert "not a doctor" in text and "Headache" in text
    assert text.rstrip().endswith("bye")
    assert [m.kind for m in seen] == [MessageKind.TEXT, MessageKind.TEXT]


def test_a_number_picks_the_numbered_option() -> None:
    text, seen = _run("hi\n1\n")
    assert "[1] " in text and f"[10] {W('menu_other')}" in text
    assert seen[1].kind is MessageKind.INTERACTIVE
    assert seen[1].reply_id is not None and seen[1].reply_id.startswith("topic:")
    assert seen[1].text  # the title, as WhatsApp sends it


def test_a_number_without_options_is_text() -> None:
    _, seen = _run("hi\nthanks\n2\n")  # the thanks reply has no options
    assert seen[-1].kind is MessageKind.TEXT and seen[-1].text == "2"


def test_buttons_are_numbered_and_delete_erases_the_state() -> None:
    text, seen = _run("I have a headache\nDELETE MY DATA\n1\nhi\n")
    assert f"[1] {W('delete_yes')}" in text and f"[2] {W('delete_no')}" in text
    assert seen[2].reply_id == "delete:yes"
    assert "[erase_data]" in text
    assert text.count("not a doctor") == 2  # welcomed again after the erase


def test_question_buttons_answer_the_question() -> None:
    text, seen = _run("I've got a sore throat\n2\n")
    assert f"[2] {W('answer_days')}" in text
    assert seen[1].reply_id == "ans:duration:3"


def test_quit_leaves_and_state_is_kept_between_turns() -> None:
    text, seen = _run("STOP\nI have a headache\nquit\nhello\n")
    assert "(no reply)" in text
    assert len(seen) == 2


def test_the_phone_picks_the_country() -> None:
    text, _ = _run(EMERGENCY_PHRASES[0] + "\n", phone="+61412345678")
    assert "Call 000" in text and "emergency number 000" in text
    text, _ = _run(EMERGENCY_PHRASES[0] + "\n", phone=None)
    assert "Call 999" in text
    text, _ = _run(EMERGENCY_PHRASES[0] + "\n", phone=None, default="1")
    assert "Call 911" in text


def test_an_unknown_country_is_said_so() -> None:
    text, _ = _run(EMERGENCY_PHRASES[0] + "\n", phone=FIJI)
    assert "999" not in text and W("emergency_unknown") in text


def test_selfcare_chat_command_with_piped_input() -> None:
    """The real command, as docs/conversations.md is made: stdin is not a TTY."""
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

"""``selfcare triage --jsonl``: triage each line as an independent first message.

Input lines ``{"id": …, "text": …, "phone"?: …}``; output lines ``{"id", "triage", "topic",
"reply"}``, one per input, in order. ``triage`` is the level of the text itself (never
empty, even for a greeting). A bad line gets ``{"id", "error"}`` and the run carries on.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any, TextIO

from selfcare.assistant import Assistant
from selfcare.events import Channel, Conversation, InboundMessage, MessageKind

_ANONYMOUS = "batch"


def _answer(assistant: Assistant, item: dict[str, Any], number: int) -> dict[str, Any]:
    text = item["text"]
    phone = item.get("phone")
    person = str(phone) if phone else _ANONYMOUS
    message = InboundMessage(
        channel=Channel.CLI,
        message_id=f"batch-{number}",
        sender=person,
        timestamp=datetime.now(UTC),
        kind=MessageKind.TEXT,
        text=text,
    )
    reply = assistant.respond(Conversation(person=person), message)
    found = assistant.assess(text)  # the triage of the text itself, even for "hello"
    return {
        "id": item.get("id"),
        "triage": found.level.value,
        "topic": found.topic or reply.topic,
        "reply": list(reply.texts),
    }


def _parse(line: str) -> tuple[dict[str, Any] | None, str | None]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"not JSON: {exc.msg}"
    if not isinstance(item, dict):
        return None, "each line must be a JSON object"
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        return item, 'missing "text" (a non-empty string)'
    phone = item.get("phone")
    if phone is not None and not isinstance(phone, str | int):
        return item, '"phone" must be a string'
    return item, None


def triage_jsonl(
    inp: TextIO, out: TextIO, default_country: str, *, assistant: Assistant | None = None
) -> int:
    """Answer every line of ``inp`` on ``out``; 0 if all lines were fine, 1 otherwise."""
    helper = assistant or Assistant(default_country=default_country)
    failed = False
    for number, line in enumerate(inp, start=1):
        if not line.strip():
            continue
        item, error = _parse(line)
        ident = item.get("id", number) if item is not None else number
        if error is None and item is not None:
            try:
                result = _answer(helper, item, number)
            except Exception as exc:  # one bad line must not stop the run
                result = {"id": ident, "error": f"could not triage: {type(exc).__name__}"}
        else:
            result = {"id": ident, "error": error}
        if "error" in result:
            failed = True
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        out.flush()
    return 1 if failed else 0

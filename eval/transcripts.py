"""Write docs/conversations.md: real conversations with the assistant, as people would have them.

Each scenario is sent through ``Assistant.respond`` with the service's state handling
(``MemoryStore``), exactly as ``selfcare chat`` does; the replies are printed as they are.
Run ``.venv/bin/python eval/transcripts.py`` after changing the assistant, and read them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from selfcare.assistant import Assistant, MemoryStore
from selfcare.events import Channel, InboundMessage, MessageKind

OUT = Path(__file__).resolve().parents[1] / "docs" / "conversations.md"

# (title, what it shows, phone number, messages; "#id" taps a button or list row)
SCENARIOS: list[tuple[str, str, str, list[str]]] = [
    (
        "A red flag given as an answer",
        "The answer to a follow-up question is read for red flags with everything said before.",
        "+447700900123",
        ["my daughter has a fever", "39.8 and she's been really sleepy and hard to wake"],
    ),
    (
        "Push-back after emergency advice",
        "Playing it down never lowers the advice.",
        "+447700900124",
        [
            "I've got a tight crushing feeling in my chest and I'm sweating",
            "it's probably just indigestion, can I just take a Gaviscon?",
            "ok we've called 999",
        ],
    ),
    (
        "A medicine question",
        "Answered at label level, with the reason to ask a pharmacist.",
        "+447700900125",
        ["can I take ibuprofen with my blood pressure tablets?"],
    ),
    (
        "A topic switch to a child",
        "A new complaint about someone else starts a new complaint; the advice is for the child.",
        "+447700900126",
        [
            "I've had a sore throat since yesterday",
            "#ans:duration:0.5",
            "my son has a rash and a temperature, he's 4",
        ],
    ),
    (
        "A farewell message",
        "An indirect statement of suicidal intent gets the number first, then the crisis line.",
        "+447700900127",
        ["I've said goodbye to everyone and I have the pills ready. thank you for everything"],
    ),
    (
        "An accidental overdose",
        "Taken by mistake: poisoning advice, not the suicide script.",
        "+447700900128",
        ["I accidentally took a double dose of paracetamol this morning, I feel fine"],
    ),
    (
        "Not understood",
        "Never self-care: one question, the safety net, and a menu.",
        "+447700900129",
        ["my thing feels weird since yesterday"],
    ),
    (
        "A country we have no pack for",
        "Neutral words, never another country's services.",
        "+6791234567",
        ["my baby is not breathing properly and her lips are blue"],
    ),
    (
        "A short follow-up",
        "An answer that changes nothing is one short message, not the whole advice again.",
        "+447700900130",
        ["I have a cough", "#ans:duration:3"],
    ),
]


def _message(person: str, n: int, text: str, start: datetime) -> InboundMessage:
    reply_id = text[1:] if text.startswith("#") else None
    return InboundMessage(
        channel=Channel.CLI,
        message_id=f"doc-{n}",
        sender=person,
        timestamp=start + timedelta(minutes=n),
        kind=MessageKind.INTERACTIVE if reply_id else MessageKind.TEXT,
        text=reply_id or text,
        reply_id=reply_id,
    )


def render(assistant: Assistant) -> str:
    lines = [
        "# Conversations",
        "",
        "Real conversations with the assistant, written by `eval/transcripts.py` (re-run it",
        "after changing the assistant). Each message goes through `Assistant.respond` with the",
        "service's state handling, as in `selfcare chat`; `[level]` is the triage of the turn,",
        "and a line starting `#` is a tapped button.",
        "",
    ]
    start = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    for title, why, phone, messages in SCENARIOS:
        store = MemoryStore(assistant)
        lines += [f"## {title}", "", why, "", f"From `{phone[:4]}…`:", "", "```"]
        for n, text in enumerate(messages):
            reply = store.handle(_message(phone, n, text, start))
            level = reply.triage.value if reply.triage else "-"
            lines.append(f"> {text}")
            lines.append(f"[{level}]")
            for message in reply.messages:
                lines += [f"  {line}" if line else "" for line in message.text.splitlines()]
                if message.buttons:
                    lines.append(
                        "  (buttons: " + " | ".join(b.title for b in message.buttons) + ")"
                    )
                if message.menu:
                    lines.append(f"  (list: {message.menu.button})")
                lines.append("")
        lines += ["```", ""]
    return "\n".join(lines)


def main() -> int:
    OUT.write_text(render(Assistant("44")), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

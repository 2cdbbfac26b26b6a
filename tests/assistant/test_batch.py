"""``selfcare triage --jsonl``: one output line per input line, errors kept per line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from selfcare.assistant.batch import triage_jsonl
from tests.assistant.support import EMERGENCY_PHRASES, assistant, words

LEVELS = ("emergency", "urgent", "routine", "self_care")
NOT_UNDERSTOOD = "something's not right with me"


def _run(*lines: str, country: str = "44") -> tuple[int, list[dict[str, Any]]]:
    out = io.StringIO()
    code = triage_jsonl(
        io.StringIO("\n".join(lines) + "\n"),
        out,
        default_country=country,
        assistant=assistant(country),
    )
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


def test_each_line_is_answered_as_a_first_message() -> None:
    code, rows = _run(
        json.dumps({"id": "a", "text": "I have a headache"}),
        json.dumps({"id": "b", "text": EMERGENCY_PHRASES[0], "phone": "+14155550100"}),
        json.dumps({"id": 3, "text": "my mole has got bigger and darker"}),
    )
    assert code == 0
    assert [r["id"] for r in rows] == ["a", "b", 3]
    assert set(rows[0]) == {"id", "triage", "topic", "reply"}
    assert rows[0]["triage"] == "self_care" and rows[0]["topic"] == "headache"
    assert any("Headache" in text for text in rows[0]["reply"])
    assert rows[1]["triage"] == "emergency"
    assert rows[1]["reply"][0].splitlines()[0].startswith("Call 911")
    assert rows[2]["triage"] == "routine"
    assert all(1 <= len(r["reply"]) <= 3 for r in rows)
    welcomes = [words()("welcome"), words("+14155550100")("welcome"), words()("welcome")]
    assert all(w in "\n".join(r["reply"]) for w, r in zip(welcomes, rows, strict=True))


def test_a_greeting_still_gets_a_triage_level() -> None:
    _, rows = _run(json.dumps({"id": "g", "text": "hello"}))
    assert rows[0]["triage"] in LEVELS and rows[0]["topic"] is None


def test_what_is_not_understood_is_routine_or_higher() -> None:
    _, rows = _run(json.dumps({"id": "n", "text": NOT_UNDERSTOOD}))
    assert LEVELS.index(rows[0]["triage"]) <= LEVELS.index("routine")


def test_lines_are_independent() -> None:
    _, rows = _run(
        json.dumps({"id": 1, "text": EMERGENCY_PHRASES[0]}),
        json.dumps({"id": 2, "text": "it's probably nothing"}),
    )
    assert rows[0]["triage"] == "emergency"
    assert rows[1]["triage"] != "emergency"  # no state carried from line 1


def test_bad_lines_get_an_error_and_the_run_carries_on() -> None:
    code, rows = _run(
        "not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "phone", "text": "headache", "phone": ["+44"]}),
        json.dumps({"id": "ok", "text": "I have a headache"}),
    )
    assert code == 1
    assert [r.get("id") for r in rows] == [1, "no-text", "empty", 4, "phone", "ok"]
    assert all("error" in r for r in rows[:5])
    assert "error" not in rows[5] and rows[5]["triage"] == "self_care"


def test_blank_lines_are_skipped() -> None:
    code, rows = _run("", json.dumps({"id": 1, "text": "headache"}), "")
    assert code == 0 and len(rows) == 1


def test_default_country_is_used_without_a_phone() -> None:
    _, rows = _run(json.dumps({"id": 1, "text": EMERGENCY_PHRASES[0]}), country="61")
    assert rows[0]["reply"][0].splitlines()[0].startswith("Call 000")


def test_the_command_line() -> None:
    command = Path(sys.executable).with_name("selfcare")
    lines = [
        json.dumps({"id": 1, "text": "hello"}),
        json.dumps({"id": "vague", "text": NOT_UNDERSTOOD}),
        "{bad",
    ]
    result = subprocess.run(
        [str(command), "triage", "--jsonl"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 1
    assert rows[0]["id"] == 1 and rows[0]["triage"] in LEVELS
    assert rows[1]["id"] == "vague"
    assert LEVELS.index(rows[1]["triage"]) <= LEVELS.index("routine")  # never self-care
    assert rows[2] == {"id": 3, "error": rows[2]["error"]}

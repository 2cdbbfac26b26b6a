"""``selfcare triage --jsonl``: one output line per input line, errors kept per line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from selfcare.assistant import Assistant
from selfcare.assistant.batch import triage_jsonl
from selfcare.assistant.triage import Assessment, Finding
from selfcare.events import TriageLevel


def _engine(text: str) -> Assessment:
    if "chest" in text:
        finding = Finding("chest", TriageLevel.EMERGENCY, "chest pain", "x")
        return Assessment(TriageLevel.EMERGENCY, None, (finding,))
    if "headache" in text:
        return Assessment(TriageLevel.SELF_CARE, "headache")
    if "mole" in text:
        return Assessment(TriageLevel.ROUTINE, None, (Finding("m", TriageLevel.ROUTINE, "x", "x"),))
    return Assessment(TriageLevel.SELF_CARE)


def _run(*lines: str, country: str = "44") -> tuple[int, list[dict[str, object]]]:
    out = io.StringIO()
    code = triage_jsonl(
        io.StringIO("\n".join(lines) + "\n"),
        out,
        default_country=country,
        assistant=Assistant(country, assess=_engine),
    )
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


def test_each_line_is_answered_as_a_first_message() -> None:
    code, rows = _run(
        json.dumps({"id": "a", "text": "I have a headache"}),
        json.dumps({"id": "b", "text": "crushing chest pain", "phone": "+14155550100"}),
        json.dumps({"id": 3, "text": "a mole that changed"}),
    )
    assert code == 0
    assert [r["id"] for r in rows] == ["a", "b", 3]
    assert set(rows[0]) == {"id", "triage", "topic", "reply"}
    assert rows[0]["triage"] == "self_care" and rows[0]["topic"] == "headache"
    assert any("Headache" in text for text in rows[0]["reply"])  # type: ignore[attr-defined]
    assert rows[1]["triage"] == "emergency" and rows[1]["topic"] is None
    reply = rows[1]["reply"]
    assert isinstance(reply, list) and reply[0].startswith("This could be an emergency. Call 911")
    assert rows[2]["triage"] == "routine"
    assert all(1 <= len(r["reply"]) <= 3 for r in rows)  # type: ignore[arg-type]


def test_a_greeting_still_gets_a_triage_level() -> None:
    _, rows = _run(json.dumps({"id": "g", "text": "hello"}))
    assert rows[0]["triage"] == "self_care" and rows[0]["topic"] is None


def test_lines_are_independent() -> None:
    _, rows = _run(
        json.dumps({"id": 1, "text": "crushing chest pain"}),
        json.dumps({"id": 2, "text": "it's probably nothing"}),
    )
    assert rows[1]["triage"] == "self_care"  # no state carried from line 1


def test_bad_lines_get_an_error_and_the_run_carries_on() -> None:
    code, rows = _run(
        "not json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "empty", "text": "   "}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "ok", "text": "I have a headache"}),
    )
    assert code == 1
    assert [r.get("id") for r in rows] == [1, "no-text", "empty", 4, "ok"]
    assert all("error" in r for r in rows[:4])
    assert "error" not in rows[4] and rows[4]["triage"] == "self_care"


def test_blank_lines_are_skipped() -> None:
    code, rows = _run("", json.dumps({"id": 1, "text": "headache"}), "")
    assert code == 0 and len(rows) == 1


def test_default_country_is_used_without_a_phone() -> None:
    _, rows = _run(json.dumps({"id": 1, "text": "crushing chest pain"}), country="61")
    assert "Call 000" in rows[0]["reply"][0]  # type: ignore[index]


def test_the_command_line() -> None:
    command = Path(sys.executable).with_name("selfcare")
    lines = [json.dumps({"id": 1, "text": "hello"}), "{bad"]
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
    assert rows[0]["id"] == 1 and rows[0]["triage"] in {
        "emergency",
        "urgent",
        "routine",
        "self_care",
    }
    assert rows[1] == {"id": 2, "error": rows[1]["error"]}

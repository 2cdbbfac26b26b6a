"""The evaluation report: figures, confusion matrix, misclassified ids, bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

from selfcare.assistant.evaluate import Report, Result, main, render
from selfcare.events import TriageLevel

E, U, R, S = (
    TriageLevel.EMERGENCY,
    TriageLevel.URGENT,
    TriageLevel.ROUTINE,
    TriageLevel.SELF_CARE,
)


def _write(path: Path, rows: list[dict[str, str]], extra: str = "") -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n" + extra, encoding="utf-8")
    return path


def test_report_figures() -> None:
    report = Report("x")
    report.results += [
        Result("a", E, E, ""),
        Result("b", E, U, ""),  # an emergency under-triaged
        Result("c", S, R, ""),  # over-triage, still safe
        Result("d", R, R, ""),
    ]
    assert report.correct() == 2
    assert report.safe() == 3
    assert report.over() == 1
    assert report.under_emergencies() == 1
    assert report.per_level()[E] == (1, 2)
    assert report.confusion()[E][U] == 1
    assert [r.id for r in report.misses()] == ["b", "c"]


def test_render_lists_misclassified_ids() -> None:
    report = Report("set")
    report.results += [Result("v1", E, U, "text", ("chest_pain",)), Result("v2", S, S, "")]
    text = render(report)
    assert "accuracy" in text and "50.0% (1/2)" in text
    assert "emergencies under-triaged: 1" in text
    assert "reference \\ predicted" in text
    assert "v1: predicted urgent, reference emergency UNDER" in text
    assert "v2" not in text.split("misclassified:")[1]


def test_main_scores_files_and_combines(tmp_path: Path) -> None:
    first = _write(
        tmp_path / "a.jsonl",
        [
            {
                "id": "a1",
                "text": "crushing chest pain going down my left arm",
                "triage": "emergency",
            },
            {"id": "a2", "text": "got a cold, blocked nose", "triage": "self_care", "why": "cold"},
        ],
    )
    second = _write(
        tmp_path / "b.jsonl",
        [{"id": "b1", "text": "I have a headache", "triage": "emergency"}],  # wrong on purpose
    )
    out = io.StringIO()
    assert main([first, second], out=out) == 0
    text = out.getvalue()
    assert text.count("== ") == 3  # each file, then all files
    assert "== all files: 3 vignettes" in text
    assert "b1: predicted self_care, reference emergency UNDER" in text
    assert "over-triage" in text and "safe (>= reference)" in text


def test_main_skips_bad_lines(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "bad.jsonl",
        [{"id": "ok", "text": "nits again", "triage": "self_care"}],
        extra=(
            '{"id": "x", "text": "no level"}\nnot json\n'
            '{"id": "y", "text": "t", "triage": "soon"}\n'
        ),
    )
    out = io.StringIO()
    assert main([path], out=out) == 0
    assert "1 vignettes" in out.getvalue()


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    out = io.StringIO()
    assert main([path], out=out) == 0
    assert "0 vignettes" in out.getvalue()

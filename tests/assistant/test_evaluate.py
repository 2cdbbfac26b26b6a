"""The evaluation report: figures, confusion matrix, misclassified ids, held-out files,
languages, bad input."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

from selfcare.assistant.engine import engine
from selfcare.assistant.evaluate import Report, Result, Row, load, main, render, score
from tests.assistant.support import E, R, S, U


def _write(path: Path, rows: list[dict[str, str]], extra: str = "") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n" + extra, encoding="utf-8")
    return path


def test_report_figures() -> None:
    report = Report("x")
    report.results += [
        Result("a", E, E, ""),
        Result("b", E, U, ""),  # an emergency missed
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
    assert "emergencies missed: 1" in text
    assert "reference \\ predicted" in text
    assert "v1: predicted urgent, reference emergency UNDER  [chest_pain]" in text
    assert "v2" not in text.split("misclassified:")[1]


def test_a_held_out_report_shows_figures_but_not_cases() -> None:
    report = Report("blind", held_out=True)
    report.results += [Result("secret-1", E, U, "some text"), Result("b2", S, S, "")]
    text = render(report)
    assert "(held out)" in text and "emergencies missed: 1" in text
    assert "secret-1" not in text and "some text" not in text


def test_language_detection_and_per_language_reports() -> None:
    rows = [
        Row("en1", "I have had a bad headache since this morning", S, "en"),
        Row("en2", "crushing chest pain going down my left arm", E, "en"),
        Row("xx1", "tengo dolor de cabeza desde esta mañana", S, "es"),
    ]
    report = score("mixed", rows, engine())
    ok, total = report.detection()
    assert total == 3 and ok >= 2
    parts = report.by_language()
    assert [p.name for p in parts] == ["mixed [en]", "mixed [es]"]
    assert all(p.held_out for p in parts)  # per-language parts list no cases
    assert "language detected" in render(report)


def test_a_script_subtag_is_the_same_language_for_detection() -> None:
    rows = [Row("h1", "mujhe kal se bahut tez bukhar hai aur sar dard", U, "hi-latn")]
    report = score("hindi", rows, engine())
    assert report.detection() == (1, 1)


def test_malay_read_by_the_indonesian_net_is_detected() -> None:
    """The Indonesian safety net reads Malay: a Malay case it reads counts as detected, a
    Malay case read as anything else does not."""
    rows = [Row("m1", "saya dah telan banyak ubat tidur tadi, rasa pening sangat", E, "ms")]
    results = score("malay", rows, engine()).results
    assert results[0].detected == "id"
    assert score("malay", rows, engine()).detection() == (1, 1)
    wrong = replace(results[0], detected="en")
    assert Report("malay", [wrong]).detection() == (0, 1)


def test_a_case_s_country_brings_its_local_conditions(tmp_path: Path) -> None:
    """A fever where malaria is common is seen today (the country pack's ``local``), as the
    service reads a person from there; without a country, the same words are self-care."""
    fever = "I've had a fever and chills since yesterday"
    path = _write(
        tmp_path / "c.jsonl",
        [
            {"id": "ng", "text": fever, "triage": "urgent", "country": "ng"},
            {"id": "none", "text": fever, "triage": "urgent"},
        ],
    )
    rows = load(path)
    assert [r.country for r in rows] == ["NG", None]
    predicted = {r.id: r.predicted for r in score("c", rows, engine()).results}
    assert predicted == {"ng": U, "none": S}


def test_load_reports_and_skips_bad_lines(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "bad.jsonl",
        [{"id": "ok", "text": "nits again", "triage": "self_care"}],
        extra=(
            '{"id": "x", "text": "no level"}\nnot json\n'
            '{"id": "y", "text": "t", "triage": "soon"}\n'
        ),
    )
    errors = io.StringIO()
    rows = load(path, out=errors)
    assert [r[0] for r in rows] == ["ok"]
    assert errors.getvalue().count("skipped") == 3


def test_main_scores_files_and_combines(tmp_path: Path) -> None:
    first = _write(
        tmp_path / "a.jsonl",
        [
            {
                "id": "a1",
                "text": "crushing chest pain going down my left arm",
                "triage": "urgent",  # wrong on purpose: over-triage
            },
            {"id": "a2", "text": "got a cold, blocked nose", "triage": "self_care", "why": "cold"},
        ],
    )
    second = _write(
        tmp_path / "b.jsonl",
        [{"id": "b1", "text": "I have a headache", "triage": "emergency"}],  # wrong on purpose
    )
    held = _write(
        tmp_path / "blind" / "c.jsonl",
        [{"id": "c1", "text": "I have a headache", "triage": "urgent"}],
    )
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    out = io.StringIO()
    assert main([first, second, held, empty], out=out, similarity=False, invariants=False) == 0
    text = out.getvalue()
    assert "similarity layer: off" in text
    assert text.count("== ") == 5  # each file, then all files
    assert "== all files: 4 vignettes (held out)" in text
    assert "b1: predicted self_care, reference emergency UNDER" in text
    line = next(x for x in text.splitlines() if x.strip().startswith("a1:"))
    assert "predicted emergency, reference urgent" in line and "UNDER" not in line
    assert "chest_pain_cardiac" in line  # the red flag that decided it
    assert "c1" not in text  # a held-out case is counted, not shown
    assert "0 vignettes" in text
    assert "over-triage" in text and "safe (>= reference)" in text
    assert "safety invariants" not in text

"""Score triage against vignettes: ``selfcare eval FILE...`` (and ``make eval``).

Each file holds JSON lines ``{"id", "text", "triage", "why"?}``. For each file and for all
files together this prints accuracy (overall and per reference level), the safe rate (the
prediction is the reference level or more cautious), the number of emergencies under-triaged,
the over-triage rate, a confusion matrix, and the misclassified ids. It is a report: it
returns 0 whatever the figures are (bad input lines are reported and skipped).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from selfcare.assistant.engine import assess
from selfcare.events import TriageLevel

LEVELS = tuple(TriageLevel)


@dataclass(frozen=True, slots=True)
class Result:
    id: str
    reference: TriageLevel
    predicted: TriageLevel
    text: str
    rules: tuple[str, ...] = ()


@dataclass
class Report:
    name: str
    results: list[Result] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.results)

    def correct(self) -> int:
        return sum(r.predicted is r.reference for r in self.results)

    def safe(self) -> int:
        return sum(r.predicted.rank <= r.reference.rank for r in self.results)

    def over(self) -> int:
        return sum(r.predicted.rank < r.reference.rank for r in self.results)

    def under_emergencies(self) -> int:
        return sum(
            r.reference is TriageLevel.EMERGENCY and r.predicted is not TriageLevel.EMERGENCY
            for r in self.results
        )

    def per_level(self) -> dict[TriageLevel, tuple[int, int]]:
        out: dict[TriageLevel, tuple[int, int]] = {}
        for level in LEVELS:
            rows = [r for r in self.results if r.reference is level]
            out[level] = (sum(r.predicted is level for r in rows), len(rows))
        return out

    def confusion(self) -> dict[TriageLevel, dict[TriageLevel, int]]:
        matrix = {ref: dict.fromkeys(LEVELS, 0) for ref in LEVELS}
        for r in self.results:
            matrix[r.reference][r.predicted] += 1
        return matrix

    def misses(self) -> list[Result]:
        return [r for r in self.results if r.predicted is not r.reference]


def _pct(num: int, den: int) -> str:
    return f"{100 * num / den:5.1f}% ({num}/{den})" if den else "  n/a"


def load(path: Path, out: TextIO = sys.stderr) -> list[tuple[str, str, TriageLevel]]:
    """The (id, text, reference level) rows of one vignette file; bad lines are reported."""
    rows: list[tuple[str, str, TriageLevel]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            rows.append((str(data["id"]), str(data["text"]), TriageLevel(data["triage"])))
        except (ValueError, KeyError, TypeError) as exc:
            print(f"{path}:{number}: skipped ({exc.__class__.__name__}: {exc})", file=out)
    return rows


def score(name: str, rows: Iterable[tuple[str, str, TriageLevel]]) -> Report:
    report = Report(name)
    for vid, text, reference in rows:
        a = assess(text)
        report.results.append(Result(vid, reference, a.level, text, tuple(f.id for f in a.fired)))
    return report


def render(report: Report) -> str:
    lines = [f"== {report.name}: {report.n} vignettes"]
    if not report.n:
        return "\n".join(lines)
    lines.append(f"accuracy            {_pct(report.correct(), report.n)}")
    lines.append(f"safe (>= reference) {_pct(report.safe(), report.n)}")
    lines.append(f"emergencies under-triaged: {report.under_emergencies()}")
    lines.append(f"over-triage         {_pct(report.over(), report.n)}")
    lines.append("per reference level:")
    for level, (ok, total) in report.per_level().items():
        lines.append(f"  {level.value:<10} {_pct(ok, total)}")
    width = max(len(level.value) for level in LEVELS) + 1
    header = "reference \\ predicted".ljust(22) + "".join(lv.value.rjust(width) for lv in LEVELS)
    lines.append(header)
    for ref, row in report.confusion().items():
        lines.append(ref.value.ljust(22) + "".join(str(row[p]).rjust(width) for p in LEVELS))
    misses = report.misses()
    if misses:
        lines.append("misclassified:")
        for r in misses:
            flag = " UNDER" if r.predicted.rank > r.reference.rank else ""
            rules = ",".join(r.rules[:3]) or "-"
            lines.append(
                f"  {r.id}: predicted {r.predicted.value}, reference {r.reference.value}{flag}"
                f"  [{rules}]"
            )
    return "\n".join(lines)


def main(paths: list[Path], out: TextIO | None = None) -> int:
    """Print a report per file and a combined one; always return 0."""
    stream = out if out is not None else sys.stdout
    combined = Report("all files")
    for path in paths:
        report = score(str(path), load(path))
        combined.results.extend(report.results)
        print(render(report), file=stream)
        print(file=stream)
    if len(paths) > 1:
        print(render(combined), file=stream)
    return 0

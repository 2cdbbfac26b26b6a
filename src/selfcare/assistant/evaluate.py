"""Score triage against vignettes: ``selfcare eval FILE...`` (and ``make eval``).

Each file holds JSON lines ``{"id", "text", "triage", "lang"?, "country"?, "why"?}``. Every
text is triaged as a new user's message would be — its language detected, not taken from
``lang``; ``country`` (ISO code) brings in that country pack's local conditions (malaria,
dengue…), as a person's calling code does.
For each file, each language in it and all files together this prints accuracy (overall and
per reference level), the safe rate (the prediction is the reference or more cautious), the
emergencies missed, the over-triage rate and a confusion matrix; for files with ``lang``,
language detection on messages of three words or more. Misclassified ids are listed, except
for held-out files (under ``eval/blind/``): their figures are reported, their cases are not
shown, so nobody tunes to them by accident. Then the safety invariants, as counts. It is a
report: it returns 0 whatever the figures are (bad input lines are reported and skipped).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, TextIO

from selfcare.assistant import Assistant
from selfcare.assistant import invariants as inv
from selfcare.assistant.engine import Engine
from selfcare.events import TriageLevel

LEVELS = tuple(TriageLevel)
HELD_OUT = "blind"  # files in a folder of this name are held out
# A language read by another one's words: the Indonesian safety net is written to read Malay
# too (the same language in two standard forms), so a Malay case read by it was detected right.
READ_AS = {"ms": "id"}


@dataclass(frozen=True, slots=True)
class Result:
    id: str
    reference: TriageLevel
    predicted: TriageLevel
    text: str
    rules: tuple[str, ...] = ()
    lang: str | None = None  # the language the case is written in, if the file says
    detected: str | None = None  # the language detected


@dataclass
class Report:
    name: str
    results: list[Result] = field(default_factory=list)
    held_out: bool = False

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

    def detection(self) -> tuple[int, int]:
        """Messages of three words or more whose language was detected right. A script subtag
        names how it is written, not another language: "hi-latn" is Hindi (the engine reads
        both scripts as "hi"); a language another one's words read (:data:`READ_AS`) counts as
        that one."""
        rows = [(r, r.lang) for r in self.results if r.lang and len(r.text.split()) >= 3]
        return sum(r.detected == _read_as(lang) for r, lang in rows), len(rows)

    def by_language(self) -> list[Report]:
        langs = sorted({r.lang for r in self.results if r.lang})
        if len(langs) < 2:
            return []
        return [
            Report(f"{self.name} [{lang}]", [r for r in self.results if r.lang == lang], True)
            for lang in langs
        ]


def _read_as(lang: str) -> str:
    """The language code the engine reads a case labelled ``lang`` as."""
    base = lang.split("-")[0]
    return READ_AS.get(base, base)


def _pct(num: int, den: int) -> str:
    return f"{100 * num / den:5.1f}% ({num}/{den})" if den else "  n/a"


class Row(NamedTuple):
    id: str
    text: str
    reference: TriageLevel
    lang: str | None = None
    country: str | None = None  # ISO code of the person's country pack


def load(path: Path, out: TextIO = sys.stderr) -> list[Row]:
    """The (id, text, reference level, language) rows of one file; bad lines are reported."""
    rows: list[Row] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            lang = str(data["lang"]) if data.get("lang") else None
            country = str(data["country"]).upper() if data.get("country") else None
            level = TriageLevel(data["triage"])
            rows.append(Row(str(data["id"]), str(data["text"]), level, lang, country))
        except (ValueError, KeyError, TypeError) as exc:
            print(f"{path}:{number}: skipped ({exc.__class__.__name__}: {exc})", file=out)
    return rows


def score(name: str, rows: Iterable[Row], engine: Engine, *, held_out: bool = False) -> Report:
    report = Report(name, held_out=held_out)
    countries = engine.kb.countries
    for vid, text, reference, lang, country in rows:
        pack = countries.get(country) if country else None
        a = engine.assess(text, None, frozenset(pack.local) if pack else frozenset())
        detected = engine.languages_of(text)[0] if lang else None
        report.results.append(
            Result(vid, reference, a.level, text, tuple(f.id for f in a.fired), lang, detected)
        )
    return report


def render(report: Report) -> str:
    lines = [f"== {report.name}: {report.n} vignettes" + (" (held out)" if report.held_out else "")]
    if not report.n:
        return "\n".join(lines)
    lines.append(f"accuracy            {_pct(report.correct(), report.n)}")
    lines.append(f"safe (>= reference) {_pct(report.safe(), report.n)}")
    lines.append(f"emergencies missed: {report.under_emergencies()}")
    lines.append(f"over-triage         {_pct(report.over(), report.n)}")
    ok, total = report.detection()
    if total:
        lines.append(f"language detected   {_pct(ok, total)} (messages of 3+ words)")
    lines.append("per reference level:")
    for level, (hit, count) in report.per_level().items():
        lines.append(f"  {level.value:<10} {_pct(hit, count)}")
    width = max(len(level.value) for level in LEVELS) + 1
    header = "reference \\ predicted".ljust(22) + "".join(lv.value.rjust(width) for lv in LEVELS)
    lines.append(header)
    for ref, row in report.confusion().items():
        lines.append(ref.value.ljust(22) + "".join(str(row[p]).rjust(width) for p in LEVELS))
    misses = report.misses()
    if misses and not report.held_out:
        lines.append("misclassified:")
        for r in misses:
            flag = " UNDER" if r.predicted.rank > r.reference.rank else ""
            rules = ",".join(r.rules[:3]) or "-"
            lines.append(
                f"  {r.id}: predicted {r.predicted.value}, reference {r.reference.value}{flag}"
                f"  [{rules}]"
            )
    return "\n".join(lines)


def invariant_counts(engine: Engine) -> str:
    """Every safety invariant, as passed/total per kind and language."""
    assistant = Assistant("44", triage=engine)
    checks: list[inv.Check] = []
    for lang in engine.kb.languages.values():
        if lang.spec.base is None:
            checks += inv.said_back_lines(engine, lang)
            checks += inv.examples(engine, lang)
            checks += inv.answers(assistant, lang)
            checks += inv.push_back(assistant, lang, most=60)
    checks += inv.not_understood(engine)
    checks += inv.scope(engine)
    total: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    for c in checks:
        key = f"{c.kind} [{c.case.split(':')[0]}]" if ":" in c.case else c.kind
        total[key] += 1
        passed[key] += c.passed
    lines = ["== safety invariants (passed / checked)"]
    lines += [f"  {key:<32} {passed[key]:>5} / {total[key]}" for key in sorted(total)]
    return "\n".join(lines)


def main(
    paths: list[Path],
    out: TextIO | None = None,
    *,
    similarity: bool = True,
    invariants: bool = True,
) -> int:
    """Print a report per file (and language) and a combined one; always return 0."""
    stream = out if out is not None else sys.stdout
    engine = Engine(similarity=similarity)
    print(f"similarity layer: {'on' if similarity else 'off'}", file=stream)
    combined = Report("all files")
    for path in paths:
        held_out = HELD_OUT in path.parts
        report = score(str(path), load(path), engine, held_out=held_out)
        combined.results.extend(report.results)
        for part in (report, *report.by_language()):
            print(render(part), file=stream)
            print(file=stream)
    if len(paths) > 1:
        combined.held_out = any(HELD_OUT in p.parts for p in paths)
        print(render(combined), file=stream)
        print(file=stream)
    if invariants:
        print(invariant_counts(engine), file=stream)
    return 0

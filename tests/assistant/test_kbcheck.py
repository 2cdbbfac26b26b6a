"""``selfcare kb check`` and ``selfcare rules --markdown``: the knowledge base checked as a
whole (every problem listed at once) and printed for clinical review."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from selfcare.assistant.kbcheck import check
from selfcare.assistant.knowledge.loader import ROOT, load
from selfcare.assistant.knowledge.rulebook import rulebook, side_by_side
from selfcare.cli import app

runner = CliRunner()


def _copy(tmp_path: Path) -> Path:
    """The built-in knowledge base's records and languages, copied to break."""
    root = tmp_path / "kb"
    shutil.copytree(ROOT, root, ignore=shutil.ignore_patterns("*.py", "__pycache__", "training"))
    return root


def _edit(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _first_emergency(data: list[dict[str, Any]]) -> dict[str, Any]:
    return next(r for r in data if r["level"] == "emergency")


# The whole knowledge base compiled and checked: about 20 s of CPU alone, several times that
# beside the service tests on a loaded 2-core machine, so it is done once in the suite, through
# the command (`selfcare kb check`, which lists every problem and exits 1 on any). The suite's
# 120 s timeout is there to catch hangs, not a slow machine.
@pytest.mark.timeout(900)
def test_the_built_in_knowledge_base_has_no_problems() -> None:
    result = runner.invoke(app, ["kb", "check"])
    assert result.exit_code == 0, result.output
    counts = re.fullmatch(
        r"(\d+) findings, (\d+) red flags, (\d+) topics, (\d+) languages, (\d+) countries: "
        r"0 problems\n",
        result.output,
    )
    assert counts, result.output
    findings, red_flags, topics, languages, countries = map(int, counts.groups())
    assert findings >= 60 and red_flags >= 100 and topics >= 60 and countries >= 50
    assert languages == len(load().languages) and "en" in load().languages


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """One knowledge base with eight different mistakes: every one is reported."""
    root = _copy(tmp_path_factory.mktemp("broken"))
    flags = root / "red_flags" / "general.yaml"
    _edit(flags, lambda d: _first_emergency(d)["when"][0].setdefault("any", []).append("nosuch"))
    _edit(flags, lambda d: d[-1]["when"][0].update(check="no_such_check"))
    words = root / "languages" / "en" / "findings" / "general.yaml"
    _edit(words, lambda d: next(iter(d.values()))["words"].append("(unclosed"))
    said = root / "languages" / "en" / "red_flags" / "general.yaml"
    _edit(said, lambda d: d["anaphylaxis"].pop("first_aid"))
    _edit(said, lambda d: d["vital_signs_red"].update(say="readings in the danger range"))
    _edit(root / "topics" / "headache.yaml", lambda d: d["warnings"]["emergency"].append("nope"))
    _edit(root / "countries" / "fr.yaml", lambda d: d.update(calling_codes=["44"]))
    (root / "countries" / "xx.yaml").unlink()
    return [str(p) for p in check(root)[1]]


@pytest.mark.parametrize(
    ("where", "what"),
    [
        ("red_flags", "anaphylaxis: unknown finding 'nosuch'"),
        ("red_flags", "no check 'no_such_check'"),
        ("findings", "(unclosed"),
        ("red_flags", "anaphylaxis: an emergency needs first_aid"),
        ("red_flags", "vital_signs_red: say: it is not written to the person"),
        ("headache.yaml", "unknown red flag 'nope'"),
        ("countries", "calling code 44 is also"),
        ("countries", "no xx.yaml"),
    ],
)
def test_every_problem_is_listed_at_once(broken: list[str], where: str, what: str) -> None:
    assert any(where in p and what in p for p in broken), broken


# The command on the built-in and on a broken knowledge base: tests/cli/test_cli.py.


def test_kb_check_command_on_no_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["kb", "check", "--directory", str(tmp_path / "none")])
    assert result.exit_code == 2 and "no such folder" in result.output


# --- the rulebook ---------------------------------------------------------------------------


def test_the_rulebook_lists_every_red_flag_by_level_and_every_finding() -> None:
    kb = load()
    book = rulebook(kb)
    for level, title in (("emergency", "Emergency"), ("urgent", "Urgent"), ("routine", "Routine")):
        n = sum(f.level == level for f in kb.red_flags.values())
        assert f"## {title}" in book and f": {n} red flags" in book
    for flag_id, flag in kb.red_flags.items():
        section = book.split(f"### `{flag_id}`", 1)[1].split("\n### ", 1)[0]
        assert kb.reference.red_flags[flag_id].say in section, flag_id
        assert str(flag.source) in section, flag_id
        assert section.count("**Fires when:**") == len(flag.when), flag_id
    for finding in kb.findings:
        assert f"| `{finding}` |" in book, finding


def test_the_rulebook_tables_keep_their_columns() -> None:
    book = rulebook(load())
    rows = [line for line in book.splitlines() if line.startswith("| `")]
    assert rows
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 4, row


def test_side_by_side_has_every_line_in_both_languages() -> None:
    kb = load()
    text = side_by_side(kb, "en")
    for flag_id, said in kb.reference.red_flags.items():
        assert f"| `{flag_id}` | {said.say} |" in text
    for topic in kb.reference.topics.values():
        assert f"### {topic.title}" in text


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["rules", "--markdown"], 0, "# selfcare rulebook"),
        (["rules", "--markdown", "--language", "en"], 0, "side by side"),
        (["rules", "--markdown", "--language", "zz"], 2, "no language 'zz'"),
        (["rules"], 2, "--markdown"),
    ],
)
def test_rules_command(args: list[str], code: int, words: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == code, result.output
    assert words in result.output

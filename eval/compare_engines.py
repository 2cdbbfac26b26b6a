"""Transition check: the knowledge-base engine against the old Python-rule engine.

Runs both on every development text (the shared dev set, our own vignette files, and the
texts of the old triage/understanding tests) and prints every message where the level (or,
with --topics, the topic) differs. Removed once the old engine is gone.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

from selfcare.assistant.engine import Engine
from selfcare.assistant.triage import assess as old_assess

ROOT = Path(__file__).resolve().parents[1]
FILES = [
    ROOT.parent / "shared/vignettes/dev.jsonl",
    *sorted((ROOT / "tests/data/vignettes").glob("*.jsonl")),
]
TESTS = [ROOT / "tests/assistant/test_triage.py", ROOT / "tests/assistant/test_understanding.py"]


def texts() -> list[str]:
    out = [json.loads(line)["text"] for f in FILES for line in f.open() if line.strip()]
    for path in TESTS:
        for node in ast.walk(ast.parse(path.read_text())):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and len(value.split()) >= 3 and value[:1] != "_":
                out.append(value)
    return list(dict.fromkeys(out))


def main() -> int:
    topics = "--topics" in sys.argv
    engine = Engine()
    n = diff = 0
    for text in texts():
        n += 1
        old, new = old_assess(text), engine.assess(text)
        if old.level is not new.level or (topics and old.topic != new.topic):
            diff += 1
            print(f"{old.level.value:>9} -> {new.level.value:<9} {old.topic} -> {new.topic}")
            print(f"    {text[:160]}")
            print(f"    old: {[f.rule for f in old.findings]}  new: {[f.id for f in new.fired]}")
    print(f"{diff} of {n} texts differ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

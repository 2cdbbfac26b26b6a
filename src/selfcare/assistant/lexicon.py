"""The concept lexicon, loaded from ``rules/concepts.yaml`` (clinicians can edit it as data).

Patterns are regular expressions over *normalised* text (see ``understanding.normalise``:
lower case, apostrophes dropped, punctuation split off as its own token, common typos and
slang already mapped). Two shorthands keep them readable:

* ``~N `` — a gap of up to N words that never crosses punctuation or a conjunction, so
  "sore throat and chest infection" does not become chest pain;
* upper-case macros (``PAIN``, ``POSS``, ``NUM``) expand to shared word classes.

A concept is a *finding*, not a diagnosis: "chest_pain", "neck_stiff", "no_urine". Rules in
``rules_*.py`` combine concepts with extracted facts (age, duration, vitals) to reach a level.
Concepts are checked for negation ("no stiff neck") unless listed in ``NO_NEGATION``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

RULES_DIR = Path(__file__).with_name("rules")
LEXICON_FILE = RULES_DIR / "concepts.yaml"


def load_table(name: str) -> dict[str, Any]:
    """One YAML mapping from ``rules/`` (C loader when available: it is read at import)."""
    path = RULES_DIR / name
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping")
    return data


def _load() -> dict[str, Any]:
    data = load_table(LEXICON_FILE.name)
    if not isinstance(data.get("concepts"), dict):
        raise ValueError(f"{LEXICON_FILE}: expected a mapping with 'concepts'")
    return data


def _patterns(table: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for name, patterns in table.items():
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            raise ValueError(f"{LEXICON_FILE}: concept {name!r} must be a list of patterns")
        out[str(name)] = tuple(patterns)
    return out


_DATA = _load()
MACROS: dict[str, str] = {str(k): str(v) for k, v in _DATA.get("macros", {}).items()}
CONCEPTS: dict[str, tuple[str, ...]] = _patterns(_DATA["concepts"])
ABSENT: dict[str, tuple[str, ...]] = _patterns(_DATA.get("absent", {}))
NO_NEGATION: frozenset[str] = frozenset(str(x) for x in _DATA.get("no_negation", []))

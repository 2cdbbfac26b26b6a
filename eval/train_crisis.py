"""Train the crisis models (``make model``): per language, is a message said like a suicide
crisis (``emergency``), like suicidal thoughts without a plan (``urgent``), or neither?

Why a learned model here: people say they are about to end their life in more ways than any
word list holds ("sunday feels right", "FD details sent to my wife, sorry"). The rules read
signs in words too broad to decide on; the red-flag row that asks this model (``check:
said_like_crisis``) needs two of them, and the model judges whether the message around them
carries the intent: never the only sign.

Data for language ``<code>``, all our own, never an evaluation set: ``knowledge/crisis/<code>/
*.jsonl`` (messages written for this model, ``level`` emergency / urgent / none, most of the
"none" ones hard negatives that share its words: pesticide for the fields, a will made with a
lawyer, goodbyes at an airport); every crisis red flag's examples in that language and its
variants, at the flag's level; and the language's similarity corpus (``knowledge/training/
<code>``), each message labelled by the crisis red flag the rules fire on it, else "none" —
thousands of ordinary messages that are not a crisis. "none" is stored as the lowest level
(self_care): the class that raises nothing.

Thresholds by 5-fold cross-validation, as for the similarity layer: per level the lowest
threshold whose positives are right (the message's label at least that level) at least
``PRECISION`` of the time, among messages with one of the signs the asking row counts (it asks
with two; there are too few hard negatives with two to set a threshold on). The strict
thresholds (``check: said_like_crisis_strict``, a row that reads ONE sign) the same way at
``STRICT``, among messages with one of that row's signs.
Needs scikit-learn; ``python eval/train_crisis.py [CODE ...]``.
"""

from __future__ import annotations

import sys
from typing import Any

import numpy as np
from train_similarity import cross_validated, export

from selfcare.assistant.engine import Engine
from selfcare.assistant.engine.similarity import corpus, digest
from selfcare.assistant.knowledge.loader import ROOT, load
from selfcare.assistant.knowledge.schema import Row
from selfcare.events import TriageLevel

CLASSES = ("emergency", "urgent", "self_care")
NONE = "self_care"  # "none" in the corpus: not a crisis
PRECISION = 0.95
STRICT = 0.98
FOLDER = ROOT / "crisis"
ASKS = {"said_like_crisis": PRECISION, "said_like_crisis_strict": STRICT}  # check: precision


def crisis_corpus(code: str) -> list[tuple[str, str]]:
    """The messages written for the model, "none" read as the lowest class."""
    return [(text, NONE if level == "none" else level) for text, level in corpus(FOLDER / code)]


def crisis_level(engine: Engine, text: str, code: str) -> str:
    """The crisis level the rules alone give a message: its crisis red flag's, else none."""
    fired = [f for f in engine.assess(text, code).fired if f.crisis]
    return fired[0].level.value if fired else NONE


def examples(engine: Engine, code: str) -> list[tuple[str, str]]:
    kb = engine.kb
    rows = crisis_corpus(code)
    variants = [lang for c, lang in kb.languages.items() if c == code or lang.spec.base == code]
    for lang in variants:
        for flag in kb.red_flags.values():
            words = lang.red_flags.get(flag.id)
            if flag.crisis and words is not None:
                rows += [(text, flag.level) for text in words.examples]
    for text, _ in corpus(ROOT / "training" / code):
        rows.append((text, crisis_level(engine, text, code)))
    return rows


def asking_rows(engine: Engine, check: str) -> list[Row]:
    """The red-flag rows that ask the model with ``check``."""
    return [row for flag in engine.kb.red_flags.values() for row in flag.when if row.check == check]


def asked(rows: list[Row], present: frozenset[str]) -> bool:
    """Whether a message whose findings are ``present`` has one of the signs the asking rows
    count (none excluded): the population its threshold is set on. Not only the messages with
    two: few of the hard negatives have two, so a threshold set there allows nearly anything
    (0.31 when tried)."""
    return any(
        row.at_least is not None
        and not present.isdisjoint(row.at_least.of)
        and present.isdisjoint(row.none)
        for row in rows
    )


def thresholds(
    probs: np.ndarray[Any, Any], labels: list[str], asked: list[bool], precision: float
) -> dict[str, float]:
    """Per level the lowest threshold right ``precision`` of the time among ``asked``."""
    out: dict[str, float] = {}
    for k, level in enumerate(CLASSES[:-1]):
        rank = TriageLevel(level).rank
        at_least = probs[:, : k + 1].sum(axis=1)
        best = 1.01
        for t in np.arange(0.99, 0.30, -0.01):
            said = [i for i in range(len(labels)) if asked[i] and at_least[i] >= t]
            if len(said) < 5:
                continue
            right = sum(TriageLevel(labels[i]).rank <= rank for i in said)
            if right / len(said) >= precision:
                best = round(float(t), 2)
        out[level] = best
        print(f"  {level}: threshold {best} (right {precision:.0%})", file=sys.stderr)
    return out


def train(engine: Engine, code: str) -> bool:
    out = FOLDER / f"{code}.model.json"
    normalise = engine.reader(code).normalise
    rows = examples(engine, code)
    texts = [normalise(t) for t, _ in rows]
    labels = [level for _, level in rows]
    counts = {c: labels.count(c) for c in CLASSES}
    print(f"{code}: {len(rows)} messages {counts}", file=sys.stderr)
    probs = cross_validated(texts, labels, CLASSES)
    present = [engine.understand(text, code).present for text, _ in rows]  # read once
    limits: dict[str, dict[str, float]] = {}
    for check, precision in ASKS.items():
        asking = asking_rows(engine, check)
        asks = [asked(asking, found) for found in present]
        print(f"  {check}: {sum(asks)} asked about", file=sys.stderr)
        limits[check] = thresholds(probs, labels, asks, precision)
    trained_on = digest(corpus(FOLDER / code))
    return export(
        out, texts, labels, CLASSES, limits["said_like_crisis"], trained_on,
        "eval/train_crisis.py", strict=limits["said_like_crisis_strict"],
    )  # fmt: skip


def languages() -> list[str]:
    return sorted(p.name for p in FOLDER.iterdir() if p.is_dir())


def main(argv: list[str]) -> int:
    engine = Engine(load(), similarity=False)  # the rules alone label the general corpus
    codes = argv or languages()
    unknown = [c for c in codes if c not in languages()]
    if unknown:
        print(f"no crisis corpus for {', '.join(unknown)}", file=sys.stderr)
        return 2
    return 0 if all([train(engine, code) for code in codes]) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

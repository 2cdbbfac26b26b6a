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
with two; there are too few hard negatives with two to set a threshold on).
Needs scikit-learn; ``python eval/train_crisis.py [CODE ...]``.
"""

from __future__ import annotations

import json
import sys

import numpy as np
from sklearn.model_selection import StratifiedKFold
from train_similarity import fit

from selfcare.assistant.engine import Engine
from selfcare.assistant.engine.similarity import Model, digest
from selfcare.assistant.knowledge.loader import ROOT, load
from selfcare.assistant.knowledge.schema import Row
from selfcare.events import TriageLevel

CLASSES = ("emergency", "urgent", "self_care")
NONE = "self_care"  # "none" in the corpus: not a crisis
PRECISION = 0.95
FOLDER = ROOT / "crisis"
ASKS = ("said_like_crisis",)  # the checks that ask the model


def crisis_corpus(code: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for path in sorted((FOLDER / code).glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                level = str(item["level"])
                rows.append((str(item["text"]), NONE if level == "none" else level))
    return rows


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
    general = ROOT / "training" / code
    for path in sorted(general.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = str(json.loads(line)["text"])
                rows.append((text, crisis_level(engine, text, code)))
    return rows


def asking_rows(engine: Engine) -> list[Row]:
    """The red-flag rows that ask the model."""
    return [row for flag in engine.kb.red_flags.values() for row in flag.when if row.check in ASKS]


def asked(engine: Engine, rows: list[Row], code: str, text: str) -> bool:
    """Whether ``text`` has one of the signs the asking rows count (none excluded): the
    population its threshold is set on. Not only the messages with two: few of the hard
    negatives have two, so a threshold set there allows nearly anything (0.31 when tried)."""
    present = engine.understand(text, code).present
    return any(
        row.at_least is not None
        and not present.isdisjoint(row.at_least.of)
        and present.isdisjoint(row.none)
        for row in rows
    )


def thresholds(texts: list[str], labels: list[str], asked: list[bool]) -> dict[str, float]:
    probs = np.zeros((len(texts), len(CLASSES)))
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
    for train, test in folds.split(texts, labels):
        vec, model = fit([texts[i] for i in train], [labels[i] for i in train])
        p = model.predict_proba(vec.transform([texts[i] for i in test]))
        order = [list(model.classes_).index(c) for c in CLASSES]
        probs[test] = p[:, order]
    out: dict[str, float] = {}
    for k, level in enumerate(CLASSES[:-1]):
        rank = TriageLevel(level).rank
        at_least = probs[:, : k + 1].sum(axis=1)
        best = 1.01
        for t in np.arange(0.95, 0.30, -0.01):
            said = [i for i in range(len(texts)) if asked[i] and at_least[i] >= t]
            if len(said) < 5:
                continue
            right = sum(TriageLevel(labels[i]).rank <= rank for i in said)
            if right / len(said) >= PRECISION:
                best = round(float(t), 2)
        out[level] = best
        print(f"  {level}: threshold {best}", file=sys.stderr)
    return out


def train(engine: Engine, code: str) -> bool:
    out = FOLDER / f"{code}.model.json"
    normalise = engine.reader(code).normalise
    rows = examples(engine, code)
    texts = [normalise(t) for t, _ in rows]
    labels = [level for _, level in rows]
    asking = asking_rows(engine)
    asks = [asked(engine, asking, code, t) for t, _ in rows]
    counts = {c: labels.count(c) for c in CLASSES}
    print(f"{code}: {len(rows)} messages {counts}, {sum(asks)} asked about", file=sys.stderr)
    limits = thresholds(texts, labels, asks)
    vectorizer, model = fit(texts, labels)
    order = [list(model.classes_).index(c) for c in CLASSES]
    data = {
        "about": "Trained by eval/train_crisis.py (make model); do not edit by hand.",
        "classes": list(CLASSES),
        "ngrams": list(vectorizer.ngram_range),
        "terms": vectorizer.get_feature_names_out().tolist(),
        "idf": [float(f"{v:.6g}") for v in vectorizer.idf_],
        "coef": [[float(f"{v:.6g}") for v in model.coef_[i]] for i in order],
        "intercept": [float(f"{model.intercept_[i]:.6g}") for i in order],
        "thresholds": limits,
        "trained_on": digest(crisis_corpus(code)),
    }
    out.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    shipped = Model.load(out)
    expected = model.predict_proba(vectorizer.transform(texts[:300]))[:, order]
    worst = max(
        abs(shipped.probabilities(t)[TriageLevel(c)] - expected[i][k])
        for i, t in enumerate(texts[:300])
        for k, c in enumerate(CLASSES)
    )
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB); largest difference {worst:.2e}")
    return worst < 1e-3


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

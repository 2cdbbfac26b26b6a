"""Train the similarity layer (``make model``): a linear model over character n-grams.

Data, all our own and written for development or training — never an evaluation set:
``knowledge/training/en/*.jsonl`` (labelled messages), every red flag's examples, and every
red flag's line said back in the person's voices. Text is normalised as the engine does.

The thresholds at which the model may raise a level are chosen by 5-fold cross-validation of
the whole system (rules, then the model raising): for each level, the lowest threshold whose
raises are right (the true level is at least that urgent) at least ``PRECISION`` of the time.
The export is checked against scikit-learn's own probabilities before it is written.

Needs scikit-learn (``pip install -e '.[model]'``); the product does not.
"""

from __future__ import annotations

import json
import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from selfcare.assistant.engine import Engine
from selfcare.assistant.engine.similarity import Model, corpus, digest
from selfcare.assistant.knowledge.loader import ROOT, load
from selfcare.assistant.knowledge.voices import said_back
from selfcare.events import TriageLevel

CLASSES = ("emergency", "urgent", "routine", "self_care")
NGRAMS = (2, 5)
MAX_FEATURES = 20000
PRECISION = 0.97
OUT = ROOT / "training" / "en.model.json"


def examples(engine: Engine) -> list[tuple[str, str]]:
    kb = engine.kb
    en = kb.reference
    rows = corpus(ROOT / "training" / "en")
    for flag in kb.red_flags.values():
        words = en.red_flags[flag.id]
        rows += [(text, flag.level) for text in words.examples]
        for voice in ("self", "child", "parent"):
            rows.append((said_back(words.say, en.spec.voices, voice), flag.level))
    return rows


def fit(texts: list[str], labels: list[str]) -> tuple[TfidfVectorizer, LogisticRegression]:
    vectorizer = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=NGRAMS,
        lowercase=False,
        sublinear_tf=True,
        min_df=2,
        max_features=MAX_FEATURES,
        dtype=np.float64,
    )
    x = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced")
    model.fit(x, labels)
    return vectorizer, model


def thresholds(
    engine: Engine, texts: list[str], raw: list[str], labels: list[str]
) -> dict[str, float]:
    """Cross-validated: the lowest threshold per level whose raises are right often enough."""
    rules = [engine.assess(t).level for t in raw]
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
        best = 1.01
        for t in np.arange(0.95, 0.30, -0.01):
            raised = [i for i in range(len(texts)) if probs[i, k] >= t and rules[i].rank > rank]
            if len(raised) < 5:
                continue
            right = sum(TriageLevel(labels[i]).rank <= rank for i in raised)
            if right / len(raised) >= PRECISION:
                best = round(float(t), 2)
        out[level] = best
        print(f"  {level}: threshold {best}", file=sys.stderr)
    return out


def main() -> int:
    engine = Engine(load(), similarity=False)  # the rules alone: the model raises on top
    normalise = engine.reader("en").normalise
    rows = examples(engine)
    raw = [t for t, _ in rows]
    texts = [normalise(t) for t in raw]
    labels = [level for _, level in rows]
    trained_on = digest(corpus(ROOT / "training" / "en"))
    print(f"training on {len(rows)} messages (corpus {trained_on})", file=sys.stderr)
    limits = thresholds(engine, texts, raw, labels)
    vectorizer, model = fit(texts, labels)
    order = [list(model.classes_).index(c) for c in CLASSES]
    terms = vectorizer.get_feature_names_out().tolist()
    data = {
        "about": "Trained by eval/train_similarity.py (make model); do not edit by hand.",
        "classes": list(CLASSES),
        "ngrams": list(NGRAMS),
        "terms": terms,
        "idf": [float(f"{v:.6g}") for v in vectorizer.idf_],
        "coef": [[float(f"{v:.6g}") for v in model.coef_[i]] for i in order],
        "intercept": [float(f"{model.intercept_[i]:.6g}") for i in order],
        "thresholds": limits,
        "trained_on": trained_on,
    }
    OUT.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    shipped = Model.load(OUT)
    expected = model.predict_proba(vectorizer.transform(texts[:300]))[:, order]
    worst = max(
        abs(shipped.probabilities(t)[TriageLevel(c)] - expected[i][k])
        for i, t in enumerate(texts[:300])
        for k, c in enumerate(CLASSES)
    )
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB); largest difference {worst:.2e}")
    return 0 if worst < 1e-3 else 1


if __name__ == "__main__":
    raise SystemExit(main())

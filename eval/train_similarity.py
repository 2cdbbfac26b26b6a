"""Train the similarity layer (``make model``): one linear model over character n-grams per
language that has a training corpus.

Data for language ``<code>``, all our own and written for development or training — never an
evaluation set: ``knowledge/training/<code>/*.jsonl`` (labelled messages), every red flag's
examples in that language and its variants (Hindi in Latin letters trains the Hindi model,
which reads both), and every red flag's line said back in the person's voices. Text is
normalised as that language's reader does. A language with no corpus gets no model: red
flags alone have no self-care messages to tell them from.

The thresholds at which a model may raise a level are chosen by 5-fold cross-validation of
the whole system (that language's reading by the rules, then the model raising): for each
level, the lowest threshold whose raises are right (the true level is at least that urgent)
at least ``PRECISION`` of the time. Each export is checked against scikit-learn's own
probabilities before it is written.

Needs scikit-learn (``pip install -e '.[model]'``); the product does not.
``python eval/train_similarity.py [CODE ...]`` trains the languages named (default: all).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

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


def examples(engine: Engine, code: str) -> list[tuple[str, str]]:
    """The labelled messages for ``code``: its corpus, then each red flag's words in it."""
    kb = engine.kb
    rows = corpus(ROOT / "training" / code)
    variants = [lang for c, lang in kb.languages.items() if c == code or lang.spec.base == code]
    for lang in variants:
        for flag in kb.red_flags.values():
            words = lang.red_flags.get(flag.id)
            if words is None:
                continue
            rows += [(text, flag.level) for text in words.examples]
            for voice in ("self", "child", "parent"):
                rows.append((said_back(words.say, lang.spec.voices, voice), flag.level))
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


def cross_validated(
    texts: list[str], labels: list[str], classes: tuple[str, ...]
) -> np.ndarray[Any, Any]:
    """Each text's probability of each class (in ``classes`` order), from a model trained on
    the other four fifths (5-fold, stratified)."""
    probs = np.zeros((len(texts), len(classes)))
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
    for train, test in folds.split(texts, labels):
        vec, model = fit([texts[i] for i in train], [labels[i] for i in train])
        p = model.predict_proba(vec.transform([texts[i] for i in test]))
        probs[test] = p[:, [list(model.classes_).index(c) for c in classes]]
    return probs


def export(
    out: Path,
    texts: list[str],
    labels: list[str],
    classes: tuple[str, ...],
    limits: dict[str, float],
    trained_on: str,
    script: str,
    strict: dict[str, float] | None = None,
) -> bool:
    """Fit on everything, write ``out`` as plain numbers, and check the shipped scoring
    against scikit-learn's own probabilities; False if they disagree. ``strict``: the
    thresholds for questions asked with less evidence beside the model, if any."""
    vectorizer, model = fit(texts, labels)
    order = [list(model.classes_).index(c) for c in classes]
    data = {
        "about": f"Trained by {script} (make model); do not edit by hand.",
        "classes": list(classes),
        "ngrams": list(NGRAMS),
        "terms": vectorizer.get_feature_names_out().tolist(),
        "idf": [float(f"{v:.6g}") for v in vectorizer.idf_],
        "coef": [[float(f"{v:.6g}") for v in model.coef_[i]] for i in order],
        "intercept": [float(f"{model.intercept_[i]:.6g}") for i in order],
        "thresholds": limits,
        **({"strict": strict} if strict else {}),
        "trained_on": trained_on,
    }
    out.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    shipped = Model.load(out)
    expected = model.predict_proba(vectorizer.transform(texts[:300]))[:, order]
    worst = max(
        abs(shipped.probabilities(t)[TriageLevel(c)] - expected[i][k])
        for i, t in enumerate(texts[:300])
        for k, c in enumerate(classes)
    )
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB); largest difference {worst:.2e}")
    return worst < 1e-3


def thresholds(
    engine: Engine, code: str, texts: list[str], raw: list[str], labels: list[str]
) -> dict[str, float]:
    """Cross-validated: the lowest threshold per level whose raises are right often enough."""
    rules = [engine.assess(t, code).level for t in raw]
    probs = cross_validated(texts, labels, CLASSES)
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
        print(f"  {code} {level}: threshold {best}", file=sys.stderr)
    return out


def train(engine: Engine, code: str) -> bool:
    """Train and write ``training/<code>.model.json``; False if the export disagrees."""
    out = ROOT / "training" / f"{code}.model.json"
    normalise = engine.reader(code).normalise
    rows = examples(engine, code)
    raw = [t for t, _ in rows]
    texts = [normalise(t) for t in raw]
    labels = [level for _, level in rows]
    trained_on = digest(corpus(ROOT / "training" / code))
    print(f"{code}: training on {len(rows)} messages (corpus {trained_on})", file=sys.stderr)
    limits = thresholds(engine, code, texts, raw, labels)
    return export(out, texts, labels, CLASSES, limits, trained_on, "eval/train_similarity.py")


def languages() -> list[str]:
    """Every language with a training corpus."""
    return sorted(p.name for p in (ROOT / "training").iterdir() if p.is_dir())


def main(argv: list[str]) -> int:
    engine = Engine(load(), similarity=False)  # the rules alone: the model raises on top
    codes = argv or languages()
    unknown = [c for c in codes if c not in languages()]
    if unknown:
        print(f"no training corpus for {', '.join(unknown)}", file=sys.stderr)
        return 2
    return 0 if all([train(engine, code) for code in codes]) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Train the similarity layer (``make model``): one linear model over character n-grams per
language that has a training corpus.

Data for language ``<code>``, all our own and written for development or training — never an
evaluation set: ``knowledge/training/<code>/*.jsonl`` (labelled messages), every red flag's
examples in that language and its variants (Hindi in Latin letters trains the Hindi model,
which reads both), and every red flag's line said back in the person's voices. Text is
normalised as that language's reader does. A language with no corpus gets no model: red
flags alone have no self-care messages to tell them from.

The thresholds at which a model may raise a level are chosen on the held-out rounds that have
had their first run (``eval/blind/*.jsonl`` in that language; the model is never trained on
them): for each level, the lowest probability at which the raises that would be wrong (the
case's reference level less urgent than the raise) stay within ``BUDGET`` of those cases and,
below an emergency, are no more than the right ones (``PRECISION``), with one right raise at
least (else the level is never raised to: 1.01). An emergency raise needs only the budget: the
rules have been mended on every seen round, so the raises that would have been right there are
few by construction, and a missed emergency costs more than several needless calls. The rules
read each case first, and a raise only counts where they were lower. A round's files are
committed just before its first run: run this after that run, never between. Until 2026-12-06
the thresholds were chosen by cross-validation on the training data at 97% precision, which no
level reached, so the layer raised nothing (docs/evaluation.md, fourteenth round). Each export
is checked against scikit-learn's own probabilities before it is written.

Needs scikit-learn (``pip install -e '.[model]'``); the product does not.
``python eval/train_similarity.py [CODE ...]`` trains the languages named (default: all);
``--thresholds-only`` keeps the shipped models and chooses their thresholds again.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from selfcare.assistant.engine import Engine
from selfcare.assistant.engine.similarity import Model, corpus, digest
from selfcare.assistant.evaluate import load as load_cases
from selfcare.assistant.knowledge.loader import ROOT, load
from selfcare.assistant.knowledge.voices import said_back
from selfcare.events import TriageLevel

CLASSES = ("emergency", "urgent", "routine", "self_care")
NGRAMS = (2, 5)
MAX_FEATURES = 20000
BUDGET = 0.005  # wrong raises allowed per level, as a share of the held-out cases seen
# The share of a level's raises that must be right (see above): none for an emergency; a
# same-day or GP raise that is wrong more often than right is not worth having.
PRECISION = {"emergency": 0.0, "urgent": 0.5, "routine": 0.5}
BLIND = Path(__file__).parent / "blind"  # the held-out rounds


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


def thresholds(engine: Engine, code: str, path: Path) -> dict[str, float]:
    """Per level, the lowest probability whose wrong raises on the seen rounds fit the budget."""
    model = Model.load(path)
    normalise = engine.reader(code).normalise
    cases = [
        row
        for file in sorted(BLIND.glob("*.jsonl"))
        for row in load_cases(file)
        if (row.lang or "").split("-")[0] == code
    ]
    scored = []
    for row in cases:
        pack = engine.kb.countries.get(row.country) if row.country else None
        rules = engine.assess(row.text, None, frozenset(pack.local) if pack else frozenset())
        scored.append((row.reference, rules.level, model.probabilities(normalise(row.text))))
    out: dict[str, float] = {}
    for level in CLASSES[:-1]:
        target = TriageLevel(level)
        best, right, wrong = 1.01, 0, 0
        for t in np.arange(0.95, 0.295, -0.01):
            raised = [
                ref for ref, rules, p in scored if p[target] >= t and rules.rank > target.rank
            ]
            bad = sum(ref.rank > target.rank for ref in raised)
            if bad > BUDGET * len(scored):
                break
            share = PRECISION[level]
            if len(raised) - bad >= (max(1.0, share * len(raised)) if share else 0.0):
                best, right, wrong = round(float(t), 2), len(raised) - bad, bad
        out[level] = best
        print(
            f"  {code} {level}: threshold {best} ({right} right and {wrong} wrong raises "
            f"on {len(scored)} seen held-out cases)",
            file=sys.stderr,
        )
    return out


def set_thresholds(engine: Engine, code: str) -> None:
    path = ROOT / "training" / f"{code}.model.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["thresholds"] = thresholds(engine, code, path)
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")


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
        "thresholds": {},  # chosen below, on the shipped model
        "trained_on": trained_on,
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
    if worst >= 1e-3:
        return False
    set_thresholds(engine, code)
    return True


def languages() -> list[str]:
    """Every language with a training corpus."""
    return sorted(p.name for p in (ROOT / "training").iterdir() if p.is_dir())


def main(argv: list[str]) -> int:
    engine = Engine(load(), similarity=False)  # the rules alone: the model raises on top
    only = "--thresholds-only" in argv
    codes = [a for a in argv if a != "--thresholds-only"] or languages()
    unknown = [c for c in codes if c not in languages()]
    if unknown:
        print(f"no training corpus for {', '.join(unknown)}", file=sys.stderr)
        return 2
    if only:
        for code in codes:
            set_thresholds(engine, code)
        return 0
    return 0 if all([train(engine, code) for code in codes]) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""A learned second opinion on the level of care, which may only RAISE the engine's level.

A linear model over character n-grams (TF-IDF, as scikit-learn's ``char_wb`` analyzer makes
them) trained on our labelled messages (``knowledge/training/<code>/*.jsonl``), the red flags'
examples and the warning lines said back. It is trained by ``make model``
(``eval/train_similarity.py``, which needs scikit-learn) and shipped as plain numbers in
``knowledge/training/<code>.model.json``; scoring here is a dot product in pure Python.

It never lowers a level: when its most likely level is more urgent than the rules' level and
at least as probable as that level's threshold, the level is raised and the reason is "said
like messages that needed this level" — so a rule or phrasing gap is caught, and shows up in
evaluation as ``similarity`` for someone to turn into a proper red flag.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from selfcare.assistant.knowledge.loader import read_cache, write_cache
from selfcare.events import TriageLevel

_CODE = Path(__file__).read_bytes()  # what kept models are made by (see Model.load)
_SPACES = re.compile(r"\s\s+")
_SEEN = 256  # texts whose scores are kept


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """The n-grams scikit-learn's ``analyzer="char_wb"`` makes: inside padded words only."""
    grams: list[str] = []
    for word in _SPACES.sub(" ", text).split():
        w = f" {word} "
        size = len(w)
        for n in range(low, high + 1):
            if size <= n:  # the word is this short: one n-gram is the whole word, then stop
                grams.append(w)
                break
            grams.extend([w[i : i + n] for i in range(size - n + 1)])
    return grams


def corpus(folder: Path) -> list[tuple[str, str]]:
    """The labelled messages of a training folder: ``(text, level)`` in file order."""
    rows: list[tuple[str, str]] = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                rows.append((str(item["text"]), str(item["level"])))
    return rows


def digest(rows: list[tuple[str, str]]) -> str:
    """What a model records of its training corpus, to tell when it is out of date."""
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Model:
    classes: tuple[TriageLevel, ...]
    ngrams: tuple[int, int]
    index: dict[str, int]
    idf: list[float]
    coef: list[list[float]]  # one row per class, one column per feature
    intercept: list[float]
    thresholds: dict[TriageLevel, float]  # raise to a level only at this probability or more
    trained_on: str  # hash of the training data, to tell when the model is out of date
    # Higher thresholds for a question asked with less evidence beside the model (a crisis
    # row that reads one warning sign, not two); none kept: never
    strict: dict[TriageLevel, float] = field(default_factory=dict)
    _seen: dict[str, dict[TriageLevel, float]] = field(
        default_factory=dict, compare=False, repr=False
    )  # the last texts scored

    @classmethod
    def load(cls, path: Path) -> Model:
        """The model in ``path``; its numbers are kept between runs (``marshal``, by the
        file's bytes and this module's code): decoding the JSON was most of loading it."""
        raw = path.read_bytes()
        key = hashlib.sha256(_CODE + raw).hexdigest()[:16]
        name = f"similarity-{key}.marshal"
        kept = read_cache(name)
        if isinstance(kept, dict):
            try:
                return cls._made(kept)
            except (KeyError, TypeError, ValueError):  # not what this code keeps: decode
                pass
        data = json.loads(raw.decode("utf-8"))
        fields = {
            "classes": [str(c) for c in data["classes"]],
            "ngrams": (int(data["ngrams"][0]), int(data["ngrams"][1])),
            "index": {str(term): i for i, term in enumerate(data["terms"])},
            "idf": [float(x) for x in data["idf"]],
            "coef": [[float(x) for x in row] for row in data["coef"]],
            "intercept": [float(x) for x in data["intercept"]],
            "thresholds": {str(k): float(v) for k, v in data["thresholds"].items()},
            "trained_on": str(data["trained_on"]),
            "strict": {str(k): float(v) for k, v in data.get("strict", {}).items()},
        }
        write_cache(name, fields)
        return cls._made(fields)

    @classmethod
    def _made(cls, fields: dict[str, Any]) -> Model:
        low, high = fields["ngrams"]
        return cls(
            classes=tuple(TriageLevel(c) for c in fields["classes"]),
            ngrams=(int(low), int(high)),
            index=fields["index"],
            idf=fields["idf"],
            coef=fields["coef"],
            intercept=fields["intercept"],
            thresholds={TriageLevel(k): float(v) for k, v in fields["thresholds"].items()},
            trained_on=str(fields["trained_on"]),
            strict={TriageLevel(k): float(v) for k, v in fields["strict"].items()},
        )

    def probabilities(self, text: str) -> dict[TriageLevel, float]:
        """Each level's probability for ``text`` (cached: a turn asks about the same text
        more than once)."""
        probs = self._seen.get(text)
        if probs is None:
            if len(self._seen) >= _SEEN:
                self._seen.clear()
            probs = self._seen[text] = self._score(text)
        return dict(probs)

    @cached_property
    def _arrays(self) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """The coefficients as features x classes and the idf, as numpy arrays: the dot
        product over a long message's thousand features was most of a millisecond in Python."""
        return np.asarray(self.coef, dtype=np.float64).T.copy(), np.asarray(self.idf)

    def _score(self, text: str) -> dict[TriageLevel, float]:
        index = self.index
        counts = Counter(
            i for g in char_wb_ngrams(text, *self.ngrams) if (i := index.get(g)) is not None
        )
        matrix, idf = self._arrays
        features = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        weights = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
        weights *= idf[features]
        norm = float(np.sqrt(weights @ weights)) or 1.0
        totals = (
            (weights @ matrix[features]) / norm if len(counts) else np.zeros(len(self.intercept))
        )
        scores = [b + float(t) for b, t in zip(self.intercept, totals, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def forget(self) -> None:
        self._seen.clear()

    def said_like(self, text: str, level: TriageLevel, strict: bool = False) -> bool:
        """Whether ``text`` is said like messages of ``level`` or a more urgent one, at that
        level's threshold (the crisis model: its lowest class stands for "not a crisis");
        ``strict``: at its higher, strict threshold."""
        limit = (self.strict if strict else self.thresholds).get(level, 1.1)
        if limit > 1.0:
            return False
        probs = self.probabilities(text)
        return sum(p for c, p in probs.items() if c.rank <= level.rank) >= limit

    def raise_to(self, text: str, level: TriageLevel) -> TriageLevel | None:
        """A more urgent level than ``level`` the model is confident of, if any."""
        if not any(
            c.rank < level.rank and self.thresholds.get(c, 1.1) <= 1.0 for c in self.classes
        ):
            return None  # no level above this one may be raised to: nothing to score
        probs = self.probabilities(text)
        for candidate in sorted(probs, key=lambda c: c.rank):
            if candidate.rank >= level.rank:
                return None
            if probs[candidate] >= self.thresholds.get(candidate, 1.1):
                return candidate
        return None


class Models:
    """The shipped models (``<code>.model.json`` in ``folder``), each read on its language's
    first use: reading all of them is a tenth of a cold start, and most services hear few
    languages. ``enabled`` False: none (the rules alone)."""

    def __init__(self, folder: Path, *, enabled: bool = True) -> None:
        self.folder = folder
        self.enabled = enabled
        self._loaded: dict[str, Model | None] = {}

    def get(self, code: str) -> Model | None:
        if code not in self._loaded:
            path = self.folder / f"{code}.model.json"
            self._loaded[code] = Model.load(path) if self.enabled and path.is_file() else None
        return self._loaded[code]

    def __getitem__(self, code: str) -> Model:
        model = self.get(code)
        if model is None:
            raise KeyError(code)
        return model

    def __setitem__(self, code: str, model: Model) -> None:
        self._loaded[code] = model

    def loaded(self) -> list[Model]:
        return [m for m in self._loaded.values() if m is not None]

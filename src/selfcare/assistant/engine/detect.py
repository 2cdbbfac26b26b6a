"""Which languages a message is written in, most likely first.

Three signals, each language's data where it is ours:

* the script: Devanagari is Hindi, Ethiopic Amharic, Bengali script Bengali, Arabic script
  Arabic (the languages we know that write it);
* ``py3langid`` (langid.py's maintained fork; offline, its model inside the wheel), restricted
  to the languages we know or can recognise. Measured on short WhatsApp-style messages
  (``eval/detection/``, docs/languages.md) it was as accurate as lingua's full models and a
  hundred times faster per message (0.1 ms against 10–30 ms); lingua's low-accuracy mode was
  less accurate. Its model loads on first use (about 1.5 s, 120 MB); the service warms it;
* each language's ``markers`` — common words that give a language away where the model
  reads it as another (Hindi typed in Latin letters, Hausa, Sheng), and that settle it
  without the model when they are a quarter of the words. Each distinct marker counts once,
  wherever it starts at a word: a phrase ("ho gaya") and the word in it ("gaya") are two.

A message can hold several languages ("nina chest pain"): every language with a fair share
is returned, so its red flags are read too.
"""

from __future__ import annotations

import hashlib
import mmap
import os
import re
import tempfile
import threading
import unicodedata
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from selfcare.assistant.engine import patterns
from selfcare.assistant.knowledge.loader import cache_dir

_SCRIPTS = {"DEVANAGARI": "hi", "ETHIOPIC": "am", "BENGALI": "bn", "ARABIC": "ar"}
SCRIPT_LANGUAGES = {code: script for script, code in _SCRIPTS.items()}  # "ar": "ARABIC"
_WORD = re.compile(r"[^\W\d_]+")
MIN_SHARE = 0.15  # a language with less of the message than this is not read
MARKER_HITS = 2  # distinct marker words that make a language count
MARKER_SHARE = 0.25  # markers this share of the words settle the language without the models
SHORT = 10  # words: up to this, a language we help in is read wherever its markers are
TINY = 4  # words: up to this, a message no reading understood is read in every language
FEW = 3  # words: up to this, one marker word counts when no other language has one

_UNUSUAL_CASE = patterns.UNUSUAL_CASE


def _new_model(codes: tuple[str, ...]) -> LanguageIdentifier:
    model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    model.set_languages([c for c in codes if c in model.nb_classes])
    _keep_model(codes, model)
    return model


# The model ships LZMA-compressed: unpacking it is most of a cold start. It is kept unpacked
# (and restricted to our languages) in the cache directory; numpy's format and bare bytes,
# no pickles.


def _kept_path(codes: tuple[str, ...]) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        stat = (MODEL_DIR / MODEL_FILE).stat()
    except OSError:
        return None
    what = (
        f"{_KEPT_FORMAT}|{version('py3langid')}|{stat.st_size}|{stat.st_mtime_ns}|{','.join(codes)}"
    )
    return folder / f"langid-{hashlib.sha256(what.encode()).hexdigest()[:16]}.npz"


# The kept form: the small arrays in an ``.npz``, and the tokeniser's transition table (39 MB,
# most of the model) beside it as its array's bare bytes, mapped into memory rather than
# read (a message visits a few hundred of its entries; processes on one machine share it).
_KEPT_FORMAT = 2
_TABLE = ".nextmove"


def _keep_model(codes: tuple[str, ...], model: LanguageIdentifier) -> None:
    path = _kept_path(codes)
    if path is None or not isinstance(model.tk_nextmove, array):
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # the table first: an .npz is only there with its table complete beside it
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as out:
            out.write(bytes(model.tk_nextmove))
        os.replace(tmp, path.with_suffix(_TABLE))
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".npz")
        with os.fdopen(fd, "wb") as out:
            np.savez(
                out,
                ptc=model.nb_ptc,
                pc=model.nb_pc,
                classes=np.array(model.nb_classes),
                nextmove_type=np.array(model.tk_nextmove.typecode),
                nextmove_size=np.array(len(model.tk_nextmove), dtype=np.int64),
                row=np.frombuffer(model.tk_row, dtype=np.uint8),
                row_type=np.array(model.tk_row.typecode),
                output=np.array(model.tk_output, dtype=np.int64),
            )
        os.replace(tmp, path)
    except (OSError, ValueError):
        return


def _kept_model(codes: tuple[str, ...]) -> LanguageIdentifier | None:
    path = _kept_path(codes)
    if path is None or not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            with path.with_suffix(_TABLE).open("rb") as table:
                # read-only; never written in place (a new table replaces the file)
                mapped = mmap.mmap(table.fileno(), 0, access=mmap.ACCESS_READ)
            # the numbers as the model's own array holds them (native, as they were written)
            typecode: Any = str(data["nextmove_type"])
            nextmove = memoryview(mapped).cast(typecode)
            if len(nextmove) != int(data["nextmove_size"]):
                return None
            row = array(str(data["row_type"]))
            row.frombytes(data["row"].tobytes())
            model = LanguageIdentifier(
                data["ptc"],
                data["pc"],
                [str(c) for c in data["classes"]],
                nextmove,
                data["output"].tolist(),
                norm_probs=True,
                tk_row=row,
            )
    except (OSError, ValueError, KeyError, OverflowError, TypeError):
        return None
    return model


def marker_pattern(words: str) -> re.Pattern[str]:
    """A language's marker words (``markers`` in its file) as one pattern, whole words only."""
    return patterns.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def _overlapping(marker: str) -> str:
    """A marker pattern that finds, through ``findall``/``group(1)``, every marker starting
    at a word, overlapping ones included (the match itself is empty: a lookahead)."""
    return f"(?=({marker}))"


@lru_cache(maxsize=4096)
def script_of(ch: str) -> str | None:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return None
    first = name.split(" ", 1)[0]
    return first if first in _SCRIPTS else None


@dataclass(frozen=True)
class Detected:
    code: str
    share: float  # 0..1, how much of the message is in this language
    latin: bool  # written in Latin letters (Hindi typed in Latin script, say)


class Detector:
    """Detects among ``codes``; ``markers`` maps a code to its marker-word pattern."""

    def __init__(self, codes: Iterable[str], markers: Mapping[str, str]) -> None:
        self.codes = tuple(dict.fromkeys(codes))
        self.markers = {
            code: marker_pattern(pattern) for code, pattern in markers.items() if pattern
        }
        # For counting, every marker that starts at a word, overlapping ones too: a phrase
        # marker ("ho gaya") does not hide the word marker inside it ("gaya").
        self._counting = {
            code: patterns.compile(_overlapping(p.pattern), p.flags)
            for code, p in self.markers.items()
        }
        # The same patterns for lower-cased text, where lower-casing them changes no escape
        # (\W, \S…) and they hold no character matched by more than its lower case; each
        # marker tried only where one may begin (``patterns.gated``: the same matches).
        self._lower_markers = {
            code: patterns.compile(_overlapping(patterns.gated_source(p.pattern)))
            for code, p in self.markers.items()
            if p.pattern == p.pattern.lower()
            and _UNUSUAL_CASE.isdisjoint(p.pattern)
            and p.groups == 0  # findall gives the one group: the whole marker
        }
        self._model: LanguageIdentifier | None = None
        self._lock = threading.Lock()

    def _identifier(self) -> LanguageIdentifier:
        with self._lock:
            if self._model is None:
                self._model = _kept_model(self.codes) or _new_model(self.codes)
            return self._model

    def _guesses(self, text: str) -> list[tuple[str, float]]:
        """The model's probability for each language it knows among ours, most likely first."""
        return [(str(code), float(p)) for code, p in self._identifier().rank(text)]

    def warm(self) -> None:
        self._guesses("warm up")

    def forget(self) -> None:
        self._detect.cache_clear()
        self.marker_hits.cache_clear()

    def detect(self, text: str) -> list[Detected]:
        """The languages of ``text``, most likely first (cached: a turn asks more than once)."""
        return self._detect(text)

    @lru_cache(maxsize=512)  # noqa: B019 - one detector per engine, for the process
    def _detect(self, text: str) -> list[Detected]:
        letters = [ch for ch in text if ch.isalpha()]
        if not letters:
            return []
        scripts: dict[str, int] = {}
        for ch in letters:
            script = None if ch.isascii() else script_of(ch)  # ASCII letters are Latin
            if script is not None:
                scripts[script] = scripts.get(script, 0) + 1
        shares: dict[str, float] = {}
        for script, count in scripts.items():
            code = _SCRIPTS[script]
            if code in self.codes and count / len(letters) >= MIN_SHARE:
                shares[code] = count / len(letters)
        latin_share = 1.0 - sum(scripts.values()) / len(letters)
        if latin_share >= MIN_SHARE:
            for code, share in self._latin(text).items():
                shares[code] = max(shares.get(code, 0.0), share * latin_share)
        ranked = sorted(shares.items(), key=lambda kv: -kv[1])
        return [Detected(code, share, latin_share > 0.5) for code, share in ranked]

    @lru_cache(maxsize=512)  # noqa: B019 - asked twice a message: detection, the mixed net
    def marker_hits(self, text: str) -> dict[str, int]:
        """How many distinct marker words of each language ``text`` holds (any case).
        Do not change the mapping returned: it is cached."""
        lowered = text.lower()
        exact = len(lowered) == len(text) and _UNUSUAL_CASE.isdisjoint(lowered)
        hits = {}
        for code, pattern in self._counting.items():
            fast = self._lower_markers.get(code) if exact else None
            if fast is not None:
                hits[code] = len(set(fast.findall(lowered)))
            else:
                hits[code] = len({m.group(1).lower() for m in pattern.finditer(text)})
        return hits

    def marked(self, text: str) -> list[str]:
        """The languages with at least :data:`MARKER_HITS` distinct marker words in ``text``;
        in a message of :data:`FEW` words or fewer, also the one language with a marker word
        when no other has any ("daura pada", "convulsion fiebre": too short for the model)."""
        return list(self._confident(text))

    def _confident(self, text: str) -> dict[str, int]:
        hits = self.marker_hits(text)
        confident = {code: n for code, n in hits.items() if n >= MARKER_HITS}
        if not confident and len(_WORD.findall(text)) <= FEW:
            alone = [code for code, n in hits.items() if n]
            if len(alone) == 1:
                confident = {alone[0]: hits[alone[0]]}
        return confident

    def _latin(self, text: str) -> dict[str, float]:
        words = _WORD.findall(text.lower())
        confident = self._confident(text)
        out: dict[str, float] = {}
        ranked = sorted(confident.items(), key=lambda kv: -kv[1])
        if ranked and ranked[0][1] >= max(MARKER_HITS, MARKER_SHARE * len(words)):
            best, n = ranked[0]
            # Every other language's marker words count against the shortcut, not only those
            # of languages with enough to be confident: "ele está roxo e mal consegue respirar"
            # has two Spanish markers (está, respirar; Portuguese words too) and one Portuguese
            # (ele), and the model, asked, reads it as Portuguese.
            hits = self.marker_hits(text)
            runner_up = max((k for code, k in hits.items() if code != best), default=0)
            if runner_up * 2 < n:
                # A quarter of the words are one language's common words, and no other
                # language comes close: no need to ask the models (they are the slow part).
                return {best: min(1.0, 2 * n / len(words))}
        for code, p in self._guesses(text) if words else []:
            if p >= MIN_SHARE:
                out[code] = p
        for code, n in confident.items():
            # Marker words beat a guess: Hindi in Latin letters reads to the model as anything.
            out[code] = max(out.get(code, 0.0), min(1.0, n / max(len(words), 1) * 2))
        return out

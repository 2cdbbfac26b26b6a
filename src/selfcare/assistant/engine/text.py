"""Normalising a message for one language: the form its finding patterns are written for.

Lower case, accents folded to ASCII where the language says so, apostrophes dropped,
punctuation split off as its own token, newlines as sentence ends, typos and slang mapped
to the words the patterns know. Every step but the generic ones is the language's data
(``languages/<code>/language.yaml``, section ``normalise``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from selfcare.assistant.engine import patterns
from selfcare.assistant.engine.lexicon import may_match
from selfcare.assistant.knowledge.schema import Normalise

_PUNCT_SPLIT = re.compile(r"(?<!\d)\.|\.(?!\d)|[,;:!?()\[\]\"“”…।॥¿¡«»]")
_HYPHEN_WORDS = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])|(?<=\d)-(?=[^\W\d_])|(?<=[^\W\d_])-(?=\d)")
_SLASH_WORDS = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")
_APOS = re.compile(r"['’‘`´]")
_SPACES = re.compile(r"\s+")
_NEWLINES = re.compile(r"\n+")
_COMBINING = re.compile("[\u0300-\u036f]+")  # accents over Latin letters, once decomposed


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one insertion, deletion, substitution or swap."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


Sub = tuple[re.Pattern[str], str, frozenset[str] | None]


def _subs(pairs: tuple[tuple[str, str], ...]) -> list[Sub]:
    """Each pattern with its replacement, and the literal words one of which any match
    holds (:func:`.lexicon.analyse`): a language has dozens of phrases, and a message holds
    the words of few of them, so most substitutions are skipped on a substring test."""
    out: list[Sub] = []
    for p, r in pairs:
        pattern, needs, _ = patterns.analysed(p)
        out.append((pattern, r, needs))
    return out


def _substitute(text: str, subs: list[Sub]) -> str:
    for pattern, repl, needs in subs:
        if may_match(needs, text):
            text = pattern.sub(repl, text)
    return text


def keep(text: str, ascii_only: bool) -> str:
    """Accents over Latin letters and unprintable characters dropped ("á" -> "a", already
    decomposed by NFKD); the vowel signs of other scripts (Devanagari) are part of the word
    and kept. ``ascii_only`` drops every other non-ASCII character too."""
    if ascii_only:
        if not text.isascii():  # every other character dropped in one pass in C
            text = text.encode("ascii", "ignore").decode("ascii")
        if text.replace("\n", "").isprintable():
            return text  # nothing (else) to drop: most messages (not one pass per letter)
        return "".join(ch for ch in text if ch.isprintable() or ch == "\n")
    kept = _COMBINING.sub("", text)
    if kept.replace("\n", "").isprintable():
        return kept  # every character left is printable: the loop below keeps them all
    return "".join(
        ch
        for ch in text
        if not "\u0300" <= ch <= "\u036f"
        and (ch.isprintable() or ch == "\n" or unicodedata.combining(ch))
    )


class Normaliser:
    """``normalise(text)`` for one language, compiled once."""

    def __init__(self, spec: Normalise) -> None:
        self.spec = spec
        self._emoji = tuple(spec.emoji.items())
        self._case = _subs(spec.case_sensitive)
        self._before = _subs(spec.before)
        self._phrases = _subs(spec.phrases)
        self._typos = dict(spec.typos)
        by_len: dict[int, list[str]] = {}
        for word in set(spec.fuzzy):
            by_len.setdefault(len(word), []).append(word)
        self._fuzzy = {n: tuple(sorted(ws)) for n, ws in by_len.items()}
        self._known = frozenset(self._typos) | frozenset(self._typos.values()) | set(spec.fuzzy)
        # Words the language spells correctly on purpose (typo targets and the fuzzy list):
        # another layer must not take one for a misspelling of something else.
        self.words: frozenset[str] = frozenset(self._typos.values()) | frozenset(spec.fuzzy)
        self.fix: Callable[[str], str] = lru_cache(maxsize=8192)(self._fix)

    def _fix(self, token: str) -> str:
        fixed = self._typos.get(token)
        if fixed is not None:
            return fixed
        if len(token) < 7 or token in self._known or not token.isalpha():
            return token
        for length in (len(token) - 1, len(token), len(token) + 1):
            for word in self._fuzzy.get(length, ()):
                if word[0] == token[0] and one_edit(token, word):
                    return word
        return token

    def __call__(self, text: str) -> str:
        for emoji, words in self._emoji:
            text = text.replace(emoji, f" {words} ")
        text = _substitute(text, self._case)
        text = unicodedata.normalize("NFKD", text).lower()
        text = _APOS.sub("", text)
        text = _substitute(text, self._before)
        text = keep(text, self.spec.fold_ascii)
        text = _HYPHEN_WORDS.sub(" ", text)
        text = _SLASH_WORDS.sub(" ", text)
        text = _PUNCT_SPLIT.sub(lambda m: f" {m.group(0)} ", text)
        text = _NEWLINES.sub(" . ", text)
        text = " ".join(self.fix(tok) for tok in text.split())
        text = _substitute(text, self._phrases)
        return _SPACES.sub(" ", text).strip()

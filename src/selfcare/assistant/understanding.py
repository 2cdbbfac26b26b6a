"""Understanding a message: normalise, find concepts, decide negation, extract facts.

``understand(text)`` returns an :class:`Understanding`: the normalised text, the concepts
present and the concepts explicitly negated, and the :class:`Facts` (subject, age, duration,
temperature, pregnancy, vitals). Everything is precompiled at import; one call on a
500-character message takes well under a millisecond or two.

Negation is NegEx-style: a cue ("no", "not", "without", "denies", "hasnt") negates a concept
that follows within a few words in the same clause; commas end the scope unless the clause is
a list ending in "or"/"nor" ("no cough, fever or rash"). Cues inside a concept's own phrase do
not negate it ("cant breathe", "wont stop bleeding", "not feeding" are positive findings).
"""

from __future__ import annotations

import bisect
import importlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from selfcare.assistant import lexicon
from selfcare.assistant.facts import (
    Facts,
    Vitals,
    extract_ages,
    extract_durations,
    extract_pregnancy,
    extract_sex,
    extract_subject,
    extract_temperature,
    extract_vitals,
)

__all__ = ["Facts", "Understanding", "Vitals", "normalise", "understand"]

# --- normalisation -----------------------------------------------------------------------------

_EMOJI = {
    "🤮": " vomiting ",
    "🤢": " nausea ",
    "🤒": " fever ",
    "🤧": " sneezing ",
    "🩸": " blood ",
    "🥵": " hot ",
    "🥶": " cold ",
    "💩": " poo ",
    "🦷": " tooth ",
    "👶": " baby ",
    "🤰": " pregnant ",
    "💊": " tablets ",
    "🤕": " hurt head ",
}

# Clinical shorthand, matched case-sensitively first so "SOB" is not the verb "sob".
_CLINICAL = (
    (re.compile(r"\bSOB(?:OE)?\b"), " short of breath "),
    (re.compile(r"\bLOC\b"), " loss of consciousness "),
)
_PRE = (
    (re.compile(r"\by ?/ ?o\b"), " yo "),
    (re.compile(r"\bw ?/ ?o\b"), " without "),
    (re.compile(r"\bw/ ?"), " with "),
    (re.compile(r"\bc ?/ ?o\b"), " complains of "),
    (re.compile(r"\bh ?/ ?o\b"), " history of "),
    (re.compile(r"\bn ?(?:/|&|\+|and) ?v\b"), " nausea and vomiting "),
    (re.compile(r"\bd ?(?:/|&|\+|and) ?v\b"), " diarrhoea and vomiting "),
    (re.compile(r"\ba ?& ?e\b"), " a and e "),
    (re.compile(r"\bx ?(\d{1,2})\b(?! ?ray)"), r" \1 times "),
    (re.compile(r"#\s?(?=[a-z])"), " fracture "),
    (re.compile(r"[°º] ?c\b"), " c "),
    (re.compile(r"[°º] ?f\b"), " f "),
    (re.compile(r"[°º]"), " degrees "),
    (re.compile(r"(?<=\d)(?=(?:yo|yrs?|mths?|wks?|bpm|kg|mg)\b)"), " "),
)
_PUNCT_SPLIT = re.compile(r"(?<!\d)\.|\.(?!\d)|[,;:!?()\[\]\"“”…]")
_HYPHEN_WORDS = re.compile(r"(?<=[a-z])-(?=[a-z])|(?<=\d)-(?=[a-z])|(?<=[a-z])-(?=\d)")
_NUM_RANGE = re.compile(r"\b(\d+) (?:or|to) (\d+)\b")
_APOS = re.compile(r"['’‘`´]")
_SPACES = re.compile(r"\s+")

# Misspellings and slang, one token to its standard form (data in rules/words.yaml).
_WORDS = lexicon.load_table("words.yaml")
_TYPOS: dict[str, str] = {str(k): str(v) for k, v in _WORDS["typos"].items()}
_PHRASE_SUBS = (
    (re.compile(r"\bthe (?:runs|shits|squits|trots)\b"), "diarrhoea"),
    (re.compile(r"\bd and v\b"), "diarrhoea and vomiting"),
    (re.compile(r"\bchicken pox\b"), "chickenpox"),
    (re.compile(r"\bstomach-?ache\b"), "stomach ache"),
    (re.compile(r"\bcan not\b"), "cannot"),
    (re.compile(r"\b(?:i|we|you|they) ?d\b"), " "),  # "i'd" after apostrophes are dropped
    (re.compile(r"\bim\b"), "im"),
)

# Long medical words we accept one slip of the keyboard in.
_FUZZY_TARGETS: tuple[str, ...] = tuple(str(w) for w in _WORDS["fuzzy_targets"])
_FUZZY_BY_LEN: dict[int, tuple[str, ...]] = {}
for _w in set(_FUZZY_TARGETS):
    _FUZZY_BY_LEN.setdefault(len(_w), ())
    _FUZZY_BY_LEN[len(_w)] += (_w,)
_KNOWN = frozenset(_TYPOS) | frozenset(_TYPOS.values()) | frozenset(_FUZZY_TARGETS)


def _one_edit(a: str, b: str) -> bool:
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


@lru_cache(maxsize=4096)
def _fix_token(token: str) -> str:
    fixed = _TYPOS.get(token)
    if fixed is not None:
        return fixed
    if len(token) < 7 or token in _KNOWN or not token.isalpha():
        return token
    for length in (len(token) - 1, len(token), len(token) + 1):
        for word in _FUZZY_BY_LEN.get(length, ()):
            if word[0] == token[0] and _one_edit(token, word):
                return word
    return token


def normalise(text: str) -> str:
    """Lower-case, ASCII, apostrophes dropped, punctuation as separate tokens, typos fixed."""
    for emoji, words in _EMOJI.items():
        text = text.replace(emoji, words)
    for pattern, repl in _CLINICAL:
        text = pattern.sub(repl, text)
    text = unicodedata.normalize("NFKD", text)
    text = text.lower()
    text = _APOS.sub("", text)
    for pattern, repl in _PRE:
        text = pattern.sub(repl, text)
    text = "".join(ch for ch in text if ch.isascii() and (ch.isprintable() or ch == "\n"))
    text = text.replace("&", " and ").replace("+", " + ").replace("@", " at ")
    text = re.sub(r"(?<=\d) \+ (?=\d)", "+", text)
    text = _HYPHEN_WORDS.sub(" ", text)
    text = re.sub(r"(?<=[a-z])/(?=[a-z])", " ", text)
    text = _PUNCT_SPLIT.sub(lambda m: f" {m.group(0)} ", text)
    text = re.sub(r"\n+", " . ", text)
    text = " ".join(_fix_token(tok) for tok in text.split())
    for pattern, repl in _PHRASE_SUBS:
        text = pattern.sub(repl, text)
    text = _NUM_RANGE.sub(r"\1-\2", text)
    return _SPACES.sub(" ", text).strip()


# --- concept patterns ---------------------------------------------------------------------------

_STOP_GAP = r"(?:and|or|but|then|also|plus|because|so|although|though|while|whereas|now)"
_GAP_TOKEN = rf"(?!{_STOP_GAP} )[a-z0-9][a-z0-9%/+.-]*"


def _expand(pattern: str) -> str:
    for name, value in lexicon.MACROS.items():
        pattern = pattern.replace(name, value)
    return re.sub(r"~(\d+) ", lambda m: rf"(?:{_GAP_TOKEN} ){{0,{m.group(1)}}}", pattern)


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    body = "|".join(f"(?:{_expand(p)})" for p in patterns)
    return re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])")


# A regex can only match if one of some literal words occurs in the text; finding those words
# from the parse tree lets most concepts be skipped with a cheap substring test.
_sre: Any = importlib.import_module("re._parser")
_MIN_LITERAL = 3


def _required(seq: Any) -> frozenset[str] | None:
    """Literal strings of which at least one must occur for ``seq`` to match, if known."""
    options: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= _MIN_LITERAL:
            options.append(frozenset({"".join(run)}))
        run.clear()

    for op, av in seq:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(av))
            continue
        flush()
        sub: frozenset[str] | None = None
        if name == "SUBPATTERN":
            sub = _required(av[3])
        elif name == "BRANCH":
            parts = [_required(branch) for branch in av[1]]
            if all(p is not None for p in parts):
                sub = frozenset().union(*(p for p in parts if p is not None))
        elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
            sub = _required(av[2])
        if sub:
            options.append(sub)
    flush()
    if not options:
        return None
    return min(options, key=lambda o: (len(o), -min(map(len, o))))


def _prefilter(pattern: re.Pattern[str]) -> frozenset[str] | None:
    try:
        return _required(_sre.parse(pattern.pattern))
    except Exception:  # an unusual construct: never skip that concept
        return None


_CONCEPTS: dict[str, re.Pattern[str]] = {
    name: _compile(ps) for name, ps in lexicon.CONCEPTS.items()
}
_NEEDS: dict[str, frozenset[str] | None] = {n: _prefilter(p) for n, p in _CONCEPTS.items()}

_ABSENT: dict[str, re.Pattern[str]] = {name: _compile(ps) for name, ps in lexicon.ABSENT.items()}

# --- negation ------------------------------------------------------------------------------------

_CUES = re.compile(
    r"(?<![a-z0-9])(?:no|not|nor|without|never|none|neither|denies|denied|denying|nil|negative for|"
    r"free of|absence of|isnt|arent|wasnt|werent|doesnt|dont|didnt|hasnt|havent|hadnt|wont|"
    r"no sign of|no signs of|no evidence of|ruled out|cant see any|cant find any)(?![a-z0-9])"
)
_PSEUDO = re.compile(
    r"(?:no|not) (?:sure|certain|only|just|long|much|really sure|getting|improving|helping|working|"
    r"stopping|idea|clue|doubt|matter|one|longer|better|too|as|quite|all that|that)\b"
    r"|(?:dont|didnt|doesnt) (?:know|understand|think so)\b"
    r"|(?:cant|wont|doesnt|dont|isnt|not|didnt|hasnt|havent) stop\w*"
    r"|no one\b|nobody\b|no more than\b|never (?:been|felt) (?:this|so)\b"
)
_HARD_BOUNDARY = re.compile(
    r" (?:[.;!?]|but|however|although|though|tho|except|apart from|whereas|yet|still|now|then|"
    r"because|since|which|who|that|when|until|after|before|while|so) "
)
_AND_CLAUSE = re.compile(
    r" and (?:he|she|i|im|it|its|they|hes|shes|theyre|has|have|had|is|was|now|then|been|got|seems|"
    r"keeps|cant|my|his|her|their|the|a) "
)
_LIST_OR = re.compile(r" (?:or|nor) ")
_MAX_SCOPE_WORDS = 6


@dataclass(frozen=True, slots=True)
class _Text:
    text: str
    boundaries: list[int]  # start index of every hard boundary


def _negated(t: _Text, start: int) -> bool:
    i = bisect.bisect_left(t.boundaries, start) - 1
    clause_start = t.boundaries[i] + 1 if i >= 0 else 0
    window = t.text[clause_start:start]
    cue = None
    for m in _CUES.finditer(window):
        if not _PSEUDO.match(window, m.start()):
            cue = m
    if cue is None:
        return False
    between = window[cue.end() :]
    if _AND_CLAUSE.search(" " + between):
        return False
    if " , " in between or between.startswith(", "):
        tail = t.text[start : start + 60]
        if not (_LIST_OR.search(between) or _LIST_OR.search(tail.split(" . ")[0])):
            return False
        return len(between.split()) <= _MAX_SCOPE_WORDS + 4
    return len(between.split()) <= _MAX_SCOPE_WORDS


# --- understanding -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    concept: str
    start: int
    end: int
    negated: bool


@dataclass(frozen=True, slots=True)
class Understanding:
    text: str  # normalised
    present: frozenset[str]
    negated: frozenset[str]  # said to be absent, and not also said to be present
    mentions: tuple[Mention, ...]
    facts: Facts
    durations: tuple[tuple[int, float], ...]  # (position, days)
    sentence_starts: tuple[int, ...]
    boundaries: tuple[int, ...] = ()

    def negated_at(self, start: int) -> bool:
        """Whether a phrase starting at ``start`` in :attr:`text` falls in a negation's scope."""
        return _negated(_Text(self.text, list(self.boundaries)), start)

    def has(self, concept: str) -> bool:
        return concept in self.present

    def _sentence(self, pos: int) -> tuple[int, int]:
        s = bisect.bisect_right(self.sentence_starts, pos) - 1
        end = self.sentence_starts[s + 1] if s + 1 < len(self.sentence_starts) else len(self.text)
        return self.sentence_starts[s], end

    def local_duration(self, concept: str) -> float | None:
        """The longest duration said in a sentence that mentions ``concept`` (no fallback)."""
        best: float | None = None
        for m in self.mentions:
            if m.concept == concept and not m.negated:
                lo, hi = self._sentence(m.start)
                for pos, days in self.durations:
                    if lo <= pos < hi and (best is None or days > best):
                        best = days
        return best

    def near(self, concept: str, other: str) -> bool:
        """Whether ``other`` is said in the same sentence as ``concept``."""
        spans = [self._sentence(m.start) for m in self.mentions if m.concept == concept]
        return any(
            lo <= m.start < hi
            for m in self.mentions
            if m.concept == other and not m.negated
            for lo, hi in spans
        )

    def duration_near(self, concept: str) -> float | None:
        """The longest duration said in the same sentence as ``concept``, else overall."""
        spans = [m for m in self.mentions if m.concept == concept and not m.negated]
        if not spans or not self.durations:
            return self.facts.duration_days
        best: float | None = None
        for m in spans:
            s = bisect.bisect_right(self.sentence_starts, m.start) - 1
            lo = self.sentence_starts[s]
            hi = (
                self.sentence_starts[s + 1] if s + 1 < len(self.sentence_starts) else len(self.text)
            )
            for pos, days in self.durations:
                if lo <= pos < hi and (best is None or days > best):
                    best = days
        return best if best is not None else self.facts.duration_days


_SENTENCE = re.compile(r" [.!?] ")
_PREGNANCY_ONLY = frozenset({"reduced_fm", "waters_broken", "labour"})
_WEEKS_LEAD = re.compile(r"(?:im |i am |shes |she is )?(\d{1,2}) ?(?:weeks?|wks?)\b")
_NOT_PREGNANT = re.compile(r"\b(?:not|never been) pregnant\b")


def understand(text: str) -> Understanding:
    norm = normalise(text)
    boundaries = [m.start() for m in _HARD_BOUNDARY.finditer(norm)]
    t = _Text(norm, boundaries)
    mentions: list[Mention] = []
    present: set[str] = set()
    negated: set[str] = set()
    for name, pattern in _CONCEPTS.items():
        needs = _NEEDS[name]
        if needs is not None and not any(map(norm.__contains__, needs)):
            continue
        for m in pattern.finditer(norm):
            neg = name not in lexicon.NO_NEGATION and _negated(t, m.start())
            mentions.append(Mention(name, m.start(), m.end(), neg))
            (negated if neg else present).add(name)
    for name, pattern in _ABSENT.items():
        if pattern.search(norm):
            negated.add(name)
            if name in present and all(
                pattern.search(norm, mm.start, mm.end + 30) or mm.negated
                for mm in mentions
                if mm.concept == name
            ):
                present.discard(name)
    ages = extract_ages(norm)
    age = ages[0] if ages else None
    pregnant, weeks, postpartum = extract_pregnancy(norm)
    if not pregnant and present & _PREGNANCY_ONLY and not _NOT_PREGNANT.search(norm):
        # "32 weeks and the baby has stopped moving": only a pregnancy has these findings
        pregnant = True
        lead = _WEEKS_LEAD.match(norm)
        weeks = int(lead.group(1)) if lead and 4 <= int(lead.group(1)) <= 42 else weeks
    subject = extract_subject(norm, age, pregnant)
    durations = extract_durations(norm)
    facts = Facts(
        subject=subject,
        age_years=age,
        temperature_c=extract_temperature(norm),
        duration_days=max((d for _, d in durations), default=None),
        pregnant=pregnant,
        pregnancy_weeks=weeks,
        sex=extract_sex(norm, subject),
        postpartum=postpartum,
        vitals=extract_vitals(norm),
        ages=ages,
    )
    sentence_starts = (0, *(m.end() for m in _SENTENCE.finditer(norm)))
    return Understanding(
        text=norm,
        present=frozenset(present),
        negated=frozenset(negated - present),
        mentions=tuple(mentions),
        facts=facts,
        durations=tuple(durations),
        sentence_starts=sentence_starts,
        boundaries=tuple(boundaries),
    )

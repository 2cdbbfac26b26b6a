"""Which self-care topic a message is about.

Each language's topic aliases and titles are matched as whole word sequences (longest first,
overlaps allowed, negated ones skipped); each topic's ``findings`` add weight when present;
one typo-tolerant pass over single-word aliases helps when nothing else matched. Fever
belongs to whoever has it: a fever topic is re-pointed to the baby, child or adult one. A
topic whose own finding was said sets aside the broader topics it ``narrows`` (period pain
over tummy pain).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import get_close_matches

from selfcare.assistant.engine.understand import Understanding
from selfcare.assistant.knowledge.loader import Language
from selfcare.assistant.knowledge.schema import FAMILY_AUDIENCES, Topic

FINDING_WEIGHT = 6.0
CLOSE = 0.85  # how alike a word and a single-word alias must be to count as a typo of it
_SEEN = 4096  # tokens whose closest alias is remembered


@dataclass(frozen=True)
class TopicIndex:
    """One language's aliases, ready for matching."""

    by_first: dict[str, list[tuple[tuple[str, ...], str]]]  # first word -> (words, topic)
    words: dict[str, str]  # single-word aliases, for typo-tolerant matching
    by_finding: dict[str, tuple[str, ...]]  # finding -> topics it points to
    # correctly spelt words of the language (the normaliser's): never a typo of an alias, so
    # "not having contractions" is not a look-alike of "contraception"
    known: frozenset[str] = frozenset()
    ahead: dict[str, tuple[str, ...]] = field(default_factory=dict)  # finding -> ahead topics
    _by_length: dict[int, list[str]] = field(default_factory=dict, compare=False, repr=False)
    _seen: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)
    # ``by_first`` split for matching: (first, second word) -> the longer aliases beginning
    # so, in ``by_first``'s order; first word -> the one-word alias. A common first word
    # ("me", "my") begins hundreds of aliases, of which its next word leaves a few.
    _by_pair: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _single: dict[str, tuple[tuple[str, ...], str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        for first, entries in self.by_first.items():
            for entry in entries:
                if len(entry[0]) == 1:
                    self._single.setdefault(first, entry)
                else:
                    self._by_pair.setdefault((entry[0][0], entry[0][1]), []).append(entry)

    @classmethod
    def build(
        cls,
        topics: Mapping[str, Topic],
        language: Language,
        normalise: Callable[[str], str],
        known: frozenset[str] = frozenset(),
        variants: Sequence[Language] = (),
    ) -> TopicIndex:
        """``variants``: the languages read with ``language``'s words (hi-latn for hi): their
        aliases are how people writing in that script name a topic, so they count too (the
        base's own come first where both name one phrase)."""
        phrase_topic: dict[str, str] = {}
        for lang in (language, *variants):
            for topic_id, text in lang.topics.items():
                for raw in (*text.aliases, text.title, topic_id.replace("_", " ")):
                    phrase = normalise(raw)
                    if len(phrase) >= 3:
                        phrase_topic.setdefault(phrase, topic_id)
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, topic_id in phrase_topic.items():
            seq = tuple(phrase.split())
            by_first.setdefault(seq[0], []).append((seq, topic_id))
        for entries in by_first.values():
            entries.sort(key=lambda e: -len(e[0]))
        single = {p: t for p, t in phrase_topic.items() if " " not in p and len(p) >= 5}
        by_finding: dict[str, list[str]] = {}
        for topic in topics.values():
            for finding in topic.findings:
                by_finding.setdefault(finding, []).append(topic.id)
        ahead = {
            f: tuple(t for t in ts if topics[t].ahead)
            for f, ts in by_finding.items()
            if any(topics[t].ahead for t in ts)
        }
        return cls(by_first, single, {f: tuple(ts) for f, ts in by_finding.items()}, known, ahead)

    def _alias_scores(
        self, u: Understanding, ahead: frozenset[str] = frozenset()
    ) -> dict[str, float]:
        """``ahead``: the ``ahead`` topics whose finding the message says (it asks ahead of
        time): another topic's alias said only as a supposition is then the event asked
        about, and does not count."""
        scores: dict[str, float] = {}
        tokens = u.text.split()
        offset = 0
        covered_to = -1
        for i, token in enumerate(tokens):
            found = next(self._said_at(tokens, i), None)  # the longest alias said here
            if found is not None:
                words, topic = found
                n = len(words)
                end = offset + len(" ".join(words))
                if i + n > covered_to and not u.negated_at(offset) and not u.absent_at(offset, end):
                    covered_to = i + n
                    if not ahead or topic in ahead or not u.supposed_at(offset):
                        scores[topic] = scores.get(topic, 0.0) + len(" ".join(words))
            offset += len(token) + 1
        return scores

    def _said_at(self, tokens: list[str], i: int) -> Iterator[tuple[tuple[str, ...], str]]:
        """The aliases said at word ``i``, longest first (``by_first``'s order): those
        beginning with this word and the next, then this word's own."""
        if i + 1 < len(tokens):
            for entry in self._by_pair.get((tokens[i], tokens[i + 1]), ()):
                if tuple(tokens[i : i + len(entry[0])]) == entry[0]:
                    yield entry
        single = self._single.get(tokens[i])
        if single is not None:
            yield single

    def only_past(self, u: Understanding, topic: str) -> bool:
        """Whether ``topic``'s aliases are said only of the past: one dated in the past ("j'ai
        fait une fausse couche il y a 1 an": a history, asked about now) and none of now."""
        tokens = u.text.split()
        offset = 0
        past = False
        for i, token in enumerate(tokens):
            for words, name in self._said_at(tokens, i):
                if name != topic:
                    continue
                end = offset + len(" ".join(words))
                if u.negated_at(offset) or u.absent_at(offset, end):
                    continue
                if not u.past_at(offset):
                    return False
                past = True
            offset += len(token) + 1
        return past

    def scores(self, u: Understanding) -> dict[str, float]:
        """Topics by what the message says: its aliases and its findings."""
        ahead = frozenset(t for f in u.present for t in self.ahead.get(f, ()))
        scores = self._alias_scores(u, ahead)
        for finding in u.present:
            for topic in self.by_finding.get(finding, ()):
                scores[topic] = scores.get(topic, 0.0) + FINDING_WEIGHT
        return scores

    def guesses(self, u: Understanding) -> tuple[dict[str, float], bool]:
        """Topics by words that look like a misspelt or inflected alias, tried when nothing
        else fitted; and whether each was only an ending away ('sprained' for 'sprain'),
        not a guess ('overreacting' looks like 'overheating')."""
        scores: dict[str, float] = {}
        endings_only = True
        if self.words:
            for token in set(u.text.split()):
                if len(token) >= 6 and (token not in self.known or token in self.words):
                    close = self._close(token)
                    if close:
                        topic = self.words[close]
                        scores[topic] = scores.get(topic, 0.0) + len(close)
                        endings_only &= token.startswith(close) or close.startswith(token)
        return scores, endings_only

    def _close(self, token: str) -> str | None:
        """The single-word alias ``token`` is a typo of, if any (remembered per token)."""
        if token in self._seen:
            return self._seen[token]
        if not self._by_length:
            for word in self.words:
                self._by_length.setdefault(len(word), []).append(word)
        # Only words of a near length can reach the cutoff (difflib's own first test), so
        # the others are not offered: the same answer, without scoring every alias.
        n = len(token)
        near = [
            word
            for length, words in self._by_length.items()
            if 2 * min(n, length) / (n + length) >= CLOSE
            for word in words
        ]
        close = get_close_matches(token, near, n=1, cutoff=CLOSE)
        if len(self._seen) >= _SEEN:
            self._seen.clear()
        self._seen[token] = close[0] if close else None
        return self._seen[token]


_YOUNG_AUDIENCES = frozenset({"child", "baby"})


def _adult(u: Understanding) -> bool:
    """Whether the message is plainly about an adult: an adult's age; another adult named
    ("my husband"); or the writer ("I") with no child or baby named and no "he"/"her" who
    could be one (no sex word said). A child's topic (croup) is then not the topic of its
    words ("I have a barking cough" is an adult's cough); its red flags still fire on their
    own rows. Anything less plain keeps the child's topic ("her back tooth", teething)."""
    age = u.facts.age_years
    if age is not None:
        return age >= 16 and not any(a < 16 for a in u.facts.ages)
    if u.child_mentions:
        return False
    if u.facts.subject == "other_adult":
        return True
    return u.facts.subject == "self" and u.writer and u.facts.sex is None


_FAMILY_ORDER = {name: i for i, name in enumerate(FAMILY_AUDIENCES)}


def audience(u: Understanding) -> str:
    """Who the message is about, as a topic's audience: a baby (under 1), a child (under 16),
    else an adult; by the age said, else by the subject."""
    age = u.facts.age_years
    subject = u.facts.subject
    if (age is not None and age < 1) or (age is None and subject == "baby"):
        return "baby"
    if (age is not None and age < 16) or (age is None and subject == "child"):
        return "child"
    return "adult"


def for_whom(u: Understanding, topic: str, known: Mapping[str, Topic]) -> str:
    """``topic``, or the topic of its family (``family`` in the data) written for who the
    message is about: "my 6 month old has a fever" is the baby's fever topic."""
    family = known[topic].family if topic in known else None
    if family is None:
        return topic
    who = audience(u)
    return next((t.id for t in known.values() if t.family == family and t.audience == who), topic)


def _narrowed(u: Understanding, topics: Iterable[str], known: Mapping[str, Topic]) -> set[str]:
    """The broader topics that ``topics`` whose own finding was said set aside."""
    return {
        broad
        for topic in topics
        if topic in known and not u.present.isdisjoint(known[topic].findings)
        for broad in known[topic].narrows
    }


def choose(
    u: Understanding,
    scores: dict[str, float],
    known: Mapping[str, Topic],
    preferred: tuple[str, ...] = (),
) -> str | None:
    """The best topic id; ``preferred`` (from the deciding red flags) wins if it exists,
    unless another deciding red flag's narrower topic, whose own finding was said, sets it
    aside (a squint fires the eye-test red flag too: the topic is the squint's)."""
    aside = _narrowed(u, preferred, known)
    for topic in preferred:
        topic = for_whom(u, topic, known)
        if topic in known and topic not in aside:
            return topic
    candidates = fitting(u, scores, known)
    if not candidates:
        return None
    return candidates[0][1]


def fitting(
    u: Understanding, scores: dict[str, float], known: Mapping[str, Topic]
) -> list[tuple[float, str]]:
    """Every topic that fits what was said, as (score, id), best first: the ones
    :func:`choose` chooses among when no red flag names one."""
    scores = dict(scores)
    # a family's topics scored give their score to the one for who it is about (half of it;
    # each member taken in turn, adult first, as the member it lands on may be one of them)
    said = {known[t].family for t in scores if t in known} - {None}
    for member in sorted(
        (t for t in known.values() if t.family in said),
        key=lambda t: (t.family or "", _FAMILY_ORDER.get(t.audience, len(_FAMILY_ORDER))),
    ):
        if member.id in scores:
            best = for_whom(u, member.id, known)
            scores[best] = scores.get(best, 0.0) + scores.pop(member.id) * 0.5
    narrowed = _narrowed(u, scores, known)
    candidates = [
        (score, topic)
        for topic, score in scores.items()
        if topic in known and topic not in narrowed and u.present.issuperset(known[topic].needs)
    ]
    if _adult(u):
        # a child's topic gives way to any other that fits ("I have a barking cough" is a
        # cough); alone it stays ("I've got nits": head lice)
        grown = [c for c in candidates if known[c[1]].audience not in _YOUNG_AUDIENCES]
        if any(not known[c[1]].fallback for c in grown):
            candidates = grown
    complaints = [c for c in candidates if not known[c[1]].fallback]
    candidates = complaints or candidates
    candidates = _older_or_own(u, candidates, scores, known)
    candidates.sort(key=lambda x: (-x[0], x[1]))
    return candidates


def _applies(u: Understanding, topic: Topic, score: float) -> bool:
    """Whether a topic of older people (``older_from``) is about one, or its own complaint is
    said: an age at or over ``older_from``; one of its ``own`` findings; with no age said, one
    of its aliases (the score beyond its findings' weight: "grandma fell", "idoso caiu")."""
    if not u.present.isdisjoint(topic.own):
        return True
    age = u.facts.age_years
    if age is not None:
        return topic.older_from is not None and age >= topic.older_from
    said = sum(FINDING_WEIGHT for f in topic.findings if f in u.present)
    return score > said


def _older_or_own(
    u: Understanding,
    candidates: list[tuple[float, str]],
    scores: Mapping[str, float],
    known: Mapping[str, Topic],
) -> list[tuple[float, str]]:
    """A topic of older people or of its own complaint (a fall, ``older_from``) among the
    candidates: when it applies it is the one (an older person's fall is a falls check
    whatever was hurt); when not, it gives way to the other complaints ("fell off my bike, a
    graze": the graze), to ``instead`` where those are only the joint topics ``instead``
    narrows ("fell, wrist a bit swollen": a sprain, not gout); alone it stays."""
    for _, topic_id in candidates:
        topic = known[topic_id]
        if topic.older_from is None:
            continue
        if _applies(u, topic, scores.get(topic_id, 0.0)):
            return [c for c in candidates if c[1] == topic_id]
        others = [c for c in candidates if c[1] != topic_id]
        if not others:
            return candidates
        instead = known.get(topic.instead) if topic.instead else None
        if instead is not None and all(c[1] in instead.narrows for c in others):
            return [(scores.get(topic_id, 0.0), instead.id)]
        return others
    return candidates

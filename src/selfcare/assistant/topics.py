"""Pick the knowledge-base topic that fits a message best.

Topic aliases and titles come from the knowledge base (read once per process); our own
concept-to-topic map adds the lay words the lexicon already understands. The knowledge base
may be partial while topic files are being written: invalid files are skipped, a topic id that
does not exist is never returned, and no error ever reaches the caller.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from difflib import get_close_matches
from functools import cache

from selfcare.assistant.knowledge import Topic, check
from selfcare.assistant.understanding import Understanding, normalise

log = logging.getLogger(__name__)

# Concepts that point to a topic, strongest first within each line.
_CONCEPT_TOPICS: dict[str, str] = {
    "headache": "headache",
    "cough": "cough",
    "cold": "common_cold",
    "flu_like": "flu",
    "sore_throat": "sore_throat",
    "earache": "earache",
    "diarrhoea": "diarrhoea",
    "vomiting": "vomiting",
    "heartburn": "heartburn",
    "urinary": "uti_symptoms",
    "hayfever": "hay_fever",
    "insect": "insect_bites_stings",
    "burn": "minor_burns",
    "back_pain": "back_pain",
    "insomnia": "insomnia",
    "anxiety": "stress_anxiety",
    "low_mood": "low_mood",
    "eczema": "eczema",
    "toothache": "toothache",
    "teething": "teething",
    "chickenpox": "chickenpox",
    "blisters": "blisters",
    "nosebleed": "nosebleed",
    "dizzy": "dizziness",
    "tired": "fatigue",
    "hives": "hives",
    "joint_pain": "joint_pain",
    "mole_change": "mole_changes",
    "lump": "lumps_swellings",
    "weight_loss": "weight_loss_unexplained",
    "memory": "memory_problems",
    "prostate_like": "urinary_problems_men",
    "heavy_periods": "heavy_periods",
    "snoring": "snoring_sleep_apnoea",
    "hoarse": "hoarse_voice",
    "hand_numb": "hand_numbness",
    "thirst": "thirst_urination",
    "fertility": "fertility",
    "bowel_change": "bowel_changes",
    "mouth_ulcer": "mouth_ulcers",
    "nappy_rash": "nappy_rash",
    "cold_sore": "cold_sores",
    "head_injury": "bruises",
    "nasal": "common_cold",
    "dehydration_signs": "dehydration",
    "eye_red": "conjunctivitis",
    "fever": "fever_adult",
    "rash": "heat_rash",
}
_FEVER_TOPICS = ("fever_adult", "fever_child", "fever_baby")


@dataclass(frozen=True)
class _Index:
    topics: dict[str, Topic]
    # first word -> aliases starting with it (as word tuples), longest first
    by_first: dict[str, list[tuple[tuple[str, ...], str]]]
    words: dict[str, str]  # single alias words, for typo-tolerant matching


@cache
def _index() -> _Index:
    """Read the knowledge base once; tolerate a partial or broken one."""
    try:
        topics, errors = check()
    except Exception:  # the dialogue must never fail because a topic file is being written
        log.warning("knowledge base could not be read", exc_info=True)
        topics, errors = {}, []
    if errors:
        log.warning("knowledge base: %d topic file(s) skipped", len(errors))
    phrase_topic: dict[str, str] = {}
    for topic in topics.values():
        for raw in (*topic.aliases, topic.title, topic.id.replace("_", " ")):
            phrase = normalise(raw)
            if len(phrase) >= 3:
                phrase_topic.setdefault(phrase, topic.id)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, topic_id in phrase_topic.items():
        seq = tuple(phrase.split())
        by_first.setdefault(seq[0], []).append((seq, topic_id))
    for entries in by_first.values():
        entries.sort(key=lambda e: -len(e[0]))
    single = {p: t for p, t in phrase_topic.items() if " " not in p and len(p) >= 5}
    return _Index(topics=dict(topics), by_first=by_first, words=single)


def _alias_scores(u: Understanding, index: _Index) -> dict[str, float]:
    """Longest alias at each word, overlaps allowed ("got a cold" and "cold sore" both count),
    aliases inside a longer one already counted skipped, negated aliases ("no fever") skipped."""
    scores: dict[str, float] = {}
    tokens = u.text.split()
    offset = 0
    covered_to = -1
    for i, token in enumerate(tokens):
        for words, topic in index.by_first.get(token, ()):
            n = len(words)
            if tuple(tokens[i : i + n]) == words:
                if i + n > covered_to and not u.negated_at(offset):
                    covered_to = i + n
                    scores[topic] = scores.get(topic, 0.0) + len(" ".join(words))
                break
        offset += len(token) + 1
    return scores


def topic_ids() -> frozenset[str]:
    return frozenset(_index().topics)


def get(topic_id: str | None) -> Topic | None:
    return _index().topics.get(topic_id) if topic_id else None


def _fever_topic(u: Understanding) -> str:
    age = u.facts.age_years
    subject = u.facts.subject
    if (age is not None and age < 1) or (age is None and subject == "baby"):
        return "fever_baby"
    if (age is not None and age < 16) or (age is None and subject == "child"):
        return "fever_child"
    return "fever_adult"


def choose(u: Understanding, preferred: tuple[str, ...] = ()) -> str | None:
    """The best topic id for ``u``; ``preferred`` (from the deciding rules) wins if it exists."""
    index = _index()
    known = index.topics
    for topic in preferred:
        if topic in _FEVER_TOPICS:
            topic = _fever_topic(u)
        if topic in known:
            return topic
    scores = _alias_scores(u, index)
    for concept, topic in _CONCEPT_TOPICS.items():
        if concept in u.present:
            scores[topic] = scores.get(topic, 0.0) + 6.0
    if not scores and index.words:
        for token in set(u.text.split()):
            if len(token) >= 6:
                close = get_close_matches(token, index.words.keys(), n=1, cutoff=0.85)
                if close:
                    topic = index.words[close[0]]
                    scores[topic] = scores.get(topic, 0.0) + len(close[0])
    # Fever belongs to whoever has it: re-point any fever topic to the right age group.
    for fever in _FEVER_TOPICS:
        if fever in scores:
            scores[_fever_topic(u)] = scores.get(_fever_topic(u), 0.0) + scores.pop(fever) * 0.5
    candidates = [(score, topic) for topic, score in scores.items() if topic in known]
    if not candidates:
        return None
    candidates.sort(key=lambda x: (-x[0], x[1]))
    return candidates[0][1]

"""Mania (NHS bipolar disorder: same-day help): days without sleep with spending sprees, said
either way, and grand ideas said as being god or a god's avatar in Hindi; ordinary costs and
faith are not it. Own phrasings from the tenth round's family; both sides."""

from __future__ import annotations

from selfcare.assistant.engine import engine

MANIA = [
    ("en", "my brother hasnt slept for 5 nights and blew his whole salary on gadgets"),
    ("en", "she is up all night and maxed out two credit cards in a week"),
    ("hi", "chacha 1 hafte se nahi soye, saare paise uda diye aur kehte hai wo devta hai"),
    ("hi", "मेरा बेटा खुद को भगवान समझता है और चार रातों से नहीं सोया"),
    ("hi", "wo bolta hai ki wo shiv ka avatar hai, raat bhar jaagta hai"),
]

NOT_MANIA = [
    ("en", "not sleeping because of the baby and spending so much on nappies"),
    ("en", "cant sleep, worried about spending a lot on rent this month"),
    ("hi", "dadi kehti hai bhagwan sab theek karenge, unko khansi hai"),
    ("hi", "माँ रोज भगवान की पूजा करती हैं, घुटनों में दर्द है"),
]


def _mania(language: str, text: str) -> bool:
    return "mania_signs" in {f.id for f in engine().assess(text, language).fired}


def test_mania_is_seen_the_same_day() -> None:
    assert [t for lang, t in MANIA if not _mania(lang, t)] == []


def test_ordinary_costs_and_faith_are_not_mania() -> None:
    assert [t for lang, t in NOT_MANIA if _mania(lang, t)] == []

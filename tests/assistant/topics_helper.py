"""What each test of a language's newly written topic texts checks (``test_topics8_<lang>.py``).

A message about the topic finds it, at no lower than the topic's own level (or exactly a level
the case gives); the topic has the language's text and is no longer a fallback to English; and
the reply carries the language's text, not the English one. Rules are tested without the
similarity layer (:func:`.support.rules`).
"""

from __future__ import annotations

from selfcare.assistant.engine import Assessment
from selfcare.events import TriageLevel

from .support import Chat, joined, rules

RULES = rules()  # the knowledge base alone, without the similarity raise
EN = RULES.kb.languages["en"]
ORDER = (TriageLevel.SELF_CARE, TriageLevel.ROUTINE, TriageLevel.URGENT, TriageLevel.EMERGENCY)


def default_level(topic: str) -> TriageLevel:
    return TriageLevel(RULES.kb.topics[topic].default_level)


def finds_topic(
    text: str, language: str, topic: str, level: TriageLevel | None = None
) -> Assessment:
    """``text`` finds ``topic``, at ``level`` when given, never below the topic's own level."""
    a = RULES.assess(text, language)
    fired = [f.id for f in a.fired]
    assert a.topic == topic, (text, a.topic, fired)
    if level is not None:
        assert a.level is level, (text, a.level, fired)
    assert ORDER.index(a.level) >= ORDER.index(default_level(topic)), (text, a.level, fired)
    return a


def not_a_fallback(language: str, topic: str) -> None:
    """The language has its own text for ``topic`` and does not fall back to English."""
    spec = RULES.kb.languages[language]
    assert topic in spec.topics, topic
    assert topic not in spec.spec.fallbacks, topic


def english_lines(topic: str) -> tuple[str, ...]:
    """The English lines a reply in another language must not carry: the title, the summary's
    first sentence and every self-care line."""
    english = EN.topics[topic]
    return (english.title, english.summary.split(". ")[0], *english.self_care)


def reply(phone: str, country_code: str, message: str) -> tuple[TriageLevel, str]:
    """The level and the whole text of the reply a new person gets to ``message``."""
    answer = Chat(phone, country_code).send(message)
    return answer.triage, joined(answer)


def says(text: str, *lines: str) -> None:
    for line in lines:
        assert line in text, (line, text)


def never_says(text: str, *lines: str) -> None:
    for line in lines:
        assert line not in text, (line, text)

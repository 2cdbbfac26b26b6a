"""Which language to answer in, and whether to answer with the safety net instead.

The language people write in wins over their country's default; a person's language is
remembered; "English please", "español" or a pick from the language menu switch it; a
message of under three words in Latin letters keeps what we had (too short to tell), while a
script of its own (Devanagari) tells the language however short. A message written in a
language we cannot yet help in fully (the safety net) is answered with that language's
short pre-written lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from selfcare.assistant.dialogue.commands import normalize
from selfcare.assistant.engine import Engine
from selfcare.assistant.knowledge.loader import REFERENCE
from selfcare.assistant.knowledge.schema import Country

SURE = 0.5  # a detected language with less of the message than this is a guess
CLEAR = 0.8  # what it takes to beat English when the message reads as English too
MIN_WORDS = 3  # shorter messages do not change the language
PICK = "lang:"  # the reply id of a language-menu row


@dataclass(frozen=True, slots=True)
class Choice:
    reply: str  # the language to answer in
    net: str | None = None  # the message is in this safety-net language
    switched: bool = False  # the person asked for this language
    unsure: bool = False  # the message is long enough but its language is unclear


def named(engine: Engine, text: str) -> str | None:
    """A short message that names a language ("english please", "en español")."""
    words = normalize(text).split()
    if not 0 < len(words) <= 4:
        return None
    for code, lang in engine.kb.languages.items():
        if lang.spec.base is None and any(w in lang.spec.names for w in words):
            return code
    return None


def variant(engine: Engine, code: str, latin: bool) -> str:
    """A language's variant for its script (Hindi typed in Latin letters), if we have one."""
    for other, lang in engine.kb.languages.items():
        if lang.spec.base == code and latin == other.endswith("-latn"):
            return other
    return code


def choose(
    engine: Engine,
    remembered: str | None,
    country: Country,
    text: str,
    reply_id: str,
    english: bool = False,
) -> Choice:
    """``english``: the text is understood in English, so another language needs to be
    clearly detected before it wins (short clinical notes read to a detector as anything)."""
    known = engine.kb.languages
    if reply_id.startswith(PICK) and reply_id[len(PICK) :] in known:
        return Choice(reply_id[len(PICK) :], switched=True)
    asked = named(engine, text)
    if asked is not None:
        return Choice(asked, switched=True)
    fallback = remembered or next((c for c in country.languages if c in known), REFERENCE)
    detected = engine.detector.detect(text) if text else []
    long_enough = len(text.split()) >= MIN_WORDS
    if not detected:
        return Choice(fallback, unsure=long_enough)
    top = detected[0]
    needed = CLEAR if english and top.code != REFERENCE else SURE
    # A word or two in Latin letters ("hello", "ok") reads to a detector as anything; a
    # script of its own (Arabic, Amharic, Bengali) tells the language at once.
    if top.code in engine.kb.safety_net and top.share >= needed and (long_enough or not top.latin):
        return Choice(fallback, net=top.code)
    if top.code in engine.understands and top.share >= needed and (long_enough or not top.latin):
        return Choice(variant(engine, top.code, top.latin))
    return Choice(fallback, unsure=long_enough and top.share < SURE)

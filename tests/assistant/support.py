"""What the assistant tests share: one real assistant, a chat through the in-memory store,
the person's words (interface strings with their country filled in) and reply checks.

Every test talks to the real engine and knowledge base: the dialogue's behaviour is what the
engine's assessments make of a real message, so a fake engine would test a different thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from selfcare.assistant import Assistant, MemoryStore, countries
from selfcare.assistant.engine import Assessment, Engine, engine
from selfcare.assistant.engine.net import SafetyNetReader
from selfcare.assistant.knowledge.loader import Knowledge, load, read
from selfcare.assistant.render.words import Words
from selfcare.events import Channel, InboundMessage, MessageKind, Reply, TriageLevel

E, U, R, S = (
    TriageLevel.EMERGENCY,
    TriageLevel.URGENT,
    TriageLevel.ROUTINE,
    TriageLevel.SELF_CARE,
)
LEVELS = {"E": E, "U": U, "R": R, "S": S}  # a level as the tables below write it
T0 = datetime(2025, 3, 5, 9, 0, tzinfo=UTC)  # a Wednesday
UK = "+447700900123"
US = "+14155550100"
FIJI = "+6799123456"  # a calling code no country pack covers
PHILIPPINES = "+639171234567"
BSUID = "US.13491208655302741918"  # a WhatsApp business-scoped user id: not a phone number

# The number each place must lead with (the country packs are checked against these).
NUMBERS = {
    UK: "999",
    US: "911",
    "+919812345678": "112",
    "+61412345678": "000",
    "+4915112345678": "112",
    "+27821234567": "10177",
    "+5511987654321": "192",
    PHILIPPINES: "911",
}

EMERGENCY_PHRASES = (
    "crushing chest pain going down my left arm",
    "my dad's face has dropped on one side and his speech is slurred",
    "my baby is not breathing properly and her lips are blue",
    "he collapsed and won't wake up",
    "I can't breathe, lips going blue",
    "bleeding heavily and it won't stop",
    "my son is having a fit and it won't stop",
)
CRISIS_PHRASES = ("I want to kill myself", "im going to kill myself tonight")
# Records added in English on 2026-12-04 (common self-care questions: heartburn after food,
# boils, styes, dry skin and eyes, muscle aches, contraception, stopping smoking, cholesterol
# and diabetes results, erection problems, bladder leaks, breastfeeding soreness…) that the
# other languages still leave to English, listed in each language's ``fallbacks``. A language
# that was complete may fall back on these and on nothing else.
ENGLISH_ONLY_2026_12_04 = frozenset(
    (
        "baby_posseting",
        "bladder_leaks",
        "boil",
        "boils",
        "breast_pain",
        "breast_pain_cyclical",
        "breastfeeding_problems",
        "breastfeeding_sore",
        "cholesterol",
        "cholesterol_high_result",
        "cholesterol_review",
        "contraception",
        "contraception_question",
        "cradle_cap",
        "diabetes_review",
        "dry_eye",
        "dry_eyes",
        "dry_skin",
        "erection_problems",
        "erection_problems_gp",
        "glucose_above_target",
        "hrt_wanted",
        "meal_trigger",
        "medicine_question",
        "medicine_questions",
        "muscle_aches",
        "review_wanted",
        "scalp_flakes",
        "smoking_quit",
        "sprain_strain",
        "sti_check",
        "sti_risk",
        "stop_smoking",
        "stop_smoking_medicines",
        "stye",
    )
)
SOFTENING = (
    "it's probably nothing",
    "I don't want to go",
    "can't I just wait",
    "I feel fine now actually",
    "it's just indigestion I think",
    "what can I take at home instead?",
    "ok",
    "hello?",
)


def kb() -> Knowledge:
    return load()


def local_of(country: str | None) -> frozenset[str]:
    """The diseases its pack says are common in ``country`` (an ISO code, any case): what the
    service reads a person from there with (malaria, dengue...); none without a known pack."""
    pack = kb().countries.get(country.upper()) if country else None
    return frozenset(pack.local) if pack else frozenset()


@cache
def rules() -> Engine:
    """One engine without the similarity layer (the knowledge base's rules alone), shared by
    every test module that checks the rules: building one costs most of a second."""
    return Engine(similarity=False)


@cache
def net() -> SafetyNetReader:
    """The safety net's reader over the knowledge base's net data, shared by the net tests."""
    knowledge, _ = read()
    return SafetyNetReader(knowledge.safety_net)


@cache
def assistant(default_country: str = "44") -> Assistant:
    """One assistant per default country, sharing the process's engine."""
    return Assistant(default_country)


class Recording:
    """The real engine, remembering every text the dialogue asked it to assess."""

    def __init__(self, real: Engine) -> None:
        self.real = real
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def assess(self, text: str, *args: Any, **kwargs: Any) -> Assessment:
        self.calls.append(text)
        return self.real.assess(text, *args, **kwargs)


class Chat:
    """One person talking to the assistant through the in-memory store, a minute a turn."""

    def __init__(self, phone: str = UK, default_country: str = "44", *, record: bool = False):
        self.recording = Recording(engine()) if record else None
        if self.recording is not None:
            self.assistant = Assistant(default_country, triage=self.recording)  # type: ignore[arg-type]
        else:
            self.assistant = assistant(default_country)
        self.store = MemoryStore(self.assistant)
        self.phone = phone
        self.now = T0
        self.count = 0

    def send(
        self,
        text: str | None = None,
        *,
        kind: MessageKind = MessageKind.TEXT,
        reply_id: str | None = None,
        after: timedelta = timedelta(minutes=1),
        **extra: Any,
    ) -> Reply:
        self.now += after
        self.count += 1
        message = InboundMessage(
            channel=Channel.WHATSAPP,
            message_id=f"wamid.{self.count}",
            sender=self.phone,
            timestamp=self.now,
            kind=kind,
            text=text,
            reply_id=reply_id,
            **extra,
        )
        return self.store.handle(message)

    def tap(self, reply_id: str, title: str = "") -> Reply:
        return self.send(title or reply_id, kind=MessageKind.INTERACTIVE, reply_id=reply_id)

    @property
    def state(self) -> Mapping[str, Any]:
        return self.store.conversation(self.phone).state

    @property
    def calls(self) -> list[str]:
        assert self.recording is not None, "Chat(record=True) remembers what was assessed"
        return self.recording.calls


def assert_level(
    triage: Engine,
    text: str,
    want: TriageLevel,
    language: str | None = None,
    local: frozenset[str] = frozenset(),
) -> Assessment:
    """The "message -> expected level" tables: ``text`` (read in ``language``, where the
    ``local`` diseases are common) is placed at exactly ``want``. A failure names the message,
    the level reached and wanted, the red flags fired and the findings read."""
    found = triage.assess(text, language, local)
    assert found.level is want, (
        f"{text!r} -> {found.level.value}, want {want.value}; "
        f"fired {[f.id for f in found.fired]}, present {sorted(found.present)}"
    )
    return found


def assert_not_emergency(triage: Engine, text: str, language: str | None = None) -> None:
    """A neighbour of an emergency phrasing (a figure of speech, a past or harmless event) is
    not read as one, whatever else it reaches."""
    found = triage.assess(text, language, frozenset())
    assert found.level is not TriageLevel.EMERGENCY, (text, [f.id for f in found.fired])


def row_level(want: str, language: str, text: str) -> Assessment:
    """A table row ("LEVEL language | message", :func:`table`) placed at exactly its level by
    the rules alone; the language "auto" is detected, as a new user's message is."""
    return assert_level(rules(), text, LEVELS[want], None if language == "auto" else language)


def row_not_emergency(language: str, text: str) -> None:
    """A table row's look-alike ("language | message") not read as an emergency."""
    assert_not_emergency(rules(), text, None if language == "auto" else language)


def words(phone: str = UK, default_country: str = "44") -> Words:
    """English interface strings with the person's place filled in, as replies have them."""
    k = kb()
    country = countries.find(phone, k.countries, default_country)
    return Words(k.reference, k.reference, countries.Where(country, k.reference, k.reference))


def said(flag_id: str, audience: str = "self") -> str:
    """A red flag's line as a reply shows it for ``audience``."""
    return words().say(flag_id, audience)  # type: ignore[arg-type]


def joined(reply: Reply) -> str:
    return "\n".join(reply.texts)


def first_line(reply: Reply) -> str:
    assert reply.messages, "no reply"
    return reply.texts[0].splitlines()[0]


def bullets(text: str) -> list[str]:
    return [line[2:] for line in text.splitlines() if line.startswith("• ")]


def assert_well_formed(reply: Reply) -> None:
    """WhatsApp's limits and our own: at most 3 messages of at most 700 characters, none
    empty, and no diagnosis in our words."""
    assert len(reply.messages) <= 3, reply.texts
    for message in reply.messages:
        assert message.text.strip()
        assert len(message.text) <= 700, message.text
    assert_no_diagnosis(reply.texts)


def assert_no_diagnosis(texts: Iterable[str]) -> None:
    """None of the guard's diagnosis words ("you have had a stroke") in any message."""
    pattern = re.compile("|".join(f"(?:{p})" for p in words().items("diagnosis_words")), re.I)
    for text in texts:
        assert not pattern.search(text), text


def medicine_answer(
    code: str, phone: str, country: str, hello: str, question: str, key: str
) -> None:
    """A medicine question asked in language ``code`` gets that language's advice ``key``."""
    said = engine().kb.languages[code].medicines
    assert said is not None
    chat = Chat(phone, country)
    chat.send(hello)
    reply = chat.send(question)
    assert said.advice[key] in joined(reply), joined(reply)


def table(block: str) -> list[tuple[str, ...]]:
    """The rows of a table test written as text, one "HEAD WORDS | message" a line: the head's
    words (a level from :data:`LEVELS`, a language, any tag) then the message; comments (#)
    and blank lines skipped."""
    rows = []
    for line in block.strip().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            head, text = line.split(" | ", 1)
            rows.append((*head.split(), text))
    return rows

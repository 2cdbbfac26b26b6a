"""The seam for a replaceable wording step: its words are sent only if they pass the guard."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from selfcare.assistant import Assistant
from selfcare.assistant.render.plan import Kind, Plan
from selfcare.events import Channel, Conversation, InboundMessage, MessageKind, OutboundMessage

PERSON = "+447700900123"


def _reply(assistant: Assistant, text: str):  # type: ignore[no-untyped-def]
    message = InboundMessage(
        Channel.CLI, "w-1", PERSON, datetime(2026, 12, 2, tzinfo=UTC), MessageKind.TEXT, text=text
    )
    conversation = Conversation(PERSON, state={"welcomed": True})
    return conversation, assistant.respond(conversation, message)


class Saying:
    """A fake wording step that says fixed words, recording what it was given."""

    def __init__(self, *texts: str) -> None:
        self.texts = texts
        self.seen: list[Plan] = []

    async def word(self, plan: Plan, draft: Sequence[OutboundMessage]) -> list[OutboundMessage]:
        self.seen.append(plan)
        return [OutboundMessage(t) for t in self.texts]


async def test_good_words_are_used() -> None:
    assistant = Assistant("44")
    conversation, reply = _reply(assistant, "I have a headache")
    assert isinstance(reply.plan, Plan) and reply.plan.kind is Kind.ADVICE
    line = "This can usually be looked after at home, and a pharmacist can help."
    wording = Saying(f"Sorry about your head. {line} Rest and drink water.")
    worded = await assistant.reword(conversation, reply, wording)
    assert worded.texts == wording.texts
    assert wording.seen == [reply.plan]


async def test_an_emergency_that_does_not_lead_with_the_number_is_not_sent() -> None:
    assistant = Assistant("44")
    conversation, reply = _reply(assistant, "crushing chest pain going down my left arm")
    assert reply.plan.kind is Kind.EMERGENCY
    worded = await assistant.reword(conversation, reply, Saying("Try an antacid and rest."))
    assert worded.texts == reply.texts
    assert "999" in worded.texts[0]


async def test_words_that_drop_the_level_or_diagnose_are_not_sent() -> None:
    assistant = Assistant("44")
    conversation, reply = _reply(assistant, "I have a headache")
    for text in ("Rest and drink water.", "You have a migraine. " + "x" * 10, "y" * 800):
        worded = await assistant.reword(conversation, reply, Saying(text))
        assert worded.texts == reply.texts, text


async def test_a_reply_without_a_plan_is_left_alone() -> None:
    assistant = Assistant("44")
    conversation, reply = _reply(assistant, "STOP")
    assert reply.plan is None
    bare = replace(reply)
    assert (await assistant.reword(conversation, bare, Saying("anything"))).texts == reply.texts

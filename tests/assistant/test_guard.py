"""The guard: the last checks on any reply, whoever wrote its words (the templates today, a
replaceable wording step later), and the trimming to WhatsApp's sizes."""

from __future__ import annotations

import pytest

from selfcare.assistant.render.guard import MAX_CHARS, check, choose, fit
from selfcare.assistant.render.plan import Kind, Plan
from selfcare.assistant.render.templates import TemplateRenderer
from selfcare.events import Button, OutboundMessage
from tests.assistant.support import E, S, U, kb, words

W = words()
EMERGENCY = Plan(Kind.EMERGENCY, E, "en")
CRISIS = Plan(Kind.CRISIS, E, "en")
ADVICE = Plan(Kind.ADVICE, S, "en", topic="headache")


def msgs(*texts: str) -> list[OutboundMessage]:
    return [OutboundMessage(t) for t in texts]


def test_template_words_pass() -> None:
    renderer = TemplateRenderer(kb())
    for plan in (EMERGENCY, CRISIS, ADVICE, Plan(Kind.NOT_UNDERSTOOD, U, "en")):
        assert check(plan, renderer.render(plan, W), W) == []


@pytest.mark.parametrize(
    ("plan", "messages", "problem"),
    [
        (ADVICE, [], "no words"),
        (ADVICE, msgs(" ", ""), "no words"),
        (ADVICE, msgs(W("level_self_care"), "a", "b", "c"), "more than 3 messages"),
        (ADVICE, msgs(W("level_self_care") + "x" * MAX_CHARS), "a message over 700 characters"),
        (EMERGENCY, msgs("Please go to hospital.", "Call 999."), "lead with the number"),
        # crisis words before the number, even in the same message, are refused: the number
        # leads (NHS help for suicidal thoughts: if your life is at risk now, call 999)
        (CRISIS, msgs("I'm so sorry you feel like this.\n\nCall 999 now."), "lead with the number"),
        (ADVICE, msgs("Rest and drink fluids."), "level of care is not said"),
        (ADVICE, msgs(W("level_self_care"), "You are having a heart attack."), "a diagnosis"),
        (ADVICE, msgs(W("level_self_care"), "My diagnosis is flu."), "a diagnosis"),
        (ADVICE, msgs(W("level_self_care"), "You probably have meningitis."), "a diagnosis"),
    ],
)
def test_what_the_guard_refuses(plan: Plan, messages: list[OutboundMessage], problem: str) -> None:
    found = check(plan, messages, W)
    assert any(problem in p for p in found), found


def test_the_level_may_be_said_in_any_message_and_case() -> None:
    line = W("level_urgent").upper()
    assert check(Plan(Kind.ADVICE, U, "en"), msgs("Thanks.", line), W) == []


def test_choose_takes_the_wording_only_when_it_passes() -> None:
    draft = TemplateRenderer(kb()).render(EMERGENCY, W)
    kind = [OutboundMessage(m.text.replace("Call", "Please call", 1)) for m in draft]
    no_number = [OutboundMessage(m.text.replace("999", "your doctor")) for m in draft]
    played_down = msgs("This can usually be looked after at home.")
    assert choose(EMERGENCY, kind, draft, W) == tuple(kind)
    assert choose(EMERGENCY, no_number, draft, W) == tuple(draft)
    assert choose(EMERGENCY, played_down, draft, W) == tuple(draft)


def test_fit_keeps_three_messages_and_the_interactive_last_one() -> None:
    last = OutboundMessage("Pick one", buttons=(Button("a", "A"),))
    out = fit([*msgs("one", "two", "three", "four"), last], None)
    assert [m.text for m in out] == ["one", "two", "Pick one"] and out[-1].buttons


def test_fit_trims_long_messages_at_a_line_break() -> None:
    text = "\n".join(f"line {i} " + "x" * 60 for i in range(20))
    (out,) = fit(msgs(text), None)
    assert len(out.text) <= MAX_CHARS and text.startswith(out.text)
    assert out.text.endswith("x")


def test_fit_puts_the_emergency_number_first() -> None:
    out = fit(msgs("Stay with them.", "Call 999 now."), "999", W("emergency_lead"))
    assert out[0].text == W("emergency_lead") and "999" in out[0].text
    same = fit(msgs("Call 999 now."), "999", W("emergency_lead"))
    assert [m.text for m in same] == ["Call 999 now."]
    assert fit([], "999", W("emergency_lead"))[0].text == W("emergency_lead")


def test_fit_drops_empty_messages() -> None:
    assert [m.text for m in fit(msgs("a", "  ", "b"), None)] == ["a", "b"]


def _kb_lines() -> list[tuple[str, str]]:
    """Every line of our own that a reply can show, for every audience."""
    en = kb().reference
    lines: list[tuple[str, str]] = []
    for flag_id, said in en.red_flags.items():
        for who in ("self", "child", "baby", "other"):
            lines.append((f"red flag {flag_id} ({who})", W.say(flag_id, who)))  # type: ignore[arg-type]
        if said.first_aid:
            lines.append((f"first aid {flag_id}", said.first_aid))
        for whom, line in said.first_aid_for.items():
            lines.append((f"first aid {flag_id} ({whom})", line))
    for topic_id, text in en.topics.items():
        for line in (text.summary, *text.self_care, *text.pharmacist, text.duration):
            lines.append((f"topic {topic_id}", line))
    if en.medicines is not None:
        lines += [(f"medicine {key}", line) for key, line in en.medicines.advice.items()]
    for name, value in en.strings.items():
        if name != "diagnosis_words":
            for line in (value,) if isinstance(value, str) else value:
                lines.append((f"string {name}", line))
    return lines


def test_every_line_of_the_knowledge_base_passes_the_guard() -> None:
    """Template words pass the guard by construction: no line we wrote reads as a diagnosis
    (a line like "you have diabetes and you are being sick" is about a condition the person
    lives with, and must not make the guard refuse the reply it is in)."""
    refused = [
        (where, line)
        for where, line in _kb_lines()
        if "a diagnosis" in check(ADVICE, msgs(W("level_self_care"), line), W)
    ]
    assert not refused, refused[:6]

"""The last safety checks on any reply, whoever wrote its words.

:func:`check` lists what is wrong with some words for a plan: too many or too long messages,
an emergency that does not lead with the number, a level of care not said, a diagnosis.
Template words pass by construction (tests check it); words from a replaceable
:class:`~.plan.Wording` step that fail are not sent — the template words are
(:func:`choose`). :func:`fit` trims any reply to WhatsApp's sizes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from selfcare.assistant.render.plan import Kind, Plan
from selfcare.assistant.render.words import Words
from selfcare.events import OutboundMessage

MAX_CHARS = 700
MAX_MESSAGES = 3


@cache
def _pattern(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def check(plan: Plan, messages: Sequence[OutboundMessage], w: Words) -> list[str]:
    """Everything that stops ``messages`` being sent for ``plan`` (empty: fine)."""
    problems: list[str] = []
    texts = [m.text for m in messages]
    if not texts or not any(t.strip() for t in texts):
        return ["no words"]
    if len(texts) > MAX_MESSAGES:
        problems.append(f"more than {MAX_MESSAGES} messages")
    if any(len(t) > MAX_CHARS for t in texts):
        problems.append(f"a message over {MAX_CHARS} characters")
    # the number in the first paragraph of the first message, crisis words included: the
    # warm words come straight after it, never before it
    if (
        plan.kind in (Kind.EMERGENCY, Kind.CRISIS)
        and w.where.emergency not in texts[0].split("\n\n")[0]
    ):
        problems.append("an emergency that does not lead with the number")
    if plan.kind in (Kind.ADVICE, Kind.UPDATE):
        name, place = f"level_{plan.level.value}", f"{plan.level.value}_place"
        # the level's place, or one the country pack names for a red flag's need
        lines = [w(name), *(w(name, **{place: p}) for p in w.where.need_places())]
        if not any(line.lower().rstrip(".") in t.lower() for t in texts for line in lines):
            problems.append("the level of care is not said")
    if _pattern(w.items("diagnosis_words")).search("\n".join(texts)):
        problems.append("a diagnosis")
    return problems


def choose(
    plan: Plan,
    worded: Sequence[OutboundMessage],
    draft: Sequence[OutboundMessage],
    w: Words,
) -> tuple[OutboundMessage, ...]:
    """The replaceable step's words if they pass :func:`check`, else the template draft."""
    return tuple(worded) if not check(plan, worded, w) else tuple(draft)


def fit(
    messages: Sequence[OutboundMessage], number: str | None, lead: str = ""
) -> tuple[OutboundMessage, ...]:
    """At most 3 messages of at most 700 characters. With the emergency ``number``, the first
    message names it: ``lead`` ("Call 999 now…") goes in front when it does not."""
    kept = [m for m in messages if m.text.strip()]
    if number is not None and (not kept or number not in kept[0].text):
        kept.insert(0, OutboundMessage(lead or number))
    if len(kept) > MAX_MESSAGES:  # keep the first ones and the interactive last one
        kept = [*kept[: MAX_MESSAGES - 1], kept[-1]]
    out: list[OutboundMessage] = []
    for m in kept:
        if len(m.text) > MAX_CHARS:
            cut = m.text[: MAX_CHARS - 1].rsplit("\n", 1)[0].rstrip()
            m = OutboundMessage(cut, m.buttons, m.menu)
        out.append(m)
    return tuple(out)

"""The default renderer: a plan into short WhatsApp messages, from each language's templates.

At most :data:`MAX_MESSAGES` messages of at most :data:`MAX_CHARS` characters; a question's
buttons ride on the last one. Every red-flag line shown comes from the red flag's record,
rendered for whoever the reply is about ("your child has…"), so what we tell people to watch
for is what the engine detects. Plain words, kind, never a diagnosis.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from selfcare.assistant.engine import Fired
from selfcare.assistant.knowledge.loader import Knowledge
from selfcare.assistant.knowledge.schema import Topic
from selfcare.assistant.render.plan import Audience, Kind, Plan
from selfcare.assistant.render.words import Words
from selfcare.events import Button, ListMenu, ListRow, OutboundMessage, TriageLevel

# An answer echoed back ("Thanks (3 days)") is worded in English by the answer reader: in
# another language only a bare measurement ("38.5°C") is echoed, else the thanks without it.
_BARE_MEASURE = re.compile(r"[\d.,]+\s*°C")


def echo(said: str, w: Words) -> str:
    """The person's answer as a reply may echo it in ``w``'s language ("" if it may not)."""
    if w.code == w.reference.code or _BARE_MEASURE.fullmatch(said):
        return said
    return ""


MAX_CHARS = 700
MAX_MESSAGES = 3
NET_SIZES = {"emergency": 4, "urgent": 2, "routine": 1}

# Topic ids shown first in the menu when the knowledge base has them.
MENU_FIRST = (
    "fever_child",
    "fever_adult",
    "headache",
    "common_cold",
    "sore_throat",
    "cough",
    "diarrhoea",
    "vomiting",
    "back_pain",
    "earache",
    "low_mood",
    "stress_anxiety",
)


def bullets(items: Iterable[str]) -> str:
    return "\n".join(f"• {item.strip()}" for item in items)


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


_SENTENCE_END = re.compile(r"(?<=[.।])\s+")  # a full stop, or the Devanagari danda


def gist(summary: str, limit: int = 200) -> str:
    """The first sentences of a summary, up to about ``limit`` characters."""
    sentences = [part.strip() for part in _SENTENCE_END.split(summary.strip()) if part.strip()]
    out = ""
    for sentence in sentences:
        candidate = f"{out} {sentence}".strip()
        if not candidate.endswith((".", "।", "?", "!")):
            candidate += "."
        if out and len(candidate) > limit:
            break
        out = candidate
    return out if len(out) <= limit + 100 else shorten(out, limit)


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


class Builder:
    """Adds blocks to one message while it stays under the limit."""

    def __init__(self, limit: int = MAX_CHARS) -> None:
        self.limit = limit
        self.blocks: list[str] = []

    @property
    def text(self) -> str:
        return "\n\n".join(self.blocks)

    def room(self) -> int:
        return self.limit - len(self.text) - (2 if self.blocks else 0)

    def add(self, block: str) -> bool:
        if block and len(block) <= self.room():
            self.blocks.append(block)
            return True
        return False

    def add_list(self, header: str, items: Sequence[str], most: int) -> bool:
        """The header and as many items (up to ``most``) as fit; nothing if none fit."""
        chosen: list[str] = []
        for item in items[:most]:
            if len(header + "\n" + bullets([*chosen, item])) > self.room():
                break
            chosen.append(item)
        return bool(chosen) and self.add(header + "\n" + bullets(chosen))


class TemplateRenderer:
    """Plans into messages for one knowledge base (see the module docstring)."""

    def __init__(self, kb: Knowledge) -> None:
        self.kb = kb

    # --- pieces -----------------------------------------------------------------------------

    def level_line(self, level: TriageLevel, w: Words, plan: Plan | None = None) -> str:
        """The level's line; where the red flag that decided it names a need the country
        pack has a place for (emergency contraception: a pharmacy), that place."""
        deciding = self._deciding(plan, level) if plan else None
        flag = self.kb.red_flags.get(deciding.id) if deciding else None
        place = w.where.need_place(flag.need if flag else None)
        return w(f"level_{level.value}", **({f"{level.value}_place": place} if place else {}))

    def reason(self, plan: Plan, w: Words) -> str:
        """The findings the person reported that made the deciding red flag fire."""
        deciding = self._deciding(plan, plan.level)
        if deciding is None or not deciding.matched:
            deciding = next((f for f in plan.fired if f.matched), None)
        if deciding is None:
            return ""
        kinds = self.kb.findings
        # What the person said is wrong: symptoms, not context such as "a child" or "diabetes".
        found = list(
            dict.fromkeys(
                w.label(f) for f in deciding.matched if f in kinds and kinds[f].kind == "symptom"
            )
        )
        if not found:
            return ""
        if len(found) == 1:
            return found[0]
        return f"{', '.join(found[:-1])} {w('and')} {found[-1]}"

    def net(
        self,
        topic: Topic | None,
        level: TriageLevel,
        audience: Audience,
        w: Words,
        room: int = MAX_CHARS,
        present: frozenset[str] = frozenset(),
    ) -> str:
        """When to get help: the topic's warnings, rendered for the audience, in ``room``;
        a warning ``not_shown_with`` a finding ``present`` is left out."""
        net = Builder(room)
        if topic is None:
            net.add_list(w("net_emergency"), w.items("generic_emergency_signs"), 5)
            return net.text
        warnings = topic.warnings
        shown = [("emergency", warnings.emergency)]
        if level in (TriageLevel.ROUTINE, TriageLevel.SELF_CARE):
            shown.append(("urgent", warnings.urgent))
        if level is TriageLevel.SELF_CARE:
            shown.append(("routine", warnings.routine))
        for level_name, ids in shown:
            lines = [w.say(i, audience) for i in self.warnings_for(ids, audience, present)]
            net.add_list(w(f"net_{level_name}"), lines, NET_SIZES[level_name])
        crisis = any(self.kb.red_flags[i].crisis for i in warnings.emergency + warnings.urgent)
        if crisis and w.where.country.crisis:
            net.add(w("net_crisis"))
        return net.text

    def warnings_for(
        self, ids: tuple[str, ...], audience: Audience, present: frozenset[str] = frozenset()
    ) -> list[str]:
        """The warnings that can concern whom the reply is about (none whose line what was
        said puts on someone else: ``not_shown_with``)."""
        flags = self.kb.red_flags
        return [
            i
            for i in ids
            if flags[i].concerns(audience) and present.isdisjoint(flags[i].not_shown_with)
        ]

    def question(self, fact: str, audience: Audience, w: Words) -> tuple[str, tuple[Button, ...]]:
        if fact == "age":
            names = {"self": "ask_age", "child": "ask_age_child", "baby": "ask_age_baby"}
            return w(names.get(audience, "ask_age_other")), ()
        if fact == "duration":
            return w("ask_duration"), (
                Button("ans:duration:0.5", w("answer_today")),
                Button("ans:duration:3", w("answer_days")),
                Button("ans:duration:7", w("answer_week")),
            )
        if fact == "temperature":
            return w("ask_temperature"), (
                Button("ans:temperature:unknown", w("answer_not_measured")),
            )
        if fact == "pregnancy":
            name = "ask_pregnancy" if audience == "self" else "ask_pregnancy_other"
            return w(name), (
                Button("ans:pregnancy:yes", w("answer_yes")),
                Button("ans:pregnancy:no", w("answer_no")),
                Button("ans:pregnancy:maybe", w("answer_not_sure")),
            )
        return w("ask_severity"), (
            Button("ans:severity:mild", w("answer_mild")),
            Button("ans:severity:moderate", w("answer_moderate")),
            Button("ans:severity:severe", w("answer_severe")),
        )

    def menu(self, w: Words) -> ListMenu:
        texts = {tid: w.topic(tid) for tid in self.kb.topics}
        order = [tid for tid in MENU_FIRST if tid in texts]
        order += sorted(tid for tid in texts if tid not in order)
        rows = [
            ListRow(
                id=f"topic:{tid}",
                title=shorten(texts[tid].title.split("(")[0].strip(), 24),
                description=shorten(texts[tid].summary, 72),
            )
            for tid in order[:9]
        ]
        rows.append(ListRow(id="topic:other", title=shorten(w("menu_other"), 24)))
        return ListMenu(button=shorten(w("menu_button"), 20), rows=tuple(rows))

    # --- plans ------------------------------------------------------------------------------

    def render(self, plan: Plan, w: Words) -> list[OutboundMessage]:
        topic = self.kb.topics.get(plan.topic) if plan.topic else None
        ask = self.question(plan.question, plan.audience, w) if plan.question else None
        if plan.kind is Kind.EMERGENCY:
            texts = [self.emergency(plan, w)]
        elif plan.kind is Kind.CRISIS:
            texts = [w("crisis", crisis_how=self._crisis_how(w))]
        elif plan.kind is Kind.NOT_UNDERSTOOD:
            texts = [self.not_understood(w)]
        elif plan.kind is Kind.MEDICINE:
            texts = [self.medicine(plan, topic, w)]
        elif plan.kind is Kind.UPDATE:
            texts = self.update(plan, topic, w, ask[0] if ask else "")
        else:
            texts = self.advice(plan, topic, w, ask[0] if ask else "")
        messages = [OutboundMessage(t) for t in texts if t]
        if ask and ask[1] and messages:
            messages[-1] = OutboundMessage(messages[-1].text, ask[1])
        return messages

    def _crisis_how(self, w: Words) -> str:
        how = w.where.values()["crisis_how"]
        return how if how else w("crisis_no_line")

    def _deciding(self, plan: Plan, level: TriageLevel) -> Fired | None:
        """The first red flag of the knowledge base at ``level`` (not the similarity layer's),
        a ``broad`` one only when no narrower one fired at that level."""
        records = self.kb.red_flags
        fired = [f for f in plan.fired if f.level is level and f.id in records]
        return next((f for f in fired if not records[f.id].broad), fired[0] if fired else None)

    def emergency(self, plan: Plan, w: Words) -> str:
        lines = [w("emergency_lead")]
        reason = self.reason(plan, w)
        if reason:
            lines.append(w("emergency_because", reason=reason))
        first = self._deciding(plan, TriageLevel.EMERGENCY)
        aid = w.first_aid(first.id, plan.audience) if first else None
        if aid:
            lines.append(w("first_aid", first_aid=lower_first(aid)))
        if first is not None and self.kb.red_flags[first.id].poison and w.where.country.poison:
            lines.append(w("poison_line"))
        lines.append(w("emergency_self" if plan.audience == "self" else "emergency_other"))
        if any(f.crisis for f in plan.fired):
            lines.append(w("emergency_crisis_line", crisis_how=self._crisis_how(w)))
        return "\n\n".join(lines)

    def not_understood(self, w: Words) -> str:
        out = Builder()
        out.add(w("not_understood"))
        out.add(w("not_understood_level"))
        out.add_list(w("not_understood_net"), w.items("generic_emergency_signs"), 5)
        return out.text

    def _title(self, topic: Topic | None, w: Words) -> tuple[str, str]:
        if topic is None:
            return "", ""
        text = w.topic(topic.id)
        return text.title, text.summary

    def advice(self, plan: Plan, topic: Topic | None, w: Words, tail: str) -> list[str]:
        """Two messages: the level of care and what may help; when to get help (+ a question)."""
        first = Builder()
        title, summary = self._title(topic, w)
        head = self.level_line(plan.level, w, plan)
        reason = self.reason(plan, w)
        if reason and plan.level is not TriageLevel.SELF_CARE:
            head += " " + w("because", reason=reason)
        first.add((f"*{title}*\n" if title else "") + head)
        if plan.level is TriageLevel.URGENT:
            # An urgent red flag may say what to do now: shown as is, after the level line.
            deciding = self._deciding(plan, TriageLevel.URGENT)
            aid = w.first_aid(deciding.id, plan.audience) if deciding else None
            if aid:
                first.add(aid)
        if topic is not None:
            text = w.topic(topic.id)
            first.add(gist(summary))
            header = w("what_may_help" if plan.level is TriageLevel.SELF_CARE else "until_then")
            pharmacy = w("pharmacist_header")
            reserve = len(pharmacy) + len(text.pharmacist[0]) + 5 if text.pharmacist else 0
            first.limit -= reserve
            first.add_list(header, text.self_care, 3)
            first.limit += reserve
            if text.pharmacist:
                first.add_list(pharmacy, text.pharmacist, 2)
        else:
            first.add(
                w("generic_self_care" if plan.level is TriageLevel.SELF_CARE else "generic_until")
            )
        question = f"{w('question_intro')}\n{tail}" if tail else ""
        # The question always fits: the safety net takes the room that is left.
        room = MAX_CHARS - (len(question) + 2 if question else 0)
        second = self.net(topic, plan.level, plan.audience, w, room, plan.present)
        if question:
            second = f"{second}\n\n{question}" if second else question
        return [first.text, second]

    def update(self, plan: Plan, topic: Topic | None, w: Words, tail: str) -> list[str]:
        """More about the same complaint: one short message saying what changed, if anything."""
        line = lower_first(self.level_line(plan.level, w, plan))
        question = f"{w('question_intro')}\n{tail}" if tail else ""
        out = Builder(MAX_CHARS - (len(question) + 2 if question else 0))
        said = echo(plan.said, w)
        if not plan.changed:
            name = "update_same" if said else "update_more"
            out.add(w(name, said=said, level_line=line))
        else:
            name = "update_changed" if said else "update_changed_more"
            head = w(name, said=said) + "\n" + self.level_line(plan.level, w, plan)
            reason = self.reason(plan, w)
            if reason and plan.level is not TriageLevel.SELF_CARE:
                head += " " + w("because", reason=reason)
            out.add(head)
            if topic is not None:
                ids = self.warnings_for(topic.warnings.emergency, plan.audience, plan.present)
                lines = [w.say(i, plan.audience) for i in ids]
                out.add_list(w("update_watch"), lines, 3)
        text = f"{out.text}\n\n{question}" if question and out.text else out.text or question
        return [text]

    def medicine(self, plan: Plan, topic: Topic | None, w: Words) -> str:
        out = Builder()
        words = w.language.medicines or w.base.medicines or w.reference.medicines
        core = self.kb.medicines
        advice = next((a for a in core.advice if a.key == plan.medicine), None) if core else None
        if words is None or advice is None:
            out.add(w("medicine_unknown"))
            out.add(w("pharmacy_generic"))
        else:
            out.add(words.advice.get(advice.key) or w("medicine_unknown"))
            if advice.ask_pharmacist:
                out.add(words.why_pharmacist)
        if topic is not None and plan.level is not TriageLevel.SELF_CARE:
            out.add(w("medicine_level", level_line=self.level_line(plan.level, w, plan)))
        out.add(w("pharmacy_worse"))
        return out.text

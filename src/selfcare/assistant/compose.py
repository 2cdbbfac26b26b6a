"""Reply texts: turning a decision (level, topic, question) into short WhatsApp messages.

The dialogue decides *what* to say; a :class:`Composer` decides the words. It is the one
replaceable step (a later, optional LLM composer would subclass it) and sits inside the
safety layer: :func:`selfcare.assistant.dialogue.enforce` still checks every reply it makes.

Rules for every text here: plain words, kind, never a diagnosis ("this can be", "it may
help", never "you have"), each message under :data:`MAX_CHARS`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from selfcare.assistant.answers import Answer
from selfcare.assistant.knowledge import KnowledgeBase, Topic
from selfcare.assistant.locales import Locale
from selfcare.assistant.triage import Assessment, Finding
from selfcare.events import Button, ListMenu, ListRow, OutboundMessage, TriageLevel

MAX_CHARS = 700
MAX_MESSAGES = 3

# Topic ids shown first in the menu when the knowledge base has them.
_MENU_FIRST = (
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
_MENU_TITLES = {
    "fever_child": "Fever in a child",
    "fever_adult": "Fever in an adult",
    "fever_baby": "Fever in a baby",
    "stress_anxiety": "Stress and anxiety",
    "low_mood": "Low mood",
}
_GENERIC_EMERGENCY_SIGNS = (
    "Struggling to breathe, or lips turning blue or grey",
    "Chest pain or pressure that does not go away",
    "Collapse, a fit, or very hard to wake",
    "Face drooping, arm weakness or slurred speech",
    "Heavy bleeding that will not stop",
)


def _who(subject: str) -> tuple[str, str, str]:
    """(subject, object, possessive) words for who the message is about."""
    return {
        "child": ("your child", "your child", "your child's"),
        "baby": ("your baby", "your baby", "your baby's"),
        "other_adult": ("they", "them", "their"),
    }.get(subject, ("you", "you", "your"))


def _bullets(items: Iterable[str]) -> str:
    return "\n".join(f"• {item.strip()}" for item in items)


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


class _Builder:
    """Adds blocks to one message while it stays under the limit."""

    def __init__(self, limit: int = MAX_CHARS) -> None:
        self.limit = limit
        self.blocks: list[str] = []

    @property
    def text(self) -> str:
        return "\n\n".join(self.blocks)

    def room(self) -> int:
        used = len(self.text) + (2 if self.blocks else 0)
        return self.limit - used

    def add(self, block: str) -> bool:
        if block and len(block) <= self.room():
            self.blocks.append(block)
            return True
        return False

    def add_list(self, header: str, items: Sequence[str], most: int) -> bool:
        """The header and as many items (up to ``most``) as fit; nothing if none fit."""
        chosen: list[str] = []
        for item in items[:most]:
            candidate = header + "\n" + _bullets([*chosen, item])
            if len(candidate) > self.room():
                break
            chosen.append(item)
        if not chosen:
            return False
        return self.add(header + "\n" + _bullets(chosen))


class Composer:
    """Plain-language texts for one locale's numbers."""

    # --- first contact, commands, small talk ---------------------------------------------

    def welcome(self, locale: Locale) -> str:
        return (
            "Hi, I'm a self-care helper. I can help you work out what to do about a health "
            "problem, for you or someone you look after: care at home, a pharmacist, or seeing "
            f"a {locale.doctor}. I'm not a doctor, and I'm not for emergencies: for those, "
            f"call {locale.emergency_text}.\n\n"
            "Privacy: we keep this chat so we can help you. Send DELETE MY DATA to erase it, "
            "or STOP to stop messages."
        )

    def prompt(self) -> str:
        return (
            "What's bothering you? Tell me in your own words, for example "
            '"sore throat for 3 days" or "my son has a fever". Or pick a common topic.'
        )

    def menu(self, kb: KnowledgeBase) -> ListMenu | None:
        topics = {t.id: t for t in kb}
        order = [tid for tid in _MENU_FIRST if tid in topics]
        order += sorted(tid for tid in topics if tid not in order)
        rows = [
            ListRow(
                id=f"topic:{tid}",
                title=_MENU_TITLES.get(tid) or _menu_title(topics[tid].title),
                description=_shorten(topics[tid].summary, 72),
            )
            for tid in order[:9]
        ]
        rows.append(ListRow(id="topic:other", title="Something else"))
        return ListMenu(button="Common topics", rows=tuple(rows))

    def help(self, locale: Locale) -> str:
        return (
            "Tell me what's wrong in a few words, and who it's for. I'll say whether "
            "it can be looked after at home, what may help, and when to get help.\n\n"
            "Send STOP to stop messages, START to start again, DELETE MY DATA to erase our "
            f"chat. In an emergency, call {locale.emergency_text}."
        )

    def greeting_again(self) -> str:
        return "Hi again. What can I help with today? Tell me in your own words."

    def thanks(self, locale: Locale, topic: Topic | None, level: TriageLevel | None) -> str:
        text = "You're welcome. I hope things get better soon."
        if level in (TriageLevel.URGENT, TriageLevel.ROUTINE):
            text += " " + self.level_line(level, locale)
        if topic is not None and topic.red_flags:
            sign = topic.red_flags[0].strip().rstrip(".")
            text += (
                f" And call {locale.emergency} if you notice warning signs such as: "
                f"{sign[0].lower() + sign[1:]}."
            )
        return text + " Message me any time."

    def still_advise(self, level: TriageLevel, topic: Topic | None, locale: Locale) -> str:
        """Kindly, the same advice again when the person plays down an urgent one."""
        return (
            "I understand, and I hope it settles. I'd still suggest this: "
            f"{self.level_line(level, locale)} "
            f"If it gets worse, or you notice warning signs, call {locale.emergency}."
        )

    def ack(self, locale: Locale, has_complaint: bool) -> str:
        if has_complaint:
            return (
                "OK. If anything changes or gets worse, tell me, or get help: "
                f"in an emergency call {locale.emergency}."
            )
        return (
            "I'm not sure what you mean. Tell me what's bothering you in a few words, "
            "or send MENU to see common topics."
        )

    def not_understood(self, locale: Locale) -> str:
        return (
            "Sorry, I didn't quite follow. Could you tell me the main problem in a few words, "
            'like "earache since yesterday" or "my dad has a bad cough"? If it feels serious, '
            f"call {locale.emergency_text}."
        )

    def stopped(self, locale: Locale) -> str:
        urgent = f" or {locale.urgent_name}" if locale.urgent_name else ""
        return (
            "OK, you won't get any more messages from me. Send START if you want to talk "
            f"again. If you ever need urgent help, call {locale.emergency}{urgent}."
        )

    def started(self) -> str:
        return "Welcome back. " + self.prompt()

    def confirm_delete(self) -> OutboundMessage:
        return OutboundMessage(
            "Do you want me to delete everything from our chat, including your messages? "
            "This can't be undone.",
            buttons=(Button("delete:yes", "Yes, delete it"), Button("delete:no", "No, keep it")),
        )

    def deleted(self) -> str:
        return (
            "Done: your data has been deleted. If you message again, we'll start fresh. Take care."
        )

    def delete_cancelled(self, *, ask: bool = True) -> str:
        return "OK, nothing has been deleted." + (" How can I help?" if ask else "")

    def non_text(self, kind: str, locale: Locale) -> str:
        first = {
            "audio": "Sorry, I can't listen to voice notes yet.",
            "location": "Thanks, but I can't use locations yet.",
            "contacts": "Thanks, but I can't use contact cards.",
        }.get(kind, "Sorry, I can't open that.")
        return (
            f"{first} I can only read text messages for now: could you type what's going on, "
            f"in a few words? If it's an emergency, call {locale.emergency_text}."
        )

    def media_note(self) -> str:
        return "I can't look at photos or files, but here's what I can say from your words."

    # --- emergency and crisis ------------------------------------------------------------

    def emergency(self, locale: Locale, found: Assessment) -> str:
        reason = _reason(found.findings)
        _, obj, _ = _who(found.facts.subject)
        lines = [
            f"This could be an emergency. Call {locale.emergency_text} now, or go to "
            f"{locale.emergency_place}."
        ]
        if reason:
            lines.append(f"{_capital(reason)}: this needs help straight away.")
        if obj == "you":
            lines.append(
                "Don't wait to see if it gets better, and don't drive yourself. "
                "If you can, have someone stay with you until help arrives."
            )
        else:
            lines.append("Don't wait to see if it gets better. Stay with them until help arrives.")
        return "\n\n".join(lines)

    def crisis(self, locale: Locale) -> str:
        line = locale.crisis
        talk = (
            f"You can talk to someone right now: {line.how}."
            if line
            else f"You can talk to someone right now by calling {locale.emergency_text}."
        )
        return (
            "I'm really sorry you're feeling like this, and I'm glad you told me. "
            f"You don't have to face it alone. {talk}\n\n"
            f"If you're in danger or might act on these thoughts, call {locale.emergency_text} "
            f"now, or go to {locale.emergency_place}.\n\n"
            "If you can, let someone you trust know how you're feeling, and stay near them."
        )

    def crisis_hold(self, locale: Locale) -> str:
        line = locale.crisis
        talk = f"{_capital(line.how)}." if line else ""
        return (
            f"I'm still here, and I care about what happens to you. {talk} "
            f"If you're in danger, please call {locale.emergency} now."
        ).replace("  ", " ")

    def emergency_hold(self, locale: Locale, reason: str, *, acted: bool) -> str:
        if acted:
            return (
                "You're doing the right thing. If anything gets worse while you wait, call "
                f"{locale.emergency} again. Keep your phone close, and if you can, have someone "
                "with you."
            )
        about = f"{reason} " if reason else "what you told me "
        return (
            f"Please call {locale.emergency_text} now, or go to {locale.emergency_place}. "
            "I know it's not what you want to hear, and I hope it's nothing serious. "
            f"But {about}needs checking straight away, even if it seems to settle. "
            "I can't give home advice for this one."
        )

    def emergency_reminder(self, locale: Locale, reason: str) -> str:
        about = reason or "what you told me earlier"
        return f"About {about}: if it's still going on, call {locale.emergency} now."

    # --- advice --------------------------------------------------------------------------

    def level_line(self, level: TriageLevel, locale: Locale, subject: str = "self") -> str:
        who, _, _ = _who(subject)
        if level is TriageLevel.EMERGENCY:
            return f"Call {locale.emergency_text} now, or go to {locale.emergency_place}."
        if level is TriageLevel.URGENT:
            if locale.urgent_how:
                return f"Please get seen by a doctor today: {locale.urgent_how}."
            return "Please get seen by a doctor or urgent care today."
        if level is TriageLevel.ROUTINE:
            return (
                f"It's a good idea to book an appointment with {'your' if who == 'you' else 'a'} "
                f"{locale.doctor} in the next few days or weeks."
            )
        return "This can usually be looked after at home, and a pharmacist can help."

    def advice(
        self,
        found: Assessment,
        level: TriageLevel,
        topic: Topic | None,
        locale: Locale,
        *,
        lead: str = "",
        tail: str = "",
    ) -> list[str]:
        """Two messages: the level of care and what may help; when to get help (+ ``tail``)."""
        first = _Builder()
        if lead:
            first.add(lead)
        title = f"*{topic.title}*\n" if topic else ""
        reason = _reason(f for f in found.findings if f.level is level)
        because = ""
        if reason and level is not TriageLevel.SELF_CARE:
            because = f" This is because of {reason}."
        first.add(title + self.level_line(level, locale, found.facts.subject) + because)
        if topic is not None:
            first.add(_gist(topic.summary))
            header = "What may help now:" if level is TriageLevel.SELF_CARE else "Until then:"
            pharmacy = "A pharmacist can help (always follow the label):"
            # keep room for at least one pharmacist option
            reserve = len(pharmacy) + len(topic.pharmacist[0]) + 5 if topic.pharmacist else 0
            first.limit -= reserve
            first.add_list(header, topic.self_care, 3)
            first.limit += reserve
            if topic.pharmacist:
                first.add_list(pharmacy, topic.pharmacist, 2)
        else:
            first.add(
                "Rest, drink plenty of fluids, and a pharmacist can advise on what may help."
                if level is TriageLevel.SELF_CARE
                else "Until then, rest and drink fluids."
            )
        return [first.text, self.safety_net(level, topic, locale, tail=tail)]

    def safety_net(
        self, level: TriageLevel, topic: Topic | None, locale: Locale, *, tail: str = ""
    ) -> str:
        """When to get help ("Call 999 now if: …"), leaving room for ``tail`` at the end."""
        net = _Builder(MAX_CHARS - (len(tail) + 2 if tail else 0))
        flags = topic.red_flags if topic else _GENERIC_EMERGENCY_SIGNS
        net.add_list(f"Call {locale.emergency} now if you notice:", flags, 4)
        if level is not TriageLevel.URGENT and topic is not None:
            where = locale.urgent_name or "a doctor or urgent care"
            net.add_list(f"Get seen today ({where}) if:", topic.see_doctor.urgent, 2)
        if level is TriageLevel.SELF_CARE and topic is not None:
            net.add_list(f"See a {locale.doctor} if:", topic.see_doctor.routine, 1)
        if locale.crisis and any("suicid" in flag.lower() for flag in flags):
            net.add(
                f"If you ever feel you can't go on, you can talk to someone: {locale.crisis.how}."
            )
        if topic is not None:
            net.add(topic.duration.strip())
        return f"{net.text}\n\n{tail}" if tail else net.text

    def pharmacy(self, topic: Topic | None, locale: Locale, *, alone: bool = True) -> str:
        msg = _Builder()
        if topic is not None and topic.pharmacist:
            msg.add_list(
                f"For {topic.title.lower()}, a pharmacist can help with:", topic.pharmacist, 5
            )
        else:
            msg.add(
                "A pharmacist can tell you which medicines are safe for you, without an "
                "appointment. Tell them about any other medicines or conditions."
            )
        msg.add(
            "Always follow the label, and check with the pharmacist first if you're pregnant, "
            "breastfeeding, giving it to a child, or take other medicines."
        )
        if alone:
            msg.add(f"If things get worse, or you're worried, call {locale.emergency}.")
        return msg.text

    def topic_overview(self, topic: Topic, locale: Locale) -> list[str]:
        found = Assessment(level=TriageLevel(topic.default_level), topic=topic.id)
        texts = self.advice(found, found.level, topic, locale)
        texts[-1] = _append(
            texts[-1], "Tell me more (who it's for, how long, how bad) for advice that fits."
        )
        return texts

    def something_else(self) -> str:
        return (
            "Tell me what's going on in your own words: what the problem is, who it's for "
            "and how long it's been going on."
        )

    # --- follow-up questions ---------------------------------------------------------------

    def question(self, fact: str, subject: str) -> tuple[str, tuple[Button, ...]]:
        who, obj, poss = _who(subject)
        be = "are" if who in ("you", "they") else "is"
        if fact == "age":
            text = f"How old {be} {who}?"
            if subject == "baby":
                text += " (for example 6 weeks or 4 months)"
            return text, ()
        if fact == "duration":
            return "How long has this been going on?", (
                Button("ans:duration:0.5", "Started today"),
                Button("ans:duration:3", "2 to 6 days"),
                Button("ans:duration:7", "A week or more"),
            )
        if fact == "temperature":
            return (
                f"Have you taken {poss} temperature? If so, what was it? (for example 38.5)",
                (Button("ans:temperature:unknown", "Not measured"),),
            )
        if fact == "pregnancy":
            subject_be = "Are you" if who == "you" else "Is she"
            return f"{subject_be} pregnant, or could {'you' if who == 'you' else 'she'} be?", (
                Button("ans:pregnancy:yes", "Yes"),
                Button("ans:pregnancy:no", "No"),
                Button("ans:pregnancy:maybe", "Not sure"),
            )
        return f"How bad is it for {obj} right now?", (
            Button("ans:severity:mild", "Mild"),
            Button("ans:severity:moderate", "Quite bad"),
            Button("ans:severity:severe", "Very bad"),
        )

    def question_block(self, question: str) -> str:
        return f"One question, as the answer can change my advice:\n{question}"

    def reask(self, question: str) -> str:
        return f'Sorry, I didn\'t catch that. {question} (or say "not sure")'

    def answer_same(self, answer: Answer, level: TriageLevel, locale: Locale, subject: str) -> str:
        thanks = f"Thanks ({answer.said})." if answer.known else "That's OK."
        line = self.level_line(level, locale, subject)
        return f"{thanks} My advice stays the same: {line[:1].lower()}{line[1:]}"

    def answer_changed(self, answer: Answer) -> str:
        if answer.known:
            return f"Thanks ({answer.said}). Knowing that changes my advice."
        return "That's OK. To be safe, here is my advice."


def _menu_title(title: str) -> str:
    """A topic title that fits a list row: "Trouble sleeping (insomnia)" -> "Trouble sleeping"."""
    if len(title) > 24 and "(" in title:
        title = title.split("(")[0].strip()
    return _shorten(title, 24)


def _gist(summary: str, limit: int = 200) -> str:
    """The first sentences of a summary, up to about ``limit`` characters."""
    sentences = [part.strip() for part in summary.strip().split(". ") if part.strip()]
    gist = ""
    for sentence in sentences:
        candidate = f"{gist} {sentence}".strip()
        if not candidate.endswith("."):
            candidate += "."
        if gist and len(candidate) > limit:
            break
        gist = candidate
    return gist if len(gist) <= limit + 100 else _shorten(gist, limit)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _reason(findings: Iterable[Finding]) -> str:
    for finding in findings:
        if finding.reason.strip():
            return finding.reason.strip().rstrip(".")
    return ""


def _append(text: str, extra: str) -> str:
    joined = f"{text}\n\n{extra}" if text else extra
    return joined if len(joined) <= MAX_CHARS else text

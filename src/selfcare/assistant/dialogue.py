"""The conversation: one person's message and state in, a Reply and the new state out.

Order of work for every message (the safety layer comes first and is never skipped):

1. red-flag triage of the text — an emergency or crisis is answered first, even after STOP
   and even in the middle of a question;
2. emergency advice already given stands ("hold"): playing it down gets it again, kindly;
3. STOP / START / DELETE MY DATA;
4. the answer to a pending follow-up question, re-assessed with the complaint so far;
5. greetings, thanks, help, menu picks;
6. a complaint: level of care, self-care steps, safety-netting, maybe one question.

:func:`enforce` then checks the composed messages (at most 3, each under 700 characters,
an emergency reply leading with the number) whoever wrote them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC

from selfcare.assistant import answers, locales
from selfcare.assistant.answers import Answer
from selfcare.assistant.commands import (
    Command,
    asks_about_medicine,
    command,
    has_acted,
    is_softening,
)
from selfcare.assistant.compose import MAX_CHARS, MAX_MESSAGES, Composer
from selfcare.assistant.knowledge import KnowledgeBase, Topic
from selfcare.assistant.locales import Locale
from selfcare.assistant.state import MAX_QUESTIONS, Complaint, Hold, Pending, State
from selfcare.assistant.triage import Assessment, Facts
from selfcare.events import (
    Button,
    Conversation,
    InboundMessage,
    MessageKind,
    OutboundMessage,
    Reply,
    ReplyAction,
    TriageLevel,
)

AssessFn = Callable[[str], Assessment]

_SILENT_KINDS = {MessageKind.REACTION, MessageKind.SYSTEM}
_TEXT_KINDS = {MessageKind.TEXT, MessageKind.INTERACTIVE, MessageKind.BUTTON}


def is_emergency(found: Assessment) -> bool:
    return found.level is TriageLevel.EMERGENCY or any(f.crisis for f in found.findings)


def is_crisis(found: Assessment) -> bool:
    return any(f.crisis for f in found.findings)


@dataclass(slots=True)
class Out:
    """What one turn says, before the welcome is fitted in and the safety checks run."""

    messages: list[OutboundMessage] = field(default_factory=list)
    level: TriageLevel | None = None
    topic: str | None = None
    actions: tuple[ReplyAction, ...] = ()
    emergency: bool = False  # the first message is emergency advice
    welcome: bool = True  # a first contact may get the welcome with this
    welcome_after: bool = False  # the welcome goes after the first message, not before

    def say(self, *texts: str) -> Out:
        self.messages.extend(OutboundMessage(t) for t in texts if t)
        return self


class Dialogue:
    """Decides what to say; the :class:`Composer` words it."""

    def __init__(
        self,
        kb: KnowledgeBase,
        assess: AssessFn,
        composer: Composer,
        default_country: str,
    ) -> None:
        self.kb = kb
        self.assess = assess
        self.compose = composer
        self.default_country = default_country

    def respond(self, conversation: Conversation, message: InboundMessage) -> Reply:
        state = State.read(conversation.state)
        locale = locales.for_address(conversation.person or message.address, self.default_country)
        first = conversation.first_contact or not state.welcomed
        turn = _Turn(self, state, locale, message)
        out = turn.run()
        if first and out.welcome and not state.stopped and not state.welcomed:
            _fit_welcome(out, self.compose.welcome(locale))
            state.welcomed = True
        messages = enforce(out, locale)
        new_state = {} if ReplyAction.ERASE_DATA in out.actions else state.dump()
        if ReplyAction.ERASE_DATA in out.actions and state.stopped:
            new_state = {"stopped": True}
        return Reply(
            messages=messages,
            triage=out.level,
            topic=out.topic,
            state=new_state,
            actions=out.actions,
        )


def _fit_welcome(out: Out, welcome: str) -> None:
    """Welcome first — after the emergency advice when there is one — within 3 messages."""
    position = 1 if out.emergency or out.welcome_after else 0
    if len(out.messages) < MAX_MESSAGES:
        out.messages.insert(position, OutboundMessage(welcome))
        return
    if not out.emergency:  # join it to the first message if that still fits
        head = out.messages[0]
        joined = f"{welcome}\n\n{head.text}"
        if len(joined) <= MAX_CHARS:
            out.messages[0] = OutboundMessage(joined, head.buttons, head.menu)


def enforce(out: Out, locale: Locale) -> tuple[OutboundMessage, ...]:
    """The last safety checks on any composed reply: count, length, the number first."""
    messages = [m for m in out.messages if m.text.strip()]
    if out.emergency and (not messages or locale.emergency not in messages[0].text):
        messages.insert(
            0, OutboundMessage(f"This could be an emergency. Call {locale.emergency} now.")
        )
    if len(messages) > MAX_MESSAGES:  # keep the first ones and the interactive last one
        last = messages[-1]
        messages = [*messages[: MAX_MESSAGES - 1], last]
    fixed: list[OutboundMessage] = []
    for msg in messages:
        if len(msg.text) > MAX_CHARS:
            cut = msg.text[: MAX_CHARS - 1].rsplit("\n", 1)[0].rstrip()
            msg = OutboundMessage(cut, msg.buttons, msg.menu)
        fixed.append(msg)
    return tuple(fixed)


class _Turn:
    def __init__(
        self, dialogue: Dialogue, state: State, locale: Locale, message: InboundMessage
    ) -> None:
        self.d = dialogue
        self.c = dialogue.compose
        self.state = state
        self.locale = locale
        self.message = message
        self.now = (
            message.timestamp if message.timestamp.tzinfo else message.timestamp.replace(tzinfo=UTC)
        )

    # --- the order of work ----------------------------------------------------------------

    def run(self) -> Out:
        msg = self.message
        if msg.kind in _SILENT_KINDS:
            return Out(welcome=False)
        text, media_note = self._text()
        if text is None:
            if self.state.stopped:
                return Out(welcome=False)
            return self._non_text()
        found = self.d.assess(text)
        if is_emergency(found):
            return self._emergency(found, text)
        cmd = None if msg.reply_id and msg.reply_id.startswith("ans:") else command(text)
        if self.state.stopped:
            return self._while_stopped(cmd, text)
        if self.state.confirm_delete:
            self.state.confirm_delete = False
            if msg.reply_id == "delete:yes" or cmd in (Command.YES, Command.DELETE):
                return self._erase()
            if msg.reply_id == "delete:no" or cmd is Command.NO:
                return Out().say(self.c.delete_cancelled())
        if cmd is Command.STOP:
            return self._stop()
        if cmd is Command.DELETE:
            return self._ask_delete()
        hold = self.state.hold
        if hold is not None:
            if hold.active(self.now):
                held = self._hold(hold, found, text)
                if held is not None:
                    return held
            else:
                self.state.hold = None
        out = self._after_commands(found, text, cmd)
        if media_note and out.messages and not out.emergency:
            first = out.messages[0]
            out.messages[0] = OutboundMessage(
                f"{self.c.media_note()}\n\n{first.text}", first.buttons, first.menu
            )
        return out

    def _after_commands(self, found: Assessment, text: str, cmd: Command | None) -> Out:
        reply_id = self.message.reply_id or ""
        if reply_id.startswith("topic:"):
            return self._topic_pick(reply_id.removeprefix("topic:"))
        pending = self.state.pending
        skip = (Command.HELP, Command.GREETING, Command.START, Command.THANKS)
        if pending is not None and (not pending.active(self.now) or cmd not in skip):
            self.state.pending = None
            if pending.active(self.now):
                answered = self._answer(pending, found, text)
                if answered is not None:
                    return answered
        if cmd is Command.START or cmd is Command.GREETING:
            return self._greeting()
        if cmd is Command.HELP:
            return self._menu(self.c.help(self.locale))
        if cmd is Command.THANKS:
            complaint = self.state.complaint
            level = complaint.level if complaint else None
            return Out().say(self.c.thanks(self.locale, self._complaint_topic(), level))
        if cmd in (Command.ACK, Command.YES, Command.NO):
            return Out().say(self.c.ack(self.locale, self.state.complaint is not None))
        return self._complaint(found, text)

    def _text(self) -> tuple[str | None, bool]:
        msg = self.message
        if msg.kind in _TEXT_KINDS:
            if msg.text and msg.text.strip():
                return msg.text.strip(), False
            if msg.reply_id:
                return msg.reply_id, False
            return ("", False) if msg.kind is MessageKind.TEXT else (None, False)
        caption = msg.media.caption if msg.media else None
        if caption and caption.strip():
            return caption.strip(), True
        return None, False

    # --- safety ---------------------------------------------------------------------------

    def _emergency(self, found: Assessment, text: str) -> Out:
        crisis = is_crisis(found)
        reason = next((f.reason.strip().rstrip(".") for f in found.findings if f.reason), "")
        self.state.hold = Hold(topic=found.topic, reason=reason, crisis=crisis, at=self.now)
        self.state.pending = None
        self.state.confirm_delete = False
        self.state.complaint = Complaint(text, found.topic, TriageLevel.EMERGENCY)
        body = self.c.crisis(self.locale) if crisis else self.c.emergency(self.locale, found)
        # a crisis reply stays warm and short: no welcome or privacy notice with it
        return Out(
            level=TriageLevel.EMERGENCY, topic=found.topic, emergency=True, welcome=not crisis
        ).say(body)

    def _hold(self, hold: Hold, found: Assessment, text: str) -> Out | None:
        """Emergency advice stands; ``None`` lets a message about something else through.

        While the emergency is what we are talking about, everything but a clearly new
        complaint gets the advice again. Once the person has moved on to a new complaint,
        only playing the emergency down (or the same topic again) brings it back.
        """
        complaint = self.state.complaint
        focused = complaint is None or complaint.level is TriageLevel.EMERGENCY
        same_topic = found.topic is not None and found.topic == hold.topic
        softening = is_softening(text)
        if not focused and not softening and not same_topic:
            return None
        new_topic = found.topic is not None and found.topic != hold.topic
        if focused and new_topic and not softening and not has_acted(text):
            out = self._complaint(found, text)
            reminder = OutboundMessage(self.c.emergency_reminder(self.locale, hold.reason))
            if len(out.messages) < MAX_MESSAGES - (0 if self.state.welcomed else 1):
                out.messages.insert(0, reminder)
            elif out.messages:
                head = out.messages[0]
                joined = f"{reminder.text}\n\n{head.text}"
                out.messages[0] = OutboundMessage(joined, head.buttons, head.menu)
            return out
        self.state.pending = None
        out = Out(level=TriageLevel.EMERGENCY, topic=hold.topic, emergency=True, welcome=False)
        if hold.crisis:
            return out.say(self.c.crisis_hold(self.locale))
        acted = has_acted(text) and not softening
        return out.say(self.c.emergency_hold(self.locale, hold.reason, acted=acted))

    # --- commands -------------------------------------------------------------------------

    def _while_stopped(self, cmd: Command | None, text: str) -> Out:
        if cmd is Command.START:
            self.state.stopped = False
            return self._menu(self.c.started())
        if cmd is Command.DELETE:  # a data request is honoured even while stopped
            return self._ask_delete()
        if self.state.confirm_delete:
            self.state.confirm_delete = False
            if self.message.reply_id == "delete:yes" or cmd in (Command.YES, Command.DELETE):
                return self._erase()
            if self.message.reply_id == "delete:no" or cmd is Command.NO:
                return Out(welcome=False).say(self.c.delete_cancelled(ask=False))
        return Out(welcome=False)

    def _stop(self) -> Out:
        self.state.stopped = True
        self.state.pending = None
        self.state.confirm_delete = False
        return Out(welcome=False).say(self.c.stopped(self.locale))

    def _ask_delete(self) -> Out:
        self.state.confirm_delete = True
        self.state.pending = None
        return Out(messages=[self.c.confirm_delete()], welcome=False)

    def _erase(self) -> Out:
        self.state.complaint = None
        self.state.pending = None
        self.state.hold = None
        return Out(actions=(ReplyAction.ERASE_DATA,), welcome=False).say(self.c.deleted())

    def _greeting(self) -> Out:
        if not self.state.welcomed:
            return self._menu(self.c.prompt())
        return self._menu(self.c.greeting_again())

    def _menu(self, text: str) -> Out:
        menu = self.c.menu(self.d.kb)
        return Out(messages=[OutboundMessage(text, menu=menu)])

    def _non_text(self) -> Out:
        out = Out(welcome_after=True).say(self.c.non_text(self.message.kind.value, self.locale))
        hold = self.state.hold
        if hold is not None and hold.active(self.now):
            out.messages.insert(
                0, OutboundMessage(self.c.emergency_reminder(self.locale, hold.reason))
            )
            out.emergency = True
            out.level = TriageLevel.EMERGENCY
        return out

    def _topic_pick(self, topic_id: str) -> Out:
        topic = self.d.kb.get(topic_id)
        if topic is None:
            return Out().say(self.c.something_else())
        level = TriageLevel(topic.default_level)
        self.state.complaint = Complaint(topic.title, topic.id, level)
        out = Out(level=level, topic=topic.id)
        return out.say(*self.c.topic_overview(topic, self.locale))

    def _complaint_topic(self) -> Topic | None:
        complaint = self.state.complaint
        return self.d.kb.get(complaint.topic) if complaint else None

    # --- complaints and questions ---------------------------------------------------------

    def _answer(self, pending: Pending, found: Assessment, text: str) -> Out | None:
        complaint = self.state.complaint
        if complaint is None:
            return None
        reply_id = self.message.reply_id or ""
        answer: Answer | None = answers.from_reply_id(reply_id) if reply_id else None
        new_topic = found.topic is not None and found.topic != complaint.topic
        if answer is None and not new_topic:
            answer = answers.parse(pending.fact, text, self.now.date())
        if answer is None:
            if new_topic or found.findings or pending.reasked or len(text.split()) > 6:
                return None  # a new complaint, or not an answer twice: move on
            question, buttons = self.c.question(pending.fact, complaint.subject)
            self.state.pending = Pending(pending.fact, self.now, reasked=True)
            return Out(welcome=False, messages=[OutboundMessage(self.c.reask(question), buttons)])
        before = complaint.level
        if answer.known:
            complaint.text = f"{complaint.text}. {answer.words}"
        again = self.d.assess(complaint.text)
        if is_emergency(again):
            return self._emergency(again, complaint.text)
        level = again.level
        topic = self.d.kb.get(again.topic or complaint.topic)
        complaint.level = level
        complaint.subject = again.facts.subject
        complaint.topic = topic.id if topic else complaint.topic
        ask = self._question(again, topic, complaint)
        tail = self.c.question_block(ask[0]) if ask else ""
        out = Out(level=level, topic=complaint.topic)
        if level is not before:
            lead = self.c.answer_changed(answer)
            out.say(*self.c.advice(again, level, topic, self.locale, lead=lead, tail=tail))
        else:
            same = self.c.answer_same(answer, level, self.locale, again.facts.subject)
            out.say(f"{same}\n\n{tail}" if tail else same)
        return self._with_buttons(out, ask)

    def _complaint(self, found: Assessment, text: str) -> Out:
        complaint = self.state.complaint
        same = complaint is not None and (found.topic is None or found.topic == complaint.topic)
        if complaint is not None and same and complaint.level is not TriageLevel.EMERGENCY:
            return self._more_detail(complaint, found, text)
        if found.topic is None and not found.findings and found.level is TriageLevel.SELF_CARE:
            return self._menu(self.c.not_understood(self.locale))
        topic = self.d.kb.get(found.topic)
        complaint = Complaint(text, found.topic, found.level, subject=found.facts.subject)
        self.state.complaint = complaint
        return self._advise(found, topic, complaint, text, lead="")

    def _more_detail(self, complaint: Complaint, found: Assessment, text: str) -> Out:
        """More about the same complaint: re-assess it all; a change gets new advice."""
        combined = self.d.assess(f"{complaint.text}. {text}")
        if is_emergency(combined):
            return self._emergency(combined, f"{complaint.text}. {text}")
        topic = self.d.kb.get(combined.topic or complaint.topic)
        changed = combined.level is not complaint.level
        said_facts = found.facts != Facts(subject=found.facts.subject)  # an age, a duration…
        if not (found.topic is not None or found.findings or changed or said_facts):
            if is_softening(text) and complaint.level is not TriageLevel.SELF_CARE:
                out = Out(level=complaint.level, topic=complaint.topic)
                return out.say(self.c.still_advise(complaint.level, topic, self.locale))
            if asks_about_medicine(text):
                out = Out(level=complaint.level, topic=complaint.topic)
                return out.say(self.c.pharmacy(topic, self.locale))
            return self._menu(self.c.not_understood(self.locale))
        complaint.text = f"{complaint.text}. {text}"
        complaint.level = combined.level
        complaint.subject = combined.facts.subject
        complaint.topic = topic.id if topic else complaint.topic
        lead = "Thanks, that changes my advice." if changed else ""
        return self._advise(combined, topic, complaint, text, lead=lead)

    def _advise(
        self, found: Assessment, topic: Topic | None, complaint: Complaint, text: str, lead: str
    ) -> Out:
        level = found.level
        ask = self._question(found, topic, complaint)
        tail = self.c.question_block(ask[0]) if ask else ""
        out = Out(level=level, topic=complaint.topic)
        if asks_about_medicine(text) and level is TriageLevel.SELF_CARE and not lead:
            net = self.c.safety_net(level, topic, self.locale, tail=tail)
            out.say(self.c.pharmacy(topic, self.locale, alone=False), net)
        else:
            out.say(*self.c.advice(found, level, topic, self.locale, lead=lead, tail=tail))
        return self._with_buttons(out, ask)

    def _question(
        self, found: Assessment, topic: Topic | None, complaint: Complaint
    ) -> tuple[str, tuple[Button, ...]] | None:
        """One question that can change the level, at most MAX_QUESTIONS per complaint."""
        if found.level is TriageLevel.EMERGENCY or len(complaint.asked) >= MAX_QUESTIONS:
            return None
        wanted = [f for f in found.missing if f in answers.FACTS and f not in complaint.asked]
        if topic is not None and topic.ask_about:
            wanted.sort(key=lambda f: 0 if f in topic.ask_about else 1)
        if not wanted:
            return None
        fact = wanted[0]
        complaint.asked.append(fact)
        self.state.pending = Pending(fact, self.now)
        return self.c.question(fact, found.facts.subject)

    @staticmethod
    def _with_buttons(out: Out, ask: tuple[str, tuple[Button, ...]] | None) -> Out:
        if ask and ask[1] and out.messages:
            last = out.messages[-1]
            out.messages[-1] = OutboundMessage(last.text, ask[1])
        return out

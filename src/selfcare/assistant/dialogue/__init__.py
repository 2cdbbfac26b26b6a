"""The conversation: one person's message and state in, a Reply and the new state out.

Order of work for every message (the safety layer comes first and is never skipped):

1. red-flag triage of the text alone and together with the complaint so far (an answer to
   a question included) — an emergency or crisis is answered first, even after STOP;
2. STOP / START / DELETE MY DATA;
3. emergency advice already given stands ("hold"): playing it down gets it again, kindly;
4. the answer to a pending question: what changed, briefly;
5. greetings, thanks, help, menu picks;
6. a medicine question, answered at label level;
7. a complaint: more about the same one (what changed), or a new one (advice, or one
   question and the safety net when it was not understood — never self-care).

A level reached for a complaint is never lowered by what the person says next. The
:mod:`~selfcare.assistant.render` step words each decision; :func:`~.render.guard.fit`
checks the sizes and that an emergency reply leads with the number.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from selfcare.assistant import countries
from selfcare.assistant.dialogue import answers
from selfcare.assistant.dialogue import language as languages
from selfcare.assistant.dialogue.answers import Answer
from selfcare.assistant.dialogue.commands import CONTROLS, Command, Cues
from selfcare.assistant.dialogue.state import MAX_QUESTIONS, Complaint, Hold, Pending, State
from selfcare.assistant.engine import Assessment, Engine
from selfcare.assistant.engine.net import NET
from selfcare.assistant.knowledge.loader import REFERENCE
from selfcare.assistant.knowledge.schema import Country
from selfcare.assistant.medicines import MedicineFinder
from selfcare.assistant.render.guard import MAX_MESSAGES, fit
from selfcare.assistant.render.plan import Kind, Plan, audience
from selfcare.assistant.render.templates import TemplateRenderer
from selfcare.assistant.render.words import Words
from selfcare.events import (
    Button,
    Conversation,
    InboundMessage,
    ListMenu,
    ListRow,
    MessageKind,
    OutboundMessage,
    Reply,
    ReplyAction,
    TriageLevel,
)

MAX_ANALYSED = 2000  # characters of one message read for triage (the whole text is stored)
_SILENT_KINDS = {MessageKind.REACTION, MessageKind.SYSTEM}
_TEXT_KINDS = {MessageKind.TEXT, MessageKind.INTERACTIVE, MessageKind.BUTTON}
_NON_TEXT = {"audio": "non_text_audio", "location": "non_text_location"}
_NON_TEXT |= {"contacts": "non_text_contacts"}


def _answer_depends(found: Assessment, situation_findings: Iterable[str]) -> bool:
    """Whether who a medicine is for changes the answer (``medicines.yaml``'s situation
    findings, or a pregnancy, a birth, a child said as facts). A language with no situation
    words of its own (medicines a listed fallback, as in Hindi) cannot tell which answer fits:
    such a question gets the complaint's reply (ask a pharmacist), never the adult's answer."""
    facts = found.facts
    young = facts.age_years is not None and facts.age_years < 16
    return bool(
        not found.present.isdisjoint(situation_findings)
        or facts.pregnant
        or facts.postpartum
        or facts.subject in ("child", "baby")
        or young
    )


def is_emergency(found: Assessment) -> bool:
    return found.level is TriageLevel.EMERGENCY or found.crisis


def more_urgent(a: TriageLevel, b: TriageLevel) -> TriageLevel:
    return a if a.rank <= b.rank else b


@dataclass(slots=True)
class Out:
    """What one turn says, before the welcome is fitted in and the sizes are checked."""

    messages: list[OutboundMessage] = field(default_factory=list)
    level: TriageLevel | None = None
    topic: str | None = None
    actions: tuple[ReplyAction, ...] = ()
    emergency: bool = False  # the first message is emergency advice
    welcome: bool = True  # a first contact may get the welcome with this
    welcome_after: bool = False  # the welcome goes after the first message, not before
    plan: Plan | None = None

    def say(self, *texts: str) -> Out:
        self.messages.extend(OutboundMessage(t) for t in texts if t)
        return self


class Dialogue:
    """Decides what to say; the renderer words it."""

    def __init__(self, engine: Engine, default_country: str) -> None:
        self.engine = engine
        self.kb = engine.kb
        self.renderer = TemplateRenderer(self.kb)
        self.default_country = default_country
        self.cues = {
            code: Cues(lang.commands)
            for code, lang in self.kb.languages.items()
            if lang.commands is not None
        }
        self._medicines: dict[tuple[str, str], MedicineFinder] = {}

    def medicines(self, language: str, country: Country) -> MedicineFinder:
        """The medicine words of a language, with the local names of a country's pack."""
        key = (language, country.code)
        finder = self._medicines.get(key)
        if finder is None:
            lang = self.kb.languages[language]
            if lang.spec.base:  # a variant reads with its base's words (its file: answers)
                lang = self.kb.languages[lang.spec.base]
            expand = self.engine.reader(language).lexicon.expander.expand
            finder = MedicineFinder(self.kb, lang, expand, country.medicine_names)
            self._medicines[key] = finder
        return finder

    def words(self, country: Country, language: str) -> Words:
        lang = self.kb.languages.get(language) or self.kb.reference
        base = self.kb.languages.get(lang.spec.base) if lang.spec.base else None
        where = countries.Where(country, lang, base or self.kb.reference)
        return Words(lang, base or self.kb.reference, where, self.kb.reference)

    def respond(self, conversation: Conversation, message: InboundMessage) -> Reply:
        state = State.read(conversation.state)
        person = conversation.person or message.address
        country = countries.find(person, self.kb.countries, self.default_country)
        text = (message.text or (message.media.caption if message.media else None) or "").strip()
        text = text[:MAX_ANALYSED]
        english = bool(text) and self.engine.understood(text, REFERENCE)
        remembered = state.language or self._command_language(country, text)
        choice = languages.choose(
            self.engine, remembered, country, text, message.reply_id or "", english
        )
        earlier = state.language
        state.language = choice.reply
        words = self.words(country, choice.reply)
        first = conversation.first_contact or not state.welcomed
        turn = _Turn(self, state, words, message, earlier)
        out = turn.switched() if choice.switched else turn.run(choice.net)
        if first and out.welcome and not state.stopped and not state.welcomed:
            _fit_welcome(out, words("welcome"))
            state.welcomed = True
        number = words.where.emergency if out.emergency else None
        messages = fit(out.messages, number, words("emergency_lead"))
        new_state = {} if ReplyAction.ERASE_DATA in out.actions else state.dump()
        if ReplyAction.ERASE_DATA in out.actions and state.stopped:
            new_state = {"stopped": True}
        return Reply(
            messages=messages,
            triage=out.level,
            topic=out.topic,
            state=new_state,
            actions=out.actions,
            plan=out.plan,
        )

    def _command_language(self, country: Country, text: str) -> str | None:
        """A first message too short to detect that is a command in one of the country's
        other languages and not in its first ("msaada", "lugha" from Kenya): that language."""
        codes = [c for c in country.languages if c in self.cues]
        if len(codes) < 2 or len(text.split()) >= languages.MIN_WORDS:
            return None
        if self.cues[codes[0]].command(text) is not None:
            return None
        latin = text.isascii()
        for code in codes[1:]:
            if self.cues[code].command(text) not in (None, Command.ACK, Command.GREETING):
                return languages.variant(self.engine, code, latin)
        return None


def _fit_welcome(out: Out, welcome: str) -> None:
    """Welcome first — after the emergency advice when there is one — within 3 messages."""
    position = 1 if out.emergency or out.welcome_after else 0
    if len(out.messages) < MAX_MESSAGES:
        out.messages.insert(position, OutboundMessage(welcome))
        return
    if not out.emergency:  # join it to the first message if that still fits
        head = out.messages[0]
        joined = f"{welcome}\n\n{head.text}"
        if len(joined) <= 700:
            out.messages[0] = OutboundMessage(joined, head.buttons, head.menu)


class _Turn:
    def __init__(
        self,
        dialogue: Dialogue,
        state: State,
        words: Words,
        message: InboundMessage,
        earlier: str | None = None,
    ):
        self.d = dialogue
        self.state = state
        self.w = words
        self.language = words.code
        base = words.base.code
        self.cues = (
            dialogue.cues.get(self.language) or dialogue.cues.get(base) or dialogue.cues[REFERENCE]
        )
        self.english = dialogue.cues[REFERENCE]
        # the cues of the language the person wrote in before this message
        self.earlier = dialogue.cues.get(earlier) if earlier else None
        self.message = message
        ts = message.timestamp
        self.now: datetime = ts if ts.tzinfo else ts.replace(tzinfo=UTC)

    # --- helpers ----------------------------------------------------------------------------

    def assess(self, text: str) -> Assessment:
        """Triage in every language the text is written in (the most urgent reading wins)."""
        local = frozenset(self.w.where.country.local)
        return self.d.engine.assess(text, None, local)

    def command(self, text: str) -> Command | None:
        """A command in the person's language, or in English (STOP is STOP everywhere)."""
        return self.cues.command(text) or self.english.command(text)

    def asks_human(self, text: str) -> bool:
        return self.cues.asks_human(text) or self.english.asks_human(text)

    def softening(self, text: str) -> bool:
        """Playing down emergency advice, in the reply's language, the one the person wrote in
        before or one the message is written in: "juste des brulures, I think" after a French
        emergency, answered in English, still plays it down (finding it only keeps a level)."""
        if self.cues.softening(text):
            return True
        if self.earlier is not None and self.earlier.softening(text):
            return True
        cues = self.d.cues
        return any(
            cues[code].softening(text) for code in self.d.engine.languages_of(text) if code in cues
        )

    def _handover(self) -> Out:
        """The person asked for a human. The service words the notice (opening hours, who
        will reply); on its own the assistant says there is nobody to put them through to.
        Emergency advice already given makes the request urgent."""
        hold, complaint = self.state.hold, self.state.complaint
        level = complaint.level if complaint is not None else None
        if hold is not None and hold.active(self.now):
            level = TriageLevel.EMERGENCY
        topic = complaint.topic if complaint is not None else None
        out = Out(level=level, topic=topic, welcome=False, actions=(ReplyAction.HANDOVER,))
        return out.say(self.w("handover_none"))

    def switched(self) -> Out:
        """The person asked for a language: say so, in it, and ask what is wrong."""
        return Out(welcome=False).say(self.w("switched"))

    def _language_menu(self) -> Out:
        rows = tuple(
            ListRow(id=f"{languages.PICK}{code}", title=lang.spec.name[:24])
            for code, lang in self.d.kb.languages.items()
        )
        menu = ListMenu(button=self.w("language_button")[:20], rows=rows[:10])
        return Out(welcome=False, messages=[OutboundMessage(self.w("language_menu"), menu=menu)])

    def _net(self, code: str, found: Assessment) -> Out:
        """A safety-net language: the short pre-written line in it, with the local number."""
        net = self.d.kb.safety_net[code]
        names = ", ".join(
            lang.spec.name for lang in self.d.kb.languages.values() if not lang.spec.base
        )
        number = self.w.where.emergency_text
        if found.level is TriageLevel.EMERGENCY:
            line = net.crisis if found.crisis else net.emergency
            out = Out(level=TriageLevel.EMERGENCY, emergency=True, welcome=False)
            return out.say(line.format(emergency=number, languages=names))
        out = Out(level=found.level, welcome=False)
        # A statement below an emergency (a fever where malaria is common, a bite): its line.
        kinds = [f.id.partition(":")[2] for f in found.fired if f.id.startswith(f"{NET}:")]
        line = next((net.lines[k] for k in kinds if k in net.lines), net.other)
        return out.say(line.format(emergency=number, languages=names))

    def render(self, plan: Plan) -> list[OutboundMessage]:
        return self.d.renderer.render(plan, self.w)

    def plan_out(self, plan: Plan, **kw: object) -> Out:
        emergency = plan.kind in (Kind.EMERGENCY, Kind.CRISIS)
        out = Out(level=plan.level, topic=plan.topic, emergency=emergency, plan=plan)
        out.messages = self.render(plan)
        for name, value in kw.items():
            setattr(out, name, value)
        return out

    def _menu(self, text: str) -> Out:
        return Out(messages=[OutboundMessage(text, menu=self.d.renderer.menu(self.w))])

    # --- the order of work ------------------------------------------------------------------

    def run(self, net: str | None = None) -> Out:
        msg = self.message
        if msg.kind in _SILENT_KINDS:
            return Out(welcome=False)
        text, media_note = self._text()
        if text is None:
            return Out(welcome=False) if self.state.stopped else self._non_text()
        text = text[:MAX_ANALYSED]
        found = self.assess(text)
        if net is not None and not (found.understood and found.language != net):
            return self._net(net, found)
        complaint = self.state.complaint
        together = self._together(complaint, found, self._with_answer(text))
        if is_emergency(found) or (together is not None and is_emergency(together)):
            # With the complaint so far when it is the same person: who it is about and
            # what they said before belong to the advice ("my daughter… 39.8 and sleepy").
            urgent = together if together is not None and is_emergency(together) else found
            context = text if urgent is found or complaint is None else f"{complaint.text}. {text}"
            out = self._emergency(urgent, context)
            if self.asks_human(text):
                out.actions += (ReplyAction.HANDOVER,)
            return out
        answering = bool(msg.reply_id and msg.reply_id.startswith("ans:"))
        cmd = None if answering else self.command(text)
        if cmd is None and not answering and "\n" in text:
            # Messages sent in quick succession are answered as one turn, a line each: STOP,
            # START or DELETE MY DATA sent last is still the person's last word.
            last = self.command(text.rsplit("\n", 1)[1])
            cmd = last if last in CONTROLS else None
        if self.state.stopped:
            return self._while_stopped(cmd)
        if self.state.confirm_delete:
            self.state.confirm_delete = False
            if msg.reply_id == "delete:yes" or cmd in (Command.YES, Command.DELETE):
                return self._erase()
            if msg.reply_id == "delete:no" or cmd is Command.NO:
                cancelled = f"{self.w('delete_cancelled')} {self.w('how_can_i_help')}"
                return Out(actions=(ReplyAction.COMMAND,)).say(cancelled)
        if cmd is Command.STOP:
            return self._stop()
        if cmd is Command.DELETE:
            return self._ask_delete()
        if not answering and (cmd is Command.HUMAN or self.asks_human(text)):
            if cmd is None and (found.topic or found.fired):
                # "can a nurse look at my rash": the advice, and the request with it (the
                # service sends its notice instead; on its own the assistant still helps)
                out = self._after_commands(found, together, text, None)
                out.actions += (ReplyAction.HANDOVER,)
                return out
            return self._handover()
        hold = self.state.hold
        if hold is not None:
            if hold.active(self.now):
                held = self._hold(hold, found, text)
                if held is not None:
                    return held
            else:
                self.state.hold = None
        out = self._after_commands(found, together, text, cmd)
        if media_note and out.messages and not out.emergency:
            head = out.messages[0]
            note = self.w("media_note")
            out.messages[0] = OutboundMessage(f"{note}\n\n{head.text}", head.buttons, head.menu)
        return out

    def _with_answer(self, text: str) -> str:
        """The message, led by what it answers when a question is waiting ("2" to "how old
        is she?" is "2 years old. 2"), so the complaint so far is read with the answer."""
        pending = self.state.pending
        if pending is None or not pending.active(self.now):
            return text
        reply_id = self.message.reply_id or ""
        answer = answers.from_reply_id(reply_id) if reply_id else None
        if answer is None:
            answer = answers.parse(pending.fact, text, self.now.date(), self.cues)
        if answer is None or not answer.known:
            return text
        return answer.words if reply_id else f"{answer.words}. {text}"

    def _together(
        self, complaint: Complaint | None, found: Assessment, text: str
    ) -> Assessment | None:
        """The complaint so far with this message, unless this is about someone else."""
        if complaint is None or complaint.level is TriageLevel.EMERGENCY:
            return None
        someone_else = found.facts.subject != complaint.subject and (found.topic or found.fired)
        if someone_else and found.facts.subject != "self":
            return None
        return self.assess(f"{complaint.text}. {text}")

    def _after_commands(
        self, found: Assessment, together: Assessment | None, text: str, cmd: Command | None
    ) -> Out:
        reply_id = self.message.reply_id or ""
        if reply_id.startswith("topic:"):
            return self._topic_pick(reply_id.removeprefix("topic:"))
        pending = self.state.pending
        skip = (Command.HELP, Command.GREETING, Command.START, Command.THANKS)
        if pending is not None and (not pending.active(self.now) or cmd not in skip):
            self.state.pending = None
            if pending.active(self.now):
                answered = self._answer(pending, found, together, text)
                if answered is not None:
                    return answered
        if cmd is Command.START or cmd is Command.GREETING:
            return self._menu(self.w("prompt" if not self.state.welcomed else "greeting_again"))
        if cmd is Command.HELP:
            return self._menu(self.w("help"))
        if cmd is Command.LANGUAGE:
            return self._language_menu()
        if cmd is Command.THANKS:
            return Out().say(self._thanks())
        if cmd in (Command.ACK, Command.YES, Command.NO):
            key = "ack_complaint" if self.state.complaint is not None else "ack_none"
            return Out().say(self.w(key))
        medicine = self._medicine(found, text)
        if medicine is not None:
            return medicine
        return self._complaint(found, together, text)

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

    # --- safety -----------------------------------------------------------------------------

    def _emergency(self, found: Assessment, text: str) -> Out:
        crisis = found.crisis
        first = found.fired[0] if found.fired else None
        records = self.d.kb.red_flags
        harm = any(f.id in records and records[f.id].poison for f in found.fired)
        reason = self.d.renderer.reason(
            Plan(Kind.EMERGENCY, found.level, self.language, fired=found.fired), self.w
        )
        self.state.hold = Hold(topic=found.topic, reason=reason, crisis=crisis, at=self.now)
        self.state.pending = None
        self.state.confirm_delete = False
        self.state.complaint = Complaint(
            text, found.topic, TriageLevel.EMERGENCY, subject=found.facts.subject
        )
        plan = Plan(
            # Crisis words, warmly, after the number, when what was said is thoughts or a plan;
            # when something has been done (an overdose taken, a deep cut), emergency advice
            # with first aid comes first and the crisis line with it.
            Kind.CRISIS
            if crisis and (first is None or first.crisis) and not harm
            else Kind.EMERGENCY,
            TriageLevel.EMERGENCY,
            self.language,
            audience(found.facts.subject),
            found.topic,
            found.fired,
            present=found.present,
        )
        # a crisis reply stays warm and short: no welcome or privacy notice with it
        return self.plan_out(plan, welcome=not crisis)

    def _hold(self, hold: Hold, found: Assessment, text: str) -> Out | None:
        """Emergency advice stands; ``None`` lets a message about something else through.

        While the emergency is what we are talking about, everything but a clearly new
        complaint gets the advice again. Once the person has moved on to a new complaint,
        only playing the emergency down (or the same topic again) brings it back.
        """
        complaint = self.state.complaint
        focused = complaint is None or complaint.level is TriageLevel.EMERGENCY
        same_topic = found.topic is not None and found.topic == hold.topic
        softening = self.softening(text)
        if not focused and not softening and not same_topic:
            return None
        new_topic = found.topic is not None and found.topic != hold.topic
        if focused and new_topic and not softening and not self.cues.acted(text):
            out = self._complaint(found, None, text, fresh=True)
            about = hold.reason or self.w("emergency_reminder_about")
            reminder = OutboundMessage(self.w("emergency_reminder", about=about))
            if len(out.messages) < MAX_MESSAGES - (0 if self.state.welcomed else 1):
                out.messages.insert(0, reminder)
            elif out.messages:
                head = out.messages[0]
                out.messages[0] = OutboundMessage(f"{reminder.text}\n\n{head.text}", head.buttons)
            return out
        self.state.pending = None
        out = Out(level=TriageLevel.EMERGENCY, topic=hold.topic, emergency=True, welcome=False)
        if hold.crisis:
            how = self.w.where.values()["crisis_how"] or self.w("crisis_no_line")
            return out.say(self.w("crisis_hold", crisis_how=how))
        if self.cues.acted(text) and not softening:
            return out.say(self.w("emergency_hold_acted"))
        about = hold.reason or self.w("emergency_hold_about")
        return out.say(self.w("emergency_hold", about=about))

    # --- commands ---------------------------------------------------------------------------

    def _while_stopped(self, cmd: Command | None) -> Out:
        if cmd is Command.START:
            self.state.stopped = False
            started = self._menu(f"{self.w('started')} {self.w('prompt')}")
            started.actions += (ReplyAction.COMMAND,)
            return started
        if cmd is Command.DELETE:  # a data request is honoured even while stopped
            return self._ask_delete()
        if self.state.confirm_delete:
            self.state.confirm_delete = False
            if self.message.reply_id == "delete:yes" or cmd in (Command.YES, Command.DELETE):
                return self._erase()
            if self.message.reply_id == "delete:no" or cmd is Command.NO:
                cancelled = Out(actions=(ReplyAction.COMMAND,), welcome=False)
                return cancelled.say(self.w("delete_cancelled"))
        return Out(welcome=False)

    def _stop(self) -> Out:
        self.state.stopped = True
        self.state.pending = None
        self.state.confirm_delete = False
        return Out(actions=(ReplyAction.OPT_OUT,), welcome=False).say(self.w("stopped"))

    def _ask_delete(self) -> Out:
        self.state.confirm_delete = True
        self.state.pending = None
        buttons = (
            Button("delete:yes", self.w("delete_yes")),
            Button("delete:no", self.w("delete_no")),
        )
        question = [OutboundMessage(self.w("confirm_delete"), buttons)]
        return Out(messages=question, actions=(ReplyAction.COMMAND,), welcome=False)

    def _erase(self) -> Out:
        self.state.complaint = None
        self.state.pending = None
        self.state.hold = None
        return Out(actions=(ReplyAction.ERASE_DATA,), welcome=False).say(self.w("deleted"))

    def _thanks(self) -> str:
        complaint = self.state.complaint
        text = self.w("thanks")
        if complaint is not None and complaint.level in (TriageLevel.URGENT, TriageLevel.ROUTINE):
            text += " " + self.w(f"level_{complaint.level.value}")
        topic = self.d.kb.topics.get(complaint.topic) if complaint and complaint.topic else None
        if topic is not None and complaint is not None:
            who = audience(complaint.subject)
            ids = topic.warnings.emergency
            if any(self.d.kb.red_flags[i].not_shown_with for i in ids):
                # a line what was said puts on someone else ("you might be pregnant" to a man
                # asking for his partner) is not the one to part on
                present = self.assess(complaint.text).present
                ids = tuple(self.d.renderer.warnings_for(ids, who, present))
            if ids:
                sign = self.w.say(ids[0], who)
                text += " " + self.w("thanks_warning", sign=sign[:1].lower() + sign[1:])
        return f"{text} {self.w('thanks_end')}"

    def _non_text(self) -> Out:
        kind = self.message.kind.value
        first = self.w(_NON_TEXT.get(kind, "non_text_other"))
        out = Out(welcome_after=True).say(f"{first} {self.w('non_text_tail')}")
        hold = self.state.hold
        if hold is not None and hold.active(self.now):
            about = hold.reason or self.w("emergency_reminder_about")
            out.messages.insert(0, OutboundMessage(self.w("emergency_reminder", about=about)))
            out.emergency = True
            out.level = TriageLevel.EMERGENCY
        return out

    def _topic_pick(self, topic_id: str) -> Out:
        topic = self.d.kb.topics.get(topic_id)
        if topic is None:
            return Out().say(self.w("something_else"))
        level = TriageLevel(topic.default_level)
        text = self.w.topic(topic_id)
        # A topic about children or babies picked from the menu is about the person's child:
        # its warning lines say "your child…", not "you are floppy".
        subject = topic.audience if topic.audience in ("child", "baby") else "self"
        self.state.complaint = Complaint(text.title, topic.id, level, subject=subject)
        plan = Plan(Kind.ADVICE, level, self.language, audience(subject), topic=topic.id)
        out = self.plan_out(plan)
        last = out.messages[-1]
        tail = f"{last.text}\n\n{self.w('tell_me_more')}"
        if len(tail) <= 700:
            out.messages[-1] = OutboundMessage(tail, last.buttons)
        return out

    # --- questions, medicines, complaints -----------------------------------------------------

    def _answer(
        self, pending: Pending, found: Assessment, together: Assessment | None, text: str
    ) -> Out | None:
        complaint = self.state.complaint
        if complaint is None:
            return None
        reply_id = self.message.reply_id or ""
        answer: Answer | None = answers.from_reply_id(reply_id) if reply_id else None
        new_topic = found.topic is not None and found.topic != complaint.topic
        if answer is None and not new_topic:
            answer = answers.parse(pending.fact, text, self.now.date(), self.cues)
        if answer is None and not new_topic and pending.fact == "duration":
            # The answer reader knows English words; the engine reads "desde esta mañana",
            # "siku tatu" or "aaj subah se" in the person's own language.
            local = frozenset(self.w.where.country.local)
            days = self.d.engine.assess(text, self.language, local).facts.duration_days
            answer = answers.duration_answer(days) if days is not None else None
        if answer is None:
            if new_topic or found.fired or pending.reasked or len(text.split()) > 6:
                return None  # a new complaint, or not an answer twice: move on
            question, buttons = self.d.renderer.question(
                pending.fact, audience(complaint.subject), self.w
            )
            self.state.pending = Pending(pending.fact, self.now, reasked=True)
            reask = self.w("reask", question=question)
            out = Out(welcome=False, level=complaint.level, topic=complaint.topic)
            out.messages = [OutboundMessage(reask, buttons)]
            return out
        # Everything said is kept, not just the fact asked about: "39.8 and she's very sleepy".
        extra = [w for w in (answer.words, "" if reply_id else text) if w]
        return self._update(complaint, ". ".join(extra), said=answer.said if answer.known else "")

    def _update(self, complaint: Complaint, text: str, *, said: str = "") -> Out:
        """More about the same complaint: re-assess it all and say what changed, briefly."""
        again = self.assess(f"{complaint.text}. {text}" if text else complaint.text)
        if is_emergency(again):
            return self._emergency(again, f"{complaint.text}. {text}")
        before = complaint.level
        level = more_urgent(before, again.level)  # nothing said lowers a level reached
        complaint.text = f"{complaint.text}. {text}" if text else complaint.text
        complaint.level = level
        complaint.subject = again.facts.subject
        complaint.topic = again.topic or complaint.topic
        question = self._question(again, complaint)
        plan = Plan(
            Kind.UPDATE,
            level,
            self.language,
            audience(complaint.subject),
            complaint.topic,
            again.fired,
            question=question,
            said=said,
            changed=level is not before,
            present=again.present,
        )
        return self.plan_out(plan, welcome=False)

    def _medicine(self, found: Assessment, text: str) -> Out | None:
        asks = self.cues.asks_medicine(text) or self.english.asks_medicine(text)
        if found.fired or not (asks or "?" in text):
            return None  # a red flag (an overdose said with a medicine's name) is advice first
        finder = self.d.medicines(self.language, self.w.where.country)
        key = finder.advice_key(self.d.engine.reader(self.language).normalise(text))
        depends = self.d.kb.medicines.situation_findings if self.d.kb.medicines else ()
        if key is None or (not finder.situations and _answer_depends(found, depends)):
            return None
        complaint = self.state.complaint
        level = found.level if found.fired else TriageLevel.SELF_CARE
        topic = found.topic
        if complaint is not None and complaint.level is not TriageLevel.SELF_CARE:
            level, topic = more_urgent(level, complaint.level), complaint.topic
        plan = Plan(Kind.MEDICINE, level, self.language, topic=topic, medicine=key)
        return self.plan_out(plan)

    def _complaint(
        self, found: Assessment, together: Assessment | None, text: str, *, fresh: bool = False
    ) -> Out:
        complaint = self.state.complaint
        same = (
            not fresh
            and complaint is not None
            and complaint.level is not TriageLevel.EMERGENCY
            and together is not None
            and (found.topic is None or complaint.topic in (None, found.topic))
        )
        played_down = (
            not fresh
            and complaint is not None
            and complaint.level not in (TriageLevel.SELF_CARE, TriageLevel.EMERGENCY)
            and not found.fired
            and self.softening(text)
        )
        if played_down and complaint is not None:
            # "my husband says it's just sunburn": nothing said lowers a level reached.
            line = self.w(f"level_{complaint.level.value}")
            out = Out(level=complaint.level, topic=complaint.topic)
            return out.say(self.w("still_advise", level_line=line))
        if same and complaint is not None:
            return self._update(complaint, text)
        if not found.understood:
            self.state.complaint = Complaint(text, None, TriageLevel.ROUTINE)
            plan = Plan(Kind.NOT_UNDERSTOOD, TriageLevel.ROUTINE, self.language)
            out = self.plan_out(plan)
            out.messages[-1] = OutboundMessage(
                out.messages[-1].text, menu=self.d.renderer.menu(self.w)
            )
            return out
        complaint = Complaint(text, found.topic, found.level, subject=found.facts.subject)
        self.state.complaint = complaint
        plan = Plan(
            Kind.ADVICE,
            found.level,
            self.language,
            audience(found.facts.subject),
            found.topic,
            found.fired,
            question=self._question(found, complaint),
            present=found.present,
        )
        return self.plan_out(plan)

    def _question(self, found: Assessment, complaint: Complaint) -> str | None:
        """One question that can change the level, at most MAX_QUESTIONS per complaint."""
        if found.level is TriageLevel.EMERGENCY or len(complaint.asked) >= MAX_QUESTIONS:
            return None
        wanted = [f for f in found.missing if f in answers.FACTS and f not in complaint.asked]
        topic = self.d.kb.topics.get(found.topic) if found.topic else None
        if topic is not None and topic.ask_about:
            wanted.sort(key=lambda f: 0 if f in topic.ask_about else 1)
        if not wanted:
            return None
        fact = wanted[0]
        complaint.asked.append(fact)
        self.state.pending = Pending(fact, self.now)
        return fact

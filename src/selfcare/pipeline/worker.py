"""The worker: answers each stored message exactly once, one person's messages in order.

One loop leases people (``Store.claim_people``: several in one transaction) and hands each
to a task of its own, which answers their pending messages oldest first and stores each answer
in the same transaction that marks the messages done — so a crash before that commit means the
message is answered after restart, and a crash after it means the stored reply is sent by the
sender, never a second answer. That transaction also gives the lease back once nothing else
is waiting, so an answered message costs no separate release.

A turn's messages go out as one WhatsApp message when they fit in one (:func:`one_message`):
one provider call per answer instead of up to three.

Nothing stops the loops: a failure (the store down, anything unexpected) is logged once by
type, counted and backed off from (:mod:`selfcare.pipeline.guard`). The assistant runs in
its own thread, which keeps the loop responsive but not free of its CPU work (the GIL): that is
why ``selfcare serve`` runs the worker in a process of its own (:mod:`selfcare.pipeline.processes`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import itertools
import logging
import os
import uuid
from collections.abc import Callable, Coroutine, Mapping, Sequence
from dataclasses import replace
from typing import Any, Protocol

from selfcare.channels.base import ChannelAdapter, Http
from selfcare.desk.policy import DeskPolicy, DeskUpdate, Note, notice
from selfcare.desk.store import has_operators
from selfcare.events import (
    Channel,
    Conversation,
    InboundMessage,
    MessageKind,
    OutboundMessage,
    Reply,
    ReplyAction,
)
from selfcare.logs import mask
from selfcare.pipeline.guard import LoopHealth, cancel
from selfcare.store import Completion, InboxRow, Store, Work, utcnow

log = logging.getLogger(__name__)

# People often split one thought over several messages, and a flood must not earn a flood
# of answers: consecutive pending texts are answered together, up to these bounds.
MAX_JOINED = 100
MAX_JOINED_CHARS = 8000
BURST_QUIET = 1.0  # seconds without a new message before a burst is answered
MAX_BURST_WAIT = 4.0  # never hold a burst longer than this
# WhatsApp's longest text message; a turn that fits goes out as one message. A channel with a
# shorter limit splits it again at paragraph breaks (its adapter's job).
ONE_MESSAGE_CHARS = 4096

FALLBACK = (
    "Sorry, something went wrong on our side and I could not read that message. "
    "If this might be an emergency, call your local emergency number now."
)


class Responder(Protocol):
    def respond(self, conversation: Conversation, message: InboundMessage) -> Reply: ...


def coalesce(rows: Sequence[InboxRow]) -> list[InboxRow]:
    """The first run of rows to answer together: one non-text message, or consecutive texts."""
    first = rows[0]
    if first.message.kind is not MessageKind.TEXT:
        return [first]
    group, size = [first], len(first.message.text or "")
    for row in rows[1:MAX_JOINED]:
        size += len(row.message.text or "")
        if row.message.kind is not MessageKind.TEXT or size > MAX_JOINED_CHARS:
            break
        group.append(row)
    return group


def one_message(messages: Sequence[OutboundMessage]) -> tuple[OutboundMessage, ...]:
    """A turn's messages as one, paragraphs kept, when the texts fit in one message.

    Interactive parts only ever sit on the last message, so they stay last."""
    if len(messages) < 2 or any(m.buttons or m.menu for m in messages[:-1]):
        return tuple(messages)
    text = "\n\n".join(m.text for m in messages if m.text.strip())
    if len(text) > ONE_MESSAGE_CHARS:
        return tuple(messages)
    last = messages[-1]
    return (OutboundMessage(text, buttons=last.buttons, menu=last.menu),)


def joined(group: Sequence[InboxRow]) -> InboundMessage:
    last = group[-1].message
    if len(group) == 1:
        return last
    return replace(last, text="\n".join(r.message.text or "" for r in group))


class Worker:
    def __init__(
        self,
        store: Store,
        assistant: Responder,
        channels: Mapping[Channel, ChannelAdapter],
        client: Http,
        *,
        history_turns: int = 20,
        lease: float = 30.0,
        concurrency: int = 8,
        poll: float = 0.5,
        on_reply: Callable[[], None] | None = None,
        desk: DeskPolicy | None = None,
        read_receipts: bool = False,
    ) -> None:
        self.store = store
        self.assistant = assistant
        self.channels = channels
        self.client = client
        self.history_turns = history_turns
        self.lease = lease
        self.concurrency = concurrency
        self.poll = poll
        self.on_reply = on_reply or (lambda: None)
        self.desk = desk  # handover to people (selfcare.desk); None: the assistant alone
        self.read_receipts = read_receipts
        self.owner = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._claims = itertools.count(1)
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._working: set[asyncio.Task[None]] = set()  # one per person held
        self._background: set[asyncio.Task[None]] = set()
        self._stopping = False  # the loop's own check: a cancellation can be swallowed
        self.health = LoopHealth("worker")
        self.receipts = LoopHealth("read_receipts")
        # One thread: the assistant is CPU work (threads would only contend for the GIL),
        # and one at a time keeps it free of any thread-safety question.
        self._thinking = concurrent.futures.ThreadPoolExecutor(1, "assistant")

    def notify(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._loop(), name="worker")]

    async def stop(self) -> None:
        self._stopping = True
        await cancel(*self._tasks, *self._working, *self._background)
        self._tasks.clear()
        self._thinking.shutdown(wait=False, cancel_futures=True)

    async def _loop(self) -> None:
        while not self._stopping:
            try:
                pause = await self._round()
            except Exception as exc:  # nothing may end the worker
                pause = self.health.failed(exc, "a worker round")
            if pause > 0:
                await asyncio.sleep(pause)

    async def _round(self) -> float:
        """Lease as many people as there are free hands, each answered by a task of its own."""
        self._wake.clear()  # before claiming: a message stored meanwhile wakes the next round
        free = self.concurrency - len(self._working)
        claimed: list[tuple[str, str]] = []
        if free > 0:
            # Each claim's leases are held under a name of their own (the prefix, then the
            # person): a person claimed again after their lease ran out is never taken for
            # the earlier holder's.
            prefix = f"{self.owner}-{next(self._claims)}:"
            try:
                claimed = await self.store.claim_people(prefix, self.lease, free)
            except Exception as exc:  # the database is down: wait, never fall back
                return self.health.failed(exc, "claiming work from the store")
            self.health.ok()
            for person, owner in claimed:
                task = asyncio.create_task(self._serve(person, owner), name="worker-person")
                self._working.add(task)
        if free > 0 and len(claimed) == free:
            return 0.0  # there may be more waiting
        # Not asyncio.wait_for: on 3.11 it can drop a cancellation (see guard.cancel).
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self.poll):
                await self._wake.wait()
        return 0.0

    async def _serve(self, person: str, owner: str) -> None:
        released = False
        try:
            released = await self.work_on(person, owner)
            self.health.ok()
        except Exception as exc:
            # Held a moment longer, so a failing person is not claimed again at once.
            await asyncio.sleep(self.health.failed(exc, "answering a person"))
        finally:
            if not released:
                with contextlib.suppress(Exception):
                    await self.store.release_person(person, owner)
            self._working.discard(asyncio.current_task())
            self._wake.set()  # a free hand, and anything that arrived for this person meanwhile

    async def work_on(self, person: str, owner: str) -> bool:
        """Answer everything pending for a person we hold the lease of; True if the last
        answer's transaction gave the lease back (nothing was left waiting)."""
        waited = 0.0
        while (work := await self._read(person)).pending:
            rows = work.pending
            pause = self._burst_pause(rows, waited)
            if pause > 0:
                await asyncio.sleep(pause)
                waited += pause
                if not await self.store.renew_lease(person, owner, self.lease):
                    return False
                continue
            group = coalesce(rows)
            done = await self.answer(person, owner, group, work)
            if done is Completion.LOST:
                log.warning("lost the lease for %s; another worker takes over", mask(person))
                return False
            if done is Completion.RELEASED:
                return True
            waited = 0.0
        return False

    async def _read(self, person: str) -> Work:
        """The pending messages, the conversation and the desk's state in one read."""
        return await self.store.work_for(
            person, MAX_JOINED, self.history_turns, with_desk=self.desk is not None
        )

    def _burst_pause(self, rows: Sequence[InboxRow], waited: float) -> float:
        """How long to let a burst settle before answering it as one turn.

        A lone message is answered at once. Several waiting ones mean the person is still
        typing (or flooding): wait for a quiet moment, bounded, so a flood gets a few
        answers instead of one per message — and Meta's per-person pacing is respected.
        """
        if len(rows) < 2 or waited >= MAX_BURST_WAIT:
            return 0.0
        quiet = (utcnow() - max(r.received_at for r in rows)).total_seconds()
        # Short steps keep the lease renewed however short it is configured.
        step = min(BURST_QUIET - quiet, MAX_BURST_WAIT - waited, self.lease / 3)
        return max(0.0, step)

    async def answer(
        self, person: str, owner: str, group: Sequence[InboxRow], work: Work | None = None
    ) -> Completion:
        """Answer ``group``; ``work`` is what :meth:`_read` found (read again if not given)."""
        if work is None:
            work = await self._read(person)
        message = joined(group)
        adapter = self.channels.get(message.channel)
        if self.read_receipts and adapter is not None and message.kind is not MessageKind.REACTION:
            self._spawn(self._read_receipt(adapter, message.message_id))
        reply, conversation = await self._respond(work.conversation, message)
        if len(group) > 1 and ReplyAction.ERASE_DATA not in reply.actions:
            # A confirmation to erase never merges with what follows it ("yes", then an
            # emergency 20 ms later): answered alone, it erases only up to itself, and what
            # follows is answered after it.
            alone, alone_conversation = await self._respond(work.conversation, group[0].message)
            if ReplyAction.ERASE_DATA in alone.actions:
                group, message = group[:1], group[0].message
                reply, conversation = alone, alone_conversation
        # The assistant's turn as one message; a notice the desk adds (a handover) stays a
        # message of its own, from the service rather than the assistant.
        reply = replace(reply, messages=one_message(reply.messages))
        change = note = None
        if self.desk is not None and conversation is not None:
            reply, change, note = await self._at_desk(person, reply, conversation, work.desk)
        erase = ReplyAction.ERASE_DATA in reply.actions
        messages = reply.messages
        done = await self.store.complete(
            person,
            owner,
            [r.id for r in group],
            messages,
            dict(reply.state),
            channel=message.channel.value,
            received_at=min(r.received_at for r in group),
            lease=self.lease,
            erase=erase,
            desk=change,
            note=note,
            # After an erasure the release also deletes what is left (release_person).
            release_when_idle=not erase,
        )
        if done and erase:
            with contextlib.suppress(Exception):  # best effort: the WAL is emptied anyway later
                await self.store.checkpoint()
        if done and messages:
            self.on_reply()
        log.info(
            "answered %d message(s) from %s: %d repl%s, triage %s",
            len(group),
            mask(person),
            len(messages),
            "y" if len(messages) == 1 else "ies",
            reply.triage or "-",
        )
        return done

    async def _respond(
        self, conversation: Conversation, message: InboundMessage
    ) -> tuple[Reply, Conversation | None]:
        if message.kind is MessageKind.SYSTEM:
            return Reply(()), None
        try:
            loop = asyncio.get_running_loop()
            reply = await loop.run_in_executor(
                self._thinking, self.assistant.respond, conversation, message
            )
            return reply, conversation
        except Exception as exc:
            # Never leave a person unanswered: a safe, generic reply, and the state untouched.
            log.error("assistant failed: %s", type(exc).__name__)
            return Reply((OutboundMessage(FALLBACK),), state=dict(conversation.state)), conversation

    async def _at_desk(
        self, person: str, reply: Reply, conversation: Conversation, state: str | None
    ) -> tuple[Reply, DeskUpdate | None, Note | None]:
        """Handover: a request for a human, silence while one holds the conversation (never
        for a red flag or a crisis), and flags for operators (:mod:`selfcare.desk.policy`);
        ``state`` is the person's desk state as read before the answer."""
        assert self.desk is not None
        staffed = True
        if ReplyAction.HANDOVER in reply.actions:
            staffed = await has_operators(self.store)
        after = replace(conversation, state=reply.state)
        decision = self.desk.decide(
            state,
            reply,
            conversation.state,
            # worded with the state after this turn: its language is the one just chosen
            lambda key, values: notice(self.assistant, after, key, values),
            utcnow(),
            staffed=staffed,
        )
        if decision.update is not None and decision.update.state == "waiting":
            log.info("%s asked for a person: waiting at the desk", mask(person))
        if decision.note.silenced:
            log.info("%s is with an operator: the assistant stays silent", mask(person))
        return decision.reply, decision.update, decision.note

    async def _read_receipt(self, adapter: ChannelAdapter, message_id: str) -> None:
        try:
            await adapter.mark_read(self.client, message_id)
        except Exception as exc:  # best effort, but never an unretrieved task exception
            self.receipts.failed(exc, "marking a message read")
        else:
            self.receipts.ok()

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

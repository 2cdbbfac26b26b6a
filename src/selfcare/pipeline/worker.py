"""The worker: answers each stored message exactly once, one person's messages in order.

A loop leases a person (``Store.claim_person``), answers their pending messages oldest first,
and stores each answer in the same transaction that marks the messages done — so a crash
before that commit means the message is answered after restart, and a crash after it means
the stored reply is sent by the sender, never a second answer.

Nothing stops the loops: a failure (the store down, anything unexpected) is logged once by
type, counted and backed off from (:mod:`selfcare.pipeline.guard`). The assistant runs in
its own thread, so its CPU work never holds up the event loop that acknowledges webhooks.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import os
import uuid
from collections.abc import Callable, Coroutine, Mapping, Sequence
from dataclasses import replace
from typing import Any, Protocol

import httpx

from selfcare.channels.base import ChannelAdapter
from selfcare.desk.policy import DeskPolicy, DeskUpdate, Note, notice
from selfcare.desk.store import desk_state, has_operators
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
from selfcare.pipeline.guard import LoopHealth
from selfcare.store import InboxRow, Store, utcnow

log = logging.getLogger(__name__)

# People often split one thought over several messages, and a flood must not earn a flood
# of answers: consecutive pending texts are answered together, up to these bounds.
MAX_JOINED = 100
MAX_JOINED_CHARS = 8000
BURST_QUIET = 1.0  # seconds without a new message before a burst is answered
MAX_BURST_WAIT = 4.0  # never hold a burst longer than this

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
        client: httpx.AsyncClient,
        *,
        history_turns: int = 20,
        lease: float = 30.0,
        concurrency: int = 8,
        poll: float = 0.5,
        on_reply: Callable[[], None] | None = None,
        desk: DeskPolicy | None = None,
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
        self.owner = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._background: set[asyncio.Task[None]] = set()
        self.health = LoopHealth("worker")
        self.receipts = LoopHealth("read_receipts")
        # One thread: the assistant is CPU work (threads would only contend for the GIL),
        # and one at a time keeps it free of any thread-safety question.
        self._thinking = concurrent.futures.ThreadPoolExecutor(1, "assistant")

    def notify(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._tasks = [
            asyncio.create_task(self._loop(f"{self.owner}-{i}"), name=f"worker-{i}")
            for i in range(self.concurrency)
        ]

    async def stop(self) -> None:
        for task in [*self._tasks, *self._background]:
            task.cancel()
        await asyncio.gather(*self._tasks, *self._background, return_exceptions=True)
        self._tasks.clear()
        self._thinking.shutdown(wait=False, cancel_futures=True)

    async def _loop(self, owner: str) -> None:
        # Each task owns its leases under its own name: two tasks of one process must never
        # both believe they hold the same person.
        while True:
            try:
                pause = await self._round(owner)
            except Exception as exc:  # nothing may end a worker task
                pause = self.health.failed(exc, "a worker round")
            if pause > 0:
                await asyncio.sleep(pause)

    async def _round(self, owner: str) -> float:
        try:
            person = await self.store.claim_person(owner, self.lease)
        except Exception as exc:  # the database is down: wait, never fall back
            return self.health.failed(exc, "claiming work from the store")
        if person is None:
            self.health.ok()
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.poll)
            return 0.0
        pause = 0.0
        try:
            await self.work_on(person, owner)
            self.health.ok()
        except Exception as exc:
            pause = self.health.failed(exc, "answering a person")
        finally:
            with contextlib.suppress(Exception):
                await self.store.release_person(person, owner)
            self._wake.set()  # anything that arrived for this person meanwhile
        return pause

    async def work_on(self, person: str, owner: str) -> None:
        """Answer everything pending for a person we hold the lease of."""
        waited = 0.0
        while rows := await self.store.pending_for(person, MAX_JOINED):
            pause = self._burst_pause(rows, waited)
            if pause > 0:
                await asyncio.sleep(pause)
                waited += pause
                if not await self.store.renew_lease(person, owner, self.lease):
                    return
                continue
            group = coalesce(rows)
            if not await self.answer(person, owner, group):
                log.warning("lost the lease for %s; another worker takes over", mask(person))
                return
            waited = 0.0

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

    async def answer(self, person: str, owner: str, group: Sequence[InboxRow]) -> bool:
        message = joined(group)
        adapter = self.channels.get(message.channel)
        if adapter is not None and message.kind is not MessageKind.REACTION:
            self._spawn(self._read_receipt(adapter, message.message_id))
        reply, conversation = await self._respond(person, message)
        if len(group) > 1 and ReplyAction.ERASE_DATA not in reply.actions:
            # A confirmation to erase never merges with what follows it ("yes", then an
            # emergency 20 ms later): answered alone, it erases only up to itself, and what
            # follows is answered after it.
            alone, alone_conversation = await self._respond(person, group[0].message)
            if ReplyAction.ERASE_DATA in alone.actions:
                group, message = group[:1], group[0].message
                reply, conversation = alone, alone_conversation
        change = note = None
        if self.desk is not None and conversation is not None:
            reply, change, note = await self._at_desk(person, reply, conversation)
        ok = await self.store.complete(
            person,
            owner,
            [r.id for r in group],
            reply.messages,
            dict(reply.state),
            channel=message.channel.value,
            received_at=min(r.received_at for r in group),
            lease=self.lease,
            erase=ReplyAction.ERASE_DATA in reply.actions,
            desk=change,
            note=note,
        )
        if ok and ReplyAction.ERASE_DATA in reply.actions:
            with contextlib.suppress(Exception):  # best effort: the WAL is emptied anyway later
                await self.store.checkpoint()
        if ok and reply.messages:
            self.on_reply()
        log.info(
            "answered %d message(s) from %s: %d repl%s, triage %s",
            len(group),
            mask(person),
            len(reply.messages),
            "y" if len(reply.messages) == 1 else "ies",
            reply.triage or "-",
        )
        return ok

    async def _respond(
        self, person: str, message: InboundMessage
    ) -> tuple[Reply, Conversation | None]:
        if message.kind is MessageKind.SYSTEM:
            return Reply(()), None
        conversation = await self.store.conversation(person, self.history_turns)
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
        self, person: str, reply: Reply, conversation: Conversation
    ) -> tuple[Reply, DeskUpdate | None, Note | None]:
        """Handover: a request for a human, silence while one holds the conversation (never
        for a red flag or a crisis), and flags for operators (:mod:`selfcare.desk.policy`)."""
        assert self.desk is not None
        state = await desk_state(self.store, person)
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

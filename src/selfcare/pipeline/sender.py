"""The sender: delivers stored replies, in order per person, rate-limited, retried.

The rate limit is a token bucket per channel kept in the database (``Store.claim_sends``),
so it holds for all processes together.

Retries are durable: a failed attempt puts the message back in the outbox with a due time,
so an outage or a restart delays a reply but never loses it. Each attempt is recorded; a
timeout after the request left is *ambiguous* — the provider may have sent it — so the retry
waits for a status webhook carrying our outbox id (``callback_data``) before trying again.

Nothing stops the loop: a store that raises, an adapter that raises (a bug, a token that
cannot be a header) or anything else is logged once by type, counted, backed off from
(:mod:`selfcare.pipeline.guard`) and reported by ``/readyz`` until the sender works again.
An adapter that raised may have sent the message, so that attempt counts as ambiguous.

A round's outcomes are recorded by the next round's claim, in its transaction
(``Store.claim_sends(finished=…)``): no transaction per send. An outcome that could not be
recorded is tried again with the next claim while the reply's lease lasts, so a sent message
is not sent twice; after that (the store down longer than the lease) it is let go, and the
attempt, still "started", is taken for one cut off mid-send: the status webhook settles it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Mapping
from typing import Any

from selfcare import metrics
from selfcare.channels.base import ChannelAdapter, Http, SendResult
from selfcare.events import Channel
from selfcare.logs import mask
from selfcare.pipeline.guard import LoopHealth, cancel
from selfcare.store import OutboxRow, SendOutcome, Store, utcnow

log = logging.getLogger(__name__)

BASE_BACKOFF = 0.5
# While busy, a round that claimed less than a full batch waits this long before the next
# claim: replies the worker stores meanwhile share the claim, and the record of this round
# rides on it (measured in-process: ~1.5 replies per claim without it, ~3 with it).
LINGER = 0.03


def backoff(attempt: int, retry_after: float | None, cap: float) -> float:
    """Exponential backoff with full jitter; the provider's Retry-After wins when given."""
    if retry_after is not None and retry_after >= 0:
        return min(retry_after, cap)
    ceiling = min(cap, BASE_BACKOFF * 2 ** max(attempt - 1, 0))
    return random.uniform(ceiling / 2, ceiling)


class Sender:
    def __init__(
        self,
        store: Store,
        channels: Mapping[Channel, ChannelAdapter],
        client: Http,
        *,
        rate: float = 80.0,
        lease: float = 30.0,
        max_backoff: float = 300.0,
        ambiguous_grace: float = 20.0,
        batch: int = 64,
        poll: float = 0.5,
        linger: float = LINGER,
    ) -> None:
        self.store = store
        self.channels = channels
        self.client = client
        self.lease = lease
        self.max_backoff = max_backoff
        self.ambiguous_grace = ambiguous_grace
        self.batch = batch
        self.poll = poll
        self.linger = linger
        self.rate = rate
        self.auth_failed = False
        self.health = LoopHealth("sender")  # the store side: claiming, recording
        self.sending = LoopHealth("sender")  # the adapter side: ends with a successful send
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        # Outcomes the next claim records, each with when its reply's lease runs out.
        self._done: list[tuple[SendOutcome, float]] = []
        self._leased_until = 0.0  # of the rows being delivered (time.monotonic())
        self._stopping = False  # the loop's own check: a cancellation can be swallowed

    @property
    def failing(self) -> bool:
        """True while the sender cannot work (``/readyz`` reports it)."""
        return self.health.failing or self.sending.failing

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def notify(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="sender")

    async def stop(self) -> None:
        self._stopping = True
        await cancel(self._task)
        self._task = None
        # What was delivered but not yet recorded: recorded now, best effort (else it is
        # settled like a send cut off mid-way).
        done, self._done = self._recordable(), []
        if done:
            with contextlib.suppress(Exception):
                await self.store.record_sends(done)

    async def _loop(self) -> None:
        while not self._stopping:
            try:
                pause = await self._round()
            except Exception as exc:  # nothing may end the sender
                pause = self.health.failed(exc, "a send round")
            if pause > 0:
                await asyncio.sleep(pause)

    async def _round(self) -> float:
        """Claim and deliver what is due; the pause before the next round (0: go on)."""
        self._wake.clear()
        done = self._recordable()
        started = time.monotonic()
        try:
            rows = await self.store.claim_sends(self.batch, self.lease, self.rate, done)
        except Exception as exc:  # the outcomes stay listed: the next claim records them
            what = "recording sends" if done else "claiming replies from the store"
            return self.health.failed(exc, what)
        self._done = []  # recorded (nothing is delivered while a claim runs)
        self._leased_until = started + self.lease
        if rows:
            # At most one row per person is claimed, so these run side by side safely.
            results = await asyncio.gather(
                *(self.deliver(row) for row in rows), return_exceptions=True
            )
            failures = [r for r in results if isinstance(r, BaseException)]
            if failures:
                return self.health.failed(failures[0], "delivering replies")
            self.health.ok()
            # Busy: let more replies come due before the next claim, unless this one was
            # full, so a claim (and the record of this round) serves several of them.
            return 0.0 if len(rows) >= self.batch else self.linger
        self.health.ok()
        idle = await self._idle_time()
        with contextlib.suppress(TimeoutError):  # not wait_for: see guard.cancel
            async with asyncio.timeout(idle):
                await self._wake.wait()
        return 0.0

    def _recordable(self) -> list[SendOutcome]:
        """The outcomes the next claim records; those whose lease ran out are let go."""
        now = time.monotonic()
        late = sum(1 for _, until in self._done if until <= now)
        if late:
            log.warning(
                "%d send outcome(s) not recorded before their lease ran out; settled as cut off",
                late,
            )
            self._done = [(d, until) for d, until in self._done if until > now]
        return [d for d, _ in self._done]

    async def _idle_time(self) -> float:
        # A retry due soon wakes us on time; rows that are due but held back (in flight,
        # behind an earlier reply, or over the rate) are looked at again after ``poll``.
        with contextlib.suppress(Exception):
            due = await self.store.next_due()
            if due is not None and due > utcnow():
                return max(0.01, min(self.poll, (due - utcnow()).total_seconds()))
        return self.poll

    async def deliver(self, row: OutboxRow) -> None:
        known = row.channel in frozenset(Channel)
        adapter = self.channels.get(Channel(row.channel)) if known else None
        if adapter is None:
            log.error("no %s channel configured: reply %d not sent", row.channel, row.id)
            await self._finish(row, outcome="failed", state="failed", error_code="not_configured")
            return
        if row.interrupted:
            # The process that tried before us died mid-send: the provider may have the
            # message. Wait for its status webhook (which settles the row) before trying again.
            log.warning("reply %d was cut off mid-send; waiting before sending again", row.id)
            await self._finish(
                row, outcome="ambiguous", error_code="interrupted", retry_in=self.ambiguous_grace
            )
            return
        try:
            result = await adapter.send(self.client, row.person, row.message, str(row.id))
        except Exception as exc:
            # Adapters never raise for HTTP errors; this is a bug or an unsendable value.
            # The request may have left, so it is ambiguous: a status settles it, else retry.
            self.sending.failed(exc, f"sending through {row.channel}")
            result = SendResult(ok=False, error_code="internal", retryable=True, ambiguous=True)
        await self._record(row, result)

    async def _finish(self, row: OutboxRow, **outcome: Any) -> None:
        """Keep the outcome for the next claim to record (:meth:`_round`)."""
        self._done.append((SendOutcome(row, **outcome), self._leased_until))

    async def _record(self, row: OutboxRow, result: SendResult) -> None:
        if result.ok:
            self.auth_failed = False
            self.sending.ok()
            await self._finish(row, outcome="ok", state="sent", provider_id=result.provider_id)
            metrics.REPLIES_SENT.inc()
            if row.received_at:
                metrics.REPLY_LATENCY.observe((utcnow() - row.received_at).total_seconds())
            return
        code = result.error_code or "unknown"
        metrics.SEND_FAILURES.labels(code).inc()
        if result.retryable:
            delay = backoff(row.attempts, result.retry_after, self.max_backoff)
            if result.ambiguous:
                delay = max(delay, self.ambiguous_grace)
            log.warning(
                "send to %s failed (%s), attempt %d; retrying in %.1fs",
                mask(row.person),
                code,
                row.attempts,
                delay,
            )
            await self._finish(
                row,
                outcome="ambiguous" if result.ambiguous else "retry",
                error_code=code,
                retry_in=delay,
            )
            return
        if result.auth_failed:
            self.auth_failed = True
            log.error(
                "the provider rejected the access token (%s): replies cannot be sent until it "
                "is renewed; /readyz reports it",
                code,
            )
        else:
            log.warning("send to %s failed for good (%s)", mask(row.person), code)
        await self._finish(row, outcome="failed", state="failed", error_code=code)

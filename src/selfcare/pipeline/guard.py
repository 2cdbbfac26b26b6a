"""What every background loop does with an exception it did not expect: survive it.

A :class:`LoopHealth` per loop (inbox writer, worker, sender, read receipts, retention)
counts each failure in ``selfcare_loop_errors_total{loop}``, logs the first failure of each
kind once per streak — by exception type only, since an exception's text may hold a token,
a number or a message — and says how long to back off. The next success ends the streak
(one INFO line). ``failing`` is what ``/readyz`` reports.
"""

from __future__ import annotations

import asyncio
import logging
import random
from typing import Any

from selfcare import metrics

log = logging.getLogger(__name__)

RECANCEL_EVERY = 0.1  # seconds between cancellations of a task that has not ended


class LoopHealth:
    def __init__(self, name: str, *, base: float = 0.05, cap: float = 5.0) -> None:
        self.name = name
        self.base = base
        self.cap = cap
        self.failures = 0  # in the current streak
        self._logged: set[str] = set()

    @property
    def failing(self) -> bool:
        return self.failures > 0

    def failed(self, exc: BaseException, doing: str) -> float:
        """Record one failure; returns the pause before trying again (jittered, growing)."""
        metrics.LOOP_ERRORS.labels(self.name).inc()
        self.failures += 1
        kind = type(exc).__name__
        if kind not in self._logged:
            self._logged.add(kind)
            log.error(
                "%s: %s failed with %s; carrying on with backoff (logged once until it recovers)",
                self.name,
                doing,
                kind,
            )
        ceiling = min(self.cap, self.base * 2 ** min(self.failures - 1, 30))
        return random.uniform(ceiling / 2, ceiling)

    def ok(self) -> None:
        if self.failures:
            log.info("%s: working again after %d failure(s)", self.name, self.failures)
        self.failures = 0
        self._logged.clear()


async def cancel(*tasks: asyncio.Task[Any] | None) -> None:
    """Cancel ``tasks`` and wait until each has ended, cancelling again while one runs on.

    One cancellation is not always enough: a loop that survives every exception also survives
    a cancellation some library turned into one, and on Python 3.11 ``asyncio.wait_for``
    drops a cancellation that arrives as its awaitable completes (a worker woken at that
    moment). A loop that ignored its cancellation kept a ``selfcare worker`` running long
    after its web process was gone, deaf to SIGTERM (its stop had already been asked). The
    worker's and sender's loops also check a stop flag of their own: a loop that swallows every
    cancellation still ends at its next round."""
    pending = {t for t in tasks if t is not None and not t.done()}
    while pending:
        for task in pending:
            task.cancel()
        _, pending = await asyncio.wait(pending, timeout=RECANCEL_EVERY)
    for ended in tasks:
        if ended is not None and ended.done() and not ended.cancelled():
            ended.exception()  # retrieved: an exception at stop is no news ("never retrieved")

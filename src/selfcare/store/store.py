"""The store: a handful of async queries, one code path for SQLite and PostgreSQL.

Work is claimed with leases kept in the rows themselves (``conversations.lease_until`` for a
person's inbound messages, ``outbox.lease_until`` for a send in flight), selected with
``FOR UPDATE SKIP LOCKED`` where the database has it; a process that dies simply lets its
leases run out and another takes the work over.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from functools import cache
from pathlib import Path
from typing import Any, overload

from sqlalchemy import (
    Float,
    Integer,
    String,
    and_,
    bindparam,
    case,
    delete,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    tuple_,
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from selfcare.events import (
    STATUS_RANK,
    Conversation,
    DeliveryStatus,
    Direction,
    InboundMessage,
    OutboundMessage,
    StatusUpdate,
    Turn,
    parse_enum,
)
from selfcare.store import codec
from selfcare.store.database import (
    WalSync,
    create_engine,
    is_sqlite,
    migrate,
    private_files,
    sqlite_file,
    wal_checkpoint,
)
from selfcare.store.tables import (
    When,
    conversations,
    dead_letters,
    desk,
    desk_notes,
    inbox,
    outbox,
    send_attempts,
    send_buckets,
    statuses,
)

ERASE_AFTER_SEND = "erase_after_send"  # an outbox payload key: delete the row once sent
# The send_buckets row /readyz writes to prove the store takes writes (never a channel name).
READY_ROW = "~ready"
WRITE_CHECK_TTL = 1.0  # seconds a write check is trusted


class StoreVanished(Exception):
    """The SQLite file was deleted or replaced while we had it open: anything written now
    would go to an unlinked file and be lost at restart, so nothing is acknowledged."""


def utcnow() -> datetime:
    return datetime.now(UTC)


# --- the statements of every answered message, built once ------------------------------------
# A statement built once, its values passed as parameters, skips SQLAlchemy's construction of
# the expression and of its cache key at each call (most of the CPU a small statement costs
# besides the database's own work). Names of parameters start with "b_": a SET clause may not
# reuse a column's name.


def _person(table: Any) -> Any:
    return table.c.person == bindparam("b_person", type_=String)


def _ids() -> Any:
    return bindparam("b_ids", expanding=True)


def _pending(table: Any) -> Any:
    """``state = 'pending'`` written as a literal, not a bound parameter: only then can the
    planner (SQLite's, and PostgreSQL's generic plans for asyncpg's prepared statements)
    prove the query within the partial ``ix_*_pending`` indexes. With a parameter the
    worker's claim scanned every message ever received, answered ones included."""
    return table.c.state == literal_column("'pending'")


def _history_query(*, done_only: bool) -> Any:
    """Both directions of a person's history, newest ``b_limit`` of each, in one statement."""
    limit = bindparam("b_limit", type_=Integer)
    inbound = select(
        literal(0, Integer).label("out"),
        inbox.c.received_at.label("at"),
        inbox.c.body,
        inbox.c.kind,
        inbox.c.state,
        inbox.c.message_id,
    ).where(_person(inbox))
    if done_only:
        inbound = inbound.where(inbox.c.state == "done")
    outbound = select(
        literal(1, Integer).label("out"),
        outbox.c.created_at.label("at"),
        outbox.c.body,
        literal("text", String).label("kind"),
        outbox.c.state,
        outbox.c.provider_id.label("message_id"),
    ).where(_person(outbox))
    ins = inbound.order_by(inbox.c.id.desc()).limit(limit).subquery()
    outs = outbound.order_by(outbox.c.id.desc()).limit(limit).subquery()
    return union_all(select(ins), select(outs))


_HISTORY = {done: _history_query(done_only=done) for done in (False, True)}
_PENDING = (
    select(inbox.c.id, inbox.c.event, inbox.c.received_at)
    .where(_person(inbox), _pending(inbox))
    .order_by(inbox.c.sent_at, inbox.c.id)
    .limit(bindparam("b_limit", type_=Integer))
)
_STATE = select(conversations.c.state).where(_person(conversations))


def _work_query(*, with_desk: bool) -> Any:
    """:data:`_PENDING` with the person's conversation state (and desk state) on each row:
    the worker's read before an answer, one statement fewer."""
    columns = [
        select(conversations.c.state).where(_person(conversations)).scalar_subquery().label("cs")
    ]
    if with_desk:
        columns.append(select(desk.c.state).where(_person(desk)).scalar_subquery().label("desk"))
    return _PENDING.add_columns(*columns)


_WORK = {with_desk: _work_query(with_desk=with_desk) for with_desk in (False, True)}


def _complete_query(*, release_when_idle: bool) -> Any:
    """The answer's UPDATE of the conversation: its state, and the lease renewed or, with
    ``release_when_idle``, given back when no other message of the person waits."""
    until: Any = bindparam("b_until", type_=When)
    owner: Any = conversations.c.lease_owner
    if release_when_idle:
        waiting = (
            select(inbox.c.id)
            .where(
                _person(inbox),
                _pending(inbox),
                inbox.c.id.not_in(_ids()),
            )
            .exists()
        )
        owner, until = case((waiting, owner), else_=None), case((waiting, until), else_=None)
    return (
        update(conversations)
        .where(
            _person(conversations),
            conversations.c.lease_owner == bindparam("b_owner", type_=String),
        )
        .values(
            state=bindparam("b_state", type_=conversations.c.state.type),
            updated_at=bindparam("b_now", type_=When),
            lease_owner=owner,
            lease_until=until,
        )
        .returning(conversations.c.lease_owner)
    )


_COMPLETE = {idle: _complete_query(release_when_idle=idle) for idle in (False, True)}
_MARK_DONE = (
    update(inbox)
    .where(inbox.c.id.in_(_ids()), _pending(inbox))
    .values(state="done", processed_at=bindparam("b_now", type_=When))
)
# The attempts of several sends with one outcome; each (attempt, row) pair must still match:
# an attempt erased with its reply may have left its id to another row's attempt (SQLite).
_FINISH_ATTEMPTS = (
    update(send_attempts)
    .where(
        tuple_(send_attempts.c.id, send_attempts.c.outbox_id).in_(
            bindparam("b_pairs", expanding=True)
        )
    )
    .values(
        finished_at=bindparam("b_now", type_=When),
        outcome=bindparam("b_outcome", type_=String),
        error_code=bindparam("b_error", type_=String),
    )
    .returning(send_attempts.c.outbox_id)
)
_EARLY_STATUSES = select(
    statuses.c.provider_id, statuses.c.channel, statuses.c.status, statuses.c.error_code
).where(
    statuses.c.provider_id.in_(bindparam("b_providers", expanding=True)),
    statuses.c.outbox_id.is_(None),
)

# A send's outcome: each optional value (None) leaves its column as it is; a state only moves
# a row still pending (a status webhook may have moved it on already: never move it back).
_FINISH_SEND = (
    update(outbox)
    .where(outbox.c.id == bindparam("b_row", type_=Integer))
    .values(
        lease_until=None,
        updated_at=bindparam("b_now", type_=When),
        provider_id=func.coalesce(bindparam("b_provider", type_=String), outbox.c.provider_id),
        sent_at=func.coalesce(bindparam("b_sent", type_=When), outbox.c.sent_at),
        error_code=func.coalesce(bindparam("b_error", type_=String), outbox.c.error_code),
        due_at=func.coalesce(bindparam("b_due", type_=When), outbox.c.due_at),
        state=case(
            (
                _pending(outbox),
                func.coalesce(bindparam("b_state", type_=String), outbox.c.state),
            ),
            else_=outbox.c.state,
        ),
    )
)


def _free(table: Any) -> Any:
    """A lease nobody holds, or one that ran out before ``b_now``."""
    now = bindparam("b_now", type_=When)
    return or_(table.c.lease_until.is_(None), table.c.lease_until < now)


@cache
def _claim_queries(dialect: str, per_person: bool) -> tuple[Any, Any]:
    """The claim's two statements: the oldest ``b_limit`` pending messages of free people,
    then the UPDATE that leases those still free, each under
    ``b_owner`` or, ``per_person``, under ``b_owner`` followed by the person."""
    # The oldest pending messages of people nobody holds, in order: their people, first
    # seen first, are those whose oldest message waited longest. Read along the pending
    # index and stopped at ``b_limit`` rows, it costs the same with ten or ten million
    # answered messages in the table (a GROUP BY person read them all).
    candidates = (
        select(inbox.c.person)
        .join(conversations, conversations.c.person == inbox.c.person)
        # people another worker holds are not worth an UPDATE that must fail
        .where(_pending(inbox), _free(conversations))
        .order_by(inbox.c.id)
        .limit(bindparam("b_limit", type_=Integer))
    )
    chosen = (
        select(conversations.c.person)
        .where(
            conversations.c.person.in_(bindparam("b_people", expanding=True)),
            _free(conversations),
        )
        .limit(bindparam("b_take", type_=Integer))
    )
    if dialect == "postgresql":
        # Rows another process is claiming right now are skipped, not waited for.
        chosen = chosen.with_for_update(skip_locked=True)
    owner: Any = bindparam("b_owner", type_=String)
    if per_person:
        owner = owner + conversations.c.person
    claim = (
        update(conversations)
        .where(conversations.c.person.in_(chosen.scalar_subquery()), _free(conversations))
        .values(lease_owner=owner, lease_until=bindparam("b_until", type_=When))
        .returning(conversations.c.person, conversations.c.lease_owner)
    )
    return candidates, claim


@cache
def _due_query(dialect: str) -> Any:
    """Due replies, at most the oldest unsent one per person, ``b_limit`` of them."""
    earlier = outbox.alias("earlier")
    query = (
        select(outbox.c.id, outbox.c.channel, outbox.c.attempts)
        .where(
            _pending(outbox),
            outbox.c.due_at <= bindparam("b_now", type_=When),
            _free(outbox),
            ~select(earlier.c.id)
            .where(
                earlier.c.person == outbox.c.person,
                earlier.c.id < outbox.c.id,
                _pending(earlier),
            )
            .exists(),
        )
        .order_by(outbox.c.due_at, outbox.c.id)
        .limit(bindparam("b_limit", type_=Integer))
    )
    return query.with_for_update(skip_locked=True) if dialect == "postgresql" else query


# The lease, and what the sender needs of each row, in one statement.
_LEASE_SENDS = (
    update(outbox)
    .where(outbox.c.id.in_(_ids()))
    .values(
        lease_until=bindparam("b_until", type_=When),
        attempts=outbox.c.attempts + 1,
        updated_at=bindparam("b_now", type_=When),
    )
    .returning(
        outbox.c.id,
        outbox.c.channel,
        outbox.c.person,
        outbox.c.payload,
        outbox.c.attempts,
        outbox.c.received_at,
    )
)
# An attempt still "started" belonged to a process that died mid-send (only a row tried
# before can have one).
_CUT_ATTEMPTS = (
    update(send_attempts)
    .where(send_attempts.c.outbox_id.in_(_ids()), send_attempts.c.outcome == "started")
    .values(outcome="interrupted", finished_at=bindparam("b_now", type_=When))
    .returning(send_attempts.c.outbox_id)
)
_START_ATTEMPTS = insert(send_attempts).returning(send_attempts.c.id, send_attempts.c.outbox_id)
_BUCKET = (
    select(send_buckets.c.tokens, send_buckets.c.updated_at)
    .where(send_buckets.c.channel == bindparam("b_channel", type_=String))
    .with_for_update()
)
_SPEND_TOKENS = (
    update(send_buckets)
    .where(send_buckets.c.channel == bindparam("b_channel", type_=String))
    .values(tokens=bindparam("b_tokens", type_=Float), updated_at=bindparam("b_now", type_=When))
)


@cache
def _ingest_queries(dialect: str) -> tuple[Any, Any]:
    """Ingestion's two statements, built once: new messages (a duplicate is skipped, the
    people of the new ones returned), and a conversation row for each new person."""
    insert_into = postgresql.insert if dialect == "postgresql" else sqlite.insert
    messages = (
        insert_into(inbox)
        .on_conflict_do_nothing(index_elements=["channel", "message_id"])
        .returning(inbox.c.person)
    )
    return messages, insert_into(conversations).on_conflict_do_nothing()


@overload
def _aware(value: datetime) -> datetime: ...
@overload
def _aware(value: None) -> None: ...
def _aware(value: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything we store is UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


class Completion(IntEnum):
    """What :meth:`Store.complete` did; false only when the lease was lost (nothing stored)."""

    LOST = 0
    KEPT = 1  # stored; the lease is still held (more messages wait for the same person)
    RELEASED = 2  # stored, and the lease given back in the same transaction


@dataclass(frozen=True, slots=True)
class DeadLetter:
    channel: str
    reason: str
    body: bytes


@dataclass(frozen=True, slots=True)
class StoredDeadLetter:
    channel: str
    reason: str
    body: bytes
    received_at: datetime


@dataclass(frozen=True, slots=True)
class WriteResult:
    stored: int
    duplicates: int
    persons: frozenset[str]  # people with newly stored messages


@dataclass(frozen=True, slots=True)
class InboxRow:
    id: int
    message: InboundMessage
    received_at: datetime


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    channel: str
    person: str
    message: OutboundMessage
    attempts: int
    attempt_id: int
    received_at: datetime | None
    interrupted: bool = False  # an earlier attempt never finished: it may have been sent
    erase_after_send: bool = False  # the confirmation of an erasure: deleted once sent


@dataclass(frozen=True, slots=True)
class SendOutcome:
    """One attempt's outcome (:meth:`Store.finish_send`); ``retry_in`` puts the message back
    in the queue, a ``state`` only moves a reply still pending."""

    row: OutboxRow
    outcome: str
    state: str | None = None
    provider_id: str | None = None
    error_code: str | None = None
    retry_in: float | None = None


@dataclass(frozen=True, slots=True)
class Work:
    """What the worker reads before answering a person (:meth:`Store.work_for`)."""

    pending: list[InboxRow]
    conversation: Conversation
    desk: str | None = None  # the person's handover state (selfcare.desk), when asked for


@dataclass(frozen=True, slots=True)
class HistoryItem:
    direction: Direction
    at: datetime
    text: str
    kind: str
    status: str
    message_id: str | None


class Store:
    def __init__(
        self,
        engine: AsyncEngine,
        reader: AsyncEngine | None = None,
        durable: AsyncEngine | None = None,
    ) -> None:
        # Transactions that write. On SQLite they commit without an fsync each
        # (synchronous=NORMAL: kept if the process dies, not always if the power fails);
        # whatever they wrote is made power-safe by the next durable commit, which syncs
        # the whole write-ahead log, and one always comes before anything leaves: the
        # claim before every send. A power cut can so only undo work nobody has seen yet:
        # an answer not yet sent (answered again), a send's outcome (settled by the status
        # webhook, like a send cut by a crash), a lease.
        self.engine = engine
        self.reader = reader or engine  # plain reads
        # Writes that must survive a power cut before anyone outside hears of them:
        # webhooks before their 200, the claim before a send (:meth:`_durably`). Their
        # own connection on SQLite, so an acknowledgement never queues behind the
        # worker's transactions for the one writer connection.
        self.durable = durable or engine
        # On a SQLite file, what makes a durable commit power-safe once the write lock is
        # given back (:class:`WalSync`); PostgreSQL's commit is durable by itself.
        self.sync_log: Callable[[], Awaitable[None]] | None = None
        self.dialect = engine.dialect.name
        self._file: Path | None = None
        self._identity: tuple[int, int] | None = None
        self._write_check: tuple[float, bool] = (0.0, False)

    def watch_file(self, path: Path) -> None:
        """Refuse to write once ``path`` is no longer the file we opened (inode check)."""
        st = os.stat(path)
        self._file, self._identity = path, (st.st_dev, st.st_ino)

    def check_file(self) -> None:
        """Raise :class:`StoreVanished` if the SQLite file was deleted or replaced."""
        if self._file is None:
            return
        try:
            st = os.stat(self._file)
        except FileNotFoundError:
            raise StoreVanished("the database file was deleted") from None
        if (st.st_dev, st.st_ino) != self._identity:
            raise StoreVanished("the database file was replaced")

    async def can_write(self) -> bool:
        """Whether a real write commits now (a full disk, a read-only file or a vanished one
        say no). One small upsert, trusted for a second so /readyz stays cheap."""
        at, ok = self._write_check
        if time.monotonic() - at < WRITE_CHECK_TTL:
            return ok
        try:
            self.check_file()
            now = utcnow()
            async with self._durably() as conn:
                await conn.execute(
                    self._insert(send_buckets)
                    .values(channel=READY_ROW, tokens=0.0, updated_at=now)
                    .on_conflict_do_update(index_elements=["channel"], set_={"updated_at": now})
                )
            ok = True
        except Exception:  # any failure means "not ready"
            ok = False
        self._write_check = (time.monotonic(), ok)
        return ok

    @classmethod
    async def open(cls, url: str, pool_size: int = 10) -> Store:
        path = sqlite_file(url)
        if is_sqlite(url):
            store = cls(
                create_engine(url, single=True, durable=False),
                create_engine(url, pool_size),
                # Synced by WalSync after the lock is given back; in memory, nothing to sync.
                create_engine(url, single=True, durable=path is None),
            )
        else:
            store = cls(create_engine(url, pool_size))
        await migrate(store.engine)
        if path is not None and path.exists():
            private_files(path)  # health data: never readable by other users
            store.watch_file(path)
            store.sync_log = WalSync(path)
        return store

    @contextlib.asynccontextmanager
    async def _durably(self) -> AsyncIterator[AsyncConnection]:
        """A transaction on :attr:`durable` that is on disk when this block ends: on a SQLite
        file the log is synced after the commit has given the write lock back."""
        async with self.durable.begin() as conn:
            yield conn
        if self.sync_log is not None:
            await self.sync_log()

    async def close(self) -> None:
        for engine in {self.engine, self.reader, self.durable}:
            await engine.dispose()

    async def ping(self) -> bool:
        try:
            async with self.reader.connect() as conn:
                await conn.execute(select(1))
        except Exception:  # any driver error means "not ready"
            return False
        return True

    def _insert(self, table: Any) -> Any:
        return (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(table)

    # --- ingestion: everything a batch of webhooks held, in one transaction ----------------

    async def write_batch(
        self,
        messages: Sequence[InboundMessage],
        updates: Sequence[StatusUpdate] = (),
        letters: Sequence[DeadLetter] = (),
    ) -> WriteResult:
        now = utcnow()
        stored = 0
        persons: set[str] = set()
        self.check_file()
        async with self._durably() as conn:
            if messages:
                rows = [
                    {
                        "channel": m.channel.value,
                        "message_id": m.message_id,
                        "person": m.address,
                        "kind": m.kind.value,
                        "body": m.text,
                        "event": m,  # written by codec.dumps
                        "sent_at": m.timestamp,
                        "received_at": now,
                        "state": "pending",
                    }
                    for m in messages
                ]
                store_new, first_contact = _ingest_queries(self.dialect)
                result = await conn.execute(store_new, rows)
                new = [r.person for r in result]
                stored, persons = len(new), set(new)
                if persons:
                    await conn.execute(
                        first_contact,
                        [
                            {"person": p, "state": {}, "created_at": now, "updated_at": now}
                            for p in sorted(persons)
                        ],
                    )
            for status in updates:
                await self._apply_status(conn, status, now)
            if letters:
                await conn.execute(
                    insert(dead_letters),
                    [
                        {"channel": d.channel, "reason": d.reason[:255], "body": d.body}
                        | {"received_at": now}
                        for d in letters
                    ],
                )
        return WriteResult(stored, len(messages) - stored, frozenset(persons))

    async def _apply_status(
        self, conn: AsyncConnection, status: StatusUpdate, now: datetime
    ) -> None:
        match = outbox.c.provider_id == status.message_id
        if status.callback_data and status.callback_data.isdigit():
            # The callback data is our outbox id: it finds the row even when the send's own
            # response was lost (an ambiguous timeout), so that message is not sent twice.
            # Only a row whose send was tried and never named: SQLite gives a new row the id
            # of the newest one an erasure deleted, and a late status for that erased reply
            # must not take the new one (an erasure's confirmation) for sent.
            unnamed = and_(outbox.c.provider_id.is_(None), outbox.c.attempts > 0)
            match = or_(match, and_(outbox.c.id == int(status.callback_data), unnamed))
        row = (
            await conn.execute(
                select(outbox.c.id, outbox.c.state).where(
                    and_(outbox.c.channel == status.channel.value, match)
                )
            )
        ).first()
        code = status.errors[0].code if status.errors else None
        await conn.execute(
            insert(statuses).values(
                channel=status.channel.value,
                provider_id=status.message_id,
                outbox_id=row.id if row else None,
                status=status.status.value,
                at=status.timestamp,
                error_code=code,
                received_at=now,
            )
        )
        if row is None or status.status is DeliveryStatus.UNKNOWN:
            return
        current = parse_enum(DeliveryStatus, row.state, DeliveryStatus.UNKNOWN)
        if STATUS_RANK[status.status] <= STATUS_RANK[current]:
            return  # out of order: a later status already arrived
        values: dict[str, Any] = {"state": status.status.value, "updated_at": now}
        values["provider_id"] = status.message_id
        values["lease_until"] = None
        if status.status is DeliveryStatus.FAILED:
            values["error_code"] = code
        await conn.execute(update(outbox).where(outbox.c.id == row.id).values(**values))

    # --- the worker: one person at a time, in order ----------------------------------------

    async def claim_person(self, owner: str, lease: float) -> str | None:
        """Lease the person whose oldest pending message waited longest, or None."""
        claimed = await self._claim(owner, lease, 1)
        return claimed[0][0] if claimed else None

    async def claim_people(self, prefix: str, lease: float, limit: int) -> list[tuple[str, str]]:
        """Lease up to ``limit`` people, those whose oldest pending message waited longest
        first, in one transaction; each ``(person, owner)`` is held under ``prefix + person``."""
        return await self._claim(prefix, lease, limit, per_person=True)

    async def _claim(
        self, owner: str, lease: float, limit: int, *, per_person: bool = False
    ) -> list[tuple[str, str]]:
        self.check_file()
        now = utcnow()
        candidates, claim = _claim_queries(self.dialect, per_person)
        async with self.engine.begin() as conn:
            found = await conn.execute(candidates, {"b_now": now, "b_limit": limit * 8})
            people = list(dict.fromkeys(c.person for c in found))[: limit * 2]
            claimed: list[tuple[str, str]] = []
            # The longest waiting first; the rest are spares, leased only when another
            # process took some of those meanwhile (PostgreSQL: SKIP LOCKED passes over
            # them). One UPDATE over all of them would lease whichever it met first.
            for group in (people[:limit], people[limit:]):
                if not group or len(claimed) == limit:
                    break
                rows = await conn.execute(
                    claim,
                    {
                        "b_now": now,
                        "b_people": group,
                        "b_take": limit - len(claimed),
                        "b_owner": owner,
                        "b_until": now + timedelta(seconds=lease),
                    },
                )
                claimed += [(str(r.person), str(r.lease_owner)) for r in rows]
            return claimed

    async def renew_lease(self, person: str, owner: str, lease: float) -> bool:
        """Extend a lease we hold; False if it was lost to another worker."""
        now = utcnow()
        async with self.engine.begin() as conn:
            kept = await conn.execute(
                update(conversations)
                .where(conversations.c.person == person, conversations.c.lease_owner == owner)
                .values(lease_until=now + timedelta(seconds=lease))
            )
        return kept.rowcount == 1

    async def release_person(self, person: str, owner: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                update(conversations)
                .where(conversations.c.person == person, conversations.c.lease_owner == owner)
                .values(lease_owner=None, lease_until=None)
            )
            await self._drop_if_empty(conn, person, owner)

    async def _drop_if_empty(self, conn: AsyncConnection, person: str, owner: str | None) -> None:
        """After an erasure: a conversation with no state left (not even "stopped") and no
        message either way is deleted, so the number is kept nowhere. Not while another
        worker holds it."""
        state = await conn.scalar(
            select(conversations.c.state).where(
                conversations.c.person == person,
                or_(
                    conversations.c.lease_until.is_(None),
                    conversations.c.lease_until < utcnow(),
                    conversations.c.lease_owner == owner,
                ),
            )
        )
        if state is None or state != {}:
            return
        has_in = select(inbox.c.id).where(inbox.c.person == person).exists()
        has_out = select(outbox.c.id).where(outbox.c.person == person).exists()
        await conn.execute(
            delete(conversations).where(conversations.c.person == person, ~has_in, ~has_out)
        )

    @staticmethod
    def _inbox_rows(rows: Any) -> list[InboxRow]:
        return [
            InboxRow(r.id, codec.inbound_from_json(r.event), _aware(r.received_at) or utcnow())
            for r in rows
        ]

    async def pending_for(self, person: str, limit: int = 50) -> list[InboxRow]:
        async with self.reader.connect() as conn:
            rows = await conn.execute(_PENDING, {"b_person": person, "b_limit": limit})
            return self._inbox_rows(rows)

    async def conversation(self, person: str, turns: int) -> Conversation:
        async with self.reader.connect() as conn:
            state = await conn.scalar(_STATE, {"b_person": person})
            return await self._conversation(conn, person, turns, state)

    async def _conversation(
        self, conn: AsyncConnection, person: str, turns: int, state: dict[str, Any] | None
    ) -> Conversation:
        items = await self._history(conn, person, turns, done_only=True)
        history = tuple(Turn(i.direction, i.text, i.at) for i in items if i.text)
        return Conversation(person=person, history=history, state=state or {})

    async def work_for(
        self, person: str, limit: int, turns: int, *, with_desk: bool = False
    ) -> Work:
        """A person's pending messages (oldest first, at most ``limit``), their conversation
        (state and the last ``turns`` answered turns) and, ``with_desk``, their handover
        state: :meth:`pending_for`, :meth:`conversation` and the desk's state in one
        connection and two statements (the states ride on the pending rows). Read under
        the person's lease, which nothing else writes the state or marks messages done
        without."""
        async with self.reader.connect() as conn:
            found = (
                await conn.execute(_WORK[with_desk], {"b_person": person, "b_limit": limit})
            ).all()
            if not found:
                return Work([], Conversation(person=person))
            first = found[0]
            conversation = await self._conversation(conn, person, turns, first.cs)
        handover = first.desk if with_desk else None
        return Work(
            self._inbox_rows(found), conversation, str(handover) if handover is not None else None
        )

    async def complete(
        self,
        person: str,
        owner: str,
        inbox_ids: Sequence[int],
        replies: Sequence[OutboundMessage],
        state: dict[str, Any],
        *,
        channel: str,
        received_at: datetime,
        lease: float,
        erase: bool = False,
        desk: Any = None,
        note: Any = None,
        release_when_idle: bool = False,
    ) -> Completion:
        """Store the answer to ``inbox_ids`` atomically; ``LOST`` (false) if our lease was.

        ``desk`` and ``note`` (:mod:`selfcare.desk.policy`) change the person's handover
        state and record the triage beside the answer, in the same transaction. With
        ``release_when_idle`` the lease is given back in it too when no other message of
        the person waits (one that arrives later finds the person free to claim)."""
        now = utcnow()
        ids = list(inbox_ids)
        async with self.engine.begin() as conn:
            kept = (
                await conn.execute(
                    _COMPLETE[release_when_idle],
                    {
                        "b_person": person,
                        "b_owner": owner,
                        "b_state": state,
                        "b_now": now,
                        "b_until": now + timedelta(seconds=lease),
                    }
                    | ({"b_ids": ids} if release_when_idle else {}),
                )
            ).all()
            if len(kept) != 1:
                return Completion.LOST
            release = kept[0].lease_owner is None
            done = await conn.execute(_MARK_DONE, {"b_ids": ids, "b_now": now})
            if done.rowcount != len(ids):
                raise RuntimeError("inbox rows changed under a held lease")
            if erase:
                # Only what was received up to the confirmation (answered, or answered now):
                # a message still waiting — an emergency sent right after — stays and is
                # answered next.
                await self._erase(conn, person, keep_conversation=True, answered_only=True)
            if replies:
                await conn.execute(
                    insert(outbox),
                    [
                        {
                            "inbox_id": None if erase else inbox_ids[-1],
                            "channel": channel,
                            "person": person,
                            # The confirmation of an erasure is itself erased once sent.
                            "payload": codec.outbound_to_json(m)
                            | ({ERASE_AFTER_SEND: True} if erase else {}),
                            "body": m.text,
                            "state": "pending",
                            "attempts": 0,
                            "due_at": now,
                            "created_at": now + timedelta(microseconds=i),
                            "received_at": received_at,
                            "updated_at": now,
                        }
                        for i, m in enumerate(replies)
                    ],
                )
            if (desk is not None or note is not None) and not erase:
                from selfcare.desk.store import apply_in_turn

                await apply_in_turn(self, conn, person, channel, desk, note, inbox_ids[-1], now)
        return Completion.RELEASED if release else Completion.KEPT

    # --- the sender ------------------------------------------------------------------------

    async def claim_sends(
        self,
        limit: int,
        lease: float,
        rate: float | None = None,
        finished: Sequence[SendOutcome] = (),
    ) -> list[OutboxRow]:
        """Lease due messages, at most the oldest unsent one per person (order is kept).

        ``finished`` — the outcomes of the sender's previous round — are recorded first, in
        the same transaction: no transaction of their own, and a person's next reply is due
        in this very claim once the one before it is recorded sent.

        With ``rate``, each channel's token bucket (shared by every process through its row
        lock) decides how many may go now: the limit holds in total, not per process.

        A durable commit (:attr:`durable`): once it returns, the attempts it records — and
        every answer stored before them — survive a power cut, so nothing sent is answered
        or sent again unannounced after one.
        """
        self.check_file()
        now = utcnow()
        async with self._durably() as conn:
            if finished:
                await self._record_sends(conn, finished, now)
            query = _due_query(self.dialect)
            due = (await conn.execute(query, {"b_now": now, "b_limit": limit})).all()
            if rate is not None and due:
                due = await self._within_rate(conn, due, rate, now)
            ids = [r.id for r in due]
            if not ids:
                return []
            until = now + timedelta(seconds=lease)
            interrupted: set[int] = set()
            tried = [r.id for r in due if r.attempts > 0]
            if tried:
                cut = await conn.execute(_CUT_ATTEMPTS, {"b_ids": tried, "b_now": now})
                interrupted = set(cut.scalars())
            leased = await conn.execute(
                _LEASE_SENDS, {"b_ids": ids, "b_now": now, "b_until": until}
            )
            rows = sorted(leased, key=lambda r: r.id)
            attempts = await conn.execute(
                _START_ATTEMPTS,
                [{"outbox_id": r.id, "started_at": now, "outcome": "started"} for r in rows],
            )
            attempt_of = {r.outbox_id: r.id for r in attempts}
            return [
                OutboxRow(
                    r.id,
                    r.channel,
                    r.person,
                    codec.outbound_from_json(r.payload),
                    r.attempts,
                    attempt_of[r.id],
                    _aware(r.received_at),
                    r.id in interrupted,
                    bool(r.payload.get(ERASE_AFTER_SEND)),
                )
                for r in rows
            ]

    async def _within_rate(
        self, conn: AsyncConnection, due: Sequence[Any], rate: float, now: datetime
    ) -> list[Any]:
        kept: list[Any] = []
        for channel in sorted({r.channel for r in due}):
            wanted = [r for r in due if r.channel == channel]
            bucket = (await conn.execute(_BUCKET, {"b_channel": channel})).first()
            if bucket is None:  # the channel's first send
                await conn.execute(
                    self._insert(send_buckets)
                    .values(channel=channel, tokens=rate, updated_at=now)
                    .on_conflict_do_nothing()
                )
                bucket = (await conn.execute(_BUCKET, {"b_channel": channel})).one()
            elapsed = max(0.0, (now - _aware(bucket.updated_at)).total_seconds())
            tokens = min(rate, bucket.tokens + elapsed * rate)  # at most one second of burst
            granted = min(len(wanted), int(tokens))
            await conn.execute(
                _SPEND_TOKENS, {"b_channel": channel, "b_tokens": tokens - granted, "b_now": now}
            )
            kept += wanted[:granted]
        return kept

    async def finish_send(
        self,
        row: OutboxRow,
        *,
        outcome: str,
        state: str | None = None,
        provider_id: str | None = None,
        error_code: str | None = None,
        retry_in: float | None = None,
    ) -> None:
        """Record one attempt's outcome; ``retry_in`` puts the message back in the queue.
        (The sender records its outcomes with its next claim: ``claim_sends(finished=…)``.)"""
        done = SendOutcome(row, outcome, state, provider_id, error_code, retry_in)
        await self.record_sends([done])

    async def record_sends(self, done: Sequence[SendOutcome]) -> None:
        """Record several attempts' outcomes in one transaction (what :meth:`claim_sends`
        records with ``finished``, without claiming)."""
        async with self.engine.begin() as conn:
            await self._record_sends(conn, done, utcnow())

    async def _record_sends(
        self, conn: AsyncConnection, done: Sequence[SendOutcome], now: datetime
    ) -> None:
        """Attempts' outcomes, a handful of statements for any number of them: the attempts
        grouped by outcome, the replies in one executemany, early statuses in one read."""
        groups: dict[tuple[str, str | None], list[SendOutcome]] = {}
        for d in done:
            groups.setdefault((d.outcome, d.error_code or None), []).append(d)
        kept: set[int] = set()
        for (outcome, error), same in groups.items():
            pairs = [(d.row.attempt_id, d.row.id) for d in same]
            found = await conn.execute(
                _FINISH_ATTEMPTS,
                {"b_pairs": pairs, "b_now": now, "b_outcome": outcome, "b_error": error},
            )
            kept.update(found.scalars())
        # A reply erased while it was being sent has no attempt left; its id may already be
        # the erasure's confirmation (SQLite reuses the newest ids), which is not this.
        done = [d for d in done if d.row.id in kept]
        if not done:
            return
        await conn.execute(
            _FINISH_SEND,
            [
                {
                    "b_row": d.row.id,
                    "b_now": now,
                    "b_provider": d.provider_id or None,
                    "b_sent": now if d.provider_id else None,
                    "b_error": d.error_code or None,
                    "b_due": None if d.retry_in is None else now + timedelta(seconds=d.retry_in),
                    "b_state": d.state or None,
                }
                for d in done
            ],
        )
        named = {d.provider_id: d for d in done if d.provider_id}
        if named:
            early: dict[str, list[tuple[str, str | None]]] = {}
            for r in await conn.execute(_EARLY_STATUSES, {"b_providers": sorted(named)}):
                if named[r.provider_id].row.channel == r.channel:
                    early.setdefault(r.provider_id, []).append((r.status, r.error_code))
            for provider_id, seen in early.items():
                row = named[provider_id].row
                await self._adopt_early_statuses(conn, row, provider_id, seen, now)
        for d in done:
            if d.state and d.row.erase_after_send:
                for query in (
                    delete(statuses).where(statuses.c.outbox_id == d.row.id),
                    delete(send_attempts).where(send_attempts.c.outbox_id == d.row.id),
                    delete(outbox).where(outbox.c.id == d.row.id),
                ):
                    await conn.execute(query)
                await self._drop_if_empty(conn, d.row.person, None)

    async def _adopt_early_statuses(
        self,
        conn: AsyncConnection,
        row: OutboxRow,
        provider_id: str,
        early: Sequence[tuple[str, str | None]],
        now: datetime,
    ) -> None:
        """Apply statuses (``early``: status, error code) that arrived before the send's own
        response named the message."""
        await conn.execute(
            update(statuses)
            .where(statuses.c.provider_id == provider_id, statuses.c.outbox_id.is_(None))
            .values(outbox_id=row.id)
        )
        current = await conn.scalar(select(outbox.c.state).where(outbox.c.id == row.id))
        best = parse_enum(DeliveryStatus, current, DeliveryStatus.UNKNOWN)
        code = None
        for status, error in early:
            seen = parse_enum(DeliveryStatus, status, DeliveryStatus.UNKNOWN)
            if STATUS_RANK[seen] > STATUS_RANK[best]:
                best, code = seen, error
        if best.value != current:
            values: dict[str, Any] = {"state": best.value, "updated_at": now}
            if best is DeliveryStatus.FAILED:
                values["error_code"] = code
            await conn.execute(update(outbox).where(outbox.c.id == row.id).values(**values))

    # --- reading, erasing, housekeeping ----------------------------------------------------

    async def _history(
        self, conn: AsyncConnection, person: str, limit: int, *, done_only: bool = False
    ) -> list[HistoryItem]:
        if limit <= 0:
            return []
        rows = await conn.execute(_HISTORY[done_only], {"b_person": person, "b_limit": limit})
        items = [
            HistoryItem(
                Direction.OUT if r.out else Direction.IN,
                _aware(r.at),
                r.body or "",
                r.kind,
                r.state,
                r.message_id,
            )
            for r in rows
        ]
        items.sort(key=lambda i: (i.at, i.direction is Direction.OUT))
        return items[-limit:]

    async def history(self, person: str, limit: int = 50) -> list[HistoryItem]:
        async with self.reader.connect() as conn:
            return await self._history(conn, person, limit)

    async def _erase(
        self,
        conn: AsyncConnection,
        person: str,
        *,
        keep_conversation: bool,
        answered_only: bool = False,
    ) -> int:
        ids = select(outbox.c.id).where(outbox.c.person == person)
        received = delete(inbox).where(inbox.c.person == person)
        if answered_only:
            received = received.where(inbox.c.state == "done")
        count = 0
        for query in (
            delete(statuses).where(statuses.c.outbox_id.in_(ids)),
            delete(send_attempts).where(send_attempts.c.outbox_id.in_(ids)),
            delete(outbox).where(outbox.c.person == person),
            received,
        ):
            count += (await conn.execute(query)).rowcount
        for table in (desk_notes, desk):
            count += (await conn.execute(delete(table).where(table.c.person == person))).rowcount
        count += await self._erase_dead_letters(conn, person)
        if keep_conversation:
            await conn.execute(
                update(conversations).where(conversations.c.person == person).values(state={})
            )
        else:
            count += (
                await conn.execute(delete(conversations).where(conversations.c.person == person))
            ).rowcount
        return count

    async def _erase_dead_letters(self, conn: AsyncConnection, person: str) -> int:
        """Dead letters that name the person (a message without an id still holds the number
        and the text). Bodies are bytes in any format, so they are searched for the address
        as a provider writes it: digits without "+", or the business-scoped id."""
        needle = (person[1:] if person.startswith("+") else person).encode()
        if len(needle) < 6:
            return 0
        found: list[int] = []
        last = 0
        while True:
            rows = (
                await conn.execute(
                    select(dead_letters.c.id, dead_letters.c.body)
                    .where(dead_letters.c.id > last)
                    .order_by(dead_letters.c.id)
                    .limit(500)
                )
            ).all()
            if not rows:
                break
            found += [r.id for r in rows if needle in bytes(r.body)]
            last = rows[-1].id
        if found:
            await conn.execute(delete(dead_letters).where(dead_letters.c.id.in_(found)))
        return len(found)

    async def checkpoint(self) -> None:
        """SQLite: move the WAL into the database file and empty it, so erased text does not
        linger in the -wal file until shutdown (secure_delete then zeroes the freed pages).
        Best effort: a reader in the middle of a query may hold part of it back."""
        if self.dialect != "sqlite":
            return
        async with self.engine.connect() as conn:
            # Outside any transaction (the writer engine begins IMMEDIATE ones).
            raw = await conn.get_raw_connection()
            await wal_checkpoint(raw.driver_connection)

    async def forget(self, person: str) -> int:
        """Erase everything about one person; returns the number of rows removed."""
        async with self.engine.begin() as conn:
            removed = await self._erase(conn, person, keep_conversation=False)
        await self.checkpoint()
        return removed

    async def purge_unlinked(self, older_than_days: int) -> int:
        """Dead letters and statuses that match none of our messages (orphans), older than
        ``older_than_days``: they have their own retention, whatever DATA_RETENTION_DAYS."""
        cutoff = utcnow() - timedelta(days=older_than_days)
        async with self.engine.begin() as conn:
            removed = (
                await conn.execute(delete(dead_letters).where(dead_letters.c.received_at < cutoff))
            ).rowcount
            removed += (
                await conn.execute(
                    delete(statuses).where(
                        statuses.c.outbox_id.is_(None), statuses.c.received_at < cutoff
                    )
                )
            ).rowcount
        await self.checkpoint()
        return int(removed)

    async def purge(self, older_than_days: int) -> int:
        """Delete conversations idle for longer than the retention period."""
        cutoff = utcnow() - timedelta(days=older_than_days)
        async with self.reader.connect() as conn:
            stale = list(
                (
                    await conn.execute(
                        select(conversations.c.person).where(
                            conversations.c.updated_at < cutoff,
                            conversations.c.lease_until.is_(None),
                        )
                    )
                ).scalars()
            )
        removed = 0
        for person in stale:
            removed += await self.forget(person)
        async with self.engine.begin() as conn:
            removed += (
                await conn.execute(delete(dead_letters).where(dead_letters.c.received_at < cutoff))
            ).rowcount
        return removed

    async def queue_depth(self) -> tuple[int, int]:
        """(inbound messages waiting for an answer, replies waiting to be sent)."""
        async with self.reader.connect() as conn:
            waiting = await conn.scalar(
                select(func.count()).select_from(inbox).where(_pending(inbox))
            )
            unsent = await conn.scalar(
                select(func.count()).select_from(outbox).where(_pending(outbox))
            )
        return int(waiting or 0), int(unsent or 0)

    async def next_due(self) -> datetime | None:
        async with self.reader.connect() as conn:
            return _aware(
                await conn.scalar(select(func.min(outbox.c.due_at)).where(_pending(outbox)))
            )

    async def dead_letters(self, limit: int) -> list[StoredDeadLetter]:
        """The newest dead letters first."""
        query = select(dead_letters).order_by(dead_letters.c.id.desc()).limit(limit)
        async with self.reader.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [
            StoredDeadLetter(r.channel, r.reason, bytes(r.body), _aware(r.received_at))
            for r in rows
        ]

    async def dead_letter_count(self) -> int:
        async with self.reader.connect() as conn:
            return int(await conn.scalar(select(func.count()).select_from(dead_letters)) or 0)

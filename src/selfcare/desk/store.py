"""The desk's queries, beside :class:`selfcare.store.Store` and on its engines.

Everything that changes a conversation's handover state runs in one transaction with what it
sends (an operator's reply, a hand-back notice goes into the same durable outbox as the
assistant's answers), so a crash never leaves a notice without its state change or the
reverse. Rows are locked (``FOR UPDATE`` on PostgreSQL, SQLite's single writer) so that two
operators, two processes or the timeout sweep never both act on one conversation.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from selfcare.desk.policy import STOPPED, DeskUpdate, Note
from selfcare.events import OutboundMessage, Template
from selfcare.logs import mask
from selfcare.store import Store, codec, utcnow
from selfcare.store.tables import (
    audit,
    console_sessions,
    conversations,
    desk,
    desk_notes,
    desk_sends,
    inbox,
    login_failures,
    operators,
    outbox,
)

WINDOW = timedelta(hours=24)  # WhatsApp's customer service window
WINDOWED_CHANNELS = frozenset({"whatsapp", "twilio"})
HISTORY_LIMIT = 200
Wording = Callable[[str, Mapping[str, Any]], str]  # (person, assistant state) -> notice
MAX_REPLY_CHARS = 4096


class DeskError(Exception):
    """A console action that cannot be done; ``code`` is the API's error, ``status`` its HTTP
    status. Drawn once:

        NotFound       no such conversation (404)
        WindowClosed   the person's last message is over 24 hours old (409); use a template
        OptedOut       the person said STOP (409); nothing goes to them until they ask again
    """

    status = 400
    code = "bad_request"


class NotFound(DeskError):
    status, code = 404, "not_found"


class WindowClosed(DeskError):
    status, code = 409, "window_closed"


class OptedOut(DeskError):
    status, code = 409, "opted_out"


def _aware(value: datetime | None) -> datetime | None:
    from datetime import UTC

    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Summary:
    id: int
    person: str
    state: str
    urgent: bool
    level: str | None
    topic: str | None
    reason: str | None
    channel: str
    operator: str | None
    requested_at: datetime
    last_inbound_at: datetime | None

    @property
    def opted_out(self) -> bool:
        """The person said STOP: nothing goes to them until they ask for a person again."""
        return self.state == "closed" and self.reason == STOPPED

    def public(self, now: datetime) -> dict[str, Any]:
        """What the console shows: the number masked, never a message."""
        return {
            "id": self.id,
            "person": mask(self.person),
            "state": self.state,
            "urgent": self.urgent,
            "level": self.level,
            "topic": self.topic,
            "reason": self.reason,
            "opted_out": self.opted_out,
            "channel": self.channel,
            "operator": self.operator,
            "requested_at": self.requested_at.isoformat(),
            "waiting_seconds": int((now - self.requested_at).total_seconds()),
            "last_inbound_at": self.last_inbound_at.isoformat() if self.last_inbound_at else None,
        }


def _summary(r: Any) -> Summary:
    return Summary(
        r.id,
        r.person,
        r.state,
        bool(r.urgent),
        r.level,
        r.topic,
        r.reason,
        r.channel,
        r.operator,
        _aware(r.requested_at) or utcnow(),
        _aware(r.last_inbound_at),
    )


def outbox_row(
    person: str, channel: str, message: OutboundMessage, now: datetime, inbox_id: int | None = None
) -> dict[str, Any]:
    return {
        "inbox_id": inbox_id,
        "channel": channel,
        "person": person,
        "payload": codec.outbound_to_json(message),
        "body": message.text,
        "state": "pending",
        "attempts": 0,
        "due_at": now,
        "created_at": now,
        "received_at": None,
        "updated_at": now,
    }


# Built once: the worker adds a note beside every answer (the values are parameters).
_NOTE = insert(desk_notes)


def _locked(store: Store, query: Any) -> Any:
    return query.with_for_update() if store.dialect == "postgresql" else query


async def apply_in_turn(
    store: Store,
    conn: AsyncConnection,
    person: str,
    channel: str,
    change: DeskUpdate | None,
    note: Note | None,
    inbox_id: int | None,
    now: datetime,
) -> None:
    """The worker's part, inside :meth:`Store.complete`'s transaction."""
    if note is not None:
        await conn.execute(
            _NOTE,
            {
                "person": person,
                "inbox_id": inbox_id,
                "level": note.level,
                "topic": note.topic,
                "reasons": list(note.reasons),
                "silenced": note.silenced,
                "at": now,
            },
        )
    if change is None:
        return
    row = (await conn.execute(_locked(store, select(desk).where(desk.c.person == person)))).first()
    if row is None:
        if change.state is None:
            return
        await conn.execute(
            insert(desk).values(
                person=person,
                state=change.state,
                urgent=change.urgent,
                level=change.level,
                topic=change.topic,
                reason=change.reason,
                channel=channel,
                requested_at=now,
                last_inbound_at=now,
                updated_at=now,
            )
        )
        return
    values: dict[str, Any] = {"last_inbound_at": now, "updated_at": now, "channel": channel}
    fresh = change.state not in (None, "closed") and row.state == "closed"  # a new episode
    if change.state is not None and change.state != row.state:
        values["state"] = change.state
        if fresh or change.state == "waiting":
            values["requested_at"] = now
    if change.state == "closed" and row.state != "closed":
        values |= {"closed_at": now, "urgent": False}
    if fresh:
        # What was urgent before was dealt with when it was closed.
        values |= {"urgent": change.urgent, "operator": None, "taken_at": None}
        values["closed_at"] = None
    elif change.urgent:
        values["urgent"] = True
    for name in ("level", "topic", "reason"):
        value = getattr(change, name)
        if value is not None:
            values[name] = value
    await conn.execute(update(desk).where(desk.c.id == row.id).values(**values))


async def has_operators(store: Store) -> bool:
    async with store.reader.connect() as conn:
        return await conn.scalar(select(operators.c.name).limit(1)) is not None


class Desk:
    """The console's queries. Methods that change state write an audit row in the same
    transaction; message content is never part of the audit."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # --- conversations -----------------------------------------------------------------

    async def conversations(self, state: str = "waiting", limit: int = 200) -> list[Summary]:
        query = select(desk)
        if state == "waiting":
            query = query.where(desk.c.state.in_(("waiting", "flagged")))
        elif state == "open":
            query = query.where(desk.c.state == "open")
        query = query.order_by(desk.c.urgent.desc(), desk.c.requested_at, desk.c.id)
        async with self.store.reader.connect() as conn:
            return [_summary(r) for r in await conn.execute(query.limit(limit))]

    async def summary(self, conversation_id: int) -> Summary:
        async with self.store.reader.connect() as conn:
            row = (await conn.execute(select(desk).where(desk.c.id == conversation_id))).first()
        if row is None:
            raise NotFound
        return _summary(row)

    async def history(self, person: str, limit: int = HISTORY_LIMIT) -> list[dict[str, Any]]:
        """Every message both ways, oldest first, with the assistant's triage beside each
        answer and who wrote each reply (the assistant, an operator, a notice)."""
        async with self.store.reader.connect() as conn:
            ins = (
                await conn.execute(
                    select(inbox.c.id, inbox.c.received_at, inbox.c.body, inbox.c.kind)
                    .where(inbox.c.person == person)
                    .order_by(inbox.c.id.desc())
                    .limit(limit)
                )
            ).all()
            outs = (
                await conn.execute(
                    select(
                        outbox.c.id,
                        outbox.c.inbox_id,
                        outbox.c.created_at,
                        outbox.c.body,
                        outbox.c.state,
                        outbox.c.error_code,
                        desk_sends.c.operator,
                        desk_sends.c.outbox_id.label("by_desk"),
                    )
                    .outerjoin(desk_sends, desk_sends.c.outbox_id == outbox.c.id)
                    .where(outbox.c.person == person)
                    .order_by(outbox.c.id.desc())
                    .limit(limit)
                )
            ).all()
            notes = {
                r.inbox_id: r
                for r in await conn.execute(
                    select(desk_notes)
                    .where(desk_notes.c.person == person)
                    .order_by(desk_notes.c.id.desc())
                    .limit(limit)
                )
            }
        items: list[dict[str, Any]] = []
        for r in ins:
            note = notes.get(r.id)
            items.append(
                {
                    "direction": "in",
                    "at": (_aware(r.received_at) or utcnow()).isoformat(),
                    "text": r.body or f"[{r.kind}]",
                    "triage": None
                    if note is None
                    else {
                        "level": note.level,
                        "topic": note.topic,
                        "reasons": list(note.reasons or []),
                        "silenced": bool(note.silenced),
                    },
                    "_key": (_aware(r.received_at), 0, r.id),
                }
            )
        for o in outs:
            author = "assistant"
            if o.by_desk is not None:
                author = o.operator or "notice"
            items.append(
                {
                    "direction": "out",
                    "at": (_aware(o.created_at) or utcnow()).isoformat(),
                    "text": o.body,
                    "author": author,
                    "status": o.state,
                    "error": o.error_code,
                    "_key": (_aware(o.created_at), 1, o.id),
                }
            )
        items.sort(key=lambda i: i.pop("_key"))
        return items[-limit:]

    async def last_inbound(self, person: str) -> datetime | None:
        async with self.store.reader.connect() as conn:
            return _aware(
                await conn.scalar(
                    select(func.max(inbox.c.received_at)).where(inbox.c.person == person)
                )
            )

    def window_open(self, summary: Summary, last: datetime | None, now: datetime) -> bool:
        if summary.channel not in WINDOWED_CHANNELS:
            return True
        return last is not None and now - last < WINDOW

    async def _row(self, conn: AsyncConnection, conversation_id: int) -> Any:
        query = _locked(self.store, select(desk).where(desk.c.id == conversation_id))
        row = (await conn.execute(query)).first()
        if row is None:
            raise NotFound
        return row

    async def take(self, conversation_id: int, operator: str) -> None:
        now = utcnow()
        async with self.store.engine.begin() as conn:
            await self._row(conn, conversation_id)
            await conn.execute(
                update(desk)
                .where(desk.c.id == conversation_id)
                .values(state="open", operator=operator, taken_at=now, closed_at=None)
                .values(updated_at=now)
            )
            await self._audit(conn, operator, "take", conversation_id, None, now)

    async def reply(
        self, conversation_id: int, operator: str, text: str, template: Template | None = None
    ) -> int:
        """Queue an operator's message in the outbox; the conversation is theirs from now.
        A ``template`` (approved by the provider) goes out when the 24-hour window has
        closed too; ``text`` is then what the history shows of it."""
        now = utcnow()
        async with self.store.engine.begin() as conn:
            row = await self._row(conn, conversation_id)
            summary = _summary(row)
            if summary.opted_out:
                raise OptedOut
            last = _aware(
                await conn.scalar(
                    select(func.max(inbox.c.received_at)).where(inbox.c.person == row.person)
                )
            )
            if template is None and not self.window_open(summary, last, now):
                raise WindowClosed
            message = OutboundMessage(text, template=template)
            result = await conn.execute(
                insert(outbox).returning(outbox.c.id),
                [outbox_row(row.person, row.channel, message, now)],
            )
            outbox_id = int(result.scalar_one())
            await conn.execute(
                insert(desk_sends).values(outbox_id=outbox_id, operator=operator, at=now)
            )
            values: dict[str, Any] = {"updated_at": now}
            if row.state != "open" or row.operator != operator:
                values |= {"state": "open", "operator": operator, "closed_at": None}
                values["taken_at"] = _aware(row.taken_at) or now
            await conn.execute(update(desk).where(desk.c.id == row.id).values(**values))
            action = "template" if template else "reply"
            await self._audit(conn, operator, action, conversation_id, f"outbox {outbox_id}", now)
        return outbox_id

    async def close(self, conversation_id: int, operator: str | None, notice: Wording) -> bool:
        """Hand the conversation back to the assistant and tell the person; False if it was
        already closed. ``notice(person, assistant_state)`` words the hand-back."""
        now = utcnow()
        async with self.store.engine.begin() as conn:
            row = await self._row(conn, conversation_id)
            if row.state == "closed":
                return False
            await self._hand_back(conn, row, notice, now, silent=row.state == "flagged")
            await conn.execute(
                update(desk)
                .where(desk.c.id == row.id)
                .values(state="closed", closed_at=now, updated_at=now, operator=operator)
            )
            await self._audit(conn, operator, "close", conversation_id, None, now)
        return True

    async def _hand_back(
        self,
        conn: AsyncConnection,
        row: Any,
        notice: Wording,
        now: datetime,
        *,
        silent: bool = False,
    ) -> None:
        if silent:
            return  # the assistant never stopped answering: nothing to tell
        state = await conn.scalar(
            select(conversations.c.state).where(conversations.c.person == row.person)
        )
        text = notice(row.person, state or {})
        result = await conn.execute(
            insert(outbox).returning(outbox.c.id),
            [outbox_row(row.person, row.channel, OutboundMessage(text), now)],
        )
        await conn.execute(
            insert(desk_sends).values(outbox_id=int(result.scalar_one()), operator=None, at=now)
        )

    async def expire(self, minutes: int, notice: Wording) -> int:
        """Hand back requests nobody took within ``minutes``; returns how many."""
        now = utcnow()
        cutoff = now - timedelta(minutes=minutes)
        query = select(desk).where(desk.c.state == "waiting", desk.c.requested_at < cutoff)
        if self.store.dialect == "postgresql":
            query = query.with_for_update(skip_locked=True)
        async with self.store.engine.begin() as conn:
            rows = (await conn.execute(query.limit(100))).all()
            for row in rows:
                await self._hand_back(conn, row, notice, now)
                await conn.execute(
                    update(desk)
                    .where(desk.c.id == row.id, desk.c.state == "waiting")
                    .values(state="closed", closed_at=now, updated_at=now, reason="timeout")
                )
                await self._audit(conn, None, "timeout", row.id, None, now)
        return len(rows)

    # --- audit ---------------------------------------------------------------------------

    async def _audit(
        self,
        conn: AsyncConnection,
        operator: str | None,
        action: str,
        conversation_id: int | None,
        detail: str | None,
        now: datetime,
    ) -> None:
        await conn.execute(
            insert(audit).values(
                at=now,
                operator=operator,
                action=action,
                conversation_id=conversation_id,
                detail=detail[:255] if detail else None,
            )
        )

    async def audit(
        self,
        operator: str | None,
        action: str,
        conversation_id: int | None = None,
        detail: str | None = None,
    ) -> None:
        async with self.store.engine.begin() as conn:
            await self._audit(conn, operator, action, conversation_id, detail, utcnow())

    async def audit_trail(self, limit: int = 200) -> list[dict[str, Any]]:
        async with self.store.reader.connect() as conn:
            rows = await conn.execute(select(audit).order_by(audit.c.id.desc()).limit(limit))
            return [
                {
                    "at": (_aware(r.at) or utcnow()).isoformat(),
                    "operator": r.operator,
                    "action": r.action,
                    "conversation_id": r.conversation_id,
                    "detail": r.detail,
                }
                for r in reversed(rows.all())
            ]

    # --- operators and sessions ----------------------------------------------------------

    async def set_operator(self, name: str, password_hash: str) -> bool:
        """Create or reset an operator; True if created. Resetting ends their sessions."""
        now = utcnow()
        async with self.store.engine.begin() as conn:
            existing = await conn.scalar(select(operators.c.name).where(operators.c.name == name))
            if existing is None:
                await conn.execute(
                    insert(operators).values(
                        name=name, password_hash=password_hash, created_at=now, updated_at=now
                    )
                )
            else:
                await conn.execute(
                    update(operators)
                    .where(operators.c.name == name)
                    .values(password_hash=password_hash, updated_at=now)
                )
                await conn.execute(
                    delete(console_sessions).where(console_sessions.c.operator == name)
                )
            action = "operator_add" if existing is None else "operator_reset"
            await self._audit(conn, None, action, None, name, now)
        return existing is None

    async def remove_operator(self, name: str) -> bool:
        now = utcnow()
        async with self.store.engine.begin() as conn:
            await conn.execute(delete(console_sessions).where(console_sessions.c.operator == name))
            gone = await conn.execute(delete(operators).where(operators.c.name == name))
            if gone.rowcount:
                await self._audit(conn, None, "operator_remove", None, name, now)
        return bool(gone.rowcount)

    async def operators(self) -> list[tuple[str, datetime]]:
        async with self.store.reader.connect() as conn:
            rows = await conn.execute(
                select(operators.c.name, operators.c.created_at).order_by(operators.c.name)
            )
            return [(r.name, _aware(r.created_at) or utcnow()) for r in rows]

    async def password_hash(self, name: str) -> str | None:
        async with self.store.reader.connect() as conn:
            value = await conn.scalar(
                select(operators.c.password_hash).where(operators.c.name == name)
            )
        return str(value) if value is not None else None

    async def update_hash(self, name: str, password_hash: str) -> None:
        async with self.store.engine.begin() as conn:
            query = update(operators).where(operators.c.name == name)
            await conn.execute(query.values(password_hash=password_hash))

    async def open_session(self, operator: str, hours: float) -> tuple[str, str]:
        """A new session: (the cookie's token, the CSRF token). Only the token's hash is kept."""
        now = utcnow()
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        async with self.store.engine.begin() as conn:
            await conn.execute(delete(console_sessions).where(console_sessions.c.expires_at < now))
            await conn.execute(
                insert(console_sessions).values(
                    token_hash=token_hash(token),
                    operator=operator,
                    csrf_token=csrf,
                    created_at=now,
                    expires_at=now + timedelta(hours=hours),
                )
            )
            await self._audit(conn, operator, "login", None, None, now)
        return token, csrf

    async def session(self, token: str) -> tuple[str, str] | None:
        """(operator, CSRF token) of a live session, or None."""
        async with self.store.reader.connect() as conn:
            row = (
                await conn.execute(
                    select(console_sessions.c.operator, console_sessions.c.csrf_token).where(
                        console_sessions.c.token_hash == token_hash(token),
                        console_sessions.c.expires_at > utcnow(),
                    )
                )
            ).first()
        return (row.operator, row.csrf_token) if row else None

    async def close_session(self, token: str) -> None:
        async with self.store.engine.begin() as conn:
            row = await conn.execute(
                delete(console_sessions)
                .where(console_sessions.c.token_hash == token_hash(token))
                .returning(console_sessions.c.operator)
            )
            operator = row.scalar()
            if operator:
                await self._audit(conn, operator, "logout", None, None, utcnow())

    # --- the sign-in rate limit, shared by every process ---------------------------------

    async def failures(self, keys: Sequence[str], window: timedelta) -> int:
        since = utcnow() - window
        async with self.store.reader.connect() as conn:
            count = await conn.scalar(
                select(func.count())
                .select_from(login_failures)
                .where(login_failures.c.key.in_(list(keys)), login_failures.c.at > since)
            )
        return int(count or 0)

    async def fail(self, keys: Sequence[str], name: str) -> None:
        now = utcnow()
        async with self.store.engine.begin() as conn:
            await conn.execute(insert(login_failures), [{"key": k[:128], "at": now} for k in keys])
            await conn.execute(
                delete(login_failures).where(login_failures.c.at < now - timedelta(days=1))
            )
            # The name tried is kept (it may be a typo of a real one), never the password.
            await self._audit(conn, None, "login_failed", None, name[:64], now)


def wording(responder: object) -> Callable[[str], Wording]:
    """``wording(assistant)(key)(person, state)``: a hand-back notice in the person's words."""
    from selfcare.desk.policy import notice
    from selfcare.events import Conversation

    def for_key(key: str) -> Wording:
        def word(person: str, state: Mapping[str, Any]) -> str:
            return notice(responder, Conversation(person=person, state=state), key, {})

        return word

    return for_key


async def expire_loop(
    desk_: Desk,
    responder: object,
    minutes: int,
    on_sent: Callable[[], None],
    every: float = 30.0,
) -> None:
    """Hand back requests nobody took within ``HANDOVER_TIMEOUT_MINUTES``, every ``every``
    seconds; safe with several processes (rows are claimed with ``SKIP LOCKED``)."""
    import asyncio
    import logging

    log = logging.getLogger(__name__)
    word = wording(responder)("handover_timeout")
    while True:
        try:
            count = await desk_.expire(minutes, word)
        except Exception as exc:
            log.error("handover timeout sweep failed: %s", type(exc).__name__)
        else:
            if count:
                log.info("handed %d unanswered handover request(s) back to the assistant", count)
                on_sent()
        await asyncio.sleep(every)

"""The tables. Every schema change goes through an Alembic migration in ``migrations/``.

inbox          every inbound message, unique per (channel, message_id): the dedupe key
outbox         every reply message, with its delivery state and next attempt time
send_attempts  one row per HTTP attempt, so an ambiguous timeout is never forgotten
statuses       every delivery status the provider reported, as received
conversations  one row per person: assistant state and the worker's lease
dead_letters   signed bodies or parts of bodies we could not use: kept, never retried
send_buckets   one token bucket per channel: the outbound rate, shared by every process
desk           one row per person a human may need to see: handover state, urgency, operator
desk_notes     the assistant's triage beside each answer (level, topic, red flags), for operators
desk_sends     which outbox rows an operator wrote, and who
operators      people who may sign in to the console (argon2 password hashes)
console_sessions  signed-in browsers (token hashes only), with their CSRF token
login_failures    recent failed sign-ins, for the rate limit shared by every process
audit          who opened which conversation and who sent what, when (never message content)
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)

# SQLite only auto-increments INTEGER PRIMARY KEY; PostgreSQL wants BIGINT for 10M+ rows.
Id = BigInteger().with_variant(Integer(), "sqlite")
When = DateTime(timezone=True)

metadata = MetaData()

inbox = Table(
    "inbox",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("channel", String(16), nullable=False),
    Column("message_id", String(255), nullable=False),
    Column("person", String(64), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("body", Text),
    Column("event", JSON, nullable=False),
    Column("sent_at", When, nullable=False),
    Column("received_at", When, nullable=False),
    Column("state", String(12), nullable=False, server_default="pending"),
    Column("processed_at", When),
    UniqueConstraint("channel", "message_id", name="uq_inbox_message"),
    Index("ix_inbox_person", "person", "id"),
    Index(
        "ix_inbox_pending",
        "id",
        sqlite_where=text("state = 'pending'"),
        postgresql_where=text("state = 'pending'"),
    ),
    Index("ix_inbox_received", "received_at"),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("inbox_id", Id, ForeignKey("inbox.id", ondelete="SET NULL")),
    Column("channel", String(16), nullable=False),
    Column("person", String(64), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("body", Text, nullable=False),
    Column("state", String(12), nullable=False, server_default="pending"),
    Column("provider_id", String(255)),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("due_at", When, nullable=False),
    Column("lease_until", When),
    Column("error_code", String(32)),
    Column("created_at", When, nullable=False),
    Column("received_at", When),  # when the message it answers reached us (latency)
    Column("sent_at", When),
    Column("updated_at", When, nullable=False),
    Index("ix_outbox_person", "person", "id"),
    Index(
        "ix_outbox_pending",
        "due_at",
        sqlite_where=text("state = 'pending'"),
        postgresql_where=text("state = 'pending'"),
    ),
    Index("ix_outbox_provider_id", "provider_id"),
    Index("ix_outbox_created", "created_at"),
)

send_attempts = Table(
    "send_attempts",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("outbox_id", Id, ForeignKey("outbox.id", ondelete="CASCADE"), nullable=False),
    Column("started_at", When, nullable=False),
    Column("finished_at", When),
    Column("outcome", String(12), nullable=False, server_default="started"),
    Column("error_code", String(32)),
    Index("ix_send_attempts_outbox", "outbox_id"),
)

statuses = Table(
    "statuses",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("channel", String(16), nullable=False),
    Column("provider_id", String(255), nullable=False),
    Column("outbox_id", Id, ForeignKey("outbox.id", ondelete="CASCADE")),
    Column("status", String(12), nullable=False),
    Column("at", When, nullable=False),
    Column("error_code", String(32)),
    Column("received_at", When, nullable=False),
    Index("ix_statuses_provider_id", "provider_id"),
    Index("ix_statuses_outbox", "outbox_id"),
)

conversations = Table(
    "conversations",
    metadata,
    Column("person", String(64), primary_key=True),
    Column("state", JSON, nullable=False),
    Column("lease_owner", String(64)),
    Column("lease_until", When),
    Column("created_at", When, nullable=False),
    Column("updated_at", When, nullable=False),
)

dead_letters = Table(
    "dead_letters",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("channel", String(16), nullable=False),
    Column("reason", String(255), nullable=False),
    Column("body", LargeBinary, nullable=False),
    Column("received_at", When, nullable=False),
    Index("ix_dead_letters_received", "received_at"),
)

send_buckets = Table(
    "send_buckets",
    metadata,
    Column("channel", String(16), primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("updated_at", When, nullable=False),
)

# --- handover and the operator console ------------------------------------------------------

desk = Table(
    "desk",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("person", String(64), nullable=False, unique=True),
    # waiting: asked for a human, the assistant is silent · open: an operator holds it ·
    # flagged: escalated automatically, the assistant still answers · closed: handed back
    Column("state", String(12), nullable=False),
    Column("urgent", Boolean, nullable=False, server_default=false()),
    Column("level", String(16)),
    Column("topic", String(64)),
    Column("reason", String(32)),  # asked · emergency · urgent · crisis
    Column("channel", String(16), nullable=False),
    Column("operator", String(64)),
    Column("requested_at", When, nullable=False),
    Column("taken_at", When),
    Column("closed_at", When),
    Column("last_inbound_at", When),
    Column("updated_at", When, nullable=False),
    Index("ix_desk_state", "state", "requested_at"),
)

desk_notes = Table(
    "desk_notes",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("person", String(64), nullable=False),
    Column("inbox_id", Id, ForeignKey("inbox.id", ondelete="CASCADE")),
    Column("level", String(16)),
    Column("topic", String(64)),
    Column("reasons", JSON, nullable=False),
    Column("silenced", Boolean, nullable=False, server_default=false()),
    Column("at", When, nullable=False),
    Index("ix_desk_notes_person", "person", "id"),
)

desk_sends = Table(
    "desk_sends",
    metadata,
    Column("outbox_id", Id, ForeignKey("outbox.id", ondelete="CASCADE"), primary_key=True),
    Column("operator", String(64)),  # None: a handover notice the service sent
    Column("at", When, nullable=False),
)

operators = Table(
    "operators",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("password_hash", String(255), nullable=False),
    Column("created_at", When, nullable=False),
    Column("updated_at", When, nullable=False),
)

console_sessions = Table(
    "console_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column(
        "operator",
        String(64),
        ForeignKey("operators.name", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", When, nullable=False),
    Column("expires_at", When, nullable=False),
)

login_failures = Table(
    "login_failures",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("key", String(128), nullable=False),
    Column("at", When, nullable=False),
    Index("ix_login_failures_key", "key", "at"),
)

audit = Table(
    "audit",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("at", When, nullable=False),
    Column("operator", String(64)),
    Column("action", String(32), nullable=False),
    Column("conversation_id", Id),
    Column("detail", String(255)),
    Index("ix_audit_at", "at"),
)

"""The tables. Every schema change goes through an Alembic migration in ``migrations/``.

inbox          every inbound message, unique per (channel, message_id): the dedupe key
outbox         every reply message, with its delivery state and next attempt time
send_attempts  one row per HTTP attempt, so an ambiguous timeout is never forgotten
statuses       every delivery status the provider reported, as received
conversations  one row per person: assistant state and the worker's lease
dead_letters   signed bodies or parts of bodies we could not use: kept, never retried
send_buckets   one token bucket per channel: the outbound rate, shared by every process
               (its row "~ready" is /readyz's proof that the store takes writes)
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
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

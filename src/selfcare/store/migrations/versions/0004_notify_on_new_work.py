"""PostgreSQL: NOTIFY when work is stored, so workers in other processes wake at once

Revision ID: 0004
Revises: 0003_desk
Create Date: 2026-12-04 16:00:00

Statement-level triggers on the inbox and the outbox call ``pg_notify``; PostgreSQL delivers
the notification when the storing transaction commits (never before, so a woken worker finds
the rows), and folds repeats within a transaction into one. SQLite has no other processes to
wake across machines: nothing to do there.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003_desk"
branch_labels = None
depends_on = None

CHANNELS = {"inbox": "selfcare_inbox", "outbox": "selfcare_outbox"}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE OR REPLACE FUNCTION selfcare_notify() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN PERFORM pg_notify(TG_ARGV[0], ''); RETURN NULL; END $$"
    )
    for table, channel in CHANNELS.items():
        op.execute(
            f"CREATE TRIGGER {table}_notify AFTER INSERT ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION selfcare_notify('{channel}')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in CHANNELS:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify ON {table}")
    op.execute("DROP FUNCTION IF EXISTS selfcare_notify()")

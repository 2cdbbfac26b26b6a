"""Alembic environment. The service runs migrations itself on start (``database.migrate``),
handing over its connection; ``alembic -c src/selfcare/store/alembic.ini`` works for authors."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from selfcare.store.tables import metadata

config = context.config
connection = config.attributes.get("connection")

if connection is not None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:  # pragma: no cover - authoring new migrations from the command line
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///./data/dev.db")
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()

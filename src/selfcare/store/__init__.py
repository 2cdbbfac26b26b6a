"""Durable storage: tables, migrations and the async queries the pipeline uses."""

from selfcare.store.store import (
    Completion,
    DeadLetter,
    HistoryItem,
    InboxRow,
    OutboxRow,
    SendOutcome,
    Store,
    StoreVanished,
    Work,
    WriteResult,
    utcnow,
)

__all__ = [
    "Completion",
    "DeadLetter",
    "HistoryItem",
    "InboxRow",
    "OutboxRow",
    "SendOutcome",
    "Store",
    "StoreVanished",
    "Work",
    "WriteResult",
    "utcnow",
]

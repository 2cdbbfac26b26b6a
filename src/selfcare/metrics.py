"""Prometheus metrics, served at ``/metrics``."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

EVENTS = Counter("selfcare_events_received_total", "Webhook events received", ["channel", "type"])
DUPLICATES = Counter("selfcare_duplicates_total", "Inbound messages already stored", ["channel"])
DEAD_LETTERS = Counter("selfcare_dead_letters_total", "Bodies or parts kept as dead letters")
REJECTED = Counter("selfcare_webhooks_rejected_total", "Webhooks refused", ["channel", "reason"])
REPLIES_SENT = Counter("selfcare_replies_sent_total", "Reply messages accepted by the provider")
SEND_FAILURES = Counter("selfcare_send_failures_total", "Failed send attempts", ["code"])
QUEUE_DEPTH = Gauge("selfcare_queue_depth", "Work waiting", ["queue"])
ACK_LATENCY = Histogram(
    "selfcare_webhook_ack_seconds",
    "Time from request to acknowledgement",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0),
)
REPLY_LATENCY = Histogram(
    "selfcare_webhook_to_reply_seconds",
    "Time from receiving a message to the provider accepting the reply",
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 60.0),
)
LOOP_ERRORS = Counter(
    "selfcare_loop_errors_total",
    "Unexpected errors a background loop survived (worker, sender, inbox, receipts, retention)",
    ["loop"],
)

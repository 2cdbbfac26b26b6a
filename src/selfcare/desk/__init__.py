"""Handover to people: the desk where conversations wait for an operator.

hours     opening hours in the desk's time zone (``HANDOVER_HOURS``, ``HANDOVER_TIMEZONE``)
policy    what the worker does with a reply when a person asked for a human, when a human
          holds the conversation (silence, except safety), and what to flag (``HANDOVER_ON``)
store     the desk's queries: handover state, operator replies through the outbox, the
          timeout, operators, console sessions, the sign-in rate limit and the audit trail
auth      password hashing (argon2) and session tokens

States of a conversation at the desk::

    (none) ──asks for a human──▶ waiting ──take / reply──▶ open ──close──▶ closed
       │                            │ HANDOVER_TIMEOUT_MINUTES ──────────────▲
       └──HANDOVER_ON level──▶ flagged (the assistant still answers) ──close─┘

While ``waiting`` or ``open`` the assistant is silent, except that a red flag or a crisis
statement is answered at once and marks the conversation urgent.
"""

"""The operator console: pages under ``/console/`` and the JSON API they use.

Everything here is glue between HTTP and :class:`selfcare.desk.store.Desk`; the desk keeps
the state and the audit trail. Without a session the API answers 401 and pages redirect to
the sign-in form; every state change needs the session's ``X-CSRF-Token``.
"""

from selfcare.console.routes import console_routes

__all__ = ["console_routes"]

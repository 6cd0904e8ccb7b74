"""The instructor dashboard's server-side sessions (table dashboard_session, migration 0005).

Logging in with the instructor token opens a session: the browser's cookie holds only a
random 256-bit id, the database its SHA-256, the cohort and an expiry. Logging out deletes
the row, so a copied cookie stops working at once; an expired one is refused and swept
away at the next login. The instructor token never travels again after the login form.

The logout form's CSRF token is derived from the session id (an HMAC-free hash is enough:
the id is secret and random), so it needs no column and a page from another site cannot
know it.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, insert, select

from . import schema

LIFETIME = timedelta(hours=12)


def _digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def csrf_token(session_id: str) -> str:
    """The token a logged-in page's forms carry: tied to the session, useless without it."""
    return hashlib.sha256(b"mlfun-csrf:" + session_id.encode()).hexdigest()


class DashboardSessions:
    def __init__(self, engine, lifetime: timedelta = LIFETIME):
        self.engine, self.lifetime = engine, lifetime

    def open(self, cohort_id: int, now: datetime | None = None) -> str:
        """A new session for the cohort's instructor; returns the id for the cookie (kept nowhere else)."""
        now = now or datetime.now(timezone.utc)
        session_id = secrets.token_urlsafe(32)
        table = schema.dashboard_session
        with self.engine.begin() as conn:
            conn.execute(delete(table).where(table.c.expires_at <= now))
            conn.execute(insert(table).values(id_hash=_digest(session_id), cohort_id=cohort_id,
                                              created_at=now, expires_at=now + self.lifetime))
        return session_id

    def cohort(self, session_id: str, now: datetime | None = None):
        """The cohort row this unexpired session opens, or None."""
        now = now or datetime.now(timezone.utc)
        table = schema.dashboard_session
        with self.engine.connect() as conn:
            return conn.execute(select(schema.cohort).join(table, table.c.cohort_id == schema.cohort.c.id)
                                .where(table.c.id_hash == _digest(session_id), table.c.expires_at > now)).first()

    def close(self, session_id: str) -> None:
        table = schema.dashboard_session
        with self.engine.begin() as conn:
            conn.execute(delete(table).where(table.c.id_hash == _digest(session_id)))

"""Web sessions and API tokens: random secrets handed out once, stored only as their sha256."""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from datetime import datetime, timedelta, timezone
from typing import Any

from ..store.custody import utcnow

TOKEN_PREFIX = "dsr_"


def digest(token: str) -> str:
    """Return the sha256 under which a token is stored."""
    return hashlib.sha256(token.encode()).hexdigest()


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def open_session(conn: sqlite3.Connection, user_id: int, hours: float) -> tuple[str, str]:
    """Start a session; returns (cookie token, CSRF token)."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    expires = _iso(datetime.now(timezone.utc) + timedelta(hours=hours))
    conn.execute("INSERT INTO sessions(token_sha256, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                 (digest(token), user_id, csrf, utcnow(), expires))
    return token, csrf


def find_session(conn: sqlite3.Connection, token: str) -> Any:
    """Return the live session row (user_id, csrf) for a cookie token, or None."""
    now = _iso(datetime.now(timezone.utc))
    return conn.execute("SELECT user_id, csrf FROM sessions WHERE token_sha256 = ? AND expires_at > ?",
                        (digest(token), now)).fetchone()


def close_session(conn: sqlite3.Connection, token: str) -> None:
    """End a session (log out)."""
    conn.execute("DELETE FROM sessions WHERE token_sha256 = ?", (digest(token),))


def new_token(conn: sqlite3.Connection, user_id: int, label: str) -> str:
    """Create an API token for scripts; returns it (shown once, stored hashed)."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    conn.execute("INSERT INTO api_tokens(token_sha256, user_id, label, created_at) VALUES (?, ?, ?, ?)",
                 (digest(token), user_id, label, utcnow()))
    return token


def token_user(conn: sqlite3.Connection, token: str) -> int | None:
    """Return the user ID an API token belongs to, or None."""
    row = conn.execute("SELECT user_id FROM api_tokens WHERE token_sha256 = ?", (digest(token),)).fetchone()
    return int(row[0]) if row else None

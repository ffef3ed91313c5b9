"""Who is asking: the session cookie or API token behind a request, CSRF checks, and page rendering helpers.

Pages and the API share one permission rule: a collection the user has no role in does
not exist for them. ``visible`` lists what they may see; ``collection_role`` and
``document`` answer NotFound (404, one message) for hidden and missing things alike.
"""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import Request
from fastapi.responses import Response

from ..accounts import sessions
from ..accounts.users import User, Users
from .errors import NotFound, SignInNeeded, WebError
from .state import WebState, client_ip

SESSION_COOKIE = "dossier_session"
LOGIN_COOKIE = "dossier_login"  # double-submit CSRF token for the log-in form, before any session exists


def web(request: Request) -> WebState:
    """Return the app's shared state."""
    return request.app.state.web


def current_user(request: Request) -> User | None:
    """Return the signed-in user (session cookie or Bearer token), or None; cached on the request."""
    if hasattr(request.state, "user"):
        return request.state.user
    state, user, csrf, via_token = web(request), None, None, False
    conn = state.archive().conn
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        user_id = sessions.token_user(conn, header[7:].strip())
        if user_id is None:
            raise WebError(401, "The API token is not valid; create a new one on your account page.")
        user, via_token = Users(conn).by_id(user_id), True
    elif cookie := request.cookies.get(SESSION_COOKIE):
        row = sessions.find_session(conn, cookie)
        if row is not None:
            user, csrf = Users(conn).by_id(row["user_id"]), row["csrf"]
    request.state.user, request.state.csrf, request.state.via_token = user, csrf, via_token
    return user


def require_user(request: Request) -> User:
    """FastAPI dependency: the signed-in user, else 401 (pages redirect to /login)."""
    user = current_user(request)
    if user is None:
        raise SignInNeeded()
    return user


def check_csrf(request: Request, token: str) -> None:
    """Refuse a state-changing request from a session without the session's CSRF token (API tokens need none)."""
    if request.state.via_token:
        return
    expected = request.state.csrf or ""
    if not expected or not secrets.compare_digest(expected.encode(), (token or "").encode()):
        raise WebError(403, "The form was stale or did not come from this site; reload the page and try again.")


def visible(request: Request, user: User) -> list[str]:
    """Return the names of the collections the user may see, sorted."""
    conn = web(request).archive().conn
    if user.admin:
        return [r[0] for r in conn.execute("SELECT name FROM collections ORDER BY name")]
    names = {r[0] for r in conn.execute("SELECT name FROM collections")}
    return sorted(c for c in user.roles if c in names)


def collection_role(request: Request, user: User, name: str, need: str = "viewer") -> str:
    """Return the user's role in a collection holding at least ``need``; NotFound when hidden or missing."""
    conn = web(request).archive().conn
    if not conn.execute("SELECT 1 FROM collections WHERE name = ?", (name,)).fetchone():
        raise NotFound()
    role = user.role(name)
    if role is None:
        raise NotFound()
    if not user.can(name, need):
        raise WebError(403, f"Your role in this collection is {role}; this needs {need} or more.")
    return role


def document(request: Request, user: User, doc_id: str) -> Any:
    """Return a document row the user may see; NotFound otherwise (IDs are only matched exactly)."""
    if not (16 <= len(doc_id) <= 128) or not all(c in "0123456789abcdef" for c in doc_id):
        raise NotFound()
    row = web(request).archive().conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None or user.role(row["collection"]) is None:
        raise NotFound()
    return row


def audit(request: Request, user: User, action: str, **fields: Any) -> None:
    """Record an action in the audit log before the response goes out."""
    web(request).audit.record(user.name, client_ip(request), action, **fields)


def render(request: Request, template: str, context: dict[str, Any], status: int = 200) -> Response:
    """Render a page with the user and CSRF token in its context."""
    user = current_user(request)
    base = {"user": user, "csrf": getattr(request.state, "csrf", None) or ""}
    return web(request).templates.TemplateResponse(request, template, {**base, **context}, status_code=status)

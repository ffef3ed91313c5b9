"""Log in and out, the account page with API tokens, and /api/me."""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from ...accounts import sessions
from ...accounts.users import User, Users
from ..auth import LOGIN_COOKIE, SESSION_COOKIE, check_csrf, render, require_user, visible, web
from ..errors import WebError
from ..state import client_ip

router = APIRouter()


def _cookie(response: Response, request: Request, name: str, value: str, max_age: int) -> None:
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="strict",
                        secure=web(request).secure_cookies, path="/")


def _login_page(request: Request, message: str = "", status: int = 200) -> Response:
    token = secrets.token_urlsafe(24)
    response = render(request, "login.html", {"login_token": token, "message": message}, status)
    _cookie(response, request, LOGIN_COOKIE, token, 3600)
    return response


@router.get("/login", include_in_schema=False)
def login_form(request: Request) -> Response:
    """The log-in form."""
    return _login_page(request)


@router.post("/login", include_in_schema=False)
def login(request: Request, name: str = Form(""), password: str = Form(""), csrf: str = Form("")) -> Response:
    """Check the password (rate limited per name and address) and start a session."""
    state = web(request)
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not expected or not secrets.compare_digest(expected.encode(), csrf.encode()):
        raise WebError(403, "The form was stale or did not come from this site; reload the page and try again.")
    keys = (f"name:{name}", f"ip:{client_ip(request)}")
    if state.limiter.blocked(*keys):
        raise WebError(429, "Too many failed attempts; wait 15 minutes and try again.")
    conn = state.archive().conn
    user = Users(conn).authenticate(name, password)
    if user is None:
        state.limiter.failed(*keys)
        return _login_page(request, "That name and password do not match.", 401)
    with state.archive().transaction():
        token, _ = sessions.open_session(conn, user.id, state.session_hours)
    state.audit.record(user.name, client_ip(request), "login")
    response = RedirectResponse("/", status_code=303)
    _cookie(response, request, SESSION_COOKIE, token, int(state.session_hours * 3600))
    response.delete_cookie(LOGIN_COOKIE, path="/")
    return response


@router.post("/logout", include_in_schema=False)
def logout(request: Request, csrf: str = Form(""), user: User = Depends(require_user)) -> Response:
    """End the session."""
    check_csrf(request, csrf)
    conn = web(request).archive().conn
    with web(request).archive().transaction():
        sessions.close_session(conn, request.cookies.get(SESSION_COOKIE, ""))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def me_data(request: Request, user: User) -> dict[str, Any]:
    """Return the user's name, admin flag and role per visible collection."""
    return {"name": user.name, "admin": user.admin,
            "collections": {c: user.role(c) for c in visible(request, user)}}


@router.get("/account", include_in_schema=False)
def account(request: Request, user: User = Depends(require_user)) -> Response:
    """The account page: roles and API tokens."""
    conn = web(request).archive().conn
    tokens = [dict(r) for r in conn.execute("SELECT label, created_at FROM api_tokens WHERE user_id = ? "
                                            "ORDER BY created_at", (user.id,))]
    return render(request, "account.html", {"me": me_data(request, user), "tokens": tokens, "new_token": None})


@router.post("/account/tokens", include_in_schema=False)
def create_token(request: Request, label: str = Form(""), csrf: str = Form(""),
                 user: User = Depends(require_user)) -> Response:
    """Create an API token and show it once."""
    check_csrf(request, csrf)
    label = label.strip()[:100] or "script"
    conn = web(request).archive().conn
    with web(request).archive().transaction():
        token = sessions.new_token(conn, user.id, label)
    web(request).audit.record(user.name, client_ip(request), "token.created", detail={"label": label})
    tokens = [dict(r) for r in conn.execute("SELECT label, created_at FROM api_tokens WHERE user_id = ? "
                                            "ORDER BY created_at", (user.id,))]
    return render(request, "account.html", {"me": me_data(request, user), "tokens": tokens, "new_token": token})


@router.get("/api/me", tags=["account"])
def api_me(request: Request, user: User = Depends(require_user)) -> dict[str, Any]:
    """Return who the token or session belongs to and their role in each visible collection."""
    return me_data(request, user)

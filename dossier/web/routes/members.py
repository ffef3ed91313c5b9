"""Who may see a collection: owners and admins grant and revoke roles; every change is audited."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from ...accounts.users import ROLES, User, Users
from ..auth import check_csrf, collection_role, render, require_user, web
from ..errors import WebError
from ..state import client_ip

router = APIRouter()


def members_data(request: Request, user: User, name: str) -> dict[str, Any]:
    """Return a collection's members (owners and admins only)."""
    collection_role(request, user, name, "owner")
    return {"collection": name, "members": Users(web(request).archive().conn).members(name)}


@router.get("/c/{name}/members", include_in_schema=False)
def members_page(request: Request, name: str, user: User = Depends(require_user)) -> Response:
    """The members page with grant and revoke forms."""
    return render(request, "members.html", {"m": members_data(request, user, name), "roles": ROLES})


@router.post("/c/{name}/members", include_in_schema=False)
def change(request: Request, name: str, member: str = Form(""), role: str = Form(""), csrf: str = Form(""),
           user: User = Depends(require_user)) -> Response:
    """Grant a role (or revoke it with role=none)."""
    check_csrf(request, csrf)
    collection_role(request, user, name, "owner")
    users = Users(web(request).archive().conn)
    if users.get(member) is None:
        raise WebError(400, "There is no user with that name; an admin adds users with `dossier user add`.")
    if member == user.name and not user.admin:
        raise WebError(400, "You cannot change your own role; ask another owner or an admin.")
    if role == "none":
        users.revoke(member, name, actor=user.name, ip=client_ip(request))
    else:
        users.grant(member, name, role, actor=user.name, ip=client_ip(request))
    return RedirectResponse(f"/c/{quote(name, safe='')}/members", status_code=303)


@router.get("/api/collections/{name}/members", tags=["collections"])
def api_members(request: Request, name: str, user: User = Depends(require_user)) -> dict[str, Any]:
    """Return who holds which role in a collection (owners and admins only)."""
    return members_data(request, user, name)

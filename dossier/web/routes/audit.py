"""The audit log, read-only: owners see their collections' rows, admins everything; CSV or JSON export."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from ...accounts import audit as log
from ...accounts.users import User
from ..auth import collection_role, render, require_user, visible, web
from ..errors import WebError

router = APIRouter()


def audit_data(request: Request, user: User, collection: str | None, limit: int | None, offset: int) -> dict[str, Any]:
    """Return audit rows the user may see: of one collection they own, or all of theirs; admins see everything."""
    if collection is not None:
        collection_role(request, user, collection, "owner")
        scope: list[str] | None = [collection]
    elif user.admin:
        scope = None
    else:
        scope = [c for c in visible(request, user) if user.can(c, "owner")]
        if not scope:
            raise WebError(403, "The audit log is shown to collection owners and admins.")
    conn = web(request).archive().conn
    return {"collection": collection, "rows": log.rows(conn, scope, limit, offset), "offset": offset,
            "intact": log.verify(conn) is None if user.admin else None}


@router.get("/audit", include_in_schema=False)
def audit_page(request: Request, collection: str | None = Query(None), offset: int = Query(0, ge=0, le=10_000_000),
               user: User = Depends(require_user)) -> Response:
    """The audit log page."""
    return render(request, "audit.html", {"a": audit_data(request, user, collection, 200, offset)})


@router.get("/audit/export", tags=["audit"], response_class=Response,
            responses={200: {"content": {"text/csv": {}, "application/json": {}}, "description": "Every visible row."}})
def audit_export(request: Request, collection: str | None = Query(None),
                 format: str = Query("csv", pattern="^(csv|json)$"), user: User = Depends(require_user)) -> Response:
    """Export the audit rows you may see as CSV or JSON."""
    data = audit_data(request, user, collection, None, 0)
    media = "text/csv; charset=utf-8" if format == "csv" else "application/json"
    return Response(log.export(data["rows"], format), media_type=media,
                    headers={"Content-Disposition": f'attachment; filename="dossier-audit.{format}"'})


@router.get("/api/audit", tags=["audit"])
def api_audit(request: Request, collection: str | None = Query(None), limit: int = Query(200, ge=1, le=10_000),
              offset: int = Query(0, ge=0, le=10_000_000), user: User = Depends(require_user)) -> dict[str, Any]:
    """Return audit rows, newest first (owners: their collections; admins: everything, with a chain check)."""
    return audit_data(request, user, collection, limit, offset)

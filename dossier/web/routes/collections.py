"""The collections list and a collection's overview: documents by type, language and year, progress, failures."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from ...accounts.users import User
from ..auth import check_csrf, collection_role, render, require_user, visible, web
from ..errors import WebError
from ..state import client_ip

router = APIRouter()
PAGE = 100


def list_data(request: Request, user: User) -> list[dict[str, Any]]:
    """Return the visible collections with document counts and the user's role."""
    names = visible(request, user)
    if not names:
        return []
    conn = web(request).archive().conn
    marks = ",".join("?" * len(names))
    counts = {r[0]: (r[1], r[2]) for r in conn.execute(
        f"SELECT collection, COUNT(*), SUM(parent_id IS NULL) FROM documents WHERE collection IN ({marks}) "
        "GROUP BY collection", names)}
    created = {r[0]: r[1] for r in conn.execute(f"SELECT name, created_at FROM collections WHERE name IN ({marks})",
                                                names)}
    return [{"name": n, "role": user.role(n), "documents": counts.get(n, (0, 0))[0],
             "top_level": counts.get(n, (0, 0))[1] or 0, "created_at": created[n]} for n in names]


def progress_data(request: Request, name: str) -> dict[str, Any]:
    """Return how many documents are stored, read and failed, and whether uploads are running."""
    conn = web(request).archive().conn
    stored = conn.execute("SELECT COUNT(*) FROM documents WHERE collection = ? AND status IN ('stored', 'partial')",
                          (name,)).fetchone()[0]
    read = {r[0]: r[1] for r in conn.execute(
        "SELECT e.status, COUNT(*) FROM extractions e JOIN documents d ON d.id = e.doc_id WHERE d.collection = ? "
        "GROUP BY e.status", (name,))}
    jobs = [j.as_dict() for j in web(request).jobs.jobs.values()
            if j.collection == name and j.stage not in ("done", "failed")]
    return {"stored": stored, "read": sum(read.values()), "read_done": read.get("done", 0),
            "read_failed": read.get("failed", 0), "unsupported": read.get("unsupported", 0), "uploads": jobs}


def overview_data(request: Request, user: User, name: str, offset: int = 0) -> dict[str, Any]:
    """Return a collection's counts by type, language and year, failures, and one page of its documents."""
    role = collection_role(request, user, name)
    conn = web(request).archive().conn
    by_type = [dict(r) for r in conn.execute(
        "SELECT COALESCE(mime, 'unknown') AS key, COUNT(*) AS count FROM documents WHERE collection = ? "
        "GROUP BY key ORDER BY count DESC, key", (name,))]
    by_lang = [dict(r) for r in conn.execute(
        "SELECT COALESCE(p.lang, 'unknown') AS key, COUNT(DISTINCT p.doc_id) AS count FROM pages p "
        "JOIN documents d ON d.id = p.doc_id WHERE d.collection = ? GROUP BY key ORDER BY count DESC, key", (name,))]
    by_year = [dict(r) for r in conn.execute(
        "SELECT substr(m.value, 1, 4) AS key, COUNT(DISTINCT m.doc_id) AS count FROM doc_metadata m "
        "JOIN documents d ON d.id = m.doc_id WHERE d.collection = ? AND m.key IN ('date', 'created') "
        "AND m.value GLOB '[12][0-9][0-9][0-9]*' GROUP BY key ORDER BY key", (name,))]
    failed = [dict(r) for r in conn.execute(
        "SELECT id, path, status, reason FROM documents WHERE collection = ? AND status IN ('failed', 'partial') "
        "UNION ALL SELECT d.id, d.path, 'unreadable', e.reason FROM extractions e JOIN documents d ON d.id = e.doc_id "
        "WHERE d.collection = ? AND e.status = 'failed' LIMIT 200", (name, name))]
    total = conn.execute("SELECT COUNT(*) FROM documents WHERE collection = ?", (name,)).fetchone()[0]
    docs = [dict(r) for r in conn.execute(
        "SELECT d.id, d.path, d.mime, d.size, d.status, d.parent_id, e.pages FROM documents d "
        "LEFT JOIN extractions e ON e.doc_id = d.id WHERE d.collection = ? ORDER BY d.rowid LIMIT ? OFFSET ?",
        (name, PAGE, offset))]
    return {"name": name, "role": role, "total": total, "offset": offset, "limit": PAGE, "documents": docs,
            "by_type": by_type, "by_language": by_lang, "by_year": by_year, "failed": failed,
            "progress": progress_data(request, name)}


@router.get("/", include_in_schema=False)
def home(request: Request, user: User = Depends(require_user)) -> Response:
    """The collections list."""
    return render(request, "collections.html", {"collections": list_data(request, user)})


@router.post("/collections", include_in_schema=False)
def create(request: Request, name: str = Form(""), csrf: str = Form(""), user: User = Depends(require_user)) -> Response:
    """Create a collection (site admins only) and make the creator its owner."""
    check_csrf(request, csrf)
    if not user.admin:
        raise WebError(403, "Only a site admin can create collections.")
    from ...accounts.users import Users

    archive = web(request).archive()
    archive.ensure_collection(name.strip())
    Users(archive.conn).grant(user.name, name.strip(), "owner", actor=user.name, ip=client_ip(request))
    return RedirectResponse("/c/" + quote(name.strip(), safe=""), status_code=303)


@router.get("/c/{name}", include_in_schema=False)
def overview(request: Request, name: str, offset: int = Query(0, ge=0, le=10_000_000),
             user: User = Depends(require_user)) -> Response:
    """A collection's overview page."""
    return render(request, "collection.html", {"c": overview_data(request, user, name, offset)})


@router.get("/c/{name}/progress", include_in_schema=False)
def progress(request: Request, name: str, user: User = Depends(require_user)) -> Response:
    """The live progress box (polled by htmx)."""
    collection_role(request, user, name)
    return render(request, "_progress.html", {"name": name, "p": progress_data(request, name)})


@router.get("/api/collections", tags=["collections"])
def api_list(request: Request, user: User = Depends(require_user)) -> list[dict[str, Any]]:
    """Return the collections you have a role in, with document counts."""
    return list_data(request, user)


@router.get("/api/collections/{name}", tags=["collections"])
def api_overview(request: Request, name: str, offset: int = Query(0, ge=0, le=10_000_000),
                 user: User = Depends(require_user)) -> dict[str, Any]:
    """Return a collection's overview: counts by type, language and year, failures, progress, documents."""
    return overview_data(request, user, name, offset)

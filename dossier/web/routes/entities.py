"""Entity pages: a name, number or address and every visible page that mentions it; entities on a page."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import Response

from ...accounts.users import User
from ..auth import audit, render, require_user, visible, web
from ..errors import NotFound

router = APIRouter()
LIMIT = 500


def on_page(request: Request, doc_id: str, page: int) -> list[dict[str, Any]]:
    """Return the entities mentioned on a page the caller has already been allowed to see."""
    conn = web(request).archive().conn
    return [dict(r) for r in conn.execute(
        "SELECT DISTINCT COALESCE(e.merged_into, e.id) AS id, m.type, m.text FROM mentions m "
        "JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ? AND m.page = ? ORDER BY m.type, m.text",
        (doc_id, page))]


def entity_data(request: Request, user: User, entity_id: int) -> dict[str, Any]:
    """Return an entity's mentions in the collections the user may see; NotFound when there are none.

    The name shown is taken from those mentions, never from the entity row, which may have
    been named by a document in a collection the user cannot see.
    """
    from ...entities.store import EntityStore

    allowed = visible(request, user)
    archive = web(request).archive()
    if not allowed or archive.conn.execute("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is None:
        raise NotFound()
    store = EntityStore(archive)
    members = store.members(store.canonical(entity_id))
    rows = [dict(r) for r in archive.conn.execute(
        f"SELECT m.doc_id, m.page, m.type, m.text, d.path AS name, d.collection FROM mentions m "
        f"JOIN documents d ON d.id = m.doc_id WHERE m.entity_id IN ({','.join('?' * len(members))}) "
        f"AND d.collection IN ({','.join('?' * len(allowed))}) ORDER BY d.collection, d.path, m.page, m.start LIMIT ?",
        (*members, *allowed, LIMIT))]
    if not rows:
        raise NotFound()
    names = sorted({r["text"] for r in rows}, key=lambda t: (-sum(r["text"] == t for r in rows), t))
    return {"id": store.canonical(entity_id), "type": rows[0]["type"], "name": names[0], "names": names,
            "mentions": rows, "limit": LIMIT}


@router.get("/entities/{entity_id}", include_in_schema=False)
def entity_page(request: Request, entity_id: int = Path(ge=1, le=2**62), user: User = Depends(require_user)) -> Response:
    """An entity's page."""
    data = entity_data(request, user, entity_id)
    audit(request, user, "entity", detail={"entity": data["id"], "mentions": len(data["mentions"])})
    return render(request, "entity.html", {"e": data})


@router.get("/api/entities/{entity_id}", tags=["entities"])
def api_entity(request: Request, entity_id: int = Path(ge=1, le=2**62),
               user: User = Depends(require_user)) -> dict[str, Any]:
    """Return an entity's names and its mentions (document, page, text) in the collections you may see."""
    data = entity_data(request, user, entity_id)
    audit(request, user, "entity", detail={"entity": data["id"], "mentions": len(data["mentions"]), "via": "api"})
    return data

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
    canonical = store.canonical(entity_id)
    members = store.members(canonical)
    in_members, in_allowed = ",".join("?" * len(members)), ",".join("?" * len(allowed))
    rows = [dict(r) for r in archive.conn.execute(
        f"SELECT m.doc_id, m.page, m.start, m.end, m.type, m.text, d.path AS name, d.collection, p.text AS page_text "
        f"FROM mentions m JOIN documents d ON d.id = m.doc_id JOIN pages p ON p.doc_id = m.doc_id AND p.page = m.page "
        f"WHERE m.entity_id IN ({in_members}) AND d.collection IN ({in_allowed}) "
        f"ORDER BY d.collection, d.path, m.page, m.start LIMIT ?", (*members, *allowed, LIMIT))]
    if not rows:
        raise NotFound()
    for row in rows:
        text = row.pop("page_text")
        row["before"] = " ".join(text[max(0, row["start"] - 40):row["start"]].split())
        row["after"] = " ".join(text[row["end"]:row["end"] + 40].split())
        row["date"] = store.mention_date(row["doc_id"], row["page"], row["start"])
    names = sorted({r["text"] for r in rows}, key=lambda t: (-sum(r["text"] == t for r in rows), t))
    dates = sorted(r["date"] for r in rows if r["date"])
    links = {name: how for name, how in archive.conn.execute(
        f"SELECT name, link FROM entities WHERE id IN ({in_members}) AND link IS NOT NULL", members) if name in names}
    return {"id": canonical, "type": rows[0]["type"], "name": names[0], "names": names, "links": links, "mentions": rows,
            "limit": LIMIT, "collections": sorted({r["collection"] for r in rows}),
            "documents": len({r["doc_id"] for r in rows}), "first_date": dates[0] if dates else None,
            "last_date": dates[-1] if dates else None, "cooccurring": cooccurring(archive, store, members, allowed)}


def cooccurring(archive: Any, store: Any, members: list[int], allowed: list[str], limit: int = 20) -> list[dict[str, Any]]:
    """Return the named entities sharing visible pages with an entity, each named as written on those pages."""
    in_members, in_allowed = ",".join("?" * len(members)), ",".join("?" * len(allowed))
    shared: dict[int, dict[str, Any]] = {}
    for other, kind, text, pages in archive.conn.execute(
            f"SELECT o.entity_id, o.type, o.text, COUNT(DISTINCT o.doc_id || ':' || o.page) FROM mentions m "
            f"JOIN mentions o ON o.doc_id = m.doc_id AND o.page = m.page JOIN documents d ON d.id = m.doc_id "
            f"WHERE m.entity_id IN ({in_members}) AND o.entity_id NOT IN ({in_members}) "
            f"AND o.type IN ('person', 'org', 'place') AND d.collection IN ({in_allowed}) "
            f"GROUP BY o.entity_id, o.text", (*members, *members, *allowed)):
        entry = shared.setdefault(store.canonical(other), {"type": kind, "pages": 0, "names": {}})
        entry["pages"] += pages
        entry["names"][text] = entry["names"].get(text, 0) + pages
    ranked = sorted(shared.items(), key=lambda kv: (-kv[1]["pages"], kv[0]))[:limit]
    return [{"id": eid, "type": e["type"], "pages": e["pages"],
             "name": max(sorted(e["names"]), key=lambda n: e["names"][n])} for eid, e in ranked]


def network_svg(data: dict[str, Any]) -> str:
    """Return the co-occurrence picture of an entity page (names escaped by the drawing code)."""
    from ...entities.graph import svg

    return svg({"name": data["name"], "type": data["type"]}, data["cooccurring"], size=480)


@router.get("/entities/{entity_id}", include_in_schema=False)
def entity_page(request: Request, entity_id: int = Path(ge=1, le=2**62), user: User = Depends(require_user)) -> Response:
    """An entity's page."""
    data = entity_data(request, user, entity_id)
    audit(request, user, "entity", detail={"entity": data["id"], "mentions": len(data["mentions"])})
    return render(request, "entity.html", {"e": data, "picture": network_svg(data) if data["cooccurring"] else ""})


@router.get("/api/entities/{entity_id}", tags=["entities"])
def api_entity(request: Request, entity_id: int = Path(ge=1, le=2**62),
               user: User = Depends(require_user)) -> dict[str, Any]:
    """Return an entity's names, mentions (with context and date), co-occurring entities and first and last date,
    in the collections you may see."""
    data = entity_data(request, user, entity_id)
    audit(request, user, "entity", detail={"entity": data["id"], "mentions": len(data["mentions"]), "via": "api"})
    return data

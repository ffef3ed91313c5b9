"""Search: the full query language over the collections the user may see, facets, snippets, batch search."""

from __future__ import annotations

import csv
import io
from typing import Any

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import Response

from ...accounts.users import User
from ...index.query import QueryError
from ..auth import audit, check_csrf, render, require_user, visible, web
from ..errors import WebError

router = APIRouter()
FACET_FIELDS = {"collection": "collection", "type": "type", "language": "language", "year": "year"}
BATCH_LINES = 200


def _segments(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """Split a snippet into (text, highlighted) pieces, for the template to escape and mark."""
    out, last = [], 0
    for start, end in spans:
        out += [(text[last:start], False), (text[start:end], True)]
        last = end
    out.append((text[last:], False))
    return [s for s in out if s[0]]


def _check_document_filters(request: Request, text: str, allowed: list[str]) -> None:
    """Refuse doc:/parent: filters naming no visible document with the words used for a missing one.

    The search service resolves these prefixes over the whole catalog; without this, a
    prefix of a hidden document would answer "0 hits" where a made-up one answers an error.
    """
    from ...index import query as q

    def walk(node: object) -> None:
        if isinstance(node, q.Filter) and node.field in ("doc", "parent"):
            found = None
            if len(node.value) >= 4 and allowed:
                found = web(request).archive().conn.execute(
                    f"SELECT 1 FROM documents WHERE id >= ? AND id < ? AND collection IN ({','.join('?' * len(allowed))})"
                    " LIMIT 1", (node.value, node.value + "\uffff", *allowed)).fetchone()
            if found is None and len(node.value) >= 4:
                raise QueryError(f"{node.field}:{node.value}: no document with ID {node.value!r}; "
                                 "`dossier ls` lists them", node.position)
        for child in getattr(node, "children", []):
            walk(child)
        if hasattr(node, "child"):
            walk(node.child)

    walk(q.parse(text))


def search_data(request: Request, user: User, q: str, collection: str | None, sort: str, offset: int,
                limit: int = 20) -> dict[str, Any]:
    """Run a query over the visible collections; returns hits with snippet pieces, total and facets."""
    allowed = visible(request, user)
    collection = collection or None  # the form's "all my collections" sends an empty value
    if collection is not None and collection not in allowed:
        allowed = []  # a hidden collection is searched like an empty one: nothing, and no error that names it
    elif collection is not None:
        allowed = [collection]
    _check_document_filters(request, q, allowed)
    results = web(request).archive().search(q, collections=allowed, sort=sort, offset=offset, limit=limit)
    data = results.as_dict()
    for hit, raw in zip(data["hits"], results.hits):
        hit["segments"] = _segments(raw.snippet.text, raw.snippet.spans)
    data["limit"] = limit
    return data


def _audit_search(request: Request, user: User, q: str, collection: str | None, total: int, via: str) -> None:
    audit(request, user, "search", collection=collection, detail={"query": q, "total": total, "via": via})


@router.get("/search", include_in_schema=False)
def search_page(request: Request, q: str = Query("", max_length=2000), collection: str | None = Query(None),
                sort: str = Query("relevance", pattern="^(relevance|date)$"), offset: int = Query(0, ge=0, le=100_000),
                user: User = Depends(require_user)) -> Response:
    """The search page."""
    data, problem = None, ""
    if q.strip():
        try:
            data = search_data(request, user, q, collection, sort, offset)
        except QueryError as exc:
            problem = str(exc)
        _audit_search(request, user, q, collection, data["total"] if data else 0, "page")
    return render(request, "search.html", {"q": q, "collection": collection, "sort": sort, "r": data,
                                           "problem": problem, "collections": visible(request, user),
                                           "facet_fields": FACET_FIELDS}, 400 if problem else 200)


@router.post("/search/batch", include_in_schema=False)
async def batch(request: Request, queries: UploadFile = File(...), csrf: str = Form(""),
                user: User = Depends(require_user)) -> Response:
    """Run one query per line of an uploaded text file; returns a CSV of hits."""
    check_csrf(request, csrf)
    raw = await queries.read(1 << 20)
    try:
        lines = [line for line in raw.decode("utf-8-sig").splitlines() if line.strip() and not line.startswith("#")]
    except UnicodeDecodeError as exc:
        raise WebError(400, "The query file is not UTF-8 text; save it as UTF-8 and upload it again.") from exc
    if len(lines) > BATCH_LINES:
        raise WebError(400, f"The query file has {len(lines)} queries; at most {BATCH_LINES} at a time.")
    archive, allowed = web(request).archive(), visible(request, user)
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerow(["query", "total", "doc", "name", "collection", "page", "snippet", "error"])
    for line in lines:
        try:
            _check_document_filters(request, line.strip(), allowed)
            results = archive.search(line.strip(), collections=allowed, limit=100, facets=False)
        except QueryError as exc:
            out.writerow([line.strip(), 0, "", "", "", "", "", str(exc)])
            continue
        _audit_search(request, user, line.strip(), None, results.total, "batch")
        if not results.hits:
            out.writerow([line.strip(), 0, "", "", "", "", "", ""])
        for hit in results.hits:
            out.writerow([line.strip(), results.total, hit.doc, hit.name, hit.collection, hit.page,
                          hit.snippet.marked(), ""])
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="search-results.csv"'})


@router.get("/api/search", tags=["search"])
def api_search(request: Request, q: str = Query(..., min_length=1, max_length=2000), collection: str | None = Query(None),
               sort: str = Query("relevance", pattern="^(relevance|date)$"), offset: int = Query(0, ge=0, le=100_000),
               limit: int = Query(20, ge=0, le=200), user: User = Depends(require_user)) -> dict[str, Any]:
    """Search the pages of the collections you may see; returns hits with snippets, the total and facets."""
    data = search_data(request, user, q, collection, sort, offset, limit)
    _audit_search(request, user, q, collection, data["total"], "api")
    for hit in data["hits"]:
        hit.pop("segments")
    return data

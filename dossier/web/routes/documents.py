"""The document viewer: page image beside its text, thumbnails, metadata, parent and children, the original."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import FileResponse, Response

from ...accounts.users import User
from ..auth import audit, document, render, require_user, web
from ..errors import NotFound, WebError, log

router = APIRouter()
RTL = {"ug", "ar", "fa", "ur", "he"}
HEX64 = re.compile(r"[0-9a-f]{64}")


def _direction(lang: str | None) -> str:
    return "rtl" if lang in RTL else "auto"


def doc_data(request: Request, user: User, doc_id: str, page: int | None) -> dict[str, Any]:
    """Return a document's record, metadata, relatives and one page (text, language, image presence)."""
    row = document(request, user, doc_id)
    conn = web(request).archive().conn
    extraction = conn.execute("SELECT status, reason, extractor, pages, warnings FROM extractions WHERE doc_id = ?",
                              (doc_id,)).fetchone()
    pages = [dict(r) for r in conn.execute(
        "SELECT page, lang, engine, thumb_sha256 IS NOT NULL AS thumb FROM pages WHERE doc_id = ? ORDER BY page",
        (doc_id,))]
    shown = None
    if pages:
        number = page if page is not None else pages[0]["page"]
        found = conn.execute("SELECT page, text, lang, script, engine, width, height, image_sha256 IS NOT NULL AS image "
                             "FROM pages WHERE doc_id = ? AND page = ?", (doc_id, number)).fetchone()
        if found is None:
            raise NotFound()
        from .entities import on_page

        shown = {**dict(found), "image": bool(found["image"]), "dir": _direction(found["lang"]),
                 "entities": on_page(request, doc_id, number)}
    elif page is not None:
        raise NotFound()
    parent = conn.execute("SELECT id, path, collection FROM documents WHERE id = ?", (row["parent_id"],)).fetchone() \
        if row["parent_id"] else None
    children = [dict(r) for r in conn.execute("SELECT id, path, mime, status FROM documents WHERE parent_id = ? "
                                              "ORDER BY rowid LIMIT 500", (doc_id,))]
    return {
        "id": row["id"], "collection": row["collection"], "name": row["path"], "sha256": row["sha256"],
        "size": row["size"], "mime": row["mime"], "status": row["status"], "reason": row["reason"],
        "encrypted": bool(row["encrypted"]), "received_at": row["received_at"],
        "names": [r[0] for r in conn.execute("SELECT name FROM names WHERE doc_id = ? ORDER BY arrived_at", (doc_id,))],
        "metadata": {r["key"]: r["value"] for r in conn.execute(
            "SELECT key, value FROM doc_metadata WHERE doc_id = ? ORDER BY key", (doc_id,))},
        "extraction": ({**dict(extraction), "warnings": json.loads(extraction["warnings"] or "[]")}
                       if extraction else None),
        "parent": dict(parent) if parent and user.role(parent["collection"]) else None,
        "children": children,
        "pages": [{"page": p["page"], "lang": p["lang"], "engine": p["engine"], "thumb": bool(p["thumb"])}
                  for p in pages],
        "page": shown,
    }


@router.get("/d/{doc_id}", include_in_schema=False)
def viewer(request: Request, doc_id: str, page: int | None = Query(None, ge=1, le=1_000_000),
           user: User = Depends(require_user)) -> Response:
    """The document viewer page."""
    data = doc_data(request, user, doc_id, page)
    audit(request, user, "view", collection=data["collection"], doc_id=doc_id,
          page=data["page"]["page"] if data["page"] else None)
    return render(request, "document.html", {"d": data})


def _stored(request: Request, sha: str) -> Any:
    """Return the path of a blob the catalog names; a clear 500 when the archive has lost it."""
    path = web(request).archive().blobs.path(sha)
    if not path.is_file():
        log.error("blob %s named by the catalog is missing from the store", sha)
        raise WebError(500, "The stored file is missing from the archive; an administrator should run "
                            "`dossier verify`.")
    return path


def _blob(request: Request, user: User, doc_id: str, page: int, column: str) -> Response:
    document(request, user, doc_id)
    row = web(request).archive().conn.execute(f"SELECT {column} FROM pages WHERE doc_id = ? AND page = ?",
                                              (doc_id, page)).fetchone()
    sha = row[0] if row else None
    if not sha or not HEX64.fullmatch(sha):
        raise NotFound()
    return FileResponse(_stored(request, sha), media_type="image/png",
                        headers={"Cache-Control": "private, max-age=86400"})


@router.get("/d/{doc_id}/pages/{page}/image", include_in_schema=False)
def page_image(request: Request, doc_id: str, page: int = Path(ge=1, le=1_000_000),
               user: User = Depends(require_user)) -> Response:
    """A page rendered as PNG (the view of the page itself is audited by the viewer)."""
    return _blob(request, user, doc_id, page, "image_sha256")


@router.get("/d/{doc_id}/pages/{page}/thumb", include_in_schema=False)
def page_thumb(request: Request, doc_id: str, page: int = Path(ge=1, le=1_000_000),
               user: User = Depends(require_user)) -> Response:
    """A page thumbnail as PNG."""
    return _blob(request, user, doc_id, page, "thumb_sha256")


def safe_filename(name: str) -> str:
    """Return a download file name: the last path part, without control characters or quotes."""
    base = re.split(r"[\\/▸]", name)[-1].strip()
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C" and c not in '"')
    return base.lstrip(".")[:200] or "document"


@router.get("/d/{doc_id}/download", tags=["documents"], response_class=Response,
            responses={200: {"content": {"application/octet-stream": {}},
                             "description": "The original bytes, as an attachment."}})
def download(request: Request, doc_id: str, user: User = Depends(require_user)) -> Response:
    """Download the original bytes of a document (always as an attachment, never rendered)."""
    row = document(request, user, doc_id)
    sha = row["sha256"]
    if not sha or not HEX64.fullmatch(sha):
        raise NotFound()
    path = _stored(request, sha)
    audit(request, user, "download", collection=row["collection"], doc_id=doc_id, detail={"sha256": sha})
    return FileResponse(path, media_type="application/octet-stream",
                        filename=safe_filename(row["path"]), content_disposition_type="attachment",
                        headers={"Content-Security-Policy": "default-src 'none'; sandbox"})


@router.get("/api/documents/{doc_id}", tags=["documents"])
def api_document(request: Request, doc_id: str, page: int | None = Query(None, ge=1, le=1_000_000),
                 user: User = Depends(require_user)) -> dict[str, Any]:
    """Return a document's record, metadata, parent, children, page list and the text of one page (default: the first)."""
    data = doc_data(request, user, doc_id, page)
    audit(request, user, "view", collection=data["collection"], doc_id=doc_id,
          page=data["page"]["page"] if data["page"] else None, detail={"via": "api"})
    return data

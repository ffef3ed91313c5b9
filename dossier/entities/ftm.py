"""FollowTheMoney export: a collection's entities and mentions as JSON lines that Aleph loads.

Written by hand in FtM's entity JSON form ({"id", "schema", "properties": {prop: [values]}}),
so that no FtM install is needed; the tests check the output against the ``followthemoney``
model when that package is installed. Schemata used: Document (one per document), Person,
Organization, Address (places), and Mention (an entity named in a document, with the name
as written and the page it is on). IDs are stable: sha1 of the archive-local identity.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Iterator

from .store import EntityStore

SCHEMA = {"person": "Person", "org": "Organization", "place": "Address"}


def _id(*parts: Any) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode()).hexdigest()


def entities(store: EntityStore, collection: str) -> Iterator[dict[str, Any]]:
    """Yield FtM entities for the named entities and documents of a collection, with Mention links."""
    conn = store.conn
    docs = {}
    for doc_id, path, mime in conn.execute("SELECT id, path, mime FROM documents WHERE collection = ?", (collection,)):
        docs[doc_id] = _id("document", doc_id)
        props: dict[str, list[str]] = {"title": [path.rsplit("/", 1)[-1]], "fileName": [path]}
        if mime:
            props["mimeType"] = [mime]
        yield {"id": docs[doc_id], "schema": "Document", "properties": props}
    rows = conn.execute(
        "SELECT m.entity_id, m.doc_id, m.page, m.text, m.type FROM mentions m JOIN documents d ON d.id = m.doc_id "
        "WHERE d.collection = ? AND m.type IN ('person', 'org', 'place') ORDER BY m.doc_id, m.page, m.start",
        (collection,)).fetchall()
    emitted: set[int] = set()
    linked: set[tuple[int, str]] = set()
    for entity_id, doc_id, _page, text, kind in rows:
        canonical = store.canonical(entity_id)
        ftm_id = _id("entity", canonical)
        if canonical not in emitted:
            emitted.add(canonical)
            names = store.names(canonical)
            prop = "full" if kind == "place" else "name"
            props = {prop: names[:1]}
            if kind != "place" and len(names) > 1:
                props["alias"] = names[1:]
            yield {"id": ftm_id, "schema": SCHEMA[kind], "properties": props}
        if (canonical, doc_id) not in linked:
            linked.add((canonical, doc_id))
            if kind == "place":
                continue  # Mention's resolved range is LegalEntity; places stay Address entities
            yield {"id": _id("mention", canonical, doc_id), "schema": "Mention",
                   "properties": {"document": [docs[doc_id]], "resolved": [ftm_id], "name": [text],
                                  "detectedSchema": [SCHEMA[kind]]}}


def to_jsonl(store: EntityStore, collection: str) -> str:
    """Return the FtM export of a collection as JSON lines."""
    return "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in entities(store, collection))

"""Search over an archive: keeping the index in step with the catalog, and answering queries.

The catalog is the truth; the index in ARCHIVE/index is derived from it and can always be
rebuilt (``reindex``). It follows the catalog by custody sequence number: each row of
``extractions`` carries the ``entry`` of its 'extracted' custody entry, which only grows,
and ``index/state.json`` records the highest entry whose pages the index holds. ``sync``
indexes every extraction above that mark (deleting the document's old pages first, so a
re-extraction replaces them and a crash between index commit and mark only repeats
work). The extract stage calls it in batches as it commits documents, keeping the
index writer between batches; ``unindex`` takes a document out at once.

Results come back as pages: document, page number, score, and a snippet computed from
the page text in the catalog with the matched characters marked.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import DossierError
from . import analysis, query as q
from .base import FACETS, IndexBackend, PageEntry
from .snippets import Snippet, snippet
from .tantivy import IndexBusyError, TantivyIndex

DATE_KEYS = ("date", "created", "modified")  # document metadata that give its own date, in order
BATCH_DOCS = 500
SORTS = ("relevance", "date")


@dataclass
class Result:
    """One matching page."""

    doc: str
    name: str
    collection: str
    page: int
    score: float
    snippet: Snippet

    def as_dict(self) -> dict[str, Any]:
        """Return the hit as JSON-ready data."""
        return {"doc": self.doc, "name": self.name, "collection": self.collection, "page": self.page,
                "score": round(self.score, 4), "snippet": self.snippet.text,
                "highlights": [list(s) for s in self.snippet.spans]}


@dataclass
class Results:
    """One page of search results with the total and facet counts over every match."""

    query: str
    total: int
    offset: int
    hits: list[Result] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """Return the results as JSON-ready data."""
        return {"query": self.query, "total": self.total, "offset": self.offset,
                "hits": [h.as_dict() for h in self.hits], "facets": self.facets}


class SearchIndex:
    """The search index of one archive."""

    def __init__(self, archive: Any):
        self.archive = archive
        self.folder: Path = archive.root / "index"
        self.folder.mkdir(exist_ok=True)
        self.state_path = self.folder / "state.json"
        self.userdict = self.folder / "userdict.txt"
        self._backend: IndexBackend | None = None

    # -- state -----------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Return the index state: backend, analysis version and the custody entry it has caught up to."""
        try:
            return json.loads(self.state_path.read_text())
        except FileNotFoundError:
            return {"backend": TantivyIndex.name, "analysis": analysis.ANALYSIS_VERSION, "through": -1}
        except ValueError as exc:
            raise DossierError(f"{self.state_path} is damaged ({exc}); rebuild with `dossier reindex`") from exc

    def _save_state(self, through: int) -> None:
        tmp = self.state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"backend": TantivyIndex.name, "analysis": analysis.ANALYSIS_VERSION,
                                   "through": through}) + "\n")
        os.replace(tmp, self.state_path)

    @property
    def backend(self) -> IndexBackend:
        """Return the index backend, refusing an index built by another analysis version."""
        if self._backend is None:
            state = self.state()
            if state.get("analysis") != analysis.ANALYSIS_VERSION and state.get("through", -1) >= 0:
                raise DossierError(f"the search index was built by an older version of dossier (analysis "
                                   f"{state.get('analysis')}, now {analysis.ANALYSIS_VERSION}); "
                                   "rebuild it with `dossier reindex`")
            self._backend = TantivyIndex(self.folder / "tantivy")
        return self._backend

    def close(self) -> None:
        """Release the index writer."""
        if self._backend is not None:
            self._backend.close()

    def behind(self) -> int:
        """Return how many read documents the index has not caught up with."""
        row = self.archive.conn.execute("SELECT COUNT(*) FROM extractions WHERE entry > ?",
                                        (self.state()["through"],)).fetchone()
        return int(row[0])

    # -- keeping up with the catalog --------------------------------------------------

    def sync(self, wait_s: float | None = None, progress: Any = None, replace: bool = True,
             batch_docs: int = BATCH_DOCS, keep_writer: bool = False) -> int:
        """Index every document read since the last sync; returns the pages added (0 if another process writes).

        :param keep_writer: keep the index writer (and its lock) for the next sync, as the
            extract stage does between batches; otherwise wait for merges and release it.
        """
        backend = self.backend
        through = self.state()["through"]
        added = 0
        try:
            while True:
                rows = self.archive.conn.execute(
                    "SELECT doc_id, entry FROM extractions WHERE entry > ? ORDER BY entry LIMIT ?",
                    (through, batch_docs)).fetchall()
                if not rows:
                    break
                doc_ids = [r["doc_id"] for r in rows]
                if isinstance(backend, TantivyIndex):
                    backend.writer(wait_s)
                if replace:
                    backend.delete(doc_ids)
                pages = backend.add(self.entries(doc_ids))
                backend.commit()
                through = rows[-1]["entry"]
                self._save_state(through)
                added += pages
                if progress is not None:
                    progress.advance(len(rows), pages, 0)
        except IndexBusyError:
            if wait_s == 0:
                return added
            raise
        finally:
            if isinstance(backend, TantivyIndex) and not keep_writer:
                backend.release()
        return added

    def reindex(self, progress: Any = None) -> int:
        """Rebuild the index from the catalog; returns the pages indexed."""
        try:
            backend = self.backend
        except DossierError:  # built by another version or damaged: rebuilding is the cure
            self._backend = None
            TantivyIndex.destroy(self.folder / "tantivy")
        else:
            if isinstance(backend, TantivyIndex):
                backend.writer()  # fail now, before deleting anything, if another process writes
                backend.release()
                backend.destroy(backend.folder)
            self._backend = None
        self._save_state(-1)
        if progress is not None:
            total = self.archive.conn.execute("SELECT COUNT(*) FROM extractions").fetchone()[0]
            progress.start(total, 0)
        # Large batches: each commit makes a segment, and a rebuild has no reader waiting for
        # it; two indexing threads let Tantivy work while Python analyses the next pages.
        backend = self.backend
        if isinstance(backend, TantivyIndex):
            backend.threads = 2
        return self.sync(progress=progress, replace=False, batch_docs=20 * BATCH_DOCS)

    def unindex(self, doc_id: str) -> None:
        """Take every page of a document out of the index now (for removal or redaction)."""
        backend = self.backend
        backend.delete([doc_id])
        backend.commit()
        backend.close()

    def entries(self, doc_ids: list[str]) -> Iterator[PageEntry]:
        """Yield index entries for the pages of these documents, read from the catalog."""
        marks = ",".join("?" * len(doc_ids))
        conn: sqlite3.Connection = self.archive.conn
        found: dict[str, dict[str, int]] = {}
        for row in conn.execute(f"SELECT doc_id, key, value FROM doc_metadata WHERE doc_id IN ({marks}) "
                                f"AND key IN ({','.join('?' * len(DATE_KEYS))})", [*doc_ids, *DATE_KEYS]):
            found.setdefault(row["doc_id"], {})[row["key"]] = _date_key(row["value"])
        dates = {doc: next((v[k] for k in DATE_KEYS if v.get(k)), 0) for doc, v in found.items()}
        for row in conn.execute(
                "SELECT p.doc_id, p.page, p.text, p.lang, d.collection, d.mime, d.parent_id FROM pages p "
                f"JOIN documents d ON d.id = p.doc_id WHERE p.doc_id IN ({marks})", doc_ids):
            ngrams, words, stems = analysis.index_terms(row["text"])
            yield PageEntry(row["doc_id"], row["page"], row["collection"], (row["mime"] or "").lower(),
                            row["lang"] or "", row["parent_id"] or "", dates.get(row["doc_id"], 0),
                            ngrams, words, stems)

    # -- user dictionary -------------------------------------------------------------

    def add_words(self, words: Iterable[str]) -> int:
        """Add words (names, slogans) to the archive's segmentation dictionary; returns how many were new."""
        known = {w for w, _ in analysis.read_userdict(self.userdict)}
        new: list[str] = []
        for word in (w.strip() for w in words):
            key = "".join(analysis.DENSE_RE.findall(analysis.fold(word))) or analysis.fold(word)
            if word and key not in known:
                known.add(key)
                new.append(word)
        if new:
            with self.userdict.open("a", encoding="utf-8") as out:
                out.writelines(f"{w}\n" for w in new)
        return len(new)

    # -- searching ---------------------------------------------------------------------

    def parse(self, text: str, collection: str | None = None, doc: str | None = None,
              collections: list[str] | None = None) -> q.Node:
        """Parse and resolve a query, with extra collection and document restrictions."""
        node = q.parse(text)
        extra: list[q.Node] = []
        if collection:
            extra.append(q.Filter("collection", collection, 0))
        if collections is not None:  # the only collections the asker may see (web app permissions)
            extra.append(q.Or([q.Filter("collection", c, 0) for c in collections]))
        if doc:
            extra.append(q.Filter("doc", doc, 0))
        if extra:
            node = q.And([node, *extra])
        return q.resolve(node, self.userdict, lambda f: self._check_filter(f, restricted=collections is not None))

    def _check_filter(self, node: q.Filter, restricted: bool = False) -> None:
        if node.field in ("doc", "parent"):
            try:
                node.value = self.archive.resolve(node.value)
            except DossierError as exc:
                raise q.QueryError(f"{node.field}:{node.value}: {exc}", node.position) from None
        elif node.field == "entity":
            node.pages = self._entity_pages(node, restricted)

    def _entity_pages(self, node: q.Filter, restricted: bool) -> list[tuple[str, int]]:
        """Return the pages that mention the entity a filter names, under any of its names and scripts."""
        from ..entities.store import EntityStore

        store = EntityStore(self.archive)
        found = store.find(node.value)
        if not found and not restricted:
            # Only a reader of the whole archive is told: elsewhere "no such name" would reveal what hidden
            # collections hold; they get no results instead.
            raise q.QueryError(f"entity:{node.value}: no entity has this name; `dossier entities` lists them "
                               "(after `dossier entities --extract`)", node.position)
        ids = {member for entity in found for member in store.members(store.canonical(entity))}
        if not ids:
            return []
        rows = self.archive.conn.execute(
            f"SELECT DISTINCT doc_id, page FROM mentions WHERE entity_id IN ({','.join('?' * len(ids))})",
            sorted(ids)).fetchall()
        return sorted((row[0], int(row[1])) for row in rows)

    def search(self, text: str, collection: str | None = None, doc: str | None = None, limit: int = 20,
               offset: int = 0, sort: str = "relevance", facets: bool = True, snippets: bool = True,
               collections: list[str] | None = None) -> Results:
        """Run a query and return ranked pages with snippets and facets (only of ``collections`` when given)."""
        if sort not in SORTS:
            raise q.QueryError(f"sort {sort!r} is not known; use one of {', '.join(SORTS)}")
        if limit < 0 or offset < 0:
            raise q.QueryError("limit and offset must be 0 or more")
        node = self.parse(text, collection, doc, collections)
        if collections is not None and not collections:
            return Results(text, 0, offset, facets={k: {} for k in FACETS} if facets else {})
        # Tantivy panics on a limit of 0 ("Limit must be greater than 0"): ask for one hit and drop it.
        found = self.backend.search(node, limit=max(limit, 1), offset=offset, sort=sort, facets=facets)
        found.hits = found.hits[:limit]
        results = Results(text, found.total, offset, facets={k: found.facets.get(k, {}) for k in FACETS} if facets else {})
        if not found.hits:
            return results
        highlight = q.matches(node)
        docs = {r["id"]: r for r in self.archive.conn.execute(
            f"SELECT id, path, collection FROM documents WHERE id IN ({','.join('?' * len(found.hits))})",
            [h.doc for h in found.hits])}
        for hit in found.hits:
            row = self.archive.conn.execute("SELECT text FROM pages WHERE doc_id = ? AND page = ?",
                                            (hit.doc, hit.page)).fetchone()
            if row is None or hit.doc not in docs:
                continue  # removed from the catalog after the index's last commit
            shown = snippet(row["text"], highlight) if snippets else Snippet("")
            results.hits.append(Result(hit.doc, docs[hit.doc]["path"], docs[hit.doc]["collection"], hit.page,
                                       hit.score, shown))
        return results

    def batch(self, queries: Iterable[str], collection: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Run one query per line and return a row per hit (query, doc, name, page, snippet, score), or per error."""
        rows: list[dict[str, Any]] = []
        for line in queries:
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            try:
                results = self.search(text, collection=collection, limit=limit, facets=False)
            except q.QueryError as exc:
                rows.append({"query": text, "total": 0, "doc": "", "name": "", "page": "", "snippet": "",
                             "score": "", "error": str(exc)})
                continue
            if not results.hits:
                rows.append({"query": text, "total": 0, "doc": "", "name": "", "page": "", "snippet": "",
                             "score": "", "error": ""})
            for hit in results.hits:
                rows.append({"query": text, "total": results.total, "doc": hit.doc, "name": hit.name,
                             "page": hit.page, "snippet": hit.snippet.marked(), "score": round(hit.score, 4),
                             "error": ""})
        return rows


class Follower:
    """Indexes what the extract stage commits, in batches: every ``pages`` pages or ``seconds``."""

    def __init__(self, index: SearchIndex, pages: int = 2000, seconds: float = 2.0):
        self.index = index
        self.pages = pages
        self.seconds = seconds
        self.pending = 0
        self.last = time.monotonic()
        self.problem: str | None = None

    def committed(self, pages: int) -> None:
        """Note one committed document; index the batch when it is due (skipped while another process writes)."""
        self.pending += max(pages, 1)
        if self.pending >= self.pages or time.monotonic() - self.last >= self.seconds:
            self._sync(0, keep_writer=True)

    def flush(self) -> None:
        """Index everything committed so far, waiting for another writer if need be, and release the writer."""
        self._sync(None, keep_writer=False)

    def _sync(self, wait_s: float | None, keep_writer: bool) -> None:
        try:
            self.index.sync(wait_s=wait_s, keep_writer=keep_writer)
        except DossierError as exc:
            # Reading documents must not stop because the index cannot be written (another
            # writer, an index of an older version): the mark in state.json lets the next
            # sync or `dossier reindex` catch up, and `dossier search` says it is behind.
            self.problem = str(exc)
        self.pending, self.last = 0, time.monotonic()


def _date_key(value: str) -> int:
    """Return YYYYMMDD from an ISO-like date string, 0 when it is not one."""
    text = value.strip()[:10]
    try:
        year, month, day = int(text[0:4]), int(text[5:7] or 1), int(text[8:10] or 1)
    except ValueError:
        return 0
    if not (1000 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= 31):
        return 0
    return year * 10000 + month * 100 + day

"""The extract stage: read every stored document not yet read, in isolated workers, and record it.

Like ingest, the main process is the only catalog writer: it sends originals to the
worker pool, stores each result as a derived blob (the whole extraction as canonical
JSON), and commits the pages together with an ``extracted`` custody entry naming the
source blob, the derived blob and the extractor's version. A document whose extraction
is committed is not read again unless forced, so an interrupted run resumes where it
stopped. Containers are not read here: their members are documents of their own.
"""

from __future__ import annotations

import dataclasses
import io
import json
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import shutil
from collections import Counter
from pathlib import Path

from .. import settings
from ..errors import DataError, LimitError
from ..ingest import containers, detect, ids
from ..ingest.records import FAILED, DocumentRecord, write_record
from ..ingest.unpack import Budget, Unpacker
from ..store.custody import canonical, utcnow
from ..index.service import Follower
from .base import Extraction, Options
from .isolation import IsolatedRunner
from .registry import extractor_for, head_of


@dataclass
class ExtractSummary:
    """Counts and problems of one extract run."""

    documents: int = 0
    done: int = 0
    pages: int = 0
    needs_ocr: int = 0
    unsupported: int = 0
    failed: int = 0
    problems: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Return the summary as JSON-ready data."""
        return dataclasses.asdict(self)


class ExtractRun:
    """One pass of the extract stage over pending documents."""

    def __init__(self, archive: Any, force: bool = False):
        self.archive = archive
        self.force = force
        self.options = Options(tmp=str(archive.root / "tmp"))
        self.summary = ExtractSummary()
        self._new_children: set[str] = set()
        self._index = Follower(archive.index)  # indexes committed pages for search, in batches

    def pending(self, collection: str | None = None, doc_ids: list[str] | None = None) -> list[Any]:
        """Return the documents this run should read."""
        where = ["d.sha256 IS NOT NULL", "d.status IN ('stored', 'partial')"]
        args: list[Any] = []
        if not self.force:
            where.append("NOT EXISTS (SELECT 1 FROM extractions e WHERE e.doc_id = d.id)")
        if collection:
            where.append("d.collection = ?")
            args.append(collection)
        if doc_ids:
            where.append(f"d.id IN ({','.join('?' * len(doc_ids))})")
            args.extend(doc_ids)
        sql = f"SELECT d.id, d.collection, d.path, d.sha256, d.mime, d.depth FROM documents d WHERE {' AND '.join(where)} " \
              "ORDER BY d.rowid"
        return self.archive.conn.execute(sql, args).fetchall()

    def run(self, collection: str | None = None, doc_ids: list[str] | None = None, progress: Any = None) -> ExtractSummary:
        """Read every pending document, then the attachments that reading found, and return the summary."""
        rows = self.pending(collection, doc_ids)
        if progress is not None:
            progress.start(len(rows), 0)
        if not rows:
            return self.summary
        workers = max(1, int(settings.get("workers")))
        runner = IsolatedRunner(workers, float(settings.get("extract_timeout")), int(settings.get("extract_memory")),
                                float(settings.get("extract_timeout_per_mib")))
        with runner:
            while rows:
                self._pass(runner, rows, workers, progress)
                # Attachments found in this pass are new documents: read them too.
                rows = [r for r in self.pending(collection) if r["id"] in self._new_children]
                self._new_children.clear()
                if progress is not None and rows:
                    progress.start(len(rows), 0)
        self._index.flush()
        self.archive.sign_checkpoint()
        return self.summary

    def _pass(self, runner: IsolatedRunner, rows: list[Any], workers: int, progress: Any) -> None:
        """Read one list of documents through the worker pool, committing each result in input order."""
        window: deque[tuple[Any, Any, str]] = deque()
        queue = iter(rows)
        while True:
            while len(window) < workers * 2:
                row = next(queue, None)
                if row is None:
                    break
                extractor = extractor_for(row["mime"] or "", head_of(self.archive.blobs.path(row["sha256"])))
                if containers.container_kind(row["mime"]) or extractor is None:
                    window.append((row, None, ""))
                else:
                    scratch = self._scratch(row["id"])
                    options = dataclasses.replace(self.options, tmp=str(scratch))
                    future = runner.submit(extractor.name, self.archive.blobs.path(row["sha256"]),
                                           row["mime"], options)
                    window.append((row, future, extractor.version()))
            if not window:
                break
            row, future, version = window.popleft()
            if future is None:
                reason = ("container: its members are documents of their own"
                          if containers.container_kind(row["mime"])
                          else f"no extractor reads {row['mime']} yet")
                self._commit(row, "unsupported", reason, version or "none", None)
            else:
                try:
                    extraction = runner.result(future)
                except DataError as exc:
                    self._commit(row, "failed", str(exc), version, None)
                else:
                    self._commit(row, "done", None, extraction.extractor, extraction)
                finally:
                    shutil.rmtree(self._scratch(row["id"]), ignore_errors=True)
            if progress is not None:
                progress.advance(1, 0, 0)

    def _scratch(self, doc_id: str) -> Path:
        """Return a fresh folder, inside the archive, where a worker writes page images and attachments."""
        folder = self.archive.root / "tmp" / f"extract-{doc_id}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _store(self, path: str | None) -> str | None:
        """Store a file a worker wrote as a derived blob and return its hash."""
        if not path:
            return None
        return self.archive.blobs.put_file(Path(path)).sha256

    def _attachments(self, row: Any, extraction: Extraction) -> list[DocumentRecord]:
        """Store each attachment as a child document (unpacking it if it is a container)."""
        records: list[DocumentRecord] = []
        seen: Counter[str] = Counter()
        for attachment in extraction.attachments:
            seen[attachment.name] += 1
            child = DocumentRecord(ids.member_id(row["id"], attachment.name, seen[attachment.name]),
                                   attachment.name, row["collection"], parent_id=row["id"], depth=row["depth"] + 1)
            try:
                stored = self.archive.blobs.put_file(Path(attachment.path))
            except DataError as exc:
                child.problem(FAILED, f"attachment cannot be read: {exc}")
                records.append(child)
                continue
            child.sha256, child.size = stored.sha256, stored.size
            child.mime = detect.mime_type(stored.head, self.archive.blobs.path(stored.sha256), stored.size)
            records.append(child)
            kind = containers.container_kind(child.mime)
            if kind:
                try:
                    Unpacker(self.archive.blobs, row["collection"]).unpack(
                        child, kind, Budget(settings.limits(), stored.size), records)
                except LimitError:
                    pass  # recorded on the containers themselves
        return records

    def _commit(self, row: Any, status: str, reason: str | None, extractor: str,
                extraction: Extraction | None) -> None:
        summary = self.summary
        summary.documents += 1
        result_sha = None
        pages = extraction.pages if extraction else []
        images: dict[int, tuple[str | None, str | None]] = {}
        children: list[DocumentRecord] = []
        if extraction is not None:
            _cap_text(extraction, self.options.max_text_chars)
            for page in pages:
                images[page.number] = (self._store(page.image_path), self._store(page.thumb_path))
                page.image_path = page.thumb_path = None  # scratch paths mean nothing in the record
            children = self._attachments(row, extraction)
            payload = canonical({"doc": row["id"], "source": row["sha256"], **dataclasses.asdict(extraction),
                                 "attachments": [c.id for c in children]})
            result_sha = self.archive.blobs.put(io.BytesIO(payload)).sha256
        derived = [sha for pair in images.values() for sha in pair if sha]
        with self.archive.transaction() as conn:
            seq = self.archive.custody.append(
                "extracted", tool=f"dossier extract: {extractor}", doc=row["id"], collection=row["collection"],
                blobs=[row["sha256"], result_sha, *derived] if result_sha else [row["sha256"]],
                status=status, reason=reason, pages=len(pages),
            )
            now = utcnow()
            for child in children:
                if not conn.execute("SELECT 1 FROM documents WHERE id = ?", (child.id,)).fetchone():
                    write_record(conn, self.archive.custody, child, now)
                    self._new_children.add(child.id)
            warnings = json.dumps(extraction.warnings, ensure_ascii=False) if extraction and extraction.warnings else None
            conn.execute(
                "INSERT OR REPLACE INTO extractions(doc_id, status, reason, extractor, pages, result_sha256,"
                " warnings, extracted_at, entry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (row["id"], status, reason, extractor, len(pages), result_sha, warnings, utcnow(), seq),
            )
            conn.execute("DELETE FROM pages WHERE doc_id = ?", (row["id"],))
            conn.execute("DELETE FROM doc_metadata WHERE doc_id = ?", (row["id"],))
            for page in pages:
                image, thumb = images.get(page.number, (None, None))
                conn.execute(
                    "INSERT INTO pages(doc_id, page, text, lang, script, engine, words, width, height,"
                    " image_sha256, thumb_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (row["id"], page.number, page.text, page.lang, page.script, page.engine,
                     json.dumps(page.words, ensure_ascii=False) if page.words else None, page.width, page.height,
                     image, thumb),
                )
            for key, value in (extraction.metadata.items() if extraction else ()):
                conn.execute("INSERT INTO doc_metadata(doc_id, key, value) VALUES (?, ?, ?)", (row["id"], key, value))
        self._index.committed(len(pages))
        if status == "done":
            summary.done += 1
            summary.pages += len(pages)
            summary.needs_ocr += sum(1 for p in pages if p.engine == "needs-ocr")
        elif status == "unsupported":
            summary.unsupported += 1
        else:
            summary.failed += 1
            summary.problems.append({"doc": row["id"], "name": row["path"], "reason": reason})


def _cap_text(extraction: Extraction, limit: int) -> None:
    """Cut page text beyond ``limit`` characters in all (a text bomb must not fill the catalog), with a warning."""
    room = limit
    for page in extraction.pages:
        if len(page.text) > room:
            if not any(w.startswith("text cut") for w in extraction.warnings):
                extraction.warnings.append(f"text cut at {limit:,} characters, from page {page.number} on")
            page.text = page.text[:room]
        room -= len(page.text)

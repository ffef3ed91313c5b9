"""Ingest: walk the inputs, store every file and member, commit each with its custody entry.

Files are hashed and stored by a small thread pool (hashlib and file I/O release the GIL,
so two threads keep two cores busy); the main thread is the only catalog writer and
commits results in the order the walk found them, so the custody log reads in input
order. Each commit holds a document row, its names and its custody entries together.

Resuming is re-running: a file whose document is already in the catalog only gains its
name (if new), a blob that is already stored is not written again, and a crash before a
commit loses nothing that a second run does not redo. ``dossier verify`` then passes.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Protocol

from .. import settings
from ..errors import DataError, DossierError, LimitError
from ..store.custody import utcnow
from . import containers, detect, ids
from .records import FAILED, PARTIAL, SKIPPED, STORED, DocumentRecord, write_record
from .unpack import Budget, Unpacker

BATCH_RECORDS = 500
BATCH_SECONDS = 1.0


@dataclass(frozen=True)
class InputFile:
    """One file found by the walk: where it is and the name it is recorded under."""

    path: Path
    name: str
    kind: str  # file | symlink | special
    size: int


@dataclass
class IngestSummary:
    """Counts and problems of one ingest run."""

    collection: str
    files: int = 0
    members: int = 0
    bytes: int = 0
    stored: int = 0  # documents whose content was new to the archive
    duplicates: int = 0  # documents whose content the archive already held
    already: int = 0  # received files that were already in this collection (resume, re-run)
    problems: list[dict[str, Any]] = field(default_factory=list)
    tree_size: int = 0
    swept: tuple[int, int] = (0, 0)  # temporary blobs (files, bytes) an earlier, killed run left behind

    def count(self, status: str) -> int:
        """Return how many documents ended with a status."""
        return sum(1 for p in self.problems if p["status"] == status)

    def as_dict(self) -> dict[str, Any]:
        """Return the summary as JSON-ready data."""
        return {
            "collection": self.collection, "files": self.files, "members": self.members,
            "bytes": self.bytes, "stored": self.stored, "duplicates": self.duplicates,
            "already_in_collection": self.already, "failed": self.count(FAILED),
            "partial": self.count(PARTIAL), "skipped": self.count(SKIPPED),
            "problems": self.problems, "custody_tree_size": self.tree_size,
            "leftover_temporary_files_removed": {"files": self.swept[0], "bytes": self.swept[1]},
        }


class Progress(Protocol):
    """What ingest reports progress to (the CLI passes a rich progress bar)."""

    def start(self, files: int, size: int) -> None: ...
    def advance(self, files: int, size: int, members: int) -> None: ...


def walk(paths: list[Path]) -> Iterator[InputFile]:
    """Yield every file under the inputs, in sorted order, without following symlinks."""
    for path in paths:
        top = path.absolute()
        base = top.parent
        if not os.path.lexists(top):
            raise DossierError(f"{path} does not exist; nothing was ingested")
        if top.is_dir() and not top.is_symlink():
            for folder, dirs, files in os.walk(top):
                dirs.sort()
                here = Path(folder)
                for link in [d for d in dirs if (here / d).is_symlink()]:
                    yield InputFile(here / link, str((here / link).relative_to(base)), "symlink", 0)
                for name in sorted(files):
                    yield _input(here / name, base)
        else:
            # A file named on the command line is what the user meant, even through a link.
            yield _input(top, base, follow=True)


def _input(path: Path, base: Path, follow: bool = False) -> InputFile:
    name = str(path.relative_to(base))
    try:
        info = os.stat(path) if follow else os.lstat(path)
    except OSError:
        return InputFile(path, name, "file", 0)  # the read will fail and say why
    if stat.S_ISLNK(info.st_mode):
        return InputFile(path, name, "symlink", 0)
    if not stat.S_ISREG(info.st_mode):
        return InputFile(path, name, "special", 0)
    return InputFile(path, name, "file", info.st_size)


class Ingest:
    """One ingest run into one collection."""

    def __init__(self, archive: Any, collection: str, note: str | None, limits: dict):
        self.archive = archive
        self.collection = collection
        self.note = note
        self.limits = limits
        self.workers = max(1, int(settings.get("workers")))
        self.checkpoint_every = int(settings.get("checkpoint_every"))
        self.unpacker = Unpacker(archive.blobs, collection, staged=True)
        self.summary = IngestSummary(collection)
        self._local = threading.local()

    # -- worker side -----------------------------------------------------------

    def _reader(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.archive.root / 'catalog.sqlite'}?mode=ro", uri=True)
            self._local.conn = conn
        return conn

    def _known(self, doc_id: str) -> bool:
        return self._reader().execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def process(self, item: InputFile) -> list[DocumentRecord]:
        """Store one input file (and unpack it if it is a container); runs in a worker thread."""
        if item.kind != "file":
            record = DocumentRecord(ids.unreadable_id(self.collection, item.name), item.name, self.collection)
            why = ("symbolic link inside an input folder; not followed, so nothing outside the folder is read"
                   if item.kind == "symlink" else "not a regular file (device, FIFO or socket); nothing to keep")
            record.problem(SKIPPED, why)
            return [record]
        try:
            stored = self.archive.blobs.put_file(item.path, staged=True)
        except DataError as exc:
            record = DocumentRecord(ids.unreadable_id(self.collection, item.name), item.name, self.collection)
            record.problem(FAILED, str(exc))
            return [record]
        record = DocumentRecord(
            ids.top_level_id(self.collection, stored.sha256), item.name, self.collection,
            sha256=stored.sha256, size=stored.size, blob=stored,
        )
        record.mime = detect.mime_type(stored.head, stored.path, stored.size)
        records = [record]
        kind = containers.container_kind(record.mime)
        if kind and not self._known(record.id):
            try:
                self.unpacker.unpack(record, kind, Budget(self.limits, stored.size), records)
            except LimitError:
                pass  # already recorded on every container on the way down
        return records

    # -- writer side -----------------------------------------------------------

    def run(self, paths: list[Path], progress: Progress | None = None) -> IngestSummary:
        """Ingest every input and return the summary."""
        items = list(walk(paths))
        self.archive.key  # fail before any work if the signing key is unreadable
        self.archive.ensure_collection(self.collection)
        self.summary.swept = self.archive.blobs.sweep()
        if progress is not None:
            progress.start(len(items), sum(i.size for i in items))
        batch: list[tuple[InputFile, list[DocumentRecord]]] = []
        last_commit = time.monotonic()
        since_checkpoint = 0
        with ThreadPoolExecutor(self.workers, thread_name_prefix="ingest") as pool:
            pending: deque[tuple[InputFile, Future]] = deque()
            queue = iter(items)
            # Results are committed in walk order; a deep window keeps the workers busy while
            # the main thread waits on a slow file at the head of the line.
            window = self.workers * 32
            while True:
                while len(pending) < window:
                    item = next(queue, None)
                    if item is None:
                        break
                    pending.append((item, pool.submit(self.process, item)))
                if not pending:
                    break
                item, future = pending.popleft()
                batch.append((item, future.result()))
                size = sum(len(records) for _, records in batch)
                if size >= BATCH_RECORDS or time.monotonic() - last_commit >= BATCH_SECONDS:
                    since_checkpoint += self._commit(batch, progress)
                    batch, last_commit = [], time.monotonic()
                    if since_checkpoint >= self.checkpoint_every:
                        self.archive.sign_checkpoint()
                        since_checkpoint = 0
            self._commit(batch, progress)
        checkpoint = self.archive.sign_checkpoint()
        self.summary.tree_size = checkpoint["tree_size"] if checkpoint else 0
        return self.summary

    def _commit(self, batch: list[tuple[InputFile, list[DocumentRecord]]], progress: Progress | None) -> int:
        """Write a batch of results in one transaction; returns the number of custody entries added."""
        if not batch:
            return 0
        custody = self.archive.custody
        before = custody.size()
        # Blobs first, durable and in place; only then the rows that name them.
        self.archive.blobs.publish(r.blob for _, records in batch for r in records if r.blob)
        with self.archive.transaction() as conn:
            for item, records in batch:
                self._commit_one(conn, item, records)
        after = custody.size()
        if progress is not None:
            members = sum(len(records) - 1 for _, records in batch)
            progress.advance(len(batch), sum(item.size for item, _ in batch), members)
        return after - before

    def _commit_one(self, conn: sqlite3.Connection, item: InputFile, records: list[DocumentRecord]) -> None:
        top = records[0]
        custody = self.archive.custody
        summary = self.summary
        summary.files += 1
        summary.bytes += item.size
        now = utcnow()
        if conn.execute("SELECT 1 FROM documents WHERE id = ?", (top.id,)).fetchone():
            summary.already += 1
            if not conn.execute("SELECT 1 FROM names WHERE doc_id = ? AND name = ?", (top.id, item.name)).fetchone():
                seq = custody.append("received", note=self.note, **{**top.custody_fields(), "path": item.name})
                conn.execute("INSERT INTO names(doc_id, name, arrived_at, entry) VALUES (?, ?, ?, ?)",
                             (top.id, item.name, now, seq))
            return
        for record in records:
            if record.sha256:
                # A duplicate is content some other document of the archive already has.
                seen = conn.execute("SELECT 1 FROM documents WHERE sha256 = ? LIMIT 1", (record.sha256,)).fetchone()
                if seen:
                    summary.duplicates += 1
                else:
                    summary.stored += 1
            if record.parent_id is not None:
                summary.members += 1
            write_record(conn, custody, record, now, note=self.note)
            if record.status != STORED or record.reason:  # stored with a warning (unsafe name, quine) too
                summary.problems.append({"doc": record.id, "name": self._display(record, records),
                                         "status": record.status, "reason": record.reason})

    @staticmethod
    def _display(record: DocumentRecord, records: list[DocumentRecord]) -> str:
        by_id = {r.id: r for r in records}
        parts = [record.path]
        parent = by_id.get(record.parent_id or "")
        while parent is not None:
            parts.append(parent.path)
            parent = by_id.get(parent.parent_id or "")
        return " ▸ ".join(reversed(parts))

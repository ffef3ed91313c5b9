"""The audit log: who read, searched, downloaded or changed permissions, when and from where.

Rows are only ever appended: SQLite triggers refuse UPDATE and DELETE, the web app has no
route that changes them, and each row carries sha256(previous row's hash || its own
canonical JSON), so an edit made behind the app's back (with the sqlite3 shell, after
dropping the triggers) breaks the chain that ``verify`` re-computes.

The web app records reads through ``AuditLog``: one writer thread commits every row queued
meanwhile in one transaction (group commit), and the request waits until its row is
durable before answering, so no page is served unrecorded.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import queue
import sqlite3
import threading
from pathlib import Path
from typing import Any, Iterator

from ..errors import DossierError
from ..store.custody import utcnow

GENESIS = "0" * 64
COLUMNS = ("seq", "at", "user", "ip", "action", "collection", "doc_id", "page", "detail", "hash")


def _row_hash(prev: str, row: dict[str, Any]) -> str:
    body = json.dumps([row[c] for c in COLUMNS[1:-1]], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev + body).encode()).hexdigest()


def append(conn: sqlite3.Connection, user: str, ip: str, action: str, collection: str | None = None,
           doc_id: str | None = None, page: int | None = None, detail: dict[str, Any] | None = None) -> int:
    """Append one row inside the caller's write transaction; returns its seq."""
    last = conn.execute("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    row = {"at": utcnow(), "user": user, "ip": ip, "action": action, "collection": collection, "doc_id": doc_id,
           "page": page, "detail": json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)}
    row["hash"] = _row_hash(last[0] if last else GENESIS, row)
    cur = conn.execute("INSERT INTO audit(at, user, ip, action, collection, doc_id, page, detail, hash) "
                       "VALUES (:at, :user, :ip, :action, :collection, :doc_id, :page, :detail, :hash)", row)
    return int(cur.lastrowid or 0)


def rows(conn: sqlite3.Connection, collections: list[str] | None = None, limit: int | None = None,
         offset: int = 0) -> list[dict[str, Any]]:
    """Return audit rows, newest first; only those of the given collections unless None (everything)."""
    sql, args = "SELECT * FROM audit", []  # type: ignore[var-annotated]
    if collections is not None:
        sql += f" WHERE collection IN ({','.join('?' * len(collections))})"
        args = list(collections)
    sql += " ORDER BY seq DESC"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
    return [dict(r) for r in conn.execute(sql, args)]


def export(records: list[dict[str, Any]], fmt: str) -> str:
    """Return audit rows as CSV or JSON text."""
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    if fmt != "csv":
        raise DossierError(f"export format {fmt!r} is not known; use csv or json")
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({c: r[c] for c in COLUMNS} for r in records)
    return buf.getvalue()


def verify(conn: sqlite3.Connection) -> int | None:
    """Re-compute the hash chain; returns the seq of the first row that does not match, None when intact."""
    prev = GENESIS
    for row in conn.execute("SELECT * FROM audit ORDER BY seq"):
        data = dict(row)
        if _row_hash(prev, data) != data["hash"]:
            return int(data["seq"])
        prev = data["hash"]
    return None


class AuditLog:
    """Records web reads through one writer thread; ``record`` returns once the row is committed."""

    def __init__(self, catalog: Path):
        self.catalog = catalog
        self.queue: queue.Queue[tuple[dict[str, Any], threading.Event, list[BaseException]] | None] = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="dossier-audit", daemon=True)
        self.thread.start()

    def record(self, user: str, ip: str, action: str, **fields: Any) -> None:
        """Append one row and wait until it is committed."""
        done, problem = threading.Event(), []  # type: ignore[var-annotated]
        self.queue.put(({"user": user, "ip": ip, "action": action, **fields}, done, problem))
        done.wait()
        if problem:
            raise DossierError(f"the audit log could not be written ({problem[0]}); nothing was shown") from problem[0]

    def close(self) -> None:
        """Stop the writer thread after the rows queued so far."""
        self.queue.put(None)
        self.thread.join()

    def _batches(self) -> Iterator[list[tuple[dict[str, Any], threading.Event, list[BaseException]]]]:
        while True:
            item = self.queue.get()
            if item is None:
                return
            batch = [item]
            while len(batch) < 500:
                try:
                    more = self.queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    yield batch
                    return
                batch.append(more)
            yield batch

    def _run(self) -> None:
        from .. import db

        conn = db.connect(self.catalog)
        try:
            for batch in self._batches():
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    for fields, _, _ in batch:
                        append(conn, **fields)
                    conn.execute("COMMIT")
                except (sqlite3.Error, DossierError) as exc:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    for _, _, problem in batch:
                        problem.append(exc)
                for _, done, _ in batch:
                    done.set()
        finally:
            conn.close()

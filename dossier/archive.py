"""An archive: one folder holding the catalog, the blob store, the key and the index.

    ARCHIVE/
      DOSSIER          marker with the format version
      catalog.sqlite   documents, names, collections, custody log, checkpoints
      blobs/           content-addressed originals and derived files
      keys/            the Ed25519 key that signs checkpoints (owner-only)
      index/           room for the search index
      tmp/             blobs being written; safe to empty when nothing runs (ingest removes day-old ones)
"""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from . import db, settings
from .errors import ArchiveError, DossierError
from .store.blobs import BlobStore
from .store.checkpoint import SigningKey
from .store.custody import CustodyLog, current_user, utcnow

if TYPE_CHECKING:
    from .extract.manager import ExtractSummary
    from .index.service import Results, SearchIndex
    from .ingest.manager import IngestSummary
    from .store.verify import VerifyReport

MARKER = "DOSSIER"
FORMAT = "dossier-archive 1"


class Archive:
    """An open archive folder."""

    def __init__(self, root: Path, conn: sqlite3.Connection, user: str):
        self.root = root
        self.conn = conn
        self.user = user
        self.blobs = BlobStore(root / "blobs")
        self.archive_id = self.meta("archive_id")
        self.origin = self.meta("origin")
        self._key: SigningKey | None = None
        self.custody = CustodyLog(conn, None, user)

    # -- opening -------------------------------------------------------------

    @classmethod
    def init(cls, path: str | Path, user: str | None = None) -> "Archive":
        """Create a new archive folder and return it open."""
        root = Path(path).absolute()
        if (root / MARKER).exists():
            raise ArchiveError(f"{root} is already a dossier archive")
        if root.exists() and any(root.iterdir()):
            raise ArchiveError(f"{root} exists and is not empty; choose a new folder for the archive")
        for sub in ("blobs", "index", "tmp"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        archive_id = uuid.uuid4().hex
        origin = f"dossier/{archive_id}"
        conn = db.connect(root / "catalog.sqlite")
        db.migrate(conn)
        key = SigningKey.create(root / "keys", origin)
        with _transaction(conn):
            for k, v in (("archive_id", archive_id), ("origin", origin), ("created_at", utcnow())):
                conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (k, v))
        archive = cls(root, conn, current_user(user or settings.get("user")))
        archive.blobs.prepare()
        archive._key = key
        archive.custody.key = key
        with archive.transaction():
            archive.custody.append("archive.created", archive=archive_id, vkey=key.vkey)
            archive.custody.checkpoint()
        # Written last: a folder with the marker is a complete archive.
        (root / MARKER).write_text(FORMAT + "\n")
        return archive

    @classmethod
    def open(cls, path: str | Path, user: str | None = None) -> "Archive":
        """Open an existing archive folder."""
        root = Path(path).absolute()
        if not (root / MARKER).is_file():
            hint = "" if root.exists() else " (it does not exist)"
            raise ArchiveError(
                f"{root} is not a dossier archive{hint}; create one with `dossier init {path}` "
                "or point --archive / DOSSIER_ARCHIVE at an existing one"
            )
        try:
            conn = db.connect(root / "catalog.sqlite")
            db.migrate(conn)
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"cannot open the catalog of {root}: {exc}") from exc
        return cls(root, conn, current_user(user or settings.get("user")))

    def close(self) -> None:
        """Close the catalog connection (and release the search index writer, if this process holds it)."""
        if "_search_index" in self.__dict__:
            self.__dict__["_search_index"].close()
        self.conn.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- shared plumbing -----------------------------------------------------

    @property
    def key(self) -> SigningKey:
        """Return the signing key, loading it on first use."""
        if self._key is None:
            self._key = SigningKey.load(self.root / "keys", self.origin)
            self.custody.key = self._key
        return self._key

    @property
    def vkey(self) -> str:
        """Return the verifier key that checks this archive's checkpoints."""
        path = self.root / "keys" / "custody.vkey"
        try:
            return path.read_text().strip()
        except OSError as exc:
            raise ArchiveError(f"cannot read the archive's verifier key {path}: {exc}") from exc

    def meta(self, key: str) -> str:
        """Return one value from the meta table."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise ArchiveError(f"catalog of {self.root} lacks {key!r}; the archive is damaged")
        return str(row[0])

    def transaction(self) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """Return a context manager for one write transaction."""
        return _transaction(self.conn)

    def sign_checkpoint(self) -> sqlite3.Row | None:
        """Sign a checkpoint covering every entry so far."""
        self.key  # load before the transaction so a missing key fails early
        with self.transaction():
            return self.custody.checkpoint()

    def ensure_collection(self, name: str) -> None:
        """Create a collection (logged) if it does not exist yet."""
        if not name or name.strip() != name or "/" in name:
            raise DossierError(f"collection name {name!r} is not allowed; use a non-empty name without '/'")
        with self.transaction():
            if self.conn.execute("SELECT 1 FROM collections WHERE name = ?", (name,)).fetchone():
                return
            seq = self.custody.append("collection.created", collection=name)
            self.conn.execute(
                "INSERT INTO collections(name, created_at, entry) VALUES (?, ?, ?)", (name, utcnow(), seq)
            )

    # -- the verbs -----------------------------------------------------------

    def ingest(self, paths: list[str | Path], collection: str, note: str | None = None,
               progress: Any = None, **limits: Any) -> "IngestSummary":
        """Store files and folders (unpacking containers) into a collection."""
        from .ingest.manager import Ingest

        return Ingest(self, collection, note=note, limits=settings.limits(**limits)).run(
            [Path(p) for p in paths], progress=progress
        )

    def extract(self, collection: str | None = None, doc_ids: list[str] | None = None, force: bool = False,
                progress: Any = None) -> "ExtractSummary":
        """Read the text of every stored document not yet read (or of the given ones, again if forced)."""
        from .extract.manager import ExtractRun

        return ExtractRun(self, force=force).run(collection, doc_ids, progress=progress)

    def verify(self, progress: Any = None) -> "VerifyReport":
        """Re-hash every blob and re-check the log, checkpoints and catalog."""
        from .store.verify import verify

        return verify(self, progress=progress)

    @property
    def index(self) -> "SearchIndex":
        """Return the archive's search index (ARCHIVE/index), opened on first use."""
        if "_search_index" not in self.__dict__:
            from .index.service import SearchIndex

            self.__dict__["_search_index"] = SearchIndex(self)
        return self.__dict__["_search_index"]

    def search(self, query: str, **options: Any) -> "Results":
        """Search the extracted pages; options as ``SearchIndex.search`` (collection, doc, limit, offset, sort)."""
        return self.index.search(query, **options)

    def unindex(self, doc_id: str) -> None:
        """Take a document's pages out of the search index now (used when it is removed or redacted)."""
        self.index.unindex(self.resolve(doc_id))

    def resolve(self, doc_id: str) -> str:
        """Return the full document ID for an ID or a unique prefix of one."""
        if len(doc_id) < 4:
            raise DossierError(f"document ID {doc_id!r} is too short; give at least 4 characters")
        rows = self.conn.execute(
            "SELECT id FROM documents WHERE id >= ? AND id < ? LIMIT 2", (doc_id, doc_id + "\uffff")
        ).fetchall()
        if not rows:
            raise DossierError(f"no document with ID {doc_id!r}; `dossier ls` lists them")
        if len(rows) > 1:
            raise DossierError(f"document ID prefix {doc_id!r} is ambiguous; give more characters")
        return str(rows[0][0])


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run a block in a BEGIN IMMEDIATE transaction: one writer at a time."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")

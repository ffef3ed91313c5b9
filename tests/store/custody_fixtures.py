"""Helpers for the verify and proof tests: a small real archive, CLI runs and catalog access."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner, Result

from dossier import Archive
from dossier.cli import main

# The corpus is shared between checkouts and never copied into the repository.
CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
ALEPH = CORPUS / "ingest-fixtures" / "aleph-ingest-file"
ENRON = CORPUS / "email" / "enron-sample" / "eml"

# Real files of several kinds, small enough to ingest in a fraction of a second.
SAMPLE_FILES = ("utf.txt", "example_2.json", "doc.html", "countries.csv")
ZIP_MEMBERS = {
    "memo.txt": b"Meeting moved to Thursday; bring the ledger.\n",
    "sub/ledger.csv": b"date,amount\n2019-03-01,1200\n2019-03-02,-300\n",
    "sub/notes.md": "# \u7b14\u8bb0\nThe second ledger is in the safe.\n".encode(),
}


def make_source(folder: Path) -> Path:
    """Fill folder with real corpus files plus a zip of three members; returns the folder."""
    folder.mkdir(parents=True)
    for name in SAMPLE_FILES:
        shutil.copyfile(ALEPH / name, folder / name)
    with zipfile.ZipFile(folder / "bundle.zip", "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, data in ZIP_MEMBERS.items():
            bundle.writestr(name, data)
    return folder


def make_archive(tmp_path: Path, name: str = "archive", collection: str = "leak") -> tuple[Path, Path]:
    """Create an archive holding the sample source in one collection; returns (archive, source)."""
    source = make_source(tmp_path / f"{name}-src")
    with Archive.init(tmp_path / name) as archive:
        summary = archive.ingest([source], collection)
    assert summary.as_dict()["stored"] == len(SAMPLE_FILES) + 1 + len(ZIP_MEMBERS)
    return tmp_path / name, source


def cli(*args: str | Path) -> Result:
    """Run `dossier ARGS...` in-process and return click's result."""
    # A wide terminal keeps rich from wrapping long hashes and paths.
    runner = CliRunner(env={"COLUMNS": "400"})
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


@contextlib.contextmanager
def catalog(root: Path) -> Iterator[sqlite3.Connection]:
    """Open an archive's catalog directly, as someone tampering with it would; commits on exit."""
    conn = sqlite3.connect(root / "catalog.sqlite")
    try:
        yield conn
        conn.commit()
    finally:
        conn.close()


def value(root: Path, sql: str, *params: object) -> object:
    """Return the first column of the first row of a query on the catalog."""
    with catalog(root) as conn:
        row = conn.execute(sql, params).fetchone()
    assert row is not None, sql
    return row[0]


def doc_by_path(root: Path, path: str) -> tuple[str, str, int]:
    """Return (id, sha256, custody entry) of the document recorded under path."""
    with catalog(root) as conn:
        row = conn.execute("SELECT id, sha256, entry FROM documents WHERE path = ?", (path,)).fetchone()
    assert row is not None, path
    return row[0], row[1], row[2]


def blob_path(root: Path, sha256: str) -> Path:
    """Return where an archive keeps the blob with this hash."""
    return root / "blobs" / sha256[:2] / sha256

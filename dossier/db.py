"""The SQLite catalog: one connection per process, one writer.

The catalog says which documents exist, where they came from and which blob holds
each; the custody table beside it is the append-only Merkle log that backs every
catalog row (``store/custody.py``). Both live in one database so that a document row
and the log entry that records it commit in the same transaction: after a crash either
both exist or neither does.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS collections (
    name       TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    entry      INTEGER NOT NULL            -- custody seq that recorded its creation
);
CREATE TABLE IF NOT EXISTS documents (
    id          TEXT PRIMARY KEY,          -- see ingest/ids.py
    collection  TEXT NOT NULL REFERENCES collections(name),
    parent_id   TEXT REFERENCES documents(id),
    path        TEXT NOT NULL,             -- first name it arrived under, or path inside its parent
    sha256      TEXT,                      -- NULL when the bytes could not be read
    size        INTEGER,
    mime        TEXT,
    status      TEXT NOT NULL CHECK (status IN ('stored', 'partial', 'failed', 'skipped')),
    reason      TEXT,                      -- why it is partial, failed or skipped
    encrypted   INTEGER NOT NULL DEFAULT 0,
    depth       INTEGER NOT NULL DEFAULT 0,
    received_at TEXT NOT NULL,
    entry       INTEGER NOT NULL           -- custody seq that recorded it
);
CREATE INDEX IF NOT EXISTS documents_by_collection ON documents(collection, parent_id);
CREATE INDEX IF NOT EXISTS documents_by_sha256 ON documents(sha256);
CREATE INDEX IF NOT EXISTS documents_by_parent ON documents(parent_id);
CREATE TABLE IF NOT EXISTS names (
    doc_id     TEXT NOT NULL REFERENCES documents(id),
    name       TEXT NOT NULL,
    arrived_at TEXT NOT NULL,
    entry      INTEGER NOT NULL,
    PRIMARY KEY (doc_id, name)
);
CREATE TABLE IF NOT EXISTS custody (
    seq       INTEGER PRIMARY KEY,         -- leaf index in the Merkle tree, from 0
    entry     BLOB NOT NULL,               -- canonical JSON: the exact leaf data
    leaf_hash BLOB NOT NULL                -- SHA256(0x00 || entry), kept for fast proofs
);
CREATE TABLE IF NOT EXISTS custody_refs (   -- which entries name which document, for `show`
    doc_id TEXT NOT NULL,
    seq    INTEGER NOT NULL REFERENCES custody(seq),
    PRIMARY KEY (doc_id, seq)
);
CREATE TABLE IF NOT EXISTS extractions (     -- one row per document the extract stage has handled
    doc_id        TEXT PRIMARY KEY REFERENCES documents(id),
    status        TEXT NOT NULL CHECK (status IN ('done', 'failed', 'unsupported')),
    reason        TEXT,
    extractor     TEXT NOT NULL,             -- name and version of what produced the pages
    pages         INTEGER NOT NULL DEFAULT 0,
    result_sha256 TEXT,                      -- derived blob: the whole extraction as JSON
    warnings      TEXT,                      -- JSON list of what the reader should know (pages not OCR'd, caps hit)
    extracted_at  TEXT NOT NULL,
    entry         INTEGER NOT NULL           -- custody seq of the 'extracted' entry
);
CREATE TABLE IF NOT EXISTS pages (
    doc_id  TEXT NOT NULL REFERENCES documents(id),
    page    INTEGER NOT NULL,                -- from 1
    text    TEXT NOT NULL,
    lang    TEXT,                            -- ISO 639-1 where known (zh, ug, en), else NULL
    script  TEXT,                            -- ISO 15924 (Hans, Hant, Arab, Latn, ...)
    engine  TEXT NOT NULL,                   -- text-layer, or the OCR engine that read it
    words   TEXT,                            -- OCR word boxes as JSON [[x0, y0, x1, y1, text, confidence], ...]
    width   REAL,                            -- in the units of words' boxes (PDF points, image pixels)
    height  REAL,
    image_sha256 TEXT,                       -- derived blob: the page rendered for the viewer (PNG)
    thumb_sha256 TEXT,                       -- derived blob: a small thumbnail (PNG)
    PRIMARY KEY (doc_id, page)
);
CREATE TABLE IF NOT EXISTS doc_metadata (
    doc_id TEXT NOT NULL REFERENCES documents(id),
    key    TEXT NOT NULL,
    value  TEXT NOT NULL,
    PRIMARY KEY (doc_id, key)
);
CREATE TABLE IF NOT EXISTS users (           -- people who use the web app (dossier/accounts/users.py)
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    password   TEXT NOT NULL,                  -- argon2id hash, never the password
    admin      INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS roles (           -- who may do what in which collection
    user_id    INTEGER NOT NULL REFERENCES users(id),
    collection TEXT NOT NULL REFERENCES collections(name),
    role       TEXT NOT NULL CHECK (role IN ('owner', 'editor', 'viewer')),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (user_id, collection)
);
CREATE TABLE IF NOT EXISTS sessions (        -- web log-ins; the cookie holds the token, this its sha256
    token_sha256 TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id),
    csrf         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS api_tokens (      -- tokens for scripts, stored as sha256
    token_sha256 TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id),
    label        TEXT NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (           -- append-only record of every read (dossier/accounts/audit.py)
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    user       TEXT NOT NULL,
    ip         TEXT NOT NULL,
    action     TEXT NOT NULL,
    collection TEXT,
    doc_id     TEXT,
    page       INTEGER,
    detail     TEXT NOT NULL,                  -- JSON: the query, the grant, the file name
    hash       TEXT NOT NULL                   -- sha256(previous hash || this row): edits break the chain
);
CREATE INDEX IF NOT EXISTS audit_by_collection ON audit(collection, seq);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE IF NOT EXISTS entities (       -- one row per distinct name or value; see dossier/entities/store.py
    id          INTEGER PRIMARY KEY,
    type        TEXT NOT NULL,               -- person, org, place, date, id_number, phone, email, url, docno
    name        TEXT NOT NULL,               -- as first seen, normalised
    key         TEXT NOT NULL,               -- identity within its script (entities/aliases.py), or the value
    pinyin      TEXT,                        -- cross-script key: a person's pinyin, a place's 'geo:<geonameid>'
    merged_into INTEGER REFERENCES entities(id),
    link        TEXT,                        -- why merged: 'pinyin', 'geonames' or 'manual'; 'split' keeps it apart
    UNIQUE (type, key)
);
CREATE INDEX IF NOT EXISTS entities_by_pinyin ON entities(pinyin);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id    TEXT NOT NULL REFERENCES documents(id),
    page      INTEGER NOT NULL,
    start     INTEGER NOT NULL,              -- character offsets into pages.text
    end       INTEGER NOT NULL,
    type      TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    text      TEXT NOT NULL,
    value     TEXT,
    extractor TEXT NOT NULL,                 -- pattern, jieba, gazetteer, rules, rules-en, aliases
    detail    TEXT,                          -- JSON: decoded ID facts, date precision
    PRIMARY KEY (doc_id, page, start, type)
);
CREATE INDEX IF NOT EXISTS mentions_by_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS entity_runs (    -- documents whose entities were extracted, for resuming
    doc_id       TEXT PRIMARY KEY REFERENCES documents(id),
    version      TEXT NOT NULL,
    mentions     INTEGER NOT NULL,
    extracted_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entity_aliases ( -- user alias lists: this name means that entity
    type      TEXT NOT NULL,
    alias_key TEXT NOT NULL,
    alias     TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    PRIMARY KEY (type, alias_key)
);
CREATE TABLE IF NOT EXISTS checkpoints (
    tree_size INTEGER PRIMARY KEY,
    root_hash BLOB NOT NULL,
    note      TEXT NOT NULL,               -- the signed checkpoint, C2SP signed-note text
    signed_at TEXT NOT NULL
);
"""


def connect(path: Path) -> sqlite3.Connection:
    """Open the catalog with the pragmas dossier relies on."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    conn.row_factory = sqlite3.Row
    # WAL lets readers (a search during an ingest) proceed while the one writer writes;
    # synchronous=FULL makes a committed custody entry survive power loss, not just kill -9.
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def migrate(conn: sqlite3.Connection) -> None:
    """Create or upgrade the schema."""
    conn.executescript(SCHEMA)
    row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    if row is None:
        conn.execute("INSERT INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

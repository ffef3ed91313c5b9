"""Users, their argon2id password hashes and their role in each collection.

A user sees a collection only through a role in it (owner, editor, viewer); a site admin
sees every collection. Permission changes are written to the audit log in the same
transaction as the change, so the record of who could read what cannot fall behind.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..errors import DossierError
from ..store.custody import utcnow
from . import audit

ROLES = ("owner", "editor", "viewer")
MIN_PASSWORD = 10
_hasher = PasswordHasher()
# Verified against when the name is unknown, so a login takes as long for a missing user.
_DUMMY = _hasher.hash("not a password of anyone")


@dataclass
class User:
    """A signed-in person: name, admin flag and role per visible collection."""

    id: int
    name: str
    admin: bool
    roles: dict[str, str] = field(default_factory=dict)

    def role(self, collection: str) -> str | None:
        """Return the user's role in a collection ('admin' for site admins), None when it is hidden."""
        if self.admin:
            return "admin"
        return self.roles.get(collection)

    def can(self, collection: str, need: str) -> bool:
        """Return whether the user holds at least role ``need`` (viewer < editor < owner < admin)."""
        order = {"viewer": 1, "editor": 2, "owner": 3, "admin": 4}
        have = self.role(collection)
        return have is not None and order[have] >= order[need]


class Users:
    """The users and roles stored in an archive's catalog."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def add(self, name: str, password: str, admin: bool = False, actor: str = "cli", ip: str = "local") -> User:
        """Create a user with an argon2id password hash; returns it."""
        if not name or name.strip() != name or len(name) > 64 or any(c in name for c in "/:\\ \t\n"):
            raise DossierError(f"user name {name!r} is not allowed; use up to 64 characters without spaces, "
                               "'/', '\\' or ':'")
        if len(password) < MIN_PASSWORD:
            raise DossierError(f"the password for {name} is too short; use at least {MIN_PASSWORD} characters")
        hashed = _hasher.hash(password)
        with _write(self.conn):
            if self.conn.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone():
                raise DossierError(f"user {name!r} exists already; `dossier user list` shows the users")
            cur = self.conn.execute("INSERT INTO users(name, password, admin, created_at) VALUES (?, ?, ?, ?)",
                                    (name, hashed, int(admin), utcnow()))
            audit.append(self.conn, actor, ip, "user.added", detail={"user": name, "admin": admin})
        return User(int(cur.lastrowid or 0), name, admin)

    def get(self, name: str) -> User | None:
        """Return a user with their roles, or None."""
        row = self.conn.execute("SELECT id, name, admin FROM users WHERE name = ?", (name,)).fetchone()
        return self._user(row) if row else None

    def by_id(self, user_id: int) -> User | None:
        """Return a user by row ID with their roles, or None."""
        row = self.conn.execute("SELECT id, name, admin FROM users WHERE id = ?", (user_id,)).fetchone()
        return self._user(row) if row else None

    def _user(self, row: Any) -> User:
        roles = {r["collection"]: r["role"] for r in
                 self.conn.execute("SELECT collection, role FROM roles WHERE user_id = ?", (row["id"],))}
        return User(row["id"], row["name"], bool(row["admin"]), roles)

    def authenticate(self, name: str, password: str) -> User | None:
        """Return the user when the password matches, else None (taking as long either way)."""
        row = self.conn.execute("SELECT id, name, admin, password FROM users WHERE name = ?", (name,)).fetchone()
        try:
            _hasher.verify(row["password"] if row else _DUMMY, password)
        except (VerificationError, InvalidHashError):
            return None
        return self._user(row) if row else None

    def list(self) -> list[dict[str, Any]]:
        """Return every user with admin flag and roles."""
        out = []
        for row in self.conn.execute("SELECT id, name, admin, created_at FROM users ORDER BY name"):
            user = self._user(row)
            out.append({"name": user.name, "admin": user.admin, "created_at": row["created_at"], "roles": user.roles})
        return out

    def grant(self, name: str, collection: str, role: str, actor: str = "cli", ip: str = "local") -> None:
        """Give a user a role in a collection (replacing an earlier one); logged in the audit log."""
        if role not in ROLES:
            raise DossierError(f"role {role!r} is not known; use one of {', '.join(ROLES)}")
        with _write(self.conn):
            user_id = self._id(name)
            if not self.conn.execute("SELECT 1 FROM collections WHERE name = ?", (collection,)).fetchone():
                raise DossierError(f"no collection named {collection!r}")
            self.conn.execute("INSERT INTO roles(user_id, collection, role, granted_at) VALUES (?, ?, ?, ?) "
                              "ON CONFLICT(user_id, collection) DO UPDATE SET role = excluded.role, "
                              "granted_at = excluded.granted_at", (user_id, collection, role, utcnow()))
            audit.append(self.conn, actor, ip, "role.granted", collection=collection,
                         detail={"user": name, "role": role})

    def revoke(self, name: str, collection: str, actor: str = "cli", ip: str = "local") -> None:
        """Take away a user's role in a collection; logged in the audit log."""
        with _write(self.conn):
            user_id = self._id(name)
            cur = self.conn.execute("DELETE FROM roles WHERE user_id = ? AND collection = ?", (user_id, collection))
            if cur.rowcount == 0:
                raise DossierError(f"{name} has no role in {collection!r}")
            audit.append(self.conn, actor, ip, "role.revoked", collection=collection, detail={"user": name})

    def members(self, collection: str) -> list[dict[str, str]]:
        """Return the users holding a role in a collection."""
        return [dict(r) for r in self.conn.execute(
            "SELECT u.name, r.role, r.granted_at FROM roles r JOIN users u ON u.id = r.user_id "
            "WHERE r.collection = ? ORDER BY u.name", (collection,))]

    def _id(self, name: str) -> int:
        row = self.conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise DossierError(f"no user named {name!r}; `dossier user list` shows the users")
        return int(row[0])


class _write:
    """A BEGIN IMMEDIATE transaction on a connection, unless one is open already."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.own = False

    def __enter__(self) -> sqlite3.Connection:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.own = True
        return self.conn

    def __exit__(self, kind: Any, *_: Any) -> None:
        if self.own:
            self.conn.execute("ROLLBACK" if kind else "COMMIT")

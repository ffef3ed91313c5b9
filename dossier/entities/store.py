"""Entities in the catalog: the extraction stage, resolution to entities, aliases, merge and split.

Entity extraction is its own stage (``dossier entities --extract``), after text extraction:
jieba's tagger reads a few hundred pages a second, too slow to sit inside ingest. Each
document is committed on its own with an ``entity_runs`` row, so an interrupted run resumes
with the next document; a document read by an older ``EXTRACTOR_VERSION`` is read again.
Mentions are derived data (the pages they come from are in the custody log); each run
adds one ``entities.extracted`` custody entry with its counts. Manual merges, splits and
alias lists change how a reporter's evidence is grouped, so each is its own custody entry.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any, Iterator

from .. import settings
from ..errors import ConfigError, DossierError
from ..store.custody import utcnow
from . import extract as ner
from .aliases import AliasList, is_han, name_key, normalise, pinyin_key
from .geonames import place_key
from .patterns import find_patterns
from .types import NAME_TYPES, PERSON, PLACE, TYPES, Mention


@dataclasses.dataclass
class EntityRun:
    """What one entity extraction run did."""

    documents: int = 0
    pages: int = 0
    mentions: int = 0
    linked: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """Return the counts as a JSON-ready dict."""
        return dataclasses.asdict(self)


#: How persons' cross-script keys are made; an archive whose meta differs has them re-made once.
_PERSON_KEYS = "pinyin, and sound keys for transliterated names"


def entity_key(mention: Mention) -> str:
    """Return the identity key of a mention's entity: name key for names, the normalised value otherwise."""
    if mention.type in NAME_TYPES:
        return name_key(mention.text)
    return mention.value or normalise(mention.text)


class EntityStore:
    """Entity tables of one open archive."""

    def __init__(self, archive: Any):
        self.archive = archive
        self.conn = archive.conn
        self._ids: dict[tuple[str, str], int] = {}

    # -- extraction ---------------------------------------------------------------------

    def pending(self, collection: str | None = None, doc_ids: list[str] | None = None,
                force: bool = False) -> list[str]:
        """Return IDs of read documents whose entities are missing or from another extractor version."""
        sql = ("SELECT e.doc_id FROM extractions e JOIN documents d ON d.id = e.doc_id "
               "LEFT JOIN entity_runs r ON r.doc_id = e.doc_id WHERE e.status = 'done'")
        args: list[Any] = []
        if not force:
            sql += " AND (r.doc_id IS NULL OR r.version != ?)"
            args.append(ner.EXTRACTOR_VERSION)
        if collection:
            sql += " AND d.collection = ?"
            args.append(collection)
        if doc_ids:
            sql += f" AND e.doc_id IN ({','.join('?' * len(doc_ids))})"
            args += doc_ids
        return [r[0] for r in self.conn.execute(sql + " ORDER BY d.rowid", args)]

    def run(self, collection: str | None = None, doc_ids: list[str] | None = None, force: bool = False,
            progress: Any = None, workers: int | None = None) -> EntityRun:
        """Extract the entities of every pending document, committing one document at a time, in input order."""
        import time

        started = time.monotonic()
        summary = EntityRun()
        todo = self.pending(collection, doc_ids, force)
        extra = self._alias_names()
        if progress is not None:
            progress.start(len(todo), len(todo))
        for doc_id, pages, found in self._extracted(todo, extra, workers):
            with self.archive.transaction():
                self.conn.execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
                for page, mention in found:
                    self._insert(doc_id, page, mention)
                self.conn.execute("INSERT OR REPLACE INTO entity_runs(doc_id, version, mentions, extracted_at) "
                                  "VALUES (?, ?, ?, ?)", (doc_id, ner.EXTRACTOR_VERSION, len(found), utcnow()))
            summary.documents += 1
            summary.pages += len(pages)
            summary.mentions += len(found)
            if progress is not None:
                progress.advance(1, 1, 0)
        with self.archive.transaction():
            summary.linked = self.link_scripts()
            if summary.documents:
                self.archive.custody.append("entities.extracted", tool=ner.EXTRACTOR_VERSION, collection=collection,
                                            documents=summary.documents, mentions=summary.mentions,
                                            linked=summary.linked)
        if summary.documents:
            self.archive.sign_checkpoint()
        summary.seconds = round(time.monotonic() - started, 3)
        return summary

    def _extracted(self, todo: list[str], extra: dict[str, str],
                   workers: int | None) -> Iterator[tuple[str, list[Any], list[tuple[int, Mention]]]]:
        """Yield (doc_id, pages, [(page, mention)]) for each document, in order, read by a pool when it pays."""
        workers = settings.get("entity_workers", workers)
        if workers < 1:
            raise ConfigError(f"DOSSIER_ENTITY_WORKERS has value {workers!r}; expected 1 or more")

        def pages_of(doc_id: str) -> list[Any]:
            return self.conn.execute("SELECT page, text FROM pages WHERE doc_id = ? ORDER BY page", (doc_id,)).fetchall()

        # Starting workers costs seconds (each loads jieba's dictionary): only worth it for many documents.
        if workers == 1 or len(todo) < POOL_MIN_DOCUMENTS:
            for doc_id in todo:
                pages = pages_of(doc_id)
                yield doc_id, pages, [(page, m) for page, text in pages for m in ner.extract(text, extra)]
            return
        import concurrent.futures
        import multiprocessing

        context = multiprocessing.get_context("spawn")  # the catalog connection must not cross a fork
        with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
            window: list[tuple[str, list[Any], Any]] = []
            for doc_id in todo + [None]:  # type: ignore[list-item]
                if doc_id is not None:
                    pages = pages_of(doc_id)
                    window.append((doc_id, pages, pool.submit(_extract_pages, [tuple(p) for p in pages], extra)))
                while window and (doc_id is None or len(window) > 4 * workers):
                    done_id, done_pages, future = window.pop(0)
                    yield done_id, done_pages, future.result()

    def _alias_names(self) -> dict[str, str]:
        rows = self.conn.execute("SELECT alias, type FROM entity_aliases").fetchall()
        return {r[0]: r[1] for r in rows if len(r[0]) >= 2}

    def _entity_id(self, kind: str, key: str, name: str) -> int:
        cached = self._ids.get((kind, key))
        if cached is not None:
            return cached
        row = self.conn.execute("SELECT entity_id FROM entity_aliases WHERE type = ? AND alias_key = ?",
                                (kind, key)).fetchone() or \
            self.conn.execute("SELECT id FROM entities WHERE type = ? AND key = ?", (kind, key)).fetchone()
        if row is None:
            pinyin = pinyin_key(name) if kind == PERSON else (place_key(name) or "") if kind == PLACE else None
            cursor = self.conn.execute("INSERT INTO entities(type, name, key, pinyin) VALUES (?, ?, ?, ?)",
                                       (kind, name, key, pinyin))
            entity_id = int(cursor.lastrowid or 0)
        else:
            entity_id = int(row[0])
        self._ids[(kind, key)] = entity_id
        return entity_id

    def _insert(self, doc_id: str, page: int, mention: Mention) -> None:
        name = normalise(mention.text) if mention.type in NAME_TYPES else (mention.value or mention.text)
        entity_id = self._entity_id(mention.type, entity_key(mention), name)
        self.conn.execute(
            "INSERT OR REPLACE INTO mentions(doc_id, page, start, end, type, entity_id, text, value, extractor, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, page, mention.start, mention.end, mention.type, entity_id, mention.text, mention.value or None,
             mention.extractor, json.dumps(mention.detail, ensure_ascii=False) if mention.detail else None))

    def link_scripts(self) -> int:
        """Attach Latin-script names to the one Han name of the same person or place; return how many.

        Persons are linked by their pinyin key (陈全国, Chen Quanguo), or by the sound key of a
        transliterated name (伊力哈木·土赫提, Ilham Tohti); places by their GeoNames key (乌鲁木齐, Urumqi;
        莎车县, Yarkand), which ``_entity_id`` stores in the same column.
        """
        self._rekey_transliterated()
        return self._link_by_key(PERSON, "pinyin") + self._link_places()

    def _rekey_transliterated(self) -> None:
        # Persons stored before transliterated names had a sound key get theirs, once per archive:
        # entities made since get the right key when they are made (_entity_id).
        if self.conn.execute("SELECT 1 FROM meta WHERE key = 'person_keys' AND value = ?", (_PERSON_KEYS,)).fetchone():
            return
        rows = self.conn.execute("SELECT id, name, pinyin FROM entities WHERE type = ? AND link IS NULL "
                                 "AND (pinyin IS NULL OR pinyin NOT LIKE '~%')", (PERSON,)).fetchall()
        for entity_id, name, old in rows:
            if "·" in name or " " in name or not name.isascii() and not is_han(name):
                new = pinyin_key(name)
                if new != old:
                    self.conn.execute("UPDATE entities SET pinyin = ? WHERE id = ?", (new, entity_id))
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('person_keys', ?)", (_PERSON_KEYS,))

    def _link_places(self) -> int:
        # Place entities made before places had a cross-script key get theirs now.
        for entity_id, name in self.conn.execute("SELECT id, name FROM entities WHERE type = ? AND pinyin IS NULL",
                                                 (PLACE,)).fetchall():
            self.conn.execute("UPDATE entities SET pinyin = ? WHERE id = ?", (place_key(name) or "", entity_id))
        return self._link_by_key(PLACE, "geonames")

    def _link_by_key(self, kind: str, how: str) -> int:
        linked = 0
        latin = self.conn.execute("SELECT id, key, pinyin FROM entities WHERE type = ? AND merged_into IS NULL "
                                  "AND link IS NULL", (kind,)).fetchall()
        for entity_id, key, cross in latin:
            if is_han(key) or not cross:
                continue
            han = [r[0] for r in self.conn.execute(
                "SELECT id, key FROM entities WHERE type = ? AND pinyin = ? AND id != ?", (kind, cross, entity_id))
                if is_han(r[1])]
            targets = {self.canonical(h) for h in han}
            if len(targets) == 1:
                self.conn.execute("UPDATE entities SET merged_into = ?, link = ? WHERE id = ?",
                                  (targets.pop(), "transliteration" if cross.startswith("~") else how, entity_id))
                linked += 1
        return linked

    # -- lookups ------------------------------------------------------------------------

    def canonical(self, entity_id: int) -> int:
        """Return the entity an entity was merged into, following the chain."""
        seen = set()
        while entity_id not in seen:
            seen.add(entity_id)
            row = self.conn.execute("SELECT merged_into FROM entities WHERE id = ?", (entity_id,)).fetchone()
            if row is None or row[0] is None:
                return entity_id
            entity_id = int(row[0])
        return entity_id

    def members(self, entity_id: int) -> list[int]:
        """Return the entity and every entity merged into it (directly or not)."""
        group, frontier = [entity_id], [entity_id]
        while frontier:
            rows = self.conn.execute(f"SELECT id FROM entities WHERE merged_into IN ({','.join('?' * len(frontier))})",
                                     frontier).fetchall()
            frontier = [r[0] for r in rows if r[0] not in group]
            group += frontier
        return group

    def find(self, name: str, kind: str | None = None) -> list[int]:
        """Return canonical entity IDs matching a name: by key, alias, pinyin, or a number as entity ID."""
        if re.fullmatch(r"#?\d+", name.strip()):
            row = self.conn.execute("SELECT id FROM entities WHERE id = ?", (int(name.strip("# ")),)).fetchone()
            if row:
                return [self.canonical(row[0])]
        key = name_key(name)
        types = [kind] if kind else list(TYPES)
        found: list[int] = []
        # A phone number, e-mail, ID number, date or document number is looked up by its normalised value.
        values = find_patterns(name)
        for mention in values if len(values) == 1 else []:
            for (entity_id,) in self.conn.execute("SELECT id FROM entities WHERE type = ? AND key = ?",
                                                  (mention.type, mention.value)):
                found.append(self.canonical(entity_id))
        if found:
            return list(dict.fromkeys(found))
        for t in types:
            rows = self.conn.execute("SELECT id FROM entities WHERE type = ? AND (key = ? OR key = ?)",
                                     (t, key, normalise(name))).fetchall()
            rows += self.conn.execute("SELECT entity_id FROM entity_aliases WHERE type = ? AND alias_key = ?",
                                      (t, key)).fetchall()
            if t == PERSON and not rows:  # pinyin only when no name or alias matches as written
                rows += self.conn.execute("SELECT id FROM entities WHERE type = ? AND pinyin = ?",
                                          (t, pinyin_key(name))).fetchall()
            for row in rows:
                canonical = self.canonical(row[0])
                if canonical not in found:
                    found.append(canonical)
        return found

    def one(self, name: str, kind: str | None = None) -> int:
        """Return the one entity a name means, or raise a DossierError naming the choices."""
        found = self.find(name, kind)
        if not found:
            raise DossierError(f"no entity named {name!r}; `dossier entities` lists them")
        if len(found) > 1:
            choices = ", ".join(f"#{i} {self.label(i)}" for i in found[:10])
            raise DossierError(f"{name!r} names {len(found)} entities ({choices}); give the #ID or --type")
        return found[0]

    def label(self, entity_id: int) -> str:
        """Return 'name (type)' of an entity."""
        row = self.conn.execute("SELECT name, type FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return f"{row[0]} ({row[1]})"

    def names(self, entity_id: int) -> list[str]:
        """Return every name of an entity group: entity names, surface forms and user aliases."""
        group = self.members(entity_id)
        marks = ",".join("?" * len(group))
        names = [r[0] for r in self.conn.execute(f"SELECT name FROM entities WHERE id IN ({marks}) ORDER BY id", group)]
        names += [r[0] for r in self.conn.execute(f"SELECT DISTINCT text FROM mentions WHERE entity_id IN ({marks})", group)]
        names += [r[0] for r in self.conn.execute(f"SELECT alias FROM entity_aliases WHERE entity_id IN ({marks})", group)]
        return list(dict.fromkeys(names))

    def links(self, entity_id: int) -> dict[str, str]:
        """Return {name: how} for the names joined to an entity by a rule (pinyin, transliteration, geonames, manual)."""
        group = self.members(entity_id)
        rows = self.conn.execute(f"SELECT name, link FROM entities WHERE id IN ({','.join('?' * len(group))}) "
                                 "AND link IS NOT NULL ORDER BY id", group).fetchall()
        return {name: link for name, link in rows}

    def listing(self, collection: str | None = None, kind: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Return canonical entities with mention and document counts, most mentioned first."""
        sql = ("SELECT COALESCE(e.merged_into, e.id) AS eid, m.doc_id FROM mentions m JOIN entities e ON e.id = m.entity_id "
               "JOIN documents d ON d.id = m.doc_id WHERE 1")
        args: list[Any] = []
        if collection:
            sql += " AND d.collection = ?"
            args.append(collection)
        if kind:
            sql += " AND m.type = ?"
            args.append(kind)
        counts: dict[int, list[Any]] = {}
        for eid, doc in self.conn.execute(sql, args):
            eid = self.canonical(eid)
            entry = counts.setdefault(eid, [0, set()])
            entry[0] += 1
            entry[1].add(doc)
        rows = []
        for eid, (mentions, docs) in sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[0]))[:limit]:
            row = self.conn.execute("SELECT name, type FROM entities WHERE id = ?", (eid,)).fetchone()
            rows.append({"id": eid, "name": row[0], "type": row[1], "mentions": mentions, "documents": len(docs),
                         "names": self.names(eid)})
        return rows

    def mentions(self, entity_id: int) -> Iterator[dict[str, Any]]:
        """Yield every mention of an entity group with a snippet, its document and collection."""
        group = self.members(entity_id)
        rows = self.conn.execute(
            f"SELECT m.*, d.collection, d.path, p.text AS page_text FROM mentions m JOIN documents d ON d.id = m.doc_id "
            f"JOIN pages p ON p.doc_id = m.doc_id AND p.page = m.page WHERE m.entity_id IN ({','.join('?' * len(group))}) "
            f"ORDER BY d.collection, m.doc_id, m.page, m.start", group)
        for row in rows:
            text = row["page_text"]
            snippet = text[max(0, row["start"] - 30):row["start"]] + "[" + row["text"] + "]" + text[row["end"]:row["end"] + 30]
            yield {"doc": row["doc_id"], "collection": row["collection"], "path": row["path"], "page": row["page"],
                   "start": row["start"], "end": row["end"], "text": row["text"], "extractor": row["extractor"],
                   "snippet": re.sub(r"\s+", " ", snippet).strip(),
                   "date": self.mention_date(row["doc_id"], row["page"], row["start"])}

    def mention_date(self, doc_id: str, page: int, start: int) -> str | None:
        """Return the date of a mention: the nearest day before it on its page, else after it, else its document's date."""
        row = self.conn.execute("SELECT value FROM mentions WHERE doc_id = ? AND page = ? AND type = 'date' "
                                "AND start <= ? AND length(value) = 10 ORDER BY start DESC LIMIT 1",
                                (doc_id, page, start)).fetchone()
        if row is None:
            row = self.conn.execute("SELECT value FROM mentions WHERE doc_id = ? AND page = ? AND type = 'date' "
                                    "AND start > ? AND length(value) = 10 ORDER BY start LIMIT 1",
                                    (doc_id, page, start)).fetchone()
        return row[0] if row else document_date(self.conn, doc_id)

    def cooccurring(self, entity_id: int, limit: int = 20) -> list[dict[str, Any]]:
        """Return the named entities that share pages with an entity group, with the number of pages shared."""
        group = self.members(entity_id)
        marks = ",".join("?" * len(group))
        rows = self.conn.execute(
            f"SELECT o.entity_id, COUNT(DISTINCT o.doc_id || ':' || o.page) FROM mentions m JOIN mentions o "
            f"ON o.doc_id = m.doc_id AND o.page = m.page WHERE m.entity_id IN ({marks}) "
            f"AND o.entity_id NOT IN ({marks}) AND o.type IN ('person', 'org', 'place') GROUP BY o.entity_id",
            group + group).fetchall()
        shared: dict[int, int] = {}
        for other, pages in rows:
            canonical = self.canonical(other)
            if canonical != entity_id:
                shared[canonical] = shared.get(canonical, 0) + pages
        result = []
        for eid, pages in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]:
            row = self.conn.execute("SELECT name, type FROM entities WHERE id = ?", (eid,)).fetchone()
            result.append({"id": eid, "name": row[0], "type": row[1], "pages": pages})
        return result

    def page(self, entity_id: int) -> dict[str, Any]:
        """Return an entity page: names, mentions, documents, collections, co-occurring entities, first/last date."""
        row = self.conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        mentions = list(self.mentions(entity_id))
        dates = sorted(m["date"] for m in mentions if m["date"])
        return {"id": entity_id, "name": row["name"], "type": row["type"], "names": self.names(entity_id),
                "links": self.links(entity_id), "mentions": mentions, "documents": sorted({m["doc"] for m in mentions}),
                "collections": sorted({m["collection"] for m in mentions}),
                "cooccurring": self.cooccurring(entity_id),
                "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None}

    # -- curation (logged) --------------------------------------------------------------

    def merge(self, target: int, others: list[int]) -> int:
        """Merge entities into a target (logged as entity.merged); return the custody seq."""
        target = self.canonical(target)
        others = [self.canonical(o) for o in others]
        if any(o == target for o in others):
            raise DossierError(f"cannot merge {self.label(target)} into itself")
        with self.archive.transaction():
            for other in others:
                self.conn.execute("UPDATE entities SET merged_into = ?, link = 'manual' WHERE id = ?", (target, other))
            seq = self.archive.custody.append("entity.merged", entity=target, name=self.label(target),
                                              merged=[{"entity": o, "name": self.label(o)} for o in others])
        return seq

    def split(self, entity_id: int, name: str) -> tuple[int, int]:
        """Take one name out of an entity group (logged as entity.split); return (new entity, custody seq)."""
        group = self.members(self.canonical(entity_id))
        key = name_key(name)
        members = [m for m in group if self.conn.execute("SELECT key FROM entities WHERE id = ?", (m,)).fetchone()[0] == key]
        with self.archive.transaction():
            if members and members[0] != group[0]:
                # A name that was merged in: detach it, and keep automatic linking from merging it back.
                moved = members[0]
                self.conn.execute("UPDATE entities SET merged_into = NULL, link = 'split' WHERE id = ?", (moved,))
                self.conn.execute("UPDATE entities SET merged_into = NULL WHERE merged_into = ?", (moved,))
                count = self.conn.execute("SELECT COUNT(*) FROM mentions WHERE entity_id = ?", (moved,)).fetchone()[0]
            else:
                # A surface form of the entity itself: its mentions become a new entity.
                row = self.conn.execute("SELECT type FROM entities WHERE id = ?", (group[0],)).fetchone()
                texts = [t for (t,) in self.conn.execute(
                    f"SELECT DISTINCT text FROM mentions WHERE entity_id IN ({','.join('?' * len(group))})", group)
                    if normalise(t) == normalise(name)]
                if not texts:
                    raise DossierError(f"{self.label(group[0])} has no name {name!r} to split off; "
                                       f"its names: {', '.join(self.names(group[0]))}")
                cursor = self.conn.execute("INSERT INTO entities(type, name, key, pinyin, link) VALUES (?, ?, ?, ?, 'split')",
                                           (row[0], normalise(name), f"{key}#split{utcnow()}", None))
                moved = int(cursor.lastrowid or 0)
                count = self.conn.execute(
                    f"UPDATE mentions SET entity_id = ? WHERE entity_id IN ({','.join('?' * len(group))}) "
                    f"AND text IN ({','.join('?' * len(texts))})", [moved] + group + texts).rowcount
            seq = self.archive.custody.append("entity.split", entity=group[0], name=self.label(group[0]),
                                              split=moved, split_name=normalise(name), mentions=count)
        return moved, seq

    def add_aliases(self, aliases: AliasList) -> tuple[int, int | None]:
        """Record user alias groups (logged as entity.aliases); return (aliases added, custody seq)."""
        added = 0
        with self.archive.transaction():
            for group in aliases.groups:
                found = self.find(group[0])
                kind = self.conn.execute("SELECT type FROM entities WHERE id = ?", (found[0],)).fetchone()[0] \
                    if found else PERSON
                target = found[0] if found else self._entity_id(kind, name_key(group[0]), group[0])
                for alias in group[1:]:
                    existing = [e for e in self.find(alias, kind) if e != target]
                    for other in existing:
                        self.conn.execute("UPDATE entities SET merged_into = ?, link = 'manual' WHERE id = ?",
                                          (target, other))
                    self.conn.execute("INSERT OR REPLACE INTO entity_aliases(type, alias_key, alias, entity_id) "
                                      "VALUES (?, ?, ?, ?)", (kind, name_key(alias), alias, target))
                    added += 1
            seq = self.archive.custody.append("entity.aliases", groups=aliases.groups) if added else None
        return added, seq


#: Fewer pending documents than this are read in the command's own process.
POOL_MIN_DOCUMENTS = 20


def _extract_pages(pages: list[tuple[int, str]], extra: dict[str, str]) -> list[tuple[int, Mention]]:
    """Return the mentions of a document's pages (runs in a worker process)."""
    return [(page, mention) for page, text in pages for mention in ner.extract(text, extra)]


def document_date(conn: Any, doc_id: str) -> str | None:
    """Return a document's own date (ISO day) from its metadata: date, created or modified."""
    for key in ("date", "created", "modified"):
        row = conn.execute("SELECT value FROM doc_metadata WHERE doc_id = ? AND key = ?", (doc_id, key)).fetchone()
        if row:
            match = re.search(r"((?:19|20)\d{2})-?(\d{2})-?(\d{2})", row[0])
            if match:
                return f"{match[1]}-{match[2]}-{match[3]}"
    return None

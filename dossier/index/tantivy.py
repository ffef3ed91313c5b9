"""The embedded default backend: a Tantivy index in ARCHIVE/index/tantivy.

Why Tantivy and not SQLite FTS5 (measured with ``bench/search.py``, numbers in
docs/search.md): over the same pre-analysed bigram text, Tantivy answered two-term and
phrase queries several times faster than FTS5 at 200,000 pages, counts and facets all
hits from column storage in one pass, and ranks top hits with block-max WAND where
FTS5 scores every match before sorting. FTS5 would have lived inside the catalog and
needed no extra package; that did not outweigh missing the latency goals.

Fields: ``ngrams`` (character bigrams, with positions for phrases), ``stems`` (stemmed
words, with positions) and ``words`` (exact words for prefix and fuzzy queries, without
positions) are whitespace-tokenised: ``analysis.py`` has already made the terms (Tantivy's
regex tokenizer could cut bigrams itself, but measured 3× slower than splitting at spaces). Filters
and facets use fast fields. Tantivy allows one writer per index (a lock file), and
readers never wait for it: a search during an ingest sees the last commit. A writer stays
open across the batches of one extract run or rebuild, so that segments merge in the
background while indexing goes on (waiting for merges after every batch made a rebuild
of 1,000,000 pages four times slower); a removal from another process waits for it.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any, Iterable

import tantivy

from ..errors import ArchiveError
from .base import Found, Hit, IndexBackend, PageEntry
from .query import And, Filter, Match, Node, Not, Or

_SORT_FIELDS = {"date": "date"}
_FACET_FIELDS = {"collection": "collection", "type": "mime", "language": "lang", "year": "year"}
#: Facet counts, and the number of matches (every page has a date value, 0 when unknown).
FACET_SPEC = {**{name: {"terms": {"field": field, "size": 50}} for name, field in _FACET_FIELDS.items()},
              "total": {"value_count": {"field": "date"}}}


def schema() -> tantivy.Schema:
    """Return the page schema."""
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("doc", stored=True, tokenizer_name="raw")
    builder.add_integer_field("page", stored=True, indexed=True)
    builder.add_text_field("collection", tokenizer_name="raw", fast=True)
    builder.add_text_field("mime", tokenizer_name="raw", fast=True)
    builder.add_text_field("lang", tokenizer_name="raw", fast=True)
    builder.add_text_field("parent", tokenizer_name="raw")
    builder.add_integer_field("date", indexed=True, fast=True)
    builder.add_integer_field("year", indexed=True, fast=True)
    builder.add_text_field("ngrams", tokenizer_name="ws", index_option="position")
    builder.add_text_field("stems", tokenizer_name="ws", index_option="position")
    builder.add_text_field("words", tokenizer_name="ws", index_option="freq")
    return builder.build()


def _whitespace() -> tantivy.TextAnalyzer:
    return tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build()


class TantivyIndex(IndexBackend):
    """Pages in a Tantivy index folder."""

    name = "tantivy"

    def __init__(self, folder: Path, heap_bytes: int = 256 << 20, threads: int = 1, wait_s: float = 30.0):
        self.folder = folder
        self.heap_bytes = heap_bytes
        self.threads = threads
        self.wait_s = wait_s
        self.schema = schema()
        folder.mkdir(parents=True, exist_ok=True)
        try:
            self.index = tantivy.Index(self.schema, path=str(folder), reuse=True)
        except ValueError as exc:
            raise ArchiveError(f"cannot open the search index in {folder}: {exc}; "
                               "rebuild it with `dossier reindex`") from exc
        self.index.register_tokenizer("ws", _whitespace())
        self._writer: Any = None
        self._meta_seen: tuple[int, int, int] | None = None

    # -- writing ---------------------------------------------------------------

    def writer(self, wait_s: float | None = None) -> Any:
        """Return the open writer, taking the index lock (waiting up to wait_s for another process)."""
        if self._writer is None:
            deadline = time.monotonic() + (self.wait_s if wait_s is None else wait_s)
            while True:
                try:
                    self._writer = self.index.writer(heap_size=self.heap_bytes, num_threads=self.threads)
                    break
                except ValueError as exc:
                    if "LockBusy" not in str(exc) or time.monotonic() >= deadline:
                        raise IndexBusyError(
                            f"the search index {self.folder} is being written by another dossier process "
                            "(an ingest, extract or reindex); try again when it finishes") from exc
                    time.sleep(0.1)
        return self._writer

    def add(self, entries: Iterable[PageEntry]) -> int:
        """Add pages to the open batch."""
        writer = self.writer()
        count = 0
        for e in entries:
            writer.add_document(tantivy.Document(
                doc=e.doc, page=e.page, collection=e.collection, mime=e.mime, lang=e.lang, parent=e.parent,
                date=e.date, year=e.year, ngrams=e.ngrams, stems=e.stems, words=e.words))
            count += 1
        return count

    def delete(self, doc_ids: Iterable[str]) -> None:
        """Remove every page of these documents from the open batch."""
        writer = self.writer()
        for doc_id in doc_ids:
            writer.delete_documents_by_term("doc", doc_id)

    def commit(self) -> None:
        """Commit the batch; the writer stays open (and segments merge in the background) until ``release``."""
        if self._writer is not None:
            self._writer.commit()
        self.index.reload()

    def release(self) -> None:
        """Wait for background merges, then drop the writer and its lock; uncommitted changes are lost."""
        if self._writer is not None:
            writer, self._writer = self._writer, None
            try:
                writer.rollback()
            except ValueError:
                pass
            writer.wait_merging_threads()
            del writer

    def clear(self) -> None:
        """Remove every page."""
        writer = self.writer()
        writer.delete_all_documents()
        self.commit()
        self.release()

    def close(self) -> None:
        """Release the writer."""
        self.release()

    @staticmethod
    def destroy(folder: Path) -> None:
        """Delete an index folder (to rebuild it with a new schema)."""
        shutil.rmtree(folder, ignore_errors=True)

    # -- reading ---------------------------------------------------------------

    def count(self) -> int:
        """Return the number of pages searchable now."""
        self.index.reload()
        return self.index.searcher().num_docs

    def searcher(self) -> Any:
        """Return a searcher over the latest commit, of this process or another."""
        # A commit rewrites meta.json (a rebuild replaces it): reload only when it changed.
        try:
            stat = os.stat(self.folder / "meta.json")
            seen = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        except FileNotFoundError:
            seen = None
        if seen != self._meta_seen:
            self.index.reload()
            self._meta_seen = seen
        return self.index.searcher()

    def search(self, node: Node, limit: int = 20, offset: int = 0, sort: str = "relevance",
               facets: bool = True) -> Found:
        """Run a resolved query tree."""
        query = self.compile(node)
        searcher = self.searcher()
        # With facets, one aggregation pass over every match also counts them, so the top
        # hits need no count and Tantivy can skip what cannot rank (block-max WAND).
        options: dict[str, Any] = {"count": not facets, "offset": offset}
        if sort == "date":
            options["order_by_field"] = "date"
        result = searcher.search(query, limit, **options)
        hits = []
        for score, address in result.hits:
            stored = searcher.doc(address)
            hits.append(Hit(stored["doc"][0], int(stored["page"][0]), float(score)))
        if not facets:
            return Found(hits, int(result.count or 0))
        total, counts = self.facets(searcher, query)
        return Found(hits, total, counts)

    def facets(self, searcher: Any, query: Any) -> tuple[int, dict[str, dict[str, int]]]:
        """Return the number of matches and {facet: {value: pages}} over them, in one pass."""
        raw = searcher.aggregate(query, FACET_SPEC)
        counts: dict[str, dict[str, int]] = {}
        for name in _FACET_FIELDS:
            buckets = raw.get(name, {}).get("buckets", [])
            counts[name] = {str(b["key"]): int(b["doc_count"]) for b in buckets if b["key"] not in ("", 0)}
        return int(raw["total"]["value"] or 0), counts

    # -- query translation -----------------------------------------------------

    def compile(self, node: Node) -> Any:
        """Translate a resolved query tree into a Tantivy query."""
        Q, Occur = tantivy.Query, tantivy.Occur
        if isinstance(node, Match):
            return _all_of([self._match_part(part) for part in _parts(node)])
        if isinstance(node, Filter):
            return Q.const_score_query(self._filter(node), 0.0)
        if isinstance(node, Or):
            return Q.boolean_query([(Occur.Should, self.compile(c)) for c in node.children])
        if isinstance(node, Not):
            return Q.boolean_query([(Occur.Must, Q.all_query()), (Occur.MustNot, self.compile(node.child))])
        if isinstance(node, And):
            clauses = []
            for child in node.children:
                if isinstance(child, Not):
                    clauses.append((Occur.MustNot, self.compile(child.child)))
                else:
                    clauses.append((Occur.Must, self.compile(child)))
            if all(occur == Occur.MustNot for occur, _ in clauses):
                clauses.append((Occur.Must, Q.all_query()))
            return Q.boolean_query(clauses)
        raise TypeError(f"cannot compile {node!r}; resolve the query first")

    def _match_part(self, part: tuple[str, Any]) -> Any:
        Q, s = tantivy.Query, self.schema
        kind, value = part
        if kind == "dense":
            if len(value) == 1:
                return Q.regex_query(s, "ngrams", _regex_escape(value) + ".*")
            if len(value) == 2:
                return Q.term_query(s, "ngrams", value)
            return Q.phrase_query(s, "ngrams", [value[i:i + 2] for i in range(len(value) - 1)])
        if kind == "stem":
            return Q.term_query(s, "stems", value)
        if kind == "stem_phrase":
            return Q.phrase_query(s, "stems", value)
        if kind == "prefix":
            return Q.regex_query(s, "words", _regex_escape(value) + ".*")
        if kind == "fuzzy":
            word, distance = value
            return Q.fuzzy_term_query(s, "words", word, distance=distance)
        raise ValueError(kind)

    def _filter(self, node: Filter) -> Any:
        Q, s = tantivy.Query, self.schema
        if node.field in ("date", "year"):
            return Q.range_query(s, "date", tantivy.FieldType.Integer, node.low, node.high)
        if node.field == "type":
            if "/" in node.value:
                return Q.term_query(s, "mime", node.value.lower())
            return Q.regex_query(s, "mime", ".*" + _regex_escape(node.value.lower()) + ".*")
        if node.field == "entity":
            return self._pages_filter(node.pages or [])
        field = {"collection": "collection", "language": "lang", "parent": "parent", "doc": "doc"}[node.field]
        return Q.term_query(s, field, node.value)

    #: Past this many pages an entity filter keeps whole documents: one clause per document, not per page.
    MAX_PAGE_CLAUSES = 2000

    def _pages_filter(self, pages: list[tuple[str, int]]) -> Any:
        """Return a query for exactly these (document, page) pairs; an empty list matches nothing."""
        Q, Occur, s = tantivy.Query, tantivy.Occur, self.schema
        if not pages:
            return Q.term_query(s, "doc", "")  # no page has an empty document ID
        by_doc: dict[str, list[int]] = {}
        for doc, page in pages:
            by_doc.setdefault(doc, []).append(page)
        clauses = []
        for doc, numbers in by_doc.items():
            if len(pages) > self.MAX_PAGE_CLAUSES:
                clauses.append((Occur.Should, Q.term_query(s, "doc", doc)))
                continue
            on_pages = Q.boolean_query([(Occur.Should, Q.range_query(s, "page", tantivy.FieldType.Integer, n, n))
                                        for n in numbers])
            clauses.append((Occur.Should, Q.boolean_query([(Occur.Must, Q.term_query(s, "doc", doc)),
                                                           (Occur.Must, on_pages)])))
        return Q.boolean_query(clauses)


def _parts(match: Match) -> list[tuple[str, Any]]:
    parts: list[tuple[str, Any]] = [("dense", d) for d in match.dense]
    if match.prefix is not None:
        parts.append(("prefix", match.prefix))
    elif match.fuzzy is not None:
        parts.append(("fuzzy", match.fuzzy))
    elif match.phrase:
        parts.append(("stem_phrase", match.stems))
    else:
        parts.extend(("stem", s) for s in dict.fromkeys(match.stems))
    return parts


def _all_of(queries: list[Any]) -> Any:
    if len(queries) == 1:
        return queries[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in queries])


def _regex_escape(text: str) -> str:
    return "".join("\\" + c if c in r"\.+*?()|[]{}^$#&-~" else c for c in text)


class IndexBusyError(ArchiveError):
    """Another process holds the index writer lock."""

"""The index backend interface: what the search service needs from a full-text engine.

A backend stores one entry per page and answers parsed queries (``query.py``) with page
hits, a total and facet counts. It knows nothing of the catalog: the service reads page
text, names and dates from the catalog and hands the backend ready-made ``PageEntry``
objects whose terms ``analysis.py`` computed. The embedded default is ``TantivyIndex``
(``tantivy.py``, why in its docstring); a PostgreSQL backend can implement the same class.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from .query import Node

FACETS = ("collection", "type", "language", "year")


@dataclass
class PageEntry:
    """One page as the index stores it: identity, filter fields and analysed text."""

    doc: str
    page: int
    collection: str
    mime: str
    lang: str
    parent: str
    date: int  # YYYYMMDD of the document's own date, 0 when unknown
    ngrams: str  # analysis.index_terms output, space-separated
    words: str
    stems: str

    @property
    def year(self) -> int:
        """Return the year of the document's date, 0 when unknown."""
        return self.date // 10000


@dataclass
class Hit:
    """One matching page with its relevance score (or sort key)."""

    doc: str
    page: int
    score: float


@dataclass
class Found:
    """One page of results: hits in order, how many pages match in all, facet counts."""

    hits: list[Hit]
    total: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


class IndexBackend:
    """A full-text index of pages; subclasses implement every method."""

    name = "base"

    def add(self, entries: Iterable[PageEntry]) -> int:
        """Add pages (not yet visible to searches until ``commit``); returns how many."""
        raise NotImplementedError

    def delete(self, doc_ids: Iterable[str]) -> None:
        """Remove every page of these documents (visible after ``commit``)."""
        raise NotImplementedError

    def commit(self) -> None:
        """Make added and deleted pages visible to searches, durably."""
        raise NotImplementedError

    def clear(self) -> None:
        """Remove every page."""
        raise NotImplementedError

    def search(self, node: Node, limit: int = 20, offset: int = 0, sort: str = "relevance",
               facets: bool = True) -> Found:
        """Run a parsed, resolved query and return hits, total and facets."""
        raise NotImplementedError

    def count(self) -> int:
        """Return the number of pages searchable now."""
        raise NotImplementedError

    def close(self) -> None:
        """Release the writer and any open files."""

    def __enter__(self) -> "IndexBackend":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

"""Search: text analysis, the query language, index backends and the search service."""

from .query import QueryError

__all__ = ["QueryError"]

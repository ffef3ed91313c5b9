"""Which extractor reads which MIME type; the first that accepts a type wins."""

from __future__ import annotations

from .base import Extractor
from .pdf import PdfExtractor
from .text import TextExtractor

EXTRACTORS: list[type[Extractor]] = [PdfExtractor, TextExtractor]


def extractor_for(mime: str) -> type[Extractor] | None:
    """Return the extractor class for a MIME type, or None when dossier cannot read it yet."""
    for extractor in EXTRACTORS:
        if extractor.accepts(mime):
            return extractor
    return None


def extractor_by_name(name: str) -> type[Extractor]:
    """Return a registered extractor class by name."""
    for extractor in EXTRACTORS:
        if extractor.name == name:
            return extractor
    raise KeyError(name)

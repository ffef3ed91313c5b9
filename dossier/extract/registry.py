"""Which extractor reads which MIME type; the first that accepts a type wins."""

from __future__ import annotations

from pathlib import Path

from .base import Extractor
from .email import EmailExtractor
from .image import ImageExtractor
from .legacy import LegacyOfficeExtractor
from .odf import OdfExtractor
from .ofd import OfdExtractor
from .office import EncryptedOfficeExtractor, OoxmlExtractor
from .pdf import PdfExtractor
from .text import TextExtractor
from .web import HtmlExtractor, SvgExtractor

EXTRACTORS: list[type[Extractor]] = [PdfExtractor, EmailExtractor, OfdExtractor, OoxmlExtractor, OdfExtractor,
                                      EncryptedOfficeExtractor, LegacyOfficeExtractor, HtmlExtractor, SvgExtractor,
                                      ImageExtractor, TextExtractor]

HEAD_BYTES = 1 << 16


def head_of(path: Path) -> bytes:
    """Return the first 64 KiB of a file, what extractors sniff to recognise content libmagic misnames."""
    with open(path, "rb") as stream:
        return stream.read(HEAD_BYTES)


def extractor_for(mime: str, head: bytes | None = None) -> type[Extractor] | None:
    """Return the extractor class for a document, or None when dossier cannot read it yet.

    An extractor with a ``sniff(head)`` classmethod that recognises the first bytes wins over
    the MIME type: libmagic calls most e-mail ``text/plain`` or ``text/html``.
    """
    if head:
        for extractor in EXTRACTORS:
            sniff = getattr(extractor, "sniff", None)
            if sniff is not None and sniff(head):
                return extractor
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

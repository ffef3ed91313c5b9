"""What an extractor is and what it returns.

An extractor reads one original (a path to its blob) and returns an ``Extraction``:
pages of text, document metadata, and attachments that become child documents. It runs
inside an isolated worker process (``isolation.py``), so it may use any parser library
without trusting the file; it must be picklable in and out, hence plain dataclasses.
Extractors are picked by MIME type, most specific first (``registry.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar


@dataclass
class Page:
    """The text of one page and how it was obtained."""

    number: int
    text: str
    engine: str = "text-layer"
    lang: str | None = None
    script: str | None = None
    words: list[list] | None = None  # OCR boxes: [x0, y0, x1, y1, text, confidence]
    width: float | None = None
    height: float | None = None
    image_path: str | None = None  # a rendered page image the worker wrote to Options.tmp
    thumb_path: str | None = None  # its thumbnail, likewise; both become derived blobs


@dataclass
class Attachment:
    """A file found inside a document (an e-mail attachment, an embedded file); it becomes a child document."""

    name: str
    path: str  # a temporary file in Options.tmp holding the bytes; the manager stores and removes it


@dataclass
class Extraction:
    """Everything an extractor learned from one original."""

    extractor: str
    pages: list[Page] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Options:
    """Settings an extractor may need, passed into the worker process."""

    tmp: str  # folder for attachments and scratch files, inside the archive
    ocr_langs: tuple[str, ...] = ("zh", "ug", "en")
    max_text_chars: int = 20_000_000


class Extractor:
    """Base class: subclasses set ``name``, ``mimes`` and implement ``extract``."""

    name: ClassVar[str] = "base"
    mimes: ClassVar[frozenset[str]] = frozenset()
    prefixes: ClassVar[tuple[str, ...]] = ()  # MIME prefixes such as "image/"

    @classmethod
    def accepts(cls, mime: str) -> bool:
        """Return True when this extractor reads documents of this MIME type."""
        return mime in cls.mimes or any(mime.startswith(p) for p in cls.prefixes)

    @classmethod
    def version(cls) -> str:
        """Return the extractor's name with the versions of the libraries it uses."""
        return cls.name

    def extract(self, path: Path, mime: str, options: Options) -> Extraction:
        """Read one original and return its pages, metadata and attachments."""
        raise NotImplementedError

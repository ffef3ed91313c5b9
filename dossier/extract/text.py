"""Plain text, CSV and similar: decode with the right charset, keep form-feed pages.

Chinese files are often GB18030/GBK or Big5, Windows files UTF-16; a BOM is trusted,
strict UTF-8 is tried next, then charset-normalizer guesses. GB2312 and GBK guesses are
widened to GB18030, their superset, so a rare character never fails to decode.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes

from .base import Extraction, Extractor, Options, Page
from .language import detect

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5": "big5hkscs"}


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, charset) for bytes of unknown encoding."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:1 << 20]).best()
    codec = _WIDEN.get((best.encoding if best else "gb18030").lower(), best.encoding if best else "gb18030")
    return data.decode(codec, errors="replace"), codec


def pages_of(text: str) -> list[Page]:
    """Split text into pages at form feeds, each with its detected language."""
    pages = []
    for number, chunk in enumerate(text.split("\f") or [""], start=1):
        lang, script = detect(chunk)
        pages.append(Page(number, chunk, lang=lang, script=script))
    return pages


class TextExtractor(Extractor):
    """Plain text files in any common charset."""

    name = "text"
    mimes = frozenset({"text/plain", "text/csv", "text/tab-separated-values", "application/json",
                       "application/x-ndjson", "text/x-log", "text/markdown", "application/csv"})

    def extract(self, path: Path, mime: str, options: Options) -> Extraction:
        data = path.read_bytes()[: options.max_text_chars * 4]
        text, charset = decode(data)
        result = Extraction(self.name, pages=pages_of(text), metadata={"charset": charset})
        return result

"""Web pages (HTML, XHTML) and SVG drawings: their visible text, nothing executed or fetched.

HTML is parsed with lxml.html (libxml2's forgiving HTML parser, with network access off):
scripts, styles, templates, comments and processing instructions are dropped, and no
URL in the page is ever opened. The charset follows the browser's order: a byte-order
mark, then a ``<meta charset>`` or http-equiv declaration when the bytes really decode
with it (leaked pages often declare UTF-8 and are Windows-1256 or GBK), then the same
guess that plain text gets (``text.decode``). Block elements become line breaks and
table cells tabs, so the text keeps the page's shape.

SVG is XML: it goes through a parser that never resolves entities and never loads a DTD,
so a billion-laughs or external-entity SVG yields only its literal text.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

from ..errors import DataError
from .base import Extraction, Extractor, Options
from .package import make_pages
from .text import decode

MAX_HTML_BYTES = 256 << 20  # markup included; the text cap applies afterwards
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
# Labels whose real-world meaning is a superset (as browsers treat them, per the WHATWG Encoding standard).
_SUPERSETS = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
              "ascii": "cp1252", "iso-8859-9": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874",
              "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5hkscs",
              "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "shift_jis": "cp932", "sjis": "cp932",
              "x-sjis": "cp932", "windows-31j": "cp932"}

_DROP = {"script", "style", "template", "noscript", "head", "object", "embed", "iframe", "select", "datalist"}
# Blocks that stand apart by a blank line, and those that only start a new line.
_PARAGRAPHS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "pre", "blockquote", "hr",
               "address", "figure", "fieldset", "form", "header", "footer", "section", "article", "main", "nav",
               "aside", "details"}
_LINES = {"div", "li", "dt", "dd", "tr", "caption", "figcaption", "legend", "summary", "center", "tbody", "thead",
          "tfoot", "body", "option"}
_META_NAMES = {"author": "author", "dc.creator": "author", "description": "description", "keywords": "keywords",
               "generator": "creator", "dcterms.created": "created", "dc.date.created": "created",
               "dcterms.modified": "modified", "dc.date.modified": "modified", "date": "created",
               "last-modified": "modified", "article:published_time": "created"}


def declared_charset(data: bytes) -> str | None:
    """Return the codec named by the page's meta charset declaration, widened to its superset, or None."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    label = _SUPERSETS.get(label, label)
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    # A meta tag read as ASCII cannot truthfully say UTF-16 or UTF-32 (browsers take it as UTF-8).
    return None if codec.startswith(("utf-16", "utf-32")) else codec


def decode_html(data: bytes) -> tuple[str, str]:
    """Return (text, charset) of HTML bytes: BOM, then a declaration the bytes honour, then a guess."""
    if not data.startswith(_BOMS):
        codec = declared_charset(data)
        if codec:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                pass  # the declaration lies; guess from the bytes
    return decode(data)


class _HtmlText:
    """Collects the visible text of an HTML tree: blocks become line breaks, table cells tabs."""

    def __init__(self, limit: int):
        self.parts: list[str] = []
        self.size = 0
        self.limit = limit
        self.truncated = False
        self.pending = 0  # line breaks owed before the next text
        self.line_start = True

    def _emit(self, text: str) -> None:
        if self.truncated:
            return
        if self.size + len(text) > self.limit:
            text, self.truncated = text[: self.limit - self.size], True
        self.size += len(text)
        self.parts.append(text)

    def write(self, text: str | None, pre: bool) -> None:
        if not text:
            return
        if not pre:
            text = re.sub(r"[ \t\r\n\f]+", " ", text)
            if self.pending or self.line_start:
                text = text.lstrip(" ")
            if not text:
                return
        if self.pending:
            if self.parts:
                self.parts[-1] = self.parts[-1].rstrip(" \t")
                self._emit("\n" * self.pending)
            self.pending = 0
        self._emit(text)
        self.line_start = text.endswith("\n")

    def block(self, lines: int) -> None:
        self.pending = max(self.pending, lines)

    def walk(self, el: Any, pre: bool = False) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if tag is None or tag in _DROP:
            return
        pre = pre or tag in ("pre", "textarea", "plaintext", "listing")
        lines = 2 if tag in _PARAGRAPHS else 1 if tag in _LINES else 0
        self.block(lines)
        if tag == "br":
            self.pending = min(self.pending + 1, 2)
        self.write(el.text, pre)
        for child in el:
            self.walk(child, pre)
            self.write(child.tail, pre)
        if tag in ("td", "th"):
            self.pending = 0  # line breaks inside a cell would tear its row apart
            self._emit("\t")
            self.line_start = False
        self.block(lines)

    def text(self) -> str:
        return re.sub(r"\t+\n", "\n", "".join(self.parts)).strip()


class HtmlExtractor(Extractor):
    """HTML and XHTML pages: visible text as one page, title and meta tags as metadata."""

    name = "html"
    mimes = frozenset({"text/html", "application/xhtml+xml", "application/vnd.wap.xhtml+xml"})

    @classmethod
    def version(cls) -> str:
        return f"html (lxml {etree.__version__}, libxml2 {'.'.join(map(str, etree.LIBXML_VERSION))})"

    def extract(self, path: Path, mime: str, options: Options) -> Extraction:
        with open(path, "rb") as stream:
            data = stream.read(MAX_HTML_BYTES)
        text, charset = decode_html(data)
        result = Extraction(self.version(), metadata={"charset": charset})
        if len(data) == MAX_HTML_BYTES:
            result.warnings.append(f"only the first {MAX_HTML_BYTES >> 20} MiB of the page were read")
        # Re-encoded as UTF-8 and parsed as such: the page's own (possibly lying) declaration must not win.
        parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True,
                                      default_doctype=False)
        try:
            root = lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
        except (etree.ParserError, ValueError):
            root = None  # nothing but white space or markup: an empty page
        if root is None:
            result.pages = make_pages([""])
            return result
        title = root.findtext(".//title")
        if title and title.strip():
            result.metadata["title"] = re.sub(r"\s+", " ", title).strip()
        for meta in root.iter("meta"):
            key = _META_NAMES.get((meta.get("name") or meta.get("property") or "").strip().lower())
            content = (meta.get("content") or "").strip()
            if key and content and key not in result.metadata:
                result.metadata[key] = content
        collector = _HtmlText(options.max_text_chars)
        body = root.find("body")
        collector.walk(body if body is not None else root)
        if collector.truncated:
            result.warnings.append(f"text cut at {options.max_text_chars:,} characters")
        result.pages = make_pages([collector.text()])
        return result


_SVG = "{http://www.w3.org/2000/svg}"
_SVG_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                              remove_comments=True, remove_pis=True, recover=True)


class SvgExtractor(Extractor):
    """SVG drawings: the text they show (text, tspan) and their title and description."""

    name = "svg"
    mimes = frozenset({"image/svg+xml"})

    @classmethod
    def version(cls) -> str:
        return f"svg (lxml {etree.__version__})"

    def extract(self, path: Path, mime: str, options: Options) -> Extraction:
        try:
            root = etree.fromstring(path.read_bytes(), _SVG_PARSER)
        except etree.XMLSyntaxError as exc:
            raise DataError(f"SVG is not well-formed XML: {exc}") from exc
        if root is None:
            raise DataError("SVG holds no XML element; it is empty or not an SVG drawing")
        result = Extraction(self.version())
        for key in ("title", "desc"):
            value = root.findtext(_SVG + key) or root.findtext(key)
            if value and value.strip():
                result.metadata["title" if key == "title" else "description"] = value.strip()
        lines = []
        for el in root.iter(_SVG + "text", "text", _SVG + "flowRoot"):
            line = re.sub(r"\s+", " ", "".join(_element_text(el))).strip()
            if line:
                lines.append(line)
        result.pages = make_pages(["\n".join(lines)[: options.max_text_chars]])
        return result


def _element_text(el: Any) -> list[str]:
    """Return the text of an element and its descendants, skipping unexpanded entity references."""
    parts = [el.text or ""] if isinstance(el.tag, str) else []
    for child in el:
        if isinstance(child.tag, str):
            parts.extend(_element_text(child))
        parts.append(child.tail or "")
    return parts

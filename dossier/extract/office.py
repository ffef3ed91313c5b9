"""Office Open XML (docx, xlsx, pptx) and OpenDocument (odt, ods, odp, odg), read directly from the zip.

Why no LibreOffice here: both formats are zips of XML, so reading them takes milliseconds
and keeps what a rendering would lose (comments, footnotes, speaker notes, deleted text).
Why plain zipfile + lxml for text documents and slides rather than python-docx,
python-pptx or odfpy: those libraries expose paragraphs and shapes but not document
order with page breaks, footnote and comment anchors, text boxes or tracked changes, and
odfpy parses with a SAX setup we do not control. Why openpyxl for spreadsheets: shared
strings, inline strings, number formats and the 1900/1904 date systems are fiddly and
openpyxl gets them right; in read-only mode it streams rows, and with lxml and defusedxml
installed it parses with entities unresolved (lxml) or refused (defusedxml).

XML from a leak is hostile. Every part we parse ourselves goes through one lxml parser
that never resolves entities, never touches the network and keeps libxml2's size and
depth limits; a part that declares a DTD is refused outright, since neither Office nor
LibreOffice writes one and a DTD is what billion-laughs and external-entity attacks need.
Parts are read with a size cap so a zip bomb inside a document cannot fill memory.

Pages: a Word document is split where Word last laid out its pages
(``w:lastRenderedPageBreak``, present when Word saved it) and at explicit page breaks,
otherwise it is one page; an ODF text splits at LibreOffice's ``soft-page-break`` and at
paragraphs styled to break. Slides and sheets are one page each; a sheet is rendered as
tab-separated rows, with a cap on cells. Comments, footnotes, notes and deleted text are
appended to the page they belong to after a bracketed marker such as ``[comment by X]``;
headers and footers go to the first page. Embedded files become attachments (child
documents); OLE wrappers around them (Ole10Native packages, Acrobat ``CONTENTS``) are
opened so the child is the embedded file itself.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import struct
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import olefile
import openpyxl
from defusedxml import DefusedXmlException
from lxml import etree

from .. import settings
from ..errors import DataError
from .base import Attachment, Extraction, Extractor, Options, Page
from .language import detect

MAX_PART_BYTES = 256 << 20  # one XML part, uncompressed
MAX_CELLS = 2_000_000  # non-empty cells per workbook
ENCRYPTED = ("is password-protected ({kind}); the original is preserved, but its text cannot be read "
             "without the password")

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                          remove_comments=True, remove_pis=True)

_DOCTYPE = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_STRICT = {"http://purl.oclc.org/ooxml/wordprocessingml/main": W[1:-1],
           "http://purl.oclc.org/ooxml/drawingml/main": A[1:-1],
           "http://purl.oclc.org/ooxml/presentationml/main": P[1:-1],
           "http://purl.oclc.org/ooxml/officeDocument/relationships": R[1:-1]}


# -- shared plumbing -------------------------------------------------------------------


def read_part(zf: zipfile.ZipFile, name: str, limit: int = MAX_PART_BYTES) -> bytes | None:
    """Return a zip member's bytes (None when absent); refuses members that inflate past the limit."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    with zf.open(info) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise DataError(f"part {name} inflates to more than {limit >> 20} MiB; refused as a possible zip bomb")
    return data


def parse_xml(data: bytes, part: str) -> Any:
    """Parse one XML part safely and return its root; refuses DTDs and malformed XML."""
    refused = DataError(f"part {part} declares a DTD, which Office and LibreOffice never write and which carries "
                        "entity attacks (billion laughs, external files); refused unread; the original is preserved")
    # Looked for before parsing, so the refusal names the trap rather than libxml2's reaction to it.
    if any(marker in data[:1 << 16] for marker in _DOCTYPE):
        raise refused
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise DataError(f"part {part} is not well-formed XML: {exc}") from exc
    if root.getroottree().docinfo.doctype:
        raise refused
    if any(ns in _STRICT for ns in (root.nsmap or {}).values()):
        # Strict OOXML: the same vocabulary under other namespace URIs; rename so one reader serves both.
        for el in root.iter(etree.Element):
            qname = etree.QName(el)
            if qname.namespace in _STRICT:
                el.tag = f"{{{_STRICT[qname.namespace]}}}{qname.localname}"
            for key in [k for k in el.attrib if k.startswith("{") and k[1:].split("}")[0] in _STRICT]:
                namespace, local = key[1:].split("}")
                el.attrib[f"{{{_STRICT[namespace]}}}{local}"] = el.attrib.pop(key)
    return root


def refuse_dtds(zf: zipfile.ZipFile) -> None:
    """Raise DataError when any XML part of a package declares a DTD, including parts a library will parse."""
    for name in zf.namelist():
        if name.endswith((".xml", ".rels")):
            with zf.open(name) as stream:
                head = stream.read(1 << 16)
            if any(marker in head for marker in _DOCTYPE):
                parse_xml(head, name)


def xml_part(zf: zipfile.ZipFile, name: str) -> Any:
    """Return the parsed root of a zip member, or None when the member is absent."""
    data = read_part(zf, name)
    return None if data is None else parse_xml(data, name)


def open_zip(path: Path, what: str) -> zipfile.ZipFile:
    """Open a document's zip; raises DataError when it is not one."""
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise DataError(f"{what} is damaged: its zip structure cannot be read ({exc})") from exc


class _Sink:
    """Text of pages under construction, with text appended after each page and a size cap."""

    def __init__(self, limit: int):
        self.pages: list[list[str]] = [[]]
        self.tails: list[list[str]] = [[]]
        self.limit = limit
        self.size = 0
        self.truncated = False
        self.cell_depth = 0
        self.has_text = False  # whether the current page holds anything but white space

    def write(self, text: str | None) -> None:
        if not text or self.truncated:
            return
        if self.size + len(text) > self.limit:
            text = text[: self.limit - self.size]
            self.truncated = True
        self.size += len(text)
        self.pages[-1].append(text)
        self.has_text = self.has_text or not text.isspace()

    def paragraph_end(self) -> None:
        self.write(" " if self.cell_depth else "\n")

    def cell_end(self) -> None:
        self.cell_depth -= 1
        page = self.pages[-1]
        if page and page[-1] == " ":
            page.pop()  # the space that closed the cell's last paragraph
        self.write("\t")

    def empty(self) -> bool:
        return not self.has_text

    def new_page(self) -> None:
        self.pages.append([])
        self.tails.append([])
        self.has_text = False

    def tail(self, marker: str, text: str) -> None:
        text = text.strip()
        if text:
            self.tails[-1].append(f"[{marker}] {text}")

    def texts(self) -> list[str]:
        out = []
        for body, tails in zip(self.pages, self.tails, strict=True):
            text = re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+\n", "\n", "".join(body))).strip("\n")
            out.append("\n\n".join([text, *tails]) if tails else text)
        return out


def make_pages(texts: list[str]) -> list[Page]:
    """Return Page objects for page texts, each with its detected language."""
    pages = []
    for number, text in enumerate(texts, start=1):
        lang, script = detect(text)
        pages.append(Page(number, text, "text-layer", lang, script))
    return pages


def _safe_name(name: str) -> str:
    base = re.sub(r"[^\w.\-]+", "_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip("._")
    return base[:100] or "embedded"


def _ole10native(data: bytes) -> tuple[str, bytes] | None:
    """Return (file name, bytes) of an OLE Package's Ole10Native stream, or None when malformed."""
    try:
        pos = 6  # total size, then a 2-byte flag
        label_end = data.index(b"\0", pos)
        label = data[pos:label_end].decode("latin-1")
        path_end = data.index(b"\0", label_end + 1)
        pos = path_end + 1 + 4  # two unknown 16-bit words
        (temp_len,) = struct.unpack_from("<I", data, pos)
        pos += 4 + temp_len
        (size,) = struct.unpack_from("<I", data, pos)
        pos += 4
    except (ValueError, struct.error):
        return None
    if pos + size > len(data):
        return None
    return label or "package", data[pos: pos + size]


def embedded_files(zf: zipfile.ZipFile, names: list[str], options: Options, result: Extraction) -> None:
    """Write embedded members into options.tmp, opening OLE wrappers, and add them as attachments."""
    budget = int(settings.get("max_expanded_bytes"))
    for index, name in enumerate(names, start=1):
        target = Path(options.tmp) / f"embedded-{index:03d}-{_safe_name(name)}"
        with zf.open(name) as source, open(target, "wb") as out:
            while (chunk := source.read(1 << 20)) and budget >= 0:
                budget -= len(chunk)
                out.write(chunk)
        if budget < 0:
            target.unlink()
            result.warnings.append(f"embedded files past {name} not kept: together they inflate past "
                                   "DOSSIER_MAX_EXPANDED_BYTES (they remain inside the original)")
            return
        inner = _unwrap_ole(target)
        if inner is not None:
            inner_name, data = inner
            target.write_bytes(data)
            name = f"{name}/{_safe_name(inner_name)}"
        result.attachments.append(Attachment(name, str(target)))


def _unwrap_ole(path: Path) -> tuple[str, bytes] | None:
    """Return the file an OLE object wrapper carries (package or Acrobat CONTENTS), or None to keep the wrapper."""
    if not olefile.isOleFile(str(path)):
        return None
    try:
        with olefile.OleFileIO(str(path)) as ole:
            if ole.exists("\x01Ole10Native"):
                return _ole10native(ole.openstream("\x01Ole10Native").read())
            if ole.exists("CONTENTS") and not ole.exists("WordDocument") and not ole.exists("Workbook"):
                data = ole.openstream("CONTENTS").read()
                if data.startswith(b"%PDF"):
                    return "CONTENTS.pdf", data
    except (OSError, ValueError, struct.error):
        return None  # a damaged wrapper is kept as it is
    return None


# -- OOXML packages -------------------------------------------------------------------


def relationships(zf: zipfile.ZipFile, part: str) -> list[tuple[str, str, str]]:
    """Return (id, type name, target part) for the internal relationships of a part."""
    folder, base = posixpath.split(part)
    root = xml_part(zf, posixpath.join(folder, "_rels", base + ".rels"))
    rels = []
    for rel in (root if root is not None else []):
        if not isinstance(rel.tag, str) or rel.get("TargetMode") == "External" or not rel.get("Target"):
            continue
        target = rel.get("Target")
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        rels.append((rel.get("Id", ""), rel.get("Type", "").rsplit("/", 1)[-1], target))
    return rels


def ooxml_metadata(zf: zipfile.ZipFile) -> dict[str, str]:
    """Return core, app and custom properties with lower-case keys."""
    meta: dict[str, str] = {}
    core_names = {"title": "title", "subject": "subject", "creator": "author", "keywords": "keywords",
                  "description": "description", "lastModifiedBy": "last_modified_by", "revision": "revision",
                  "created": "created", "modified": "modified", "lastPrinted": "printed", "category": "category",
                  "contentStatus": "status", "language": "language"}
    app_names = {"Pages": "page_count", "Company": "company", "Manager": "manager", "Template": "template",
                 "TotalTime": "editing_minutes"}
    for part, names in (("docProps/core.xml", core_names), ("docProps/app.xml", app_names)):
        root = xml_part(zf, part)
        for el in (root if root is not None else []):
            if isinstance(el.tag, str) and etree.QName(el).localname in names and (el.text or "").strip():
                meta[names[etree.QName(el).localname]] = el.text.strip()
        if part == "docProps/app.xml" and root is not None:
            app = root.findtext("{*}Application")
            if app:
                version = root.findtext("{*}AppVersion")
                # LibreOffice names its version in Application and writes a fake AppVersion of 15.0000.
                with_version = version and not any(c.isdigit() for c in app)
                meta["creator"] = f"{app.strip()} {version.strip()}" if with_version else app.strip()
    custom = xml_part(zf, "docProps/custom.xml")
    for prop in (custom if custom is not None else []):
        if isinstance(prop.tag, str) and prop.get("name"):
            meta[f"custom:{prop.get('name').lower()}"] = "".join(prop.itertext()).strip()
    return meta


def _main_part(zf: zipfile.ZipFile, default: str) -> str:
    for _rid, kind, target in relationships(zf, ""):
        if kind == "officeDocument":
            return target
    return default


class _WordWalker:
    """Renders WordprocessingML in document order into a sink."""

    def __init__(self, sink: _Sink, rendered_breaks: bool,
                 notes: dict[str, dict[str, tuple[str, str]]] | None = None):
        self.sink = sink
        self.rendered_breaks = rendered_breaks
        self.notes = notes or {}
        self.counters = {"footnote": 0, "endnote": 0}
        self.deleted: list[str] = []  # tracked deletions in the current paragraph

    def walk(self, el: Any) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in _WORD_SKIP:
            return
        sink = self.sink
        if tag == W + "t":
            sink.write(el.text)
        elif tag == W + "tab":
            sink.write("\t")
        elif tag in (W + "br", W + "cr"):
            if el.get(W + "type") == "page":
                sink.new_page()
            else:
                sink.write("\n")
        elif tag == W + "noBreakHyphen":
            sink.write("-")
        elif tag == W + "lastRenderedPageBreak":
            if self.rendered_breaks and not sink.empty():
                sink.new_page()
        elif tag == W + "delText":
            self.deleted.append(el.text or "")
        elif tag in (W + "footnoteReference", W + "endnoteReference", W + "commentReference"):
            kind = etree.QName(el).localname.replace("Reference", "")
            note = self.notes.get(kind, {}).get(el.get(W + "id", ""))
            if note is not None:
                if kind == "comment":
                    sink.tail(note[0], note[1])
                else:
                    self.counters[kind] += 1
                    sink.tail(f"{kind} {self.counters[kind]}", note[1])
        if tag == W + "tc":
            sink.cell_depth += 1
        for child in el:
            self.walk(child)
        if tag == W + "p":
            sink.paragraph_end()
            if self.deleted:
                sink.tail("deleted text", "".join(self.deleted))
                self.deleted.clear()
        elif tag == W + "tc":
            sink.cell_end()
        elif tag == W + "tr":
            sink.write("\n")


# Deleted and moved-away runs appear elsewhere (or not at all); field codes and fallback copies are not text.
_WORD_SKIP = {W + "instrText", W + "delInstrText", W + "moveFrom", MC_FALLBACK, W + "rPr", W + "pPr",
              W + "sectPr", W + "tblPr", W + "tcPr", W + "trPr"}


def _word_text(root: Any) -> str:
    sink = _Sink(1 << 30)
    _WordWalker(sink, rendered_breaks=False).walk(root)
    return " ".join(t for t in sink.texts() if t)


def _word_notes(zf: zipfile.ZipFile, rels: list[tuple[str, str, str]]) -> dict[str, dict[str, tuple[str, str]]]:
    notes: dict[str, dict[str, tuple[str, str]]] = {}
    for _rid, kind, target in rels:
        if kind not in ("footnotes", "endnotes", "comments"):
            continue
        root = xml_part(zf, target)
        for note in (root if root is not None else []):
            if not isinstance(note.tag, str) or note.get(W + "type") in ("separator", "continuationSeparator",
                                                                          "continuationNotice"):
                continue
            marker = f"comment by {note.get(W + 'author') or 'unknown'}" if kind == "comments" else kind[:-1]
            notes.setdefault(kind[:-1], {})[note.get(W + "id", "")] = (marker, _word_text(note))
    return notes


def read_docx(zf: zipfile.ZipFile, options: Options, result: Extraction) -> None:
    """Fill result with a Word document's pages, headers, footers, notes and comments."""
    main = _main_part(zf, "word/document.xml")
    root = xml_part(zf, main)
    if root is None:
        raise DataError(f"Word document has no main part ({main}); it is damaged or not a Word file")
    rels = relationships(zf, main)
    body = root.find(W + "body")
    sink = _Sink(options.max_text_chars)
    rendered = root.find(f".//{W}lastRenderedPageBreak") is not None
    walker = _WordWalker(sink, rendered, _word_notes(zf, rels))
    walker.walk(body if body is not None else root)
    for _rid, kind, target in sorted(rels, key=lambda r: r[2]):
        if kind in ("header", "footer"):
            part = xml_part(zf, target)
            text = _word_text(part) if part is not None else ""
            if any(c.isalpha() for c in text):  # a footer holding only a page number is noise
                sink.tails[0].append(f"[{kind}] {text}")
    texts = sink.texts()
    while len(texts) > 1 and not texts[-1].strip():
        texts.pop()  # a page break as the very last thing makes no page
    result.pages = make_pages(texts)
    if sink.truncated:
        result.warnings.append(f"text cut at {options.max_text_chars:,} characters")
    if "page_count" not in result.metadata:
        result.metadata["page_count"] = str(len(result.pages))


def read_pptx(zf: zipfile.ZipFile, options: Options, result: Extraction) -> None:
    """Fill result with one page per slide, speaker notes and comments appended."""
    main = _main_part(zf, "ppt/presentation.xml")
    root = xml_part(zf, main)
    if root is None:
        raise DataError(f"PowerPoint file has no main part ({main}); it is damaged or not a presentation")
    targets = {rid: target for rid, kind, target in relationships(zf, main) if kind == "slide"}
    order = [targets.get(s.get(R + "id")) for s in root.iterfind(f"{P}sldIdLst/{P}sldId")]
    authors = {}
    for _rid, kind, target in relationships(zf, main):
        if kind in ("commentAuthors", "authors"):  # legacy and 2018+ ("modern") comment authors
            part = xml_part(zf, target)
            for author in (part if part is not None else []):
                authors[author.get("id")] = author.get("name", "unknown")
    sink = _Sink(options.max_text_chars)
    for number, target in enumerate(t for t in order if t):
        if number:
            sink.new_page()
        slide = xml_part(zf, target)
        if slide is None:
            result.warnings.append(f"slide {number + 1}: part {target} is missing")
            continue
        if slide.get("show") == "0":
            sink.write("[hidden slide]\n")
        _walk_drawing(slide, sink)
        for _rid, kind, extra in relationships(zf, target):
            part = xml_part(zf, extra) if kind in ("notesSlide", "comments") else None
            if part is None:
                continue
            if kind == "notesSlide":
                notes = _Sink(1 << 30)
                for shape in part.iter(P + "sp"):
                    placeholder = shape.find(f".//{P}ph")
                    if placeholder is None or placeholder.get("type") not in ("sldNum", "hdr", "ftr", "dt"):
                        _walk_drawing(shape, notes)
                sink.tail("notes", "\n".join(notes.texts()))
            else:
                for comment in part:
                    if isinstance(comment.tag, str):
                        author = authors.get(comment.get("authorId"), comment.get("authorId") or "unknown")
                        text = comment.findtext(P + "text") or " ".join(t.text or "" for t in comment.iter(A + "t"))
                        sink.tail(f"comment by {author}", text)
    result.pages = make_pages(sink.texts() if order else [])
    result.metadata["page_count"] = str(len(result.pages))
    if sink.truncated:
        result.warnings.append(f"text cut at {options.max_text_chars:,} characters")


def _walk_drawing(el: Any, sink: _Sink) -> None:
    """Render DrawingML text (shapes, tables, groups) in document order."""
    tag = el.tag
    if not isinstance(tag, str) or tag == MC_FALLBACK:
        return
    if tag == A + "t":
        sink.write(el.text)
    elif tag == A + "br":
        sink.write("\n")
    if tag == A + "tc":
        sink.cell_depth += 1
    for child in el:
        _walk_drawing(child, sink)
    if tag == A + "p":
        sink.paragraph_end()
    elif tag == A + "tc":
        sink.cell_end()
    elif tag == A + "tr":
        sink.write("\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).replace("\t", " ").replace("\r\n", "\n").replace("\n", " ")


_ENTITIES = ("Excel workbook declares XML entities (a billion-laughs or external-entity trap); refused unread; "
             "the original is preserved")


def read_xlsx(path: Path, options: Options, result: Extraction) -> None:
    """Fill result with one page per sheet: tab-separated rows, capped in cells and characters."""
    texts: list[str] = []
    with open(path, "rb") as stream, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            # A file object, not a path: openpyxl refuses paths without an .xlsx extension, and blobs have none.
            book = openpyxl.load_workbook(stream, read_only=True, data_only=True, keep_links=False)
            try:
                _xlsx_sheets(book, options, result, texts)
            finally:
                book.close()
        except (KeyError, ValueError, TypeError, IndexError, AttributeError, zipfile.BadZipFile, zlib.error,
                openpyxl.utils.exceptions.InvalidFileException) as exc:
            cause: BaseException | None = exc
            while cause is not None and not isinstance(cause, DefusedXmlException):
                cause = cause.__cause__ or cause.__context__  # openpyxl wraps parser errors in its own
            if cause is not None:
                raise DataError(_ENTITIES) from exc
            raise DataError(f"Excel workbook cannot be read: {type(exc).__name__}: {exc}") from exc
    result.warnings.extend(f"openpyxl: {w.message}" for w in caught)
    result.pages = make_pages(texts)
    result.metadata["page_count"] = str(len(texts))


def _xlsx_sheets(book: Any, options: Options, result: Extraction, texts: list[str]) -> None:
    cells = size = 0
    for name in book.sheetnames:
        sheet = book[name]
        hidden = " (hidden)" if getattr(sheet, "sheet_state", "visible") != "visible" else ""
        lines = [f"[sheet: {name}{hidden}]"]
        if hasattr(sheet, "iter_rows") and cells < MAX_CELLS and size < options.max_text_chars:
            sheet.reset_dimensions()  # declared dimensions can claim a million empty rows
            for row in sheet.iter_rows(values_only=True):
                values = [_cell(v) for v in row]
                while values and not values[-1]:
                    values.pop()
                if not values:
                    continue
                cells += sum(1 for v in values if v)
                line = "\t".join(values)
                size += len(line) + 1
                lines.append(line)
                if cells >= MAX_CELLS or size >= options.max_text_chars:
                    result.warnings.append(f"sheet {name!r}: stopped at {cells} cells and {size} characters "
                                           f"(caps: {MAX_CELLS:,} cells, {options.max_text_chars:,} characters); "
                                           "the rest of the workbook is not indexed")
                    break
        texts.append("\n".join(lines))


OOXML_KINDS = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "word",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template": "word",
    "application/vnd.ms-word.document.macroenabled.12": "word",
    "application/vnd.ms-word.template.macroenabled.12": "word",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template": "excel",
    "application/vnd.ms-excel.sheet.macroenabled.12": "excel",
    "application/vnd.ms-excel.template.macroenabled.12": "excel",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "powerpoint",
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow": "powerpoint",
    "application/vnd.openxmlformats-officedocument.presentationml.template": "powerpoint",
    "application/vnd.ms-powerpoint.presentation.macroenabled.12": "powerpoint",
    "application/vnd.ms-powerpoint.slideshow.macroenabled.12": "powerpoint",
}


class OoxmlExtractor(Extractor):
    """Word, Excel and PowerPoint 2007+ files: text per page, sheet or slide, properties, embedded files."""

    name = "ooxml"
    mimes = frozenset(OOXML_KINDS) | frozenset(m.replace("macroenabled", "macroEnabled") for m in OOXML_KINDS)

    @classmethod
    def version(cls) -> str:
        return f"ooxml (lxml {etree.__version__}, openpyxl {openpyxl.__version__}, olefile {olefile.__version__})"

    def extract(self, path: Path, mime: str, options: Options) -> Extraction:
        kind = OOXML_KINDS[mime.lower()]
        result = Extraction(self.version())
        with open_zip(path, f"{kind.title()} file") as zf:
            try:
                refuse_dtds(zf)
                result.metadata.update(ooxml_metadata(zf))
                if kind == "word":
                    read_docx(zf, options, result)
                elif kind == "powerpoint":
                    read_pptx(zf, options, result)
                folder = {"word": "word", "excel": "xl", "powerpoint": "ppt"}[kind]
                members = sorted(n for n in zf.namelist() if n.startswith(f"{folder}/embeddings/") and n[-1] != "/")
                embedded_files(zf, members, options, result)
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
                raise DataError(f"{kind.title()} file is damaged: a zip member cannot be inflated ({exc})") from exc
        if kind == "excel":
            read_xlsx(path, options, result)
        return result


# -- OpenDocument ------------------------------------------------------------------------

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


T_P, T_H, T_S, T_TAB, T_LB = _q("text:p"), _q("text:h"), _q("text:s"), _q("text:tab"), _q("text:line-break")
T_SOFT, T_NOTE, T_CHANGE = _q("text:soft-page-break"), _q("text:note"), _q("text:change")
OFFICE_ANNOTATION, TABLE_CELL, TABLE_ROW = _q("office:annotation"), _q("table:table-cell"), _q("table:table-row")
_ODF_SKIP = {_q("text:tracked-changes"), _q("office:annotation-end"), _q("text:note-citation"),
             _q("office:forms"), _q("table:table-columns"), _q("text:sequence-decls"), _q("presentation:notes"),
             _q("office:scripts"), _q("office:font-face-decls")}


def odf_breaks(roots: list[Any], side: str) -> set[str]:
    """Return names of paragraph styles with a page break before or after (side), following inheritance."""
    styles: dict[str, tuple[str | None, bool]] = {}
    for root in roots:
        for style in root.iter(_q("style:style")):
            props = style.find(_q("style:paragraph-properties"))
            breaks = props is not None and props.get(_q(f"fo:break-{side}")) == "page"
            styles[style.get(_q("style:name"), "")] = (style.get(_q("style:parent-style-name")), breaks)
    found = set()
    for name in styles:
        seen, current = set(), name
        while current in styles and current not in seen:
            seen.add(current)
            parent, breaks = styles[current]
            if breaks:
                found.add(name)
                break
            current = parent
    return found


def _spaces(text: str | None) -> str | None:
    return re.sub(r"[ \t\r\n]+", " ", text) if text else text


def _count(value: str | None, cap: int) -> int:
    """Return a repeat count attribute as an int between 1 and cap (1 when missing or garbage)."""
    try:
        return max(1, min(int(value or 1), cap))
    except ValueError:
        return 1


class _OdfWalker:
    """Renders ODF text content in document order into a sink."""

    def __init__(self, sink: _Sink, breaks: tuple[set[str], set[str]], deletions: dict[str, str]):
        self.sink = sink
        self.before, self.after = breaks
        self.deletions = deletions
        self.notes = 0
        self.depth = 0  # paragraphs open around the current element

    def walk(self, el: Any) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in _ODF_SKIP:
            return
        sink = self.sink
        if tag in (T_P, T_H) and el.get(_q("text:style-name")) in self.before and not sink.empty():
            sink.new_page()
        if tag == T_SOFT:
            if not sink.empty():
                sink.new_page()
            return
        if tag == T_NOTE:
            self.notes += 1
            kind = el.get(_q("text:note-class"), "footnote")
            sink.tail(f"{kind} {el.findtext(_q('text:note-citation')) or self.notes}",
                      odf_text(el.find(_q("text:note-body"))))
            return
        if tag == OFFICE_ANNOTATION:
            sink.tail(f"comment by {el.findtext(_q('dc:creator')) or 'unknown'}",
                      " ".join(odf_text(p) for p in el.iter(T_P)))
            return
        if tag == T_CHANGE and el.get(_q("text:change-id")) in self.deletions:
            sink.tail("deleted text", self.deletions[el.get(_q("text:change-id"))])
        if tag == T_S:
            sink.write(" " * _count(el.get(_q("text:c")), 100))
        elif tag == T_TAB:
            sink.write("\t")
        elif tag == T_LB:
            sink.write("\n")
        if tag == TABLE_CELL:
            sink.cell_depth += 1
        paragraph = tag in (T_P, T_H)
        self.depth += paragraph
        if self.depth:  # white space between paragraphs is layout, inside them it is one space
            sink.write(_spaces(el.text))
        for child in el:
            self.walk(child)
            if self.depth:
                sink.write(_spaces(child.tail))
        self.depth -= paragraph
        if paragraph:
            sink.paragraph_end()
            if el.get(_q("text:style-name")) in self.after:
                sink.new_page()
        elif tag == TABLE_CELL:
            sink.cell_end()
        elif tag == TABLE_ROW:
            sink.write("\n")


def odf_text(el: Any) -> str:
    """Return the plain text of an ODF element (paragraphs joined by newlines)."""
    if el is None:
        return ""
    sink = _Sink(1 << 30)
    _OdfWalker(sink, (set(), set()), {}).walk(el)
    return "\n".join(sink.texts()).strip()


def odf_metadata(zf: zipfile.ZipFile) -> dict[str, str]:
    """Return meta.xml properties with lower-case keys."""
    root = xml_part(zf, "meta.xml")
    meta: dict[str, str] = {}
    if root is None:
        return meta
    names = {"meta:generator": "creator", "dc:title": "title", "dc:subject": "subject",
             "dc:description": "description", "meta:initial-creator": "author", "dc:creator": "last_modified_by",
             "meta:creation-date": "created", "dc:date": "modified", "meta:editing-cycles": "revision",
             "meta:printed-by": "printed_by", "meta:print-date": "printed", "dc:language": "language"}
    for key, name in names.items():
        value = root.findtext(f".//{_q(key)}")
        if value and value.strip():
            meta[name] = value.strip()
    if "author" not in meta and "last_modified_by" in meta:
        meta["author"] = meta["last_modified_by"]
    keywords = [k.text.strip() for k in root.iter(_q("meta:keyword")) if k.text and k.text.strip()]
    if keywords:
        meta["keywords"] = ", ".join(keywords)
    stats = root.find(f".//{_q('meta:document-statistic')}")
    if stats is not None and stats.get(_q("meta:page-count")):
        meta["page_count"] = stats.get(_q("meta:page-count"))
    for prop in root.iter(_q("meta:user-defined")):
        if prop.get(_q("meta:name")):
            meta[f"custom:{prop.get(_q('meta:name')).lower()}"] = (prop.text or "").strip()
    return meta


def _sheet_rows(table: Any, budget: list[int]) -> Iterator[str]:
    """Yield a spreadsheet table's non-empty rows as tab-separated text, spending the cell budget."""
    for row in table.iter(TABLE_ROW):
        values: list[str] = []
        for cell in row:
            if etree.QName(cell).localname not in ("table-cell", "covered-table-cell"):
                continue
            text = " ".join(odf_text(p) for p in cell.iterfind(T_P))
            # Repeated cells are how ODF stores a row's 16,384 empty columns: only expand real content.
            repeat = _count(cell.get(_q("table:number-columns-repeated")), 1 << 14) if text else 1
            values.extend([text] * repeat)
        while values and not values[-1]:
            values.pop()
        if not values:
            continue
        repeat = _count(row.get(_q("table:number-rows-repeated")), 1 << 20)
        for _ in range(repeat):
            budget[0] -= sum(1 for v in values if v)
            if budget[0] < 0:
                return
            yield "\t".join(values)


ODF_KINDS = {"application/vnd.oasis.opendocument.text": "text",
             "application/vnd.oasis.opendocument.text-template": "text",
             "application/vnd.oasis.opendocument.text-master": "text",
             "application/vnd.oasis.opendocument.spreadsheet": "spreadsheet",
             "application/vnd.oasis.opendocument.spreadsheet-template": "spreadsheet",
             "application/vnd.oasis.opendocument.presentation": "presentation",
             "application/vnd.oasis.opendocument.presentation-template": "presentation",
             "application/vnd.oasis.opendocument.graphics": "drawing",
             "application/vnd.oasis.opendocument.graphics-template": "drawing"}


class OdfExtractor(Extractor):
    """OpenDocument text, spreadsheets, presentations and drawings: pages, properties, embedded objects."""

    name = "odf"
    mimes = frozenset(ODF_KINDS)

    @classmethod
    def version(cls) -> str:
        return f"odf (lxml {etree.__version__}, olefile {olefile.__version__})"

    def extract(self, path: Path, mime: str, options: Options) -> Extraction:
        kind = ODF_KINDS[mime]
        result = Extraction(self.version())
        with open_zip(path, f"OpenDocument {kind}") as zf:
            try:
                manifest = xml_part(zf, "META-INF/manifest.xml")
                if manifest is not None and manifest.find(f".//{_q('manifest:encryption-data')}") is not None:
                    raise DataError("document " + ENCRYPTED.format(kind="an encrypted OpenDocument file"))
                result.metadata.update(odf_metadata(zf))
                self._read(zf, kind, options, result)
                objects = sorted(n for n in zf.namelist() if re.fullmatch(r"Object \d+", n))
                embedded_files(zf, objects, options, result)
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
                raise DataError(f"OpenDocument {kind} is damaged: a zip member cannot be inflated ({exc})") from exc
        return result

    def _read(self, zf: zipfile.ZipFile, kind: str, options: Options, result: Extraction) -> None:
        content = xml_part(zf, "content.xml")
        if content is None:
            raise DataError(f"OpenDocument {kind} has no content.xml; it is damaged")
        styles = xml_part(zf, "styles.xml")
        body = content.find(_q("office:body"))
        body = body[0] if body is not None and len(body) else content
        sink = _Sink(options.max_text_chars)
        deletions = {region.get(_q("text:id"), ""): odf_text(region.find(f".//{_q('text:deletion')}"))
                     for region in content.iter(_q("text:changed-region"))
                     if region.find(f".//{_q('text:deletion')}") is not None}
        roots = [r for r in (content, styles) if r is not None]
        walker = _OdfWalker(sink, (odf_breaks(roots, "before"), odf_breaks(roots, "after")), deletions)
        if kind == "text":
            walker.walk(body)
            for name in ("header", "footer"):
                for part in (styles.iter(_q(f"style:{name}")) if styles is not None else []):
                    text = odf_text(part)
                    if any(c.isalpha() for c in text):
                        sink.tails[0].append(f"[{name}] {text}")
        elif kind == "spreadsheet":
            budget = [MAX_CELLS]
            for number, table in enumerate(body.iterfind(_q("table:table"))):
                if number:
                    sink.new_page()
                sink.write(f"[sheet: {table.get(_q('table:name'), number + 1)}]\n")
                for line in _sheet_rows(table, budget):
                    sink.write(line + "\n")
                for note in table.iter(OFFICE_ANNOTATION):
                    walker.walk(note)
                if budget[0] < 0:
                    result.warnings.append(f"sheet {table.get(_q('table:name'))!r}: stopped at the cap of "
                                           f"{MAX_CELLS:,} cells; the rest of the workbook is not indexed")
                    break
        else:
            for number, page in enumerate(body.iterfind(_q("draw:page"))):
                if number:
                    sink.new_page()
                walker.walk(page)
                for notes in page.iterfind(_q("presentation:notes")):
                    sink.tail("notes", odf_text_all(notes))
        for name in sorted(n for n in zf.namelist() if re.fullmatch(r"Object \d+/content\.xml", n)):
            sink.tails[-1].append(f"[embedded object {name.split('/')[0]}] {odf_text_all(xml_part(zf, name))}")
        result.pages = make_pages(sink.texts())
        if kind != "text" or "page_count" not in result.metadata:
            result.metadata["page_count"] = str(len(result.pages))
        if sink.truncated:
            result.warnings.append(f"text cut at {options.max_text_chars:,} characters")


def odf_text_all(el: Any) -> str:
    """Return the text of every paragraph under an element, one per line."""
    if el is None:
        return ""
    return "\n".join(t for t in (odf_text(p) for p in el.iter(T_P, T_H) if p.getparent().tag not in (T_P, T_H)) if t)


# -- encrypted Office files --------------------------------------------------------------


class EncryptedOfficeExtractor(Extractor):
    """Password-protected Office 2007+ files (an OLE box around an encrypted package): a clear refusal."""

    name = "encrypted-office"
    mimes = frozenset({"application/encrypted"})

    def extract(self, path: Path, mime: str, options: Options) -> Extraction:
        kind = "an encrypted file"
        try:
            with olefile.OleFileIO(str(path)) as ole:
                if ole.exists("EncryptionInfo") and ole.exists("EncryptedPackage"):
                    kind = "an encrypted Office 2007+ file: Word, Excel or PowerPoint"
        except (OSError, ValueError, struct.error):
            pass
        raise DataError("document " + ENCRYPTED.format(kind=kind))


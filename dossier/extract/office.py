"""Office Open XML (docx, xlsx, pptx), read directly from the zip; encrypted Office files refused clearly.

Why no LibreOffice here: OOXML is a zip of XML, so reading it takes milliseconds and keeps
what a rendering would lose (comments, footnotes, speaker notes, deleted text).
Why plain zipfile + lxml for text documents and slides rather than python-docx or
python-pptx: those libraries expose paragraphs and shapes but not document order with
page breaks, footnote and comment anchors, text boxes or tracked changes. Why openpyxl
for spreadsheets: shared strings, inline strings, number formats and the 1900/1904 date
systems are fiddly and openpyxl gets them right; in read-only mode it streams rows, and
with lxml and defusedxml installed it parses with entities unresolved (lxml) or refused
(defusedxml). The zip and XML safety steps (size caps, DTDs refused, Strict OOXML
namespaces renamed, embedded files opened) are shared with OpenDocument (``odf.py``) and
live in ``package.py``.

Pages: a Word document is split where Word last laid out its pages
(``w:lastRenderedPageBreak``, present when Word saved it) and at explicit page breaks,
otherwise it is one page. Slides and sheets are one page each; a sheet is rendered as
tab-separated rows, with a cap on cells. Comments, footnotes, notes and deleted text are
appended to the page they belong to after a bracketed marker such as ``[comment by X]``;
headers and footers go to the first page. Embedded files become attachments (child
documents).

A password-protected Office 2007+ file is not a zip but an OLE box around an encrypted
package; ``EncryptedOfficeExtractor`` recognises it and refuses it with a clear message.
"""

from __future__ import annotations

import datetime as dt
import functools
import posixpath
import struct
import warnings
import zipfile
import zlib
from importlib import metadata
from pathlib import Path
from typing import Any

import olefile
from defusedxml import DefusedXmlException
from lxml import etree

from ..errors import DataError
from .base import Extraction, Extractor, Options
from .package import (ENCRYPTED, MAX_CELLS, A, P, R, W, _Sink, embedded_files, make_pages, open_zip, refuse_dtds,
                      xml_part)

MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


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


@functools.cache
def _openpyxl_version() -> str:
    return metadata.version("openpyxl")  # without importing it: see read_xlsx


def read_xlsx(path: Path, options: Options, result: Extraction) -> None:
    """Fill result with one page per sheet: tab-separated rows, capped in cells and characters."""
    import openpyxl  # a fifth of a second: imported when a workbook is read, not when dossier starts

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
        return f"ooxml (lxml {etree.__version__}, openpyxl {_openpyxl_version()}, olefile {olefile.__version__})"

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


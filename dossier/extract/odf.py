"""OpenDocument (odt, ods, odp, odg), read directly from the zip.

Why no LibreOffice here: ODF is a zip of XML, so reading it takes milliseconds and keeps
what a rendering would lose (comments, footnotes, speaker notes, deleted text). Why plain
zipfile + lxml rather than odfpy: it exposes paragraphs and shapes but not document order
with page breaks, footnote and comment anchors, text boxes or tracked changes, and it
parses with a SAX setup we do not control. The zip and XML safety steps (size caps, DTDs
refused, embedded files opened) are the ones OOXML uses too, in ``package.py``.

Pages: a text splits at LibreOffice's ``soft-page-break`` and at paragraphs styled to
break. Slides and sheets are one page each; a sheet is rendered as tab-separated rows,
with a cap on cells. Comments, footnotes, notes and deleted text are appended to the page
they belong to after a bracketed marker such as ``[comment by X]``; headers and footers
go to the first page. Embedded files become attachments (child documents).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import olefile
from lxml import etree

from ..errors import DataError
from .base import Extraction, Extractor, Options
from .package import ENCRYPTED, MAX_CELLS, _Sink, embedded_files, make_pages, open_zip, xml_part

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

"""Zip packages of XML parts (Office Open XML and OpenDocument): safe reading, page text, embedded files.

Why a module of its own: OOXML (``office.py``) and OpenDocument (``odf.py``) are both zips
of XML and go through the same steps here, while neither format needs the other; so the
steps live beside both readers rather than inside one of them. The HTML reader
(``web.py``) uses ``make_pages`` too.

XML from a leak is hostile. Every part we parse ourselves goes through one lxml parser
that never resolves entities, never touches the network and keeps libxml2's size and
depth limits; a part that declares a DTD is refused outright, since neither Office nor
LibreOffice writes one and a DTD is what billion-laughs and external-entity attacks need.
Parts are read with a size cap so a zip bomb inside a document cannot fill memory.

Embedded files become attachments (child documents); OLE wrappers around them
(Ole10Native packages, Acrobat ``CONTENTS``) are opened so the child is the embedded file
itself.
"""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path
from typing import Any

import olefile
from lxml import etree

from .. import settings
from ..errors import DataError
from .base import Attachment, Extraction, Options, Page
from .language import detect

MAX_PART_BYTES = 256 << 20  # one XML part, uncompressed
MAX_CELLS = 2_000_000  # non-empty cells per workbook
ENCRYPTED = ("is password-protected ({kind}); the original is preserved, but its text cannot be read "
             "without the password")

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                          remove_comments=True, remove_pis=True)

_DOCTYPE = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
# The transitional OOXML namespaces that office.py reads by: parse_xml renames Strict OOXML into them.
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_STRICT = {"http://purl.oclc.org/ooxml/wordprocessingml/main": W[1:-1],
           "http://purl.oclc.org/ooxml/drawingml/main": A[1:-1],
           "http://purl.oclc.org/ooxml/presentationml/main": P[1:-1],
           "http://purl.oclc.org/ooxml/officeDocument/relationships": R[1:-1]}


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


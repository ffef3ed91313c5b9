"""OFD (GB/T 33190-2016): the fixed-layout format of Chinese government offices.

An OFD file is a zip: ``OFD.xml`` names each document's ``Document.xml`` (DocBody/DocRoot)
and holds its DocInfo (title, author, dates, creator); ``Document.xml`` lists the pages
(Pages/Page@BaseLoc), template pages (CommonData/TemplatePage: the red letterhead of an
official document often lives there), resources and attachments. A page's
``Content.xml`` places TextObjects (a Boundary box, a font size) holding TextCodes: runs
of characters at X, Y inside that box, with DeltaX giving the advance of each character.

The XML is parsed with entity resolution, DTD loading and network access off, and each
part is read with a size cap, so a hostile OFD costs only its own worker. Text comes out
in reading order: characters are placed at their absolute positions, grouped into lines
by baseline and sorted left to right, since producers write objects in any order.

Page images are an approximation drawn by dossier, not a faithful renderer: image
objects pasted into their boxes and characters drawn at their positions with the file's
embedded font or a system CJK font; vector paths (rules, table borders, seal outlines)
are not drawn. It gives the viewer a picture of the layout and OCR the scanned pages
(an OFD made by a scanner is one image per page and no text).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import DataError
from .base import Attachment, Extraction, Extractor, Options, Page
from .language import detect

NS = "http://www.ofdspec.org/2016"
MAX_PART_BYTES = 64 << 20  # no legitimate Content.xml or DocInfo is this large; a bomb may claim to be
MAX_PAGES = 20_000
DPI = 150
MAX_SIDE = 4000  # pixels: an A0 sheet still renders at about 100 dpi
THUMB_SIZE = (256, 256)
SYSTEM_CJK_FONTS = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                          remove_comments=True, remove_pis=True)


def is_ofd(names: list[str]) -> bool:
    """Return True when a zip's member names make it an OFD package (OFD.xml at its root)."""
    return any(name.lstrip("/") == "OFD.xml" or name.lstrip("/").lower() == "ofd.xml" for name in names)


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _children(element: etree._Element | None, name: str) -> list[etree._Element]:
    """Return child elements by local name, whatever namespace prefix the producer used."""
    if element is None:
        return []
    return [child for child in element if _local(child.tag) == name]


def _child(element: etree._Element | None, name: str) -> etree._Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _numbers(text: str | None) -> list[float]:
    try:
        return [float(v) for v in (text or "").split()]
    except ValueError:
        return []


def deltas(text: str | None, count: int) -> list[float]:
    """Expand a DeltaX/DeltaY list, whose "g N V" repeats V N times, into ``count`` advances."""
    tokens = (text or "").split()
    values: list[float] = []
    index = 0
    try:
        while index < len(tokens) and len(values) < count:
            if tokens[index] == "g" and index + 2 < len(tokens):
                values.extend([float(tokens[index + 2])] * int(tokens[index + 1]))
                index += 3
            else:
                values.append(float(tokens[index]))
                index += 1
    except ValueError:
        pass
    return values[:count]


@dataclass
class Glyph:
    """One character placed on a page, in millimetres from the top-left corner."""

    x: float
    y: float  # baseline
    size: float
    char: str
    font: str | None = None
    advance: float | None = None


@dataclass
class ImageBox:
    """An image object of a page: the resource it shows and its box in millimetres."""

    resource: str
    box: tuple[float, float, float, float]


@dataclass
class PageContent:
    """What a page holds: characters, images, and its size in millimetres."""

    width: float
    height: float
    glyphs: list[Glyph] = field(default_factory=list)
    images: list[ImageBox] = field(default_factory=list)


def reading_order(glyphs: list[Glyph]) -> str:
    """Return the text of placed characters: lines by baseline top to bottom, characters left to right."""
    lines: list[list[Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: (g.y, g.x)):
        # Characters of one line share a baseline within a fraction of their size.
        if lines and abs(glyph.y - lines[-1][0].y) <= 0.4 * max(glyph.size, lines[-1][0].size, 0.1):
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
    out = []
    for line in lines:
        line.sort(key=lambda g: g.x)
        text = ""
        previous: Glyph | None = None
        for glyph in line:
            if previous is not None:
                width = previous.advance if previous.advance else previous.size * (
                    1.0 if ord(previous.char) > 0x2E7F else 0.5)
                if glyph.x - (previous.x + width) > 0.25 * glyph.size and not text.endswith(" "):
                    text += " "  # a visible gap between runs is a word break
            text += glyph.char
            previous = glyph
        out.append(text.rstrip())
    return "\n".join(out)


class OfdPackage:
    """An opened OFD zip: reads its parts with size caps and resolves the references between them."""

    def __init__(self, path: Path):
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise DataError(f"OFD cannot be opened as a zip: {exc}") from exc
        self.names = {info.filename.lstrip("/"): info for info in self.zip.infolist()}
        self.lower = {name.lower(): name for name in self.names}

    def close(self) -> None:
        """Close the zip."""
        self.zip.close()

    def resolve(self, base_dir: str, location: str) -> str | None:
        """Return the member a BaseLoc names: absolute from the root, else relative to the referring part."""
        location = location.strip().replace("\\", "/")
        candidates = [location.lstrip("/")] if location.startswith("/") else [
            posixpath.normpath(posixpath.join(base_dir, location)), posixpath.normpath(location)]
        for candidate in candidates:
            if candidate in self.names:
                return candidate
            if candidate.lower() in self.lower:  # producers on Windows mix the case of names
                return self.lower[candidate.lower()]
        return None

    def read(self, name: str) -> bytes:
        """Return a member's bytes, refusing one that expands past the cap."""
        info = self.names[name]
        if info.flag_bits & 0x1:
            raise DataError(f"OFD part {name} is encrypted; the original is preserved")
        with self.zip.open(info) as stream:
            data = stream.read(MAX_PART_BYTES + 1)
        if len(data) > MAX_PART_BYTES:
            raise DataError(f"OFD part {name} expands past {MAX_PART_BYTES >> 20} MiB; not read (a likely bomb)")
        return data

    def xml(self, name: str) -> etree._Element:
        """Parse a member as XML without entities, DTDs or network."""
        try:
            return etree.fromstring(self.read(name), parser=_PARSER)
        except etree.XMLSyntaxError as exc:
            raise DataError(f"OFD part {name} is not well-formed XML: {exc}") from exc


def _box(text: str | None) -> tuple[float, float, float, float] | None:
    values = _numbers(text)
    return (values[0], values[1], values[2], values[3]) if len(values) == 4 else None


def _physical_box(area: etree._Element | None) -> tuple[float, float, float, float] | None:
    box = _child(area, "PhysicalBox")
    return _box(box.text) if box is not None else None


def _page_objects(root: etree._Element, content: PageContent, fonts: dict[str, str]) -> None:
    """Collect the characters and images of a page or template root into ``content``."""
    for element in root.iter():
        name = _local(element.tag)
        if name == "TextObject":
            box = _box(element.get("Boundary")) or (0.0, 0.0, 0.0, 0.0)
            size = (_numbers(element.get("Size")) or [3.5])[0]
            font = fonts.get(element.get("Font", ""))
            for code in _children(element, "TextCode"):
                text = code.text or ""
                if not text:
                    continue
                x = (_numbers(code.get("X")) or [0.0])[0]
                y = (_numbers(code.get("Y")) or [size])[0]
                advances = deltas(code.get("DeltaX"), len(text) - 1)
                vertical = deltas(code.get("DeltaY"), len(text) - 1)
                for index, char in enumerate(text):
                    advance = advances[index] if index < len(advances) else None
                    content.glyphs.append(Glyph(box[0] + x, box[1] + y, size, char, font, advance))
                    x += advance if advance is not None else (size if ord(char) > 0x2E7F else size * 0.5)
                    if index < len(vertical):
                        y += vertical[index]
        elif name == "ImageObject":
            box = _box(element.get("Boundary"))
            if box and element.get("ResourceID"):
                content.images.append(ImageBox(element.get("ResourceID", ""), box))


def _resources(package: OfdPackage, document: etree._Element, doc_dir: str) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Return (font ID → name, font ID → embedded font member, media ID → image member) from the resource files."""
    fonts: dict[str, str] = {}
    font_files: dict[str, str] = {}
    media: dict[str, str] = {}
    common = _child(document, "CommonData")
    for kind in ("PublicRes", "DocumentRes"):
        for ref in _children(common, kind):
            member = package.resolve(doc_dir, ref.text or "")
            if member is None:
                continue
            res = package.xml(member)
            res_dir = posixpath.dirname(member)
            base = res.get("BaseLoc", "")
            for font in res.iter():
                if _local(font.tag) == "Font":
                    fonts[font.get("ID", "")] = font.get("FontName", "") or font.get("FamilyName", "")
                    file = _child(font, "FontFile")
                    if file is not None and file.text:
                        found = package.resolve(posixpath.join(res_dir, base), file.text)
                        if found:
                            font_files[font.get("ID", "")] = found
                elif _local(font.tag) == "MultiMedia":
                    file = _child(font, "MediaFile")
                    if file is not None and file.text:
                        found = package.resolve(posixpath.join(res_dir, base), file.text)
                        if found:
                            media[font.get("ID", "")] = found
    return fonts, font_files, media


def _doc_info(root: etree._Element, metadata: dict[str, str]) -> None:
    info = _child(_child(root, "DocBody"), "DocInfo")
    for element in info if info is not None else []:
        name = _local(element.tag)
        if name == "Keywords":
            words = [k.text.strip() for k in _children(element, "Keyword") if k.text and k.text.strip()]
            if words:
                metadata["keywords"] = ", ".join(words)
        elif name == "CustomDatas":
            for custom in _children(element, "CustomData"):
                if custom.get("Name") and custom.text:
                    metadata[f"custom.{custom.get('Name')}"] = custom.text.strip()
        elif element.text and element.text.strip() and len(element) == 0:
            metadata[name.lower()] = element.text.strip()


class _Renderer:
    """Draws an approximate picture of a page with Pillow (see the module docstring for what it leaves out)."""

    def __init__(self, package: OfdPackage, font_files: dict[str, str], media: dict[str, str]):
        self.package = package
        self.font_files = font_files
        self.media = media
        self._fonts: dict[tuple[str | None, int], object] = {}

    def _font(self, font: str | None, pixels: int) -> object | None:
        from PIL import ImageFont

        key = (font, pixels)
        if key not in self._fonts:
            loaded = None
            member = self.font_files.get(font or "")
            if member:
                try:
                    loaded = ImageFont.truetype(io.BytesIO(self.package.read(member)), pixels)
                except (OSError, ValueError, DataError):
                    loaded = None
            for system in SYSTEM_CJK_FONTS if loaded is None else ():
                try:
                    loaded = ImageFont.truetype(system, pixels)
                    break
                except OSError:
                    continue
            self._fonts[key] = loaded
        return self._fonts[key]

    def render(self, content: PageContent, image_path: Path, thumb_path: Path) -> None:
        from PIL import Image, ImageDraw

        # 150 dpi, less for pages so large that the picture would pass MAX_SIDE pixels.
        scale = min(DPI / 25.4, MAX_SIDE / max(content.width, content.height, 1.0))
        width = max(1, int(content.width * scale))
        height = max(1, int(content.height * scale))
        page = Image.new("RGB", (width, height), "white")
        for image in content.images:
            member = self.media.get(image.resource)
            if not member:
                continue
            try:
                with Image.open(io.BytesIO(self.package.read(member))) as picture:
                    box = [int(v * scale) for v in image.box]
                    if box[2] > 0 and box[3] > 0:
                        page.paste(picture.convert("RGB").resize((box[2], box[3])), (box[0], box[1]))
            except (OSError, ValueError, DataError, Image.DecompressionBombError):
                continue  # an unreadable image leaves its box blank
        draw = ImageDraw.Draw(page)
        for glyph in content.glyphs:
            pixels = max(1, int(glyph.size * scale))
            font = self._font(glyph.font, pixels)
            if font is not None:
                draw.text((glyph.x * scale, glyph.y * scale), glyph.char, fill="black", font=font, anchor="ls")
        page.save(image_path, "PNG")
        page.thumbnail(THUMB_SIZE)
        page.save(thumb_path, "PNG")


class OfdExtractor(Extractor):
    """OFD documents: text per page in reading order, DocInfo metadata, attachments and page images."""

    name = "ofd"
    mimes = frozenset({"application/ofd"})

    @classmethod
    def version(cls) -> str:
        from PIL import __version__ as pillow

        return f"ofd (lxml {etree.__version__}, Pillow {pillow})"

    def extract(self, path: Path, mime: str, options: Options) -> Extraction:
        package = OfdPackage(path)
        try:
            return self._extract(package, options)
        finally:
            package.close()

    def _extract(self, package: OfdPackage, options: Options) -> Extraction:
        result = Extraction(self.version())
        entry = package.resolve("", "OFD.xml")
        if entry is None:
            raise DataError("not an OFD package: OFD.xml is missing at the root of the zip")
        root = package.xml(entry)
        if _local(root.tag) != "OFD":
            raise DataError(f"not an OFD package: OFD.xml has root element {_local(root.tag)!r}, expected OFD")
        _doc_info(root, result.metadata)
        for attribute in ("Version", "DocType"):
            if root.get(attribute):
                result.metadata[f"ofd_{attribute.lower()}"] = root.get(attribute, "")
        bodies = _children(root, "DocBody")
        for doc_index, body in enumerate(bodies):
            doc_root = _child(body, "DocRoot")
            member = package.resolve("", doc_root.text or "") if doc_root is not None else None
            if member is None:
                raise DataError(f"OFD document {doc_index + 1} names no readable Document.xml (DocRoot); "
                                "the original is preserved")
            self._document(package, member, options, result)
            if len(result.pages) > MAX_PAGES:
                raise DataError(f"OFD has more than {MAX_PAGES} pages; not read")
        result.metadata["page_count"] = str(len(result.pages))
        if len(bodies) > 1:
            result.metadata["document_count"] = str(len(bodies))
        return result

    def _document(self, package: OfdPackage, member: str, options: Options, result: Extraction) -> None:
        document = package.xml(member)
        doc_dir = posixpath.dirname(member)
        fonts, font_files, media = _resources(package, document, doc_dir)
        common = _child(document, "CommonData")
        default_area = _physical_box(_child(common, "PageArea"))
        templates = {t.get("ID", ""): t.get("BaseLoc", "") for t in _children(common, "TemplatePage")}
        renderer = _Renderer(package, font_files, media)
        for page_ref in _children(_child(document, "Pages"), "Page"):
            number = len(result.pages) + 1
            location = package.resolve(doc_dir, page_ref.get("BaseLoc", ""))
            if location is None:
                result.warnings.append(f"page {number}: its Content.xml ({page_ref.get('BaseLoc')!r}) is missing")
                result.pages.append(Page(number, "", engine="needs-ocr"))
                continue
            page_root = package.xml(location)
            area = _physical_box(_child(page_root, "Area")) or default_area
            content = PageContent(area[2] if area else 210.0, area[3] if area else 297.0)
            for template in _children(page_root, "Template"):
                template_member = package.resolve(doc_dir, templates.get(template.get("TemplateID", ""), ""))
                if template_member:
                    _page_objects(package.xml(template_member), content, fonts)
            _page_objects(page_root, content, fonts)
            text = reading_order(content.glyphs)
            lang, script = detect(text)
            engine = "text-layer" if text.strip() else "needs-ocr"
            page = Page(number, text, engine, lang, script, width=content.width, height=content.height)
            if content.glyphs or content.images:
                image_path = Path(options.tmp) / f"page-{number:05d}.png"
                thumb_path = Path(options.tmp) / f"thumb-{number:05d}.png"
                try:
                    renderer.render(content, image_path, thumb_path)
                    page.image_path, page.thumb_path = str(image_path), str(thumb_path)
                except (OSError, ValueError, MemoryError) as exc:
                    result.warnings.append(f"page {number}: no page image: {type(exc).__name__}: {exc}")
            result.pages.append(page)
        self._attachments(package, document, doc_dir, options, result)

    def _attachments(self, package: OfdPackage, document: etree._Element, doc_dir: str, options: Options,
                     result: Extraction) -> None:
        """Files attached to the document (Attachments.xml) become child documents."""
        ref = _child(document, "Attachments")
        member = package.resolve(doc_dir, ref.text or "") if ref is not None else None
        if member is None:
            return
        listing = package.xml(member)
        for attachment in _children(listing, "Attachment"):
            location = _child(attachment, "FileLoc")
            found = package.resolve(posixpath.dirname(member), location.text or "") if location is not None else None
            name = attachment.get("Name") or (posixpath.basename(found) if found else "attachment")
            if attachment.get("Format") and "." not in name:
                name += "." + attachment.get("Format", "").lstrip(".")
            if found is None:
                result.warnings.append(f"attachment {name!r} is listed but its file is missing from the package")
                continue
            path = Path(options.tmp) / f"attachment-{len(result.attachments) + 1:05d}"
            path.write_bytes(package.read(found))
            result.attachments.append(Attachment(name, str(path)))


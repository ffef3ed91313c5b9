"""Word 97–2003, Excel 97–2003, PowerPoint 97–2003, RTF and other old formats, through LibreOffice.

These binary formats have no maintained pure-Python reader, so LibreOffice converts them
(headless, without network where ``unshare`` allows, with a timeout and a private profile
per document so parallel conversions never share LibreOffice's user installation).
Text documents and slides become a PDF whose pages match what a reader would see; its
text is read by the PDF extractor. Spreadsheets become xlsx instead and are read like
xlsx, one page per sheet: a PDF of a sheet is cut into print pages that split columns.

RTF goes the same way: striprtf reads plain RTF and ``\\uN``/``\\'xx`` escapes well, but
drops text boxes and shapes (testRTFJapanese.rtf loses its headline) and knows no pages;
LibreOffice keeps both.

Encryption is detected before converting (the FIB flag of a .doc, the FILEPASS record
of an .xls, the encrypted CurrentUser token of a .ppt), so a password-protected file
gets a clear reason instead of a conversion failure. Metadata comes from the OLE
property streams (olefile), never from the converted PDF, whose dates are the
conversion's own.
"""

from __future__ import annotations

import os
import shutil
import signal
import struct
import subprocess
from pathlib import Path

import olefile

from .. import settings
from ..errors import DataError
from .base import Extraction, Extractor, Options
from .isolation import sandboxed_command
from .office import OoxmlExtractor
from .package import ENCRYPTED
from .pdf import PdfExtractor

# MIME type -> (file extension LibreOffice recognises, LibreOffice module, Debian package)
KINDS = {
    "application/msword": ("doc", "writer"),
    "application/vnd.ms-word": ("doc", "writer"),
    "application/rtf": ("rtf", "writer"),
    "text/rtf": ("rtf", "writer"),
    "application/vnd.wordperfect": ("wpd", "writer"),
    "application/vnd.ms-works": ("wps", "writer"),
    "application/x-mswrite": ("wri", "writer"),
    "application/vnd.sun.xml.writer": ("sxw", "writer"),
    "application/vnd.ms-excel": ("xls", "calc"),
    "application/vnd.sun.xml.calc": ("sxc", "calc"),
    "application/vnd.ms-powerpoint": ("ppt", "impress"),
    "application/vnd.sun.xml.impress": ("sxi", "impress"),
}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def soffice() -> str | None:
    """Return the path of LibreOffice's soffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _decode(value: object, codepage: int | None) -> str | None:
    if value is None or value == b"" or value == "":
        return None
    if isinstance(value, bytes):
        codec = {65001: "utf-8", 1200: "utf-16-le", 10000: "mac_roman"}.get(codepage or 0, f"cp{codepage or 1252}")
        try:
            return value.decode(codec, errors="replace").rstrip("\x00").strip() or None
        except LookupError:
            return value.decode("cp1252", errors="replace").rstrip("\x00").strip() or None
    if hasattr(value, "isoformat"):
        # A zero FILETIME (1601) means "never" (a document never printed), not a date.
        return value.isoformat() if value.year >= 1900 else None  # type: ignore[attr-defined]
    return str(value)


def ole_metadata(ole: olefile.OleFileIO) -> dict[str, str]:
    """Return the summary properties of an OLE document with lower-case keys."""
    meta = ole.get_metadata()
    names = {"title": "title", "subject": "subject", "author": "author", "keywords": "keywords",
             "comments": "description", "last_saved_by": "last_modified_by", "create_time": "created",
             "last_saved_time": "modified", "creating_application": "creator", "company": "company",
             "manager": "manager", "template": "template", "revision_number": "revision",
             "last_printed": "printed", "category": "category"}
    out = {}
    for attr, key in names.items():
        value = _decode(getattr(meta, attr, None), meta.codepage)
        if value:
            out[key] = value
    return out


def ole_encrypted(ole: olefile.OleFileIO) -> bool:
    """Return True when an OLE Word, Excel or PowerPoint file is password-protected."""
    if ole.exists("EncryptionInfo") and ole.exists("EncryptedPackage"):
        return True
    if ole.exists("WordDocument"):
        fib = ole.openstream("WordDocument").read(12)
        return len(fib) == 12 and bool(struct.unpack_from("<H", fib, 10)[0] & 0x0100)  # FIB fEncrypted
    for name in ("Workbook", "Book"):
        if ole.exists(name):
            return _biff_filepass(ole.openstream(name).read(1 << 20))
    if ole.exists("EncryptedSummary"):
        return True
    if ole.exists("Current User"):
        head = ole.openstream("Current User").read(12)
        return len(head) == 12 and struct.unpack_from("<I", head, 8)[0] == 0xF3D1C4DF  # encrypted token
    return False


def _biff_filepass(data: bytes) -> bool:
    """Return True when the workbook globals of a BIFF stream carry a FILEPASS record."""
    pos = 0
    while pos + 4 <= len(data):
        kind, length = struct.unpack_from("<HH", data, pos)
        if kind == 0x002F:
            return True
        if kind == 0x000A:  # EOF of the globals substream
            return False
        pos += 4 + length
    return False


class LegacyOfficeExtractor(Extractor):
    """Old binary Office files and RTF: converted by LibreOffice, then read as PDF or xlsx."""

    name = "legacy-office"
    mimes = frozenset(KINDS)

    @classmethod
    def version(cls) -> str:
        return f"legacy-office (LibreOffice headless, {PdfExtractor.version()}, olefile {olefile.__version__})"

    def extract(self, path: Path, mime: str, options: Options) -> Extraction:
        ext, module = KINDS[mime]
        metadata: dict[str, str] = {}
        is_ole = olefile.isOleFile(str(path))
        if is_ole:
            try:
                with olefile.OleFileIO(str(path)) as ole:
                    if ole_encrypted(ole):
                        raise DataError(f".{ext} file " + ENCRYPTED.format(kind="an encrypted Office 97-2003 file"))
                    metadata = ole_metadata(ole)
            except (OSError, ValueError, IndexError, KeyError, struct.error) as exc:  # olefile's ways to fail
                raise DataError(f".{ext} file is damaged: its OLE structure cannot be read ({exc})") from exc
        program = soffice()
        if program is None:
            raise DataError(f"reading .{ext} needs LibreOffice; install libreoffice-{module}-nogui")
        target = "xlsx" if module == "calc" else "pdf"
        converted = convert(program, path, ext, target, Path(options.tmp))
        if target == "xlsx":
            inner = OoxmlExtractor().extract(converted, XLSX, options)
            inner.attachments = []  # LibreOffice's re-encodings of embedded objects are not originals
        else:
            inner = PdfExtractor().extract(converted, "application/pdf", options)
            if not is_ole:
                # RTF and the like keep their \info title and author in the PDF; its dates are the conversion's.
                metadata.update({k: v for k, v in inner.metadata.items() if k in ("title", "author", "subject",
                                                                                    "keywords")})
        metadata["page_count"] = str(len(inner.pages))
        result = Extraction(self.version(), pages=inner.pages, metadata=metadata, warnings=inner.warnings)
        converted.unlink(missing_ok=True)
        return result


def convert(program: str, path: Path, ext: str, target: str, tmp: Path) -> Path:
    """Convert a document with LibreOffice into tmp and return the converted file; raises DataError on failure."""
    work = tmp / "libreoffice"
    out = work / "out"
    out.mkdir(parents=True, exist_ok=True)
    # A copy with the right extension: LibreOffice picks its import filter partly by name, blobs have none,
    # and its lock files then land in the scratch folder, never beside the stored original.
    source = work / f"document.{ext}"
    shutil.copyfile(path, source)
    # Below the worker's own limit, so LibreOffice is stopped by us (its whole process group) and not orphaned.
    timeout = max(10.0, float(settings.get("extract_timeout")) * 0.8)
    argv = sandboxed_command([program, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                              f"-env:UserInstallation={(work / 'profile').as_uri()}",
                              "--convert-to", target, "--outdir", str(out), str(source)])
    env = {**os.environ, "HOME": str(work), "SAL_USE_VCLPLUGIN": "svp"}
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               env=env, cwd=work, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise DataError(f"LibreOffice took longer than {timeout:.0f} s to convert the .{ext} file "
                        "(DOSSIER_EXTRACT_TIMEOUT); it was stopped") from exc
    finally:
        source.unlink(missing_ok=True)
    converted = out / f"document.{target}"
    if not converted.is_file() or converted.stat().st_size == 0:
        said = output.decode("utf-8", "replace").strip().splitlines()
        raise DataError(f"LibreOffice could not convert the .{ext} file; it may be damaged or password-protected "
                        f"(LibreOffice said: {said[-1] if said else 'nothing'}, exit code {process.returncode})")
    return converted

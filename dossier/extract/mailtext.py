"""What every mail format shares: decoding charsets, headers, dates and HTML; a message's page and attachments.

Why a module of its own: the RFC 822 formats (``email.py``) and Outlook's formats
(``outlook.py``) both turn a message into the same page and children, and ``email.py``'s
extractor dispatches to ``outlook.py``; with the shared steps here, both build on this
module and neither imports the other.

Leaked mail is often broken: raw 8-bit GBK or Big5 headers, charsets declared as gb2312
but holding GBK characters. Decoding therefore widens Chinese charsets to their supersets
and falls back to charset detection. HTML bodies are parsed, never rendered: no script
runs, nothing is fetched.
"""

from __future__ import annotations

import email.errors
import email.header
import email.policy
import email.utils
import mimetypes
import re
from email.message import Message
from pathlib import Path
from typing import Any

from .base import Attachment, Extraction, Options
from .text import decode

POLICY = email.policy.default.clone(refold_source="none")  # keep header bytes as sent when re-serialising
SHOWN_HEADERS = ("From", "To", "Cc", "Bcc", "Date", "Subject")
ADDRESS_KEYS = {"from": "From", "to": "To", "cc": "Cc", "bcc": "Bcc"}

# Charsets mail declares whose superset decodes more: GBK text labelled gb2312 is common.
WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "x-gbk": "gb18030", "euc-cn": "gb18030",
         "big5": "big5hkscs", "cp950": "big5hkscs", "x-big5": "big5hkscs", "ks_c_5601-1987": "cp949",
         "iso-8859-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "shift_jis": "cp932"}


# -- decoding ------------------------------------------------------------------------


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Return text from bytes in a declared charset (widened), or a detected one when that fails."""
    if charset:
        codec = WIDER.get(charset.strip().strip('"').lower(), charset.strip().strip('"'))
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)[0]


def _has_surrogates(text: str) -> bool:
    return any("\udc80" <= c <= "\udcff" for c in text)


def header_text(raw: str, fallback_charset: str | None = None) -> str:
    """Return a header's readable text from its source form: RFC 2047 words and raw 8-bit bytes decoded."""
    value = re.sub(r"\r?\n[ \t]", " ", raw).strip()
    if _has_surrogates(value):  # raw 8-bit bytes, as Chinese clients often send
        value = decode_bytes(value.encode("ascii", "surrogateescape"), fallback_charset)
    if "=?" not in value:
        return value
    try:
        chunks = email.header.decode_header(value)
    except (ValueError, email.errors.HeaderParseError):
        return value
    parts = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            parts.append(chunk)
        elif charset is None or charset == "unknown-8bit":
            parts.append(chunk.decode("raw-unicode-escape", errors="replace"))
        else:
            parts.append(decode_bytes(chunk, charset))
    # decode_header drops the space between an encoded word and plain text next to it.
    text = ""
    for part in parts:
        if text and part and not text[-1].isspace() and not part[0].isspace() and not _cjk(text[-1] + part[0]):
            text += " "
        text += part
    return text


def _cjk(pair: str) -> bool:
    return any(0x2E80 <= ord(c) <= 0x9FFF or 0xFF00 <= ord(c) <= 0xFFEF for c in pair)


def iso_date(raw: str) -> str | None:
    """Return an RFC 822 date as ISO 8601, or None when it cannot be parsed."""
    try:
        parsed = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed.isoformat() if parsed else None


_BLOCKS = {"p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
           "pre", "hr", "dt", "dd", "dl", "section", "article", "header", "footer", "address", "center", "td", "th"}


def html_to_text(html: str) -> str:
    """Return the visible text of HTML, without running scripts or fetching anything it links to."""
    import lxml.etree
    import lxml.html

    if not html.strip():
        return ""
    # Parsed as UTF-8 bytes so that a <meta charset> in the body cannot make libxml2 re-decode it.
    parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return ""
    for element in root.xpath("//script | //style | //head | //noscript | //template"):
        element.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in ("td", "th"):
            element.tail = "\ue000" + (element.tail or "")  # a cell break, made a tab once spaces are collapsed
        elif element.tag in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    text = root.text_content().replace("\xa0", " ").replace("\r", "")
    lines = [re.sub(r" *\ue000 *", "\t", re.sub(r"[ \t\f\v]+", " ", line)).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# -- a message as a document ------------------------------------------------------------


class _Writer:
    """Writes attachment bytes into the scratch folder and names nameless ones by type."""

    def __init__(self, options: Options, result: Extraction):
        self.folder = Path(options.tmp)
        self.result = result

    def add(self, name: str | None, data: bytes, mime: str) -> None:
        """Keep bytes as an attachment; a nameless one gets attachment-N.ext from its MIME type."""
        number = len(self.result.attachments) + 1
        if not name or not name.strip():
            extension = ".eml" if mime == "message/rfc822" else (mimetypes.guess_extension(mime) or ".bin")
            name = f"attachment-{number}{extension}"
        path = self.folder / f"attachment-{number:05d}"
        path.write_bytes(data)
        self.result.attachments.append(Attachment(name.replace("\x00", ""), str(path)))


def _page_text(shown: dict[str, Any], body: str) -> str:
    """Return a message's page: the headers a reader wants, a blank line, the body."""
    header_lines = [f"{name}: {shown[name]}" for name in SHOWN_HEADERS if shown[name]]
    return "\n".join(header_lines) + "\n\n" + body if header_lines else body


def _listing(number: int, headers: Message, charset: str | None = None) -> str:
    date = iso_date(header_text(headers.get("Date", ""), charset)) or ""
    sender = header_text(str(headers.get("From", "")), charset)
    subject = header_text(str(headers.get("Subject", "")), charset) or "(no subject)"
    return f"{number:04d}  {date[:19]:19}  {sender}  {subject}".rstrip()

"""E-mail: RFC 822 messages (eml), Apple Mail emlx, mbox folders, Outlook msg and PST stores.

A message becomes one page: a block of the headers a reader wants (From, To, Cc, Bcc,
Date, Subject) and then the body, plain text where the sender wrote one, otherwise the
HTML converted to text (parsed, never rendered: no script runs, nothing is fetched).
Headers also become metadata. Every attachment, inline image and forwarded message
becomes a child document with the name the sender gave it, read in turn.

A folder of messages (mbox, PST) is split into one child document per message, so each
mail is a document with its own attachments; the folder's own page lists the subjects.
mbox children are the exact bytes between the separator lines. PST stores hold no RFC
822 bytes at all: each message is rebuilt as an .eml from its transport headers, bodies
and attachments (libpff), a derived copy; the PST itself stays the original.

Leaked mail is often broken: mixed CRLF/LF lines, raw 8-bit GBK or Big5 headers,
charsets declared as gb2312 but holding GBK characters. Decoding therefore widens
Chinese charsets to their supersets and falls back to charset detection; a message that
the parser finds defects in is still read, with the defects as warnings.

Files reach this extractor by MIME type or, because libmagic often calls a message
``text/plain`` or ``text/html``, by ``sniff`` recognising header lines at the start.
"""

from __future__ import annotations

import base64
import codecs
import email
import email.errors
import email.header
import email.parser
import email.policy
import email.utils
import io
import logging
import mimetypes
import plistlib
import quopri
import re
from datetime import datetime, timezone
from email.generator import BytesGenerator
from email.message import EmailMessage, Message
from pathlib import Path
from typing import Any, Iterator

from ..errors import DataError
from .base import Attachment, Extraction, Extractor, Options, Page
from .language import detect
from .text import decode

POLICY = email.policy.default.clone(refold_source="none")  # keep header bytes as sent when re-serialising
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PST_MAGIC = b"!BDN"
SHOWN_HEADERS = ("From", "To", "Cc", "Bcc", "Date", "Subject")
ADDRESS_KEYS = {"from": "From", "to": "To", "cc": "Cc", "bcc": "Bcc"}
ID_KEYS = {"message_id": "Message-ID", "in_reply_to": "In-Reply-To", "references": "References"}

# Charsets mail declares whose superset decodes more: GBK text labelled gb2312 is common.
WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "x-gbk": "gb18030", "euc-cn": "gb18030",
         "big5": "big5hkscs", "cp950": "big5hkscs", "x-big5": "big5hkscs", "ks_c_5601-1987": "cp949",
         "iso-8859-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "shift_jis": "cp932"}

# Header fields typical of mail (not of HTTP dumps or notes): a head needs one to count as a message.
MAIL_FIELDS = {b"from", b"to", b"cc", b"subject", b"message-id", b"received", b"return-path", b"delivered-to",
               b"mime-version", b"in-reply-to", b"references", b"x-mailer", b"reply-to", b"sender"}
KNOWN_FIELDS = MAIL_FIELDS | {b"date", b"content-type", b"content-transfer-encoding", b"x-originating-ip"}
_FIELD = re.compile(rb"^([!-9;-~]+)[ \t]*:")
_MBOX_FROM = re.compile(rb"^From \S+ +[A-Z][a-z]{2} +[A-Z][a-z]{2} +\d{1,2} +\d{1,2}:\d{2}")
_EMLX_COUNT = re.compile(rb"^(\d+)[ \t]*\r?\n")

log = logging.getLogger(__name__)


# -- recognising mail by content ---------------------------------------------------


def _header_block(head: bytes) -> bool:
    """Return True when bytes begin with an RFC 822 header block holding mail fields."""
    lines = head.splitlines(keepends=True)
    if lines and not lines[-1].endswith((b"\n", b"\r")):
        lines.pop()  # a line cut by the end of the sniffed bytes says nothing
    fields = known = mail = 0
    for line in lines:
        if not line.strip(b"\r\n"):
            break  # the blank line that ends the header block
        if line[:1] in (b" ", b"\t"):
            if not fields:
                return False
            continue  # a folded continuation of the previous field
        match = _FIELD.match(line)
        if not match:
            return False
        fields += 1
        name = match.group(1).lower()
        known += name in KNOWN_FIELDS
        mail += name in MAIL_FIELDS
    return known >= 2 and mail >= 1


def kind_of(head: bytes) -> str | None:
    """Return which mail format bytes start with: msg, pst, mbox, emlx, eml, or None."""
    if head.startswith(OLE_MAGIC):
        return "msg"
    if head.startswith(PST_MAGIC):
        return "pst"
    head = head.removeprefix(codecs.BOM_UTF8)
    if head.startswith(b"From "):
        first, _, rest = head.partition(b"\n")
        if _MBOX_FROM.match(first) or _header_block(rest):
            return "mbox"
        return None
    count = _EMLX_COUNT.match(head)
    if count:
        return "emlx" if _header_block(head[count.end():]) else None
    return "eml" if _header_block(head) else None


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


# -- one RFC 822 message ------------------------------------------------------------------


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


def _linesep(data: bytes) -> str:
    end = data.find(b"\n")
    return "\r\n" if end > 0 and data[end - 1:end] == b"\r" else "\n"


def _part_bytes(part: Message, linesep: str) -> bytes:
    """Return a part's content as bytes: decoded for a leaf, re-serialised for an attached message."""
    if part.get_content_type() == "message/rfc822" or part.is_multipart():
        inner = part.get_payload(0) if part.get_content_type() == "message/rfc822" else part
        buffer = io.BytesIO()
        BytesGenerator(buffer, mangle_from_=False, policy=POLICY.clone(linesep=linesep)).flatten(inner)
        # RFC 2046 forbids encoding message/rfc822, but GroupWise and others base64 it: the parser
        # then sees the encoded lines as the message, and they must be decoded here.
        encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
        if encoding == "base64":
            encoded = re.sub(rb"[^A-Za-z0-9+/]", b"", buffer.getvalue())
            return base64.b64decode(encoded + b"=" * (-len(encoded) % 4))
        if encoding == "quoted-printable":
            return quopri.decodestring(buffer.getvalue())
        return buffer.getvalue()
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _walk(part: Message, bodies: list[Message], attachments: list[Message]) -> None:
    """Sort a message's parts into body text parts and attachments, choosing one alternative."""
    ctype = part.get_content_type()
    if ctype == "message/rfc822" and isinstance(part.get_payload(), list):
        attachments.append(part)
    elif part.is_multipart():
        subparts = [p for p in part.get_payload() if isinstance(p, Message)]
        if ctype == "multipart/alternative" and subparts:
            # One alternative is the body: the plain text one when it says anything, else the richest.
            choices = []
            for sub in subparts:
                sub_bodies: list[Message] = []
                _walk(sub, sub_bodies, attachments)
                choices.append(sub_bodies)
            plain = [c for c in choices if any(b.get_content_type() == "text/plain" and not _blank(b) for b in c)]
            filled = [c for c in choices if c]
            bodies.extend(plain[0] if plain else (filled[-1] if filled else []))
        else:
            for sub in subparts:
                _walk(sub, bodies, attachments)
    elif (part.get_content_disposition() == "attachment" or part.get_filename()
          or ctype not in ("text/plain", "text/html")):
        attachments.append(part)
    else:
        bodies.append(part)


def _blank(part: Message) -> bool:
    data = part.get_payload(decode=True)
    return not isinstance(data, bytes) or not data.strip()


def _body_text(part: Message, fallback_charset: str | None) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    text = decode_bytes(data, part.get_content_charset() or fallback_charset)
    return html_to_text(text) if part.get_content_type() == "text/html" else text.replace("\r\n", "\n")


def _charset_of(message: Message) -> str | None:
    """Return the first charset a message declares anywhere; raw 8-bit headers are usually in it."""
    for part in message.walk():
        charset = part.get_content_charset()
        if charset and charset not in ("us-ascii", "ascii"):
            return charset
    return None


def _header(message: Message, name: str, charset: str | None) -> str:
    values = [header_text(v, charset) for k, v in message.raw_items() if k.lower() == name.lower()]
    return ", ".join(v for v in values if v) if name.lower() in ADDRESS_KEYS else (values[0] if values else "")


def _page_text(shown: dict[str, Any], body: str) -> str:
    """Return a message's page: the headers a reader wants, a blank line, the body."""
    header_lines = [f"{name}: {shown[name]}" for name in SHOWN_HEADERS if shown[name]]
    return "\n".join(header_lines) + "\n\n" + body if header_lines else body


def read_message(data: bytes, options: Options, result: Extraction, number: int = 1) -> None:
    """Add one RFC 822 message to an extraction: its page, its metadata and its attachments."""
    try:
        message = email.message_from_bytes(data, policy=POLICY)
    except Exception as exc:  # noqa: BLE001 - the parser is lenient; anything it raises is this file's damage
        raise DataError(f"e-mail cannot be parsed: {type(exc).__name__}: {exc}") from exc
    charset = _charset_of(message)
    shown = {name: _header(message, name, charset) for name in SHOWN_HEADERS}
    if shown["Date"]:
        iso = iso_date(shown["Date"])
        if iso:
            result.metadata["date"] = iso
        else:
            result.metadata["date_raw"] = shown["Date"]
            result.warnings.append(f"Date header {shown['Date'][:80]!r} cannot be parsed")
    if shown["Subject"]:
        result.metadata["subject"] = shown["Subject"]
    for key, name in ADDRESS_KEYS.items():
        if shown[name]:
            result.metadata[key] = shown[name]
    for key, name in ID_KEYS.items():
        value = _header(message, name, charset)
        if value:
            result.metadata[key] = value
    bodies: list[Message] = []
    attachments: list[Message] = []
    _walk(message, bodies, attachments)
    body = "\n\n".join(t for t in (_body_text(p, charset).strip("\n") for p in bodies) if t.strip())
    writer = _Writer(options, result)
    linesep = _linesep(data)
    for part in attachments:
        name = part.get_filename()  # Content-Disposition filename, else Content-Type name; RFC 2231 decoded
        if isinstance(name, str) and ("=?" in name or _has_surrogates(name)):
            name = header_text(name, charset)  # RFC 2047 words in a filename: not standard, but Outlook sends them
        writer.add(name if isinstance(name, str) else None, _part_bytes(part, linesep), part.get_content_type())
    defects = sorted({type(d).__name__ for p in message.walk() for d in p.defects})
    if defects:
        result.warnings.append(f"message has MIME defects (read anyway): {', '.join(defects)}")
    text = _page_text(shown, body)
    lang, script = detect(body) if body.strip() else detect(text)
    result.pages.append(Page(number, text, lang=lang, script=script))


# -- folders and wrappers -----------------------------------------------------------------


def mbox_messages(path: Path) -> Iterator[bytes]:
    """Yield each message of an mbox file, without its separator line, exactly as stored.

    When the first separator has the usual "From sender Www Mmm dd hh:mm" form, only lines of
    that form separate messages, so an unescaped "From " opening a paragraph stays body text.
    """
    current: list[bytes] | None = None
    blank_before = True
    strict: bool | None = None
    with open(path, "rb") as stream:
        for line in stream:
            if strict is None and line.startswith(b"From "):
                strict = bool(_MBOX_FROM.match(line))
            if line.startswith(b"From ") and blank_before and (not strict or _MBOX_FROM.match(line)):
                if current is not None:
                    yield _trim_separator(current)
                current = []
            elif current is not None:
                current.append(line)
            blank_before = not line.strip(b"\r\n")
    if current is not None:
        yield _trim_separator(current)


def _trim_separator(lines: list[bytes]) -> bytes:
    if lines and not lines[-1].strip(b"\r\n"):
        lines = lines[:-1]  # the blank line the mbox format puts before the next "From "
    return b"".join(lines)


def _listing(number: int, headers: Message, charset: str | None = None) -> str:
    date = iso_date(header_text(headers.get("Date", ""), charset)) or ""
    sender = header_text(str(headers.get("From", "")), charset)
    subject = header_text(str(headers.get("Subject", "")), charset) or "(no subject)"
    return f"{number:04d}  {date[:19]:19}  {sender}  {subject}".rstrip()


def read_mbox(path: Path, options: Options, result: Extraction) -> None:
    """Make each message of an mbox a child document; the mbox's page lists them."""
    writer = _Writer(options, result)
    parser = email.parser.BytesHeaderParser(policy=email.policy.compat32)
    lines = []
    for number, data in enumerate(mbox_messages(path), start=1):
        writer.add(f"message-{number:04d}.eml", data, "message/rfc822")
        lines.append(_listing(number, parser.parsebytes(data[:1 << 20])))
    if not lines:
        raise DataError("mbox holds no message (no 'From ' separator line)")
    if len(lines) == 1:
        # One message with an mbox separator (an .eml saved by a Unix mailer): the file is that mail.
        single = Path(result.attachments.pop().path)
        data = single.read_bytes()
        single.unlink()  # first: the message's own first attachment is written under this same scratch name
        read_message(data, options, result)
        result.metadata["message_count"] = "1"
        return
    result.metadata["message_count"] = str(len(lines))
    text = "\n".join(lines)
    lang, script = detect(text)
    result.pages.append(Page(1, text, lang=lang, script=script))


def read_emlx(data: bytes, options: Options, result: Extraction) -> None:
    """Read an Apple Mail emlx: a byte count, the RFC 822 message, then a property list."""
    count = _EMLX_COUNT.match(data)
    if not count:
        raise DataError("emlx does not start with its byte count line")
    start, length = count.end(), int(count.group(1))
    if start + length > len(data):
        result.warnings.append(f"emlx declares {length} bytes but holds {len(data) - start}; read what is there")
    read_message(data[start:start + length], options, result)
    try:
        plist = plistlib.loads(data[start + length:].strip())
    except Exception:  # noqa: BLE001 - the property list is optional extra information
        return
    if isinstance(plist, dict) and isinstance(plist.get("date-received"), (int, float)):
        received = datetime.fromtimestamp(plist["date-received"], timezone.utc)
        result.metadata["date_received"] = received.isoformat()


# -- Outlook ----------------------------------------------------------------------

# Windows locale IDs whose ANSI code page a message without PR_MESSAGE_CODEPAGE was written in.
LOCALE_CODEPAGES = {2052: 936, 4100: 936, 1028: 950, 3076: 950, 5124: 950, 1041: 932, 1042: 949}
CODEPAGE_CODECS = {936: "gb18030", 54936: "gb18030", 20936: "gb18030", 950: "cp950", 10008: "gb18030"}


def _msg_encoding(message: Any) -> str | None:
    """Return the code page of a non-Unicode msg that does not declare PR_MESSAGE_CODEPAGE, from its other hints."""
    if message.areStringsUnicode or "3FFD0003" in message.props:
        return None
    codepage = None
    for prop in ("3FDE0003",):  # PR_INTERNET_CPID: the charset the message was sent in
        if prop in message.props:
            codepage = message.props[prop].value
    if not codepage and "3FF10003" in message.props:  # PR_MESSAGE_LOCALE_ID
        codepage = LOCALE_CODEPAGES.get(message.props["3FF10003"].value)
    if not codepage:
        return None
    codec = CODEPAGE_CODECS.get(codepage, f"cp{codepage}")
    try:
        codecs.lookup(codec)
    except LookupError:
        return None
    return codec


def read_msg(path: Path, options: Options, result: Extraction) -> None:
    """Read an Outlook .msg: headers, body, and attachments (an attached .msg is exported as its own file)."""
    import extract_msg
    from extract_msg.exceptions import ExMsgBaseException

    logging.getLogger("extract_msg").setLevel(logging.ERROR)  # it logs every missing optional property
    try:
        message = extract_msg.openMsg(str(path), strict=False)
        encoding = _msg_encoding(message)
        if encoding:
            message.close()
            message = extract_msg.openMsg(str(path), strict=False, overrideEncoding=encoding)
            result.warnings.append(f"msg does not declare its code page; read as {encoding} from its other hints")
    except (ExMsgBaseException, OSError, ValueError, KeyError) as exc:
        raise DataError(f"Outlook msg cannot be opened: {type(exc).__name__}: {exc}") from exc
    try:
        _read_msg(message, options, result)
    finally:
        message.close()


def _msg_value(message: Any, attribute: str) -> Any:
    try:
        return getattr(message, attribute, None)
    except Exception as exc:  # noqa: BLE001 - one damaged property must not lose the rest
        log.debug("msg property %s unreadable: %s", attribute, exc)
        return None


def _read_msg(message: Any, options: Options, result: Extraction) -> None:
    shown = {"From": _msg_value(message, "sender"), "To": _msg_value(message, "to"),
             "Cc": _msg_value(message, "cc"), "Bcc": _msg_value(message, "bcc"),
             "Subject": _msg_value(message, "subject")}
    date = _msg_value(message, "date")
    shown["Date"] = email.utils.format_datetime(date) if isinstance(date, datetime) and date.tzinfo else (
        str(date) if date else None)
    if isinstance(date, datetime):
        result.metadata["date"] = date.isoformat()
    for key, name in ADDRESS_KEYS.items():
        if shown[name]:
            result.metadata[key] = str(shown[name])
    if shown["Subject"]:
        result.metadata["subject"] = str(shown["Subject"])
    header = _msg_value(message, "header")
    ids = {"message_id": _msg_value(message, "messageId"), "in_reply_to": _msg_value(message, "inReplyTo"),
           "references": header.get("References") if header is not None else None}
    for key, value in ids.items():
        if value:
            result.metadata[key] = header_text(str(value))
    if _msg_value(message, "classType"):
        result.metadata["msg_class"] = str(_msg_value(message, "classType"))  # IPM.Note, IPM.Appointment ...
    body = _msg_value(message, "body")
    if not body:
        html = _msg_value(message, "htmlBody")
        if html:
            body = html_to_text(decode_bytes(html, None) if isinstance(html, bytes) else html)
    body = (body or "").replace("\r\n", "\n").strip("\n")
    writer = _Writer(options, result)
    for attachment in _msg_value(message, "attachments") or []:
        _msg_attachment(attachment, writer, result)
    text = _page_text(shown, body)
    lang, script = detect(body) if body.strip() else detect(text)
    result.pages.append(Page(1, text, lang=lang, script=script))


def _msg_attachment(attachment: Any, writer: _Writer, result: Extraction) -> None:
    from extract_msg.msg_classes import MSGFile

    name = (_msg_value(attachment, "longFilename") or _msg_value(attachment, "shortFilename")
            or _msg_value(attachment, "displayName") or _msg_value(attachment, "name"))
    data = _msg_value(attachment, "data")
    if isinstance(data, bytes):
        writer.add(name, data, str(_msg_value(attachment, "mimetype") or "application/octet-stream"))
    elif isinstance(data, MSGFile):
        name = name or str(_msg_value(data, "subject") or "")
        if name and not name.lower().endswith(".msg"):
            name += ".msg"
        number = len(writer.result.attachments) + 1
        path = writer.folder / f"attachment-{number:05d}"
        try:
            data.export(str(path))
        except Exception as exc:  # noqa: BLE001 - a damaged embedded message costs only itself
            result.warnings.append(f"attached message {name!r} cannot be exported: {type(exc).__name__}: {exc}")
            return
        writer.result.attachments.append(Attachment(name or f"attachment-{number}.msg", str(path)))
    else:
        result.warnings.append(f"attachment {name!r} is a link or an OLE object ({type(data).__name__}); "
                               "its bytes are not in the message")


# -- PST ---------------------------------------------------------------------------


def _pst_folders(folder: Any, trail: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield trail, folder
    for index in range(folder.number_of_sub_folders):
        sub = folder.get_sub_folder(index)
        name = (sub.name or f"folder-{index + 1}").replace("/", "_").replace("\\", "_")
        yield from _pst_folders(sub, trail + (name if name not in (".", "..") else "_",))


_MIME_FIELDS = ("content-type", "content-transfer-encoding", "mime-version")


def _transport_headers(headers: str) -> list[str]:
    """Return the lines of a PST message's transport headers, less the MIME fields the rebuilt body replaces."""
    lines: list[str] = []
    skipping = False
    for line in headers.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            break
        if line[:1] in (" ", "\t"):
            if not skipping:
                lines.append(line)
            continue
        skipping = line.split(":", 1)[0].strip().lower() in _MIME_FIELDS
        if not skipping:
            lines.append(line)
    return lines


def _pst_message(item: Any) -> bytes:
    """Rebuild one PST message as RFC 822 bytes: its transport headers, then its bodies and attachments as MIME."""
    mime = EmailMessage(policy=POLICY)
    plain, html = item.plain_text_body, item.html_body
    if plain:
        mime.set_content(decode_bytes(plain, "utf-8"))
    if html:
        html_text = decode_bytes(html, None)
        if plain:
            mime.add_alternative(html_text, subtype="html")
        else:
            mime.set_content(html_text, subtype="html")
    for index in range(item.number_of_attachments):
        attachment = item.get_attachment(index)
        name = attachment.long_filename or f"attachment-{index + 1}.bin"
        size = attachment.size or 0
        data = attachment.read_buffer(size) if size else b""
        maintype, _, subtype = (mimetypes.guess_type(name)[0] or "application/octet-stream").partition("/")
        mime.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    headers = _transport_headers(item.transport_headers or "")
    if not headers:  # a message never sent (a draft, a note) has no transport headers
        when = item.client_submit_time or item.delivery_time
        fields = {"From": item.sender_name, "Subject": item.subject,
                  "Date": email.utils.format_datetime(when.replace(tzinfo=timezone.utc)) if when else None}
        headers = [k + ": " + re.sub(r"[\r\n]+", " ", v) for k, v in fields.items() if v]
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=POLICY.clone(linesep="\r\n")).flatten(mime)
    return ("\r\n".join(headers) + "\r\n").encode("utf-8", "surrogateescape") + buffer.getvalue()


def read_pst(path: Path, options: Options, result: Extraction) -> None:
    """Make each message of an Outlook PST a child .eml rebuilt from its properties; the page lists them."""
    import pypff

    store = pypff.file()
    try:
        store.open(str(path))
    except OSError as exc:
        # libpff chains its call stack into one message ending in the file's path: keep the root cause.
        causes = [c.split(": ", 1)[-1] for c in str(exc).split(". ") if c.startswith("libpff_")]
        detail = f" (libpff: {causes[0]})" if causes else ""
        raise DataError(f"Outlook PST cannot be opened; it is damaged, truncated or not a PST{detail}") from exc
    writer = _Writer(options, result)
    parser = email.parser.BytesHeaderParser(policy=email.policy.compat32)
    lines: list[str] = []
    try:
        for trail, folder in _pst_folders(store.get_root_folder(), ()):
            for index in range(folder.number_of_sub_messages):
                number = len(lines) + 1
                name = "/".join(trail + (f"message-{number:04d}.eml",))
                try:
                    data = _pst_message(folder.get_sub_message(index))
                except (OSError, ValueError) as exc:
                    result.warnings.append(f"message {index + 1} of folder {'/'.join(trail)!r} cannot be read: {exc}")
                    continue
                writer.add(name, data, "message/rfc822")
                lines.append(_listing(number, parser.parsebytes(data[:1 << 20])) + f"  [{'/'.join(trail)}]")
    finally:
        store.close()
    result.metadata["message_count"] = str(len(lines))
    text = "\n".join(lines)
    lang, script = detect(text)
    result.pages.append(Page(1, text, lang=lang, script=script))


# -- the extractor --------------------------------------------------------------------


class EmailExtractor(Extractor):
    """E-mail in every common container: eml, emlx, mbox, Outlook msg and PST."""

    name = "email"
    mimes = frozenset({"message/rfc822", "message/news", "application/mbox", "application/vnd.ms-outlook",
                       "application/vnd.ms-outlook-pst", "application/x-mbox"})

    @classmethod
    def sniff(cls, head: bytes) -> bool:
        """Return True when the first bytes of a file are mail whatever libmagic called it (eml, emlx, mbox)."""
        return kind_of(head) in ("eml", "emlx", "mbox")

    @classmethod
    def version(cls) -> str:
        from importlib.metadata import version

        return f"email (extract-msg {version('extract-msg')}, libpff-python {version('libpff-python')})"

    def extract(self, path: Path, mime: str, options: Options) -> Extraction:
        with open(path, "rb") as stream:
            head = stream.read(1 << 16)
        kind = kind_of(head) or ("eml" if mime.startswith("message/") else None)
        result = Extraction(self.version(), metadata={"format": kind or "unknown"})
        if kind == "msg":
            read_msg(path, options, result)
        elif kind == "pst":
            read_pst(path, options, result)
        elif kind == "mbox":
            read_mbox(path, options, result)
        elif kind == "emlx":
            read_emlx(path.read_bytes(), options, result)
        elif kind == "eml":
            read_message(path.read_bytes(), options, result)
        else:
            raise DataError(f"not an e-mail format dossier reads (libmagic said {mime}); "
                            "the original is preserved")
        return result

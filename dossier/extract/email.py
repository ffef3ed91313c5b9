"""E-mail: RFC 822 messages (eml), Apple Mail emlx and mbox folders; one extractor for every mail format.

A message becomes one page: a block of the headers a reader wants (From, To, Cc, Bcc,
Date, Subject) and then the body, plain text where the sender wrote one, otherwise the
HTML converted to text (parsed, never rendered: no script runs, nothing is fetched).
Headers also become metadata. Every attachment, inline image and forwarded message
becomes a child document with the name the sender gave it, read in turn.

A folder of messages (mbox, PST) is split into one child document per message, so each
mail is a document with its own attachments; the folder's own page lists the subjects.
mbox children are the exact bytes between the separator lines.

Leaked mail is often broken: mixed CRLF/LF lines, raw 8-bit GBK or Big5 headers,
charsets declared as gb2312 but holding GBK characters. Decoding therefore widens
Chinese charsets to their supersets and falls back to charset detection; a message that
the parser finds defects in is still read, with the defects as warnings.

Files reach this extractor by MIME type or, because libmagic often calls a message
``text/plain`` or ``text/html``, by ``sniff`` recognising header lines at the start.
Outlook msg files and PST stores are read in ``outlook.py``; the decoding, page layout
and attachment writing that every format shares are in ``mailtext.py``.
"""

from __future__ import annotations

import base64
import codecs
import email
import email.parser
import email.policy
import io
import plistlib
import quopri
import re
from datetime import datetime, timezone
from email.generator import BytesGenerator
from email.message import Message
from pathlib import Path
from typing import Iterator

from ..errors import DataError
from .base import Extraction, Extractor, Options, Page
from .language import detect
from .mailtext import (ADDRESS_KEYS, POLICY, SHOWN_HEADERS, _has_surrogates, _listing, _page_text, _Writer,
                       decode_bytes, header_text, html_to_text, iso_date)
from .outlook import read_msg, read_pst

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PST_MAGIC = b"!BDN"
ID_KEYS = {"message_id": "Message-ID", "in_reply_to": "In-Reply-To", "references": "References"}

# Header fields typical of mail (not of HTTP dumps or notes): a head needs one to count as a message.
MAIL_FIELDS = {b"from", b"to", b"cc", b"subject", b"message-id", b"received", b"return-path", b"delivered-to",
               b"mime-version", b"in-reply-to", b"references", b"x-mailer", b"reply-to", b"sender"}
KNOWN_FIELDS = MAIL_FIELDS | {b"date", b"content-type", b"content-transfer-encoding", b"x-originating-ip"}
_FIELD = re.compile(rb"^([!-9;-~]+)[ \t]*:")
_MBOX_FROM = re.compile(rb"^From \S+ +[A-Z][a-z]{2} +[A-Z][a-z]{2} +\d{1,2} +\d{1,2}:\d{2}")
_EMLX_COUNT = re.compile(rb"^(\d+)[ \t]*\r?\n")


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


# -- one RFC 822 message ------------------------------------------------------------------


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

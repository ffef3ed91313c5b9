"""Outlook mail: msg files (extract-msg) and PST stores (libpff), read for the e-mail extractor.

A msg becomes one page like any message (``mailtext.py``): the headers a reader wants,
then the body, plain text where there is one, otherwise the HTML converted to text; its
attachments become child documents, an attached msg exported as a file of its own. A
non-Unicode msg that does not declare its code page is read in the one its other
properties point to.

PST stores hold no RFC 822 bytes at all: each message is rebuilt as an .eml from its
transport headers, bodies and attachments (libpff), a derived copy; the PST itself stays
the original. Each message becomes a child document; the store's own page lists them.
"""

from __future__ import annotations

import codecs
import email.parser
import email.policy
import email.utils
import io
import logging
import mimetypes
import re
from datetime import datetime, timezone
from email.generator import BytesGenerator
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Iterator

from ..errors import DataError
from .base import Attachment, Extraction, Options, Page
from .language import detect
from .mailtext import ADDRESS_KEYS, POLICY, _listing, _page_text, _Writer, decode_bytes, header_text, html_to_text

log = logging.getLogger(__name__)


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

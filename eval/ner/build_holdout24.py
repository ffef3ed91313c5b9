r"""Build eval/ner/holdout24.jsonl: a twenty-fourth held-out NER set, rich in patterns, sampled by seed, labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()` below, then labelled
by reading, following the "Labelling rules" of README.md (with the recommendations of "Where the sets disagree") and
the decisions recorded in build.py and build_holdout.py … build_holdout22.py (the NEW h7 … NEW h22 decisions
included). The labeller did not read anything of the extractor (dossier/), the tests, docs/ or bench/, did not run it,
bench/ner_eval.py, the tests, the project's date/phone finders or any date or phone parser, segmenter, NER or POS tool
on these sentences, and did not look at what any tool predicts for them. The set has never been scored. Like holdout4,
holdout8, holdout10 … holdout22 it is meant to be rich in patterns (dates, phones, e-mail addresses, URLs, document
numbers, PRC ID numbers); every entity type the rules define is labelled, names (person, org, place) included.

    python eval/ner/build_holdout24.py            # write holdout24.jsonl from ITEMS, print counts
    python eval/ner/build_holdout24.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout24.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The reading code (the fixture
documents, the Constitution's English half, the Chinese sentence split, law markdown cleaning, docx paragraphs), seen,
first_occurrences and sample are copied from build_holdout22.py (seen_texts too, extended to build_holdout22.py), not
imported, so that no later edit of that file changes this draw. New here: the cap of 30 lines a file, the legacy
office formats read through LibreOffice, .tsv and .json read by their lines, and sample()'s replacements cut where a
longer draw would not extend the sample. Every pool leaves out texts that overlap a text of build.py or
build_holdout.py … build_holdout22.py (the text is in one of those files' source, or contains or is contained in one
of their ITEMS texts), so none of holdout22's lines, and keeps only the first occurrence of a text that recurs.
build_holdout23.py (written by another helper at the same time) is not among the seen files.

1. docs24-<file>: the documents (not mail) of ingest-fixtures, read as build_holdout22.py reads them (its draw 1: PDF
   by pdftotext; DOCX, PPTX, XLSX, ODT by their XML text runs; RTF by a group-stack reader; TXT, CSV, VCF, ICS by
   their decoded lines; HTML by its text, a line per block; MSG with extract_msg), with its NOT_ENGLISH and GARBLED
   files left out. New here: .doc, .xls and .ppt through LibreOffice (soffice --headless --convert-to, in a throw-away
   profile: a .doc to UTF-8 text, a .xls to the CSV of its first sheet, a .ppt to .pptx read like the .pptx files),
   .tsv and .json by their lines like .txt and .csv. Also left out whole, by reading: rom.xls (Romanian, NOT_ENGLISH)
   and slides.ppt (CONVERTER_TEXT: its only lines with a digit are date and time fields that LibreOffice fills with
   the time of the conversion). password_protected.xls cannot be loaded, INV-IN174074-2016-386.doc gives no text,
   ofac.json's lines are all longer than 200 characters, and the other .doc files hold no line with a digit, so only
   doc.doc (6 lines), INDEX.tsv (24) and example_2.json (4) come from the new formats. Each line stripped, its
   whitespace collapsed, kept if 10-200 characters, holding a digit, an '@', 'http' or 'www', readable() (as
   holdout22), not seen and not already taken; at most 30 such lines a file (PER_FILE; 15 in holdout22), the first in
   reading order. The pool holds 259 lines of 23 files (four reach the cap: the court judgment 106972554.pdf,
   countries.csv, full-bmp.txt and the Dorset menu), more than 110, so random.Random(25251).sample(…, 110). --sample
   and --check need LibreOffice (soffice) for doc.doc's lines.
2. const24: zh-docs/bilingual/constitution_prc_2018_zh_en_parallel.md, its English half read and split as in
   build_holdout22.py, sentences of 15-200 characters with a digit (pool 130: holdout22's 155 less the 25 it took);
   random.Random(25252).sample(…, 10).
3. zh24-gov-work-reports, zh24-law-*: Chinese sentences, split after 。！？； , 15-120 characters, from every line of the
   national reports JSONL (all years) and every law in zh-docs/prc-laws-lawrefbook (as build_holdout22.py), kept if
   PATTERN_ZH matches (年 after a digit or a Chinese numeral, 〔, 号, or a phone/e-mail cue 电话, 传真, 邮箱, 网址) or the
   sentence holds a run of 7 or more digits; pooled reports first, then laws (pool 2510);
   random.Random(25253).sample(…, 150).
4. zh24-prov-*: the 2025 government work reports of all 31 provinces (docx, file-name order), split, kept by length
   and cues the same way (pool 147); random.Random(25254).sample(…, 20).
Seeds 25251-25254 are used; 25255 was not needed. The sizes were set before any labelling: 110 for draw 1 as planned;
draws 2-4 were first set at 20, 110 and 40, then, after the drawn candidates had been read and before any was
labelled, changed to 10, 150 and 20: the documents left after holdout22 are menus, country rows, Unicode block names
and file paths, with far fewer patterns than holdout22's lines, and the first sizes would have fallen short of 130
pattern entities. Draw 2's 10 are the first 10 of its 20 and draw 3's 150 extend its 110 (random.sample draws both
sizes by the same method); draw 4's 20 are a new draw (20 and 40 of 147 are drawn by different methods), 19 of them
among the first 20 of the 40.
sample() gives each draw up to 15 replacements, as many as extend the sample (docs24 15, const24 11, zh24 15,
zh24-prov 1).

A sampled text that is garbled (base64, markup debris, broken encoding) is dropped, with a comment where it would have
been, and replaced by the next candidate of the same random order. Two were dropped, docs24 #016 and #059: the vCard's
quoted-printable lines, the name's bytes written as =C3=BC escapes; #110 and #111 replace them, listed after #109. The
iCalendar and vCard property lines, the file paths of INDEX.tsv, the JSON lines, the soft hyphens of the court
judgment and the spaced-out letters of the menu's e-mail address are readable text of their files and were kept, as
said on their items. All the draws were labelled in full; none was cut short.

As in holdout8 … holdout22, the Chinese pools match 年 after any Chinese numeral, so many of their sentences hold only
durations (三年以下有期徒刑, 五年行动): those are labelled as drawn, with no date. The decisions this set adds are marked NEW h24
on their items (8 of them).

The commit log of the extractor (201b407) names pattern fixes "found in the ingest fixtures' documents outside
holdout22": docs24's lines may have been read while the extractor was written, so its score on them may flatter it.
That note names the fixture documents only.

Result: 290 sentences (110 docs24, 10 const24, 115 zh24 national reports, 35 zh24 laws, 20 zh24-prov), 253 entities:
114 date, 8 email, 7 url, 3 phone (132 pattern entities), 71 place, 41 org, 9 person. No docno or id_number was drawn.
By group: docs24 18 date, 8 email, 7 url, 3 phone (36 patterns), 37 place, 14 org, 4 person (53 of its 110 lines hold
an entity); const24 2 place, 1 org (3 of 10); zh24 national reports 90 date, 18 place, 17 org, 5 person (73 of 115);
zh24 laws 2 date, 3 org, 1 place (3 of 35); zh24-prov 4 date, 13 place, 6 org (10 of 20).
"""

from __future__ import annotations

import html.parser
import json
import random
import re
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import holdouts  # noqa: E402  (the shared command line; build.spans computes and checks offsets)

CORPUS = HERE.parent.parent.parent / "shared" / "corpus"          # /work/shared/corpus
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
X = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
PATTERN_ZH = re.compile(r"[\d〇一二三四五六七八九]年|〔|号|电话|传真|邮箱|网址")
LONG_DIGITS = re.compile(r"\d{7,}")
MSG_HEADERS = ("Date", "From", "To", "Cc", "Sent")
DOC_SUFFIXES = (".pdf", ".docx", ".odt", ".xlsx", ".pptx", ".rtf", ".txt", ".csv", ".html", ".htm", ".vcf", ".ics",
                ".ical", ".msg", ".doc", ".xls", ".ppt", ".tsv", ".json")
PER_FILE = 30
# Files left out whole, by reading their text: not English (German, Greek, Russian, Japanese, Arabic, Chinese read as
# mojibake, a mixed-language sample) or garbled (a PDF whose text layer is font-encoded glyph debris).
NOT_ENGLISH = {"aleph-ingest-file/udhr_ger.pdf", "aleph-ingest-file/udhr_ger.txt", "aleph-ingest-file/piste.msg",
               "aleph-ingest-file/countries_nonutf.csv", "aleph-ingest-file/greek.pdf",
               "apache-tika/russian.cp866.txt", "apache-tika/multi-language.txt", "apache-tika/testRTFJapanese.rtf",
               "apache-tika/testRTF-ms932.rtf", "apache-tika/testArabicMisleadingCharset.html",
               "apache-tika/testMSG_chinese.msg"}
GARBLED = {"aleph-ingest-file/example.pdf"}
# New here: Romanian (a Moldovan procurement register, read as not English like the German and Greek files above).
NOT_ENGLISH |= {"aleph-ingest-file/rom.xls"}
# New here: a slide deck whose only text with a digit is its date and time fields, which LibreOffice fills with the date
# and time of the conversion (not text of the file, and different at every run).
CONVERTER_TEXT = {"aleph-ingest-file/slides.ppt"}
TYPOGRAPHIC = set("’‘“”–—•…£€©®™°\xa0\xad·")


# -- reading code, copied from build_holdout22.py (its Chinese part from build_holdout20.py, itself from
# build_holdout18.py … build_holdout4.py and build_holdout6.py) so that all sets are read alike -----------------------

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- the documents of ingest-fixtures (not mail), as build_holdout22.py reads them ------------------------------------

def pdf_lines(path: Path) -> list[str]:
    """The lines pdftotext (poppler, default reading order, UTF-8) gives; none for a PDF it cannot open."""
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    return done.stdout.decode("utf-8", "replace").splitlines() if done.returncode == 0 else []


def xml_paragraphs(data: bytes, para: str, run: str) -> list[str]:
    """Each `para` element's `run` texts joined."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return []
    return ["".join(t.text or "" for t in p.iter(run)) for p in root.iter(para)]


def odf_paragraphs(data: bytes) -> list[str]:
    """Each text:p and text:h element's text (all its descendants' text joined)."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return []
    return ["".join(el.itertext()) for el in root.iter() if el.tag in (ODF_TEXT + "p", ODF_TEXT + "h")]


def zipped_lines(path: Path) -> list[str]:
    """The text runs of an office file's XML, a paragraph a line: DOCX word/document, headers, footers, footnotes,
    endnotes and comments (w:p of w:t); PPTX slides, notes (a:p of a:t) and comments (p:cm of p:text); XLSX the shared
    strings (each string item, si of t); ODT content.xml (text:p and text:h). Parts in name order; none for a file that
    is not a zip (an encrypted one)."""
    try:
        z = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        return []
    out = []
    for name in sorted(z.namelist()):
        if path.suffix == ".docx" and re.fullmatch(r"word/(document|header\d*|footer\d*|footnotes|endnotes|comments)"
                                                   r"\.xml", name):
            out += xml_paragraphs(z.read(name), W + "p", W + "t")
        elif path.suffix == ".pptx" and re.fullmatch(r"ppt/(slides/slide|notesSlides/notesSlide)\d+\.xml", name):
            out += xml_paragraphs(z.read(name), A + "p", A + "t")
        elif path.suffix == ".pptx" and re.fullmatch(r"ppt/comments/comment\d+\.xml", name):
            out += xml_paragraphs(z.read(name), P + "cm", P + "text")
        elif path.suffix == ".xlsx" and name == "xl/sharedStrings.xml":
            out += xml_paragraphs(z.read(name), X + "si", X + "t")
        elif path.suffix == ".odt" and name == "content.xml":
            out += odf_paragraphs(z.read(name))
    return out


RTF_DESTINATIONS = {
    "aftncn", "aftnsep", "aftnsepc", "annotation", "atnauthor", "atndate", "atnicn", "atnid", "atnparent", "atnref",
    "atntime", "atrfend", "atrfstart", "author", "background", "bkmkend", "bkmkstart", "blipuid", "buptim", "category",
    "colorschememapping", "colortbl", "comment", "company", "creatim", "datafield", "datastore", "defchp", "defpap",
    "do", "doccomm", "docvar", "dptxbxtext", "ebcend", "ebcstart", "factoidname", "falt", "fchars", "ffdeftext",
    "ffentrymcr", "ffexitmcr", "ffformat", "ffhelptext", "ffl", "ffname", "ffstattext", "field", "file", "filetbl",
    "fldinst", "fldtype", "fname", "fontemb", "fontfile", "fonttbl", "footer", "footerf", "footerl", "footerr",
    "footnote", "formfield", "ftncn", "ftnsep", "ftnsepc", "g", "generator", "gridtbl", "header", "headerf", "headerl",
    "headerr", "hl", "hlfr", "hlinkbase", "hlloc", "hlsrc", "hsv", "htmltag", "info", "keycode", "keywords",
    "latentstyles", "lchars", "levelnumbers", "leveltext", "lfolevel", "linkval", "list", "listlevel", "listname",
    "listoverride", "listoverridetable", "listpicture", "liststylename", "listtable", "listtext", "lsdlockedexcept",
    "mailmerge", "manager", "mmath", "mmathPict", "mmathPr", "nesttableprops", "nextfile", "nonesttables", "objalias",
    "objclass", "objdata", "object", "objname", "objsect", "objtime", "oldcprops", "oldpprops", "oldsprops",
    "oldtprops", "oleclsid", "operator", "panose", "password", "passwordhash", "pgp", "pgptbl", "picprop", "pict",
    "pn", "pnseclvl", "pntext", "pntxta", "pntxtb", "printim", "private", "propname", "protend", "protstart",
    "protusertbl", "pxe", "result", "revtbl", "revtim", "rsidtbl", "rxe", "shp", "shpgrp", "shpinst", "shppict",
    "shprslt", "shptxt", "sn", "sp", "staticval", "stylesheet", "subject", "sv", "svb", "tc", "template", "themedata",
    "title", "txe", "ud", "upr", "userprops", "wgrffmtfilter", "windowcaption", "writereservation", "writereservhash",
    "xe", "xform", "xmlattrname", "xmlattrvalue", "xmlclose", "xmlname", "xmlnstbl", "xmlopen",
}
RTF_SPECIAL = {"par": "\n", "sect": "\n", "page": "\n", "line": "\n", "row": "\n", "nestrow": "\n", "tab": "\t",
               "cell": " ", "nestcell": " ", "emdash": "\u2014", "endash": "\u2013", "emspace": "\u2003",
               "enspace": "\u2002", "qmspace": "\u2005", "bullet": "\u2022", "lquote": "\u2018", "rquote": "\u2019",
               "ldblquote": "\u201c", "rdblquote": "\u201d"}
RTF_TOKEN = re.compile(r"\\([a-z]{1,32})(-?\d{1,10})?[ ]?|\\'([0-9a-f]{2})|\\([^a-z])|([{}])|[\r\n]+|(.)",
                       re.I | re.S)


def rtf_text(text: str) -> str:
    """The plain text of an RTF document, read with the usual group stack: destinations (font and colour tables,
    pictures, fields' instructions, {\\*…} groups …) skipped; \\uN taken with its \\ucN fallback characters skipped;
    \\'hh bytes in the document's code page (\\ansicpgN, else cp1252)."""
    stack, ignorable, ucskip, curskip, out, encoding = [], False, 1, 0, [], "cp1252"
    for m in RTF_TOKEN.finditer(text):
        word, arg, hexcode, char, brace, tchar = m.groups()
        if brace:
            curskip = 0
            if brace == "{":
                stack.append((ucskip, ignorable))
            elif stack:
                ucskip, ignorable = stack.pop()
        elif char:
            curskip = 0
            if char == "*":
                ignorable = True
            elif not ignorable and char == "~":
                out.append("\xa0")
            elif not ignorable and char in "{}\\":
                out.append(char)
        elif word:
            curskip = 0
            if word in RTF_DESTINATIONS:
                ignorable = True
            elif word == "ansicpg" and arg:
                encoding = "cp" + arg
            elif ignorable:
                pass
            elif word in RTF_SPECIAL:
                out.append(RTF_SPECIAL[word])
            elif word == "uc" and arg:
                ucskip = int(arg)
            elif word == "u" and arg:
                c = int(arg)
                out.append(chr(c + 65536 if c < 0 else c))
                curskip = ucskip
        elif hexcode:
            if curskip > 0:
                curskip -= 1
            elif not ignorable:
                try:
                    out.append(bytes([int(hexcode, 16)]).decode(encoding))
                except (LookupError, UnicodeDecodeError):
                    out.append("?")
        elif tchar:
            if curskip > 0:
                curskip -= 1
            elif not ignorable:
                out.append(tchar)
    return "".join(out)


CHARSET_IN_NAME = re.compile(r"\.(cp\d+|utf-?(?:8|16)(?:le|be)?|iso-?8859-\d+)$", re.I)


def decode(data: bytes, path: Path) -> str:
    """A text file's text: by its byte-order mark; else by a charset named as the last dotted part of its stem
    (english.cp500.txt); else UTF-8; else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    named = CHARSET_IN_NAME.search(path.stem)
    if named:
        return data.decode(named.group(1), "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


class _HTMLText(html.parser.HTMLParser):
    """Text of an HTML page, a line break at each block element and table cell; script and style skipped."""
    BLOCK = {"p", "br", "div", "tr", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "title", "table", "ul",
             "ol", "dt", "dd", "blockquote", "pre", "section", "article", "header", "footer", "hr", "address"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data.replace("\n", " "))


def html_lines(text: str) -> list[str]:
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts).splitlines()


def msg_lines(path: Path) -> list[str]:
    """An Outlook .msg (read with extract_msg): the Date/From/To/Cc/Sent lines of its transport header ('Name: value',
    as mail20 in build_holdout20.py), then the lines of its plain-text body; attachments (embedded messages included)
    are not read; none for a file extract_msg cannot open."""
    import extract_msg
    try:
        msg = extract_msg.openMsg(str(path))
    except Exception:  # noqa: BLE001  (any failure to open: the file is skipped)
        return []
    out = []
    try:
        header = msg.header
        out += [f"{name}: {value}" for name, value in (header.items() if header is not None else [])
                if name.lower() in {h.lower() for h in MSG_HEADERS}]
    except Exception:  # noqa: BLE001
        pass
    try:
        out += (msg.body or "").splitlines()
    except Exception:  # noqa: BLE001
        pass
    msg.close()
    return out


def soffice_lines(path: Path) -> list[str]:
    """New here: the text of a legacy binary office file as LibreOffice gives it (soffice --headless --convert-to, in a
    throw-away profile): a .doc as UTF-8 text, a .xls as the CSV of its first sheet, a .ppt converted to .pptx and read
    by zipped_lines; none for a file LibreOffice cannot load (a password-protected one)."""
    import tempfile
    target, suffix = {".doc": ("txt:Text (encoded):UTF8", ".txt"), ".xls": ("csv", ".csv"),
                      ".ppt": ("pptx", ".pptx")}[path.suffix]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", target,
                        "--outdir", tmp, str(path)], capture_output=True, timeout=300)
        out = Path(tmp) / (path.stem + suffix)
        if not out.exists():
            return []
        return zipped_lines(out) if suffix == ".pptx" else decode(out.read_bytes(), out).splitlines()


def document_lines(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        return pdf_lines(path)
    if path.suffix in (".doc", ".xls", ".ppt"):
        return soffice_lines(path)
    if path.suffix in (".docx", ".odt", ".xlsx", ".pptx"):
        return zipped_lines(path)
    if path.suffix == ".msg":
        return msg_lines(path)
    data = path.read_bytes()
    if path.suffix == ".rtf":
        return rtf_text(data.decode("latin-1")).splitlines()
    text = decode(data, path)  # .txt, .csv, .vcf, .ics, .ical and (new here) .tsv and .json: their lines
    return html_lines(text) if path.suffix in (".html", ".htm") else text.splitlines()


BASE64ISH = re.compile(r"[A-Za-z0-9+/=]{40,}")


def readable(line: str) -> bool:
    """Not binary junk: no control, private-use or replacement character; at most 2 characters beyond ASCII that are
    not typographic punctuation (so mojibake and non-Latin text fail, a name with an accent passes); no base64-like run
    of 40 or more characters."""
    if any(unicodedata.category(c) in ("Cc", "Co", "Cs") or c == "\ufffd" for c in line):
        return False
    if sum(1 for c in line if ord(c) > 127 and c not in TYPOGRAPHIC) > 2:
        return False
    return not BASE64ISH.search(line)


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,…,22}.py, and the texts of their ITEMS."""
    import importlib
    files = ["build.py", "build_holdout.py"] + [f"build_holdout{i}.py" for i in range(2, 23)]
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = [importlib.import_module(f.removesuffix(".py")) for f in files]
    return source, [t for m in modules for _, t, _ in m.ITEMS]


def seen(s: str, source: str, texts: list[str]) -> bool:
    return s in source or any(s in t or t in s for t in texts)


def first_occurrences(pool: list[tuple[str, str]]) -> list[tuple[str, str]]:
    kept, texts = [], set()
    for source, s in pool:
        if s not in texts:
            texts.add(s)
            kept.append((source, s))
    return kept


def docs24_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out, taken = [], set()
    root = CORPUS / "ingest-fixtures"
    paths = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in DOC_SUFFIXES)
    for path in paths:
        rel = path.relative_to(root).as_posix()
        if rel in NOT_ENGLISH or rel in GARBLED or rel in CONVERTER_TEXT:
            continue
        kept = 0
        for line in document_lines(path):
            line = re.sub(r"\s+", " ", line).strip()
            if (kept < PER_FILE and 10 <= len(line) <= 200 and line not in taken
                    and (re.search(r"\d", line) or "@" in line or "http" in line or "www" in line)
                    and readable(line) and not seen(line, source, texts)):
                out.append((f"docs24-{path.name}", line))
                taken.add(line)
                kept += 1
    return out


def const24_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    path = CORPUS / "zh-docs/bilingual/constitution_prc_2018_zh_en_parallel.md"
    for line in path.read_text(encoding="utf-8").splitlines():
        if re.search(r"[\u4e00-\u9fff]", line) or not re.search(r"[A-Za-z]", line):
            continue
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])|(?<=;)\s+", re.sub(r"\s+", " ", line).strip()):
            s = s.strip()
            if 15 <= len(s) <= 200 and re.search(r"\d", s) and not seen(s, source, texts):
                out.append(("const24", s))
    return first_occurrences(out)


def zh24_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    path = CORPUS / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        for para in json.loads(line)["content"].splitlines():
            out += [("zh24-gov-work-reports", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and (PATTERN_ZH.search(s) or LONG_DIGITS.search(s))
                    and not seen(s, source, texts)]
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"zh24-law-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and (PATTERN_ZH.search(s) or LONG_DIGITS.search(s))
                    and not seen(s, source, texts)]
    return first_occurrences(out)


def zh24_provincial_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "zh-docs/provincial-work-reports-2025-docx").glob("gov_work_report_2025_*.docx")):
        prov = path.stem.removeprefix("gov_work_report_2025_")
        for para in docx_paragraphs(path):
            out += [(f"zh24-prov-{prov}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and (PATTERN_ZH.search(s) or LONG_DIGITS.search(s))
                    and not seen(s, source, texts)]
    return first_occurrences(out)


DRAWS = [(docs24_candidates, 25251, 110), (const24_candidates, 25252, 10), (zh24_candidates, 25253, 150),
         (zh24_provincial_candidates, 25254, 20)]


def sample(extra: int = 15) -> list[list[tuple[str, str]]]:
    """Each draw's random order: the first n are the sample, the next extras are replacements in order.
    A draw asks for min(n, len(pool)) and its extras only as far as the pool goes. New here: and only as far as the
    longer draw extends the sample (random.sample draws small and large samples by different methods, so n + 15 of a
    pool need not begin with the n; the extras are cut, never the sample)."""
    out = []
    for candidates, seed, n in DRAWS:
        pool = candidates()
        n = min(n, len(pool))
        first = random.Random(seed).sample(pool, n)
        more = min(extra, len(pool) - n)
        while more and random.Random(seed).sample(pool, n + more)[:n] != first:
            more -= 1
        drawn = random.Random(seed).sample(pool, n + more)
        assert drawn[:n] == first, "the longer draw must extend the sample"
        out.append(drawn)
    return out


# fmt: off
ITEMS: list[tuple[str, str, str]] = [
    # Labelled blind, by reading only, per the "Labelling rules" of README.md (following the recommendations of "Where
    # the sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout22.py (the NEW h7 …
    # NEW h22 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans). Comments on an item record how an ambiguous case was decided; those marked NEW h24 are
    # decisions no earlier set had to make. #NNN = position in the seeded order. Two texts were dropped as garbled
    # (docs24 #016 and #059, quoted-printable-encoded text), each replaced by the next candidate of its draw's order
    # (#110, #111), listed after #109.
    # -- documents of ingest-fixtures (not mail): lines with a digit, '@', 'http' or 'www', at most 30 a file, none
    # taken by an earlier set; pool 259, Random(25251).sample(…, 110), in sampled order
    # #000: the dish (Chicken Caesar) is named after no person meant here (as Vegetable Wellington, h22 #102)
    ('docs24-the-dorset-food-menu.pdf', 'Chicken Caesar £10.0',
     ''),
    # #001: the code columns are codes, not places (h22 #025)
    ('docs24-countries.csv', 'BRUNEI,,,BRN,BN,BRU,096,Brunei Darussalam,',
     'place:BRUNEI | place:Brunei Darussalam'),
    # #002: a script's name and its code points are nothing (h22 #019)
    ('docs24-full-bmp.txt', 'Telugu (U+0C00-U+0C7F):',
     ''),
    # #003: as h22 #036: surname and given-name cells one span, the row number nothing, a French mobile a phone
    ('docs24-csv_document.csv', '7,Roux,Julie,julie.roux@example.com,Lille,0678901234',
     'person:Roux,Julie | email:julie.roux@example.com | place:Lille | phone:0678901234'),
    # #004: RHEL AS 4 is a product
    ('docs24-english.cp500.txt', 'distributions from Red Hat (RHEL AS 4) and SUSE',
     'org:Red Hat | org:SUSE'),
    # #005: a vCard label
    ('docs24-john-doe.vcf', 'item5.X-ABLabel:_$!<Friend>!$_',
     ''),
    # #006: a file name and its path in a source tree: no name, no date
    ('docs24-INDEX.tsv', 'russian.cp866.txt tika-parsers/tika-parsers-standard/tika-parsers-standard-modules/tika-parser-text-module/src/test/resources/test-documents/russian.cp866.txt',
     ''),
    # #007: the iCalendar escape '\n' before it is an escaped line break, not part of the URL (h22 #063)
    ('docs24-event.ical', '\\nhttp://AmericanHistoryCalendar.com',
     'url:http://AmericanHistoryCalendar.com'),
    ('docs24-full-bmp.txt', 'Myanmar (U+1000-U+109F):',
     ''),
    # #009: a form's placeholder (h22 #055)
    ('docs24-testPDF_XFA_govdocs1_258578.pdf', '2. my_teacher_name2',
     ''),
    ('docs24-full-bmp.txt', 'Devanagari (U+0900-U+097F):',
     ''),
    # #011: the speeds (10/100/1000) are no date
    ('docs24-english.cp500.txt', 'Å Dual ported Ethernet 10/100/1000 Mbps controller',
     ''),
    # #012: NEW h24: in a mailto link with a query ('?subject=help') the address alone is the email: the scheme is left
    # out like a label (h8 #076) and the query, which is no part of the address, is left out too
    ('docs24-testEXCEL_hyperlinks.xlsx', 'mailto:user@tika.apache.org?subject=help',
     'email:user@tika.apache.org'),
    ('docs24-the-dorset-food-menu.pdf', 'Soup of The Day £7.0',
     ''),
    # #014: the '04' at the end is the day of a date cut by the line (no month, no year here): a bare remnant, not
    # labelled
    ('docs24-106972554.pdf', 'Singapore; and (b) the text of the document as issued on 04',
     'place:Singapore'),
    ('docs24-106972554.pdf', 'annum from 31 August 2018 to the date of this Judgement; and',
     'date:31 August 2018'),
    # #016: quoted-printable-encoded text (the vCard name's bytes written as =C3=BC escapes), broken encoding: dropped,
    # replaced by #110: 'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Max M=C3=BC=C3=BC='
    ('docs24-the-dorset-food-menu.pdf', 'Marinated Chicken Wings £7.5',
     ''),
    # #018: soft hyphens between the date's parts kept as written (h22 #009)
    ('docs24-106972554.pdf', '04\xadMarch\xad2020',
     'date:04\xadMarch\xad2020'),
    # #019: an iCalendar date in the basic format (NEW h22, h22 #011)
    ('docs24-event.ical', 'DTSTART:20080212',
     'date:20080212'),
    # #020: PowerPC 970 is a product, its maker labelled
    ('docs24-english.cp500.txt', 'With leading-edge IBM PowerPCî 970 processor technology and',
     'org:IBM'),
    # #021: the iCalendar version
    ('docs24-event.ical', 'VERSION:2.0',
     ''),
    # #022: as #003
    ('docs24-csv_document.csv', '3,Leroy,Sophie,sophie.leroy@example.com,Marseille,0634567890',
     'person:Leroy,Sophie | email:sophie.leroy@example.com | place:Marseille | phone:0634567890'),
    # #023: the address-format code (h22 #106)
    ('docs24-john-doe.vcf', 'item1.X-ABADR:us',
     ''),
    ('docs24-countries.csv', 'BELIZE,,,BLZ,BZ,BEI,084,Belize,',
     'place:BELIZE | place:Belize'),
    ('docs24-countries.csv', 'BAHRAIN,,,BHR,BH,BAR,048,Bahrain,',
     'place:BAHRAIN | place:Bahrain'),
    ('docs24-countries.csv', 'BHUTAN,,,BTN,BT,BHU,064,Bhutan,',
     'place:BHUTAN | place:Bhutan'),
    # #027: the conference (cut by the line) is an event, the orgs inside labelled (h22 #076)
    ('docs24-EDRM_Micro_Datasets__EDRM.htm', '3rd Annual UF Law/EDRM',
     'org:UF Law | org:EDRM'),
    ('docs24-the-dorset-food-menu.pdf', 'Crispy Calamari £8.5',
     ''),
    # #029: NEW h24: a URL whose scheme is cut by the file's line folding ('htt' ends the line before) still has its
    # host: it is a url labelled for the part present, the remnant of the scheme included (as a name cut by a split,
    # README; a wrapped tail with no host is no url, h4); the org inside is not labelled (flat)
    ('docs24-meetup.ics', 'ps://www.meetup.com/PyBerlin/events/274167788/',
     'url:ps://www.meetup.com/PyBerlin/events/274167788/'),
    ('docs24-english.cp500.txt', 'Å 1- or 2-core SMP design',
     ''),
    # #031: the passport number is nothing (h22 #029)
    ('docs24-106972554.pdf', '(Australia Passport No. N5978283)',
     'place:Australia'),
    # #032: NEW h24: an e-mail address whose letters the PDF's text layer spaces apart (Bookings@Thedorset.co.uk) is an
    # email as written, spaces included, as spaced digits in a date are kept (README: spans as written)
    ('docs24-the-dorset-food-menu.pdf', 'Book i n g s@Thed orset.co.uk',
     'email:Book i n g s@Thed orset.co.uk'),
    ('docs24-example_2.json', '"answer": "4"',
     ''),
    ('docs24-the-dorset-food-menu.pdf', 'Ice cream and Sorbets £4.5',
     ''),
    ('docs24-example_2.json', '"answer": "12"',
     ''),
    # #036: NEW h24: a year that is part of a product's name (Outlook 2003, the 2003 edition) is a bare year inside a
    # longer term, a date, as the year in a film's title (Fantasia 2000, h12 #022); the product itself is not labelled
    ('docs24-test-outlook2003.msg', 'If you want to let us know what you think about Outlook 2003,',
     'date:2003'),
    ('docs24-countries.csv', 'Bulgaria,,,BGR,BG,BUL,100,Bulgaria,',
     'place:Bulgaria | place:Bulgaria#2'),
    ('docs24-example_2.json', '"question": "5 + 7 = ?",',
     ''),
    ('docs24-meetup.ics', 'SEQUENCE:4',
     ''),
    # #040: angle brackets left out (README)
    ('docs24-test-outlook2003.msg', '<http://r.office.microsoft.com/r/rlidOutlookWelcomeMail1?clid=1033> -',
     'url:http://r.office.microsoft.com/r/rlidOutlookWelcomeMail1?clid=1033'),
    ('docs24-countries.csv', 'AZERBAIJAN,,,AZE,AZ,AZE,031,Azerbaijan,',
     'place:AZERBAIJAN | place:Azerbaijan'),
    # #042: the Python user group (NEW h22, h22 #109); a time and a count are nothing
    ('docs24-meetup.ics', '- Welcome to PyBerlin! // Organisers • 19:10 - From idea to 6000 users i',
     'org:PyBerlin'),
    ('docs24-106972554.pdf', '240,000.00',
     ''),
    # #044: a file name and its path: nothing
    ('docs24-INDEX.tsv', 'testRFC822_multipart_attachments.eml tika-parsers/tika-parsers-standard/tika-parsers-standard-modules/tika-parser-mail-module/src/test/resources/test-documents/testRFC822_multipart_attachments.eml',
     ''),
    # #045: NEW h24: a year run onto a word in a file name (outlook2003, the Outlook 2003 mail of #036) is a bare year
    # inside a longer term, a date, as Olympics_2000 (h10 #097) and 2001_Available_Transmission (h8 #028), here in the
    # file name and again in its path
    ('docs24-INDEX.tsv', 'test-outlook2003.msg tika-parsers/tika-parsers-standard/tika-parsers-standard-modules/tika-parser-microsoft-module/src/test/resources/test-documents/test-outlook2003.msg',
     'date:2003 | date:2003#2'),
    ('docs24-the-dorset-food-menu.pdf', 'APPLE PIE £6.5',
     ''),
    ('docs24-full-bmp.txt', 'Cyrillic Supplementary (U+0500-U+052F):',
     ''),
    # #048: the iCalendar parameter (CN=) and the scheme (mailto:) are labels, left out (h8 #076): two emails
    ('docs24-meetup.ics', 'TRUE;CN=pudo@occrp.org;X-NUM-GUESTS=0:mailto:pudo@occrp.org',
     'email:pudo@occrp.org | email:pudo@occrp.org#2'),
    # #049: the bookmarks are a document's headings
    ('docs24-doc.doc', 'This links to The Main Heading Bookmark and The Level 3 Bookmark. That’s it!',
     ''),
    # #050: an access code is a pass code, nothing (README)
    ('docs24-106972554.pdf', 'Access code: 7f6cegsr2',
     ''),
    # #051: the ISO codes are named after their maker, the ISO, an org inside a longer term (as BOEING, README); the
    # code columns are nothing (h22 #025)
    ('docs24-countries.csv', ',ISO codes added 28th Dec. 2010,Netherlands,BES,BQ,BON,535,Bonaire,Geographical; Postal; Currency; Telephone',
     'date:28th Dec. 2010 | org:ISO | place:Netherlands | place:Bonaire'),
    # #052: a UTC offset is nothing (h22 #090)
    ('docs24-meetup.ics', 'TZOFFSETFROM:+0100',
     ''),
    ('docs24-full-bmp.txt', 'Bengali (U+0980-U+09FF):',
     ''),
    ('docs24-countries.csv', 'Australia,,,AUS,AU,AST,036,Australia,',
     'place:Australia | place:Australia#2'),
    # #055: the range shares no unit: each end its own date (README)
    ('docs24-EDRM_Micro_Datasets__EDRM.htm', '© 2005-2015 EDRM LLC',
     'date:2005 | date:2015 | org:EDRM LLC'),
    ('docs24-INDEX.tsv', 'full_encrypted.7z tika-parsers/tika-parsers-standard/tika-parsers-standard-modules/tika-parser-pkg-module/src/test/resources/test-documents/full_encrypted.7z',
     ''),
    # #057: as #019; the time and zone marker left out
    ('docs24-meetup.ics', 'LAST-MODIFIED:20201103T161428Z',
     'date:20201103'),
    # #058: the company's name taken whole with its legal suffix, PNG inside it not labelled again (flat); its defined
    # short form in quotes is an org, the quotes left out
    ('docs24-106972554.pdf', '(A) Payments made to the 5th Defendant by Lifese Engineering (PNG) Limited (“Lifese”)',
     'org:Lifese Engineering (PNG) Limited | org:Lifese#2'),
    # #059: quoted-printable-encoded text (=C3=BC=C3=BC=C3=BCller), broken encoding: dropped, replaced by #111:
    # '=C3=BC=C3=BC=C3=BCller'
    # #060: the weekday left out (README)
    ('docs24-EDRM_Micro_Datasets__EDRM.htm', 'Fri, Nov 06, 2015',
     'date:Nov 06, 2015'),
    # #061: geographic coordinates are nothing
    ('docs24-event.ical', 'GEO:37.5739497;-85.7399606',
     ''),
    ('docs24-countries.csv', 'BOTSWANA,,,BWA,BW,BOT,072,Botswana,',
     'place:BOTSWANA | place:Botswana'),
    ('docs24-full-bmp.txt', 'Cyrillic (U+0400-U+04FF):',
     ''),
    ('docs24-countries.csv', 'Brazil,,,BRA,BR,BRA,076,Brazil,',
     'place:Brazil | place:Brazil#2'),
    # #065: the two sovereign states in one quoted cell are two places, separated by punctuation
    ('docs24-countries.csv', ',,"United Kingdom, United States of America",IOT,IO,BIO,086,British Indian Ocean Territory,Geographical; Postal; Telephone',
     'place:United Kingdom | place:United States of America | place:British Indian Ocean Territory'),
    ('docs24-the-dorset-food-menu.pdf', '100% beef patty in toasted',
     ''),
    # #067: NEW h24: an IANA time-zone identifier (TZID=Europe/Berlin) is a code naming a time zone, not a place, as a
    # time zone's abbreviation (PST, h16 #032) and the country codes of h22 #025; the date in the basic format as #019
    ('docs24-meetup.ics', 'DTSTART;TZID=Europe/Berlin:20201123T190000',
     'date:20201123'),
    ('docs24-countries.csv', 'BAHAMAS,,,BHS,BS,BAH,044,Bahamas,',
     'place:BAHAMAS | place:Bahamas'),
    # #069: the label 'phone' left out
    ('docs24-testPDF_XFA_govdocs1_258578.pdf', '(605) 574-3184 phone',
     'phone:(605) 574-3184'),
    # #070: the registration number is nothing (h22 #029, #101)
    ('docs24-106972554.pdf', '(Papua New Guinea Registration No. 1\xad82748)',
     'place:Papua New Guinea'),
    ('docs24-INDEX.tsv', 'testPassword4Spaces.pdf tika-server/tika-server-standard/src/test/resources/test-documents/testPassword4Spaces.pdf',
     ''),
    ('docs24-INDEX.tsv', 'testPKCS7_signed_data_def.p7m tika-parsers/tika-parsers-standard/tika-parsers-standard-integration-tests/src/test/resources/test-documents/testPKCS7_signed_data_def.p7m',
     ''),
    # #073: as #036
    ('docs24-test-outlook2003.msg', 'To give you some idea of what is possible with Outlook 2003, we have put',
     'date:2003'),
    ('docs24-INDEX.tsv', 'testPKCS7_enveloped_def.p7m tika-parsers/tika-parsers-standard/tika-parsers-standard-modules/tika-parser-crypto-module/src/test/resources/test-documents/testPKCS7_enveloped_def.p7m',
     ''),
    # #075: a calendar UID shaped as an address is an identifier, as a Message-ID (NEW h20) and a UID (h22 #094):
    # nothing
    ('docs24-meetup.ics', 'UID:event_274167788@meetup.com',
     ''),
    ('docs24-106972554.pdf', 'The Plaintiff is entitled to trace the sums under paragraph 1 above into any property, real or immovable,',
     ''),
    # #077: the sentence-final period left out (README)
    ('docs24-readme.pdf', 'Documentation: https://ingestors.readthedocs.io.',
     'url:https://ingestors.readthedocs.io'),
    ('docs24-countries.csv', 'Argentina,,,ARG,AR,ARG,032,Argentina,',
     'place:Argentina | place:Argentina#2'),
    # #079: an iCalendar recurrence rule (h22 #001)
    ('docs24-meetup.ics', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
     ''),
    ('docs24-english.cp500.txt', 'Å 512MB to 8GB of 333 MHz DDR SDRAM',
     ''),
    ('docs24-the-dorset-food-menu.pdf', 'Chicken Schnitzel £14.5',
     ''),
    ('docs24-countries.csv', 'Bosnia-Herzegovina,,,BIH,BA,BOS,070,Bosnia-Herzegovina,',
     'place:Bosnia-Herzegovina | place:Bosnia-Herzegovina#2'),
    # #083: AUD is a currency code
    ('docs24-106972554.pdf', '(B) THE SUM OF AUD 6,615,634.23, PARTICULARS OF WHICH ARE AS FOLLOWS:',
     ''),
    ('docs24-countries.csv', 'ARUBA,,Netherlands,ABW,AW,ARU,533,Aruba,Geographical; Postal; Currency; Telephone',
     'place:ARUBA | place:Netherlands | place:Aruba'),
    ('docs24-106972554.pdf', '5. The 1st Defendant shall pay simple interest to the Plaintiff on the sums for which he has been adjudged',
     ''),
    ('docs24-english.cp500.txt', '285 have been announced as a hardware withdrawal from',
     ''),
    ('docs24-full-bmp.txt', 'Malayalam (U+0D00-U+0D7F):',
     ''),
    # #088: the time-zone identifier inside the URL is not labelled (flat; #067)
    ('docs24-meetup.ics', 'TZURL:http://tzurl.org/zoneinfo-outlook/Europe/Berlin',
     'url:http://tzurl.org/zoneinfo-outlook/Europe/Berlin'),
    # #089: the standards' title is not labelled, the org inside is (h22 #062); the version number is nothing
    ('docs24-EDRM_Micro_Datasets__EDRM.htm', 'EDRM Production Standards Version 2',
     'org:EDRM'),
    ('docs24-106972554.pdf', 'On or around 30 June 2013',
     'date:30 June 2013'),
    # #091: a controller's specification: nothing
    ('docs24-english.cp500.txt', 'Å Dual channel Ultra320 SCSI controller (internal',
     ''),
    # #092: a form's placeholder
    ('docs24-testPDF_XFA_govdocs1_258578.pdf', 'Date Requested: 1st choice my_date1',
     ''),
    # #093: a surname-first name is one span, the initial with its period (README)
    ('docs24-testMSG_Appointment.msg', 'To: Allison, Timothy B. <tallison@mitre.org>',
     'person:Allison, Timothy B. | email:tallison@mitre.org'),
    ('docs24-EDRM_Micro_Datasets__EDRM.htm', 'XML 2.0 Schema',
     ''),
    ('docs24-106972554.pdf', 'The 2nd and 4th Defendants are jointly and severally',
     ''),
    ('docs24-the-dorset-food-menu.pdf', 'The Smashed Beef £12.5',
     ''),
    ('docs24-106972554.pdf', 'https://www.courtorders.gov.sg',
     'url:https://www.courtorders.gov.sg'),
    ('docs24-full-bmp.txt', '!"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_',
     ''),
    # #099: '3>' is the wrapped tail of a link with no host (h4): nothing
    ('docs24-test-outlook2003.msg', '3> - There are many more additional improvements and new features in',
     ''),
    ('docs24-testMSG_forwarded.msg', 'From: Paul Allan Hill <paul@metajure.com>',
     'person:Paul Allan Hill | email:paul@metajure.com'),
    ('docs24-full-bmp.txt', 'Arabic (U+0600-U+06FF):',
     ''),
    ('docs24-EDRM_Micro_Datasets__EDRM.htm', 'XML 1.2 Schema',
     ''),
    # #103: the line starts with the year of the submission (a bare year)
    ('docs24-english.cp500.txt', '2006 submitted to Standard Performance Evaluation Corporation',
     'date:2006 | org:Standard Performance Evaluation Corporation'),
    ('docs24-INDEX.tsv', 'testTXTNonASCIIUTF8.txt tika-parsers/tika-parsers-standard/tika-parsers-standard-integration-tests/src/test/resources/test-documents/testTXTNonASCIIUTF8.txt',
     ''),
    # #105: the weekday, time and offset left out
    ('docs24-testMSG.msg', 'Date: Thu, 29 Jan 2009 20:16:40 +0100',
     'date:29 Jan 2009'),
    ('docs24-the-dorset-food-menu.pdf', 'Triple-Cooked Chips £4.0',
     ''),
    # #107: a form's placeholder
    ('docs24-testPDF_XFA_govdocs1_258578.pdf', '3rd choicemy_date3',
     ''),
    # #108: a vCard UID
    ('docs24-john-doe.vcf', 'X-ABUID:5AD380FD-B2DE-4261-BA99-DE1D1DB52FBE\\:ABPerson',
     ''),
    ('docs24-the-dorset-food-menu.pdf', 'Roasted Half Chicken £14.5',
     ''),
    # #110: replaces #016. The years in the product names are dates (#036); Exchange Server 2003 is a product, its maker
    # labelled
    ('docs24-test-outlook2003.msg', 'use Outlook 2003 with Microsoft Exchange Server 2003, you will benefit',
     'date:2003 | org:Microsoft | date:2003#2'),
    # #111: replaces #059. Apache POI is a software project: the org inside it is labelled (as Apache in 'Apache Tika
    # project', h22 #085); POI alone is the software
    ('docs24-doc.doc', 'Apache POI: http://poi.apache.org/ POI',
     'org:Apache | url:http://poi.apache.org/'),
    # -- the English half of the Constitution's parallel text: sentences with a digit; pool 130, Random(25252).sample(…,
    # 10)
    ('const24', '(2) enacting and amending laws other than those that should be enacted by the National People’s Congress;',
     'org:National People’s Congress'),
    ('const24', '(21) deciding on entering a state of emergency nationwide or in particular provinces, autonomous regions or cities directly under central government jurisdiction;',
     ''),
    ('const24', '(15) deciding on the ratification or abrogation of treaties and important agreements concluded with foreign countries;',
     ''),
    ('const24', '(1) The country consists of provinces, autonomous regions and cities directly under central government jurisdiction;',
     ''),
    # #004: the people's procuratorates are generic (as 人民法院, README): the country is a place, not taken into an org's
    # name (unlike h22 const22 #014)
    ('const24', 'Article 134 The people’s procuratorates of the People’s Republic of China are the legal oversight organs of the state.',
     'place:People’s Republic of China'),
    ('const24', 'Article 15 The state shall practice a socialist market economy.',
     ''),
    ('const24', 'Article 56 Citizens of the People’s Republic of China shall have the obligation to pay taxes in accordance with law.',
     'place:People’s Republic of China'),
    ('const24', '(13) changing or revoking inappropriate orders, directives and regulations issued by ministries or commissions;',
     ''),
    ('const24', 'Article 13 Citizens’ lawful private property is inviolable.',
     ''),
    # #009: the Constitution is a law's title
    ('const24', '(1) stipulating administrative measures, formulating administrative regulations and issuing decisions and orders in accordance with the Constitution and the law;',
     ''),
    # -- national reports (all years) and laws: sentences with a year, 〔, 号, a 7+ digit run or a phone/e-mail cue; pool
    # 2510, Random(25253).sample(…, 150)
    ('zh24-gov-work-reports', '一九五九年计划规定的指标比上年增长的百分数，有不少高于一九五八年比上年增长的百分数，如发电量、硫酸、化学肥料、货车、棉纺机、棉纱、棉布、纸、食用植物油、糖等工业产品，和黄麻、洋麻、甘蔗、油菜子、大家畜、猪等农业产品，都是这样。',
     'date:一九五九年 | date:一九五八年'),
    # #001: 五大洲 is no name
    ('zh24-gov-work-reports', '一年多来，我国领导人访问了五大洲的五十多个国家。',
     ''),
    ('zh24-gov-work-reports', '今年是本届政府任期的最后一年，我们要以更加昂扬的精神状态，恪尽职守，积极进取，毫不懈怠，努力把各项工作做得更好，向人民交出满意的答卷。',
     ''),
    ('zh24-gov-work-reports', '工业总产值一九七七年比一九七六年增长百分之十四点三，一九七八年又比一九七七年增长百分之十三点五。',
     'date:一九七七年 | date:一九七六年 | date:一九七八年 | date:一九七七年#2'),
    # #004: a duration (三年以下有期徒刑)
    ('zh24-law-criminal_law', '第四百二十四条 战时临阵脱逃的，处三年以下有期徒刑；',
     ''),
    # #005: full-width digits as written; the sum of money is no number to label
    ('zh24-gov-work-reports', '１９５６年国家预算规定社会文教事业支出为３，９１５，９９３，０００元，占本年预算支出的１２．７４％，同１９５５年比较增长１８．３６％。',
     'date:１９５６年 | date:１９５５年'),
    # #006: 人大 in 五届人大 (README); a range whose ends are dates by themselves: each end (README); the plan period is not
    # labelled
    ('zh24-gov-work-reports', '在一九八一年举行的五届人大四次会议上，国务院将提出一九八一年到一九八五年发展国民经济的第六个五年计划，请大会审议。',
     'date:一九八一年 | org:人大 | org:国务院 | date:一九八一年#2 | date:一九八五年'),
    ('zh24-gov-work-reports', '棉布的产量前三年共增加了二千零五十万匹，而1956年就增加了四千三百万匹；',
     'date:1956年'),
    ('zh24-gov-work-reports', '一年来，我们大力发展公益性文化事业，加快推进文化体制改革，加强公共文化服务体系建设，促进文化产业快速成长，繁荣文化市场，有效扩大了内需。',
     ''),
    # #009: 今年 is relative
    ('zh24-gov-work-reports', '从今年起，逐步降低农业税税率，平均每年降低1个百分点以上，五年内取消农业税。',
     ''),
    ('zh24-gov-work-reports', '五年内全国本专科毕业生1300万人，毕业研究生31万人。',
     ''),
    # #011: “十二五” is a plan period
    ('zh24-gov-work-reports', '今年要淘汰钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能，确保“十二五”淘汰任务提前一年完成，真正做到压下来，决不再反弹。',
     ''),
    ('zh24-gov-work-reports', '城镇居民家庭人均可支配收入，由1997年的5160元增加到2002年的7703元，平均每年实际增长8.6%。',
     'date:1997年 | date:2002年'),
    ('zh24-gov-work-reports', '到一九八二年，积累率由一九七八年的百分之三十六点五调整到百分之二十九，消费基金有了较大增长。',
     'date:一九八二年 | date:一九七八年'),
    ('zh24-gov-work-reports', '一九五八年和一九五九年两年造林五亿四千万亩。',
     'date:一九五八年 | date:一九五九年'),
    # #015: traditional characters; the plan period is not labelled
    ('zh24-gov-work-reports', '製訂第一個五年計劃的全部工作現在還沒有最後完成，對於計劃的許多細節還在進行補充和修訂。',
     ''),
    ('zh24-gov-work-reports', '实施农村人居环境整治提升五年行动。',
     ''),
    # #017: 中央和地方: 中央 as a level (README)
    ('zh24-gov-work-reports', '在卫生方面，着力加强公共卫生体系建设和农村卫生工作，近三年，中央和地方投入105亿元，基本建成了覆盖省市县三级的疾病预防控制体系；',
     ''),
    # #018: 中国 in 新中国 (README)
    ('zh24-gov-work-reports', '过去一年，在新中国历史上极不平凡。',
     'place:中国'),
    ('zh24-law-criminal_law', '为参加恐怖活动组织、接受恐怖活动培训或者实施恐怖活动，偷越国（边）境的，处一年以上三年以下有期徒刑，并处罚金。',
     ''),
    # #020: ○ as written (README)
    ('zh24-gov-work-reports', '经过了五十多年的时间，到一九○七年，英国的煤产量才增加到二亿七千万吨，而我国也只花了六年的时间，就在一九五八年达到了这个水平。',
     'date:一九○七年 | place:英国 | date:一九五八年'),
    ('zh24-gov-work-reports', '一九八三年国内财政收入增加一百二十七亿元，一九八四年增加二百五十五亿元，一九八五年增加三百六十二亿元，全年总收入达到一千八百二十九亿元，实现了收支平衡。',
     'date:一九八三年 | date:一九八四年 | date:一九八五年'),
    ('zh24-law-criminal_law', '第三百八十条 战时拒绝或者故意延误军事订货，情节严重的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，处五年以下有期徒刑或者拘役；',
     ''),
    ('zh24-gov-work-reports', '启动农村人居环境整治提升五年行动。',
     ''),
    # #024: 人民法院 is generic in a law (README); durations
    ('zh24-law-criminal_law', '（三）人民法院依照本法第五十条第二款规定限制减刑的死刑缓期执行的犯罪分子，缓期执行期满后依法减为无期徒刑的，不能少于二十五年，缓期执行期满后依法减为二十五年有期徒刑的，不能少于二十年。',
     ''),
    ('zh24-gov-work-reports', '争取１９９７年粮食产量达到４．７５亿吨，棉花、油料等作物和林牧副渔各业都有较大发展，农村其他产业的比重进一步提高。',
     'date:１９９７年'),
    ('zh24-law-criminal_law', '第四百二十三条 在战场上贪生怕死，自动放下武器投降敌人的，处三年以上十年以下有期徒刑；',
     ''),
    ('zh24-gov-work-reports', '工业总产值要在一九五四年的基数上增长百分之二十九，许多技术复杂的新种类产品要试制成功和大量生产；',
     'date:一九五四年'),
    # #028: 习近平 inside 习近平强军思想 (as 毛泽东 in 毛泽东思想) and 军委 in 军委主席负责制 (README); 人民军队 is generic
    ('zh24-gov-work-reports', '新的一年，要深入贯彻习近平强军思想，贯彻新时代军事战略方针，坚持党对人民军队的绝对领导，全面深入贯彻军委主席负责制，打好实现建军一百年奋斗目标攻坚战。',
     'person:习近平 | org:军委'),
    # #029: each end its own date; a year with its half is one span (NEW h10)
    ('zh24-gov-work-reports', '一九五○年到一九五三年上半年，国家对于主要农产品的收购和主要工业品的加工定货、大量收购，批发商的业务已经逐渐缩小。',
     'date:一九五○年 | date:一九五三年上半年'),
    ('zh24-gov-work-reports', '出台实施新型城镇化战略五年行动计划，扎实推进城市更新，常住人口城镇化率提高到67%。',
     ''),
    ('zh24-gov-work-reports', '1999年以来，三次提高机关事业单位职工基本工资标准和离退休人员离退休金，实施年终一次性奖金制度，建立艰苦边远地区津贴制度。',
     'date:1999年'),
    ('zh24-gov-work-reports', '在这期间，我国发生了连续三年的严重自然灾害，我国的国民经济遇到了很大的困难。',
     ''),
    ('zh24-gov-work-reports', '要大力普及和巩固九年义务教育。',
     ''),
    # #034: a year with a season is one span (NEW h16; 一九五五年冬, h17)
    ('zh24-gov-work-reports', '应当说明：在一九五六年冬，由于某些生产资料和生活资料的供应情况比较紧张，曾经有过一些暂时的、局部的困难。',
     'date:一九五六年冬'),
    ('zh24-gov-work-reports', '五年内扩大淡水养殖面积一千六百万亩，海水养殖面积八十万亩。',
     ''),
    # #036: the session ordinals are not part of the name (README)
    ('zh24-gov-work-reports', '当一九五四年第一届全国人民代表大会第一次会议召开的时候，我国社会主义经济已经在国民经济中居于主导的地位，但是，我国还存在着大量的资本主义的工业和商业，并且大量地存在着个体的农业和手工业。',
     'date:一九五四年 | org:全国人民代表大会'),
    ('zh24-gov-work-reports', '总起来说，目前由市场决定价格的比重，已经由五年前的百分之五十左右扩大到百分之八十左右。',
     ''),
    ('zh24-gov-work-reports', '机械行业和电子行业达到国际上比较先进水平的产品品种，在过去的五年中有了成倍的增加。',
     ''),
    # #039: 批林批孔 is a campaign (林 and 孔 single-character references, not labelled); 毛主席 is a title with a surname
    # (README); 中央到地方: a level
    ('zh24-gov-work-reports', '一九七四年，他们利用批林批孔的机会，搞突然袭击，大造篡党夺权的反革命舆论，把矛头指向毛主席为首的党中央，疯狂反对周恩来总理和叶剑英副主席，妄图打倒从中央到地方的一大批领导干部。',
     'date:一九七四年 | org:党中央 | person:周恩来 | person:叶剑英'),
    ('zh24-gov-work-reports', '五年合计财政支出为六千零九十八亿元，其中一九八五年为一千三百零四亿元，比一九八○年增加九十二亿元。',
     'date:一九八五年 | date:一九八○年'),
    ('zh24-gov-work-reports', '一年来，我们主要做了以下工作：',
     ''),
    ('zh24-gov-work-reports', '积极稳妥推进城镇化，五年转移农村人口8463万人，城镇化率由45.9%提高到52.6%，城乡结构发生了历史性变化。',
     ''),
    ('zh24-gov-work-reports', '一年来，我们统筹国际、国内两个大局，积极倡导建设和谐世界，推动对外关系全面发展，为维护世界和平、促进共同发展做出了新贡献。',
     ''),
    ('zh24-gov-work-reports', '从财政力量方面说，五年内国家对经济建设和文化教育建设的支出已经达到七百六十六亿四千万元。',
     ''),
    # #045: the org inside 全国人民代表大会代表 is labelled, as 人大 in 人大代表 (README)
    ('zh24-law-constitution_prc', '在非常情况结束后一年内，必须完成下届全国人民代表大会代表的选举。',
     'org:全国人民代表大会'),
    ('zh24-gov-work-reports', '１９５６年债款收入为７４２，２４１，０００元，占本年收入的２．５０％；',
     'date:１９５６年'),
    # #047: the ordinal is not part of the name; the plan periods are not labelled
    ('zh24-gov-work-reports', '第六届全国人民代表大会期间，我们较好地完成了第六个五年计划，第七个五年计划前两年的执行情况也是好的。',
     'org:全国人民代表大会'),
    # #048: NEW h24: 末 after a year (2007年末, the year's end) is left out like 底 and 初 (README)
    ('zh24-gov-work-reports', '加强农村金融服务，涉农贷款余额从2007年末的6.12万亿元增加到2012年末的17.63万亿元。',
     'date:2007年 | date:2012年'),
    ('zh24-gov-work-reports', '一九五八年，在科学技术工作方面，开始形成了千军万马向科学进军的群众运动，获得了多方面的研究成果；',
     'date:一九五八年'),
    ('zh24-gov-work-reports', '五年来，社会主义民主政治和精神文明建设成效显著',
     ''),
    ('zh24-gov-work-reports', '同时，生产资料在工业总产值中所占的比重，将由１９５５年的４６％上升到４７．２％；',
     'date:１９５５年'),
    ('zh24-law-criminal_law', '第一百八十七条 银行或者其他金融机构的工作人员吸收客户资金不入帐，数额巨大或者造成重大损失的，处五年以下有期徒刑或者拘役，并处二万元以上二十万元以下罚金；',
     ''),
    ('zh24-gov-work-reports', '以油料作物来说，如果广大农民群众都尽可能地利用空隙土地动手种植，五年内扩大播种面积三千二百多万亩的计划，是不但可以完成，而且可以超过的。',
     ''),
    ('zh24-gov-work-reports', '高等教育发展迅速，普通高等学校在校学生由一九八○年的一百一十四万人增加到一九八五年的一百七十万人。',
     'date:一九八○年 | date:一九八五年'),
    ('zh24-law-archives_law_2020', '涉及国家安全或者重大利益以及其他到期不宜开放的档案，可以多于二十五年向社会开放。',
     ''),
    ('zh24-gov-work-reports', '１９５６年的国民经济计划实现以后，我国工农业总产值将比上年增长１４．１％。',
     'date:１９５６年'),
    # #057: 邓小平 inside 邓小平理论 (README: 毛泽东 in 毛泽东思想); “三个代表” is no name
    ('zh24-gov-work-reports', '2004年，全国各族人民在中国共产党领导下，高举邓小平理论和“三个代表”重要思想伟大旗帜，团结奋进，锐意创新，社会主义现代化事业取得令人鼓舞的重大成就。',
     'date:2004年 | org:中国共产党 | person:邓小平'),
    # #058: 八届全国人大: the ordinal is not part of the name (README)
    ('zh24-gov-work-reports', '一年来，在中国共产党领导下，经过全国各族人民团结奋斗，基本上完成了八届全国人大一次会议确定的１９９３年的各项任务。',
     'org:中国共产党 | org:全国人大 | date:１９９３年'),
    ('zh24-gov-work-reports', '关于１９５６年地方文化教育事业的经费，除了国家预算所分配的数额以外，有一部分小学的开支还将由地方用附加和自筹的方式解决。',
     'date:１９５６年'),
    ('zh24-gov-work-reports', '金属切削机床的制造，前三年由于调整设备和改变型号的原因，虽然在台数上比1952年没有显著的增加，但是在新的品种增加和质量的提高方面，都有了很大的发展，到1956年，在这一新的基础上，又比1955年增加了一万二千二百多台。',
     'date:1952年 | date:1956年 | date:1955年'),
    ('zh24-gov-work-reports', '２００２年是我们党和国家发展史上非常重要的一年。',
     'date:２００２年'),
    # #062: the games are events, 北京 inside 北京冬奥会 labelled
    ('zh24-gov-work-reports', '扎实做好2020年奥运会、残奥会备战工作，精心筹办北京冬奥会、冬残奥会，办好第七届世界军人运动会。',
     'date:2020年 | place:北京'),
    # #063: the oilfield city and the village, named as the models they were
    ('zh24-gov-work-reports', '大庆原油产量在十七年间平均每年增长百分之二十八，大寨去年平均每人生产粮食两千多斤，如果我们所有企业、社队都能向他们看齐，我国国民经济将会出现一个多么令人欢欣鼓舞的景象啊！',
     'place:大庆 | place:大寨'),
    ('zh24-law-criminal_law', '第一百七十七条之一 有下列情形之一，妨害信用卡管理的，处三年以下有期徒刑或者拘役，并处或者单处一万元以上十万元以下罚金；',
     ''),
    ('zh24-gov-work-reports', '工人和农民中的业余文化技术政治教育，在一九五八年采取了多种形式，发展很大。',
     'date:一九五八年'),
    # #066: traditional characters; 一九五四年預算: the year is the date (h22 #024)
    ('zh24-gov-work-reports', '經濟建設費佔整個財政支出的比重，也從一九五〇年的百分之二十五點五增加到一九五四年預算的百分之四十五點四。',
     'date:一九五〇年 | date:一九五四年'),
    # #067: 中央各部 (the central ministries) is generic, 中央 an attribute (README)
    ('zh24-gov-work-reports', '中央各部和所属企业为职工修建的住宅面积，在１９５６年将达到１，３１０万平方公尺以上。',
     'date:１９５６年'),
    ('zh24-gov-work-reports', '新的一年，要紧紧围绕党在新形势下的强军目标，全面加强军队革命化现代化正规化建设，不断提高军队信息化条件下威慑和实战能力。',
     ''),
    ('zh24-gov-work-reports', '五年来，改革开放迈出重大步伐。',
     ''),
    ('zh24-gov-work-reports', '一年来，我国社会主义物质文明和精神文明的建设健康发展，安定团结的政治局面更加巩固。',
     ''),
    ('zh24-law-criminal_law', '后果特别严重的，处七年以上有期徒刑或者无期徒刑，并处罚金或者没收财产。',
     ''),
    ('zh24-law-criminal_law', '第一百二十条之五 以暴力、胁迫等方式强制他人在公共场所穿着、佩戴宣扬恐怖主义、极端主义服饰、标志的，处三年以下有期徒刑、拘役或者管制，并处罚金。',
     ''),
    # #073: 中华人民共和国 inside the amendment's title is labelled (h4)
    ('zh24-law-constitution_prc', '1999年3月15日 第九届全国人民代表大会第二次会议通过的《中华人民共和国宪法修正案》',
     'date:1999年3月15日 | org:全国人民代表大会 | place:中华人民共和国'),
    ('zh24-gov-work-reports', '按照重工业和轻工业同时并举的要求，计划规定一九五九年生产资料的生产增长百分之四十六，生活资料的生产增长百分之三十四。',
     'date:一九五九年'),
    ('zh24-law-criminal_law', '第一百六十七条 国有公司、企业、事业单位直接负责的主管人员，在签订、履行合同过程中，因严重不负责任被诈骗，致使国家利益遭受重大损失的，处三年以下有期徒刑或者拘役；',
     ''),
    ('zh24-law-criminal_law', '第一百二十七条 盗窃、抢夺枪支、弹药、爆炸物的，或者盗窃、抢夺毒害性、放射性、传染病病原体等物质，危害公共安全的，处三年以上十年以下有期徒刑；',
     ''),
    # #077: 神舟七号 is a spacecraft, a product: not labelled
    ('zh24-gov-work-reports', '圆满完成神舟七号载人航天飞行。',
     ''),
    ('zh24-gov-work-reports', '到2020年，力争在基础研究、应用研究和战略前沿领域取得重大突破，全社会研发经费投入强度达到2.5%，科技进步对经济增长的贡献率达到60%，迈进创新型国家和人才强国行列。',
     'date:2020年'),
    # #079: traditional characters; 底 left out (README)
    ('zh24-gov-work-reports', '從一九五〇年七月到一九五三年底，僅由各地勞動部門介紹就業的，就有二百零七萬人。',
     'date:一九五〇年七月 | date:一九五三年'),
    ('zh24-gov-work-reports', '一年来经济建设中取得的成就，是在中国共产党领导下，全国各族人民共同奋斗的结果。',
     'org:中国共产党'),
    ('zh24-law-criminal_law', '单位犯本条规定之罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，处三年以下有期徒刑或者拘役；',
     ''),
    ('zh24-law-criminal_law', '第二百六十条之一 对未成年人、老年人、患病的人、残疾人等负有监护、看护职责的人虐待被监护、看护的人，情节恶劣的，处三年以下有期徒刑或者拘役。',
     ''),
    # #083: 八年教育 and 十年教育 are durations
    ('zh24-gov-work-reports', '到一九八五年，在农村基本普及八年教育，在城市基本普及十年教育。',
     'date:一九八五年'),
    ('zh24-gov-work-reports', '加快落实和完善促进保障性住房建设的政策措施，争取用三年时间，解决750万户城市低收入住房困难家庭和240万户林区、垦区、煤矿等棚户区居民的住房问题。',
     ''),
    ('zh24-gov-work-reports', '五年计划对人民物质生活水平的提高作了适当的规定。',
     ''),
    ('zh24-law-criminal_law', '劫夺押解途中的罪犯、被告人、犯罪嫌疑人的，处三年以上七年以下有期徒刑；',
     ''),
    # #087: NEW h24: 中共, the usual short name of 中国共产党, is an org also before a session ordinal (中共八届三中全会), as 共产党 (NEW
    # h11) and 人大 in 四届人大 (README); the plenary session is an event; 同年十月 is relative
    ('zh24-gov-work-reports', '一九五七年九月，中共八届三中全会，根据草案公布以后将近两年中情况的变化和工作的发展，作了一些必要的修改和补充，在同年十月间公布了纲要的修正草案。',
     'date:一九五七年九月 | org:中共'),
    # #088: 今年二月 is relative; each end of the range its own date
    ('zh24-gov-work-reports', '为使科学技术的发展与整个经济和社会的发展相协调，从今年二月起，已集中几百位科学技术专家和有关部门的负责人，编制一九八六年到二○○○年的科技发展规划。',
     'date:一九八六年 | date:二○○○年'),
    ('zh24-law-criminal_law', '第一百三十二条 铁路职工违反规章制度，致使发生铁路运营安全事故，造成严重后果的，处三年以下有期徒刑或者拘役；',
     ''),
    ('zh24-law-criminal_law', '第三百九十九条 司法工作人员徇私枉法、徇情枉法，对明知是无罪的人而使他受追诉、对明知是有罪的人而故意包庇不使他受追诉，或者在刑事审判活动中故意违背事实和法律作枉法裁判的，处五年以下有期徒刑或者拘役；',
     ''),
    # #091: 电话 is a common noun here
    ('zh24-gov-work-reports', '加快邮电事业的发展，使大中城市市内电话的紧张状况有所缓和，长途通信和国际通信能力进一步提高。',
     ''),
    # #092: 发号施令 holds no number
    ('zh24-gov-work-reports', '但是，也有不少同志不蹲点，不调查，不研究，有事不同群众商量，高高在上，满足于发号施令。',
     ''),
    ('zh24-law-criminal_law', '数量巨大或者有其他严重情节的，处三年以上十年以下有期徒刑，并处二万元以上二十万元以下罚金：',
     ''),
    # #094: the ministry is an org; durations and plan periods are not labelled
    ('zh24-gov-work-reports', '根据这样的方针，高等教育部已重新修订了第一个五年计划后三年的高等学校的招生计划，并且决定将高等工业学校在两三年内逐步地从四年制改为五年制，逐步地取消两年或三年毕业的专修科；',
     'org:高等教育部'),
    # #095: the plan period and the hydro project are not labelled, the places inside are
    ('zh24-gov-work-reports', '在第一个五年计划期间，黄河的根治和综合开发工作将完成流域规划，并开始建设三门峡的水利、水力枢纽工程。',
     'place:黄河 | place:三门峡'),
    ('zh24-law-criminal_law', '遗弃重要或者大量武器装备的，或者有其他严重情节的，处五年以上有期徒刑。',
     ''),
    ('zh24-gov-work-reports', '会议充分肯定国务院过去一年的工作，同意报告提出的2017年工作总体部署、目标任务、重点工作和政策措施，决定批准这个报告。',
     'org:国务院 | date:2017年'),
    ('zh24-law-criminal_law', '第三百二十六条 以牟利为目的，倒卖国家禁止经营的文物，情节严重的，处五年以下有期徒刑或者拘役，并处罚金；',
     ''),
    # #099: traditional characters
    ('zh24-gov-work-reports', '在一九四九年，這個比重大約是百分之十七，而在一九五四年預計將近百分之三十三。',
     'date:一九四九年 | date:一九五四年'),
    # #100: traditional characters; 西方國家 is generic; 蔣介石賣國集團 is a pejorative description of a group, not an org's name:
    # the person inside is labelled (as 林彪 beside “四人帮”, README); 東南海面 is descriptive
    ('zh24-gov-work-reports', '我國對西方國家的貿易額在一九五〇年也曾有過相當大的發展，但是後來因爲美國脅迫其他西方國家對中國實行了禁運和歧視的政策，並指使蔣介石賣國集團在中國東南海面上進行海盜式的活動，這方面的貿易就受到了人爲的限制。',
     'date:一九五〇年 | place:美國 | place:中國 | person:蔣介石 | place:中國#2'),
    ('zh24-law-criminal_law', '第二百一十五条 伪造、擅自制造他人注册商标标识或者销售伪造、擅自制造的注册商标标识，情节严重的，处三年以下有期徒刑，并处或者单处罚金；',
     ''),
    ('zh24-gov-work-reports', '五年内工业生产计划的完成，主要地依靠我国原有的企业。',
     ''),
    # #103: 国务院 is labelled in 国务院部门所属 (the State Council's departments)
    ('zh24-gov-work-reports', '1999年以来，先后对国务院部门所属和省级所属应用型科研机构进行企业化转制的改革，对有条件的公益类科研机构也进行了多种形式面向市场的改革，初步建立起科技成果转化和产业化的有效机制。',
     'date:1999年 | org:国务院'),
    # #104: (README)
    ('zh24-gov-work-reports', '在新的一年里，中国政府将坚定不移地奉行睦邻友好政策，进一步加强同周边国家的友好关系，扩大彼此在广泛领域的友好交往与合作，共同维护地区和平与稳定，促进区域经济合作，实现共同繁荣。',
     'org:中国政府'),
    ('zh24-gov-work-reports', '我国第一个五年计划是在国民经济已经恢复的基础上开始实行的。',
     ''),
    ('zh24-gov-work-reports', '一年多的国际形势发展变化很大，总的来看，是更动荡更紧张了。',
     ''),
    # #107: traditional characters
    ('zh24-gov-work-reports', '棉紗四百六十萬件，等於一九四九年的二點六倍；',
     'date:一九四九年'),
    ('zh24-gov-work-reports', '以产量说，粮食增长百分之十七点六，即增产五百七十八亿斤，到一九五七年达到三千八百五十六亿斤，棉花增长百分之二十五点四，即增产六百六十万担，到一九五七年达到三千二百七十万担。',
     'date:一九五七年 | date:一九五七年#2'),
    ('zh24-gov-work-reports', '１９５６年国家预算用在经济建设和文化教育事业的支出，共占本年支出总数的６４．９６％。',
     'date:１９５６年'),
    ('zh24-gov-work-reports', '随着生产建设的持续增长，通过各种渠道，从１９７９年到１９８４年安排了四千二百多万城镇劳动力就业，职工和农民的收入继续增加。',
     'date:１９７９年 | date:１９８４年'),
    ('zh24-gov-work-reports', '在经济持续增长和效益改善的基础上，2000年国家财政收入达13380亿元，平均每年增长16.5％。',
     'date:2000年'),
    ('zh24-gov-work-reports', '限额以上的建设单位，能够在五年内建设完成的，工业方面有四百五十五个，加上其他方面共有一千二百七十一个；',
     ''),
    # #113: the railway line is not a place, the cities it names are (h20 #063); 底 left out
    ('zh24-gov-work-reports', '宝鸡——成都线原计划在１９５７年底全线通车，也可以提前实现。',
     'place:宝鸡 | place:成都 | date:１９５７年'),
    ('zh24-law-criminal_law', '数额巨大的，处三年以上十年以下有期徒刑，并处二万元以上二十万元以下罚金。',
     ''),
    ('zh24-gov-work-reports', '在新的一年，我们要继续坚定不移地执行“和平统一、一国两制”的方针，积极推进祖国统一大业。',
     ''),
    ('zh24-gov-work-reports', '刚刚过去的2017年，经济社会发展主要目标任务全面完成并好于预期。',
     'date:2017年'),
    ('zh24-law-criminal_law', '第六十五条 被判处有期徒刑以上刑罚的犯罪分子，刑罚执行完毕或者赦免以后，在五年以内再犯应当判处有期徒刑以上刑罚之罪的，是累犯，应当从重处罚，但是过失犯罪和不满十八周岁的人犯罪的除外。',
     ''),
    ('zh24-gov-work-reports', '发电量3，120亿度，比1980年预计增加120亿度。',
     'date:1980年'),
    ('zh24-law-criminal_law', '第二百九十一条之一 投放虚假的爆炸性、毒害性、放射性、传染病病原体等物质，或者编造爆炸威胁、生化威胁、放射威胁等恐怖信息，或者明知是编造的恐怖信息而故意传播，严重扰乱社会秩序的，处五年以下有期徒刑、拘役或者管制；',
     ''),
    # #120: the plan periods are not labelled
    ('zh24-gov-work-reports', '我们超额完成了第三个五年计划，第四个五年计划一九七五年也将胜利完成。',
     'date:一九七五年'),
    # #121: the meeting's ordinal is not part of the name
    ('zh24-law-household_registration_regulations_1958', '1958年1月9日 全国人民代表大会常务委员会第九十一次会议通过',
     'date:1958年1月9日 | org:全国人民代表大会常务委员会'),
    ('zh24-gov-work-reports', '普惠小微贷款余额从8.2万亿元增加到23.8万亿元、年均增长24%，贷款平均利率较五年前下降1.5个百分点。',
     ''),
    ('zh24-gov-work-reports', '两年工业发展所引起的变化：第一是现代工业在工业农业总产值中所占的比重，已由一九五二年的百分之二十六点七上升到一九五四年的百分之三十三；',
     'date:一九五二年 | date:一九五四年'),
    ('zh24-gov-work-reports', '我国安定团结的政治局面在过去的一年里继续得到巩固，这是经济和社会发展的重要保证。',
     ''),
    ('zh24-gov-work-reports', '现在，我代表国务院，作关于我国国民经济和社会发展第六个五年计划的报告，请大会审议。',
     'org:国务院'),
    ('zh24-law-criminal_law', '第三百三十八条 违反国家规定，排放、倾倒或者处置有放射性的废物、含传染病病原体的废物、有毒物质或者其他有害物质，严重污染环境的，处三年以下有期徒刑或者拘役，并处或者单处罚金；',
     ''),
    ('zh24-law-criminal_law', '情节严重的，处五年以上十年以下有期徒刑。',
     ''),
    # #128: 去年 is relative
    ('zh24-gov-work-reports', '1957年，由于去年农业收成的情况不好，同时国家的财政和物资的后备力量也有减少，在这种情况下，适当地放慢建设的步骤，积蓄力量，准备今后更好地前进，是完全必要的，这决不是全面冒退。',
     'date:1957年'),
    # #129: 大跃进 is a campaign
    ('zh24-gov-work-reports', '一九五八年的大跃进，造成了我们继续大跃进的总前提。',
     'date:一九五八年'),
    # #130: 低标号水泥 holds no number
    ('zh24-gov-work-reports', '为了适应农村兴修中、小型水利和其他建设工程对于水泥的需要，建筑材料工业部门应当协助地方分散地建设小型水泥厂，大量生产低标号水泥。',
     ''),
    ('zh24-law-criminal_law', '第三百五十条 违反国家规定，非法生产、买卖、运输醋酸酐、乙醚、三氯甲烷或者其他用于制造毒品的原料、配剂，或者携带上述物品进出境，情节较重的，处三年以下有期徒刑、拘役或者管制，并处罚金；',
     ''),
    # #132: 东部 and 中西部 are compass regions (README)
    ('zh24-gov-work-reports', '煤炭工业，要改造东部老矿，积极开发和合理利用中西部资源，改造和提高地方矿和乡镇矿，１９９７年原煤年产量达到１３亿吨左右。',
     'date:１９９７年'),
    # #133: 苏联领导集团 describes a leadership, not an org's name; 中苏 is a pair of abbreviations
    ('zh24-gov-work-reports', '如果苏联领导集团真的愿意改善中苏国家关系，就应该拿出实际行动来，首先就应当按照一九六九年中苏两国总理达成的谅解，签订关于维持边界现状、防止武装冲突、双方武装力量在边界争议地区脱离接触的协议，并进而谈判解决边界问题；',
     'place:苏联 | date:一九六九年'),
    ('zh24-gov-work-reports', '为着达到这些目的，一九五八年将采取下列的一些措施。',
     'date:一九五八年'),
    ('zh24-gov-work-reports', '今后五年，计划将普通高等学校招生人数由一九八二年的三十一万五千人，增加到一九八七年的五十五万人，增长百分之七十五。',
     'date:一九八二年 | date:一九八七年'),
    ('zh24-gov-work-reports', '钢铁工业，1979年钢产量比上年增加270万吨，而能源消耗总量（按每公斤发热量7，000大卡的标准煤计算），比上年降低了100万吨。',
     'date:1979年'),
    ('zh24-gov-work-reports', '棉花的播种面积安排为九千零三十万亩，比上一年增加四百一十二万亩。',
     ''),
    # #138: 大区军政委员会 names a kind of body several regions had, generic
    ('zh24-gov-work-reports', '到了1954年，为了适应在计划经济下加强统一管理的需要，我们撤销了大区军政委员会。',
     'date:1954年'),
    ('zh24-law-criminal_law', '帮助当事人毁灭、伪造证据，情节严重的，处三年以下有期徒刑或者拘役。',
     ''),
    ('zh24-law-criminal_law', '数量较大或者有其他严重情节的，处三年以上十年以下有期徒刑；',
     ''),
    ('zh24-law-criminal_law', '数额巨大或者有其他严重情节的，处七年以上有期徒刑或者无期徒刑，并处罚金或者没收财产。',
     ''),
    # #142: the ministry is an org; 地方国营农场 is generic
    ('zh24-gov-work-reports', '一九五八年国家对于开垦荒地的投资是二亿三千五百万元，计划农垦部直属企业开荒七百万亩，加上地方国营农场开荒、群众性开荒和移民开荒，全国开垦荒地共达一千七百七十三万五千亩。',
     'date:一九五八年 | org:农垦部'),
    ('zh24-law-criminal_law', '为境外的机构、组织、人员窃取、刺探、收买、非法提供军事秘密的，处五年以上十年以下有期徒刑；',
     ''),
    ('zh24-gov-work-reports', '国防工业在整顿提高军品质量方面取得了成绩，同时在军民结合方面有所前进，1979年生产的民用产品已占国防工业总产值的20％左右。',
     'date:1979年'),
    # #145: the harnessing project is not labelled, the river is; the four named reservoirs, sharing 大型水库, are labelled
    # as written (NEW h11)
    ('zh24-gov-work-reports', '五年内继续进行建设的淮河根治工程，计划建成南湾、薄山、佛子岭、梅山等四个大型水库，共可蓄水三十八亿立方公尺以上；',
     'place:淮河 | place:南湾 | place:薄山 | place:佛子岭 | place:梅山'),
    ('zh24-gov-work-reports', '围绕经济建设这个中心，在科技、教育和思想、文化领域，过去一年里也取得许多可喜成果。',
     ''),
    ('zh24-gov-work-reports', '启动新的三年棚改攻坚计划，今年开工580万套。',
     ''),
    ('zh24-gov-work-reports', '虽然在这四年间，我国农村发生了由农业生产合作社发展为人民公社的深刻变化，以及由此而来的各方面情况的变化，但是由于这个纲要所提出的各项要求还要经过一个时期才能完全实现，所以，它现在仍然起着，而且以后还要继续起动员广大群众的伟大作用。',
     ''),
    ('zh24-law-criminal_law', '第二百八十条之二 盗用、冒用他人身份，顶替他人取得的高等学历教育入学资格、公务员录用资格、就业安置待遇的，处三年以下有期徒刑、拘役或者管制，并处罚金。',
     ''),
    # -- provincial 2025 reports, the same cues; pool 147, Random(25254).sample(…, 20)
    ('zh24-prov-guangxi', '全面推进新一轮工业振兴三年行动，持续做好强产业文章，力争规模以上工业增加值增长6%以上。',
     ''),
    ('zh24-prov-shandong', '启动省级第二轮土地承包到期后再延长30年试点。',
     ''),
    # #002: “村字号” is a label built of a common word (as 粤字号, h22); the marathon is an event
    ('zh24-prov-qinghai', '推进体教融合和新型足球学校建设试点，加强竞技体育人才培养，完善全民健身公共服务体系，办好高原马拉松、“村字号”等文体活动，让各族群众生活更加多姿多彩。',
     ''),
    # #003: 青甘大环线 is a tourist route named with the abbreviations 青 and 甘 (routes are not places); the demonstration
    # zone is a programme zone, the lake inside labelled; “五个1号” is a count
    ('zh24-prov-qinghai', '高水平编制实施打造国际生态旅游目的地总体规划，聚力构建“一芯一环多带”生态旅游发展格局，出台国际化标准景区规范体系，加快打造“五个1号”交旅融合生态景观大道，着力提升青甘大环线品质，完成国际生态旅游目的地青海湖示范区创建。',
     'place:青海湖'),
    # #004: 中国 in 中国式现代化 (README); “十四五” a plan period
    ('zh24-prov-tianjin', '今年是“十四五”规划收官之年，是进一步全面深化改革、奋力谱写中国式现代化天津篇章的重要一年。',
     'place:中国 | place:天津'),
    # #005: “晋字号” is a brand label built of the abbreviation 晋 (as 粤字号, h22)
    ('zh24-prov-shanxi', '培育“晋字号”非遗品牌，推动工艺美术行业传承创新发展。',
     ''),
    ('zh24-prov-yunnan', '实施城乡生活污水治理3个“三年行动”。',
     ''),
    # #007: 崇明世界级生态岛 is a designation: only 崇明 (h20)
    ('zh24-prov-shanghai', '崇明世界级生态岛建设第五轮三年行动计划顺利完成。',
     'place:崇明'),
    # #008: the trade fair is an event, 中国 inside labelled; 服贸会 is its short name
    ('zh24-prov-beijing', '向2024年中国国际服务贸易交易会致贺信，激励服贸会为构建开放型世界经济作出积极贡献；',
     'date:2024年 | place:中国'),
    # #009: level-qualified bodies (README); 人大 in 人大代表
    ('zh24-prov-hainan', '一年来，省委、省政府高位推动，省人大常委会将项目实施列入年度监督计划，人大代表实地调研监督，各市县、各部门攻坚克难、奋力推进，确保10件民生实事件件有着落，“大家的获得感又充实了许多”。',
     'org:省委 | org:省政府 | org:省人大常委会 | org:人大#2'),
    # #010: the ordinal splits the name (README)
    ('zh24-prov-shaanxi', '2025年1月16日在陕西省第十四届人民代表大会第三次会议上',
     'date:2025年1月16日 | place:陕西省 | org:人民代表大会'),
    # #011: 燕赵 is the traditional name of Hebei (h15 #066), 大地 left out (as 八桂大地, h6)
    ('zh24-prov-hebei', '过去一年，我们牢记嘱托、感恩奋进，以实干诠释忠诚、以实绩拥戴核心，不断战胜前进道路上的艰难险阻，推动中国式现代化在燕赵大地展现勃勃生机。',
     'place:中国 | place:燕赵'),
    ('zh24-prov-fujian', '2025年是“十四五”规划收官、“十五五”规划谋划之年，也是进一步全面深化改革的重要一年。',
     'date:2025年'),
    ('zh24-prov-guangxi', '启动新一轮工业振兴三年行动，统筹一般公共预算资金和政府债券超400亿元用于工业发展，工业投资占固定资产投资比重40.7%，规模以上工业企业利润增长45.7%。',
     ''),
    ('zh24-prov-jiangsu', '实施“新农人”培育三年行动，鼓励支持各类人才返乡创业，带动更多农民增收致富。',
     ''),
    # #015: as #010
    ('zh24-prov-heilongjiang', '2025年1月13日在黑龙江省第十四届人民代表大会第三次会议上',
     'date:2025年1月13日 | place:黑龙江省 | org:人民代表大会'),
    ('zh24-prov-henan', '今年是“十四五”规划收官之年，也是进一步全面深化改革的重要一年。',
     ''),
    # #017: 连续12年 is a duration
    ('zh24-prov-jiangxi', '脱贫攻坚成果巩固拓展，乡村振兴扎实推进，新建和改造提升高标准农田360万亩，粮食总产439.2亿斤、连续12年超430亿斤；',
     ''),
    # #018: the hub is a named planning area (NEW h9), the business district (h15) and the industrial park named
    # development areas taken whole; the drone base is a base, 华东 (East China, 华 = China) inside it labelled as 华中 (NEW
    # h9)
    ('zh24-prov-shanghai', '落实虹桥国际开放枢纽建设三年行动计划，支持虹桥国际中央商务区集聚高能级贸易主体和贸易平台，有序推进虹桥国际低空经济产业园、华东无人机基地建设。',
     'place:虹桥国际开放枢纽 | place:虹桥国际中央商务区 | place:虹桥国际低空经济产业园 | place:华东'),
    # #019: the transfer programmes are built of compass words
    ('zh24-prov-ningxia', '深入实施能源绿色低碳转型三年行动，依托西煤东运、西电东送、西气东输等重要节点，统筹做好“水地煤油气风光电氢硅”十篇大文章。',
     ''),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout24", ITEMS, DRAWS, sample, ("docs24-", "const24", "zh24-gov-work-reports", "zh24-law-",
                                                     "zh24-prov-"))


if __name__ == "__main__":
    main()

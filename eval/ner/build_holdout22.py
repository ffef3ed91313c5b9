r"""Build eval/ner/holdout22.jsonl: a twenty-second held-out NER set, rich in patterns, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (with the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout20.py (the NEW h7 … NEW h20 decisions included). The labeller did
not read anything of the extractor (dossier/), the tests, docs/ or bench/, did not run it,
bench/ner_eval.py, the tests, the project's date/phone finders or any date or phone parser,
segmenter, NER or POS tool on these sentences, and did not look at what any tool predicts for them.
The set has never been scored. Like holdout4, holdout8, holdout10 … holdout20 it is meant to be rich
in patterns (dates, phones, e-mail addresses, URLs, document numbers, PRC ID numbers); every entity
type the rules define is labelled, names (person, org, place) included.

    python eval/ner/build_holdout22.py            # write holdout22.jsonl from ITEMS, print counts
    python eval/ner/build_holdout22.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout22.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
Chinese reading code (sentence split, law markdown cleaning, docx paragraphs), seen,
first_occurrences and sample are copied from build_holdout20.py (seen_texts too, extended to
build_holdout20.py), not imported, so that no later edit of that file changes this draw; the reading
of the fixture documents and of the Constitution's English half is new here. Every pool leaves out
texts that overlap a text of build.py or build_holdout.py … build_holdout20.py (the text is in one of
those files' source, or contains or is contained in one of their ITEMS texts), and keeps only the
first occurrence of a text that recurs. build_holdout21.py (written by another helper at the same
time) is not among the seen files.

The Enron sample and the mail of ingest-fixtures are used up (holdout18, holdout20), so the English
text comes from the fixtures' documents and the Constitution, and Chinese sentences bring the set to
about 280.

1. docs22-<file>: the documents (not mail) of ingest-fixtures, every file under it whose suffix is
   .pdf, .docx, .odt, .xlsx, .pptx, .rtf, .txt, .csv, .html/.htm, .vcf, .ics/.ical or .msg, in path
   order (.doc, .xls, .ppt, .ods, .tsv, .json, archives and images are not read). Text: PDF by
   pdftotext (poppler, default reading order, UTF-8); DOCX, PPTX, XLSX, ODT by their XML text runs,
   a paragraph a line (zipped_lines); RTF by a group-stack reader (rtf_text); TXT, CSV, VCF, ICS by
   their lines, decoded by BOM, else by a charset named in the file name (english.cp500.txt), else
   UTF-8, else cp1252 (iCalendar and vCard lines are not unfolded); HTML by its text, a line per
   block element or cell; MSG with extract_msg (the Date/From/To/Cc/Sent header lines, then the
   plain-text body; attachments not read). Eleven files are left out whole by reading, as not English
   (NOT_ENGLISH: German, Greek, Russian, Japanese, Arabic, a mixed-language sample, Chinese read as
   mojibake) and one as garbled (GARBLED: a PDF whose text layer is font-encoded glyph debris). Each
   line stripped, its whitespace collapsed, kept if 10-200 characters, holding a digit, an '@', 'http'
   or 'www', readable() (no control or replacement character, at most 2 characters beyond ASCII other
   than typographic punctuation, no base64-like run of 40+ characters), not seen and not already
   taken; at most 15 such lines a file, the first in reading order (PER_FILE). The pool holds 214
   lines of 27 files, more than 120, so random.Random(23231).sample(…, 120).
2. const22: zh-docs/bilingual/constitution_prc_2018_zh_en_parallel.md, its lines with Latin letters
   and no Chinese character (the English half; build.py used a few of its lines, no held-out set
   any), split into sentences after [.!?] + whitespace + capital and after ';' + whitespace, kept if
   15-200 characters and holding a digit (pool 155, mostly article and item numbers);
   random.Random(23232).sample(…, 25).
3. zh22-gov-work-reports, zh22-law-*: Chinese sentences, split after 。！？； , 15-120 characters,
   from every line of the national reports JSONL (all years) and every law in
   zh-docs/prc-laws-lawrefbook (as build_holdout20.py), kept if PATTERN_ZH matches (年 after a digit
   or a Chinese numeral, 〔, 号, or a phone/e-mail cue 电话, 传真, 邮箱, 网址) or the sentence holds a
   run of 7 or more digits; pooled reports first, then laws (pool 2628);
   random.Random(23233).sample(…, 110).
4. zh22-prov-*: the 2025 government work reports of all 31 provinces (docx, file-name order), split,
   kept by length and cues the same way (pool 187); random.Random(23234).sample(…, 30).
Seeds 23231-23234 are used; 23235 was not needed. The sizes were set before any labelling: 120 for
draw 1 as planned; draws 2-4 were first set at 30, 80 and 50, then changed to 25, 110 and 30 to reach
at least 130 pattern entities in about 280 sentences (the Constitution's English sentences hold
almost no patterns). A first try at 20 for draw 2 failed sample()'s check that the sample plus its
15 replacements extends the sample (random.sample draws 20 and 35 of 155 by different methods), so
25 was taken, whose draw extends; the other sizes extend their first draws, so the earlier items are
unchanged.

A sampled text that is garbled (base64, markup debris, broken encoding) would be dropped, with a
comment where it would have been, and replaced by the next candidate of the same random order. None
was dropped: the iCalendar and vCard property lines, the calendar UID, the menu lines with their
missing icons, the soft hyphens of the court judgment and the emoji of the meetup summary are
readable text of their files and were kept, as said on their items. All the draws were labelled in
full; none was cut short.

As in holdout8 … holdout20, the Chinese pools match 年 after any Chinese numeral, so many of their
sentences hold only durations (三年以下有期徒刑, 五年计划): those are labelled as drawn, with no date.
The decisions this set adds are marked NEW h22 on their items (10 of them).

Result: 285 sentences (120 docs22, 25 const22, 78 zh22 national reports, 32 zh22 laws, 30 zh22-prov),
268 entities: 91 date, 19 phone, 16 email, 13 url, 2 docno (141 pattern entities), 60 place, 48 org,
19 person. No id_number was drawn. By group: docs22 22
date, 19 phone, 16 email, 13 url, 2 docno (72 patterns), 24 place, 17 person, 12 org (81 of its 120
lines hold an entity); const22 1 date, 13 org, 6 place (15 of 25); zh22 national reports 57 date, 9
org, 8 place, 1 person (47 of 78); zh22 laws 5 date, 3 org, 2 place (4 of 32); zh22-prov 6 date, 20
place, 11 org, 1 person (15 of 30). The phones all come from the documents: seven of them are the
list of testPhoneNumberExtractor.odt, written with separated, bracketed or spelled-out digits.
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
                ".ical", ".msg")
PER_FILE = 15
# Files left out whole, by reading their text: not English (German, Greek, Russian, Japanese, Arabic, Chinese read as
# mojibake, a mixed-language sample) or garbled (a PDF whose text layer is font-encoded glyph debris).
NOT_ENGLISH = {"aleph-ingest-file/udhr_ger.pdf", "aleph-ingest-file/udhr_ger.txt", "aleph-ingest-file/piste.msg",
               "aleph-ingest-file/countries_nonutf.csv", "aleph-ingest-file/greek.pdf",
               "apache-tika/russian.cp866.txt", "apache-tika/multi-language.txt", "apache-tika/testRTFJapanese.rtf",
               "apache-tika/testRTF-ms932.rtf", "apache-tika/testArabicMisleadingCharset.html",
               "apache-tika/testMSG_chinese.msg"}
GARBLED = {"aleph-ingest-file/example.pdf"}
TYPOGRAPHIC = set("’‘“”–—•…£€©®™°\xa0\xad·")


# -- reading code, copied from build_holdout20.py (itself from build_holdout18.py … build_holdout4.py and
# build_holdout6.py) so that all sets are read alike ------------------------------------------------------------------

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- new here: the documents of ingest-fixtures (not mail) -----------------------------------------------------------

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


def document_lines(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        return pdf_lines(path)
    if path.suffix in (".docx", ".odt", ".xlsx", ".pptx"):
        return zipped_lines(path)
    if path.suffix == ".msg":
        return msg_lines(path)
    data = path.read_bytes()
    if path.suffix == ".rtf":
        return rtf_text(data.decode("latin-1")).splitlines()
    text = decode(data, path)
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
    """The source text of build.py and build_holdout{,2,…,20}.py, and the texts of their ITEMS."""
    import importlib
    files = ["build.py", "build_holdout.py"] + [f"build_holdout{i}.py" for i in range(2, 21)]
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


def docs22_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out, taken = [], set()
    root = CORPUS / "ingest-fixtures"
    paths = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in DOC_SUFFIXES)
    for path in paths:
        rel = path.relative_to(root).as_posix()
        if rel in NOT_ENGLISH or rel in GARBLED:
            continue
        kept = 0
        for line in document_lines(path):
            line = re.sub(r"\s+", " ", line).strip()
            if (kept < PER_FILE and 10 <= len(line) <= 200 and line not in taken
                    and (re.search(r"\d", line) or "@" in line or "http" in line or "www" in line)
                    and readable(line) and not seen(line, source, texts)):
                out.append((f"docs22-{path.name}", line))
                taken.add(line)
                kept += 1
    return out


def const22_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    path = CORPUS / "zh-docs/bilingual/constitution_prc_2018_zh_en_parallel.md"
    for line in path.read_text(encoding="utf-8").splitlines():
        if re.search(r"[\u4e00-\u9fff]", line) or not re.search(r"[A-Za-z]", line):
            continue
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])|(?<=;)\s+", re.sub(r"\s+", " ", line).strip()):
            s = s.strip()
            if 15 <= len(s) <= 200 and re.search(r"\d", s) and not seen(s, source, texts):
                out.append(("const22", s))
    return first_occurrences(out)


def zh22_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    path = CORPUS / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        for para in json.loads(line)["content"].splitlines():
            out += [("zh22-gov-work-reports", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and (PATTERN_ZH.search(s) or LONG_DIGITS.search(s))
                    and not seen(s, source, texts)]
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"zh22-law-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and (PATTERN_ZH.search(s) or LONG_DIGITS.search(s))
                    and not seen(s, source, texts)]
    return first_occurrences(out)


def zh22_provincial_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "zh-docs/provincial-work-reports-2025-docx").glob("gov_work_report_2025_*.docx")):
        prov = path.stem.removeprefix("gov_work_report_2025_")
        for para in docx_paragraphs(path):
            out += [(f"zh22-prov-{prov}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and (PATTERN_ZH.search(s) or LONG_DIGITS.search(s))
                    and not seen(s, source, texts)]
    return first_occurrences(out)


DRAWS = [(docs22_candidates, 23231, 120), (const22_candidates, 23232, 25), (zh22_candidates, 23233, 110),
         (zh22_provincial_candidates, 23234, 30)]


def sample(extra: int = 15) -> list[list[tuple[str, str]]]:
    """Each draw's random order: the first n are the sample, the next `extra` are replacements in order.
    A draw asks for min(n, len(pool)) and its extras only as far as the pool goes."""
    out = []
    for candidates, seed, n in DRAWS:
        pool = candidates()
        n = min(n, len(pool))
        drawn = random.Random(seed).sample(pool, min(n + extra, len(pool)))
        assert drawn[:n] == random.Random(seed).sample(pool, n), "the longer draw must extend the sample"
        out.append(drawn)
    return out


# fmt: off
ITEMS: list[tuple[str, str, str]] = [
    # Labelled blind, by reading only, per the "Labelling rules" of README.md (following the recommendations of "Where the
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout20.py (the NEW h7 … NEW
    # h20 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans). Comments on an item record how an ambiguous case was decided; those marked NEW h22 are decisions
    # no earlier set had to make. #NNN = position in the seeded order. No text was dropped.
    # -- documents of ingest-fixtures (not mail): lines with a digit, '@', 'http' or 'www', at most 15 a file; pool 214,
    # Random(23231).sample(…, 120), in sampled order
    ('docs22-the-dorset-food-menu.pdf', 'Camembert Melts £7.0 Ask for ( )',
     ''),
    # #001: an iCalendar recurrence rule (BYMONTH=10 is a month number, no year): nothing
    ('docs22-meetup.ics', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
     ''),
    # #002: angle brackets left out (README)
    ('docs22-test-outlook2003.msg', '<http://r.office.microsoft.com/r/rlidOutlookWelcomeMail3?clid=1033> -',
     'url:http://r.office.microsoft.com/r/rlidOutlookWelcomeMail3?clid=1033'),
    # #003: the vCard property name (EMAIL:) is a label, left out
    ('docs22-multiline_quoted_printable.vcf', 'EMAIL:max.mueller@example.org',
     'email:max.mueller@example.org'),
    ('docs22-testMSG_att_msg.msg', 'To: Nick Booth <nick.booth@pof.com.au>',
     'person:Nick Booth | email:nick.booth@pof.com.au'),
    ('docs22-test-outlook2003.msg', '<http://r.office.microsoft.com/r/rlidwelcomeFAQ?clid=1033> . To get',
     'url:http://r.office.microsoft.com/r/rlidwelcomeFAQ?clid=1033'),
    # #006: JBIG2 is a compression standard's short name, not cited by series and number: nothing
    ('docs22-testPDF_JBIG2.pdf', 'This is a sample file to test images compressed using JBIG2.',
     ''),
    # #007: the vCard property and its type parameters (TEL;type=WORK;type=pref:) are a label, left out
    ('docs22-john-doe.vcf', 'TEL;type=WORK;type=pref:+1 617 555 1212',
     'phone:+1 617 555 1212'),
    # #008: CATIA V5 is a product
    ('docs22-english.cp500.txt', 'design workstations supporting 64-bit CATIA V5 for large',
     ''),
    # #009: soft hyphens (U+00AD) inside the date, as written (README: spans as written); the label and the time left out
    ('docs22-106972554.pdf', 'Filed: 06\xadMarch\xad2020 12:10 PM',
     'date:06\xadMarch\xad2020'),
    ('docs22-john-doe.vcf', 'TEL;type=WORK:+1 (617) 555-1234',
     'phone:+1 (617) 555-1234'),
    # #011: NEW h22: an iCalendar date-time in the basic format (DTSTAMP:20201117T191745Z, RFC 5545) is a date: the
    # 8-digit date part YYYYMMDD is taken, the time (T…) and the zone marker left out as elsewhere; unlike a bare digit run in
    # a file name (h4), its property says it is a date and its form has a four-digit year
    ('docs22-meetup.ics', 'DTSTAMP:20201117T191745Z',
     'date:20201117'),
    ('docs22-unicode.msg', 'Date: Mon, 18 Nov 2013 10:26:24 +0200',
     'date:18 Nov 2013'),
    # #013: the start of a time-zone rule, a date in the basic format (#011)
    ('docs22-meetup.ics', 'DTSTART:19700329T020000',
     'date:19700329'),
    # #014: the time left out
    ('docs22-testPDF.pdf', '15.9.2007 11:02',
     'date:15.9.2007'),
    # #015: UTF-8 is an encoding's name, not a standard cited by number
    ('docs22-full-bmp.txt', 'This file contains the UTF-8 sequences of all code positions in the',
     ''),
    ('docs22-testMSG_att_msg.msg', 'Test email with 1 msg attachment, 1 pdf',
     ''),
    ('docs22-testPDF.pdf', 'http://incubator.apache.org/tika/',
     'url:http://incubator.apache.org/tika/'),
    # #018: a URL on the local host has a host and a path: a url (as smap@localhost was an email, h12)
    ('docs22-readme.pdf', 'Now you can browse the documentation locally at http://localhost:8000/docs/_build/html/ :',
     'url:http://localhost:8000/docs/_build/html/'),
    # #019: Unicode code points and block names are nothing
    ('docs22-full-bmp.txt', 'Latin-1 Supplement (U+0080-U+00FF):',
     ''),
    ('docs22-testMSG_forwarded.msg', 'To: Paul Allan Hill <paul@metajure.com>',
     'person:Paul Allan Hill | email:paul@metajure.com'),
    # #021: NEW h22: testPhoneNumberExtractor.odt introduces its lines as 'a list of phone numbers' (context, README); each
    # is a phone as written, also with every digit bracketed or dash-separated and also with digits spelled out in words,
    # alone or mixed with numerals (as the vanity number 1-800-69-SHRED, whose letters stand for digits, h4)
    ('docs22-testPhoneNumberExtractor.odt', '[9][0][4] [4][6][8] [7][0][8][1]',
     'phone:[9][0][4] [4][6][8] [7][0][8][1]'),
    # #022: a phone of the list (#021), ten digits run together
    ('docs22-testPhoneNumberExtractor.odt', '9498888888',
     'phone:9498888888'),
    ('docs22-full-bmp.txt', 'Basic Latin (U+0000-U+007F):',
     ''),
    # #024: the CSV header row
    ('docs22-countries.csv', 'euname,modified,linked_country,iso3,iso2,grc,isonum,country,imperitive',
     ''),
    # #025: NEW h22: the ISO and other code columns of a country table (AIA, AI, ANU, the ISO number 660) are codes, not
    # places (as airline codes and tickers are not orgs, README); the country's names in the name columns are places; a
    # country or state code used as a name in an address (NY, USA, #054) stays a place
    ('docs22-countries.csv', ',,United Kingdom,AIA,AI,ANU,660,Anguilla,Geographical; Postal; Currency; Telephone',
     'place:United Kingdom | place:Anguilla'),
    ('docs22-the-dorset-food-menu.pdf', 'Wings £6.5',
     ''),
    # #027: the URL is cut by the file's line folding and labelled up to the break (h4); the name inside it is not labelled
    # (flat)
    ('docs22-event.ical', 'URL:http://americanhistorycalendar.com/peoplecalendar/1,328-abraham-lincol',
     'url:http://americanhistorycalendar.com/peoplecalendar/1,328-abraham-lincol'),
    # #028: a phone of the list (#021)
    ('docs22-testPhoneNumberExtractor.odt', '9497777777',
     'phone:9497777777'),
    # #029: NEW h22: a foreign passport number, a company's registration number or a Singapore UEN is neither an id_number
    # (README: a PRC identity number with a valid check digit) nor a docno (it names a person or a company, not a
    # document): not labelled
    ('docs22-106972554.pdf', '(Papua New Guinea Passport No. B344832)',
     'place:Papua New Guinea'),
    ('docs22-english.cp500.txt', '185 Express provides higher performance than its predecessor',
     ''),
    # #031: the vCard property (a related name) is a label
    ('docs22-john-doe.vcf', 'item5.X-ABRELATEDNAMES;type=pref:Jane Doe',
     'person:Jane Doe'),
    # #032: EnCase is software; .e01 a file type
    ('docs22-EDRM_Micro_Datasets__EDRM.htm', 'Multiple Encase .e01 files containing data from a phone and another data source',
     ''),
    ('docs22-the-dorset-food-menu.pdf', 'Cod Fillet £14.0',
     ''),
    ('docs22-test-outlook2003.msg', '<http://r.office.microsoft.com/r/rlidOutlookWelcomeMail8?clid=1033> -',
     'url:http://r.office.microsoft.com/r/rlidOutlookWelcomeMail8?clid=1033'),
    # #035: the time left out
    ('docs22-file.xlsx', '29/12/1871 13:48',
     'date:29/12/1871'),
    # #036: NEW h22: in a CSV row whose columns are ID, Nom (surname), Prénom (given name), the surname and given-name
    # cells side by side are the surname-first form of one name, one span as written (README: 'Vargas, Maria Victoria'); the
    # row number is nothing; a French mobile written without separators is a phone
    ('docs22-csv_document.csv', '10,Marchand,Hugo,hugo.marchand@example.com,Nice,0601234567',
     'person:Marchand,Hugo | email:hugo.marchand@example.com | place:Nice | phone:0601234567'),
    ('docs22-testMSG_att_msg.msg', 'From: Nick Booth <nick.booth@pof.com.au>',
     'person:Nick Booth | email:nick.booth@pof.com.au'),
    ('docs22-john-doe.vcf', 'TEL;type=CELL:+1 781 555 1212',
     'phone:+1 781 555 1212'),
    ('docs22-english.cp500.txt', 'Design (MCAD), Computer Aided Engineering (CAE), 3D graphic',
     ''),
    # #040: EDRM (the Electronic Discovery Reference Model organisation, EDRM LLC) is an org, also as the maker inside the
    # dataset's name
    ('docs22-EDRM_Micro_Datasets__EDRM.htm', 'The initial Members-Only EDRM Micro Dataset is similar to the initial public dataset but much larger, at approximately 5.5 GB. It is available only to EDRM members.',
     'org:EDRM | org:EDRM#2'),
    # #041: the display name 'Nicolas1 23456' (a given name with a digit and a number in place of a surname) is not
    # name-shaped, so not a person (h20 #021)
    ('docs22-testMSG_att_doc.msg', 'From: Nicolas1 23456',
     ''),
    # #042: as #036
    ('docs22-csv_document.csv', '8,Fournier,Luc,luc.fournier@example.com,Rennes,0689012345',
     'person:Fournier,Luc | email:luc.fournier@example.com | place:Rennes | phone:0689012345'),
    ('docs22-testMSG_att_doc.msg', 'Date: Wed, 22 Apr 2009 14:36:33 +0000',
     'date:22 Apr 2009'),
    ('docs22-testPhoneNumberExtractor.odt', '(949) 666 - 6666',
     'phone:(949) 666 - 6666'),
    # #045: as #013
    ('docs22-meetup.ics', 'DTSTART:19701025T030000',
     'date:19701025'),
    # #046: ISO 10646-1 is one published standard cited by its series and number, a docno (as RFC822, h20); C0 and C1
    # are names of control-code sets
    ('docs22-full-bmp.txt', 'ISO 10646-1 Basic Multilingual Plane, except for the C0 and C1 control',
     'docno:ISO 10646-1'),
    ('docs22-test-outlook2003.msg', '<http://r.office.microsoft.com/r/rlidOutlookWelcomeMail9?clid=1033> -',
     'url:http://r.office.microsoft.com/r/rlidOutlookWelcomeMail9?clid=1033'),
    ('docs22-testMSG_att_msg.msg', 'Date: Fri, 18 Jun 2010 09:54:19 +1000',
     'date:18 Jun 2010'),
    ('docs22-test-outlook2003.msg', '<http://r.office.microsoft.com/r/rlidOutlookWelcomeMail7?clid=1033> -',
     'url:http://r.office.microsoft.com/r/rlidOutlookWelcomeMail7?clid=1033'),
    ('docs22-english.cp500.txt', 'Support for both 32-bit and 64-bit MCAD 3D graphics',
     ''),
    ('docs22-full-bmp.txt', 'Spacing Modifier Letters (U+02B0-U+02FF):',
     ''),
    # #052: the vCard version
    ('docs22-multiline_quoted_printable.vcf', 'VERSION:2.1',
     ''),
    # #053: a defendant company, its numbered name taken whole with its legal suffix
    ('docs22-106972554.pdf', 'ORPHEUS NO. 27 LTD',
     'org:ORPHEUS NO. 27 LTD'),
    # #054: the street of an address is a place without its house number (Smith Street, h1); the ZIP code is nothing;
    # Worktown is the fixture's placeholder town, a place as written
    ('docs22-john-doe.vcf', 'item1.ADR;type=WORK:;;2 Enterprise Avenue;Worktown;NY;01111;USA',
     'place:Enterprise Avenue | place:Worktown | place:NY | place:USA'),
    # #055: a form's placeholder
    ('docs22-testPDF_XFA_govdocs1_258578.pdf', '1. my_teacher_name1',
     ''),
    # #056: CATIA V4 and ENOVIA DMU are products
    ('docs22-english.cp500.txt', 'TAGITT-CATIA V4/ENOVIA DMU Evaluation (450KB)',
     ''),
    # #057: script names
    ('docs22-full-bmp.txt', 'Greek and Coptic (U+0370-U+03FF):',
     ''),
    # #058: the highway of an address is its street, a place (Eaton Hwy., h10; h12 #008); building and suite numbers are
    # nothing
    ('docs22-testPDF_XFA_govdocs1_258578.pdf', '13000 Highway 244, Bldg. 31, Suite 1',
     'place:Highway 244'),
    # #059: a phone of the list, its digits spelled out (#021)
    ('docs22-testPhoneNumberExtractor.odt', 'ninefourninefive5fivefive5fivefive',
     'phone:ninefourninefive5fivefive5fivefive'),
    # #060: IntelliStation POWER 185 Express is a product, its maker labelled
    ('docs22-english.cp500.txt', 'IBM IntelliStation POWER 185 Express',
     'org:IBM'),
    # #061: each date has its year and is its own span
    ('docs22-106972554.pdf', 'for hearing on 28 February 2020 and 4 March 2020; ON READING the 15th Affidavit of John Wylie dated',
     'date:28 February 2020 | date:4 March 2020 | person:John Wylie'),
    # #062: the guide's title is not labelled, the org inside is
    ('docs22-EDRM_Micro_Datasets__EDRM.htm', 'EDRM Processing Standards Guide, version 0.1',
     'org:EDRM'),
    # #063: NEW h22: a backslash escape of the file format (iCalendar's '\,' for a comma, vCard's '\:' for a colon, #080)
    # is kept inside the span, as written; '\n' after 1809 is an escaped line break, not part of the date; the range
    # (1861-1865) shares no unit: each end its own date (README); 'Sixteenth President' is a title
    ('docs22-event.ical', 'DESCRIPTION:Born February 12\\, 1809\\nSixteenth President (1861-1865)\\n\\n\\n',
     'date:February 12\\, 1809 | date:1861 | date:1865'),
    ('docs22-full-bmp.txt', 'U+007E and U+00A0 - U+FFFF. [uniset +0000..ffff utf8-list]',
     ''),
    ('docs22-english.cp500.txt', '2D graphics accelerators, it is an excellent workstation for',
     ''),
    ('docs22-testMSG.msg', 'To: tika-dev@lucene.apache.org',
     'email:tika-dev@lucene.apache.org'),
    # #067: the display name is the address itself, in quotes: two emails
    ('docs22-testMSG_att_doc.msg', "To: 'nicolas1.23456@free.fr' <nicolas1.23456@free.fr>",
     'email:nicolas1.23456@free.fr | email:nicolas1.23456@free.fr#2'),
    ('docs22-106972554.pdf', 'The 1st Defendant is liable to account to the Plaintiff for the sums set out in Annex A hereto, being in total:',
     ''),
    ('docs22-testMSG_forwarded.msg', 'Date: Wed, 7 Dec 2011 16:30:39 -0800',
     'date:7 Dec 2011'),
    ('docs22-john-doe.vcf', 'VERSION:3.0',
     ''),
    # #071: as #011
    ('docs22-event.ical', 'DTSTAMP:20150421T141403',
     'date:20150421'),
    ('docs22-full-bmp.txt', 'Combining Diacritical Marks (U+0300-U+036F):',
     ''),
    ('docs22-test-outlook2003.msg', 'Date: Sun, 28 Mar 2010 22:27:38 +0000',
     'date:28 Mar 2010'),
    # #074: a phone of the list, digits spelled and numerals mixed (#021)
    ('docs22-testPhoneNumberExtractor.odt', 'TwO/6/zERo-FouR/0/NiNe-4/eIgHt/1/One',
     'phone:TwO/6/zERo-FouR/0/NiNe-4/eIgHt/1/One'),
    # #075: the codes are nothing (#025)
    ('docs22-countries.csv', 'ANGOLA,,,AGO,AO,ANG,024,Angola,',
     'place:ANGOLA | place:Angola'),
    # #076: the conference is an event; UF Law (the University of Florida's law school) and EDRM inside it are orgs
    ('docs22-EDRM_Micro_Datasets__EDRM.htm', '4th Annual UF Law / EDRM E-Discovery Conference - details coming soon',
     'org:UF Law | org:EDRM'),
    ('docs22-english.cp500.txt', 'IBM IntelliStation POWER 185 Express workstation',
     'org:IBM'),
    ('docs22-EDRM_Micro_Datasets__EDRM.htm', '4 email boxes with shared correspondence, threads and attachments',
     ''),
    # #079: as #036
    ('docs22-csv_document.csv', '4,Moreau,Paul,paul.moreau@example.com,Toulouse,0645678901',
     'person:Moreau,Paul | email:paul.moreau@example.com | place:Toulouse | phone:0645678901'),
    # #080: the vCard escape '\:' kept as written (#063); the name in the path is not labelled (flat)
    ('docs22-john-doe.vcf', 'item4.URL:http\\://www.example.com/Joe/foaf.df',
     'url:http\\://www.example.com/Joe/foaf.df'),
    # #081: the town and the state abbreviation are separated by punctuation: two places; the ZIP code is nothing
    ('docs22-testPDF_XFA_govdocs1_258578.pdf', 'Keystone, SD 57751',
     'place:Keystone | place:SD'),
    ('docs22-the-dorset-food-menu.pdf', 'Potatoes £11.0',
     ''),
    ('docs22-event.ical', 'SEQUENCE:0',
     ''),
    # #084: the label (fax) left out
    ('docs22-testPDF_XFA_govdocs1_258578.pdf', '(605) 574-2307 fax',
     'phone:(605) 574-2307'),
    # #085: the project is not labelled, the org inside it is (README, *Where the sets disagree* 5)
    ('docs22-testPDF.pdf', 'March 22nd, 2007: Apache Tika project started',
     'date:March 22nd, 2007 | org:Apache'),
    # #086: a named team of Microsoft is a named internal unit, an org taken whole with its parent (README); the year
    # inside it is not labelled again (flat)
    ('docs22-test-outlook2003.msg', 'From: Microsoft Outlook 2003 Team',
     'org:Microsoft Outlook 2003 Team'),
    ('docs22-the-dorset-food-menu.pdf', 'Blossom £12.0',
     ''),
    ('docs22-testMSG.msg', 'From: Jukka Zitting <jukka.zitting@gmail.com>',
     'person:Jukka Zitting | email:jukka.zitting@gmail.com'),
    ('docs22-unicode.msg', 'From: Brian Zhou <brizhou@gmail.com>',
     'person:Brian Zhou | email:brizhou@gmail.com'),
    # #090: a UTC offset is nothing
    ('docs22-meetup.ics', 'TZOFFSETFROM:+0200',
     ''),
    # #091: the ranger programme is not labelled, the person it is named after is
    ('docs22-testPDF_XFA_govdocs1_258578.pdf', 'Program Requested: 2: Young Abraham Lincoln (Ranger Ed)',
     'person:Abraham Lincoln'),
    # #092: CutePDF is the product
    ('docs22-testPDF_acroform3.pdf', 'PDF processed with CutePDF evaluation edition www.CutePDF.com',
     'url:www.CutePDF.com'),
    ('docs22-the-dorset-food-menu.pdf', '(Upgrade to sweet potato fries - £1.5)',
     ''),
    # #094: a calendar UID is an identifier, nothing
    ('docs22-event.ical', 'UID:c7614cff-3549-4a00-9152-d25cc1fe077d',
     ''),
    # #095: the UEN is nothing (#029)
    ('docs22-106972554.pdf', '(Singapore UEN No. 200106898W)',
     'place:Singapore'),
    ('docs22-meetup.ics', 'TZOFFSETTO:+0200',
     ''),
    ('docs22-full-bmp.txt', 'IPA Extensions (U+0250-U+02AF):',
     ''),
    # #098: the registration number is nothing (#029)
    ('docs22-106972554.pdf', '(British Virgin Islands Registration No. 1741205)',
     'place:British Virgin Islands'),
    ('docs22-countries.csv', 'Armenia,,,ARM,AM,ARM,051,Armenia,',
     'place:Armenia | place:Armenia#2'),
    # #100: as #036
    ('docs22-csv_document.csv', '6,Petit,Louis,louis.petit@example.com,Bordeaux,0667890123',
     'person:Petit,Louis | email:louis.petit@example.com | place:Bordeaux | phone:0667890123'),
    # #101: as #098; a soft hyphen inside the number
    ('docs22-106972554.pdf', '(Papua New Guinea Registration No. 1\xad30824)',
     'place:Papua New Guinea'),
    # #102: the dish is named after no place meant here
    ('docs22-the-dorset-food-menu.pdf', 'Vegetable Wellington £11.0',
     ''),
    ('docs22-test-outlook2003.msg', '<http://r.office.microsoft.com/r/rlidOutlookWelcomeMail4?clid=1033> -',
     'url:http://r.office.microsoft.com/r/rlidOutlookWelcomeMail4?clid=1033'),
    # #104: as #036
    ('docs22-csv_document.csv', '2,Martin,Jean,jean.martin@example.com,Lyon,0623456789',
     'person:Martin,Jean | email:jean.martin@example.com | place:Lyon | phone:0623456789'),
    # #105: a court's suit number cites the case's file by its number, a docno (as the CPUC's proceeding numbers, h16
    # #032); the label (Case No.:) left out; the year inside is not labelled again (flat)
    ('docs22-106972554.pdf', 'Case No.: HC/S 865/2018',
     'docno:HC/S 865/2018'),
    # #106: the address-format code 'us' is a code (#025)
    ('docs22-john-doe.vcf', 'item2.X-ABADR:us',
     ''),
    ('docs22-the-dorset-food-menu.pdf', 'Houmous £6.0',
     ''),
    ('docs22-event.ical', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYMONTH=2;BYMONTHDAY=12',
     ''),
    # #109: NEW h22: PyBerlin, the Python user group that runs the meetup, is a community organisation, an org; 'PyBerlin 22'
    # (its 22nd event) is an event, the org inside labelled
    ('docs22-meetup.ics', 'SUMMARY:PyBerlin 22 - 🍁 Autumn event 🍁',
     'org:PyBerlin'),
    # #110: NEW h22: a range joined by 'between … and' whose first end has no year shares the year of the second: one span
    # from the first end to the year, as a dash-joined range sharing a unit (March 15-16, 2001, h10; README *date*)
    ('docs22-testPDF_XFA_govdocs1_258578.pdf', 'between January 19 and April 10, 2009.',
     'date:January 19 and April 10, 2009'),
    ('docs22-english.cp500.txt', 'perfect complement to the IBM IntelliStation POWER 285',
     'org:IBM'),
    ('docs22-test-outlook2003.msg', '<http://r.office.microsoft.com/r/rlidOutlookWelcomeMail5?clid=1033> -',
     'url:http://r.office.microsoft.com/r/rlidOutlookWelcomeMail5?clid=1033'),
    # #113: a phone of the list (#021)
    ('docs22-testPhoneNumberExtractor.odt', '4-1-9-3-4-0-4-6-4-5',
     'phone:4-1-9-3-4-0-4-6-4-5'),
    ('docs22-EDRM_Micro_Datasets__EDRM.htm', 'mail@edrm.net | George Socha +1.651.690.1739 | Tom Gelbmann +1.651.480.0022 | Chris LaCour +1.949.887.3786',
     'email:mail@edrm.net | person:George Socha | phone:+1.651.690.1739 | person:Tom Gelbmann | phone:+1.651.480.0022 | person:Chris LaCour | phone:+1.949.887.3786'),
    ('docs22-john-doe.vcf', 'EMAIL;type=INTERNET;type=WORK;type=pref:johnDoe@example.org',
     'email:johnDoe@example.org'),
    ('docs22-file.xlsx', '13/09/1953 22:01',
     'date:13/09/1953'),
    ('docs22-test-outlook2003.msg', '<http://r.office.microsoft.com/r/rlidOutlookWelcomeMail2?clid=1033> -',
     'url:http://r.office.microsoft.com/r/rlidOutlookWelcomeMail2?clid=1033'),
    ('docs22-106972554.pdf', '18 February 2020 and the 5th Affidavit of Alexander Choo dated 27 February 2020; AND UPON',
     'date:18 February 2020 | person:Alexander Choo | date:27 February 2020'),
    ('docs22-countries.csv', 'Albania,,,ALB,AL,ALB,008,Albania,',
     'place:Albania | place:Albania#2'),
    # -- the English half of the Constitution's parallel text: sentences with a digit; pool 155, Random(23232).sample(…, 25)
    # #000: a section heading naming the body: the org inside is labelled
    ('const22', 'Section 4 The Central Military Commission',
     'org:Central Military Commission'),
    ('const22', 'Article 45 Citizens of the People’s Republic of China shall have the right to material assistance from the state and society when they are aged, ill or have lost the capacity to work.',
     'place:People’s Republic of China'),
    ('const22', '(9) electing the procurator general of the Supreme People’s Procuratorate;',
     'org:Supreme People’s Procuratorate'),
    ('const22', 'Article 17 Collective economic organizations shall, on the condition that they abide by relevant laws, have the autonomy to independently conduct economic activities.',
     ''),
    ('const22', '(9) managing foreign affairs and concluding treaties and agreements with foreign countries;',
     ''),
    # #005: the standing committee's name with its parent is one org (README: 全国人大常委会)
    ('const22', '(18) other functions and powers accorded to it by the National People’s Congress and the National People’s Congress Standing Committee.',
     'org:National People’s Congress | org:National People’s Congress Standing Committee'),
    ('const22', 'Section 3 The State Council',
     'org:State Council'),
    ('const22', '(4) interpreting laws;',
     ''),
    ('const22', 'Article 5 The People’s Republic of China shall practice law-based governance and build a socialist state under the rule of law.',
     'place:People’s Republic of China'),
    ('const22', '(10) directing and managing the development of national defense;',
     ''),
    # #010: article numbers are nothing (README)
    ('const22', 'Article 89 The State Council shall exercise the following functions and powers:',
     'org:State Council'),
    ('const22', 'Article 77 Deputies to the National People’s Congress shall be subject to the oversight of the organizations that elected them.',
     'org:National People’s Congress'),
    ('const22', '(16) deciding, in accordance with the provisions of law, on entering a state of emergency in parts of provinces, autonomous regions and cities directly under central government jurisdiction;',
     ''),
    # #013: local people's congresses are generic
    ('const22', 'Article 103 The standing committees of local people’s congresses at and above the county level shall be composed of a chairperson, vice chairpersons and members;',
     ''),
    # #014: NEW h22: an English official name of the form 'X of the People’s Republic of China' is one org taken whole,
    # the country inside not labelled again (README: the longest name with the place it belongs to, as 美国政府)
    ('const22', 'Article 93 The Central Military Commission of the People’s Republic of China shall lead the country’s armed forces.',
     'org:Central Military Commission of the People’s Republic of China'),
    # #015: chapter and section numbers are nothing; the Constitution is a law's title
    ('const22', 'The organization and work of autonomous organs shall be prescribed by law in accordance with the basic principles laid down in Chapter III sections 5 and 6 of the Constitution.',
     ''),
    ('const22', '(14) deciding on the establishment of special administrative regions and the systems to be instituted there;',
     ''),
    ('const22', 'Article 40 Freedom and confidentiality of correspondence of citizens of the People’s Republic of China shall be protected by law.',
     'place:People’s Republic of China'),
    ('const22', 'Article 37 The personal freedom of citizens of the People’s Republic of China shall not be violated.',
     'place:People’s Republic of China'),
    ('const22', 'Article 43 Working people in the People’s Republic of China shall have the right to rest.',
     'place:People’s Republic of China'),
    ('const22', '(2) submitting proposals to the National People’s Congress or the National People’s Congress Standing Committee;',
     'org:National People’s Congress | org:National People’s Congress Standing Committee'),
    ('const22', 'Article 133 The Supreme People’s Court shall be responsible to the National People’s Congress and the National People’s Congress Standing Committee.',
     'org:Supreme People’s Court | org:National People’s Congress | org:National People’s Congress Standing Committee'),
    # #022: generic bodies; five years is a duration
    ('const22', 'Article 98 Local people’s congresses at all levels shall have a term of five years.',
     ''),
    ('const22', 'After 1840, feudal China gradually became a semi-colonial, semi-feudal country.',
     'date:1840 | place:China'),
    ('const22', '(13) approving the establishment of provinces, autonomous regions and cities directly under central government jurisdiction;',
     ''),
    # -- national reports (all years) and laws: sentences with a year, 〔, 号, a 7+ digit run or a phone/e-mail cue; pool
    # 2628, Random(23233).sample(…, 110)
    # #000: the plan period is not labelled; 我国 is a self-reference
    ('zh22-gov-work-reports', '在第一个五年计划期间，苏联帮助设计和供应设备的共有一百五十六个建设项目，苏联给我国提供了大量的长期的优惠贷款，并且派遣了大批的技术专家帮助我们进行各项建设工作。',
     'place:苏联 | place:苏联#2'),
    ('zh22-law-criminal_law', '第二百四十八条 监狱、拘留所、看守所等监管机构的监管人员对被监管人进行殴打或者体罚虐待，情节严重的，处三年以下有期徒刑或者拘役；',
     ''),
    ('zh22-gov-work-reports', '人均期望寿命2002年达71.8岁，接近中等发达国家水平。',
     'date:2002年'),
    # #003: 毛主席 is a title with a surname (README); the campaign is not labelled
    ('zh22-gov-work-reports', '过去的一年中，我国在各个战线上取得的伟大胜利，最基本的推动力量是中共中央和毛主席倡导的全民性的整风运动，以及在这个运动中所进行的反对资产阶级右派的斗争。',
     'org:中共中央'),
    # #004: 毛主席 as #003
    ('zh22-gov-work-reports', '他们全盘否定一九七五年我们在各方面取得的成就，把落实毛主席的一系列指示污蔑为推行“修正主义纲领”，把各方面的整顿污蔑为“全面复辟”，把建设四个现代化的社会主义强国污蔑为“资本主义化”。',
     'date:一九七五年'),
    ('zh22-gov-work-reports', '在过去的一年中，我们继续坚持独立自主的外交政策，在和平共处五项原则的基础上进一步发展同世界各国的友好关系，反对霸权主义，维护世界和平，使我国的国际地位有了新的提高。',
     ''),
    ('zh22-gov-work-reports', '有的工程，特别是大型工程，在当年并不能发挥效益，或者不能充分发挥效益，往往要到第二年甚至第三年才能充分发挥效益。',
     ''),
    # #007: 中华人民共和国 inside the regulation's title is labelled (h4)
    ('zh22-law-public_security_administration_punishments_law_2012', '1986年9月5日公布、1994年5月12日修订公布的《中华人民共和国治安管理处罚条例》同时废止。',
     'date:1986年9月5日 | date:1994年5月12日 | place:中华人民共和国'),
    # #008: 公民身份号码 is the name of a field, no number
    ('zh22-law-resident_id_card_law_2011', '第三条 居民身份证登记的项目包括：姓名、性别、民族、出生日期、常住户口所在地住址、公民身份号码、本人相片、指纹信息、证件的有效期和签发机关。',
     ''),
    ('zh22-gov-work-reports', '一九八二年全国农民平均每人的纯收入达到二百七十元，比一九七八年增加一倍。',
     'date:一九八二年 | date:一九七八年'),
    ('zh22-law-criminal_law', '第一百三十七条 建设单位、设计单位、施工单位、工程监理单位违反国家规定，降低工程质量标准，造成重大安全事故的，对直接责任人员，处五年以下有期徒刑或者拘役，并处罚金；',
     ''),
    ('zh22-gov-work-reports', '五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨，今年力争分别淘汰3000万吨和3500万吨。',
     ''),
    # #012: the games are events
    ('zh22-gov-work-reports', '做好2024年奥运会、残奥会备战参赛工作。',
     'date:2024年'),
    ('zh22-gov-work-reports', '五年出版图书十一万种，共印二百三十九亿册（张）。',
     ''),
    ('zh22-law-criminal_law', '情节特别恶劣的，处五年以上十年以下有期徒刑，并处二万元以上二十万元以下罚金。',
     ''),
    ('zh22-gov-work-reports', '但是比五年计划原定的1957年投资还多十四亿元，五年合计，仍然超过五年计划原定数约五十亿元。',
     'date:1957年'),
    ('zh22-gov-work-reports', '在基本建设方面，根据１９５５年对３，２８０个较大的建设单位的统计，节约的资金约达１０亿余元，比原投资计划减少了１６．１％。',
     'date:１９５５年'),
    ('zh22-gov-work-reports', '那种说第一个五年计划搞坏了的人，他们对社会主义事业抱着敌对的态度，故意抹煞全国人民辛勤劳动的成果。',
     ''),
    ('zh22-law-criminal_law', '数额巨大并且占应纳税额百分之三十以上的，处三年以上七年以下有期徒刑，并处罚金。',
     ''),
    ('zh22-gov-work-reports', '一年来，我们以科学发展观统领经济社会发展全局，主要做了以下几方面工作：',
     ''),
    ('zh22-law-criminal_law', '数额特别巨大或者造成特别重大损失的，处五年以上有期徒刑，并处五万元以上五十万元以下罚金。',
     ''),
    ('zh22-gov-work-reports', '据不完全统计，近三年农村新建房屋达九亿平方米。',
     ''),
    ('zh22-gov-work-reports', '第六个五年计划在这方面安排了三千六百亿元的投资，把这笔资金管好用好，使计划安排的重点建设项目能够按期建成投产，使现有企业的技术改造取得显著的成效，这对于增强我国的经济实力将起重要的作用。',
     ''),
    ('zh22-gov-work-reports', '以运输业说，五年内新建成的铁路干线和支线共四千公里以上，加上恢复铁路、改建铁路、新建复线、延长车站站线、工业和其他的专用线，则增加的铁路总长度约为一万公里。',
     ''),
    # #024: traditional characters, as written; 一九五四年預算: the year is the date
    ('zh22-gov-work-reports', '這部分的支出佔整個財政支出的比重也從一九五〇年百分之十一點一增加到一九五四年預算的百分之十四點七。',
     'date:一九五〇年 | date:一九五四年'),
    # #025: traditional characters; 中國 inside the party's name is not labelled again (flat); 主席 a title
    ('zh22-gov-work-reports', '五年以來，中央人民政府在中國共産黨和毛澤東主席的領導之下，根據共同綱領所規定的目標進行了自己的工作，得到了全國人民的支持。',
     'org:中央人民政府 | org:中國共産黨 | person:毛澤東'),
    # #026: 十三大 (the party's thirteenth congress) is an event
    ('zh22-gov-work-reports', '今后的五年，是落实十三大精神，实现新旧体制转换和第二步经济发展战略的关键性五年。',
     ''),
    ('zh22-law-criminal_law', '第二百五十五条 公司、企业、事业单位、机关、团体的领导人，对依法履行职责、抵制违反会计法、统计法行为的会计、统计人员实行打击报复，情节恶劣的，处三年以下有期徒刑或者拘役。',
     ''),
    ('zh22-gov-work-reports', '以上我报告了政府过去一年多以来所进行的主要工作和今后工作中的主要方针，请大会审议批准。',
     ''),
    ('zh22-law-criminal_law', '第二百八十二条 以窃取、刺探、收买方法，非法获取国家秘密的，处三年以下有期徒刑、拘役、管制或者剥夺政治权利；',
     ''),
    ('zh22-gov-work-reports', '在一九五八年开展的农具改革运动，必须继续进行，并且把已经证明合用的改良农具认真地推广和普及。',
     'date:一九五八年'),
    ('zh22-law-criminal_law', '数额巨大的，处三年以上七年以下有期徒刑，并处罚金。',
     ''),
    ('zh22-law-criminal_law', '情节特别严重的，处三年以上十年以下有期徒刑，并处罚金：',
     ''),
    ('zh22-gov-work-reports', '在第一个五年计划期间，预计对于私营工商业的改造将达到如下的成就，就是：私营工业的大部分将转变为各种形式的国家资本主义，而私营的现代工业的大部分将转变为高级形式的国家资本主义——公私合营；',
     ''),
    ('zh22-law-criminal_law', '第一百六十九条之一 上市公司的董事、监事、高级管理人员违背对公司的忠实义务，利用职务便利，操纵上市公司从事下列行为之一，致使上市公司利益遭受重大损失的，处三年以下有期徒刑或者拘役，并处或者单处罚金；',
     ''),
    ('zh22-law-criminal_law', '对其他积极参加的，处五年以下有期徒刑、拘役、管制或者剥夺政治权利。',
     ''),
    ('zh22-law-criminal_law', '使生产遭受重大损失的，处三年以上七年以下有期徒刑，并处销售金额百分之五十以上二倍以下罚金；',
     ''),
    # #037: the First and the Second Automobile Works are named companies, orgs (README)
    ('zh22-gov-work-reports', '设计能力比第一汽车制造厂大一倍的第二汽车制造厂，也将在第一个五年计划期间开始建设。',
     'org:第一汽车制造厂 | org:第二汽车制造厂'),
    ('zh22-law-criminal_law', '第二百七十条 将代为保管的他人财物非法占为己有，数额较大，拒不退还的，处二年以下有期徒刑、拘役或者罚金；',
     ''),
    ('zh22-gov-work-reports', '１９５５年全国工业总产值完成了原定计划的１０１％，比１９５４年增长８％。',
     'date:１９５５年 | date:１９５４年'),
    ('zh22-law-criminal_law', '第三百六十五条 组织进行淫秽表演的，处三年以下有期徒刑、拘役或者管制，并处罚金；',
     ''),
    ('zh22-gov-work-reports', '1979年油料产量644万吨，比上年增加122万吨；',
     'date:1979年'),
    ('zh22-law-criminal_law', '情节特别严重的，处五年以上十年以下有期徒刑，并处罚金。',
     ''),
    # #043: the projects are not labelled, the places inside are: 长江三峡 and 黄河小浪底 as in h19 nat19 #004 (h15); the
    # river 大通河 and the basin 秦王川 inside the canal project's name; 京九 (a railway of abbreviations) and “三北” are not
    ('zh22-gov-work-reports', '重点建设项目进展情况较好，“三北”防护林二期工程提前一年建成，京九铁路全线进入施工高潮，举世瞩目的长江三峡工程以及黄河小浪底水利枢纽工程正式开工，甘肃“引大（大通河）入秦（秦王川）”总干渠通水。',
     'place:长江三峡 | place:黄河小浪底 | place:甘肃 | place:大通河 | place:秦王川'),
    ('zh22-gov-work-reports', '本届国务院经过对过去五年工作、当前形势和面临问题的研究，认为对下届政府的工作需要提出以下建议，请大会予以审议。',
     'org:国务院'),
    ('zh22-gov-work-reports', '１９５５年国营工业利润收入比原计划增加了十分之一以上。',
     'date:１９５５年'),
    # #046: 号召 is no number
    ('zh22-gov-work-reports', '如果各地区、各部门主管经济工作的领导同志不亲自去抓一两个重点企业，不和广大群众一道去取得亲身体验的实际经验，只停留于一般号召，就永远也不可能取得领导现代化建设的必要知识和主动权，就不能继续胜任他们所担负的领导工作。',
     ''),
    ('zh22-gov-work-reports', '象一九五四年我国大片地区遇到百年来未有的洪水灾害，如果国家没有实行这样的粮食政策，灾区人民的生活和灾区生产的恢复是不堪设想的。',
     'date:一九五四年'),
    ('zh22-law-criminal_law', '第三百五十五条 依法从事生产、运输、管理、使用国家管制的麻醉药品、精神药品的人员，违反国家规定，向吸食、注射毒品的人提供国家规定管制的能够使人形成瘾癖的麻醉药品、精神药品的，处三年以下有期徒刑或者拘役，并处罚金；',
     ''),
    ('zh22-gov-work-reports', '（一）在普遍增产粮食的基础上抓好两头，一头是抓好十二个大面积商品粮基地和全国的国营农场，八年内使它们提供的商品粮比现在增加两、三倍；',
     ''),
    ('zh22-gov-work-reports', '在过去的五年中，我国科技、教育、文化事业重新出现了繁荣兴旺的局面。',
     ''),
    ('zh22-law-criminal_law', '第一百二十条之三 以制作、散发宣扬恐怖主义、极端主义的图书、音频视频资料或者其他物品，或者通过讲授、发布信息等方式宣扬恐怖主义、极端主义的，或者煽动实施恐怖活动的，处五年以下有期徒刑、拘役、管制或者剥夺政治权利，并处罚金；',
     ''),
    # #052: 中央财政 is attributive (README)
    ('zh22-gov-work-reports', '今后三年内中央财政再支持5000所中心乡镇卫生院、2000所县级医院和2400所城市社区卫生服务中心建设。',
     ''),
    ('zh22-gov-work-reports', '高级中学在校学生的人数将增长百分之一百七十八，在一九五七年达到七十二万四千人；',
     'date:一九五七年'),
    ('zh22-gov-work-reports', '一九五七年的在校学生人数，比一九五六年，高等学校增长百分之九点七，普通中学增长百分之十五，小学增长百分之五点五。',
     'date:一九五七年 | date:一九五六年'),
    # #055: 底 left out (README); the plan period is not labelled
    ('zh22-gov-work-reports', '计划在一九八五年底前建成投产一千二百九十万千瓦，结转到第七个五年计划期间续建的有二千三百七十万千瓦。',
     'date:一九八五年'),
    # #056: a year inside a longer term (一九五八年式, 1958-style) is a date (h12 #022); the campaign is not labelled
    ('zh22-gov-work-reports', '就是在解放以后，在资本主义工商业和个体农业手工业没有实行社会主义改造以前，在政治战线思想战线没有取得革命性的胜利以前，也不可能发生一九五八年式的大跃进。',
     'date:一九五八年'),
    ('zh22-gov-work-reports', '加强原材料工业建设，１９９７年钢产量达到９４００万吨，并努力提高质量，增加品种。',
     'date:１９９７年'),
    # #058: a year with its half (h10) and its quarter (h5) as written is one span
    ('zh22-gov-work-reports', '根据我们最近得到的材料，上海市在一九五五年上半年第一季度，公私纺织厂每件纱的平均用棉量已降低到三百八十六点一斤，比全国一九五五年上半年每件纱的计划用棉量降低将近七斤。',
     'place:上海市 | date:一九五五年上半年第一季度 | date:一九五五年上半年#2'),
    ('zh22-gov-work-reports', '我们根据这个原则制定了一九五九年工业的生产和建设计划，我们也必须根据这个原则执行这个计划。',
     'date:一九五九年'),
    # #060: the session ordinal is not part of the name (README); 中华人民共和国 inside the title (#007)
    ('zh22-law-criminal_law', '1999年12月25日 第九届全国人民代表大会常务委员会第十三次会议通过的《中华人民共和国刑法修正案》',
     'date:1999年12月25日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    ('zh22-gov-work-reports', '在新的一年，要着眼全面履行新世纪新阶段军队历史使命，推进军队革命化、现代化、正规化建设。',
     ''),
    ('zh22-gov-work-reports', '城乡居民的实际消费水平五年增长百分之二十七左右，进一步改善人民的生活质量和生活环境。',
     ''),
    ('zh22-law-criminal_law', '第二百二十七条 伪造或者倒卖伪造的车票、船票、邮票或者其他有价票证，数额较大的，处二年以下有期徒刑、拘役或者管制，并处或者单处票证价额一倍以上五倍以下罚金；',
     ''),
    ('zh22-gov-work-reports', '各级政府逐年增加社会保障和再就业方面的资金投入，2002年中央财政用于“两个确保”和“低保”的资金达594亿元，是1998年的6.2倍。',
     'date:2002年 | date:1998年'),
    ('zh22-gov-work-reports', '许多工农业产品的产量，在一九五八年一年增加的数量，超过了一九五七年比一九五二年增加的数量。',
     'date:一九五八年 | date:一九五七年 | date:一九五二年'),
    ('zh22-law-national_intelligence_law_2018', '2017年6月27日 第十二届全国人民代表大会常务委员会第二十八次会议通过',
     'date:2017年6月27日 | org:全国人民代表大会常务委员会'),
    ('zh22-gov-work-reports', '前面说过，在五年内的工业基本建设的投资中，制造生产资料工业的投资占百分之八十八点八，制造消费资料工业的投资占百分之十一点二。',
     ''),
    ('zh22-gov-work-reports', '在国家财政收入下降的同时，预算外资金却大幅度增加，由一九七八年的三百七十一亿元增加到一九八二年的六百五十亿元，四年间增长百分之七十五点二。',
     'date:一九七八年 | date:一九八二年'),
    ('zh22-gov-work-reports', '一年来，我们在贯彻实施行政许可法、坚持科学民主决策、推进依法行政、加强社会管理等方面，做了一些工作。',
     ''),
    ('zh22-gov-work-reports', '一九五九年国民经济计划的规模是宏伟的，任务是艰巨的。',
     'date:一九五九年'),
    ('zh22-law-cybersecurity_law_2016', '第二十四条 网络运营者为用户办理网络接入、域名注册服务，办理固定电话、移动电话等入网手续，或者为用户提供信息发布、即时通讯等服务，在与用户签订协议或者确认提供服务时，应当要求用户提供真实身份信息。',
     ''),
    ('zh22-gov-work-reports', '在工业生产方面：两个年度计划都超额完成，一九五四年工业总产值比一九五二年增长了百分之五十三点七；',
     'date:一九五四年 | date:一九五二年'),
    ('zh22-gov-work-reports', '我们认为，从全国人民整体的长远的利益来考虑，应该首先用必要的财力来保证国家的建设，同时按照五年计划规定的指标来提高生活水平。',
     ''),
    ('zh22-gov-work-reports', '1956年的自然灾荒，不仅是我国解放以来最大的一次灾荒，也是几十年以来我国最大的一次灾荒，被灾田地約二亿三千万亩，受灾人口約七千万人。',
     'date:1956年'),
    ('zh22-gov-work-reports', '那么，根据建国以来三十多年特别是近八年的经济建设经验，根据当前经济生活的现实情况，要保证国民经济的长期稳定发展，需要着重解决好哪些问题呢？',
     ''),
    ('zh22-gov-work-reports', '为了进一步巩固和发展大好形势，在新的一年里，我们要继续根据社会主义物质文明和精神文明建设一起抓的方针，艰苦奋斗，更加扎扎实实地做好各方面的工作。',
     ''),
    ('zh22-gov-work-reports', '基本建设1979年交付使用的固定资产占投资的比重，由上年的74.3％提高到83.7％。',
     'date:1979年'),
    # #078: plan periods are not labelled; 今年 is relative
    ('zh22-gov-work-reports', '2011年，是“十二五”开局之年，做好今年的工作对于完成“十二五”各项目标任务至关重要。',
     'date:2011年'),
    ('zh22-law-criminal_law', '情节较轻的，处三年以上十年以下有期徒刑。',
     ''),
    ('zh22-gov-work-reports', '2002年高等学校在校生1600万人，是1997年的2.3倍；',
     'date:2002年 | date:1997年'),
    ('zh22-gov-work-reports', '同时，从这些事实可以看出，我国三十二年来国民收入的增长幅度比工农业总产值的增长幅度低得多，而人民生活水平提高的幅度又大大低于国民收入增长的幅度，我国经济建设的效益很不理想，人民生活的改善同人民付出的劳动不相适应。',
     ''),
    ('zh22-gov-work-reports', '深入实施国企改革三年行动，做强做优做大国有资本和国有企业。',
     ''),
    ('zh22-gov-work-reports', '基础设施建设明显加快，五年建成铁路新线1.6万公里，新增公路63.9万公里，其中高速公路3.3万公里，新建、改扩建机场33个，新建和加固堤防1.7万公里。',
     ''),
    ('zh22-gov-work-reports', '我国的钢产量在一九五二年是一百三十五万吨，到一九五八年就增加到一千一百零八万吨。',
     'date:一九五二年 | date:一九五八年'),
    # #085: in 1978、1979两年 each bare year is a date (README: a bare year)
    ('zh22-gov-work-reports', '粮食产量33，212万吨，比上年增加2，737万吨，这是在1978年粮食丰收的基础上实现的，1978、1979两年共增产粮食4，900多万吨。',
     'date:1978年 | date:1978#2 | date:1979'),
    ('zh22-gov-work-reports', '可以看出，在１９５６年经济建设支出中，除了重工业和交通运输业有很大的增长以外，轻工业支出和农林水利支出增长的比例也比较快，所占的比重比１９５５年增大了。',
     'date:１９５６年 | date:１９５５年'),
    ('zh22-law-criminal_law', '第三百四十一条 非法猎捕、杀害国家重点保护的珍贵、濒危野生动物的，或者非法收购、运输、出售国家重点保护的珍贵、濒危野生动物及其制品的，处五年以下有期徒刑或者拘役，并处罚金；',
     ''),
    ('zh22-gov-work-reports', '第一个五年计划开始建设的许多重要的建设工程，有的要在第二个五年计划期间才能建成，有的要在第二个五年计划期间才能在生产上起重要的作用。',
     ''),
    ('zh22-gov-work-reports', '过去五年，民族、宗教、侨务等工作创新完善。',
     ''),
    ('zh22-gov-work-reports', '这是五年来一系列重大政策效应累积，各方面不懈努力、久久为功的结果。',
     ''),
    ('zh22-law-criminal_law', '（二）判处无期徒刑的，不能少于十三年；',
     ''),
    ('zh22-gov-work-reports', '但是，以第一个五年计划期间的总投资额计算，非生产性建设的投资比重，仍然占百分之二十三点四；',
     ''),
    ('zh22-gov-work-reports', '同在工业战线上一样，在农业、运输邮电和商业的战线上，为了完成一九五九年的计划，都必须坚持群众路线的工作方法，开展轰轰烈烈的群众运动。',
     'date:一九五九年'),
    ('zh22-law-criminal_law', '第三百八十一条 战时拒绝军事征收、征用，情节严重的，处三年以下有期徒刑或者拘役。',
     ''),
    ('zh22-gov-work-reports', '农民人均纯收入，１９８２年为２７０元，１９８７年提高到４６３元，扣除物价上涨因素，平均每年增长８．６％；',
     'date:１９８２年 | date:１９８７年'),
    # #096: 去年三月 is relative; the ordinals are not part of the name
    ('zh22-gov-work-reports', '从去年三月第五届全国人民代表大会第一次会议闭幕到我们这次会议召开，已经一年零三个月了。',
     'org:全国人民代表大会'),
    ('zh22-law-criminal_law', '数额特别巨大的，处七年以上有期徒刑。',
     ''),
    ('zh22-gov-work-reports', '例如哈尔滨食品公司一九五四年一年中发生的浪费事件就有五十多次，有帐可查的浪费数字就达五十七万元之多。',
     'org:哈尔滨食品公司 | date:一九五四年'),
    # #099: a space in the source before 2010年
    ('zh22-gov-work-reports', '加快实施国家助学制度，财政投入从2006年的18亿元增加到 2010年的306亿元，覆盖面从高等学校扩大到中等职业学校和普通高中，共资助学生2130万名，还为1200多万名义务教育寄宿生提供生活补助。',
     'date:2006年 | date:2010年'),
    ('zh22-law-criminal_law', '第二百四十九条 煽动民族仇恨、民族歧视，情节严重的，处三年以下有期徒刑、拘役、管制或者剥夺政治权利；',
     ''),
    # #101: the plan period (第十四个五年规划) is not labelled; the year of the long-range goals is
    ('zh22-gov-work-reports', '中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议',
     'org:中共中央 | date:二〇三五年'),
    ('zh22-gov-work-reports', '在一九五八年，我们扩大了地方管理工业建设和工业生产的权限，从而大大提高了各级地方组织和劳动群众大办工业的积极性，大大加快了建设的进度，迅速提高了工业的产量。',
     'date:一九五八年'),
    # #103: the adjudication committee of the Supreme People's Court is a named body of a single named body, an org
    # taken whole (h7 #027: 最高人民法院); the meeting's number is nothing
    ('zh22-law-spc_provisions_xpcc_court_jurisdiction_2005', '2005年1月13日 最高人民法院审判委员会第1340次会议通过',
     'date:2005年1月13日 | org:最高人民法院审判委员会'),
    ('zh22-law-criminal_law', '第一百三十四条之一 在生产、作业中违反有关安全管理的规定，有下列情形之一，具有发生重大伤亡事故或者其他严重后果的现实危险的，处一年以下有期徒刑、拘役或者管制：',
     ''),
    ('zh22-gov-work-reports', '同时，又保证了我国第一个五年计划的各项指标有可能比较顺利地完成和超额完成，从而准备了实行第二个五年计划的有利条件。',
     ''),
    ('zh22-law-criminal_law', '第二百八十七条之一 利用信息网络实施下列行为之一，情节严重的，处三年以下有期徒刑或者拘役，并处或者单处罚金：',
     ''),
    ('zh22-gov-work-reports', '商业机构零售总额前三年共增加了一百一十三亿元，而1956年就增加了六十二亿元。',
     'date:1956年'),
    ('zh22-gov-work-reports', '为了实现一九五九年的计划，我们应当注意些什么问题呢？',
     'date:一九五九年'),
    ('zh22-gov-work-reports', '（一）一九五七年经济战线上的胜利',
     'date:一九五七年'),
    # -- provincial 2025 reports, the same cues; pool 187, Random(23234).sample(…, 30)
    # #000: 亚布力 (the Yabuli ski area) is a place; the train “伊春号” is a product, the city inside it labelled; 亚雪公路
    # is a road named with abbreviations
    ('zh22-prov-heilongjiang', '旅游环境持续优化，北京直达亚布力滑雪专列实现夕发朝至，“伊春号”高端旅游列车首发运营，亚雪公路完成升级改造，新开通11条省内支线机场串飞航线。',
     'place:北京 | place:亚布力 | place:伊春'),
    # #001: 人大 in 人大代表 and 政协 in 政协提案 are orgs (README)
    ('zh22-prov-sichuan', '一年来，省政府接受人大法定监督和政协民主监督，按规定报告和通报工作，认真办理人大代表建议和政协提案。',
     'org:省政府 | org:人大 | org:政协 | org:人大#2 | org:政协#2'),
    # #002: the floating platform “明阳天成号” is a product; 明阳 (Mingyang, its maker) inside it is an org (README: BOEING
    # in BOEING 737-800)
    ('zh22-prov-guangdong', '全球单体容量最大的漂浮式风电平台“明阳天成号”在阳江投运，全省海上风电并网容量超1200万千瓦、跃居全国首位。',
     'org:明阳 | place:阳江'),
    # #003: the tourist roads are roads (h20 #068); the river, the Great Wall (a historic site) and the Taihang
    # mountains they are named after are places; 国保单位 is a category
    ('zh22-prov-shanxi', '提升黄河、长城、太行三个一号旅游公路交旅融合功能，有机串联531处国保单位和976个景区景点。',
     'place:黄河 | place:长城 | place:太行'),
    # #004: metro lines and the railway 璧铜线 (named with abbreviations) are not places
    ('zh22-prov-chongqing', '轨道交通7号线一期全线开工，市郊铁路璧铜线等建成开通，完成轨道站点步行便捷性提升项目13个，轨道交通运营里程达到575公里、日最高客运量突破600万人次。',
     ''),
    ('zh22-prov-qinghai', '深入开展安全生产治本攻坚三年行动，强化食品药品全链条安全监管。',
     ''),
    ('zh22-prov-hebei', '二、2025年目标任务和主要工作',
     'date:2025年'),
    # #007: the ordinal splits the name (README)
    ('zh22-prov-jilin', '——2025年1月14日在吉林省第十四届人民代表大会第四次会议上',
     'date:2025年1月14日 | place:吉林省 | org:人民代表大会'),
    # #008: “粤字号” is a brand label built of the abbreviation 粤 (h20 #023: 桂字号)
    ('zh22-prov-guangdong', '实施现代农业产业集群培育行动，做好“土特产”文章，培育更多地理标志产品、“粤字号”农产品，推动预制菜等农产品加工业有序发展，壮大乡村休闲产业等新业态。',
     ''),
    # #009: as #007
    ('zh22-prov-tibet', '——2025年1月19日在西藏自治区第十二届人民代表大会第三次会议上',
     'date:2025年1月19日 | place:西藏自治区 | org:人民代表大会'),
    ('zh22-prov-chongqing', '强化安全稳定风险闭环管控，深入实施安全生产治本攻坚三年行动，打好安全生产、防汛救灾、森林防火、电力保供、高温防暑“保卫战”，开展燃气管道、道路交通、建设施工、有限空间、外墙砖脱落等专项整治，生产安全亡人事故起数和死亡人数“双下降”。',
     ''),
    # #011: the three named development areas are places taken whole (README: science cities); 南北转型 is a compass
    # phrase; the metro lines are not places; NEW h22: a theme-park resort (乐高乐园度假区, the Legoland Shanghai resort) is a
    # named site that hosts visitors, a place taken whole as a named scenic area (h15 #060) and a venue (README), the brand
    # inside it not labelled again (flat)
    ('zh22-prov-shanghai', '持续推动南北转型，强化南大智慧城、吴淞创新城、湾区科创城等重点转型区域功能升级，推进19号线、南枫线等轨道交通线建设，推动乐高乐园度假区开园运营。',
     'place:南大智慧城 | place:吴淞创新城 | place:湾区科创城 | place:乐高乐园度假区'),
    ('zh22-prov-jiangxi', '新的一年，我们要支持其发挥更大作用。',
     ''),
    ('zh22-prov-sichuan', '深入实施促进农产品加工业发展三年行动，着力补齐仓储保鲜、冷链物流、农机、农村电商等短板，推动乡村产业全链条升级。',
     ''),
    ('zh22-prov-jiangsu', '经过全国第五次经济普查，13个设区市地区生产总值都不同程度有所增加，全省共增加2702亿元，2023年达到13.09万亿元，再上一个万亿元台阶。',
     'date:2023年'),
    ('zh22-prov-gansu', '有效应对1961年以来最强区域性暴雨灾害。',
     'date:1961年'),
    # #016: as #007
    ('zh22-prov-chongqing', '——2025年1月19日在重庆市第六届人民代表大会第三次会议上',
     'date:2025年1月19日 | place:重庆市 | org:人民代表大会'),
    ('zh22-prov-fujian', '促进基础教育优质均衡，普惠性幼儿园覆盖率达94.9%，新增公办义务教育学位11.4万个，九年义务教育巩固率99.6%，普通高中录取率近70%。',
     ''),
    ('zh22-prov-shanxi', '带头过紧日子，省级“三公”经费连续11年只减不增。',
     ''),
    # #019: 习近平 inside the name of his thought, 中国 in 中国特色 (README)
    ('zh22-prov-guizhou', '一年来，我们坚持不懈加强党的创新理论武装，巩固拓展学习贯彻习近平新时代中国特色社会主义思想主题教育成果，更加自觉衷心拥护“两个确立”、忠诚践行“两个维护”。',
     'person:习近平 | place:中国'),
    ('zh22-prov-jiangsu', '如期完成制造业智能化改造和数字化转型三年行动计划，累计诊断企业超6万家、改造项目5.6万余个，基本实现规上工业企业全覆盖。',
     ''),
    # #021: the airport is not named; 兴港高速 is a road; the 津静 railway is named with abbreviations; metro lines are
    # not places
    ('zh22-prov-tianjin', '机场三期改扩建工程开工，兴港高速等加快建设，地铁11号线一期西段、5号线延伸线、津静市域（郊）铁路首开段运营。',
     ''),
    ('zh22-prov-inner_mongolia', '一年来，我们坚持用改革的办法破解难题，有效激发经济社会发展动力活力。',
     ''),
    ('zh22-prov-beijing', '开通地铁17号线全线和6号线南延，推进地铁网、市郊铁路网、公交网多网融合，公交与轨道50米内换乘比例提高到90%。',
     ''),
    ('zh22-prov-gansu', '创新消费场景，加快城市一刻钟便民生活圈建设，改造提升步行街、特色餐饮街区，支持“老字号”创新发展。',
     ''),
    # #025: the campaign “绿盾” is not labelled
    ('zh22-prov-sichuan', '38.自然保护地“绿盾”行动：生态环境部联合相关部门持续推进“绿盾”重要生态空间强化监督，统筹开展自然保护地、生态保护红线生态破坏问题排查专项行动，实现“监控发现—移交查处—督促整改—上报销号”闭环管理。',
     'org:生态环境部'),
    ('zh22-prov-sichuan', '落实“政府带头过紧日子”要求，全省一般性支出预算下降3.6%，“三公”经费连续11年下降。',
     ''),
    ('zh22-prov-henan', '有序推进第二轮土地承包到期后再延长30年试点。',
     ''),
    # #028: 长江 inside the campaigns is labelled; 干流 taken with the river, 段 left out (h7, h16 #006)
    ('zh22-prov-jiangsu', '深入实施进一步抓实抓好长江大保护工作三年行动计划，持续开展长江干流通江支流稳定达标专项行动，确保长江干流江苏段水质保持Ⅱ类，持续抓好长江“十年禁渔”。',
     'place:长江 | place:长江干流 | place:长江干流#2 | place:江苏 | place:长江#4'),
    ('zh22-prov-guangxi', '一年来，按照自治区党委部署要求，我们主要做了以下工作：',
     'org:自治区党委'),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout22", ITEMS, DRAWS, sample, ("docs22-", "const22", "zh22-gov-work-reports", "zh22-law-",
                                                     "zh22-prov-"))


if __name__ == "__main__":
    main()

r"""Build eval/ner/holdout20.jsonl: a twentieth held-out NER set, rich in patterns, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (with the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout18.py (the NEW h7 … NEW h18 decisions included). The labeller did
not read anything of the extractor (dossier/), the tests, docs/ or bench/, did not run it,
bench/ner_eval.py, the tests, the project's date/phone finders or any date or phone parser,
segmenter, NER or POS tool on these sentences, and did not look at what any tool predicts for them.
The set has never been scored. Like holdout4, holdout8, holdout10 … holdout18 it is meant to be rich
in patterns (dates, phones, e-mail addresses, URLs, document numbers, PRC ID numbers); every entity
type the rules define is labelled, names (person, org, place) included.

    python eval/ner/build_holdout20.py            # write holdout20.jsonl from ITEMS, print counts
    python eval/ner/build_holdout20.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout20.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (Enron body cleaning and body lines, Chinese sentence split, law markdown cleaning,
docx reading) and the pools are copied from build_holdout18.py, not imported, so that no later edit
of that file changes this draw; the mail reading of draw 3 is new here. Every pool leaves out texts
that overlap a text of build.py or build_holdout.py … build_holdout18.py (the text is in one of those
files' source, or contains or is contained in one of their ITEMS texts), and keeps only the first
occurrence of a text that recurs. build_holdout19.py (written by another helper at the same time) was
in the checkout but not committed when this set was drawn, so it is not among the seen files.

The Enron sample is used up: holdout18 took all that was left of its sentence pool and 100 of its
last 127 contact lines. So draws 1 and 2 take whatever is left, draw 3 adds English mail that no
earlier set read, and draws 4 and 5 bring the set to about 280 sentences with Chinese text.

1. enron20: the 300 EML files of email/enron-sample/eml in file-name order, read as in
   build_holdout18.py (body cleaning, paragraphs split at [.!?] + whitespace + capital, 30-200
   characters), kept if the sentence contains a digit, an '@', 'http' or 'www'; all that the pool
   holds, in the order of random.Random(21211). **The pool is empty** (every such sentence is in an
   earlier set), so draw 1 adds nothing.
2. enron20-lines: the same files, the body lines that survive the same cleaning, each stripped with
   its whitespace collapsed, kept if 10-120 characters, containing a digit and one of LINE_CUES
   (signature and contact lines), and not overlapping a text of draw 1; all that the pool holds (27),
   in the order of random.Random(21212).
3. mail20: the mail files of ingest-fixtures (every *.eml, *.emlx and *.mbox under
   ingest-fixtures/, 28 files from aleph-ingest-file, apache-tika and icij-extract, in path order),
   read with Python's email package (policy.default; an EMLX is its counted bytes, an MBOX is read
   with mailbox.mbox, messages in file order). Of each message, its Date, From, To, Cc and Sent header
   lines ('Name: value', the value decoded), then the lines of its text/plain parts that are not
   attachments (a message/rfc822 part that is not an attachment is read the same way, in its place;
   attachments, HTML and binary parts are skipped), each stripped with its whitespace collapsed, kept
   if 10-200 characters and containing a digit, an '@', 'http' or 'www'. The pool holds 74 texts,
   fewer than 80, so all are taken, in the order of random.Random(21213).
4. zh20-gov-work-reports, zh20-law-*: Chinese sentences, split after 。！？； , 15-120 characters,
   from every line of the national reports JSONL (all years) and every law in
   zh-docs/prc-laws-lawrefbook (as build_holdout18.py), kept if PATTERN_ZH matches (年 after a digit
   or a Chinese numeral, 〔, or 号); pooled reports first, then laws (pool 2734);
   random.Random(21214).sample(…, 110).
5. zh20-prov-*: the 2025 government work reports of all 31 provinces (docx, file-name order), split
   and kept by length the same way, kept if PATTERN_ZH matches or the sentence holds a run of 7 or
   more digits (pool 262); random.Random(21215).sample(…, 70).
Seeds 21211-21215 are all used. The sizes of draws 4 and 5 were first set at 100 and 60 and raised
to 110 and 70, before any labelling, to reach about 280 sentences; a larger n extends the same
random order, so the first 100 and 60 are unchanged.

A sampled text that is garbled (base64, HTML debris, table debris, broken encoding) is dropped, with a
comment where it would have been, and replaced by the next candidate of the same random order. Three
Enron lines that are HTML markup with at most one word of text (draw 2 #001, #010, #018) were dropped;
draw 2 takes its whole pool, so nothing replaced them. Wrapped URL tails, attachment-name debris and
'?' padding from broken encoding were readable and kept, as said on their items. All the draws were
labelled in full; none was cut short.

As in holdout8 … holdout18, the Chinese pools match 年 after any Chinese numeral, so many of their
sentences hold only durations (三年以下有期徒刑, 三年行动): those are labelled as drawn, with no date.
The decisions this set adds are marked NEW h20 on their items (6 of them).

Result: 278 sentences (24 enron20-lines, 74 mail20, 80 zh20 national reports, 30 zh20 laws, 70
zh20-prov), 228 entities: 85 date, 43 email, 4 phone, 3 url, 2 docno (137 pattern entities), 32
place, 30 person, 29 org. No id_number was drawn (no PRC ID number occurs in these pools). Pattern
entities by draw: enron20 0, enron20-lines 8, mail20 69, zh20 national reports and laws 50, zh20-prov
10. Phones are few: the unused Enron contact lines were the only source of them.
"""

from __future__ import annotations

import email
import json
import mailbox
import random
import re
import sys
import zipfile
from email import policy
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import holdouts  # noqa: E402  (the shared command line; build.spans computes and checks offsets)

CORPUS = HERE.parent.parent.parent / "shared" / "corpus"          # /work/shared/corpus
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LINE_CUES = ["phone", "Phone", "tel", "Tel", "fax", "Fax", "cell", "Cell", "pager", "x", "(", "-"]
PATTERN_ZH = re.compile(r"[\d〇一二三四五六七八九]年|〔|号")
LONG_DIGITS = re.compile(r"\d{7,}")
MAIL_HEADERS = ("Date", "From", "To", "Cc", "Sent")
MAIL_SUFFIXES = (".eml", ".mbox", ".emlx")


# -- reading code, copied from build_holdout18.py (itself from build_holdout16.py, build_holdout14.py, build_holdout12.py,
# build_holdout10.py, build_holdout4.py and build_holdout6.py) so that all sets are read alike ------------------------------------

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


HEADER = re.compile(r"^\s*(From|To|Cc|Bcc|Sent|Date|Subject)\s*:", re.I)


def enron_body_paragraphs(path: Path) -> list[str]:
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    body = msg.get_content() if not msg.is_multipart() else ""
    kept, in_header = [], False
    for line in body.splitlines():
        if in_header:
            if line.strip():
                continue
            in_header = False
        if HEADER.match(line):
            in_header = True
            continue
        if "-----Original Message-----" in line or "----- Forwarded by" in line or line.lstrip().startswith(">"):
            continue
        kept.append(line)
    paras = re.split(r"\n\s*\n", "\n".join(kept))
    return [re.sub(r"\s+", " ", p).strip() for p in paras if p.strip()]


# -- the same cleaning, kept line by line (build_holdout4.py) -----------------------------------------------------

def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


def enron_body_lines(path: Path) -> list[str]:
    """The body lines enron_body_paragraphs keeps (same cleaning), each with whitespace collapsed, stripped."""
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    body = msg.get_content() if not msg.is_multipart() else ""
    kept, in_header = [], False
    for line in body.splitlines():
        if in_header:
            if line.strip():
                continue
            in_header = False
        if HEADER.match(line):
            in_header = True
            continue
        if "-----Original Message-----" in line or "----- Forwarded by" in line or line.lstrip().startswith(">"):
            continue
        kept.append(line)
    return [re.sub(r"\s+", " ", line).strip() for line in kept if line.strip()]


# -- new here: the mail of ingest-fixtures (EML, EMLX, MBOX), header lines and text/plain body lines ---------------------

def fixture_messages(path: Path) -> list[email.message.EmailMessage]:
    """The messages of one mail file: an EML is one message; an EMLX is a byte count, the message and an XML
    plist (only the counted bytes are read); an MBOX is read with mailbox.mbox, messages in file order."""
    if path.suffix == ".mbox":
        box = mailbox.mbox(str(path), factory=lambda f: email.message_from_binary_file(f, policy=policy.default),
                           create=False)
        return [box[key] for key in box.keys()]
    data = path.read_bytes()
    if path.suffix == ".emlx":
        first, _, rest = data.partition(b"\n")
        data = rest[:int(first.strip())]
    return [email.message_from_bytes(data, policy=policy.default)]


def mail_lines(msg: email.message.EmailMessage) -> list[str]:
    """The message's Date/From/To/Cc/Sent header lines ('Name: value', the value decoded and unfolded), then the
    lines of its text/plain parts that are not attachments, in order; each with whitespace collapsed, stripped.
    A message attached inline (message/rfc822 not marked as an attachment) is read the same way, in its place;
    attachments, binary parts and HTML parts are skipped."""
    out = []
    for name, value in msg.items():
        if name.lower() in {h.lower() for h in MAIL_HEADERS}:
            out.append(f"{name}: {value}")
    stack = [msg]
    while stack:
        part = stack.pop(0)
        if part is not msg and part.get_content_disposition() == "attachment":
            continue
        if part.get_content_type() == "message/rfc822":
            for inner in part.iter_parts():
                out += mail_lines(inner)
            continue
        if part.is_multipart():
            stack[:0] = list(part.iter_parts())
            continue
        if part.get_content_type() != "text/plain":
            continue
        try:
            body = part.get_content()
        except (LookupError, ValueError):
            continue
        out += body.splitlines()
    return [re.sub(r"\s+", " ", line).strip() for line in out if line.strip()]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,…,18}.py, and the texts of their ITEMS."""
    import importlib
    files = ["build.py", "build_holdout.py"] + [f"build_holdout{i}.py" for i in range(2, 19)]
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


def enron20_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for para in enron_body_paragraphs(path):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                s = s.strip()
                if (30 <= len(s) <= 200 and (re.search(r"\d", s) or "@" in s or "http" in s or "www" in s)
                        and not seen(s, source, texts)):
                    out.append(("enron20", s))
    return first_occurrences(out)


def enron20_line_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    pool = enron20_candidates()
    texts = texts + [s for _, s in pool]
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for line in enron_body_lines(path):
            if (10 <= len(line) <= 120 and re.search(r"\d", line) and any(c in line for c in LINE_CUES)
                    and not seen(line, source, texts)):
                out.append(("enron20-lines", line))
    return first_occurrences(out)


def mail20_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    paths = sorted(p for p in (CORPUS / "ingest-fixtures").rglob("*") if p.is_file() and p.suffix in MAIL_SUFFIXES)
    for path in paths:
        for msg in fixture_messages(path):
            for line in mail_lines(msg):
                if (10 <= len(line) <= 200 and (re.search(r"\d", line) or "@" in line or "http" in line
                                                or "www" in line) and not seen(line, source, texts)):
                    out.append(("mail20", line))
    return first_occurrences(out)


def zh20_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    path = CORPUS / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        for para in json.loads(line)["content"].splitlines():
            out += [("zh20-gov-work-reports", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and PATTERN_ZH.search(s) and not seen(s, source, texts)]
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"zh20-law-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and PATTERN_ZH.search(s) and not seen(s, source, texts)]
    return first_occurrences(out)


def zh20_provincial_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "zh-docs/provincial-work-reports-2025-docx").glob("gov_work_report_2025_*.docx")):
        prov = path.stem.removeprefix("gov_work_report_2025_")
        for para in docx_paragraphs(path):
            out += [(f"zh20-prov-{prov}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and (PATTERN_ZH.search(s) or LONG_DIGITS.search(s))
                    and not seen(s, source, texts)]
    return first_occurrences(out)

ALL = 10**6  # a draw that takes all its pool holds (sample() asks for min(n, len(pool)))
DRAWS = [(enron20_candidates, 21211, ALL), (enron20_line_candidates, 21212, ALL), (mail20_candidates, 21213, ALL),
         (zh20_candidates, 21214, 110), (zh20_provincial_candidates, 21215, 70)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout18.py (the NEW h7 … NEW
    # h18 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans). Comments on an item record how an ambiguous case was decided; those marked NEW h20 are decisions
    # no earlier set had to make. #NNN = position in the seeded order. Three Enron lines of HTML debris were dropped (the
    # comments where they would have been say so); their draw takes all its pool holds, so nothing replaced them.
    # -- Enron body lines with a digit and a contact cue that no earlier set used: all the pool holds (27), in the order
    # of Random(21212); the Enron sentence pool (draw 1, seed 21211) is empty
    # #000: the wrapped tail of a URL, without its host, is not a url (h4); its date-like parts are no date
    ('enron20-lines', 'stmonitoring/2001/02/28/eng-broadcastmonitoring_inter/eng-broadcastmonitoring_',
     ''),
    # #001 dropped (HTML debris: font markup around one word): '<div align="center"><font face="Verdana, Arial,
    # Helvetica, sans-serif" size="2">If'; the pool is taken whole, so there is no replacement
    # #002: a statute section is not a docno
    ('enron20-lines', 'child support under o 51(6)(a) where there was an existing support order. The',
     ''),
    # #003: the label (cell) left out
    ('enron20-lines', '415-378-4942 cell',
     'phone:415-378-4942'),
    ('enron20-lines', 'Shared Employees. Reporting on shared employees & facilities (161.3',
     ''),
    # #005: a Received-header fragment, as h8 lines #035: weekday, time, offset and zone left out
    ('enron20-lines', '<scrowell@us.oracle.com>; Thu, 28 Sep 2000 08:15:35 -0700 (PDT)',
     'email:scrowell@us.oracle.com | date:28 Sep 2000'),
    ('enron20-lines', 'Agrees, I shall try to get inserted (1) an "whole agreement" clause plus (2)',
     ''),
    # #007: meter and contract numbers (h10 lines #022)
    ('enron20-lines', '892510 16136 M3 Access (same as last month)',
     ''),
    # #008: a year with a season is one span (NEW h16)
    ('enron20-lines', 'summer 2002. And, with an expedited permitting process, DENA could deploy its',
     'date:summer 2002 | org:DENA'),
    # #009: December 4 has no year
    ('enron20-lines', 'office on Tuesday, December 4. Alexandra will be the Administrator for',
     'person:Alexandra'),
    # #010 dropped (HTML debris: a table tag with no text): '<table width="100%" border="1" cellspacing="0"
    # cellpadding="0" bordercolor="#CCFFFF">'
    # #011: the label (phone) left out
    ('enron20-lines', '713-276-7307 (phone)',
     'phone:713-276-7307'),
    # #012: a wrapped URL tail without its host (h14 lines #011)
    ('enron20-lines', 'dder/2001/02/28/krtbn/0000-0408-SJ-POWER-PLANT',
     ''),
    ('enron20-lines', "Commercial Transactions and Civil Litigation. 18 years' experience as legal",
     ''),
    # #014: a transmission path: AZPS is a control-area code (as a ticker, README), FOURCORNE345 and PNPKAPS230 are
    # substations (facilities); nothing is labelled
    ('enron20-lines', 'PATH_NAME = W/AZPS/AZPS-AZPS/FOURCORNE345 - PNPKAPS230//',
     ''),
    # #015: Oct. 23 has no year
    ('enron20-lines', 'New York, Oct. 23 (Bloomberg) -- Enron Corp., the biggest',
     'place:New York | org:Bloomberg | org:Enron Corp.'),
    # #016: 'at Oklahoma' is the team (Oklahoma State, its name cut by the line, labelled for the part present), an
    # org as a place name standing for a team (NEW h8)
    ('enron20-lines', 'The Longhorns had great balance Saturday in their 45-17 victory at Oklahoma',
     'org:Longhorns | org:Oklahoma'),
    ('enron20-lines', 'enjoyed by him; (4) under such circumstances that he would reasonably know',
     ''),
    # #018 dropped (HTML debris: nested font markup around one word): '<div align="center"><font face="Verdana, Arial,
    # Helvetica, sans-serif" size="3"><b><font color="#006699">Guess'
    # #019: attachment-name debris, readable; file names are not labelled (h4 enron4-headers #013)
    ('enron20-lines', '<< File: Coal Hauling2.DOC >> << File: Coal Hauling2(red).DOC >> << File:',
     ''),
    ('enron20-lines', 'defendant threatened the victims that he would return to harm them, and (4)',
     ''),
    ('enron20-lines', 'FAX: 706 283-2500',
     'phone:706 283-2500'),
    # #022: '?' padding from broken encoding, readable, kept
    ('enron20-lines', '? Basis Options (phase 2):',
     ''),
    ('enron20-lines', 'held strong, bringing up a third-and-11 at the 31. Now in a tight zone',
     ''),
    # #024: the label E-mail left out
    ('enron20-lines', '(248) 855-0850. E-mail antilchin@aol.com',
     'phone:(248) 855-0850 | email:antilchin@aol.com'),
    # #025: NEW h20: a Message-ID (<id@host>) is a message id, not an e-mail address (it names no mailbox) and not an
    # id_number (README); the host inside it is not labelled either (flat labels)
    ('enron20-lines', 'Message-ID: <AD3CC6482AA0D211A7FB0008C7A4BBC306AE9252@hrm04.house.gov>',
     ''),
    # #026: NEW h20: a hotel booked in a travel itinerary, written with its chain and town as one property name (DAYS INN
    # ELBERTON, the Days Inn of Elberton, Georgia), is one place taken whole, as a hotel that hosts an event is a venue
    # (h16 #073); 09AUG has no year; 1984 after the dash is the property's code in the itinerary, not a year
    ('enron20-lines', 'HOTEL 09AUG DAYS INN ELBERTON - 1984',
     'place:DAYS INN ELBERTON'),
    # -- English mail of ingest-fixtures: the Date/From/To/Cc/Sent header lines and text/plain body lines that hold a
    # digit, '@', 'http' or 'www' (10-200 characters); all the pool holds (74), in the order of Random(21213)
    # #000: the label (From:) left out of every header line
    ('mail20', 'From: test@example.com',
     'email:test@example.com'),
    # #001: a quoted header line; the quote mark is not part of anything
    ('mail20', '> To: core-user@hadoop.apache.org',
     'email:core-user@hadoop.apache.org'),
    # #002: mime4j and Tika are software
    ('mail20', "I'll have a look at mime4j and try to use it in Tika",
     ''),
    # #003: weekday, time and UTC offset left out (README)
    ('mail20', 'Date: Sun, 31 May 2009 22:30:49 -0700',
     'date:31 May 2009'),
    ('mail20', 'To: tallison@apache.org',
     'email:tallison@apache.org'),
    ('mail20', 'Date: Wed, 21 Nov 2012 21:11:32 +0100',
     'date:21 Nov 2012'),
    ('mail20', 'Date: Mon, 29 Mar 2021 18:52:23 +0200',
     'date:29 Mar 2021'),
    # #007: a JIRA issue key is a ticket id, not a docno (as the request ids of h18 #020)
    ('mail20', '> Key: TIKA-461',
     ''),
    ('mail20', 'Date: Wed, 12 Jun 2019 11:11:41 +0200',
     'date:12 Jun 2019'),
    # #009: 'Sender' is a role word standing as the display name, not a personal name (see #061)
    ('mail20', 'From: Sender <sender@test.com>',
     'email:sender@test.com'),
    # #010: the address of a quoted 'On … wrote:' line cut by the wrap; the closing bracket left out
    ('mail20', 'Marduk.Mesopotamian@yandex.ru> wrote:',
     'email:Marduk.Mesopotamian@yandex.ru'),
    # #011: EML1 is a test label
    ('mail20', 'This is test email for EML1',
     ''),
    ('mail20', 'Date: Mon, 01 Jun 2009 11:33:13 +0530',
     'date:01 Jun 2009'),
    ('mail20', 'Date: Thu, 06 Feb 2020 15:39:55 +0200',
     'date:06 Feb 2020'),
    # #014: MboxParser and mime4j are software; Apache inside the product name Apache James is its maker, an org (as
    # BOEING in BOEING 737-800, README); the 's left out
    ('mail20', "> A quick peek at the source of MboxParser shows that the implementation is pretty naive. If the wiring can be sorted out, something like Apache James' mime4j might be a better bet.",
     'org:Apache'),
    ('mail20', 'Date: Thu, 25 Jan 2018 15:26:56 +0100',
     'date:25 Jan 2018'),
    ('mail20', 'Date: Tue, 21 Feb 2017 09:55:09 +0300',
     'date:21 Feb 2017'),
    ('mail20', 'To: bthomas@icij.org',
     'email:bthomas@icij.org'),
    # #018: the issue key inside the URL is not labelled again
    ('mail20', '> URL: https://issues.apache.org/jira/browse/TIKA-461',
     'url:https://issues.apache.org/jira/browse/TIKA-461'),
    # #019: the issue key is a ticket id (#007)
    ('mail20', 'Julien Nioche commented on TIKA-461:',
     'person:Julien Nioche'),
    ('mail20', 'To: recipient@example.com',
     'email:recipient@example.com'),
    # #021: NEW h20: a display name that is name-shaped (a given name and a surname, here joined by a dot as
    # scott.crowell in h10 #097) stands as the sender's personal name and is a person, even where it is a pseudonym or
    # a test fixture's placeholder (Tiamat.Mesopotamian, Marduk.Mesopotamian, Joe SixPack, Suzie Q, Bugs Bunny, Some
    # Person, Another Person); a display name that is a role word, a software or list name or a test label (Sender,
    # Python, Tika Test) is not; the name inside the address is not labelled again
    ('mail20', '> From: Tiamat.Mesopotamian <Tiamat.Mesopotamian@yandex.ru>',
     'person:Tiamat.Mesopotamian | email:Tiamat.Mesopotamian@yandex.ru'),
    # #022: the time left out; quotes around the name left out
    ('mail20', '> On 5/30/09 10:00 AM, "Jianmin Woo" <jianmin_woo@yahoo.com> wrote:',
     'date:5/30/09 | person:Jianmin Woo | email:jianmin_woo@yahoo.com'),
    # #023: NEW h20: an address masked for publication (XXX.XXX@XXXX.de), its letters replaced by X, keeps the form of an
    # address (local part, @, host) and is an email as written
    ('mail20', 'From: XXX.XXX@XXXX.de',
     'email:XXX.XXX@XXXX.de'),
    # #024: a name-shaped placeholder display name is a person (#021)
    ('mail20', 'From: Joe SixPack <joe@football.example.com>',
     'person:Joe SixPack | email:joe@football.example.com'),
    # #025: the weekday and the time left out; the display name as #021, its address wrapped to the next line (#010)
    ('mail20', 'On Tue, Feb 21, 2017 at 9:54 AM, Marduk.Mesopotamian <',
     'date:Feb 21, 2017 | person:Marduk.Mesopotamian'),
    ('mail20', 'Date: Mon, 20 Jul 2015 00:01:07 -0700',
     'date:20 Jul 2015'),
    # #027: the brackets and spaces around the URL left out; the issue key and the comment id inside it are not
    # labelled again
    ('mail20', '[ https://issues.apache.org/jira/browse/TIKA-461?page=com.atlassian.jira.plugin.system.issuetabpanels:comment-tabpanel&focusedCommentId=12906468#action_12906468 ]',
     'url:https://issues.apache.org/jira/browse/TIKA-461?page=com.atlassian.jira.plugin.system.issuetabpanels:comment-tabpanel&focusedCommentId=12906468#action_12906468'),
    # #028: a version number
    ('mail20', '> Affects Versions: 0.7',
     ''),
    ('mail20', 'To: vladimir_l@something.com',
     'email:vladimir_l@something.com'),
    ('mail20', 'http://test.com/receiver/asgdnjlsakgHjghskusegnkKLghslkagjasduiLKGlkjsgslkjgeseklgj',
     'url:http://test.com/receiver/asgdnjlsakgHjghskusegnkKLghslkagjasduiLKGlkjsgslkjgeseklgj'),
    # #031: a given name with an initial, as Mike N (README), placeholder or not (#021)
    ('mail20', 'To: Suzie Q <suzie@shopping.example.net>',
     'person:Suzie Q | email:suzie@shopping.example.net'),
    ('mail20', '> From: Jothi Padmanabhan <jothipn@yahoo-inc.com>',
     'person:Jothi Padmanabhan | email:jothipn@yahoo-inc.com'),
    # #033: a cartoon character's name as the sender's display name is a person (#021)
    ('mail20', 'From: Bugs Bunny <Bugs.Bunny@acme.com>',
     'person:Bugs Bunny | email:Bugs.Bunny@acme.com'),
    ('mail20', 'To: dev@tika.apache.org',
     'email:dev@tika.apache.org'),
    ('mail20', 'Date: Wed, 20 Jul 2016 17:35:02 +0100',
     'date:20 Jul 2016'),
    ('mail20', 'On 6/1/09 11:00 AM, "Jianmin Woo" <jianmin_woo@yahoo.com> wrote:',
     'date:6/1/09 | person:Jianmin Woo | email:jianmin_woo@yahoo.com'),
    ('mail20', 'To: Receiver@test.com',
     'email:Receiver@test.com'),
    ('mail20', 'From: Jothi Padmanabhan <jothipn@yahoo-inc.com>',
     'person:Jothi Padmanabhan | email:jothipn@yahoo-inc.com'),
    ('mail20', 'From: Jianmin Woo <jianmin_woo@yahoo.com>',
     'person:Jianmin Woo | email:jianmin_woo@yahoo.com'),
    # #040: weekday and time left out
    ('mail20', '> Sent: Monday, June 1, 2009 12:26:31 PM',
     'date:June 1, 2009'),
    # #041: the writer gives it as his name (the same mail greets 'Mr. Person'): a person (#021)
    ('mail20', 'My name is Another Person. body 1',
     'person:Another Person'),
    ('mail20', 'Sent: Monday, June 1, 2009 12:26:31 PM',
     'date:June 1, 2009'),
    ('mail20', 'From: Bruno Thomas <bthomas@icij.org>',
     'person:Bruno Thomas | email:bthomas@icij.org'),
    ('mail20', '> <Tiamat.Mesopotamian@yandex.ru>',
     'email:Tiamat.Mesopotamian@yandex.ru'),
    ('mail20', '> To: Marduk.Mesopotamian@yandex.ru',
     'email:Marduk.Mesopotamian@yandex.ru'),
    # #046: the decoded text of a base64 part, readable; 'Base64' names an encoding
    ('mail20', 'Base64 email payload',
     ''),
    ('mail20', 'To: Bugs Bunny <Bugs.Bunny@acme.com>',
     'person:Bugs Bunny | email:Bugs.Bunny@acme.com'),
    # #048: Tika Test is a test account's label, not a person (#021); the masked address as #023
    ('mail20', 'To: Tika Test <XXXX@apache.org>',
     'email:XXXX@apache.org'),
    ('mail20', 'Cc: Tiamat.Mesopotamian@yandex.ru',
     'email:Tiamat.Mesopotamian@yandex.ru'),
    ('mail20', 'On 5/30/09 10:00 AM, "Jianmin Woo" <jianmin_woo@yahoo.com> wrote:',
     'date:5/30/09 | person:Jianmin Woo | email:jianmin_woo@yahoo.com'),
    ('mail20', 'Date: Thu, 04 Oct 2012 13:02:39 +0200',
     'date:04 Oct 2012'),
    ('mail20', 'Date: Fri, 11 Jul 2003 21:00:37 -0700',
     'date:11 Jul 2003'),
    ('mail20', 'Date: Mon, 06 Sep 2010 05:25:34 -0400',
     'date:06 Sep 2010'),
    # #054: JIRA is software; the quotes left out
    ('mail20', 'From: "Julien Nioche (JIRA)" <jira@apache.org>',
     'person:Julien Nioche | email:jira@apache.org'),
    ('mail20', 'Date: Mon, 01 Jun 2009 09:56:31 +0530',
     'date:01 Jun 2009'),
    # #056: an initial is part of the name with its period (README)
    ('mail20', 'From: "Vladimir L." <vladimir_l@example.com>',
     'person:Vladimir L. | email:vladimir_l@example.com'),
    ('mail20', 'To: jane.doe@example.org',
     'email:jane.doe@example.org'),
    ('mail20', '> Date: Tue, 21 Feb 2017 09:52:34 +0300',
     'date:21 Feb 2017'),
    # #059: the display name in quotes (#021), the address after it
    ('mail20', 'To: "Marduk.Mesopotamian" <Marduk.Mesopotamian@yandex.ru>',
     'person:Marduk.Mesopotamian | email:Marduk.Mesopotamian@yandex.ru'),
    # #060: a first name alone is a person (README)
    ('mail20', 'From: Michael <michael@example.com>',
     'person:Michael | email:michael@example.com'),
    # #061: a name-shaped placeholder display name is a person (#021)
    ('mail20', 'From: Some Person <hey@example.com>',
     'person:Some Person | email:hey@example.com'),
    ('mail20', 'From: Tika Test <XXXX@apache.org>',
     'email:XXXX@apache.org'),
    ('mail20', 'From: Dzmitry Lahoda <dzmitry.lahoda@gmail.com>',
     'person:Dzmitry Lahoda | email:dzmitry.lahoda@gmail.com'),
    ('mail20', 'Date: Thu, 27 Jun 2013 13:29:57 +0200',
     'date:27 Jun 2013'),
    # #065: Python, the display name of a list or test account (a programming language's name), is not a person (#021)
    ('mail20', '> Python <python@example.com> wrote:',
     'email:python@example.com'),
    ('mail20', 'To: core-user@hadoop.apache.org',
     'email:core-user@hadoop.apache.org'),
    ('mail20', 'Date: Wed, 21 Mar 2018 14:14:32 -0800',
     'date:21 Mar 2018'),
    # #068: the name inside the address is not labelled (flat labels)
    ('mail20', 'From: john.doe@example.org',
     'email:john.doe@example.org'),
    ('mail20', 'From: Tim Allison <tallison@apache.org>',
     'person:Tim Allison | email:tallison@apache.org'),
    ('mail20', 'To: Python <python@example.com>',
     'email:python@example.com'),
    ('mail20', 'To: XXXX@alfresco.com',
     'email:XXXX@alfresco.com'),
    # #072: NEW h20: RFC822 (RFC 822, the Internet standard for the format of mail) is one published standard cited by
    # its series and number, a docno as SFAS 133 (h12) and Order No. 888 (h10), also where it names the format the
    # standard defines; not a filing type like 10-K405, which many filings share
    ('mail20', '> RFC822 messages not parsed',
     'docno:RFC822'),
    ('mail20', 'Date: Thu, 04 May 2023 10:06:11 -0400',
     'date:04 May 2023'),
    # -- national reports (all years) and laws: Random(21214).sample(…, 110), in sampled order
    # #000: 五年 is a duration
    ('zh20-law-criminal_law', '情节严重的，处五年以上有期徒刑，并处罚金或者没收财产。',
     ''),
    # #001: the kinds of college are generic
    ('zh20-gov-work-reports', '各种类型的成人高等学校，包括电视大学、函授大学、夜大学等，一九八二年在校生已达六十四万多人。',
     'date:一九八二年'),
    ('zh20-law-criminal_law', '第二百五十七条 以暴力干涉他人婚姻自由的，处二年以下有期徒刑或者拘役。',
     ''),
    # #003: 今年 is relative; “十一五” a plan period; 我国 a self-reference
    ('zh20-gov-work-reports', '今年是实施“十一五”规划的关键之年，也是进入新世纪以来我国经济发展最为困难的一年，改革发展稳定的任务十分繁重。',
     ''),
    ('zh20-gov-work-reports', '在运输方面，首先是铁路运输方面，为了实现一九五九年的计划，应当努力加强运输组织工作，有效地发挥现有各种运输设备的潜力，同时有计划地完成基本建设的任务。',
     'date:一九五九年'),
    ('zh20-gov-work-reports', '钢：全部建成后增加的年产能力将为六百一十万吨，五年内增加的年产能力为二百五十三万吨。',
     ''),
    # #006: “八五” and “九五 ” are plan periods
    ('zh20-gov-work-reports', '根据新的形势，国务院对“八五”计划的国民经济和社会发展主要指标作了必要的调整，并将着手研究制定“九五 ”计划和到２０１０年的远景发展目标。',
     'org:国务院 | date:２０１０年'),
    ('zh20-gov-work-reports', '为了使各种农产品和畜产品的增产同轻工业的发展、人民生活水平的提高这些情况相适应，一九五九年在保证粮食和棉花生产继续大跃进的前提下，提高了麻类、甘蔗、油菜子等作物和猪、牛、马等牲畜的增长速度。',
     'date:一九五九年'),
    ('zh20-gov-work-reports', '两年实际完成的投资额（即工作量），占五年投资总额的百分之三十二。',
     ''),
    # #009: 中央八项规定: 中央 is attributive (README); the campaigns are not labelled
    ('zh20-gov-work-reports', '五年来，各级政府认真贯彻落实党中央全面从严治党战略部署，扎实开展“不忘初心、牢记使命”主题教育和党史学习教育，弘扬伟大建党精神，严格落实中央八项规定精神，持之以恒纠治“四风”，重点纠治形式主义、官僚主义，“三公”经费大幅压减。',
     'org:党中央'),
    ('zh20-gov-work-reports', '１９５５年决算支出比预算少支出了约１．５９％，这主要地是各部门各地方厉行节约、反对浪费的结果。',
     'date:１９５５年'),
    ('zh20-gov-work-reports', '一年来，我国积极开展外交活动，扩大同各国的联系和交往，增进相互了解和友谊，发展和改善了我国同许多国家的关系。',
     ''),
    # #012: a year with a season is one span (NEW h16; 一九五五年冬, h17), here with 季; 大跃进 is a campaign; the plan
    # period is not labelled
    ('zh20-gov-work-reports', '但是，一九五八年大跃进的最重要的原因，是在于我们在一九五八年春季总结了第一个五年计划的经验，开始找到了我国建设社会主义的更好的方法，制定了鼓足干劲、力争上游、多快好省地建设社会主义的总路线。',
     'date:一九五八年 | date:一九五八年春季'),
    # #013: 中央 acting (中央提出) is an org (NEW h4); 本世纪末 is no date
    ('zh20-gov-work-reports', '中央提出，要用三年左右的时间，通过改革、改组、改造和加强管理，使大多数国有大中型亏损企业摆脱困境，力争到本世纪末使大多数国有大中型骨干企业初步建立起现代企业制度。',
     'org:中央'),
    ('zh20-gov-work-reports', '１９５５年新建铁路铺轨１，２２２公里，比１９５４年的铺轨里数增长了４７％。',
     'date:１９５５年 | date:１９５４年'),
    # #015: each end is a date by itself
    ('zh20-gov-work-reports', '一九五九年到一九六二年，在我国经济遇到暂时困难，帝国主义、各国反动派和现代修正主义一再发动反华高潮的情况下，国内的阶级敌人又一次向社会主义发动进攻，又出现了一场激烈的阶级斗争。',
     'date:一九五九年 | date:一九六二年'),
    # #016: partly traditional characters, readable; 第一年 is no date
    ('zh20-gov-work-reports', '在全国实行农業合作化的第一年，我国农業就經历了这样严重灾情的考驗。',
     ''),
    ('zh20-law-criminal_law', '第四百零九条 从事传染病防治的政府卫生行政部门的工作人员严重不负责任，导致传染病传播或者流行，情节严重的，处三年以下有期徒刑或者拘役。',
     ''),
    ('zh20-gov-work-reports', '我国在胜利地实现了第一个五年计划以后，当然还不可能解决国民经济发展的一切方面的任务。',
     ''),
    ('zh20-law-criminal_law', '第一百三十条 非法携带枪支、弹药、管制刀具或者爆炸性、易燃性、放射性、毒害性、腐蚀性物品，进入公共场所或者公共交通工具，危及公共安全，情节严重的，处三年以下有期徒刑、拘役或者管制。',
     ''),
    # #020: 以前 left out, as 前 (README)
    ('zh20-gov-work-reports', '大家知道，过去几年中严重的自然灾害并不少，而全国农业总产值仍以每年平均递增百分之七点五的速度前进，超过了一九七八年以前二十六年平均每年递增率的一点三倍。',
     'date:一九七八年'),
    # #021: “一五” is a plan period
    ('zh20-gov-work-reports', '这样的经济增长速度大体相当于“一五”时期，高于其他几个五年计划时期，也高于世界许多国家同期的增长速度。',
     ''),
    ('zh20-law-criminal_law', '对积极参加的，处三年以上十年以下有期徒刑；',
     ''),
    # #023: 西部大开发 is a programme; 中部地区, 东北地区 and 东部地区 are compass regions of China, with or without 地区
    # (README *Where the sets disagree* 2; bare 东北, h11 #022)
    ('zh20-gov-work-reports', '认真落实西部大开发新10年的政策措施，加大实施中部地区崛起战略的力度，加快推进东北地区等老工业基地振兴，积极支持东部地区转型发展、在更高层次上参与国际竞争与合作。',
     ''),
    ('zh20-law-exit_entry_administration_law_2012', '外国人工作类居留证件的有效期最短为九十日，最长为五年；',
     ''),
    # #025: 中国 in 中国特色 (README)
    ('zh20-gov-work-reports', '过去的五年，我们能够在国际国内复杂艰难的情况下取得新的成就，最根本的原因，就是坚持党的基本路线，走建设有中国特色的社会主义道路。',
     'place:中国'),
    ('zh20-gov-work-reports', '政府工作人员要廉洁修身，勤勉尽责，自觉接受法律监督、监察监督和人民的监督，干干净净为人民做事，决不辜负人民公仆的称号。',
     ''),
    ('zh20-gov-work-reports', '新的一年是全面深化改革的关键之年，是全面推进依法治国的开局之年，也是稳增长调结构的紧要之年。',
     ''),
    # #028: 九年义务教育 is a duration
    ('zh20-gov-work-reports', '今年，要使全国80％以上的人口地区普及九年义务教育，扫除青壮年文盲300万人左右；',
     ''),
    ('zh20-gov-work-reports', '在对外贸易方面，一九五七年进出口贸易总额，比原计划超过百分之四。',
     'date:一九五七年'),
    ('zh20-law-criminal_law', '第二百三十六条 以暴力、胁迫或者其他手段强奸妇女的，处三年以上十年以下有期徒刑。',
     ''),
    ('zh20-gov-work-reports', '在五年经济建设和文化教育建设的支出总数中，属于基本建设投资的是四百二十七亿四千万元，占支出总数的百分之五十五点八。',
     ''),
    ('zh20-gov-work-reports', '过去的一年，外交工作取得新的重大成绩。',
     ''),
    # #033: 基层人民法院 is generic (README)
    ('zh20-law-criminal_procedure_law_2018', '第二百二十二条 基层人民法院管辖的可能判处三年有期徒刑以下刑罚的案件，案件事实清楚，证据确实、充分，被告人认罪认罚并同意适用速裁程序的，可以适用速裁程序，由审判员一人独任审判。',
     ''),
    ('zh20-law-state_secrets_law_implementing_regulations_2024', '（二）无犯罪记录，近1年内未发生泄密案件；',
     ''),
    ('zh20-law-criminal_law', '第一百三十九条之一 在安全事故发生后，负有报告职责的人员不报或者谎报事故情况，贻误事故抢救，情节严重的，处三年以下有期徒刑或者拘役；',
     ''),
    ('zh20-law-criminal_law', '第二百五十二条 隐匿、毁弃或者非法开拆他人信件，侵犯公民通信自由权利，情节严重的，处一年以下有期徒刑或者拘役。',
     ''),
    # #037: 同志 left out
    ('zh20-gov-work-reports', '五年来，我们深入贯彻以习近平同志为核心的党中央决策部署，主要做了以下工作。',
     'person:习近平 | org:党中央'),
    ('zh20-gov-work-reports', '会议充分肯定国务院过去一年的工作，同意报告提出的2025年经济社会发展的总体要求、政策取向和工作任务，决定批准这个报告。',
     'org:国务院 | date:2025年'),
    ('zh20-law-criminal_law', '第二百九十二条 聚众斗殴的，对首要分子和其他积极参加的，处三年以下有期徒刑、拘役或者管制；',
     ''),
    ('zh20-gov-work-reports', '原煤：全部建成后增加的年产能力将为九千三百一十万吨，五年内增加的年产能力为五千三百八十五万吨。',
     ''),
    ('zh20-gov-work-reports', '一九五八年的职工工资总额，计划安排为一百五十八亿元，比上一年增加五亿五千万元。',
     'date:一九五八年'),
    ('zh20-gov-work-reports', '初级中学在校学生的人数将增长百分之七十八点六，在一九五七年达到三百九十八万三千人；',
     'date:一九五七年'),
    # #043: 上一年度 is relative; 省级以上…部门 is generic
    ('zh20-law-personal_information_protection_law_2021', '有前款规定的违法行为，情节严重的，由省级以上履行个人信息保护职责的部门责令改正，没收违法所得，并处五千万元以下或者上一年度营业额百分之五以下罚款，并可以责令暂停相关业务或者停业整顿、通报有关主管部门吊销相关业务许可或者吊销营业执照；',
     ''),
    ('zh20-law-criminal_law', '第二百六十二条之二 组织未成年人进行盗窃、诈骗、抢夺、敲诈勒索等违反治安管理活动的，处三年以下有期徒刑或者拘役，并处罚金；',
     ''),
    ('zh20-law-criminal_law', '第二百三十四条 故意伤害他人身体的，处三年以下有期徒刑、拘役或者管制。',
     ''),
    ('zh20-law-criminal_law', '情节严重的，处五年以上有期徒刑，并处罚金。',
     ''),
    ('zh20-gov-work-reports', '粮食的供应量比上一年有所减少，主要是因为粮食逐年增产，过去要由国家供应粮食的农村缺粮户，现在已经有相当多一部分能够自给，而不再需要由国家供应了。',
     ''),
    ('zh20-gov-work-reports', '一九五八年供应社会的商品总量，可以达到五百亿元，比上一年增加三十亿元，增长百分之六点五。',
     'date:一九五八年'),
    ('zh20-law-criminal_law', '第一百八十九条 银行或者其他金融机构的工作人员在票据业务中，对违反票据法规定的票据予以承兑、付款或者保证，造成重大损失的，处五年以下有期徒刑或者拘役；',
     ''),
    ('zh20-law-criminal_law', '第四百一十条 国家机关工作人员徇私舞弊，违反土地管理法规，滥用职权，非法批准征收、征用、占用土地，或者非法低价出让国有土地使用权，情节严重的，处三年以下有期徒刑或者拘役；',
     ''),
    ('zh20-law-criminal_law', '后果特别严重的，处三年以上七年以下有期徒刑：',
     ''),
    ('zh20-gov-work-reports', '一年来，我们贯彻党中央决策部署，统筹推进疫情防控和经济社会发展，主要做了以下工作。',
     'org:党中央'),
    # #053: NEW h20: a UN Security Council resolution cited by its number (５９８号决议, Resolution 598) is an official
    # document cited by its number, a docno, taken with its document word as 'Order No. 888' takes 'Order' (h10);
    # 联合国安理会 is one org (the council with its parent); 去年 is relative
    ('zh20-gov-work-reports', '去年联合国安理会通过的５９８号决议，为和平解决伊朗和伊拉克之间的冲突提供了良好基础。',
     'org:联合国安理会 | docno:５９８号决议 | place:伊朗 | place:伊拉克'),
    ('zh20-gov-work-reports', '新的一年，我们将继续坚定不移地走和平发展道路。',
     ''),
    # #055: 死刑缓期二年执行 is a duration (README)
    ('zh20-law-criminal_law', '对于应当判处死刑的犯罪分子，如果不是必须立即执行的，可以判处死刑同时宣告缓期二年执行。',
     ''),
    ('zh20-gov-work-reports', '计划生育成绩明显，出生率下降５个千分点，相当于五年少生１５００万人左右。',
     ''),
    ('zh20-gov-work-reports', '1956年职工全年的平均工资是610元，比农民一家人的全年平均收入高一倍多。',
     'date:1956年'),
    # #058: 去年底 is relative; the county list is generic
    ('zh20-gov-work-reports', '义务教育工作继续推进，到去年底，全国已有５０％的县（市、区）基本普及九年义务教育，当年减少青壮年文盲４００万人。',
     ''),
    ('zh20-gov-work-reports', '占全国人口6 5 ％的地区基本普及九年义务教育，青壮年文盲率下降到6 ％。',
     ''),
    # #060: traditional characters, as written; the worker-peasant schools are a kind of school
    ('zh20-gov-work-reports', '在爲培養工農出身的新知識分子而創辦的工農速成中學中，一九五四年的學生人數比一九五一年增長了三倍。',
     'date:一九五四年 | date:一九五一年'),
    # #061: the elision is labelled as written (README): the bare year 1998 and 1999年
    ('zh20-gov-work-reports', '1998、1999年连续遭受特大洪涝灾害。',
     'date:1998 | date:1999年'),
    ('zh20-gov-work-reports', '但是，只要全国劳动人民共同努力，增加工业生产，提高工业品的质量，完成和超额完成在五年内工业生产增加产值百分之九十八点三的计划指标是完全可能的。',
     ''),
    # #063: the railway line (兰州——新疆线) is not a place, the places it names are (as 西安 in a metro line, h18 prov
    # #015); 玉门油矿 (the Yumen oil field) is a mine, a site: only 玉门 (as 铜锣山 in 铜锣山矿区, h15); 白洋河 is a place;
    # 今年 and 年内 are relative
    ('zh20-gov-work-reports', '兰州——新疆线原计划１９５７年修到玉门油矿的白洋河，可以提前在今年完成，年内还将继续从玉门向西铺轨２４０公里。',
     'place:兰州 | place:新疆 | date:１９５７年 | place:玉门 | place:白洋河 | place:玉门#2'),
    ('zh20-gov-work-reports', '第六个五年计划规定，一九八五年工农业总产值达到八千七百一十亿元，比一九八○年的七千一百五十九亿元增加一千五百五十一亿元。',
     'date:一九八五年 | date:一九八○年'),
    ('zh20-gov-work-reports', '在解放以后经济得到恢复的一九五二年，也还只有三千零八十八亿斤。',
     'date:一九五二年'),
    ('zh20-gov-work-reports', '2002年，全国财政性教育经费投入3366亿元，是1997年的1.8倍，占国内生产总值的比重从2.5%提高到3.3%。',
     'date:2002年 | date:1997年'),
    # #067: the party congress is an event, the party an org (h16 #018)
    ('zh20-gov-work-reports', '今年将召开中国共产党第十九次全国代表大会，是党和国家事业发展中具有重大意义的一年。',
     'org:中国共产党'),
    ('zh20-law-criminal_law', '第三百九十八条 国家机关工作人员违反保守国家秘密法的规定，故意或者过失泄露国家秘密，情节严重的，处三年以下有期徒刑或者拘役；',
     ''),
    ('zh20-gov-work-reports', '在价格改革方面，调整了２５年没有动过的城镇居民定量平价粮油销售价格，提高了长期偏低的部分基础工业产品的价格，部分产品实行了计划内外两种价格的并轨或缩小差距，对理顺价格关系起了积极的作用。',
     ''),
    ('zh20-gov-work-reports', '为了保证必要的物资供应，保证市场的继续稳定，商业部门在一九五九年担负着繁重的任务。',
     'date:一九五九年'),
    ('zh20-law-criminal_law', '情节较轻的，处三年以上七年以下有期徒刑，并处罚金。',
     ''),
    ('zh20-gov-work-reports', '棉纱产量286.5万吨，比1980年预计增加9万吨；',
     'date:1980年'),
    ('zh20-gov-work-reports', '工商税收的增长比例比较大，主要是由于１９５６年工农业生产和商品流转的增长比较快。',
     'date:１９５６年'),
    ('zh20-gov-work-reports', '同１９５５年国家决算比较，本年收入增长９．２９％，本年支出增长４．７６％。',
     'date:１９５５年'),
    ('zh20-gov-work-reports', '同１９５４年决算的可比部分相比，１９５５年本年收入增长９６６，４８５，０００元，即增长３．６８％；',
     'date:１９５４年 | date:１９５５年'),
    # #076: 中央 acting (中央下达, the Centre allocated), an org as 中央支持 (h10 prov #029)
    ('zh20-gov-work-reports', '全面落实城乡义务教育政策，中央下达农村义务教育经费666亿元，提前一年实现农村中小学生人均公用经费500元和300元的目标。',
     'org:中央'),
    ('zh20-law-criminal_law', '第一百七十六条 非法吸收公众存款或者变相吸收公众存款，扰乱金融秩序的，处三年以下有期徒刑或者拘役，并处或者单处罚金；',
     ''),
    ('zh20-gov-work-reports', '五年中，农村新建住宅二十二亿平方米，有几千万农户搬进了新居。',
     ''),
    ('zh20-gov-work-reports', '灾后重建要加大力度，加快进度，力争在两年内基本完成原定三年的目标任务，让灾区人民早日过上更加幸福美好的生活。',
     ''),
    ('zh20-gov-work-reports', '为了改变这种局面，近三年来，在四百多个工业企业中进行了以税代利的试点，其中有的是全市、县的试点，有的是一个城市范围内的全行业试点。',
     ''),
    ('zh20-gov-work-reports', '前三年扩大的灌溉面积共四千一百多万亩，而1956年就扩大了一亿多亩。',
     'date:1956年'),
    ('zh20-gov-work-reports', '五年内，新增原油开采能力三千五百万吨，天然气开采能力二十五亿立方米。',
     ''),
    ('zh20-gov-work-reports', '五年内开始建设的拖拉机制造厂，在第二个五年计划期间建设完成后，我国将能够每年出产五十四匹马力的拖拉机一万五千台，供应农业的需要。',
     ''),
    ('zh20-gov-work-reports', '准备在一九五九年列入计划的建设项目，从现在起就要提前做好设计。',
     'date:一九五九年'),
    ('zh20-gov-work-reports', '第一个五年计划的建设规模是很大的，国民经济各部门的发展速度是很快的。',
     ''),
    ('zh20-gov-work-reports', '今后五年建设和改革的目标、方针和任务',
     ''),
    ('zh20-gov-work-reports', '发电装机容量由1997年的2.54亿千瓦增加到2002年的3.53亿千瓦。',
     'date:1997年 | date:2002年'),
    ('zh20-gov-work-reports', '全国财政用于文化体育事业支出五年累计3104亿元，比前五年增长1.3倍。',
     ''),
    # #089: the session ordinal is not part of the name; 中华人民共和国 inside the decision's title is labelled (h4
    # zh4-law #601)
    ('zh20-law-criminal_procedure_law_2018', '2018年10月26日 第十三届全国人民代表大会常务委员会第六次会议《关于修改〈中华人民共和国刑事诉讼法〉的决定》第三次修正',
     'date:2018年10月26日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    ('zh20-gov-work-reports', '五年来，新建各类保障性住房1800多万套，棚户区改造住房1200多万套；',
     ''),
    ('zh20-law-criminal_law', '第二百九十四条 组织、领导黑社会性质的组织的，处七年以上有期徒刑，并处没收财产；',
     ''),
    # #092: traditional characters, as written; 中國 inside 中國人民解放軍 not labelled again, the second 中國 (我中國人民) is
    # a place as 中国 in 中国人民; 蔣介石 inside the pejorative group name is a person (as 蒋介石卖国集团, dev)
    ('zh20-gov-work-reports', '一九五四年八月十一日中央人民政府委員會通過决議，號召全國人民和中國人民解放軍，從各方面加强工作，爲解放台灣、消滅蔣介石賣國集團，以完成我中國人民的神聖解放事業而奮鬥。',
     'date:一九五四年八月十一日 | org:中央人民政府委員會 | org:中國人民解放軍 | place:台灣 | person:蔣介石 | place:中國#2'),
    ('zh20-gov-work-reports', '五年国务院共向全国人大常委会提交39件法律议案，制定、修订137件行政法规。',
     'org:国务院 | org:全国人大常委会'),
    ('zh20-gov-work-reports', '当然，摆在我们面前的科学技术课题很多，不是一个五年计划能够解决的，需要作长期的坚持不懈的努力。',
     ''),
    ('zh20-gov-work-reports', '我国第一个五年计划是一个伟大的计划，它将开始改变我国百年来经济落后的历史，把我国向工业化的社会主义社会的目标推进一步。',
     ''),
    ('zh20-gov-work-reports', '在一九五八年，我们不仅应当使工业生产在数量方面有一个大的发展，而且应当在质量方面也有进一步的提高，大大提高合格产品的比重，尽可能消灭废品。',
     'date:一九五八年'),
    ('zh20-law-criminal_law', '第四百四十四条 在战场上故意遗弃伤病军人，情节恶劣的，对直接责任人员，处五年以下有期徒刑。',
     ''),
    # #098: the party congress is an event, the party an org (#067); 七年计划 is a plan period
    ('zh20-gov-work-reports', '不久以前，苏联共产党第二十一次代表大会，通过了发展国民经济的宏伟的七年计划。',
     'org:苏联共产党'),
    ('zh20-gov-work-reports', '内河轮驳船货物周转量将达到一百五十三亿吨公里，即比一九五二年增长三点二倍；',
     'date:一九五二年'),
    ('zh20-law-personal_information_protection_law_2021', '第七十四条 本法自2021年11月1日起施行。',
     'date:2021年11月1日'),
    ('zh20-gov-work-reports', '基本建设和技术改造取得新成就，五年全社会固定资产投资完成２６０００亿元。',
     ''),
    ('zh20-gov-work-reports', '1949年全国农业生产总值是三百二十六亿元，1956年上升到五百八十三亿元，比1949年增长了79%。',
     'date:1949年 | date:1956年 | date:1949年#2'),
    ('zh20-law-criminal_law', '第三百九十条 对犯行贿罪的，处三年以下有期徒刑或者拘役，并处罚金；',
     ''),
    ('zh20-gov-work-reports', '过去一年政府工作中行之有效的思路和做法，要在今后的实践中继续坚持、不断探索与完善。',
     ''),
    ('zh20-gov-work-reports', '过去一年，国防和军队改革取得重大突破，军队革命化现代化正规化建设取得新进展新成就。',
     ''),
    ('zh20-law-criminal_law', '聚众阻碍国家机关工作人员解救被收买的妇女、儿童的首要分子，处五年以下有期徒刑或者拘役；',
     ''),
    # #107: 号码 is not a number
    ('zh20-law-public_security_administration_punishments_law_2012', '第五十六条 旅馆业的工作人员对住宿的旅客不按规定登记姓名、身份证件种类和号码的，或者明知住宿的旅客将危险物质带入旅馆，不予制止的，处二百元以上五百元以下罚款。',
     ''),
    ('zh20-gov-work-reports', '1957年的国家预算收入比1956年增长近百分之二；',
     'date:1957年 | date:1956年'),
    ('zh20-gov-work-reports', '所以，一九五三年，在实行粮食的统购统销的同时，国家就确定了“城市和农村都需要的工业品，应该优先地供应农村”的方针。',
     'date:一九五三年'),
    # -- provincial 2025 reports: Random(21215).sample(…, 70), in sampled order
    # #000: 20年以上 is a duration
    ('zh20-prov-zhejiang', '全面完成20年以上电梯更新，全省更新改造住宅老旧电梯1.5万台。',
     ''),
    # #001: 省政府 is level-qualified (README); the policy's title and “18条” are not labelled
    ('zh20-prov-sichuan', '3.稳增长“18条”：2024年4月7日，省政府印发《关于持续巩固和增强经济回升向好态势若干政策措施》，提出强化财税政策支持、积极扩大有效投资、加快消费恢复提振、推动外贸提质增效、帮助企业降本减负、推进企业快速成长等6个方面18条措施。',
     'date:2024年4月7日 | org:省政府'),
    # #002: the brands are built of the abbreviation 渝; 中华老字号: 中华 not labelled (README)
    ('zh20-prov-chongqing', '创建“渝味360碗”美食品牌和“渝伴礼”特色品牌，累计引进国内外品牌超2000个、培育中华老字号31个。',
     ''),
    # #003: 自治区 alone is no place; the party congress is an event
    ('zh20-prov-inner_mongolia', '新能源装机在全国率先破亿、达到1.35亿千瓦，超过火电装机，提前一年实现自治区第十一次党代会确定目标。',
     ''),
    ('zh20-prov-guangdong', '预计全省地区生产总值迈上14万亿元新台阶、连续36年居全国首位。',
     ''),
    ('zh20-prov-fujian', '推进全民参保，完善工伤保险省级统筹制度，连续3年提高城乡居民基础养老金、惠及549万人，企业职工基本养老保险新增参保85.6万人。',
     ''),
    ('zh20-prov-hebei', '深化安全生产治本攻坚三年行动，强化矿山、危化、交通、燃气、消防、建筑施工等重点领域安全整治提升，坚决遏制重特大事故发生。',
     ''),
    ('zh20-prov-shanghai', '制定落实新一轮人民城市建设实施方案、城市精细化管理三年行动计划。',
     ''),
    ('zh20-prov-chongqing', '新建和改造提升高标准农田200万亩，现代化灌区加快建设，粮食产量超过220亿斤、创近16年新高，油菜产量实现“17连增”。',
     ''),
    # #009: 青薯9号 is a potato variety (a product), not a docno
    ('zh20-prov-qinghai', '科技研发经费持续增长，青薯9号创造了亩产6508公斤全国新纪录，无水氯化镁制备新方法等一批科技成果达到国际先进水平。',
     ''),
    ('zh20-prov-heilongjiang', '开展“信号升格”专项行动，加快边境地区4G/5G网络建设。',
     ''),
    ('zh20-prov-jiangsu', '实施加快培育发展未来产业三年行动，开展未来产业先行集聚发展试点。',
     ''),
    ('zh20-prov-chongqing', '推进安全生产治本攻坚、防灾减灾救灾固本强基三年行动。',
     ''),
    ('zh20-prov-ningxia', '启动民营经济高质量发展三年行动计划，新设民营经营主体2.5万户。',
     ''),
    # #014: the ordinal splits the name (README); 代省长 is a title (h13 prov13name #041)
    ('zh20-prov-zhejiang', '2025年1月14日在浙江省第十四届人民代表大会第三次会议上浙江省代省长刘捷作政府工作报告',
     'date:2025年1月14日 | place:浙江省 | org:人民代表大会 | place:浙江省#2 | person:刘捷'),
    # #015: the conference is an event, 中国 inside it labelled
    ('zh20-prov-anhui', '健全网络综合治理体系，办好2025年中国网络文明大会。',
     'date:2025年 | place:中国'),
    ('zh20-prov-guangdong', '一年来，我们坚决扛起全面从严治党政治责任，扎实开展党纪学习教育，在学纪、知纪、明纪、守纪上下功夫求实效，以实际行动坚定拥护“两个确立”、坚决做到“两个维护”。',
     ''),
    # #017: 省 alone is no place
    ('zh20-prov-guangdong', '深入实施“民生十大工程”五年行动计划，全面完成省十件民生实事，居民人均可支配收入增长4.4%，“三保”底线兜实兜牢。',
     ''),
    # #018: 西直门 (the Xizhimen quarter of Beijing) is a place; the lantern festival is an event built of the
    # abbreviation 京; the two hubs are not named; 时隔5年 is a duration
    ('zh20-prov-beijing', '实施扩大消费组合政策，完成西直门等15个商圈改造升级，成功举办“京彩灯会”等系列大型活动，航空双枢纽时隔5年旅客吞吐量再次破亿、入境游客大幅增长186.8%，旅游人次和收入均创历史新高。',
     'place:西直门'),
    ('zh20-prov-ningxia', '开展城中村改造专项行动，年内完成6000套改造计划，力争3年内全部启动五市市辖区城中村1.2万套改造任务。',
     ''),
    ('zh20-prov-jiangxi', '深入推进留守儿童和困境儿童关爱服务质量提升三年行动，加强流动儿童权益保障和未成年人身心健康关爱。',
     ''),
    ('zh20-prov-liaoning', '支持传统商业改造升级，焕新老字号、老品牌。',
     ''),
    # #022: 中央 is attributive in the inspection's name
    ('zh20-prov-fujian', '强化污染防治，一体推进三轮中央生态环境保护督察反馈问题整改，污染防治攻坚战成效考核连续5年全国优秀。',
     ''),
    # #023: “桂字号” is a brand label built of the abbreviation 桂, not a docno
    ('zh20-prov-guangxi', '大力发展农产品加工业、劳动技能密集型产业，打造“桂字号”农业品牌。',
     ''),
    ('zh20-prov-fujian', '森林覆盖率连续46年居全国首位，完成重点区域林相改善6.88万亩。',
     ''),
    ('zh20-prov-beijing', '二、2025年工作总体要求和重点任务',
     'date:2025年'),
    ('zh20-prov-tibet', '各位代表!2024年是党中央作出对口支援西藏重大战略决策30周年。',
     'date:2024年 | org:党中央 | place:西藏'),
    # #027: 深中通道 (the Shenzhen-Zhongshan link, a bridge and tunnel) is a road facility, not a place (NEW h13 bridge,
    # h9 tunnel), 深中 two abbreviations; the research ship is a product; the conference and the forum are events, the
    # places inside them labelled; 从都 (the estate the Congdu forum is named after and held in) is left unlabelled as a
    # venue's name inside an event's name, not a town or district
    ('zh20-prov-guangdong', '这一年，习近平总书记向深中通道建成开通、中山大学建校100周年、黄埔军校建校100周年、“梦想”号大洋钻探船建成入列、“读懂中国”国际会议（广州）、从都国际论坛致贺信，全省人民深受鼓舞、倍感振奋。',
     'person:习近平 | org:中山大学 | org:黄埔军校 | place:中国 | place:广州'),
    ('zh20-prov-hunan', '统筹推进新型城镇化和乡村全面振兴，深入实施新型城镇化战略五年行动计划，力争全省城镇化率提高0.9个百分点。',
     ''),
    ('zh20-prov-ningxia', '近3年全社会研发经费投入年均增长12.8%，企业研发经费占比超过80%，均高于全国平均水平。',
     ''),
    # #030: “1·24” (the fire of 24 January) has no year; the campaigns are not labelled
    ('zh20-prov-jiangxi', '深刻汲取新余“1·24”特大火灾事故教训，纵深推进安全生产治本攻坚三年行动，常态化开展安全生产隐患排查整治，完成打通消防“生命通道”集中整治任务，深入开展烟花爆竹“打非治违”行动，坚决遏制重特大事故发生，切实减少生产安全事故起数和伤亡人数。',
     'place:新余'),
    ('zh20-prov-ningxia', '全面加强心理健康和精神卫生服务体系建设，用3年时间补齐儿科和精神卫生科短板。',
     ''),
    ('zh20-prov-gansu', '一年来，我们扎实开展党纪学习教育，纵深推进“三抓三促”行动，政府自身建设得到新加强。',
     ''),
    # #033: 雪域高原 is a descriptive epithet, not a name
    ('zh20-prov-tibet', '60年来，西藏经济总量和全体居民人均可支配收入翻了七番以上，雪域高原创造了短短几十年跨越上千年的人间奇迹，这是我们奋进新征程的坚实基础。',
     'place:西藏'),
    ('zh20-prov-inner_mongolia', '单位GDP能耗下降3%，提前一年达到“十四五”规划控制目标。',
     ''),
    ('zh20-prov-liaoning', '一年来，我们顶住压力、保持定力，集中精力办好自己的事，奋力打好打赢攻坚之年攻坚之战。',
     ''),
    # #036: 北京 in the campaign 健康北京 (as 福建 in 美丽福建); the medical groups and the platform are not named
    ('zh20-prov-beijing', '全面推进健康北京建设，建成9个紧密型城市医疗集团，全市统一预约挂号平台覆盖全部二级及以上医疗机构，基层预约转诊覆盖所有社区卫生服务机构，50%以上村卫生室实现与乡镇卫生院一体化管理；',
     'place:北京'),
    # #037: metro lines are not places (as railway lines, README); 昌平 inside the line's name is (as 西安 in a metro
    # line, h18 prov #015)
    ('zh20-prov-beijing', '逐步改善交通出行条件，开通3号线一期、12号线、昌平线南延一期等3条轨道新线，新增地铁运营里程43公里、总里程达到879公里；',
     'place:昌平'),
    # #038: the platform and 闽政通 (an app built of the abbreviation 闽) are not labelled; 中国 in 数字中国; 省政府 inside the
    # portal's name is labelled (as in 省政府规章, README)
    ('zh20-prov-fujian', '省一体化大融合行政执法平台在全国推广，数字政府服务能力再次获评“卓越级”，闽政通入选首批数字中国建设典型案例，省政府门户网站绩效评估连续3年全国第一，政务服务更智慧、更高效，群众生活更便利、更美好。',
     'place:中国 | org:省政府'),
    ('zh20-prov-guangdong', '推进地质灾害综合防治能力提升三年行动，建好海洋灾害综合防治体系。',
     ''),
    ('zh20-prov-jiangxi', '深入实施提升行政执法质量三年行动，开展规范涉企执法专项行动，完善行政处罚裁量基准，坚决防止和纠正利用行政、刑事手段干预经济纠纷，坚决防止违规异地执法和趋利性执法。',
     ''),
    ('zh20-prov-shandong', '农产品出口连续26年全国第一。',
     ''),
    # #042: “3815” is a strategy's name; 今年 is relative; plan periods are not labelled
    ('zh20-prov-yunnan', '今年是“十四五”规划收官之年，是“3815”战略发展目标“三年上台阶”的实现之年和系列三年行动的决战决胜之年，也是“十五五”规划谋篇之年，做好全年工作意义重大。',
     ''),
    ('zh20-prov-jilin', '一年来，我们持续加强政府自身建设。',
     ''),
    ('zh20-prov-shanxi', '深化信用提升三年行动，完善涉企信息收集和联合奖惩机制。',
     ''),
    # #045: 东西部 is a compass grouping; 闽宁协作, 援藏 and 援疆 are built of abbreviations
    ('zh20-prov-fujian', '深化东西部协作和对口支援，闽宁协作考核连续6年为“好”，援藏援疆工作继续走在全国前列。',
     ''),
    # #046: 北部湾国际门户港 (the Beibu Gulf international gateway port) is a port, a place taken whole (as 贵阳国际陆港,
    # README)
    ('zh20-prov-guangxi', '推进北部湾国际门户港基础设施、服务提升三年行动。',
     'place:北部湾国际门户港'),
    # #047: 燕赵 inside the studios' title is a place (h15 prov15 #066); the studios are counted, a title
    ('zh20-prov-hebei', '实施基础教育、职业教育、高等教育、教师队伍建设三年行动计划，新改扩建义务教育学校169所，创建省级特色高中30所，打造一批产教融合新型载体，创建燕赵名师工作室62个。',
     'place:燕赵'),
    # #048: 习近平 inside the name of his thought is labelled (as 毛泽东 in 毛泽东思想), 中国 in 中国特色
    ('zh20-prov-zhejiang', '各位代表，过去一年的成绩来之不易，根本在于习近平总书记掌舵领航，根本在于习近平新时代中国特色社会主义思想科学指引，得益于省委正确领导、科学决策，得益于全省人民众志成城、团结奋斗。',
     'person:习近平 | person:习近平#2 | place:中国 | org:省委'),
    # #049: 底 left out; 海南自贸港 is a programme zone: only 海南 (README)
    ('zh20-prov-hainan', '2025年底封关运作是海南自贸港建设的关键性阶段目标。',
     'date:2025年 | place:海南'),
    ('zh20-prov-shandong', '一年来的历程极不平凡，成绩殊为不易。',
     ''),
    # #051: the ordinal splits the name, a space in the source before 人民代表大会 (README)
    ('zh20-prov-qinghai', '——2025年1月19日在青海省第十四届 人民代表大会第三次会议上',
     'date:2025年1月19日 | place:青海省 | org:人民代表大会'),
    ('zh20-prov-sichuan', '以县为单元编制面向2035年基本实现现代化公共服务发展规划。',
     'date:2035年'),
    # #053: the platform is a description; the ship “探索三号” is a product; 我国 a self-reference
    ('zh20-prov-hainan', '向海图强，深海科技创新公共平台试运行，一批重大深海装备落地，我国首艘自主研制的深远海多功能科考船“探索三号”入列，全国首个深水高压气田投产，区域海洋创新指数位居全国第一梯次，海洋生产总值增长10.4%。',
     ''),
    ('zh20-prov-shanxi', '一年来，国防动员、双拥共建、人民防空、退役军人服务保障等工作扎实推进。',
     ''),
    ('zh20-prov-shanxi', '培育现代零售体系，引导老字号创新发展。',
     ''),
    ('zh20-prov-chongqing', '回顾过去一年，我们在抢抓机遇中拼搏进取，在攻坚克难中奋楫前行，在积厚成势中赢得主动，成绩来之不易。',
     ''),
    ('zh20-prov-shanghai', '各位代表，过去一年，国防和军队建设支持力度进一步加大。',
     ''),
    # #058: the transport slogans are built of compass words
    ('zh20-prov-guangxi', '食糖产量连续33个榨季排全国第一，水果产量连续7年排全国第一，成为全国最大的秋冬菜生产基地和重要的“南菜北运”、“西菜东运”基地。',
     ''),
    ('zh20-prov-guangdong', '鼓励居民连续参保，对连续参加居民医保满4年的参保人员，之后每连续参保1年，提高大病保险最高支付限额3800元。',
     ''),
    ('zh20-prov-ningxia', '全面启动实施新型城镇化五年行动，积极推进以人为本、以县城为重要载体的城镇化建设。',
     ''),
    # #061: a range sharing one unit is one span (README)
    ('zh20-prov-yunnan', '第2个“三年行动”（2028—2030年），实现所有县城全覆盖；',
     'date:2028—2030年'),
    # #062: 崇明世界级生态岛 is a designation (世界级 a rating): only 崇明
    ('zh20-prov-shanghai', '启动实施崇明世界级生态岛建设第六轮三年行动计划，推进供水能力提升、重点地区生态修复等项目建设。',
     'place:崇明'),
    ('zh20-prov-inner_mongolia', '预计地区生产总值增长6%左右、突破2.6万亿元，总量在全国排名有望上升至第20位，时隔5年重回全国中游；',
     ''),
    ('zh20-prov-liaoning', '持续深化安全生产治本攻坚三年行动，严密防控涉海渔船、危化品等重点行业领域安全风险，坚决防止重特大事故发生。',
     ''),
    # #065: “一号产业项目” is a programme, not a docno
    ('zh20-prov-jilin', '加快实施市县“一号产业项目”，产业投资占比超过50％。',
     ''),
    ('zh20-prov-shandong', '积极发展超大型油船、大中型集装箱船等高技术船舶，推动更多“国字号”装备首制交付。',
     ''),
    # #067: the plenary session is an event
    ('zh20-prov-hebei', '过去的一年，是党的二十届三中全会胜利召开之年，是全省上下沿着习近平总书记指引的方向砥砺前行的一年。',
     'person:习近平'),
    # #068: the tourist roads are roads, not places
    ('zh20-prov-shanxi', '历时7年建设、投资近千亿元、全长1.3万公里的三个一号旅游公路提前三年全线贯通。',
     ''),
    # #069: 中国 in 新中国 (README)
    ('zh20-prov-tibet', '2024年是新中国成立75周年，是实现“十四五”规划目标任务的关键之年。',
     'date:2024年 | place:中国'),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout20", ITEMS, DRAWS, sample, ("enron20", "enron20-lines", "mail20", "zh20-gov-work-reports",
                                                     "zh20-law-", "zh20-prov-"))


if __name__ == "__main__":
    main()

r"""Build eval/ner/holdout12.jsonl: a twelfth held-out NER set, rich in patterns, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (with the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout10.py (the NEW h7, h8, h9 and h10 decisions included). The labeller
did not read anything of the extractor (dossier/), did not run it, bench/ner_eval.py, the project's
date/phone finders or any segmenter, NER or POS tool on these sentences, and did not look at what
any tool predicts for them. The set has never been scored. Like holdout4, holdout8 and holdout10 it
is meant to be rich in patterns (dates, phones, e-mail addresses, URLs, document numbers); every
entity type the rules define is labelled, names included.

    python eval/ner/build_holdout12.py            # write holdout12.jsonl from ITEMS, print counts
    python eval/ner/build_holdout12.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout12.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (Enron body cleaning and body lines, Chinese sentence split, law markdown cleaning,
docx reading) and the pools are copied from build_holdout10.py, not imported. Every pool leaves out
texts that overlap a text of build.py or build_holdout.py … build_holdout10.py (the text is in one of
those files' source, or contains or is contained in one of their ITEMS texts), and keeps only the
first occurrence of a text that recurs. build_holdout11.py (written by another helper at the same
time) was not committed when this set was drawn, so it is not among the seen files.

1. enron12: the 300 EML files of email/enron-sample/eml in file-name order, read as in
   build_holdout10.py (body cleaning, paragraphs split at [.!?] + whitespace + capital, 30-200
   characters), kept if the sentence contains a digit, an '@', 'http' or 'www' (pool 667);
   random.Random(13131).sample(…, 120).
2. enron12-lines: the same files, the body lines that survive the same cleaning, each stripped with
   its whitespace collapsed, kept if 10-120 characters, containing a digit and one of LINE_CUES
   (signature and contact lines), and not overlapping a text drawn in 1 (pool 436);
   random.Random(13132).sample(…, 60).
3. enron12-contact: Enron sentences read as in draw 1 (30-200 characters) that contain '@', 'http',
   'www' or a phone-like digit group (PHONE_LIKE, \d{3}[-.)\s]\d{3}[-.\s]\d{4}), not overlapping a
   text drawn in 1 or 2 (pool 94); random.Random(13133).sample(…, 60).
4. zh12-gov-work-reports, zh12-law-*: Chinese sentences, split after 。！？； , 15-120 characters,
   from every line of the national reports JSONL (all years) and every law in
   zh-docs/prc-laws-lawrefbook (*.md, file-name order, HTML comments dropped, heading '#' stripped;
   source zh12-law-<file stem>), kept if PATTERN_ZH matches (年 after a digit or a Chinese numeral,
   〔, or 号); pooled reports first, then laws (pool 2877); random.Random(13134).sample(…, 30).
5. zh12-prov-*: the 2025 government work reports of all 31 provinces (docx, file-name order),
   split and kept by length the same way, kept if PATTERN_ZH matches or the sentence holds a run of
   7 or more digits (LONG_DIGITS) (pool 390); random.Random(13135).sample(…, 30).

No pool ran dry. A sampled text that is garbled (table debris, broken encoding) would be dropped,
with a comment where it would have been, and replaced by the next candidate of the same random
order. None was dropped: a line of HTML table markup, '<<<>>>' padding, control characters before
menu bullets (written as escapes) and a broken © were readable and kept, as said on their items.

As in holdout8 and holdout10, the Chinese pools match 年 after any Chinese numeral, so many of their
sentences hold only durations (三年以下有期徒刑, 三年行动): those are labelled as drawn, with no date.
The decisions this set adds are marked NEW h12 on their items (9 of them).

Result: 300 sentences, 476 entities: 80 date, 64 phone, 37 email, 36 url, 3 docno (220 pattern
entities), 99 org, 72 place, 85 person. No id_number was drawn. Pattern entities by draw: enron12
90, enron12-lines 25, enron12-contact 94, zh12 national reports and laws 9, zh12-prov 2.
"""

from __future__ import annotations

import email
import json
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


# -- reading code, copied from build_holdout10.py (itself from build_holdout4.py / build_holdout6.py) so that all sets
# are read alike ----------------------------------------------------------

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


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,3,4,5,6,7,8,9,10}.py, and the texts of their ITEMS."""
    import build
    import build_holdout
    import build_holdout2
    import build_holdout3
    import build_holdout4
    import build_holdout5
    import build_holdout6
    import build_holdout7
    import build_holdout8
    import build_holdout9
    import build_holdout10
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py", "build_holdout7.py", "build_holdout8.py",
             "build_holdout9.py", "build_holdout10.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6,
               build_holdout7, build_holdout8, build_holdout9, build_holdout10)
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


def enron12_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for para in enron_body_paragraphs(path):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                s = s.strip()
                if (30 <= len(s) <= 200 and (re.search(r"\d", s) or "@" in s or "http" in s or "www" in s)
                        and not seen(s, source, texts)):
                    out.append(("enron12", s))
    return first_occurrences(out)


def enron12_line_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    pool = enron12_candidates()
    texts = texts + [s for _, s in random.Random(13131).sample(pool, min(120, len(pool)))]
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for line in enron_body_lines(path):
            if (10 <= len(line) <= 120 and re.search(r"\d", line) and any(c in line for c in LINE_CUES)
                    and not seen(line, source, texts)):
                out.append(("enron12-lines", line))
    return first_occurrences(out)


def zh12_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    path = CORPUS / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        for para in json.loads(line)["content"].splitlines():
            out += [("zh12-gov-work-reports", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and PATTERN_ZH.search(s) and not seen(s, source, texts)]
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"zh12-law-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and PATTERN_ZH.search(s) and not seen(s, source, texts)]
    return first_occurrences(out)


def zh12_provincial_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "zh-docs/provincial-work-reports-2025-docx").glob("gov_work_report_2025_*.docx")):
        prov = path.stem.removeprefix("gov_work_report_2025_")
        for para in docx_paragraphs(path):
            out += [(f"zh12-prov-{prov}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and (PATTERN_ZH.search(s) or LONG_DIGITS.search(s))
                    and not seen(s, source, texts)]
    return first_occurrences(out)

PHONE_LIKE = re.compile(r"\d{3}[-.)\s]\d{3}[-.\s]\d{4}")


def enron12_contact_candidates() -> list[tuple[str, str]]:
    """Draw 3: Enron sentences read as in draw 1 that contain '@', 'http', 'www' or a phone-like digit group, not
    overlapping a text drawn in 1 or 2."""
    source, texts = seen_texts()
    pool1, pool2 = enron12_candidates(), enron12_line_candidates()
    texts = (texts + [s for _, s in random.Random(13131).sample(pool1, min(120, len(pool1)))]
             + [s for _, s in random.Random(13132).sample(pool2, min(60, len(pool2)))])
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for para in enron_body_paragraphs(path):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                s = s.strip()
                if (30 <= len(s) <= 200 and ("@" in s or "http" in s or "www" in s or PHONE_LIKE.search(s))
                        and not seen(s, source, texts)):
                    out.append(("enron12-contact", s))
    return first_occurrences(out)


DRAWS = [(enron12_candidates, 13131, 120), (enron12_line_candidates, 13132, 60), (enron12_contact_candidates, 13133, 60),
         (zh12_candidates, 13134, 30), (zh12_provincial_candidates, 13135, 30)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout10.py (the NEW h7, h8,
    # h9 and h10 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans). Comments on an item record how an ambiguous case was decided; those marked NEW h12 are decisions
    # no earlier set had to make. #NNN = position in the seeded order. No sampled text was garbled enough to drop (the
    # debris kept is said so on its item), so none was dropped.
    # -- Enron mail, sentences with a digit, '@', 'http' or 'www': Random(13131).sample(…, 120), in sampled order
    # #000: May 15 has no year; CST is a time zone
    ('enron12', 'Murdock asked me to pass on the following information regarding your telephone call scheduled for 10:00am (CST) on Tuesday, May 15.',
     'person:Murdock'),
    # #001: 'mg' after the slash is a typist's initials, not a name; 3/21 has no year
    ('enron12', 'Changed from 3/21 to 3/22 per Rita/mg.',
     'person:Rita'),
    ('enron12', 'It improves the outlook for PG&E by > $2.00/MWH, mainly as a result of lower cost estimates for their hydro.',
     'org:PG&E'),
    ('enron12', 'Please call (248) 540-9270 or e-mail',
     'phone:(248) 540-9270'),
    ('enron12', 'We have a 3 month implementation schedule.',
     ''),
    ('enron12', 'Please provide me with three time slots you would be available to have a conf call on Friday the 6th between Cameron and Ian.',
     'person:Cameron | person:Ian'),
    ('enron12', 'Brent A Price 11/20/2000 12:17 PM',
     'person:Brent A Price | date:11/20/2000'),
    # #007: 'Young' is the surname of a signature cut by the split; Legal Specialist is a title; labels Phone / Fax left out
    ('enron12', 'Young Legal Specialist Enron North America Corp. 713-853-6794 Phone 713-646-3393 Fax kay.young@enron.com',
     'person:Young | org:Enron North America Corp. | phone:713-853-6794 | phone:713-646-3393 | email:kay.young@enron.com'),
    # #008: the highway in the address is a street, a place (as Eaton Hwy., holdout10); ZIP code and suite are nothing
    ('enron12', 'Tilchin, Tilchin, Hall & Reynolds P.C., 31731 Northwestern Hwy., Suite 106, Farmington Hills, MI 48334. (248) 855-0995, fax (248) 855-0850.',
     'org:Tilchin, Tilchin, Hall & Reynolds P.C. | place:Northwestern Hwy. | place:Farmington Hills | place:MI | phone:(248) 855-0995 | phone:(248) 855-0850'),
    # #009: 'Malizia, P.C.' is the tail of a firm's name cut by the split, labelled as written; Grand River (Grand River
    # Avenue) is the street of the address, a place
    ('enron12', 'Malizia, P.C., 37000 Grand River, Suite 340, Farmington Hills, MI 48335, 1-800-555-5107 or e-mail: amlmalizia@aol.com',
     'org:Malizia, P.C. | place:Grand River | place:Farmington Hills | place:MI | phone:1-800-555-5107 | email:amlmalizia@aol.com'),
    # #010: the Class Period is a term of the lawsuit
    ('enron12', 'During the Class Period, Enron insiders disposed of over $73 million of their personally-held Enron common stock to unsuspecting investors.',
     'org:Enron | org:Enron#2'),
    ('enron12', 'Sorry I made a mistake, the ground lease will end January 31, 2009 (not 2008 as in my previous e-mail).',
     'date:January 31, 2009 | date:2008'),
    # #012: Zone 6 is a pricing zone of the pipeline (a designation, as NP-15, holdout10); Transco is the pipeline company
    ('enron12', 'Zone 6 for the Gas Curve and NOT Transco Zone 6.',
     'org:Transco'),
    ('enron12', 'Lorraine Becker 12/15/2000 02:05 PM',
     'person:Lorraine Becker | date:12/15/2000'),
    ('enron12', 'Terminating this arrangement led to a $1.2 billion equity reduction in the third quarter.',
     ''),
    # #015: 'Brown' is a surname cut by the split; Director is a title; the unit (East Origination, misspelt) is taken
    # with its parent as one org, as written (a named internal unit, README); the extension's marker x is left out (h4)
    ('enron12', 'Brown Director Enron North America East Originatioin x31930',
     'person:Brown | org:Enron North America East Originatioin | phone:31930'),
    ('enron12', '"Joan Wagner" <IFSG230@mail.bus.utexas.edu> on 09/18/2000 12:21:11 PM',
     'person:Joan Wagner | email:IFSG230@mail.bus.utexas.edu | date:09/18/2000'),
    # #017: the URL is broken by a wrap ('Quarterl ySurvey…'): labelled up to the break (h4); the tail has no host; the
    # year inside the URL is no date (README)
    ('enron12', 'http://nahou-webcl1.corp.enron.com/inquisite/QuarterlySurveyMarch2001/Quarterl ySurveyMarch2001.html',
     'url:http://nahou-webcl1.corp.enron.com/inquisite/QuarterlySurveyMarch2001/Quarterl'),
    # #018: NEW h12: a '.com' name standing as the byline of a news source (Forbes.com, like The Toronto Star in #023) is
    # the publication, an org, not a url; a '.com' name given as a site to visit stays a url (SwapsMonitor.com, holdout10)
    ('enron12', 'Stocks More Static For Enron Forbes.com- 10/23/01',
     'org:Enron | org:Forbes.com | date:10/23/01'),
    ('enron12', 'John R Ayres@ENRON 05/08/2001 08:53 AM',
     'person:John R Ayres | date:05/08/2001'),
    ('enron12', '10:15 AM ---------------------------',
     ''),
    ('enron12', 'Bill Townsend President FriedWire Inc. 3209 Walnut St.',
     'person:Bill Townsend | org:FriedWire Inc. | place:Walnut St.'),
    # #022: NEW h12: a year that is part of a title (the film Fantasia 2000) is a bare year inside a longer term, a date
    # (as the 2001 Special Stock Option Grant, README); the title itself is not labelled
    ('enron12', 'VHS MOVIE OF THE DAY (VHS) Fantasia 2000',
     'date:2000'),
    # #023: NEW h12: the article before a publication's name (The Toronto Star) is left out, as 'the' before any org
    # (the Astros, holdout10); the headline's trade body is not named
    ('enron12', 'Heading up --- Trade body to go ahead with conference in Qatar The Toronto Star- 10/23/01',
     'place:Qatar | org:Toronto Star | date:10/23/01'),
    # #024: the access code is nothing (README)
    ('enron12', 'Media representatives should dial 800/289-0437 and provide access code 744661 to participate in the call.',
     'phone:800/289-0437'),
    # #025: 'the ISDA New York office': the org and the city; 'office' is generic; December 4 has no year
    ('enron12', 'Please join me in welcoming Alexandra Gage, who will join the ISDA New York office on Tuesday, December 4.',
     'person:Alexandra Gage | org:ISDA | place:New York'),
    # #026: dotted numbers with country codes are phones as written; 'Option 4' is a menu choice
    ('enron12', 'Houston: 1.713.853.4777, Option 4 London: 44.207.783.4040, Option 4 Email: perfmgmt@enron.com',
     'place:Houston | phone:1.713.853.4777 | place:London | phone:44.207.783.4040 | email:perfmgmt@enron.com'),
    ('enron12', 'Rewriting most of the code and moving to a 3 tier environment which will be much more scalable.',
     ''),
    ('enron12', 'If you are not an intended recipient of this message, please do not read, copy or disclose the contents of this communication to others and please notify the sender at (713) 207-5241.',
     'phone:(713) 207-5241'),
    ('enron12', 'How about Friday, Sept. 17, at 9 am (Houston time) which is 11 am (Sao Paulo) time?',
     'place:Houston | place:Sao Paulo'),
    ('enron12', 'Best, Soussan Faiz Texaco Inc. 914 253 4187',
     'person:Soussan Faiz | org:Texaco Inc. | phone:914 253 4187'),
    ('enron12', '02/15/2000 07:33 AM ---------------------------',
     'date:02/15/2000'),
    # #032: NETA (the new electricity trading arrangements) is a market arrangement, not an org
    ('enron12', "Incidentally, today (March 27th) is a red letter day in the UK as the NETA / new electricity trading arrangements have gone 'live'.",
     'place:UK'),
    ('enron12', 'Marianne Stiles 12/22/99 04:00 PM',
     'person:Marianne Stiles | date:12/22/99'),
    # #034: 'the 2002 number' (the earnings figure for 2002): a bare year
    ('enron12', 'He then affirmed the 2002 number.',
     'date:2002'),
    # #035: eSpeak is Enron's online event platform, not labelled
    ('enron12', 'Tuesday, December 5 at 10:00 am Houston time, please join Chairman and CEO Ken Lay for an open-mike eSpeak event.',
     'place:Houston | person:Ken Lay'),
    # #036: a regulation's section number (Reg. 301-6109-1(h)(2)(i)) is no docno (README: section numbers); EIN is
    # a kind of number
    ('enron12', "Reg. o 301-6109-1(h)(2)(i) seems pretty clear to me that a disregarded entity uses its single member's EIN.",
     ''),
    ('enron12', 'Stephanie 12:43 PM ---------------------------',
     'person:Stephanie'),
    ('enron12', 'Enron executives said liquidity would be sufficient and detailed at least $3.35 billion in available credit lines.',
     'org:Enron'),
    # #039: Carino, the party of a case cut by the split, is a person (enron4 #003); Per Curiam is not a name
    ('enron12', 'Carino e-Journal Number: 8382 Judge(s): Per Curiam - McDonald, Sawyer, and White',
     'person:Carino | person:McDonald | person:Sawyer | person:White'),
    ('enron12', 'http://www.pmaconference.com/0103Agenda.pdf and look to page 3 of the brochure.',
     'url:http://www.pmaconference.com/0103Agenda.pdf'),
    # #041: three companies (c/o = care of); 909 Fannin is the street of the address (Fannin Street), a place, as
    # LOUISIANA (README); the suite and ZIP code are nothing; CA inside the company's name is not labelled again
    ('enron12', 'CA Energy Development II, LLC c/o Sweetgum Energy L.P. c/o InterGen North America L.P. 909 Fannin, Suite 2200 Houston, Texas 77010 Attention: John Jones Fax: (713) 374-3901',
     'org:CA Energy Development II, LLC | org:Sweetgum Energy L.P. | org:InterGen North America L.P. | place:Fannin | place:Houston | place:Texas | person:John Jones | phone:(713) 374-3901'),
    # #042: the company's name is written with its exclamation mark (Yahoo!), kept as part of the name
    ('enron12', 'Make international calls for as low as $.04/minute with Yahoo!',
     'org:Yahoo!'),
    ('enron12', 'Samuel Schott 04/25/2001 12:42 PM',
     'person:Samuel Schott | date:04/25/2001'),
    ('enron12', 'Backout: no backout plan Contact(s): Michael S White 713-853-9001 (887)687-7024',
     'person:Michael S White | phone:713-853-9001 | phone:(887)687-7024'),
    # #045: MRC (the Media Research Center) is an org; the awards are an award: only the names in it, the bare year a date
    ('enron12', "Announcing the MRC's 2002 DisHONORS AWARDS -- Roasting the Most Outrageously Biased Liberal Reporters of The Year!",
     'org:MRC | date:2002'),
    ('enron12', 'Phillip M Love 03/26/2001 10:20 AM',
     'person:Phillip M Love | date:03/26/2001'),
    ('enron12', 'We are pleased to present you with a 2001 Special Stock Option Grant Award.',
     'date:2001'),
    # #048: ticket numbers are nothing; 4/2000 (month and year with a separator) is a date; Petrofina Gas PL (PL =
    # pipeline) is a company, as written
    ('enron12', 'Please check the "undertake" ticket # for the following : Air Products, Inc. .....132976 oppose to 122218 ; Petrofina Gas PL......4/2000 undertake # 231052 {pls. include}',
     'org:Air Products, Inc. | org:Petrofina Gas PL | date:4/2000'),
    # #049: angle brackets left out, trailing slash kept (README)
    ('enron12', 'Visit us today at <http://www.fairair.com/> ************************************************************',
     'url:http://www.fairair.com/'),
    ('enron12', 'Contact(s): Charlene Fricker 713-345-3487',
     'person:Charlene Fricker | phone:713-345-3487'),
    ('enron12', 'Restore database tables for edi_hub systems. 3.',
     ''),
    ('enron12', 'Simms hit Williams down the middle for the touchdown and a 31-10 lead at the half.',
     'person:Simms | person:Williams'),
    # #053: NEW h12: '1929:145' (the Swedish statute-book number of the Arbitration Act, year:serial) is an official
    # document cited by its number, a docno (as Order No. 888, holdout10), the parentheses and quotes left out; the year
    # inside it is not labelled again (flat labels)
    ('enron12', 'The relevant Arbitration Act should be referred to as "(1929:145)".',
     'docno:1929:145'),
    ('enron12', 'For a LIMITED TIME buy one Booster at OVER 50% OFF and get a second Booster FREE!!',
     ''),
    # #055: CAS is an analysis (a system), not an org
    ('enron12', 'Further, I note from your CAS analysis that the most recent financial statements you had available were year end 1998.',
     'date:1998'),
    ('enron12', 'COLUMBIA GAS TRANSMISSION CORPORATION NOTICE TO ALL INTERESTED PARTIES OCTOBER 15, 2001',
     'org:COLUMBIA GAS TRANSMISSION CORPORATION | date:OCTOBER 15, 2001'),
    # #057: the Compaq Center (Houston's arena) hosts others' events: a place (README *Where the sets disagree* 4), the
    # Compaq inside it not labelled again
    ('enron12', 'The party will be held at the Compaq Center from 6pm to 8pm.',
     'place:Compaq Center'),
    ('enron12', 'MPakulski@bjservices.com on 03/27/2000 12:30:25 PM',
     'email:MPakulski@bjservices.com | date:03/27/2000'),
    # #059: the newsletter (Network World Fusion Focus) is a publication, an org, taken whole as written; 'INTERNET
    # SERVICES' is its topic
    ('enron12', "NETWORK WORLD FUSION FOCUS: DENISE PAPPALARDO on INTERNET SERVICES Today's focus: Bandwidth trading 02/14/00",
     'org:NETWORK WORLD FUSION FOCUS | person:DENISE PAPPALARDO | date:02/14/00'),
    # #060: a date inside a file name (h4)
    ('enron12', '<<pressclippings 5-24-01.pdf>>',
     'date:5-24-01'),
    # #061: the sponsor, a court's section, is an org taken whole, the ordinal inside the English name (README)
    ('enron12', 'Sponsor: 36th District Court Section',
     'org:36th District Court Section'),
    # #062: Canadian is an adjective
    ('enron12', 'Title: Canadian Gas Market : Canadian Outlook 2001 URL(s):',
     'date:2001'),
    ('enron12', 'Michelle Parks@ENRON 05/22/2000 04:29 PM',
     'person:Michelle Parks | date:05/22/2000'),
    ('enron12', 'Duke is holding a news conference at 3pm Central Time.',
     'org:Duke'),
    # #065: the Bar's publication taken whole with its publisher (enron8 #089); the weekday left out
    ('enron12', '[IMAGE]State Bar of Michigan e-Journal for Wednesday, October 25, 2000',
     'org:State Bar of Michigan e-Journal | date:October 25, 2000'),
    # #066: a month with a two-digit year (h4)
    ('enron12', 'Such reissued refund order could extend back to Oct 00.',
     'date:Oct 00'),
    ('enron12', "Plaintiff's attorney was investigating his claim in October 1995.",
     'date:October 1995'),
    ('enron12', 'Read more at http://gopusa.com/austinbay/ab_010202.shtml',
     'url:http://gopusa.com/austinbay/ab_010202.shtml'),
    ('enron12', 'Act before July 14 to receive your $50 off!',
     ''),
    # #070: 911 is a short service number, not a phone (README)
    ('enron12', 'Therefore, you should call 911 immediately, even if symptoms resolve.',
     ''),
    ('enron12', 'Also, don\'t forget to check out the current issue -- newly designed -- at http://home.enron.com/pubs/enronbiz/2001/vol1/index.htm',
     'url:http://home.enron.com/pubs/enronbiz/2001/vol1/index.htm'),
    # #072: Concur Expense is software
    ('enron12', 'To approve this expense report, click on the following link for Concur Expense. http://expensexms.enron.com',
     'url:http://expensexms.enron.com'),
    ('enron12', 'Jeff Dasovich Sent by: Jeff Dasovich 10/02/2000 05:53 PM',
     'person:Jeff Dasovich | person:Jeff Dasovich#2 | date:10/02/2000'),
    # #074: the campaign is not labelled
    ('enron12', 'At the end of the Leadership Giving Campaign, EWS had reached $488,832 in pledges, which is 38.31% of our campaign goal of $1,276,000.',
     'org:EWS'),
    # #075: MSN, the maker inside the product (MSN Explorer), is an org (as BOEING, README)
    ('enron12', '_________________________________________________________________ Get your FREE download of MSN Explorer at http://explorer.msn.com/intl.asp',
     'org:MSN | url:http://explorer.msn.com/intl.asp'),
    # #076: Exterra, the party goods are shipped from, is taken as a company; EPC is a contract type; clause 8.1 is nothing
    ('enron12', 'I can see how NEPCO transports from Exterra to the Site under the EPC contract and is protected by clause 8.1 of the EPC Contract.',
     'org:NEPCO | org:Exterra'),
    # #077: titles before surnames (PM, Mr) are left out, the surname labelled (Mr. Dudek, enron8-lines #046); 1
    # November has no year
    ('enron12', 'PM Mori has confirmed that he is available to meet with Mr Lay on 1 November.',
     'person:Mori | person:Lay'),
    # #078: extensions, the marker x left out (h4)
    ('enron12', 'If you would like to be considered for this position, please contact Julie Kearney (x7404) or Grace Rodriguez (x8321) by close of business on Friday, October 19th, 2001.',
     'person:Julie Kearney | phone:7404 | person:Grace Rodriguez | phone:8321 | date:October 19th, 2001'),
    ('enron12', "40 people come as different characters you'll receive your character in the invitation.",
     ''),
    ('enron12', 'Azurix, as the new business was called, looked like another sure thing: Its IPO in 1999 raised $695 million.',
     'org:Azurix | date:1999'),
    ('enron12', 'To see and listen to our look at the images which shaped 2001, just click on the following link:',
     'date:2001'),
    ('enron12', 'The parties are to meet with the mediator within 21 days of the dispute being referred to the mediator.',
     ''),
    # #083: 'the Court' is a common noun here
    ('enron12', 'If you bought Enron common stock between January 18, 2000 and October 17, 2001, inclusive, and you wish to serve as lead plaintiff, you must move the Court no later than December 21, 2001.',
     'org:Enron | date:January 18, 2000 | date:October 17, 2001 | date:December 21, 2001'),
    # #084: the traveller's name in surname/given-name form is one span (as 'LOUGHRIDGE, Dennis'); 'EB 1962' is a room
    # in the Enron Building (as EB4703D), not a year
    ('enron12', 'ENRON CORP KAMINSKI/WINCENTY EB 1962 E-TKT RECEIPT **REVIEW UPGRADE BELOW**',
     'org:ENRON CORP | person:KAMINSKI/WINCENTY'),
    ('enron12', 'Enron estimated the global market for buying and selling space over fiber-optic cable would grow from $155 billion in 2001 to $383 billion by 2004-but then the tech bubble burst.',
     'org:Enron | date:2001 | date:2004'),
    ('enron12', 'During the same period, peak demand has risen more than 10,000 megawatts.',
     ''),
    ('enron12', 'There are two possible down sides to a rule making. (1) The outcome of a rulemaking is something of a crap shoot.',
     ''),
    ('enron12', 'http://www.pmaconference.com/0103Agenda.pdf',
     'url:http://www.pmaconference.com/0103Agenda.pdf'),
    ('enron12', 'dkinney@columbiaenergygroup.com on 08/17/2000 07:44:41 AM',
     'email:dkinney@columbiaenergygroup.com | date:08/17/2000'),
    ('enron12', 'If your group in interested in using these tickets, please give me a call (x33497).',
     'phone:33497'),
    ('enron12', 'Contact(s): John Kratzer 713-345-7672 Jack Metkus 713-853-0362 713-288-0743',
     'person:John Kratzer | phone:713-345-7672 | person:Jack Metkus | phone:713-853-0362 | phone:713-288-0743'),
    ('enron12', 'He connected with Williams for the final five yards and a 24-10 lead with just 25 seconds left.',
     'person:Williams'),
    # #093: the phone with its +1 (as +86, README), the slashes of the wire format left out
    ('enron12', '/CONTACT: Charlie Gastineau or Sue Null of Cauley Geller Bowman & Coates, LLP, +1-888-551-9944/ 11:37 EDT',
     'person:Charlie Gastineau | person:Sue Null | org:Cauley Geller Bowman & Coates, LLP | phone:+1-888-551-9944'),
    ('enron12', 'Either Brad or a stipend refund check should show up on March 15.',
     'person:Brad'),
    # #095: an extension written x3-9890: the marker left out, 3-9890 as 3-1941 (holdout); GCP is a system (README);
    # Enron Net Works and its unit Global Data Management, separated by '_', are two orgs
    ('enron12', 'Samuel x3-9890 (GCP) Enron Net Works _ Global Data Management',
     'person:Samuel | phone:3-9890 | org:Enron Net Works | org:Global Data Management'),
    ('enron12', 'bloomberg has fee .005 we have zero',
     'org:bloomberg'),
    ('enron12', 'Fordham e-Journal Number: 8380 Judge(s): Per Curiam - Neff, Talbot, and Sullivan',
     'person:Fordham | person:Neff | person:Talbot | person:Sullivan'),
    ('enron12', 'Google is available in 26 languages and more than half our traffic comes from outside the United States.',
     'org:Google | place:United States'),
    ('enron12', 'I can be reached at (713) 853-1931.',
     'phone:(713) 853-1931'),
    ('enron12', 'Power Bills May Rise Up to 44% Idaho Power Files Emergency Request',
     'org:Idaho Power'),
    ('enron12', 'Pitts e-Journal Number: 8395 Judge(s): Per Curiam - Neff, Talbot, and Sullivan',
     'person:Pitts | person:Neff | person:Talbot | person:Sullivan'),
    # #102: weekday, times and UTC offset left out; US and Canada are places
    ('enron12', 'When: Friday, November 16, 2001 8:15 AM-9:00 AM (GMT-06:00) Central Time (US & Canada).',
     'date:November 16, 2001 | place:US | place:Canada'),
    ('enron12', "Because of the company's marketing dominance, EnronOnline became another overnight success, handling $335 billion in commodity trades online in 2000.",
     'org:EnronOnline | date:2000'),
    # #104: run-together newsletter text; the court is an org; Case Evaluation is a programme
    ('enron12', 'bar events36th District Court Case EvaluationMedical Malpractice Settlements: The Licensing Impact',
     'org:36th District Court'),
    ('enron12', "Massey returned David Pino's kickoff 97 yards for an OSU touchdown to wrap up the scoring at 45-17 with 8:45 left.",
     'person:Massey | person:David Pino | org:OSU'),
    # #106: ECS 04102 is a room
    ('enron12', 'Sally would like to have another meeting as was done yesterday in her office today - ECS 04102.',
     'person:Sally'),
    # #107: the trailing semicolon is punctuation after the URL
    ('enron12', 'http://www20.cera.com/eprofile?u=35&m=2650;',
     'url:http://www20.cera.com/eprofile?u=35&m=2650'),
    # #108: NEW h12: a number with its extension ('(818)888-4445 ext.45') gives the number and the extension as two
    # phones, the marker ext. left out of the extension as x is (h4); Conference Manager is a title; the file name's
    # 'the West' is a compass region
    ('enron12', 'Kind Regards, Nia Mansell Infocast Conference Manager (818)888-4445 ext.45 (818)888-4440 fax niam@informationforecast.com <<Power Crisis in the West Invite.doc>>',
     # 45 is the second occurrence: the first is inside 4445 (fixed after the first scoring showed two overlapping spans)
     'person:Nia Mansell | org:Infocast | phone:(818)888-4445 | phone:45#2 | phone:(818)888-4440 | email:niam@informationforecast.com'),
    # #109: Linden #6 is a plant unit named after the town (a facility): only Linden, a place; TECO is a company
    ('enron12', 'The performance testing guidelines we used on the TECO and Linden #6 contracts include wording for liquid fuel machines.',
     'org:TECO | place:Linden'),
    # #110: NEW h12: SFAS 133 (Statement of Financial Accounting Standards No. 133) is one issued standard cited by its
    # series and number, a docno as Order No. 888 (holdout10)
    ('enron12', 'Enron To Take $5M Noncash Loss To Earnings For SFAS 133',
     'org:Enron | docno:SFAS 133'),
    ('enron12', 'The dept. conf. call scheduled for Friday, March 23 at 10:30am (CST) has been cancelled.',
     ''),
    # #112: 'Bus.' is a bare remnant cut by the split
    ('enron12', 'Analysis $25,024 12.84% EWS Bus.',
     'org:EWS'),
    # #113: the newsletter (EREN Network News) is a publication, an org, taken whole
    ('enron12', 'EREN Network News - February 28, 2001',
     'org:EREN Network News | date:February 28, 2001'),
    ('enron12', 'Columbia Gas Transmission has completed allocating all of its receipt and delivery points for the gas day of October 16, 2001.',
     'org:Columbia Gas Transmission | date:October 16, 2001'),
    ('enron12', 'The change relating to invoices is that the address of the invoices in Section 6.7.2 should be as follows for one of the Facility Agreements:',
     ''),
    # #116: the possessive 's left out
    ('enron12', "Content can be anything available on Enron's LAN (developed @ the desk top) or any video signal, i.e.",
     'org:Enron'),
    # #117: the sentence-final period after the address left out (h4)
    ('enron12', 'Lansing, MI 48823. mchamberlain@shrr.com.',
     'place:Lansing | place:MI | email:mchamberlain@shrr.com'),
    # #118: Order No. 888 is a docno (holdout10 #030)
    ('enron12', 'The incumbents have a pretty good record in the past, of coming out of rulemakings with plenty of goodies such as the native load exemption in Order No. 888.',
     'docno:Order No. 888'),
    ('enron12', 'WOMACK, Charles cwomack@rice.edu',
     'person:WOMACK, Charles | email:cwomack@rice.edu'),
    # -- Enron body lines with a digit and a contact cue: Random(13132).sample(…, 60), in sampled order
    # #000: book names and their numbers are nothing
    ('enron12-lines', '1. Which Bankruptcy book you want to move the deals to? BANKRUPTCY (166660) or BANKRUPTCY-CAD (166762)?',
     ''),
    # #001: the plant is named after the town (Moss Landing): a place, the facility not labelled
    ('enron12-lines', 'construction on 1,000 megawatts at its Moss Landing facility. The expansion',
     'place:Moss Landing'),
    # #002: EC (Enron's Executive Committee) is a specific body by its abbreviation, an org; MD and VP are ranks; PRC (the
    # performance review for MDs and VPs) is a review process, not labelled
    ('enron12-lines', 'having the newly appointed EC (13 of whom are MD VP PRC) review the VP',
     'org:EC'),
    # #003: Texas is the football team (scoring drives), an org (enron8 #023)
    ('enron12-lines', 'in the 10-point hole, but his strong runs fueled the first three Texas',
     'org:Texas'),
    # #004: software is not labelled, the makers inside it are (Netscape, Sun; as BOEING, README)
    ('enron12-lines', 'Netscape Navigator 3.02 or higher; or Sun Hot JAVA(tm)',
     'org:Netscape | org:Sun'),
    ('enron12-lines', 'Outside the United States: (719) 457-2646',
     'place:United States | phone:(719) 457-2646'),
    ('enron12-lines', 'Fax: 713-646-8838',
     'phone:713-646-8838'),
    ('enron12-lines', 'starts at 900 - see you there a little early?',
     ''),
    ('enron12-lines', 'Coming in March -- 7 new Network World e-mail newsletters: Whitepapers',
     'org:Network World'),
    ('enron12-lines', 'Expiration: 6/30/2003',
     'date:6/30/2003'),
    ('enron12-lines', 'Phone: 713/345-7723',
     'phone:713/345-7723'),
    ('enron12-lines', 'Houston, Texas 77098',
     'place:Houston | place:Texas'),
    ('enron12-lines', '* A Java-enabled browser, such as Microsoft Internet Explorer 3.02 or higher;',
     'org:Microsoft'),
    ('enron12-lines', '05:45 PM ---------------------------',
     ''),
    # #014: a server name and a network domain are nothing
    ('enron12-lines', 'Outage: Move Ecttor-ln1 into the Corp domain',
     ''),
    # #015: WR (wide receiver) is a position
    ('enron12-lines', 'WR Rashaun Woods for nine yards and the TD for a 7-0 lead with 10:33 left.',
     'person:Rashaun Woods'),
    # #016: the tax identification number is not an id_number (a personal identity-document number, README)
    ('enron12-lines', '76-0486649). Fortunately, Cullen is a walking/talking tax code ... he amazes',
     'person:Cullen'),
    ('enron12-lines', 'record, (3) determine whether an established custodial environment existed,',
     ''),
    # #018: a named internal unit, an org (README)
    ('enron12-lines', 'Information Risk Management (713) 853-5536',
     'org:Information Risk Management | phone:(713) 853-5536'),
    ('enron12-lines', 'within 30 days, the dispute goes to non-binding mediation. The parties are',
     ''),
    # #020: P.O. boxes are nothing (README)
    ('enron12-lines', 'P.O. Box 25438',
     ''),
    # #021: the department taken with its parent; EB4703D is a room
    ('enron12-lines', 'or by mail to Sarah Palmer, Enron Public Relations, EB4703D, Houston, Texas',
     'person:Sarah Palmer | org:Enron Public Relations | place:Houston | place:Texas'),
    # #022: NEW h12: an address on the local host of a mail header (smap@localhost) has a host, so it is an email (a Notes
    # address has none, h4); orion.house.gov is a bare host name, a url (h4); Sun inside the mailer's version string is its
    # maker, an org (as BOEING); the version numbers are nothing
    ('enron12-lines', 'Received: (from smap@localhost) by orion.house.gov (8.9.1b+Sun/8.9.1) id',
     'email:smap@localhost | url:orion.house.gov | org:Sun'),
    ('enron12-lines', 'CUSTOMER_COMMENTS = FOR INFO PLEASE CALL (503)464-5070',
     'phone:(503)464-5070'),
    ('enron12-lines', 'required. 25-30 hours per week. Hourly rate will depend on background and',
     ''),
    # #025: Davis (the governor) by surname
    ('enron12-lines', 'entering into 10-year contracts with California (touted by Davis). Was Enron',
     'place:California | person:Davis | org:Enron'),
    # #026: the phone as written, its odd spaces and hyphens included; the brackets around U.S.A. left out
    ('enron12-lines', 'Call us for a free consultation at (323)- 851- 8386 [U.S.A.]. We are open 24',
     'phone:(323)- 851- 8386 | place:U.S.A.'),
    ('enron12-lines', 'Sioux Falls, SD 57104',
     'place:Sioux Falls | place:SD'),
    # #028: the Singapore branch in parentheses: org and place separately (separated by punctuation); the deal number is
    # nothing
    ('enron12-lines', 'J Aron & Company (Singapore) qO2464.1 Rebook to J Aron & Company',
     'org:J Aron & Company | place:Singapore | org:J Aron & Company#2'),
    # #029: 'N England' (northern England) is a direction joined to a place name, as 北疆 and 粤东 (README)
    ('enron12-lines', 'Scotland/Storm -2: 18,000 In N England Still Lack Power',
     'place:Scotland | place:N England'),
    # #030: a document-management number (#1511099 v2) is nothing; names inside the file title are labelled (holdout10
    # #097): Shell and SoCalGas, joined by a hyphen, are two orgs; Counihan is a person
    ('enron12-lines', "- #1511099 v2 - SHELL-SOCALGAS - Counihan's Prepared Direct Testimony of",
     'org:SHELL | org:SOCALGAS | person:Counihan'),
    ('enron12-lines', 'Sept. 20. Follow on extensions or renewals to take effect at the end of the',
     ''),
    # #032: a document-management file name; the office prefix NY in a file number is not labelled (a bare code)
    ('enron12-lines', '- NY003699615_.doc',
     ''),
    ('enron12-lines', 'company in 1999 as practice director of e-business services. Prior to joining',
     'date:1999'),
    # #034: NP-15 is a pricing zone (holdout10 lines #004)
    ('enron12-lines', "NP-15 for $116. (Don't get distracted by thinking about buying at $120 and",
     ''),
    ('enron12-lines', '503/464-7927',
     'phone:503/464-7927'),
    ('enron12-lines', 'Thirdly and based on 20-year plant valuations, I need to create a debt',
     ''),
    ('enron12-lines', 'crisis. Media representatives should dial 800/289-0437 and',
     'phone:800/289-0437'),
    # #038: a help desk is a named unit (PEP Help Desk, README), taken with EES
    ('enron12-lines', 'EES Help Desk (713)853-9797 OR (888)853-9797',
     'org:EES Help Desk | phone:(713)853-9797 | phone:(888)853-9797'),
    ('enron12-lines', '(248) 643-0798. E-mail: marshalhyman@msu.com',
     'phone:(248) 643-0798 | email:marshalhyman@msu.com'),
    ('enron12-lines', '12-play, 65-yard touchdown drive after the kickoff. He overcame four',
     ''),
    ('enron12-lines', '$65 million of which has been committed. The fund makes institutional-round',
     ''),
    ('enron12-lines', '5 - NO RESPONSE REQUIRED',
     ''),
    # #043: a time zone is not a place
    ('enron12-lines', 'Pacific Daylight Savings Time, and I can be reached at (503) 464-7731.',
     'phone:(503) 464-7731'),
    ('enron12-lines', '832-851-2821',
     'phone:832-851-2821'),
    # #045: a file name: the year and U.S. inside it are labelled (holdout10 #097)
    ('enron12-lines', '- 2000 U.S. Collective Wisdom Portfolio.htm',
     'date:2000 | place:U.S.'),
    # #046: a 1-900 pay number is a phone (as toll-free numbers, h4)
    ('enron12-lines', 'The number is 1-900-288-8839. It costs $1.59 a minute. You must be 18 or',
     'phone:1-900-288-8839'),
    # #047: gty = guaranty
    ('enron12-lines', '$50MM NUI Corp gty for this transaction. However, the financial swap (which',
     'org:NUI Corp'),
    # #048: the broken leading character (a lost ©) kept as drawn
    ('enron12-lines', '? 2001 Special Stock Option Grant Frequently Asked Questions (FAQs)',
     'date:2001'),
    ('enron12-lines', '12:00 (Houston only): export of final information',
     'place:Houston'),
    # #050: a line of HTML table markup, readable and kept as drawn (as holdout10 kept one); nothing in it
    ('enron12-lines', '<table width="100%" border="0" cellspacing="0" cellpadding="5" bgcolor="#FFFFFF">',
     ''),
    ('enron12-lines', 'justified a change of custody, and (5) address the best interest factors to',
     ''),
    ('enron12-lines', 'for 20-years using curve, vol and correlation assumptions acceptable to the',
     ''),
    # #053: the wrapped tail of a URL with no host is not a url (h4), and date-like parts of a URL are no dates
    # (README); nothing inside it is labelled
    ('enron12-lines', '001/02/28/pr/0000-1402-ca-calpine-powr-sales',
     ''),
    # #054: a mail relay's id and a text date; weekday, time and offset left out
    ('enron12-lines', 'KAA17134; Thu, 28 Sep 2000 10:58:07 -0400 (EDT)',
     'date:28 Sep 2000'),
    # #055: the airlines are orgs
    ('enron12-lines', 'Continental 17% Delta 10-28%',
     'org:Continental | org:Delta'),
    # #056: a day, month and two-digit year is a date (as 28 Sep 2000)
    ('enron12-lines', 'xma016952; Thu, 28 Sep 00 10:57:54 -0400',
     'date:28 Sep 00'),
    # #057: Info Source is a news service (a product), not an org (as Company News On-Call, README)
    ('enron12-lines', "Info Source can't deliver from the wire services, and at only $487 (regular",
     ''),
    ('enron12-lines', 'at x37459 and he will find someone else in our Group to prepare it.',
     'phone:37459'),
    ('enron12-lines', 'Birmingham, MI 48009. Phone (248) 258-6262. E-mail',
     'place:Birmingham | place:MI | phone:(248) 258-6262'),
    # -- Enron sentences with '@', 'http', 'www' or a phone-like digit group, not drawn before: Random(13133).sample(…,
    # 60), in sampled order
    # #000: the '<<<>>>' debris is readable and kept as drawn
    ('enron12-contact', 'This message was sent to address pmims@enron.com X-PMG-Recipient: pmims@enron.com <<<>>> <<<>>> <<<>>> <<<>>> <<<>>> <<<>>> <<<>>> <<<>>> <<<>>> <<<>>>',
     'email:pmims@enron.com | email:pmims@enron.com#2'),
    ('enron12-contact', 'The fund makes institutional-round investments that total between $2 million and $10 million. http://www.rbcap.com',
     'url:http://www.rbcap.com'),
    ('enron12-contact', '"Murphy, Bernard" <Bernard.Murphy@caminus.com> on 03/01/2001 02:17:39 AM',
     'person:Murphy, Bernard | email:Bernard.Murphy@caminus.com | date:03/01/2001'),
    # #003: ASPs is a kind of company
    ('enron12-contact', 'Denise Pappalardo: ASPs to jam with Jamcracker, Network World, 02/14/00 http://www.nwfusion.com/archive/2000/87199_02-14-2000.html',
     'person:Denise Pappalardo | org:Jamcracker | org:Network World | date:02/14/00 | url:http://www.nwfusion.com/archive/2000/87199_02-14-2000.html'),
    ('enron12-contact', 'Christina Valdez Enron Net Works LLC Phone - 713.853-9106 Fax - 713.345.8100 christina.valdez@enron.com',
     'person:Christina Valdez | org:Enron Net Works LLC | phone:713.853-9106 | phone:713.345.8100 | email:christina.valdez@enron.com'),
    ('enron12-contact', '"Randall Rich" <rrich@bracepatt.com> on 05/24/2001 05:10:19 PM',
     'person:Randall Rich | email:rrich@bracepatt.com | date:05/24/2001'),
    # #006: the URL ends where the text has a space ('Page= Approval'): labelled up to it
    ('enron12-contact', 'Please click http://itcapps.corp.enron.com/srrs/auth/emailLink.asp?ID=000000000024099&Page= Approval to review and act upon this request.',
     'url:http://itcapps.corp.enron.com/srrs/auth/emailLink.asp?ID=000000000024099&Page='),
    # #007: the Energy Service is a service: only its maker, Dow Jones, an org; the trailing comma left out of the url
    ('enron12-contact', 'FREE TRIAL: For a free trial of the Dow Jones Energy Service go to www.dowjonesnews.com, and click "create account," or call 1-800-223-2274.',
     'org:Dow Jones | url:www.dowjonesnews.com | phone:1-800-223-2274'),
    ('enron12-contact', 'David Oxley@ECT 12/04/2000 08:29 AM',
     'person:David Oxley | date:12/04/2000'),
    ('enron12-contact', 'Mark Greenberg@ENRON 02/28/2001 09:52 AM',
     'person:Mark Greenberg | date:02/28/2001'),
    # #010: the index is a product: only its maker
    ('enron12-contact', 'PRICEWATERHOUSECOOPERS NEXT-DAY POWERTRAX ELECTRIC PRICE INDEX: Access online at: http://www.powermarketers.com/p-trax.htm',
     'org:PRICEWATERHOUSECOOPERS | url:http://www.powermarketers.com/p-trax.htm'),
    ('enron12-contact', '2001: A Year in Review --> http://gopusa.com/yearinreview',
     'date:2001 | url:http://gopusa.com/yearinreview'),
    # #012: PowerMarketers.com, the publisher, is an org (as GOPUSA.com, Inc., holdout10); the yellow pages are its
    # directory (a product)
    ('enron12-contact', '**************************************** THE PowerMarketers.com ENERGYYELLOWPAGES **************************************** http://www.energyyellowpages.net',
     'org:PowerMarketers.com | url:http://www.energyyellowpages.net'),
    ('enron12-contact', 'Gina Corteselli@ENRON 11/30/00 07:19 PM',
     'person:Gina Corteselli | date:11/30/00'),
    ('enron12-contact', '(2) , send a message to pma@powermarketers.com.',
     'email:pma@powermarketers.com'),
    ('enron12-contact', 'Pamela Vande Krol Castro <castro@rice.edu> on 01/22/2001 06:18:16 PM',
     'person:Pamela Vande Krol Castro | email:castro@rice.edu | date:01/22/2001'),
    ('enron12-contact', 'http://www.mwe.com/news/ots1200a.htm',
     'url:http://www.mwe.com/news/ots1200a.htm'),
    # #017: OGC (the Office of General Counsel, his unit) is a named internal unit by its abbreviation, an org
    ('enron12-contact', '"Yaish, Yair (OGC)" <YYaish@exchange.ml.com> on 12/28/99 05:22:00 PM',
     'person:Yaish, Yair | org:OGC | email:YYaish@exchange.ml.com | date:12/28/99'),
    # #018: 'your cera.com profile': a bare host name, a url (h4)
    ('enron12-contact', 'To make changes to your cera.com profile go to: http://www20.cera.com/client/updateaccount',
     'url:cera.com | url:http://www20.cera.com/client/updateaccount'),
    ('enron12-contact', 'This message powered by EMUMAIL. -- http://www.EMUMAIL.com',
     'org:EMUMAIL | url:http://www.EMUMAIL.com'),
    ('enron12-contact', 'Andrews Road, Saginaw, MI 48603; (517) 792-9641; e-mail jtroester@smithbovill.com; www.smithbovill.com',
     'place:Andrews Road | place:Saginaw | place:MI | phone:(517) 792-9641 | email:jtroester@smithbovill.com | url:www.smithbovill.com'),
    # #021: NEW h12: an office building named after its company (Enron Building, in an office address with its room
    # number) is a facility: only the org inside it, as 吉利 in 吉利贵阳基地 (README); venues that host events stay places
    ('enron12-contact', 'Eric Gillaspie 713-345-7667 Enron Building 3886',
     'person:Eric Gillaspie | phone:713-345-7667 | org:Enron'),
    # #022: the Notes domain (ENRON COMMUNICATIONS) is left out (README)
    ('enron12-contact', 'Paula Corey@ENRON COMMUNICATIONS 02/15/2000 07:31 AM',
     'person:Paula Corey | date:02/15/2000'),
    ('enron12-contact', 'Phil Villagomez@EES 07/27/2000 09:19 AM',
     'person:Phil Villagomez | date:07/27/2000'),
    ('enron12-contact', 'e-mail: HR@wheelhouse.com company: Wheelhouse [top]',
     'email:HR@wheelhouse.com | org:Wheelhouse'),
    # #025: field names are labels
    ('enron12-contact', 'CUSTOMER_PHONE = (713)853-3801 CUSTOMER_FAX = (713)646-8272 CUSTOMER_EMAIL = bill.rust@enron.com REASSIGNED_REF = 0 REASSIGNED_CAPACITY = 0',
     'phone:(713)853-3801 | phone:(713)646-8272 | email:bill.rust@enron.com'),
    ('enron12-contact', '"Patti Young" <pyoung@cliverunnells.com> 05/18/2001 12:34 PM',
     'person:Patti Young | email:pyoung@cliverunnells.com | date:05/18/2001'),
    ('enron12-contact', 'If you have any questions or comments, give Gerald a call at 713-853-3512 or me at the number listed below.',
     'person:Gerald | phone:713-853-3512'),
    ('enron12-contact', 'Visit our website at www.openonline.com',
     'url:www.openonline.com'),
    # #029: the broken menu bullets (\x01\x07 control characters before each '?') are readable padding, kept as drawn
    # (written as escapes); VentureWire is the newsletter, a publication, an org
    ('enron12-contact', 'YOUR ACCOUNT \x01\x07?change e-mail \x01\x07?cancel VentureWire people \x01\x07?feedback \x01\x07?this newsletter ? mailed to you at: jdasovic@ENRON.COM',
     'org:VentureWire | email:jdasovic@ENRON.COM'),
    ('enron12-contact', 'You have received a new fax from 713 646 8511',
     'phone:713 646 8511'),
    # #031: the pager number is a phone, its label left out
    ('enron12-contact', 'CONTACT: Tom Williams, California, 805-595-4270, or pager, 877-364-5170, or Bryant Kinney, 704-382-2208, both of Duke Energy Corporation',
     'person:Tom Williams | place:California | phone:805-595-4270 | phone:877-364-5170 | person:Bryant Kinney | phone:704-382-2208 | org:Duke Energy Corporation'),
    ('enron12-contact', '"Staikos, John P." <johnstaikos@paulhastings.com> on 04/25/2001 11:42:49 AM',
     'person:Staikos, John P. | email:johnstaikos@paulhastings.com | date:04/25/2001'),
    # #033: the vanity toll-free number is a phone (h4); labels left out
    ('enron12-contact', 'Phone Hone: (248) 888-7585; Toll Free: 888-HMO-1010; Fax: (248) 473-8895; E-mail to mmhmolawsuit@aol.com',
     'phone:(248) 888-7585 | phone:888-HMO-1010 | phone:(248) 473-8895 | email:mmhmolawsuit@aol.com'),
    ('enron12-contact', 'To register for a free subscription, point your browser to: http://www.retailenergy.com/pma/dprreg.htm',
     'url:http://www.retailenergy.com/pma/dprreg.htm'),
    ('enron12-contact', '"Politan, Nicholas H." <PolitaNH@bingham.com> 09/07/2000 11:21 AM',
     'person:Politan, Nicholas H. | email:PolitaNH@bingham.com | date:09/07/2000'),
    # #036: the comma after the URL left out
    ('enron12-contact', "If you don't already have it just click on this link, http://www.adobe.com/prodindex/acrobat/readstep.html, and follow the on-screen instructions.",
     'url:http://www.adobe.com/prodindex/acrobat/readstep.html'),
    ('enron12-contact', 'Catherine Elder <catherine.elder@travelpark.com> on 09/15/2000 11:01:07 AM',
     'person:Catherine Elder | email:catherine.elder@travelpark.com | date:09/15/2000'),
    ('enron12-contact', 'Sign up today at http://www.nwwsubscribe.com/newsletters/',
     'url:http://www.nwwsubscribe.com/newsletters/'),
    ('enron12-contact', '"Murphy, Bernard" <Bernard.Murphy@caminus.com> on 03/27/2001 01:23:04 AM',
     'person:Murphy, Bernard | email:Bernard.Murphy@caminus.com | date:03/27/2001'),
    ('enron12-contact', 'Stephanie Miller@ENRON 08/08/2000 09:49 AM',
     'person:Stephanie Miller | date:08/08/2000'),
    # #041: Tilchin (A. Tilchin, antilchin@) is the surname of a listed attorney cut by the split, a person
    ('enron12-contact', 'Tilchin, 31731 Northwestern Hwy., Suite 106, Farmington Hills, MI 48334, (248)855-0995 or Fax (248) 855-0850, e-mail antilchin@aol.com',
     'person:Tilchin | place:Northwestern Hwy. | place:Farmington Hills | place:MI | phone:(248)855-0995 | phone:(248) 855-0850 | email:antilchin@aol.com'),
    ('enron12-contact', 'Point your browser to http://www.placeware.com/cc/visioncastconferencing 2.',
     'url:http://www.placeware.com/cc/visioncastconferencing'),
    # #043: the request id is nothing (holdout10 contact #037); Visual Studio Enterprise is software with no maker named
    ('enron12-contact', 'Request ID : 000000000024099 Request Create Date : 3/16/01 5:39:34 PM Requested For : iris.mack@enron.com Resource Name : Visual Studio Enterprise Resource Type : Applications',
     'date:3/16/01 | email:iris.mack@enron.com'),
    ('enron12-contact', 'The latest version is available free at: http://www.adobe.com/prodindex/acrobat/readstep.html#reader',
     'url:http://www.adobe.com/prodindex/acrobat/readstep.html#reader'),
    # #045: "today's e-Journal" is the Bar's publication by its short name (enron8 #089); the '?' after the address is
    # debris, left out
    ('enron12-contact', "If you cannot read today's e-Journal, please visit this link:? http://www.michbar.org/e-journal/102500.html Or to receive a plain text version, please send an e-mail to lyris@lists.michbar.org?",
     'org:e-Journal | url:http://www.michbar.org/e-journal/102500.html | email:lyris@lists.michbar.org'),
    ('enron12-contact', '" " <casey415@earthlink.net> on 02/20/2001 03:03:45 PM Please respond to casey415@earthlink.net',
     'email:casey415@earthlink.net | date:02/20/2001 | email:casey415@earthlink.net#2'),
    ('enron12-contact', 'Read more at http://gopusa.com/lindachavez/lc_123101.shtml',
     'url:http://gopusa.com/lindachavez/lc_123101.shtml'),
    ('enron12-contact', 'Click here to find our more information. --> http://gopusa.com/ads/mrc_awards.html',
     'url:http://gopusa.com/ads/mrc_awards.html'),
    # #049: the newsletter (Power Report) is a publication, an org (holdout10 contact #028), taken with its publisher;
    # the article left out (#023 of enron12)
    ('enron12-contact', 'News releases may be submitted to The PowerMarketers.com Power Report via e-mail to news@powermarketers.com',
     'org:PowerMarketers.com Power Report | email:news@powermarketers.com'),
    # #050: 'Mark' is the given name of a signature (Mark Greenberg, as his address says) cut by the split; Senior
    # Counsel is a title; Facsimile a label
    ('enron12-contact', 'Mark Senior Counsel, EWS Phone: 713-345-8897 Facsimile: 713-646-3490 E-Mail: Mark.Greenberg@enron.com',
     'person:Mark | org:EWS | phone:713-345-8897 | phone:713-646-3490 | email:Mark.Greenberg@enron.com'),
    # #051: '@' as a word and a room are nothing
    ('enron12-contact', 'You can send someone to pick up my check as I am located @ EB 3108F.',
     ''),
    # #052: the quoted newsletter is a publication, the quotes and the article left out (#023 of enron12)
    ('enron12-contact', 'TO UNSUBSCRIBE OR CHANGE your subscription, (1) point your browser to "The PMA OnLine Power Report" subscription services form at http://www.retailenergy.com/pma/dprreg.htm',
     'org:PMA OnLine Power Report | url:http://www.retailenergy.com/pma/dprreg.htm'),
    ('enron12-contact', 'New ASP twist: Mgmt. service providers, Network World, 02/14/00 http://www.nwfusion.com/columnists/2000/0214cooler.html',
     'org:Network World | date:02/14/00 | url:http://www.nwfusion.com/columnists/2000/0214cooler.html'),
    ('enron12-contact', 'Please send it directly to kent.shoemaker@ae.ge.com, copy to me.',
     'email:kent.shoemaker@ae.ge.com'),
    ('enron12-contact', 'AXS Technologies is funded by FastTrack Capital, and Sonnenschein Nath & Rosenthal. http://www.axstech.com',
     'org:AXS Technologies | org:FastTrack Capital | org:Sonnenschein Nath & Rosenthal | url:http://www.axstech.com'),
    ('enron12-contact', 'Web site: http://www.duke-energy.com',
     'url:http://www.duke-energy.com'),
    # #057: the Notes path (/ENRON@enronXgate) is left out (README)
    ('enron12-contact', 'Heather Kroll/ENRON@enronXgate 05/23/2001 10:25 AM',
     'person:Heather Kroll | date:05/23/2001'),
    # #058: eHRonline is a system; the sentence-final period left out of the url
    ('enron12-contact', 'You can access your 2001 Special Stock Option Grant Agreement and the Stock Plan document governing the grant via your eHRonline account on the intranet website at http://ehronline.enron.com.',
     'date:2001 | url:http://ehronline.enron.com'),
    # #059: Restructuring Today is a newsletter, a publication, an org
    ('enron12-contact', "- Hit reply and fill out the subscriber information below. - For fastest service call 888-986-2250 today! - There's a handy subscription coupon on the last page of each issue of Restructuring Today.",
     'phone:888-986-2250 | org:Restructuring Today'),
    # -- national reports (all years) and laws, sentences with a year, 〔 or 号: Random(13134).sample(…, 30), in sampled order
    # #000: 十一届三中全会 is an event; 党 alone is no org; 今后五年 is a duration
    ('zh12-gov-work-reports', '为了在今后五年内保证农林牧副渔各业的全面发展，必须坚定地执行党的十一届三中全会以来所确定的一系列农村基本政策，不予改变。',
     ''),
    # #001: the spacecraft and the submersible are products; 中国 in 中国人民
    ('zh12-gov-work-reports', '神舟十号遨游太空，嫦娥三号成功登月，蛟龙深潜再创纪录，这表明中国人民完全有能力、有智慧实现建成创新型国家的目标。',
     'place:中国'),
    ('zh12-law-criminal_law', '第一百九十二条 以非法占有为目的，使用诈骗方法非法集资，数额较大的，处三年以上七年以下有期徒刑，并处罚金；',
     ''),
    ('zh12-gov-work-reports', '１９５５年是社会主义改造迅速发展的一年。',
     'date:１９５５年'),
    # #004: the session ordinal left out (README)
    ('zh12-gov-work-reports', '第十一届全国人民代表大会第一次会议以来的五年，是我国发展进程中极不平凡的五年。',
     'org:全国人民代表大会'),
    ('zh12-gov-work-reports', '在这五年中，我国经济蓬勃发展，社会不断进步，综合国力进一步增强，各方面都取得了举世瞩目的重大成就。',
     ''),
    # #006: 国家实验室 and 全国重点实验室 are categories (README)
    ('zh12-gov-work-reports', '实施科技体制改革三年攻坚方案，强化国家战略科技力量，加强国家实验室和全国重点实验室建设，发挥好高校和科研院所作用，改进重大科技项目立项和管理方式，深化科技评价激励制度改革。',
     ''),
    ('zh12-gov-work-reports', '在经济发展的基础上，使人民生活有较大改善，逐步向更加宽裕的小康生活迈进，是今后五年的重要任务。',
     ''),
    # #008: 内地 and 沿海各地 are generic
    ('zh12-gov-work-reports', '根据这样的方针，五年内开始建设的限额以上的六百九十四个工业建设单位，分布在内地的将有四百七十二个，分布在沿海各地的将有二百二十二个。',
     ''),
    ('zh12-gov-work-reports', '１９５６年工业各部门将要试制许多新的产品，进一步提高我国工业生产的技术水平。',
     'date:１９５６年'),
    ('zh12-gov-work-reports', '会议充分肯定国务院过去一年的工作，同意报告提出的2024年经济社会发展的总体要求、政策取向和工作任务，决定批准这个报告。',
     'org:国务院 | date:2024年'),
    # #011: 解放前 is no date
    ('zh12-gov-work-reports', '大家知道，我国的粮食总产量，在解放前产量最高的一九三六年，只有二千七百七十四亿斤。',
     'date:一九三六年'),
    # #012: “十二五” is a plan period (README)
    ('zh12-gov-work-reports', '总之，经过未来五年努力，实现“十二五”规划的各项目标，我国的综合国力就会有更大的提升，人民生活就会有更大的改善，国家面貌就会发生更大的变化。',
     ''),
    ('zh12-gov-work-reports', '以工业说，一九五三年私营工业（不包括个体手工业）的从业人员有二百多万人，其中十个职工以上的资本主义工业企业有四万五千多户，职工一百五十多万人。',
     'date:一九五三年'),
    ('zh12-law-criminal_law', '第三百一十条 明知是犯罪的人而为其提供隐藏处所、财物，帮助其逃匿或者作假证明包庇的，处三年以下有期徒刑、拘役或者管制；',
     ''),
    # #015: 第一个五年 is a plan period
    ('zh12-gov-work-reports', '这些建设工程对我国的社会主义工业化事业和农业生产的发展，不仅在第一个五年内已经发挥了巨大的作用，而且在今后将要发挥更大的作用。',
     ''),
    ('zh12-law-criminal_law', '第三百四十条 违反保护水产资源法规，在禁渔区、禁渔期或者使用禁用的工具、方法捕捞水产品，情节严重的，处三年以下有期徒刑、拘役、管制或者罚金。',
     ''),
    # #017: traditional characters, kept as written; 各人民民主國家 is generic
    ('zh12-gov-work-reports', '五年來，我國同偉大的盟國蘇聯和各人民民主國家緊密地團結在一起，共同爲保衞世界和平、反對侵略戰爭而奮鬥。',
     'place:蘇聯'),
    # #018: 第一个五年计划 is a plan period; 过渡时期总任务 a programme
    ('zh12-gov-work-reports', '第一个五年计划是中国共产党领导全国人民为实现过渡时期总任务而奋斗的带有决定意义的纲领。',
     'org:中国共产党'),
    # #019: the sentence is cut at a ； inside the quoted policy
    ('zh12-gov-work-reports', '1998年发生特大洪水后，总结实施了“封山植树，退耕还林；',
     'date:1998年'),
    # #020: 今年２月 has no year; 人大常委会 is an org (README), the session ordinal left out
    ('zh12-gov-work-reports', '根据中共中央的建议，今年２月，国务院向人大常委会第十七次会议提出关于进一步调整国民经济的报告，对原定的１９８１年国民经济计划和国家概算进行必要的修订，以便在今年争取实现财政收支和信贷收支的基本平衡，并把市场物价基本稳定下来。',
     'org:中共中央 | org:国务院 | org:人大常委会 | date:１９８１年'),
    ('zh12-gov-work-reports', '根据这些条件，我们在五年内可能再扩大的建设，也还是有一定限度的。',
     ''),
    ('zh12-law-criminal_law', '第三百零七条 以暴力、威胁、贿买等方法阻止证人作证或者指使他人作伪证的，处三年以下有期徒刑或者拘役；',
     ''),
    ('zh12-law-criminal_law', '造成严重后果的，处五年以上有期徒刑。',
     ''),
    ('zh12-law-criminal_law', '前款所列人员严重不负责任，对应当检验的物品不检验，或者延误检验出证、错误出证，致使国家利益遭受重大损失的，处三年以下有期徒刑或者拘役。',
     ''),
    # #025: 中央预算 and 地方预算: 中央 is attributive (README)
    ('zh12-gov-work-reports', '上述１９５６年的国家预算收支数字都包括中央预算和地方预算在内。',
     'date:１９５６年'),
    ('zh12-law-criminal_law', '对人体健康造成严重危害的，处五年以上十年以下有期徒刑，并处罚金；',
     ''),
    ('zh12-gov-work-reports', '这个纲要在这四年来已经深入人心，起了推动我国农村的社会主义革命和社会主义建设的巨大作用。',
     ''),
    ('zh12-gov-work-reports', '我们相信，这两个会议一定能够对于完成一九五九年计划的任务作出重大的贡献。',
     'date:一九五九年'),
    ('zh12-law-criminal_law', '第七十二条 对于被判处拘役、三年以下有期徒刑的犯罪分子，同时符合下列条件的，可以宣告缓刑，对其中不满十八周岁的人、怀孕的妇女和已满七十五周岁的人，应当宣告缓刑：',
     ''),
    # -- the 2025 provincial reports, sentences with a year, 〔, 号 or 7+ digits: Random(13135).sample(…, 30), in sampled order
    # #000: “两新” is a policy; 老字号 is a common noun
    ('zh12-prov-beijing', '焕新商品消费，加力扩围实施“两新”政策，促进新能源车、数码产品等绿色、信息消费，加强老字号品牌创新、集合展示。',
     ''),
    ('zh12-prov-guangdong', '推进省级水网先导区建设，开展堤防达标加固三年攻坚行动，新开工建设4座中型水库。',
     ''),
    # #002: 上海港 (the port of Shanghai) is a port, a place (as 龙头港, README), taken whole; 连续15年 is a duration
    ('zh12-prov-shanghai', '上海港集装箱吞吐量达到5150.6万标准箱、连续15年排名世界第一，成为全球首个年吞吐量超过5000万标准箱的世界大港。',
     'place:上海港'),
    ('zh12-prov-sichuan', '深入打好蓝天、碧水、净土保卫战，全省PM2.5年均浓度首次低于30微克/立方米，重污染天气减少38天，超额完成国家目标任务；',
     ''),
    # #004: 省委 is a level-qualified body (README)
    ('zh12-prov-anhui', '一年来，全省人民在省委坚强领导下，风雨无阻，勇毅前行，用拼搏的汗水写出了优异答卷。',
     'org:省委'),
    ('zh12-prov-hubei', '城镇新增就业连续4年超过90万人，吸引高校毕业生就业创业连续3年超过40万人，就业形势总体稳定，城乡居民收入稳步增长。',
     ''),
    # #006: “一号创新工程” is a project
    ('zh12-prov-sichuan', '大力推进人工智能“一号创新工程”，持续实施6个重大科技专项和重点研发计划，形成一批标志性成果。',
     ''),
    ('zh12-prov-yunnan', '法治建设群众满意率连续5年保持97%以上。',
     ''),
    # #008: “江苏医惠保1号” is an insurance product: only 江苏 in it (as 浙江省 in a regulation's title, README); 设区市 is
    # generic
    ('zh12-prov-jiangsu', '织密扎牢社会保障网，精心组织企业过渡性养老金计发办法调整，调整退休人员基本养老金和城乡居民基础养老金，推进社会救助提质增效，“江苏医惠保1号”超500万人参保，长期护理保险实现设区市全覆盖。',
     'place:江苏'),
    # #009: the session ordinal splits the congress's name: the place before it and 人民代表大会 (README)
    ('zh12-prov-guangxi', '2025年1月13日在广西壮族自治区第十四届人民代表大会第三次会议上',
     'date:2025年1月13日 | place:广西壮族自治区 | org:人民代表大会'),
    ('zh12-prov-liaoning', '发动群众、统筹资源，建设宜居宜业和美乡村，让农村面貌年年有变化、三年大变样。',
     ''),
    ('zh12-prov-tianjin', '一年来，我们全面加强政府自身建设。',
     ''),
    # #012: “六个工程” is a programme
    ('zh12-prov-inner_mongolia', '一年来，我们紧盯不放、紧抓快办，推动“六个工程”取得标志性成果。',
     ''),
    # #013: the festival is an event, 海丝 (the Maritime Silk Road) in it a historical route, not labelled; 武夷山 (a
    # mountain) and 鼓浪屿 (an island) are places; 山海1号风景道 is a road and 世遗廊道 a designation; 福建 a place
    ('zh12-prov-fujian', '用好过境免签新政策，办好海丝国际文化旅游节等活动，培育建设武夷山、鼓浪屿等世界级旅游景区，持续建设山海1号风景道、联通世遗廊道，加快打造世界知名旅游目的地，吸引更多游客来福建体验山的秀美、水的灵动，感受海的壮阔、天的碧澄。',
     'place:武夷山 | place:鼓浪屿 | place:福建'),
    ('zh12-prov-jilin', '深入推进安全生产治本攻坚三年行动，严格落实“三管三必须”责任，紧盯燃气、消防、煤矿、危化品等重点领域和关键环节，细分监管责任到人，加大事故隐患排查整治力度，坚决防范遏制重特大事故。',
     ''),
    # #015: 积石山 (the county) inside the earthquake's name (an event) is labelled (README)
    ('zh12-prov-gansu', '扎实做好积石山地震灾后重建后半篇文章，加快安置点设施配套和产业项目建设，加强搬迁群众后续扶持，力争三年规划两年完成。',
     'place:积石山'),
    ('zh12-prov-inner_mongolia', '一年来，我们一手抓经济发展、一手抓民生改善，让各族群众共享现代化建设成果。',
     ''),
    # #017: railway and metro lines and expressways are not places (README); 福莆宁 and 沙南 are strings of
    # abbreviations; 福州 inside the metro line's name is a place
    ('zh12-prov-fujian', '建成福莆宁F1线、福州地铁4号线后通段、沙南高速等。',
     'place:福州'),
    # #018: “三年上台阶” is a campaign, “十四五” a plan period
    ('zh12-prov-yunnan', '过去一年，我们有力应对复杂严峻形势，在攻坚克难中砥砺前行，在转型升级中开拓新局，迈好了“三年上台阶”承上启下的关键一步，为“十四五”胜利收官打下了基础。',
     ''),
    ('zh12-prov-hubei', '64个县市新增城镇常住人口30.5万人，城镇化率提高1.1个百分点、创近三年新高。',
     ''),
    # #020: 长江 inside the campaigns and the shelter forest is labelled each time; NEW h12: in 巢湖全流域 the 全 (whole)
    # stands between the name and the area word, so only the name is labelled (流域 directly after a name is taken
    # with it, holdout5)
    ('zh12-prov-anhui', '实施长江大保护三年行动计划，坚定不移推进长江十年禁渔，加强长江防护林、公益林保护，强化巢湖全流域系统治理。',
     'place:长江 | place:长江#2 | place:长江#3 | place:巢湖'),
    # #021: “1+3”重点功能区 is a programme; 宁镇扬 is a string of abbreviations; 南京江北新区 is a new district with its city,
    # taken whole (README); 沿海地区 is generic
    ('zh12-prov-jiangsu', '深化“1+3”重点功能区建设，出台新一轮宁镇扬一体化发展三年行动计划和支持南京江北新区高质量建设政策措施，促进沿海地区特色优势产业加快集聚。',
     'place:南京江北新区'),
    # #022: 竹叶青 is a brand, 中华老字号 a designation
    ('zh12-prov-shanxi', '竹叶青等14个品牌入选中华老字号。',
     ''),
    # #023: 鉴江干流: 干流 joined to the river is taken with it (holdout7); 韩江 elides it and is labelled as written
    # (README *Elisions*)
    ('zh12-prov-guangdong', '推进堤防达标加固三年攻坚行动，开工建设韩江、鉴江干流治理工程和40宗堤防、20宗大中型水闸，本届政府任期内基本消除江海堤防和病险水闸安全隐患。',
     'place:韩江 | place:鉴江干流'),
    # #024: 生产建设兵团 (the Xinjiang Production and Construction Corps) is a specific body named without its place, an
    # org (README); 70年来 is a duration
    ('zh12-prov-xinjiang', '70年来，生产建设兵团在新疆社会稳定和长治久安中作出了不可磨灭的历史贡献、发挥了不可替代的战略作用。',
     'org:生产建设兵团 | place:新疆'),
    ('zh12-prov-beijing', '过去一年，我们巩固拓展主题教育成果，扎实开展党纪学习教育，狠抓自身建设，努力打造人民满意的服务型政府。',
     ''),
    # #026: “一带一路” and the corridor are programmes; 粤滇, 京滇 and 澜湄 are strings of abbreviations; the train
    # services are not labelled, the places in them are; 中老铁路 is a railway (中老 a pair of abbreviations)
    ('zh12-prov-yunnan', '务实推进“一带一路”南向国际陆海大通道建设，开行“粤滇·澜湄线”“京滇·澜湄线”国际货运班列和昆明至泰国拉廊多式联运列车，开通中国首列跨境旅游列车，中老铁路累计发送旅客超4500万人次、货物超5000万吨，客货运量连续三年增长。',
     'place:昆明 | place:泰国 | place:拉廊 | place:中国'),
    # #027: 梅花鹿 is an animal
    ('zh12-prov-jilin', '出台梅花鹿产业高质量发展五年规划和行动方案，推动梅花鹿“茸角胎骨”入食申报。',
     ''),
    # #028: “1·22” (22 January) has no year; 镇雄 (the county) inside the disaster's name is labelled
    ('zh12-prov-yunnan', '稳妥处置镇雄“1·22”山体滑坡灾害，高效处置15起森林火灾，有效应对14轮强降雨和7次编号洪水，首次实现自1950年以来汛期洪涝灾害人员“零伤亡”。',
     'place:镇雄 | date:1950年'),
    ('zh12-prov-shanxi', '压实安全生产责任，扎实推进治本攻坚三年行动，深查彻改各行业领域风险隐患，严格监督执法，提升全员安全素质，坚决遏制重特大事故，减少一般事故。',
     ''),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout12", ITEMS, DRAWS, sample, ("enron12", "enron12-lines", "enron12-contact",
                                                     "zh12-gov-work-reports", "zh12-law-", "zh12-prov-"))


if __name__ == "__main__":
    main()

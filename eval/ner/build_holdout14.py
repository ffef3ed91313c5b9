r"""Build eval/ner/holdout14.jsonl: a fourteenth held-out NER set, rich in patterns, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (with the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout12.py (the NEW h7 … NEW h12 decisions included). The labeller did
not read anything of the extractor (dossier/) or the tests, did not run it, bench/ner_eval.py, the
project's date/phone finders or any segmenter, NER or POS tool on these sentences, and did not look
at what any tool predicts for them. The set has never been scored. Like holdout4, holdout8, holdout10
and holdout12 it is meant to be rich in patterns (dates, phones, e-mail addresses, URLs, document
numbers); every entity type the rules define is labelled, names included.

    python eval/ner/build_holdout14.py            # write holdout14.jsonl from ITEMS, print counts
    python eval/ner/build_holdout14.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout14.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (Enron body cleaning and body lines, Chinese sentence split, law markdown cleaning,
docx reading) and the pools are copied from build_holdout12.py, not imported; only the seeds, the
sizes and the seen files differ. Every pool leaves out texts that overlap a text of build.py or
build_holdout.py … build_holdout12.py (the text is in one of those files' source, or contains or is
contained in one of their ITEMS texts), and keeps only the first occurrence of a text that recurs.
build_holdout13.py (written by another helper at the same time) was not committed, nor in the
checkout, when this set was drawn, so it is not among the seen files.

1. enron14: the 300 EML files of email/enron-sample/eml in file-name order, read as in
   build_holdout12.py (body cleaning, paragraphs split at [.!?] + whitespace + capital, 30-200
   characters), kept if the sentence contains a digit, an '@', 'http' or 'www' (pool 468);
   random.Random(15151).sample(…, 130).
2. enron14-lines: the same files, the body lines that survive the same cleaning, each stripped with
   its whitespace collapsed, kept if 10-120 characters, containing a digit and one of LINE_CUES
   (signature and contact lines), and not overlapping a text drawn in 1 (pool 325);
   random.Random(15152).sample(…, 60).
3. enron14-contact: Enron sentences read as in draw 1 (30-200 characters) that contain '@', 'http',
   'www' or a phone-like digit group (PHONE_LIKE), not overlapping a text drawn in 1 or 2. **This
   pool ran dry: it holds only 24 texts**, so random.Random(15153).sample(…, 24) takes all of them
   (in that seeded order) instead of 60.
4. zh14-gov-work-reports, zh14-law-*: Chinese sentences, split after 。！？； , 15-120 characters,
   from every line of the national reports JSONL (all years) and every law in
   zh-docs/prc-laws-lawrefbook (as build_holdout12.py), kept if PATTERN_ZH matches; pooled reports
   first, then laws (pool 2839); random.Random(15154).sample(…, 25).
5. zh14-prov-*: the 2025 government work reports of all 31 provinces (docx, file-name order), split
   and kept by length the same way, kept if PATTERN_ZH matches or the sentence holds a run of 7 or
   more digits (pool 355); random.Random(15155).sample(…, 25).

A sampled text that is garbled (table debris, broken encoding) would be dropped, with a comment where
it would have been, and replaced by the next candidate of the same random order. None was dropped:
mail separators, '?' padding from broken encoding in a directory listing and a Windows file path were
readable and kept, as said on their items.

As in holdout8 … holdout12, the Chinese pools match 年 after any Chinese numeral, so many of their
sentences hold only durations (三年以下有期徒刑, 三年行动): those are labelled as drawn, with no date.
The decisions this set adds are marked NEW h14 on their items (6 of them).

Result: 264 sentences, 358 entities: 73 date, 23 phone, 17 email, 14 url, 4 docno (131 pattern
entities), 93 org, 75 place, 59 person. No id_number was drawn. **The goal of 150 pattern entities
was not reached** (131), mainly because draw 3 gave 24 texts instead of 60; no draw was added.
Pattern entities by draw: enron14 53, enron14-lines 25, enron14-contact 30, zh14 national reports
and laws 20, zh14-prov 3.
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


# -- reading code, copied from build_holdout12.py (itself from build_holdout10.py, build_holdout4.py and build_holdout6.py) so that all sets
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
    """The source text of build.py and build_holdout{,2,…,12}.py, and the texts of their ITEMS."""
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
    import build_holdout11
    import build_holdout12
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py", "build_holdout7.py", "build_holdout8.py",
             "build_holdout9.py", "build_holdout10.py", "build_holdout11.py", "build_holdout12.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6,
               build_holdout7, build_holdout8, build_holdout9, build_holdout10, build_holdout11, build_holdout12)
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


def enron14_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for para in enron_body_paragraphs(path):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                s = s.strip()
                if (30 <= len(s) <= 200 and (re.search(r"\d", s) or "@" in s or "http" in s or "www" in s)
                        and not seen(s, source, texts)):
                    out.append(("enron14", s))
    return first_occurrences(out)


def enron14_line_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    pool = enron14_candidates()
    texts = texts + [s for _, s in random.Random(15151).sample(pool, min(130, len(pool)))]
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for line in enron_body_lines(path):
            if (10 <= len(line) <= 120 and re.search(r"\d", line) and any(c in line for c in LINE_CUES)
                    and not seen(line, source, texts)):
                out.append(("enron14-lines", line))
    return first_occurrences(out)


def zh14_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    path = CORPUS / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        for para in json.loads(line)["content"].splitlines():
            out += [("zh14-gov-work-reports", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and PATTERN_ZH.search(s) and not seen(s, source, texts)]
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"zh14-law-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and PATTERN_ZH.search(s) and not seen(s, source, texts)]
    return first_occurrences(out)


def zh14_provincial_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "zh-docs/provincial-work-reports-2025-docx").glob("gov_work_report_2025_*.docx")):
        prov = path.stem.removeprefix("gov_work_report_2025_")
        for para in docx_paragraphs(path):
            out += [(f"zh14-prov-{prov}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and (PATTERN_ZH.search(s) or LONG_DIGITS.search(s))
                    and not seen(s, source, texts)]
    return first_occurrences(out)

PHONE_LIKE = re.compile(r"\d{3}[-.)\s]\d{3}[-.\s]\d{4}")


def enron14_contact_candidates() -> list[tuple[str, str]]:
    """Draw 3: Enron sentences read as in draw 1 that contain '@', 'http', 'www' or a phone-like digit group, not
    overlapping a text drawn in 1 or 2."""
    source, texts = seen_texts()
    pool1, pool2 = enron14_candidates(), enron14_line_candidates()
    texts = (texts + [s for _, s in random.Random(15151).sample(pool1, min(130, len(pool1)))]
             + [s for _, s in random.Random(15152).sample(pool2, min(60, len(pool2)))])
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for para in enron_body_paragraphs(path):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                s = s.strip()
                if (30 <= len(s) <= 200 and ("@" in s or "http" in s or "www" in s or PHONE_LIKE.search(s))
                        and not seen(s, source, texts)):
                    out.append(("enron14-contact", s))
    return first_occurrences(out)


DRAWS = [(enron14_candidates, 15151, 130), (enron14_line_candidates, 15152, 60), (enron14_contact_candidates, 15153, 60),
         (zh14_candidates, 15154, 25), (zh14_provincial_candidates, 15155, 25)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout12.py (the NEW h7 … NEW
    # h12 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans). Comments on an item record how an ambiguous case was decided; those marked NEW h14 are decisions
    # no earlier set had to make. #NNN = position in the seeded order. No sampled text was garbled enough to drop (the
    # debris kept is said so on its item), so none was dropped.
    # -- Enron mail, sentences with a digit, '@', 'http' or 'www': Random(15151).sample(…, 130), in sampled order
    ('enron14', 'Moulinex has 8,800 employees worldwide, almost 5,600 of them in France.',
     'org:Moulinex | place:France'),
    # #001: a case citation cut by the split: 'Clearman' is the party named by a person's name (README); S.W.2d (a
    # reporter) and Tex. (the court) are not labelled (holdout4 enron4-headers #016); the year of decision is a date
    ('enron14', 'Clearman, 391 S .W.2d 48 (Tex.1965).',
     'person:Clearman | date:1965'),
    ('enron14', 'To participate in the internet portion of the call (audio is by telephone), log on to the internet approximately 15-30 minutes before the presentation to ensure technological compatibility.',
     ''),
    # #003: 'March 01' and 'January 01' are months with a two-digit year (as Jan of 99, h4; Oct 00): dates; Stage 3 is
    # an emergency level
    ('enron14', 'The article below raises the possibility of reissuing the refund orders (recall that they began in March 01 for the month of January 01) to cover all hours and not just during Stage 3.',
     'date:March 01 | date:January 01'),
    ('enron14', 'Rate design and ratemaking proposals submitted in testimony should follow the principles: 1. provide for fair cost allocation among customers;',
     ''),
    # #005: March 21 has no year; Japanese is an adjective
    ('enron14', 'These inquiries have been in anticipation of the March 21 partial liberalization of the Japanese power sector.',
     ''),
    ('enron14', '01/06/2000 10:04 AM ---------------------------',
     'date:01/06/2000'),
    ('enron14', 'A recording of this call will be available until October 13, 2001.',
     'date:October 13, 2001'),
    ('enron14', 'California to Buy Transmission Lines from Utility for $2.7 Billion',
     'place:California'),
    # #009: the first Orissa is the state, the second is inside the company's name
    ('enron14', 'AES operates two power plants in Orissa, holds 49 percent of the Orissa Power Generation Corp. and manages the main power distribution company in the state.',
     'org:AES | place:Orissa | org:Orissa Power Generation Corp.'),
    ('enron14', 'I have 20 years experience in the review and development of these cases, many trials to jury verdict, and many more settlements.',
     ''),
    # #011: a confirmation number is nothing (README: pass codes)
    ('enron14', 'Please use confirmation number 787947 to access the call.',
     ''),
    ('enron14', 'There is a 2 week gap in the database between current and archived records.',
     ''),
    # #013: NEW h14: a venture fund named as a company's backer (Beijing Technology Fund) is an investing firm, an org,
    # like the Ventures and Group beside it; the README's 'funds are not orgs' (全国社会保障基金) is about a pool of money
    ('enron14', 'DivXNetworks is backed by Beijing Technology Fund, Draper Atlantic, Draper International, WI Harper Group, and Zone Ventures. http://www.divxnetworks.com',
     'org:DivXNetworks | org:Beijing Technology Fund | org:Draper Atlantic | org:Draper International | org:WI Harper Group | org:Zone Ventures | url:http://www.divxnetworks.com'),
    # #014: the deal numbers are nothing; Riverside, a bare city name as a counterparty, stays a place (README item 6)
    ('enron14', '557772 - why are we not confirming a daily with Pacificorp? 552516 - why are we not confirming a daily with Riverside?',
     'org:Pacificorp | place:Riverside'),
    # #015: the sentence is cut after 'Dr.' (the bare remnant is not labelled)
    ('enron14', "Save up to 40% at Amazon's Dr.",
     'org:Amazon'),
    # #016: the ISDA here is the master agreement (an agreement, not labelled); May-Oct has no year
    ('enron14', 'However, the financial swap (which should be 40,000/day total for May-Oct) is being documented under the NUI Energy Brokers, Inc. existing ISDA.',
     'org:NUI Energy Brokers, Inc.'),
    # #017: NEW h14: a bill cited by its number (SBX 78, California's Senate bill of the special session) is an official
    # document cited by its number, a docno, as Order No. 888 (h10) and SFAS 133 (h12)
    ('enron14', 'Amendments to SBX 78 may be available tomorrow.',
     'docno:SBX 78'),
    ('enron14', '08:06 AM ---------------------------',
     ''),
    ('enron14', 'SEB is expected to retain nearly 3,500 jobs at Moulinex, about half of them in France, the court said yesterday.',
     'org:SEB | org:Moulinex | place:France'),
    # #020: the Translator is a system
    ('enron14', 'Transport Deal Capture & Valuation (phase 2): o Creation of new deal entry type & database changes has been completed. o Changes to the Translator have been completed. ?',
     ''),
    ('enron14', 'The most highly rated stock is Tyco International Ltd., which has fallen 12 percent this year.',
     'org:Tyco International Ltd.'),
    ('enron14', 'ELECTRICITY SPOT PRICES: Access online at: http://www2.dtnergy.com/pma/btu.plx',
     'url:http://www2.dtnergy.com/pma/btu.plx'),
    ('enron14', 'Bob Shults/ENRON@enronXgate 04/17/2001 03:27 PM',
     'person:Bob Shults | date:04/17/2001'),
    # #024: the street without its number is the place; the ZIP code is nothing
    ('enron14', 'BP Chemicals Inc. 200 East Randolph Drive Chicago, Illinois 60601',
     'org:BP Chemicals Inc. | place:East Randolph Drive | place:Chicago | place:Illinois'),
    # #025: Texas is the football team (h8 #023), an org
    ('enron14', 'OSU took the ball and Texas got the strong 18 mile-an-hour wind.',
     'org:OSU | org:Texas'),
    ('enron14', 'Today, this same deal ticket has a volume of 497,015.',
     ''),
    ('enron14', 'Louise Kitchen 06/09/2000 04:32 PM',
     'person:Louise Kitchen | date:06/09/2000'),
    # #028: Oracle is the maker inside the product (as BOEING); 7.3.4 is a version
    ('enron14', 'To provide better stability for backups of 7.3.4 Oracle databases.',
     'org:Oracle'),
    ('enron14', 'Chris Germany 08/21/2000 01:32 PM',
     'person:Chris Germany | date:08/21/2000'),
    # #030: 25NOV has no year; THE TAP is Enron's travel agency (The Travel Agency in the Park), an org
    ('enron14', 'MISCELLANEOUS 25NOV HOUSTON TX SAT ** THANK YOU FOR USING THE TAP **',
     'place:HOUSTON | place:TX | org:TAP'),
    # #031: the cavern numbers are nothing
    ('enron14', 'I wanted to follow up regarding the issues that were raised by the cash committee relative to LRCI and our request for approx $300k to pay Dow under our lease on storage caverns #13/#14.',
     'org:LRCI | org:Dow'),
    ('enron14', "Lay wrote a letter to Vajpayee threatening legal action to pursue claims of up to $5 billion relating to the Dabhol Power Co. dispute and questioned India's ability to honor its contracts.",
     'person:Lay | person:Vajpayee | org:Dabhol Power Co. | place:India'),
    ('enron14', 'Jennifer Fraser 06/06/2000 11:02 AM',
     'person:Jennifer Fraser | date:06/06/2000'),
    ('enron14', "Lay threatened legal action to pursue claims of up to dlrs 5 billion over a dispute with the Dabhol Power Co., and questioned India's ability to honor contracts.",
     'person:Lay | org:Dabhol Power Co. | place:India'),
    # #035: SFAS 133 is a docno (h12); ENE is a ticker
    ('enron14', 'Enron Quantifies Impact Of Adopting SFAS 133 >ENE',
     'org:Enron | docno:SFAS 133'),
    ('enron14', 'Since 1996, Tech Data Technologies has provided bulk email service to thousands of well-satisfied customers.',
     'date:1996 | org:Tech Data Technologies'),
    # #037: volume and issue numbers are nothing
    ('enron14', 'Volume 12, No. 1, October 15, 2001',
     'date:October 15, 2001'),
    # #038: the year shortened with an apostrophe is kept in the date (h10)
    ('enron14', "The nominal cost of the turbine as of Jan 1, '01 exclusive of carrying costs, is $22,947,599.",
     "date:Jan 1, '01"),
    ('enron14', 'Vastar Resources, Inc. 200 East Randolph Drive Chicago, Illinois 60601',
     'org:Vastar Resources, Inc. | place:East Randolph Drive | place:Chicago | place:Illinois'),
    # #040: September 13 has no year; the outlook is a topic, Canadian an adjective
    ('enron14', 'CERA is having a conference call on Canadian Gas Outlook on Thursday, September 13, at 10:00 a.m.',
     'org:CERA'),
    # #041: folder names, 3/8 without a year
    ('enron14', 'I looked under Administrator and Legal Net X, and all my emails from 3/8.',
     ''),
    # #042: the dialling prefix and country code belong to the phone (h8)
    ('enron14', 'Steve: I am told that Justin Boyd (011-44-20-7783-6732) and Anna Fox have already been working on this ISDA between Deutsche Bank and ECTRIC.',
     'person:Steve | person:Justin Boyd | phone:011-44-20-7783-6732 | person:Anna Fox | org:Deutsche Bank | org:ECTRIC'),
    # #043: 'Dobin' is a surname cut by the split; the company and its unit separated by ' - ' are two orgs (as Enron Net
    # Works _ Global Data Management, holdout12)
    ('enron14', 'Dobin Senior Counsel Enron Corp. - Global Finance 1400 Smith Street, Suite 2083 Houston, Texas 77002',
     'person:Dobin | org:Enron Corp. | org:Global Finance | place:Smith Street | place:Houston | place:Texas'),
    ('enron14', 'One partnership, Whitewing Management, owns 250,000 preferred shares that Enron may have to convert to common stock.',
     'org:Whitewing Management | org:Enron'),
    # #045: the marker 'x ' is left out (h4); June 8th has no year
    ('enron14', 'The RSVP deadline is June 8th so please contact Laura Pena as soon as possible at x 3-5376.',
     'person:Laura Pena | phone:3-5376'),
    ('enron14', 'Sara Shackleton 03/01/2000 07:43 AM',
     'person:Sara Shackleton | date:03/01/2000'),
    ('enron14', '2. allow the utility distribution companies (UDCs) adequate cost recovery while minimizing costs to consumers;',
     ''),
    ('enron14', 'For a limited time, take advantage of our holiday special -- two million general U.S. emails for just $450 per million!',
     'place:U.S.'),
    ('enron14', 'BP Products North America Inc. 200 East Randolph Drive Chicago, Illinois 60601',
     'org:BP Products North America Inc. | place:East Randolph Drive | place:Chicago | place:Illinois'),
    # #050: company and desk separated by ' - ': two orgs (as #043)
    ('enron14', 'John Van Gelder Enron North America - West Desk 503-464-3708',
     'person:John Van Gelder | org:Enron North America | org:West Desk | phone:503-464-3708'),
    ('enron14', 'TO PARTICIPATE To participate in the audio portion of the call, please call in on one of the following numbers approximately 10-15 minutes before the call:',
     ''),
    # #052: the GCP Team is a named internal unit (as PEP Help Desk), an org; company and unit separated by '_' are two
    # orgs (holdout12)
    ('enron14', 'Samuel x3-9890 (GCP Team) Enron Net Works _ Global Data Management',
     'person:Samuel | phone:3-9890 | org:GCP Team | org:Enron Net Works | org:Global Data Management'),
    ('enron14', 'Give me a call at 3-4503 if you have any questions.',
     'phone:3-4503'),
    ('enron14', 'The continuing payment obligation to be assumed by ENA under the purchase contract with Westinghouse is $1,558,401.',
     'org:ENA | org:Westinghouse'),
    ('enron14', 'Iberdrola Pays $913M For 14 Gas Turbine Systems',
     'org:Iberdrola'),
    # #056: '333 S.' is the cut start of a street, a bare remnant
    ('enron14', 'Atlantic Richfield Company 333 S.',
     'org:Atlantic Richfield Company'),
    ('enron14', 'e-mail: jobs@google.com company: Google [top]',
     'email:jobs@google.com | org:Google'),
    ('enron14', 'Maggie Matheson 01/06/2000 09:28 AM',
     'person:Maggie Matheson | date:01/06/2000'),
    ('enron14', 'Benjamin Rogers 02/23/2000 09:13 AM',
     'person:Benjamin Rogers | date:02/23/2000'),
    ('enron14', '02/23/2000 04:26 PM ---------------------------',
     'date:02/23/2000'),
    ('enron14', 'Cibola Energy Services Corporation 350 N.',
     'org:Cibola Energy Services Corporation'),
    ('enron14', 'Cindy Olson 12/04/2000 09:10 AM',
     'person:Cindy Olson | date:12/04/2000'),
    # #063: NEW h14: PJM in 'Eastern PJM' is the market area the PJM system covers, a named region (as Mid-C, h10), a
    # place; Transco is the pipeline (h12); Zone 6, East Hub and the curves are designations; LM 6000 is a turbine model
    ('enron14', 'Hypothetical 4 LM 6000 Peaking Project in Eastern PJM VOM: $2.23 H.R. 10,5000 Gas Curve: Transco Zone 6 Power Curve: East Hub Curve in PJM Commercial Operations Date: 6/1/01',
     'place:PJM | org:Transco | place:PJM#2 | date:6/1/01'),
    ('enron14', 'Meet the Judges of the 36th District Court',
     'org:36th District Court'),
    ('enron14', 'Check it out today! http://www.energyyellowpages.net/',
     'url:http://www.energyyellowpages.net/'),
    ('enron14', 'They still have 15 commitments. * * * * The college coaches have found a big, fast linebacker that all the recruiting gurus, including me, missed.',
     ''),
    ('enron14', 'Michael Danielson 06/30/2000 01:10 PM',
     'person:Michael Danielson | date:06/30/2000'),
    ('enron14', '* Total Life to Date Transactions > 1,045,000 * Life to Date Notional Value of Transactions > $630 billion',
     ''),
    ('enron14', 'They resulted in a $16 million pre- tax gain to Enron in 1999 and a $36 million loss in 2000.',
     'org:Enron | date:1999 | date:2000'),
    ('enron14', 'Copper for delivery in three months fell as much as $8 (U.S.) to $1,366 a tonne on the London Metal Exchange, where prices are down 25 per cent this year.',
     'place:U.S. | org:London Metal Exchange'),
    # #071: 12/6-12/7 has no year
    ('enron14', "I'll be coming to Houston for 12/6-12/7 and hope you are available either evening for dinner.",
     'place:Houston'),
    ('enron14', 'Rob Bradley 04/25/2001 03:43 PM',
     'person:Rob Bradley | date:04/25/2001'),
    ('enron14', 'Cavell Energy Corp - Reserve Gains And An 85% Increase in Net Asset Value',
     'org:Cavell Energy Corp'),
    ('enron14', 'Saginaw St., Ste. 9001, Flint, MI 48502. (810) 239-9470, fax (810) 235-2468.',
     'place:Saginaw St. | place:Flint | place:MI | phone:(810) 239-9470 | phone:(810) 235-2468'),
    # #075: a series title
    ('enron14', 'Real Property Law Homeward Bound Series 2',
     ''),
    ('enron14', 'Roger Yang@EES 01/12/2001 04:01 PM',
     'person:Roger Yang | date:01/12/2001'),
    ('enron14', 'bloomberg has .005 fee, we have zero',
     'org:bloomberg'),
    ('enron14', 'Thank you, Ann Thomas (713) 871-8345',
     'person:Ann Thomas | phone:(713) 871-8345'),
    ('enron14', 'You must be 18 or older to call.',
     ''),
    # #080: the ALP program is a programme; its year is a date
    ('enron14', 'We are pleased to inform you that your project proposal has been chosen for the 2001 ALP program.',
     'date:2001'),
    ('enron14', 'He graduated from Southern Methodist University, went into banking-assets and liability management-and took on Harvard Business School, where he graduated in the top 5 percent of his class.',
     'org:Southern Methodist University | org:Harvard Business School'),
    # #082: State Bar is the specific body (the State Bar of Michigan of these listings) named without its place, an org
    # (as 交通集团, h5); its section is described, not named
    ('enron14', "Former Chairperson of State Bar antitrust and trade regulation section, more than 15 years' experience in this field.",
     'org:State Bar'),
    # #083: Old Woodward (the avenue) is the street of the address, cut at the start
    ('enron14', 'Old Woodward, Suite 320, Birmingham, MI 48009.',
     'place:Old Woodward | place:Birmingham | place:MI'),
    # #084: a product without its maker
    ('enron14', 'Requires Acrobat Reader 3.1 or higher.',
     ''),
    # #085: GOPUSA Eagle is a newsletter, a publication: an org
    ('enron14', 'GOPUSA Eagle - January 3, 2002 ========================================================================',
     'org:GOPUSA Eagle | date:January 3, 2002'),
    # #086: March 28 has no year; ECN-39C1 is a room
    ('enron14', "Per discussions in Shelley's introductory meeting this morning, please mark your calendars to reflect a Strategy Meeting on Thursday of this week, March 28, 2:00 - 3:30 pm in ECN-39C1.",
     'person:Shelley'),
    ('enron14', "If you are in agreement with the language, please forward Enron's proposed language (detailed in your 2/26 fax) electronically (if available).",
     'org:Enron'),
    ('enron14', 'IGI Resources, Inc. 200 East Randolph Drive Chicago, Illinois 60601',
     'org:IGI Resources, Inc. | place:East Randolph Drive | place:Chicago | place:Illinois'),
    # #089: Mid-C is a place (h10); the Montana System is a delivery point on a transmission system (a facility): only
    # Montana
    ('enron14', 'If the counterparty is PGE and the delivery point is elsewhere (Mid-C, Montana System, etc.), do we confirm? 2.',
     'org:PGE | place:Mid-C | place:Montana'),
    ('enron14', "Defendant was 21-years old, had completed three years of college, and discerned the focus of the officer's inquiries soon after the interview began.",
     ''),
    ('enron14', '(See attached file: CO#3-R0a.doc)',
     ''),
    # #092: Microsoft is the maker inside the product; WordPerfect is a product
    ('enron14', 'Proficiency with WordPerfect or Microsoft Word is required. 25-30 hours per week.',
     'org:Microsoft'),
    ('enron14', 'Attached is Indices of all projects as of 10/12/00.',
     'date:10/12/00'),
    # #094: a quarter with its year is one date (as 一九五五年第一季度, h5); the deal number is nothing
    ('enron14', 'bob badeer deal 512927.01 Enron sells merrill Q2 2001 250.00',
     'person:bob badeer | org:Enron | org:merrill | date:Q2 2001'),
    ('enron14', 'ONNN exploded from $ 1.94 to $4.13 in six days.',
     ''),
    ('enron14', '08:11 AM ---------------------------',
     ''),
    # #097: NEW h14: a numbered congressional district (Texas Congressional District 4) is an electoral division, a place
    # taken whole with its state; 'Republican' is an adjective here; January 3rd has no year
    ('enron14', 'John Graves will announce his candidacy for the Republican nomination to the United States Congress, Texas Congressional District 4, today, Thursday, January 3rd.',
     'person:John Graves | org:United States Congress | place:Texas Congressional District 4'),
    ('enron14', 'The company said on the call that its share count would decline by 60 million in the fourth quarter, due to the termination of the LJM2 financing.',
     'org:LJM2'),
    ('enron14', 'Let me also tell you that the television producer has requested 15 minutes of each of your time either the morning of the 23rd before the luncheon or after the workshops to do individual interviews.',
     ''),
    # #100: 'The Assembly' is a common noun with its article; SBX2 78 is a bill number, a docno (#017)
    ('enron14', 'The Assembly is tentatively scheduled to take up SBX2 78 in committee on Friday.',
     'docno:SBX2 78'),
    # #101: the site the sweepstakes is brought by, in lower case, is a url (h12)
    ('enron14', '12 Days of Christmas Sweepstakes - Brought to you by adiamondisforever.com Enter our sweepstakes for a chance to win 12 fabulous gifts, Including a Diamond Solitaire Necklace.',
     'url:adiamondisforever.com'),
    # #102: one link (the redirect target in its query), broken by a wrap before the final 'l': labelled up to the break
    ('enron14', 'For complete program information and registration go to http://www3.nwfusion.com/click;929112;0;0;2;0;?http://nww1.com/go/929112.htm l',
     'url:http://www3.nwfusion.com/click;929112;0;0;2;0;?http://nww1.com/go/929112.htm'),
    ('enron14', 'There will NOT be a SWAP Group Meeting tomorrow, Wed, 8/29.',
     ''),
    ('enron14', 'We received the executed ETA Amendment about 3 weeks ago and he is really hot to trade.',
     ''),
    # #105: Austin Bay is the columnist of the item (a byline), a person
    ('enron14', 'Looking to 2002 * Austin Bay...',
     'date:2002 | person:Austin Bay'),
    ('enron14', "Dusty Mangum's kick cut the deficit to 10-7 with 13:09 left.",
     'person:Dusty Mangum'),
    ('enron14', 'Skilling worked up some numbers and found them "absolutely compelling." Then the McKinsey consultant took the idea to a meeting of about 25 Enron executives.',
     'person:Skilling | org:McKinsey | org:Enron'),
    ('enron14', 'Vince J Kaminski 06/23/2000 05:43 PM',
     'person:Vince J Kaminski | date:06/23/2000'),
    ('enron14', 'Any questions, please call me at 3-4750.',
     'phone:3-4750'),
    # #110: 'Fla Gov' is the governor of Florida: Fla is the state's abbreviation, a place; a title
    ('enron14', 'Fla Gov, Officials Discuss Worst Drought In 200 Years',
     'place:Fla'),
    # #111: Palo Verde (the trading hub named for the place) is a place, as Mid-C; Vernon, a bare city name as the
    # counterparty, stays a place (README item 6)
    ('enron14', 'An undocumented Nymex transaction whereby our broker agreed with their broker that we would buy 30 Palo Verde futures contracts from Vernon for $120.',
     'org:Nymex | place:Palo Verde | place:Vernon'),
    ('enron14', 'You have been selected to participate in the Year End 2000 Performance Management process by providing meaningful feedback on specific employee(s).',
     'date:2000'),
    ('enron14', 'The announcement is being webcast at 8:45 a.m.',
     ''),
    # #114: 'Eastern' is the time zone of the cut time
    ('enron14', 'Eastern, Thursday, September 13, 2001',
     'date:September 13, 2001'),
    ('enron14', 'EB34 DATA CENTER - FACILITY OPERATIONS: No Scheduled Outages.',
     ''),
    ('enron14', '02:05 PM ---------------------------',
     ''),
    # #117: a contract number and volumes
    ('enron14', 'VNGk# 830015 10555 M2 Access (MDQ is higher but only use 10,555 dth)',
     ''),
    ('enron14', "Nicholas O'Day 10/17/2000 08:01 AM",
     "person:Nicholas O'Day | date:10/17/2000"),
    ('enron14', 'We could do breakfast at 10, or whatever...',
     ''),
    # #120: Station 4 is a compressor station (a facility); 11/16 has no year
    ('enron14', 'Please plan on attending a meeting on Friday (11/16) at 8:15 to discuss our strategy for Station 4.',
     ''),
    # #121: the ' .' after the URL is punctuation
    ('enron14', "A copy of the complaint filed in this action is available from the Court, or can be viewed on the firm's website at http://www.classlawyer.com/pr/enron.pdf .",
     'url:http://www.classlawyer.com/pr/enron.pdf'),
    # #122: UT (the 21-yard line of UT's side) is the team; TB (tailback) is a position
    ('enron14', "OSU safety Chris Massey intercepted a Simms' pass at the UT 21 late in the quarter, but TB Richard Schwarz fumbled on the first play and Vasher recovered.",
     'org:OSU | person:Chris Massey | person:Simms | org:UT | person:Richard Schwarz | person:Vasher'),
    ('enron14', 'He has been a successful mediator since 1991.',
     'date:1991'),
    # #124: the Alliance (pipeline company) is an org; 'Ft.' is a cut remnant; 9/21 has no year
    ('enron14', 'On Tues. 9/21 I met with Phil Zirngibl, the Alliance manager for Ft.',
     'person:Phil Zirngibl | org:Alliance'),
    ('enron14', 'In other words, I assumed spot jump-risk to be undiversifiable, and essentially devoted 2 Theoretical Chapters to :',
     ''),
    ('enron14', 'Megan and I went up to Chicago to visit one of her 5 sisters.',
     'person:Megan | place:Chicago'),
    ('enron14', 'Remember daily vol is implied vol divided by sqrt of time or 16 in this case.',
     ''),
    ('enron14', 'AM --------------------------- Lynn Blair 01/06/2000 08:46 AM',
     'person:Lynn Blair | date:01/06/2000'),
    ('enron14', 'Profit fell to $394 million (U.S.), or 99 cents a share, from $499 million, or $1.25, in the year-ago quarter.',
     'place:U.S.'),
    # -- Enron body lines with a digit and a contact cue, not drawn above: Random(15152).sample(…, 60), in sampled order
    ('enron14-lines', 'Houston, Texas 77005-1892',
     'place:Houston | place:Texas'),
    # #001: an e-Journal number is nothing (README)
    ('enron14-lines', 'e-Journal Number: 8387',
     ''),
    # #002: 'Hotel' is the bare end of a venue's name cut by the line; the topics are not labelled
    ('enron14-lines', 'Hotel in Chicago on June 14, 2001. Topics include: Power Outlook, Natural',
     'place:Chicago | date:June 14, 2001'),
    ('enron14-lines', '3. Do we want to use the Exhibit B-1 (Specification) from the',
     ''),
    ('enron14-lines', 'TELEPHONE: 48-22 6578011',
     'phone:48-22 6578011'),
    # #005: the weekday and the time are left out of the mail header's date (README, h4)
    ('enron14-lines', '<scott.crowell@oracle.com>; Thu, 28 Sep 2000 08:10:27 -0700 (PDT)',
     'email:scott.crowell@oracle.com | date:28 Sep 2000'),
    # #006: a pager's mail address (the number as its local part) is an email
    ('enron14-lines', 'P-mail: 8779260615@skytel.com',
     'email:8779260615@skytel.com'),
    # #007: 'The Commission' is a common noun with its article; the PD is a proposed decision; August 23rd has no year
    ('enron14-lines', '2001. The Commission is due to vote on the PD next week at its August 23rd',
     'date:2001'),
    # #008: a statute's section number is nothing
    ('enron14-lines', 'the trial court erred by finding that o 51(6)(a) was satisfied on the basis',
     ''),
    ('enron14-lines', 'as soon as possible at x 3-5376. This is a great event for "new" as well as',
     'phone:3-5376'),
    ('enron14-lines', 'e-Journal Number: 8389',
     ''),
    # #011: the wrapped tail of a URL, without its host, is not a url (h4); its date-like parts are no date (README)
    ('enron14-lines', 'dder/2001/02/28/krtbn/0000-0416-SJ-UTILITIES',
     ''),
    ('enron14-lines', "Maria's phone number is (607) 762-7688.",
     'person:Maria | phone:(607) 762-7688'),
    ('enron14-lines', 'e-Journal Number: 8383',
     ''),
    # #014: EnronOnline is a trading platform run as a business (as EOL, README)
    ('enron14-lines', 'to EnronOnline. We received the executed ETA Amendment about 3 weeks ago and',
     'org:EnronOnline'),
    # #015: WSPP (the Western Systems Power Pool) is an org inside the document's name; 102901 is a bare digit run (h4)
    ('enron14-lines', '- WSPP Collateral Annex Cover Sheet 102901.doc',
     'org:WSPP'),
    ('enron14-lines', 'AIRCRAFT: BOEING 737 ALL 100-800 SERIES PSGR',
     'org:BOEING'),
    # #017: a rule number is nothing; the Michigan Court Rules are a regulation: only Michigan
    ('enron14-lines', 'Interim Amendment of Rule 3.208 of the Michigan Court Rules (Allocation and',
     'place:Michigan'),
    # #018: Smp is the company named in the headline; the conference is an event, its year a date
    ('enron14-lines', 'Smp Invited to Present at 2001 Fuel Cells And Distributed Generation Planning',
     'org:Smp | date:2001'),
    ('enron14-lines', '2. Then, the Exchange of this futures position for a physical position was',
     ''),
    # #020: '(877)', an area code whose number is wrapped away, is not labelled (h8)
    ('enron14-lines', 'Orchard Lake Road, West Bloomfield, MI 48322. Call (248) 948-1800 or (877)',
     'place:Orchard Lake Road | place:West Bloomfield | place:MI | phone:(248) 948-1800'),
    # #021: the slash-separated list names systems and tools, not bodies; the label [Pager] is left out
    ('enron14-lines', 'RUS/GOPS/GeoTools/APRS (713) 639-9726 [Pager]',
     'phone:(713) 639-9726'),
    ('enron14-lines', 'expecting something by Jan 22. Should we sit down and decide on what to put',
     ''),
    ('enron14-lines', 'Patti x39106',
     'person:Patti | phone:39106'),
    ('enron14-lines', '(678) 234-7644 (Cell)',
     'phone:(678) 234-7644'),
    ('enron14-lines', 'this, please contact Mr. Gaylen Raymond at (559) 263-5239.',
     'person:Gaylen Raymond | phone:(559) 263-5239'),
    # #026: 'East Texan' is an adjective; Longview, a city used as an attribute, is a place
    ('enron14-lines', 'John is a 5th generation East Texan, a Longview attorney and church',
     'person:John | place:Longview'),
    ('enron14-lines', 'o 51(6)(a), the trial court has discretion to appoint counsel for an indigent',
     ''),
    # #028: Tex. in a citation is the court, not labelled (holdout4); the year of decision is a date
    ('enron14-lines', '(Tex.1965). This remedy is based on the promise implied by law to pay for',
     'date:1965'),
    ('enron14-lines', "no reported difficulty safely traveling to and from the victims' house, (3)",
     ''),
    ('enron14-lines', 'Within the United States: 1-800-946-0720',
     'place:United States | phone:1-800-946-0720'),
    ('enron14-lines', "o 3 new requests (from last Wednesday's demo) for Update Server completed.",
     ''),
    ('enron14-lines', '-- George W. Bush September 16, 2001',
     'person:George W. Bush | date:September 16, 2001'),
    # #033: a record locator is nothing (README)
    ('enron14-lines', 'RESERVATION NUMBER(S) AF/2BGHRB',
     ''),
    # #034: 'S.' (South) belongs to the street's name
    ('enron14-lines', 'arrangements. 328 S. Saginaw St., Ste. 9001, Flint, MI 48502. (810) 239-9470,',
     'place:S. Saginaw St. | place:Flint | place:MI | phone:(810) 239-9470'),
    ('enron14-lines', 'the 27th. In the event that he can participate via teleconference, I will',
     ''),
    # #036: a name in a file name is labelled as written (h10), the 2 after it left out
    ('enron14-lines', '- Paul Rowady2.doc',
     'person:Paul Rowady'),
    ('enron14-lines', 'Outage: Move Ecttor-fs1 into the Corp Domain',
     ''),
    ('enron14-lines', '1991. Tilchin also provides arbitration services as a single or multi-panel',
     'date:1991 | person:Tilchin'),
    ('enron14-lines', 'declined to kick a short field goal on a fourth-and-3 and fell a yard short.',
     ''),
    ('enron14-lines', '05:09 PM ---------------------------',
     ''),
    # #041: names inside a file path are labelled as written (h10): Portland and California places, WestDesk the desk
    # (an org), ISO the California ISO (an org); the digit run of the file name is no date (h4)
    ('enron14-lines', r'PARSING FILE -->> O:\Portland\WestDesk\California Scheduling\ISO Final Schedules\2002012315.txt',
     'place:Portland | org:WestDesk | place:California | org:ISO'),
    ('enron14-lines', 'to get our original $10mm back is to say here are 3 examples, here is the',
     ''),
    # #043: the index is a product: only its maker
    ('enron14-lines', "most highly rated stock in the Standard & Poor's 500 Index to the",
     "org:Standard & Poor's"),
    ('enron14-lines', 'investment accounts (Section 6.1.2(c) and invest Company funds in the name',
     ''),
    ('enron14-lines', 'Dates: Wednesday, October 25 and Thursday, October 26. Check-in is at 8:00',
     ''),
    # #046: the end of a partnership's name cut by the line (as Geodyne Energy Income Ltd Partnership I-D), labelled as
    # written; '4 of 6' is a page count
    ('enron14-lines', 'Income P-1 Ltd Ptnship 4 of 6',
     'org:Income P-1 Ltd Ptnship'),
    ('enron14-lines', '617 949-1412',
     'phone:617 949-1412'),
    ('enron14-lines', 'New York, Oct. 23 (Bloomberg) -- Over lunch in a conference',
     'place:New York | org:Bloomberg'),
    ('enron14-lines', '1. March 17 - Milbank Tweed (Securitization)',
     'org:Milbank Tweed'),
    ('enron14-lines', '(l)(2)(i) and 161.3(l)(2)(ii)(c) is the easy part -- as we have no shared',
     ''),
    ('enron14-lines', 'Friday (12/15) to consider those matters.',
     ''),
    # #052: the host name twice, each a url (h4); the IP address is no type of the rules
    ('enron14-lines', 'Received: from usmail01.us.oracle.com (usmail01.us.oracle.com [130.35.60.80])',
     'url:usmail01.us.oracle.com | url:usmail01.us.oracle.com#2'),
    ('enron14-lines', 'rights to the Managing Member (which is an Enron entity) (Section 6.1).',
     'org:Enron'),
    ('enron14-lines', '(415) 733-4487 ph.',
     'phone:(415) 733-4487'),
    # #055: a book's title with its author: only the author
    ('enron14-lines', 'Robin A. McKenzie: 7 Steps to a Pain-Free Life',
     'person:Robin A. McKenzie'),
    # #056: a local number whose area code is wrapped away still dials: a phone
    ('enron14-lines', '477-6308, e-mail',
     'phone:477-6308'),
    ('enron14-lines', '892872 19355 M2 Access (same as last month - this # may be too high)',
     ''),
    ('enron14-lines', "2) deriving an explicit risk-adjustment process for 'implementing' the",
     ''),
    ('enron14-lines', 'Orlando Sentinel- 10/23/01',
     'org:Orlando Sentinel | date:10/23/01'),
    # -- Enron sentences with '@', 'http', 'www' or a phone-like number, not drawn above: Random(15153).sample(…, 60);
    # the pool held only 24, all taken
    # #000: PowerMarketers.com as the copyright holder is the publisher, an org (as Forbes.com, h12); the link is a url
    ('enron14-contact', 'Copyright 2000 by PowerMarketers.com: http://www.powermarketers.com/',
     'date:2000 | org:PowerMarketers.com | url:http://www.powermarketers.com/'),
    # #001: Network World Fusion is the publication; its newsletters' heading is not labelled
    ('enron14-contact', 'Archive of Network World Fusion Focus on Internet Services newsletters: http://www.nwfusion.com/newsletters/isp/',
     'org:Network World Fusion | url:http://www.nwfusion.com/newsletters/isp/'),
    # #002: the '?' padding is broken encoding of a directory's spacing, readable, kept
    ('enron14-contact', 'BARRETT, Deborah??????????????? barrett@rice.edu ??',
     'person:BARRETT, Deborah | email:barrett@rice.edu'),
    ('enron14-contact', '"Murphy, Bernard" <Bernard.Murphy@caminus.com> on 03/01/2001 09:18:58 AM',
     'person:Murphy, Bernard | email:Bernard.Murphy@caminus.com | date:03/01/2001'),
    # #004: NEW h14: '@paulhastings.com', the domain part given as the pattern of the firm's addresses, has no local part:
    # not an email, and not a url (it names no site to visit)
    ('enron14-contact', 'In most cases, our address is composed of conventional first name and last name plus @paulhastings.com.',
     ''),
    # #005: example addresses are labelled as written (the names in them are not persons of the text)
    ('enron14-contact', 'Here are two examples: janesmith@paulhastings.com and danjones@paulhastings.com.',
     'email:janesmith@paulhastings.com | email:danjones@paulhastings.com'),
    ('enron14-contact', "--- --- casey415@earthlink.net --- EarthLink: It's your Internet.",
     'email:casey415@earthlink.net | org:EarthLink'),
    ('enron14-contact', 'Carrie Miller <cmiller@rice.edu> on 01/24/2001 10:13:44 AM',
     'person:Carrie Miller | email:cmiller@rice.edu | date:01/24/2001'),
    ('enron14-contact', 'If you have any questions, please contact us at noc@paulhastings.com.',
     'email:noc@paulhastings.com'),
    ('enron14-contact', 'Discovery Therapeutics is backed by Alliance Technology Ventures and Sanderling Ventures. http://www.discoverytherapeutics.com',
     'org:Discovery Therapeutics | org:Alliance Technology Ventures | org:Sanderling Ventures | url:http://www.discoverytherapeutics.com'),
    ('enron14-contact', '-Teresa Glaze -tglaze@serc1.org',
     'person:Teresa Glaze | email:tglaze@serc1.org'),
    ('enron14-contact', 'The webcast will last 5 minutes, and can be viewed by going to http://www.votegraves.com a few minutes before 8:45.',
     'url:http://www.votegraves.com'),
    ('enron14-contact', 'Please call us at 303-447-0288 if you have any questions.',
     'phone:303-447-0288'),
    ('enron14-contact', '"MARCELA WHITE" <JETCHART@TAVAERO.COM> on 10/09/2000 11:03:10 AM',
     'person:MARCELA WHITE | email:JETCHART@TAVAERO.COM | date:10/09/2000'),
    # #014: the eSearch website is a product; Version 2.0 a version
    ('enron14-contact', 'As for the future, watch for Version 2.0 of the eSearch website, http://esource.enron.com, scheduled to launch soon.',
     'url:http://esource.enron.com'),
    # #015: the URL is broken by a space before its last word: labelled up to the break (h4)
    ('enron14-contact', 'Please click http://itcapps.corp.enron.com/srrs/auth/emailLink.asp?ID=000000000007593&Page= Approval to review and act upon this request.',
     'url:http://itcapps.corp.enron.com/srrs/auth/emailLink.asp?ID=000000000007593&Page='),
    ('enron14-contact', 'CALABRESE, luigi??????? luigical@rice.edu ??',
     'person:CALABRESE, luigi | email:luigical@rice.edu'),
    ('enron14-contact', 'E-mail address: rwp@cdlcorp.com.',
     'email:rwp@cdlcorp.com'),
    ('enron14-contact', 'John G Rigby@ENRON_DEVELOPMENT 05/07/2001 06:01 PM',
     'person:John G Rigby | date:05/07/2001'),
    ('enron14-contact', 'Kevin Meredith@ENRON 11/06/2000 10:58 AM',
     'person:Kevin Meredith | date:11/06/2000'),
    ('enron14-contact', 'SUD, Pravas???????????? pravas@rice.edu ??',
     'person:SUD, Pravas | email:pravas@rice.edu'),
    ('enron14-contact', '"Whitsel, Kimberly" <whitselk@wharton.upenn.edu> on 03/05/2001 08:36:47 AM',
     'person:Whitsel, Kimberly | email:whitselk@wharton.upenn.edu | date:03/05/2001'),
    ('enron14-contact', 'Stephanie E Taylor@ECT 11/21/2000 03:00 PM',
     'person:Stephanie E Taylor | date:11/21/2000'),
    ('enron14-contact', 'Sara.Shackleton@enron.com on 02/26/2001 12:36:22 PM',
     'email:Sara.Shackleton@enron.com | date:02/26/2001'),
    # -- Chinese national reports (all years) and laws with a year, 〔 or 号: Random(15154).sample(…, 25), in sampled order
    # #000: 三年以上十年以下 are terms of a sentence (durations)
    ('zh14-law-criminal_law', '违法所得数额巨大或者有其他特别严重情节的，处三年以上十年以下有期徒刑，并处罚金。',
     ''),
    ('zh14-gov-work-reports', '１９９５年是继续推进改革开放和现代化建设的重要一年。',
     'date:１９９５年'),
    # #002: 号称 (claims to be) is no document number
    ('zh14-gov-work-reports', '发动群众来公开揭发和批评我们的国家机关和工作干部的缺点和错误以便加以克服，这是任何号称自由民主的资本主义国家所不会做，而且也不敢做的事情。',
     ''),
    ('zh14-gov-work-reports', '一九八二年预计比一九八一年，原煤增长百分之四点六，原油增长百分之零点五，电力增长百分之五点一，钢材增长百分之一点九，水泥增长百分之八点六。',
     'date:一九八二年 | date:一九八一年'),
    ('zh14-law-criminal_law', '第二百六十条 虐待家庭成员，情节恶劣的，处二年以下有期徒刑、拘役或者管制。',
     ''),
    ('zh14-gov-work-reports', '三、对2018年政府工作的建议',
     'date:2018年'),
    # #006: NEW h14: a State Council decree cited by its number (中华人民共和国国务院令第646号) is an official document number, a
    # docno taken whole as written with its issuer (as 新质监办发〔2012〕24号 holds its issuer, and as Order No. 888, h10);
    # the state and the State Council inside it are not labelled again (flat labels)
    ('zh14-law-state_secrets_law_implementing_regulations_2024', '2014年1月17日 中华人民共和国国务院令第646号公布',
     'date:2014年1月17日 | docno:中华人民共和国国务院令第646号'),
    ('zh14-gov-work-reports', '在工农业生产总值中现代工业所占的比重，由１９５４年的３３％上升到３４％。',
     'date:１９５４年'),
    # #008: “十二五” and “十三五” are plan periods; 我国 is a self-reference
    ('zh14-gov-work-reports', '会议高度评价“十二五”时期我国经济社会发展取得的重大成就，充分肯定国务院过去一年的工作，同意报告提出的“十三五”时期主要目标任务、重大举措和2016年工作部署，决定批准这个报告。',
     'org:国务院 | date:2016年'),
    # #009: 1950年到1997年: each end is a date by itself (README)
    ('zh14-gov-work-reports', '新建和改建学生公寓4800万平方米，超过1950年到1997年的建设总规模。',
     'date:1950年 | date:1997年'),
    ('zh14-law-criminal_law', '首要分子或者罪行重大的，处五年以上有期徒刑。',
     ''),
    # #011: 东北 (bare, here the occupied North-east) is a compass word, not labelled, as the README recommends (*Where
    # the sets disagree* 2)
    ('zh14-gov-work-reports', '我国历史上钢铁生产的最高年份是一九四三年，出产生铁一百八十万吨，钢九十万吨，而其中绝大部分是在日本侵占下的东北。',
     'date:一九四三年 | place:日本'),
    # #012: traditional characters, labelled as written
    ('zh14-gov-work-reports', '農村居民的購買力，一九五三年比一九五〇年增加了百分之七十六。',
     'date:一九五三年 | date:一九五〇年'),
    ('zh14-law-criminal_law', '第二百七十八条 煽动群众暴力抗拒国家法律、行政法规实施的，处三年以下有期徒刑、拘役、管制或者剥夺政治权利；',
     ''),
    # #014: the session ordinals are left out of the body (README); the amendment is a law: only the state inside it
    ('zh14-law-criminal_law', '2015年8月29日 第十二届全国人民代表大会常务委员会第十六次会议通过的《中华人民共和国刑法修正案（九）》',
     'date:2015年8月29日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    # #015: 主席 is a title; 最高国务会議第11次扩大会議 is a meeting (an event), not labelled; the report's title is not
    # labelled
    ('zh14-gov-work-reports', '我的报告，是依据毛澤东主席在最高国务会議第11次扩大会議上「关于正确处理人民内部矛盾的問題」的报告所提出的方針，来檢查一年来政府的工作，并且解答各方面对政府工作提出的意見。',
     'person:毛澤东'),
    ('zh14-law-criminal_law', '第四百零二条 行政执法人员徇私舞弊，对依法应当移交司法机关追究刑事责任的不移交，情节严重的，处三年以下有期徒刑或者拘役；',
     ''),
    ('zh14-gov-work-reports', '不要忘记，在1952年到1956年这个期间，还有两个大的灾荒年。',
     'date:1952年 | date:1956年'),
    ('zh14-gov-work-reports', '国内生产总值2000年达89404亿元，平均每年增长8.3％。',
     'date:2000年'),
    # #019: the ordinals 第十三届 … 第四次会议 are left out (README)
    ('zh14-gov-work-reports', '——2021年3月5日在第十三届全国人民代表大会第四次会议上',
     'date:2021年3月5日 | org:全国人民代表大会'),
    ('zh14-gov-work-reports', '在新的一年里，各级政府决不能稍有松懈，一定要认识到反腐败斗争的紧迫性、艰巨性和复杂性，充分依靠群众，标本兼治，努力取得新的成绩。',
     ''),
    # #021: 九年义务教育 is a duration; 民族自治地方 is generic
    ('zh14-law-state_council_provisions_regional_ethnic_autonomy_2005', '第十九条 国家帮助民族自治地方普及九年义务教育，扫除青壮年文盲，不断改善办学条件，大力支持民族自治地方有重点地办好寄宿制学校；',
     ''),
    ('zh14-gov-work-reports', '据一九五二年的统计，沿海各省的工业产值占全国工业总产值的百分之七十以上。',
     'date:一九五二年'),
    # #023: 五年内 is a duration; 我国 a self-reference
    ('zh14-gov-work-reports', '五年内开始建设的二个重型机器制造厂（其中一个是苏联帮助设计的，一个是我国自己设计的），在建设完成后，按照设计能力，它们的产品每年可以装备一个年产一百六十万吨钢的钢铁联合企业，供应炼铁、炼钢、轧钢和炼焦的全套设备。',
     'place:苏联'),
    # #024: 大跃进 is a campaign
    ('zh14-gov-work-reports', '一九五九年的国民经济计划，是一个继续大跃进的计划。',
     'date:一九五九年'),
    # -- Chinese provincial 2025 reports with a year, 〔, 号 or 7+ digits: Random(15155).sample(…, 25), in sampled order
    # #000: 五环 (the fifth ring road) is a road; 城市副中心 and 中心城区 are generic
    ('zh14-prov-beijing', '完成五环内和城市副中心信号灯联网，中心城区高峰时段道路交通指数从6.32下降至6.08。',
     ''),
    ('zh14-prov-guangdong', '过去一年，我们在风雨洗礼中强健体魄、壮实筋骨，在艰难险阻中披荆斩棘、踏平坎坷，在千帆竞渡中奋楫争先、勇立潮头，拼出了一份扎扎实实的高质量发展成绩单。',
     ''),
    # #002: 中央 in 中央生态环境保护督察 is an attribute (README); the warning film is not labelled
    ('zh14-prov-zhejiang', '扎实推动中央生态环境保护督察反馈问题、长江经济带警示片披露问题整改销号。',
     'place:长江经济带'),
    # #003: 连续9年 is a duration
    ('zh14-prov-guizhou', '软件和信息技术服务业收入突破1000亿元，电子产品制造业增加值增长25.3%，数字经济增速连续9年位居全国前列。',
     ''),
    # #004: 三年行动计划 is a plan
    ('zh14-prov-guizhou', '制定实施产业配套基础设施建设三年行动计划。',
     ''),
    # #005: 我省 is a self-reference
    ('zh14-prov-hainan', '一年来，我省经济承压前行、稳中有进，展现出韧性强、潜力大的良好势头。',
     ''),
    # #006: the work conference is an event, 新疆 inside it labelled; 援疆 is built of an abbreviation
    ('zh14-prov-xinjiang', '一年来，我们认真贯彻第九次全国对口支援新疆工作会议精神，充分发挥主体作用，统筹用好援疆力量资源，从单向援疆向双向合作转变，19个援疆省市安排援疆资金近200亿元，集中力量办成一批大事。',
     'place:新疆'),
    # #007: “十四五” is a plan period
    ('zh14-prov-liaoning', '今年是“十四五”规划收官之年，也是全面振兴新突破三年行动决胜之年。',
     ''),
    ('zh14-prov-gansu', '一年来，深入实施“四强”行动，扎实做好“五量”文章，以打好高质量发展“六场战役”为牵引，着重抓了以下工作。',
     ''),
    # #009: 青海 inside 现代化新青海 is labelled (as 福建 in 美丽福建)
    ('zh14-prov-qinghai', '今年是“十四五”规划收官之年，是“十五五”规划谋篇之年，也是推进现代化新青海建设的重要一年。',
     'place:青海'),
    ('zh14-prov-beijing', '2024年是实现“十四五”规划目标任务的关键一年。',
     'date:2024年'),
    # #011: 西藏 inside 平安西藏 is labelled
    ('zh14-prov-tibet', '严格落实食品药品安全责任，深入开展安全生产治本攻坚三年行动，生产安全事故起数和死亡人数分别下降39.7%和39.1%，平安西藏建设取得新成效。',
     'place:西藏'),
    ('zh14-prov-guangxi', '各位代表!过去一年，我们积极主动应对发展与化险困难叠加、周期性和结构性问题并存、投资下滑与消费低迷碰头等多重挑战，成绩来之不易。',
     ''),
    ('zh14-prov-ningxia', '全面开展安全生产治本攻坚三年行动。',
     ''),
    # #014: 我区 is a self-reference; the demonstration zones are programme zones, 黄河流域 inside the first a place (流域
    # with its river, h5); 中华民族 is not labelled; 宁夏 inside 美丽新宁夏 is labelled
    ('zh14-prov-ningxia', '习近平总书记亲临我区考察指导，进一步明确了建设黄河流域生态保护和高质量发展先行区、创建铸牢中华民族共同体意识示范区的重大使命，并在2025年新年贺词中对我区“银川多民族社区居民亲如一家”给予充分肯定，为加快建设美丽新宁夏提供了强大动力。',
     'person:习近平 | place:黄河流域 | date:2025年 | place:银川 | place:宁夏'),
    # #015: 张江高新区 is a high-tech park taken whole (README); “大零号湾” is named as a carrier (a platform), not labelled
    ('zh14-prov-shanghai', '优化张江高新区、“大零号湾”等载体创新生态，高新技术企业达到2.5万家。',
     'place:张江高新区'),
    # #016: “3815” is a strategy's number, no date
    ('zh14-prov-yunnan', '确保完成“3815”战略发展目标“三年上台阶”的任务。',
     ''),
    # #017: the pilots are programmes: only the places
    ('zh14-prov-guizhou', '深入实施营商环境大改善三年行动，筑牢“人人都是营商环境、事事关乎营商环境”的理念，推进贵阳、遵义营商环境试点建设。',
     'place:贵阳 | place:遵义'),
    # #018: 海南自贸港 → only 海南 (README); “一号工程” is a project, no document number
    ('zh14-prov-hainan', '紧紧围绕海南自贸港封关运作“一号工程”，全力打赢封关运作各项准备工作收官战，向党和人民交出满意答卷。',
     'place:海南'),
    ('zh14-prov-guangdong', '深入实施治本攻坚三年行动，坚决防范交通运输、城镇燃气、消防、建筑施工、自建房、危化品、非煤矿山、渔业船舶、玻璃幕墙、电动自行车、特种设备等重点行业领域风险，加强新领域新业态安全风险防范。',
     ''),
    ('zh14-prov-shaanxi', '过去一年，我们严格落实全面从严治党要求，持续整治形式主义为基层减负，严肃财经纪律，建立过紧日子长效机制，行政复议案件案结事了率达88.3%，政府自身建设得到明显加强。',
     ''),
    ('zh14-prov-liaoning', '省委带领全省上下奋力实施全面振兴新突破三年行动，在大局中明确定位、在大势中理清思路、在奋进中扛牢使命，紧跟时代步伐，奋楫笃行续新篇；',
     'org:省委'),
    # #022: 长江 inside the ban's name is labelled; 干流 is taken with the river (h7); 10年 is a duration; the leading 39. is
    # a note number
    ('zh14-prov-sichuan', '39.长江十年禁渔：农业农村部发布的禁止捕捞天然渔业资源的通告，长江干流和重要支流除水生生物自然保护区和水产种质资源保护区以外的天然水域，从2020年1月1日起开始实施暂定为期10年的常年禁捕。',
     'place:长江 | org:农业农村部 | date:2020年1月1日 | place:长江干流'),
    ('zh14-prov-henan', '开展文旅产业链群建设三年行动，拓展文博研学休闲康养、数字演艺等文旅新业态，支持郑州打造“微短剧创作之都”。',
     'place:郑州'),
    ('zh14-prov-heilongjiang', '加强行政复议等工作，开展提升行政执法质量三年行动，严格规范公正文明执法。',
     ''),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout14", ITEMS, DRAWS, sample, ("enron14", "enron14-lines", "enron14-contact",
                                                     "zh14-gov-work-reports", "zh14-law-", "zh14-prov-"))


if __name__ == "__main__":
    main()

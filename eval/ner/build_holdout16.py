r"""Build eval/ner/holdout16.jsonl: a sixteenth held-out NER set, rich in patterns, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (with the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout14.py (the NEW h7 … NEW h14 decisions included). The labeller did
not read anything of the extractor (dossier/), the tests or docs/, did not run it, bench/ner_eval.py,
the project's date/phone finders or any segmenter, NER or POS tool on these sentences, and did not
look at what any tool predicts for them. The set has never been scored. Like holdout4, holdout8,
holdout10, holdout12 and holdout14 it is meant to be rich in patterns (dates, phones, e-mail addresses,
URLs, document numbers); every entity type the rules define is labelled, names included.

    python eval/ner/build_holdout16.py            # write holdout16.jsonl from ITEMS, print counts
    python eval/ner/build_holdout16.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout16.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (Enron body cleaning and body lines, Chinese sentence split, law markdown cleaning,
docx reading) and the pools are copied from build_holdout14.py, not imported; only the seeds, the
sizes and the seen files differ. Every pool leaves out texts that overlap a text of build.py or
build_holdout.py … build_holdout14.py (the text is in one of those files' source, or contains or is
contained in one of their ITEMS texts), and keeps only the first occurrence of a text that recurs.
build_holdout15.py (written by another helper at the same time) was not committed, nor in the
checkout, when this set was drawn, so it is not among the seen files.

1. enron16: the 300 EML files of email/enron-sample/eml in file-name order, read as in
   build_holdout14.py (body cleaning, paragraphs split at [.!?] + whitespace + capital, 30-200
   characters), kept if the sentence contains a digit, an '@', 'http' or 'www' (pool 296);
   random.Random(17171).sample(…, 150).
2. enron16-lines: the same files, the body lines that survive the same cleaning, each stripped with
   its whitespace collapsed, kept if 10-120 characters, containing a digit and one of LINE_CUES
   (signature and contact lines), and not overlapping a text drawn in 1 (pool 237);
   random.Random(17172).sample(…, 80).
3. enron16-contact: Enron sentences read as in draw 1 (30-200 characters) that contain '@', 'http',
   'www' or a phone-like digit group (PHONE_LIKE), not overlapping a text drawn in 1 or 2, all that the
   pool holds (seed 17173 for the order). **This pool ran dry: it holds no text at all** (every such
   sentence is in an earlier set or was drawn in 1), so draw 3 adds nothing.
4. zh16-gov-work-reports, zh16-law-*: Chinese sentences, split after 。！？； , 15-120 characters,
   from every line of the national reports JSONL (all years) and every law in
   zh-docs/prc-laws-lawrefbook (as build_holdout14.py), kept if PATTERN_ZH matches; pooled reports
   first, then laws (pool 2800); random.Random(17174).sample(…, 25).
5. zh16-prov-*: the 2025 government work reports of all 31 provinces (docx, file-name order), split
   and kept by length the same way, kept if PATTERN_ZH matches or the sentence holds a run of 7 or
   more digits (pool 327); random.Random(17175).sample(…, 25).

A sampled text that is garbled (table debris, broken encoding) would be dropped, with a comment where
it would have been, and replaced by the next candidate of the same random order. None was dropped:
HTML tags, '?' padding from broken encoding and wrapped URL tails were readable and kept, as said on
their items.

As in holdout8 … holdout14, the Chinese pools match 年 after any Chinese numeral, so many of their
sentences hold only durations (五年以下有期徒刑, 三年行动): those are labelled as drawn, with no date.
The decisions this set adds are marked NEW h16 on their items (4 of them).

Result: 280 sentences, 369 entities: 74 date, 33 phone, 5 url, 3 docno, 1 email (116 pattern entities),
119 org, 71 place, 63 person. No id_number was drawn. **The goal of 150 pattern entities was not
reached** (116), mainly because draw 3's pool was empty; no draw was added. Pattern entities by draw:
enron16 59, enron16-lines 41, enron16-contact 0, zh16 national reports and laws 10, zh16-prov 6.
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


# -- reading code, copied from build_holdout14.py (itself from build_holdout12.py, build_holdout10.py, build_holdout4.py
# and build_holdout6.py) so that all sets are read alike ----------------------------------------------------------

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
    """The source text of build.py and build_holdout{,2,…,14}.py, and the texts of their ITEMS."""
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
    import build_holdout13
    import build_holdout14
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py", "build_holdout7.py", "build_holdout8.py",
             "build_holdout9.py", "build_holdout10.py", "build_holdout11.py", "build_holdout12.py",
             "build_holdout13.py", "build_holdout14.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6,
               build_holdout7, build_holdout8, build_holdout9, build_holdout10, build_holdout11, build_holdout12,
               build_holdout13, build_holdout14)
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


def enron16_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for para in enron_body_paragraphs(path):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                s = s.strip()
                if (30 <= len(s) <= 200 and (re.search(r"\d", s) or "@" in s or "http" in s or "www" in s)
                        and not seen(s, source, texts)):
                    out.append(("enron16", s))
    return first_occurrences(out)


def enron16_line_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    pool = enron16_candidates()
    texts = texts + [s for _, s in random.Random(17171).sample(pool, min(150, len(pool)))]
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for line in enron_body_lines(path):
            if (10 <= len(line) <= 120 and re.search(r"\d", line) and any(c in line for c in LINE_CUES)
                    and not seen(line, source, texts)):
                out.append(("enron16-lines", line))
    return first_occurrences(out)


def zh16_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    path = CORPUS / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        for para in json.loads(line)["content"].splitlines():
            out += [("zh16-gov-work-reports", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and PATTERN_ZH.search(s) and not seen(s, source, texts)]
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"zh16-law-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and PATTERN_ZH.search(s) and not seen(s, source, texts)]
    return first_occurrences(out)


def zh16_provincial_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "zh-docs/provincial-work-reports-2025-docx").glob("gov_work_report_2025_*.docx")):
        prov = path.stem.removeprefix("gov_work_report_2025_")
        for para in docx_paragraphs(path):
            out += [(f"zh16-prov-{prov}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and (PATTERN_ZH.search(s) or LONG_DIGITS.search(s))
                    and not seen(s, source, texts)]
    return first_occurrences(out)

PHONE_LIKE = re.compile(r"\d{3}[-.)\s]\d{3}[-.\s]\d{4}")


def enron16_contact_candidates() -> list[tuple[str, str]]:
    """Draw 3: Enron sentences read as in draw 1 that contain '@', 'http', 'www' or a phone-like digit group, not
    overlapping a text drawn in 1 or 2."""
    source, texts = seen_texts()
    pool1, pool2 = enron16_candidates(), enron16_line_candidates()
    texts = (texts + [s for _, s in random.Random(17171).sample(pool1, min(150, len(pool1)))]
             + [s for _, s in random.Random(17172).sample(pool2, min(80, len(pool2)))])
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for para in enron_body_paragraphs(path):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                s = s.strip()
                if (30 <= len(s) <= 200 and ("@" in s or "http" in s or "www" in s or PHONE_LIKE.search(s))
                        and not seen(s, source, texts)):
                    out.append(("enron16-contact", s))
    return first_occurrences(out)


ALL = 10**6  # draw 3 takes all its pool holds (sample() asks for min(n, len(pool)))
DRAWS = [(enron16_candidates, 17171, 150), (enron16_line_candidates, 17172, 80), (enron16_contact_candidates, 17173, ALL),
         (zh16_candidates, 17174, 25), (zh16_provincial_candidates, 17175, 25)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout14.py (the NEW h7 … NEW
    # h14 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans). Comments on an item record how an ambiguous case was decided; those marked NEW h16 are decisions
    # no earlier set had to make. #NNN = position in the seeded order. No sampled text was garbled enough to drop.
    # -- Enron mail, sentences with a digit, '@', 'http' or 'www': Random(17171).sample(…, 150), in sampled order
    # #000: times and the separator line left out
    ('enron16', 'September 21, 2001 5:00pm through September 24, 2001 12:00am ------------------------------------------------------------------------------------------------------',
     'date:September 21, 2001 | date:September 24, 2001'),
    ('enron16', 'The division had grown from two hundred to two thousand employees, and revenues from $2 billion to $7 billion. "Mr.',
     ''),
    # #002: '?' padding from broken encoding; readable, kept
    ('enron16', 'Option Grid (phase 2): o Released to production. ?',
     ''),
    ('enron16', 'Shirley Crenshaw 12/20/2000 10:51 AM',
     'person:Shirley Crenshaw | date:12/20/2000'),
    ('enron16', "Moody's Investors Service last week placed all $13 billion of the company's long-term debt securities on watch for possible downgrade.",
     "org:Moody's Investors Service"),
    # #005: Five-Year is a duration
    ('enron16', 'Committing to Deliver 3,000 Megawatts of New Supply to California And a Five-Year Fixed Price Supply Contract',
     'place:California'),
    # #006: March 15 has no year
    ('enron16', 'Brad will not show up on March 15.',
     'person:Brad'),
    # #007: Oct. 1 has no year
    ('enron16', 'Bakke addressed the concerns in an Oct. 1 letter to Vajpayee, obtained Tuesday by the Associated Press.',
     'person:Bakke | person:Vajpayee | org:Associated Press'),
    # #008: Wharton (the business school) is an org; the class year 2002 is a bare year
    ('enron16', 'Sincerely, Kimberly Whitsel Wharton MBA Candidate 2002',
     'person:Kimberly Whitsel | org:Wharton | date:2002'),
    ('enron16', "Based on this initial meeting, if the parties can't resolve the dispute within 30 days, the dispute goes to non-binding mediation.",
     ''),
    ('enron16', 'Stephanie Miller 08/03/2000 11:51 AM',
     'person:Stephanie Miller | date:08/03/2000'),
    # #011: Teco Tap is a delivery point: only Teco inside it (h8 #063); HPL is the pipeline, Gas Daily the
    # publication whose index is meant (h8)
    ('enron16', 'Teco Tap 78.125 / HPL Gas Daily',
     'org:Teco | org:HPL | org:Gas Daily'),
    ('enron16', "You're sending biz e-mails at 7:30 on Saturday morning?",
     ''),
    ('enron16', "Defendant's conviction of malicious destruction of property over $100 was affirmed.",
     ''),
    # #014: the month with its year, the comma as written inside
    ('enron16', 'Robert joined EES in May, 2000 and has been actively working to help direct and improve our bill payment service area.',
     'person:Robert | org:EES | date:May, 2000'),
    # #015: a street with its quadrant is the street's name, a place; the street number is not labelled
    ('enron16', 'BP Canada Energy Company 240 - 4th Avenue S.W.',
     'org:BP Canada Energy Company | place:4th Avenue S.W.'),
    # #016: BANKRUPTCY and BANKRUPTCY-CAD are books, the numbers book ids
    ('enron16', 'BANKRUPTCY (166660) or BANKRUPTCY-CAD (166762)? 2.',
     ''),
    # #017: Wall Street as in dev
    ('enron16', 'Wall Street was demanding tech-size growth on a tech timetable, and Enron, in 2000, obliged with second quarter earnings of $289 million, up 30 percent from the previous year.',
     'place:Wall Street | org:Enron | date:2000'),
    ('enron16', 'Mahesh Lakhani 10/06/2000 03:22 AM',
     'person:Mahesh Lakhani | date:10/06/2000'),
    # #019: Texas is the team (h8 #023); 45-10 is a score
    ('enron16', "Mangum's kick gave Texas a 45-10 lead with 9:02 left.",
     'person:Mangum | org:Texas'),
    # #020: lower-case names as written (as bob badeer, merrill in h14); Q2 2001 one span as in h14; the deal number
    # is nothing
    ('enron16', 'Kate, please verify with traders tom deal 512827.01 enron sells merrill 260.00 Q2 2001 25 mws',
     'person:Kate | person:tom | org:enron | org:merrill | date:Q2 2001'),
    ('enron16', 'By August 2000 the stock price, which had started out at $19, had fallen to $5.',
     'date:August 2000'),
    # #022: Chartwell (the publisher) with the 's left out (h8 #046); the guide's title is not labelled, its year is a
    # date
    ('enron16', "CHARTWELL'S GUIDE TO E-BUSINESS IN THE ENERGY INDUSTRY 2001",
     'org:CHARTWELL | date:2001'),
    ('enron16', 'This survey should only take about 5 to 8 minutes to complete.',
     ''),
    # #024: a numeric date with spaces as separators inside a file name (h4 5.10.01); EIA411 fused into one form code:
    # nothing labelled inside it (as IFERC, h8 #063)
    ('enron16', '- image001.gif - EIA411 Reporting Forms Revised 01 30 02.xls',
     'date:01 30 02'),
    ('enron16', 'Enron shares, which plunged 23% last week, nosedived another 21% yesterday.',
     'org:Enron'),
    ('enron16', 'He said Enron has $3.5 billion available on bank credit lines, giving it enough cash to operate normally.',
     'org:Enron'),
    # #027: 1 p.m. is a time
    ('enron16', "EDITOR'S ADVISORY: Duke Energy North America will hold an audioconference today at 1 p.m.",
     'org:Duke Energy North America'),
    ('enron16', 'Sent for execution on April 6.',
     ''),
    # #029: Canadian is an adjective; GJ and NG are units/commodity codes
    ('enron16', 'The Canadian logic deals will probably be in GJ and the US logic should be in NG 4.',
     'place:US'),
    ('enron16', 'The 2001 Special Stock Option Grant was made to let you know how valuable you are and to recognize your contributions in making Enron the great company it is today.',
     'date:2001 | org:Enron'),
    ('enron16', 'We are open 24 hours a day, 7 days a week.',
     ''),
    # #032: named internal units (as Market Services, README); 'Dev.' is a cut remnant of a unit name, not labelled;
    # TOTAL is a row label, only EWS
    ('enron16', 'Dev. $13,438 75.00% EWS HR $6,985 8.33% EWS Legal $38,800 20.65% EWS Research $19,080 23.40% EWS Treasury $13,661 71.43% EWS TOTAL $488,832 7.85%',
     'org:EWS HR | org:EWS Legal | org:EWS Research | org:EWS Treasury | org:EWS#5'),
    # #033: suite and ZIP are not labelled
    ('enron16', 'Lawsuit Financial, L.L.C., Suite 304, 6960 Orchard Lake Road, West Bloomfield, MI 48322.',
     'org:Lawsuit Financial, L.L.C. | place:Orchard Lake Road | place:West Bloomfield | place:MI'),
    # #034: two Enron units; Jan 1 has no year
    ('enron16', 'The carrying cost through Jan 1 to be assumed by CALME/EGA is $2,055,330.',
     'org:CALME | org:EGA'),
    ('enron16', '512927 has also been changed to .005 broker fee.',
     ''),
    # #036: the firm's name cut by the split, labelled as present
    ('enron16', 'Babson & Co., which manages $60 billion in Cambridge, Massachusetts.',
     'org:Babson & Co. | place:Cambridge | place:Massachusetts'),
    # #037: NEW h16: 'Start date: 7/01' for a plant project is a month with a two-digit year (July 2001, as 'March 01'
    # in h14 #003 and Jan of 99, h4), a date; a slash pair that can only be a month and day (9/20, README) stays
    # unlabelled
    ('enron16', 'Start date: 7/01 Permits: PSD permit at 9 ppm.',
     'date:7/01'),
    # #038: S.A. is San Antonio; no year in the dates
    ('enron16', 'I will be out the 14th through the 17th and plan to be in S.A. the last week in March.',
     'place:S.A.'),
    ('enron16', 'We have invited the team to dinner Thursday, 7:00 p.m.',
     ''),
    ('enron16', 'However, it should also work quite well on a 56 Kb modem connection.',
     ''),
    # #041: the trading platform run as a business (as EOL, README)
    ('enron16', 'Section 4 of the EnronOnline Legal and Privacy statement contains a similar provision stated in a somewhat different manner.',
     'org:EnronOnline'),
    # #042: Marlin (the water trust) and Marlin II are partnerships, orgs (as Whitewing)
    ('enron16', "Grubman's line of questioning implied that the Marlin assets were worth only about $100 million, meaning Enron would have to find about $900 million to pay off the Marlin II-related debt.",
     'person:Grubman | org:Marlin | org:Enron | org:Marlin II'),
    ('enron16', 'Jeffrey C Gossett 12/20/2000 04:00 PM',
     'person:Jeffrey C Gossett | date:12/20/2000'),
    # #044: nyse (the exchange) is an org, ENE a ticker
    ('enron16', 'Enron (nyse: ENE ) last week reported a third-quarter loss of $638 million after taking $1.01 billion in charges on ill-fated investments.',
     'org:Enron | org:nyse'),
    # #045: the conference is an event; the year inside it a date
    ('enron16', "at PMA's annual spring POWER MARKETS 2001 Conference:",
     'org:PMA | date:2001'),
    # #046: 'E.' is a cut remnant (of East Lansing), not labelled
    ('enron16', 'Smith Haughey Rice & Roegge, 1400 Abbott Road, Suite 410, E.',
     'org:Smith Haughey Rice & Roegge | place:Abbott Road'),
    ('enron16', 'Option 3 is the most prudent, and preferable, path.',
     ''),
    ('enron16', 'BP Amoco Chemical Company 200 East Randolph Drive Chicago, Illinois 60601',
     'org:BP Amoco Chemical Company | place:East Randolph Drive | place:Chicago | place:Illinois'),
    # #049: a named internal group, the article left out (h12)
    ('enron16', 'Please correct your calendars to reflect The SWAP Group meeting is scheduled for the 1st and 3rd Wed. of each month--not every other Wed., as I had previously stated.',
     'org:SWAP Group'),
    ('enron16', 'We include, at no cost, a bullet proof email address for 30 days, a $400 value!',
     ''),
    ('enron16', 'Dial 888/203-1112 for the replay and use the same access code above.',
     'phone:888/203-1112'),
    # #052: Algonquin (the pipeline company) as Transco (h12); 1/1 and 12/27 have no year
    ('enron16', 'I know you wanted an exact volume for 1/1 but I will not have that for all of the Algonquin markets until Monday, 12/27.',
     'org:Algonquin'),
    # #053: the year with an apostrophe (h10) makes the whole a date, one span
    ('enron16', "ENA to assume the nominal cost of the turbine as of Jan 1, '01, exclusive of carrying costs up to that date.",
     "org:ENA | date:Jan 1, '01"),
    # #054: '328 S.' is a cut address remnant
    ('enron16', 'We work with you and your clients under referral fee arrangements. 328 S.',
     ''),
    ('enron16', 'Thanks Ben 04:45 PM ---------------------------',
     'person:Ben'),
    ('enron16', "Lay wasn't so successful with investors, who have abandoned Enron shares, slashing their value 42 percent in a week.",
     'person:Lay | org:Enron'),
    ('enron16', 'We hope you enjoy this presentation of the events of 2001 set to music and pictures.',
     'date:2001'),
    ('enron16', 'Notably, the share count in the third quarter jumped by 20 million, meaning a fourth-quarter reduction might not change matters that much.',
     ''),
    # #059: PM and the ministers are titles
    ('enron16', 'The PM has proposed that he be represented at the office opening by his #2 - Hidenao Nakagawa - Minister of State and Chief Cabinet Secretary.',
     'person:Hidenao Nakagawa'),
    # #060: Feb 28 has no year
    ('enron16', 'Repeats: Energy Volume And Open Interest Totals-Feb 28',
     ''),
    # #061: NEW h16: a year with a season (summer 2002; README: undecided, 1999年春) is one span, as a year with its
    # quarter or half (h5, h10)
    ('enron16', 'The expansion of the current 1,478-megawatt facility will be in commercial operation by summer 2002.',
     'date:summer 2002'),
    # #062: NEW h16: 'DAd', a kinship word signing a forwarded note, is not a personal name: not labelled
    ('enron16', 'DAd 08:34 AM ---------------------------',
     ''),
    # #063: as h10 #035
    ('enron16', '[IMAGE] Attached is another revision to the EIA-411 reporting forms.',
     'org:EIA'),
    ('enron16', 'Bush is too Dumb to Be President" at the top of my list of stories you won\'t read in 2002.',
     'person:Bush | date:2002'),
    ('enron16', '553666 553667 553668 555174 555175 555177 555178 556365 556366 556367 556368 557665 557666 557667 557668 557734 558952 558957 558958 558959 558960',
     ''),
    ('enron16', 'Mary Darveaux 01/06/2000 08:21 AM',
     'person:Mary Darveaux | date:01/06/2000'),
    # #067: CEO is a title
    ('enron16', "But CEO Ken Lay said the company wouldn't be increasing its earnings guidance of $1.80 a share for 2001 and $2.15 for 2002.",
     'person:Ken Lay | date:2001 | date:2002'),
    # #068: as h14 #001: reporter and court abbreviations are not labelled
    ('enron16', "Stewart, 554 S.W.2d 939, 943 (Tex.Civ.App.--Corpus Christi 1977, writ ref'd n.r.e.)).",
     'person:Stewart | place:Corpus Christi | date:1977'),
    ('enron16', 'Plans for the week ending 09/28/01: ?',
     'date:09/28/01'),
    ('enron16', 'Mark Elliott 04/23/99 05:49 AM',
     'person:Mark Elliott | date:04/23/99'),
    # #071: surname and first name separated by '/' are one span (as a surname-first form, README); the code after it
    # is nothing
    ('enron16', 'KAMINSKI/WINCENTY S0C0011R1000',
     'person:KAMINSKI/WINCENTY'),
    ('enron16', "Mangum's kick put the Horns ahead to stay, 17-10, with 6:13 left.",
     'person:Mangum | org:Horns'),
    # #073: the seminar is an event, Chicago inside it labelled; a hotel hosting the event is a venue, a place, the
    # article left out
    ('enron16', 'Enron is hosting the Chicago Energy Risk Management Seminar at The Drake Hotel in Chicago on June 14, 2001.',
     'org:Enron | place:Chicago | place:Drake Hotel | place:Chicago#2 | date:June 14, 2001'),
    ('enron16', 'Travis recently forwarded to me the language you proposed adding to Section 4 of the ClickPaper Terms and Conditions for Use:',
     'person:Travis | org:ClickPaper'),
    # #075: 2nd October has no year
    ('enron16', 'In addition, I have 3 invitations (each admit 2 people) to the "Meet the Team Party" on Tuesday, 2nd October.',
     ''),
    ('enron16', 'Westmoreland Seeks to Develop 500mw Power Facility in North Dakota',
     'org:Westmoreland | place:North Dakota'),
    ('enron16', 'The 5 TD passes tied a school record set by James Brown against Baylor in 1994.',
     'person:James Brown | org:Baylor | date:1994'),
    ('enron16', 'Referrals paid. 27700 Northwestern Hwy., Suite 411, Southfield, MI 48034. (248) 352-5632.',
     'place:Northwestern Hwy. | place:Southfield | place:MI | phone:(248) 352-5632'),
    ('enron16', 'Samuel Schott 03/29/2001 10:13 AM',
     'person:Samuel Schott | date:03/29/2001'),
    # #080: no year in the dates
    ('enron16', 'Sponsor: Michigan Association of Municipal Attorneys Dates: Wednesday, October 25 and Thursday, October 26.',
     'org:Michigan Association of Municipal Attorneys'),
    ('enron16', 'Post Sept. 20 amendments to the price term of existing agreements are very likely safe so long as the pre-Sept 20 term and quantity of the contracts are not altered.',
     ''),
    ('enron16', 'Q74176.1 Q74562.1 Q74565.1 Q74569.1 Q75591.1 Q75597.1',
     ''),
    ('enron16', 'The planned reduction in shares may simply bring the total share count back close to a level in the fourth quarter and 2002 that analysts had originally expected.',
     'date:2002'),
    # #084: apostrophe years (h10)
    ('enron16', "Susan Priest Classes of '77 and '81",
     "person:Susan Priest | date:'77 | date:'81"),
    ('enron16', 'Should we should NGGJ as the commodity instead of NG? 4.',
     ''),
    ('enron16', 'If you have any questions, please call me at ext. 3-9053.',
     'phone:3-9053'),
    ('enron16', 'Stephanie Piwetz 02/05/2001 06:37 AM',
     'person:Stephanie Piwetz | date:02/05/2001'),
    # #088: September 11 has no year
    ('enron16', 'In addition to showing pictures taken throughout the year, this animation also contains our tribute to the victims of the September 11 attacks.',
     ''),
    ('enron16', 'Virginia Power Energy Marketing 100,000 Dthd PPL Energy Plus 30,000',
     'org:Virginia Power Energy Marketing | org:PPL Energy Plus'),
    ('enron16', 'Enron Keeps Analysts Happy as Investors Flee: Call of the Day Bloomberg- 10/23/01',
     'org:Enron | org:Bloomberg | date:10/23/01'),
    ('enron16', 'Enron bought back 62 million shares to unwind positions in some partnerships run by Fastow, said Chief Executive Officer Ken Lay on the conference call with investors today.',
     'org:Enron | person:Fastow | person:Ken Lay'),
    ('enron16', "That's a 13.4 average per carry, by the way.",
     ''),
    # #093: AAA (the arbitration association) is one of the forums, an org; 180.3 is a section number
    ('enron16', 'JPMFI, in accordance with 180.3, will offer 3 forums - which will include AAA.',
     'org:JPMFI | org:AAA'),
    ('enron16', 'We are looking for a 3 and 5 year capacity number ($/kw-mo.) one number for each time period.',
     ''),
    ('enron16', 'For a while, that future seemed guaranteed, as Enron transformed itself from a stodgy, troubled pipeline company in 1985 to a trading colossus in 2000.',
     'org:Enron | date:1985 | date:2000'),
    ('enron16', 'Jim Steffes & Marcia Linton - I am aware that Jim is on vacation the week of the 27th.',
     'person:Jim Steffes | person:Marcia Linton | person:Jim#2'),
    ('enron16', 'If Enron has to find $900 million, this can be done by issuing stock or raising cash on its balance sheet.',
     'org:Enron'),
    ('enron16', 'FUNDAMENTALS OF POWER MARKETING Preconference Seminar March 14, 2001',
     'date:March 14, 2001'),
    # #099: Fortune (the magazine) inside the ranking, as Rivals in Rivals 100 (h8); DUK is a ticker
    ('enron16', 'Duke Energy, headquartered in Charlotte, N.C., is a Fortune 100 company traded on the New York Stock Exchange under the symbol DUK.',
     'org:Duke Energy | place:Charlotte | place:N.C. | org:Fortune | org:New York Stock Exchange'),
    ('enron16', 'The site today offers Enron employees access to 34 electronic databases.',
     'org:Enron'),
    ('enron16', 'Task Priority: 2 Task Due On: 7/18/2001 Task Start Date: 7/18/2001',
     'date:7/18/2001 | date:7/18/2001#2'),
    # #102: the range shares no unit: each end its own date (h8 #046)
    ('enron16', 'Knowing a bit about Grant\'s expertise, I specifically wanted him to participate on the panel "How Will Power Prices Play Out in 2001-2005?".',
     'person:Grant | date:2001 | date:2005'),
    # #103: as h10 #039
    ('enron16', "The Longhorn defense forced another turnover when OSU RB Tatum Bell fumbled and UT safety Ahmad Brooks recovered at the Cowboys' 15.",
     'org:Longhorn | org:OSU | person:Tatum Bell | org:UT | person:Ahmad Brooks | org:Cowboys'),
    # #104: Enron's business unit, a named internal unit
    ('enron16', 'In the case of North American Gas, $46 million gain in new deals partly offset about $106 million in trading losses.',
     'org:North American Gas'),
    ('enron16', 'CORRECT: Calpine Gets Up To $8.3B In Pwr Pacts, Not $8.3M',
     'org:Calpine'),
    ('enron16', 'Jeff Dasovich Sent by: Jeff Dasovich 11/21/2000 04:27 PM',
     'person:Jeff Dasovich | person:Jeff Dasovich#2 | date:11/21/2000'),
    ('enron16', 'Credit Suisse First Boston managed a secondary sale of 12 million Enron shares in 1999, with Lehman Brothers acting as co-manager.',
     'org:Credit Suisse First Boston | org:Enron | date:1999 | org:Lehman Brothers'),
    # #108: El Paso here is the company
    ('enron16', 'El Paso Awards Natural Gas Contracts Of 1.22 Bcf/D',
     'org:El Paso'),
    # #109: the bank inside the agreement's name
    ('enron16', 'Do we want to use the Exhibit B-1 (Specification) from the original West LB Agreement for this deal?',
     'org:West LB'),
    ('enron16', "By 1995 Enron had become North America's largest natural-gas merchant, controlling 20 percent of the market.",
     'date:1995 | org:Enron | place:North America'),
    ('enron16', 'Enron shares fell 86 cents to $19.79 today.',
     'org:Enron'),
    # #112: the newsletter, a publication
    ('enron16', "Last week's issue concluded my 11th year of publishing True Orange and this is the first issue of my 12th year.",
     'org:True Orange'),
    # #113: LM6000 is a turbine model
    ('enron16', 'The LM6000 contract has GE keeping risk of loss and damage until delivery to the Delivery Point.',
     'org:GE'),
    ('enron16', 'Announces Signing of 10-Million Dollar Equity Line of Credit Agreement',
     ''),
    # #115: bare host names (h4)
    ('enron16', 'Switch IP DNS Entries for the Corp Domain for edinet.enron.com and ecnet.enron.com. 4.',
     'url:edinet.enron.com | url:ecnet.enron.com'),
    ('enron16', 'Second Quarter Two more Benson runs reached the 9, then Simms hit WR Roy Williams just short of the goal, then scored on a sneak on the next play.',
     'person:Benson | person:Simms | person:Roy Williams'),
    ('enron16', '2.0 David Gohlke- I think we have a small hole that needs and can be easily filled.',
     'person:David Gohlke'),
    ('enron16', 'Today, when carriers buy capacity from each other, they ink deals that sometimes span 20 years.',
     ''),
    # #119: the clothing company
    ('enron16', 'They are young, mostly under 35, and dressed in the aggressively casual uniform of the tech industry-the guys wear khakis, polo shirts, and Banana Republic button-downs.',
     'org:Banana Republic'),
    # #120: EB 3893 is a room in the Enron Building: not labelled
    ('enron16', 'Travis McCullough Enron North America Corp. 1400 Smith Street EB 3893 Houston Texas 77002 Phone: (713) 853-1575 Fax: (713) 646-3490',
     'person:Travis McCullough | org:Enron North America Corp. | place:Smith Street | place:Houston | place:Texas | phone:(713) 853-1575 | phone:(713) 646-3490'),
    ('enron16', 'Take this opportunity to meet some of the tens of thousands of your fellow power report readers in Las Vegas at CRISIS AND OPPORTUNITY: POWER MARKETS 2001.',
     'place:Las Vegas | date:2001'),
    # #122: Portland General System is a delivery point named after the company's system: only the company inside it,
    # as Teco in Teco Tap (h8)
    ('enron16', 'If the counterparty is something other than PGE and the delivery point is Portland General System, do we confirm? 3.',
     'org:PGE | org:Portland General'),
    # #123: the weekday left out; the '?' after it is broken encoding
    ('enron16', 'Please provide your comments by noon, Tuesday, September 19, 2000.?',
     'date:September 19, 2000'),
    ('enron16', 'Copyright ? 2000 Dow Jones & Company, Inc.',
     'date:2000 | org:Dow Jones & Company, Inc.'),
    ('enron16', 'for example: price is 3.10, 100 contracts, vol. 60%',
     ''),
    ('enron16', 'Breakfast at 10:00 sounds great!',
     ''),
    # #127: the Journal (the Wall Street Journal) resolved by context
    ('enron16', 'The buyback reduced shareholder equity by $1.2 billion, the Journal said.',
     'org:Journal'),
    ('enron16', 'Jeff Dasovich Sent by: Jeff Dasovich 04/25/2001 03:52 PM',
     'person:Jeff Dasovich | person:Jeff Dasovich#2 | date:04/25/2001'),
    ('enron16', 'Rhonda L Denton 04/25/2001 11:33 AM',
     'person:Rhonda L Denton | date:04/25/2001'),
    ('enron16', 'Bottom line: The existing commercial deals should not be put at risk by means of amendments as to term of the agreement which were executed after Sept. 20.',
     ''),
    ('enron16', 'My recommendation is that you plan on arriving at 7:00 or later.',
     ''),
    ('enron16', 'Grubman arrived at $100 million after factoring in what he saw as the effects of a third-quarter writedown to water assets, some of which are included in Marlin II.',
     'person:Grubman | org:Marlin II'),
    # #133: Leadership Givers is a donor category
    ('enron16', "Enron's plan calls for Leadership Givers to represent 60% of the total pledge goal, so we are short 21.69% or $276,768.",
     'org:Enron'),
    ('enron16', 'The prices used to determine refunds were fairly high ($273/mwh based on gas prices, emissions costs and an assumed heat rate of over 16000).',
     ''),
    # #135: MarketLink is a project; Leidy (the hub town) is a place; Zone 6 a designation
    ('enron16', 'Transco filed service agreements with the FERC for MarketLink (Leidy - Zone 6) yesterday.',
     'org:Transco | org:FERC | place:Leidy'),
    ('enron16', 'With respect to 161.3(l) (ii)(A).',
     ''),
    ('enron16', 'The deadline for returning this survey is April 20, 2001.',
     'date:April 20, 2001'),
    ('enron16', 'The upstream contract number is 38095.',
     ''),
    ('enron16', "It would take $3 billion in further writedowns or charges to push Enron's debt-to-capital ratio up to 65%.",
     'org:Enron'),
    ('enron16', 'Enron To Take $22M Noncash Gain To Shareholders Equity',
     'org:Enron'),
    # #141: February 8 has no year
    ('enron16', 'ISDA and the Bond Market Association are hosting a meeting on bankruptcy reform on February 8 at 2:00 at the Bond Market Association offices in New York.',
     'org:ISDA | org:Bond Market Association | org:Bond Market Association#2 | place:New York'),
    ('enron16', 'The stock edged up 2% Tuesday after falling nearly 40% since last week amid worries about complex off-balance sheet deals.',
     ''),
    ('enron16', 'We have over 120 million active email addresses, increasing our list at the rate of half a million to one million a month.',
     ''),
    # #144: the byline of a news source (h12 #018)
    ('enron16', 'Enron Fails to Smooth Things Over TheStreet.com- 10/23/01',
     'org:Enron | org:TheStreet.com | date:10/23/01'),
    ('enron16', 'Some action in CA seems more than 50-50 likely and the best bet seem to be extending the current proxy mitigation to all hours.',
     'place:CA'),
    ('enron16', "After reviewing new information i am comforatable amending the existing Master Agreement's credit line from $2.25MM to $3.00.",
     ''),
    # #147: the department fused with the next headline word: its name is labelled as written up to the join
    ('enron16', 'Calpine Signs Additional Power Sales Agreements with State of California Department of Water ResourcesIndependent Power Producer to Deliver Up to 1,500 Megawatts of Electricity',
     'org:Calpine | org:State of California Department of Water Resources'),
    ('enron16', 'Shirley Crenshaw 09/06/2000 12:56 PM',
     'person:Shirley Crenshaw | date:09/06/2000'),
    # #149: July 19 has no year
    ('enron16', 'Erica, Jeff is currently scheduled to be on vacation July 19.',
     'person:Erica | person:Jeff'),
    # -- Enron body lines with a digit and a contact cue: Random(17172).sample(…, 80), in sampled order
    ('enron16-lines', 'and on behalf of the Company (Section 6.1.2(j)). The Managing Member is also',
     ''),
    ('enron16-lines', '11am - meeting with Tatcho Mindiola, Red Ribbon Committee, Univ of Houston',
     'person:Tatcho Mindiola | org:Red Ribbon Committee | org:Univ of Houston'),
    ('enron16-lines', '(248) 357 6610. Fax (248) 357-6613.',
     'phone:(248) 357 6610 | phone:(248) 357-6613'),
    ('enron16-lines', 'weekend/holiday. I know you wanted an exact volume for 1/1 but I will not',
     ''),
    ('enron16-lines', 'NEW PUB code = FF-R2A-L7-PM (averages over last 7 days)',
     ''),
    ('enron16-lines', '619-699-2536. He cannot currently be reached by email.',
     'phone:619-699-2536'),
    # #006: the second partnership's name cut by the line, labelled as present
    ('enron16-lines', 'partnerships run by Fastow, LJM Cayman and LJM2 Co-Investment,',
     'person:Fastow | org:LJM Cayman | org:LJM2 Co-Investment'),
    # #007: the street number cut at the line end
    ('enron16-lines', 'malpractice expert. Asher N. Tilchin, Tilchin, Hall & Reynolds P.C., 31731',
     'person:Asher N. Tilchin | org:Tilchin, Hall & Reynolds P.C.'),
    ('enron16-lines', '06/13/2000 01:34 PM ---------------------------',
     'date:06/13/2000'),
    # #009: HTML debris, readable, kept; the quotes enclosing the URL left out; the date-like part of the URL is not a
    # date
    ('enron16-lines', '<img height="1" width="1" src="http://www.m-ul.com/e/e_open.cgi?j=20020114_27&mail_id=1104938866"></body>',
     'url:http://www.m-ul.com/e/e_open.cgi?j=20020114_27&mail_id=1104938866'),
    ('enron16-lines', '2. should only have to change deals from NG-Price to bankruptcy (deals are not in any other book)',
     ''),
    ('enron16-lines', '28). In the interim I could (hopefully) wrap up financial issues with',
     ''),
    # #012: a bare host name (h12); the IP address and orion (a host with no domain) are not labelled
    ('enron16-lines', 'Received: from ims02.house.gov(143.231.32.178) by orion via smap id',
     'url:ims02.house.gov'),
    ('enron16-lines', '5. Exhibit H will be attached prior to execution.',
     ''),
    ('enron16-lines', 'FAX: (404) 530-2829',
     'phone:(404) 530-2829'),
    ('enron16-lines', 'large (1000 MW) power plant. In fact, appears that E Power has been',
     'org:E Power'),
    # #016: western region is a compass region
    ('enron16-lines', '1 to 2 years of previous power industry experience in western region is preferred.',
     ''),
    ('enron16-lines', 'Contact(s): Chris Trota 713-345-1697',
     'person:Chris Trota | phone:713-345-1697'),
    ('enron16-lines', 'ideal candidate will have substantial (4 years or',
     ''),
    # #019: an e-Journal number (README)
    ('enron16-lines', 'e-Journal Number: 8385',
     ''),
    # #020: 012000 in the file name is a bare digit run (h4)
    ('enron16-lines', '- agt012000.xls',
     ''),
    ('enron16-lines', 'plaintiff-mother was vacated and remanded to (1) conduct an evidentiary',
     ''),
    ('enron16-lines', 'The Managing Member has the express authority under Section 6.1.2, subject to',
     ''),
    ('enron16-lines', 'Cell: 605/351-4040',
     'phone:605/351-4040'),
    # #024: Texas is the team (h8 #023)
    ('enron16-lines', 'Texas got the strong 18 mile-an-hour wind. QB Aso Pogi led the Cowboys on a',
     'org:Texas | person:Aso Pogi | org:Cowboys'),
    ('enron16-lines', 'Sept. 1, 2000. This would mitigate the exposure to price spikes, for a',
     'date:Sept. 1, 2000'),
    ('enron16-lines', 'Joe Sanchez 713-286-5051',
     'person:Joe Sanchez | phone:713-286-5051'),
    ('enron16-lines', '713-853-7751',
     'phone:713-853-7751'),
    # #028: the dateline is a place; City of Chicago as a body is an org (README, Where the sets disagree 6)
    ('enron16-lines', 'CHICAGO -(Dow Jones)-The City of Chicago and 47 suburban communities have',
     'place:CHICAGO | org:Dow Jones | org:City of Chicago'),
    ('enron16-lines', 'Phone: (713) 853 3848',
     'phone:(713) 853 3848'),
    ('enron16-lines', '(instead of a gain of $27 million) were it not for prudency. In the case of',
     ''),
    # #031: the article left out (h12)
    ('enron16-lines', 'Copyright (c) 2001 The Toronto Star',
     'date:2001 | org:Toronto Star'),
    # #032: NEW h16: a regulator's proceeding (docket) number (the CPUC's applications A.00-11-038 …) cites an
    # official document by its number, a docno (as Order No. 888, h10; SBX 78, h14); each number its own span, the '?'
    # of broken encoding left out; PST is a time zone
    ('enron16-lines', 'decision in A.00-11-038/A.00-11-056/A.00-10-028? by 11:00 AM (PST) today. The',
     'docno:A.00-11-038 | docno:A.00-11-056 | docno:A.00-10-028'),
    ('enron16-lines', '04:08 PM ---------------------------',
     ''),
    # #034: the extension without its x (h4)
    ('enron16-lines', 'Kim x31647',
     'person:Kim | phone:31647'),
    ('enron16-lines', 'company on its $1.45 billion acquisition of three natural gas-',
     ''),
    # #036: INTL and (COLLECT) are labels
    ('enron16-lines', 'CALL SOS: IN U.S 800 523-6586/INTL 215 245-4707 (COLLECT)',
     'place:U.S | phone:800 523-6586 | phone:215 245-4707'),
    ('enron16-lines', 'parental rights were properly terminated under oo 19b(3)(c)(i), (g), and (j).',
     ''),
    # #038: ZIP not labelled
    ('enron16-lines', 'New York, NY 10281-1312',
     'place:New York | place:NY'),
    # #039: a direction joined to a place name (as 粤东地区); 'Out state' is descriptive, only Michigan
    ('enron16-lines', '1-800-697-4733. E-mail Eastern Michigan; e-mail Out state Michigan or visit',
     'phone:1-800-697-4733 | place:Eastern Michigan | place:Michigan#2'),
    ('enron16-lines', '- ld2d-#75672-1.DOC',
     ''),
    ('enron16-lines', 'TELEPHONE: 706 283-2300',
     'phone:706 283-2300'),
    # #042: HTML debris, readable, kept
    ('enron16-lines', '<td><img src="http://www.m-ul.com/email/images/accessories/travelagent-header.jpg" width="525" height="80"></td>',
     'url:http://www.m-ul.com/email/images/accessories/travelagent-header.jpg'),
    ('enron16-lines', 'communication to others and please notify the sender at (713) 207-5241. If',
     'phone:(713) 207-5241'),
    # #044: 911 is a short service number
    ('enron16-lines', 'medical event is pending. Therefore, you should call 911 immediately, even if',
     ''),
    ('enron16-lines', 'rate (Sec. 2) and credit rate (Sec. 6). Thanks.',
     ''),
    ('enron16-lines', '7:20 (all): export of preliminary information',
     ''),
    # #047: a wrapped URL tail with no host (h4); the date-like part of a URL is not a date
    ('enron16-lines', '001/02/28/pr/0000-2564-co-wlb-develop-500mw',
     ''),
    # #048: 48837 is a ZIP
    ('enron16-lines', '48837. (517) 627-6968. E-mail',
     'phone:(517) 627-6968'),
    # #049: the extension without its ext. (h12 #108)
    ('enron16-lines', 'or fax, 800-758-5804, ext. 257451',
     'phone:800-758-5804 | phone:257451'),
    # #050: an HTML table tag, readable, kept
    ('enron16-lines', '<table width="540" border="1" cellspacing="0" cellpadding="3" bordercolor="#999999">',
     ''),
    ('enron16-lines', '894029 5000 M2 Access (new)',
     ''),
    ('enron16-lines', '- att1.htm',
     ''),
    ('enron16-lines', 'night 7-11',
     ''),
    ('enron16-lines', 'defenders in the box to slow Benson, and Simms responded by com-pleting 16 of',
     'person:Benson | person:Simms'),
    ('enron16-lines', '7:20-3:00: support on explanations of violations/notification memos',
     ''),
    # #056: Chinese-made is an adjective
    ('enron16-lines', 'EU Imposes 74.4% Anti-Dumping Tax on Chinese-made Energy-Saving Lamps',
     'org:EU'),
    ('enron16-lines', '4:00 (London): officialization and sending of feeds to IT',
     'place:London'),
    # #058: the article left out (h12)
    ('enron16-lines', '(Copyright 2001 by The Orlando Sentinel)',
     'date:2001 | org:Orlando Sentinel'),
    ('enron16-lines', '- 47K202!.DOC',
     ''),
    ('enron16-lines', '* A minimum of 7 years sales experience with 4 years of management background',
     ''),
    ('enron16-lines', 'TELEPHONE: 212-693-2001',
     'phone:212-693-2001'),
    # #062: the final period left out
    ('enron16-lines', 'Stephen Becker at 202/756-8608 or sbecker@mwe.com.',
     'person:Stephen Becker | phone:202/756-8608 | email:sbecker@mwe.com'),
    # #063: the on-call support unit for the Sitara system, a named support unit (as PEP Help Desk, where PEP alone is
    # a process); [Pager] is a label
    ('enron16-lines', 'Sitara On-Call (713) 288-0101 [Pager]',
     'org:Sitara On-Call | phone:(713) 288-0101'),
    ('enron16-lines', 'The Longhorns are 28-0 under Brown when they outrush their opponents and 4-12',
     'org:Longhorns | person:Brown'),
    ('enron16-lines', 'psychological coercion. Defendant was 21-years old, had completed three years',
     ''),
    ('enron16-lines', 'career-best 48-yard FG for a 10-0 lead with 8:14 left. The Horns went',
     'org:Horns'),
    # #067: the suite number not labelled
    ('enron16-lines', '3500, 400 - 3rd Avenue S.W.',
     'place:3rd Avenue S.W.'),
    # #068: the Commission is a common-noun reference
    ('enron16-lines', 'or extension issue is addressed by the Commission. Post Sept. 20 amendments',
     ''),
    ('enron16-lines', 'Fax/503-464-7996',
     'phone:503-464-7996'),
    # #070: a header date cut by the line: only the year is present
    ('enron16-lines', '00:59:27 2001 -0500',
     'date:2001'),
    ('enron16-lines', 'independent and unbiased opinions. Ortonville, MI. Phone (248) 627-6859.',
     'place:Ortonville | place:MI | phone:(248) 627-6859'),
    ('enron16-lines', '893145 5000 M3 Access (same as last month)',
     ''),
    ('enron16-lines', '617 949-1116 fax',
     'phone:617 949-1116'),
    ('enron16-lines', 'Fax : (713) 646 2503',
     'phone:(713) 646 2503'),
    # #075: inside a file name (h4)
    ('enron16-lines', '<<Comparison Table 5.10.01.xls>>',
     'date:5.10.01'),
    # #076: a named support unit
    ('enron16-lines', 'EDI Support (713) 327-3893 [Pager]',
     'org:EDI Support | phone:(713) 327-3893'),
    # #077: the ZIP is not labelled
    ('enron16-lines', '48230-1240 and call (313) 884-6600, fax: (313) 884-1169.',
     'phone:(313) 884-6600 | phone:(313) 884-1169'),
    ('enron16-lines', 'games in a row and I watched them in their opener (a 24-22 loss to still',
     ''),
    ('enron16-lines', 'Little Rock, AR 72221-5438',
     'place:Little Rock | place:AR'),
    # -- enron16-contact: the pool is empty (every such sentence is in an earlier set or in draw 1), nothing drawn
    # -- national reports and laws with a year, 〔 or 号: Random(17174).sample(…, 25), in sampled order
    ('zh16-gov-work-reports', '１９８６年同１９７８年相比，国民生产总值由３４８０亿元增加到９３８０亿元，按可比价格计算增长１０２％；',
     'date:１９８６年 | date:１９７８年'),
    ('zh16-gov-work-reports', '这五年，在经济较快增长、物价水平较低的情况下，人民群众得到了更多实惠。',
     ''),
    ('zh16-gov-work-reports', '会议充分肯定国务院过去一年的工作，同意报告提出的2009年工作总体部署和主要任务，决定批准这个报告。',
     'org:国务院 | date:2009年'),
    ('zh16-gov-work-reports', '国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元，按可比价格计算，平均每年增长7.7%。',
     'date:1997年 | date:2002年'),
    # #004: the ordinal before the name is left out (README)
    ('zh16-law-public_security_administration_punishments_law_2012', '2005年8月28日 第十届全国人民代表大会常务委员会第十七次会议通过',
     'date:2005年8月28日 | org:全国人民代表大会常务委员会'),
    ('zh16-law-criminal_law', '第一百二十条之一 资助恐怖活动组织、实施恐怖活动的个人的，或者资助恐怖活动培训的，处五年以下有期徒刑、拘役、管制或者剥夺政治权利，并处罚金；',
     ''),
    ('zh16-law-criminal_law', '第一百八十一条 编造并且传播影响证券、期货交易的虚假信息，扰乱证券、期货交易市场，造成严重后果的，处五年以下有期徒刑或者拘役，并处或者单处一万元以上十万元以下罚金。',
     ''),
    ('zh16-gov-work-reports', '五年内除建设十三个大型水库外，修浚河道的土石方工程就有十三亿立方公尺，并将开始进行黄河的治本工程。',
     'place:黄河'),
    ('zh16-gov-work-reports', '一九五四年預算中國家用於文敎、衞生和社會福利事業的支出等於一九五〇年的四點九倍。',
     'date:一九五四年 | date:一九五〇年'),
    ('zh16-gov-work-reports', '总之，全国农业发展纲要四年来实际执行的结果是：纲要的某些内容已经被实际生活所超过，有些要求已经基本实现，大部实现，或者在部分地区实现了，这是伟大的胜利。',
     ''),
    ('zh16-law-criminal_law', '数额巨大的，处三年以上七年以下有期徒刑，并处违法所得一倍以上五倍以下罚金。',
     ''),
    ('zh16-gov-work-reports', '过去的五年，经济发展保持良好势头，国家经济实力显著增强。',
     ''),
    ('zh16-gov-work-reports', '五年内，农业及其副业的总产值增长百分之二十三点三，即平均每年递增百分之四点三。',
     ''),
    ('zh16-law-criminal_law', '第四百一十一条 海关工作人员徇私舞弊，放纵走私，情节严重的，处五年以下有期徒刑或者拘役；',
     ''),
    # #014: the expo is an event, 上海 inside it labelled; 我国 is a self-reference
    ('zh16-gov-work-reports', '做好我国申办２０１０年上海世界博览会的工作。',
     'date:２０１０年 | place:上海'),
    ('zh16-gov-work-reports', '会议认为，过去的五年，我国改革开放和现代化建设取得了举世瞩目的重大成就。',
     ''),
    ('zh16-law-criminal_law', '有期徒刑的缓刑考验期限为原判刑期以上五年以下，但是不能少于一年。',
     ''),
    ('zh16-law-criminal_law', '纠集他人多次实施前款行为，严重破坏社会秩序的，处五年以上十年以下有期徒刑，可以并处罚金。',
     ''),
    # #018: the congress is an event
    ('zh16-gov-work-reports', '今年将召开中国共产党第二十次全国代表大会，是党和国家事业发展进程中十分重要的一年。',
     'org:中国共产党'),
    ('zh16-law-criminal_law', '私放重要俘虏、私放俘虏多人或者有其他严重情节的，处五年以上有期徒刑。',
     ''),
    ('zh16-law-criminal_law', '第二百九十八条 扰乱、冲击或者以其他方法破坏依法举行的集会、游行、示威，造成公共秩序混乱的，处五年以下有期徒刑、拘役、管制或者剥夺政治权利。',
     ''),
    # #021: the plan period is not a date
    ('zh16-gov-work-reports', '一九五八年是我国第二个五年计划的第一年。',
     'date:一九五八年'),
    ('zh16-law-criminal_law', '第三百零二条 盗窃、侮辱、故意毁坏尸体、尸骨、骨灰的，处三年以下有期徒刑、拘役或者管制。',
     ''),
    ('zh16-gov-work-reports', '过去的一年，国防和军队现代化建设取得重要进展。',
     ''),
    ('zh16-gov-work-reports', '过去的一年，两岸关系经受了严峻考验，取得了积极进展。',
     ''),
    # -- 2025 provincial reports with a year, 〔, 号 or 7+ digits: Random(17175).sample(…, 25), in sampled order
    # #000: 天府 inside the programme's name each time (README)
    ('zh16-prov-sichuan', '16.“天府森林四库”：2024年9月19日，省政府和国家林草局联合印发《建设“天府森林四库”实施方案》，提出建设森林水库、钱库、粮库、碳库。',
     'date:2024年9月19日 | org:省政府 | org:国家林草局 | place:天府 | place:天府#2'),
    ('zh16-prov-inner_mongolia', '回顾过去这一年，尽管面临的困难比年初预料的多、挑战比预想的大，特别是在下半年市场预期不振、大宗商品价格下跌、房地产下滑等压力加大情况下，全年发展仍然实现了稳中有进、向上向好。',
     ''),
    ('zh16-prov-shanghai', '制定实施绿色低碳转型行动方案，启动实施美丽上海建设三年行动计划，污染防治攻坚战成效考核位居全国前列。',
     'place:上海'),
    ('zh16-prov-jiangxi', '全面实施新时代和谐劳动关系创建示范五年行动，加强灵活就业人员、超龄劳动者、新就业形态劳动者权益保障，开展人力资源市场清理整顿、治理欠薪等专项执法行动，决不允许拖欠劳动者辛苦钱。',
     ''),
    # #004: the quantum computer “祖冲之三号” is a product, the historical person it is named after is labelled inside it
    # (as 郑和 in “郑和学院”, h13); “天都” is a satellite pair's name, not labelled
    ('zh16-prov-anhui', '量子信息、聚变能源、深空探测三大科创引领高地建设成效显著，“祖冲之三号”实现超导量子计算最强优越性，聚变能源商业化进程走在世界前列，“天都”双星实现绕月编队飞行。',
     'person:祖冲之'),
    ('zh16-prov-shanghai', '过去一年，我们主要做了以下工作。',
     ''),
    # #006: 长江 in the campaign; 干流 taken with the river, 段 left out (h7)
    ('zh16-prov-jiangsu', '扎实开展长江大保护，长江干流江苏段水质连续7年保持Ⅱ类，主要入江支流断面水质优Ⅲ比例达100%，自然岸线率提升至64.5%。',
     'place:长江 | place:长江干流 | place:江苏'),
    # #007: a contiguous hierarchy, one span; the plants and terminals are facilities
    ('zh16-prov-guangdong', '汕尾陆丰核电1、2号机组获国家核准，潮州、惠州LNG接收站建成投产。',
     'place:汕尾陆丰 | place:潮州 | place:惠州'),
    # #008: 沪苏湖 is a string of abbreviations in a railway's name
    ('zh16-prov-shanghai', '制定实施第三轮三年行动计划，产业协同、公共服务便利共享等18个重点合作事项加快实施，新能源汽车充换电设施一张网等10个实事项目有序推进，沪苏湖高铁建成运营。',
     ''),
    ('zh16-prov-jiangsu', '加快建设具有国际竞争力的先进制造业基地，制造业高质量发展指数连续4年全国第一，两化融合发展水平连续10年全国第一，高新技术产业产值占规上工业比重首次超过50%，工业战略性新兴产业产值占规上工业比重达41.8%。',
     ''),
    # #010: railways, projects and the reactor brand are not labelled, the places in them are; 中沙 is a pair of
    # abbreviations
    ('zh16-prov-fujian', '漳汕高铁、龙龙铁路武平至梅州段全线开工，中沙古雷乙烯项目主体工程全面动工，总投资711亿元的古雷炼化一体化工程二期项目开工建设，全球最大单套年产100万吨丙烷脱氢项目建成投产，全球最大“华龙一号”核电基地并网发电。',
     'place:武平 | place:梅州 | place:古雷 | place:古雷#2'),
    # #011: the ordinal splits the name (README)
    ('zh16-prov-sichuan', '2025年1月20日在四川省第十四届人民代表大会第四次会议上',
     'date:2025年1月20日 | place:四川省 | org:人民代表大会'),
    ('zh16-prov-anhui', '一年来，我们加强政府自身改革创新，行政效能和服务水平进一步提升。',
     ''),
    # #013: 66年 is a duration
    ('zh16-prov-qinghai', '时隔66年青海再次获批2所本科高校，青海理工学院、青海职业技术大学实现首次招生。',
     'place:青海 | org:青海理工学院 | org:青海职业技术大学'),
    # #014: the expo and the meetings are events; “365展贸网” a platform
    ('zh16-prov-shanghai', '第七届中国国际进口博览会圆满成功举办，按一年计意向成交金额800.1亿美元、增长2%，上线“365展贸网”，举办92场上海会议活动，积极促进展品变商品、展商变投资商。',
     'place:中国 | place:上海'),
    # #015: the city before the title 市长 is a place
    ('zh16-prov-tianjin', '2025年1月14日在天津市第十八届人民代表大会第三次会议上天津市市长张工同志作政府工作报告。',
     'date:2025年1月14日 | place:天津市 | org:人民代表大会 | place:天津市#2 | person:张工'),
    ('zh16-prov-guangdong', '地方一般公共预算收入1.35万亿元，连续34年居全国首位。',
     ''),
    ('zh16-prov-shaanxi', '深化安全生产治本攻坚三年行动，加快双重预防机制建设，持续强化重点领域安全监管，推动重大事故隐患动态清零，有效管控较大事故增量，坚决防范遏制重特大事故发生。',
     ''),
    ('zh16-prov-yunnan', '实施中药材产业高质量发展三年行动，努力培育一流现代产业。',
     ''),
    ('zh16-prov-hainan', '加快商业航天发射场3、4号工位建设，推动卫星超级工厂竣工投产，引入2-3个航天领域数据和应用项目。',
     ''),
    # #020: 我省 is a self-reference
    ('zh16-prov-guangdong', '去年我省自然灾害发生早、强度大、时间长，经受了25轮强降水和10个台风影响，汛期平均降水量为近50年同期最多，主要江河发生13次编号洪水、为1998年以来最多。',
     'date:1998年'),
    # #021: separated by dashes: three places
    ('zh16-prov-guangdong', '预计全省研发经费支出约5100亿元、研发投入强度3.6%左右，高新技术企业约7.7万家，区域创新能力连续8年全国第一，“深圳—香港—广州”科技集群创新指数连续5年居全球第二。',
     'place:深圳 | place:香港 | place:广州'),
    ('zh16-prov-sichuan', '实施生产性服务业创新提升三年行动，深化省级先进制造业和现代服务业融合试点，发展工业设计和服务型制造，提质培优一批现代服务业集聚区，培育一批服务业领跑企业。',
     ''),
    # #023: 新中国 (README)
    ('zh16-prov-guizhou', '2024年是新中国成立75周年，是实现“十四五”规划目标任务的关键一年。',
     'date:2024年 | place:中国'),
    # #024: 海南自贸港: only 海南
    ('zh16-prov-hainan', '刚刚过去的2024年，是新中国成立75周年，是实现“十四五”规划目标任务的关键一年，也是海南自贸港封关运作的攻坚之年。',
     'date:2024年 | place:中国 | place:海南'),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout16", ITEMS, DRAWS, sample, ("enron16", "enron16-lines", "enron16-contact",
                                                     "zh16-gov-work-reports", "zh16-law-", "zh16-prov-"))


if __name__ == "__main__":
    main()

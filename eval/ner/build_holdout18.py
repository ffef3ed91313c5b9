r"""Build eval/ner/holdout18.jsonl: an eighteenth held-out NER set, rich in patterns, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (with the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout16.py (the NEW h7 … NEW h16 decisions included). The labeller did
not read anything of the extractor (dossier/), the tests or docs/, did not run it, bench/ner_eval.py,
the project's date/phone finders or any segmenter, NER or POS tool on these sentences, and did not
look at what any tool predicts for them. The set has never been scored. Like holdout4, holdout8,
holdout10, holdout12, holdout14 and holdout16 it is meant to be rich in patterns (dates, phones,
e-mail addresses, URLs, document numbers); every entity type the rules define is labelled, names
included.

    python eval/ner/build_holdout18.py            # write holdout18.jsonl from ITEMS, print counts
    python eval/ner/build_holdout18.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout18.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (Enron body cleaning and body lines, Chinese sentence split, law markdown cleaning,
docx reading) and the pools are copied from build_holdout16.py, not imported; only the seeds, the
sizes and the seen files differ. Every pool leaves out texts that overlap a text of build.py or
build_holdout.py … build_holdout16.py (the text is in one of those files' source, or contains or is
contained in one of their ITEMS texts), and keeps only the first occurrence of a text that recurs.
build_holdout17.py (written by another helper at the same time) was in the checkout but not
committed when this set was drawn, so it is not among the seen files.

1. enron18: the 300 EML files of email/enron-sample/eml in file-name order, read as in
   build_holdout16.py (body cleaning, paragraphs split at [.!?] + whitespace + capital, 30-200
   characters), kept if the sentence contains a digit, an '@', 'http' or 'www'; all that the pool
   holds (134), in the order of random.Random(19191).sample(…, 134).
2. enron18-lines: the same files, the body lines that survive the same cleaning, each stripped with
   its whitespace collapsed, kept if 10-120 characters, containing a digit and one of LINE_CUES
   (signature and contact lines), and not overlapping a text of draw 1 (pool 127);
   random.Random(19192).sample(…, 100).
3. zh18-gov-work-reports, zh18-law-*: Chinese sentences, split after 。！？； , 15-120 characters,
   from every line of the national reports JSONL (all years) and every law in
   zh-docs/prc-laws-lawrefbook (as build_holdout16.py), kept if PATTERN_ZH matches; pooled reports
   first, then laws (pool 2769); random.Random(19194).sample(…, 25).
4. zh18-prov-*: the 2025 government work reports of all 31 provinces (docx, file-name order), split
   and kept by length the same way, kept if PATTERN_ZH matches or the sentence holds a run of 7 or
   more digits (pool 293); random.Random(19195).sample(…, 25).

A sampled text that is garbled (table debris, broken encoding) would be dropped, with a comment where
it would have been, and replaced by the next candidate of the same random order. None was dropped:
HTML tags and '?' padding from broken encoding were readable and kept, as said on their items. All
the draws were labelled in full; none was cut short.

As in holdout8 … holdout16, the Chinese pools match 年 after any Chinese numeral, so many of their
sentences hold only durations (三年以下有期徒刑, 三年行动): those are labelled as drawn, with no date.
The decisions this set adds are marked NEW h18 on their items (5 of them).

Result: 284 sentences, 356 entities: 60 date, 35 phone, 8 url, 5 docno, 4 email (112 pattern
entities), 119 org, 74 place, 51 person. No id_number was drawn. **The goal of 150 pattern entities
was not reached** (112): draw 1 takes all its pool holds and draw 2 most of its pool, the earlier
sets having used most of the Enron sample; no draw was added. Pattern entities by draw: enron18 40,
enron18-lines 48, zh18 national reports and laws 18, zh18-prov 6.
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


# -- reading code, copied from build_holdout16.py (itself from build_holdout14.py, build_holdout12.py, build_holdout10.py,
# build_holdout4.py and build_holdout6.py) so that all sets are read alike ----------------------------------------------------------

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
    """The source text of build.py and build_holdout{,2,…,16}.py, and the texts of their ITEMS."""
    import importlib
    files = ["build.py", "build_holdout.py"] + [f"build_holdout{i}.py" for i in range(2, 17)]
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


def enron18_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for para in enron_body_paragraphs(path):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                s = s.strip()
                if (30 <= len(s) <= 200 and (re.search(r"\d", s) or "@" in s or "http" in s or "www" in s)
                        and not seen(s, source, texts)):
                    out.append(("enron18", s))
    return first_occurrences(out)


def enron18_line_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    pool = enron18_candidates()
    texts = texts + [s for _, s in pool]
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for line in enron_body_lines(path):
            if (10 <= len(line) <= 120 and re.search(r"\d", line) and any(c in line for c in LINE_CUES)
                    and not seen(line, source, texts)):
                out.append(("enron18-lines", line))
    return first_occurrences(out)


def zh18_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    path = CORPUS / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        for para in json.loads(line)["content"].splitlines():
            out += [("zh18-gov-work-reports", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and PATTERN_ZH.search(s) and not seen(s, source, texts)]
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"zh18-law-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and PATTERN_ZH.search(s) and not seen(s, source, texts)]
    return first_occurrences(out)


def zh18_provincial_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "zh-docs/provincial-work-reports-2025-docx").glob("gov_work_report_2025_*.docx")):
        prov = path.stem.removeprefix("gov_work_report_2025_")
        for para in docx_paragraphs(path):
            out += [(f"zh18-prov-{prov}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and (PATTERN_ZH.search(s) or LONG_DIGITS.search(s))
                    and not seen(s, source, texts)]
    return first_occurrences(out)

ALL = 10**6  # draw 1 takes all its pool holds (sample() asks for min(n, len(pool)))
DRAWS = [(enron18_candidates, 19191, ALL), (enron18_line_candidates, 19192, 100),
         (zh18_candidates, 19194, 25), (zh18_provincial_candidates, 19195, 25)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout16.py (the NEW h7 … NEW
    # h16 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans). Comments on an item record how an ambiguous case was decided; those marked NEW h18 are decisions
    # no earlier set had to make. #NNN = position in the seeded order. No sampled text was garbled enough to drop.
    # -- Enron mail, sentences with a digit, '@', 'http' or 'www': all the pool holds (134), in the order of Random(19191)
    # #000: times and the separator line left out
    ('enron18', '09:39 AM ---------------------------',
     ''),
    # #001: May 25 has no year
    ('enron18', 'They are the proud parents of a baby girl, Katherine Montgomery, born on May 25.',
     'person:Katherine Montgomery'),
    ('enron18', 'Christina Barthel 11/30/2000 09:43 AM',
     'person:Christina Barthel | date:11/30/2000'),
    ('enron18', 'His $500 pledge to Jeff is dedicated as follows:',
     'person:Jeff'),
    # #004: the firm's name cut by the sentence split (J.P. before it) is labelled for the part present (README); 'this
    # year' is relative
    ('enron18', 'Morgan Chase & Co., this year arranged a $1.75 billion loan.',
     'org:Morgan Chase & Co.'),
    # #005: 50M03 is a room
    ('enron18', 'We are scheduled to meet at 3:00 p.m. in 50M03.',
     ''),
    ('enron18', 'Calpine Gets Up To $8.3B In Power Sales Pacts',
     'org:Calpine'),
    # #007: President is a title; the second name is cut by the split, labelled as written with its initial
    ('enron18', 'For more information, contact Phil Balkema, President (616) 456-3181 or Peter A.',
     'person:Phil Balkema | phone:(616) 456-3181 | person:Peter A.'),
    ('enron18', 'His passes for 21 yards to Kyle Shanahan and 11 and 12 yards to Sloan Thomas were the big plays.',
     'person:Kyle Shanahan | person:Sloan Thomas'),
    # #009: the 's left out of the org
    ('enron18', "New Jersey Natural Gas Company's Top 5 Energy Conservation Tips; Keep Comfortable And Save Year Round",
     'org:New Jersey Natural Gas Company'),
    # #010: GTV2 is a system; '?' padding from broken encoding, readable, kept
    ('enron18', 'GTV2 Phase 1 items o Released to production. ?',
     ''),
    ('enron18', 'Check-in is at 8:00 a.m. both days.',
     ''),
    # #012: the street is a place (as Smith Street); street number and postal code not labelled
    ('enron18', "Please check the address details of OM Gruppen AB (I believe the details may have changed to 'Norrlandsgatan 31 105 78 Stockholm'.).",
     'org:OM Gruppen AB | place:Norrlandsgatan | place:Stockholm'),
    # #013: CPN is a ticker
    ('enron18', 'Calpine Gets Up To $8.3B In Power Sales Pacts >CPN',
     'org:Calpine'),
    ('enron18', 'The stock could easily reach $4.00 in less than a month on the strength of their upcoming contract announcements and Strong Analyst Buy Recomendations.',
     ''),
    ('enron18', 'Our seats are located in Section 108, Row R, Seats 1-4.',
     ''),
    # #016: NEW h18: the Berlin Wall, a named man-made structure that is now a historic site (as 麦积山石窟, README), is a
    # place, not a monument like 普洱民族团结誓词碑; the Cold War is an event
    ('enron18', 'It was February 1990, three months after the Berlin Wall cracked and the Cold War began to melt.',
     'date:February 1990 | place:Berlin Wall'),
    ('enron18', 'I never heard back whether you were OK with the "for 3 listed utilities" being dropped off the "as agent" thing...',
     ''),
    # #018: Forbes.com as the byline of the news source is the publication (h12 #018), both times; the time and ET left
    # out
    ('enron18', 'Stocks More Static For Enron Forbes.com staff, Forbes.com 10.23.01, 11:15 AM ET',
     'org:Enron | org:Forbes.com | org:Forbes.com#2 | date:10.23.01'),
    # #019: Jan. 1 has no year
    ('enron18', 'I need to know two things: (1) Have the carrying costs been expensed through Jan. 1 and (2) Is there commercial value to the turbine?',
     ''),
    # #020: the qO numbers are request ids, not labelled
    ('enron18', 'The qO3223.1 Pending Rudwell Johnson PSNC Production Corporation Inc. qO1462.1 Pending Darren Vanek PanCanadian Energy Inc. qO1735.1 Rebook to PanCanadian Energy Services, Inc.',
     'person:Rudwell Johnson | org:PSNC Production Corporation Inc. | person:Darren Vanek | org:PanCanadian Energy Inc. | org:PanCanadian Energy Services, Inc.'),
    # #021: the Employer ID number (76-0486649) belongs to a company, not a personal identity document: not an id_number
    # (README: 'nor are other numbers'); the form name EIN as h10 #046
    ('enron18', 'Lauren, The answer was pretty straight forward, a disregarded entity uses the Employer ID# of is single-member owner, in this case ACFI (Federal ID #: 76-0486649).',
     'person:Lauren | org:ACFI'),
    ('enron18', 'Imelda Frayre 11/21/2000 06:57 AM',
     'person:Imelda Frayre | date:11/21/2000'),
    ('enron18', 'Make this the year she will never forget with 12 ways to surprise her this holiday season.',
     ''),
    # #024: 'the evergreen IT fund' is written as a description, in lower case, not a name
    ('enron18', 'The evergreen IT fund currently manages $100 million, $65 million of which has been committed.',
     ''),
    ('enron18', 'Vince 10:04 AM ---------------------------',
     'person:Vince'),
    # #026: February 27th has no year
    ('enron18', 'Unfortunately during this upgrade some of you were unable to get to our website the morning of February 27th.',
     ''),
    # #027: November 10 has no year; the Alliance agreement is an agreement
    ('enron18', 'Per the Alliance agreement, the mediation meeting should take place anytime between now and November 10.',
     ''),
    ('enron18', 'The Managing Member is also required to establish and maintain certain accounts for the Company (Section 10.4).',
     ''),
    # #029: Vernon, a bare city name as the counterparty, stays a place and Palo Verde (the trading hub) is a place, as
    # h14 #111
    ('enron18', 'Then, because Vernon wanted to get out of their Palo Verde position, we agreed to buy back the 30 Mw for $120 and this was documented as a phsical transaction.',
     'place:Vernon | place:Palo Verde'),
    # #030: the bare year after Copyright is a date (README); '2001' first occurs inside 10/23/2001
    ('enron18', '10/23/2001 Associated Press Newswires Copyright 2001.',
     'date:10/23/2001 | org:Associated Press Newswires | date:2001#2'),
    ('enron18', 'So I would like to pledge $500 towards the ride in honor of my daughter, Hayden.',
     'person:Hayden'),
    # #032: the range has no year
    ('enron18', 'I think I should attend these and was considering a trip to arrive before the start and after the termination of the seminars (approx March 15 - March 28).',
     ''),
    # #033: December the 7th has no year
    ('enron18', 'Please, let me know how I can contact you on Thursday, December the 7th, to confirm.',
     ''),
    ('enron18', 'Review Group: ENRON Feedback Due Date: Nov 17, 2000',
     'org:ENRON | date:Nov 17, 2000'),
    ('enron18', 'In 1991 that company closed a deal that earned $11 million in profit.',
     'date:1991'),
    # #036: R-1 (Low) is a rating
    ('enron18', 'Dominion Bond Rating Service Limited - Dbrs Confirms Hydro One Inc. at "A" & R-1 (Low)',
     'org:Dominion Bond Rating Service Limited | org:Dbrs | org:Hydro One Inc.'),
    ('enron18', 'Mechanical Engineering, Electrical Engineering, or Physics; M.Sc. desirable. * 3+ years of experience as a V.P.',
     ''),
    ('enron18', 'Gibbs has 31 years combined experience in employment law.',
     'person:Gibbs'),
    # #039: '?' padding from broken encoding, readable, kept
    ('enron18', 'Capability for desk roll-ups on an ad hoc basis (phase 2, on hold since 7/9/01): o New process for roll-up aggregators has been completed. ?',
     'date:7/9/01'),
    ('enron18', 'ETS $146,466 12.92% Corporate $359,925 10.07% EES $131,439 6.56%',
     'org:ETS | org:EES'),
    # #041: December 6th has no year
    ('enron18', 'This is subject to confirmation at the next meeting which is scheduled for December 6th.',
     ''),
    ('enron18', 'We will need a range from 3200 dth to 4200 dth per day.',
     ''),
    # #043: Vernon is the city counterparty of the same mail (#029: 'their Palo Verde position'), a bare city name
    # acting, a place (README item 6), not a person
    ('enron18', 'Vernon said we should have done step 1 and step 4 and not 2 and 3 and that they do this all the time.',
     'place:Vernon'),
    # #044: 10-K405 is a filing type (README)
    ('enron18', 'Management`S Discussions: 10-K405, Geodyne Energy Income Ltd Partnership I-D 3 of 4',
     'org:Geodyne Energy Income Ltd Partnership I-D'),
    ('enron18', 'The exam is free to members of the Power Marketing Association. (Individual membership is $300, but members receive a $200 registration discount).',
     'org:Power Marketing Association'),
    # #046: the surname cut by the split is a person; Operations Support Services is a named unit (as Market Services,
    # README); Three Allen Center is the street address, a place as 3000 Town Center (holdout #007); 3285 (a room) and
    # the ZIP code not labelled
    ('enron18', 'Brassfield Enron Transportation Services Senior Director Operations Support Services Three Allen Center 3285 333 Clay Street Houston, Texas 77002',
     'person:Brassfield | org:Enron Transportation Services | org:Operations Support Services | place:Three Allen Center | place:Clay Street | place:Houston | place:Texas'),
    ('enron18', "Mangum's fifth conversion made it 38-10 with 6:46 left.",
     'person:Mangum'),
    # #048: the IRS office with its place, taken whole (README org: the longest name with its place); Trial Attorney is
    # a title
    ('enron18', 'Joseph Falcone, a former IRS Detroit District Counsel Trial Attorney, has handled thousands of tax matters and has 27 years experience working in the specialized area of Tax Litigation and Disputes.',
     'person:Joseph Falcone | org:IRS Detroit District Counsel'),
    # #049: the road (Big Beaver Road, written without its Road) is a place as Smith Street; suite and ZIP not labelled;
    # Fax: left out
    ('enron18', 'Representation in Immigration courts and Federal courts since 1981. 3250 West Big Beaver, Suite 529, Troy, MI 48084. (248) 643-0642, Fax: (248) 643-0798.',
     'date:1981 | place:West Big Beaver | place:Troy | place:MI | phone:(248) 643-0642 | phone:(248) 643-0798'),
    # #050: NEW h18: initials standing as the sender's name in a forwarded mail's header line (DG 05:43 PM, where #025
    # and #063 hold Vince and Michelle) are a person, as an initial is part of a name (README)
    ('enron18', 'DG 05:43 PM ---------------------------',
     'person:DG'),
    ('enron18', 'BP Corporation North America Inc. 200 East Randolph Drive Chicago, Illinois 60601',
     'org:BP Corporation North America Inc. | place:East Randolph Drive | place:Chicago | place:Illinois'),
    ('enron18', 'You may now view the quantities you are authorized to flow on October 16, 2001.',
     'date:October 16, 2001'),
    # #053: Open House is an event; Oct. 3 has no year
    ('enron18', 'Just a word to let you know that Open House has been rescheduled for Oct. 3.',
     ''),
    ('enron18', 'Gas traders with two or three years of experience could wind up with a $1 million bonus.',
     ''),
    ('enron18', 'FORMAT Our speaker will address this topic for 30 minutes, with accompanying graphics presented on the internet, followed by an open question and answer period.',
     ''),
    # #056: Jan 1 has no year
    ('enron18', 'From Jan 1 forward ENA will assume full responsibility for any carrying costs, and any continuing payment obligations under the purchase contract with Westinghouse.',
     'org:ENA | org:Westinghouse'),
    # #057: the two trusts are partnerships, orgs (as Whitewing, README)
    ('enron18', "The call, arranged after Enron's Monday plunge, contained a lot of queries about two trusts, called Marlin II and Whitewing, against which Enron borrowed some $3.4 billion.",
     'org:Enron | org:Marlin II | org:Whitewing | org:Enron#2'),
    ('enron18', "Plaintiff's assertion that he did not discover his claim until he received his medical records from defendant in April 1997 was without merit.",
     'date:April 1997'),
    ('enron18', 'Our turn around time is a remarkable 24 hours.',
     ''),
    # #060: late March and January have no year
    ('enron18', 'By late March the stock price had slid to $50 a share from $80 in January.',
     ''),
    # #061: Thursday 2nd November has no year
    ('enron18', 'We should be able to confirm by Thursday 2nd November whether or not this will be possible.',
     ''),
    ('enron18', 'If you could build the perfect QB, put another 25 pounds on his 6-5, 200-pound frame without hurting his sub-4.5 speed and you would have a perfect 10.',
     ''),
    ('enron18', 'Michelle 04:25 PM ---------------------------',
     'person:Michelle'),
    ('enron18', 'His name is Steve Castleberg and his ph: is 608/877-8207.',
     'person:Steve Castleberg | phone:608/877-8207'),
    # #065: the teams (the Longhorns, README), the article left out; the OSU 16 is a yard line named by the team
    ('enron18', 'The Horns tried a squib kickoff, and recovered it at the OSU 16, with 15 seconds left.',
     'org:Horns | org:OSU'),
    ('enron18', 'Then Simms hit Thomas again for 27 yards and the TD.',
     'person:Simms | person:Thomas'),
    # #067: volume and deal ticket are numbers, not labelled
    ('enron18', 'When accounting did their initial draft for June production, we had a volume of 1,089,120 on deal ticket 268094.',
     ''),
    ('enron18', 'Alternatively, Enron may beat fourth-quarter estimates by 6.5%; perhaps the company has simply chosen not to increase guidance at this stage, given uncertainties in the economy.',
     'org:Enron'),
    ('enron18', 'Simms Ties School Record with 5 TD Passes, Benson Shines in First Start as UT Rips OSU',
     'person:Simms | person:Benson | org:UT | org:OSU'),
    # #070: NEW h18: the state abbreviation in a case citation's court parenthesis (Tex.1978, the Texas court) is a
    # place, as a bare state abbreviation (TX, README) and a city acting (README item 6); the year is a date; the
    # reporter citation and the cut 'Co.,' are not labelled
    ('enron18', 'Co., 573 S.W.2d 496, 498 (Tex.1978).',
     'place:Tex. | date:1978'),
    # #071: 'The Commission' is a common noun; August 23rd has no year
    ('enron18', 'The Commission is due to vote on the PD next week at its August 23rd meeting.',
     ''),
    # #072: 10-K405 is a filing type
    ('enron18', 'Management`S Discussions: 10-K405, Kansas City Power & Light CO 2 of 6',
     'org:Kansas City Power & Light CO'),
    ('enron18', 'Neil Weintraut, 21st Century Internet Venture Partners',
     'person:Neil Weintraut | org:21st Century Internet Venture Partners'),
    # #074: Restructuring Today is a publication
    ('enron18', 'As a special offer to Energy Info Source users, Restructuring Today is offering $50 off the regular subscription price.',
     'org:Energy Info Source | org:Restructuring Today'),
    # #075: the range shares month and year: one span (README); the conference is an event; the hotel hosting it is a
    # venue, a place (h16 #073)
    ('enron18', '"CRISIS AND OPPORTUNITY" March 15-16, 2001 Aladdin Hotel Las Vegas',
     'date:March 15-16, 2001 | place:Aladdin Hotel | place:Las Vegas'),
    ('enron18', 'You know my opinion, I vote for option #2.',
     ''),
    # #077: deal numbers not labelled
    ('enron18', 'We bought gas from CPA (deal 154508) and sold it to CES (deal 154516).',
     'org:CPA | org:CES'),
    ('enron18', 'I get a "no records selected" message when I try to pull up 576220. ????',
     ''),
    # #079: 'Houston- based' keeps the city as a place
    ('enron18', "The transactions took place in 1999 and 2000, according to Houston- based Enron's 2000 annual report.",
     'date:1999 | date:2000 | place:Houston | org:Enron | date:2000#2'),
    ('enron18', 'Or as one critic put it, "They were more interested in destroying the old culture than running a business." As 2000 drew to a close, Skilling was in total command.',
     'date:2000 | person:Skilling'),
    # #081: the booking reference is a record locator (README)
    ('enron18', 'AGENT JS/JS BOOKING REF Y8EI5B',
     ''),
    # #082: Pinnacle Peak, Mead-230 and West Wing are substations (facilities), not labelled (as West Wing-500KV in
    # holdout)
    ('enron18', 'Note about Transmission: EPMI owns transmission from Pinnacle Peak to Mead-230 that can be re-directed from West Wing to Mead if necessary.',
     'org:EPMI'),
    # #083: 10Q is a filing type
    ('enron18', "Looks like the market ain't crazy about our 10Q.",
     ''),
    ('enron18', 'Phase 2 testimony is due May 26, 2000 and addresses rate design issues',
     'date:May 26, 2000'),
    # #085: June 7 has no year
    ('enron18', 'Thursday, June 7 11:30 a.m. to 12:30 p.m.',
     ''),
    ('enron18', 'We have a teleconference scheduled with their attorney at 10am Houston time tomorrow (Tuesday).',
     'place:Houston'),
    # #087: 21SEP has no year; AF is an airline code (README); the two airports are places, CHARLES DE GAU cut as the
    # itinerary's column cuts it, labelled as written; A319 is a model, the maker inside labelled (as BOEING)
    ('enron18', 'AIR FRANCE 21SEP PARIS WARSAW 935A 1150A AF 2046 Y THU CHARLES DE GAU OKECIE NON SMOKING TERMINAL 2B TERMINAL 1 BREAKFAST NON STOP RESERVATION CONFIRMED 2:15 DURATION AIRCRAFT: AIRBUS INDUSTRIE A319.',
     'org:AIR FRANCE | place:PARIS | place:WARSAW | place:CHARLES DE GAU | place:OKECIE | org:AIRBUS INDUSTRIE'),
    # #088: the Short-Term Southwest desk, as holdout #014; the deal number not labelled
    ('enron18', 'STSW day-ahead deal number is 815078.',
     'org:STSW'),
    # #089: named trading businesses (desks) of Enron Europe, orgs as West Desk (README); UK inside one not labelled
    # again
    ('enron18', 'Half of total P&L for European Gas is prudency, and UK Power would have had a loss of about $20 million (instead of a gain of $27 million) were it not for prudency.',
     'org:European Gas | org:UK Power'),
    ('enron18', '3 year capacity: $3.80 kw/mo 5 year capacity: $3.74 kw/mo',
     ''),
    ('enron18', 'If you have trouble viewing or printing the format, or just prefer another format, I have 2 other versions I can send you.',
     ''),
    ('enron18', 'The attachment (Attachment A) provides 36 questions and a framework for the issues the Commission will consider in Phase 2 of this proceeding.',
     ''),
    ('enron18', 'The Horns went backward on a penalty and a sack after the kickoff, forcing a punt from the UT 11.',
     'org:Horns | org:UT'),
    # #094: as #029
    ('enron18', 'Then, the Exchange of this futures position for a physical position was documented as a physical trade whereby EPMI sold Vernon 30 MW at Palo Verde for $120.',
     'org:EPMI | place:Vernon | place:Palo Verde'),
    # #095: the CEA (Commodity Exchange Act) is a law; section numbers are not docnos
    ('enron18', 'Section 180.3 of the CEA prohibits us from agreeing to any settlement procedure/forum ahead of time.',
     ''),
    ('enron18', 'Over 17 years and 5,000 cases.',
     ''),
    # #097: the Annual Meeting is an event
    ('enron18', 'Hellenic Bar Association 2nd Annual Meeting',
     'org:Hellenic Bar Association'),
    ('enron18', 'Wall Street Journal 200 Liberty Street New York, NY 10281',
     'org:Wall Street Journal | place:Liberty Street | place:New York | place:NY'),
    ('enron18', 'I will have a much better idea by 9:00 tomorrow of course.',
     ''),
    # #100: 'St.' is a bare generic remnant cut by the split (README); RB is a position
    ('enron18', 'The Horns also are being mentioned favorably by seven other players on the list, including No. 2 RB Lorenzo Booker of Ventura, Cal., St.',
     'org:Horns | person:Lorenzo Booker | place:Ventura | place:Cal.'),
    # #101: 01.DOC is a file name with no date
    ('enron18', '<<01.DOC>> Pursuant to your request, attached please find the current version of the exhibits.',
     ''),
    # #102: a bill cited by its number is a docno (SBX 78, h14), 'Bill' a label left out; TITLE III a section; the 105th
    # U.S. Congress cut by the split is labelled for the part present, the ordinal inside the English name (README)
    ('enron18', 'Under Bill s.1618 TITLE III passed by the 105th U.S.',
     'docno:s.1618 | org:105th U.S.'),
    # #103: Fannin is Fannin Street (as LOUISIANA for Louisiana Street, README); suite and ZIP not labelled
    ('enron18', 'CA Energy Development I, LLC c/o Sweetgum Energy L.P. c/o InterGen North America L.P. 909 Fannin, Suite 2200 Houston, Texas 77010 Attention: John Jones Fax: (713) 374-3901',
     'org:CA Energy Development I, LLC | org:Sweetgum Energy L.P. | org:InterGen North America L.P. | place:Fannin | place:Houston | place:Texas | person:John Jones | phone:(713) 374-3901'),
    ('enron18', 'California Would Own 30,000-Mile Network After Electric Grid Purchase',
     'place:California'),
    # #105: Aug 23 has no year
    ('enron18', 'New Draft decision out for meeting on Aug 23',
     ''),
    ('enron18', 'Enron was not named as one of the 13 overcharging parties, but PGE was ($3.18 million).',
     'org:Enron | org:PGE'),
    # #107: March 15 has no year
    ('enron18', 'I told Brad that a failure to show up on March 15 will not imperil his future employment opportunities with Enron.',
     'person:Brad | org:Enron'),
    # #108: the weekday and the time left out
    ('enron18', 'Top Energy Summaries - Wednesday, February 28, 2001 - 5:27 PM',
     'date:February 28, 2001'),
    # #109: NEW h18: an itinerary's compact date (06SEPTEMBER00, day, month and a two-digit year run together) has a
    # year, so it is a date, taken whole as written (as Jan of 99 and 'March 01'); 21SEP-style dates without the year
    # stay unlabelled; the booking reference is a record locator
    ('enron18', 'DATE 06SEPTEMBER00 BOOKING REF ZE56TX',
     'date:06SEPTEMBER00'),
    ('enron18', 'Luce, Forward, Hamilton & Scripps LLP 600 West Broadway Suite 2600 San Diego, CA 92101-3391 (619) 236-1414',
     'org:Luce, Forward, Hamilton & Scripps LLP | place:West Broadway | place:San Diego | place:CA | phone:(619) 236-1414'),
    # #111: the chapter and book titles are not labelled; US inside the title is (README); pp. numbers not labelled
    ('enron18', '"The Challenge of Pricing & Risk-Managing Electricity Derivatives", The US POwer Market, Risk Publications, pp. 149-171.',
     'place:US | org:Risk Publications'),
    # #112: Chief Economist is a title
    ('enron18', 'Over 25 years experience including Chief Economist for the Michigan Department of Commerce.',
     'org:Michigan Department of Commerce'),
    # #113: TE is a position
    ('enron18', 'Benson got a first down with a 10-yard run, then Simms hit three straight passes, the final one for 27 yards and the touchdown to wide open TE Brock Edwards.',
     'person:Benson | person:Simms | person:Brock Edwards'),
    # #114: the weekday left out
    ('enron18', 'Health & Fitness Tip of the Day Friday December 8, 2000',
     'date:December 8, 2000'),
    # #115: a bare digit run in a file name (h4)
    ('enron18', '(See attached file: 23052653.pdf)',
     ''),
    # #116: the firm named by its partners is one org; River Place (300 River Place) is the street address, a place as
    # 3000 Town Center; suite and ZIP not labelled
    ('enron18', 'He may be contacted at Abbott, Nicholson, Quilter, Esshaki and Youngblood, 300 River Place, Suite 3000, Detroit, Michigan 48207-4225.',
     'org:Abbott, Nicholson, Quilter, Esshaki and Youngblood | place:River Place | place:Detroit | place:Michigan'),
    ('enron18', 'Management`S Discussions: 10-K405, Kansas City Power & Light CO 6 of 6',
     'org:Kansas City Power & Light CO'),
    ('enron18', 'Sara Shackleton 09/16/99 10:16 AM',
     'person:Sara Shackleton | date:09/16/99'),
    # #119: IssueAlert is the newsletter (a publication), an org
    ('enron18', '-Constellation to Build Major Plant in California, First in Over a Decade - IssueAlert for February 28, 2001',
     'org:Constellation | place:California | org:IssueAlert | date:February 28, 2001'),
    # #120: the proceeding numbers are docnos (h16 #032), each its own span, the '?' of broken encoding left out; PST is
    # a time zone
    ('enron18', 'The California Public Utilities Commission intends to issue a proposed decision in A.00-11-038/A.00-11-056/A.00-10-028? by 11:00 AM (PST) today.',
     'org:California Public Utilities Commission | docno:A.00-11-038 | docno:A.00-11-056 | docno:A.00-10-028'),
    # #121: months with a two-digit year (Jan of 99, h4; 'March 01', h14)
    ('enron18', 'The order deals only with Jan 01 and promises further orders regarding Dec 00 and benchmark prices through April 01.',
     'date:Jan 01 | date:Dec 00 | date:April 01'),
    ('enron18', 'Please send resume and writing sample to: Joyce Baker Gates, ICLE, 1020 Greene Street, Ann Arbor, Michigan 48109-1444.',
     'person:Joyce Baker Gates | org:ICLE | place:Greene Street | place:Ann Arbor | place:Michigan'),
    # #123: the AGA storage report; Bcf is a unit
    ('enron18', 'Traders Predict 85-100 Bcf Draw For Week In AGA Storage',
     'org:AGA'),
    ('enron18', 'Copyright Network World, Inc., 2000',
     'org:Network World, Inc. | date:2000'),
    # #125: the '?' for the broken copyright sign left out
    ('enron18', 'Copyright ? 2001 Los Angeles Times',
     'date:2001 | org:Los Angeles Times'),
    # #126: 'Indian' is an adjective; PM is a title
    ('enron18', 'AES Says Indian State Interfering In Ops, Complains To PM Dow Jones International News- 10/23/01',
     'org:AES | org:Dow Jones International News | date:10/23/01'),
    ('enron18', 'The total cost of his trip was $1603.28',
     ''),
    # #128: the lodge hosting the session is a venue, a place (h16 #073); the street number One left out
    ('enron18', 'Session from 8:30 a.m. to 4:30 p.m. on Wednesday; 8:30 a.m. to 3:30 p.m. on Thursday Location: Bavarian Inn Lodge, Frankenmuth, One Covered Bridge Lane.',
     'place:Bavarian Inn Lodge | place:Frankenmuth | place:Covered Bridge Lane'),
    # #129: the statute section is not a docno
    ('enron18', "It was improper for the trial court to inquire into respondent's ability to pay child support under o 51(6)(a) where there was an existing support order.",
     ''),
    ('enron18', 'We have set up 2 PUB codes for Sea Freight:',
     ''),
    # #131: 'Virginia-based' keeps the state as a place; Orissa inside the company not labelled again
    ('enron18', 'The Virginia-based energy company operates two power plants in Orissa, holds 49% of the Orissa Power Generation Corp. and manages the main power distribution company in the state.',
     'place:Virginia | place:Orissa | org:Orissa Power Generation Corp.'),
    # #132: no year
    ('enron18', 'Please do not forget that January 1 and January 2 will be lower because of the weekend/holiday.',
     ''),
    ('enron18', 'The number of shares differs from a Wall Street Journal report on Thursday that said Enron had bought back 55 million shares.',
     'org:Wall Street Journal | org:Enron'),
    # -- Enron body lines with a digit and a contact cue, not drawn in 1: Random(19192).sample(…, 100), in sampled order
    # #000: a fare line
    ('enron18-lines', 'BASE RATE: *ZL*USD41.00 BR-1DY',
     ''),
    # #001: Tel.: left out
    ('enron18-lines', 'Tel.: +34915668615',
     'phone:+34915668615'),
    # #002: HTML debris, readable, kept
    ('enron18-lines', '<td colspan="4"><font face="Arial, Helvetica, sans-serif" size="2">Test',
     ''),
    # #003: an extension, the marker x- left out (h4)
    ('enron18-lines', 'x-39694 if you have any questions or require additional detail. Thanks! -',
     'phone:39694'),
    ('enron18-lines', "but PGE was ($3.18 million). It's not over yet, though. The order deals",
     'org:PGE'),
    ('enron18-lines', 'FAX: 48-22-6578057',
     'phone:48-22-6578057'),
    # #006: the support desk by its short and its full name, two orgs (named internal units); On-Call and [Pager] left
    # out
    ('enron18-lines', 'TDS -Trader Decision Support On-Call (713) 327-6032 [Pager]',
     'org:TDS | org:Trader Decision Support | phone:(713) 327-6032'),
    # #007: statute sections are not docnos
    ('enron18-lines', 'Issues: Termination of parental rights pursuant to oo 19b(3)(a)(ii), (c)(i),',
     ''),
    ('enron18-lines', 'call me at 713-853-3986. If the majority have problems and another version',
     'phone:713-853-3986'),
    # #009: the firm's name cut by the line is labelled for the part present, the dangling '&' left out
    ('enron18-lines', '06/06/2001 Dow Jones Energy Service (Copyright (c) 2001, Dow Jones &',
     'date:06/06/2001 | org:Dow Jones Energy Service | date:2001#2 | org:Dow Jones#2'),
    # #010: OSS/UA4/TARP are systems
    ('enron18-lines', 'OSS/UA4/TARP (713) 285-3165 [Pager]',
     'phone:(713) 285-3165'),
    ('enron18-lines', 'AIRCRAFT: AIRBUS INDUSTRIE A340-300',
     'org:AIRBUS INDUSTRIE'),
    ('enron18-lines', '-10 Minute Expost Incremental & Decremental Prices',
     ''),
    # #013: July 31 has no year
    ('enron18-lines', 'HOUSTON AND MOSS LANDING, Calif., July 31 /PRNewswire/ -- Duke Energy',
     'place:HOUSTON | place:MOSS LANDING | place:Calif. | org:PRNewswire | org:Duke Energy'),
    ('enron18-lines', 'stiffening OSU defense forced Mangum to come in and hit a 23-yard field goal',
     'org:OSU | person:Mangum'),
    ('enron18-lines', '(Copyright (c) 2001, Dow Jones & Company, Inc.)',
     'date:2001 | org:Dow Jones & Company, Inc.'),
    ('enron18-lines', "a plaintiff's medical malpractice mediator. I have 20 years experience in the",
     ''),
    # #017: a bare host name (h4); the mailer version and the message id are nothing
    ('enron18-lines', 'inet-smtp1.oracle.com (8.9.3/8.9.3) with ESMTP id IAA14327 for',
     'url:inet-smtp1.oracle.com'),
    # #018: Cell/ left out
    ('enron18-lines', 'Cell/503-819-2181',
     'phone:503-819-2181'),
    # #019: Madison is the school team here, an org (h8 #023)
    ('enron18-lines', 'He has led Madison to a 6-0 season so far and, in a big district showdown',
     'org:Madison'),
    ('enron18-lines', 'Contact: Call NITA at (800) 225-6482 or visit their website at',
     'org:NITA | phone:(800) 225-6482'),
    # #021: server names, not host names with a domain
    ('enron18-lines', 'Outage: Reboot nahou-appr1 and nahou-appr2',
     ''),
    ('enron18-lines', 'Fax: 713/853-9252',
     'phone:713/853-9252'),
    ('enron18-lines', 'Contact(s): David Ricafrente 713-646-7741',
     'person:David Ricafrente | phone:713-646-7741'),
    ('enron18-lines', 'Toll Free: 1-888-551-9944',
     'phone:1-888-551-9944'),
    ('enron18-lines', 'leave-ejournal-255481W@lists.michbar.org',
     'email:leave-ejournal-255481W@lists.michbar.org'),
    # #026: as #019
    ('enron18-lines', 'including an 81-yard touchdown toss, to lead Madison to a 50-38 victory.',
     'org:Madison'),
    # #027: a file name
    ('enron18-lines', '- 2XNK01!.DOC',
     ''),
    ('enron18-lines', 'SHIRLEY CRENSHAW: 853-5290',
     'person:SHIRLEY CRENSHAW | phone:853-5290'),
    ('enron18-lines', '11:00 (London only): export of final information (needed at that time for',
     'place:London'),
    ('enron18-lines', 'Contact(s): Ryan Brennan 713-853-4545',
     'person:Ryan Brennan | phone:713-853-4545'),
    ('enron18-lines', 'Pricing Information: Municipal Attorneys $225; Non- Governmental Attorneys',
     ''),
    ('enron18-lines', 'be upgraded in the next 30-days. We have entered into a contract with Verado',
     'org:Verado'),
    ('enron18-lines', '713-957-7020',
     'phone:713-957-7020'),
    ('enron18-lines', 'growing optical components industry. Founded in 2000, BinOptics is privately',
     'date:2000 | org:BinOptics'),
    ('enron18-lines', 'home. Even if defendant was drunk when arrested approximately 22 hours after',
     ''),
    ('enron18-lines', 'least 5 years experience with product management or engineering management or',
     ''),
    # #037: an e-Journal number (README)
    ('enron18-lines', 'e-Journal Number: 8378',
     ''),
    # #038: January 11th has no year
    ('enron18-lines', 'January 11th Visit with FERC (One of senior executives here plus a senior executive from our buyer)',
     'org:FERC'),
    # #039: the '?' padding left out
    ('enron18-lines', 'Phone:? (713) 348-5260',
     'phone:(713) 348-5260'),
    ('enron18-lines', "Dave's # is 403-262-6400",
     'person:Dave | phone:403-262-6400'),
    # #041: the law firm's name cut by the line (Frank, …) is labelled for the part present
    ('enron18-lines', 'directly by e-mail at dharon@fsh-law.com or phone (248) 952-0400 at Frank,',
     'email:dharon@fsh-law.com | phone:(248) 952-0400 | org:Frank'),
    # #042: a URL broken by the wrap, labelled up to the break (h4)
    ('enron18-lines', 'http://199.97.97.163/IMDS%PMANAT0%read%/home/content/users/imds/feeds/comtex/2',
     'url:http://199.97.97.163/IMDS%PMANAT0%read%/home/content/users/imds/feeds/comtex/2'),
    ('enron18-lines', '1) proving that a jump-diffusion trading model is "incomplete"',
     ''),
    # #044: Dr is a title
    ('enron18-lines', '2pm - meeting with Dr Anderson, Red Ribbon Committee, Texas Southern Univ',
     'person:Anderson | org:Red Ribbon Committee | org:Texas Southern Univ'),
    ('enron18-lines', 'Fax:? (713) 348-5251',
     'phone:(713) 348-5251'),
    ('enron18-lines', 'FULL 4-DOOR CAR AUTOMATIC AIR',
     ''),
    ('enron18-lines', 'person of ordinary intelligence would understand that hitting a 13-year old',
     ''),
    # #048: a file name; its digit run is a bare run (h4), not a date
    ('enron18-lines', '- P004302520001110D01.pdf',
     ''),
    # #049: the Telly Awards are an award
    ('enron18-lines', 'The Thomas M. Cooley Law School is a winner of the 21st Annual Telly Awards',
     'org:Thomas M. Cooley Law School'),
    # #050: CAD is a book
    ('enron18-lines', '1. move to the appropriate book based on the logic - Canadian deal needs to go to CAD',
     ''),
    ('enron18-lines', '45-17 with 8:45 left. With Major Applewhite relieving Simms at QB, the',
     'person:Major Applewhite | person:Simms'),
    ('enron18-lines', 'Phase I (11/1/01 start)',
     'date:11/1/01'),
    ('enron18-lines', '1. An undocumented Nymex transaction whereby our broker agreed with their',
     'org:Nymex'),
    ('enron18-lines', 'AIRCRAFT: BOEING 737-300',
     'org:BOEING'),
    ('enron18-lines', '11-play, 64-yard scoring drive. His passes for 21 yards to Kyle Shanahan and',
     'person:Kyle Shanahan'),
    ('enron18-lines', '713-853-6349',
     'phone:713-853-6349'),
    # #057: the Western Systems Power Pool inside the annex name is labelled; 102901 is a bare digit run (h4)
    ('enron18-lines', 'file: WSPP Collateral Annex Cover Sheet 102901.doc)',
     'org:WSPP'),
    ('enron18-lines', 'MI, 48933-2083.',
     'place:MI'),
    ('enron18-lines', 'death and wrongful discharge cases. Over 25 years experience including Chief',
     ''),
    # #060: LB is a position
    ('enron18-lines', 'for a 10-10 tie with 9:27 left.LB Everick Rawls sacked Pogi and forced a',
     'person:Everick Rawls | person:Pogi'),
    ('enron18-lines', 'FAX: 212-571-2316',
     'phone:212-571-2316'),
    ('enron18-lines', "I'm free after 11 am - Sara",
     'person:Sara'),
    # #063: the maker inside the aircraft designation (as BOEING)
    ('enron18-lines', 'AIRCRAFT: MCDONNELL DOUGLAS MD-80 ALL SERIES',
     'org:MCDONNELL DOUGLAS'),
    ('enron18-lines', '- Em-enro2.doc',
     ''),
    # #065: 10-11 has no year
    ('enron18-lines', '- 10-11 1200 Report.xls',
     ''),
    ('enron18-lines', 'Send your entries by email to sarah.palmer@enron.com, by fax to 713-853-6790',
     'email:sarah.palmer@enron.com | phone:713-853-6790'),
    ('enron18-lines', 'Fax: (212) 449-5559',
     'phone:(212) 449-5559'),
    # #068: HTML; the quotes left out; date-like parts of a URL are not dates
    ('enron18-lines', 'Vacation Today. <a href="http://www.m-ul.com/e/c.cgi?j=20020114_27&e=1104938866&r=u1397&d=6&p=2">Click',
     'url:http://www.m-ul.com/e/c.cgi?j=20020114_27&e=1104938866&r=u1397&d=6&p=2'),
    ('enron18-lines', 'Phone: 605/978-2836',
     'phone:605/978-2836'),
    # #070: Sept. 20 has no year
    ('enron18-lines', 'IF it chooses to forbid extensions and renewals after Sept. 20. At this',
     ''),
    ('enron18-lines', '* 2-3 years of online advertising sales',
     ''),
    ('enron18-lines', 'Phone: (713) 348-5260',
     'phone:(713) 348-5260'),
    # #073: EXC is a ticker; the 's left out
    ('enron18-lines', "their power from Enron and 40% from Exelon Corp.'s (EXC) ComEd. The",
     'org:Enron | org:Exelon Corp. | org:ComEd'),
    # #074: the street number is cut
    ('enron18-lines', 'expulsion, integration, inclusion, and similar cases. Marsha Lynn Tuck, 30700',
     'person:Marsha Lynn Tuck'),
    # #075: ratings
    ('enron18-lines', "with the same ``A2/P2'' short-term credit ratings that are not on",
     ''),
    ('enron18-lines', 'e-Journal Number: 8379',
     ''),
    ('enron18-lines', '<MikeMullen@mail.house.gov> SIZE=3495340 using -f',
     'email:MikeMullen@mail.house.gov'),
    ('enron18-lines', 'Frequency Monitoring in WSCC (deviation from 60Hz)',
     'org:WSCC'),
    ('enron18-lines', 'are below $500K (more in $350-400K range plus whatever temporary,',
     ''),
    # #080: a vanity number (h4)
    ('enron18-lines', 'mobile, ON-SITE document destruction system. Call 1-800-69-SHRED or',
     'phone:1-800-69-SHRED'),
    ('enron18-lines', '? Gas Daily options (phase 2):',
     'org:Gas Daily'),
    # #082: HTML
    ('enron18-lines', '<table width="540" border="1" cellspacing="0" cellpadding="0" bordercolor="#666600">',
     ''),
    ('enron18-lines', "is seeking an attorney with 1-2 years' practice experience, strong academic",
     ''),
    ('enron18-lines', 'Experience: 7-10 years of experience including extensive consulting',
     ''),
    # #085: February 28 has no year
    ('enron18-lines', 'Top Stories (February 28)',
     ''),
    # #086: Unify is a system
    ('enron18-lines', 'Unify On-Call (713) 284-3757 [Pager]',
     'phone:(713) 284-3757'),
    # #087: Internet Mail Service is software
    ('enron18-lines', 'Received: by ims02.house.gov with Internet Mail Service (5.5.2650.21) id',
     'url:ims02.house.gov'),
    ('enron18-lines', 'Contact(s): Clayton Rondeau 403-974-6904',
     'person:Clayton Rondeau | phone:403-974-6904'),
    # #089: Sun inside the mailer version string is its maker (h12 #022)
    ('enron18-lines', 'by gmgw02.us.oracle.com (8.8.8+Sun/8.8.8) with ESMTP id IAA29028 for',
     'url:gmgw02.us.oracle.com | org:Sun'),
    ('enron18-lines', 'your trivia chops and win a 3-day, 2-night getaway',
     ''),
    # #091: the marker x- left out
    ('enron18-lines', 'solutions. In the mean time feel free to contact me at x-36858 or Jeff at',
     'phone:36858 | person:Jeff'),
    # #092: h10 #030
    ('enron18-lines', 'as the native load exemption in Order No. 888. There is a also a distinct',
     'docno:Order No. 888'),
    # #093: the IP address is nothing (h14 lines #052)
    ('enron18-lines', '[209.246.15.57]) by usmail01.us.oracle.com (8.8.8+Sun/8.8.8) with ESMTP id',
     'url:usmail01.us.oracle.com | org:Sun'),
    ('enron18-lines', 'Trans Energy, Inc. Announces Signing of 10-Million Dollar Equity Line of',
     'org:Trans Energy, Inc.'),
    ('enron18-lines', 'frame without hurting his sub-4.5 speed and you would have a perfect 10. Put',
     ''),
    ('enron18-lines', 'Received: from inet-smtp1.oracle.com (inet-smtp1.us.oracle.com',
     'url:inet-smtp1.oracle.com | url:inet-smtp1.us.oracle.com'),
    # #097: SAP/ISC names the system and its support; not labelled
    ('enron18-lines', 'SAP/ISC (713) 345-4727',
     'phone:(713) 345-4727'),
    ('enron18-lines', '(Copyright (c) 2001, PR Newswire)',
     'date:2001 | org:PR Newswire'),
    ('enron18-lines', 'battle. (2) The other consequence of a rulemaking its effect on current',
     ''),
    # -- national reports (all years) and laws: Random(19194).sample(…, 25), in sampled order
    # #000: 三年 is a duration
    ('zh18-law-criminal_law', '第三百九十一条 为谋取不正当利益，给予国家机关、国有公司、企业、事业单位、人民团体以财物的，或者在经济往来中，违反国家规定，给予各种名义的回扣、手续费的，处三年以下有期徒刑或者拘役，并处罚金；',
     ''),
    # #001: each end is a date by itself
    ('zh18-gov-work-reports', '从1949年到1956年，全国扫除文盲二千二百多万人。',
     'date:1949年 | date:1956年'),
    ('zh18-gov-work-reports', '积累在国民收入中所占的比重，在调整初期由１９７８年的３６．５％降低到１９８１年的２８．５％，从１９８２年起略有回升。',
     'date:１９７８年 | date:１９８１年 | date:１９８２年'),
    # #003: 三年行动 is a duration in a campaign
    ('zh18-gov-work-reports', '统筹城市地上地下建设，加强城市地质调查，再开工建设城市地下综合管廊2000公里以上，启动消除城区重点易涝区段三年行动，推进海绵城市建设，有效治理交通拥堵等“城市病”，使城市既有“面子”、更有“里子”。',
     ''),
    ('zh18-law-criminal_law', '数量巨大的，处三年以上七年以下有期徒刑，并处罚金；',
     ''),
    ('zh18-gov-work-reports', '所有这些都说明，人民的敌人将采取各种方法来破坏五年计划，而实现五年计划是一种复杂、尖锐的阶级斗争。',
     ''),
    ('zh18-law-criminal_law', '造成严重后果的，处五年以上十年以下有期徒刑。',
     ''),
    ('zh18-gov-work-reports', '全国财政收入从1997年的8651亿元增加到2002年的18914亿元，平均每年增加2053亿元；',
     'date:1997年 | date:2002年'),
    # #008: 第一个五年计划 is a plan period
    ('zh18-gov-work-reports', '由于部分地区的水灾较为严重，部分地区在入秋以后的旱灾又较普遍，农业和农副业总产值只完成年度计划的百分之九十八点七，但是还超过了第一个五年计划所规定的一九五七年的指标百分之一点二。',
     'date:一九五七年'),
    # #009: 底 left out; the session ordinal is not part of the name; 同志 left out; 本世纪末 is no date
    ('zh18-gov-work-reports', '一九六四年底，在第三届全国人民代表大会上的政府工作报告中，周恩来同志根据中共中央和毛泽东同志的意见，第一次正式地向全国人民提出了在本世纪末实现农业、工业、国防、科学技术四个现代化，使我国国民经济走在世界前列的宏伟纲领。',
     'date:一九六四年 | org:全国人民代表大会 | person:周恩来 | org:中共中央 | person:毛泽东'),
    ('zh18-law-criminal_law', '其他参加的，处三年以下有期徒刑、拘役、管制或者剥夺政治权利，可以并处罚金。',
     ''),
    # #011: 底 left out
    ('zh18-gov-work-reports', '2012年底，城镇和农村人均住房面积32.9平方米、37.1平方米，分别比2007年增加2.8平方米和5.5平方米；',
     'date:2012年 | date:2007年'),
    # #012: 毛主席 is a title with a surname; “四人帮” a nickname for a group
    ('zh18-gov-work-reports', '一年多来，党中央高举毛主席的伟大旗帜，提出了抓纲治国的战略决策，在全国范围内发动和领导了揭批“四人帮”的政治大革命。',
     'org:党中央'),
    ('zh18-law-criminal_law', '造成特别严重后果或者有其他特别严重情节的，处五年以上十年以下有期徒刑：',
     ''),
    ('zh18-gov-work-reports', '新的一年，我们要更加重视和大力加强文化建设。',
     ''),
    # #015: plan periods
    ('zh18-gov-work-reports', '只要扎扎实实地做好工作，特别是在人才培养、重点建设和实现社会生产的技术进步方面取得重大进展，第八个五年和第九个五年的发展速度肯定还会再高一些，从而使全国进入新的经济振兴时期。',
     ''),
    # #016: 底 left out
    ('zh18-gov-work-reports', '到一九八二年底，各级各类学校在校学生总计达两亿零七百万人。',
     'date:一九八二年'),
    ('zh18-gov-work-reports', '推进天然林保护、退耕还林、防沙治沙等重点生态工程建设，五年累计完成造林2953万公顷，治理沙漠化、石漠化土地1196万公顷，综合治理水土流失面积24.6万平方公里，整治国土面积18万平方公里。',
     ''),
    ('zh18-gov-work-reports', '集体分配平均每人在三百元以上的大队，１９７９年有一千六百二十二个，１９８０年增加到五千五百六十九个，今年比去年又将有较多的增加。',
     'date:１９７９年 | date:１９８０年'),
    ('zh18-law-criminal_law', '有下列情形之一的，对首要分子和其他积极参加的，处三年以上十年以下有期徒刑：',
     ''),
    ('zh18-gov-work-reports', '报告分六个部分：一、三年来的斗争和新时期的总任务；',
     ''),
    ('zh18-gov-work-reports', '国民收入１９８７年达到９１５３亿元，按可比价格计算平均每年增长１０．７％。',
     'date:１９８７年'),
    # #022: 地方各级人民委员会 is generic
    ('zh18-gov-work-reports', '希望全国的工人、农民、知识分子、工商界人士和其他一切爱国人民，政府的各个部门和地方各级人民委员会，共同关心国家的收入和支出，共同为实现１９５６年的国家预算而奋斗！',
     'date:１９５６年'),
    ('zh18-gov-work-reports', '１９５６年生产的结果，在本年的４６种主要工业产品中，预计可以有２８种达到或者超过五年计划原定１９５７年的生产水平。',
     'date:１９５６年 | date:１９５７年'),
    ('zh18-law-criminal_law', '情节严重的，处五年以上有期徒刑。',
     ''),
    # -- provincial 2025 reports: Random(19195).sample(…, 25), in sampled order
    ('zh18-prov-ningxia', '强化耕地保护和质量提升，新建和改造高标准农田80万亩，发展高效节水农业30万亩，盐碱地综合利用15万亩，力争到2027年将符合条件的永久基本农田全部建成高标准农田。',
     'date:2027年'),
    ('zh18-prov-xinjiang', '各位代表!过去一年，我们坚持把党的全面领导贯穿政府工作各领域全过程，法治政府、创新政府、廉洁政府、数字政府和服务型政府建设见行见效。',
     ''),
    ('zh18-prov-guangdong', '有力有效推进乡村全面振兴，全面推行田长制，率先编制省级耕地保护专项规划，实施42宗大中型灌区改造，新建和改造提升112万亩高标准农田，耕地总量连续4年净增加。',
     ''),
    ('zh18-prov-qinghai', '过去一年，极其难忘、极不平凡，在青海发展史上具有里程碑意义。',
     'place:青海'),
    ('zh18-prov-shanxi', '刚刚过去的2024年，很不平凡、极为不易，是砥砺奋进、克难前行的一年。',
     'date:2024年'),
    # #005: the Xinjiang Production and Construction Corps, a specific body named without its place (as 交通集团, h5); 兵地 is
    # an abbreviation
    ('zh18-prov-xinjiang', '一年来，我们全力支持生产建设兵团改革发展，兵地双方共同推动建设了一批交通、水利、能源等重要基础设施项目，组建了一批国有企业，在能源资源开发、城镇建设、生态环境等多领域优势互补、合作共赢，生产建设兵团综合实力显著增强。',
     'org:生产建设兵团 | org:生产建设兵团#2'),
    ('zh18-prov-jiangsu', '各位代表，过去一年的发展历程很不平凡，各项成绩来之不易、令人鼓舞。',
     ''),
    # #007: 赣鄱 as h11; the championships and the Olympics are events, 巴黎 inside labelled
    ('zh18-prov-jiangxi', '成功举办2024年世界青年羽毛球锦标赛、首届全国青少年阳光体育大会，赣鄱健儿在巴黎奥运会、残奥会创造了境外征战奥运会的最好成绩。',
     'date:2024年 | place:赣鄱 | place:巴黎'),
    # #008: the ordinal splits the name (README)
    ('zh18-prov-yunnan', '——2025年1月18日在云南省第十四届人民代表大会第三次会议上',
     'date:2025年1月18日 | place:云南省 | org:人民代表大会'),
    # #009: 川渝 alone is a pair of abbreviations; the new district is a named area containing it (README); “2小时重庆” is a
    # programme, 重庆 inside labelled
    ('zh18-prov-chongqing', '协同推进320个川渝共建重点项目，实施“2小时重庆”交通圈补短板工程，开展强化川渝公共服务共建共享三年行动，推动政务服务“川渝通办”迭代升级，制定川渝高竹新区赋权清单，深化经济区与行政区适度分离改革，推进跨省域行政执法一体化。',
     'place:重庆 | place:川渝高竹新区'),
    # #010: NEW h18: a power plant (电厂) is an infrastructure facility like a substation, not labelled; the company
    # inside its name (盘江, the Panjiang group that builds it) is labelled as 吉利 in 吉利贵阳基地, and 黔中 (central Guizhou, a
    # direction joined to the abbreviation 黔) as 滇中 and 滇西 (h7)
    ('zh18-prov-guizhou', '建成投产盘江新光电厂超超临界2号机组、黔中电厂超超临界1号机组。',
     'org:盘江 | place:黔中'),
    # #011: “疆煤外运” is built of an abbreviation
    ('zh18-prov-xinjiang', '推进煤炭清洁高效利用，原煤产量5.41亿吨、增长17.5%，增速连续四年居全国主要产煤省区首位，“疆煤外运”达到1.4亿吨。',
     ''),
    ('zh18-prov-henan', '实施优化消费环境三年行动，培育一批放心商店、放心市场、放心网店、放心餐饮，着力营造安心、省心、舒心的消费环境。',
     ''),
    ('zh18-prov-jilin', '生产安全事故起数、死亡人数分别下降40.5％、32.7％，降幅居全国前5位，未发生重大及以上事故，连续44年无重大森林火灾。',
     ''),
    # #014: a range sharing one unit is one span
    ('zh18-prov-yunnan', '第3个“三年行动”（2031—2033年），扩展至乡镇，推动实现劣Ⅴ类水体和黑臭水体全面消除目标。',
     'date:2031—2033年'),
    # #015: 陕川界 is a border built of abbreviations; the expressways, the railway and the metro line are not places, 西安
    # inside the line labelled
    ('zh18-prov-shaanxi', '紧跟区域发展布局强支撑，加快在建高铁、高速公路、机场、水利设施等进度，开工洋县至西乡和镇巴至陕川界等高速项目，推进国省道干线改造，力争西延高铁、麟法等3条高速、西安地铁15号线年内建成投运。',
     'place:洋县 | place:西乡 | place:镇巴 | place:西安'),
    ('zh18-prov-sichuan', '28.“三级百圈”：四川开展的标志性商圈提质行动，力争用5年时间，分层级打造世界级、都市级、区域级标志性商圈100个，构建业态品质优良、消费环境优质、绿色低碳智慧的商圈生态体系。',
     'place:四川'),
    ('zh18-prov-hubei', '克服雨雪冰冻、暴雨洪涝等严重灾害影响，粮食生产再获丰收，总产达到557亿斤，连续12年稳定在500亿斤以上。',
     ''),
    # #018: 中国 in 中国式现代化 (README); the plenary session and the conference are events
    ('zh18-prov-hainan', '党的二十届三中全会发出进一步全面深化改革、推进中国式现代化的伟大号召，国家一揽子增量政策和存量政策的加力实施，中央经济工作会议的一系列部署，必将为经济回升向好注入强劲动力。',
     'place:中国'),
    # #019: “十四五” is a plan period
    ('zh18-prov-sichuan', '过去一年，是实现“十四五”规划目标任务的关键一年。',
     ''),
    ('zh18-prov-guizhou', '深入开展安全生产治本攻坚三年行动，强化重点行业领域隐患排查整治，全省生产安全事故起数、死亡人数分别下降12.3%、13.7%。',
     ''),
    # #021: 大地 left out (as 八桂大地)
    ('zh18-prov-chongqing', '绿色贷款余额超过8200亿元，预计单位地区生产总值能耗较2020年下降11.7%，绿色正成为巴渝大地最靓丽的底色。',
     'date:2020年 | place:巴渝'),
    # #022: the shared 高新区 is elided: the names labelled as written (README)
    ('zh18-prov-hubei', '武汉东湖、襄阳、宜昌3家高新区进入全国50强，高新技术企业达到3万家、科技型中小企业达到4.5万家，连续4年保持20％以上的增长。',
     'place:武汉东湖 | place:襄阳 | place:宜昌'),
    ('zh18-prov-beijing', '持续开展第二轮土地承包到期后再延长30年试点，有序推进集体经营性建设用地入市改革，深化农村集体“三资”管理，增强农村集体经济活力。',
     ''),
    ('zh18-prov-hubei', '市场活力有效激发，经营主体连续4年每年新增百万户以上，社会融资规模连续4年每年跨过一个万亿台阶。',
     ''),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout18", ITEMS, DRAWS, sample, ("enron18", "enron18-lines", "zh18-gov-work-reports", "zh18-law-",
                                                     "zh18-prov-"))


if __name__ == "__main__":
    main()

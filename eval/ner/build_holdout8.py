"""Build eval/ner/holdout8.jsonl: an eighth held-out NER set, rich in patterns, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (with the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout6.py. The labeller did not read anything of the extractor
(dossier/), did not run it, bench/ner_eval.py, the project's date/phone finders or any segmenter,
NER or POS tool on these sentences, and did not look at what any tool predicts for them. The set
has never been scored. Like holdout4 it is meant to be rich in patterns (dates, phones, e-mail
addresses, URLs); every entity type the rules define is labelled, names included.

    python eval/ner/build_holdout8.py            # write holdout8.jsonl from ITEMS, print counts
    python eval/ner/build_holdout8.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout8.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (Enron body cleaning and body lines, Chinese sentence split, law markdown cleaning)
is copied from build_holdout4.py, the docx reading from build_holdout6.py. Every pool leaves out
texts that overlap a text of build.py or build_holdout.py … build_holdout7.py (the text is in one
of those files' source, or contains or is contained in one of their ITEMS texts), and keeps only
the first occurrence of a text that recurs (the Enron sample repeats mails and signatures).
build_holdout7.py was committed while this set was being labelled; it was added to the seen
files before the final draw (it changed the Chinese draws 3 and 4, which were labelled afresh
from the final draw; the Enron draws did not change).

1. enron8: the 300 EML files of email/enron-sample/eml in file-name order, read as in
   build_holdout4.py (body cleaning, paragraphs split at [.!?] + whitespace + capital, 30-200
   characters), kept if the sentence contains a digit, an '@', 'http' or 'www';
   random.Random(9091).sample(…, 100).
2. enron8-lines: the same files, the body lines that survive the same cleaning, each stripped with
   its whitespace collapsed, kept if 10-120 characters, containing a digit and one of LINE_CUES
   (signature and contact lines), and not overlapping a text drawn in 1;
   random.Random(9092).sample(…, 50).
3. zh8-gov-work-reports, zh8-law-*: Chinese sentences, split after 。！？； as in build_holdout4.py,
   15-120 characters, from every line of the national reports JSONL (all years, the NPC
   resolutions included) and from every law in zh-docs/prc-laws-lawrefbook (*.md, file-name
   order, HTML comments dropped, heading '#' stripped; source zh8-law-<file stem>), kept if it
   contains 年 after a digit or after one of 〇一二三四五六七八九, or a 〔, or a 号 (PATTERN_ZH);
   pooled reports first, then laws; random.Random(9093).sample(…, 60).
4. zh8-prov-*: the 2025 government work reports of all 31 provinces (docx in
   provincial-work-reports-2025-docx, file-name order; paragraph text = the w:t runs of each w:p
   joined, as build_holdout6.py), split and kept by length the same way, kept if PATTERN_ZH
   matches or the sentence holds a run of 7 or more digits (LONG_DIGITS);
   random.Random(9094).sample(…, 40).

A sampled text that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose). None was dropped.

The Chinese pools match 年 after any Chinese numeral, so many of their sentences hold only
durations (三年以下有期徒刑, 五年来): those are labelled as drawn, with no date. The decisions
this set adds are marked NEW h8 on their items.

Result: 250 sentences, 379 entities: 86 date, 26 phone, 15 email, 7 url (134 pattern entities,
short of the 150 the brief aimed at: the draws were kept as specified rather than topped up; 33
of the 60 national/law sentences have no date, most holding only durations or a 号 word, and
many Enron sentences hold only times), 108 org, 90 place, 47 person. No docno or id_number was
drawn.
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


# -- reading code, copied from build_holdout4.py (itself from build_holdout.py / build_holdout2.py) so that all sets
# are read alike; docx_paragraphs from build_holdout6.py ----------------------------------------------------------

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
    """The source text of build.py and build_holdout{,2,3,4,5,6,7}.py, and the texts of their ITEMS."""
    import build
    import build_holdout
    import build_holdout2
    import build_holdout3
    import build_holdout4
    import build_holdout5
    import build_holdout6
    import build_holdout7
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py", "build_holdout7.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6,
               build_holdout7)
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


def enron8_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for para in enron_body_paragraphs(path):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                s = s.strip()
                if (30 <= len(s) <= 200 and (re.search(r"\d", s) or "@" in s or "http" in s or "www" in s)
                        and not seen(s, source, texts)):
                    out.append(("enron8", s))
    return first_occurrences(out)


def enron8_line_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    pool = enron8_candidates()
    texts = texts + [s for _, s in random.Random(9091).sample(pool, min(100, len(pool)))]
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for line in enron_body_lines(path):
            if (10 <= len(line) <= 120 and re.search(r"\d", line) and any(c in line for c in LINE_CUES)
                    and not seen(line, source, texts)):
                out.append(("enron8-lines", line))
    return first_occurrences(out)


def zh8_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    path = CORPUS / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        for para in json.loads(line)["content"].splitlines():
            out += [("zh8-gov-work-reports", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and PATTERN_ZH.search(s) and not seen(s, source, texts)]
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"zh8-law-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and PATTERN_ZH.search(s) and not seen(s, source, texts)]
    return first_occurrences(out)


def zh8_provincial_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "zh-docs/provincial-work-reports-2025-docx").glob("gov_work_report_2025_*.docx")):
        prov = path.stem.removeprefix("gov_work_report_2025_")
        for para in docx_paragraphs(path):
            out += [(f"zh8-prov-{prov}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and (PATTERN_ZH.search(s) or LONG_DIGITS.search(s))
                    and not seen(s, source, texts)]
    return first_occurrences(out)


DRAWS = [(enron8_candidates, 9091, 100), (enron8_line_candidates, 9092, 50), (zh8_candidates, 9093, 60),
         (zh8_provincial_candidates, 9094, 40)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout6.py: no extractor,
    # date/phone finder, segmenter or NER/POS tool was run on these texts and no prediction was seen. Annotations are
    # 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence (see build.spans). Comments on an item
    # record how an ambiguous case was decided; those marked NEW h8 are decisions no earlier set had to make. #NNN =
    # position in the seeded order. No sampled text was garbled enough to drop (the debris kept is said so on its item),
    # so none was dropped.
    # -- Enron mail, sentences with a digit, '@', 'http' or 'www': Random(9091).sample(…, 100), in sampled order
    # #000: the plant is a facility, not labelled (as the Hinkle Compressor Station, enron4 #022); the person it is
    # named after is labelled inside it, as Cullen in 'Cullen Professor' (README); HHV figures and MW are nothing
    ('enron8', 'Location: Vicksburg, MS sharing a site with the Baxter Wilson plant (1320 MW coal/gas fired boiler) HHV: 12,200 btu/kwh Pipe: A new intra-state that will be shared with the Baxter Wilson plant.',
     'place:Vicksburg | place:MS | person:Baxter Wilson | person:Baxter Wilson#2'),
    ('enron8', '10:21 AM ---------------------------',
     ''),
    ('enron8', 'Leslie Hansen 04/08/2000 19:41',
     'person:Leslie Hansen | date:04/08/2000'),
    # #003: 'this year' is relative
    ('enron8', 'They have fallen 76 percent this year.',
     ''),
    # #004: the street without its number is a place (as Louisiana St., enron4 #054); the ZIP is not labelled
    ('enron8', 'BP Canada Energy Marketing Corp. 200 East Randolph Drive Chicago, Illinois 60601',
     'org:BP Canada Energy Marketing Corp. | place:East Randolph Drive | place:Chicago | place:Illinois'),
    ('enron8', 'BG sells 24.5 pct of Phoenix Natural Gas to East Surrey Energy for 50 mln stg',
     'org:BG | org:Phoenix Natural Gas | org:East Surrey Energy'),
    ('enron8', 'Start Date: 1/23/02; HourAhead hour: 15; No ancillary schedules awarded.',
     'date:1/23/02'),
    # #007: the address without its angle brackets; the time is not part of the date
    ('enron8', 'Erica Harris <EHarris@insightpartners.com> on 05/14/2001 12:09:54 PM',
     'person:Erica Harris | email:EHarris@insightpartners.com | date:05/14/2001'),
    # #008: as enron4 #059
    ('enron8', 'How Enron Blew It Texas Monthly- November 2001 Edition',
     'org:Enron | org:Texas Monthly | date:November 2001'),
    ('enron8', 'Julie Meyers 03/31/2000 04:39 PM',
     'person:Julie Meyers | date:03/31/2000'),
    ('enron8', 'Shirley Crenshaw 09/15/2000 02:31 PM',
     'person:Shirley Crenshaw | date:09/15/2000'),
    # #011: 76-0486649 is a company's tax id (an EIN): not an id_number (a personal identity-document number) and not a
    # phone
    ('enron8', 'We are going to use 76-0486649 for the tax id for Enron Distribution Ventures.',
     'org:Enron Distribution Ventures'),
    # #012: NEW h8: an English decade written with its century (1990s) is a date, as 20世纪60年代 (h5); 'early' is left out
    # like 初 (README); 'American' is an adjective
    ('enron8', 'AES Corp. is the other major American power company besides Enron Corp. to have made big investments in India after the government allowed foreign investment in the power sector in the early 1990s.',
     'org:AES Corp. | org:Enron Corp. | place:India | date:1990s'),
    # #013: Sec. 2 / Sec. 6 are section numbers
    ('enron8', 'I have not heard from your salesperson re: interest schedule for debit rate (Sec. 2) and credit rate (Sec. 6).',
     ''),
    ('enron8', 'Attached please find the outline/memo and 2 power point slides that Mona, Donald and I presented last week to the commercial folks.',
     'person:Mona | person:Donald'),
    # #015: the Horns (Longhorns, the UT team) are a sports team, an org (README); Simms, Thomas, Benson are players
    ('enron8', "Fourth Quarter With Ivan Williams relieving Benson and ripping off some good runs, the Horns scored again early in the quarter on Simms' fifth TD pass, a 23-yarder to Thomas.",
     'person:Ivan Williams | person:Benson | org:Horns | person:Simms | person:Thomas'),
    # #016: a 900 number named, not written
    ('enron8', 'I update my 900 number every day with football and football recruiting news.',
     ''),
    # #017: Gas Daily (the Platts publication whose index the options settle on) is labelled inside 'Gas Daily options',
    # as a maker inside a product designation (BOEING, README); 'phase 2' is nothing
    ('enron8', 'Gas Daily options (phase 2): o Released to production. ?',
     'org:Gas Daily'),
    ('enron8', 'ametz@houston.rr.com on 02/14/2000 07:16:06 PM Please respond to alaina@alaina.net',
     'email:ametz@houston.rr.com | date:02/14/2000 | email:alaina@alaina.net'),
    # #019: the Aggies (Texas A&M's teams, addressed) and UT are sports teams / their schools, orgs as OSU and UT
    # (enron4 #047); 'last year' is relative
    ('enron8', "Aggies, I respect your presentation of a $50,000 endowed scholarship as a thank-you for UT's respect and support shown last year.",
     'org:Aggies | org:UT'),
    ('enron8', '05:40 PM ---------------------------',
     ''),
    ('enron8', 'Even if defendant was drunk when arrested approximately 22 hours after the fire, his intoxication did not bear any relation to his state of mind on the night of the fire.',
     ''),
    # #022: the URL is broken by a wrap after 'stq_' (the space): labelled up to the break; the tail with no host is not
    # a url (h4)
    ('enron8', 'http://www.thomsonfn.com/stockquote/private/fcgi-bin/tipsheet_ts?group=ts&stq_ tmpl_name=stock_quote.html&ticker=mksi',
     'url:http://www.thomsonfn.com/stockquote/private/fcgi-bin/tipsheet_ts?group=ts&stq_'),
    # #023: NEW h8: a place name standing for a sports team (Texas = the Longhorns, recruiting players) is an org, like
    # UT (enron4 #047); README item 6 (a city acting stays a place) is about a city's own government (Calgary, Chicago
    # announced), not a team named after it. The Rivals 100 is a ranking list (like an award): only Rivals (the
    # recruiting service, Rivals.com), the org inside it, is labelled
    ('enron8', 'Texas also has really good shots at seven other players on the Rivals 100.',
     'org:Texas | org:Rivals'),
    ('enron8', 'Osprey is backed by BA Venture Partners, Bank of America Capital Investors, and Morgan Stanley Dean Witter Venture Partners. http://www.ospreyus.com',
     'org:Osprey | org:BA Venture Partners | org:Bank of America Capital Investors | org:Morgan Stanley Dean Witter Venture Partners | url:http://www.ospreyus.com'),
    # #025: 10-K405 is a filing type, '1 of 6' a part count (enron4 #026)
    ('enron8', 'Management`S Discussions: 10-K405, Kansas City Power & Light CO 1 of 6',
     'org:Kansas City Power & Light CO'),
    # #026: a signature block: Collins inside the named chair is labelled (as Cullen in 'Cullen Professor', README);
    # 'Finance Department' on its own line is a generic unit word, not a name; the PO Box and ZIP are not labelled; the
    # labels (Office), (Fax), web: are left out
    ('enron8', 'Collins Chair in Finance Finance Department Baylor University PO Box 98004 Waco, TX 76798 254-710-4473 (Office) 254-710-1092 (Fax) J_Martin@Baylor.edu web: http://hsb.baylor.edu/html/martinj/home.html',
     'person:Collins | org:Baylor University | place:Waco | place:TX | phone:254-710-4473 | phone:254-710-1092 | email:J_Martin@Baylor.edu | url:http://hsb.baylor.edu/html/martinj/home.html'),
    # #027: the bare year is a date; the month with its year, comma as written
    ('enron8', 'A move through the 1999 intraday low of $1,365 will mark the lowest price since February, 1987.',
     'date:1999 | date:February, 1987'),
    # #028: NEW h8: a bare year inside a worksheet's name (2001_Available_Transmission) is a date, as a bare year inside
    # a longer term (the 2001 Special Stock Option Grant, README) and a dated file name (enron4 #042)
    ('enron8', 'Please see the 2001_Available_Transmission worksheet for more information.',
     'date:2001'),
    # #029: kept: the ? are broken padding characters, as enron4 #049; surname-first name is one person
    ('enron8', 'IQBAL, Syed???????????? iqbal@rice.edu ??',
     'person:IQBAL, Syed | email:iqbal@rice.edu'),
    # #030: Enron Business (Enron's in-house magazine) is a publication, an org; 'Extreme Enron' is a contest (an
    # event): only Enron inside it; Wednesday, March 28 has no year
    ('enron8', "We're getting so many great stories that we've extended the deadline for your Enron Business Extreme Enron entries to Wednesday, March 28!",
     'org:Enron Business | org:Enron#2'),
    # #031: Oct 21 has no year
    ('enron8', 'Wanna come to a Murder Mystery dinner party for my birthday on Oct 21?',
     ''),
    ('enron8', '08:25 AM ---------------------------',
     ''),
    # #033: as #029
    ('enron8', 'GHOSE, Ivy????????????? ghosei@rice.edu ??',
     'person:GHOSE, Ivy | email:ghosei@rice.edu'),
    ('enron8', 'Mahesh Lakhani 10/04/2000 10:01 AM',
     'person:Mahesh Lakhani | date:10/04/2000'),
    ('enron8', 'Energy Info Source <custsvc@energyinfosource.com> on 06/23/2000 07:24:22 AM',
     'org:Energy Info Source | email:custsvc@energyinfosource.com | date:06/23/2000'),
    # #036: 'London Fax System' (the sender) is a system, not an org; London inside it is labelled; day-first date as
    # written
    ('enron8', 'London Fax System 20/11/2000 22:07',
     'place:London | date:20/11/2000'),
    ('enron8', 'The starting salary was around $80,000.',
     ''),
    ('enron8', 'Leslie Hansen 04/08/2000 17:06',
     'person:Leslie Hansen | date:04/08/2000'),
    ('enron8', 'For the season, he has completed 47 of 83 passes (57%) for 846 yards and 10 touchdowns, with just 3 interceptions, and he has rushed 37 times for 496 yards and 10 more TDs.',
     ''),
    ('enron8', "The transaction that has drawn most attention in the past week is a complex financing that Enron entered into with a partnership called LJM2, which was led by Enron's finance chief Andrew Fastow.",
     'org:Enron | org:LJM2 | org:Enron#2 | person:Andrew Fastow'),
    # #041: the tail of a case name (… v. Department of Agric.) cut by the split: the party, a state department, is an
    # org, abbreviated as written (as Baptist Mem'l Hosp. Sys., enron4-headers #016); the e-Journal number is nothing;
    # Per Curiam is not a name (enron4 #003)
    ('enron8', 'Department of Agric. e-Journal Number: 8393 Judge(s): Per Curiam - Owens, Jansen, and Burns',
     'org:Department of Agric. | person:Owens | person:Jansen | person:Burns'),
    ('enron8', 'Shonnie Daniel 09/13/2000 10:32 AM',
     'person:Shonnie Daniel | date:09/13/2000'),
    # #043: extensions are phones with their marker left out (X30497 → 30497, h4): 'x-36858' gives 36858
    ('enron8', 'In the mean time feel free to contact me at x-36858 or Jeff at x-39694 if you have any questions or require additional detail.',
     'phone:36858 | person:Jeff | phone:39694'),
    # #044: /ENRON@enronXgate is a Notes domain (as @ECT, enron4 #025): neither part of the name nor an e-mail address
    ('enron8', 'Tanya Rohauer/ENRON@enronXgate 04/11/2001 11:09 AM',
     'person:Tanya Rohauer | date:04/11/2001'),
    # #045: the 31st has no year; the PM (Prime Minister) is a title
    ('enron8', 'The PM has advised that he will be in budget deliberations on the 31st.',
     ''),
    ('enron8', 'Tana Jones 04/17/2001 04:20 PM',
     'person:Tana Jones | date:04/17/2001'),
    ('enron8', '04:35 PM ---------------------------',
     ''),
    # #048: ETS (Enron Transportation Services) is an org; 'the 800 number' is not written; 10:00 a.m. is a time
    ('enron8', 'I will register ETS for the call, and anyone that wishes to attend may do so by calling the 800 number below immediately prior to 10:00 a.m.',
     'org:ETS'),
    ('enron8', 'Shares of Enron, based in Houston, fell 86 cents to $19.79.',
     'org:Enron | place:Houston'),
    ('enron8', 'ComEd will also provide the coalition with another 80 megawatts of power generated with fossil fuel and nuclear plants, and Enron will provide the other 240 megawatts.',
     'org:ComEd | org:Enron'),
    # #051: RAC (Enron's Risk Assessment and Control group) is a named internal unit, as Gas Control (enron4-headers
    # #019); DPR is a report; the times are not dates
    ('enron8', '7:45 - posting of preliminary DPR to website (needed to be done prior to RAC 8am meeting) 7:45 - 2:00 - preparation of the violation/notification memos 2:00 - finalization of the DPR & memos',
     'org:RAC'),
    ('enron8', 'Arexis recently announced closing a $4.5 million first round from 3i, SEB Foretagsinvest, InnovationsKapital, and individuals. http://www.arexis.com',
     'org:Arexis | org:3i | org:SEB Foretagsinvest | org:InnovationsKapital | url:http://www.arexis.com'),
    # #053: a mailing-list id is nothing
    ('enron8', 'The mailing list ID is "freebiecash:14".',
     ''),
    # #054: as #004
    ('enron8', 'BP Oil Supply Company 200 East Randolph Drive Chicago, Illinois 60601',
     'org:BP Oil Supply Company | place:East Randolph Drive | place:Chicago | place:Illinois'),
    # #055: FERC inside 'FERC-approved' is labelled
    ('enron8', 'Transco says that the remainder of the FERC-approved 700,000 Dthd project will be phased in by 11/1/04.',
     'org:Transco | org:FERC | date:11/1/04'),
    # #056: as #025 (another part of the same filing)
    ('enron8', 'Management`S Discussions: 10-K405, Kansas City Power & Light CO 4 of 6',
     'org:Kansas City Power & Light CO'),
    ('enron8', 'Matthew Duffy 08/02/2000 10:37 AM',
     'person:Matthew Duffy | date:08/02/2000'),
    # #058: the labels 'cell' and 'e-mail' are left out
    ('enron8', 'Belkin, (248) 443-4063, cell (248) 867-5042, e-mail jwbelkin@Mich.com',
     'person:Belkin | phone:(248) 443-4063 | phone:(248) 867-5042 | email:jwbelkin@Mich.com'),
    # #059: a section number
    ('enron8', 'Section 161.3(l)(ii)(B) is probably the hardest part of the new requirements.',
     ''),
    # #060: curve and publication codes are nothing
    ('enron8', 'Main Curve FF-3A-PNMX New Pub code FF-3A-L7-TC (averages over last 7 days)',
     ''),
    # #061: 'the Enron Partner' (one of the four Enron Partners, enron4 #029): Enron inside it
    ('enron8', "2) The rights of Texaco to consent to any transfer of the Enron Partner's partnership interest would not, as previously thought, be invalidated by any bankruptcy.",
     'org:Texaco | org:Enron'),
    ('enron8', 'To access this recording, please call 1-888-203-1112 (within the U.S.) or (719) 457-0820 (outside the U.S.).',
     'phone:1-888-203-1112 | place:U.S. | phone:(719) 457-0820 | place:U.S.#2'),
    # #063: Teco Tap is a pipeline delivery point (a facility): only the company inside it (Teco) is labelled, as 吉利 in
    # 吉利贵阳基地; HPL (Houston Pipe Line) is an org; IFERC (the Inside FERC index) is one token, nothing labelled in it
    ('enron8', 'Teco Tap 10.000 / Enron ; 65.000 / HPL IFERC',
     'org:Teco | org:Enron | org:HPL'),
    # #064: date-like parts of a URL are not dates
    ('enron8', 'Link to the press release: http://www.enron.com/corp/pressroom/releases/2002/ene/012902Release.html',
     'url:http://www.enron.com/corp/pressroom/releases/2002/ene/012902Release.html'),
    # #065: MDQ, meter and contract numbers are nothing
    ('enron8', 'k# MDQ Delivery Receipt 894027 8000 M2 Access (this is less than the MDQ for now)',
     ''),
    ('enron8', 'Martin Rosell 04/23/99 11:10 AM',
     'person:Martin Rosell | date:04/23/99'),
    # #067: 'Research' (his group) is a generic unit word here; the room (EB1962) and ZIP are not labelled
    ('enron8', 'Vincent Kaminski Managing Director - Research Enron Corp. 1400 Smith Street Room EB1962 Houston, TX 77002-7361',
     'person:Vincent Kaminski | org:Enron Corp. | place:Smith Street | place:Houston | place:TX'),
    # #068: BBB2/BBB1 are ratings
    ('enron8', "Based on Bloomberg composite ratings, most of Enron's long- term debt is rated at BBB2 and BBB1, two or three levels above investment grade.",
     'org:Bloomberg | org:Enron'),
    # #069: the weekday is left out (h4)
    ('enron8', 'Coral Energy Resources has six more deals from Thursday 11/02/00 that need to be assigned to Coral Energy Holdings.',
     'org:Coral Energy Resources | date:11/02/00 | org:Coral Energy Holdings'),
    # #070: the partnership with its series and abbreviated suffix as written (as enron4 #026)
    ('enron8', 'Management`S Discussions: 10-K405, Geodyne Institutional Pension Energy Income P-1 Ltd Ptnship 1 of 6',
     'org:Geodyne Institutional Pension Energy Income P-1 Ltd Ptnship'),
    ('enron8', '06:39 PM ---------------------------',
     ''),
    # #072: Pogi (the OSU quarterback) is a person; the Cowboy defense: the team name (the OSU Cowboys) inside it is an
    # org, as the Horns (#015)
    ('enron8', "But safety Nathan Vasher intercepted Pogi's long pass at the UT 21, and Benson started shredding the Cowboy defense.",
     'person:Nathan Vasher | person:Pogi | org:UT | person:Benson | org:Cowboy'),
    ('enron8', 'Steve is the managing partner of Zolfo Cooper, a corporate recovery and crisis management firm with more than 30 years experience leading companies through operational and financial reorganizations.',
     'person:Steve | org:Zolfo Cooper'),
    # #074: TAGG and ERMS are systems (not orgs, README); Oracle, the maker inside 'Oracle 8i', is labelled as BOEING
    # (h4)
    ('enron8', 'TAGG/ERMS test database has been down due to some technical issues after Oracle 8i migration, which affects testing. ?',
     'org:Oracle'),
    # #075: the year inside the title of the review is labelled (a name inside a title is, README), a bare year being a
    # date
    ('enron8', 'GOPUSA is proud to present "2001: A Year in Review."',
     'org:GOPUSA | date:2001'),
    # #076: NEW h8: a 'mailto:' before an address is a scheme, left out like a label; the address is an email, not a
    # url; the sentence-final period is left out (h4)
    ('enron8', 'Reach her at mailto:denisep@nww.com.',
     'email:denisep@nww.com'),
    # #077: a headline with its source and date, as 'PR Newswire- 10/23/01' (enron4-headers)
    ('enron8', 'Enron Asks Citigroup for $750 Mln Loan, People Say (Update1) Bloomberg- 10/23/01',
     'org:Enron | org:Citigroup | org:Bloomberg | date:10/23/01'),
    # #078: '01.DOC' is a file name with no date
    ('enron8', 'I was waiting to see what ENA and others had done before inserting any of my comments/changes. - 01.DOC',
     'org:ENA'),
    ('enron8', 'Robin Deguara <robin@perfect.com> 06/29/2001 06:51 PM',
     'person:Robin Deguara | email:robin@perfect.com | date:06/29/2001'),
    ('enron8', 'He can be reached at (713) 853-3512.',
     'phone:(713) 853-3512'),
    # #081: 'Energy Update' / 'Daily Energy Update' are the newsletter's section headings, not orgs (README); the
    # department taken whole with its city; the weekday is left out
    ('enron8', 'Energy Update/Los Angeles Department of Water And Power Daily Energy Update Wednesday, Feb. 28, 2001',
     'org:Los Angeles Department of Water And Power | date:Feb. 28, 2001'),
    # #082: the misspelling Anardarko is taken as written; the deal numbers are nothing
    ('enron8', 'Anadarko Energy Services Company q02635.1 Rebook to Anardarko Petroleum Corporation Aquila Energy Gas Marketing qO0107.1,qO0135.1 Rebook to Utilicorp United, Inc.',
     'org:Anadarko Energy Services Company | org:Anardarko Petroleum Corporation | org:Aquila Energy Gas Marketing | org:Utilicorp United, Inc.'),
    # #083: a signature cut by the split: the surname present is a person (as Brown, enron4 #041); '125 S.' is an
    # address cut before its street name, not labelled
    ('enron8', 'Young Senior Corporate Counsel NorthWestern Corporation 125 S.',
     'person:Young | org:NorthWestern Corporation'),
    ('enron8', 'Amy.Jon@enron.com on 11/30/2000 09:37:29 AM',
     'email:Amy.Jon@enron.com | date:11/30/2000'),
    # #085: MP is a counterparty company (invoiced, wired); May has no year; deal numbers are nothing
    ('enron8', 'Also, does MP need to invoice ENA for May SWAP transactions or do you issue a credit invoice and wire transfer payment to MP? (Deal #s NA 1279.1 and 1279.2).',
     'org:MP | org:ENA | org:MP#2'),
    # #086: section numbers
    ('enron8', 'The contact information for Sections 6.7.2, 25.1 and 25.3 of the Agreement.',
     ''),
    ('enron8', 'Christina Sanchez 07/27/2000 09:23 AM',
     'person:Christina Sanchez | date:07/27/2000'),
    # #088: the headline of #077 without its source and date: a different text of the pool, so the draw kept it
    ('enron8', 'Enron Asks Citigroup for $750 Mln Loan, People Say (Update1)',
     'org:Enron | org:Citigroup'),
    # #089: the sender is the Bar's publication, an org (publications are, README), taken whole with its publisher; the
    # quoted 'E-Journal' it asks replies to is the same publication by its short name (context resolves a short form,
    # README)
    ('enron8', 'State Bar of Michigan E-Journal <e-journal@michbar.org> Sent by: bounce-ejournal-255481@lists.michbar.org 10/24/2000 04:00 PM Please respond to "E-Journal"',
     'org:State Bar of Michigan E-Journal | email:e-journal@michbar.org | email:bounce-ejournal-255481@lists.michbar.org | date:10/24/2000 | org:E-Journal#2'),
    ('enron8', 'Chris Gaffney 11/23/2000 10:11 AM',
     'person:Chris Gaffney | date:11/23/2000'),
    ('enron8', 'Third Quarter After an exchange of punts, Benson and Simms went to work again, running and passing UT down to the OSU 27.',
     'person:Benson | person:Simms | org:UT | org:OSU'),
    # #092: 'carrier ABC' is a placeholder in a hypothetical example, not a name; a 20-year deal is a duration
    ('enron8', 'Instead of signing a 20-year deal, the carrier signs up with carrier ABC because it is offering a competitively low rate on T-3 connections for that month.',
     ''),
    ('enron8', "While plaintiff's claim accrued in March 1995, he did not file a notice of intent to sue until June 1997.",
     'date:March 1995 | date:June 1997'),
    ('enron8', 'To receive the text-only version, please send an e-mail to lyris@lists.michbar.org In the body, type: subscribe ejournal-text.',
     'email:lyris@lists.michbar.org'),
    ('enron8', 'Ivan Williams relieved him briefly and got 5 and then 4 to bring up a third down at the 16.',
     'person:Ivan Williams'),
    # #096: a signature cut by the split (Elena Chilkina): the surname present is a person; a dotted phone as written
    ('enron8', 'Chilkina Enron Americas 713.853.4305',
     'person:Chilkina | org:Enron Americas | phone:713.853.4305'),
    # #097: a room number is not labelled
    ('enron8', 'In Omaha, we will be in Room 696.',
     'place:Omaha'),
    ('enron8', '3. facilitate customer-side distributed generation deployment; and send proper price signals to prospective purchasers of distributed generation.',
     ''),
    # #099: eSearch is a website (a service), not an org; December has no year
    ('enron8', 'Since our launch in December, the eSearch website has received over 230,000 hits.',
     ''),
    # -- Enron mail, body lines with a digit and a contact cue (LINE_CUES): Random(9092).sample(…, 50)
    # #000: RB is a position; 'St. Bonaven-ture' (St. Bonaventure High School, its name hyphenated across the line and
    # cut after it) is the school, an org, labelled for the part present and as written, hyphen included
    ('enron8-lines', 'list, including No. 2 RB Lorenzo Booker of Ventura, Cal., St. Bonaven-ture,',
     'person:Lorenzo Booker | place:Ventura | place:Cal. | org:St. Bonaven-ture'),
    ('enron8-lines', 'The vast majority, approximately 95%, are contracts with EPMI, which',
     'org:EPMI'),
    # #002: kept: a line of HTML markup, readable; nothing in it is an entity
    ('enron8-lines', '<table width="100%" border="0" cellspacing="0" cellpadding="5">',
     ''),
    # #003: a P.O. box is not labelled; 'State' is a generic remnant cut by the line end
    ('enron8-lines', 'send your resume, references and salary requirements to Box 1673, c/o State',
     ''),
    # #004: 'NW' is the tail of a street address cut by the line start; suite and ZIP are not labelled
    ('enron8-lines', 'NW, Suite 800, Grand Rapids, MI 49504, or via fax at (616) 732-1740 or email',
     'place:Grand Rapids | place:MI | phone:(616) 732-1740'),
    # #005: an ISO date is a date (any numeric form with separators); the time is not
    ('enron8-lines', '2001-10-23 16:38 (New York)',
     'date:2001-10-23 | place:New York'),
    ('enron8-lines', '* 3+ years of experience as a V.P. Engineering or 6+ years of experience as',
     ''),
    ('enron8-lines', 'TELEPHONE: (404) 530-2800',
     'phone:(404) 530-2800'),
    # #008: CPR is the name of a system on a support pager list (as OSS/UA4/TARP on the next lines), not an org; [Pager]
    # is a label
    ('enron8-lines', 'CPR (713) 284-4175 [Pager]',
     'phone:(713) 284-4175'),
    # #009: the wrapped line of enron8 #030, labelled the same way
    ('enron8-lines', 'Enron Business Extreme Enron entries to Wednesday, March 28! Have no idea',
     'org:Enron Business | org:Enron#2'),
    ('enron8-lines', 'Telegraph Road, Suite 4646, Bingham Farms, MI 48025. (248) 585-9338.',
     'place:Telegraph Road | place:Bingham Farms | place:MI | phone:(248) 585-9338'),
    # #011: kept: an HTML link, readable; the URL without the quotes around it
    ('enron8-lines', '<a href="http://www.m-ul.com/e/unsub.cgi?l=9994&m=1104938866">UNSUBSCRIBE</a>',
     'url:http://www.m-ul.com/e/unsub.cgi?l=9994&m=1104938866'),
    ('enron8-lines', 'The animationis approximately 3 Mb, so a broadband connection is best.',
     ''),
    # #013: a score is not a date
    ('enron8-lines', 'school-record-tying five touchdown passes en route to a 45-17 victory over',
     ''),
    ('enron8-lines', '713-751-3280 (fax)',
     'phone:713-751-3280'),
    ('enron8-lines', '(617) 627-3712 fax',
     'phone:(617) 627-3712'),
    ('enron8-lines', '07/27/2000 09:23 AM ---------------------------',
     'date:07/27/2000'),
    ('enron8-lines', "Lance's telephone # is: (512) 280-5052.",
     'person:Lance | phone:(512) 280-5052'),
    # #018: a slash after the area code, as 605/978-2840 (h4)
    ('enron8-lines', 'will be replayed later this afternoon. Dial 888/203-1112 for the',
     'phone:888/203-1112'),
    ('enron8-lines', 'incumbent utilities at $50 per megawatt-hour for a five-year period beginning',
     ''),
    # #020: Thanksgiving and 12/6-12/7 have no year
    ('enron8-lines', "Thanksgiving. I'll be coming to Houston for 12/6-12/7 and hope you are",
     'place:Houston'),
    # #021: a dotted date inside a file name (enron4 #042)
    ('enron8-lines', '- List_of_attendees_10.30.00.xls',
     'date:10.30.00'),
    ('enron8-lines', 'Office: 713-345-3200',
     'phone:713-345-3200'),
    # #023: NEW h8: an area code alone, '(248)', its number wrapped onto the next line, is not labelled: like a bare
    # generic remnant of a cut name (README), it dials nothing on its own
    ('enron8-lines', 'consultation and referral, cases accepted statewide. Phone Hone: (248)',
     ''),
    # #024: a P.O. box
    ('enron8-lines', 'P.O. Box 1384',
     ''),
    ('enron8-lines', 'photonics; have 8+ years of telecommunication industry experience; have at',
     ''),
    # #026: a deal number is nothing; February has no year
    ('enron8-lines', 'We did a deal in February (#533916) with a little different name. Also we',
     ''),
    # #027: a document-management file name, no date
    ('enron8-lines', '- ld2d-#75690-1.DOC',
     ''),
    ('enron8-lines', '(517) 652-2651',
     'phone:(517) 652-2651'),
    # #029: as enron4-headers #018: the bare digit run 102901 is not a date
    ('enron8-lines', '(See attached file: WSPP Collateral Annex 102901.doc) (See attached',
     'org:WSPP'),
    ('enron8-lines', '(415) 733-4190 fax',
     'phone:(415) 733-4190'),
    ('enron8-lines', '09:22 AM ---------------------------',
     ''),
    # #032: as enron8 #025
    ('enron8-lines', 'Management`S Discussions: 10-K405, Kansas City Power & Light CO 5 of 6',
     'org:Kansas City Power & Light CO'),
    ('enron8-lines', 'Contact(s): Scott Williamson 713-853-6792',
     'person:Scott Williamson | phone:713-853-6792'),
    ('enron8-lines', 'Home: 713/864-1175',
     'phone:713/864-1175'),
    # #035: a Received-header fragment, as enron4-headers #020: weekday, time, offset and zone left out; IAA20602 is a
    # message id
    ('enron8-lines', 'IAA20602 for <scrowell@us.oracle.com>; Thu, 28 Sep 2000 08:10:25 -0700 (PDT)',
     'email:scrowell@us.oracle.com | date:28 Sep 2000'),
    ('enron8-lines', '? Option Grid (phase 2):',
     ''),
    ('enron8-lines', 'http://199.97.97.79/IMDS|PMADJN0,PMADJN1,PMADJN2,PMADJN3,PMADJN4|index',
     'url:http://199.97.97.79/IMDS|PMADJN0,PMADJN1,PMADJN2,PMADJN3,PMADJN4|index'),
    ('enron8-lines', 'for $69 million in "potential" refunds (either pay up or provide cost',
     ''),
    ('enron8-lines', 'Phone: 713-348-6223',
     'phone:713-348-6223'),
    ('enron8-lines', 'Grosse Pointe, established in 1970. 10 or more years of experience preferred.',
     'place:Grosse Pointe | date:1970'),
    # #041: NEW h8: the international dialling prefix (011, from the US) and country code (52) are part of the phone, as
    # a leading +86 is (README); 'US' before the hyphen (dialling from the US) is a place
    ('enron8-lines', 'From US-011-52-69-13-3333.',
     'place:US | phone:011-52-69-13-3333'),
    # #042: an exhibit letter
    ('enron8-lines', '4. Do we need Exhibit R (Schedule of Witness Test Points)?',
     ''),
    ('enron8-lines', 'Fax 713-646-3490',
     'phone:713-646-3490'),
    ('enron8-lines', 'going to cover all the bases - short and long term. I will be out the 14th',
     ''),
    ('enron8-lines', 'Order requiring something like 55-65 million dollars in refunds by generators',
     ''),
    # #046: NEW h8: a section named with its parent in the possessive (State Bar of Michigan's Real Property Law
    # Section) gives two orgs, the 's left out of both; the range 2000-2001 shares no unit, so each end is its own date
    # (README); Mr. is a title
    ('enron8-lines', "State Bar of Michigan's Real Property Law Section for 2000-2001. Mr. Dudek is",
     'org:State Bar of Michigan | org:Real Property Law Section | person:Dudek | date:2000 | date:2001'),
    ('enron8-lines', '? Transport Deal Capture & Valuation (phase 2):',
     ''),
    ('enron8-lines', 'the first down on a tough 2-yard run to the 14 as the quarter ended.',
     ''),
    # #049: as 'PR Newswire- 10/23/01' (enron4-headers)
    ('enron8-lines', 'Associated Press Newswires- 10/23/01',
     'org:Associated Press Newswires | date:10/23/01'),
    # -- national reports (all years) and laws, sentences with a year, 〔 or 号: Random(9093).sample(…, 60)
    # #000: traditional characters; 年底: 底 left out (README), so the date is 一九五三年; 解放前 is no date
    ('zh8-gov-work-reports', '與解放前最高水平相比，在一九五三年年底，全國高等學校學生數增長了百分之四十，即達到二十一萬六千餘人；',
     'date:一九五三年'),
    # #001: 过去五年 is a duration
    ('zh8-gov-work-reports', '过去五年，我们在丰富实践中积累了许多宝贵经验，主要体会是：',
     ''),
    # #002: 第一百四十二条之一 is an article number
    ('zh8-law-criminal_law', '第一百四十二条之一 违反药品管理法规，有下列情形之一，足以严重危害人体健康的，处三年以下有期徒刑或者拘役，并处或者单处罚金；',
     ''),
    # #003: each end of the range is a date; 十年 a duration
    ('zh8-gov-work-reports', '实现上述宏伟任务，从一九七六年到一九八五年是关键的十年。',
     'date:一九七六年 | date:一九八五年'),
    # #004: 第一个五年计划 names no year
    ('zh8-gov-work-reports', '苏联帮助我国设计的一百五十六个工业建设单位，是我国第一个五年计划工业建设的中心。',
     'place:苏联'),
    ('zh8-gov-work-reports', '过去五年，全国各族人民在中国共产党领导下，团结奋斗，开拓创新，各个方面取得了重大成就。',
     'org:中国共产党'),
    # #006: 东北 (here Manchuria, 我国的东北) is not labelled: README item 2 recommends treating a bare compass word (东北, 西南)
    # as directional; recorded here as h8's decision; 国民党 (the Kuomintang, 反动派 being a description) is an org
    ('zh8-gov-work-reports', '日本帝国主义在侵占了我国的东北以后，特别是在一九三九年到一九四三年，为了掠夺资源，扩大侵略战争，曾经在那里扩建了一些钢铁工业，那些当然是附属于日本本国工业系统的纯粹殖民地式的工业，而且许多工厂和矿山在以后又被国民党反动派所严重地破坏了。',
     'place:日本 | date:一九三九年 | date:一九四三年 | place:日本#2 | org:国民党'),
    # #007: 第一个五年计划 names no year
    ('zh8-gov-work-reports', '第一个五年计划对农业规定了适当的增产指标。',
     ''),
    ('zh8-gov-work-reports', '五年计划规定扩大耕地面积三千八百六十八万亩，是最低的指标，必须尽可能地用各种办法超过这个数字。',
     ''),
    # #009: 国家公园 and 国家级自然保护区 are categories
    ('zh8-law-criminal_law', '第三百四十二条之一 违反自然保护地管理法规，在国家公园、国家级自然保护区进行开垦、开发活动或者修建建筑物，造成严重后果或者有其他恶劣情节的，处五年以下有期徒刑或者拘役，并处或者单处罚金。',
     ''),
    # #010: 上年 is relative
    ('zh8-gov-work-reports', '贸易顺差连续两年下降，2010年比上年减少6.4%。',
     'date:2010年'),
    # #011: 上年 is relative
    ('zh8-gov-work-reports', '１９５６年全国医院和疗养院病床将增设６万张，总数达到３３．９万张，比上年增长２２％；',
     'date:１９５６年'),
    ('zh8-law-criminal_law', '第四百四十二条 违反规定，擅自出卖、转让军队房地产，情节严重的，对直接责任人员，处三年以下有期徒刑或者拘役；',
     ''),
    ('zh8-law-criminal_law', '控股股东、实际控制人组织、指使实施前款行为的，处五年以下有期徒刑或者拘役，并处或者单处非法募集资金金额百分之二十以上一倍以下罚金；',
     ''),
    ('zh8-gov-work-reports', '在一九五四年九月，又对棉花实行计划收购，对棉布实行计划收购和计划供应。',
     'date:一九五四年九月'),
    # #015: as zh4-law #002: the session ordinal is not part of the name
    ('zh8-law-counterespionage_law_2023', '2023年4月26日 第十四届全国人民代表大会常务委员会第二次会议修订）',
     'date:2023年4月26日 | org:全国人民代表大会常务委员会'),
    ('zh8-gov-work-reports', '一、1998年工作回顾和1999年工作的总体要求',
     'date:1998年 | date:1999年'),
    # #017: 国家机关 is generic; 黑社会性质的组织 is a category
    ('zh8-law-criminal_law', '国家机关工作人员包庇黑社会性质的组织，或者纵容黑社会性质的组织进行违法犯罪活动的，处五年以下有期徒刑；',
     ''),
    # #018: each end of the range is a date
    ('zh8-gov-work-reports', '１９５６年基本建设完成的工作量，连同１９５３年到１９５５年所完成的工作量，将要达到五年计划原定总投资额的８７．６％。',
     'date:１９５６年 | date:１９５３年 | date:１９５５年'),
    # #019: 五年 and 前五年 are durations
    ('zh8-gov-work-reports', '全国财政用于教育支出五年累计2.43万亿元，比前五年增长1.26倍。',
     ''),
    # #020: 阿联 (the United Arab Republic) is the country's usual short name, not a string of one-character
    # abbreviations; 锡兰 (Ceylon) as written; 亚非 is a string of one-character abbreviations (README)
    ('zh8-gov-work-reports', '一九五八年以来，我国同也门、缅甸、印度尼西亚、阿联、锡兰、突尼斯、摩洛哥、伊拉克等国先后签订了加强经济贸易联系和文化合作的协定，同时也扩大了同其他一些亚非国家的友好往来。',
     'date:一九五八年 | place:也门 | place:缅甸 | place:印度尼西亚 | place:阿联 | place:锡兰 | place:突尼斯 | place:摩洛哥 | place:伊拉克'),
    # #021: the spaced digits are counts
    ('zh8-gov-work-reports', '五年来，国务院提出法律草案6 6 个，制定行政法规1 9 7 个，依法行政状况有所改善。',
     'org:国务院'),
    # #022: 十八周岁 is an age
    ('zh8-law-criminal_procedure_law_2018', '第二百八十六条 犯罪的时候不满十八周岁，被判处五年有期徒刑以下刑罚的，应当对相关犯罪记录予以封存。',
     ''),
    # #023: the ports, named by their city or harbour (石臼所, 黄埔), are places (README); 一九八○年 with ○ (U+25CB) as written
    ('zh8-gov-work-reports', '在大连、秦皇岛、天津、青岛、石臼所、连云港、上海、黄埔、湛江等十五个港口建设一百三十二个深水泊位，到一九八五年全国沿海港口吞吐能力将由一九八○年的二亿一千七百万吨增加到三亿一千七百万吨。',
     'place:大连 | place:秦皇岛 | place:天津 | place:青岛 | place:石臼所 | place:连云港 | place:上海 | place:黄埔 | place:湛江 | date:一九八五年 | date:一九八○年'),
    # #024: traditional characters; 第一個五年計劃 names no year
    ('zh8-gov-work-reports', '我國在第一個五年計劃期間新建和改建的重大工業建設項目約有六百個，大家所知道的蘇聯協助我國建設的一百四十一個項目就是其中的骨幹。',
     'place:蘇聯'),
    ('zh8-law-criminal_law', '第二百五十九条 明知是现役军人的配偶而与之同居或者结婚的，处三年以下有期徒刑或者拘役。',
     ''),
    ('zh8-gov-work-reports', '高等学校从1999年起连续扩大招生规模，高考录取率从36%提高到59%；',
     'date:1999年'),
    # #027: each end of the range is a date; 十年动乱 is a period, not a date
    ('zh8-gov-work-reports', '从一九五八年到一九七八年的二十年中，特别是在十年动乱期间，我们国家在生产建设上投入了大量资金，但在“左”的思想指导下，经济结构很不合理，经济体制中存在着许多弊端，生产、建设和流通领域中浪费严重，经济效益很差，在人民生活方面积累了大量的问题。',
     'date:一九五八年 | date:一九七八年'),
    ('zh8-gov-work-reports', '因此，我们在一九五八年动员全民的力量增产钢铁，使钢产量由一九五七年的五百三十五万吨增长到一千一百零八万吨。',
     'date:一九五八年 | date:一九五七年'),
    ('zh8-gov-work-reports', '积累率由1978年的36.5％，降为33.6％。',
     'date:1978年'),
    # #030: the session ordinal is not part of the name; the amendment's title is not labelled, the place inside it is
    ('zh8-law-constitution_prc', '1993年3月29日 第八届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》',
     'date:1993年3月29日 | org:全国人民代表大会 | place:中华人民共和国'),
    # #031: the Games are an event; 首都 is a common noun (README)
    ('zh8-gov-work-reports', '认真做好２００８年北京奥运会前期准备，把举办奥运会工作与推进首都改革开放和现代化建设结合起来。',
     'date:２００８年 | place:北京'),
    ('zh8-law-criminal_law', '虚开的税款数额较大或者有其他严重情节的，处三年以上十年以下有期徒刑，并处五万元以上五十万元以下罚金；',
     ''),
    # #033: 建国以来 and 上一年 are not dates
    ('zh8-gov-work-reports', '粮食按人口平均占有量超过了建国以来的最高水平，总产量达到三亿零四百七十五万吨，比上一年增产二千二百万吨，即百分之七点八。',
     ''),
    ('zh8-gov-work-reports', '在１９５５年的预算执行过程中，节减了基本建设的投资，克服了铺张浪费现象，这是正确的，必要的。',
     'date:１９５５年'),
    # #035: 五年 is a duration
    ('zh8-gov-work-reports', '五年全国公路建设投资12343亿元，扣除价格变动因素，是1950年到1997年全国公路建设投资总和的1.7倍。',
     'date:1950年 | date:1997年'),
    ('zh8-gov-work-reports', '小学校在校学生达到５，３１０万人，比１９５４年增加４％；',
     'date:１９５４年'),
    ('zh8-law-criminal_law', '后果特别严重的，处三年以上七年以下有期徒刑。',
     ''),
    # #038: 本年 is relative
    ('zh8-gov-work-reports', '１９５５年本年支出增长１，７４３，８４６，０００元，即增长６．３２％。',
     'date:１９５５年'),
    # #039: 毛主席 is a title with a surname only (README); 八届十中全会 is an event; 党 alone is no org; 号召 no docno
    ('zh8-gov-work-reports', '一九六二年九月，毛主席在党的八届十中全会上，向全党和全国人民发出了千万不要忘记阶级和阶级斗争的号召。',
     'date:一九六二年九月'),
    ('zh8-gov-work-reports', '群众办学在一九五七年也有了很大的发展，在这方面成绩最多的有四川、江苏、河南、河北等省。',
     'date:一九五七年 | place:四川 | place:江苏 | place:河南 | place:河北'),
    ('zh8-gov-work-reports', '他对一九六五年发展国民经济计划草案和国家预算的初步安排，作了说明。',
     'date:一九六五年'),
    ('zh8-gov-work-reports', '今后五年是实现我国现代化建设第二步战略目标的关键性五年。',
     ''),
    ('zh8-law-criminal_law', '第四百四十九条 在战时，对被判处三年以下有期徒刑没有现实危险宣告缓刑的犯罪军人，允许其戴罪立功，确有立功表现时，可以撤销原判刑罚，不以犯罪论处。',
     ''),
    # #044: 五年计划 names no year
    ('zh8-gov-work-reports', '很明显，如果我们不同这种不良的倾向进行坚决的斗争，我们的事业就不能前进，五年计划就不能胜利实现。',
     ''),
    ('zh8-gov-work-reports', '一年来，我们高举和平、发展、合作的旗帜，坚持奉行独立自主的和平外交政策，维护国家和人民的根本利益，发展同世界各国的友好与互利合作关系，为维护世界和平、促进共同发展作出了贡献。',
     ''),
    ('zh8-law-criminal_law', '情节较轻的，处三年以下有期徒刑或者拘役。',
     ''),
    # #047: 底 left out; 中央衞生部 (the central Ministry of Health) is one body, 中央 part of its name; traditional characters
    ('zh8-gov-work-reports', '到一九五三年底，中央衞生部所屬醫院共有三千零六十八所。',
     'date:一九五三年 | org:中央衞生部'),
    ('zh8-law-criminal_law', '破坏重要武器装备、军事设施、军事通信的，处三年以上十年以下有期徒刑；',
     ''),
    ('zh8-law-criminal_law', '第二百四十条 拐卖妇女、儿童的，处五年以上十年以下有期徒刑，并处罚金；',
     ''),
    # #050: 称号 (a title of honour) holds 号 but is no document number
    ('zh8-law-shanghai_ethnic_minority_rights_regulations', '获得全国和市级民族团结进步先进称号的个人，可以分别享受市级劳动模范和区、县、局级先进工作者的待遇。',
     ''),
    # #051: 五年内 is a duration
    ('zh8-gov-work-reports', '五年内新建和续建装机容量四十万千瓦以上的水电站十五个，二十万千瓦以上的火电站四十五个，三十万千瓦的核电站一个，加上小型电站的建设，全国电站建设总规模为三千六百六十万千瓦。',
     ''),
    # #052: 各部委, 地方各级政府 are generic
    ('zh8-gov-work-reports', '在过去的三年中，国务院和各部委以及地方各级政府为了进行治理整顿发布了一些文件，起了积极的作用。',
     'org:国务院'),
    # #053: 西部地区 is a compass region (README); “两基” a programme; 九年义务教育 a duration; 中央财政 attributive
    ('zh8-gov-work-reports', '今年要启动西部地区“两基”攻坚计划，到2007年使西部地区基本普及九年义务教育，基本扫除青壮年文盲，中央财政将为此投入100亿元。',
     'date:2007年'),
    # #054: 五年计划 names no year
    ('zh8-gov-work-reports', '我国的文化教育事业的各种指标，在一九五二年已经超过了解放以前的最高水平，在这个基础上，五年计划又规定了进一步发展的指标。',
     'date:一九五二年'),
    ('zh8-law-criminal_law', '第四百三十一条 以窃取、刺探、收买方法，非法获取军事秘密的，处五年以下有期徒刑；',
     ''),
    ('zh8-law-criminal_law', '数量较大或者有其他严重情节的，处三年以上十年以下有期徒刑，并处五万元以上五十万元以下罚金；',
     ''),
    ('zh8-law-criminal_law', '情节较轻的，处二年以下有期徒刑或者拘役。',
     ''),
    ('zh8-law-criminal_law', '致使当事人或者其他人的利益遭受特别重大损失的，处五年以上十年以下有期徒刑。',
     ''),
    # #059: 这三年 is a duration
    ('zh8-gov-work-reports', '这三年治理整顿之所以进行得比较顺利，是同改革开放以来我国经济实力有了很大增强分不开的。',
     ''),
    # -- 2025 provincial reports, sentences with a year, 〔, 号 or a run of 7+ digits: Random(9094).sample(…, 40)
    # #000: the plan's name holds durations (三年, 五年), no date
    ('zh8-prov-ningxia', '深入实施“外资三年外贸五年倍增计划”，深化与重点国家和地区的经济合作，新增外资外贸企业30家左右。',
     ''),
    ('zh8-prov-jiangxi', '实施以人为本的新型城镇化战略五年行动计划，改造老旧小区1343个52.54万户，城市生活污水集中收集率提升5个百分点、达68.13%，列入国家监管平台的县级城市黑臭水体全部完成整治。',
     ''),
    # #002: 6年来, 10年来 are durations
    ('zh8-prov-liaoning', '研发投入增速6年来首次超过全国水平，投入强度创10年来新高，技术合同成交额增长17.8%，高技术制造业增加值增长11.3%。',
     ''),
    # #003: “十四五” is a plan period
    ('zh8-prov-guangxi', '2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。',
     'date:2024年 | place:中华人民共和国'),
    ('zh8-prov-shaanxi', '过去一年成绩来之不易，值得倍加珍惜。',
     ''),
    # #005: the ordinal splits the name: place before it, org after it (江苏省第十四届人民代表大会, README)
    ('zh8-prov-guangdong', '——2025年1月15日在广东省第十四届人民代表大会第三次会议上',
     'date:2025年1月15日 | place:广东省 | org:人民代表大会'),
    # #006: the measures' title is not labelled; “16条” is a count
    ('zh8-prov-sichuan', '4.稳增长“16条”：2024年9月27日，省政府印发《关于推动经济持续回升向好的若干政策措施》，提出促进消费提质增效、帮助企业降本减负、推进企业快速成长、推进产业转型升级等4个方面16条措施。',
     'date:2024年9月27日 | org:省政府'),
    # #007: 京 alone and 中德 are abbreviations (README); the summit is an event; 北京地区 with its area word (README item 3)
    ('zh8-prov-beijing', '大力推动外贸外资提质升级，8家知名外资医药企业在京新设研发机构，中德世界隐形冠军峰会14年来首次走出德国、在京举办论坛，北京地区进出口总额超3.6万亿元。',
     'place:德国 | place:北京地区'),
    # #008: as #005
    ('zh8-prov-ningxia', '——2025年1月19日在宁夏回族自治区第十三届人民代表大会第三次会议上',
     'date:2025年1月19日 | place:宁夏回族自治区 | org:人民代表大会'),
    # #009: 三年 is a duration; “房票” a scheme
    ('zh8-prov-guizhou', '推进存量安置房三年清零攻坚行动，加大专项债券支持力度，探索“房票”模式，撬动社会资本投入，联动推进存量安置房清零和商品房去库存，完成安置房交付8万套。',
     ''),
    # #010: the abbreviated names of specific bodies (the province's Red Cross, federations and associations) are orgs,
    # as 工商联 and 妇联 (README); 工青妇 is a string of abbreviations (工会, not an org by README, 共青团, 妇联) and not labelled;
    # 群团组织 is generic; 援疆 (aid to Xinjiang) is a programme
    ('zh8-prov-jiangxi', '过去一年，工青妇、红十字会、社联、文联、侨联、残联、科协、对外友协、贸促会等群团组织和退役军人事务、民族、宗教、对台、侨务、气象、水文、测绘、哲学社会科学、文学艺术、新闻出版、广播影视、档案、地方志、援疆、关心下一代等工作取得新进步；',
     'org:红十字会 | org:社联 | org:文联 | org:侨联 | org:残联 | org:科协 | org:对外友协 | org:贸促会'),
    # #011: 连续3年 is a duration
    ('zh8-prov-jilin', '播种面积达到8780.7万亩，单产连续3年居粮食主产省第1位，总产量达到853.2亿斤，全国第4的地位进一步巩固。',
     ''),
    ('zh8-prov-chongqing', '刚刚过去的2024年，是重庆发展史上具有里程碑意义的一年。',
     'date:2024年 | place:重庆'),
    # #013: the quoted project names are programmes; 一年 / 三年 are durations
    ('zh8-prov-beijing', '着力增强防灾减灾能力，率先出台韧性城市空间规划，全面推进灾后恢复重建，168项“一年基本恢复”项目全部按期投用，344项“三年全面提升”项目开工建设；',
     ''),
    # #014: “十四五”, “十五五” are plan periods
    ('zh8-prov-ningxia', '2025年是“十四五”规划圆满收官和“十五五”规划谋篇布局的承启之年，面临的挑战、机遇和不确定性前所未有。',
     'date:2025年'),
    # #015: 自治区党委 is a level-qualified body (README); 中华民族 is not labelled (README); the quoted slogans are programmes
    ('zh8-prov-inner_mongolia', '过去一年，在自治区党委带领下，我们深入贯彻落实习近平总书记对内蒙古的重要指示精神，紧扣铸牢中华民族共同体意识工作主线，凝心聚力办好“两件大事”、抓好“六个工程”，统筹做好经济社会发展各项工作，闯新路进中游迈出实质性步伐。',
     'org:自治区党委 | person:习近平 | place:内蒙古'),
    # #016: 连续5年 is a duration
    ('zh8-prov-fujian', '金融领域突出治已病防未病，持续提升地方中小金融机构抗风险能力，不良贷款率持续处于较低水平，连续5年无高风险金融机构。',
     ''),
    # #017: 三年 is a duration; “八五” a plan period
    ('zh8-prov-tianjin', '加强政府立法审查，完善重大决策、规范性文件合法性审查机制，深入实施提升行政执法质量三年行动计划，扎实开展“八五”普法。',
     ''),
    # #018: drawn for '5年' in 'PM2.5年均' (PM2.5's annual mean): no year is written
    ('zh8-prov-shanxi', 'PM2.5年均浓度降至36微克/立方米，PM10年均浓度首次达到国家二级标准。',
     ''),
    # #019: an airport is a place (README), 二期工程 (its phase-two works) left out; 空中丝绸之路 is a programme
    ('zh8-prov-sichuan', '加快对外开放大通道建设，支持成都打造全方位门户复合型国际航空枢纽，实施空中丝绸之路建设三年行动，恢复和开通更多国际航线，做强国际航空货运基地，推进天府国际机场二期工程前期工作。',
     'place:成都 | place:天府国际机场'),
    # #020: 青南 (southern Qinghai) is a direction joined to a place name, with its 地区, as 粤东地区 (README item 2); the 试验区
    # is a programme zone: only 青南 inside it; 青海 inside the brand 大美青海 is labelled (README)
    ('zh8-prov-qinghai', '实施青南地区旅游发展五年行动，规划建设青南国际生态旅游目的地试验区，建好工业旅游示范基地，让“山宗水源·大美青海”品牌越来越响亮。',
     'place:青南地区 | place:青南#2 | place:青海'),
    # #021: “江海号” is a machine (a product); 国家科学技术奖 and 技术发明奖 are awards
    ('zh8-prov-hunan', '12个项目获国家科学技术奖，其中1项获技术发明奖一等奖，涌现了“江海号”最大直径盾构机、全球最大4000吨级全地面起重机等一批国际领先技术成果。',
     ''),
    # #022: airports and ports are places (README): 福州机场 (二期 its phase), 厦门新机场, 厦门港翔安 (the port with its harbour area;
    # the berths are not labelled); the railways (漳汕高铁, 福莆宁F2和F3线, strings of one-character abbreviations) are not;
    # 白濑水利枢纽 and the nuclear plants' units are facilities: only the place inside (白濑, 漳州, 宁德); 中沙 is an abbreviation
    # string; 古雷 inside the two projects is labelled; 1—5号 are berth numbers, no docno
    ('zh8-prov-fujian', '推进漳汕高铁、福州机场二期、厦门新机场、福莆宁F2和F3线、厦门港翔安1—5号泊位、白濑水利枢纽、“五江一溪”防洪治理、漳州核电2—4号机组、宁德核电5号机组、中沙古雷乙烯、古雷炼化一体化工程二期等建设。',
     'place:福州机场 | place:厦门新机场 | place:厦门港翔安 | place:白濑 | place:漳州 | place:宁德 | place:古雷 | place:古雷#2'),
    # #023: 五年过渡期 is a period
    ('zh8-prov-qinghai', '持续巩固拓展脱贫攻坚成果，提升防止返贫致贫监测帮扶效能，针对性做好产业和就业帮扶，开展五年过渡期总体评估，建立分层分类帮扶制度，守牢不发生规模性返贫致贫底线。',
     ''),
    # #024: 丝绸之路经济带 is an economic belt (README), its 核心区 a programme zone; the corridor and the railway 中吉乌铁路 (a string
    # of one-character abbreviations) are not labelled; 乌鲁木齐国际陆港区 is a named port area taken whole with its city (as
    # 贵阳国际陆港); the TIR centres are facilities (TIR a convention's name): only 喀什 inside; 近30年 is a duration
    ('zh8-prov-xinjiang', '丝绸之路经济带核心区加快建设，积极参与中国—中亚交通走廊建设，筹划近30年的中吉乌铁路项目正式开工，乌鲁木齐国际陆港区“TIR国际道路运输集结中心”挂牌，喀什集结中心TIR运输运营票数居全国第一。',
     'place:丝绸之路经济带 | place:中国 | place:中亚 | place:乌鲁木齐国际陆港区 | place:喀什'),
    # #025: “十四五” is a plan period
    ('zh8-prov-liaoning', '符合“十四五”规划、三年行动目标要求，体现了自我加压、主动作为、争先进位，有利于引导市场预期、凝聚振兴力量、提振发展士气。',
     ''),
    # #026: inside 习近平新时代中国特色社会主义思想 (README)
    ('zh8-prov-heilongjiang', '过去一年，我们坚持用习近平新时代中国特色社会主义思想凝心铸魂，扎实开展党纪学习教育，持续深化能力作风建设，以实际行动坚定拥护“两个确立”、坚决做到“两个维护”。',
     'person:习近平 | place:中国'),
    # #027: 贵州 inside 贵州籍 is labelled; 巴黎 inside the event's name (巴黎奥运会) is labelled, the Games are an event; the
    # numbered national games are an event
    ('zh8-prov-guizhou', '贵州籍运动员在2024年巴黎奥运会获得3块金牌、残奥会获得8块金牌，在第十二届全国少数民族传统体育运动会获一等奖20项，均取得历史最好成绩，我们为此而深感自豪。',
     'place:贵州 | date:2024年 | place:巴黎'),
    # #028: 号源 (appointment slots) holds 号 but is no document number
    ('zh8-prov-beijing', '继续深化分级诊疗，新建5个紧密型城市医疗集团，市属医院全量门诊预约号源提前2周向基层投放，其他三级公立医院50%的门诊预约号源提前向基层投放。',
     ''),
    ('zh8-prov-heilongjiang', '一年来，我们认真落实党中央决策部署和省委工作安排，主要做了以下工作。',
     'org:党中央 | org:省委'),
    # #030: the heading, as 2025年黑龙江省政府工作报告 (h5): the government is an org
    ('zh8-prov-inner_mongolia', '2025年内蒙古自治区政府工作报告',
     'date:2025年 | org:内蒙古自治区政府'),
    ('zh8-prov-gansu', '二、2025年工作总体要求和预期目标',
     'date:2025年'),
    # #032: 挂号 holds 号 but is no document number; 省级区域公共卫生中心 is a category
    ('zh8-prov-sichuan', '开展公立医院“一次挂号管三天”试点，启动省级区域公共卫生中心建设。',
     ''),
    # #033: the railways (宝中, 银巴, 包兰: strings of one-character abbreviations) are not labelled; the places inside their
    # sections (宁夏段, 银川至中卫段) are; “铁公机” is a programme
    ('zh8-prov-ningxia', '启动新一轮“铁公机”建设三年计划，加快宝中铁路宁夏段扩能改造和银巴铁路建设，开工建设包兰铁路扩能改造银川至中卫段。',
     'place:宁夏 | place:银川 | place:中卫'),
    # #034: “3+4” is a scheme; 3年 and 4年 are durations
    ('zh8-prov-yunnan', '13．职业教育“3+4”中本贯通：中职学校与本科院校选取部分相近专业开展一体化人才联合培养，学生在中职学校就读3年、本科院校就读4年。',
     ''),
    ('zh8-prov-hainan', '二、2025年工作总体要求和主要目标',
     'date:2025年'),
    ('zh8-prov-anhui', '深入推进安全生产治本攻坚三年行动，加强重大安全风险防控，常态化开展重点领域安全隐患排查整治。',
     ''),
    # #037: 太原 inside the metro line's name is labelled, the line is not; 阳涉铁路 is a railway (阳涉 a string of
    # one-character abbreviations)
    ('zh8-prov-shanxi', '加快构建便捷高效的通勤圈，推动太原轨道交通1号线、阳涉铁路客运服务顺畅运行，建设城际快速路，打通断头路瓶颈路。',
     'place:太原'),
    # #038: 连续三年 is a duration
    ('zh8-prov-tianjin', '知识产权保护连续三年考核优秀，质量基础设施“一站式”服务深受企业好评。',
     ''),
    # #039: 福建 in 新福建, as 中国 in 新中国 (README)
    ('zh8-prov-fujian', '过去的一年，我省发展之所以延续了新时代以来的良好态势，新福建宏伟蓝图的战略指引至关重要。',
     'place:福建'),

]
# fmt: on


def main() -> None:
    holdouts.main("holdout8", ITEMS, DRAWS, sample, ("enron8", "enron8-lines", "zh8-gov-work-reports", "zh8-law-",
                                                    "zh8-prov-"))


if __name__ == "__main__":
    main()

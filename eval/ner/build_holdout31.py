r"""Build eval/ner/holdout31.jsonl: a thirty-first held-out NER set, English mail rich in patterns, sampled by seed and labelled blind.

The texts were drawn mechanically by `sample()` below from a pool of 120 real Enron messages that no
earlier set read from this source, then labelled by reading, following the "Labelling rules" of
README.md (with the recommendations of "Where the sets disagree") and the decisions recorded in
build.py and build_holdout.py … build_holdout30.py (the NEW h7 … NEW h30 decisions included; the
English mail decisions are mostly in build_holdout4.py … build_holdout24.py). The labeller did not
read anything of the extractor (dossier/), the tests, docs/ or bench/, nor the repository's history,
did not run it, bench/ner_eval.py, the tests, the project's date/phone finders or any date or phone
parser, segmenter, NER or POS tool on these texts, and did not look at what any tool predicts for
them. The set has never been scored. Like holdout4, holdout8, holdout10 … holdout20 it is meant to be
rich in patterns (dates, phones, e-mail addresses, URLs, document numbers); every entity type the
rules define is labelled, names (person, org, place) included.

    python eval/ner/build_holdout31.py            # write holdout31.jsonl from ITEMS, print counts
    python eval/ner/build_holdout31.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout31.py --check    # confirm every ITEMS text is one of the drawn candidates

The pool. The Enron sample of ../shared/corpus is used up (holdout18 and holdout20 took the last of
it), so this set reads new mail: /tmp/pool/enron2/001.txt … 120.txt, 120 raw messages of the Enron
maildir (CRLF line endings) fetched from the public GitHub repository YusifAghalar/GraphAnalytics-ADA
at commit 36303b22f4cf4eab471ade97e8ae652b1f7fe044; the pool's SOURCES.tsv gives each file's path in
that repository (maildir/<user>/inbox/<n>) and its Message-ID. The pool is NOT in this repository, so
`--sample` and `--check` run only where it exists (at POOL); ITEMS, not a re-draw, is the record of
what was drawn and is what gets built. The files are read in name order (NNN.txt; SOURCES.tsv and
anything else in the folder are not read).

Sampling. The reading code (Enron body cleaning, body lines, the sentence split) is copied from
build_holdout20.py (itself from build_holdout18.py … build_holdout4.py), not imported, so that no
later edit of those files changes this draw. Unlike the earlier Enron draws, these pools leave out
no earlier set's texts (the pool is another copy of Enron mail, not the corpus sample the earlier
draws were filtered against); a text that recurs is kept once.

1. enron31: the body of each message (Python's email package, policy.default; header blocks of
   quoted or forwarded mail, '-----Original Message-----' and '----- Forwarded by' lines and lines
   starting with '>' removed), split into paragraphs at blank lines, each paragraph's whitespace
   collapsed and split into sentences at [.!?] + whitespace + capital; kept if 30-200 characters
   and containing a digit, an '@', 'http' or 'www' (pool 330); random.Random(32321).sample(…, 150).
2. enron31-lines: the body lines that survive the same cleaning, each stripped with its whitespace
   collapsed, kept if 10-120 characters, containing a digit and one of LINE_CUES (signature and
   contact lines), and neither containing nor contained in a text of draw 1's pool (pool 60, fewer
   than 80); random.Random(32322).sample(…, min(80, 60)), so all the pool holds, in that order.
Seeds 32321 and 32322 are both used.

A sampled text that is pure debris (HTML markup, base64) would be dropped, with a comment where it
would have been, and replaced by the next candidate of the same random order. None was dropped: the
HTML entities (&#174;, &#153;) and separator lines in a few texts were readable and kept, as said on
their items. Both draws were labelled in full; none was cut short.

The same mail circulates widely, so 8 drawn texts equal or overlap a text of an earlier set (draw 1
#086, #109, #136; draw 2 #019, #021, #037, #043, #049: three sentences and five short itinerary and
contact lines that earlier sets drew from the corpus's Enron sample). They were kept, as the draws
prescribe, and labelled as those sets labelled them, as said on their items.

The decisions this set adds are marked NEW h31 on their items (10 of them): a named unit inside a job
title; US compass regions heading a list of traders; a two-digit version year in a product's name; a
standard's issue number alone resolved by context; a link with its scheme to an intranet host with no
domain; a restaurant hosting a gathering as a venue; a lone initial cut by the split; the Navajo
Nation acting; the office path of a military display name; a ship's name.

Result: 210 sentences (150 enron31, 60 enron31-lines), 329 entities: 46 phone, 43 date, 15 email,
10 url, 3 docno (117 pattern entities), 79 person, 70 org, 63 place. No id_number was drawn (no
personal identity-document number occurs in the pool). Pattern entities by draw: enron31 98,
enron31-lines 19.
"""

from __future__ import annotations

import email
import random
import re
import sys
from email import policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import holdouts  # noqa: E402  (the shared command line; build.spans computes and checks offsets)

POOL = Path("/tmp/pool/enron2")   # 120 Enron messages fetched from the GitHub repository named in SOURCES.tsv
LINE_CUES = ["phone", "Phone", "tel", "Tel", "fax", "Fax", "cell", "Cell", "pager", "x", "(", "-"]


# -- reading code, copied from build_holdout20.py (itself from build_holdout18.py, build_holdout16.py, build_holdout14.py,
# build_holdout12.py, build_holdout10.py and build_holdout4.py) so that all sets are read alike --------------------------------

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

def pool_files() -> list[Path]:
    """The pool's messages, 001.txt … 120.txt, in file-name order (SOURCES.tsv and _work/ are not read)."""
    return sorted(POOL.glob("[0-9][0-9][0-9].txt"))


def first_occurrences(pool: list[tuple[str, str]]) -> list[tuple[str, str]]:
    kept, texts = [], set()
    for source, s in pool:
        if s not in texts:
            texts.add(s)
            kept.append((source, s))
    return kept


def enron31_candidates() -> list[tuple[str, str]]:
    out = []
    for path in pool_files():
        for para in enron_body_paragraphs(path):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                s = s.strip()
                if 30 <= len(s) <= 200 and (re.search(r"\d", s) or "@" in s or "http" in s or "www" in s):
                    out.append(("enron31", s))
    return first_occurrences(out)


def enron31_line_candidates() -> list[tuple[str, str]]:
    texts = [s for _, s in enron31_candidates()]
    out = []
    for path in pool_files():
        for line in enron_body_lines(path):
            if (10 <= len(line) <= 120 and re.search(r"\d", line) and any(c in line for c in LINE_CUES)
                    and not any(line in t or t in line for t in texts)):
                out.append(("enron31-lines", line))
    return first_occurrences(out)


DRAWS = [(enron31_candidates, 32321, 150), (enron31_line_candidates, 32322, 80)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout30.py (the NEW h7 … NEW
    # h30 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans). Comments on an item record how an ambiguous case was decided; those marked NEW h31 are decisions
    # no earlier set had to make. #NNN = position in the seeded order. No text was dropped.
    # -- draw 1, enron31: Enron body sentences with a digit, '@', 'http' or 'www': Random(32321).sample(…, 150), in sampled order
    # #000: the time and the separator line of a forwarded-by line left out (nothing to label)
    ('enron31', 'Thanks. 02:22 PM ---------------------------',
     ''),
    # #001: the RED Index (CAEM's Retail Energy Deregulation Index, a study) is a title, not labelled
    ('enron31', 'A RED Index score of 0 represents the monopoly model and a score of 100 represents complete and effective implementation of the competitive model.',
     ''),
    # #002: a bare year inside a longer term (the 2000 Diversity Survey) is a date (README); the 's left out
    ('enron31', "If anyone would like to view the 2000 Diversity Survey results, please stop by Calvin's office.",
     'date:2000 | person:Calvin'),
    # #003: the makers inside product designations (as BOEING, README); Inspiron and Celeron are products; the HTML
    # entities (&#174;, &#153;) are readable debris, kept as drawn
    ('enron31', 'Item Detail#:1 Dell Inspiron 3800 Notebook--Intel&#174; Celeron&#153; processor, 600 MHz, 12.1" SVGA Display',
     'org:Dell | org:Intel'),
    # #004: the P.O. box and the ZIP code are not labelled (README)
    ('enron31', 'Dave Baker dbaker@briogon.com 831 425-2270 PO Box 91 Santa Cruz, CA 95063',
     'person:Dave Baker | email:dbaker@briogon.com | phone:831 425-2270 | place:Santa Cruz | place:CA'),
    # #005: MDEA (the municipal energy agency Enron schedules for, the mail's counterparty) is an org
    ('enron31', 'I talked to Kayne on Monday about the various contracts we have with MDEA to ensure they continued for 2002.',
     'person:Kayne | org:MDEA | date:2002'),
    # #006: a time is not a date
    ('enron31', 'Jeff, Roger and I will be meeting in the small conference room after the staff meeting at 10:00 a.m. tomorrow.',
     'person:Jeff | person:Roger'),
    # #007: the Notes domain (@ECT) left out (README); a day-first date as written; the time left out
    ('enron31', 'Scott Mills@ECT 18/11/2000 01:34 AM',
     'person:Scott Mills | date:18/11/2000'),
    # #008: a month with its year, the comma as written (h8 #027); the months without a year are not dates; Res &
    # Com are rate components
    ('enron31', 'Since the rates will be retroactive to November, 2001, we would have to refund both Res & Com for November, December, January and, at least Reservation for February.',
     'date:November, 2001'),
    # #009: a surname-first display name is one span, its quotes left out (README); the time left out
    ('enron31', '"Schaefer, Matthew" <MSchaefer@NYMEX.com> on 05/10/2001 10:52:30 AM',
     'person:Schaefer, Matthew | email:MSchaefer@NYMEX.com | date:05/10/2001'),
    # #010: E202b-2 is a course number
    ('enron31', 'Hi (E202b-2 Managerial Accounting students)',
     ''),
    # #011: the sentence-final period left out (h4)
    ('enron31', 'If you have received this email in error please notify the system manager at postmaster@APPAnet.org.',
     'email:postmaster@APPAnet.org'),
    ('enron31', 'We can certainly mark 60% of any business we do with Bridgeline, but the other 40% should be treated as affiliate business.',
     'org:Bridgeline'),
    # #013: OASIS is a system (Entergy's, the org inside labelled); WR is a control-area code of the transmission
    # path (h20 #014), not labelled; the OASIS reservation number is nothing
    ('enron31', 'And for your reference, the January Entergy OASIS # for WR to MDEA (30MW all day) is: 1025604 (Daily NN-6).',
     'org:Entergy | org:MDEA'),
    ('enron31', 'Scott Neal 05/04/2000 05:32 PM',
     'person:Scott Neal | date:05/04/2000'),
    ('enron31', 'slafontaine@globalp.com on 12/13/2000 04:15:51 PM',
     'email:slafontaine@globalp.com | date:12/13/2000'),
    ('enron31', 'Delivery Start Date 06/01/2001 Delivery End Date 01/31/2002 Total Days 244 days B',
     'date:06/01/2001 | date:01/31/2002'),
    ('enron31', 'I assumed $2,000/day and 20 days.',
     ''),
    # #018: Gray is the street of the address (318 Gray, Gray Street), a place as 909 Fannin (h12 #041); the
    # parentheses and the sentence-final period left out
    ('enron31', 'Directions to the restaurant, at 318 Gray (713/523-6404), are at http://www.farrago.tv/farrago.htm.',
     'place:Gray | phone:713/523-6404 | url:http://www.farrago.tv/farrago.htm'),
    # #019: the host inside the address is not labelled again (flat labels)
    ('enron31', 'Private sector organizations can order a copy from redindex@caem.org, through the center website at www.caem.org, or by calling 703-250-1580.',
     'email:redindex@caem.org | url:www.caem.org | phone:703-250-1580'),
    # #020: the Bullard Substation is a facility (README): only PG&E, its owner, inside it; CSUF (California State
    # University, Fresno) is the university
    ('enron31', 'If you are not familiar with this issue, EES elected to utilize the single tap termination @ the PG&E Bullard Substation in our proposal to CSUF.',
     'org:EES | org:PG&E | org:CSUF'),
    # #021: November 8 has no year
    ('enron31', 'The following list of issues will be addressed on November 8 and at subsequent meetings.',
     ''),
    ('enron31', 'This is updated through Gas Day 26th.',
     ''),
    # #023: 12/26-12/29 has no year; Christmas is a holiday
    ('enron31', 'I will be in Houston the week after Christmas (12/26-12/29) and was wondering if the two of you were going to be in the office, and if so, would you be available for lunch?',
     'place:Houston'),
    # #024: a surname-first name with its initial is one span (README)
    ('enron31', '"Jacobs, Ted K" <tjacobs@ou.edu> on 12/12/2000 09:46:16 AM',
     'person:Jacobs, Ted K | email:tjacobs@ou.edu | date:12/12/2000'),
    # #025: an elided couple is labelled as written (README: elisions): Barney and Joann Boyette; the street without
    # its number is a place (Smith Street, h1); the ZIP code is nothing
    ('enron31', 'Barney and Joann Boyette 2631 Inwood View San Antonio, TX 78248',
     'person:Barney | person:Joann Boyette | place:Inwood View | place:San Antonio | place:TX'),
    ('enron31', 'Replace the Subject field with the word remove. 3.',
     ''),
    # #027: the Mountainair team (the staff at the Mountainair compressor station): the town inside it is labelled
    # (README: a name inside a longer term); Title V is a section of a law; C/S No.7 a compressor station (a
    # facility)
    ('enron31', 'Assisted the Mountainair team with the semiannual Title V compliance monitoring report for C/S No.7.',
     'place:Mountainair'),
    ('enron31', 'Janet De La Paz 02/05/2001 05:28 PM',
     'person:Janet De La Paz | date:02/05/2001'),
    # #029: 10/27 has no year
    ('enron31', 'Prepare a schedule of deadlines for nominations on all pipelines - Lisa Meyer by 10/27',
     'person:Lisa Meyer'),
    ('enron31', '* The $1,000 per month exemption gives the small guy the right to be non-compliant.',
     ''),
    # #031: NEW h31: a named unit inside a job title (Market Services Representative; VP for Strategic Sourcing &
    # Supply, #133) is labelled as the org it names (Market Services is a named unit, README), the title word left
    # out; a generic function word in a title (Business Development, Supply Chain, #061, #139) is not, as 'Finance
    # Department' (h8 #026)
    ('enron31', 'Randy Bryan Market Services Representative Northern Natural Gas Company (713) 853-0438',
     'person:Randy Bryan | org:Market Services | org:Northern Natural Gas Company | phone:(713) 853-0438'),
    # #032: ENRQ, the writer's employer (Enron), is taken as written, as a misspelling (Anardarko, h8 #082); Jan 31
    # has no year
    ('enron31', 'I have accepted a position with RWE Trading Americas, my last day with ENRQ will be next Thursday, Jan 31.',
     'org:RWE Trading Americas | org:ENRQ'),
    # #033: Stage 2 is a phase of the exercise
    ('enron31', 'Following the conclusion of Stage 2, I can begin gathering the market data based on the results of the job matching exercise and prepare a comparative analysis that I will be presenting to Sally Beck.',
     'person:Sally Beck'),
    # #034: the 's left out
    ('enron31', "Therefore, Effective November 13, 2000, We accepted Jenny Lu's resignation.",
     'date:November 13, 2000 | person:Jenny Lu'),
    # #035: NEW h31: the regions heading a list of traders (East, Midwest, West: the US compass regions each trader
    # covers) are not labelled, as China's compass regions are not (README *Where the sets disagree* 2); dotted
    # phones as written (h8 #096)
    ('enron31', 'East - John Ed James - 713.371.6673 Midwest - Tom Dickey - 713.371.6163 West - Allen King - 713.371.6123',
     'person:John Ed James | phone:713.371.6673 | person:Tom Dickey | phone:713.371.6163 | person:Allen King | phone:713.371.6123'),
    # #036: *0 is a keypad code (README)
    ('enron31', 'Note: Dial *0 for operator assistance if needed.',
     ''),
    # #037: the initial without its period is part of the name (README)
    ('enron31', 'Brent A Price 05/23/2000 06:07 AM',
     'person:Brent A Price | date:05/23/2000'),
    # #038: ECS 04425 is a room (h12 #106)
    ('enron31', "I'm at ECS 04425 if you decide to come by my desk.",
     ''),
    # #039: OATT Schedule 1 is a tariff schedule
    ('enron31', 'In the initial billing of these periods, the monthly OATT Schedule 1 rates were computed with forecasted residual & uplift costs.',
     ''),
    ('enron31', 'Can save$8 with advance ticket if get chk in mail asap.',
     ''),
    # #041: the double period after the number left out
    ('enron31', 'Questions, give me a call 505 625-8022..',
     'phone:505 625-8022'),
    # #042: NEW h31: a two-digit version year in a product's name (word 95, Microsoft Word 95) is not a date: a
    # two-digit year is a date only with a month (Jan of 99, h4; 7/01, h16) or its apostrophe ('02, h10); 000817 in
    # the file name is a bare digit run (h4)
    ('enron31', 'Do you need me to save it as word 95? <<RFB-Gas 000817.doc>>',
     ''),
    # #043: the RED Index is a study (#001)
    ('enron31', 'Nevada, Montana, and Texas all are below average states on price but are ranked in the top 10 on the RED Index.',
     'place:Nevada | place:Montana | place:Texas'),
    # #044: the Notes domain (@ENRON_DEVELOPMENT) left out (README)
    ('enron31', 'HEIDI MASON@ENRON_DEVELOPMENT 11/16/2000 07:37 PM',
     'person:HEIDI MASON | date:11/16/2000'),
    ('enron31', 'There are about 4 pages of criteria set forth in that document.',
     ''),
    ('enron31', 'There is a stronger movement in states that rank higher in average price, since all contiguous states scoring in the top 10 for price also were in the top 20 in the RED Index.',
     ''),
    # #047: 10/27 has no year
    ('enron31', 'Prepare a nominated versus actual report on a daily basis - Biaggio Mcphee by 10/27',
     'person:Biaggio Mcphee'),
    ('enron31', 'We will not be able to match 100 percent of your jobs to the jobs contained in the salary surveys.',
     ''),
    # #049: Transwestern is the pipeline company (as Transco, h12)
    ('enron31', '(1) ENA did not nominate on Transwestern for 12/01/01.',
     'org:ENA | org:Transwestern | date:12/01/01'),
    # #050: volumes and prices
    ('enron31', 'Our monthly storage inventory is about 300,000 dth and monthly storage capactity is about 4,000 dth. 300,00dth X $0.10 = $30,000/month 4,000 dth X $0.10 = $400/month',
     ''),
    ('enron31', 'NYISO clearing account balance prior to adjustment: (strikethrough: $7,831,072.52 ) $7,262,238.10',
     'org:NYISO'),
    # #052: the Notes domain (@ENRON) left out
    ('enron31', 'JENNIFER MEDCALF@ENRON 12/11/2000 05:30 PM',
     'person:JENNIFER MEDCALF | date:12/11/2000'),
    # #053: U.S. is the start of 'U.S. Department of Labor', cut by the sentence split: labelled for the part
    # present, as '105th U.S.' (h18 #102); the Public Disclosure Room and its number N-5638 are a room; 'the
    # Department' is a common noun
    ('enron31', 'Requests to the Department should be addressed to: Public Disclosure Room, N-5638, Pension and Welfare Benefits Administration, U.S.',
     'org:Pension and Welfare Benefits Administration | org:U.S.'),
    # #054: hgm, the initials signing the note (Hector McLoughlin, who forwards it), are a person (NEW h18, h18
    # #050); the date is the tail of the forwarded-by line, the time left out
    ('enron31', 'We currently show that 67% or evaluations are turned in. hgm 02/05/2001 06:53 PM ---------------------------',
     'person:hgm | date:02/05/2001'),
    # #055: 10/27 has no year
    ('enron31', 'Notes from that meeting will be presented 10/27.',
     ''),
    # #056: NEW h31: '98-10 criteria' cites the accounting standard EITF 98-10 (named in full two sentences before,
    # lines #051) by its issue number alone: a docno, the short form resolved by context (README), as SFAS 133
    # (h12); not a date range
    ('enron31', 'That may be a question you want to ask Trevor Mihalik, but I do know that initially they did not meet 98-10 criteria.',
     'person:Trevor Mihalik | docno:98-10'),
    # #057: Project Manager is a title; the street with its abbreviated type is a place (h4); the suite and ZIP code
    # are nothing; the labels Ph:, Fax:, Pager: left out
    ('enron31', 'Project Manager Enron Energy Services 12647 Alcosta Blvd., Suite 500 San Ramon, CA 94583 Ph:925.543.3701, Fax:925.543.3550 Pager:888.397.5826',
     'org:Enron Energy Services | place:Alcosta Blvd. | place:San Ramon | place:CA | phone:925.543.3701 | phone:925.543.3550 | phone:888.397.5826'),
    # #058: the labels (phone), (fax) left out; the French motto is nothing
    ('enron31', 'Nancy (707) 251-4870 (phone) (707) 265-5446 (fax) "Plus je bois, mieux je chante"',
     'person:Nancy | phone:(707) 251-4870 | phone:(707) 265-5446'),
    # #059: a time
    ('enron31', '10:57 AM ---------------------------',
     ''),
    # #060: a 4-6 month refund is a duration
    ('enron31', 'It now looks like we will be required to do a 4-6 month refund of Reservation & Commodity.',
     ''),
    # #061: a signature block: Manager Supply Chain is a title (a generic function, #031); the department named with
    # its parent (FedEx Strategic Sourcing & Supply, the mail's own heading) is one org; 'Dept.:' is a label and
    # Fuel the category the contact buys, a generic word, not labelled; Nonconnah (2600 Nonconnah, Nonconnah
    # Boulevard) is the street, a place; suite and ZIP code are nothing; the label fax left out
    ('enron31', 'Chris Bolen, Manager Supply Chain FedEx Strategic Sourcing & Supply Dept.: Fuel 2600 Nonconnah Ste 301 Memphis, TN 38132 901-922-5442 901-922-4595 fax (Jet fuel)',
     'person:Chris Bolen | org:FedEx Strategic Sourcing & Supply | place:Nonconnah | place:Memphis | place:TN | phone:901-922-5442 | phone:901-922-4595'),
    # #062: the Resolution Center (Enron's help desk) is a named internal unit (h10 lines #046), the article left
    # out; an internal extension is a phone (3-1941, h1)
    ('enron31', 'For assistance, call the Resolution Center at 3-1411.',
     'org:Resolution Center | phone:3-1411'),
    # #063: a tariff schedule's designation and a page count
    ('enron31', '1) SCHEDULE G-CFS-CORE FIRM STORAGE (page 1 of 1)',
     ''),
    # #064: a time
    ('enron31', 'Thanks! 04:34 PM ---------------------------',
     ''),
    # #065: NEW h31: a link written with its scheme to an intranet server with no domain (http://nahou-wwxms01p) is
    # a url, as a URL on the local host (h22 #018); a bare server name without a scheme stays unlabelled (h16 lines
    # #012, h18 lines #021); Concur Expense is software (h12 #072)
    ('enron31', 'To approve this expense report, click on the following link for Concur Expense. http://nahou-wwxms01p',
     'url:http://nahou-wwxms01p'),
    # #066: SJ, the initials signing the note (Sarah-Joy Hunter, who forwards it), are a person (h18 #050); the time
    # of the forwarded-by line's tail
    ('enron31', 'SJ 05:44 PM ---------------------------',
     'person:SJ'),
    # #067: a bare year inside a longer term (my 2001 Confirmation Statement) is a date (README)
    ('enron31', 'Trang, I am having a very difficult time getting the right Employee Term Life and Accidental Death and Dismemberment in my 2001 Confirmation Statement.',
     'person:Trang | date:2001'),
    # #068: the exchange's committee is an org; the weekday left out (h4); Room 1012 is a room; NYMEX inside 'the
    # NYMEX building' is labelled, the building is not
    ('enron31', 'Please be advised that there will be a meeting of the Options Advisory Committee on Thursday, May 31, 2001 in Room 1012 on the 10th floor in the NYMEX building.',
     'org:Options Advisory Committee | date:May 31, 2001 | org:NYMEX'),
    # #069: a date with an ordinal day and its year, taken whole as written
    ('enron31', 'Per John Whited, Effective May 1st, 2000:',
     'person:John Whited | date:May 1st, 2000'),
    # #070: two names run together by a flattened list; Jan. 1 has no year
    ('enron31', 'George Wasaff Kelly Higgason accepted a position to work for EES effective Jan. 1.',
     'person:George Wasaff | person:Kelly Higgason | org:EES'),
    # #071: the stations (sta. 3, 4 and 5) are facilities, their numbers nothing
    ('enron31', 'As you may know, we are at the end of our grace period for not being required to do monthly sampling for the public water systems at sta. 3,4 and 5.',
     ''),
    # #072: NEW h31: a restaurant where a gathering is held (Damon's, here; Farrago, #132) is a venue, a place, as a
    # hotel that hosts an event (h16 #073); the restaurant's name is Damon's, its 's kept as part of the name (not a
    # possessive); the street of the address without its number is a place; a time is not a date
    ('enron31', "Traditionally, participants meet after the practice round (at around 6 p.m.) at Damon's, 1729 Hill Road North (740/759-7427).",
     "place:Damon's | place:Hill Road North | phone:740/759-7427"),
    ('enron31', 'She verified the 85K was processed.',
     ''),
    ('enron31', 'Amy Mulligan 04/30/2001 10:52 AM',
     'person:Amy Mulligan | date:04/30/2001'),
    # #075: Analyst is a title; Global Strategic Sourcing is Enron's named unit (GSS), an org
    ('enron31', 'Colleen Koenig Analyst Global Strategic Sourcing 713.345.5326',
     'person:Colleen Koenig | org:Global Strategic Sourcing | phone:713.345.5326'),
    ('enron31', 'For panel 2, I think Borenstein is a first choice if not a must have.',
     'person:Borenstein'),
    # #077: the pipeline company (as Transco, h12); 108435 is a contract number
    ('enron31', '108435 Northern Border Pipeline',
     'org:Northern Border Pipeline'),
    # #078: Commerce 1 (Commerce One, the e-commerce company, in a list of companies) is an org, as written
    ('enron31', 'Commerce 1 and them had conference call.',
     'org:Commerce 1'),
    # #079: Bilas (the CPUC commissioner) by surname, the possessive apostrophe left out; SoCal is the gas company
    # the settlement is with (SoCalGas), an org here (a delivery area in h10 #023); the 25th has no year
    ('enron31', "Folks: Before filing comments on Bilas' proposal to modify our settlement with SoCal and vote it out on the 25th, I wanted to get a sense of how folks feel about it generally.",
     'person:Bilas | org:SoCal'),
    ('enron31', 'Since this is the case, we have reserved a conference room on the 13th floor to meet on Monday afternoons.',
     ''),
    # #081: F-1 is a report type
    ('enron31', 'The F-1 environmental report for the FERC application will be submitted to Donna by this friday.',
     'org:FERC | person:Donna'),
    # #082: the 's left out; the sentence-final period left out (h4)
    ('enron31', "Jerry's e-mail address is: jwillman@amp-ohio.org.",
     'person:Jerry | email:jwillman@amp-ohio.org'),
    ('enron31', 'Gregory T Blue 06/26/2000 09:02 PM',
     'person:Gregory T Blue | date:06/26/2000'),
    # #084: May 4 has no year; Clear Creek is a river
    ('enron31', 'There is a meeting on May 4 to consider the Corps of Engineers flood plans for Clear Creek.',
     'org:Corps of Engineers | place:Clear Creek'),
    # #085: a flattened table row (HR rep, supervisor, name, title, start date): McLoughlin is the surname of 'H.
    # McLoughlin' whose initial the sentence split left on the previous sentence; NEW h31: a lone initial cut from
    # its surname by the split ('yes H.' at the end) is a bare remnant, not labelled (a name's part present is
    # labelled when it is a name: Dani K., Brown); Spec Tr Sup is a title
    ('enron31', 'McLoughlin Lisa Peterson Dozier, John Spec Tr Sup 8/21/00 yes H.',
     'person:McLoughlin | person:Lisa Peterson | person:Dozier, John | date:8/21/00'),
    # #086: a fare line, contained in a longer text of holdout4 (enron4, an itinerary), where nothing in it was labelled either
    ('enron31', 'NON-REFUNDABLE TKT MINIMUM $100.00 CHANGE FEE *********************************************** THIS IS A TICKETLESS RESERVATION.',
     ''),
    # #087: the trailing slash kept (README)
    ('enron31', 'Please visit us again soon at http://www.imagestation.com/',
     'url:http://www.imagestation.com/'),
    ('enron31', 'Everyone seems to like option 3 - see below.',
     ''),
    # #089: a time
    ('enron31', 'She will be over around 11 AM.',
     ''),
    # #090: the list name NYISO_TECH_EXCHANGE is a mailing-list id (h8 #053), the org inside it written with
    # underscores labelled as written (h10 #097)
    ('enron31', 'DCongel@nyiso.com writes to the NYISO_TECH_EXCHANGE Discussion List:',
     'email:DCongel@nyiso.com | org:NYISO'),
    ('enron31', '"Franklin, Scott" <scott.franklin@pgees.com> on 06/15/2000 08:53:21 AM',
     'person:Franklin, Scott | email:scott.franklin@pgees.com | date:06/15/2000'),
    # #092: Jacobs is the surname of a signature cut by the split; Director Energy Management is a title; the
    # article before the university left out (h12 #023); West Brooks (307 West Brooks) is the street, a place; the
    # room and ZIP code are nothing; the labels fax, Email:, Website: left out
    ('enron31', 'Jacobs Director Energy Management The University of Oklahoma 307 West Brooks, Room 218 Norman, OK 73019-4007 (405) 325-0758 (405) 325-2096 fax Email: tjacobs@ou.edu Website: www.ou.edu/business/em',
     'person:Jacobs | org:University of Oklahoma | place:West Brooks | place:Norman | place:OK | phone:(405) 325-0758 | phone:(405) 325-2096 | email:tjacobs@ou.edu | url:www.ou.edu/business/em'),
    # #093: 3-4 days is a duration
    ('enron31', 'This will delay submittal of the air applications 3-4 days, assuming no major issues result.',
     ''),
    ('enron31', 'Ruth Concannon 713-853-1667 ruth.concannon@enron.com',
     'person:Ruth Concannon | phone:713-853-1667 | email:ruth.concannon@enron.com'),
    # #095: Automated Administrator is a system
    ('enron31', 'Employee Name: Brent Price Status last changed by: Automated Administrator Expense Report Name: Brent Price Report Total: $15,656.35 Amount Due Employee: $15,656.35',
     'person:Brent Price | person:Brent Price#2'),
    ('enron31', 'CAEM funds the study by charging a fee of $495 to private sector companies.',
     'org:CAEM'),
    ('enron31', 'Do you have any news on the $579,708.72 payment for Vitro Corporativo?',
     'org:Vitro Corporativo'),
    # #098: May 23 has no year
    ('enron31', 'Entries and fees are due by May 23.',
     ''),
    # #099: the trailing slash kept; the names inside the URL are not labelled (flat); ImageStation.com,
    # capitalised, is the company the account is held with, an org, not a url (README: a company's name such as
    # Amazon.com; Forbes.com, h12 #018)
    ('enron31', 'To check the status of your order in the meantime, go to https://shop.zing.com/shop/sony/secure/account/ and sign-in with your ImageStation.com account.',
     'url:https://shop.zing.com/shop/sony/secure/account/ | org:ImageStation.com'),
    # #100: Director, Traders News Indexes is a title naming the indexes (a product): only their maker inside, as
    # written (h12 contact #010); the labels FAX:, cell: left out
    ('enron31', 'Bobette Riner Director, Traders News Indexes TradersNews Energy 713/647-8690 FAX: 713/647-7552 cell: 832/428-7008 bobette.riner@ipgdirect.com http://www.tradersnewsenergy.com',
     'person:Bobette Riner | org:Traders News | org:TradersNews Energy | phone:713/647-8690 | phone:713/647-7552 | phone:832/428-7008 | email:bobette.riner@ipgdirect.com | url:http://www.tradersnewsenergy.com'),
    # #101: Right Angle (Solarc's RightAngle trading software) is software; Strategy and Category are its fields;
    # 10/27 has no year
    ('enron31', 'Strategy and Category into Right Angle; call Solarc for a date - David Hultsman report back 10/27',
     'org:Solarc | person:David Hultsman'),
    # #102: the RED Index is a study (#001)
    ('enron31', 'CAEM developed the RED Index by identifying 18 key attributes that are the foundation for an effective transition to competition.',
     'org:CAEM'),
    # #103: NEW h31: the Navajo Nation acting (has requested) is a place, as a country or a bare city name acting is
    # (README item 6; Switzerland, h10 #078); its agency, Navajo Nation EPA (#106), is an org taken whole; C/S 3 and
    # 4 are compressor stations; T&E = threatened and endangered
    ('enron31', 'The Navajo Nation has requested that an onsite survey be conducted at the C/S on the reservation (C/S 3 and 4) for T&E plants and animals and archeology.',
     'place:Navajo Nation'),
    # #104: the time and zone left out
    ('enron31', 'This email confirms we received your order on January 31, 2001 5:20PM PT for the following item:',
     'date:January 31, 2001'),
    # #105: 'Commercial' (the commercial group) is a generic unit word
    ('enron31', 'If this is going to happen soon, I would suggest that we avoid getting Commercial involved and developing a process to track our 40% portion of Bridgeline.',
     'org:Bridgeline'),
    # #106: the tribal agency taken whole (#103); Station 5 is a compressor station
    ('enron31', 'Station 5: your water sample reports are to be sent to the Navajo Nation EPA in Window Rock, AZ, only.',
     'org:Navajo Nation EPA | place:Window Rock | place:AZ'),
    ('enron31', "Let's do this ahead of time and save a total of $32.",
     ''),
    ('enron31', 'I will continue to be involved in 3rd party storage activities, in the future please send me a copy of the information you send to Chris.',
     'person:Chris'),
    # #109: the same text as holdout10 enron10-contact (a line both samples hold), labelled the same way; the label
    # Fax left out
    ('enron31', 'Robertson Transwestern Pipeline Company email address: audrey.robertson@enron.com (713) 853-5849 (713) 646-2551 Fax',
     'person:Robertson | org:Transwestern Pipeline Company | email:audrey.robertson@enron.com | phone:(713) 853-5849 | phone:(713) 646-2551'),
    ('enron31', 'In fact Rick, your reference to a .5% variance "threshold" is confusing to me because there is no threshold--.5% or any % in the agreement.',
     'person:Rick'),
    # #111: a bare year inside a longer term (our 2001 Goals & Objectives); EH&S is a function
    ('enron31', 'Included in our 2001 Goals & Objectives are all of the points related to EH&S that support your goals and objectives forwarded to Stan Horton.',
     'date:2001 | person:Stan Horton'),
    ('enron31', 'Thank you, Bridgette 06/13/2000 02:57 PM ---------------------------',
     'person:Bridgette | date:06/13/2000'),
    # #113: Section 8 is a section number
    ('enron31', 'If you can supply any of the needed Notice info in Section 8 please let me know---',
     ''),
    # #114: first names separated by slashes are four persons; the 's left out
    ('enron31', "Scott/Chris/Jeff/John; please determine how you want to handle the release of Aristech's transport to CES in May 2000.",
     'person:Scott | person:Chris | person:Jeff | person:John | org:Aristech | org:CES | date:May 2000'),
    # #115: October 23,24 has no year
    ('enron31', 'I am working on securing a location in or around Houston, shooting for October 23,24 as potential dates.',
     'place:Houston'),
    ('enron31', 'http://www.adobe.com/products/acrobat/readstep.html',
     'url:http://www.adobe.com/products/acrobat/readstep.html'),
    # #117: 09/14 has no year
    ('enron31', 'Just an FYI - I sent this email out to your directors on 09/14 after we spoke on the telephone.',
     ''),
    # #118: Bellefontaine (2218 Bellefontaine) is the street, a place; #B is the unit; the ZIP code is nothing
    ('enron31', 'Zooey Wharton 2218 Bellefontaine #B Houston, TX 77030 United States',
     'person:Zooey Wharton | place:Bellefontaine | place:Houston | place:TX | place:United States'),
    # #119: July 4th and 17th have no year
    ('enron31', 'Original deadline was July 4th, but we extended to 17th, so soon is good.',
     ''),
    # #120: the year in the law's title is a bare year inside a longer term, a date; the Act and ERISA are a law
    ('enron31', 'The annual report for each plan has been filed with the Internal Revenue Service, as required by the Employee Retirement Income Security Act of 1974 (ERISA).',
     'org:Internal Revenue Service | date:1974'),
    # #121: 11/15 has no year
    ('enron31', 'Prepare a value at risk position for both Our barrels, priced and unpriced, as well as barrels that are not Ours. - Yolanda Monteiro by 11/15',
     'person:Yolanda Monteiro'),
    ('enron31', 'Stations 3 and 4: each months reports are to be sent to the following 2 agencies:',
     ''),
    # #123: the 's left out
    ('enron31', "We have delivered a copy of 2 LNG contracts to Scott Earnest's office tonight.",
     'person:Scott Earnest'),
    # #124: the article left out (h12 #023); the year in the study's title is a date (Fantasia 2000, h12 #022), the
    # title (RED Index) is not labelled
    ('enron31', 'The Center for the Advancement of Energy Markets has issued the Retail Energy Deregulation Index 2000 (RED Index).',
     'org:Center for the Advancement of Energy Markets | date:2000'),
    # #125: the next row of #085, labelled the same way: the surname-first name is one span; the lone initial H. is
    # not labelled (#085)
    ('enron31', 'McLoughlin Lisa Peterson Edward, Williams Spec Gas Ass 8/21/00 yes H.',
     'person:McLoughlin | person:Lisa Peterson | person:Edward, Williams | date:8/21/00'),
    # #126: the tail of a forwarded-by line; the time left out
    ('enron31', '06/13/2000 04:15 PM ---------------------------',
     'date:06/13/2000'),
    ('enron31', '* For a complete list of free software, go to www.palm.com/eregdownload ** Subject to change without notice',
     'url:www.palm.com/eregdownload'),
    # #128: the Lake Charles facility (the LNG terminal) is a facility: only the place inside; 'our ENA gas desk':
    # ENA inside, the desk is generic
    ('enron31', 'We will work with CMS and the Lake Charles facility to ensure that we can deliver firm daily gas to our ENA gas desk from June 1, 2001 to January 31, 2002.',
     'org:CMS | place:Lake Charles | org:ENA | date:June 1, 2001 | date:January 31, 2002'),
    # #129: Dominion South Point is a delivery point named after the company's system: only the company inside it,
    # as Teco Tap (h8) and Portland General System (h16 #122)
    ('enron31', 'Effective 5/1/01 through 10/31/01 we have a 10,000 MMBtu/d index put at Dominion South Point to PSEG.',
     'date:5/1/01 | date:10/31/01 | org:Dominion | org:PSEG'),
    # #130: Netscape 4.74 is software: the maker inside it is labelled (h12 lines #004, as BOEING); 4.74 is a
    # version
    ('enron31', 'Netscape 4.74 has been rolled out to the Portland office.',
     'org:Netscape | place:Portland'),
    # #131: as #044
    ('enron31', 'HEIDI MASON@ENRON_DEVELOPMENT 11/16/2000 04:50 PM',
     'person:HEIDI MASON | date:11/16/2000'),
    # #132: the users meeting is an event: the org inside it (TradersNews, maker of the TNI index) is labelled;
    # Farrago, the restaurant hosting it, is a venue, a place (#072); Tuesday, May 15 has no year; 3-5 p.m. is a
    # time
    ('enron31', 'We have rescheduled the TradersNews Index (TNI) Users Meeting/Happy Hour to Tuesday, May 15, from 3-5 p.m. at Farrago, near downtown Houston.',
     'org:TradersNews | place:Farrago | place:Houston'),
    # #133: the department inside the title (VP for Strategic Sourcing & Supply) is labelled (#031); 'Dept.:' is a
    # label and Shared Services the category the contact buys (as Fuel and IT in the same list, #061), not labelled;
    # the phone as written with its space (h12 lines #026); Enron energy services (EES) as written in lower case
    # (h16 #020)
    ('enron31', 'Steve Mattman VP for Strategic Sourcing & Supply Dept.: Shared Services 2600 Nonconnah Ste 301 Memphis, TN 38132 901- 224-5078 (Enron energy services in CA and TX)',
     'person:Steve Mattman | org:Strategic Sourcing & Supply | place:Nonconnah | place:Memphis | place:TN | phone:901- 224-5078 | org:Enron energy services | place:CA | place:TX'),
    # #134: the ZIP code is nothing
    ('enron31', 'Home Address 10622 Endicott Lane Houston, TX 77318',
     'place:Endicott Lane | place:Houston | place:TX'),
    # #135: the Informational Review is a proceeding, not labelled
    ('enron31', 'PG&E itemized this cost in the Informational Review at $178,000 and this the figure we used.',
     'org:PG&E'),
    # #136: the same text as holdout12 enron12 (both samples hold it), labelled the same way
    ('enron31', 'Make international calls for as low as $.04/minute with Yahoo!',
     'org:Yahoo!'),
    # #137: Cedar Canyon (13811 Cedar Canyon) is the street, a place; the ZIP code is nothing
    ('enron31', 'Mary Souter 13811 Cedar Canyon San Antonio 78231',
     'person:Mary Souter | place:Cedar Canyon | place:San Antonio'),
    # #138: PDT is a time zone (the cut time before it); the labels Moderator:, Toll-free no.: left out; the pass
    # code is nothing (README)
    ('enron31', 'PDT Moderator: Sue Mara Toll-free no.: (800) 998-2462 Passcode: 5549022',
     'person:Sue Mara | phone:(800) 998-2462'),
    # #139: Senior Director, Business Development is a title (a generic function, #031)
    ('enron31', 'Jennifer Stewart Medcalf Senior Director, Business Development Global Strategic Sourcing (713) 646-8235',
     'person:Jennifer Stewart Medcalf | org:Global Strategic Sourcing | phone:(713) 646-8235'),
    # #140: Director of Policy Analysis is a title; the street with its quadrant is one place (h16 #015); the ZIP
    # code is nothing; the labels Voice:, Fax: left out
    ('enron31', 'Allen Mosher Director of Policy Analysis American Public Power Association 2301 M Street NW Washington, DC 20037 Voice: 202-467-2944 Fax: 202-467-2992 amosher@APPAnet.org',
     'person:Allen Mosher | org:American Public Power Association | place:M Street NW | place:Washington | place:DC | phone:202-467-2944 | phone:202-467-2992 | email:amosher@APPAnet.org'),
    # #141: MEH (Midwest Energy Hub, the company whose risk policy the mail forwards; Midwest in h1 #001) inside a
    # file name is labelled as written (h10 #097); #3 is a draft number; the time left out
    ('enron31', '- MEH Risk Policy #3.doc 07:08 AM ---------------------------',
     'org:MEH'),
    # #142: the international prefix and country code belong to the phone (h8 lines #041)
    ('enron31', 'Phone: 011-52-8-152-2404 Fax: 011-52-8-152-2449',
     'phone:011-52-8-152-2404 | phone:011-52-8-152-2449'),
    # #143: Stage 1 is a phase
    ('enron31', 'I will be contacting each of you in the next few days to set up the Stage 1 interviews.',
     ''),
    # #144: '(Asst.' is cut by the split
    ('enron31', 'In London office November, 2001 (Asst.',
     'place:London | date:November, 2001'),
    # #145: the agency's regional office taken whole (as the IRS office with its place, h18 #048); the ZIP code is
    # nothing
    ('enron31', 'US EPA Region IX 75 Hawthorne Street San Francisco, CA 94105',
     'org:US EPA Region IX | place:Hawthorne Street | place:San Francisco | place:CA'),
    # #146: a 10 day lag is a duration
    ('enron31', 'There may be a 10 day lag on pricing 2.',
     ''),
    # #147: an elided couple as #025
    ('enron31', 'Fabian and Mary Ann Block 103 Waterlily Circle Georgetown, TX 78628',
     'person:Fabian | person:Mary Ann Block | place:Waterlily Circle | place:Georgetown | place:TX'),
    # #148: NEW h31: a US military display name (surname, given name, initial, then 'Civ' and the office path
    # AFFTC/PKAD): the name is one span in surname-first form (README), Civ (civilian) is a rank, and the
    # organisation and office symbol after it are an address path like a Notes domain (Richard B Sanders/HOU/ECT,
    # README): left out and not labelled; the time left out
    ('enron31', '"Lemacks John C Civ AFFTC/PKAD" <John.Lemacks@edwards.af.mil> on 12/20/99 10:40:57 AM',
     'person:Lemacks John C | email:John.Lemacks@edwards.af.mil | date:12/20/99'),
    # #149: 'quarte' (quarter) as written
    ('enron31', 'Summary, Hot List, and Metrics for the week and quarte ending 7/27/00.',
     'date:7/27/00'),
    # -- draw 2, enron31-lines: Enron body lines with a digit and a contact cue (LINE_CUES), not overlapping a text of draw 1:
    # all the pool holds (60), in the order of Random(32322)
    # #000: July 4th and 17th have no year
    ('enron31-lines', "was July 4th, but we extended to 17th, so soon is good. Glad you're coming.",
     ''),
    ('enron31-lines', "pacific time). (4) I've increased Bev Hansen to $6,000/month.",
     'person:Bev Hansen'),
    # #002: FERC's Order 2000 (the RTO rule) is an official document cited by its number, a docno as Order No. 888
    # (h10 #030); its number is not a year (flat labels); Nov 15 and October 15 have no year
    ('enron31-lines', 'on Nov 15 on the October 15 RTO compliance filings for FERC Order 2000 (the',
     'org:FERC | docno:Order 2000'),
    ('enron31-lines', 'I still think we should book it. The flexibility in takes is only 10% so',
     ''),
    # #004: the event (#132 of draw 1): the org inside labelled; TNI is the index, a product
    ('enron31-lines', '1. We have rescheduled the TradersNews Index (TNI) Users Meeting/Happy Hour',
     'org:TradersNews'),
    # #005: a time cut by the line
    ('enron31-lines', "if they can drop their request to $9,000/month by tomorrow's call (3:00",
     ''),
    # #006: the phone as written with its space (h12 lines #026)
    ('enron31-lines', '901- 263-6857 (Bryan Wright)',
     'phone:901- 263-6857 | person:Bryan Wright'),
    # #007: the RED Index is a study (draw 1 #001)
    ('enron31-lines', 'competitive model. A RED Index score of 0 represents the monopoly model and',
     ''),
    ('enron31-lines', 'your write up. (2) I have not proposed any separate funding for Mike Day in',
     'person:Mike Day'),
    ('enron31-lines', "should use the retainer for that purpose. (3) I've maintained the",
     ''),
    # #010: a file name
    ('enron31-lines', '- X04820.DOC',
     ''),
    ('enron31-lines', 'option chosen by each state on each of the 18 attributes. The index scores',
     ''),
    # #012: compressor stations (draw 1 #103)
    ('enron31-lines', 'reservation (C/S 3 and 4) for T&E plants and animals and archeology. A',
     ''),
    # #013: NEW h31: a ship's name (Heogh Galleon, the LNG carrier that the mail's cargoes sail on) is the name of a
    # vehicle, none of the types the rules define: not labelled, as products are not (README); volumes and contract
    # counts are nothing
    ('enron31-lines', 'Heogh Galleon Loaded Cargo Capacity 2,027,824 mmbtu (202.78 contracts)',
     ''),
    ('enron31-lines', 'x5 CARGOES',
     ''),
    # #015: 3/12 has no year; F-1 is a report type
    ('enron31-lines', 'contractor has been notified and surveys will be completed by 3/12. The F-1',
     ''),
    # #016: a product specification
    ('enron31-lines', 'Optical Device: Modular 24X Max CD-ROM',
     ''),
    # #017: 3-4 days is a duration
    ('enron31-lines', 'location. This will delay submittal of the air applications 3-4 days,',
     ''),
    # #018: a year run onto a word in a file name (out2001.doc, the golf outing's entry form) is a bare year inside
    # a longer term, a date (outlook2003, NEW h24)
    ('enron31-lines', '- out2001.doc',
     'date:2001'),
    # #019: the same text as holdout18 enron18-lines, labelled the same way (README: the maker inside a product
    # designation)
    ('enron31-lines', 'AIRCRAFT: BOEING 737-300',
     'org:BOEING'),
    ('enron31-lines', '3) Any contract details, (how long, terms, penalties, restrictive clauses',
     ''),
    # #021: the same text as holdout20 enron20-lines; the label left out
    ('enron31-lines', 'FAX: 706 283-2500',
     'phone:706 283-2500'),
    # #022: the wrapped line of draw 1 #072, labelled the same way
    ('enron31-lines', "at Damon's, 1729 Hill Road North (740/759-7427). We at TradersNews Energy",
     "place:Damon's | place:Hill Road North | phone:740/759-7427 | org:TradersNews Energy"),
    # #023: VaR is a measure
    ('enron31-lines', '(2) weather derivatives, and (3) plastics hedging -- VaR analysis.',
     ''),
    ('enron31-lines', '312-541-1229',
     'phone:312-541-1229'),
    ('enron31-lines', '713-853-5559',
     'phone:713-853-5559'),
    # #026: the ZIP+4 code cut at the line start is nothing
    ('enron31-lines', '77002-7311) and at the U.S. Department of Labor in Washington, D.C., or to',
     'org:U.S. Department of Labor | place:Washington | place:D.C.'),
    # #027: the label (direct dial) left out
    ('enron31-lines', '650.798.3366 (direct dial)',
     'phone:650.798.3366'),
    # #028: a fantasy-football pick (k = kicker): St Louis is the team (the St. Louis Rams), an org as a place name
    # standing for a team (NEW h8, h8 #023)
    ('enron31-lines', 'k - St Louis - 2',
     'org:St Louis'),
    # #029: the 's left out; Wednesday, May 30 has no year
    ('enron31-lines', "2. AMP-Ohio's annual golf tournament is Wednesday, May 30, in Columbus,",
     'org:AMP-Ohio | place:Columbus'),
    # #030: a service plan; 3Yrs is a duration
    ('enron31-lines', 'Hardware Support Services: 3Yrs Parts & Labor (Next Business',
     ''),
    # #031: the label (cell) left out
    ('enron31-lines', '650.269.3366 (cell)',
     'phone:650.269.3366'),
    # #032: the label (fax) left out
    ('enron31-lines', '650.858.1095 (fax)',
     'phone:650.858.1095'),
    ('enron31-lines', 'Fax: (713) 646-2113',
     'phone:(713) 646-2113'),
    ('enron31-lines', '2) Amount of capacity they may want to lay off, (they are currently using',
     ''),
    # #035: Mon Nov 13 and Thurs Nov 16 have no year
    ('enron31-lines', 'Note - external events may make either Mon Nov 13 or Thurs Nov 16 really',
     ''),
    # #036: a file name
    ('enron31-lines', '- X04811.DOC',
     ''),
    # #037: the same text as holdout18 enron18-lines, labelled the same way; MD-80 is a model
    ('enron31-lines', 'AIRCRAFT: MCDONNELL DOUGLAS MD-80 ALL SERIES',
     'org:MCDONNELL DOUGLAS'),
    ('enron31-lines', 'Stage 2-Job Matching: the focus of this stage will be on job matching - we',
     ''),
    ('enron31-lines', 'Stage 1-Data Gathering: the focus of this stage will be upon gathering data',
     ''),
    # #040: the room (N-5638) is nothing; U.S. Department of Labor is cut by the line: labelled for the part
    # present, the dangling 'of' left out as a dangling '&' is (h18 lines #009)
    ('enron31-lines', 'Room, N-5638, Pension and Welfare Benefits Administration, U.S. Department of',
     'org:Pension and Welfare Benefits Administration | org:U.S. Department'),
    # #041: December 11th and October 25th have no year
    ('enron31-lines', 'December 11th Meeting Purpose: Follow-up from October 25th meeting to',
     ''),
    # #042: October 25th has no year
    ('enron31-lines', 'specifically address Larry Kellner (who could not make the October 25th',
     'person:Larry Kellner'),
    # #043: the same text as holdout20 enron20-lines #026 (NEW h20), labelled the same way
    ('enron31-lines', 'HOTEL 09AUG DAYS INN ELBERTON - 1984',
     'place:DAYS INN ELBERTON'),
    ('enron31-lines', 'meeting) on three initiatives in order of $ magnitude: (1) fuel management,',
     ''),
    # #045: 5-7 months is a duration
    ('enron31-lines', 'week. Air permits are expected within 5-7 months after submittal of the',
     ''),
    ('enron31-lines', 'ending 7/27/00. Beginning next week we will be posting this information to',
     'date:7/27/00'),
    ('enron31-lines', '(713) 853-6161',
     'phone:(713) 853-6161'),
    ('enron31-lines', '901-263-6846 (Dane Bachelor)',
     'phone:901-263-6846 | person:Dane Bachelor'),
    # #049: the same text as holdout16 enron16-lines; the label left out
    ('enron31-lines', 'TELEPHONE: 706 283-2300',
     'phone:706 283-2300'),
    # #050: a P.O. box is nothing (README)
    ('enron31-lines', 'P.O. Box 339',
     ''),
    # #051: an accounting standard cited by its series and number, a docno as SFAS 133 (h12 #110)
    ('enron31-lines', 'in fact, trading as defined in EITF 98-10. There are about 4 pages of',
     'docno:EITF 98-10'),
    ('enron31-lines', 'over the $200,000 in 1999. I proportionately reduced our suggested donations',
     'date:1999'),
    # #053: a file name: 022301 is a bare digit run (h4)
    ('enron31-lines', '- 022301so2nox.mpi.pdf',
     ''),
    # #054: ExpressCharge is a product; the HTML entity is debris, kept as drawn
    ('enron31-lines', 'ExpressCharge&#153',
     ''),
    # #055: Atten: is a label; WTR-6 is a mail code
    ('enron31-lines', 'Atten: Danny Collier (WTR-6)',
     'person:Danny Collier'),
    # #056: MPS contracts: a contract class whose name the mail does not expand, not labelled
    ('enron31-lines', '3. We need to run a report to see how oftern (if at all) we have had imbalances on MPS contracts.',
     ''),
    # #057: the suite is nothing
    ('enron31-lines', '1860 Embarcadero Road - Suite 210',
     'place:Embarcadero Road'),
    # #058: the wrapped line of draw 1 #018, labelled the same way
    ('enron31-lines', '318 Gray (713/523-6404), are at http://www.farrago.tv/farrago.htm. Click on',
     'place:Gray | phone:713/523-6404 | url:http://www.farrago.tv/farrago.htm'),
    # #059: a file name fused into one word (enroncontracts602): nothing labelled inside it, as EIA411 (h16 #024);
    # 602 is no date
    ('enron31-lines', '<<enroncontracts602.xls>>',
     ''),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout31", ITEMS, DRAWS, sample, ("enron31", "enron31-lines"))


if __name__ == "__main__":
    main()

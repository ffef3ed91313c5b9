r"""Build eval/ner/holdout32.jsonl: a thirty-second held-out NER set, English official text rich in patterns, sampled by seed and labelled blind.

The texts were drawn mechanically by `sample()` below from a pool of 41 real English official documents that no
earlier set read, then labelled by reading, following the "Labelling rules" of README.md (with the recommendations of
"Where the sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout31.py (the NEW h7
… NEW h31 decisions included; the English decisions are mostly in build_holdout4.py … build_holdout24.py and
build_holdout31.py). The labeller did not read anything of the extractor (dossier/), the tests, docs/ or bench/, nor
the repository's history, did not run it, bench/ner_eval.py, the tests, the project's date/phone finders or any date or
phone parser, segmenter, NER or POS tool on these texts, and did not look at what any tool predicts for them. The set
has never been scored. Like holdout4, holdout8, holdout10 … holdout20 and holdout31 it is meant to be rich in patterns
(dates, phones, e-mail addresses, URLs, document numbers); every entity type the rules define is labelled, names
(person, org, place) included.

    python eval/ner/build_holdout32.py            # write holdout32.jsonl from ITEMS, print counts
    python eval/ner/build_holdout32.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout32.py --check    # confirm every ITEMS text is one of the drawn candidates

The pool. /tmp/pool/enoff/001.txt … 041.txt, 41 English official documents, one paragraph a line: Federal Register
notices of 15 April 2016 (Commerce/NOAA fishery councils, FERC, EPA, DOJ information collections, DOL/ETA, OSHA, NASA,
NRC, the Postal Regulatory Commission; XML stripped), county prosecutors' press releases (Cook County, Miami-Dade,
San Diego, Brooklyn, Los Angeles), White House letters, orders, notices and releases of 2021, UCSC 'Currents'
announcements of 1999, two SEC Form 8-K filings (Sears 2004, Amazon.com 1998; layout linearised), two press releases
of 2024 and a congressional press release. They were fetched as text from the public GitHub repositories named, with
commit and path, in the pool's SOURCES.tsv (usnationalarchives/federalregister-api-core, natmrubin/prosecutor-press-
releases, brian14708/wh-briefings, pguther/Currents, ryankfrench/sec_cover_page_parser, Newsworthyai/press-release-
archive, Hussain-Altamimi/Congress_Press_Releases). The pool is NOT in this repository, so `--sample` and `--check`
run only where it exists (at POOL); ITEMS, not a re-draw, is the record of what was drawn and is what gets built. The
files are read in name order (NNN.txt; SOURCES.tsv and anything else in the folder are not read), each line with its
whitespace collapsed and stripped (the White House texts put two spaces after a period).

Sampling. The reading code is new here (the pool is plain text, not mail); it keeps the conventions of the earlier
pattern draws (first occurrence of a recurring text kept, sample() with replacements in the same random order).

1. off32: each line (paragraph) split into sentences after [.!?] followed by whitespace and a capital letter or a
   digit; kept if 30-250 characters and containing a digit, an '@', 'http' or 'www'; exact repeats dropped (pool
   418); random.Random(33331).sample(…, min(170, 418)). Source off32-NNN (NNN = the file's number).
2. off32-lines: whole lines of 8-150 characters containing a digit or an '@' and one of LINE_CUES (Phone, phone, Tel,
   tel, Fax, fax, Contact, contact, E-mail, Email, email, @, Room, Suite, Docket), neither containing nor contained
   in a text drawn in draw 1 (the 170 sampled texts; against draw 1's whole pool only 11 lines would be left); exact
   repeats dropped (pool 31, fewer than 50); random.Random(33332).sample(…, min(50, 31)), so all the pool holds, in
   that order. Source off32-lines-NNN.
Seeds 33331 and 33332 are both used.

A sampled text that is pure debris would be dropped, with a comment where it would have been, and replaced by the next
candidate of the same random order. None was dropped: the split leaves many cut sentences (the Federal Register's
'[FR Doc. 2016-08789 Filed 4-14-16; 8:45 am]' splits after 'Doc.'; addresses split after 'U.S.', 'N.' or 'W.'),
which are readable and kept, labelled for the part present as the README says. The obfuscated address '[email
protected]' of one prosecutor's page is the source's own (SOURCES.tsv says so) and was kept as drawn. Both draws were
labelled in full; none was cut short. The set has about 200 texts, not 220: draw 2's pool holds 31 lines.

The decisions this set adds are marked NEW h32 on their items (19 of them), most about the numbers of US official
documents, which no earlier set met: a Federal Register document number (FR Doc.) is a docno, a Federal Register
volume-and-page citation (82 FR 6540) is not (as a reporter citation); FERC and SEC accession numbers, an OMB control
number, SEC registration statement file numbers, an EPA FRL number, a DOL petition number (TA-W-91,030) and a funding
opportunity number are docnos; a Public Law number and a presidential proclamation number are docnos taken whole with
their document word (as Order No. 888); an agency's form number (DEA Form 251, NRC Form 237) and a CFR citation (29 CFR
1910.7) are not docnos. Besides: a criminal gang is an org; a numbered campus hall hosting an event is a venue; an
abbreviation in parentheses inside a name stays in the span; an ocean's name used attributively is a place; an academic
term with its year is one date; an agency's headquarters named as a contact's office is an org; an obfuscation
placeholder is no email. Docket numbers (ER16-1378-000, OSHA-2015-0014, NRC-2016-0060, CP2014-47) follow h16 #032 (a
regulator's proceeding number is a docno), their labels (Docket No., Docket Numbers:, Docket ID) left out as 'Case No.:'
is (h22 #105); Order No. 3235 follows h10; times and time zones (8:45 am, EDT, EST, e.t.) stay unlabelled as before.

Result: 201 sentences (170 off32, 31 off32-lines), 410 entities: 68 date, 60 docno, 42 phone, 18 email, 15 url (203
pattern entities; 134 texts hold one), 104 org, 75 place, 28 person; 175 of the texts hold an entity. No id_number was
drawn (no personal identity-document number occurs in the pool). By draw: off32 344 entities (67 date, 47 docno, 28
phone, 15 url, 8 email: 165 patterns; 94 org, 64 place, 21 person); off32-lines 66 (14 phone, 13 docno, 10 email, 1
date: 38 patterns; 11 place, 10 org, 7 person). 19 of the docnos are one sentence's list of registration statement
numbers (off32 #037). In the per-group counts `main()` prints, 'off32-' counts both draws (every source starts with
it) and 'off32-lines-' draw 2 alone.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import holdouts  # noqa: E402  (the shared command line; build.spans computes and checks offsets)

POOL = Path("/tmp/pool/enoff")   # 41 English official documents fetched from the GitHub repositories named in SOURCES.tsv
LINE_CUES = ["Phone", "phone", "Tel", "tel", "Fax", "fax", "Contact", "contact", "E-mail", "Email", "email", "@", "Room",
             "Suite", "Docket"]


# -- reading code (new here: the pool is plain text, one paragraph a line) ------------------------------------------

def pool_files() -> list[Path]:
    """The pool's documents, 001.txt … 041.txt, in file-name order (SOURCES.tsv is not read)."""
    return sorted(POOL.glob("[0-9][0-9][0-9].txt"))


def file_lines(path: Path) -> list[str]:
    """The non-empty lines of one document, each with its whitespace collapsed and stripped."""
    return [re.sub(r"\s+", " ", line).strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def first_occurrences(pool: list[tuple[str, str]]) -> list[tuple[str, str]]:
    kept, texts = [], set()
    for source, s in pool:
        if s not in texts:
            texts.add(s)
            kept.append((source, s))
    return kept


# -- pools ---------------------------------------------------------------------------------------------

def off32_candidates() -> list[tuple[str, str]]:
    out = []
    for path in pool_files():
        for line in file_lines(path):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", line):
                s = s.strip()
                if 30 <= len(s) <= 250 and (re.search(r"\d", s) or "@" in s or "http" in s or "www" in s):
                    out.append((f"off32-{path.stem}", s))
    return first_occurrences(out)


def off32_line_candidates() -> list[tuple[str, str]]:
    pool = off32_candidates()
    drawn = [s for _, s in random.Random(DRAWS[0][1]).sample(pool, min(DRAWS[0][2], len(pool)))]
    out = []
    for path in pool_files():
        for line in file_lines(path):
            if (8 <= len(line) <= 150 and (re.search(r"\d", line) or "@" in line) and any(c in line for c in LINE_CUES)
                    and not any(line in t or t in line for t in drawn)):
                out.append((f"off32-lines-{path.stem}", line))
    return first_occurrences(out)


DRAWS = [(off32_candidates, 33331, 170), (off32_line_candidates, 33332, 50)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout31.py (the NEW h7 … NEW
    # h31 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans). Comments on an item record how an ambiguous case was decided; those marked NEW h32 are decisions
    # no earlier set had to make. #NNN = position in the seeded order. No text was dropped.
    # -- draw 1, off32: sentences with a digit, '@', 'http' or 'www': Random(33331).sample(…, 170), in sampled order
    # #000: Y2K (the year-2000 date bug) names a problem, not a date
    ('off32-025', 'To avoid such problems, UCSC staff has been identifying and mitigating Y2K risks for more than two years.',
     'org:UCSC'),
    # #001: NEW h32: an OMB control number (the number OMB gives one approved information collection, printed on its
    # forms) is an official number an issuer gives one approved item, cited by it: a docno as written, the label 'approval
    # number:' left out; OMB inside the label is an org
    ('off32-035', 'OMB approval number: 3150-0050.',
     'org:OMB | docno:3150-0050'),
    # #002: the companies inside the security's name and the merger (a transaction) are labelled; Amazon.com is the
    # company's name, an org, not a url (README)
    ('off32-027', 'Approximately 190,000 of the shares of Amazon.com Common Stock issued in connection with the Junglee Merger will be deposited with an escrow agent to secure such indemnification obligations.',
     'org:Amazon.com | org:Junglee'),
    ('off32-038', 'This 83-page report, which was presented to the grand jury, reviewed the evidence, including body-worn and surveillance videos, 10 civilian eyewitness statements, DNA analysis and the opinion of a nationally recognized use-of-force expert.',
     ''),
    # #004: NEW h32: a Federal Register citation by volume and page (82 FR 6540) locates a document in a publication, like
    # a reporter citation (S.W.2d, h18 #070): not a docno; the Federal Register, the government's daily journal, is a
    # publication, an org (README)
    ('off32-010', 'This proposed information collection was previously published in the Federal Register at 82 FR 6540, on February 8, 2016, allowing for a 60 day comment period and no comments were received.',
     'org:Federal Register | date:February 8, 2016'),
    ('off32-014', 'In a separate action, the tech company is simultaneously settling a nationwide lawsuit for $113 million under the same basis.',
     ''),
    # #006: a hotel (inn) hosting the meetings is a venue, a place (h16 #073); the street without its number, with its
    # direction and abbreviated type, is a place (Alcosta Blvd., h31 #057); the ZIP code is nothing
    ('off32-006', 'Location for both meetings: Sportsman Inn, 12340 N Upper Lakeshore Dr., Monticello, Indiana 47960. (574) 583-5133.',
     'place:Sportsman Inn | place:N Upper Lakeshore Dr. | place:Monticello | place:Indiana | phone:(574) 583-5133'),
    # #007: 'the Commission' is a common noun; Filing Online is a system
    ('off32-036', "Submit comments electronically via the Commission's Filing Online system at http://www.prc.gov.",
     'url:http://www.prc.gov'),
    # #008: NEW h32: MS-13 (Mara Salvatrucha), a criminal gang acting as one organisation, is an org
    ('off32-037', 'In the third killing, gang members targeted an MS-13 associate accused of exaggerating his status within the gang.',
     'org:MS-13'),
    # #009: the year in a law's title is a date (h31 #120); the Act and its sections are not labelled
    ('off32-026', 'Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934',
     'date:1934'),
    # #010: the Public Reading Room is a room; the OPP Docket (the Office of Pesticide Programs' public docket, a records
    # room) is a facility: only the office inside (OPP) is labelled
    ('off32-008', 'The telephone number for the Public Reading Room is (202) 566-1744, and the telephone number for the OPP Docket is (703) 305-5805.',
     'phone:(202) 566-1744 | org:OPP | phone:(703) 305-5805'),
    # #011: the label (toll free) left out
    ('off32-005', 'For other information, call (866) 208-3676 (toll free).',
     'phone:(866) 208-3676'),
    # #012: the weekday left out (h4); the hotel hosting the hearing is a venue, a place (#006); 'St.' is the start of St.
    # Petersburg cut by the split, a bare remnant (README)
    ('off32-004', 'Tuesday, May 10, 2016; Holiday Inn Express, 2171—54th Avenue North, St.',
     'date:May 10, 2016 | place:Holiday Inn Express | place:54th Avenue North'),
    ('off32-011', 'More than $130,000 in stolen goods recovered.',
     ''),
    ('off32-008', 'Please review the visitor instructions and additional information about the docket available at http://www.epa.gov/dockets.',
     'url:http://www.epa.gov/dockets'),
    # #015: Columbia is Columbia Gas Transmission, LLC (the applicant, by its short name), an org; the SM-80 system is a
    # pipeline, a facility
    ('off32-007', 'Columbia proposes to abandon in place about 3.3 miles of 30-inch-diameter pipeline and associated aboveground appurtenances located on its existing SM-80 natural gas transmission system located in Wayne County, West Virginia.',
     'org:Columbia | place:Wayne County | place:West Virginia'),
    # #016: the Federal eRulemaking Portal is a platform (README)
    ('off32-032', 'Electronically: Submit comments and attachments electronically at http://www.regulations.gov, which is the Federal eRulemaking Portal.',
     'url:http://www.regulations.gov'),
    # #017: an exhibit number (99) is nothing
    ('off32-026', '99 Press release dated July 22, 2004',
     'date:July 22, 2004'),
    # #018: the filing's name: a date with separators joined by an underscore is a date as written (h4 #042, h10 #097); SA
    # 2862 is a service agreement's number, a contract number (h31 #077), G870 a queue number: nothing; the FSA is between
    # ITC Midwest and WPL, two orgs
    ('off32-005', 'Description: Compliance filing: 2016-04-11_SA 2862 ITC Midwest-WPL FSA (G870) Compliance Filing to be effective 11/1/2015.',
     'date:2016-04-11 | org:ITC Midwest | org:WPL | date:11/1/2015'),
    ('off32-010', 'The average hour burden for this specific forms is 6,000 × 5 minutes/60 = 250 hours.',
     ''),
    # #020: NEW h32: an accession number (the number FERC's eLibrary gives a filed document; the SEC's EDGAR number, #159)
    # is the number an issuer gives one document, a docno as written, the label left out (Case No.:, h22 #105); the
    # date-shaped part inside is not labelled again (flat, as HC/S 865/2018)
    ('off32-005', 'Accession Number: 20160411-5134.',
     'docno:20160411-5134'),
    # #021: NEW h32: an agency's form number (DEA Form 251; NRC Form 237, #025; Form 8-K, #036) names a form that many
    # filings share, like a filing type (10-K405, README; h20 #072): not a docno; the agency inside the form's number and
    # title is labelled (as BOEING in BOEING 737-800, README); CSOS is a system
    ('off32-009', 'DEA Form 251: CSOS DEA Registrant Certificate Application.',
     'org:DEA | org:DEA#2'),
    # #022: 'Department of Labor' is 'U.S. Department of Labor' cut by the split, labelled for the part present (h31
    # #053); NW. is part of the street's name as written, its period the abbreviation's (as Alcosta Blvd.); the room and
    # ZIP code are nothing; the labels left out
    ('off32-033', 'Department of Labor, 200 Constitution Avenue NW., Room N-3655, Washington, DC 20210; telephone: (202) 693-2110; email: robinson.kevin@dol.gov.',
     'org:Department of Labor | place:Constitution Avenue NW. | place:Washington | place:DC | phone:(202) 693-2110 | email:robinson.kevin@dol.gov'),
    # #023: 'Jackson Boulevard' is the street of '77 W. Jackson Boulevard' cut by the split; the ZIP code is nothing; the
    # labels left out
    ('off32-008', 'Jackson Boulevard, Chicago, IL 60604; telephone number: (312) 353-6344; email address: zimmerman.dea@epa.gov.',
     'place:Jackson Boulevard | place:Chicago | place:IL | phone:(312) 353-6344 | email:zimmerman.dea@epa.gov'),
    # #024: Boockholdt is the surname of Barbara J. Boockholdt, cut by the split (README: Brown); the office and its
    # agency, separated by a comma, are two orgs
    ('off32-009', 'Boockholdt, Office of Diversion Control, Drug Enforcement Administration; Mailing Address: 8701 Morrissette Drive, Springfield, Virginia 22152; Telephone: (202) 598-6812.',
     'person:Boockholdt | org:Office of Diversion Control | org:Drug Enforcement Administration | place:Morrissette Drive | place:Springfield | place:Virginia | phone:(202) 598-6812'),
    # #025: the form number (#021): NRC inside it labelled; ADAMS is a system; 'Accession No.' is a label whose number the
    # split cut off
    ('off32-035', 'The draft supporting statement for NRC Form 237, Request for Access Authorization is available in ADAMS under Accession No.',
     'org:NRC'),
    # #026: the meeting is an event, the org inside labelled; times are nothing
    ('off32-032', 'MACOSH meeting: MACOSH will meet from 9 a.m. until approximately 5 p.m. on May 3, 2016 and from 8 a.m. until approximately 2 p.m. on May 4, 2016.',
     'org:MACOSH | org:MACOSH#2 | date:May 3, 2016 | date:May 4, 2016'),
    # #027: an accession number (#020)
    ('off32-005', 'Accession Number: 20160408-5305.',
     'docno:20160408-5305'),
    # #028: an accession number (#020)
    ('off32-005', 'Accession Number: 20160411-5135.',
     'docno:20160411-5135'),
    ('off32-023', 'For more information or to join a group, contact Terilynn Pennisi-Miller at (831) 459-3252 or terilynn@cats.ucsc.edu.',
     'person:Terilynn Pennisi-Miller | phone:(831) 459-3252 | email:terilynn@cats.ucsc.edu'),
    ('off32-028', 'In 2017, HSSV became the first organization ever to earn model shelter status according to the guidelines set forth by the Association of Shelter Veterinarians in 2010.',
     'date:2017 | org:HSSV | org:Association of Shelter Veterinarians | date:2010'),
    # #031: a time
    ('off32-004', 'Written public comments must be received on or before 5 p.m.',
     ''),
    ('off32-011', 'More than 500 felony and misdemeanor arrests related to retail crime.',
     ''),
    # #033: NEW h32: the Federal Register document number (FR Doc. 2016-08728, its label cut off by the split) is the
    # number the Federal Register gives the notice, a docno as written; 'Filed 4-14-16' is a date with separators; 8:45 am
    # is a time
    ('off32-030', '2016-08728 Filed 4-14-16; 8:45 am]',
     'docno:2016-08728 | date:4-14-16'),
    ('off32-033', 'The expansion of the scope of recognition becomes effective on April 15, 2016.',
     'date:April 15, 2016'),
    # #035: Exhibit 99 and Item 12 are numbers of parts of the filing (README: section numbers)
    ('off32-026', 'Exhibit 99 - Press release dated July 22, 2004, furnished pursuant to Item 12',
     'date:July 22, 2004'),
    # #036: Form 8-K is a filing type (#021); paragraph and item numbers are sections
    ('off32-027', 'The pro forma financial information will be filed as soon as practicable and not later than 60 days from the date on which this Form 8-K must be filed in accordance with paragraph 4 of Item 7(a) of Form 8-K.',
     ''),
    # #037: NEW h32: the SEC file numbers of registration statements (the label 'Registration Statements No.' cut off by
    # the split) each cite one filed registration statement by its number: each is a docno as written, as the CPUC's
    # proceeding numbers (h16 #032)
    ('off32-026', '2-80037, 33-18081, 33-23793, 33-41485, 33-45479, 33-55825, 33-58851, 33-64345, 33-64775, 333-08141, 333-18591, 333-38131, 333-43309, 333-52056, 333-72514, 333-87942, 333-92082, 333-102114 and 333-113532.',
     'docno:2-80037 | docno:33-18081 | docno:33-23793 | docno:33-41485 | docno:33-45479 | docno:33-55825 | docno:33-58851 | docno:33-64345 | docno:33-64775 | docno:333-08141 | docno:333-18591 | docno:333-38131 | docno:333-43309 | docno:333-52056 | docno:333-72514 | docno:333-87942 | docno:333-92082 | docno:333-102114 | docno:333-113532'),
    # #038: a range joined by 'between … and' whose first end has no year shares the year of the second: one span (NEW
    # h22, h22 #110)
    ('off32-037', 'The murders occurred between March and June 2017.',
     'date:March and June 2017'),
    # #039: 505 is the tail of a statute section (39 U.S.C. 505) cut by the split; Jennaca D. is the name cut by the
    # split, its initial with its period kept (README: Dani K.)
    ('off32-036', '505, the Commission appoints Jennaca D.',
     'person:Jennaca D.'),
    # #040: the year in the Act's title (#009); 'the Registrant' is a common noun
    ('off32-026', 'Pursuant to the requirements of the Securities Exchange Act of 1934, the Registrant has duly caused this report to be signed on its behalf by the undersigned thereunto duly authorized.',
     'date:1934'),
    # #041: a bare host name given as a site to visit is a url (h4 #074; SwapsMonitor.com, h10), its capitals as written;
    # the org inside is not labelled again (flat)
    ('off32-028', 'Online press kit: HumaneSocietySiliconValley.OnlinePressKit247.com',
     'url:HumaneSocietySiliconValley.OnlinePressKit247.com'),
    # #042: 'Fish and Wildlife Service' is 'U.S. Fish and Wildlife Service' cut by the split, labelled for the part
    # present (#022); the weekday and the times left out; EDT is a time zone
    ('off32-006', 'Fish and Wildlife Service, other resource agencies, and non-governmental organizations on Tuesday May 10, 2016, from 9:00 a.m. to 12:00 p.m. (EDT).',
     'org:Fish and Wildlife Service | date:May 10, 2016'),
    ('off32-032', 'All documents in the public docket are listed in the index; however, some documents (e.g., copyrighted material) are not publicly available to read or download through http://www.regulations.gov.',
     'url:http://www.regulations.gov'),
    # #044: the notice and the project are titles, not labelled
    ('off32-007', 'On October 15, 2015, the Commission issued a Notice of Intent to Prepare an Environmental Assessment for the Proposed SM-80 MAOP Restoration Project and Request for Comments on Environmental Issues (NOI).',
     'date:October 15, 2015'),
    # #045: the ORC Blitz is a campaign
    ('off32-011', 'As part of the ORC Blitz, more than 100 law enforcement agencies across 28 states conducted operations on or around May 30, 2025.',
     'date:May 30, 2025'),
    # #046: Environmental Health and Safety is the campus office (a named unit, h10 lines #046)
    ('off32-022', 'For more information, call the UCSC Fire Department at (831) 459-3473 or Environmental Health and Safety at (831) 459-2553.',
     'org:UCSC Fire Department | phone:(831) 459-3473 | org:Environmental Health and Safety | phone:(831) 459-2553'),
    # #047: the Postal Service (the United States Postal Service by its short name) is an org; Priority Mail Contract 81
    # is a contract (an agreement, README), its number nothing
    ('off32-036', 'The Commission is noticing a recent Postal Service filing concerning an amendment to Priority Mail Contract 81 negotiated service agreement.',
     'org:Postal Service'),
    # #048: a bare host name is a url (h4 #074); the New Year is a holiday, not a date; the 's left out
    ('off32-025', "The y2k.ucsc.edu Web page will provide current information on UCSC's Y2K status between now and the New Year--and in the critical hours, days, and weeks that follow.",
     'url:y2k.ucsc.edu | org:UCSC'),
    # #049: the filing's name as #018; the FCA is between Otter Tail Power and Minnkota Power, two orgs; the Warsaw
    # Substation is a facility: only the place inside (README, 瓦里关); § 205(d) is a section
    ('off32-005', 'Description: § 205(d) Rate Filing: 2016-04-11_SA 2915 Otter Tail Power-Minnkota Power FCA (Warsaw Substation) to be effective 4/12/2016.',
     'date:2016-04-11 | org:Otter Tail Power | org:Minnkota Power | place:Warsaw | date:4/12/2016'),
    # #050: the meeting is an event; a time
    ('off32-002', 'The Cobia Q&A public meeting will be held beginning at 6 p.m. on May 9, 2016.',
     'date:May 9, 2016'),
    # #051: as #022
    ('off32-033', 'Department of Labor, 200 Constitution Avenue NW., Room N-2625, Washington, DC 20210.',
     'org:Department of Labor | place:Constitution Avenue NW. | place:Washington | place:DC'),
    ('off32-023', 'Students can make an appointment for vaccination by calling (831) 459-2500.',
     'phone:(831) 459-2500'),
    # #053: the weekdays and times left out
    ('off32-008', 'The meeting will be held on Wednesday, May 18, 2016, from 9 a.m. to 5:00 p.m., and Thursday, May 19, 2016, from 9 a.m. to 12:00 p.m.',
     'date:May 18, 2016 | date:May 19, 2016'),
    # #054: 'Nuclear Regulatory Commission' is 'U.S. Nuclear Regulatory Commission' cut by the split (#022); the ZIP+4
    # code is nothing
    ('off32-035', 'Nuclear Regulatory Commission, Washington, DC 20555-0001; telephone: 301-415-2084; email: INFOCOLLECTS.Resource@nrc.gov.',
     'org:Nuclear Regulatory Commission | place:Washington | place:DC | phone:301-415-2084 | email:INFOCOLLECTS.Resource@nrc.gov'),
    # #055: a 30-day period is a duration
    ('off32-013', 'An “unconscionable price” is determined by comparing the price asked during an emergency with the price charged for the same commodity during the preceding 30-day period.',
     ''),
    # #056: a date in the basic format YYYYMMDD whose field says it is a date (an EDGAR header's period of report) is a
    # date, as an iCalendar date-time's date part (NEW h22, h22 #011)
    ('off32-027', 'CONFORMED PERIOD OF REPORT: 19980812',
     'date:19980812'),
    # #057: 99.1 is an exhibit number; the 's left out; Form 8-K is a filing type (#021)
    ('off32-027', "99.1 Form of Investor Rights Agreement by and between Amazon.com, Inc. and the stockholders of Junglee Corp. named therein (incorporated by reference from Amazon.com, Inc.'s Current Report on Form 8-K dated August 3, 1998).",
     'org:Amazon.com, Inc. | org:Junglee Corp. | org:Amazon.com, Inc.#2 | date:August 3, 1998'),
    ('off32-023', 'Immunization costs $65, plus the injection fee.',
     ''),
    # #059: the Federal Register document number (#033)
    ('off32-034', '2016-08669 Filed 4-14-16; 8:45 am]',
     'docno:2016-08669 | date:4-14-16'),
    # #060: the unit inside the job title is labelled (NEW h31, h31 #031), and its abbreviation after it; January 1 has no
    # year
    ('off32-025', "Pat LeCuyer, acting assistant vice chancellor for Communications and Technology Services (CATS), doesn't expect that the corps of staff members will uncover major power or system failures during their early-morning campus checkup on January 1.",
     'person:Pat LeCuyer | org:Communications and Technology Services | org:CATS'),
    # #061: a statute citation cut by the split (29 U.S.C. 657(g)(2)) is a section number, no docno (h18 #129, h20 #002);
    # 'the Agency' is a common noun
    ('off32-033', 'Accordingly, the Agency is issuing this notice pursuant to 29 U.S.C.',
     ''),
    # #062: the year of the first day of 2000 is a date; the New Year is a holiday
    ('off32-025', 'In the wee hours of a Saturday morning about three months from today, as people around the world are ushering in the first day of 2000, a small corps of UCSC workers will spend the first few hours of the New Year on campus...looking for bugs.',
     'date:2000 | org:UCSC'),
    # #063: NEW h32: Classroom Unit 2, the campus lecture hall that hosts the festival, is a venue, a place (README *Where
    # the sets disagree* 4: halls that host others' events), named with its number as written; a numbered room (Conference
    # Room N-3437, Room N-3655) stays unlabelled; the festival is an event; Saturday, October 23 has no year
    ('off32-021', 'G-FEST Film Festival will take place on Saturday, October 23, from 7 to 10 p.m. in Classroom Unit 2.',
     'place:Classroom Unit 2'),
    # #064: times
    ('off32-021', 'Mondays and Wednesdays from noon to 1 p.m.',
     ''),
    # #065: the year in the Act's title (#009); the cut U.S.C. citation is nothing
    ('off32-035', 'In accordance with the Paperwork Reduction Act of 1995 (44 U.S.C.',
     'date:1995'),
    # #066: the Federal Register document number (#033)
    ('off32-001', '2016-08789 Filed 4-14-16; 8:45 am]',
     'docno:2016-08789 | date:4-14-16'),
    # #067: a docket identification number is a regulator's proceeding (docket) number, a docno (h16 #032), the label
    # 'Docket ID' left out (Case No.:, h22 #105)
    ('off32-035', '• Federal Rulemaking Web site: Go to http://www.regulations.gov and search for Docket ID NRC-2016-0060.',
     'url:http://www.regulations.gov | docno:NRC-2016-0060'),
    # #068: the docket identification number is a docno (#067); NEW h32: the FRL number (EPA's Federal Register Liaison
    # number for this notice) is the number the agency gives the document, a docno; EPA inside the docket number is not
    # labelled (flat)
    ('off32-008', '[EPA-HQ-OPP-2016-0198; FRL-9944-61]',
     'docno:EPA-HQ-OPP-2016-0198 | docno:FRL-9944-61'),
    ('off32-014', 'Apple Inc. will pay $4.1 million in fines to each agency.',
     'org:Apple Inc.'),
    # #070: KZSC, the campus radio station, is a broadcaster, an org as TV channels are (README); 88.1 FM is its
    # frequency; the vanity number is a phone (h4 #038)
    ('off32-022', 'He also recommends that people tune to KZSC 88.1 FM, call (831) 459-INFO, or log onto www.ucsc.edu for information during an emergency.',
     'org:KZSC | phone:(831) 459-INFO | url:www.ucsc.edu'),
    # #071: a date and a bare year, each its own span
    ('off32-027', 'Statements of Cash Flows for the six month periods ended June 30, 1998 and 1997 (unaudited).',
     'date:June 30, 1998 | date:1997'),
    # #072: NEW h32: an academic term with its year (fall quarter 1999) is one span, as a year with a season (NEW h16,
    # summer 2002) or its quarter (README)
    ('off32-024', 'The fall quarter 1999 issue has also been produced in hard copy and distrubuted to unit mailrooms.',
     'date:fall quarter 1999'),
    # #073: NEW h32: a Public Law number (Public Law 92-463) cites one enacted law by its number, a docno taken whole with
    # its document word, as Order No. 888 (h10 #030) and a decree number (NEW h14); the Act's name (a law) is not labelled
    ('off32-008', 'The PPDC is a federal advisory committee chartered under the Federal Advisory Committee Act (FACA), Public Law 92-463.',
     'org:PPDC | docno:Public Law 92-463'),
    # #074: Route 1 University is a bus route (as railway lines, README)
    ('off32-024', 'Check out the new route and times for the Route 1 University bus on the SCMTD Web site.',
     'org:SCMTD'),
    # #075: Seifert is the surname of Brandon S. Seifert cut by the split; NEW h32: an abbreviation in parentheses inside
    # a name (Criminal Justice Information Services (CJIS) Division) stays inside the one span, as written; the NICS
    # section is a named unit (the NICS Section), an org; Module A-3 is a room; the title left out
    ('off32-010', 'Seifert, Management and Program Analyst, Federal Bureau of Investigation, Criminal Justice Information Services (CJIS) Division, NICS section, Module A-3, 1000 Custer Hollow Road, Clarksburg, West Virginia 26306, or facsimile at (304) 625-7540.',
     'person:Seifert | org:Federal Bureau of Investigation | org:Criminal Justice Information Services (CJIS) Division | org:NICS section | place:Custer Hollow Road | place:Clarksburg | place:West Virginia | phone:(304) 625-7540'),
    # #076: Charleston is N. Charleston (North Charleston) cut by the split, labelled for the part present; suite and ZIP
    # codes are nothing
    ('off32-002', 'Charleston, SC 29405; Mid-Atlantic Fishery Management Council, 800 North State Street, Suite 201, Dover, DE 19901.',
     'place:Charleston | place:SC | org:Mid-Atlantic Fishery Management Council | place:North State Street | place:Dover | place:DE'),
    # #077: the campus bookstore is a business, an org
    ('off32-024', 'For more information, call the Bay Tree Bookstore at (831) 459-4544.',
     'org:Bay Tree Bookstore | phone:(831) 459-4544'),
    # #078: the State Attorney's Hotline is a service (as Company News On-Call, README)
    ('off32-013', 'To report any suspicion of price gouging, residents may call the State Attorney’s Hotline at 305-547-3300.',
     'phone:305-547-3300'),
    # #079: the weekday and times left out
    ('off32-006', 'A public meeting will be held Tuesday May 10, 2016, from 6:00 p.m. to 9:00 p.m. (EDT).',
     'date:May 10, 2016'),
    # #080: a time
    ('off32-031', 'Applications must be received no later than 4:00:00 p.m.',
     ''),
    # #081: NEW h32: a presidential proclamation cited by its number (Proclamation 7757) is an official document cited by
    # its number, a docno taken whole with its document word (Order No. 888, h10); 'the Cuban government' is a demonym
    # adjective with a common noun, not labelled (adjectives, README)
    ('off32-019', 'On February 26, 2004, by Proclamation 7757, the national emergency was expanded to deny monetary and material support to the Cuban government.',
     'date:February 26, 2004 | docno:Proclamation 7757'),
    # #082: the boardwalk is a named promenade, a place as a street (README)
    ('off32-038', 'On May 5, 2015, Proctor and his partner responded to an area near the Venice Beach Boardwalk where Glenn and others were blocking the sidewalk at the time and intoxicated.',
     'date:May 5, 2015 | person:Proctor | place:Venice Beach Boardwalk | person:Glenn'),
    # #083: Baird Funds (Baird Funds, Inc., which has a president) is the company running the fund family, an org; the
    # heading runs into the sentence
    ('off32-029', 'About Baird Funds Baird Funds is a no-load mutual fund family with more than $107 billion in assets as of February 28, 2024.',
     'org:Baird Funds | org:Baird Funds#2 | date:February 28, 2024'),
    ('off32-029', 'For a prospectus or summary prospectus, contact Baird directly at 866-442-2473 or contact your Financial Advisor.',
     'org:Baird | phone:866-442-2473'),
    # #085: 'the Council' is a common noun
    ('off32-004', "Public comments: Comments may be submitted online through the Council's public portal by visiting www.gulfcouncil.org and clicking on “CONTACT US”.",
     'url:www.gulfcouncil.org'),
    # #086: the name and its short form in the parentheses are each an org; 'Commission' there is a common noun
    ('off32-007', 'On September 15, 2015, the Federal Energy Regulatory Commission (Commission or FERC) issued its Notice of Application for the Project.',
     'date:September 15, 2015 | org:Federal Energy Regulatory Commission | org:FERC'),
    ('off32-036', 'Comments are due no later than April 19, 2016.',
     'date:April 19, 2016'),
    ('off32-029', 'Baird has approximately 5,100 associates serving the needs of individual, corporate, institutional and municipal clients and more than $405 billion in client assets as of June 30, 2023.',
     'org:Baird | date:June 30, 2023'),
    # #089: the campus Y2K Task Force is a named body, an org
    ('off32-025', "LeCuyer has also chaired a campuswide Y2K Task Force, which has worked with 24 Y2K coordinators from across the campus to assess the campus's overall Y2K readiness.",
     'person:LeCuyer | org:Y2K Task Force'),
    # #090: U.S. used attributively is a place (h14: 'general U.S. emails'), also inside non-U.S.
    ('off32-001', 'A company is not a U.S. company if 50 percent plus one share of its stock (if a corporation, or a similar ownership interest of an unincorporated entity) is known to be controlled, directly or indirectly, by non-U.S. citizens or non-U.S. companies.',
     'place:U.S. | place:U.S.#2 | place:U.S.#3'),
    ('off32-004', 'Douglas Gregory, Executive Director, Gulf of Mexico Fishery Management Council; telephone: (813) 348-1630.',
     'person:Douglas Gregory | org:Gulf of Mexico Fishery Management Council | phone:(813) 348-1630'),
    # #092: the degrees and the title left out
    ('off32-033', 'David Michaels, Ph.D., MPH, Assistant Secretary of Labor for Occupational Safety and Health, 200 Constitution Avenue NW., Washington, DC 20210, authorized the preparation of this notice.',
     'person:David Michaels | place:Constitution Avenue NW. | place:Washington | place:DC'),
    # #093: NEW h32: a CFR citation (29 CFR 1910.7, title and section of the Code of Federal Regulations) cites a section
    # of codified regulations, a section number, not a docno (README; Reg. 301-6109-1, h12 #036; statute sections, h18
    # #129)
    ('off32-033', 'In addition to those conditions already required by 29 CFR 1910.7, TUVAM must abide by the following conditions of the recognition:',
     'org:TUVAM'),
    ('off32-007', '90-Day Federal Authorization Decision Deadline—8/16/16',
     'date:8/16/16'),
    # #095: 'The District Attorney' is a title
    ('off32-015', 'The District Attorney said that, according to the investigation, Davidson was employed by the North Flatbush BID from June 2009 to January 2014.',
     'person:Davidson | org:North Flatbush BID | date:June 2009 | date:January 2014'),
    ('off32-001', 'Brief statement describing how the applicant will contribute to the work of the Board based on his or her unique experience and perspective (not to exceed 100 words).',
     ''),
    # #097: 'NW.' is the remnant of '1301 Constitution Ave. NW.' cut by the split, a bare generic remnant (README); the
    # ZIP+4 code is nothing
    ('off32-008', 'NW., Washington, DC 20460-0001.',
     'place:Washington | place:DC'),
    ('off32-017', 'Emergency protective measures for mass care and sheltering and direct federal assistance will be provided at 75 percent federal funding.',
     ''),
    # #099: the article left out (h12 #023)
    ('off32-011', 'Participation from approximately 60 retailers, including major brands such as Walgreens, The Home Depot and Ulta Beauty.',
     'org:Walgreens | org:Home Depot | org:Ulta Beauty'),
    # #100: the age is nothing
    ('off32-037', 'Angel Amadeo Guzman, 31, of Panorama City;',
     'person:Angel Amadeo Guzman | place:Panorama City'),
    # #101: an elided couple as written (h31 #025); the 's left out
    ('off32-028', "Judy and George Marcus's $2 million gift, made last year, supports two of HSSV's strategic priorities: Saving Lives and Keeping Families Together.",
     'person:Judy | person:George Marcus | org:HSSV'),
    # #102: a year with its quarter is one span (README)
    ('off32-026', 'On July 22, 2004, the Registrant issued a press release announcing its second quarter 2004 earnings.',
     'date:July 22, 2004 | date:second quarter 2004'),
    # #103: the Federal Register document number (#033)
    ('off32-005', '2016-08686 Filed 4-14-16; 8:45 am]',
     'docno:2016-08686 | date:4-14-16'),
    # #104: as #022
    ('off32-032', 'Department of Labor, 200 Constitution Avenue NW., Washington, DC 20210; telephone: (202) 693-1999; email: jameson.grettah@dol.gov.',
     'org:Department of Labor | place:Constitution Avenue NW. | place:Washington | place:DC | phone:(202) 693-1999 | email:jameson.grettah@dol.gov'),
    # #105: EST is a time zone; the sentence-final period left out
    ('off32-004', 'EST at: https://attendee.gotowebinar.com/register/3081763240819912449.',
     'url:https://attendee.gotowebinar.com/register/3081763240819912449'),
    # #106: the Federal Register citation (81 FR 1227) is not labelled (#004)
    ('off32-030', "The Department's notice of determination was published in the Federal Register on January 11, 2016 (81 FR 1227).",
     'org:Federal Register | date:January 11, 2016'),
    # #107: a docket number (#067), the label left out
    ('off32-005', 'Docket Numbers: ER16-1378-000.',
     'docno:ER16-1378-000'),
    ('off32-028', 'Established in 1929, HSSV has adopted more than 500,000 animals into permanent, loving homes.',
     'date:1929 | org:HSSV'),
    ('off32-029', 'Investment minimum for the institutional class is $25,000.',
     ''),
    # #110: counts and a felony degree
    ('off32-012', '• 18 Counts Official Misconduct 3rd Degree Felony',
     ''),
    # #111: dob (date of birth) is a label; a date with a two-digit year
    ('off32-038', 'Proctor (dob 5/19/65) was indicted by the grand jury in September 2024 on one count of second-degree murder.',
     'person:Proctor | date:5/19/65 | date:September 2024'),
    # #112: the Docket Office (the OSHA Docket Office, #018 of draw 2) is a named unit, an org as the Resolution Center
    # (h31 #062), the article left out; times and the time zone (e.t.) are nothing
    ('off32-032', "The Docket Office accepts deliveries (express mail, hand (courier) delivery, and messenger service) during the Department of Labor's and Docket Office's normal business hours, 8:15 a.m. to 4:45 p.m., e.t.",
     'org:Docket Office | org:Department of Labor | org:Docket Office#2'),
    # #113: the Federal Register document number (#033)
    ('off32-003', '2016-08714 Filed 4-14-16; 8:45 am]',
     'docno:2016-08714 | date:4-14-16'),
    ('off32-008', 'Accommodations requests: To request accommodation of a disability, please contact the person listed under FOR FURTHER INFORMATION CONTACT, preferably at least 10 days prior to the meeting, to give EPA as much time as possible to process your request.',
     'org:EPA'),
    # #115: the FOA is the announcement (a document) named by its type; the URL as written with its trailing underscore
    ('off32-031', "The complete FOA and any subsequent FOA amendments in connection with this funding opportunity are described in further detail on ETA's Web site at https://www.doleta.gov/grants/find_grants.cfm_ or on http://www.grants.gov.",
     'org:ETA | url:https://www.doleta.gov/grants/find_grants.cfm_ | url:http://www.grants.gov'),
    # #116: a filing type (#021)
    ('off32-027', 'CONFORMED SUBMISSION TYPE: 8-K',
     ''),
    ('off32-021', 'For more information about the exit interview program, contact Lynda Tanaka at (831) 459-2686, tanaka@cats.ucsc.edu.',
     'person:Lynda Tanaka | phone:(831) 459-2686 | email:tanaka@cats.ucsc.edu'),
    # #118: the headline: the police department inside 'Former LAPD Officer' is labelled
    ('off32-038', 'June 5, 2026: Judge Dismisses Indictment Against Former LAPD Officer Charged in 2015 Fatal Shooting of Homeless Man in Venice',
     'date:June 5, 2026 | org:LAPD | date:2015 | place:Venice'),
    # #119: the Federal Register document number (#033)
    ('off32-009', '2016-08712 Filed 4-14-16; 8:45 am]',
     'docno:2016-08712 | date:4-14-16'),
    # #120: a docket number (#067); the article left out
    ('off32-035', 'Please refer to Docket ID NRC-2016-0060 when contacting the NRC about the availability of information for this action.',
     'docno:NRC-2016-0060 | org:NRC#2'),
    # #121: the CFR citation is a section (#093)
    ('off32-033', 'Pursuant to the authority in 29 CFR 1910.7, OSHA hereby expands the scope of recognition of TUVAM, subject to the limitation and conditions specified above.',
     'org:OSHA | org:TUVAM'),
    ('off32-015', 'As a result, the defendant allegedly stole $85,691.36.',
     ''),
    # #123: as #071
    ('off32-027', 'Statements of Operations for the six month periods ended June 30, 1998 and 1997 (unaudited).',
     'date:June 30, 1998 | date:1997'),
    # #124: NRTL (Nationally Recognized Testing Laboratory) is a status (README: statuses); the table's number is nothing
    ('off32-033', "Table 1—Appropriate Test Standard for Inclusion in TUVAM's NRTL Scope of Recognition",
     'org:TUVAM'),
    ('off32-007', 'Go to www.ferc.gov/docs-filing/esubscription.asp.',
     'url:www.ferc.gov/docs-filing/esubscription.asp'),
    # #126: an accession number (#020)
    ('off32-005', 'Accession Number: 20160408-5339.',
     'docno:20160408-5339'),
    # #127: as #054
    ('off32-035', 'Nuclear Regulatory Commission, Washington, DC 20555-0001.',
     'org:Nuclear Regulatory Commission | place:Washington | place:DC'),
    # #128: the Federal Register document number (#033)
    ('off32-033', '2016-08761 Filed 4-14-16; 8:45 am]',
     'docno:2016-08761 | date:4-14-16'),
    ('off32-011', 'Campaign targeting sophisticated crews brings law enforcement, prosecutors and businesses together to combat retail theft; leads to more than 500 arrests',
     ''),
    # #130: a form number (#021)
    ('off32-009', 'DEA Form 253: CSOS Power of Attorney Certificate Application.',
     'org:DEA'),
    # #131: NEW h32: TA-W-91,030, the Department of Labor's petition (case) number under which the certification is
    # issued, cites the case's file by its number, a docno as written with its comma, as a docket number (h16 #032) and a
    # suit number (h22 #105)
    ('off32-030', 'The amended notice applicable to TA-W-91,030 is hereby issued as follows:',
     'docno:TA-W-91,030'),
    # #132: the craft fair is an event; December 1 and 2 have no year
    ('off32-023', 'The Annual Women at Work Retreat Craft Fair will be held this year on December 1 and 2.',
     ''),
    # #133: the agency inside the form number and before common nouns, each time
    ('off32-035', 'Abstract: NRC Form 237 is completed by NRC contractors, subcontractors, licensee employees, employees of other government agencies, and other individuals who are not NRC employees who require an NRC access authorization.',
     'org:NRC | org:NRC#2 | org:NRC#3 | org:NRC#4'),
    ('off32-037', 'Jose Jonathan Castillo, 34, of Koreatown.',
     'person:Jose Jonathan Castillo | place:Koreatown'),
    # #135: as #071
    ('off32-027', 'Notes to Financial Statements for the six month periods ended June 30, 1998 and 1997 (unaudited).',
     'date:June 30, 1998 | date:1997'),
    # #136: '2' is the tail of '5 U.S.C. App. 2' cut by the split; 'Order No.' without its number (cut off by the split)
    # is a bare generic remnant (README: St.), not labelled; the Secretary of Labor is a title
    ('off32-032', "2, Secretary of Labor's Order No.",
     ''),
    # #137: the Federal Register document number (#033)
    ('off32-035', '2016-08763 Filed 4-14-16; 8:45 am]',
     'docno:2016-08763 | date:4-14-16'),
    # #138: the 's left out; 'The People' (the plaintiff) is a common noun; iOS and its versions are software
    ('off32-014', 'The People alleged that Apple Inc.’s failure to disclose these features at the time iOS 10.2.1 and iOS 11.2 were released constituted an unlawful business practice and violated California’s false advertising statute.',
     'org:Apple Inc. | place:California'),
    # #139: a named office (#019 of draw 2); a time
    ('off32-001', 'Applications for immediate consideration for membership must be received by the Office of Advisory Committees and Industry Outreach by 5:00 p.m.',
     'org:Office of Advisory Committees and Industry Outreach'),
    ('off32-031', 'Signed April 12, 2016 in Washington, DC.',
     'date:April 12, 2016 | place:Washington | place:DC'),
    # #141: NEW h32: 'Atlantic' in the stock's name (Atlantic migratory group cobia) is the ocean's name used
    # attributively, a place as U.S. is in 'U.S. emails' (h14); a demonym adjective (Cuban, #081) is not
    ('off32-002', 'The recreational fishery for Atlantic migratory group cobia is scheduled to close on June 20, 2016.',
     'place:Atlantic | date:June 20, 2016'),
    ('off32-035', 'The estimated number of hours needed annually to comply with the information collection requirement or request: 86.',
     ''),
    # #143: ADAMS is a system (#025)
    ('off32-035', "• NRC's Agencywide Documents Access and Management System (ADAMS): You may obtain publicly-available documents online in the ADAMS Public Documents collection at http://www.nrc.gov/reading-rm/adams.html.",
     'org:NRC | url:http://www.nrc.gov/reading-rm/adams.html'),
    # #144: a docket number (#067)
    ('off32-005', 'Docket Numbers: ER16-1375-000.',
     'docno:ER16-1375-000'),
    ('off32-011', 'For the previous eight years, CCSAO policy held that felonies would only be charged when the value of the goods exceeded $1,000, or if the offender had 10 or more prior convictions.',
     'org:CCSAO'),
    ('off32-006', 'Please call Mark Pawlowski at (202) 502-6052 or send an email to mark.pawlowski@ferc.gov by May 6, 2016, to register to attend the morning meeting.',
     'person:Mark Pawlowski | phone:(202) 502-6052 | email:mark.pawlowski@ferc.gov | date:May 6, 2016'),
    # #147: '2203 N.' is the cut start of the street's address, a bare remnant
    ('off32-004', 'The public documents can be obtained by contacting the Gulf of Mexico Fishery Management Council, 2203 N.',
     'org:Gulf of Mexico Fishery Management Council'),
    # #148: the report and the project are titles; the Barn Theater, hosting the meeting, is a venue, a place (README
    # *Where the sets disagree* 4), the article left out; Tuesday, November 16 has no year
    ('off32-023', 'A scoping meeting on the Draft Environmental Impact Report for the Modular Housing Relocation Project will be held on Tuesday, November 16, from 6 to 8 p.m. at the Barn Theater.',
     'place:Barn Theater'),
    # #149: a docket number (#067)
    ('off32-035', 'A copy of the collection of information and related instructions may be obtained without charge by accessing Docket ID NRC-2016-0060 on this Web site.',
     'docno:NRC-2016-0060'),
    # #150: a docket number (#067), its label cut off by the split; the 's left out
    ('off32-033', "OSHA-2007-0043 contains all materials in the record concerning TUVAM's recognition.",
     'docno:OSHA-2007-0043 | org:TUVAM'),
    # #151: the hotel hosting the meeting is a venue, a place taken whole with its location as written (DAYS INN ELBERTON,
    # NEW h20), the airport inside it not labelled again (flat); the ZIP code is nothing; the labels left out
    ('off32-003', 'The meeting will be held at the Hilton Garden Inn Boston Logan Airport, 100 Boardman Street, Boston, MA 02128; telephone: (617) 571-5478; fax: (617) 561-0798.',
     'place:Hilton Garden Inn Boston Logan Airport | place:Boardman Street | place:Boston#2 | place:MA | phone:(617) 571-5478 | phone:(617) 561-0798'),
    # #152: 'Virginia Dare Trail' is the street of '5353 N. Virginia Dare Trail' cut by the split; the person inside the
    # street's name is not labelled (flat)
    ('off32-002', 'Virginia Dare Trail, Kitty Hawk, NC 27949; phone: (252) 261-1290; fax: (252) 255-0153.',
     'place:Virginia Dare Trail | place:Kitty Hawk | place:NC | phone:(252) 261-1290 | phone:(252) 255-0153'),
    # #153: an accession number (#020)
    ('off32-005', 'Accession Number: 20160411-5233.',
     'docno:20160411-5233'),
    # #154: a model year before a car is a bare year inside a longer term, a date (Outlook 2003, NEW h24); the makers
    # inside the product designations are orgs (README: BOEING); VIN plates are nothing
    ('off32-012', 'Detectives executed a search warrant upon arriving on the scene and located three stolen vehicles including a 2022 Lamborghini Urus, a 2023 Aston Martin DBS Superleggera, a 2021 Mercedes-Benz G550, and two fraudulent VIN plates.',
     'date:2022 | org:Lamborghini | date:2023 | org:Aston Martin | date:2021 | org:Mercedes-Benz'),
    ('off32-012', '• 18 Counts Title Fraud 3rd Degree Felony',
     ''),
    # #156: the cut U.S.C. citation is nothing
    ('off32-036', "The Commission invites comments on whether the changes presented in the Postal Service's Notice are consistent with the policies of 39 U.S.C.",
     'org:Postal Service'),
    # #157: NEW h32: a funding opportunity number (FOA-ETA-16-11) is the number the agency gives the announcement, a docno
    # as written, the label left out; ETA inside it is not labelled (flat)
    ('off32-031', 'Funding Opportunity Number: FOA-ETA-16-11.',
     'docno:FOA-ETA-16-11'),
    # #158: a statute section's tail and 'Order No.' cut from its number (#136)
    ('off32-033', "657(g)(2), Secretary of Labor's Order No.",
     ''),
    # #159: an accession number (#020): the SEC's EDGAR number of this filing, as written; the 98 inside is not labelled
    # (flat)
    ('off32-027', 'ACCESSION NUMBER: 0000891020-98-001352',
     'docno:0000891020-98-001352'),
    # #160: the mail stop is a room-like code; 'U.S.' is 'U.S. Nuclear Regulatory Commission' cut by the split, labelled
    # for the part present (h31 #053)
    ('off32-035', '• Mail comments to: David Cullison, Office of the Chief Information Officer, Mail Stop: T-5 F53, U.S.',
     'person:David Cullison | org:Office of the Chief Information Officer | org:U.S.'),
    # #161: a form number (#021)
    ('off32-009', 'DEA Form 252: CSOS Principal Coordinator/Alternate Coordinator Certificate Application.',
     'org:DEA'),
    # #162: the NRTL Program is a programme
    ('off32-033', "OSHA's Web page includes information about the NRTL Program (see http://www.osha.gov/dts/otpca/nrtl/index.html).",
     'org:OSHA | url:http://www.osha.gov/dts/otpca/nrtl/index.html'),
    # #163: Vera Mora (a slip for Vera Moran) as written, the ’s left out; the Auto Theft Operation is an investigation
    # (an event); the street with its quadrant as written (h16 #015)
    ('off32-012', 'Following the shop owner’s arrest, law enforcement questioned his involvement in the Auto Theft Operation, leading to the discovery of Vera Mora’s role as a Tag Agency Clerk at Baumgardner Tag Agency, located at 1375 NW 36th ST, Miami, FL.',
     'person:Vera Mora | org:Baumgardner Tag Agency | place:NW 36th ST | place:Miami | place:FL'),
    ('off32-025', '"My concern is that we will have so little time before our students return to campus for the winter quarter to get a Y2K-related failure fixed should we be surprised by one," he said.',
     ''),
    # #165: a range sharing month and year is one span (h10)
    ('off32-004', 'The public hearings will be held May 9-11, 2016.',
     'date:May 9-11, 2016'),
    # #166: the vanity number is a phone (h4 #038), the org inside it not labelled (flat); the labels left out
    ('off32-002', 'Kim Iverson, Public Information Officer, SAFMC; phone: (843) 571-4366 or toll free: (866) SAFMC-10; fax: (843) 769-4520; email: kim.iverson@safmc.net.',
     'person:Kim Iverson | org:SAFMC | phone:(843) 571-4366 | phone:(866) SAFMC-10 | phone:(843) 769-4520 | email:kim.iverson@safmc.net'),
    # #167: a docket number written with a space, as written, its label cut off by the split (#067)
    ('off32-032', 'OSHA 2015-0014), by one of the following methods:',
     'docno:OSHA 2015-0014'),
    ('off32-021', '$3 per class for registered UCSC students or a 10-class card for $25;',
     'org:UCSC'),
    ('off32-005', 'Description: Compliance filing: Re-baseline to be effective 4/15/2016.',
     'date:4/15/2016'),
    # -- draw 2, off32-lines: whole lines with a digit or '@' and a contact cue (LINE_CUES), not overlapping a text drawn in
    # draw 1: all the pool holds (31), in the order of Random(33332)
    # #000: the title left out
    ('off32-lines-028', 'For more information, contact Executive Publicist Michelle Tennant Nicholson at Michelle@WasabiPublicity.com or 828-749-3200.',
     'person:Michelle Tennant Nicholson | email:Michelle@WasabiPublicity.com | phone:828-749-3200'),
    # #001: the FEMA News Desk is a named desk, an org taken with its agency (README: West Desk)
    ('off32-lines-017', 'FOR FURTHER INFORMATION MEDIA SHOULD CONTACT: FEMA NEWS DESK AT (202) 646-3272 OR FEMA-NEWS-DESK@FEMA.DHS.GOV',
     'org:FEMA NEWS DESK | phone:(202) 646-3272 | email:FEMA-NEWS-DESK@FEMA.DHS.GOV'),
    ('off32-lines-011', 'CONTACT: sao.media@cookcountysao.org',
     'email:sao.media@cookcountysao.org'),
    ('off32-lines-003', 'Thomas A. Nies, Executive Director, New England Fishery Management Council; telephone: (978) 465-0492.',
     'person:Thomas A. Nies | org:New England Fishery Management Council | phone:(978) 465-0492'),
    # #004: a docket number (draw 1 #067), the label and brackets left out
    ('off32-lines-032', '[Docket No. OSHA-2015-0014]',
     'docno:OSHA-2015-0014'),
    ('off32-lines-005', 'Docket Numbers: ER13-77-009.',
     'docno:ER13-77-009'),
    ('off32-lines-005', 'Docket Numbers: ER16-1377-000.',
     'docno:ER16-1377-000'),
    ('off32-lines-037', 'Phone: (213) 257-2000',
     'phone:(213) 257-2000'),
    ('off32-lines-014', 'SanDiegoDA@sdcda.org | (619) 531-4040',
     'email:SanDiegoDA@sdcda.org | phone:(619) 531-4040'),
    # #009: the hotel is a venue (draw 1 #012); the street without its number
    ('off32-lines-004', 'Monday, May 9, 2016; Holiday Inn Express & Suites, 1785—5th Avenue South, Naples, FL 34102; telephone: (239) 261-3500.',
     'date:May 9, 2016 | place:Holiday Inn Express & Suites | place:5th Avenue South | place:Naples | place:FL | phone:(239) 261-3500'),
    ('off32-lines-005', 'Docket Numbers: ER16-1376-000.',
     'docno:ER16-1376-000'),
    ('off32-lines-005', 'Docket Numbers: ER10-3079-010.',
     'docno:ER10-3079-010'),
    ('off32-lines-007', '[Docket No. CP15-549-000]',
     'docno:CP15-549-000'),
    ('off32-lines-005', 'Docket Numbers: ER12-2600-001.',
     'docno:ER12-2600-001'),
    ('off32-lines-037', 'media@da.lacounty.gov',
     'email:media@da.lacounty.gov'),
    ('off32-lines-033', '[Docket No. OSHA-2007-0043]',
     'docno:OSHA-2007-0043'),
    ('off32-lines-037', 'Email: media@da.lacounty.gov',
     'email:media@da.lacounty.gov'),
    # #017: 'Registrant' is a common noun
    ('off32-lines-026', "Registrant's telephone number, including area code: (847) 286-2500",
     'phone:(847) 286-2500'),
    # #018: the office with its agency is one org
    ('off32-lines-032', 'Facsimile: If comments, including attachments, are not longer than 10 pages, commenters may fax them to the OSHA Docket Office at (202) 693-1648.',
     'org:OSHA Docket Office | phone:(202) 693-1648'),
    ('off32-lines-001', 'Please submit application information by email to oacio@trade.gov, attention to Li Zhou, Office of Advisory Committees and Industry Outreach.',
     'email:oacio@trade.gov | person:Li Zhou | org:Office of Advisory Committees and Industry Outreach'),
    # #020: Ms. left out; NEW h32: an agency's headquarters named as the office of a contact (NASA Headquarters) is its
    # central unit, an org taken whole (an office building named after its company stays a facility, h12 #021); the label
    # fax left out
    ('off32-lines-034', 'Ms. Ann Delo, Science Mission Directorate, NASA Headquarters, Washington, DC 20546, (202) 358-0750, fax (202) 358-2779, or ann.b.delo@nasa.gov.',
     'person:Ann Delo | org:Science Mission Directorate | org:NASA Headquarters | place:Washington | place:DC | phone:(202) 358-0750 | phone:(202) 358-2779 | email:ann.b.delo@nasa.gov'),
    # #021: a docket number (draw 1 #067); 'The Commission' is a common noun
    ('off32-lines-036', "1. The Commission reopens Docket No. CP2014-47 for consideration of matters raised by the Postal Service's Notice.",
     'docno:CP2014-47 | org:Postal Service'),
    # #022: the office building and the metro station are facilities: only the org and places inside are labelled (README,
    # 瓦里关; Enron Building, h12 #021); Potomac Yard and Crystal City are neighbourhoods of Arlington
    ('off32-lines-008', "EPA's Potomac Yard South Bldg. is approximately 1 mile from the Crystal City Metro Station.",
     'org:EPA | place:Potomac Yard | place:Crystal City'),
    ('off32-lines-005', 'Docket Numbers: ER16-206-003.',
     'docno:ER16-206-003'),
    # #024: as draw 1 #022
    ('off32-lines-031', 'Andrea Hill, 200 Constitution Avenue NW., Room N-4716, Washington, DC 20210; Telephone: 202-693-3542.',
     'person:Andrea Hill | place:Constitution Avenue NW. | place:Washington | place:DC | phone:202-693-3542'),
    # #025: the docket number (draw 1 #067) and the order number, a docno taken whole with its document word (Order No.
    # 888, h10 #030)
    ('off32-lines-036', '[Docket No. CP2014-47; Order No. 3235]',
     'docno:CP2014-47 | docno:Order No. 3235'),
    # #026: as #001; the sentence-final period left out
    ('off32-lines-039', 'FOR FURTHER INFORMATION MEDIA SHOULD CONTACT THE FEMA NEWS DESK AT (202) 646-3272 OR FEMA-NEWS-DESK@FEMA.DHS.GOV.',
     'org:FEMA NEWS DESK | phone:(202) 646-3272 | email:FEMA-NEWS-DESK@FEMA.DHS.GOV'),
    ('off32-lines-005', 'Docket Numbers: EC16-88-000.',
     'docno:EC16-88-000'),
    # #028: a suite is nothing (README)
    ('off32-lines-037', 'Suite 1200',
     ''),
    ('off32-lines-006', 'c. FERC Contact: Mark Pawlowski at (202) 502-6052 or email at mark.pawlowski@ferc.gov.',
     'org:FERC | person:Mark Pawlowski | phone:(202) 502-6052 | email:mark.pawlowski@ferc.gov'),
    # #030: NEW h32: '[email protected]' is the placeholder the web page put where it hid the address (the pool's
    # SOURCES.tsv says so): it holds no address, so it is not an email; the title left out
    ('off32-lines-013', 'For further information, please contact Lissette Valdes-Valle, Public Information Officer, at (305) 547-0535 or [email protected]',
     'person:Lissette Valdes-Valle | phone:(305) 547-0535'),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout32", ITEMS, DRAWS, sample, ("off32-", "off32-lines-"))


if __name__ == "__main__":
    main()

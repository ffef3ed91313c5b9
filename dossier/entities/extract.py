"""Named entities in Chinese and English text, offline, with rules over packaged dictionaries.

Chinese: jieba's part-of-speech tagger (its dictionary ships in the wheel) proposes
persons (nr), places (ns) and organisations (nt); rules keep a person only when it starts
with a known surname, take places from the PRC administrative division list (``cpca``'s
adcodes: full names and their short forms, 新疆维吾尔自治区 and 新疆) plus a short list of
countries, and build organisations by extending a word ending in an office suffix (局,
委员会, 人民政府 ...) leftwards over the nouns and places before it.

English: no packaged English NER model installs from PyPI without a separate model
download, so this is rule-based: runs of capitalised words are organisations when they end
in an organisation word (Committee, Corporation ...), places when a gazetteer knows them,
and persons after a title, when they start with a common first name, or when they are
pinyin (Chen Quanguo, Zhu Hailun). Recall on unfamiliar English names is the weak spot;
``bench/ner_eval.py`` reports the numbers.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .aliases import COMMON_SURNAMES, is_pinyin_word, pinyin_surnames
from .types import ORG, PERSON, PLACE, Mention

#: Changes whenever extraction results would change; documents read by another version are read again.
EXTRACTOR_VERSION = "entities 1"

_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff·]+")

_DIVISION_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "自治旗",
                      "地区", "省", "市", "县", "区", "盟", "旗")
_ETHNIC = re.compile(r"(?:蒙古|哈萨克|柯尔克孜|维吾尔|回|藏|彝|苗|壮|土家|朝鲜|满|侗|瑶|白|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|"
                     r"景颇|土|羌|撒拉|仫佬|布依|毛南|仡佬|锡伯|普米|塔吉克|怒|鄂温克|鄂伦春|裕固|保安|达斡尔|独龙|哈尼|各)+族?$")
_COUNTRIES = ("中国 中华人民共和国 美国 英国 法国 德国 日本 俄罗斯 印度 巴基斯坦 阿富汗 哈萨克斯坦 吉尔吉斯斯坦 塔吉克斯坦 "
              "乌兹别克斯坦 土耳其 蒙古 朝鲜 韩国 越南 香港 澳门 台湾 新加坡 马来西亚 伊朗 叙利亚 埃及 加拿大 澳大利亚 欧洲 亚洲 "
              "中亚 西藏 内地 苏联 东欧 西欧 北欧 南欧 中欧 北美 南美 拉丁美洲 拉美 非洲 北非 东非 西非 南非 大洋洲 东亚 东南亚 南亚 "
              "西亚 中东 东北亚 美洲 亚欧 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 挪威 丹麦 芬兰 波兰 捷克 匈牙利 "
              "罗马尼亚 保加利亚 希腊 奥地利 爱尔兰 乌克兰 白俄罗斯 格鲁吉亚 亚美尼亚 阿塞拜疆 土库曼斯坦 以色列 巴勒斯坦 "
              "约旦 黎巴嫩 沙特阿拉伯 沙特 伊拉克 科威特 卡塔尔 阿联酋 也门 阿曼 泰国 缅甸 老挝 柬埔寨 菲律宾 印度尼西亚 印尼 "
              "孟加拉国 斯里兰卡 尼泊尔 不丹 马尔代夫 墨西哥 巴西 阿根廷 智利 秘鲁 古巴 委内瑞拉 哥伦比亚 新西兰 尼日利亚 "
              "埃塞俄比亚 肯尼亚 坦桑尼亚 阿尔及利亚 摩洛哥 突尼斯 利比亚 苏丹 安哥拉 津巴布韦 赞比亚 加纳 刚果 "
              "大陆 港澳 台港澳 两岸 海峡两岸").split()
_ORG_SUFFIXES = ("人民政府", "委员会", "常委会", "办公厅", "办公室", "人民法院", "人民检察院", "法院", "检察院", "公安厅", "公安局",
                 "总局", "分局", "监督局", "局", "厅", "委", "党委", "政府", "部", "署", "院", "大学", "学院", "学校", "公司", "集团",
                 "银行", "中心", "协会", "研究所", "研究院", "兵团", "军区", "监狱", "看守所", "医院", "报社", "电视台", "新华社",
                 "代表大会", "人大", "政协", "领导小组", "支队", "总队", "大队", "派出所", "管委会", "联合会", "党组", "基金会",
                 "国务院", "中共中央", "中央军委", "共青团", "出版社", "日报", "商会", "联社")
_ORG_WHOLE = frozenset("党中央 欧盟 联合国 国务院 中共中央 中央军委 全国人大 全国政协 新华社 人民日报 最高人民法院 最高人民检察院 公安部 国家安全部 "
                       "外交部 教育部 民政部 司法部 财政部 商务部 国家发展改革委 中央纪委 国家监委 中国共产党 共产党 人民解放军 "
                       "解放军 武警 共青团".split())
_ORG_BODY_TAGS = frozenset({"n", "ns", "nt", "nz", "j", "vn", "b", "an", "nrt", "ng", "l", "v"})
_GENERIC_ORG = re.compile(r"^(?:各|本|该|我|区局|市局|县局|上级|有关|相关|其他|各级|所在|下级|同级|主管)")
_PERSON_STOP = frozenset("广大群众 同志 领导 公民 人民 群众 干部 党员 王国 高度 周年 文明 安全 常委 方面 任务 全面 万元 "
                         "于是 于此 成员 向前 关于 曾经 高于 明确 应当 时间 时期 程序 严格 严重 周边 全体 平安 石油 高效 "
                         "高速 黄金 金融 金额 林业 马上 江河 司法 方针 方式 方向 方案 方法 白天 常务 孔子 包括 和谐 和平 盖章 "
                         "于法 江山 万家 文化 时代 高层 钱款 史上 苗头 齐心 傅里叶 常见病 常态化 高质量 高水平 高标准 方便 安全感".split())
_TITLE_WORDS = ("书记", "主席", "总理", "副总理", "委员长", "总书记", "省长", "市长", "县长", "局长", "厅长", "部长", "主任", "委员", "处长", "科长", "政委",
                "司令员", "代表", "同志", "检察长", "院长", "州长", "区长", "副书记")
_CONTEXT_PERSON = re.compile(r"(?:联系人|负责人|姓名|经办人|签发人|审核人|起草人|发言人|记者|主持人|通讯员)\s*[：:]\s*"
                             r"([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")
_TITLE_AFTER = re.compile(r"([\u4e00-\u9fff]{2,3})(?=(?:同志|书记|主席|总理|省长|市长|县长|局长|厅长|部长|主任|委员|副书记|"
                          r"副主席|副总理|副省长|副市长|副县长|副局长|副厅长|副部长|副主任|处长|科长|先生|女士|总书记|政委|司令员))")


@functools.cache
def _jieba():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.dt.initialize()
    return jieba.posseg


@functools.cache
def _places() -> dict[str, str]:
    """Return {place name as written: full division name} for divisions, their short forms and countries."""
    tags = _jieba().dt.word_tag_tab
    table: dict[str, str] = {}
    codes = patterns.divisions()
    for code, full in codes.items():
        table[full] = full
        level = "province" if code.endswith("0000") else "prefecture" if code.endswith("00") else "county"
        for suffix in _DIVISION_SUFFIXES:
            if full.endswith(suffix) and len(full) - len(suffix) >= 2:
                short = _ETHNIC.sub("", full[: -len(suffix)]) or full[: -len(suffix)]
                # County short forms are often words (和平, 城关): keep those jieba does not know as other words.
                if len(short) >= 2 and (level != "county" or tags.get(short, "ns") == "ns"):
                    table.setdefault(short, full)
                break
    for name in _COUNTRIES:
        table.setdefault(name, name)
    for generic in ("市辖区", "城区", "郊区", "矿区", "新区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
        table.pop(generic, None)
    for name in [n for n in table if len(n) < 2]:
        del table[name]
    return table


@functools.cache
def _place_automaton():
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in _places():
        automaton.add_word(name, name)
    automaton.make_automaton()
    return automaton


_GENERIC_AREA = re.compile(r"^(?:沿海|沿边|沿江|边远|贫困|农村|民族|少数民族|革命老|边疆|偏远|欠发达|发达|老少边穷|重点|有关|部分|"
                           r"其他|广大|受灾|灾|山|牧|林|城|市|郊|矿|老|新|特)(?:地区|区)$")
_PLACE_ENDINGS = tuple("省市县区州岛山河湖江海镇乡村盟旗峰湾港")
_FUNCTION_CHARS = set("由和及与在从向对为被把将等并或")
_NOT_NAME_END = set("委局部厅府院会区县市省室处科组队所站党团校司化质性度率型式协疆湖泊寺河江岭峰岛湾")


def _plausible_name(word: str) -> bool:
    """Return False for jieba 'nr' guesses that are usually words or places (惠民, 关怀, 阿勒泰, 高素质)."""
    # Two-character names are rare in official text and jieba tags many words nr (关怀, 荣获):
    # they count only after a title or a label (rules above).
    if len(word) == 2 or word in _division_names() or word[-1] in _NOT_NAME_END:
        return False
    return _jieba().dt.FREQ.get(word, 0) <= 10000


@functools.cache
def _division_names() -> frozenset[str]:
    """Return every division name and its short form, county short forms included (阿勒泰, 尉犁, 温宿)."""
    names = set()
    for full in patterns.divisions().values():
        names.add(full)
        for suffix in _DIVISION_SUFFIXES:
            if full.endswith(suffix) and len(full) - len(suffix) >= 2:
                names.add(full[: -len(suffix)])
                break
    return frozenset(names)


def _is_person_zh(word: str) -> bool:
    if not 2 <= len(word) <= 4 or word in _PERSON_STOP:
        return False
    if "·" in word:
        return len(word) >= 4
    return word[:2] in COMMON_SURNAMES or (word[0] in COMMON_SURNAMES and len(word) <= 3)


def extract_zh(text: str) -> list[Mention]:
    """Return persons, places and organisations in the Han-script parts of a text."""
    found: list[Mention] = []
    posseg = _jieba()
    boundaries: set[int] = set()
    for run in _HAN_RUN.finditer(text):
        base = run.start()
        word = run.group()
        # A short Han run standing alone in Latin-script text (陳全國 spoke) is most often a name.
        if 2 <= len(word) <= 4 and _is_person_zh(word) and word not in _places() and \
                not word.endswith(_ORG_SUFFIXES) and _jieba().dt.word_tag_tab.get(word, "nr") in ("nr", "nrfg") and \
                all(c.isascii() for c in text[max(0, base - 1):base] + text[run.end():run.end() + 1]):
            found.append(Mention(PERSON, word, base, run.end(), "rules"))
        tokens = []
        offset = base
        for pair in posseg.cut(run.group(), HMM=True):
            tokens.append((pair.word, pair.flag, offset))
            offset += len(pair.word)
        found += _orgs_zh(tokens)
        boundaries.update(t[2] for t in tokens)
        boundaries.add(offset)
        for i, (word, flag, start) in enumerate(tokens[:-1]):
            # 书记 陈 全国: a one-character surname after a title, then a one- or two-character given name.
            nxt = tokens[i + 1]
            if word.endswith(_TITLE_WORDS) and nxt[1] in ("nr", "nrfg") and len(nxt[0]) >= 2 and _is_person_zh(nxt[0]):
                # 总理 李强: a name the dictionary knows, right after a title, may have two characters.
                found.append(Mention(PERSON, nxt[0], nxt[2], nxt[2] + len(nxt[0]), "rules"))
            if word.endswith(_TITLE_WORDS) and len(nxt[0]) == 1 and nxt[0] in COMMON_SURNAMES and nxt[1] == "nr" \
                    and i + 2 < len(tokens):
                given = tokens[i + 2][0]
                if 1 <= len(given) <= 2 and tokens[i + 2][1] in ("n", "nr", "ng", "nz", "j", "nrfg", "nrt", "ns"):
                    found.append(Mention(PERSON, nxt[0] + given, nxt[2], nxt[2] + 1 + len(given), "rules"))
        for word, flag, start in tokens:
            if flag in ("nr", "nrfg", "nrt") and _is_person_zh(word) and _plausible_name(word):
                found.append(Mention(PERSON, word, start, start + len(word), "jieba"))
            elif flag == "nt" and (word in _ORG_WHOLE or len(word) >= 4 and word.endswith(_ORG_SUFFIXES)
                                   and word not in _ORG_SUFFIXES):
                found.append(Mention(ORG, word, start, start + len(word), "jieba"))
            elif word in _ORG_WHOLE:
                found.append(Mention(ORG, word, start, start + len(word), "rules"))
            elif flag == "ns" and len(word) >= 3 and word.endswith(_PLACE_ENDINGS) and word not in _places() \
                    and not _GENERIC_AREA.match(word):
                # jieba's places outside the division list: 海南岛, 天山, 塔里木河 (with a place-like ending only).
                found.append(Mention(PLACE, word, start, start + len(word), "jieba"))
    for end, name in _place_automaton().iter_long(text):
        start = end - len(name) + 1
        full = _places()[name]
        # A short form (莎车, 和政) must be a word of its own, not half of one (和政府).
        if name != full and not (start in boundaries and end + 1 in boundaries):
            continue
        found.append(Mention(PLACE, name, start, end + 1, "gazetteer", _places()[name]))
    for pattern in (_CONTEXT_PERSON, _TITLE_AFTER):
        for match in pattern.finditer(text):
            word = match[1]
            # A name before a title must be a word of its own: not 国务 of 国务委员, not 居民 of 居民委员会.
            own_word = match.start(1) in boundaries and match.end(1) in boundaries
            tag = _jieba().dt.word_tag_tab.get(word)
            common_word = tag is not None and tag not in ("nr", "nrfg", "nrt")  # 居民, 华侨
            if _is_person_zh(word) and not (pattern is _TITLE_AFTER and (
                    word in _places() or word[-1] in _NOT_NAME_END or not own_word or common_word
                    or word[0] in _FUNCTION_CHARS)):
                found.append(Mention(PERSON, word, match.start(1), match.end(1), "rules"))
    return found


def _orgs_zh(tokens: list[tuple[str, str, int]]) -> list[Mention]:
    """Return organisations: a word ending in an office suffix, extended left over nouns and places."""
    found = []
    places = _places()
    for i, (word, flag, start) in enumerate(tokens):
        if not (word.endswith(_ORG_SUFFIXES) and (flag in ("n", "nt", "ns", "nz", "j", "ng") or word in _ORG_SUFFIXES)):
            continue
        j = i
        while j > 0 and tokens[j - 1][1] in _ORG_BODY_TAGS and i - j < 6 and not _stops_org(tokens[j - 1][0]):
            j -= 1
        while j < i and tokens[j][1] not in ("ns", "nt") and tokens[j][0] not in places and \
                not tokens[j][0].startswith("中") and tokens[j][0] not in _ADMIN_WORDS:
            j += 1  # an organisation name starts with its place or its own name, not a verb
        words = [t[0] for t in tokens[j:i + 1]]
        name = "".join(words)
        if len(name) < 3 or _GENERIC_ORG.match(name) or name in _ORG_SUFFIXES and name not in _ORG_WHOLE:
            continue
        anchored = tokens[j][1] in ("ns", "nt") or tokens[j][0] in places or tokens[j][0] in _ADMIN_WORDS or name in _ORG_WHOLE or flag == "nt"
        if anchored:
            found.append(Mention(ORG, name, tokens[j][2], start + len(word), "rules"))
    return found


_ADMIN_WORDS = frozenset("自治区 自治州 自治县 省 市 县 区 州 地区 兵团 全国 中央 国家 最高".split())


def _stops_org(word: str) -> bool:
    return word in ("关于", "和", "及", "与", "由", "向", "对", "在", "经", "从", "为", "将", "把", "被", "是", "的", "等", "各", "并", "同")


# -- English ----------------------------------------------------------------------------

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
Saturday Sunday January February March April May June July August September October November December Article Chapter
Section Part I We You He She They It Our Their His Her My Your Any All Each Every No Not Yes Also However Therefore
Attached Let Regards Best Original Message Note See Per Meeting Call Agreement Contract Deal Power Gas Trading
Thought Theory Doctrine Road Street Avenue Boulevard Building Tower""".split())


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
    if name in _EN_PLACES or all(w in _EN_PLACES for w in words):
        return PLACE
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


_COMPANY_TAIL = re.compile(r",?[ \t]+(?:Inc|Corp|Co|Ltd|LLC|L\.P|LP|PLC|N\.A)\b\.?")
_TITLE_WORDS_EN = frozenset("""Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. President Premier Secretary Chairman Chairwoman
Minister Director Judge Comrade Mayor Governor Ambassador Senator""".split())


def extract_en(text: str) -> list[Mention]:
    """Return persons, places and organisations named in Latin-script text (rules, see module docstring)."""
    found = []
    for match in _CAP_RUN.finditer(text):
        tail = _COMPANY_TAIL.match(text, match.end())
        end = tail.end() if tail else match.end()
        found += _classify_run(text, match.start(), end)
    return found


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
    clean = [w.rstrip(",") if w.rstrip(",") in _EN_ORG_WORDS else w.rstrip(",.") for w in plain]
    if text[first:last].rstrip(".").endswith(("Inc", "Corp", "Co", "Ltd")):
        kind: str | None = ORG
    else:
        kind = _en_type(clean, text[max(0, first - 20):first], titled)
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
    surface = text[first:last]
    if not re.search(r"\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St|L\.P|N\.A)\.$", surface):
        surface = surface.rstrip(".,")
    return [Mention(kind, surface, first, first + len(surface), "rules-en")]


def _simplified_view(text: str) -> str:
    """Return the text with traditional characters folded to simplified, one for one (jieba knows simplified)."""
    from ..index.analysis import fold

    out = []
    for char in text:
        if "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff":
            folded = fold(char)
            out.append(folded if len(folded) == 1 else char)
        else:
            out.append(char)
    return "".join(out)


def extract(text: str, extra_names: dict[str, str] | None = None) -> list[Mention]:
    """Return every entity mention of one page, without overlaps.

    :param extra_names: user alias names to find as written, {name: type}
    """
    found = patterns.find_patterns(text)
    names = extract_zh(_simplified_view(text)) + extract_en(text)
    for mention in names:
        mention.text = text[mention.start:mention.end]
    for name, kind in (extra_names or {}).items():
        for match in re.finditer(re.escape(name), text):
            names.append(Mention(kind, name, match.start(), match.end(), "aliases"))
    taken = [(m.start, m.end) for m in found]
    rank = {"aliases": 0, "rules": 1, "jieba": 2, "gazetteer": 3, "rules-en": 1}
    type_rank = {ORG: 0, PERSON: 1, PLACE: 2}
    for mention in sorted(names, key=lambda m: (-(m.end - m.start), rank.get(m.extractor, 5), type_rank[m.type], m.start)):
        if any(mention.start < end and start < mention.end for start, end in taken):
            continue
        found.append(mention)
        taken.append((mention.start, mention.end))
    return sorted(found, key=lambda m: (m.start, m.end))

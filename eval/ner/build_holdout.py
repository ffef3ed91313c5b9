"""Build eval/ner/holdout.jsonl: a held-out NER set, sampled by seed and labelled by hand.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following README.md, before any extractor was run on them.
The labels were written without looking at what any NER tool predicts for these sentences.

    python eval/ner/build_holdout.py            # write holdout.jsonl from ITEMS, print counts
    python eval/ner/build_holdout.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built):

1. prov-2025-*: the 2025 government work reports of Xinjiang, Tibet, Guangxi, Ningxia, Inner
   Mongolia and Yunnan (docx; paragraph text = the w:t runs of each w:p joined). Sentences:
   each paragraph split after 。！？； (delimiter kept), stripped; kept if 15-120 characters.
   Pooled in file-name order then position; random.Random(2026).sample(pool, 70).
2. gov-work-reports: the national reports 1954-2025 (JSONL, field `content`), split the same
   way per line of `content`; kept if 15-120 characters, containing one of 同志 主席 总理 书记
   委员长 先生 会见 访问, and not overlapping a text in build.py; random.Random(2027).sample(…, 35).
3. law-*: regional_ethnic_autonomy_law_2001, household_registration_regulations_1958,
   counterterrorism_law_2018 (markdown; heading '#' markers stripped, HTML comments dropped),
   same split and length filter, file-name order; random.Random(2028).sample(…, 15).
4. enron: the 300 EML files of email/enron-sample/eml in file-name order; body via the stdlib
   email package; quoted and forwarded header blocks dropped (a line starting From:/To:/Cc:/
   Bcc:/Sent:/Date:/Subject: starts a block that runs to the next blank line; lines with
   "-----Original Message-----" or "----- Forwarded by", and lines starting with '>', are
   dropped). Paragraphs (blank-line separated) have their lines joined with spaces and
   whitespace collapsed, then are split at [.!?] followed by whitespace and a capital letter.
   Kept if 30-200 characters, with a capitalised word other than the first word, and not
   overlapping a text in build.py; random.Random(2029).sample(…, 45).

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose).
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
PROVINCES = ["xinjiang", "tibet", "guangxi", "ningxia", "inner_mongolia", "yunnan"]
LAWS = ["regional_ethnic_autonomy_law_2001", "household_registration_regulations_1958", "counterterrorism_law_2018"]
PERSON_CUES = ["同志", "主席", "总理", "书记", "委员长", "先生", "会见", "访问"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


def build_py_texts() -> tuple[str, list[str]]:
    import build
    return (HERE / "build.py").read_text(encoding="utf-8"), [t for _, t, _ in build.ITEMS]


def overlaps_build(s: str, source: str, texts: list[str]) -> bool:
    return s in source or any(s in t or t in s for t in texts)


def provincial_candidates() -> list[tuple[str, str]]:
    out = []
    for prov in sorted(PROVINCES):
        path = CORPUS / "zh-docs/provincial-work-reports-2025-docx" / f"gov_work_report_2025_{prov}.docx"
        for para in docx_paragraphs(path):
            out += [(f"prov-2025-{prov}", s) for s in zh_sentences(para) if 15 <= len(s) <= 120]
    return out


def national_candidates() -> list[tuple[str, str]]:
    src, texts = build_py_texts()
    out = []
    path = CORPUS / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        for para in json.loads(line)["content"].splitlines():
            for s in zh_sentences(para):
                if 15 <= len(s) <= 120 and any(c in s for c in PERSON_CUES) and not overlaps_build(s, src, texts):
                    out.append(("gov-work-reports", s))
    return out


def law_candidates() -> list[tuple[str, str]]:
    out = []
    for law in sorted(LAWS):
        text = (CORPUS / "zh-docs/prc-laws-lawrefbook" / f"{law}.md").read_text(encoding="utf-8")
        text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"law-{law}", s) for s in zh_sentences(para) if 15 <= len(s) <= 120]
    return out


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


def enron_candidates() -> list[tuple[str, str]]:
    src, texts = build_py_texts()
    out = []
    for path in sorted((CORPUS / "email/enron-sample/eml").glob("*.eml")):
        for para in enron_body_paragraphs(path):
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para):
                s = s.strip()
                words = s.split()
                if (30 <= len(s) <= 200 and any(w[:1].isupper() for w in words[1:])
                        and not overlaps_build(s, src, texts)):
                    out.append(("enron", s))
    return out


DRAWS = [(provincial_candidates, 2026, 70), (national_candidates, 2027, 35),
         (law_candidates, 2028, 15), (enron_candidates, 2029, 45)]


def sample(extra: int = 10) -> list[list[tuple[str, str]]]:
    """Each draw's random order: the first n are the sample, the next `extra` are replacements in order."""
    out = []
    for candidates, seed, n in DRAWS:
        pool = candidates()
        drawn = random.Random(seed).sample(pool, n + extra)
        assert drawn[:n] == random.Random(seed).sample(pool, n), "the longer draw must extend the sample"
        out.append(drawn)
    return out


# fmt: off
ITEMS: list[tuple[str, str, str]] = [
    # Labelled by reading, per README.md, before any extractor was run on these sentences. Annotations are
    # 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence (see build.spans).
    # Comments on an item record how an ambiguous case was decided. #NNN = position in the seeded order.
    # -- provincial 2025 reports: Random(2026).sample(…, 70), in sampled order
    ('prov-2025-guangxi', '加强社区无障碍环境建设，持续推进既有住宅加装电梯。',
     ''),
    ('prov-2025-ningxia', '为实体经济降低成本110多亿元，为200多家企业清偿了历史欠款，工作经验列入国家典型案例。',
     ''),
    # #002: a named airport is taken as a place (a named location, like California Street in dev), not an org
    ('prov-2025-tibet', '拉萨贡嘎机场升级为国际机场，日喀则(吉隆)陆上边境口岸型国家物流枢纽获批，国际陆地港出口货物查验场建成投运，樟木镇恢复重建全面启动，14个传统边贸点恢复开放，西藏本地产品陆续走出国门，高水平开放取得积极成效。',
     'place:拉萨贡嘎机场 | place:日喀则 | place:吉隆 | place:樟木镇 | place:西藏'),
    ('prov-2025-tibet', '持之以恒改进作风、狠抓落实，大兴调查研究，持续精文简会，政府带头过紧日子已成习惯。',
     ''),
    # #004: 人大, 政协, 工商联 are abbreviated names of specific bodies (labelled, also inside 人大代表/政协委员); 其常委会 ('its standing committee'), 民主党派, 各人民团体 are generic
    ('prov-2025-xinjiang', '自觉接受人大及其常委会法律监督、工作监督和政协民主监督以及纪检监察专责监督，广泛听取民主党派、工商联、无党派人士和各人民团体意见，办结人大代表建议517件、政协委员提案506件。',
     'org:人大 | org:政协 | org:工商联 | org:人大#2 | org:政协#2'),
    ('prov-2025-yunnan', '加强“智慧边防”建设应用，持续推进智慧广电固边工程。',
     ''),
    ('prov-2025-guangxi', '全面对接粤港澳大湾区建设，稳步扩大制度型开放，加快打造国内国际双循环市场经营便利地。',
     'place:粤港澳大湾区'),
    # #007: 云岭 (the Yunling range, an emblem of Yunnan) inside the brand 云岭名方 is labelled: a name inside a longer term is still labelled
    ('prov-2025-yunnan', '39.“云岭名方”：运用传统医药经典理论，使用云南特色中药材，经过长期临床应用，疗效显著、安全性高、群众认可、具有地方独特优势的中药方剂。',
     'place:云岭 | place:云南'),
    # #008: 我区 is a generic self-reference; 内蒙古 inside the quoted slogan is labelled
    ('prov-2025-inner_mongolia', '我区每年接待游客近3亿人次，这些送上门来的消费还有很大潜力可挖，要开发更多带有“内蒙古味道”的服装服饰、手工艺品、文创商品、绿色美食，让每一位游客都能带走一份称心如意的“伴手礼”。',
     'place:内蒙古'),
    # #009: level-qualified bodies (省卫生健康委, like 自治区党委) are names; 各州、市人民政府 is generic
    ('prov-2025-yunnan', '主办单位：省卫生健康委、省疾控局，各州、市人民政府',
     'org:省卫生健康委 | org:省疾控局'),
    # #010: 中央 here is attributive (central-level funds), not labelled; 千万工程 is a programme
    ('prov-2025-xinjiang', '统筹用好中央149.2亿元乡村振兴补助资金，推动联农带农富民产业发展，学习运用“千万工程”经验，创建15个全国美丽宜居示范村。',
     ''),
    # #011: 中欧 (China-Europe, single-character abbreviations, like 中美 in dev) not labelled; 中亚 (Central Asia) is a region name; 天山 inside the train brand 天山号 is labelled
    ('prov-2025-xinjiang', '全年过境中欧(中亚)班列增长14%，达到1.64万列、占全国一半以上，其中始发中欧(中亚)班列1394列，“天山号”发运562列。',
     'place:中亚 | place:中亚#2 | place:天山'),
    ('prov-2025-tibet', '建设高原和美乡村180个，实现所有乡镇和90%以上行政村通硬化路。',
     ''),
    ('prov-2025-ningxia', '支持五市建设海绵城市，完善数字化、网络化、智能化新型城市基础设施，全面提升城市工作水平。',
     ''),
    ('prov-2025-yunnan', '实施提振消费专项行动，推动中低收入群体增收减负，提升消费能力、意愿和层级。',
     ''),
    # #015: 自治区 alone (the region's own budget) is a generic self-reference
    ('prov-2025-tibet', '完善财政科技投入增长和管理机制，引导和撬动企业加大研发投入，稳步推进规上工业企业无研发机构和无研发活动“双清零”，今年自治区财政科技投入再翻一番。',
     ''),
    ('prov-2025-tibet', '以唐卡、藏毯、藏香等特色产品为重点，打造民族特色产业集聚区。',
     ''),
    ('prov-2025-yunnan', '我们一定以过硬的立场、品质、能力、意志保护好生态，带污染的钱再多也不赚，带污染的项目再大也不要，让七彩云南天更蓝、山更绿、水更清，让云南成为人们心中永远的“诗和远方”！',
     'place:云南 | place:云南#2'),
    ('prov-2025-yunnan', '2024年，是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。',
     'date:2024年 | place:中华人民共和国'),
    ('prov-2025-yunnan', '前行路上，困难挑战是常态，克难奋进是状态，我们将知重负重、唯勤唯实，推动云南高质量发展每一步都走扎实，每一年都上台阶！',
     'place:云南'),
    # #020: 中国 inside 中国式现代化 is labelled (dev labels adjectival 中国 in 中国人民)
    ('prov-2025-yunnan', '实践证明，习近平总书记掌舵领航、党中央集中统一领导，是做好一切工作的根本保证，确保了中国式现代化航船乘风破浪、行稳致远。',
     'person:习近平 | org:党中央 | place:中国'),
    ('prov-2025-tibet', '打好农牧业提质增效攻坚战，粮食产量突破110万吨，“飞地种粮”“飞地种草”稳步实施，第一产业增加值增长10%以上。',
     ''),
    ('prov-2025-yunnan', '地级城市空气质量优良天数比率达99.1%，细颗粒物平均浓度20.5微克/立方米，均保持全国前列。',
     ''),
    ('prov-2025-yunnan', '高质量发展的根基还不牢固，部分经济指标增速与预期目标有差距；',
     ''),
    ('prov-2025-tibet', '有序开展绿电制氢、“光伏治沙”试点。',
     ''),
    # #025: a named museum is an institution: org
    ('prov-2025-ningxia', '持续深化军民共建，加快建设宁夏革命军事馆，不断完善退役军人服务保障优待机制，力争全国双拥模范创建地级市全覆盖。',
     'org:宁夏革命军事馆'),
    ('prov-2025-inner_mongolia', '人工智能要做好研发、制造和应用，支持呼和浩特发展智能控制器、智能传感器、智能软件等关键软硬件设备，打造人工智能产业基地。',
     'place:呼和浩特'),
    ('prov-2025-guangxi', '规模以上工业增加值增长7.5%，工业对GDP增长贡献率45%，新产业新产品对工业增长贡献率超50%。',
     ''),
    ('prov-2025-xinjiang', '(四)社会消费持续激发，为有效畅通经济循环释放新活力',
     ''),
    ('prov-2025-guangxi', '引导银行业、保险业等金融机构创新金融产品和服务，持续提升民间投资项目融资便利化水平。',
     ''),
    # #030: an event (the 4th session of a forum), not an organisation: not labelled
    ('prov-2025-guangxi', '筹办好第四届国际医学创新合作论坛。',
     ''),
    ('prov-2025-inner_mongolia', '建设大兴安岭森林草原防灭火示范区。',
     'place:大兴安岭'),
    ('prov-2025-yunnan', '农村居民人均可支配收入增长6%左右。',
     ''),
    ('prov-2025-guangxi', '开展规范涉企执法专项行动，常态化长效化开展实体经济调研服务，健全经营主体反映问题响应处置机制，做到无事不扰、有求必应。',
     ''),
    ('prov-2025-ningxia', '优化高等教育专业设置，改善办学条件，确保宁夏大学“双一流”建设学科通过国家验收。',
     'org:宁夏大学'),
    ('prov-2025-guangxi', '实施服务业优质高效发展行动计划，规模以上高技术服务业营业收入增长14.6%，邮政、电信业务总量快速增长。',
     ''),
    ('prov-2025-yunnan', '加快城市新型基础设施建设，实施城市更新和安全韧性提升行动。',
     ''),
    ('prov-2025-yunnan', '四、实施学校体育美育浸润行动计划',
     ''),
    ('prov-2025-xinjiang', '推动乌鲁木齐区域性国际商贸物流中心、国际回程货物分拨中心和面向中亚西亚的复合型国际航空枢纽建设。',
     'place:乌鲁木齐 | place:中亚 | place:西亚'),
    ('prov-2025-tibet', '“幸福西藏·乐享生活”直接拉动消费38.4亿元。',
     'place:西藏'),
    # #040: 疆 (single-character abbreviation of Xinjiang in 进出疆/疆内) is not labelled
    ('prov-2025-xinjiang', '加快发展现代物流业，健全物流枢纽和通道网络，优化进出疆、疆内及国际主干线通道，推动国家级物流枢纽、国家骨干冷链物流基地、示范物流园区建设。',
     ''),
    ('prov-2025-ningxia', '算力投资、标准机架、高端算卡、算力规模比2023年实现“四个翻番”，服务器上架率、智算占比、综合算力指数、电能利用效率、5G用户渗透率5个指标全国领先。',
     'date:2023年'),
    ('prov-2025-inner_mongolia', '今年国家“两重”政策力度会更大，关键是把项目谋划好；',
     ''),
    ('prov-2025-ningxia', '深入推动“三个试验区”和保税区创新发展，支持发展跨境电商和海外仓。',
     ''),
    # #044: 北疆 (Inner Mongolia as the northern frontier) inside 北疆文化 is a named region: labelled
    ('prov-2025-inner_mongolia', '现在文博热、非遗潮成为新时尚，要顺应这种趋势，在大型节庆、各类展陈、文旅活动中嵌入北疆文化元素和标识，加强创意设计和科技赋能，打造更多独具特色的文化“打卡地”。',
     'place:北疆'),
    # #045: 艺术职业学院 and 工匠学院 are names of specific colleges whose shared 宁夏 is elided in the coordination: labelled as orgs
    ('prov-2025-ningxia', '宁夏师范学院升格为宁夏师范大学，设立组建宁夏交通职业技术学院、艺术职业学院和工匠学院。',
     'org:宁夏师范学院 | org:宁夏师范大学 | org:宁夏交通职业技术学院 | org:艺术职业学院 | org:工匠学院'),
    ('prov-2025-ningxia', '养老、医疗、失业、工伤四项保险扩面增效，城镇职工退休人员养老金、城乡居民基础养老金稳步增长，城市、农村低保标准分别提高6%和11%。',
     ''),
    ('prov-2025-yunnan', '抓好省部共建省域现代职业教育体系建设改革试点任务。',
     ''),
    ('prov-2025-ningxia', '实现全年目标，必须重点抓好以下工作：',
     ''),
    # #049: GMS Economic Cooperation is a standing cooperation mechanism (like 亚太经合组织): org; the expo/conference events are not labelled but the places in them are; the bare year 2024 is a date
    ('prov-2025-yunnan', '高质量服务保障大湄公河次区域经济合作第八次领导人会议，第8届中国—南亚博览会、2024中国国际友城大会、中国产业转移发展对接活动等成果丰硕。',
     'org:大湄公河次区域经济合作 | place:中国 | place:南亚 | date:2024 | place:中国#2 | place:中国#3'),
    # #050: 党 (in 党的十八大) alone and 援藏 (single-character abbreviation) are not labelled
    ('prov-2025-tibet', '特别是党的十八大以来，以习近平同志为核心的党中央以更大力度、更实举措谋划和推进对口支援西藏工作，开创了对口援藏工作新局面。',
     'person:习近平 | org:党中央 | place:西藏'),
    ('prov-2025-xinjiang', '推进伊犁、喀什青少年足球人才培养改革试点。',
     'place:伊犁 | place:喀什'),
    # #052: a named canal is taken as a place (like rivers)
    ('prov-2025-guangxi', '高标准高质量高效率建设平陆运河，建设江海联运作业区。',
     'place:平陆运河'),
    # #053: the year range inside the plan's title is one date (a name inside a longer term is still labelled); 依法治疆: 疆 not labelled
    ('prov-2025-xinjiang', '深入践行习近平法治思想，坚决落实依法治疆要求，全面完成《法治政府建设实施纲要(2021—2025年)》各项目标任务。',
     'person:习近平 | date:2021—2025年'),
    ('prov-2025-ningxia', '城镇新建建筑全部执行绿色建筑标准。',
     ''),
    # #055: 中国—东盟信息港 is a project and 南宁国际通信业务出入口局 a telecom facility designation, not orgs: only the names inside are labelled; 北斗 is a satellite system
    ('prov-2025-guangxi', '加快建设中国—东盟信息港、南宁国际通信业务出入口局，推进北斗规模应用。',
     'place:中国 | org:东盟 | place:南宁'),
    ('prov-2025-tibet', '结合农牧民意愿，推进“客、寝、厨”分设试点。',
     ''),
    ('prov-2025-tibet', '健全政府性融资担保体系，完善一体化融资综合信用服务平台。',
     ''),
    ('prov-2025-inner_mongolia', '巩固发展新时代军政军民团结，更好服务保障国防和军队建设，提高卫国戍边整体能力。',
     ''),
    ('prov-2025-inner_mongolia', '严格食品药品安全监管，保障好群众舌尖上的安全。',
     ''),
    ('prov-2025-ningxia', '建设高质量公共文化服务体系，建立优质资源直达基层机制。',
     ''),
    ('prov-2025-guangxi', '加强灵活就业和新就业形态劳动者权益保障和关心关爱。',
     ''),
    ('prov-2025-yunnan', '25．科技型企业“登高、升规、晋位、上市”四个工程：“登高”即推动科技型中小企业成长为高新技术企业，“升规”即支持科技型企业成长为规模以上企业，“晋位”即加快培育专精特新中小企业和制造业单项冠军企业，“上市”即推动科技型企业挂牌上市融资。',
     ''),
    # #063: 全疆: 疆 not labelled
    ('prov-2025-xinjiang', '深入开展安全生产治本攻坚三年行动，全面落实安全生产“15条硬措施”，全疆各类生产安全事故下降9.3%。',
     ''),
    ('prov-2025-xinjiang', '优化“民族团结一家亲”活动，以文化旅游深化各民族交往交流交融，加快建设互嵌式社会结构和社区环境，推动各族群众逐步实现在空间、文化、经济、社会、心理等方面的全方位嵌入。',
     ''),
    ('prov-2025-xinjiang', '深入开展安全生产治本攻坚三年行动，有效防范和及时应对社会安全事件。',
     ''),
    # #066: 中(藏)医药 = Chinese (Tibetan) medicine, not places
    ('prov-2025-tibet', '实施中(藏)医药振兴发展重大工程。',
     ''),
    # #067: 大唐 (China Datang, the company) inside the project name is labelled; 宁电入湘 uses single-character abbreviations, not labelled
    ('prov-2025-ningxia', '大唐源网荷储一体化等11个绿电园区加快推进，我区首个万吨级绿氢一体化、异质结太阳能电池等高新技术项目开工建设，域内投资700亿元的“宁电入湘”工程宁夏段全线贯通。',
     'org:大唐 | place:宁夏'),
    # #068: 中西部省份 is a descriptive grouping, not a named area
    ('prov-2025-guangxi', '脱贫地区人均可支配收入增长7.6%、增速居中西部省份前列。',
     ''),
    ('prov-2025-yunnan', '深化养老服务改革发展，扩大普惠养老服务，发展社区支持的居家养老，加强失能失智老年人照护，加快健全覆盖城乡的三级养老服务网络。',
     ''),
    # -- national reports: Random(2027).sample(…, 35)
    ('gov-work-reports', '过去一年取得的成绩，是以习近平同志为核心的党中央正确领导的结果，是全党全军全国各族人民团结奋斗的结果。',
     'person:习近平 | org:党中央'),
    # #001: 毛主席: title with surname only
    ('gov-work-reports', '毛主席说过：“对于革命来说，总是多一点人好。',
     ''),
    # #002: 军委 (the Central Military Commission) inside 军委主席负责制 is labelled; 党 alone is not
    ('gov-work-reports', '坚持党对军队绝对领导的根本原则和制度，全面深入贯彻军委主席负责制。',
     'org:军委'),
    # #003: the sentence is cut at a line break in the source; kept as sampled
    ('gov-work-reports', '第十四届全国人民代表大会第三次会议听取和审议了国务院总理李强所作的',
     'org:全国人民代表大会 | org:国务院 | person:李强'),
    ('gov-work-reports', '周总理说，阶级斗争，革命运动，是促进生产发展的动力，是为生产斗争服务的。',
     ''),
    ('gov-work-reports', '对于那些坚持原则，敢于同违反财经纪律行为作斗争的同志，要坚决给以支持和鼓励。',
     ''),
    ('gov-work-reports', '我们很多同志，不区别重点企业和一般企业，不区别主要车间和辅助车间，不区别主要设备和辅助设备，一律追求高标准、机械化、自动化，使本来可以用较少的钱，在比较短的时间内建成的企业，不得不用较多的钱和较多的时间。',
     ''),
    # #007: 四届人大 = the 4th National People's Congress; the ordinal is not part of the name, 人大 is (as in prov 人大)
    ('gov-work-reports', '毛主席在四届人大前夕所作指示的基本精神，就是要进一步巩固和加强无产阶级专政，促进全国的安定团结，把国民经济搞上去。',
     'org:人大'),
    ('gov-work-reports', '周总理还谈到了坚持实行勤俭建国方针的问题。',
     ''),
    ('gov-work-reports', '毛泽东主席已经提出还要对这一运动进行一次检查，我们相信，检查的结果会继续证明这一点。',
     'person:毛泽东'),
    ('gov-work-reports', '我们取得的成就，是以胡锦涛同志为总书记的党中央统揽全局、正确领导的结果，是全国广大干部群众齐心协力、顽强拼搏的结果。',
     'person:胡锦涛 | org:党中央'),
    ('gov-work-reports', '毛主席及时戳穿了他们的阴谋，尖锐地指出江青有野心，不准她露面，不准她批文件，不准她组阁。',
     'person:江青'),
    ('gov-work-reports', '第十一届全国人民代表大会第一次会议听取并审议了国务院总理温家宝所作的政府工作报告。',
     'org:全国人民代表大会 | org:国务院 | person:温家宝'),
    ('gov-work-reports', '当革命即将在全国取得胜利的前夕，毛泽东同志曾经及时地向我们提出防止资产阶级“糖衣炮弹”袭击的问题。',
     'person:毛泽东'),
    ('gov-work-reports', '周总理在讲到国民经济的成就的时候指出，我国的国民经济，经过一九五八年到一九六○年的大发展，从一九六一年起，进入一个调整、巩固、充实、提高的时期。',
     'date:一九五八年 | date:一九六○年 | date:一九六一年'),
    # #015: 中国 in 中国特色社会主义 is labelled, as in 中国人民
    ('gov-work-reports', '让我们在以胡锦涛同志为总书记的党中央领导下，高举中国特色社会主义伟大旗帜，以邓小平理论和“三个代表”重要思想为指导，深入贯彻落实科学发展观，解放思想，改革创新，扎实工作，为夺取全面建设小康社会新胜利而努力奋斗！',
     'person:胡锦涛 | org:党中央 | place:中国 | person:邓小平'),
    ('gov-work-reports', '中国人民解放军要在毛泽东军事思想和邓小平新时期军队建设思想的指引下，按照江泽民同志提出的“政治合格、军事过硬、作风优良、纪律严明、保障有力”的总要求，努力搞好军队的各项建设和改革，走有中国特色的精兵之路。',
     'org:中国人民解放军 | person:毛泽东 | person:邓小平 | person:江泽民 | place:中国#2'),
    # #017: near-duplicate of a build.py item (longer, so it passed the mechanical filter); kept
    ('gov-work-reports', '让我们全国各族人民更加紧密地团结在以江泽民同志为核心的中国共产党中央委员会周围，同心同德，艰苦奋斗，以改革和建设的优异成绩迎接中国共产党十四大的召开。',
     'person:江泽民 | org:中国共产党中央委员会 | org:中国共产党#2'),
    ('gov-work-reports', '周总理说，我们各级机关和人员必须精干，表报、文件和会议必须大大精简。',
     ''),
    ('gov-work-reports', '周总理在详细地说明了几年来的调整工作的经验教训以后，特别强调了总结经验的重要意义。',
     ''),
    ('gov-work-reports', '过去一年取得的成绩，是以习近平同志为核心的党中央坚强领导的结果，是习近平新时代中国特色社会主义思想科学指引的结果，是全党全军全国各族人民团结奋斗的结果。',
     'person:习近平 | org:党中央 | person:习近平#2 | place:中国'),
    ('gov-work-reports', '毛主席告诉我们，社会主义社会是一个很长的历史阶段。',
     ''),
    ('gov-work-reports', '在发展无产阶级的教育事业方面，周总理说，必须根据刘少奇主席的指示，在今后若干年内，一方面对现行的全日制学校制度继续进行改革，认真贯彻执行教育为无产阶级政治服务、教育与生产劳动相结合的方针，并且充分依靠群众，采取各种各样的形式，普及小学教育；',
     'person:刘少奇'),
    ('gov-work-reports', '所有财政经济部门的同志都要象抚顺的同志一样针对我们面临的新情况、新问题，从实际出发，探索解决财政问题的新办法。',
     'place:抚顺'),
    # #024: 今年２月 has no year; 自治区主席 is a title
    ('gov-work-reports', '我们在去年第四季度发现经济生活中存在的问题以后，及时进行了研究，采取了一系列解决措施，并于今年２月召开全国省长、自治区主席和直辖市市长会议作了进一步的统一部署。',
     ''),
    # #025: cut at a line break in the source; kept as sampled
    ('gov-work-reports', '第十三届全国人民代表大会第三次会议听取和审议了国务院总理李克强所作的',
     'org:全国人民代表大会 | org:国务院 | person:李克强'),
    ('gov-work-reports', '敬爱的邓小平同志不幸逝世，是全国各族人民不可估量的损失。',
     'person:邓小平'),
    # #027: 日本佐藤政府 (Japan's Sato government) is taken whole as the org, like 美国政府, so 佐藤 is not labelled separately (flat labels); 中国 inside “两个中国” is labelled
    ('gov-work-reports', '周总理说，近年来，我国同日本的经济和文化的往来有所增加，但是，现在由于日本佐藤政府对我国采取极不友好的态度，追随美国搞“两个中国”的阴谋，这就给两国关系制造了困难。',
     'place:日本 | org:日本佐藤政府 | place:美国 | place:中国'),
    # #028: the leading ” is the close of a quotation in the previous sentence; kept as sampled
    ('gov-work-reports', '”为着建设社会主义，我们现在的任务，就是必须更加认真地执行毛泽东主席的这个指示，有效地建立各种节约制度，真正地学会用节约的方法来管理国家机关和国营企业，而在各个方面同一切的浪费现象作无情的斗争。',
     'person:毛泽东'),
    ('gov-work-reports', '周总理说，社会主义教育运动是亿万群众的革命运动，只有放手发动群众，才能使这个运动真正成为群众的自觉的革命斗争，才能使这个革命运动取得彻底的胜利。',
     ''),
    ('gov-work-reports', '四月初又亲自提议并经中央政治局讨论通过，确定了党中央第一副主席和国务院总理的人事安排。',
     'org:中央政治局 | org:党中央 | org:国务院'),
    ('gov-work-reports', '各级革命委员会都要高举毛主席的伟大旗帜，坚持“三要三不要”的基本原则，加强革命化，充分发挥政权机关的作用。',
     ''),
    ('gov-work-reports', '过去的一年，我们能够取得这样大的成绩，主要是由于以江泽民同志为核心的党中央的坚强领导，及时果断地作出了一系列正确决策；',
     'person:江泽民 | org:党中央'),
    # #033: near-duplicate of a build.py item (longer, so it passed the mechanical filter); kept
    ('gov-work-reports', '这是以胡锦涛同志为总书记的党中央总揽全局、正确领导的结果，是全党全国各族人民共同努力奋斗的结果。',
     'person:胡锦涛 | org:党中央'),
    ('gov-work-reports', '周总理说，在过去五年中，我国先后同缅甸、尼泊尔、蒙古、巴基斯坦、阿富汗等国解决了边界问题，这是我国对外工作中的一项突出的成就。',
     'place:缅甸 | place:尼泊尔 | place:蒙古 | place:巴基斯坦 | place:阿富汗'),
    # -- laws: Random(2028).sample(…, 15)
    ('law-regional_ethnic_autonomy_law_2001', '第六条 民族自治地方的自治机关领导各族人民集中力量进行社会主义现代化建设。',
     ''),
    ('law-counterterrorism_law_2018', '卫生、医疗保障等主管部门应当为恐怖事件受害人员及其近亲属提供心理、医疗等方面的援助。',
     ''),
    # #002: 国家反恐怖主义工作领导机构 is a generic description of a body in the law, not a name
    ('law-counterterrorism_law_2018', '第十二条 国家反恐怖主义工作领导机构根据本法第三条的规定，认定恐怖活动组织和人员，由国家反恐怖主义工作领导机构的办事机构予以公告。',
     ''),
    ('law-regional_ethnic_autonomy_law_2001', '第十四条 民族自治地方的建立、区域界线的划分、名称的组成，由上级国家机关会同有关地方的国家机关，和有关民族的代表充分协商拟定，按照法律规定的程序报请批准。',
     ''),
    ('law-regional_ethnic_autonomy_law_2001', '禁止对任何民族的歧视和压迫，禁止破坏民族团结和制造民族分裂的行为。',
     ''),
    ('law-counterterrorism_law_2018', '造成严重后果的，吊销有关证照或者撤销登记。',
     ''),
    ('law-counterterrorism_law_2018', '（六）禁止或者限制使用有关设备、设施，关闭或者限制使用有关场所，中止人员密集的活动或者可能导致危害扩大的生产经营活动；',
     ''),
    ('law-counterterrorism_law_2018', '本法所称恐怖活动组织，是指三人以上为实施恐怖活动而组成的犯罪组织。',
     ''),
    ('law-counterterrorism_law_2018', '第七十二条 通过反恐怖主义国际合作取得的材料可以在行政处罚、刑事诉讼中作为证据使用，但我方承诺不作为证据使用的除外。',
     ''),
    # #009: 人民法院、人民检察院、公安机关: generic
    ('law-household_registration_regulations_1958', '三、被人民法院、人民检察院或者公安机关释放的人，凭释放机关发给的证件。',
     ''),
    ('law-regional_ethnic_autonomy_law_2001', '民族自治地方的自治机关根据本地方的情况，在不违背宪法和法律的原则下，有权采取特殊政策和灵活措施，加速民族自治地方经济、文化建设事业的发展。',
     ''),
    ('law-counterterrorism_law_2018', '2015年12月27日 第十二届全国人民代表大会常务委员会第十八次会议通过',
     'date:2015年12月27日 | org:全国人民代表大会常务委员会'),
    ('law-counterterrorism_law_2018', '有关主管部门应当配合公安机关开展工作。',
     ''),
    ('law-counterterrorism_law_2018', '任务完成后应当及时归还或者恢复原状，并依照规定支付相应费用；',
     ''),
    ('law-counterterrorism_law_2018', '第四条 国家将反恐怖主义纳入国家安全战略，综合施策，标本兼治，加强反恐怖主义的能力建设，运用政治、经济、法律、文化、教育、外交、军事等手段，开展反恐怖主义工作。',
     ''),
    # -- Enron mail: Random(2029).sample(…, 45)
    # #023 dropped (garbled: two-column header debris): '"Patti Young" <pyoung@cliverun To: <Tana.Jones@enron.com> nells.com> cc:'; replaced by #045
    # #000: a street is a place, as California Street in dev; EB 3801a (a room) and the ZIP code are not labelled
    ('enron', 'Sara Shackleton Enron North America Corp. 1400 Smith Street, EB 3801a Houston, Texas 77002 713-853-5620 (phone) 713-646-3490 (fax) sara.shackleton@enron.com',
     'person:Sara Shackleton | org:Enron North America Corp. | place:Smith Street | place:Houston | place:Texas | phone:713-853-5620 | phone:713-646-3490 | email:sara.shackleton@enron.com'),
    # #001: Midwest = Midwest Energy Hub LLC (the mail's subject line)
    ('enron', "Kay: I left you a voice mail yesterday at Sheila's suggestion regarding Midwest.",
     'person:Kay | person:Sheila | org:Midwest'),
    ('enron', 'Stephanie Korbelik 01/06/2000 07:43 AM',
     'person:Stephanie Korbelik | date:01/06/2000'),
    ('enron', 'If you have seen any maps or charts that seem contain old data then please make sure that you set your browser NOT to cache web pages.',
     ''),
    ('enron', 'CLICK HERE: http://www.play4keeps.com/rd.cgi?antennap4master',
     'url:http://www.play4keeps.com/rd.cgi?antennap4master'),
    # #005: New Counterparty is a placeholder counterparty, not a name
    ('enron', 'This deal was entered as New Counterparty which is fine for a short period of time.',
     ''),
    ('enron', 'RWE/Listing -2: Reviewing Plans For US Unit Consol',
     'org:RWE | place:US'),
    # #007: the name is cut by the sentence split (Dani K. Liblang); the part present, with its initial, is labelled
    ('enron', "Michigan's most experienced lemon law attorneys, Dani K.",
     'place:Michigan | person:Dani K.'),
    ('enron', 'In her absence, I thought you should be aware of the following.',
     ''),
    # #009: Whitewing is the partnership (an entity)
    ('enron', "Whitewing partners can demand their preferred shares be converted if Enron common stock falls below a certain price or if Enron's credit rating drops under investment grade.",
     'org:Whitewing | org:Enron | org:Enron#2'),
    # #010: the interconnector is a facility; Scotland inside it is labelled
    ('enron', 'Scotland Interconnector, Plants Unaffected By Storm',
     'place:Scotland'),
    # #011: 'Jacinto port': lowercase port is not part of the name
    ('enron', '3.0 I think from a GE perspective, the Enron family takes ROL from GE at Jacinto port and gets the turbines delivered to the Site.',
     'org:GE | org:Enron | org:GE#2 | place:Jacinto'),
    # #012: surname-first name is one person span
    ('enron', '"Vargas, Maria Victoria" <mvargas@AkinGump.com> on 11/16/2000 10:14:55 AM',
     'person:Vargas, Maria Victoria | email:mvargas@AkinGump.com | date:11/16/2000'),
    ('enron', 'I think we need clear documentation making it clear that GE has ROL for the equipment until we take it out of storage.',
     'org:GE'),
    # #014: an internal extension to call is a phone number as written
    ('enron', 'To Make a Reservation, Call 3-1941 and Select Option 1',
     'phone:3-1941'),
    # #015: a bare year is a date (Abare = ABARE, the Australian bureau)
    ('enron', 'Abare 2001:Aluminum Indus Integrates To Offset Elec Costs',
     'org:Abare | date:2001'),
    ('enron', "In case you've misplaced it I have appended a copy of the questionnaire.",
     ''),
    # #017: a publication's name (Network World) is an org
    ('enron', 'Enron building bandwidth the IP way, Network World, 08/02/99 http://www.nwfusion.com/news/1999/0802carrier.html',
     'org:Enron | org:Network World | date:08/02/99 | url:http://www.nwfusion.com/news/1999/0802carrier.html'),
    ('enron', 'SEATTLE (VENTUREWIRE) -- Purple Solutions, a provider of CRM services for managing enterprise sales force automation functions, said it appointed Keith Lashley vice president of sales and marketing.',
     'place:SEATTLE | org:VENTUREWIRE | org:Purple Solutions | person:Keith Lashley'),
    ('enron', 'TERMINAL SERVER: No Scheduled Outages.',
     ''),
    ('enron', "Just in case you did not know, Randy's wife died last week.",
     'person:Randy'),
    # #021: Cullen (the endowed chair's namesake) is a name inside a longer term; the Oral History Project (with co-directors) is taken as an org
    ('enron', 'Speaker: Joseph Pratt, Cullen Professor of History and Business, University of Houston and Co-Director, Enron Oral History Project',
     'person:Joseph Pratt | person:Cullen | org:University of Houston | org:Enron Oral History Project'),
    # #022: ', Sr.' is an appended generational suffix, left out like a title
    ('enron', 'Quote QUOTE OF THE DAY Thinking is the hardest work there is, which is the probable reason why so few engage in it. - Henry Ford, Sr.',
     'person:Henry Ford'),
    # #024: kept: headline with layout debris (OPERATIONS, 'mail? top') but readable
    ('enron', 'OPERATIONS Akibia Opens Chicago Office, Roy Schuster Appointed VP mail? top',
     'org:Akibia | place:Chicago | person:Roy Schuster'),
    ('enron', 'May be Mark could just let me know on this score if he agrees.',
     'person:Mark'),
    # #026: a thesis title, no entities
    ('enron', "I've just finished my PhD on Electricity Price Jump Diffusions : A Theoretical and Empirical Study in Incomplete Markets - hence my interest in electricity price modelling and derivative pricing.",
     ''),
    ('enron', "If you'd like to mail the checks to Barb Lindsey (5523 Grosvenor Square, Houston 77069), that would be fine.",
     'person:Barb Lindsey | place:Grosvenor Square | place:Houston'),
    ('enron', 'More importantly, this Act (enacted in 1929) is expected to be replaced by new legislation for ad hoc arbitration.',
     'date:1929'),
    # #029: surname-first name is one person span
    ('enron', '(See attached file: invoice_enron_north_america_qry.txt) - invoice_enron_north_america_qry.txt [Price, Wade R.]',
     'person:Price, Wade R.'),
    ('enron', 'You agreed that NorthWestern could complete the necessary paperwork with Citibank on Tuesday of next week.',
     'org:NorthWestern | org:Citibank'),
    ('enron', 'This is CONFIDENTIAL and should not be shared outside the company.',
     ''),
    ('enron', "So chances are you won't even know if your carrier is working with Enron, who claims several other carriers are in fact working with them.",
     'org:Enron'),
    # #033: the company name was split off by the sentence regex (…, Inc. Announces); nothing left to label
    ('enron', 'Announces Signing of Letter of Intent with Regard to Purchase of Natural Gas And Pipeline Transportation',
     ''),
    # #034: a publication's name is an org, as Network World
    ('enron', 'PMA ONLINE MAGAZINE: Access online at: http://www.retailenergy.com/pmamag.htm',
     'org:PMA ONLINE MAGAZINE | url:http://www.retailenergy.com/pmamag.htm'),
    ('enron', 'Attached are the Q&As we are using in response to media inquiries.',
     ''),
    ('enron', "Specifically, this includes managing curtailed schedules and preserving Enron's financial rights with non-performing trading counter parties.",
     'org:Enron'),
    # #037: a trading desk is an organisational unit (as Real Time Trading, Research Group in dev)
    ('enron', 'Also, each trader is responsible for gathering and reporting information on unit outages, transmission line durations and other information that is useful for all West Desk trading activity.',
     'org:West Desk'),
    ('enron', "I may need to make my prepayment on Wednesday for Reliant and I've bumped up the amout to $42,000 for this week.",
     'org:Reliant'),
    # #039: December 7 has no year
    ('enron', 'I shall be in town on December 7, flying back from Philly in the morning.',
     'place:Philly'),
    ('enron', "Here is Vince's travel itinerary for Sunday to New York.",
     'person:Vince | place:New York'),
    ('enron', 'Upset investors sent shares of Enron down $5.40 more than 20 per cent to close at$20.65 in heavy trading in New York.',
     'org:Enron | place:New York'),
    ('enron', 'My reaction is to sell the gas ASAP and worry about the remaining inventory later.',
     ''),
    # #043: JP = JP Morgan (the mail's subject line)
    ('enron', 'Aneela called JP to hurry them along for final docs.',
     'person:Aneela | org:JP'),
    ('enron', 'Nicki Daw Enron Corp Tel: 713 853 3497 Fax: 713 646 3330',
     'person:Nicki Daw | org:Enron Corp | phone:713 853 3497 | phone:713 646 3330'),
    # #045: replaces #023; a bare year is a date
    ('enron', 'Terms of Use: http://www20.cera.com/tos Questions/Comments: webmaster@cera.com Copyright 2001.',
     'url:http://www20.cera.com/tos | email:webmaster@cera.com | date:2001'),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout", ITEMS, DRAWS, sample, ("prov-", "gov-", "law-", "enron"), id_letter="h")


if __name__ == "__main__":
    main()

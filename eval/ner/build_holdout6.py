"""Build eval/ner/holdout6.jsonl: a sixth held-out NER set, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the consolidated "Labelling rules" of README.md
(including the recommendations of "Where the sets disagree") and the decisions recorded in
build_holdout.py … build_holdout5.py. The labeller did not read anything of the extractor
(dossier/), did not run it, bench/ner_eval.py or any segmenter, NER or POS tool on these
sentences, and did not look at what any tool predicts for them. The set has never been scored.

    python eval/ner/build_holdout6.py            # write holdout6.jsonl from ITEMS, print counts
    python eval/ner/build_holdout6.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout6.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split) is copied from build_holdout2.py. Every pool leaves
out sentences that overlap a text of build.py or build_holdout.py … build_holdout5.py (the
sentence is in one of those files' source, or contains or is contained in one of their ITEMS
texts), and keeps only the first occurrence of a sentence that recurs (as build_holdout4.py).

1. nat6: the national government work reports (JSONL, every line, all years, the NPC
   resolutions on the reports included), each line of its `content` split after 。！？；
   (delimiter kept), stripped, kept if 15-120 characters; in file order;
   random.Random(7071).sample(…, 90). No cue word is required.
2. prov6-*: the 2025 government work reports of all 31 provinces (docx in
   provincial-work-reports-2025-docx, file-name order; paragraph text = the w:t runs of each w:p
   joined), split and kept the same way; random.Random(7072).sample(…, 90).
3. prov6name-*: the same provincial sentences that contain one of NAME_CUES (同志, 书记, 省长,
   主席, 总书记, 会见, 集团, 公司, 大学, 医院), leaving out the sentences drawn in 1 and 2;
   random.Random(7073).sample(…, 40).

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose).
"""

from __future__ import annotations

import json
import random
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import holdouts  # noqa: E402  (the shared command line; build.spans computes and checks offsets)

CORPUS = HERE.parent.parent.parent / "shared" / "corpus"          # /work/shared/corpus
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

NAME_CUES = ["同志", "书记", "省长", "主席", "总书记", "会见", "集团", "公司", "大学", "医院"]


# -- reading code, copied from build_holdout2.py so that all sets are read alike ----------------------------

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,3,4,5}.py, and the texts of their ITEMS."""
    import build
    import build_holdout
    import build_holdout2
    import build_holdout3
    import build_holdout4
    import build_holdout5
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5)
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


def national_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    path = CORPUS / "zh-docs/national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        for para in json.loads(line)["content"].splitlines():
            out += [("nat6", s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


def provincial_pool() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for path in sorted((CORPUS / "zh-docs/provincial-work-reports-2025-docx").glob("gov_work_report_2025_*.docx")):
        prov = path.stem.removeprefix("gov_work_report_2025_")
        for para in docx_paragraphs(path):
            out += [(prov, s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


def provincial_candidates() -> list[tuple[str, str]]:
    return [(f"prov6-{prov}", s) for prov, s in provincial_pool()]


def provincial_name_candidates() -> list[tuple[str, str]]:
    drawn = {s for _, s in random.Random(7071).sample(national_candidates(), 90)}
    drawn |= {s for _, s in random.Random(7072).sample(provincial_candidates(), 90)}
    return [(f"prov6name-{prov}", s) for prov, s in provincial_pool()
            if any(c in s for c in NAME_CUES) and s not in drawn]


DRAWS = [(national_candidates, 7071, 90), (provincial_candidates, 7072, 90), (provincial_name_candidates, 7073, 40)]


def sample(extra: int = 15) -> list[list[tuple[str, str]]]:
    """Each draw's random order: the first n are the sample, the next `extra` are replacements in order."""
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
    # Labelled blind, by reading only, per the consolidated "Labelling rules" of README.md (following the recommendations of
    # "Where the sets disagree") and the decisions recorded in build_holdout.py … build_holdout5.py: no extractor, segmenter
    # or NER/POS tool was run on these sentences and no prediction was seen. Annotations are 'type:surface' separated by
    # ' | ', 'type:surface#2' for a second occurrence (see build.spans). Comments on an item record how an ambiguous case
    # was decided; those marked NEW are decisions no earlier set had to make. #NNN = position in the seeded order. One
    # sampled sentence was garbled (nat6 #013, licence debris) and was replaced by the next candidate of its order.
    # -- national reports (all years): Random(7071).sample(…, 90), in sampled order
    ('nat6', '继续加强核电、太阳能以及其他新能源的研究、试验工作。',
     ''),
    ('nat6', '提高直接融资比重，发挥好股票、债券、产业基金等融资工具的作用，更好地满足多样化投融资需求。',
     ''),
    ('nat6', '这是几年来我国保持经济快速增长，有效抑制通货膨胀的一条重要经验。',
     ''),
    ('nat6', '采取提高出口退税率和严厉打击走私等措施，千方百计扩大出口，以平衡国际收支，稳定人民币币值。',
     ''),
    ('nat6', '进一步扩大生产企业的自营出口权。',
     ''),
    ('nat6', '全国财政收入突破20万亿元，增长10.7%。',
     ''),
    # #006: 中央 is attributive (中央和地方财政); 中西部地区 is directional (*Where the sets disagree* 2)
    ('nat6', '中央和地方财政安排专项资金70多亿元，对592个重点贫困县1700万名贫困家庭学生免除学杂费、免费提供教科书和补助寄宿生生活费，还为中西部地区1700多万名贫困家庭学生免费提供教科书，许多辍学儿童重新回到学校。',
     ''),
    ('nat6', '我们要共同努力，让人民群众享有美丽宜居环境。',
     ''),
    ('nat6', '推进服务贸易创新发展试点，设立服务贸易创新发展引导基金。',
     ''),
    ('nat6', '国务院准备陆续制定一批经济法规，以适应现代化建设的需要。',
     'org:国务院'),
    ('nat6', '拓宽市场化就业渠道，促进创业带动就业。',
     ''),
    ('nat6', '按照总量适度、审慎灵活的要求，兼顾促进经济平稳较快发展、保持物价稳定和防范金融风险。',
     ''),
    ('nat6', '我们认为，只有尊重各国的政治、经济、社会制度和历史、宗教、文化特点，在相互理解、求同存异的基础上，就人权问题进行平等的讨论和合作，才能有效地促进整个人类人权和基本自由的普遍实现。',
     ''),
    # #013: dropped, garbled: '》第五条第一项，本作品不适用于该法，在' is debris of the Wikisource licence notice, not report
    # text; replaced by the next candidate of the same order, #090, at the end of this draw
    # #014: 中央八项规定: 中央 is attributive
    ('nat6', '严格落实中央八项规定精神，持续纠治“四风”，有力推进金融单位、国有企业等巡视整改工作。',
     ''),
    ('nat6', '我们正处在加快改革开放和现代化建设的关键时期。',
     ''),
    ('nat6', '一九七八年全国建成交付使用的职工住宅面积共达三千七百多万平方米，比上一年增长百分之三十三。',
     'date:一九七八年'),
    # #017: 台湾 inside 台湾问题 and 台湾同胞 is labelled (a name inside a longer term)
    ('nat6', '“和平统一，一国两制”的方针也是解决台湾问题的合情合理的方针，它已经为愈来愈多的台湾同胞所理解。',
     'place:台湾 | place:台湾#2'),
    ('nat6', '能不能在本世纪内实现四个现代化，决定着我们国家和民族的命运。',
     ''),
    # #019: 第一个五年计划 is a plan period
    ('nat6', '我国第一个五年计划已经执行了两年。',
     ''),
    ('nat6', '大幅缩减政府核准投资项目范围，下放核准权限。',
     ''),
    # #021: the two Basic Laws are laws: only the places inside them (香港特别行政区, 澳门特别行政区, the SARs as places); 全国人大 is an
    # org, 其常委会 is not labelled (README *org*)
    ('nat6', '中国政府将一如既往，坚持以香港特别行政区基本法、澳门特别行政区基本法和全国人大及其常委会的有关决议为依据，抓紧各项准备工作，确保香港和澳门政权的顺利交接和平稳过渡。',
     'org:中国政府 | place:香港特别行政区 | place:澳门特别行政区 | org:全国人大 | place:香港#2 | place:澳门#2'),
    ('nat6', '离开阶级和阶级斗争的观点来观察和处理民族问题，只能助长民族分裂主义，不利于民族团结和国家统一。',
     ''),
    ('nat6', '大家从计划草案中可以看到：一九五九年的工农业总产值将比一九五八年的二千零五十亿元增长百分之四十，达到二千八百七十亿元；',
     'date:一九五九年 | date:一九五八年'),
    # #024: 第十一届亚洲运动会 is an event
    ('nat6', '积极做好准备，努力办好１９９０年将在我国举行的第十一届亚洲运动会。',
     'date:１９９０年'),
    ('nat6', '这也要作为一项长期的重大政策加以重视和研究。',
     ''),
    ('nat6', '”当前经济增长的一些条件已经偏紧，“瓶颈”制约和通货膨胀的压力加大，改革又需要比较宽松的环境。',
     ''),
    ('nat6', '分流企业富余人员，是提高效益的重要途径，各级政府要给予关心和支持。',
     ''),
    ('nat6', '拓宽开放领域，引导外资投向基础设施和基础工业。',
     ''),
    ('nat6', '乡镇企业保持旺盛发展势头，五年间产值增长２倍，现已吸纳农村劳动力１亿多人，成为国民经济的一支重要力量。',
     ''),
    ('nat6', '但是政府工作与人民的期望还有较大差距。',
     ''),
    ('nat6', '发电量达到４４５５亿千瓦小时，比上年增长８．５％；',
     ''),
    ('nat6', '完善促进两岸经济文化交流合作制度和政策，深化两岸融合发展，增进两岸同胞福祉，坚定不移推进祖国统一大业，携手共创民族复兴伟业。',
     ''),
    ('nat6', '尤其要加强对危险化学品、易燃易爆品生产经营、运输、储存和使用全过程的监督管理。',
     ''),
    # #034: “六五” is a plan period
    ('nat6', '这个增长速度比“六五”期间实际达到的速度低一些。',
     ''),
    ('nat6', '实现稳增长、防风险等多重目标，完成经济社会发展等多项任务，处理好当前与长远等多种关系，政策抉择和工作推进的难度明显加大。',
     ''),
    ('nat6', '在城镇房屋拆迁中，要严格依据城市总体规划和近期建设规划，合理确定拆迁规模，规范审批程序，完善补偿安置政策，强化监督检查。',
     ''),
    ('nat6', '儿童是民族的未来、家庭的希望。',
     ''),
    ('nat6', '新闻、广播、电视和出版事业的发展生动活泼，欣欣向荣。',
     ''),
    # #039: 马克思 and 列宁 inside 马克思列宁主义 are persons, as 毛泽东 in 毛泽东思想
    ('nat6', '我们坚决支持社会主义国家把马克思列宁主义的普遍真理同本国的具体情况相结合，独立自主地进行革命和建设，坚决支持他们反对外来侵略和颠覆、捍卫独立主权和领土完整的斗争。',
     'person:马克思 | person:列宁'),
    ('nat6', '因此，我们必须对农业和手工业实行社会主义改造，即根据宪法第八、第九两条规定，鼓励个体农民根据自愿的原则组织生产合作、供销合作和信用合作，鼓励个体手工业者和其他非农业的个体劳动者根据自愿的原则组织生产合作和供销合作。',
     ''),
    # #041: 中英 is a pair of abbreviations and 英方 ('the British side') a one-character abbreviation: not labelled; NEW:
    # １９９４／１９９５年 (an election period of two years sharing 年) is one date, as 2021—2025年
    ('nat6', '中英两国政府代表关于香港１９９４／１９９５年选举安排谈判终止，责任完全在于英方。',
     'place:香港 | date:１９９４／１９９５年'),
    ('nat6', '高新技术产业开发区建设取得新进展，在科技成果商品化和产业化方面发挥了明显作用。',
     ''),
    # #043: 地方政府 is generic
    ('nat6', '全国有２４万多户国有小企业，绝大部分由市、县管理，改革工作由地方政府组织实施。',
     ''),
    # #044: NEW: 阿拉伯 in 阿拉伯各国人民 ('the Arab peoples') is used as an adjective (as Dutch, Chinese): not labelled; 巴勒斯坦
    # and 以色列 are places; 苏美 is a pair, not labelled; 中东 is a world region
    ('nat6', '我们坚决支持阿拉伯各国人民和巴勒斯坦人民收复失地和恢复民族权利的正义斗争，反对以色列的侵略和苏美在中东的争夺。',
     'place:巴勒斯坦 | place:以色列 | place:中东'),
    ('nat6', '我国积极参与国际事务，在和平解决国际争端、推动全球和区域性经济合作等方面，发挥了重要作用。',
     ''),
    ('nat6', '关键要调整国民收入分配格局，深化收入分配制度改革，逐步提高居民收入在国民收入分配中的比重，提高劳动报酬在初次分配中的比重。',
     ''),
    ('nat6', '他建议，应该逐步提高固定资产折旧率，缩短折旧年限。',
     ''),
    ('nat6', '实行弹性大、灵活性强、多样化的就业形式。',
     ''),
    ('nat6', '在全国先后开展了声势浩大的打击走私、骗税骗汇、制售假冒伪劣商品的专项行动，对文化、旅游、建筑、集贸等市场和安全生产秩序进行专项整治。',
     ''),
    # #050: 中华儿女 is not labelled
    ('nat6', '我们要认真落实侨务政策，保障海外侨胞和归侨侨眷合法权益，充分发挥他们的独特优势和重要作用，海内外中华儿女的凝聚力和向心力必将不断增强。',
     ''),
    ('nat6', '随着国民经济向现代化迈进，工业特别是基础工业的主导作用越来越显著。',
     ''),
    ('nat6', '继续阶段性降低企业“五险一金”缴费比例。',
     ''),
    ('nat6', '进一步增加对农民的种粮直接补贴、良种补贴、农机具补贴，增加对产粮大县和财政困难县的转移支付。',
     ''),
    ('nat6', '各种非生产性建设的造价，应该比原计划至少节约百分之十五。',
     ''),
    ('nat6', '供给侧结构性改革取得实质性进展，宏观杠杆率保持基本稳定，各类风险有序有效防控。',
     ''),
    ('nat6', '我们坚决打击了那些进行反攻倒算的地富反坏分子和严重破坏社会秩序的犯罪分子，打击了那些打砸抢分子、贪污盗窃分子和投机倒把分子，无产阶级正气上升，资产阶级邪气下降，全国社会秩序大为安定，人民群众拍手叫好。',
     ''),
    ('nat6', '积极推进新能源汽车、“三网”融合取得实质性进展，加快物联网的研发应用。',
     ''),
    ('nat6', '过去一年，我国发展面临国内外诸多矛盾叠加、风险隐患交汇的严峻挑战。',
     ''),
    ('nat6', '中国决不依附于任何一个超级大国，也决不同它们任何一方结盟或建立战略关系。',
     'place:中国'),
    ('nat6', '维护宗教团体、宗教界人士和信教群众的合法权益，充分发挥他们在促进经济发展、文化繁荣、社会和谐中的积极作用。',
     ''),
    ('nat6', '各级政府必须切实加强勤政廉政建设，政府工作人员都要认真学习，不断提高政策水平和业务能力。',
     ''),
    # #062: 第一个五年计划 is a plan period
    ('nat6', '从一九五三年到一九五七年，我国执行了发展国民经济的第一个五年计划。',
     'date:一九五三年 | date:一九五七年'),
    ('nat6', '改进政府提供公共服务方式，加强基层社会管理和服务体系建设，完善村民自治、城市居民自治制度，保证人民群众依法直接行使民主权利，管理基层公共事务和公益事业。',
     ''),
    ('nat6', '中等教育的结构调整开始取得成效，职业技术教育发展很快，普及初等教育的工作有了进展，各种形式的成人教育以前所未有的广度在全国展开。',
     ''),
    ('nat6', '至于候选人的名额问题，过去在联合提出的候选人名单中，候选人数和当选名额相等，这是各方面协商的结果。',
     ''),
    ('nat6', '要改进兵役制度，加强民兵建设。',
     ''),
    ('nat6', '五是鼓励企业主动用自己的财力，积极补充公积金和资本金，提高资金使用效益，降低企业负债率。',
     ''),
    ('nat6', '持续提高基本医保和大病保险水平，城乡居民医保人均财政补助标准从450元提高到610元。',
     ''),
    ('nat6', '人民公社还办了各种业余学校和红专学校。',
     ''),
    ('nat6', '（三）巩固和加强农业基础地位，促进农业稳定发展和农民持续增收',
     ''),
    ('nat6', '外商直接投资４６８亿美元，增长１４．９％。',
     ''),
    ('nat6', '今年在建立社会主义市场经济体制方面迈出了重要的改革步伐。',
     ''),
    # #073: 党 alone is not labelled
    ('nat6', '我们加强对公务员和国有企业领导人的教育与培训，围绕党和国家的中心任务和重点工作，举办了一系列专题研究班和培训班。',
     ''),
    ('nat6', '行政管理体制和机构改革，是建立社会主义市场经济体制和加快经济发展的重要条件，也是政治体制改革的紧迫任务。',
     ''),
    ('nat6', '我们现在的建设比之当年苏联的条件有利得多，因为苏联曾经单独一个国家在资本主义包围中建设社会主义，而我们却已经有了经验很多、技术很高的苏联和各兄弟国家的援助。',
     'place:苏联 | place:苏联#2 | place:苏联#3'),
    ('nat6', '可见，观察增长的速度不能只看百分比，必须同时看绝对数。',
     ''),
    # #077: a new district taken whole with its city (README *place*); 经济特区 is generic
    ('nat6', '继续办好经济特区和上海浦东新区。',
     'place:上海浦东新区'),
    ('nat6', '争取民族独立、反对殖民主义的斗争是一个长期的、复杂的、反复的、但是一定要胜利的斗争。',
     ''),
    ('nat6', '据国家统计局的抽样调查，去年全国城镇居民家庭平均每人可用于生活费的收入达到六百零八元，扣除物价上涨因素，比上年增长１２．５％；',
     'org:国家统计局'),
    ('nat6', '落实农村初级卫生保健规划，推行多种形式的农村医疗保障制度。',
     ''),
    ('nat6', '在继续抓好经济调节、市场监管的同时，更加注重社会管理和公共服务，把财力物力等公共资源更多地向社会管理和公共服务倾斜，把领导精力更多地放在促进社会事业发展和建设和谐社会上。',
     ''),
    ('nat6', '今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右，发展的协调性进一步增强；',
     ''),
    ('nat6', '进入新时代，政府工作在新的一年要有新气象新作为。',
     ''),
    ('nat6', '提高低保、优抚、企业退休人员基本养老金等标准，推行机关事业单位养老保险制度改革并完善工资制度。',
     ''),
    ('nat6', '全国各地广泛开展的“五讲四美”活动收到了良好的效果，新的社会风尚正在发扬，各条战线上不断涌现出闪耀着共产主义思想光芒的先进人物和模范事迹。',
     ''),
    ('nat6', '第二步，在本世纪内，全面实现农业、工业、国防和科学技术的现代化，使我国国民经济走在世界的前列。',
     ''),
    ('nat6', '实施“走出去”战略，参与区域经济合作。',
     ''),
    ('nat6', '经济社会发展既有量的扩大，又有质的提升，为今后奠定了基础。',
     ''),
    ('nat6', '继续做好人口发展战略研究工作。',
     ''),
    # #090: the replacement for #013
    ('nat6', '我国实现了生产资料公有制，废除了剥削制度，原来为剥削者侵吞的那部分社会财富已全部归人民所有，从而整个社会财富可以合理地有计划地增长和分配，这是社会主义制度最根本的优越性。',
     ''),
    # -- provincial 2025 reports (all 31): Random(7072).sample(…, 90), in sampled order
    # #000: 福建 inside 美丽福建, as 中国 in 美丽中国
    ('prov6-fujian', '（七）建设美丽福建，生态优先绿色发展之路越走越宽',
     'place:福建'),
    ('prov6-hainan', '坚定捍卫“两个确立”、坚决做到“两个维护”，巩固拓展主题教育成果，推进党纪学习教育常态化长效化，始终在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致。',
     'person:习近平 | org:党中央'),
    # #002: the three talent plans are programmes: only the names inside them; NEW: 天府峨眉 and 天府青城 (the traditional name
    # of Sichuan followed by a mountain in it, 峨眉 / 青城) are taken as one place each, as a contiguous hierarchy
    ('prov6-sichuan', '深入实施“天府峨眉计划”“天府青城计划”，启动实施四川海外智力集聚计划，新培育引进了一批高层次人才和高水平创新团队。',
     'place:天府峨眉 | place:天府青城 | place:四川'),
    ('prov6-liaoning', '过去一年，是实现“十四五”规划目标任务的关键之年，是全面振兴新突破三年行动的攻坚之年。',
     ''),
    ('prov6-guangdong', '深化镇街综合行政执法改革，加强行政执法协调监督，严格规范公正文明执法。',
     ''),
    ('prov6-shandong', '过去一年，是山东发展史上具有重大里程碑意义的一年。',
     'place:山东'),
    ('prov6-anhui', '（七）着力保障改善民生，公共服务水平稳步提升。',
     ''),
    ('prov6-qinghai', '统筹教育科技人才一体化发展，加强与国家战略科技力量对接，持续深化与全国高等学校和科研院所合作，打造科技研发和产业应用“双向飞地”。',
     ''),
    # #008: 津雄 (Tianjin and Xiong'an) is a string of one-character abbreviations: not labelled
    ('prov6-tianjin', '津雄港口、教育、医疗等合作持续深化。',
     ''),
    ('prov6-inner_mongolia', '特殊群体的就业需要格外关注、重点保障，要加强对大龄、残疾、较长时间失业等就业困难群体的帮扶，做好退役军人、妇女等群体就业服务保障，确保“零就业家庭”动态清零。',
     ''),
    ('prov6-guangdong', '坚持兴业、强县、富民一体发展，抓好典型县、镇、村建设，推动首批优化提升，加快第二批建设，发挥示范作用、样板功能。',
     ''),
    ('prov6-guangxi', '推进城乡供水一体化、规模化、标准化建设。',
     ''),
    # #012: 三甲医院 and 区县域卫生次中心 are generic; 国家中医药传承创新发展试验区 is a designation
    ('prov6-chongqing', '累计建成三甲医院55家、区县域卫生次中心32家，获评国家中医药传承创新发展试验区和9个国家临床重点专科、23个国家中医优势专科，“医检互认”为患者节约医疗费用近2亿元。',
     ''),
    ('prov6-jilin', '（三）聚焦扛稳国家粮食安全重任，着力加快高水平农业强省建设。',
     ''),
    # #014: 市级优抚医院 is generic
    ('prov6-chongqing', '完善退役军人服务保障体系，推进市级优抚医院建设，完成县级以上烈士纪念设施保护范围划定。',
     ''),
    ('prov6-shanghai', '推动药械审评审批制度改革，完善创新药械多元支付机制。',
     ''),
    # #016: 我区 is a self-reference
    ('prov6-tibet', '我们也清醒地认识到，我区经济社会发展还存在不少困难挑战。',
     ''),
    ('prov6-chongqing', '实施千万农民增收致富促进行动。',
     ''),
    ('prov6-hebei', '软件和信息技术等现代服务业加快发展。',
     ''),
    ('prov6-jilin', '强化制度建设，完善权力运行制约监督机制，坚持放权、赋能、担责，系统整治滥用权力的渎职失职行为，确保廉洁用权。',
     ''),
    # #020: 中新, 中老, 中缅, “中老泰” and 中欧 (in 中欧班列) are strings of abbreviations: not labelled; NEW: in 长江黄金水道 ('the Yangtze
    # golden waterway') 黄金水道 is an epithet, not part of a name: only 长江
    ('prov6-chongqing', '持续拓展中新、中老、中缅通道，常态化开行“中老泰”图定班列，强化与中欧班列、长江黄金水道高效衔接。',
     'place:长江'),
    # #021: 央地, 兵地 are abbreviations; NEW: the three basins with 盆地 elided after the last, labelled as written (as
    # 泰安、德州机场); 吐哈 (Turpan-Hami) is the basin's own name, not a bare pair of abbreviations
    ('prov6-xinjiang', '建立央地、兵地油气勘探开发合作机制，加大准噶尔、塔里木、吐哈三大盆地油气勘探开发力度，实现油气增储上产。',
     'place:准噶尔 | place:塔里木 | place:吐哈'),
    ('prov6-jiangsu', '狠抓“两重”项目和“两新”政策实施，247个项目得到国家超长期特别国债资金支持；',
     ''),
    ('prov6-anhui', '开展城镇燃气、电动自行车、房屋和自建房、“生命通道”等安全隐患专项整治，森林防火网格化管理试点省建设扎实推进，生产安全事故起数下降16.3%。',
     ''),
    ('prov6-ningxia', '坚定不移落实“两个毫不动摇”，持续打造市场化、法治化、国际化一流营商环境。',
     ''),
    ('prov6-guangdong', '全面贯彻总体国家安全观，完善维护国家安全和社会稳定体制机制，牢牢守住安全底线。',
     ''),
    ('prov6-jiangsu', '持续用力推动房地产市场止跌回稳，落实国家取消限购限售、降低住房贷款首付比例和利率等支持政策，在设区市全面推开房票安置政策，鼓励实施住房“以旧换新”，推进改善型住宅建设，新建商品住宅和二手住宅成交总量在第三、第四季度实现当季正增长。',
     ''),
    # #027: 广西自贸试验区 is a programme zone: only 广西; 中马 is a pair; NEW: 中柬(北海)产业园 (the China-Cambodia (Beihai) industrial
    # park) is a named industrial park, taken whole as a place (README *place*); 中国—东盟水果交易中心 (the China-ASEAN fruit
    # exchange) is an exchange, an org (as 北京国际大数据交易所), its 线上交易平台 a platform, not labelled
    ('prov6-guangxi', '统筹推进广西自贸试验区、中马“两国双园”等平台建设，启动建设中柬(北海)产业园，建成中国—东盟水果交易中心线上交易平台。',
     'place:广西 | place:中柬(北海)产业园 | org:中国—东盟水果交易中心'),
    # #028: projects: only the names inside them; 温福高铁 and 通苏嘉甬铁路 are railway lines; 衢州先导智能 is a project of the company
    # 先导智能 in 衢州; 追觅 (in 追觅机器人), 富芯 (in 富芯集成电路一期) and 清陶 (in 台州清陶锂电池) are the makers; 丽水机场 is an airport
    ('prov6-zhejiang', '推动温福高铁、衢州先导智能、追觅机器人等项目开工建设，加快通苏嘉甬铁路、富芯集成电路一期等项目建设进度，确保台州清陶锂电池、丽水机场等项目建成投运。',
     'place:衢州 | org:先导智能 | org:追觅 | org:富芯 | place:台州 | org:清陶 | place:丽水机场'),
    # #029: level-qualified body (README *org*)
    ('prov6-ningxia', '提请自治区人大常委会审议地方性法规15件，制定修订废止政府规章、行政规范性文件等439件。',
     'org:自治区人大常委会'),
    ('prov6-shanghai', '全面推进安全生产治本攻坚“十大行动”，开展电动自行车安全隐患全链条整治，新建电动自行车充电站7万个，食品药品安全形势保持稳定。',
     ''),
    # #031: airports are places; 航站楼 (the terminal) is a facility, left out
    ('prov6-shandong', '完成临沂机场航站楼改扩建，建成枣庄机场。',
     'place:临沂机场 | place:枣庄机场'),
    ('prov6-guizhou', '强化农民主体地位，遵循自然规律、市场规律，坚持“抓两头、带中间”，促进农业优品种、提品质、强品牌。',
     ''),
    ('prov6-shanxi', '推动大数据、集成电路、智能终端等数字经济核心产业增长10%以上。',
     ''),
    # #034: projects: 南港 (the Nangang zone of Tianjin) inside the first; 桐砚 read as the maker's name in 桐砚高性能聚合物材料; 京津
    # is a pair and 京津电子化学品基地 a base; 南港工业区 is an industrial park taken whole
    ('prov6-tianjin', '南港百万吨乙烯及产业集群项目投产运行，桐砚高性能聚合物材料、京津电子化学品基地等项目开工，南港工业区产值突破千亿元；',
     'place:南港 | org:桐砚 | place:南港工业区'),
    ('prov6-xinjiang', '“绿色提锂”等一批核心技术攻关实现突破，棉纤维无盐染色实现规模化生产。',
     ''),
    ('prov6-shanxi', '打造承载新质生产力的先行区集聚区。',
     ''),
    ('prov6-hebei', '坚持全域对接、全面承接，机遇优势加速转化为发展红利。',
     ''),
    # #038: 自治区本级 is a level
    ('prov6-ningxia', '全面落实过紧日子要求，自治区本级“三公”经费、“三项费用”持续压减，因公出国（境）费用下降24%，财政经费办论坛全部“清零”，共节省盘活资金8亿多元优先保障民生，财政保障改善民生的做法被财政部推广。',
     'org:财政部'),
    # #039: 我区 is a self-reference; the prize and the contest are an award and an event
    ('prov6-ningxia', '我区连续两年荣获国家测绘工程金奖，首次获得全国科学实验展演汇演一等奖。',
     ''),
    ('prov6-jilin', '推动开发区改革创新，促进产业集群化、园区专业化、发展差异化。',
     ''),
    # #041: 全疆 contains a one-character abbreviation
    ('prov6-xinjiang', '在总结成绩的同时，我们也清醒地认识到，对照党中央、国务院和自治区党委的要求、全疆各族群众的期盼，改革发展稳定工作还存在一些问题和不足。',
     'org:党中央 | org:国务院 | org:自治区党委'),
    ('prov6-shanghai', '强化经济运行调度，注重政策措施协同联动，保持与宏观政策取向一致，着力扩大内需特别是居民消费需求，下更大力气巩固和增强经济回升向好态势。',
     ''),
    ('prov6-anhui', '扩面实施金融支持科创企业“共同成长计划”，惠及企业1.2万家。',
     ''),
    ('prov6-anhui', '创优市场化法治化国际化营商环境。',
     ''),
    ('prov6-anhui', '推进智慧农业发展，新建数字农业工厂100个。',
     ''),
    # #046: “晋心登” is a brand built on an abbreviation
    ('prov6-shanxi', '项目建设“四全工作法”、发展农村电商、推行惠商保、不动产登记和办税“晋心登”服务得到国务院肯定。',
     'org:国务院'),
    ('prov6-jiangxi', '大兴调查研究，落实“四下基层”制度。',
     ''),
    ('prov6-hebei', '高质量完成国企改革深化提升行动。',
     ''),
    ('prov6-jiangxi', '坚持尽力而为、量力而行，以办好10件民生实事为牵引，让改革发展成果更多更公平惠及全体人民。',
     ''),
    # #050: “西子3号” is a product (a rice variety), no name labelled inside it; the list 中国农业农村重大科技新成果 is an award: only
    # 中国
    ('prov6-hunan', '“西子3号”入选中国农业农村重大科技新成果。',
     'place:中国'),
    # #051: 滨海新区 is a new district (README *place*)
    ('prov6-tianjin', '政策势能加速汇聚，国家聚焦天津发展，出台支持滨海新区高质量发展、金融支持天津高质量发展等一系列重大政策助力增信赋能，中央系列宏观调控政策“组合拳”有力有效释放，我们主动作为、积极争取，在落实政策中抓机遇、抓发展、抓矛盾化解、抓民生保障；',
     'place:天津 | place:滨海新区 | place:天津#2'),
    ('prov6-fujian', '2024年是中华人民共和国成立75周年，也是福建发展历程中具有里程碑意义的一年。',
     'date:2024年 | place:中华人民共和国 | place:福建'),
    ('prov6-gansu', '衔接资金的62%用于产业发展。',
     ''),
    ('prov6-anhui', '统筹抓好肉蛋奶、水产品、蔬菜等重要农产品稳产保供。',
     ''),
    ('prov6-liaoning', '深入对接国家区域重大战略，深化对口合作。',
     ''),
    ('prov6-guizhou', '深入推进安全生产治本攻坚三年行动，常态化开展安全生产“打非治违”，突出抓好煤矿、非煤矿山、建筑施工、危化品、道路交通、城镇燃气、民爆物品、森林防火等领域隐患排查治理。',
     ''),
    ('prov6-tianjin', '深化市容环境综合整治，开展城市管理标准化等专项行动，加强道路交通综合治理，完善城市运行长效维护监管机制。',
     ''),
    ('prov6-heilongjiang', '实施提振消费专项行动，推动中低收入群体增收减负，适当提高退休人员基本养老金、城乡居民基础养老金和城乡居民医保财政补助标准，提升消费能力、意愿和层级。',
     ''),
    ('prov6-hunan', '新建和改造提升高标准农田335万亩，推广镉低积累水稻近200万亩。',
     ''),
    # #060: 长株潭国家自主创新示范区 is a programme zone and 长株潭 a string of abbreviations: not labelled; 全国重点实验室, bare 国家技术创新中心
    # and 国家文化和科技融合试验区 are categories and designations (*Where the sets disagree* 1); 湘江科学城 is a science city, a place
    ('prov6-hunan', '长株潭国家自主创新示范区加快建设，完成全国重点实验室重组35家，国家技术创新中心达3家、居全国第2位，湘江科学城新引进落地研发平台30个，国家文化和科技融合试验区创建工作稳步推进。',
     'place:湘江科学城'),
    ('prov6-guizhou', '健全“四大文化工程”推进机制。',
     ''),
    ('prov6-liaoning', '坚持标本兼治，管合法更要管非法，健全地方金融监管和风险防范长效机制。',
     ''),
    # #063: “2025北京榜样” is a title: the year and the place inside it are labelled (as the 2001 Special Stock Option
    # Grant)
    ('prov6-beijing', '深化文明创建活动，选树“2025北京榜样”，加强“文明驾车、礼让行人”等公共文明引导，健全志愿服务体系，不断提升城市文明程度。',
     'date:2025 | place:北京'),
    ('prov6-yunnan', '常态化与民营企业沟通交流，推动万名干部进万企，办好10件惠企实事，创新开展6期“厅局长坐诊接诉”，企业认可度不断增强。',
     ''),
    ('prov6-shanghai', '（二）聚力落实国家重大战略任务，深化高水平改革开放。',
     ''),
    # #066: “胖东来” is a retail company: org, the quotes left out; 6A级景区 is a rating
    ('prov6-henan', '文旅市场持续火热，接待游客突破10亿人次，旅游收入超万亿元，“胖东来”频频出圈，被网友称为“没有淡季的6A级景区”。',
     'org:胖东来'),
    ('prov6-guizhou', '加大力度化解融资平台债务风险。',
     ''),
    ('prov6-shanghai', '落实立德树人根本任务，加强大中小学思政课一体化建设，促进学生身心健康、全面发展，打造高素质专业化教师队伍。',
     ''),
    ('prov6-guangdong', '扩大失业、工伤、生育保险覆盖面，加快建立长期护理保险制度。',
     ''),
    ('prov6-fujian', '强化资源共享、优势互补，着力缩小地区差距、城乡差距，扎实推动共同富裕，让山与海、城与乡各美其美、美美与共。',
     ''),
    ('prov6-shanghai', '深入践行全过程人民民主，更好保障群众权益、凝聚社会共识、激发创造活力。',
     ''),
    # #072: 中央八项规定: 中央 is attributive
    ('prov6-shaanxi', '深化廉洁政府建设，严格落实中央八项规定及其实施细则精神，巩固拓展党纪学习教育成果。',
     ''),
    ('prov6-jilin', '合理控制新增房地产用地供应，盘活存量用地和商办用房。',
     ''),
    ('prov6-xinjiang', '大力发展生产性服务业，挖掘生活性服务业潜力。',
     ''),
    ('prov6-inner_mongolia', '加强重点排污单位土壤污染隐患排查，持续开展农业“四控”行动，加强盐碱地改造利用。',
     ''),
    # #076: airport and ports are places
    ('prov6-hainan', '美兰机场、洋浦港、海口港总体规划获批。',
     'place:美兰机场 | place:洋浦港 | place:海口港'),
    ('prov6-jiangxi', '制约高质量发展的体制机制障碍仍然较多；',
     ''),
    # #078: 中央生态环保督察: 中央 is attributive
    ('prov6-hebei', '抓好中央生态环保督察反馈问题整改，开展省级生态环保督察。',
     ''),
    ('prov6-beijing', '数据基础制度先行区建设提速，建成全国首个人工智能数据训练基地，高级别自动驾驶示范区完成600平方公里设施智能化部署，数字经济核心产业收入保持两位数增长。',
     ''),
    ('prov6-hubei', '创新驱动本质是人才驱动，创新引领关键靠人才引领。',
     ''),
    ('prov6-shanxi', '一年来，省政府巩固拓展主题教育成果，认真开展党纪学习教育。',
     'org:省政府'),
    # #082: the bases are not labelled, the names inside are: 太行实验室 (the Taihang Laboratory) is a named lab, an org;
    # 材料实验室 ('materials laboratory') names no institution by itself: not labelled; 国家实验室体系 is a category
    ('prov6-liaoning', '主动对接国家实验室体系，全力支持材料实验室辽宁基地、太行实验室辽宁基地、大科学装置建设，打造国家战略科技力量。',
     'org:太行实验室 | place:辽宁 | place:辽宁#2'),
    ('prov6-guangdong', '企业是经济发展的主体，稳企业就是稳经济、保民生、促发展。',
     ''),
    # #084: “天涯海角” (a scenic area) and 石梅湾 (a bay) are named places; the ratings are not labelled
    ('prov6-hainan', '“天涯海角”获评国家5A级景区，石梅湾入选国家级旅游度假区，新增3家国家级夜间文化和旅游消费集聚区。',
     'place:天涯海角 | place:石梅湾'),
    ('prov6-shandong', '深化强校扩优行动，建立与人口变化相适应的教育资源调配机制，提前做好初中、高中入学高峰应对。',
     ''),
    ('prov6-guangdong', '深化行业协会商会改革，发展公益慈善事业。',
     ''),
    ('prov6-shandong', '让科技供给更精准，实施120项重大科技攻关，突破大模型、先进芯片、固态电池等核心技术瓶颈。',
     ''),
    # #088: “四港” is a grouping; the berth cluster is a facility: only 六横佛渡 inside it (the island 佛渡 off 六横, one span as
    # a contiguous hierarchy, as #002); 宁波舟山港 is a port
    ('prov6-zhejiang', '强化“四港”联动发展，深入实施世界一流强港和交通强省建设工程，开工建设六横佛渡千万级集装箱泊位群，加快推进宁波舟山港重大集疏运工程，深化多式联运集成改革，力争宁波舟山港集装箱吞吐量突破4000万标箱。',
     'place:六横佛渡 | place:宁波舟山港 | place:宁波舟山港#2'),
    ('prov6-guizhou', '压实各级各部门责任，做好项目用地、用能、资金等要素保障，强化并联审批和分工协作，提高招商质效。',
     ''),
    # -- provincial 2025 reports, sentences with a name cue (NAME_CUES), draws 1-2 left out: Random(7073).sample(…, 40), in sampled order
    ('prov6name-guangxi', '我们要加强政府政治建设，自觉在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致，全面履行好政府职责，努力建设人民满意的服务型政府。',
     'person:习近平 | org:党中央'),
    ('prov6name-tibet', '机遇和信心来自习近平总书记和党中央的亲切关怀。',
     'person:习近平 | org:党中央'),
    ('prov6name-hebei', '忠诚捍卫“两个确立”，坚决做到“两个维护”，不折不扣落实习近平总书记重要指示精神，确保党中央决策部署落地见效。',
     'person:习近平 | org:党中央'),
    # #003: NEW: 空天信息大学 (the Aerospace Information University, being founded, 筹建) is a named university: org; 新型研究型大学
    # and 理工类大学 are generic
    ('prov6name-shandong', '完善新型研究型大学支持机制，加快空天信息大学筹建，吸引全球高水平理工类大学合作办学。',
     'org:空天信息大学'),
    ('prov6name-hainan', '我们坚信，有以习近平同志为核心的党中央坚强领导，有省委团结带领全省各族人民攻坚克难，有广大干部群众敢作善为，我们必定能够交出让习近平总书记和党中央放心、让海南人民满意的答卷！',
     'person:习近平 | org:党中央 | org:省委 | person:习近平#2 | org:党中央#2 | place:海南'),
    # #005: 一批集团 is generic
    ('prov6name-shanghai', '聚焦做强做优主责主业，推进一批集团战略性重组和专业化整合，推动战略性新兴产业和未来产业营业收入占比提高到30%左右。',
     ''),
    # #006: four hospitals, the last a branch taken whole as the longest name (as 哈工大先研院); 国家区域医疗中心 is a category and
    # 城市医疗集团 generic
    ('prov6name-inner_mongolia', '推动优质医疗资源扩容下沉，建设好运营好北大肿瘤医院、北京友谊医院、北京宣武医院、北京中医医院内蒙古医院4个国家区域医疗中心，高质量建设紧密型城市医疗集团和县域医共体，打造一批特色重点专科。',
     'org:北大肿瘤医院 | org:北京友谊医院 | org:北京宣武医院 | org:北京中医医院内蒙古医院'),
    ('prov6name-tianjin', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在市委坚强领导下，牢记嘱托、只争朝夕、善作善成，全面建设社会主义现代化大都市，奋力谱写中国式现代化天津篇章！',
     'person:习近平 | org:党中央 | org:市委 | place:中国 | place:天津'),
    # #008: the forum is an event: 黄河流域 inside it (a name with 流域, as 长江流域 in holdout5); 《黄河保护法》 is a law: only 黄河;
    # 《决定》 a title
    ('prov6name-gansu', '认真贯彻习近平总书记在全面推动黄河流域生态保护和高质量发展座谈会上的重要讲话精神，全面落实《黄河保护法》和省委《决定》，扛牢上游责任、展现上游作为。',
     'person:习近平 | place:黄河流域 | place:黄河#2 | org:省委'),
    ('prov6name-fujian', '在中国式现代化建设中奋勇争先，是习近平总书记赋予我们新的重大历史使命。',
     'place:中国 | person:习近平'),
    # #010: 三甲医院 is generic
    ('prov6name-shaanxi', '紧密型县域医共体达119个，147项医检结果全省三甲医院互认，每千人医疗床位数7.75张、提前完成“十四五”规划目标。',
     ''),
    ('prov6name-anhui', '开拓利用外资新模式新渠道，加强与国际性组织、专业机构、跨国公司以及双边基金的对接合作，鼓励外商投资企业利润再投资。',
     ''),
    # #012: 总书记 alone is a title
    ('prov6name-chongqing', '让我们沿着总书记指引的方向，加速跑、加油干、向前进！',
     ''),
    # #013: 自治区疾控中心 is level-qualified; the 综合楼 (building) is a facility: the branch hospital inside it is the org,
    # taken whole with its parent (as #006)
    ('prov6name-ningxia', '持续完善医疗卫生服务体系，筹资11.5亿元建成自治区疾控中心、北大第一医院宁夏妇女儿童医院综合楼和固原市医院。',
     'org:自治区疾控中心 | org:北大第一医院宁夏妇女儿童医院 | org:固原市医院'),
    # #014: 高水平医院, 县医院 and 国家区域医疗中心 are generic or categories; 中国 inside 健康中国
    ('prov6name-jiangsu', '持续提升医疗服务能力，16家高水平医院建设加速推进，4家国家区域医疗中心全面开工建设，县医院医疗服务能力均达国家基本标准和推荐标准，在健康中国考核中连续4年获得优秀。',
     'place:中国'),
    # #015: the heading: the session ordinal splits 河南省第十四届人民代表大会 (place 河南省, org 人民代表大会); 省长 is a title
    ('prov6name-henan', '2025年1月18日在河南省第十四届人民代表大会第三次会议上河南省人民政府省长王凯作政府工作报告',
     'date:2025年1月18日 | place:河南省 | org:人民代表大会 | org:河南省人民政府 | person:王凯'),
    # #016: NEW: the typhoon's name “摩羯” is not a person, org or place: not labelled; 中央领导同志 is a title
    ('prov6name-hainan', '特别是超强台风“摩羯”正面侵袭海南时，习近平总书记等中央领导同志十分牵挂、作出重要指示批示。',
     'person:习近平 | place:海南'),
    ('prov6name-hunan', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在中共湖南省委坚强领导下，牢记嘱托、感恩奋进、奋勇争先，为圆满收官“十四五”、奋力谱写中国式现代化湖南篇章努力奋斗！',
     'person:习近平 | org:党中央 | org:中共湖南省委 | place:中国 | place:湖南#2'),
    ('prov6name-hubei', '有力应对2008年以来最严重的低温雨雪冰冻灾害，没有发生大面积断电断气断网，习近平总书记肯定“工作及时，积极有效”。',
     'date:2008年 | person:习近平'),
    ('prov6name-hainan', '海南大学整体发展速度持续位居全国高校前列。',
     'org:海南大学'),
    # #020: as #015
    ('prov6name-fujian', '2025年1月13日在福建省第十四届人民代表大会第三次会议上福建省人民政府省长赵龙作政府工作报告。',
     'date:2025年1月13日 | place:福建省 | org:人民代表大会 | org:福建省人民政府 | person:赵龙'),
    # #021: the two universities are orgs; the research institutes are named only as 一流大学郑州研究院 ('first-class
    # universities' Zhengzhou institutes'), generic: only 郑州 in it; the supercomputing node is a project
    ('prov6name-henan', '加快建设北京大学、上海交通大学等一流大学郑州研究院，建成国家超算互联网核心节点工程。',
     'org:北京大学 | org:上海交通大学 | place:郑州'),
    # #022: 城市医疗集团 is generic
    ('prov6name-shandong', '实施医疗卫生强基工程，统筹推进城市医疗集团和紧密型县域医共体建设。',
     ''),
    # #023: 北疆 (the northern frontier) is a named region, as in holdout
    ('prov6name-inner_mongolia', '维护好祖国北疆安全，是习近平总书记交给内蒙古的重大政治任务，我们要不辱使命抓好落实。',
     'place:北疆 | person:习近平 | place:内蒙古'),
    # #024: 政协 inside 政协委员, as 人大 in 人大代表
    ('prov6name-inner_mongolia', '现在，我代表自治区人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席同志提出意见。',
     'org:自治区人民政府 | org:政协'),
    # #025: 市（州）级旅游运营集团 is generic
    ('prov6name-guizhou', '基本完成市（州）级旅游运营集团组建。',
     ''),
    # #026: the designation 国家中医药传承创新发展试验区 is not labelled
    ('prov6name-fujian', '优化提升医疗服务，省市县公立医院基本实现检查检验报告共享，连续3年为适龄女性免费接种HPV疫苗，29个专科列入国家中医优势专科建设单位，漳州、三明入选国家中医药传承创新发展试验区。',
     'place:漳州 | place:三明'),
    # #027: 管委会 and 平台公司 are generic
    ('prov6name-jiangxi', '深化开发区管理制度改革，推动“管委会+公司”模式扩面提质，促进开发区平台公司优化升级，力争开发区亩均工业增加值增长10%左右。',
     ''),
    ('prov6name-jilin', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委的坚强领导下，迎难而上、奋力拼搏，全力完成今年经济社会发展目标任务，推动吉林高质量发展明显进位。',
     'person:习近平 | org:党中央 | org:省委 | place:吉林'),
    # #029: “两区” is a grouping; NEW: 北京商务中心区 (the Beijing CBD) is a named planning area, a place, taken whole with its
    # city; 全球商务区创新联合会 (the Global Business Districts Innovation Club) is an org; 主席机构 is a role
    ('prov6name-beijing', '深化“两区”综合改革，服务业扩大开放试点示范综合测评成绩全国第一，形成全国首个场景化、字段级自贸试验区数据出境负面清单等先行先试成果，北京商务中心区当选全球商务区创新联合会主席机构；',
     'place:北京商务中心区 | org:全球商务区创新联合会'),
    # #030: 未来技术学院, 现代产业学院 and 大学科技园 are kinds
    ('prov6name-shaanxi', '加强基础学科拔尖学生培养基地、未来技术学院、现代产业学院和大学科技园建设。',
     ''),
    ('prov6name-shanghai', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在中共上海市委的坚强领导下，凝心聚力、奋发进取，努力为加快建成具有世界影响力的社会主义现代化国际大都市，为中国式现代化建设作出更大贡献！',
     'person:习近平 | org:党中央 | org:中共上海市委 | place:中国'),
    ('prov6name-hainan', '加强大型群众性活动安全监管，强化学校、医院、景区等重点场所安全防护，推动公共安全治理向事前预防转型。',
     ''),
    ('prov6name-jilin', '我们要把习近平总书记强调的必须统筹好五对重要关系作为做好今年工作的“金钥匙”，坚持稳中求进、以进促稳，把质的有效提升和量的合理增长统一于高质量发展全过程，以改革为动力，超常规推动吉林全面振兴迈出坚实步伐。',
     'person:习近平 | place:吉林'),
    # #034: NEW: 八桂 (a traditional name of Guangxi) is a region, as 三晋, 陇原
    ('prov6name-guangxi', '良好生态环境是最普惠的民生福祉，我们要牢记总书记嘱托，保护好广西山山水水，让八桂大地“颜值”永驻、福泽子孙!',
     'place:广西 | place:八桂'),
    # #035: the talks (粤商·省长面对面协商座谈活动) are an event; 粤 a one-character abbreviation
    ('prov6name-guangdong', '用心用情开展暖企行动，健全政企常态化沟通交流机制，办好粤商·省长面对面协商座谈活动，千方百计帮助企业排忧解难，严格规范涉企行政检查，开展拖欠中小企业账款、涉企乱罚款专项整治，全力维护企业合法权益。',
     ''),
    ('prov6name-shandong', '医疗方面，加强“三医”协同发展和治理，推进公立医院高质量发展，高水平建设国家区域医疗中心，启动乡村医疗卫生服务能力提质提效三年行动，支持创建国家中医药传承创新发展试验区。',
     ''),
    ('prov6name-beijing', '这是以习近平同志为核心的党中央坚强领导的结果，是习近平新时代中国特色社会主义思想科学指导的结果，是中共北京市委带领全市人民攻坚克难、艰苦奋斗的结果。',
     'person:习近平 | org:党中央 | person:习近平#2 | place:中国 | org:中共北京市委'),
    # #038: 集团化办学 is a mode of schooling
    ('prov6name-liaoning', '普惠性幼儿园覆盖率90%，义务教育集团化办学覆盖率98.2%，优质特色高中在校生占比73.4%。',
     ''),
    # #039: NEW: 城市副中心 (the city sub-centre) and 城市绿心 (the city green heart) are descriptive terms, not names: not
    # labelled; 中国人民大学通州校区 is a campus taken whole (as 海南师范大学桂林洋校区 in holdout5); the trading market is a system; 厂通路 is
    # a road
    ('prov6name-beijing', '高水平建设城市副中心，中国人民大学通州校区先期运行，城市绿心三大文化设施热度持续升级，全国温室气体自愿减排交易市场正式启动，厂通路建成通车；',
     'org:中国人民大学通州校区'),

]
# fmt: on


def main() -> None:
    holdouts.main("holdout6", ITEMS, DRAWS, sample, ("nat6", "prov6-", "prov6name-"))


if __name__ == "__main__":
    main()

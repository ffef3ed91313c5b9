"""Build eval/ner/holdout23.jsonl: a twenty-third held-out NER set, sampled by seed and labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following the "Labelling rules" of README.md (including the
recommendations of "Where the sets disagree") and the decisions recorded in build.py and
build_holdout.py … build_holdout22.py (those marked NEW h7 … NEW h22 included). The labeller did not
read anything of the extractor (dossier/), the tests, docs/ or bench/, did not run it, bench/ner_eval.py,
the tests or any segmenter, NER or POS tool on these sentences, and did not look at what any tool
predicts for them. The set has never been scored. It is drawn like holdout21 (same sources, new seeds;
90 national, 100 provincial, 90 name-cue and 20 law sentences); every entity type the rules define is
labelled.

    python eval/ner/build_holdout23.py            # write holdout23.jsonl from ITEMS, print counts
    python eval/ner/build_holdout23.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout23.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split, law markdown cleaning, seen_texts, seen,
first_occurrences) is copied from build_holdout21.py, not imported, so that editing another script
can never change this draw. Every pool leaves out sentences that overlap a text of build.py or
build_holdout.py … build_holdout22.py (the sentence is in one of those files' source, or contains or
is contained in one of their ITEMS texts), and keeps only the first occurrence of a sentence that
recurs. build_holdout24.py (built by another helper at the same time) was not committed when this set
was drawn, so it is not among the seen files.

1. nat23: the national government work reports (JSONL, every line, all years, the NPC
   resolutions on the reports included), each line of its `content` split after 。！？；
   (delimiter kept), stripped, kept if 15-120 characters; in file order;
   random.Random(24241).sample(…, 90). No cue word is required.
2. prov23-*: the 2025 government work reports of all 31 provinces (docx in
   provincial-work-reports-2025-docx, file-name order; paragraph text = the w:t runs of each w:p
   joined), split and kept the same way; random.Random(24242).sample(…, 100).
3. prov23name-*: the same provincial sentences that contain one of NAME_CUES (holdout15's list: 同志,
   书记, 省长, 主席, 总书记, 会见, 集团, 公司, 大学, 医院, 研究院, 中心, 银行, 学院, 委员会), leaving
   out the sentences drawn in 1 and 2; random.Random(24243).sample(…, 90).
4. law23-*: every law in zh-docs/prc-laws-lawrefbook (*.md, file-name order; HTML comments
   dropped, heading '#' markers stripped), split and kept the same way;
   random.Random(24244).sample(…, 20).

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose). None was dropped:
nat23 #009 is cut by the split at a line break (it ends in 沒) and nat23 #079 before a quotation (it
ends in “), nat23 #055, #065 and #081 are in traditional characters, prov23 #097 and prov23name #054
and #056 are the report's numbered notes explaining a term, and several sentences are section
headings without a final stop; all are readable report text and were kept.

The decisions this set adds (10, on 10 items) are marked NEW h23 on their items; the items' comments
say what they are.

Result: 300 sentences (90 nat23, 100 prov23, 90 prov23name, 20 law23), 225 entities: 126 place, 83 org,
12 person, 4 date; no pattern entity (phone, email, url, docno, id_number) was drawn. By group:
nat23 9 place, 16 org, 4 date (15 sentences with an entity); prov23 45 place, 13 org (25);
prov23name 71 place, 52 org, 12 person (53); law23 1 place, 2 org (3).
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

NAME_CUES = ["同志", "书记", "省长", "主席", "总书记", "会见", "集团", "公司", "大学", "医院",
             "研究院", "中心", "银行", "学院", "委员会"]


# -- reading code, copied from build_holdout21.py (itself from build_holdout19.py, build_holdout17.py, build_holdout15.py,
# build_holdout13.py, build_holdout11.py, build_holdout9.py, build_holdout7.py, build_holdout6.py and build_holdout2.py) so
# that all sets are read alike --

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,3,…,21,22}.py, and the texts of their ITEMS."""
    import build
    import build_holdout
    import build_holdout2
    import build_holdout3
    import build_holdout4
    import build_holdout5
    import build_holdout6
    import build_holdout7
    import build_holdout8
    import build_holdout9
    import build_holdout10
    import build_holdout11
    import build_holdout12
    import build_holdout13
    import build_holdout14
    import build_holdout15
    import build_holdout16
    import build_holdout17
    import build_holdout18
    import build_holdout19
    import build_holdout20
    import build_holdout21
    import build_holdout22
    files = ("build.py", "build_holdout.py", "build_holdout2.py", "build_holdout3.py", "build_holdout4.py",
             "build_holdout5.py", "build_holdout6.py", "build_holdout7.py", "build_holdout8.py",
             "build_holdout9.py", "build_holdout10.py", "build_holdout11.py", "build_holdout12.py",
             "build_holdout13.py", "build_holdout14.py", "build_holdout15.py", "build_holdout16.py",
             "build_holdout17.py", "build_holdout18.py", "build_holdout19.py", "build_holdout20.py",
             "build_holdout21.py", "build_holdout22.py")
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = (build, build_holdout, build_holdout2, build_holdout3, build_holdout4, build_holdout5, build_holdout6,
               build_holdout7, build_holdout8, build_holdout9, build_holdout10, build_holdout11,
               build_holdout12, build_holdout13, build_holdout14, build_holdout15,
               build_holdout16, build_holdout17, build_holdout18, build_holdout19, build_holdout20,
               build_holdout21, build_holdout22)
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
            out += [("nat23", s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
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
    return [(f"prov23-{prov}", s) for prov, s in provincial_pool()]


def provincial_name_candidates() -> list[tuple[str, str]]:
    drawn = {s for _, s in random.Random(24241).sample(national_candidates(), 90)}
    drawn |= {s for _, s in random.Random(24242).sample(provincial_candidates(), 100)}
    return [(f"prov23name-{prov}", s) for prov, s in provincial_pool()
            if any(c in s for c in NAME_CUES) and s not in drawn]


def law_candidates() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for law in sorted((CORPUS / "zh-docs/prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"law23-{law.stem}", s) for s in zh_sentences(para)
                    if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return first_occurrences(out)


DRAWS = [(national_candidates, 24241, 90), (provincial_candidates, 24242, 100), (provincial_name_candidates, 24243, 90),
         (law_candidates, 24244, 20)]


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
    # Labelled blind, by reading only, per the "Labelling rules" of README.md (following the recommendations of "Where the
    # sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout22.py (NEW h7 … NEW h22
    # included): no extractor, segmenter or NER/POS tool was run on these sentences and no prediction was seen.
    # Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence (see build.spans).
    # Comments on an item record how an ambiguous case was decided; those marked NEW h23 are decisions no earlier set had
    # to make. #NNN = position in the seeded order. No sampled sentence was garbled, so no replacement was drawn.
    # -- national reports (all years): Random(24241).sample(…, 90), in sampled order
    ('nat23', '公立医院改革试点县市达到1300多个。',
     ''),
    ('nat23', '我们同意就人权问题进行正常的国际讨论。',
     ''),
    ('nat23', '生铁、钢、煤炭、发电设备、机车、汽车、动力机械等产品的产量，都比一九五七年增长一倍以上，其中生铁和钢包括一部分土铁土钢。',
     'date:一九五七年'),
    ('nat23', '广大公务员兢兢业业、勤勉尽责，为保增长、保民生、保稳定作出了积极贡献。',
     ''),
    ('nat23', '（五）推进以人为核心的新型城镇化。',
     ''),
    ('nat23', '财政部门要尽力帮助经济部门发展生产，增加收入；',
     ''),
    ('nat23', '五是进一步改善对就业的公共服务。',
     ''),
    ('nat23', '保障教师特别是乡村教师工资待遇。',
     ''),
    ('nat23', '大力开展以节能为中心的技术改造。',
     ''),
    # #009 cut by the split at a line break (it ends in 沒), with a few traditional characters; readable, kept; 共产党 is
    # the party's name (NEW h11); 人民政府 (the people's government) is generic (holdout7 law7 #015)
    ('nat23', '由于各种条件的成熟，由于共产党和人民政府的正确領导，由于全国人民的努力，在这样一个大革命的过程里，社会财产沒',
     'org:共产党'),
    ('nat23', '我们必须坚持“抓革命，促生产，促工作，促战备”的方针，把阶级斗争、生产斗争和科学实验三大革命运动一齐抓起来。',
     ''),
    ('nat23', '职工实际平均工资平均每年增长百分之四左右，加上就业人口的增加，城市居民的年平均收入的增长率将高于这个数字。',
     ''),
    ('nat23', '筹款、集资也要防止失去控制，防止信用膨胀。',
     ''),
    ('nat23', '如果少数人、个别人可以不服从大多数人的决定，不服从忠实地代表大多数人的组织所规定的纪律，下级可以不服从上级，那就根本不是社会主义民主，而是社会主义民主所必须纠正和制止的反民主行为、反社会行为。',
     ''),
    ('nat23', '大力实施再就业工程，确保国有企业下岗职工基本生活费和离退休人员基本养老金按时足额发放，坚持按保护价敞开收购农民余粮，从总体上维护了社会稳定和经济持续增长。',
     ''),
    ('nat23', '加大节能减排力度，控制能源消费总量，今年能源消耗强度要降低3.9%以上，二氧化硫、化学需氧量排放量都要减少2%。',
     ''),
    ('nat23', '各地方群众中行之有效的增产经验，也应该积极地和逐步地加以推广。',
     ''),
    ('nat23', '出口商品结构的调整取得较大进展，工业制成品的出口比重不断上升。',
     ''),
    ('nat23', '促进优质医疗资源扩容下沉和区域均衡布局，实施医疗卫生强基工程。',
     ''),
    ('nat23', '要认真总结经验，逐步改革和完善企业管理体制和计划、物资、财政的管理体制。',
     ''),
    ('nat23', '长期形成的结构性矛盾和增长方式粗放问题仍然突出。',
     ''),
    ('nat23', '在必要的时候，国家将给以财力和物力的帮助。',
     ''),
    # #022 我国 is a self-reference
    ('nat23', '在财政收支矛盾较大情况下，着眼“放水养鱼”、增强后劲，我国率先大幅减税降费。',
     ''),
    ('nat23', '大力推进高等教育管理体制改革，通过共建、调整、合作、合并等形式，合理配置和充分利用教育资源，提高教育质量和办学效益。',
     ''),
    # #024 国家自主创新示范区 is a programme zone and a category
    ('nat23', '把国家自主创新示范区股权激励、科技成果处置权收益权改革等试点政策，扩大到更多科技园区和科教单位。',
     ''),
    ('nat23', '在这个过程中，我们深化了对经济工作的规律性认识，进一步认识到党中央集中统一领导是做好经济工作的根本保证，必须统筹好有效市场和有为政府、总供给和总需求、培育新动能和更新旧动能、做优增量和盘活存量、提升质量和做大总量的关系。',
     'org:党中央'),
    ('nat23', '必须紧紧抓住经济建设这个中心。',
     ''),
    ('nat23', '只有人民监督政府，政府才不会懈怠。',
     ''),
    # #028 西部 and 中西部地区 are compass regions (README *Where the sets disagree* 2); 我国 a self-reference
    ('nat23', '实施西部大开发战略，加快中西部地区发展，是我国迈向现代化建设第三步战略目标的重要部署。',
     ''),
    # #029 中国 in 中国人民 and 日本 in 日本人民 (dev)
    ('nat23', '中国人民欢迎日本人民为了发展两国人民友好关系所作的巨大努力。',
     'place:中国 | place:日本'),
    ('nat23', '我们面临着新的困难和严峻挑战。',
     ''),
    ('nat23', '在我国，要大力发展社会主义的商品生产和商品交换。',
     ''),
    # #032 党的十二大 (the party's twelfth congress) is an event, as 十三大 (holdout22)
    ('nat23', '这在党的十二大已经提出了一个总的纲领，今后需要逐步加以落实。',
     ''),
    ('nat23', '一时难以解决的，要努力创造条件逐步加以解决。',
     ''),
    ('nat23', '促进社会组织、专业社会工作、志愿服务健康发展。',
     ''),
    ('nat23', '各地要因地制宜地搞好中、小水利工程，认真抓好坡地、盐碱地、红壤土等低产田的治理。',
     ''),
    # #036 去年 is relative; 我国 a self-reference
    ('nat23', '去年是我国外交工作开创新局的一年。',
     ''),
    # #037 党的二十大 and the plenum are events (holdout13 nat13 #027)
    ('nat23', '一年来，我们深入学习贯彻党的二十大和二十届二中全会精神，按照党中央决策部署，主要做了以下工作。',
     'org:党中央'),
    ('nat23', '国内产业结构矛盾十分突出，国有企业职工大量下岗；',
     ''),
    # #039 经济特区 is generic (holdout19); the new districts are taken whole with their cities (README)
    ('nat23', '继续发挥经济特区、上海浦东新区作用，推进天津滨海新区等条件较好地区开发开放。',
     'place:上海浦东新区 | place:天津滨海新区'),
    ('nat23', '各级政府都要建立健全民主的科学的决策制度，虚心听取各方面的意见，集思广益，不断提高决策水平。',
     ''),
    # #041 两岸 is no name; the framework agreement is not labelled (README: agreements)
    ('nat23', '要全面深化经济金融合作，推动两岸经济合作框架协议后续商谈取得新进展。',
     ''),
    ('nat23', '深入开展环保专项治理，解决了一些危害群众健康的环境问题。',
     ''),
    # #043 中部地区 is a compass region (README *Where the sets disagree* 2)
    ('nat23', '中部地区要发挥区位优势和综合资源优势，加快经济发展步伐。',
     ''),
    # #044 国民党 is an org (holdout8 zh8 #006: 国民党反动派); 帝国主义 is no name; 我国 a self-reference
    ('nat23', '全国解放之前，我国国民经济受到了帝国主义和国民党反动派的残酷掠夺和严重破坏，人民的生活痛苦不堪。',
     'org:国民党'),
    ('nat23', '制定加强进口、促进贸易平衡的指导意见，完善进口政策，搭建更多的进口促进平台，推动进出口平衡发展。',
     ''),
    # #046 中央财政: 中央 as an attribute (README)
    ('nat23', '抗灾救灾工作全面加强，中央财政五年支出551亿元，受灾群众生产生活得到妥善安排。',
     ''),
    ('nat23', '固定资产投资增长幅度由上年的百分之五十八点六回落到百分之二十七点八，增长过快的势头初步得到遏制，投资结构有所改善。',
     ''),
    ('nat23', '高等教育有新的发展，五年共培养本科和专科毕业生５８４万人，研究生１７．２万人。',
     ''),
    ('nat23', '正因为这样，我们有充分的理由相信，通过坚定不移地推进改革，新旧体制交潜中出现的问题是一定能够解决的。',
     ''),
    ('nat23', '企业管理体制、经营机制和思想观念不适应市场经济发展的要求。',
     ''),
    ('nat23', '继续实施农村和贫困地区专项招生计划。',
     ''),
    ('nat23', '坚持实行“支持留学、鼓励回国、来去自由”的政策，建立留学人员创业园，资助科研与创业，吸引了大批海外留学人员回国。',
     ''),
    ('nat23', '做到了这些，就将为召开所有核国家参加的、具有广泛代表性的核裁军国际会议创造必要的条件。',
     ''),
    # #054 中苏 is a pair of one-character abbreviations (README)
    ('nat23', '但是，我们历来认为，这种争论不应妨碍中苏两国正常的国家关系。',
     ''),
    # #055 in traditional characters; readable, kept
    ('nat23', '对資本主义工商業的社会主义改造，是經过了从加工訂貨、統購包銷到部分的公私合营再到全行業的公私合营的發展过程。',
     ''),
    # #056 中国 in 中国人, as in 中国人民 (README)
    ('nat23', '近14亿中国人的饭碗，必须牢牢端在自己手上。',
     'place:中国'),
    ('nat23', '切实加强水利基础设施建设，推进大江大河重要支流、湖泊和中小河流治理，明显提高基本农田灌溉、水资源有效利用水平和防洪能力。',
     ''),
    ('nat23', '第一，基本建设规模的大小问题。',
     ''),
    ('nat23', '第二，必须坚持落实科学发展观。',
     ''),
    ('nat23', '国有企业、农村、投融资、生态文明等领域改革有序推进，全面深化改革的成效正在显现。',
     ''),
    ('nat23', '全面放开粮食购销市场，加快国有粮食企业改革，加强粮食市场管理和调控，对种粮农民实行直接补贴。',
     ''),
    ('nat23', '全面建立临时救助制度，城乡低保标准分别提高9.97%和14.1%，残疾军人、烈属和老复员军人等优抚对象抚恤和生活补助标准提高20%以上。',
     ''),
    # #063 我国 is a self-reference
    ('nat23', '同时，我们根据形势的发展变化，对一些具体政策和措施，进行及时的调整、充实和发展，使之更加切合实际，更好地体现了我国对外政策的总方针。',
     ''),
    # #064 中国 inside the quoted slogans and in 中国经济 is labelled each time (README: 中国 in 中国特色)
    ('nat23', '要大力弘扬工匠精神，厚植工匠文化，恪尽职业操守，崇尚精益求精，完善激励机制，培育众多“中国工匠”，打造更多享誉世界的“中国品牌”，推动中国经济发展进入质量时代。',
     'place:中国 | place:中国#2 | place:中国#3'),
    # #065 in traditional characters: 中國 as written (README)
    ('nat23', '中國在國外約有一千二百萬僑民。',
     'place:中國'),
    ('nat23', '深化集体林权、农垦、供销社、农业水价等改革。',
     ''),
    ('nat23', '已淘汰的生产能力，绝不能以任何借口和形式恢复生产。',
     ''),
    # #068 the steel works are named enterprises (the sentence calls them 冶金企业), orgs taken whole with their places, as
    # 第一汽车制造厂 (holdout22); 浙江杭县 and 福建三明 are contiguous hierarchies inside the names, not labelled again
    ('nat23', '今年地方新建和扩建的十四个冶金企业，有乌鲁木齐八一钢铁厂，南京钢铁厂，浙江杭县钢铁厂，福建三明钢铁厂，江西钢铁厂，广州钢铁厂，贵阳钢铁厂，等等。',
     'org:乌鲁木齐八一钢铁厂 | org:南京钢铁厂 | org:浙江杭县钢铁厂 | org:福建三明钢铁厂 | org:江西钢铁厂 | org:广州钢铁厂 | org:贵阳钢铁厂'),
    ('nat23', '在发表和演出后，还可以倾听群众意见，加以修改和提高。',
     ''),
    ('nat23', '有的可以到基层任职，充实工商管理、税务、政法等部门。',
     ''),
    ('nat23', '完善和强化农业支持政策，接续推进脱贫地区发展，促进农业丰收、农民增收。',
     ''),
    ('nat23', '政府职能转变不到位，一些领域腐败现象易发多发。',
     ''),
    ('nat23', '粮食实现增产，生猪产能加快恢复，乡村建设稳步展开，农村人居环境整治成效明显。',
     ''),
    # #074 the programme (全国农业发展纲要修正草案) is not labelled (holdout17 nat17 #027)
    ('nat23', '根据自己的条件，在一个省的范围内，有多少个县在今年、明年和以后的年度内，达到全国农业发展纲要修正草案所提出的一九六七年的指标，由省和自治区做出规划；',
     'date:一九六七年'),
    # #075 NEW h23: 国家科技教育领导小组 (the State Leading Group for Science, Technology and Education), which the State
    # Council set up (成立) under this proper name, is one named body, an org, unlike a generic reference to a leading body in
    # a law (国家反恐怖主义工作领导机构, README); 中央财政: 中央 as an attribute
    ('nat23', '国务院成立了国家科技教育领导小组，加强对科技教育工作的指导，中央财政较多地增加了对科教的投入。',
     'org:国务院 | org:国家科技教育领导小组'),
    ('nat23', '我们是六万万人口的大国，如果每个人每年增加一元钱的购买力，全国人民的购买力就增加六亿元，国家也就必须相应地增加六亿元消费资料的供应。',
     ''),
    ('nat23', '我们对企业不能再回到过去统收统支的老路上去。',
     ''),
    # #078 人民代表大会 (the people's congress, here the body the government answers to) is an org as 人大 in the same
    # sentence pattern (holdout13 nat13 #072); 其常委会, 民主党派, 无党派人士 and 各人民团体 are generic (README); 人民政协 and
    # 工商联 are orgs
    ('nat23', '要自觉接受人民代表大会及其常委会的监督，接受人民政协的民主监督，认真听取民主党派、工商联、无党派人士和各人民团体的意见。',
     'org:人民代表大会 | org:人民政协 | org:工商联'),
    # #079 cut by the split before a quotation (it ends in “); readable, kept
    ('nat23', '各地区、各部门不断增强政治意识、大局意识、核心意识、看齐意识，推动全面建成小康社会取得新的重要进展，全面深化改革迈出重大步伐，全面依法治国深入实施，全面从严治党纵深推进，全年经济社会发展主要目标任务圆满完成，“',
     ''),
    ('nat23', '当今世界处于复杂而深刻的变动之中。',
     ''),
    # #081 in traditional characters; the organs are generic (README)
    ('nat23', '爲了保衞我們的國家建設事業不受破壞，必須加强國家的公安機關、檢察機關和審判機關，必須加强立法工作和革命的法制。',
     ''),
    ('nat23', '抓紧实施户籍制度改革，落实放宽户口迁移政策。',
     ''),
    ('nat23', '要特别注意控制与广大人民群众生活密切相关的基本消费品价格和服务收费的上涨幅度。',
     ''),
    ('nat23', '国际形势正在发生复杂而深刻的变化。',
     ''),
    ('nat23', '通过政策支持、加强信息服务和技术服务，引导农民按照市场需求调整种植结构、品种结构，发展畜牧业和水产养殖业，推进农业生产区域布局调整。',
     ''),
    ('nat23', '完善市场监督机制，运用现代科技手段，加大监管力度。',
     ''),
    ('nat23', '国家在平衡财政收支和稳定物价这些方面所取得的重大成就，对于国民经济的迅速恢复和人民生活的改善，起了显著的作用。',
     ''),
    ('nat23', '在工农业总产值中，工业和手工业所占的比重，一九五二年为百分之四十一点五，一九五七年上升为百分之五十六点五。',
     'date:一九五二年 | date:一九五七年'),
    # #089 a section heading without a final stop; kept
    ('nat23', '三、加快建立社会主义市场经济体制',
     ''),

    # -- the 31 provinces' 2025 reports: Random(24242).sample(…, 100), in sampled order
    # #000 沿边地区 is generic
    ('prov23-heilongjiang', '加快沿边地区产业布局和园区建设，打造跨境产业链和产业集聚带。',
     ''),
    # #001 浙江 inside the quoted campaign and brand names is labelled (as 福建 in 美丽福建)
    ('prov23-zhejiang', '践行社会主义核心价值观，发展社会主义先进文化，弘扬革命文化，加强公民道德建设，实施“美在浙江”培塑行动，持续擦亮“最美浙江人”品牌。',
     'place:浙江 | place:浙江#2'),
    # #002 the conference is an event with no name inside
    ('prov23-heilongjiang', '持续开展夏季避暑和冬季冰雪旅游“百日行动”，推出更多好线路、好产品、好活动，办好第七届旅游产业发展大会。',
     ''),
    ('prov23-jilin', '持续推进碳市场建设，全流程规范自愿减排项目建设及碳汇交易活动。',
     ''),
    # #004 我区 is a self-reference; the demonstration zone is a programme zone and the two bases are bases (README): only
    # the places in them
    ('prov23-inner_mongolia', '加强资源循环利用，我区风电光伏设备即将迎来“退役潮”，要高效做好回收利用，支持建设包头风电退役装备资源化再利用示范区、鄂尔多斯高铝粉煤灰和再生铝资源利用基地、锡林郭勒工业固废综合利用基地，在多个领域实现“变废为宝”。',
     'place:包头 | place:鄂尔多斯 | place:锡林郭勒'),
    ('prov23-beijing', '六是用心用情办好民生实事，让人民群众得到更多实惠。',
     ''),
    # #006 辽西地区 as 皖北地区 (holdout19) and 渝西地区 (README *Where the sets disagree* 2, 3); 京津冀 alone is not labelled
    # (README)
    ('prov23-liaoning', '辽西地区承接京津冀项目232个。',
     'place:辽西地区'),
    ('prov23-shanxi', '实施重点领域、重点行业、城乡基层和中小微企业就业支持计划，开展青年群体就业创业赋能行动，做好高校毕业生、农民工、脱贫人口等重点群体就业，以工代赈吸纳低收入群众务工，常态化开展就业援助。',
     ''),
    # #008 as holdout3 prov3org #019: 省人民政府, 人大 and 政协 (in 人大代表, 政协委员), 人民解放军 and 武警部队 are orgs; 驻赣 holds
    # the abbreviation 赣; 民主党派, 人民团体 and 中央驻赣单位 are generic
    ('prov23-jiangxi', '我代表省人民政府，向全省人民，向各位人大代表、政协委员，向各民主党派、人民团体和各界人士，向驻赣人民解放军指战员、武警部队官兵、公安干警、消防救援队伍指战员，向中央驻赣单位，向所有关心支持江西发展的海内外朋友，致以崇高敬意和衷心感谢！',
     'org:省人民政府 | org:人大 | org:政协 | org:人民解放军 | org:武警部队 | place:江西'),
    # #009 “渝康家园” holds the abbreviation 渝
    ('prov23-chongqing', '积极构建社会救助服务联合体，建成“渝康家园”1800余个，城乡低保、儿童福利、残疾人“两项补贴”等标准稳步提升。',
     ''),
    # #010 成渝地区双城经济圈 is a named economic region taken whole (holdout19 prov19 #073)
    ('prov23-chongqing', '成渝地区双城经济圈建设成势见效。',
     'place:成渝地区双城经济圈'),
    # #011 科协 is an abbreviated name of a specific body (holdout8 zh8 #010); 红十字 (the Red Cross) is labelled as in
    # 红十字救护员 (README); 工会 is not labelled (README)
    ('prov23-gansu', '国防动员、退役军人、统计调查、机关事务、广播电视、社会科学、文史档案、供销合作、地震气象等工作扎实推进，工会、青少年、妇女、儿童、老龄、慈善、科协、红十字等事业取得新进展。',
     'org:科协 | org:红十字'),
    ('prov23-inner_mongolia', '农业领域关键是抓好高效节水灌溉，深化农业水价综合改革，新建高效节水灌溉面积200万亩，创建节水增粮推进县20个，力争新增节水2.7亿立方米以上。',
     ''),
    ('prov23-liaoning', '在攻坚克难中，我们坚定超越信心！',
     ''),
    ('prov23-sichuan', '严格建设用地土壤环境准入管理，加强重点行业企业土壤污染防控。',
     ''),
    ('prov23-guangxi', '完成植树造林434万亩，新增国家储备林185万亩，修复和新造红树林1.7万亩。',
     ''),
    ('prov23-jiangxi', '有序推进水、能源、交通等领域价格改革。',
     ''),
    # #017 a section heading without a final stop; kept
    ('prov23-shanxi', '（一）聚焦推动经济持续回升向好，全方位扩大有效需求',
     ''),
    ('prov23-anhui', '加快发展空天信息产业，推进基础设施、制造集群、应用场景一体化发展。',
     ''),
    ('prov23-liaoning', '沈阳、大连入选国家首批制造业新型技术改造城市试点。',
     'place:沈阳 | place:大连'),
    ('prov23-inner_mongolia', '稳妥推进第二轮土地承包到期后再延长30年试点，统筹推进林业、农垦和供销社等改革。',
     ''),
    ('prov23-hubei', '坚持绿水青山就是金山银山，推动建立在资源节约和环境友好基础上的“绿色增长”，建设人与自然和谐共生的美丽湖北。',
     'place:湖北'),
    # #022 NEW h23: an 经济特区 (special economic zone) is a programme zone, as 自贸试验区 and 综合保税区 (holdout13), and
    # 经济特区 alone is generic (holdout19): only 汕头 in 汕头经济特区; 琼州海峡 is a sea area (README); in 汕头、湛江临港经济区 the
    # first zone's 临港经济区 is elided: 汕头 as written (as 泰安 in 泰安、德州机场) and the named development area
    # 湛江临港经济区 taken whole with its city (README)
    ('prov23-guangdong', '争取国家出台政策支持汕头经济特区高质量发展、推动琼州海峡协同高质量发展，加快汕头、湛江临港经济区建设。',
     'place:汕头 | place:琼州海峡 | place:汕头#2 | place:湛江临港经济区'),
    ('prov23-tianjin', '推进第二轮土地承包到期后再延长三十年6个整镇试点。',
     ''),
    ('prov23-shanxi', '在全国率先实现普惠托育机构补助全覆盖。',
     ''),
    ('prov23-liaoning', '确定这样的目标，是积极的、务实的，是民心所向、我们所能，既立足资源禀赋、发展基础，也考虑了政策支撑、发展机遇；',
     ''),
    ('prov23-tianjin', '提质扩面农村产业融合片区，建好19个国家级农业产业融合发展载体，培育10家引领型链主企业。',
     ''),
    # #027 国家物流枢纽经济区 is a designation
    ('prov23-chongqing', '制定降低全社会物流成本行动方案，打造国家物流枢纽经济区，力争枢纽通道联运量增长20%。',
     ''),
    # #028 汉江国家实验室 is one named lab, an org (as 怀柔国家实验室, holdout13); 全国重点实验室 is a category; 湖北实验室
    # here is the title of a class of provincial labs (扩容, more of them), not one lab: not an org, 湖北 inside it labelled
    # (as 天府实验室, holdout11); the facilities and the plan period are not labelled
    ('prov23-hubei', '做强高能级科创平台，加快汉江国家实验室建设，推进全国重点实验室提质增效、湖北实验室扩容提档，争取农业微生物、碳捕集封存与利用、极低频探地二期等重大科技基础设施纳入国家“十五五”规划。',
     'org:汉江国家实验室 | place:湖北'),
    # #029 全区 is a self-reference
    ('prov23-guangxi', '初步预计，全区地区生产总值增长4.2%左右，一、二、三产业增加值分别增长4%、5.3%、3.4%，外贸进出口总额增长9.4%，一般公共预算收入增长3%，粮食产量280.76亿斤。',
     ''),
    ('prov23-hubei', '强化投资项目绩效综合评价改革，全省“三库”项目达到7.7万个、总投资42.7万亿元，项目结算率、决算率和通过率均提高20个百分点以上。',
     ''),
    ('prov23-shandong', '严守耕地红线，坚决遏制耕地“非农化”，防止永久基本农田“非粮化”。',
     ''),
    ('prov23-shanxi', '“一老一小”普惠补贴、扶残助学、消化道健康筛查等15件民生实事全部兑现。',
     ''),
    ('prov23-sichuan', '倡导践行“清简务本、行必责实”。',
     ''),
    ('prov23-guangdong', '加强古树名木保护，抓好森林防火和有害生物防治。',
     ''),
    # #035 a section heading; 中国 in 美丽中国 (README); 上游 taken with the river (holdout9)
    ('prov23-chongqing', '（六）聚力打造美丽中国建设先行区，在筑牢长江上游重要生态屏障上实现新作为。',
     'place:中国 | place:长江上游'),
    ('prov23-gansu', '持续开展基层医疗机构达标创建。',
     ''),
    ('prov23-gansu', '实施卫生健康为民服务15项实事。',
     ''),
    ('prov23-anhui', '坚持把党的全面领导贯穿政府工作各领域全过程，巩固拓展主题教育成果，扎实开展党纪学习教育。',
     ''),
    ('prov23-shanxi', '推进县域内城乡融合发展，健全常住地提供基本公共服务制度，促进更多农业转移人口到县城就业安家。',
     ''),
    ('prov23-beijing', '加大促投资真抓实干激励力度，全市固定资产投资实现较快增长，开工备案项目比例达到1∶3.4，创近年新高；',
     ''),
    # #041 南北山 (the south and north hills, of Lhasa, in the project's name) is a compass word with the generic 山, no name:
    # not labelled
    ('prov23-tibet', '南北山绿化工程累计完成营造林、播种造林、巩固提升近70万亩。',
     ''),
    # #042 the expressways and their sections are roads (README), named with abbreviations: not labelled
    ('prov23-inner_mongolia', '建成S22白永段、S29呼凉高速，开工建设G0616海乌段、G1817乌巴段、S27呼鄂高速；',
     ''),
    # #043 中欧 is a pair of abbreviations
    ('prov23-jiangxi', '稳定开行中欧、铁海联运班列和江海联运航班，积极拓展国际航空客货运航线。',
     ''),
    ('prov23-guangxi', '农村是中国式现代化最广泛最深厚的基础，我们要接续奋斗，加快建设宜居宜业和美乡村!',
     'place:中国'),
    ('prov23-zhejiang', '实施提振消费专项行动，力争社会消费品零售总额增长5%以上。',
     ''),
    # #046 云南 inside the quoted slogans is labelled each time
    ('prov23-yunnan', '“有一种叫云南的生活”叫响全国，实现旅游总花费1.14万亿元，婚拍旅拍、户外运动等蓬勃发展，过境免签扩展到9个州（市）并延长至240小时、接待入境过夜游客增长168%，旅居人数达389.75万、增长20.7%，“旅居云南”成为新时尚。',
     'place:云南 | place:云南#2'),
    # #047 the season and the festival are events, the places inside labelled; the award is not labelled, 天山 (the
    # Tianshan mountains) inside it is (as 中国 in 中国新闻奖, README)
    ('prov23-xinjiang', '举办首届中国新疆民间艺术季、第二届新疆文化艺术节，设立颁发“天山文学奖”。',
     'place:中国 | place:新疆 | place:新疆#2 | place:天山'),
    # #048 the census is an event; in 万山朱砂矿 the mine is a site, not labelled, the district 万山 is (as 铜锣山 in
    # 铜锣山矿区, holdout15); the fossil group is no place: only 贵州
    ('prov23-guizhou', '加强文物保护利用和文化遗产保护传承，推进第四次全国文物普查，加快万山朱砂矿系列文化遗产、贵州三叠纪化石群申遗。',
     'place:万山 | place:贵州'),
    ('prov23-zhejiang', '巩固提升数字经济优势，积极推进数字产业化和产业数字化，数字经济核心产业增加值增长8%左右，规上工业企业数字化改造实现全覆盖。',
     ''),
    # #050 the conferences are events, the orgs inside them labelled: 国际原子能机构 (the IAEA) and 国际大坝委员会 (ICOLD) are
    # standing international bodies
    ('prov23-sichuan', '办好第二届“一带一路”科技交流大会、国际技术转移对接会、第30届国际原子能机构聚变能大会和国际大坝委员会第28届大会。',
     'org:国际原子能机构 | org:国际大坝委员会'),
    ('prov23-guizhou', '加快发展酸汤、特色饮品等生态食品产业。',
     ''),
    # #052 京津 is a pair of abbreviations
    ('prov23-hebei', '坚决扛起政治责任，在对接京津、服务京津中加快发展自己。',
     ''),
    # #053 临港新片区 (the Lingang New Area, with its own administration) is a named development area taken whole, as
    # 横琴粤澳深度合作区 (holdout7); the special comprehensive bonded zone is a programme zone (holdout13): only 洋山
    ('prov23-shanghai', '临港新片区新一轮市级支持政策制定实施，洋山特殊综合保税区扩区区域封关验收，全国首单国产飞机跨境人民币融资租赁出口等业务顺利完成，全国首创制度性创新案例新增22个、累计达到70个。',
     'place:临港新片区 | place:洋山'),
    ('prov23-anhui', '（十）切实办好民生实事，不断提高人民生活水平。',
     ''),
    # #055 “贵烟” is a brand built of the abbreviation 贵
    ('prov23-guizhou', '持续提升“贵烟”品牌影响力和市场占有率。',
     ''),
    ('prov23-ningxia', '建立跨区域协同机制，打破行政区划限制，支持发展“飞地经济”及产业园区共建共享，努力走出一条差异化特色化协同化发展的新路子。',
     ''),
    ('prov23-shanxi', '完善电力现货市场体系，健全绿电交易机制。',
     ''),
    ('prov23-guangdong', '支持国防和军队现代化建设，深化跨军地改革，健全国防建设军地对接机制，推动拥军支前走深走实。',
     ''),
    # #059 “33618” is a count
    ('prov23-chongqing', '做大做强“33618”现代制造业集群。',
     ''),
    # #060 a section heading; kept
    ('prov23-hubei', '（四）聚力推改革，动力活力更加强劲。',
     ''),
    # #061 长吉图 is a string of abbreviations, and the pilot zone, the trial zone and the demonstration zone are programme
    # zones: only the places in them; 东北亚地区 is a world region with its area word (README)
    ('prov23-jilin', '实施好长吉图开发开放先导区战略，支持延吉－长白重点开发开放试验区、珲春海洋经济发展示范区等建设，促进珲春与东北亚地区港口城市互联互通。',
     'place:延吉 | place:长白 | place:珲春 | place:珲春#2 | place:东北亚地区'),
    ('prov23-guangxi', '谋划一批事关长远发展的重大工程、重大项目、重大事项。',
     ''),
    ('prov23-shanxi', '习惯过紧日子，兜牢基层“三保”底线，深化零基预算改革，提高财政资金使用效益。',
     ''),
    ('prov23-hunan', '我们要事不避难主动干，直面问题不回避，应对挑战不退缩，坚决防止“躺平”思想，时刻保持攻坚状态，在化解矛盾中体现忠诚、在迎接挑战中主动作为、在推动发展中彰显担当。',
     ''),
    ('prov23-qinghai', '推进体教融合和新型足球学校建设试点，加强竞技体育人才培养，完善全民健身公共服务体系，办好高原马拉松、“村字号”等文体活动，让各族群众生活更加多姿多彩。',
     ''),
    # #066 the provincial science fund is a fund (README); the talent programmes are not labelled
    ('prov23-fujian', '用心用情育才，开展产业领军团队、“雏鹰计划”青年拔尖人才等项目遴选，设立省青年科学基金、首批立项513个，新增国家高层次人才特殊支持计划专家23人、国家杰青10人。',
     ''),
    ('prov23-hebei', '科技特派团助力企业攻克关键技术难题216项，新增国家级高新技术企业超800家，科技型中小企业总数达2.49万家。',
     ''),
    # #068 渤海 inside 环渤海 (around the Bohai) is a name inside a longer term (README); 京企 and 京冀 are built of
    # abbreviations; 北方国际航运枢纽 is a status, 北方 a compass word
    ('prov23-tianjin', '做强港口服务功能，深化环渤海港口协同联动，推出京企港口运输和航运类、外向型头部企业航运定制化服务，强化同京冀空港、陆港衔接，提升北方国际航运枢纽服务能力。',
     'place:渤海'),
    # #069 南北疆 (southern and northern Xinjiang, written as one word) is one place, as 粤东西北 (holdout19) and 北疆 (README);
    # 两大流域管理局 is counted and generic
    ('prov23-xinjiang', '水资源管理体制改革进一步深化，落实河湖长制，整合流域管理机构，组建南北疆两大流域管理局，试点开展水库清淤造田，促进水资源集约节约高效利用，全年供水、水库蓄水、生态补水分别增加2.34亿立方米、13.88亿立方米、51.92亿立方米。',
     'place:南北疆'),
    ('prov23-heilongjiang', '加快文旅融合、商旅融合、体旅融合、数旅融合，丰富休闲度假产品，开发生态康养、自驾露营等“特新精优”旅游产品。',
     ''),
    # #071 援青 holds the abbreviation 青; 东西部 is a compass phrase (README)
    ('prov23-qinghai', '对口援青和东西部协作升级加力，实施优质项目759个。',
     ''),
    # #072 流域 directly after a river is taken with it (README); NEW h23: a named nature reserve (木兰溪源国家级自然保护区) is
    # a named protected area, a place taken whole as a national park is (README, also while being created, holdout13 prov13
    # #005), its level word 国家级 part of the name; 闽江河口湿地 is a named wetland taken whole, as 黄河首曲湿地 (holdout10)
    ('prov23-fujian', '共护碧水，巩固闽江流域治理成果，深化九龙江流域综合治理，支持创建木兰溪源国家级自然保护区，推进闽江河口湿地申报世界自然遗产，强化饮用水源和地下水资源保护，主要流域国控断面优良水质比例100%。',
     'place:闽江流域 | place:九龙江流域 | place:木兰溪源国家级自然保护区 | place:闽江河口湿地'),
    # #073 中部 is a compass region
    ('prov23-shanxi', '加快推进中部城市群高质量发展。',
     ''),
    ('prov23-jilin', '府院联动和府会联动机制不断深化。',
     ''),
    ('prov23-guizhou', '持续拓宽“两山”转换路径，推进生态产品总值核算改革，探索建立生态产品核算、交易机制。',
     ''),
    # #076 the railways are not labelled (README); 池州机场 is an airport; the logistics hubs are designations: only the
    # cities
    ('prov23-anhui', '池黄高铁、宣绩高铁、池州机场改扩建投入运营，高速公路实现“县城通”，阜阳商贸服务型、安庆港口型国家物流枢纽获批建设。',
     'place:池州机场 | place:阜阳 | place:安庆'),
    # #077 蜀 and 川 are one-character abbreviations
    ('prov23-sichuan', '启动实施“消费+”行动，发放“蜀里安逸”消费券超过5亿元，组织“乐购全川”系列消费促进活动2万余场，发放超亿元的新生开学季、重阳节孝亲敬老“大礼包”；',
     ''),
    ('prov23-zhejiang', '新增农村物流综合性服务站点500个，开通客货邮融合线路100条以上。',
     ''),
    # #079 the car makers are companies (README)
    ('prov23-tianjin', '服务一汽丰田、一汽大众、长城汽车加快适销新车型供给，重点推动汽车配套产业转型升级，积极融入国内新能源和智能网联车头部企业、新势力企业的配套供应链；',
     'org:一汽丰田 | org:一汽大众 | org:长城汽车'),
    ('prov23-shandong', '我们扛牢全面从严治党政治责任，巩固拓展主题教育成果，扎实开展党纪学习教育，切实抓好群众身边不正之风和腐败问题集中整治，持续加强党风廉政建设。',
     ''),
    ('prov23-sichuan', '坚持把高校毕业生就业作为重中之重，稳定农民工转移就业规模，做好退役军人就业服务，加强对大龄、残疾、较长时间失业等就业困难群体的帮扶，全覆盖落实失业人员“一对一”就业帮扶，确保零就业家庭动态清零。',
     ''),
    # #082 the musical, the film and the dance drama are titles; 谯国夫人 is a noble title, not a personal name (as 关圣,
    # holdout13); 粤剧 holds the abbreviation 粤; the award is not labelled
    ('prov23-guangdong', '举办百场艺术精品展演，推出音乐剧《雄狮少年》、粤剧电影《谯国夫人》等精品力作，舞剧《咏春》等4部作品获全国精神文明建设“五个一工程”优秀作品奖。',
     ''),
    ('prov23-shandong', '城乡低保标准分别增长7%和9%。',
     ''),
    ('prov23-guangxi', '落实巩固脱贫成果“提级帮扶”，加强产业、就业帮扶，确保不发生规模性返贫致贫。',
     ''),
    # #085 “易的PASS” is an app
    ('prov23-shanghai', '智能交通“易的PASS”等“一网统管”标杆应用优化升级，城市运行数字体征系统进一步完善，基层治理数字化平台实现居村全覆盖。',
     ''),
    ('prov23-chongqing', '建立风险智能监测预警体系，健全城市生命线基础设施安全运行保障机制，加强“数字管线”应用实战运行。',
     ''),
    ('prov23-yunnan', '深入推进安全生产治本攻坚，强化交通、工程施工、矿山、城镇燃气、自建房等重点领域隐患排查整治，坚决防范重特大事故。',
     ''),
    ('prov23-guizhou', '用好地方政府专项债券资金，加大存量闲置土地盘活力度。',
     ''),
    ('prov23-chongqing', '推进45个重点领域信用分级分类监管，强化政府和企业“双兑现”履约。',
     ''),
    # #090 the comprehensive bonded zone is a programme zone (holdout13): only the airport with its city, one span (as
    # 成都天府国际空港, holdout13); 二期 is a phase
    ('prov23-hebei', '北京大兴国际机场综保区二期通过验收。',
     'place:北京大兴国际机场'),
    ('prov23-jiangxi', '出台未来产业培育发展行动方案，在六大领域开展前瞻布局。',
     ''),
    ('prov23-ningxia', '国家高新技术企业、科技型中小企业和专精特新“小巨人”企业增长82%。',
     ''),
    ('prov23-hunan', '持续提升住宿餐饮消费，全年新增限额以上批零住餐企业1000家以上。',
     ''),
    ('prov23-shanghai', '启动实施林业综合改革，新增森林3.1万亩。',
     ''),
    ('prov23-liaoning', '深化开发区体制机制改革，明晰职责和功能定位，精准放权赋能，做强主责主业，打造高质量发展的先行区和示范区。',
     ''),
    ('prov23-liaoning', '深化农村改革，探索发展新型农村集体经济，推进新型农业经营主体提质增效。',
     ''),
    # #097 a numbered note explaining a term of the report (as zh14-prov-sichuan #022); kept
    ('prov23-sichuan', '20.失能老人“健康敲门行动”：四川开展的老年人健康促进行动，组织基层医疗卫生机构家庭医生团队，为失能老年人免费上门提供健康管理、康复护理等健康服务及指导。',
     'place:四川'),
    ('prov23-liaoning', '坚持产量产能、生产生态、增产增收一起抓，提高农业综合效益和竞争力。',
     ''),
    ('prov23-ningxia', '聚焦“五重”风险隐患，建立问题发现、信息共享、快速处置“三项机制”。',
     ''),

    # -- the same provincial sentences with a name cue (NAME_CUES), leaving out those drawn above: Random(24243).sample(…,
    # 90), in sampled order
    # #000 the Xinjiang base of 怀柔实验室 is a base: the org and the place in it (as 吉利贵阳基地, README); the national wind
    # power centre is named by its own field and 天山实验室 is one named lab, orgs (*Where the sets disagree* 1; as
    # 旱区农业陕西实验室, holdout17)
    ('prov23name-xinjiang', '大力推进科技创新，怀柔实验室新疆基地稳步运行，国家风力发电技术创新中心、天山实验室揭牌成立。',
     'org:怀柔实验室 | place:新疆 | org:国家风力发电技术创新中心 | org:天山实验室'),
    # #001 NEW h23: the national regional emergency rescue centres (国家东南区域应急救援中心, built, and 粤北区域应急救援中心, whose
    # construction starts) are complexes built for rescue teams and their equipment, facilities as a reserve store is
    # (holdout13 prov13name #072), not bodies: not labelled; 粤北 (northern Guangdong) inside the second is a direction
    # joined to the abbreviation 粤, a place as 粤东 (README); 东南 is a bare compass word
    ('prov23name-guangdong', '深入实施自然灾害应急能力提升工程，建成国家东南区域应急救援中心，开工建设粤北区域应急救援中心。',
     'place:粤北'),
    # #002 the cold-chain logistics centres are generic
    ('prov23name-heilongjiang', '大力完善商贸流通体系，推进县乡村三级物流网络节点和寄递物流体系建设，打造一批区域农产品冷链物流中心。',
     ''),
    # #003 现代产业学院 is generic
    ('prov23name-anhui', '职业院校现代产业学院实现16个市全覆盖。',
     ''),
    # #004 习近平 inside the thought's name (as 毛泽东 in 毛泽东思想, README); 中国 in 中国特色; 省委, 省人大 and 省政协 are
    # level-qualified bodies
    ('prov23name-shandong', '根本在于习近平总书记掌舵领航，在于习近平新时代中国特色社会主义思想科学指引，是省委团结带领全省人民拼搏实干、开拓奋进的结果，是省人大、省政协和社会各界有效监督、大力支持的结果。',
     'person:习近平 | person:习近平#2 | place:中国 | org:省委 | org:省人大 | org:省政协'),
    # #005 “一局四中心” is a count; the bonded logistics centre is a facility (holdout13)
    ('prov23name-guizhou', '完善“一局四中心”功能，推动保税物流中心（B型）尽快获批运行。',
     ''),
    # #006 国际科技创新中心 is a status (holdout7); the regulation is not labelled
    ('prov23name-beijing', '持续提升创新体系效能，落实国际科技创新中心建设条例，统筹教育科技人才一体发展；',
     ''),
    # #007 京津冀国家技术创新中心 is one institution named by its region (as 大湾区国家技术创新中心, README), its Hebei centre
    # taken whole with its parent (as 油气地球物理勘探技术创新西安分中心, holdout17); 雄安中心 with the parent elided is labelled as
    # written (as 国际人才服务中心, holdout9); 我省 is a self-reference; 京津 is a pair of abbreviations; 河北 is the second
    # occurrence (the first is inside the org)
    ('prov23name-hebei', '建好用好京津冀国家技术创新中心河北中心、雄安中心，因地制宜布局一批概念验证和中试示范平台，协同开展“卡点”攻关，推动我省产业体系嵌入京津创新体系，促进更多京津科技成果在河北孵化转化。',
     'org:京津冀国家技术创新中心河北中心 | org:雄安中心 | place:河北#2'),
    # #008 the quoted training programme is not labelled
    ('prov23name-xinjiang', '常态化开展党政主要负责同志述法工作，持续开展“法治讲堂·逢九必讲”法治培训，办事依法、遇事找法、解决问题用法、化解矛盾靠法的良好法治环境日益形成。',
     ''),
    # #009 南沙 inside the plan's title is labelled; the centre to be built is named by its function only, a functional
    # description (README); the sports complex is generic; 南沙港 is a port (README), 五期 a phase left out
    ('prov23name-guangdong', '加力提速南沙开发建设，推动出台南沙总体发展规划和金融支持政策，推进行政区、开发区、自贸试验区一体化运行改革，建设国际先进技术应用推进中心暨场景创新中心，建成全民文化体育综合体，开工建设南沙港五期，尽快形成一批标志性成果。',
     'place:南沙 | place:南沙#2 | place:南沙港'),
    # #010 the Inner Mongolia base of 怀柔国家实验室: the org and the place (see #000); 呼包鄂 is a string of abbreviations
    # in a programme zone; 国家草业技术创新中心 is named by its own field (as 国家乳业技术创新中心, holdout13)
    ('prov23name-inner_mongolia', '要用足用好科创平台，持续壮大“国家队”，全力争取怀柔国家实验室内蒙古基地、呼包鄂国家自主创新示范区、国家草业技术创新中心获批落地；',
     'org:怀柔国家实验室 | place:内蒙古 | org:国家草业技术创新中心'),
    # #011 国家中心城市 is a status; 关中平原城市群 is a named region (as 滇中城市群, holdout7)
    ('prov23name-shaanxi', '以国土空间规划为引领，发挥西安国家中心城市带动作用，按照“西安研发+周边配套”模式，联动构建关中平原城市群创新链、产业链、供应链，推动西安转变城市发展方式，提升辐射带动能级；',
     'place:西安 | place:西安#2 | place:关中平原城市群 | place:西安#3'),
    # #012 the school categories are generic
    ('prov23name-hainan', '推进教育强省建设，新增基础教育公办学位4万个、普通高中学位5000个，纳入集团化管理的公办中小学达50%以上，基本完成乡村小规模学校和小学教学点撤并，实施县域高中振兴工程和薄弱学校提升工程，义务教育专任教师本科及以上学历比例提升至78%。',
     ''),
    # #013 the data-centre cluster is a facility (README): only the places in it
    ('prov23name-guangdong', '实施“人工智能+”行动，推动通用大模型和行业垂直大模型深化应用，加快智算中心和数据基础设施建设，打造粤港澳大湾区国家枢纽节点韶关数据中心集群。',
     'place:粤港澳大湾区 | place:韶关'),
    # #014 省科技成果转移转化中心 (opened, 挂牌成立) is a level-qualified body (README)
    ('prov23name-jiangxi', '省科技成果转移转化中心挂牌成立，技术合同成交额增长62.15%，预计有效期内高新技术企业数量突破7000家。',
     'org:省科技成果转移转化中心'),
    # #015 中央科技委 (the Central Science and Technology Commission) is an abbreviated name of a specific body, as 中央军委
    # (README); 西安科技创新中心 is a status (holdout17): only 西安; 西部科技创新港 (a university's science campus) is a
    # platform, 西部 a compass word: not labelled; 秦创原 is a platform (README)
    ('prov23name-shaanxi', '聚焦中央科技委下达的西安科技创新中心建设目标，细化年度任务，发挥西部科技创新港带动作用，不断提升秦创原能级，推进大科学装置、全国重点实验室和技术创新中心建设，健全“沿途下蛋”就地转化机制，全省每万人口高价值发明专利拥有量达到12件。',
     'org:中央科技委 | place:西安'),
    ('prov23name-inner_mongolia', '在此，我代表自治区人民政府，向所有关心支持内蒙古发展的同志们、朋友们，表示衷心的感谢！',
     'org:自治区人民政府 | place:内蒙古'),
    # #017 今年1月7日 has no year; 日喀则定日县 is a contiguous hierarchy, one span; 中央政治局常委会 (the Politburo Standing
    # Committee) is an org taken whole (中央政治局, dev), the meeting an event
    ('prov23name-tibet', '今年1月7日，日喀则定日县发生6.8级地震，习近平总书记第一时间作出重要指示，此后又专门主持召开中央政治局常委会会议研究部署抗震救灾工作。',
     'place:日喀则定日县 | person:习近平 | org:中央政治局常委会'),
    # #018 NEW h23: 大湾区“菜篮子”交易中心, a wholesale trading complex counted by its investment (总投资200亿元), is a
    # facility, not an exchange run as a body (as 上海国际再保险登记交易中心, holdout11): only 大湾区 (holdout7) in it; the
    # fair is an event, 中国 inside it labelled
    ('prov23name-guangdong', '总投资200亿元的大湾区“菜篮子”交易中心揭牌，成功举办第21届中国国际农产品交易会。',
     'place:大湾区 | place:中国'),
    # #019 the hospitals are counted and generic
    ('prov23name-gansu', '打造1家中西医协同旗舰医院、4家中医特色重点医院。',
     ''),
    ('prov23name-hainan', '必须坚持以人民为中心的发展思想，加强基础性、普惠性、兜底性民生建设，完善城乡公共服务体系和社会保障体系，用心用情用力解决好群众急难愁盼问题，持续增进民生福祉。',
     ''),
    # #021 the provincial labs and institutes are counted and generic
    ('prov23name-henan', '省实验室27家、产业技术研究院6家、产业研究院55家，创新平台体系更加完善。',
     ''),
    # #022 国家金融管理中心 is a status Beijing holds (as 国际科技创新中心, holdout7), not the data centre of README; 北京证券交易所
    # is an exchange (README)
    ('prov23name-beijing', '做好金融“五篇大文章”，加强国家金融管理中心服务保障，完善多层次金融市场体系，支持北京证券交易所深化改革，壮大耐心资本，促进各类融资更好满足实体经济需要。',
     'org:北京证券交易所'),
    ('prov23name-guangxi', '现在，我代表自治区人民政府，向大会报告政府工作，请予审议，并请自治区政协委员和列席会议的同志提出意见。',
     'org:自治区人民政府 | org:自治区政协'),
    # #024 东北亚 is a world region (holdout7 prov7name #035); 区域合作中心 is a status
    ('prov23name-shandong', '发挥“一带一路”交汇区域、东北亚区域合作中心优势，打造畅通国内国际双循环重要节点。',
     'place:东北亚'),
    ('prov23name-henan', '推动百货店和购物中心开展“一店-策”改造，培育“小而美”“专而精”特色店铺。',
     ''),
    # #026 the internet data centres are generic
    ('prov23name-shanghai', '高水平制度型开放总体方案“80条”基本完成，离岸贸易印花税免征等政策落地实施，互联网数据中心等增值电信业务扩大开放试点正式启动。',
     ''),
    # #027 京津冀 alone is not labelled (README); NEW h23: 副中心 (the sub-centre, Beijing's 城市副中心) is a common noun
    # standing for a known area, as 首都 (README), not a name: not labelled
    ('prov23name-beijing', '落实京津冀协同发展战略，第二批市级机关完成搬迁，近3.3万名工作人员在副中心办公；',
     ''),
    # #028 the quoted positionings are counts; 成渝地区双城经济圈 (holdout19); 西部大开发 is a programme, 西部 a compass word
    ('prov23name-chongqing', '紧扣“两中心两地”战略定位和“三中心一走廊”新要求，纵深推进成渝地区双城经济圈建设，服务推动新时代西部大开发形成新格局。',
     'place:成渝地区双城经济圈'),
    # #029 西部国际传播中心 (the Western International Communication Centre, upgraded) is one specific body, an org, 西部
    # inside it not labelled (as 西部中心医院滨海院区, holdout15); 重庆 and 中国 inside the plan and the quoted brand
    ('prov23name-chongqing', '迭代升级西部国际传播中心，实施重庆城市形象对外推广计划，做优“机遇中国·品牌重庆”等国际传播品牌项目。',
     'org:西部国际传播中心 | place:重庆 | place:中国 | place:重庆#2'),
    # #030 农垦集团 is a specific body named without its place, as 交通集团 (README)
    ('prov23name-yunnan', '西畴生态扶贫、农垦集团替代种植获评全球最佳减贫案例。',
     'place:西畴 | org:农垦集团'),
    # #031 政协 in 政协委员 (holdout)
    ('prov23name-tibet', '现在，我代表自治区人民政府，向大会报告政府工作，请予审议，并请各位政协委员和列席同志提出意见。',
     'org:自治区人民政府 | org:政协'),
    # #032 在川 holds the abbreviation 川; the research institutes are generic; the trial zone is a programme zone: the
    # region in it labelled (holdout19); 全国高校区域技术转移转化中心 is one named institution (README)
    ('prov23name-sichuan', '争取在川布局高等研究院、成渝地区双城经济圈高等教育综合改革试验区、全国高校区域技术转移转化中心，支持在川高校开展重大科技攻关和基础研究。',
     'place:成渝地区双城经济圈 | org:全国高校区域技术转移转化中心'),
    ('prov23name-shanghai', '这些成绩的取得，是以习近平同志为核心的党中央坚强领导的结果，是中共上海市委带领全市人民团结奋斗的结果！',
     'person:习近平 | org:党中央 | org:中共上海市委'),
    # #034 国家中医药传承创新中心 is the title of a class many hold (as 国家区域医疗中心, README); 宁夏 inside the product name
    ('prov23name-ningxia', '建设国家中医药传承创新中心，力争宁夏枸杞成为国家重点支持中药产业。',
     'place:宁夏'),
    # #035 the medical centres are categories (README)
    ('prov23name-liaoning', '加快创建国家医学中心，完善省级区域医疗中心布局，新增临床重点专科100个以上。',
     ''),
    # #036 a section heading; “五个中心” is a set of statuses (holdout11)
    ('prov23name-shanghai', '（一）奋力落实“五个中心”建设重要使命，城市核心功能进一步强化',
     ''),
    # #037 the supply and marketing cooperatives and the service centres are generic
    ('prov23name-jiangsu', '深化供销合作社综合改革，推进区域性农业综合服务中心建设，促进小农户与现代农业发展有机衔接。',
     ''),
    ('prov23name-liaoning', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，高举习近平新时代中国特色社会主义思想伟大旗帜，在省委坚强领导下，团结奋进、砥砺前行、决战决胜，奋力谱写中国式现代化辽宁篇章！',
     'person:习近平 | org:党中央 | person:习近平#2 | place:中国 | org:省委 | place:中国#2 | place:辽宁'),
    # #039 the four pairs of companies by their names and short names (README); “四类一层” is no name
    ('prov23name-shanghai', '加快实施国企改革深化提升行动，构建“四类一层”分类监管模式，国有资本投资运营公司和国资基金联动改革深入推进，国泰君安与海通证券、上海建科与上咨集团等四组企业战略性重组有序推进，国有企业加快发展战略性新兴产业支持政策出台实施。',
     'org:国泰君安 | org:海通证券 | org:上海建科 | org:上咨集团'),
    # #040 the demonstration zone is a programme zone and the roadshow centre a functional description; the forum is an
    # event, 五大道 (Tianjin's Five Avenues, a historic quarter) inside it is a place as 三坊七巷 (holdout13)
    ('prov23name-tianjin', '金融创新运营示范区建设稳步推进，科技金融路演中心正式运行，首届五大道金融论坛彰显天津金融底蕴，战略性新兴产业贷款增长20％以上。',
     'place:五大道 | place:天津'),
    # #041 NEW h23: a university with its campus in parentheses (新疆天山职业技术大学(克州校区)) is one org taken whole, as a
    # campus written after its university (海南师范大学桂林洋校区, README); the parenthesis is not a status marker like （筹）;
    # 南疆 (southern Xinjiang) is a place as 北疆 (README)
    ('prov23name-xinjiang', '新疆和田学院、新疆天山职业技术大学(克州校区)挂牌招生，南疆五地州本科高校实现全覆盖、学生净增2.49万人。',
     'org:新疆和田学院 | org:新疆天山职业技术大学(克州校区) | place:南疆'),
    # #042 边疆民族地区 and 边境中心镇 are generic
    ('prov23name-inner_mongolia', '边疆民族地区一直是党中央牵挂的地方，要深入推进新时代兴边富民行动，开展边境中心镇建设试点，聚焦用水用电、清洁能源利用、村容村貌改善等领域，加快补齐公共服务短板，进一步改善边民生产生活条件，让边境群众安居乐业、安心守边。',
     'org:党中央'),
    # #043 “三重一大” is no name
    ('prov23name-sichuan', '全面落实现代企业制度，完善“三重一大”决策制度和事项清单，规范子公司管理，增强风险防控能力。',
     ''),
    ('prov23name-hainan', '实施“大学生乡村医生”专项计划。',
     ''),
    # #045 the quoted counts and the programmes are no names
    ('prov23name-yunnan', '赋予所有改革发展以“三个意义”，实施第五轮民族团结进步“十县百乡千村万户”示范引领工程，推进现代化边境幸福村巩固提升行动，加快兴边富民行动中心城镇和边境新村建设。',
     ''),
    ('prov23name-guizhou', '支持安顺学院更名建设贵州文化旅游学院。',
     'org:安顺学院 | org:贵州文化旅游学院'),
    # #047 中心城区 is generic (README); the inner ring is a road
    ('prov23name-chongqing', '中心城区内环综合整治二期工程完工。',
     ''),
    # #048 the blending centre is generic
    ('prov23name-shandong', '打造区域大宗商品混配中心，支持各类供应链头部企业做大贸易规模。',
     ''),
    # #049 上海 is the second occurrence (the first is inside 中共上海市委); the plan period is not labelled
    ('prov23name-shanghai', '我们要按照中共上海市委要求，立足现代化建设全局，聚焦“五个中心”建设主攻方向、重要使命，坚持开门编规划，深入谋划提出一批具有战略意义的重大举措、重大项目、重大政策，精心编制体现时代特征、符合上海特点、引领未来发展的“十五五”规划。',
     'org:中共上海市委 | place:上海#2'),
    # #050 the hospitals and health centres are counted and generic
    ('prov23name-henan', '新增国家临床重点专科项目10个，80%的县级医院达到三级综合医院水平，首批100个县域医疗卫生次中心建成。',
     ''),
    ('prov23name-beijing', '持续推动全民健康信息平台建设，深化医疗大数据应用，新增电子病历共享应用、检查检验结果互认医院60家，覆盖二级以上医疗机构97%的门诊量。',
     ''),
    ('prov23name-shanghai', '启动高水平研究型医院建设试点，强化社区卫生服务中心全科诊疗、健康管理等功能。',
     ''),
    # #053 中央 is attributive (中央…经验, the Centre's experience; as 中央…政策, holdout21 prov21name #079)
    ('prov23name-fujian', '我们有习近平总书记的领航掌舵，有中央丰富的宏观调控经验和充足的政策储备，有超大规模市场和完整产业体系，有需求升级、结构升级、动能升级的增量空间，经济长期向好的支撑条件和基本趋势没有变、也不会变。',
     'person:习近平'),
    # #054 a numbered note explaining a term of the report, kept (as prov23 #097)
    ('prov23name-yunnan', '8.“334”联农带农模式：孟连县在发展牛油果产业中，探索形成的“党组织+龙头企业+合作社+农户”产业发展模式和利益联结机制，其中，农户占30%，龙头企业占30%，国有管理公司、合作社、村集体共占40%。',
     'place:孟连县'),
    ('prov23name-jiangxi', '高考综合改革平稳落地，全省本科招生计划新增2万余个，圆了更多江西学子大学梦。',
     'place:江西'),
    # #056 a numbered note, kept; no name
    ('prov23name-yunnan', '12.“编外院长”：各级领导干部挂钩联系本地区至少1所薄弱医院，帮助解决各类问题，提升服务能力。',
     ''),
    # #057 the two persons without the suffix 同志 (README)
    ('prov23name-fujian', '问需于民，向谷文昌、廖俊波同志学习，多一些将心比心，多一些换位思考，老百姓关心什么、期盼什么，我们就重点谋什么、干什么，而且要真抓实干、干出成效。',
     'person:谷文昌 | person:廖俊波'),
    # #058 the rescue centre is a facility (see #001); 西北 is a bare compass word
    ('prov23name-gansu', '建成国家西北区域应急救援中心。',
     ''),
    # #059 苏皖鲁豫 is a string of abbreviations; 区域中心城市 is a status
    ('prov23name-jiangsu', '推进省际交界地区协作，加快徐州苏皖鲁豫省际交界地区区域中心城市建设。',
     'place:徐州'),
    # #060 国际消费中心城市 is a status (holdout21)
    ('prov23name-beijing', '深化国际消费中心城市建设，开展提振消费专项行动。',
     ''),
    # #061 三明 inside 三明医改 (holdout10 zh10 #024); “药价保” and “三医” are no names
    ('prov23name-fujian', '巩固提升、因地制宜推广三明医改经验，深化公立医院综合改革，完善医保支付方式，拓展“药价保”集成改革，促进“三医”协同发展和治理。',
     'place:三明'),
    # #062 青海 inside the action's name; the platform holds the station's place 瓦里关 (README) and 青藏高原
    ('prov23name-qinghai', '深化适应气候变化青海行动，推进生态补水型人工影响天气能力建设工程，打造瓦里关全球大气本底和青藏高原大数据应用中心科创平台。',
     'place:青海 | place:瓦里关 | place:青藏高原'),
    # #063 国家级 marks a rating (README *Where the sets disagree* 1)
    ('prov23name-shanxi', '健全碳排放统计核算体系，建立产品碳足迹管理体系、碳标识认证制度，建设国家级碳计量中心。',
     ''),
    # #064 the plenums are events; 重庆 in 新重庆 as 中国 in 新中国 (README); 总书记 alone is a title
    ('prov23name-chongqing', '市委召开六届五次、六次全会，聚焦做实“两大定位”、发挥“三个作用”，迭代升级现代化新重庆建设体系构架，全市上下进一步增强了紧跟总书记、奋进新征程、建设新重庆的信心决心。',
     'org:市委 | place:重庆 | place:重庆#2'),
    # #065 部区合建 names no body; 宁夏高等研究院 is an org; in 六盘山和贺兰山两个实验室 the labs' names are elided and the
    # mountains labelled as written (as 长白山, holdout9); the two 宁夏科创中心 are counted (两个): not an org, 宁夏 inside
    # labelled (*Where the sets disagree* 1); the Hong Kong centre's Ningxia lab is one org taken whole with its parent;
    # 我区 a self-reference; 生物安全三级实验室 a category; the pilot base is a base: only 宁东 (the Ningdong energy area)
    ('prov23name-ningxia', '部区合建的宁夏高等研究院完成首批硕博招生，六盘山和贺兰山两个实验室、上海和深圳的两个宁夏科创中心、香港标准及检定中心宁夏实验室、我区首个生物安全三级实验室启动运行，宁东煤化工中试基地全国领先。',
     'org:宁夏高等研究院 | place:六盘山 | place:贺兰山 | place:上海 | place:深圳 | place:宁夏#2 | org:香港标准及检定中心宁夏实验室 | place:宁东'),
    # #066 the 5A rating and the demonstration bases are not labelled; 乾坤湾 (a bend of the Yellow River) and 乾陵 (the Tang
    # tomb) are a named natural feature and a historic site (README)
    ('prov23name-shaanxi', '现代服务业规模超过5500亿元，银行存贷款增速分别达7.9%、8%，接待游客、旅游总花费分别增长14%、16.5%，新增国家级文化产业示范基地5家，乾坤湾、乾陵获评国家5A级旅游景区。',
     'place:乾坤湾 | place:乾陵'),
    ('prov23name-qinghai', '现在，我代表省人民政府向大会报告工作，请予审议，并请各位政协委员和列席会议的同志提出意见。',
     'org:省人民政府 | org:政协'),
    ('prov23name-zhejiang', '增强宗旨意识，坚持以人民为中心的发展思想，树立正确政绩观，用心用情用力增进民生福祉，更好把群众“盼的事”变成政府“干的事”、把政府“干的事”变成群众“满意的事”。',
     ''),
    ('prov23name-guizhou', '（3）扩大优质医疗资源供给，改造老旧病房10万平方米、床位2000张，新建县域医疗次中心50个。',
     ''),
    ('prov23name-yunnan', '让我们高举中国特色社会主义伟大旗帜，更加紧密地团结在以习近平同志为核心的党中央周围，在省委领导下，增强信心、迎难而上，众志成城、奋发有为，以实干实绩不断谱写更新更美的中国式现代化云南篇章！',
     'place:中国 | person:习近平 | org:党中央 | org:省委 | place:中国#2 | place:云南'),
    ('prov23name-yunnan', '建设一批概念验证中心、中试基地和新型研发机构。',
     ''),
    # #072 NEW h23: 广西(上海、深圳)产业合作中心 (Guangxi's industrial cooperation centres in Shanghai and Shenzhen, their seats
    # listed in parentheses inside the name) is taken whole as one org, as a name with its place in parentheses
    # (中柬(北海)产业园, holdout6); the places inside are not labelled again (flat)
    ('prov23name-guangxi', '发挥广西(上海、深圳)产业合作中心服务产业转移的作用。',
     'org:广西(上海、深圳)产业合作中心'),
    ('prov23name-qinghai', '坚持以人民为中心的发展思想，在高质量发展中不断增进民生福祉，扎实推进共同富裕。',
     ''),
    # #074 the teaching and research centre is to be built (建设), a project (holdout17 prov17name #012): not labelled, the
    # names inside are: 习近平 (as 毛泽东 in 毛泽东思想) and 中国; NEW h23: 京华 (the capital, a literary name of Beijing) is a
    # traditional name, a place as 神州 (holdout19) and 鹏城 (holdout21); the anniversary is an event, 中国 inside labelled
    ('prov23name-beijing', '建设习近平新时代中国特色社会主义思想京华实践教研中心，强化大思政课和大中小学思政教育一体化建设，繁荣发展哲学社会科学，做好中国人民抗日战争胜利80周年纪念活动服务保障。',
     'person:习近平 | place:中国 | place:京华 | place:中国#2'),
    # #075 “苏适养老” holds the abbreviation 苏; the experience centres are generic
    ('prov23name-jiangsu', '不断完善“苏适养老”服务体系，发展社区支持的居家养老，扩大普惠养老服务，推进失能老人健康服务试点，推动县市区建设适老生活体验中心。',
     ''),
    # #076 the central towns are generic
    ('prov23name-guangdong', '开展第二批301个典型镇建设，推动65个中心镇按照小城市标准规划建设，乡镇综合服务能力持续增强。',
     ''),
    ('prov23name-tianjin', '习近平总书记亲临天津视察并发表重要讲话，擘画了全面建设社会主义现代化大都市、奋力谱写中国式现代化天津篇章的宏伟蓝图，为天津发展注入强大政治动力、发展动力、工作动力、精神动力。',
     'person:习近平 | place:天津 | place:中国 | place:天津#2 | place:天津#3'),
    # #078 城市治理委员会 is a specific body named without its place (README)
    ('prov23name-chongqing', '全面构建起超大城市现代化治理领导体制和推进机制，城市治理委员会组建运行，“大综合一体化”行政执法改革试点顺利推进、执法事项综合率达到71.9%，区县城综合承载能力和乡村治理效能不断提高。',
     'org:城市治理委员会'),
    # #079 the trade centres are generic
    ('prov23name-guizhou', '新建改造乡镇商贸中心、集贸市场等30个以上。',
     ''),
    # #080 the rescue centre is a facility (see #001); 西南 is a bare compass word
    ('prov23name-sichuan', '建成国家西南区域应急救援中心。',
     ''),
    # #081 省联投, 省交投 and 省文旅集团 are level-qualified companies (as 省能投集团, README); 中国企业500强 is a ranking: only
    # 中国 (holdout19 prov19name #035)
    ('prov23name-hubei', '国企功能性改革成效显现，省属企业营收增长26.2％、居全国前列，省联投、省交投、省文旅集团等6家地方国企进入中国企业500强。',
     'org:省联投 | org:省交投 | org:省文旅集团 | place:中国'),
    # #082 the 中欧班列 assembly centre is a facility (holdout21); 东北亚国际航运中心 is a status, 东北亚 inside it a world
    # region; 东北 is a bare compass word (holdout8) and the corridor is no place
    ('prov23name-liaoning', '支持沈阳建设国家中欧班列集结中心、大连建设东北亚国际航运中心，推广多式联运“一单制”“一箱制”，让东北海陆大通道更为便捷高效。',
     'place:沈阳 | place:大连 | place:东北亚'),
    # #083 中心镇 and 重点村 are generic
    ('prov23name-zhejiang', '以县域为重要单元，开展城乡规划和基础设施一体化提升行动，做强中心镇，培育重点村，加快健全县乡村三级物流体系。',
     ''),
    # #084 合肥滨湖科学城 and 未来大科学城 (Hefei's Future Science City, the planned area named so) are science cities, places
    # (README); 综合性国家科学中心 is a category (holdout7): only 合肥, and 五大研究院 is a count; 江淮前沿技术协同创新中心 is one
    # named institution, 江淮 inside it not labelled again
    ('prov23name-anhui', '推进合肥滨湖科学城实体化改革，建立省市联动的支持政策体系和工作运行机制，高标准建设未来大科学城，提升合肥综合性国家科学中心五大研究院、江淮前沿技术协同创新中心等创新平台能级。',
     'place:合肥滨湖科学城 | place:未来大科学城 | place:合肥#2 | org:江淮前沿技术协同创新中心'),
    # #085 长株潭 alone is a string of abbreviations (unlike 长株潭城市群, holdout9) in a programme zone; the two institutes are
    # orgs, 湘江 inside the second not labelled again; bare 国家技术创新中心 is a category (README)
    ('prov23name-hunan', '推动长株潭国家自主创新示范区高质量发展，建强湖南先进技术研究院、湘江科技创新院，积极创建国家技术创新中心。',
     'org:湖南先进技术研究院 | org:湘江科技创新院'),
    # #086 河套 (the Hetao Shenzhen-Hong Kong cooperation zone's area) is a place; “一区两园” is a count, “科汇通” a programme;
    # the two centres built (建成) there are named by their function only, a functional description (README)
    ('prov23name-guangdong', '强化河套“一区两园”规划对接，深入开展“科汇通”试点，建成科创中心、量子科学中心，吸引集聚超200个高端科研项目和1.5万名科研人员。',
     'place:河套'),
    # #087 the regional headquarters are generic
    ('prov23name-yunnan', '深化外商投资促进体制机制改革，落实制造业领域外资准入限制措施“清零”等政策，完善跨国公司地区总部管理和外商投资专项政策。',
     ''),
    # #088 “双一流” is no name; 新校区 is generic
    ('prov23name-tianjin', '巩固提升“双一流”高校建设成果，加快市属高校应用型转型，推动新工科、新文科、新农科、新医科、新艺科发展，推进天津医科大学新校区建设。',
     'org:天津医科大学'),
    # #089 副中心 is a common noun (see #027); the station's integrated transport hub is a place, as 松江枢纽 (holdout21);
    # NEW h23: a named city park (六环高线公园, the elevated park on the Sixth Ring Road) is a place, as a square or a national park
    # (README), also while being built; 通武廊 is a string of abbreviations
    ('prov23name-beijing', '推动城市副中心高质量发展，继续保持千亿级投资强度，基本建成副中心站综合交通枢纽，推进六环高线公园等重点工程建设，加快第二批市属国企搬迁，促进通武廊等毗邻地区深度融合。',
     'place:副中心站综合交通枢纽 | place:六环高线公园'),

    # -- every law: Random(24244).sample(…, 20), in sampled order
    ('law23-counterterrorism_law_2018', '第九十六条 有关单位和个人对依照本法作出的行政处罚和行政强制措施决定不服的，可以依法申请行政复议或者提起行政诉讼。',
     ''),
    # #001 the congresses and standing committees of the autonomous places and the provinces are generic in a law; the
    # national one is a single named body, an org (holdout, law-counterterrorism_law_2018)
    ('law23-regional_ethnic_autonomy_law_2001', '民族自治地方的人民代表大会中，实行区域自治的民族和其他少数民族代表的名额和比例，根据法律规定的原则，由省、自治区、直辖市的人民代表大会常务委员会决定，并报全国人民代表大会常务委员会备案。',
     'org:全国人民代表大会常务委员会'),
    ('law23-criminal_law', '第三百零六条 在刑事诉讼中，辩护人、诉讼代理人毁灭、伪造证据，帮助当事人毁灭、伪造证据，威胁、引诱证人违背事实改变证言或者作伪证的，处三年以下有期徒刑或者拘役；',
     ''),
    ('law23-cybersecurity_law_2016', '大众传播媒介应当有针对性地面向社会进行网络安全宣传教育。',
     ''),
    ('law23-criminal_procedure_law_2018', '辩护律师持律师执业证书、律师事务所证明和委托书或者法律援助公函要求会见在押的犯罪嫌疑人、被告人的，看守所应当及时安排会见，至迟不得超过四十八小时。',
     ''),
    # #005 最高人民检察院, a single named body, is an org even in a law (holdout17 law17 #006); 最高检察机关 is generic
    ('law23-constitution_prc', '第一百三十七条 最高人民检察院是最高检察机关。',
     'org:最高人民检察院'),
    ('law23-supervision_law_2024', '第三十六条 监察机关依照本法规定收集的物证、书证、证人证言、被调查人供述和辩解、视听资料、电子数据等证据材料，在刑事诉讼中可以作为证据使用。',
     ''),
    ('law23-criminal_procedure_law_2018', '需要继续查证、审理的，对犯罪嫌疑人、被告人可以取保候审或者监视居住。',
     ''),
    # #008 中国 in 中国公民
    ('law23-exit_entry_administration_law_2012', '中国公民以海员身份出境入境和在国外船舶上从事工作的，应当依法申请办理海员证。',
     'place:中国'),
    ('law23-peoples_police_law_2012', '对协助人民警察执行职务有显著成绩的，给予表彰和奖励。',
     ''),
    ('law23-exit_entry_administration_law_2012', '（五）私分、侵占、挪用罚没、扣押的款物或者收取的费用的；',
     ''),
    # #011 各级人民政府 is generic (README)
    ('law23-archives_law_2020', '第三十五条 各级人民政府应当将档案信息化纳入信息化发展规划，保障电子档案、传统载体档案数字化成果等档案数字资源的安全保存和有效利用。',
     ''),
    ('law23-criminal_law', '对人体健康造成严重危害或者有其他严重情节的，处五年以上十年以下有期徒刑，并处罚金；',
     ''),
    ('law23-exit_entry_administration_law_2012', '情节严重的，处十日以上十五日以下拘留，并处五千元以上二万元以下罚款，有违法所得的，没收违法所得。',
     ''),
    ('law23-state_secrets_law_2024', '第十三条 下列涉及国家安全和利益的事项，泄露后可能损害国家在政治、经济、国防、外交等领域的安全和利益的，应当确定为国家秘密：',
     ''),
    ('law23-public_security_administration_punishments_law_2012', '不满十四周岁的人违反治安管理的，不予处罚，但是应当责令其监护人严加管教。',
     ''),
    ('law23-criminal_law', '为恐怖活动组织、实施恐怖活动或者恐怖活动培训招募、运送人员的，依照前款的规定处罚。',
     ''),
    ('law23-public_security_administration_punishments_law_2012', '第三十一条 爆炸性、毒害性、放射性、腐蚀性物质或者传染病病原体等危险物质被盗、被抢或者丢失，未按规定报告的，处五日以下拘留；',
     ''),
    # #018 the courts, procuratorates and police are generic in a law (README)
    ('law23-criminal_procedure_law_2018', '人民法院、人民检察院和公安机关收到申请后，应当在三日以内作出决定；',
     ''),
    ('law23-regulations_on_government_information_disclosure_2019', '(一)行政法规、规章和规范性文件；',
     ''),


]
# fmt: on


def main() -> None:
    holdouts.main("holdout23", ITEMS, DRAWS, sample, groups=("nat23", "prov23-", "prov23name-", "law23-"), id_letter="k")


if __name__ == "__main__":
    main()

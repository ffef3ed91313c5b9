"""Build eval/ner/holdout3.jsonl: a third held-out NER set, sampled by seed and labelled by hand, blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus) by `sample()`
below, then labelled by reading, following README.md and the decisions recorded in
build_holdout.py and build_holdout2.py. The labeller did not read anything of the extractor
(dossier/), did not run it, bench/ner_eval.py or any segmenter, NER or POS tool on these
sentences, and did not look at what any tool predicts for them. The set has never been scored.

    python eval/ner/build_holdout3.py            # write holdout3.jsonl from ITEMS, print counts
    python eval/ner/build_holdout3.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout3.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The
reading code (docx paragraphs, sentence split) is copied from build_holdout2.py. The pool leaves
out sentences that overlap a text of build.py, build_holdout.py or build_holdout2.py (the sentence
is in one of those files' source, or contains or is contained in one of their ITEMS texts).

1. prov3-*: the 2025 government work reports of the 9 provinces in PROVINCES, none of them used
   by the earlier sets (docx; paragraph text = the w:t runs of each w:p joined), split after
   。！？； (delimiter kept), stripped, kept if 15-120 characters. Pooled in file-name order then
   position; random.Random(4041).sample(pool, 120).
2. prov3org-*: the same pool, only sentences containing one of ORG_CUES (those of
   build_holdout2.py), and leaving out the texts drawn in 1; random.Random(4042).sample(…, 50).
3. prov3name-*: the same pool, only sentences containing one of NAME_CUES, and leaving out the
   texts drawn in 1 and 2; random.Random(4043).sample(…, min(20, len(…))).

No English (Enron) draw this time.

A sampled sentence that is garbled (table debris, broken encoding) is dropped, with a comment
where it would have been, and the next candidate of the same random order is taken instead
(`--sample` prints a longer stretch of each random order for this purpose).
"""

from __future__ import annotations

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

PROVINCES = ["gansu", "guizhou", "henan", "hubei", "hunan", "jiangsu", "qinghai", "shandong", "sichuan"]
ORG_CUES = ["委员会", "局", "厅", "部", "院", "集团", "公司", "银行", "大学", "学院", "组织", "协会", "中心",
            "党委", "政府", "人大", "政协"]                      # as in build_holdout2.py
NAME_CUES = ["同志", "书记", "省长", "主席", "总书记"]


# -- reading code, copied from build_holdout2.py so that all sets are read alike ----------------------------

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


# -- pools ---------------------------------------------------------------------------------------------

def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py, build_holdout.py and build_holdout2.py, and the texts of their ITEMS."""
    import build
    import build_holdout
    import build_holdout2
    source = "".join((HERE / f).read_text(encoding="utf-8")
                     for f in ("build.py", "build_holdout.py", "build_holdout2.py"))
    return source, [t for m in (build, build_holdout, build_holdout2) for _, t, _ in m.ITEMS]


def seen(s: str, source: str, texts: list[str]) -> bool:
    return s in source or any(s in t or t in s for t in texts)


def provincial_pool() -> list[tuple[str, str]]:
    source, texts = seen_texts()
    out = []
    for prov in sorted(PROVINCES):
        path = CORPUS / "zh-docs/provincial-work-reports-2025-docx" / f"gov_work_report_2025_{prov}.docx"
        for para in docx_paragraphs(path):
            out += [(prov, s) for s in zh_sentences(para) if 15 <= len(s) <= 120 and not seen(s, source, texts)]
    return out


def provincial_candidates() -> list[tuple[str, str]]:
    return [(f"prov3-{prov}", s) for prov, s in provincial_pool()]


def provincial_org_candidates() -> list[tuple[str, str]]:
    pool = provincial_pool()
    drawn1 = {s for _, s in random.Random(4041).sample(pool, 120)}
    return [(f"prov3org-{prov}", s) for prov, s in pool
            if any(c in s for c in ORG_CUES) and s not in drawn1]


def provincial_name_candidates() -> list[tuple[str, str]]:
    pool = provincial_pool()
    drawn1 = {s for _, s in random.Random(4041).sample(pool, 120)}
    drawn2 = {s for _, s in random.Random(4042).sample(provincial_org_candidates(), 50)}
    return [(f"prov3name-{prov}", s) for prov, s in pool
            if any(c in s for c in NAME_CUES) and s not in drawn1 and s not in drawn2]


DRAWS = [(provincial_candidates, 4041, 120), (provincial_org_candidates, 4042, 50),
         (provincial_name_candidates, 4043, 20)]


def sample(extra: int = 10) -> list[list[tuple[str, str]]]:
    """Each draw's random order: the first n are the sample, the next `extra` are replacements in order.
    A draw asks for min(n, len(pool)) (the name-cue pool may be small) and its extras only as far as the pool goes."""
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
    # Labelled blind, by reading only, per README.md and the decisions recorded in build_holdout.py and
    # build_holdout2.py: no extractor, segmenter or NER/POS tool was run on these sentences and no prediction was
    # seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence (see
    # build.spans). Comments on an item record how an ambiguous case was decided; those citing 'prov3 #NNN' refer to
    # an earlier item of this file. #NNN = position in the seeded order. No sampled sentence was garbled, so none
    # was dropped.
    # -- provincial 2025 reports: Random(4041).sample(…, 120), in sampled order
    ('prov3-sichuan', '在115个县建设粮油千亩高产示范片1000个，全省粮食产量726.8亿斤，再创历史新高。',
     ''),
    ('prov3-shandong', '家庭农场、农民合作社、农业社会化服务组织总量居全国首位，85%以上农户参与农业产业化经营。',
     ''),
    # #002: a company with its country taken whole as the longest name (as 美国政府); 莱赛尔纤维 (lyocell fibre) is the
    # project
    ('prov3-shandong', '实际使用外资118.1亿美元，规模居全国第五位，新加坡金鹰集团莱赛尔纤维等重大项目落户。',
     'org:新加坡金鹰集团'),
    ('prov3-hubei', '强化系统观念，统筹处理好经济和社会、政府和市场、效率和公平、活力和秩序等重大关系，确保各项工作最终效果符合群众期待，符合党中央意图。',
     'org:党中央'),
    ('prov3-guizhou', '发挥10亿元省级前期工作专项资金作用，建立滚动使用机制，做深做实项目谋划和前期工作。',
     ''),
    # #005: “金芙蓉” (golden hibiscus) is a programme name, not a place
    ('prov3-hunan', '持续推进“金芙蓉”跃升行动，推动上市公司高质量发展；',
     ''),
    # #006: a named museum is an org (holdout), its place and 中国 inside it not labelled separately (flat);
    # 国家一级博物馆 is a rating
    ('prov3-sichuan', '推进文化保护传承利用工程，40余个文艺项目获国家重大奖项、入选国家重要文艺展演，4家博物馆成功创建国家一级博物馆，四川中国白酒博物馆开工建设。',
     'org:四川中国白酒博物馆'),
    # #007: 枫桥 inside 枫桥经验 as in holdout2 (prov2org #037)
    ('prov3-henan', '深化新时代“枫桥经验”，平安单位（村、社区）创建根基不断夯实，社会治安整体防控体系持续完善，信访积案化解成效明显。',
     'place:枫桥'),
    # #008: 新中国 ('New China'): 中国 is labelled, 新 ('new') is a modifier, as 美丽 in 美丽中国 (holdout2 #034)
    ('prov3-jiangsu', '过去一年，我们隆重庆祝新中国成立75周年，扎实开展党纪学习教育，锻造过硬的政治定力、纪律定力、道德定力、抵腐定力，集中整治群众身边不正之风和腐败问题，持续深化整治形式主义为基层减负，不断提振党员干部干事创业的精气神。',
     'place:中国'),
    # #009: 党 alone is not labelled (holdout)
    ('prov3-henan', '牢记“让人民过上幸福生活是头等大事”的要求，认真践行以人民为中心的发展思想，走好新时代党的群众路线，民有所呼、政有所应，用心用情为群众办实事、解难事，让老百姓笑容更多、心里更暖。',
     ''),
    ('prov3-shandong', '开展新技术新产品新场景大规模应用示范。',
     ''),
    ('prov3-shandong', '公办幼儿园在园幼儿占比超过60%，义务教育优质均衡县数量跃居全国第一，获批全国唯一整省推进学校家庭社会协同育人实验区。',
     ''),
    ('prov3-hubei', '深入实施强县工程，因地制宜培育根植性主导产业，加快壮大40个省级县域特色产业集群，深化工业园区管理体制和运营模式改革，支持103个国家级省级开发区集约集聚发展，推动百强县进位、千亿县扩容。',
     ''),
    ('prov3-sichuan', '“N”是指鼓励支持各市（州）重点发展的优势产业链。',
     ''),
    ('prov3-shandong', '实施教育家精神铸魂强师行动，加强教师培养培训。',
     ''),
    # #015: “12345” is the name of the government service hotline (a short service number, like 110), not
    # labelled as a phone; 鲁 is a one-character abbreviation
    ('prov3-shandong', '上线“鲁惠通”政策兑现平台，“12345”热线、“接诉即办”平台服务质效持续提升，营商环境整体水平居全国第一方阵。',
     ''),
    ('prov3-hunan', '最令人感奋的是，在勠力同心战胜重大自然灾害过程中，我们凝聚了共克时艰、共创未来的磅礴力量。',
     ''),
    ('prov3-qinghai', '完善产业链图谱、招商图谱，围绕产业“四地”、绿色算力、高原康养等特色优势产业，突出精准招商、以商招商、链式招商，招引一批行业龙头、总部经济和产业链主企业。',
     ''),
    ('prov3-gansu', '严格遵循法定程序履行职责，积极推进行政执法协调监督。',
     ''),
    # #019: 黄桶 is a town; 叙永大村 (county + town) taken as one place, the longest name (as 沈阳方城 in holdout2); 黔桂
    # (in 黔桂铁路) is a pair of one-character abbreviations, and railway lines are not labelled
    ('prov3-guizhou', '加快铜仁至吉首、黄桶至百色等铁路建设，建成盘州至兴义铁路，开工黔桂铁路增建二线，力争开工叙永大村至遵义等铁路项目，全省高铁通车里程突破1900公里；',
     'place:铜仁 | place:吉首 | place:黄桶 | place:百色 | place:盘州 | place:兴义 | place:叙永大村 | place:遵义'),
    ('prov3-qinghai', '绿色算力聚势赋能，依托绿电丰沛、气候冷凉干燥洁净等资源优势，创新打造绿色算电产业协同发展新赛道，成为全国首个绿色算电协同试点省。',
     ''),
    # #021: 我省 is a generic self-reference, as 我区 in holdout
    ('prov3-qinghai', '我省发展面临多重机遇，产业“四地”蓬勃起势，绿色算电协同后发优势日益凸显。',
     ''),
    # #022: a canal is a place (平陆运河 in holdout), a river too
    ('prov3-jiangsu', '苏南运河二级航道整治工程全线开工，建成通港达园专支线航道5条，吴淞江整治加快实施，连云港30万吨级航道改扩建工程开工；',
     'place:苏南运河 | place:吴淞江 | place:连云港'),
    ('prov3-jiangsu', '着眼更好稳大局、应变局，嘱托我们“坚定信心、鼓足干劲、勇挑大梁”。',
     ''),
    # #024: the event's name is not labelled, the place inside it is
    ('prov3-jiangsu', '持续推进外资稳中提质，举办“跨国公司江苏行”系列活动超300场，实际使用外资规模占全国近1/6。',
     'place:江苏'),
    # #025: 长江经济带 (Yangtze River Economic Belt) is a named region, as 粤港澳大湾区; 京津冀地区 with 地区 is the region's name
    # (as 粤东地区 in holdout2), unlike a bare pair of abbreviations
    ('prov3-jiangsu', '更好联动长江经济带发展，加快沿江特色先行段示范段建设，强化与京津冀地区、粤港澳大湾区等战略对接，更大范围联动构建创新链、产业链、供应链。',
     'place:长江经济带 | place:京津冀地区 | place:粤港澳大湾区'),
    ('prov3-qinghai', '培育发展绿色建筑，星级绿色建筑占比达30%以上。',
     ''),
    ('prov3-henan', '围绕今年发展目标，重点抓好十个方面的工作:',
     ''),
    ('prov3-guizhou', '启动实施城镇燃气和天然气基础设施建设攻坚行动，统筹推进气源、输气管网、城镇燃气管网建设，更新改造老旧城镇燃气管道478公里，新建天然气管道230公里，新增7个开发区实现管道供气。',
     ''),
    ('prov3-shandong', '（一）在全方位扩大内需上下功夫、求实效。',
     ''),
    ('prov3-hubei', '世界进入新的动荡变革期，外部环境复杂性、严峻性、不确定性明显上升，带来的影响持续加深。',
     ''),
    ('prov3-henan', '实施提振消费专项行动，推动中低收入群体增收减负，完善劳动者工资正常增长机制，释放消费潜能。',
     ''),
    ('prov3-guizhou', '乡村面貌加快改善，乡风文明更加深入人心。',
     ''),
    ('prov3-henan', '深化“万企兴万村”行动，做好“土特产”文章，大力发展乡村富民产业，因地制宜发展设施农业，培育壮大粮油、畜牧、特色果蔬等产业集群，打造一批超百亿、超千亿产业链，做强“豫农优品”品牌。',
     ''),
    ('prov3-guizhou', '加大困难群众关爱力度，实施临时救助22.1万人次。',
     ''),
    # #035: 青洽会 (the Qinghai investment and trade fair) is an event
    ('prov3-qinghai', '坚持“引进来”“走出去”一体联动，用好支援协作机制，高水平办好青洽会等活动，引进一批促进产业转型升级的大项目、好项目。',
     ''),
    ('prov3-qinghai', '城乡融合、区域协调是推进中国式现代化青海实践的必然要求。',
     'place:中国 | place:青海'),
    ('prov3-shandong', '积极打造演艺、赛事、国潮、电竞等新场景。',
     ''),
    # #038: 中华 is not labelled (as 中华儿女 in holdout2)
    ('prov3-gansu', '依托省内世界文化遗产、全国重点文物保护单位、国家考古遗址公园、文化景观名胜等，构建中华文明甘肃标识体系。',
     'place:甘肃'),
    # #039: 中央 is attributive (holdout); 黄河 inside 黄河警示片 is labelled
    ('prov3-shandong', '抓好中央生态环保督察反馈问题及黄河警示片披露问题整改。',
     'place:黄河'),
    ('prov3-qinghai', '顶住经济下行压力，保障和改善民生的力度丝毫不减，财政用于民生支出占比达76%，年初确定的十大类44项民生实事全部完成。',
     ''),
    ('prov3-gansu', '运用村企合作模式，盘活农村闲置资源资产。',
     ''),
    ('prov3-qinghai', '全面深化财税体制改革，深入实施零基预算管理三年行动，加快省以下财政体制改革，推进绿色税制建设。',
     ''),
    ('prov3-sichuan', '加强对快递小哥、送餐骑手、网约车司机、货车司机、自媒体从业人员等新就业群体的关心服务和权益保障，建设更多“暖心之家”，打造更多友好社区，讲好更多友善故事，让每一个努力奔跑的奋斗者都能被看见、被关爱、受尊重。',
     ''),
    ('prov3-sichuan', '创业是最积极的就业，要鼓励以创业带动就业，在确保安全规范的同时给予各领域创新创业者更多支持、更优环境。',
     ''),
    ('prov3-shandong', '健全民间投资常态化推介机制，吸引更多民间资本进入新能源、新基建等领域。',
     ''),
    ('prov3-gansu', '压茬推进不良资产清收处置，完成高风险机构退高任务。',
     ''),
    # #047: 中部 (China's central region) is directional, not labelled, as 中西部省份 in holdout and 西北/西部 in holdout2
    ('prov3-hubei', '多极支撑更加强劲，武汉在副省级城市中增速靠前，襄阳、宜昌经济总量突破6000亿元，稳居中部非省会城市前列，孝感、黄冈继荆州后跨越3000亿元规模，8个全国百强县普遍位次前移，龙头引领、梯次发展格局加速形成，高质量发展基础更加坚实。',
     'place:武汉 | place:襄阳 | place:宜昌 | place:孝感 | place:黄冈 | place:荆州'),
    ('prov3-shandong', '我们要沿着习近平总书记指引的方向砥砺奋进，以事争一流、唯旗是夺的志气，以凤凰涅槃、浴火重生的勇气，以迎难而上、使命必达的锐气，再接再厉、善作善成，推进强省建设再上新台阶，努力让山东发展动力越来越强劲、老百姓生活越来越美好！',
     'person:习近平 | place:山东'),
    ('prov3-shandong', '创新城市更新支持政策，探索可持续模式，推进片区更新120个，开工老旧小区改造13.7万户。',
     ''),
    ('prov3-sichuan', '省委部署、全省努力，推动的重点工作正加快转化为科技创新驱动、新质生产力发展、新兴产业兴起等新优势，有利于支撑当期稳增长、长远强动能。',
     'org:省委'),
    # #051: 省十四届人大: the session ordinal splits the name, so only 人大 after it is labelled (as 四届人大 in holdout); 省
    # alone is no place name
    ('prov3-hubei', '一年来，面对外部压力加大、内部困难增多的复杂严峻形势，全省上下坚持以习近平新时代中国特色社会主义思想为指导，在中共湖北省委坚强领导下，攻坚克难、奋发作为，圆满完成省十四届人大二次会议确定的目标任务，高质量发展和现代化建设迈出新的坚实步伐。',
     'person:习近平 | place:中国 | org:中共湖北省委 | org:人大'),
    # #052: a (dry) port is a place, as 龙头港 in holdout2; 一局四中心 is generic
    ('prov3-guizhou', '“一局四中心”功能逐步完善，贵阳国际陆港枢纽功能进一步增强。',
     'place:贵阳国际陆港'),
    # #053: the base is a project and the demonstration zone a programme (holdout2), the places inside them are
    # labelled; 瓦里关全球大气本底站 (the Waliguan atmospheric baseline station) is a facility, not labelled (as the
    # substation and the interconnector before), 瓦里关 (the mountain) inside it is
    ('prov3-qinghai', '首个在省外设立的青海(北京)科技创新基地建成投运，海南州国家可持续发展议程创新示范区活跃度居全国示范区首位，瓦里关全球大气本底站运行30多年成果彰显了中国积极应对气候变化的责任担当。',
     'place:青海 | place:北京 | place:海南州 | place:瓦里关 | place:中国'),
    # #054: 湘 (in 湘菜) is a one-character abbreviation
    ('prov3-hunan', '新增2个国家农业优势特色产业集群，湘菜产业产值突破6000亿元，农产品加工业营收增长7.1%。',
     ''),
    ('prov3-henan', '出台民营经济高质量发展三年行动计划，持续开展民营企业家“百千万”培训，引导民营企业建立现代企业制度。',
     ''),
    # #056: kept: two sentences run together in the source (no delimiter after 10%), readable
    ('prov3-henan', '扩围实施“两新”政策，更新汽车50万辆、家电800万台，实施设备更新项目3000个，工业设备投资增长10%大力发展健康、养老、托幼、家政等服务消费，培育壮大数字、绿色、智能等消费热点，积极发展首发经济、银发经济夜间经济、直播经济。',
     ''),
    # #057: 郑汴洛濮 and 郑洛新焦 are strings of one-character abbreviations (as 渝深港 in holdout2)
    ('prov3-henan', '瞄准新型储能、氢能等，加快建设郑汴洛濮氢走廊、郑洛新焦锂电池产业带，培育壮大未来能源产业。',
     ''),
    ('prov3-hunan', '持续加强政治建设，深刻领悟“两个确立”的决定性意义，坚决做到“两个维护”，把党的领导贯穿政府工作各方面全过程。',
     ''),
    ('prov3-hubei', '盯紧抓实64个预增产值过10亿元、2334个过2000万元的工业新增长点，规上工业增加值增长7.5％左右。',
     ''),
    # #060: 其常委会 is generic (holdout) but 省人大常委会 is the full level-qualified name of the standing committee:
    # org; 人大/政协 inside 人大代表建议/政协提案 as in holdout
    ('prov3-hubei', '自觉接受省人大及其常委会法律监督、工作监督和省政协民主监督，提请省人大常委会审议地方性法规草案10件，制定、修改、废止政府规章34部，办理人大代表建议754件、政协提案992件。',
     'org:省人大 | org:省政协 | org:省人大常委会 | org:人大#3 | org:政协#2'),
    # #061: 中华 not labelled; 中国 inside the project “考古中国” is (as 美丽中国 in holdout2)
    ('prov3-gansu', '深度参与中华文明探源工程和“考古中国”重大项目。',
     'place:中国'),
    ('prov3-shandong', '要加强重大问题研究，谋划好重大项目、重大平台、重大政策，绘好强省建设蓝图。',
     ''),
    ('prov3-gansu', '农村水利惠民工程建成“水盆子”914个。',
     ''),
    # #064: “十四五” is not labelled (holdout2)
    ('prov3-qinghai', '重点领域投资全面发力，固定资产投资增长4.3%，争取“两重”资金51.8亿元、支持项目96个，能源投资增长14.7%，乐都至化隆等7条公路建成通车，新增公路通车里程1755公里，提前实现“十四五”规划目标。',
     'place:乐都 | place:化隆'),
    # #065: the three events are not labelled, the places inside them are; 港澳 is a pair
    ('prov3-shandong', '跨国公司领导人青岛峰会、港澳山东周、首届新加坡山东周成果丰硕，累计签约外资项目217个、总投资258亿美元。',
     'place:青岛 | place:山东 | place:新加坡 | place:山东#2'),
    ('prov3-hubei', '经济社会发展的主要预期目标是：经济增长6％左右；',
     ''),
    ('prov3-guizhou', '妥善处置地方中小金融机构风险，严厉打击各类非法金融活动。',
     ''),
    ('prov3-shandong', '争创国家要素市场化配置综合改革试点。',
     ''),
    # #069: 中部 is directional (#047)
    ('prov3-hubei', '高技术制造业增加值增长22.7％、对工业增长贡献率达到35.1％，数字经济增加值占比超过50％、中部领先；',
     ''),
    ('prov3-hubei', '推动科技创新和产业创新融合发展，加快建设现代化产业体系；',
     ''),
    ('prov3-gansu', '十是继续实施农村水利惠民工程，建设农村“水盆子”684个，其中水库5座、淤地坝20座、小微型调蓄设施659座。',
     ''),
    ('prov3-sichuan', '县域供销合作社为农服务能力提升。',
     ''),
    ('prov3-qinghai', '实施营商环境改进提升行动，243项政务服务事项实现跨省通办、158项实现省内通办，首批13个“高效办成一件事”全部完成。',
     ''),
    ('prov3-sichuan', '积极发展气象雷达、航空救援、智能设备等产业，提供更多新质应急产品和服务。',
     ''),
    ('prov3-jiangsu', '（二）以科技创新引领新质生产力发展。',
     ''),
    ('prov3-sichuan', '9.“线上科创通+线下科创岛”服务模式：是指依托“科创通”科技创新云平台，提供大型仪器、创新平台、技术转化、科技金融、产业图谱等线上服务，打通科技成果转化的通道；',
     ''),
    # #077: 湖湘 (a traditional name of Hunan) is a named region, as 三晋 and 巴蜀 in holdout2
    ('prov3-hunan', '持续实施湖湘文化精品创作工程、文物保护利用“六大工程”、文化惠民工程。',
     'place:湖湘'),
    ('prov3-jiangsu', '梯度培育创新型企业，稳步壮大龙头型和高速成长型科技领军企业，实施独角兽企业培育行动，引导“耐心资本”投早、投小、投长期、投硬科技，力争高新技术企业超6.1万家。',
     ''),
    # #079: 北斗 is a satellite system; 劳动者, 神农, 天问 are names of robot products, not labelled
    ('prov3-hubei', '突破性科技成果竞相涌现，存储芯片、心肌旋切、北斗通导遥一体化等技术和产品世界领先，组织研发劳动者、神农、天问等多款人形机器人，我省获得国家科技奖励19项、全国第2，李德仁院士获国家最高科学技术奖。',
     'person:李德仁'),
    ('prov3-jiangsu', '千方百计扩大有效需求，全力保持经济稳定增长，更好发挥经济大省带动和支柱作用。',
     ''),
    ('prov3-shandong', '完善项目碳评价、产品碳足迹等制度，积极参与全国碳排放权交易。',
     ''),
    ('prov3-hubei', '着力稳主体、扩增量、拓市场，外贸实绩企业达到9570家、增长8.6％，跨境电商进出口增长180％，新能源汽车、集成电路等高技术高附加值产品出口增长18.1％，占全部出口比重超过50％，湖北智造加速走向世界。',
     'place:湖北'),
    # #083: 新江苏: 江苏 labelled, 新 a modifier (#008)
    ('prov3-jiangsu', '我们坚信，只要我们坚定不移沿着习近平总书记指引的方向砥砺前行，只要我们勠力同心汇聚8500万江苏人民的奋进力量，就一定能在风雨洗礼中发展、在历经考验中壮大，一定能为“强富美高”新江苏现代化建设再谱华章！',
     'person:习近平 | place:江苏 | place:江苏#2'),
    ('prov3-guizhou', '压实“菜篮子”市长负责制，加快布局生产季节性缺口农产品，确保肉蛋奶、果蔬等重要农产品供应充足、价格稳定。',
     ''),
    ('prov3-qinghai', '新改建农村互助幸福院104个，为2298户困难老人家庭实施适老化改造，每千人口拥有婴幼儿托位数增至4.14个。',
     ''),
    ('prov3-shandong', '（八）在担负起新时代的文化使命上下功夫、求实效。',
     ''),
    ('prov3-guizhou', '推进“1+9”国家级开放创新平台提质增效。',
     ''),
    # #088: the port of Aktau is a place (as 龙头港 in holdout2); the container hub is a project
    ('prov3-jiangsu', '积极推动境外合作园区建设，加快实施阿克套港集装箱枢纽等项目。',
     'place:阿克套港'),
    ('prov3-gansu', '促进节点城市错位发展，提升庆阳、武威、张掖、平凉、陇南、定西、临夏、甘南等城市综合承载能力。',
     'place:庆阳 | place:武威 | place:张掖 | place:平凉 | place:陇南 | place:定西 | place:临夏 | place:甘南'),
    # #090: 淮河入海水道 (the Huai River outlet channel) and 宿连航道 (the Suqian-Lianyungang waterway) are named
    # waterways, places like canals (the abbreviations inside 宿连航道 are part of the name, not a bare pair); 江苏
    # inside the slogan “水运江苏” is labelled
    ('prov3-jiangsu', '加快建设连云港20万吨级集装箱码头，抓好淮河入海水道二期、太浦河后续工程、宿连航道等重点工程，完成苏南运河全线二级航道建设，让“水运江苏”独特优势在降低全社会物流成本中的重大作用充分释放，惠及全省人民。',
     'place:连云港 | place:淮河入海水道 | place:太浦河 | place:宿连航道 | place:苏南运河 | place:江苏'),
    ('prov3-hunan', '让人民过上幸福生活，是我们的头等大事。',
     ''),
    ('prov3-sichuan', '宜居宜业和美乡村建设年度任务全面完成。',
     ''),
    ('prov3-hunan', '推进招投标、群众身边不正之风和腐败问题等专项整治。',
     ''),
    ('prov3-shandong', '能源绿色低碳转型示范区加快建设，新能源和可再生能源发电装机达1.15亿千瓦，占比历史性超过煤电。',
     ''),
    ('prov3-gansu', '一是聚力打好稳增长阵地战，经济运行持续向好。',
     ''),
    ('prov3-hunan', '我们要全力以赴拼经济，让高质量发展成为湖南最鲜明的标识。',
     'place:湖南'),
    ('prov3-shandong', '今年是“十五五”规划编制关键期。',
     ''),
    ('prov3-hunan', '生态美丽是高品质生活的必需品。',
     ''),
    ('prov3-jiangsu', '加力促进绿色船舶、风电装备等出口，提高绿色贸易占比。',
     ''),
    ('prov3-hubei', '积极回应新发展阶段人民群众对安全感的特别关切，坚持标本兼治，全面排查整治各类安全隐患，依靠制度创新与技术创新两手并用，持续提高本质安全水平，推动高水平安全和高质量发展互促共进。',
     ''),
    ('prov3-qinghai', '更加注重系统推进，围绕目标打好“组合拳”，开展宏观政策取向一致性评估，完善部门间有效沟通、协商反馈机制，加强各项政策和改革开放举措的协调配合，形成协同效应、放大政策效能。',
     ''),
    ('prov3-sichuan', '成都入选全国首批“5G+工业互联网”融合应用试点城市。',
     'place:成都'),
    # #103: a pilot free trade zone (自贸试验区) is a programme zone, as the pilot and demonstration zones of
    # holdout2, so only 湖南 inside it is labelled; the joint laboratory is a named institution: org, taken as
    # written with its quotes (as “红岩思政”教育联盟 in holdout2)
    ('prov3-hunan', '湖南自贸试验区2项创新成果入选全国最佳实践案例，“中国—马达加斯加”杂交水稻联合实验室挂牌运行。',
     'place:湖南 | org:“中国—马达加斯加”杂交水稻联合实验室'),
    # #104: a named hospital is an org; 国家医学中心 is a category (as 国家区域医疗中心 in holdout2); the 试验区 is a programme,
    # 黄冈 inside it labelled
    ('prov3-hubei', '支持同济医院创建国家医学中心，推进黄冈国家中医药传承创新发展试验区建设，大力发展高端医疗装备、生物制药、现代康养等产业，加强食品药品全链条质量安全监管，强化健康教育和健康意识，推动全民健身与全民健康深度融合，更高水平推进健康湖北建设。',
     'org:同济医院 | place:黄冈 | place:湖北'),
    ('prov3-gansu', '持续深化“援企稳岗·服务千企”行动。',
     ''),
    ('prov3-guizhou', '全面完成省属高职院校管理体制改革。',
     ''),
    # #107: 央企 is generic (holdout2)
    ('prov3-shandong', '鼓励省属企业参与央企创新联合体建设。',
     ''),
    # #108: 天府 (a traditional name of Sichuan) inside 天府旅游名县 is a named region, as 三晋 in holdout2
    ('prov3-sichuan', '培育建设世界级旅游景区、度假区，提升建设天府旅游名县，打造文旅消费创新场景、品质场景、人气场景，发展红色旅游、乡村旅游、生态旅游、工业旅游、研学旅游等特色旅游新业态。',
     'place:天府'),
    ('prov3-sichuan', '健全基本医保参保长效机制，提高城乡居民医保财政补助标准，扩大“医保钱包”个人账户跨省共济、职工医保个人账户线上购药试点范围。',
     ''),
    # #110: companies by their short names; 宁德 inside 宁德时代 is not labelled separately (flat); in 吉利贵阳基地 and
    # 奇瑞（贵州）产业基地 the company and the place are labelled, the base is a project (as 国能西北创新基地 in holdout2)
    ('prov3-guizhou', '支持宁德时代、中伟、裕能、比亚迪等龙头企业贵州项目加快释放产能、扩量增产，推动吉利贵阳基地、奇瑞（贵州）产业基地扩大整车生产规模，布局发展一批汽车零部件配套产业，新能源汽车产量突破25万辆、汽车制造业增加值增长60%以上。',
     'org:宁德时代 | org:中伟 | org:裕能 | org:比亚迪 | place:贵州 | org:吉利 | place:贵阳 | org:奇瑞 | place:贵州#2'),
    ('prov3-gansu', '城乡居民人均可支配收入分别增长5%和7%左右。',
     ''),
    ('prov3-qinghai', '同时，我们也清醒地看到，外部环境复杂多变，不确定性增加。',
     ''),
    ('prov3-gansu', '加强扶贫资产规范管理和盘活利用。',
     ''),
    # #114: “三州” (the three prefectures) names no place
    ('prov3-sichuan', '挖掘“三州”全域旅游潜力，加快重大交通项目建设，完善自驾游营地、充电桩等设施，建设一批旅游驿站。',
     ''),
    ('prov3-hunan', '我们要把保护好生态作为不移之责，永葆湖南绿水青山、蓝天丽日。',
     'place:湖南'),
    ('prov3-gansu', '信访工作法治化全面推进，信访事项一次性化解率达到96.4%。',
     ''),
    # #117: “楚怡” (after a historic school) and “双高” are programme names
    ('prov3-hunan', '深入实施职业教育“楚怡”行动和“双高”计划。',
     ''),
    ('prov3-henan', '完善人才评价和政策支持体系，大力引进顶尖科学家等高端人才，加大对本土领军人才、潜力人才支持力度，提高青年人才承担科技项目比重。',
     ''),
    # #119: 洞庭湖生态经济区 (the Dongting Lake ecological economic zone) is a named region, as 长江经济带 (#025), unlike the
    # 试验区/示范区 programme zones
    ('prov3-hunan', '加快推进新时代洞庭湖生态经济区建设，全面启动洞庭湖治理“五大工程”；',
     'place:洞庭湖生态经济区 | place:洞庭湖#2'),
    # -- the same pool, sentences with an organisation cue word (ORG_CUES): Random(4042).sample(…, 50)
    ('prov3org-sichuan', '（三）分类推进区域协调发展，加快构建“五区共兴”格局。',
     ''),
    ('prov3org-gansu', '高质量收官国企改革深化提升行动，深入推进“6+1”布局结构调整，分层分类创建一流企业。',
     ''),
    # #002: the demonstration zone is a programme (holdout2); 省级中医康复医疗中心 is generic
    ('prov3org-shandong', '高质量建设国家中医药综合改革示范区，打造10个省级中医康复医疗中心，开展中医药特色疗法基层推广培训。',
     ''),
    ('prov3org-sichuan', '开展外资服务专项行动，采取基金招商、产业链招商、营商环境招商、应用场景招商等模式，引进标志性重大产业项目及研发中心、科创团队。',
     ''),
    ('prov3org-henan', '支持郑州、洛阳建设国际消费中心城市，抓好开封、鹤壁、商丘等城市一刻钟便民生活圈全国试点，培育10个省级品牌消费集聚区，争创10个全国县域商业“领跑县”。',
     'place:郑州 | place:洛阳 | place:开封 | place:鹤壁 | place:商丘'),
    # #005: a named science city (a planned district) is a named area, as the new districts of holdout2 prov2org
    # #026; the research facility, 质子医疗中心 and the model “优羲慧眼” are not labelled; 国家医学中心 is a category
    ('prov3org-henan', '中原医学科学城智能医学研究设施、质子医疗中心启动建设，国内首个眼科大模型“优羲慧眼”发布运行，国家医学中心（中医类）落地实施。',
     'place:中原医学科学城'),
    # #006: the data-centre cluster is an infrastructure project; 庆阳 inside it is labelled
    ('prov3org-gansu', '庆阳数据中心集群引进企业357家，算力规模达到5.1万P，在全国八大枢纽节点、十大数据中心集群中增速最快、增量最大、智算占比最高。',
     'place:庆阳'),
    ('prov3org-sichuan', '“一中心一方案”推进省域经济副中心和区域中心城市建设，增强国家级、省级新区产业和人口集聚承载能力，打造支撑有力的次级增长极。',
     ''),
    # #008: 东西部 is directional (as 中部 in prov3 #047)
    ('prov3org-qinghai', '完善东西部协作和支援帮扶工作机制，深入实施特色产业提升、产业集群打造、消费帮扶助农增收、劳务协作提升“四项行动”，促进企业双向布局、产品双向进入、要素双向流动。',
     ''),
    # #009: the 集结中心 (train assembly hub) is a facility; 中欧 a pair; 郑州国际陆港 is a port (prov3 #052), its 核心功能区
    # descriptive
    ('prov3org-henan', '高质量建设中欧班列（郑州）集结中心，建成投用郑州国际陆港核心功能区，拓展欧洲、中亚、东盟线路，开行班列4000班次。',
     'place:郑州 | place:郑州国际陆港 | place:欧洲 | place:中亚 | org:东盟'),
    ('prov3org-gansu', '六是完成5000户困难重度残疾人家庭无障碍改造，利用现有闲置资源改造建设20个残疾人日间照料服务省级示范中心。',
     ''),
    # #011: 国家实验室 is generic; the test platform is a facility
    ('prov3org-hunan', '国家实验室建设取得历史性进展，全球领先、国内唯一的大飞机地面动力学试验平台试运行，“4+4科创工程”全部实体化运行、并取得一批创新成果，长沙全球研发中心城市建设新增研发机构1178家；',
     'place:长沙'),
    ('prov3org-shandong', '实现发展目标任务，必须坚持党的全面领导，大力提升政府履职水平。',
     ''),
    ('prov3org-sichuan', '建设80个国家中医优势专科，为144所县级中医医院配备中医康复、“治未病”诊疗设备。',
     ''),
    ('prov3org-hubei', '深入贯彻习近平法治思想，主动回应人民群众对公平正义的关切和诉求，准确把握政府的职能定位，全面推进依法行政。',
     'person:习近平'),
    ('prov3org-hubei', '面对艰巨繁重的改革发展稳定任务，需要我们大力推动政府的职能转变、管理创新和服务变革，不断提高政府治理现代化水平，努力建设让人民满意的务实、高效、清廉的法治型服务型政府。',
     ''),
    ('prov3org-guizhou', '实施人工智能高质量发展行动，出台支持数据产业发展的意见，加快布局发展数据标注、算力服务、数据应用、数据技术等数据产业。',
     ''),
    # #017: 中部地区 is directional (prov3 #047)
    ('prov3org-hunan', '超前谋划50个重大请求事项获国家支持，19个重大事项纳入新时代中部地区崛起文件；',
     ''),
    ('prov3org-sichuan', '以科技创新需求为牵引优化调整学科专业和人才培养模式，超常规布局急需学科专业，建立人工智能通识课程体系，加强创新能力培养。',
     ''),
    # #019: as holdout2 prov2 #007: 省人民政府 and 人民解放军 are orgs, 湘 and 中央驻湘单位 not labelled; 武警部队 (in 武警部队官兵) is the
    # Armed Police's longest name here
    ('prov3org-hunan', '在此，我代表省人民政府，向全省各族人民，向各民主党派、工商联、无党派人士、各人民团体，向驻湘人民解放军指战员、武警部队官兵、政法干警、民兵预备役人员、消防救援人员，向中央驻湘单位，向关心支持湖南高质量发展的海内外各界人士，表示诚挚的感谢！',
     'org:省人民政府 | org:工商联 | org:人民解放军 | org:武警部队 | place:湖南'),
    # #020: （筹） ('in preparation') is a status marker after the name, left out like a suffix
    ('prov3org-henan', '推动郑州大学、河南大学“双一流”建设提质晋位、第二梯队创建实现突破，加快河南电子科技大学（筹）、郑州航空航天大学（筹）等基础设施建设。',
     'org:郑州大学 | org:河南大学 | org:河南电子科技大学 | org:郑州航空航天大学'),
    ('prov3org-gansu', '建成投运100个乡镇综合养老服务中心、300个村级互助幸福院。',
     ''),
    ('prov3org-gansu', '少数干部的创新精神、市场观念、法治思维、能力作风、廉政意识，与推动高质量发展的要求还有差距。',
     ''),
    ('prov3org-sichuan', '促进基础教育优质均衡发展，累计完成布局调整中小学（幼儿园）5838所、教学点4973个，深化学区制和集团化办学，在全省183个县（市、区）划分县域内义务教育学区732个，推动城乡学校共同体建设。',
     ''),
    # #024: “双高” names a programme; 中国 inside the programme's name is labelled
    ('prov3org-sichuan', '44.新一轮国家“双高”计划：2024年教育部提出将启动以“办学能力高水平、产教融合高质量”为目标的新一轮中国特色高水平高职学校和专业建设计划。',
     'date:2024年 | org:教育部 | place:中国'),
    ('prov3org-sichuan', '34.“一中心一方案”：省委、省政府出台的系列文件，分别支持绵阳、宜宾—泸州、南充—达州省域经济副中心及乐山区域中心城市建设。',
     'org:省委 | org:省政府 | place:绵阳 | place:宜宾 | place:泸州 | place:南充 | place:达州 | place:乐山'),
    ('prov3org-sichuan', '落实“政府带头过紧日子”要求，压减一般性支出，严控“三公”经费，严防“跑冒滴漏”，把有限资金花在刀刃上。',
     ''),
    # #027: 省政府 inside 省政府规章 is labelled, as 人大 inside 人大代表
    ('prov3org-hunan', '提请审议地方性法规议案17件，制定省政府规章3件。',
     'org:省政府'),
    ('prov3org-sichuan', '外部环境复杂性、严峻性、不确定性上升，稳增长面临更大压力，需要加力解决内需不足特别是消费不振的突出症结；',
     ''),
    ('prov3org-hubei', '深学笃行、勇争一流成为政府系统的自觉追求。',
     ''),
    # #030: as holdout prov #004
    ('prov3org-hubei', '自觉接受人大及其常委会法律监督和工作监督，接受政协民主监督，主动接受社会和舆论监督，加强审计监督、统计监督，高质量办理人大代表建议和政协提案，全力支持人大代表和政协委员履职，始终做到让政府权力在监督下行使、在阳光下运行。',
     'org:人大 | org:政协 | org:人大#2 | org:政协#2 | org:人大#3 | org:政协#3'),
    ('prov3org-hubei', '10大类52项民生实事全部超额完成。',
     ''),
    ('prov3org-henan', '推广“跨境电商+产业带”模式，支持布局重点枢纽城市海外货站和海外仓。',
     ''),
    ('prov3org-hubei', '坚持以高效能治理服务高质量发展，持续提升政府治理现代化水平。',
     ''),
    # #034: a specific named centre (the Jiangsu one of the national universities' technology transfer centres):
    # org, as 国际先进技术应用推进中心 in holdout2; the 试验区 and 特区 are programmes
    ('prov3org-jiangsu', '充分发挥教育科技人才体制机制一体改革试验区、应用基础研究特区、全国高校区域技术转移转化中心牵引作用，布局综合改革支撑科技创新，提升区域创新体系整体效能。',
     'org:全国高校区域技术转移转化中心'),
    ('prov3org-qinghai', '建设智慧图书馆体系和公共文化云，完善文艺院团建设发展机制，实施广播电视和网络视听精品创作工程，开发高品质文创产品，打造城市文化新空间，建立优质文化资源直达基层机制。',
     ''),
    ('prov3org-hunan', '严格落实处置重大灾情险情领导干部靠前指挥机制。',
     ''),
    # #037: 省能投集团 is level-qualified (as 省数据和政务服务局 in holdout2)
    ('prov3org-sichuan', '18.省属国有企业“1+8”重点领域改革：“1”即推进川投集团和省能投集团战略性重组，设立四川能源发展集团；',
     'org:川投集团 | org:省能投集团 | org:四川能源发展集团'),
    ('prov3org-guizhou', '进一步提高“院士专家贵州行”等活动实效。',
     'place:贵州'),
    # #039: airports are places (holdout); in 泰安、德州机场 the shared 机场 is elided, so the city 泰安 is labelled as
    # written
    ('prov3org-shandong', '加紧聊城机场新建、威海机场迁建、滨州机场前期工作，积极争取泰安、德州机场纳入全国民用运输机场布局。',
     'place:聊城机场 | place:威海机场 | place:滨州机场 | place:泰安 | place:德州机场'),
    # #040: “十四五”, “十五五” not labelled
    ('prov3org-shandong', '要牢牢把握“稳扎稳打、踏踏实实”的重大要求，始终坚持稳中求进、以进促稳，崇尚实干，务求实效，创出实绩，为“十四五”圆满收官、“十五五”良好开局打下坚实基础。',
     ''),
    # #041: the 试验区 is a programme; the computing centre is a facility (prov3 #053), 河南 inside it labelled
    ('prov3org-henan', '国家数据要素综合试验区获批建设，河南空港智算中心揭牌投运。',
     'place:河南'),
    ('prov3org-hubei', '实现上述目标，必须牢牢把握中国式现代化中心任务和高质量发展首要任务，坚持稳中求进、以进促稳，守正创新、先立后破，系统集成、协同配合，扎扎实实把湖北的事情办好，努力在发展能级、质效、竞争力、带动力等方面实现整体提升。',
     'place:中国 | place:湖北'),
    ('prov3org-sichuan', '推进新一轮财税体制改革，树立激励约束导向，构建“大财政”收入管理格局，健全“集中财力办大事”支出保障机制。',
     ''),
    # #044: 省区域医疗中心 is a category
    ('prov3org-sichuan', '启动健康四川高质量发展试验县建设，建设20个省区域医疗中心，64.2%的县医院达到三级医院能力标准。',
     'place:四川'),
    # #045: 金融资产投资公司 is a category of company
    ('prov3org-shandong', '深入实施金改试验区创建、地方金融对标提升行动，强化“金融直达基层加速跑”，抓好金融资产投资公司股权投资试点，实施上市培育“十百千”计划。',
     ''),
    ('prov3org-guizhou', '近几年，我们坚决贯彻习近平总书记关于贵州工作重要讲话重要指示精神，坚持以高质量发展统揽全局，加快推动工作重心转移、思想观念转变、经济发展转型。',
     'person:习近平 | place:贵州'),
    ('prov3org-gansu', '深入实施“数据要素乘”三年行动计划，深化数字政府建设，大力推行“高效办成一件事”。',
     ''),
    ('prov3org-guizhou', '贵州能源集团收入突破1000亿元。',
     'org:贵州能源集团'),
    # #049: the platform is not labelled, 青海 inside it is; 中华民族 and the directional 西部 are not
    ('prov3org-qinghai', '实施教育家精神铸魂强师行动，构建智慧教育赋能发展体系，建强用好青海智慧教育平台，聚力打造铸牢中华民族共同体意识教育、西部民族地区教育高质量发展、教育服务区域经济社会发展和生态环境建设“三个样板”，以教育之力厚植人民幸福之本。',
     'place:青海'),
    # -- the same pool, sentences with a name cue word (NAME_CUES): Random(4043).sample(…, 20)
    # #000: the session ordinal splits 江苏省…人民代表大会: the org span is what follows the ordinal (the ordinal is not
    # part of a Chinese name, README), and 江苏省 before it, outside any org span, is a place; 省长 is a title
    ('prov3name-jiangsu', '2025年1月19日在江苏省第十四届人民代表大会第三次会议上省长许昆林作政府工作报告。',
     'date:2025年1月19日 | place:江苏省 | org:人民代表大会 | person:许昆林'),
    # #001: 总书记 alone is a title
    ('prov3name-jiangsu', '我们要深入领会总书记对江苏的期望之深，深刻认识自身肩负的责任之重，努力在识变应变求变中保持战略定力、把握战略主动，坚定不移办好自己的事，把各方面积极因素转化为发展实绩，为奋进新征程、建功新时代汇聚磅礴力量。',
     'place:江苏'),
    ('prov3name-shandong', '一年来，我们健全习近平总书记重要指示要求和党中央、国务院决策部署常态化学习、台账化落实机制，一项一项抓落地、抓见效。',
     'person:习近平 | org:党中央 | org:国务院'),
    # #003: 青藏高原 inside 青藏高原精神 is labelled
    ('prov3name-qinghai', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，大力弘扬以改革创新为核心的时代精神和青藏高原精神，以忠诚之志、感恩之心、担当之为，奋力谱写中国式现代化青海篇章!',
     'person:习近平 | org:党中央 | place:青藏高原 | place:中国 | place:青海'),
    # #004: 苏州工业园区 (Suzhou Industrial Park) is a named area (as the new districts of holdout2); 国家级经开区 generic;
    # 中新 a pair
    ('prov3name-jiangsu', '加快建设对外开放高端平台，9家国家级经开区跻身全国30强，成功举办苏州工业园区开发建设30周年系列活动，习近平总书记指出苏州工业园区树立了中新两国合作的生动样板。',
     'place:苏州工业园区 | person:习近平 | place:苏州工业园区#2'),
    # #005: 各级人大、政协: 人大 and 政协 are names (holdout), so 各级 does not make them generic as it does 各级政府
    ('prov3name-hunan', '这些成绩的取得，是以习近平同志为核心的党中央坚强领导的结果，是中共湖南省委正确领导的结果，是各级人大、政协和监察、司法机关监督支持，以及社会各界关心帮助的结果，是全省人民团结奋斗的结果。',
     'person:习近平 | org:党中央 | org:中共湖南省委 | org:人大 | org:政协'),
    # #006: 新甘肃 as 新江苏 (prov3 #083); 陇 is a one-character abbreviation
    ('prov3name-gansu', '让我们更加紧密地团结在以习近平同志为核心的党中央周围，在省委的领导下，撸起袖子加油干，让汗水冲淡风雨，让梦想照进现实，加快建设幸福美好新甘肃、不断开创富民兴陇新局面，奋力谱写中国式现代化甘肃篇章！',
     'person:习近平 | org:党中央 | org:省委 | place:甘肃 | place:中国 | place:甘肃#2'),
    ('prov3name-hunan', '我们坚信，在以习近平同志为核心的党中央坚强领导下，就没有迈不过的坎，没有闯不过的关，一定能战胜一切风险挑战，不断开创高质量发展的崭新局面！',
     'person:习近平 | org:党中央'),
    ('prov3name-sichuan', '隆重举行邓小平同志诞辰120周年纪念活动。',
     'person:邓小平'),
    ('prov3name-hubei', '深学笃用习近平新时代中国特色社会主义思想，不断提高政治判断力、政治领悟力、政治执行力，始终在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致。',
     'person:习近平 | place:中国 | person:习近平#2 | org:党中央'),
    # #010: 花牛 (an apple variety) not labelled; the Maijishan grottoes are a named site: place; 陇原 (a
    # traditional name of Gansu) is a named region, as 三晋
    ('prov3name-gansu', '党的十八大以来，习近平总书记第三次亲临甘肃视察，殷殷嘱托指路领航，谆谆教导厚望如山，“天水花牛苹果又大又红，麦积山石窟‘东方微笑’跨越千年”，给2400多万陇原儿女无限温暖和巨大鼓舞，进一步汇聚起牢记嘱托、感恩奋进的磅礴力量。',
     'person:习近平 | place:甘肃 | place:天水 | place:麦积山石窟 | place:陇原'),
    ('prov3name-shandong', '实现上述目标，最根本的，是坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂，把习近平总书记对山东工作的重要指示要求作为总遵循、总定位、总航标，对标对表、抓好落实。',
     'person:习近平 | place:中国 | person:习近平#2 | place:山东'),
    # #012: 中央经济工作会议 is a meeting (an event)
    ('prov3name-gansu', '实现上述目标，必须坚持党对经济工作的全面领导，深入落实中央经济工作会议精神，自觉在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致，始终沿着习近平总书记指引的方向笃定前行。',
     'person:习近平 | org:党中央 | person:习近平#2'),
    ('prov3name-hubei', '深入贯彻习近平总书记关于湖北工作的重要讲话和指示批示精神，强化支点意识，抬升发展标杆，自觉把湖北发展放在全局中谋划、大局中推进，确保把党中央决策部署全面落实到位。',
     'person:习近平 | place:湖北 | place:湖北#2 | org:党中央'),
    ('prov3name-jiangsu', '实现上述目标，必须始终牢记习近平总书记对江苏的殷切嘱托，深刻把握在国家发展大局中的战略定位，切实增强信心、持续紧抓快干，坚决扛起“勇挑大梁”的重大责任。',
     'person:习近平 | place:江苏'),
    # #015: “千万工程” is a programme
    ('prov3name-sichuan', '习近平总书记在浙江工作期间，于2003年6月作出了实施“千万工程”的重大决策，从全省选择1万个左右的行政村进行全面整治，把其中1000个左右的中心村建成全面小康示范村，“千村示范、万村整治”应运而生。',
     'person:习近平 | place:浙江 | date:2003年6月'),
    ('prov3name-hunan', '回首这一年不平凡的历程，最令人鼓舞的是，习近平总书记亲临湖南，为我省高质量发展指明了前进方向、注入了强劲动能。',
     'person:习近平 | place:湖南'),
    ('prov3name-henan', '坚持不懈用习近平新时代中国特色社会主义思想凝心铸魂，自觉把习近平总书记关于河南工作的重要讲话和重要指示批示精神作为统领各项工作的“纲”和“魂”，不断提高政治判断力、政治领悟力、政治执行力，确保党中央各项决策部署落到实处、见到实效。',
     'person:习近平 | place:中国 | person:习近平#2 | place:河南 | org:党中央'),
    ('prov3name-qinghai', '各位代表!做好新时代青海工作，承载着习近平总书记和党中央的深切关怀、殷切期望，寄托着全省各族人民的热切期盼、美好向往，每一个人都是主角，每一份付出都弥足珍贵，每一束光芒都熠熠生辉。',
     'place:青海 | person:习近平 | org:党中央'),
    ('prov3name-hubei', '刚刚过去的一年极不平凡，习近平总书记第6次亲临湖北考察，对湖北发展作出新的定位、提出更高要求，6100万湖北人民备受鼓舞、倍增动力。',
     'person:习近平 | place:湖北 | place:湖北#2 | place:湖北#3'),
]
# fmt: on


def main() -> None:
    holdouts.main("holdout3", ITEMS, DRAWS, sample, ("prov3-", "prov3org-", "prov3name-"))


if __name__ == "__main__":
    main()

r"""Build eval/ner/holdout29.jsonl: a twenty-ninth held-out NER set, Chinese official text with pattern cues, sampled by seed, labelled blind.

The sentences were drawn mechanically from the read-only corpus (../shared/corpus/zh-docs) by `sample()` below, then
labelled by reading, following the "Labelling rules" of README.md (with the recommendations of "Where the sets
disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout27.py (the NEW h7 … NEW h27
decisions included). The labeller did not read anything of the extractor (dossier/), the tests, docs/ or bench/, did not
run it, bench/ner_eval.py, the tests, the project's date/phone finders or any date or phone parser, segmenter, NER or
POS tool on these sentences, and did not look at what any tool predicts for them. The set has never been scored. It is
drawn like holdout26 (same sources, same reading code and cues, new seeds) and meant, like it, to be rich in patterns
(dates, document numbers such as 国发〔2017〕12号, decree numbers, phones, e-mail addresses, URLs, PRC ID numbers); every
entity type the rules define is labelled, names (person, org, place) included.

    python eval/ner/build_holdout29.py            # write holdout29.jsonl from ITEMS, print counts
    python eval/ner/build_holdout29.py --sample   # re-draw and print the candidates, in sampled order
    python eval/ner/build_holdout29.py --check    # confirm every ITEMS sentence is one of the drawn candidates

Sampling (the record of how ITEMS was chosen; ITEMS, not a re-draw, is what gets built). The Chinese reading code
(sentence split, law markdown cleaning, docx paragraphs, pdftotext lines), the cues CUE and RICH, seen_texts, seen,
first_occurrences, shares_stretch, unseen and sample are copied from build_holdout26.py, not imported, so that no later
edit of that file changes this draw; seen_texts is extended to build_holdout27.py (and cached). Every sentence is split
after 。！？； (zh_sentences) and kept if 15-150 characters and if CUE matches. RICH, the stricter cues: a year with its
month, a dotted, slashed or dashed numeric date, a bracketed year, 号 after a number, 令第, a run of 7 or more digits, or
电话, 传真, 邮箱, 网址, http, www. New here, PLAIN_YEAR, the filler's cue: a year written with four digits (half- or
full-width, spaces allowed) or four Chinese numerals, followed by 年; CUE's bare 年 after a numeral also matches
durations (三年以下有期徒刑, 五年计划), which filled much of holdout26's plain draws with no entity at all. Every pool
leaves out texts that overlap a text of build.py or build_holdout.py … build_holdout27.py (the text is in one of those
files' source, or contains or is contained in one of their ITEMS texts; so none of holdout26's or holdout27's), and any
text that shares a stretch of 20 characters (STRETCH) with build.py's source (holdout26's rule); it keeps only the
first occurrence of a text that recurs. build_holdout28.py (written by another helper at the same time) is not among
the seen files.

1. zh29-gov-work-reports, zh29-law-*: every line of the national reports JSONL (all years), then every law in
   zh-docs/prc-laws-lawrefbook; the cued sentences with a PLAIN_YEAR and without a RICH cue (pool 839: 838 national,
   1 law): random.Random(30301).sample(…, 251).
2. the same sources, the sentences with a RICH cue (pool 42: 20 national, 22 law): all the pool holds, in the order of
   random.Random(30302) (n of 100, cut to the pool by min()).
3. zh29-prov-*: the 2025 government work reports of all 31 provinces (docx, file-name order), the cued sentences with a
   PLAIN_YEAR and without a RICH cue: all the pool holds (7), in the order of random.Random(30303).
4. the same reports, the sentences with a RICH cue: the pool is empty (holdout26 took its last 17); seed 30304.
5. zh29-const, zh29-pdf, zh29-notice: the rest of zh-docs (the Chinese half of the bilingual Constitution, the bond
   prospectus PDF's lines, the Xinjiang notice), read as holdout26 did: the pool is empty (holdout26 took its last 7);
   seed 30305.
Seeds 30301-30305 are used. The brief was to take every sentence with a RICH cue that the earlier sets left and to fill
up to about 300 with sentences holding a plain year. The pools' sizes were counted before any candidate was read or
labelled (839, 42, 7, 0, 0), and the sizes set from them: draws 2-5 take their whole pools (49 sentences) and draw 1
the rest, 251, for 300 in all. sample() gives draw 1 its 15 replacements; draws 2-5 take their whole pools.

A sampled text that is garbled would be dropped, with a comment where it would have been, and replaced by the next
candidate of the same random order. None was dropped: two report sentences cut at a title's 《 or 》 (the reports' text
breaks its lines inside some titles) and one that seems to lack a verb (#009 of draw 1) are readable text of their
sources and were kept, as said on their items. All the draws were labelled in full; none was cut short.

As in holdout26, the contact cues (电话, 传真) found only common nouns (电话网, 移动电话, 传真提交), and the pools hold no
phone number, e-mail address, URL or ID number: so no phone, email, url or id_number was drawn, and the patterns are
dates and document numbers (two State Council decree numbers, 中华人民共和国国务院令第…号, and one UN Security Council
resolution cited by its number). Of the dates, 36 hold a month (27 of them the day too) and 19 more are more than a bare
year (a year with its season, half or 年度, a range or list sharing its 年, a decade with its century). The decisions this
set adds are marked NEW h29 on their items (7 of them).

Result: 300 sentences (271 zh29 national reports, 22 zh29 laws, 7 zh29-prov), 509 entities: 387 date, 3 docno (390
pattern entities), 73 place, 41 org, 5 person. By draw: 1 (251) 342 date, 50 place, 18 org, 2 person (250 of its
sentences hold an entity); 2 (42) 37 date, 3 docno, 23 org, 12 place, 2 person (36); 3 (7) 8 date, 11 place, 1 person
(7); 4 and 5 none drawn. By group: national reports 358 date, 1 docno, 57 place, 28 org, 4 person (265 of 271); laws
21 date, 2 docno, 13 org, 5 place (21 of 22); provinces 8 date, 11 place, 1 person (7 of 7).
"""

from __future__ import annotations

import functools
import json
import random
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import holdouts  # noqa: E402  (the shared command line; build.spans computes and checks offsets)

CORPUS = HERE.parent.parent.parent / "shared" / "corpus"          # /work/shared/corpus
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ZH = CORPUS / "zh-docs"
# The cues, copied from build_holdout26.py (CUE and RICH unchanged).
NUM = r"[\d〇○零一二三四五六七八九十]"
YEAR = r"[\d〇○零一二三四五六七八九]\s*年"                         # a year (or a duration: 三年)
MONTH_DAY = NUM + r"\s*[月日]"                                     # a month or a day (3月, 十二月, 15日)
NUMERIC_DATE = r"(?<!\d)(?:19|20)\d\d\s*[./\-－．]\s*\d{1,2}(?!\d)|(?<!\d)\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)?\d\d(?!\d)"
BRACKET_YEAR = r"[〔［\[]\s*(?:19|20)\d\d\s*[〕］\]]"              # 〔2017〕, [2017]
NUMBER_HAO = NUM + r"\s*号|[百千]\s*号"                              # 号 after a number
DECREE = r"令第"
LONG_DIGITS = r"\d{7,}"
CONTACT = r"电话|传真|邮箱|网址|http|www"
CUE = re.compile("|".join([YEAR, MONTH_DAY, NUMERIC_DATE, BRACKET_YEAR, NUMBER_HAO, DECREE, LONG_DIGITS, CONTACT]),
                 re.I)
# More than a plain year: a year with its month, a numeric date, a bracketed year, 号 after a number, a decree number,
# a 7+ digit run, a contact cue.
RICH = re.compile("|".join([YEAR + r"\s*" + NUM + r"{1,3}\s*月", NUMERIC_DATE, BRACKET_YEAR, NUMBER_HAO, DECREE,
                            LONG_DIGITS, CONTACT]), re.I)
# New here: a plain year, the filler's cue: a year written with four digits (half- or full-width, spaces allowed) or
# four Chinese numerals, followed by 年. CUE's YEAR also matches durations (三年以下有期徒刑, 五年计划), which filled much of
# holdout26's plain draws with no pattern at all; PLAIN_YEAR keeps the filler to sentences that name a calendar year.
DIGIT4 = r"(?<![\d])[12１２]\s*\d\s*\d\s*\d\s*年"
CN4 = r"[一二]\s*[〇○零一二三四五六七八九]\s*[〇○零一二三四五六七八九]\s*[〇○零一二三四五六七八九]\s*年"
PLAIN_YEAR = re.compile(DIGIT4 + "|" + CN4)
MIN_LEN, MAX_LEN = 15, 150
STRETCH = 20


# -- reading code, copied from build_holdout26.py (which copied it from build_holdout24.py … build_holdout4.py) -----

def zh_sentences(paragraph: str) -> list[str]:
    """Split after 。！？； keeping the delimiter; strip; drop empties."""
    return [s.strip() for s in re.findall(r"[^。！？；]*[。！？；]|[^。！？；]+$", paragraph) if s.strip()]


def docx_paragraphs(path: Path) -> list[str]:
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


def pdf_lines(path: Path) -> list[str]:
    """The lines pdftotext (poppler, default reading order, UTF-8) gives; none for a PDF it cannot open."""
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    return done.stdout.decode("utf-8", "replace").splitlines() if done.returncode == 0 else []


# -- pools ---------------------------------------------------------------------------------------------

@functools.cache
def seen_texts() -> tuple[str, list[str]]:
    """The source text of build.py and build_holdout{,2,…,27}.py, and the texts of their ITEMS."""
    import importlib
    files = ["build.py", "build_holdout.py"] + [f"build_holdout{i}.py" for i in range(2, 28)]
    source = "".join((HERE / f).read_text(encoding="utf-8") for f in files)
    modules = [importlib.import_module(f.removesuffix(".py")) for f in files]
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


def cued(s: str) -> bool:
    return MIN_LEN <= len(s) <= MAX_LEN and bool(CUE.search(s))


def national_and_law_sentences() -> list[tuple[str, str]]:
    """Every cued sentence of the national reports (all years), then of every law, in reading order."""
    out = []
    path = ZH / "national-gov-work-reports-wikisource/government_work_reports_1954_2025.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        for para in json.loads(line)["content"].splitlines():
            out += [("zh29-gov-work-reports", s) for s in zh_sentences(para) if cued(s)]
    for law in sorted((ZH / "prc-laws-lawrefbook").glob("*.md")):
        text = re.sub(r"<!--.*?-->", "", law.read_text(encoding="utf-8"), flags=re.S)
        for para in text.splitlines():
            para = para.lstrip("#").strip()
            out += [(f"zh29-law-{law.stem}", s) for s in zh_sentences(para) if cued(s)]
    return out


def provincial_sentences() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ZH / "provincial-work-reports-2025-docx").glob("gov_work_report_2025_*.docx")):
        prov = path.stem.removeprefix("gov_work_report_2025_")
        for para in docx_paragraphs(path):
            out += [(f"zh29-prov-{prov}", s) for s in zh_sentences(para) if cued(s)]
    return out


def other_sentences() -> list[tuple[str, str]]:
    """The rest of zh-docs (holdout26's pool). The bilingual Constitution's lines with a Chinese character (its Chinese
    half), the bond prospectus PDF's lines (pdftotext), the Xinjiang notice's lines; each line stripped (also of the
    full-width indent) and split like the reports."""
    out = []
    const = ZH / "bilingual/constitution_prc_2018_zh_en_parallel.md"
    for line in const.read_text(encoding="utf-8").splitlines():
        if re.search(r"[\u4e00-\u9fff]", line):
            out += [("zh29-const", s) for s in zh_sentences(line.lstrip("#").strip()) if cued(s)]
    for line in pdf_lines(ZH / "pdf/chinese_bond_prospectus_tables_page.pdf"):
        out += [("zh29-pdf", s) for s in zh_sentences(line.strip()) if cued(s)]
    notice = ZH / "xinjiang-normative-docs/xinjiang_quality_supervision_bureau_notice_2012_24.txt"
    for line in notice.read_text(encoding="utf-8").splitlines():
        out += [("zh29-notice", s) for s in zh_sentences(line.strip().strip("\u3000").strip()) if cued(s)]
    return out


def shares_stretch(s: str, text: str, k: int = STRETCH) -> bool:
    """Whether s and text share a stretch of k characters (holdout26's rule)."""
    return any(s[i:i + k] in text for i in range(len(s) - k + 1))


def unseen(pool: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pool less what the earlier sets used: any text seen() finds, and (holdout26's rule) any text that shares a
    stretch of STRETCH characters with build.py's source, which cut and edited some of the sentences it took (the
    notice's docno sentences, report and Constitution sentences), so that seen() misses them."""
    source, texts = seen_texts()
    build_source = (HERE / "build.py").read_text(encoding="utf-8")
    return first_occurrences([(src, s) for src, s in pool
                              if not seen(s, source, texts) and not shares_stretch(s, build_source)])


def zh29_plain_candidates() -> list[tuple[str, str]]:
    """New here: only the sentences with a plain year (PLAIN_YEAR) and none of RICH's cues."""
    return [(src, s) for src, s in unseen(national_and_law_sentences()) if not RICH.search(s) and PLAIN_YEAR.search(s)]


def zh29_rich_candidates() -> list[tuple[str, str]]:
    return [(src, s) for src, s in unseen(national_and_law_sentences()) if RICH.search(s)]


def zh29_prov_plain_candidates() -> list[tuple[str, str]]:
    """New here: as zh29_plain_candidates, for the provinces."""
    return [(src, s) for src, s in unseen(provincial_sentences()) if not RICH.search(s) and PLAIN_YEAR.search(s)]


def zh29_prov_rich_candidates() -> list[tuple[str, str]]:
    return [(src, s) for src, s in unseen(provincial_sentences()) if RICH.search(s)]


def zh29_other_candidates() -> list[tuple[str, str]]:
    """The rest of zh-docs, less what the other pools hold (the Constitution's sentences that the law file holds too)."""
    taken = {s for _, s in national_and_law_sentences()}
    return [(src, s) for src, s in unseen(other_sentences()) if s not in taken]


DRAWS = [(zh29_plain_candidates, 30301, 251), (zh29_rich_candidates, 30302, 100),
         (zh29_prov_plain_candidates, 30303, 100), (zh29_prov_rich_candidates, 30304, 100),
         (zh29_other_candidates, 30305, 100)]


def sample(extra: int = 15) -> list[list[tuple[str, str]]]:
    """Each draw's random order: the first n are the sample, the next extras are replacements in order.
    A draw asks for min(n, len(pool)) and its extras only as far as the pool goes, and only as far as the longer draw
    extends the sample (random.sample draws small and large samples by different methods, so n + 15 of a pool need not
    begin with the n; the extras are cut, never the sample)."""
    out = []
    for candidates, seed, n in DRAWS:
        pool = candidates()
        n = min(n, len(pool))
        first = random.Random(seed).sample(pool, n)
        more = min(extra, len(pool) - n)
        while more and random.Random(seed).sample(pool, n + more)[:n] != first:
            more -= 1
        drawn = random.Random(seed).sample(pool, n + more)
        assert drawn[:n] == first, "the longer draw must extend the sample"
        out.append(drawn)
    return out


# fmt: off
ITEMS: list[tuple[str, str, str]] = [
    # Labelled blind, by reading only, per the "Labelling rules" of README.md (following the recommendations of "Where
    # the sets disagree") and the decisions recorded in build.py and build_holdout.py … build_holdout27.py (the NEW h7 …
    # NEW h27 ones included): no extractor, date/phone finder, segmenter or NER/POS tool was run on these texts and no
    # prediction was seen. Annotations are 'type:surface' separated by ' | ', 'type:surface#2' for a second occurrence
    # (see build.spans). Comments on an item record how an ambiguous case was decided; those marked NEW h29 are
    # decisions no earlier set had to make. #NNN = position in the seeded order. No text was dropped as garbled: the
    # sentences cut at a title's 《 or 》 and the one that seems to lack a verb (#009 of the first draw) are readable text
    # of their sources and were kept, as said on their items.
    # -- national reports (all years) and laws: sentences with a plain year (PLAIN_YEAR) and none of RICH's cues; pool
    # 839, Random(30301).sample(…, 251), in sampled order
    # #000: 十年内乱 is no date (a duration); 连续三年 a duration
    ('zh29-gov-work-reports', '从一九七九年起，由于调整经济和解决长期以来特别是十年内乱遗留下来的大量问题，国家财政收入连续三年下降。',
     'date:一九七九年'),
    # #001: each end its own date (README), the space before the second left out; 中央财政: 中央 as an attribute; 中西部地区 is a
    # compass region (README)
    ('zh29-gov-work-reports', '2003年到 2007年，中央财政对地方的转移支付累计4.25万亿元，87%用于支持中西部地区。',
     'date:2003年 | date:2007年'),
    ('zh29-gov-work-reports', '一九五八年粮食和棉花都出现了不少的大面积高额丰产田。',
     'date:一九五八年'),
    ('zh29-gov-work-reports', '该厂的建设工程还才开始，一九五四年完成的工作量还不到原定计划的一半，仅窝工开支就有二百万元，积压材料就达七百多万元。',
     'date:一九五四年'),
    ('zh29-gov-work-reports', '在一九五二年，即我国结束经济恢复阶段的这一年，我国工业农业总产值（包括工业、手工业、农业和农村副业的全部产值，这种产值都是按一九五二年的不变价格计算的，下同），比一九四九年增长了百分之七十七点五，其中：现代工业增长了百分之一百七十八点六，农业（包括农村副业）增长了百分之四十八点五。',
     'date:一九五二年 | date:一九五二年#2 | date:一九四九年'),
    ('zh29-gov-work-reports', '显然，1956年的建设成就是极其巨大的。',
     'date:1956年'),
    # #006: 底前 left out (README: 底, 前)
    ('zh29-gov-work-reports', '2005年底前注册营运的黄标车今年要全部淘汰。',
     'date:2005年'),
    # #007: a year with a season is one span (NEW h16; 一九五五年冬, h17), 春天 taken whole as 春季 is (h20 #012)
    ('zh29-gov-work-reports', '资产阶级右派分子在一九五七年春天，当我国经济发展遇到了一些在前进中的暂时的困难的时候，他们公开否认我们的成绩是主要的，把我国的国家制度、国家政策、经济建设和文化建设说得一无是处。',
     'date:一九五七年春天'),
    ('zh29-gov-work-reports', '农业总产值达到了八百八十亿元，比一九五七年的五百三十七亿元增长了百分之六十四；',
     'date:一九五七年'),
    # #009: 主席 is a title; the clause seems to lack a verb before 我们 (迎接), as the source has it; readable, kept
    ('zh29-gov-work-reports', '让我们在中国共产党和毛泽东主席的领导下，在鼓足干劲、力争上游、多快好省地建设社会主义的总路线的指导下，紧密地团结起来，用完成和超额完成一九五九年计划的积极行动,我们伟大的祖国——中华人民共和国建立的十周年！',
     'org:中国共产党 | person:毛泽东 | date:一九五九年 | place:中华人民共和国'),
    # #010: 各省、自治区、直辖市政府 is generic
    ('zh29-gov-work-reports', '除国务院批准的试点城市外，各省、自治区、直辖市政府机构的改革，拟从１９８９年开始。',
     'org:国务院 | date:１９８９年'),
    ('zh29-gov-work-reports', '其他农副产品如烤烟、甘蔗、甜菜、黄麻、蚕茧等的产量，牲畜的数量，开荒和造林的面积，也都将比１９５５年有所增长。',
     'date:１９５５年'),
    # #012: 以来 left out
    ('zh29-gov-work-reports', '我们从一九五五年以来，通过降低建筑标准、削减建设项目的工作，使非生产性建设投资在整个建设投资中的比重，由过去的百分之三十以上，降低到百分之二十左右。',
     'date:一九五五年'),
    ('zh29-gov-work-reports', '五年内，高等教育以发展高等工科学校和综合大学的理科为重点，同时适当地发展农林、师范、医药和其他各类学校，到一九五七年，我国将共有高等学校二百○八所。',
     'date:一九五七年'),
    # #014: 安提瓜和巴布达 (Antigua and Barbuda) is one country's name, one span (the longest name, README)
    ('zh29-gov-work-reports', '从１９８３年以来，我们先后同安提瓜和巴布达、安哥拉、科特迪瓦、莱索托、阿拉伯联合酋长国、玻利维亚、格林纳达、尼加拉瓜、伯利兹、乌拉圭等１０个国家建立了外交关系。',
     'date:１９８３年 | place:安提瓜和巴布达 | place:安哥拉 | place:科特迪瓦 | place:莱索托 | place:阿拉伯联合酋长国 | place:玻利维亚 | place:格林纳达 | place:尼加拉瓜 | place:伯利兹 | place:乌拉圭'),
    # #015: 建国初期 is relative
    ('zh29-gov-work-reports', '如果同建国初期的一九五零年的一百七十亿元作比较，则增长二点八倍；',
     'date:一九五零年'),
    # #016: 去年下半年 is relative; 各专业银行 is generic
    ('zh29-gov-work-reports', '去年下半年在酝酿１９８５年金融体制改革和企业工资改革的过程中，有关部门曾经提出过各专业银行可以自主支配的信贷资金数额，以１９８４年的实际贷款数为基数核定；',
     'date:１９８５年 | date:１９８４年'),
    # #017: NEW h29: two years listed with 、 before one shared 年 (1980、1981年) are one span, as a range sharing its unit
    # (2021—2025年, README) and the quarters sharing 季度 (1956年的第二、三季度, NEW h26); the first year is not cut out as a bare
    # year
    ('zh29-gov-work-reports', '三、采取有力措施，保证1980、1981年计划的完成',
     'date:1980、1981年'),
    # #018: each end its own date (README); 八年间 is a duration
    ('zh29-gov-work-reports', '从一九七八年到一九八五年八年间，我国农业总产值每年要增长百分之四到五，工业总产值每年要增长百分之十以上。',
     'date:一九七八年 | date:一九八五年'),
    # #019: the State Council by its full name is one org taken whole with the state it belongs to (README: 中国政府; as the
    # English 'X of the People's Republic of China', NEW h22); the session ordinals are not part of the name (README)
    ('zh29-gov-work-reports', '现在我代表中华人民共和国国务院向第一届全国人民代表大会第三次会议提出关于１９５５年国家决算和１９５６年国家预算的报告，请予审查。',
     'org:中华人民共和国国务院 | org:全国人民代表大会 | date:１９５５年 | date:１９５６年'),
    ('zh29-gov-work-reports', '从１９７９年起，我们就开始调整农村政策，保障生产队的自主权。',
     'date:１９７９年'),
    # #021: spaced digits as written (README); “九五” is a plan period
    ('zh29-gov-work-reports', '制定和实施“九五”计划和2 0 1 0 年远景目标纲要，开局良好。',
     'date:2 0 1 0 年'),
    ('zh29-gov-work-reports', '为了适应于农业生产发展的迫切需要，一九五八年化学肥料的生产将有很大的增长。',
     'date:一九五八年'),
    ('zh29-gov-work-reports', '1956年，棉花和油菜子受灾最重，产量比1955年减少了。',
     'date:1956年 | date:1955年'),
    ('zh29-gov-work-reports', '根据上述要求，1981年国民经济计划主要指标安排如下。',
     'date:1981年'),
    ('zh29-gov-work-reports', '一九六四年全国工业总产值，预计比一九六三年增长百分之十五以上，比一九五七年有了很大的增加。',
     'date:一九六四年 | date:一九六三年 | date:一九五七年'),
    ('zh29-gov-work-reports', '经过第一个五年计划期间的努力，一九五七年才达到了三千七百亿斤。',
     'date:一九五七年'),
    # #027: 年度 with the year (NEW h10)
    ('zh29-gov-work-reports', '这次提请大会审议的一九五八年度国民经济计划（草案），是估计到上面所说的形势拟订的，并且还保留了一定的后备力量。',
     'date:一九五八年度'),
    # #028: the education campaign is not labelled; the plan period is not
    ('zh29-gov-work-reports', '在深入广泛开展社会主义教育运动的基础上，一九六五年要大力组织工农业生产的新高潮，为一九六六年开始的第三个五年计划作好准备，争取在不太长的历史时期内，把我国建成一个具有现代农业、现代工业、现代国防和现代科学技术的社会主义强国。',
     'date:一九六五年 | date:一九六六年'),
    # #029: the plan period is not labelled; the year in the outline's title is (a bare year inside a longer term,
    # README)
    ('zh29-gov-work-reports', '国民经济和社会发展第十四个五年规划和2035年远景目标纲要（草案）',
     'date:2035年'),
    ('zh29-gov-work-reports', '一九五九年，达到和超过纲要这个规定的，已经有五百零四个县（包括相当于县的旗、市和大市辖的区，下同），占全国一千七百八十六个县的百分之二十八；',
     'date:一九五九年'),
    ('zh29-gov-work-reports', '2006年，全国国有企业资产总额比2002年增长60.98%，实现利润增长2.23倍，税收增长1.05倍。',
     'date:2006年 | date:2002年'),
    ('zh29-gov-work-reports', '我们应当在一九五八年的巨大胜利的基础上，沿着一九五八年所开辟的道路，继续跃进，争取一九五九年在各个战线上获得更大的胜利。',
     'date:一九五八年 | date:一九五八年#2 | date:一九五九年'),
    ('zh29-gov-work-reports', '１９５６年内，国家预算对科学事业的支出比上年增加一倍以上。',
     'date:１９５６年'),
    ('zh29-gov-work-reports', '我们有完成一九五九年计划的许多有利条件。',
     'date:一九五九年'),
    ('zh29-gov-work-reports', '一九五七年比一九五二年，我国工业总产值将增长百分之九十八点三，即平均每年递增百分之十四点七。',
     'date:一九五七年 | date:一九五二年'),
    # #036: traditional characters, as written
    ('zh29-gov-work-reports', '公私合營工業的産值在一九五三年已經達到一九四九年的九倍多，預計在一九五四年又將等於一九五三年的兩倍多。',
     'date:一九五三年 | date:一九四九年 | date:一九五四年 | date:一九五三年#2'),
    ('zh29-gov-work-reports', '第六个五年计划规定，到一九八五年全日制高等学校招生数将从一九八○年的二十八万人增加到四十万人，增长百分之四十二点二；',
     'date:一九八五年 | date:一九八○年'),
    # #038: each end its own date (README)
    ('zh29-gov-work-reports', '一九五五年到一九五七年，基本建设要完成五年投资总额的百分之六十八，许多规模巨大、技术复杂的工厂、矿山、铁路、水利的工程要同时开工；',
     'date:一九五五年 | date:一九五七年'),
    ('zh29-gov-work-reports', '如果不采取有力措施加以解决，１９８１年还会有一百几十亿元的赤字，那么，几年来人民生活所得到的改善必将丧失，比例失调的状况将进一步加剧，国家经济生活将发生严重混乱，安定团结的政治局面就难以巩固和发展。',
     'date:１９８１年'),
    # #040: the bridge is a road facility (NEW h13): only the river it is named after (as h25 #010); 宝成铁路 and 鹰厦铁路 are
    # railway lines named with abbreviations: not labelled
    ('zh29-gov-work-reports', '一九五七年建设铁路新线和复线共计一千一百多公里，举世瞩目的长江大桥、宝成铁路和鹰厦铁路这样的巨大工程，已经建设完成。',
     'date:一九五七年 | place:长江'),
    # #041: a year with its half is one span (NEW h10); 去年同期 is relative
    ('zh29-gov-work-reports', '1979年进出口贸易总额比上年增长28％，1980年上半年又比去年同期增长20.2％。',
     'date:1979年 | date:1980年上半年'),
    # #042: a heading; spaced digits as written
    ('zh29-gov-work-reports', '二、关于1 9 9 8 年政府工作的建议',
     'date:1 9 9 8 年'),
    ('zh29-gov-work-reports', '2000年是世纪交替之年，是全面实现我国社会主义现代化建设第二步战略目标的最后一年，做好今年政府工作具有承前启后的重要意义。',
     'date:2000年'),
    ('zh29-gov-work-reports', '一九五八年计划粮食产量三千九百二十亿斤和棉花产量三千五百万担的指标，以及农副业的其他各项指标，都是很积极的。',
     'date:一九五八年'),
    ('zh29-gov-work-reports', '能源工业，煤炭产量62，000万吨，比1980年预计增加1，000万吨；',
     'date:1980年'),
    # #046: 十三年 is a duration
    ('zh29-gov-work-reports', '我国农业连续十三年夺得丰收，一九七四年农业总产值预计比一九六四年增长百分之五十一。',
     'date:一九七四年 | date:一九六四年'),
    ('zh29-gov-work-reports', '按一九八○年不变价格计算，一九九○年工农业总产值达到一万六千七百七十亿元，比一九八○年增长一点三倍；',
     'date:一九八○年 | date:一九九○年 | date:一九八○年#2'),
    ('zh29-gov-work-reports', '例如，棉纱产量前三年共增加了三十五万件，而1956年就增加了一百二十七万件；',
     'date:1956年'),
    ('zh29-gov-work-reports', '列入第六个五年计划的六十五种主要产品的产量，到１９８４年已有四十三种提前达到１９８５年的指标。',
     'date:１９８４年 | date:１９８５年'),
    ('zh29-gov-work-reports', '长途光缆线路长度由1997年的15万公里增加到2002年的47万公里；',
     'date:1997年 | date:2002年'),
    ('zh29-gov-work-reports', '但是全国社会商品零售总额，由于前面所已经说过的原因，只完成原定计划的９４％，比１９５４年只增长了３％。',
     'date:１９５４年'),
    # #052: 中下游 and 下游 joined to a river are taken with it (as 上游, NEW h9; 长江中下游 in an earlier set); 华北 is labelled
    # (README recommendation, as 华中, NEW h9); NEW h29: 滨 (the shore) joined to a lake (洞庭湖滨, the Dongting lakeshore) is
    # an area word taken with the name, as 流域 (h5), 干流 (NEW h7) and 库区 (NEW h27); the flood-diversion project is not
    # labelled, the river inside it is; the reservoir project is not labelled, the named reservoir inside it is a place
    # (NEW h11)
    ('zh29-gov-work-reports', '在１９５４年堵口复堤的基础上，继续整理了长江中下游、淮河、辽河、珠江和华北各河的堤堰，恢复了洞庭湖滨的堤垸，举办了汉水下游分洪工程，基本上完成了淮河的南湾水库工程。',
     'date:１９５４年 | place:长江中下游 | place:淮河 | place:辽河 | place:珠江 | place:华北 | place:洞庭湖滨 | place:汉水下游 | place:淮河#2 | place:南湾水库'),
    # #053: the campaign is not labelled
    ('zh29-gov-work-reports', '他号召，一九六五年必须在各条战线上深入开展增产节约运动。',
     'date:一九六五年'),
    ('zh29-gov-work-reports', '一九五三年国家开始有计划建设以后，为了加强生产的计划性，对许多重要原料，有的由国家差不多全部收购，有的由国家大部收购，这些收购的原料，都由国家实行统一分配。',
     'date:一九五三年'),
    # #055: a range sharing one unit is one span (README); the plan is not labelled
    ('zh29-gov-work-reports', '1956—1967年科学发展远景规划已经制订，并且已经作为试行草案，付诸实施。',
     'date:1956—1967年'),
    # #056: 整风运动 and the struggle are campaigns (README)
    ('zh29-gov-work-reports', '整风运动和反右派斗争，是政治战线和思想战线上的社会主义革命，是一九五五年和一九五六年经济战线上（生产资料所有制方面）的社会主义革命的继续。',
     'date:一九五五年 | date:一九五六年'),
    # #057: 初 left out (README)
    ('zh29-gov-work-reports', '中华人民共和国成立以后，在很短的时间内，即在一九五○年初就把市场物价稳定下来，这是同国家财政收支的平衡和国家掌握巨大的物资后备力量这类措施相联系的。',
     'place:中华人民共和国 | date:一九五○年'),
    ('zh29-gov-work-reports', '从一九七九年到一九八一年，国家用于提高农副产品收购价格的支出四百四十二亿元，用于提高职工工资和实行奖金制度的支出三百亿元，用于安排城镇二千六百万人就业的支出一百零五亿元，用于增加城镇职工住宅的支出一百五十二亿元，加上减免农村税收、增加进口商品价格补贴等方面的支出，共达一千四百多亿元。',
     'date:一九七九年 | date:一九八一年'),
    ('zh29-gov-work-reports', '预算外资金１９８７年达到１９３０亿元，平均每年增长１９．２％。',
     'date:１９８７年'),
    ('zh29-gov-work-reports', '进出口贸易总额一九九○年比一九八五年增长百分之四十，并相应地扩大利用外资和引进先进技术的规模。',
     'date:一九九○年 | date:一九八五年'),
    ('zh29-gov-work-reports', '在工农业总产值中，农业所占比重由一九七八年的百分之二十七点八提高到一九八二年的百分之三十三点六，轻工业所占比重由百分之三十一点一提高到百分之三十三点四。',
     'date:一九七八年 | date:一九八二年'),
    ('zh29-gov-work-reports', '一九八二年预计同一九八○年比较，纱增长百分之十三点三，呢绒增长百分之十二，毛线增长百分之四十二，食糖增长百分之三十三，自行车增长百分之七十八，缝纫机增长百分之六十一点七，电视机增长一倍，洗衣机增长九点九倍。',
     'date:一九八二年 | date:一九八○年'),
    ('zh29-gov-work-reports', '１９５６年的国家预算在收入计划和支出计划方面都是积极的。',
     'date:１９５６年'),
    ('zh29-gov-work-reports', '在一九五五年和一九五六年，我们国家对资本主义工商业和对农业、手工业进行了全面的社会主义改造，基本上完成了在生产资料所有制方面的社会主义革命的任务。',
     'date:一九五五年 | date:一九五六年'),
    # #065: cut by the split at the 《 of a title; readable, kept; 中葡 is a pair of one-character abbreviations, 两国政府
    # generic
    ('zh29-gov-work-reports', '自１９８７年中葡两国政府签订《',
     'date:１９８７年'),
    ('zh29-gov-work-reports', '国民生产总值１９８７年达到１０９２０亿元，按可比价格计算平均每年增长１１．１％。',
     'date:１９８７年'),
    # #067: 底 left out
    ('zh29-gov-work-reports', '两年中农业生产合作社有了很大的发展，一九五四年底已发展到将近五十万个，为今后农业增产和农业合作化的进一步发展创造了有利的条件。',
     'date:一九五四年'),
    ('zh29-gov-work-reports', '一九五二年，工业和农业的主要产品的产量，除个别的以外，都超过了解放前的最高水平。',
     'date:一九五二年'),
    # #069: a range sharing one unit is one span (README)
    ('zh29-gov-work-reports', '我们制定了国家中长期科学和技术发展规划纲要，对2006－2020年的科技发展作出全面部署，启动一批重大专项。',
     'date:2006－2020年'),
    # #070: 三年 is a duration
    ('zh29-gov-work-reports', '解放以后，仅仅经过三年的时间，我国在一九五二年的粮食产量就达到三千二百七十八亿斤，棉花产量达到二千六百万担，都超过了解放前的最高年产量。',
     'date:一九五二年'),
    ('zh29-gov-work-reports', '如发电设备，一九五八年我国只生产八十万千瓦，一九五九年将生产二百八十万到三百万千瓦，增长百分之二百五十到二百七十五。',
     'date:一九五八年 | date:一九五九年'),
    # #072: the kinds of college (广播电视大学, 函授大学 …) are generic
    ('zh29-gov-work-reports', '与此同时，采取广播电视大学、函授大学、夜大学、管理干部学院、教师进修学院等多种形式发展高等教育，使这方面的招生人数由一九八二年的二十九万人增加到一九八七年的一百一十万人，即增长二点八倍。',
     'date:一九八二年 | date:一九八七年'),
    # #073: 以来 left out
    ('zh29-gov-work-reports', '１９７９年以来，国家用于改善人民生活的各种支出大大增加，尽管步子走得快了一点，但总的说是做得对的。',
     'date:１９７９年'),
    # #074: 建国以来 is relative
    ('zh29-gov-work-reports', '粮食总产量预计可以接近１９７９年的水平，是建国以来第二个高产年。',
     'date:１９７９年'),
    ('zh29-gov-work-reports', '2007年城镇职工基本医疗保险参保人数达到1.8亿人，比2002年增加近1倍；',
     'date:2007年 | date:2002年'),
    ('zh29-gov-work-reports', '中国和美国自一九七九年建立外交关系以来，两国关系是有发展的，但是远未达到本来应该达到的水平。',
     'place:中国 | place:美国 | date:一九七九年'),
    # #077: 年度 with the year (NEW h10)
    ('zh29-gov-work-reports', '这些，就是一九五八年度基本建设和工农业生产计划的最主要的指标。',
     'date:一九五八年度'),
    # #078: 周总理 is a title with a surname (README)
    ('zh29-gov-work-reports', '在报告了一九六五年发展国民经济的任务以后，周总理说，为了在不太长的历史时期内，把我国建设成为一个具有现代农业、现代工业、现代国防和现代科学技术的社会主义强国，我们在今后发展国民经济中，应当注意以下的问题。',
     'date:一九六五年'),
    ('zh29-gov-work-reports', '从１９７９年开始，在农村展开了以实行家庭联产承包责任制为中心的一系列改革，从根本上改变了束缚农业生产力发展的旧体制。',
     'date:１９７９年'),
    # #080: NEW h29: 达赖 (Dalai, from the title 达赖喇嘛 of the Tibetan lama) is a title, not a personal name: not labelled
    # inside the group's name 达赖集团, as a title alone (总书记, README) and the honorific 关圣 (h13), unlike the personal name
    # 蒋介石 in 蒋介石卖国集团 (dev); 帝国主义 is no name
    ('zh29-gov-work-reports', '一九五九年，达赖集团勾结帝国主义和印度反动派，发动了叛国的反革命武装叛乱。',
     'date:一九五九年 | place:印度'),
    ('zh29-gov-work-reports', '如果从１９５５年决算中扣除用上年结余拨付国营企业流动资金等不可比的因素计算，则１９５６年经济建设支出实际增长３３．４５％。',
     'date:１９５５年 | date:１９５６年'),
    ('zh29-gov-work-reports', '２００１年，国际形势变化起伏。',
     'date:２００１年'),
    # #083: 初 left out; 本届政府 is a self-reference
    ('zh29-gov-work-reports', '当着一九七八年初本届政府刚刚成立的时候，在指导思想上和实际工作中，“左”的错误在很多方面还没有得到清理和纠正。',
     'date:一九七八年'),
    ('zh29-gov-work-reports', '根据上述工业农业生产、基本建设和各项事业发展的需要，一九五八年，包括在国家计划以内的职工总数，将达到二千四百三十九万二千人，比上一年增加四十一万九千人。',
     'date:一九五八年'),
    ('zh29-gov-work-reports', '１９８４年，从正确解决国家与企业、企业与职工的关系入手，在国营企业实行利改税，进一步扩大企业自主权，改革建筑业体制、商业体制、外贸体制、金融体制、计划体制，以及在进一步发展城镇多种经济形式和经营方式等方面，采取了一系列措施，使城市经济开始出现多年未有的活跃局面。',
     'date:１９８４年'),
    ('zh29-gov-work-reports', '一九五八年工业总产值计划达到六百四十三亿七千万元，手工业总产值计划达到一百零三亿七千万元。',
     'date:一九五八年'),
    # #087: each end its own date
    ('zh29-gov-work-reports', '从一九九一年到二○○○年的后十年，争取进入一个新的经济振兴时期。',
     'date:一九九一年 | date:二○○○年'),
    # #088: 农业部门 and 水利建设部门 are generic
    ('zh29-gov-work-reports', '按照一九五八年发展国民经济的主要任务，在投资的分配上，增加了农业部门特别是水利建设部门的投资，增加了重工业部门特别是燃料、电力、冶金、化工和其他为农业服务的工业部门的投资。',
     'date:一九五八年'),
    ('zh29-gov-work-reports', '１９５５年国家决算用于经济建设方面的支出，共占本年支出的４６．８９％。',
     'date:１９５５年'),
    # #090: the year inside the Olympics (an event) is labelled (as 2024年 in 2024年央视春晚, h26)
    ('zh29-gov-work-reports', '中国政府支持北京市申办２０００年奥运会。',
     'org:中国政府 | place:北京市 | date:２０００年'),
    # #091: 中央工业: 中央 as an attribute
    ('zh29-gov-work-reports', '一九五九年的计划，是根据党的鼓足干劲、力争上游、多快好省地建设社会主义的总路线拟定的，是根据在优先发展重工业的基础上实行工业和农业同时并举、重工业和轻工业同时并举、中央工业和地方工业同时并举、大型企业和中小型企业同时并举、洋法生产和土法生产同时并举的一套“两条腿走路”的方针拟定的。',
     'date:一九五九年'),
    # #092: 二十九个省、市、自治区 is generic
    ('zh29-gov-work-reports', '一九八五年二十九个省、市、自治区的总人口，必须控制在十亿六千万左右。',
     'date:一九八五年'),
    ('zh29-gov-work-reports', '农业总产值比1956年将增长百分之四点九，达到六百一十一亿元。',
     'date:1956年'),
    ('zh29-gov-work-reports', '小学学生的人数将增长百分之十八，在一九五七年达到六千零二十三万人，即占全国学龄儿童的百分之七十以上。',
     'date:一九五七年'),
    ('zh29-gov-work-reports', '更加重视职业教育发展，2007年中、高等职业教育在校生分别达到2000万人和861万人。',
     'date:2007年'),
    # #096: 大跃进 is a campaign
    ('zh29-gov-work-reports', '如果没有这样的物质技术基础，我们也就不能够有一九五八年的大跃进。',
     'date:一九五八年'),
    # #097: a heading; a range sharing one unit is one span (README); the outline is not labelled
    ('zh29-gov-work-reports', '一九七八——一九八五年全国科学技术发展规划纲要（草案）',
     'date:一九七八——一九八五年'),
    ('zh29-gov-work-reports', '1979年国民收入比上年增长7％。',
     'date:1979年'),
    ('zh29-gov-work-reports', '在工业总产值中，生产资料工业所占的比重，一九五二年为百分之三十九点七，一九五七年上升为百分之五十二点八。',
     'date:一九五二年 | date:一九五七年'),
    # #100: 前 left out
    ('zh29-gov-work-reports', '整顿企业是提高经济效益的基础工作，必须进一步提高质量，继续抓紧进行，确保一九八五年前把现有企业认真整顿一遍。',
     'date:一九八五年'),
    ('zh29-gov-work-reports', '如果从两年收入数额中扣除国外借款，在支出数额中扣除１９５５年用上年结余拨付流动资金、银行信贷资金和地方预算周转金等不可比的因素，则本年收入实际增长１５．８３％，本年支出实际增长２２．７７％。',
     'date:１９５５年'),
    # #102: traditional characters
    ('zh29-gov-work-reports', '鋼二百十七萬噸，等於一九四九年的十三點七倍；',
     'date:一九四九年'),
    ('zh29-gov-work-reports', '社会商品零售总额一九八五年将达到二千九百亿元，比一九八○年增长百分之四十，平均每年递增百分之七。',
     'date:一九八五年 | date:一九八○年'),
    # #104: 长达2600年 is a duration, no date
    ('zh29-gov-work-reports', '今年在全国彻底取消农业税，标志着在我国实行了长达2600年的这个古老税种从此退出历史舞台，这是具有划时代意义的重大变革。',
     ''),
    ('zh29-gov-work-reports', '田间管理在一九五八年有显著的成就；',
     'date:一九五八年'),
    # #106: １２月 has no year (README)
    ('zh29-gov-work-reports', '１９８４年银行的各项贷款总额比１９８３年增加２８．９％，其中１２月一个月的增长额就占全年增加额的４８．４％。',
     'date:１９８４年 | date:１９８３年'),
    # #107: traditional characters
    ('zh29-gov-work-reports', '由於國營工業和合作社營工業一年一年壯大，由於資本主義工業開始成批地轉爲公私合營工業，這一比重在一九五四年預計將由一九四九年的百分之三十七增加到百分之七十一左右。',
     'date:一九五四年 | date:一九四九年'),
    ('zh29-gov-work-reports', '对于1956年的基本建设工作，我们应该进行具体的分析。',
     'date:1956年'),
    # #109: 中国 in 有中国特色 (as 中国特色, README)
    ('zh29-gov-work-reports', '１９９１年是我们的国家沿着有中国特色的社会主义道路继续前进的一年。',
     'date:１９９１年 | place:中国'),
    # #110: the amounts are nothing
    ('zh29-gov-work-reports', '１９５６年国营企业收入为１４，３２８，１４４，０００元，占本年预算收入的４８．１９％，比１９５５年决算数增长２６．４８％。',
     'date:１９５６年 | date:１９５５年'),
    ('zh29-gov-work-reports', '一九六五年计划草案拟定，农业总产值比一九六四年增长百分之五左右。',
     'date:一九六五年 | date:一九六四年'),
    ('zh29-gov-work-reports', '农业和轻工业部门所生产的粮食、布匹和其他日用品，基本上保证了市场的供应，并且补充了一九五六年动用的一部分库存。',
     'date:一九五六年'),
    # #113: the ordinals are not part of the name (README)
    ('zh29-gov-work-reports', '经过一年来的努力，我们基本上完成了八届全国人大二次会议确定的１９９４年的工作任务。',
     'org:全国人大 | date:１９９４年'),
    ('zh29-gov-work-reports', '农业，粮食产量34，250万吨，比1980年预计增加1，000万吨；',
     'date:1980年'),
    ('zh29-gov-work-reports', '这里还要着重指出的是，在刚刚过去的１９８７年，我国国民经济的发展继续保持了良好势头。',
     'date:１９８７年'),
    ('zh29-gov-work-reports', '１９５６年国家预算规定，本年收入共为２９，７３１，７３２，０００元，上年结转收入１，０１１，０３８，０００元，收入总数共为３０，７４２，７７０，０００元；',
     'date:１９５６年'),
    ('zh29-gov-work-reports', '它们在一九五四年防御特大洪水的时候起了显著作用。',
     'date:一九五四年'),
    # #118: 末 left out (NEW h24)
    ('zh29-gov-work-reports', '发展居民住房、助学等消费信贷，2002年末消费贷款余额达1.07万亿元。',
     'date:2002年'),
    ('zh29-gov-work-reports', '在对外贸易方面，适应我国工农业生产发展的需要，一九五八年进出口贸易总额安排为一百一十亿元，比上一年增长百分之八点六。',
     'date:一九五八年'),
    # #120: “九五” is a plan period
    ('zh29-gov-work-reports', '制定“九五”计划和２０１０年的远景目标，是今年的一项重要工作。',
     'date:２０１０年'),
    # #121: a year with its half is one span (NEW h10)
    ('zh29-gov-work-reports', '一九五八年上半年小学生有三百一十九万人，中等学校学生三十一万人，高等学校学生一万六千人。',
     'date:一九五八年上半年'),
    ('zh29-gov-work-reports', '鉴于过去年度计划制定得比较晚，不利于各地区、各部门早日安排工作，国务院确定，今年提前制定1981年国民经济计划，提请这次大会审议。',
     'org:国务院 | date:1981年'),
    ('zh29-gov-work-reports', '我国的工业总产值（不包括手工业产值，下同），在五年计划的前三年共增加了一百七十七亿元，而1956年这一年就增加了一百三十九亿元。',
     'date:1956年'),
    # #124: 东北 is a bare compass word (README *Where the sets disagree* 2, h26 #007): not labelled; 帝国主义 is no name
    ('zh29-gov-work-reports', '一九三六年全国钢产量超过四十万吨，但其中三十六万四千吨是由当时在日本帝国主义侵占下的东北生产的。',
     'date:一九三六年 | place:日本'),
    ('zh29-gov-work-reports', '因此，我们需要在这里对于１９５６年国民经济计划的执行状况，作一些简单的考察。',
     'date:１９５６年'),
    # #126: 毛主席 is a title with a surname; a decade with its century is a date (h5); NEW h29: 中期 (the middle of) after a
    # decade is left out, as 初, 底 and 末 (README, NEW h24) and 'early' (h8) point into the period; 一百零五年 is a duration;
    # 抗日战争 is an event named with an abbreviation
    ('zh29-gov-work-reports', '早在一九六三年，毛主席就尖锐地指出：“我国从十九世纪四十年代起，到二十世纪四十年代中期，共计一百零五年时间，全世界几乎一切大中小帝国主义国家都侵略过我国，都打过我们，除了最后一次，即抗日战争，由于国内外各种原因以日本帝国主义投降告终以外，没有一次战争不是以我国失败、签订丧权辱国条约而告终。',
     'date:一九六三年 | date:十九世纪四十年代 | date:二十世纪四十年代 | place:日本'),
    ('zh29-gov-work-reports', '一九八二年计划为百分之四，预计可以达到百分之六点四。',
     'date:一九八二年'),
    ('zh29-gov-work-reports', '１９５６年邮路总长度将达到２２１万多公里，比上年增长２３％；',
     'date:１９５６年'),
    # #129: 大跃进 is a campaign
    ('zh29-gov-work-reports', '一九五八年的大跃进，是在我国社会主义革命胜利和第一个五年计划完成的基础上出现的。',
     'date:一九五八年'),
    ('zh29-gov-work-reports', '一九五八年的基本建设总投资额，拟定为一百四十五亿七千七百万元，比一九五七年的预计数增加了二十二亿元，增长百分之十七点八。',
     'date:一九五八年 | date:一九五七年'),
    ('zh29-gov-work-reports', '一九五七年工业投资额完成六十五亿五千万元，超过原定的年度计划百分之四点一。',
     'date:一九五七年'),
    ('zh29-gov-work-reports', '１９５６年工业生产总值比１９５５年将增长１９．７％。',
     'date:１９５６年 | date:１９５５年'),
    ('zh29-gov-work-reports', '工业总产值一九七四年预计比一九六四年增长一点九倍，主要产品的产量都有大幅度增长，钢增长一点二倍，原煤增长百分之九十一，石油增长六点五倍，发电量增长两倍，化肥增长三点三倍，拖拉机增长五点二倍，棉纱增长百分之八十五，化学纤维增长三点三倍。',
     'date:一九七四年 | date:一九六四年'),
    # #134: “六五” is a plan period
    ('zh29-gov-work-reports', '积累率在一九七八年高达百分之三十六点五，“六五”期间五年平均降到百分之三十左右。',
     'date:一九七八年'),
    ('zh29-gov-work-reports', '在一九五八年，花生、油菜子、烤烟等作物的产量，增长速度都定得比较高。',
     'date:一九五八年'),
    # #136: 以后 left out
    ('zh29-gov-work-reports', '二是１９８９年以后的基本建设经营性基金形成的债务，逐步转为国家资本金。',
     'date:１９８９年'),
    # #137: NEW h29: a compass part written after a place name (内蒙古西部, western Inner Mongolia) is a direction joined to
    # the place, one span as 粤东 and 滇西 (README *Where the sets disagree* 2; 西部 alone stays unlabelled); 东北 is a bare
    # compass word
    ('zh29-gov-work-reports', '到一九八五年，山西以及内蒙古西部、宁夏煤炭的外运能力将由一九八○年的七千二百万吨增加到一亿二千万吨，通往东北的运煤能力将由一九八○年的一千四百万吨增加到二千九百万吨。',
     'date:一九八五年 | place:山西 | place:内蒙古西部 | place:宁夏 | date:一九八○年 | date:一九八○年#2'),
    ('zh29-gov-work-reports', '财政收入占国民收入的比重，由一九七八年的百分之三十七点二下降到一九八二年的百分之二十五点五。',
     'date:一九七八年 | date:一九八二年'),
    # #139: traditional characters
    ('zh29-gov-work-reports', '在敎育工作方面，在一九五三年，全國已有少數民族小學生二百五十四萬六千餘人，中等學校學生十六萬三千餘人，高等學校學生五千五百餘人。',
     'date:一九五三年'),
    ('zh29-gov-work-reports', '今年我们要力争使全国人口增长率降到千分之十左右，今后要继续努力使它逐年下降，一九八五年要降到千分之五左右。',
     'date:一九八五年'),
    ('zh29-gov-work-reports', '按2010年价格计算，2015年国内生产总值将超过55万亿元。',
     'date:2010年 | date:2015年'),
    # #142: 底以前 left out
    ('zh29-gov-work-reports', '适应发展社会主义市场经济和加入世贸组织的要求，对2000年底以前发布的756件行政法规进行全面清理，废止71件，宣布失效80件。',
     'org:世贸组织 | date:2000年'),
    # #143: 前 left out
    ('zh29-gov-work-reports', '制定2030年前碳排放达峰行动方案。',
     'date:2030年'),
    ('zh29-gov-work-reports', '他指出，一九六五年的主要任务就是，在更加深入、广泛地开展城乡社会主义教育运动的基础上，大力组织工农业生产的新高潮，完成国民经济调整工作中某些尚未完成的任务，并且为一九六六年开始的第三个五年计划作好准备。',
     'date:一九六五年 | date:一九六六年'),
    # #145: 来华 holds the abbreviation 华; 中国 in 中国人民 (dev)
    ('zh29-gov-work-reports', '１９８７年来华旅游入境总人数达到２６９０万人次，创汇１８．４亿美元，分别为１９８２年的３．４倍和２．２倍，增进了国际社会对中国的了解和中国人民同各国人民的友谊。',
     'date:１９８７年 | date:１９８２年 | place:中国 | place:中国#2'),
    ('zh29-gov-work-reports', '2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%，从世界第六位上升到第四位；',
     'date:2007年 | date:2002年'),
    ('zh29-gov-work-reports', '国家财政性教育经费支出五年累计7.79万亿元，年均增长21.58%，2012年占国内生产总值比例达到4%。',
     'date:2012年'),
    # #148: 共产党 is the party's name (NEW h11); 各民主党派 is generic; 宪法 is not labelled
    ('zh29-gov-work-reports', '1954年我受第一届全国人民代表大会的委托组织政府的时候，就是根据宪法规定的以共产党为领导的人民民主统一战线的原则提出国务院组成人员名单的，当时共产党以外的各民主党派和无党派民主人士参加政府的成员约占四分之一以上，后来增加政府成员的时候，大致也是根据了这个比例。',
     'date:1954年 | org:全国人民代表大会 | org:共产党 | org:国务院 | org:共产党#2'),
    ('zh29-gov-work-reports', '拿钢来说，英国早在一八八○年，年产量就已经达到一百三十一万吨，到一九三五年，年产量才增加到一千零二万吨。',
     'place:英国 | date:一八八○年 | date:一九三五年'),
    ('zh29-gov-work-reports', '由于多数职工和农民的收入有所提高，社会购买力大幅度增长，1979年社会商品零售总额1，753亿元，比上年增加225亿元，增长14.7％，这是多年来增加最快的一年。',
     'date:1979年'),
    # #151: two years sharing one 年 (#017, NEW h29)
    ('zh29-gov-work-reports', '为了顺利实现1980、1981年国民经济计划，需要从实际情况出发，采取切实有力的措施。',
     'date:1980、1981年'),
    ('zh29-gov-work-reports', '工业和基本建设方面的职工达到一千零一十九万人，比一九五二年的六百一十五万人增长百分之六十六。',
     'date:一九五二年'),
    ('zh29-gov-work-reports', '因此，一九五八年我国基本建设的速度和规模，将比以往任何一年都要大得多。',
     'date:一九五八年'),
    ('zh29-gov-work-reports', '每百元工业固定资产净值提供的税收利润，1977年为31.5元，1978年为35.5元，1979年进一步提高到36.3元。',
     'date:1977年 | date:1978年 | date:1979年'),
    # #155: 康藏公路 and 青藏公路 are roads named with abbreviations: not labelled
    ('zh29-gov-work-reports', '五年内继续进行建设并已在一九五四年通车的康藏公路和青藏公路，全长共有四千三百多公里，它们都是在人烟稀少的拔海几千公尺的高山上开拓出来的，建设工程是特别艰巨的。',
     'date:一九五四年'),
    # #156: a year with its half (NEW h10); 去年同期 is relative
    ('zh29-gov-work-reports', '1980年上半年职工住宅施工面积7，371万平方米，比去年同期又有所增长。',
     'date:1980年上半年'),
    ('zh29-gov-work-reports', '1955年农业的大丰收，又为国民经济的发展准备了物质条件。',
     'date:1955年'),
    ('zh29-gov-work-reports', '工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；',
     'date:一九八一年'),
    # #159: traditional characters
    ('zh29-gov-work-reports', '水泥四百七十三萬噸，等於一九四九年的七點二倍；',
     'date:一九四九年'),
    ('zh29-gov-work-reports', '１９５６年新建铁路铺轨１，９８５公里，比１９５５年铺轨里数增加６２％。',
     'date:１９５６年 | date:１９５５年'),
    ('zh29-gov-work-reports', '1979年国家预算内和预算外的基本建设投资总额完成500亿元，停建、缓建了大中型项目295个。',
     'date:1979年'),
    # #162: “十三五” is a plan period
    ('zh29-gov-work-reports', '实现全面建成小康社会目标，到2020年国内生产总值和城乡居民人均收入比2010年翻一番，“十三五”时期经济年均增长保持在6.5%以上。',
     'date:2020年 | date:2010年'),
    ('zh29-gov-work-reports', '社会商品零售总额，一九八一年比一九八○年增长百分之九点八，一九八二年预计比一九八一年增长百分之八点九，两年平均每年递增百分之九点四。',
     'date:一九八一年 | date:一九八○年 | date:一九八二年 | date:一九八一年#2'),
    # #164: traditional characters; the dye works is an enterprise, an org taken whole with its city (h22, h23)
    ('zh29-gov-work-reports', '最突出的如瀋陽染料廠一九五三年竟完成了利潤計劃的百分之五百以上。',
     'org:瀋陽染料廠 | date:一九五三年'),
    ('zh29-gov-work-reports', '经过各方面努力，节能减排取得积极进展，2007年单位国内生产总值能耗比上年下降3.27%，化学需氧量、二氧化硫排放总量近年来首次出现双下降，比上年分别下降3.14％和4.66％。',
     'date:2007年'),
    ('zh29-gov-work-reports', '1956年，公私合营商店、合作商店和合作小組的零售总額达一百一十亿元，較1955年这些企業的零售总額增加了15%以上。',
     'date:1956年 | date:1955年'),
    # #167: 同志 is a suffix; 大跃进 is a campaign; the “八字宪法” is no name
    ('zh29-gov-work-reports', '在农业增产措施方面，毛泽东同志在一九五八年的大跃进中，应用先进农业科学原理，总结农民群众生产实践的丰富经验，提出了土、肥、水、种、密、保、管、工的“农业八字宪法”。',
     'person:毛泽东 | date:一九五八年'),
    ('zh29-gov-work-reports', '因此，到一九五七年，在全国工业总产值中，国营、合作社营（包括供销合作社和消费合作社的加工工厂，不包括手工业生产合作社）和公私合营的工业产值所占的比重将上升为百分之八十七点八，私营工业产值所占的比重将下降为百分之十二点二，而且其中的主要部分将接受国家的加工定货，基本上纳入国家资本主义的轨道。',
     'date:一九五七年'),
    ('zh29-gov-work-reports', '一九五九年，亩产皮棉达到一百斤以上的有四十五个县、七百六十一万三千亩棉田；',
     'date:一九五九年'),
    # #170: 年度 with the year (NEW h10); the ordinals are not part of the name
    ('zh29-gov-work-reports', '我代表国务院向第一届全国人民代表大会第五次会议，提出关于一九五八年度国民经济计划（草案）的报告，请予审议。',
     'org:国务院 | org:全国人民代表大会 | date:一九五八年度'),
    ('zh29-gov-work-reports', '根据国民经济计划的规定，１９５６年国营工业的主要生产资料产品的内部调拨价格，将比１９５５年有所降低。',
     'date:１９５６年 | date:１９５５年'),
    # #172: each end its own date; 二十六年 is a duration
    ('zh29-gov-work-reports', '从１９７９年到１９８３年，农业总产值（包括村办工业）平均每年增长７．９％，１９８４年增长１４．５％，远远超过了１９５３年到１９７８年的二十六年间平均每年增长３．２％的速度。',
     'date:１９７９年 | date:１９８３年 | date:１９８４年 | date:１９５３年 | date:１９７８年'),
    # #173: begins with the 》 of a title cut off by the split; readable, kept; 内地 is generic (holdout12 #008); the basic
    # law is not labelled
    ('zh29-gov-work-reports', '》已经全国人大常委会审议公布，将在澳门和内地进一步广泛征求意见，预计在１９９３年完成基本法起草工作。',
     'org:全国人大常委会 | place:澳门 | date:１９９３年'),
    ('zh29-gov-work-reports', '适应经济发展的需要，１９５６年政府将大量培养熟练工人，提高职工的文化技术水平。',
     'date:１９５６年'),
    # #175: 底 left out
    ('zh29-gov-work-reports', '国家外汇储备2000年底达1656亿美元，比1995年底增加920亿美元。',
     'date:2000年 | date:1995年'),
    ('zh29-gov-work-reports', '在１９５６年，根据农业发展情况的需要和可能，夏征和秋征的总额准备增加到约４１４亿斤，比１９５５年增加约３４亿斤。',
     'date:１９５６年 | date:１９５５年'),
    ('zh29-gov-work-reports', '一九五八年要求猪的头数在年底达到一亿五千万头，以增加肉食、肥料和农家收入。',
     'date:一九五八年'),
    ('zh29-gov-work-reports', '落实2030年应对气候变化国家自主贡献目标。',
     'date:2030年'),
    # #179: 亚非 is a pair of abbreviations; 西方国家 is a compass grouping
    ('zh29-gov-work-reports', '１９５５年我国继续扩大了同苏联和各人民民主国家的经济合作，进一步密切了同亚非国家的经济往来，发展了同西方国家的贸易，进口和出口贸易都超额地完成了计划。',
     'date:１９５５年 | place:苏联'),
    ('zh29-gov-work-reports', '此外，１９５６年对于公私合营企业的投资，由于采用以收抵支的办法，没有包括在国家预算以内。',
     'date:１９５６年'),
    # #181: traditional characters; each end its own date
    ('zh29-gov-work-reports', '同時，財政收入的來源也有了很大的改變：從一九五〇年到一九五四年，農民所繳納的稅款所佔的比重從百分之二十九點六降低到百分之十三點四，而社會主義的國營企業和合作社繳納的稅款和利潤所佔的比重却從百分之三十四點一增加到百分之六十六點一。',
     'date:一九五〇年 | date:一九五四年'),
    ('zh29-gov-work-reports', '1998年进一步提出“三项政策、一项改革”，即按保护价敞开收购农民余粮、国有粮食购销企业顺价销售、粮食收购资金实行封闭运行，加快国有粮食企业改革。',
     'date:1998年'),
    ('zh29-gov-work-reports', '一九五九年比一九五八年计划增长百分之六十二，增长的绝对数却是六百九十二万吨。',
     'date:一九五九年 | date:一九五八年'),
    # #184: each end its own date
    ('zh29-gov-work-reports', '五年全国水利建设投资3562亿元，扣除价格变动因素，相当于1950年到1997年全国水利建设投资的总和。',
     'date:1950年 | date:1997年'),
    ('zh29-gov-work-reports', '实现一九五九年的宏伟的国民经济发展计划，将继续扩大我国社会主义的物质基础，将为我国工业的不断跃进和农业的机械化准备更多的条件，将提前超额完成全国农业发展纲要关于粮棉增产的要求，将保证人民的物质生活水平的继续提高。',
     'date:一九五九年'),
    ('zh29-gov-work-reports', '以商业说，一九五三年全国资本主义批发商的从业人员将近二十万人，资本主义零售商的从业人员有二百万人左右，小商小贩还有几百万人。',
     'date:一九五三年'),
    # #187: traditional characters
    ('zh29-gov-work-reports', '生産資料的産值在工業總産值中的比重，在一九五四年將由一九四九年的百分之二十八點八上升爲百分之四十二點三。',
     'date:一九五四年 | date:一九四九年'),
    # #188: NEW h29: 共产党 here names the communist parties of sixty-odd countries, a kind of party, not one party's name
    # (unlike 共产党 for the party of China, NEW h11): not labelled
    ('zh29-gov-work-reports', '一九五七年苏联发射两颗人造卫星，和六十几个国家的共产党在莫斯科举行会议，标志着世界政治力量对比中的新的转折点。',
     'date:一九五七年 | place:苏联 | place:莫斯科'),
    ('zh29-gov-work-reports', '计划规定，五年合计国家财政收入为五千九百五十三亿元，其中一九八五年为一千二百七十四亿元，比一九八○年增加一百八十九亿元。',
     'date:一九八五年 | date:一九八○年'),
    # #190: 底 left out
    ('zh29-gov-work-reports', '预计到１９５６年底，各种经济成分在工业总产值中所占的比重将变化如下：国营占６３．８％，合作社营占４．７％，公私合营占３１．１％，而私营工业则只占０．４％。',
     'date:１９５６年'),
    # #191: NEW h29: 春夏之交 (the turn of spring and summer) after a year: the two seasons, sharing the year, are one span
    # with it (a year with a season, NEW h16; two quarters sharing their unit, NEW h26), and 之交 (the turn), which points
    # into the period, is left out as 初, 底 and 末 are; 党 alone is not labelled
    ('zh29-gov-work-reports', '在国内１９８９年春夏之交出现动乱和北京发生反革命暴乱，国际局势急剧变化的复杂情况下，我们认真贯彻执行党的基本路线，坚持以经济建设为中心，坚持四项基本原则，坚持改革开放，认真进行治理整顿，克服种种困难，经受严峻考验，保持了社会政治稳定，促进了经济发展和社会进步。',
     'date:１９８９年春夏 | place:北京'),
    # #192: a year with a season is one span (NEW h16, h20 #012)
    ('zh29-gov-work-reports', '这样，全国政府机构的改革在一九八四年春季就能完成。',
     'date:一九八四年春季'),
    ('zh29-gov-work-reports', '１９８４年，经过全国各族人民的共同努力，我国工农业生产大幅度增长，现代化建设速度进一步加快，人民生活继续得到改善。',
     'date:１９８４年'),
    ('zh29-gov-work-reports', '１９５６年国防费在国家支出预算中所占的比重为１９．９８％，比１９５５年国防费在支出决算中所占的比重下降２．１７％。',
     'date:１９５６年 | date:１９５５年'),
    # #195: 中国 in 旧中国 (as 新中国, README); 东北 is a bare compass word; 49年 is a duration
    ('zh29-gov-work-reports', '以钢的产量来说，第一个五年合计将达到一千六百三十万吨，而旧中国包括日本侵略时候的东北在内，从1900年到1948年，49年合计的钢产量不过七百六十万吨。',
     'place:中国 | place:日本 | date:1900年 | date:1948年'),
    # #196: the oilfield city and the village named as models (h24 #063), inside 大庆式企业 and 大寨县 (counties like Dazhai):
    # the places only
    ('zh29-gov-work-reports', '我们要发扬革命加拚命的精神，努力工作，保证到一九八○年把三分之一的企业建成大庆式企业，把三分之一的县建成大寨县。',
     'date:一九八○年 | place:大庆 | place:大寨'),
    # #197: a year with a season is one span (NEW h16); 当局 is left out (h27 #064; dev 台湾国民党当局)
    ('zh29-gov-work-reports', '一九七九年春，由于越南当局在我国广西、云南边境多次猖狂武装挑衅，我军被迫进行了胜利的有节制的自卫反击。',
     'date:一九七九年春 | place:越南 | place:广西 | place:云南'),
    ('zh29-gov-work-reports', '邮路总长度将达到一百九十七万公里，即比一九五二年增长百分之四十五点二；',
     'date:一九五二年'),
    ('zh29-gov-work-reports', '在一九五四年全国的基本建设投资中，非生产性的投资占百分之二十四点三。',
     'date:一九五四年'),
    # #200: 今年 is relative
    ('zh29-gov-work-reports', '财政赤字从１９７９年的一百七十亿元、１９８０年的一百二十七亿元，预计降低到今年的二十七亿元。',
     'date:１９７９年 | date:１９８０年'),
    ('zh29-gov-work-reports', '在一九五八年，我们必须继续为厉行节约、反对浪费而斗争，把这种斗争看成是发展国民经济的重大任务。',
     'date:一九五八年'),
    ('zh29-gov-work-reports', '１９９３年改革开放和经济建设的任务是繁重的。',
     'date:１９９３年'),
    ('zh29-gov-work-reports', '五年农业计划又在一九五二年的基数上再提高到上列数量，这在我国目前的具体条件下，农业发展的速度是不能算很低的，应该努力完成并争取超额完成。',
     'date:一九五二年'),
    # #204: 近两年 is a duration
    ('zh29-gov-work-reports', '教育、高等学校由于1977年新生入学较晚，要推迟到1981年寒假毕业，校舍腾不出来，1981年招生数仍然安排27万人，保持近两年的水平。',
     'date:1977年 | date:1981年 | date:1981年#2'),
    # #205: the ten-year plan is not labelled
    ('zh29-gov-work-reports', '接照十年规划，到一九八五年，粮食产量达到八千亿斤，钢产量六千万吨。',
     'date:一九八五年'),
    ('zh29-gov-work-reports', '一九五八年计划正式交付营业的铁路共二千二百三十四公里，将是我国铁路营业线路增加最多的一年。',
     'date:一九五八年'),
    ('zh29-gov-work-reports', '到一九五七年，在社会零售总额中，国营商业和合作社营商业将占百分之五十四点九，各种国家资本主义形式的商业和合作形式的小商业将占百分之二十四，私营商业将占百分之二十一点一。',
     'date:一九五七年'),
    ('zh29-gov-work-reports', '提出到2020年我国控制温室气体排放行动目标和政策措施，制定实施节能减排综合性工作方案。',
     'date:2020年'),
    # #209: a range sharing one unit (年 after its second end only) is one span (README: 2021—2025年), here joined by 到
    ('zh29-gov-work-reports', '１９８４年，我国工农业总产值突破一万亿元，在１９７９到１９８３年平均每年递增７．９％的基础上，比上年增长１４．２％，各方面的经济效益也有提高。',
     'date:１９８４年 | date:１９７９到１９８３年'),
    # #210: 中国 in 新中国 and 旧中国 (README); 三十六年 is a duration
    ('zh29-gov-work-reports', '我国的文化教育事业在这期间也有了巨大的发展，例如高等学校的毕业生，第一个五年合计为二十八万人，这就为新中国培养出大批的建设人材，而旧中国从1912年到1947年，三十六年合计不过二十一万多人。',
     'place:中国 | place:中国#2 | date:1912年 | date:1947年'),
    ('zh29-gov-work-reports', '在水利建设方面，１９５５年完成土方１４亿多公方，石方１，４００多万公方，混凝土６０万公方。',
     'date:１９５５年'),
    ('zh29-gov-work-reports', '1979年全民所有制职工全年工资总额（包括奖金在内）比上年增加60亿元；',
     'date:1979年'),
    # #213: 这个公司 names no company
    ('zh29-gov-work-reports', '一九五四年这个公司的畜产加工厂共亏损八十多万元，但究竟浪费损失多少，至今还是一笔糊涂帐。',
     'date:一九五四年'),
    ('zh29-gov-work-reports', '到2020年，常住人口城镇化率达到60%、户籍人口城镇化率达到45%。',
     'date:2020年'),
    ('zh29-gov-work-reports', '一九五三年到一九五七年五年基本建设总投资额累计完成四百八十七亿七千七百万元，超过第一个五年计划总投资额百分之十四点一。',
     'date:一九五三年 | date:一九五七年'),
    ('zh29-gov-work-reports', '1999年，全国各族人民在中国共产党领导下，奋发图强，努力推进改革开放和现代化建设事业，各方面工作都取得了新的成绩。',
     'date:1999年 | org:中国共产党'),
    ('zh29-gov-work-reports', '据估计，粮食、棉花、烤烟、甘蔗、猪、羊等主要农业牧业产品的产量，都超过第一个五年计划最后一年即一九五七年的水平。',
     'date:一九五七年'),
    ('zh29-gov-work-reports', '例如，钢产量拟定为六百二十四万八千吨，将比一九五七年增长百分之十九点二。',
     'date:一九五七年'),
    ('zh29-gov-work-reports', '前三年共开垦荒地三千六百万亩，而1956年就开垦荒地二千九百万亩；',
     'date:1956年'),
    # #220: the Winter Olympics are an event, the year inside labelled
    ('zh29-gov-work-reports', '发展全民健身、竞技体育和体育产业，做好2022年冬奥会申办工作。',
     'date:2022年'),
    ('zh29-gov-work-reports', '经过多方面的权衡比较和认真测算，考虑到当前国家财政负担能力、企业消化能力和群众的承受能力，１９８５年决定采取放调结合、小步前进的方针。',
     'date:１９８５年'),
    ('zh29-gov-work-reports', '一九五七年重工业部门生产的产品，不仅供应了生产、建设部门的需要，而且还增加了各工业部门的库存，补充了国家的储备。',
     'date:一九五七年'),
    ('zh29-gov-work-reports', '１９５６年的国家决算，将按照调整以后的预算收支数字作比较。',
     'date:１９５６年'),
    ('zh29-gov-work-reports', '实际上，１９５３年只征收了３５１亿斤，１９５４年和１９５５年都只征收了３８０亿斤。',
     'date:１９５３年 | date:１９５４年 | date:１９５５年'),
    # #225: 党 alone is not labelled
    ('zh29-gov-work-reports', '2022年是党和国家历史上极为重要的一年。',
     'date:2022年'),
    ('zh29-gov-work-reports', '1956年文化教育事业也有了很大的发展。',
     'date:1956年'),
    ('zh29-gov-work-reports', '生产资料的生产继续优先增长，而消费资料生产的发展速度，比一九五七年也快得多了。',
     'date:一九五七年'),
    # #228: traditional characters
    ('zh29-gov-work-reports', '同時，財政支出中的國家機構經費，包括國防費和行政管理費所佔的比重，已從一九五〇年的百分之六十點八降低到一九五四年的百分之三十點七，其中國防費從百分之四十一點五降低到百分之二十一點一，行政管理費從百分之十九點三降低到百分之九點六。',
     'date:一九五〇年 | date:一九五四年'),
    ('zh29-gov-work-reports', '农业税收入为３，０２０，０００，０００元，占本年收入的１０．１６％，为１９５５年的９８．８８％。',
     'date:１９５５年'),
    ('zh29-gov-work-reports', '沿海轮驳船货物周转量将达到五十七亿五千万吨海里，即比一九五二年增长一点九倍；',
     'date:一九五二年'),
    # #231: 以来 left out
    ('zh29-gov-work-reports', '根据资金供求变化和经济发展需要，1998年以来五次降低银行存贷款利率。',
     'date:1998年'),
    # #232: traditional characters
    ('zh29-gov-work-reports', '這些項目的大部分將在一九五八年完成，少數需要將近十年的時間才能完成。',
     'date:一九五八年'),
    ('zh29-gov-work-reports', '国家计划规定，１９５６年农业和副业总产值将比１９５５年增长９．３％。',
     'date:１９５６年 | date:１９５５年'),
    ('zh29-gov-work-reports', '1981年发展国民经济的主要任务，是继续贯彻执行调整、改革、整顿、提高的方针，促进工农业生产和各项事业协调地前进。',
     'date:1981年'),
    # #235: 中央财政: 中央 as an attribute
    ('zh29-gov-work-reports', '完善出口退税负担机制，自2015年起增量部分由中央财政全额负担，让地方和企业吃上“定心丸”。',
     'date:2015年'),
    ('zh29-gov-work-reports', '邮电业务总量比１９５４年增长了１３％。',
     'date:１９５４年'),
    # #237: the world conference on women is an event, the place inside labelled
    ('zh29-gov-work-reports', '第四届世界妇女大会１９９５年将在北京召开，中国政府和人民正在积极准备。',
     'date:１９９５年 | place:北京 | org:中国政府'),
    ('zh29-gov-work-reports', '一九五八年要求造林六千五百零六万亩，同时在采伐过的林地，补种和抚育二百一十九万亩。',
     'date:一九五八年'),
    ('zh29-gov-work-reports', '工业企业可比产品的成本，一九八○年上升百分之零点九，一九八一年上升百分之一，一九八二年也没有降低，只这一项每年就减少国家财政收入四、五十亿元。',
     'date:一九八○年 | date:一九八一年 | date:一九八二年'),
    ('zh29-gov-work-reports', '轻工业，总产值比1980年预计增长8％，继续高于重工业的增长速度。',
     'date:1980年'),
    # #241: the party congress is an event
    ('zh29-gov-work-reports', '１９９３年是全面贯彻落实党的十四大精神，巩固和发展大好形势，促进国民经济既快又好地向前发展的一年。',
     'date:１９９３年'),
    ('zh29-gov-work-reports', '农业总产值达到了六百零三亿五千万元，比一九五二年的四百八十三亿九千万元增长百分之二十五。',
     'date:一九五二年'),
    ('zh29-gov-work-reports', '2014年，我国面临的形势依然错综复杂，有利条件和不利因素并存。',
     'date:2014年'),
    ('zh29-gov-work-reports', '汽车货物周转量比１９５４年增长３５％，内河轮驳船货物周转量增长３２％，沿海航运货物周转量增长４％。',
     'date:１９５４年'),
    # #245: traditional characters
    ('zh29-gov-work-reports', '農業在一九五三年因爲有較重的自然災害沒有完成計劃，但是糧食的産量仍比一九五二年略高，棉花的産量也超過解放以前。',
     'date:一九五三年 | date:一九五二年'),
    ('zh29-gov-work-reports', '2012年财政性教育经费支出占国内生产总值比重达到4%。',
     'date:2012年'),
    ('zh29-gov-work-reports', '１９５５年决算在收入方面的情况基本上是好的。',
     'date:１９５５年'),
    ('zh29-gov-work-reports', '一九三六年的粮食产量是三千亿斤，此后差不多年年下降，到一九四九年，粮食产量只有二千二百六十亿斤，棉花产量只有八百八十多万担。',
     'date:一九三六年 | date:一九四九年'),
    ('zh29-gov-work-reports', '拖拉机：全部建成后的年产能力将为一万五千辆，一九五九年建成。',
     'date:一九五九年'),
    ('zh29-gov-work-reports', '一九八二年同一九七八年相比，我国粮食增长百分之十六，棉花增长百分之六十六，油料增长一点二六倍，糖料增长百分之八十三，烤烟、桑蚕茧、猪牛羊肉等都增长百分之五十以上。',
     'date:一九八二年 | date:一九七八年'),
    # -- national reports and laws: sentences with a RICH cue (a year with its month, a numeric date, a bracketed year,
    # 号 after a number, 令第, a 7+ digit run, a contact cue); all the pool holds (42), in the order of Random(30302)
    ('zh29-law-exit_entry_administration_law_2012', '第九十三条 本法自2013年7月1日起施行。',
     'date:2013年7月1日'),
    ('zh29-law-public_security_administration_punishments_law_2012', '第一百一十九条 本法自2006年3月1日起施行。',
     'date:2006年3月1日'),
    # #002: 电话 is a common noun; the amounts are nothing
    ('zh29-gov-work-reports', '城乡电话总容量增长１．１倍，达到２８６０万门。',
     ''),
    # #003: 移动电话 is a common noun
    ('zh29-gov-work-reports', '居民消费结构升级加快，家用汽车大幅度增加，移动电话、计算机、互联网快速普及，旅游人数成倍增长。',
     ''),
    # #004: 毛主席 is a title with a surname; “四人帮” is a nickname for a group (README)
    ('zh29-gov-work-reports', '在这个万分危急的紧要关头，党中央继承毛主席遗志，代表全国各族人民的共同愿望和根本利益，于一九七六年十月六日一举粉碎了“四人帮”。',
     'org:党中央 | date:一九七六年十月六日'),
    # #005: a State Council decree number is a docno taken whole with its issuer (NEW h14)
    ('zh29-law-state_council_provisions_regional_ethnic_autonomy_2005', '2005年5月19日 中华人民共和国国务院令第435号公布',
     'date:2005年5月19日 | docno:中华人民共和国国务院令第435号'),
    # #006: the regulation is not labelled, the place in its title is (README)
    ('zh29-law-peoples_police_law_2012', '1957年6月25日公布的《中华人民共和国人民警察条例》同时废止。',
     'date:1957年6月25日 | place:中华人民共和国'),
    ('zh29-law-regional_ethnic_autonomy_law_2001', '第七十四条 本法由全国人民代表大会通过，自1984年10月1日起施行。',
     'org:全国人民代表大会 | date:1984年10月1日'),
    # #008: the programme's draft is not labelled
    ('zh29-gov-work-reports', '一九五七年十月，全国农业发展纲要修正草案的公布，再一次推动了农业生产和建设的新高潮，首先是在全国范围内掀起了我国历史上从未有过的大兴水利的群众运动。',
     'date:一九五七年十月'),
    # #009: the drilling rig “渤海2号” is a product: the place in its name is labelled (as 吉林 in “吉林一号”, h26 prov #010); 2号
    # is part of its name, no docno
    ('zh29-gov-work-reports', '加强劳动保护工作，所有生产、建设部门和企业、事业单位都要认真吸取“渤海2号”翻沉事故的深刻教训，健全和严格执行安全生产制度和各项责任制，尊重科学，提高技术，虚心听取广大职工和科技人员的意见，接受群众监督，保障职工人身安全。',
     'place:渤海'),
    # #010: traditional characters; 中央人民政府委員會 is one body (h20); 美國 inside the pejorative 美國侵略集團 is a place (as 蒋介石 in
    # 蒋介石卖国集团, dev); the “Southeast Asia defence group” being organised (SEATO) is a standing international body, an org
    # (README: 东盟, 上海合作组织), the quotes enclosing it left out, 東南亞 inside not labelled again
    ('zh29-gov-work-reports', '我在一九五四年八月十一日向中央人民政府委員會所作的外交報告中，已經向一切有關國家表示了中國政府是堅决反對美國侵略集團組織這個所謂「東南亞防務集團」的。',
     'date:一九五四年八月十一日 | org:中央人民政府委員會 | org:中國政府 | place:美國 | org:東南亞防務集團'),
    ('zh29-law-counterterrorism_law_2018', '第九十七条 本法自2016年1月1日起施行。',
     'date:2016年1月1日'),
    # #012: the ordinals are not part of the name
    ('zh29-law-criminal_procedure_law_2018', '1996年3月17日 第八届全国人民代表大会第四次会议《关于修改〈中华人民共和国刑事诉讼法〉的决定》第一次修正',
     'date:1996年3月17日 | org:全国人民代表大会 | place:中华人民共和国'),
    # #013: 今天 is relative
    ('zh29-gov-work-reports', '从今天起，到１９９７年７月１日我国对香港恢复行使主权，只有８４９天了。',
     'date:１９９７年７月１日 | place:香港'),
    # #014: traditional characters; 中德 is a pair of abbreviations; the communiqué is not labelled
    ('zh29-gov-work-reports', '一九五四年七月二十五日我國和德意志民主共和國兩國總理的會談公報，表現了中德兩國人民在和平事業中的互相關懷和支持。',
     'date:一九五四年七月二十五日 | place:德意志民主共和國'),
    ('zh29-law-resident_id_card_law_2011', '依照《中华人民共和国居民身份证条例》领取的居民身份证，自2013年1月1日起停止使用。',
     'place:中华人民共和国 | date:2013年1月1日'),
    # #016: 同志 is a suffix; the programme is not labelled; 四年, 七年, 十年 are durations
    ('zh29-gov-work-reports', '毛泽东同志在一九五九年五月即已指出，在农村人民公社化实现以后，“农业的根本出路在于机械化”，“从一九五九年算起，四年小解决，七年中解决，十年大解决”，这个进度比原来农业发展纲要所设想的要快得多。',
     'person:毛泽东 | date:一九五九年五月 | date:一九五九年#2'),
    # #017: a Security Council resolution cited by its number is a docno with its document word (NEW h20, holdout20
    # #053); 两伊 is a pair of abbreviations
    ('zh29-gov-work-reports', '凡是有利于实现安理会５９８号决议、早日结束两伊冲突的措施，中国都积极支持。',
     'org:安理会 | docno:５９８号决议 | place:中国'),
    ('zh29-law-beijing_counterterrorism_implementing_measures_2023', '第四十一条 本办法自2024年1月1日起施行。',
     'date:2024年1月1日'),
    ('zh29-gov-work-reports', '——2023年3月5日在第十四届全国人民代表大会第一次会议上',
     'date:2023年3月5日 | org:全国人民代表大会'),
    # #020: the announcement is not labelled
    ('zh29-law-constitution_prc', '1982年12月4日 全国人民代表大会公告公布施行',
     'date:1982年12月4日 | org:全国人民代表大会'),
    ('zh29-law-criminal_law', '2001年8月31日 第九届全国人民代表大会常务委员会第二十三次会议通过的《中华人民共和国刑法修正案（二）》',
     'date:2001年8月31日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    ('zh29-law-criminal_law', '2001年12月29日 第九届全国人民代表大会常务委员会第二十五次会议通过的《中华人民共和国刑法修正案（三）》',
     'date:2001年12月29日 | org:全国人民代表大会常务委员会 | place:中华人民共和国'),
    ('zh29-gov-work-reports', '在一九五六年一月，这个纲要草案第一次公布以后，得到了广大农民和全体人民的热烈拥护，对于当时的农业合作化的高潮和农业生产的高潮起了极大的促进作用。',
     'date:一九五六年一月'),
    # #024: 间 left out; the party's national conference is an event (h26 #065)
    ('zh29-gov-work-reports', '一九五五年三月间经过中国共产党的全国代表会议讨论并基本通过。',
     'date:一九五五年三月 | org:中国共产党'),
    # #025: the person inside the pejorative group name is labelled (as 蒋介石 in 蒋介石卖国集团, dev); 党的十大 is an event
    ('zh29-gov-work-reports', '在这以前，我们粉碎了林彪反党集团，一九七三年八月召开了党的十大，全国形势大好。',
     'person:林彪 | date:一九七三年八月'),
    ('zh29-law-peoples_police_law_2012', '1995年2月28日 第八届全国人民代表大会常务委员会第十二次会议通过',
     'date:1995年2月28日 | org:全国人民代表大会常务委员会'),
    ('zh29-law-state_secrets_law_2024', '2024年2月27日 第十四届全国人民代表大会常务委员会第八次会议第二次修订）',
     'date:2024年2月27日 | org:全国人民代表大会常务委员会'),
    # #028: 传真 is a common noun (no number follows); 政府信息公开工作机构 is generic
    ('zh29-law-regulations_on_government_information_disclosure_2019', '(三)申请人通过互联网渠道或者政府信息公开工作机构的传真提交政府信息公开申请的，以双方确认之日为收到申请之日。',
     ''),
    # #029: each end its own date; 底 left out
    ('zh29-gov-work-reports', '原定一九五七年十月到一九五八年九月底增加灌溉面积九千二百多万亩，但是到一九五八年一月三十一日，已经完成一亿一千七百多万亩，即用四个月的时间超额完成了全年度的任务。',
     'date:一九五七年十月 | date:一九五八年九月 | date:一九五八年一月三十一日'),
    # #030: 最高人民法院 is one body (NEW h7)
    ('zh29-law-spc_provisions_xpcc_court_jurisdiction_2005', '2005年5月24日 最高人民法院公告公布',
     'date:2005年5月24日 | org:最高人民法院'),
    # #031: 电话 is a common noun
    ('zh29-gov-work-reports', '城市要在提高衣、食质量的同时，注重解决住和行的问题，加强住宅和交通设施建设，使居住条件和交通状况有较大改善，增加家庭电话拥有量；',
     ''),
    ('zh29-law-regional_ethnic_autonomy_law_2001', '1984年5月31日 第六届全国人民代表大会第二次会议通过',
     'date:1984年5月31日 | org:全国人民代表大会'),
    ('zh29-law-exit_entry_administration_law_2012', '2012年6月30日 第十一届全国人民代表大会常务委员会第二十七次会议通过',
     'date:2012年6月30日 | org:全国人民代表大会常务委员会'),
    # #034: traditional characters; the two armed forces are orgs taken whole with their countries (as 中國人民解放軍, h20);
    # the second 美國 is inside 美國政府, the second 朝鮮 a place
    ('zh29-gov-work-reports', '中國人民志願軍和朝鮮人民軍的勝利的鬥爭，使美國不得不在一九五三年七月接受停戰，但是一年多以來，美國政府仍然拒絕和平解决朝鮮問題。',
     'org:中國人民志願軍 | org:朝鮮人民軍 | place:美國 | date:一九五三年七月 | org:美國政府 | place:朝鮮#2'),
    ('zh29-law-data_security_law_2021', '2021年6月10日 第十三届全国人民代表大会常务委员会第二十九次会议通过',
     'date:2021年6月10日 | org:全国人民代表大会常务委员会'),
    # #036: 毛主席 is a title with a surname
    ('zh29-gov-work-reports', '一九七六年九月，我们的伟大领袖和导师毛主席与世长辞。',
     'date:一九七六年九月'),
    ('zh29-law-archives_law_2020', '1987年9月5日 第六届全国人民代表大会常务委员会第二十二次会议通过',
     'date:1987年9月5日 | org:全国人民代表大会常务委员会'),
    ('zh29-law-criminal_law', '1979年7月1日 第五届全国人民代表大会第二次会议通过',
     'date:1979年7月1日 | org:全国人民代表大会'),
    # #039: the lunar probe is a product; 嫦娥 in its name is a figure of myth, not labelled (as 伏羲, NEW h27)
    ('zh29-gov-work-reports', '嫦娥四号等一批重大科技创新成果相继问世。',
     ''),
    # #040: 电话网 is a common noun; 边远地方 generic
    ('zh29-gov-work-reports', '农村广播网和电话网、邮政网，除了少数边远地方以外，已经基本普及。',
     ''),
    # #041: a decree number with its issuer (NEW h14); the closing parenthesis of the source's heading left out
    ('zh29-law-state_secrets_law_implementing_regulations_2024', '2024年7月10日 中华人民共和国国务院令第786号修订）',
     'date:2024年7月10日 | docno:中华人民共和国国务院令第786号'),
    # -- provincial 2025 reports: sentences with a plain year and none of RICH's cues; all the pool holds (7), in the
    # order of Random(30303)
    ('zh29-prov-sichuan', '持续实施六大优势产业提质倍增行动，力争2027年建成6个万亿级产业。',
     'date:2027年'),
    # #001: a note; a range sharing one unit is one span (README); the three-year actions are programmes; 高原湖泊 is
    # generic
    ('zh29-prov-yunnan', '36．城乡生活污水治理3个“三年行动”：第1个“三年行动”（2025—2027年），聚焦重点高原湖泊流域，对所在的7个城市（包括县城）及其他22个县级及以上城市、13个存在黑臭水体或涉及重点监控断面的县城开展攻坚，基本消除建成区生活污水直排口和设施空白区；',
     'date:2025—2027年'),
    # #002: 福建 in 新福建 (as 中国 in 新中国, README); 去年10月 has no year; 中国 in 中国式现代化 (README)
    ('zh29-prov-fujian', '习近平总书记对福建人民念兹在兹，对福建发展关心关怀，每到关键时刻、重要节点，都亲自为福建把脉定向、指路引航，2014年为我们擘画了新福建宏伟蓝图，2021年对我们提出了“四个更大”重要要求，去年10月回到福建考察时殷切期望我们在中国式现代化建设中奋勇争先。',
     'person:习近平 | place:福建 | place:福建#2 | place:福建#3 | place:福建#4 | place:福建#5 | date:2014年 | date:2021年 | place:中国'),
    # #003: “投资自贸港” is a campaign brand; 海南自贸港 is a programme zone: only 海南 (README: 自贸港); the conferences are events,
    # the names inside labelled
    ('zh29-prov-hainan', '打造“投资自贸港”系列招商引资品牌活动，高规格举办2025年海南自贸港全球产业招商大会、中国侨商投资（海南）大会。',
     'date:2025年 | place:海南 | place:中国 | place:海南#2'),
    # #004: the Olympics and Paralympics are events; 我省 is a self-reference
    ('zh29-prov-guangdong', '我省运动员在2024年巴黎奥运会上斩获8金4银4铜、金牌数奖牌数均居全国首位，在残奥会上斩获12金8银4铜、多次打破世界纪录，以高超的技能和顽强的作风展示了广东儿女朝气蓬勃、勇攀高峰的时代风采！',
     'date:2024年 | place:巴黎 | place:广东'),
    # #005: 以来 left out; 16年 is a duration; the games are events
    ('zh29-prov-guangxi', '获世界三大赛奖牌36枚，时隔16年再获奥运会奖牌，在全国少数民族传统体育运动会上取得1991年以来最好成绩。',
     'date:1991年'),
    # #006: the year of the list's edition (2024年版) is a bare year inside a longer term, 版 left out (h27 #060)
    ('zh29-prov-shanghai', '更大力度吸引和利用外资，实施2024年版外资准入负面清单，落实全面取消制造业领域外资准入限制措施和新一轮服务业扩大开放试点政策。',
     'date:2024年'),
    # -- draws 4 (provincial sentences with a RICH cue, seed 30304) and 5 (the rest of zh-docs, seed 30305): their pools
    # are empty, nothing was drawn
]
# fmt: on


def main() -> None:
    holdouts.main("holdout29", ITEMS, DRAWS, sample, ("zh29-gov-work-reports", "zh29-law-", "zh29-prov-", "zh29-const",
                                                     "zh29-pdf", "zh29-notice"))


if __name__ == "__main__":
    main()

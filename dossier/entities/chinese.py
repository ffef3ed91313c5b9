"""Persons, places and organisations in Chinese text, offline, with rules over packaged dictionaries.

jieba's part-of-speech tagger (its dictionary ships in the wheel) proposes persons (nr),
places (ns) and organisations (nt). Rules keep a person only when it starts with a known
surname or is written in transliteration characters (赫鲁晓夫); take places from the PRC
administrative division list (``cpca``'s adcodes: full names and their short forms,
新疆维吾尔自治区 and 新疆) plus a short list of countries, joining a chain of divisions into
one address (北京市朝阳区); and build organisations by extending a word ending in an office
suffix (局, 委员会, 人民政府 ...) leftwards over the nouns and places before it.

A short list of well-known officials (``_KNOWN_PERSONS``) is matched as written, because
jieba's dictionary mis-tags some of them (周恩来 is a time word there) and glues others
into longer words (毛泽东思想, 陈全国同志).

Why rules and not a trained model: no Chinese NER model installs from PyPI with its
weights (HanLP, LTP, stanza and spaCy's zh pipelines download theirs at run time; LAC needs
an old PaddlePaddle; THULAC's wheel is 490 MB and scored lower on our set).
``bench/ner_eval.py`` reports precision and recall on ``eval/ner``.
"""

from __future__ import annotations

import functools
import re

from . import patterns
from .aliases import COMMON_SURNAMES
from .types import ORG, PERSON, PLACE, Mention

_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff·]+")

_DIVISION_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "自治旗",
                      "地区", "新区", "省", "市", "县", "区", "盟", "旗")
_ETHNIC_GROUP = (r"(?:蒙古|哈萨克|柯尔克孜|维吾尔|回|藏|彝|苗|壮|土家|朝鲜|满|侗|瑶|白|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|"
                 r"景颇|土|羌|撒拉|仫佬|布依|毛南|仡佬|锡伯|普米|塔吉克|怒|鄂温克|鄂伦春|裕固|保安|达斡尔|独龙|哈尼|布朗|"
                 r"基诺|德昂|阿昌|京|门巴|珞巴|赫哲|塔塔尔|乌孜别克|各)")
#: The peoples an autonomous division is named for, each with 族 but the last (伊犁哈萨克, 秀山土家族苗族,
#: 陵水黎族: the 水 of 陵水 is no people, because 族 does not follow it).
_ETHNIC = re.compile(f"(?:{_ETHNIC_GROUP}族)*{_ETHNIC_GROUP}族?$")
_COUNTRIES = ("中国 中华人民共和国 美国 英国 法国 德国 日本 俄罗斯 印度 巴基斯坦 阿富汗 哈萨克斯坦 吉尔吉斯斯坦 塔吉克斯坦 "
              "乌兹别克斯坦 土耳其 蒙古 朝鲜 韩国 越南 香港 澳门 台湾 新加坡 马来西亚 伊朗 叙利亚 埃及 加拿大 澳大利亚 欧洲 亚洲 "
              "中亚 西藏 苏联 东欧 西欧 北欧 南欧 北美 南美 拉丁美洲 拉美 非洲 北非 东非 西非 南非 大洋洲 东亚 东南亚 南亚 "
              "西亚 中东 东北亚 美洲 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 挪威 丹麦 芬兰 波兰 捷克 匈牙利 "
              "罗马尼亚 保加利亚 希腊 奥地利 爱尔兰 乌克兰 白俄罗斯 格鲁吉亚 亚美尼亚 阿塞拜疆 土库曼斯坦 以色列 巴勒斯坦 "
              "约旦 黎巴嫩 沙特阿拉伯 沙特 伊拉克 科威特 卡塔尔 阿联酋 也门 阿曼 泰国 缅甸 老挝 柬埔寨 菲律宾 印度尼西亚 印尼 "
              "孟加拉国 斯里兰卡 尼泊尔 不丹 马尔代夫 墨西哥 巴西 阿根廷 智利 秘鲁 古巴 委内瑞拉 哥伦比亚 新西兰 尼日利亚 "
              "埃塞俄比亚 肯尼亚 坦桑尼亚 阿尔及利亚 摩洛哥 突尼斯 利比亚 苏丹 安哥拉 津巴布韦 赞比亚 加纳 刚果 "
              "卢森堡 摩纳哥 冰岛 爱沙尼亚 拉脱维亚 立陶宛 斯洛伐克 斯洛文尼亚 克罗地亚 塞尔维亚 波黑 黑山 北马其顿 "
              "阿尔巴尼亚 摩尔多瓦 塞浦路斯 马耳他 文莱 东帝汶 巴布亚新几内亚 斐济 萨摩亚 汤加 瓦努阿图 所罗门群岛 "
              "厄瓜多尔 玻利维亚 巴拉圭 乌拉圭 巴拿马 哥斯达黎加 尼加拉瓜 洪都拉斯 危地马拉 萨尔瓦多 多米尼加 牙买加 "
              "特立尼达和多巴哥 苏里南 圭亚那 南苏丹 乌干达 卢旺达 布隆迪 塞内加尔 马里 尼日尔 乍得 喀麦隆 加蓬 "
              "纳米比亚 博茨瓦纳 莫桑比克 马达加斯加 毛里求斯 吉布提 索马里 厄立特里亚 几内亚 贝宁 多哥 科特迪瓦 "
              "塞拉利昂 利比里亚 毛里塔尼亚 冈比亚 布基纳法索 马拉维 莱索托 斯威士兰 科摩罗 塞舌尔 佛得角 "
              "墨西哥城 曼谷 "
              "中华民国 华北 华中 华南 华东 南疆 北疆 东疆 粤港澳大湾区 大湾区 京津冀 长三角 珠三角 长江三角洲 珠江三角洲 粤东西北 "
              # the old names provinces still go by in official prose
              "巴蜀 巴渝 三晋 三湘 齐鲁 燕赵 荆楚 八闽 八桂 南粤 岭南 三秦 陇原 中原 关中 江南 云岭 天府 湖湘 江淮 "
              # parts of a province by its one-character name and a direction
              "苏南 苏北 苏中 陕北 陕南 粤东 粤西 粤北 皖南 皖北 豫东 豫西 豫南 鲁西南 鲁西 川西 川南 川东北 鄂西 赣南 "
              "闽南 闽东 闽西 浙南 渝西 渝东北 渝东南 晋南 晋北 冀中 辽西 吉西 湘南 桂西 黔南 滇西 陇东 陇南 "
              "青南 藏北 藏东 藏南 陇中 黔北 黔东 桂北 桂东 桂南 滇中 滇南 滇东北 蒙东 蒙西 辽南 鄂东 鄂北 赣北 皖西 "
              "川北 豫北 冀北 冀南 晋东南 浙北 浙西 "
              # rivers, mountains, deserts and basins named in Xinjiang and national documents
              "黄河 长江 珠江 淮河 塔里木河 伊犁河 额尔齐斯河 天山 昆仑山 阿尔泰山 帕米尔高原 喜马拉雅山 青藏高原 黄土高原 "
              "塔克拉玛干沙漠 古尔班通古特沙漠 准噶尔盆地 塔里木盆地 吐鲁番盆地 柴达木盆地 河西走廊 博斯腾湖 赛里木湖 "
              # the basins by their own names, as oil fields and plans name them (准噶尔、塔里木、吐哈三大盆地)
              "准噶尔 塔里木 吐哈 柴达木 "
              # seas and straits
              "台湾海峡 南海 东海 黄海 渤海 北部湾 琼州海峡 马六甲海峡 太平洋 印度洋 大西洋 北冰洋 加勒比 加勒比海 "
              # the rivers, lakes and mountains official prose names by their own names
              "辽河 松花江 嫩江 海河 渭河 汾河 汉江 湘江 赣江 闽江 钱塘江 澜沧江 怒江 雅鲁藏布江 金沙江 岷江 嘉陵江 乌江 "
              "漓江 图们江 鸭绿江 洞庭湖 洞庭 鄱阳湖 太湖 巢湖 洪泽湖 青海湖 滇池 洱海 泰山 黄山 峨眉山 长白山 五台山 "
              "武当山 秦岭 太行山 大别山 大兴安岭 小兴安岭 祁连山 贺兰山 横断山 武夷山 井冈山 庐山 嵩山 珠穆朗玛峰 "
              "丝绸之路经济带 "
              # the special zones known by their own names (横琴粤澳深度合作区, 前海深港现代服务业合作区)
              "横琴 前海 临港新片区 马祖 博鳌 雄安 雄安新区 大运河 长江三峡 三峡 成渝地区 成渝地区双城经济圈 "
              # countries by the names reports of their time used
              "阿联 锡兰 南斯拉夫 民主德国 联邦德国 东德 西德 捷克斯洛伐克 扎伊尔 "
              # the rest of the United Nations' members (not 中非: also "China-Africa")
              "安道尔 安提瓜和巴布达 巴哈马 巴林 巴巴多斯 伯利兹 波斯尼亚和黑塞哥维那 刚果（布） 刚果（金） 多米尼克 赤道几内亚 "
              "埃斯瓦蒂尼 格林纳达 几内亚比绍 海地 基里巴斯 列支敦士登 马绍尔群岛 密克罗尼西亚 瑙鲁 马其顿 帕劳 圣基茨和尼维斯 "
              "圣卢西亚 圣文森特和格林纳丁斯 圣马力诺 圣多美和普林西比 图瓦卢 阿拉伯联合酋长国 梵蒂冈 "
              # a town every official text knows for its slogan (新时代“枫桥经验”)
              "枫桥 "
              # capitals and cities abroad that official prose names most
              "日内瓦 纽约 华盛顿 伦敦 巴黎 莫斯科 东京 柏林 罗马 维也纳 布鲁塞尔 万隆 雅加达 曼谷 河内 平壤 首尔 "
              "新德里 伊斯兰堡 喀布尔 德黑兰 安卡拉 开罗 阿斯塔纳 阿拉木图 比什凯克 杜尚别 塔什干 阿什哈巴德 "
              "乌兰巴托 金边 万象 仰光 马尼拉 吉隆坡 堪培拉 渥太华 墨尔本 悉尼 旧金山 洛杉矶 芝加哥 休斯敦 "
              "海牙 达沃斯 伊斯坦布尔 迪拜 利雅得").split()
_ORG_SUFFIXES = ("人民政府", "委员会", "常委会", "办公厅", "办公室", "人民法院", "人民检察院", "法院", "检察院", "公安厅", "公安局",
                 "总局", "分局", "监督局", "局", "厅", "委", "党委", "政府", "部", "署", "院", "大学", "学院", "学校", "公司", "集团",
                 "银行", "中心", "协会", "研究所", "研究院", "研究生院", "兵团", "军区", "监狱", "看守所", "医院", "报社", "电视台", "新华社",
                 "代表大会", "人大", "政协", "领导小组", "支队", "总队", "大队", "派出所", "管委会", "联合会", "党组", "基金会",
                 "国务院", "中共中央", "中央军委", "共青团", "出版社", "日报", "商会", "联社", "博物馆", "纪念馆", "图书馆",
                 "档案馆", "美术馆", "科技馆", "交易所", "展览馆", "陈列馆", "文化馆", "艺术馆", "联盟",
                 # factories, as the reports of the planned economy name them (乌鲁木齐八一钢铁厂, 第一汽车制造厂)
                 "钢铁厂", "钢厂", "制造厂", "机械厂", "造船厂", "汽车厂", "纺织厂", "水泥厂", "化肥厂", "炼油厂",
                 "拖拉机厂", "机床厂", "制药厂", "筹委会",
                 # schools by their level (乌鲁木齐市第一中学, 喀什市第二小学)
                 "中学", "小学", "幼儿园",
                 # an office by its short name (扶贫办, 国防科工办); words of three or more characters only, so that 举办 and 创办 stay verbs
                 "办")
#: The State Council's ministries and agencies, full and short names: several are written with 和, which
#: stops the suffix rule (工业和信息化部).
_CENTRAL_BODIES = frozenset("""
外交部 国防部 国家发展和改革委员会 教育部 科学技术部 科技部 工业和信息化部 工信部 国家民族事务委员会 国家民委 公安部 国家安全部
民政部 司法部 财政部 人力资源和社会保障部 人社部 自然资源部 生态环境部 住房和城乡建设部 住建部 交通运输部 水利部
农业农村部 商务部 文化和旅游部 文旅部 国家卫生健康委员会 国家卫生健康委 国家卫健委 卫健委 退役军人事务部 应急管理部
中国人民银行 审计署 国务院国有资产监督管理委员会 海关总署 国家税务总局 国家市场监督管理总局 市场监管总局
国家广播电视总局 国家体育总局 国家统计局 国家医疗保障局 国家医保局 国家国际发展合作署 国务院参事室
国家信访局 国家粮食和物资储备局 国家能源局 国家国防科技工业局 国家烟草专卖局 国家移民管理局 国家林业和草原局 国家林草局
国家铁路局 中国民用航空局 国家邮政局 国家文物局 国家中医药管理局 国家疾病预防控制局 国家矿山安全监察局 国家消防救援局
国家外汇管理局 国家药品监督管理局 国家知识产权局 国家宗教事务局 国家宗教局 国务院港澳事务办公室 国务院台湾事务办公室
国家互联网信息办公室 国家网信办 中央网信办 中央统战部 中央宣传部 中宣部 中央组织部 中组部 中央政法委 中央政法委员会
中央纪委国家监委 中央纪律检查委员会 国家监察委员会 新疆生产建设兵团 生产建设兵团
住房城乡建设部 人力资源社会保障部 国土资源部 环境保护部 环保部 农业部 文化部 卫生部 监察部 国家卫生计生委 卫生计生委
国家质检总局 质检总局 国家工商总局 工商总局 国家食品药品监管总局 食品药品监管总局 国家安全监管总局 安全监管总局
国家新闻出版广电总局 国家林业局 国家旅游局 国家海洋局 国家档案局 国家测绘地信局 国务院扶贫办 国务院法制办""".split())
#: The departments of a party committee, after it: 宝安区委|组织部, 自治区党委|宣传部.
_PARTY_DEPARTMENTS = re.compile(r"组织部|宣传部|统战部|政法委|办公室|办公厅|纪委|巡察办|督查室|政策研究室|编办")
#: Companies well known by a short name that names no place and ends in no office word: central
#: state-owned firms, banks, and the firms that build surveillance, telecoms and cars (the last often
#: named in Xinjiang documents). Names that are also everyday words (美的 "beautiful", 联想 "associate",
#: 中兴 "revival", 小米 "millet", 长城 "the Great Wall") are listed only with their 集团, 汽车 or 通讯.
_KNOWN_COMPANIES = frozenset("""
华为 腾讯 百度 阿里巴巴 京东集团 美团 拼多多 字节跳动 小米集团 联想集团 中兴通讯 比亚迪 宁德时代 奇瑞 吉利汽车 长城汽车
理想汽车 小鹏汽车 蔚来汽车 海尔 格力 海康威视 大华股份 科大讯飞 商汤科技 旷视科技 依图科技 云从科技 中芯国际
国家电网 南方电网 中国移动 中国电信 中国联通 中国石油 中石油 中国石化 中石化 中国海油 中海油 中粮 中粮集团 中核 中核集团
中国中车 中车 中国建筑 中建 中国中铁 中铁 中国铁建 中国交建 中交 中国电建 中国能建 中国中冶 中国电科 中国兵器
中国船舶 中国宝武 鞍钢集团 招商局集团 华润 华润集团 保利集团 中信 中信集团 中国平安 工商银行 建设银行 农业银行
中国银行 交通银行 招商银行 国家开发银行 中国进出口银行 中泰集团 特变电工 华孚时尚 溢达集团
中国能建 中能建 中国电建 中电建 中国一重 中国二重 中国中化 中化集团 中国化学 中国有色 中国五矿 五矿集团 中国铝业 中铝集团 中国黄金
中国稀土 中国电子 中国华能 华能集团 中国大唐 大唐集团 中国华电 华电集团 国家电投 国家能源集团 国家能源投资集团 中国三峡 三峡集团
中国航天科技 航天科技集团 中国航天科工 航天科工集团 中国航发 中国商飞 中国航空工业 中航工业 航空工业集团 中国兵器工业 兵器工业集团
中国兵器装备 中国兵装 中国东航 东方航空 中国国航 中国南航 南方航空 中国远洋海运 中远海运 招商局 中国通用技术 通用技术集团 中国诚通
中国国新 中国建材 中国节能 中国电气装备 中国星网 中国煤炭科工 中煤集团 中国中煤 中国盐业 中国物流集团 中国旅游集团 中国广核
中广核 中国核工业 中核工业 中国电信集团 中国铁塔 中国信科 中国海洋石油 中国石油化工 中国石油天然气 中国安能 中国融通 中国卫通
中国华录 中国农发 中国储备粮 中储粮 中国林业集团 中国医药集团 国药集团 中国保利 中国建设科技 中国检验认证 华侨城 东风汽车 一汽集团
中国一汽 中国宝武钢铁 宝武集团 鞍钢 攀钢 包钢集团 酒钢集团 首钢集团 河钢集团 国投 国能 中国资源循环集团 中国邮政
亚马逊 微软 谷歌 脸书 特斯拉 英特尔 高通 英伟达 西门子 波音 空客 三星 索尼 丰田 大众汽车 宝马 奔驰 通用汽车 通用电气
""".split())
_ORG_WHOLE = _CENTRAL_BODIES | frozenset("党中央 人大 政协 工商联 军委 中国人民解放军 国民党 东盟 上海合作组织 上合组织 世界贸易组织 世贸组织 "
                       "世界知识产权组织 国际劳工组织 国际原子能机构 国际海事组织 国际民航组织 国际电信联盟 世界气象组织 联合国粮农组织 "
                       "联合国开发计划署 联合国儿童基金会 世界粮食计划署 国际刑警组织 经合组织 石油输出国组织 欧佩克 "
                       "世界卫生组织 世卫组织 不结盟运动 世界经济论坛 达沃斯论坛 博鳌亚洲论坛 七国集团 经济合作与发展组织 联合国难民署 东南亚国家联盟 "
                       "欧洲联盟 非洲联盟 阿拉伯国家联盟 万国邮政联盟 国际红十字委员会 联合国人权理事会 人权理事会 国际法院 国际刑事法院 "
                       "新开发银行 亚洲开发银行 亚开行 华沙条约组织 经互会 东南亚条约组织 北大西洋公约组织 联合国大会 联合国环境规划署 "
                       "世界卫生大会 国际能源署 国际奥林匹克委员会 国际足联 中非合作论坛 澜湄合作 东盟地区论坛 亚信会议 联合国安全理事会 "
                       "亚投行 亚洲基础设施投资银行 金砖国家 二十国集团 亚太经合组织 北约 非盟 阿盟 "
                       "国际货币基金组织 世界银行 联合国安理会 安理会 联合国教科文组织 国际奥委会 红十字会 中国红十字会 "
                       "全国总工会 总工会 全国妇联 妇联 共青团中央 中国科学院 中科院 中国社会科学院 社科院 中国工程院 "
                       "国家发展改革委 国家发改委 发展改革委 发改委 国资委 证监会 银保监会 金融监管总局 央行 中国人民银行 欧盟 联合国 国务院 中共中央 中央军委 全国人大 全国政协 新华社 人民日报 最高人民法院 最高人民检察院 公安部 国家安全部 "
                       "外交部 教育部 民政部 司法部 财政部 商务部 国家发展改革委 中央纪委 国家监委 中国共产党 共产党 人民解放军 "
                       "解放军 武警 武警部队 共青团 红十字 "
                       # the congress and the conference by their full names, the exchanges and the regulator
                       "全国人民代表大会 中国人民政治协商会议 中国共产党中央 中国共产党中央委员会 大湾区国家技术创新中心 新三板 上交所 深交所 北交所 港交所 中国证监会 "
                       # the people's organisations by their short names (like 工商联 and 妇联), the other parties,
                       # the broadcaster, universities and the palace museum known by their short names
                       "社联 文联 侨联 残联 科协 对外友协 贸促会 中国国民党 民革 民盟 民建 民进 农工党 致公党 九三学社 台盟 央视 中央电视台 中央广播电视总台 北大 清华 "
                       "哈工大 北航 复旦 浙大 中科大 国科大 故宫 故宫博物院".split()) \
    | _KNOWN_COMPANIES
#: Words for the members of a body, written on after its short name: 人大|代表, 武警|官兵.
_MEMBER_WORDS = frozenset("代表 委员 代表团 常委 官兵 部队 战士 干警 主席 副主席".split())
_ORG_BODY_TAGS = frozenset({"n", "ns", "nt", "nz", "j", "vn", "b", "a", "an", "nrt", "ng", "l", "v", "s"})
#: The offices whose names may hold a set phrase jieba tags as an idiom: 省|扶贫开发|领导小组.
_IDIOM_BODY_SUFFIXES = ("领导小组", "办公室", "委员会", "办")
#: Government service apps are named like offices: 湘易办, 浙里办, 渝快办 (not 扶贫办).
_APP_NAME = re.compile(r"[易快里服速好掌]办$")
_GENERIC_ORG = re.compile(r"^(?:各|本|该|我|区局|市局|县局|上级|有关|相关|其他|各级|所在|下级|同级|主管|外国|外國|他国)")
_PERSON_STOP = frozenset("阿拉伯 海洛因 可卡因 马拉松 广大群众 同志 领导 公民 人民 群众 干部 党员 王国 高度 周年 文明 安全 常委 方面 任务 全面 万元 "
                         "于是 于此 成员 向前 关于 曾经 高于 明确 应当 时间 时期 程序 严格 严重 周边 全体 平安 石油 高效 "
                         "高速 黄金 金融 金额 林业 马上 江河 司法 方针 方式 方向 方案 方法 白天 常务 孔子 包括 和谐 和平 盖章 "
                         "于法 江山 万家 文化 时代 高层 钱款 史上 苗头 齐心 傅里叶 常见病 常态化 高质量 高水平 高标准 方便 安全感".split())
_TITLE_WORDS = ("书记", "主席", "总理", "副总理", "委员长", "总书记", "省长", "市长", "县长", "局长", "厅长", "部长", "主任", "委员", "处长", "科长", "政委",
                "司令员", "代表", "同志", "检察长", "院长", "州长", "区长", "副书记", "院士", "教授")
_CONTEXT_PERSON = re.compile(r"(?:联系人|负责人|姓名|经办人|签发人|审核人|起草人|发言人|记者|主持人|通讯员)\s*[：:]\s*"
                             r"([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")
#: A name listed with its telephone, as notices give their contacts: 董昭（联系电话：…）, 周天卉，联系电话：….
_NAME_BEFORE_CONTACT = re.compile(r"(?:^|(?<=[：:、，,；;（(\s]))([\u4e00-\u9fff]{2,3})(?=\s*[（(，,]?\s*(?:联系)?(?:电话|手机|座机)\s*[：:])")
_TITLE_AFTER = re.compile(r"([\u4e00-\u9fff]{2,3})(?=(同志|党组书记|党组副书记|党委书记|党委副书记|书记|主席|总理|省长|市长|县长|局长|厅长|部长|主任|委员|副书记|"
                          r"副主席|副总理|副省长|副市长|副县长|副局长|副厅长|副部长|副主任|处长|科长|先生|女士|总书记|政委|司令员|院士|教授|诞辰))")


#: Officials named in the leaked Xinjiang documents and the PRC's best-known leaders (see the module docstring).
_KNOWN_PERSONS = frozenset("""
毛泽东 周恩来 刘少奇 朱德 邓小平 陈云 叶剑英 华国锋 胡耀邦 赵紫阳 李先念 杨尚昆 江泽民 李鹏 乔石 朱镕基 李瑞环 胡锦涛
温家宝 吴邦国 贾庆林 曾庆红 习近平 李克强 张德江 俞正声 刘云山 王岐山 张高丽 栗战书 汪洋 王沪宁 赵乐际 韩正 李强 蔡奇
丁薛祥 李希 董必武 宋庆龄 彭真 万里 邓颖超 王震 乌兰夫 荣毅仁 陈毅 彭德怀 贺龙 聂荣臻 刘伯承 徐向前 孙中山 蒋介石
江青 王洪文 张春桥 姚文元 林彪 陈伯达 康生 马克思 恩格斯 列宁 斯大林
陈全国 朱海仑 王勇智 张春贤 王乐泉 王恩茂 宋汉良 孙金龙 马兴瑞 王君正 雪克来提·扎克尔 努尔·白克力 肖开提·依明
艾尔肯·吐尼亚孜 赛福鼎·艾则孜 铁木尔·达瓦买提 司马义·艾买提 阿不来提·阿不都热西提""".split())

#: Characters of transliterated foreign names (赫鲁晓夫, 斯大林); a jieba 'nr' word written only in them is a name.
_TRANSLITERATION = frozenset("阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布采查达戴丹道德登迪蒂丁东杜敦多厄恩尔法"
                             "范菲费芬丰冯弗伏福夫盖甘冈高戈格根古瓜哈海汉豪赫亨洪胡华霍基吉加贾杰金卡凯坎康考柯科克肯库"
                             "奎拉莱兰朗劳勒雷蕾里利莉丽列林琳卢鲁伦罗洛吕马迈麦曼芒毛梅门蒙米敏莫默姆穆纳娜奈南内尼努诺"
                             "欧帕派潘庞佩彭皮珀普齐奇契乔切钦琼丘萨塞桑瑟森沙舍什施史斯松苏索塔泰坦汤唐特滕提图托瓦万"
                             "旺威韦维温沃乌伍西希锡谢辛休雅亚扬耶叶伊因英尤于约泽扎詹兹佐晓夫娃")


@functools.cache
def _jieba():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.dt.initialize()
    return jieba.posseg


#: County short forms that are everyday words (新建 "newly built", 城关, 朝阳 "rising sun"): full names only.
_EVERYDAY_COUNTY_NAMES = frozenset("新建 城关 江海 新华 前进 和平 友谊 红旗 胜利 团结 东风 向阳 朝阳 振兴 新城 城中 城东 城西 "
                                   "城南 城北 开发 高新 经开 新兴 永安 安定 太平 长安 宝安 普陀 大方 同心 吉利 滨海 两江 "
                                   "平原 惠民 市北 市南 路南 路北 天长 三台 大安 石鼓 大田 天元 天心 民乐 二道 大化 兴业 竞秀 双城".split())
#: jieba tags many county short forms as common nouns (策勒, 木垒, 兴义, 库车) only because it has seen them
#: rarely; a word it has seen fewer times than this is read as the county.
_RARE_WORD = 100
#: County short forms jieba has seen more often than that under another tag, and that are no everyday words.
_WELL_KNOWN_COUNTY_NAMES = frozenset("库车 常熟 龙口 临清 平遥 河间 宝应 弥勒 新野 红安 镇远 海盐 金门".split())


@functools.cache
def _places() -> dict[str, str]:
    """Return {place name as written: full division name} for divisions, their short forms and countries."""
    tags, freq = _jieba().dt.word_tag_tab, _jieba().dt.FREQ
    table: dict[str, str] = {}
    codes = patterns.divisions()
    for code, full in codes.items():
        table[full] = full
        level = "province" if code.endswith("0000") else "prefecture" if code.endswith("00") else "county"
        for suffix in _DIVISION_SUFFIXES:
            if full.endswith(suffix) and len(full) - len(suffix) >= 2:
                short = _ETHNIC.sub("", full[: -len(suffix)])
                if len(short) < 2:  # 内蒙古 is not 内 + 蒙古
                    short = full[: -len(suffix)]
                # County short forms are often words (和平, 城关): keep those jieba does not know as other words.
                if len(short) >= 2 and (level != "county" or (tags.get(short, "ns") in ("ns", "nr", "nrt")
                                                              or freq.get(short, 0) < _RARE_WORD
                                                              or short in _WELL_KNOWN_COUNTY_NAMES)
                                        and short not in _EVERYDAY_COUNTY_NAMES and not short.endswith("族")):
                    table.setdefault(short, full)
                if suffix == "自治州" and len(short) >= 2 and short != full[: -len(suffix)]:
                    table.setdefault(short + "州", full)  # 伊犁州, 海南州, 恩施州: how reports name a prefecture
                break
    for name in patterns.townships().values():
        # Townships by their full names only (枫桥镇, 黄桶街道): their short forms are too often words, and so
        # are some full names (建设镇, 人民街道, 小城镇: a common word before the township word).
        stem = _TOWNSHIP_WORD.sub("", name)
        if len(name) >= 3 and not _GENERIC_TOWNSHIP.match(name) and not (
                freq.get(stem, 0) >= 1000 and not tags.get(stem, "ns").startswith("ns") or freq.get(name, 0) >= 500):
            table.setdefault(name, name)
    for name in _COUNTRIES:
        table.setdefault(name, name)
    for generic in ("市辖区", "城区", "郊区", "矿区", "新区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
        table.pop(generic, None)
    for name in [n for n in table if len(n) < 2]:
        del table[name]
    return table


_TOWNSHIP_WORD = re.compile(r"(?:民族乡|镇|乡|街道|苏木)$")


@functools.cache
def _township_short_forms() -> dict[str, frozenset[str]]:
    """Return {a township's short form: its full names}: 仪阳 for 仪阳街道, 南口 for 南口镇 (found only after their county)."""
    forms: dict[str, set[str]] = {}
    for name in patterns.townships().values():
        short = _TOWNSHIP_WORD.sub("", name)
        tag = _jieba().dt.word_tag_tab.get(short, "ns")
        if 2 <= len(short) <= 3 and short != name and (tag.startswith("ns") or _jieba().dt.FREQ.get(short, 0) < 300):
            # not 建设 of 建设镇 nor 天府 of 天府街道: words the dictionary knows as other than places
            forms.setdefault(short, set()).add(name)
    return {short: frozenset(names) for short, names in forms.items()}


def _townships_after(text: str, places: list[Mention], boundaries: set[int]) -> list[Mention]:
    """Return a county or city with one of its townships by short name right after it, as one place: 泰安仪阳, 昌平南口."""
    found = []
    forms = _township_short_forms()
    for place in places:
        for length in (3, 2):
            short, end = text[place.end:place.end + length], place.end + length
            if short in forms and (end in boundaries or end >= len(text) or not _HAN_RUN.match(text[end])) \
                    and any(_within(town, place.value) for town in forms[short]):
                found.append(Mention(PLACE, text[place.start:end], place.start, end, "gazetteer", place.value))
                break
    return found


@functools.cache
def _township_names() -> frozenset[str]:
    return frozenset(patterns.townships().values()) - frozenset(patterns.divisions().values())


#: Township names that are also common phrases (城关镇 names the seat of many counties, but 中心镇 is a kind).
_GENERIC_TOWNSHIP = re.compile(r"^(?:中心|重点|特色|城关|城区|新区|开发区|工业园区|经济开发区|小城|旧城|新城|古城)(?:镇|乡|街道)$")


@functools.cache
def _wide_places() -> frozenset[str]:
    """Return province-level short forms and countries: names that may start a longer word (台湾同胞)."""
    wide = {name for name, full in _places().items() if name == full}
    wide |= {name for name, full in _places().items() if any(c.endswith("0000") for c in _division_codes().get(full, ()))}
    return frozenset(wide)


@functools.cache
def _division_codes() -> dict[str, frozenset[str]]:
    """Return {full division name: its codes}; 朝阳区 is a district of both Beijing and Changchun (townships included)."""
    codes: dict[str, set[str]] = {}
    for code, full in (patterns.divisions() | patterns.townships()).items():
        codes.setdefault(full, set()).add(code)
    return {full: frozenset(found) for full, found in codes.items()}


def _within(child: str, parent: str) -> bool:
    """Return True when division *child* lies inside division *parent* (full names)."""
    for parent_code in _division_codes().get(parent, ()):
        if len(parent_code) > 6:
            continue  # a township holds no division
        # a province's codes share its first two digits, a prefecture's four, a county's townships all six
        prefix = parent_code[:2] if parent_code.endswith("0000") else parent_code[:4] if parent_code.endswith("00") \
            else parent_code
        if prefix and any(c != parent_code and c.startswith(prefix) for c in _division_codes().get(child, ())):
            return True
    return False


_AUTONOMY_SUFFIX = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?族)+自治(?:区|州|县|旗)")


#: Endings of a named area inside a city: 珠海|西部生态新区, 大连|东关街, 佛山|三龙湾.
_AREA_ENDINGS = ("新区", "开发区", "湾区", "生态区", "智慧区", "片区", "湾", "街", "港", "村", "镇", "城")
_AREA_TAGS = frozenset({"n", "ns", "nz", "nr", "nrt", "j", "b", "ng", "s", "nt", "a", "f", "zg"})


def _named_areas(places: list[Mention], token_at: dict[int, tuple[str, str]]) -> list[Mention]:
    """Return a city with the named area written after it, as one place: 东莞滨海湾新区, 沈阳方城."""
    found = []
    for place in places:
        if place.value in _COUNTRIES:
            continue  # 中国国际友城大会: what follows a country's name is no area of it
        end, words, best, area = place.end, 0, 0, ""
        while words < 4 and end in token_at:
            word, flag = token_at[end]
            if flag not in _AREA_TAGS and not (flag == "m" and word in "一二三四五六七八九十") or word in _NOT_AREA:
                break
            area += word
            end, words = end + len(word), words + 1
            if "国家" in area or area.endswith("名城"):
                break  # 建瓯|申报国家历史文化名城: a title applied for, no area of the city
            if area.endswith(_AREA_ENDINGS) and len(area) > 1:
                best = end  # the longest: 东莞|滨海|湾|新区, not 东莞滨海湾
        if best:
            found.append(Mention(PLACE, "", place.start, best, "gazetteer", place.value))
    return found


#: Words after a city name that begin no area name: 沈阳|市区, 重庆|主城.
_NOT_AREA = frozenset("市 市区 城区 主城 全市 全城 新城 老城 县城 港口 海港 口岸 街道 城市 城镇 乡村 农村 平原 "
                      "自贸港 自由贸易港 湖泊".split())  # 海南|自贸港: a status (the labelling rules), 湖泊|流域: lakes


def _address_chains(places: list[Mention]) -> list[Mention]:
    """Return one mention for each run of adjacent divisions, each inside the one before (北京市朝阳区)."""
    chains = []
    ordered = sorted(places, key=lambda m: m.start)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1].start == ordered[j].end and \
                _within(ordered[j + 1].value, ordered[j].value):
            j += 1
        if j > i:
            first, last = ordered[i], ordered[j]
            chains.append(Mention(PLACE, first.text + "".join(m.text for m in ordered[i + 1:j + 1]), first.start,
                                  last.end, "gazetteer", last.value))
        i = j + 1
    return chains


@functools.cache
def _automaton(kind: str):
    """Return an Aho-Corasick automaton over one list of names: 'places', 'orgs' or 'persons'."""
    import ahocorasick

    names = {"places": _places().keys(), "persons": _KNOWN_PERSONS,
             # short organisation names (人大, 妇联) only as whole words, in extract_zh's token loop
             "orgs": [name for name in _ORG_WHOLE if len(name) >= 4 or len(name) == 3 and name in _KNOWN_COMPANIES]}[kind]
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, name)
    automaton.make_automaton()
    return automaton


_GENERIC_AREA = re.compile(r"^[省市县区乡镇村]+$|^都市[区圈]$|^(?:中心|重点|特色|典型|城中)[镇乡村]$|^(?:内陆|沿海|沿边|沿江|边远|贫困|农村|民族|少数民族|革命老|边疆|偏远|欠发达|发达|老少边穷|重点|有关|部分|"
                           r"其他|广大|受灾|灾|山|牧|林|城|市|郊|矿|老|新|特)(?:地区|区)$")
_PLACE_ENDINGS = tuple("省市县区州岛山河湖江海镇乡村盟旗峰湾港") + ("机场", "运河", "水库")  # not 大桥: a facility
#: A name then one of these words is a place: 樟木 镇, 平陆 运河, 贡嘎 机场, 麦积山 石窟, 吴淞 江.
_PLACE_HEADS = frozenset(("镇", "乡", "机场", "运河", "水库", "石窟", "灌区", "航道", "江", "河", "湖", "科学城", "遗址"))
#: A body named by its level alone is still a body: 省委, 省政府, 自治区党委 (the labelling rules in eval/ner).
_LEVEL_BODY = re.compile(r"(?:省|市|县|区|州|自治区|自治州|盟|旗)(?:委|政府|人民政府|人大|政协|纪委|监委|党委|委员会)")
_GENERIC_MODIFIERS = frozenset("国际 国内 民用 支线 通用 运输 大型 小型 中型 新建 现代 特色 重点 边境 乡村 城市 农村 水利 跨江 跨海 "
                               "中心 内河 沿海 高等级 典型".split())  # 中心镇 (a kind of town), 内河航道
#: Words that end like an office (部, 局) but name none: 干部, 全部, 大局.
_NOT_ORG = frozenset("干部 全部 内部 外部 局部 中部 西部 东部 南部 北部 中西部 东中部 东北部 西北部 西南部 东南部 总部 基层干部 "
                     "全国政府 国家政府 招商会 非银行 大部 反党集团 反革命集团 法治政府 数字政府 服务型政府 廉洁政府 领导干部 部署 决策部署 党和政府 党和国家 上市公司 特区政府 特别行政区政府 庭院 大院 院落 四合院 大局 格局 布局 结局 开局 变局 新格局 全局 时局 政局 僵局 骗局 残局 赌局 饭局 棋局 当局".split())
_FUNCTION_CHARS = set("由和及与在从向对为被把将等并或")
#: 人: 来访人, 申请人; 观: 安全观 (a doctrine); 生: 师范生 (a student); 保: 惠商保 (an insurance scheme).
_NOT_NAME_END = set("委局部厅府院会区县市省室处科组队所站党团校司化质性度率型式协疆湖泊寺河江岭峰岛湾人观生保费法段线副正证")


def _reads_as_name(text: str, name: str, end: int) -> bool:
    """Return False for a known name that is also a word, read as that word: 万里 in 万里绿水长廊 ("ten thousand li")."""
    tag = _jieba().dt.word_tag_tab.get(name)
    if tag is None or tag.startswith("nr"):
        return True
    after = text[end:end + 3]
    return not after or not _HAN_RUN.match(after[0]) or after.startswith(_TITLE_WORDS + ("同志", "等"))


def _plausible_name(word: str) -> bool:
    """Return False for jieba 'nr' guesses that are usually words or places (惠民, 关怀, 阿勒泰, 高素质)."""
    # Two-character names are rare in official text and jieba tags many words nr (关怀, 荣获):
    # they count only after a title or a label (rules above).
    if len(word) == 2 or word in _division_names() or word in _places() or word[-1] in _NOT_NAME_END:
        return False
    if word[0] in "相互共同自各并":
        return False  # 相配合, 相衔接, 相结合: an adverb and a verb, common in official prose, not 相 the surname
    if len(word) == 3 and (_common_word(word[:2], 100) or _common_word(word[1:], 50)):
        return False  # 安全|观, 向|心力, 强|台风: a common word with a character before or after it
    if len(word) == 3 and word[0] not in _FREQUENT_SURNAMES and _jieba().dt.FREQ.get(word, 0) < 10:
        return False  # 连|战连胜: a rare surname on a word jieba barely knows is more often a phrase than a name
    return _jieba().dt.FREQ.get(word, 0) <= 10000


#: The commonest surnames, about 280, which nearly everyone bears; the rarer ones of COMMON_SURNAMES are often the
#: first character of a word (战 of 连战连胜).
_FREQUENT_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
                               "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
                               "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
                               "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉"
                               "缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇"
                               "桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")


def _common_word(part: str, often: int) -> bool:
    """Return True when *part* is a word jieba knows as other than a name (or a place name) and has seen often."""
    tag = _jieba().dt.word_tag_tab.get(part, "nr")
    return not tag.startswith("nr") and _jieba().dt.FREQ.get(part, 0) >= often and part not in _places()


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
    if "·" in word:
        return bool(_DOTTED_NAME.fullmatch(word))
    if not 2 <= len(word) <= 4 or word in _PERSON_STOP or word.endswith(_TITLE_WORDS):
        return False  # 周总理 is a surname and a title, not a name
    if len(word) == 2 and word[0] == word[1]:
        return False  # 殷殷嘱托, 谆谆教导: a doubled character is an adverb
    return word[:2] in COMMON_SURNAMES or (word[0] in COMMON_SURNAMES and len(word) <= 3)


#: Uyghur and other non-Han names are written in parts joined by a middle dot: 阿依努尔·卡德尔, 雪克来提·扎克尔.
#: Their parts are written in transliteration characters, which is where a name ends in running text
#: (主席|雪克来提·扎克尔|在, 会见了|阿依努尔·卡德尔).
_UYGHUR_NAME_CHARS = frozenset("不都热孜丽江合麦汗玛祖罕衣卜吾排则莱甫鼎义再买逊铁木达白力肖开明雪来提扎依努尔卡德艾肯尼亚古"
                               "买吐尔逊帕夏迪拉巴图乌娜穆默加米克阿杜守萨库尤素赛福司马坎曼苏里沙比坦热合曼斯哈"
                               "土乎娅玉托洪亚西夫吉")
_NAME_PART = "[" + "".join(sorted(_TRANSLITERATION | _UYGHUR_NAME_CHARS)) + "]"
_DOTTED_NAME = re.compile(f"{_NAME_PART}{{2,8}}(?:·{_NAME_PART}{{1,8}})+")


def extract_zh(text: str) -> list[Mention]:
    """Return persons, places and organisations in the Han-script parts of a text."""
    found: list[Mention] = []
    posseg = _jieba()
    boundaries: set[int] = set()
    token_end: dict[int, int] = {}
    token_at: dict[int, tuple[str, str]] = {}
    tokens_all: list[tuple[str, str, int]] = []
    for run in _HAN_RUN.finditer(text):
        base = run.start()
        word = run.group()
        for match in _DOTTED_NAME.finditer(word):
            if min(len(part) for part in match[0].split("·")) >= 2:
                found.append(Mention(PERSON, match[0], base + match.start(), base + match.end(), "rules"))
        # A short Han run standing alone in Latin-script text (陳全國 spoke) is most often a name.
        if 2 <= len(word) <= 4 and _is_person_zh(word) and word not in _places() and word[-1] not in _NOT_NAME_END and \
                not word.endswith(_ORG_SUFFIXES) and _jieba().dt.word_tag_tab.get(word, "nr") in ("nr", "nrfg") and \
                all(c.isascii() for c in text[max(0, base - 1):base] + text[run.end():run.end() + 1]) and \
                re.search(r"[A-Za-z]{2}", text[max(0, base - 30):base] + text[run.end():run.end() + 30]):
            found.append(Mention(PERSON, word, base, run.end(), "rules"))
        tokens = []
        offset = base
        for pair in posseg.cut(run.group(), HMM=True):
            tokens.append((pair.word, pair.flag, offset))
            offset += len(pair.word)
        found += _orgs_zh(text, tokens)
        tokens_all += tokens
        boundaries.update(t[2] for t in tokens)
        token_end.update((t[2], t[2] + len(t[0])) for t in tokens)
        token_at.update((t[2], (t[0], t[1])) for t in tokens)
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
                if 1 <= len(given) <= 2 and tokens[i + 2][1] in ("n", "nr", "ng", "nz", "j", "nrfg", "nrt", "ns", "vn"):
                    found.append(Mention(PERSON, nxt[0] + given, nxt[2], nxt[2] + 1 + len(given), "rules"))
        for k, (word, flag, start) in enumerate(tokens):
            if word == "中央" and _CENTRE_ACTS.match(text, start + 2):
                found.append(Mention(ORG, word, start, start + 2, "rules"))  # 中央|召开: the centre acting as a body
            if word[:2] in ("人大", "政协") and k and tokens[k - 1][0] in ("省", "市", "县", "区", "州", "自治区", "自治州"):
                level = tokens[k - 1][0]  # 市人大, 自治区政协 (also in 市|人大代表): the body of that level
                found.append(Mention(ORG, level + word[:2], start - len(level), start + 2, "rules"))
            if flag in ("nr", "nrfg", "nrt") and _is_person_zh(word) and _plausible_name(word) and word not in _ORG_WHOLE:
                found.append(Mention(PERSON, word, start, start + len(word), "jieba"))
            elif flag == "nr" and len(word) >= 3 and set(word) <= _TRANSLITERATION and word not in _places() \
                    and word not in _ORG_WHOLE and word not in _PERSON_STOP and word[-1] not in _NOT_NAME_END:
                found.append(Mention(PERSON, word, start, start + len(word), "jieba"))
            elif flag == "nt" and (word in _ORG_WHOLE or len(word) >= 4 and word.endswith(_ORG_SUFFIXES)
                                   and word not in _ORG_SUFFIXES and word not in _NOT_ORG
                                   and not _counted(text, start, start + len(word))
                                   and not _being_built(word, text, start + len(word))):
                found.append(Mention(ORG, word, start, start + len(word), "jieba"))
            elif word in _ORG_WHOLE or _LEVEL_BODY.fullmatch(word) or \
                    len(word) >= 4 and word[0] in "省市县州" and word.endswith(_ORG_SUFFIXES) and word not in _NOT_ORG:
                found.append(Mention(ORG, word, start, start + len(word), "rules"))
            elif word[:2] in _ORG_WHOLE and word[2:] in _MEMBER_WORDS or word[:2] in ("人大", "政协") and len(word) > 2 \
                    and word not in _ORG_WHOLE and not word.endswith(_ORG_SUFFIXES):
                # 人大代表, 武警官兵, 政协提案: the body, not its member or its motion
                found.append(Mention(ORG, word[:2], start, start + 2, "rules"))
            elif flag == "ns" and len(word) >= 3 and word.endswith(_PLACE_ENDINGS) and word not in _places() \
                    and not word.endswith(("省", "市", "县", "州", "盟", "旗")) \
                    and not _GENERIC_AREA.match(word) and word[0] not in "一二三四五六七八九十两几各全本" \
                    and not (word[0] == "环" and word[1:] in _places()):  # 环渤海: the sea, not its rim
                # jieba's places outside the division list: 海南岛, 天山, 塔里木河 (with a place-like ending only;
                # a county or city missing from the list is a kind, not a division: 百强县, 旅游名县).
                found.append(Mention(PLACE, word, start, start + len(word), "jieba"))
        found += _route_ends(text, tokens)
        for (word, flag, start), (head, _, head_start) in zip(tokens, tokens[1:]):
            name_like = flag in ("ns", "nr", "nrt", "nz") or word in _places() or head in ("镇", "乡") and flag == "n" \
                or head == "科学城" and flag in ("n", "a", "j")  # 光明|科学城: any name before a science city
            if head in _PLACE_HEADS and 2 <= len(word) <= 4 and name_like \
                    and word not in _PERSON_STOP and word not in _GENERIC_MODIFIERS and not _GENERIC_AREA.match(word + head):
                found.append(Mention(PLACE, word + head, start, head_start + len(head), "rules"))
    places = []
    # Every match, longest first at each start: the first that reads as a place wins, so a name that is no
    # word of its own (临安 in 亲临|安徽) does not hide the place that overlaps it.
    matches = sorted(((end - len(name) + 1, end + 1, name) for end, name in _automaton("places").iter(text)),
                     key=lambda m: (m[0], -m[1]))
    for start, end, name in matches:
        if places and start < places[-1].end:
            continue
        full = _places()[name]
        # A short form (莎车, 和政) must be a word of its own, not half of one (和政府); a province or a
        # country need only start one (jieba reads 台湾同胞 as one word).
        # A division right after the one it lies in may sit inside jieba's word: 上海浦东 is one word to it.
        after_parent = bool(places) and places[-1].end == start and _within(full, places[-1].value)
        if name != full and full.endswith("自治县") and text.startswith("县", end) and end + 1 in boundaries:
            end += 1  # 孟连|县: an autonomous county called a county, one word to jieba
        if name != full and not after_parent and (start not in boundaries or end not in boundaries
                                                  and name not in _wide_places()):
            continue
        if name == full and len(name) <= 3 and start not in boundaries and not _glued_to_word(text, start, end, boundaries):
            continue  # 范县 in 示范县 ("model county")
        if name in _township_names() and (start not in boundaries or end not in boundaries):
            continue  # a township must be words of its own: not 发展乡 in 发展|乡村
        if (word_after := _NO_PLACE_BEFORE.get(name)) and text.startswith(word_after, end):
            continue  # 中东部: the central and eastern parts of China, not the Middle East
        if text.startswith("域", end) and name.endswith(("县", "市", "区")):
            continue  # 和县 in 集团和县域: 县域 is "county-level", not 和县
        suffix = _AUTONOMY_SUFFIX.match(text, end) if name != full else None
        if suffix:  # an older or variant name: 广西僮族自治区
            end = suffix.end()
        elif text.startswith("地区", end) and not full.endswith("地区"):
            end += 2  # 粤东地区, 京津冀地区: the area by its name (和田地区 is a division's own name)
        elif area := _AREA_AFTER.match(text, end):
            end = area.end()  # 长江流域, 成都都市圈, 重庆主城都市区
        elif full.endswith("市") and _CITY_PROPER.match(text, end) and text[start:end].endswith("市"):
            end += 1  # 成都市区: the city proper (the labelling rules take the area word with the name)
        elif full.endswith("市") and text.startswith("市区", end) and _CITY_PROPER.match(text, end + 1):
            end += 2  # 成都|市区
        if text.startswith("级", end) and name[-1] in "省市县区" and name[:-1] in _places():
            end -= 1  # 崇明区级: 区级 is a level ("district-level"), the place is 崇明
        if name in _ONLY_WITH_AREA and end == start + len(name):
            continue  # 京津冀 alone strings three abbreviations; 京津冀地区 is a place
        places.append(Mention(PLACE, text[start:end], start, end, "gazetteer", full))
    chains = _address_chains(places)
    # a named area after a chain of divisions belongs to the whole chain: 巴东县官渡口镇|马鬃山村
    found += places + chains + _named_areas(places + chains, token_at) + _townships_after(text, places, boundaries)
    found += _streets_after(text, places + chains)
    found += _planned_areas(text, places, token_at)
    # a country's party is one body: 苏联共产党, 越南共产党
    found += [Mention(ORG, text[p.start:party.end()], p.start, party.end(), "rules")
              for p in places if (party := _PARTY.match(text, p.end))]
    found += _listed_orgs(text, [m for m in found if m.type == ORG])
    found += _named_bodies(text, tokens_all, boundaries, token_at) + _firms_listed(text, token_at)
    found += [Mention(ORG, m[1], m.start(1), m.end(1), "rules") for m in _PUBLICATION.finditer(text)]
    found += _branches(text, [m for m in found if m.type == ORG], [m for m in found if m.type == PLACE])
    # a title or a kind is no body, nor is a body of several levels at once (自治区、自治州、自治县的人民代表大会), nor
    # the people's congresses in general (加强人民代表大会的立法): the one body has its place or its session before it
    place_ends = {m.end for m in found if m.type == PLACE}
    found = [_without_title(m) if m.type == ORG else m for m in found]
    found = [m for m in found if m.type != ORG or not (
        _designation(m.text) or _LEVELS_OF.search(text, max(0, m.start - 10), m.start) or m.text.endswith(_KINDS_OF_GOVERNMENT)
        or m.text == "人民代表大会" and text[m.start - 1:m.start] != "届" and m.start not in place_ends
        and text[m.start - 2:m.start] not in ("这次", "本次", "此次")  # 提请这次人民代表大会审议: this session
        or m.text.endswith("政府") and text.startswith("采购", m.end)  # 中国政府采购网, 政府采购法: procurement
        or m.text.endswith(_LEVEL_SCHOOLS) and not _named_school(m.text))]
    found += _party_departments(text, [m for m in found if m.type == ORG]) + _firms_in_fields(text)
    # convention and exhibition centres host others' events: places (the labelling rules), 国家会议中心
    found = [Mention(PLACE, m.text, m.start, m.end, m.extractor, m.value) if m.type == ORG and m.text.endswith(_VENUES)
             else m for m in found]
    for kind, names in ((ORG, "orgs"), (PERSON, "persons")):
        # Known names as written, wherever a word starts: jieba may glue them to what follows (毛泽东同志),
        # or to each other (马克思列宁主义: 马克思, 列宁).
        known_ends = set()
        for end, name in _automaton(names).iter_long(text):
            start = end - len(name) + 1
            if start in boundaries or start == 0 or not _HAN_RUN.match(text[start - 1]) or start in known_ends \
                    or text[start - 1] == "届":  # 第八届|全国人民代表大会: jieba's one word
                if kind == PERSON and not _reads_as_name(text, name, end + 1) or name.endswith("部") and \
                        text.startswith("门", end + 1):
                    continue  # 国家安全部|门: a department of the state's security, not the ministry
                found.append(Mention(kind, name, start, end + 1, "rules"))
                known_ends.add(end + 1)
    for pattern in (_CONTEXT_PERSON, _NAME_BEFORE_CONTACT, _TITLE_AFTER):
        for match in pattern.finditer(text):
            word = match[1]
            # A name before a title must be a word of its own: not 国务 of 国务委员, not 居民 of 居民委员会;
            # jieba may join name and title into one word (毛泽东同志).
            title_end = match.end(1) + len(match[2]) if pattern is _TITLE_AFTER else match.end(1)
            own_word = match.start(1) in boundaries and (match.end(1) in boundaries or
                                                         token_end.get(match.start(1)) == title_end)
            tag = _jieba().dt.word_tag_tab.get(word)
            common_word = tag is not None and tag not in ("nr", "nrfg", "nrt")  # 居民, 华侨
            if _is_person_zh(word) and not (pattern is _TITLE_AFTER and (
                    word in _places() or word[-1] in _NOT_NAME_END or not own_word or common_word
                    or word[0] in _FUNCTION_CHARS)):
                found.append(Mention(PERSON, word, match.start(1), match.end(1), "rules"))
    found += _listed_persons(text, [m for m in found if m.type == PERSON], [m for m in found if m.type != PERSON])
    # “白玉兰奖”, “飞天奖”: a name before 奖 names an award; “晋心登”, “鲁惠通”: a name alone in quotes is a
    # programme's or a brand's (official prose quotes slogans and brands, not people); 张女士, 肖先生: a surname
    # and a courtesy title, no name (as 周总理 is none).
    return [m for m in found if not (m.type == PERSON and (text.startswith("奖", m.end) or
                                                          m.start and text[m.start - 1] == m.text[1] or  # 三|严三实
                                                          text[m.start - 1:m.start] + text[m.end:m.end + 1] in _QUOTES
                                                          or len(m.text) == 3 and m.text.endswith(_COURTESY)))]


_COURTESY = ("先生", "女士", "老师", "小姐")
#: A list of names, each perhaps with a role in brackets: 覃进良、何辉、李中贞, 汪学斌(包1组长)、任红军(包1).
_NAME_LIST = re.compile(r"[\u4e00-\u9fff]{2,3}(?:[（(][^）)\n]{0,12}[）)])?(?:、[\u4e00-\u9fff]{2,3}(?:[（(][^）)\n]{0,12}[）)])?)+")
#: Labels that open a list of people: 评标委员会：…, 评审专家名单：…, 参会人员：….
_PERSON_LIST_LABEL = re.compile(r"(?:委员会|小组|专家|成员|委员|名单|人员|代表)(?:成员)?(?:名单)?[：:]\s*$")
_LIST_NAME = re.compile(r"([\u4e00-\u9fff]{2,3})(?:[（(][^）)\n]{0,12}[）)])?(?:、|$)")


def _listed_persons(text: str, persons: list[Mention], others: list[Mention]) -> list[Mention]:
    """Return the other names of a list in which two or more are already persons, or which a label says lists
    people (评标委员会：…): a two-character name (何辉) or one that is also a word (林雪山, 任红军) is a person among
    persons."""
    found = []
    known = {(m.start, m.end) for m in persons}
    for run in _NAME_LIST.finditer(text):
        items = [(m.start(1) + run.start(), m.end(1) + run.start()) for m in _LIST_NAME.finditer(run[0])]
        labelled = _PERSON_LIST_LABEL.search(text, max(0, run.start() - 12), run.start())
        if sum(item in known for item in items) < 2 and not labelled:
            continue
        for start, end in items:
            name = text[start:end]
            if (start, end) not in known and _is_person_zh(name) and name not in _places() and \
                    not any(o.start < end and start < o.end for o in others):
                found.append(Mention(PERSON, name, start, end, "rules"))
    return found


#: A newspaper or magazine by its title (publications are organisations): 《中国国防报》, 《新疆日报》; not a report.
_PUBLICATION = re.compile(r"《([\u4e00-\u9fff]{1,13}(?:报|杂志|周刊|月刊))(?<!公报|通报|简报|汇报|情报|预报|年报|月报|季报|申报|举报|周报)》")
_PARTY = re.compile(r"(?:共产党|工人党|劳动党)")
#: Place names that begin another word before these: 中东部, 中西部 (China's central and eastern or western
#: parts), 黄、淮、海地区 (the sea's region, not Haiti), 金山银山 (mountains of gold, not 金山区).
_NO_PLACE_BEFORE = {"中东": "部", "中西": "部", "东中": "部", "海地": "区", "金山": "银山"}
_KINDS_OF_GOVERNMENT = ("法治政府", "数字政府", "服务型政府", "廉洁政府", "人民满意政府")
_VENUES = ("会议中心", "会展中心", "博览中心", "展览中心", "体育中心", "国际会都")
_QUOTES = frozenset(("“”", '""', "「」", "‘’", "《》"))


_AREA_AFTER = re.compile(r"流域|干流|故道|水道|库区|(?:中下|上中|中|上|下)游(?!客)|(?:现代化)?都市圈|(?:主城)?都市区")
#: 区 after a city's name is its proper (成都市区) unless it begins another word: 市区县, 市区域, 市区划.
_CITY_PROPER = re.compile(r"区(?![县域划内外级])")
_ONLY_WITH_AREA = frozenset(("京津冀",))
#: Planning and development areas named after a place or a river, lake or mountain (the labelling rules
#: take them whole): 长江经济带, 洞庭湖生态经济区, 南港工业区, 湘江科学城, 武汉新城, 北京商务中心区, 海口港.
_PLANNED_AREA = re.compile(r"(?:生态)?经济带|生态经济区|经济区|(?:地区)?(?:双城)?经济圈|城市群|工业园区|工业区|高新区|科学城|新城(?!区)|"
                           r"(?:中央)?商务(?:中心)?区|新区|(?:[\u4e00-\u9fff]{2}深度|边境经济|经济)?合作区|港区|(?:国际)?陆港区?|新机场|中轴线|"
                           r"[农光药硅芯]谷|[\u4e00-\u9fff]{2}国际机场|(?:国际)?港务区|(?:协同)?创新区|(?:国际)?门户港|(?:智慧|创新|科创)城|"
                           r"港(?![澳口区台城产])")
_DEV_ZONE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:高新技术产业开发区|经济技术开发区|高新区|经开区|工业园区|产业园区|产业园|"
                       r"景区|旅游区|度假区|(?:国家级)?自然保护区|湿地)")  # 中卫|大漠黄河|景区
_ENDS_IN_AREA = re.compile(f"(?:{_PLANNED_AREA.pattern}|{_AREA_AFTER.pattern})$")
#: Tags of a word that can name such an area when it is no division: 湘江/ns, 洞庭湖/ns (not 深化/j).
_AREA_NAME_TAGS = frozenset({"ns", "nz"})


#: 中央 followed by what a body does (召开, 决定, 部署) is the Party centre acting, an organisation; 中央 as an
#: attribute (中央财政, 中央部门) is not.
_CENTRE_ACTS = re.compile(r"(?:召开|决定|提出|要求|部署|作出|做出|批准|指出|强调|确定|印发|出台|发出|号召|颁布|制定|下达)")
#: A route between two places: 富裕至加格达奇铁路, 铜仁至吉首高铁, 盘州至兴义铁路.
_ROUTE = re.compile(r"(?:铁路|高铁|城际|高速公路|高速|公路|快速路|航线|输电|管道|运河|通道)")


#: A firm filling a field, a line or an item of a list by its registered name, as notices and tenders give them
#: (中标供应商：中招国际招标有限公司, …、深圳市大疆创新科技有限公司): the whole value is the name.
_FIRM_IN_FIELD = re.compile(r"(?:^|(?<=[：:、\n]))([\u4e00-\u9fff（）()]{4,30}?(?:股份有限公司|有限责任公司|有限公司|集团公司|事务所))"
                            r"(?=$|[，,、；;。）)\s]|[（(])")


def _firms_in_fields(text: str) -> list[Mention]:
    """Return the firms that fill a field or a list item by their registered names."""
    return [Mention(ORG, m[1], m.start(1), m.end(1), "rules") for m in _FIRM_IN_FIELD.finditer(text)
            if m[1][0] not in _FUNCTION_CHARS and not _GENERIC_ORG.match(m[1])]


_LEVEL_SCHOOLS = ("中学", "小学", "幼儿园")


def _named_school(name: str) -> bool:
    """Return True for one school by its place and its number or name (乌鲁木齐市第一中学), not a kind of school
    (普及小学 "universal primary schooling", 普通中学, 高级中学, 中小学)."""
    if name.endswith("中小学"):
        return False
    place = next((name[:n] for n in range(min(len(name) - 2, 12), 1, -1) if name[:n] in _places()), None)
    return place is not None and len(name) - len(place) > 2


def _party_departments(text: str, orgs: list[Mention]) -> list[Mention]:
    """Return a party committee with its department after it, as one body: 宝安区委组织部, 省委宣传部."""
    found = []
    for org in orgs:
        if org.text.endswith(("委", "党委")) and not org.text.endswith(("纪委", "政法委")) and \
                (department := _PARTY_DEPARTMENTS.match(text, org.end)):
            found.append(Mention(ORG, text[org.start:department.end()], org.start, department.end(), "rules"))
    return found


#: A street or road after its division, as addresses write them (湖南省长沙市雨花区|湘府东路, 天津市河西区|郁江道,
#: 杭州市富阳区|富春街道|凤浦路); a county's seat (轮台县|县城).
_STREET = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:大街|大道|街道|路|街|巷|胡同|道)")
#: Words that end like a street and are none: 道路, 公路, 渠道, 轨道, 通道, 航道, 廊道, 频道, 思路, 线路, 一道 ("together").
_NOT_STREET = re.compile(r"(?:道路|公路|铁路|渠道|轨道|通道|航道|廊道|故道|频道|管道|赛道|跑道|思路|线路|出路|一道|同道|之道|门道)$|^[道路街]$")


def _streets_after(text: str, places: list[Mention]) -> list[Mention]:
    """Return a division with the streets written right after it, as one place (an address's place part)."""
    found = []
    for place in places:
        end = place.end
        if text.startswith("县城", end) and place.text.endswith("县"):
            end += 2
        for _ in range(2):  # a subdistrict, then its road: 富春街道|凤浦路
            street = _STREET.match(text, end)
            if not street or _NOT_STREET.search(street[0]) or _jieba().dt.FREQ.get(street[0], 0) > 50 \
                    or any(c in street[0] for c in "的和与在是为等及或省市县区至到段级同"):
                break
            end = street.end()
        if end > place.end:
            found.append(Mention(PLACE, text[place.start:end], place.start, end, "gazetteer", place.value))
    return found


def _glued_to_word(text: str, start: int, end: int, boundaries: set[int]) -> bool:
    """Return True when jieba joined a common word and the name after it into one word: 符合中国 (符合|中国),
    环渤海 (环|渤海)."""
    if end not in boundaries or any(b in boundaries for b in range(start + 1, end)):
        return False
    before = next((b for b in range(start - 1, max(-1, start - 5), -1) if b in boundaries), None)
    return before is not None and (start - before >= 2 and _common_word(text[before:start], 100)
                                   or text[before:start] == "环")  # 环|渤海: the rim of a sea or a lake


def _route_ends(text: str, tokens: list[tuple[str, str, int]]) -> list[Mention]:
    """Return both ends of a named route when one end is a known place: the other is then a place too."""
    found = []
    for k in range(1, len(tokens) - 1):
        if tokens[k][0] not in ("至", "到") or not 2 <= len(tokens[k - 1][0]) <= 4 or not 2 <= len(tokens[k + 1][0]) <= 4:
            continue
        (left, left_flag, left_start), (right, right_flag, right_start) = tokens[k - 1], tokens[k + 1]
        if not _ROUTE.match(text, right_start + len(right)) or not (left in _division_names() or right in _division_names()):
            continue
        for word, flag, start in ((left, left_flag, left_start), (right, right_flag, right_start)):
            if flag[:1] not in ("v", "p", "d", "c", "m", "q", "u") and word not in _ADMIN_WORDS:
                found.append(Mention(PLACE, word, start, start + len(word), "rules"))
    return found


def _planned_areas(text: str, places: list[Mention], token_at: dict[int, tuple[str, str]]) -> list[Mention]:
    """Return a named planning or development area as one place: a place or a named feature, then its area word.

    Two places joined by a dash share the area word: 西宁—海东都市圈 is one metropolitan area.
    """
    found = []
    starts = {m.start: m for m in places}
    named = [(start, start + len(word)) for start, (word, flag) in token_at.items()
             if (flag in _AREA_NAME_TAGS or flag == "nr" and text.startswith("新区", start + len(word)))  # 高竹|新区
             and len(word) >= 2 and word not in _NOT_AREA and not _GENERIC_AREA.match(word)]
    for place in places:  # 岳阳|绿色化工|高新区, 衡阳|智能衡器计量|产业园: a city's zone named for its trade
        zone = _DEV_ZONE.match(text, place.end)
        if zone and not set(zone[1]) & _FUNCTION_CHARS and not any(
                flag.startswith("v") for at, (_, flag) in token_at.items() if place.end <= at < place.end + len(zone[1])):
            found.append(Mention(PLACE, text[place.start:zone.end()], place.start, zone.end(), "rules"))
    # a named word that jieba cut across a place takes the place's start: 天|山北坡|城市群 is 天山北坡城市群
    named = [(start - 1 if start and text[start - 1:start + 1] in _places() else start, end) for start, end in named]
    for start, end in [(m.start, m.end) for m in places] + named:
        area = _PLANNED_AREA.match(text, end) or _AREA_AFTER.match(text, end)
        if area and (area[0] == "港" or area[0].endswith(("合作区", "机场"))) and start not in starts:
            continue  # a port, an airport or a zone is named by its place: 海口港, 横琴合作区; not 深化|港城, 深度|合作区
        area_end = area.end() if area else None
        if not area and text[end:end + 1] in "—–-" and (partner := starts.get(end + 1)):
            area = _PLANNED_AREA.match(text, partner.end) or _AREA_AFTER.match(text, partner.end)
            # the partner's own name may end like an area (香港): only an area word after it counts
            area_end = area.end() if area else partner.end if _ENDS_IN_AREA.search(partner.text) \
                and partner.text not in _places() else None
        if area_end:
            found.append(Mention(PLACE, text[start:area_end], start, area_end, "rules"))
    return found


def _listed_orgs(text: str, orgs: list[Mention]) -> list[Mention]:
    """Return the bodies listed after an organisation with its kind: 宁夏交通职业技术学院、艺术职业学院和工匠学院."""
    found = []
    for org in sorted(orgs, key=lambda m: (m.start, -m.end)):
        suffix = next((s for s in _SUFFIXES_LONGEST_FIRST if org.text.endswith(s)), None)
        # Too short to tell a body from a word (部门), or as often a designation as a body (区域医疗中心).
        if suffix is None or suffix in ("委", "部", "院", "署", "中心"):
            continue
        end = org.end
        while match := _list_item(suffix).match(text, end):
            name = match[1]
            if _GENERIC_ORG.match(name) or _counted(text, match.start(1), match.end(1)):
                break
            found.append(Mention(ORG, name, match.start(1), match.end(1), "rules"))
            end = match.end(1)
    return found


_SUFFIXES_LONGEST_FIRST = tuple(sorted(_ORG_SUFFIXES, key=len, reverse=True))


@functools.cache
def _list_item(suffix: str) -> re.Pattern[str]:
    """Return the pattern of one more item of a list of bodies of one kind: 、艺术职业学院, 和工匠学院."""
    return re.compile(r"[、和及]([\u4e00-\u9fff]{2,8}?" + re.escape(suffix) + r")(?=[、和及，。；：,;:\s）)]|$)")


_NAME_ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}|八一")


def _orgs_zh(text: str, tokens: list[tuple[str, str, int]]) -> list[Mention]:
    """Return organisations: a word ending in an office suffix, extended left over nouns and places."""
    found = []
    places = _places()
    for i, (word, flag, start) in enumerate(tokens):
        if not (word.endswith(_ORG_SUFFIXES) and (flag in ("n", "nt", "ns", "nz", "j", "ng") or word in _ORG_SUFFIXES
                                                   or len(word) >= 3 and flag in ("nr", "nrt", "i"))) \
                or word.endswith(tuple(_NOT_ORG)) or word.endswith("办") and (len(word) < 3 or _APP_NAME.search(word)):
            continue
        j = i
        while j > 0 and (tokens[j - 1][1] in _ORG_BODY_TAGS or tokens[j - 1][0] in _ADMIN_WORDS
                         or tokens[j - 1][1] == "i" and word.endswith(_IDIOM_BODY_SUFFIXES)
                         or tokens[j - 1][0] in _ORG_WHOLE  # 华为|青浦|研发中心
                         or _NAME_ORDINAL.fullmatch(tokens[j - 1][0])  # 长春|第一|汽车|制造厂, 乌鲁木齐|八一|钢铁厂
                         or tokens[j - 1][1] == "nr" and j >= 2 and (tokens[j - 2][1] == "ns" or tokens[j - 2][0] in places)
                         or tokens[j - 1][0] in places or _joins_office_words(tokens, j - 1)) and i - j < 7 \
                and (not _stops_org(tokens[j - 1][0]) or _joins_office_words(tokens, j - 1)):
            if tokens[j - 1][1] == "v" and tokens[j][1] in ("ns", "nt"):
                break  # a verb before a place is a predicate, not part of the name: 美国纠集|东南亚条约集团
            if tokens[j - 1][1] in ("v", "vn") and j >= 2 and (tokens[j - 2][1] == "ns" or tokens[j - 2][0] in places
                                                                 or tokens[j - 2][0].endswith(_ORG_SUFFIXES)) \
                    and not (j == i and word in _ORG_SUFFIXES):
                break  # a place or an office, then a verb: it is the subject (长沙|建设…, 安顺学院|更名…), but
                # a verb right before a bare 学院 or 医院 is the field it names: 海南|警察|学院
            j -= 1
        # a level's body right before the office starts its name: 省政府|办公厅
        while j < i and (tokens[j][1] not in ("ns", "nt") or tokens[j][0] in _EVERYDAY_COUNTY_NAMES) \
                and tokens[j][0] not in places and not (j == i - 1 and _LEVEL_BODY.fullmatch(tokens[j][0])) and \
                not tokens[j][0].startswith("中") and tokens[j][0] not in _ADMIN_WORDS and tokens[j][0] not in _ORG_WHOLE \
                and not (tokens[j][0] in _COMPASS and word.endswith(_SCHOOLS)):
            j += 1  # an organisation name starts with its place or its own name, not a verb
        anchored = tokens[j][1] in ("ns", "nt") or tokens[j][0] in places or tokens[j][0] in _ADMIN_WORDS \
            or j == i - 1 and _LEVEL_BODY.fullmatch(tokens[j][0]) \
            or "".join(t[0] for t in tokens[j:i + 1]) in _ORG_WHOLE or flag == "nt" or tokens[j][0] in _ORG_WHOLE \
            or tokens[j][0] in _COMPASS and word.endswith(_SCHOOLS)  # 北大|肿瘤医院, 西南|联合|研究生院
        if not anchored and (own := _own_name(tokens, i)) is not None:
            j, anchored = own, True
        words = [t[0] for t in tokens[j:i + 1]]
        name = "".join(words)
        if len(name) < 3 or _GENERIC_ORG.match(name) or name in _NOT_ORG or name in _ORG_SUFFIXES and name not in _ORG_WHOLE:
            continue
        shared_level = _EACH_LEVEL.search(text, max(0, tokens[j][2] - 6), tokens[j][2])  # 各州、市人民政府: any of them
        if anchored and not shared_level and not _counted(text, tokens[j][2], start + len(word)) \
                and not _level_facility(words) and not _being_built(name, text, start + len(word)):
            found.append(Mention(ORG, name, tokens[j][2], start + len(word), "rules"))
    return found


#: Institutions that name themselves at length, with no place: 丝绸之路考古合作研究中心, 穿山甲保护研究中心.
_OWN_NAME_SUFFIXES = ("研究中心", "研究院", "研究所", "联合会", "促进会", "基金会", "展览馆", "博物馆", "纪念馆", "大学")
_OWN_NAME_TAGS = frozenset({"n", "nz", "vn", "j", "l", "ng", "nr", "nrt", "b", "t"})
_NOT_OWN_NAME = re.compile(r"规划|建设|推进|打造|加快|力争|争取|推动|支持|建成|组建|成立|设立|筹建|依托|发挥|布局|培育|引进|新型|一流|高水平|高等|重点|现代|综合|各类|各种|一批|多家|相关|有关|专业|行业|企业|科研|研发|技术|"
                           r"创新|产业|工程|社会|民间|地方|基层|国有|民营|公立|私立|知名|著名|大型|中小|新建|其他")


def _own_name(tokens: list[tuple[str, str, int]], i: int) -> int | None:
    """Return where an unanchored institution's own long name starts (six characters or more, nouns from its first
    word on, a verb only inside: 穿山甲|保护|研究|中心, 空天|信息|大学), or None."""
    start = i
    while start > 0 and i - start < 6 and (tokens[start - 1][1] in _OWN_NAME_TAGS or tokens[start - 1][1] == "v"
                                          and start - 1 > 0 and tokens[start - 2][1] in _OWN_NAME_TAGS):
        start -= 1
    while start < i and (tokens[start][1] not in _OWN_NAME_TAGS or tokens[start][1] == "vn"
                         or _jieba().dt.word_tag_tab.get(tokens[start][0], "n")[:1] in ("v", "d")):
        start += 1  # 发挥|丝绸之路…, 规划|建设|大红门博物馆: the action before the name is no part of it
    name = "".join(t[0] for t in tokens[start:i + 1])
    if not name.endswith(_OWN_NAME_SUFFIXES) or len(name) < 6 or i - start < 2 \
            or _NOT_OWN_NAME.search(name) or _GENERIC_ORG.match(name) or any(_stops_org(t[0]) for t in tokens[start:i]):
        return None
    return start


#: A centre or hub followed by these is a project being built, not a body: 国际贸易中心建设, 数据中心集群.
_PROJECT_AFTER = re.compile(r"(?:建设|项目|集群|城市|城镇|作业区|等平台|等[\u4e00-\u9fff]{1,6}平台|等(?:重大|重点)?项目)")  # 城市: 海洋中心城市, a status


def _being_built(name: str, text: str, end: int) -> bool:
    """Return True for a centre, hub or base that the words after it say is being built (a project, not a body)."""
    return name.endswith(("中心", "枢纽", "基地")) and bool(_PROJECT_AFTER.match(text, end))


#: Universities and institutes are named for China's regions, which are no places themselves: 西南大学, 华北电力大学.
_COMPASS = frozenset("东北 西南 西北 东南 中南 华北 华东 华南 华中".split())
_SCHOOLS = ("大学", "学院", "研究生院", "研究院", "医院")
_ADMIN_WORDS = frozenset("自治区 自治州 自治县 省 市 县 区 州 地区 兵团 全国 中央 国家 最高".split())
#: Kinds of institution that a level word alone does not name: 县医院, 乡镇卫生院 are any county's.
_FACILITIES = ("医院", "卫生院", "保健院", "学校", "中学", "小学", "幼儿园", "养老院", "公司")
_LEVELS = frozenset("省 市 县 区 乡 镇 村 乡镇 县级 市级 省级 中心 重点".split())


#: 各州、市人民政府 and 省、市、自治区政府: a body named for several levels at once is any of them.
_EACH_LEVEL = re.compile(r"各[\u4e00-\u9fff]{1,3}、$|(?<![\u4e00-\u9fff])(?:省|市|县|区|州|自治区|自治州|盟|旗)、$")
#: Laws name a body of several levels at once: 自治区、自治州、自治县的人民代表大会.
_LEVELS_OF = re.compile(r"(?:省|市|县|自治区|自治州|自治县)、(?:省|市|县|自治区|自治州|自治县)的$|本级$"
                        r"|(?:省|市|县|地|乡)级$")  # 省级人民政府办公厅: any province's
_COUNT_BEFORE = re.compile(r"[\d一二三四五六七八九十百千万两几多]\s*(?:[所个家座批][\u4e00-\u9fff]{0,3})?$")
_COUNT_AFTER = re.compile(r"\s*(?:达到?|超过?|增至|增加到|共|有|新增)?\s*[\d.一二三四五六七八九十百千万两几]+\s*[家个所座批]"
                          r"(?![\u4e00-\u9fff])")  # not 新疆…大学2所职业本科院校: that counts the list, by its kind


def _counted(text: str, start: int, end: int) -> bool:
    """Return True when the name at [start, end) is counted, so names a kind, not one body: 786所县医院, 上市公司23家."""
    return bool(_COUNT_BEFORE.search(text, max(0, start - 7), start) or _COUNT_AFTER.match(text, end))


def _level_facility(words: list[str]) -> bool:
    """Return True for a facility named by its kind and level words only: 卫生院, 县|中医院, 中心|乡镇|卫生院."""
    if len(words) == 1:
        return len(words[0]) <= 3 and words[0].endswith(_FACILITIES)  # 卫生院, 中医院 alone
    if words[-1].endswith(_FACILITIES) and words[-2] in ("县级", "市级", "省级", "乡镇", "村级", "基层"):
        return True  # 山区海岛县|县级|医院: whatever comes before, a level word makes it any county's hospital
    return words[-1].endswith(_FACILITIES) and all(w in _LEVELS for w in words[:-1])


def _joins_office_words(tokens: list[tuple[str, str, int]], k: int) -> bool:
    """Return True when token k is a 和 or 与 between two nouns of a body's name: 住房|和|城乡建设部, 铁道|与|能源职业技术大学."""
    return tokens[k][0] in ("和", "与") and 0 < k < len(tokens) - 1 and tokens[k - 1][1] in ("n", "vn", "j", "nz") \
        and tokens[k + 1][1] in ("n", "vn", "j", "nz", "nt") and tokens[k + 1][0] not in _ADMIN_WORDS \
        and tokens[k - 1][0] not in _ORG_WHOLE and tokens[k + 1][0] not in _ORG_WHOLE \
        and not tokens[k - 1][0].endswith(_ORG_SUFFIXES) \
        and not tokens[k - 1][0].endswith(("大会", "会议", "论坛"))  # not
    # 市人大|和|市政协 (two bodies), 聚变能大会|和|国际大坝委员会 (an event and a body)


def _stops_org(word: str) -> bool:
    return word in ("关于", "和", "及", "与", "由", "向", "对", "在", "经", "从", "为", "将", "把", "被", "是", "的", "等", "各", "并", "同",
                    "直属", "所属", "下属", "附属", "落地")  # 教育部|直属|师范大学: any of the ministry's universities


#: Titles that many bodies hold, and kinds of body: no one organisation (the labelling rules in eval/ner).
#: With a place before them these name the place's status (上海国际航运中心: the place only) ...
_STATUS_TITLES = ("国际航运中心", "国际贸易中心", "国际金融中心", "国际消费中心", "国际科技创新中心", "区域中心", "副中心",
                  "城市新中心", "数据中心", "智算中心", "算力中心", "超算中心", "集结中心", "物流中心", "国际交往中心",
                  "综合性国家科学中心", "国家科学中心", "集散中心", "计算中心",
                  "区域合作中心", "区域应急救援中心")
#: ... and these, alone, a class (国家区域医疗中心) while with a place or a field they name one (国家生猪技术创新中心).
_CLASS_TITLES = frozenset("国家区域公共卫生中心 区域公共卫生中心 全国文化中心 全国政治中心 全国科技创新中心 科技创新中心 国家医学中心 国家区域医疗中心 区域医疗中心 省级区域医疗中心 国家技术创新中心 国家实验室 全国重点实验室 "
                          "重点实验室 国家重点实验室 公立医院 公立综合医院 综合医院 民营医院 中央银行 专业银行 "
                          "广播电视大学 函授大学 夜大学 城市合作银行 城市商业银行 农村商业银行 村镇银行 商业银行 政策性银行 中医医院 医疗集团 城市医疗集团 "
                          "金融资产投资公司 重点大学 城投公司 城投集团".split())


def _without_title(org: Mention) -> Mention:
    """Return a body named with the title it holds as the body alone: 华西二院西藏医院|国家区域医疗中心; and one
    named with its session's ordinal (jieba's word 八届全国人大) without it."""
    if ordinal := _SESSION_ORDINAL.match(org.text):
        return Mention(ORG, org.text[ordinal.end():], org.start + ordinal.end(), org.end, org.extractor)
    title = next((t for t in _TITLES_LONGEST_FIRST if org.text.endswith(t) and len(org.text) > len(t)), None)
    body = org.text[:-len(title)] if title else ""
    if len(body) >= 4 and body.endswith(_ORG_SUFFIXES) and not _designation(body):
        return Mention(ORG, body, org.start, org.start + len(body), org.extractor)
    return org


_SESSION_ORDINAL = re.compile(r"第?[一二三四五六七八九十]+届(?=[\u4e00-\u9fff]{2})")
_TITLES_LONGEST_FIRST = tuple(sorted(_CLASS_TITLES | set(_STATUS_TITLES), key=lambda t: (-len(t), t)))


def _designation(name: str) -> bool:
    """Return True for an organisation-like name that is a title or a kind: 国家区域医疗中心, 长沙国际航运中心,
    国家公立医院, 国家医学中心和区域医疗中心."""
    if name.endswith(_STATUS_TITLES):
        return True
    parts = re.split(r"[和及与、]", name)
    return all(part in _CLASS_TITLES or re.sub(r"^(?:国家|全国|[省市县区])+", "", part) in _CLASS_TITLES for part in parts)


#: Bodies named by a pattern no office suffix catches: 省能投集团, 川投集团 (investment firms), 煤炭工业部 and
#: 第一机械工业部 (the old industrial ministries), 央视综合频道, 全国双拥办 (offices by their short names).
_NAMED_BODY = re.compile(r"(?:省|市|自治区)?[\u4e00-\u9fff]{1,2}投(?:集团|公司|控股)|(?:第[一二三四五六七八])?(?:机械|煤炭|石油|冶金|化学|化工|纺织|轻|重|电子|核|航空|航天|兵器|建筑材料|建材|农业机械|电力|燃料|地质|森林|食品|手工业)工业部(?!门)|"
                         r"央视[\u4e00-\u9fff]{0,4}频道|(?:全国|国务院|中央|省|市|县|自治区)?"
                         r"(?:双拥|扶贫|网信|信访|侨|台|港澳|外事|编|应急|防汛|综治|文明|老龄)办|"
                         # a state's mission in a city: 越南驻渝总领馆, 美国驻华大使馆
                         r"(?:[\u4e00-\u9fff]{2,6}驻[\u4e00-\u9fff]{1,4}(?:总领事馆|总领馆|领事馆|大使馆|使馆|代表处))|"
                         # hospitals known by their founders' or their schools' names, with no place in them
                         r"(?:同济|协和|华西|湘雅|瑞金|仁济|华山|中山|齐鲁|宣武|安贞|天坛|积水潭|中日友好)医院")
#: A named laboratory: a place or a name, then 实验室 (太行实验室, 之江实验室), not a kind (材料实验室, 省实验室).
_LAB_NAME_TAGS = frozenset({"ns", "nz", "j", "nr", "nrt"})


def _named_bodies(text: str, tokens: list[tuple[str, str, int]], boundaries: set[int],
                  token_at: dict[int, tuple[str, str]]) -> list[Mention]:
    def tag_at(start: int) -> str | None:
        return token_at[start][1] if start in token_at else None

    found = [Mention(ORG, m[1], m.start(1), m.end(1), "rules") for m in _CLAUSE_COMPANY.finditer(text)
             if _company_name(m[2]) and tag_at(m.start(1)) != "v"]  # not 做|实金|控集团
    for word, flag, start in tokens:  # 推进|吉能集团: a company right after the clause's verb
        match = _COMPANY_AFTER_VERB.match(text, start + len(word))
        if flag[:1] == "v" and len(word) >= 2 and _common_word(word, 500) and match and match.start(2) in boundaries \
                and tag_at(match.start(1)) != "v" and _company_name(match[2]):
            found.append(Mention(ORG, match[1], match.start(1), match.end(1), "rules"))
    for start in sorted(boundaries):  # at each word, not after the last match: 推进|川投集团 (进川投集团 is none)
        match = _NAMED_BODY.match(text, start)
        if match and match.end() in boundaries and text[start] not in _FUNCTION_CHARS \
                and not text.startswith(("城投", "融投"), start):
            found.append(Mention(ORG, match[0], start, match.end(), "rules"))
    for k, ((word, flag, start), (head, _, _)) in enumerate(zip(tokens, tokens[1:])):
        if head != "实验室":
            continue
        if len(word) == 1 and word in "湖山江河海岛湾" and k and len(tokens[k - 1][0]) == 2:
            word, flag, start = tokens[k - 1][0] + word, "ns", tokens[k - 1][2]  # 明月|湖|实验室
        if word == "国家" and k and (tokens[k - 1][0] in _places() or tokens[k - 1][1] == "ns"):
            word, flag, start = tokens[k - 1][0] + word, "ns", tokens[k - 1][2]  # 怀柔|国家|实验室
        if len(word) >= 2 and (flag in _LAB_NAME_TAGS or word in _places()) \
                and word not in _ADMIN_WORDS and not _counted(text, start, start + len(word) + 3):
            found.append(Mention(ORG, word + head, start, start + len(word) + 3, "rules"))
    return found


def _firms_listed(text: str, token_at: dict[int, tuple[str, str]]) -> list[Mention]:
    """Return the firms of a list that ends in 等…企业: 远景、明阳、隆基、龙马等一批企业 (no list of firms could
    name them all), but not the trades of one: 工业、商业、运输等企业, 钢铁、焦化等行业企业."""
    found = []
    list_ends = [m.start() for m in _FIRM_LIST_END.finditer(text)] + \
        [m.end() for m in _GROUP_LIST_END.finditer(text) if _company_name(m[0][:-2])]  # not 盗窃犯、流氓集团
    for list_end in list_ends:
        clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, list_end)), default=0)
        chunks = text[clause_start:list_end].split("、")
        if len(chunks) < 2 or any(not 2 <= len(c) <= 6 for c in chunks[1:]):
            continue
        # The first item starts after the verb of the clause: 支持|宁德时代, 落地|深农集团.
        first_end = clause_start + len(chunks[0])
        first = next((p for p in range(max(clause_start + 1, first_end - 6), first_end - 1) if p in token_at
                      and _preceding_tag(token_at, p, clause_start)[:1] in ("v", "p", "c", "d")), None)
        if first is None and first_end - clause_start <= 6 and clause_start in token_at \
                and token_at[clause_start][1][:1] not in ("v", "p", "c", "d"):
            first = clause_start  # the list opens the clause: 远景、明阳…
        if first is None:
            continue
        for p in range(first + 1, first_end - 1):  # 降碳|启动|兴化: the item starts after the clause's last verb
            verb = text[max((q for q in range(first, p) if q in token_at), default=p):p]
            if p in token_at and len(verb) >= 2 and _preceding_tag(token_at, p, first)[:1] == "v" \
                    and _common_word(verb, 500):
                first = p
        items, offset = [], first
        for chunk in [text[first:first_end]] + chunks[1:]:
            items.append((chunk, offset))
            offset += len(chunk) + 1
        known = [name for name, _ in items if name in _KNOWN_COMPANIES or name.endswith(("集团", "公司"))]
        if any(_TRADE.search(name) or _common_word(name, 600) and name not in known for name, _ in items):
            continue  # a list of trades
        firms = [(name, at) for name, at in items if name not in _places()]
        if len(firms) >= 2:
            found += [Mention(ORG, name, at, at + len(name), "rules") for name, at in firms]
    return found


def _preceding_tag(token_at: dict[int, tuple[str, str]], position: int, floor: int) -> str:
    """Return the part-of-speech tag of the word that ends at *position* (searching back to *floor*)."""
    for start in range(position - 1, floor - 1, -1):
        if start in token_at:
            word, flag = token_at[start]
            return flag if start + len(word) == position else ""
    return ""


#: A list of firms ends in 等…企业 (远景、明阳等一批企业) ...
_FIRM_LIST_END = re.compile(r"等(?:一批|多家|[\d一二三四五六七八九十百]+家)?(?:龙头|重点|头部|链主|骨干|知名|领军|优质|大型|科技型)*(?:企业|公司)")
#: ... or in a firm's group: 拓展农发、旅控、吉勤集团 (the group named last, the others by their short names).
_GROUP_LIST_END = re.compile(r"(?<=、)[\u4e00-\u9fff]{2,4}集团(?![\u4e00-\u9fff]*、)")
_CLAUSE_BREAK = re.compile(r"[，。；：“”（）()\s]")
#: Words of a trade, not a firm: 制造业, 建筑材料, 跨境电商, 环境保护.
_TRADE = re.compile(r"业$|材料|数字|能源|电子|信息|制造|装备|钢铁|纺织|医药|食品|物流|电商|运输|建筑|环保|保护|服务|加工|贸易|科技$")


_COMPANY_AFTER_VERB = re.compile(r"(([\u4e00-\u9fff]{2,4}?)(?:集团|公司))(?=[\u4e00-\u9fff、，。；])")
#: A company named at the start of a clause, the subject of what follows: 思哲睿公司成为…, 大成集团成功化解….
_CLAUSE_COMPANY = re.compile(r"(?:^|(?<=[，、；。：“”（）\s]))(([\u4e00-\u9fff]{2,4})(?:公司|集团))(?=[\u4e00-\u9fff])")
_NOT_COMPANY_NAME = re.compile(r"^[子母分总该本各其我央]|集体|国有|国企|民营|平台|上市|龙头|骨干|头部|链主|城投|融资|投资|建设|"
                               r"教育|医疗|医院|文旅|农业|科技|能源|物流|金融|保险|商贸|建筑|国际|跨国|外资|合资|独资|有限|股份|"
                               r"控股|集团|大型|中小|小微|重点|新增|一批|多家|企业|经营|运营|管理|服务|市属|省属|区属|县属|地方")


def _company_name(name: str) -> bool:
    """Return True when the words before 公司 or 集团 name one company, not a kind (国有公司, 平台公司, 教育集团)."""
    if _NOT_COMPANY_NAME.search(name) or _GENERIC_ORG.match(name) or set(name) & set("级类型等个家子的") or \
            name[0] in _FUNCTION_CHARS or name[0] in "一二三四五六七八九十百千万两几多" or \
            _jieba().dt.word_tag_tab.get(name[0], "n")[:1] in ("c", "p", "r"):  # 但|在集团: a conjunction first
        return False
    if len(name) > 2 and _jieba().dt.word_tag_tab.get(name[:2], "n")[:1] in ("v", "p", "d", "c"):
        return False  # 推进|川投集团: a verb begins the clause, not the name
    return not _common_word(name, 50)


_BRACKETED = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[）)]")
_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:校区|分校|院区|分院)")
#: A firm's or a bank's branch in a place, after it: 上海浦东发展银行股份有限公司|乌鲁木齐分行, 中国移动通信集团新疆有限公司|喀什分公司.
_FIRM_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:分行|支行|分公司|子公司|营业部|办事处)")


def _branches(text: str, orgs: list[Mention], places: list[Mention]) -> list[Mention]:
    """Return an institution with its branch written after it, as one body: 中国人民大学通州校区, 北京中医医院内蒙古医院."""
    found = []
    place_at = {m.start: m for m in places}
    for org in orgs:
        bracket = _BRACKETED.match(text, org.end)
        if bracket and bracket[1] in _places() and (org.text.endswith(_SCHOOLS) or org.text.startswith("国家")):
            # 香港城市大学（东莞）: a campus; 国家碳计量中心（河南）: a national centre's branch
            found.append(Mention(ORG, text[org.start:bracket.end()], org.start, bracket.end(), "rules"))
        elif match := _BRANCH.match(text, org.end):
            found.append(Mention(ORG, text[org.start:match.end()], org.start, match.end(), "rules"))
        elif org.text.endswith(("公司", "银行", "集团")) and (match := _FIRM_BRANCH.match(text, org.end)) \
                and (place := place_at.get(org.end)) and place.end <= match.end():
            found.append(Mention(ORG, text[org.start:match.end()], org.start, match.end(), "rules"))
        elif (place := place_at.get(org.end)) and text.startswith("医院", place.end) and org.text.endswith("医院"):
            found.append(Mention(ORG, text[org.start:place.end + 2], org.start, place.end + 2, "rules"))
    return found

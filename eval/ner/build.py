"""Build eval/ner/{dev,test}.jsonl from the hand annotations below (run: python eval/ner/build.py).

Each item: (source, text, annotations). Annotations are 'type:surface' separated by ' | ';
'type:surface#2' is the second occurrence of that surface. Offsets are computed here and
checked, so a typo in a surface fails the build. Labelling rules are in README.md.
"""

from __future__ import annotations

import json
from pathlib import Path

N = "notice-2012-24"           # zh-docs/xinjiang-normative-docs/xinjiang_quality_supervision_bureau_notice_2012_24.txt
R = "gov-work-reports"         # zh-docs/national-gov-work-reports-wikisource (year in the text's id)
C = "constitution-2018"        # zh-docs/bilingual/constitution_prc_2018_zh_en_parallel.md
E = "enron"                    # email/enron-sample
S = "synthetic"                # written for this set: no real ID numbers or mobiles are in the corpus

ITEMS = [
    # -- the 2012 Xinjiang notice (seen while developing: all in dev) ------------------------------------
    (N, "原文链接：https://www.pkulaw.com/lar/58783248d9ecdd3f50f5fa9f03e988e4bdfb.html",
     "url:https://www.pkulaw.com/lar/58783248d9ecdd3f50f5fa9f03e988e4bdfb.html"),
    (N, "新疆维吾尔自治区质监局关于进一步加强新闻宣传工作的通知", "org:新疆维吾尔自治区质监局"),
    (N, "（新质监办发〔2012〕24号）", "docno:新质监办发〔2012〕24号"),
    (N, "各地、州、市及米东新区质量技术监督局，区局机关各部、处、室、局，各直属单位：", "org:米东新区质量技术监督局"),
    (N, "要及时反映各单位在落实国家质检总局和各级党委、政府重大决策取得的成效，实施决策存在的问题及完善决策提出的意见建议等。",
     "org:国家质检总局"),
    (N, "同时，按照《关于自治区质量技术监督系统政务信息工作管理办法补充规定的通知》（新质技监办〔2011〕7号）的奖励等级标准，进行奖励。",
     "docno:新质技监办〔2011〕7号"),
    (N, "根据自治区人民政府《关于印发新疆维吾尔自治区质量技术监督局主要职责内设机构各人员编制规定的通知》（新政办发〔2010〕79号）规定，新闻宣传职能从法规处划入办公室。",
     "org:自治区人民政府 | org:新疆维吾尔自治区质量技术监督局 | docno:新政办发〔2010〕79号"),
    (N, "（由于区局网站改版，启用新域名（www.xjzj.gov.cn），自5月1日起邮件系统采用新地址。", "url:www.xjzj.gov.cn"),
    (N, "故今后各单位报送政务信息邮箱地址应为：jbgs＠xjzj.gov.cn）。", "email:jbgs＠xjzj.gov.cn"),
    (N, "例如：局办公室原邮箱地址为：jbgs@xjnewqi.gov.cn", "email:jbgs@xjnewqi.gov.cn"),
    (N, "自5月1日起变更为：jbgs@xjzj.gov.cn", "email:jbgs@xjzj.gov.cn"),
    (N, "联系人：邹思媛", "person:邹思媛"),
    (N, "联系电话：0991-2817458 2316124（传真）", "phone:0991-2817458 | phone:2316124"),
    (N, "自治区质量技术监督局信息宣传联络员登记表", "org:自治区质量技术监督局"),
    (N, "备注：各单位请于2012年4月28日前将此表上报区局办公室。", "date:2012年4月28日"),
    (N, "联系电话（传真）：0991-2316124，", "phone:0991-2316124"),
    (N, "联系人：邹思媛。电子版请发送至区局办公室宣传工作邮箱：zjxc12365@163.com", "person:邹思媛 | email:zjxc12365@163.com"),
    (N, "自治区质监局办公室", "org:自治区质监局办公室"),
    # -- national government work reports ------------------------------------------------------------------
    (R, "所有这一切，受到西藏人民的热烈欢迎。", "place:西藏"),
    (R, "国务院组成部门从40个减少到29个，部门内设机构精简1／4。", "org:国务院"),
    (R, "来我国的苏联专家，在培养我国的技术人材方面，也有很多的贡献。", "place:苏联"),
    (R, "根据海南岛独特的历史、地理和资源条件，国务院建议成立海南省，把海南办成全国最大的经济特区。",
     "place:海南岛 | org:国务院 | place:海南省 | place:海南#3"),
    (R, "最近，美国纠集东南亚条约集团，举行惠灵顿会议，就是为了在东亚地区策划新的侵略和颠复活动。",
     "place:美国 | org:东南亚条约集团 | place:惠灵顿 | place:东亚"),
    (R, "据四川省试点的84个地方企业的统计，1979年比上年产值增长14.9％，利润增长33％。", "place:四川省 | date:1979年"),
    (R, "中国人民和日本人民的利益是一致的。", "place:中国 | place:日本"),
    (R, "会议充分肯定国务院过去一年的工作，同意报告提出的2014年工作总体部署、目标任务和重点工作，决定批准这个报告。",
     "org:国务院 | date:2014年"),
    (R, "当前美国政府对台湾问题的态度，是实现中美关系正常化的障碍。", "org:美国政府 | place:台湾"),
    (R, "推广上海等自贸试验区改革创新成果，新设7个自贸试验区。", "place:上海"),
    (R, "除了原有的内蒙古自治区以外，先后成立了新疆维吾尔自治区、广西僮族自治区、宁夏回族自治区，并且成立了西藏自治区筹备委员会。",
     "place:内蒙古自治区 | place:新疆维吾尔自治区 | place:广西僮族自治区 | place:宁夏回族自治区 | org:西藏自治区筹备委员会"),
    (R, "第十一届全国人民代表大会第五次会议听取和审议了国务院总理温家宝所作的政府工作报告。",
     "org:全国人民代表大会 | org:国务院 | person:温家宝"),
    (R, "继香港回归祖国之后，1999年12月我国政府恢复对澳门行使主权。", "place:香港 | date:1999年12月 | place:澳门"),
    (R, "关于一年来的政府工作，国务院决定由我向第一届全国人民代表大会第四次会議作报告。", "org:国务院 | org:全国人民代表大会"),
    (R, "周总理表示支持西欧、北美、大洋洲各国工人阶级和广大人民反对美帝国主义和本国垄断资本的斗争。",
     "place:西欧 | place:北美 | place:大洋洲"),
    (R, "中国一贯重视中美关系，我们相信，只要美国政府遵循中美之间三个公报的原则，就能排除障碍。", "place:中国 | org:美国政府"),
    (R, "组织好广西壮族自治区、宁夏回族自治区成立60周年庆祝活动。", "place:广西壮族自治区 | place:宁夏回族自治区"),
    (R, "我们希望台湾同胞、港澳同胞、海外侨胞同全国人民一道，为振兴中华、统一祖国大业作出应有的贡献。", "place:台湾"),
    (R, "酝酿多年的农村信用社改革开始在8个省（市）试点。", ""),
    (R, "向香港特别行政区同胞、澳门特别行政区同胞、台湾同胞和海外侨胞，表示诚挚感谢！",
     "place:香港特别行政区 | place:澳门特别行政区 | place:台湾"),
    (R, "我们对香港、澳门的前景充满信心。", "place:香港 | place:澳门"),
    (R, "根据中共中央关于制定“七五”计划建议所提出的一系列正确方针，国务院在拟定计划草案的过程中着重考虑了以下几个问题。",
     "org:中共中央 | org:国务院"),
    (R, "我在这里代表中共中央和国务院，向全国各族人民对我们的信任和支持表示感谢。", "org:中共中央 | org:国务院"),
    (R, "稳定房价和住房保障工作实行省级人民政府负总责，市县人民政府负直接责任。", ""),
    (R, "成功举办中非合作论坛北京峰会、和平共处五项原则发表70周年纪念大会等重大主场外交活动。", "org:中非合作论坛 | place:北京"),
    (R, "第十二届全国人民代表大会第二次会议听取和审议了国务院总理李克强所作的政府工作报告。",
     "org:全国人民代表大会 | org:国务院 | person:李克强"),
    (R, "我们要认真贯彻邓小平同志提出的科学技术是第一生产力的指导思想。", "person:邓小平"),
    (R, "习近平主席等国家领导人出访多国，出席亚太经合组织领导人非正式会议、二十国集团领导人峰会等重大活动。",
     "person:习近平 | org:亚太经合组织 | org:二十国集团"),
    (R, "这些成就的取得，是以江泽民同志为核心的党中央面对诸多矛盾和困难交织的局面，及时作出一系列正确决策和部署的结果。",
     "person:江泽民 | org:党中央"),
    (R, "我们要按照叶剑英委员长宣布的方针和原则，按照胡耀邦同志在纪念辛亥革命七十周年大会上的讲话精神，努力做好各方面的工作。",
     "person:叶剑英 | person:胡耀邦"),
    (R, "陈云同志这个意见对当前的改革仍然具有现实的指导意义。", "person:陈云"),
    (R, "第十四届全国人民代表大会第二次会议听取和审议了国务院总理李强所作的政府工作报告。",
     "org:全国人民代表大会 | org:国务院 | person:李强"),
    (R, "我们还必须继续贯彻执行毛泽东同志、周恩来同志为我们奠定的外交路线和方针政策，反对霸权主义，维护世界和平。",
     "person:毛泽东 | person:周恩来"),
    (R, "这些缺点和错误，将要在李先念、薄一波两位副总理代表国务院分别作的关于国家预算的报告中详细指出。",
     "person:李先念 | person:薄一波 | org:国务院"),
    (R, "这是以胡锦涛同志为总书记的党中央总揽全局、正确领导的结果。", "person:胡锦涛 | org:党中央"),
    (R, "让我们全国各族人民更加紧密地团结在以江泽民同志为核心的中国共产党中央委员会周围，同心同德，艰苦奋斗。",
     "person:江泽民 | org:中国共产党中央委员会"),
    (R, "这是以习近平同志为总书记的党中央正确领导的结果，是全党全军全国各族人民团结奋斗的结果。", "person:习近平 | org:党中央"),
    (R, "而赫鲁晓夫在一九六○年突然背信弃义地撕毁几百个协定和合同，撤退苏联专家，停止供应重要设备。",
     "person:赫鲁晓夫 | date:一九六○年 | place:苏联"),
    (R, "事实正如毛泽东主席在一九四五年“论联合政府”一书中所说的。", "person:毛泽东 | date:一九四五年"),
    (R, "刚刚过去的１９９２年，以邓小平同志重要谈话和中国共产党第十四次代表大会为标志，我国改革开放进入了新阶段。",
     "date:１９９２年 | person:邓小平 | org:中国共产党"),
    (R, "可是人民的胜利就是人民的敌人的失败，就是帝国主义、蒋介石卖国集团、一切敌视人民的分子的反革命复辟企图的失败。",
     "person:蒋介石"),
    (R, "江泽民主席两度访欧，中国与欧盟领导人举行会晤，推动了中欧关系的发展。", "person:江泽民 | place:中国 | org:欧盟"),
    (R, "中华人民共和国发展国民经济的第一个五年计划草案，是在中国共产党中央委员会和毛泽东主席的直接领导下编制完成的。",
     "place:中华人民共和国 | org:中国共产党中央委员会 | person:毛泽东"),
    (R, "中共中央号召全国人民在实现现代化的事业中要坚持四项基本原则。", "org:中共中央"),
    (R, "正如毛泽东主席所说，敌人在一天天烂下去，我们在一天天好起来。", "person:毛泽东"),
    (R, "由于蒋介石反动派的破坏，在中华人民共和国成立的这一年，即一九四九年，全国生铁产量只有二十四万六千吨。",
     "person:蒋介石 | place:中华人民共和国 | date:一九四九年"),
    (R, "会议决定批准周恩来总理所作的政府工作报告。", "person:周恩来"),
    (R, "政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理李强",
     "date:2024年3月5日 | org:全国人民代表大会 | org:国务院 | person:李强"),
    (R, "第十一届全国人民代表大会第四次会议听取和审议了温家宝总理所作的政府工作报告。", "org:全国人民代表大会 | person:温家宝"),
    (R, "政府工作报告1957年6月26日在第一届全国人民代表大会第四次会議上周恩来",
     "date:1957年6月26日 | org:全国人民代表大会 | person:周恩来"),
    (R, "大家知道，今年７月，邓小平同志在一次谈话中指出，思想战线存在着一种资产阶级自由化思潮。", "person:邓小平"),
    (R, "在党中央、国务院坚强领导下，全国各族人民特别是灾区人民万众一心、众志成城。", "org:党中央 | org:国务院"),
    (R, "当前，包括台湾同胞在内的十亿中国人民迫切盼望国家早日统一，富强昌盛。", "place:台湾 | place:中国"),
    (R, "我们也希望台湾国民党当局以国家和民族利益为重，为祖国和平统一大业采取切实的步骤。", "place:台湾 | org:国民党"),
    (R, "我们对任何损害中国主权和领土完整，推行“两国论”和“台湾独立”等严重分裂活动，决不会坐视不管。", "place:中国 | place:台湾"),
    (R, "在农业生产合作社里，也根据民主办社的原则，建立了社员代表大会和社务委员会。", ""),
    (R, "要全面贯彻民族政策和有关法律法规，认真落实国务院颁布的实施民族区域自治法若干规定。", "org:国务院"),
    (R, "除国务院办公厅外，国务院组成部门从40个减少到29个。", "org:国务院办公厅 | org:国务院#2"),
    # -- the Constitution, both halves ---------------------------------------------------------------------
    (C, "一九一一年孙中山先生领导的辛亥革命，废除了封建帝制，创立了中华民国。", "date:一九一一年 | person:孙中山 | place:中华民国"),
    (C, "The Revolution of 1911, led by Dr. Sun Yat-sen, abolished the feudal monarchy and gave birth to the Republic of China.",
     "person:Sun Yat-sen | place:Republic of China"),
    (C, "In 1949, the Chinese people of all ethnic groups led by the Communist Party of China with Chairman Mao Zedong as its "
        "leader finally overthrew the rule of imperialism, feudalism and bureaucrat-capitalism, and founded the People’s "
        "Republic of China.",
     # date:1949 added in the third session: the held-out labeller's rule (bare years are dates) came later
     "date:1949 | org:Communist Party of China | person:Mao Zedong | place:People’s Republic of China"),
    (C, "台湾是中华人民共和国的神圣领土的一部分。", "place:台湾 | place:中华人民共和国"),
    (C, "Taiwan is part of the sacred territory of the People’s Republic of China.",
     "place:Taiwan | place:People’s Republic of China"),
    (C, "全国人民代表大会选举并有权罢免全国人民代表大会常务委员会的组成人员。",
     "org:全国人民代表大会 | org:全国人民代表大会常务委员会"),
    (C, "（1982年12月4日第五届全国人民代表大会第五次会议通过　1982年12月4日全国人民代表大会公告公布施行",
     "date:1982年12月4日 | org:全国人民代表大会 | date:1982年12月4日#2 | org:全国人民代表大会#2"),
    (C, "根据1988年4月12日第七届全国人民代表大会第一次会议通过的《中华人民共和国宪法修正案》修正",
     "date:1988年4月12日 | org:全国人民代表大会"),
    (C, "(Adopted at the Fifth Session of the Fifth National People’s Congress and promulgated by the Announcement of the "
        "National People’s Congress on December 4, 1982",
     "org:Fifth National People’s Congress | org:National People’s Congress#2 | date:December 4, 1982"),
    (C, "the Amendment to the Constitution of the People’s Republic of China adopted at the First Session of the Seventh "
        "National People’s Congress on April 12, 1988",
     "place:People’s Republic of China | org:Seventh National People’s Congress | date:April 12, 1988"),
    (C, "the Amendment adopted at the First Session of the Eighth National People’s Congress on March 29, 1993",
     "org:Eighth National People’s Congress | date:March 29, 1993"),
    (C, "1999年3月15日第九届全国人民代表大会第二次会议通过的《中华人民共和国宪法修正案》",
     "date:1999年3月15日 | org:全国人民代表大会"),
    (C, "全国人民代表大会常务委员会的组成人员不得担任国家行政机关、监察机关、审判机关和检察机关的职务。",
     "org:全国人民代表大会常务委员会"),
    (C, "Both the victory in China’s New Democratic Revolution and the successes in its socialist cause have been achieved "
        "under the leadership of the Communist Party of China.", "place:China’s | org:Communist Party of China"),
    (C, "It is the sacred duty of all the Chinese people, including our fellow Chinese in Taiwan, to achieve the great "
        "reunification of the motherland.", "place:Taiwan"),
    # -- Enron mail ---------------------------------------------------------------------------------------
    (E, "Sincerely, Bill Townsend President FriedWire Inc.", "person:Bill Townsend | org:FriedWire Inc."),
    (E, "All of this may be moot as Brian Redmond has secured a preliminary agreement from Bridgeline to pay Dow directly.",
     "person:Brian Redmond | org:Bridgeline | org:Dow"),
    (E, "Shastry formerly was group director for logic design and verification at Cadence Design Systems.",
     "person:Shastry | org:Cadence Design Systems"),
    (E, "Now we want more than half of our revenue to come from outside the United States.", "place:United States"),
    (E, "Expensive, long-term building projects had no place when Wall Street was devoted to quick profits, and Skilling knew it.",
     "place:Wall Street | person:Skilling"),
    (E, "At this time we are not inviting the Enron Business units to attend, but please feel free to invite anyone else.",
     "org:Enron"),
    (E, "Below are the latest figures for EnronOnline as of June 5, 2001.", "org:EnronOnline | date:June 5, 2001"),
    (E, "Semantix Names Ron Johnston Acting Chief Financial Officer", "org:Semantix | person:Ron Johnston"),
    (E, "Today Enron's stock trades at around $35, down from a high of $80 in January.", "org:Enron"),
    (E, "Mark Senior Counsel, ENA Phone: 713-345-8897 Facsimile: 713-646-3940 E-Mail: Mark.Greenberg@enron.com",
     "person:Mark | org:ENA | phone:713-345-8897 | phone:713-646-3940 | email:Mark.Greenberg@enron.com"),
    (E, "Centerpoint Broadband Adds Jay Bowker as Worldwide Sales VP", "org:Centerpoint Broadband | person:Jay Bowker"),
    (E, "Thank you, Robin Deguara Executive Assistant, Perfect Commerce, Inc.", "person:Robin Deguara | org:Perfect Commerce, Inc."),
    (E, "DENA is a wholly owned subsidiary of Duke Energy.", "org:DENA | org:Duke Energy"),
    (E, "Pureza was delivery manager of SAP Project Services at Deloitte & Touche.",
     "person:Pureza | org:SAP Project Services | org:Deloitte & Touche"),
    (E, "The Proposed Decision will be e-mailed to the service list and published on the Commission's website "
        "(http://www.cpuc.ca.gov) simultaneously.", "url:http://www.cpuc.ca.gov"),
    (E, "\"There wasn't any positive news,\" Carol Coale, of Prudential Financial, says now.",
     "person:Carol Coale | org:Prudential Financial"),
    (E, "Semantix, a knowledge management company, said it named Ron Johnston as acting chief financial officer.",
     "org:Semantix | person:Ron Johnston"),
    (E, "In a letter to Atal Bihari Vajpayee, AES Corp.'s President Dennis W.", "person:Atal Bihari Vajpayee | org:AES Corp."),
    (E, "I understand that some deal was cut in a letter that Ben Jacoby sent to GE where GE keeps the ROL while in storage.",
     "person:Ben Jacoby | org:GE | org:GE#2"),
    (E, "Discovery Therapeutics Adds William Wheeler, Kenneth Rice", "org:Discovery Therapeutics | person:William Wheeler | person:Kenneth Rice"),
    (E, "With the support and cooperation of Vince Kaminski and his group, I have been putting together a written piece about "
        "the Research Group within Enron.", "person:Vince Kaminski | org:Research Group | org:Enron"),
    (E, "Tharas Systems is backed by Alliance Venture Management.", "org:Tharas Systems | org:Alliance Venture Management"),
    (E, "The transaction that has drawn most attention is a complex financing that Enron entered into with a partnership called "
        "LJM2, which was led by Enron's finance chief Andrew Fastow.",
     "org:Enron | org:LJM2 | org:Enron#2 | person:Andrew Fastow"),
    (E, "Contact: To register, call the Michigan Municipal League at (734) 669-6368.",
     "org:Michigan Municipal League | phone:(734) 669-6368"),
    (E, "Duke Energy (NYSE: DUK), a diversified multinational energy company, creates value for customers and shareholders.",
     "org:Duke Energy | org:NYSE"),
    (E, "Massey returned David Pino's kickoff 97 yards for an OSU touchdown.", "person:Massey | person:David Pino | org:OSU"),
    (E, "In addition, Real Time Trading is responsible for the hourly trading of energy in the California ISO and bilateral markets.",
     "org:Real Time Trading | org:California ISO"),
    (E, "Grubman, who was called an \"a--hole\" by Enron's former CEO Jeff Skilling on an April conference call, was trying "
        "to find out the value of water assets.", "person:Grubman | org:Enron | person:Jeff Skilling"),
    (E, "ISDA and the Bond Market Association are hosting a meeting on bankruptcy reform on February 8 at the Bond Market "
        "Association offices in New York.",
     "org:ISDA | org:Bond Market Association | org:Bond Market Association#2 | place:New York"),
    (E, "Forwarded by Richard B Sanders/HOU/ECT on 09/17/2000 12:19 PM", "person:Richard B Sanders | date:09/17/2000"),
    (E, "The first phase involves looping 30 miles of pipe in Pennsylvannia and 30 miles of pipe in New Jersey.",
     "place:Pennsylvannia | place:New Jersey"),
    (E, "Guinney, CFA Consultant Watson Wyatt Investment Consulting 345 California Street.",
     "person:Guinney | org:Watson Wyatt Investment Consulting | place:California Street"),
    (E, "If you have questions, please contact Matt Troncelliti of LegalNetEx using either matt@internetex.com or 610/617-1753.",
     "person:Matt Troncelliti | org:LegalNetEx | email:matt@internetex.com | phone:610/617-1753"),
    (E, "Rebook to AEP Energy Services, Inc.", "org:AEP Energy Services, Inc."),
    (E, "Counterparty: Bellingham Cold Storage Co.", "org:Bellingham Cold Storage Co."),
    (E, "Somebody in the UT Athletics Department has blackballed me.", "org:UT Athletics Department"),
    (E, "Ivan Williams relieved him briefly and got 5 and then 4 to bring up a third down.", "person:Ivan Williams"),
    (E, "But Mark had to succeed on Enron's increasingly abbreviated timetable.", "person:Mark | org:Enron"),
    (E, "Thus, it is likely that the starting point, if not the Enron Canada EEI form, will be the base EEI form.",
     "org:Enron Canada"),
    (E, "Please call Sally Beck at 713-853-5926 before Friday.", "person:Sally Beck | phone:713-853-5926"),
    # -- written for this set: ID numbers, mobiles, dates in other official forms ------------------------
    (S, "公民身份号码：11010519491231002X，户籍地北京市朝阳区。", "id_number:11010519491231002X | place:北京市朝阳区"),
    (S, "身份证号650102198001010012，联系电话13899123456。", "id_number:650102198001010012 | phone:13899123456"),
    (S, "核对号码650102198001010011有误（校验码不符）。", ""),
    (S, "该员身份证号码为653101199203150022，籍贯喀什地区。", "id_number:653101199203150022 | place:喀什地区"),
    (S, "于二〇一七年三月一日下发，执行至2017.12.31。", "date:二〇一七年三月一日 | date:2017.12.31"),
    (S, "落款日期：17/03/01，文号新党办发〔2017〕12号。", "date:17/03/01 | docno:新党办发〔2017〕12号"),
    (S, "请拨打+86 991 2817458或手机139 9912 3456联系。", "phone:+86 991 2817458 | phone:139 9912 3456"),
    (S, "号码 130102197001011234 不是有效的身份证号。", ""),
    (S, "根据新党发〔2016〕3号和喀地委办发〔2017〕45号文件要求。", "docno:新党发〔2016〕3号 | docno:喀地委办发〔2017〕45号"),
    (S, "The directive was signed on 1 March 2017 and reached Kashgar on 2017-03-05.",
     "date:1 March 2017 | place:Kashgar | date:2017-03-05"),
    # -- added after the rules were written (13:00 UTC, 2026-11-29) ------------------------------------
    (R, "１９８４年我国科学、教育、文化、卫生、体育等各项事业有了新的发展。", "date:１９８４年"),
    (R, "在广东、福建两省的深圳、珠海、汕头、厦门四个地区试办的经济特区，开始取得积极的成果。",
     "place:广东 | place:福建 | place:深圳 | place:珠海 | place:汕头 | place:厦门"),
    (R, "特别是去年１０月召开的中国共产党十二届三中全会，作出了关于经济体制改革的决定。", "org:中国共产党"),
    (R, "《关于建国以来党的若干历史问题的决议》科学分析和明确区别了毛泽东思想和毛泽东同志的晚年错误，恢复了毛泽东思想的本来面目。",
     "person:毛泽东 | person:毛泽东#2 | person:毛泽东#3"),
    (R, "2007年在全国农村全面建立最低生活保障制度，3451.9万农村居民纳入保障范围。", "date:2007年"),
    (R, "城镇职工基本养老保险制度不断完善，2007年参保人数突破2亿人，比2002年增加5400多万人；", "date:2007年 | date:2002年"),
    (R, "幼儿园幼儿达到５６万人，比１９５４年增加１６％。", "date:１９５４年"),
    (C, "中华人民共和国是全国各族人民共同缔造的统一的多民族国家。", "place:中华人民共和国"),
    (C, "The People’s Republic of China is a unified multiethnic state founded by the Chinese people of all ethnic groups.",
     "place:People’s Republic of China"),
    (C, "A broad patriotic united front has formed under the leadership of the Communist Party of China, with the "
        "participation of other political parties and people’s organizations.", "org:Communist Party of China"),
    (E, "14 by Enron Corp., the only other major U.S.", "org:Enron Corp. | place:U.S."),
    (E, "XACT Radio Network is backed by individuals.", "org:XACT Radio Network"),
    (E, "The company has already offered to withdraw from the distribution company - known as the Central Electricity "
        "Supply Company of Orissa.", "org:Central Electricity Supply Company of Orissa"),
    (E, "Please be sure to support these State Bar partners and visit their Internet sites.", "org:State Bar"),
]


def spans(text: str, annotations: str) -> list[dict]:
    """Return the spans an annotation string names, with offsets; fail on any surface not in the text."""
    found = []
    for item in filter(None, (a.strip() for a in annotations.split(" | "))):
        kind, surface = item.split(":", 1)
        nth = 1
        if "#" in surface and surface.rsplit("#", 1)[1].isdigit():
            surface, n = surface.rsplit("#", 1)
            nth = int(n)
        start = -1
        for _ in range(nth):
            start = text.index(surface, start + 1)
        found.append({"start": start, "end": start + len(surface), "type": kind, "text": surface})
    return sorted(found, key=lambda s: s["start"])


def main() -> None:
    """Write dev.jsonl and test.jsonl next to this file."""
    here = Path(__file__).parent
    out = {"dev": [], "test": []}
    for i, (source, text, annotations) in enumerate(ITEMS):
        # The notice was read while writing the rules: all of it is dev. Elsewhere every third item is dev.
        split = "dev" if source == N or i % 3 == 0 else "test"
        out[split].append({"id": f"{source}-{i:03d}", "source": source, "text": text, "spans": spans(text, annotations)})
    for split, rows in out.items():
        (here / f"{split}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                             encoding="utf-8")
        print(split, len(rows), "sentences", sum(len(r["spans"]) for r in rows), "entities")


if __name__ == "__main__":
    main()

"""Chinese short answers (names, dynasties, places, organisations, dates) and NLI / yes-no labels."""
from common import case, final_zh, long_zh, recall_zh

KNOWN = [
    ("《红楼梦》的作者是谁？", "曹雪芹", "清代小说家曹雪芹", "name_extra_words", "高鹗", "other_person_same_work",
     ["《红楼梦》成书于清代乾隆年间。", "通行本后四十回一般认为由他人续补，前八十回的作者是曹雪芹。"]),
    ("《哈姆雷特》的作者是谁？", "莎士比亚", "威廉·莎士比亚（William Shakespeare）", "transliteration_full_name",
     "克里斯托弗·马洛", "other_person_same_field",
     ["《哈姆雷特》是英国伊丽莎白时代的悲剧。", "同时代的剧作家还有马洛、本·琼森等人。"]),
    ("李白是哪个朝代的诗人？", "唐朝", "唐代", "dynasty_alias", "宋朝", "neighbouring_dynasty",
     ["李白生于公元701年，卒于762年。", "他与杜甫并称“李杜”。"]),
    ("苏轼是哪个朝代的文学家？", "宋朝", "北宋", "dynasty_subperiod_correct", "唐朝", "neighbouring_dynasty",
     ["苏轼生于1037年，卒于1101年。", "他是“唐宋八大家”之一，与父亲苏洵、弟弟苏辙并称“三苏”。"]),
    ("世界卫生组织的总部设在哪个城市？", "日内瓦", "瑞士日内瓦", "city_plus_country", "纽约", "other_un_city",
     ["世界卫生组织成立于1948年。", "联合国总部在纽约，但许多专门机构设在日内瓦。"]),
    ("负责《世界遗产名录》的联合国专门机构是哪一个？", "联合国教科文组织", "UNESCO", "acronym_for_full_name",
     "联合国儿童基金会", "similar_organisation_name",
     ["《保护世界文化和自然遗产公约》于1972年通过。", "该机构总部位于巴黎。"]),
    ("中华人民共和国是在哪一天宣布成立的？", "1949年10月1日", "1949-10-01", "date_iso_format",
     "1949年9月21日", "other_related_date",
     ["1949年9月21日，中国人民政治协商会议第一届全体会议开幕。", "开国大典在天安门广场举行。"]),
    ("第一个登上月球的人是谁？", "尼尔·阿姆斯特朗", "Neil Armstrong", "transliteration_to_latin",
     "巴兹·奥尔德林", "other_person_same_context",
     ["阿波罗11号于1969年7月20日登月。", "登月舱驾驶员随后也走出了登月舱。"]),
    ("《战争与和平》的作者是谁？", "列夫·托尔斯泰", "托尔斯泰", "surname_only_unambiguous",
     "陀思妥耶夫斯基", "other_person_same_field",
     ["《战争与和平》以1812年拿破仑入侵俄国为背景。", "作者还写有《安娜·卡列尼娜》。"]),
    ("秦始皇统一六国是在哪一年？", "公元前221年", "前221年", "era_notation_variant", "公元221年", "era_flipped",
     ["秦王嬴政先后灭韩、赵、魏、楚、燕、齐。", "统一后他自称“始皇帝”。"]),
    ("埃菲尔铁塔位于哪个城市？", "巴黎", "法国巴黎", "city_plus_country", "里昂", "other_city_same_country",
     ["埃菲尔铁塔为1889年世界博览会而建。", "它位于塞纳河畔的战神广场。"]),
]

XING = ["林", "周", "陈", "沈", "许", "顾", "程", "韩"]
MING = ["致远", "致和", "明哲", "婉清", "书瑶", "景行", "若溪", "怀瑾", "思齐", "静安"]
PLACE = ["青石镇", "临溪县", "白沙港", "望江村", "云岭镇", "石桥乡"]
INST = ["图书馆", "中学", "茶厂", "博物馆", "渡口", "医院"]


def known(rng):
    out = []
    for q, ref, good, gt, bad, bt, facts in KNOWN:
        rg = "综合以上信息，符合题意的是%s；%s虽然相关，但不是本题所问。" % (good, bad)
        out.append(case("simpleqa_like", "short_text", q, recall_zh(rng, q, facts, rg, final_zh(rng, good)),
                        ref, "Correct", "zh", gt))
        rb = "根据上面的回忆，我认为答案是%s。" % bad
        out.append(case("simpleqa_like", "short_text", q, recall_zh(rng, q, facts, rb, final_zh(rng, bad)),
                        ref, "Incorrect", "zh", bt))
    return out


def passage_people(rng, n):
    out = []
    for i in range(n):
        x = rng.choice(XING)
        m1, m2 = rng.sample(MING, 2)
        other = rng.choice([s for s in XING if s != x]) + rng.choice(MING)
        place, inst = rng.choice(PLACE), rng.choice(INST)
        y1 = rng.randrange(1905, 1960)
        y2 = y1 + rng.randrange(5, 20)
        a, b = x + m1, x + m2
        sents = ["%d年，%s先生在%s创办了%s。" % (y1, a, place, inst),
                 "%s的弟弟%s于%d年接任%s的负责人。" % (a, b, y2, inst),
                 "%s的新楼由建筑师%s设计。" % (inst, other),
                 "当地人至今仍习惯把这座%s称为“%s家的%s”。" % (inst, x, inst)]
        question = "阅读下面的材料，回答问题。\n\n材料：%s\n\n问题：%s%s是谁创办的？" % ("".join(sents), place, inst)
        if i % 2 == 0:
            ans, trap = rng.choice([("%s先生" % a, "name_with_honorific"), ("创办者%s" % a, "name_extra_words")])
            r = "第一句明确写出创办者是%s；%s是后来接任的负责人，%s只是设计了新楼。" % (a, b, other)
            lab = "Correct"
        else:
            ans, trap = rng.choice([(b, "same_surname_other_person"), (other, "other_person_in_passage")])
            r = "材料中与这所%s关系最密切的人是%s，因此我认为创办者是他。" % (inst, ans)
            lab = "Incorrect"
        out.append(case("cmrc_like", "short_text", question, long_zh(rng, question, sents, r, final_zh(rng, ans)),
                        a, lab, "zh", trap))
    return out


NLI = [
    ("{p}自{y}年起一直住在{pl}，是一名渡船驾驶员。", "{p}在{pl}住了一段时间。", "entailment",
     "{p}从未在{pl}居住过。", "contradiction", "{p}很喜欢驾驶渡船。", "neutral"),
    ("{pl}的博物馆每周一闭馆，其余时间正常开放。", "{pl}的博物馆周一不接待参观者。", "entailment",
     "{pl}的博物馆每天都开放。", "contradiction", "{pl}的博物馆由著名建筑师设计。", "neutral"),
]
ZH_LABEL = {"entailment": "蕴含", "contradiction": "矛盾", "neutral": "中立"}


def labels(rng, n):
    out = []
    for i in range(n):
        if i % 2 == 0:
            tpl = NLI[(i // 2) % 2]
            fill = {"p": rng.choice(XING) + rng.choice(MING), "y": rng.randrange(1980, 2015), "pl": rng.choice(PLACE)}
            pick = (i // 4) % 3
            prem, hyp, ref = tpl[0].format(**fill), tpl[1 + 2 * pick].format(**fill), tpl[2 + 2 * pick]
            question = "前提：%s\n假设：%s\n请判断两句话的关系：entailment、neutral 还是 contradiction？" % (prem, hyp)
            sents = ["前提：" + prem, "假设：" + hyp]
            if (i // 2) % 2 == 0:
                ans, trap = rng.choice([(ZH_LABEL[ref], "label_translated"), (ref, "label_exact")])
                lab = "Correct"
                r = "对比前提和假设，两者之间的关系是%s（%s）。" % (ZH_LABEL[ref], ref)
            else:
                wrong = "neutral" if ref != "neutral" else "contradiction"
                ans, trap, lab = wrong, "nli_near_label", "Incorrect"
                r = "前提并没有逐字说出假设的内容，所以我判断为%s。" % wrong
            out.append(case("cmnli_like", "categorical_label", question,
                            long_zh(rng, question, sents, r, final_zh(rng, ans)), ref, lab, "zh", trap))
        else:
            place = rng.choice(PLACE)
            y1 = rng.randrange(1950, 2000)
            y2 = y1 + rng.choice([-1, 1]) * rng.randrange(2, 12)
            sents = ["%s的老茶厂于%d年重新开业。" % (place, y1), "同一条街上的渡口在%d年恢复运营。" % y2,
                     "两处如今都由镇文化站管理。"]
            question = "阅读材料，回答问题（只回答“是”或“否”）。\n\n材料：%s\n\n问题：老茶厂重新开业是否早于渡口恢复运营？" % "".join(sents)
            ref = "是" if y1 < y2 else "否"
            if (i // 2) % 2 == 0:
                ans = rng.choice([ref, ref + "，" + ("老茶厂更早" if ref == "是" else "渡口更早")])
                trap, lab = "yes_no_sentence_form", "Correct"
                r = "老茶厂是%d年，渡口是%d年，%d%s%d。" % (y1, y2, y1, "早于" if y1 < y2 else "晚于", y2)
            else:
                ans, trap, lab = ("否" if ref == "是" else "是"), "yes_no_flipped", "Incorrect"
                r = "老茶厂是%d年，渡口是%d年，据此判断。" % (y1, y2)
            out.append(case("boolq_like", "categorical_label", question,
                            long_zh(rng, question, sents, r, final_zh(rng, ans)), ref, lab, "zh", trap))
    return out


def generate(rng):
    return known(rng) + passage_people(rng, 10) + labels(rng, 12)

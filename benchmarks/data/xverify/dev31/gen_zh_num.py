"""Chinese passage numbers (math answers) and Chinese multiple choice."""
from common import case, final_zh, long_zh, zh_num

PLACE = ["青石镇", "临溪县", "白沙港", "望江村", "云岭镇", "石桥乡"]
XING = ["林", "周", "陈", "沈", "许", "顾"]
MING = ["致远", "明哲", "婉清", "书瑶", "景行", "若溪"]
L = "ABCD"


def wan(n):
    """n is a multiple of 100; render as x.xx万 with trailing zeros removed."""
    s = "%d.%02d" % (n // 10000, n % 10000 // 100)
    s = s.rstrip("0").rstrip(".")
    return s + "万"


def books(rng, i):
    n1, n2, n3 = rng.randrange(120, 400), rng.randrange(20, 90), rng.randrange(30, 150)
    place = rng.choice(PLACE)
    sents = ["去年春天，%s图书馆购入小说%d册、地图集%d册、词典%d册。" % (place, n1, n2, n3),
             "其中有%d册地图集因破损被退回，一周后补发了同样数量的新书。" % rng.randrange(3, 9),
             "这笔经费来自一位老校友的捐赠。"]
    q = "去年春天该图书馆一共购入多少册书？"
    ans = n1 + n2 + n3
    if i % 2 == 0:
        a, trap = rng.choice([("%d册" % ans, "number_with_unit"), (zh_num(ans) + "册", "number_in_chinese_numerals")])
        r = "总数 = %d + %d + %d = %d（册）。退回的地图集已补发，所以总数不变。" % (n1, n2, n3, ans)
    else:
        a, trap = "%d册" % (n1 + n3), "partial_sum_missing_item"
        r = "小说和词典属于书籍：%d + %d = %d（册）。" % (n1, n3, n1 + n3)
    return sents, q, str(ans), a, trap, r


def visitors(rng, i):
    v1 = rng.randrange(80, 400) * 100
    v2 = v1 + rng.randrange(10, 150) * 100
    place = rng.choice(PLACE)
    sents = ["%s灯会2021年接待游客%d人次。" % (place, v1), "2023年，新修的停车场投入使用，游客增至%d人次。" % v2,
             "主办方计划明年延长灯会时间。"]
    q = "2023年比2021年多接待了多少人次游客？"
    d = v2 - v1
    if i % 2 == 0:
        a, trap = rng.choice([(wan(d) + "人次", "wan_unit_equal"), ("%d人次" % d, "number_with_unit")])
        r = "%d - %d = %d，也就是%s人次。" % (v2, v1, d, wan(d))
    else:
        a, trap = rng.choice([(wan(d * 10) + "人次", "wan_magnitude_error"), ("%d人次" % v2, "passage_other_number")])
        r = "根据材料，计算得到%s。" % a
    return sents, q, str(d), a, trap, r


def votes(rng, i):
    k = rng.randrange(3, 12)
    t = 20 * k
    p = 5 * rng.randrange(3, 10)
    against = t * p // 100
    sents = ["%s合作社共有社员%d人。" % (rng.choice(PLACE), t), "全体社员对出售旧仓库的提议进行了投票。",
             "其中%d人投了反对票，其余都投了赞成票。" % against]
    q = "投反对票的社员占全体社员的百分之几？"
    if i % 2 == 0:
        a, trap = rng.choice([("百分之" + zh_num(p), "percent_in_chinese_words"), ("%d%%" % p, "percent_plain")])
        r = "%d ÷ %d = %.2f，即%d%%。" % (against, t, against / t, p)
    else:
        a, trap = "%d%%" % (100 - p), "complement_percentage"
        r = "赞成的人数是%d - %d = %d，%d ÷ %d = %d%%。" % (t, against, t - against, t - against, t, 100 - p)
    return sents, q, "%d%%" % p, a, trap, r


def roads(rng, i):
    new = rng.randrange(80, 200)
    old = new - rng.randrange(11, 60)
    sents = ["新修的滨海公路全长%d.%d千米。" % (new // 10, new % 10),
             "原来的山区公路长%d.%d千米，冬季常因积雪封闭。" % (old // 10, old % 10), "工程历时四年。"]
    q = "旧公路比新公路短多少？"
    d = new - old
    ref = "%d.%d千米" % (d // 10, d % 10)
    if i % 2 == 0:
        a, trap = rng.choice([("%d米" % (d * 100), "unit_conversion_equal"), ("%d.%d公里" % (d // 10, d % 10), "unit_alias")])
        r = "%d.%d - %d.%d = %d.%d（千米），即%d米。" % (new // 10, new % 10, old // 10, old % 10, d // 10, d % 10, d * 100)
    else:
        a, trap = "%d.%d米" % (d // 10, d % 10), "wrong_unit"
        r = "两者相减得%s。" % a
    return sents, q, ref, a, trap, r


def maths(rng):
    out = []
    for j, mk in enumerate([books, visitors, votes, roads]):
        for i in range(4):
            sents, q, ref, a, trap, r = mk(rng, i + j)
            question = "阅读下面的材料，回答问题。\n\n材料：%s\n\n问题：%s" % ("".join(sents), q)
            body = "先从材料中找出相关数字，再仔细计算。\n\n" + r
            out.append(case("drop_like", "math", question, long_zh(rng, question, sents, body, final_zh(rng, a)),
                            ref, "Correct" if (i + j) % 2 == 0 else "Incorrect", "zh", trap))
    return out


def mcq(rng, n):
    out = []
    for i in range(n):
        ports = rng.sample(PLACE, 4)
        leader = rng.choice(XING) + rng.choice(MING)
        members = rng.randrange(20, 60)
        lost = rng.randrange(2, 8)
        sents = ["%s率领的考察队从%s出发。" % (leader, ports[0]),
                 "考察队共%d人，其中%d人在%s中途返回。" % (members, lost, ports[1]),
                 "其余队员最终抵达%s并在那里过冬。" % ports[2]]
        if i % 2 == 0:
            q, right, wrongs = "考察队是从哪里出发的？", ports[0], ports[1:]
            why = "第一句写明从%s出发；%s是中途返回的地点，%s是过冬地。" % (ports[0], ports[1], ports[2])
        else:
            q, right = "最终抵达过冬地的队员有多少人？", "%d人" % (members - lost)
            wrongs = ["%d人" % members, "%d人" % lost, "%d人" % (members + lost)]
            why = "%d - %d = %d，所以抵达的是%d人。" % (members, lost, members - lost, members - lost)
        opts = [right] + list(wrongs)
        rng.shuffle(opts)
        k = opts.index(right)
        question = "%s\n\n问题：%s\n%s" % ("".join(sents), q, "\n".join("%s．%s" % (L[t], o) for t, o in enumerate(opts)))
        mode = i % 4
        if mode == 0:
            a, trap, lab, r = "%s．%s" % (L[k], opts[k]), "letter_with_option_text", "Correct", why
        elif mode == 1:
            a, trap, lab, r = "选项%s" % L[k], "letter_with_chinese_prefix", "Correct", why
        elif mode == 2:
            j = rng.choice([t for t in range(4) if t != k])
            a, trap, lab = L[j], "wrong_option", "Incorrect"
            r = "综合材料，与题意最接近的是%s项“%s”。" % (L[j], opts[j])
        else:
            j = rng.choice([t for t in range(4) if t != k])
            a, trap, lab = opts[j], "wrong_option_text_only", "Incorrect"
            r = "材料中与问题对应的信息是“%s”。" % opts[j]
        out.append(case("mmlu_like", "alphabet_option", question,
                        long_zh(rng, question, sents, r, final_zh(rng, a)), L[k], lab, "zh", trap))
    return out


def generate(rng):
    return maths(rng) + mcq(rng, 8)

"""Chinese 应用题 (元/角/分, 千克/克, 小时/分钟, 百分数, 折扣, 工程, 行程) as worked-problem dicts."""
from fractions import Fraction as F
from common import num

NAMES = ["小明", "小红", "王阿姨", "李老师", "小刚", "张叔叔", "小丽", "陈师傅"]


def _yuan_jiao(v):
    v = F(v)
    jiao = v * 10
    if jiao.denominator != 1:
        fen = int(v * 100)
        return "%d元%d角%d分" % (fen // 100, fen // 10 % 10, fen % 10)
    j = int(jiao)
    return "%d元%d角" % (j // 10, j % 10) if j % 10 else "%d元" % (j // 10)


def _base(val, wrong, unit, **kw):
    P = dict(lang="zh", dataset="gsm8k_like", val=F(val), wrong=F(wrong), ref=num(val) + unit,
             disp=lambda v: num(v) + unit, bare=num, unit=unit, words=F(val).denominator == 1 and val < 100000,
             round_bad=None, alts=[], bad_units=[], inter=None)
    P.update(kw)
    return P


def yuan_change(rng):
    n = rng.choice(NAMES)
    thing = rng.choice(["铅笔", "练习本", "橡皮", "笔记本", "钢笔"])
    p = F(rng.randint(8, 65), 10)
    k = rng.randint(2, 6)
    pay = 50 if k * p > 18 else 20
    val = pay - k * p
    wrong = pay - p * (k - 1)
    q = "%s买了%d支%s，每支%s，付了%d元，应找回多少钱？" % (n, k, thing, _yuan_jiao(p), pay) if thing in (
        "铅笔", "钢笔") else "%s买了%d个%s，每个%s，付了%d元，应找回多少钱？" % (n, k, thing, _yuan_jiao(p), pay)
    P = _base(val, wrong, "元", q=q,
              given=["单价 %s（即 %s元）" % (_yuan_jiao(p), num(p)), "数量 %d" % k, "付款 %d元" % pay],
              steps=["总价 = 单价 × 数量 = %s × %d = %s元。" % (num(p), k, num(k * p)),
                     "找回的钱 = 付款 − 总价 = %d − %s。" % (pay, num(k * p))],
              final=lambda s: "应找回%s。" % s, inter="%s元" % num(k * p),
              rows=[("总价", "%s元" % num(k * p)), ("付款", "%d元" % pay)], row_label="找回")
    if val.denominator != 1:
        P["alts"] = [_yuan_jiao(val)]
        P["bad_units"] = ["%s角" % num(val)]
        P["round_bad"] = "%d元" % int(val + F(1, 2)) if F(int(val + F(1, 2))) != val else None
    else:
        P["bad_units"] = ["%s角" % num(val)]
    return P


def kg_mass(rng):
    g = rng.choice([250, 400, 500, 750, 125, 200])
    k = rng.randint(3, 12)
    val_g = g * k
    if val_g % 100:
        k = 8
        val_g = g * k
    kg = F(val_g, 1000)
    thing = rng.choice(["大米", "面粉", "白糖", "茶叶", "饼干"])
    q = "超市里每袋%s重%d克，王阿姨买了%d袋，一共重多少？" % (thing, g, k)
    return _base(kg, F(g * k, 100), "千克", q=q, ref="%s千克" % num(kg),
                 given=["每袋 %d克" % g, "%d袋" % k, "1千克 = 1000克"],
                 steps=["总质量 = %d × %d = %d克。" % (g, k, val_g), "换算成千克：%d ÷ 1000。" % val_g],
                 final=lambda s: "一共重%s。" % s, inter="%d克" % g,
                 alts=["%d克" % val_g], bad_units=["%s克" % num(kg), "%d千克" % val_g])


def travel_time(rng):
    while True:
        v = rng.choice([40, 48, 50, 60, 64, 72, 80])
        d = rng.randint(30, 260)
        mins = F(d * 60, v)
        if mins.denominator == 1 and mins > 60 and mins % 60:
            break
    hrs = F(d, v)
    q = "一辆汽车以每小时%d千米的速度行驶%d千米，需要多长时间？" % (v, d)
    alts = ["%d小时%d分钟" % (mins // 60, mins % 60)]
    if "/" not in num(hrs):
        alts.append("%s小时" % num(hrs))
    return _base(mins, mins + 30 if mins % 60 != 30 else mins + 20, "分钟", q=q,
                 given=["速度 %d千米/时" % v, "路程 %d千米" % d],
                 steps=["时间 = 路程 ÷ 速度 = %d ÷ %d = %s小时。" % (d, v, num(hrs)) if "/" not in num(hrs)
                        else "时间 = 路程 ÷ 速度 = %d ÷ %d 小时。" % (d, v),
                        "换算成分钟：乘以60。"],
                 final=lambda s: "需要%s。" % s, alts=alts, bad_units=["%s小时" % num(mins)])


def percent_pass(rng):
    n = rng.choice([40, 45, 48, 50, 60, 75, 80])
    p = rng.choice([p for p in range(60, 99) if n * p % 100 == 0] or [80])
    good = n * p // 100
    q = "某班有%d名学生，一次测验的及格率是%d%%，这个班有多少名学生不及格？" % (n, p)
    return _base(n - good, good, "人", q=q,
                 given=["全班 %d人" % n, "及格率 %d%%" % p],
                 steps=["及格人数 = %d × %d%% = %d人。" % (n, p, good), "不及格人数 = %d − %d。" % (n, good)],
                 final=lambda s: "这个班有%s不及格。" % s, inter="%d人" % good)


def discount_zh(rng):
    price = rng.choice([80, 120, 150, 240, 260, 360, 480, 45, 68, 99])
    zhe = rng.choice([9, 8, 7, F(85, 10), F(75, 10), 6])
    minus = rng.choice([0, 10, 20])
    sale = price * F(zhe) / 10
    val = sale - minus
    zs = {9: "九折", 8: "八折", 7: "七折", 6: "六折"}.get(zhe, num(F(zhe)) + "折")
    extra = "，结账时又使用了一张%d元的优惠券" % minus if minus else ""
    q = "一件商品原价%d元，现在打%s出售%s。买这件商品实际要付多少元？" % (price, zs, extra)
    wrong = price * (100 - F(zhe)) / 100 - minus
    if wrong == val or wrong <= 0:
        wrong = price - minus - price * F(zhe) / 100
    steps = ["打%s就是按原价的%s%%出售：%d × %s%% = %s元。" % (zs, num(F(zhe) * 10), price, num(F(zhe) * 10),
                                                   num(sale))]
    if minus:
        steps.append("再减去优惠券%d元。" % minus)
    P = _base(val, wrong, "元", q=q, given=["原价 %d元" % price, "折扣 %s" % zs] + (
        ["优惠券 %d元" % minus] if minus else []), steps=steps + ["整理得到实际付款金额。"],
        final=lambda s: "实际要付%s。" % s, inter="%s元" % num(sale) if minus else None)
    if val.denominator != 1:
        r = int(val + F(1, 2))
        P["round_bad"] = "%d元" % r if r != val else None
        P["alts"] = [_yuan_jiao(val)]
    return P


def work_together(rng):
    a, b = rng.choice([(10, 15), (12, 24), (20, 30), (6, 12), (30, 60), (12, 36), (20, 80), (15, 30),
                       (18, 36), (24, 40)])
    val = F(a * b, a + b)
    q = "一项工程，甲队单独做需要%d天完成，乙队单独做需要%d天完成。两队合作，需要多少天完成？" % (a, b)
    return _base(val, F(a + b, 2), "天", q=q, dataset="math_like",
                 given=["甲队 %d天完成" % a, "乙队 %d天完成" % b, "把工作总量看作单位“1”"],
                 steps=["甲队每天完成 1/%d，乙队每天完成 1/%d。" % (a, b),
                        "合作每天完成 1/%d + 1/%d = %s。" % (a, b, "%d/%d" % ((1 / F(a) + 1 / F(b)).numerator,
                                                                           (1 / F(a) + 1 / F(b)).denominator)),
                        "所需天数 = 1 ÷ 每天的工作效率和。"],
                 final=lambda s: "两队合作需要%s完成。" % s,
                 inter="%d/%d" % ((1 / F(a) + 1 / F(b)).numerator, (1 / F(a) + 1 / F(b)).denominator))


def meet(rng):
    while True:
        v1, v2 = rng.choice([40, 45, 50, 55, 60, 65, 70]), rng.choice([50, 60, 70, 75, 80, 90])
        t = F(rng.choice([F(3, 2), F(5, 2), 2, 3, 4, F(7, 2), F(9, 2)]))
        d = (v1 + v2) * t
        if d.denominator == 1 and v1 != v2 and (F(d) / max(v1, v2)).denominator in (1, 2, 4, 5, 10):
            break
    q = "甲、乙两地相距%d千米，两辆汽车同时从两地出发相向而行，一辆每小时行%d千米，另一辆每小时行%d千米。经过几小时两车相遇？" % (
        d, v1, v2)
    P = _base(t, F(d) / max(v1, v2), "小时", q=q, dataset="math_like",
              given=["路程 %d千米" % d, "速度 %d千米/时 和 %d千米/时" % (v1, v2)],
              steps=["速度和 = %d + %d = %d千米/时。" % (v1, v2, v1 + v2), "相遇时间 = 路程 ÷ 速度和 = %d ÷ %d。" % (d, v1 + v2)],
              final=lambda s: "经过%s两车相遇。" % s, inter="%d千米/时" % (v1 + v2))
    if P["wrong"] == t:
        P["wrong"] = t + 1
    mins = t * 60
    P["alts"] = ["%d分钟" % mins] + (["%d小时%d分钟" % (mins // 60, mins % 60)] if mins % 60 else [])
    P["bad_units"] = ["%s分钟" % num(t)]
    return P


def average_zh(rng):
    n = rng.choice(NAMES)
    while True:
        s = [rng.randint(75, 98) for _ in range(4)]
        t = rng.choice([85, 88, 90, 92])
        val = 5 * t - sum(s)
        if 70 <= val <= 100:
            break
    q = "%s前四次数学测验的成绩分别是%s分。要使五次测验的平均分达到%d分，第五次要考多少分？" % (n, "、".join(map(str, s)), t)
    return _base(val, val + rng.choice([-4, 3, 5]), "分", q=q,
                 given=["前四次 %s" % "、".join(map(str, s)), "目标平均分 %d" % t],
                 steps=["五次总分应为 %d × 5 = %d分。" % (t, t * 5),
                        "前四次总分 %s = %d分。" % (" + ".join(map(str, s)), sum(s)),
                        "第五次成绩 = %d − %d。" % (t * 5, sum(s))],
                 final=lambda v: "第五次要考%s。" % v, inter="%d分" % sum(s))


def notebook_jiao(rng):
    jiao = rng.choice([3, 4, 5, 6, 8, 9, 12, 15, 25, 35])
    k = rng.randint(4, 18)
    val = F(jiao * k, 10)
    q = "一块橡皮%d角钱，学校买了%d块，一共要付多少元？" % (jiao, k) if jiao < 10 else \
        "一支圆珠笔%s，学校买了%d支，一共要付多少元？" % (_yuan_jiao(F(jiao, 10)), k)
    P = _base(val, F(jiao * (k - 1), 10), "元", q=q,
              given=["单价 %d角 = %s元" % (jiao, num(F(jiao, 10))), "数量 %d" % k, "1元 = 10角"],
              steps=["总价 = %d × %d = %d角。" % (jiao, k, jiao * k), "%d角 换算成元：除以10。" % (jiao * k)],
              final=lambda s: "一共要付%s。" % s, inter="%d角" % jiao)
    P["alts"] = [_yuan_jiao(val)] if val.denominator != 1 else ["%d角" % (jiao * k)]
    P["bad_units"] = ["%d元" % (jiao * k)]
    return P


ALL = [yuan_change, yuan_change, kg_mass, travel_time, percent_pass, discount_zh, discount_zh,
       work_together, meet, average_zh, notebook_jiao]

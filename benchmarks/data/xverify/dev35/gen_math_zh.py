"""Chinese math word problems whose final answer is written in Chinese words inside a sentence."""
from common import zh_words, zh_ordinal, zh_time_words, finish, record

ZNAMES = ["小明", "小红", "王芳", "李强", "张伟", "陈静", "刘洋", "赵敏", "孙浩", "周琳"]
FEMALE = {"小红", "王芳", "陈静", "赵敏", "周琳"}


def z_people(rng, mode):
    a, b, c = rng.randint(3, 9), rng.randint(28, 45), rng.randint(4, 12)
    ans = a * b + c
    q = "某校组织春游，共有%d个班参加，每班%d名学生，另外还有%d名老师随行。参加春游的一共有多少人？" % (a, b, c)
    shown = ans + (rng.choice([-1, 1]) if mode == "near" else 0)
    paras = ["学生人数：%d × %d = %d人。" % (a, b, a * b), "加上老师：%d + %d = %d人。" % (a * b, c, shown)]
    if mode == "hedge":
        return q, paras, "参加春游的大概是%s人或者%s人，我不太确定。" % (zh_words(ans), zh_words(ans + c)), str(ans), "zh_hedge_two_number_words"
    final = "参加春游的共有%s人。" % zh_words(shown)
    return q, paras, final, str(ans), "zh_number_words_counted_noun" if mode == "ok" else "zh_neighbour_number_words"


def z_quarter(rng, mode):
    while True:
        vals = [rng.randint(120, 400) for _ in range(4)]
        best = max(range(4), key=lambda i: vals[i])
        if vals.count(vals[best]) == 1:
            break
    months = [vals[i] // 3 for i in range(4)]
    q = ("某商店去年四个季度的销售额（万元）分别为：%d、%d、%d、%d。"
         "哪个季度的销售额最高？" % tuple(vals))
    shown, trap = best, "zh_ordinal_period"
    if mode == "near":
        shown = best + 1 if best < 3 else best - 1
        trap = "zh_ordinal_period_neighbour"
    paras = ["逐一比较四个数：%d、%d、%d、%d。" % tuple(vals),
             "按月平均大约是%d、%d、%d、%d万元，比较结果相同。" % tuple(months),
             "最大的是%d。" % vals[shown]]
    final = "销售额最高的是在%s季度。" % zh_ordinal(shown + 1)
    return q, paras, final, "第%s季度" % zh_words(best + 1), trap


def z_age(rng, mode):
    x, y = rng.sample(ZNAMES, 2)
    gap, yy = rng.randint(3, 10), rng.randint(10, 30)
    xx = yy + gap
    q = "%s比%s大%d岁，两人今年的年龄之和是%d岁。%s今年多少岁？" % (x, y, gap, xx + yy, x)
    shown, trap = xx, "zh_age_words"
    if mode == "other":
        shown, trap = yy, "zh_age_of_other_person"
    paras = ["设%s今年x岁，则%s今年x + %d岁。" % (y, x, gap),
             "x + x + %d = %d，所以x = %d。" % (gap, xx + yy, yy),
             "%s今年%d + %d = %d岁。" % (x, yy, gap, xx) if mode == "ok" else "所以要求的年龄是%d岁。" % yy]
    pron = "她" if x in FEMALE else "他"
    if (x in FEMALE) == (y in FEMALE):
        pron = x
    final = "%s今年%s岁。" % (pron, zh_words(shown))
    return q, paras, final, str(xx), trap


def z_time(rng, mode):
    ah = rng.choice([8, 9, 10, 14, 15, 16, 18, 19, 20])
    am = rng.choice([0, 15, 30, 45, 20, 40])
    dur = rng.choice(range(70, 240, 5))
    dep = ah * 60 + am - dur
    dh, dm = divmod(dep, 60)
    q = "一趟高铁%02d:%02d发车，运行%d小时%d分钟。它几点到达？" % (dh, dm, dur // 60, dur % 60)
    sh, trap = ah, "zh_time_words"
    if mode == "period":
        sh, trap = (ah + 12) % 24 if ah < 12 else ah - 12, "zh_time_words_wrong_half_of_day"
    paras = ["发车时间是%02d:%02d，运行%d分钟。" % (dh, dm, dur),
             "%02d:%02d加上%d小时%d分钟，得到%02d:%02d。" % (dh, dm, dur // 60, dur % 60, sh, am)]
    final = "高铁在%s到达。" % zh_time_words(sh, am)
    return q, paras, final, "%02d:%02d" % (ah, am), trap


def z_fraction(rng, mode):
    a, b = rng.choice([(1, 4), (3, 4), (2, 3), (1, 3), (3, 5), (2, 5), (5, 8), (1, 6)])
    total = b * rng.randint(8, 25)
    left = total * a // b
    q = "一桶油有%d升，用去%d升。剩下的油占整桶的几分之几？" % (total, total - left)
    sa, trap = a, "zh_fraction_words"
    if mode == "complement":
        sa, trap = b - a, "zh_fraction_complement"
    paras = ["剩下：%d - %d = %d升。" % (total, total - left, left),
             "%d ÷ %d，约分得%d/%d。" % (left, total, a, b) if mode == "ok" else
             "用去的部分是%d ÷ %d = %d/%d。" % (total - left, total, b - a, b)]
    final = "剩下的油占整桶的%s分之%s。" % (zh_words(b), zh_words(sa))
    return q, paras, final, "%d/%d" % (a, b), trap


def z_percent(rng, mode):
    total = rng.choice([200, 400, 500, 800])
    pct = rng.choice([15, 20, 25, 30, 35, 40, 45, 60, 65, 70])
    x = total * pct // 100
    q = "某次问卷调查共有%d人参与，其中%d人表示支持。支持的人占百分之几？" % (total, x)
    shown, trap = pct, "zh_percent_words"
    if mode == "near":
        shown, trap = pct + rng.choice([-5, 5]), "zh_percent_neighbour"
    paras = ["支持率 = 支持人数 ÷ 总人数 × 100%。", "%d ÷ %d × 100%% = %d%%。" % (x, total, shown)]
    final = "支持的人占全部参与者的百分之%s。" % zh_words(shown)
    return q, paras, final, "%d%%" % pct, trap


def z_distance(rng, mode):
    v, t = rng.choice([60, 80, 90, 120]), rng.choice([2, 3, 4, 5])
    d = v * t
    q = "一辆汽车以每小时%d千米的速度行驶了%d小时。它一共行驶了多远？" % (v, t)
    unit, trap = rng.choice(["千米", "公里"]), "zh_distance_words_unit"
    if mode == "unit":
        unit, trap = "米", "zh_wrong_unit_words"
    paras = ["路程 = 速度 × 时间。", "%d × %d = %d。" % (v, t, d)]
    final = "汽车一共行驶了%s%s。" % (zh_words(d), unit)
    return q, paras, final, "%d千米" % d, trap


def z_money(rng, mode):
    n = rng.randint(2, 5)
    jiao = rng.choice(range(25, 95, 5))
    cost = n * jiao
    pay = 100 * ((cost // 100) + 1) if cost % 100 else cost + 100
    pay = max(pay, 200)
    ch = pay - cost
    q = "妈妈买了%d支笔，每支%.1f元，付了%d元。应找回多少钱？" % (n, jiao / 10, pay // 10)
    shown, trap = ch, "zh_money_words"
    if mode == "near":
        shown, trap = ch + rng.choice([-10, 10]), "zh_money_neighbour"
    paras = ["总价：%d × %.1f = %.1f元。" % (n, jiao / 10, cost / 10),
             "找回：%d - %.1f = %.1f元。" % (pay // 10, cost / 10, shown / 10)]
    yuan, j = divmod(shown, 10)
    s = "%s元" % zh_words(yuan) + ("%s角" % zh_words(j) if j else "")
    final = "应该找回%s。" % s
    return q, paras, final, ("%g元" % (ch / 10)), trap


def z_queue(rng, mode):
    n = rng.randint(20, 40)
    k = rng.randint(3, n - 3)
    who = rng.choice(ZNAMES)
    ans = n - k + 1
    q = "%d名同学排成一队，%s从前往后数排第%d个。%s从后往前数排第几个？" % (n, who, k, who)
    shown, trap = ans, "zh_ordinal_words"
    if mode == "off":
        shown, trap = n - k, "zh_ordinal_off_by_one"
    paras = ["%s后面有%d - %d = %d人。" % (who, n, k, n - k),
             "从后往前数的位置 = 后面的人数 + 1 = %d。" % ans if mode == "ok" else "从后往前数的位置 = %d - %d = %d。" % (n, k, shown)]
    final = "%s从后往前数排在%s个。" % (who, zh_ordinal(shown))
    return q, paras, final, str(ans), trap


TEMPLATES = [(z_people, ["near", "hedge"]), (z_quarter, ["near"]), (z_age, ["other"]),
             (z_time, ["period"]), (z_fraction, ["complement"]), (z_percent, ["near"]),
             (z_distance, ["unit"]), (z_money, ["near"]), (z_queue, ["off"])]


def generate(rng, n):
    out = []
    for i in range(n):
        fn, bad = TEMPLATES[i % len(TEMPLATES)]
        ok = (i // len(TEMPLATES)) % 2 == 0
        mode = "ok" if ok else rng.choice(bad)
        q, paras, final, ans, trap = fn(rng, mode)
        intro = rng.choice(["我们一步一步来分析这道题。", "先把题目中的已知条件整理一下。", "好的，我来仔细算一下。"])
        kat = "short_text" if fn is z_quarter else "math"
        out.append(record("math_like" if fn is z_fraction else "gsm8k_like", kat, q,
                          finish(rng, "zh", [intro] + paras, final, rng.randint(700, 1300)),
                          ans, "Correct" if ok else "Incorrect", "zh", trap))
    return out

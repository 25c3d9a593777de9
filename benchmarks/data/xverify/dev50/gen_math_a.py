"""Arithmetic word problems: money, time, percentages, units, dates, ages, rates."""
import datetime
from fractions import Fraction as Fr
from common import L, name, money, ftex, fslash, case

ITEMS = [("notebook", "笔记本"), ("fountain pen", "钢笔"), ("ceramic mug", "陶瓷杯"), ("wool scarf", "羊毛围巾"),
         ("desk lamp", "台灯"), ("jigsaw puzzle", "拼图"), ("seed packet", "种子包"), ("candle", "蜡烛")]


def g_shop(r, zh):
    (a, az), (b, bz) = r.sample(ITEMS, 2)
    n1, n2 = r.randint(2, 9), r.randint(2, 7)
    p1, p2 = r.randint(12, 160) * 25, r.randint(12, 160) * 25
    off = r.randint(2, 12) * 100
    sub = n1 * p1 + n2 * p2
    tot = sub - off
    who = name(r, zh)
    q = L(zh, "%s buys %d %ss at %s each and %d %ss at %s each, then uses a %s coupon. How much does %s pay in total?"
          % (who, n1, a, money(p1), n2, b, money(p2), money(off), who),
          "%s买了%d个%s，每个%s元，又买了%d个%s，每个%s元，结账时使用了一张%s元的优惠券。%s一共付了多少元？"
          % (who, n1, az, money(p1)[1:], n2, bz, money(p2)[1:], money(off)[1:], who))
    steps = ["%d × %s = %s" % (n1, money(p1), money(n1 * p1)), "%d × %s = %s" % (n2, money(p2), money(n2 * p2)),
             "%s + %s = %s" % (money(n1 * p1), money(n2 * p2), money(sub)),
             L(zh, "subtract the coupon: %s - %s" % (money(sub), money(off)), "减去优惠券：%s - %s" % (money(sub), money(off)))]
    m = money(tot)
    if zh:
        ref, alts = m[1:] + "元", [m[1:], m[1:] + " 元"]
    else:
        ref, alts = m, [m[1:] + " dollars", m[1:], "\\$" + m[1:]]
    if tot % 100 == 0:
        alts.append(str(tot // 100) + ("元" if zh else " dollars"))
    w = [money(sub), money(tot + 100), money(n1 * p1 + p2 - off)]
    w = [x[1:] + "元" for x in w] if zh else w
    return case(q, steps, ref, alts, w, "gsm8k_like" if not zh else "cn_primary_math_like", "money")


def hm(t, zh):
    h, mi = divmod(t % 1440, 60)
    h12 = h % 12 or 12
    if zh:
        return ("上午" if h < 12 else "下午") + "%d:%02d" % (h12, mi)
    return "%d:%02d %s" % (h12, mi, "AM" if h < 12 else "PM")


def g_time(r, zh):
    start = r.randint(7 * 60, 13 * 60 + 30)
    legs = [r.randint(20, 95) for _ in range(3)]
    end = start + sum(legs)
    who = name(r, zh)
    q = L(zh, "%s leaves home at %s. The bus ride takes %d minutes, waiting for the ferry takes %d minutes, and the "
          "ferry crossing takes %d minutes. At what time does %s arrive?" % (who, hm(start, 0), legs[0], legs[1], legs[2], who),
          "%s在%s出门，坐公交用了%d分钟，等渡轮用了%d分钟，渡轮航行用了%d分钟。%s几点到达？"
          % (who, hm(start, 1), legs[0], legs[1], legs[2], who))
    steps = ["%d + %d + %d = %d min" % (legs[0], legs[1], legs[2], sum(legs)),
             "%d min = %d h %d min" % (sum(legs), sum(legs) // 60, sum(legs) % 60)]
    h, mi = divmod(end, 60)
    ref = hm(end, zh)
    alts = ["%d:%02d" % (h, mi)] if h >= 13 else []
    alts += [hm(end, zh).replace("PM", "p.m.").replace("AM", "a.m.")] if not zh else ["%d点%02d分" % (h, mi)]
    w = [hm(end - 10, zh), hm(end + 60, zh), hm(end - legs[1], zh)]
    return case(q, steps, ref, alts, w, "gsm8k_like" if not zh else "cn_primary_math_like", "time")


def g_percent(r, zh):
    base = r.randint(2, 30) * 20
    pct = r.choice([5, 10, 15, 20, 25, 30, 35, 40, 45, 60, 75])
    up = r.random() < 0.6
    new = base * (100 + pct) // 100 if up else base * (100 - pct) // 100
    q = L(zh, "The monthly fee for a gym rose from $%d to $%d. By what percent did it %s?" % (base, new, "increase")
          if up else "A jacket's price dropped from $%d to $%d. By what percent was it reduced?" % (base, new),
          ("某健身房月费从%d元涨到%d元，上涨了百分之几？" % (base, new)) if up else ("一件夹克从%d元降到%d元，降价的百分比是多少？" % (base, new)))
    d = abs(new - base)
    steps = ["|%d - %d| = %d" % (new, base, d), "%d / %d = %s" % (d, base, ftex(Fr(d, base)))]
    ref = "%d\\%%" % pct
    alts = ["%d%%" % pct, L(zh, "%d percent" % pct, "百分之%d" % pct)]
    other = Fr(d * 100, new)
    w = ["%s%%" % (fslash(other) if other.denominator != 1 else other.numerator), "%d%%" % (pct + 5), "%d%%" % d]
    return case(q, steps, ref, alts, w, "gsm8k_like", "percent")


def g_units(r, zh):
    v = r.randint(2, 9) * 18
    ms = v * 5 // 18
    q = L(zh, "A delivery drone cruises at %d km/h. What is its speed in meters per second?" % v,
          "一架送货无人机以%d km/h的速度飞行，它的速度是多少米每秒？" % v)
    steps = ["1 km/h = 1000 m / 3600 s = 5/18 m/s", "%d × 5/18 = %d" % (v, ms)]
    ref = "%d m/s" % ms
    alts = [L(zh, "%d meters per second" % ms, "%d米/秒" % ms), "%d\\ \\text{m/s}" % ms, "%d m·s⁻¹" % ms]
    w = ["%s m/s" % fslash(Fr(v * 18, 5)), "%d m/s" % (ms + 5), "%d m/s" % (v * 3)]
    return case(q, steps, ref, alts, w, "gsm8k_like", "unit")


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def dstr(d, style):
    if style == 0:
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == 1:
        return d.isoformat()
    if style == 2:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def g_date(r, zh):
    d0 = datetime.date(r.randint(2019, 2027), r.randint(1, 12), r.randint(1, 28))
    n = r.randint(40, 260)
    d1 = d0 + datetime.timedelta(days=n)
    q = L(zh, "A library loan starts on %s and lasts exactly %d days. On what date does it end?" % (dstr(d0, 0), n),
          "一份合同从%s开始计算，恰好%d天后到期。到期日是哪一天？" % (dstr(d0, 3), n))
    steps = [L(zh, "count %d days forward from %s" % (n, d0.isoformat()), "从%s往后数%d天" % (d0.isoformat(), n)),
             L(zh, "month lengths matter along the way", "注意每个月的天数不同")]
    ref = dstr(d1, 3 if zh else 0)
    alts = [dstr(d1, 1), dstr(d1, 2 if not zh else 0)]
    w = [dstr(d1 - datetime.timedelta(days=1), 3 if zh else 0), dstr(d1 + datetime.timedelta(days=1), 3 if zh else 0)]
    return case(q, steps, ref, alts, w, "date_arith_like", "date")


def g_age(r, zh):
    while True:
        s, n, m = r.randint(4, 15), r.randint(3, 20), r.randint(2, 3)
        k = m * (s + n) - n
        if k % s == 0 and k // s > m:
            break
    p = k
    who = name(r, zh)
    q = L(zh, "%s is %d times as old as her nephew, who is %d. In how many years will %s be exactly %d times as old as "
          "the nephew?" % (who, p // s, s, who, m),
          "%s今年的年龄是侄子的%d倍，侄子今年%d岁。再过几年，%s的年龄恰好是侄子的%d倍？" % (who, p // s, s, who, m))
    steps = ["%d × %d = %d" % (p // s, s, p), "%d + t = %d(%d + t)" % (p, m, s), "t = %d" % n]
    ref = str(n)
    alts = [L(zh, "%d years" % n, "%d年" % n)]
    w = [str(n + 2), str(p - s), str(n - 1)]
    return case(q, steps, ref, alts, w, "gsm8k_like", "integer")


def g_work(r, zh):
    a, b = r.sample([2, 3, 4, 5, 6, 7, 8, 9, 10, 12], 2)
    t = Fr(a * b, a + b)
    q = L(zh, "One pump can fill a tank in %d hours and another in %d hours. Working together, how many hours do they "
          "take to fill it?" % (a, b), "甲管单独注满水池要%d小时，乙管单独要%d小时。两管同时开，需要多少小时注满？" % (a, b))
    steps = ["1/%d + 1/%d = %s" % (a, b, fslash(Fr(1, a) + Fr(1, b))), "t = %s" % fslash(t)]
    ref = ftex(t) + L(zh, " hours", "小时")
    alts = [fslash(t) + L(zh, " hours", " 小时"), ftex(t)]
    if t.denominator != 1:
        whole, rem = divmod(t.numerator, t.denominator)
        if whole:
            alts.append("%d\\frac{%d}{%d}" % (whole, rem, t.denominator) + L(zh, " hours", "小时"))
    w = [fslash(Fr(a + b, 2)), str(a + b), fslash(Fr(a * b, abs(a - b)))]
    return case(q, steps, ref, alts, w, "gsm8k_like", "fraction")


def g_interest(r, zh):
    P = r.randint(4, 60) * 1000
    rate = r.choice([2, 4, 5, 10])
    n = r.choice([2, 3])
    amt = Fr(P * 100) * Fr(100 + rate, 100) ** n
    cents = int(amt)
    q = L(zh, "$%d is deposited at %d%% interest compounded annually. What is the balance after %d years?" % (P, rate, n),
          "将%d元存入银行，年利率%d%%，按年复利计算，%d年后本息合计多少元？" % (P, rate, n))
    steps = ["A = P(1 + r)^n", "%d × %s^%d" % (P, str(1 + rate / 100), n)]
    m = money(cents)
    ref = m if not zh else m[1:] + "元"
    alts = [m[1:]] + ([m[1:] + " dollars"] if not zh else [m[1:] + " 元"])
    simple = P * 100 + P * rate * n
    w = [money(simple), money(cents + 100 * rate)]
    w = [x[1:] + "元" for x in w] if zh else w
    if amt.denominator != 1:
        return g_shop(r, zh)
    return case(q, steps, ref, alts, w, "gsm8k_like", "money")


def g_mean_missing(r, zh):
    k = r.randint(4, 6)
    target = r.randint(78, 92)
    scores = [r.randint(70, 99) for _ in range(k)]
    need = target * (k + 1) - sum(scores)
    if not 50 <= need <= 100:
        need = None
    if need is None:
        return g_age(r, zh)
    q = L(zh, "A student's first %d quiz scores are %s. What score is needed on the next quiz for the average of all "
          "%d quizzes to be exactly %d?" % (k, ", ".join(map(str, scores)), k + 1, target),
          "某同学前%d次测验成绩为%s。第%d次要考多少分，才能使%d次的平均分恰好为%d？"
          % (k, "、".join(map(str, scores)), k + 1, k + 1, target))
    steps = ["%d × %d = %d" % (target, k + 1, target * (k + 1)), "sum = %d" % sum(scores),
             "%d - %d = %d" % (target * (k + 1), sum(scores), need)]
    return case(q, steps, str(need), [L(zh, "%d points" % need, "%d分" % need)],
                [str(need + k), str(target), str(need - 1)], "gsm8k_like", "integer")


def g_ratio(r, zh):
    parts = [r.randint(1, 7) for _ in range(3)]
    unit = r.randint(3, 40) * 25
    total = sum(parts) * unit
    idx = r.randrange(3)
    names = r.sample(NAMES_Z if zh else NAMES_E, 3)
    q = L(zh, "%s, %s and %s split $%d in the ratio %d:%d:%d. How much does %s receive?"
          % (names[0], names[1], names[2], total, parts[0], parts[1], parts[2], names[idx]),
          "%s、%s、%s按%d:%d:%d分%d元，%s分得多少元？" % (names[0], names[1], names[2], parts[0], parts[1], parts[2],
                                               total, names[idx]))
    steps = ["%d + %d + %d = %d" % (parts[0], parts[1], parts[2], sum(parts)), "%d / %d = %d" % (total, sum(parts), unit),
             "%d × %d = %d" % (parts[idx], unit, parts[idx] * unit)]
    v = parts[idx] * unit
    ref = L(zh, "$%d" % v, "%d元" % v)
    alts = [str(v), L(zh, "%d dollars" % v, "%d 元" % v), L(zh, "$%d.00" % v, "%d.00元" % v)]
    w = [L(zh, "$%d" % x, "%d元" % x) for x in (unit, v + unit, total // 3)]
    return case(q, steps, ref, alts, w, "gsm8k_like", "money")


NAMES_E = ["Hale", "Juno", "Petra", "Rafe", "Odile", "Soren", "Tamsin"]
NAMES_Z = ["甲", "乙", "丙", "丁", "小周", "小吴"]

GENS = [g_shop, g_time, g_percent, g_units, g_date, g_age, g_work, g_interest, g_mean_missing, g_ratio]

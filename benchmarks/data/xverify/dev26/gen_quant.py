"""Speeds, rates, percentages, ratios, probabilities and money."""
from fractions import Fraction
from common import money, trim

N = ["Priya", "Jonas", "Elif", "Marco", "Hana", "Dario"]


def speed(rng):
    ms = rng.choice([5, 10, 15, 20, 25, 30])
    t = rng.choice([40, 60, 80, 120, 200])
    d = ms * t
    kmh = ms * 3.6
    q = {"en": "A drone flies %d metres in %d seconds at constant speed. What is its speed in km/h?" % (d, t),
         "zh": "一架无人机匀速飞行，%d秒飞了%d米。它的速度是多少千米/小时？" % (t, d)}
    steps = {"en": ["speed = %d m / %d s = %d m/s." % (d, t, ms), "1 m/s = 3.6 km/h, so %d × 3.6 = %s." % (ms, trim(kmh))],
             "zh": ["速度 = %d米 ÷ %d秒 = %d米/秒。" % (d, t, ms), "1米/秒 = 3.6千米/小时，%d × 3.6 = %s。" % (ms, trim(kmh))]}
    good = {"en": ["%s km/h" % trim(kmh), "%s kilometres per hour" % trim(kmh), "%s kph" % trim(kmh)],
            "zh": ["%s千米/小时" % trim(kmh), "每小时%s千米" % trim(kmh), "%s km/h" % trim(kmh)]}
    bad = {"en": [("%s m/s" % trim(kmh), "wrong_unit_right_number"), ("%d km/h" % ms, "unconverted_value"),
                  ("%.1f km/h" % (ms / 3.6), "divided_instead_of_multiplied")],
           "zh": [("%s米/秒" % trim(kmh), "wrong_unit_right_number"), ("%d千米/小时" % ms, "unconverted_value")]}
    return dict(q=q, steps=steps, ref={"en": "%s km/h" % trim(kmh), "zh": "%s千米/小时" % trim(kmh)}, good=good, bad=bad, ds="gsm8k_like")


def rate(rng):
    r = rng.choice([3, 4, 6, 8, 12, 15])
    mins = rng.choice([20, 25, 40, 45])
    tot = r * mins
    q = {"en": "A pump fills a tank with %d litres of water in %d minutes. What is the pumping rate?" % (tot, mins),
         "zh": "一台水泵%d分钟向水箱注水%d升。水泵每分钟注水多少升？" % (mins, tot)}
    steps = {"en": ["rate = %d L / %d min." % (tot, mins), "%d ÷ %d = %d." % (tot, mins, r)],
             "zh": ["速率 = %d升 ÷ %d分钟。" % (tot, mins), "%d ÷ %d = %d。" % (tot, mins, r)]}
    good = {"en": ["%d L/min" % r, "%d litres per minute" % r, "%d L per minute (%d L/h)" % (r, r * 60), "%d litres per hour" % (r * 60)],
            "zh": ["每分钟%d升" % r, "%d升/分钟" % r, "%d L/min" % r]}
    bad = {"en": [("%d L/h" % r, "wrong_unit_right_number"), ("%d L/min" % (r * 60), "per_hour_value_per_minute_unit")],
           "zh": [("每小时%d升" % r, "wrong_unit_right_number"), ("每分钟%d升" % (r + 1), "arithmetic_slip")]}
    return dict(q=q, steps=steps, ref={"en": "%d L/min" % r, "zh": "%d升/分钟" % r}, good=good, bad=bad, ds="gsm8k_like")


def pct_change(rng):
    old = rng.choice([40, 80, 120, 160, 200, 240])
    p = rng.choice([10, 15, 20, 25, 30, 40, 60])
    new = old * (100 + p) // 100
    q = {"en": "A bakery sold %d loaves last week and %d loaves this week. By what percent did sales increase?" % (old, new),
         "zh": "某面包店上周卖出%d个面包，本周卖出%d个。销量增长了百分之几？" % (old, new)}
    steps = {"en": ["increase = %d − %d = %d." % (new, old, new - old), "relative increase = %d / %d = %s." % (new - old, old, trim(p / 100.0))],
             "zh": ["增加量 = %d − %d = %d。" % (new, old, new - old), "增长率 = %d ÷ %d = %s。" % (new - old, old, trim(p / 100.0))]}
    good = {"en": ["%d%%" % p, "%d percent" % p, "an increase of %d%%" % p, "%s%%" % money(p)],
            "zh": ["%d%%" % p, "百分之%d" % p, "增长了%d%%" % p]}
    bad = {"en": [("%d%%" % round(100.0 * (new - old) / new), "divided_by_new_value"), ("%d%%" % (100 + p), "ratio_not_change"),
                  ("%d" % (new - old), "absolute_not_percent")],
           "zh": [("%d%%" % round(100.0 * (new - old) / new), "divided_by_new_value"), ("%d%%" % (100 + p), "ratio_not_change")]}
    bad = {k: [b for b in v if b[0] != "%d%%" % p] for k, v in bad.items()}
    return dict(q=q, steps=steps, ref={"en": "%d%%" % p, "zh": "%d%%" % p}, good=good, bad=bad, ds="gsm8k_like")


def pct_points(rng):
    a = rng.choice([10, 20, 25, 40, 50])
    rel = rng.choice([20, 40, 60])
    b = a * (100 + rel) // 100
    ask_pp = rng.random() < 0.5
    ctx_en = "A town's recycling rate rose from %d%% to %d%%." % (a, b)
    ctx_zh = "某镇的垃圾回收率从%d%%提高到%d%%。" % (a, b)
    if ask_pp:
        v = b - a
        q = {"en": ctx_en + " By how many percentage points did it rise?", "zh": ctx_zh + "提高了多少个百分点？"}
        good = {"en": ["%d percentage points" % v, "%d pp" % v], "zh": ["%d个百分点" % v]}
        bad = {"en": [("%d%%" % rel, "relative_change_for_points"), ("%d percentage points" % rel, "relative_change_for_points")],
               "zh": [("%d个百分点" % rel, "relative_change_for_points")]}
        ref = {"en": "%d percentage points" % v, "zh": "%d个百分点" % v}
    else:
        v = rel
        q = {"en": ctx_en + " By what percent (relative to the old rate) did the rate increase?", "zh": ctx_zh + "回收率相对原来提高了百分之几？"}
        good = {"en": ["%d%%" % v, "%d percent" % v], "zh": ["%d%%" % v, "百分之%d" % v]}
        bad = {"en": [("%d%%" % (b - a), "points_for_relative_change")], "zh": [("%d%%" % (b - a), "points_for_relative_change")]}
        ref = {"en": "%d%%" % v, "zh": "%d%%" % v}
    steps = {"en": ["Difference of the two rates: %d − %d = %d percentage points." % (b, a, b - a),
                    "Relative change: %d / %d = %s." % (b - a, a, trim(rel / 100.0))],
             "zh": ["两个比率之差：%d − %d = %d个百分点。" % (b, a, b - a), "相对变化：%d ÷ %d = %s。" % (b - a, a, trim(rel / 100.0))]}
    return dict(q=q, steps=steps, ref=ref, good=good, bad=bad, ds="math_like")


def ratio(rng):
    while True:
        x, y = rng.randint(2, 7), rng.randint(2, 7)
        if x != y and Fraction(x, y).denominator == y:
            break
    k = rng.randint(3, 9)
    q = {"en": "A class has %d girls and %d boys. What is the ratio of girls to boys in simplest form?" % (x * k, y * k),
         "zh": "一个班有女生%d人，男生%d人。女生与男生人数的最简整数比是多少？" % (x * k, y * k)}
    steps = {"en": ["girls : boys = %d : %d." % (x * k, y * k), "Divide both by the common factor %d." % k],
             "zh": ["女生 : 男生 = %d : %d。" % (x * k, y * k), "两边同时除以公因数%d。" % k]}
    good = {"en": ["%d:%d" % (x, y), "%d to %d" % (x, y), "%d : %d" % (x, y)], "zh": ["%d:%d" % (x, y), "%d比%d" % (x, y)]}
    bad = {"en": [("%d:%d" % (y, x), "ratio_reversed"), ("%d to %d" % (y, x), "ratio_reversed"), ("%d:%d" % (x, x + y), "part_to_whole")],
           "zh": [("%d比%d" % (y, x), "ratio_reversed"), ("%d:%d" % (x, x + y), "part_to_whole")]}
    return dict(q=q, steps=steps, ref={"en": "%d:%d" % (x, y), "zh": "%d:%d" % (x, y)}, good=good, bad=bad, ds="gsm8k_like")


def prob(rng):
    n = rng.choice([4, 5, 8, 10, 20])
    k = rng.randint(1, n - 1)
    while Fraction(k, n) == Fraction(1, 2):
        k = rng.randint(1, n - 1)
    f = Fraction(k, n)
    q = {"en": "A bag holds %d red and %d blue marbles. One marble is drawn at random. What is the probability that it is red?" % (k, n - k),
         "zh": "袋中有%d个红球和%d个蓝球，随机摸出一个球。摸到红球的概率是多少？" % (k, n - k)}
    steps = {"en": ["Total marbles: %d + %d = %d." % (k, n - k, n), "Favourable outcomes: %d, so P = %d/%d." % (k, k, n)],
             "zh": ["球的总数：%d + %d = %d。" % (k, n - k, n), "有利结果%d个，所以P = %d/%d。" % (k, k, n)]}
    fs = "%d/%d" % (f.numerator, f.denominator)
    dec = trim(float(f))
    good = {"en": [fs, dec, "%s%%" % trim(float(f) * 100)], "zh": [fs, dec, "%s%%" % trim(float(f) * 100)]}
    if f.numerator == 1:
        good["en"].append("1 in %d" % f.denominator)
        good["zh"].append("%d分之1" % f.denominator)
    g = Fraction(n - k, n)
    bad = {"en": [("%d:%d" % (f.numerator, f.denominator - f.numerator), "odds_for_probability"),
                  ("%d/%d" % (g.numerator, g.denominator), "complement")],
           "zh": [("%d:%d" % (f.numerator, f.denominator - f.numerator), "odds_for_probability"),
                  ("%d/%d" % (g.numerator, g.denominator), "complement")]}
    return dict(q=q, steps=steps, ref={"en": fs, "zh": fs}, good=good, bad=bad, ds="math_like")


def money_usd(rng):
    qty = rng.choice([4, 5, 8, 10, 12, 25])
    price = rng.choice([12.5, 25, 40, 62.5, 80, 125])
    tax = rng.choice([0, 8, 10])
    sub = qty * price
    tot = sub * (100 + tax) / 100.0
    q = {"en": "%s buys %d chairs at $%s each%s. What is the total cost?" % (rng.choice(N), qty, money(price),
               " plus %d%% sales tax" % tax if tax else ""),
         "zh": "某人买了%d把椅子，每把%s元%s。一共要付多少钱？" % (qty, trim(price), "，另加%d%%的税" % tax if tax else "")}
    steps = {"en": ["subtotal = %d × $%s = $%s." % (qty, money(price), money(sub))] +
                   (["tax = %d%% of $%s = $%s." % (tax, money(sub), money(tot - sub))] if tax else ["There is no tax to add."]),
             "zh": ["小计 = %d × %s = %s元。" % (qty, trim(price), trim(sub))] +
                   (["税 = %s × %d%% = %s元。" % (trim(sub), tax, trim(tot - sub))] if tax else ["不需要加税。"])}
    good = {"en": ["$" + money(tot), "%s dollars" % trim(tot), "USD %s" % money(tot)],
            "zh": ["%s元" % trim(tot), "¥%s" % money(tot), "%s元人民币" % trim(tot)]}
    if tot >= 1000 and (tot / 1000.0) == round(tot / 1000.0, 2):
        good["en"].append("$%sk" % trim(tot / 1000.0))
    bad = {"en": [("$" + money(tot / 10), "decimal_slip"), ("€" + money(tot), "wrong_currency")],
           "zh": [("%s元" % trim(tot / 10), "decimal_slip"), ("%s美元" % trim(tot), "wrong_currency")]}
    if tax:
        bad["en"].append(("$" + money(sub), "pre_tax_amount"))
        bad["zh"].append(("%s元" % trim(sub), "pre_tax_amount"))
    return dict(q=q, steps=steps, ref={"en": "$" + money(tot), "zh": "%s元" % trim(tot)}, good=good, bad=bad, ds="gsm8k_like")


def yuan_jiao(rng):
    fen = rng.randint(3, 9) * rng.choice([105, 115, 235, 345]) // 5 * 5
    cnt = rng.randint(2, 6)
    unit = fen
    tot = unit * cnt
    y, j, f = tot // 100, tot // 10 % 10, tot % 10
    q = {"en": "A pencil costs ¥%s. How much do %d pencils cost?" % ("%.2f" % (unit / 100.0), cnt),
         "zh": "一支铅笔%s元，买%d支一共多少钱？" % ("%.2f" % (unit / 100.0), cnt)}
    steps = {"en": ["%d × ¥%.2f = ¥%.2f." % (cnt, unit / 100.0, tot / 100.0)], "zh": ["%d × %.2f = %.2f（元）。" % (cnt, unit / 100.0, tot / 100.0)]}
    jf = "%d元%d角%d分" % (y, j, f) if f else "%d元%d角" % (y, j)
    good = {"en": ["¥%.2f" % (tot / 100.0), "%.2f yuan" % (tot / 100.0)],
            "zh": ["%.2f元" % (tot / 100.0), jf, "¥%.2f" % (tot / 100.0)]}
    bad = {"en": [("¥%.2f" % (tot / 1000.0), "decimal_slip"), ("$%.2f" % (tot / 100.0), "wrong_currency")],
           "zh": [("%d元%d角" % (y, f) if f and f != j else "%d元%d角" % (y, (j + 1) % 10), "jiao_fen_slip"),
                  ("%.2f元" % ((tot - unit) / 100.0), "one_item_short")]}
    return dict(q=q, steps=steps, ref={"en": "¥%.2f" % (tot / 100.0), "zh": "%.2f元" % (tot / 100.0)}, good=good, bad=bad, ds="gsm8k_like")


KINDS = [speed, rate, pct_change, pct_points, ratio, prob, money_usd, yuan_jiao]

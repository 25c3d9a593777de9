"""Chinese cases: long Chinese reasoning for a subset of the same problem types."""
from fractions import Fraction
import math
from common import tex_frac, dec, sup

ZH_NAMES = ["林晓", "周岚", "韩墨", "许菁", "陆远", "郑可", "苏禾", "顾北"]
ZH_OPEN = [
    "好的，我先仔细读题。{gist}需要弄清楚题目到底问的是哪个量，避免算出一个中间量就当成答案。",
    "我们一步一步来分析。{gist}先写出已知条件，再找出已知量和未知量之间的关系，最后再做计算。",
    "这道题看起来不难，但越是常规的题越容易粗心。{gist}我会把每一步的中间结果都写出来。",
]
ZH_MID = [
    "在继续之前，我再用自己的话复述一遍题意，确认每个数字的含义没有弄混。题目中没有隐藏的单位换算或者陷阱，"
    "按照常规方法处理即可。",
    "需要注意：答案的形式由题目的问法决定，所以算完以后我会再读一遍题目。除非题目要求近似，否则尽量保留精确值。",
    "先估计一下数量级：题目中的数字都不大，所以结果也应该在类似的范围内，如果算出特别大或特别小的数，说明哪里出错了。",
    "我也考虑过倒推的方法（先猜一个答案再验证），不过直接计算更清楚，所以还是直接算，最后再检验。",
]
ZH_MID += [
    "这类题常见的错误是少算一步，把看起来像答案的中间量当成最终结果。所以我会记清楚每一行算的是什么量，"
    "确保最后一行正是题目所问的量。",
    "另外要考虑答案的表达形式：有的量用精确分数或符号表达式最清楚，有的量用小数或带单位更自然。数值本身最重要，"
    "但形式也要清楚、不产生歧义。",
    "还要特别注意正负号和运算顺序。这类题的很多错误都来自于漏掉负号，或者在应该先乘的时候先做了除法。",
    "我会一行一行地写出计算过程。心算虽然快，但写出完整的等式链，事后检查起来要容易得多，"
    "如果结果看起来可疑也方便定位错误。",
    "整理一下思路：第一步列出已知量，第二步写出关系式，第三步代入计算，第四步检验并按照题目要求的形式作答。"
    "每一步都不跳过，这样即使出错也能很快发现。",
]
ZH_ABANDON = [
    "等一下，这里好像不对，这个思路越来越乱，我不确定一开始的设定是否正确。换一种方法试试：从另一端倒推……"
    "还是绕回了同样的问题。我现在无法确定最终结果，先停在这里，不随便给出答案。",
    "不对，我可能从一开始就把关系式列错了。重新来：重新设未知数，第一个关系式给出……还是同样的矛盾。"
    "目前无法判断哪种理解是题目的本意，暂时给不出确定的答案。",
]
ZH_FINAL = ["所以答案是{a}。", "**最终答案：**{a}", "综上，答案为{a}。", "因此结果是{a}。"]
ZH_REREAD = ["再读一遍题目，确认求的正是这个量。", "回头核对题目要求，问的确实是这个量。"]


def compose_zh(rng, p, mode):
    paras = [rng.choice(ZH_OPEN).format(gist=p["gist"]), "题目复述：" + p["q"].split("\n")[0]]
    paras += rng.sample(ZH_MID, 4) + p["steps"]
    if mode == "cut_off":
        text = "\n\n".join(paras)
        cut = int(len(text) * rng.uniform(0.72, 0.92))
        return text[:cut].rstrip("，。；：\n ") + "，接下来", "cut_off"
    if mode == "abandoned":
        paras.append(rng.choice(ZH_ABANDON))
        return "\n\n".join(paras), "abandoned"
    paras.append(rng.choice([m for m in ZH_MID if m not in paras]))
    if mode in ("correct", "near_miss"):
        step, phrase = rng.choice(p["right"] if mode == "correct" else p["wrong"])
        paras.append(step)
        if mode == "correct" and p.get("check"):
            paras.append(p["check"])
        paras.append(rng.choice(ZH_REREAD))
        paras.append(rng.choice(ZH_FINAL).format(a=phrase))
        return "\n\n".join(paras), ("equal_form" if mode == "correct" else "near_miss")
    step, phrase = rng.choice(p["right"])
    wstep, wphrase = rng.choice(p["wrong"])
    paras += [step, "不过最后一步我不太放心，换一种算法：" + wstep]
    pair = [phrase, wphrase]
    rng.shuffle(pair)
    paras.append("两种算法结果不一致，我无法判断哪一个是对的，所以答案可能是%s，也可能是%s。" % tuple(pair))
    return "\n\n".join(paras), "hedge"


ZH_HOUR = {15: "一刻钟", 30: "半小时", 45: "三刻钟", 90: "一个半小时"}


def zh_minutes(rng):
    while True:
        v, m = rng.choice([48, 60, 72, 36, 96]), rng.choice([15, 20, 30, 40, 45, 50, 75, 90])
        if v * m % 60 == 0:
            break
    d = v * m // 60
    h = Fraction(m, 60)
    q = "%s骑车匀速行驶%d千米，速度为每小时%d千米。这段路程需要多少分钟？" % (rng.choice(ZH_NAMES), d, v)
    steps = ["时间 = 路程 ÷ 速度，所以用时为 %d/%d 小时。" % (d, v), "题目问的是分钟，1 小时 = 60 分钟，需要乘以 60。"]
    fin = "化简得 %d/%d = %s 小时，%s × 60 = %d。" % (d, v, tex_frac(h), tex_frac(h), m)
    right = [(fin, "%d 分钟" % m), (fin, "%d min" % m), (fin, "%s 小时，也就是 %d 分钟" % (dec(h), m))]
    if m in ZH_HOUR:
        right.append((fin, ZH_HOUR[m]))
    wrong = [("相除得 %d ÷ %d ≈ %s 小时，乘 60 得 %d。" % (d, v, dec(Fraction(mw, 60), 3), mw), "%d 分钟" % mw)
             for mw in (m + 5, m - 5)]
    return dict(gist="已知路程和速度，求用时（分钟）。", q=q, ref=str(m), steps=steps, right=right, wrong=wrong,
                check="检验：%d 分钟 × 每分钟 %s 千米 = %d 千米 ✓。" % (m, dec(Fraction(v, 60)), d))


def zh_percent(rng):
    old = rng.choice([40, 80, 120, 200, 160])
    pct = rng.choice([10, 15, 20, 25, 30, 40])
    new = old * (100 + pct) // 100
    q = "一件商品的价格从 %d 元涨到 %d 元，涨幅是百分之几？" % (old, new)
    steps = ["涨幅 = (新价 − 原价) ÷ 原价 × 100%。", "价格上涨了 %d − %d = %d 元。" % (new, old, new - old)]
    fin = "用上涨额除以原价 %d。" % old
    right = [(fin, "%d%%" % pct), (fin, "百分之%s" % ZH_NUM(pct)), (fin, "涨了 %d 个百分点，即原价的 %s 倍" % (pct, dec(Fraction(100 + pct, 100))))]
    wrong = [("用上涨额除以新价 %d，得 %s%%。" % (new, dec(Fraction(new - old, new) * 100, 1)), "%s%%" % dec(Fraction(new - old, new) * 100, 1)),
             ("算得 %d%%。" % (pct + 5), "%d%%" % (pct + 5))]
    return dict(gist="求价格的涨幅百分比。", q=q, ref=rng.choice([str(pct), "%d\\%%" % pct]), steps=steps,
                right=right, wrong=wrong, check="检验：%d × %s = %d ✓。" % (old, dec(Fraction(100 + pct, 100)), new))


def ZH_NUM(n):
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else d[t]) + "十" + ("" if o == 0 else d[o])


def zh_repeating(rng):
    a, b = rng.choice([(27, 99), (36, 99), (45, 99), (3, 9), (81, 99), (18, 99)])
    val = Fraction(a, b)
    digits = str(a).zfill(len(str(b)))
    q = "把循环小数 $0.\\overline{%s}$ 化成最简分数。" % digits
    steps = ["设 x = 0.%s%s…，循环节有 %d 位。" % (digits, digits, len(digits)),
             "两边乘以 10^%d 后相减，消去无限的尾巴：%d x = %d。" % (len(digits), b, a)]
    fin = "所以 x = %d/%d，再约去最大公约数 %d。" % (a, b, math.gcd(a, b))
    right = [(fin, "$%s$" % tex_frac(val)), (fin, "%d/%d" % (val.numerator, val.denominator)),
             (fin, "%d分之%d" % (val.denominator, val.numerator))]
    w1 = Fraction(a, 10 ** len(digits))
    w2 = Fraction(a, b - 9) if b > 9 else Fraction(a, b - 1)
    wrong = [("直接读出：%s。" % tex_frac(w1), "$%s$" % tex_frac(w1)), ("相减得 %s。" % tex_frac(w2), "$%s$" % tex_frac(w2))]
    return dict(gist="循环小数化分数。", q=q, ref=rng.choice([tex_frac(val), tex_frac(val, "dfrac")]), steps=steps,
                right=right, wrong=wrong, check="检验：%d ÷ %d 的商循环节长度为 %d ✓。" % (val.numerator, val.denominator, len(digits)))


def zh_complex(rng):
    p, r = rng.choice([-2, -1, 1, 2, 3]), rng.choice([1, 2, 3])
    b, c = -2 * p, p * p + r * r
    ri = "" if r == 1 else str(r)
    q = "求方程 $x^2 %s %dx + %d = 0$ 的所有根。" % ("+" if b >= 0 else "-", abs(b), c)
    steps = ["用求根公式 x = (−b ± √(b² − 4c))/2，其中 b = %d，c = %d。" % (b, c),
             "判别式 Δ = %d − %d = %d < 0，所以有一对共轭复根。" % (b * b, 4 * c, b * b - 4 * c)]
    fin = "√Δ = %di，代入得 x = (%d ± %di)/2。" % (2 * r, -b, 2 * r)
    right = [(fin, "$x_1 = %d + %si,\\ x_2 = %d - %si$" % (p, ri, p, ri)), (fin, "$%d \\pm %si$" % (p, ri)),
             (fin, "$\\frac{%d \\pm %di}{2}$" % (-b, 2 * r))]
    wrong = [("代入得 x = (%d ± %di)/2。" % (b, 2 * r), "$%d \\pm %si$" % (-p, ri)),
             ("只把实部除以 2：x = %d ± %di。" % (p, 2 * r), "$%d \\pm %di$" % (p, 2 * r))]
    return dict(gist="判别式为负的一元二次方程。", q=q, ref="%d \\pm %si" % (p, ri), steps=steps, right=right,
                wrong=wrong, check="检验：两根之和 %d，两根之积 %d，与系数一致 ✓。" % (2 * p, c))


def zh_sci(rng):
    mant = rng.choice([Fraction(32, 10), Fraction(45, 10), Fraction(12, 10), Fraction(75, 10)])
    e, a = rng.choice([-4, -5, 6, -3]), rng.choice([2, 4])
    ms = dec(mant)
    q = "某实验室称得一种试剂共 $%s \\times 10^{%d}$ 克，平均分成 %d 份，每份多少克？用科学记数法表示。" % (dec(mant * a), e, a)
    steps = ["每份质量 = 总质量 ÷ %d。" % a, "只需把系数 %s 除以 %d，10 的幂次不变。" % (dec(mant * a), a)]
    fin = "系数为 %s，指数仍为 %d。" % (ms, e)
    right = [(fin, "$%s \\times 10^{%d}$ 克" % (ms, e)), (fin, "%se%d 克" % (ms, e)), (fin, "%s·10%s g" % (ms, sup(e)))]
    wrong = [("指数也跟着变：%s × 10^{%d}。" % (ms, e - 1), "$%s \\times 10^{%d}$ 克" % (ms, e - 1)),
             ("系数为 %s。" % dec(mant + Fraction(1, 10)), "%se%d 克" % (dec(mant + Fraction(1, 10)), e))]
    return dict(gist="科学记数法的除法。", q=q, ref=rng.choice(["%s \\times 10^{%d}" % (ms, e), "%se%d" % (ms, e)]),
                steps=steps, right=right, wrong=wrong, check="检验：%s × %d = %s ✓。" % (ms, a, dec(mant * a)))


ZH_FAMILIES = [zh_minutes, zh_percent, zh_repeating, zh_complex, zh_sci]


def zh_mc(rng, fam):
    p = fam(rng)
    ct = p["right"][0][1]
    ws = []
    for _, w in p["wrong"]:
        if w not in ws and w != ct:
            ws.append(w)
    opts = [ct] + ws[:3]
    rng.shuffle(opts)
    ci = opts.index(ct)
    L = "ABCD"[ci]
    q = p["q"] + "\n" + "\n".join("%s．%s" % ("ABCD"[i], o) for i, o in enumerate(opts))
    fin = p["right"][0][0]
    right = [(fin, "%s" % L), (fin, "选项%s（%s）" % (L, ct)), (fin, "%s，对应选项 %s" % (ct, L))]
    wrong = [(next((s for s, w in p["wrong"] if w == o), fin), "选项%s" % "ABCD"[i]) for i, o in enumerate(opts) if i != ci]
    return dict(gist=p["gist"], q=q, ref=L, steps=p["steps"], right=right, wrong=wrong, check=p.get("check", ""))

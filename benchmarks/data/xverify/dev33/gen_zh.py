"""Chinese families: 鸡兔同笼, 工程问题, 相遇问题, 打折利润, 等差数列, 摸球."""
from fractions import Fraction as Fr
from common import fam, tex, plain, dec, mixed, terminating, approx

DIG = "零一二三四五六七八九"


def zh_num(n):
    if n < 10:
        return DIG[n]
    out, units = "", [(1000, "千"), (100, "百"), (10, "十")]
    zero = False
    for u, ch in units:
        q, n = divmod(n, u)
        if q:
            if zero:
                out += "零"
            out += ("" if (u == 10 and q == 1 and not out) else DIG[q]) + ch
            zero = False
        elif out:
            zero = True
    if n:
        out += ("零" if zero else "") + DIG[n]
    return out


def zfam(**kw):
    kw["lang"] = "zh"
    kw.setdefault("dataset", "cmath_like")
    kw.setdefault("kat", "math")
    return fam(**kw)


def chicken_rabbit(rng):
    while True:
        c, r = rng.randint(5, 40), rng.randrange(2, 40, 2)
        if c != r and c != r // 2:
            break
    H, L = c + r, 2 * c + 4 * r
    q = "笼子里有鸡和兔共 %d 只，数一数共有 %d 条腿。问：兔有多少只？" % (H, L)
    w = ["假设全部是鸡，应有 $%d \\times 2 = %d$ 条腿。" % (H, 2 * H),
         "实际多出 $%d - %d = %d$ 条腿。" % (L, 2 * H, L - 2 * H),
         "每把一只鸡换成一只兔，腿数增加 $4 - 2 = 2$ 条。",
         "所以兔有 $%d \\div 2 = %d$ 只。" % (L - 2 * H, r)]
    return zfam(question=q, answer=str(r), work=w,
                check=["鸡有 $%d - %d = %d$ 只，腿数 $%d \\times 2 + %d \\times 4 = %d$，与题目一致。" % (H, r, c, c, r, L)],
                alts=[("%s只" % zh_num(r), "alt_chinese_numeral"), ("%d只" % r, "alt_units_added"), ("兔 %d 只" % r, "alt_units_added")],
                slip=dict(ans=str(r // 2), tag="slip_divided_by_wrong_number",
                          steps=w[:2] + ["每只兔有 4 条腿，所以兔有 $%d \\div 4 = %d$ 只。" % (L - 2 * H, r // 2)],
                          note="多出的腿数应除以每只兔比鸡多的 2 条腿，而不是 4。",
                          excuse="多出来的腿都是兔的，应该除以 4。"),
                near=dict(ans=str(c), tag="near_wrong_animal", steps=w + ["鸡有 $%d - %d = %d$ 只，所以答案是 $%d$。" % (H, r, c, c)]),
                trunc=w[:3], extra=str(r + 2))


def engineering(rng):
    while True:
        a, b = sorted(rng.sample(range(3, 16), 2))
        T = Fr(a * b, a + b)
        if T.denominator > 1:
            break
    q = "一项工程，甲队单独做需要 %d 天完成，乙队单独做需要 %d 天完成。两队合作，需要多少天完成？" % (a, b)
    e = Fr(1, a) + Fr(1, b)
    w = ["把工作总量看作单位“1”。",
         "甲的工作效率是 $\\frac{1}{%d}$，乙的工作效率是 $\\frac{1}{%d}$。" % (a, b),
         "合作效率：$\\frac{1}{%d} + \\frac{1}{%d} = %s$。" % (a, b, tex(e)),
         "合作时间：$1 \\div %s = %s$ 天。" % (tex(e), tex(T))]
    alts = [(mixed(T), "alt_mixed_number"), ("%s \\text{ 天}" % tex(T), "alt_units_added")]
    if terminating(T):
        alts.append((dec(T), "alt_decimal_for_fraction"))
    av = Fr(a + b, 2)
    return zfam(question=q, answer=tex(T), work=w,
                check=["验算：$%s$ 天内甲完成 $%s$，乙完成 $%s$，合计为 1。" % (tex(T), tex(T / a), tex(T / b))],
                alts=alts,
                slip=dict(ans=tex(av), tag="slip_averaged_times",
                          steps=["两队合作，取两队时间的平均值：$\\frac{%d + %d}{2} = %s$ 天。" % (a, b, tex(av))],
                          note="合作应当把效率相加，而不是把时间取平均。",
                          excuse="合作的时间应该是两队时间的平均。"),
                near=dict(ans=tex(e), tag="near_rate_instead_of_time", steps=w[:3] + ["所以答案是 $%s$。" % tex(e)]),
                trunc=w[:2], extra=tex(Fr(a * b, b - a)) if a != b else "1")


def meeting(rng):
    while True:
        v1, v2, t = rng.randint(40, 90), rng.randint(40, 90), rng.randint(2, 6)
        if v1 != v2 and abs(v1 - v2) > 5:
            break
    D = (v1 + v2) * t
    q = "甲、乙两车分别从相距 %d 千米的两地同时出发，相向而行。甲车每小时行 %d 千米，乙车每小时行 %d 千米。相遇时甲车行了多少千米？" % (D, v1, v2)
    w = ["两车相向而行，速度和为 $%d + %d = %d$ 千米/时。" % (v1, v2, v1 + v2),
         "相遇时间：$%d \\div %d = %d$ 小时。" % (D, v1 + v2, t),
         "甲车行驶路程：$%d \\times %d = %d$ 千米。" % (v1, t, v1 * t)]
    ts = Fr(D, abs(v1 - v2))
    return zfam(question=q, answer=str(v1 * t), work=w,
                check=["乙车行了 $%d \\times %d = %d$ 千米，两车合计 $%d$ 千米，正好是全程。" % (v2, t, v2 * t, D)],
                alts=[("%d \\text{ 千米}" % (v1 * t), "alt_units_added"), ("%s千米" % zh_num(v1 * t), "alt_chinese_numeral"), ("%d \\text{ km}" % (v1 * t), "alt_units_added")],
                slip=dict(ans=tex(v1 * ts), tag="slip_speed_difference",
                          steps=["两车速度差为 $%d$ 千米/时。" % abs(v1 - v2), "相遇时间：$%d \\div %d = %s$ 小时。" % (D, abs(v1 - v2), tex(ts)),
                                 "甲车行驶：$%d \\times %s = %s$ 千米。" % (v1, tex(ts), tex(v1 * ts))],
                          note="相向而行应该用速度和，速度差是追及问题用的。",
                          excuse="这里应该用速度差来求时间。"),
                near=dict(ans=str(v2 * t), tag="near_wrong_vehicle", steps=w[:2] + ["乙车行驶路程：$%d \\times %d = %d$ 千米，所以答案是 $%d$。" % (v2, t, v2 * t, v2 * t)]),
                trunc=w[:2], extra=str(D // 2) if D // 2 not in (v1 * t, v2 * t) else str(D))


def discount(rng):
    while True:
        C = rng.randrange(100, 1000, 50)
        p, z = rng.randrange(20, 80, 10), rng.choice([6, 7, 8, 9])
        SP = Fr(C * (100 + p) * z, 1000)
        prof = SP - C
        sl = Fr(C * (p - z * 10), 100)
        if prof > 0 and prof.denominator == 1 and sl != prof:
            break
    q = "某商品进价 %d 元，商家按进价提高 %d%% 标价，后来打%s折出售。问：每件商品的利润是多少元？" % (C, p, DIG[z])
    MP = Fr(C * (100 + p), 100)
    w = ["标价：$%d \\times (1 + %d\\%%) = %s$ 元。" % (C, p, dec(MP)),
         "打%s折，即按标价的 $%s$ 出售：$%s \\times %s = %s$ 元。" % (DIG[z], dec(Fr(z, 10)), dec(MP), dec(Fr(z, 10)), dec(SP)),
         "利润：$%s - %d = %s$ 元。" % (dec(SP), C, dec(prof))]
    return zfam(question=q, answer=dec(prof), work=w,
                check=["利润率为 $%s \\div %d \\approx %s$，为正，合理。" % (dec(prof), C, approx(prof / C, 3))],
                alts=[("%s \\text{ 元}" % dec(prof), "alt_units_added"), ("%s元" % zh_num(int(prof)), "alt_chinese_numeral")],
                slip=dict(ans=dec(sl), tag="slip_discount_as_percent_off",
                          steps=["打%s折就是降价 $%d\\%%$。" % (DIG[z], z * 10), "利润率为 $%d\\%% - %d\\%% = %d\\%%$。" % (p, z * 10, p - z * 10),
                                 "利润：$%d \\times %d\\%% = %s$ 元。" % (C, p - z * 10, dec(sl))],
                          note="打%s折是按标价的十分之%s出售，不是降价百分之%d。" % (DIG[z], DIG[z], z * 10),
                          excuse="打折应理解为直接从利润率里减去折扣的百分数。"),
                near=dict(ans=dec(SP), tag="near_price_instead_of_profit", steps=w[:2] + ["所以每件售价为 $%s$ 元。" % dec(SP)]),
                trunc=w[:1], extra=dec(MP - C))


def arith_seq(rng):
    a, d, n = rng.randint(1, 20), rng.randint(2, 9), rng.randint(10, 30)
    an = a + (n - 1) * d
    S = n * (a + an) // 2
    q = "已知等差数列 $\\{a_n\\}$ 的首项 $a_1 = %d$，公差 $d = %d$，求前 %d 项和 $S_{%d}$。" % (a, d, n, n)
    w = ["第 %d 项：$a_{%d} = a_1 + (%d - 1)d = %d + %d \\times %d = %d$。" % (n, n, n, a, n - 1, d, an),
         "前 %d 项和：$S_{%d} = \\frac{%d(a_1 + a_{%d})}{2} = \\frac{%d \\times %d}{2} = %d$。" % (n, n, n, n, n, a + an, S)]
    ans_s = a + n * d
    Ss = Fr(n * (a + ans_s), 2)
    return zfam(question=q, answer=str(S), work=w,
                check=["用另一公式：$S_n = na_1 + \\frac{n(n-1)}{2}d = %d + %d = %d$，一致。" % (n * a, n * (n - 1) // 2 * d, S)],
                alts=[("S_{%d} = %d" % (n, S), "alt_named_value"), ("%s" % zh_num(S) if S < 10000 else "%d" % S, "alt_chinese_numeral")],
                slip=dict(ans=tex(Ss), tag="slip_nth_term_missing_minus_one",
                          steps=["第 %d 项：$a_{%d} = a_1 + %d d = %d$。" % (n, n, n, ans_s), "前 %d 项和：$\\frac{%d(%d + %d)}{2} = %s$。" % (n, n, a, ans_s, tex(Ss))],
                          note="通项公式是 $a_n = a_1 + (n-1)d$，少了减一。",
                          excuse="第 n 项应该是 $a_1 + nd$。"),
                near=dict(ans=str(an), tag="near_nth_term_instead_of_sum", steps=w[:1] + ["所以所求为 $%d$。" % an]),
                trunc=w[:1], extra=str(S + d))


def balls(rng):
    while True:
        r, wt = rng.randint(3, 9), rng.randint(2, 9)
        n = r + wt
        p = Fr(r * (r - 1), n * (n - 1))
        if not terminating(p):
            break
    q = "袋中有 %d 个红球和 %d 个白球，这些球除颜色外完全相同。从中不放回地依次摸出两个球，求两个球都是红球的概率（用最简分数表示）。" % (r, wt)
    w = ["第一次摸到红球的概率是 $\\frac{%d}{%d}$。" % (r, n),
         "不放回，第二次还剩 $%d$ 个球，其中红球 $%d$ 个，概率为 $\\frac{%d}{%d}$。" % (n - 1, r - 1, r - 1, n - 1),
         "所以 $P = \\frac{%d}{%d} \\times \\frac{%d}{%d} = %s$。" % (r, n, r - 1, n - 1, tex(p))]
    ps = Fr(r * r, n * n)
    return zfam(question=q, answer=tex(p), work=w,
                check=["用组合数验证：$\\frac{C_{%d}^2}{C_{%d}^2} = \\frac{%d}{%d} = %s$。" % (r, n, r * (r - 1) // 2, n * (n - 1) // 2, plain(p))],
                alts=[(plain(p), "alt_slash_fraction"), ("\\dfrac{%d}{%d}" % (p.numerator, p.denominator), "alt_dfrac")],
                slip=dict(ans=tex(ps), tag="slip_with_replacement",
                          steps=["每次摸到红球的概率都是 $\\frac{%d}{%d}$。" % (r, n), "所以 $P = \\left(\\frac{%d}{%d}\\right)^2 = %s$。" % (r, n, tex(ps))],
                          note="题目是不放回摸球，第二次的总数和红球数都要减一。",
                          excuse="两次摸球可以看成相互独立。"),
                near=dict(ans=approx(p, 3), tag="near_rounded_not_exact", steps=w + ["化成小数约为 $%s$。" % approx(p, 3)]),
                trunc=w[:2], extra=tex(Fr(r, n)))

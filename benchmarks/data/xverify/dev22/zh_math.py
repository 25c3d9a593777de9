"""Chinese math generators."""
from fractions import Fraction as F
from math import comb
from common import zh, tex, plain, dec, poly, twist

XING = ["小明", "小红", "王老师", "李华", "张伟", "小丽"]


def zb(q, steps, ans, ref, ok, trap, ds="gsm8k_zh_like", checks=None, ans_tex=None):
    return dict(dataset=ds, kat="math", question=q, steps=steps, ans=ans, ans_tex=ans_tex or ans, ref=ref,
                label="Correct" if ok else "Incorrect", trap=trap, lang="zh", checks=checks or [])


def jitu(rng, ok):
    c, r = rng.randint(5, 30), rng.randint(5, 30)
    if c == r:
        return jitu(rng, ok)
    H, L = c + r, 2 * c + 4 * r
    q = "笼子里有鸡和兔共 %d 只，脚共 %d 只。问兔有多少只？" % (H, L)
    steps = ["假设全部是鸡，则应有脚 %d × 2 = %d 只。" % (H, 2 * H),
             "实际多出 %d - %d = %d 只脚。" % (L, 2 * H, L - 2 * H),
             "每只兔比鸡多 2 只脚，所以兔有 %d ÷ 2 = %d 只。" % (L - 2 * H, r),
             "鸡有 %d - %d = %d 只。" % (H, r, c)]
    checks = ["验算：%d × 2 + %d × 4 = %d + %d = %d，正确。" % (c, r, 2 * c, 4 * r, L)]
    ref = rng.choice([str(r), "%d只" % r, zh(r)])
    if ok:
        ans = rng.choice(["兔有 %d 只" % r, "%s只" % zh(r), "%d" % r, "兔子%s只" % zh(r)])
        c0 = zb(q, steps, ans, ref, True, "chinese_numeral_answer", checks=checks)
        c0["pos"] = rng.choice(["therefore", "bold", "final", "sentence"])
        return c0
    steps2 = steps[:4]
    return dict(zb(q, steps2, "鸡有 %d 只" % c, ref, False, "answered_other_animal"),
                pos="therefore")


def gongcheng(rng, ok):
    while True:
        a, b = rng.randint(3, 15), rng.randint(3, 15)
        T = F(a * b, a + b)
        if a != b and T.denominator != 1:
            break
    q = "一项工程，甲单独做需要 %d 天完成，乙单独做需要 %d 天完成。两人合作需要多少天完成？" % (a, b)
    steps = ["把工程总量看作 1。甲每天完成 1/%d，乙每天完成 1/%d。" % (a, b),
             "合作效率为 1/%d + 1/%d = %s。" % (a, b, plain(F(1, a) + F(1, b))),
             "所需时间为 1 ÷ %s = %s 天。" % (plain(F(1, a) + F(1, b)), plain(T))]
    ref = rng.choice([tex(T), "%s天" % tex(T)])
    if ok:
        forms = ["%s 天" % plain(T), "$%s$ 天" % tex(T)]
        if dec(T):
            forms.append("%s天" % dec(T))
        ip, rem = divmod(T.numerator, T.denominator)
        if ip:
            forms.append("%d又%d分之%d天" % (ip, T.denominator, rem) if False else "%d\\frac{%d}{%d} 天" % (ip, rem, T.denominator))
        forms.append("%s分之%s天" % (zh(T.denominator), zh(T.numerator)))
        return zb(q, steps, rng.choice(forms), ref, True, "fraction_forms_zh", ans_tex=tex(T) + "\\text{天}")
    bad = F(a + b, 2)
    steps = ["甲需要 %d 天，乙需要 %d 天，合作取平均：(%d + %d) ÷ 2 = %s 天。" % (a, b, a, b, plain(bad))]
    steps.append("所以两人合作需要 %s 天。" % (dec(bad) or plain(bad)))
    return zb(q, steps, "%s 天" % (dec(bad) or plain(bad)), ref, False, "averaged_times")


def zh_quad(rng, ok):
    r1, r2 = rng.randint(-7, 7), rng.randint(-7, 7)
    if r1 == r2 or 0 in (r1, r2) or r1 == -r2:
        return zh_quad(rng, ok)
    b, c = -(r1 + r2), r1 * r2
    lo, hi = sorted([r1, r2])
    q = "解方程：$%s = 0$。" % poly([1, b, c])
    steps = ["用十字相乘法分解：%s = (x %s %d)(x %s %d)。" % (poly([1, b, c]), "-" if r1 > 0 else "+", abs(r1),
                                                     "-" if r2 > 0 else "+", abs(r2)),
             "所以 x %s %d = 0 或 x %s %d = 0。" % ("-" if r1 > 0 else "+", abs(r1), "-" if r2 > 0 else "+", abs(r2)),
             "解得 x₁ = %d，x₂ = %d。" % (r1, r2)]
    ref = rng.choice(["x_1=%d, x_2=%d" % (lo, hi), "x=%d或x=%d" % (lo, hi)])
    if ok:
        return zb(q, steps, rng.choice(["x₁ = %d，x₂ = %d" % (hi, lo), "x = %d 或 x = %d" % (lo, hi),
                                        "方程的解为 %d 和 %d" % (lo, hi)]), ref, True, "roots_zh", "math_zh_like",
                  checks=["验证：两根之和 %d = -(%d)，两根之积 %d = %d，符合韦达定理。" % (r1 + r2, b, r1 * r2, c)])
    if rng.random() < 0.5:
        steps[2] = "解得 x₁ = %d，x₂ = %d。" % (-r1, -r2)
        return zb(q, steps, "x₁ = %d，x₂ = %d" % (-r1, -r2), ref, False, "sign_error_zh", "math_zh_like")
    c0 = zb(q, steps, "x = %d 或 x = %d" % (lo, hi), ref, True, "", "math_zh_like")
    return twist(rng, c0, "x = %d 或 x = %d" % (lo, hi + 1), "flip_to_wrong")


def zh_arith(rng, ok):
    a1, d, n = rng.randint(1, 20), rng.randint(2, 9), rng.randint(10, 30)
    an = a1 + (n - 1) * d
    S = n * (a1 + an) // 2
    q = "已知等差数列 {a_n} 的首项 a₁ = %d，公差 d = %d，求前 %d 项和 S_%d。" % (a1, d, n, n)
    steps = ["第 %d 项 a_%d = a₁ + (%d - 1)d = %d + %d × %d = %d。" % (n, n, n, a1, n - 1, d, an),
             "前 n 项和公式 S_n = n(a₁ + a_n)/2。",
             "S_%d = %d × (%d + %d) ÷ 2 = %d。" % (n, n, a1, an, S)]
    ref = rng.choice([str(S), "S_{%d}=%d" % (n, S)])
    if ok:
        ans = rng.choice([str(S), "S_%d = %d" % (n, S), zh(S)])
        return zb(q, steps, ans, ref, True, "sum_zh_numeral" if ans == zh(S) else "sum_zh", "math_zh_like")
    if rng.random() < 0.5:
        return zb(q, steps[:1] + ["所以答案是 %d。" % an], str(an), ref, False, "gave_term_not_sum", "math_zh_like")
    c0 = zb(q, steps, str(S), ref, True, "", "math_zh_like")
    c0["trunc"] = True
    c0["steps"] = steps[:2] + ["代入公式，S_%d = %d × (%d + %d) ÷ 2，先算括号里面" % (n, n, a1, an)]
    c0["label"], c0["trap"] = "Incorrect", "truncated_no_answer"
    return c0


def zh_prob(rng, ok):
    n = rng.randint(3, 6)
    k = rng.randint(1, n - 1)
    p = F(comb(n, k), 2 ** n)
    q = "抛掷一枚均匀的硬币 %d 次，恰好出现 %d 次正面的概率是多少？" % (n, k)
    steps = ["所有可能结果共 2^%d = %d 种，且等可能。" % (n, 2 ** n),
             "恰好 %d 次正面的结果数为 C(%d, %d) = %d。" % (k, n, k, comb(n, k)),
             "所以概率为 %d/%d%s。" % (comb(n, k), 2 ** n, "" if p.denominator == 2 ** n else " = " + plain(p))]
    ref = tex(p)
    if ok:
        return zb(q, steps, rng.choice([plain(p), dec(p * 100) + "%", "%s分之%s" % (zh(p.denominator), zh(p.numerator)),
                                        dec(p)]), ref, True, "prob_forms_zh", "math_zh_like", ans_tex=tex(p))
    steps[1] = "每一种结果的概率都是 1/%d。" % (2 ** n)
    steps[2] = "所以概率为 1/%d。" % (2 ** n)
    return zb(q, steps, "1/%d" % (2 ** n), ref, False, "forgot_binomial_zh", "math_zh_like")


def zh_shop(rng, ok):
    nm = rng.choice(XING)
    p1, n1, p2, n2 = rng.randint(3, 9), rng.randint(2, 6), rng.randint(10, 25), rng.randint(1, 3)
    tot = p1 * n1 + p2 * n2
    ch = 100 - tot
    q = "%s买了 %d 支笔，每支 %d 元，又买了 %d 本书，每本 %d 元。%s付了 100 元，应找回多少元？" % (nm, n1, p1, n2, p2, nm)
    steps = ["笔的总价：%d × %d = %d（元）。" % (n1, p1, n1 * p1), "书的总价：%d × %d = %d（元）。" % (n2, p2, n2 * p2),
             "一共花了 %d + %d = %d（元）。" % (n1 * p1, n2 * p2, tot), "应找回 100 - %d = %d（元）。" % (tot, ch)]
    ref = rng.choice([str(ch), "%d元" % ch])
    if ok:
        return zb(q, steps, rng.choice(["%d 元" % ch, "%s元" % zh(ch), "%d" % ch, "找回%d元" % ch]), ref, True,
                  "yuan_forms", checks=["验算：%d + %d = 100。" % (tot, ch)])
    return zb(q, steps[:3] + ["所以答案是 %d 元。" % tot], "%d 元" % tot, ref, False, "answered_total_zh")


GENS = [(jitu, 7), (gongcheng, 6), (zh_quad, 6), (zh_arith, 6), (zh_prob, 6), (zh_shop, 6)]

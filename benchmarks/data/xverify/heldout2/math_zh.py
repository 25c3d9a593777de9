"""Chinese math families (gsm8k/math style) with consistent slips and near misses."""
from fractions import Fraction
from styles import ftex, par, il, dm, lin, cn_num


def Z(dataset, q, ref, gist, steps, check, final, say, wrong, wrong_path, label, ex):
    return dict(dataset=dataset, type="math", lang="zh", q=q, ref=ref, gist=gist, steps=steps, think_extra=ex,
                check=check, final=final, say=say, wrong=wrong, wrong_path=wrong_path, label=label)


def dfz(x):
    x = Fraction(x)
    return str(x.numerator) if x.denominator == 1 else ("%.4f" % float(x)).rstrip("0")


def jitu(rng, mode):
    c, r = rng.randint(8, 40), rng.randint(5, 30)
    while c == r:
        r = rng.randint(5, 30)
    H, L = c + r, 2 * c + 4 * r
    animals = rng.choice([("鸡", "兔", 2, 4, "只"), ("鸵鸟", "羊", 2, 4, "只")])
    a1, a2 = animals[0], animals[1]
    ask_both = rng.random() < 0.5
    q = "笼子里有若干只%s和%s，从上面数共有 %d 个头，从下面数共有 %d 只脚。%s" % (a1, a2, H, L, "%s和%s各有多少只？" % (a1, a2) if ask_both else "%s有多少只？" % a2)
    ref = ("%s%d只，%s%d只" % (a1, c, a2, r)) if ask_both else str(r)
    ex = ("经典的鸡兔同笼问题。已知：头共 %d 个，脚共 %d 只；每只%s 2 只脚，每只%s 4 只脚。可以用假设法：假设全是%s，脚数会少，差出来的脚数除以每只相差的 2 只脚，就是%s的数量。"
          "也可以列方程组：设%s x 只、%s y 只，则 %s，%s。两种方法应该得到同样的结果，我先用假设法。") % (
        H, L, a1, a2, a1, a2, a1, a2, il(rng, "x + y = %d" % H), il(rng, "2x + 4y = %d" % L))
    L2 = 2 * H
    diff = L - L2 + (rng.choice([-4, 4]) if mode == "slip" else 0)
    rr = Fraction(diff, 2)
    cc = H - rr
    steps = [("假设全部是%s" % a1, "如果 %d 只全是%s，共有脚 %s 只。" % (H, a1, il(rng, "%d \\times 2 = %d" % (H, L2)))),
             ("计算脚数差", "实际比假设多出 %s 只脚。" % il(rng, "%d - %d = %d" % (L, L2, diff))),
             ("求%s的数量" % a2, "每只%s比%s多 2 只脚，所以%s有 %s 只。" % (a2, a1, a2, il(rng, "%d \\div 2 = %s" % (diff, ftex(rr))))),
             ("求%s的数量" % a1, dm(rng, "%d - %s = %s" % (H, ftex(rr), ftex(cc))))]
    label = "Correct" if (rr, cc) == (r, c) else "Incorrect"
    check = "脚数：%s，与题目一致。" % il(rng, "%d \\times 2 + %d \\times 4 = %d + %d = %d" % (c, r, 2 * c, 4 * r, L))
    if label == "Incorrect":
        check = None
    if ask_both:
        final = "%s%s只，%s%s只" % (a1, ftex(cc), a2, ftex(rr))
        if mode == "near":
            final, label, check = "%s%d只，%s%d只" % (a1, r, a2, c), "Incorrect", None
            steps.append(("写出结论", "所以%s有 %d 只，%s有 %d 只。" % (a1, r, a2, c)))
        if mode == "alt":
            final = "%s%s只，%s%s只" % (a2, cn_num(r), a1, cn_num(c))
    else:
        final = "%s只" % ftex(rr)
        if mode == "near":
            final, label, check = "%d只" % c, "Incorrect", None
            steps.append(("写出结论", "题目问的数量是 %d 只。" % c))
        if mode == "alt":
            final = rng.choice(["%s只%s" % (cn_num(r), a2), "%s = %d" % (a2, r)])
    say = "答案是" + final
    return Z("gsm8k_zh_like", q, ref, "求出%s和%s的数量" % (a1, a2), steps, check, "\\text{%s}" % final if not final[0].isdigit() else final, say,
             "\\text{%s%d只，%s%d只}" % (a1, r, a2, c), "把两种动物的数量对调", label, ex)


def gongcheng(rng, mode):
    a, b = rng.choice([(6, 12), (10, 15), (4, 6), (12, 18), (8, 12), (5, 20), (9, 18), (6, 9), (15, 10)])
    ans = Fraction(a * b, a + b)
    q = "一项工程，甲队单独做需要 %d 天完成，乙队单独做需要 %d 天完成。两队合作，需要多少天完成？" % (a, b)
    ref = dfz(ans) if dfz(ans) and ans.denominator in (1, 2, 4, 5) else ftex(ans)
    if mode == "slip":
        rate = Fraction(2, a + b)
        s1 = "两队合作的工作效率是 %s。" % il(rng, "\\frac{1}{%d} + \\frac{1}{%d} = \\frac{2}{%d}" % (a, b, a + b))
    else:
        rate = Fraction(1, a) + Fraction(1, b)
        s1 = "两队合作的工作效率是 %s。" % il(rng, "\\frac{1}{%d} + \\frac{1}{%d} = %s" % (a, b, ftex(rate)))
    val = 1 / rate
    steps = [("设工作总量为 1", "甲队每天完成 %s，乙队每天完成 %s。" % (il(rng, "\\frac{1}{%d}" % a), il(rng, "\\frac{1}{%d}" % b))),
             ("求合作效率", s1), ("求合作时间", dm(rng, "1 \\div %s = %s \\text{（天）}" % (ftex(rate), ftex(val))))]
    label = "Correct" if val == ans else "Incorrect"
    check = "%s 天内甲完成 %s，乙完成 %s，合计 %s。" % (il(rng, ftex(ans)), il(rng, ftex(ans / a)), il(rng, ftex(ans / b)), il(rng, ftex(ans / a + ans / b)))
    if label == "Incorrect":
        check = None
    final, say = ftex(val) + "\\text{ 天}", "两队合作需要 %s 天" % il(rng, ftex(val))
    if mode == "alt":
        w, r = divmod(ans.numerator, ans.denominator)
        final = (dfz(ans) + "\\text{ 天}") if ans.denominator in (2, 4, 5) else (("%d\\frac{%d}{%d}" % (w, r, ans.denominator)) if r else "%d\\text{天}" % w)
        say = "合作需要 %s 天" % il(rng, final)
    from math import lcm
    ex = ("这是工程问题。已知甲单独 %d 天完成、乙单独 %d 天完成，求合作天数。常用方法是把总工作量看成单位“1”，甲的效率是 %s，乙的效率是 %s。"
          "也可以把总量设成 %d 份（%d 和 %d 的最小公倍数），让效率变成整数。" % (a, b, il(rng, "\\frac{1}{%d}" % a), il(rng, "\\frac{1}{%d}" % b), lcm(a, b), a, b)
          + ("合作时效率相加，再用总量除以合作效率。" if mode != "slip" else "合作时两队效率合起来算。"))
    return Z("gsm8k_zh_like", q, ref, "求两队合作完成工程的天数", steps, check, final, say, ftex(Fraction(a + b, 2)),
             "取两队天数的平均值", label, ex)


def quad_zh(rng, mode):
    while True:
        r1, r2 = rng.randint(-9, 9), rng.randint(-9, 9)
        if r1 and r2 and r1 != r2 and r1 != -r2 and min(r1, r2) < 0 < max(r1, r2):
            break
    B, C = -(r1 + r2), r1 * r2
    eq = lin([1, B, C], ["x^2", "x", ""]) + " = 0"
    lo, hi = sorted([r1, r2])
    q = rng.choice(["解方程：$%s$。", "求方程 $%s$ 的所有实数根。"]) % eq
    ref = rng.choice(["x_1=%d, x_2=%d", "%d, %d", "x=%d 或 x=%d"]) % (lo, hi)
    sg = -1 if mode == "slip" else 1
    D = B * B - 4 * C
    k = abs(r1 - r2)
    x1, x2 = Fraction(sg * -B + k, 2), Fraction(sg * -B - k, 2)
    steps = [("确定系数", "%s。" % il(rng, "a = 1,\\ b = %d,\\ c = %d" % (B, C))),
             ("计算判别式", dm(rng, "\\Delta = b^2 - 4ac = %d - %s = %d = %d^2" % (B * B, par(4 * C), D, k))),
             ("代入求根公式", dm(rng, "x = \\frac{%sb \\pm \\sqrt{\\Delta}}{2a} = \\frac{%d \\pm %d}{2}" % ("-" if mode != "slip" else "", sg * -B, k))),
             ("求出两根", dm(rng, "x_1 = %s,\\quad x_2 = %s" % (ftex(x1), ftex(x2))))]
    label = "Correct" if sorted([x1, x2]) == [lo, hi] else "Incorrect"
    check = "代入检验：%s，%s。" % (il(rng, "(%s)^2 + %s \\cdot (%s) + %s = 0" % (r1, par(B), r1, par(C))),
                                   il(rng, "(%s)^2 + %s \\cdot (%s) + %s = 0" % (r2, par(B), r2, par(C))))
    if label == "Incorrect":
        check = None
    l2, h2 = sorted([x1, x2])
    final, say = "x_1 = %s,\\ x_2 = %s" % (ftex(l2), ftex(h2)), "方程的解为 %s 或 %s" % (il(rng, "x = " + ftex(l2)), il(rng, "x = " + ftex(h2)))
    if mode == "alt":
        final = rng.choice(["x = %d \\text{ 或 } x = %d" % (hi, lo), "\\{%d,\\ %d\\}" % (hi, lo), "x = %d,\\ x = %d" % (hi, lo)])
        say = "方程的两个根是 %s 和 %s" % (il(rng, str(hi)), il(rng, str(lo)))
    elif mode == "near":
        steps.append(("取舍", "题目求的是方程的根，负根舍去，所以 %s。" % il(rng, "x = %d" % hi)))
        final, say, label, check = "x = %d" % hi, "方程的解为 %s" % il(rng, "x = %d" % hi), "Incorrect", None
    ex = "这是一元二次方程，最常用的方法有因式分解（十字相乘）、配方法和求根公式。判别式可以先判断根的情况。" + "可以先试试十字相乘：两数之积为 %d、之和为 %d……%s。为保险起见再用求根公式。" % (C, B, "是 %d 和 %d" % (-r1, -r2) if mode != "slip" else "一下子没看出来")
    return Z("math_zh_like", q, ref, "解一元二次方程", steps, check, final, say, "x = %d" % hi, "只保留正根", label, ex)


def ineq_zh(rng, mode):
    p = rng.randint(-6, 5)
    qq = p + rng.randint(2, 8)
    op = rng.choice([">=", "<=", ">", "<"])
    T = {">=": "\\geq", "<=": "\\leq", ">": ">", "<": "<"}
    co = [1, -(p + qq), p * qq]
    q = "解不等式 $%s %s 0$，并用区间表示解集。" % (lin(co, ["x^2", "x", ""]), T[op])
    out, cl = op in (">=", ">"), op in (">=", "<=")

    def iv(o, c):
        if o:
            return "(-\\infty, %d%s \\cup %s%d, +\\infty)" % (p, "]" if c else ")", "[" if c else "(", qq)
        return "%s%d, %d%s" % ("[" if c else "(", p, qq, "]" if c else ")")
    o2 = (not out) if mode == "slip" else out
    c2 = (not cl) if mode == "near" else cl
    fx = lambda r: "x" if r == 0 else "(x %s %d)" % ("-" if r > 0 else "+", abs(r))
    steps = [("因式分解", dm(rng, "%s = %s%s" % (lin(co, ["x^2", "x", ""]), fx(p), fx(qq)))),
             ("求临界点", "令其等于 0，得 %s，%s。" % (il(rng, "x = %d" % p), il(rng, "x = %d" % qq))),
             ("判断符号", "抛物线开口向上，两根之间函数值%s，两根之外函数值%s。" % (("为正", "为负") if mode == "slip" else ("为负", "为正"))),
             ("写出解集", "端点%s。所以解集为 %s。" % ("取到" if c2 else "取不到", il(rng, iv(o2, c2))))]
    label = "Correct" if (o2, c2) == (out, cl) else "Incorrect"
    check = "取 %s 检验：%s，%s原不等式。" % (il(rng, "x = %d" % (qq + 1)), il(rng, "(%d)(1) = %d" % (qq + 1 - p, qq + 1 - p)), "满足" if out else "不满足")
    if label == "Incorrect":
        check = None
    final, say = iv(o2, c2), "解集为 %s" % il(rng, iv(o2, c2))
    if mode == "alt":
        le, ge = ("\\leq", "\\geq") if cl else ("<", ">")
        final = ("\\{x \\mid x %s %d \\text{ 或 } x %s %d\\}" % (le, p, ge, qq)) if out else ("\\{x \\mid %d %s x %s %d\\}" % (p, le, le, qq))
        say = "解集为 %s" % il(rng, final)
    ex = ("一元二次不等式三步走：因式分解、找根、看开口方向定区间。二次项系数为 1，开口向上。不等号是“%s”，%s端点。"
          "最后用区间表示，负无穷和正无穷那一端一定是开区间。" % (T[op], "包含" if cl else "不包含"))
    return Z("math_zh_like", q, iv(out, cl), "解一元二次不等式", steps, check, final, say, iv(out, not cl), "把端点的开闭弄反", label, ex)


def discount(rng, mode):
    cost = rng.choice([80, 120, 150, 200, 240, 300, 360, 400])
    p = rng.choice([25, 40, 50, 60, 75])
    k = rng.choice([7, 8, 9])
    tag = Fraction(cost) * (100 + p) / 100
    sell = tag * k / 10
    ans = sell - cost
    item = rng.choice(["一件衬衫", "一台电风扇", "一双运动鞋", "一个书包", "一套茶具"])
    q = "商店以每件 %d 元的进价购进%s，按进价提高 %d%% 标价，后来打%s折出售。卖出一件可获利多少元？" % (cost, item, p, cn_num(k))
    if mode == "slip":
        net = p - (10 - k) * 10
        sv = Fraction(cost) * (100 + net) / 100
        steps = [("合并百分比", "提高 %d%%，打%s折相当于降低 %d%%，合起来相当于在进价基础上提高 %s。" % (p, cn_num(k), (10 - k) * 10, il(rng, "%d\\%%" % net))),
                 ("求售价", dm(rng, "%d \\times %s = %s \\text{（元）}" % (cost, dfz(Fraction(100 + net, 100)), dfz(sv))))]
    else:
        sv = sell
        steps = [("求标价", dm(rng, "%d \\times (1 + %d\\%%) = %s \\text{（元）}" % (cost, p, dfz(tag)))),
                 ("求售价", "打%s折即按标价的 %d%% 出售：%s。" % (cn_num(k), k * 10, il(rng, "%s \\times 0.%d = %s" % (dfz(tag), k, dfz(sell)))))]
    val = sv - cost
    steps.append(("求利润", dm(rng, "%s - %d = %s \\text{（元）}" % (dfz(sv), cost, dfz(val)))))
    label = "Correct" if val == ans else "Incorrect"
    check = "利润率 %s，合理。" % il(rng, "%s \\div %d = %s\\%%" % (dfz(ans), cost, dfz(ans / cost * 100)))
    if label == "Incorrect":
        check = None
    final, say = dfz(val) + "\\text{ 元}", "每件获利 %s 元" % dfz(val)
    if mode == "alt":
        final = rng.choice([dfz(ans), "%s\\text{元}" % dfz(ans)]) if ans.denominator > 1 else rng.choice(["\\text{%s元}" % cn_num(int(ans)), "%d" % ans])
        say = "卖出一件获利 %s 元" % dfz(ans)
    ex = "先算标价，再算打折后的售价，最后减去进价。注意“打几折”是乘以十分之几，提价和打折是连乘，不能直接加减百分比。" if mode != "slip" else "提价和打折都是百分比变化，可以合并处理。"
    return Z("gsm8k_zh_like", q, dfz(ans), "求打折销售的利润", steps, check, final, say, dfz(Fraction(cost) * (p - (10 - k) * 10) / 100),
             "把提价和折扣的百分比直接相加减", label, ex)


def series_zh(rng, mode):
    a, d, n = rng.randint(1, 12), rng.randint(2, 7), rng.randint(12, 40)
    l = a + (n - 1) * d
    S = n * (a + l) // 2 if n * (a + l) % 2 == 0 else None
    if S is None:
        n += 1
        l = a + (n - 1) * d
        S = n * (a + l) // 2
    q = "等差数列 $%d, %d, %d, \\ldots, %d$ 的所有项之和是多少？" % (a, a + d, a + 2 * d, l)
    nn = n - 1 if mode == "near" else n
    prod = nn * (a + l) + (rng.choice([-20, 20]) if mode == "slip" else 0)
    val = Fraction(prod, 2)
    steps = [("求项数", dm(rng, "n = \\frac{%d - %d}{%d}%s = %d" % (l, a, d, " + 1" if mode != "near" else "", nn))),
             ("代入求和公式", dm(rng, "S_n = \\frac{n(a_1 + a_n)}{2} = \\frac{%d \\times %d}{2} = \\frac{%d}{2} = %s" % (nn, a + l, prod, ftex(val))))]
    label = "Correct" if val == S else "Incorrect"
    check = "首末项平均数为 %s，乘以项数 %d 得 %d，一致。" % (il(rng, ftex(Fraction(a + l, 2))), n, S)
    if label == "Incorrect":
        check = None
    final, say = ftex(val), "这个数列的和为 %s" % ftex(val)
    if mode == "alt":
        final = rng.choice(["\\text{%s}" % cn_num(S), "S_{%d} = %d" % (n, S)])
        say = "所有项之和为 %s（即 %d）" % (cn_num(S), S)
    ex = "已知首项 %d，公差 %d，末项 %d。" % (a, d, l) + "等差数列求和：项数 × (首项 + 末项) ÷ 2。项数 = (末项 − 首项) ÷ 公差" + (" + 1，别忘了加 1。" if mode != "near" else "。")
    return Z("math_zh_like", q, str(S), "求等差数列的和", steps, check, final, say, ftex(Fraction((n - 1) * (a + l), 2)), "项数少算一项", label, ex)


def xiangyu(rng, mode):
    v1, v2 = rng.choice([40, 45, 50, 60, 70, 80]), rng.choice([30, 35, 55, 65, 75, 90])
    t = rng.choice([Fraction(3, 2), Fraction(5, 2), Fraction(9, 4), Fraction(7, 4), Fraction(12, 5), Fraction(11, 4)])
    D = (v1 + v2) * t
    if D.denominator != 1:
        t, D = Fraction(2), Fraction(2 * (v1 + v2))
    q = "甲、乙两地相距 %s 千米。一辆客车从甲地、一辆货车从乙地同时出发相向而行，客车每小时行 %d 千米，货车每小时行 %d 千米。经过多少小时两车相遇？" % (dfz(D), v1, v2)
    steps = [("求速度和", "相向而行，速度和为 %s 千米/时。" % il(rng, "%d + %d = %d" % (v1, v2, v1 + v2))),
             ("求相遇时间", dm(rng, "%s \\div %d = %s \\text{（小时）}" % (dfz(D), v1 + v2, dfz(t))))]
    val, label = t, "Correct"
    final = dfz(t) + "\\text{ 小时}"
    w, fr = divmod(t, 1)
    mins = int(fr * 60)
    if mode in ("near", "slip") and fr:
        bad = int(fr * 100)
        steps.append(("换算", "%s 小时就是 %d 小时 %d 分钟。" % (dfz(t), w, bad)))
        final, label = "%d\\text{ 小时 } %d\\text{ 分钟}" % (w, bad), "Incorrect"
    elif mode in ("near", "slip"):
        steps[0] = ("求速度差", "两车速度差为 %s 千米/时。" % il(rng, "%d - %d = %d" % (max(v1, v2), min(v1, v2), abs(v1 - v2))))
        bt = D / abs(v1 - v2)
        steps[1] = ("求相遇时间", dm(rng, "%s \\div %d = %s \\text{（小时）}" % (dfz(D), abs(v1 - v2), ftex(bt))))
        final, label = ftex(bt) + "\\text{ 小时}", "Incorrect"
    check = "%s 小时内客车行 %s 千米，货车行 %s 千米，合计 %s 千米。" % (dfz(t), dfz(v1 * t), dfz(v2 * t), dfz(D)) if label == "Correct" else None
    say = "经过 %s 两车相遇" % il(rng, final)
    if mode == "alt":
        final = ("%d\\text{ 小时 } %d\\text{ 分钟}" % (w, mins)) if fr else rng.choice(["\\text{%s小时}" % cn_num(int(t)), "%d\\,\\mathrm{h}" % t])
        say = "两车经过 %s 相遇" % il(rng, final)
    ex = ("相遇问题：两车相向而行，每小时两车之间的距离缩短“速度和”那么多，所以路程 ÷ 速度和 = 相遇时间。已知路程 %s 千米，速度分别为 %d 和 %d 千米/时。" % (dfz(D), v1, v2)) if (
        mode not in ("near", "slip") or fr) else "两车行驶的问题，用路程除以两车的速度差来求时间。已知路程 %s 千米。" % dfz(D)
    return Z("gsm8k_zh_like", q, dfz(t), "求两车相遇所需的时间", steps, check, final, say, "%d\\text{ 小时 } %d\\text{ 分钟}" % (w, int(fr * 100)) if fr else ftex(D / abs(v1 - v2)),
             "把小数小时直接当作分钟数" if fr else "用速度差去除路程", label, ex)


def mo_qiu(rng, mode):
    r, b = rng.randint(3, 7), rng.randint(2, 6)
    n = r + b
    ans = Fraction(r * (r - 1), n * (n - 1))
    q = "一个袋子里有 %d 个红球和 %d 个白球，它们除颜色外完全相同。从中不放回地依次摸出 2 个球，两个都是红球的概率是多少？（用最简分数表示）" % (r, b)
    if mode == "slip":
        val = Fraction(r * r, n * n)
        steps = [("第一次摸到红球", "概率 %s。" % il(rng, "\\frac{%d}{%d}" % (r, n))), ("第二次摸到红球", "概率仍为 %s。" % il(rng, "\\frac{%d}{%d}" % (r, n))),
                 ("相乘", dm(rng, "\\frac{%d}{%d} \\times \\frac{%d}{%d} = %s" % (r, n, r, n, ftex(val))))]
    else:
        val = ans
        steps = [("第一次摸到红球", "概率 %s。" % il(rng, "\\frac{%d}{%d}" % (r, n))),
                 ("第二次摸到红球", "第一次摸走一个红球后，剩下 %d 个球，其中红球 %d 个，概率 %s。" % (n - 1, r - 1, il(rng, "\\frac{%d}{%d}" % (r - 1, n - 1)))),
                 ("相乘并约分", dm(rng, "\\frac{%d}{%d} \\times \\frac{%d}{%d} = \\frac{%d}{%d} = %s" % (r, n, r - 1, n - 1, r * (r - 1), n * (n - 1), ftex(ans))))]
    label = "Correct" if val == ans else "Incorrect"
    check = "用组合数验证：%s。" % il(rng, "\\frac{C_{%d}^{2}}{C_{%d}^{2}} = \\frac{%d}{%d} = %s" % (r, n, r * (r - 1) // 2, n * (n - 1) // 2, ftex(ans)))
    if label == "Incorrect":
        check = None
    final, say = ftex(val), "两个都是红球的概率为 %s" % il(rng, ftex(val))
    if mode == "alt":
        final = rng.choice(["%d/%d" % (ans.numerator, ans.denominator), "P = %s" % ftex(ans, "\\dfrac")])
        say = "所求概率是 %s" % il(rng, final)
    elif mode == "near":
        steps.append(("化为小数", "%s。" % il(rng, "%s \\approx %.2f" % (ftex(ans), float(ans)))))
        final, say, label, check = "%.2f" % float(ans), "概率约为 %.2f" % float(ans), "Incorrect", None
        if Fraction("%.2f" % float(ans)) == ans:
            return mo_qiu(rng, "slip")
    ex = ("袋中共有 %d 个球，其中红球 %d 个。" % (n, r)) + ("不放回摸球，第二次的概率会变化。可以用分步乘法，也可以用组合数，两种方法互相验证。" if mode != "slip" else "两次摸球，每次摸到红球的概率相乘。")
    return Z("math_zh_like", q, ftex(ans), "求不放回摸球的概率", steps, check, final, say, ftex(Fraction(r * r, n * n)), "按有放回的情况计算", label, ex)

"""Families: series, lines, circles, bases, cubic extrema, word problems."""
from fractions import Fraction
from common import F, ftex, fplain, fdec, poly, S, distinct, par, simp_sqrt, sqrt_tex, signed


def series(r):
    k = r.randint(0, 2)
    if k == 0:
        a1, d, n = r.randint(-5, 12), r.choice([2, 3, 4, 5, 7, -2, -3]), r.randint(10, 40)
        an = a1 + (n - 1) * d
        v = n * (a1 + an) // 2
        q_en = f"Find the sum of the first {n} terms of the arithmetic sequence with first term {a1} and common difference {d}."
        q_zh = f"等差数列首项为 {a1}，公差为 {d}，求前 {n} 项和。"
        st = [S(f"Last term: «a_{{{n}}} = {a1} + {n - 1}\\cdot{par(d)} = {an}».", f"第 {n} 项：«a_{{{n}}} = {an}»。"),
              S(f"==S_{{{n}}} = \\frac{{{n}({a1} + {par(an)})}}{{2}} = {v}")]
        ans, wrong = str(v), distinct([str(v - an), str((n - 1) * (a1 + an - d) // 2), str(v + d), str(v + 1)], [str(v)])
        alt = [f"S_{{{n}}} = {v}", f"{v}.0"]
    elif k == 1:
        a1, q, n = r.randint(1, 5), r.choice([2, 3, -2]), r.randint(5, 9)
        v = a1 * (q ** n - 1) // (q - 1)
        q_en = f"A geometric sequence has first term {a1} and ratio {q}. Find the sum of its first {n} terms."
        q_zh = f"等比数列首项为 {a1}，公比为 {q}，求前 {n} 项和。"
        st = [S(f"==S_{{{n}}} = \\frac{{{a1}\\left(({q})^{{{n}}} - 1\\right)}}{{{q} - 1}}"),
              S(f"«({q})^{{{n}}} = {q ** n}», so «S_{{{n}}} = {v}».", f"«({q})^{{{n}}} = {q ** n}»，故 «S_{{{n}}} = {v}»。")]
        ans = str(v)
        wrong = distinct([str(a1 * (q ** (n + 1) - 1) // (q - 1)), str(v - a1 * q ** (n - 1)), str(v + 1)], [ans])
        alt = [f"S_{{{n}}} = {v}", f"\\frac{{{a1}(({q})^{{{n}}}-1)}}{{{q - 1}}} = {v}"]
    else:
        a1, rr = r.randint(2, 12), F(r.choice([1, 2, 1, 3]), r.choice([3, 4, 5]))
        if rr >= 1:
            rr = F(1, 2)
        if r.random() < 0.4:
            rr = -rr
        v = F(a1) / (1 - rr)
        q_en = f"Find the sum of the infinite geometric series with first term {a1} and common ratio ${ftex(rr)}$."
        q_zh = f"求首项为 {a1}、公比为 ${ftex(rr)}$ 的无穷等比级数的和。"
        st = [S(f"Since «|r| < 1» the series converges: «S = \\frac{{a}}{{1 - r}}».", f"«|r| < 1»，级数收敛：«S = \\frac{{a}}{{1 - r}}»。"),
              S(f"==S = \\frac{{{a1}}}{{1 - ({ftex(rr)})}} = {ftex(v)}")]
        ans = ftex(v)
        alt = [fplain(v)] + ([fdec(v)] if fdec(v) and v.denominator != 1 else [f"S = {ftex(v)}"])
        wrong = distinct([ftex(F(a1) / (1 + rr)), ftex(v + 1), ftex(v * rr), ftex(v - F(1, 2))], [ans])
    steps = [S("Identify the first term, the ratio or difference, and the number of terms.", "先确定首项、公比或公差以及项数。")] + st + \
            [S(f"Therefore the sum is «{ans}».", f"因此和为 «{ans}»。")]
    return dict(ds="math_like", q_en=q_en, q_zh=q_zh, ans=ans, alt=alt, wrong=wrong, steps=steps,
                slip=(S(f"Therefore the sum is «{wrong[0]}».", f"因此和为 «{wrong[0]}»。"), wrong[0]),
                check=("Check: adding the first few terms by hand is consistent with the formula.", "检验：手算前几项与公式一致。"),
                pit=("Count the terms carefully; n versus n-1 is the classic slip.", "项数要数清楚，n 与 n-1 常混。"))


def line(r):
    while True:
        p = (r.randint(-6, 6), r.randint(-6, 6))
        q = (r.randint(-6, 6), r.randint(-6, 6))
        if p[0] != q[0] and p[1] != q[1]:
            break
    m = F(q[1] - p[1], q[0] - p[0])
    c = p[1] - m * p[0]
    A, B = m.denominator * m.numerator, m.denominator
    A, B, C = m.numerator, -m.denominator, c * m.denominator
    if A < 0:
        A, B, C = -A, -B, -C
    C = Fraction(C)
    mt = ftex(m)
    mx = ("x" if m == 1 else "-x" if m == -1 else f"{mt}x")
    ct = "" if c == 0 else (f" + {ftex(c)}" if c > 0 else f" - {ftex(-c)}")
    ans = f"y = {mx}{ct}"
    std = f"{'' if A == 1 else A}x {'-' if B < 0 else '+'} {'' if abs(B) == 1 else abs(B)}y {'+' if C >= 0 else '-'} {ftex(abs(C))} = 0"
    alt = [std, f"y {'-' if p[1] >= 0 else '+'} {abs(p[1])} = {mt}(x {'-' if p[0] >= 0 else '+'} {abs(p[0])})"]
    mi = 1 / m
    ci = p[1] - mi * p[0]
    w1 = f"y = {ftex(mi)}x{'' if ci == 0 else (f' + {ftex(ci)}' if ci > 0 else f' - {ftex(-ci)}')}"
    w2 = f"y = {mx}{'' if c + 1 == 0 else (f' + {ftex(c + 1)}' if c + 1 > 0 else f' - {ftex(-(c + 1))}')}"
    w3 = f"y = {ftex(-m)}x{ct}"
    wrong = distinct([w1, w2, w3], [ans])
    steps = [S(f"Slope: «m = \\frac{{{q[1]} - {par(p[1])}}}{{{q[0]} - {par(p[0])}}} = {mt}».", f"斜率：«m = {mt}»。"),
             S(f"Point-slope: «y - {par(p[1])} = {mt}(x - {par(p[0])})».", f"点斜式：«y - {par(p[1])} = {mt}(x - {par(p[0])})»。"),
             S(f"Intercept: «b = {p[1]} - ({mt})({p[0]}) = {ftex(c)}», so «{ans}».", f"截距 «b = {ftex(c)}»，所以 «{ans}»。")]
    return dict(ds="math_like", q_en=f"Find the equation of the line through $({p[0]}, {p[1]})$ and $({q[0]}, {q[1]})$.",
                q_zh=f"求过点 $({p[0]}, {p[1]})$ 和 $({q[0]}, {q[1]})$ 的直线方程。", ans=ans, alt=alt, wrong=wrong, steps=steps,
                slip=(S(f"Slope taken as run over rise, giving «{w1}».", f"斜率误取为倒数，得 «{w1}»。"), w1),
                check=(f"Check: «({q[0]}, {q[1]})» satisfies the equation.", f"检验：点 «({q[0]}, {q[1]})» 满足方程。"),
                pit=("Slope is rise over run, not run over rise.", "斜率是纵坐标差除以横坐标差。"))


def circle(r):
    h, k = r.randint(-7, 7), r.randint(-7, 7)
    r2 = r.choice([r.randint(1, 10) ** 2, r.randint(2, 60)])
    D, E, Fc = -2 * h, -2 * k, h * h + k * k - r2
    eq = "x^2 + y^2" + (f" {'+' if D > 0 else '-'} {abs(D)}x" if D else "") + (f" {'+' if E > 0 else '-'} {abs(E)}y" if E else "") + (f" {'+' if Fc > 0 else '-'} {abs(Fc)}" if Fc else "") + " = 0"
    rt = sqrt_tex(r2)
    ans = f"\\text{{centre }} ({h}, {k}),\\ r = {rt}"
    alt = [f"(h, k) = ({h}, {k}),\\ \\text{{radius }} {rt}", f"\\text{{center }} ({h}, {k}),\\ \\text{{radius }} \\sqrt{{{r2}}}" if rt != f"\\sqrt{{{r2}}}" else f"\\text{{center }} ({h}, {k}),\\ \\text{{radius }} {r2}^{{1/2}}"]
    wrong = distinct([f"\\text{{centre }} ({-h}, {-k}),\\ r = {rt}", f"\\text{{centre }} ({h}, {k}),\\ r = {r2}",
                      f"\\text{{centre }} ({h}, {k}),\\ r = {sqrt_tex(r2 + 1)}"], [ans])
    steps = [S(f"Complete the square in x: «x^2 {signed(D)}x = (x {'-' if h >= 0 else '+'} {abs(h)})^2 - {h * h}».", f"对 x 配方：«(x {'-' if h >= 0 else '+'} {abs(h)})^2 - {h * h}»。"),
             S(f"In y: «y^2 {signed(E)}y = (y {'-' if k >= 0 else '+'} {abs(k)})^2 - {k * k}».", f"对 y 配方：«(y {'-' if k >= 0 else '+'} {abs(k)})^2 - {k * k}»。"),
             S(f"==(x {'-' if h >= 0 else '+'} {abs(h)})^2 + (y {'-' if k >= 0 else '+'} {abs(k)})^2 = {h * h} + {k * k} {signed(-Fc)} = {r2}"),
             S(f"Centre «({h}, {k})», radius «\\sqrt{{{r2}}} = {rt}».", f"圆心 «({h}, {k})»，半径 «\\sqrt{{{r2}}} = {rt}»。")]
    return dict(ds="math_like", q_en=f"Find the centre and radius of the circle ${eq}$.", q_zh=f"求圆 ${eq}$ 的圆心和半径。",
                ans=ans, alt=alt, wrong=wrong, steps=steps,
                slip=(S(f"Centre «({-h}, {-k})», radius «{rt}».", f"圆心 «({-h}, {-k})»，半径 «{rt}»。"), wrong[0]),
                check=(f"Check: expanding the completed-square form gives back the constant {Fc}.", f"检验：展开标准方程得常数项 {Fc}。"),
                pit=("The centre coordinates are the negatives of half the linear coefficients.", "圆心坐标是一次项系数一半的相反数。"))


def to_base(n, b):
    ds = ""
    while n:
        ds = "0123456789ABCDEF"[n % b] + ds
        n //= b
    return ds or "0"


def base(r):
    b = r.choice([2, 3, 5, 7, 8, 16])
    n = r.randint(40, 900)
    s = to_base(n, b)
    if r.random() < 0.5:
        ans = s
        alt = [f"{s}_{{{b}}}", f"({s})_{{{b}}}"]
        rev = s[::-1].lstrip("0") or "0"
        wrong = distinct([rev, to_base(n + 1, b), to_base(n - 1, b), to_base(n, b if b != 8 else 7)], [ans])
        divs, m = [], n
        while m:
            divs.append(f"{m} = {b}\\cdot {m // b} + {m % b}")
            m //= b
        steps = [S("Repeated division; remainders read from last to first give the digits.", "辗转相除，余数倒序排列即为各位数字。")] + \
                [S(f"=={d}") for d in divs[:6]] + [S(f"Reading the remainders upward: «{s}_{{{b}}}».", f"余数自下而上：«{s}_{{{b}}}»。")]
        qe, qz = f"Convert the decimal number {n} to base {b}.", f"把十进制数 {n} 化成 {b} 进制数。"
        slip = (S(f"Reading the remainders downward: «{rev}».", f"余数自上而下读：«{rev}»。"), rev)
    else:
        ans = str(n)
        alt = [f"{n}_{{10}}", f"({n})_{{10}}"]
        wrong = distinct([str(int(s[::-1], b)), str(n + b), str(n - 1), str(n + 1)], [ans])
        terms = " + ".join(f"{int(ch, 16)}\\cdot {b}^{{{len(s) - 1 - i}}}" for i, ch in enumerate(s))
        steps = [S("Expand by place value.", "按位权展开。"), S(f"=={s}_{{{b}}} = {terms}"), S(f"Summing gives «{n}».", f"求和得 «{n}»。")]
        qe, qz = f"Convert ${s}_{{{b}}}$ to base 10.", f"把 ${s}_{{{b}}}$ 化为十进制数。"
        slip = (S(f"Weighting the digits in the reversed order gives «{wrong[0]}».", f"位权顺序弄反，得 «{wrong[0]}»。"), wrong[0])
    return dict(ds="math_like", q_en=qe, q_zh=qz, ans=ans, alt=alt, wrong=wrong, steps=steps, slip=slip,
                check=("Check: converting back gives the original number.", "检验：再转换回去得到原数。"),
                pit=("Read the remainders from the last division back to the first.", "余数要从最后一次除法往回读。"))


def fac(p):
    return "x" if p == 0 else f"(x {'-' if p > 0 else '+'} {abs(p)})"


def cubic(r):
    while True:
        p, q = r.randint(-5, 5), r.randint(-5, 5)
        if p < q and (p + q) % 2 == 0:
            break
    a2, a1, a0 = -3 * (p + q) // 2, 3 * p * q, r.randint(-9, 9)
    f = lambda x: x ** 3 + a2 * x ** 2 + a1 * x + a0
    vmax, vmin = f(p), f(q)
    which = r.choice(["max", "min"])
    x0, v0, x1, v1 = (p, vmax, q, vmin) if which == "max" else (q, vmin, p, vmax)
    ans = f"x = {x0},\\ f({x0}) = {v0}"
    alt = [f"({x0}, {v0})", f"\\text{{at }} x = {x0} \\text{{ the value is }} {v0}"]
    wrong = distinct([f"x = {x1},\\ f({x1}) = {v1}", f"x = {x0},\\ f({x0}) = {v0 + 2}", f"x = {x0},\\ f({x0}) = {v1}"], [ans])
    fx = poly([1, a2, a1, a0])
    word, wz = ("maximum", "极大值") if which == "max" else ("minimum", "极小值")
    steps = [S(f"«f'(x) = {poly([3, 2 * a2, a1])} = 3{fac(p)}{fac(q)}».", f"«f'(x) = 3{fac(p)}{fac(q)}»。"),
             S(f"Critical points «x = {p}» and «x = {q}»; «f''(x) = {poly([6, 2 * a2])}».", f"驻点 «x = {p}»、«x = {q}»；«f''(x) = {poly([6, 2 * a2])}»。"),
             S(f"«f''({p}) = {6 * p + 2 * a2} < 0» (max), «f''({q}) = {6 * q + 2 * a2} > 0» (min).", f"«f''({p}) < 0» 为极大，«f''({q}) > 0» 为极小。"),
             S(f"«f({x0}) = {v0}».", f"«f({x0}) = {v0}»。")]
    return dict(ds="math_like", q_en=f"For $f(x) = {fx}$, find where the local {word} occurs and its value.",
                q_zh=f"已知 $f(x) = {fx}$，求其{wz}点及{wz}。", ans=ans, alt=alt, wrong=wrong, steps=steps,
                slip=(S(f"«f({x0}) = {v0 + 2}».", f"«f({x0}) = {v0 + 2}»。"), wrong[1]),
                check=(f"Check: f' changes sign at «x = {x0}» as expected.", f"检验：f' 在 «x = {x0}» 处变号。"),
                pit=("Do not mix up which critical point is the maximum.", "不要弄混哪个驻点是极大。"))


def gsm(r):
    k = r.randint(0, 3)
    nm = r.choice(["Marisol", "Tobias", "Ifeoma", "Dariusz", "Keiko", "Anselm"])
    zn = r.choice(["小芸", "阿杰", "林老师", "王阿姨"])
    if k == 0:
        boxes, per, price, sold = r.randint(4, 12), r.choice([6, 8, 12, 24]), r.randint(2, 9), r.randint(10, 30)
        tot = boxes * per
        left = tot - sold
        v = left * price
        q_en = f"{nm} buys {boxes} boxes of muffins with {per} muffins each. {nm} gives away {sold} muffins and sells the rest at ${price} each. How many dollars does {nm} earn?"
        q_zh = f"{zn}买了 {boxes} 盒松饼，每盒 {per} 个。送出 {sold} 个后，其余每个卖 {price} 元。一共能收入多少元？"
        st = [S(f"Total muffins: «{boxes}\\times{per} = {tot}».", f"松饼总数：«{boxes}\\times{per} = {tot}»。"),
              S(f"Left to sell: «{tot} - {sold} = {left}».", f"剩余：«{tot} - {sold} = {left}»。"),
              S(f"Revenue: «{left}\\times{price} = {v}».", f"收入：«{left}\\times{price} = {v}»。")]
        w = [str(tot * price), str((left + 1) * price), str(v - price)]
    elif k == 1:
        rate, hrs, days, bonus = r.randint(12, 30), r.randint(4, 9), r.randint(3, 6), r.choice([25, 40, 50, 75])
        v = rate * hrs * days + bonus
        q_en = f"{nm} earns ${rate} per hour, works {hrs} hours a day for {days} days, and gets a one-time ${bonus} bonus. What is the total pay in dollars?"
        q_zh = f"{zn}每小时挣 {rate} 元，每天工作 {hrs} 小时，共 {days} 天，另有一次性奖金 {bonus} 元。总收入多少元？"
        st = [S(f"Daily: «{rate}\\times{hrs} = {rate * hrs}».", f"每天：«{rate * hrs}»。"),
              S(f"Over {days} days: «{rate * hrs}\\times{days} = {rate * hrs * days}».", f"{days} 天：«{rate * hrs * days}»。"),
              S(f"Plus bonus: «{rate * hrs * days} + {bonus} = {v}».", f"加奖金：«{v}»。")]
        w = [str(rate * hrs * days), str(v + bonus), str(rate * hrs * (days - 1) + bonus)]
    elif k == 2:
        s1, t1, s2, t2 = r.randint(40, 70), r.randint(2, 4), r.randint(50, 90), r.randint(1, 3)
        v = s1 * t1 + s2 * t2
        q_en = f"{nm} drives {t1} hours at {s1} km/h and then {t2} hours at {s2} km/h. How many kilometres in total?"
        q_zh = f"{zn}以 {s1} 千米/时的速度开了 {t1} 小时，又以 {s2} 千米/时开了 {t2} 小时，一共行驶多少千米？"
        st = [S(f"First leg: «{s1}\\times{t1} = {s1 * t1}».", f"第一段：«{s1 * t1}»。"),
              S(f"Second leg: «{s2}\\times{t2} = {s2 * t2}».", f"第二段：«{s2 * t2}»。"),
              S(f"Total: «{v}».", f"合计：«{v}»。")]
        w = [str((s1 + s2) * (t1 + t2) // 2), str(s1 * t2 + s2 * t1), str(v + 10)]
    else:
        n, pc = r.randint(5, 25) * 40, r.choice([10, 20, 25, 40])
        got = n * pc // 100
        rest = n - got
        assert rest % 2 == 0
        v = rest // 2
        q_en = f"A library has {n} books. {pc}% are lent out, and half of the remaining books are moved to storage. How many books stay on the shelves?"
        q_zh = f"图书馆有 {n} 本书，借出 {pc}%，剩下的书有一半搬进仓库。书架上还剩多少本？"
        st = [S(f"Lent: «{pc}\\%\\times{n} = {got}».", f"借出：«{got}» 本。"), S(f"Remaining: «{n} - {got} = {rest}».", f"剩余：«{rest}» 本。"),
              S(f"Half to storage leaves «{v}».", f"一半入库后剩 «{v}» 本。")]
        w = [str(rest), str(n // 2 - got), str(v + got // 2)]
    ans = str(v)
    wrong = distinct(w + [str(v + 1), str(v - 2)], [ans])
    return dict(ds="gsm8k_like", q_en=q_en, q_zh=q_zh, ans=ans, alt=[f"{v:,}" if v >= 1000 else f"{v}.00", f"{v} \\text{{ in total}}"],
                wrong=wrong, steps=[S("Break the story into steps.", "把题目拆成几步。")] + st, slip=(S(f"So the result is «{wrong[0]}».", f"所以结果是 «{wrong[0]}»。"), wrong[0]),
                check=("Check: working backwards from the result reproduces the given numbers.", "检验：倒推回去与题目数据一致。"),
                pit=("Read which quantity is actually asked for.", "看清题目问的是哪个量。"))


FAMILIES = [series, line, circle, base, cubic, gsm]

"""Math problem templates (gsm8k_like and math_like), English and Chinese.

Each template returns a dict: q, v (Fraction, the true answer), steps (reasoning
reaching v), wv (a plausible wrong value), wsteps (reasoning reaching wv), money.
"""
from fractions import Fraction as F
from math import comb, perm
from common import T, EN_NAMES, ZH_NAMES, plain, dec


def _name(rng, lang):
    return rng.choice(ZH_NAMES if lang == "zh" else EN_NAMES)


def shop(rng, lang):
    n = _name(rng, lang)
    a, b = rng.randint(3, 9), rng.randint(2, 8)
    p, q = rng.randint(2, 9), rng.randint(3, 15)
    bill = 100 if a * p + b * q < 100 else 200
    cost = a * p + b * q
    v = bill - cost
    wcost = a * p + q
    qs = T(lang, f"{n} buys {a} notebooks that cost ${p} each and {b} pens that cost ${q} each. "
                 f"{n} pays with a ${bill} bill. How much change, in dollars, does {n} get back?",
           f"{n}买了{a}本笔记本，每本{p}元，又买了{b}支钢笔，每支{q}元。{n}付了{bill}元，应找回多少元？")
    def st(c, label_b):
        return [T(lang, f"The notebooks cost {a} x {p} = {a*p} dollars.", f"笔记本的费用是 {a} × {p} = {a*p} 元。"),
                T(lang, f"The pens cost {label_b} dollars.", f"钢笔的费用是 {label_b} 元。"),
                T(lang, f"Total spent: {a*p} + {c - a*p} = {c} dollars.", f"总共花费：{a*p} + {c - a*p} = {c} 元。"),
                T(lang, f"Change: {bill} - {c} = {bill - c} dollars.", f"找回：{bill} - {c} = {bill - c} 元。")]
    return dict(q=qs, v=F(v), steps=st(cost, f"{b} x {q} = {b*q}" if lang == "en" else f"{b} × {q} = {b*q}"),
                wv=F(bill - wcost), wsteps=st(wcost, f"{q}"), money=True)


def travel(rng, lang):
    n = _name(rng, lang)
    s1, t1, s2, t2 = rng.randint(40, 90), rng.randint(2, 5), rng.randint(20, 60), rng.randint(1, 4)
    if t2 == t1:
        t2 += 1
    v = s1 * t1 + s2 * t2
    wv = s1 * t1 + s2 * t1
    qs = T(lang, f"{n} drives at {s1} km per hour for {t1} hours, then at {s2} km per hour for {t2} hours. "
                 f"How many kilometers does {n} travel in total?",
           f"{n}先以每小时{s1}千米的速度行驶了{t1}小时，然后以每小时{s2}千米的速度行驶了{t2}小时。{n}一共行驶了多少千米？")
    def st(tt):
        return [T(lang, f"First part: {s1} x {t1} = {s1*t1} km.", f"第一段：{s1} × {t1} = {s1*t1} 千米。"),
                T(lang, f"Second part: {s2} x {tt} = {s2*tt} km.", f"第二段：{s2} × {tt} = {s2*tt} 千米。"),
                T(lang, f"Total: {s1*t1} + {s2*tt} = {s1*t1 + s2*tt} km.", f"合计：{s1*t1} + {s2*tt} = {s1*t1 + s2*tt} 千米。")]
    return dict(q=qs, v=F(v), steps=st(t2), wv=F(wv), wsteps=st(t1), money=False)


def savings(rng, lang):
    n = _name(rng, lang)
    k = rng.choice([3, 4, 5])
    w = rng.randint(3, 12) * k
    wk = rng.randint(5, 12)
    tot = w * wk
    v = tot - tot // k
    qs = T(lang, f"{n} saves ${w} every week for {wk} weeks. Then {n} spends 1/{k} of the savings on a gift. "
                 f"How many dollars does {n} have left?",
           f"{n}每周存{w}元，连续存了{wk}周。然后{n}用存款的1/{k}买了一件礼物。{n}还剩多少元？")
    base = [T(lang, f"Total saved: {w} x {wk} = {tot} dollars.", f"总共存了：{w} × {wk} = {tot} 元。"),
            T(lang, f"The gift costs {tot} / {k} = {tot//k} dollars.", f"礼物花费 {tot} ÷ {k} = {tot//k} 元。")]
    steps = base + [T(lang, f"Left: {tot} - {tot//k} = {v} dollars.", f"剩下：{tot} - {tot//k} = {v} 元。")]
    wsteps = base + [T(lang, f"So the amount in question is {tot//k} dollars.", f"所以所求的是 {tot//k} 元。")]
    return dict(q=qs, v=F(v), steps=steps, wv=F(tot // k), wsteps=wsteps, money=True)


def bakery(rng, lang):
    n = _name(rng, lang)
    d = rng.randint(4, 12)
    s, g = rng.randint(10, 12 * d // 2), rng.randint(2, 9)
    v = 12 * d - s - g
    wv = 12 * d - s + g
    qs = T(lang, f"{n} bakes {d} dozen cookies. {n} sells {s} of them and gives {g} to a neighbor. "
                 f"How many cookies are left?",
           f"{n}烤了{d}打饼干（每打12块）。{n}卖掉了{s}块，又送给邻居{g}块。还剩多少块饼干？")
    def st(sign):
        after = 12 * d - s
        fin = after - g if sign < 0 else after + g
        op = "-" if sign < 0 else "+"
        return [T(lang, f"{d} dozen = {d} x 12 = {12*d} cookies.", f"{d}打 = {d} × 12 = {12*d} 块。"),
                T(lang, f"After selling: {12*d} - {s} = {after}.", f"卖掉后：{12*d} - {s} = {after} 块。"),
                T(lang, f"After the neighbor: {after} {op} {g} = {fin}.", f"送给邻居后：{after} {op} {g} = {fin} 块。")]
    return dict(q=qs, v=F(v), steps=st(-1), wv=F(wv), wsteps=st(1), money=False)


def discount(rng, lang):
    n = _name(rng, lang)
    p = rng.randint(5, 30) * 2 + rng.choice([0, 1])
    r = rng.choice([10, 15, 20, 25, 30, 35])
    cnt = rng.randint(2, 6)
    unit = F(p) * (100 - r) / 100
    v = unit * cnt
    wv = F(p) * cnt - F(p) * r / 100
    qs = T(lang, f"A jacket costs ${p}. During a sale every jacket is {r}% off. {n} buys {cnt} jackets. "
                 f"How much does {n} pay in dollars?",
           f"一件夹克原价{p}元。促销期间每件降价{r}%。{n}买了{cnt}件，一共要付多少元？")
    steps = [T(lang, f"Discount per jacket: {r}% of {p} = {dec(F(p)*r/100)} dollars.",
               f"每件减价：{p} 的 {r}% = {dec(F(p)*r/100)} 元。"),
             T(lang, f"Sale price per jacket: {dec(unit)} dollars.", f"每件售价：{dec(unit)} 元。"),
             T(lang, f"For {cnt} jackets: {cnt} x {dec(unit)} = {dec(v)} dollars.",
               f"{cnt}件：{cnt} × {dec(unit)} = {dec(v)} 元。")]
    wsteps = [T(lang, f"Full price for {cnt} jackets: {cnt} x {p} = {cnt*p} dollars.", f"{cnt}件原价：{cnt} × {p} = {cnt*p} 元。"),
              T(lang, f"The discount is {r}% of {p} = {dec(F(p)*r/100)} dollars.", f"折扣是 {p} 的 {r}% = {dec(F(p)*r/100)} 元。"),
              T(lang, f"So {cnt*p} - {dec(F(p)*r/100)} = {dec(wv)} dollars.", f"所以 {cnt*p} - {dec(F(p)*r/100)} = {dec(wv)} 元。")]
    return dict(q=qs, v=v, steps=steps, wv=wv, wsteps=wsteps, money=True)


def ages(rng, lang):
    a, b = rng.sample(ZH_NAMES if lang == "zh" else EN_NAMES, 2)
    bb, k, y = rng.randint(4, 12), rng.randint(2, 4), rng.randint(3, 9)
    v, wv = k * bb + y, k * (bb + y)
    qs = T(lang, f"{b} is {bb} years old. {a} is {k} times as old as {b}. How old will {a} be in {y} years?",
           f"{b}今年{bb}岁，{a}的年龄是{b}的{k}倍。{y}年后{a}多少岁？")
    steps = [T(lang, f"{a}'s age now: {k} x {bb} = {k*bb}.", f"{a}现在的年龄：{k} × {bb} = {k*bb} 岁。"),
             T(lang, f"In {y} years: {k*bb} + {y} = {v}.", f"{y}年后：{k*bb} + {y} = {v} 岁。")]
    wsteps = [T(lang, f"In {y} years {b} will be {bb} + {y} = {bb+y}.", f"{y}年后{b}是 {bb} + {y} = {bb+y} 岁。"),
              T(lang, f"{a} is {k} times that: {k} x {bb+y} = {wv}.", f"{a}是他的{k}倍：{k} × {bb+y} = {wv} 岁。")]
    return dict(q=qs, v=F(v), steps=steps, wv=F(wv), wsteps=wsteps, money=False)


def reading(rng, lang):
    n = _name(rng, lang)
    r, d, r2, m = rng.randint(10, 25), rng.randint(2, 6), rng.randint(15, 40), rng.randint(3, 9)
    N = r * d + r2 * m
    v, wv = d + m, m
    qs = T(lang, f"A book has {N} pages. {n} reads {r} pages a day for the first {d} days and then {r2} pages a day "
                 f"until finishing. How many days does it take {n} to finish the book?",
           f"一本书有{N}页。{n}前{d}天每天读{r}页，之后每天读{r2}页，直到读完。{n}一共用了多少天读完这本书？")
    base = [T(lang, f"First {d} days: {r} x {d} = {r*d} pages.", f"前{d}天：{r} × {d} = {r*d} 页。"),
            T(lang, f"Remaining: {N} - {r*d} = {N - r*d} pages.", f"剩下：{N} - {r*d} = {N - r*d} 页。"),
            T(lang, f"Days for the rest: {N - r*d} / {r2} = {m}.", f"剩余天数：{N - r*d} ÷ {r2} = {m} 天。")]
    steps = base + [T(lang, f"Total days: {d} + {m} = {v}.", f"总天数：{d} + {m} = {v} 天。")]
    wsteps = base + [T(lang, f"So it takes {m} days.", f"所以需要 {m} 天。")]
    return dict(q=qs, v=F(v), steps=steps, wv=F(wv), wsteps=wsteps, money=False)


def linear(rng, lang):
    while True:
        a, c = rng.randint(3, 9), rng.randint(1, 8)
        b, d = rng.randint(-9, 9), rng.randint(-9, 20)
        if a != c and d != b and (d + b) != 0 and F(d - b, a - c) != F(d + b, a - c):
            break
    v, wv = F(d - b, a - c), F(d + b, a - c)
    bs = f"+ {b}" if b >= 0 else f"- {-b}"
    ds = f"+ {d}" if d >= 0 else f"- {-d}"
    qs = T(lang, f"Solve for $x$: ${a}x {bs} = {c}x {ds}$.", f"解方程：${a}x {bs} = {c}x {ds}$，求 $x$。")
    def st(rhs):
        return [T(lang, f"Move the x terms to the left: {a}x - {c}x = {a-c}x.", f"把含 x 的项移到左边：{a}x - {c}x = {a-c}x。"),
                T(lang, f"Move the constants to the right: {a-c}x = {rhs}.", f"常数移到右边：{a-c}x = {rhs}。"),
                T(lang, f"Divide: x = {rhs}/{a-c} = {plain(F(rhs, a-c))}.", f"两边同除：x = {rhs}/{a-c} = {plain(F(rhs, a-c))}。")]
    return dict(q=qs, v=v, steps=st(d - b), wv=wv, wsteps=st(d + b), money=False)


def prob(rng, lang):
    r, b = rng.randint(2, 7), rng.randint(2, 7)
    n = r + b
    v = F(r * (r - 1) + b * (b - 1), n * (n - 1))
    wv = F(r * r + b * b, n * n)
    qs = T(lang, f"A bag contains {r} red marbles and {b} blue marbles. Two marbles are drawn at random without "
                 f"replacement. What is the probability that both marbles are the same color? Express your answer as a common fraction.",
           f"袋中有{r}个红球和{b}个蓝球，不放回地随机取出两个球。两个球颜色相同的概率是多少？（用最简分数表示）")
    steps = [T(lang, f"P(both red) = ({r}/{n})({r-1}/{n-1}) = {r*(r-1)}/{n*(n-1)}.", f"P(两红) = ({r}/{n})({r-1}/{n-1}) = {r*(r-1)}/{n*(n-1)}。"),
             T(lang, f"P(both blue) = ({b}/{n})({b-1}/{n-1}) = {b*(b-1)}/{n*(n-1)}.", f"P(两蓝) = ({b}/{n})({b-1}/{n-1}) = {b*(b-1)}/{n*(n-1)}。"),
             T(lang, f"Sum: {r*(r-1)+b*(b-1)}/{n*(n-1)} = {plain(v)}.", f"相加：{r*(r-1)+b*(b-1)}/{n*(n-1)} = {plain(v)}。")]
    wsteps = [T(lang, f"P(both red) = ({r}/{n})^2 = {r*r}/{n*n}.", f"P(两红) = ({r}/{n})^2 = {r*r}/{n*n}。"),
              T(lang, f"P(both blue) = ({b}/{n})^2 = {b*b}/{n*n}.", f"P(两蓝) = ({b}/{n})^2 = {b*b}/{n*n}。"),
              T(lang, f"Sum: {r*r+b*b}/{n*n} = {plain(wv)}.", f"相加：{r*r+b*b}/{n*n} = {plain(wv)}。")]
    return dict(q=qs, v=v, steps=steps, wv=wv, wsteps=wsteps, money=False)


def series(rng, lang):
    a, d, n = rng.randint(1, 15), rng.randint(2, 9), rng.randint(8, 25)
    last = a + (n - 1) * d
    v = F(n * (a + last), 2)
    wl = a + n * d
    wv = F(n * (a + wl), 2)
    qs = T(lang, f"What is the sum of the first {n} terms of the arithmetic sequence {a}, {a+d}, {a+2*d}, ...?",
           f"等差数列 {a}, {a+d}, {a+2*d}, ... 的前{n}项和是多少？")
    def st(l, val):
        return [T(lang, f"The common difference is {d}.", f"公差为 {d}。"),
                T(lang, f"The last term is {l}.", f"最后一项是 {l}。"),
                T(lang, f"Sum = {n}({a} + {l})/2 = {plain(val)}.", f"和 = {n}({a} + {l})/2 = {plain(val)}。")]
    return dict(q=qs, v=v, steps=st(last, v), wv=wv, wsteps=st(wl, wv), money=False)


def area(rng, lang):
    while True:
        pts = [(rng.randint(-6, 8), rng.randint(-6, 8)) for _ in range(3)]
        (x1, y1), (x2, y2), (x3, y3) = pts
        s = x1 * (y2 - y3) + x2 * (y3 - y1) + x3 * (y1 - y2)
        if s != 0:
            break
    v, wv = F(abs(s), 2), F(abs(s))
    qs = T(lang, f"Find the area of the triangle with vertices $({x1}, {y1})$, $({x2}, {y2})$, and $({x3}, {y3})$.",
           f"求顶点为 $({x1}, {y1})$、$({x2}, {y2})$、$({x3}, {y3})$ 的三角形的面积。")
    base = [T(lang, "Use the shoelace formula.", "使用鞋带公式（坐标法）。"),
            T(lang, f"x1(y2-y3) + x2(y3-y1) + x3(y1-y2) = {s}.", f"x1(y2-y3) + x2(y3-y1) + x3(y1-y2) = {s}。")]
    steps = base + [T(lang, f"Area = |{s}|/2 = {plain(v)}.", f"面积 = |{s}|/2 = {plain(v)}。")]
    wsteps = base + [T(lang, f"Area = |{s}| = {plain(wv)}.", f"面积 = |{s}| = {plain(wv)}。")]
    return dict(q=qs, v=v, steps=steps, wv=wv, wsteps=wsteps, money=False)


def compose(rng, lang):
    a, b, c, k = rng.randint(2, 6), rng.randint(-7, 7), rng.randint(-5, 9), rng.randint(-4, 5)
    if b == 0:
        b = 3
    g = k * k + c
    v = a * g + b
    f = a * k + b
    wv = f * f + c
    if wv == v:
        wv = v + a
    bs = f"+ {b}" if b >= 0 else f"- {-b}"
    cs = f"+ {c}" if c >= 0 else f"- {-c}"
    qs = T(lang, f"Let $f(x) = {a}x {bs}$ and $g(x) = x^2 {cs}$. What is $f(g({k}))$?",
           f"设 $f(x) = {a}x {bs}$，$g(x) = x^2 {cs}$，求 $f(g({k}))$。")
    steps = [T(lang, f"g({k}) = {k}^2 {cs} = {g}.", f"g({k}) = {k}^2 {cs} = {g}。"),
             T(lang, f"f({g}) = {a}({g}) {bs} = {v}.", f"f({g}) = {a}({g}) {bs} = {v}。")]
    wsteps = [T(lang, f"f({k}) = {a}({k}) {bs} = {f}.", f"f({k}) = {a}({k}) {bs} = {f}。"),
              T(lang, f"g({f}) = ({f})^2 {cs} = {wv}.", f"g({f}) = ({f})^2 {cs} = {wv}。")]
    return dict(q=qs, v=F(v), steps=steps, wv=F(wv), wsteps=wsteps, money=False)


def choose(rng, lang):
    n, k = rng.randint(6, 12), rng.randint(2, 4)
    v, wv = comb(n, k), perm(n, k)
    qs = T(lang, f"In how many ways can a committee of {k} people be chosen from a club of {n} members?",
           f"从{n}名成员中选出{k}人组成一个委员会，共有多少种选法？")
    pstr = " x ".join(str(n - i) for i in range(k))
    steps = [T(lang, f"Order does not matter, so we use C({n},{k}).", f"顺序无关，所以用组合数 C({n},{k})。"),
             T(lang, f"C({n},{k}) = ({pstr})/{k}! = {wv}/{perm(k, k)} = {v}.", f"C({n},{k}) = ({pstr})/{k}! = {wv}/{perm(k, k)} = {v}。")]
    wsteps = [T(lang, f"We pick {k} people one after another.", f"我们依次挑选{k}个人。"),
              T(lang, f"Number of ways = {pstr} = {wv}.", f"方法数 = {pstr} = {wv}。")]
    return dict(q=qs, v=F(v), steps=steps, wv=F(wv), wsteps=wsteps, money=False)


def missing_mean(rng, lang):
    while True:
        vals = [rng.randint(50, 99) for _ in range(4)]
        m = rng.randint(65, 90)
        v = 5 * m - sum(vals)
        if 40 <= v <= 100:
            break
    wv = F(4 * m - sum(vals[:3]))
    if wv == v:
        wv = F(v + 10)
    qs = T(lang, f"The mean of five test scores is {m}. Four of the scores are {', '.join(map(str, vals))}. What is the fifth score?",
           f"五次测验成绩的平均分是{m}分，其中四次成绩是 {'、'.join(map(str, vals))}。第五次成绩是多少分？")
    steps = [T(lang, f"Total of all five: 5 x {m} = {5*m}.", f"五次总分：5 × {m} = {5*m}。"),
             T(lang, f"Sum of the four known: {sum(vals)}.", f"已知四次之和：{sum(vals)}。"),
             T(lang, f"Fifth score: {5*m} - {sum(vals)} = {v}.", f"第五次：{5*m} - {sum(vals)} = {v}。")]
    wsteps = [T(lang, f"Total of four: 4 x {m} = {4*m}.", f"四次总分：4 × {m} = {4*m}。"),
              T(lang, f"Subtracting the first three scores: {4*m} - {sum(vals[:3])} = {plain(wv)}.",
                f"减去前三次：{4*m} - {sum(vals[:3])} = {plain(wv)}。")]
    return dict(q=qs, v=F(v), steps=steps, wv=wv, wsteps=wsteps, money=False)


GSM = [shop, travel, savings, bakery, discount, ages, reading]
MATH = [linear, prob, series, area, compose, choose, missing_mean]

"""Math templates in Chinese (``cmath_like``, ``mgsm_zh_like``, ``olympiadbench_zh_like``): shopping, speeds, 鸡兔同笼,
population growth, rope fractions, 百分数, equations, inequalities, 工程问题, 植树问题. Each returns an ``item`` (see
``math_word``)."""

from __future__ import annotations

import random
from fractions import Fraction

from .math_word import NAMES_ZH, item
from .number_forms import commas, dec, frac_plain, frac_tex, sci_tex, term, terminating, wan, zh_num


def yuan(x: Fraction) -> str:
    return frac_plain(x) if Fraction(x).denominator == 1 else dec(x)


def z_shop(rng: random.Random) -> dict:
    while True:
        a, b = rng.randint(3, 9), rng.randint(2, 8)
        p, q = rng.choice([2, 3, 4, 5]), rng.choice([Fraction(3, 2), Fraction(5, 2), Fraction(2), Fraction(3)])
        cost = a * p + b * q
        n = 50 if cost < 45 else 100
        if cost < n:
            break
    name = rng.choice(NAMES_ZH)
    ans, bad = n - cost, n - a * p
    ok = [f"练习本一共花了：{a}×{p}={a * p}（元）", f"铅笔一共花了：{b}×{yuan(q)}={yuan(b * q)}（元）",
          f"一共花了：{a * p}+{yuan(b * q)}={yuan(cost)}（元）", f"应找回：{n}-{yuan(cost)}={yuan(ans)}（元）"]
    wrong = [f"练习本一共花了：{a}×{p}={a * p}（元）", f"应找回：{n}-{a * p}={bad}（元）"]
    alts = [("units", "Correct", f"答：应找回{yuan(ans)}元。"),
            ("wrong_unit", "Incorrect", f"答：应找回{yuan(ans)}角。")]
    if ans.denominator == 1:
        alts.append(("chinese_numerals", "Correct", f"所以应找回{zh_num(int(ans))}元。"))
    else:
        alts.append(("units", "Correct", f"所以应找回{int(ans)}元{int((ans - int(ans)) * 10)}角。"))
    return item(q=f"{name}买了{a}本练习本，每本{p}元，又买了{b}支铅笔，每支{yuan(q)}元。"
                  f"付给售货员{n}元，应找回多少元？",
                ref=yuan(ans), ok=ok, ok_ans=yuan(ans), bad=wrong, bad_ans=str(bad),
                ival=int(ans) if ans.denominator == 1 else None,
                why="漏算了铅笔的钱", lang="zh", ds="cmath_like", alts=alts)


def z_drive(rng: random.Random) -> dict:
    while True:
        s1, s2 = rng.choice([40, 50, 60, 70, 80]), rng.choice([30, 50, 60, 90])
        t1, t2 = rng.randint(2, 5), rng.randint(1, 4)
        if s1 != s2 and t1 != t2:
            break
    ans, bad = s1 * t1 + s2 * t2, (s1 + s2) * (t1 + t2) // 2
    ok = [f"第一段路程：{s1}×{t1}={s1 * t1}（千米）", f"第二段路程：{s2}×{t2}={s2 * t2}（千米）",
          f"一共行驶：{s1 * t1}+{s2 * t2}={ans}（千米）"]
    wrong = [f"平均速度：({s1}+{s2})÷2={(s1 + s2) // 2}（千米/时）", f"总时间：{t1}+{t2}={t1 + t2}（小时）",
             f"一共行驶：{(s1 + s2) // 2}×{t1 + t2}={bad}（千米）"]
    alts = [("units", "Correct", f"答：这辆汽车一共行驶了{ans}公里。"),
            ("units", "Correct", f"所以一共行驶了{ans * 1000}米。"),
            ("wrong_unit", "Incorrect", f"答：一共行驶了{ans}米。"),
            ("units", "Correct", f"答案是 ${ans}\\text{{ km}}$。")]
    return item(q=f"一辆汽车先以每小时{s1}千米的速度行驶了{t1}小时，又以每小时{s2}千米的速度行驶了{t2}小时。"
                  "这辆汽车一共行驶了多少千米？",
                ref=str(ans), ok=ok, ok_ans=f"{ans}千米", bad=wrong, bad_ans=f"{bad}千米", ival=ans,
                why="两段时间不同，不能用速度的平均数来算", lang="zh", ds="mgsm_zh_like", alts=alts)


def z_chicken(rng: random.Random) -> dict:
    while True:
        c, r = rng.randint(3, 30), rng.randint(3, 30)
        if c != r:
            break
    h, f = c + r, 2 * c + 4 * r
    ok = [f"假设{h}只全是鸡，则应有脚：{h}×2={2 * h}（只）",
          f"实际多出：{f}-{2 * h}={f - 2 * h}（只）",
          f"每把一只鸡换成一只兔，脚多2只，所以兔有：{f - 2 * h}÷2={r}（只）",
          f"鸡有：{h}-{r}={c}（只）"]
    wrong = [f"假设全是兔，则应有脚：{h}×4={4 * h}（只）", f"多出：{4 * h}-{f}={4 * h - f}（只）",
             f"所以兔有：{4 * h - f}÷2={c}（只），鸡有：{h}-{c}={r}（只）"]
    alts = [("swapped_values", "Correct", f"所以笼中有{c}只鸡、{r}只兔。"),
            ("swapped_values", "Incorrect", f"答：鸡{r}只，兔{c}只。"),
            ("chinese_numerals", "Correct", f"答：鸡有{zh_num(c)}只，兔有{zh_num(r)}只。"),
            ("partial_answer", "Incorrect", f"答：兔有{r}只。")]
    return item(q=f"笼子里有若干只鸡和兔，从上面数有{h}个头，从下面数有{f}只脚。鸡和兔各有多少只？",
                ref=f"鸡{c}只，兔{r}只", ok=ok, ok_ans=f"鸡{c}只，兔{r}只", bad=wrong, bad_ans=f"鸡{r}只，兔{c}只",
                why="假设全是兔时，算出的多余脚数除以2得到的是鸡的只数，不是兔的只数", lang="zh", ds="cmath_like",
                alts=alts)


def z_population(rng: random.Random) -> dict:
    while True:
        p = rng.choice([250000, 300000, 320000, 350000, 400000, 450000, 1200000])
        k = rng.choice([4, 5, 8, 10, 12, 20])
        n = p * (100 + k) // 100
        if p * (100 + k) % 100 == 0 and len(str(n).rstrip("0")) <= 4:
            break
    inc = p * k // 100
    short = n // 10
    ok = [f"今年比去年增加了：{p}×{k}%={inc}（人）", f"今年人口：{p}+{inc}={n}（人）"]
    wrong = [f"增加的人数为：{p}×{k}%={inc}（人）", f"所以今年人口是{inc}人。"]
    alts = [("chinese_numerals", "Correct", f"答：今年该市人口是{zh_num(n)}人。"),
            ("chinese_numerals", "Incorrect", f"答：今年该市人口是{zh_num(short)}人。"),
            ("chinese_numerals", "Correct", f"所以今年人口为{wan(n)}人。"),
            ("chinese_numerals", "Incorrect", f"所以今年人口为{wan(short)}人。"),
            ("thousands_sep", "Correct", f"答案是{commas(n)}人。"),
            ("sci_notation", "Correct", f"今年人口为 ${sci_tex(n)}$ 人。")]
    return item(q=f"某区去年人口为{p}人，今年比去年增加了{k}%。今年该区人口是多少人？",
                ref=rng.choice([str(n), sci_tex(n), commas(n)]), ok=ok, ok_ans=str(n), bad=wrong, bad_ans=str(inc),
                ival=n, why="题目问的是今年的人口，不是增加的人数", lang="zh", ds="cmath_like", alts=alts)


def z_rope(rng: random.Random) -> dict:
    while True:
        length, k, j = rng.choice([12, 15, 18, 20, 24, 30, 36]), rng.randint(2, 6), rng.randint(2, 6)
        rem1 = Fraction(length) * (1 - Fraction(1, k))
        ans = rem1 * (1 - Fraction(1, j))
        bad = Fraction(length) * (1 - Fraction(1, k) - Fraction(1, j))
        shown = [ans, rem1, bad, Fraction(length, k), rem1 / j]
        if bad > 0 and bad != ans and all(terminating(v) for v in shown):
            break
    ok = [f"第一次用去：{length}×$\\frac{{1}}{{{k}}}$={yuan(Fraction(length, k))}（米），剩下{yuan(rem1)}米",
          f"第二次用去：{yuan(rem1)}×$\\frac{{1}}{{{j}}}$={yuan(rem1 / j)}（米）",
          f"还剩：{yuan(rem1)}-{yuan(rem1 / j)}={yuan(ans)}（米）"]
    wrong = [f"两次共用去全长的 $\\frac{{1}}{{{k}}}+\\frac{{1}}{{{j}}}={frac_tex(Fraction(1, k) + Fraction(1, j))}$",
             f"还剩：{length}×(1-{frac_plain(Fraction(1, k) + Fraction(1, j))})={yuan(bad)}（米）"]
    alts = [("units", "Correct", f"答：这根绳子还剩{yuan(ans)}米。")]
    if ans.denominator != 1:
        alts.append(("fraction_decimal", "Correct", f"所以还剩 ${frac_tex(ans)}$ 米。"))
        alts.append(("wrong_unit", "Incorrect", f"所以还剩{yuan(ans)}厘米。"))
    else:
        alts.append(("chinese_numerals", "Correct", f"还剩{zh_num(int(ans))}米。"))
    return item(q=f"一根绳子长{length}米，第一次用去全长的$\\frac{{1}}{{{k}}}$，第二次用去剩下的$\\frac{{1}}{{{j}}}$。"
                  "这根绳子还剩多少米？",
                ref=yuan(ans), ok=ok, ok_ans=yuan(ans), bad=wrong, bad_ans=yuan(bad),
                ival=int(ans) if ans.denominator == 1 else None,
                why=f"第二次用去的是剩下的$\\frac{{1}}{{{j}}}$，不是全长的", lang="zh", ds="cmath_like", alts=alts)


def z_percent(rng: random.Random) -> dict:
    while True:
        n = rng.choice([40, 45, 48, 50, 25, 32, 36, 60])
        k = rng.randint(n // 4, 3 * n // 4)
        p = Fraction(100 * k, n)
        if terminating(p) and 2 * k != n:
            break
    ok = [f"男生占全班的：{k}÷{n}={dec(Fraction(k, n))}", f"{dec(Fraction(k, n))}={dec(p)}%"]
    wrong = [f"女生有：{n}-{k}={n - k}（人）", f"{n - k}÷{n}={dec(Fraction(n - k, n))}={dec(100 - p)}%"]
    alts = [("percent", "Correct", f"答：男生人数占全班人数的{dec(p)}%。"),
            ("percent", "Incorrect", f"答：男生占全班的{dec(p / 100)}%。")]
    if p.denominator == 1:
        alts.append(("chinese_numerals", "Correct", f"所以男生占全班人数的百分之{zh_num(int(p))}。"))
    return item(q=f"某班有{n}名学生，其中男生{k}人。男生人数占全班人数的百分之几？",
                ref=f"{dec(p)}\\%", ok=ok, ok_ans=f"{dec(p)}\\%", bad=wrong, bad_ans=f"{dec(100 - p)}\\%",
                why="题目问的是男生所占的百分比", lang="zh", ds="cmath_like", alts=alts)


def z_equation(rng: random.Random) -> dict:
    while True:
        a, b, c = rng.randint(2, 9), rng.randint(1, 12), rng.randint(-30, 40)
        x, xb = b + Fraction(c, a), Fraction(c + b, a)
        if c and x != xb and x.denominator == 1:
            break
    ok = [f"方程两边同时除以{a}：$x - {b} = {frac_tex(Fraction(c, a))}$", f"移项得：$x = {frac_tex(x)}$"]
    wrong = [f"去括号得：${a}x - {b} = {c}$", f"移项得：${a}x = {c + b}$，所以 $x = {frac_tex(xb)}$"]
    alts = [("equation_vs_value", "Correct", f"所以方程的解是 $x={frac_tex(x)}$。"),
            ("equation_vs_value", "Correct", f"答案：{frac_tex(x)}")]
    return item(q=f"解方程：${a}(x - {b}) = {c}$", ref=rng.choice([f"x={frac_tex(x)}", frac_tex(x)]), ok=ok,
                ok_ans=f"x={frac_tex(x)}", bad=wrong, bad_ans=f"x={frac_tex(xb)}",
                ival=int(x) if x > 1 else None, why=f"去括号时{b}也要乘以{a}", lang="zh", ds="cmath_like",
                alts=alts)


def z_ineq(rng: random.Random) -> dict:
    while True:
        p, q = rng.randint(-7, 5), rng.randint(-5, 8)
        if p < q and p and q and p + q:
            break
    b, c = -(p + q), p * q
    poly = f"x^2{term(b)}{term(c, '')}"
    ref = f"(-\\infty,{p})\\cup({q},+\\infty)"
    ok = [f"因式分解：${poly} = (x{term(-p, '')})(x{term(-q, '')})$，两根为 ${p}$ 和 ${q}$。",
          "二次函数开口向上，函数值大于0的部分在两根之外。",
          f"所以解集为 ${ref}$。"]
    wrong = [f"方程 ${poly}=0$ 的两根为 ${p}$ 和 ${q}$。", f"所以不等式的解集为 $({p},{q})$。"]
    alts = [("interval_open_closed", "Correct", f"所以不等式的解集为 $\\{{x \\mid x<{p} \\text{{ 或 }} x>{q}\\}}$。"),
            ("interval_open_closed", "Correct", f"答案是 x<{p} 或 x>{q}。"),
            ("interval_open_closed", "Incorrect", f"所以解集为 $x \\le {p}$ 或 $x \\ge {q}$。"),
            ("interval_open_closed", "Incorrect", f"故解集为 $(-\\infty,{p}]\\cup[{q},+\\infty)$。")]
    return item(q=f"解不等式 ${poly} > 0$。", ref=ref, ok=ok, ok_ans=ref, bad=wrong, bad_ans=f"({p},{q})",
                why="开口向上的抛物线在两根之间取负值", lang="zh", ds="olympiadbench_zh_like", alts=alts)


def z_work(rng: random.Random) -> dict:
    while True:
        a, b = rng.randint(3, 15), rng.randint(4, 20)
        t = Fraction(a * b, a + b)
        if a < b and t.denominator != 1:
            break
    bad = Fraction(a + b, 2)
    ok = [f"甲每天完成工程的$\\frac{{1}}{{{a}}}$，乙每天完成$\\frac{{1}}{{{b}}}$。",
          f"合作每天完成：$\\frac{{1}}{{{a}}}+\\frac{{1}}{{{b}}}=\\frac{{{a + b}}}{{{a * b}}}$",
          f"需要：$1 \\div \\frac{{{a + b}}}{{{a * b}}} = {frac_tex(t)}$（天）"]
    wrong = [f"两人平均需要：$({a}+{b})\\div 2 = {frac_tex(bad)}$（天）", f"所以合作需要${frac_tex(bad)}$天。"]
    whole, rem = divmod(t.numerator, t.denominator)
    alts = [("units", "Correct", f"答：两人合作需要 ${frac_tex(t)}$ 天完成。")]
    if whole:
        alts.append(("fraction_decimal", "Correct", f"所以需要 ${whole}\\frac{{{rem}}}{{{t.denominator}}}$ 天。"))
    if terminating(t):
        alts.append(("fraction_decimal", "Correct", f"所以需要{dec(t)}天。"))
    return item(q=f"一项工程，甲单独做需要{a}天完成，乙单独做需要{b}天完成。两人合作，需要多少天完成？",
                ref=frac_tex(t), ok=ok, ok_ans=frac_tex(t), bad=wrong, bad_ans=frac_tex(bad),
                why="工作效率可以相加，工作时间不能取平均", lang="zh", ds="cmath_like", alts=alts)


def z_trees(rng: random.Random) -> dict:
    d = rng.choice([4, 5, 6, 8, 10, 12, 15])
    length = d * rng.randint(12, 60)
    sides = rng.choice([1, 2])
    gaps = length // d
    ans, bad = (gaps + 1) * sides, gaps * sides
    side_txt = "一边" if sides == 1 else "两边"
    ok = [f"间隔数：{length}÷{d}={gaps}（个）", f"两端都种，每边棵数=间隔数+1={gaps + 1}（棵）"]
    if sides == 2:
        ok.append(f"两边一共：{gaps + 1}×2={ans}（棵）")
    wrong = [f"一共要种：{length}÷{d}={gaps}（棵）"] + ([f"两边共{gaps}×2={bad}（棵）"] if sides == 2 else [])
    alts = [("units", "Correct", f"答：一共要种{ans}棵树。"),
            ("chinese_numerals", "Correct", f"答：一共需要种{zh_num(ans)}棵。")]
    return item(q=f"一条路长{length}米，在路的{side_txt}每隔{d}米种一棵树（两端都种）。一共要种多少棵树？",
                ref=str(ans), ok=ok, ok_ans=str(ans), bad=wrong, bad_ans=str(bad), ival=ans,
                why="两端都种时，棵数比间隔数多1", lang="zh", ds="cmath_like", alts=alts)

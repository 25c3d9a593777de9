"""Math families, numbers and word problems: revenue, 万/亿 counts, probability, percent change, scientific notation
with units, chicken–rabbit problems, and a mix of work rate, combinations, AIME leading zeros, money, time and degrees.
"""

from fractions import Fraction
from math import comb, factorial, gcd

from .cases import add
from .solution import dress, ending, math_cases


def fmt_thousands(n, sep=","):
    return f"{n:,}".replace(",", sep)


def fam_revenue():
    specs = [(275, 12, 15, 30, 2, ["eq:0", "eq:2", "wrong", "sc_good", "trunc"]),
             (340, 24, 10, 25, 3, ["eq:1", "eq:3", "reject", "fewshot_good"]),
             (125, 8, 16, 30, 5, ["eq:4", "hedge", "followup", "sc_bad"])]
    for crates, per, hours, days, price, vs in specs:
        total = crates * per * hours * days * price
        bad_days = days - 8
        bad = crates * per * hours * bad_days * price
        q = (f"A bottling plant fills {crates} crates per hour. Each crate holds {per} bottles. The plant runs {hours} hours a day, "
             f"every day, for {days} days. If every bottle is sold for ${price}, what is the total revenue in dollars?")
        bph = crates * per
        bpd = bph * hours
        tot_b = bpd * days
        steps = [
            f"First find how many bottles are filled each hour. There are {crates} crates per hour and {per} bottles per crate, so "
            f"$${crates} \\times {per} = {bph}$$ bottles per hour.",
            f"Next, the plant runs {hours} hours per day, so per day it fills $${bph} \\times {hours} = {bpd}$$ bottles. "
            f"Sanity check: {bph} × 10 = {bph*10}, plus {bph} × {hours-10} = {bph*(hours-10)}, total {bpd}. Good.",
            f"Over {days} days the plant fills $${bpd} \\times {days} = {tot_b}$$ bottles. Note the problem says it runs every day, so I should not "
            f"drop weekends — all {days} days count.",
            f"Each bottle sells for ${price}, so revenue is $${tot_b} \\times {price} = {total}$$ dollars. Let me double-check by multiplying in a "
            f"different order: {crates} × {per} × {price} = {crates*per*price} dollars per hour, × {hours*days} operating hours = {total}. Both orders agree.",
        ]
        bad_steps = steps[:2] + [
            f"The plant works only on weekdays, so out of {days} days roughly {bad_days} are working days. Bottles: {bpd} × {bad_days} = {bpd*bad_days}.",
            f"Revenue = {bpd*bad_days} × {price} = {bad} dollars.",
        ]
        forms = [fmt_thousands(total), f"\\${fmt_thousands(total, '{,}')}", f"{total/1e6:g} \\times 10^{{6}}",
                 f"{total/1e6:g} million dollars", f"{total}.00"]
        math_cases("GSM8K", "en", q, str(total), steps, forms, bad_steps, fmt_thousands(bad), vs)


def fam_zh_bigcount():
    # 万 / 亿 equivalents
    a, b, c = 45, 1200, 5
    total = a * b * c * 12
    q = f"某市有 {a} 个社区，每个社区平均有 {b} 户居民，每户每月平均用水 {c} 吨。照此计算，全市这些居民一年共用水多少吨？"
    steps = [f"先求一个月的用水量：每个社区 {b} 户，每户 {c} 吨，所以一个社区每月用水 ${b}\\times{c}={b*c}$ 吨。",
             f"{a} 个社区每月用水 ${b*c}\\times{a}={a*b*c}$ 吨。验算：{b*c}×40={b*c*40}，{b*c}×5={b*c*5}，相加得 {a*b*c}，没问题。",
             f"一年有 12 个月，所以全年用水 ${a*b*c}\\times 12={total}$ 吨。",
             f"换算一下：{total} 吨 = {total//10000} 万吨，数量级合理（一个中等城市的一部分居民）。"]
    bad_steps = steps[:2] + [f"题目问的是用水量，所以一个月的总量就是 {a*b*c} 吨，即 {a*b*c//10000} 万 {a*b*c%10000} 吨。"]
    forms = ["324万吨", "三百二十四万吨", "3.24\\times10^{6}", "3,240,000 吨"]
    math_cases("CMATH", "zh", q, str(total), steps, forms, bad_steps, str(a * b * c),
               ["eq:0", "eq:1", "eq:2", "wrong", "sc_good", "noans"])
    # a wrong 万 scaling
    out = dress(steps[:3], "zh") + "全年用水 3240000 吨，也就是 " + "32.4万吨。\n\n" + ending("zh", "32.4万吨")
    add("CMATH", "math", q, out, str(total), "Incorrect", "zh", "wan_scaling_error")

    daily = 86
    tot = daily * 10000 * 365
    q2 = f"某条地铁线路日均客流量为 {daily} 万人次。按一年 365 天计算，该线路全年客流量约为多少人次？"
    steps2 = [f"日均客流 {daily} 万人次，即 {daily*10000} 人次。",
              f"全年：${daily}\\text{{万}}\\times 365 = {daily*365}$ 万人次。计算：{daily}×300={daily*300}，{daily}×65={daily*65}，合计 {daily*365}。",
              f"{daily*365} 万 = {tot} 人次，约合 {tot/1e8:g} 亿人次。"]
    bad_steps2 = [steps2[0], f"全年：{daily}×365 = {daily*365}。", f"所以全年客流量是 {daily*365} 人次。"]
    math_cases("CMATH", "zh", q2, "313900000", steps2, ["3.139亿", "31390万", "313,900,000", "3.139\\times10^{8}"], bad_steps2,
               str(daily * 365), ["eq:0", "eq:1", "wrong", "reject", "eq:3"])


def fam_prob():
    cands = []
    for r in range(3, 10):
        for b in range(2, 10):
            p = Fraction(comb(r, 2), comb(r + b, 2))
            d = p.denominator
            while d % 2 == 0:
                d //= 2
            while d % 5 == 0:
                d //= 5
            if d == 1 and p.denominator > 2:
                cands.append((r, b, p))
    chosen = [cands[0], cands[len(cands) // 2], cands[-1]]
    var_sets = [["eq:0", "eq:1", "wrong", "sc_bad"], ["eq:2", "eq:3", "reject_good", "hedge"], ["eq:1", "fewshot_bad", "eq:4"]]
    for (r, b, p), vs in zip(chosen, var_sets):
        n = r + b
        badp = Fraction(r, n) ** 2
        q = (f"A jar contains {r} red marbles and {b} blue marbles. Two marbles are drawn at random without replacement. "
             f"What is the probability that both marbles are red? Express your answer as a common fraction.")
        steps = [f"There are {n} marbles in total. The number of ways to choose 2 of them is $\\binom{{{n}}}{{2}} = {comb(n,2)}$.",
                 f"The number of ways to choose 2 red marbles is $\\binom{{{r}}}{{2}} = {comb(r,2)}$.",
                 f"So the probability is $\\frac{{{comb(r,2)}}}{{{comb(n,2)}}}$. Let me reduce: gcd({comb(r,2)}, {comb(n,2)}) = {gcd(comb(r,2), comb(n,2))}, "
                 f"giving $\\frac{{{p.numerator}}}{{{p.denominator}}}$.",
                 f"Check with sequential draws: first red {r}/{n}, second red {r-1}/{n-1}; product = {Fraction(r,n)*Fraction(r-1,n-1)}. Matches. "
                 f"As a decimal that is {float(p):g}."]
        bad_steps = [steps[0], f"The chance that a single draw is red is {r}/{n}. Two draws: $({r}/{n})^2 = {badp}$.",
                     f"So the probability both are red is $\\frac{{{badp.numerator}}}{{{badp.denominator}}}$."]
        forms = [f"\\frac{{{p.numerator}}}{{{p.denominator}}}", f"{p.numerator}/{p.denominator}", f"{float(p):g}",
                 f"\\dfrac{{{comb(r,2)}}}{{{comb(n,2)}}}", f"{float(p)*100:g}\\%"]
        math_cases("MATH", "en", q, f"\\frac{{{p.numerator}}}{{{p.denominator}}}", steps, forms, bad_steps,
                   f"\\frac{{{badp.numerator}}}{{{badp.denominator}}}", vs)


def fam_percent():
    for old, new, lang, vs in [(80, 100, "en", ["eq:0", "eq:1", "wrong", "reject"]), (240, 300, "zh", ["eq:2", "eq:3", "wrong", "sc_good"]),
                               (50, 100, "en", ["eq:0", "hedge", "eq:1"]), (200, 400, "zh", ["eq:2", "fewshot_bad", "reject_good"])]:
        pct = Fraction(new - old, old) * 100
        badp = Fraction(new - old, new) * 100
        assert pct.denominator == 1 and badp.denominator == 1
        pct, badp = int(pct), int(badp)
        gold = f"{pct}\\%"
        if lang == "en":
            q = f"The price of a concert ticket rose from ${old} to ${new}. By what percent did the price increase?"
            steps = [f"The increase is {new} - {old} = {new-old} dollars.",
                     f"Percent increase is measured relative to the original price: $\\frac{{{new-old}}}{{{old}}} = {Fraction(new-old, old)}$.",
                     f"Converting to a percent: {Fraction(new-old, old)} × 100% = {pct}%.",
                     f"Check: {old} × (1 + {pct}/100) = {old} × {1+pct/100:g} = {new}. ✓"]
            bad_steps = steps[:1] + [f"Relative to the price: $\\frac{{{new-old}}}{{{new}}} = {Fraction(new-old,new)}$, i.e. {badp}%."]
            forms = [f"{pct} percent", f"{pct}%", f"{pct}\\%"]
        else:
            q = f"某商品原价 {old} 元，现价 {new} 元。现价比原价提高了百分之几？"
            steps = [f"提高的钱数：{new}-{old}={new-old}（元）。",
                     f"以原价为单位“1”：${new-old}\\div{old}={Fraction(new-old,old)}$。",
                     f"化成百分数：{Fraction(new-old,old)} = {pct}%。",
                     f"验算：{old}×(1+{pct}%)={new}，正确。"]
            bad_steps = steps[:1] + [f"${new-old}\\div{new}={Fraction(new-old,new)}={badp}\\%$。"]
            forms = [f"{pct}％", f"百分之{ {25: '二十五', 100: '一百'}[pct] }", f"提高了 {pct}%", f"{pct}\\%"]
        math_cases("GSM8K" if lang == "en" else "CMATH", lang, q, gold, steps, forms, bad_steps, f"{badp}\\%", vs)


def fam_sci():
    for rt, vs in [(2.4, ["eq:0", "eq:1", "eq:2", "wrong", "unit"]), (2.6, ["eq:3", "unit", "sc_good", "trunc"]), (1.8, ["eq:2", "wrong"])]:
        d = int(round(3e5 * rt / 2))
        mant = d / 10 ** 5
        gold = f"{mant:g} \\times 10^{{5}}"
        words = {360000: "three hundred sixty thousand", 390000: "three hundred ninety thousand", 270000: "two hundred seventy thousand"}[d]
        q = (f"A laser pulse is fired at a reflector and the reflected pulse returns {rt} seconds later. Taking the speed of light as "
             f"$3.0 \\times 10^5$ km/s, how far away is the reflector, in kilometers?")
        steps = [f"The pulse travels to the reflector and back, so the one-way travel time is {rt}/2 = {rt/2:g} s.",
                 f"Distance = speed × time = $3.0 \\times 10^5 \\text{{ km/s}} \\times {rt/2:g} \\text{{ s}} = {d:,}$ km.",
                 f"In scientific notation that is ${gold}$ km. Sanity check: the Moon is about 384,000 km away, so a value of this order is plausible for a reflector on the Moon."]
        bad_steps = [f"Distance = speed × time = $3.0 \\times 10^5 \\times {rt} = {int(2*d):,}$ km."]
        forms = [f"{d:,} km", f"{d}", f"{words} kilometers", f"{mant:g}e5 km"]
        for v in vs:
            if v == "unit":
                out = dress(steps[:2], "en") + f"Converting to SI base units, the distance is ${mant:g} \\times 10^5$ m.\n\n" + ending("en", f"{mant:g} \\times 10^{{5}} \\text{{ m}}")
                add("SciBench", "math", q, out, gold, "Incorrect", "en", "wrong_unit")
            else:
                math_cases("SciBench", "en", q, gold, steps, forms, bad_steps, f"{2*mant:g} \\times 10^{{5}}", [v])


def fam_chicken():
    for heads, legs, vs in [(19, 58, ["eq:0", "eq:1", "swap", "wrong"]), (35, 94, ["eq:2", "swap", "sc_good", "noans"])]:
        r = (legs - 2 * heads) // 2
        c = heads - r
        gold = f"({c},{r})"
        q = f"笼子里有若干只鸡和兔，从上面数有 {heads} 个头，从下面数有 {legs} 只脚。鸡和兔各有几只？（按“鸡，兔”的顺序作答）"
        steps = [f"假设全是鸡，则脚数为 ${heads}\\times2={2*heads}$ 只，比实际少 ${legs}-{2*heads}={legs-2*heads}$ 只。",
                 f"每把一只鸡换成兔，脚数增加 2，所以兔有 ${legs-2*heads}\\div2={r}$ 只。",
                 f"鸡有 ${heads}-{r}={c}$ 只。", f"验算：{c}×2+{r}×4={2*c}+{4*r}={legs}，头数 {c}+{r}={heads}，都对。"]
        bad_steps = steps[:1] + [f"每只兔比鸡多 2 只脚，所以鸡有 {legs-2*heads}÷2={r} 只，兔有 {heads}-{r}={c} 只。"]
        forms = [f"鸡有 {c} 只，兔有 {r} 只", f"({c}, {r})", f"鸡{c}只、兔{r}只"]
        for v in vs:
            if v == "swap":
                out = dress(bad_steps, "zh") + ending("zh", f"({r},{c})")
                add("CMATH", "math", q, out, gold, "Incorrect", "zh", "tuple_order")
            else:
                math_cases("CMATH", "zh", q, gold, steps, forms, steps[:1] + [f"兔有 {legs-2*heads} 只。", f"鸡有 {heads-(legs-2*heads)} 只。"],
                           f"鸡{heads-(legs-2*heads)}只，兔{legs-2*heads}只", [v])


def fam_misc():
    # work problem, Chinese fractions
    q = "一项工程，甲单独做 4 天完成，乙单独做 6 天完成。两人合作需要几天完成？"
    st = ["把工作总量看作 1，甲每天完成 $\\frac14$，乙每天完成 $\\frac16$。", "合作每天完成 $\\frac14+\\frac16=\\frac{3}{12}+\\frac{2}{12}=\\frac{5}{12}$。",
          "所需天数 $1\\div\\frac{5}{12}=\\frac{12}{5}$ 天，即 2.4 天。", "验算：2.4×(1/4+1/6)=0.6+0.4=1，正好完成。"]
    math_cases("CMATH", "zh", q, "\\frac{12}{5}", st, ["2.4天", "2\\frac{2}{5} 天", "二又五分之二天", "5分之12天"],
               ["合作的时间是两人时间的平均数：(4+6)÷2=5 天。"], "5天", ["eq:0", "eq:1", "eq:2", "eq:3", "wrong", "reject"])
    # committees
    for n, k, vs in [(10, 3, ["eq:0", "eq:1", "wrong"]), (12, 4, ["eq:2", "wrong", "sc_good"])]:
        val = comb(n, k)
        perm = factorial(n) // factorial(n - k)
        q = f"A club has {n} members. In how many ways can a {k}-person committee be chosen (the order of selection does not matter)?"
        st = [f"Since order does not matter, this is a combination: $\\binom{{{n}}}{{{k}}}$.",
              f"$\\binom{{{n}}}{{{k}}} = \\frac{{{n}!}}{{{k}!\\,{n-k}!}} = \\frac{{{perm}}}{{{factorial(k)}}} = {val}$.",
              f"Cross-check: ordered selections are {perm}; each committee is counted {k}! = {factorial(k)} times; {perm}/{factorial(k)} = {val}. ✓"]
        words = {120: "one hundred twenty", 495: "four hundred ninety-five"}[val]
        math_cases("MATH", "en", q, str(val), st, [f"\\binom{{{n}}}{{{k}}} = {val}", f"{words}", f"{val} ways"],
                   [f"Choose the first member in {n} ways, the second in {n-1} ways, etc.", f"Total: {perm}."], str(perm), vs)
    # AIME leading zeros
    q = "Find the remainder when $7^{2024}$ is divided by $1000$. (AIME format: answer is an integer from 000 to 999.)"
    r = pow(7, 2024, 1000)
    st = ["Note $7^4 = 2401 \\equiv 401 \\pmod{1000}$.", "Powers of 401: $401^2 = 160801 \\equiv 801$, $401^5 \\equiv 1 \\pmod{1000}$? Let me check: "
          f"$401^k \\equiv 1 + 400k \\pmod{{1000}}$ for small k since $400^2 \\equiv 0$. So $401^5 \\equiv 2001 \\equiv 1$.",
          "Thus $7^{20} \\equiv 1 \\pmod{1000}$. Since $2024 = 20 \\cdot 101 + 4$, $7^{2024} \\equiv 7^4 \\equiv 401$.",
          f"Verify with Python-style fast exponentiation reasoning: pow(7, 2024, 1000) = {r}."]
    math_cases("AIME24", "en", q, str(r), st, [f"{r:03d}", f"\\boxed{{{r:03d}}}"], ["$7^{2024}$ ends like $7^{4} = 2401$... I'll take the last three digits of $7^{2024 \\bmod 4}$ = $7^0 = 1$."],
               "001", ["eq:0", "wrong", "hedge"])
    # money
    q = "Maya buys 3 notebooks at $4.50 each and a backpack for $18.50. She pays with a $60 bill. How much change does she get, in dollars?"
    st = ["Notebooks: 3 × $4.50 = $13.50.", "Total spent: $13.50 + $18.50 = $32.00.", "Change: $60.00 - $32.00 = $28.00.",
          "Check: 28 + 32 = 60. ✓"]
    math_cases("GSM8K", "en", q, "28", st, ["\\$28.00", "28 dollars", "$28"], ["Notebooks: $4.50 + $4.50 = $9.00 (two notebooks).", "Total: $27.50; change $32.50."],
               "32.50", ["eq:0", "eq:1", "wrong", "followup", "echo"])
    # hours vs minutes unit
    q = "A train travels 210 km at a constant speed of 84 km/h. How many hours does the trip take?"
    st = ["Time = distance / speed = 210 / 84.", "210 / 84 = 2.5 (since 84 × 2 = 168 and 42 is half of 84).", "So the trip takes 2.5 hours, i.e. 2 hours 30 minutes."]
    math_cases("GSM8K", "en", q, "2.5", st, ["2.5 hours", "2\\frac{1}{2} \\text{ hours}", "\\frac{5}{2}"], st[:2], "2.5 \\text{ minutes}", ["eq:0", "eq:1", "eq:2", "wrong"])
    # degrees
    q = "What is the measure, in degrees, of each interior angle of a regular nonagon?"
    st = ["The sum of interior angles of an n-gon is $(n-2) \\cdot 180^\\circ$; for n = 9 that's $7 \\cdot 180 = 1260^\\circ$.",
          "Each of the 9 equal angles is $1260 / 9 = 140^\\circ$.", "Check via exterior angles: 360/9 = 40°, and 180° - 40° = 140°. ✓"]
    math_cases("MATH", "en", q, "140^\\circ", st, ["140°", "140 degrees", "140"], ["Each exterior angle is 360/9 = 40°."], "40^\\circ", ["eq:0", "eq:1", "eq:2", "wrong", "reject_good"])
    # number words
    q = "How many seconds are there in one week?"
    st = ["A minute has 60 seconds and an hour has 60 minutes, so an hour has 3600 seconds.", "A day has 24 hours: 24 × 3600 = 86,400 seconds.",
          "A week has 7 days: 7 × 86,400 = 604,800 seconds."]
    math_cases("GSM8K", "en", q, "604800", st, ["six hundred four thousand eight hundred", "604,800 seconds", "6.048 \\times 10^5"],
               st[:1] + ["A week has 7 × 24 = 168 hours, so 168 × 60 = 10,080."], "10,080", ["eq:0", "eq:1", "eq:2", "wrong"])
    q = "一年（按 365 天计）共有多少分钟？"
    st = ["一天有 24 小时，每小时 60 分钟，所以一天有 24×60=1440 分钟。", "一年 365 天：1440×365。计算：1440×300=432000，1440×65=93600，合计 525600。",
          "所以一年有 525600 分钟，约 52.56 万分钟。"]
    math_cases("CMATH", "zh", q, "525600", st, ["52.56万分钟", "五十二万五千六百分钟", "525,600"], ["一年有 365×24=8760 小时。"], "8760", ["eq:0", "eq:1", "eq:2", "wrong", "trunc"])

"""dev5's math families of notations: inequalities, ratios, scientific notation, logs, matrices, clocks, dates, lines, percent, words, polynomials, vectors, ranges. Part of gen_dev5.py (see README.md)."""
import json, os, random, statistics
from fractions import Fraction as F
import datetime as dt
from common import R, en_words, fam, frac_plain, frac_tex, zh_int


@fam
def ineq(lang):
    a = R.randint(2, 7); b = R.choice([v for v in range(-10, 11) if v]); c = R.randint(-10, 20)
    neg = R.random() < 0.5
    if neg:
        # -a x + b >= c -> x <= (b - c)/a
        t = F(b - c, a); expr = f"-{a}x + {b} \\ge {c}" if b>=0 else f"-{a}x - {abs(b)} \\ge {c}"
        sol_ineq = f"x \\le {frac_tex(t)}"; interval = f"(-\\infty, {frac_tex(t)}]"
        bad = [(f"x \\ge {frac_tex(t)}", "forgot_flip"), (f"(-\\infty, {frac_tex(t)})", "endpoint_excluded")]
        good = [sol_ineq, interval, f"{frac_tex(t)} \\ge x", f"x ≤ {frac_plain(t)}"]
    else:
        t = F(c - b, a); expr = f"{a}x + {b} > {c}" if b>=0 else f"{a}x - {abs(b)} > {c}"
        sol_ineq = f"x > {frac_tex(t)}"; interval = f"({frac_tex(t)}, \\infty)"
        bad = [(f"[{frac_tex(t)}, \\infty)", "endpoint_included"), (f"x < {frac_tex(t)}", "direction_flipped")]
        good = [sol_ineq, interval, f"\\{{x \\mid x > {frac_tex(t)}\\}}", f"x > {frac_plain(t)}"]
    q = (f"解不等式 ${expr}$，用区间表示解集。" if lang=="zh" else f"Solve the inequality ${expr}$. Write the solution set.")
    steps = [f"Isolate the x term and divide by {'-' if neg else ''}{a}{' (flipping the inequality)' if neg else ''}.", f"Result: ${sol_ineq}$."]
    ref = R.choice([sol_ineq, interval])
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)


@fam
def ratio(lang):
    x, y = R.choice([(3,2),(5,3),(4,7),(2,5),(7,4),(5,8)])
    k = R.randint(3, 9)
    tot = (x+y)*k
    q = (f"一个班有学生{tot}人，男生比女生多{(x-y)*k}人。" if False else None)
    if lang == "zh":
        q = f"某果汁由苹果汁 {x*k*10} mL 和橙汁 {y*k*10} mL 混合而成。苹果汁与橙汁的体积比（最简整数比）是多少？"
    else:
        q = f"A paint mix uses {x*k*10} mL of blue and {y*k*10} mL of yellow. What is the ratio of blue to yellow in simplest form?"
    steps = [f"gcd({x*k*10}, {y*k*10}) = {k*10}.", f"{x*k*10}:{y*k*10} = {x}:{y}."]
    ref = R.choice([f"{x}:{y}", f"{x}/{y}", f"{x} to {y}"])
    good = [f"{x}:{y}", f"{x} : {y}", f"{x} to {y}", f"\\frac{{{x}}}{{{y}}}"]
    bad = [(f"{y}:{x}", "ratio_reversed"), (f"{x*k*10}:{(x+y)*k*10}", "part_to_whole")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="gsm8k_like", lang=lang)


@fam
def sci(lang):
    m = R.choice([3.2, 4.5, 6.02, 1.25, 7.8, 2.4]); e = R.randint(4, 8)
    # product of two numbers
    a = R.choice([2, 4, 5, 8]); base = m / a
    val = m * 10**e
    q = (f"一颗卫星每秒传回 {base:g}×10^{e} 比特的数据，{a} 颗同样的卫星每秒共传回多少比特？用科学记数法表示。" if lang=="zh" else
         f"Each sensor in an array logs {base:g} × 10^{e} readings per day. How many readings per day do {a} sensors log? Use scientific notation.")
    steps = [f"{a} × {base:g} × 10^{e} = {m:g} × 10^{e}."]
    plain = f"{int(round(val)):,}"
    ref = R.choice([f"{m:g}\\times 10^{{{e}}}", f"{int(round(val))}", f"{m:g}e{e}"])
    good = [f"{m:g} \\times 10^{{{e}}}", plain, f"{m:g}e{e}", f"{m*10:g} \\times 10^{{{e-1}}}", f"{int(round(val))}"]
    bad = [(f"{m:g} \\times 10^{{{e+1}}}", "exponent_off_by_one"), (f"{base:g} \\times 10^{{{e}}}", "forgot_multiply"), (f"{m:g} \\times 10^{{{-e}}}", "negative_exponent")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="gsm8k_like", lang=lang)


@fam
def logs(lang):
    b = R.choice([2, 3, 5]); k = R.randint(3, 6); c = R.randint(2, 9)
    val = b**k
    kind = R.choice(["solve", "expr"])
    if kind == "solve":
        q = (f"解方程 $\\log_{b}(x - {c}) = {k}$。" if lang=="zh" else f"Solve $\\log_{{{b}}}(x - {c}) = {k}$ for $x$.")
        steps = [f"Rewrite in exponential form: x − {c} = {b}^{k} = {val}.", f"x = {val + c}."]
        ref = R.choice([f"{val+c}", f"x={val+c}"]); good = [f"{val+c}", f"x = {val+c}", f"{b}^{k} + {c}"]
        bad = [(f"{val}", "forgot_shift"), (f"{k*b + c}", "multiplied_not_powered"), (f"{val - c}", "sign_of_shift")]
    else:
        p = R.choice([7, 10, 11, 13])
        q = (f"已知 ${b}^x = {p}$，用对数表示 $x$ 的精确值。" if lang=="zh" else f"If ${b}^x = {p}$, give the exact value of $x$.")
        steps = [f"Take logs: x = log_{b} {p} = ln {p} / ln {b}."]
        ref = R.choice([f"\\log_{{{b}}} {p}", f"\\frac{{\\ln {p}}}{{\\ln {b}}}"])
        good = [f"\\log_{{{b}}}{p}", f"\\frac{{\\ln {p}}}{{\\ln {b}}}", f"\\frac{{\\log {p}}}{{\\log {b}}}", f"log({p})/log({b})"]
        bad = [(f"\\log_{{{p}}} {b}", "base_swapped"), (f"\\frac{{{p}}}{{{b}}}", "divided_numbers"), (f"\\ln {p} - \\ln {b}", "log_quotient_confusion")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds=R.choice(["math_like","aime_like"]) if kind=="solve" else "math_like", lang=lang)


@fam
def matrix(lang):
    A = [[R.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    B = [[R.randint(-3, 4) for _ in range(2)] for _ in range(2)]
    C = [[sum(A[i][k]*B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    BA = [[sum(B[i][k]*A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    if C == BA or C == [list(r) for r in zip(*C)]: A[0][1] += 1; C = [[sum(A[i][k]*B[k][j] for k in range(2)) for j in range(2)] for i in range(2)]; BA = [[sum(B[i][k]*A[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    pm = lambda M: f"\\begin{{pmatrix}} {M[0][0]} & {M[0][1]} \\\\ {M[1][0]} & {M[1][1]} \\end{{pmatrix}}"
    bm = lambda M: f"\\begin{{bmatrix}} {M[0][0]} & {M[0][1]} \\\\ {M[1][0]} & {M[1][1]} \\end{{bmatrix}}"
    q = (f"设 $A = {pm(A)}$，$B = {pm(B)}$，求 $AB$。" if lang=="zh" else f"Let $A = {pm(A)}$ and $B = {pm(B)}$. Compute $AB$.")
    steps = [f"Row 1 of A times columns of B: {C[0][0]}, {C[0][1]}.", f"Row 2 of A times columns of B: {C[1][0]}, {C[1][1]}."]
    ref = R.choice([pm(C), f"[[{C[0][0]}, {C[0][1]}], [{C[1][0]}, {C[1][1]}]]"])
    good = [pm(C), bm(C), f"[[{C[0][0]}, {C[0][1]}], [{C[1][0]}, {C[1][1]}]]"]
    T = [list(r) for r in zip(*C)]
    bad = []
    if BA != C: bad.append((pm(BA), "computed_BA"))
    if T != C: bad.append((pm(T), "transposed"))
    bad.append((pm([[C[0][0], C[0][1]], [C[1][0], C[1][1]+1]]), "entry_slip"))
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)


@fam
def clock(lang):
    h = R.randint(6, 11); mnt = R.choice([5, 10, 20, 35, 40, 50]); dur = R.randint(140, 460)
    start = dt.datetime(2026, 5, 1, h, mnt); end = start + dt.timedelta(minutes=dur)
    h24 = end.strftime("%H:%M"); h12 = end.strftime("%I:%M %p").lstrip("0")
    q = (f"一趟列车上午{h}:{mnt:02d}出发，行驶了{dur//60}小时{dur%60}分钟。它几点到达？" if lang=="zh" else
         f"A ferry leaves at {h}:{mnt:02d} a.m. and the crossing takes {dur//60} h {dur%60} min. At what time does it arrive?")
    steps = [f"{h}:{mnt:02d} + {dur//60} h = {h+dur//60}:{mnt:02d}.", f"+ {dur%60} min → {h24}."]
    ref = R.choice([h24, h12])
    good = [h24, h12, h12.replace("PM", "p.m.").replace("AM", "a.m."), h24.replace(":", "h")]
    other = (end + dt.timedelta(hours=12)).strftime("%I:%M %p").lstrip("0") if end.hour >= 12 else (end + dt.timedelta(hours=12)).strftime("%I:%M %p").lstrip("0")
    bad = [(other, "am_pm_swapped"), ((end - dt.timedelta(minutes=60)).strftime("%H:%M"), "hour_slip")]
    if lang == "zh": good.append(("下午" if end.hour >= 12 else "上午") + f"{end.hour-12 if end.hour>12 else end.hour}点{end.minute}分")
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="gsm8k_like", lang=lang)


@fam
def dates(lang):
    start = dt.date(2027, R.randint(1, 11), R.randint(1, 28)); n = R.randint(20, 90)
    end = start + dt.timedelta(days=n)
    q = (f"一个项目从{start.year}年{start.month}月{start.day}日开始（这一天算第0天），{n}天后是哪一天？" if lang=="zh" else
         f"A loan is issued on {start.strftime('%B')} {start.day}, {start.year}. Repayment is due exactly {n} days later. On what date is it due?")
    steps = [f"Count forward {n} days from {start.isoformat()} month by month.", f"Arrive at {end.isoformat()}."]
    ref = R.choice([end.isoformat(), f"{end.strftime('%B')} {end.day}, {end.year}", f"{end.day} {end.strftime('%B')} {end.year}"])
    good = [end.isoformat(), f"{end.strftime('%B')} {end.day}, {end.year}", f"{end.day} {end.strftime('%b')} {end.year}", f"{end.year}年{end.month}月{end.day}日", f"{end.strftime('%A')}, {end.strftime('%B')} {end.day}, {end.year}"]
    off = end + dt.timedelta(days=1)
    bad = [(f"{off.strftime('%B')} {off.day}, {off.year}", "off_by_one_day"), (f"{end.year}-{end.day:02d}-{end.month:02d}" if end.day <= 12 and end.day != end.month else (end - dt.timedelta(days=1)).isoformat(), "day_month_swapped" if end.day <= 12 and end.day != end.month else "off_by_one_day")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="gsm8k_like", lang=lang)


@fam
def line(lang):
    while True:
        x1, y1, x2, y2 = [R.randint(-6, 6) for _ in range(4)]
        if x1 != x2 and (y2 - y1) % (x2 - x1) == 0 and y1 != y2: break
    m = (y2 - y1) // (x2 - x1); b = y1 - m*x1
    def lin(m, b):
        s = ("x" if m == 1 else "-x" if m == -1 else f"{m}x")
        return f"y = {s}" + ("" if b == 0 else f" {'+' if b>0 else '-'} {abs(b)}")
    q = (f"求经过点 $({x1}, {y1})$ 和 $({x2}, {y2})$ 的直线方程。" if lang=="zh" else f"Find the equation of the line through $({x1}, {y1})$ and $({x2}, {y2})$.")
    steps = [f"Slope = ({y2} − {y1})/({x2} − {x1}) = {m}.", f"Intercept: {y1} = {m}·{x1} + b ⇒ b = {b}."]
    cx = lambda v: "x" if v == 1 else "-x" if v == -1 else f"{v}x"
    std = f"{cx(m)} - y {'+' if b>=0 else '-'} {abs(b)} = 0" if b else f"{cx(m)} - y = 0"
    ref = R.choice([lin(m, b), std])
    good = [lin(m, b), std, f"y {'-' if y1>=0 else '+'} {abs(y1)} = {m}(x {'-' if x1>=0 else '+'} {abs(x1)})", f"{cx(-m)} + y = {b}"]
    bad = [(lin(-m, b), "slope_sign"), (lin(m, -b) if b else lin(m, 1), "intercept_sign"), (lin(F(1, m) if m not in (0,) else 1, b).replace("1/", "\\frac{1}{") if False else lin(m, b + 1), "intercept_slip")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)


@fam
def percent(lang):
    old = R.choice([80, 120, 250, 400, 64, 150]); ch = R.choice([15, 20, 25, 35, 40, 12.5])
    new = old * (1 + ch/100)
    q = (f"某商品原价{old}元，现价{new:g}元。价格上涨了百分之几？" if lang=="zh" else
         f"A membership fee rose from ${old} to ${new:g}. By what percentage did it increase?")
    steps = [f"Increase = {new:g} − {old} = {new-old:g}.", f"{new-old:g}/{old} = {ch/100:g} = {ch:g}%."]
    ref = R.choice([f"{ch:g}\\%", f"{ch:g}%", f"{ch/100:g}"])
    good = [f"{ch:g}%", f"{ch:g} percent", f"{ch:g}\\%", f"百分之{zh_int(int(ch))}" if ch == int(ch) and lang == "zh" else f"{ch:g} per cent"]
    wrong = (new - old)/new*100
    bad = [(f"{wrong:.1f}%", "divided_by_new_price"), (f"{new-old:g}%", "absolute_as_percent"), (f"{100+ch:g}%", "ratio_not_increase")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="gsm8k_like", lang=lang)


@fam
def count_words(lang):
    # integer answer with number words; aime-like
    n = R.randint(5, 9)
    ans = n*(n-3)//2
    q = (f"一个凸{zh_int(n)}边形有多少条对角线？" if lang=="zh" else f"How many diagonals does a convex polygon with {n} sides have?")
    steps = [f"Each vertex connects to {n-3} non-adjacent vertices.", f"{n}·{n-3}/2 = {ans}."]
    ref = R.choice([str(ans), en_words(ans) or str(ans), f"\\boxed{{{ans}}}"])
    good = [str(ans), en_words(ans) or str(ans), f"{ans} diagonals"]
    if lang == "zh": good.append(f"{zh_int(ans)}条")
    bad = [(str(n*(n-3)), "forgot_halving"), (str(n*(n-1)//2), "counted_sides_too"), ((en_words(ans+1) or str(ans+1)), "off_by_one_words")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="aime_like", lang=lang)


@fam
def poly_expand(lang):
    while True:
        a, b = R.sample([-5,-4,-3,-2,2,3,4,5,6], 2)
        if a + b != 0: break
    B, C = a + b, a*b
    exp = f"x^2 {'+' if B>=0 else '-'} {abs(B)}x {'+' if C>=0 else '-'} {abs(C)}"
    q = (f"展开并化简 $(x {'+' if a>0 else '-'} {abs(a)})(x {'+' if b>0 else '-'} {abs(b)})$。" if lang=="zh" else f"Expand and simplify $(x {'+' if a>0 else '-'} {abs(a)})(x {'+' if b>0 else '-'} {abs(b)})$.")
    steps = [f"FOIL: x² + {b}x + {a}x + ({a})({b}).", f"= {exp}."]
    ref = R.choice([exp, f"(x {'+' if a>0 else '-'} {abs(a)})(x {'+' if b>0 else '-'} {abs(b)}) = {exp}"])
    good = [exp, f"{'' if C<0 else '+'}{C} {'+' if B>=0 else '-'} {abs(B)}x + x^2".lstrip("+"), exp.replace("x^2", "x²")]
    bad = [(f"x^2 {'+' if B>=0 else '-'} {abs(B)}x {'-' if C>=0 else '+'} {abs(C)}", "constant_sign"), (f"x^2 {'+' if -B>=0 else '-'} {abs(B)}x {'+' if C>=0 else '-'} {abs(C)}", "middle_sign"), (f"x^2 + {a*a+b*b}", "squared_terms_only")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)


@fam
def vec(lang):
    u = [R.randint(-4, 5) for _ in range(3)]; v = [R.randint(-4, 5) for _ in range(3)]
    c = [u[1]*v[2]-u[2]*v[1], u[2]*v[0]-u[0]*v[2], u[0]*v[1]-u[1]*v[0]]
    if c == [0,0,0]: u[0] += 1; c = [u[1]*v[2]-u[2]*v[1], u[2]*v[0]-u[0]*v[2], u[0]*v[1]-u[1]*v[0]]
    q = (f"设 $\\mathbf u = ({u[0]}, {u[1]}, {u[2]})$，$\\mathbf v = ({v[0]}, {v[1]}, {v[2]})$，求 $\\mathbf u \\times \\mathbf v$。" if lang=="zh" else
         f"Compute the cross product $\\mathbf u \\times \\mathbf v$ for $\\mathbf u = ({u[0]}, {u[1]}, {u[2]})$ and $\\mathbf v = ({v[0]}, {v[1]}, {v[2]})$.")
    steps = [f"i: {u[1]}·{v[2]} − {u[2]}·{v[1]} = {c[0]}", f"j: {u[2]}·{v[0]} − {u[0]}·{v[2]} = {c[1]}", f"k: {u[0]}·{v[1]} − {u[1]}·{v[0]} = {c[2]}"]
    ref = R.choice([f"({c[0]}, {c[1]}, {c[2]})", f"\\langle {c[0]}, {c[1]}, {c[2]} \\rangle", f"{c[0]}\\mathbf{{i}} + ({c[1]})\\mathbf{{j}} + ({c[2]})\\mathbf{{k}}"])
    good = [f"({c[0]}, {c[1]}, {c[2]})", f"\\begin{{pmatrix}} {c[0]} \\\\ {c[1]} \\\\ {c[2]} \\end{{pmatrix}}", f"<{c[0]}, {c[1]}, {c[2]}>", f"[{c[0]}, {c[1]}, {c[2]}]"]
    bad = [(f"({-c[0]}, {-c[1]}, {-c[2]})", "computed_v_cross_u"), (f"({c[0]}, {-c[1]}, {c[2]})" if c[1] else f"({c[0]}, 1, {c[2]})", "j_sign"), (f"({c[2]}, {c[1]}, {c[0]})" if c[0] != c[2] else f"({c[0]+1}, {c[1]}, {c[2]})", "components_reordered")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)


@fam
def range_ans(lang):
    lo = R.randint(2, 6); hi = lo + R.randint(2, 4)
    # |x - m| <= r  integer solutions count? use range
    m = (lo + hi); r = hi - lo
    q = (f"不等式 $|2x - {m}| \\le {r}$ 的解集是什么？" if lang=="zh" else f"For which real $x$ does $|2x - {m}| \\le {r}$ hold?")
    steps = [f"-{r} ≤ 2x − {m} ≤ {r}", f"{m-r} ≤ 2x ≤ {m+r}", f"{lo} ≤ x ≤ {hi}"]
    ref = R.choice([f"[{lo}, {hi}]", f"{lo} \\le x \\le {hi}"])
    good = [f"[{lo}, {hi}]", f"{lo} ≤ x ≤ {hi}", f"all x between {lo} and {hi} inclusive", f"x \\in [{lo},{hi}]"]
    bad = [(f"({lo}, {hi})", "open_interval"), (f"[{m-r}, {m+r}]", "forgot_divide_by_2"), (f"x \\le {lo} \\text{{ or }} x \\ge {hi}", "complement_region")]
    return dict(q=q, ref=ref, steps=steps, good=good, bad=bad, kat="math", ds="math_like", lang=lang)

"""dev12's math problem makers (everyday quantities, rates, ratios, probability, geometry, algebra), listed in GENS. Part of gen_dev12.py (see README.md)."""
import json, os, random, statistics
from fractions import Fraction as F
from phrasing import NAMES, R, ZNAMES, pick


def p_marbles():
    n = pick(NAMES); a = R.randint(20, 60); g = R.randint(3, 12); b = R.randint(5, 20); t = a - g + b
    noun = pick(["marbles", "stickers", "baseball cards", "seashells", "stamps"])
    q = f"{n} had {a} {noun}. {n} gave {g} to a friend and then bought {b} more. How many {noun} does {n} have now?"
    steps = [f"Start: {a} {noun}.", f"After giving away {g}: {a} - {g} = {a-g}.", f"After buying {b} more: {a-g} + {b} = {t}."]
    ver = [f"{t} - {b} = {a-g}, and {a-g} + {g} = {a}. ✓"]
    good = [f"{t} {noun}", f"{t}", f"{n} now has {t} {noun}."]
    bad = [(f"{a-g-b} {noun}", "sign_error_subtracted_instead"), (f"{a+g+b} {noun}", "added_all")]
    return dict(q=q, steps=steps, ver=ver, ref=pick([str(t), f"{t} {noun}"]), good=good, bad=bad, lang="en", ds="gsm8k_like", mid=f"{a-g}")


def p_money():
    n = pick(NAMES); qty = R.randint(3, 9); cents = R.choice([125, 175, 250, 225, 350, 275]); tot = qty * cents
    paid = ((tot // 1000) + 1) * 1000 if tot % 1000 else tot + 1000; ch = paid - tot
    d, c = divmod(ch, 100)
    words = {0:"zero",1:"one",2:"two",3:"three",4:"four",5:"five",6:"six",7:"seven",8:"eight",9:"nine",10:"ten",11:"eleven",12:"twelve",13:"thirteen",14:"fourteen",15:"fifteen",16:"sixteen",17:"seventeen",18:"eighteen",19:"nineteen",20:"twenty",25:"twenty-five",50:"fifty",75:"seventy-five"}
    q = f"{n} buys {qty} notebooks at ${cents/100:.2f} each and pays with ${paid//100} in bills. How much change does {n} receive?"
    steps = [f"Cost: {qty} × ${cents/100:.2f} = ${tot/100:.2f}.", f"Change: ${paid/100:.2f} - ${tot/100:.2f} = ${ch/100:.2f}."]
    ver = [f"${tot/100:.2f} + ${ch/100:.2f} = ${paid/100:.2f} ✓"]
    good = [f"${ch/100:.2f}", f"{ch/100:g} dollars", f"{ch} cents"]
    if d in words and c in words: good.append(f"{words[d]} dollars and {words[c]} cents" if c else f"{words[d]} dollars")
    bad = [(f"${tot/100:.2f}", "gave_cost_not_change"), (f"{ch} dollars", "cents_read_as_dollars"), (f"${ch/1000:.2f}", "scale_off_by_10")]
    return dict(q=q, steps=steps, ver=ver, ref=pick([f"${ch/100:.2f}", f"{ch/100:g}", f"{ch/100:.2f} dollars"]), good=good, bad=bad, lang="en", ds="gsm8k_like", mid=f"${tot/100:.2f}")


def p_yuan():
    n = pick(ZNAMES); p = R.choice([35, 45, 65, 85, 125]); k = R.randint(3, 8); tot = p * k  # in jiao
    y, j = divmod(tot, 10)
    q = f"{n}买了{k}支钢笔，每支{p/10:g}元，一共要付多少钱？"
    steps = [f"单价 {p/10:g} 元，数量 {k} 支。", f"总价 = {p/10:g} × {k} = {tot/10:g} 元。"]
    ver = [f"{tot/10:g} ÷ {k} = {p/10:g} ✓"]
    good = [f"{tot/10:g}元", f"¥{tot/10:g}", f"{y}元{j}角" if j else f"{y}元", f"{tot/10:g} 元（人民币）"]
    bad = [(f"{tot}元", "jiao_as_yuan_scale"), (f"{(p*(k-1))/10:g}元", "off_by_one_count"), (f"{y}元", "dropped_jiao") if j else (f"{y+1}元", "rounded_up")]
    return dict(q=q, steps=steps, ver=ver, ref=pick([f"{tot/10:g}", f"{tot/10:g}元"]), good=good, bad=bad, lang="zh", ds="gsm8k_like", mid=f"{p/10:g}")


def p_duration():
    n = pick(NAMES); sh, sm = R.randint(8, 11), R.choice([10, 15, 20, 40, 45, 50]); dm = R.choice([95, 105, 125, 140, 155, 170])
    eh, em = divmod(sh * 60 + sm + dm, 60)
    h, m = divmod(dm, 60)
    ask_end = R.random() < 0.5
    if ask_end:
        q = f"{n}'s train leaves at {sh}:{sm:02d} a.m. and the trip takes {h} hours {m} minutes. At what time does it arrive?"
        eh12 = eh if eh <= 12 else eh - 12; ap = "a.m." if eh < 12 else "p.m."
        steps = [f"Departure {sh}:{sm:02d}. Add {h} h → {sh+h}:{sm:02d}.", f"Add {m} min → {eh}:{em:02d} in 24-hour time."]
        good = [f"{eh12}:{em:02d} {ap}", f"{eh}:{em:02d}", f"{eh12}:{em:02d} in the {'morning' if ap=='a.m.' else 'afternoon'}"]
        wrong_h = eh12 + 1 if eh12 < 12 else 1
        bad = [(f"{wrong_h}:{em:02d} {ap}", "hour_carry_error"), (f"{eh12}:{em:02d} {'p.m.' if ap=='a.m.' else 'a.m.'}", "am_pm_swapped")]
        ref = pick([f"{eh12}:{em:02d} {ap}", f"{eh}:{em:02d}"])
        ver = [f"From {sh}:{sm:02d} to {eh}:{em:02d} is {dm} minutes = {h} h {m} min ✓"]
    else:
        q = f"A movie starts at {sh}:{sm:02d} and ends at {eh}:{em:02d} (24-hour clock). How long is the movie?"
        steps = [f"Convert to minutes: start {sh*60+sm}, end {eh*60+em}.", f"Difference: {dm} minutes = {h} h {m} min."]
        good = [f"{h} h {m} min", f"{dm} minutes", f"{h} hours and {m} minutes", f"{dm/60:.4g} hours" if (dm*100)%60==0 else f"{h} hr {m} min"]
        bad = [(f"{h} h {m+10} min", "minute_arith_error"), (f"{dm/60:.2f} h {m} min", "mixed_units_garbled") if False else (f"{h}.{m} hours", "hours_minutes_as_decimal")]
        ref = pick([f"{dm} minutes", f"{h} hours {m} minutes"])
        ver = [f"{sh}:{sm:02d} + {dm} min = {eh}:{em:02d} ✓"]
    return dict(q=q, steps=steps, ver=ver, ref=ref, good=good, bad=bad, lang="en", ds="gsm8k_like", mid=f"{dm}")


def p_zh_time():
    sh, sm = R.randint(13, 16), R.choice([5, 15, 25, 35]); dm = R.choice([50, 70, 85, 110])
    eh, em = divmod(sh * 60 + sm + dm, 60)
    q = f"下午{sh-12}:{sm:02d}开始上课，课程持续{dm}分钟，几点下课？"
    steps = [f"{sh-12}:{sm:02d} 即 {sh}:{sm:02d}。", f"{dm} 分钟 = {dm//60} 小时 {dm%60} 分钟。", f"{sh}:{sm:02d} + {dm//60}:{dm%60:02d} = {eh}:{em:02d}。"]
    good = [f"下午{eh-12}:{em:02d}", f"{eh}:{em:02d}", f"下午{eh-12}点{em}分"]
    bad = [(f"上午{eh-12}:{em:02d}", "am_pm_swapped"), (f"下午{eh-12}:{(em+10)%60:02d}", "minute_error")]
    return dict(q=q, steps=steps, ver=[f"{eh}:{em:02d} - {sh}:{sm:02d} = {dm} 分钟 ✓"], ref=pick([f"下午{eh-12}:{em:02d}", f"{eh}:{em:02d}"]), good=good, bad=bad, lang="zh", ds="gsm8k_like", mid=f"{sh}:{sm:02d}")


def p_speed():
    d = R.choice([120, 144, 180, 210, 96]); tm = R.choice([90, 150, 120, 180, 135]); v = F(d * 60, tm)
    if v.denominator != 1: d = 36 * tm // 60 * 1; v = F(d * 60, tm)
    v = F(d * 60, tm)
    q = f"A car travels {d} km in {tm//60} h {tm%60} min. What is its average speed in km/h?" if tm % 60 else f"A car travels {d} km in {tm//60} hours. What is its average speed in km/h?"
    steps = [f"Time = {tm} min = {F(tm,60)} h = {tm/60:g} h.", f"Speed = {d} / {tm/60:g} = {float(v):g} km/h."]
    ms = v * 1000 / 3600
    good = [f"{float(v):g} km/h", f"{float(v):g} kilometres per hour", f"{float(v):g}"]
    if ms.denominator == 1: good.append(f"{ms} m/s (= {float(v):g} km/h)")
    bad = [(f"{float(v):g} m/s", "wrong_unit_same_number"), (f"{d/(tm//60):g} km/h", "ignored_minutes") if tm % 60 else (f"{float(v)*2:g} km/h", "doubled")]
    return dict(q=q, steps=steps, ver=[f"{float(v):g} × {tm/60:g} = {d} ✓"], ref=pick([f"{float(v):g} km/h", f"{float(v):g}"]), good=good, bad=bad, lang="en", ds="gsm8k_like", mid=f"{tm}")


def p_rate():
    n = pick(NAMES); pages = R.choice([90, 120, 135, 150, 180]); mins = R.choice([30, 45, 60]); r = F(pages, mins)
    q = f"{n} reads {pages} pages in {mins} minutes at a steady pace. What is {n}'s reading rate in pages per minute?"
    steps = [f"Rate = pages / time = {pages} / {mins}.", f"= {r} pages per minute" + (f" = {float(r):g}" if r.denominator != 1 else "") + "."]
    good = [f"{float(r):g} pages per minute", f"{r} pages/min", f"{float(r)*60:g} pages per hour"]
    if r.denominator != 1: good.append(f"{r.numerator//r.denominator} {r.numerator%r.denominator}/{r.denominator} pages per minute")
    bad = [(f"{float(1/r):.3g} pages per minute", "inverted_rate"), (f"{float(r)*60:g} pages per minute", "per_hour_labelled_per_minute")]
    return dict(q=q, steps=steps, ver=[f"{float(r):g} × {mins} = {pages} ✓"], ref=pick([f"{float(r):g}", f"{float(r):g} pages per minute"]), good=good, bad=bad, lang="en", ds="gsm8k_like", mid=f"{pages}")


def p_ratio():
    a, b = R.choice([(2, 3), (3, 5), (4, 7), (5, 3)]); k = R.randint(4, 12); tot = (a + b) * k
    q = f"Red and blue beads are in the ratio {a}:{b}. There are {tot} beads in total. How many more blue beads than red beads are there?" if b > a else f"Red and blue beads are in the ratio {a}:{b}. There are {tot} beads in total. How many more red beads than blue beads are there?"
    diff = abs(b - a) * k
    steps = [f"{a}+{b} = {a+b} parts; one part = {tot}/{a+b} = {k}.", f"Red = {a*k}, blue = {b*k}.", f"Difference = {diff}."]
    good = [f"{diff} beads", f"{diff}", f"There are {diff} more."]
    bad = [(f"{b*k} beads", "gave_count_not_difference"), (f"{abs(b-a)}", "parts_not_scaled")]
    return dict(q=q, steps=steps, ver=[f"{a*k}+{b*k} = {tot} ✓, ratio {a*k}:{b*k} = {a}:{b} ✓"], ref=str(diff), good=good, bad=bad, lang="en", ds="gsm8k_like", mid=f"{b*k}")


def p_scale():
    s = R.choice([50000, 25000, 200000, 100000]); cm = R.choice([3.5, 4.2, 6, 7.5, 2.8]); real_km = cm * s / 100000
    q = f"On a map with scale 1:{s:,}, two towns are {cm} cm apart. What is the actual distance between them in kilometres?"
    steps = [f"Actual = {cm} × {s:,} cm = {cm*s:,.0f} cm.", f"100,000 cm = 1 km, so {cm*s:,.0f} cm = {real_km:g} km."]
    good = [f"{real_km:g} km", f"{real_km*1000:g} m", f"{real_km:g} kilometers"]
    bad = [(f"{real_km*10:g} km", "conversion_scale_x10"), (f"{real_km:g} m", "km_value_with_m_unit")]
    return dict(q=q, steps=steps, ver=[f"{real_km:g} km = {cm*s:,.0f} cm; ÷ {s:,} = {cm} ✓"], ref=pick([f"{real_km:g} km", f"{real_km:g}"]), good=good, bad=bad, lang="en", ds="math_like", mid=f"{cm*s:,.0f}")


def p_average():
    xs = [R.randint(60, 99) for _ in range(4)]; t = R.randint(70, 95); need = t * 5 - sum(xs)
    while not (50 <= need <= 100): xs = [R.randint(60, 99) for _ in range(4)]; need = t * 5 - sum(xs)
    q = f"A student scored {', '.join(map(str, xs))} on four tests. What score on the fifth test gives an average of exactly {t}?"
    steps = [f"Needed total = 5 × {t} = {5*t}.", f"Current total = {sum(xs)}.", f"Fifth score = {5*t} - {sum(xs)} = {need}."]
    good = [f"{need}", f"{need} points", f"a score of {need}"]
    bad = [(f"{sum(xs)/4:g}", "gave_current_average") if sum(xs)/4 != need else (f"{need-3}", "arith_slip"), (f"{need+5}", "arith_slip")]
    return dict(q=q, steps=steps, ver=[f"({sum(xs)} + {need})/5 = {t} ✓"], ref=str(need), good=good, bad=bad, lang="en", ds="gsm8k_like", mid=f"{sum(xs)}")


def p_percent():
    old = R.choice([40, 80, 120, 250, 60, 75]); pct = R.choice([15, 20, 25, 35, 40, -20, -25, -12]); new = old * (100 + pct) / 100
    q = f"The price of a jacket changed from ${old} to ${new:g}. What is the percent change?"
    word = "increase" if pct > 0 else "decrease"
    steps = [f"Change = {new:g} - {old} = {new-old:g}.", f"Percent change = {new-old:g}/{old} × 100% = {pct}%."]
    good = [f"{pct}%", f"a {abs(pct)}% {word}", f"{pct/100:g} (i.e. {pct}%)"]
    bad = [(f"{-pct}%", "sign_flipped"), (f"{abs(new-old)/new*100:.4g}%", "divided_by_new_value"), (f"{pct/100:g}%", "fraction_with_percent_sign")]
    return dict(q=q, steps=steps, ver=[f"{old} × {1+pct/100:g} = {new:g} ✓"], ref=pick([f"{pct}%", f"{abs(pct)}% {word}"]) if pct < 0 else pick([f"{pct}%", f"{pct}\\%"]), good=good, bad=bad, lang="en", ds="gsm8k_like", mid=f"{new-old:g}")


def p_prob():
    r, b = R.choice([(3, 5), (2, 6), (5, 3), (4, 8), (3, 9)]); p = F(r, r + b)
    q = f"A bag contains {r} red and {b} blue marbles. One marble is drawn at random. What is the probability it is red?"
    steps = [f"Total = {r+b}.", f"P(red) = {r}/{r+b} = {p}."]
    good = [f"{p}", f"{p.numerator} in {p.denominator}", f"{float(p)*100:g}%" if (p.denominator in (2,4,5,8,10,20,25)) else f"\\frac{{{p.numerator}}}{{{p.denominator}}}", f"{r}/{r+b}"]
    bad = [(f"{F(b, r+b)}", "complement"), (f"{r}:{b}", "odds_not_probability") if True else None, (f"{r} in {b}", "odds_as_in")]
    return dict(q=q, steps=steps, ver=[f"{p} + {F(b,r+b)} = 1 ✓"], ref=pick([f"\\frac{{{p.numerator}}}{{{p.denominator}}}", str(p)]), good=good, bad=bad, lang="en", ds="math_like", mid=f"{r+b}")


def p_area():
    l, w = R.randint(4, 15), R.randint(3, 12); h = R.randint(2, 9)
    if R.random() < 0.5:
        q = f"A rectangular garden is {l} m long and {w} m wide. What is its area?"
        steps = [f"Area = length × width = {l} × {w}.", f"= {l*w} m²."]
        good = [f"{l*w} m²", f"{l*w} square metres", f"{l*w} m^2", f"{l*w*10000} cm²"]
        bad = [(f"{2*(l+w)} m", "perimeter_not_area"), (f"{l*w} m", "linear_unit_for_area"), (f"{l*w*100} cm²", "cm2_conversion_x100")]
        ref = pick([f"{l*w} m^2", f"{l*w}\\ \\text{{m}}^2", f"{l*w}"]); mid = str(2 * (l + w))
    else:
        q = f"A box has length {l} cm, width {w} cm and height {h} cm. What is its volume?"
        steps = [f"V = l × w × h = {l} × {w} × {h}.", f"= {l*w*h} cm³."]
        good = [f"{l*w*h} cm³", f"{l*w*h} cubic centimetres", f"{l*w*h} mL", f"{l*w*h/1000:g} L"]
        bad = [(f"{l*w*h} cm²", "square_unit_for_volume"), (f"{2*(l*w+w*h+l*h)} cm²", "surface_area"), (f"{l*w*h/100:g} L", "litre_conversion_wrong")]
        ref = pick([f"{l*w*h} cm^3", f"{l*w*h}"]); mid = str(l * w)
    return dict(q=q, steps=steps, ver=["Units check out."], ref=ref, good=good, bad=bad, lang="en", ds="math_like", mid=mid)


def p_seq():
    a1, d = R.randint(-5, 9), R.choice([2, 3, 4, 5, 7]); n = R.choice([10, 12, 15, 20]); an = a1 + (n - 1) * d
    q = f"An arithmetic sequence starts {a1}, {a1+d}, {a1+2*d}, ... What is the {n}th term?"
    steps = [f"First term a₁ = {a1}, common difference d = {d}.", f"aₙ = a₁ + (n-1)d, so a_{n} = {a1} + {n-1}×{d} = {an}."]
    good = [f"{an}", f"The {n}th term is {an}.", f"a_{{{n}}} = {an}"]
    bad = [(f"{a1 + n*d}", "off_by_one_index"), (f"{an - d}", "gave_previous_term"), (f"{a1}+{n-1}·{d}", "unevaluated_wrong") if False else (f"{n*(a1+an)//2}", "gave_sum_not_term")]
    return dict(q=q, steps=steps, ver=[f"a_{n-1} = {an-d}, plus {d} gives {an} ✓"], ref=str(an), good=good, bad=bad, lang="en", ds="math_like", mid=f"{an-d}")


def p_param():
    k0 = R.randint(1, 6)
    # x^2 - 2x + (k - c) > 0 for all x  <=> discriminant < 0: 4 - 4(k-c) < 0 <=> k > c+1
    c = k0 - 1
    q = f"For which real values of $k$ is $x^2 - 2x + k - {c} > 0$ for every real $x$?" if c else "For which real values of $k$ is $x^2 - 2x + k > 0$ for every real $x$?"
    steps = [f"Need discriminant < 0: $4 - 4(k - {c}) < 0$.", f"So $k - {c} > 1$, i.e. $k > {k0}$."]
    good = [f"k > {k0}", f"$k \\in ({k0}, \\infty)$", f"({k0}, +∞)", f"all k greater than {k0}"]
    bad = [(f"k ≥ {k0}", "boundary_included"), (f"k < {k0}", "inequality_reversed"), (f"k > {k0-1}", "off_by_one")]
    return dict(q=q, steps=steps, ver=[f"At k = {k0}, the quadratic is $(x-1)^2$, which is 0 at x=1, so k={k0} fails. ✓"], ref=pick([f"k > {k0}", f"({k0}, \\infty)"]), good=good, bad=bad, lang="en", ds="math_like", mid=f"{k0}")


def p_roots():
    r1, r2 = R.sample([-6, -4, -3, -2, -1, 1, 2, 3, 5, 7], 2)
    while r1 == -r2: r1, r2 = R.sample([-6, -4, -3, -2, -1, 1, 2, 3, 5, 7], 2)
    b = -(r1 + r2); c = r1 * r2
    q = f"Solve $x^2 {'+' if b>=0 else '-'} {abs(b)}x {'+' if c>=0 else '-'} {abs(c)} = 0$."
    lo, hi = sorted([r1, r2])
    steps = [f"Factor: $(x {'-' if r1>=0 else '+'} {abs(r1)})(x {'-' if r2>=0 else '+'} {abs(r2)}) = 0$.", f"So $x = {r1}$ or $x = {r2}$."]
    good = [f"x = {hi} or x = {lo}", f"\\{{{lo}, {hi}\\}}", f"x_1 = {lo}, x_2 = {hi}", f"{hi}, {lo}"]
    bad = [(f"x = {-r1} or x = {-r2}", "signs_flipped"), (f"x = {r1}", "one_root_only")]
    return dict(q=q, steps=steps, ver=[f"Sum {r1+r2} = {-b} ✓, product {c} ✓"], ref=pick([f"x={lo}, x={hi}", f"\\{{{lo},{hi}\\}}", f"{lo}, {hi}"]), good=good, bad=bad, lang="en", ds="math_like", mid=f"{r1}")


def p_line():
    x1, y1 = R.randint(-3, 3), R.randint(-4, 4); m = R.choice([2, -1, 3, -2]); x2 = x1 + 2; y2 = y1 + 2 * m; b = y1 - m * x1
    q = f"Find the equation of the line through $({x1}, {y1})$ and $({x2}, {y2})$."
    bs = f"{'+' if b>=0 else '-'} {abs(b)}" if b else ""
    steps = [f"Slope m = ({y2} - {y1})/({x2} - {x1}) = {m}.", f"b = {y1} - ({m})({x1}) = {b}."]
    good = [f"y = {m}x {bs}".strip(), f"{m}x - y {'+' if b>=0 else '-'} {abs(b)} = 0", f"y - {y1} = {m}(x - {x1})".replace("- -", "+ ")]
    bad = [(f"y = {-m}x {bs}".strip(), "slope_sign_wrong"), (f"y = {m}x {'+' if -b>=0 else '-'} {abs(b)}" if b else f"y = {m}x + 1", "intercept_wrong")]
    return dict(q=q, steps=steps, ver=[f"Check ({x2},{y2}): {m}·{x2} + {b} = {m*x2+b} ✓"], ref=f"y = {m}x {bs}".strip(), good=good, bad=bad, lang="en", ds="math_like", mid=f"{m}")


def p_frac():
    a, b = F(R.randint(1, 4), R.choice([3, 4, 5])), F(R.randint(1, 5), R.choice([2, 6, 8])); s = a + b + R.randint(1, 3)
    whole = s.numerator // s.denominator; rem = s - whole
    q = f"A recipe uses {a} cup of sugar, {b} cup of honey and {s-a-b} cups of flour. How many cups is that in total?"
    steps = [f"{a} + {b} = {a+b}.", f"{a+b} + {s-a-b} = {s}."]
    good = [f"{s}", f"{whole} {rem.numerator}/{rem.denominator} cups" if rem else f"{whole} cups", f"\\frac{{{s.numerator}}}{{{s.denominator}}}", f"{float(s):.4g} cups" if s.denominator in (2, 4, 5, 8, 10, 20, 40) else f"{s} cups"]
    bad = [(f"{float(s)+0.5:g} cups", "decimal_wrong"), (f"{F(a.numerator+b.numerator, a.denominator+b.denominator)+s-a-b}", "added_numerators_and_denominators")]
    return dict(q=q, steps=steps, ver=[f"{s} - {b} - {a} = {s-a-b} ✓"], ref=pick([f"{whole} {rem.numerator}/{rem.denominator}" if rem else str(whole), f"\\frac{{{s.numerator}}}{{{s.denominator}}}"]), good=good, bad=bad, lang="en", ds="gsm8k_like", mid=f"{a+b}")


def p_zh_speed():
    v1, v2 = R.choice([(60, 40), (45, 55), (70, 50), (80, 40)]); t = R.choice([2, 3, 1.5, 2.5]); d = (v1 + v2) * t
    q = f"甲、乙两车从相距{d:g}千米的两地同时相向而行，甲车每小时行{v1}千米，乙车每小时行{v2}千米。几小时后两车相遇？"
    steps = [f"速度和 = {v1} + {v2} = {v1+v2} 千米/时。", f"相遇时间 = {d:g} ÷ {v1+v2} = {t:g} 小时。"]
    h = int(t); mm = int(round((t - h) * 60))
    good = [f"{t:g}小时", f"{h}小时{mm}分钟" if mm else f"{h}个小时", f"{int(t*60)}分钟"]
    bad = [(f"{t*60:g}小时", "minutes_value_hours_unit"), (f"{d/(v1-v2):g}小时", "used_speed_difference")]
    return dict(q=q, steps=steps, ver=[f"{v1+v2} × {t:g} = {d:g} ✓"], ref=pick([f"{t:g}", f"{t:g}小时"]), good=good, bad=bad, lang="zh", ds="gsm8k_like", mid=f"{v1+v2}")


def p_zh_work():
    a, b = R.choice([(6, 3), (12, 4), (10, 15), (20, 30), (12, 6)]); t = F(a * b, a + b)
    q = f"一项工程，甲单独做需要{a}天完成，乙单独做需要{b}天完成。两人合作需要多少天完成？"
    steps = [f"甲的工作效率 1/{a}，乙 1/{b}。", f"合作效率 1/{a} + 1/{b} = {F(1,a)+F(1,b)}。", f"时间 = 1 ÷ {F(1,a)+F(1,b)} = {t} 天。"]
    good = [f"{t}天", f"{float(t):g}天" if t.denominator in (1, 2, 4, 5) else f"{t} 天", f"合作需要{t}天完成"]
    bad = [(f"{(a+b)/2:g}天", "averaged_times"), (f"{a+b}天", "added_times")]
    return dict(q=q, steps=steps, ver=[f"{t} × {F(1,a)+F(1,b)} = 1 ✓"], ref=pick([str(t), f"{t}天"]), good=good, bad=bad, lang="zh", ds="gsm8k_like", mid=f"{F(1,a)+F(1,b)}")


def p_zh_percent():
    orig = R.choice([200, 400, 500, 800]); d = R.choice([8, 7.5, 9, 6]); p = orig * d / 10
    q = f"一件商品原价{orig}元，打{d:g}折出售，现价是多少元？比原价便宜了多少元？（只回答现价）"
    steps = [f"打{d:g}折即原价的 {d*10:g}%。", f"现价 = {orig} × {d/10:g} = {p:g} 元。"]
    good = [f"{p:g}元", f"¥{p:g}", f"现价{p:g}元"]
    bad = [(f"{orig-p:g}元", "gave_discount_amount"), (f"{orig*(1-d/10):g}元", "discount_interpreted_as_off")]
    return dict(q=q, steps=steps, ver=[f"{p:g} ÷ {orig} = {d/10:g} ✓"], ref=f"{p:g}", good=good, bad=bad, lang="zh", ds="gsm8k_like", mid=f"{d*10:g}%")


def p_zh_geo():
    r = R.randint(2, 9)
    q = f"一个圆的半径是{r}厘米，求它的面积。（结果用π表示）"
    steps = [f"S = πr² = π × {r}² 。", f"= {r*r}π 平方厘米。"]
    good = [f"{r*r}π平方厘米", f"{r*r}\\pi \\text{{ cm}}^2", f"{r*r}π cm²"]
    bad = [(f"{2*r}π厘米", "circumference_not_area"), (f"{r*r}π厘米", "linear_unit"), (f"{r*r*3.14:g}平方厘米（取π≈3.14）", "decimal_when_pi_required") if False else (f"{2*r*r}π平方厘米", "doubled")]
    return dict(q=q, steps=steps, ver=[f"直径 {2*r}，半径 {r}，面积 {r*r}π ✓"], ref=pick([f"{r*r}\\pi", f"{r*r}π平方厘米"]), good=good, bad=bad, lang="zh", ds="math_like", mid=f"{2*r}π")


def p_sci():
    m = R.choice([3.2, 4.5, 6.0, 1.5, 2.4]); e = R.randint(5, 9); k = R.choice([2, 3, 4])
    val = m * k; ee = e
    while val >= 10: val /= 10; ee += 1
    q = f"Compute $({m:g}\\times 10^{{{e}}}) \\times {k}$ and express in scientific notation."
    steps = [f"{m:g} × {k} = {m*k:g}.", f"So the product is {m*k:g} × 10^{e} = {val:g} × 10^{ee}."]
    good = [f"{val:g} \\times 10^{{{ee}}}", f"{val:g}e{ee}", f"{val*10**ee:,.0f}", f"{val:g} × 10^{ee}"]
    bad = [(f"{val:g} \\times 10^{{{ee+1}}}", "exponent_off_by_one"), (f"{m*k:g} \\times 10^{{{ee}}}", "scale_x10") if m*k >= 10 else (f"{val:g} \\times 10^{{{ee-1}}}", "exponent_off_by_one_down")]
    return dict(q=q, steps=steps, ver=[f"{val:g}e{ee} / {k} = {m:g}e{e} ✓"], ref=pick([f"{val:g}\\times10^{{{ee}}}", f"{val*10**ee:.0f}"]), good=good, bad=bad, lang="en", ds="math_like", mid=f"{m*k:g}")


def p_angle():
    deg = R.choice([30, 45, 60, 120, 135, 150, 210, 270]); fr = F(deg, 180)
    pis = (f"\\frac{{{fr.numerator if fr.numerator!=1 else ''}\\pi}}{{{fr.denominator}}}" if fr.denominator != 1 else f"{fr.numerator}\\pi")
    q = f"Convert {deg}° to radians."
    steps = [f"Multiply by π/180: {deg} × π/180.", f"= {fr}π."]
    good = [pis, f"{fr.numerator if fr.numerator!=1 else ''}π/{fr.denominator} rad", f"({fr})π radians"]
    bad = [(f"{deg}", "left_in_degrees"), (f"{F(180, deg)}π", "inverted_factor"), (f"{float(fr):.4g}", "dropped_pi")]
    return dict(q=q, steps=steps, ver=[f"{fr}π × 180/π = {deg}° ✓"], ref=pis, good=good, bad=bad, lang="en", ds="math_like", mid=f"{deg}")


def p_vec():
    a = [R.randint(-4, 5) for _ in range(2)]; b = [R.randint(-4, 5) for _ in range(2)]; k = R.choice([2, 3, -1])
    s = [k * a[0] + b[0], k * a[1] + b[1]]
    q = f"Let $\\mathbf{{u}} = ({a[0]}, {a[1]})$ and $\\mathbf{{v}} = ({b[0]}, {b[1]})$. Compute ${k}\\mathbf{{u}} + \\mathbf{{v}}$."
    steps = [f"{k}u = ({k*a[0]}, {k*a[1]}).", f"Add v: ({k*a[0]}+{b[0]}, {k*a[1]}+{b[1]}) = ({s[0]}, {s[1]})."]
    good = [f"({s[0]}, {s[1]})", f"\\begin{{pmatrix}} {s[0]} \\\\ {s[1]} \\end{{pmatrix}}", f"⟨{s[0]}, {s[1]}⟩"]
    bad = [(f"({s[1]}, {s[0]})", "components_swapped") if s[0] != s[1] else (f"({s[0]}, {s[1]+1})", "component_slip"), (f"({a[0]+b[0]}, {a[1]+b[1]})", "forgot_scalar") if k != 1 and (a[0]+b[0], a[1]+b[1]) != tuple(s) else (f"({s[0]+1}, {s[1]})", "component_slip")]
    return dict(q=q, steps=steps, ver=[f"Componentwise: {k}·{a[0]}+{b[0]}={s[0]}, {k}·{a[1]}+{b[1]}={s[1]} ✓"], ref=f"({s[0]}, {s[1]})", good=good, bad=bad, lang="en", ds="math_like", mid=f"({k*a[0]}, {k*a[1]})")


def p_interval():
    a = R.randint(2, 5); b = R.randint(1, 9); c = R.randint(10, 30)
    # a x + b <= c  -> x <= (c-b)/a
    t = F(c - b, a)
    q = f"Solve the inequality ${a}x + {b} \\le {c}$."
    steps = [f"Subtract {b}: {a}x ≤ {c-b}.", f"Divide by {a}: x ≤ {t}."]
    ts = str(t) if t.denominator == 1 else f"\\frac{{{t.numerator}}}{{{t.denominator}}}"
    good = [f"x \\le {ts}", f"(-\\infty, {ts}]", f"x ≤ {float(t):g}" if t.denominator in (1, 2, 4, 5) else f"x ≤ {t}"]
    bad = [(f"x < {ts}", "strict_vs_nonstrict"), (f"(-\\infty, {ts})", "open_endpoint"), (f"x \\ge {ts}", "direction_reversed")]
    return dict(q=q, steps=steps, ver=[f"x = {float(t):g}: {a}·{float(t):g}+{b} = {c} ✓ (boundary included)"], ref=pick([f"x \\leq {ts}", f"(-\\infty, {ts}]"]), good=good, bad=bad, lang="en", ds="math_like", mid=f"{c-b}")


def p_date():
    import datetime
    d0 = datetime.date(2025, R.randint(1, 11), R.randint(1, 28)); n = R.choice([45, 60, 75, 100, 90])
    d1 = d0 + datetime.timedelta(days=n)
    q = f"A 2025 project starts on {d0.strftime('%B')} {d0.day}. It lasts exactly {n} days (the end date is {n} days after the start date). What is the end date?"
    steps = [f"Start {d0.isoformat()}.", f"Counting forward {n} days month by month lands on {d1.isoformat()}."]
    good = [f"{d1.strftime('%B')} {d1.day}, {d1.year}", f"{d1.isoformat()}", f"{d1.day} {d1.strftime('%B')} {d1.year}"]
    w1 = d1 + datetime.timedelta(days=1); w2 = d1 - datetime.timedelta(days=1)
    bad = [(f"{w1.strftime('%B')} {w1.day}, {w1.year}", "fencepost_plus_one"), (f"{w2.strftime('%B')} {w2.day}, {w2.year}", "fencepost_minus_one")]
    return dict(q=q, steps=steps, ver=[f"{d1.isoformat()} minus {n} days = {d0.isoformat()} ✓"], ref=pick([d1.isoformat(), f"{d1.strftime('%B')} {d1.day}, {d1.year}"]), good=good, bad=bad, lang="en", ds="gsm8k_like", mid=d0.isoformat())


def p_matrix():
    a, b, c, d = [R.randint(-3, 5) for _ in range(4)]; det = a * d - b * c
    q = f"Compute the determinant of $\\begin{{pmatrix}} {a} & {b} \\\\ {c} & {d} \\end{{pmatrix}}$."
    steps = [f"det = ad - bc = ({a})({d}) - ({b})({c}).", f"= {a*d} - {b*c} = {det}."]
    good = [f"{det}", f"\\det = {det}", f"the determinant equals {det}"]
    bad = [(f"{a*d+b*c}", "added_instead_of_subtracted") if a*d+b*c != det else (f"{det+1}", "slip"), (f"{-det}", "sign_flipped") if det else (f"{1}", "slip")]
    return dict(q=q, steps=steps, ver=[f"Recomputed: {a}·{d} = {a*d}, {b}·{c} = {b*c}, difference {det} ✓"], ref=str(det), good=good, bad=bad, lang="en", ds="math_like", mid=f"{a*d}")


def p_zh_seq():
    a1, q_ = R.choice([1, 2, 3]), R.choice([2, 3]); n = R.choice([5, 6, 7]); an = a1 * q_ ** (n - 1)
    q = f"等比数列的首项为{a1}，公比为{q_}，求第{n}项。"
    steps = [f"a_n = a_1 q^(n-1)。", f"a_{n} = {a1} × {q_}^{n-1} = {an}。"]
    good = [f"{an}", f"第{n}项是{an}", f"a_{n}={an}"]
    bad = [(f"{a1*q_**n}", "exponent_off_by_one"), (f"{a1*(q_**n-1)//(q_-1)}", "gave_sum")]
    return dict(q=q, steps=steps, ver=[f"{an} ÷ {q_}^{n-1} = {a1} ✓"], ref=str(an), good=good, bad=bad, lang="zh", ds="math_like", mid=f"{an//q_}")


def p_radical():
    a = R.choice([2, 3, 5, 6, 7]); k = R.choice([2, 3, 4]); s = k * k * a
    q = f"Simplify $\\sqrt{{{s}}}$. What is the exact length of the diagonal of a square with side {k}√{a//1 if False else a}·… no; just simplify √{s}." if False else f"A right triangle has legs of length {k*R.choice([1])}·√{a}... " if False else f"Simplify $\\sqrt{{{s}}}$ completely."
    steps = [f"{s} = {k*k} × {a}.", f"√{s} = √{k*k}·√{a} = {k}√{a}."]
    good = [f"{k}\\sqrt{{{a}}}", f"{k}√{a}", f"\\sqrt{{{a}}}\\cdot {k}"]
    bad = [(f"{k*k}\\sqrt{{{a}}}", "forgot_square_root_of_factor"), (f"{a}\\sqrt{{{k}}}", "swapped")]
    return dict(q=q, steps=steps, ver=[f"({k}√{a})² = {k*k}·{a} = {s} ✓"], ref=pick([f"{k}\\sqrt{{{a}}}", f"{k}\\sqrt{a}"]), good=good, bad=bad, lang="en", ds="math_like", mid=f"{k*k}")


GENS = [p_marbles, p_money, p_yuan, p_duration, p_zh_time, p_speed, p_rate, p_ratio, p_scale, p_average, p_percent, p_prob,
        p_area, p_seq, p_param, p_roots, p_line, p_frac, p_zh_speed, p_zh_work, p_zh_percent, p_zh_geo, p_sci, p_angle,
        p_vec, p_interval, p_date, p_matrix, p_zh_seq, p_radical]

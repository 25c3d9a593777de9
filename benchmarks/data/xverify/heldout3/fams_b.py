"""Math problem families, part B.  Each f_* (rng, lang) returns a lib.P."""
from fractions import Fraction as Fr
from math import comb
from lib import P, frp, frt, frd, term, commas, words, mixed_tex


def f_pct(rng, lang):
    while True:
        p, q = rng.choice([10, 20, 25, 30, 40, 50]), rng.choice([10, 20, 25, 30, 40, 50])
        net = Fr(p) - q - Fr(p * q, 100)
        if net != 0 and (net * 10).denominator == 1:
            break
    zh = lang == "zh"
    A = 100 + p
    B = Fr(A) * (100 - q) / 100
    v = frd(abs(net))
    if zh:
        ans = ("降低了%s%%" if net < 0 else "提高了%s%%") % v
        alts = ["%s%s%%" % ("-" if net < 0 else "+", v), ("下降%s%%" if net < 0 else "上涨%s%%") % v]
        refs = ["%s%s%%" % ("-" if net < 0 else "", v), ans]
    else:
        ans = ("a decrease of %s%%" if net < 0 else "an increase of %s%%") % v
        alts = ["%s%s%%" % ("-" if net < 0 else "+", v), ("%s%% decrease" if net < 0 else "%s%% increase") % v,
                ("down %s%%" if net < 0 else "up %s%%") % v]
        refs = ["%s%s%%" % ("-" if net < 0 else "", v), ("decreased by %s%%" if net < 0 else "increased by %s%%") % v]
    wn = p - q

    def wdesc(x):
        if x == 0:
            return "没有变化" if zh else "no change"
        if zh:
            return ("降低了%d%%" if x < 0 else "提高了%d%%") % abs(x)
        return ("a decrease of %d%%" if x < 0 else "an increase of %d%%") % abs(x)
    work = [("不妨设原价为 100 元，这样最后的差值直接就是百分数。提价 %d%% 后：100 × (1 + %d%%) = 100 × %s = %d 元。" if zh else
             "Take the original price to be $100, so the final difference reads directly as a percent. After the %d%% increase: "
             "100 × (1 + %d%%) = 100 × %s = %d.") % (p, p, frd(Fr(A, 100)), A),
            ("降价是在新价格 %d 元的基础上降 %d%%：%d × (1 − %d%%) = %d × %s = %s 元。" if zh else
             "The %d%% reduction applies to the new price of %d: %d × (1 − %d%%) = %d × %s = %s.") % (
                (A, q, A, q, A, frd(Fr(100 - q, 100)), frd(B)) if zh else (q, A, A, q, A, frd(Fr(100 - q, 100)), frd(B))),
            ("与原价相比：%s − 100 = %s，所以%s。" if zh else "Compared with the original: %s − 100 = %s, which is %s.") % (
                frd(B), frd(net), ans)]
    slip = [("先提高 %d%%，再降低 %d%%，百分比可以直接相加减。" if zh else
             "It goes up %d%% and then down %d%%, and percentage changes just add up.") % (p, q),
            ("净变化为 %d%% − %d%% = %d%%，即%s。" if zh else "So the net change is %d%% − %d%% = %d%%, i.e. %s.") % (p, q, wn, wdesc(wn))]
    qq = ("某商品先提价%d%%，再降价%d%%，现价与原价相比变化了百分之几？" if zh else
          "The price of a jacket is raised by %d%%, and then the new price is reduced by %d%%. "
          "By what percent has the price changed overall compared with the original price?") % (p, q)
    return P(lang=lang, dataset="ape210k_like" if zh else "gsm8k_like", q=qq, work=work, ans=ans, alt=rng.choice(alts),
             refs=refs, slip_work=slip, slip_ans=wdesc(wn),
             slip_note=("第二次的百分比是以新价格为基数的，不能直接相减。" if zh else
                        "The second percentage applies to the new price, not the original, so they don't simply subtract."),
             check=[("用乘数验证：(1 + %s)(1 − %s) = %s × %s = %s。" if zh else
                     "Multiplier check: (1 + %s)(1 − %s) = %s × %s = %s.") % (
                 frd(Fr(p, 100)), frd(Fr(q, 100)), frd(Fr(A, 100)), frd(Fr(100 - q, 100)), frd(B / 100)),
                    ("%s − 1 = %s，即 %s%% ✓" if zh else "%s − 1 = %s, i.e. %s%% ✓") % (frd(B / 100), frd(net / 100), frd(net))],
             givens=[("先提价 %d%%" if zh else "increase %d%%") % p, ("再降价 %d%%" if zh else "then decrease %d%%") % q],
             method=("连续百分比变化要用乘法：现价 = 原价 ×(1 + p)(1 − q)，不能简单把百分数相加减。" if zh else
                     "Successive percentage changes compound multiplicatively: new = old × (1 + p)(1 − q). "
                     "A common mistake is to just add the percentages."),
             restate=("连续两次百分比变化。" if zh else "Two successive percentage changes."),
             say=("现价比原价{a}。" if zh else "Overall, the price shows {a}."))


def f_comb(rng, lang):
    m, w = rng.randint(5, 9), rng.randint(4, 8)
    k1, k2 = rng.randint(2, 3), rng.randint(2, 3)
    cm, cw = comb(m, k1), comb(w, k2)
    N, WN = cm * cw, cm + cw
    q = ("A club has %d men and %d women. In how many ways can a committee of %d men and %d women be chosen?"
         % (m, w, k1, k2))
    work = ["Choose the men first. Order within the committee doesn't matter, so it's a combination: "
            "C(%d,%d) = %d!/(%d!·%d!) = %d." % (m, k1, m, k1, m - k1, cm),
            "Choose the women: C(%d,%d) = %d!/(%d!·%d!) = %d." % (w, k2, w, k2, w - k2, cw),
            "Every choice of men can be paired with every choice of women, so by the multiplication principle the "
            "number of committees is %d × %d = %d." % (cm, cw, N)]
    slip = work[:2] + ["Adding the two counts gives the total number of committees: %d + %d = %d." % (cm, cw, WN)]
    alts = ["\\binom{%d}{%d}\\binom{%d}{%d} = %d" % (m, k1, w, k2, N), commas(N), "%d ways" % N, words(N)]
    return P(lang=lang, dataset="math_competition_like", q=q, work=work, ans=str(N), alt=rng.choice(alts),
             refs=[str(N), "%d ways" % N, "\\binom{%d}{%d}\\cdot\\binom{%d}{%d}=%d" % (m, k1, w, k2, N)],
             slip_work=slip, slip_ans=str(WN), slip_note="Both groups are chosen together, so the counts multiply.",
             check=["Recompute C(%d,%d) by hand: %s = %d ✓" % (
                 m, k1, " · ".join(str(m - i) for i in range(k1)) + " / %d" % (2 if k1 == 2 else 6), cm),
                    "Recompute C(%d,%d): %s = %d ✓" % (
                 w, k2, " · ".join(str(w - i) for i in range(k2)) + " / %d" % (2 if k2 == 2 else 6), cw)],
             givens=["%d men, %d women" % (m, w), "committee: %d men + %d women" % (k1, k2)],
             method="Unordered selection within each group, then the multiplication principle across groups.",
             restate="Independent selections from two groups.", say="There are {a} possible committees.")


def f_circle(rng, lang):
    dm = rng.choice([6, 8, 10, 12, 14, 16, 18, 20, 24])
    r = dm // 2
    zh = lang == "zh"
    A, WA = r * r, dm * dm
    m2 = frd(Fr(A, 10000))
    if zh:
        q = "一个圆的直径是%d厘米，它的面积是多少平方厘米？（结果保留π）" % dm
        ans, alts = "%dπ平方厘米" % A, ["%d\\pi\\ \\text{cm}^2" % A, "%dπ cm²" % A, "%dπ" % A]
        work = ["题目给的是直径，先求半径：r = d ÷ 2 = %d ÷ 2 = %d（厘米）。" % (dm, r),
                "圆面积公式 S = πr²，代入：S = π × %d² = π × %d = %dπ（平方厘米）。" % (r, A, A)]
        slip = ["圆面积公式 S = πr²，这里 r = %d 厘米。" % dm, "S = π × %d² = %dπ（平方厘米）。" % (dm, WA)]
        near, nw = "%sπ平方米" % m2, "换算成平方米（1平方米 = 10000平方厘米）：%dπ cm² = %sπ m²。" % (A, m2)
        chk = ["用周长验证：C = πd = %dπ，S = C × r ÷ 2 = %dπ × %d ÷ 2 = %dπ ✓" % (dm, dm, r, A)]
    else:
        q = "A circle has a diameter of %d cm. What is its area in square centimeters? Leave your answer in terms of π." % dm
        ans, alts = "%d\\pi \\text{ cm}^2" % A, ["%dπ cm²" % A, "%d\\pi" % A, "%dπ square centimeters" % A]
        work = ["The problem gives the diameter, so the radius is half of it: r = %d/2 = %d cm." % (dm, r),
                "Area = πr² = π · %d² = %dπ cm²." % (r, A)]
        slip = ["Area of a circle is πr², and here r = %d cm." % dm, "So the area is π · %d² = %dπ cm²." % (dm, WA)]
        near, nw = "%s\\pi \\text{ m}^2" % m2, "In SI units (1 m² = 10,000 cm²) that is %sπ m²." % m2
        chk = ["Cross-check with the circumference: C = πd = %dπ, and A = C·r/2 = %dπ·%d/2 = %dπ ✓" % (dm, dm, r, A),
               "Also, the area should be a bit more than 3 × %d = %d; %dπ ≈ %s, fine." % (A, 3 * A, A, frd(Fr(round(A * 3.14159 * 100), 100)))]
    return P(lang=lang, dataset="math23k_like" if zh else "geometry_like", q=q, work=work, ans=ans, alt=rng.choice(alts),
             refs=["%d\\pi" % A, "%dπ cm²" % A, "$%d\\pi\\ \\mathrm{cm}^2$" % A], slip_work=slip, slip_ans=(
                 "%dπ平方厘米" if zh else "%d\\pi \\text{ cm}^2") % WA,
             slip_note=("%d 厘米是直径，不是半径。" if zh else "%d cm is the diameter, not the radius.") % dm,
             near=near, near_why=nw, check=chk, givens=[("直径 %d 厘米" if zh else "diameter %d cm") % dm],
             method=("求圆面积需要半径，S = πr²；结果保留 π。" if zh else
                     "Area needs the radius: A = πr². Keep π symbolic as requested."),
             restate=("已知直径求面积。" if zh else "Area from the diameter."), say=("面积是{a}。" if zh else "The area is {a}."))


def f_work(rng, lang):
    a, b = rng.choice([(4, 6), (6, 10), (12, 18), (8, 12), (6, 9), (5, 20), (10, 15), (3, 5), (4, 12), (9, 12)])
    t = Fr(a * b, a + b)
    wt = Fr(a + b, 2)
    zh = lang == "zh"
    u = "天" if zh else " days"
    forms = [frp(t) + u, mixed_tex(t) + u]
    if term(t):
        forms.append(frd(t) + u)
    rs = Fr(1, a) + Fr(1, b)
    work = [("把整个工程看作单位“1”。甲的工作效率是每天 1/%d，乙的工作效率是每天 1/%d。" if zh else
             "Treat the whole fence as 1 job. Alice's rate is 1/%d of the job per day and Bob's is 1/%d.") % (a, b),
            ("合作时效率相加：1/%d + 1/%d = %d/%d + %d/%d = %s。" if zh else
             "Working together their rates add: 1/%d + 1/%d = %d/%d + %d/%d = %s of the job per day.") % (
                a, b, (a * b // a), a * b, (a * b // b), a * b, frp(rs)),
            ("合作所需时间 = 工作总量 ÷ 工作效率和 = 1 ÷ %s = %s%s。" if zh else
             "Time = work ÷ rate = 1 ÷ %s = %s%s.") % (frp(rs), frp(t), u)]
    slip = [("甲单独要 %d 天，乙单独要 %d 天。" if zh else "Alice alone needs %d days, Bob alone needs %d days.") % (a, b),
            ("两人合作，时间取两人的平均值：(%d + %d) ÷ 2 = %s%s。" if zh else
             "Working together, the time is the average of their times: (%d + %d)/2 = %s%s.") % (a, b, frp(wt), u)]
    q = ("一项工程，甲单独做需要%d天完成，乙单独做需要%d天完成。两人合作需要多少天完成？" if zh else
         "Alice can paint a fence alone in %d days, and Bob can paint it alone in %d days. "
         "Working together at these rates, how many days will it take them?") % (a, b)
    return P(lang=lang, dataset="ape210k_like" if zh else "gsm8k_like", q=q, work=work, ans=frt(t), alt=rng.choice(forms),
             refs=[frt(t), frp(t), frp(t) + u] + ([frd(t)] if term(t) else []), slip_work=slip, slip_ans=frp(wt) + u,
             slip_note=("工作效率相加，而不是时间取平均；合作一定比任何一人单独做更快。" if zh else
                        "Rates add; times don't average. Together they must be faster than either one alone."),
             check=[("检验：%s 天内甲完成 %s，乙完成 %s，合计 %s + %s = 1 ✓" if zh else
                     "Check: in %s days Alice does %s and Bob does %s of the job; %s + %s = 1 ✓") % (
                 frp(t), frp(t / a), frp(t / b), frp(t / a), frp(t / b)),
                    ("而且 %s 比 %d 和 %d 都小，合理。" if zh else "And %s is less than both %d and %d, as it should be.") % (frp(t), a, b)],
             givens=[("甲单独 %d 天" if zh else "Alice: %d days") % a, ("乙单独 %d 天" if zh else "Bob: %d days") % b],
             method=("工程问题：工作总量看作 1，效率 = 1/时间，合作效率相加。" if zh else
                     "Work-rate problem: rate = 1/time, and rates add when people work together."),
             restate=("工程问题，把总工作量看作 1。" if zh else "Classic work-rate problem: treat the job as 1."),
             say=("两人合作需要{a}。" if zh else "Together they need {a}."))


def f_chick(rng, lang):
    while True:
        c, r = rng.randint(8, 40), rng.randint(5, 30)
        if c != r:
            break
    H, L = c + r, 2 * c + 4 * r
    zh = lang == "zh"
    if zh:
        q = "笼子里有若干只鸡和兔，从上面数有%d个头，从下面数有%d只脚。鸡和兔各有多少只？" % (H, L)
        work = ["假设笼子里全是鸡，那么脚的数量应该是 %d × 2 = %d 只。" % (H, 2 * H),
                "实际有 %d 只脚，比假设多出 %d − %d = %d 只。" % (L, L, 2 * H, L - 2 * H),
                "把一只鸡换成一只兔，脚就多 4 − 2 = 2 只，所以兔有 %d ÷ 2 = %d 只。" % (L - 2 * H, r),
                "鸡有 %d − %d = %d 只。" % (H, r, c)]
        slip = ["假设笼子里全是兔，那么脚的数量应该是 %d × 4 = %d 只。" % (H, 4 * H),
                "比实际多了 %d − %d = %d 只脚。" % (4 * H, L, 4 * H - L),
                "每只鸡比兔少 2 只脚，所以兔有 %d ÷ 2 = %d 只。" % (4 * H - L, c), "鸡有 %d − %d = %d 只。" % (H, c, r)]
        ans = "鸡%d只，兔%d只" % (c, r)
        alts = ["兔%d只，鸡%d只" % (r, c), "鸡有%d只、兔有%d只" % (c, r), "鸡：%d只；兔：%d只" % (c, r)]
        refs = ["鸡%d只，兔%d只" % (c, r), "鸡有%d只，兔有%d只" % (c, r)]
        sa = "鸡%d只，兔%d只" % (r, c)
        note = "假设全是兔时，多出来的脚数除以 2 得到的是鸡的只数，不是兔。"
        chk = ["用方程验证：设鸡 x 只、兔 y 只，x + y = %d，2x + 4y = %d。" % (H, L),
               "第二式减去第一式的 2 倍：2y = %d，y = %d，x = %d ✓" % (L - 2 * H, r, c),
               "脚数：%d × 2 + %d × 4 = %d + %d = %d ✓" % (c, r, 2 * c, 4 * r, L)]
        method, givens = "鸡兔同笼，用假设法：先假设全是鸡，多出来的脚都是兔子带来的。", ["头 %d 个" % H, "脚 %d 只" % L]
    else:
        q = ("A farmyard has chickens and rabbits. Altogether there are %d heads and %d legs. "
             "How many chickens and how many rabbits are there?" % (H, L))
        work = ["If all %d animals were chickens there would be %d × 2 = %d legs." % (H, H, 2 * H),
                "The actual count is %d, so there are %d − %d = %d extra legs." % (L, L, 2 * H, L - 2 * H),
                "Swapping a chicken for a rabbit adds 2 legs, so the number of rabbits is %d / 2 = %d." % (L - 2 * H, r),
                "That leaves %d − %d = %d chickens." % (H, r, c)]
        slip = ["If all %d animals were rabbits there would be %d × 4 = %d legs." % (H, H, 4 * H),
                "That's %d − %d = %d legs too many." % (4 * H, L, 4 * H - L),
                "Each chicken has 2 fewer legs, so rabbits = %d/2 = %d." % (4 * H - L, c), "Chickens = %d − %d = %d." % (H, c, r)]
        ans = "%d chickens and %d rabbits" % (c, r)
        alts = ["%d rabbits, %d chickens" % (r, c), "chickens = %d, rabbits = %d" % (c, r), "(chickens, rabbits) = (%d, %d)" % (c, r)]
        refs = ["%d chickens, %d rabbits" % (c, r), "chickens: %d; rabbits: %d" % (c, r)]
        sa = "%d chickens and %d rabbits" % (r, c)
        note = "Assuming all rabbits, the leg deficit divided by 2 counts the chickens, not the rabbits."
        chk = ["Algebra check: c + r = %d and 2c + 4r = %d." % (H, L),
               "Subtract twice the first: 2r = %d, r = %d, c = %d ✓" % (L - 2 * H, r, c),
               "Legs: %d·2 + %d·4 = %d + %d = %d ✓" % (c, r, 2 * c, 4 * r, L)]
        method, givens = "Assume all chickens; every extra leg pair must come from a rabbit.", ["%d heads" % H, "%d legs" % L]
    return P(lang=lang, dataset="math23k_like" if zh else "gsm8k_like", q=q, work=work, ans=ans, alt=rng.choice(alts),
             refs=refs, slip_work=slip, slip_ans=sa, slip_note=note, check=chk, method=method, givens=givens,
             restate=("鸡兔同笼问题，用假设法。" if zh else "Heads-and-legs problem; assume all chickens first."),
             say=("{a}。" if zh else "There are {a}."))


def f_speed(rng, lang):
    while True:
        v = rng.choice([36, 54, 72, 90, 108])
        T = rng.choice([15, 20, 25, 40, 45, 50])
        if v * T % 6 == 0:
            break
    D = Fr(v * T, 60)
    Ds = frd(D)
    wv = D * 100 / T
    zh = lang == "zh"
    ms = v * 5 // 18
    h = frp(Fr(T, 60))
    if zh:
        q = "一辆汽车%d分钟行驶了%s千米，它的平均速度是每小时多少千米？" % (T, Ds)
        work = ["题目问的是“每小时多少千米”，所以先把时间换算成小时：%d分钟 = %d/60 小时 = %s 小时。" % (T, T, h),
                "速度 = 路程 ÷ 时间 = %s ÷ %s = %d（千米/时）。" % (Ds, h, v)]
        slip = ["先把时间换成小时：%d分钟 = %s 小时。" % (T, frd(Fr(T, 100))), "速度 = %s ÷ %s = %s（千米/时）。" % (Ds, frd(Fr(T, 100)), frd(wv))]
        ans, alts = "%d千米/时" % v, ["%d km/h" % v, "每小时%d千米" % v, "%d\\ \\text{km/h}" % v]
        near, nw = "%d米/秒" % ms, "换算成国际单位：%d ÷ 3.6 = %d 米/秒。" % (v, ms)
        sa, note = "%s千米/时" % frd(wv), "1小时是60分钟，不是100分钟。"
        chk = ["验算：%d 千米/时 × %s 小时 = %s 千米 ✓" % (v, h, Ds), "也可以先算每分钟：%s ÷ %d = %s 千米/分，× 60 = %d ✓" % (Ds, T, frp(D / T), v)]
    else:
        q = "A car travels %s km in %d minutes at a constant speed. What is its speed in kilometers per hour?" % (Ds, T)
        work = ["The question wants km per hour, so convert the time: %d minutes is %d/60 = %s of an hour." % (T, T, h),
                "Speed = distance ÷ time = %s ÷ %s = %d km/h." % (Ds, h, v)]
        slip = ["Convert the time to hours: %d minutes = %s hours." % (T, frd(Fr(T, 100))),
                "Speed = %s ÷ %s = %s km/h." % (Ds, frd(Fr(T, 100)), frd(wv))]
        ans, alts = "%d km/h" % v, ["%d kilometers per hour" % v, "%d\\ \\text{km/h}" % v, "%d km·h⁻¹" % v]
        near, nw = "%d m/s" % ms, "Converting to SI units: %d ÷ 3.6 = %d m/s." % (v, ms)
        sa, note = "%s km/h" % frd(wv), "An hour has 60 minutes, not 100."
        chk = ["Check: %d km/h × %s h = %s km ✓" % (v, h, Ds), "Per minute: %s ÷ %d = %s km/min, times 60 = %d ✓" % (Ds, T, frp(D / T), v)]
    return P(lang=lang, dataset="gsm8k_like", q=q, work=work, ans=ans, alt=rng.choice(alts),
             refs=["%d" % v, ans, ("%d km/h" % v)], slip_work=slip, slip_ans=sa, slip_note=note, near=near, near_why=nw,
             check=chk, givens=[("路程 %s 千米" if zh else "distance %s km") % Ds, ("时间 %d 分钟" if zh else "time %d min") % T],
             method=("速度 = 路程 ÷ 时间，注意单位统一成千米和小时。" if zh else "Speed = distance/time, with time converted to hours."),
             restate=("路程、时间求速度，注意单位换算。" if zh else "Distance over time, with a minutes-to-hours conversion."),
             say=("平均速度是{a}。" if zh else "The speed is {a}."))

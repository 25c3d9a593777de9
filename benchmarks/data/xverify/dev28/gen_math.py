"""Math problem families (word problems, fencepost, units, discounts). Each returns a problem dict:
question, ref, dataset, steps, ok=[(display, tag)], bad=[(display, tag, steps)], code_ok, code_bad{tag: code}.
"""
from fractions import Fraction as F
from common import dec, words, zh_words, money, frac

EN_NAMES = ["Maribel", "Tobias", "Ines", "Corwin", "Dalia", "Rufus", "Odette", "Lennart", "Priya", "Kasimir"]
ZH_NAMES = ["小明", "李华", "王芳", "张伟", "陈静", "赵磊", "刘洋"]


def shopping(rng, zh):
    n = rng.randint(3, 9)
    p = F(rng.randint(5, 19) * 25, 100)
    total = n * p
    B = 20 * ((int(total) // 20) + 1) + rng.choice([0, 20])
    ch = B - total
    nm = rng.choice(ZH_NAMES if zh else EN_NAMES)
    if zh:
        q = f"{nm}买了{n}本笔记本，每本{dec(p)}元，付了{B}元。应找回多少元？"
        s = [f"每本笔记本{dec(p)}元，一共买了{n}本。",
             f"总价 = {n} × {dec(p)} = {dec(total)} 元。",
             f"付了{B}元，所以找回的钱是付款减去总价。"]
        last = f"找回 = {B} − {dec(total)} = {dec(ch)} 元。"
        ok = [(f"{dec(ch)}元", "unit_yuan"), (dec(ch), "plain_value"), (f"{dec(ch)} 元", "unit_yuan")]
        bad_total = s[:2] + [f"所以答案就是总价 {dec(total)} 元。"]
        slip = ch + p
        bad = [(f"{dec(total)}元", "intermediate_not_final", bad_total),
               (f"{dec(slip)}元", "one_item_missed", s + [f"找回 = {B} − {dec(total - p)} = {dec(slip)} 元。"])]
    else:
        q = (f"{nm} buys {n} notebooks that cost ${dec(p)} each and pays with a ${B} bill. "
             f"How much change, in dollars, does {nm} receive?")
        s = [f"Each notebook costs ${dec(p)} and {nm} buys {n} of them.",
             f"Total cost = {n} × {dec(p)} = {dec(total)} dollars.",
             f"{nm} hands over ${B}, so the change is the payment minus the total cost."]
        last = f"Change = {B} − {dec(total)} = {dec(ch)} dollars."
        ok = [(money(ch), "dollar_sign_cents"), (f"{dec(ch)} dollars", "unit_word"), (dec(ch), "plain_value")]
        bad = [(money(total), "intermediate_not_final", s[:2] + ["So the amount is the total cost."]),
               (money(ch + p), "one_item_missed",
                s + [f"Change = {B} − {dec(total - p)} = {dec(ch + p)} dollars."])]
    code_ok = f"price = Fraction('{dec(p)}')\nn = {n}\npaid = {B}\nchange = paid - n * price\nprint(float(change))"
    code_bad = {"intermediate_not_final": f"price = Fraction('{dec(p)}')\nn = {n}\ntotal = n * price\nprint(float(total))"}
    return dict(dataset="gsm8k_like", question=q, ref=dec(ch), steps=s + [last], ok=ok, bad=bad,
                code_ok=code_ok, code_bad=code_bad)


def fencepost(rng, zh):
    d = rng.choice([2, 3, 4, 5, 6, 8])
    k = rng.randint(6, 30)
    L = d * k
    ans = k + 1
    if zh:
        q = f"一条直路长{L}米，从起点到终点每隔{d}米种一棵树（两端都种）。一共要种多少棵树？"
        s = [f"路长{L}米，间隔{d}米，所以间隔数 = {L} ÷ {d} = {k}。",
             "两端都种树，属于“两端都种”的植树问题，棵数 = 间隔数 + 1。"]
        last = f"棵数 = {k} + 1 = {ans}。"
        ok = [(f"{ans}棵", "unit_classifier"), (str(ans), "plain_value")]
        if ans < 100:
            ok.append((f"{zh_words(ans)}棵", "chinese_numeral"))
        bad = [(f"{k}棵", "off_by_one", s[:1] + ["每个间隔对应一棵树，所以棵数等于间隔数。", f"棵数 = {k}。"])]
    else:
        q = (f"A straight fence is {L} meters long. Posts are placed every {d} meters, starting at one end "
             f"and finishing exactly at the other end. How many posts are needed?")
        s = [f"The fence is {L} m long with a post every {d} m, so there are {L} ÷ {d} = {k} gaps.",
             "Posts sit at both ends, so the number of posts is one more than the number of gaps."]
        last = f"Posts = {k} + 1 = {ans}."
        ok = [(str(ans), "plain_value"), (f"{ans} posts", "unit_word"), (words(ans), "number_in_words")]
        bad = [(str(k), "off_by_one", s[:1] + ["Each gap gets one post, so posts = gaps.", f"Posts = {k}."]),
               (str(k + 2), "off_by_one_high", s + [f"Adding one post for each end: {k} + 2 = {k + 2}."])]
    code_ok = f"length = {L}\nspacing = {d}\nposts = length // spacing + 1\nprint(posts)"
    code_bad = {"off_by_one": f"length = {L}\nspacing = {d}\nposts = length // spacing\nprint(posts)"}
    return dict(dataset="gsm8k_like", question=q, ref=str(ans), steps=s + [last], ok=ok, bad=bad,
                code_ok=code_ok, code_bad=code_bad)


def distance_units(rng, zh):
    v = rng.choice([36, 48, 54, 60, 72, 90])
    t = rng.choice([10, 15, 20, 25, 40, 45])
    km = F(v * t, 60)
    m = int(km * 1000)
    nm = rng.choice(EN_NAMES)
    q = (f"{nm} cycles at a constant {v} km/h for {t} minutes. How many meters does {nm} travel?")
    s = [f"Speed is {v} km/h and the time is {t} minutes, which is {t}/60 of an hour.",
         f"Distance in km = {v} × {t}/60 = {dec(km)} km.",
         "The question asks for meters, and 1 km = 1000 m."]
    last = f"Distance = {dec(km)} × 1000 = {m} m."
    ok = [(f"{m:,} m", "thousands_separator_unit"), (f"{m} meters", "unit_word"), (str(m), "plain_value")]
    bad = [(dec(km), "wrong_unit_scale", s[:2] + ["So the distance is " + dec(km) + "."]),
           (f"{m // 10:,} m", "scale_slip_x10", s + [f"Distance = {dec(km)} × 100 = {m // 10} m."])]
    code_ok = f"speed_kmh = {v}\nminutes = {t}\nkm = speed_kmh * minutes / 60\nprint(round(km * 1000))"
    code_bad = {"wrong_unit_scale": f"speed_kmh = {v}\nminutes = {t}\nkm = speed_kmh * minutes / 60\nprint(km)"}
    return dict(dataset="gsm8k_like", question=q, ref=str(m), steps=s + [last], ok=ok, bad=bad,
                code_ok=code_ok, code_bad=code_bad)


def discount(rng, zh):
    P = rng.choice([40, 60, 80, 120, 150, 240, 250, 360])
    r = rng.choice([15, 20, 25, 30, 35, 40])
    off = F(P * r, 100)
    ans = P - off
    if zh:
        q = f"一件外套原价{P}元，商店打{r}%的折扣（即便宜{r}%）。折后价格是多少元？"
        s = [f"原价{P}元，优惠{r}%。", f"优惠金额 = {P} × {r}% = {dec(off)} 元。"]
        last = f"折后价 = {P} − {dec(off)} = {dec(ans)} 元。"
        ok = [(f"{dec(ans)}元", "unit_yuan"), (f"{P} × {dec(F(100 - r, 100))} = {dec(ans)}", "expression_then_value")]
        bad = [(f"{dec(off)}元", "intermediate_not_final", s + ["所以答案是优惠的金额。"]),
               (f"{dec(ans + 10)}元", "arithmetic_slip", s + [f"折后价 = {P} − {dec(off)} = {dec(ans + 10)} 元。"])]
    else:
        q = f"A jacket is priced at ${P}. It is on sale for {r}% off. What is the sale price in dollars?"
        s = [f"The original price is ${P} and the discount is {r}%.",
             f"Discount amount = {r}% of {P} = {dec(off)} dollars."]
        last = f"Sale price = {P} − {dec(off)} = {dec(ans)} dollars."
        ok = [(money(ans), "dollar_sign_cents"), (f"{dec(ans)} USD", "currency_code"), (dec(ans), "plain_value")]
        bad = [(money(off), "intermediate_not_final", s + ["So the customer saves this amount, which is the answer."]),
               (money(P - off + 1), "arithmetic_slip", s + [f"Sale price = {P} − {dec(off)} = {dec(ans + 1)} dollars."])]
    code_ok = f"price = {P}\nrate = {r} / 100\nprint(price * (1 - rate))"
    code_bad = {"intermediate_not_final": f"price = {P}\nrate = {r} / 100\nprint(price * rate)"}
    return dict(dataset="gsm8k_like", question=q, ref=dec(ans), steps=s + [last], ok=ok, bad=bad,
                code_ok=code_ok, code_bad=code_bad)


def cookies(rng, zh):
    k = rng.randint(3, 8)
    m = rng.choice([12, 18, 24, 30])
    sold = rng.randint(k * m // 3, k * m - 5)
    gift = rng.randint(2, 6)
    left = k * m - sold - gift
    if zh:
        q = f"面包店烤了{k}盘饼干，每盘{m}块。上午卖出{sold}块，又送给邻居{gift}块。还剩多少块饼干？"
        s = [f"总数 = {k} × {m} = {k * m} 块。", f"卖出{sold}块后剩 {k * m} − {sold} = {k * m - sold} 块。"]
        last = f"再送出{gift}块：{k * m - sold} − {gift} = {left} 块。"
        ok = [(f"{left}块", "unit_classifier"), (f"还剩{left}块饼干", "sentence_answer")]
        bad = [(f"{k * m - sold}块", "intermediate_not_final", s + ["所以还剩这么多块。"]),
               (f"{left + 1}块", "off_by_one", s + [f"再送出{gift}块：{k * m - sold} − {gift} = {left + 1} 块。"])]
    else:
        nm = rng.choice(EN_NAMES)
        q = (f"{nm} bakes {k} trays of cookies with {m} cookies on each tray. {nm} sells {sold} cookies "
             f"and gives {gift} to a neighbour. How many cookies are left?")
        s = [f"Total baked = {k} × {m} = {k * m} cookies.",
             f"After selling {sold}: {k * m} − {sold} = {k * m - sold} cookies."]
        last = f"After giving away {gift}: {k * m - sold} − {gift} = {left} cookies."
        ok = [(str(left), "plain_value"), (f"{left} cookies", "unit_word")]
        if left < 1000:
            ok.append((f"{words(left)} cookies", "number_in_words"))
        bad = [(str(k * m - sold), "intermediate_not_final", s + ["That's how many are left."]),
               (str(left - 1), "off_by_one", s + [f"After giving away {gift}: {k * m - sold} − {gift} = {left - 1} cookies."])]
    code_ok = f"trays, per_tray = {k}, {m}\nleft = trays * per_tray - {sold} - {gift}\nprint(left)"
    code_bad = {"intermediate_not_final": f"trays, per_tray = {k}, {m}\nleft = trays * per_tray - {sold}\nprint(left)"}
    return dict(dataset="gsm8k_like", question=q, ref=str(left), steps=s + [last], ok=ok, bad=bad,
                code_ok=code_ok, code_bad=code_bad)


def rate_work(rng, zh):
    a = rng.choice([3, 4, 6, 12])
    b = rng.choice([x for x in [4, 6, 8, 12, 20] if x != a])
    t = F(a * b, a + b)
    q = (f"Pipe A alone fills a tank in {a} hours and pipe B alone fills it in {b} hours. "
         f"If both pipes are opened together, how many hours does it take to fill the tank?")
    s = [f"Pipe A fills 1/{a} of the tank per hour and pipe B fills 1/{b} per hour.",
         f"Together: 1/{a} + 1/{b} = {frac(F(1, a) + F(1, b))} of the tank per hour."]
    last = f"Time = 1 ÷ ({frac(F(1, a) + F(1, b))}) = {frac(t)} hours."
    ok = [(f"{frac(t)} hours", "unit_word")]
    if t.denominator != 1:
        ok.append(("\\frac{%d}{%d}" % (t.numerator, t.denominator), "latex_frac"))
        if t.denominator in (2, 4, 5, 8):
            ok.append((f"{dec(t)} hours", "fraction_vs_decimal"))
        whole, rem = divmod(t.numerator, t.denominator)
        if whole and rem and rem * 60 % t.denominator == 0:
            ok.append((f"{whole} hours {rem * 60 // t.denominator} minutes", "hours_minutes"))
    avg = F(a + b, 2)
    bad = [(f"{frac(avg)} hours", "averaged_times", [f"The two pipes take {a} and {b} hours.",
                                                    f"Working together, take the average: ({a} + {b})/2 = {frac(avg)} hours."]),
           (f"{frac(F(1, a) + F(1, b))} hours", "intermediate_not_final", s + ["So the time is that combined rate."])]
    return dict(dataset="math_like", question=q, ref=frac(t), steps=s + [last], ok=ok, bad=bad,
                code_ok=f"from fractions import Fraction\nrate = Fraction(1, {a}) + Fraction(1, {b})\nprint(1 / rate)",
                code_bad={})


MATH_A = [shopping, fencepost, distance_units, discount, cookies, rate_work]
ZH_A = [shopping, fencepost, discount, cookies]

#!/usr/bin/env python3
"""dev18: Word-problem families: shopping, speed, percent, scientific notation, time, Chinese arithmetic. Part of gen_dev18.py (see README.md)."""
import json, os, random
from fractions import Fraction as F
from math import gcd, comb
from forms import fr_tex, fr_plain, term_dec


# ---------------- math families ----------------
# each returns dict(question, ref, body(final_value_text)->str, finals_ok [(text,trap)], finals_bad [(text,trap,slip)])

def fam_shop(rng):
    item = rng.choice(["notebooks", "bags of rice", "concert tickets", "potted ferns", "bike helmets", "jars of honey"])
    n = rng.randint(4, 15)
    p = rng.choice([3, 4, 6, 7.5, 8, 12, 15, 2.25])
    disc = rng.choice([10, 20, 25, 15])
    tax_fee = rng.choice([0, 5, 3])
    sub = n * p
    total = sub * (100 - disc) / 100 + tax_fee
    total = round(total, 2)
    name = rng.choice(["Mariana", "Tobias", "Keiko", "Dev", "Olu", "Franziska", "Hamid"])
    q = (f"{name} buys {n} {item} at ${p:g} each. The store takes {disc}% off the subtotal"
         + (f", and then adds a flat ${tax_fee} delivery fee" if tax_fee else "")
         + f". How many dollars does {name} pay in total?")
    wrong_nodisc = round(sub + tax_fee, 2)
    wrong_feefirst = round((sub + tax_fee) * (100 - disc) / 100, 2)
    def body(v):
        s = f"Let me set this up. {name} buys {n} {item}, each costing ${p:g}.\n\n"
        s += f"Subtotal: {n} × {p:g} = {sub:g} dollars.\n\n"
        s += (f"Now the discount. {disc}% off means paying {100-disc}% of the subtotal. Hmm, should I apply the discount per item or on the subtotal? "
              f"Percent discounts are linear, so it doesn't matter: {p:g} × {(100-disc)/100:g} = {p*(100-disc)/100:g} per item, and {n} of those is {n*p*(100-disc)/100:g}. "
              f"Same as {sub:g} × {(100-disc)/100:g} = {sub*(100-disc)/100:g}. Good.\n\n")
        if tax_fee:
            s += (f"Then the delivery fee. Wait — does the fee get discounted too? Re-reading: the store takes {disc}% off the subtotal, *and then* adds ${tax_fee}. "
                  f"So the fee is added after the discount and is not reduced. If I had discounted it I'd get {wrong_feefirst:g}, which is not what the problem describes.\n\n"
                  f"{sub*(100-disc)/100:g} + {tax_fee} = {total:g}.\n\n")
        s += (f"Let me double-check by another route. Savings = {disc}% of {sub:g} = {sub*disc/100:g}. "
              f"{sub:g} − {sub*disc/100:g} = {sub*(100-disc)/100:g}" + (f", plus {tax_fee} gives {total:g}" if tax_fee else "") + ". Consistent.\n\n")
        s += (f"Sanity check on magnitude: without any discount it'd be {wrong_nodisc:g}, and the answer should be a bit less than that — it is.\n\n"
              f"Recap: subtotal {sub:g}, discounted to {sub*(100-disc)/100:g}" + (f", fee {tax_fee}" if tax_fee else "") + f", total {v}.")
        return s
    ok = [(f"\\${total:.2f}", "money_dollar_sign"), (f"{total:g}", "plain_number"), (f"{total:g} dollars", "number_with_unit_word")]
    if total == int(total):
        ok.append((f"{int(total)}.00", "trailing_zeros"))
    bad = [(f"{wrong_nodisc:g}", "forgot_discount", "Actually, I realize I may have misread — I'll just go with the undiscounted total to be safe."),
           (f"{round(total*100):g}", "cents_vs_dollars_scale", "Expressing in cents to avoid decimals.")]
    if tax_fee:
        bad.append((f"{wrong_feefirst:g}", "discounted_fee", "Hmm, on reflection the fee is probably part of the subtotal, so let me discount everything."))
    ref = rng.choice([f"{total:g}", f"{total:.2f}" if total != int(total) else f"{int(total)}"])
    return dict(dataset="gsm8k_like", question=q, ref=ref, body=body, ok=ok, bad=bad, zh=False)


def fam_shop_zh(rng):
    n1 = rng.randint(10, 40); n2 = rng.randint(5, 20)
    heads = n1 + n2; legs = 2 * n1 + 4 * n2
    q = f"鸡兔同笼，共有 {heads} 个头，{legs} 只脚。问兔有多少只？"
    def body(v):
        s = (f"设鸡有 $x$ 只，兔有 $y$ 只。\n\n根据头数：$x + y = {heads}$。\n根据脚数：$2x + 4y = {legs}$。\n\n"
             f"先试试“抬脚法”：假设全是鸡，则脚数为 $2 \\times {heads} = {2*heads}$，比实际少 ${legs} - {2*heads} = {legs-2*heads}$ 只。"
             f"每把一只鸡换成兔，脚数增加 2，所以兔的只数为 ${legs-2*heads} \\div 2 = {n2}$。\n\n"
             f"等等，我再用方程核对一下。由第一式得 $x = {heads} - y$，代入第二式：$2({heads} - y) + 4y = {legs}$，即 ${2*heads} + 2y = {legs}$，"
             f"$2y = {legs-2*heads}$，$y = {n2}$。于是 $x = {n1}$。\n\n"
             f"验算：头数 ${n1} + {n2} = {heads}$ ✓；脚数 $2\\times{n1} + 4\\times{n2} = {2*n1} + {4*n2} = {legs}$ ✓。\n\n"
             f"注意题目问的是兔，不是鸡（鸡有 {n1} 只）。所以兔有 {v}。")
        return s
    ok = [(f"{n2} 只", "zh_unit_measure_word"), (f"{n2}", "plain_number"), (f"y={n2}", "variable_assignment")]
    bad = [(f"{n1} 只", "answered_other_quantity", "不对，题目应该问的是鸡的数量，改为鸡。"),
           (f"{n2+n1}", "sum_instead", "把两者加起来作为答案。")]
    return dict(dataset="gsm8k_like", question=q, ref=str(n2), body=body, ok=ok, bad=bad, zh=True)


def fam_speed(rng):
    kmh = rng.choice([36, 54, 72, 90, 108, 18, 45, 63])
    ms = F(kmh * 1000, 3600)
    t = rng.randint(5, 40)
    dist = ms * t
    zh = rng.random() < 0.3
    q = (f"一辆汽车以 {kmh} km/h 的速度匀速行驶，求它在 {t} 秒内行驶的距离（单位：米）。" if zh else
         f"A car travels at a constant {kmh} km/h. How far, in meters, does it travel in {t} seconds?")
    def body(v):
        if zh:
            return (f"单位换算：$1\\text{{ km/h}} = \\frac{{1000}}{{3600}}\\text{{ m/s}} = \\frac{{5}}{{18}}\\text{{ m/s}}$。\n\n"
                    f"所以 ${kmh}\\text{{ km/h}} = {kmh} \\times \\frac{{5}}{{18}} = {fr_tex(ms)}\\text{{ m/s}}$。\n\n距离 $= v t = {fr_tex(ms)} \\times {t} = {fr_tex(dist)}$ 米。\n\n"
                    f"验证：{t} 秒是 ${fr_tex(F(t,3600))}$ 小时，${kmh} \\times {fr_tex(F(t,3600))} = {fr_tex(kmh*F(t,3600))}$ 千米 $= {fr_tex(kmh*F(t,3600)*1000)}$ 米 ✓。\n\n"
                    f"若忘记换算会得到 ${kmh*t}$，数量级明显不对。\n\n行驶距离为 {v}")
        return (f"Convert speed first. 1 km/h = 1000 m / 3600 s = 5/18 m/s.\n\n{kmh} km/h × 5/18 = {fr_plain(ms)} m/s.\n\n"
                f"Distance = speed × time = {fr_plain(ms)} m/s × {t} s = {fr_plain(dist)} m.\n\n"
                f"Let me redo it the other way to be safe: {t} s = {t}/3600 h. Distance in km = {kmh} × {t}/3600 = {float(kmh*F(t,3600)):.4f} km = {float(dist):g} m ✓.\n\n"
                f"If I forgot to convert, I'd get {kmh}×{t} = {kmh*t}, which would be in km·s/h — meaningless. Also a car at highway-ish speed covering ~{float(dist):.0f} m in {t} s sounds plausible.\n\nDistance: {v}")
    dd = term_dec(dist)
    ok = [(f"{dd} \\text{{ m}}" if dd else f"{fr_tex(dist)}\\text{{ m}}", "number_with_unit"), ((f"{dd} meters" if dd else f"{fr_plain(dist)} meters"), "unit_word"),
          ]
    bad = [(f"{dd} km" if dd else f"{fr_plain(dist)} km", "right_number_wrong_unit", "Reporting in kilometres since the speed was given in km/h:" if not zh else "单位用千米："),
           (f"{kmh*t}", "no_unit_conversion", "Hmm, maybe no conversion is needed after all; distance = speed × time directly:" if not zh else "直接相乘即可：")]
    return dict(dataset="gsm8k_like" if not zh else "gaokao_like", question=q, ref=(dd if dd else fr_tex(dist)) + rng.choice(["", " m", "\\text{ m}"]), body=body, ok=ok, bad=bad, zh=zh)


def fam_percent(rng):
    old = rng.choice([40, 60, 80, 120, 150, 200, 250]); pct = rng.choice([5, 10, 12.5, 20, 25, 30, 40, 15])
    new = old * (1 + pct / 100)
    q = f"The price of a jacket rose from ${old} to ${new:g}. By what percent did the price increase?"
    wrong = (new - old) / new * 100
    def body(v):
        return (f"Percent increase = (new − old)/old × 100%.\n\nDifference: {new:g} − {old} = {new-old:g}.\n\nDivide by the ORIGINAL price, {old}: {new-old:g}/{old} = {(new-old)/old:g}.\n\n"
                f"Hmm, one thing that trips people up: dividing by the new price instead gives {new-old:g}/{new:g} ≈ {wrong:.2f}%, which would be the percent *decrease* needed to go back, not the increase.\n\n"
                f"Converting {(new-old)/old:g} to a percent: × 100 = {pct:g}%.\n\nVerification: {old} × (1 + {pct/100:g}) = {old} × {1+pct/100:g} = {new:g} ✓.\n\nThe increase is {v}")
    ok = [(f"{pct:g}\\%", "percent_latex"), (f"{pct:g} percent", "percent_word"), (f"{pct:g}%", "percent_plain")]
    bad = [(f"{wrong:.2f}\\%" if abs(wrong - round(wrong)) > 1e-9 else f"{round(wrong)}\\%", "divided_by_new_value", "Hmm, actually base should be the final price, I think:"),
           (f"{new-old:g}\\%", "absolute_change_as_percent", "So the increase is:")]
    if abs(new - old - pct) < 1e-9:
        bad = bad[:1]
    return dict(dataset="gsm8k_like", question=q, ref=f"{pct:g}" if rng.random() < .5 else f"{pct:g}\\%", body=body, ok=ok, bad=bad, zh=False)


def fam_sci(rng):
    cells = rng.choice([2, 3, 5]) ; hours = rng.randint(8, 14); start = rng.choice([100, 200, 500, 300])
    # doubling every hour
    val = start * 2 ** hours
    mant = val / 10 ** (len(str(val)) - 1); ex = len(str(val)) - 1
    q = f"A bacterial culture starts with {start} cells and doubles every hour. How many cells are there after {hours} hours?"
    def body(v):
        s = f"Doubling each hour means N(t) = {start}·2^t.\n\nAfter {hours} hours: 2^{hours} = {2**hours}.\n\n"
        s += "Let me tabulate a few to be sure about indexing: " + ", ".join(f"t={i}: {start*2**i}" for i in range(0, 4)) + " — so t=0 is the start, and after 1 hour it's doubled once. Good, no off-by-one.\n\n"
        s += f"{start} × {2**hours} = {val}.\n\nIn scientific notation that's about {mant:.4g} × 10^{ex}.\n\nDouble-check 2^{hours}: 2^10 = 1024, "
        s += f"2^{hours} = 1024 × {2**(hours-10)} = {2**hours}." if hours >= 10 else f"2^{hours} = {2**hours} (below 2^10)."
        s += f"\n\nSo the count is {v}"
        return s
    ok = [(f"{val:,}", "number_with_commas"), (f"{val}", "plain_integer"), (f"{mant:g} \\times 10^{{{ex}}}" if float(f"{mant:g}") * 10 ** ex == val else f"{val}\\text{{ cells}}", "scientific_notation_exact")]
    bad = [(f"{start*2**(hours-1)}", "off_by_one_exponent", "Hmm, wait — the first hour is the starting point, so only {0} doublings. Recomputing:".format(hours - 1)),
           (f"{mant:g} \\times 10^{{{ex+1}}}", "sci_notation_exponent_off", "In scientific notation:")]
    return dict(dataset="gsm8k_like", question=q, ref=str(val), body=body, ok=ok, bad=bad, zh=False)


def fam_time(rng):
    h = rng.randint(7, 11); m = rng.choice([5, 15, 20, 40, 45, 50]); dh = rng.randint(1, 4); dm = rng.choice([25, 35, 40, 50, 55])
    tot = h * 60 + m + dh * 60 + dm
    H, M = divmod(tot, 60)
    h12 = H if H <= 12 else H - 12
    ampm = "p.m." if H >= 12 else "a.m."
    q = f"A train departs at {h}:{m:02d} a.m. and the trip takes {dh} hours {dm} minutes. At what time does it arrive?"
    def body(v):
        return (f"Start: {h}:{m:02d} a.m. Add {dh} h: {h+dh}:{m:02d}" + (" (past noon)" if h + dh >= 12 else "") + f".\n\nAdd {dm} min: {m} + {dm} = {m+dm} minutes"
                + (f", which is {(m+dm)//60} h {(m+dm)%60} min, so carry an hour" if m + dm >= 60 else "") + f".\n\nThat gives {H}:{M:02d} in 24-hour time.\n\n"
                f"Converting: {H}:{M:02d} → {h12}:{M:02d} {ampm}.\n\nDouble-check by total minutes since midnight: {h}×60+{m} = {h*60+m}; plus {dh*60+dm} = {tot}; {tot}/60 = {H} r {M} ✓.\n\n"
                f"I need to be careful with a.m./p.m. here since the trip " + ("crosses" if h < 12 <= H else "doesn't cross") + " noon.\n\nArrival: " + v)
    ok = [(f"{h12}:{M:02d} {ampm}", "time_12h"), (f"{H}:{M:02d}", "time_24h"), (f"{h12}:{M:02d} {'PM' if H>=12 else 'AM'}", "time_12h_caps")]
    wrong_am = "a.m." if ampm == "p.m." else "p.m."
    bad = [(f"{h12}:{M:02d} {wrong_am}", "am_pm_flipped", "Hmm, let me write the meridiem again:"),
           ]
    if m + dm >= 60:
        Hw = H - 1; hw = Hw if Hw <= 12 else Hw - 12
        bad.append((f"{hw}:{M:02d} {'p.m.' if Hw >= 12 else 'a.m.'}", "forgot_carry_hour", "Hmm, I don't think the minutes spill over; dropping the carried hour:"))
    return dict(dataset="gsm8k_like", question=q, ref=rng.choice([f"{h12}:{M:02d} {ampm}", f"{h12}:{M:02d} {'PM' if H>=12 else 'AM'}"]), body=body, ok=ok, bad=bad, zh=False)


def fam_arith_zh(rng):
    a1 = rng.randint(-5, 10); d = rng.randint(2, 7); n = rng.randint(10, 30)
    an = a1 + (n - 1) * d; S = n * (a1 + an) // 2 if n * (a1 + an) % 2 == 0 else None
    if S is None:
        n += 1; an = a1 + (n - 1) * d; S = n * (a1 + an) // 2
    a3 = a1 + 2 * d; a7 = a1 + 6 * d
    q = f"已知等差数列 $\\{{a_n\\}}$ 满足 $a_3 = {a3}$，$a_7 = {a7}$，求前 {n} 项和 $S_{{{n}}}$。"
    def body(v):
        return (f"由 $a_7 - a_3 = 4d$ 得 $4d = {a7} - ({a3}) = {a7-a3}$，故 $d = {d}$。\n\n$a_1 = a_3 - 2d = {a3} - {2*d} = {a1}$。\n\n"
                f"$a_{{{n}}} = a_1 + {n-1}d = {a1} + {(n-1)*d} = {an}$。\n\n$S_{{{n}}} = \\frac{{{n}(a_1 + a_{{{n}}})}}{{2}} = \\frac{{{n}\\times({a1}+{an})}}{{2}} = \\frac{{{n*(a1+an)}}}{{2}} = {S}$。\n\n"
                f"再用另一个公式验算：$S_n = na_1 + \\frac{{n(n-1)}}{{2}}d = {n}\\times({a1}) + \\frac{{{n}\\times{n-1}}}{{2}}\\times {d} = {n*a1} + {n*(n-1)//2*d} = {n*a1 + n*(n-1)//2*d}$ ✓。\n\n"
                f"刚才差点把 $a_7 - a_3$ 当成 $7d - 3d$ 以外的东西，检查无误，公差就是 {d}。\n\n所以 $S_{{{n}}} =$ {v}")
    ok = [(str(S), "plain_integer"), (f"S_{{{n}}}={S}", "assignment")]
    wrongS = (n - 1) * (2 * a1 + (n - 2) * d) // 2
    bad = [(str(n * a1 + n * (n + 1) // 2 * d), "formula_index_error", "嗯，公式里应该是 n(n+1)/2，改一下："),
           (str(wrongS), "sum_first_n_minus_1", "项数应为 n−1：")]
    if bad[1][0] == str(S) or bad[1][0] == bad[0][0]:
        bad = bad[:1]
    return dict(dataset="gaokao_like", question=q, ref=str(S), body=body, ok=ok, bad=bad, zh=True)

"""dev14's everyday families: speeds and units, compound interest, clocks, dates, percent, scientific notation. Part of gen_math.py (see README.md)."""
from fractions import Fraction as F
import math
from forms import fr_txt


def fam_speed_units(r):
    v_ms = r.choice([5, 10, 15, 20, 25, 30, 35])
    t_s = r.choice([120, 180, 240, 300, 360, 600, 900])
    dist = v_ms * t_s
    kmh = v_ms * 18 // 5 if (v_ms * 18) % 5 == 0 else None
    veh = r.choice(['cyclist', 'train', 'delivery van', 'motor scooter', 'tram', 'ferry'])
    topic = f"the {veh} covering {dist} m in {t_s // 60} minutes"
    q_en = f"A {veh} travels {dist / 1000:g} km in {t_s // 60} minutes at constant speed. What is its speed in km/h?"
    q_zh = f"一辆{ '火车' if veh == 'train' else '电车'}以恒定速度在 {t_s // 60} 分钟内行驶了 {dist / 1000:g} 千米，它的速度是多少 km/h？"
    steps_en = [
        f"Distance {dist / 1000:g} km = {dist} m and time {t_s // 60} min = {t_s} s.",
        f"Speed in SI units: {dist} m / {t_s} s = {v_ms} m/s.",
        f"To convert the {v_ms} m/s of this {veh} to km/h multiply by 3.6: {v_ms} × 3.6 = {kmh}.",
        f"Equivalently, {t_s // 60} minutes is {F(t_s, 3600)} h, and {dist / 1000:g} ÷ {fr_txt(F(t_s, 3600))} = {kmh} km/h.",
    ]
    steps_zh = [f"{dist / 1000:g} km = {dist} m，{t_s // 60} min = {t_s} s。", f"速度 = {dist}/{t_s} = {v_ms} m/s。",
                f"换算成 km/h：{v_ms} × 3.6 = {kmh} km/h。"]
    check_en = [f"In {t_s // 60} minutes at {kmh} km/h one covers {kmh} × {t_s // 60}/60 = {kmh * t_s / 3600:g} km ✓."]
    check_zh = [f"验算：{kmh} km/h × {t_s // 60}/60 h = {kmh * t_s / 3600:g} km，正确。"]
    ref_forms = [f"{kmh} km/h", f"{kmh}", f"Speed $= {dist / 1000:g}\\text{{ km}} \\div \\frac{{{t_s // 60}}}{{60}}\\text{{ h}} = {kmh}$ km/h."]
    good = [(f"{kmh} km/h", 'number_with_unit'), (f"{v_ms} m/s (= {kmh} km/h)", 'other_unit_then_converted'),
            (f"{v_ms} m/s", 'other_unit_only_equivalent'), (f"${kmh}\\,\\mathrm{{km\\,h^{{-1}}}}$", 'si_style_unit')]
    bad = [(f"{v_ms} km/h", 'm_per_s_value_with_kmh_unit', 'm/s value labelled km/h'),
           (f"{kmh / 3.6 / 3.6:.2f} km/h" if v_ms % 1 == 0 else f"{v_ms} km/h", 'converted_wrong_direction', 'divided by 3.6 instead of multiplying'),
           (f"{dist / 1000 / (t_s // 60):g} km/h", 'per_minute_as_per_hour', 'km per minute labelled km/h')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='gsm8k_like')


def fam_compound(r):
    P = r.choice([800, 1000, 1200, 1500, 2000, 2500, 3000, 5000])
    rate = r.choice([3, 4, 5, 6, 8])
    n = r.choice([2, 3, 4])
    A = round(P * (1 + rate / 100) ** n, 2)
    I = round(A - P, 2)
    topic = f"${P} at {rate}% compounded annually for {n} years"
    q_en = f"Maria deposits ${P:,} in an account paying {rate}% interest compounded annually. How much money is in the account after {n} years, to the nearest cent?"
    q_zh = f"小王把 {P} 元存入银行，年利率 {rate}%，按年复利计算，{n} 年后本息和是多少元？（精确到分）"
    steps_en = [
        f"Compound growth: A = P(1 + r)^n with P = {P}, r = {rate / 100}, n = {n}.",
        f"Growth factor: {1 + rate / 100}^{n} = {(1 + rate / 100) ** n:.6f}.",
        f"A = {P} × {(1 + rate / 100) ** n:.6f} = {P * (1 + rate / 100) ** n:.4f}, which rounds to {A:.2f}.",
    ]
    steps_zh = [f"本息和 A = P(1+r)^n = {P}×{1 + rate / 100}^{n}。", f"{1 + rate / 100}^{n} = {(1 + rate / 100) ** n:.6f}，A ≈ {A:.2f} 元。"]
    bal = P
    yr = []
    for i in range(n):
        bal = bal * (1 + rate / 100)
        yr.append(f"after year {i + 1}: {bal:.2f}")
    check_en = ["Year by year: " + '; '.join(yr) + " ✓."]
    check_zh = [f"逐年计算最后得到 {A:.2f} 元，其中利息 {I:.2f} 元。"]
    ref_forms = [f"\\${A:,.2f}", f"{A:.2f}", f"$A = {P}(1.{rate:02d})^{n} \\approx {A:.2f}$ dollars."]
    good = [(f"${A:,.2f}", 'money_dollar_sign'), (f"{A:.2f} dollars", 'money_words'), (f"USD {A:.2f}", 'currency_code')]
    simple = P * (1 + rate / 100 * n)
    bad = [(f"${I:,.2f}", 'interest_only', 'interest instead of balance'),
           (f"${simple:,.2f}", 'simple_interest', 'used simple interest'),
           (f"${A * 100:,.0f}", 'scale_cents', 'scale error x100')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='gsm8k_like')


def fam_clock(r):
    start_h = r.randint(8, 11)
    start_m = r.choice([0, 10, 15, 20, 30, 40, 45])
    jobs = r.randint(3, 6)
    each = r.choice([35, 40, 45, 50, 55, 65, 75])
    brk = r.choice([10, 15, 20])
    total = jobs * each + (jobs - 1) * brk
    end = start_h * 60 + start_m + total
    eh, em = divmod(end, 60)
    topic = f"{jobs} sessions of {each} minutes starting {start_h}:{start_m:02d}"
    q_en = f"A technician starts work at {start_h}:{start_m:02d} a.m. She completes {jobs} repairs, each taking {each} minutes, with a {brk}-minute break between consecutive repairs. At what time does she finish the last repair?"
    q_zh = f"一名技师上午 {start_h}:{start_m:02d} 开始工作，完成 {jobs} 次维修，每次 {each} 分钟，相邻两次之间休息 {brk} 分钟。她几点完成最后一次维修？"
    steps_en = [
        f"Working time: {jobs} × {each} = {jobs * each} minutes.",
        f"Breaks occur only between repairs, so there are {jobs - 1} of them: {(jobs - 1) * brk} minutes.",
        f"Total elapsed: {jobs * each} + {(jobs - 1) * brk} = {total} minutes = {total // 60} h {total % 60} min.",
        f"{start_h}:{start_m:02d} plus {total // 60} h {total % 60} min is {eh}:{em:02d} on a 24-hour clock.",
    ]
    steps_zh = [f"工作 {jobs}×{each} = {jobs * each} 分钟，休息 {jobs - 1} 次共 {(jobs - 1) * brk} 分钟。",
                f"共 {total} 分钟，即 {total // 60} 小时 {total % 60} 分，结束时间 {eh}:{em:02d}。"]
    h12 = eh - 12 if eh > 12 else eh
    ampm = 'p.m.' if eh >= 12 else 'a.m.'
    check_en = [f"Counting back from {eh}:{em:02d} by {total} minutes returns to {start_h}:{start_m:02d} ✓."]
    check_zh = [f"从 {eh}:{em:02d} 倒推 {total} 分钟回到 {start_h}:{start_m:02d}。"]
    ref_forms = [f"{h12}:{em:02d} {ampm}", f"{eh}:{em:02d}", f"Elapsed {total} min, so she finishes at {h12}:{em:02d} {ampm}"]
    good = [(f"{h12}:{em:02d} {'PM' if eh >= 12 else 'AM'}", 'twelve_hour_clock'), (f"{eh}:{em:02d}", 'twenty_four_hour'),
            (f"{eh}h{em:02d}", 'european_h_notation')]
    eh2, em2 = divmod(end + brk, 60)
    bad = [(f"{eh2 - 12 if eh2 > 12 else eh2}:{em2:02d} {'p.m.' if eh2 >= 12 else 'a.m.'}", 'extra_break', 'counted one break too many'),
           (f"{h12}:{em:02d} {'a.m.' if eh >= 12 else 'p.m.'}", 'am_pm_flip', 'wrong half of the day'),
           (f"{total // 60} h {total % 60} min", 'duration_not_time', 'gave the duration not the clock time')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='gsm8k_like')


def fam_date(r):
    import datetime
    d0 = datetime.date(2025, 1, 1) + datetime.timedelta(days=r.randint(0, 700))
    n = r.randint(40, 250)
    d1 = d0 + datetime.timedelta(days=n)
    dm1 = d1 - datetime.timedelta(days=1)
    topic = f"{n} days after {d0.isoformat()}"
    fmt = lambda d: d.strftime('%B %-d, %Y')
    q_en = f"A subscription starts on {fmt(d0)} and lasts exactly {n} days, ending on the day that is {n} days after the start date. On what date does it end? Also give the weekday."
    q_zh = f"某会员从 {d0.year}年{d0.month}月{d0.day}日 开始，{n} 天后的那一天到期。到期日是哪一天，星期几？"
    wd = d1.strftime('%A')
    zhwd = '一二三四五六日'[d1.weekday()]
    steps_en = [
        f"Start: {fmt(d0)}, a {d0.strftime('%A')}.",
        f"Walking month by month: from {d0.strftime('%B')} {d0.day} to the 1st of the next month is {( (d0.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - d0).days} days.",
        f"Adding the full months that follow and the leftover days lands on {fmt(d1)}.",
        f"{n} = 7·{n // 7} + {n % 7}, so the weekday moves forward {n % 7} from {d0.strftime('%A')}: {wd}.",
    ]
    steps_zh = [f"起始日 {d0.year}年{d0.month}月{d0.day}日（星期{'一二三四五六日'[d0.weekday()]}）。",
                f"逐月累加 {n} 天，得到 {d1.year}年{d1.month}月{d1.day}日。", f"{n} = 7×{n // 7} + {n % 7}，星期向后推 {n % 7} 天，为星期{zhwd}。"]
    check_en = [f"Day-of-year check: {d0.isoformat()} is day {d0.timetuple().tm_yday} of {d0.year}; adding {n} gives {d1.isoformat()} ✓."]
    check_zh = [f"用年内序号检验：起始日是当年第 {d0.timetuple().tm_yday} 天，加 {n} 天得 {d1.isoformat()}。"]
    ref_forms = [f"{fmt(d1)} ({wd})", f"{d1.isoformat()}, {wd}", f"{wd}, {d1.day} {d1.strftime('%B')} {d1.year}"]
    good = [(f"{wd}, {fmt(d1)}", 'weekday_month_day_year'), (f"{d1.isoformat()} ({wd[:3]})", 'iso_date'),
            (f"{d1.day} {d1.strftime('%B')} {d1.year}, a {wd}", 'day_month_year')]
    bad = [(f"{fmt(dm1)} ({dm1.strftime('%A')})", 'off_by_one_day', 'counted the start day'),
           (f"{fmt(d1)} ({(d1 + datetime.timedelta(days=1)).strftime('%A')})", 'weekday_wrong', 'date right, weekday wrong'),
           (f"{d1.year}-{d1.day:02d}-{d1.month:02d}" if d1.day <= 12 and d1.day != d1.month else f"{fmt(d1 + datetime.timedelta(days=30))} ({(d1 + datetime.timedelta(days=30)).strftime('%A')})", 'month_day_confused', 'month/day swapped or month off')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='gsm8k_like')


def fam_percent(r):
    old = r.choice([40, 60, 80, 120, 160, 200, 250, 320, 400])
    pct = r.choice([10, 15, 20, 25, 30, 40, 60, 75])
    up = r.random() < 0.5
    new = old * (100 + pct) // 100 if up else old * (100 - pct) // 100
    if (old * (100 + pct if up else 100 - pct)) % 100:
        old = 200
        new = old * (100 + pct) // 100 if up else old * (100 - pct) // 100
    item = r.choice(['a bicycle', 'a concert ticket', 'a pair of boots', 'a textbook', 'a lamp', 'a monthly gym pass'])
    topic = f"the price of {item} going from {old} to {new}"
    q_en = f"The price of {item} changed from ${old} to ${new}. By what percent did the price {'increase' if up else 'decrease'}?"
    q_zh = f"某商品的价格从 {old} 元变为 {new} 元，价格{'上涨' if up else '下降'}了百分之几？"
    diff = abs(new - old)
    steps_en = [
        f"Change: |{new} - {old}| = {diff} dollars.",
        f"Percent change is measured against the original price {old}: {diff}/{old} = {diff / old:g}.",
        f"As a percentage of the original {old}: {diff / old:g} × 100% = {pct}%.",
    ]
    steps_zh = [f"变化量 {diff} 元。", f"相对原价：{diff}/{old} = {diff / old:g} = {pct}%。"]
    check_en = [f"{old} × {1 + pct / 100 if up else 1 - pct / 100:g} = {new} ✓."]
    check_zh = [f"{old} × {1 + pct / 100 if up else 1 - pct / 100:g} = {new}，正确。"]
    wrong_base = diff / new * 100
    ref_forms = [f"{pct}\\%", f"{pct}%", f"The change is ${diff}$ on a base of ${old}$, i.e. ${pct}\\%$."]
    good = [(f"{pct}%", 'percent_sign'), (f"{pct} percent", 'percent_word'), (f"${pct}\\%$ {'increase' if up else 'decrease'}", 'latex_percent_direction')]
    if pct in (25, 75, 20, 40, 60):
        good.append((f"{ {25: 'one quarter', 75: 'three quarters', 20: 'one fifth', 40: 'two fifths', 60: 'three fifths'}[pct]}, i.e. {pct}%", 'fraction_words_and_percent'))
    bad = [(f"{wrong_base:.4g}%", 'wrong_base', 'divided by the new price'),
           (f"{diff}%", 'absolute_change_as_percent', 'dollar change written as a percent'),
           (f"{pct}% {'decrease' if up else 'increase'}", 'wrong_direction', 'right size, wrong direction')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='gsm8k_like')


def fam_scinote(r):
    m1 = r.choice([2, 3, 4, 5, 6, 8])
    e1 = r.randint(3, 9)
    m2 = r.choice([3, 4, 5, 8])
    e2 = r.randint(-9, -3)
    prod = m1 * m2
    if e1 + e2 in (0, -1):
        e2 -= 3
    e = e1 + e2
    if prod >= 10:
        mant, ex = prod / 10, e + 1
    else:
        mant, ex = prod, e
    topic = f"({m1}×10^{e1})({m2}×10^{e2})"
    q_en = f"Compute $({m1} \\times 10^{{{e1}}})({m2} \\times 10^{{{e2}}})$ and express the result in scientific notation."
    q_zh = f"计算 $({m1}\\times10^{{{e1}}})({m2}\\times10^{{{e2}}})$，并用科学记数法表示。"
    steps_en = [
        f"Multiply the mantissas: {m1} × {m2} = {prod}.",
        f"Add the exponents: {e1} + ({e2}) = {e}.",
        (f"So the product is {prod} × 10^{e}; since {prod} ≥ 10, rewrite as {mant:g} × 10^{ex}." if prod >= 10 else f"So the product is {prod} × 10^{e}, already normalised."),
    ]
    steps_zh = [f"系数相乘 {m1}×{m2} = {prod}，指数相加 {e1}+({e2}) = {e}。", f"规范化得 {mant:g}×10^{ex}。"]
    val = prod * 10.0 ** e
    check_en = [f"As a plain number that is {val:.12g}; moving the decimal point back gives {mant:g} × 10^{ex} ✓."]
    check_zh = [f"写成普通数是 {val:.12g}。"]
    plain = f"{val:.12f}".rstrip('0').rstrip('.') if ex < 0 else f"{int(round(val))}"
    ref_forms = [f"{mant:g} \\times 10^{{{ex}}}", f"{mant:g}e{ex}", f"$({m1}\\cdot {m2})\\times 10^{{{e1}+({e2})}} = {mant:g}\\times 10^{{{ex}}}$"]
    good = [(f"${mant:g} \\times 10^{{{ex}}}$", 'sci_latex'), (f"{mant:g}E{ex}", 'e_notation'), (f"${mant:g}\\cdot 10^{{{ex}}}$", 'cdot_power'),
            (f"{mant:g} x 10^({ex})", 'ascii_x_power')]
    bad = [(f"{mant:g} × 10^{-ex}", 'exponent_sign', 'exponent sign flipped'),
           (f"{mant:g} × 10^{ex + 1}", 'exponent_off_by_one', 'normalisation slip'),
           (f"{m1 + m2} × 10^{e}", 'added_mantissas', 'added mantissas')]
    return dict(topic=topic, q_en=q_en, q_zh=q_zh, steps_en=steps_en, steps_zh=steps_zh, check_en=check_en,
                check_zh=check_zh, ref_forms=ref_forms, good=good, bad=bad, dataset='math_like')

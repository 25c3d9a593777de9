"""GSM8K-style word problem families (English + Chinese)."""
from fractions import Fraction
import random

NAMES = ["Maya", "Jamal", "Priya", "Tomás", "Keiko", "Olu", "Hannah", "Dmitri", "Lucia", "Ravi", "Sofia", "Ben"]
ZH_NAMES = ["小明", "小红", "李华", "王芳", "张伟", "陈静", "刘洋", "赵磊"]


def money(x):
    x = Fraction(x)
    if x.denominator == 1:
        return "$%d" % x
    return "$%.2f" % float(x)


def num(x):
    x = Fraction(x)
    return str(x.numerator) if x.denominator == 1 else ("%.2f" % float(x)).rstrip("0").rstrip(".")


def shop(rng):
    n, m = rng.randint(3, 9), rng.randint(2, 6)
    p = Fraction(rng.choice([125, 150, 175, 225, 240, 310, 350]), 100)
    q = Fraction(rng.choice([75, 80, 95, 120, 135]), 100)
    B = 50 if n * p + m * q < 45 else 100
    a, b = n * p, m * q
    tot = a + b
    ch = B - tot
    nm, zn = rng.choice(NAMES), rng.choice(ZH_NAMES)
    en = [f"Notebooks: {n} × {money(p)} = {money(a)}.",
          f"Pens: {m} × {money(q)} = {money(b)}.",
          f"Total spent: {money(a)} + {money(b)} = {money(tot)}.",
          f"Change from the ${B} bill: {B} − {num(tot)} = {num(ch)}, so {nm} gets {money(ch)} back."]
    zh = [f"笔记本：{n} × {num(p)} = {num(a)} 元。", f"钢笔：{m} × {num(q)} = {num(b)} 元。",
          f"一共花费 {num(a)} + {num(b)} = {num(tot)} 元。", f"找回 {B} − {num(tot)} = {num(ch)} 元。"]
    bad_en = en[:1] + [f"Subtracting from the bill: {B} − {num(a)} = {num(B - a)}."]
    bad_zh = zh[:1] + [f"找零：{B} − {num(a)} = {num(B - a)} 元。"]
    return {
        "dataset": "gsm8k_like",
        "q": {"en": f"{nm} buys {n} notebooks at {money(p)} each and {m} pens at {money(q)} each. She pays with a ${B} bill. How much change does she receive?",
              "zh": f"{zn}买了{n}本笔记本，每本{num(p)}元，又买了{m}支钢笔，每支{num(q)}元。他付了一张{B}元的钞票，应找回多少元？"},
        "restate": {"en": f"We're asked for the change {nm} gets after buying {n} notebooks and {m} pens with a ${B} bill.",
                    "zh": f"题目问：{zn}用{B}元买{n}本笔记本和{m}支钢笔后找回多少钱。"},
        "steps": {"en": en, "zh": zh},
        "verify": {"en": f"Check: {num(tot)} + {num(ch)} = {B}. ✓", "zh": f"验算：{num(tot)} + {num(ch)} = {B}，正确。"},
        "ans": [num(ch), money(ch), f"{money(ch)} in change", f"\\${num(ch)}"],
        "ans_zh": [num(ch), f"{num(ch)}元", f"{num(ch)} 元"],
        "ref": rng.choice([num(ch), money(ch)]),
        "wrong": [{"tag": "dropped_term", "val": num(B - a), "steps": {"en": bad_en, "zh": bad_zh}, "why_en": "I forgot to include the pens.", "why_zh": "漏算了钢笔的钱。"},
                  {"tag": "scale", "val": num(ch * 100), "why_en": "wrong scale"}],
        "other_part": num(tot),
        "other_steps": {"en": en[:3], "zh": zh[:3]},
    }


def wages(rng):
    r = rng.choice([14, 16, 18, 21, 22, 25])
    h = rng.randint(43, 52)
    ot = h - 40
    pay = 40 * r + ot * Fraction(3, 2) * r
    nm, zn = rng.choice(NAMES), rng.choice(ZH_NAMES)
    en = [f"Regular hours: 40 × ${r} = ${40 * r}.",
          f"Overtime hours: {h} − 40 = {ot}.",
          f"Overtime rate: 1.5 × ${r} = ${num(Fraction(3, 2) * r)} per hour, so overtime pay = {ot} × {num(Fraction(3, 2) * r)} = ${num(ot * Fraction(3, 2) * r)}.",
          f"Total: {40 * r} + {num(ot * Fraction(3, 2) * r)} = {num(pay)} dollars."]
    zh = [f"正常工时工资：40 × {r} = {40 * r} 元。", f"加班时间：{h} − 40 = {ot} 小时。",
          f"加班时薪 1.5 × {r} = {num(Fraction(3, 2) * r)} 元，加班工资 {ot} × {num(Fraction(3, 2) * r)} = {num(ot * Fraction(3, 2) * r)} 元。",
          f"合计 {40 * r} + {num(ot * Fraction(3, 2) * r)} = {num(pay)} 元。"]
    wrongv = h * r
    return {
        "dataset": "gsm8k_like",
        "q": {"en": f"{nm} earns ${r} per hour. Any hours beyond 40 in a week are paid at 1.5 times the normal rate. Last week {nm} worked {h} hours. How much did {nm} earn last week?",
              "zh": f"{zn}每小时工资{r}元，每周超过40小时的部分按1.5倍工资计算。上周{zn}工作了{h}小时，一共挣了多少元？"},
        "restate": {"en": f"So: {h} hours at ${r}/h with time-and-a-half past 40 — total weekly pay?",
                    "zh": f"即：时薪{r}元，工作{h}小时，超过40小时按1.5倍，求周工资。"},
        "steps": {"en": en, "zh": zh},
        "verify": {"en": f"Sanity check: without overtime it would be {h} × {r} = {wrongv}; the premium adds 0.5 × {r} × {ot} = {num(Fraction(1, 2) * r * ot)}, and {wrongv} + {num(Fraction(1, 2) * r * ot)} = {num(pay)}. ✓",
                   "zh": f"验算：{h} × {r} = {wrongv}，再加上加班补贴 0.5 × {r} × {ot} = {num(Fraction(1, 2) * r * ot)}，共 {num(pay)}。"},
        "ans": [num(pay), money(pay), f"{money(pay)}", f"{num(pay)} dollars"],
        "ans_zh": [num(pay), f"{num(pay)}元"],
        "ref": num(pay),
        "wrong": [{"tag": "no_overtime_rate", "val": str(wrongv),
                   "steps": {"en": [f"{nm} worked {h} hours at ${r} per hour.", f"{h} × {r} = {wrongv}."],
                             "zh": [f"工作{h}小时，时薪{r}元。", f"{h} × {r} = {wrongv}。"]},
                   "why_en": "I ignored the 1.5× overtime rate.", "why_zh": "忘记了加班按1.5倍计算。"},
                  {"tag": "scale", "val": num(pay / 10)}],
        "other_part": num(ot * Fraction(3, 2) * r),
        "other_steps": {"en": en[1:3], "zh": zh[1:3]},
    }


def travel(rng):
    v = rng.choice([40, 45, 48, 60, 72, 75])
    d = v * rng.choice([Fraction(3, 2), Fraction(5, 4), Fraction(5, 2), Fraction(7, 4), Fraction(2, 3), Fraction(4, 3)])
    if d.denominator != 1:
        d = v * Fraction(3, 2)
    t = d / v
    mins = t * 60
    nm = rng.choice(NAMES)
    en = [f"Time = distance ÷ speed = {num(d)} ÷ {v} = {num(t)} hours.",
          f"Convert to minutes: {num(t)} × 60 = {num(mins)} minutes."]
    zh = [f"时间 = 路程 ÷ 速度 = {num(d)} ÷ {v} = {num(t)} 小时。", f"换算成分钟：{num(t)} × 60 = {num(mins)} 分钟。"]
    return {
        "dataset": "gsm8k_like",
        "q": {"en": f"{nm} drives {num(d)} km at a constant speed of {v} km/h. How many minutes does the trip take?",
              "zh": f"一辆汽车以每小时{v}千米的速度匀速行驶{num(d)}千米，需要多少分钟？"},
        "restate": {"en": f"Distance {num(d)} km, speed {v} km/h, want the time in minutes.", "zh": f"路程{num(d)}千米，速度{v}千米/时，求时间（分钟）。"},
        "steps": {"en": en + [f"So the drive takes {num(mins)} minutes."], "zh": zh + [f"所以需要 {num(mins)} 分钟。"]},
        "verify": {"en": f"Check: in {num(mins)} minutes at {v} km/h, distance = {v} × {num(mins)}/60 = {num(d)} km. ✓",
                   "zh": f"验算：{v} × {num(mins)}/60 = {num(d)} 千米，正确。"},
        "ans": [num(mins), f"{num(mins)} minutes", f"{num(mins)} min"],
        "ans_zh": [num(mins), f"{num(mins)}分钟"],
        "ref": rng.choice([num(mins), f"{num(mins)} minutes"]),
        "wrong": [{"tag": "unit", "val": f"{num(t)} minutes", "steps": {"en": en[:1], "zh": zh[:1]},
                   "why_en": "the question wants minutes, not hours.", "why_zh": "题目要的是分钟。"},
                  {"tag": "unit", "val": f"{num(t)}"}],
        "other_part": f"{num(t)}",
    }


def discount(rng):
    P = rng.choice([40, 60, 80, 120, 150, 200, 240])
    d = rng.choice([10, 15, 20, 25, 30])
    tx = rng.choice([5, 8, 10])
    after = Fraction(P * (100 - d), 100)
    fin = after * Fraction(100 + tx, 100)
    nm = rng.choice(NAMES)
    en = [f"Discount: {d}% of ${P} = ${num(Fraction(P * d, 100))}.",
          f"Price after discount: {P} − {num(Fraction(P * d, 100))} = ${num(after)}.",
          f"Sales tax of {tx}% on that: {num(after)} × {num(Fraction(tx, 100))} = ${num(after * Fraction(tx, 100))}.",
          f"Final price: {num(after)} + {num(after * Fraction(tx, 100))} = ${num(fin)}."]
    zh = [f"折扣金额：{P} × {d}% = {num(Fraction(P * d, 100))} 元。", f"折后价：{P} − {num(Fraction(P * d, 100))} = {num(after)} 元。",
          f"税费：{num(after)} × {tx}% = {num(after * Fraction(tx, 100))} 元。", f"最终价格：{num(after)} + {num(after * Fraction(tx, 100))} = {num(fin)} 元。"]
    naive = Fraction(P * (100 - d + tx), 100)
    return {
        "dataset": "gsm8k_like",
        "q": {"en": f"A jacket costs ${P}. It is on sale for {d}% off, and then a {tx}% sales tax is applied to the sale price. What does {nm} pay for the jacket?",
              "zh": f"一件外套原价{P}元，打折优惠{d}%，然后对折后价格再加收{tx}%的税。最终需要支付多少元？"},
        "restate": {"en": f"Original ${P}, {d}% off, then {tx}% tax on the discounted price; find the amount paid.", "zh": f"原价{P}元，先减{d}%，再加{tx}%税，求实付金额。"},
        "steps": {"en": en, "zh": zh},
        "verify": {"en": f"Equivalently {P} × {num(Fraction(100 - d, 100))} × {num(Fraction(100 + tx, 100))} = {num(fin)}. ✓", "zh": f"也可以直接算 {P} × {num(Fraction(100 - d, 100))} × {num(Fraction(100 + tx, 100))} = {num(fin)}。"},
        "ans": [num(fin), money(fin), f"{money(fin)}"],
        "ans_zh": [num(fin), f"{num(fin)}元"],
        "ref": money(fin),
        "wrong": ([{"tag": "combined_percent", "val": num(naive),
                    "steps": {"en": [f"Net change is −{d}% + {tx}% = −{d - tx}%.", f"{P} × {num(Fraction(100 - d + tx, 100))} = {num(naive)}."],
                              "zh": [f"净变化 −{d}% + {tx}% = −{d - tx}%。", f"{P} × {num(Fraction(100 - d + tx, 100))} = {num(naive)}。"]},
                    "why_en": "percentages can't just be added like that.", "why_zh": "百分比不能直接相加。"}] if naive != fin else
                  [{"tag": "forgot_tax", "val": num(after), "steps": {"en": en[:2], "zh": zh[:2]}}]) + [{"tag": "forgot_tax", "val": num(after)}],
        "other_part": num(after),
        "other_steps": {"en": en[:2], "zh": zh[:2]},
    }


def ages(rng):
    b = rng.randint(5, 14)
    k = rng.choice([2, 3, 4])
    a = k * b
    y = rng.randint(3, 10)
    S = a + b + 2 * y
    nm1, nm2 = rng.sample(NAMES, 2)
    en = [f"Let {nm2}'s current age be x. Then {nm1} is {k}x.",
          f"In {y} years: (x + {y}) + ({k}x + {y}) = {S}, so {k + 1}x + {2 * y} = {S}.",
          f"{k + 1}x = {S - 2 * y}, x = {b}.",
          f"{nm1}'s age now is {k} × {b} = {a}."]
    zh = [f"设弟弟现在 x 岁，则哥哥 {k}x 岁。", f"{y}年后：(x + {y}) + ({k}x + {y}) = {S}，即 {k + 1}x + {2 * y} = {S}。",
          f"解得 x = {b}。", f"哥哥现在 {k} × {b} = {a} 岁。"]
    return {
        "dataset": "gsm8k_like",
        "q": {"en": f"{nm1} is {k} times as old as {nm2}. In {y} years, the sum of their ages will be {S}. How old is {nm1} now?",
              "zh": f"哥哥的年龄是弟弟的{k}倍，{y}年后两人年龄之和是{S}岁。哥哥现在多少岁？"},
        "restate": {"en": f"Unknown: {nm1}'s present age, given a {k}:1 age ratio and a sum of {S} in {y} years.", "zh": f"求哥哥现在的年龄。"},
        "steps": {"en": en, "zh": zh},
        "verify": {"en": f"Check: now {a} and {b}; in {y} years {a + y} + {b + y} = {S}. ✓", "zh": f"验算：{y}年后 {a + y} + {b + y} = {S}，正确。"},
        "ans": [str(a), f"{a} years old", f"{a} years"],
        "ans_zh": [str(a), f"{a}岁"],
        "ref": str(a),
        "wrong": [{"tag": "future_age", "val": str(a + y), "why_en": "that's the age in the future, not now."}],
        "other_part": str(b),
        "other_steps": {"en": en[:3], "zh": zh[:3]},
    }


def clock(rng):
    sh, sm = rng.choice([8, 9, 10, 11]), rng.choice([15, 20, 40, 45, 50])
    dh, dm = rng.randint(1, 3), rng.choice([25, 35, 50, 55])
    tot = sh * 60 + sm + dh * 60 + dm
    eh, em = divmod(tot, 60)
    def fmt(h, m):
        suf = "AM" if h < 12 else "PM"
        hh = h if h <= 12 else h - 12
        return f"{hh}:{m:02d} {suf}"
    end = fmt(eh, em)
    h24 = f"{eh}:{em:02d}"
    wrong_end = fmt(eh + 12 if eh < 12 else eh - 12, em).replace("PM", "XX").replace("AM", "PM").replace("XX", "AM")
    wrong_end = end.replace("PM", "AM") if "PM" in end else end.replace("AM", "PM")
    en = [f"Start: {fmt(sh, sm)}. Add {dh} hours: {fmt(sh + dh, sm)}.",
          f"Add {dm} more minutes: {sm} + {dm} = {sm + dm} minutes" + (f", which is 1 hour {sm + dm - 60} minutes." if sm + dm >= 60 else "."),
          f"So the movie ends at {end} ({h24} in 24-hour time)."]
    zh = [f"开始时间 {sh}:{sm:02d}，加 {dh} 小时得 {sh + dh}:{sm:02d}。", f"再加 {dm} 分钟：{sm} + {dm} = {sm + dm} 分钟。", f"所以结束时间为 {h24}。"]
    return {
        "dataset": "gsm8k_like",
        "q": {"en": f"A movie starts at {fmt(sh, sm)} and lasts {dh} hours and {dm} minutes. At what time does it end?",
              "zh": f"一场电影上午{sh}:{sm:02d}开始，时长{dh}小时{dm}分钟。电影几点结束（用24小时制表示）？"},
        "restate": {"en": f"Start {fmt(sh, sm)}, duration {dh} h {dm} min → end time?", "zh": "求电影结束时间。"},
        "steps": {"en": en, "zh": zh},
        "verify": {"en": f"Check: from {fmt(sh, sm)} to {end} is {dh * 60 + dm} minutes = {dh} h {dm} min. ✓", "zh": f"验算：{sh}:{sm:02d} 到 {h24} 共 {dh * 60 + dm} 分钟。"},
        "ans": [end, h24, end.replace(" ", "")],
        "ans_zh": [h24, f"{eh}点{em:02d}分"],
        "ref": end if rng.random() < 0.5 else f"{end} ({h24})",
        "zh_ref": h24,
        "wrong": [{"tag": "am_pm", "val": wrong_end if eh >= 12 else fmt(eh, (em + 10) % 60)}],
        "other_part": f"{dh * 60 + dm} minutes",
    }


def savings(rng):
    goal = rng.choice([180, 250, 320, 415, 500, 640])
    have = rng.choice([20, 35, 50, 75])
    w = rng.choice([15, 18, 25, 30, 40])
    need = goal - have
    weeks = -(-need // w)
    nm = rng.choice(NAMES)
    fl = need // w
    en = [f"Amount still needed: {goal} − {have} = ${need}.",
          f"Weeks: {need} ÷ {w} = {num(Fraction(need, w))}.",
          (f"Since {fl} weeks gives only {fl * w}, which is short, {nm} needs {weeks} full weeks." if need % w else f"That divides evenly, so {weeks} weeks.")]
    zh = [f"还差 {goal} − {have} = {need} 元。", f"{need} ÷ {w} = {num(Fraction(need, w))}。",
          (f"{fl}周只能攒{fl * w}元，不够，所以需要 {weeks} 周。" if need % w else f"恰好整除，需要 {weeks} 周。")]
    wr = fl if need % w else weeks + 1
    return {
        "dataset": "gsm8k_like",
        "q": {"en": f"{nm} wants a bike that costs ${goal}. {nm} already has ${have} and saves ${w} each week. How many weeks until {nm} can afford the bike?",
              "zh": f"{rng.choice(ZH_NAMES)}想买一辆{goal}元的自行车，已经有{have}元，每周存{w}元。至少需要多少周才能买得起？"},
        "restate": {"en": f"Find the minimum whole number of weeks of saving ${w} to get from ${have} to ${goal}.", "zh": "求至少需要存多少周。"},
        "steps": {"en": en, "zh": zh},
        "verify": {"en": f"After {weeks} weeks: {have} + {weeks} × {w} = {have + weeks * w} ≥ {goal}" + (f"; after {weeks - 1} weeks only {have + (weeks - 1) * w}." if weeks > 1 else "."),
                   "zh": f"验证：{have} + {weeks} × {w} = {have + weeks * w} ≥ {goal}。"},
        "ans": [str(weeks), f"{weeks} weeks", f"{weeks} weeks"],
        "ans_zh": [str(weeks), f"{weeks}周"],
        "ref": str(weeks),
        "wrong": [{"tag": "rounding", "val": str(wr) if wr != weeks else str(weeks + 1)}] + ([{"tag": "scale", "val": num(Fraction(need, w))}] if need % w else []),
        "other_part": str(need),
        "other_steps": {"en": en[:1], "zh": zh[:1]},
    }


def ribbon(rng):
    m = rng.choice([3, 4, 5, 6, 7.5, 9])
    c = rng.choice([12, 15, 20, 25, 30, 40])
    total_cm = int(m * 100)
    pieces = total_cm // c
    left = total_cm - pieces * c
    en = [f"Convert to centimetres: {m} m = {total_cm} cm.", f"{total_cm} ÷ {c} = {num(Fraction(total_cm, c))}.",
          f"Only whole pieces count, so {pieces} pieces" + (f", with {left} cm left over." if left else ", with nothing left over.")]
    zh = [f"先统一单位：{m} 米 = {total_cm} 厘米。", f"{total_cm} ÷ {c} = {num(Fraction(total_cm, c))}。", f"只能算完整的段，所以能剪 {pieces} 段。"]
    return {
        "dataset": "gsm8k_like",
        "q": {"en": f"A ribbon is {m} meters long. How many whole pieces of {c} cm each can be cut from it?",
              "zh": f"一根彩带长{m}米，每段剪{c}厘米，最多能剪成多少段完整的？"},
        "restate": {"en": f"{m} m of ribbon, {c} cm pieces — how many complete pieces?", "zh": "求能剪出的完整段数。"},
        "steps": {"en": en, "zh": zh},
        "verify": {"en": f"{pieces} × {c} = {pieces * c} cm ≤ {total_cm} cm, and one more piece would need {(pieces + 1) * c} cm. ✓", "zh": f"{pieces} × {c} = {pieces * c} ≤ {total_cm}，再多一段就不够了。"},
        "ans": [str(pieces), f"{pieces} pieces"],
        "ans_zh": [str(pieces), f"{pieces}段"],
        "ref": str(pieces),
        "wrong": [{"tag": "unit", "val": num(Fraction(int(m * 100), 100) / c) if False else num(Fraction(m).limit_denominator() * 100 // c * 0 + Fraction(m).limit_denominator() / c * 100 / 100), "steps": {"en": [f"{m} ÷ {c} = {num(Fraction(m).limit_denominator() / c)}."], "zh": [f"{m} ÷ {c} = {num(Fraction(m).limit_denominator() / c)}。"]},
                   "why_en": "I mixed metres and centimetres.", "why_zh": "单位没有统一。"}],
        "other_part": f"{left} cm" if left else None,
    }


FAMILIES = [shop, wages, travel, discount, ages, clock, savings, ribbon]

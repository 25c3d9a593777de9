"""Math problem families, part D: regular-polygon angles (degrees / radians)
and combinations (committee / toppings counts).  Same dict interface as
gen_math_a."""
from fractions import Fraction as F
from math import comb, perm
from gen_common import pick, frac, dec, sep, words_en, int_zh


def polygon(rng, lang):
    n = pick(rng, [5, 6, 8, 9, 10, 12, 15, 16, 18, 20, 24, 36])
    S = 180 * (n - 2)
    v = F(S, n)
    vs = dec(v)
    rad = F(n - 2, n)
    want_rad = lang == "en" and rng.random() < 0.3
    num, den = rad.numerator, rad.denominator
    rads = [f"\\frac{{{num}\\pi}}{{{den}}}", f"{num}π/{den}".replace("1π", "π") if num == 1 else f"{num}π/{den}", f"{num}\\pi/{den}"]
    if dec(rad):
        rads.append(f"{dec(rad)}π")
    degs = [f"{vs}°", f"{vs} degrees", f"{vs}^\\circ", vs]
    notes = ([f"Why (n − 2) × 180°: pick one vertex and draw the {n - 3} diagonals from it; they cut the polygon into {n - 2} triangles, each contributing 180°.",
              "For comparison, interior angles of nearby regular polygons:\n\n| sides | interior angle |\n|---|---|\n" +
              "\n".join(f"| {k} | {dec(F(180 * (k - 2), k)) or frac(F(180 * (k - 2), k), 'mixed')}° |" for k in (n - 1, n, n + 1)) +
              "\n\nThe angle grows with the number of sides and approaches 180°, as it should.",
              f"Another route: each exterior angle of a regular {n}-gon is 360°/{n} = {dec(F(360, n))}°, and interior + exterior = 180°, so interior = 180° − {dec(F(360, n))}° = {vs}°."]
             if lang == "en" else [f"从一个顶点出发可以引 {n - 3} 条对角线，把多边形分成 {n - 2} 个三角形，所以内角和是 {n - 2}×180°。",
                                   f"也可以用外角：每个外角 360°÷{n} = {dec(F(360, n))}°，内角 = 180° − {dec(F(360, n))}° = {vs}°。"])
    if v.denominator == 2:
        degs.append(f"{int(v)}°30′")
    if lang == "en":
        unit = "radians" if want_rad else "degrees"
        q = pick(rng, ["What is the measure of each interior angle of a regular {n}-gon, in {u}?",
                       "A regular polygon has {n} sides. Find the measure of one of its interior angles in {u}."]).format(n=n, u=unit)
        steps = [f"The interior angles of a polygon with {n} sides add up to (n − 2) × 180° = {n - 2} × 180° = {S}°.",
                 f"A regular polygon has all angles equal, so each is {S}° / {n} = {vs}°."]
        if want_rad:
            steps.append(f"Converting to radians: {vs}° × π/180° = {rads[1]}.")
        forms = rads if want_rad else degs
        wforms = degs[:2] if want_rad else rads[:2]
        sentence = "each interior angle measures {}"
        ext = F(360, n)
        wrong = [{"steps": steps[:2] if want_rad else steps[:1] + [f"In radians that is {rads[1]}."], "forms": wforms, "tag": "unit"},
                 {"steps": [f"The exterior angles of any polygon sum to 360°, so each angle is 360°/{n} = {dec(ext)}°."] +
                  ([f"In radians: {frac(F(2, n), 'slash')}π."] if want_rad else []),
                  "forms": [f"{frac(F(2, n), 'slash')}π"] if want_rad else [f"{dec(ext)}°", f"{dec(ext)} degrees"]},
                 {"steps": steps[:1], "forms": [f"{S}°"] if not want_rad else [f"{n - 2}π"]}]
        verify = [f"Check via the exterior angle: 180° − {vs}° = {dec(180 - v)}°, and {n} × {dec(180 - v)}° = 360°. ✓"]
        refs = ([rads[0], f"{rads[1]} radians"] if want_rad else [vs, f"{vs}^\\circ", f"{vs} degrees", f"Each interior angle is ${vs}^\\circ$."])
    else:
        q = f"正{int_zh(n)}边形的每个内角是多少度？"
        steps = [f"n边形内角和为 (n−2)×180°，所以正{n}边形内角和为 {n - 2}×180° = {S}°；", f"每个内角为 {S}° ÷ {n} = {vs}°。"]
        forms = [f"{vs}°", f"{vs}度", vs + "°"] + ([f"{int(v)}°30′"] if v.denominator == 2 else [])
        sentence = "每个内角是{}"
        wrong = [{"steps": [steps[0], f"换算成弧度为 {rads[1]}。"], "forms": [rads[1]], "tag": "unit"},
                 {"steps": ["多边形外角和为360°，", f"所以每个角为 360° ÷ {n} = {dec(F(360, n))}°。"], "forms": [f"{dec(F(360, n))}°"]}]
        verify = [f"验证：每个外角为 {dec(180 - v)}°，{n}个外角之和为 360°。"]
        refs = [f"{vs}°", vs, f"{vs}度"]
    return dict(lang=lang, dataset="math_like" if lang == "en" else "cmath_like", question=q, refs=refs, steps=steps,
                forms=forms, sentence=sentence, wrong=wrong, verify=verify, explore=[], notes=notes, restate="")


def combos(rng, lang):
    while True:
        n, k = rng.randint(9, 32), rng.randint(3, 7)
        if n - k >= 3:
            break
    C, P = comb(n, k), perm(n, k)
    W = comb(n - 1, k)
    num = " × ".join(str(n - i) for i in range(k))
    kf = perm(k, k)
    run = [f"{n}/1 = {n}"] + [f"{comb(n, i)} × {n - i}/{i + 1} = {comb(n, i + 1)}" for i in range(1, k)]
    if lang == "en":
        notes = ["Building it up step by step so every intermediate value stays an integer:\n" + "\n".join("- " + r for r in run),
                 f"Pascal's rule check: C({n - 1},{k - 1}) + C({n - 1},{k}) = {comb(n - 1, k - 1)} + {comb(n - 1, k)} = {C}. ✓",
                 f"The start of row {n} of Pascal's triangle, for context:\n\n| j | C({n}, j) |\n|---|---|\n" + "\n".join(f"| {j} | {comb(n, j)} |" for j in range(k + 2)),
                 f"If order mattered there would be {P} ordered selections; each unordered group of {k} appears {kf} times among them, hence the division by {kf}."]
    else:
        notes = ["逐步计算：\n" + "\n".join(run), f"用组合数性质检验：C({n - 1},{k - 1}) + C({n - 1},{k}) = {comb(n - 1, k - 1)} + {comb(n - 1, k)} = {C}。"]
    if lang == "en":
        ctx = pick(rng, [f"A club has {n} members. In how many ways can a committee of {k} members be chosen?",
                         f"A pizzeria offers {n} different toppings. How many different pizzas with exactly {k} distinct toppings can be ordered? (Order of toppings doesn't matter.)",
                         f"From a class of {n} students, the teacher selects {k} to represent the class. How many different selections are possible?"])
        steps = [f"Order does not matter, so we count combinations: $\\binom{{{n}}}{{{k}}} = \\dfrac{{{n}!}}{{{k}!\\,{n - k}!}}$.",
                 f"Numerator of the simplified form: {num} = {P}.", f"Divide by {k}! = {kf}: {P} / {kf} = {C}."]
        forms = [str(C), sep(C), f"\\binom{{{n}}}{{{k}}} = {C}", f"C({n},{k}) = {sep(C)}", f"{sep(C, 'thin')}"]
        if C >= 10**5:
            forms += [sep(C, "in")]
        if C >= 10**6:
            forms += [sep(C, ".")]
        if C < 10**6:
            forms.append(words_en(C))
        wrong = [{"steps": [f"Choosing {k} people one after another: {num} = {P}."], "forms": [str(P), sep(P)]},
                 {"steps": [f"Fix one member aside; choose from the other {n - 1}: $\\binom{{{n - 1}}}{{{k}}} = {W}$."], "forms": [str(W), sep(W)]}]
        if C >= 10**4:
            mant = F(round(C / 10 ** (len(str(C)) - 2)), 10)
            wrong.append({"steps": steps[:2] + [f"Dividing by {kf} gives roughly {mant} × 10^{len(str(C)) - 1}."],
                          "forms": [f"approximately {dec(mant)} × 10^{len(str(C)) - 1}", f"≈ {dec(mant)}e{len(str(C)) - 1}"], "tag": "approx"})
        sentence = "there are {} ways"
        verify = [f"Check with symmetry: $\\binom{{{n}}}{{{n - k}}}$ must be the same number, and {P}/{kf} is an integer ({C}), as it should be."]
        refs = [str(C), f"\\binom{{{n}}}{{{k}}} = {C}", f"There are {sep(C)} ways.", sep(C)]
        q = ctx
        ds = "math_like"
    else:
        q = pick(rng, [f"从{n}名同学中选出{k}名参加比赛，共有多少种不同的选法？", f"某兴趣小组有{n}人，要从中选{k}人组成代表队，有多少种选法？"])
        steps = [f"选出的{k}人不讲顺序，是组合问题：C({n},{k}) = {n}!/({k}!·{n - k}!)。", f"分子 {num} = {P}，分母 {k}! = {kf}。", f"所以 C({n},{k}) = {P}÷{kf} = {C}。"]
        forms = [f"{C}种", str(C), int_zh(C) + "种", f"C_{{{n}}}^{{{k}}}={C}", sep(C)]
        if C >= 10**4 and C % 10000 == 0:
            forms.append(f"{C // 10000}万种")
        wrong = [{"steps": [f"按顺序选：A({n},{k}) = {num} = {P}。"], "forms": [f"{P}种", str(P)]},
                 {"steps": [f"先去掉一人，从{n - 1}人中选{k}人：C({n - 1},{k}) = {W}。"], "forms": [f"{W}种"]}]
        sentence = "不同的选法共有{}"
        verify = [f"验证：C({n},{n - k}) 也等于 {C}。"]
        refs = [str(C), f"C_{{{n}}}^{{{k}}}={C}", f"{C}种"]
        ds = "cmath_like"
    return dict(lang=lang, dataset=ds, question=q, refs=refs, steps=steps, forms=forms, sentence=sentence,
                wrong=wrong, verify=verify, explore=[], notes=notes, restate="")

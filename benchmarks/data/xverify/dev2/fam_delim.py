"""Family E: delimiters -- the final answer sits in display math spread over
several lines, or inside broken LaTeX (an unclosed $ or brace in/around \\boxed)."""
from fractions import Fraction
from common import think, tfrac, paren, EN_OPEN, THINK_OPEN, ZH_OPEN, balanced, lab


def small(rng, lang, kind, correct):
    zh = lang == "zh"
    if kind == 0:
        a, b, c, d = rng.randint(2, 20), rng.randint(2, 9), rng.randint(2, 9), rng.randint(1, 15)
        right, wrong = a + b * c - d, (a + b) * c - d
        q = ("计算：$%d + %d \\times %d - %d$。" if zh else "Evaluate $%d + %d \\times %d - %d$.") % (a, b, c, d)
        work = [("先算乘法：$%d \\times %d = %d$。" if zh else "Multiplication first: $%d \\times %d = %d$.") % (b, c, b * c),
                ("再从左到右：$%d + %d - %d = %d$。" if zh else "Then left to right: $%d + %d - %d = %d$.") % (a, b * c, d, right)] if correct else \
               [("从左到右：$%d + %d = %d$，$%d \\times %d = %d$，$%d - %d = %d$。" if zh else "Left to right: $%d + %d = %d$, then $%d \\times %d = %d$, then $%d - %d = %d$.")
                % (a, b, a + b, a + b, c, (a + b) * c, (a + b) * c, d, wrong)]
        return q, work, str(right), str(right if correct else wrong), "x"
    if kind == 1:
        a = rng.choice([2, 3, 4, 5])
        x, b = rng.randint(-6, 12), a * rng.choice([-3, -2, -1, 1, 2, 3])
        c = a * x + b
        xw = (c + b) // a
        q = ("解方程 $%dx %s %d = %d$。" if zh else "Solve for $x$: $%dx %s %d = %d$.") % (a, "+" if b > 0 else "-", abs(b), c)
        sub = (b > 0) == correct  # the model subtracts |b| from c
        rhs = c - abs(b) if sub else c + abs(b)
        work = [("移项：$%dx = %d %s %d = %d$。" if zh else "Move the constant: $%dx = %d %s %d = %d$.") % (a, c, "-" if sub else "+", abs(b), rhs),
                ("两边除以 %d：$x = %d$。" if zh else "Divide by %d: $x = %d$.") % (a, rhs // a)]
        xw = rhs // a
        return q, work, str(x), str(x if correct else xw), "eq"
    if kind == 2:
        r, cc, k = rng.randint(3, 9), rng.randint(4, 12), rng.randint(2, 9)
        right = r * cc - k
        wrong = r * cc
        q = ("一箱鸡蛋有%d排，每排%d个，运输中打碎了%d个。还剩多少个完好的鸡蛋？" if zh else
             "A crate holds %d rows of %d eggs. During delivery %d eggs break. How many unbroken eggs are left?") % (r, cc, k)
        work = [("总数：$%d \\times %d = %d$ 个。" if zh else "Total eggs: $%d \\times %d = %d$.") % (r, cc, r * cc)]
        if correct:
            work.append(("剩下：$%d - %d = %d$ 个。" if zh else "Unbroken: $%d - %d = %d$.") % (r * cc, k, right))
        else:
            work.append(("所以一共有 %d 个。" if zh else "So there are %d eggs.") % wrong)
        return q, work, str(right), str(right if correct else wrong), "x"
    if kind == 3:
        while True:
            a, b, c, d = rng.randint(1, 5), rng.randint(2, 9), rng.randint(1, 5), rng.randint(2, 9)
            s, w = Fraction(a, b) + Fraction(c, d), Fraction(a + c, b + d)
            if b != d and s.denominator > 1 and s != w and Fraction(a, b).denominator == b and Fraction(c, d).denominator == d:
                break
        q = ("计算 $\\frac{%d}{%d} + \\frac{%d}{%d}$。" if zh else "Compute $\\frac{%d}{%d} + \\frac{%d}{%d}$ and simplify.") % (a, b, c, d)
        if correct:
            work = [("通分：$\\frac{%d}{%d} + \\frac{%d}{%d} = \\frac{%d}{%d}$。" if zh else "Common denominator: $\\frac{%d}{%d} + \\frac{%d}{%d} = \\frac{%d}{%d}$.") % (a * d, b * d, c * b, b * d, a * d + c * b, b * d),
                    ("化简得 $%s$。" if zh else "Simplifying gives $%s$.") % tfrac(s)]
        else:
            work = [("分子相加、分母相加：$\\frac{%d + %d}{%d + %d} = %s$。" if zh else "Add numerators and denominators: $\\frac{%d + %d}{%d + %d} = %s$.") % (a, c, b, d, tfrac(w))]
        return q, work, tfrac(s), tfrac(s if correct else w), "x"
    base, h = rng.randint(3, 20), rng.randint(2, 15)
    right = Fraction(base * h, 2)
    q = ("一个三角形的底是%d厘米，高是%d厘米，面积是多少平方厘米？" if zh else "A triangle has base %d cm and height %d cm. What is its area in square centimetres?") % (base, h)
    if correct:
        work = [("面积 $= \\frac{1}{2} \\times %d \\times %d = %s$。" if zh else "Area $= \\frac{1}{2} \\times %d \\times %d = %s$.") % (base, h, tfrac(right) if right.denominator > 1 else int(right))]
    else:
        work = [("面积 $= %d \\times %d = %d$。" if zh else "Area $= %d \\times %d = %d$.") % (base, h, base * h)]
    return q, work, (tfrac(right) if right.denominator > 1 else str(int(right))), (tfrac(right) if right.denominator > 1 else str(int(right))) if correct else str(base * h), "x"


def display_end(ans, shape, style, lang):
    lead = "x = " if shape == "eq" else ""
    zh = lang == "zh"
    if style == 0:
        return ("因此最终答案为：" if zh else "Therefore, the final answer is:") + "\n$$\n%s%s\n$$" % (lead, ans)
    if style == 1:
        return ("所以" if zh else "So") + "\n\\[\n  %s%s\n\\]" % (lead, ans)
    if style == 2:
        return ("**最终答案**" if zh else "**Final Answer**") + "\n$$\n\\boxed{%s%s}\n$$" % (lead, ans)
    if style == 3:
        return ("**最终答案**" if zh else "**Final Answer**") + "\n\\[\n\\boxed{\n  %s%s\n}\n\\]" % (lead, ans)
    return ("答案：" if zh else "The answer:") + "\n$$\n%s\n%s\n$$" % (lead.strip() or "\\text{result} =", ans)


def broken_end(ans, shape, style, lang):
    lead = "x = " if shape == "eq" else ""
    zh = lang == "zh"
    if style == 0:
        return ("答案是 " if zh else "The answer is ") + "\\boxed{$%s%s}" % (lead, ans)
    if style == 1:
        return ("所以最终答案是 " if zh else "So the final answer is ") + "$\\boxed{%s%s}" % (lead, ans)
    if style == 2:
        return "**%s** $\\boxed{%s%s$" % ("答案：" if zh else "Answer:", lead, ans)
    if style == 3:
        return "$$\\boxed{%s%s}$" % (lead, ans)
    return ("最终答案：" if zh else "Final answer: ") + "$$\n\\boxed{%s%s}\n" % (lead, ans)


def delim(rng, lang, correct, err, k, broken):
    kind = (k // 2) % 5
    q, work, ref, out, shape = small(rng, lang, kind, correct)
    style = (k // 2 + k // 10) % 5
    end = broken_end(out, shape, style, lang) if broken else display_end(out, shape, style, lang)
    opener = rng.choice(ZH_OPEN if lang == "zh" else EN_OPEN)
    body = "\n\n".join(x for x in [opener] + work + [end] if x)
    if rng.random() < 0.45:
        body = think([rng.choice(THINK_OPEN) if lang == "en" else "简单计算题。", ("Quick computation. " if lang == "en" else "") + work[-1]]) + body
    return q, body, ref


def build(B, rng):
    for broken, sub, zh in [(False, "display_multiline", 2), (True, "broken_latex", 2)]:
        for i, (lang, correct, err) in enumerate(balanced(10, zh, ["x"])):
            q, out, ref = delim(rng, lang, correct, err, i, broken)
            B.add("E_delimiters", sub, "cmath_like" if lang == "zh" else "math_like", "math", lang, q, out, ref, lab(correct))

"""Shared helpers for the dev24 generators (standard library only)."""
from fractions import Fraction as F

INF_EN = ["+\\infty", "\\infty", "+∞", "infinity"]


def fr(x):
    """Plain-text fraction: 3/4, -2, 5."""
    x = F(x)
    return str(x.numerator) if x.denominator == 1 else f"{x.numerator}/{x.denominator}"


def tfr(x):
    """LaTeX fraction."""
    x = F(x)
    if x.denominator == 1:
        return str(x.numerator)
    s = "-" if x < 0 else ""
    return f"{s}\\frac{{{abs(x.numerator)}}}{{{x.denominator}}}"


def sgn_term(c, var="", first=False):
    """Format a coefficient*var term with sign, integers only: '+ 3x', '- x', '- 4'."""
    c = int(c)
    if c == 0:
        return ""
    mag = abs(c)
    body = (("" if mag == 1 else str(mag)) + var) if var else str(mag)
    if first:
        return ("-" if c < 0 else "") + body
    return (" - " if c < 0 else " + ") + body


def poly(coeffs, var="x"):
    """coeffs highest degree first, integer coefficients -> 'x^2 - 3x + 2'."""
    n = len(coeffs) - 1
    out = ""
    for i, c in enumerate(coeffs):
        d = n - i
        v = "" if d == 0 else (var if d == 1 else f"{var}^{d}")
        t = sgn_term(c, v, first=(out == ""))
        out += t
    return out or "0"


def lin(c, var):
    """'(x - 3)' style factor for root c."""
    c = int(c)
    if c == 0:
        return var
    return f"({var} - {c})" if c > 0 else f"({var} + {-c})"


def boxed(s):
    return f"\\boxed{{{s}}}"


CHECK_EN = [
    "Before finalising, let me re-read the question to make sure I answer exactly what is asked and that no condition "
    "from the statement has been dropped along the way.",
    "Let me double-check the arithmetic once more, since sign slips are the most common source of error in this kind "
    "of problem; going through the steps again gives the same intermediate values.",
    "As a sanity check I substitute a convenient test value back into the original statement; it behaves as expected, "
    "so the computation above is consistent.",
]
CHECK_ZH = [
    "在写出最终答案之前，再把题目读一遍，确认回答的正是所问的内容，并且题目中的条件没有遗漏。",
    "再核对一遍计算过程，这类题最容易出错的是符号，重新演算一遍得到的中间结果相同。",
    "作为检验，取一个方便的特殊值代回原题，结果符合预期，说明上面的推导是一致的。",
]


def compose(rng, lang, intro, steps, final, remark=None, check=None):
    """Assemble a long reasoning output: intro, numbered steps, check, final sentence, optional remark."""
    parts = [intro, ""]
    for i, s in enumerate(steps, 1):
        if lang == "en":
            parts.append(f"Step {i}. {s}")
        else:
            parts.append(f"第{i}步：{s}")
        parts.append("")
    parts.append(check or rng.choice(CHECK_EN if lang == "en" else CHECK_ZH))
    parts.append("")
    parts.append(final)
    if remark:
        parts.append("")
        parts.append(remark)
    return "\n".join(parts)


def rec(lang, question, output, ref, label, trap, kat="math", dataset="math_like"):
    assert label in ("Correct", "Incorrect")
    assert lang in ("en", "zh")
    return {"dataset": dataset, "key_answer_type": kat, "question": question, "llm_output": output,
            "correct_answer": ref, "label": label, "lang": lang, "trap": trap}


NOTES = {
    "ineq": (["Recall how a quadratic inequality is read: once the leading coefficient is positive, the parabola lies above the x-axis outside its two roots and below it between them. "
              "Whether the roots themselves belong to the solution set depends only on whether the inequality is strict or not, so I will keep track of that separately.",
              "A typical mistake here is to forget to reverse the inequality sign when multiplying by a negative number, or to mix up 'between the roots' and 'outside the roots'. I will guard against both."],
             ["回顾一元二次不等式的解法：二次项系数为正时，抛物线在两根之外位于 x 轴上方，在两根之间位于 x 轴下方。端点是否取到只取决于不等号是否带等号，需要单独判断。",
              "这类题常见的错误是：两边乘以负数时忘记改变不等号方向，或者把“两根之间”和“两根之外”弄反，还有端点开闭写错。下面逐一避免这些问题，并在最后用数轴检验。"]),
    "param": (["The number of real roots of $x^2 + px + q = 0$ is governed by $\\Delta = p^2 - 4q$: two distinct roots when $\\Delta > 0$, a double root when $\\Delta = 0$, and no real roots when $\\Delta < 0$. "
               "So the question reduces to a quadratic inequality in the parameter, and I must be careful about whether $\\Delta = 0$ is allowed.",
               "The answer is a set of values of a, which may be an interval or a union of two intervals; I will write it precisely, with the right endpoints included or excluded."],
              ["一元二次方程 $x^2 + px + q = 0$ 的实根个数由判别式 $\\Delta = p^2 - 4q$ 决定：$\\Delta > 0$ 时有两个不等实根，$\\Delta = 0$ 时有两个相等实根，$\\Delta < 0$ 时没有实根。于是问题转化为关于参数 a 的一元二次不等式，关键是判断 $\\Delta = 0$ 能否取到。",
               "最后的答案是 a 的取值集合，可能是一个区间，也可能是两个区间的并集，需要把端点的开闭写准确，不能漏掉其中一段。"]),
    "sets": (["For set operations on the real line it is safest to draw both sets on one number line, marking filled dots for included endpoints and open dots for excluded ones. "
              "The intersection is where the two shadings overlap, the union is where at least one shading is present.",
              "Absolute value inequalities of the form $|x - p| \\le r$ describe a closed interval of radius r centred at p, which is what I use for the first set."],
             ["对实数集合做交、并运算，最稳妥的办法是把两个集合画在同一条数轴上，端点取到的画实心点，取不到的画空心点。交集是两部分阴影重叠的地方，并集是至少有一部分阴影的地方。",
              "形如 $|x - p| \\le r$ 的绝对值不等式表示以 p 为中心、半径为 r 的闭区间，第一个集合就按这个方法化简。"]),
    "trig": (["The general solution must list every real solution, so I need both the solutions inside one period and the correct period: $2\\pi$ for sine and cosine, $\\pi$ for tangent. "
              "Using the wrong period either loses solutions or adds false ones, and forgetting the second solution in a period of sine or cosine is just as bad.",
              "Different but equivalent ways of writing the answer are common (two families, a single formula with $\\pm$ or with $(-1)^k$, degrees instead of radians), so I will simply pick a clear one."],
             ["三角方程的通解必须包含全部实数解，所以既要找全一个周期内的解，又要用对周期：正弦、余弦的周期是 $2\\pi$，正切的周期是 $\\pi$。周期用错会漏解或者增解，漏掉一个周期内的第二个解同样是错误的。",
              "通解有多种等价写法，例如分成两组写、用 $\\pm$ 合写、用 $(-1)^k$ 合写，或者用角度制表示，只要解集相同即可。这里选一种清楚的写法。"]),
    "seq": (["For sequence problems it pays to compute the first few terms directly from the definition and compare them with the closed formula at the end; most errors are an index shift (n versus n - 1 in an exponent) or a forgotten first term.",
             "I will state the general term for all positive integers n, treating n = 1 separately if the general step formula does not cover it."],
            ["数列通项问题，最好先按定义算出前几项，最后再和通项公式对照。最常见的错误是指数中 n 与 n - 1 的错位，或者忘记单独检验首项。",
             "通项公式要对所有正整数 n 成立，如果一般的公式不适用于 n = 1，就要分段写出。"]),
}


def notes(rng, topic, lang):
    en, zh = NOTES[topic]
    return en if lang == "en" else zh


ZH_PLAN = [
    "先理清题意：题目给出了哪些条件，要求的是什么形式的结果。把已知条件逐条列出，再决定用哪种方法，这样可以避免在中途遗漏条件或者答非所问。",
    "分析：这道题属于常规题型，关键在于把条件准确地转化为代数关系，然后一步一步计算，每一步都保留必要的中间结果，便于最后检验。",
    "思路：先把问题化归为熟悉的模型，再按照标准步骤求解；计算过程中注意符号、端点和特殊情况，最后把结果代回题目进行验证。",
]
REMARK_EN = [
    "Remark: substituting a value taken from this answer back into the original condition confirms it once more.",
    "Remark: the same method applies whenever the problem has this structure; only the numbers change.",
    "Note: the answer could be written in other equivalent forms, but the content is the same.",
]
REMARK_ZH = [
    "注：从答案中取一个值代回原题，可以再次验证结果正确。",
    "注：同类题目都可以用这种方法求解，只是数据不同。",
    "说明：答案也可以写成其他等价形式，实质相同。",
]


def compose2(rng, lang, question, topic, intro, steps, final, remark=None):
    """Longer output: restatement, topic notes, steps, checks, final."""
    nts = notes(rng, topic, lang)
    restate = ("Problem restated: " if lang == "en" else "题目：") + question
    head = "\n\n".join([restate, intro, nts[0]])
    extra, check = rng.sample(CHECK_EN if lang == "en" else CHECK_ZH, 2)
    if lang == "en":
        fmt = ("Now I write the final answer in the form the question asks for, keeping every part of it (both pieces of a set, "
               "the condition on an integer parameter, the constant of integration, or the point where an extremum occurs), "
               "because a partial answer would not be acceptable. " + extra)
    else:
        fmt = "下面按题目要求的形式写出最终答案，答案的每一部分都要写完整（集合的每一段、整数参数的条件、积分常数、取得最值的位置等），否则答案不完整。" + extra
    steps = list(steps) + [fmt]
    if lang == "zh":
        steps.insert(0, rng.choice(ZH_PLAN))
    if remark is None and topic != "mc" and rng.random() < 0.3:
        remark = rng.choice(REMARK_EN if lang == "en" else REMARK_ZH)
    body = compose(rng, lang, head, steps, final, remark, check)
    # add the second note just before the check paragraph
    return body.replace("\n\n" + final, "\n\n" + nts[1] + "\n\n" + final, 1) if final in body else body

"""Shared helpers for the dev44 builder (standard library only)."""
from fractions import Fraction
from decimal import Decimal


def T(lang, en, zh):
    return zh if lang == "zh" else en


def inst(dataset, q_en, q_zh, steps, ref, variants, kat="math"):
    """steps: function(lang) -> list of lines. variants: (final, label, trap[, style])."""
    return {"dataset": dataset, "kat": kat, "q": {"en": q_en, "zh": q_zh},
            "steps": steps, "ref": ref, "variants": variants}


def sgn(n):
    """Signed term for building polynomials: +3 -> ' + 3', -3 -> ' - 3'."""
    return (" + %d" % n) if n >= 0 else (" - %d" % (-n))


def coef_x(c, var="x", power=""):
    if c == 1:
        return var + power
    if c == -1:
        return "-" + var + power
    return "%d%s%s" % (c, var, power)


def poly2(b, c):
    s = "x^2"
    if b:
        s += (" + " if b > 0 else " - ") + (coef_x(abs(b)))
    if c:
        s += sgn(c)
    return s


def frac_tex(f, cmd="\\frac"):
    f = Fraction(f)
    if f.denominator == 1:
        return str(f.numerator)
    sign = "-" if f < 0 else ""
    return "%s%s{%d}{%d}" % (sign, cmd, abs(f.numerator), f.denominator)


def terminating(f):
    d = Fraction(f).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def dec_str(x):
    """Exact decimal string of a Fraction/Decimal that terminates."""
    if isinstance(x, Fraction):
        x = Decimal(x.numerator) / Decimal(x.denominator)
    s = format(x.normalize(), "f")
    return s


def simplify_sqrt(n):
    """n -> (k, m) with n = k^2 m, m square-free."""
    k, m = 1, n
    d = 2
    while d * d <= m:
        while m % (d * d) == 0:
            m //= d * d
            k *= d
        d += 1
    return k, m


def simplify_cbrt(n):
    k, m = 1, n
    d = 2
    while d * d * d <= m:
        while m % (d * d * d) == 0:
            m //= d * d * d
            k *= d
        d += 1
    return k, m


def sci_parts(d):
    """Decimal -> (mantissa str, exponent int), normalized 1 <= |m| < 10."""
    d = Decimal(d)
    e = d.adjusted()
    m = d.scaleb(-e).normalize()
    return format(m, "f"), e


def group_digits(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


VULGAR = {(1, 2): "½", (1, 3): "⅓", (2, 3): "⅔", (1, 4): "¼", (3, 4): "¾",
          (1, 5): "⅕", (2, 5): "⅖", (3, 5): "⅗", (4, 5): "⅘", (1, 6): "⅙",
          (5, 6): "⅚", (1, 8): "⅛", (3, 8): "⅜", (5, 8): "⅝", (7, 8): "⅞"}


FILL_EN = [
    "Let me re-read the problem statement carefully so that I do not misread any of the given quantities or the exact form of the answer that is requested.",
    "Before computing anything, it helps to write down exactly what is known and what is being asked, because most mistakes in problems like this come from answering a slightly different question.",
    "I will organise the work step by step and keep exact values (fractions, radicals, symbols) rather than rounding, since rounding early can change the final result.",
    "One thing to be careful about is the sign of each term; a single dropped minus sign would propagate all the way to the end.",
    "It is also worth checking whether the problem expects a single value, a set of values, an interval, or an expression, since that decides how the final answer should be written.",
    "Let me now carry out the main computation.",
    "Hmm, let me pause and make sure the setup is right before going further. Yes, the relationships above follow directly from the statement.",
    "I should double-check the arithmetic in the previous line, because it is easy to slip when several terms are combined at once.",
    "Another way to see the same thing is to substitute the result back into the original condition and confirm that it holds exactly.",
    "Everything seems consistent so far, so I can proceed to simplify and state the result in a clean form.",
    "Let me also consider edge cases, such as whether any value has to be excluded or whether an endpoint should be included.",
    "Okay, I am fairly confident in this derivation, but a quick sanity check on the size and sign of the answer is still a good idea.",
]

FILL_ZH = [
    "先仔细重读一遍题目，确认已知量和所求的答案形式，避免把题意理解错。",
    "在计算之前，先把已知条件和要求的量写清楚，因为这类题目的错误大多来自回答了一个稍有不同的问题。",
    "我会一步一步地推导，并且尽量保留精确值（分数、根式、符号），不提前取近似，因为过早取近似可能改变最终结果。",
    "需要特别注意每一项的符号，漏掉一个负号就会一直错到最后。",
    "还要判断题目要求的是一个数值、一个集合、一个区间还是一个表达式，这决定了最后答案的写法。",
    "下面进行主要的计算。",
    "嗯，先停一下，确认前面的设定没有问题。是的，上面的关系都可以直接由题设得到。",
    "上一行的运算需要再核对一遍，因为同时合并好几项时很容易出错。",
    "另一种检验方法是把结果代回原来的条件，看是否严格成立。",
    "到目前为止一切都是一致的，可以继续化简，并把结果写成简洁的形式。",
    "还要考虑一些边界情况，例如某些值是否需要排除、端点是否应当包含。",
    "好的，我对这个推导比较有把握，不过最后再粗略检查一下答案的大小和符号也不错。",
]


def fillers(rng, lang, k):
    pool = FILL_ZH if lang == "zh" else FILL_EN
    return rng.sample(pool, k)


STYLES = {
    "boxed": "$\\boxed{%s}$",
    "paren": "\\(\\boxed{%s}\\)",
    "bracket": "\\[\n\\boxed{%s}\n\\]",
    "dd": "$$\\boxed{%s}$$",
    "nested": "$\\boxed{\\boxed{%s}}$",
    "fbox": "$\\fbox{$%s$}$",
    "plain_dollar": "$%s$",
    "plain_paren": "\\(%s\\)",
    "bold_text": "**%s**",
}


def final_line(rng, lang, ans, style=None):
    if style is None:
        style = rng.choice(["boxed", "boxed", "paren", "bracket", "dd"])
    body = STYLES[style] % ans
    if style.startswith("plain") or style == "bold_text":
        return T(lang, "**Final Answer:** ", "**最终答案：** ") + body
    lead = rng.choice([T(lang, "Therefore, the final answer is ", "因此，最终答案是 "),
                       T(lang, "So the answer is ", "所以答案为 "),
                       T(lang, "Final answer: ", "最终答案：")])
    return lead + body


def compose(rng, lang, inst_, final, style=None, mode="normal", alt=None):
    """Build a long reasoning output around `final`.
    mode: normal | hedge | cutoff | revise_good | revise_bad."""
    steps = inst_["steps"](lang)
    parts = []
    parts.append(rng.choice([T(lang, "Let's work through this carefully.", "我们来仔细分析这道题。"),
                             T(lang, "Okay, let me think about this problem step by step.", "好的，我一步一步来思考这个问题。"),
                             T(lang, "Alright, let me solve this.", "好，我来解这道题。")]))
    pool = FILL_ZH if lang == "zh" else FILL_EN
    f = sorted(fillers(rng, lang, 9), key=pool.index)
    parts.extend(f[:2])
    half = max(1, len(steps) // 2)
    parts.extend(steps[:half])
    parts.append(f[2])
    parts.extend(steps[half:])
    parts.extend(f[3:5])
    parts.append(T(lang, "Let me quickly recap the key computations to make sure nothing was skipped:",
                   "我再快速回顾一下关键的计算步骤，确保没有遗漏："))
    parts.append("\n".join("- " + s for s in steps))
    parts.extend(f[6:8])
    if mode == "cutoff":
        text = "\n\n".join(parts)
        cut = text + "\n\n" + T(lang, "Now, to finish, I need to combine this with the remaining condition, which gives",
                                "最后，还需要把这个结果与剩下的条件结合起来，于是得到")
        return cut
    if mode == "hedge":
        parts.append(T(lang, "I keep getting two plausible results depending on how the condition is read, and I cannot decide between them.",
                       "根据对条件的不同理解，我得到了两个看起来都合理的结果，无法确定是哪一个。"))
        parts.append(T(lang, "So the answer is either $%s$ or $%s$." % (final, alt),
                       "所以答案可能是 $%s$，也可能是 $%s$。" % (final, alt)))
        return "\n\n".join(parts)
    if mode in ("revise_good", "revise_bad"):
        first, second = (alt, final)
        parts.append(T(lang, "So it looks like the answer is $\\boxed{%s}$." % first,
                       "看起来答案是 $\\boxed{%s}$。" % first))
        parts.append(T(lang, "Wait, let me re-check that last step against the original statement... I made a slip there. Redoing the final step carefully:",
                       "等一下，我再对照题目检查最后一步……刚才那里算错了。重新仔细计算最后一步："))
        parts.append(f[5])
        parts.append(f[8])
        parts.append(final_line(rng, lang, second, style))
        return "\n\n".join(parts)
    parts.append(f[5])
    parts.append(final_line(rng, lang, final, style))
    return "\n\n".join(parts)

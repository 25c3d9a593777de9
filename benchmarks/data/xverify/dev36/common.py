"""Shared helpers for the dev36 builder: formatting and long-trace wrapping."""
from fractions import Fraction as Fr
from math import gcd

SEED = 3636


def T(en, zh=None):
    """A bilingual text fragment; math-only fragments reuse the English text."""
    return (en, zh if zh is not None else en)


def fnum(v, tex=True):
    """Format an int or Fraction as LaTeX (or plain a/b)."""
    v = Fr(v)
    if v.denominator == 1:
        return str(v.numerator)
    s = "-" if v < 0 else ""
    p, q = abs(v.numerator), v.denominator
    return f"{s}\\frac{{{p}}}{{{q}}}" if tex else f"{s}{p}/{q}"


def term(c, var, power, first):
    """One signed monomial; c is int/Fraction, power >= 0."""
    c = Fr(c)
    if c == 0:
        return ""
    mag = abs(c)
    if power == 0:
        body = fnum(mag)
    else:
        v = var if power == 1 else f"{var}^{power}" if power < 10 else f"{var}^{{{power}}}"
        body = v if mag == 1 else fnum(mag) + v
    if first:
        return ("-" if c < 0 else "") + body
    return (" - " if c < 0 else " + ") + body


def poly(coeffs, var="x", ascending=False):
    """coeffs[i] is the coefficient of var^(deg-i) (descending list)."""
    deg = len(coeffs) - 1
    items = [(c, deg - i) for i, c in enumerate(coeffs)]
    if ascending:
        items = items[::-1]
    out = ""
    for c, p in items:
        out += term(c, var, p, out == "")
    return out or "0"


def lin(a, r, var="x"):
    """(var - r) style factor written with the right sign, a=coefficient of var."""
    return "(" + poly([a, -r], var) + ")"


def polymul(p, q):
    out = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        for j, b in enumerate(q):
            out[i + j] += a * b
    return out


def gcd_list(xs):
    g = 0
    for x in xs:
        g = gcd(g, int(x))
    return g


PAD_EN = [
    "Hmm, before going further, let me make sure I am reading the problem correctly. It asks for a final "
    "expression, so I should simplify where it is reasonable without changing the value.",
    "Let me be careful with signs here; sign slips are the most common mistake in this kind of manipulation, "
    "so I will track every minus sign explicitly.",
    "I'll redo the arithmetic once more, slowly and term by term, just to be safe.",
    "Actually, let me pause. Is there a restriction I might be missing? Nothing extra is stated, so I will "
    "work with the natural domain and keep an eye out for anything that breaks.",
    "One quick sanity check is to substitute a simple value and compare both sides. I'll do that at the end.",
    "Okay, the overall structure looks right. Now I mainly need to present it in a clean final form.",
    "Wait, let me reconsider whether I set this up the right way... Yes, the setup matches the statement.",
    "There are several equivalent ways to write the result; any of them should be fine as long as the value "
    "is the same, so I will not worry too much about the exact presentation.",
    "Let me also think about whether a different method would give the same thing. Doing it a second way is "
    "a good consistency check, even if it takes a bit longer.",
    "I should double-check the arithmetic on the constants, since that is where a small error could hide.",
]
PAD_ZH = [
    "嗯，先停一下，确认我没有读错题目。题目要的是最终的表达式，所以在不改变值的前提下尽量化简即可。",
    "这里要特别注意符号，符号错误是这类变形里最常见的错误，所以每个负号我都单独写出来。",
    "我再慢慢地逐项重算一遍，保险起见。",
    "等一下，是否有我忽略的限制条件？题目没有额外说明，所以按自然定义域处理，同时留意是否有不合法的情况。",
    "一个简单的检验方法是代入一个特殊值，比较两边是否相等，最后我会做这一步。",
    "好，整体思路是对的，现在主要是把结果整理成清楚的最终形式。",
    "等等，我再想想这样设定是否正确……是的，和题目条件一致。",
    "结果可以写成几种等价的形式，只要值相同就可以，所以不必太纠结具体写法。",
    "也可以换一种方法再做一遍，看看结果是否一致，这是很好的自洽检验。",
    "常数部分的计算最容易出小错，我再核对一下。",
]

OPEN_EN = ["Okay, let me work through this carefully.", "Alright, let's see what the problem is asking.",
           "Let me think about this step by step.", "Okay, so I need to solve this. Let me start from the given data."]
OPEN_ZH = ["好的，我来仔细做这道题。", "嗯，先看看题目在问什么。", "让我一步一步来思考。", "好，我从已知条件开始。"]
CHK_EN = ["Let me verify this result.", "Now let me double-check.", "Before finalizing, a check:",
          "Wait, let me verify that this is consistent."]
CHK_ZH = ["下面验证一下这个结果。", "现在再检查一遍。", "定稿之前做个检验：", "等等，我验证一下是否一致。"]
OK_EN = ["Good, that checks out.", "Yes, everything is consistent.", "That matches, so I'm fairly confident.",
         "Okay, consistent."]
OK_ZH = ["很好，检验通过。", "是的，一切都一致。", "吻合，所以我比较有把握。", "好，前后一致。"]
FIN_EN = ["**Final Answer**\n\n$$\\boxed{%s}$$", "Therefore, the answer is $%s$.",
          "So the final answer is $\\boxed{%s}$.", "\\[\n\\boxed{%s}\n\\]",
          "**Answer:** $%s$"]
FIN_ZH = ["因此，最终答案是 $\\boxed{%s}$。", "**最终答案**\n\n$$\\boxed{%s}$$", "所以答案为：$%s$。",
          "综上，答案是 $%s$。"]
CAND_EN = ["At first I got $%s$, but let me re-examine that step.",
           "So tentatively the answer is $%s$. Hmm, wait, let me re-check before committing."]
CAND_ZH = ["一开始我得到 $%s$，不过我再检查一下这一步。", "暂时得到答案 $%s$。嗯，等一下，提交之前再核对。"]
FIX_EN = ["I see, I made a slip there. Correcting it:", "Hmm, that was off. Let me fix it."]
FIX_ZH = ["我发现刚才有个小失误，改正如下：", "嗯，刚才算错了，我来改正。"]
HEDGE_EN = "I keep getting two slightly different forms, so the answer is either $%s$ or $%s$."
HEDGE_ZH = "我算出来两个略有不同的结果，所以答案是 $%s$ 或者 $%s$。"


def wrap(rng, lang, question, work, final, cand=None, hedge=None, target=None, plain=False):
    """Build a long R1-style trace. work: list of (en, zh). cand: an intermediate candidate shown then
    revised. hedge: a second form mentioned next to the final one (for hedged, Incorrect outputs)."""
    zh = lang == "zh"
    L = 1 if zh else 0
    pad = list(PAD_ZH if zh else PAD_EN)
    rng.shuffle(pad)
    parts = [rng.choice(OPEN_ZH if zh else OPEN_EN)]
    q1 = question.split("\n")[0]
    parts.append(("题目是：" if zh else "The problem: ") + q1)
    parts.append(pad.pop())
    for i, w in enumerate(work):
        parts.append(w[L])
        if i % 2 == 1 and pad and rng.random() < 0.5:
            parts.append(pad.pop())
    if target is None:
        target = rng.randint(1150, 2300)
    while len("\n\n".join(parts)) < target - 250 and pad:
        parts.append(pad.pop())
    if cand is not None:
        parts.append(rng.choice(CAND_ZH if zh else CAND_EN) % cand)
        parts.append(rng.choice(FIX_ZH if zh else FIX_EN))
    parts.append(rng.choice(CHK_ZH if zh else CHK_EN))
    parts.append(rng.choice(OK_ZH if zh else OK_EN))
    if hedge is not None:
        parts.append((HEDGE_ZH if zh else HEDGE_EN) % (final, hedge))
        parts.append(("最终答案：$%s$ 或 $%s$。" if zh else "Final answer: $%s$ or $%s$.") % (final, hedge))
    elif plain:
        parts.append(("最终答案：%s" if zh else "Final answer: %s") % final)
    else:
        parts.append(rng.choice(FIN_ZH if zh else FIN_EN) % final)
    return "\n\n".join(parts)

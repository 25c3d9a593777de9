"""Shared helpers for the dev29 set: number formatting, long reasoning text, records."""
import math
from decimal import Decimal, ROUND_HALF_UP


def fixed(x, d):
    """Round half-up to d decimals and return the string (keeps trailing zeros)."""
    q = Decimal(1).scaleb(-d)
    s = str(Decimal(repr(float(x))).quantize(q, rounding=ROUND_HALF_UP))
    if s.startswith("-") and float(s) == 0:
        s = s[1:]
    return s


def g(x, nd=9):
    """Compact plain representation with trailing zeros removed."""
    s = fixed(x, nd)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("", "-0") else s


def sig(x, n):
    """n significant figures, trailing zeros kept where they are significant."""
    if x == 0:
        return "0"
    e = math.floor(math.log10(abs(x)))
    d = n - 1 - e
    if d > 0:
        return fixed(x, d)
    step = Decimal(10) ** (-d)
    v = (Decimal(repr(float(x))) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
    return str(int(v))


def sci(x, n):
    """(mantissa string, exponent) with n significant figures."""
    e = math.floor(math.log10(abs(x)))
    m = float(fixed(x / 10 ** e, n - 1))
    if abs(m) >= 10:
        e += 1
        m = float(fixed(x / 10 ** e, n - 1))
    return fixed(m, n - 1), e


def sci_latex(x, n):
    m, e = sci(x, n)
    return "$%s\\times10^{%d}$" % (m, e)


def sci_txt(x, n):
    m, e = sci(x, n)
    return "%s × 10^%d" % (m, e)


def sci_min(x, latex=True):
    """Scientific notation with the shortest exact mantissa."""
    e = math.floor(math.log10(abs(x)))
    m = g(x / 10 ** e, 6)
    return ("$%s\\times10^{%d}$" % (m, e)) if latex else ("%s × 10^%d" % (m, e))


def money(x):
    return "$" + format(Decimal(fixed(x, 2)), ",")


def commas(x, d=2):
    return format(Decimal(fixed(x, d)), ",")


def differs(a, b):
    return abs(float(a) - float(b)) > 1e-9


EN_OPEN = [
    "Let me work through this carefully, one quantity at a time.",
    "Okay, let's parse the problem first and write down what is given.",
    "I'll start by identifying the known values and the quantity being asked for.",
    "Alright, this is a standard problem, but I want to be careful with units.",
    "First, let me restate the problem in my own words so I don't misread it.",
    "Let's think step by step.",
]

EN_FILL = [
    "Before going further, I want to make sure I'm not mixing up any of the given quantities, since problems like this often include extra numbers that are easy to plug into the wrong place.",
    "It helps to keep track of units at every stage; if the units come out wrong at the end, that is usually the first sign that a formula was applied incorrectly.",
    "I'll keep a few extra digits in the intermediate results and only round at the very end, so that rounding errors don't accumulate along the way.",
    "Let me pause and re-read the question to confirm exactly what is being asked, because it is easy to answer a slightly different question than the one posed.",
    "A quick order-of-magnitude estimate is useful here: the result should be in a physically or financially reasonable range, not wildly large or small.",
    "I considered whether any hidden assumptions are needed, such as neglecting air resistance, ideal behaviour or constant rates, and the problem seems to intend the standard simplifications.",
    "There is a subtle point about notation: the same value can be written in several equivalent ways, so I'll pick one clear form for the final statement.",
    "Hmm, let me double-check the arithmetic in the previous line by redoing it a different way, just to be safe.",
    "Also, I should be careful about which of the intermediate results is actually the requested quantity, since several of them look like plausible answers.",
    "Looking back at the formula, each symbol corresponds to one of the given values, and nothing given in the problem has been left unused without a reason.",
    "Significant figures matter a bit here, but the main thing is to follow whatever precision the problem states explicitly.",
    "I briefly wondered whether there is a trick in the wording, but on a second reading it seems to be a straightforward application of the standard relation.",
    "Let me also think about the direction or sign of the result, since a quantity can have the right size but the wrong sign if the conventions are not respected.",
    "Converting everything to base SI units (or a single currency and time unit) first is the safest approach, and I'll convert back only at the end if needed.",
    "This is consistent with what I would expect intuitively, which gives me some extra confidence in the computation.",
    "Just to be thorough, I'll verify the computation by substituting the result back into the original relation.",
    "One common mistake in this type of question is forgetting a factor or a conversion, so let me scan the steps again for that.",
    "Okay, the numbers seem to hang together, so I'll move on to stating the result clearly.",
]

ZH_OPEN = [
    "我们一步一步来分析这道题。",
    "先把题目中给出的已知量整理一下，再确定要求的是什么。",
    "这是一道常规题，但要特别注意单位换算。",
    "首先仔细读题，弄清楚题目问的到底是哪个量。",
]

ZH_FILL = [
    "在继续之前，我先确认一下没有把题目中的已知量弄混，这类题目经常会给出一些容易代错位置的数据。",
    "每一步都要保留单位，如果最后单位不对，通常说明某个公式用错了。",
    "中间结果我多保留几位有效数字，只在最后一步再进行取舍，避免误差累积。",
    "再读一遍题目，确认所求的量，因为很容易回答成一个相近但不同的问题。",
    "粗略估计一下数量级：结果应该在一个合理的范围内，不应该大得离谱或者小得离谱。",
    "题目默认采用常见的理想化条件，例如忽略空气阻力、速率保持不变等，这里按标准处理即可。",
    "同一个数值可以有多种等价的写法，最后我会选择一种清楚的形式来表述答案。",
    "嗯，我把上一步的计算用另一种方法再算一遍，确保没有算错。",
    "还要注意，中间算出的几个量看起来都像答案，但只有一个是题目真正要求的。",
    "检查一下公式中每个符号都对应了题目中的一个已知量，没有遗漏。",
    "这个结果和直觉上的预期是一致的，这让我对计算更有信心。",
    "为了保险起见，我把结果代回原来的关系式中验证一下。",
    "这类题常见的错误是漏掉某个系数或者忘记单位换算，我再把步骤检查一遍。",
    "好的，各个数据是自洽的，下面给出最终结果。",
]

EN_FINAL = [
    "**Final answer:** {a}",
    "So the answer is {a}.",
    "Therefore, the final answer is {a}.",
    "Final answer: $\\boxed{{{a}}}$",
    "Putting it all together, the answer is **{a}**.",
    "The answer is {a}.",
]

ZH_FINAL = [
    "**最终答案：**{a}",
    "所以答案是{a}。",
    "因此，最终答案为 {a}。",
    "最终答案：$\\boxed{{{a}}}$",
    "综上所述，答案是{a}。",
]


def final_line(rng, a, lang="en"):
    pool = EN_FINAL if lang == "en" else ZH_FINAL
    return rng.choice(pool).format(a=a)


def long_output(rng, lang, restate, steps, final, lo=None, hi=None):
    """Build a long reasoning trace: opener, restatement, numbered steps, generic fillers, final line."""
    if lang == "en":
        opener, fills = rng.choice(EN_OPEN), list(EN_FILL)
        lo, hi = lo or 1150, hi or 2100
        label = "Step %d: "
    else:
        opener, fills = rng.choice(ZH_OPEN), list(ZH_FILL)
        lo, hi = lo or 650, hi or 1100
        label = "第%d步："
    rng.shuffle(fills)
    parts = [opener, restate] + [label % (i + 1) + s for i, s in enumerate(steps)]
    target = rng.randint(lo, hi)
    while fills and len("\n\n".join(parts)) + len(final) < target:
        pos = rng.randint(2, len(parts))
        parts.insert(pos, fills.pop())
    parts.append(final)
    return "\n\n".join(parts)


def boxed_ref(lines, ans, lang="en"):
    """A reference that is a whole worked solution ending in a boxed answer."""
    tail = "Therefore the answer is $\\boxed{%s}$." if lang == "en" else "因此答案为 $\\boxed{%s}$。"
    return " ".join(lines) + " " + tail % ans


def rec(dataset, kat, q, out, ref, label, lang, trap):
    assert label in ("Correct", "Incorrect")
    return {"dataset": dataset, "key_answer_type": kat, "question": q, "llm_output": out,
            "correct_answer": ref, "label": label, "lang": lang, "trap": trap}


def cycle(rng, n, variants):
    """n variant names, cycling through a shuffled copy so that variants stay balanced."""
    out = []
    while len(out) < n:
        v = list(variants)
        rng.shuffle(v)
        out.extend(v)
    return out[:n]

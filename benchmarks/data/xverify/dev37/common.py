"""Shared helpers for the dev37 builder: number formatting, words, padding text."""
from fractions import Fraction as F

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n):
    """English words for a non-negative integer below one million."""
    n = int(n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    rest = n % 1000
    head = words(n // 1000) + " thousand"
    if rest == 0:
        return head
    return head + (" and " if rest < 100 else " ") + words(rest)


ZD = "零一二三四五六七八九"


def zh_words(n):
    """Chinese numerals for a non-negative integer below 100000."""
    n = int(n)
    if n == 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十")]
    out, zero_pending, started = "", False, False
    for u, ch in units:
        d = n // u
        n %= u
        if d:
            if zero_pending:
                out += "零"
            if not (u == 10 and d == 1 and not started):
                out += ZD[d]
            out += ch
            started, zero_pending = True, False
        elif started:
            zero_pending = True
    if n:
        if zero_pending:
            out += "零"
        out += ZD[n]
    return out


def num(v):
    """Plain string for a Fraction: integer, terminating decimal, or a/b."""
    v = F(v)
    if v.denominator == 1:
        return str(v.numerator)
    d = v.denominator
    for k in range(1, 7):
        if (10 ** k) % d == 0:
            s = "%d.%0*d" % (abs(v.numerator) * (10 ** k // d) // 10 ** k, k,
                             abs(v.numerator) * (10 ** k // d) % 10 ** k)
            return ("-" if v < 0 else "") + s.rstrip("0")
    return "%d/%d" % (v.numerator, v.denominator)


def cents(v):
    """Two-decimal string for a money Fraction (must be whole cents)."""
    v = F(v)
    c = v * 100
    assert c.denominator == 1, v
    c = int(c)
    return "%d.%02d" % (c // 100, c % 100)


def commas(v):
    return "{:,}".format(int(v))


def usd(v):
    return "$" + cents(v)


EN_OPEN = [
    "Let me read the problem carefully and pull out every number before I start computing.",
    "Okay, this is a multi-step word problem, so I'll organise the information first and then work through it in order.",
    "I want to be careful here because problems like this often hide an extra step, so let me list what we know.",
    "Let's break this down step by step, keeping track of the units at each stage.",
    "First, let me restate what is being asked so I don't answer the wrong question.",
]
EN_MID = [
    "It helps to write each quantity with its unit so nothing gets mixed up.",
    "I'll keep exact values for now and only format the result at the very end.",
    "Nothing in the problem suggests any extra cost or rule, so I'll take the numbers at face value.",
    "Let me make sure I'm using the right operation here: the problem describes a repeated amount, so multiplication is appropriate.",
    "There is a detail worth noticing: the question asks about the final quantity, not the amount at an intermediate stage.",
    "Before going on, I'll sanity-check the size of this number; it seems reasonable for the situation described.",
]
EN_CHECK = [
    "Let me double-check by working backwards from the result: substituting it into the conditions of the problem, everything is consistent.",
    "Quick verification: I'll redo the key multiplication and addition in a different order, and I get the same figure, so the arithmetic holds.",
    "As a sanity check, the result has the right order of magnitude and the units work out.",
    "Re-reading the question once more, it asks exactly for this quantity, so no further conversion is required.",
]
ZH_OPEN = [
    "先仔细读题，把题目中的已知条件逐一列出来。",
    "这是一道多步骤的应用题，我先整理已知量，再一步一步计算。",
    "题目里的数量关系要理清楚，注意单位是否统一。",
    "我们先明确题目问的是什么，避免答非所问。",
]
ZH_MID = [
    "这里要注意单位换算，计算时保持单位一致。",
    "先保留精确值，最后再写成题目需要的形式。",
    "题目没有提到其他额外条件，所以直接按照给出的数据计算即可。",
    "估算一下，这个数量级是合理的。",
    "需要注意的是，题目问的是最终结果，而不是中间某一步的数值。",
]
ZH_CHECK = [
    "验算：把结果代回题目条件中检验，各个数量关系都成立。",
    "再检查一遍：换一种顺序重新计算，得到的结果相同，说明计算无误。",
    "检验一下单位和数量级，结果是合理的。",
]


EN_PLAN = [
    "Plan: identify the quantities that are given directly, work out each intermediate amount in a separate "
    "step, and only then combine them into the quantity the question asks for. At the end I'll verify the result "
    "by checking it against the original conditions.",
    "My approach will be to translate each sentence of the problem into a small calculation, keep the units "
    "attached to every number, and combine the pieces in the order the story describes. Then I'll re-read the "
    "question to make sure the final number answers exactly what was asked.",
    "Strategy: first compute the basic amounts, then the combined amount, and finally the specific quantity the "
    "question wants. Word problems like this are easy to get slightly wrong by stopping one step early, so I'll "
    "be careful about that.",
]
ZH_PLAN = [
    "解题思路：先根据题目给出的条件求出中间量，再根据数量关系列式计算所求的量，最后把结果代回题目进行检验，"
    "并注意单位的换算。",
    "思路：把题目中的每一句话都转化为一个算式，计算时带上单位，按照题目描述的顺序逐步求解，最后再读一遍题目，"
    "确认求出的正是题目所问的量。",
    "分析：这类应用题容易在最后一步出错，比如少算一步或者单位没有换算，所以每一步都要写清楚，最后要检查。",
]


def pad(rng, lang, kind, n):
    pool = {("en", "plan"): EN_PLAN, ("zh", "plan"): ZH_PLAN, ("en", "open"): EN_OPEN, ("en", "mid"): EN_MID, ("en", "check"): EN_CHECK,
            ("zh", "open"): ZH_OPEN, ("zh", "mid"): ZH_MID, ("zh", "check"): ZH_CHECK}[(lang, kind)]
    return rng.sample(pool, min(n, len(pool)))


KEYS = ["id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label",
        "lang", "trap"]


def record(dataset, kat, question, output, ref, label, lang, trap):
    assert label in ("Correct", "Incorrect")
    return {"id": None, "dataset": dataset, "key_answer_type": kat, "question": question,
            "llm_output": output, "correct_answer": ref, "label": label, "lang": lang, "trap": trap}

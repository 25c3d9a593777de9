"""Shared helpers for the dev39 builder (standard library only)."""
from fractions import Fraction

EN_NAMES = ["Ana", "Bram", "Celia", "Dario", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas",
            "Kaia", "Lior", "Mirela", "Nils", "Oona", "Pavel", "Quinn", "Rosa", "Soren", "Talia"]
ZH_NAMES = ["小林", "王芳", "李明", "赵磊", "陈静", "刘洋", "周婷", "吴昊", "孙悦", "郑凯"]

EN_FILLER = [
    "Before finalising, let me re-read the question to be sure I am answering exactly what is asked, "
    "and not reporting an intermediate quantity by mistake. The question asks for one final value, so "
    "whatever I report at the end should be that value and nothing else.",
    "Let me double-check the arithmetic step by step rather than trusting the first pass. Recomputing each "
    "product and sum separately, I get the same intermediate numbers as above, so I do not see a slip in "
    "the calculation itself.",
    "One common pitfall in problems like this is to misread which quantity is given and which is asked for. "
    "Going back over the wording carefully, the given data are used exactly once each in my computation, "
    "which is a good sign that the setup is right.",
    "I could also approach this from a different angle as a sanity check. Estimating roughly with rounded "
    "numbers gives a value of the same order of magnitude as my result, so the answer is at least plausible.",
    "It is worth checking the units and the form of the answer as well. The problem does not demand a "
    "particular notation, so any equivalent way of writing the result should be acceptable, but I will state "
    "it clearly on its own line.",
    "Hmm, wait. Let me make sure I did not drop a sign or a factor somewhere. Looking again at each line, the "
    "signs carry through consistently and no factor was lost when simplifying.",
    "To be thorough, I will restate the reasoning compactly: identify the relevant quantities, set up the "
    "relation between them, carry out the computation, and then verify the result against the conditions of "
    "the problem. Each of these steps has been done above.",
    "Another way to gain confidence is to plug the result back into the original conditions. Doing so, the "
    "conditions are satisfied, so the result is consistent with everything stated in the problem.",
    "I also want to avoid overthinking: the problem is a standard one, and the straightforward method applies "
    "directly. There is no hidden trick in the wording that would change the approach.",
    "Let me think about whether any edge cases matter here, such as boundary values or special cases that "
    "would need separate treatment. None of them changes the conclusion in this problem.",
    "Okay, so putting everything together, the computation is complete and has been checked twice. I am "
    "fairly confident in the result and will now write the final answer.",
    "A quick reflection on the method: breaking the problem into smaller pieces made each piece easy to "
    "verify, and the pieces fit together without contradiction. That makes me comfortable with the outcome.",
]

ZH_FILLER = [
    "在给出最终答案之前，我再读一遍题目，确认题目问的到底是什么，避免把中间量当成最终结果。题目只要求一个最终结果，"
    "所以最后给出的应当正是这个量。",
    "下面再逐步核对一遍计算，而不是直接相信第一次的结果。把每一步的乘法和加法重新算一遍，得到的中间结果和上面一致，"
    "所以计算本身没有发现错误。",
    "这类题目常见的错误是把已知量和所求量弄混。我回头仔细看了题目的表述，每个已知条件在计算中都恰好用到一次，"
    "说明列式是合理的。",
    "也可以换一个角度做粗略估算作为检验：用近似的整数估算，得到的结果和上面的数量级相同，所以答案至少是合理的。",
    "还要注意答案的单位和写法。题目没有规定特定的表示形式，因此任何等价的写法都可以，但我会在最后单独写清楚。",
    "等一下，我再确认一下有没有漏掉负号或者某个因数。逐行检查后，符号前后一致，化简时也没有丢掉因数。",
    "为了稳妥，把思路再简要复述一遍：先找出相关的量，再建立它们之间的关系，然后完成计算，最后用题目条件检验结果。"
    "这些步骤上面都已经完成。",
    "另一个增强信心的办法是把结果代回原题的条件中验证。代回后条件都满足，所以结果与题目中的所有信息一致。",
    "这道题是比较常规的题型，直接用标准方法即可，题目表述中没有隐藏的陷阱会改变解题思路。",
    "再想想是否有需要单独讨论的特殊情况，比如边界值。经过检查，这些情况都不会改变结论。",
    "好，综合以上分析，计算已经完成并检查了两遍，我对结果比较有把握，下面写出最终答案。",
]


def pad(rng, lang, body, final, lo=1150, hi=2400):
    """Append generic checking paragraphs between the body and the final line until a target length."""
    target = rng.randint(lo, hi)
    if lang == "zh":
        target = target * 2 // 3
    pool = list(EN_FILLER if lang == "en" else ZH_FILLER)
    rng.shuffle(pool)
    parts = [body]
    while pool and len("\n\n".join(parts)) + len(final) < target:
        parts.append(pool.pop())
    parts.append(final)
    return "\n\n".join(parts)


def make(dataset, kat, question, output, answer, correct, lang, trap):
    return {"id": "", "dataset": dataset, "key_answer_type": kat, "question": question,
            "llm_output": output, "correct_answer": answer,
            "label": "Correct" if correct else "Incorrect", "lang": lang, "trap": trap}


def frac_tex(f, style="frac"):
    f = Fraction(f)
    if f.denominator == 1:
        return str(f.numerator)
    sign = "-" if f < 0 else ""
    a, b = abs(f.numerator), f.denominator
    if style == "slash":
        return f"{sign}{a}/{b}"
    return f"{sign}\\{style}{{{a}}}{{{b}}}"


def dec_str(f):
    """Exact decimal string of a Fraction with terminating expansion, else None."""
    f = Fraction(f)
    d = f.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return None
    sign = "-" if f < 0 else ""
    f = abs(f)
    whole = f.numerator // f.denominator
    rem = f - whole
    digits = ""
    while rem:
        rem *= 10
        digits += str(rem.numerator // rem.denominator)
        rem -= rem.numerator // rem.denominator
    return sign + str(whole) + ("." + digits if digits else "")


ZH_DIG = "零一二三四五六七八九"


def _zh_section(n):
    s, zero = "", False
    for unit, ch in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d:
            if zero:
                s += "零"
                zero = False
            s += ZH_DIG[d] + ch
        elif s:
            zero = True
    return s


def zh_num(n):
    """Chinese numeral for 0 < n < 10**8."""
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        s = _zh_section(hi) + "万"
        if lo:
            if lo < 1000:
                s += "零"
            s += _zh_section(lo)
    else:
        s = _zh_section(n)
    if s.startswith("一十"):
        s = s[1:]
    return s


def scaled_str(m, k):
    """String of m / 10**k without trailing zeros."""
    whole, frac = divmod(m, 10 ** k)
    fs = str(frac).rjust(k, "0").rstrip("0") if k else ""
    return str(whole) + ("." + fs if fs else "")


def commas(n):
    return f"{n:,}"

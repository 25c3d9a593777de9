"""Build the labelled VAR-format evaluation set for the answer verifier.

    python benchmarks/data/xverify/build_eval.py            # writes var_eval.jsonl beside this file
    python benchmarks/data/xverify/build_eval.py --check    # rebuilds in memory, checks the file is identical
    python benchmarks/data/xverify/build_eval.py --stats    # prints the count tables used in README.md

Two sources are merged:

* ``hand_cases.txt``: hand-written cases (the trickiest ones), parsed verbatim.
* procedural cases made here: many question templates (with the answer computed in Python, so references and the
  values quoted in the outputs are right by construction) and hand-written item pools (multiple choice, short answer,
  classification), each crossed with one "trap" that decides how the model output is phrased and what the label is.

Standard library only; one seeded ``random.Random``; no set iteration; so rebuilding gives the same bytes.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "var_eval.jsonl"
HAND = HERE / "hand_cases.txt"
SEED = 20250611

TYPES = ("alphabet_option", "math", "short_text", "categorical_label")
LABELS = ("Correct", "Incorrect")
LANGS = ("en", "zh")
FIELDS = ("id", "dataset", "key_answer_type", "question", "llm_output", "correct_answer", "label", "lang", "trap")

NAMES_F = ["Maya", "Priya", "Grace", "Hannah", "Aisha", "Zoe", "Lucia", "Mei", "Fatima", "Olivia", "Nora", "Ines"]
NAMES_M = ["Liam", "Omar", "Kenji", "Ethan", "Noah", "Tomas", "Arjun", "Diego", "Samuel", "Felix", "Marcus", "Yusuf"]
NAMES_ZH = ["小明", "小红", "小刚", "李华", "小芳", "王强", "张丽", "刘洋", "陈晨", "赵磊"]


# ----------------------------------------------------------------------------------------------------------------
# number rendering


def frac_plain(x: Fraction) -> str:
    """3, -3, 7/3."""
    x = Fraction(x)
    return str(x.numerator) if x.denominator == 1 else f"{x.numerator}/{x.denominator}"


def frac_tex(x: Fraction, d: str = "frac") -> str:
    """3, -\\frac{7}{3}."""
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    sign = "-" if x < 0 else ""
    return f"{sign}\\{d}{{{abs(x.numerator)}}}{{{x.denominator}}}"


def terminating(x: Fraction) -> bool:
    d = Fraction(x).denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def dec(x: Fraction) -> str:
    """Exact decimal of a terminating fraction: 2.375."""
    x = Fraction(x)
    assert terminating(x), x
    sign = "-" if x < 0 else ""
    x = abs(x)
    whole, rest = divmod(x.numerator, x.denominator)
    digits = ""
    while rest:
        rest *= 10
        q, rest = divmod(rest, x.denominator)
        digits += str(q)
    return f"{sign}{whole}" + (f".{digits}" if digits else "")


def money(x: Fraction) -> str:
    x = Fraction(x)
    cents = x * 100
    assert cents.denominator == 1, x
    c = cents.numerator
    return f"{c // 100}.{c % 100:02d}"


def commas(n: int, sep: str = ",") -> str:
    return f"{n:,}".replace(",", sep)


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words_en(n: int) -> str:
    """English number words: 364000 -> 'three hundred sixty-four thousand'."""
    if n < 0:
        return "minus " + words_en(-n)
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + ("-" + _ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return _ONES[h] + " hundred" + (" " + words_en(r) if r else "")
    for value, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= value:
            q, r = divmod(n, value)
            return words_en(q) + " " + name + (" " + words_en(r) if r else "")
    raise AssertionError(n)


_ZH_DIGITS = "零一二三四五六七八九"


def _zh_group(n: int, leading: bool) -> str:
    """0 < n < 10000 written with 千百十; '一十' is shortened to '十' only at the very start."""
    out = ""
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        if unit == "十" and d == 1 and not out and leading:
            out += "十"
        else:
            out += _ZH_DIGITS[d] + unit
    return out


def zh_num(n: int) -> str:
    """Chinese numerals: 364000 -> 三十六万四千, 10500 -> 一万零五百."""
    if n == 0:
        return "零"
    groups = []
    while n:
        n, g = divmod(n, 10000)
        groups.append(g)
    out = ""
    units = ["", "万", "亿", "万亿"]
    pending_zero = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or g < 1000):
            out += "零"
        out += _zh_group(g, leading=not out) + units[i]
        pending_zero = False
    return out


def sci_tex(n: int) -> str:
    """364000 -> 3.64 \\times 10^{5} (trailing zeros dropped)."""
    e = len(str(n)) - 1
    mant = Fraction(n, 10**e)
    return f"{dec(mant)} \\times 10^{{{e}}}"


def sci_e(n: int) -> str:
    e = len(str(n)) - 1
    return f"{dec(Fraction(n, 10**e))}e{e}"


def wan(n: int) -> str:
    """364000 -> 36.4万."""
    return f"{dec(Fraction(n, 10000))}万"


# ----------------------------------------------------------------------------------------------------------------
# output rendering: a solution is a list of paragraphs; Note marks a paragraph that is not a numbered step


class Note(str):
    """A paragraph that is commentary (a second thought, a recited example), never numbered as a step."""


class Intro(Note):
    """A restatement of the question placed at the top of a solution."""


def after_intro(paras: list[str], extra: list[str]) -> list[str]:
    """Insert ``extra`` right after a leading Intro (or at the top)."""
    k = 1 if paras and isinstance(paras[0], Intro) else 0
    return list(paras[:k]) + list(extra) + list(paras[k:])


OPEN_EN = [
    "Let's solve this step by step.",
    "Let me work through this carefully.",
    "To solve this problem, I'll break it into parts.",
    "Let's think step by step.",
    "We need to find the requested quantity. Here is the reasoning.",
    "Alright, let's figure this out.",
    "",
]
OPEN_ZH = ["解：", "我们一步一步来分析。", "让我们逐步思考。", "分析：", "下面分步求解。", ""]
THINK_OPEN_EN = [
    "Okay, so I need to solve this problem. Let me read it again carefully.",
    "Alright, let me see. The question is asking for a specific value, so let me set things up.",
    "Hmm, let me think about this one.",
    "Okay, let's tackle this problem step by step.",
]
THINK_OPEN_ZH = ["嗯，我需要仔细读一下这道题。", "好的，我来想一想这道题该怎么做。", "首先，我要理解题目的意思。",
                 "嗯，让我先理清题目给出的条件。"]
THINK_CHECK_EN = [
    "Let me double-check that. ",
    "Wait, let me verify the arithmetic once more. ",
    "Let me recompute to be sure. ",
    "Just to be safe, going through it again: ",
]
THINK_CHECK_ZH = ["我再验算一遍。", "等一下，我再检查一下计算。", "为了保险起见，再核对一次：", "再算一遍确认："]
SUMMARY_EN = ["**Solution:**", "Here is the solution.", "**Step-by-step solution**", "To summarize:", ""]
SUMMARY_ZH = ["**解答：**", "整理一下解题过程：", "解题步骤如下：", ""]


def style_steps(rng: random.Random, lang: str, paras: list[str], style: str) -> str:
    """Lay out paragraphs as numbered steps, markdown steps, headed sections or prose."""
    out = []
    k = 0
    for p in paras:
        if isinstance(p, Note) or style == "prose":
            out.append(str(p))
            continue
        k += 1
        if style == "numbered":
            out.append(f"{k}. {p}")
        elif style == "md":
            out.append((f"**Step {k}:** " if lang == "en" else f"**第{k}步：** ") + p)
        elif style == "hdr":
            out.append((f"### Step {k}\n" if lang == "en" else f"### 第{k}步\n") + p)
        else:
            out.append(p)
    return "\n\n".join(out)


def render(rng: random.Random, lang: str, paras: list[str], final: str, *, style: str | None = None,
           think: list[str] | None = None, think_closed: bool = True, opener: bool = True) -> str:
    """Assemble an output. ``think`` (when given) becomes a <think> block before the visible solution."""
    style = style or rng.choice(["numbered", "md", "prose", "hdr", "plain"])
    parts = []
    if think is not None:
        tb = [rng.choice(THINK_OPEN_EN if lang == "en" else THINK_OPEN_ZH)]
        tb += [str(t) for t in think]
        block = "<think>\n" + "\n\n".join(tb)
        if not think_closed:
            return block
        parts.append(block + "\n</think>")
        head = rng.choice(SUMMARY_EN if lang == "en" else SUMMARY_ZH)
        if head:
            parts.append(head)
    elif opener:
        head = rng.choice(OPEN_EN if lang == "en" else OPEN_ZH)
        if head:
            parts.append(head)
    body = style_steps(rng, lang, paras, style)
    if body:
        parts.append(body)
    if final:
        parts.append(final)
    return "\n\n".join(parts)


LOWERABLE = {"The", "In", "Each", "Number", "Girls", "Per", "Over", "Total", "Distance", "Together", "Time", "Move",
             "Collect", "Simplify", "Divide", "Setting", "So", "Using", "Entry", "Multiply", "Substitute", "Subtract",
             "Factor", "Including", "Powers", "We", "They", "Then", "Her", "His", "She", "He", "Multiplying",
             "Eliminating", "On", "Saving", "After", "Let", "There", "Area", "Sorted", "Dividing", "Pipe"}


def think_version(rng: random.Random, lang: str, paras: list[str], passes: int = 1) -> list[str]:
    """A rambling <think> rendering of the same paragraphs, optionally re-checked ``passes`` extra times."""
    conn_en = ["So ", "Then ", "Okay, ", "Next, ", "Now, ", "Right, ", ""]
    conn_zh = ["那么，", "接着，", "然后，", "好，", "所以，", ""]
    out = []
    for p in paras:
        if isinstance(p, Note):
            out.append(str(p))
        else:
            c = rng.choice(conn_en if lang == "en" else conn_zh)
            low = lang == "en" and c and p.split(" ", 1)[0] in LOWERABLE
            out.append(c + (p[0].lower() + p[1:] if low else p))
    for _ in range(passes):
        chk = rng.choice(THINK_CHECK_EN if lang == "en" else THINK_CHECK_ZH)
        out.append(chk + " ".join(str(p) for p in paras if not isinstance(p, Note)))
        out.append(rng.choice(["Yes, that checks out.", "Okay, same result.", "Good, consistent."]
                              if lang == "en" else ["没错，结果一致。", "对，验算无误。", "好，结果相同。"]))
    return out


INTRO_EN = ["We are told: {q}", "Let me restate the problem. {q}",
            "Problem: {q}\n\nLet me identify what is given and what is being asked.",
            "Understanding the question: {q}", "Let me first make sure I understand the question.\n\n> {q}"]
INTRO_ZH = ["题目：{q}", "先理解题意：{q}", "已知：{q}\n\n下面分析题目中的数量关系。", "审题：{q}"]
VERIFY_EN = ["**Verification.** {s}", "Let me double-check each step. {s}", "Check: {s} Everything is consistent.",
             "Recomputing to be safe: {s}"]
VERIFY_ZH = ["**验算：**{s}", "检验：{s}计算无误。", "再核对一遍：{s}"]


def dress(rng: random.Random, lang: str, q: str, paras: list[str], p_intro: float = 0.85,
          p_verify: float = 0.6) -> list[str]:
    """Add a restatement of the question in front and a re-check of the steps at the end (each optional)."""
    out = list(paras)
    steps = [str(p) for p in paras if not isinstance(p, Note)]
    if q and rng.random() < p_intro:
        out.insert(0, Intro(rng.choice(INTRO_EN if lang == "en" else INTRO_ZH).format(q=q.strip())))
    if steps and rng.random() < p_verify:
        out.append(Note(rng.choice(VERIFY_EN if lang == "en" else VERIFY_ZH).format(s=" ".join(steps))))
    return out


REFLECT_EN = [
    "Hmm, but is there another way to read the question? Let me re-read it: \"{q}\" No, I think my reading is right.",
    "Wait, did I use the right numbers from the problem? Going back to the statement, yes, those are the given values.",
    "Let me make sure I'm answering what is actually asked and not some intermediate quantity.",
    "Okay, I think that's right, but I've made silly arithmetic mistakes before, so once more, slowly.",
    "Is there any trick hidden in the wording? I don't see one.",
    "Let me also think about whether the result is reasonable in size. It seems plausible.",
]
REFLECT_ZH = [
    "嗯，题目会不会有别的理解？再读一遍：“{q}” 不会，我的理解是对的。",
    "等一下，我用的数据是不是题目给的？回头看了一下，是的。",
    "要确认一下求的是题目问的量，而不是中间结果。",
    "应该没问题，不过我以前犯过粗心的计算错误，再慢慢算一遍。",
    "题目里有没有陷阱？好像没有。",
    "再估算一下结果的大小，看起来是合理的。",
]


def long_think(rng: random.Random, lang: str, q: str, paras: list[str], passes: int) -> list[str]:
    """An over-long R1-style think block: the solution, then several rounds of reflection and re-checking."""
    out = think_version(rng, lang, paras, 0)
    steps = " ".join(str(p) for p in paras if not isinstance(p, Note))
    pool = list(REFLECT_EN if lang == "en" else REFLECT_ZH)
    rng.shuffle(pool)
    for i in range(passes):
        out.append(pool[i % len(pool)].format(q=q.strip()))
        out.append(rng.choice(THINK_CHECK_EN if lang == "en" else THINK_CHECK_ZH) + steps)
        out.append(rng.choice(["Same result.", "Consistent again.", "Yes, it matches."] if lang == "en" else
                              ["结果一样。", "还是一致的。", "对，没错。"]))
    return out


def final_en(rng: random.Random, a: str, kind: str = "any") -> str:
    """A final-answer sentence for a math/short answer ``a`` (already formatted)."""
    ma = mth(a)
    boxed = [
        f"Therefore, the final answer is $\\boxed{{{a}}}$.",
        f"**Final Answer**\n\n$$\\boxed{{{a}}}$$",
        f"So the answer is $\\boxed{{{a}}}$.",
        f"\\[\n\\boxed{{{a}}}\n\\]",
        f"The final answer is $\\boxed{{{a}}}$. I hope it is correct.",
    ]
    plain = [
        f"The answer is {ma}.",
        f"The answer is ${a}$.",
        f"**Final Answer:** {ma}",
        f"So the answer is **{ma}**.",
        f"Final answer: {ma}",
        f"Hence, the result is ${a}$.",
        f"Thus, the answer should be {ma}.",
        f"Therefore, the answer is {ma}.",
        f"#### {a}",
    ]
    pool = boxed if kind == "boxed" else plain if kind == "plain" else boxed + plain
    return rng.choice(pool)


def final_zh(rng: random.Random, a: str, kind: str = "any") -> str:
    ma = mth(a)
    boxed = [
        f"综上所述，最终答案为 $\\boxed{{{a}}}$。",
        f"所以答案是 $\\boxed{{{a}}}$。",
        f"**最终答案**\n\n$\\boxed{{{a}}}$",
    ]
    plain = [
        f"答案是{ma}。",
        f"所以答案为{ma}。",
        f"因此，结果是{ma}。",
        f"故答案为：{ma}",
        f"最终答案：{ma}",
        f"The answer is {ma}.",
    ]
    pool = boxed if kind == "boxed" else plain if kind == "plain" else boxed + plain
    return rng.choice(pool)


def final(rng: random.Random, lang: str, a: str, kind: str = "any") -> str:
    return final_en(rng, a, kind) if lang == "en" else final_zh(rng, a, kind)


def hedge(rng: random.Random, lang: str, a: str, b: str) -> str:
    if rng.random() < 0.5:
        a, b = b, a
    if lang == "en":
        return rng.choice([
            f"So the answer is either {a} or {b}; I can't fully decide between them.",
            f"The answer is {a} or {b}.",
            f"I get {a} with one reading of the problem and {b} with the other, so the answer is {a} or {b}.",
            f"It could be {a}, but it might also be {b}. Both seem plausible.",
            f"Final answer: {a} (or possibly {b}).",
        ])
    return rng.choice([
        f"所以答案可能是{a}，也可能是{b}。",
        f"答案是{a}或{b}。",
        f"按一种理解得{a}，按另一种理解得{b}，两者都有可能。",
    ])


def refusal(rng: random.Random, lang: str) -> str:
    if lang == "en":
        return rng.choice([
            "I'm sorry, but I can't determine the answer from the information given.",
            "This problem seems to be missing some information, so it cannot be solved uniquely. "
            "Could you clarify the question?",
            "I am not able to answer this question with confidence.",
            "I don't know.",
            "Without more context I cannot give a definitive answer here.",
        ])
    return rng.choice(["抱歉，题目条件不足，无法求出答案。", "这道题我无法确定答案。", "我不知道。",
                       "题目信息不完整，无法作答，请补充条件。"])


def wait_en(rng: random.Random) -> str:
    return rng.choice(["Wait, actually, ", "Hmm, wait, ", "Wait — ", "Hold on, ", "Hmm, actually, "])


def wait_zh(rng: random.Random) -> str:
    return rng.choice(["等等，", "不对，", "嗯，等一下，", "再想一想，"])


def repeat_until(text: str, n_chars: int) -> str:
    out = ""
    while len(out) < n_chars:
        out += text
    return out[:n_chars]


def cut_before(text: str, avoid: str, rng: random.Random) -> str:
    """Truncate mid-text, at a word boundary, before the first occurrence of ``avoid`` in the last 60%."""
    lo = int(len(text) * 0.45)
    hi = len(text) - 5
    i = text.find(avoid, lo) if avoid else -1
    if i != -1:
        hi = min(hi, i)
    if hi <= lo:
        hi = lo + 1
    pos = rng.randint(lo, hi)
    while pos > lo and text[pos - 1] not in " \n":
        pos -= 1
    return text[:pos].rstrip()


# ----------------------------------------------------------------------------------------------------------------
# math templates: each returns one item with the correct and a plausible wrong solution, plus format variants


def item(**kw) -> dict:
    kw.setdefault("alts", [])
    kw.setdefault("why", "")
    kw.setdefault("ival", None)
    assert kw["ok_ans"] != kw["bad_ans"], kw["q"]
    return kw


def term(c: int, var: str = "x", first: bool = False) -> str:
    """Signed linear term: (3,'x') -> ' + 3x', (-1,'x') -> ' - x'; first=True drops the leading ' + '."""
    mag = "" if abs(c) == 1 and var else str(abs(c))
    s = f"{mag}{var}"
    if first:
        return ("-" if c < 0 else "") + s
    return (" - " if c < 0 else " + ") + s


def lin(a: int, b: int, var: str = "x") -> str:
    out = term(a, var, first=True) if a else ""
    if b:
        out = out + term(b, "") if out else str(b)
    return out or "0"


def m_shop(rng: random.Random) -> dict:
    name = rng.choice(NAMES_F)
    a, b = rng.randint(3, 8), rng.randint(2, 6)
    p, q = rng.choice([2, 3, 4, 5, 6]), rng.choice([1, 2, 3])
    cost = a * p + b * q
    n = 50 if cost < 45 else 100
    ans, bad = n - cost, n - a * p
    ok = [f"The notebooks cost {a} x ${p} = ${a * p}.",
          f"The pens cost {b} x ${q} = ${b * q}.",
          f"In total she spends ${a * p} + ${b * q} = ${cost}.",
          f"Her change is ${n} - ${cost} = ${ans}."]
    wrong = [f"The notebooks cost {a} x ${p} = ${a * p}.",
             f"She pays with a ${n} bill, so her change is ${n} - ${a * p} = ${bad}."]
    return item(q=f"{name} buys {a} notebooks at ${p} each and {b} pens at ${q} each. She pays with a ${n} bill. "
                  "How much change, in dollars, does she get?",
                ref=str(ans), ok=ok, ok_ans=str(ans), bad=wrong, bad_ans=str(bad), ival=ans,
                why="I forgot to include the pens in the total cost", lang="en", ds="gsm8k_like",
                alts=[("units", "Correct", f"She gets ${ans} in change."),
                      ("units", "Correct", f"The answer is ${ans}.00."),
                      ("units", "Correct", f"#### {ans} dollars")])


def m_train(rng: random.Random) -> dict:
    while True:
        s1, s2 = rng.choice([40, 50, 60, 70, 80]), rng.choice([30, 40, 50, 60, 90])
        t1, t2 = rng.randint(2, 5), rng.randint(1, 4)
        if s1 != s2 and t1 != t2:
            break
    ans = s1 * t1 + s2 * t2
    bad = (s1 + s2) * (t1 + t2) // 2
    ok = [f"In the first part it covers {s1} mph x {t1} h = {s1 * t1} miles.",
          f"In the second part it covers {s2} mph x {t2} h = {s2 * t2} miles.",
          f"Total distance = {s1 * t1} + {s2 * t2} = {ans} miles."]
    wrong = [f"The average speed is ({s1} + {s2}) / 2 = {(s1 + s2) // 2} mph.",
             f"The total time is {t1} + {t2} = {t1 + t2} hours.",
             f"Distance = {(s1 + s2) // 2} x {t1 + t2} = {bad} miles."]
    hrs = "hour" if t2 == 1 else "hours"
    return item(q=f"A train travels at {s1} miles per hour for {t1} hours, then at {s2} miles per hour for {t2} {hrs}. "
                  "How many miles does it travel in total?",
                ref=str(ans), ok=ok, ok_ans=str(ans), bad=wrong, bad_ans=str(bad), ival=ans,
                why="averaging the two speeds is wrong because the train spends different times at each speed",
                lang="en", ds="gsm8k_like",
                alts=[("units", "Correct", f"The train travels **{ans} miles** in total."),
                      ("units", "Correct", f"Therefore, the final answer is $\\boxed{{{ans}\\text{{ miles}}}}$."),
                      ("wrong_unit", "Incorrect", f"So the total distance is {ans} km.")])


def m_discount(rng: random.Random) -> dict:
    while True:
        price = rng.choice([40, 60, 64, 80, 120, 150, 180, 250])
        d, t = rng.choice([10, 15, 20, 25, 30]), rng.choice([5, 6, 8, 10])
        sale = Fraction(price * (100 - d), 100)
        fin = sale * Fraction(100 + t, 100)
        bad = sale + Fraction(price * t, 100)
        if (fin * 100).denominator == 1 and (bad * 100).denominator == 1 and fin != bad:
            break
    ok = [f"The discount is {d}% of ${price}, which is ${money(Fraction(price * d, 100))}.",
          f"The sale price is ${price} - ${money(Fraction(price * d, 100))} = ${money(sale)}.",
          f"The tax is {t}% of ${money(sale)} = ${money(sale * t / 100)}.",
          f"The final price is ${money(sale)} + ${money(sale * t / 100)} = ${money(fin)}."]
    wrong = [f"The sale price is ${price} x {Fraction(100 - d, 100)} = ${money(sale)}.",
             f"The tax is {t}% of ${price} = ${money(Fraction(price * t, 100))}.",
             f"The final price is ${money(sale)} + ${money(Fraction(price * t, 100))} = ${money(bad)}."]
    ref = money(fin)
    alts = [("units", "Correct", f"The final price of the jacket is ${ref}."),
            ("units", "Correct", f"Final answer: \\${ref}")]
    if ref.endswith("0"):
        alts.append(("fraction_decimal", "Correct", f"The answer is {dec(fin)}."))
    return item(q=f"A jacket costs ${price}. It is on sale for {d}% off, and then a {t}% sales tax is added to the "
                  "sale price. What is the final price in dollars?",
                ref=ref, ok=ok, ok_ans=ref, bad=wrong, bad_ans=money(bad),
                why="the tax is charged on the sale price, not on the original price", lang="en", ds="gsm8k_like",
                alts=alts)


def m_savings(rng: random.Random) -> dict:
    while True:
        cost, have, w = rng.randint(15, 40) * 10, rng.randint(2, 9) * 5, rng.choice([12, 15, 18, 25, 35])
        if (cost - have) % w and cost > have:
            break
    need = cost - have
    ans, bad = -(-need // w), need // w
    name = rng.choice(NAMES_M)
    ok = [f"{name} still needs ${cost} - ${have} = ${need}.",
          f"Saving ${w} per week, {need} / {w} = {Fraction(need, w).__float__():.2f} weeks.",
          f"After {bad} weeks he has saved only ${bad * w}, which is not enough, so he needs {ans} weeks."]
    wrong = [f"{name} still needs ${cost} - ${have} = ${need}.",
             f"{need} / {w} = {Fraction(need, w).__float__():.2f}, so it takes about {bad} weeks."]
    return item(q=f"{name} wants to buy a bike that costs ${cost}. He already has ${have} and saves ${w} every week. "
                  "How many weeks will it take him to have enough money?",
                ref=str(ans), ok=ok, ok_ans=str(ans), bad=wrong, bad_ans=str(bad), ival=ans,
                why=f"after {bad} weeks he is still short, so the number of weeks must be rounded up",
                lang="en", ds="gsm8k_like",
                alts=[("units", "Correct", f"It will take him {ans} weeks."),
                      ("number_words", "Correct", f"He needs {words_en(ans)} weeks."),
                      ("number_words", "Incorrect", f"He needs {words_en(bad)} weeks.")])


def m_eggs(rng: random.Random) -> dict:
    while True:
        e, u, days, p = rng.randint(14, 30), rng.randint(2, 6), rng.choice([2, 3, 4, 6, 7]), rng.choice([3, 4, 5])
        if (e - u) * days % 12 == 0 and e * days % 12 == 0:
            break
    name = rng.choice(NAMES_F)
    left = (e - u) * days
    ans, bad = left // 12 * p, e * days // 12 * p
    ok = [f"Each day {name} keeps {e} - {u} = {e - u} eggs to sell.",
          f"In {days} days that is {e - u} x {days} = {left} eggs.",
          f"{left} eggs make {left} / 12 = {left // 12} dozen.",
          f"She earns {left // 12} x ${p} = ${ans}."]
    wrong = [f"In {days} days the hens lay {e} x {days} = {e * days} eggs.",
             f"That is {e * days // 12} dozen, so she earns {e * days // 12} x ${p} = ${bad}."]
    return item(q=f"{name}'s hens lay {e} eggs per day. She uses {u} eggs every day for baking and sells the rest at "
                  f"${p} per dozen. How many dollars does she earn from selling eggs in {days} days?",
                ref=str(ans), ok=ok, ok_ans=str(ans), bad=wrong, bad_ans=str(bad), ival=ans,
                why="I forgot to subtract the eggs she uses for baking", lang="en", ds="gsm8k_like",
                alts=[("units", "Correct", f"She earns **${ans}**.")])


def m_glasses(rng: random.Random) -> dict:
    while True:
        n = rng.choice([24, 30, 32, 36, 40, 45, 48, 60])
        f = rng.choice([Fraction(1, 2), Fraction(2, 3), Fraction(3, 4), Fraction(3, 5), Fraction(5, 8)])
        pc = rng.choice([20, 25, 40, 50, 75])
        girls = n * f
        if girls.denominator == 1 and (girls * pc / 100).denominator == 1 and (n * pc) % 100 == 0:
            ans, bad = int(girls * pc / 100), n * pc // 100
            if ans != bad:
                break
    ok = [f"Number of girls: {f} x {n} = {int(girls)}.",
          f"Girls with glasses: {pc}% of {int(girls)} = {ans}."]
    wrong = [f"{pc}% of the {n} students is {bad}.", f"So {bad} girls wear glasses."]
    return item(q=f"There are {n} students in a class. {f} of them are girls, and {pc}% of the girls wear glasses. "
                  "How many girls wear glasses?",
                ref=str(ans), ok=ok, ok_ans=str(ans), bad=wrong, bad_ans=str(bad), ival=ans,
                why="the percentage applies only to the girls, not to the whole class", lang="en", ds="gsm8k_like",
                alts=[("number_words", "Correct", f"So {words_en(ans)} girls wear glasses."),
                      ("units", "Correct", f"The answer is {ans} girls.")])


def m_ages(rng: random.Random) -> dict:
    while True:
        k, b, y = rng.choice([2, 3, 4]), rng.randint(4, 15), rng.randint(3, 10)
        a = k * b
        s = a + b + 2 * y
        if (s - y) % (k + 1) == 0:
            b2 = (s - y) // (k + 1)
            if k * b2 != a:
                break
    p1, p2 = rng.choice(NAMES_F), rng.choice(NAMES_M)
    ok = [f"Let {p2}'s age now be $x$, so {p1} is ${k}x$.",
          f"In {y} years their ages are $x + {y}$ and ${k}x + {y}$, so $(x + {y}) + ({k}x + {y}) = {s}$.",
          f"${k + 1}x + {2 * y} = {s}$, so ${k + 1}x = {s - 2 * y}$ and $x = {b}$.",
          f"{p1} is ${k} \\times {b} = {a}$ years old now."]
    wrong = [f"Let {p2}'s age be $x$; then {p1} is ${k}x$.",
             f"In {y} years the total is ${k + 1}x + {y} = {s}$, so ${k + 1}x = {s - y}$ and $x = {b2}$.",
             f"{p1} is ${k} \\times {b2} = {k * b2}$."]
    return item(q=f"{p1} is {k} times as old as {p2}. In {y} years, the sum of their ages will be {s}. "
                  f"How old is {p1} now?",
                ref=str(a), ok=ok, ok_ans=str(a), bad=wrong, bad_ans=str(k * b2), ival=a,
                why=f"both people get {y} years older, so I must add {2 * y}, not {y}", lang="en", ds="gsm8k_like",
                alts=[("units", "Correct", f"{p1} is {a} years old."),
                      ("wrong_unit", "Incorrect", f"{p1} is {a} months old.")])


def m_pipes(rng: random.Random) -> dict:
    while True:
        a, b = rng.randint(2, 12), rng.randint(2, 12)
        if a < b and Fraction(a * b, a + b).denominator != 1:
            break
    t = Fraction(a * b, a + b)
    bad = Fraction(a + b, 2)
    ok = [f"Pipe A fills $\\frac{{1}}{{{a}}}$ of the tank per hour and pipe B fills $\\frac{{1}}{{{b}}}$.",
          f"Together: $\\frac{{1}}{{{a}}} + \\frac{{1}}{{{b}}} = \\frac{{{a + b}}}{{{a * b}}}$ of the tank per hour.",
          f"Time $= \\frac{{{a * b}}}{{{a + b}}} = {frac_tex(t)}$ hours."]
    wrong = [f"On average each pipe needs $\\frac{{{a} + {b}}}{{2}} = {frac_tex(bad)}$ hours.",
             f"So together they need ${frac_tex(bad)}$ hours."]
    alts = [("units", "Correct", f"It takes ${frac_tex(t)}$ hours to fill the tank.")]
    whole, rem = divmod(t.numerator, t.denominator)
    if whole:
        mixed = f"{whole}\\frac{{{rem}}}{{{t.denominator}}}"
        alts.append(("fraction_decimal", "Correct", f"The answer is ${mixed}$ hours."))
    if terminating(t):
        alts.append(("fraction_decimal", "Correct", f"So the answer is {dec(t)} hours."))
    if (t * 60).denominator == 1:
        mins = int(t * 60)
        alts.append(("units", "Correct", f"The tank is full after {mins // 60} hours and {mins % 60} minutes."))
    return item(q=f"Pipe A can fill a tank in {a} hours and pipe B can fill it in {b} hours. Working together, how "
                  "many "
                  "hours do they need to fill the tank?",
                ref=frac_plain(t), ok=ok, ok_ans=frac_tex(t), bad=wrong, bad_ans=frac_tex(bad),
                why="rates add, times do not average", lang="en", ds="gsm8k_like", alts=alts)


def m_lineq(rng: random.Random) -> dict:
    while True:
        a, c = rng.randint(2, 9), rng.randint(-6, 8)
        b, d = rng.randint(-15, 15), rng.randint(-15, 15)
        if a != c and b and d != b and c and (d + b) != (d - b):
            x, xb = Fraction(d - b, a - c), Fraction(d + b, a - c)
            if x != xb:
                break
    eq = f"{lin(a, b)} = {lin(c, d)}"
    ok = [f"Collect the $x$ terms on the left: ${a}x{term(-c)} = {d}{term(-b, '')}$.",
          f"Simplify: ${a - c}x = {d - b}$.",
          f"Divide both sides by ${a - c}$: $x = {frac_tex(x)}$."]
    wrong = [f"Move everything over: ${a}x{term(-c)} = {d}{term(b, '')}$.",
             f"So ${a - c}x = {d + b}$ and $x = {frac_tex(xb)}$."]
    ref = rng.choice([frac_tex(x), frac_plain(x), f"x={frac_tex(x)}"])
    alts = [("equation_vs_value", "Correct", f"Therefore $x = {frac_tex(x)}$."),
            ("equation_vs_value", "Correct", f"The answer is $x={frac_plain(x)}$."),
            ("equation_vs_value", "Incorrect", f"Therefore $x = {frac_tex(-x)}$.")]
    if x.denominator != 1 and terminating(x):
        alts.append(("fraction_decimal", "Correct", f"The answer is {dec(x)}."))
    if x.denominator != 1:
        alts.append(("fraction_decimal", "Correct", f"The answer is $\\dfrac{{{x.numerator}}}{{{x.denominator}}}$."
                     if x > 0 else f"The answer is ${frac_plain(x)}$."))
        alts.append(("fraction_decimal", "Incorrect", f"The answer is ${frac_tex(1 / x)}$."))
    return item(q=f"Solve for $x$: ${eq}$.", ref=ref, ok=ok, ok_ans=frac_tex(x), bad=wrong, bad_ans=frac_tex(xb),
                why="a constant changes sign when it moves to the other side", lang="en", ds="math_like", alts=alts)


def m_quadroots(rng: random.Random) -> dict:
    while True:
        r1, r2 = rng.randint(-9, 9), rng.randint(-9, 9)
        if r1 < r2 and r1 and r2 and r1 != -r2:
            break
    b, c = -(r1 + r2), r1 * r2
    poly = f"x^2{term(b)}{term(c, '')}" if b else f"x^2{term(c, '')}"
    f1, f2 = f"(x{term(-r1, '')})", f"(x{term(-r2, '')})"
    g1, g2 = f"(x{term(r1, '')})", f"(x{term(r2, '')})"
    ok = [f"We need two numbers whose product is ${c}$ and whose sum is ${b}$: they are ${-r1}$ and ${-r2}$.",
          f"So ${poly} = {f1}{f2}$.",
          f"Setting each factor to zero gives $x = {r1}$ or $x = {r2}$."]
    wrong = [f"The numbers ${-r1}$ and ${-r2}$ multiply to ${c}$ and add to ${b}$.",
             f"So the factorization is ${g1}{g2}$, giving $x = {-r1}$ or $x = {-r2}$."]
    ref = rng.choice([f"{r1}, {r2}", f"{r2}, {r1}", f"\\{{{r1}, {r2}\\}}", f"x={r1} \\text{{ or }} x={r2}"])
    alts = [("multiple_answers", "Correct", f"The solutions are $x = {r2}$ and $x = {r1}$."),
            ("multiple_answers", "Correct", f"So the answer is $x_1 = {r1}, x_2 = {r2}$."),
            ("multiple_answers", "Incorrect", f"Taking the positive-looking root, the answer is $x = {r2}$."
             if r2 > 0 else f"The answer is $x = {r2}$."),
            ("set_vs_tuple", "Correct", f"The solution set is $\\{{{r2}, {r1}\\}}$.")]
    return item(q=f"Find all real solutions of ${poly} = 0$. Enter all the solutions, separated by commas.",
                ref=ref, ok=ok, ok_ans=f"{r1}, {r2}", bad=wrong, bad_ans=f"{-r1}, {-r2}",
                why="the roots are the numbers that make each factor zero, so their signs are opposite to the "
                    "constants in the factors", lang="en", ds="math_like", alts=alts)


def m_series(rng: random.Random) -> dict:
    while True:
        a, d, n = rng.randint(1, 9), rng.randint(2, 7), rng.randint(15, 40)
        last = a + (n - 1) * d
        s = n * (a + last) // 2
        sb = (n - 1) * (a + last) // 2
        if n * (a + last) % 2 == 0 and (n - 1) * (a + last) % 2 == 0:
            break
    ok = [f"The common difference is {d}, so the number of terms is $\\frac{{{last} - {a}}}{{{d}}} + 1 = {n}$.",
          f"The sum is $\\frac{{n(a_1 + a_n)}}{{2}} = \\frac{{{n}({a} + {last})}}{{2}} = {s}$."]
    wrong = [f"The number of terms is $\\frac{{{last} - {a}}}{{{d}}} = {n - 1}$.",
             f"So the sum is $\\frac{{{n - 1}({a} + {last})}}{{2}} = {sb}$."]
    alts = [("thousands_sep", "Correct", f"The answer is {commas(s)}."),
            ("equation_vs_value", "Correct", f"So $S_{{{n}}} = {s}$.")]
    return item(q=f"What is the sum of the arithmetic sequence ${a}, {a + d}, {a + 2 * d}, \\ldots, {last}$?",
                ref=str(s), ok=ok, ok_ans=str(s), bad=wrong, bad_ans=str(sb), ival=s,
                why="the number of terms is one more than the number of gaps", lang="en", ds="math_like", alts=alts)


def m_dice(rng: random.Random) -> dict:
    k = rng.choice([3, 4, 5, 6, 8, 9, 10, 11])
    pairs = [(i, k - i) for i in range(1, 7) if 1 <= k - i <= 6]
    unordered = [p for p in pairs if p[0] <= p[1]]
    p, pb = Fraction(len(pairs), 36), Fraction(len(unordered), 36)
    ok = ["There are $6 \\times 6 = 36$ equally likely ordered outcomes.",
          "The outcomes with sum " + str(k) + " are " + ", ".join(f"$({i},{j})$" for i, j in pairs)
          + f", which is {len(pairs)} outcomes.",
          f"So the probability is $\\frac{{{len(pairs)}}}{{36}} = {frac_tex(p)}$."]
    wrong = ["The ways to get " + str(k) + " are " + ", ".join(f"${i}+{j}$" for i, j in unordered)
             + f", i.e. {len(unordered)} ways out of 36.",
             f"So the probability is ${frac_tex(pb)}$."]
    alts = [("fraction_decimal", "Correct", f"The probability is ${frac_tex(p, 'dfrac')}$."),
            ("fraction_decimal", "Correct", f"Final answer: {frac_plain(p)}"),
            ("fraction_decimal", "Incorrect", f"The probability is ${frac_tex(Fraction(len(pairs), 12))}$.")]
    if p.denominator != 36:
        alts.append(("fraction_decimal", "Correct", f"The answer is $\\frac{{{len(pairs)}}}{{36}}$, "
                     f"i.e. ${frac_tex(p)}$ in lowest terms."))
    return item(q=f"Two fair six-sided dice are rolled. What is the probability that the sum of the numbers rolled "
                  f"is {k}? Express your answer as a common fraction.",
                ref=frac_tex(p), ok=ok, ok_ans=frac_tex(p), bad=wrong, bad_ans=frac_tex(pb),
                why="ordered outcomes such as (1,2) and (2,1) are different", lang="en", ds="math_like", alts=alts)


def m_lin_ineq(rng: random.Random) -> dict:
    while True:
        a, b = -rng.randint(2, 7), rng.randint(-12, 12)
        c = rng.randint(-20, 20)
        if b != c and (c - b) % a == 0:
            break
    k = (c - b) // a
    op = rng.choice(["\\le", "<"])
    closed = op == "\\le"
    ref = f"[{k},\\infty)" if closed else f"({k},\\infty)"
    ge = "\\ge" if closed else ">"
    bad_int = f"(-\\infty,{k}]" if closed else f"(-\\infty,{k})"
    ok = [f"Subtract ${b}$ from both sides: ${a}x {op} {c - b}$.",
          f"Divide by ${a}$; since it is negative, the inequality flips: $x {ge} {k}$.",
          f"In interval notation: ${ref}$."]
    wrong = [f"Subtract ${b}$ from both sides: ${a}x {op} {c - b}$.",
             f"Divide by ${a}$: $x {op} {k}$, i.e. ${bad_int}$."]
    other = f"({k},\\infty)" if closed else f"[{k},\\infty)"
    plus_inf = ref.replace("\\infty", "+\\infty")
    alts = [("interval_open_closed", "Correct", f"The solution is $x {ge} {k}$."),
            ("interval_open_closed", "Incorrect", f"The answer is ${other}$."),
            ("interval_open_closed", "Correct", f"So $x \\in {plus_inf}$.")]
    return item(q=f"Solve the inequality ${lin(a, b)} {op} {c}$. Express your answer in interval notation.",
                ref=ref, ok=ok, ok_ans=ref, bad=wrong, bad_ans=bad_int,
                why="dividing by a negative number reverses the inequality", lang="en", ds="math_like", alts=alts)


def m_quad_ineq(rng: random.Random) -> dict:
    while True:
        p, q = rng.randint(-8, 6), rng.randint(-6, 9)
        if p < q and p + q and p and q:
            break
    b, c = -(p + q), p * q
    op = rng.choice(["<", "\\le", ">", "\\ge"])
    poly = f"x^2{term(b)}{term(c, '')}" if c else f"x^2{term(b)}"
    inside = op in ("<", "\\le")
    cl = op in ("\\le", "\\ge")
    if inside:
        ref = f"[{p},{q}]" if cl else f"({p},{q})"
        flip = f"({p},{q})" if cl else f"[{p},{q}]"
        ineq = f"{p} \\le x \\le {q}" if cl else f"{p} < x < {q}"
        bad = f"(-\\infty,{p}]\\cup[{q},\\infty)" if cl else f"(-\\infty,{p})\\cup({q},\\infty)"
    else:
        ref = f"(-\\infty,{p}]\\cup[{q},\\infty)" if cl else f"(-\\infty,{p})\\cup({q},\\infty)"
        flip = f"(-\\infty,{p})\\cup({q},\\infty)" if cl else f"(-\\infty,{p}]\\cup[{q},\\infty)"
        ineq = f"x \\le {p} \\text{{ or }} x \\ge {q}" if cl else f"x < {p} \\text{{ or }} x > {q}"
        bad = f"[{p},{q}]" if cl else f"({p},{q})"
    where = "between" if inside else "outside"
    ok = [f"Factor: ${poly} = (x{term(-p, '')})(x{term(-q, '')})$, with roots ${p}$ and ${q}$.",
          f"The parabola opens upward, so the expression is {'negative' if inside else 'positive'} {where} the roots.",
          f"Including the endpoints: {'yes' if cl else 'no'}. So the solution is ${ref}$."]
    wrong = [f"The roots are ${p}$ and ${q}$.",
             f"The expression has the sign of the inequality {'outside' if inside else 'between'} the roots, "
             f"so the solution is ${bad}$."]
    alts = [("interval_open_closed", "Correct", f"So the solution is ${ineq}$."),
            ("interval_open_closed", "Incorrect", f"The answer is ${flip}$.")]
    return item(q=f"Solve ${poly} {op} 0$. Give your answer in interval notation.",
                ref=ref, ok=ok, ok_ans=ref, bad=wrong, bad_ans=bad,
                why="an upward parabola is negative between its roots and positive outside them",
                lang="en", ds="math_like", alts=alts)


def mat_tex(m, env: str = "pmatrix") -> str:
    rows = " \\\\ ".join(" & ".join(str(v) for v in r) for r in m)
    return f"\\begin{{{env}}} {rows} \\end{{{env}}}"


def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]


def m_matrix(rng: random.Random) -> dict:
    while True:
        a = [[rng.randint(-3, 5) for _ in range(2)] for _ in range(2)]
        b = [[rng.randint(-3, 5) for _ in range(2)] for _ in range(2)]
        ab, ba = matmul(a, b), matmul(b, a)
        if ab != ba:
            break
    ok = [f"Entry (1,1): ${a[0][0]}\\cdot{b[0][0]} + {a[0][1]}\\cdot{b[1][0]} = {ab[0][0]}$.",
          f"Entry (1,2): ${a[0][0]}\\cdot{b[0][1]} + {a[0][1]}\\cdot{b[1][1]} = {ab[0][1]}$.",
          f"Entry (2,1): ${a[1][0]}\\cdot{b[0][0]} + {a[1][1]}\\cdot{b[1][0]} = {ab[1][0]}$.",
          f"Entry (2,2): ${a[1][0]}\\cdot{b[0][1]} + {a[1][1]}\\cdot{b[1][1]} = {ab[1][1]}$."]
    wrong = [f"Multiplying rows of the second matrix by columns of the first: "
             f"$({b[0][0]})({a[0][0]}) + ({b[0][1]})({a[1][0]}) = {ba[0][0]}$, and similarly for the rest.",
             f"The product is ${mat_tex(ba)}$."]
    flat = "[[" + "], [".join(", ".join(str(v) for v in r) for r in ab) + "]]"
    arr = ("\\left[\\begin{array}{cc} " + " \\\\ ".join(" & ".join(str(v) for v in r) for r in ab)
           + " \\end{array}\\right]")
    tweak = [row[:] for row in ab]
    tweak[1][0] += rng.choice([-2, -1, 1, 2])
    alts = [("matrix", "Correct", f"$$\\boxed{{{mat_tex(ab, 'bmatrix')}}}$$"),
            ("matrix", "Correct", f"The answer is {flat}."),
            ("matrix", "Correct", f"So the product is ${arr}$."),
            ("matrix", "Incorrect", f"Therefore the product is ${mat_tex(tweak)}$.")]
    return item(q=f"Compute ${mat_tex(a)} {mat_tex(b)}$.", ref=mat_tex(ab), ok=ok, ok_ans=mat_tex(ab),
                bad=wrong, bad_ans=mat_tex(ba), why="matrix multiplication is not commutative; I multiplied in the "
                "wrong order", lang="en", ds="math_like", alts=alts)


def m_line(rng: random.Random) -> dict:
    while True:
        m, c = rng.choice([-3, -2, -1, 2, 3, 4]), rng.randint(-7, 7)
        x1, x2 = rng.randint(-4, 1), rng.randint(2, 5)
        if c:
            break
    y1, y2 = m * x1 + c, m * x2 + c
    eq = f"y = {lin(m, c)}"
    bad_eq = f"y = {lin(m, -c)}"
    ok = [f"The slope is $m = \\frac{{{y2} - ({y1})}}{{{x2} - ({x1})}} = \\frac{{{y2 - y1}}}{{{x2 - x1}}} = {m}$.",
          f"Using the point $({x1}, {y1})$: $b = y - mx = {y1} - ({m})({x1}) = {c}$.",
          f"So the line is ${eq}$."]
    wrong = [f"The slope is $\\frac{{{y2 - y1}}}{{{x2 - x1}}} = {m}$.",
             f"Then $b = ({m})({x1}) - ({y1}) = {-c}$, so the line is ${bad_eq}$."]
    std = f"{lin(m, 0)} - y{term(c, '')} = 0"
    k = rng.choice([2, 3, -1])
    scaled = f"{lin(k * m, 0)}{term(-k, 'y')}{term(k * c, '')} = 0"
    alts = [("equivalent_equation", "Correct", f"In standard form the line is ${std}$."),
            ("equivalent_equation", "Correct", f"The equation of the line is ${scaled}$."),
            ("equivalent_equation", "Incorrect", f"The answer is ${lin(m, 0)} + y{term(c, '')} = 0$."),
            ("equation_vs_value", "Incorrect", f"The answer is ${m}$.")]
    return item(q=f"Find the equation of the line passing through $({x1}, {y1})$ and $({x2}, {y2})$. "
                  "Write it in the form $y = mx + b$.",
                ref=eq, ok=ok, ok_ans=eq, bad=wrong, bad_ans=bad_eq,
                why="the intercept is $b = y_1 - m x_1$, I had the sign wrong", lang="en", ds="math_like", alts=alts)


def m_bottles(rng: random.Random) -> dict:
    while True:
        r = rng.choice([1250, 2500, 3750, 4500, 6200, 8250, 9100])
        h, d = rng.choice([8, 12, 16, 20, 24]), rng.choice([30, 40, 45, 60, 90])
        n = r * h * d
        if len(str(n).rstrip("0")) <= 4:
            break
    bad = r * d
    ok = [f"Per day the factory makes {r:,} x {h} = {r * h:,} bottles.",
          f"Over {d} days: {r * h:,} x {d} = {n:,} bottles."]
    wrong = [f"The factory makes {r:,} bottles per hour and runs for {d} days.",
             f"Total: {r:,} x {d} = {bad:,} bottles."]
    short = n // 10
    alts = [("thousands_sep", "Correct", f"The answer is {commas(n)}."),
            ("thousands_sep", "Correct", f"So the factory produces {commas(n, ' ')} bottles."),
            ("thousands_sep", "Correct", f"Therefore, the final answer is $\\boxed{{{commas(n, '{,}')}}}$."),
            ("thousands_sep", "Incorrect", f"The answer is {commas(short)}."),
            ("sci_notation", "Correct", f"The total is ${sci_tex(n)}$ bottles."),
            ("sci_notation", "Correct", f"Final answer: {sci_e(n)}"),
            ("sci_notation", "Incorrect", f"The total is ${sci_tex(short)}$ bottles."),
            ("number_words", "Correct", f"The factory produces {words_en(n)} bottles."),
            ("number_words", "Incorrect", f"The factory produces {words_en(short)} bottles.")]
    return item(q=f"A factory produces {r:,} bottles per hour. It runs {h} hours a day for {d} days. How many bottles "
                  "does it produce in that time?",
                ref=rng.choice([str(n), commas(n)]), ok=ok, ok_ans=commas(n), bad=wrong, bad_ans=commas(bad), ival=n,
                why="I forgot to multiply by the number of hours per day", lang="en", ds="gsm8k_like", alts=alts)


def m_binom(rng: random.Random) -> dict:
    n, k = rng.randint(7, 16), rng.randint(2, 5)
    c, p = math.comb(n, k), math.perm(n, k)
    ok = ["The order of the members does not matter, so we count combinations.",
          f"$\\binom{{{n}}}{{{k}}} = \\frac{{{n}!}}{{{k}!\\,{n - k}!}} = {c}$."]
    wrong = [f"We choose {k} people one after another: $" + " \\times ".join(str(n - i) for i in range(k))
             + f" = {p}$.",
             f"So there are {p} ways."]
    alts = [("equation_vs_value", "Correct", f"So the answer is $\\binom{{{n}}}{{{k}}} = {c}$."),
            ("equation_vs_value", "Incorrect", f"So the answer is $\\binom{{{n}}}{{{k}}}$ multiplied by ${k}!$, "
             f"which is ${p}$."),
            ("thousands_sep", "Correct", f"There are {commas(c)} ways.")]
    return item(q=f"In how many ways can a committee of {k} people be chosen from a group of {n} people?",
                ref=str(c), ok=ok, ok_ans=str(c), bad=wrong, bad_ans=str(p), ival=c,
                why="a committee is unordered, so I must divide by $k!$", lang="en", ds="math_like", alts=alts)


def m_circle(rng: random.Random) -> dict:
    r = rng.randint(3, 15)
    ok = [f"The circumference is $2\\pi r = {2 * r}\\pi$, so $r = {r}$.",
          f"The area is $\\pi r^2 = \\pi \\cdot {r}^2 = {r * r}\\pi$."]
    wrong = [f"The circumference is ${2 * r}\\pi$, and $C = \\pi r$, so $r = {2 * r}$.",
             f"Area $= \\pi \\cdot {2 * r}^2 = {4 * r * r}\\pi$."]
    alts = [("pi_forms", "Correct", f"The area is ${r * r}π$."),
            ("pi_forms", "Correct", f"So the area equals $\\pi \\times {r * r}$."),
            ("pi_forms", "Incorrect", f"The area is ${r * r}$."),
            ("pi_forms", "Incorrect", f"The area is ${2 * r}\\pi$.")]
    return item(q=f"A circle has circumference ${2 * r}\\pi$. What is its area? "
                  "Express your answer in terms of $\\pi$.",
                ref=f"{r * r}\\pi", ok=ok, ok_ans=f"{r * r}\\pi",
                bad=wrong, bad_ans=f"{4 * r * r}\\pi", why="the circumference is $2\\pi r$, not $\\pi r$",
                lang="en", ds="math_like", alts=alts)


def sqrt_simplify(n: int) -> tuple[int, int]:
    k = 1
    for f in range(int(math.isqrt(n)), 1, -1):
        if n % (f * f) == 0:
            k = f
            break
    return k, n // (k * k)


def rad(k: int, m: int) -> str:
    if m == 1:
        return str(k)
    return f"{'' if k == 1 else k}\\sqrt{{{m}}}"


def m_hyp(rng: random.Random) -> dict:
    while True:
        a, b = rng.randint(2, 12), rng.randint(3, 15)
        s = a * a + b * b
        k, m = sqrt_simplify(s)
        kb, mb = sqrt_simplify(abs(b * b - a * a)) if a != b else (0, 0)
        if a < b and m > 1 and k > 1 and mb > 1:
            break
    ok = [f"By the Pythagorean theorem, $c^2 = {a}^2 + {b}^2 = {a * a} + {b * b} = {s}$.",
          f"So $c = \\sqrt{{{s}}} = {rad(k, m)}$."]
    wrong = [f"By Pythagoras, $c^2 = {b}^2 - {a}^2 = {b * b - a * a}$.", f"So $c = {rad(kb, mb)}$."]
    alts = [("radical_forms", "Correct", f"The hypotenuse is $\\sqrt{{{s}}}$."),
            ("radical_forms", "Correct", f"The hypotenuse has length $c = {k}\\,\\sqrt{{{m}}}$."),
            ("radical_forms", "Incorrect", f"The hypotenuse is ${k}\\sqrt{{{m + 1}}}$."),
            ("radical_forms", "Correct", f"So $c = \\sqrt{{{a}^2+{b}^2}} = {rad(k, m)}$ units.")]
    return item(q=f"A right triangle has legs of length {a} and {b}. What is the length of the hypotenuse?",
                ref=rad(k, m), ok=ok, ok_ans=rad(k, m), bad=wrong, bad_ans=rad(kb, mb),
                why="for the hypotenuse the squares of the legs are added, not subtracted", lang="en", ds="math_like",
                alts=alts)


def m_system(rng: random.Random) -> dict:
    while True:
        x, y = rng.randint(-6, 8), rng.randint(-6, 8)
        a1, b1, a2, b2 = (rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5), -rng.randint(1, 5))
        if x != y and a1 * b2 - a2 * b1 and b1 != 0:
            c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
            xb = Fraction(c1 + b1 * y, a1)
            if xb != x:
                break
    e1, e2 = f"{lin(a1, 0)}{term(b1, 'y')} = {c1}", f"{lin(a2, 0)}{term(b2, 'y')} = {c2}"
    det = a1 * b2 - a2 * b1
    ok = [f"Multiply the first equation by ${a2}$ and the second by ${a1}$, then subtract: "
          f"$({a2 * b1} - ({a1 * b2}))y = {a2 * c1} - ({a1 * c2})$, so ${-det}y = {a2 * c1 - a1 * c2}$ and $y = {y}$.",
          f"Substitute into the first equation: ${a1}x{term(b1 * y, '')} = {c1}$, so $x = {x}$.",
          f"The solution is $(x, y) = ({x}, {y})$."]
    wrong = [f"Eliminating $x$ gives $y = {y}$.",
             f"Then ${a1}x = {c1} + {b1 * y}$, so $x = {frac_tex(xb)}$.",
             f"The solution is $({frac_tex(xb)}, {y})$."]
    alts = [("set_vs_tuple", "Correct", f"So $x = {x}$ and $y = {y}$."),
            ("set_vs_tuple", "Incorrect", f"The answer is $({y}, {x})$."),
            ("set_vs_tuple", "Correct", f"The answer is $(x,y)=({x},{y})$.")]
    return item(q=f"Solve the system of equations ${e1}$ and ${e2}$. Give your answer as an ordered pair $(x, y)$.",
                ref=f"({x}, {y})", ok=ok, ok_ans=f"({x}, {y})", bad=wrong, bad_ans=f"({frac_tex(xb)}, {y})",
                why="when I moved the $y$ term across I kept its sign", lang="en", ds="math_like", alts=alts)


def m_percent(rng: random.Random) -> dict:
    p = rng.choice([20, 25, 40, 50, 80])
    whole = rng.choice([40, 60, 80, 120, 200, 240, 400])
    part = whole * p // 100
    inv = 100 * 100 // p
    ok = [f"We want $\\frac{{{part}}}{{{whole}}} \\times 100\\%$.",
          f"$\\frac{{{part}}}{{{whole}}} = {dec(Fraction(p, 100))}$, and ${dec(Fraction(p, 100))} \\times 100 = {p}$."]
    wrong = [f"$\\frac{{{whole}}}{{{part}}} \\times 100 = {inv}$."]
    alts = [("percent", "Correct", f"So {part} is ${p}\\%$ of {whole}."),
            ("percent", "Correct", f"The answer is {p} percent."),
            ("percent", "Incorrect", f"The answer is {dec(Fraction(p, 100))}."),
            ("percent", "Incorrect", f"So {part} is {dec(Fraction(p, 100))}% of {whole}.")]
    return item(q=f"What percent of {whole} is {part}?", ref=rng.choice([str(p), f"{p}\\%"]), ok=ok, ok_ans=f"{p}\\%",
                bad=wrong, bad_ans=f"{inv}\\%", why="the part goes in the numerator", lang="en", ds="math_like",
                alts=alts)


def m_mod(rng: random.Random) -> dict:
    while True:
        base, m, n = rng.randint(2, 9), rng.choice([5, 7, 9, 11, 13]), rng.randint(40, 200)
        if base % m == 0:
            continue
        cyc = []
        v = 1
        for _ in range(m + 1):
            v = v * base % m
            if v in cyc:
                break
            cyc.append(v)
        length = len(cyc)
        if cyc[-1] * base % m != cyc[0] or length < 3:
            continue
        ans = pow(base, n, m)
        assert ans == cyc[(n - 1) % length]
        badv = cyc[(n % length) % length]
        if badv != ans:
            break
    ok = [f"Powers of {base} modulo {m}: " + ", ".join(f"${base}^{{{i + 1}}} \\equiv {c}$" for i, c in enumerate(cyc))
          + f"; the cycle has length {length}.",
          f"${n} = {length} \\cdot {n // length} + {n % length}$, so ${base}^{{{n}}} \\equiv "
          f"{base}^{{{n % length if n % length else length}}} \\equiv {ans} \\pmod{{{m}}}$."]
    wrong = [f"The residues of powers of {base} modulo {m} repeat with period {length}: " + ", ".join(map(str, cyc))
             + ".", f"Since ${n} \\bmod {length} = {n % length}$, we take entry number {n % length + 1} of the list, "
             f"which is {badv}."]
    return item(q=f"What is the remainder when ${base}^{{{n}}}$ is divided by ${m}$?", ref=str(ans), ok=ok,
                ok_ans=str(ans), bad=wrong, bad_ans=str(badv), ival=ans if ans > 1 else None,
                why="I indexed the cycle off by one", lang="en", ds="math_like",
                alts=[("equation_vs_value", "Correct", f"So ${base}^{{{n}}} \\equiv {ans} \\pmod{{{m}}}$.")])


def m_buses(rng: random.Random) -> dict:
    while True:
        a, b = rng.choice([6, 8, 9, 10, 12, 15, 18, 20]), rng.choice([9, 10, 12, 15, 20, 25, 30])
        lcm = a * b // math.gcd(a, b)
        if a != b and math.gcd(a, b) > 1 and lcm not in (a, b):
            break
    ok = [f"They leave together again after the least common multiple of {a} and {b} minutes.",
          f"$\\gcd({a}, {b}) = {math.gcd(a, b)}$, so $\\operatorname{{lcm}}({a}, {b}) = \\frac{{{a} \\cdot {b}}}"
          f"{{{math.gcd(a, b)}}} = {lcm}$."]
    wrong = [f"They meet again after ${a} \\times {b} = {a * b}$ minutes."]
    alts = [("units", "Correct", f"They next leave together after {lcm} minutes."),
            ("wrong_unit", "Incorrect", f"They next leave together after {lcm} hours.")]
    if lcm % 30 == 0:
        h = Fraction(lcm, 60)
        alts.append(("units", "Correct", f"So they leave together again after {dec(h)} hour{'s' if h != 1 else ''}."))
    return item(q=f"Two buses leave a station at the same time. One leaves every {a} minutes and the other every {b} "
                  "minutes. After how many minutes will they next leave the station together?",
                ref=str(lcm), ok=ok, ok_ans=str(lcm), bad=wrong, bad_ans=str(a * b), ival=lcm,
                why="the product is a common multiple but not the least one", lang="en", ds="gsm8k_like", alts=alts)


def yuan(x: Fraction) -> str:
    return frac_plain(x) if Fraction(x).denominator == 1 else dec(x)


def z_shop(rng: random.Random) -> dict:
    while True:
        a, b = rng.randint(3, 9), rng.randint(2, 8)
        p, q = rng.choice([2, 3, 4, 5]), rng.choice([Fraction(3, 2), Fraction(5, 2), Fraction(2), Fraction(3)])
        cost = a * p + b * q
        n = 50 if cost < 45 else 100
        if cost < n:
            break
    name = rng.choice(NAMES_ZH)
    ans, bad = n - cost, n - a * p
    ok = [f"练习本一共花了：{a}×{p}={a * p}（元）", f"铅笔一共花了：{b}×{yuan(q)}={yuan(b * q)}（元）",
          f"一共花了：{a * p}+{yuan(b * q)}={yuan(cost)}（元）", f"应找回：{n}-{yuan(cost)}={yuan(ans)}（元）"]
    wrong = [f"练习本一共花了：{a}×{p}={a * p}（元）", f"应找回：{n}-{a * p}={bad}（元）"]
    alts = [("units", "Correct", f"答：应找回{yuan(ans)}元。"),
            ("wrong_unit", "Incorrect", f"答：应找回{yuan(ans)}角。")]
    if ans.denominator == 1:
        alts.append(("chinese_numerals", "Correct", f"所以应找回{zh_num(int(ans))}元。"))
    else:
        alts.append(("units", "Correct", f"所以应找回{int(ans)}元{int((ans - int(ans)) * 10)}角。"))
    return item(q=f"{name}买了{a}本练习本，每本{p}元，又买了{b}支铅笔，每支{yuan(q)}元。"
                  f"付给售货员{n}元，应找回多少元？",
                ref=yuan(ans), ok=ok, ok_ans=yuan(ans), bad=wrong, bad_ans=str(bad),
                ival=int(ans) if ans.denominator == 1 else None,
                why="漏算了铅笔的钱", lang="zh", ds="cmath_like", alts=alts)


def z_drive(rng: random.Random) -> dict:
    while True:
        s1, s2 = rng.choice([40, 50, 60, 70, 80]), rng.choice([30, 50, 60, 90])
        t1, t2 = rng.randint(2, 5), rng.randint(1, 4)
        if s1 != s2 and t1 != t2:
            break
    ans, bad = s1 * t1 + s2 * t2, (s1 + s2) * (t1 + t2) // 2
    ok = [f"第一段路程：{s1}×{t1}={s1 * t1}（千米）", f"第二段路程：{s2}×{t2}={s2 * t2}（千米）",
          f"一共行驶：{s1 * t1}+{s2 * t2}={ans}（千米）"]
    wrong = [f"平均速度：({s1}+{s2})÷2={(s1 + s2) // 2}（千米/时）", f"总时间：{t1}+{t2}={t1 + t2}（小时）",
             f"一共行驶：{(s1 + s2) // 2}×{t1 + t2}={bad}（千米）"]
    alts = [("units", "Correct", f"答：这辆汽车一共行驶了{ans}公里。"),
            ("units", "Correct", f"所以一共行驶了{ans * 1000}米。"),
            ("wrong_unit", "Incorrect", f"答：一共行驶了{ans}米。"),
            ("units", "Correct", f"答案是 ${ans}\\text{{ km}}$。")]
    return item(q=f"一辆汽车先以每小时{s1}千米的速度行驶了{t1}小时，又以每小时{s2}千米的速度行驶了{t2}小时。"
                  "这辆汽车一共行驶了多少千米？",
                ref=str(ans), ok=ok, ok_ans=f"{ans}千米", bad=wrong, bad_ans=f"{bad}千米", ival=ans,
                why="两段时间不同，不能用速度的平均数来算", lang="zh", ds="mgsm_zh_like", alts=alts)


def z_chicken(rng: random.Random) -> dict:
    while True:
        c, r = rng.randint(3, 30), rng.randint(3, 30)
        if c != r:
            break
    h, f = c + r, 2 * c + 4 * r
    ok = [f"假设{h}只全是鸡，则应有脚：{h}×2={2 * h}（只）",
          f"实际多出：{f}-{2 * h}={f - 2 * h}（只）",
          f"每把一只鸡换成一只兔，脚多2只，所以兔有：{f - 2 * h}÷2={r}（只）",
          f"鸡有：{h}-{r}={c}（只）"]
    wrong = [f"假设全是兔，则应有脚：{h}×4={4 * h}（只）", f"多出：{4 * h}-{f}={4 * h - f}（只）",
             f"所以兔有：{4 * h - f}÷2={c}（只），鸡有：{h}-{c}={r}（只）"]
    alts = [("swapped_values", "Correct", f"所以笼中有{c}只鸡、{r}只兔。"),
            ("swapped_values", "Incorrect", f"答：鸡{r}只，兔{c}只。"),
            ("chinese_numerals", "Correct", f"答：鸡有{zh_num(c)}只，兔有{zh_num(r)}只。"),
            ("partial_answer", "Incorrect", f"答：兔有{r}只。")]
    return item(q=f"笼子里有若干只鸡和兔，从上面数有{h}个头，从下面数有{f}只脚。鸡和兔各有多少只？",
                ref=f"鸡{c}只，兔{r}只", ok=ok, ok_ans=f"鸡{c}只，兔{r}只", bad=wrong, bad_ans=f"鸡{r}只，兔{c}只",
                why="假设全是兔时，算出的多余脚数除以2得到的是鸡的只数，不是兔的只数", lang="zh", ds="cmath_like",
                alts=alts)


def z_population(rng: random.Random) -> dict:
    while True:
        p = rng.choice([250000, 300000, 320000, 350000, 400000, 450000, 1200000])
        k = rng.choice([4, 5, 8, 10, 12, 20])
        n = p * (100 + k) // 100
        if p * (100 + k) % 100 == 0 and len(str(n).rstrip("0")) <= 4:
            break
    inc = p * k // 100
    short = n // 10
    ok = [f"今年比去年增加了：{p}×{k}%={inc}（人）", f"今年人口：{p}+{inc}={n}（人）"]
    wrong = [f"增加的人数为：{p}×{k}%={inc}（人）", f"所以今年人口是{inc}人。"]
    alts = [("chinese_numerals", "Correct", f"答：今年该市人口是{zh_num(n)}人。"),
            ("chinese_numerals", "Incorrect", f"答：今年该市人口是{zh_num(short)}人。"),
            ("chinese_numerals", "Correct", f"所以今年人口为{wan(n)}人。"),
            ("chinese_numerals", "Incorrect", f"所以今年人口为{wan(short)}人。"),
            ("thousands_sep", "Correct", f"答案是{commas(n)}人。"),
            ("sci_notation", "Correct", f"今年人口为 ${sci_tex(n)}$ 人。")]
    return item(q=f"某区去年人口为{p}人，今年比去年增加了{k}%。今年该区人口是多少人？",
                ref=rng.choice([str(n), sci_tex(n), commas(n)]), ok=ok, ok_ans=str(n), bad=wrong, bad_ans=str(inc),
                ival=n, why="题目问的是今年的人口，不是增加的人数", lang="zh", ds="cmath_like", alts=alts)


def z_rope(rng: random.Random) -> dict:
    while True:
        length, k, j = rng.choice([12, 15, 18, 20, 24, 30, 36]), rng.randint(2, 6), rng.randint(2, 6)
        rem1 = Fraction(length) * (1 - Fraction(1, k))
        ans = rem1 * (1 - Fraction(1, j))
        bad = Fraction(length) * (1 - Fraction(1, k) - Fraction(1, j))
        shown = [ans, rem1, bad, Fraction(length, k), rem1 / j]
        if bad > 0 and bad != ans and all(terminating(v) for v in shown):
            break
    ok = [f"第一次用去：{length}×$\\frac{{1}}{{{k}}}$={yuan(Fraction(length, k))}（米），剩下{yuan(rem1)}米",
          f"第二次用去：{yuan(rem1)}×$\\frac{{1}}{{{j}}}$={yuan(rem1 / j)}（米）",
          f"还剩：{yuan(rem1)}-{yuan(rem1 / j)}={yuan(ans)}（米）"]
    wrong = [f"两次共用去全长的 $\\frac{{1}}{{{k}}}+\\frac{{1}}{{{j}}}={frac_tex(Fraction(1, k) + Fraction(1, j))}$",
             f"还剩：{length}×(1-{frac_plain(Fraction(1, k) + Fraction(1, j))})={yuan(bad)}（米）"]
    alts = [("units", "Correct", f"答：这根绳子还剩{yuan(ans)}米。")]
    if ans.denominator != 1:
        alts.append(("fraction_decimal", "Correct", f"所以还剩 ${frac_tex(ans)}$ 米。"))
        alts.append(("wrong_unit", "Incorrect", f"所以还剩{yuan(ans)}厘米。"))
    else:
        alts.append(("chinese_numerals", "Correct", f"还剩{zh_num(int(ans))}米。"))
    return item(q=f"一根绳子长{length}米，第一次用去全长的$\\frac{{1}}{{{k}}}$，第二次用去剩下的$\\frac{{1}}{{{j}}}$。"
                  "这根绳子还剩多少米？",
                ref=yuan(ans), ok=ok, ok_ans=yuan(ans), bad=wrong, bad_ans=yuan(bad),
                ival=int(ans) if ans.denominator == 1 else None,
                why=f"第二次用去的是剩下的$\\frac{{1}}{{{j}}}$，不是全长的", lang="zh", ds="cmath_like", alts=alts)


def z_percent(rng: random.Random) -> dict:
    while True:
        n = rng.choice([40, 45, 48, 50, 25, 32, 36, 60])
        k = rng.randint(n // 4, 3 * n // 4)
        p = Fraction(100 * k, n)
        if terminating(p) and 2 * k != n:
            break
    ok = [f"男生占全班的：{k}÷{n}={dec(Fraction(k, n))}", f"{dec(Fraction(k, n))}={dec(p)}%"]
    wrong = [f"女生有：{n}-{k}={n - k}（人）", f"{n - k}÷{n}={dec(Fraction(n - k, n))}={dec(100 - p)}%"]
    alts = [("percent", "Correct", f"答：男生人数占全班人数的{dec(p)}%。"),
            ("percent", "Incorrect", f"答：男生占全班的{dec(p / 100)}%。")]
    if p.denominator == 1:
        alts.append(("chinese_numerals", "Correct", f"所以男生占全班人数的百分之{zh_num(int(p))}。"))
    return item(q=f"某班有{n}名学生，其中男生{k}人。男生人数占全班人数的百分之几？",
                ref=f"{dec(p)}\\%", ok=ok, ok_ans=f"{dec(p)}\\%", bad=wrong, bad_ans=f"{dec(100 - p)}\\%",
                why="题目问的是男生所占的百分比", lang="zh", ds="cmath_like", alts=alts)


def z_equation(rng: random.Random) -> dict:
    while True:
        a, b, c = rng.randint(2, 9), rng.randint(1, 12), rng.randint(-30, 40)
        x, xb = b + Fraction(c, a), Fraction(c + b, a)
        if c and x != xb and x.denominator == 1:
            break
    ok = [f"方程两边同时除以{a}：$x - {b} = {frac_tex(Fraction(c, a))}$", f"移项得：$x = {frac_tex(x)}$"]
    wrong = [f"去括号得：${a}x - {b} = {c}$", f"移项得：${a}x = {c + b}$，所以 $x = {frac_tex(xb)}$"]
    alts = [("equation_vs_value", "Correct", f"所以方程的解是 $x={frac_tex(x)}$。"),
            ("equation_vs_value", "Correct", f"答案：{frac_tex(x)}")]
    return item(q=f"解方程：${a}(x - {b}) = {c}$", ref=rng.choice([f"x={frac_tex(x)}", frac_tex(x)]), ok=ok,
                ok_ans=f"x={frac_tex(x)}", bad=wrong, bad_ans=f"x={frac_tex(xb)}",
                ival=int(x) if x > 1 else None, why=f"去括号时{b}也要乘以{a}", lang="zh", ds="cmath_like",
                alts=alts)


def z_ineq(rng: random.Random) -> dict:
    while True:
        p, q = rng.randint(-7, 5), rng.randint(-5, 8)
        if p < q and p and q and p + q:
            break
    b, c = -(p + q), p * q
    poly = f"x^2{term(b)}{term(c, '')}"
    ref = f"(-\\infty,{p})\\cup({q},+\\infty)"
    ok = [f"因式分解：${poly} = (x{term(-p, '')})(x{term(-q, '')})$，两根为 ${p}$ 和 ${q}$。",
          "二次函数开口向上，函数值大于0的部分在两根之外。",
          f"所以解集为 ${ref}$。"]
    wrong = [f"方程 ${poly}=0$ 的两根为 ${p}$ 和 ${q}$。", f"所以不等式的解集为 $({p},{q})$。"]
    alts = [("interval_open_closed", "Correct", f"所以不等式的解集为 $\\{{x \\mid x<{p} \\text{{ 或 }} x>{q}\\}}$。"),
            ("interval_open_closed", "Correct", f"答案是 x<{p} 或 x>{q}。"),
            ("interval_open_closed", "Incorrect", f"所以解集为 $x \\le {p}$ 或 $x \\ge {q}$。"),
            ("interval_open_closed", "Incorrect", f"故解集为 $(-\\infty,{p}]\\cup[{q},+\\infty)$。")]
    return item(q=f"解不等式 ${poly} > 0$。", ref=ref, ok=ok, ok_ans=ref, bad=wrong, bad_ans=f"({p},{q})",
                why="开口向上的抛物线在两根之间取负值", lang="zh", ds="olympiadbench_zh_like", alts=alts)


def z_work(rng: random.Random) -> dict:
    while True:
        a, b = rng.randint(3, 15), rng.randint(4, 20)
        t = Fraction(a * b, a + b)
        if a < b and t.denominator != 1:
            break
    bad = Fraction(a + b, 2)
    ok = [f"甲每天完成工程的$\\frac{{1}}{{{a}}}$，乙每天完成$\\frac{{1}}{{{b}}}$。",
          f"合作每天完成：$\\frac{{1}}{{{a}}}+\\frac{{1}}{{{b}}}=\\frac{{{a + b}}}{{{a * b}}}$",
          f"需要：$1 \\div \\frac{{{a + b}}}{{{a * b}}} = {frac_tex(t)}$（天）"]
    wrong = [f"两人平均需要：$({a}+{b})\\div 2 = {frac_tex(bad)}$（天）", f"所以合作需要${frac_tex(bad)}$天。"]
    whole, rem = divmod(t.numerator, t.denominator)
    alts = [("units", "Correct", f"答：两人合作需要 ${frac_tex(t)}$ 天完成。")]
    if whole:
        alts.append(("fraction_decimal", "Correct", f"所以需要 ${whole}\\frac{{{rem}}}{{{t.denominator}}}$ 天。"))
    if terminating(t):
        alts.append(("fraction_decimal", "Correct", f"所以需要{dec(t)}天。"))
    return item(q=f"一项工程，甲单独做需要{a}天完成，乙单独做需要{b}天完成。两人合作，需要多少天完成？",
                ref=frac_tex(t), ok=ok, ok_ans=frac_tex(t), bad=wrong, bad_ans=frac_tex(bad),
                why="工作效率可以相加，工作时间不能取平均", lang="zh", ds="cmath_like", alts=alts)


def z_trees(rng: random.Random) -> dict:
    d = rng.choice([4, 5, 6, 8, 10, 12, 15])
    length = d * rng.randint(12, 60)
    sides = rng.choice([1, 2])
    gaps = length // d
    ans, bad = (gaps + 1) * sides, gaps * sides
    side_txt = "一边" if sides == 1 else "两边"
    ok = [f"间隔数：{length}÷{d}={gaps}（个）", f"两端都种，每边棵数=间隔数+1={gaps + 1}（棵）"]
    if sides == 2:
        ok.append(f"两边一共：{gaps + 1}×2={ans}（棵）")
    wrong = [f"一共要种：{length}÷{d}={gaps}（棵）"] + ([f"两边共{gaps}×2={bad}（棵）"] if sides == 2 else [])
    alts = [("units", "Correct", f"答：一共要种{ans}棵树。"),
            ("chinese_numerals", "Correct", f"答：一共需要种{zh_num(ans)}棵。")]
    return item(q=f"一条路长{length}米，在路的{side_txt}每隔{d}米种一棵树（两端都种）。一共要种多少棵树？",
                ref=str(ans), ok=ok, ok_ans=str(ans), bad=wrong, bad_ans=str(bad), ival=ans,
                why="两端都种时，棵数比间隔数多1", lang="zh", ds="cmath_like", alts=alts)


MATH_TEMPLATES = [m_shop, m_train, m_discount, m_savings, m_eggs, m_glasses, m_ages, m_pipes, m_lineq, m_quadroots,
                  m_series, m_dice, m_lin_ineq, m_quad_ineq, m_matrix, m_line, m_bottles, m_binom, m_circle, m_hyp,
                  m_system, m_percent, m_mod, m_buses, z_shop, z_drive, z_chicken, z_population, z_rope, z_percent,
                  z_equation, z_ineq, z_work, z_trees]


# ----------------------------------------------------------------------------------------------------------------
# composing a math output for one (item, trap, label)


def mth(a: str) -> str:
    """Wrap a LaTeX-looking answer in $...$ for use inside prose."""
    return f"${a}$" if ("\\" in a or "^" in a) and "$" not in a else a


def followup_block(rng: random.Random, lang: str, target: int) -> str:
    x = rng.randint(1, max(1, target - 1))
    y = target - x
    name = rng.choice(NAMES_M + NAMES_F) if lang == "en" else rng.choice(NAMES_ZH)
    kind = rng.randrange(3)
    if lang == "en":
        if kind == 0:
            return (f"**Follow-up question:** {name} has {x} stickers and buys {y} more. How many stickers does "
                    f"{name} have now?\n\n**Answer:** {x} + {y} = {target}. The answer is {target}.")
        if kind == 1:
            return (f"Question 2: A box holds {target + x} pencils. {name} takes out {x}. How many pencils are left?\n"
                    f"Solution: {target + x} - {x} = {target}.\nThe answer is {target}.")
        return (f"### Bonus problem\nWhat is {x} + {y}?\n\n{x} + {y} = {target}, so the final answer is "
                f"$\\boxed{{{target}}}$.")
    if kind == 0:
        return (f"**问题2：**{name}有{x}张贴纸，又买了{y}张，现在一共有多少张？\n\n"
                f"**解答：**{x}+{y}={target}（张），答案是{target}。")
    if kind == 1:
        return (f"【拓展练习】一箱铅笔有{target + x}支，{name}拿走了{x}支，还剩多少支？\n"
                f"解：{target + x}-{x}={target}（支）\n答案是{target}。")
    return f"下一题：计算 {x}+{y}。\n\n{x}+{y}={target}，所以答案为 $\\boxed{{{target}}}$。"


def fewshot_block(rng: random.Random, lang: str, target: int) -> str:
    x = rng.randint(2, 9)
    y = target * x
    name = rng.choice(NAMES_F) if lang == "en" else rng.choice(NAMES_ZH)
    if lang == "en":
        return (f"Question: {name} shares {y} marbles equally among {x} friends. How many marbles does each friend "
                f"get?\nAnswer: Let's think step by step. {y} / {x} = {target}. The answer is {target}.")
    return (f"问题：{name}把{y}颗糖平均分给{x}个小朋友，每人分到几颗？\n"
            f"回答：让我们一步一步思考。{y}÷{x}={target}。答案是{target}。")


def answer_forms(it: dict) -> list[str]:
    forms = [it["ok_ans"], it["ref"]]
    if it["ival"] is not None:
        forms += [str(it["ival"]), commas(it["ival"])]
    return [f for f in forms if f]


def first_hit(text: str, forms: list[str], lo: int) -> str:
    best, hit = len(text), ""
    for f in forms:
        i = text.find(f, lo)
        if i != -1 and i < best:
            best, hit = i, f
    return hit


def compose_math(rng: random.Random, it: dict, trap: str, label: str) -> str:
    lang, en = it["lang"], it["lang"] == "en"
    ok, bad = list(it["ok"]), list(it["bad"])
    oka, bada = it["ok_ans"], it["bad_ans"]
    okd, badd = dress(rng, lang, it["q"], ok), dress(rng, lang, it["q"], bad)

    def fin(a: str, kind: str = "any") -> str:
        if kind == "any":
            kind = rng.choice(["boxed", "plain"])
        return final(rng, lang, a, kind)

    def concl(a: str) -> str:
        return (f"So the answer is {mth(a)}." if en else f"所以答案是{mth(a)}。")

    think = rng.random() < 0.45
    passes = rng.choice([0, 1, 1, 2, 3])
    very_long = rng.random() < 0.5

    def think_version(rng_, lang_, paras_, passes_):
        if very_long:
            return long_think(rng_, lang_, it["q"], paras_, rng_.randint(3, 8))
        return globals()["think_version"](rng_, lang_, paras_, passes_)
    alt = [a for a in it["alts"] if a[0] == trap and a[1] == label]
    if alt:
        line = rng.choice(alt)[2]
        if think:
            return render(rng, lang, ok, line, think=think_version(rng, lang, okd, passes) + [concl(oka)])
        return render(rng, lang, okd, line)
    if trap in ("plain", "boxed"):
        paras, a = (okd, oka) if label == "Correct" else (badd, bada)
        if trap == "boxed":
            box = rng.choice(["\\boxed{%s}", "\\boxed{\\boxed{%s}}", "\\fbox{%s}", "\\boxed{%s}"])
            if len(a) == 1 and rng.random() < 0.5:
                box = "\\boxed %s"
            tail = rng.choice(["Final answer: $%s$" if en else "最终答案：$%s$", "$$%s$$",
                               "So the answer is $%s$." if en else "所以答案为 $%s$。"])
            line = tail % (box % a)
        else:
            line = fin(a, rng.choice(["any", "plain"]))
        if think:
            return render(rng, lang, paras, line, think=think_version(rng, lang, paras, passes) + [concl(a)])
        return render(rng, lang, paras, line, style=rng.choice([None, "plain", "prose"]))
    if trap == "self_correction":
        w = wait_en(rng) if en else wait_zh(rng)
        if label == "Correct":
            note1 = Note(rng.choice([f"So the answer is {mth(bada)}.", f"That gives $\\boxed{{{bada}}}$."] if en else
                                    [f"所以答案是{mth(bada)}。", f"得到 $\\boxed{{{bada}}}$。"]))
            note2 = Note(f"{w}{'I made a mistake: ' if en else '我刚才错了：'}{it['why']}"
                         f"{'. Let me redo this.' if en else '。重新计算。'}")
            paras, a = badd + [note1, note2] + ok, oka
        else:
            note1 = Note(rng.choice([f"So the answer is {mth(oka)}.", f"This gives $\\boxed{{{oka}}}$."] if en else
                                    [f"所以答案是{mth(oka)}。", f"得到 $\\boxed{{{oka}}}$。"]))
            note2 = Note(w + rng.choice(["I think I misread the problem. Let me reconsider.",
                                         "that doesn't look right. Let me try it another way.",
                                         "I should double-check the setup; I think it's different."] if en else
                                        ["好像理解错了题意，重新考虑。", "这样做不对，换一种方法。"]))
            paras, a = okd + [note1, note2] + bad, bada
        if think:
            return render(rng, lang, ok if label == "Correct" else bad, fin(a), think=[str(p) for p in paras])
        return render(rng, lang, paras, fin(a), style=rng.choice(["plain", "prose", "md"]))
    if trap == "hedged":
        paras = okd if rng.random() < 0.6 else ok[: max(1, len(ok) // 2)] + [Note(
            "But the problem could also be read differently." if en else "不过题目也可以有另一种理解。")] + bad
        return render(rng, lang, paras, hedge(rng, lang, mth(oka), mth(bada)))
    if trap == "truncated":
        if think:
            text = render(rng, lang, [], "", think=think_version(rng, lang, okd, passes), think_closed=False)
        else:
            text = render(rng, lang, okd, "")
        lo = int(len(text) * 0.45)
        return cut_before(text, first_hit(text, answer_forms(it), lo), rng)
    if trap == "no_answer":
        if rng.random() < 0.5:
            return refusal(rng, lang)
        return render(rng, lang, ok[: max(1, len(ok) // 2)], refusal(rng, lang))
    if trap == "rejected_value":
        if label == "Incorrect":
            note = Note(rng.choice([f"A quick first guess would be {mth(oka)}, but that can't be right, so let me "
                                    "compute it properly.",
                                    f"It is tempting to answer {mth(oka)}, but that ignores part of the problem."]
                                   if en else [f"直觉上答案是{mth(oka)}，但这样不对，下面认真计算。"]))
            return render(rng, lang, after_intro(badd, [note]), fin(bada))
        note = Note(rng.choice([f"A common mistake here is to get {mth(bada)}; let's avoid that.",
                                f"One might be tempted to answer {mth(bada)}, but that would be wrong."]
                               if en else [f"容易错算成{mth(bada)}，要注意。"]))
        return render(rng, lang, after_intro(okd, [note]), fin(oka))
    if trap == "followup_question":
        if label == "Correct":
            other = (it["ival"] or 7) + rng.choice([3, 5, 11, 17])
            return render(rng, lang, okd, fin(oka)) + "\n\n" + followup_block(rng, lang, other)
        return render(rng, lang, badd, fin(bada)) + "\n\n" + followup_block(rng, lang, it["ival"])
    if trap == "fewshot_recital":
        qa = ("Question: " if en else "问题：") + it["q"] + ("\nAnswer: Let's think step by step. " if en else
                                                            "\n回答：让我们一步一步思考。")
        if label == "Correct":
            ex = fewshot_block(rng, lang, (it["ival"] or 6) + rng.choice([2, 4, 9]))
            return ex + "\n\n" + qa + "\n\n" + render(rng, lang, ok, fin(oka), style="prose", opener=False)
        ex = fewshot_block(rng, lang, it["ival"])
        return ex + "\n\n" + qa.rstrip()
    if trap == "question_echo":
        if label == "Correct":
            return it["q"] + "\n\n" + render(rng, lang, ok, fin(oka))
        return rng.choice([it["q"], it["q"] + "\n\n" + it["q"], ("Question: " if en else "问题：") + it["q"]
                           + ("\nLet's think step by step." if en else "\n让我们一步一步思考。")])
    if trap == "repetition_truncation":
        n = rng.randint(3200, 6500)
        if label == "Correct":
            head = render(rng, lang, okd, fin(oka, "plain"))
            loop = "\n\n" + (f"The answer is {mth(oka)}." if en else f"答案是{mth(oka)}。")
            return head + loop * max(1, n // len(loop)) + ("\n\nThe answer" if en else "\n\n答案")
        head = render(rng, lang, ok[:-1], "")
        rep = rng.choice([f"\n\nLet me check this again. {ok[0]}", f"\n\n{ok[-2] if len(ok) > 1 else ok[0]}",
                          "\n\nWait, let me re-read the problem." if en else "\n\n再检查一遍。"])
        return head + repeat_until(rep, n)
    if trap == "think_mismatch":
        if label == "Correct":
            tb = think_version(rng, lang, bad, 0) + [concl(bada), Note(
                "Hmm, let me write up the solution carefully." if en else "好，下面整理解题过程。")]
            return render(rng, lang, okd, fin(oka), think=tb)
        tb = think_version(rng, lang, okd, passes) + [concl(oka)]
        return render(rng, lang, bad, fin(bada), think=tb)
    raise ValueError(f"unknown math trap {trap}/{label}")


# ----------------------------------------------------------------------------------------------------------------
# multiple choice: a hand-written pool (question, options, index of the answer, why, a distractor and its bad why)


def mc(ds, lang, q, opts, ans, why, dis, dwhy):
    return dict(ds=ds, lang=lang, q=q, opts=opts, ans=ans, why=why, dis=dis, dwhy=dwhy)


MC_POOL = [
    mc("mmlu_like", "en", "Which planet in our Solar System is known as the Red Planet?",
       ["Venus", "Mars", "Jupiter", "Mercury"], 1,
       "Mars looks red because its surface is rich in iron oxide.", 0,
       "Venus is the hottest planet and glows brightly, so it is the one usually described as red."),
    mc("mmlu_like", "en", "What is the chemical symbol for sodium?", ["So", "Sd", "Na", "S"], 2,
       "The symbol Na comes from the Latin name natrium.", 0, "Symbols are usually the first letters of the name, so "
       "sodium should be So."),
    mc("arc_like", "en", "Which part of a plant cell is the main site of photosynthesis?",
       ["Mitochondrion", "Chloroplast", "Nucleus", "Cell wall"], 1,
       "Chloroplasts contain chlorophyll, which captures light energy for photosynthesis.", 0,
       "Mitochondria produce the cell's energy, so photosynthesis happens there."),
    mc("mmlu_like", "en", "What is the SI unit of force?", ["Joule", "Watt", "Newton", "Pascal"], 2,
       "Force is measured in newtons; 1 N = 1 kg m/s^2.", 0,
       "Force relates to energy, and energy is measured in joules."),
    mc("mmlu_like", "en", "Who wrote the novel \"Pride and Prejudice\"?",
       ["Charlotte Brontë", "Jane Austen", "George Eliot", "Mary Shelley"], 1,
       "Pride and Prejudice (1813) is Jane Austen's best-known novel.", 0,
       "Charlotte Brontë wrote the classic English romance novels of that era, including this one."),
    mc("mmlu_like", "en", "In a competitive market, a binding price ceiling set below the equilibrium price will most "
       "likely lead to", ["a surplus of the good", "a shortage of the good", "no change in the quantity traded",
                          "an increase in supply"], 1,
       "At a price below equilibrium, quantity demanded exceeds quantity supplied, so there is a shortage.", 0,
       "A ceiling limits the price, so producers cannot sell everything and a surplus builds up."),
    mc("mmlu_like", "en", "What is the derivative of $\\sin x$ with respect to $x$?",
       ["$\\cos x$", "$-\\cos x$", "$\\sin x$", "$-\\sin x$"], 0,
       "By the standard rule, $\\frac{d}{dx}\\sin x = \\cos x$.", 1,
       "Differentiating a trigonometric function introduces a minus sign, so the derivative is $-\\cos x$."),
    mc("arc_like", "en", "Which organ of the human body produces insulin?",
       ["Liver", "Pancreas", "Kidney", "Spleen"], 1,
       "Insulin is made by the beta cells in the islets of Langerhans of the pancreas.", 0,
       "The liver regulates blood sugar, so it must be the organ that produces insulin."),
    mc("mmlu_like", "en", "Which data structure follows the last-in, first-out (LIFO) principle?",
       ["Queue", "Stack", "Heap", "Hash table"], 1,
       "A stack removes the most recently added element first, which is LIFO.", 0,
       "A queue processes elements in order, which is the LIFO principle."),
    mc("mmlu_like", "en", "What is the worst-case time complexity of binary search on a sorted array of $n$ elements?",
       ["$O(n)$", "$O(\\log n)$", "$O(n \\log n)$", "$O(1)$"], 1,
       "Each comparison halves the search range, so at most about $\\log_2 n$ steps are needed.", 0,
       "In the worst case we may have to look at every element, which is linear time."),
    mc("arc_like", "en", "The process in which a solid changes directly into a gas is called",
       ["condensation", "sublimation", "evaporation", "deposition"], 1,
       "Sublimation is the phase change from solid directly to gas, as with dry ice.", 3,
       "Deposition describes a direct change between the solid and gas phases, so it fits."),
    mc("mmlu_like", "en", "Which amendment to the U.S. Constitution abolished slavery?",
       ["The First Amendment", "The Fifth Amendment", "The Thirteenth Amendment", "The Nineteenth Amendment"], 2,
       "The Thirteenth Amendment, ratified in 1865, abolished slavery.", 3,
       "The Nineteenth Amendment extended rights after the Civil War, including ending slavery."),
    mc("mmlu_like", "en", "Which of the following is NOT a noble gas?", ["Helium", "Neon", "Argon", "Nitrogen"], 3,
       "Helium, neon and argon are in group 18; nitrogen is in group 15.", 2,
       "Argon is reactive enough to form compounds easily, so it is not a noble gas."),
    mc("gpqa_like", "en", "A sample of a radioactive isotope has a half-life of 8 days. What fraction of the original "
       "sample remains after 24 days?", ["1/3", "1/4", "1/8", "1/16"], 2,
       "24 days is three half-lives, so the remaining fraction is $(1/2)^3 = 1/8$.", 0,
       "24 days is three times the half-life, so one third of the sample remains."),
    mc("mmlu_like", "en", "Which logical fallacy attacks the person making an argument rather than the argument "
       "itself?", ["Straw man", "Ad hominem", "Slippery slope", "Red herring"], 1,
       "Ad hominem means 'to the person': it targets the arguer instead of the claim.", 0,
       "A straw man misrepresents the person, which is the same as attacking them."),
    mc("arc_like", "en", "Which layer of Earth's atmosphere contains most of the ozone layer?",
       ["Troposphere", "Stratosphere", "Mesosphere", "Thermosphere"], 1,
       "The ozone layer lies mainly in the lower stratosphere, about 15-35 km up.", 0,
       "The troposphere is where most gases are, so the ozone must be there as well."),
    mc("mmlu_like", "en", "In a perfectly competitive market, individual firms are best described as",
       ["price makers", "price takers", "monopolists", "oligopolists"], 1,
       "Each firm is too small to influence the market price, so it takes the price as given.", 0,
       "Each firm sets its own price to maximize profit, so firms are price makers."),
    mc("arc_like", "en", "Which of the following is a renewable energy source?", ["Coal", "Natural gas", "Wind", "Oil"],
       2, "Wind is replenished naturally; coal, gas and oil are fossil fuels.", 1,
       "Natural gas is cleaner than coal and oil, which makes it the renewable option."),
    mc("mmlu_like", "en", "What is the median of the data set 3, 9, 4, 7, 12?", ["4", "7", "8", "9"], 1,
       "Sorted, the data are 3, 4, 7, 9, 12; the middle value is 7.", 0,
       "The middle entry of the list 3, 9, 4, 7, 12 is the third one, which is 4."),
    mc("gpqa_like", "en", "Which quantity is conserved in a perfectly inelastic collision between two carts on a "
       "frictionless track?", ["Kinetic energy only", "Momentum only", "Both momentum and kinetic energy",
                               "Neither momentum nor kinetic energy"], 1,
       "Momentum is conserved in every collision with no external force; kinetic energy is lost when the carts stick.",
       2, "With no friction nothing is lost, so both momentum and kinetic energy are conserved."),
    mc("mmlu_like", "en", "Which country gifted the Statue of Liberty to the United States?",
       ["United Kingdom", "France", "Spain", "Italy"], 1,
       "The statue was a gift from the people of France, dedicated in 1886.", 0,
       "The United Kingdom had the closest ties to the U.S., so it gave the statue."),
    mc("arc_like", "en", "What is the pH of pure water at 25 °C?", ["0", "1", "7", "14"], 2,
       "Pure water is neutral, and neutral pH at 25 °C is 7.", 3,
       "Water has the maximum pH because it is not an acid."),
    mc("mmlu_like", "en", "Newton's second law of motion is usually written as", ["$F = ma$", "$E = mc^2$",
                                                                               "$V = IR$", "$PV = nRT$"], 0,
       "The second law relates net force, mass and acceleration: $F = ma$.", 1,
       "The most famous equation in physics, $E = mc^2$, is Newton's second law."),
    mc("gpqa_like", "en", "A gene has two alleles, B (dominant) and b (recessive). Two heterozygous parents (Bb x Bb) "
       "have a child. What is the probability that the child shows the recessive phenotype?",
       ["0", "1/4", "1/2", "3/4"], 1,
       "The Punnett square gives BB, Bb, bB, bb; only bb (1 of 4) shows the recessive phenotype.", 3,
       "Three of the four combinations contain a b allele, so the probability is 3/4."),
    mc("cmmlu_like", "zh", "中华人民共和国的首都是哪座城市？", ["上海", "北京", "广州", "南京"], 1,
       "中华人民共和国的首都是北京。", 0, "上海是中国最大的城市，所以是首都。"),
    mc("cmmlu_like", "zh", "《红楼梦》的作者是", ["罗贯中", "施耐庵", "曹雪芹", "吴承恩"], 2,
       "《红楼梦》的作者是清代的曹雪芹。", 0, "罗贯中是四大名著的作者之一，《红楼梦》也是他写的。"),
    mc("ceval_like", "zh", "植物细胞中进行光合作用的主要场所是", ["线粒体", "叶绿体", "细胞核", "液泡"], 1,
       "叶绿体含有叶绿素，是光合作用的场所。", 0, "线粒体是能量工厂，光合作用也在线粒体中进行。"),
    mc("cmmlu_like", "zh", "下列数中，哪一个是质数？", ["21", "27", "31", "35"], 2,
       "21=3×7，27=3×9，35=5×7，只有31只能被1和它本身整除。", 3, "35只有5这个因数以外没有别的因数，是质数。"),
    mc("cmmlu_like", "zh", "诗句“床前明月光，疑是地上霜”的作者是", ["杜甫", "李白", "白居易", "王维"], 1,
       "这两句出自李白的《静夜思》。", 0, "这首诗风格沉郁，应是杜甫所作。"),
    mc("ceval_like", "zh", "中华人民共和国成立于哪一年？", ["1945年", "1949年", "1950年", "1911年"], 1,
       "1949年10月1日中华人民共和国成立。", 0, "1945年抗日战争胜利，同年新中国成立。"),
    mc("cmmlu_like", "zh", "下列动物中，不属于哺乳动物的是", ["鲸", "蝙蝠", "企鹅", "海豚"], 2,
       "鲸、蝙蝠、海豚都是哺乳动物，企鹅是鸟类。", 1, "蝙蝠会飞，属于鸟类，不是哺乳动物。"),
    mc("ceval_like", "zh", "我国最长的河流是", ["黄河", "长江", "珠江", "黑龙江"], 1,
       "长江全长约6300千米，是我国第一长河。", 0, "黄河是中华民族的母亲河，所以最长。"),
    mc("ceval_like", "zh", "在市场经济中，当某商品的价格高于均衡价格时，通常会出现",
       ["供不应求", "供过于求", "供求平衡", "价格保持不变"], 1,
       "价格高于均衡价格时，供给量大于需求量，出现供过于求。", 0, "价格高说明东西抢手，所以供不应求。"),
    mc("cmmlu_like", "zh", "人体最大的器官是", ["肝脏", "皮肤", "心脏", "肺"], 1,
       "按面积和重量计，皮肤是人体最大的器官。", 0, "肝脏是人体最大的内脏器官，所以是最大的器官。"),
    mc("ceval_like", "zh", "牛顿第一定律又称为", ["惯性定律", "万有引力定律", "能量守恒定律", "欧姆定律"], 0,
       "牛顿第一定律描述物体保持静止或匀速直线运动的性质，即惯性定律。", 1,
       "牛顿最有名的是万有引力定律，第一定律就是它。"),
    mc("cmmlu_like", "zh", "中国古代“四大发明”不包括", ["造纸术", "印刷术", "指南针", "地动仪"], 3,
       "四大发明是造纸术、印刷术、指南针和火药，地动仪不在其中。", 2, "指南针是外国传入的，不属于四大发明。"),
    mc("ceval_like", "zh", "在北半球，一年中白昼最长的节气是", ["春分", "夏至", "秋分", "冬至"], 1,
       "夏至时太阳直射北回归线，北半球白昼最长。", 3, "冬至是“最长的一天”，所以白昼最长。"),
    mc("ceval_like", "zh", "化学元素符号 Fe 表示的元素是", ["铜", "铁", "锌", "铝"], 1,
       "Fe 来自拉丁文 ferrum，表示铁。", 0, "Fe 和铜的拉丁名相近，表示铜。"),
]


def mc_computed(rng: random.Random) -> dict:
    """A computed MC item (arithmetic, conversions) with numeric distractors."""
    kind = rng.randrange(4)
    if kind == 0:
        p, n = rng.choice([15, 20, 35, 45, 60]), rng.choice([120, 240, 360, 80, 60])
        v = p * n // 100
        if p * n % 100:
            return mc_computed(rng)
        opts = [str(v), str(v * 10), str(n - v), str(v + p)]
        return mc("mmlu_like", "en", f"What is {p}% of {n}?", opts, 0,
                  f"{p}% of {n} is {p}/100 x {n} = {v}.", 2, f"{p}% off {n} leaves {n - v}, so the answer is {n - v}.")
    if kind == 1:
        km = rng.choice([Fraction(5, 2), Fraction(3, 4), Fraction(6, 5), Fraction(7, 2)])
        m = int(km * 1000)
        opts = [f"{m // 10} m", f"{m} m", f"{m * 10} m", f"{m * 100} m"]
        return mc("mmlu_like", "en", f"How many meters are in {dec(km)} kilometers?", opts, 1,
                  f"1 km = 1000 m, so {dec(km)} km = {m} m.", 2, f"1 km = 10,000 m, so {dec(km)} km = {m * 10} m.")
    if kind == 2:
        a, x = rng.randint(2, 9), rng.randint(2, 12)
        b = rng.randint(1, 20)
        c = a * x + b
        opts = [str(x), str(x + 1), str(c - b + a), str(Fraction(c + b, a)) if (c + b) % a == 0 else str(x + 2)]
        if len(set(opts)) < 4:
            return mc_computed(rng)
        return mc("math_mc_like", "en", f"If ${a}x + {b} = {c}$, what is the value of $x$?", opts, 0,
                  f"${a}x = {c} - {b} = {c - b}$, so $x = {x}$.", 1,
                  f"${a}x = {c} - {b} = {c - b + a}$... so $x = {x + 1}$.")
    a, b = rng.randint(12, 48), rng.randint(12, 48)
    opts = [str(a * b), str(a * b + 10), str(a * b - 10), str(a * b + 100)]
    return mc("cmmlu_like", "zh", f"计算：{a}×{b}=？", opts, 0, f"{a}×{b}={a * b}。", 1, f"{a}×{b}={a * b + 10}。")


LETTERS = "ABCDEFGHIJ"
ROMAN = ["I", "II", "III", "IV", "V", "VI"]


def rand_token(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(rng.randint(5, 9)))


def mc_layout(rng: random.Random, it: dict, fmt: str, correct_pos: int | None = None) -> dict:
    """Render the options of ``it`` in format ``fmt``; returns the question text, the labels and the reference."""
    opts = list(it["opts"])
    ans_text, dis_text = opts[it["ans"]], opts[it["dis"]]
    if correct_pos is not None:
        opts.remove(ans_text)
        opts.insert(correct_pos, ans_text)
    elif rng.random() < 0.5:
        rng.shuffle(opts)
    randoms = []
    if fmt == "enh_random":
        for _ in range(rng.randint(1, 2)):
            tok = rand_token(rng)
            randoms.append(tok)
            opts.insert(rng.randint(0, len(opts)), tok)
        if correct_pos is not None:
            opts.remove(ans_text)
            opts.insert(correct_pos, ans_text)
    if fmt == "enh_drop":
        drop = [o for o in opts if o not in (ans_text, dis_text)]
        opts.remove(rng.choice(drop))
    if fmt == "roman":
        labels = ROMAN[: len(opts)]
    elif fmt == "arabic":
        labels = [str(i + 1) for i in range(len(opts))]
    else:
        labels = list(LETTERS[: len(opts)])
    zh = it["lang"] == "zh"
    if fmt == "lines":
        body = "\n".join(f"{lab}．{o}" if zh else f"{lab}. {o}" for lab, o in zip(labels, opts, strict=True))
        q = it["q"] + "\n" + body
    else:
        q = it["q"] + "\nAnswer Choices: " + " ".join(f"({lab}) {o}" for lab, o in zip(labels, opts, strict=False))
    ds = it["ds"]
    if fmt in ("roman", "arabic", "enh_random", "enh_drop"):
        ds = ds.replace("_like", "_enh_like") if "_enh" not in ds else ds
    assert len(set(opts)) == len(opts), opts
    lab = dict(zip(opts, labels, strict=True))
    return dict(q=q, labels=labels, opts=opts, ref=lab[ans_text], ans_text=ans_text, dis=lab[dis_text],
                dis_text=dis_text, ds=ds, rand=[lab[r] for r in randoms], rand_text=randoms)


def mc_final(rng: random.Random, lang: str, lab: str, text: str, roman: bool = False) -> str:
    if lang == "en":
        pool = [f"The answer is ({lab}).", f"The answer is {lab}.", f"I would choose {lab}.",
                f"The best answer is {lab}.", f"Answer: {lab}", f"So the correct option is **{lab}**.",
                f"My answer is {lab}.", f"Therefore, the correct answer is option {lab}.",
                f"The correct choice is ({lab}) {text}.", f"I'd go with {lab}: {text}.",
                f"Final answer: {lab}", f"The answer should be {lab}."]
    else:
        pool = [f"故选{lab}。", f"答案是{lab}。", f"所以正确选项为{lab}。", f"选{lab}。", f"答案：{lab}",
                f"因此选择 {lab} 项。", f"正确答案为{lab}．{text}", f"The answer is {lab}."]
    if not roman:
        pool += [f"$\\boxed{{{lab}}}$", f"**Final Answer:** $\\boxed{{\\text{{({lab})}}}}$"]
    return rng.choice(pool)


def mc_analysis(rng: random.Random, lang: str, lay: dict, pick: str, why: str) -> list[str]:
    """Option-by-option analysis that endorses label ``pick``."""
    out = [Note("Let's go through the options." if lang == "en" else "逐项分析：")] if rng.random() < 0.6 else []
    for lab, o in zip(lay["labels"], lay["opts"], strict=False):
        if lab == pick:
            v = rng.choice(["Correct. ", "This one fits. ", ""]) + why if lang == "en" else "正确。" + why
        elif o in lay["rand_text"]:
            v = ("This is not a meaningful option." if lang == "en" else "这不是一个有意义的选项。")
        else:
            v = rng.choice(["Incorrect.", "This does not fit.", "No.", "Not right."]) if lang == "en" else \
                rng.choice(["错误。", "不符合题意。", "不对。"])
        out.append(Note(f"- ({lab}) {o}: {v}" if lang == "en" else f"- {lab}项（{o}）：{v}"))
    return out


ARTICLE_A = [
    "A careful reading of the question helps here.",
    "A common confusion is worth avoiding, so let me be careful.",
    "A quick way to check is to recall the basic definition.",
    "A good first step is to rule out options that are clearly wrong.",
    "A similar question often appears in introductory courses.",
]


def compose_mc(rng: random.Random, it: dict, lay: dict, trap: str, label: str) -> str:
    lang, en = it["lang"], it["lang"] == "en"
    roman = lay["labels"][0] in ("I", "1")
    ref, dis = lay["ref"], lay["dis"]
    good, wrong = (ref, lay["ans_text"], it["why"]), (dis, lay["dis_text"], it["dwhy"])
    pick = good if label == "Correct" else wrong
    think = rng.random() < 0.4

    stem = it["q"]
    intro = rng.choice([f"The question asks: {stem}", f"We need to determine the following. {stem}",
                        "Let me recall the relevant facts before looking at the options.",
                        f"Question restated: {stem}"] if en else
                       [f"题目问：{stem}", f"分析题干：{stem}", "先回忆相关知识，再逐项分析。"])
    pre = [Note(intro)] if rng.random() < 0.7 else []

    def rd(paras, fin, **kw):
        return render(rng, lang, pre + list(paras), fin, **kw)

    def body(p):
        if rng.random() < 0.7:
            return mc_analysis(rng, lang, lay, p[0], p[2])
        return [p[2]]

    def out(paras, fin):
        if rng.random() < 0.5:
            paras = list(paras) + [Note(rng.choice([
                f"Double-checking: option {pick[0]} ({pick[1]}) is the only choice consistent with this; the other "
                "options do not answer the question as asked.",
                f"Let me make sure I haven't misread the question. It asks: {it['q']} Yes, {pick[1]} fits.",
                f"To confirm, I re-read each option once more. {pick[2]}"] if en else [
                f"再检查一遍：只有{pick[0]}项（{pick[1]}）符合题意，其余选项都不符合。",
                f"确认一下题目问的是：{it['q']} 是的，{pick[1]}符合。"]))]
        if think:
            tb = [str(x) for x in pre + mc_analysis(rng, lang, lay, pick[0], pick[2])]
            if rng.random() < 0.5:
                for _ in range(rng.randint(2, 5)):
                    tb.append(rng.choice(["Let me reconsider the other options once more, just to be sure.",
                                          "Wait, could another option also work? Let me go through them again.",
                                          "Hmm, I want to be careful here; re-reading the options."] if en else
                                         ["再把其他选项过一遍，确认一下。",
                                          "等一下，会不会有别的选项也对？再看一遍。"]))
                    tb += [str(x) for x in mc_analysis(rng, lang, lay, pick[0], pick[2])]
            tail = f"So the answer should be {pick[0]}." if en else f"所以应该选{pick[0]}。"
            return rd(paras, fin, think=tb + [tail])
        return rd(paras, fin, style=rng.choice(["plain", "prose", "md"]))

    if trap in ("plain", "roman_labels", "arabic_labels", "enh_random_option", "enh_drop_option"):
        if trap == "enh_random_option" and label == "Incorrect":
            r = lay["rand"][0]
            return rd([], mc_final(rng, lang, r, lay["opts"][lay["labels"].index(r)], roman))
        return out(body(pick), mc_final(rng, lang, pick[0], pick[1], roman))
    if trap == "boxed":
        fmt = rng.choice(["$\\boxed{%s}$", "\\boxed{\\text{%s}}", "$\\boxed{(%s)}$", "\\boxed{%s}"])
        return out(body(pick), fmt % pick[0])
    if trap == "option_text_only":
        fin = rng.choice([f"The answer is {pick[1]}.", f"So the correct answer is: {pick[1]}", f"Answer: {pick[1]}",
                          f"Therefore the answer must be **{pick[1]}**."] if en else
                         [f"答案是{pick[1]}。", f"所以正确答案是“{pick[1]}”。", f"故答案为{pick[1]}。"])
        return out([pick[2]], fin)
    if trap == "wrong_option_text":
        fin = rng.choice([f"The answer is {wrong[1]}.", f"So the correct answer is: {wrong[1]}"] if en else
                         [f"答案是{wrong[1]}。", f"所以正确答案是“{wrong[1]}”。"])
        return rd([wrong[2]], fin)
    if trap == "label_in_sentence":
        lab, text, why = pick
        fin = rng.choice([f"Among the choices, ({lab}) {text} is the one that fits, since the others do not match.",
                          f"Looking at the options again, option {lab} is clearly the intended one.",
                          f"This is exactly what choice {lab} says, so {lab} is the option I pick."] if en else
                         [f"综合以上分析，{lab}项符合题意。", f"因此，本题应选择选项{lab}（{text}）。"])
        return rd([why], fin)
    if trap == "stray_A":
        art = [Note(t) for t in rng.sample(ARTICLE_A, 2)]
        if label == "Correct":
            return rd(art + [good[2]], mc_final(rng, lang, ref, lay["ans_text"], roman))
        if rng.random() < 0.5:
            return rd(art + [wrong[2]], mc_final(rng, lang, dis, lay["dis_text"], roman))
        return rd(art, "")
    if trap == "multiple_answers":
        a, b = (ref, dis) if rng.random() < 0.5 else (dis, ref)
        fin = rng.choice([f"The answer is {a} and {b}.", f"Both {a} and {b} are correct.",
                          f"The correct options are ({a}) and ({b})."] if en else
                         [f"答案是{a}和{b}。", f"故选{a}{b}。", f"{a}、{b}两项都正确。"])
        return rd([good[2]], fin)
    if trap == "hedged":
        a, b = (ref, dis) if rng.random() < 0.5 else (dis, ref)
        fin = rng.choice([f"I'm torn between {a} and {b}, so the answer is {a} or {b}.",
                          f"The answer is either ({a}) or ({b}).",
                          f"It could be {a}, but {b} is also possible."] if en else
                         [f"答案可能是{a}，也可能是{b}。", f"选{a}或{b}。"])
        return rd([good[2], wrong[2]], fin)
    if trap == "self_correction":
        first, second = (wrong, good) if label == "Correct" else (good, wrong)
        w = wait_en(rng) if en else wait_zh(rng)
        paras = [first[2], Note(f"So the answer is {first[0]}." if en else f"所以选{first[0]}。"),
                 Note(w + (f"let me reconsider option {second[0]}." if en else f"再看{second[0]}项。")), second[2]]
        return rd(paras, mc_final(rng, lang, second[0], second[1], roman))
    if trap == "rejected_value":
        first, second = (wrong, good) if label == "Correct" else (good, wrong)
        note = Note(f"Option {first[0]} ({first[1]}) might look right at first, but I don't think it is." if en else
                    f"{first[0]}项（{first[1]}）看起来像是对的，但其实不对。")
        return rd([note, second[2]], mc_final(rng, lang, second[0], second[1], roman))
    if trap == "truncated":
        paras = mc_analysis(rng, lang, lay, ref, it["why"])
        text = rd(paras, "", style="plain")
        key = f"({ref}) {lay['ans_text']}:" if en else f"{ref}项（{lay['ans_text']}）："
        i = text.find(key)
        if i == -1:
            return cut_before(text, it["why"][:10], rng)
        return text[: i + len(key)] + rng.choice([" This", " Let me think", "", " Hmm,"] if en else ["", " 这"])
    if trap == "no_answer":
        return rng.choice([refusal(rng, lang), rd([Note(
            "None of the options seems to be exactly right, so I cannot choose one." if en else
            "几个选项似乎都不完全正确，无法选择。")], "")])
    if trap == "fewshot_recital":
        qa = ("Question: " if en else "问题：") + lay["q"] + ("\nAnswer:" if en else "\n回答：")
        animals = ["Shark", "Frog", "Trout", "Eagle"] if en else ["鲨鱼", "青蛙", "鳟鱼", "老鹰"]
        k = LETTERS.index(ref) if label == "Incorrect" else rng.choice([i for i in range(4) if LETTERS[i] != ref])
        animals[k] = "Dolphin" if en else "海豚"
        if en:
            ex = ("Question: Which of the following is a mammal?\nAnswer Choices: "
                  + " ".join(f"({lab}) {o}" for lab, o in zip(LETTERS, animals, strict=False))
                  + f"\nAnswer: Dolphins are mammals. The answer is {LETTERS[k]}.")
        else:
            ex = ("问题：下列动物中属于哺乳动物的是\n"
                  + "\n".join(f"{lab}．{o}" for lab, o in zip(LETTERS, animals, strict=False))
                  + f"\n回答：海豚是哺乳动物。答案是{LETTERS[k]}。")
        if label == "Correct":
            return ex + "\n\n" + qa + " " + good[2] + " " + mc_final(rng, lang, ref, lay["ans_text"])
        return ex + "\n\n" + qa
    if trap == "think_mismatch":
        other = wrong if label == "Correct" else good
        tb = [str(x) for x in body(other)]
        tb.append(f"So the answer should be {other[0]}." if en else f"所以应该选{other[0]}。")
        return rd([pick[2]], mc_final(rng, lang, pick[0], pick[1], roman), think=tb)
    raise ValueError(f"unknown mc trap {trap}/{label}")


# ----------------------------------------------------------------------------------------------------------------
# short answers: fictional DROP-style passages (answers computed) and a pool of well-known facts with aliases

TEAMS = ["Bears", "Falcons", "Rams", "Jets", "Ravens", "Titans", "Chargers", "Bengals", "Seahawks", "Colts"]
FIRST = ["Marcus", "Derek", "Tyler", "Jordan", "Andre", "Kevin", "Brandon", "Isaiah", "Caleb", "Malik", "Trent", "Cody"]
LAST = ["Reed", "Holloway", "Bishop", "Carver", "Whitfield", "Dunn", "Okafor", "Prescott", "Lindqvist", "Mercer",
        "Abbott", "Navarro", "Sutton", "Keane"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def sa(**kw) -> dict:
    kw.setdefault("alts", [])
    return kw


def people(rng: random.Random, n: int) -> list[str]:
    firsts, lasts = rng.sample(FIRST, n), rng.sample(LAST, n)
    return [f"{f} {l}" for f, l in zip(firsts, lasts, strict=False)]


def s_football(rng: random.Random) -> dict:
    t1, t2 = rng.sample(TEAMS, 2)
    k1, q2, w2, r1, k2, q1, e1 = people(rng, 7)
    ys = rng.sample(range(19, 56), 6)
    y1, y2, y3, y4, y5, y6 = ys
    passage = (f"Hoping to rebound from a road loss, the {t1} played their Week {rng.randint(2, 16)} home game against "
               f"the {t2}. In the first quarter, the {t1} struck first as kicker {k1} made a {y1}-yard field goal. "
               f"The {t2} answered with QB {q2} completing a {y2}-yard TD pass to WR {w2}. In the second quarter, "
               f"{t1} RB {r1} got a {y3}-yard TD run, while {t2} kicker {k2} nailed a {y4}-yard field goal. In the "
               f"third quarter, the {t1} increased their lead as QB {q1} threw a {y5}-yard TD pass to TE {e1}. The "
               f"{t2} closed out the scoring in the fourth quarter with {k2}'s {y6}-yard field goal.")
    kind = rng.randrange(4)
    if kind == 0:
        fgs = [y1, y4, y6]
        hi, lo = max(fgs), min(fgs)
        v = hi - lo
        fg_list = ", ".join(map(str, fgs))
        pair = (y1, y6) if abs(y6 - y1) != v else (y1, y4)
        bv = abs(pair[1] - pair[0])
        return sa(q=f"{passage}\nHow many yards longer was the longest field goal than the shortest field goal?",
                  ref=str(v), ok_ans=str(v), bad_ans=str(bv),
                  why=[f"The field goals were {fg_list} yards.",
                       f"The longest is {hi} and the shortest is {lo}, so the difference is {hi} - {lo} = {v}."],
                  bad_why=[f"The field goals I need are the {pair[0]}-yard and the {pair[1]}-yard ones.",
                           f"The difference is {bv}."],
                  alts=[("number_words", "Correct", f"The answer is {words_en(v)} yards."),
                        ("units", "Correct", f"It was {v} yards longer.")],
                  lang="en", ds="drop_like")
    if kind == 1:
        last = w2.split()[1]
        return sa(q=f"{passage}\nWhich player scored the first touchdown of the game?", ref=w2, ok_ans=w2, bad_ans=q2,
                  why=[f"The first touchdown was the {y2}-yard TD pass in the first quarter.",
                       f"It was thrown by {q2} and caught by {w2}, so the receiver {w2} scored it."],
                  bad_why=[f"The first touchdown was a {y2}-yard pass thrown by QB {q2}."],
                  alts=[("aliases", "Correct", f"The first touchdown was scored by {last}."),
                        ("aliases", "Correct", f"**Answer:** WR {w2}"),
                        ("aliases", "Incorrect", f"The first touchdown was scored by {q2.split()[1]}.")],
                  lang="en", ds="drop_like")
    if kind == 2:
        return sa(q=f"{passage}\nHow many field goals did {k2} make?", ref="2", ok_ans="2", bad_ans="3",
                  why=[f"{k2} kicked a {y4}-yard field goal in the second quarter and a {y6}-yard field goal in the "
                       "fourth quarter.", "That is 2 field goals."],
                  bad_why=[f"There were field goals of {y1}, {y4} and {y6} yards in the game, so 3."],
                  alts=[("number_words", "Correct", f"{k2} made two field goals."),
                        ("number_words", "Incorrect", f"{k2} made three field goals.")],
                  lang="en", ds="drop_like")
    longer, shorter = (q2, q1) if y2 > y5 else (q1, q2)
    return sa(q=f"{passage}\nWhich quarterback threw the longer touchdown pass?", ref=longer, ok_ans=longer,
              bad_ans=shorter,
              why=[f"{q2} threw a {y2}-yard TD pass and {q1} threw a {y5}-yard TD pass.",
                   f"{max(y2, y5)} > {min(y2, y5)}, so {longer} threw the longer one."],
              bad_why=[f"{q1} threw the TD pass in the third quarter, which was the longer one."],
              alts=[("aliases", "Correct", f"The answer is {longer.split()[1]}."),
                    ("aliases", "Incorrect", f"The answer is {shorter.split()[1]}.")],
              lang="en", ds="drop_like")


def s_census(rng: random.Random) -> dict:
    pop = rng.randint(12000, 98000)
    hh = rng.randint(pop // 3, pop // 2)
    fam = rng.randint(hh // 2, hh * 3 // 4)
    asian = Fraction(rng.randint(3, 95), 10)
    under = Fraction(rng.randint(180, 320), 10)
    older = Fraction(rng.randint(90, 210), 10)
    year = rng.choice([2000, 2010])
    passage = (f"As of the census of {year}, there were {pop:,} people, {hh:,} households, and {fam:,} families "
               "residing "
               f"in the county. The racial makeup of the county was {dec(100 - asian - 3)}% White, 3% African American "
               f"and {dec(asian)}% Asian. In the county, {dec(under)}% of the population was under the age of 18 and "
               f"{dec(older)}% was 65 years of age or older.")
    kind = rng.randrange(3)
    if kind == 0:
        v = hh - fam
        return sa(q=f"{passage}\nHow many more households than families were there?", ref=str(v), ok_ans=str(v),
                  bad_ans=str(pop - hh), why=[f"There were {hh:,} households and {fam:,} families.",
                                                f"{hh:,} - {fam:,} = {v:,}."],
                  bad_why=[f"There were {pop:,} people and {hh:,} households.", f"{pop:,} - {hh:,} = {pop - hh:,}."],
                  alts=[("thousands_sep", "Correct", f"There were {v:,} more households than families."),
                        ("thousands_sep", "Incorrect", f"The answer is {v // 10:,}.")],
                  lang="en", ds="drop_like")
    if kind == 1:
        v = 100 - asian
        return sa(q=f"{passage}\nHow many in percent of people were not Asian?", ref=dec(v), ok_ans=dec(v),
                  bad_ans=dec(asian), why=[f"{dec(asian)}% of people were Asian.", f"100 - {dec(asian)} = {dec(v)}."],
                  bad_why=[f"The passage says {dec(asian)}% were Asian."],
                  alts=[("percent", "Correct", f"So {dec(v)}% of people were not Asian."),
                        ("percent", "Correct", f"The answer is {dec(v)} percent."),
                        ("percent", "Incorrect", f"The answer is {dec(v / 100)}.")],
                  lang="en", ds="drop_like")
    big, small = ("under the age of 18", "65 years of age or older") if under > older else \
        ("65 years of age or older", "under the age of 18")
    return sa(q=f"{passage}\nWhich group is larger: people under the age of 18 or people 65 years of age or older?",
              ref=f"people {big}", ok_ans=f"people {big}", bad_ans=f"people {small}",
              why=[f"{dec(under)}% were under 18 and {dec(older)}% were 65 or older.",
                   f"{dec(max(under, older))} > {dec(min(under, older))}, so the group {big} is larger."],
              bad_why=[f"{dec(older)}% were 65 or older, compared with {dec(under)}% under 18."],
              alts=[("comparisons", "Correct", f"The group {big} is larger."),
                    ("comparisons", "Correct", f"There are more people {big} than {small}."),
                    ("comparisons", "Incorrect", f"There are more people {small} than {big}.")],
              lang="en", ds="drop_like")


def date_forms(y: int, m: int, d: int) -> dict:
    return dict(us=f"{MONTHS[m - 1]} {d}, {y}", eu=f"{d} {MONTHS[m - 1]} {y}", iso=f"{y}-{m:02d}-{d:02d}",
                zh=f"{y}年{m}月{d}日")


def s_town(rng: random.Random) -> dict:
    town = rng.choice(["Norberg", "Valdemar", "Kestrel Bay", "Ostrava Nova", "Halden Cross", "Marrowick"])
    founder, envoy = people(rng, 2)
    y1 = rng.randint(1520, 1700)
    y2 = y1 + rng.randint(12, 60)
    y3 = y2 + rng.randint(5, 40)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    f = date_forms(y3, m, d)
    passage = (f"The town of {town} was founded in {y1} by the merchant {founder}. Construction of its stone castle "
               f"began soon after and was completed in {y2}. During the long border war the town changed hands twice, "
               f"until a peace treaty negotiated by the envoy {envoy} was signed on {f['us']}.")
    kind = rng.randrange(3)
    if kind == 0:
        v = y2 - y1
        return sa(q=f"{passage}\nHow many years after the town was founded was the castle completed?", ref=str(v),
                  ok_ans=str(v), bad_ans=str(y3 - y1), why=[f"The town was founded in {y1} and the castle was "
                                                           f"completed in {y2}.", f"{y2} - {y1} = {v} years."],
                  bad_why=[f"The town was founded in {y1} and the treaty was signed in {y3}.", f"{y3} - {y1} = "
                                                                                              f"{y3 - y1}."],
                  alts=[("units", "Correct", f"The castle was completed {v} years after the founding.")],
                  lang="en", ds="drop_like")
    if kind == 1:
        wy = y3 + rng.choice([-10, 10, 1, -1, 100])
        wf = date_forms(wy, m, d)
        return sa(q=f"{passage}\nOn what date was the peace treaty signed?", ref=f["us"], ok_ans=f["us"],
                  bad_ans=f"{MONTHS[m - 1]} {d}, {y2}", why=[f"The passage says the treaty was signed on {f['us']}."],
                  bad_why=[f"The treaty was signed after the castle was completed in {y2}, on {MONTHS[m - 1]} {d}."],
                  alts=[("date_formats", "Correct", f"The treaty was signed on {f['eu']}."),
                        ("date_formats", "Correct", f"The answer is {f['iso']}."),
                        ("date_formats", "Correct", f"答案是{f['zh']}。"),
                        ("wrong_year", "Incorrect", f"The peace treaty, negotiated by {envoy}, was signed on "
                         f"{wf['us']}, ending the long border war."),
                        ("wrong_year", "Incorrect", f"It was signed on {wf['eu']}.")],
                  lang="en", ds="drop_like")
    return sa(q=f"{passage}\nWho founded the town of {town}?", ref=founder, ok_ans=founder, bad_ans=envoy,
              why=[f"The passage says the town was founded in {y1} by the merchant {founder}."],
              bad_why=[f"The key figure in the town's history was the envoy {envoy}, who founded its peace."],
              alts=[("aliases", "Correct", f"It was founded by the merchant {founder.split()[1]}."),
                    ("case", "Correct", f"The answer is {founder.upper()}.")],
              lang="en", ds="drop_like")


def fact(ds, lang, q, ref, why, bad, bad_why, alts):
    return sa(ds=ds, lang=lang, q=q, ref=ref, ok_ans=ref, why=[why], bad_ans=bad, bad_why=[bad_why], alts=alts)


FACT_POOL = [
    fact("simpleqa_like", "en", "Who was the first person to walk on the Moon?", "Neil Armstrong",
         "Apollo 11 commander Neil Armstrong stepped onto the lunar surface first, followed by Buzz Aldrin.",
         "Buzz Aldrin", "Buzz Aldrin was the Apollo 11 astronaut who first stepped onto the Moon.",
         [("aliases", "Correct", "The first person on the Moon was Armstrong."),
          ("aliases", "Correct", "The answer is Neil Alden Armstrong.")]),
    fact("simpleqa_like", "en", "On what date did the Apollo 11 lunar module land on the Moon?", "July 20, 1969",
         "The Eagle lunar module landed in the Sea of Tranquility on July 20, 1969.", "July 20, 1968",
         "Apollo 11 flew in the summer of 1968 and landed on July 20.",
         [("date_formats", "Correct", "It landed on 20 July 1969."),
          ("date_formats", "Correct", "The answer is 1969-07-20."),
          ("wrong_year", "Incorrect", "The Eagle touched down in the Sea of Tranquility on July 20, 1968, a moment "
           "watched by millions.")]),
    fact("simpleqa_like", "en", "In which year did the Berlin Wall fall?", "1989",
         "The Berlin Wall was opened on 9 November 1989.", "1991",
         "The Wall came down around German reunification and the end of the Soviet Union, in 1991.",
         [("date_formats", "Correct", "The Berlin Wall fell on November 9, 1989."),
          ("wrong_year", "Incorrect", "The Berlin Wall fell in November 1991, which soon led to reunification.")]),
    fact("simpleqa_like", "en", "Who painted the Mona Lisa?", "Leonardo da Vinci",
         "The Mona Lisa was painted by the Italian Renaissance artist Leonardo da Vinci.", "Michelangelo",
         "The most famous Renaissance painter, Michelangelo, painted the Mona Lisa.",
         [("aliases", "Correct", "It was painted by da Vinci."),
          ("aliases", "Correct", "The answer is Leonardo.")]),
    fact("simpleqa_like", "en", "What is the largest planet in the Solar System?", "Jupiter",
         "Jupiter's mass is more than twice that of all the other planets combined.", "Saturn",
         "Saturn, with its huge ring system, is the largest planet.",
         [("case", "Correct", "The answer is JUPITER."), ("case", "Correct", "the answer is jupiter")]),
    fact("simpleqa_like", "en", "What is the currency of the United Kingdom?", "Pound sterling",
         "The UK uses the pound sterling (GBP).", "Euro", "The UK is in Europe, so it uses the euro.",
         [("aliases", "Correct", "The currency is the British pound (GBP)."),
          ("aliases", "Correct", "The answer is GBP.")]),
    fact("simpleqa_like", "en", "When did the RMS Titanic sink?", "April 15, 1912",
         "The Titanic struck an iceberg late on April 14 and sank in the early hours of April 15, 1912.",
         "April 15, 1921", "The Titanic sank after hitting an iceberg on April 15, 1921.",
         [("date_formats", "Correct", "It sank on 15 April 1912."),
          ("date_formats", "Correct", "The Titanic sank on 1912-04-15."),
          ("date_formats", "Correct", "泰坦尼克号于1912年4月15日沉没。"),
          ("wrong_year", "Incorrect", "The Titanic sank in the North Atlantic on April 15, 1913, after striking an "
           "iceberg.")]),
    fact("simpleqa_like", "en", "Who was the first President of the United States?", "George Washington",
         "George Washington served as the first U.S. president from 1789 to 1797.", "John Adams",
         "John Adams, a Founding Father, was the first president.",
         [("aliases", "Correct", "The first president was Washington."),
          ("aliases", "Incorrect", "The first president was Adams.")]),
    fact("simpleqa_like", "en", "What is the chemical formula of table salt?", "NaCl",
         "Table salt is the ionic compound formed from sodium and chlorine.", "KCl", "Salt is potassium chloride, KCl.",
         [("synonyms", "Correct", "Table salt is sodium chloride."),
          ("synonyms", "Incorrect", "Table salt is potassium chloride.")]),
    fact("simpleqa_like", "en", "When was the United States Declaration of Independence adopted?", "July 4, 1776",
         "The Continental Congress adopted the Declaration on July 4, 1776.", "July 4, 1767",
         "It was adopted on July 4, 1767.",
         [("date_formats", "Correct", "It was adopted on 4 July 1776."),
          ("date_formats", "Correct", "The answer is 1776-07-04."),
          ("wrong_year", "Incorrect", "The Continental Congress adopted the Declaration on July 4, 1778, in "
           "Philadelphia.")]),
    fact("simpleqa_like", "en", "What is the tallest mountain above sea level?", "Mount Everest",
         "Mount Everest rises about 8,849 m above sea level.", "K2", "K2 is the tallest mountain in the world.",
         [("aliases", "Correct", "The answer is Everest."),
          ("aliases", "Correct", "It is Mount Qomolangma (Everest)."),
          ("aliases", "Correct", "答案是珠穆朗玛峰。")]),
    fact("simpleqa_like", "en", "At sea level, what is the boiling point of pure water in degrees Celsius?", "100 °C",
         "Pure water boils at 100 °C at standard atmospheric pressure.", "212 °C",
         "Water boils at 212 degrees.",
         [("units", "Correct", "It boils at 100 degrees Celsius."),
          ("units", "Correct", "The answer is 100."),
          ("wrong_unit", "Incorrect", "Water boils at 100 °F at sea level.")]),
    fact("simpleqa_like", "en", "Which U.S. president was assassinated in Dallas in 1963?", "John F. Kennedy",
         "President John F. Kennedy was shot in Dallas on November 22, 1963.", "Lyndon B. Johnson",
         "Lyndon B. Johnson was the president killed in Dallas.",
         [("aliases", "Correct", "The answer is JFK."), ("aliases", "Correct", "It was President Kennedy."),
          ("aliases", "Incorrect", "The answer is LBJ.")]),
    fact("simpleqa_like", "en", "Who wrote the play \"Romeo and Juliet\"?", "William Shakespeare",
         "Romeo and Juliet is an early tragedy by William Shakespeare.", "Christopher Marlowe",
         "Christopher Marlowe wrote Romeo and Juliet.",
         [("aliases", "Correct", "It was written by Shakespeare.")]),
    fact("simpleqa_like", "en", "How many sides does a hexagon have?", "6", "A hexagon has six sides.", "8",
         "Hexagons have eight sides, like a stop sign.",
         [("number_words", "Correct", "A hexagon has six sides."),
          ("number_words", "Incorrect", "A hexagon has eight sides.")]),
    fact("c_simpleqa_like", "zh", "中国第一位进入太空的航天员是谁？", "杨利伟",
         "2003年10月15日，杨利伟乘坐神舟五号进入太空，成为中国第一位航天员。", "翟志刚",
         "翟志刚是中国第一位进入太空的航天员。",
         [("aliases", "Correct", "答案是航天员杨利伟。"), ("aliases", "Correct", "The answer is Yang Liwei.")]),
    fact("c_simpleqa_like", "zh", "《西游记》的作者是谁？", "吴承恩", "《西游记》是明代吴承恩所著。", "施耐庵",
         "《西游记》的作者是施耐庵。", [("aliases", "Correct", "作者是明代小说家吴承恩。")]),
    fact("c_simpleqa_like", "zh", "中国的陆地面积大约是多少平方千米？", "960万平方千米",
         "中国陆地面积约960万平方千米。", "960平方千米", "中国陆地面积约960平方千米。",
         [("chinese_numerals", "Correct", "约九百六十万平方千米。"),
          ("sci_notation", "Correct", "约为 $9.6\\times10^{6}$ 平方千米。"),
          ("units", "Correct", "大约960万平方公里。"),
          ("chinese_numerals", "Incorrect", "约九十六万平方千米。")]),
    fact("c_simpleqa_like", "zh", "第29届夏季奥林匹克运动会在哪一天开幕？", "2008年8月8日",
         "北京奥运会于2008年8月8日晚8时开幕。", "2008年8月18日", "北京奥运会于2008年8月18日开幕。",
         [("date_formats", "Correct", "开幕日期是2008-08-08。"),
          ("date_formats", "Correct", "The answer is August 8, 2008."),
          ("wrong_year", "Incorrect", "北京奥运会于2004年8月8日隆重开幕。")]),
    fact("c_simpleqa_like", "zh", "香港回归中国是在哪一年？", "1997年", "香港于1997年7月1日回归中国。", "1999年",
         "香港于1999年回归。",
         [("date_formats", "Correct", "香港于1997年7月1日回归。"), ("units", "Correct", "答案是1997。"),
          ("wrong_year", "Incorrect", "香港于1999年12月20日回归祖国。")]),
    fact("c_simpleqa_like", "zh", "鲁迅的原名是什么？", "周树人", "鲁迅原名周樟寿，后改名周树人。", "周作人",
         "鲁迅原名周作人。", [("aliases", "Incorrect", "鲁迅的原名是周作人，字豫才。")]),
    fact("c_simpleqa_like", "zh", "太阳系中离太阳最近的行星是哪一颗？", "水星", "八大行星中水星离太阳最近。", "金星",
         "金星离太阳最近。", [("aliases", "Correct", "The answer is Mercury."),
                        ("aliases", "Correct", "离太阳最近的是水星（Mercury）。")]),
    fact("c_simpleqa_like", "zh", "中国古代四大名著中，描写梁山好汉故事的是哪一部？", "《水浒传》",
         "《水浒传》讲述了宋江等108位梁山好汉的故事。", "《三国演义》", "描写梁山好汉的是《三国演义》。",
         [("aliases", "Correct", "答案是水浒传。"), ("aliases", "Correct", "是施耐庵的《水浒》。")]),
]


# ----------------------------------------------------------------------------------------------------------------
# classification pools (texts written for this set)


def cl(ds, lang, q, ref, why, bad, syn=None, bad_syn=None):
    return dict(ds=ds, lang=lang, q=q, ref=ref, why=why, bad=bad, syn=syn, bad_syn=bad_syn)


AG_Q = ("Classify the topic of the following news article. Choose one of: World, Sports, Business, Sci/Tech.\n"
        "Article: ")
AG_SYN = {"World": "world news", "Sports": "sports", "Business": "business and finance", "Sci/Tech":
          "science and technology"}
AG_WHY = {"Sports": "The article is about a match, athletes and results, which is sports news.",
          "Sci/Tech": "The article is about a new technology or scientific finding.",
          "Business": "The article is about companies, markets or the economy.",
          "World": "The article is about international politics or world events."}
AG_ITEMS = [
    ("Striker's late header sends United into cup final. An 89th-minute goal settled a tense semi-final on Sunday "
     "night in front of a sold-out crowd.", "Sports", "World"),
    ("Chipmaker unveils processor with record transistor count. The new design packs more cores into the same power "
     "budget, the company said at its developer conference.", "Sci/Tech", "Business"),
    ("Central bank holds rates steady as inflation cools. Policymakers signalled that cuts could come later in the "
     "year if price growth keeps slowing.", "Business", "World"),
    ("Ceasefire talks resume in Geneva. Delegations from both sides arrived on Tuesday for a new round of UN-brokered "
     "negotiations.", "World", "Business"),
    ("Astronomers spot water vapour on distant exoplanet. The finding, made with a space telescope, hints at clouds "
     "in the planet's atmosphere.", "Sci/Tech", "World"),
    ("Retail giant to cut 2,000 jobs after weak holiday sales. Shares fell 6 percent in early trading.", "Business",
     "World"),
    ("Tennis champion withdraws from Open with wrist injury. The three-time winner said she hopes to return for the "
     "grass-court season.", "Sports", "World"),
    ("Floods displace thousands in river delta. Aid agencies warned of disease outbreaks as water levels kept "
     "rising.", "World", "Sci/Tech"),
    ("Open-source browser adds built-in password manager. Developers say the feature encrypts data locally.",
     "Sci/Tech", "Business"),
    ("Oil prices climb as supply concerns grow. Brent crude rose above 90 dollars a barrel for the first time in "
     "months.", "Business", "World"),
    ("Rookie quarterback throws four touchdowns in debut. The 22-year-old led his team to a 38-17 win.", "Sports",
     "Business"),
    ("Prime minister survives confidence vote. Opposition parties failed to gather enough support to topple the "
     "coalition government.", "World", "Business"),
    ("Researchers train robot hand to solve puzzles. The system learned by trial and error in simulation before "
     "being tested on real hardware.", "Sci/Tech", "Sports"),
    ("Airline reports record quarterly profit. Strong demand for summer travel lifted revenue 18 percent.",
     "Business", "Sci/Tech"),
    ("Marathon world record falls in Berlin. The winner beat the old mark by 30 seconds on a cool, windless "
     "morning.", "Sports", "World"),
    ("Election monitors report high turnout in presidential runoff. Results are expected by Thursday.", "World",
     "Sports"),
]

SENT_Q = "Determine the sentiment of the following product review. Answer positive or negative.\nReview: "
SENT_ITEMS = [
    ("The blender crushed ice in seconds and it's surprisingly quiet. Best kitchen purchase this year.", "positive"),
    ("Stopped charging after two weeks. Customer service never replied to my emails. Avoid.", "negative"),
    ("I was skeptical, but these headphones sound amazing and the battery lasts all week.", "positive"),
    ("The description said waterproof. It is not. My phone got soaked on the first rainy day.", "negative"),
    ("Not what I expected at all - the color is completely different from the photos and it smells of plastic.",
     "negative"),
    ("Comfortable, true to size, and they still look new after months of daily wear. Would buy again.", "positive"),
    ("I can't say enough good things about this tent. Setup takes five minutes and it stayed dry in a storm.",
     "positive"),
    ("Honestly I wanted to love it, but the app crashes constantly and the sensor readings are random.", "negative"),
    ("Not bad at all! Works exactly as described and arrived two days early.", "positive"),
    ("The pages fell out of the binding before I finished the first chapter. Waste of money.", "negative"),
]

ZH_SENT_Q = "判断下面这条评论的情感倾向，回答“正面”或“负面”。\n评论："
ZH_SENT_Q_EN = "请判断下面这条评论的情感是 positive 还是 negative。\n评论："
ZH_SENT_ITEMS = [
    ("房间干净整洁，服务员态度也很好，下次还会再来。", "正面"),
    ("快递太慢了，等了十天才到，包装还破了。", "负面"),
    ("手机拍照效果很好，电池也耐用，性价比很高。", "正面"),
    ("味道一般，分量很少，价格却不便宜，不会再点了。", "负面"),
    ("这本书内容充实，讲解清楚，适合入门。", "正面"),
    ("用了不到一个月就坏了，客服还推卸责任，非常失望。", "负面"),
    ("不得不说，这次的体验出乎意料地好，物流快，质量也没得挑。", "正面"),
    ("说是正品，结果和专柜的完全不一样，差评。", "负面"),
]

NLI_Q = ("请判断句子1和句子2之间的关系，从 entailment（蕴含）、neutral（中立）、contradiction（矛盾）中选择一个。\n")
NLI_ITEMS = [
    ("小李每天早上都骑自行车去上班。", "小李会骑自行车。", "entailment", "如果他每天骑车上班，那他一定会骑自行车。"),
    ("会议因为暴雨被推迟到了下周。", "会议按原计划在今天召开。", "contradiction",
     "会议被推迟，和按计划今天召开相矛盾。"),
    ("她在一家医院工作。", "她是一名外科医生。", "neutral", "在医院工作不一定是外科医生，也可能是护士或行政人员。"),
    ("这家餐厅的所有菜都不含肉。", "这家餐厅提供素食。", "entailment", "所有菜都不含肉，说明提供的是素食。"),
    ("小王昨天一整天都在家里睡觉。", "小王昨天去爬山了。", "contradiction", "一整天在家睡觉就不可能去爬山。"),
    ("他买了一台新电脑。", "他的旧电脑坏了。", "neutral", "买新电脑不一定是因为旧电脑坏了。"),
    ("这座桥于去年建成通车。", "这座桥现在可以通行车辆。", "entailment", "建成通车说明现在可以通行车辆。"),
    ("图书馆周一闭馆。", "周一可以去图书馆借书。", "contradiction", "闭馆时无法借书。"),
    ("孩子们在公园里放风筝。", "今天天气晴朗。", "neutral", "放风筝一般需要有风，但不能推出天气晴朗。"),
]
NLI_ZH = {"entailment": "蕴含", "neutral": "中立", "contradiction": "矛盾"}

WSC_Q = "阅读下面的句子，判断其中的代词“{p}”指代的是不是“{n}”。请回答“是”或“否”。\n句子："
WSC_ITEMS = [
    ("小明把书借给了小刚，因为他已经看完了。", "他", "小明", "是", "已经看完书的人才会把书借出去，所以“他”指小明。"),
    ("小明把书借给了小刚，因为他想看。", "他", "小明", "否", "想看书的是借书的人小刚，所以“他”不是小明。"),
    ("奖杯放不进箱子里，因为它太大了。", "它", "箱子", "否", "放不进去是因为奖杯太大，所以“它”指奖杯。"),
    ("奖杯放不进箱子里，因为它太小了。", "它", "箱子", "是", "放不进去是因为箱子太小，所以“它”指箱子。"),
    ("小红向小丽道歉，因为她弄坏了小丽的铅笔。", "她", "小红", "是", "弄坏铅笔的人才需要道歉，所以“她”指小红。"),
    ("老师批评了那个学生，因为他上课一直说话。", "他", "老师", "否", "上课说话的是学生，不是老师。"),
    ("张三没有追上李四，因为他跑得太快了。", "他", "李四", "是", "追不上是因为被追的人跑得快，所以指李四。"),
    ("市议员们拒绝了示威者的游行申请，因为他们担心会发生暴力。", "他们", "示威者", "否",
     "担心暴力而拒绝申请的是市议员们，“他们”不是示威者。"),
]


def class_items(rng: random.Random) -> list[dict]:
    """Expand the pools into classification items with label synonyms and a wrong label."""
    out = []
    for text, lab, bad in AG_ITEMS:
        why = AG_WHY[lab]
        out.append(dict(ds="agnews_like", lang="en", q=AG_Q + text, ref=lab, why=why, bad=bad, kind="ag",
                        bwhy=AG_WHY[bad],
                        syn={k: [v] for k, v in AG_SYN.items()}))
    for text, lab in SENT_ITEMS:
        bad = "negative" if lab == "positive" else "positive"
        why = ("The reviewer is satisfied and recommends the product." if lab == "positive" else
               "The reviewer is unhappy with the product and its quality.")
        out.append(dict(ds="amazon_like", lang="en", q=SENT_Q + text, ref=lab, why=why, bad=bad, kind="sent",
                        bwhy=("The reviewer sounds satisfied overall." if bad == "positive" else
                              "The reviewer seems disappointed with the product."),
                        syn={"positive": ["favorable", "Positive 👍"], "negative": ["unfavorable", "Negative 👎"]}))
    for i, (text, lab) in enumerate(ZH_SENT_ITEMS):
        en_labels = i % 2 == 1
        ref = ({"正面": "positive", "负面": "negative"}[lab]) if en_labels else lab
        bad = {"正面": "负面", "负面": "正面", "positive": "negative", "negative": "positive"}[ref]
        why = "评论者对产品或服务表示满意。" if lab == "正面" else "评论者对产品或服务表示不满。"
        syn = {"正面": ["积极", "positive"], "负面": ["消极", "negative"], "positive": ["正面", "积极"],
               "negative": ["负面", "消极"]}
        out.append(dict(ds="zh_sentiment_like", lang="zh", q=(ZH_SENT_Q_EN if en_labels else ZH_SENT_Q) + text,
                        ref=ref, why=why, bad=bad, kind="zhsent", syn=syn,
                        bwhy="评论者整体上表示满意。" if lab == "负面" else "评论者整体上表示不满。"))
    for s1, s2, lab, why in NLI_ITEMS:
        bad = {"entailment": "neutral", "neutral": "entailment", "contradiction": "neutral"}[lab]
        out.append(dict(ds="cmnli_like", lang="zh", q=NLI_Q + f"句子1：{s1}\n句子2：{s2}", ref=lab, why=why, bad=bad,
                        kind="nli", syn={k: [v] for k, v in NLI_ZH.items()},
                        bwhy={"entailment": "由句子1可以推出句子2。", "neutral": "句子1和句子2之间没有必然联系。",
                              "contradiction": "两句话不可能同时成立。"}[bad]))
    for sent, pron, noun, lab, why in WSC_ITEMS:
        out.append(dict(ds="clue_wsc_like", lang="zh", q=WSC_Q.format(p=pron, n=noun) + sent, ref=lab, why=why,
                        bad="否" if lab == "是" else "是", kind="wsc", pron=pron, noun=noun,
                        bwhy=f"从句意看，“{pron}”{'指的就是' if lab == '否' else '指的是另一个人，不是'}{noun}。",
                        syn={"是": ["对", "是的"], "否": ["不是", "不对"]}))
    return out


def class_final(rng: random.Random, lang: str, lab: str) -> str:
    if lang == "en":
        return rng.choice([f"The answer is {lab}.", f"Answer: {lab}", f"**{lab}**", f"Label: {lab}",
                           f"So the label is {lab}.", lab, f"The best answer is {lab}."])
    return rng.choice([f"答案是{lab}。", f"答案：{lab}", f"所以答案为“{lab}”。", f"故选择：{lab}", lab,
                       f"The answer is {lab}."])


def negation_line(rng: random.Random, it: dict, label: str) -> str:
    """A sentence that only negates a label. For binary tasks negating the wrong label is an answer."""
    k, ref, bad = it["kind"], it["ref"], it["bad"]
    if k in ("sent", "zhsent"):
        neg = bad if label == "Correct" else ref
        if it["lang"] == "en":
            return rng.choice([f"This review is definitely not {neg}.", f"Overall, the sentiment is not {neg}."])
        return rng.choice([f"这条评论不是{neg}的。", f"总体来看，情感并不{neg}。" if neg in ("正面", "负面") else
                           f"这条评论的情感不是 {neg}。"])
    if k == "wsc":
        if label == "Correct":
            return (f"代词“{it['pron']}”指的不是{it['noun']}。" if ref == "否" else
                    f"代词“{it['pron']}”指的就是{it['noun']}，并不是别人。")
        return (f"代词“{it['pron']}”指的不是{it['noun']}。" if ref == "是" else
                f"代词“{it['pron']}”指的并不是别人，正是{it['noun']}。")
    if k == "nli":
        if label == "Correct":
            others = [x for x in ("entailment", "neutral", "contradiction") if x != ref]
            return f"两句话的关系既不是{NLI_ZH[others[0]]}，也不是{NLI_ZH[others[1]]}，所以是{NLI_ZH[ref]}（{ref}）。"
        other = [x for x in ("entailment", "neutral", "contradiction") if x != ref][0]
        return rng.choice([f"这两个句子之间不是{NLI_ZH[other]}关系。", f"The relation is not {other}."])
    if label == "Correct":
        wrong = [x for x in AG_SYN if x != ref][rng.randrange(3)]
        return f"This is not a {wrong} story; it belongs to {ref}."
    return f"This article is not about {ref}."


def compose_class(rng: random.Random, it: dict, trap: str, label: str) -> str:
    lang, en = it["lang"], it["lang"] == "en"
    ref, bad = it["ref"], it["bad"]
    pick = ref if label == "Correct" else bad
    why_good = it["why"]
    why_bad = it["bwhy"]
    wp = why_good if label == "Correct" else why_bad
    think = rng.random() < 0.35

    text = it["q"].split("\n", 1)[1]
    for tag in ("Article: ", "Review: ", "评论：", "句子："):
        text = text.removeprefix(tag)
    lead = {"ag": "I'll look at the main subject of the headline and the first sentence.",
            "sent": "I need to judge the overall attitude of the reviewer, taking negation and sarcasm into account.",
            "zhsent": "需要综合整条评论的态度来判断，注意否定和转折。",
            "nli": "需要判断能否由句子1推出句子2，或者两者是否矛盾。",
            "wsc": "需要结合句子的语义，判断代词指代的对象。"}[it["kind"]]
    pre = []
    if rng.random() < 0.7:
        pre.append(Note(f'The text is: "{text}"' if en else f"原文：{text}"))
    if rng.random() < 0.6:
        pre.append(Note(lead))
    post = []
    if rng.random() < 0.5:
        post.append(Note(rng.choice(["Double-checking for negations or sarcasm: nothing changes the overall reading.",
                                     "Let me re-read the text once more to make sure I did not miss a qualifier."]
                                    if en else ["再检查一下有没有否定或转折：整体判断不变。",
                                                "再读一遍原文，确认没有遗漏关键信息。"])))

    def rd(paras, fin, **kw):
        return render(rng, lang, pre + list(paras) + (post if paras else []), fin, **kw)
    if trap in ("plain", "boxed"):
        fin = class_final(rng, lang, pick) if trap == "plain" else f"$\\boxed{{\\text{{{pick}}}}}$"
        if think:
            last = f"So it's {pick}." if en else f"所以是{pick}。"
            return rd([wp], fin, think=[str(x) for x in pre] + [lead, wp, last])
        return rd([wp], fin, style="plain", opener=rng.random() < 0.5)
    if trap == "label_in_sentence":
        if en:
            line = rng.choice([f"Given this, I would classify the text as {pick}.",
                               f"The text clearly falls under the {pick} category.",
                               f"Considering the wording, {pick} is the most fitting label here."])
        else:
            line = rng.choice([f"因此，这段文本应归为“{pick}”。", f"综上，我认为属于{pick}这一类。"])
        return rd([wp], line, style="plain", opener=False)
    if trap == "negation":
        return rd([wp] if label == "Correct" else [], negation_line(rng, it, label), style="plain",
                      opener=False)
    if trap == "synonyms":
        if label == "Correct":
            s = rng.choice(it["syn"][ref])
        else:
            s = rng.choice(it["syn"][bad])
        line = (f"The answer is {s}." if en else f"答案：{s}")
        return rd([wp], line, style="plain", opener=False)
    if trap == "hedged":
        line = (rng.choice([f"It could be {ref} or {bad}.", f"I'd say {bad}, but {ref} is also possible."]) if en else
                rng.choice([f"可能是“{ref}”，也可能是“{bad}”。", f"答案是“{bad}”或“{ref}”。"]))
        return rd([why_good], line, style="plain")
    if trap == "multiple_answers":
        line = (f"The labels are {ref} and {bad}." if en else f"答案是“{ref}”和“{bad}”。")
        return rd([why_good], line, style="plain")
    if trap == "self_correction":
        first, second = (bad, ref) if label == "Correct" else (ref, bad)
        w = wait_en(rng) if en else wait_zh(rng)
        paras = [Note(f"My first impression is {first}." if en else f"第一印象是“{first}”。"),
                 Note(w + ("reading it again, that's not right." if en else "重新读题后发现不是这样。")),
                 why_good if second == ref else why_bad]
        return rd(paras, class_final(rng, lang, second), style="plain", opener=False)
    if trap == "no_answer":
        return refusal(rng, lang) if rng.random() < 0.5 else (
            "The text is ambiguous and could belong to more than one category, so I will not pick one." if en else
            "这段文本的含义比较模糊，无法判断。")
    if trap == "truncated":
        text = rd([why_good], "", style="plain")
        return text[: max(20, len(text) * 2 // 3)].rstrip()
    if trap == "think_mismatch":
        other = bad if label == "Correct" else ref
        return rd([wp], class_final(rng, lang, pick),
                      think=[why_good if other == ref else why_bad, f"So the label is {other}." if en else
                             f"所以标签是{other}。"])
    raise ValueError(f"unknown class trap {trap}/{label}")


def compose_short(rng: random.Random, it: dict, trap: str, label: str) -> str:
    lang, en = it["lang"], it["lang"] == "en"
    oka, bada = it["ok_ans"], it["bad_ans"]
    ok, bad = list(it["why"]), list(it["bad_why"])

    def fin(a: str) -> str:
        return rng.choice([f"The answer is {a}.", f"**Answer:** {a}", f"So the answer is {a}.", f"Answer: {a}",
                           f"Therefore, the answer is **{a}**.", f"$\\boxed{{\\text{{{a}}}}}$"] if en else
                          [f"答案是{a}。", f"所以答案为{a}。", f"答案：{a}", f"因此，{a}。"])

    think = rng.random() < 0.35

    qline = it["q"].split("\n")[-1]
    pre = []
    if "\n" in it["q"]:
        passage = it["q"].split("\n")[0]
        stop = {"The", "That", "There", "This", "During", "Then", "So", "In", "It", "He", "She", "They"}
        keys = [w.strip(".,") for w in " ".join(ok + bad).split()
                if any(ch.isdigit() for ch in w) or (w[:1].isupper() and len(w) > 3 and w not in stop)]
        sents = [x.strip() for x in passage.split(". ") if any(k and k in x for k in keys)]
        if sents and rng.random() < 0.8:
            pre.append(Note(rng.choice(["The relevant part of the passage: ", "From the passage: ",
                                        "Key sentences: "]) + " ".join(f'"{x.rstrip(".")}."' for x in sents[:3])))
        if rng.random() < 0.6:
            pre.insert(0, Note(f"The question asks: {qline}"))
    elif rng.random() < 0.5:
        pre.append(Note(f"The question asks: {qline}" if en else f"题目问的是：{qline}"))

    post = []
    if rng.random() < 0.5:
        post.append(Note(rng.choice(["Let me double-check by re-reading the question once more; the reasoning above "
                                     "answers exactly what is asked.",
                                     "Double-checking: I made sure to use the figures that the question refers to."]
                                    if en else ["再核对一遍题目，上面的推理回答的正是题目所问。"])))

    def rd(paras, fin, **kw):
        return render(rng, lang, pre + list(paras) + post, fin, **kw)
    alt = [a for a in it["alts"] if a[0] == trap and a[1] == label]
    if alt:
        if label == "Incorrect":
            lead = ([rng.choice(["Let me find the relevant sentence in the passage.", "Looking at the passage again.",
                                 "I recall this one."])] if en else [rng.choice(["根据材料作答。", "回忆相关知识。"])])
            return render(rng, lang, lead if rng.random() < 0.6 else [], rng.choice(alt)[2], style="plain",
                          opener=False)
        return rd(ok, rng.choice(alt)[2], style=rng.choice(["plain", "prose"]), opener=False)
    if trap == "plain":
        paras, a = (ok, oka) if label == "Correct" else (bad, bada)
        if think:
            return rd(paras, fin(a), think=think_version(rng, lang, pre + paras, rng.choice([0, 1, 1, 2])))
        return rd(paras, fin(a), style=rng.choice(["plain", "prose", "numbered"]))
    if trap == "hedged":
        return rd(ok, hedge(rng, lang, oka, bada), style="plain")
    if trap == "no_answer":
        if rng.random() < 0.5:
            return refusal(rng, lang)
        return ("The passage does not give enough information to answer this question." if en else
                "材料中没有给出足够的信息来回答这个问题。") if "\n" in it["q"] else refusal(rng, lang)
    if trap == "truncated":
        text = rd(ok, "", style="plain")
        i = text.find(oka)
        if i == -1:
            i = len(text)
        i = max(8, min(i, len(text) - 1))
        pos = rng.randint(min(8, i), i)
        while pos > 8 and text[pos - 1] not in " \n，。":
            pos -= 1
        return text[:pos].rstrip()
    if trap == "self_correction":
        w = wait_en(rng) if en else wait_zh(rng)
        if label == "Correct":
            paras = bad + [Note(f"So the answer is {bada}." if en else f"所以答案是{bada}。"),
                           Note(w + ("let me re-read the question." if en else "我再读一遍题目。"))] + ok
            return rd(paras, fin(oka), style="plain")
        paras = ok + [Note(f"So the answer is {oka}." if en else f"所以答案是{oka}。"),
                      Note(w + ("I think I mixed something up." if en else "好像弄混了。"))] + bad
        return rd(paras, fin(bada), style="plain")
    if trap == "rejected_value":
        if label == "Incorrect":
            note = Note(f"It might seem to be {oka}, but I don't think that's right." if en else
                        f"看起来像是{oka}，但我认为不对。")
            return rd([note] + bad, fin(bada), style="plain")
        note = Note(f"One might answer {bada}, but that is a common mistake." if en else f"容易误答为{bada}。")
        return rd([note] + ok, fin(oka), style="plain")
    if trap == "think_mismatch":
        if label == "Correct":
            return rd(ok, fin(oka), think=[str(x) for x in pre] + bad + [f"So {bada}." if en else f"所以是{bada}。"])
        return rd(bad, fin(bada), think=[str(x) for x in pre] + ok + [f"So {oka}." if en else f"所以是{oka}。"])
    if trap == "question_echo":
        return it["q"] if label == "Incorrect" else it["q"] + "\n\n" + rd(ok, fin(oka))
    raise ValueError(f"unknown short trap {trap}/{label}")


# ----------------------------------------------------------------------------------------------------------------
# schedule: which trap each procedural case gets

C, I_ = "Correct", "Incorrect"
GEN_MATH = [("plain", C), ("plain", I_), ("boxed", C), ("self_correction", C), ("self_correction", I_),
            ("hedged", I_), ("truncated", I_), ("boxed", I_), ("no_answer", I_), ("rejected_value", I_),
            ("rejected_value", C), ("followup_question", C), ("followup_question", I_), ("fewshot_recital", C),
            ("fewshot_recital", I_), ("question_echo", I_), ("question_echo", C), ("repetition_truncation", I_),
            ("repetition_truncation", C), ("think_mismatch", C), ("think_mismatch", I_), ("plain", C),
            ("self_correction", C), ("plain", I_), ("boxed", I_), ("self_correction", I_)]
NEEDS_INT = {("followup_question", I_), ("fewshot_recital", I_)}

GEN_MC = [("plain", C, "inline"), ("plain", I_, "lines"), ("boxed", C, "inline"), ("option_text_only", C, "lines"),
          ("wrong_option_text", I_, "inline"), ("label_in_sentence", C, "inline"), ("label_in_sentence", I_, "lines"),
          ("stray_A", C, "inline"), ("stray_A", I_, "inline"), ("multiple_answers", I_, "inline"),
          ("hedged", I_, "lines"), ("self_correction", C, "inline"), ("self_correction", I_, "lines"),
          ("rejected_value", I_, "inline"), ("rejected_value", C, "lines"), ("truncated", I_, "inline"),
          ("no_answer", I_, "lines"), ("fewshot_recital", C, "inline"), ("fewshot_recital", I_, "inline"),
          ("roman_labels", C, "roman"), ("roman_labels", I_, "roman"), ("arabic_labels", C, "arabic"),
          ("arabic_labels", I_, "arabic"), ("option_text_only", C, "roman"), ("enh_random_option", C, "enh_random"),
          ("enh_random_option", I_, "enh_random"), ("enh_drop_option", C, "enh_drop"), ("think_mismatch", C, "inline"),
          ("think_mismatch", I_, "lines"), ("plain", C, "lines"), ("plain", I_, "inline"), ("boxed", I_, "lines")]

GEN_SHORT = [("plain", C), ("plain", I_), ("hedged", I_), ("no_answer", I_), ("truncated", I_), ("self_correction", C),
             ("self_correction", I_), ("rejected_value", I_), ("rejected_value", C), ("think_mismatch", C),
             ("think_mismatch", I_), ("question_echo", I_), ("plain", C)]

GEN_CLASS = [("plain", C), ("plain", I_), ("label_in_sentence", C), ("label_in_sentence", I_), ("negation", C),
             ("negation", I_), ("synonyms", C), ("synonyms", I_), ("hedged", I_), ("multiple_answers", I_),
             ("self_correction", C), ("self_correction", I_), ("no_answer", I_), ("truncated", I_),
             ("think_mismatch", C), ("think_mismatch", I_), ("boxed", C), ("plain", C), ("synonyms", C)]


def case(ds, kat, q, out, ref, label, lang, trap) -> dict:
    return {"id": "", "dataset": ds, "key_answer_type": kat, "question": q, "llm_output": out,
            "correct_answer": ref, "label": label, "lang": lang, "trap": trap}


def gen_math(rng: random.Random) -> list[dict]:
    out, g = [], 0
    for tmpl in MATH_TEMPLATES:
        probe = tmpl(rng)
        pairs = sorted({(a[0], a[1]) for a in probe["alts"]})
        bad_pairs = [p for p in pairs if p[1] == I_]
        good_pairs = [p for p in pairs if p[1] == C]
        if tmpl in (m_bottles, z_population):  # the number-format templates: cover every format variant
            chosen = list(pairs)
        else:
            chosen = rng.sample(bad_pairs, min(1, len(bad_pairs)))
            chosen += rng.sample(good_pairs, min(1, len(good_pairs)))
        n_generic = 3 if tmpl.__name__.startswith("m_") else 2
        jobs = chosen + [None] * n_generic
        for job in jobs:
            it = tmpl(rng)
            if job is None or job not in {(a[0], a[1]) for a in it["alts"]}:
                while True:
                    job = GEN_MATH[g % len(GEN_MATH)]
                    g += 1
                    if job not in NEEDS_INT or (it["ival"] or 0) >= 2:
                        break
            trap, label = job
            text = compose_math(rng, it, trap, label)
            out.append(case(it["ds"], "math", it["q"], text, it["ref"], label, it["lang"], trap))
    return out


def gen_mc(rng: random.Random) -> list[dict]:
    items = list(MC_POOL) + [mc_computed(rng) for _ in range(16)]
    out, g = [], 0
    for rep in range(2):
        for it in items:
            if rep == 1 and rng.random() < 0.05:
                continue
            while True:
                trap, label, fmt = GEN_MC[g % len(GEN_MC)]
                g += 1
                if trap == "stray_A" and it["lang"] != "en":
                    continue
                break
            pos = None
            if trap == "stray_A":
                pos = 0 if label == I_ else rng.randint(1, 3)
            if trap == "fewshot_recital" and label == I_:
                pos = rng.randint(0, 3)
            if it["lang"] == "zh" and fmt == "inline" and rng.random() < 0.6:
                fmt = "lines"
            lay = mc_layout(rng, it, fmt, pos)
            text = compose_mc(rng, it, lay, trap, label)
            out.append(case(lay["ds"], "alphabet_option", lay["q"], text, lay["ref"], label, it["lang"], trap))
    return out


def gen_short(rng: random.Random) -> list[dict]:
    items = [f(rng) for f in (s_football, s_census, s_town) for _ in range(14)]
    items += [dict(x) for x in FACT_POOL] + [dict(x) for x in FACT_POOL if x["lang"] == "zh" or rng.random() < 0.7]
    out, g, used = [], 0, set()
    for it in items:
        it.setdefault("ds", "drop_like")
        want = C if sum(c["label"] == C for c in out) <= len(out) / 2 - 1 else I_
        pairs = sorted({(a[0], a[1]) for a in it["alts"] if a[1] == want})
        if pairs and rng.random() < 0.6:
            trap, label = rng.choice(pairs)
        else:
            trap, label = GEN_SHORT[g % len(GEN_SHORT)]
            g += 1
        while (it["q"], trap, label) in used:
            trap, label = GEN_SHORT[g % len(GEN_SHORT)]
            g += 1
        used.add((it["q"], trap, label))
        text = compose_short(rng, it, trap, label)
        out.append(case(it["ds"], "short_text", it["q"], text, it["ref"], label, it["lang"], trap))
    return out


def gen_class(rng: random.Random) -> list[dict]:
    items = class_items(rng)
    items += rng.sample([x for x in items if x["lang"] == "en"], 12)
    out = []
    for g, it in enumerate(items):
        trap, label = GEN_CLASS[g % len(GEN_CLASS)]
        text = compose_class(rng, it, trap, label)
        out.append(case(it["ds"], "categorical_label", it["q"], text, it["ref"], label, it["lang"], trap))
    return out


# ----------------------------------------------------------------------------------------------------------------
# hand-written cases


HAND_KEYS = {"dataset", "type", "lang", "label", "trap", "answer", "why"}


def parse_hand(text: str) -> list[dict]:
    """Parse hand_cases.txt (format described at its top)."""
    out = []
    blocks = text.split("\n=== ")[1:]
    for blk in blocks:
        head, rest = blk.split("\n--- question\n", 1)
        question, output = rest.split("\n--- output\n", 1)
        lines = head.split("\n")
        slug, meta = lines[0].strip(), {}
        for ln in lines[1:]:
            k, v = ln.split(":", 1)
            meta[k.strip()] = v.strip()
        assert set(meta) == HAND_KEYS, (slug, sorted(meta))
        out.append({"id": "", "dataset": meta["dataset"], "key_answer_type": meta["type"],
                    "question": question.strip("\n"), "llm_output": output.rstrip(), "correct_answer": meta["answer"],
                    "label": meta["label"], "lang": meta["lang"], "trap": meta["trap"], "_slug": slug})
    return out


# ----------------------------------------------------------------------------------------------------------------
# build, check, stats


def build() -> list[dict]:
    rng = random.Random(SEED)
    procedural = gen_math(rng) + gen_mc(rng) + gen_short(rng) + gen_class(rng)
    hand = parse_hand(HAND.read_text(encoding="utf-8"))
    slugs = [h.pop("_slug") for h in hand]
    assert len(set(slugs)) == len(slugs), "duplicate hand slugs"
    cases = hand + procedural
    rng.shuffle(cases)
    for i, c in enumerate(cases, 1):
        c["id"] = f"xv-{i:04d}"
    validate(cases)
    return cases


def validate(cases: list[dict]) -> None:
    ids = set()
    for c in cases:
        assert list(c) == list(FIELDS), c["id"]
        assert c["id"] not in ids, c["id"]
        ids.add(c["id"])
        assert c["key_answer_type"] in TYPES, c
        assert c["label"] in LABELS, c
        assert c["lang"] in LANGS, c
        for k in FIELDS:
            assert isinstance(c[k], str) and c[k].strip(), (c["id"], k)
    n = len(cases)
    by_type = Counter(c["key_answer_type"] for c in cases)
    assert n >= 450, n
    share = {t: by_type[t] / n for t in TYPES}
    assert 0.20 <= share["alphabet_option"] <= 0.30, share
    assert 0.35 <= share["math"] <= 0.45, share
    assert 0.15 <= share["short_text"] <= 0.25, share
    assert 0.10 <= share["categorical_label"] <= 0.20, share
    zh = sum(c["lang"] == "zh" for c in cases) / n
    assert 0.25 <= zh <= 0.30, zh
    correct = sum(c["label"] == "Correct" for c in cases) / n
    assert 0.45 <= correct <= 0.55, correct


def dumps(cases: list[dict]) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def table(rows: list[tuple], header: tuple) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    fmt = "| " + " | ".join(f"{{:{w}}}" for w in widths) + " |"
    lines = [fmt.format(*header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += [fmt.format(*r) for r in rows]
    return "\n".join(lines)


def stats(cases: list[dict]) -> str:
    n = len(cases)
    out = [f"cases: {n}"]
    t = Counter((c["key_answer_type"], c["lang"], c["label"]) for c in cases)
    rows = []
    for ty in TYPES:
        r = [ty] + [t[(ty, lg, lb)] for lg in LANGS for lb in LABELS]
        tot = sum(r[1:])
        rows.append(tuple(r + [tot, f"{100 * tot / n:.1f}%"]))
    col = [sum(t[(ty, lg, lb)] for ty in TYPES) for lg in LANGS for lb in LABELS]
    rows.append(tuple(["all"] + col + [n, "100%"]))
    out.append(table(rows, ("key_answer_type", "en Correct", "en Incorrect", "zh Correct", "zh Incorrect", "total",
                            "share")))
    zh = sum(c["lang"] == "zh" for c in cases)
    cor = sum(c["label"] == "Correct" for c in cases)
    out.append(f"zh share: {100 * zh / n:.1f}%   Correct share: {100 * cor / n:.1f}%")
    tr = Counter((c["trap"], c["key_answer_type"], c["lang"], c["label"]) for c in cases)
    traps = sorted({c["trap"] for c in cases})
    rows = []
    for tp in traps:
        cells = []
        for ty in TYPES:
            en, zh = (f"{tr[(tp, ty, lg, 'Correct')]}/{tr[(tp, ty, lg, 'Incorrect')]}" for lg in LANGS)
            cells.append("" if en == zh == "0/0" else f"{en}  {zh}")
        rows.append(tuple([tp] + cells + [sum(tr[(tp, ty, lg, lb)] for ty in TYPES for lg in LANGS for lb in LABELS)]))
    out.append("trap x key_answer_type; each cell is 'en Correct/Incorrect  zh Correct/Incorrect':")
    out.append(table(rows, ("trap", "alphabet_option", "math", "short_text", "categorical_label", "total")))
    ds = Counter(c["dataset"] for c in cases)
    out.append("datasets: " + ", ".join(f"{k} {v}" for k, v in sorted(ds.items())))
    lens = sorted(len(c["llm_output"]) for c in cases)
    out.append(f"llm_output chars: min {lens[0]}, median {lens[n // 2]}, max {lens[-1]}; "
               f">=300: {sum(x >= 300 for x in lens)}, >=3000: {sum(x >= 3000 for x in lens)}, "
               f">4000: {sum(x > 4000 for x in lens)}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify var_eval.jsonl equals a fresh build")
    ap.add_argument("--stats", action="store_true", help="print count tables")
    args = ap.parse_args(argv)
    cases = build()
    text = dumps(cases)
    if args.check:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("var_eval.jsonl is up to date" if ok else "var_eval.jsonl differs from a fresh build")
        return 0 if ok else 1
    if args.stats:
        print(stats(cases))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(cases)} cases to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

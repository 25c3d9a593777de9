"""Shared helpers: formatting, reasoning-trace assembly, answer placement."""
from fractions import Fraction
import math

SEED = 5353


def T(zh, en_text, zh_text):
    return zh_text if zh else en_text


def frac(x, latex=False):
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    if latex:
        s = "-" if x < 0 else ""
        return "%s\\frac{%d}{%d}" % (s, abs(x.numerator), x.denominator)
    return "%d/%d" % (x.numerator, x.denominator)


def terminating(x):
    d = Fraction(x).denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    return d == 1


def dec(x):
    x = Fraction(x)
    neg = x < 0
    x = abs(x)
    ip = x.numerator // x.denominator
    r = x - ip
    digs = ""
    while r and len(digs) < 12:
        r *= 10
        digs += str(r.numerator // r.denominator)
        r -= r.numerator // r.denominator
    return ("-" if neg else "") + str(ip) + ("." + digs if digs else "")


def simp_sqrt(n):
    k = 1
    m = n
    for f in range(int(math.isqrt(n)), 1, -1):
        if n % (f * f) == 0:
            k, m = f, n // (f * f)
            break
    return k, m


def rad(n, style=0):
    k, m = simp_sqrt(n)
    if m == 1:
        return str(k)
    r = "\\sqrt{%d}" % m if style else "√%d" % m
    return r if k == 1 else "%d%s" % (k, r)


def poly(coefs, var="x"):
    """coefs from highest degree down to constant."""
    n = len(coefs) - 1
    out = ""
    for i, c in enumerate(coefs):
        c = Fraction(c)
        p = n - i
        if c == 0:
            continue
        sign = "-" if c < 0 else "+"
        a = abs(c)
        if p == 0:
            body = frac(a)
        else:
            body = ("" if a == 1 else (frac(a) if a.denominator == 1 else "(%s)" % frac(a))) + var + ("" if p == 1 else "^%d" % p)
        if not out:
            out = ("-" if c < 0 else "") + body
        else:
            out += " %s %s" % (sign, body)
    return out or "0"


def lin(a, b, var="n"):
    return poly([a, b], var)


# ---------- trace assembly ----------
OPEN_EN = ["Okay, let me work through this carefully.", "Let me start by restating what is asked.",
           "Alright, so the problem gives us the following.", "Hmm, let me think about how to set this up.",
           "First, I need to understand exactly what is being asked here.", "Let's see."]
OPEN_ZH = ["好的，我先把题目理清楚。", "嗯，先看题目给了什么条件。", "我来一步一步分析这道题。",
           "首先明确题目要求求什么。", "好，先读题。"]
CHECK_EN = ["Wait, let me double-check that step before moving on.", "Hold on, let me verify this another way.",
            "Let me re-check the arithmetic, since sign errors are easy here.",
            "Actually, let me make sure I haven't misread the question.",
            "Hmm, is that consistent with the conditions? Let me plug it back in."]
CHECK_ZH = ["等等，我再核对一下这一步。", "等一下，换个方法验证一下。", "再检查一遍计算，符号容易出错。",
            "回头看看题目条件，确认没有读错。", "代回去验证一下是否满足条件。"]
OK_EN = ["Yes, that checks out.", "Good, consistent.", "Okay, same result.", "That matches, so I'm confident."]
OK_ZH = ["没问题，结果一致。", "对的，验证通过。", "好，吻合。", "检验无误。"]


def think_block(rng, zh, steps, extra=None):
    parts = [rng.choice(OPEN_ZH if zh else OPEN_EN)]
    parts += steps
    if extra:
        parts += extra
    return "<think>\n" + "\n\n".join(parts) + "\n</think>\n\n"


def recheck(rng, zh, lines):
    """A reflection paragraph restating given verification lines."""
    return rng.choice(CHECK_ZH if zh else CHECK_EN) + ("" if zh else " ") + " ".join(lines) + " " + \
        rng.choice(OK_ZH if zh else OK_EN)


def present(rng, zh, ans, kind="math"):
    """Closing statement carrying the final answer in one of many layouts."""
    if zh:
        opts = ["**答案：** $\\boxed{%s}$", "答案：%s", "故答案为 $\\boxed{%s}$。", "综上所述，所求结果为 %s。",
                "因此最终答案是 **%s**，与验证一致。", "| 项目 | 结果 |\n|---|---|\n| 最终答案 | %s |",
                "- 方法：见上\n- 检验：通过\n- 结论：%s", "所以答案：$%s$。"]
    else:
        opts = ["**Final answer:** $\\boxed{%s}$", "Final answer: %s", "Therefore, the answer is $\\boxed{%s}$.",
                "**%s** is the final answer, which matches the check above.",
                "So after simplifying, we get %s, and that is our answer.",
                "| Quantity | Value |\n|---|---|\n| Final answer | %s |",
                "Summary:\n1. Set up the relations.\n2. Solved and verified.\n3. Answer: **%s**",
                "The answer is $%s$."]
    return rng.choice(opts) % ans


def assemble(rng, zh, steps, checks, final_line, summary_steps=None, closed=True):
    body = think_block(rng, zh, steps, [recheck(rng, zh, checks)] if checks else None)
    if not closed:
        return body
    summ = summary_steps if summary_steps is not None else steps[-2:]
    head = T(zh, "**Solution.**", "**解答：**") if rng.random() < 0.5 else T(zh, "Solution.", "解：")
    return body + head + "\n" + "\n".join(summ) + "\n\n" + final_line


def cut_off(rng, zh, steps):
    """Trace that stops mid-thought, no final answer."""
    tail = T(zh, "Wait, actually I think I need to redo the part where", "等等，我觉得前面这一步需要重新算，因为")
    body = "<think>\n" + rng.choice(OPEN_ZH if zh else OPEN_EN) + "\n\n" + "\n\n".join(steps) + "\n\n" + tail
    return body


def record(cid, dataset, kat, q, out, ref, label, zh, trap):
    return {"id": cid, "dataset": dataset, "key_answer_type": kat, "question": q, "llm_output": out,
            "correct_answer": ref, "label": label, "lang": "zh" if zh else "en", "trap": trap}

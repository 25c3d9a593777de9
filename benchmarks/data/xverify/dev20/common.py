"""dev20 generator: shared helpers (text pieces, commitments, wrapping, truncation)."""
import json, os, random, math
import re as _re
from fractions import Fraction as Fr

def pick(rng, xs):
    return xs[rng.randrange(len(xs))]


def fr_tex(f, style=0):
    f = Fr(f)
    if f.denominator == 1:
        return str(f.numerator)
    s = "-" if f < 0 else ""
    n, d = abs(f.numerator), f.denominator
    return [f"{s}\\frac{{{n}}}{{{d}}}", f"{s}\\dfrac{{{n}}}{{{d}}}", f"{s}{n}/{d}"][style % 3]


def fr_txt(f):
    f = Fr(f)
    return str(f.numerator) if f.denominator == 1 else f"{f.numerator}/{f.denominator}"


# ---------------------------------------------------------------- commitments
def commit(rng, tex, txt, lang, kind=None):
    """Render an explicit final commitment in one of many placements/phrasings."""
    en = [
        lambda: f"The answer is $\\boxed{{{tex}}}$.",
        lambda: f"**Final answer:** $\\boxed{{{tex}}}$",
        lambda: f"Final answer: {txt}",
        lambda: f"So the final answer is \\(\\boxed{{{tex}}}\\).",
        lambda: f"\\[\n\\boxed{{{tex}}}\n\\]",
        lambda: f"$$\\boxed{{{tex}}}$$",
        lambda: f"Answer: ${tex}$",
        lambda: f"**Answer**\n{txt}",
        lambda: f"**Answer**\n\n$${tex}$$",
        lambda: f"| quantity | value |\n|---|---|\n| final answer | ${tex}$ |",
        lambda: f"```\nFINAL ANSWER = {txt}\n```",
        lambda: "```json\n" + json.dumps({"final_answer": txt}, ensure_ascii=False) + "\n```",
        lambda: f"Therefore the required value is ${tex}$, i.e. $\\boxed{{{tex}}}$.",
        lambda: f"Putting it all together, we conclude that the answer is **{txt}**.",
        lambda: f"### Final Answer\n$\\boxed{{{tex}}}$",
        lambda: f"The final result: \\(\\boxed{{{tex}}}\\)",
        lambda: f"ANSWER: {txt}",
    ]
    zh = [
        lambda: f"答案是 ${tex}$。",
        lambda: f"所以最终答案为 $\\boxed{{{tex}}}$。",
        lambda: f"**答案：** {txt}",
        lambda: f"综上所述，答案为 \\(\\boxed{{{tex}}}\\)。",
        lambda: f"最终答案：$\\boxed{{{tex}}}$",
        lambda: f"| 项目 | 结果 |\n|---|---|\n| 最终答案 | ${tex}$ |",
        lambda: f"**答案**\n{txt}",
        lambda: "```json\n" + json.dumps({"答案": txt}, ensure_ascii=False) + "\n```",
        lambda: f"因此所求的值为 $$\\boxed{{{tex}}}$$",
        lambda: f"故答案是{txt}。",
    ]
    pool = zh if lang == "zh" else en
    if kind is not None:
        return pool[kind % len(pool)]()
    return pick(rng, pool)()


import re as _re

RECHECK_EN = ["Double-check: ${e}$. Yes.", "Is ${e}$ right? Recomputing... yes, it holds.", "hmm wait, ${e}$? Let me redo that. OK, same thing.",
              "Re-verify ${e}$ — fine.", "So ${e}$, good.", "Careful with signs here: ${e}$. Still true.", "Let me make sure about ${e}$... yep."]
RECHECK_ZH = ["再核对一下：${e}$，没错。", "${e}$ 对吗？重新算一遍……对的。", "等一下，${e}$？再算一次，结果一样。", "检查 ${e}$，成立。"]


def recheck(rng, steps, lang):
    eqs = [m for m in _re.findall(r"(?<!\$)\$([^$]{6,160})\$(?!\$)", steps) if "=" in m]
    if not eqs:
        return ""
    rng2 = random.Random(len(steps) + rng.randrange(1000))
    chosen = rng2.sample(eqs, min(len(eqs), rng2.randint(3, 6)))
    pool = RECHECK_ZH if lang == "zh" else RECHECK_EN
    return "\n".join(pick(rng2, pool).replace("{e}", e.strip()) for e in chosen)


def summary(rng, steps, lang):
    eqs = [m.strip() for m in _re.findall(r"(?<!\$)\$([^$]{4,160})\$(?!\$)", steps) if "=" in m or "\\equiv" in m]
    if len(eqs) < 2:
        return ""
    head = pick(rng, ["### 关键步骤", "**要点回顾**", "小结："]) if lang == "zh" else pick(rng, ["### Key steps", "**Summary of the computation**", "Recap:", "#### Where the numbers come from"])
    bullets = pick(rng, ["- ", "1. ", "* "])
    lines = []
    for i, e in enumerate(eqs[:7]):
        b = f"{i+1}. " if bullets == "1. " else bullets
        lines.append(f"{b}${e}$")
    return head + "\n" + "\n".join(lines)


def opener(rng, q, lang):
    if not q:
        return ""
    if lang == "zh":
        return pick(rng, [f"题目是：{q}\n先想想该怎么做。", f"好的，题目要求：{q}"]) + "\n\n"
    return pick(rng, [f"Okay, so the problem is: {q}\nLet me think about how to approach this.", f"Alright. {q}\nFirst, what exactly is being asked?",
                      f"Let me restate: {q}", f"So we need: {q} Let's work it out."]) + "\n\n"


def wrap(rng, lang, steps, final_block, verify=None, scratch=None, title=None, alt=None, q=None):
    """Assemble an output: optional <think>, optional heading, steps, commitment, optional verification."""
    parts = []
    zh = lang == "zh"
    think = None
    if scratch and rng.random() < 0.93:
        # reasoning-model style: full derivation inside <think>, then a written-up solution
        t = opener(rng, q, lang) + scratch.strip() + "\n\n" + (pick(rng, ["好，把过程整理一下。", "整理如下："]) if zh else
                                         pick(rng, ["OK let me write this out carefully.", "Let me organize this.", "Right, properly now:"]))
        t += "\n" + steps.strip()
        if alt:
            t += "\n\n" + alt.strip()
            if rng.random() < 0.4:
                alt = None
        rc = recheck(rng, steps, lang)
        if rc:
            t += "\n\n" + rc
        if verify and rng.random() < 0.95:
            t += "\n\n" + verify.strip()
        parts.append("<think>\n" + t + "\n</think>\n")
        scratch = None
    if scratch and rng.random() < 0.6:
        t = scratch.strip()
        if alt and rng.random() < 0.5:
            t += "\n\n" + (pick(rng, ["换个方法再算一遍。", "再用另一种思路核对。"]) if zh else
                            pick(rng, ["Let me redo this a different way to be safe.", "Hmm, let me try another route to make sure.",
                                       "Another way to see it:"])) + "\n" + alt.strip()
            alt = None
        rc = recheck(rng, steps, lang)
        if rc:
            t += "\n\n" + rc
        think = "<think>\n" + opener(rng, q, lang) + t + "\n</think>\n"
        parts.append(think)
    if q and rng.random() < 0.5:
        parts.append(pick(rng, [f"**题目**：{q}"] if zh else [f"**Problem.** {q}", f"> {q}", f"We are asked: {q}"]))
    if title and rng.random() < 0.5:
        parts.append(title)
    parts.append(steps.strip())
    if rng.random() < 0.8:
        sm = summary(rng, steps + "\n" + (alt or ""), lang)
        if sm:
            parts.append(sm)
    if alt:
        parts.append((pick(rng, ["**另一种方法**", "### 方法二"]) if zh else
                      pick(rng, ["**Alternative approach.**", "### Method 2", "#### Double-check by another method"])) + "\n" + alt.strip())
    order = rng.random()
    if verify and order < 0.5:
        parts.append(final_block)
        parts.append(verify.strip())
        if rng.random() < 0.5:
            parts.append(pick(rng, ["So the answer stands.", "Confirmed.", "Everything checks out."] if lang == "en"
                              else ["验证无误。", "结论成立。", "检验通过。"]))
    elif verify:
        parts.append(verify.strip())
        parts.append(final_block)
    else:
        parts.append(final_block)
    return "\n\n".join(parts)


def truncate(text, rng, avoid=()):
    """Cut an output somewhere in the middle of the reasoning (before any commitment)."""
    cut = int(len(text) * rng.uniform(0.45, 0.7))
    body = text
    if body.startswith("<think>") and "</think>" in body:
        start = body.index("</think>") + 8
    else:
        start = 0
    for a in avoid:
        if a and len(a) > 1:
            i = body.find(a, start)
            if i != -1 and i > start + 120:
                cut = min(cut, i)
    cut = max(cut, min(len(text) - 1, 200))
    t = text[:cut]
    if " " in t[-30:]:
        t = t[: t.rstrip().rfind(" ")]
    return t.rstrip(" ,;:=")


# ---------------------------------------------------------------- structural traps
STRUCT = ["two_boxed", "retract", "fix_after_wrong", "inter_then_wrong", "truncated"]


def finish(rng, lang, steps, verify, scratch, title, correct, variant, wrong=None, inter=None, alt=None, q=None):
    """variant: ('ok', tex, txt, trap) | ('bad', tex, txt, trap) | ('struct', name).
    correct/wrong/inter are (tex, txt) pairs. Returns (llm_output, label, trap)."""
    zh = lang == "zh"
    if variant[0] in ("ok", "bad"):
        _, tex, txt, trap = variant
        fb = commit(rng, tex, txt, lang)
        if rng.random() < 0.45:
            fb = (pick(rng, [f"这样就得到 ${tex}$。\n\n", f"结果为 ${tex}$，整理一下写成最终答案。\n\n"]) if zh else
                  pick(rng, [f"That gives ${tex}$.\n\n", f"So the result is ${tex}$; stating it clearly:\n\n", f"Thus the value we want is ${tex}$.\n\n"])) + fb
        out = wrap(rng, lang, steps, fb, verify, scratch, title, alt, q)
        return out, ("Correct" if variant[0] == "ok" else "Incorrect"), trap
    name = variant[1]
    ct, cx = correct
    wt, wx = wrong
    if name == "two_boxed":
        tail = (f"由于题意可以有两种理解，答案可能是 $\\boxed{{{ct}}}$，也可能是 $\\boxed{{{wt}}}$，两者我都给出。" if zh else
                pick(rng, [f"Depending on how the condition is read, the value is either $\\boxed{{{ct}}}$ or $\\boxed{{{wt}}}$; I'll leave both.",
                           f"Final answer: $\\boxed{{{ct}}}$ (or possibly $\\boxed{{{wt}}}$ if the other convention is intended)."]))
        return wrap(rng, lang, steps, tail, None, scratch, title, alt, q), "Incorrect", "two_boxed_disagree"
    if name == "retract":
        first = commit(rng, ct, cx, lang, kind=1)
        tail = (f"{first}\n\n等等，上面有一步算错了。重新检查后，正确的结果应当是 ${wt}$，所以我更正：最终答案是 **{wx}**。" if zh else
                pick(rng, [f"{first}\n\nWait, that's not right — I misapplied a sign in the last step. Redoing it gives ${wt}$ instead, so the corrected final answer is **{wx}**.",
                           f"{first}\n\nHmm, actually no. Re-reading the problem, the boxed value above is wrong; it should be {wx}.\n\nFinal answer: {wx}"]))
        return wrap(rng, lang, steps, tail, None, scratch, title, alt, q), "Incorrect", "boxed_then_retracted"
    if name == "fix_after_wrong":
        head = (f"所以答案是 $\\boxed{{{wt}}}$。\n\n不对，我把上一行的数抄错了。根据上面的计算，结果是 ${ct}$。\n\n" if zh else
                pick(rng, [f"So the answer is $\\boxed{{{wt}}}$.\n\nWait, that's wrong — I copied the value from the wrong line. The computation above actually gives ${ct}$.\n\n",
                           f"This gives {wx}... no, let me re-check. That was a transcription slip; the value derived above is ${ct}$.\n\n"]))
        return wrap(rng, lang, steps, head + commit(rng, ct, cx, lang), verify, None, title, alt, q), "Correct", "self_corrected_to_right"
    if name == "inter_then_wrong":
        it, ix = inter
        tail = (f"这一步得到 $\\boxed{{{ct}}}$。不过题目要的并不是这个量，还要再处理一步：由 ${it}$ 继续推，最终答案为 ${wt}$。\n\n答案：{wx}" if zh else
                f"This gives $\\boxed{{{ct}}}$ for the quantity above. But the question is really asking for something slightly different, so one more step: starting again from ${it}$ we get ${wt}$.\n\nFinal answer: {wx}")
        return wrap(rng, lang, steps, tail, None, scratch, title, alt, q), "Incorrect", "boxed_intermediate_then_different_final"
    if name == "truncated":
        return truncate(wrap(rng, lang, steps, '', None, scratch, title, alt, q), rng, (ct, cx)), "Incorrect", "truncated_no_final"
    raise ValueError(name)


def choose_variant(rng, oks, bads, struct_ok=True):
    """oks/bads: lists of (tex, txt, trap)."""
    r = rng.random()
    if struct_ok and r < 0.16:
        return ("struct", pick(rng, STRUCT))
    if r < 0.68:
        t = pick(rng, oks)
        return ("ok",) + tuple(t)
    t = pick(rng, bads)
    return ("bad",) + tuple(t)


def rep_decimal(f):
    """Return (int_part, nonrep, rep) for positive Fraction f."""
    n, d = f.numerator, f.denominator
    ip, r = divmod(n, d)
    digits, seen = [], {}
    while r and r not in seen:
        seen[r] = len(digits)
        r *= 10
        digits.append(str(r // d))
        r %= d
    if not r:
        return ip, "".join(digits), ""
    k = seen[r]
    return ip, "".join(digits[:k]), "".join(digits[k:])


def case(dataset, kat, q, ref, out, label, trap, lang):
    return dict(dataset=dataset, key_answer_type=kat, question=q, llm_output=out, correct_answer=ref,
                label=label, trap=trap, lang=lang)


def poly_tex(a, b, c, var="x"):
    s = ""
    for coef, p in ((a, 2), (b, 1), (c, 0)):
        if coef == 0:
            continue
        sign = "-" if coef < 0 else "+"
        m = abs(coef)
        body = (f"{var}^2" if p == 2 else var if p == 1 else "")
        cs = "" if (m == 1 and p > 0) else str(m)
        if not s:
            s = ("-" if coef < 0 else "") + cs + body
        else:
            s += f" {sign} {cs}{body}"
    return s


# F1: quadratic with integer roots

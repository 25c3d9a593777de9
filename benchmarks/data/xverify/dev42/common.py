"""Shared helpers: LaTeX formatting and long reasoning-model style rendering."""
from fractions import Fraction
from math import gcd, isqrt


def fl(x, style="frac"):
    """Fraction -> LaTeX string."""
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    s = "-" if x < 0 else ""
    p, q = abs(x.numerator), x.denominator
    if style == "frac":
        return f"{s}\\frac{{{p}}}{{{q}}}"
    if style == "dfrac":
        return f"{s}\\dfrac{{{p}}}{{{q}}}"
    return f"{s}{p}/{q}"


def poly(coeffs, var="x"):
    """Integer coefficients, highest degree first -> 'x^3 - 2x + 1'."""
    n = len(coeffs) - 1
    out = ""
    for i, c in enumerate(coeffs):
        d = n - i
        if c == 0:
            continue
        mag = abs(c)
        if d == 0:
            body = str(mag)
        else:
            coef = "" if mag == 1 else str(mag)
            body = coef + (var if d == 1 else f"{var}^{d}")
        if out == "":
            out = ("-" if c < 0 else "") + body
        else:
            out += (" - " if c < 0 else " + ") + body
    return out or "0"


def sgn_term(c):
    """'+ 3' / '- 3' for appending a constant."""
    return f"- {abs(c)}" if c < 0 else f"+ {c}"


def shift(var, h):
    """(x - h) written nicely."""
    if h == 0:
        return var
    return f"({var} - {h})" if h > 0 else f"({var} + {-h})"


def sqrt_simplify(n):
    a, b = 1, n
    for f in range(isqrt(n), 1, -1):
        if n % (f * f) == 0:
            a, b = f, n // (f * f)
            break
    return a, b


def rad(a, b):
    if b == 1:
        return str(a)
    return (f"{a}" if a != 1 else "") + f"\\sqrt{{{b}}}"


def pmat(rows, env="pmatrix"):
    body = " \\\\ ".join(" & ".join(str(v) for v in r) for r in rows)
    return f"\\begin{{{env}}} {body} \\end{{{env}}}"


P = {
    "en": dict(
        open=["Okay, let me work through this problem carefully.",
              "Alright, I need to figure this out step by step.",
              "Let me start by making sure I understand what is being asked.",
              "Hmm, this looks like a standard problem, but I should be careful with the details.",
              "So I need to solve this. Let me read the statement again slowly."],
        mid=["I want to set things up cleanly before doing any arithmetic, since small slips are the usual source of errors here.",
             "Let me write down the given information and then decide on a method.",
             "There are a couple of ways to do this; I'll go with the most direct one and verify afterwards.",
             "I'll keep track of signs carefully, because that's where these problems usually go wrong."],
        restate="The problem says: ",
        conn=["First, ", "Next, ", "Then ", "Now ", "After that, ", "Finally, "],
        recheck=["Wait, let me re-check that last step.", "Hmm, hold on. Let me re-check this.",
                 "Wait, that doesn't look right. Let me redo the computation."],
        slip="I think I made a slip there. Redoing it carefully:",
        flip="Actually, I think I mishandled a step. Reconsidering, the value should change.",
        flipfinal="So after correcting, the answer should be",
        hedge="I'm not completely sure which of these is intended; both seem plausible from my work.",
        hedgefinal="So the answer is either",
        orw=" or ",
        abandon="This is getting complicated, and I can't pin down the final value with confidence. I'll stop here without committing to an answer.",
        verify="**Verification.** ",
        alt_fail="(A value such as ${}$ would fail this check, so it is ruled out.)",
        summary="To summarize the solution: I set up the problem, carried out the computation above, and checked the result.",
        final_hdr="**Final Answer**",
        answer_is="The answer is ${}$.",
        final_is="The final answer is: $\\boxed{{{}}}$",
        so="So the answer is $\\boxed{{{}}}$.",
        table_hdr="| Item | Result |\n|---|---|\n| Method | direct computation |\n| Check | consistent |\n| Answer | ${}$ |",
        step="## Step {}: ",
        recap="**Solution outline.** Writing the argument out cleanly:",
        explore="Before committing, let me consider whether there is any subtlety: the wording of the question, whether it wants an exact form, and whether any case is being double-counted or missed. I don't see a trap in the wording, so the direct approach should be fine, but I will still verify the result at the end. I'll also keep an eye on the exact form the answer should take, since the same value can be written in several ways.",
    ),
    "zh": dict(
        open=["好的，我来仔细分析这道题。", "嗯，这道题需要一步一步来做。", "先把题目读清楚，看看要求的是什么。",
              "这看起来是一道常规题，但细节要小心。"],
        mid=["先把已知条件整理好，再决定用什么方法，免得在计算上出错。",
             "我先写下已知量，然后按最直接的方法计算，最后再验证。",
             "符号和计算要特别注意，这类题目最容易在这里出错。"],
        restate="题目是：",
        conn=["首先，", "接着，", "然后，", "再者，", "之后，", "最后，"],
        recheck=["等等，让我再检查一下刚才这一步。", "嗯，等一下，我再核对一下。", "不对，我重新算一遍。"],
        slip="刚才好像算错了，重新仔细计算：",
        flip="其实我前面有一步处理得不对，重新考虑后结果要改。",
        flipfinal="所以修正后答案应该是",
        hedge="我不太确定题目想要哪一个，两个结果看起来都有可能。",
        hedgefinal="所以答案是",
        orw=" 或 ",
        abandon="这个问题比较复杂，我没法确定最终结果，就先写到这里，不给出最终答案。",
        verify="**验证：**",
        alt_fail="（如果是 ${}$，则不满足上述检验，可以排除。）",
        summary="总结一下：先建立关系，再按上面的步骤计算，最后做了检验。",
        final_hdr="**最终答案**",
        answer_is="答案是 ${}$。",
        final_is="最终答案：$\\boxed{{{}}}$",
        so="所以答案是 $\\boxed{{{}}}$。",
        table_hdr="| 项目 | 结果 |\n|---|---|\n| 方法 | 直接计算 |\n| 检验 | 一致 |\n| 答案 | ${}$ |",
        step="## 第{}步：",
        recap="**解题过程整理：**",
        explore="在下结论之前，我再想想有没有需要注意的地方：题目的措辞、要求的答案形式、有没有漏掉或重复计算的情况。看起来没有特别的陷阱，直接做应该没问题，不过最后还是要验证一遍。这里我把每一步都写清楚，方便检查，同时注意单位和符号，避免粗心。",
    ),
}


def _body(rng, lang, question, steps, style):
    L = P[lang]
    m1, m2 = rng.sample(L["mid"], 2)
    intro = rng.choice(L["open"]) + " " + m1 + " " + m2
    q = question if len(question) < 260 else question[:260] + "..."
    intro += "\n\n" + L["restate"] + q.replace("\n", " ")
    parts = []
    for i, s in enumerate(steps):
        if style == "steps":
            parts.append(L["step"].format(i + 1) + s)
        else:
            parts.append(L["conn"][min(i, len(L["conn"]) - 1)] + s)
    return intro, parts


def render(rng, lang, question, steps, check, final, mode="plain", alt=None, style=None):
    """Build a long reasoning-model output.

    mode: plain | wait_fix (alt = earlier wrong value) | wait_flip (final=correct shown first,
    alt = later wrong final) | hedge (alt = second value) | cutoff | abandon | verify_after | table
    """
    L = P[lang]
    if style is None:
        style = rng.choice(["think", "steps", "answer_is", "boxed_twice"])
    intro, parts = _body(rng, lang, question, steps, style)
    sep = "\n\n"
    if mode == "cutoff":
        half = parts[1] if len(parts) > 1 else parts[0]
        cut = half[: max(12, len(half) // 3)]
        head = "<think>\n" if style == "think" else ""
        return head + intro + sep + L["explore"] + sep + parts[0] + sep + cut
    if mode == "abandon":
        head = "<think>\n" if style == "think" else ""
        return head + intro + sep + L["explore"] + sep + sep.join(parts[:2]) + sep + L["abandon"]
    if mode == "wait_fix" and len(parts) >= 2:
        body = sep.join(parts[:-1]) + sep + L["so"].format(alt) + sep + rng.choice(L["recheck"]) + " " + \
            L["slip"] + sep + parts[-1]
    else:
        body = sep.join(parts)
    body = L["explore"] + sep + body
    recap = L["recap"] + "\n" + "\n".join(f"{i + 1}. {st}" for i, st in enumerate(steps)) + sep
    chk = L["verify"] + check
    if mode == "verify_after" and alt is not None:
        chk += " " + L["alt_fail"].format(alt)
    if mode == "hedge":
        head = "<think>\n" if style == "think" else ""
        tail = "\n</think>\n\n" if style == "think" else sep
        return head + intro + sep + body + sep + check + tail + recap + L["hedge"] + " " + L["hedgefinal"] + \
            " $" + final + "$" + L["orw"] + "$" + alt + "$."
    if style == "think":
        out = "<think>\n" + intro + sep + body + sep + (check if mode != "verify_after" else "") + "\n</think>\n\n"
        out += L["summary"] + sep + recap
        if mode == "table":
            out += L["table_hdr"].format(final) + sep
        out += L["final_hdr"] + "\n\\[\n\\boxed{" + final + "}\n\\]"
    elif style == "steps":
        out = intro + sep + body + sep + (check if mode != "verify_after" else "") + sep
        if mode == "table":
            out += L["table_hdr"].format(final) + sep
        out += L["final_is"].format(final)
    elif style == "boxed_twice":
        out = intro + sep + body + " " + L["so"].format(final) + sep + (check if mode != "verify_after" else "") + sep + recap
        if mode == "table":
            out += sep + L["table_hdr"].format(final)
        out += sep + L["final_hdr"] + ": $\\boxed{" + final + "}$"
    else:
        out = intro + sep + body + sep + (check if mode != "verify_after" else "") + sep + recap
        if mode == "table":
            out += L["table_hdr"].format(final) + sep
        out += L["answer_is"].format(final)
    if mode == "verify_after":
        out += sep + chk
    if mode == "wait_flip":
        out += sep + rng.choice(L["recheck"]) + " " + L["flip"] + sep + L["flipfinal"] + " $\\boxed{" + alt + "}$."
    return out


def make_case(rng, inst, lang="en"):
    """inst: dict(q, ref, eq=[(form, tag)], wr=[(form, tag)], steps, check, ds, kat).
    Returns (llm_output, label, trap)."""
    ref = inst["ref"]
    eq = inst["eq"] + [(ref, "reference_form")]
    wr = inst["wr"]
    r = rng.random()
    if r < 0.5:
        form, tag = rng.choice(eq) if rng.random() < 0.75 else (ref, "reference_form")
        mode = rng.choice(["plain", "plain", "wait_fix", "verify_after", "table", "plain"])
        w = rng.choice(wr)[0]
        out = render(rng, lang, inst["q"], inst["steps"], inst["check"], form, mode, alt=w)
        trap = tag if mode == "plain" else f"{tag}+{mode}"
        return out, "Correct", trap
    kind = rng.choice(["near", "near", "near", "hedge", "cutoff", "wait_flip", "abandon", "near"])
    w, wtag = rng.choice(wr)
    if kind == "near":
        mode = rng.choice(["plain", "plain", "table", "verify_after"])
        out = render(rng, lang, inst["q"], inst["steps"], inst["check"], w, mode, alt=rng.choice(eq)[0])
        return out, "Incorrect", wtag if mode == "plain" else f"{wtag}+{mode}"
    if kind == "hedge":
        return render(rng, lang, inst["q"], inst["steps"], inst["check"], ref, "hedge", alt=w), \
            "Incorrect", "hedge_between_values"
    if kind == "wait_flip":
        return render(rng, lang, inst["q"], inst["steps"], inst["check"], rng.choice(eq)[0], "wait_flip", alt=w), \
            "Incorrect", f"wait_flip_to_{wtag}"
    if kind == "cutoff":
        return render(rng, lang, inst["q"], inst["steps"], inst["check"], ref, "cutoff"), \
            "Incorrect", "cut_off_no_final_answer"
    return render(rng, lang, inst["q"], inst["steps"], inst["check"], ref, "abandon"), \
        "Incorrect", "abandoned_no_answer"


__all__ = ["Fraction", "gcd", "isqrt", "fl", "poly", "sgn_term", "shift", "sqrt_simplify", "rad", "pmat",
           "render", "make_case", "P"]

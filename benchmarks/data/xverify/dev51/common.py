"""Shared helpers: long reasoning-trace composer and answer presentation styles."""
from fractions import Fraction
import math


def frac_tex(f):
    f = Fraction(f)
    if f.denominator == 1:
        return str(f.numerator)
    s = "-" if f < 0 else ""
    return "%s\\frac{%d}{%d}" % (s, abs(f.numerator), f.denominator)


def frac_plain(f):
    f = Fraction(f)
    return str(f.numerator) if f.denominator == 1 else "%d/%d" % (f.numerator, f.denominator)


def simp_sqrt(n):
    """Return (a, b) with sqrt(n) = a*sqrt(b), b squarefree."""
    a, b = 1, n
    k = 2
    while k * k <= b:
        while b % (k * k) == 0:
            b //= k * k
            a *= k
        k += 1
    return a, b


def money(x):
    return "%.2f" % x


PAD_EN = [
    "Let me re-read the problem to make sure I'm answering exactly what is asked: \"{qs}\". Okay, that matches what I'm doing, and I haven't swapped any of the given quantities.",
    "Hmm, before I commit, let me sanity-check the overall picture. Nothing looks wildly off; each intermediate piece is in a plausible range and follows from the line before it.",
    "Actually, let me slow down and go over the earlier reasoning one more time, because small slips are easy here and they propagate all the way to the end.",
    "I should be careful about what form the final answer should take, whether a number, an expression, a label, or a letter. Re-reading: \"{qs}\". Right, I'll keep that in mind when I write the conclusion.",
    "Let me also think about whether there's an alternative route that would confirm this. Approaching it a second way is usually the best protection against a careless error, even if it takes a bit longer.",
    "One thing that often goes wrong in questions like this is misreading a condition or a word like 'not', 'at least', or 'each'. I'll scan the statement again: \"{qs}\". I don't see a hidden condition that I missed.",
    "Okay, so far so good. Let me keep the bookkeeping tidy and write each piece out explicitly rather than doing it in my head.",
    "Wait, let me double-check the setup rather than just the details. The setup is where most mistakes actually come from, so it deserves a second look.",
    "Let me consider the edge cases too. If any of the given values were slightly different, would my approach still make sense? Yes, the method doesn't depend on anything special about these particular values.",
    "I also want to make sure I'm not overcomplicating this. Sometimes the intended solution is short, and a long detour introduces errors. The direct approach seems fine here.",
    "Thinking about it from the perspective of someone checking my work: every step should be justified by either the problem statement or a standard fact. Going back over it, I think each one is.",
    "Another quick check: does the conclusion make intuitive sense given the wording of the question? If it contradicted common sense I would go back, but it doesn't seem to.",
]
PAD_ZH = [
    "先把题目再读一遍，确认要求的是什么：“{qs}”。嗯，和我正在做的一致，题目中给出的各个条件我都没有看错或者看混。",
    "在下结论之前，先从整体上检查一下思路是否合理。目前每一步都是由上一步直接推出来的，中间结果也没有明显不合常理的地方。",
    "等等，我应该放慢一点，把前面的推理重新核对一遍。这类题很容易在小地方出错，而且一旦前面错了，后面就会一路错下去。",
    "要注意题目最后要求的形式，是数值、表达式、类别还是选项字母。再读一遍题干：“{qs}”。好的，写结论的时候要按这个形式来写。",
    "我再想想有没有别的方法可以验证。换一个角度重新推一遍，虽然会多花一点时间，但通常能发现粗心导致的失误，这样更稳妥。",
    "这类题常见的错误是漏看条件，或者把“不”“至少”“每个”这样的关键字看漏。再扫一遍题干：“{qs}”。应该没有遗漏的隐含条件。",
    "好，目前为止没有发现问题。为了不出错，我把每一个关键的量或者关键的信息都明确写出来，而不是只在脑子里过一遍。",
    "等等，除了细节之外，还要检查一下整体的思路是否正确。错误往往出在最开始建立关系的那一步，而不是后面的具体操作。",
    "再考虑一下特殊情况：如果题目中的数据稍有变化，我的方法是否仍然适用？是的，这个方法并不依赖于这些数据的特殊性质。",
    "另外也要避免把问题想得过于复杂。很多时候题目的本意是一个比较直接的思路，绕远路反而容易出错，这里直接做就可以了。",
    "站在阅卷老师的角度看：每一步都应该有依据，要么来自题目条件，要么来自基本的定理或常识。回头看一遍，每一步都有依据。",
    "最后再用常识判断一下：结论和题目的表述在直觉上是否相符？如果明显违背常理，就要回头重查，但目前看来没有这种情况。",
    "我先梳理一下已知信息和要求的目标，把它们分开列出来，这样不容易混淆。已知条件都来自题干，目标只有一个，就是题目最后问的那个量或结论。",
    "嗯，这里有一个容易忽略的地方：题目的表述里有没有单位、范围或者限定词？我又确认了一遍，没有需要额外换算或者额外排除的情况。",
    "为了保险起见，我把刚才的关键一步用更细的方式重新写一遍，确保每一个小环节都没有跳步，也没有符号或者对应关系上的错误。",
    "如果这是一道考试题，出题人想考查的知识点应该就是这一个，思路和常规方法一致，没有必要引入更复杂的工具。",
    "等等，我刚才是不是把某个条件用反了？仔细对照了一下题干，方向是对的，没有用反，可以继续往下做。",
    "稍微停一下，整理一下目前的结论。前面的推导链条是完整的，每个中间结论都能对应到题目中的某个条件。",
    "再从反方向验证：假设结论成立，把它代回题目中去检验，看看能否与所有已知条件相容。检验下来没有冲突。",
    "另外，我注意到很多同学在这类题上会犯同一种错误，就是只看了一半条件就下结论。我这里把所有条件都用上了。",
    "嗯，写最终答案之前，再确认一下表达方式是否规范，比如分数要化简、区间端点是否包含、选项字母是否对应正确。",
    "总体来看，思路清晰，步骤完整。不过还是谨慎一点，最后再整体过一遍，确保没有抄写上的错误。",
]
RECHECK_EN = ["Re-checking step by step:", "Going through it again:", "Let me verify each piece:",
              "Double-checking the chain of reasoning:"]
RECHECK_ZH = ["逐步复核：", "再核对一遍：", "我把每一步再验证一下：", "重新检查推理链条："]


def qsnip(q, n=70):
    q = q.split("\n")[0]
    return q if len(q) <= n else q[:n].rstrip() + "…"


def present(rng, lang, ans, mc=False):
    """A closing presentation of the committed answer, in one of many styles."""
    if lang == "en":
        opts = [
            "**Final Answer**\n\n$\\boxed{%s}$" % ans,
            "The answer is **%s**." % ans,
            "Final answer: %s" % ans,
            "%s is the answer, as the check above confirms." % ans,
            "Putting everything together, the result is %s, and it is consistent with every condition in the problem." % ans,
            "| Item | Value |\n|---|---|\n| Final answer | %s |" % ans,
            "- Method: direct computation, verified twice\n- **Answer: %s**" % ans,
            "Therefore, the final answer is $\\boxed{%s}$." % ans,
            "So I'm confident: **Answer: %s**" % ans,
        ]
        if mc:
            opts += ["The correct option is %s." % ans, "Answer: (%s)" % ans.strip("()")]
    else:
        opts = [
            "答案：%s" % ans,
            "故答案为 $\\boxed{%s}$。" % ans,
            "综上所述，%s。" % ans,
            "**最终答案：%s**" % ans,
            "| 项目 | 结果 |\n|---|---|\n| 最终答案 | %s |" % ans,
            "所以结果是%s，与题目的所有条件都吻合。" % ans,
            "- 方法：直接计算并两次验证\n- **答案：%s**" % ans,
            "%s即为所求。" % ans,
        ]
        if mc:
            opts += ["故选%s。" % ans, "综上，本题选 %s。" % ans]
    return rng.choice(opts)


def _pads(rng, lang, q, steps, target, cur):
    pool = PAD_EN if lang == "en" else PAD_ZH
    rc = RECHECK_EN if lang == "en" else RECHECK_ZH
    out = []
    order = pool[:]
    rng.shuffle(order)
    i = 0
    nrc = 0
    while cur < target and i < len(order) + 2:
        if i % 4 == 3 and steps and nrc < 2:
            nrc += 1
            body = rc[(nrc + len(q)) % len(rc)] + "\n" + "\n".join(
                ("%d) " % (k + 1)) + s for k, s in enumerate(steps))
            out.append(body)
        else:
            out.append(order[(i - nrc) % len(order)].format(qs=qsnip(q)))
        cur += len(out[-1]) + 2
        i += 1
    return out


WRAP = {
    "en": ("So the answer is {v}.", "Combining these, I get {v}.",
           "Wait, that doesn't look right. Let me redo the last step carefully.",
           "Hmm, wait. Let me reconsider the final step — I think I rushed it.",
           "Summary", "In summary:"),
    "zh": ("所以答案是{v}。", "综合以上，得到{v}。",
           "等等，这里好像不对，我把最后一步重新算一下。",
           "等等，再想想最后一步，刚才可能算得太快了。",
           "解析", "综上："),
}


def compose(rng, lang, q, steps, kind, final, first=None, other=None, mc=False, think=None, target=None, fix=None):
    """Build a long R1-style output.

    kind: plain | revise (first -> final) | hedge (final vs other) | cut | giveup
    steps: reasoning lines that support the reference (last line holds the final computation).
    For a committed answer that is not the reference, callers pass steps[:-1] semantics via `final`.
    """
    if think is None:
        think = rng.random() < 0.75
    if target is None:
        target = rng.randint(1300, 2900)
    W = WRAP[lang]
    paras = []
    opener_en = ["Okay, let's see.", "Alright, let me work through this.", "Let me think about this problem.",
                 "Okay, so the question is asking the following.", "Let's start by understanding the problem."]
    opener_zh = ["好的，我来看一下这道题。", "嗯，先理解一下题意。", "我们来分析这道题。", "好，先把题目读清楚。",
                 "这道题需要仔细分析一下。"]
    paras.append(rng.choice(opener_en if lang == "en" else opener_zh) + (" " if lang == "en" else "") + qsnip(q, 140))
    body_steps = list(steps)
    paras.append("\n".join(body_steps))
    cur = sum(len(p) for p in paras)
    pads = _pads(rng, lang, q, steps[:-1] if len(steps) > 1 else [], target * 0.85, cur)
    cut_at = rng.randint(0, len(pads)) if pads else 0
    paras[1:1] = pads[:cut_at]
    paras.extend(pads[cut_at:])
    if kind == "cut":
        tail = ("So the final value should be" if lang == "en" else "所以最后的结果应该是")
        paras.append(rng.choice(W[2:4]) + " " + tail)
        text = "\n\n".join(paras)
        return ("<think>\n" + text) if think else text
    if kind == "revise":
        paras.append(W[0].format(v=first))
        paras.append(rng.choice(W[2:4]))
        if fix:
            paras.append(fix)
        paras.append(W[1].format(v=final))
    elif kind == "giveup":
        paras.append("I keep getting inconsistent values, so I can't pin this down reliably." if lang == "en"
                     else "我反复计算得到的结果不一致，无法确定最终答案。")
    else:
        paras.append(W[0].format(v=final))
    reasoning = "\n\n".join(paras)
    if lang == "en":
        summ = rng.choice(["", "### " + W[4] + "\n", W[5] + "\n"])
    else:
        summ = rng.choice(["", "**" + W[4] + "**\n", W[5] + "\n"])
    key = [steps[-2]] if kind != "giveup" and len(steps) >= 3 else []
    if kind in ("plain", "revise"):
        closing = summ + ("\n".join(key) + "\n\n" if key else "") + present(rng, lang, final, mc)
    elif kind == "hedge":
        if lang == "en":
            closing = summ + rng.choice([
                "The answer is either %s or %s; both readings seem defensible." % (final, other),
                "I'd say %s, though %s is also possible depending on interpretation." % (final, other),
                "**Answer: %s or %s**" % (final, other)])
        else:
            closing = summ + rng.choice([
                "答案可能是%s，也可能是%s，两种理解都说得通。" % (final, other),
                "答案：%s 或 %s" % (final, other),
                "倾向于%s，但%s也有可能，取决于对题意的理解。" % (final, other)])
    else:  # giveup
        closing = summ + ("I could not reach a definitive answer." if lang == "en" else "无法给出确定的答案。")
    if think:
        return "<think>\n" + reasoning + "\n</think>\n\n" + closing
    return reasoning + "\n\n" + closing


C_TRAPS = ["same_form", "equal_form", "restated_other_form", "self_corrected"]
I_TRAPS = ["wrong_value", "hedge_two_answers", "cut_off", "final_contradicts_earlier", "gave_up"]
I_W = [40, 20, 12, 22, 6]


def build_case(rng, lang, q, steps, ref, alts, wrongs, mc=False, correct=None, restate_join=None):
    """Pick a trap, compose the output. Returns (llm_output, label, trap)."""
    if correct is None:
        correct = rng.random() < 0.5
    if correct:
        opts = ["same_form", "restated_other_form", "self_corrected"] + (["equal_form", "equal_form"] if alts else [])
        if not alts:
            opts.remove("restated_other_form")
        trap = rng.choice(opts)
        if trap == "same_form":
            out = compose(rng, lang, q, steps, "plain", ref, mc=mc)
        elif trap == "equal_form":
            out = compose(rng, lang, q, steps, "plain", rng.choice(alts), mc=mc)
        elif trap == "restated_other_form":
            a = rng.choice(alts)
            fin = (ref + " (equivalently, " + a + ")") if lang == "en" else (ref + "（即 " + a + "）")
            out = compose(rng, lang, q, steps, "plain", fin, mc=mc)
        else:
            fin = rng.choice([ref] + alts)
            out = compose(rng, lang, q, steps[:-1], "revise", fin, first=rng.choice(wrongs), mc=mc, fix=steps[-1])
        return out, "Correct", trap
    trap = rng.choices(I_TRAPS, weights=I_W)[0]
    w = rng.choice(wrongs)
    if trap == "wrong_value":
        out = compose(rng, lang, q, steps[:-1], "plain", w, mc=mc)
    elif trap == "hedge_two_answers":
        a, b = (ref, w) if rng.random() < 0.5 else (w, ref)
        out = compose(rng, lang, q, steps, "hedge", a, other=b, mc=mc)
    elif trap == "cut_off":
        out = compose(rng, lang, q, steps[:-1], "cut", None, mc=mc)
    elif trap == "final_contradicts_earlier":
        out = compose(rng, lang, q, steps, "revise", w, first=ref, mc=mc)
    else:
        out = compose(rng, lang, q, steps[:-1], "giveup", None, mc=mc)
    return out, "Incorrect", trap

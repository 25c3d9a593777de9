"""Shared helpers: rendering of reasoning-model style outputs for dev46."""
from fractions import Fraction

EN_OPEN = [
    "Okay, let me work through this carefully.",
    "Alright, so the question is asking for something specific; let me restate it first.",
    "Hmm, let's see. I need to read the problem again before doing anything.",
    "Let me start by figuring out exactly what is being asked here.",
    "First, I'll parse the problem statement and note every given quantity.",
    "So, we have a problem to solve. I'll go step by step and double-check as I go.",
    "Let me think about this. The key is to not rush the setup.",
]
ZH_OPEN = [
    "好的，我先把题目仔细读一遍。",
    "嗯，这道题需要认真分析，先理清题意。",
    "首先明确题目要求的是什么。",
    "让我一步一步来做这道题。",
    "先把已知条件整理一下，再动手计算。",
]
EN_PAD = [
    "Let me re-read the statement to make sure I haven't misread any of the conditions.",
    "I want to be careful about units and about which quantity is actually requested.",
    "A common mistake here would be to stop one step early, so I'll keep going until the requested quantity is isolated.",
    "Let me double-check the arithmetic by redoing it in a slightly different order.",
    "Hmm, is there another interpretation of the wording? I don't think so; the phrasing is fairly direct.",
    "Actually, let me verify this intermediate result before building on it.",
    "I'll sanity-check the size of the result: it should be in a reasonable range given the inputs.",
    "Another way to see it is to work backwards from the result and confirm it reproduces the given data.",
    "Okay, that is consistent with what I had before.",
    "Let me make sure I'm not confusing the two quantities that appear in the problem.",
    "So far so good. Now the next piece.",
    "I should also check edge cases, just in case the problem intends something subtle.",
    "Good, nothing seems off. Still, one more pass won't hurt.",
    "Let me write out the reasoning cleanly so the final step is easy to follow.",
    "Right, the setup looks correct, and every condition in the statement has been used.",
    "Let me pause and check whether any information in the problem is a distractor.",
]
ZH_PAD = [
    "再读一遍题目，确认没有看漏条件。",
    "这里要注意单位以及题目真正要求的量。",
    "容易出错的地方是少做一步，所以要算到题目所求的量为止。",
    "换一种顺序把计算再验算一遍。",
    "有没有别的理解方式？题意应该比较明确。",
    "先检验一下这个中间结果，再继续往下算。",
    "估算一下量级，结果应该在合理范围内。",
    "也可以倒推回去，看看能否还原已知条件。",
    "好，和前面的结果一致。",
    "注意不要把题中两个量弄混。",
    "目前为止没有问题，接着往下。",
    "再检查一下特殊情况，防止题目有陷阱。",
    "所有条件都用上了，思路应该没问题。",
    "看看题中有没有干扰信息。",
]
EN_WAIT = ["Wait, ", "Hmm, wait. ", "Hold on, ", "Wait a second. ", "Actually, wait: ", "Hmm, actually "]
ZH_WAIT = ["等等，", "不对，等一下，", "嗯，等等，", "稍等，", "再想想，"]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def frac_str(fr):
    fr = Fraction(fr)
    return str(fr.numerator) if fr.denominator == 1 else f"{fr.numerator}/{fr.denominator}"


def frac_tex(fr):
    fr = Fraction(fr)
    if fr.denominator == 1:
        return str(fr.numerator)
    sign = "-" if fr < 0 else ""
    return f"{sign}\\frac{{{abs(fr.numerator)}}}{{{fr.denominator}}}"


def money(x):
    return f"${x:,.2f}"


def num(x):
    """Plain number text, trimming .0."""
    if isinstance(x, Fraction):
        return frac_str(x)
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def pads(rng, lang, k):
    pool = ZH_PAD if lang == "zh" else EN_PAD
    idx = rng.sample(range(len(pool)), min(k, len(pool)))
    return [pool[i] for i in idx]


def final_line(rng, lang, ans, kat, style=None):
    """A closing statement carrying the answer in one of many layouts. Returns (text, style)."""
    en_styles = ["box", "bold", "final", "start", "middle", "table", "list", "answer_is", "box_sentence"]
    zh_styles = ["box", "bold", "zh_ans", "zh_gu", "start", "middle", "table", "list", "box_sentence"]
    style = style or pick(rng, zh_styles if lang == "zh" else en_styles)
    if lang == "zh":
        t = {
            "box": f"最终答案：$\\boxed{{{ans}}}$",
            "bold": f"所以答案是 **{ans}**。",
            "zh_ans": f"答案：{ans}",
            "zh_gu": (f"故选{ans}。" if kat == "alphabet_option" else f"故答案为 {ans}。"),
            "start": f"{ans} 就是本题的答案，上面的检验也支持这一点。",
            "middle": f"综合以上分析，本题的结果为 {ans}，与验算一致。",
            "table": f"| 项目 | 结果 |\n|---|---|\n| 题目所求 | {ans} |",
            "list": f"要点总结：\n1. 条件已全部使用\n2. 验算通过\n3. 最终结果：{ans}",
            "box_sentence": f"因此所求为 $\\boxed{{{ans}}}$，即为最终答案。",
        }[style]
    else:
        t = {
            "box": f"**Final Answer**\n\n$\\boxed{{{ans}}}$",
            "bold": f"So the answer is **{ans}**.",
            "final": f"Final answer: {ans}",
            "start": f"{ans} is the answer, and the check above confirms it.",
            "middle": f"Putting everything together, the result is {ans}, which matches the verification.",
            "table": f"| Quantity | Value |\n|---|---|\n| Requested answer | {ans} |",
            "list": f"Summary:\n- All conditions used\n- Verification passed\n- Answer: {ans}",
            "answer_is": f"Therefore, the answer is {ans}.",
            "box_sentence": f"Hence the required value is $\\boxed{{{ans}}}$.",
        }[style]
    return t, style


SCEN_CORRECT = ["plain", "equal_form", "self_correct_right", "restated", "no_think"]
SCEN_WRONG = ["wrong_value", "hedge", "cut_off", "abandoned", "contradicts_earlier", "self_correct_wrong"]

EN_RESTATE = ["The problem: {q}", "Restating what we're given: {q}", "So the task is this. {q}", "Reading it again: \"{q}\""]
ZH_RESTATE = ["题目是：{q}", "重述一下题目：{q}", "题目给出：{q}", "再看题干：“{q}”"]
EN_VER = ["Let me verify by going through the key steps once more.", "Now a second pass to make sure nothing slipped.",
          "Before committing, I'll recheck each piece.", "Let me re-derive this more carefully, step by step.",
          "Double-checking everything from the top."]
ZH_VER = ["再把关键步骤验证一遍。", "下面复核一下每一步。", "提交答案之前，再逐步检查。", "从头再推一遍，确认无误。"]
EN_CHK = ["Checking: {s} ✓", "{s} — yes, that holds.", "Re-verify: {s} Correct.", "{s} (confirmed)", "Again: {s} Fine."]
ZH_CHK = ["检查：{s} ✓", "{s} 没问题。", "复核：{s} 正确。", "{s}（已确认）"]
EN_FIXR = ["that can't be right; I slipped somewhere. Let me redo that last step.",
           "that doesn't match my estimate. I made an error; recomputing.", "I misread one of the numbers. Let me fix it."]
ZH_FIXR = ["这个结果不对，我刚才算错了一步，重新算。", "和估算对不上，前面有误，重新计算。", "我把一个数看错了，改正一下。"]
EN_FIXW = ["I think I misapplied something above. Reconsidering, it should be {b} instead.",
           "on reflection the previous step has a flaw; the right value must be {b}.", "I'll revise that: the answer should be {b}."]
ZH_FIXW = ["我怀疑上面有误，重新考虑后应该是 {b}。", "前面的推理有问题，修正后应为 {b}。", "改一下：结果应该是 {b}。"]
EN_CONTRA = ["maybe the intended answer is {b}? I'll go with {b}.", "the answer key style suggests {b}, so I'll report {b}.",
             "on second thought I'd rather trust my first instinct, which was {b}."]
ZH_CONTRA = ["也许应该取 {b}？我觉得 {b} 更合理。", "直觉上答案应该是 {b}，就写 {b} 吧。", "转念一想，还是选 {b}。"]
EN_ABAN = ["there seems to be a gap in this reasoning and I can't pin the result down. I'll stop here without committing.",
           "I keep getting inconsistent results, so I can't give a definite answer.",
           "this approach is going in circles. I'm not confident in any value here."]
ZH_ABAN = ["这里的推理似乎有漏洞，我无法确定结果，先到这里。", "几次计算结果不一致，无法给出确定答案。", "这个思路绕不出来，暂时得不出结论。"]


PLAN = {
    ("math", "en"): ["My plan: identify the known quantities, write down the relation that connects them to the unknown, compute carefully, and then verify by an independent route. I'll keep exact values (fractions, radicals) until the very end rather than rounding early.",
                     "This looks like a standard computation, but these often hide an off-by-one or a sign error. I'll set things up explicitly, track every intermediate value, and check the final result against a rough estimate.",
                     "Approach: translate the statement into equations, solve, and then plug the result back into the original conditions. If anything is inconsistent I'll go back rather than force an answer."],
    ("math", "zh"): ["思路：先找出已知量和所求量之间的关系，列式计算，最后用另一种方法验证。计算过程中保留精确值，不提前取近似。",
                     "这类题看似常规，但容易在符号或计算上出错。我会把每一步写清楚，并在最后代回原题检验。",
                     "先把题目条件翻译成式子，求解后再代回原条件检查是否全部满足。"],
    ("alphabet_option", "en"): ["I'll go through the options one at a time, recall the relevant background for each, and eliminate the ones that clearly don't fit before committing. Distractors in these questions are usually closely related concepts, so I need to be precise about definitions.",
                                "Strategy: first recall what I know about the topic without looking at the choices, then match that against each option, and finally double-check the letter I pick corresponds to the option text."],
    ("alphabet_option", "zh"): ["逐个分析选项，先回忆相关知识，再排除明显错误的选项。干扰项往往是相近的概念，要注意区分。",
                                "先不看选项回忆相关知识，再与各选项对照，最后确认所选字母与选项内容一致。"],
    ("categorical_label", "en"): ["The label set is given in the question, so my answer must be exactly one of those labels. I'll look at the evidence in the text, consider whether it supports, rules out, or leaves open each label, and then pick the single best one.",
                                  "I need to be careful not to bring in outside assumptions: the decision should rest on what is actually stated. Let me weigh the evidence for each possible label."],
    ("categorical_label", "zh"): ["题目已经给出了标签集合，答案必须是其中之一。我会根据文本中的证据逐一判断，不引入额外假设。",
                                  "判断时只依据题中给出的信息，不能凭常识补充。下面逐个考虑可能的标签。"],
    ("short_text", "en"): ["This is a short factual question, so the answer should be a specific name, number, or date. I'll recall what I know, consider the common confusions, and make sure the form of my answer matches what is asked.",
                           "For questions like this, the main risk is mixing up closely related facts. I'll reason about what I actually remember and check the details (units, spelling, which entity is meant)."],
    ("short_text", "zh"): ["这是一道简答事实题，答案应是具体的名称、数字或日期。先回忆相关知识，再排除容易混淆的说法。",
                           "这类题主要风险是把相近的事实弄混，要注意答案的具体形式与题目所问一致。"],
}
EN_REFL = ["Looking back over the whole solution: every given piece of information was used exactly once, the intermediate values are consistent with each other, and the result has the right form for what the question asks. I don't see any hidden trick in the wording.",
           "One more consideration: problems like this sometimes expect the answer in a particular form. The question doesn't insist on a specific format beyond what I've used, so the form I have should be acceptable as long as the value is right.",
           "I also considered whether I might have misread a number in the statement. Going back to the text, the values I used match exactly, so that's not a concern.",
           "Let me think about whether a completely different method would give the same thing. Approaching it from the other direction leads to the same relations, which is reassuring.",
           "It's worth being explicit about the assumptions: I've taken the statement at face value and haven't added any conditions that aren't there. Under that reading, the conclusion follows."]
ZH_REFL = ["回顾整个过程：题目中的每个条件都用到了，中间结果前后一致，最终结果的形式也符合题目要求，题干中没有发现隐藏的陷阱。",
           "另外考虑一下答案的形式。题目没有对形式作特别要求，只要数值正确，现在的写法就可以。",
           "我还担心会不会把题目中的某个数看错了。回头核对原题，所用数据完全一致，这一点没有问题。",
           "换一个角度重新思考，得到的关系式是一样的，这让我更有把握。",
           "明确一下前提：我完全按照题面理解，没有添加题目中不存在的条件。在这个理解下结论成立。"]
EN_DISTR = ["Could the answer instead be {b}? Let me test that: it doesn't agree with the work above, so I can set it aside.",
            "One tempting alternative is {b}. That comes from a typical slip, not from the actual conditions, so it's out.",
            "If someone rushed they might write {b}; checking it against the conditions shows it fails."]
ZH_DISTR = ["会不会是 {b}？检验一下，和上面的推导不符，可以排除。", "一个容易出现的错误结果是 {b}，那是粗心导致的，不符合条件。",
            "如果算得太快，可能会得到 {b}，代回检验不成立。"]


def build_output(rng, item, scen):
    """item: lang, kat, steps (list, last reaches answer), goods [(form, tag)], bads [str].
    Returns (text, label, trap)."""
    lang, kat = item["lang"], item["kat"]
    zh = lang == "zh"
    steps = list(item["steps"])
    if scen in ("cut_off", "abandoned"):
        steps = steps[: item.get("reveal", len(steps) - 1) + 1]
    ans = item["goods"][0][0]
    bad = pick(rng, item["bads"])
    W = ZH_WAIT if zh else EN_WAIT
    target = rng.randint(1450, 3300)
    qshort = item["question"] if len(item["question"]) < 420 else item["question"][:400] + "…"
    body = [pick(rng, ZH_OPEN if zh else EN_OPEN), pick(rng, ZH_RESTATE if zh else EN_RESTATE).format(q=qshort)]
    if rng.random() < 0.75:
        body.append(pick(rng, PLAN[(kat, lang)]))
    pad_pool = pads(rng, lang, rng.randint(4, 8))
    label, trap, final_ans = "Correct", None, ans
    for s in steps[:-1]:
        body.append(s)
        if pad_pool and rng.random() < 0.4:
            body.append(pad_pool.pop())
    last = steps[-1]
    slip = item.get("slip", (f"因此结果是 {bad}。" if zh else f"So the result is {bad}."))
    if scen in ("abandoned", "cut_off"):
        last = last[: max(4, len(last) // (3 if scen == "abandoned" else 2))]
        for sep in ("=", "＝"):
            if sep in last:
                last = last[: last.rindex(sep) + 1]
        for f in [g[0] for g in item["goods"]] + [item["ref"]]:
            if f and f in last:
                last = last[: last.index(f)]
        last = last.rstrip() + (" ..." if scen == "abandoned" else "")
    if scen == "cut_off":
        body.append(last)
        while len("\n\n".join(body)) < target * 0.8 and pad_pool:
            body.insert(len(body) - 1, pad_pool.pop())
        if len("\n\n".join(body)) < target * 0.8 and len(steps) > 1:
            body.insert(len(body) - 1, pick(rng, ZH_VER if zh else EN_VER))
            for s in steps[:-1]:
                body.insert(len(body) - 1, pick(rng, ZH_CHK if zh else EN_CHK).format(s=s))
        text = "\n\n".join(body)
        if rng.random() < 0.6:
            text = "<think>\n" + text
        return text, "Incorrect", "cut_off_no_final"
    if scen == "self_correct_right":
        body.append(slip)
        body.append(pick(rng, W) + pick(rng, ZH_FIXR if zh else EN_FIXR))
        body.append(last)
        trap = "self_correct_to_right"
    elif scen == "wrong_value":
        body.append(slip)
        final_ans, label, trap = bad, "Incorrect", "wrong_value"
    else:
        body.append(last)
    # verification passes (item-specific) until long enough
    chk_src = steps[:-1] if scen in ("wrong_value", "abandoned") else steps
    guard = 0
    if scen in ("plain", "equal_form", "restated", "no_think", "self_correct_right", "hedge") and rng.random() < 0.5:
        body.append(pick(rng, ZH_DISTR if zh else EN_DISTR).format(b=bad))
    while len("\n\n".join(body)) < target * (0.75 if zh else 1.0) and guard < (3 if zh else 2) and scen != "abandoned":
        guard += 1
        body.append(pick(rng, ZH_VER if zh else EN_VER))
        for s in chk_src:
            body.append(pick(rng, ZH_CHK if zh else EN_CHK).format(s=s))
        if pad_pool:
            body.append(pad_pool.pop())
    refl = ZH_REFL if zh else EN_REFL
    ri = rng.sample(range(len(refl)), 3)
    j = 0
    while len("\n\n".join(body)) < target * (0.75 if zh else 1.0) and j < 3 and scen != "abandoned":
        body.insert(rng.randint(max(3, len(body) - 4), len(body)), refl[ri[j]]); j += 1
    if scen == "wrong_value" and rng.random() < 0.5:
        body.append(slip)
    if scen == "self_correct_wrong":
        body.append(pick(rng, W) + pick(rng, ZH_FIXW if zh else EN_FIXW).format(b=bad))
        final_ans, label, trap = bad, "Incorrect", "self_correct_to_wrong"
    if scen == "contradicts_earlier":
        body.append(pick(rng, W) + pick(rng, ZH_CONTRA if zh else EN_CONTRA).format(b=bad))
        final_ans, label, trap = bad, "Incorrect", "final_contradicts_earlier_right"
    if scen == "abandoned":
        while len("\n\n".join(body)) < target * 0.7 and pad_pool:
            body.insert(rng.randint(2, len(body)), pad_pool.pop())
        body.append(pick(rng, W) + pick(rng, ZH_ABAN if zh else EN_ABAN))
    think = "\n\n".join(body)
    use_think = scen != "no_think"
    parts = ["<think>\n" + think + "\n</think>" if use_think else think]
    if scen == "abandoned":
        parts.append(pick(rng, ["我没能得出可靠的最终答案。", "抱歉，本题我无法给出确定的答案。"] if zh else
                     ["I was not able to reach a reliable final answer for this problem.",
                      "I can't determine the answer with confidence, so I won't state one."]))
        return "\n\n".join(parts), "Incorrect", "abandoned_no_answer"
    summ = None
    if use_think and rng.random() < 0.8:
        fin_step = {"wrong_value": slip,
                    "self_correct_wrong": (f"修正后得到 {bad}。" if zh else f"After the correction, the result is {bad}."),
                    "hedge": None}.get(scen, last)
        summ = summarize(rng, lang, steps[:-1] + ([fin_step] if fin_step else []))
    if summ:
        parts.append(summ)
    if scen == "hedge":
        a1, a2 = (ans, bad) if rng.random() < 0.5 else (bad, ans)
        h = pick(rng, [f"最终答案可能是 {a1}，也可能是 {a2}。", f"答案：{a1} 或 {a2}", f"{a1} 和 {a2} 都有可能，无法确定是哪一个。"] if zh else
                 [f"Final answer: either {a1} or {a2}.", f"The answer is {a1} (or possibly {a2}).",
                  f"I'm torn between {a1} and {a2}; both seem defensible.", f"**Answer:** {a1} / {a2} — I can't rule either out."])
        parts.append(h)
        return "\n\n".join(parts), "Incorrect", "hedge_two_answers"
    if scen == "equal_form" and len(item["goods"]) > 1:
        form, tag = pick(rng, item["goods"][1:])
        final_ans, trap = form, "equal_form:" + tag
    fl, style = final_line(rng, lang, final_ans, kat)
    parts.append(fl)
    if scen == "restated" and len(item["goods"]) > 1:
        form, tag = pick(rng, item["goods"][1:])
        parts.append(pick(rng, [f"（也可写作 {form}。）", f"即 {form}。"] if zh else [f"(Equivalently, {form}.)", f"That is, {form}.", f"In other words: {form}."]))
        trap = "restated_other_form:" + tag
    if trap is None:
        trap = ("no_think_" if scen == "no_think" else "final_") + style if label == "Correct" else scen
    return "\n\n".join(parts), label, trap


def summarize(rng, lang, steps):
    zh = lang == "zh"
    heads = (["### 解答", "**解题过程**", "综上：", "整理如下：", ""] if zh else
             ["## Solution", "**Solution.**", "Here is the clean solution:", "To summarize the reasoning:", "### Step-by-step", ""])
    h = pick(rng, heads)
    fmt = rng.randrange(5)
    if fmt == 0:
        body = "\n".join(f"{i+1}. {x}" for i, x in enumerate(steps))
    elif fmt == 1:
        body = "\n".join(f"- {x}" for x in steps)
    elif fmt == 2:
        body = "\n\n".join((f"**第{i+1}步**：{x}" if zh else f"**Step {i+1}:** {x}") for i, x in enumerate(steps))
    elif fmt == 3:
        body = " ".join(steps)
    else:
        body = "\n".join(steps)
    return (h + "\n\n" + body) if h else body


def choose_scen(rng, correct):
    if correct:
        return pick(rng, ["plain", "plain", "equal_form", "equal_form", "self_correct_right", "restated", "no_think"])
    return pick(rng, SCEN_WRONG + ["wrong_value"])

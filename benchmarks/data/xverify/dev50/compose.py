"""Builds long reasoning-model style outputs around a case, according to a trap plan."""
from musings import MATH, OTHER, REDO

OPEN = {
    0: ["Okay, let's see. The problem says: {q}", "Alright, I need to work through this carefully. Here's the question:\n\n{q}",
        "Let me start by making sure I understand what's being asked.\n\n> {q}", "Hmm, so the question is: \"{q}\"",
        "First, let me restate the problem in my own words to be sure I have it right. {q}", "Okay, so here's the setup: {q}",
        "Let's break this down. {q}", "So I'm given the following. {q}\n\nWhat exactly do they want?"],
    1: ["好的，我先来看题目：{q}", "嗯，这道题是这样的：\n\n{q}", "先把题目读一遍：“{q}”", "好，题目给出：{q}\n\n要求的是什么呢？",
        "我来仔细分析一下这道题。{q}", "让我先理清题意。{q}"]}
PLAN = {
    0: ["The natural approach is to go step by step and keep track of each quantity as I go.",
        "I'll set up the computation, then verify it by a second route before committing to anything.",
        "Let me think about which method is cleanest here before diving in. I think the direct approach works.",
        "There are a couple of ways to do this; I'll take the most direct one and sanity-check afterwards.",
        "I should be careful with signs and arithmetic, since that's where slips usually happen on problems like this.",
        "This looks standard, but standard problems are exactly where careless errors creep in, so I'll be methodical.",
        "Let me recall the relevant facts first and then apply them one at a time."],
    1: ["思路是一步一步来，把每个量都算清楚。", "先列式计算，再换一种方法验证。", "这类题不难，但容易在符号和计算上出错，要细心。",
        "我先回忆一下相关的公式，然后逐步代入。", "最直接的方法应该就可以，做完以后再检验一下。"]}
FIRST = {0: ["First, ", "To start, ", "Let me write it out: ", "Okay, first: ", "Step one: "], 1: ["首先，", "第一步，", "先看，"]}
PLAN_O = {0: ["Let me recall the relevant facts and compare them with what the question asks.",
              "I'll go through this carefully rather than answer on reflex.", "Let me weigh the possibilities one at a time."],
          1: ["先回忆相关知识，再和题目逐条对照。", "不要凭直觉作答，逐项分析。", "一个一个地比较各种可能。"]}
CONN = {0: ["So ", "Then ", "Next, ", "Now, ", "From there, ", "Okay, and ", "Let me write it out: ", "Moving on, ",
            "After that, ", "Right, so "],
        1: ["然后，", "接下来，", "所以", "于是", "再看，", "这样，", "进一步，", "好，"]}
TAIL = {0: ["", "", " That part seems fine.", " Let me make sure that's right... yes.", " Good.", " Okay.",
            " Straightforward enough.", " I'll keep that in mind.", " Nothing tricky there.", " Hmm, yes, that's consistent."],
        1: ["", "", "这一步没问题。", "嗯，对的。", "好。", "这里要小心一点……没错。", "没什么问题。"]}
REFLECT = {0: ["Wait, let me double-check that step before moving on.", "Hmm, hold on. Did I set that up correctly? Let me re-read the question.",
               "Wait — is there any subtlety I'm missing here? Units, signs, edge cases?",
               "Actually, let me verify that again, because it's easy to slip here.", "Hmm, let me pause and make sure the setup matches the question."],
           1: ["等等，我再检查一下这一步。", "等一下，题目的条件我都用上了吗？再读一遍题。", "嗯，这里会不会有陷阱？符号、单位都要注意。",
               "稍等，我重新核对一下。"]}
RECHECK = {0: ["Going over it again: {s}. That still holds.", "Re-deriving: {s}. Same as before.", "Checking the key line once more: {s}. Fine.",
               "I re-did {s} by hand and it matches."],
           1: ["再算一遍：{s}，结果一样。", "重新核对：{s}，没有问题。", "把关键一步再过一遍：{s}，对的。"]}
VERIFY = {0: ["Let me verify the result a different way. Working backwards from {a}, I recover the given conditions, so both routes agree.",
              "Sanity check: plugging {a} back into the original conditions, everything is consistent.",
              "As a rough estimate, {a} is in the right ballpark given the numbers involved, so I'm fairly confident.",
              "Let me test it against the problem statement one more time. With {a}, each condition checks out.",
              "Double-checking with a slightly different grouping of the arithmetic also lands on {a}."],
          1: ["换个方法验证：把 {a} 代回原题，条件都满足。", "估算一下，{a} 的大小是合理的。", "倒推检验：从 {a} 出发可以得到题目给的条件，两种方法一致。",
              "再用另一种分组方式计算，也得到 {a}。"]}
VERIFY_O = {0: ["Let me cross-check {a} against what I recall from a different angle. It fits.", "Checking {a} against the question's wording once more: it answers exactly what is asked.",
                "I'm fairly sure about {a}; nothing in the question points elsewhere."],
            1: ["从另一个角度核对 {a}，是吻合的。", "再对照题干检查 {a}，正好回答了题目所问。", "{a} 应该没错，题目中没有指向其他答案的信息。"]}
CONCL = {0: ["So the answer is {a}.", "That gives {a}.", "So I get {a}.", "Therefore the result should be {a}.", "Which comes out to {a}."],
         1: ["所以答案是 {a}。", "于是得到 {a}。", "因此结果为 {a}。", "算出来是 {a}。"]}
CLOSE = {0: ["I think that's it.", "Okay, I'm confident now.", "That settles it.", "Alright, let me write up the answer.",
             "Good, time to summarize.", "I'm fairly sure about this now."],
         1: ["好，可以写答案了。", "没问题了。", "确认无误。", "整理一下答案。"]}
HEAD = {0: ["**Solution**\n\n", "### Step-by-step\n\n", "", "Here's the solution.\n\n", "**Summary of the reasoning:**\n\n",
            "## Working\n\n", "To solve this:\n\n"],
        1: ["**解答**\n\n", "### 解题过程\n\n", "", "解：\n\n", "**思路总结：**\n\n"]}
MISTAKE = {0: ["A common slip here would give {w}, for instance by mishandling one of the steps, but that's not what the problem asks.",
               "I briefly considered {w}, but that comes from an incorrect setup, so I discard it."],
           1: ["容易错算成 {w}，但那是步骤处理不当造成的，不对。", "一开始我想到 {w}，但那个思路有问题，舍去。"]}
HEDGE = {0: ["So the answer is either {a} or {w}; I can't fully decide between them.", "Final answer: {a} or {w} (both seem defensible).",
             "I'm torn between {a} and {w}. It's one of those two.", "The answer is $\\boxed{{{a}}}$ or possibly $\\boxed{{{w}}}$."],
         1: ["答案可能是 {a}，也可能是 {w}，我无法确定是哪一个。", "答案：{a} 或 {w}（两者都有可能）。", "在 {a} 和 {w} 之间拿不准，应该是其中之一。"]}
ABANDON = {0: ["I wasn't able to pin down the final value with confidence. The setup above is correct, but I'd need to redo the last part "
               "more carefully before giving a number.", "Unfortunately I keep getting inconsistent results in the last step, so I won't "
               "state a final answer I can't stand behind."],
           1: ["最后一步我算了几次结果都不一致，暂时无法给出确定的答案。", "前面的思路是对的，但最后的数值我没能确定，这里先不给出答案。"]}
CUT = {0: ["So next I need to", "Now, combining this with the", "Let me now compute the", "Which means the remaining"],
       1: ["接下来需要计算", "再把这个结果和", "于是剩下的部分"]}


def final_line(r, zh, a, style, mc_letter=None):
    if zh:
        opts = ["答案：{a}", "**最终答案：{a}**", "所以所求结果为 $\\boxed{{{a}}}$。", "综上，{a} 即为所求。",
                "| 项目 | 结果 |\n|---|---|\n| 答案 | {a} |", "故答案为 {a}。", "因此，结果是 **{a}**，与验算一致。",
                "- 结论：{a}\n- 验算：通过", "{a} 就是本题的答案，上面的验算也支持这一点。"]
        if mc_letter:
            opts += ["故选 {a}。", "答案选 {a}。"]
    else:
        opts = ["**Final Answer**\n\\[\n\\boxed{{{a}}}\n\\]", "The answer is $\\boxed{{{a}}}$.", "**Answer: {a}**", "Final answer: {a}",
                "{a} is the result, and it is consistent with the check above.",
                "Putting the pieces together, we get {a}, which matches the verification.",
                "| Item | Value |\n|---|---|\n| Final answer | {a} |", "- Result: **{a}**\n- Check: passed",
                "So the final result is **{a}**.", "Therefore, $\\boxed{{{a}}}$ is the answer."]
        if mc_letter:
            opts += ["Thus the correct option is {a}.", "The best choice is **{a}**."]
    i = style % len(opts)
    return opts[i].format(a=a), i


def think_body(r, zh, c, n_steps=None):
    steps = c["steps"][:n_steps] if n_steps is not None else c["steps"]
    out = []
    for i, s in enumerate(steps):
        s = s.rstrip("。.")
        out.append(r.choice((FIRST if i == 0 else CONN)[zh]) + s + ("。" if zh else ".") + r.choice(TAIL[zh]))
    return out


def compose(r, zh, c, trap, ans, wrong, alt):
    """trap decides the story; ans is the reference-form answer, wrong a wrong answer, alt an equal form."""
    q = c["q"]
    P = []
    use_think = r.random() < 0.8
    P.append(r.choice(OPEN[zh]).format(q=q))
    P.append(r.choice((PLAN if c["kat"] == "math" else PLAN_O)[zh]))
    pool = list((MATH if c["kat"] == "math" else OTHER)[zh])
    r.shuffle(pool)
    nm = r.randint(3, 4) + zh
    P.extend(pool[:nm - 1])
    nf = trap == "no_final_answer"
    body = think_body(r, zh, c, max(1, len(c["steps"]) - 1) if nf else None)
    sep = "" if zh else " "
    if trap == "cutoff":
        k = max(1, len(body) - 1)
        P.append(sep.join(body[:k]))
        P.append(r.choice(REFLECT[zh]) + sep + r.choice(RECHECK[zh]).format(s=c["steps"][0].rstrip("。.")))
        P.append(r.choice(CUT[zh]))
        text = "\n\n".join(P)
        return ("<think>\n" + text) if use_think else text
    mid = r.randrange(1, len(body) + 1)
    P.append(sep.join(body[:mid]))
    P.append(r.choice(REFLECT[zh]) + sep + r.choice(RECHECK[zh]).format(s=(c["steps"][0] if nf else r.choice(c["steps"])).rstrip("。.")))
    if mid < len(body):
        P.append(sep.join(body[mid:]))
    if r.random() < 0.75 and not nf:
        P.append(r.choice(REDO[zh]) + "\n" + "\n".join(think_body(r, zh, c)))
    P.append(pool[nm - 1])
    think_ans = ans
    say = alt if alt else ans
    if trap == "self_correction":
        P.append(r.choice(CONCL[zh]).format(a=wrong))
        P.append(L2(zh, "Wait, that doesn't look right. Let me redo the last part more carefully.",
                    "等等，这好像不对。我把最后一部分重新算一遍。"))
        P.append(sep.join(think_body(r, zh, c)))
        P.append(L2(zh, "Yes, I slipped earlier. The correct value is %s, not %s." % (ans, wrong),
                    "对，刚才算错了。正确结果是 %s，而不是 %s。" % (ans, wrong)))
    elif trap == "revised_away_from_right":
        P.append(r.choice(CONCL[zh]).format(a=ans))
        P.append(L2(zh, "Wait, maybe I misread the question. Let me reconsider... If I interpret it the other way, I get %s. "
                        "Yes, I think %s is what's intended." % (wrong, wrong),
                    "等等，我可能理解错题意了。换个理解方式重新算……得到 %s。嗯，应该是 %s 才对。" % (wrong, wrong)))
        think_ans = wrong
    elif trap in ("wrong_value", "near_miss"):
        think_ans = wrong
        P.append(r.choice(CONCL[zh]).format(a=wrong))
    elif trap == "no_final_answer":
        P.append(L2(zh, "Hmm, the numbers aren't coming out consistently between my two passes. Let me try once more... still "
                        "something doesn't match, and I can't see where.", "嗯，两遍算下来结果对不上。再试一次……还是不一致，找不到问题出在哪。"))
    elif trap == "mentions_wrong_then_rejects":
        P.append(r.choice(MISTAKE[zh]).format(w=wrong))
        P.append(r.choice(CONCL[zh]).format(a=ans))
    else:
        P.append(r.choice(CONCL[zh]).format(a=ans))
    if trap != "no_final_answer":
        P.append(r.choice((VERIFY if c["kat"] == "math" else VERIFY_O)[zh]).format(a=think_ans))
    if zh and r.random() < 0.6:
        P.append(r.choice(REFLECT[zh]) + r.choice(RECHECK[zh]).format(s=c["steps"][0].rstrip("。.")))
    if r.random() < 0.5 and not nf:
        P.append(r.choice(REFLECT[zh]) + sep + r.choice(RECHECK[zh]).format(s=c["steps"][-1].rstrip("。.")))
    P.append(r.choice(CLOSE[zh]) if not nf else L2(zh, "I'll write up what I have.", "先把已有的思路写下来。"))
    think = "\n\n".join(P)
    # summary
    S = [r.choice(HEAD[zh]).strip()]
    st = c["steps"] if trap != "no_final_answer" else c["steps"][:max(1, len(c["steps"]) - 1)]
    fmt = r.randrange(3)
    if fmt == 0:
        S.append("\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(st)))
    elif fmt == 1:
        S.append("\n".join("- " + s for s in st))
    else:
        S.append(("；" if zh else "; ").join(x.rstrip("。.") for x in st) + ("。" if zh else "."))
    style = r.randrange(40)
    final_val = ans if trap == "restated_other_form" else say
    final_val = final_val if trap not in ("wrong_value", "near_miss", "revised_away_from_right", "final_contradicts_earlier") else wrong
    if trap == "hedge":
        pair = (ans, wrong) if r.random() < 0.5 else (wrong, ans)
        S.append(r.choice(HEDGE[zh]).format(a=pair[0], w=pair[1]))
    elif trap == "no_final_answer":
        S.append(r.choice(ABANDON[zh]))
    elif trap == "two_conflicting_boxes":
        S.append(L2(zh, "This gives $\\boxed{%s}$. Hmm, but redoing the last step, actually $\\boxed{%s}$." % (ans, wrong),
                    "得到 $\\boxed{%s}$。不过重算最后一步，其实是 $\\boxed{%s}$。" % (ans, wrong)))
    else:
        line, _ = final_line(r, zh, final_val, style, c.get("mc"))
        if trap == "restated_other_form":
            line += L2(zh, " (equivalently, %s)" % alt, "（也可以写成 %s）" % alt)
        if trap == "answer_first":
            S.insert(1, line + "\n\n" + L2(zh, "Here is why:", "理由如下："))
        else:
            S.append(line)
    summary = "\n\n".join(x for x in S if x)
    if use_think:
        return "<think>\n" + think + "\n</think>\n\n" + summary
    return think + "\n\n" + summary


def L2(zh, en, zs):
    return zs if zh else en
